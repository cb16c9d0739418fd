/* Calling codes and trunk prefixes for every ISO 3166-1 territory that has
 * a calling code (BV and HM have none), plus XK (Kosovo, +383), which ISO
 * leaves user-assigned but every phone system uses.
 *
 * Trunk prefixes are what a caller dials inside the country before the
 * national number and drops after the calling code: "0" in most of the
 * world; "8" in Russia, Kazakhstan and Central Asia; "80" in Belarus, whose
 * national area codes are written with a leading 0 after the 8 (8 029 ...
 * is +375 29 ...); "06" in Hungary; "1" in the North American Numbering
 * Plan, where the trunk digit equals the calling code; Lithuania moved
 * from "8" to "0" in 2025 and both are still written. Italy, San Marino
 * and the Vatican have none: their leading 0 belongs to the number and is
 * dialled from abroad too. Spain, Portugal, Greece, Poland, the Czech
 * Republic, the Nordic and Baltic states (except Finland and Lithuania),
 * Mexico, Chile, Colombia and many small states have closed numbering
 * plans without a trunk prefix. The rows are sorted by code for a binary
 * search. */
#include "normalize/calling_codes.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const aka__calling_code table[] = {
    {"AD", "376", "", ""},
    {"AE", "971", "0", ""},
    {"AF", "93", "0", ""},
    {"AG", "1", "1", ""},
    {"AI", "1", "1", ""},
    {"AL", "355", "0", ""},
    {"AM", "374", "0", ""},
    {"AO", "244", "", ""},
    {"AQ", "672", "", ""},
    {"AR", "54", "0", ""},
    {"AS", "1", "1", ""},
    {"AT", "43", "0", ""},
    {"AU", "61", "0", ""},
    {"AW", "297", "", ""},
    {"AX", "358", "0", ""},
    {"AZ", "994", "0", ""},
    {"BA", "387", "0", ""},
    {"BB", "1", "1", ""},
    {"BD", "880", "0", ""},
    {"BE", "32", "0", ""},
    {"BF", "226", "", ""},
    {"BG", "359", "0", ""},
    {"BH", "973", "", ""},
    {"BI", "257", "", ""},
    {"BJ", "229", "", ""},
    {"BL", "590", "0", ""},
    {"BM", "1", "1", ""},
    {"BN", "673", "", ""},
    {"BO", "591", "0", ""},
    {"BQ", "599", "", ""},
    {"BR", "55", "0", ""},
    {"BS", "1", "1", ""},
    {"BT", "975", "", ""},
    {"BW", "267", "", ""},
    {"BY", "375", "80", "0"},
    {"BZ", "501", "", ""},
    {"CA", "1", "1", ""},
    {"CC", "61", "0", ""},
    {"CD", "243", "0", ""},
    {"CF", "236", "", ""},
    {"CG", "242", "", ""},
    {"CH", "41", "0", ""},
    {"CI", "225", "", ""},
    {"CK", "682", "", ""},
    {"CL", "56", "", ""},
    {"CM", "237", "", ""},
    {"CN", "86", "0", ""},
    {"CO", "57", "", ""},
    {"CR", "506", "", ""},
    {"CU", "53", "0", ""},
    {"CV", "238", "", ""},
    {"CW", "599", "", ""},
    {"CX", "61", "0", ""},
    {"CY", "357", "", ""},
    {"CZ", "420", "", ""},
    {"DE", "49", "0", ""},
    {"DJ", "253", "", ""},
    {"DK", "45", "", ""},
    {"DM", "1", "1", ""},
    {"DO", "1", "1", ""},
    {"DZ", "213", "0", ""},
    {"EC", "593", "0", ""},
    {"EE", "372", "", ""},
    {"EG", "20", "0", ""},
    {"EH", "212", "0", ""},
    {"ER", "291", "0", ""},
    {"ES", "34", "", ""},
    {"ET", "251", "0", ""},
    {"FI", "358", "0", ""},
    {"FJ", "679", "", ""},
    {"FK", "500", "", ""},
    {"FM", "691", "", ""},
    {"FO", "298", "", ""},
    {"FR", "33", "0", ""},
    {"GA", "241", "", ""},
    {"GB", "44", "0", ""},
    {"GD", "1", "1", ""},
    {"GE", "995", "0", ""},
    {"GF", "594", "0", ""},
    {"GG", "44", "0", ""},
    {"GH", "233", "0", ""},
    {"GI", "350", "", ""},
    {"GL", "299", "", ""},
    {"GM", "220", "", ""},
    {"GN", "224", "", ""},
    {"GP", "590", "0", ""},
    {"GQ", "240", "", ""},
    {"GR", "30", "", ""},
    {"GS", "500", "", ""},
    {"GT", "502", "", ""},
    {"GU", "1", "1", ""},
    {"GW", "245", "", ""},
    {"GY", "592", "", ""},
    {"HK", "852", "", ""},
    {"HN", "504", "", ""},
    {"HR", "385", "0", ""},
    {"HT", "509", "", ""},
    {"HU", "36", "06", ""},
    {"ID", "62", "0", ""},
    {"IE", "353", "0", ""},
    {"IL", "972", "0", ""},
    {"IM", "44", "0", ""},
    {"IN", "91", "0", ""},
    {"IO", "246", "", ""},
    {"IQ", "964", "0", ""},
    {"IR", "98", "0", ""},
    {"IS", "354", "", ""},
    {"IT", "39", "", ""},
    {"JE", "44", "0", ""},
    {"JM", "1", "1", ""},
    {"JO", "962", "0", ""},
    {"JP", "81", "0", ""},
    {"KE", "254", "0", ""},
    {"KG", "996", "0", ""},
    {"KH", "855", "0", ""},
    {"KI", "686", "", ""},
    {"KM", "269", "", ""},
    {"KN", "1", "1", ""},
    {"KP", "850", "0", ""},
    {"KR", "82", "0", ""},
    {"KW", "965", "", ""},
    {"KY", "1", "1", ""},
    {"KZ", "7", "8", ""},
    {"LA", "856", "0", ""},
    {"LB", "961", "0", ""},
    {"LC", "1", "1", ""},
    {"LI", "423", "", ""},
    {"LK", "94", "0", ""},
    {"LR", "231", "0", ""},
    {"LS", "266", "", ""},
    {"LT", "370", "8", "0"},
    {"LU", "352", "", ""},
    {"LV", "371", "", ""},
    {"LY", "218", "0", ""},
    {"MA", "212", "0", ""},
    {"MC", "377", "", ""},
    {"MD", "373", "0", ""},
    {"ME", "382", "0", ""},
    {"MF", "590", "0", ""},
    {"MG", "261", "0", ""},
    {"MH", "692", "", ""},
    {"MK", "389", "0", ""},
    {"ML", "223", "", ""},
    {"MM", "95", "0", ""},
    {"MN", "976", "0", ""},
    {"MO", "853", "", ""},
    {"MP", "1", "1", ""},
    {"MQ", "596", "0", ""},
    {"MR", "222", "", ""},
    {"MS", "1", "1", ""},
    {"MT", "356", "", ""},
    {"MU", "230", "", ""},
    {"MV", "960", "", ""},
    {"MW", "265", "0", ""},
    {"MX", "52", "", ""},
    {"MY", "60", "0", ""},
    {"MZ", "258", "", ""},
    {"NA", "264", "0", ""},
    {"NC", "687", "", ""},
    {"NE", "227", "", ""},
    {"NF", "672", "", ""},
    {"NG", "234", "0", ""},
    {"NI", "505", "", ""},
    {"NL", "31", "0", ""},
    {"NO", "47", "", ""},
    {"NP", "977", "0", ""},
    {"NR", "674", "", ""},
    {"NU", "683", "", ""},
    {"NZ", "64", "0", ""},
    {"OM", "968", "", ""},
    {"PA", "507", "", ""},
    {"PE", "51", "0", ""},
    {"PF", "689", "", ""},
    {"PG", "675", "", ""},
    {"PH", "63", "0", ""},
    {"PK", "92", "0", ""},
    {"PL", "48", "", ""},
    {"PM", "508", "0", ""},
    {"PN", "64", "", ""},
    {"PR", "1", "1", ""},
    {"PS", "970", "0", ""},
    {"PT", "351", "", ""},
    {"PW", "680", "", ""},
    {"PY", "595", "0", ""},
    {"QA", "974", "", ""},
    {"RE", "262", "0", ""},
    {"RO", "40", "0", ""},
    {"RS", "381", "0", ""},
    {"RU", "7", "8", ""},
    {"RW", "250", "0", ""},
    {"SA", "966", "0", ""},
    {"SB", "677", "", ""},
    {"SC", "248", "", ""},
    {"SD", "249", "0", ""},
    {"SE", "46", "0", ""},
    {"SG", "65", "", ""},
    {"SH", "290", "", ""},
    {"SI", "386", "0", ""},
    {"SJ", "47", "", ""},
    {"SK", "421", "0", ""},
    {"SL", "232", "0", ""},
    {"SM", "378", "", ""},
    {"SN", "221", "", ""},
    {"SO", "252", "0", ""},
    {"SR", "597", "", ""},
    {"SS", "211", "0", ""},
    {"ST", "239", "", ""},
    {"SV", "503", "", ""},
    {"SX", "1", "1", ""},
    {"SY", "963", "0", ""},
    {"SZ", "268", "", ""},
    {"TC", "1", "1", ""},
    {"TD", "235", "", ""},
    {"TF", "262", "", ""},
    {"TG", "228", "", ""},
    {"TH", "66", "0", ""},
    {"TJ", "992", "8", ""},
    {"TK", "690", "", ""},
    {"TL", "670", "", ""},
    {"TM", "993", "8", ""},
    {"TN", "216", "", ""},
    {"TO", "676", "", ""},
    {"TR", "90", "0", ""},
    {"TT", "1", "1", ""},
    {"TV", "688", "", ""},
    {"TW", "886", "0", ""},
    {"TZ", "255", "0", ""},
    {"UA", "380", "0", ""},
    {"UG", "256", "0", ""},
    {"UM", "1", "1", ""},
    {"US", "1", "1", ""},
    {"UY", "598", "0", ""},
    {"UZ", "998", "8", ""},
    {"VA", "39", "", ""},
    {"VC", "1", "1", ""},
    {"VE", "58", "0", ""},
    {"VG", "1", "1", ""},
    {"VI", "1", "1", ""},
    {"VN", "84", "0", ""},
    {"VU", "678", "", ""},
    {"WF", "681", "", ""},
    {"WS", "685", "", ""},
    {"XK", "383", "0", ""},
    {"YE", "967", "0", ""},
    {"YT", "262", "0", ""},
    {"ZA", "27", "0", ""},
    {"ZM", "260", "0", ""},
    {"ZW", "263", "0", ""},
};

