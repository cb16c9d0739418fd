/* A name prepared for comparison: normalised once, its tokens and joined
 * runs of tokens ("abd al rahman" -> "abdalrahman") keyed once, so that
 * comparing one name with many re-normalises and re-keys nothing. */
#ifndef AKA_MATCH_NAMEFORM_H
#define AKA_MATCH_NAMEFORM_H

#include <stddef.h>
#include <stdint.h>

#include "aka.h"
#include "core/error.h"
#include "match/align.h"
#include "match/keys.h"
#include "match/phondist.h"

/* aka__nunit.tflags */
#define AKA__UNIT_SOFT_G 1u
#define AKA__UNIT_J 2u
/* The token has a c before a, o, u, l, r or t, or a ch before r or l:
 * the k that other scripts and many languages write (Costa / Коста, Cohen
 * / Коэн, Christie / Кристи), or a Slavic c or č folded to ASCII (Čolić
 * "colic"), which the rkey keeps. */
#define AKA__UNIT_HARD_C 4u
/* The token read as French sounds otherwise than its rkey says
 * (aka__french_heard: Monet, Claude, Rousseau): other scripts may
 * transcribe that reading. */
#define AKA__UNIT_FRENCH 8u
/* The unit's given class is a name whose Hebrew and Arabic spellings open
 * with ayin (aka__given_opens_with_ayin: Ali, Umar, Aisha), which a Hebrew
 * word opening with alef is not. */
#define AKA__UNIT_AYIN_NAME 16u
/* Letters that rarer readings of a pair look for, so that most pairs skip
 * them without a scan: a d before a z (احمدزاده, Ahmadzadeh), an e before
 * i or y (Khomeini, Khomeyni), an r or a doubled letter (the Thai
 * readings of a Latin token: Surachai, Noppadol). */
#define AKA__UNIT_DZ 32u
#define AKA__UNIT_EI 64u
#define AKA__UNIT_R_OR_DOUBLE 128u

/* aka__nunit.heb: how a word of unpointed Hebrew opens when the
 * normaliser dropped its first letter. ALEF or AYIN: that letter was א or
 * ע; GUESS: a consonant follows it, so the vowel after it is unwritten and
 * the keys' opening a a guess (א is mostly a or e: אבי Avi, אלי Eli; ע
 * any vowel: עמוס Amos, עזרא Ezra, עמרי Omri). */
#define AKA__HEB_ALEF 1u
#define AKA__HEB_AYIN 2u
#define AKA__HEB_GUESS 4u
/* aka__nunit.heb_closed. CLOSED: the word ends in a letter that is no
 * vowel there (not ה, nor א or ע, which the normaliser drops): its name
 * has no final a (אריאל is not Ariela). OPEN_END: it ends in ה or א after
 * a consonant letter, the mater of a final vowel: its name ends in one
 * (דנה is Dana, not Dan). */
#define AKA__HEB_CLOSED 1u
#define AKA__HEB_OPEN_END 2u
/* A unit with a token of Latin letters in a name that has words of
 * unpointed Hebrew or of Arabic script too (Charbel כהן, Saad الحريري):
 * it keeps the keys and rules of a Latin token, where the name's Hebrew
 * or Arabic words have theirs. */
#define AKA__HEB_LATIN 8u

/* Comparison levels, strongest first (the engine weighs each). */
enum aka__name_level {
    AKA__NL_EXACT = 0,     /* the same tokens */
    AKA__NL_ROMAN = 1,     /* the same after the romanisation-invariant key */
    AKA__NL_VARIANT = 2,   /* known variants, or phonetically equal */
    AKA__NL_FUZZY_STRONG = 3,
    AKA__NL_FUZZY_WEAK = 4,
    AKA__NL_DIFFERENT = 5
};

/* aka__nunit.vowel_poor: no vowel letter ("mhmd"), or one in a word of
 * five letters or more ("khald"). */
enum { AKA__VOWELLESS = 2, AKA__ONE_VOWEL = 1 };

