#include "match/abjad_spelling.h"

#include <stdint.h>
#include <string.h>

#include "match/keys.h"
#include "match/letters.h"

/* Arabic script and Hebrew letters write a word's consonants and some of
 * its vowels (Arabic its long ones; Hebrew fewer, with ו and י), and no
 * short vowel; a name from another language written in them takes the
 * nearest letter for each sound they lack. So such a spelling of a name
 * says which consonants a Latin spelling has, in which order, and where
 * it has a long vowel, and little of which vowel: ي is the i, e, ee or ei
 * of Lena, Heidemann and Yilmaz's i unwritten; و the o or u of Hoyt and
 * Oates; Hebrew כ the k, kh, ch or h of Mordechai. The keys of the matcher
 * (aka__rkey, the skeleton) write one spelling of each sound and so part
 * such pairs (ylmaz / yilmaz, lyna / lena, karyjan / kerrigan; mrdky /
 * mordehai). Here the Latin token is read against the other one letter by
 * letter, every letter allowed the Latin spellings of its sound: a search
 * over the positions in both (at most AKA__KEY_MAX squared), memoised. */

/* The Latin spellings of an Arabic letter or digraph, as the normaliser
 * romanises it, NULL-terminated. */
static const char *const L_B[] = {"b", "bb", "p", "pp", NULL};
static const char *const L_T[] = {"t", "tt", "th", NULL};
static const char *const L_TH[] = {"th", "t", "s", "ss", "z", NULL};
/* (and Russian's дж: Наджибуллах, نجیب الله) */
static const char *const L_J[] = {"j", "g", "dj", "dg", "gg", "jj", "zh", "dzh", NULL};
/* (and the kh Russian writes for ح and ه: Ахмадзай, احمدزی; the ch of
 * German and Dutch spellings: Achmed, Mohammed Chassan) */
static const char *const L_H[] = {"h", "hh", "kh", "ch", NULL};
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
/* (ماك, the Mac that Scottish and Irish names write Mc: McGrath ماكغراث) */
static const char *const L_MAK[] = {"mc", "mcc", "mac", "mack", "mak", NULL};
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

/* The Latin spellings of a Hebrew letter as the normaliser romanises it:
 * ב b or v, כ and ך k, kh, ch or h, פ p or f, ש and ס s or sh, צ and ז z or
 * ts, ח and ה h (the normaliser writes both so); ו v or a vowel, י y or a
 * vowel; א and ע are dropped. */
static const char *const H_B[] = {"b", "bb", "v", "vv", "w", NULL};
static const char *const H_G[] = {"g", "gg", "gh", NULL};
static const char *const H_J[] = {"j", "g", "dj", "dg", "dzh", NULL};
static const char *const H_D[] = {"d", "dd", NULL};
static const char *const H_H[] = {"h", "ch", "kh", "hh", "x", NULL};
/* a final ה or ח: a consonant (Noach), or the seat of a final a or e (שרה
 * Sara, משה Moshe); not o, which a ו writes (ברכה Bracha is not Berko;
 * Shlomo, שלמה, the tables know) */
static const char *const H_H_FINAL[] = {"h", "ch", "kh", "", "a", "ah", "e", "eh", NULL};
static const char *const H_Z[] = {"z", "zz", "ts", "tz", "s", "c", "cz", NULL};
static const char *const H_T[] = {"t", "tt", "th", NULL};
static const char *const H_K[] = {"k", "kh", "ch", "h", "c", "ck", "kk", "q", NULL};
static const char *const H_S[] = {"s", "ss", "sh", "sch", "sz", "c", NULL};
static const char *const H_P[] = {"p", "pp", "f", "ff", "ph", NULL};
static const char *const H_Q[] = {"k", "q", "c", "ck", "kk", "qu", NULL};
static const char *const H_CH[] = {"ch", "tch", "tsch", "c", "cz", "tsh", NULL};
static const char *const H_ZH[] = {"zh", "j", "g", "s", "z", NULL};
static const char *const H_W[] = {"v", "w", "o", "u", "oo", "ou", "vv", NULL};
/* (וו, a consonant) */
static const char *const H_WW[] = {"v", "w", "vv", "ww", NULL};
static const char *const H_Y[] = {"y", "i", "e", "ee", "ei", "ai", "ie", "ey", "ay", NULL};
/* (at the start also the j of German and Yiddish spellings: Jakob יעקב) */
static const char *const H_Y_FIRST[] = {"y", "i", "e", "ee", "ei", "ai", "ie", "ey", "ay",
                                        "j", NULL};