#define NCODES (sizeof table / sizeof table[0])

/* A row's alpha-2 code against key's two letters: the rows of both tables
 * below open with it. */
static int cmp_cc(const void *key, const void *row)
{
    return memcmp(key, row, 2);
}

/* The lengths of national significant numbers, as the territories'
 * numbering plans (ITU-T E.129 notifications) give them, landlines and
 * mobiles together, for the countries our users' records come from most;
 * sorted by alpha-2 code. A plan whose lengths run wide (Germany 6 to 13,
 * Italy 6 to 11, Austria) is left out: its numbers' lengths tell nothing. */
typedef struct nsn_lengths {
    char cc[3];
    unsigned char min, max;
} nsn_lengths;

static const nsn_lengths lengths[] = {
    {"AF", 9, 9},   {"AL", 8, 9},  {"AM", 8, 8},  {"AZ", 9, 9},  {"BA", 8, 9},
    {"BD", 9, 10},  {"BG", 8, 9},  {"BR", 10, 11}, {"BY", 9, 9}, {"CA", 10, 10},
    {"CN", 10, 11}, {"CO", 10, 10}, {"EG", 9, 10}, {"ER", 7, 7}, {"ES", 9, 9},
    {"ET", 9, 9},   {"FR", 9, 9},  {"GB", 9, 10}, {"GE", 9, 9},  {"GH", 9, 9},
    {"GR", 10, 10}, {"HT", 8, 8},  {"ID", 9, 12}, {"IL", 8, 9},  {"IN", 10, 10},
    {"IQ", 10, 10}, {"IR", 10, 10}, {"JO", 8, 9}, {"JP", 9, 10}, {"KE", 9, 9},
    {"KG", 9, 9},   {"KH", 8, 9},  {"KR", 8, 10}, {"KZ", 10, 10}, {"LA", 8, 10},
    {"LK", 9, 9},   {"MA", 9, 9},  {"MD", 8, 8},  {"MK", 8, 8},  {"MN", 8, 8},
    {"MX", 10, 10}, {"MY", 9, 10}, {"NG", 8, 10}, {"NP", 8, 10}, {"PH", 8, 10},
    {"PK", 9, 10},  {"PL", 9, 9},  {"PT", 9, 9},  {"RO", 9, 9},  {"RS", 8, 9},
    {"RU", 10, 10}, {"SA", 9, 9},  {"SD", 9, 9},  {"SO", 7, 9},  {"SY", 8, 9},
    {"TH", 8, 9},   {"TJ", 9, 9},  {"TM", 8, 8},  {"TR", 10, 10}, {"UA", 9, 9},
    {"US", 10, 10}, {"UZ", 9, 9},  {"VE", 10, 10}, {"VN", 9, 10}, {"XK", 8, 9},
};

