#include "match/nameform.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/hash.h"
#include "core/prefetch.h"
#include "core/zalloc.h"
#include "core/strbuf.h"
#include "match/burmese.h"
#include "match/dmetaphone.h"
#include "match/foreign.h"
#include "match/korean_latin.h"
#include "match/variants.h"
#include "normalize/normalize.h"
#include "normalize/titles.h"
#include "unicode/uctx.h"
#include "unicode/utf8.h"

static uint32_t pack_code(const char *c)
{
    uint32_t v = 0;
    size_t n = strlen(c);
    if (n < 2)
        return 0;
    for (size_t i = 0; i < n && i < 4; i++)
        v |= (uint32_t)(unsigned char)c[i] << (8 * i);
    return v;
}

/* The normaliser romanises unpointed Hebrew letter by letter, so a token
 * of a Hebrew name holds its matres lectionis as consonants: w for ו, y
 * for י (אהוד "hwd", דיין "dyyn", שרון "srwn"). For the keys they are
 * read as the vowels they mostly are: w after the first letter is o (u),
 * y there is i (e); doubled, ww is the consonant v and yy the consonant y
 * between vowels (dayan, hayim), ai at the end; two other letters alike
 * have a vowel between them. The token itself is kept
 * for the variant tables, which list these forms. Writes at most
 * AKA__KEY_MAX bytes and returns the length. */
static size_t hebrew_vowels(const char *t, size_t n, int open, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o < AKA__KEY_MAX;) {
        char c = t[i], nx = i + 1 < n ? t[i + 1] : 0;
        const char *s = NULL;
        size_t used = 1;
        /* open == 2: the word starts with א or ע before a consonant
         * (אבי Avi, עמוס Amos, אשר Asher): a vowel the normaliser drops
         * with the letter, mostly a, which Latin spellings write. A ב or
         * פ after it has no dagesh: v, f (אברהם Avraham, אביגיל Avigail,
         * אפרים Efraim). */
        if (i == 0 && open == 2 && n > 1 && o + 1 < AKA__KEY_MAX) {
            out[o++] = 'a';
            if (c == 'b' || c == 'p')
                c = c == 'b' ? 'v' : 'f';
        }
        /* `open`: the word starts with א or ע, which the normaliser
         * drops, so its first letter here is a mater too (עופרה "wprh"
         * Ofra, אורי "wry" Uri, אילן "yln" Ilan), not the consonant of
         * ורד "wrd" Vered. */
        if ((c == 'w' || c == 'y') && (i > 0 || open == 1)) {
            if (nx == c) {
                s = c == 'w' ? "v" : i + 2 == n ? "ai" : "aya";
                used = 2;
            } else {
                s = c == 'w' ? "o" : "i";
            }
        }
        if (!s) {
            /* Hebrew writes no letter double: two alike are two
             * consonants with an unwritten vowel between (חנן Hanan,
             * ששון Sasson), which the keys would write once. */
            if (o > 0 && out[o - 1] == c && o + 1 < AKA__KEY_MAX)
                out[o++] = 'a';
            /* An h inside the word is ה or ח, a letter of its own: after
             * k, s, t, p or g it is no digraph of one sound (כהן "khn" is
             * Kohen, תהילה "thylh" Tehila). 'H' is such an h to the rkey.
             * Not the ch and zh of a geresh (תאצ'ר "tchr" Thatcher), nor
             * a final ה, the mater of a final vowel (ברכה Bracha, not
             * ברוך Baruch). */
            if (c == 'h' && i + 1 < n && o > 0 && strchr("kstpg", out[o - 1]))
                c = 'H';
            out[o++] = c;
        } else {
            for (; *s && o < AKA__KEY_MAX; s++)
                out[o++] = *s;
        }
        i += used;
    }
    out[o] = '\0';
    return o;
}

void aka__hebrew_diphthong_keys(const char *tok, size_t n, int open,
                                char lkey[AKA__KEY_MAX + 1],
                                char skel[AKA__KEY_MAX + 1])
{
    char t[AKA__KEY_MAX + 1];
    size_t k = 0;
    if (n > AKA__KEY_MAX)
        n = AKA__KEY_MAX;
    for (size_t i = 0; i < n; i++) {
        /* (a single y inside the word is read as the vowel i) */
        if ((i > 0 || open) && tok[i] == 'y' && i + 2 < n && tok[i + 1] == 'y' &&
            !strchr("wyh", tok[i + 2]))
            i++;
        t[k++] = tok[i];
    }
    aka__hebrew_keys(t, k, open ? 1 : 0, lkey, skel);
}

void aka__hebrew_glide_keys(const char *tok, size_t n, int open,
                             char lkey[AKA__KEY_MAX + 1],
                             char skel[AKA__KEY_MAX + 1])
{
    char t[AKA__KEY_MAX + 1];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 2 < AKA__KEY_MAX; i++) {
        /* (the vowel before the consonant is unwritten: a, as the keys
         * guess it elsewhere) */
        if (i > 0 && tok[i] == 'y' && i + 1 < n && tok[i + 1] == 'w' &&
            !strchr("wy", tok[i - 1])) {
            t[k++] = 'a';
            t[k++] = 'J';
            continue;
        }
        t[k++] = tok[i];
    }
    aka__hebrew_keys(t, k, open, lkey, skel);
}

void aka__hebrew_keys(const char *tok, size_t n, int open,
                      char lkey[AKA__KEY_MAX + 1], char skel[AKA__KEY_MAX + 1])
{
    char v[AKA__KEY_MAX + 1], r[AKA__KEY_MAX + 1];
    size_t vn = hebrew_vowels(tok, n, open, v);
    aka__rkey_hebrew(v, vn, r);
    aka__lkey_hebrew(r, lkey);
    aka__skeleton(lkey, skel);
}

/* Bits of from_normalised's `keys`: which optional keys to compute. */
#define KEYS_HEBREW 1u /* tokens of unpointed Hebrew (hebrew_vowels) */
#define KEYS_ARABIC 2u /* Arabic script: the joined article split off */
#define KEYS_WG 4u     /* an apostrophe after a Wade-Giles initial */
/* a word of unpointed Hebrew that opens with א or ע before ו or י */
#define KEYS_HEB_OPEN 8u
/* ... or before another letter */
#define KEYS_HEB_VOWEL 16u
/* ... the letter being ע (else א) */
#define KEYS_HEB_AYIN 32u
/* words of Latin letters and of unpointed Hebrew or of Arabic script in
 * one name: its Hebrew words are keyed as KEYS_HEBREW has the tokens of a
 * name in Hebrew letters only keyed (hebrew_mixed), its Arabic ones as
 * KEYS_ARABIC has (from_normalised's `words`), its Latin ones as Latin */
#define KEYS_MIXED 64u
/* a unit with a Latin token in such a name (AKA__HEB_LATIN) */
#define KEYS_HEB_LATIN 128u

/* Weight of an article split off a word in Arabic script: the Latin
 * form of the name often leaves it out (الحريري Hariri, القذافي
 * Gaddafi), and when it writes it (al-Assad) it still matches. */
#define ARTICLE_WEIGHT 0.3f

/* aka__nunit.hash of a unit keyed from tok[0..n) (n at most
 * AKA__KEY_MAX). */
static uint64_t unit_hash(const char *tok, size_t n, int span, unsigned keys)
{
    return aka__hash(tok, n, ((uint64_t)span << 8 | keys) + 0x756e6974) | 1;
}

