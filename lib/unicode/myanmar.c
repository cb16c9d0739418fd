/* Burmese names in their popular Latin spelling.
 *
 * What the reading does. A run of Myanmar letters is cut into written
 * syllables: an initial (a consonant or an independent vowel), its
 * medials (ျ ြ y, ွ w, ှ h), its vowel signs, and a final consonant,
 * one marked with asat ် or written as the upper half of a stack with ္
 * (သန္တာ than-dar; kinzi, င်္, is a final ng of the same kind). The
 * initial is spelled as names spell it, not letter for letter: ကျ ky,
 * ချ ch, ဂျ j, မြ my, ငြ ny, ှ before a sonorant h (လှ hla, နှင်း
 * hnin), ရှ ယှ လျှ sh (ရွှေ shwe). The rhyme, vowel and final together,
 * is written as a whole, as passports and the press write it: ောင်
 * aung, ိုင် aing (ခိုင် khine), ိန် ိမ် ein, ုန် one (ohn without an
 * initial), ွန် un, ိ i (ei without one: အိ Ei), ည် i, က် et, ိုး oe
 * (but phyo, myo after a y), ေ ay (we after ွ, wai for ဝေ, aye for
 * အေ), ာ ar (Sandar, Nilar, Yadanar),
 * ူး oo (Htoo, Oo; the first ဦး of a word, the honorific, is u). The
 * creaky dot after a nasal final is written t (မြင့် myint, သန့် thant,
 * ညွန့် nyunt). တ after an open or nasal syllable of the same word is
 * voiced, d (ရတနာ ya-da-nar, မန္တလေး man-da-lay), and a voiced တာ after
 * an open one is da (သီတာ thi-da). The dot and visarga are not written
 * apart from the rules above. The digits ၀ and ၇ typed among letters
 * for ဝ and ရ (၀င်း for ဝင်း) are read as those letters.
 *
 * What it cannot do. There is no dictionary, and Burmese spells neither
 * word boundaries nor sound changes. Voicing is guessed from the syllable
 * before, and only for တ: bearers write one name both ways (Thida,
 * Thita), and a consonant voiced in speech across other letters or across
 * two names run together stays plain (စုကြည် su kyi, as it is written).
 * Tone is not written. ရ is always y, never the r of Pali words (သူရ
 * thu-ya, Thura). Each rhyme has one spelling where bearers use several
 * (ထွန်း tun or htun, နေ nay or ne, ာ ar or a: ခွန်ဆာ khun sar, Khun Sa;
 * ဝေ wai, way or wei). Shan, Mon, Karen, Khamti and Tai Laing letters get
 * rough consonant values and their own vowel signs are not read. Text
 * typed in the Zawgyi font encoding, not Unicode, is read as the Unicode
 * letters its code points are, which is wrong. */
#include "unicode/myanmar.h"

#include <string.h>

/* Letters and signs the rules name. */
enum {
    MY_KA = 0x1000,      /* က */
    MY_KHA = 0x1001,     /* ခ */
    MY_GA = 0x1002,      /* ဂ */
    MY_NGA = 0x1004,     /* င */
    MY_NNYA = 0x1009,    /* ဉ */
    MY_TA = 0x1010,      /* တ */
    MY_HTA = 0x1011,     /* ထ */
    MY_MA = 0x1019,      /* မ */
    MY_YA = 0x101A,      /* ယ */
    MY_RA = 0x101B,      /* ရ */
    MY_LA = 0x101C,      /* လ */
    MY_WA = 0x101D,      /* ဝ */
    MY_A = 0x1021,       /* အ */
    MY_U = 0x1025,       /* ဥ */
    MY_UU = 0x1026,      /* ဦ */
    MY_TALL_AA = 0x102B, /* ါ */
    MY_AA = 0x102C,      /* ာ */
    MY_I = 0x102D,       /* ိ */
    MY_II = 0x102E,      /* ီ */
    MY_SU = 0x102F,      /* ု */
    MY_SUU = 0x1030,     /* ူ */
    MY_E = 0x1031,       /* ေ */
    MY_AI = 0x1032,      /* ဲ */
    MY_ANUSVARA = 0x1036, /* ံ */
    MY_DOT = 0x1037,     /* ့ creaky tone */
    MY_VISARGA = 0x1038, /* း heavy tone */
    MY_VIRAMA = 0x1039,  /* ္ stacks the next consonant */
    MY_ASAT = 0x103A,    /* ် kills the vowel */
    MY_MED_Y = 0x103B,   /* ျ */
    MY_MED_R = 0x103C,   /* ြ */
    MY_MED_W = 0x103D,   /* ွ */
    MY_MED_H = 0x103E,   /* ှ */
    MY_DIGIT_0 = 0x1040,
    MY_DIGIT_7 = 0x1047,
    SHAN_DIGIT_0 = 0x1090,
    TAI_LAING_DIGIT_0 = 0xA9F0
};