int aka__calling_code_lengths(const aka__calling_code *c, unsigned *min, unsigned *max)
{
    const nsn_lengths *l =
        c ? bsearch(c->cc, lengths, sizeof lengths / sizeof lengths[0], sizeof lengths[0],
                    cmp_cc)
          : NULL;
    if (!l)
        return 0;
    *min = l->min;
    *max = l->max;
    return 1;
}

const aka__calling_code *aka__calling_code_find(const char *cc)
{
    if (!cc || !cc[0] || !cc[1] || cc[2])
        return NULL;
    char up[2];
    for (int i = 0; i < 2; i++) {
        char ch = cc[i];
        if (ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 32);
        if (ch < 'A' || ch > 'Z')
            return NULL;
        up[i] = ch;
    }
    return bsearch(up, table, NCODES, sizeof table[0], cmp_cc);
}

/* The rows of each calling code (1 to 3 digits, none opening with 0), by
 * its value: rows[first[v]] to rows[first[v] + count[v]) are code v's.
 * Built once: a phone's code was looked for by reading all 250 rows, 3,000
 * instructions a number, 1 % of a bulk load's. */
#define CODE_VALUES 1000
static uint16_t code_first[CODE_VALUES];
static uint8_t code_count[CODE_VALUES];
static uint16_t code_rows[NCODES];
static pthread_once_t codes_once = PTHREAD_ONCE_INIT;

