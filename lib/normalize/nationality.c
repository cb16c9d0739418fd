/* Nationality: any country name, code or common short form, as alpha-2. */
#include "normalize/normalize.h"

aka_status aka__norm_nationality(const char *in, size_t len,
                                 const aka__norm_opts *o, aka__sb *out,
                                 aka__err *err)
{
    (void)o;
    char cc[3];
    aka_status st = aka__country_lookup(in, len, cc);
    if (st == AKA_ERR_PARSE)
        return aka__fail(err, st,
                         "nationality: not a known country name or ISO 3166 code");
    if (st != AKA_OK)
        return aka__fail(err, st, "nationality: lookup failed");
    return aka__sb_append(out, cc, 2);
}
