/* Khmer in the popular romanisation.
 *
 * Cambodians write their names in Latin by a French-influenced habit, not
 * by UNGEGN or ALA-LC: ហ៊ុន សែន Hun Sen, សុខ Sok, ជា Chea, កែវ Keo,
 * ស្រី Srey, វណ្ណា Vanna. The spelling of a vowel depends on the series of
 * the consonant before it (ា is "a" after the a-series ក and "ea" after
 * the o-series ជ), so letters cannot be read one at a time, and ICU has no
 * Khmer transform at all. This file reads a run of Khmer letters as
 * syllables:
 *
 * - A unit is a consonant (or an independent vowel) with the subscripts
 *   written under it with coeng ្, its vowel sign and its signs.
 * - The series is the consonant's, moved by ៉ (to the a-series: ម៉ៅ "mao",
 *   and ប៉ "p") or ៊ (to the o-series: ហ៊ុន "hun"); in a cluster, a
 *   subscript that is not a sonorant gives its own series (ស្គ is o).
 * - A unit without a vowel sign carries the unwritten vowel: "a" after the
 *   a-series, "o" after the o-series in a closed syllable (រស់ "ros"), with
 *   the shapes popular spelling gives it before ក ("eak": លក្ខណ៍ "leak"),
 *   a doubled nasal ("a": វណ្ណា "vanna") and ន with a subscript ("u":
 *   សុគន្ធ "sokun"); "a" in an open syllable before another, "or" or "o"
 *   in a word of one letter (ស "sor").
 * - ា is "ea" after the o-series (ជា "chea"), but "a" ending a word after
 *   an o-series sonorant (វាសនា "veasna", មករា "makara").
 * - A bare unit after a syllable closes it (សុខ "sok") unless it begins
 *   one of its own, which it does before a bare consonant that ends the
 *   word (កុសល "ko-sal"), before a cluster that splits (សុវណ្ណ
 *   "so-vann"), and after an unwritten vowel before a written one (មករា
 *   "ma-ka-ra").
 * - A cluster after a syllable that can still close is split between the
 *   two when it cannot begin a Khmer syllable: a doubled letter, two of
 *   one place (ទ្ធ, ប្ផ), a nasal before another; after an unwritten vowel
 *   always. The first consonant closes the syllable before, the rest begin
 *   the next (សម្បត្តិ "sam-bat"). A stop before an aspirate of its place
 *   is written once (វុទ្ធី "vuthy", បុប្ផា "bopha"). At the end of a word
 *   the rest is silent, and so is a final ិ on it (សម្បត្តិ), an aspirate
 *   left as an h (ពិសិដ្ឋ "piseth").
 * - Bantoc ់ shortens the vowel (ចាន់ "chan"), nikahit ំ is "am" or "om"
 *   alone (សំរិន "samrin", ភ្នំ "phnom") and "om" or "um" after ុ (អ៊ុំ
 *   "um"), reahmuk ះ a final h, yuukaleapintu ៈ "ak" (វណ្ណៈ "vannak");
 *   toandakhiat ៍ silences its consonant, and robat ៌ a bare one.
 * - A subscript ត opening a syllable is d (ចិន្តា "chenda"): it is drawn
 *   as subscript ដ is, and writers use the two alike.
 * - Finals by sound: k, ng, ch, nh, t, n, p, m, y, l, s, h; វ is "o" after
 *   ែ (កែវ "keo") and "v" elsewhere (ខៀវ "khiev"); រ is written "r" as
 *   popular spelling often does (សារ "sar").
 *
 * What it cannot do: there is no dictionary, so syllable boundaries are
 * guessed from the spelling. Pali and Sanskrit words lose or keep their
 * unwritten vowels by these rules, not by usage (ឧត្តម comes out
 * "oudam", not Oudom; ធីតា "thita", not Thida); the same letters are
 * spelt differently by different families (Sok, Sokh; Chan, Chhan; Eam,
 * Iem) and the reading gives one of them; ិ after the a-series is "i" in
 * a native syllable (សិន "sin") and "e" before a Pali cluster (វិចិត្រ
 * "vichet"), a guess; words said otherwise than their series says (មុំ
 * of Sreymom, said "mom") come out by the rule ("mum"). Pure computation
 * on const tables: safe from any thread. */