/* How a consonant sounds closing a syllable. */
enum { F_NONE, F_K, F_NG, F_C, F_NY, F_T, F_N, F_P, F_M, F_Y, F_ANUS };

typedef struct letter {
    char ini[3];  /* spelling as an initial */
    uint8_t fin;  /* F_*: as a final (F_NONE: silent, as in loanwords) */
} letter;

/* က..အ. ဉ closes a syllable as "in", like င; ည as "i". */
static const letter core[34] = {
    {"k", F_K},   {"kh", F_K},  {"g", F_K},   {"g", F_K},   {"ng", F_NG},
    {"s", F_C},   {"s", F_C},   {"z", F_C},   {"z", F_C},   {"ny", F_NG},
    {"ny", F_NY}, {"t", F_T},   {"ht", F_T},  {"d", F_T},   {"d", F_T},
    {"n", F_N},   {"t", F_T},   {"ht", F_T},  {"d", F_T},   {"d", F_T},
    {"n", F_N},   {"p", F_P},   {"ph", F_P},  {"b", F_P},   {"b", F_P},
    {"m", F_M},   {"y", F_Y},   {"y", F_NONE}, {"l", F_NONE}, {"w", F_NONE},
    {"th", F_NONE}, {"h", F_NONE}, {"l", F_NONE}, {"", F_NONE}};

/* Consonants outside က..အ: great sa, Pali sha and ssa, and the Mon,
 * Karen, Shan, Khamti, Tai Laing and Palaung letters, by their nearest
 * Burmese sound (their own vowel signs are not read). */
static const struct {
    UChar cp;
    letter l;
} extra[] = {
    {0x103F, {"th", F_T}}, {0x1050, {"sh", F_NONE}}, {0x1051, {"s", F_NONE}},
    {0x105A, {"ng", F_NG}}, {0x105B, {"j", F_NONE}}, {0x105C, {"b", F_P}},
    {0x105D, {"b", F_P}},   {0x1061, {"sh", F_NONE}}, {0x1065, {"th", F_T}},
    {0x1066, {"p", F_P}},   {0x106E, {"n", F_N}},   {0x106F, {"y", F_Y}},
    {0x1070, {"g", F_K}},   {0x1075, {"k", F_K}},   {0x1076, {"kh", F_K}},
    {0x1077, {"g", F_K}},   {0x1078, {"ch", F_C}},  {0x1079, {"z", F_C}},
    {0x107A, {"ny", F_NY}}, {0x107B, {"d", F_T}},   {0x107C, {"n", F_N}},
    {0x107D, {"ph", F_P}},  {0x107E, {"f", F_P}},   {0x107F, {"b", F_P}},
    {0x1080, {"th", F_T}},  {0x1081, {"h", F_NONE}}, {0x108E, {"f", F_P}},
    {0xA9E0, {"g", F_K}},   {0xA9E1, {"ch", F_C}},  {0xA9E2, {"j", F_C}},
    {0xA9E3, {"n", F_N}},   {0xA9E4, {"b", F_P}},   {0xA9E7, {"ny", F_NY}},
    {0xA9E8, {"f", F_P}},   {0xA9E9, {"g", F_K}},   {0xA9EA, {"g", F_K}},
    {0xA9EB, {"j", F_C}},   {0xA9EC, {"j", F_C}},   {0xA9ED, {"d", F_T}},
    {0xA9EE, {"d", F_T}},   {0xA9EF, {"n", F_N}},   {0xA9FA, {"l", F_NONE}},
    {0xA9FB, {"d", F_T}},   {0xA9FC, {"d", F_T}},   {0xA9FD, {"b", F_P}},
    {0xA9FE, {"b", F_P}},   {0xAA60, {"g", F_K}},   {0xAA61, {"ch", F_C}},
    {0xAA62, {"ch", F_C}},  {0xAA63, {"j", F_C}},   {0xAA64, {"j", F_C}},
    {0xAA65, {"ny", F_NY}}, {0xAA66, {"t", F_T}},   {0xAA67, {"ht", F_T}},
    {0xAA68, {"d", F_T}},   {0xAA69, {"d", F_T}},   {0xAA6A, {"d", F_T}},
    {0xAA6B, {"n", F_N}},   {0xAA6C, {"s", F_C}},   {0xAA6D, {"h", F_NONE}},
    {0xAA6E, {"h", F_NONE}}, {0xAA6F, {"f", F_P}},  {0xAA71, {"kh", F_K}},
    {0xAA72, {"z", F_C}},   {0xAA73, {"r", F_NONE}}, {0xAA7A, {"r", F_NONE}},
    {0xAA7E, {"ch", F_C}},  {0xAA7F, {"sh", F_NONE}}};