static unsigned code_value(const char *code)
{
    unsigned v = 0;
    for (; *code; code++)
        v = v * 10 + (unsigned)(*code - '0');
    return v;
}

static void build_code_index(void)
{
    /* (every code has 1 to 3 digits: test_phone checks the table) */
    for (size_t i = 0; i < NCODES; i++)
        code_count[code_value(table[i].code) % CODE_VALUES]++;
    size_t at = 0;
    for (unsigned v = 0; v < CODE_VALUES; v++) {
        code_first[v] = (uint16_t)at;
        at += code_count[v];
    }
    uint8_t placed[CODE_VALUES] = {0};
    for (size_t i = 0; i < NCODES; i++) {
        unsigned v = code_value(table[i].code) % CODE_VALUES;
        code_rows[code_first[v] + placed[v]++] = (uint16_t)i;
    }
}

/* The rows of the calling code d[0..l), in *first and the result (their
 * number); 0 for a code no row has. */
static size_t code_rows_of(const char *d, size_t l, size_t *first)
{
    unsigned v = 0;
    if (l == 0 || l > 3 || d[0] == '0')
        return 0;
    for (size_t i = 0; i < l; i++) {
        if (d[i] < '0' || d[i] > '9')
            return 0;
        v = v * 10 + (unsigned)(d[i] - '0');
    }
    pthread_once(&codes_once, build_code_index);
    *first = code_first[v];
    return code_count[v];
}