/* One unit: a token, or 2..AKA__ALIGN_MAX_SPAN consecutive tokens joined. */
typedef struct aka__nunit {
    /* The scalars first: a comparison reads them for most pairs and the
     * strings for few, so they share the unit's first cache line. */
    uint8_t len, rlen, llen, slen;
    uint8_t vowel_poor; /* probably romanised from an abjad (AKA__VOWELLESS...) */
    uint8_t nick;       /* listed as a nickname (variants.h) */
    /* aka__zkey's *info: syllables x 4, + 2 for Pinyin for certain, + 1
     * when spelled as Chinese */
    uint8_t zinfo;
    /* How a token of unpointed Hebrew ends: AKA__HEB_CLOSED,
     * AKA__HEB_OPEN_END, or 0 for nothing known (another token, a word
     * ending in ע or in ה or א after a vowel letter, facts from before
     * the open end was recorded). */
    uint8_t heb_closed;
    /* A word in Thai letters ending in ร ('r') or ล, ฬ ('l'), which RTGS
     * writes n and the bearers' own spellings r (rn) and l (พร porn,
     * พล pol); else 0. */
    uint8_t thai_fin;
    uint8_t heb; /* AKA__HEB_*, 0 for other units */
    int16_t given, family, cognate; /* variant classes, -1 when none */
    /* The [kanji] line of the token as a reading of a name in kanji
     * (aka__kanji_class), for single tokens that read as Japanese
     * syllables; -1 when none. Read only against a name in another
     * script than Han, kana and Hangul when the unit's name is in Han. */
    int16_t kanji;
    /* length of `heard`, 0 when none (see aka__foreign_hear_units) */
    uint8_t hlen;
    /* The letter code (aka__phon_sub's: a-z 0-25, else 26) plus 1 of the
     * first letter of rkey that is neither a vowel nor h, 0 when none:
     * aka__phon_sim's first test, made without a call. */
    uint8_t rfirst;
    /* UNIT_SOFT_G: the first g of tok is followed by e, i or y;
     * UNIT_J: tok has a j, or a dz (see soft_g in namecmp.c). */
    uint8_t tflags;
    /* The letters of rkey that are not vowels (aka__phon_consonants), for
     * aka__phon_too_far. */
    uint8_t rcons;
    /* The length of the rkey of the token read as French and the letters
     * of it that are not vowels (aka__french_heard), for
     * aka__phon_too_far; 0 when no such reading (tflags AKA__UNIT_FRENCH
     * unset). */
    uint8_t frlen, frcons;
    /* Of that reading, as rfirst: the code plus 1 of its first and last
     * letters that are neither vowels nor h (0 when none) */
    uint8_t frfirst, frlast;
    /* aka__other_key: the token as Somali, German or French spelling
     * reads it; 0 for none, and for runs of tokens */
    uint16_t ok;
    /* Double Metaphone primary and alternate codes packed in 32 bits; 0
     * for codes shorter than 2 (too weak to count). */
    uint32_t dm1, dm2;
    /* aka__jkey: Kunrei and Hepburn, long vowels or not; 0 for a token
     * that is not a run of Japanese syllables, and for runs of three
     * tokens. */
    uint32_t jk;
    /* aka__ikey: an Indonesian name in the spelling of 1972; 0 for a token
     * without the old spelling's signs, and for runs of three tokens. */
    uint32_t ik;
    /* aka__zkey: Pinyin, Wade-Giles and Tongyong, syllable by syllable;
     * 0 for a token that is not a run of Mandarin syllables. */
    uint32_t zk;
    /* The letters of rkey as a set (bit c - 'a', bit 26 for any other
     * byte): letters one key has and the other lacks bound the edit
     * distance between them from below. */
    uint32_t rmask;
    /* The first three letters of rkey (NUL-padded): the test most pairs
     * of units fail (gendered_pair's), made on the unit's first cache
     * line instead of rkey's. */
    char rhead[4];
    /* Hash of the text, span and optional keys the unit was keyed from
     * (never 0): names the unit in aka__sim_cache. */
    uint64_t hash;
    char tok[AKA__KEY_MAX + 1];
    char rkey[AKA__KEY_MAX + 1];
    char lkey[AKA__KEY_MAX + 1];
    char skel[AKA__KEY_MAX + 1];
    /* The rkey of the unit as a foreign name is heard: for a name in
     * Latin letters as Chinese, Japanese and Korean transcribe it, for a
     * name in Han, kana or Hangul only as the Western name it may
     * transcribe (match/foreign.h). Set by aka__nameform_init from the
     * name's scripts, for units of one or two tokens; a function of tok
     * and of those scripts, which the pair facts of a comparison hold. */
    char heard[AKA__KEY_MAX + 1];
} aka__nunit;

