#include "match/palladius.h"
#include "match/letters.h"

#include <string.h>

/* A piece of Pinyin and its Palladius Cyrillic as the normaliser
 * romanises it. */
typedef struct spelling {
    const char *pin, *cyr;
} spelling;

/* Pinyin initials, longest first (х kh, цз tsz, ц ts, с s, чж chzh, ж zh).
 * y and w open syllables without an initial. */
static const spelling initials[] = {
    {"zh", "chzh"}, {"ch", "ch"}, {"sh", "sh"}, {"b", "b"},   {"p", "p"},
    {"m", "m"},     {"f", "f"},   {"d", "d"},   {"t", "t"},   {"n", "n"},
    {"l", "l"},     {"g", "g"},   {"k", "k"},   {"h", "kh"},  {"j", "tsz"},
    {"q", "ts"},    {"x", "s"},   {"r", "zh"},  {"z", "tsz"}, {"c", "ts"},
    {"s", "s"},
};

/* Finals after an initial, longest first, and their Palladius: ang and
 * an both ан / ань (the soft sign is not written in Latin), iang and ian
 * both ян(ь), ing and in both ин(ь), ong ун. */
static const spelling finals[] = {
    {"iang", "yan"}, {"iong", "yun"}, {"uang", "uan"}, {"iao", "yao"}, {"ian", "yan"},
    {"ing", "in"},   {"uai", "uay"},  {"uan", "uan"},  {"ang", "an"},  {"eng", "en"},
    {"ong", "un"},   {"ai", "ay"},    {"ei", "ey"},    {"ao", "ao"},   {"ou", "ou"},
    {"an", "an"},    {"en", "en"},    {"er", "er"},    {"ia", "ya"},   {"ie", "e"},
    {"iu", "yu"},    {"in", "in"},    {"ua", "ua"},    {"uo", "o"},    {"ui", "uy"},
    {"un", "un"},    {"ue", "yue"},   {"a", "a"},      {"o", "o"},     {"e", "e"},
    {"i", "i"},      {"u", "u"},
};

/* Syllables with no initial, longest first (y and w spell the glide). */
static const spelling bare[] = {
    {"yang", "yan"}, {"yong", "yun"}, {"ying", "in"}, {"yuan", "yuan"}, {"wang", "van"},
    {"weng", "ven"}, {"yao", "yao"},  {"yan", "yan"}, {"yin", "in"},    {"you", "yu"},
    {"yue", "yue"},  {"yun", "yun"},  {"wai", "vay"}, {"wan", "van"},   {"wei", "vey"},
    {"wen", "ven"},  {"ang", "an"},   {"eng", "en"},  {"ya", "ya"},     {"ye", "e"},
    {"yi", "i"},     {"yu", "yuy"},   {"wa", "va"},   {"wo", "vo"},     {"wu", "u"},
    {"ai", "ay"},    {"ao", "ao"},    {"an", "an"},   {"ei", "ey"},     {"en", "en"},
    {"er", "er"},    {"ou", "ou"},    {"a", "a"},     {"e", "e"},       {"o", "o"},
};

#define N(a) (sizeof a / sizeof a[0])

/* The final's Palladius after initial `ini`: after j, q, x the u of u,
 * un, uan, ue is ü (юй yuy, юнь yun, юань yuan, юэ yue); after z, c, s
 * the i is ы (y); after zh, ch, sh, r it stays и. */
static const char *final_after(const char *ini, const char *pin, const char *cyr)
{
    int jqx = !strcmp(ini, "j") || !strcmp(ini, "q") || !strcmp(ini, "x");
    if (jqx) {
        if (!strcmp(pin, "u"))
            return "yuy";
        if (!strcmp(pin, "un"))
            return "yun";
        if (!strcmp(pin, "uan"))
            return "yuan";
    }
    if (!strcmp(pin, "i") &&
        (!strcmp(ini, "z") || !strcmp(ini, "c") || !strcmp(ini, "s")))
        return "y";
    return cyr;
}