static void key_unit(aka__nunit *u, const char *tok, size_t n, int span,
                     unsigned keys)
{
    if (n > AKA__KEY_MAX)
        n = AKA__KEY_MAX;
    memcpy(u->tok, tok, n);
    u->tok[n] = '\0';
    u->len = (uint8_t)n;
    u->hash = unit_hash(tok, n, span, keys);
    char hv[AKA__KEY_MAX + 1];
    if (keys & KEYS_HEBREW) {
        size_t hn = hebrew_vowels(u->tok, n,
                                  (keys & KEYS_HEB_OPEN)    ? 1
                                  : (keys & KEYS_HEB_VOWEL) ? 2
                                                            : 0,
                                  hv);
        aka__rkey_hebrew(hv, hn, u->rkey);
    } else if (keys & KEYS_ARABIC) {
        aka__rkey_arabic(u->tok, n, u->rkey);
    }
    /* (else both below) */
    if (keys & (KEYS_HEBREW | KEYS_ARABIC)) {
        (keys & KEYS_HEBREW ? aka__lkey_hebrew : aka__lkey)(u->rkey, u->lkey);
        aka__skeleton(u->lkey, u->skel);
    } else {
        /* The skeleton meets names written in an abjad, which write the h
         * that the rkey takes for silent after a vowel (Ahmad, Mahfouz,
         * Rahman: ح and ه); a final h is dropped by the skeleton still
         * (Fatimah). */
        char r[AKA__KEY_MAX + 1], l[AKA__KEY_MAX + 1];
        int same = aka__rkey_twice(u->tok, n, u->rkey, r);
        aka__lkey(u->rkey, u->lkey);
        if (!same)
            aka__lkey(r, l);
        aka__skeleton(same ? u->lkey : l, u->skel);
    }
    /* (set for the name's scripts by aka__foreign_hear_units) */
    u->hlen = 0;
    u->heard[0] = '\0';
    u->rlen = (uint8_t)strlen(u->rkey);
    memset(u->rhead, 0, sizeof u->rhead);
    memcpy(u->rhead, u->rkey, u->rlen < 3 ? u->rlen : 3);
    u->llen = (uint8_t)strlen(u->lkey);
    u->slen = (uint8_t)strlen(u->skel);
    u->rcons = (uint8_t)aka__phon_consonants(u->rkey, u->rlen);
    u->rfirst = 0;
    u->rmask = 0;
    for (size_t i = 0; i < u->rlen; i++) {
        char c = u->rkey[i];
        int vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        unsigned code = aka__phon_code(c);
        if (!u->rfirst && !vowel && c != 'h')
            u->rfirst = (uint8_t)(code + 1);
        u->rmask |= 1u << code;
    }
    {
        const char *g = memchr(u->tok, 'g', n);
        unsigned dz = 0, ei = 0, rd = 0;
        for (size_t i = 0; i < n; i++) {
            char c = u->tok[i], nx = i + 1 < n ? u->tok[i + 1] : 0;
            dz |= c == 'd' && nx == 'z';
            ei |= c == 'e' && (nx == 'i' || nx == 'y');
            rd |= c == 'r' || c == nx;
        }
        u->tflags = (uint8_t)(
            (g && (g[1] == 'e' || g[1] == 'i' || g[1] == 'y')
                 ? AKA__UNIT_SOFT_G
                 : 0u) |
            (memchr(u->tok, 'j', n) || dz ? AKA__UNIT_J : 0u) |
            (aka__hard_c_at(u->tok, n) >= 0 ? AKA__UNIT_HARD_C : 0u) |
            (dz ? AKA__UNIT_DZ : 0u) | (ei ? AKA__UNIT_EI : 0u) |
            (rd ? AKA__UNIT_R_OR_DOUBLE : 0u));
        /* (the French reading is made only for the comparisons that
         * read it: aka__nameform_french_units) */
        u->frlen = u->frcons = u->frfirst = u->frlast = 0;
    }
    /* Double Metaphone is sound-alike evidence, which runs of three
     * tokens never weigh (unit_sim) */
    u->dm1 = u->dm2 = 0;
    if (span <= 2) {
        char d1[AKA__DMETA_MAX + 1], d2[AKA__DMETA_MAX + 1];
        aka__dmetaphone(u->tok, n, d1, d2);
        u->dm1 = pack_code(d1);
        u->dm2 = pack_code(d2);
    }
    u->jk = span <= 2 ? aka__jkey(u->tok, n) : 0;
    u->ik = span <= 2 ? aka__ikey(u->tok, n) : 0;
    /* (runs of two tokens are keyed by sinitic, longer ones not at all) */
    int zm = 0;
    u->zk = span == 1 ? aka__zkey(u->tok, n, &zm) : 0;
    /* (single tokens only: whether a run of two reads as Mandarin is
     * known only later, and its tokens are read one by one anyway) */
    u->ok = span == 1 ? (uint16_t)aka__other_key(
                            u->tok, n, u->jk || (u->zk && (zm >> 2) == 1))
                      : 0;
    u->zinfo = (uint8_t)zm;
    u->heb_closed = 0;
    u->thai_fin = 0;
    int v = aka__vowel_count(u->tok, n);
    /* "mhmd", "bd", "dvd": no vowel, or one in a long word ("khald") that
     * doubles no letter but the l of Allah ("smyllh", سمیع‌الله), as no
     * romanisation of an abjad does: Chann, Shann and Lynne are Latin
     * spellings, whose skeletons (sn, ln) would meet Soun and Leon. */
    int doubled = 0;
    for (size_t i = 1; v == 1 && n >= 5 && i < n && !doubled; i++)
        doubled = u->tok[i] == u->tok[i - 1] && u->tok[i] != 'l';
    u->vowel_poor = (uint8_t)(n >= 2 && v == 0         ? AKA__VOWELLESS
                              : v == 1 && n >= 5 && !doubled ? AKA__ONE_VOWEL
                                                              : 0);
    /* (a word in Arabic script may read as another name's Latin spelling:
     * شاهد "shahd" is Shahid, not Shahd) */
    int ar = keys & KEYS_ARABIC ? aka__arabic_reading_class(u->tok, n) : -1;
    u->given = (int16_t)(ar >= 0 ? ar : aka__given_class(u->tok, n));
    u->family = (int16_t)aka__family_class(u->tok, n);
    u->heb = keys & KEYS_HEB_LATIN ? (uint8_t)AKA__HEB_LATIN : 0;
    if (keys & (KEYS_HEB_OPEN | KEYS_HEB_VOWEL))
        u->heb = (uint8_t)((keys & KEYS_HEB_AYIN ? AKA__HEB_AYIN
                                                      : AKA__HEB_ALEF) |
                                (keys & KEYS_HEB_VOWEL ? AKA__HEB_GUESS : 0u));
    if (u->heb & AKA__HEB_GUESS) {
        /* A vowel opened the word: the tables list its skeleton ("lh",
         * "ly") for a name that opens with the consonant (לאה Leah, לי
         * Li) too, not for אלה Ela or אלי Eli. A class is named by its
         * first spelling (y for Yelizaveta, Yevgeniy). */
        if (u->given >= 0 && !strchr("aeiouy", *aka__variant_group(
                                                   AKA__VARIANT_GIVEN, u->given)))
            u->given = -1;
        if (u->family >= 0 && !strchr("aeiouy", *aka__variant_group(
                                                    AKA__VARIANT_FAMILY, u->family)))
            u->family = -1;
    }
    if (u->given >= 0 && aka__given_opens_with_ayin(u->given)) {
        /* The tables list such a name's skeleton without its ayin, as
         * the normaliser drops it ("ly" Ali): a word that opened with
         * alef only looks like it (אלי Eli). */
        if (u->heb & AKA__HEB_ALEF)
            u->given = -1;
        else
            u->tflags |= AKA__UNIT_AYIN_NAME;
    }
    /* Cognate classes are unions of given-name classes. */
    u->cognate = (int16_t)(u->given >= 0 ? aka__cognate_class(u->tok, n) : -1);
    /* (a nickname is looked for between single tokens only) */
    u->nick = (uint8_t)(span == 1 && aka__is_nickname(u->tok, n));
    /* (lin, sen and yuan, the Mandarin readings of single-kanji family
     * names, are no Japanese syllables and are looked up anyway) */
    u->kanji = (int16_t)(span == 1 && (u->jk || u->zk) ? aka__kanji_class(u->tok, n)
                                                        : -1);
}

/* Two ways a set (slots 2k and 2k + 1): the runs of tokens of a few
 * thousand names held direct-mapped in 16k slots lost one lookup in five
 * to another unit of the same slot. */
struct aka__unit_slot {
    uint64_t hash; /* of the text, span and keys; 0 when empty */
    uint8_t span, keys;
    uint8_t recent; /* the way of its set used last (the other goes first) */
    aka__nunit u;
};

struct aka__unit_cache {
    size_t mask;
    struct aka__unit_slot slot[];
};

aka__unit_cache *aka__unit_cache_new(size_t slots, int touch)
{
    aka__unit_cache *c =
        aka__zalloc(sizeof *c + slots * sizeof(struct aka__unit_slot), touch);
    if (c)
        c->mask = slots - 1;
    return c;
}

void aka__unit_cache_free(aka__unit_cache *c)
{
    free(c);
}

/* Mark way w of a set as the one used last. */
static void set_recent(struct aka__unit_slot *set, int w)
{
    set[w].recent = 1;
    set[w ^ 1].recent = 0;
}

/* key_unit through the cache: a unit's keys depend on its text (as
 * key_unit truncates it), its span and the optional keys only. h is the
 * unit's unit_hash (from unit_hash_of). */
static void key_unit_cached(aka__unit_cache *uc, aka__nunit *u, const char *tok,
                            size_t n, int span, unsigned keys, uint64_t h)
{
    if (!uc) {
        key_unit(u, tok, n, span, keys);
        return;
    }
    if (n > AKA__KEY_MAX)
        n = AKA__KEY_MAX;
    struct aka__unit_slot *set = &uc->slot[h & uc->mask & ~(size_t)1];
    for (int w = 0; w < 2; w++) {
        struct aka__unit_slot *sl = &set[w];
        if (sl->hash == h && sl->span == span && sl->keys == keys &&
            sl->u.len == n && memcmp(sl->u.tok, tok, n) == 0) {
            set_recent(set, w);
            *u = sl->u;
            return;
        }
    }
    key_unit(u, tok, n, span, keys);
    int w = set[0].recent ? 1 : 0; /* the way used less lately */
    set_recent(set, w);
    struct aka__unit_slot *sl = &set[w];
    sl->hash = h;
    sl->span = (uint8_t)span;
    sl->keys = (uint8_t)keys;
    sl->u = *u;
}

/* The calling thread's unit cache for names prepared from raw text
 * (aka_name_compare prepares both names of every call): 16k slots,
 * about 5 MiB, kept with the thread's Unicode context. */