/* The consonant c, or NULL. */
static const letter *cons(UChar c)
{
    if (c >= MY_KA && c <= MY_A)
        return &core[c - MY_KA];
    if (c < 0x103F) /* the vowels and signs between: the common case */
        return NULL;
    for (size_t k = 0; k < sizeof extra / sizeof extra[0]; k++)
        if (extra[k].cp == c)
            return &extra[k].l;
    return NULL;
}

/* Vowel signs as bits, so that the order they are typed in does not
 * matter (ေ + ာ is "aw" whichever came first). */
enum {
    VB_AA = 1, VB_I = 2, VB_II = 4, VB_U = 8, VB_UU = 16, VB_E = 32,
    VB_AI = 64, VB_ANUS = 128
};

/* Independent vowels: the initial they stand for and their vowel. */
static int indep(UChar c, const char **ini, unsigned *vow)
{
    *ini = "";
    switch (c) {
    case 0x1022: *vow = 0; return 1;               /* Shan a */
    case 0x1023: *vow = VB_I; return 1;            /* ဣ */
    case 0x1024: *vow = VB_II; return 1;           /* ဤ */
    case MY_U: *vow = VB_U; return 1;              /* ဥ */
    case MY_UU: *vow = VB_UU; return 1;            /* ဦ */
    case 0x1027: case 0x1028: *vow = VB_E; return 1; /* ဧ, Mon e */
    case 0x1029: case 0x102A: *vow = VB_E | VB_AA; return 1; /* ဩ ဪ */
    case 0x1052: case 0x1053: *ini = "r"; *vow = VB_I; return 1;
    case 0x1054: case 0x1055: *ini = "l"; *vow = VB_I; return 1;
    default: return 0;
    }
}

static unsigned vowel_bit(UChar c)
{
    switch (c) {
    case MY_TALL_AA: case MY_AA: return VB_AA;
    case MY_I: return VB_I;
    case MY_II: return VB_II;
    case MY_SU: return VB_U;
    case MY_SUU: return VB_UU;
    case MY_E: return VB_E;
    case MY_AI: return VB_AI;
    case MY_ANUSVARA: return VB_ANUS;
    default: return 0;
    }
}

static int is_block(UChar c)
{
    return (c >= 0x1000 && c <= 0x109F) || (c >= 0xA9E0 && c <= 0xA9FF) ||
           (c >= 0xAA60 && c <= 0xAA7F);
}

/* The ASCII digit of a Myanmar, Shan or Tai Laing digit, else 0. */
static char my_digit(UChar c)
{
    if (c >= MY_DIGIT_0 && c <= MY_DIGIT_0 + 9)
        return (char)('0' + (c - MY_DIGIT_0));
    if (c >= SHAN_DIGIT_0 && c <= SHAN_DIGIT_0 + 9)
        return (char)('0' + (c - SHAN_DIGIT_0));
    if (c >= TAI_LAING_DIGIT_0 && c <= TAI_LAING_DIGIT_0 + 9)
        return (char)('0' + (c - TAI_LAING_DIGIT_0));
    return 0;
}

