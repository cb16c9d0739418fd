#include "match/arabic_spelling.h"

#include <stdint.h>
#include <string.h>

#include "match/keys.h"

/* Arabic script writes a word's consonants and long vowels, and no short
 * vowel; a name from another language written in it takes the nearest
 * letter for each sound it lacks. So the script's spelling of a name
 * says which consonants a Latin spelling has, in which order, and where
 * it has a long vowel, and little of which vowel: ي is the i, e, ee or
 * ei of Lena, Heidemann and Yilmaz's i unwritten; و the o or u of Hoyt
 * and Oates. The keys of the matcher (aka__rkey, the skeleton) write one
 * spelling of each sound and so part such pairs (ylmaz / yilmaz, lyna /
 * lena, karyjan / kerrigan). Here the Latin token is read against the
 * Arabic one letter by letter, every Arabic letter allowed the Latin
 * spellings of its sound: a search over the positions in both (at most
 * AKA__KEY_MAX squared), memoised. */

/* The Latin spellings of an Arabic letter or digraph, as the normaliser
 * romanises it, NULL-terminated. */
static const char *const L_B[] = {"b", "bb", "p", "pp", NULL};
static const char *const L_T[] = {"t", "tt", "th", NULL};
static const char *const L_TH[] = {"th", "t", "s", "ss", "z", NULL};
static const char *const L_J[] = {"j", "g", "dj", "dg", "gg", "jj", "zh", NULL};
static const char *const L_H[] = {"h", "hh", NULL};
/* a final ه: a consonant, or the seat of a final vowel (Persian فاطمه
 * Fatemeh, Fatima; عبدالله Abdalla) */
static const char *const L_H_FINAL[] = {"h", "hh", "", "a", "ah", "eh", NULL};
static const char *const L_KH[] = {"kh", "ch", "h", "x", "j", "k", "g", "ck", NULL};
static const char *const L_D[] = {"d", "dd", "dh", NULL};
/* (not d: the dh of the normaliser may be د and ه, Adham أدهم, not Adam) */
static const char *const L_DH[] = {"dh", "z", "th", "dz", NULL};
static const char *const L_R[] = {"r", "rr", "rh", NULL};
static const char *const L_Z[] = {"z", "zz", "s", "ss", "dh", "th", "dz", "tz", NULL};
static const char *const L_S[] = {"s", "ss", "c", "z", "sc", NULL};
static const char *const L_SH[] = {"sh", "ch", "sch", "s", "sz", "x", "sc", NULL};
static const char *const L_GH[] = {"gh", "g", "gg", "gu", "r", NULL};
/* (and the w of Polish and German, said v: Ostrowski) */
static const char *const L_F[] = {"f", "ff", "ph", "v", "pf", "w", NULL};
static const char *const L_Q[] = {"q", "k", "g", "c", "ck", "kk", "qu", "gh", NULL};
static const char *const L_K[] = {"k", "c", "ck", "kk", "cc", "ch", "q", "qu", "g", "kh", NULL};
static const char *const L_L[] = {"l", "ll", NULL};
static const char *const L_M[] = {"m", "mm", NULL};
static const char *const L_N[] = {"n", "nn", NULL};
static const char *const L_P[] = {"p", "pp", "b", NULL};
static const char *const L_CH[] = {"ch", "tch", "tsch", "c", "cz", NULL};
/* (not g: ژیلا Zhila is not Gila, گیلا) */
static const char *const L_ZH[] = {"zh", "j", "s", "z", NULL};
static const char *const L_G[] = {"g", "gg", "gh", "gu", NULL};
static const char *const L_V[] = {"v", "w", "f", NULL};
/* (تش for a ch, ك س for an x) */
static const char *const L_TSH[] = {"ch", "tch", "tsch", "c", "cc", "cz", "tsh",
                                    "sc", "cs", "tj", "cci", NULL};
static const char *const L_KS[] = {"x", "ks", "cks", "cs", "kz", "xs", NULL};
/* Long vowels and diphthongs: و and ي are consonants too (Wael, Yasin). */
static const char *const L_W[] = {"w", "v", "o", "u", "ou", "oo", "au", "ow", "aw", "uw",
                                  NULL};
static const char *const L_W_FINAL[] = {"w", "v", "o", "u", "ou", "oo", "au", "ow",
                                        "aw", "uw", "eau", NULL};
static const char *const L_Y[] = {"y", "i", "e", "ee", "ie", "ei", "ai", "ay", "ey",
                                  "ii", "ea", NULL};
/* (the normaliser writes ى, a final a, as ي: مصطفى mstfy, Mustafa) */
static const char *const L_Y_FINAL[] = {"y", "i", "e", "ee", "ie", "ei", "ai", "ay",
                                        "ey", "ii", "ea", "a", "ah", NULL};