typedef struct aka__nameform {
    /* Hash of the name's Han and kana characters (traditional forms
     * simplified) when it is written only in them, else 0: romanisation
     * loses which of several characters of one sound was written (许 and
     * 徐 are both "xu"), so two such names compare natively. */
    uint64_t cjk;
    /* Likewise of its characters as a multiset, whatever their order: two
     * names written alike but for the order of their words (王小明, 小明 王)
     * are compared by their readings, not taken for different names. */
    uint64_t cjkset;
    /* Which of Han (1), kana (2) and Hangul (4) a name written only in
     * them uses: the native comparison holds between names written
     * alike; スズキ and 鈴木 are compared by reading. */
    uint8_t cjkmask;
    uint8_t latin;      /* written in Latin letters only */
    uint8_t european;   /* in Latin, Cyrillic or Greek letters only */
    /* Written (partly) in Hebrew letters: its vowels were guessed from
     * matres lectionis, so against a name in another script its tokens
     * are compared by consonant skeleton too. */
    uint8_t hebrew;
    uint8_t thai; /* written (partly) in Thai letters */
    uint8_t arabic; /* in Arabic script, with no Latin letters */
    /* Written with a letter only Turkish and Azerbaijani spell (ə, ı, İ,
     * ğ): its c is the j of English spellings (Cəfərov Jafarov, Cavid
     * Javid, Sevinc Sevinj), which the normalised form, c, no longer
     * tells. */
    uint8_t turkic;
    /* Words of unpointed Hebrew and of Latin letters, its tokens one for
     * one: its units have AKA__HEB_LATIN or Hebrew keys by their tokens'
     * script, not by the name's. */
    uint8_t hebmix;
    /* Likewise words of Arabic script and of Latin letters: its units of
     * Arabic words have the keys of a name in Arabic script (the article
     * split off), its others AKA__HEB_LATIN. */
    uint8_t arabmix;
    /* 1: every token reads as Mandarin syllables, alone or joined with
     * its neighbours; 3: one of them is spelled too as hardly any other
     * language spells. Two names that read so, one of them marked, are
     * taken for Chinese: their tokens are compared by aka__zkey too. */
    uint8_t sinitic;
    /* The first or last token is a Korean family name in Latin letters
     * (aka__ko_family):
     * two such names are taken for Korean (namecmp.c, pairfacts
     * kolatin). */
    uint8_t kofamily;
    /* Every token is a syllable or an honorific of Burmese names, one a
     * syllable hardly any other language's names spell so, and there are
     * two tokens at least (match/burmese.h): two such names are taken
     * for Burmese (namecmp.c, pairfacts burmese). */
    uint8_t burmese;
    char generation;    /* Jr. 'J', Sr. 'S', III '3', IV '4', else 0 */
    char sex;           /* stated by a title: Mr. 'M', Mrs. 'F', else 0 */
    /* the ICU script code of a name written in one script other than
     * Latin and the CJK ones (Cyrillic, Greek, Arabic...), else 0 */
    uint8_t script;
    int n;                /* tokens used (at most AKA__ALIGN_MAX_TOKENS) */
    int ntotal;           /* tokens in the normalised name */
    float w[AKA__ALIGN_MAX_TOKENS];
    /* unit[s][l - 1]: tokens s .. s+l-1 joined, for s + l <= n; nothing
     * else is read. A form is only as long as its units: aka__nameform_size
     * bytes (most names have 2-4 tokens, a form of 12 is 10 KiB), in room
     * for any name of AKA__NAMEFORM_MAX. */
    aka__nunit unit[][AKA__ALIGN_MAX_SPAN];
} aka__nameform;

/* Bytes that hold the form of any name (aka__nameform_room declares
 * them on the stack). */
#define AKA__NAMEFORM_MAX                                                      \
    (sizeof(aka__nameform) +                                                   \
     AKA__ALIGN_MAX_TOKENS * sizeof(aka__nunit[AKA__ALIGN_MAX_SPAN]))

/* Room for a form of any name, aligned as the form. */
typedef union aka__nameform_room {
    aka__nameform f;
    unsigned char bytes[AKA__NAMEFORM_MAX];
} aka__nameform_room;

/* The bytes a prepared form uses, up to its last unit (the last token's
 * own; units of runs past the name are never read): a copy of as many
 * bytes compares as the form does. */