#include "unicode/khmer.h"

#include "unicode/runs.h"

#include <string.h>

enum {
    KH_KA = 0x1780,     /* ក, first consonant */
    KH_NGO = 0x1784,    /* ង */
    KH_NYO = 0x1789,    /* ញ */
    KH_NA = 0x178E,     /* ណ */
    KH_NO = 0x1793,     /* ន */
    KH_BA = 0x1794,     /* ប */
    KH_MO = 0x1798,     /* ម */
    KH_YO = 0x1799,     /* យ */
    KH_RO = 0x179A,     /* រ */
    KH_LO = 0x179B,     /* ល */
    KH_VO = 0x179C,     /* វ */
    KH_QA = 0x17A2,     /* អ, last consonant */
    KH_QAQ = 0x17A3,    /* ឣ, first independent vowel */
    KH_AU = 0x17B3,     /* ឳ, last independent vowel */
    KH_AA = 0x17B6,     /* ា, first vowel sign */
    KH_I = 0x17B7,      /* ិ */
    KH_II = 0x17B8,     /* ី */
    KH_Y = 0x17B9,      /* ឹ */
    KH_U = 0x17BB,      /* ុ */
    KH_UA = 0x17BD,     /* ួ */
    KH_AE = 0x17C2,     /* ែ */
    KH_AU_SIGN = 0x17C5, /* ៅ, last vowel sign */
    KH_NIKAHIT = 0x17C6, /* ំ */
    KH_REAHMUK = 0x17C7, /* ះ */
    KH_YUUKAL = 0x17C8, /* ៈ */
    KH_MUUSIK = 0x17C9, /* ៉ */
    KH_TRIISAP = 0x17CA, /* ៊ */
    KH_BANTOC = 0x17CB, /* ់ */
    KH_ROBAT = 0x17CC,  /* ៌ */
    KH_TOANDA = 0x17CD, /* ៍ */
    KH_SAMYOK = 0x17D0, /* ័ */
    KH_VIRIAM = 0x17D1, /* ៑ */
    KH_COENG = 0x17D2,  /* ្ */
    KH_DIGIT_0 = 0x17E0
};

#define NCONS 35

/* ក..អ: sound at the start of a syllable, sound closing one, and series
 * (1 for the o-series). */
static const char *const kh_initial[NCONS] = {
    "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh",
    "d", "th", "d", "th", "n", "t", "th", "t", "th", "n",
    "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s",
    "s", "s", "h", "l", ""};
static const char *const kh_final[NCONS] = {
    "k", "k", "k", "k", "ng", "ch", "ch", "ch", "ch", "nh",
    "t", "t", "t", "t", "n", "t", "t", "t", "t", "n",
    "p", "p", "p", "p", "m", "y", "r", "l", "v", "s",
    "s", "s", "h", "l", ""};
static const unsigned char kh_oseries[NCONS] = {
    0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1,
    1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0};

/* ឣ..ឳ, as popular spelling writes them alone. */
static const char *const kh_indep[KH_AU - KH_QAQ + 1] = {
    "a", "a", "e", "ei", "ou", "ou", "ou", "ov", "ri", "reu", "li", "leu",
    "e", "ai", "o", "o", "au"};

/* ា..ៅ after the a-series and the o-series; the cases that depend on
 * more than the series are in vowel(). */
static const char *const kh_vowel[2][KH_AU_SIGN - KH_AA + 1] = {
    {"a", "i", "ei", "e", "eu", "o", "o", "uo", "aeu", "oeu", "ie", "e",
     "e", "ai", "o", "ao"},
    {"ea", "i", "i", "i", "eu", "u", "u", "uo", "eu", "oeu", "ie", "e",
     "e", "ey", "o", "ov"}};

static int is_cons(UChar c)
{
    return c >= KH_KA && c <= KH_QA;
}

static int is_indep(UChar c)
{
    return c >= KH_QAQ && c <= KH_AU;
}

static int is_vowel_sign(UChar c)
{
    return c >= KH_AA && c <= KH_AU_SIGN;
}