/* Whether pin[i..np) read as syllables gives cyr[j..nc). */
static int meets(const char *cyr, size_t nc, size_t j, const char *pin, size_t np,
                 size_t i, int depth)
{
    if (i == np)
        return j == nc;
    if (depth > 8)
        return 0;
    for (size_t b = 0; b < N(bare); b++) {
        size_t k = strlen(bare[b].cyr);
        if (aka__starts(pin + i, np - i, bare[b].pin) &&
            aka__starts(cyr + j, nc - j, bare[b].cyr) &&
            meets(cyr, nc, j + k, pin, np, i + strlen(bare[b].pin), depth + 1))
            return 1;
    }
    for (size_t a = 0; a < N(initials); a++) {
        if (!aka__starts(pin + i, np - i, initials[a].pin) ||
            !aka__starts(cyr + j, nc - j, initials[a].cyr))
            continue;
        size_t pi = i + strlen(initials[a].pin), cj = j + strlen(initials[a].cyr);
        for (size_t f = 0; f < N(finals); f++) {
            if (!aka__starts(pin + pi, np - pi, finals[f].pin))
                continue;
            const char *c = final_after(initials[a].pin, finals[f].pin, finals[f].cyr);
            if (aka__starts(cyr + cj, nc - cj, c) &&
                meets(cyr, nc, cj + strlen(c), pin, np, pi + strlen(finals[f].pin),
                      depth + 1))
                return 1;
        }
    }
    return 0;
}

/* Whether a Palladius spelling may open with c when the Pinyin opens with
 * p: the first letters of the initials' and bare syllables' spellings. */
static int first_fits(char p, char c)
{
    switch (p) {
    case 'h': return c == 'k';
    case 'j': case 'q': return c == 't';
    case 'x': return c == 's';
    case 'z': return c == 'c' || c == 't';
    case 'c': return c == 'c' || c == 't';
    case 'r': return c == 'z';
    case 'y': return c == 'y' || c == 'i' || c == 'e';
    case 'w': return c == 'v' || c == 'u';
    default: return c == p;
    }
}

int aka__palladius_meets(const char *cyr, size_t nc, const char *pin, size_t np)
{
    /* (cheap tests first: this is asked of many Cyrillic and Latin tokens
     * that are no such pair; the spellings' lengths stay within half) */
    if (nc < 2 || np < 2 || nc > 40 || np > 40 || !first_fits(pin[0], cyr[0]) ||
        2 * nc < np || nc > 2 * np)
        return 0;
    return meets(cyr, nc, 0, pin, np, 0, 0);
}

/* Vietnamese initials, longest first, as Russian writes them (the rest of
 * the syllable letter for letter, but a final nh). ASCII writes đ as d,
 * which Russian writes д, and d, which it writes з: both readings, the
 * second right after the first. */
static const spelling vn_initials[] = {
    {"ngh", "ng"}, {"tr", "ch"}, {"th", "tkh"}, {"ph", "f"}, {"kh", "kkh"},
    {"gi", "z"},   {"nh", "n"},  {"qu", "ku"},  {"ng", "ng"}, {"h", "kh"},
    {"d", "z"},    {"d", "d"},   {"x", "s"},    {"s", "sh"},  {"r", "z"},
};

int aka__vietnamese_russian_meets(const char *cyr, size_t nc, const char *lat, size_t nl)
{
    /* (ch is ть and softens the vowel after it, c is к but ch is not:
     * not read) */
    if (nl < 2 || nl > 7 || nc < 2 || nc > 9 || lat[0] == 'c')
        return 0;
    for (size_t k = 0; k < N(vn_initials); k++) {
        size_t il = strlen(vn_initials[k].pin), cl = strlen(vn_initials[k].cyr);
        if (!aka__starts(lat, nl, vn_initials[k].pin))
            continue;
        if (!aka__starts(cyr, nc, vn_initials[k].cyr)) {
            if (k + 1 < N(vn_initials) && !strcmp(vn_initials[k + 1].pin, vn_initials[k].pin))
                continue;
            return 0;
        }
        /* a final nh is нь, which the normaliser writes n (Тхань "tkhan"),
         * or nh in a name it knows for Vietnamese (Нгуен Ван Ань) */
        size_t rest = nl - il;
        if (rest >= 3 && lat[nl - 2] == 'n' && lat[nl - 1] == 'h' && nc - cl != rest)
            rest--;
        if (nc - cl != rest)
            return 0;
        /* ư, which ASCII writes u, is ы (Зыонг Dương, Чыонг Trương), and
         * iê after an initial is ье (Зьем Diệm, Тхьен Thiên), and a final c
         * is к (Дык Đức) */
        for (size_t i = 0; i < rest; i++)
            if (cyr[cl + i] != lat[il + i] && !(cyr[cl + i] == 'y' && lat[il + i] == 'u') &&
                !(cyr[cl + i] == 'k' && lat[il + i] == 'c' && i + 1 == rest) &&
                !(cyr[cl + i] == 'y' && lat[il + i] == 'i' && i + 1 < rest &&
                  lat[il + i + 1] == 'e' && cyr[cl + i + 1] == 'e'))
                return 0;
        return 1;
    }
    return 0;
}

