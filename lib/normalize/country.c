/* Country lookup shared by nationality, documents, phone defaults and the
 * default_country option. */
#include <stdlib.h>
#include <string.h>

#include "core/wordlist.h"
#include "normalize/normalize.h"
#include "normalize/tables.h"
#include "unicode/fold.h"
#include "unicode/uctx.h"

static int cmp_name(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const aka__country_name *)e)->key);
}

static int cmp_alpha2(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const aka__country_code *)e)->alpha2);
}

static int is_ascii_letters(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return 0;
    return 1;
}

static int lookup_code(const char *key, size_t n, char cc[3])
{
    char up[4];
    for (size_t i = 0; i < n; i++)
        up[i] = (char)(key[i] - 'a' + 'A');
    up[n] = '\0';
    if (n == 2) {
        const aka__country_code *c =
            bsearch(up, aka__country_codes, aka__country_codes_len,
                    sizeof *aka__country_codes, cmp_alpha2);
        if (!c)
            return 0;
        memcpy(cc, c->alpha2, 3);
        return 1;
    }
    for (size_t i = 0; i < aka__country_codes_len; i++)
        if (aka__country_codes[i].alpha3[0] == up[0] &&
            strcmp(aka__country_codes[i].alpha3, up) == 0) {
            memcpy(cc, aka__country_codes[i].alpha2, 3);
            return 1;
        }
    return 0;
}

static int lookup_name(const char *key, char cc[3])
{
    const aka__country_name *e =
        bsearch(key, aka__country_names, aka__country_names_len,
                sizeof *aka__country_names, cmp_name);
    if (!e)
        return 0;
    memcpy(cc, e->alpha2, 3);
    return 1;
}

/* Articles before a name that the tables hold without them: English
 * "the", and Arabic's al-, joined to its word, which Gulf records put on
 * the adjective after "nationality" (الجنسية الهندية, the Indian
 * nationality; من الجنسية النيبالية). */
static const char *const articles[] = {
    "the ", "\xD8\xA7\xD9\x84", /* Arabic ال */
};

/* lookup_name, a leading article ignored. */
static int lookup_name_the(const char *key, char cc[3])
{
    if (lookup_name(key, cc))
        return 1;
    for (size_t i = 0; i < sizeof articles / sizeof *articles; i++) {
        size_t n = strlen(articles[i]);
        if (strncmp(key, articles[i], n) == 0 && key[n] && lookup_name(key + n, cc))
            return 1;
    }
    return 0;
}

/* Words that say "citizen of" before a country, in key form: the
 * country after them is looked up alone (Russian and Ukrainian put it in
 * the genitive, which the tables hold for the countries case files see
 * most: "гражданка Украины", "громадянин Молдови"). */