static int ix(UChar c)
{
    return c - KH_KA;
}

/* Place of articulation of the 25 consonants of the grid (ក..ម), by
 * rows of five; -1 for the others. */
static int place(UChar c)
{
    return ix(c) < 25 ? ix(c) / 5 : -1;
}

static int is_nasal(UChar c)
{
    return ix(c) < 25 && ix(c) % 5 == 4;
}

static int is_stop(UChar c)
{
    return ix(c) < 25 && ix(c) % 5 != 4;
}

static int is_aspirate(UChar c)
{
    int k = ix(c);
    return k < 25 && (k % 5 == 1 || k % 5 == 3);
}

static int is_sonorant(UChar c)
{
    return is_nasal(c) || c == KH_YO || c == KH_RO || c == KH_LO ||
           c == KH_VO;
}

/* ---- Units ---- */

enum {
    F_NIKAHIT = 1, F_REAHMUK = 2, F_YUUKAL = 4, F_BANTOC = 8,
    F_SILENT = 16, F_SAMYOK = 32, F_KILLED = 64
};

/* At most this many consonants in one stack (ស្ត្រ has three); more
 * subscripts are read past and ignored. */
#define STACK 4

typedef struct kunit {
    int32_t end;          /* index after the unit */
    UChar cons[STACK];    /* the consonant, then its subscripts */
    int ncons;
    UChar indep;          /* an independent vowel instead, or 0 */
    UChar vowel;          /* the first vowel sign, or 0 */
    int shift;            /* 0, or 'a' for ៉, 'o' for ៊ */
    unsigned flags;       /* F_* */
} kunit;

typedef struct khp {
    const UChar *a;       /* one run of Khmer text */
    int32_t n;
    aka__sb *out;
    aka_status st;
} khp;

/* The unit at i (< n). Always consumes at least one code unit, so that
 * no sequence can stall the reader. */
static kunit unit_at(const khp *P, int32_t i)
{
    kunit u;
    memset(&u, 0, sizeof u);
    int32_t start = i;
    UChar c = P->a[i];
    if (is_cons(c)) {
        u.cons[u.ncons++] = c;
        i++;
    } else if (is_indep(c)) {
        u.indep = c;
        i++;
    }
    while (i < P->n) {
        c = P->a[i];
        if (c == KH_COENG) {
            /* A coeng with no consonant after it (at the end, before a
             * sign) is dropped. */
            if (i + 1 < P->n && is_cons(P->a[i + 1])) {
                if (u.ncons < STACK && (u.ncons > 0 || u.indep))
                    u.cons[u.ncons++] = P->a[i + 1];
                i += 2;
            } else {
                i++;
            }
            continue;
        }
        if (is_cons(c) || is_indep(c))
            break;
        if (is_vowel_sign(c)) {
            if (!u.vowel)
                u.vowel = c;
        } else if (c == KH_MUUSIK) {
            u.shift = 'a';
        } else if (c == KH_TRIISAP) {
            u.shift = 'o';
        } else if (c == KH_NIKAHIT) {
            u.flags |= F_NIKAHIT;
        } else if (c == KH_REAHMUK) {
            u.flags |= F_REAHMUK;
        } else if (c == KH_YUUKAL) {
            u.flags |= F_YUUKAL;
        } else if (c == KH_BANTOC) {
            u.flags |= F_BANTOC;
        } else if (c == KH_TOANDA) {
            u.flags |= F_SILENT;
        } else if (c == KH_ROBAT) {
            /* Over a final consonant of a Sanskrit word both are silent
             * (ធម៌ "thor"); elsewhere it changes too little to write. */
            if (!u.vowel)
                u.flags |= F_SILENT;
        } else if (c == KH_SAMYOK) {
            u.flags |= F_SAMYOK;
        } else if (c == KH_VIRIAM) {
            u.flags |= F_KILLED;
        }
        /* anything else in the run (ZWJ, ZWNJ, the inherent-vowel
         * characters, ៏ ៎ ៓ ៝ ៜ) has no sound */
        i++;
    }
    if (i == start)
        i++;
    u.end = i;
    return u;
}