#define THREAD_UNIT_SLOTS (1u << 14)

static void *make_thread_units(void)
{
    return aka__unit_cache_new(THREAD_UNIT_SLOTS, 0);
}

static void drop_thread_units(void *p)
{
    aka__unit_cache_free(p);
}

static aka__unit_cache *thread_units(void)
{
    aka__uctx *c = aka__uctx_get();
    return c ? aka__uctx_ext(c, AKA__UCTX_EXT_UNITS, make_thread_units,
                             drop_thread_units)
             : NULL;
}

/* How much a token tells: initials and very short tokens little, common
 * given names less than family names and rare words. */
static float token_weight(const aka__nunit *u)
{
    if (u->len == 1)
        return 0.5f;
    if (u->len == 2)
        return 0.7f;
    if (u->given >= 0 && u->family < 0)
        return 0.85f;
    return 1.0f;
}

/* Whether an article joined to the word `w` (after the token `prev`)
 * belongs to a compound name: Abd al-X (prev "bd" or "abd", as عبد
 * romanises) or X ad-Din (w "dyn" or "din"). */
static int arabic_compound(const char *prev, size_t np, const char *w,
                           size_t nw)
{
    if (prev && ((np == 2 && memcmp(prev, "bd", 2) == 0) ||
                 (np == 3 && memcmp(prev, "abd", 3) == 0)))
        return 1;
    return nw == 3 && (memcmp(w, "dyn", 3) == 0 || memcmp(w, "din", 3) == 0);
}

/* A run of tokens whose first is a name spelled with ayin
 * (AKA__UNIT_AYIN_NAME) is marked so too: joined, "ali cohen" must not
 * meet the Hebrew אלי כהן as a whole where "ali" cannot meet אלי. Set
 * after keying, from the tokens, which the joined text does not tell. */
static void ayin_runs(aka__nameform *f)
{
    for (int s = 0; s < f->n; s++)
        for (int l = 2; l <= AKA__ALIGN_MAX_SPAN && s + l <= f->n; l++)
            f->unit[s][l - 1].tflags |=
                (uint8_t)(f->unit[s][0].tflags & AKA__UNIT_AYIN_NAME);
}

/* Keys the runs of two tokens for aka__zkey (below), and returns
 * aka__nameform.sinitic: 1 when the tokens can be covered by runs of at
 * most two tokens that read as Mandarin syllables, 3 when one of those
 * runs is marked as Chinese too. */
static uint8_t sinitic(aka__nameform *f)
{
    /* ok[i]: tokens i .. n-1 can be covered; marked[i]: with a mark */
    unsigned char ok[AKA__ALIGN_MAX_TOKENS + 1], mk[AKA__ALIGN_MAX_TOKENS + 1];
    int n = f->n;
    if (n < 1 || n > AKA__ALIGN_MAX_TOKENS)
        return 0;
    /* A run of two tokens is keyed when both read as Mandarin syllables:
     * a given name split by syllables (Hsiao-ming; the syllables a
     * Wade-Giles apostrophe splits are joined by wg_join). Runs of three
     * are not: a name is seldom split so. */
    for (int i = 0; i + 1 < n; i++) {
        aka__nunit *u = &f->unit[i][1];
        int zm = 0;
        u->zk = f->unit[i][0].zk && f->unit[i + 1][0].zk
                    ? aka__zkey(u->tok, u->len, &zm)
                    : 0;
        u->zinfo = (uint8_t)zm;
    }
    ok[n] = 1;
    mk[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
        ok[i] = mk[i] = 0;
        for (int l = 1; l <= AKA__ALIGN_MAX_SPAN && i + l <= n; l++) {
            const aka__nunit *u = &f->unit[i][l - 1];
            /* q, x and zh are Pinyin's alone in a Chinese family or
             * given name, of one syllable or two: in a longer word of a
             * name of several they are another language's spelling
             * (Qureshi reads qu-re-shi by chance) and mark nothing;
             * taking Saima Qureshi for Chinese made Saima Kureshi
             * another name. */
            int mark = u->zinfo & 1;
            if (n > 1 && (u->zinfo >> 2) > 2 && (u->zinfo & 2))
                mark = 0;
            if (u->zk && ok[i + l]) {
                ok[i] = 1;
                mk[i] |= (unsigned char)(mark | mk[i + l]);
            }
        }
    }
    return (uint8_t)(ok[0] | (ok[0] && mk[0]) << 1);
}

/* Wade-Giles marks aspiration with an apostrophe (Ch'en, Ch'i-ch'ao,
 * Hsiao-p'ing, K'ung), which the normaliser takes for a word break: "ch
 * en". Whether `prev` (the last token written) is such an initial that
 * the token at `next` completes into a Mandarin syllable. */
static int wg_split(const char *prev, size_t pn, const char *next, size_t nn)
{
    static const char *const initials[] = {"ch", "k", "p", "t", "ts", "tz"};
    size_t tn = 0;
    while (tn < nn && next[tn] != ' ')
        tn++;
    if (pn + tn > AKA__KEY_MAX || !strchr("aeiou", next[0]))
        return 0;
    for (size_t i = 0; i < sizeof initials / sizeof initials[0]; i++) {
        if (strlen(initials[i]) != pn || memcmp(prev, initials[i], pn) != 0)
            continue;
        char j[AKA__KEY_MAX + 1];
        memcpy(j, prev, pn);
        memcpy(j + pn, next, tn);
        return aka__zkey(j, pn + tn, NULL) != 0;
    }
    return 0;
}

/* `norm` with the tokens that Wade-Giles apostrophes split joined again
 * (wg_split) into buf (cap bytes); returns the new length, or 0 when the
 * name is too long to rewrite. */
static size_t wg_join(const char *norm, size_t len, char *buf, size_t cap)
{
    if (len >= cap)
        return 0;
    size_t o = 0, tok = 0; /* tok: where the last token written starts */
    for (size_t i = 0; i < len; i++) {
        if (norm[i] == ' ' && o > tok && i + 1 < len &&
            wg_split(buf + tok, o - tok, norm + i + 1, len - i - 1))
            continue;
        if (norm[i] == ' ')
            tok = o + 1;
        buf[o++] = norm[i];
    }
    return o;
}

/* Append the token t[0..n) to the run joined[0..jl) (3 * AKA__KEY_MAX
 * bytes and a NUL at most, the rest cut); returns the new length. */
static size_t join_next(char *joined, size_t jl, const char *t, size_t n)
{
    if (jl + n > 3 * AKA__KEY_MAX)
        n = 3 * AKA__KEY_MAX - jl;
    memcpy(joined + jl, t, n);
    return jl + n;
}

/* The byte of aka__name_facts.heb of a token of Latin letters, and of a
 * word of Arabic script, in a name of such words (mixed_words). */
#define WORD_LATIN 16u
#define WORD_ARABIC 32u
/* The bit of a Hebrew word's byte that says it ends in a vowel letter
 * (hebrew_word); facts from before it have it clear, and their words end
 * in nothing known. */
#define WORD_VOWEL_END 64u

/* Words of norm[0..len): runs between spaces. */
static int count_words(const char *norm, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        n += norm[i] != ' ' && (i == 0 || norm[i - 1] == ' ');
    return n;
}

/* The keys of the unit of tokens s .. s+l-1 of a name of Latin and Arabic
 * words: Arabic ones (tokens' `arab`) as a name in Arabic script has
 * them, any other as a Latin name has and marked so; `arab` NULL: the
 * name's keys. */
static unsigned run_keys(unsigned keys, const unsigned char *arab, int s, int l)
{
    if (!arab)
        return keys;
    for (int t = s; t < s + l; t++)
        if (!arab[t])
            return keys | KEYS_HEB_LATIN;
    return keys | KEYS_ARABIC;
}

/* aka__nameform.burmese for f's tokens. */
static int burmese_name(const aka__nameform *f)
{
    if (f->n < 2)
        return 0;
    int distinct = 0;
    for (int k = 0; k < f->n; k++) {
        int t = aka__my_token(f->unit[k][0].tok, f->unit[k][0].len);
        if (!t)
            return 0;
        distinct |= t == AKA__MY_DISTINCT;
    }
    return distinct;
}

/* `words`: the facts' byte of each word of a name of Latin and Arabic
 * words (mixed_words), nwords of them, or NULL; read when they are the
 * words of norm one for one, else the name is keyed by `keys` alone. */