/* (יי, a consonant or a diphthong: דיין Dayan, not Din) */
static const char *const H_YY[] = {"y", "yy", "ai", "ei", "ey", "ay", NULL};
/* vowels written with points (niqqud): the quality of each, or a shva the
 * other spelling leaves out */
static const char *const H_VA[] = {"a", "o", "e", "", NULL};
static const char *const H_VE[] = {"e", "i", "a", "", NULL};
static const char *const H_VI[] = {"i", "e", "y", "ee", "", NULL};
static const char *const H_VO[] = {"o", "u", "", NULL};
static const char *const H_VU[] = {"u", "o", "oo", "ou", "", NULL};

struct unit {
    const char *letters;
    const char *const *latin;
};

/* Consonants, longest first where one is a prefix of another. */
static const struct unit arabic_consonants[] = {
    {"mak", L_MAK}, {"tsh", L_TSH}, {"th", L_TH}, {"kh", L_KH}, {"dh", L_DH}, {"sh", L_SH},
    {"gh", L_GH},   {"ch", L_CH}, {"zh", L_ZH}, {"ks", L_KS}, {"b", L_B},
    {"t", L_T},     {"j", L_J},   {"h", L_H},   {"d", L_D},   {"r", L_R},   {"z", L_Z},
    {"s", L_S},     {"f", L_F},   {"q", L_Q},   {"k", L_K},   {"l", L_L},
    {"m", L_M},     {"n", L_N},   {"p", L_P},   {"g", L_G},   {"v", L_V},
};

static const struct unit hebrew_consonants[] = {
    {"zh", H_ZH}, {"ch", H_CH}, {"b", H_B}, {"g", H_G}, {"j", H_J}, {"d", H_D},
    {"h", H_H},   {"z", H_Z},   {"t", H_T}, {"k", H_K}, {"l", L_L}, {"m", L_M},
    {"n", L_N},   {"s", H_S},   {"p", H_P}, {"q", H_Q}, {"r", L_R},
};

/* Whether the Latin letter la[j] may go unwritten: a short vowel, but for
 * a final one other than a silent e; a y between a letter and a
 * consonant (Kylie); an h after a vowel that ends a syllable (Ahlmark,
 * Fatimah). */
static int latin_unwritten(const char *la, size_t ln, size_t j)
{
    char c = la[j];
    if (aka__vowel(c))
        return j + 1 < ln || c == 'e';
    if (c == 'y')
        return j > 0 && j + 1 < ln && !aka__vowel(la[j + 1]);
    if (c == 'h')
        return j > 0 && aka__vowel(la[j - 1]) && (j + 1 == ln || !aka__vowel(la[j + 1]));
    return 0;
}

typedef struct search search;

/* What is read of one script: its consonants, its vowel letters (a
 * function of the place), the spellings of a final h. */
typedef struct script {
    const struct unit *consonants;
    size_t nconsonants;
    int (*vowel)(search *s, size_t i, size_t j);
    const char *const *final_h;
    int arabic; /* the patterns of Arabic names hold (short_e) */
} script;

struct search {
    const script *sc;
    /* ar: the word in the other script, an its letters */
    const char *ar, *la;
    size_t an, ln;
    /* per (i, j, whether la[j - 1] was a vowel left unwritten): 0 not yet
     * asked, 1 no, 2 yes */
    uint8_t seen[(AKA__KEY_MAX + 1) * (AKA__KEY_MAX + 1) * 2];
};