/* A consonant unit with no vowel and no sign that makes a syllable. */
static int bare(const kunit *u)
{
    return u->ncons > 0 && !u->vowel &&
           !(u->flags & (F_NIKAHIT | F_REAHMUK | F_YUUKAL | F_SAMYOK));
}

/* Index of the next unit at or after j that is sounded. */
static int32_t skip_silent(const khp *P, int32_t j)
{
    while (j < P->n) {
        kunit u = unit_at(P, j);
        if (!(u.flags & F_SILENT))
            break;
        j = u.end;
    }
    return j;
}

/* Nothing sounded follows j in the run. */
static int ends_at(const khp *P, int32_t j)
{
    return skip_silent(P, j) >= P->n;
}

/* The cluster cons[0] + cons[1] cannot begin a Khmer syllable, so it is
 * split between two: a doubled letter, two consonants of one place, a
 * nasal before another consonant. */
static int splits(const kunit *u)
{
    if (u->ncons < 2)
        return 0;
    UChar b = u->cons[0], s = u->cons[1];
    return b == s || (place(b) >= 0 && place(b) == place(s)) || is_nasal(b);
}

/* Series of a syllable whose initial is cons[skip..ncons): the shifter's,
 * else a non-sonorant subscript's, else the first consonant's. */
static int oseries(const kunit *u, int skip)
{
    if (u->shift)
        return u->shift == 'o';
    for (int k = skip + 1; k < u->ncons; k++)
        if (!is_sonorant(u->cons[k]))
            return kh_oseries[ix(u->cons[k])];
    return kh_oseries[ix(u->cons[skip])];
}

static void put(khp *P, const char *s)
{
    if (P->st == AKA_OK && *s)
        P->st = aka__sb_append_str(P->out, s);
}

static void put_initial(khp *P, const kunit *u, int skip)
{
    for (int k = skip; k < u->ncons; k++) {
        UChar c = u->cons[k];
        /* ប is p in a cluster (ប្រាក់ "prak") and under ៉ (ប៉ែន "pen") */
        if (c == KH_BA && (u->shift == 'a' || k + 1 < u->ncons))
            put(P, "p");
        /* subscript ត and ដ are one glyph, and the sound a syllable's
         * closing consonant leaves it is written d (ចិន្តា "chenda",
         * ភក្តី "pheakdey") */
        else if (c == 0x178F && k > 0 && skip > 0)
            put(P, "d");
        else
            put(P, kh_initial[ix(c)]);
    }
}

/* ---- Finals ---- */

typedef struct kfinal {
    UChar c;            /* the consonant closing the syllable, or 0 */
    int bantoc;
    int geminate;       /* a doubled nasal: វណ្ណ */
    int n_cluster;      /* ន with a subscript: សុគន្ធ */
    int from_cluster;   /* the first consonant of a split cluster */
    const char *extra;  /* written after the final ("h", "n"), or "" */
    int omit;           /* a stop before an aspirate of its place */
    int32_t next;       /* where the next syllable starts */
    int next_skip;      /* ... and how many consonants of it are read */
} kfinal;

static void close_with_cluster(const khp *P, const kunit *v, int32_t j,
                               kfinal *f)
{
    UChar b = v->cons[0], s = v->cons[1];
    f->c = b;
    f->from_cluster = 1;
    f->geminate = b == s && is_nasal(b);
    f->n_cluster = b == KH_NO && s != b && !is_sonorant(s);
    int rest_silent = bare(v) || ((v->vowel == KH_I || v->vowel == KH_U) &&
                                  !(v->flags & ~(unsigned)F_BANTOC));
    if (rest_silent && ends_at(P, v->end)) {
        /* the Pali ending: ចន្ទ "chan", សម្បត្តិ "sambat", ពិសិដ្ឋ
         * "piseth", សុវណ្ណ "sovann" */
        if (is_aspirate(s) && !strcmp(kh_final[ix(b)], "t"))
            f->extra = "h";
        else if (f->geminate && (b == KH_NA || b == KH_NO))
            f->extra = "n";
        f->next = v->end;
        f->next_skip = 0;
        return;
    }
    /* one place written once: វុទ្ធី "vuthy", កញ្ញា "kanha"; but the
     * other doubled nasals twice, វណ្ណា "vanna" */
    f->omit = (is_stop(b) && place(b) == place(s)) ||
              (b == KH_NYO && s == KH_NYO);
    f->next = j;
    f->next_skip = 1;
}