/* the y of CāyiC (ay_syllable), which a vowel follows */
static const char *const L_Y_SYLLABLE[] = {"y", "ye", "yi", "ie", NULL};
static const char *const L_AY[] = {"y", "i", "ai", "ay", "ei", "ey", "e", "ie", "ae",
                                   "aye", NULL};
static const char *const L_AW[] = {"o", "au", "aw", "ow", "ou", "oo", "u", "ao", NULL};
static const char *const L_A[] = {"a", "aa", "e", "o", NULL};
/* in a word of four letters, an Arabic name's ā (زياد Ziyad, not Zayed) */
static const char *const L_A_SHORT_WORD[] = {"a", "aa", NULL};
/* a word's first alef carries the hamza of any vowel (أسامة Usama); before
 * و or ي it is only their seat (أوتس Oates, إيناس Ines) */
static const char *const L_A_FIRST[] = {"a", "e", "i", "o", "u", "aa", "au", "ae", "ai",
                                        NULL};
static const char *const L_A_SEAT[] = {"a", "e", "i", "o", "u", "aa", "au", "ae", "ai",
                                       "", NULL};
/* ة and a final ا: the a of Fatima, the at of Izzat (عزة), the e of
 * Persian and Turkish spellings; after an alef, the t of Najat (نجاة) */
static const char *const L_A_FINAL[] = {"a", "ah", "e", "eh", "at", "et", "aa", NULL};
static const char *const L_A_FINAL_AFTER_A[] = {"a", "ah", "e", "eh", "at", "et", "aa", "",
                                                "t", NULL};
static const char *const L_I_FIRST[] = {"i", "e", "y", "a", NULL};

struct unit {
    const char *arabic;
    const char *const *latin;
};

/* Consonants, longest first where one is a prefix of another. */
static const struct unit consonants[] = {
    {"tsh", L_TSH}, {"th", L_TH}, {"kh", L_KH}, {"dh", L_DH}, {"sh", L_SH},
    {"gh", L_GH},   {"ch", L_CH}, {"zh", L_ZH}, {"ks", L_KS}, {"b", L_B},
    {"t", L_T},     {"j", L_J},   {"h", L_H},   {"d", L_D},   {"r", L_R},   {"z", L_Z},
    {"s", L_S},     {"f", L_F},   {"q", L_Q},   {"k", L_K},   {"l", L_L},
    {"m", L_M},     {"n", L_N},   {"p", L_P},   {"g", L_G},   {"v", L_V},
};

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Whether the Latin letter la[j] may go unwritten: a short vowel, but for
 * a final one other than a silent e; a y between a letter and a
 * consonant (Kylie); an h after a vowel that ends a syllable (Ahlmark,
 * Fatimah). */
static int latin_unwritten(const char *la, size_t ln, size_t j)
{
    char c = la[j];
    if (is_vowel(c))
        return j + 1 < ln || c == 'e';
    if (c == 'y')
        return j > 0 && j + 1 < ln && !is_vowel(la[j + 1]);
    if (c == 'h')
        return j > 0 && is_vowel(la[j - 1]) && (j + 1 == ln || !is_vowel(la[j + 1]));
    return 0;
}

typedef struct search {
    const char *ar, *la;
    size_t an, ln;
    /* per (i, j, whether la[j - 1] was a vowel left unwritten): 0 not yet
     * asked, 1 no, 2 yes */
    uint8_t seen[(AKA__KEY_MAX + 1) * (AKA__KEY_MAX + 1) * 2];
} search;

static int meets(search *s, size_t i, size_t j, int skipped);

/* Whether ي before the last consonant of a short word stands for the e
 * of la before its last consonant: in an Arabic name that e is short
 * (Samer سامر, Salem, Hamed, Majed), the ي the long i of another name
 * (Samir سمير, Salim, Hamid, Majid). */
static int short_e(const search *s, size_t i, size_t j)
{
    return s->an <= 4 && i + 2 == s->an && s->ar[i] == 'y' &&
           !strchr("awy", s->ar[i + 1]) && j + 2 == s->ln && s->la[j] == 'e' &&
           !strchr("aeiouy", s->la[j + 1]);
}

/* Whether the Latin letter at j would be the second of a doubled
 * consonant read as the second of two Arabic letters alike: the script
 * writes a doubled consonant once, and two alike in a row are two
 * syllables whose ayin or vowel between them the normaliser dropped
 * (معمر "mmr" Muammar, not Ammar). */
static int doubled_across(const search *s, size_t i, size_t j)
{
    /* (but the two lams of الله, Abdallah) */
    return i > 0 && j > 0 && s->ar[i] == s->ar[i - 1] && s->la[j] == s->la[j - 1] &&
           !is_vowel(s->la[j]) && s->ar[i] != 'l';
}