static aka_status from_normalised(const char *norm, size_t len,
                                  aka__nameform *f, unsigned keys,
                                  const uint8_t *words, int nwords,
                                  aka__unit_cache *uc)
{
    char wg[256];
    if (keys & KEYS_WG) {
        size_t wn = wg_join(norm, len, wg, sizeof wg);
        if (wn) {
            norm = wg;
            len = wn;
        }
    }
    if (words && count_words(norm, len) != nwords)
        words = NULL;
    const char *start[AKA__ALIGN_MAX_TOKENS];
    size_t tlen[AKA__ALIGN_MAX_TOKENS];
    unsigned char article[AKA__ALIGN_MAX_TOKENS];
    /* with `words`: whether each token is of an Arabic word */
    unsigned char arab[AKA__ALIGN_MAX_TOKENS];
    /* Only the header: units are written as they are keyed, and only
     * units inside the name are ever read (8 KiB not cleared per name). */
    f->cjk = f->cjkset = 0;
    f->cjkmask = 0;
    f->latin = 0;
    f->european = 0;
    f->hebrew = 0;
    f->hebmix = 0;
    f->arabmix = words != NULL;
    f->thai = 0;
    f->arabic = 0;
    f->turkic = 0;
    f->sinitic = 0;
    f->generation = 0;
    f->sex = 0;
    f->script = 0;
    f->n = f->ntotal = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && norm[i] == ' ')
            i++;
        if (i == len)
            break;
        size_t e = i;
        while (e < len && norm[e] != ' ')
            e++;
        /* Arabic writes its article joined to the word (ال): "alhryry"
         * is read as "al" and "hryry", so that a Latin form without the
         * article meets the word; the pair still meets "al-Hariri" and
         * "Alhariri" as a run of two tokens. "allh" (الله) is too short to
         * hold an article and a word. The article inside a compound
         * name stays joined, where the romanisations join it too (عبد
         * الكريم Abdelkrim, نور الدين Noureddine). */
        int ar = words ? words[f->ntotal] == WORD_ARABIC
                       : (keys & KEYS_ARABIC) != 0;
        if (ar && e - i >= 5 && norm[i] == 'a' &&
            norm[i + 1] == 'l' && f->n + 1 < AKA__ALIGN_MAX_TOKENS &&
            !arabic_compound(f->n ? start[f->n - 1] : NULL,
                             f->n ? tlen[f->n - 1] : 0, norm + i + 2,
                             e - i - 2)) {
            article[f->n] = 1;
            arab[f->n] = 1;
            start[f->n] = norm + i;
            tlen[f->n] = 2;
            f->n++;
            i += 2;
        }
        if (f->n < AKA__ALIGN_MAX_TOKENS) {
            article[f->n] = 0;
            arab[f->n] = (unsigned char)ar;
            start[f->n] = norm + i;
            tlen[f->n] = e - i;
            f->n++;
        }
        f->ntotal++;
        i = e;
    }
    if (f->n == 0)
        return AKA_ERR_PARSE;
    char joined[3 * AKA__KEY_MAX + 1];
    /* With a cache: every unit's slot, and the unit it is copied to, are
     * fetched first, so that their cache misses (a cache of 16 MiB, forms
     * of 8 KiB) overlap instead of following one another. */
    uint64_t hs[AKA__ALIGN_MAX_TOKENS][AKA__ALIGN_MAX_SPAN];
    const unsigned char *tarab = words ? arab : NULL;
    for (int s = 0; uc && s < f->n; s++) {
        size_t jl = 0;
        for (int l = 1; l <= AKA__ALIGN_MAX_SPAN && s + l <= f->n; l++) {
            jl = join_next(joined, jl, start[s + l - 1], tlen[s + l - 1]);
            hs[s][l - 1] = unit_hash(joined, jl < AKA__KEY_MAX ? jl : AKA__KEY_MAX,
                                     l, run_keys(keys, tarab, s, l));
            const struct aka__unit_slot *set =
                &uc->slot[hs[s][l - 1] & uc->mask & ~(size_t)1];
            AKA__PREFETCH(&set[0]);
            AKA__PREFETCH(&set[1]);
            AKA__PREFETCH(set[0].u.tok);
            AKA__PREFETCH(set[1].u.tok);
            AKA__PREFETCH_W(&f->unit[s][l - 1]);
        }
    }
    for (int s = 0; s < f->n; s++) {
        size_t jl = 0;
        for (int l = 1; l <= AKA__ALIGN_MAX_SPAN && s + l <= f->n; l++) {
            jl = join_next(joined, jl, start[s + l - 1], tlen[s + l - 1]);
            key_unit_cached(uc, &f->unit[s][l - 1], joined, jl, l,
                            run_keys(keys, tarab, s, l), uc ? hs[s][l - 1] : 0);
        }
        f->w[s] = article[s] ? ARTICLE_WEIGHT : token_weight(&f->unit[s][0]);
    }
    f->sinitic = sinitic(f);
    /* a family name comes first or last, in Latin letters */
    f->kofamily = (uint8_t)(aka__ko_family(f->unit[0][0].tok, f->unit[0][0].len) ||
                            (f->n > 1 && aka__ko_family(f->unit[f->n - 1][0].tok,
                                                        f->unit[f->n - 1][0].len)));
    f->burmese = (uint8_t)burmese_name(f);
    ayin_runs(f);
    return AKA_OK;
}

aka_status aka__nameform_from_normalised(const char *norm, size_t len,
                                         aka__nameform *f)
{
    /* The script is unknown here: the optional keys are computed when a
     * comparison needs them. */
    return from_normalised(norm, len, f, 0, NULL, 0, NULL);
}

int aka__nunit_of_token(const char *tok, size_t n, aka__nunit *out)
{
    union {
        aka__nameform f;
        unsigned char bytes[sizeof(aka__nameform) + sizeof(aka__nunit[AKA__ALIGN_MAX_SPAN])];
    } room;
    if (n == 0 || n > AKA__KEY_MAX || memchr(tok, ' ', n) ||
        from_normalised(tok, n, &room.f, 0, NULL, 0, NULL) != AKA_OK || room.f.n != 1)
        return 0;
    *out = room.f.unit[0][0];
    return 1;
}

aka_status aka__nameform_from_normalised_cached(const char *norm, size_t len,
                                                aka__nameform *f,
                                                aka__unit_cache *uc)
{
    return from_normalised(norm, len, f, 0, NULL, 0, uc);
}

/* 1 Han, 2 kana, 4 Hangul, 0 anything else. */
static int cjk_class(UChar32 cp)
{
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(cp, &e);
    if (u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC))
        return 1;
    if (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA)
        return 2;
    return sc == USCRIPT_HANGUL ? 4 : 0;
}

static int is_cjk(UChar32 cp)
{
    return cjk_class(cp) != 0;
}

/* ə Ə ı İ ğ Ğ: letters only Turkish and Azerbaijani names are written
 * with (AKA__NF_TURKIC). */
static int turkic_letter(UChar32 cp)
{
    return cp == 0x0259 || cp == 0x018F || cp == 0x0131 || cp == 0x0130 ||
           cp == 0x011F || cp == 0x011E;
}

/* aka__nameform.cjk and .latin for a valid UTF-8 value. */
static aka_status script_facts(const char *in, size_t len, aka__name_facts *f)
{
    uint64_t *sig = f->cjk; /* the signature, and the multiset's */
    sig[0] = sig[1] = 0;
    f->cjkmask = 0;
    int cjk = 0, other = 0, latin = 0, european = 0, hebrew = 0, thai = 0;
    int arabic = 0, turkic = 0;
    int script = -1; /* the one script of the non-Latin letters, or -2 */
    for (size_t i = 0; i < len;) {
        if ((unsigned char)in[i] < 0x80) {
            /* ASCII: a Latin letter or no letter, without asking ICU */
            char ch = (char)(in[i++] | 32);
            if (ch >= 'a' && ch <= 'z')
                latin++, european++;
            continue;
        }
        UChar32 cp = (UChar32)aka__utf8_next(in, len, &i);
        UErrorCode e = U_ZERO_ERROR;
        turkic |= turkic_letter(cp);
        int cls = cjk_class(cp);
        if (cls) {
            cjk++;
            f->cjkmask |= (uint8_t)cls;
        } else if (u_isalpha(cp)) {
            UScriptCode sc = uscript_getScript(cp, &e);
            if (sc == USCRIPT_LATIN)
                latin++;
            else
                other++, script = script == -1 || script == (int)sc ? (int)sc : -2;
            hebrew += sc == USCRIPT_HEBREW;
            thai += sc == USCRIPT_THAI;
            arabic += sc == USCRIPT_ARABIC;
            european += sc == USCRIPT_LATIN || sc == USCRIPT_CYRILLIC ||
                        sc == USCRIPT_GREEK;
        }
    }
    f->flags = (uint8_t)((latin > 0 && !cjk && !other ? AKA__NF_LATIN : 0) |
                         (european > 0 && !cjk && european == latin + other
                              ? AKA__NF_EUROPEAN
                              : 0) |
                         (hebrew > 0 ? AKA__NF_HEBREW : 0) |
                         (thai > 0 ? AKA__NF_THAI : 0) |
                         (arabic > 0 && latin == 0 ? AKA__NF_ARABIC : 0) |
                         (turkic ? AKA__NF_TURKIC : 0));
    f->script = (uint8_t)(!cjk && !latin && script > 0 && script < 256 ? script : 0);
    if (!cjk || latin || other)
        return AKA_OK; /* compare romanised */
    if (!cjk)
        return AKA_OK;
    aka__uctx *c = aka__uctx_get();
    if (!c)
        return AKA_ERR_NOMEM;
    /* Transliterating costs microseconds; names repeat: cache the hash. */
    size_t vlen;
    unsigned flags;
    const char *hit = aka__uctx_cache_get(c, AKA__NS_CJK_SIGNATURE, in, len, &vlen,
                                          &flags);
    if (hit && vlen == 2 * sizeof *sig) {
        memcpy(sig, hit, 2 * sizeof *sig);
        return AKA_OK;
    }
    aka__u16 *b = aka__uctx_scratch16(c, AKA__S16_WORK);
    aka_status st = aka__u16_from_utf8(b, in, len);
    if (st == AKA_OK)
        st = aka__uctx_translit(c, AKA__TR_TRAD_SIMP, b);
    if (st != AKA_OK)
        return st;
    /* The characters in order, and as a multiset: one name is written
     * family name first or last (王小明, 小明 王; 김서준, 서준 김), and its
     * characters in another order may be another name (田中 Tanaka, 中田
     * Nakata), which the readings then tell apart. */
    uint64_t sum = 0;
    int32_t o = 0;
    for (int32_t i = 0; i < b->len;) {
        UChar32 cp;
        int32_t start = i;
        U16_NEXT(b->p, i, b->len, cp);
        if (is_cjk(cp)) {
            uint32_t c32 = (uint32_t)cp;
            sum += aka__hash(&c32, sizeof c32, 0x414b41);
            while (start < i)
                b->p[o++] = b->p[start++];
        }
    }
    sig[0] = aka__hash(b->p, (size_t)o * sizeof(UChar), 0x414b41) | 1;
    sig[1] = sum | 1;
    aka__uctx_cache_put(c, AKA__NS_CJK_SIGNATURE, in, len, (const char *)sig,
                        2 * sizeof *sig, 0);
    return AKA_OK;
}

