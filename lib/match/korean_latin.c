#include "match/korean_latin.h"

#include <string.h>

#include "core/wordlist.h"

/* Korean family names as Latin letters write them: Revised Romanization,
 * McCune-Reischauer without its marks, and the spellings passports have
 * long used. Sorted (strcmp), for the binary search; tests/unit/test_korean_latin.c
 * checks the order. Words that are more often something else (in, no, so,
 * go, to) are left out. */
static const char *const families[] = {
    "ahn",   "an",    "bae",   "baek",  "bahk",  "baik",  "bak",   "ban",
    "bang",  "byeon", "byun",  "cha",   "chae",  "chang", "cheon", "cheong",
    "chey",  "chin",  "cho",   "choe",  "choi",  "chon",  "chong", "chu",
    "chun",  "chung", "eom",   "gang",  "geum",  "gi",    "gil",   "gim",
    "gong",  "gu",    "gwak",  "gwon",  "ha",    "han",   "heo",   "hong",
    "huh",   "hur",   "hwang", "hyeon", "hyun",  "im",    "jang",  "jeon",
    "jeong", "ji",    "jin",   "jo",    "joo",   "joung", "ju",    "jun",
    "jung",  "kang",  "keum",  "ki",    "kil",   "kim",   "ko",    "koh",
    "kong",  "koo",   "ku",    "kwak",  "kwon",  "lee",   "lim",   "ma",
    "maeng", "min",   "moon",  "mun",   "myung", "na",    "nam",   "noh",
    "oh",    "ok",    "pae",   "paek",  "paik",  "pak",   "pang",  "park",
    "pyo",   "pyon",  "rhee",  "rhie",  "ri",    "rim",   "ro",    "roh",
    "ryoo",  "ryu",   "seo",   "seok",  "seong", "shim",  "shin",  "sim",
    "sin",   "sohn",  "son",   "song",  "suh",   "suk",   "sung",  "tak",
    "uhm",   "um",    "won",   "woo",   "yang",  "yeo",   "yeom",  "yeon",
    "yi",    "yim",   "yoo",   "yook",  "yoon",  "youn",  "yu",    "yuk",
    "yum",   "yun",
};

#define FAMILY_MAX 6 /* letters of the longest */

int aka__ko_families_sorted(void)
{
    if (!aka__words_sorted(families, sizeof families / sizeof families[0]))
        return 0;
    for (size_t i = 0; i < sizeof families / sizeof families[0]; i++)
        if (strlen(families[i]) > FAMILY_MAX)
            return 0;
    return 1;
}

int aka__ko_family(const char *tok, size_t n)
{
    if (!tok || n < 2 || n > FAMILY_MAX)
        return 0;
    return aka__word_sorted_find(families, sizeof families / sizeof families[0],
                                 tok, n) >= 0;
}

/* Consonants that open a syllable (the tense kk, tt, pp, ss, jj doubled;
 * MR's aspirated ch', k', t', p' without the apostrophe), the vowels with
 * their glides (RR, MR, and the customary oo, ee, ou, ai of Yoo, Hee,
 * Young, Paik), and the consonants that close one (uh of Suh, Huh as a
 * closing h). Each list is longest first where one spelling begins
 * another, though the reader below tries them all. */
typedef struct spelling {
    const char *s;
    unsigned char n;
} spelling;
#define S(x) {x, sizeof x - 1}
static const spelling onsets[] = {
    S("kk"), S("tt"), S("pp"), S("ss"), S("jj"), S("ch"), S("sh"),
    S("g"),  S("k"),  S("n"),  S("d"),  S("t"),  S("r"),  S("l"),
    S("m"),  S("b"),  S("p"),  S("s"),  S("j"),  S("h"),
};
static const spelling vowels[] = {
    S("yeo"), S("yae"), S("yoo"), S("you"), S("wae"), S("weo"),
    S("eui"), S("ae"),  S("ai"),  S("eo"),  S("eu"),  S("ee"),
    S("oe"),  S("oi"),  S("oo"),  S("ou"),  S("ui"),  S("wa"),
    S("we"),  S("wo"),  S("wi"),  S("ya"),  S("ye"),  S("yo"),
    S("yu"),  S("a"),   S("e"),   S("i"),   S("o"),   S("u"),
};
static const spelling codas[] = {S("ng"), S("k"), S("g"), S("n"), S("l"),
                                  S("m"),  S("p"), S("b"), S("t"), S("h")};
#undef S

#define SYLLABLES_MAX 6
#define TOKEN_MAX 32

/* The length of sp when tok has it at i, else 0. */
static int starts(const char *tok, size_t n, size_t i, const spelling *sp)
{
    return i + sp->n <= n && tok[i] == sp->s[0] &&
                   memcmp(tok + i, sp->s, sp->n) == 0
               ? sp->n
               : 0;
}

int aka__ko_syllables(const char *tok, size_t n)
{
    if (!tok || n == 0 || n > TOKEN_MAX)
        return 0;
    /* fewest[i]: the fewest syllables that spell tok[0..i), or 0 when
     * none do (fewest[0] counts one more than it is) */
    unsigned char fewest[TOKEN_MAX + 1] = {1};
    for (size_t i = 0; i < n; i++) {
        if (!fewest[i])
            continue;
        unsigned char next = (unsigned char)(fewest[i] + 1);
        for (size_t o = 0; o <= sizeof onsets / sizeof onsets[0]; o++) {
            int ol = o == 0 ? 0 : starts(tok, n, i, &onsets[o - 1]);
            if (o > 0 && !ol)
                continue;
            for (size_t v = 0; v < sizeof vowels / sizeof vowels[0]; v++) {
                int vl = starts(tok, n, i + (size_t)ol, &vowels[v]);
                if (!vl)
                    continue;
                size_t at = i + (size_t)ol + (size_t)vl;
                for (size_t c = 0; c <= sizeof codas / sizeof codas[0]; c++) {
                    int cl = c == 0 ? 0 : starts(tok, n, at, &codas[c - 1]);
                    if (c > 0 && !cl)
                        continue;
                    size_t end = at + (size_t)cl;
                    if (!fewest[end] || next < fewest[end])
                        fewest[end] = next;
                }
            }
        }
    }
    return fewest[n] && fewest[n] - 1 <= SYLLABLES_MAX;
}