/* Whether one of the Latin spellings `opts` of the Arabic unit of `len`
 * letters at i starts la at j, and the rest meets. */
static int try_unit(search *s, size_t i, size_t len, const char *const *opts, size_t j)
{
    if (doubled_across(s, i, j))
        return 0;
    for (; *opts; opts++) {
        size_t n = strlen(*opts);
        if (n <= s->ln - j && memcmp(s->la + j, *opts, n) == 0 &&
            !(n == 1 && short_e(s, i, j)) && meets(s, i + len, j + n, 0))
            return 1;
    }
    return 0;
}

/* Whether the alef and ي at ar[i] of a word of four letters are the ā
 * and the y of its last syllable, CāyiC (زايد Zayed, نايف Nayef), and no
 * diphthong (Zaid is زيد). */
static int ay_syllable(const search *s, size_t i)
{
    return s->an == 4 && i == 1 && s->ar[1] == 'a' && s->ar[2] == 'y' &&
           !strchr("awy", s->ar[3]);
}

/* The spellings of the vowel letter (or diphthong) at ar[i], by place. */
static int try_vowel(search *s, size_t i, size_t j)
{
    const char *ar = s->ar;
    size_t an = s->an;
    int last = i + 1 == an;
    switch (ar[i]) {
    case 'a':
        if (i + 1 < an && (ar[i + 1] == 'y' || ar[i + 1] == 'w') &&
            !ay_syllable(s, i) && try_unit(s, i, 2, ar[i + 1] == 'y' ? L_AY : L_AW, j))
            return 1;
        if (i == 0)
            return try_unit(s, i, 1,
                            an > 1 && (ar[1] == 'w' || ar[1] == 'y') ? L_A_SEAT : L_A_FIRST,
                            j);
        if (last)
            return try_unit(s, i, 1, ar[i - 1] == 'a' ? L_A_FINAL_AFTER_A : L_A_FINAL, j);
        return try_unit(s, i, 1, an <= 4 ? L_A_SHORT_WORD : L_A, j);
    case 'w':
        return try_unit(s, i, 1, last ? L_W_FINAL : L_W, j);
    case 'y':
        if (i == 2 && ay_syllable(s, 1))
            return try_unit(s, i, 1, L_Y_SYLLABLE, j);
        return try_unit(s, i, 1, last ? L_Y_FINAL : L_Y, j);
    case 'i':
        return i == 0 && try_unit(s, i, 1, L_I_FIRST, j);
    default:
        return 0;
    }
}

/* Whether la[j] may go unwritten after la[j - 1] did (`skipped`: a vowel
 * did). Two vowels in a row that spell a long vowel or a diphthong (ee,
 * oo, ou, ai, ei) are written (Hosseini is no حسنی Hosni); two of
 * syllables an ayin or hamza parted need not be (Saad سعد, Muammar معمر). */
static int unwritten_here(const search *s, size_t j, int skipped)
{
    if (!latin_unwritten(s->la, s->ln, j))
        return 0;
    if (!skipped)
        return 1;
    char a = s->la[j - 1], b = s->la[j];
    return !(b == 'i' || (a == b && a != 'a') || (a == 'o' && b == 'u'));
}

static int meets(search *s, size_t i, size_t j, int skipped)
{
    uint8_t *seen = &s->seen[(i * (s->ln + 1) + j) * 2 + (skipped != 0)];
    if (*seen)
        return *seen == 2;
    int ok = 0;
    if (i == s->an) {
        ok = 1;
        for (size_t k = j; k < s->ln && ok; k++) {
            ok = unwritten_here(s, k, skipped);
            skipped = is_vowel(s->la[k]);
        }
    } else {
        ok = j < s->ln && unwritten_here(s, j, skipped) &&
             meets(s, i, j + 1, is_vowel(s->la[j]));
        const char *ar = s->ar + i;
        size_t left = s->an - i;
        for (size_t u = 0; !ok && u < sizeof consonants / sizeof consonants[0]; u++) {
            size_t n = strlen(consonants[u].arabic);
            if (n <= left && memcmp(ar, consonants[u].arabic, n) == 0)
                ok = try_unit(s, i, n,
                              n == 1 && *ar == 'h' && left == 1 ? L_H_FINAL
                                                                : consonants[u].latin,
                              j);
        }
        if (!ok)
            ok = try_vowel(s, i, j);
    }
    *seen = ok ? 2 : 1;
    return ok;
}

int aka__arabic_spells(const char *ar, size_t an, const char *la, size_t ln)
{
    if (an < 3 || ln == 0 || an > AKA__KEY_MAX || ln > AKA__KEY_MAX)
        return 0;
    search s;
    s.ar = ar;
    s.la = la;
    s.an = an;
    s.ln = ln;
    memset(s.seen, 0, (an + 1) * (ln + 1) * 2);
    return meets(&s, 0, 0, 0);
}