/* Does the unit at j (after a syllable that can still close) close it?
 * `written`: the syllable has a written vowel, not the unwritten one. */
static void find_final(const khp *P, int32_t j, int written, kfinal *f)
{
    memset(f, 0, sizeof *f);
    f->extra = "";
    f->next = j;
    j = skip_silent(P, j);
    if (j >= P->n)
        return;
    kunit v = unit_at(P, j);
    if (v.ncons == 0)
        return;
    if (v.ncons >= 2) {
        if (bare(&v) && ends_at(P, v.end)) {
            close_with_cluster(P, &v, j, f);
        } else if (splits(&v) || !written) {
            close_with_cluster(P, &v, j, f);
        }
        return;
    }
    if (!bare(&v))
        return;
    if (!(v.flags & (F_BANTOC | F_KILLED))) {
        int32_t k = skip_silent(P, v.end);
        if (k < P->n) {
            kunit w = unit_at(P, k);
            int w_bare1 = bare(&w) && w.ncons == 1;
            if (written && (w_bare1 && ends_at(P, w.end)))
                return;             /* កុសល "ko-sal" */
            if (w.ncons >= 2 && splits(&w))
                return;             /* សុវណ្ណ "so-vann" */
            if (!written && !bare(&w) && w.ncons == 1)
                return;             /* មករា "ma-ka-ra" */
            if (!written && w.indep)
                return;
        }
    }
    f->c = v.cons[0];
    f->bantoc = (v.flags & F_BANTOC) != 0;
    f->next = v.end;
}

/* ---- Syllables ---- */

/* The unwritten vowel, in a syllable closed by f (f->c) or open. */
static const char *inherent(int o, const kunit *u, const kfinal *f,
                            int word_end)
{
    unsigned fl = u->flags;
    if (fl & F_NIKAHIT)
        return o ? "om" : "am"; /* ភ្នំ "phnom", សំ "sam" */
    if (fl & F_REAHMUK)
        return o ? "eah" : "ah";
    if (fl & F_YUUKAL)
        return o ? "eak" : "ak";
    if (fl & F_SAMYOK) /* ជ័យ "chey" */
        return f->c == KH_YO ? (o ? "e" : "a") : (o ? "ea" : "a");
    if (!f->c) /* alone, ស "sor"; before another syllable, "a" */
        return word_end ? (o ? "o" : "or") : "a";
    if (!o)
        return "a";
    if (f->geminate)
        return "a";
    if (f->n_cluster)
        return "u";
    if (!f->bantoc && ix(f->c) < 4)
        return "ea";
    return "o";
}

/* A written vowel v after the series o, closed by f or open. */
static const char *vowel(int o, UChar v, const kunit *u, UChar head,
                         const kfinal *f, int word_end, const char **after)
{
    unsigned fl = u->flags;
    *after = fl & F_REAHMUK ? "h" : "";
    if (v == KH_AA && (fl & F_NIKAHIT)) {
        if (f->c == KH_NGO) /* តាំង "taing" */
            return o ? "ea" : "ai";
        return o ? "oam" : "am";
    }
    if (v == KH_U && (fl & F_NIKAHIT))
        return o ? "um" : "om";
    if (fl & F_NIKAHIT)
        *after = fl & F_REAHMUK ? "mh" : "m";
    if (v == KH_AA && f->bantoc && o)
        return "oa";
    /* ា ending a word after an o-series sonorant is written a (វាសនា
     * "veasna", មករា "makara", មា "ma"), after the others ea (ជា "chea",
     * សុភា "sophea") */
    if (v == KH_AA && o && !f->c && word_end && is_sonorant(head) &&
        !(fl & (F_NIKAHIT | F_REAHMUK)))
        return "a";
    if (v == KH_I && !o && f->from_cluster)
        return "e";         /* វិចិត្រ "vichet" */
    if (v == KH_II && !f->c && !(fl & (F_NIKAHIT | F_REAHMUK)))
        return o ? (word_end ? "y" : "i") : "ey";
    if (v == KH_UA && f->c == KH_YO)
        return "u";         /* មួយ "muy" */
    return kh_vowel[o][v - KH_AA];
}