/* The optional keys a name needs (KEYS_*), in one pass over its bytes:
 * unpointed Hebrew without Latin letters (Hebrew letters U+05D0..05EA are
 * UTF-8 D7 90..D7 AA) has its tokens read by hebrew_vowels, and with
 * Latin letters its Hebrew words (KEYS_MIXED); pointed text romanises
 * its vowels itself. Arabic script likewise, pointed or not. */
static unsigned keys_wanted(const char *in, size_t len)
{
    unsigned k = 0;
    int ascii_letter = 0, hebrew = 0, pointed = 0, arabic = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c < 0x80) {
            ascii_letter |= (c | 32) >= 'a' && (c | 32) <= 'z';
            if (c == '\'' && i > 0 && i + 1 < len &&
                strchr("chkptszCHKPTSZ", in[i - 1]) &&
                ((in[i + 1] | 32) >= 'a' && (in[i + 1] | 32) <= 'z'))
                k |= KEYS_WG;
            continue;
        }
        /* the typographic apostrophes U+2019, U+02BC */
        if (i > 0 && i + 3 < len && strchr("chkptszCHKPTSZ", in[i - 1]) &&
            ((c == 0xE2 && (unsigned char)in[i + 1] == 0x80 &&
              (unsigned char)in[i + 2] == 0x99) ||
             (c == 0xCA && (unsigned char)in[i + 1] == 0xBC)))
            k |= KEYS_WG;
        if (c < 0xC0)
            continue; /* a continuation byte */
        unsigned char d = i + 1 < len ? (unsigned char)in[i + 1] : 0;
        if (c == 0xD7 && d >= 0x90 && d <= 0xAA)
            hebrew = 1;
        else if (c >= 0xD8 && c <= 0xDB)
            arabic = 1; /* U+0600..06FF */
        else if ((c == 0xD6 && d >= 0xB0 && d <= 0xBF) ||
                 (c == 0xD7 && d >= 0x81 && d <= 0x87))
            pointed = 1; /* U+05B0..05BF, U+05C1..05C7: points */
    }
    if (hebrew && !pointed)
        k |= ascii_letter ? KEYS_MIXED : KEYS_HEBREW;
    if (arabic)
        k |= ascii_letter ? KEYS_MIXED : KEYS_ARABIC;
    return k;
}

/* The generational suffix the normaliser drops (it is not part of the
 * name), kept aside because John Smith Jr. and John Smith Sr. are father
 * and son: 'J', 'S', '3', '4' or 0 (aka__generation_mark). */
static char generation(const char *in, size_t len)
{
    size_t e = len;
    while (e > 0 && (in[e - 1] == ' ' || in[e - 1] == '.' || in[e - 1] == ','))
        e--;
    size_t b = e;
    while (b > 0 && ((in[b - 1] | 32) >= 'a' && (in[b - 1] | 32) <= 'z'))
        b--;
    if (b == 0 || e - b > 6)
        return 0;
    char w[8];
    for (size_t i = b; i < e; i++)
        w[i - b] = (char)(in[i] | 32);
    return aka__generation_mark(w, e - b);
}

/* Lower case of the letter at in[i] (`n` bytes left) written into w,
 * for title_sex: ASCII, and the two-byte capitals of Latin-1 (Ñ, Ä),
 * Cyrillic and Greek, whose titles are looked up below; the letters of
 * scripts without case (Hebrew, Arabic: two bytes; Thai: three) and the
 * apostrophe or geresh of an abbreviation (גב') as they are. Returns the
 * bytes read, 0 for a byte that ends the word. */
static size_t title_letter(const unsigned char *in, size_t n, char *w)
{
    unsigned c = in[0];
    if ((c | 32) >= 'a' && (c | 32) <= 'z') {
        w[0] = (char)(c | 32);
        return 1;
    }
    if (c == '\'' || c == '-') {
        w[0] = (char)c;
        return 1;
    }
    if (c == 0xE0 && n >= 3 &&
        ((in[1] >= 0xA4 && in[1] <= 0xA7) || in[1] == 0xB8 || in[1] == 0xB9) &&
        (in[2] & 0xC0) == 0x80) {
        memcpy(w, in, 3); /* Devanagari, Bengali, Thai */
        return 3;
    }
    if (c < 0xC3 || c > 0xDB || n < 2 || (in[1] & 0xC0) != 0x80)
        return 0;
    unsigned d = in[1];
    if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97)
        d += 0x20; /* À..Þ */
    else if ((c == 0xD0 || c == 0xCE) && d >= 0x90 && d <= 0x9F)
        d += 0x20; /* А..П, Α..Ο */
    else if ((c == 0xD0 && d >= 0xA0 && d <= 0xAF) ||
             (c == 0xCE && d >= 0xA0 && d <= 0xAB)) {
        c++; /* Р..Я, Π..Ϋ: the next lead byte */
        d -= 0x20;
    } else if (c == 0xCF && d == 0x82) {
        d = 0x83; /* final ς is σ, as case folding (and the title lists) write it */
    }
    w[0] = (char)c;
    w[1] = (char)d;
    return 2;
}

/* The sex an honorific said after the name states (王伟先生, 李娜女士,
 * Mehmet Bey, Ayşe Hanım), spaced or not: in[0..len) trimmed. */
static char ending_sex(const char *in, size_t len)
{
    static const struct {
        const char *s;
        char sex;
    } end[] = {{"\u5148\u751f", 'M'}, {"\u5973\u58eb", 'F'},
               {"\u5c0f\u59d0", 'F'}, {"\u592a\u592a", 'F'},
               {"\u592b\u4eba", 'F'}, {" bey", 'M'},
               {" hanim", 'F'}, {" han\u0131m", 'F'}};
    for (size_t k = 0; k < sizeof end / sizeof end[0]; k++) {
        size_t n = strlen(end[k].s);
        if (len > n) {
            size_t i = 0;
            while (i < n && (in[len - n + i] | (end[k].s[i] >= 'a' ? 32 : 0)) ==
                                end[k].s[i])
                i++;
            if (i == n)
                return end[k].sex;
        }
    }
    return 0;
}

/* How many words in[from..len) holds, parted by spaces, commas or
 * dots (counted up to 2). */
static int words_from(const char *in, size_t len, size_t from)
{
    int n = 0, inword = 0;
    for (size_t i = from; i < len && n < 2; i++) {
        int sep = in[i] == ' ' || in[i] == ',' || in[i] == '.' || in[i] == '\t';
        if (!sep && !inword)
            n++;
        inword = !sep;
    }
    return n;
}

/* The sex a title at the start of the name, or an honorific at its end,
 * states, which the normaliser drops with the title: 'M', 'F' or 0.
 * Mr. John Smith and Mrs. John Smith are two people. A title that is a
 * family name too states it only where the normaliser drops it, before
 * two words or more (Sheikh Khatun is a woman of the Sheikh family). */
