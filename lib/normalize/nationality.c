/* Nationality: any country name, code or common short form, as alpha-2. */
#include "normalize/normalize.h"

#include "core/wordlist.h"
#include "normalize/missing.h"
#include "unicode/fold.h"

/* Values that say a person has no nationality, or that the field does not
 * give it: statelessness and refugee status (with the codes ICAO 9303
 * gives them in passports and travel documents: XXA stateless, XXB and XXC
 * refugees, XXX unspecified), in key form. They name no country, so no two
 * records can agree or differ on one through them. */
static const char *const no_country[] = {
    "xxa", "xxb", "xxc", "xxx", "stateless", "stateless person", "apatride",
    "apatrida", "apolide", "staatenlos", "bezpanstwowiec", "без гражданства",
    "без громадянства", "апатрид", "عديم الجنسية", "bidoon", "bidun",
    "refugee", "refugie", "refugiee", "refugiado", "refugiada", "rifugiato",
    "fluchtling", "беженец", "біженець", "لاجئ",
};

/* Why in[0..len), which names no country, is refused. */
static aka_status refuse(const char *in, size_t len, aka__err *err)
{
    aka__sb key = {0};
    aka_status st = aka__u_keyfold(in, len, &key);
    if (st != AKA_OK) {
        aka__sb_free(&key);
        return aka__fail(err, st, "nationality: lookup failed");
    }
    const char *k = key.p ? key.p : "";
    if (key.len == 0)
        st = aka__fail(err, AKA_ERR_PARSE,
                       "nationality: no letters in the value");
    else if (aka__missing_word(k, key.len))
        st = aka__fail(err, AKA_ERR_PARSE,
                       "nationality: the value marks a missing nationality; "
                       "leave the field out instead");
    else if (AKA__LISTED(no_country, k, key.len))
        st = aka__fail(err, AKA_ERR_PARSE,
                       "nationality: stateless, refugee or unspecified (as "
                       "ICAO 9303 codes them) names no country; leave the "
                       "field out");
    else
        st = aka__fail(err, AKA_ERR_PARSE,
                       "nationality: not a known country name or ISO 3166 code");
    aka__sb_free(&key);
    return st;
}

aka_status aka__norm_nationality(const char *in, size_t len,
                                 const aka__norm_opts *o, aka__sb *out,
                                 aka__err *err)
{
    (void)o;
    char cc[3];
    aka_status st = aka__country_lookup(in, len, cc);
    if (st == AKA_ERR_PARSE)
        return refuse(in, len, err);
    if (st != AKA_OK)
        return aka__fail(err, st, "nationality: lookup failed");
    return aka__sb_append(out, cc, 2);
}
