/* Name comparison: token pairs scored by the strongest evidence they
 * share, aligned optimally, summed with token weights into a score and a
 * decision. The constants below were set on bench/data/name_pairs_dev.tsv
 * (bench/bench_names reports the effect of any change). */
#include <stdlib.h>
#include <string.h>

#include <unicode/uscript.h>

#include "core/hash.h"
#include "core/wordlist.h"
#include "core/inline.h"
#include "core/prefetch.h"
#include "core/zalloc.h"
#include "match/kana_mandarin.h"
#include "match/kana_vietnamese.h"
#include "match/kontsevich.h"
#include "match/greek_reading.h"
#include "match/palladius.h"
#include "match/thai_burmese.h"
#include "match/abjad_spelling.h"
#include "match/foreign.h"
#include "match/keys.h"
#include "match/burmese.h"
#include "match/korean_latin.h"
#include "match/metrics.h"
#include "match/nameform.h"
#include "match/habits.h"
#include "match/patronymic.h"
#include "match/phondist.h"
#include "match/variants.h"
#include "match/letters.h"
#include "normalize/normalize.h"
#include "unicode/ko_names.h"

/* Similarity of each level; fuzzy levels scale the Jaro-Winkler value. */
#define SIM_EXACT 1.0f
#define SIM_ROMAN 0.97f
#define SIM_VARIANT 0.95f
#define SIM_PHONETIC 0.92f
#define SIM_SKELETON 0.90f
#define SIM_NICKNAME 0.82f
#define SIM_INITIAL 0.85f
#define SIM_TYPO1 0.90f
#define SIM_TYPO2 0.85f
#define PHON_FLOOR 0.75 /* phonetic similarity below this is no evidence */
/* A near match (same lkey, skeleton, a slip) of a short token happens
 * between two different names more often than of a long one: its
 * similarity loses SHORT_COST for every letter the shorter token has
 * below SHORT_FULL (a skeleton's consonants count twice). */
#define SHORT_COST 0.01f
#define SHORT_FULL 10
/* Between two names in Latin letters no romanisation explains a slip: it
 * is a typing error or another name (Fernandez / Hernandez, Ivanov /
 * Ivankov), weaker evidence than a difference across scripts at the same
 * similarity. It is discounted as if its token were LATIN_SLIP letters
 * shorter (typing slips need 4 letters or more, so this stays >= 1). */
#define LATIN_SLIP 3u
#define FUZZY_SCALE 1.0f
/* Share of its weight an unmatched token costs. */
#define UNMATCHED 0.30f
#define UNMATCHED_EXTRA 0.15f
/* Decision thresholds. */
#define SAME_SCORE 0.80
#define SAME_PAIR_FLOOR 0.70f
#define DIFFERENT_CAP 0.60
/* How far below the cap names that put one name for another fall when
 * the names left over are wholly unlike (see nearest_leftovers). */
#define NEAR_SPAN 0.3
/* Below this a pair of names the matcher does not take for one is no
 * evidence at all (level different). */
#define WEAK_SCORE 0.70
/* The most a name scores against itself less its first given name
 * (first_name_left): fuzzy weak, not the same. */
#define FIRST_LEFT_CAP 0.75

/* What the scripts of the two names allow, fixed for one comparison.
 * latin: both in Latin letters, so a different vowel is a different
 * spelling choice, not a romanisation's; european: both in Latin,
 * Cyrillic or Greek; abjad: 1 when only the first name is in Hebrew
 * letters, whose vowels are guesses, 2 when only the second is, 3 when
 * that depends on the units (mixed), else 0;
 * korean, thai: likewise for Hangul, for Thai letters;
 * kana, arab: 1 when only the first name is in kana (in Arabic script),
 * 2 when only the second is, else 0. */
typedef struct pairfacts {
    int latin, european, abjad, korean, thai, kana, arab;
    int sinitic; /* both names read as Mandarin syllables, one marked */
    /* both names read as Mandarin syllables, marked or not */
    int mandarin;
    /* both names have a Korean family name in Latin letters and neither
     * is written in another script (their given names are compared by
     * aka__kkey_latin) */
    int kolatin;
    int onescript; /* both names in one script other than Latin */
    int arab_both; /* both names in Arabic script */
    int lside;   /* 1 when only the first name is in Latin letters, 2 when
                  * only the second is, else 0 */
    /* with lside: the cjkmask of the other name (Han 1, kana 2, Hangul
     * 4), which may be a Western name transcribed (foreign_heard) */
    int cjkside;
    /* with lside: the other name is in Cyrillic letters alone */
    int cyrside;
    /* with lside: the other name is in Bengali letters */
    int bengside;
    /* 1 when the first name is in Bengali letters and the second in
     * Arabic script, 2 the other way round, else 0 */
    int bengarab;
    /* 1 when the first name is in Han alone and the second in katakana
     * or hiragana alone, 2 the other way round, else 0 */
    int hankana;
    /* 1 when the first name is in Han alone (hanside 1) and the second in
     * Cyrillic letters alone, 2 the other way round, else 0: a Chinese
     * name that a Russian-speaking agency wrote by Palladius (周美玲 /
     * Чжоу Мэйлин), whose Han readings are the Pinyin palladius() reads */
    int hancyr;
    /* 1 when the first name is in Greek letters and the second is not, 2
     * the other way round, else 0: a foreign name that Greek police wrote
     * with μπ, ντ, χ (greek_foreign) */
    int grkside;
    /* 1 when the first name is in Hangul alone and the second in Cyrillic
     * letters alone, 2 the other way round, else 0: a Korean name that a
     * Russian-speaking agency wrote by Kontsevich (박지성 / Пак Чи Сон),
     * whose Hangul reads in Revised Romanization (kontsevich_written) */
    int hangcyr;
    /* 1 when the first name is in Hebrew letters and the second in
     * Cyrillic letters alone, 2 the other way round, else 0 */
    int hebcyr;
    /* both names in Cyrillic letters alone */
    int cyrboth;
    /* abjad 3: a name of Hebrew and Latin words (nameform.hebmix) is one
     * of the two, and which units are in Hebrew letters is the units'
     * (unit_scripts); arab 3 likewise for a name of Arabic and Latin words
     * (nameform.arabmix). Then bits 0 and 1: the first and the second
     * name has Hebrew letters; 2 and 3: is in Latin letters only; 4 and
     * 5: has letters of Arabic script. Else 0. */
    int mixed;
    /* 1 when only the first name is written in Han (with or without
     * kana) and the other in no CJK script, 2 when only the second is,
     * else 0: the Han name's tokens are readings, which may be the other
     * name's other readings (variants.h, [kanji]). */
    int hanside;
    /* bit 0: the first name is in Latin letters alone (no script, Han,
     * kana, Hangul, Thai, Hebrew or Arabic letters: as the engine keeps a
     * Latin name, without the Latin fact), bit 1 the second. Read in
     * every variant of unit_pair_body. */
    int latin_only;
    /* both names read as Burmese (nameform.burmese): a syllable left out
     * on either side is another name */
    int burmese;
    /* both names in Latin letters alone (latin_only 3), which are
     * Turkish or Azerbaijani by their letters (nameform.turkic): bit 0
     * the first, bit 1 the second (İnci Cəfərov and İnci Jafarov both) */
    int turkic;
} pairfacts;

struct aka__sim_slot {
    uint64_t key; /* 0 when empty */
    float sim;
    uint16_t evlen; /* unit_pair's *evlen */
    unsigned char level;
};

struct aka__sim_cache {
    size_t mask;
    size_t pad_; /* the slots 16-aligned: a set's two share a line */
    struct aka__sim_slot slot[];
};

aka__sim_cache *aka__sim_cache_new(size_t slots, int touch)
{
    if (slots < 2)
        slots = 2; /* one set of two ways */
    aka__sim_cache *c =
        aka__zalloc(sizeof *c + slots * sizeof(struct aka__sim_slot), touch);
    if (c)
        c->mask = slots - 1;
    return c;
}

void aka__sim_cache_free(aka__sim_cache *c)
{
    free(c);
}

typedef struct cmpctx {
    const aka__nameform *a, *b;
    pairfacts pf;
    aka__sim_cache *sims; /* NULL: none */
    uint64_t pfh;         /* hash of pf, for the cache's keys */
    int plain;            /* as unit_pair takes it */
    /* whether the Latin name of a Cyrillic and a Latin one is Vietnamese
     * (russian_written): -1 until asked */
    int viet_latin;
    /* Each name's units in the order the comparison walks them (start,
     * then length), nua and nub of them. */
    int nua, nub;
    struct cmpunit {
        const aka__nunit *u;
        uint8_t s, l; /* start and length in tokens */
    } ua[AKA__ALIGN_MAX_TOKENS * AKA__ALIGN_MAX_SPAN],
        ub[AKA__ALIGN_MAX_TOKENS * AKA__ALIGN_MAX_SPAN];
    /* with sims: the key in it (sim_key) of unit pair ua[i], ub[j] at
     * skey[i * nub + j], computed and its slot fetched before the
     * alignment asks for any */
    uint64_t skey[AKA__ALIGN_MAX_TOKENS * AKA__ALIGN_MAX_SPAN *
                  AKA__ALIGN_MAX_TOKENS * AKA__ALIGN_MAX_SPAN];
    unsigned char level[AKA__ALIGN_MAX_TOKENS][AKA__ALIGN_MAX_SPAN]
                       [AKA__ALIGN_MAX_TOKENS][AKA__ALIGN_MAX_SPAN];
    /* letters short of SHORT_FULL a near match was discounted for */
    unsigned char shortby[AKA__ALIGN_MAX_TOKENS][AKA__ALIGN_MAX_SPAN]
                         [AKA__ALIGN_MAX_TOKENS][AKA__ALIGN_MAX_SPAN];
} cmpctx;

/* Feminine and masculine forms of one family name are different people's
 * names: Ivanov / Ivanova, Zelenskiy / Zelenskaya, Novák / Nováková,
 * Papadopoulos / Papadopoulou. Compared on rkeys. */
/* Entries of `ends` before this index hold for names of any origin. */
#define GENERIC 12

/* Whether a masculine form ending in m and a feminine one ending in f
 * may be one of the pairs of `ends` below (the first GENERIC of them
 * unless european): their last letters, so that most pairs of names,
 * which end alike or in no such letters, skip the table. Keep in step
 * with the table. */
static int ends_may_pair(char m, char f, int european)
{
#define LBIT(c) (UINT32_C(1) << ((c) - 'a'))
    if (m < 'a' || m > 'z')
        return 0;
    if (f == 'a') {
        uint32_t set = LBIT('i') | LBIT('k') | LBIT('n') | LBIT('v');
        if (european)
            set |= LBIT('c') | LBIT('d') | LBIT('f') | LBIT('l') | LBIT('m') |
                   LBIT('o') | LBIT('r') | LBIT('s') | LBIT('t');
        return (set >> (m - 'a')) & 1;
    }
#undef LBIT
    return (f == 'u' || f == 'i' || f == 'e') && m == 's';
}

static int gendered_pair(const char *x, size_t nx, const char *y, size_t ny,
                         int european)
{
    /* (with their lengths: this runs for most pairs of family names; the
     * last letters of each pair are in ends_may_pair) */
#define END(m, f) {m, sizeof m - 1, f, sizeof f - 1}
    static const struct {
        const char *m;
        size_t ml;
        const char *f;
        size_t fl;
    } ends[] = {
        END("ov", "ova"), END("ev", "eva"), END("in", "ina"), END("ski", "ska"),
        END("ski", "skaia"), END("cki", "cka"), END("i", "aia"), END("k", "kova"),
        END("os", "u"), END("is", "i"), END("as", "iene"), END("as", "aite"),
        END("is", "ia"), END("os", "a"), END("us", "a"), END("o", "a"), END("s", "a"),
        END("is", "a"), END("os", "ia"), /* Panagiotis / Panagiota, Evangelos / -ia */
        /* patronymics: Vladimirovich / Vladimirovna, Ukrainian -ovych / -ivna */
        END("ic", "na"), END("ovic", "ivna"), END("evic", "ivna"),
        /* (GENERIC) Daniel / Daniela, Stanislav / -a, Aleksandr / -a */
        END("l", "la"), END("v", "va"), END("r", "ra"), END("n", "na"), END("d", "da"),
        END("t", "ta"), END("m", "ma"), END("k", "ka"), END("f", "fa"),
    };
#undef END
    /* The forms share their first three letters at least (checked
     * below): most pairs of names differ at once. x and y are
     * NUL-terminated keys, so the three letters can be read. */
    if (x[0] != y[0] || x[1] != y[1] || x[2] != y[2])
        return 0;
    if (nx > ny) {
        const char *t = x;
        x = y, y = t;
        size_t tn = nx;
        nx = ny, ny = tn;
    }
    size_t p = 0;
    while (p < nx && x[p] == y[p])
        p++;
    if (p < 3)
        return 0;
    if (!ends_may_pair(x[nx - 1], y[ny - 1], european) &&
        !ends_may_pair(y[ny - 1], x[nx - 1], european))
        return 0;
    /* The endings after the first GENERIC are the European given-name
     * pairs (Daniel / Daniela): a final -a means nothing of the kind in
     * Hindi (Srivastav / Srivastava) or Arabic. */
    size_t nends = european ? sizeof ends / sizeof ends[0] : GENERIC;
    for (size_t e = 0; e < nends; e++) {
        const char *m = ends[e].m, *f = ends[e].f;
        size_t ml = ends[e].ml, fl = ends[e].fl;
        for (int swap = 0; swap < 2; swap++) {
            const char *s1 = swap ? y : x, *s2 = swap ? x : y;
            size_t n1 = swap ? ny : nx, n2 = swap ? nx : ny;
            if (n1 >= ml && n2 >= fl && n1 - ml == n2 - fl &&
                n1 - ml <= p + 1 && memcmp(s1 + n1 - ml, m, ml) == 0 &&
                memcmp(s2 + n2 - fl, f, fl) == 0 &&
                memcmp(s1, s2, n1 - ml) == 0)
                return 1;
        }
    }
    return 0;
}

static int dm_share(const aka__nunit *x, const aka__nunit *y)
{
    return (x->dm1 && (x->dm1 == y->dm1 || x->dm1 == y->dm2)) ||
           (x->dm2 && (x->dm2 == y->dm1 || x->dm2 == y->dm2));
}

/* Arabic script writes a word's final vowel (ة and ا as a, ى and ي as
 * y, و as w, ه as h), so a final vowel in the other name's spelling must
 * have its letter there, and a written final a must be heard: نور is
 * Nour, not Noura; حميدة is Hamida, not Hamid. `ar` is a token romanised
 * from Arabic script (letters as ICU writes them: a, w, y, h), `o` the
 * other token. A final -ah or -at is the a of ة (Fatimah, Izzat). */
static int arabic_final_differs(const aka__nunit *ar, const aka__nunit *o)
{
    char fa = ar->tok[ar->len - 1], fo = o->tok[o->len - 1];
    char before = o->len > 1 ? o->tok[o->len - 2] : 0;
    if (fo == 'a')
        return !(fa == 'a' || fa == 'y' || fa == 'h');
    if (fo == 'i' || (fo == 'y' && before && !strchr("aeiou", before)))
        return fa != 'y';
    /* A written final a, and the other name ends in a consonant. */
    return fa == 'a' && !strchr("aeiouyht", fo);
}

/* A Thai word ending in ร (thai_fin 'r') against a spelling ending in l,
 * or in ล against one ending in r or rn: พร is porn, พล pol in the
 * bearers' spellings, however alike RTGS writes them (-phon). */
static int thai_final_clash(const aka__nunit *t, const aka__nunit *o)
{
    if (!t->thai_fin || o->thai_fin || o->len < 2)
        return 0;
    char e = o->tok[o->len - 1];
    if (e == 'n' && o->tok[o->len - 2] == 'r')
        e = 'r';
    return (t->thai_fin == 'r' && e == 'l') || (t->thai_fin == 'l' && e == 'r');
}

/* The first letter of a token as aka__kkey (thai 0) or aka__tkey (thai
 * 1) sees it, so that a pair whose keys cannot agree is passed over
 * before they are computed. */
static char first_class(const char *tok, int thai)
{
    char c = tok[0];
    if (thai && c == 's' && tok[1] == 'h')
        return 'j'; /* sh, like ch and j */
    switch (c) {
    case 'g': return 'k';
    case 'd': return 't';
    case 'b': return 'p';
    case 'c': return 'j';
    case 'l': return 'r';
    case 'o': return thai ? 'o' : 'u';
    /* ㅡ eu and ㅓ eo, of aka__kkey's u class, as o is: 의 ui, customary
     * Eui (Chung Eui-sun) */
    case 'e': return !thai && (tok[1] == 'u' || tok[1] == 'o') ? 'u' : 'e';
    case 'v': return thai ? 'w' : 'v';
    default: return c;
    }
}

/* South Korea writes a word-initial ㄹ as ㅇ before i and y, as ㄴ
 * before other vowels (the initial sound law), North Korea and many
 * bearers keep it: 류 / 유 are Ryu, Yu or Yoo, 로 / 노 Ro, No or Roh,
 * 량 / 양 Ryang or Yang. Whether the Latin token w is the Hangul token k
 * read the other way. (A Latin r before i or y is always a ㄹ's.) */
static int korean_initial_law(const aka__nunit *k, const aka__nunit *w)
{
    char alt[AKA__KEY_MAX + 2];
    size_t n = k->len;
    if (n < 1 || n + 1 > AKA__KEY_MAX)
        return 0;
    if (k->tok[0] == 'r' && n >= 2 && (k->tok[1] == 'i' || k->tok[1] == 'y')) {
        memcpy(alt, k->tok + 1, n - 1); /* 류 ryu: yu */
        n--;
    } else if ((k->tok[0] == 'r' || k->tok[0] == 'n') && n == 2) {
        /* 로 ro: no; 노 no: ro. Only the family names of one open
         * syllable (盧 노, 羅 나): most ㄴ were never ㄹ (南 남 is Nam in
         * the North too). */
        memcpy(alt, k->tok, n);
        alt[0] = k->tok[0] == 'r' ? 'n' : 'r';
    } else if (k->tok[0] == 'i' || k->tok[0] == 'y') {
        alt[0] = 'r'; /* 유 yu: ryu */
        memcpy(alt + 1, k->tok, n);
        n++;
    } else {
        return 0;
    }
    alt[n] = '\0';
    return first_class(alt, 0) == first_class(w->tok, 0) &&
           aka__kkey(alt, n) == aka__kkey(w->tok, w->len);
}

/* How katakana hears a name's rkey (Carter kata, Miller mira, Moore
 * mua): c before a back vowel or a consonant is k; a final silent e is
 * dropped; r after a vowel is silent before a consonant, and at the end
 * becomes the vowel a (-er, -or, -ar all a; Moore's u then a). Writes at
 * most AKA__KEY_MAX bytes to out and returns the length. */
static int kana_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static size_t as_katakana_hears(const char *r, size_t n, char *out)
{
    /* (r holds no NUL before n, and out none before o) */
    size_t o = 0;
    if (n > 1 && r[n - 1] == 'e' && !kana_vowel(r[n - 2]))
        n--;
    for (size_t i = 0; i < n && o < AKA__KEY_MAX; i++) {
        char c = r[i], nx = i + 1 < n ? r[i + 1] : 0;
        int pv = o > 0 && kana_vowel(out[o - 1]);
        if (c == 'c' && (nx == 0 || !(nx == 'e' || nx == 'i' || nx == 'y')))
            c = 'k';
        if (c == 'r' && pv && (nx == 0 || !kana_vowel(nx))) {
            if (nx != 0)
                continue;
            if (out[o - 1] == 'e' || out[o - 1] == 'o')
                out[o - 1] = 'a';
            else if (out[o - 1] != 'a' && o < AKA__KEY_MAX)
                out[o++] = 'a';
            continue;
        }
        out[o++] = c;
    }
    out[o] = '\0';
    return o;
}

/* The rkey of a Hangul token without the eu that Korean puts into a
 * foreign name's consonant clusters and after its final consonant: eu
 * after a consonant and before another or at the end. Native names have
 * eu too (은 eun, 승 seung), but in one or two syllables: only a token
 * of three or more vowel groups, a transcribed foreign name, loses it.
 * Returns the length written to out (n when nothing was dropped). */
static size_t without_epenthesis(const char *r, size_t n, char *out)
{
    /* most tokens have no eu, or are too short for three syllables */
    if (n < 5 || !strstr(r, "eu"))
        return n;
    int groups = 0;
    for (size_t i = 0; i < n; i++)
        groups += aka__vowel(r[i]) && (i == 0 || !aka__vowel(r[i - 1]));
    if (groups < 3)
        return n;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (r[i] == 'e' && i + 1 < n && r[i + 1] == 'u' && i > 0 &&
            !aka__vowel(r[i - 1]) && (i + 2 == n || !aka__vowel(r[i + 2]))) {
            i++;
            continue;
        }
        out[o++] = r[i];
    }
    out[o] = '\0';
    return o;
}

/* Skeletons equal but for p and f: unpointed Hebrew writes פ for both
 * (פרנץ Franz, קפקא Kafka) and ב for b and v (נבון Navon; the keys read
 * v as f), so against a name in Hebrew letters the labial's kind is not
 * evidence. */
static int skel_labial_equal(const char *x, const char *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char a = x[i] == 'f' ? 'p' : x[i], b = y[i] == 'f' ? 'p' : y[i];
        if (a != b)
            return 0;
    }
    return 1;
}

/* A ch of the other name as the ח or כ of a name in Hebrew letters
 * (`heb`): Yiddish, German and English spellings write both so (חנה
 * Chana, יוחנן Yochanan, עמיחי Amichai, מרדכי Mordechai), where the keys
 * read ch as the c of Czech and Polish. The other name's skeleton with ch
 * read as h, then as k, against the Hebrew one's; tried only for a token
 * with a ch. */
static AKA__NOINLINE int hebrew_ch_equal(const aka__nunit *heb,
                                    const aka__nunit *o)
{
    /* ch read as one consonant keeps the skeleton's length, or shortens
     * it by one (a final h is dropped there); and the skeletons start
     * alike unless ch is the token's first consonant (Chana, and after a
     * vowel: אוחיון Ochion). */
    const char *ch = strstr(o->tok, "ch");
    if (o->slen > heb->slen + 1 || o->slen + 1 < heb->slen || !ch)
        return 0;
    if (strspn(o->tok, "aeiou") < (size_t)(ch - o->tok) &&
        !skel_labial_equal(heb->skel, o->skel, 1))
        return 0;
    for (int k = 0; k < 2; k++) {
        char t[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1], l[AKA__KEY_MAX + 1];
        char sk[AKA__KEY_MAX + 1];
        size_t n = 0;
        for (size_t i = 0; i < o->len; i++) {
            /* tok is NUL-terminated, so tok[i + 1] is always there */
            if (o->tok[i] == 'c' && o->tok[i + 1] == 'h') {
                t[n++] = k ? 'k' : 'h';
                i++;
            } else {
                t[n++] = o->tok[i];
            }
        }
        /* The h of ch is a letter, not the silent h of Ohno. */
        aka__rkey_hebrew(t, n, r);
        aka__lkey(r, l);
        aka__skeleton(l, sk);
        size_t sn = strlen(sk);
        if (sn == heb->slen && skel_labial_equal(heb->skel, sk, sn))
            return 1;
    }
    return 0;
}

/* Two Latin spellings of one short name that differ only in a vowel of
 * one class (Osama / Usama, Laden / Ladin, Mokhtar / Mukhtar: o for u, e
 * for i, as romanisations of Arabic and Persian write them), or in the
 * q of Arabic for the gh of Persian (Qasem / Ghasem, Qaani / Ghaani).
 * The lkeys already agree; this says that no other consonant was merged
 * on the way (Mila / Mira, Dina / Tina are other names) and that the
 * vowel stands alone between consonants (Sean / Sian, a diphthong for
 * another, are two names). */
static int vowels_apart(const aka__nunit *x, const aka__nunit *y)
{
    static const char vowels[] = "aeiouy";
    /* A name the tables know has its spellings listed there: Yuko and
     * Yoko, Samir and Samer are other names. */
    if (x->given >= 0 || y->given >= 0 || x->family >= 0 || y->family >= 0 ||
        x->rlen != y->rlen)
        return 0;
    int ghq = (strstr(x->tok, "gh") && strchr(y->tok, 'q')) ||
              (strstr(y->tok, "gh") && strchr(x->tok, 'q'));
    const char *p = x->rkey, *q = y->rkey;
    for (size_t i = 0; i < x->rlen; i++) {
        if (p[i] == q[i])
            continue;
        int pv = strchr(vowels, p[i]) != NULL, qv = strchr(vowels, q[i]) != NULL;
        if (pv && qv) {
            if ((i > 0 && strchr(vowels, p[i - 1])) ||
                (i + 1 < x->rlen && (strchr(vowels, p[i + 1]) ||
                                     strchr(vowels, q[i + 1]))))
                return 0;
        } else if (!(ghq && (p[i] == 'g' || p[i] == 'k') &&
                     (q[i] == 'g' || q[i] == 'k'))) {
            return 0;
        }
    }
    return 1;
}

/* Whether a and b (n letters each) differ by two neighbouring letters
 * swapped, anywhere (Sfoia, Nikola / Inkola). */
static int swapped_anywhere(const char *a, const char *b, size_t n)
{
    size_t i = 0;
    while (i < n && a[i] == b[i])
        i++;
    return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           memcmp(a + i + 2, b + i + 2, n - i - 2) == 0;
}

/* Whether two letters are neighbours on a QWERTY keyboard (rows only). */
static int key_neighbours(char a, char b)
{
    static const char *const rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    for (int r = 0; r < 3; r++) {
        const char *p = strchr(rows[r], a);
        if (p && ((p[1] == b) || (p > rows[r] && p[-1] == b)))
            return 1;
    }
    return 0;
}

/* Where a and b (n letters each) differ when they differ in one letter
 * only; n when they are equal or differ in more. */
static size_t sole_difference(const char *a, const char *b, size_t n)
{
    size_t i = 0;
    while (i < n && a[i] == b[i])
        i++;
    return i < n && memcmp(a + i + 1, b + i + 1, n - i - 1) == 0 ? i : n;
}

/* a and b (n letters) differ in one letter only, typed with its neighbour
 * on the keyboard; not two vowels (Lena / Lana, a vowel for another is
 * how names vary), nor m and n (Mina / Nina, Karim / Karin). */
static int neighbour_key(const char *a, const char *b, size_t n)
{
    size_t i = sole_difference(a, b, n);
    if (i == n)
        return 0;
    char p = a[i], q = b[i];
    if ((aka__vowel(p) && aka__vowel(q)) || (p == 'm' && q == 'n') ||
        (p == 'n' && q == 'm'))
        return 0;
    return key_neighbours(p, q);
}

/* Whether letters p and q are both in one of sets[0..n). */
static int in_one_set(const char *const *sets, size_t n, char p, char q)
{
    for (size_t k = 0; k < n; k++)
        if (strchr(sets[k], p) && strchr(sets[k], q))
            return 1;
    return 0;
}

/* Whether two first letters can spell one sound of a name: c k q, g h
 * (Russian writes H as G: Gasanov, Hasanov), v w f, y j i, s z c x (Lao
 * romanisation writes the s of ຊ either way: Xayavong, Sayavong). */
static int first_letters_alike(char p, char q)
{
    static const char *const sets[] = {"ckq", "gh", "vwf", "yji", "szcx"};
    return in_one_set(sets, sizeof sets / sizeof sets[0], p, q);
}

/* Whether the keys of x and y, of one length and five letters or more,
 * differ in their first letter only. */
static int keys_apart_at_first(const aka__nunit *x, const aka__nunit *y)
{
    return x->rlen == y->rlen && x->rlen >= 5 &&
           sole_difference(x->rkey, y->rkey, x->rlen) == 0;
}

/* A Latin token put for another of its length with one letter changed
 * where names differ rather than fingers slip (not for its neighbour on
 * the keyboard): the first letter (Karina / Marina, Hernandez /
 * Fernandez), unless for a letter that spells its sound, or a final
 * vowel, which tells names and their sexes apart (Haruka / Haruki,
 * Suzuki / Suzuka, Daniela / Daniele; not Karimi / Karimu, u and i being
 * neighbours). A vowel inside a name is not: romanisations differ
 * there (Usmanov / Usmonov, Soleimani / Solaimani). */
static int other_letter_name(const aka__nunit *x, const aka__nunit *y)
{
    /* A first letter put for a digraph that the keys read as one letter
     * (Willington / Thillington, Kapiro / Shapiro, Wiraphong /
     * Thiraphong): the keys, of one length, differ in their first letter
     * only. Not an h or x, which romanisations write for kh and ch
     * (Hristodoulou / Christodoulou, Halid / Khalid). */
    if (x->len != y->len)
        return keys_apart_at_first(x, y) && !first_letters_alike(x->rkey[0], y->rkey[0]) &&
               !strchr("hx", x->rkey[0]) && !strchr("hx", y->rkey[0]);
    size_t n = x->len, i = sole_difference(x->tok, y->tok, n);
    if (i == n)
        return 0;
    char p = x->tok[i], q = y->tok[i];
    if (key_neighbours(p, q))
        return 0;
    if (i == 0)
        return !first_letters_alike(p, q);
    return i + 1 == n && aka__vowel(p) && aka__vowel(q);
}

/* A Thai reading and a Latin token whose keys, of one length, differ in
 * their first letter only, where Thai's popular spellings do not trade
 * it (k kh g, p ph f b, t th d, ch j, w v): another name, not a slip
 * (วีรพงษ์ "wiraphong" / Thiraphong). */
static int thai_first_apart(const aka__nunit *x, const aka__nunit *y)
{
    static const char *const sets[] = {"hkg", "pfb", "td", "cj", "vw"};
    return keys_apart_at_first(x, y) &&
           !in_one_set(sets, sizeof sets / sizeof sets[0], x->rkey[0], y->rkey[0]);
}

/* a and b (n letters) differ in one letter past the first only, an s
 * for a z: one sound, which German writes s for Russian з (Moros /
 * Moroz, Kosak / Kozak) and Portuguese and Spanish spell either way
 * (Sousa / Souza, Luis / Luiz). */
static int s_for_z(const char *a, const char *b, size_t n)
{
    size_t i = sole_difference(a, b, n);
    return i > 0 && i < n &&
           ((a[i] == 's' && b[i] == 'z') || (a[i] == 'z' && b[i] == 's'));
}

/* a and b (n letters) differ in their first letter only, one that spells
 * the other's sound (first_letters_alike: Jevgen / Yevgen, Galina /
 * Halina, Cohen / Kohen). From six letters a slip counts anyway; the
 * keys can make such a token five (ye is e: Yevgen "evgen"). */
static int first_sound_alike(const char *a, const char *b, size_t n)
{
    return n >= 5 && sole_difference(a, b, n) == 0 && first_letters_alike(a[0], b[0]);
}

/* A slip of the keyboard in a short Latin name (four or five letters):
 * two neighbouring letters swapped, as typed or on the keys (Puitn,
 * Hliang, Sfoia), or from five letters one typed with its neighbour on
 * the keyboard (Payel / Patel,
 * Kellu / Kelly). Unlike a letter left out or put for another (Dina /
 * Diana, Marin / Martin, Lena / Lana), these seldom spell another name;
 * in four letters a neighbour still does too often (Said / Saif, Park /
 * Paek). One letter for another of its sound counts too: an s for a z
 * past the first letter (s_for_z), and from five letters a first letter
 * (first_sound_alike). */