static const char *const citizen_of[] = {
    /* Bulgarian and Macedonian put "на" (of) before the country, whose
     * name stays as it is (гражданин на Сирия, државјанин на Сирија):
     * before Russian's гражданин, which would take it for the country */
    "гражданин на ", "гражданка на ", "државјанин на ", "државјанка на ",
    "гражданин ", "гражданка ", "громадянин ", "громадянка ",
    /* Serbian, Croatian, Bosnian and Slovenian, with the genitive
     * (državljanin Sirije, држављанка Авганистана, državljan Irana) */
    "drzavljanin ", "drzavljanka ", "drzavljan ", "држављанин ",
    "држављанка ",
    /* Polish, Czech and Slovak, with the genitive (obywatel Syrii, občan
     * Sýrie, občianka Ukrajiny); Romanian's "citizen of", with the
     * genitive (cetățean al Siriei), before its "citizen" before an
     * adjective (cetățean sirian): the first word that fits decides */
    "obywatel ", "obywatelka ", "obcan ", "obcanka ", "obcianka ",
    "statni prislusnik ", "statni prislusnice ", "statny prislusnik ",
    "statna prislusnicka ", "cetatean al ", "cetateana a ", "cetatean ",
    "cetateana ", "cittadino ", "cittadina ",
    "citizen of ", "national of ", "citoyen de ", "citoyenne de ",
    "ciudadano de ", "ciudadana de ", "cidadao de ", "cidada de ",
    /* Spanish and Portuguese also put "citizen" before the adjective
     * (ciudadano hondureño, cidadã brasileira), and Spanish police write
     * "de nacionalidad hondureña"; Indonesian's "citizen of" (warga
     * negara Nepal) */
    "ciudadano ", "ciudadana ", "cidadao ", "cidada ", "de nacionalidad ",
    "warga negara ",
    "nationality ", "citizenship ", "nationalite ", "nacionalidad ",
    "staatsangehorigkeit ",
    /* and the label "nationality" or "citizenship" written into the
     * value, in the languages of the routes' records (Гражданство:
     * Узбекистан, obywatelstwo: syryjskie, Uyruğu: Suriye) */
    "гражданство ", "громадянство ", "национальность ", "национальност ",
    "drzavljanstvo ", "држављанство ", "државјанство ", "obywatelstwo ",
    "narodowosc ", "statni obcanstvi ", "obcanstvi ", "statni prislusnost ",
    "narodnost ", "statne obcianstvo ", "obcianstvo ", "statna prislusnost ",
    "cetatenie ", "cetatenia ", "nationalitate ", "nationalitatea ",
    "allampolgarsag ", "nemzetiseg ", "cittadinanza ", "nazionalita ",
    "nacionalidade ", "cidadania ", "ciudadania ", "citoyennete ",
    "staatsburgerschaft ", "nationalitat ", "nationaliteit ", "uyrugu ",
    "uyruk ", "vatandasligi ", "υπηκοοτητα ", "ιθαγενεια ",
    "\xD8\xA7\xD9\x84\xD8\xAC\xD9\x86\xD8\xB3\xD9\x8A\xD8\xA9 ", /* Arabic الجنسية */
    /* and on the Gulf routes: Arabic "of the nationality" (من الجنسية
     * الهندية), Hindi, Nepali and Bengali "nationality" and "citizenship",
     * Indonesian's and Tagalog's */
    "\xD9\x85\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAC\xD9\x86\xD8\xB3\xD9\x8A\xD8\xA9 ", /* من الجنسية */
    "राष्ट्रीयता ", "राष्ट्रियता ", "नागरिकता ", "জাতীয়তা ", "নাগরিকত্ব ",
    "kewarganegaraan ", "nasyonalidad ", "pagkamamamayan ",
    "\xE0\xB8\xAA\xE0\xB8\xB1\xE0\xB8\x8D\xE0\xB8\x8A\xE0\xB8\xB2\xE0\xB8\x95\xE0\xB8\xB4", /* Thai สัญชาติ, run into the country */
};

static int lookup_citizen(const char *k, char cc[3])
{
    for (size_t i = 0; i < sizeof citizen_of / sizeof *citizen_of; i++) {
        size_t n = strlen(citizen_of[i]);
        if (strncmp(k, citizen_of[i], n) == 0)
            return lookup_name_the(k + n, cc);
    }
    return 0;
}

/* Words that say "citizen" after a demonym ("Ukrainian citizen",
 * "Nigerian national"), in key form. */
static const char *const citizen_after[] = {
    " citizen", " national", " nationality", " citizenship",
    /* Hungarian: szír állampolgár, afgán állampolgárságú; Serbian,
     * Croatian, Bosnian and Macedonian "citizenship" after the
     * adjective (sirijsko državljanstvo, сириско државјанство) */
    " allampolgar", " allampolgarsagu", " allampolgarsag",
    " drzavljanstvo", " држављанство", " државјанство",
    /* Turkish: Suriye uyruklu (of Syrian nationality) */
    " uyruklu",
    /* Arabic: هندي الجنسية (Indian by nationality), as Gulf police and
     * press write it; Hindi and Nepali नेपाली नागरिक (a Nepali citizen),
     * नागरिकता (citizenship), and Bengali's নাগরিক */
    " \xD8\xA7\xD9\x84\xD8\xAC\xD9\x86\xD8\xB3\xD9\x8A\xD8\xA9", /* الجنسية */
    " नागरिक", " नागरिकता", " নাগরিক",
};