/* Read the syllable beginning at unit i, of whose consonants the first
 * `skip` closed the syllable before. Returns where the next begins. */
static int32_t syllable(khp *P, int32_t i, int skip, int *next_skip)
{
    kunit u = unit_at(P, i);
    *next_skip = 0;
    if (u.flags & F_SILENT)
        return u.end;
    if (u.ncons == 0 && !u.indep) {
        /* signs with no consonant: a vowel sign's a-series sound */
        if (u.vowel)
            put(P, kh_vowel[0][u.vowel - KH_AA]);
        return u.end;
    }
    if (u.indep) {
        put(P, kh_indep[u.indep - KH_QAQ]);
        if (u.ncons > 0) { /* ឱ្យ "oy" */
            put(P, kh_final[ix(u.cons[0])]);
            return u.end;
        }
        kfinal f;
        find_final(P, u.end, 1, &f);
        if (f.c && !f.omit)
            put(P, kh_final[ix(f.c)]);
        put(P, f.extra ? f.extra : "");
        *next_skip = f.next_skip;
        return f.next;
    }
    if (skip >= u.ncons)
        skip = 0;
    int o = oseries(&u, skip);
    put_initial(P, &u, skip);
    kfinal f;
    memset(&f, 0, sizeof f);
    f.extra = "";
    f.next = u.end;
    int closed = (u.flags & (F_NIKAHIT | F_REAHMUK | F_YUUKAL)) != 0;
    if (!closed) {
        find_final(P, u.end, u.vowel != 0, &f);
    } else if (u.vowel == KH_AA && u.flags == F_NIKAHIT) {
        /* ាំ closes a syllable, except with ង after it (តាំង "taing") */
        find_final(P, u.end, 1, &f);
        if (f.c != KH_NGO || f.from_cluster) {
            memset(&f, 0, sizeof f);
            f.extra = "";
            f.next = u.end;
        }
    }
    int word_end = ends_at(P, f.next);
    const char *after = "";
    if (u.vowel)
        put(P, vowel(o, u.vowel, &u, u.cons[skip], &f, word_end, &after));
    else
        put(P, inherent(o, &u, &f, word_end));
    put(P, after);
    if (f.c && !f.omit) {
        if (f.c == KH_VO && u.vowel == KH_AE)
            put(P, "o"); /* កែវ "keo" */
        else
            put(P, kh_final[ix(f.c)]);
    }
    put(P, f.extra);
    *next_skip = f.next_skip;
    return f.next;
}

static void khmer_run(khp *P)
{
    int32_t i = 0;
    int skip = 0;
    while (i < P->n && P->st == AKA_OK) {
        int next_skip;
        int32_t j = syllable(P, i, skip, &next_skip);
        /* a syllable always moves on, or starts inside the same unit
         * further along its stack */
        if (j == i && next_skip <= skip)
            j = unit_at(P, i).end, next_skip = 0;
        i = j;
        skip = next_skip;
    }
}

/* Letters and signs of a word: U+1780..U+17D3 and ៜ ៝; not the
 * punctuation, digits and symbols after them, nor unassigned code points. */
static int is_khmer_text(UChar c)
{
    return (c >= KH_KA && c <= 0x17D3) || c == 0x17DC || c == 0x17DD;
}

/* A run of Khmer text for aka__script_runs_read. */
static aka_status read_run(UChar *t, int32_t from, int32_t to, void *ctx,
                           aka__sb *out)
{
    (void)ctx;
    khp P = {t + from, to - from, out, AKA_OK};
    khmer_run(&P);
    return P.st;
}

aka_status aka__khmer_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                            aka__sb *out)
{
    aka__script_runs s = {KH_DIGIT_0, is_khmer_text, read_run, NULL};
    return aka__script_runs_read_unjoined(&s, p, len, tmp, out);
}