static char title_sex(const char *in, size_t len)
{
    size_t b = 0;
    while (b < len && (in[b] == ' ' || in[b] == '\t'))
        b++;
    while (len > b && (in[len - 1] == ' ' || in[len - 1] == '\t'))
        len--;
    /* the first word, folded: followed by a dot, a space or nothing; a
     * dot before a small letter continues an abbreviation (Sig.ra,
     * Dott.ssa, Sr.ª), before a capital it ends one (Mr.John) */
    char w[40];
    size_t wn = 0, e = b;
    while (e < len && wn + 3 < sizeof w) {
        size_t k = title_letter((const unsigned char *)in + e, len - e, w + wn);
        if (k == 0)
            break;
        wn += k;
        e += k;
    }
    if (wn == 0)
        return 0;
    if (e == len || in[e] == ' ' ||
        (in[e] == '.' && (e + 1 == len || in[e + 1] == ' ' ||
                          (in[e + 1] >= 'A' && in[e + 1] <= 'Z')))) {
        char sex = aka__title_sex(w, wn);
        if (sex && (!(aka__title_flags(w, wn) & AKA__WORD_SURNAMELIKE) ||
                    words_from(in, len, e) >= 2))
            return sex;
    }
    /* a Thai title written onto the given name (นายสมชาย) */
    size_t tp = aka__title_prefix_len(in + b, len - b);
    if (tp)
        return aka__title_sex(in + b, tp);
    return ending_sex(in + b, len - b);
}

/* The byte of aka__name_facts.heb of a word of Hebrew letters: its first,
 * second, last but one and last letters (U+05D0..05EA) and how many it
 * has. */
static uint8_t hebrew_word(unsigned first, unsigned second, unsigned prev,
                           unsigned last, int letters)
{
    unsigned open = 0;
    if (letters >= 2 && (first == 0x05D0 || first == 0x05E2))
        open = ((second == 0x05D5 || second == 0x05D9) ? 1u : 2u) |
               (first == 0x05E2 ? 8u : 0u);
    unsigned closed = last != 0x05D0 && last != 0x05E2 && last != 0x05D4;
    /* A final ה or א after a consonant letter is the mater of a final
     * vowel (דנה Dana, עזרא Ezra); after ו or י it may be a consonant's
     * (טוביה Tobias, נווה Naveh), and ע may be unwritten (יהושע Joshua),
     * so those end in nothing known. */
    unsigned vowel_end = letters >= 2 && (last == 0x05D4 || last == 0x05D0) &&
                         prev != 0x05D5 && prev != 0x05D9;
    return (uint8_t)(open | closed << 2 | (vowel_end ? WORD_VOWEL_END : 0u));
}

/* aka__nunit.heb_closed of a Hebrew word's byte of aka__name_facts.heb. */
static uint8_t hebrew_ending(uint8_t b)
{
    return (uint8_t)(b & 4u ? AKA__HEB_CLOSED
                     : b & WORD_VOWEL_END ? AKA__HEB_OPEN_END
                                          : 0u);
}

/* aka__nunit.heb_closed of a name in unpointed Hebrew letters: its words
 * are runs of Hebrew letters (U+05D0..05EA, UTF-8 D7 90..D7 AA) and the
 * marks inside words (geresh, gershayim, apostrophes); each ends in
 * a letter the normaliser keeps, or in א, ע (U+05D0, U+05E2: dropped)
 * or ה (written h). Set only when the words are the name's tokens one
 * for one; otherwise nothing is known. */
static void hebrew_words(const char *in, size_t len, aka__name_facts *nf)
{
    int words = 0, inword = 0, letters = 0;
    unsigned last = 0, first = 0, second = 0, prev = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)in[i] : ' ';
        unsigned char d = i + 1 < len ? (unsigned char)in[i + 1] : 0;
        if (c == 0xD7 && d >= 0x90 && d <= 0xAA) {
            prev = letters && inword ? last : 0;
            last = 0x05C0u | (d & 0x3Fu); /* U+05D0..05EA */
            if (!inword)
                letters = 0;
            if (letters == 0)
                first = last;
            else if (letters == 1)
                second = last;
            letters++;
            inword = 1;
            i++;
            continue;
        }
        /* geresh, gershayim, ' and " stay inside a word; points and
         * other continuation bytes are skipped with their lead byte */
        if (c == '\'' || c == '"' || (c == 0xD7 && (d == 0xB3 || d == 0xB4))) {
            if (c == 0xD7)
                i++;
            continue;
        }
        if (c >= 0x80 && c < 0xC0)
            continue;
        if (inword) {
            if (words < AKA__ALIGN_MAX_TOKENS)
                nf->heb[words] = hebrew_word(first, second, prev, last, letters);
            words++;
            inword = 0;
        }
        if (c >= 0xC0 && i + 1 < len)
            i++; /* a two-byte letter of another kind, or a point */
    }
    nf->nheb = (uint8_t)(words < 255 ? words : 255);
}

/* Tokens mixed_words follows, at most (a name is seldom longer). */
#define MIXED_MAX 16

/* Words mixed_words looks up, folded, at most this long. */
#define WORD_FOLD_MAX 32

/* The word t[0..n) into w with its ASCII letters in lower case (other
 * bytes as written: Arabic script has no case); 0 when it is
 * WORD_FOLD_MAX bytes or longer, which no listed word is. */
static int fold_word(const char *t, size_t n, char w[WORD_FOLD_MAX])
{
    if (n >= WORD_FOLD_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)((unsigned char)t[i] < 0x80 ? t[i] | 32 : t[i]);
    return 1;
}

/* Whether the token t[0..n) is a title the normaliser drops (`what`
 * AKA__WORD_TITLE before the name, AKA__WORD_SUFFIX after it): an ASCII
 * one folded, one of Arabic script as written (it has no case: السيد,
 * الشيخ). */
static int word_title(const char *t, size_t n, unsigned what)
{
    char w[WORD_FOLD_MAX];
    return fold_word(t, n, w) && (aka__title_flags(w, n) & what) != 0;
}

/* hebrew_words for a name of words of unpointed Hebrew and tokens of
 * Latin letters (Charbel כהן, כהן, David), or of words of Arabic script
 * and Latin tokens (Saad الحريري): a byte for each token of either, in
 * order, as the normaliser cuts them (a Latin word at its apostrophes and
 * hyphens, a Hebrew one at hyphens only: צ'רבל is one word; an Arabic one
 * not at a tatweel or a zero-width non-joiner: علی‌رضا), a title in
 * front and a generational suffix behind left out, as it leaves them
 * out; a Latin token's byte is WORD_LATIN, an Arabic word's WORD_ARABIC.
 * A letter of any other script, Hebrew and Arabic words in one name, or
 * more tokens than AKA__ALIGN_MAX_TOKENS, and nothing is known (nheb 0). */
static void mixed_words(const char *in, size_t len, aka__name_facts *nf)
{
    size_t ts[MIXED_MAX], te[MIXED_MAX];
    uint8_t tv[MIXED_MAX];
    int nt = 0, letters = 0, scripts = 0;
    char kind = 0; /* of the token being read: 'h' Hebrew, 'a' Arabic,
                    * 'l' Latin, 0 none */
    unsigned first = 0, second = 0, prev = 0, last = 0;
    nf->nheb = 0;
    for (size_t i = 0; i <= len;) {
        size_t at = i;
        char k = 0; /* this character's: 'h', 'a', 'l', 'q' a mark inside
                     * a Hebrew or Arabic word, 'm' a combining mark, 0 a
                     * break */
        unsigned cp = ' ';
        if (i < len)
            cp = aka__utf8_next(in, len, &i);
        else
            i++;
        if (cp >= 0x05D0 && cp <= 0x05EA)
            k = 'h';
        else if (cp == '\'' || cp == '"' || cp == 0x05F3 || cp == 0x05F4)
            k = kind == 'h' ? 'q' : 0;
        else if (cp == 0x0640 || cp == 0x200C)
            k = kind == 'a' ? 'q' : 0;
        else if (cp < 0x80)
            k = ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9')
                    ? 'l' : 0;
        else if (u_getCombiningClass((UChar32)cp) || u_charType((UChar32)cp) == U_NON_SPACING_MARK)
            k = 'm';
        else if (u_isalnum((UChar32)cp)) {
            UErrorCode e = U_ZERO_ERROR;
            UScriptCode sc = uscript_getScript((UChar32)cp, &e);
            if (sc == USCRIPT_ARABIC)
                k = 'a';
            else if (sc == USCRIPT_LATIN)
                k = 'l';
            else
                return; /* a letter of a third script */
        }
        if (k == 'q' || (k == 'm' && kind))
            continue;
        if (kind && k != kind) {
            /* the token ends (a Latin letter joined to a Hebrew one is a
             * word the normaliser does not cut: given up below) */
            if (nt == MIXED_MAX)
                return;
            te[nt] = at;
            tv[nt] = kind == 'h'   ? hebrew_word(first, second, prev, last, letters)
                     : kind == 'a' ? WORD_ARABIC
                                   : WORD_LATIN;
            if (k && k != 'm')
                return; /* two scripts in one word */
            nt++;
            kind = 0;
        }
        if (k == 'h' || k == 'a' || k == 'l') {
            if (!kind) {
                if (nt == MIXED_MAX)
                    return;
                kind = k;
                ts[nt] = at;
                letters = 0;
                scripts |= k == 'h' ? 1 : k == 'a' ? 2 : 0;
            }
            if (k == 'h') {
                if (letters == 0)
                    first = cp;
                else if (letters == 1)
                    second = cp;
                prev = letters ? last : 0;
                last = cp;
                letters++;
            }
        }
    }
    if (scripts == 3)
        return;
    int b = 0, e = nt;
    while (e - b > 1 && (tv[b] == WORD_LATIN || tv[b] == WORD_ARABIC) &&
           word_title(in + ts[b], te[b] - ts[b], AKA__WORD_TITLE))
        b++;
    while (e - b > 1 && tv[e - 1] == WORD_LATIN &&
           word_title(in + ts[e - 1], te[e - 1] - ts[e - 1], AKA__WORD_SUFFIX))
        e--;
    /* Latin words the normaliser drops anywhere (FNU, Unknown, XXX), as
     * it drops them: the Hebrew or Arabic words stay */
    int kept = 0;
    for (int t = b; t < e; t++) {
        char w[WORD_FOLD_MAX];
        if (tv[t] == WORD_LATIN && fold_word(in + ts[t], te[t] - ts[t], w) &&
            aka__name_blank_word(w, te[t] - ts[t]))
            continue;
        tv[b + kept++] = tv[t];
    }
    e = b + kept;
    /* (a name of more words than a form holds is read as before: the
     * facts hold the first AKA__ALIGN_MAX_TOKENS) */
    if (e - b > AKA__ALIGN_MAX_TOKENS)
        return;
    for (int t = b; t < e; t++)
        nf->heb[t - b] = tv[t];
    nf->nheb = (uint8_t)(e - b);
}