static int short_slip(const aka__nunit *x, const aka__nunit *y)
{
    return (x->len == y->len && (swapped_anywhere(x->tok, y->tok, x->len) ||
                                 s_for_z(x->tok, y->tok, x->len) ||
                                 first_sound_alike(x->tok, y->tok, x->len) ||
                                 (x->len >= 5 &&
                                  neighbour_key(x->tok, y->tok, x->len)))) ||
           (x->rlen == y->rlen && swapped_anywhere(x->rkey, y->rkey, x->rlen));
}

/* Whether the n bytes at s hold the letters a b one after the other (a
 * strstr for the short tokens of names, cheaper than the call). */
static int has2(const char *s, size_t n, char a, char b)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == a && s[i + 1] == b)
            return 1;
    return 0;
}

/* A Latin token `w` as Thai says it, against `t` in Thai letters: the
 * bearers' Pali and Sanskrit spellings write the linking a of a
 * compound after an r that the Thai reader takes for a final n (after
 * ิ ี ึ ื ุ ู it reads the linking a itself: สุรชัย surachai, ธีรพงษ์
 * thiraphong), and after a final stop, which they double
 * (นพดล nopdon, Noppadol; อรรถพล atphon, Attapol); English-style
 * spellings write Thai's oe as er before a consonant (เฉลิม chaloem,
 * Chalerm; บุญเลิศ Boonlert), and with `long_a` its long a as ar
 * (อภิชาติ aphichat, Apichart), where an r before a consonant may also
 * be a ร whose next letter is silent (เกียรติ์ kian, Kiart). Writes the
 * reading into b (AKA__KEY_MAX + 1 bytes); returns its length, or 0 when
 * no rule applied. */
static size_t thai_reading(const aka__nunit *w, int long_a, char *b)
{
    size_t n = 0;
    int changed = 0, long_a_read = 0;
    for (size_t i = 0; i < w->len && n < AKA__KEY_MAX; i++) {
        char c = w->tok[i], nx = w->tok[i + 1];
        /* r + a between a vowel and a consonant: a final n (the vowel
         * as read: after a linking syllable left out, r starts one) */
        if (c == 'r' && n > 0 && aka__vowel(b[n - 1]) && nx == 'a' &&
            w->tok[i + 2] && !aka__vowel(w->tok[i + 2])) {
            b[n++] = 'n';
            i++;
            changed = 1;
            continue;
        }
        /* e + r before a consonant: Thai's oe */
        if (c == 'e' && nx == 'r' && i > 0 &&
            (i + 2 == w->len || !aka__vowel(w->tok[i + 2])) &&
            n + 1 < AKA__KEY_MAX) {
            b[n++] = 'o';
            b[n++] = 'e';
            i++;
            changed = 1;
            continue;
        }
        /* a + r before a consonant other than n (arn is ร, Banharn) */
        if (long_a && c == 'a' && nx == 'r' && i > 0 && i + 2 < w->len &&
            !aka__vowel(w->tok[i + 2]) && w->tok[i + 2] != 'n' &&
            w->tok[i + 2] != 'r') {
            b[n++] = 'a';
            i++;
            changed = long_a_read = 1;
            continue;
        }
        /* a final t that the bearers' spelling reads again as the onset
         * of a linking syllable, ch, th, t or s + a, before a consonant:
         * Thai writes the stop once and says no vowel (เพชรรัตน์
         * phetrat, Phetcharat) */
        if (i >= 2 && (w->tok[i - 1] == 't' || w->tok[i - 1] == 'd') &&
            aka__vowel(w->tok[i - 2]) && (c == 'c' || c == 't' || c == 's')) {
            size_t cl = (c == 'c' || c == 't') && nx == 'h' ? 2 : 1;
            if ((c != 'c' || cl == 2) && w->tok[i + cl] == 'a' &&
                i + cl + 1 < w->len && !aka__vowel(w->tok[i + cl + 1])) {
                i += cl;
                changed = 1;
                continue;
            }
        }
        /* a doubled consonant after a vowel + a before a consonant */
        if (!aka__vowel(c) && nx == c && w->tok[i + 2] == 'a' && i > 0 &&
            aka__vowel(w->tok[i - 1]) && i + 3 < w->len &&
            !aka__vowel(w->tok[i + 3])) {
            b[n++] = c;
            i += 2;
            changed = 1;
            continue;
        }
        b[n++] = c;
    }
    /* (with long_a, only a reading the long a changed) */
    return changed && (!long_a || long_a_read) ? n : 0;
}

/* A variant's similarity when a Thai reading of `w` (thai_reading, with
 * or without the long a) has the Thai key of `t`, else 0: the phonetic
 * distance would let the reading meet names with other vowels (ธนพงษ์
 * thonphong stays apart from Thiraphong). */
static AKA__NOINLINE double thai_linked(const aka__nunit *t, const aka__nunit *w)
{
    char b[AKA__KEY_MAX + 1];
    if (thai_final_clash(t, w))
        return 0; /* (พร porn, พล pol) */
    /* (most Latin tokens have nothing to read so: no r, no doubled
     * letter) */
    if (!(w->tflags & AKA__UNIT_R_OR_DOUBLE))
        return 0;
    unsigned want = 0;
    for (int long_a = 0; long_a < 1 + has2(w->tok, w->len, 'a', 'r');
         long_a++) {
        size_t n = thai_reading(w, long_a, b);
        if (!n)
            continue;
        if (!want)
            want = aka__tkey(t->tok, t->len); /* (never 0) */
        if (aka__tkey(b, n) == want)
            return SIM_PHONETIC;
    }
    return 0;
}

/* A Thai word of two syllables whose first ends in a consonant written
 * with a short i or u that the compound leaves unsaid (ชาติชาย is read
 * "chatichai", said and spelled Chatchai; ธาตุ alone is "that"): the
 * romanisation reads the vowel where the word joins the next. Returns a
 * variant's similarity when the Thai token `t` without one such vowel, a
 * consonant on each side and a vowel before the consonant, has the Thai
 * key of the Latin token `w` (one letter shorter), else 0. */
static AKA__NOINLINE double thai_vowel_unsaid(const aka__nunit *t,
                                              const aka__nunit *w)
{
    if (t->tok[0] != w->tok[0])
        return 0;
    unsigned want = aka__tkey(w->tok, w->len);
    char b[AKA__KEY_MAX + 1];
    for (size_t i = 2; i + 1 < t->len; i++) {
        char c = t->tok[i];
        if ((c != 'i' && c != 'u') || aka__vowel(t->tok[i - 1]) ||
            aka__vowel(t->tok[i + 1]) || !aka__vowel(t->tok[i - 2]))
            continue;
        memcpy(b, t->tok, i);
        memcpy(b + i, t->tok + i + 1, t->len - i - 1);
        if (aka__tkey(b, t->len - 1) == want)
            return SIM_PHONETIC;
    }
    return 0;
}

/* The phonetic similarity of two keys, a reading heard alike but not
 * spelled alike: at most a variant's (SIM_PHONETIC). */
static double heard_alike(const char *a, size_t na, const char *b, size_t nb)
{
    double j = aka__phon_sim(a, na, b, nb, PHON_FLOOR);
    return j > SIM_PHONETIC ? SIM_PHONETIC : j;
}

/* The Arabic token `ar` heard with the letters `from` (one or two, as
 * ICU writes them) read as `to`, against the other name's token `o`, in
 * the readings that Latin spellings follow:
 * - ج as the g of Egyptian Arabic (نجيب Naguib, جمال Gamal, حجازي Hegazy,
 *   جمعة Gomaa), where ICU writes j;
 * - ق as the gh of Persian and the g of Gulf Arabic (صادق Sadegh, باقر
 *   Bagher, قاسم Ghasem, Gasim), where the keys read q as k;
 * - ژ as the French j of Persian names (ژیلا Jila, پژمان Pejman), where
 *   ICU writes zh.
 * Returns the phonetic similarity, at most a variant's, or a skeleton's
 * when the consonants of a vowel-poor token agree. */
static AKA__NOINLINE double arabic_read_as(const aka__nunit *ar,
                                           const aka__nunit *o,
                                           const char *from, char to)
{
    char t[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1];
    size_t fl = strlen(from), n = 0;
    /* (a j read so is a consonant, which the keys write J, in both) */
    char as = to == 'j' ? 'J' : to;
    for (size_t i = 0; i < ar->len; i++) {
        if (memcmp(ar->tok + i, from, fl) == 0) {
            t[n++] = as;
            i += fl - 1;
        } else {
            t[n++] = ar->tok[i];
        }
    }
    t[n] = '\0';
    aka__rkey_arabic(t, n, r);
    /* A token with no vowel letters (رجب "rgb", Ragab) is heard by its
     * consonants, as any vowel-poor token is. */
    if (ar->vowel_poor) {
        char l[AKA__KEY_MAX + 1], sk[AKA__KEY_MAX + 1];
        aka__lkey(r, l);
        aka__skeleton(l, sk);
        size_t sn = strlen(sk);
        if (sn >= 2 && sn == o->slen && memcmp(sk, o->skel, sn) == 0)
            return SIM_SKELETON;
    }
    /* gu before e or i is the French spelling of a hard g (Naguib,
     * Guirguis), the u no vowel of the name. */
    char w[AKA__KEY_MAX + 1], wr[AKA__KEY_MAX + 1];
    const char *ok = o->rkey;
    size_t on = o->rlen;
    int changed = 0;
    n = 0;
    for (size_t i = 0; i < o->len; i++) {
        w[n++] = o->tok[i] == 'j' && as == 'J' ? 'J' : o->tok[i];
        changed |= w[n - 1] == 'J';
        if (to == 'g' && o->tok[i] == 'g' && o->tok[i + 1] == 'u' &&
            (o->tok[i + 2] == 'e' || o->tok[i + 2] == 'i')) {
            i++;
            changed = 1;
        }
    }
    if (changed) {
        aka__rkey(w, n, wr);
        ok = wr;
        on = strlen(wr);
    }
    return heard_alike(r, strlen(r), ok, on);
}

/* A final ه after a consonant is the vowel e of Persian names (زاده
 * Zadeh, علیزاده Alizadeh, ژاله Jaleh, فاطمه Fatemeh), which the keys
 * read as the consonant h: the Arabic token `ar` is also heard with it
 * as e against `o`. Not after ll, where it is the h of الله (Allah,
 * Ruhollah). Returns the phonetic similarity, at most a variant's. */
static AKA__NOINLINE double final_he(const aka__nunit *ar, const aka__nunit *o)
{
    char r[AKA__KEY_MAX + 1];
    memcpy(r, ar->rkey, ar->rlen);
    r[ar->rlen - 1] = 'e';
    r[ar->rlen] = '\0';
    double j = heard_alike(r, ar->rlen, o->rkey, o->rlen);
    /* after ی, the -ia of a Persian name written -iyeh or -ia (زکیه
     * Zakieh, Zakia; سعدیه Sadia) */
    if (j < SIM_PHONETIC && ar->rkey[ar->rlen - 2] == 'i') {
        r[ar->rlen - 1] = 'a';
        double ja = heard_alike(r, ar->rlen, o->rkey, o->rlen);
        if (ja > j)
            j = ja;
    }
    return j;
}

/* The consonants of a token, one symbol each: vowels, w, y and the
 * apostrophe left out (w and y are vowels of the Arabic reading as often
 * as not), digraphs (th dh sh kh gh ch) as one symbol in upper case, a
 * doubled letter once. Returns their number, at most AKA__KEY_MAX. */
static size_t consonant_frame(const char *t, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < AKA__KEY_MAX; i++) {
        char c = t[i], s = c;
        if (strchr("aeiouwy'", c))
            continue;
        if (i > 0 && t[i - 1] == c)
            continue; /* doubled */
        if (i + 1 < n && t[i + 1] == 'h' && strchr("tdskgc", c)) {
            s = (char)(c - 'a' + 'A');
            i++;
        }
        out[k++] = s;
    }
    return k;
}

/* Whether the Arabic script's consonant a (consonant_frame) can be
 * written l in a Latin spelling: the same letter, or as Persian, Urdu
 * and Pashto say it (ض, which the normaliser writes d, as z; ث th as s
 * or t; ذ dh as z or d), q as k, g or gh, kh as k, j as g or dj, sh as
 * ch, gh as g, f as ph, k as c, b as p. */
static int frame_letter_meets(char a, char l)
{
    if (a == l)
        return 1;
    switch (a) {
    case 'd': return l == 'z';
    case 'T': return l == 's' || l == 't';
    case 'D': return l == 'z' || l == 'd';
    case 'q': return l == 'k' || l == 'g' || l == 'G';
    case 'K': return l == 'k';
    case 'j': return l == 'g' || l == 'd';
    case 'S': return l == 'C';
    case 'G': return l == 'g';
    case 'f': return l == 'P';
    case 'k': return l == 'c';
    case 'b': return l == 'p';
    default: return 0;
    }
}

/* Persian spellings write ی, the keys' i, as ei or ey after a consonant
 * (خمینی Khomeini, حسینی Hosseini, Khomeyni): the Latin token `o` heard
 * with i there, against the Arabic token `ar`. Returns the phonetic
 * similarity, at most a variant's, or 0 when `o` writes no such ei. */
static AKA__NOINLINE double persian_ei(const aka__nunit *ar,
                                       const aka__nunit *o)
{
    char w[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1];
    size_t n = 0;
    int changed = 0;
    for (size_t i = 0; i < o->len; i++) {
        char c = o->tok[i], nx = o->tok[i + 1];
        if (c == 'e' && i > 0 && !aka__vowel(o->tok[i - 1]) &&
            (nx == 'i' || (nx == 'y' && (i + 2 == o->len ||
                                         !aka__vowel(o->tok[i + 2]))))) {
            w[n++] = 'i';
            i++;
            changed = 1;
            continue;
        }
        w[n++] = c;
    }
    if (!changed)
        return 0;
    aka__rkey(w, n, r);
    return heard_alike(ar->rkey, ar->rlen, r, strlen(r));
}

/* Whether the consonants (consonant_frame) of the Arabic-script text a
 * and the Latin text l meet one for one (frame_letter_meets), at least
 * `min` of them: a ة that a ends in may be read as the t of its construct
 * state (رحمة Rahmat-), and a final h be written or not (ذبيح Zabih,
 * Zabi; زاده Zadeh, Zada). */
static int frames_meet(const char *a, size_t an, const char *l, size_t ln,
                       size_t min)
{
    char fa[AKA__KEY_MAX], fo[AKA__KEY_MAX];
    size_t na = consonant_frame(a, an, fa);
    size_t no = consonant_frame(l, ln, fo);
    if (no == na + 1 && an >= 2 && a[an - 1] == 'a' && fo[no - 1] == 't' &&
        ln >= 2 && l[ln - 2] == 'a')
        no--;
    if (no == na + 1 && fo[no - 1] == 'h')
        no--;
    else if (na == no + 1 && fa[na - 1] == 'h' && na > 2)
        na--;
    if (na < min || na != no)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (!frame_letter_meets(fa[i], fo[i]))
            return 0;
    return 1;
}

/* A Latin d + z against an Arabic token that writes د before ز (احمدزاده
 * Ahmadzadeh, احمدزی Ahmadzai): two letters, as the Arabic token's keys
 * read them, not the one consonant of Polish dz that a Latin token's
 * keys read. Returns a skeleton's similarity when their consonants meet
 * (frames_meet, four or more), else the phonetic similarity of the Latin
 * token so read with the Arabic token, at most a variant's. */
static AKA__NOINLINE double latin_dz(const aka__nunit *ar, const aka__nunit *o)
{
    if (frames_meet(ar->tok, ar->len, o->tok, o->len, 4))
        return SIM_SKELETON;
    char w[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1];
    size_t n = 0;
    for (size_t i = 0; i < o->len && n < AKA__KEY_MAX; i++)
        w[n++] = o->tok[i] == 'z' && i > 0 && o->tok[i - 1] == 'd' ? 'Z'
                                                                  : o->tok[i];
    aka__rkey(w, n, r);
    return heard_alike(ar->rkey, ar->rlen, r, strlen(r));
}

/* و between two consonants (or after one at the end) is the vowel u or
 * o as often as the consonant w or the diphthong aw (اخوند Akhund, هوشنگ
 * Houshang, عمرو Amr; but توفيق Tawfik), where the keys read it as v:
 * the Arabic token `ar` also heard with u there, against `o`. Returns the
 * phonetic similarity, at most a variant's, or 0 when `ar` has no such
 * و. */
static AKA__NOINLINE double arabic_w_vowel(const aka__nunit *ar,
                                           const aka__nunit *o)
{
    char t[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1];
    int changed = 0;
    for (size_t i = 0; i < ar->len; i++) {
        char c = ar->tok[i];
        if (c == 'w' && i > 0 && !strchr("awy", ar->tok[i - 1]) &&
            (i + 1 == ar->len || !strchr("awy", ar->tok[i + 1]))) {
            c = 'u';
            changed = 1;
        }
        t[i] = c;
    }
    if (!changed)
        return 0;
    t[ar->len] = '\0';
    aka__rkey_arabic(t, ar->len, r);
    return heard_alike(r, strlen(r), o->rkey, o->rlen);
}

/* Whether a unit's token ends in the letters of `end`. */
static int unit_ends(const aka__nunit *u, const char *end)
{
    size_t k = strlen(end);
    return u->len >= k && memcmp(u->tok + u->len - k, end, k) == 0;
}

/* Whether an Arabic-script token ends in الله joined to a name before
 * it (allah_compound): "hbyballh", "rwhallh". */
static int allah_joined(const aka__nunit *ar)
{
    return ar->len >= 6 && unit_ends(ar, "allh");
}

/* A name joined to الله (Habibullah, Ruhollah, Saifullah): Arabic script
 * writes the word with its article's alif (حبيب الله "hbyb allh", joined
 * "hbyballh"), Latin spellings the vowel that joins the two, Arabic's
 * case ending u or Persian's o (Habibullah, Habibollah), which the
 * script does not write. The Arabic token `ar` ending in "allh" meets the
 * Latin token `o` ending in -ullah, -ollah, -allah, -illah (or without
 * the final h) when the stems' consonants meet one for one
 * (frame_letter_meets), two or more of them; a ة the Arabic stem ends in
 * may be read as the t of its construct state (رحمة الله Rahmatullah).
 * Returns a skeleton's similarity, else 0. */
static AKA__NOINLINE double allah_compound(const aka__nunit *ar,
                                           const aka__nunit *o)
{
    static const char *const sfx[] = {"ullah", "ollah", "allah", "illah",
                                      "ulla",  "olla",  "alla",  "oulach"};
    size_t sl = 0;
    for (size_t k = 0; k < sizeof sfx / sizeof sfx[0] && !sl; k++) {
        size_t l = strlen(sfx[k]);
        if (o->len >= l + 2 && memcmp(o->tok + o->len - l, sfx[k], l) == 0)
            sl = l;
    }
    if (!sl)
        return 0;
    size_t sn = o->len - sl;
    if (frames_meet(ar->tok, ar->len - 4, o->tok, sn, 2))
        return SIM_SKELETON;
    /* Greek writes the compound -ουλάχ and its stem with digraphs
     * (Ραχματουλάχ `rachmatoulach`, Νατζιμπουλάχ: match/greek_reading.h);
     * Russian writes ح and ه as х `kh` and ج as дж `dzh` (Хабибулла,
     * Наджибулла, Забихулла): the stem read so */
    char st[AKA__KEY_MAX + 1];
    size_t m = 0;
    int read = 0;
    if (sl == 6) {
        m = aka__greek_foreign(o->tok, sn, st);
        read = m > 0;
    } else {
        for (size_t i = 0; i < sn && m < AKA__KEY_MAX; i++) {
            if (o->tok[i] == 'k' && i + 1 < sn && o->tok[i + 1] == 'h') {
                st[m++] = 'h';
                i++;
                read = 1;
            } else if (o->tok[i] == 'd' && i + 2 < sn && o->tok[i + 1] == 'z' &&
                       o->tok[i + 2] == 'h') {
                st[m++] = 'j';
                i += 2;
                read = 1;
            } else {
                st[m++] = o->tok[i];
            }
        }
    }
    return read && frames_meet(ar->tok, ar->len - 4, st, m, 2) ? SIM_SKELETON : 0;
}

/* The rarer readings of a token `ar` in Arabic script against `o`
 * (arabic_read_as, and final_he when `he`: `ar` ends in h and `o` in a
 * vowel). Returns the better of j and what they give. */
static AKA__NOINLINE double arabic_otherwise(const aka__nunit *ar,
                                        const aka__nunit *o, int he,
                                        double j)
{
    if (j < PHON_FLOOR && memchr(ar->tok, 'j', ar->len)) {
        const char *g = strchr(o->tok, 'g');
        while (g && g[1] == 'h') /* gh is غ, not ج */
            g = strchr(g + 2, 'g');
        if (g) {
            double jg = arabic_read_as(ar, o, "j", 'g');
            if (jg > j)
                j = jg;
        }
        /* ج is a consonant wherever it stands, which the keys read as
         * a vowel i after a consonant (مجاهد "mjahd" keyed "miahd"), and
         * a Latin j after a vowel as a consonant (Mujahid): both read as
         * the consonant */
        if (j < PHON_FLOOR && memchr(o->tok, 'j', o->len)) {
            double jj = arabic_read_as(ar, o, "j", 'j');
            if (jj > j)
                j = jj;
        }
    }
    /* (q is ق; the other name's g or gh the letter it is read as) */
    if (j < SIM_PHONETIC && memchr(ar->tok, 'q', ar->len) &&
        memchr(o->tok, 'g', o->len)) {
        double jq = arabic_read_as(ar, o, "q", 'g');
        if (jq > j)
            j = jq;
    }
    if (j < SIM_PHONETIC && memchr(o->tok, 'j', o->len) &&
        strstr(ar->tok, "zh")) {
        double jz = arabic_read_as(ar, o, "zh", 'j');
        if (jz > j)
            j = jz;
    }
    size_t n = ar->rlen;
    if (he && j < SIM_PHONETIC && (!aka__vowel(ar->rkey[n - 2]) || ar->rkey[n - 2] == 'i') &&
        !(ar->len >= 3 && ar->tok[ar->len - 2] == 'l' &&
          ar->tok[ar->len - 3] == 'l')) {
        double je = final_he(ar, o);
        if (je > j)
            j = je;
    }
    return j;
}

/* The better of j and the similarity of key k (a Hangul name's) with key
 * w (a Latin name's) without the letters `glide` that stand before a u in
 * w, when there are any: no more than a variant, heard alike. */
static double korean_glide(const char *k, size_t kn, const char *w, size_t wn,
                           char glide, double j)
{
    char g[AKA__KEY_MAX + 1];
    size_t gn = 0;
    for (size_t i = 0; i < wn; i++)
        if (!(w[i] == glide && i + 1 < wn && w[i + 1] == 'u'))
            g[gn++] = w[i];
    if (gn == wn)
        return j;
    double jg = heard_alike(k, kn, g, gn);
    return jg > j ? jg : j;
}

/* Rarer readings of a pair with one name in Hangul, Thai letters or
 * Arabic script (see without_epenthesis, arabic_otherwise and below),
 * kept out of unit_pair so that the common path stays small enough to be
 * inlined. Returns the better of j and what they give. */
static AKA__NOINLINE double heard_otherwise(const aka__nunit *x,
                                       const aka__nunit *y, int korean,
                                       int thai, int arab, double j)
{
    if (arab) {
        const aka__nunit *ar = arab == 1 ? x : y, *o = arab == 1 ? y : x;
        /* an Arabic token with a j or a final h against another that may
         * hear it otherwise */
        int he = ar->rlen >= 3 && ar->rkey[ar->rlen - 1] == 'h' &&
                 aka__vowel(o->rkey[o->rlen - 1]);
        if (he || (j < PHON_FLOOR && memchr(ar->tok, 'j', ar->len)) ||
            (j < SIM_PHONETIC && (memchr(ar->tok, 'q', ar->len) ||
                                  memchr(ar->tok, 'z', ar->len))))
            j = arabic_otherwise(ar, o, he, j);
        if (j < SIM_PHONETIC && (o->tflags & AKA__UNIT_EI) &&
            memchr(ar->tok, 'y', ar->len)) {
            double je = persian_ei(ar, o);
            if (je > j)
                j = je;
        }
        if (j < SIM_PHONETIC && (ar->tflags & o->tflags & AKA__UNIT_DZ)) {
            double jd = latin_dz(ar, o);
            if (jd > j)
                j = jd;
        }
        /* (a Latin token with neither u nor o hears no such vowel) */
        if (j < PHON_FLOOR &&
            (o->rmask & ((1u << ('u' - 'a')) | (1u << ('o' - 'a')))) &&
            memchr(ar->tok, 'w', ar->len)) {
            double jw = arabic_w_vowel(ar, o);
            if (jw > j)
                j = jw;
        }
        if (j < SIM_SKELETON && allah_joined(ar)) {
            double ja = allah_compound(ar, o);
            if (ja > j)
                j = ja;
        }
        return j;
    }
    if (korean && j < 1) {
        /* Hangul writes a consonant cluster of a foreign name with the
         * vowel eu (으) between (블라디미르 beulradimireu, Vladimir;
         * 스탈린 seutallin, Stalin): heard without it too. */
        const aka__nunit *k = korean == 1 ? x : y, *w = korean == 1 ? y : x;
        char bare[AKA__KEY_MAX + 1];
        size_t bn = without_epenthesis(k->rkey, k->rlen, bare);
        if (bn != k->rlen) {
            double jb = heard_alike(bare, bn, w->rkey, w->rlen);
            if (jb > j)
                j = jb;
        }
        /* Korean has no v: a Latin w before u is the glide of the
         * customary spellings of 우, Tae-woo, Hyun-woo (태우, 현우), which
         * Revised Romanisation writes u alone (taeu, hyeonu): the Latin
         * name heard without it too, by its rkey (w is v there) and by its
         * loose key (f), which also hears Hyun as hyeon. */
        j = korean_glide(k->rkey, k->rlen, w->rkey, w->rlen, 'v', j);
        j = korean_glide(k->lkey, k->llen, w->lkey, w->llen, 'f', j);
    }
    if (j < PHON_FLOOR && thai) {
        /* Thai leaves the r of a final consonant cluster silent (วัตร
         * wat, มิตร mit), which the bearers' Pali spellings write with
         * its vowel (Shinawatra, Mitra): heard without it too. */
        const aka__nunit *t = thai == 1 ? x : y, *w = thai == 1 ? y : x;
        size_t n = w->rlen;
        if (n >= 5 && w->rkey[n - 1] == 'a' && w->rkey[n - 2] == 'r' &&
            strchr("tdkpb", w->rkey[n - 3]) &&
            w->rkey[n - 3] == t->rkey[t->rlen - 1]) {
            double jt = aka__phon_sim(w->rkey, n - 2, t->rkey, t->rlen,
                                      PHON_FLOOR);
            if (jt > SIM_PHONETIC)
                jt = SIM_PHONETIC;
            if (jt > j)
                j = jt;
        }
        if (j < PHON_FLOOR) {
            double jl = thai_linked(t, w);
            if (jl > j)
                j = jl;
        }
        if (j < PHON_FLOOR && t->len == w->len + 1) {
            double jv = thai_vowel_unsaid(t, w);
            if (jv > j)
                j = jv;
        }
    }
    return j;
}

/* Whether the token `han` read from a name in kanji has the token
 * `other` of a name in another script as another reading ([kanji]). */
static AKA__NOINLINE int kanji_reading_meets(const aka__nunit *han,
                                             const aka__nunit *other)
{
    return han->kanji >= 0 &&
           aka__kanji_other_reading(han->kanji, other->tok, other->len);
}

/* Whether two tokens of one length differ, and only where one writes j
 * and the other y. The keys read both as one glide before a vowel (Yulia,
 * Julia; Jovan, Yovan), as Slavic and German spellings do; in Korean they
 * are two sounds (준 jun and 윤 yun, 정 jeong and 영 yeong), so between two
 * Korean names in Latin letters such tokens are other names. */
static int j_for_y(const aka__nunit *x, const aka__nunit *y)
{
    return aka__habit_traded(x, y, 'j', 'y', NULL);
}

/* Whether two tokens are each one Mandarin syllable and no romanisation
 * of Mandarin (aka__zkey: Pinyin, Wade-Giles, Tongyong) reads them as
 * one: between two names read as Mandarin, keys that other languages'
 * spellings make equal (j and y as one glide: 军 Jun / 云 Yun, 杰 Jie / 叶
 * Ye) do not make them one name. */
static int syllables_apart(const aka__nunit *x, const aka__nunit *y)
{
    return x->zk && y->zk && x->zk != y->zk && (x->zinfo >> 2) == 1 &&
           (y->zinfo >> 2) == 1;
}

/* Two family names of one class, each one Mandarin syllable, that no
 * romanisation of Mandarin reads as one syllable (aka__zkey: Pinyin,
 * Wade-Giles and Tongyong), one of them a Korean spelling and the other
 * not: the class joins them as readings of one character (李 is Korean
 * Yi, 陈 Korean Jin, 尹 Korean Yun), but the Korean reading is a
 * Mandarin syllable of its own too (易 Yi, 金 Jin, 云 Yun), and a name
 * read as Mandarin throughout holds that one. Cantonese and Hokkien
 * readings (Chan, Tan for 陈), which Chinese people write themselves,
 * stay one name with the Pinyin; Zhou / Chou and Zheng / Cheng are one
 * syllable in Wade-Giles. */
static int readings_apart(const aka__nunit *x, const aka__nunit *y)
{
    return syllables_apart(x, y) && !(x->given >= 0 && x->given == y->given) &&
           aka__ko_family(x->tok, x->len) != aka__ko_family(y->tok, y->len);
}

/* Two units of Chinese names, as many syllables each, spelled
 * differently: other names when both are Pinyin for certain, where each
 * spelling is one syllable (Qichao / Qizhao, which Wade-Giles ch would
 * merge; Xuesen / Xuesheng), or when a syllable of their keys differs in
 * its initial or its final only (aka__zh_minimal_pair: Zhou / Zhu);
 * unless the variant tables list them as one (Li / Lee). Returns 1 when
 * they are apart. */
static AKA__NOINLINE int zh_apart(const aka__nunit *x, const aka__nunit *y)
{
    if ((x->given >= 0 && x->given == y->given) ||
        (x->family >= 0 && x->family == y->family))
        return 0;
    /* Pinyin for certain (q, x or zh, which no other system writes) */
    if (x->zinfo & y->zinfo & 2)
        return 1;
    return aka__zh_minimal_pair(x->zk, y->zk);
}

/* A Latin token of two or more syllables that only happens to read as
 * Pinyin (nothing in it is spelled as hardly any language but Chinese
 * spells) against a name in Han characters whose foreign reading is
 * that token's (列宁 lie ning, heard "lenin", and Lenin): a Western name
 * transcribed, not a Chinese name spelled otherwise. */