/* Chinese and Japanese say a nationality with 人 "person" after the
 * country (中国人, 越南人, ベトナム人), Korean with 인 (베트남인, 한국인);
 * forms with 籍 "nationality" (中国籍, 日本国籍). */
static const char *const person_after[] = {
    "\xE4\xBA\xBA", "\xEC\x9D\xB8",
    /* and say it with 籍 (中国籍), 国籍 or 國籍 "nationality" after it */
    "\xE5\x9B\xBD\xE7\xB1\x8D", "\xE5\x9C\x8B\xE7\xB1\x8D", "\xE7\xB1\x8D",
};

/* k[0..kn) ending in one of after[0..n): the country before it, looked up
 * alone. */
static int lookup_before(const char *k, size_t kn, const char *const *after,
                         size_t n, char cc[3])
{
    for (size_t i = 0; i < n; i++) {
        size_t m = strlen(after[i]);
        char head[64];
        if (kn > m && kn - m < sizeof head && memcmp(k + kn - m, after[i], m) == 0) {
            memcpy(head, k, kn - m);
            head[kn - m] = '\0';
            if (lookup_name_the(head, cc))
                return 1; /* (else a shorter ending may fit: 中国 籍) */
        }
    }
    return 0;
}

/* Words that say "citizen" after a country in the genitive, keyed, and
 * the language that declines it: Georgian (საქართველოს მოქალაქე, a
 * citizen of Georgia), Azerbaijani (Azərbaycan Respublikasının
 * vətəndaşı) and Turkish (vatandaşı, which takes a name as it is:
 * Türkiye Cumhuriyeti vatandaşı). */
enum { GENITIVE_KA = 1, GENITIVE_AZ };
static const struct {
    const char *word;
    int genitive;
} citizen_after_genitive[] = {
    {" მოქალაქე", GENITIVE_KA},
    {" vətəndasi", GENITIVE_AZ},
    {" vatandasi", GENITIVE_AZ},
};

/* The country of head[0..hn), a country's name in the genitive of
 * language `genitive`, into cc. Georgian adds ს to a name that ends in
 * a vowel (საქართველო, საქართველოს) and puts ის for its final ი or ა
 * (რუსეთი, რუსეთის; ამერიკა, ამერიკის); Azerbaijani adds -ın, -in,
 * -un, -ün after a consonant and -nın ... after a vowel (Azərbaycanın;
 * Respublikası, Respublikasının), keyed in, un, nin, nun. */
static int lookup_genitive(const char *head, size_t hn, int genitive, char cc[3])
{
    char stem[64];
    if (hn >= sizeof stem)
        return 0;
    if (genitive == GENITIVE_KA) {
        static const char s_[] = "ს", i_[] = "ი", a_[] = "ა";
        size_t n = sizeof s_ - 1;
        if (hn <= n || memcmp(head + hn - n, s_, n) != 0)
            return 0;
        memcpy(stem, head, hn - n);
        stem[hn - n] = '\0';
        if (lookup_name_the(stem, cc))
            return 1;
        if (hn - n > n && memcmp(stem + hn - 2 * n, i_, n) == 0) {
            memcpy(stem + hn - 2 * n, a_, n);
            return lookup_name_the(stem, cc);
        }
        return 0;
    }
    memcpy(stem, head, hn);
    stem[hn] = '\0';
    if (lookup_name_the(stem, cc))
        return 1;
    static const char *const endings[] = {"nin", "nun", "in", "un"};
    for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
        size_t en = strlen(endings[e]), sn = hn - en;
        if (hn <= en || memcmp(head + sn, endings[e], en) != 0)
            continue;
        while (sn > 0 && head[sn - 1] == ' ')
            sn--; /* (Türkiye'nin: the apostrophe keys as a space) */
        memcpy(stem, head, sn);
        stem[sn] = '\0';
        if (sn > 0 && lookup_name_the(stem, cc))
            return 1;
    }
    return 0;
}