/* mixed_words' facts applied to a name whose tokens are its words one for
 * one (else nothing is known, and the name is keyed as before): its units
 * of Hebrew words keyed as Hebrew (hebrew_vowels, the opening letter),
 * the others as Latin, marked AKA__HEB_LATIN. */
static void hebrew_mixed(const aka__name_facts *nf, aka__nameform *f)
{
    if (nf->nheb != f->n || f->n != f->ntotal)
        return;
    for (int k = 0; k < f->n; k++) {
        unsigned open = nf->heb[k] & 3u;
        for (int l = 1; l <= AKA__ALIGN_MAX_SPAN && k + l <= f->n; l++) {
            int latin = 0;
            for (int t = k; t < k + l; t++)
                latin |= nf->heb[t] == WORD_LATIN;
            unsigned keys = latin ? KEYS_HEB_LATIN
                            : KEYS_HEBREW |
                                  (open == 1   ? KEYS_HEB_OPEN
                                   : open == 2 ? KEYS_HEB_VOWEL
                                               : 0u) |
                                  (nf->heb[k] & 8u ? KEYS_HEB_AYIN : 0u);
            aka__nunit *u = &f->unit[k][l - 1];
            char tok[AKA__KEY_MAX + 1];
            memcpy(tok, u->tok, u->len + 1u);
            key_unit(u, tok, u->len, l, keys);
        }
        if (nf->heb[k] != WORD_LATIN)
            f->unit[k][0].heb_closed = hebrew_ending(nf->heb[k]);
    }
    f->hebmix = 1;
    f->sinitic = sinitic(f);
    ayin_runs(f);
}

/* hebrew_words' facts applied to a name whose tokens are its words one for
 * one; otherwise nothing is known. */
static void hebrew_endings(const aka__name_facts *nf, aka__nameform *f)
{
    if (nf->nheb != f->n)
        return;
    /* the units that start with such a word, keyed again reading it so */
    for (int k = 0; k < f->n; k++) {
        unsigned open = nf->heb[k] & 3u;
        unsigned keys = KEYS_HEBREW | (open == 1 ? KEYS_HEB_OPEN : KEYS_HEB_VOWEL) |
                        (nf->heb[k] & 8u ? KEYS_HEB_AYIN : 0u);
        for (int l = 1; open && l <= AKA__ALIGN_MAX_SPAN && k + l <= f->n; l++) {
            aka__nunit *u = &f->unit[k][l - 1];
            char tok[AKA__KEY_MAX + 1];
            memcpy(tok, u->tok, u->len + 1u);
            key_unit(u, tok, u->len, l, keys);
        }
    }
    ayin_runs(f);
    /* a run of words ends as its last word does (אסתר אזולאי run
     * together ends in the yod of Azulay, as a word) */
    for (int k = 0; k < f->n; k++)
        for (int l = 1; l <= AKA__ALIGN_MAX_SPAN && k + l <= f->n; l++)
            f->unit[k][l - 1].heb_closed = hebrew_ending(nf->heb[k + l - 1]);
}

/* aka__nunit.thai_fin of a name whose words are runs of Thai letters
 * (U+0E00..0E7F, UTF-8 E0 B8 80 .. E0 B9 BF), one for each token; tone
 * marks (U+0E48..0E4B) do not count as the word's last letter. Other
 * names, or words not one for one, are left unknown (0). */
static void thai_words(const char *in, size_t len, aka__name_facts *nf)
{
    uint8_t fin[AKA__ALIGN_MAX_TOKENS];
    int words = 0, inword = 0;
    unsigned last = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)in[i] : ' ';
        if (c == 0xE0 && i + 2 < len &&
            ((unsigned char)in[i + 1] == 0xB8 ||
             (unsigned char)in[i + 1] == 0xB9)) {
            unsigned cp = 0x0E00u | ((unsigned)(in[i + 1] & 1) << 6) |
                          ((unsigned)in[i + 2] & 0x3Fu);
            if (cp < 0x0E48 || cp > 0x0E4B)
                last = cp;
            inword = 1;
            i += 2;
            continue;
        }
        if (c >= 0x80 && c < 0xC0)
            continue;
        if (inword) {
            if (words < AKA__ALIGN_MAX_TOKENS)
                fin[words] = last == 0x0E23                    ? 'r'
                             : last == 0x0E25 || last == 0x0E2C ? 'l'
                                                                : 0;
            words++;
            inword = 0;
        }
    }
    nf->nthai = (uint8_t)(words < 255 ? words : 255);
    for (int k = 0; k < words && k < AKA__ALIGN_MAX_TOKENS; k++)
        nf->thai[k] = fin[k];
}

static void thai_endings(const aka__name_facts *nf, aka__nameform *f)
{
    if (nf->nthai != f->n)
        return;
    for (int k = 0; k < f->n; k++)
        f->unit[k][0].thai_fin = nf->thai[k];
}

aka_status aka__nameform_init(const char *in, size_t len, aka__nameform *f,
                              aka__err *err)
{
    return aka__nameform_init_hear(in, len, f, 1, err);
}

aka_status aka__name_facts_of(const char *in, size_t len, aka__name_facts *nf)
{
    memset(nf, 0, sizeof *nf);
    nf->generation = generation(in, len);
    nf->sex = title_sex(in, len);
    /* ASCII (most names an engine keeps): Latin letters or none, and of
     * the optional keys only a Wade-Giles apostrophe's; the same facts as
     * below, without the scans for other scripts */
    size_t i = 0;
    int letters = 0;
    while (i < len && !((unsigned char)in[i] & 0x80)) {
        letters |= (in[i] | 32) >= 'a' && (in[i] | 32) <= 'z';
        i++;
    }
    if (i == len) {
        if (letters)
            nf->flags = AKA__NF_LATIN | AKA__NF_EUROPEAN;
        if (memchr(in, '\'', len))
            nf->keys = (uint8_t)keys_wanted(in, len);
        return AKA_OK;
    }
    nf->keys = (uint8_t)keys_wanted(in, len);
    aka_status st = script_facts(in, len, nf);
    if (st != AKA_OK)
        return st;
    if (nf->keys & KEYS_HEBREW)
        hebrew_words(in, len, nf);
    else if (nf->keys & KEYS_MIXED)
        mixed_words(in, len, nf);
    if (nf->flags & AKA__NF_THAI)
        thai_words(in, len, nf);
    return AKA_OK;
}

/* A unit's reading as French (aka__french_heard), for aka__phon_too_far
 * and the first and last consonants its comparison checks first. */
static void french_unit(aka__nunit *u)
{
    char fr[AKA__KEY_MAX + 1], frk[AKA__KEY_MAX + 1];
    size_t fn = aka__french_heard(u->tok, u->len, 0, fr);
    u->frlen = u->frcons = u->frfirst = u->frlast = 0;
    if (!fn)
        return;
    u->tflags |= AKA__UNIT_FRENCH;
    aka__rkey(fr, fn, frk);
    u->frlen = (uint8_t)strlen(frk);
    u->frcons = (uint8_t)aka__phon_consonants(frk, u->frlen);
    for (size_t i = 0; i < u->frlen; i++) {
        char c = frk[i];
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'h')
            continue;
        unsigned code = aka__phon_code(c) + 1u;
        if (!u->frfirst)
            u->frfirst = (uint8_t)code;
        u->frlast = (uint8_t)code;
    }
}

/* Whether token t of f could be French: no French word opens with ng
 * (Vietnamese Ngo, Nguyen do). Read as French with the token before it,
 * Dung Ngo was heard as Dung, and ЛИ ХУУ ДУНГ (Li Huu Dung) met Huu
 * Dung Ngo. */
static int could_be_french(const aka__nameform *f, int t)
{
    const aka__nunit *u = &f->unit[t][0];
    return !(u->len >= 2 && u->tok[0] == 'n' && u->tok[1] == 'g');
}