/* Punctuation and symbols of the blocks: they part words. */
static int is_punct(UChar c)
{
    return (c >= 0x104A && c <= 0x104F) || c == 0x109E || c == 0x109F ||
           (c >= 0xAA77 && c <= 0xAA79);
}

/* Letters and signs of a syllable: everything of the blocks that is no
 * digit or punctuation. What the rules do not know is read as silent. */
static int is_text(UChar c)
{
    return is_block(c) && !my_digit(c) && !is_punct(c);
}

/* ---- Cleaning: typing slips that change no meaning ---- */

static int any_digit(UChar c)
{
    return (c >= '0' && c <= '9') || my_digit(c);
}

/* Copy p into t, righting what keyboards make easy to get wrong: the
 * digit ၀ typed for the letter ဝ (၀င်း for ဝင်း, Win) and ၇ for ရ,
 * when a Myanmar letter or sign stands beside it and no digit does; ဥ
 * for ဉ before asat; ဥ + ီ for ဦ. t may be shorter than p, never longer. */
static int32_t clean(const UChar *p, int32_t len, UChar *t)
{
    int32_t n = 0;
    for (int32_t i = 0; i < len; i++) {
        UChar c = p[i];
        UChar pr = i > 0 ? p[i - 1] : 0, nx = i + 1 < len ? p[i + 1] : 0;
        if ((c == MY_DIGIT_0 || c == MY_DIGIT_7) && !any_digit(pr) &&
            !any_digit(nx) && (is_text(pr) || is_text(nx)))
            c = c == MY_DIGIT_0 ? MY_WA : MY_RA;
        if (c == MY_U) {
            int32_t k = i + 1;
            if (k < len && p[k] == MY_DOT)
                k++;
            if (k < len && p[k] == MY_ASAT)
                c = MY_NNYA;
            else if (nx == MY_II) {
                c = MY_UU;
                i++;
            }
        }
        t[n++] = c;
    }
    return n;
}

/* ---- Syllables ---- */

enum { M_Y = 1, M_R = 2, M_W = 4, M_H = 8 };

typedef struct syl {
    UChar base;    /* consonant or independent vowel; 0 if none */
    unsigned med;  /* M_* */
    unsigned vow;  /* VB_* of the vowel signs */
    UChar fin;     /* final consonant; 0 if none */
    int creaky;    /* ့ */
    int visarga;   /* း */
} syl;

typedef struct myp {
    const UChar *a; /* one run of Myanmar text, cleaned */
    int32_t n;
    aka__sb *out;
    aka_status st;
    int nsyl;       /* syllables read from this run */
    int prev_fin;   /* F_* closing the syllable before */
} myp;

/* A small bounded string for one syllable's spelling. */
typedef struct spell {
    char s[24];
    size_t n;
} spell;

static void cat(spell *b, const char *s)
{
    size_t k = strlen(s);
    if (k > sizeof b->s - 1 - b->n)
        k = sizeof b->s - 1 - b->n;
    memcpy(b->s + b->n, s, k);
    b->n += k;
    b->s[b->n] = '\0';
}

static char last_of(const spell *b)
{
    return b->n ? b->s[b->n - 1] : 0;
}

/* The index after the mark that kills the consonant at k - 1 (asat or
 * virama, maybe after the creaky dot), or 0 when it is not killed. */
static int32_t killed(const myp *P, int32_t k)
{
    if (k < P->n && P->a[k] == MY_DOT)
        k++;
    if (k < P->n && (P->a[k] == MY_ASAT || P->a[k] == MY_VIRAMA))
        return k + 1;
    return 0;
}