static int meets(search *s, size_t i, size_t j, int skipped);

/* Whether ي before the last consonant of a short word stands for the e
 * of la before its last consonant: in an Arabic name that e is short
 * (Samer سامر, Salem, Hamed, Majed), the ي the long i of another name
 * (Samir سمير, Salim, Hamid, Majid). */
static int short_e(const search *s, size_t i, size_t j)
{
    return s->sc->arabic && s->an <= 4 && i + 2 == s->an && s->ar[i] == 'y' &&
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
           !aka__vowel(s->la[j]) && s->ar[i] != 'l';
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

/* The spellings of the Arabic vowel letter (or diphthong) at ar[i], by
 * place. */
static int arabic_vowel(search *s, size_t i, size_t j)
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

/* The spellings of the Hebrew vowel letter (ו, י, doubled or not) or
 * pointed vowel at ar[i]. */
static int hebrew_vowel(search *s, size_t i, size_t j)
{
    const char *ar = s->ar;
    int twice = i + 1 < s->an && ar[i + 1] == ar[i];
    switch (ar[i]) {
    case 'w':
        return (twice && try_unit(s, i, 2, H_WW, j)) || try_unit(s, i, 1, H_W, j);
    case 'y':
        return (twice && try_unit(s, i, 2, H_YY, j)) ||
               try_unit(s, i, 1, i == 0 ? H_Y_FIRST : H_Y, j);
    case 'a':
        return try_unit(s, i, 1, H_VA, j);
    case 'e':
        return try_unit(s, i, 1, H_VE, j);
    case 'i':
        return try_unit(s, i, 1, H_VI, j);
    case 'o':
        return try_unit(s, i, 1, H_VO, j);
    case 'u':
        return try_unit(s, i, 1, H_VU, j);
    default:
        return 0;
    }
}

static const script arabic = {arabic_consonants,
                              sizeof arabic_consonants / sizeof arabic_consonants[0],
                              arabic_vowel, L_H_FINAL, 1};
static const script hebrew = {hebrew_consonants,
                              sizeof hebrew_consonants / sizeof hebrew_consonants[0],
                              hebrew_vowel, H_H_FINAL, 0};

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
            skipped = aka__vowel(s->la[k]);
        }
    } else {
        ok = j < s->ln && unwritten_here(s, j, skipped) &&
             meets(s, i, j + 1, aka__vowel(s->la[j]));
        const char *ar = s->ar + i;
        size_t left = s->an - i;
        const struct unit *cons = s->sc->consonants;
        for (size_t u = 0; !ok && u < s->sc->nconsonants; u++) {
            size_t n = strlen(cons[u].letters);
            if (n <= left && memcmp(ar, cons[u].letters, n) == 0)
                ok = try_unit(s, i, n,
                              n == 1 && *ar == 'h' && left == 1 ? s->sc->final_h
                                                                : cons[u].latin,
                              j);
        }
        if (!ok)
            ok = s->sc->vowel(s, i, j);
    }
    *seen = ok ? 2 : 1;
    return ok;
}

static int spells(const script *sc, const char *ar, size_t an, const char *la, size_t ln)
{
    if (an < 3 || ln == 0 || an > AKA__KEY_MAX || ln > AKA__KEY_MAX)
        return 0;
    search s;
    s.sc = sc;
    s.ar = ar;
    s.la = la;
    s.an = an;
    s.ln = ln;
    memset(s.seen, 0, (an + 1) * (ln + 1) * 2);
    return meets(&s, 0, 0, 0);
}

int aka__arabic_spells(const char *ar, size_t an, const char *la, size_t ln)
{
    return spells(&arabic, ar, an, la, ln);
}

int aka__hebrew_spells(const char *he, size_t hn, const char *la, size_t ln)
{
    return spells(&hebrew, he, hn, la, ln);
}