int aka__calling_code_zero_trunk(const char *d, size_t n, size_t *code_len)
{
    /* the longest code the digits open with, and whether each of its
     * rows has the trunk prefix 0 */
    for (size_t l = n < 3 ? n : 3; l > 0; l--) {
        size_t first, k = code_rows_of(d, l, &first);
        if (!k)
            continue;
        int zero = 1;
        for (size_t i = first; i < first + k; i++)
            zero &= strcmp(table[code_rows[i]].trunk, "0") == 0;
        *code_len = l;
        return zero;
    }
    *code_len = 0;
    return 0;
}

/* Whether nat[0..ln) is trunk followed by the number nsn[0..n). */
static int trunk_then(const char *trunk, const char *nsn, size_t n, const char *nat,
                      size_t ln)
{
    size_t t = strlen(trunk);
    return ln == t + n && memcmp(nat, trunk, t) == 0 && memcmp(nat + t, nsn, n) == 0;
}

int aka__calling_code_national_form(const char *intl, size_t li, const char *nat,
                                    size_t ln)
{
    size_t cl;
    if (li == 0 || ln == 0)
        return 0;
    (void)aka__calling_code_zero_trunk(intl, li, &cl);
    if (!cl || li - cl < AKA__NATIONAL_FORM_MIN)
        return 0;
    const char *nsn = intl + cl;
    size_t n = li - cl;
    /* the international form without its + (201152656748) */
    if (trunk_then("", intl, li, nat, ln))
        return 1;
    /* written without a trunk prefix: North America's 1 is seldom
     * written, and a number passed on for calling from abroad drops its 0 */
    if (trunk_then("", nsn, n, nat, ln))
        return 1;
    /* every territory of the code: +7 is Russia's and Kazakhstan's, +44
     * the United Kingdom's and its Crown Dependencies' */
    size_t first, k = code_rows_of(intl, cl, &first);
    for (size_t i = first; i < first + k; i++) {
        const aka__calling_code *c = &table[code_rows[i]];
        if ((c->trunk[0] && trunk_then(c->trunk, nsn, n, nat, ln)) ||
            (c->trunk2[0] && trunk_then(c->trunk2, nsn, n, nat, ln)))
            return 1;
    }
    return 0;
}

/* Calling codes that no ISO territory has but that are dialled: Ascension
 * (+247, ISO's SH shares its +290 with Tristan da Cunha only), the
 * international freephone and shared-cost numbers (+800, +808), Inmarsat
 * (+870), global services and satellite networks (+881 Iridium and
 * others, +882 Thuraya among others, +883, +888), the international
 * premium-rate service (+979). Satellite phones are common in the case
 * files of conflict zones. */
static const char *const nongeographic[] = {
    "247", "800", "808", "870", "881", "882", "883", "888", "979",
};

int aka__calling_code_known(const char *d, size_t n)
{
    size_t cl;
    (void)aka__calling_code_zero_trunk(d, n, &cl);
    if (cl)
        return 1;
    for (size_t i = 0; i < sizeof nongeographic / sizeof nongeographic[0]; i++)
        if (n >= 3 && memcmp(d, nongeographic[i], 3) == 0)
            return 1;
    return 0;
}