/* Read one syllable from i into *s; returns the index after it. */
static int32_t parse(const myp *P, int32_t i, syl *s)
{
    memset(s, 0, sizeof *s);
    const char *ini;
    unsigned v;
    int32_t j = i;
    UChar c = P->a[j];
    if (cons(c) || indep(c, &ini, &v)) {
        int32_t k = cons(c) ? killed(P, j + 1) : 0;
        if (k) {
            /* A killed consonant with no syllable to close (asat or a
             * stack at the start of a word): no sound. */
            return k;
        }
        s->base = c;
        j++;
    }
    for (; j < P->n; j++) {
        c = P->a[j];
        if (cons(c) || indep(c, &ini, &v))
            break;
        switch (c) {
        case MY_MED_Y: s->med |= M_Y; break;
        case MY_MED_R: s->med |= M_R; break;
        case MY_MED_W: s->med |= M_W; break;
        case MY_MED_H: s->med |= M_H; break;
        case MY_DOT: s->creaky = 1; break;
        case MY_VISARGA: s->visarga = 1; break;
        default: s->vow |= vowel_bit(c); break; /* asat, virama: nothing */
        }
    }
    if (j < P->n && cons(P->a[j])) {
        int32_t k = killed(P, j + 1);
        if (k) {
            s->fin = P->a[j];
            s->creaky |= P->a[j + 1] == MY_DOT;
            j = k;
            /* Tone marks after the final, and the virama of kinzi. */
            while (j < P->n && (P->a[j] == MY_DOT || P->a[j] == MY_VISARGA ||
                                P->a[j] == MY_ASAT || P->a[j] == MY_VIRAMA)) {
                if (P->a[j] == MY_DOT)
                    s->creaky = 1;
                if (P->a[j] == MY_VISARGA)
                    s->visarga = 1;
                j++;
            }
        }
    }
    return j > i ? j : i + 1;
}

static int fin_class(const syl *s)
{
    if (s->fin)
        return cons(s->fin)->fin;
    return (s->vow & VB_ANUS) ? F_ANUS : F_NONE;
}

static int nasal(int f)
{
    return f == F_NG || f == F_N || f == F_M || f == F_ANUS;
}

static int stop(int f)
{
    return f == F_K || f == F_C || f == F_T || f == F_P;
}

/* The initial: consonant and medials as names spell them. */
static void onset(const syl *s, spell *b)
{
    const letter *l = s->base ? cons(s->base) : NULL;
    const char *ini = "";
    unsigned v;
    if (!l) {
        if (s->base)
            indep(s->base, &ini, &v);
        cat(b, ini);
        return;
    }
    UChar c = s->base;
    int y = (s->med & (M_Y | M_R)) != 0;
    if ((s->med & M_H) &&
        (c == MY_RA || c == MY_YA || (c == MY_LA && y))) {
        cat(b, "sh");
        return;
    }
    if ((s->med & M_H) && (c == MY_NGA || c == MY_NNYA || c == 0x100A ||
                           c == 0x1014 || c == MY_MA || c == MY_LA ||
                           c == MY_WA || c == 0x100F))
        cat(b, "h");
    if (!y) {
        cat(b, l->ini);
        return;
    }
    switch (c) {
    case MY_KA: cat(b, "ky"); break;
    case MY_KHA: cat(b, "ch"); break;
    case MY_GA: cat(b, (s->med & M_Y) ? "j" : "gy"); break;
    case MY_NGA: cat(b, "ny"); break;
    default:
        cat(b, l->ini);
        if (last_of(b) != 'y')
            cat(b, "y");
    }
}

