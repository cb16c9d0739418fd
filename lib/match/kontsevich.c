#include "match/kontsevich.h"

#include <stdint.h>
#include <string.h>

/* A piece of a Korean syllable in Latin letters and the ways Russian
 * Cyrillic writes it, as the normaliser romanises Russian (х kh, ч ch,
 * ж zh, ы y, ё yo, or e after a consonant, й y). At most four. */
typedef struct piece {
    const char *lat;
    const char *cyr[4];
} piece;

/* Consonants that open a syllable. Kontsevich writes ㄱ ㄷ ㅂ ㅈ voiceless
 * at a word's start and voiced inside it (к г, т д, п б, ч чж); the
 * aspirates with х (кх, тх, пх, чх); customary spellings have дж for ㅈ,
 * ш for ㅅ before i (Шин), ц in Цой. RR's k t p are MR's aspirates, and
 * MR's k t p ch are RR's g d b j. */
static const piece onsets[] = {
    {"kk", {"kk"}},         {"tt", {"tt"}},
    {"pp", {"pp"}},         {"ss", {"ss"}},
    {"jj", {"tch", "chch"}}, {"ch", {"ch", "chkh", "ts", "chzh"}},
    {"sh", {"sh", "s"}},    {"rh", {"l", "r"}},
    {"g", {"k", "g"}},      {"k", {"k", "g", "kkh"}},
    {"n", {"n"}},           {"d", {"t", "d"}},
    {"t", {"t", "d", "tkh"}}, {"r", {"r", "l"}},
    {"l", {"l", "r"}},      {"m", {"m"}},
    {"b", {"p", "b"}},      {"p", {"p", "b", "pkh"}},
    {"s", {"s", "sh"}},     {"j", {"ch", "chzh", "dzh", "zh"}},
    {"h", {"kh"}},
};

/* Vowels with their glides, RR, MR and customary (oo, ou, ee, ai of Yoo,
 * Young, Hee, Paik; u for ㅓ in Chung, Sung; yu for ㅕ in Hyun). ㅕ and
 * ㅛ are ё, which the normaliser writes yo, or e after a consonant as
 * Russian passports do (Хён "khen"). */
static const piece vowels[] = {
    {"yeo", {"yo", "e", "ye"}}, {"yae", {"ye", "e"}}, {"yoo", {"yu"}},
    {"you", {"yo", "yu", "e"}}, {"wae", {"ve", "ue"}}, {"weo", {"vo"}},
    {"eui", {"yi", "i"}},       {"ae", {"e"}},        {"ai", {"e"}},
    {"eo", {"o"}},              {"eu", {"y", "u"}},   {"ee", {"i"}},
    {"oe", {"ve", "oe", "e"}},  {"oi", {"ve", "oy", "oe"}}, {"oo", {"u"}},        {"ou", {"u", "o"}},
    {"ui", {"yi", "i", "ui"}},  {"wa", {"va", "wa"}}, {"we", {"ve"}},
    {"wo", {"vo", "uo"}},       {"wi", {"vi", "ui"}}, {"ya", {"ya"}},
    {"ye", {"ye", "e"}},        {"yi", {"i"}},        {"yo", {"yo", "e"}},
    {"yu", {"yu", "yo", "e"}},  {"a", {"a"}},         {"e", {"e"}},
    {"i", {"i"}},               {"o", {"o"}},         {"u", {"u", "o", "y"}},
    /* ㅓ before ㅇ as Soviet registers wrote it, ё after a consonant
     * (Ким Ир Сен, Ким Чен Ир: Il-sung, Jong-il), the ㅇ with it */
    {"eong", {"en"}},           {"ong", {"en"}},      {"ung", {"en"}},
};

/* Consonants that close a syllable: ㅇ ng is н, as ㄴ is (Кан Kang);
 * the customary h of Suh, Huh is no letter; Park's r is not said. */
static const piece codas[] = {
    {"ng", {"n", "ng"}}, {"rk", {"k"}},      {"n", {"n"}},      {"k", {"k", "g"}},
    {"g", {"k", "g"}},   {"l", {"l", "r"}},  {"m", {"m"}},      {"p", {"p", "b"}},
    {"b", {"p", "b"}},   {"t", {"t", "d"}},  {"h", {""}},
};

#define N(a) (sizeof a / sizeof a[0])
#define LAT_MAX 24
#define CYR_MAX 40

static size_t at(const char *s, size_t n, size_t i, const char *p)
{
    size_t k = strlen(p);
    return i + k <= n && memcmp(s + i, p, k) == 0 ? k : SIZE_MAX;
}

/* From every (i, j) in `from` (Latin i, Cyrillic j: bit j of from[i]),
 * the positions past one piece of `tab` (or past none, with `none`) into
 * `to`. */
static void step(const piece *tab, size_t ntab, int none, const uint64_t *from,
                 uint64_t *to, const char *lat, size_t nl, const char *cyr,
                 size_t nc)
{
    memset(to, 0, (LAT_MAX + 1) * sizeof *to);
    for (size_t i = 0; i <= nl; i++) {
        if (!from[i])
            continue;
        if (none)
            to[i] |= from[i];
        for (size_t t = 0; t < ntab; t++) {
            size_t li = at(lat, nl, i, tab[t].lat);
            if (li == SIZE_MAX)
                continue;
            for (size_t j = 0; j <= nc; j++) {
                if (!(from[i] >> j & 1))
                    continue;
                for (size_t o = 0; o < 4 && tab[t].cyr[o]; o++) {
                    size_t lj = at(cyr, nc, j, tab[t].cyr[o]);
                    if (lj != SIZE_MAX)
                        to[i + li] |= UINT64_C(1) << (j + lj);
                }
            }
        }
    }
}

int aka__kontsevich_meets(const char *cyr, size_t nc, const char *lat, size_t nl)
{
    /* (cheap tests first: this is asked of Latin tokens of names with a
     * Korean family name against tokens read from Cyrillic) */
    if (nl < 2 || nc < 2 || nl > LAT_MAX || nc > CYR_MAX || 2 * nc + 2 < nl ||
        nc > 2 * nl + 2)
        return 0;
    /* syllable boundaries reached: bit j of b[i] */
    uint64_t b[LAT_MAX + 1] = {1}, seen[LAT_MAX + 1] = {1}, o[LAT_MAX + 1],
             v[LAT_MAX + 1], c[LAT_MAX + 1];
    for (int syl = 0; syl < 6; syl++) {
        step(onsets, N(onsets), 1, b, o, lat, nl, cyr, nc);
        step(vowels, N(vowels), 0, o, v, lat, nl, cyr, nc);
        step(codas, N(codas), 1, v, c, lat, nl, cyr, nc);
        if (c[nl] >> nc & 1)
            return 1;
        int any = 0;
        for (size_t i = 0; i <= nl; i++) {
            /* (a boundary reached again only repeats what was tried) */
            b[i] = c[i] & ~seen[i];
            seen[i] |= c[i];
            any |= b[i] != 0;
        }
        if (!any)
            return 0;
    }
    return 0;
}
