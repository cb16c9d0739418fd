/* Cantonese readings of names in Han characters (cantonese.h).
 *
 * The readings are Jyutping (cantonese_table.c, from Unihan's kCantonese);
 * Hong Kong spells them otherwise, by habit more than by rule: voiceless
 * initials where Jyutping writes b d g (陳 can Chan, 郭 gwok Kwok), ch for
 * z and c (張 zoeng Cheung), y for j (楊 joeng Yeung), eu for oe (梁 Leung),
 * o for ou (高 gou Ko), ui for eoi (徐 ceoi Tsui), un for eon (俊 Chun),
 * uen for yun (孫 syun Suen), sze for si (施 Sze). Where the habit splits
 * (ch or ts: 曾 Tsang beside 鄭 Cheng; un or oon: 潘 Poon), the matcher's
 * keys take both spellings as one, so one choice serves. */
#include "unicode/cantonese.h"

#include <string.h>

#include "unicode/utf8.h"

/* Jyutping initials, longest first, and their Hong Kong spelling. */
static const struct {
    const char *jp, *hk;
} initials[] = {
    {"gw", "kw"}, {"kw", "kw"}, {"ng", "ng"}, {"b", "p"}, {"p", "p"},
    {"m", "m"},   {"f", "f"},   {"d", "t"},   {"t", "t"}, {"n", "n"},
    {"l", "l"},   {"g", "k"},   {"k", "k"},   {"h", "h"}, {"w", "w"},
    {"z", "ch"},  {"c", "ch"},  {"s", "s"},   {"j", "y"},
};

/* Finals whose spelling differs, longest first; any other is kept. */
static const struct {
    const char *jp, *hk;
} finals[] = {
    {"aai", "ai"}, {"aau", "au"}, {"aam", "am"}, {"aan", "an"},
    {"aang", "ang"}, {"aap", "ap"}, {"aat", "at"}, {"aak", "ak"},
    {"aa", "a"},   {"oeng", "eung"}, {"oek", "euk"}, {"oe", "eu"},
    {"eoi", "ui"}, {"eon", "un"},  {"eot", "ut"},  {"ou", "o"},
    {"yun", "uen"}, {"yut", "uet"}, {"yu", "u"},
};

static size_t put(char *out, size_t o, const char *s)
{
    size_t k = strlen(s);
    if (o + k > 8)
        return o;
    memcpy(out + o, s, k);
    return o + k;
}

size_t aka__yue_hk_spelling(const char *jp, char out[9])
{
    size_t n = strlen(jp), o = 0;
    const char *fin = jp;
    const char *ini = "";
    /* the syllabic m and ng (唔 m, 吳 ng) are their own spelling */
    if (strcmp(jp, "m") != 0 && strcmp(jp, "ng") != 0)
        for (size_t i = 0; i < sizeof initials / sizeof initials[0]; i++) {
            size_t k = strlen(initials[i].jp);
            if (k < n && memcmp(jp, initials[i].jp, k) == 0) {
                ini = initials[i].hk;
                fin = jp + k;
                break;
            }
        }
    /* y before a final that opens with y is one letter (余 jyu Yu, 袁 jyun
     * Yuen); si is Sze */
    if (ini[0] == 'y' && fin[0] == 'y')
        ini = "";
    if (jp[0] == 's' && strcmp(fin, "i") == 0) {
        o = put(out, o, "sze");
        out[o] = '\0';
        return o;
    }
    o = put(out, o, ini);
    const char *f = fin;
    for (size_t i = 0; i < sizeof finals / sizeof finals[0]; i++)
        if (strcmp(fin, finals[i].jp) == 0) {
            f = finals[i].hk;
            break;
        }
    /* the y that opens a final is written after no other y */
    if (!ini[0] && fin[0] == 'y' && f[0] != 'y')
        o = put(out, o, "y");
    o = put(out, o, f);
    out[o] = '\0';
    return o;
}

/* Characters between a name's characters that are no part of them. */
static int separator(uint32_t cp)
{
    return cp == ' ' || cp == 0x3000 || cp == 0x00B7 || cp == 0x30FB ||
           cp == 0xFF0E || cp == '.';
}

/* out as it was before a reading from `start` on */
static void cut(aka__sb *out, size_t start)
{
    out->len = start;
    if (out->p)
        out->p[start] = '\0';
}

int aka__cantonese_name(const char *s, size_t n, aka__sb *out)
{
    size_t start = out->len, read = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = aka__utf8_next(s, n, &i);
        if (separator(cp))
            continue;
        uint16_t r = cp >= AKA__YUE_LO && cp < AKA__YUE_HI
                         ? aka__yue_reading[cp - AKA__YUE_LO]
                         : 0;
        if (!r) {
            cut(out, start);
            return 0;
        }
        char hk[9];
        size_t k = aka__yue_hk_spelling(aka__yue_syllables[r], hk);
        if (aka__sb_append_token(out, hk, k) != AKA_OK) {
            cut(out, start);
            return -1;
        }
        read++;
    }
    return read > 0;
}