static int western_in_han(const aka__nunit *x, const aka__nunit *y,
                          const pairfacts *pf)
{
    if (pf->cjkside != 1 || !x->hlen || x->hlen != y->hlen ||
        memcmp(x->heard, y->heard, x->hlen) != 0)
        return 0;
    const aka__nunit *w = pf->lside == 1 ? x : y;
    return (w->zinfo & 3) == 0 && (w->zinfo >> 2) >= 2;
}

/* The Latin token `w` heard with its g before e, i or y read as `as`,
 * against `o`: English's soft g, the sound another script writes as j
 * (George "jeorj", Джордж "jorj"; `as` 'j', and a final e after a
 * consonant silent: `english`), or Greek's γ before a front vowel, which
 * the older BGN/PCGN system and many passports write y (Γεώργιος
 * Yeoryios, Γεράσιμος Yerasimos; `as` 'y'). Returns the phonetic
 * similarity, at most a variant's. */
static AKA__NOINLINE double soft_g(const aka__nunit *w, const aka__nunit *o,
                                   char as, int english)
{
    char h[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1];
    size_t n = w->len;
    for (size_t i = 0; i < n; i++) {
        char c = w->tok[i], nx = w->tok[i + 1]; /* tok is NUL-terminated */
        h[i] = c == 'g' && nx && strchr("eiy", nx) ? as : c;
    }
    if (english && n > 2 && h[n - 1] == 'e' && !aka__vowel(h[n - 2]))
        n--;
    /* keyed as the other token was, so that the j reads alike */
    aka__rkey(h, n, r);
    return heard_alike(r, strlen(r), o->rkey, o->rlen);
}

/* The Latin token `w` heard as Spanish says its j, and its g before e
 * or i, an h (the velar that Cyrillic х writes, keyed h), and its qu a
 * k, against `o`: one name when their loose keys are one (Jorge Хорхе,
 * Joaquín Хоакин, Vallejo Вальехо), a sound-alike's reach too far (Ajlin
 * read "ahlin" is no Алихан). The caller asks it of a token of five
 * letters or more that ends as Spanish words end (a vowel, n, s or z:
 * Arabic Jasim is not Хашим, Hashim) and of two names the tables do not
 * hold apart. Returns a variant's similarity, or 0. */
static AKA__NOINLINE double spanish_j(const aka__nunit *w, const aka__nunit *o)
{
    char h[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1], l[AKA__KEY_MAX + 1];
    size_t n = 0;
    for (size_t i = 0; i < w->len; i++) {
        char c = w->tok[i], nx = w->tok[i + 1]; /* tok is NUL-terminated */
        if (c == 'q' && nx == 'u') {
            h[n++] = 'k';
            i++;
            continue;
        }
        h[n++] = c == 'j' || (c == 'g' && (nx == 'e' || nx == 'i')) ? 'h' : c;
    }
    aka__rkey(h, n, r);
    aka__lkey(r, l);
    return strcmp(l, o->lkey) == 0 ? SIM_PHONETIC : 0;
}

/* Whether unit p's rkey is unit g's with the -ez (-es) that makes a
 * Spanish family name of a given name, in place of g's final vowel or
 * after its last letter: Martinez of Martin, Fernandez of Fernando,
 * Gonzalez of Gonzalo, Lopez of Lope; the rest four letters or more. */
static int ez_of(const aka__nunit *p, const aka__nunit *g)
{
    size_t n = p->rlen, k = g->rlen;
    if (n < 6 || p->rkey[n - 2] != 'e' ||
        (p->rkey[n - 1] != 'z' && p->rkey[n - 1] != 's'))
        return 0;
    n -= 2;
    if (k && aka__vowel(g->rkey[k - 1]) && k - 1 == n)
        k--;
    return k == n && memcmp(p->rkey, g->rkey, n) == 0;
}

/* Whether the variant tables list x and y as two given names, neither a
 * family name, of no common origin: Noa (נועה) and Noah, Yoko and Yuko,
 * Michele and Michelle, whose romanisation keys coincide. */
static int listed_apart(const aka__nunit *x, const aka__nunit *y)
{
    return x->given >= 0 && y->given >= 0 && x->given != y->given &&
           x->family < 0 && y->family < 0 &&
           (x->cognate < 0 || x->cognate != y->cognate);
}

/* Whether the tables list x and y as family names of different classes,
 * neither a given name (Dupont and Dumont, Tolstoy and Tolstykh): other
 * names however alike, where a letter between them is no slip. */
static int families_apart(const aka__nunit *x, const aka__nunit *y)
{
    return x->family >= 0 && y->family >= 0 && x->family != y->family &&
           x->given < 0 && y->given < 0;
}

/* Two short family names that the tables hold as two names, though one
 * may be a given name too (Le / Ly, Vo / Vu: Lê and Lý, Võ and Vũ): no
 * slip in a short name, and no sound of one. */
static int two_short_families(const aka__nunit *x, const aka__nunit *y)
{
    return x->len <= 3 && y->len <= 3 && x->family >= 0 && y->family >= 0 &&
           x->family != y->family && !(x->given >= 0 && x->given == y->given);
}

/* A unit's rkey with its hard c read as k (aka__rkey_hard_c) into buf,
 * or its rkey when it has none. */
static const char *hard_c_rkey(const aka__nunit *u, char buf[AKA__KEY_MAX + 1])
{
    if (!(u->tflags & AKA__UNIT_HARD_C))
        return u->rkey;
    aka__rkey_hard_c(u->tok, u->len, buf);
    return buf;
}

/* Whether a Hebrew unit whose word opens with a dropped alef or ayin
 * before a consonant (nunit.heb) is the other unit with another
 * vowel there: the keys guessed a, which the Latin form writes e after
 * an alef (אלי Eli, אלעד Elad) and as any vowel after an ayin (עמרי Omri,
 * עדן Eden). Equal rkeys otherwise. */
static int opening_vowel_meets(const aka__nunit *heb, const aka__nunit *o)
{
    return (heb->heb & AKA__HEB_GUESS) && heb->rlen == o->rlen &&
           heb->rlen >= 2 && heb->rkey[0] == 'a' && o->rkey[0] != 'a' &&
           strchr(heb->heb & AKA__HEB_AYIN ? "eiou" : "e", o->rkey[0]) &&
           memcmp(heb->rkey + 1, o->rkey + 1, heb->rlen - 1u) == 0;
}

/* Whether two tokens' rkeys are one but for their final vowels, of
 * different kinds (e, i and y are one kind: η is i or e). */
static int final_vowel_apart(const aka__nunit *x, const aka__nunit *y)
{
    size_t n = x->rlen;
    if (n < 3 || n != y->rlen || memcmp(x->rkey, y->rkey, n - 1) != 0)
        return 0;
    char a = x->rkey[n - 1], b = y->rkey[n - 1];
    if (!strchr("aeiouy", a) || !strchr("aeiouy", b))
        return 0;
    a = strchr("eiy", a) ? 'i' : a;
    b = strchr("eiy", b) ? 'i' : b;
    return a != b;
}

/* Whether w[0..n), keyed by aka__rkey, is unit u's rkey: another
 * reading of a token against the other token. */
static int rkey_is(const char *w, size_t n, const aka__nunit *u)
{
    char k[AKA__KEY_MAX + 1];
    aka__rkey(w, n, k);
    return strlen(k) == u->rlen && memcmp(k, u->rkey, u->rlen) == 0;
}

/* Whether the token t of a Turkish or Azerbaijani name, its c read as
 * the j that it is (not in ch, which the normaliser writes for no Turkic
 * letter), has the rkey of the other name's token o: Cəfərov / Jafarov,
 * Sevinc / Sevinj, Cemal / Jemal. */
static int turkic_c_meets(const aka__nunit *t, const aka__nunit *o)
{
    if (t->len < 3 || t->len != o->len || !memchr(t->tok, 'c', t->len) ||
        !(o->tflags & AKA__UNIT_J))
        return 0;
    char w[AKA__KEY_MAX + 1];
    if (!aka__turkic_spelling(t->tok, t->len, w))
        return 0;
    w[t->len] = '\0';
    return rkey_is(w, t->len, o);
}

/* Whether a unit's hard c may be the other's k: one has a hard c and the
 * other a k in its rkey (read as k, a hard c keeps the rkey's length).
 * Most pairs fail here and are spared keying the token again. */
static int hard_c_meets_k(const aka__nunit *x, const aka__nunit *y)
{
    const uint32_t k = UINT32_C(1) << ('k' - 'a');
    return ((x->tflags & AKA__UNIT_HARD_C) && (y->rmask & k)) ||
           ((y->tflags & AKA__UNIT_HARD_C) && (x->rmask & k));
}

static AKA__NOINLINE int hard_c_rkeys_equal(const aka__nunit *x,
                                            const aka__nunit *y)
{
    char kx[AKA__KEY_MAX + 1], ky[AKA__KEY_MAX + 1];
    return strcmp(hard_c_rkey(x, kx), hard_c_rkey(y, ky)) == 0;
}

/* Whether two units' lkeys are equal with a hard c read as k (either
 * unit's, aka__rkey_hard_c), both longer than two letters. */
static AKA__NOINLINE int hard_c_lkeys_equal(const aka__nunit *x,
                                            const aka__nunit *y)
{
    char kx[AKA__KEY_MAX + 1], ky[AKA__KEY_MAX + 1];
    char lx[AKA__KEY_MAX + 1], ly[AKA__KEY_MAX + 1];
    aka__lkey(hard_c_rkey(x, kx), lx);
    aka__lkey(hard_c_rkey(y, ky), ly);
    return strlen(lx) >= 3 && strcmp(lx, ly) == 0;
}

/* How a Hebrew unit's word opens, as aka__hebrew_keys takes it. */
static int hebrew_open(const aka__nunit *heb)
{
    return heb->heb & AKA__HEB_GUESS                        ? 2
           : heb->heb & (AKA__HEB_ALEF | AKA__HEB_AYIN) ? 1
                                                            : 0;
}

/* Whether a Hebrew unit's word, keyed another way (lkey l, skeleton
 * sk), meets the other unit: skeletons equal and the vowels it writes
 * agreeing. */
static int hebrew_keys_meet(const char *l, const char *sk, const aka__nunit *o)
{
    size_t sn = strlen(sk);
    return sn == o->slen && sn >= 2 && skel_labial_equal(sk, o->skel, sn) &&
           aka__abjad_vowels_agree(l, o->lkey);
}

/* Whether a Hebrew unit with a double yod inside its word (ויינברג
 * "wyynbrg") meets a Latin-letter unit that writes a diphthong there (ei,
 * ai, ey, ay: Weinberg) once the yod pair is read as that diphthong
 * (aka__hebrew_diphthong_keys): skeletons equal and vowels agreeing. */
static AKA__NOINLINE int hebrew_diphthong_equal(const aka__nunit *heb,
                                                const aka__nunit *o)
{
    /* (a double yod first is a diphthong after a dropped opening letter:
     * אייזנמן Eisenman) */
    int open = hebrew_open(heb) == 1;
    const char *yy = strstr(heb->tok, "yy");
    if (!yy || (yy == heb->tok && !open) || o->slen + 1 != heb->slen ||
        !(strstr(o->tok, "ei") || strstr(o->tok, "ai") ||
          strstr(o->tok, "ey") || strstr(o->tok, "ay")))
        return 0;
    char l[AKA__KEY_MAX + 1], sk[AKA__KEY_MAX + 1];
    aka__hebrew_diphthong_keys(heb->tok, heb->len, open, l, sk);
    return hebrew_keys_meet(l, sk, o);
}

/* Whether a Hebrew unit with a yod before a vav inside its word meets a
 * unit that writes the consonant y there (אוחיון Ohayon), once that yod
 * is read so (aka__hebrew_glide_keys): skeletons equal and vowels
 * agreeing. */
static AKA__NOINLINE int hebrew_glide_equal(const aka__nunit *heb,
                                            const aka__nunit *o)
{
    const char *yw = heb->len > 2 ? strstr(heb->tok + 1, "yw") : NULL;
    if (!yw || strchr("wy", yw[-1]) || !memchr(o->skel, 'j', o->slen))
        return 0;
    char l[AKA__KEY_MAX + 1], sk[AKA__KEY_MAX + 1];
    aka__hebrew_glide_keys(heb->tok, heb->len, hebrew_open(heb), l, sk);
    return hebrew_keys_meet(l, sk, o);
}

/* Whether a Hebrew unit whose word ends in ה after a letter that the keys
 * join it to (k, p, g, t, s: כה read as kh, פה as ph) meets a name that
 * ends in the vowel that ה writes, a or e (מלכה Malka), once the ה is
 * read so. Only when the other name ends so: the keys' digraph is right
 * often enough elsewhere. */
static AKA__NOINLINE int hebrew_final_vowel_equal(const aka__nunit *heb,
                                                  const aka__nunit *o)
{
    size_t n = heb->len, m = o->len;
    if (heb->heb_closed != AKA__HEB_OPEN_END || n < 3 ||
        heb->tok[n - 1] != 'h' || !strchr("kpgts", heb->tok[n - 2]))
        return 0;
    if (m >= 2 && o->tok[m - 1] == 'h')
        m--;
    if (m < 2 || !strchr("ae", o->tok[m - 1]))
        return 0;
    char l[AKA__KEY_MAX + 1], sk[AKA__KEY_MAX + 1];
    aka__hebrew_keys(heb->tok, n - 1, hebrew_open(heb), l, sk);
    return hebrew_keys_meet(l, sk, o);
}

/* Two skeletons that meet: equal, or across Hebrew letters (abjad) equal
 * but for the labials Hebrew writes alike (skel_labial_equal). */
static int skeletons_meet(const char *a, size_t na, const char *b, size_t nb,
                          int abjad)
{
    return na >= 2 && na == nb &&
           (abjad ? skel_labial_equal(a, b, na) : memcmp(a, b, na) == 0);
}

/* skeletons_meet with a hard c read as k (כהן / Cohen): the skeleton
 * keeps every h (aka__rkey_hebrew), as a Latin unit's does. */
static AKA__NOINLINE int hard_c_skeletons_meet(const aka__nunit *x,
                                               const aka__nunit *y, int abjad)
{
    char sx[AKA__KEY_MAX + 1], sy[AKA__KEY_MAX + 1];
    const aka__nunit *u[2] = {x, y};
    char *out[2] = {sx, sy};
    for (int i = 0; i < 2; i++) {
        if (!(u[i]->tflags & AKA__UNIT_HARD_C)) {
            memcpy(out[i], u[i]->skel, (size_t)u[i]->slen + 1);
            continue;
        }
        char k[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1], l[AKA__KEY_MAX + 1];
        size_t n = aka__hard_c_as_k(u[i]->tok, u[i]->len, k);
        aka__rkey_hebrew(k, n, r);
        aka__lkey(r, l);
        aka__skeleton(l, out[i]);
    }
    return skeletons_meet(sx, strlen(sx), sy, strlen(sy), abjad);
}

/* A vowel, or the w and y Arabic script writes its long vowels with. */
static int arabic_vowel_letter(char c)
{
    return aka__vowel(c) || c == 'w' || c == 'y';
}

/* Whether the Latin unit l meets the unit ar, romanised from Arabic script,
 * by consonant skeleton, ar's ي between two consonants (طيب `tyb`, سيد
 * `syd`) read as the consonant y that l writes between two vowels (Tayeb,
 * Sayed). The romanised word reads that ي as a long i and has no y in its
 * skeleton (`tp`), where l's has the glide (`tjp`): compared without it. A
 * Latin j is a consonant of its own, and a ي beside a vowel letter (زياد
 * Ziyad) is read as written. */
static AKA__NOINLINE int arabic_y_consonant(const aka__nunit *ar,
                                            const aka__nunit *l)
{
    if (!memchr(l->skel, 'j', l->slen) || memchr(l->tok, 'j', l->len))
        return 0;
    int between = 0;
    for (size_t i = 1; i + 1 < ar->len && !between; i++)
        between = ar->tok[i] == 'y' && !arabic_vowel_letter(ar->tok[i - 1]) &&
                  !arabic_vowel_letter(ar->tok[i + 1]);
    int glide = 0;
    for (size_t i = 1; i + 1 < l->len && !glide; i++)
        glide = l->tok[i] == 'y' && l->tok[i - 1] == 'a' &&
                arabic_vowel_letter(l->tok[i + 1]) && l->tok[i + 1] != 'y';
    if (!between || !glide)
        return 0;
    char k[AKA__KEY_MAX + 1];
    size_t n = 0;
    for (size_t i = 0; i < l->slen; i++)
        if (l->skel[i] != 'j')
            k[n++] = l->skel[i];
    return skeletons_meet(ar->skel, ar->slen, k, n, 0);
}

/* Whether the Latin unit l is a spelling of ar, a word in Arabic script
 * that romanises to one consonant and a long a: the normaliser drops
 * ayin and hamza (دعاء "da", علاء and علا "la"), which Latin spellings
 * write as vowels (Doaa, Duaa, Alaa, Ola), so that the two skeletons,
 * one consonant each, were too short to meet. l: that consonant, as its
 * skeleton says, and two vowel letters or more, one an a (the long a the
 * script writes), three to five letters. */
static AKA__NOINLINE int arabic_one_consonant(const aka__nunit *ar,
                                              const aka__nunit *l)
{
    if (ar->len != 2 || ar->tok[1] != 'a' || ar->slen != 1 || l->slen != 1 ||
        l->skel[0] != ar->skel[0] || l->len < 3 || l->len > 5 ||
        !memchr(l->tok, 'a', l->len))
        return 0;
    int vowels = 0;
    for (size_t i = 0; i < l->len; i++)
        vowels += aka__vowel(l->tok[i]);
    return vowels >= 2;
}

/* Whether the heard readings of two units (nunit.heard) start and end
 * with consonants that aka__phon_sim lets stand for each other: a
 * transcription keeps a name's first and last consonants in their class
 * (the added vowels come after them), and most pairs of unrelated names
 * differ there, so the distance need not be computed for them. */
static int heard_letter_near(char a, char b)
{
    unsigned ca = aka__phon_code(a), cb = aka__phon_code(b);
    /* (katakana and Hangul write a v as b: ビクター, 빅토르 Victor) */
    return a == b || aka__phon_sub[ca][cb] < 20 || (a == 'v' && b == 'b') ||
           (a == 'b' && b == 'v');
}

/* Whether one reading starts with katakana's ウ u before a consonant and
 * the other with a v or w before one, which katakana writes so
 * (ウラジーミル Vladimir). */
static int kana_u_for_v(const char *a, const char *b)
{
    return a[0] == 'u' && a[1] && !aka__vowel(a[1]) &&
           (b[0] == 'v' || b[0] == 'w') && b[1] && !aka__vowel(b[1]) && b[1] != 'y';
}

/* The first letter of a reading that is neither a vowel nor h, or 0. */
static char first_consonant(const char *h)
{
    while (aka__vowel(*h) || *h == 'h')
        h++;
    return *h;
}

/* Whether a Latin unit w may meet a katakana unit o once its r are said
 * (aka__latin_heard_rhotic): o's reading ends in an r, w has an r that
 * its reading dropped, and their first consonants are near. */
static int kana_rhotic(const aka__nunit *o, const aka__nunit *w,
                       const pairfacts *pf)
{
    if (!(pf->cjkside & 2) || o->hlen < 2 || o->heard[o->hlen - 1] != 'r' ||
        !memchr(w->tok, 'r', w->len) || memchr(w->heard, 'r', w->hlen))
        return 0;
    char co = first_consonant(o->heard), cw = first_consonant(w->heard);
    return co && cw && heard_letter_near(co, cw);
}

static int heard_ends_near(const aka__nunit *x, const aka__nunit *y)
{
    const char *a = x->heard, *b = y->heard;
    /* (the ウ of a V is no vowel of the name: its consonant comes next) */
    if (kana_u_for_v(a, b))
        b++;
    else if (kana_u_for_v(b, a))
        a++;
    char ca = first_consonant(a), cb = first_consonant(b);
    if (!ca || !cb)
        return 1;
    if (!heard_letter_near(ca, cb))
        return 0;
    size_t p = x->hlen - (size_t)(a - x->heard),
           q = y->hlen - (size_t)(b - y->heard);
    while (aka__vowel(a[p - 1]))
        p--;
    while (aka__vowel(b[q - 1]))
        q--;
    return heard_letter_near(a[p - 1], b[q - 1]);
}

/* The last of a, e, i, o, u in s[0..n), or 0. */
static char last_vowel(const char *s, size_t n)
{
    while (n > 0 && !aka__vowel(s[n - 1]))
        n--;
    return n ? s[n - 1] : 0;
}

/* A Western name transcribed into Chinese characters, katakana or
 * Hangul (the unit of the name that is not in Latin letters; pf->cjkside
 * says which), heard back as a foreign name against the Latin unit as
 * those scripts hear it (both readings made with the name: nunit.heard).
 * Returns the better of j and that phonetic similarity, at most a
 * variant's; *same is set to 1 when the readings are keyed alike. */
/* A katakana unit's reading with the older チ ti and ジ di
 * (aka__kana_heard), keyed as nunit.heard is, into r. */
static void older_reading(const aka__nunit *o, char r[AKA__KEY_MAX + 1])
{
    char h[AKA__KEY_MAX + 1];
    size_t hn = aka__kana_heard(o->tok, o->len, 1, h);
    aka__rkey(h, hn, r);
}

static AKA__NOINLINE double foreign_heard(const aka__nunit *x, const aka__nunit *y,
                                     const pairfacts *pf, double j, int *same)
{
    const aka__nunit *w = pf->lside == 1 ? x : y, *o = pf->lside == 1 ? y : x;
    if (o->hlen == w->hlen && memcmp(o->heard, w->heard, o->hlen) == 0) {
        *same = 1;
        return SIM_PHONETIC;
    }
    double s = aka__phon_sim(o->heard, o->hlen, w->heard, w->hlen, PHON_FLOOR);
    /* katakana's older spellings チ chi for ti, ジ ji for di (プーチン
     * Putin, ウラジーミル Vladimir), read once for the tests below that
     * need it */
    char older[AKA__KEY_MAX + 1];
    int have_older = 0;
    if (s < PHON_FLOOR && (pf->cjkside & 2) &&
        (strstr(o->tok, "chi") || strstr(o->tok, "ji"))) {
        older_reading(o, older);
        have_older = 1;
        double t = aka__phon_sim(older, strlen(older), w->heard, w->hlen, PHON_FLOOR);
        if (t > s)
            s = t;
    }
    /* katakana's ウ u for a V or W before a consonant (ウラジーミル
     * Vladimir, ウラジオストク Vladivostok): the rest heard alike */
    if (s < PHON_FLOOR && (pf->cjkside & 2) && kana_u_for_v(o->heard, w->heard)) {
        if (!have_older)
            older_reading(o, older);
        const char *k[2] = {o->heard, older};
        for (int i = 0; i < 2; i++) {
            if (k[i][0] != 'u')
                continue;
            double t = aka__phon_sim(k[i] + 1, strlen(k[i]) - 1, w->heard + 1,
                                     w->hlen - 1u, PHON_FLOOR);
            if (t > s)
                s = t;
        }
    }
    /* Katakana writes every r of a name from a language that says it
     * (ヴィクトル Victor, サルトル Sartre), where the Latin reading drops
     * it as English does */
    char wr[AKA__KEY_MAX + 1];
    const char *wh = w->heard;
    size_t whn = w->hlen;
    /* (tried even when the English reading comes near: its last vowel may
     * then be the one the test below refuses, ヴィクトル "viktr" against
     * Victor "vikto") */
    if (kana_rhotic(o, w, pf)) {
        char h[AKA__KEY_MAX + 1];
        size_t hn = aka__latin_heard_rhotic(w->tok, w->len, h);
        aka__rkey(h, hn, wr);
        size_t rn = strlen(wr);
        double t = aka__phon_sim(o->heard, o->hlen, wr, rn, PHON_FLOOR);
        if (t >= PHON_FLOOR) {
            s = t > s ? t : s;
            wh = wr;
            whn = rn;
        }
    }
    if (s < PHON_FLOOR)
        return j;
    /* Katakana and Hangul write a name's vowels as heard, once their
     * added vowels are gone, and Chinese picks a character of the vowel
     * heard: a last vowel i where the Latin name has o or u, or the
     * reverse, is another name (스탈린 Stalin, not Stallone; 列宁 Lenin,
     * 列侬 Lennon). */
    /* (not of an r said: katakana's ト before its ル lost the o that
     * reading takes for added, ヴィクトル "viktr") */
    if (wh == w->heard) {
        char vh = last_vowel(o->heard, o->hlen), vl = last_vowel(wh, whn);
        if ((vh == 'i' && (vl == 'o' || vl == 'u')) ||
            (vl == 'i' && (vh == 'o' || vh == 'u')))
            return j;
    }
    if (s > SIM_PHONETIC)
        s = SIM_PHONETIC;
    return s > j ? s : j;
}

/* A Latin unit read as French (aka__french_heard) against the other
 * unit's rkey, and against its reading as a Western name when it is in
 * Han, kana or Hangul: Monet / Моне, モネ, 莫奈; Claude / Клод, クロード.
 * `vowels`: 2 when the other is in Cyrillic or Greek letters, 1 in Han,
 * kana or Hangul (scripts that write the vowels heard), else 0.
 * Returns the better of j and that similarity, at most a variant's. */
/* The letter code (aka__phon_sub's) plus 1 of the last letter of
 * r[0..n) that is neither a vowel nor h, 0 when none. */
static unsigned last_consonant(const char *r, size_t n)
{
    while (n > 0 && (aka__vowel(r[n - 1]) || r[n - 1] == 'h'))
        n--;
    return n ? aka__phon_code(r[n - 1]) + 1u : 0u;
}

/* Whether two letter codes plus 1 (0: none) are of classes aka__phon_sim
 * keeps apart. */
static int codes_apart(unsigned a, unsigned b)
{
    return a && b && a != b && aka__phon_sub[a - 1][b - 1] >= 20;
}

/* Whether a Latin unit read as French (aka__french_heard) cannot meet
 * the other unit: their first or last consonants, or their lengths, too
 * far apart for aka__phon_sim to reach the floor (the first and last
 * of the other unit's rkey, or of its reading as a Western name when it
 * is in Han, kana or Hangul; `abjad`: the other is in Arabic or Hebrew
 * letters). Most pairs fail here and are spared
 * reading the token again. */
static int french_apart(const aka__nunit *w, const aka__nunit *o,
                        int abjad)
{
    if (codes_apart(w->frfirst, o->rfirst) &&
        (!o->hlen || codes_apart(w->frfirst, aka__phon_code(o->heard[0]) + 1u)))
        return 1;
    /* (Arabic and Hebrew end a name with the letters of its last vowel:
     * كامو Camus) */
    if (!abjad && codes_apart(w->frlast, last_consonant(o->rkey, o->rlen)) &&
        (!o->hlen || codes_apart(w->frlast, last_consonant(o->heard, o->hlen))))
        return 1;
    return aka__phon_too_far(w->frlen, w->frcons, o->rlen, o->rcons,
                             PHON_FLOOR) &&
           (!o->hlen || aka__phon_too_far(w->frlen, w->frcons, o->hlen,
                                          aka__phon_consonants(o->heard, o->hlen),
                                          PHON_FLOOR));
}

static AKA__NOINLINE double french_heard(const aka__nunit *w,
                                         const aka__nunit *o, int vowels,
                                         double j)
{
    /* (katakana and Hangul write a French r, heard unlike English's:
     * シャルル Charles, ゴール Gaulle; their readings drop a final one) */
    char oh[AKA__KEY_MAX + 2];
    size_t on = o->hlen;
    memcpy(oh, o->heard, on);
    if (on && on < AKA__KEY_MAX && o->len >= 3 &&
        o->tok[o->len - 2] == 'r' && o->tok[o->len - 1] == 'u')
        oh[on++] = 'r';
    oh[on] = '\0';
    double s = 0;
    /* the u of French read as u, then as the yu of Cyrillic and katakana */
    /* (a token with no u has no second reading) */
    int tries = memchr(w->tok, 'u', w->len) ? 2 : 1;
    for (int yu = 0; yu < tries && s < PHON_FLOOR; yu++) {
        char f[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1];
        size_t fn = aka__french_heard(
            w->tok, w->len,
            (yu ? AKA__FRENCH_YU : 0u) | (o->hlen ? AKA__FRENCH_J : 0u), f);
        if (!fn || (yu && !memchr(f, 'y', fn)))
            break;
        aka__rkey(f, fn, r);
        size_t rn = strlen(r), rc = aka__phon_consonants(r, rn);
        double t = aka__phon_too_far(rn, rc, o->rlen, o->rcons, PHON_FLOOR)
                       ? 0
                       : aka__phon_sim(r, rn, o->rkey, o->rlen, PHON_FLOOR);
        if (t < PHON_FLOOR && on &&
            !aka__phon_too_far(rn, rc, on, aka__phon_consonants(oh, on),
                               PHON_FLOOR)) {
            double h = aka__phon_sim(r, rn, oh, on, PHON_FLOOR);
            if (h > t)
                t = h;
        }
        /* A script that writes vowels writes the last one heard: an i
         * where the French reading has o or u, or the reverse, is another
         * name (스탈린 Stalin, not Stallone; see foreign_heard). */
        char vf = last_vowel(r, rn), vo = last_vowel(on ? oh : o->rkey,
                                                     on ? on : o->rlen);
        if (vowels && ((vo == 'i' && (vf == 'o' || vf == 'u')) ||
                       (vf == 'i' && (vo == 'o' || vo == 'u'))))
            t = 0;
        /* ... and Cyrillic and Greek the final vowel a French name ends
         * in as said: Моне is Monet, not Monod (Моно) */
        if (vowels == 2 && rn && aka__vowel(r[rn - 1]) && aka__vowel(o->rkey[o->rlen - 1]) &&
            r[rn - 1] != o->rkey[o->rlen - 1])
            t = 0;
        if (t > s)
            s = t;
    }
    if (s > SIM_PHONETIC)
        s = SIM_PHONETIC;
    return s > j ? s : j;
}

/* Whether the rkeys of two units differ in more than two letters by
 * their letter sets alone: each letter one key has and the other lacks
 * needs an edit of its own (a transposition moves none), so their
 * distance is then above 2 and aka__osa(..., 2) would return 3. */
static int more_than_two_bits(uint32_t v)
{
    v &= v - 1; /* (each step clears the lowest set bit) */
    v &= v - 1;
    return v != 0;
}

static int letters_apart(const aka__nunit *x, const aka__nunit *y)
{
    return more_than_two_bits(x->rmask & ~y->rmask) ||
           more_than_two_bits(y->rmask & ~x->rmask);
}

/* aka__phon_sim's first test (with a floor) on the units' precomputed
 * first consonants: 1 when it would return 0 at once. (Two bytes other
 * than letters have one code: aka__phon_sim, called then, tells them
 * apart.) */
static int first_consonants_apart(const aka__nunit *x, const aka__nunit *y)
{
    return codes_apart(x->rfirst, y->rfirst);
}

/* Whether the longer of x's and y's tokens (of one first letter) is the
 * other with an e after some of its o's, and of its u's but a first one,
 * that a consonant follows (oezil / ozil, gueler / guler; not Joe / Jo,
 * Goeun / Goun, nor the Japanese Ueda / Uda), and nothing else. (Two
 * Chinese names, Xuemei / Xumei, are told apart by their syllables before
 * this is asked.) */