/* Prefixes written before a national number that are no part of it and
 * that the trunk prefix column does not cover, each only before a
 * national number of the length the country's numbers all have (so that
 * a number that opens with the same digits stays as it is: Ukraine's 800
 * 123 456, St Petersburg's +7 812 ...):
 * - Ukraine's old long-distance 8 with the area code's trunk 0 (8 067
 *   123 45 67), as Ukrainians still write it; Ukraine's national numbers
 *   have 9 digits. An 8 before ten digits that do not open with 0 is
 *   the Russian or Kazakh national form (8 916 ...), no Ukrainian one:
 *   read with +380 it made a number no one has.
 * - Mexico's long-distance 01 and the 044 and 045 of calls to mobiles,
 *   and the 1 written after +52 before a mobile, all retired in 2019,
 *   when every number became ten digits dialled alone.
 * - Russia's and Kazakhstan's trunk 8 written after +7 (+7 8 916 ...),
 *   as the trunk 0 after other codes is (aka__calling_code_zero_trunk);
 *   their numbers have ten digits, and some open with 8 themselves.
 * - Brazil's trunk 0 with the carrier selection code of a long-distance
 *   call (0 21 11 91234-5678: Claro's 21; Algar 12, Oi 14 and 31, Vivo
 *   15, TIM 41, Sercomtel 43), as Brazilians write a number with its
 *   area code: ten or eleven digits after it.
 * The national number after the prefix never opens with 0 or 1 in
 * these countries, nor with 0 in Brazil, whose area codes open with 1
 * to 9: a digit count one off by a typo (+7 812 123 45 678) is left as
 * written. */
static const struct {
    const char *code;   /* calling code */
    const char *prefix;
    /* digits of the national number after it: from rest to rest_max */
    unsigned char rest, rest_max;
    unsigned char where; /* aka__prefix_where */
    char first;         /* the least digit the national number opens with */
} extra_prefixes[] = {
    {"380", "80", 9, 9, AKA__PREFIX_NATIONAL, '2'},
    {"380", "8", 10, 10, AKA__PREFIX_FOREIGN, '2'},
    {"52", "01", 10, 10, AKA__PREFIX_NATIONAL, '2'},
    {"52", "044", 10, 10, AKA__PREFIX_NATIONAL, '2'},
    {"52", "045", 10, 10, AKA__PREFIX_NATIONAL, '2'},
    {"52", "1", 10, 10, AKA__PREFIX_AFTER_CODE, '2'},
    {"7", "8", 10, 10, AKA__PREFIX_AFTER_CODE, '2'},
    {"55", "012", 10, 11, AKA__PREFIX_NATIONAL, '1'},
    {"55", "014", 10, 11, AKA__PREFIX_NATIONAL, '1'},
    {"55", "015", 10, 11, AKA__PREFIX_NATIONAL, '1'},
    {"55", "021", 10, 11, AKA__PREFIX_NATIONAL, '1'},
    {"55", "031", 10, 11, AKA__PREFIX_NATIONAL, '1'},
    {"55", "041", 10, 11, AKA__PREFIX_NATIONAL, '1'},
    {"55", "043", 10, 11, AKA__PREFIX_NATIONAL, '1'},
};

size_t aka__calling_code_extra_prefix(const char *code, const char *d, size_t n,
                                      int where)
{
    for (size_t i = 0; i < sizeof extra_prefixes / sizeof extra_prefixes[0]; i++) {
        size_t pl = strlen(extra_prefixes[i].prefix);
        if (extra_prefixes[i].where == where && strcmp(extra_prefixes[i].code, code) == 0 &&
            n >= pl + extra_prefixes[i].rest && n <= pl + extra_prefixes[i].rest_max &&
            memcmp(d, extra_prefixes[i].prefix, pl) == 0 && d[pl] >= extra_prefixes[i].first)
            return pl;
    }
    return 0;
}

int aka__calling_code_is_nanp(const aka__calling_code *c)
{
    return c && strcmp(c->code, "1") == 0;
}