/* Spell one syllable into b. */
static void spell_syl(const myp *P, const syl *s, spell *b)
{
    unsigned v = s->vow & ~(unsigned)VB_ANUS;
    const char *ini;
    unsigned iv;
    if (s->base && !cons(s->base) && indep(s->base, &ini, &iv) && !v)
        v = iv;
    int f = fin_class(s);
    int w = (s->med & M_W) != 0;
    /* ွ before a nasal or a stop of the a vowel is the vowel u itself
     * (ထွန်း tun, ညွန့် nyunt, ခွန် khun); elsewhere it is w (ရွှေ shwe,
     * နွယ် nwe, လွင် lwin). */
    int w_vowel = w && v == 0 && (f == F_N || f == F_M || f == F_ANUS ||
                                  f == F_T || f == F_P);
    syl o = *s;
    if (w_vowel)
        o.med &= ~(unsigned)M_W;
    onset(&o, b);
    if (w && !w_vowel)
        cat(b, "w");
    int bare = s->base && s->med == 0;
    /* Pali words voice တ after an open or nasal syllable: ရတနာ, သီတာ. */
    int voiced = bare && s->base == MY_TA && f == F_NONE &&
                 (v == 0 || v == VB_AA) && P->nsyl > 0 && !stop(P->prev_fin);
    if (voiced) {
        b->n = 0;
        cat(b, "d");
    }
    int empty = b->n == 0;
    const char *r = "";
    if (w_vowel) {
        if (s->base == MY_HTA && f != F_T && f != F_P) {
            b->n = 0;
            cat(b, "t"); /* ထွန်း: Tun far more often than Htun */
        }
        r = f == F_T || f == F_P ? "ut" : s->base == MY_MA ? "on" : "un";
    } else if ((v & VB_E) && (v & VB_AA)) {
        r = f == F_NG ? "aung" : f == F_K ? "auk" : "aw";
    } else if (v & VB_E) {
        if (bare && s->base == MY_WA)
            r = "ai";
        else if (w)
            r = "e";
        else
            r = empty ? "aye" : "ay";
    } else if ((v & (VB_I | VB_II)) && (v & (VB_U | VB_UU))) {
        if (f == F_NG)
            r = strcmp(b->s, "kh") == 0 ? "ine" : "aing";
        else if (f == F_K)
            r = "aik";
        else if (s->visarga && !empty && last_of(b) != 'y' &&
                 last_of(b) != 'h')
            r = "oe";
        else
            r = "o";
    } else if (v & VB_AI) {
        r = "e";
    } else if (v & (VB_I | VB_II)) {
        if (stop(f))
            r = "eik";
        else if (nasal(f) || f == F_NY)
            r = "ein";
        else
            r = empty ? "ei" : "i"; /* အိ Ei */
    } else if (v & (VB_U | VB_UU)) {
        if (stop(f))
            r = "oke";
        else if (nasal(f) || f == F_NY)
            r = empty ? "ohn" : "one";
        else if ((v & VB_UU) && s->visarga)
            /* ဦး opening a word is the honorific U; elsewhere Oo. */
            r = s->base == MY_UU && P->nsyl == 0 ? "u" : "oo";
        else
            r = "u";
    } else {
        static const char *const a_rhyme[] = {"a", "et", "in", "it", "i",
                                              "at", "an", "at", "an", "e",
                                              "an"};
        r = a_rhyme[f];
        if (f == F_NY && s->creaky)
            r = "ae"; /* ပြည့် pyae */
        if (f == F_NONE && (v & VB_AA))
            r = voiced && P->prev_fin == F_NONE ? "a" : "ar";
    }
    cat(b, r);
    if (s->creaky && nasal(f) && last_of(b) == 'n' &&
        !(v & (VB_U | VB_UU)))
        cat(b, "t");
}

/* One run of cleaned Myanmar text: one token per syllable. */
static aka_status myanmar_run(const UChar *a, int32_t n, aka__sb *out)
{
    myp P = {a, n, out, AKA_OK, 0, F_NONE};
    for (int32_t i = 0; i < n && P.st == AKA_OK;) {
        syl s;
        i = parse(&P, i, &s);
        /* Signs alone (a tone mark, a medial, asat) make no syllable. */
        if (!s.base && !s.vow && !s.fin)
            continue;
        spell b = {{0}, 0};
        spell_syl(&P, &s, &b);
        P.nsyl++;
        P.prev_fin = fin_class(&s);
        if (b.n)
            P.st = aka__sb_append_token(out, b.s, b.n);
    }
    return P.st;
}

aka_status aka__myanmar_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                              aka__sb *out)
{
    if (len <= 0)
        return AKA_OK;
    aka_status st = aka__u16_reserve(tmp, len + 1);
    if (st != AKA_OK)
        return st;
    int32_t n = clean(p, len, tmp->p);
    tmp->len = n;
    const UChar *t = tmp->p;
    int in_token = 0;
    for (int32_t i = 0; i < n && st == AKA_OK;) {
        UChar c = t[i];
        char ascii = my_digit(c);
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            ascii = (char)c;
        else if (c >= 'A' && c <= 'Z')
            ascii = (char)(c + 32);
        if (ascii) {
            if (!in_token && out->len > 0 && out->p[out->len - 1] != ' ')
                st = aka__sb_append_char(out, ' ');
            if (st == AKA_OK)
                st = aka__sb_append_char(out, ascii);
            in_token = 1;
            i++;
            continue;
        }
        in_token = 0;
        if (!is_text(c)) {
            i++;
            continue;
        }
        int32_t j = i;
        while (j < n && is_text(t[j]))
            j++;
        st = myanmar_run(t + i, j - i, out);
        i = j;
    }
    return st;
}