static int e_for_umlaut(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *l = x->len > y->len ? x : y, *s = x->len > y->len ? y : x;
    if (l->len - s->len > 3)
        return 0;
    size_t i = 0, j = 0;
    while (i < l->len) {
        if (j < s->len && l->tok[i] == s->tok[j]) {
            i++;
            j++;
        } else if (l->tok[i] == 'e' && i > 0 &&
                   (l->tok[i - 1] == 'o' || (l->tok[i - 1] == 'u' && i > 1)) &&
                   i + 1 < l->len && !aka__vowel(l->tok[i + 1])) {
            i++;
        } else {
            return 0;
        }
    }
    return j == s->len;
}

/* Whether a token ends as Serbo-Croatian family names do, in -ić (ic,
 * ich as German and French spellings write it). */
static int slavic_ic(const aka__nunit *u)
{
    return (u->len > 3 && unit_ends(u, "ic")) || (u->len > 4 && unit_ends(u, "ich"));
}

/* Whether token two is token one but for the digraph d0 d1 where one
 * has the single letter c, once or more, the rest alike letter for
 * letter (a c that opens the digraph itself in one is read as the
 * digraph: dj against dj is no swap). */
static int digraph_for(const aka__nunit *two, const aka__nunit *one, char d0, char d1,
                       char c)
{
    size_t i = 0, j = 0;
    int swapped = 0;
    while (i < two->len && j < one->len) {
        if (two->tok[i] == d0 && i + 1 < two->len && two->tok[i + 1] == d1 &&
            one->tok[j] == c &&
            !(c == d0 && j + 1 < one->len && one->tok[j + 1] == d1)) {
            i += 2;
            j++;
            swapped = 1;
        } else if (two->tok[i] == one->tok[j]) {
            i++;
            j++;
        } else {
            return 0;
        }
    }
    return swapped && i == two->len && j == one->len;
}

/* Whether one token is the other with a dj where the other has a d, once
 * or more, and both end in -ic or -ich: Serbo-Croatian đ, which passports
 * and the normaliser write dj and a keyboard without the letter d (Đukić
 * Djukic / Dukic, Đorđević Djordjevic / Dordevic). Other names keep the j
 * (Adjani is not Adani). */
static int dj_for_d(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *l = x->len > y->len ? x : y, *s = x->len > y->len ? y : x;
    return s->len >= 5 && slavic_ic(l) && slavic_ic(s) && digraph_for(l, s, 'd', 'j', 'd');
}

/* Whether one token is the other with a final a after a doubled
 * consonant: the schwa Indic scripts write after a final conjunct, which
 * Latin spellings drop or keep (भट्ट bhatta / Bhatt, Dutta / Dutt). */
static int geminate_schwa(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *l = x->len > y->len ? x : y, *s = x->len > y->len ? y : x;
    return l->len == s->len + 1 && s->len >= 4 && l->tok[l->len - 1] == 'a' &&
           s->tok[s->len - 1] == s->tok[s->len - 2] &&
           !aka__vowel(s->tok[s->len - 1]) && memcmp(l->tok, s->tok, s->len) == 0;
}

/* Whether u's letter i is the r of a final -orn, which popular Thai
 * spellings write for the final n of ร (Supaporn / Suphaphon, Siriporn /
 * Siriphon, Sakorn / Sakon). */
static int thai_final_r(const aka__nunit *u, size_t i)
{
    return i >= 4 && i + 2 == u->len && u->tok[i] == 'r' && u->tok[i + 1] == 'n' &&
           u->tok[i - 1] == 'o';
}

/* Whether x and y are one token but for the h of aspirates one writes
 * after p or k and the other leaves out, as Thai, Lao, Khmer and Indian
 * names and Arabic ones of kh are spelt both ways: Suphan / Supan,
 * Khittiphong / Kittipong, Phromma / Promma, Khaled / Kaled. The h
 * after t is read so already (th is t in the keys); a token of fewer
 * than four letters another name as often (Kan / Khan, Pan / Phan), and
 * so is a run of tokens joined (Kan Wei / Khan Wei): single tokens only.
 * The r of a Thai final -orn (thai_final_r) is skipped as such an h is:
 * Suphaphon / Supaporn. */
static int aspirate_h(const aka__nunit *x, const aka__nunit *y)
{
    size_t i = 0, j = 0;
    int skipped = 0;
    for (;;) {
        int hx = i < x->len && ((x->tok[i] == 'h' && i > 0 &&
                                 (x->tok[i - 1] == 'p' || x->tok[i - 1] == 'k')) ||
                                thai_final_r(x, i));
        int hy = j < y->len && ((y->tok[j] == 'h' && j > 0 &&
                                 (y->tok[j - 1] == 'p' || y->tok[j - 1] == 'k')) ||
                                thai_final_r(y, j));
        if (i < x->len && j < y->len && x->tok[i] == y->tok[j]) {
            i++;
            j++;
        } else if (hx) {
            i++;
            skipped = 1;
        } else if (hy) {
            j++;
            skipped = 1;
        } else {
            break;
        }
    }
    return skipped && i == x->len && j == y->len &&
           (x->len < y->len ? x->len : y->len) >= 4;
}

/* Whether l[0..ln) is s[0..sn) with the genitive ending of a Mongolian
 * patronymic (mongolian_genitive). */
static int genitive_of(const char *l, size_t ln, const char *s, size_t sn)
{
    static const char *const after_consonant[] = {"yn", "iin", "iyn", "ijn"};
    static const char *const after_vowel[] = {"giin", "giyn", "gijn"};
    /* A final short vowel gives way to -yn or -iin (Тулга, Тулгын: Gantulga /
     * Gantulgyn), from six letters on (Marta and Martyn are two names). */
    size_t stem = sn - 1;
    if (sn >= 6 && aka__vowel(s[stem]) && !aka__vowel(s[stem - 1]) &&
        memcmp(l, s, stem) == 0 &&
        ((ln == stem + 2 && memcmp(l + stem, "yn", 2) == 0) ||
         (ln == stem + 3 && memcmp(l + stem, "iin", 3) == 0)))
        return 1;
    if (sn < 4 || ln > sn + 4 || ln <= sn || memcmp(l, s, sn) != 0)
        return 0;
    const char *end = l + sn;
    size_t n = ln - sn;
    /* (-yn after four letters is as often an English name: Martyn,
     * Mervyn, Evelyn) */
    if (n == 2 && sn < 5)
        return 0;
    return aka__vowel(s[sn - 1]) ? AKA__LISTED(after_vowel, end, n)
                                 : AKA__LISTED(after_consonant, end, n);
}

/* Whether one of x and y is the other with the genitive ending of a
 * Mongolian patronymic: Mongolian registers write the father's name in
 * the genitive before the given name (Батсүхийн Ариунболд, Batsukhyn;
 * Цахиагийн, Tsakhiagiin), passports without it (BATSUKH). The ending
 * is -yn, -iin, -iyn or -ijn after a consonant and -giin, -giyn or -gijn
 * after a vowel; the name without it has four letters or more, five
 * before -yn. */
static int mongolian_genitive(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *l = x->len > y->len ? x : y, *s = x->len > y->len ? y : x;
    if (genitive_of(l->tok, l->len, s->tok, s->len))
        return 1;
    /* ... the Cyrillic register's ж, read zh, where the passport writes
     * j (Доржийн `dorzhiyn` / Dorj) */
    char z[AKA__KEY_MAX + 1];
    size_t zn = 0;
    int read = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (l->tok[i] == 'z' && l->tok[i + 1] == 'h') { /* tok is NUL-terminated */
            z[zn++] = 'j';
            i++;
            read = 1;
        } else {
            z[zn++] = l->tok[i];
        }
    }
    return read && memchr(s->tok, 'j', s->len) && genitive_of(z, zn, s->tok, s->len);
}

/* Whether one unit is the other but for the final e that French writes
 * after a Russian final n, so that the n is said (Poutine / Putin,
 * Gagarine, Lénine, Raspoutine): by rkey (ou is u), after a vowel and
 * four letters or more. Names the tables list are left alone, for the
 * French feminine is the same e (Martin / Martine, Simon / Simone). */
static int french_final_e(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *l = x->rlen > y->rlen ? x : y, *s = x->rlen > y->rlen ? y : x;
    if (l->rlen != s->rlen + 1 || s->rlen < 4 || s->rkey[s->rlen - 1] != 'n' ||
        !aka__vowel(s->rkey[s->rlen - 2]) || x->given >= 0 || y->given >= 0 ||
        x->family >= 0 || y->family >= 0)
        return 0;
    if (l->rkey[s->rlen] == 'e' && memcmp(l->rkey, s->rkey, s->rlen) == 0)
        return 1;
    /* ... French ch for sh beside it (Chirine / Shirin, Pouchkine /
     * Pushkin), read by the French reading (keys.h) */
    char r[AKA__KEY_MAX + 1];
    return memchr(l->tok, 'c', l->len) &&
           aka__other_reading(l->tok, l->len, 1, r) == (size_t)s->rlen + 1 &&
           r[s->rlen] == 'e' && memcmp(r, s->rkey, s->rlen) == 0;
}

/* Whether one token ends in -eh where the other ends in -a or -ah, the
 * rest alike, four letters or more: the final ة or ه of Arabic and Persian
 * names, which Persian and Levantine spellings write eh (Haniyeh / Haniya,
 * Zakieh / Zakia, Aliyeh / Aliya). Saleh and Sala stay apart. */
static int final_eh(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *e = unit_ends(x, "eh") ? x : unit_ends(y, "eh") ? y : NULL;
    if (!e)
        return 0;
    const aka__nunit *a = e == x ? y : x;
    size_t stem = e->len - 2;
    if (stem < 4 || a->len < stem + 1 || a->tok[stem] != 'a' ||
        memcmp(a->tok, e->tok, stem) != 0)
        return 0;
    return a->len == stem + 1 || (a->len == stem + 2 && a->tok[stem + 1] == 'h');
}

/* Whether the token c, read from Cyrillic, is the Latin token l read as
 * Romanian, as Moldova's registers write a name in both alphabets: ch and
 * gh before e or i are k and g, c before e or i is ч (ci before a vowel
 * its ч alone), and then another c is k (Chiriac / Кириак, Chicu / Кику;
 * a c alone is no sign of Romanian: Ngoc), or one t may be the ț the
 * Latin lost to ASCII (Țurcanu / Цуркану). */
static int romanian_written(const aka__nunit *c, const aka__nunit *l)
{
    if (l->len < 4 || l->len + 8 > AKA__KEY_MAX)
        return 0;
    char w[AKA__KEY_MAX + 1];
    size_t m = 0;
    int read = 0;
    const char *t = l->tok;
    for (size_t i = 0; i < l->len; i++) {
        if (m + 3 > AKA__KEY_MAX) /* (a c becomes ch: room for it, and a t's s) */
            return 0;
        char nx = i + 1 < l->len ? t[i + 1] : 0, n2 = i + 2 < l->len ? t[i + 2] : 0;
        if ((t[i] == 'c' || t[i] == 'g') && nx == 'h' && (n2 == 'e' || n2 == 'i')) {
            w[m++] = t[i] == 'c' ? 'k' : 'g';
            i++;
            read = 1;
        } else if (t[i] == 'c' && (nx == 'e' || nx == 'i')) {
            w[m++] = 'c';
            w[m++] = 'h';
            if (nx == 'i' && n2 && strchr("aeou", n2))
                i++;
            read = 1;
        } else if (t[i] == 'c' && nx != 'h') {
            w[m++] = 'k'; /* (no sign of Romanian by itself: Ngoc) */
        } else {
            w[m++] = t[i];
        }
    }
    if (read && rkey_is(w, m, c))
        return 1;
    /* one t as ts, in a word that ends as Romanian names with ț do
     * (Țurcanu, Țurcan, Luminița; not Tarev / Царев) */
    char e = l->tok[l->len - 1], e2 = l->tok[l->len - 2];
    if (!(e == 'u' || e == 'a' || (e == 'n' && e2 == 'a')))
        return 0;
    for (size_t i = 0; i < m; i++) {
        if (w[i] != 't' || (i + 1 < m && (w[i + 1] == 's' || w[i + 1] == 'h')))
            continue;
        char v[AKA__KEY_MAX + 1];
        memcpy(v, w, i + 1);
        v[i + 1] = 's';
        memcpy(v + i + 2, w + i + 1, m - i - 1);
        if (rkey_is(v, m + 1, c))
            return 1;
    }
    return 0;
}

/* Whether the token c, read from Cyrillic, is the Pinyin of the Latin
 * token l in the Palladius system of Russian (Сяолун "syaolun" /
 * Xiaolong, Чжан "chzhan" / Zhang: match/palladius.h). */
static int palladius(const aka__nunit *c, const aka__nunit *l)
{
    /* (only a Latin token that reads as Mandarin syllables: most do not) */
    return l->zk && aka__palladius_meets(c->tok, c->len, l->tok, l->len);
}

/* Whether the reading r[0..rn) of a Greek token (own: its reading by
 * aka__greek_foreign, else another) is the unit o: by o's rkey (own: o
 * without an h between vowels too), spelled by o's Arabic letters
 * (o_arabic), or one name of the tables in both. */
static int greek_reading_meets(const char *r, size_t rn, int own, const aka__nunit *o,
                               int o_arabic)
{
    /* A reading the tables list as another name than o's is that name:
     * Μαχμούντ `mahmud` is Mahmoud, not محمد Muhammad, whose letters
     * (no vowels written short) it would spell. */
    int rg = aka__given_class(r, rn);
    if (rg >= 0 && o->given >= 0 && rg != o->given)
        return 0;
    if (!o_arabic && (own ? aka__greek_foreign_meets(r, rn, o->tok, o->len, o->rkey, o->rlen)
                          : rkey_is(r, rn, o)))
        return 1;
    /* Spelled by the Arabic letters, or one name of the tables in both
     * (Αχμέτ `ahmet` / Ahmed, أحمد): as read, and with the h Greek leaves
     * out between two vowels said again (Ιμπραήμ `ibraim` / إبراهيم) */
    if (o->given < 0 && o->family < 0 && !o_arabic)
        return 0;
    char h[AKA__KEY_MAX + 2];
    size_t at = 0, hn = rn;
    memcpy(h, r, rn);
    h[rn] = '\0';
    do {
        if ((o_arabic && aka__arabic_spells(o->tok, o->len, h, hn)) ||
            (o->given >= 0 && aka__given_class(h, hn) == o->given) ||
            (o->family >= 0 && aka__family_class(h, hn) == o->family))
            return 1;
    } while ((hn = aka__h_between_vowels(r, rn, &at, h)) > 0);
    return 0;
}

/* Whether the unit g of a name in Greek letters that the tables do not
 * know, read as a foreign name (aka__greek_foreign), is a name of o's
 * class: Αμπντέλ Ραχμάν joined, `ampntelrachman`, read abdelrahman, is
 * the class of عبد الرحمن joined, `bdalrhmn`. A run of two tokens too. */
static AKA__NOINLINE int greek_read_class(const aka__nunit *g, const aka__nunit *o)
{
    if (g->given >= 0 || g->family >= 0 || (o->given < 0 && o->family < 0))
        return 0;
    char r[AKA__KEY_MAX + 2];
    size_t rn = aka__greek_foreign(g->tok, g->len, r);
    if (rn < 3)
        return 0;
    int gc = aka__given_class(r, rn), fc = aka__family_class(r, rn);
    return (gc >= 0 && gc == o->given) || (fc >= 0 && fc == o->family);
}

/* Whether the unit g of a name in Greek letters, read as a foreign name
 * (match/greek_reading.h: Ιμπραήμ `impraim` as ibraim, Μοχάμεντ as
 * mohamed), is the unit o: by o's rkey, or, when o's name is in Arabic
 * script (o_arabic), spelled by its letters (محمد / Μοχάμεντ). */
static int greek_foreign(const aka__nunit *g, const aka__nunit *o, int o_arabic)
{
    char r[AKA__KEY_MAX + 2];
    size_t rn = aka__greek_foreign(g->tok, g->len, r);
    if (rn >= 3 && greek_reading_meets(r, rn, 1, o, o_arabic))
        return 1;
    /* Greek writes a foreign j with ζ too (Ζαμάλ, Ναζιμπουλάχ: Jamal,
     * Najibullah), which reads z: read as j besides */
    if (!rn) {
        if (g->len > AKA__KEY_MAX)
            return 0;
        memcpy(r, g->tok, g->len);
        rn = g->len;
    }
    int z = 0;
    for (size_t i = 0; i < rn; i++)
        if (r[i] == 'z') {
            r[i] = 'j';
            z = 1;
        }
    return z && rn >= 3 && greek_reading_meets(r, rn, 0, o, o_arabic);
}

/* Whether the Hebrew unit he spells the unit cy read from Cyrillic with
 * an h that Russian leaves out between two vowels said again (כהן /
 * Коэн `koen`, Cohen), or with one of its г read as h (כהן / Коган
 * `kogan`): Russian has no h, and writes a Hebrew name's h as г or not at
 * all. */
static int hebrew_spells_russian(const aka__nunit *he, const aka__nunit *cy)
{
    char h[AKA__KEY_MAX + 2];
    size_t at = 0, hn;
    while ((hn = aka__h_between_vowels(cy->tok, cy->len, &at, h)) > 0)
        if (aka__hebrew_spells(he->tok, he->len, h, hn))
            return 1;
    if (cy->len > AKA__KEY_MAX)
        return 0;
    for (size_t i = 0; i < cy->len; i++) {
        if (cy->tok[i] != 'g')
            continue;
        memcpy(h, cy->tok, cy->len);
        h[i] = 'h';
        if (aka__hebrew_spells(he->tok, he->len, h, cy->len))
            return 1;
    }
    return 0;
}

/* Whether the token c, read from Cyrillic, is the Latin token l but for
 * a zh (ж) that l writes j, as Mongolian, Kyrgyz, Uzbek, Turkmen and
 * Azerbaijani passports and French transcription write ж: Дорж / Dorj,
 * Жапаров / Japarov, Жанна / Janna. (Its dzh, дж, is j in the keys
 * already.) */
static int zh_written_j(const aka__nunit *c, const aka__nunit *l)
{
    return l->len >= 3 && digraph_for(c, l, 'z', 'h', 'j');
}

/* Whether the token c, read from Cyrillic, is the Latin token l as the
 * Uzbek Latin alphabet writes it: x for х (kh), j for ж (zh), and its oʻ
 * (whose mark the normaliser drops) for ў, which the Cyrillic reading
 * writes u: Хўжаева "khuzhayeva" / XOJAYEVA, Тўхтаева / Toxtayeva, as
 * Uzbek passports spell them. Only when l writes an x where c has kh, and
 * then o and u are one vowel; four letters or more. (Spanish x for the
 * Russian х of Химена, Ximena, reads so too.) */
static int uzbek_latin(const aka__nunit *c, const aka__nunit *l)
{
    if (l->len < 4 || !memchr(l->tok, 'x', l->len))
        return 0;
    size_t i = 0, j = 0;
    int x = 0;
    while (i < c->len && j < l->len) {
        char a = c->tok[i], b = l->tok[j];
        char a1 = i + 1 < c->len ? c->tok[i + 1] : 0;
        if (a == 'k' && a1 == 'h' && b == 'x') {
            i += 2, j++, x = 1;
        } else if (a == 'z' && a1 == 'h' && b == 'j') {
            i += 2, j++;
        } else if (a == b || ((a == 'u' || a == 'o') && (b == 'u' || b == 'o'))) {
            i++, j++;
        } else {
            return 0;
        }
    }
    return x && i == c->len && j == l->len;
}

/* g_written_h where the keys leave l's h out (before a consonant: Mahmud
 * "mamud", Ahmed "amed") and keep c's g (Магмуд "magmud", Агмед): c with
 * one g, or each, read as h is keyed as l is. */
static AKA__NOINLINE int g_for_dropped_h(const aka__nunit *c, const aka__nunit *l)
{
    if (c->rlen <= l->rlen || c->len > AKA__KEY_MAX || !memchr(l->tok, 'h', l->len))
        return 0;
    char t[AKA__KEY_MAX + 1];
    int gs = 0;
    for (size_t i = 0; i < c->len; i++)
        gs += c->tok[i] == 'g';
    if (!gs)
        return 0;
    /* each g alone (the first four), then all of them */
    for (int which = 0; which <= gs; which++) {
        if (which >= 4 && which < gs)
            continue;
        int seen = 0;
        for (size_t i = 0; i < c->len; i++) {
            t[i] = c->tok[i];
            if (t[i] == 'g' && (which == gs || seen++ == which))
                t[i] = 'h';
        }
        if (rkey_is(t, c->len, l))
            return 1;
    }
    return 0;
}

/* Whether the token c, read from Cyrillic, is the Latin token l but for a
 * g where l has an h, their spellings otherwise alike (rkeys: дж / j, -iev
 * / -iyev meet as elsewhere). Russian writes a foreign h as г (Гасан
 * Hasan, Гаджиев Hajiyev, Гельмут Helmut), and the г of Ukrainian and
 * Belarusian is an h, which a name without their own letters is read past
 * (Галина, Halyna). Tokens of three letters or more: Russian writes
 * Chinese Guo as Го, not He or Ho. */
static int g_written_h(const aka__nunit *c, const aka__nunit *l)
{
    if (l->len < 3)
        return 0;
    if (c->rlen != l->rlen)
        return g_for_dropped_h(c, l);
    int swapped = 0;
    for (size_t i = 0; i < c->rlen; i++) {
        if (c->rkey[i] == l->rkey[i])
            continue;
        if (c->rkey[i] != 'g' || l->rkey[i] != 'h')
            return 0;
        swapped = 1;
    }
    return swapped;
}

/* Whether a token read from Cyrillic writes kh (х), whose h the keys
 * read as the h of Ukrainian г. */
static int has_kh(const aka__nunit *u)
{
    for (size_t i = 1; i < u->len; i++)
        if (u->tok[i] == 'h' && u->tok[i - 1] == 'k')
            return 1;
    return 0;
}

/* Whether two tokens read from Cyrillic are keyed alike but for g where
 * the other has h (g_written_h, either way round), and the h is not the
 * kh of х, which the keys read as h too: the one letter г, read as
 * Russian and as Ukrainian or Belarusian by the letters beside it in each
 * name (Гнатюк "gnatyuk", "hnatiuk"), or Serbian х against Russian г. */
static int g_read_h(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *h = g_written_h(x, y) ? y : g_written_h(y, x) ? x : NULL;
    return h && !has_kh(h);
}

/* Whether the token c, read from Cyrillic as Ukrainian or Belarusian
 * (г as h), is the Latin token l but for an h where l has a g: their г
 * also writes a foreign g (Гіоргадзе "hiorhadze" / Giorgadze, Гліб /
 * Gleb). Not the kh of х. */
static int h_written_g(const aka__nunit *c, const aka__nunit *l)
{
    return g_written_h(l, c) && !has_kh(c);
}

/* Whether the vowels of the token `ar` in Arabic script and the other
 * token `o` agree as the script writes them: its long vowels in the other
 * spelling (aka__abjad_vowels_agree), and no diphthong of the other that
 * it does not write (aka__abjad_diphthong_unwritten). */
static AKA__NOINLINE int arabic_vowels_agree(const aka__nunit *ar,
                                             const aka__nunit *o)
{
    return aka__abjad_vowels_agree(ar->lkey, o->lkey) &&
           !aka__abjad_diphthong_unwritten(ar->rkey, o->rkey);
}

/* The pair facts of two units x (of name a) and y (of b) when one of the
 * names has words of Hebrew or Arabic and of Latin letters (pairfacts.abjad
 * 3, arab 3): a Latin unit of it is in Latin letters (AKA__HEB_LATIN), its
 * others in Hebrew letters or Arabic script, and two Latin units compare
 * as two names in Latin letters do (Charbel / Charbel, כהן / Cohen in
 * Charbel כהן / Cohen Charbel; Saad / Saad, الحريري / Hariri). */
static AKA__NOINLINE void unit_scripts(const aka__nunit *x, const aka__nunit *y,
                                       const pairfacts *pf, int *abjad,
                                       int *arab, int *arab_both, int *latin,
                                       int *european, int *lside)
{
    int nx = !(x->heb & AKA__HEB_LATIN), ny = !(y->heb & AKA__HEB_LATIN);
    int lx = (pf->mixed & 4) || !nx;
    int ly = (pf->mixed & 8) || !ny;
    if (*abjad == 3) {
        int hx = (pf->mixed & 1) && nx, hy = (pf->mixed & 2) && ny;
        *abjad = hx == hy ? 0 : hx ? 1 : 2;
    }
    if (*arab == 3) {
        int ax = (pf->mixed & 16) && nx, ay = (pf->mixed & 32) && ny;
        *arab = ax == ay ? 0 : ax ? 1 : 2;
        *arab_both = ax && ay;
    }
    if (lx && ly) {
        *latin = *european = 1;
        *lside = 0;
    }
}

/* Whether token o is token u with one vowel letter more, inside the
 * word ("chntha" / "chantha"). */
static int vowel_dropped(const aka__nunit *u, const aka__nunit *o)
{
    if (o->len != u->len + 1)
        return 0;
    size_t i = 0;
    while (i < u->len && u->tok[i] == o->tok[i])
        i++;
    return i > 0 && i < u->len && aka__vowel(o->tok[i]) &&
           memcmp(u->tok + i, o->tok + i + 1, u->len - i) == 0;
}

/* Whether unit u is heard by its consonants against unit o, as a
 * romanisation that leaves vowels out (aka__nunit.vowel_poor): a token
 * with no vowel letter always ("Mhmd"), one with a single vowel in five
 * letters or more ("khald") unless its name is typed in Latin letters
 * (`latin_only`), which spell Trish, Frank and Schmidt so (their
 * skeletons met Torres, Franco and Smith); there only when a vowel was
 * left out by a slip (Chntha / Chantha). */
static int poor_here(const aka__nunit *u, const aka__nunit *o, int latin_only)
{
    return (u->vowel_poor == AKA__VOWELLESS && (!latin_only || u->len >= 3)) ||
           (u->vowel_poor && (!latin_only || vowel_dropped(u, o)));
}

/* Whether a token of f that `used` (a mask of its tokens) leaves out is
 * no Burmese honorific. */
static int syllable_left(const aka__nameform *f, unsigned used)
{
    for (int i = 0; i < f->n; i++)
        if (!(used & (1u << i)) &&
            aka__my_token(f->unit[i][0].tok, f->unit[i][0].len) != AKA__MY_HONORIFIC)
            return 1;
    return 0;
}

/* Whether units x and y, one at least with an aka__ikey, are one name in
 * the Indonesian spellings before and after 1972: both rewritten alike,
 * or the rewritten one as the other is written. */
static int eyd_meets(const aka__nunit *x, const aka__nunit *y)
{
    if (x->ik && y->ik)
        return x->ik == y->ik;
    const aka__nunit *o = x->ik ? x : y, *p = x->ik ? y : x;
    return p->len >= 3 && o->ik == aka__ikey_plain(p->tok, p->len);
}

/* Whether one of units x and y, read by another orthography
 * (aka__other_spelling: Somali Maxamed, German Achmed, French Rachid),
 * has the other's rkey (Achmed / Ahmed, Rachid / Rashid). The 8-bit keys
 * sift; the reading is made again to be sure. */
static int other_meets(const aka__nunit *x, const aka__nunit *y)
{
    for (int side = 0; side < 2; side++) {
        const aka__nunit *o = side ? y : x, *p = side ? x : y;
        if (!o->ok || p->rlen < 3)
            continue;
        unsigned h = aka__other_key_of_rkey(p->rkey, p->rlen);
        for (int which = 0; which < 2; which++) {
            if (((o->ok >> (8 * which)) & 0xFFu) != h)
                continue;
            char k[AKA__KEY_MAX + 1];
            size_t m = aka__other_reading(o->tok, o->len, which, k);
            if (m == p->rlen && memcmp(k, p->rkey, m) == 0)
                return 1;
        }
    }
    return 0;
}

/* The Hebrew token he (at most AKA__KEY_MAX letters) into d without the
 * vav and yod of full spelling between two consonants (*dropped: whether
 * there was one), a doubled one being the consonant once; returns d's
 * length. */
static size_t hebrew_defective(const aka__nunit *he, char d[AKA__KEY_MAX + 1],
                               int *dropped)
{
    size_t m = 0;
    *dropped = 0;
    for (size_t i = 0; i < he->len; i++) {
        char c = he->tok[i], nx = i + 1 < he->len ? he->tok[i + 1] : 0;
        if ((c == 'w' || c == 'y') && nx == c) {
            d[m++] = c;
            i++;
        } else if ((c == 'w' || c == 'y') && i > 0 && nx && !strchr("wy", he->tok[i - 1]) &&
                   !strchr("wy", nx)) {
            *dropped = 1;
        } else {
            d[m++] = c;
        }
    }
    return m;
}

/* Whether the token he read from Hebrew letters is the token ar read
 * from Arabic script once the vowel letters of Hebrew's full spelling are
 * left out: a vav or yod between two consonants (מוחמד `mwhmd` / محمد
 * `mhmd`, חוסיין `hwsyyn` / حسين `hsyn`), a doubled one being the
 * consonant once. Arabic writes short vowels with no letter; Hebrew
 * spells an Arab name's with ו and י. */
static int hebrew_plene_arabic(const aka__nunit *he, const aka__nunit *ar)
{
    if (he->len <= ar->len || he->len > AKA__KEY_MAX)
        return 0;
    char d[AKA__KEY_MAX + 1];
    int dropped;
    size_t m = hebrew_defective(he, d, &dropped);
    return dropped && m == ar->len && memcmp(d, ar->tok, m) == 0;
}

/* Whether the Hebrew letters h[0..hn) write the Arabic ar letter for
 * letter, פ for ف (Hebrew `p`, Arabic `f`), and the Hebrew word's final
 * א (`open`: dropped by the normaliser) for the alif maqsura ى ending
 * ar, which Arabic romanised writes as a y (موسى `mwsy` / מוסא `mws`). */