static inline size_t aka__nameform_size(const aka__nameform *f)
{
    return sizeof(aka__nameform) +
           ((size_t)f->n - 1) * sizeof(aka__nunit[AKA__ALIGN_MAX_SPAN]) +
           sizeof(aka__nunit);
}

/* Normalise `in` as an AKA_NAME value and prepare it. Names with more than
 * AKA__ALIGN_MAX_TOKENS tokens keep their first ones (a name is rarely
 * longer; a 1,000-token value is not a name, and must not cost more). */
aka_status aka__nameform_new(const char *in, size_t len, aka__nameform **out,
                             aka__err *err);
/* aka__nameform_new into a caller's struct (no allocation) of
 * AKA__NAMEFORM_MAX bytes. */
aka_status aka__nameform_init(const char *in, size_t len, aka__nameform *f,
                              aka__err *err);

/* aka__nameform_init, leaving out the units' readings as Han, katakana
 * and Hangul hear them (nunit.heard) unless `hear`: a comparison reads
 * them only when one name is in Latin letters and the other in one of
 * those scripts (pairfacts.cjkside), and hearing costs a third of
 * preparing a Latin name. aka__foreign_hear_units adds them later. */
aka_status aka__nameform_init_hear(const char *in, size_t len, aka__nameform *f,
                                   int hear, aka__err *err);

/* The units' readings as French of a name in Latin letters (nunit.frlen
 * and its neighbours, tflags AKA__UNIT_FRENCH), which only a comparison
 * with a name in another script reads, for such comparisons only
 * (aka__nameform_pair_readings). */
void aka__nameform_french_units(aka__nameform *f);

/* What a name's text says that its normalised form has lost: its scripts
 * (and a signature of its Han and kana characters), which optional keys
 * its tokens need, the endings of its Hebrew and Thai words, and the
 * generation and sex its suffix and title stated. A form made from the
 * normalised text and these (aka__nameform_from_facts) is the form
 * aka__nameform_init_hear(.., 0, ..) makes from the text itself: an
 * engine keeps them with a name's canonical form. */
#define AKA__NF_LATIN 1u
#define AKA__NF_EUROPEAN 2u
#define AKA__NF_HEBREW 4u
#define AKA__NF_THAI 8u
#define AKA__NF_ARABIC 16u
#define AKA__NF_TURKIC 32u
#define AKA__NF_ALL 63u
typedef struct aka__name_facts {
    uint64_t cjk[2]; /* nameform.cjk, nameform.cjkset */
    uint8_t flags; /* AKA__NF_* */
    uint8_t cjkmask, script, keys;
    char generation, sex;
    /* words of Hebrew letters and Thai letters, and of the first
     * AKA__ALIGN_MAX_TOKENS: bits 0-1 how a Hebrew word opens (0, or
     * with א or ע before a vowel letter 1, before another letter 2), bit
     * 2 whether it is closed (nunit.heb_closed), bit 3 that it opens with
     * ע (else א, when bits 0-1 say it opens so), bit 6 that it ends in a
     * vowel letter after a consonant (AKA__HEB_OPEN_END); in a name of Hebrew or
     * Arabic and Latin words (nameform.hebmix, .arabmix), one byte for
     * each token of either, a Latin one's 16, an Arabic word's 32; a Thai
     * word's final (nunit.thai_fin) */
    uint8_t nheb, nthai;
    uint8_t heb[AKA__ALIGN_MAX_TOKENS], thai[AKA__ALIGN_MAX_TOKENS];
} aka__name_facts;

/* Bytes of an encoded aka__name_facts at most. */
#define AKA__NAME_FACTS_MAX (22 + 2 * (1 + AKA__ALIGN_MAX_TOKENS))

/* The facts of a name's text (valid UTF-8, as a normaliser accepted it). */
aka_status aka__name_facts_of(const char *in, size_t len, aka__name_facts *out);
size_t aka__name_facts_encode(const aka__name_facts *nf,
                              unsigned char out[AKA__NAME_FACTS_MAX]);
/* Whether valid UTF-8 text in[0..n) holds a letter that marks a name
 * as Turkic (AKA__NF_TURKIC: ə Ə ı İ ğ Ğ), as aka__name_facts_of reads
 * it, without its other facts. */
int aka__has_turkic_letter(const char *in, size_t n);