void aka__nameform_french_units(aka__nameform *f)
{
    if (!f->latin)
        return;
    for (int s = 0; s < f->n; s++)
        for (int l = 1; l <= 2 && s + l <= f->n; l++)
            if (could_be_french(f, s) && could_be_french(f, s + l - 1))
                french_unit(&f->unit[s][l - 1]);
}

/* The name's form from its normalised text and the facts of its text. */
static aka_status from_facts(const char *norm, size_t len,
                             const aka__name_facts *nf, aka__nameform *f,
                             aka__unit_cache *uc)
{
    /* (a Latin unit of a name with Hebrew words is keyed as any other
     * first, from the cache, and again if the words are its tokens; a name
     * with Arabic words is keyed by its words at once, which its article
     * splits) */
    int hebrew = 0, arabic = 0;
    for (int k = 0; (nf->keys & KEYS_MIXED) && k < nf->nheb &&
                    k < AKA__ALIGN_MAX_TOKENS; k++) {
        hebrew |= nf->heb[k] < WORD_LATIN;
        arabic |= nf->heb[k] == WORD_ARABIC;
    }
    aka_status st = from_normalised(norm, len, f, nf->keys & ~KEYS_MIXED,
                                    arabic ? nf->heb : NULL, nf->nheb, uc);
    if (st != AKA_OK)
        return st;
    if (nf->keys & KEYS_HEBREW)
        hebrew_endings(nf, f);
    else if (hebrew)
        hebrew_mixed(nf, f);
    f->cjk = nf->cjk[0];
    f->cjkset = nf->cjk[1];
    f->cjkmask = nf->cjkmask;
    f->latin = (nf->flags & AKA__NF_LATIN) != 0;
    f->european = (nf->flags & AKA__NF_EUROPEAN) != 0;
    f->hebrew = (nf->flags & AKA__NF_HEBREW) != 0;
    f->thai = (nf->flags & AKA__NF_THAI) != 0;
    f->arabic = (nf->flags & AKA__NF_ARABIC) != 0;
    f->turkic = (nf->flags & AKA__NF_TURKIC) != 0;
    f->script = nf->script;
    /* Chinese is romanised from Han characters or written in Latin
     * letters. A name written in Thai, Hebrew, Arabic, Cyrillic, kana or
     * Hangul that reads as Mandarin syllables (กาญจนา kanchana, Kanjana
     * in Latin) does so by chance, and must not be held apart as two
     * Chinese names are (Zhou / Zhu). */
    if (f->thai || f->hebrew || f->arabic || f->arabmix || f->script ||
        (nf->cjkmask & 6))
        f->sinitic = 0;
    /* ... and read from Han characters as Mandarin syllables, it is marked
     * as Chinese by its script: 刘浩然 "liu haoran" meets the Wade-Giles
     * Liu Hao-jan though no syllable of either is spelled as only
     * Chinese spells. */
    else if (nf->cjkmask == 1 && (f->sinitic & 1))
        f->sinitic |= 2;
    if (f->thai)
        thai_endings(nf, f);
    f->generation = nf->generation;
    f->sex = nf->sex;
    return AKA_OK;
}

aka_status aka__nameform_from_facts(const char *norm, size_t len,
                                    const aka__name_facts *nf,
                                    aka__nameform *f, aka__unit_cache *uc)
{
    return from_facts(norm, len, nf, f, uc);
}

/* The byte form of facts (aka__name_facts_encode): flags, cjkmask,
 * script, keys, generation, sex, the CJK signatures (in order, then as a
 * multiset: 8 bytes each, least significant first), then the Hebrew and the Thai words: a count and
 * one byte for each of the first AKA__ALIGN_MAX_TOKENS. */
#define FACTS_HEAD 22

size_t aka__name_facts_encode(const aka__name_facts *nf,
                              unsigned char out[AKA__NAME_FACTS_MAX])
{
    size_t o = 0;
    out[o++] = nf->flags;
    out[o++] = nf->cjkmask;
    out[o++] = nf->script;
    out[o++] = nf->keys;
    out[o++] = (unsigned char)nf->generation;
    out[o++] = (unsigned char)nf->sex;
    for (int k = 0; k < 2; k++)
        for (int b = 0; b < 8; b++)
            out[o++] = (unsigned char)(nf->cjk[k] >> (8 * b));
    const uint8_t *cnt[2] = {&nf->nheb, &nf->nthai};
    const uint8_t *per[2] = {nf->heb, nf->thai};
    for (int t = 0; t < 2; t++) {
        out[o++] = *cnt[t];
        for (unsigned k = 0; k < *cnt[t] && k < AKA__ALIGN_MAX_TOKENS; k++)
            out[o++] = per[t][k];
    }
    return o;
}

int aka__has_turkic_letter(const char *in, size_t n)
{
    for (size_t i = 0; i < n;) {
        if (!((unsigned char)in[i] & 0x80)) {
            i++;
            continue;
        }
        if (turkic_letter((UChar32)aka__utf8_next(in, n, &i)))
            return 1;
    }
    return 0;
}

unsigned aka__name_facts_flags(const unsigned char *in, size_t n)
{
    return n >= FACTS_HEAD + 2 ? in[0] & AKA__NF_ALL : 0;
}

unsigned aka__name_facts_script(const unsigned char *in, size_t n)
{
    return n >= FACTS_HEAD + 2 ? in[2] : 0;
}

int aka__name_facts_decode(const unsigned char *in, size_t n,
                           aka__name_facts *nf)
{
    memset(nf, 0, sizeof *nf);
    if (n < FACTS_HEAD + 2)
        return 0;
    nf->flags = in[0];
    nf->cjkmask = in[1];
    nf->script = in[2];
    nf->keys = in[3];
    nf->generation = (char)in[4];
    nf->sex = (char)in[5];
    for (int k = 0; k < 2; k++)
        for (int b = 0; b < 8; b++)
            nf->cjk[k] |= (uint64_t)in[6 + 8 * k + b] << (8 * b);
    if (nf->flags & ~AKA__NF_ALL || nf->cjkmask > 7 ||
        nf->keys & ~(unsigned)(KEYS_HEBREW | KEYS_ARABIC | KEYS_WG |
                               KEYS_MIXED) ||
        !strchr("JS34", nf->generation ? nf->generation : 'J') ||
        !strchr("MF", nf->sex ? nf->sex : 'M'))
        return 0;
    size_t o = FACTS_HEAD;
    uint8_t *cnt[2] = {&nf->nheb, &nf->nthai};
    uint8_t *per[2] = {nf->heb, nf->thai};
    for (int t = 0; t < 2; t++) {
        if (o >= n)
            return 0;
        *cnt[t] = in[o++];
        for (unsigned k = 0; k < *cnt[t] && k < AKA__ALIGN_MAX_TOKENS; k++) {
            if (o >= n)
                return 0;
            uint8_t v = in[o++], h = v & (uint8_t)~WORD_VOWEL_END;
            /* Hebrew: open 0..2, closed or ending in a vowel letter, and
             * ayin for an open word, or a Latin token's or an Arabic
             * word's byte; Thai: r, l or nothing */
            if (t == 0 ? ((h & 3u) == 3 || h > 15 || (h & 11u) == 8 ||
                          (v & WORD_VOWEL_END && h & 4u)) &&
                             v != WORD_LATIN && v != WORD_ARABIC
                       : v && v != 'r' && v != 'l')
                return 0;
            per[t][k] = v;
        }
    }
    return o == n;
}

aka_status aka__nameform_init_hear(const char *in, size_t len, aka__nameform *f,
                                   int hear, aka__err *err)
{
    aka__sb norm = {0};
    aka_status st = aka__normalize(AKA_NAME, in, len, NULL, &norm, err);
    aka__name_facts nf;
    if (st == AKA_OK && (st = aka__name_facts_of(in, len, &nf)) != AKA_OK)
        aka__fail(err, st, "name: script analysis failed");
    if (st == AKA_OK && (st = from_facts(norm.p, norm.len, &nf, f,
                                         thread_units())) != AKA_OK)
        aka__fail(err, st, "name: no tokens to compare");
    aka__sb_free(&norm);
    /* (units come keyed with no reading: key_unit sets none) */
    if (st == AKA_OK && hear) {
        aka__foreign_hear_units(f);
        aka__nameform_french_units(f);
    }
    return st;
}

aka_status aka__nameform_new(const char *in, size_t len, aka__nameform **out,
                             aka__err *err)
{
    *out = NULL;
    /* Built in room for any name, kept in its own bytes: most forms take
     * a tenth of the room, and forms compared one after another then share
     * pages and cache lines instead of lying 10 KiB apart. */
    aka__nameform *room = malloc(AKA__NAMEFORM_MAX);
    if (!room)
        return aka__fail(err, AKA_ERR_NOMEM, "name: out of memory");
    aka_status st = aka__nameform_init(in, len, room, err);
    aka__nameform *f = NULL;
    if (st == AKA_OK) {
        size_t size = aka__nameform_size(room);
        if ((f = malloc(size)) != NULL)
            memcpy(f, room, size);
        else
            st = aka__fail(err, AKA_ERR_NOMEM, "name: out of memory");
    }
    free(room);
    *out = f;
    return st;
}

void aka__nameform_free(aka__nameform *f)
{
    free(f);
}