/* k[0..kn) ending in a word of citizen_after_genitive after a country
 * in the genitive: that country. */
static int lookup_citizen_genitive(const char *k, size_t kn, char cc[3])
{
    for (size_t i = 0; i < sizeof citizen_after_genitive / sizeof *citizen_after_genitive;
         i++) {
        size_t m = strlen(citizen_after_genitive[i].word);
        if (kn > m && memcmp(k + kn - m, citizen_after_genitive[i].word, m) == 0)
            return lookup_genitive(k, kn - m, citizen_after_genitive[i].genitive, cc);
    }
    return 0;
}

/* Uzbek says a person is of a country with -lik on its name
 * (o'zbekistonlik, of Uzbekistan; qozog'istonlik, tojikistonlik). */
static const char *const of_country_after[] = {"lik"};

static aka_status lookup_uncached(const char *in, size_t len, char cc[3])
{
    /* Most values are ASCII, and their keys fit on the stack. */
    char buf[64];
    aka__sb key = {0};
    const char *k = buf;
    size_t kn = aka__u_keyfold_ascii(in, len, buf, sizeof buf);
    aka_status st = AKA_OK;
    if (kn == (size_t)-1) {
        st = aka__u_keyfold(in, len, &key);
        if (st != AKA_OK)
            goto done;
        k = key.p ? key.p : "";
        kn = key.len;
    }
    st = AKA_ERR_PARSE;
    if (kn == 0)
        goto done;
    if ((kn == 2 || kn == 3) && is_ascii_letters(k, kn) &&
        lookup_code(k, kn, cc)) {
        st = AKA_OK;
        goto done;
    }
    if (lookup_name_the(k, cc) || lookup_citizen(k, cc) ||
        lookup_before(k, kn, citizen_after,
                      sizeof citizen_after / sizeof *citizen_after, cc) ||
        lookup_before(k, kn, person_after,
                      sizeof person_after / sizeof *person_after, cc) ||
        lookup_citizen_genitive(k, kn, cc) ||
        lookup_before(k, kn, of_country_after,
                      sizeof of_country_after / sizeof *of_country_after, cc))
        st = AKA_OK;
done:
    aka__sb_free(&key);
    return st;
}

/* lookup_uncached, and for a name that ISO 3166 and many registers
 * write inverted ("Iran, Islamic Republic of", "Korea, Republic of",
 * "Congo, the Democratic Republic of the"), the name turned back
 * round at its one comma. */
static aka_status lookup_inverted(const char *in, size_t len, char cc[3])
{
    aka_status st = lookup_uncached(in, len, cc);
    const char *comma = st == AKA_ERR_PARSE ? memchr(in, ',', len) : NULL;
    if (!comma || memchr(comma + 1, ',', len - (size_t)(comma - in) - 1))
        return st;
    size_t head = (size_t)(comma - in), tail = len - head - 1;
    char buf[128];
    if (len + 1 > sizeof buf)
        return st;
    memcpy(buf, comma + 1, tail);
    buf[tail] = ' ';
    memcpy(buf + tail + 1, in, head);
    return lookup_uncached(buf, len, cc);
}

/* Whether c separates two forms of one country in a value ("Ukraine
 * (UKR)", "UKR / Ukraine", "Chinese (PRC)"); with `hyphen`, a hyphen
 * too ("UA - Ukraine", "UA-Ukraine"), asked after the value did not
 * read with its hyphens (Guinea-Bissau, Timor-Leste). */
static int form_separator(char c, int hyphen)
{
    return c == '(' || c == ')' || c == '/' || c == '|' || c == ';' ||
           (hyphen && c == '-');
}

/* Remarks written beside a nationality that name no country: how it was
 * had ("Ukrainian (by birth)"), in key form. A part that names another
 * country still makes the value two nationalities; an unknown remark
 * leaves it refused ("Korea (North)" is no remark to drop). */