/* The AKA__NF_* flags of an encoding of facts, read without decoding the
 * rest (0 for no encoding). */
unsigned aka__name_facts_flags(const unsigned char *in, size_t n);
/* Likewise its ICU script code (aka__name_facts.script; 0 for none). */
unsigned aka__name_facts_script(const unsigned char *in, size_t n);
/* 1 when in[0..n) is an encoding of facts (into *out), else 0. */
int aka__name_facts_decode(const unsigned char *in, size_t n,
                           aka__name_facts *out);
/* The same from an already normalised name (lower-case ASCII tokens). */
aka_status aka__nameform_from_normalised(const char *norm, size_t len,
                                         aka__nameform *f);
void aka__nameform_free(aka__nameform *f);

/* The unit of one token of lower-case ASCII letters, keyed as the name of
 * that token alone keys it (a piece of a token: a name run together,
 * split where it meets another name's token). 1 when made, 0 when the
 * token is empty, too long or not one token. */
int aka__nunit_of_token(const char *tok, size_t n, aka__nunit *out);

/* The lkey and skeleton of a token of unpointed Hebrew (its letters as
 * the normaliser writes them) whose double yod inside the word before a
 * consonant is read as the diphthong ei or ai of Yiddish and German
 * names (ויינברג Weinberg, שטיין Stein, פיינמן Feynman), not as the
 * consonant y between vowels that the unit's keys read (דיין Dayan,
 * חיים Hayim). The word's first letter is read as a consonant, unless
 * `open`: the word opened with an א or ע the normaliser dropped, so that
 * a double yod first is that diphthong too (אייזנמן Eisenman). */
void aka__hebrew_diphthong_keys(const char *tok, size_t n, int open,
                                char lkey[AKA__KEY_MAX + 1],
                                char skel[AKA__KEY_MAX + 1]);
/* The lkey and skeleton of the Hebrew token tok[0..n) as a unit's are
 * keyed; `open` says how its word opens: 0 with its first letter, 1 with
 * a dropped א or ע before a vowel letter, 2 before a consonant. */
void aka__hebrew_keys(const char *tok, size_t n, int open,
                      char lkey[AKA__KEY_MAX + 1], char skel[AKA__KEY_MAX + 1]);
/* aka__hebrew_keys of a token whose yod before a vav inside the word is
 * the consonant y after an unwritten vowel (אוחיון Ohayon, עליון Elyon),
 * not the vowel i that the unit's keys read there (ציון Zion, גוריון
 * Gurion). */
void aka__hebrew_glide_keys(const char *tok, size_t n, int open,
                            char lkey[AKA__KEY_MAX + 1],
                            char skel[AKA__KEY_MAX + 1]);

/* Keyed units by their text: names share their tokens far more than
 * whole names repeat (thousands of names hold "ivanov"), and keying a
 * token (aka__rkey, Double Metaphone, the variant tables ...) is most of
 * the cost of preparing a name. Direct-mapped; one thread at a time. */
typedef struct aka__unit_cache aka__unit_cache;

/* A cache of `slots` (a power of two) units, or NULL when memory runs
 * out. About 300 bytes a slot; `touch`: its pages written at once
 * (core/zalloc.h). */
aka__unit_cache *aka__unit_cache_new(size_t slots, int touch);
void aka__unit_cache_free(aka__unit_cache *c);

/* aka__nameform_from_normalised taking and leaving keyed units in `uc`
 * (NULL: none); the same form either way. */
aka_status aka__nameform_from_normalised_cached(const char *norm, size_t len,
                                                aka__nameform *f,
                                                aka__unit_cache *uc);
/* aka__nameform_from_normalised_cached with the facts of the name's text
 * (aka__name_facts_of): the form aka__nameform_init_hear(.., 0, ..) makes. */
aka_status aka__nameform_from_facts(const char *norm, size_t len,
                                    const aka__name_facts *facts,
                                    aka__nameform *f, aka__unit_cache *uc);

/* Whether a prepared name is in Latin letters alone: no script, Han,
 * kana, Hangul, Thai, Hebrew or Arabic letters in its facts (pairfacts
 * latin_only). A name an engine keeps without facts (Latin letters) is. */
static inline int aka__nameform_latin_alone(const aka__nameform *f)
{
    return !f->cjkmask && !f->script && !f->thai && !f->hebrew && !f->arabic &&
           !f->hebmix && !f->arabmix;
}