static int hebrew_letters_arabic(const char *h, size_t hn, const aka__nunit *ar, int open)
{
    size_t n = ar->len;
    if (open && hn + 1 == n && ar->tok[n - 1] == 'y')
        n--;
    if (hn != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (h[i] != ar->tok[i] && !(h[i] == 'p' && ar->tok[i] == 'f'))
            return 0;
    return 1;
}

/* Whether the token he read from Hebrew letters writes the token ar read
 * from Arabic script (hebrew_letters_arabic) as it stands or without the
 * ו and י of Hebrew's full spelling between two consonants (מוסטפא
 * `mwstp` / مصطفى `mstfy`, Mustafa; יחיא / يحيى, Yahya; סלמא / سلمى,
 * Salma). Three letters or more. */
static int hebrew_writes_arabic(const aka__nunit *he, const aka__nunit *ar)
{
    if (he->len < 3 || ar->len < 3 || he->len > AKA__KEY_MAX)
        return 0;
    int open = he->heb_closed == AKA__HEB_OPEN_END;
    if (hebrew_letters_arabic(he->tok, he->len, ar, open))
        return 1;
    char d[AKA__KEY_MAX + 1];
    int dropped;
    size_t m = hebrew_defective(he, d, &dropped);
    return m < he->len && hebrew_letters_arabic(d, m, ar, open);
}

/* Of two single tokens, the one in Arabic script (`arab` 1: x, 2: y, not
 * both) or in Hebrew letters (`abjad` likewise) when it spells the other
 * letter by letter (match/abjad_spelling.c), else NULL. */
static const aka__nunit *abjad_speller(const aka__nunit *x, const aka__nunit *y, int arab,
                                       int arab_both, int abjad)
{
    if ((arab == 1 || arab == 2) && !arab_both) {
        const aka__nunit *w = arab == 1 ? x : y, *o = arab == 1 ? y : x;
        if (aka__arabic_spells(w->tok, w->len, o->tok, o->len))
            return w;
    }
    if (abjad == 1 || abjad == 2) {
        const aka__nunit *w = abjad == 1 ? x : y, *o = abjad == 1 ? y : x;
        if (aka__hebrew_spells(w->tok, w->len, o->tok, o->len))
            return w;
    }
    return NULL;
}

/* The token b, read from Bengali letters, into w with the y glide
 * Bengali writes for a w (য় after ো: আনোয়ার `anoyar`, ওয়াসিম `oyasim`)
 * read w: "anwar", "wasim". Returns its length, 0 when b has no such
 * glide. */
static size_t bengali_w(const aka__nunit *b, char w[AKA__KEY_MAX + 1])
{
    if (b->len < 4 || b->len > AKA__KEY_MAX)
        return 0;
    size_t m = 0;
    int read = 0;
    for (size_t i = 0; i < b->len; i++) {
        if (b->tok[i] == 'o' && i + 2 < b->len && b->tok[i + 1] == 'y' &&
            strchr("aeiou", b->tok[i + 2])) {
            w[m++] = 'w';
            i++;
            read = 1;
        } else {
            w[m++] = b->tok[i];
        }
    }
    w[m] = '\0';
    return read ? m : 0;
}

/* Whether the token b, read from Bengali letters, is the Latin token l
 * once its glide is read w (bengali_w): Anwar, Wasim, Anwara. */
static int oy_written_w(const aka__nunit *b, const aka__nunit *l)
{
    char w[AKA__KEY_MAX + 1];
    size_t m = bengali_w(b, w);
    return m && rkey_is(w, m, l);
}

/* Whether the token ar in Arabic script spells the token b read from
 * Bengali letters as a Bangladeshi's name is spelt in the Gulf's records
 * (أنور / আনোয়ার Anwar): b with its glide read w, its unwritten vowel as
 * o (بيجوم / বেগম Begum), or each জ that may be a z read so (ميزان /
 * মিজান Mizan), as Latin letters would spell it (aka__arabic_spells). */
static int arabic_spells_bengali(const aka__nunit *ar, const aka__nunit *b)
{
    char w[AKA__KEY_MAX + 1];
    size_t m = bengali_w(b, w);
    if (!m) {
        if (b->len > AKA__KEY_MAX)
            return 0;
        memcpy(w, b->tok, b->len);
        m = b->len;
        w[m] = '\0';
    }
    if (aka__arabic_spells(ar->tok, ar->len, w, m))
        return 1;
    /* the vowel Bengali writes no letter for, romanised a, is said o
     * (বেগম `begam`, Begum, بيجوم): read so after the first letter */
    char o[AKA__KEY_MAX + 1];
    memcpy(o, w, m + 1);
    int read = 0;
    for (size_t i = 1; i < m; i++)
        if (o[i] == 'a') {
            o[i] = 'o';
            read = 1;
        }
    if (read && aka__arabic_spells(ar->tok, ar->len, o, m))
        return 1;
    if (!memchr(w, 'j', m))
        return 0;
    for (size_t i = 0; i < m; i++)
        if (w[i] == 'j')
            w[i] = 'z';
    return aka__arabic_spells(ar->tok, ar->len, w, m);
}

/* Whether the Latin token la is spelt as Somali spells: an x (ḥ), a
 * doubled vowel, or a c before a consonant or at the end (the ayin); or
 * a c first where the Arabic-script token ar is a name that opens with
 * ayin (Cabdi / عبدي), which Carlos and ارلوس are not. */
static int somali_spelt(const aka__nunit *la, const aka__nunit *ar)
{
    for (size_t i = 0; i < la->len; i++) {
        char c = la->tok[i], nx = la->tok[i + 1]; /* tok is NUL-terminated */
        if (c == 'x' || (aka__vowel(c) && nx == c) || (c == 'c' && !aka__vowel(nx)))
            return 1;
    }
    return la->tok[0] == 'c' && (ar->tflags & AKA__UNIT_AYIN_NAME);
}

/* Whether the token ar in Arabic script spells the Latin token la read as
 * Somali writes Arabic names (somali_spelt): its c the ayin (ع), which the
 * normaliser leaves out of Arabic script, with the vowel before a final
 * one, and its x the ḥ (ح) that Arabic script's romanisation writes h
 * (Jaamac / جامع, Cabdi / عبدي, Xuseen / حسين). */
static AKA__NOINLINE int arabic_spells_somali(const aka__nunit *ar, const aka__nunit *la)
{
    if ((!memchr(la->tok, 'c', la->len) && !memchr(la->tok, 'x', la->len)) ||
        !somali_spelt(la, ar))
        return 0;
    char w[AKA__KEY_MAX + 1];
    size_t m = 0, n = la->len;
    if (n >= 3 && la->tok[n - 1] == 'c' && aka__vowel(la->tok[n - 2]))
        n -= 2;
    for (size_t i = 0; i < n && m < AKA__KEY_MAX; i++)
        if (la->tok[i] != 'c')
            w[m++] = la->tok[i] == 'x' ? 'h' : la->tok[i];
    w[m] = '\0';
    return m >= 2 && aka__arabic_spells(ar->tok, ar->len, w, m);
}

/* Whether the token b, read from Bengali letters, is the Latin token l
 * but for a j where l has a z: Bengali writes the z of Arabic and Persian
 * names with জ, which reads j (আজিজ "ajij" / Aziz, নাজমা "najma" / Nazma,
 * আয়াজ "ayaj" / Ayaz). */
static int j_written_z(const aka__nunit *b, const aka__nunit *l)
{
    if (b->len != l->len)
        return 0;
    int z = 0;
    for (size_t i = 0; i < b->len; i++)
        if (b->tok[i] != l->tok[i]) {
            if (b->tok[i] != 'j' || l->tok[i] != 'z')
                return 0;
            z = 1;
        }
    return z;
}

/* The similarity and level of two units; `single`: both are one token;
 * `fuzzy`: sound-alike evidence may count; `plain`: the pair facts are
 * those of two names in Latin letters only (plain_latin), which a
 * constant 1 lets the compiler fold into a copy of its own. */
static AKA__ALWAYS_INLINE float unit_pair_body(const aka__nunit *x,
                                          const aka__nunit *y, int single,
                                          int fuzzy, const pairfacts *pf,
                                          unsigned char *level,
                                          unsigned *evlen, int plain)
{
    /* *evlen: the letters of a near match's shorter token, left alone
     * for other evidence (SHORT_COST) */
    int latin = plain == 1 ? 1 : plain ? 0 : pf->latin;
    int european = plain == 2 ? 0 : pf->european;
    int abjad = plain ? 0 : pf->abjad;
    const int korean = plain ? 0 : pf->korean, thai = plain ? 0 : pf->thai;
    /* (read in every variant: two Korean names in Latin letters are
     * plain Latin to the rest, and take the fast paths) */
    const int kolatin = pf->kolatin;
    const int kana = plain ? 0 : pf->kana;
    int arab = plain ? 0 : pf->arab, arab_both = plain ? 0 : pf->arab_both;
    int lside = plain ? 0 : pf->lside;
    const int cjkside = plain ? 0 : pf->cjkside;
    if (abjad == 3 || arab == 3)
        unit_scripts(x, y, pf, &abjad, &arab, &arab_both, &latin, &european,
                     &lside);
    const int onescript = plain ? 0 : pf->onescript;
    *level = AKA__NL_DIFFERENT;
    /* A Hebrew word that opens with alef is no name spelled with ayin
     * (אלי is Eli, Ali is עלי), however alike their keys or
     * tokens (علي is "ly" too). */
    if (abjad && ((abjad == 1 ? x : y)->heb & AKA__HEB_ALEF) &&
        ((abjad == 1 ? y : x)->tflags & AKA__UNIT_AYIN_NAME))
        return 0;
    /* (the first letters and the letter sets of the keys first: most
     * units differ there, and a call of memcmp costs more) */
    if (x->len == y->len && x->tok[0] == y->tok[0] &&
        memcmp(x->tok, y->tok, x->len) == 0) {
        *level = AKA__NL_EXACT;
        return SIM_EXACT;
    }
    /* Two romanisations of one Japanese name (Tsuda / Tuda, Ōno / Ohno /
     * Oono, Jun'ichi / Zyun'iti). */
    if (x->jk && x->jk == y->jk && !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    /* An Indonesian name in the spelling of before 1972 and in today's
     * (Soerjani / Suryani, Djoko / Joko, Tjahaja / Cahaya: keys.h). */
    if ((x->ik || y->ik) && eyd_meets(x, y) && !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    /* A name in Somali, German or French spelling: another spelling
     * rather than another romanisation, since English reads those
     * letters otherwise (keys.h). */
    if ((x->ok || y->ok) && other_meets(x, y) && !listed_apart(x, y)) {
        *level = AKA__NL_VARIANT;
        return SIM_VARIANT;
    }
    /* A name in kanji read one way, another reading of it in the other
     * name (凪 Nagi / Nagisa, 陽葵 Himari / Hinata, 河野 Kono / Kawano). */
    if (!plain && single && pf->hanside &&
        kanji_reading_meets(pf->hanside == 1 ? x : y, pf->hanside == 1 ? y : x)) {
        *level = AKA__NL_VARIANT;
        return SIM_VARIANT;
    }
    /* Two Chinese names whose tokens read as as many Mandarin syllables,
     * not all alike, are other names (Zhou / Zhu, Zhang / Zhuang,
     * Xiaoming / Xiaoping), however near their spellings, unless the
     * variant tables list them as one (Li / Lee), or they are two
     * romanisations of one Japanese name (Chiba / Tiba, above). */
    if (pf->sinitic && x->zk && y->zk) {
        if (x->zk != y->zk || x->rlen != y->rlen ||
            memcmp(x->rkey, y->rkey, x->rlen) != 0) {
            if ((x->zinfo | y->zinfo) & 1 &&
                (x->zinfo >> 2) == (y->zinfo >> 2) && zh_apart(x, y) &&
                !western_in_han(x, y, pf))
                return 0;
            /* Pinyin, Wade-Giles and Tongyong spellings of one syllable
             * sequence (Quanguo / Ch'uan-kuo, Jiang / Chiang) */
            if (x->zk == y->zk) {
                *level = AKA__NL_VARIANT;
                return SIM_VARIANT;
            }
        }
    }
    if (x->rlen == y->rlen && x->rmask == y->rmask &&
        memcmp(x->rkey, y->rkey, x->rlen) == 0 &&
        !listed_apart(x, y)) {
        /* (nor, in any name, two family names the tables hold apart
         * that are Mandarin syllables of two readings: Yang and Jiang, 杨
         * and 江, both key "jang"; Фан, Vietnamese Phan, keys as Phan) */
        if ((kolatin && j_for_y(x, y)) ||
            (syllables_apart(x, y) && (pf->mandarin || families_apart(x, y))))
            return 0;
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (abjad && opening_vowel_meets(abjad == 1 ? x : y, abjad == 1 ? y : x) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    /* A c that the other name writes k: Costa / Коста, Carolina /
     * Karolina (the rkey keeps a c, which may be a Slavic c or č). */
    if (x->rlen == y->rlen && hard_c_meets_k(x, y) &&
        hard_c_rkeys_equal(x, y) && !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && !plain && pf->turkic &&
        (((pf->turkic & 1) && turkic_c_meets(x, y)) ||
         ((pf->turkic & 2) && turkic_c_meets(y, x))) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    /* ö, ø and ü written oe and ue, as German, Scandinavian and ICAO
     * (passports' machine-readable zone) transcription writes them, where
     * the normaliser writes o and u: Özil / Oezil, Søren / Soeren, Güler
     * / Gueler. Single tokens only: a run of two would join Choe and Seo. */
    if (single && x->len != y->len && x->tok[0] == y->tok[0] && e_for_umlaut(x, y) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && x->len != y->len && dj_for_d(x, y) && !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    /* a letter or an ending one spelling writes and the other leaves out
     * (an aspirate's h in one and a Thai final -orn's r in the other
     * leave the lengths equal: Siriphon / Siriporn; so do -eh and -ah:
     * Aliyeh / Aliyah) */
    if (((x->len != y->len &&
          (geminate_schwa(x, y) ||
           (single && (mongolian_genitive(x, y) || french_final_e(x, y))))) ||
         (single && final_eh(x, y)) ||
         (single && aspirate_h(x, y))) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && lside && !plain && pf->cyrside &&
        (zh_written_j(lside == 1 ? y : x, lside == 1 ? x : y) ||
         g_written_h(lside == 1 ? y : x, lside == 1 ? x : y) ||
         h_written_g(lside == 1 ? y : x, lside == 1 ? x : y) ||
         uzbek_latin(lside == 1 ? y : x, lside == 1 ? x : y) ||
         palladius(lside == 1 ? y : x, lside == 1 ? x : y))) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && lside && !plain && pf->cyrside &&
        romanian_written(lside == 1 ? y : x, lside == 1 ? x : y) && !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && pf->grkside &&
        greek_foreign(pf->grkside == 1 ? x : y, pf->grkside == 1 ? y : x,
                      pf->arab == (pf->grkside == 1 ? 2 : 1)) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && pf->hancyr &&
        palladius(pf->hancyr == 1 ? y : x, pf->hancyr == 1 ? x : y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && lside && !plain && pf->bengside &&
        (j_written_z(lside == 1 ? y : x, lside == 1 ? x : y) ||
         oy_written_w(lside == 1 ? y : x, lside == 1 ? x : y))) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    /* Two Cyrillic names: one г read as Russian g and as Ukrainian or
     * Belarusian h, by the letters beside it in each name (ГОЧА БЕРИДЗЕ
     * "gocha", ГОЧА БЕРІДЗЕ "hocha"), or Serbian х as h against Russian
     * г for it (Хасан, Гасан): one letter, two readings. */
    if (single && pf->cyrboth && g_read_h(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if (single && pf->latin_only == 3 && !pf->mandarin && x->len >= 5 && y->len >= 5 &&
        (zh_written_j(x, y) || zh_written_j(y, x)) && !listed_apart(x, y)) {
        *level = AKA__NL_ROMAN;
        return SIM_ROMAN;
    }
    if ((x->given >= 0 && x->given == y->given) ||
        (x->family >= 0 && x->family == y->family) ||
        (pf->grkside && greek_read_class(pf->grkside == 1 ? x : y, pf->grkside == 1 ? y : x)) ||
        (single && (aka__habit_feminine_family(x, y) || aka__habit_article_joined(x, y) ||
                    aka__habit_thai_sri(x, y) || aka__habit_greek_gamma(x, y) ||
                    aka__habit_greek_digraph(x, y) || aka__habit_akanne(x, y) ||
                    aka__habit_albanian_gj(x, y) || aka__habit_tajik_zoda(x, y)))) {
        if (single && pf->mandarin && !pf->hanside && readings_apart(x, y))
            return 0;
        *level = AKA__NL_VARIANT;
        return SIM_VARIANT;
    }
    /* An initial stands for any name with that first letter, or whose
     * spelling-neutral key starts with it: E. for Yelena (Елена, rkey
     * elena) as for Elena, J. for Yulia, H. for Khalid. Against Hangul,
     * with that first sound (RR's g, d, b, j are the k, t, p, ch of
     * McCune-Reischauer and customary spellings: 최경주 / K. J. Choi). */
    if (single && (x->len == 1 || y->len == 1)) {
        const aka__nunit *ini = x->len == 1 ? x : y, *o = x->len == 1 ? y : x;
        /* A Cyrillic initial Г (g) is Ukrainian h too, Х (k) is h: Шевчук
         * Г. / Halyna Shevchuk, Х. Ахмед / Hassan Ahmed. */
        int cyr_ini = pf->cyrside && ((lside == 1 && ini == y) || (lside == 2 && ini == x));
        /* A Cyrillic У against Pinyin wu is no initial but the whole
         * syllable, as Palladius writes it (吴敏 / У Минь, Wu Min). */
        int han_ini = pf->hancyr && ((pf->hancyr == 1 && ini == y) ||
                                     (pf->hancyr == 2 && ini == x));
        int wu = (cyr_ini || han_ini) && ini->tok[0] == 'u' && o->len == 2 &&
                 o->tok[0] == 'w' && o->tok[1] == 'u';
        if (x->tok[0] != y->tok[0] && !(o->rlen && o->rkey[0] == ini->tok[0]) &&
            !(korean && first_class(x->tok, 0) == first_class(y->tok, 0)) &&
            !(cyr_ini && o->tok[0] == 'h' && (ini->tok[0] == 'g' || ini->tok[0] == 'k')) &&
            !wu)
            return 0;
        *level = AKA__NL_FUZZY_STRONG;
        return SIM_INITIAL;
    }
    /* (gendered_pair needs the first three letters alike: rhead) */
    if (memcmp(x->rhead, y->rhead, 3) == 0 &&
        gendered_pair(x->rkey, x->rlen, y->rkey, y->rlen, european))
        return 0;
    if (arab && arabic_final_differs(arab == 1 ? x : y, arab == 1 ? y : x))
        return 0;
    /* Hebrew writes a final a too (ה, א: שרה Sara, אבא Abba): a word that
     * ends in another letter has none, so the other name's final a is
     * another name's (אריאל / Ariela, צבי / Tzviya); and a word that ends
     * so has a final vowel, which a name ending in a consonant lacks
     * (דנה / Dan; an h may stand for the letter: Sarah). A final yod is
     * a vowel or the glide after one (אבי Avi, אזולאי Azulay, שי Shai):
     * a name ending in another consonant is another name (Uzor). */
    if (abjad) {
        const aka__nunit *h = abjad == 1 ? x : y, *o = abjad == 1 ? y : x;
        char end = o->tok[o->len - 1];
        if (h->heb_closed == AKA__HEB_CLOSED
                ? end == 'a' || (h->tok[h->len - 1] == 'y' && !strchr("eiouy", end))
            : h->heb_closed == AKA__HEB_OPEN_END ? !strchr("aeiouyh", end)
                                                 : 0)
            return 0;
    }
    /* Two different known given names (Hassan and Hussein, Aleksandr and
     * Aleksei) are different names however alike they look, unless one is
     * a nickname of the other. */
    /* A nickname meets its full name whether or not the nickname is a
     * given name of the tables itself (Rob / Robert). */
    if (single && (x->nick || y->nick) &&
        aka__nickname_link_known(x->tok, x->len, x->nick, x->given, y->tok,
                                 y->len, y->nick, y->given)) {
        *level = AKA__NL_FUZZY_STRONG;
        return SIM_NICKNAME;
    }
    /* A nickname the tables list is a known name too, when a lone token
     * (where its links were just tried): Tanya (Tatyana) and Tonya
     * (Antonina), Lara (Larisa) and Laura, Lolita (Dolores) and Lalita
     * are different names. */
    int known_apart = (x->given >= 0 || (single && x->nick)) &&
                      (y->given >= 0 || (single && y->nick)) &&
                      x->family < 0 && y->family < 0;
    if (known_apart) {
        if (x->cognate >= 0 && x->cognate == y->cognate) {
            *level = AKA__NL_FUZZY_STRONG;
            return SIM_NICKNAME;
        }
        return 0;
    }
    /* Two Korean names in Latin letters: a given name in two
     * romanisations, or in a customary spelling (Heejin / Huijin, Miseo /
     * Misuh, Jihoon / Chihun), when both tokens read as Korean syllables;
     * o and u stay apart (aka__kkey_latin). Syllables written apart too
     * (Ji Hoon / Chi Hun: the rkey of ji is one letter), and before the
     * family tables, which hold Chinese Dong and Tong apart (Kang
     * Dong-hyun / Kang Tong-hyun); not between names that read as
     * Mandarin (Dong Wei / Tong Wei, two names). */
    if (kolatin && fuzzy && !pf->mandarin && x->len >= 2 && y->len >= 2 &&
        first_class(x->tok, 0) == first_class(y->tok, 0) &&
        aka__kkey_latin(x->tok, x->len) == aka__kkey_latin(y->tok, y->len) &&
        aka__ko_syllables(x->tok, x->len) && aka__ko_syllables(y->tok, y->len)) {
        *level = AKA__NL_VARIANT;
        return SIM_PHONETIC;
    }
    /* Likewise two family names the tables know in different classes
     * (Dupont and Dumont, Lahtinen and Laitinen, Petrovic and Perovic):
     * their spellings are listed there, so a letter between them is no
     * slip of the keys. */
    if (families_apart(x, y))
        return 0;
    size_t m = x->rlen < y->rlen ? x->rlen : y->rlen;
    if (x->llen >= 3 && x->llen == y->llen && x->lkey[0] == y->lkey[0] &&
        ((!latin && (pf->latin_only != 3 || (m >= 4 && x->rkey[0] == y->rkey[0]))) ||
         m >= 6 ||
         (m >= 4 && vowels_apart(x, y))) &&
        memcmp(x->lkey, y->lkey, x->llen) == 0) {
        *level = AKA__NL_VARIANT;
        *evlen = (unsigned)m;
        return SIM_PHONETIC;
    }
    /* ... and with a hard c read as k, a sound the lkey gives as s
     * (Constantina / Konstandina: the c and the nt / nd apart at once) */
    if (m >= 6 && hard_c_meets_k(x, y) && hard_c_lkeys_equal(x, y)) {
        *level = AKA__NL_VARIANT;
        *evlen = (unsigned)m;
        return SIM_PHONETIC;
    }
    /* One of the names in Hangul: RR, McCune-Reischauer and customary
     * spellings of its syllables (jeong / chong / chung, hui / hee). */
    if (korean && fuzzy && m >= 2 &&
        ((first_class(x->tok, 0) == first_class(y->tok, 0) &&
          aka__kkey(x->tok, x->len) == aka__kkey(y->tok, y->len)) ||
         korean_initial_law(korean == 1 ? x : y, korean == 1 ? y : x))) {
        *level = AKA__NL_VARIANT;
        return SIM_PHONETIC;
    }
    /* One of the names in Thai letters: RTGS and the bearers' own
     * spellings (Sudaphon / Sudaporn, Phumiphon / Bhumibol). */
    if (thai && fuzzy && m >= 3 &&
        first_class(x->tok, 1) == first_class(y->tok, 1) &&
        !thai_final_clash(x, y) && !thai_final_clash(y, x) &&
        aka__tkey(x->tok, x->len) == aka__tkey(y->tok, y->len)) {
        *level = AKA__NL_VARIANT;
        return SIM_PHONETIC;
    }
    /* Two names in Arabic script both write their long vowels: سعيد
     * (Said) and سعد (Saad), سمير and سمر are other names, however alike
     * their consonants or sounds (below). */
    if ((poor_here(x, y, pf->latin_only & 1) || poor_here(y, x, pf->latin_only & 2) ||
         abjad) &&
        !arab_both &&
        (skeletons_meet(x->skel, x->slen, y->skel, y->slen, abjad) ||
         (hard_c_meets_k(x, y) && hard_c_skeletons_meet(x, y, abjad))) &&
        (!arab || arabic_vowels_agree(arab == 1 ? x : y, arab == 1 ? y : x)) &&
        /* Hebrew writes long vowels too (yod i or e, vav o or u): גיל is
         * Gil, not Gal; דינה Dina, not Dana */
        (!abjad || aka__abjad_vowels_agree(abjad == 1 ? x->lkey : y->lkey,
                                           abjad == 1 ? y->lkey : x->lkey))) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * x->slen;
        return SIM_SKELETON;
    }
    if ((arab == 1 || arab == 2) && !arab_both && single &&
        arabic_one_consonant(arab == 1 ? x : y, arab == 1 ? y : x)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u;
        return SIM_SKELETON;
    }
    if ((arab == 1 || arab == 2) && !arab_both &&
        arabic_y_consonant(arab == 1 ? x : y, arab == 1 ? y : x)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (arab == 1 ? x : y)->slen;
        return SIM_SKELETON;
    }
    /* a token the Arabic or Hebrew one spells, letter by letter, where
     * the keys write the sounds apart (ylmaz Yilmaz, njaa Najat, mrdky
     * Mordehai) */
    const aka__nunit *speller;
    /* (and between Arabic and Hebrew letters, a name of two tokens against
     * one written together: عبد الله / עבדאללה) */
    if ((single || (fuzzy && arab && abjad)) &&
        (speller = abjad_speller(x, y, arab, arab_both, abjad)) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * speller->slen;
        return SIM_SKELETON;
    }
    if (single && lside && (arab == 1 || arab == 2) && !arab_both &&
        arabic_spells_somali(arab == 1 ? x : y, arab == 1 ? y : x) && !listed_apart(x, y)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (arab == 1 ? x : y)->slen;
        return SIM_SKELETON;
    }
    if (single && !plain && pf->bengarab &&
        arabic_spells_bengali(pf->bengarab == 1 ? y : x, pf->bengarab == 1 ? x : y) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (pf->bengarab == 1 ? y : x)->slen;
        return SIM_SKELETON;
    }
    if (single && ((abjad == 1 && arab == 2) || (abjad == 2 && arab == 1)) &&
        (hebrew_plene_arabic(abjad == 1 ? x : y, abjad == 1 ? y : x) ||
         hebrew_writes_arabic(abjad == 1 ? x : y, abjad == 1 ? y : x)) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (abjad == 1 ? y : x)->slen;
        return SIM_SKELETON;
    }
    if (single && !plain && pf->hebcyr &&
        hebrew_spells_russian(pf->hebcyr == 1 ? x : y, pf->hebcyr == 1 ? y : x) &&
        !listed_apart(x, y)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (pf->hebcyr == 1 ? x : y)->slen;
        return SIM_SKELETON;
    }
    if (abjad && x->slen >= 2 &&
        hebrew_ch_equal(abjad == 1 ? x : y, abjad == 1 ? y : x)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * x->slen;
        return SIM_SKELETON;
    }
    /* (a yod before a vav read as a consonant: one letter more in the
     * other's skeleton) */
    if (abjad && (abjad == 1 ? x : y)->slen + 1 == (abjad == 1 ? y : x)->slen &&
        hebrew_glide_equal(abjad == 1 ? x : y, abjad == 1 ? y : x)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (abjad == 1 ? x : y)->slen;
        return SIM_SKELETON;
    }
    if (abjad && hebrew_final_vowel_equal(abjad == 1 ? x : y, abjad == 1 ? y : x)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (abjad == 1 ? y : x)->slen;
        return SIM_SKELETON;
    }
    /* (the double yod: one letter more in the Hebrew skeleton) */
    if (abjad && (abjad == 1 ? x : y)->slen == (abjad == 1 ? y : x)->slen + 1 &&
        hebrew_diphthong_equal(abjad == 1 ? x : y, abjad == 1 ? y : x)) {
        *level = AKA__NL_VARIANT;
        *evlen = 2u * (abjad == 1 ? y : x)->slen;
        return SIM_SKELETON;
    }
    /* A typing slip (one edit, or two in a long name) in a long token is
     * the same name; one letter in a short one is another name (Marin /
     * Martin, Hamid / Hamad). */
    /* (Only counted where a count below can use it: short tokens of
     * other names are the common pair, and this the costly test.) */
    int slip = single && (m >= 6 || (latin && (m == 5 || (x->len >= 6 &&
                                                          y->len >= 6))));
    int d = slip && !letters_apart(x, y)
                ? aka__osa(x->rkey, x->rlen, y->rkey, y->rlen, 2)
                : 3;
    /* The keys can turn one slip into two (Mirzakhani / Mirzakhnai:
     * kh is h, and an h then before a consonant is silent): the tokens as
     * written count too, between names typed in Latin letters. One slip
     * moves the keys by two edits at most, so farther pairs (most pairs of
     * names) are not tried again. */
    if (single && d == 2 && latin && x->len >= 6 && y->len >= 6) {
        int dt = aka__osa(x->tok, x->len, y->tok, y->len, 1);
        if (dt == 1) {
            d = 1;
            m = x->len < y->len ? x->len : y->len;
        }
    }
    if (d == 1 && ((latin && other_letter_name(x, y)) || (thai && thai_first_apart(x, y))))
        return 0;
    /* Two slips in one name seldom take its first letter too: family
     * names that share a common ending and open with consonants no
     * spelling trades (aka__phon_sub) are other families (Kazlauskas /
     * Paulauskas, Jørgensen / Mortensen, Ivanovski / Kitanovski), where
     * Khachatryan / Xač'atryan is one (the keys write x ks and kh h). */
    if (d == 2 && x->rkey[0] != y->rkey[0] && x->rkey[0] != 'h' &&
        y->rkey[0] != 'h' && first_consonants_apart(x, y))
        d = 3;
    if ((d == 1 && m >= 6) || (d == 2 && m >= 9)) {
        *level = AKA__NL_FUZZY_STRONG;
        *evlen = latin ? (unsigned)m - LATIN_SLIP : (unsigned)m;
        return d == 1 ? SIM_TYPO1 : SIM_TYPO2;
    }
    if (single && latin && m >= 4 && short_slip(x, y)) {
        *level = AKA__NL_FUZZY_STRONG;
        *evlen = (unsigned)m - LATIN_SLIP;
        return SIM_TYPO1;
    }
    if (single && latin && aka__habit_diphthong(x, y) && !listed_apart(x, y) &&
        !families_apart(x, y)) {
        *level = AKA__NL_FUZZY_STRONG;
        *evlen = (unsigned)(x->len < y->len ? x->len : y->len) - LATIN_SLIP;
        return SIM_TYPO1;
    }
    /* Otherwise only sound-alike evidence across romanisations: close
     * lkeys, or skeletons of a vowel-less romanisation. Two names written
     * in Latin letters have no romanisation between them. */
    /* Between two names in one alphabet (two Cyrillic names: Russian and
     * Belarusian forms) sound-alike evidence bridges the languages'
     * spellings, which keep a name's first letter: Ирина and Арина are
     * two names. */
    if (latin || !fuzzy || arab_both ||
        (onescript && x->tok[0] != y->tok[0]))
        return 0;
    /* Cyrillic and Greek write every vowel, and their romanisations
     * keep a final one's kind: one of another kind ends another name,
     * often of the other sex (Νίκη / Niko, Ника / Niko). */
    if (european && single && final_vowel_apart(x, y))
        return 0;
    /* ... and a Spanish family name made of a given name by its -ez is
     * another name (Martinez / Мартин, Fernandez / Фернандо) */
    if (european && (ez_of(x, y) || ez_of(y, x)))
        return 0;
    /* (a token of one letter, or of two unless the readings of a
     * transcription may agree, is no sound-alike evidence: see the end) */
    if (m < 2 || (m == 2 && !(cjkside && x->hlen && y->hlen)))
        return 0;
    /* The long vowels Hebrew and Arabic script write (yod i or e, vav o
     * or u; ي, و, ا) hold for names that sound alike too: גיל is Gil, not
     * Gal; سعيد Said, not Saad, سليمان Sulayman not Salman. */
    if (abjad && !aka__abjad_vowels_agree(abjad == 1 ? x->lkey : y->lkey,
                                          abjad == 1 ? y->lkey : x->lkey))
        return 0;
    /* (not across a longer token, often a Persian compound joined by a
     * zero-width non-joiner the normaliser drops, whose first part may end
     * in the ی of an a: مصطفی‌زاده Mostafazadeh) */
    if (arab && single && (arab == 1 ? x : y)->slen <= 4 &&
        !allah_joined(arab == 1 ? x : y) &&
        !arabic_vowels_agree(arab == 1 ? x : y, arab == 1 ? y : x))
        return 0;
    /* Shared Double Metaphone codes make a near miss enough. */
    double j = 0;
    if (!first_consonants_apart(x, y)) {
        int dm = dm_share(x, y);
        double fl = dm ? PHON_FLOOR - 0.1 : PHON_FLOOR;
        /* (tokens too unlike in length are 0 without their letters) */
        j = aka__phon_too_far(x->rlen, x->rcons, y->rlen, y->rcons, fl)
                ? 0
                : aka__phon_sim_counted(x->rkey, x->rlen, x->rcons, x->rmask,
                                        y->rkey, y->rlen, y->rcons, y->rmask,
                                        fl);
        if (dm && j >= PHON_FLOOR - 0.1 && j < PHON_FLOOR)
            j = PHON_FLOOR;
    }
    /* ... and sounds like it with that k (Cohen / Коэн) */
    if (j < PHON_FLOOR && hard_c_meets_k(x, y)) {
        char kx[AKA__KEY_MAX + 1], ky[AKA__KEY_MAX + 1];
        const char *rx = hard_c_rkey(x, kx), *ry = hard_c_rkey(y, ky);
        double jc = aka__phon_sim(rx, strlen(rx), ry, strlen(ry), PHON_FLOOR);
        if (jc > j)
            j = jc;
    }
    if (j < PHON_FLOOR && kana) {
        /* Katakana writes a name as it sounds in a non-rhotic reading. */
        const aka__nunit *w = kana == 1 ? y : x, *k = kana == 1 ? x : y;
        char heard[AKA__KEY_MAX + 1];
        size_t hn = as_katakana_hears(w->rkey, w->rlen, heard);
        if (hn != w->rlen || memcmp(heard, w->rkey, hn) != 0) {
            double jk = aka__phon_sim(heard, hn, k->rkey, k->rlen, PHON_FLOOR);
            if (jk > j)
                j = jk;
        }
    }
    /* English's soft g (George, Gene, Gigi), which other scripts write
     * as they write j (Джордж, ჯორჯ, ጆርጅ, जॉर्ज): the Latin token
     * heard so too. Not against Arabic script, whose names' Latin g is
     * hard before e and i too (Gerges, Nagib: Egyptian g, see
     * arabic_otherwise). */
    if (j < PHON_FLOOR && lside && !arab) {
        const aka__nunit *w = lside == 1 ? x : y, *o = lside == 1 ? y : x;
        /* (a g before e, i or y, and the other token has the j it would
         * meet: j, or the dz and dzh of Cyrillic) */
        if ((w->tflags & AKA__UNIT_SOFT_G) && (o->tflags & AKA__UNIT_J)) {
            double js = soft_g(w, o, 'j', 1);
            if (js > j)
                j = js;
        }
        /* Spanish j and soft g, which Cyrillic writes with its h (Jorge
         * Хорхе, Julio Хулио, Mejía Мехия) */
        if (european && single && j < PHON_FLOOR && w->len >= 5 &&
            (w->tflags & (AKA__UNIT_J | AKA__UNIT_SOFT_G)) &&
            strchr("aeinosz", w->tok[w->len - 1]) &&
            memchr(o->rkey, 'h', o->rlen) && !listed_apart(x, y) &&
            !families_apart(x, y)) {
            double sj = spanish_j(w, o);
            if (sj > j)
                j = sj;
        }
    }
    /* Greek's γ before a front vowel written y (Georgios / Yeoryios),
     * in either token, between names of Latin or Greek letters (or of
     * letters the facts do not tell) */
    if (j < PHON_FLOOR && !abjad && !arab && !korean && !thai && !kana &&
        !cjkside) {
        for (int k = 0; k < 2; k++) {
            const aka__nunit *w = k ? y : x, *o = k ? x : y;
            if ((w->tflags & AKA__UNIT_SOFT_G) && memchr(o->tok, 'y', o->len)) {
                double gy = soft_g(w, o, 'y', 0);
                if (gy > j)
                    j = gy;
            }
        }
    }
    /* A Western name in Chinese characters, katakana or Hangul: heard
     * as their transcription conventions write it (a two-letter token
     * when the readings agree: Joe and 乔 qiao "jo"). */
    int heard_same = 0;
    if (cjkside && j < SIM_PHONETIC && x->hlen && y->hlen &&
        (heard_ends_near(x, y) ||
         kana_rhotic(lside == 1 ? y : x, lside == 1 ? x : y, pf)))
        j = foreign_heard(x, y, pf, j, &heard_same);
    /* A French name as said: its silent letters unwritten (Monet Моне). */
    if (j < PHON_FLOOR && lside &&
        ((lside == 1 ? x : y)->tflags & AKA__UNIT_FRENCH) &&
        !french_apart(lside == 1 ? x : y, lside == 1 ? y : x, abjad || arab))
        j = french_heard(lside == 1 ? x : y, lside == 1 ? y : x,
                         european ? 2 : cjkside ? 1 : 0, j);
    /* (cheap tests first: most pairs have nothing to hear otherwise) */
    if ((korean && j < 1 &&
         ((korean == 1 ? x : y)->rlen >= 5 ||
          memchr((korean == 1 ? y : x)->rkey, 'v', (korean == 1 ? y : x)->rlen))) ||
        (thai && j < PHON_FLOOR && (thai == 1 ? y : x)->rlen >= 5) ||
        (arab && j < SIM_PHONETIC))
        j = heard_otherwise(x, y, korean, thai, arab, j);
    if (j < PHON_FLOOR || (m < 3 && !(heard_same && m == 2)))
        return 0;
    *level = AKA__NL_FUZZY_WEAK;
    return (float)j * FUZZY_SCALE;
}

/* Whether the pair facts are those of two names in Latin letters only:
 * no script of one name that the other lacks, none in one other script. */
static int plain_latin(const pairfacts *pf)
{
    return pf->latin && !pf->abjad && !pf->korean && !pf->thai &&
           !pf->kana && !pf->arab && !pf->arab_both && !pf->lside &&
           !pf->cjkside && !pf->onescript && !pf->hanside && !pf->turkic;
}

static AKA__NOINLINE float unit_pair_plain(const aka__nunit *x,
                                      const aka__nunit *y, int single,
                                      int fuzzy, const pairfacts *pf,
                                      unsigned char *level, unsigned *evlen)
{
    return unit_pair_body(x, y, single, fuzzy, pf, level, evlen, 1);
}

/* Whether the pair facts say nothing of either name's script (but for
 * sinitic): the facts of every pair of names prepared from their
 * normalised text (aka__nameform_from_normalised), as the engine
 * compares them. */
static int no_script_facts(const pairfacts *pf)
{
    return !pf->latin && !pf->european && !pf->abjad && !pf->korean &&
           !pf->thai && !pf->kana && !pf->arab && !pf->arab_both &&
           !pf->lside && !pf->cjkside && !pf->onescript && !pf->hanside &&
           !pf->turkic;
}

static AKA__NOINLINE float unit_pair_unknown(const aka__nunit *x,
                                        const aka__nunit *y, int single,
                                        int fuzzy, const pairfacts *pf,
                                        unsigned char *level, unsigned *evlen)
{
    return unit_pair_body(x, y, single, fuzzy, pf, level, evlen, 2);
}

static AKA__NOINLINE float unit_pair_any(const aka__nunit *x, const aka__nunit *y,
                                    int single, int fuzzy,
                                    const pairfacts *pf,
                                    unsigned char *level, unsigned *evlen)
{
    return unit_pair_body(x, y, single, fuzzy, pf, level, evlen, 0);
}

/* unit_pair_body for any pair facts; `plain`: 1 when plain_latin(pf), 2
 * when no_script_facts(pf), else 0. */
static float unit_pair(const aka__nunit *x, const aka__nunit *y, int single,
                       int fuzzy, const pairfacts *pf, int plain,
                       unsigned char *level, unsigned *evlen)
{
    return plain == 1 ? unit_pair_plain(x, y, single, fuzzy, pf, level, evlen)
           : plain    ? unit_pair_unknown(x, y, single, fuzzy, pf, level, evlen)
                      : unit_pair_any(x, y, single, fuzzy, pf, level, evlen);
}

/* A run from token `start` that begins with a single letter, scored s:
 * an initial and a name, unless s says the joined form is spelled as the
 * other token is (rkey or better) and the letter was not swallowed as a
 * doubled letter (R. Rowling as "rrowling", rkey "rowling"). */
static int initial_run(const aka__nameform *f, int start, float s)
{
    const aka__nunit *u = &f->unit[start][0];
    if (u->len != 1)
        return 0;
    return s < SIM_ROMAN || f->unit[start + 1][0].tok[0] == u->tok[0];
}

/* Whether the run of l tokens from `start` ends with a single consonant
 * and meets the other unit only below a romanisation of it: an initial
 * after a name ("Muhammad H." is not "muhammadh", a letter from
 * Muhammad, with Karimi then a family name left out). A single vowel may
 * be a syllable of the name (Korean Min A, Mina). */
static int initial_ends_run(const aka__nameform *f, int start, int l, float s)
{
    const aka__nunit *u = &f->unit[start + l - 1][0];
    return l > 1 && u->len == 1 && s < SIM_ROMAN && !strchr("aeiouy", u->tok[0]);
}

/* Whether the rkey of the run of l tokens from s is the rkey of the
 * run without its first or its last token. */
static int hollow_run(const aka__nameform *f, int s, int l)
{
    if (l < 2)
        return 0;
    const aka__nunit *u = &f->unit[s][l - 1], *head = &f->unit[s][l - 2],
                     *tail = &f->unit[s + 1][l - 2];
    return (u->rlen == head->rlen && memcmp(u->rkey, head->rkey, u->rlen) == 0) ||
           (u->rlen == tail->rlen && memcmp(u->rkey, tail->rkey, u->rlen) == 0);
}

/* Whether one token's rkey is the other's with an a after it. */
static int final_a_added(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *s = x->rlen < y->rlen ? x : y, *l = x->rlen < y->rlen ? y : x;
    return l->rlen == s->rlen + 1 && s->rlen >= 3 && l->rkey[s->rlen] == 'a' &&
           memcmp(s->rkey, l->rkey, s->rlen) == 0;
}

/* Whether a unit is one token that the tables list as a given name and
 * not as a family name. */
static int given_token(const aka__nunit *u)
{
    return u->given >= 0 && u->family < 0;
}

/* Whether every token of the name is a known given name and none a
 * family name. */
static int given_only(const aka__nameform *f)
{
    for (int i = 0; i < f->n; i++)
        if (!given_token(&f->unit[i][0]))
            return 0;
    return 1;
}

/* Whether two aligned pairs are in opposite orders in the two names. */
static int crossed(const aka__align_result *r)
{
    for (int k = 0; k < r->npairs; k++)
        for (int l = k + 1; l < r->npairs; l++)
            if ((r->pair[k].as < r->pair[l].as) !=
                (r->pair[k].bs < r->pair[l].bs))
                return 1;
    return 0;
}

/* Whether two tokens of the name are of one given-name class. */
static int repeats_given(const aka__nameform *f)
{
    for (int i = 0; i < f->n; i++)
        for (int j = i + 1; j < f->n; j++)
            if (f->unit[i][0].given >= 0 && f->unit[i][0].given == f->unit[j][0].given)
                return 1;
    return 0;
}

/* Whether token i of f is a given name where it stands: a known given
 * name and no family name, or a known given name that is a family name
 * too (Abdullah, Fahad, Mohammed) before the name's last token, where
 * an Arab name puts the bearer's and the father's names. */
static int given_here(const aka__nameform *f, int i)
{
    const aka__nunit *u = &f->unit[i][0];
    return given_token(u) || (u->given >= 0 && i + 1 < f->n);
}

/* Whether two given names side by side in one name stand side by side in
 * the other in the other order, the rest as it may be: a compound given
 * name turned round before a family name (María José García / José María
 * García, a woman and a man). A family name moved (García María José)
 * turns no given names round. */
static int given_pair_crossed(const aka__nameform *a, const aka__nameform *b,
                              const aka__align_result *r)
{
    /* (a name held twice, a father's that is also the family's: which of
     * the two moved cannot be told, IDRIS Aisha Idris / Aisha Idrees
     * Idris) */
    if (repeats_given(a) || repeats_given(b))
        return 0;
    for (int k = 0; k < r->npairs; k++)
        for (int l = 0; l < r->npairs; l++) {
            const aka__align_pair *p = &r->pair[k], *q = &r->pair[l];
            if (p->al != 1 || p->bl != 1 || q->al != 1 || q->bl != 1 ||
                q->as != p->as + 1 || p->bs != q->bs + 1)
                continue;
            if (given_here(a, p->as) && given_here(a, q->as) && given_here(b, p->bs) &&
                given_here(b, q->bs))
                return 1;
        }
    return 0;
}

/* 1 when only a is written in kana, 2 when only b is, else 0. */
static int kana_side(const aka__nameform *a, const aka__nameform *b)
{
    int ka = (a->cjkmask & 2) != 0, kb = (b->cjkmask & 2) != 0;
    return ka == kb ? 0 : ka ? 1 : 2;
}

/* unit_pair through the context's cache. A unit's keys are a function of
 * its hash but for what is set after keying (heb_closed, and zk, zinfo
 * and AKA__UNIT_AYIN_NAME of runs, which depend on their tokens; heard, which
 * depends on the name's scripts, as the pair facts do, and is absent
 * from forms made without them): those are in the key too. */
static uint64_t unit_id(const aka__nunit *u)
{
    /* The fields set after keying, packed without overlap and spread by an
     * odd multiplier (one-to-one), so that two units of one text differ in
     * their ids whenever one of them does. heard itself is not hashed: it
     * is made from the token and its name's script, which the pair facts
     * in the key give. */
    uint64_t extra = (uint64_t)u->zk | (uint64_t)u->zinfo << 32 |
                     (uint64_t)u->heb_closed << 42 |
                     (uint64_t)(u->tflags & AKA__UNIT_AYIN_NAME) << 37 |
                     (uint64_t)u->thai_fin << 48 | (uint64_t)u->hlen << 56;
    return u->hash ^ (extra * UINT64_C(0x9e3779b97f4a7c15));
}

/* The key of a unit pair in the cache of similarities (never 0), from
 * its units' parts (sim_key_a, sim_key_b). A multiply-xorshift mix: it is
 * computed for every unit pair, where a general hash of the four words
 * cost more than the lookups saved. What else the similarity depends on
 * is in the parts: the pair facts (pfh) in the first unit's, and
 * `single` and `fuzzy`, which the units' spans decide, in both (each
 * unit's hash is seeded with its span too). */
static uint64_t sim_key(uint64_t xa, uint64_t yb)
{
    uint64_t key = xa ^ yb;
    key = (key ^ (key >> 29)) * UINT64_C(0xbf58476d1ce4e5b9);
    return (key ^ (key >> 32)) | 1;
}

/* A unit's part of the keys of its pairs: as the first unit of a pair
 * (sim_key_a, with the pair facts' hash pfh) and as the second
 * (sim_key_b), made once per unit rather than once per pair. */
static uint64_t sim_key_a(const aka__nunit *u, int span, uint64_t pfh)
{
    return ((unit_id(u) + (uint64_t)span) * UINT64_C(0x9e3779b97f4a7c15)) ^
           pfh;
}

static uint64_t sim_key_b(const aka__nunit *u, int span)
{
    uint64_t id = unit_id(u) + ((uint64_t)span << 32);
    return (id << 31 | id >> 33) * UINT64_C(0xc2b2ae3d27d4eb4f);
}

/* Every unit pair's key, its slot fetched: the cache is far larger than
 * the processor's, and a lookup that waits for memory cost more than the
 * comparison it saves, unless the waits overlap. */
static void sim_keys(cmpctx *c)
{
    uint64_t kb[AKA__ALIGN_MAX_TOKENS * AKA__ALIGN_MAX_SPAN];
    const struct aka__sim_slot *slots = c->sims->slot;
    size_t mask = c->sims->mask & ~(size_t)1;
    for (int j = 0; j < c->nub; j++)
        kb[j] = sim_key_b(c->ub[j].u, c->ub[j].l);
    uint64_t *k = c->skey;
    for (int i = 0; i < c->nua; i++) {
        uint64_t ka = sim_key_a(c->ua[i].u, c->ua[i].l, c->pfh);
        for (int j = 0; j < c->nub; j++, k++) {
            *k = sim_key(ka, kb[j]);
            AKA__PREFETCH(&slots[*k & mask]);
        }
    }
}

static float unit_pair_cached(cmpctx *c, const aka__nunit *x,
                              const aka__nunit *y, int single, int fuzzy,
                              uint64_t key, unsigned char *level,
                              unsigned *evlen)
{
    if (!c->sims)
        return unit_pair(x, y, single, fuzzy, &c->pf, c->plain, level, evlen);
    /* Two ways per set, side by side (one fetch): a pair that collides
     * with a common one keeps its entry too. */
    struct aka__sim_slot *w0 = &c->sims->slot[key & c->sims->mask & ~(size_t)1],
                         *w1 = w0 + 1, *sl = w0;
    if (w0->key == key || (sl = w1)->key == key) {
        *level = sl->level;
        *evlen = sl->evlen;
        return sl->sim;
    }
    sl = !w0->key ? w0 : !w1->key ? w1 : (key >> 40) & 1 ? w1 : w0;
    float s = unit_pair(x, y, single, fuzzy, &c->pf, c->plain, level, evlen);
    sl->key = key;
    sl->sim = s;
    sl->level = *level;
    /* (only lengths below SHORT_FULL are read: larger ones may stop at
     * the field's limit) */
    sl->evlen = (uint16_t)(*evlen < UINT16_MAX ? *evlen : UINT16_MAX);
    return s;
}

/* Whether unit_pair_body can find anything but 0 for two units without
 * sound-alike evidence (`fuzzy` 0: one of them is a run of three
 * tokens, so `single` is 0 too), for any pair facts: each of its tests
 * that can pass for such a pair needs one of these (equal tokens, keys,
 * lkeys or skeletons have equal lengths; a skeleton read across Hebrew
 * letters, hebrew_ch_equal, is within a letter). Keep in step with
 * unit_pair_body. Most such pairs have none, and are spared the cache
 * lookup. */
static int unfuzzy_may_meet(const aka__nunit *x, const aka__nunit *y,
                            const pairfacts *pf)
{
    return x->len == y->len || x->rlen == y->rlen || x->llen == y->llen ||
           (x->jk && x->jk == y->jk) || (pf->sinitic && x->zk && y->zk) ||
           (x->given >= 0 && y->given >= 0) ||
           (x->family >= 0 && x->family == y->family) ||
           ((x->vowel_poor || y->vowel_poor || pf->abjad) &&
            x->slen + 1 >= y->slen && y->slen + 1 >= x->slen);
}

/* Whether a token's rkey ends as an East Slavic or South Slavic
 * patronymic form does: Aleksandrovich, Petrovna, Ukrainian -ovych,
 * Ilyinichna, Serbian -ović. */
static int patronymic_shape(const aka__nunit *u)
{
#define END(e) {e, sizeof e - 1}
    static const struct {
        const char *end;
        size_t len;
    } ends[] = {END("vic"), END("vyc"), END("vna"), END("icna")};
#undef END
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t n = ends[k].len;
        if (u->rlen > n + 2 && memcmp(u->rkey + u->rlen - n, ends[k].end, n) == 0)
            return 1;
    }
    return 0;
}

/* A name against a patronymic form at least three letters longer
 * (Aleksandr / Aleksandrovich, Petar / Petrović): a man and his father's
 * name, or a given name and a family name made from it, never one name
 * spelled two ways, however much of it they share. */
static int stem_and_patronymic(const aka__nunit *x, const aka__nunit *y)
{
    int px = patronymic_shape(x), py = patronymic_shape(y);
    if (px == py || x->len < 2 || y->len < 2) /* an initial stands for either */
        return 0;
    return px ? x->rlen >= y->rlen + 3 : y->rlen >= x->rlen + 3;
}

/* The given-name class of the father's name a token is the patronymic
 * of (aka__patronymic_class), -1 for none. */
static int patronymic_class(const aka__nunit *u, int *female)
{
    return aka__patronymic_class(u->tok, u->len, female);
}

/* Whether two tokens are patronymics of one father's name in two
 * languages or spellings, of one sex (Iharavich / Igorevich, Syargeyeuna
 * / Sergeevna, Yevhenovych / Evgenevich), which no spelling test meets. */
static AKA__NOINLINE int patronymics_meet(const aka__nunit *x, const aka__nunit *y)
{
    int fx = 0, fy = 0;
    int cx = patronymic_class(x, &fx);
    return cx >= 0 && cx == patronymic_class(y, &fy) && fx == fy;
}

/* Whether a token ends as the patronymics of patronymic_class do (-ch,
 * -vic, -vna, -una, -wna): a test of its last letters, made for every
 * pair of tokens that no other test met. */
static int patronymic_end(const aka__nunit *u)
{
    if (u->len < 7)
        return 0;
    const char *e = u->tok + u->len - 3;
    return (e[1] == 'c' && e[2] == 'h') || (e[0] == 'v' && e[1] == 'i' && e[2] == 'c') ||
           (e[1] == 'n' && e[2] == 'a' && (e[0] == 'v' || e[0] == 'u' || e[0] == 'w'));
}

/* Whether token g, at place `at` of name f, is the father's given name
 * that the patronymic p of the other name is made of, written bare as
 * Moldovan, Romanian and Bulgarian registers write a father's name after
 * the person's (Ceban Ion Vasile / Чебан Иван Васильевич): g neither the
 * first token nor in a name of fewer than three (Vasile Ceban, the
 * father, is no Ivan Vasilyevich Ceban, his son). */
static int father_named(const aka__nameform *f, int at, const aka__nunit *g,
                        const aka__nunit *p)
{
    int female = 0;
    return at > 0 && f->n >= 3 && g->given >= 0 && !patronymic_end(g) &&
           patronymic_end(p) && patronymic_class(p, &female) == g->given;
}

/* Whether a run of tokens holds a patronymic form: a patronymic is one
 * word, never half of a name split in two, and a given name joined to it
 * (Alexandr Olegovich, "alexandrolegovich") met the other name's
 * patronymic from the same stem (Aleksandrovich). A run that spells the
 * other token (TimurBauyrzhanovich, a space lost) and runs of as many
 * tokens on both sides, which bridge romanisations that part the tokens
 * differently (Sergejewitsch / Sergeevich), keep it. */
static int run_has_patronymic(const aka__nameform *f, int s, int l)
{
    for (int k = 0; k < l; k++)
        if (patronymic_shape(&f->unit[s + k][0]))
            return 1;
    return 0;
}

/* Whether a unit is the Arabic article as English (al), Egyptian and
 * Maghrebi (el) or South Asian (ul) spelling writes it. */
static int arabic_article(const aka__nunit *u)
{
    return u->len == 2 && u->tok[1] == 'l' &&
           (u->tok[0] == 'a' || u->tok[0] == 'e' || u->tok[0] == 'u');
}

static int in_list(const char *list, const char *t, size_t n);

/* Whether token i of name f is the Arabic article: al, el, ul, or the
 * article as it is said before a sun letter, which the next token opens
 * with (ash-Shami, ar-Rahman, es-Sayed, at-Tamimi; French ach-Chami). */
static int article_at(const aka__nameform *f, int i)
{
    static const char *const sun[2] = {"t d r z s n", "th dh sh ch"};
    const aka__nunit *u = &f->unit[i][0];
    if (arabic_article(u))
        return 1;
    if (i + 1 >= f->n || u->len < 2 || u->len > 3 ||
        (u->tok[0] != 'a' && u->tok[0] != 'e' && u->tok[0] != 'u'))
        return 0;
    size_t n = u->len - 1;
    const aka__nunit *next = &f->unit[i + 1][0];
    return in_list(sun[n - 1], u->tok + 1, n) && next->len > n &&
           memcmp(next->tok, u->tok + 1, n) == 0;
}

/* Whether the run of l tokens of f from `start` (unit `run`, its tokens
 * joined) is token t but for the vowel of the Arabic article inside it,
 * or at its end before another token of the name: Nur al-Huda /
 * Nurulhuda, Nur al Islam / Nurul Islam, Shams al-Din / Shamseldin.
 * Joined, the article's vowel is the spelling's (al, el, ul), not the
 * name's. */
static int article_vowel_only(const aka__nameform *f, int start, int l,
                              const aka__nunit *run, const aka__nunit *t)
{
    if (run->len != t->len)
        return 0;
    size_t at = 0, vowel = SIZE_MAX;
    for (int k = 0; k < l; k++) {
        const aka__nunit *u = &f->unit[start + k][0];
        if (k > 0 && start + k + 1 < f->n && arabic_article(u))
            vowel = at;
        at += u->len;
    }
    if (vowel == SIZE_MAX || at != run->len || memcmp(run->tok, t->tok, run->len) == 0)
        return 0;
    return memcmp(run->tok, t->tok, vowel) == 0 && strchr("aeiou", t->tok[vowel]) &&
           memcmp(run->tok + vowel + 1, t->tok + vowel + 1, run->len - vowel - 1) == 0;
}

/* Whether the one token u of a name of one token, paired at similarity
 * sim and level lv with a token of a longer name, stands for a given name
 * of it as that name alone would: a given name of the tables, paired as
 * one spelling of it (exact to variant), or a listed nickname paired as
 * one (a father's or a family name alone is no given name: Karta /
 * Sumiati binti Karta). */
static int lone_given(const aka__nunit *u, float sim, int lv)
{
    return (u->given >= 0 && lv <= AKA__NL_VARIANT) || (u->nick && sim == SIM_NICKNAME);
}

/* Whether names a and b of three tokens each are one Iberian or Latin
 * American name of four that each writes without a different token
 * (aligned as r, levels in c): the first tokens and one other pair as
 * one name, in order, and of the two tokens left the one that is a given
 * name of the tables and no family name comes before, in the full name,
 * the one that is a family name and no given name: a middle name dropped
 * on one side and the mother's family name on the other (Ana María
 * Mendoza / Ana Mendoza Ramírez; Ana Sandra Ribeiro / Ana Martins
 * Ribeiro, the Portuguese order). Two middle names, or two family names,
 * that differ stay two people's (Ana Sandra / Ana Paula Ribeiro). */
static int four_names_written_as_three(const aka__nameform *a, const aka__nameform *b,
                                       const aka__align_result *r, const cmpctx *c)
{
    if (a->n != 3 || b->n != 3 || r->npairs != 2)
        return 0;
    for (int k = 0; k < 2; k++) {
        const aka__align_pair *p = &r->pair[k];
        if (p->al != 1 || p->bl != 1 || c->level[p->as][0][p->bs][0] > AKA__NL_VARIANT)
            return 0;
    }
    const aka__align_pair *p0 = &r->pair[0], *p1 = &r->pair[1];
    if (p0->as > p1->as) {
        const aka__align_pair *t = p0;
        p0 = p1;
        p1 = t;
    }
    if (p0->as != 0 || p0->bs != 0 || p1->bs == 0)
        return 0;
    int xa = 0, xb = 0; /* the tokens left */
    while (r->a_used >> xa & 1)
        xa++;
    while (r->b_used >> xb & 1)
        xb++;
    const aka__nunit *ua = &a->unit[xa][0], *ub = &b->unit[xb][0];
    int a_given = ua->given >= 0 && ua->family < 0, a_family = ua->family >= 0 && ua->given < 0;
    int b_given = ub->given >= 0 && ub->family < 0, b_family = ub->family >= 0 && ub->given < 0;
    /* where each left token stands against the second pair: before (the
     * middle) or after (the end) */
    int a_before = xa < p1->as, b_before = xb < p1->bs;
    if (a_given && b_family)
        return a_before;
    if (b_given && a_family)
        return b_before;
    return 0;
}

/* Whether the one token n is a nickname the tables list for the compound
 * given name the run r writes apart (Chema / José María, Juanma / Juan
 * Manuel): the tables hold the compound joined, as r's unit reads. */
static int compound_nickname(const aka__nunit *n, const aka__nunit *r)
{
    return n->nick && aka__nickname_link_known(n->tok, n->len, n->nick, n->given, r->tok,
                                               r->len, 0, -1);
}

/* Whether m, the first token of name f, is Ma for the other name's token
 * o, Maria: the normaliser reads Ma. with its stop so (name.c), but a
 * passport drops the stop. Ma alone is also the Burmese honorific (Ma
 * Kyi) and the Chinese and Korean family name (Ma Li), so it must be
 * followed by a given name the tables list, in a name that reads neither
 * as Chinese nor as Burmese. */
static int maria_short(const aka__nameform *f, const aka__nunit *m,
                       const aka__nunit *o)
{
    if (m->len != 2 || m->tok[0] != 'm' || m->tok[1] != 'a' || o->given < 0 ||
        f->n < 2 || f->unit[1][0].given < 0 || (f->sinitic & 1) || f->burmese)
        return 0;
    return o->given == aka__given_class("maria", 5);
}

/* Whether the runs of al tokens from a's token as and b's token bs hold
 * the patronymics of two fathers in one place, or have a
 * token written alike in one place and, in another, tokens that meet
 * nowhere (unit_pair), not even as slips: one edit, two in tokens of
 * five letters or more (Santos / Sants, which the matcher takes for
 * another name in a short token, and the rn a scanner reads for m,
 * Liudrnyla / Liudmyla, are for the run to weigh). */
static int same_tok(const aka__nunit *x, const aka__nunit *y)
{
    return x->len == y->len && memcmp(x->tok, y->tok, x->len) == 0;
}

/* Whether the runs of al tokens from a's token as and b's token bs hold,
 * in one place, two patronymics that meet nowhere (unit_pair) and are
 * more than two letters apart: the children of two fathers. */
static int run_two_fathers(const cmpctx *c, int as, int bs, int al)
{
    for (int k = 0; k < al; k++) {
        const aka__nunit *xk = &c->a->unit[as + k][0], *yk = &c->b->unit[bs + k][0];
        unsigned char lvl;
        unsigned evlen = SHORT_FULL;
        if (patronymic_end(xk) && patronymic_end(yk) && !patronymics_meet(xk, yk) &&
            aka__osa(xk->tok, xk->len, yk->tok, yk->len, 2) > 2 &&
            unit_pair(xk, yk, 1, 1, &c->pf, c->plain, &lvl, &evlen) == 0)
            return 1;
    }
    return 0;
}

static int run_carried(const cmpctx *c, int as, int bs, int al)
{
    /* two fathers' patronymics in one place: whatever meets beside them
     * (Tatiana Evgenevna / Tatyana Ivanovna) */
    for (int k = 0; k < al; k++) {
        const aka__nunit *xk = &c->a->unit[as + k][0], *yk = &c->b->unit[bs + k][0];
        int fx = 0, fy = 0, cx, cy;
        if (patronymic_end(xk) && patronymic_end(yk) &&
            (cx = patronymic_class(xk, &fx)) >= 0 &&
            (cy = patronymic_class(yk, &fy)) >= 0 && (cx != cy || fx != fy))
            return 1;
    }
    int alike = 0;
    for (int k = 0; k < al && !alike; k++) {
        const aka__nunit *xk = &c->a->unit[as + k][0], *yk = &c->b->unit[bs + k][0];
        alike = same_tok(xk, yk);
    }
    if (!alike)
        return 0;
    for (int k = 0; k < al; k++) {
        const aka__nunit *xk = &c->a->unit[as + k][0], *yk = &c->b->unit[bs + k][0];
        unsigned char lvl;
        unsigned evlen = SHORT_FULL;
        if (!same_tok(xk, yk) &&
            unit_pair(xk, yk, 1, 1, &c->pf, c->plain, &lvl, &evlen) == 0) {
            int most = xk->len >= 5 && yk->len >= 5 ? 2 : 1;
            if (aka__osa(xk->tok, xk->len, yk->tok, yk->len, most) > most)
                return 1;
        }
    }
    return 0;
}

/* How surely vietnamese_mark reads a name as Vietnamese. */
enum {
    VIET_MAYBE = 0,  /* thi, van between other names, the commonest family names */
    VIET_SURELY = 1, /* not van, which Dutch names hold too, nor vo and vu */
    VIET_PERHAPS = 2 /* and the short family names other peoples hold too (Ly, Ta, Do, Mai) */
};

/* Whether name f holds a token that Vietnamese names hold, as `how`
 * (VIET_*) asks. */
static int vietnamese_mark(const aka__nameform *f, int how)
{
    static const char *const marks[3][6] = {
        {"", "vo vu", "thi van ngo bui", "tran pham phan dang",
         "huynh hoang duong trinh", "nguyen truong"},
        {"", "", "thi ngo bui", "tran pham phan dang", "huynh hoang duong trinh",
         "nguyen truong"},
        {"", "do ha ho le ly ta vo vu", "bui cao lam luu mai ngo thi van",
         "dang dinh doan pham phan tran", "huynh hoang duong trinh", "nguyen truong"},
    };
    for (int i = 0; i < f->n; i++) {
        const aka__nunit *u = &f->unit[i][0];
        if (u->len >= 2 && u->len <= 6 && in_list(marks[how][u->len - 1], u->tok, u->len))
            return 1;
    }
    return 0;
}

/* Whether the `n` tokens from as of name a and from bs of name b meet
 * one for one in place, each pair at a better level than `lvl`. */
static int tokens_meet_better(const cmpctx *c, int as, int bs, int n, int lvl)
{
    for (int k = 0; k < n; k++) {
        unsigned char l;
        unsigned ev = SHORT_FULL;
        if (unit_pair(&c->a->unit[as + k][0], &c->b->unit[bs + k][0], 1, 1, &c->pf,
                      c->plain, &l, &ev) <= 0 ||
            l >= lvl)
            return 0;
    }
    return 1;
}

/* unit_pair of `part` (cut from the single token) and `tok` (a token of
 * the run), each in its name's place. */
static float part_pair(const cmpctx *c, const aka__nunit *part, const aka__nunit *tok,
                       int one_is_a, unsigned char *lvl, unsigned *evlen)
{
    return one_is_a ? unit_pair(part, tok, 1, 1, &c->pf, c->plain, lvl, evlen)
                    : unit_pair(tok, part, 1, 1, &c->pf, c->plain, lvl, evlen);
}

/* A compound name run together in one spelling and written apart in
 * another, each half respelled: Wolde-Mikael / Weldemichael, Abdel Rahim
 * / Abdulraheem, Mohamed Amin / Mohammadamin. The letters of the joined
 * form are no test there (the two spellings are too far apart as a
 * whole), but each half is a name: the single token one, cut near where
 * the run's first token would end, must give two halves that meet the
 * run's two tokens (in either order) as listed variants or better, or
 * one written alike and the other at the strong fuzzy level. Cheap tests
 * first: most pairs that reach here are two different names, and cutting
 * a token builds units. 1 with the worse half's *s, *lvl and *evlen. */
static int split_respelled(const cmpctx *c, const aka__nunit *one, const aka__nunit *t1,
                           const aka__nunit *t2, int one_is_a, float *s,
                           unsigned char *lvl, unsigned *evlen)
{
    int n = one->len;
    if (n >= AKA__KEY_MAX || t1->len + t2->len > n + 3 || t1->len + t2->len + 3 < n)
        return 0;
    for (int k = 0; k < 2; k++) {
        const aka__nunit *head = k ? t2 : t1, *tail = k ? t1 : t2;
        if (one->tok[0] != head->tok[0] || one->tok[n - 1] != tail->tok[tail->len - 1])
            continue;
        for (int cut = head->len - 2; cut <= head->len + 2; cut++) {
            if (cut < 3 || n - cut < 3)
                continue;
            aka__nunit h, t;
            unsigned char lh, lt;
            unsigned eh = SHORT_FULL, et = SHORT_FULL;
            if (!aka__nunit_of_token(one->tok, (size_t)cut, &h))
                continue;
            float sh = part_pair(c, &h, head, one_is_a, &lh, &eh);
            if (sh <= 0 || lh > AKA__NL_FUZZY_STRONG ||
                !aka__nunit_of_token(one->tok + cut, (size_t)(n - cut), &t))
                continue;
            float st = part_pair(c, &t, tail, one_is_a, &lt, &et);
            if (st <= 0 || lt > AKA__NL_FUZZY_STRONG)
                continue;
            /* both listed variants or better, or one half alike */
            if ((lh > AKA__NL_VARIANT || lt > AKA__NL_VARIANT) &&
                lh != AKA__NL_EXACT && lt != AKA__NL_EXACT)
                continue;
            int worse = lh > lt || (lh == lt && sh < st);
            *s = worse ? sh : st;
            *lvl = worse ? lh : lt;
            *evlen = eh < et ? eh : et;
            return 1;
        }
    }
    return 0;
}

/* A Latin name run together with a slip in one of its two names
 * (FolasadeAdeboawle / Folasade Adebowale, SangitaTamamg / Sangita
 * Tamang): the single token x or y (the side with one token) opens or
 * ends with one of the other side's two tokens, written alike, and what
 * is left is one edit from the other token. The spaces lost are then
 * known, and what is left is judged by the rules of two single tokens,
 * the tables' among them (AliHussan / Ali Hassan: Hasan and Husayn are
 * two names). 1 with *s, *lvl and *evlen of that pair when it meets at the
 * strong fuzzy level or better; else 0. */
static int split_slip(const cmpctx *c, const aka__nunit *x, const aka__nunit *y,
                      int as, int bs, int one_is_a, float *s, unsigned char *lvl,
                      unsigned *evlen)
{
    const aka__nunit *one = one_is_a ? x : y;
    const aka__nameform *run = one_is_a ? c->b : c->a;
    int rs = one_is_a ? bs : as;
    const aka__nunit *t1 = &run->unit[rs][0], *t2 = &run->unit[rs + 1][0];
    if (one->len >= AKA__KEY_MAX || t1->len < 3 || t2->len < 3)
        return 0;
    /* the token written alike opens the single token or ends it, the
     * run's two in either order (a family name moved: ADEBOWALE Folasade
     * / FolasadeAdeboawle) */
    const char *rest = NULL;
    size_t rn = 0;
    const aka__nunit *other = NULL;
    for (int k = 0; k < 4 && !rest; k++) {
        const aka__nunit *t = k & 1 ? t2 : t1;
        int opens = k < 2;
        if (one->len < t->len + 4 ||
            memcmp(one->tok + (opens ? 0 : one->len - t->len), t->tok, t->len) != 0)
            continue;
        rest = one->tok + (opens ? t->len : 0);
        rn = (size_t)(one->len - t->len);
        other = k & 1 ? t1 : t2;
    }
    aka__nunit part;
    if (!rest || other->len < 4 || aka__osa(rest, rn, other->tok, other->len, 1) != 1 ||
        !aka__nunit_of_token(rest, rn, &part))
        return split_respelled(c, one, t1, t2, one_is_a, s, lvl, evlen);
    float s2 = part_pair(c, &part, other, one_is_a, lvl, evlen);
    if (s2 <= 0 || *lvl > AKA__NL_FUZZY_STRONG)
        return 0;
    *s = s2;
    return 1;
}

/* Whether x and y are one syllable, one of them read from Cyrillic as
 * Russian writes Vietnamese (Тхи "tkhi" / Thi, Чан "chan" / Tran, Зунг
 * "zung" / Dung: match/palladius.h), the name in Latin letters a
 * Vietnamese one: no spelling of the kind the rule below holds apart. */
static int russian_written(cmpctx *c, const aka__nunit *x, const aka__nunit *y)
{
    if (!c->pf.cyrside)
        return 0;
    if (c->viet_latin < 0)
        c->viet_latin = vietnamese_mark(c->pf.lside == 1 ? c->a : c->b, VIET_MAYBE);
    if (!c->viet_latin)
        return 0;
    const aka__nunit *cy = c->pf.lside == 1 ? y : x, *la = c->pf.lside == 1 ? x : y;
    return aka__vietnamese_russian_meets(cy->tok, cy->len, la->tok, la->len);
}

/* Whether x and y are one syllable, one of them katakana as Japanese
 * records write Vietnamese names (グエン "guen" / Nguyen, フン "fun" /
 * Hung: match/kana_vietnamese.h), the other in Latin letters, and the
 * katakana name in kana alone: 1, or -1 when both read as syllables that
 * differ, 0 when either does not. No mark of a Vietnamese name is asked
 * of the Latin one: many have none the tables know (Quang Hai Le, Kim
 * Trang Do), and the reading takes only a token of one syllable. */
static int kana_written(const cmpctx *c, const aka__nunit *x, const aka__nunit *y)
{
    if (!c->pf.lside || c->pf.cjkside != 2)
        return 0;
    const aka__nunit *ka = c->pf.lside == 1 ? y : x, *la = c->pf.lside == 1 ? x : y;
    return aka__vietnamese_kana_meets(ka->tok, ka->len, la->tok, la->len);
}

/* Whether x and y are one syllable of a Burmese name, one of them in
 * Thai script as Thai records write such names (จ่อ "cho" / Kyaw, หน่าย
 * "nai" / Naing: match/thai_burmese.h), the other read as a Burmese name
 * (nameform.burmese): in Latin letters, or in Burmese script, which the
 * normaliser romanises as the Latin spellings go (အောင်ကိုကို "aung ko
 * ko"). */
static int thai_written(const cmpctx *c, const aka__nunit *x, const aka__nunit *y)
{
    int thai_a = c->a->script == USCRIPT_THAI, thai_b = c->b->script == USCRIPT_THAI;
    if (thai_a == thai_b || !(thai_a ? c->b : c->a)->burmese)
        return 0;
    const aka__nunit *tu = thai_a ? x : y, *mu = thai_a ? y : x;
    return aka__burmese_thai_meets(tu->tok, tu->len, mu->tok, mu->len);
}

/* Whether x and y are one Chinese name, one in katakana as Japanese
 * records write it (ワン wan / Wang, メイリン meirin / Meiling:
 * match/kana_mandarin.h), the other in Pinyin, read from Han or written in
 * Latin letters, its name read as Mandarin syllables. */
static int kana_mandarin(const cmpctx *c, const aka__nunit *x, const aka__nunit *y)
{
    int side = c->pf.hankana ? c->pf.hankana
               : c->pf.lside && c->pf.cjkside == 2 ? c->pf.lside
                                                    : 0;
    if (!side || !((side == 1 ? c->a : c->b)->sinitic & 1))
        return 0;
    const aka__nunit *pin = side == 1 ? x : y, *ka = side == 1 ? y : x;
    return aka__mandarin_kana_meets(ka->tok, ka->len, pin->tok, pin->len);
}

/* Whether the names are one in katakana alone and one in Latin letters
 * that is surely Vietnamese: katakana writes each syllable of such a
 * name apart (グエン・ヴァン・アン), so a run of syllables meets only
 * syllable by syllable, and two the reading holds apart are two. */
static int kana_vietnamese(const cmpctx *c)
{
    return c->pf.lside && c->pf.cjkside == 2 &&
           vietnamese_mark(c->pf.lside == 1 ? c->a : c->b, VIET_SURELY);
}

/* Whether x and y, runs of at most two tokens, are one Korean name, one
 * of them read from Cyrillic as Russian writes Korean (Ён "yon" / Young,
 * Чон Хи "chonkhi" / Chunghee: match/kontsevich.h), in a name whose Latin
 * spelling has a Korean family name, or in Hangul, which the normaliser
 * reads in Revised Romanization (박지성 `bak jiseong` / Пак Чи Сон). */
static int kontsevich_written(const cmpctx *c, const aka__nunit *x, const aka__nunit *y,
                              int al, int bl)
{
    if (al > 2 || bl > 2)
        return 0;
    int side = c->pf.cyrside && (c->pf.lside == 1 ? c->a : c->b)->kofamily ? c->pf.lside
                                                                          : c->pf.hangcyr;
    if (!side)
        return 0;
    const aka__nunit *cy = side == 1 ? y : x, *la = side == 1 ? x : y;
    return aka__kontsevich_meets(cy->tok, cy->len, la->tok, la->len);
}

/* Whether x and y are one Chinese given name, the Cyrillic one written
 * in two or three Palladius syllables apart (Сю Ин, Ли-цзюань) and the
 * Pinyin one (Latin, or the reading of Han) joined (Xiuying, 秀英), as
 * hand-typed Russian records split it (palladius: joined, the run reads
 * as one token). */
static int palladius_split(const cmpctx *c, const aka__nunit *x, const aka__nunit *y,
                           int al, int bl)
{
    /* the side of the Pinyin: a name in Latin letters or in Han */
    int side = c->pf.cyrside ? c->pf.lside : c->pf.hancyr;
    if (!side || (side == 1 ? bl : al) < 2 || (side == 1 ? al : bl) != 1)
        return 0;
    return palladius(side == 1 ? y : x, side == 1 ? x : y);
}

/* x: c->a->unit[as][al - 1], y: c->b->unit[bs][bl - 1]; key: their
 * pair's in c->sims (sim_key), when there is that cache. */
static float unit_sim(cmpctx *c, const aka__nunit *x, const aka__nunit *y,
                      int as, int al, int bs, int bl, uint64_t key)
{
    /* (such a pair's level is never read, as for any pair scored 0) */
    if ((al > 2 || bl > 2) && !unfuzzy_may_meet(x, y, &c->pf))
        return 0;
    unsigned char lvl;
    unsigned evlen = SHORT_FULL; /* set by unit_pair for near matches */
    /* Sound-alike evidence is weighed for runs of at most two tokens: a
     * given name split in two ("Jong-un") against one ("jeongeun") is the
     * case it serves, and it is the costliest test. */
    float s = unit_pair_cached(c, x, y, al == 1 && bl == 1, al <= 2 && bl <= 2,
                               key, &lvl, &evlen);
    if (s == 0 && al == 1 && bl == 1 && russian_written(c, x, y)) {
        s = SIM_ROMAN;
        lvl = AKA__NL_ROMAN;
    }
    /* (and two syllables the katakana reading holds apart, or a run of
     * syllables, in a name whose Latin spelling is surely Vietnamese, are
     * another name, as between two Latin spellings below: トゥー Thu is no
     * Thuy) */
    int kana = al == 1 && bl == 1 ? kana_written(c, x, y) : 0;
    if (s < SIM_ROMAN && al == 1 && bl == 1 && thai_written(c, x, y)) {
        s = SIM_ROMAN;
        lvl = AKA__NL_ROMAN;
    }
    if (s < SIM_ROMAN && kana > 0) {
        s = SIM_ROMAN;
        lvl = AKA__NL_ROMAN;
    } else if (s > 0 && lvl != AKA__NL_EXACT && (kana < 0 || al > 1 || bl > 1) &&
               kana_vietnamese(c)) {
        s = 0;
        lvl = AKA__NL_DIFFERENT;
    }
    if (s < SIM_PHONETIC && al == 1 && bl == 1 && kana_mandarin(c, x, y)) {
        s = SIM_PHONETIC;
        lvl = AKA__NL_FUZZY_STRONG;
    }
    if (s == 0 && kontsevich_written(c, x, y, al, bl)) {
        s = SIM_ROMAN;
        lvl = AKA__NL_ROMAN;
    }
    if (s == 0 && palladius_split(c, x, y, al, bl)) {
        s = SIM_ROMAN;
        lvl = AKA__NL_ROMAN;
    }
    if (s == 0 && al == 1 && bl == 1 && patronymic_end(x) && patronymic_end(y) &&
        patronymics_meet(x, y)) {
        s = SIM_VARIANT;
        lvl = AKA__NL_VARIANT;
    }
    int father = s == 0 && al == 1 && bl == 1 &&
                 (father_named(c->a, as, x, y) || father_named(c->b, bs, y, x));
    if (father) {
        s = SIM_VARIANT;
        lvl = AKA__NL_VARIANT;
    }
    /* The Arabic article in two romanisations, al and el (Egypt, the
     * Maghreb) or ul (Zia ul Haq), or as said before a sun letter
     * (Fatima al-Shami / ash-Shami), after another token and before two
     * that meet: Mohammed al-Sayyid / el-Sayed. A name's first token may
     * be the given name Al (Al Gore is not El Gore), and the article of
     * another name is no evidence (Brahim al-Ahmad / Brahim Ahmed el
     * Sayed, two men). */
    if (s == 0 && al == 1 && bl == 1 && as > 0 && bs > 0 && article_at(c->a, as) &&
        article_at(c->b, bs) && as + 1 < c->a->n && bs + 1 < c->b->n &&
        unit_pair(&c->a->unit[as + 1][0], &c->b->unit[bs + 1][0], 1, 1, &c->pf,
                  c->plain, &lvl, &evlen) > 0) {
        s = SIM_ROMAN;
        lvl = AKA__NL_ROMAN;
    }
    int compound = s == 0 && al + bl == 3 &&
                   compound_nickname(al == 1 ? x : y, al == 1 ? y : x);
    if (compound) {
        s = SIM_NICKNAME;
        lvl = AKA__NL_FUZZY_STRONG;
    }
    /* Ma written without its full stop for Maria, as passports write
     * Filipino and Spanish names (MA CRISTINA REYES). */
    if (s < SIM_VARIANT && al == 1 && bl == 1 &&
        ((as == 0 && maria_short(c->a, x, y)) || (bs == 0 && maria_short(c->b, y, x)))) {
        s = SIM_VARIANT;
        lvl = AKA__NL_VARIANT;
    }
    /* Between two Vietnamese names a syllable is spelled one way once
     * its marks go: two syllables that meet only as spellings or sounds
     * (Hồng and Hùng, whose Chinese readings the tables join, 洪 Hong,
     * Hung; one vowel for another) are two names (Tran Thi Hong / Hung
     * Tran). So are two runs of syllables between names in Latin letters
     * alone, which the alignment would take instead (tran huong / tran
     * hong, a variant as runs: Tran Thi Huong and Tran Thi Hong, two
     * women of one dormitory, merged on their names alone). */
    if (s > 0 && lvl <= AKA__NL_VARIANT && lvl != AKA__NL_EXACT &&
        ((al == 1 && bl == 1 && x->len <= 5 && y->len <= 5) ||
         ((al > 1 || bl > 1) && c->pf.latin_only == 3)) &&
        kana <= 0 && vietnamese_mark(c->a, VIET_SURELY) &&
        vietnamese_mark(c->b, VIET_SURELY) &&
        !(al == 1 && bl == 1 && russian_written(c, x, y)))
        s = 0, lvl = AKA__NL_DIFFERENT;
    if (s < SIM_ROMAN && (al > 1) != (bl > 1) && (c->pf.latin || c->pf.latin_only == 3) &&
        (al > 1 ? article_vowel_only(c->a, as, al, x, y)
                : article_vowel_only(c->b, bs, bl, y, x))) {
        s = SIM_ROMAN;
        lvl = AKA__NL_ROMAN;
    }
    int split = 0;
    if (s < SIM_PHONETIC && al + bl == 3 && (c->pf.latin || c->pf.latin_only == 3))
        split = split_slip(c, x, y, as, bs, al == 1, &s, &lvl, &evlen);
    /* Nothing to weigh (most pairs): unit_pair never returns less than
     * 0, the rules below only lower a similarity, and the level of a pair
     * the alignment cannot take is never read. */
    if (s == 0)
        return 0;
    /* A joined unit must earn its place: between two Latin names only a
     * variant or better ("abd al rahman" / "abdulrahman"); across scripts
     * phonetic evidence too, since Korean and Chinese given names are
     * split in Latin ("Jong-un") and joined in the romanisation of the
     * native script ("jeongeun"). Runs of as many tokens on both sides
     * (two given names and a family name) add nothing over their tokens
     * but a looser test: there they must agree better than phonetically,
     * or "Yuko Sato" / "Yoko Sato" would meet as "yukosato" / "yokosato". */
    /* The engine keeps a name in Latin letters without its Latin fact
     * (pairfacts.latin_only, not .latin): there a joined unit against
     * another number of tokens still needs phonetic evidence or better,
     * else "ha pham" met "pham" (0.75) and hid a given name left over
     * against another (Thi Ha Pham / Thi Van Pham). Runs of as many
     * tokens are left to it: they bridge OCR and spacing damage
     * (8ARBU Ionel / Ion BARBU) that its records show. Two names in one
     * script other than Latin are read by one romanisation, which no run
     * has to bridge: so there too (Тран Нгок Ха / Тран Нгок Линх, sisters,
     * met as "ngokkha" / "ngok" at 0.84). */
    if ((al > 1 || bl > 1) && !split && !compound &&
        (c->pf.latin ? s < SIM_PHONETIC || (s <= SIM_PHONETIC && al == bl)
                     : (c->pf.latin_only == 3 || c->pf.onescript) && al != bl &&
                           s < SIM_PHONETIC))
        s = 0;
    /* ... nor may they join two names the tables list apart token for
     * token ("noacohen" / "noahcohen" have one key, Noa and Noah are two
     * names; "levtolstoy" / "levtolstykh" sound alike, Tolstoy and
     * Tolstykh are two family names). */
    if (al == bl && al > 1 && s > 0)
        for (int k = 0; k < al; k++) {
            const aka__nunit *xk = &c->a->unit[as + k][0],
                             *yk = &c->b->unit[bs + k][0];
            /* (nor a name and its form with a final a, a woman's, which
             * the keys merge with the next token's opening a: "ivana
             * andov" keys as "ivanandov", and Ivana Andov met Ivan
             * Andov at 0.97) */
            if (listed_apart(xk, yk) || families_apart(xk, yk) ||
                two_short_families(xk, yk) || final_a_added(xk, yk))
                s = 0;
        }
    /* ... nor may a token written alike carry a run whose other token
     * meets nothing: "zulfiyadavlatova" / "shahlodavlatova" are near in
     * letters only for the family name they share (Zulfiya and Shahlo
     * Davlatova, sisters, met as one name at 0.81 in the engine). Runs
     * over tokens split elsewhere (8ARBU Ionel / Ion BARBU) have no token
     * alike in place. Between two Latin names, or two in one other
     * script, only: across scripts a run still bridges a romanisation
     * (খালেদা জিয়া "khaleda jiya" / Khaleda Zia). */
    if (al == bl && al > 1 && s > 0 && s < SIM_EXACT && (c->pf.latin_only == 3 || c->pf.onescript) &&
        run_carried(c, as, bs, al))
        s = 0;
    /* ... nor, across scripts, a run whose tokens all meet in place at
     * a better level than the run: it adds nothing over them but a looser
     * test, and would pass its worse level to the name (ياسر عرفات /
     * Yasser Arafat: each token a variant, "yasrrfat" / "yasserarafat"
     * only sounds alike). */
    if (al == bl && al > 1 && s > 0 && lvl > AKA__NL_VARIANT && !c->pf.latin &&
        c->pf.latin_only != 3 && !c->pf.onescript && tokens_meet_better(c, as, bs, al, lvl))
        s = 0;
    /* ... and in any scripts, a run does not hold two patronymics in one
     * place that meet nowhere and are more than two letters apart: two
     * fathers (Гулшан Акмаловна / Gulshan Anvarovna met as one run). */
    if (al == bl && al > 1 && s > 0 && s < SIM_EXACT && run_two_fathers(c, as, bs, al))
        s = 0;
    /* A run one of whose end tokens the keys swallow whole ("thi yi":
     * yi is keyed i, and "thiyi" keys as "thi") is its other tokens
     * spelled alike: met by key against fewer tokens, it would hide a
     * name left over (Thi Yi / Thi Mo met as one name less a middle
     * one). Only its own spelling meets it. */
    if (s > 0 && s < SIM_EXACT && al != bl &&
        (hollow_run(c->a, as, al) || hollow_run(c->b, bs, bl)))
        s = 0, lvl = AKA__NL_DIFFERENT;
    /* A run that starts with a single letter is an initial and a name
     * ("E. Einstein" is not "eeinstein", a spelling of Einstein), unless
     * the joined form is the other name's own spelling: an apostrophe
     * split it (O'Brien, Wade-Giles p'ing), or the tables list it as one
     * of the other's family names. */
    if (((al > 1 && initial_run(c->a, as, s)) ||
         (bl > 1 && initial_run(c->b, bs, s))) &&
        /* WG writes Pinyin's yi as i: Jung I-jen, Rong Yiren */
        !(c->pf.sinitic && x->zk && x->zk == y->zk) &&
        /* the tables list the joined form: Irish Ó (Ó Murchú / Murphy) */
        !(x->family >= 0 && x->family == y->family))
        s = 0, lvl = AKA__NL_DIFFERENT;
    if (initial_ends_run(c->a, as, al, s) || initial_ends_run(c->b, bs, bl, s))
        s = 0, lvl = AKA__NL_DIFFERENT;
    if (s > 0 && (al == 1 && bl == 1 ? stem_and_patronymic(x, y) && !father
                                     : al != bl && s < SIM_PHONETIC &&
                                           (run_has_patronymic(c->a, as, al) ||
                                            run_has_patronymic(c->b, bs, bl))))
        s = 0, lvl = AKA__NL_DIFFERENT;
    c->level[as][al - 1][bs][bl - 1] = lvl;
    /* (read back only for pairs the alignment takes, all with s > 0) */
    if (s > 0) {
        unsigned char by =
            evlen < SHORT_FULL ? (unsigned char)(SHORT_FULL - evlen) : 0;
        s -= SHORT_COST * by;
        c->shortby[as][al - 1][bs][bl - 1] = by;
    }
    return s;
}

/* Whether t[0..n) is a word of `list` (words of n letters, single
 * spaces between them). */
static int in_list(const char *list, const char *t, size_t n)
{
    for (const char *p = list; *p; p += n + (p[n] == ' '))
        if (p[0] == t[0] && memcmp(p, t, n) == 0)
            return 1;
    return 0;
}

/* Particles and articles of names: written, dropped, joined or split at
 * will, so never the name that tells two people apart. Whether t[0..n)
 * is one; of Arabic names only when `arabic` (the name is written in
 * Arabic script, whose tokens are no European particles: دعاء reads
 * "da", a given name, not the da of Portuguese names, and سلمى / دعاء
 * جمال العبيدي, sisters, scored 0.82 as one name leaving out a
 * particle). */
static int is_particle(const char *t, size_t n, int arabic)
{
    /* by length (index n - 1), space-separated */
    static const char *const arab[4] = {
        "",
        "al el ad ud ul ar as at an az",
        "bin ben ibn abu abd",
        "bint",
    };
    static const char *const other[4] = {
        "y e",
        "de da di la le do du zu mc ap",
        "van von der den del dos das los las ter ten mac",
        "",
    };
    if (n == 0 || n > 4) /* (none is longer: most tokens need no look) */
        return 0;
    return in_list(arab[n - 1], t, n) || (!arabic && in_list(other[n - 1], t, n));
}

/* The place of the first word of a name that says whose son or daughter
 * the bearer is (bin, binti, bint, ibn, bt: Ahmad bin Ismail, Siti binti
 * Abdullah), between two other words; -1 when there is none. */
static int father_word(const aka__nameform *f)
{
    /* by length (index n - 1), space-separated, as is_particle's */
    static const char *const words[5] = {"", "bt", "bin ibn bte", "bint", "binti binte"};
    for (int i = 1; i + 1 < f->n; i++) {
        const aka__nunit *u = &f->unit[i][0];
        if (u->len >= 2 && u->len <= 5 && in_list(words[u->len - 1], u->tok, u->len))
            return i;
    }
    return -1;
}

/* Whether the one-token name s is the name that the other, l, gives
 * before whose child the bearer is (Sumiati / Sumiati binti Karta: an
 * Indonesian's one name, and the same with her father's), l's first token
 * paired (l_used): the rest is a patronymic left out, as a middle name is
 * between names of two tokens or more. */
static int own_name_before_father(const aka__nameform *s, const aka__nameform *l,
                                  unsigned l_used)
{
    return s->n == 1 && (l_used & 1u) && father_word(l) == 1;
}

/* Whether two names that both say whose child the bearer is pair a name
 * before the word in one with a name after it in the other: the son and
 * his father (Luqman bin Nazri / Nazri bin Luqman), whose names are the
 * same tokens in the other places. */
static int father_crossed(const aka__nameform *a, const aka__nameform *b,
                          const aka__align_result *r)
{
    int fa = father_word(a), fb;
    if (fa < 0 || (fb = father_word(b)) < 0)
        return 0;
    for (int k = 0; k < r->npairs; k++) {
        const aka__align_pair *p = &r->pair[k];
        int a_before = p->as + p->al <= fa, a_after = p->as > fa;
        int b_before = p->bs + p->bl <= fb, b_after = p->bs > fb;
        if ((a_before && b_after) || (a_after && b_before))
            return 1;
    }
    return 0;
}

int aka__name_particle(const char *t, size_t n)
{
    return is_particle(t, n, 0);
}

/* Whether one name is the other less its first name: the longer has three
 * tokens or more, every token of the shorter is paired, and the one token
 * of the longer left out is its first, a known given name (and no family
 * name) that is no particle. Where a name is the bearer's name, then his
 * father's (Zainab Omar Al-Hassan, Fatima Shahid Malik, Freweini
 * Gebrehiwet Woldemichael), the shorter is the father's; elsewhere it is
 * another person who shares the second given name and the family name
 * (Natalia Maria Sandu / Maria Sandu) more often than the bearer under
 * her second given name. Not after Muhammad or Maria, nor between
 * Vietnamese names, whose given name of two syllables goes by its last
 * (Thanh Hai Ngo / Hai Ngo). */
static int first_name_left(const aka__nameform *a, unsigned a_used,
                           const aka__nameform *b, unsigned b_used)
{
    const aka__nameform *l = a, *s = b;
    unsigned lu = a_used, su = b_used;
    if (b->n > a->n) {
        l = b;
        s = a;
        lu = b_used;
        su = a_used;
    }
    if (l->n < 3 || s->n < 2 || su != (1u << s->n) - 1 ||
        lu != ((1u << l->n) - 1) - 1u)
        return 0;
    const aka__nunit *u = &l->unit[0][0];
    if (u->len < 2 || u->given < 0 || u->family >= 0 ||
        is_particle(u->tok, u->len, l->arabic))
        return 0;
    /* Muhammad and Maria open compound given names that their bearers
     * go by without them (Mohammad Javad Zarif is Javad Zarif, María
     * Guadalupe is Guadalupe). */
    if (u->given == aka__given_class("muhammad", 8) ||
        u->given == aka__given_class("maria", 5))
        return 0;
    /* A son named for his father (Mahmoud Mahmoud Ali, Ahmed Ahmed
     * Hassan): the name left out is the one paired, so the shorter is
     * his own given name and family name as much as his father's. */
    const aka__nunit *v = &l->unit[1][0];
    if (same_tok(u, v) || u->given == v->given)
        return 0;
    /* (the longer read loosely: Minh Dat Ly / Ly Dat, Ngoc Huy Ta / Huy
     * Ta) */
    if (vietnamese_mark(l, VIET_PERHAPS) || vietnamese_mark(s, VIET_MAYBE))
        return 0;
    /* ... nor before a Chinese name, which a Western given name opens
     * in Hong Kong and Singapore (Anthony Hui Yan Sai / Hui Yan Sai):
     * tokens of one Mandarin syllable each, or three short ones */
    int syllables = 0, short_ones = 0;
    for (int i = 0; i < s->n; i++) {
        const aka__nunit *t = &s->unit[i][0];
        syllables += t->zk && (t->zinfo >> 2) == 1;
        short_ones += t->len <= 4;
    }
    return syllables != s->n && !(s->n >= 3 && short_ones == s->n);
}

/* Whether the name holds a token only Vietnamese names hold
 * (vietnamese_mark): its Le, Do and La are then the family names Lê, Đỗ
 * and Lã, not French and Portuguese articles (Do Van Hung / Ho Van Hung,
 * two men, met as one name with a particle left out). */
static int vietnamese_name(const aka__nameform *f)
{
    return vietnamese_mark(f, VIET_MAYBE);
}

/* A token of two or more letters, not a particle, that the alignment
 * left out. */
static int leftover_name(const aka__nameform *f, unsigned used, int i)
{
    const aka__nunit *u = &f->unit[i][0];
    if ((used & (1u << i)) || u->len < 2)
        return 0;
    if (!is_particle(u->tok, u->len, f->arabic))
        return 1;
    /* A particle binds to the name after it: the last token is a name
     * (Shu-fen Le / Shu-fen Ng, Le left out as the French article, met
     * as one name). */
    if (i == f->n - 1)
        return 1;
    /* The Arabic article written as it is said before a sun letter
     * (an-Nasir, ar-Rahman, as-Sayyid) is an article only there: An,
     * Ar, As elsewhere are names (Nguyen Van An / Nguyen Van Binh, An
     * left out as an article, met as one name at 0.81). */
    if (u->len == 2 && in_list("ad ar as at an az", u->tok, 2) &&
        !(i + 1 < f->n && f->unit[i + 1][0].tok[0] == u->tok[1]))
        return 1;
    /* European articles spell syllables of East Asian names: Le, Do, La
     * are Vietnamese family names (Lê, Đỗ, Lã), Do, Da, De Korean and
     * Mandarin syllables (Kim Do-yun / Kim Ha-yoon, two names, met with
     * do left out as the Portuguese article). */
    if (u->len == 2 && in_list("de da di la le do du", u->tok, 2) &&
        (f->kofamily || (f->sinitic & 1) || f->burmese))
        return 1;
    return u->len == 2 && in_list("le do la", u->tok, 2) && vietnamese_name(f);
}

/* Whether m is a Spanish married woman's name and o her maiden name:
 * m ends in de and a family name (her husband's: Carmen López de
 * García), o in a family name (her mother's: Carmen López Hernández),
 * which a married name leaves out, and those two are all that the
 * alignment left of either (given names and her father's family name
 * paired). */
static int married_de(const aka__nameform *m, unsigned m_used, const aka__nameform *o,
                      unsigned o_used)
{
    int last = m->n - 1;
    if (m->n < 4 || o->n < 3 || !leftover_name(m, m_used, last) ||
        (m_used & (1u << (last - 1))) || m->unit[last - 1][0].len != 2 ||
        memcmp(m->unit[last - 1][0].tok, "de", 2) != 0 || !leftover_name(o, o_used, o->n - 1))
        return 0;
    for (int i = 0; i < last - 1; i++)
        if (leftover_name(m, m_used, i))
            return 0;
    for (int j = 0; j < o->n - 1; j++)
        if (leftover_name(o, o_used, j))
            return 0;
    return 1;
}

/* Whether each name leaves a name of its own out of the alignment, and
 * no two of them are one letter apart with the same first letter (a slip
 * in a short token: Kim Jong Un / Kim Jong Um). A married name against
 * the maiden one (married_de) is no conflict. */
static int names_conflict(const aka__nameform *a, unsigned a_used,
                          const aka__nameform *b, unsigned b_used)
{
    if (married_de(a, a_used, b, b_used) || married_de(b, b_used, a, a_used))
        return 0;
    int conflict = 0;
    for (int i = 0; i < a->n; i++) {
        if (!leftover_name(a, a_used, i))
            continue;
        const aka__nunit *x = &a->unit[i][0];
        for (int j = 0; j < b->n; j++) {
            if (!leftover_name(b, b_used, j))
                continue;
            const aka__nunit *y = &b->unit[j][0];
            if (x->tok[0] == y->tok[0] &&
                aka__osa(x->tok, x->len, y->tok, y->len, 1) <= 1 &&
                !two_short_families(x, y))
                return 0;
            conflict = 1;
        }
    }
    return conflict;
}

/* Jaro-Winkler similarity of the rkeys of the most alike two of the names
 * each side left out of the alignment (see names_conflict). */
static double nearest_leftovers(const aka__nameform *a, unsigned a_used,
                                const aka__nameform *b, unsigned b_used)
{
    double q = 0;
    for (int i = 0; i < a->n; i++) {
        if (!leftover_name(a, a_used, i))
            continue;
        const aka__nunit *x = &a->unit[i][0];
        for (int j = 0; j < b->n; j++) {
            if (!leftover_name(b, b_used, j))
                continue;
            const aka__nunit *y = &b->unit[j][0];
            double v = aka__jaro_winkler(x->rkey, x->rlen, y->rkey, y->rlen,
                                         0.1, 0);
            if (v > q)
                q = v;
        }
    }
    return q;
}

/* An order of prepared names by their tokens: the alignment breaks ties
 * by position, so two names are always compared in this order and the
 * answer does not depend on which was given first. */
static int form_order(const aka__nameform *a, const aka__nameform *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = 0; i < a->n; i++) {
        int c = strcmp(a->unit[i][0].tok, b->unit[i][0].tok);
        if (c)
            return c;
    }
    return 0;
}

int aka__nameform_order(const aka__nameform *a, const aka__nameform *b)
{
    return form_order(a, b);
}

aka_status aka__nameform_compare(const aka__nameform *a,
                                 const aka__nameform *b, double *score,
                                 int *same, int *level)
{
    return aka__nameform_compare_cached(a, b, score, same, level, NULL);
}

/* Whether one name is a single token that spells the other's two or
 * three tokens run together in another order than theirs ("chendakong"
 * / "Kong Chenda", "bielikrastislav" / "Rastislav Bielik"): a family
 * name moved and the spaces lost. Run together in their own order, the
 * alignment already pairs them (a joined unit). */
static int joined_reordered(const aka__nameform *a, const aka__nameform *b)
{
    if (a->n != 1) {
        const aka__nameform *t = a;
        a = b;
        b = t;
    }
    if (a->n != 1 || b->n < 2 || b->n > 3)
        return 0;
    const aka__nunit *one = &a->unit[0][0];
    size_t total = 0;
    for (int i = 0; i < b->n; i++)
        total += b->unit[i][0].len;
    if (total != one->len || one->len >= AKA__KEY_MAX)
        return 0;
    /* the orders of b's tokens other than b's own: 1 0 (two tokens);
     * 0 2 1, 1 0 2, 1 2 0, 2 0 1, 2 1 0 (three) */
    static const unsigned char orders[][3] = {
        {1, 0, 0}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    size_t first = b->n == 2 ? 0 : 1, last = b->n == 2 ? 1 : 6;
    for (size_t o = first; o < last; o++) {
        size_t at = 0;
        int k = 0;
        for (; k < b->n; k++) {
            const aka__nunit *t = &b->unit[orders[o][k]][0];
            if (memcmp(one->tok + at, t->tok, t->len) != 0)
                break;
            at += t->len;
        }
        if (k == b->n)
            return 1;
    }
    return 0;
}

/* Two names of the same tokens (a name against itself, or one name
 * written in two scripts) may have alignments of equal gain that pair
 * them crosswise: "ao ... a o" pairs its "ao" with the other's joined
 * "a o" as well as with its "ao". The rules after the alignment read the
 * pairs' places (a father's name crossed, a first name left out), so the
 * pairing in place is taken when it gains as much: r becomes it when
 * every token pairs with its own, allowed in allowed[0..n), and the gain
 * is r's (within rounding). */
static void identity_if_as_good(const aka__nameform *a, const aka__nameform *b,
                                const aka__align_pair *allowed, int n,
                                aka__align_result *r)
{
    aka__align_result id;
    id.npairs = 0;
    id.gain = 0;
    for (int k = 0; k < n; k++) {
        const aka__align_pair *p = &allowed[k];
        if (p->al == 1 && p->bl == 1 && p->as == p->bs && p->as == id.npairs) {
            id.pair[id.npairs++] = *p;
            id.gain += p->sim * (a->w[p->as] + b->w[p->bs]) / 2;
        }
    }
    if (id.npairs != a->n || id.gain < r->gain - 1e-4f * (1.0f + r->gain))
        return;
    id.a_used = id.b_used = (uint16_t)((1u << a->n) - 1);
    *r = id;
}

aka_status aka__nameform_compare_cached(const aka__nameform *a,
                                        const aka__nameform *b, double *score,
                                        int *same, int *level,
                                        aka__sim_cache *sc)
{
    int order = form_order(a, b);
    const int same_tokens = order == 0;
    if (order > 0) {
        const aka__nameform *t = a;
        a = b;
        b = t;
    }
    if ((a->cjk && b->cjk && a->cjk == b->cjk) || joined_reordered(a, b)) {
        if (score)
            *score = 1;
        if (same)
            *same = 1;
        if (level)
            *level = AKA__NL_EXACT;
        return AKA_OK;
    }
    cmpctx c;
    c.a = a;
    c.b = b;
    memset(&c.pf, 0, sizeof c.pf); /* hashed whole below */
    c.pf.latin = a->latin && b->latin;
    c.pf.onescript = a->script && a->script == b->script;
    c.pf.european = a->european && b->european;
    c.pf.abjad = a->hebrew == b->hebrew ? 0 : a->hebrew ? 1 : 2;
    if (a->hebmix || b->hebmix)
        c.pf.abjad = 3; /* by unit: unit_scripts */
    c.pf.korean = (a->cjkmask & 4) == (b->cjkmask & 4) ? 0
                  : (a->cjkmask & 4)                 ? 1
                                                     : 2;
    c.pf.thai = a->thai == b->thai ? 0 : a->thai ? 1 : 2;
    c.pf.kana = kana_side(a, b);
    c.pf.arab = a->arabic == b->arabic ? 0 : a->arabic ? 1 : 2;
    c.pf.arab_both = a->arabic && b->arabic;
    if (a->arabmix || b->arabmix) {
        c.pf.arab = 3; /* by unit, as abjad 3 */
        c.pf.arab_both = 0;
    }
    if (a->hebmix || b->hebmix || a->arabmix || b->arabmix)
        c.pf.mixed = (a->hebrew ? 1 : 0) | (b->hebrew ? 2 : 0) |
                     (a->latin ? 4 : 0) | (b->latin ? 8 : 0) |
                     (a->arabic || a->arabmix ? 16 : 0) |
                     (b->arabic || b->arabmix ? 32 : 0);
    c.pf.lside = a->latin == b->latin ? 0 : a->latin ? 1 : 2;
    c.pf.cjkside = c.pf.lside == 1 ? b->cjkmask : c.pf.lside == 2 ? a->cjkmask : 0;
    c.pf.cyrboth = a->script == USCRIPT_CYRILLIC && b->script == USCRIPT_CYRILLIC;
    c.pf.bengside = (c.pf.lside == 1 && b->script == USCRIPT_BENGALI) ||
                    (c.pf.lside == 2 && a->script == USCRIPT_BENGALI);
    c.pf.bengarab = a->script == USCRIPT_BENGALI && b->script == USCRIPT_ARABIC   ? 1
                    : a->script == USCRIPT_ARABIC && b->script == USCRIPT_BENGALI ? 2
                                                                                 : 0;
    c.pf.cyrside = (c.pf.lside == 1 && b->script == USCRIPT_CYRILLIC) ||
                   (c.pf.lside == 2 && a->script == USCRIPT_CYRILLIC);
    c.pf.sinitic = (a->sinitic & b->sinitic & 1) && ((a->sinitic | b->sinitic) & 2);
    c.pf.mandarin = (a->sinitic & b->sinitic & 1) != 0;
    c.pf.latin_only = (aka__nameform_latin_alone(a) ? 1 : 0) |
                      (aka__nameform_latin_alone(b) ? 2 : 0);
    c.pf.kolatin = a->kofamily && b->kofamily && c.pf.latin_only == 3;
    c.pf.burmese = a->burmese && b->burmese;
    c.pf.turkic = c.pf.latin_only == 3 ? (a->turkic ? 1 : 0) | (b->turkic ? 2 : 0) : 0;
    c.pf.hanside = (a->cjkmask & 1) && !b->cjkmask   ? 1
                   : (b->cjkmask & 1) && !a->cjkmask ? 2
                                                     : 0;
    c.pf.grkside = a->script == USCRIPT_GREEK && b->script != USCRIPT_GREEK   ? 1
                   : b->script == USCRIPT_GREEK && a->script != USCRIPT_GREEK ? 2
                                                                              : 0;
    c.pf.hebcyr = a->hebrew && !b->hebrew && b->script == USCRIPT_CYRILLIC   ? 1
                  : b->hebrew && !a->hebrew && a->script == USCRIPT_CYRILLIC ? 2
                                                                             : 0;
    c.pf.hangcyr = a->cjkmask == 4 && b->script == USCRIPT_CYRILLIC   ? 1
                   : b->cjkmask == 4 && a->script == USCRIPT_CYRILLIC ? 2
                                                                      : 0;
    c.pf.hancyr = c.pf.hanside == 1 && a->cjkmask == 1 && b->script == USCRIPT_CYRILLIC   ? 1
                  : c.pf.hanside == 2 && b->cjkmask == 1 && a->script == USCRIPT_CYRILLIC ? 2
                                                                                          : 0;
    c.pf.hankana = a->cjkmask == 1 && b->cjkmask == 2   ? 1
                   : b->cjkmask == 1 && a->cjkmask == 2 ? 2
                                                        : 0;
    c.plain = plain_latin(&c.pf) ? 1 : no_script_facts(&c.pf) ? 2 : 0;
    c.viet_latin = -1;
    c.sims = sc;
    c.pfh = sc ? aka__hash(&c.pf, sizeof c.pf, 0x7066) : 0;
    c.nua = c.nub = 0;
    for (int as = 0; as < a->n; as++)
        for (int al = 1; al <= AKA__ALIGN_MAX_SPAN && as + al <= a->n; al++)
            c.ua[c.nua++] = (struct cmpunit){&a->unit[as][al - 1],
                                             (uint8_t)as, (uint8_t)al};
    for (int bs = 0; bs < b->n; bs++)
        for (int bl = 1; bl <= AKA__ALIGN_MAX_SPAN && bs + bl <= b->n; bl++)
            c.ub[c.nub++] = (struct cmpunit){&b->unit[bs][bl - 1],
                                             (uint8_t)bs, (uint8_t)bl};
    if (sc)
        sim_keys(&c);
    /* Every unit pair's similarity, in a loop of our own (the alignment
     * asks for each of them anyway): no call through a pointer per pair.
     * The pairs allowed (similarity above 0) are listed for the
     * alignment, in the order of the walk: by a's unit, then b's. */
    aka__align_pair allowed[AKA__ALIGN_MAX_TOKENS * AKA__ALIGN_MAX_SPAN *
                            AKA__ALIGN_MAX_TOKENS * AKA__ALIGN_MAX_SPAN];
    int nallowed = 0;
    const uint64_t *key = c.skey;
    for (int i = 0; i < c.nua; i++) {
        const aka__nunit *x = c.ua[i].u;
        int as = c.ua[i].s, al = c.ua[i].l;
        for (int j = 0; j < c.nub; j++) {
            int bs = c.ub[j].s, bl = c.ub[j].l;
            float s = unit_sim(&c, x, c.ub[j].u, as, al, bs, bl,
                               sc ? key[j] : 0);
            if (s > 0)
                allowed[nallowed++] = (aka__align_pair){
                    (uint8_t)as, (uint8_t)al, (uint8_t)bs, (uint8_t)bl, s};
        }
        key += c.nub;
    }
    aka__align_result r;
    r.npairs = 0;
    /* (with no pair allowed the alignment pairs nothing) */
    if (nallowed) {
        float pa[AKA__ALIGN_MAX_TOKENS], pb[AKA__ALIGN_MAX_TOKENS];
        for (int i = 0; i < a->n; i++)
            pa[i] = UNMATCHED * a->w[i];
        for (int i = 0; i < b->n; i++)
            pb[i] = UNMATCHED * b->w[i];
        if (aka__align_pairs(a->n, a->w, pa, b->n, b->w, pb, allowed,
                             nallowed, &r) != 0)
            return AKA_ERR_NOMEM;
        if (same_tokens)
            identity_if_as_good(a, b, allowed, nallowed, &r);
    }
    if (r.npairs == 0) {
        /* No token pair at all (most pairs of names): what the rules
         * below give then, score 0, different, without walking them. */
        if (score)
            *score = 0;
        if (same)
            *same = 0;
        if (level)
            *level = AKA__NL_DIFFERENT;
        return AKA_OK;
    }
    /* num_dec: the sum without the discount of short near matches,
     * which orders names but does not decide them (see SHORT_COST). */
    float num = 0, num_dec = 0, den = 0, floor = 1;
    int worst = AKA__NL_EXACT, substantive = 0;
    for (int k = 0; k < r.npairs; k++) {
        const aka__align_pair *p = &r.pair[k];
        float wa = 0, wb = 0;
        for (int t = 0; t < p->al; t++)
            wa += a->w[p->as + t];
        for (int t = 0; t < p->bl; t++)
            wb += b->w[p->bs + t];
        float w = (wa + wb) / 2;
        float sim_dec = p->sim +
            SHORT_COST * c.shortby[p->as][p->al - 1][p->bs][p->bl - 1];
        num += p->sim * w;
        num_dec += sim_dec * w;
        den += w;
        if (sim_dec < floor)
            floor = sim_dec;
        int lv = c.level[p->as][p->al - 1][p->bs][p->bl - 1];
        if (lv > worst)
            worst = lv;
        substantive |= lv == AKA__NL_EXACT ||
                       (a->unit[p->as][p->al - 1].len > 1 &&
                        b->unit[p->bs][p->bl - 1].len > 1);
    }
    /* When one name of two or more tokens is matched whole, the other's
     * extra tokens are middle names or patronymics it left out, which
     * costs less than a token that found no partner on both sides. */
    int a_whole = (a->n >= 2 || own_name_before_father(a, b, r.b_used)) &&
                  r.a_used == (1u << a->n) - 1;
    int b_whole = (b->n >= 2 || own_name_before_father(b, a, r.a_used)) &&
                  r.b_used == (1u << b->n) - 1;
    float extra = a_whole || b_whole ? UNMATCHED_EXTRA : UNMATCHED;
    for (int i = 0; i < a->n; i++)
        if (!(r.a_used & (1u << i)))
            den += extra * a->w[i];
    for (int i = 0; i < b->n; i++)
        if (!(r.b_used & (1u << i)))
            den += extra * b->w[i];
    /* A generational suffix only one name states (Jr., Sr., III) is a
     * token the other lacks: the two may be father and son. It costs as
     * an unmatched token of weight 1 would. (Two different ones cap the
     * score below.) */
    if (!a->generation != !b->generation)
        den += extra;
    /* Two names of known given names only, paired in the other order, are
     * another compound name (Jean-Pierre / Pierre-Jean, Maria José / José
     * Maria): a family name can move (Smith, John), given names keep
     * their order. The swap costs as a given name left unmatched. */
    int both_given = given_only(a) && given_only(b);
    if (r.npairs > 1 && both_given && crossed(&r))
        den += UNMATCHED * a->w[0];
    double s = den > 0 && r.npairs > 0 ? num / den : 0;
    if (s > 1)
        s = 1;
    /* An initial stands for a name; when it meets none on the other side
     * and that side has a name of its own left over, the two disagree
     * (J. K. Rowling / J. R. Rowling, A. Einstein / E. Einstein): a
     * missing middle initial is one thing, a different one another. */
    if (s > DIFFERENT_CAP && r.a_used != (1u << a->n) - 1 &&
        r.b_used != (1u << b->n) - 1) {
        int init = 0;
        for (int i = 0; i < a->n; i++)
            init |= !(r.a_used & (1u << i)) && a->unit[i][0].len == 1;
        for (int i = 0; i < b->n; i++)
            init |= !(r.b_used & (1u << i)) && b->unit[i][0].len == 1;
        if (init)
            s = DIFFERENT_CAP;
    }
    /* A son's name and his father's in the other's places (Hamza bin
     * Osama bin Laden / Osama bin Laden) are two men. */
    if (s > DIFFERENT_CAP && father_crossed(a, b, &r))
        s = DIFFERENT_CAP;
    /* ... and two given names turned round beside a third name are
     * another person's (María José García / José María García; Ahmed
     * Mohamed Ali / Mohamed Ahmed Ali, a son's name and his father's), as
     * a first name left out is: at most FIRST_LEFT_CAP, a weak match. Both
     * names of three tokens or more: in a name of two, either may be the
     * family name, written first (Maria Gheorghe / GHEORGHE Maria
     * Andreea, Mohammed Ali / Ali Mohammed; the cost above is theirs). */
    int turned = a->n >= 3 && b->n >= 3 && s > FIRST_LEFT_CAP &&
                 given_pair_crossed(a, b, &r);
    if (turned)
        s = FIRST_LEFT_CAP;
    int first_left = s > FIRST_LEFT_CAP &&
                     first_name_left(a, r.a_used, b, r.b_used);
    if (first_left)
        s = FIRST_LEFT_CAP;
    /* Two Burmese names: every syllable is the name, and one left out on
     * either side makes another (Linn Paing / Linn Zinn Paing, Aung Thet
     * / Aung Mo Yay Thet); an honorific may go (U, Daw, Ko, Maung). */
    if (c.pf.burmese && s > DIFFERENT_CAP &&
        (syllable_left(a, r.a_used) || syllable_left(b, r.b_used)))
        s = DIFFERENT_CAP;
    /* A name of two or more letters left over on each side is one name
     * put for another (Juan Carlos Gomez Lopez / Perez, Kim Chol Su / Ho,
     * Abu Musab al-Zarqawi / al-Suri): the names disagree, which no
     * number of shared tokens makes up for. A token left over on one
     * side only is a middle name or patronymic left out, two one letter
     * apart a typing slip in a short name; particles and
     * articles (al, bin, van der) are written or dropped at will. */
    if (r.npairs && names_conflict(a, r.a_used, b, r.b_used)) {
        /* Below the cap the score still says how near the names come:
         * by how alike the nearest two of the tokens left over are
         * (Lukashenko / Lukashevich, Hasanov / Hasanovic rank above Smith /
         * Brown). It stays below the cap, so no decision changes. */
        if (s > DIFFERENT_CAP)
            s = DIFFERENT_CAP;
        /* Only the score reads how near: at DIFFERENT_CAP or below,
         * under WEAK_SCORE and SAME_SCORE, the names are different
         * whatever it is (the engine asks for the level alone). */
        if (score) {
            s -= NEAR_SPAN * (1.0 - nearest_leftovers(a, r.a_used, b, r.b_used));
            if (s < 0)
                s = 0;
        }
    }
    /* Two names in Han or kana that differ natively are different names,
     * however alike they romanise (王小明 and 王晓明), when they are written
     * in the same scripts: a name in kana and one in kanji can only be
     * compared by their readings (スズキ, 鈴木). Names of the same
     * characters in another order (小明 王, 田中 / 中田) are left to
     * their readings. */
    if (a->cjk && b->cjk && a->cjkmask == b->cjkmask && a->cjkset != b->cjkset &&
        s > DIFFERENT_CAP)
        s = DIFFERENT_CAP;
    if (a->generation && b->generation && a->generation != b->generation &&
        s > DIFFERENT_CAP)
        s = DIFFERENT_CAP;
    /* Titles of the two sexes (Mr. / Mrs. John Smith): husband and wife,
     * or brother and sister, sharing names. */
    if (a->sex && b->sex && a->sex != b->sex && s > DIFFERENT_CAP)
        s = DIFFERENT_CAP;
    /* The decision is taken on the similarities before the discount of
     * short near matches (none of the caps above leaves a score near
     * SAME_SCORE), and the score of names taken for the same stays at
     * SAME_SCORE or above, so that same is still score >= SAME_SCORE. */
    double s_dec = s;
    if (s > DIFFERENT_CAP && den > 0) {
        s_dec = num_dec / den;
        if (s_dec > 1)
            s_dec = 1;
    }
    int is_same = s_dec >= SAME_SCORE && floor >= SAME_PAIR_FLOOR &&
                  substantive && !first_left && !turned;
    /* A given name alone against a full name that holds it, in another
     * spelling or as its nickname (Gosho / Georgi Angelov, Fane / Stefan
     * Caldararu, Anya / Anna Kuznetsova, Yana / Гончаренко Яна): as near
     * as the name written alike, fuzzy weak (lone_given); the discount
     * of its level left it different (0.62 for a nickname against 0.74),
     * and the man a victim knows by his nickname and his phone stayed
     * apart from his records. */
    if (!is_same && s < WEAK_SCORE && (a->n == 1) != (b->n == 1) && r.npairs == 1 &&
        r.pair[0].al == 1 && r.pair[0].bl == 1 &&
        lone_given(a->n == 1 ? &a->unit[0][0] : &b->unit[0][0], r.pair[0].sim,
                   c.level[r.pair[0].as][0][r.pair[0].bs][0]))
        s = WEAK_SCORE;
    /* A name of four written as three, each without another of its
     * tokens (four_names_written_as_three): as near as fuzzy weak. */
    if (!is_same && s < WEAK_SCORE && four_names_written_as_three(a, b, &r, &c))
        s = WEAK_SCORE;
    if (is_same && s < SAME_SCORE)
        s = SAME_SCORE;
    if (score)
        *score = s;
    if (same)
        *same = is_same;
    if (level) {
        /* The level describes the whole names, not only the tokens that
         * were paired: "john smith" / "john brown" is not exact. Names the
         * matcher does not take for the same are at most fuzzy weak; names
         * it does, but with tokens left over (a middle name, a family name
         * missing on one side), are at most a variant. */
        int lv = r.npairs ? worst : AKA__NL_DIFFERENT;
        int leftover = r.a_used != (1u << a->n) - 1 ||
                       r.b_used != (1u << b->n) - 1;
        if (!is_same)
            lv = s >= WEAK_SCORE ? AKA__NL_FUZZY_WEAK : AKA__NL_DIFFERENT;
        else if (leftover && lv < AKA__NL_VARIANT)
            lv = AKA__NL_VARIANT;
        *level = lv;
    }
    return AKA_OK;
}

void aka__nameform_pair_readings(aka__nameform *a, aka__nameform *b)
{
    /* The readings as Han, katakana and Hangul hear a name count only
     * between a Latin name and one in those scripts (pairfacts.cjkside). */
    if ((a->latin && b->cjkmask) || (b->latin && a->cjkmask)) {
        aka__foreign_hear_units(a);
        aka__foreign_hear_units(b);
    }
    /* ... and the readings as French, between a Latin name and one in
     * another script (pairfacts.lside), but Burmese: no French name is
     * written in its letters where records come from, and read as
     * French, MA AYE CHO met ဖြူမေချို (Phyu May Cho), Ma Aye heard as
     * May. */
    if (a->latin != b->latin && (a->latin ? b : a)->script != USCRIPT_MYANMAR) {
        aka__nameform_french_units(a);
        aka__nameform_french_units(b);
    }
}

enum { CJK_HAN = 1, CJK_HANGUL = 4 }; /* nameform.cjkmask */

/* Whether f is in Hangul alone, or in Latin letters with a Korean family
 * name first or last (Kim Jong Un: McCune-Reischauer and customary
 * spellings, which the Hangul reading meets as it meets them). */
static int korean_side(const aka__nameform *f)
{
    return f->cjkmask == CJK_HANGUL || (f->latin && f->kofamily);
}

/* A name in Han characters alone against one on a korean_side: the Han
 * one is also read as a Korean's (aka__korean_name: 金正恩 as 김정은, which
 * meets Kim Jong Un), and the better of the two readings decides. The
 * engine does the same through a derived full name (resolve.c). */
static aka_status korean_reading(const char *a, size_t a_len, const aka__nameform *fa,
                                 const char *b, size_t b_len, const aka__nameform *fb,
                                 double *score, int *same)
{
    if (fb->cjkmask == CJK_HAN && korean_side(fa))
        return korean_reading(b, b_len, fb, a, a_len, fa, score, same);
    char ko[AKA__KO_NAME_MAX];
    size_t kn = fa->cjkmask == CJK_HAN && korean_side(fb) ? aka__korean_name(a, a_len, ko) : 0;
    if (!kn)
        return AKA_OK;
    aka__nameform_room rk;
    aka__err err;
    double s = 0;
    int m = 0;
    aka_status st = aka__nameform_init_hear(ko, kn, &rk.f, 0, &err);
    if (st == AKA_OK)
        st = aka__nameform_compare(&rk.f, fb, &s, &m, NULL);
    if (st == AKA_OK && score && s > *score)
        *score = s;
    if (st == AKA_OK && same && m)
        *same = 1;
    return st;
}

aka_status aka_name_compare(const char *a, size_t a_len, const char *b,
                            size_t b_len, double *score, int *same)
{
    /* Two prepared names fit on the stack: no allocation per call. */
    aka__nameform_room ra, rb;
    aka__nameform *fa = &ra.f, *fb = &rb.f;
    aka__err err;
    aka_status st = aka__nameform_init_hear(a, a_len, fa, 0, &err);
    if (st == AKA_OK)
        st = aka__nameform_init_hear(b, b_len, fb, 0, &err);
    if (st == AKA_OK)
        aka__nameform_pair_readings(fa, fb);
    if (st == AKA_OK)
        st = aka__nameform_compare(fa, fb, score, same, NULL);
    if (st == AKA_OK && (score || same))
        st = korean_reading(a, a_len, fa, b, b_len, fb, score, same);
    return st;
}