static const char *const form_remarks[] = {
    "by birth", "by descent", "by naturalisation", "by naturalization",
    "naturalised", "naturalized", "by marriage", "by registration",
    "по рождению", "за народженням",
    /* and a people within the country, which names no country of its
     * own: Afghan (Hazara), Iraq (Kurdish), Myanmar (Rohingya), Sri
     * Lankan (Tamil). Alone they stay refused; a people a country is
     * named for (Tajik, Uzbek, Turkmen) reads as that country and makes
     * the value two. */
    "hazara", "kurd", "kurdish", "kurde", "kurdo", "kurdisch", "pashtun",
    "pashtoon", "pushtun", "baloch", "baluch", "yazidi", "yezidi",
    "rohingya", "arab", "tamil",
};

static int form_remark(const char *in, size_t len)
{
    char buf[32];
    size_t kn = aka__u_keyfold_ascii(in, len, buf, sizeof buf);
    if (kn != (size_t)-1)
        return AKA__LISTED(form_remarks, buf, kn);
    aka__sb key = {0};
    int yes = len < 64 && aka__u_keyfold(in, len, &key) == AKA_OK && key.p &&
              AKA__LISTED(form_remarks, key.p, key.len);
    aka__sb_free(&key);
    return yes;
}

/* lookup_inverted, and for a value of several forms of one country, that
 * country: every form must name it ("Eritrea / Ethiopia", two countries,
 * is no one nationality). */
static aka_status lookup_parts(const char *in, size_t len, int hyphen, char cc[3])
{
    size_t parts = 0;
    char first[3] = {0};
    for (size_t i = 0; i < len;) {
        while (i < len && (form_separator(in[i], hyphen) || in[i] == ' '))
            i++;
        size_t b = i;
        while (i < len && !form_separator(in[i], hyphen))
            i++;
        size_t e = i;
        while (e > b && in[e - 1] == ' ')
            e--;
        if (e == b)
            continue;
        if (b == 0 && e == len)
            return AKA_ERR_PARSE; /* one form, already not a country */
        if (form_remark(in + b, e - b))
            continue;
        char part[3];
        aka_status st = lookup_inverted(in + b, e - b, part);
        if (st != AKA_OK)
            return st;
        if (parts++ && memcmp(part, first, 2) != 0)
            return AKA_ERR_PARSE;
        memcpy(first, part, 3);
    }
    if (parts == 0)
        return AKA_ERR_PARSE;
    memcpy(cc, first, 3);
    return AKA_OK;
}

static aka_status lookup_forms(const char *in, size_t len, char cc[3])
{
    aka_status st = lookup_inverted(in, len, cc);
    if (st != AKA_ERR_PARSE)
        return st;
    st = lookup_parts(in, len, 0, cc);
    if (st != AKA_ERR_PARSE || !memchr(in, '-', len))
        return st;
    return lookup_parts(in, len, 1, cc);
}

/* A few hundred spellings make up a stream's nationalities, and an alpha-3
 * code is found only by a scan of the code table: answers (the code, or
 * "unknown") are kept in the thread's token cache. */
aka_status aka__country_lookup(const char *in, size_t len, char cc[3])
{
    aka__uctx *c = aka__uctx_get();
    if (!c)
        return lookup_forms(in, len, cc);
    size_t vlen;
    unsigned found;
    const char *hit = aka__uctx_cache_get(c, AKA__NS_COUNTRY, in, len, &vlen,
                                          &found);
    if (hit) {
        if (!found || vlen != 2)
            return AKA_ERR_PARSE;
        memcpy(cc, hit, 2);
        cc[2] = '\0';
        return AKA_OK;
    }
    aka_status st = lookup_forms(in, len, cc);
    if (st == AKA_OK)
        aka__uctx_cache_put(c, AKA__NS_COUNTRY, in, len, cc, 2, 1);
    else if (st == AKA_ERR_PARSE)
        aka__uctx_cache_put(c, AKA__NS_COUNTRY, in, len, "", 0, 0);
    return st;
}

int aka__country_is_code(const char cc[3])
{
    return bsearch(cc, aka__country_codes, aka__country_codes_len,
                   sizeof *aka__country_codes, cmp_alpha2) != NULL;
}