/* The readings a comparison of a and b needs when one is in Latin letters
 * and the other is not (how Han, kana and Hangul hear the Latin name and
 * each other; the Latin name read as French, unless the other is in
 * Burmese letters), added to both forms, as aka_name_compare adds them to
 * the names it prepares. Nothing for two names of one script. */
void aka__nameform_pair_readings(aka__nameform *a, aka__nameform *b);

/* Compare two prepared names: score in [0, 1], the default decision and
 * the level of the weakest aligned token pair that decided it. */
aka_status aka__nameform_compare(const aka__nameform *a,
                                 const aka__nameform *b, double *score,
                                 int *same, int *level);

/* The order in which aka__nameform_compare takes two names (< 0: a
 * first, > 0: b first; by their tokens). When it is not 0, comparing a
 * with b and b with a gives the same results; when it is, the two
 * compare in the order given. */
int aka__nameform_order(const aka__nameform *a, const aka__nameform *b);

/* 1 when two names are one typing slip apart (match/slip.c): every token
 * of the shorter written like one of the longer's but one, which is one
 * edit (a transposition counts as one) from a token of the longer, of
 * three letters or more, or that token's Slavic family name in the other
 * gender's form; the longer may have one token more. Else 0. */
int aka__nameform_slip(const aka__nameform *a, const aka__nameform *b);

/* 1 when two names are a man's and a woman's (match/slip.c): every token
 * of the shorter written like one of the longer's but one, which is a
 * given name the other's token is in the other sex's form (Daniel /
 * Daniela, Jan / Jana, Roberto / Roberta); the longer may have one token
 * more. A brother and a sister, a husband and a wife, not a slip. */
int aka__nameform_two_sexes(const aka__nameform *a, const aka__nameform *b);
/* 1 when two names are alike but for one token, a given name of the
 * tables against another given name of another class that is no slip of
 * it (Md Abdul Karim / Md Abdul Rahim): another person's name. */
int aka__nameform_other_given(const aka__nameform *a, const aka__nameform *b);
/* Whether the token t[0..n) (lower-case ASCII) is a particle or article of
 * names (de, van der, al, bin, dela ...), which records write or drop at
 * will (match/namecmp.c). */
int aka__name_particle(const char *t, size_t n);
/* Whether tokens x and y (lower-case ASCII, of given-name classes gx and
 * gy, -1 for none) are a given name of the tables and its feminine, or
 * the Vietnamese middle names Văn and Thị. */
int aka__given_two_sexes(const char *x, size_t nx, int gx, const char *y, size_t ny,
                         int gy);
/* Whether a[0..fl) is the family name b[0..ml) in the feminine form of
 * Russian, Bulgarian, Polish or Czech (Ivanova / Ivanov, Kowalska /
 * Kowalski, Novakova / Novak, Sokolova / Sokolov; match/slip.c). */
int aka__slavic_forms(const char *a, size_t fl, const char *b, size_t ml);
/* Whether x and y are one such family name in its two forms, either the
 * feminine (aka__slavic_forms in either order). */
int aka__slavic_pair(const char *x, size_t lx, const char *y, size_t ly);
/* 1 when slip.c's list of women's names is sorted (for the tests). */
int aka__slip_womens_sorted(void);

/* Similarities of unit pairs already compared: the same pairs of tokens
 * (given names against given names) meet in thousands of name pairs, and
 * comparing two tokens (phonetic distance, edit distances) is most of
 * the cost of comparing two names. Keyed by both units' hashes and the
 * facts of the pair of names that the comparison reads; two ways a set;
 * one thread at a time. */
typedef struct aka__sim_cache aka__sim_cache;

/* A cache of `slots` (a power of two, at least 2: two ways a set)
 * entries of 16 bytes, or NULL when memory runs out; `touch` as for
 * aka__unit_cache_new. */
aka__sim_cache *aka__sim_cache_new(size_t slots, int touch);
void aka__sim_cache_free(aka__sim_cache *c);

/* aka__nameform_compare with unit similarities from and into `sc` (NULL:
 * none); the same results. */
aka_status aka__nameform_compare_cached(const aka__nameform *a,
                                        const aka__nameform *b, double *score,
                                        int *same, int *level,
                                        aka__sim_cache *sc);

#endif
