/* Tamil in the Latin spelling of names on Sri Lankan and Indian
 * passports.
 *
 * ICU's Any-Latin writes Tamil letter by letter in ISO 15919, one Latin
 * letter for each Tamil one: அழகு சுந்தரம் "alaku cuntaram", where the
 * man's passport says Azhagu Sundaram. Tamil has one letter for k and g,
 * one for s, ch and j, one for t and d: the sound comes from the letter's
 * place in the word, and Latin spellings write the sound. This file reads
 * a run of Tamil letters so:
 *
 * - A consonant carries an "a" unless a vowel sign or the pulli (the
 *   virama, ்) follows it; a final consonant without the pulli keeps its
 *   "a". Vowels, long and short alike (the matcher folds ee and i, oo and
 *   u): அ ஆ ா a, இ ஈ ி ீ i, உ ஊ ு ூ u, எ ஏ ெ ே e, ஐ ை ai, ஒ ஓ ொ ோ o.
 *   ஔ ௌ is "ow" (கௌரி Gowri, சௌமியா Sowmya) but "ou" before a consonant
 *   with the pulli (சௌந்தர்யா Soundarya, பௌர்ணமி Pournami), as Tamil
 *   names write it; "au" is the spelling of the north.
 * - க: k at the start of a word, doubled (க்க kk) and after a stop or a
 *   Grantha letter (ற்க rk, ஸ்க sk); g between vowels and after a nasal
 *   or a sonorant (முருகன் murugan, அழகு azhagu, நாகராஜ் nagaraj); after
 *   ங it adds nothing to the "ng" (தங்கம் thangam, இளங்கோ ilango). With
 *   the pulli k (சக்தி sakthi, கார்த்திக் kartthik), but g before ன ந
 *   (விக்னேஷ் vignesh).
 * - ச: s at the start, between vowels and after a sonorant (சுந்தரம்
 *   sundaram, செல்வம் selvam, ராசையா rasaiya); ch doubled and after a
 *   stop (ச்ச chch: தமிழ்ச்செல்வன் thamizhchchelvan; ற்ச rch); j after ஞ
 *   (மஞ்சுளா manjula).
 * - ட: t at the start, doubled (ட்ட tt) and after a stop; d after ண and
 *   between vowels (பாண்டியன் pandiyan, வடிவேலு vadivelu).
 * - த: th, the dental as names write it (தமிழ் thamizh, லதா latha); d
 *   after ந (சுந்தரம் sundaram, ஆனந்த் anand); doubled, tth.
 * - ப: p, b after a nasal (அம்பிகா ambiga, அன்பு anbu), pp doubled
 *   (வேலுப்பிள்ளை veluppillai), f after the aytham (ஃபாத்திமா fatthima).
 * - ற: r (கற்பகம் karpagam); ற்ற is tr (வெற்றி vetri), ன்ற ndr.
 * - ழ zh (எழில் ezhil); ங ng; ஞ gn before a vowel, as ஞானம் is Gnanam
 *   and சிவஞானம் Sivagnanam, n with the pulli (ஞ்ச nj); ண ந ன n; ம m;
 *   ய y; ர r; ல ள l; வ v. The Grantha letters: ஜ j, ஷ ஶ sh, ஸ s, ஹ h
 *   (க்ஷ ksh: லக்ஷ்மி lakshmi); ஸ்ரீ, ஶ்ரீ and Sri Lankan சிறீ, சிரீ
 *   are "sri", and the name after the prefix reads as a word of its own
 *   (ஸ்ரீகாந்த் srikand). The aytham ஃ is h, silent before ப (f) and ஜ
 *   (z). ௐ is om.
 *
 * Tamil spells Sanskrit names its own way, and Latin spellings undo it:
 * - the i put inside a stop + r cluster is dropped: பிர at the start of a
 *   word (பிரபாகரன் prapagaran, பிரியா priya), a doubled stop before ிர
 *   and ந்திர (சுப்பிரமணியம் subramaniyam, with b; விக்கிரமன் vikraman;
 *   ராஜேந்திரன் rajendran); கிரு, பிரு, மிரு starting a word and கிருஷ்
 *   anywhere are the vowel ṛ, "ri" (கிருஷ்ணன் krishnan, ராமகிருஷ்ணன்
 *   ramakrishnan). Not கிர, திர: கிரண் is Kiran, திரு the Tamil Thiru.
 * - ட்ச is kṣ (மீனாட்சி minakshi), and the u after it before ம is
 *   dropped (லட்சுமி lakshmi, லட்சுமணன் lakshmanan);
 * - the இ written before an initial ர is dropped (இராமலிங்கம்
 *   ramalingam);
 * - க keeps its k in the name kumar inside a compound (சிவகுமார்
 *   sivakumar, செந்தில்குமார் sendilkumar), and is h in மகா, மகே and மோக
 *   starting a word (மகேந்திரன் mahendran, மோகன் mohan).
 *
 * A consonant written alone is an initial (க. K.), its first letter.
 *
 * What it cannot do: whether a name is Tamil or Sanskrit, and so which
 * sound a letter has, is guessed from the spelling, without a dictionary.
 * One spelling is chosen where families differ: க starting a word is k
 * (கணேசன் "kanesan" for Ganesan, கீதா "kitha" for Geetha), த is th
 * (தேவி "thevi", not Devi), ச is s (சித்ரா "sithra", not Chitra), ப is p
 * (பாலசுப்பிரமணியம் "palasubramaniyam", கோபால் "kopal"), ழ is zh
 * (பழனி "pazhani", not Palani; யாழினி "yazhini", not the Sri Lankan
 * Yalini), ந்த is nd (வசந்த் "vasand", not Vasanth; செந்தில் "sendil"), க
 * between vowels is g (அகிலன் "agilan", பிரகாஷ் "pragash"), the Sanskrit
 * clusters lose the Tamil vowel (ராஜேந்திரன் is not the Sri Lankan
 * Rajenthiran), ட்ச is ksh (லட்சுமி is not Latchumi, மீனாட்சி not
 * Meenatchi), and doubled letters stay doubled (முத்து "mutthu",
 * ஜெயக்குமார் "jeyakkumar"). The matcher meets most of the other
 * spellings by sound but below 0.9 (கணேசன் / Ganesan 0.89, வசந்த் /
 * Vasanth 0.88, கீதா / Geetha and பழனி / Palani 0.86, ராஜேந்திரன் /
 * Rajenthiran 0.84), and Latchumi and Meenatchi not at all.
 *
 * Pure computation on const tables: safe from any thread. */
#include "unicode/tamil.h"

#include "unicode/runs.h"

/* Letters and signs of the Tamil block the rules name. */
enum {
    TA_ANUSVARA = 0x0B82, /* ஂ, rare in Tamil */
    TA_AYTHAM = 0x0B83,   /* ஃ */
    TA_A = 0x0B85,        /* அ, first independent vowel */
    TA_I = 0x0B87,        /* இ */
    TA_O = 0x0B92,        /* ஒ */
    TA_AU = 0x0B94,       /* ஔ, last independent vowel */
    TA_KA = 0x0B95,       /* க, first consonant */
    TA_NGA = 0x0B99,      /* ங */
    TA_CA = 0x0B9A,       /* ச */
    TA_JA = 0x0B9C,       /* ஜ */
    TA_NYA = 0x0B9E,      /* ஞ */
    TA_TTA = 0x0B9F,      /* ட */
    TA_NNA = 0x0BA3,      /* ண */
    TA_TA = 0x0BA4,       /* த */
    TA_NA = 0x0BA8,       /* ந */
    TA_NNNA = 0x0BA9,     /* ன */
    TA_PA = 0x0BAA,       /* ப */
    TA_MA = 0x0BAE,       /* ம */
    TA_RA = 0x0BB0,       /* ர */
    TA_RRA = 0x0BB1,      /* ற */
    TA_SHA = 0x0BB6,      /* ஶ */
    TA_SSA = 0x0BB7,      /* ஷ */
    TA_SA = 0x0BB8,       /* ஸ */
    TA_HA = 0x0BB9,       /* ஹ, last consonant */
    TA_SIGN_AA = 0x0BBE,  /* ா, first vowel sign */
    TA_SIGN_I = 0x0BBF,   /* ி */
    TA_SIGN_II = 0x0BC0,  /* ீ */
    TA_SIGN_U = 0x0BC1,   /* ு */
    TA_SIGN_E = 0x0BC6,   /* ெ */
    TA_SIGN_EE = 0x0BC7,  /* ே */
    TA_SIGN_O = 0x0BCA,   /* ொ */
    TA_SIGN_OO = 0x0BCB,  /* ோ */
    TA_SIGN_AU = 0x0BCC,  /* ௌ, last vowel sign */
    TA_PULLI = 0x0BCD,    /* ், the virama */
    TA_OM = 0x0BD0,       /* ௐ */
    TA_AU_MARK = 0x0BD7,  /* ௗ, second part of ௌ and ஔ */
    TA_DIGIT_0 = 0x0BE6
};

#define NCONS (TA_HA - TA_KA + 1)
#define NVOWEL (TA_AU - TA_A + 1)
#define NSIGN (TA_SIGN_AU - TA_SIGN_AA + 1)

/* The plain value of each consonant க..ஹ (index cp - 0x0B95), the one it
 * has where no neighbour changes it; NULL for the points of the range
 * Unicode leaves unassigned. */
static const char *const ta_cons[NCONS] = {
    "k", NULL, NULL, NULL, "ng", "s", NULL, "j", NULL, "gn", "t", NULL,
    NULL, NULL, "n", "th", NULL, NULL, NULL, "n", "n", "p", NULL, NULL,
    NULL, "m", "y", "r", "r", "l", "l", "zh", "v", "sh", "sh", "s", "h"};

/* Independent vowels அ..ஔ and vowel signs ா..ௌ, long and short alike;
 * au is "ow" or "ou" by what follows (vowel_at). */
static const char *const ta_vowel[NVOWEL] = {
    "a", "a", "i", "i", "u", "u", NULL, NULL, NULL, "e", "e", "ai", NULL,
    "o", "o", "ow"};
static const char *const ta_sign[NSIGN] = {
    "a", "i", "i", "u", "u", NULL, NULL, NULL, "e", "e", "ai", NULL, "o",
    "o", "ow"};

static const char *cons_value(UChar c)
{
    unsigned k = (unsigned)c - TA_KA;
    return k < NCONS ? ta_cons[k] : NULL;
}

static const char *vowel_value(UChar c)
{
    unsigned k = (unsigned)c - TA_A;
    return k < NVOWEL ? ta_vowel[k] : NULL;
}

static const char *sign_value(UChar c)
{
    unsigned k = (unsigned)c - TA_SIGN_AA;
    return k < NSIGN ? ta_sign[k] : NULL;
}

static int is_cons(UChar c)
{
    return cons_value(c) != NULL;
}

static int is_sign(UChar c)
{
    return sign_value(c) != NULL;
}

/* The six stops of Tamil's own alphabet, one letter each for a voiceless
 * and a voiced sound: க ச ட த ப ற. */
static int is_stop(UChar c)
{
    return c == TA_KA || c == TA_CA || c == TA_TTA || c == TA_TA ||
           c == TA_PA || c == TA_RRA;
}

static int is_nasal(UChar c)
{
    return c == TA_NGA || c == TA_NYA || c == TA_NNA || c == TA_NA ||
           c == TA_NNNA || c == TA_MA;
}

/* The letters borrowed from Grantha for Sanskrit sounds: ஜ ஶ ஷ ஸ ஹ. */
static int is_grantha(UChar c)
{
    return c == TA_JA || (c >= TA_SHA && c <= TA_HA);
}

/* Copy p into t with the two-part vowels put together (ெ + ா is ொ, ே + ா
 * is ோ, ெ + ௗ is ௌ, ஒ + ௗ is ஔ: NFD and some keyboards write them so),
 * and without ZWJ and ZWNJ, which only choose a glyph. t has room for len
 * code units. */
static int32_t clean(const UChar *p, int32_t len, UChar *t)
{
    int32_t n = 0;
    for (int32_t i = 0; i < len; i++) {
        UChar c = p[i], prev = n > 0 ? t[n - 1] : 0;
        if (aka__is_joiner(c))
            continue;
        if (c == TA_SIGN_AA && (prev == TA_SIGN_E || prev == TA_SIGN_EE)) {
            t[n - 1] = prev == TA_SIGN_E ? TA_SIGN_O : TA_SIGN_OO;
            continue;
        }
        if (c == TA_AU_MARK && (prev == TA_SIGN_E || prev == TA_O)) {
            t[n - 1] = prev == TA_SIGN_E ? TA_SIGN_AU : TA_AU;
            continue;
        }
        t[n++] = c;
    }
    return n;
}

/* ---- Reading a run ---- */

typedef struct tp {
    const UChar *a; /* one run of Tamil text, cleaned */
    int32_t n;
    aka__sb *out;
    aka_status st;
} tp;

static UChar at(const tp *P, int32_t k)
{
    return k >= 0 && k < P->n ? P->a[k] : 0;
}

static void put(tp *P, const char *s)
{
    if (P->st == AKA_OK && s && *s)
        P->st = aka__sb_append_str(P->out, s);
}

/* The consonant at k carries the pulli: no vowel follows it. */
static int is_dead(const tp *P, int32_t k)
{
    return is_cons(at(P, k)) && at(P, k + 1) == TA_PULLI;
}

/* The consonant written with the pulli just before k, or 0. */
static UChar dead_before(const tp *P, int32_t k)
{
    return is_dead(P, k - 2) ? at(P, k - 2) : 0;
}

/* The prefix Sri at k, the start of the run: ஸ்ரீ or ஶ்ரீ, or சிறீ and
 * சிரீ, as Sri Lankan Tamil writes it without the Grantha letter
 * (சிறீதரன் Sritharan). */
static int sri_at(const tp *P, int32_t k)
{
    UChar c = at(P, k), s = at(P, k + 1), r = at(P, k + 2);
    if (k != 0 || at(P, k + 3) != TA_SIGN_II)
        return 0;
    if (c == TA_CA && s == TA_SIGN_I)
        return r == TA_RA || r == TA_RRA;
    return (c == TA_SA || c == TA_SHA) && s == TA_PULLI && r == TA_RA;
}

/* k begins a word: nothing sounded comes before it in the run, or the
 * prefix Sri only (ஸ்ரீகாந்த் Srikanth, as ஸ்ரீ காந்த்). */
static int word_start(const tp *P, int32_t k)
{
    return k == 0 || (at(P, k - 1) == TA_PULLI && !is_cons(at(P, k - 2))) ||
           (k == 4 && sri_at(P, 0));
}

/* The consonant at k is a Sanskrit stop + r written with an i between
 * them, as Tamil spelling breaks the cluster, and Latin spellings write
 * the cluster: பிரபாகரன் Prabhakaran, பிரியா Priya at the start of a word
 * (ப only: கிரண் is Kiran, திரு is the Tamil Thiru); a doubled stop
 * before the i, சுப்பிரமணியம் Subramaniam, விக்கிரமன் Vikraman, பவித்திரா
 * Pavithra; ந்திர, ராஜேந்திரன் Rajendran, சந்திரன் Chandran. The ர must
 * carry a vowel. */
static int cluster_r(const tp *P, int32_t k)
{
    UChar c = at(P, k), d = dead_before(P, k);
    if (at(P, k + 1) != TA_SIGN_I || at(P, k + 2) != TA_RA ||
        at(P, k + 3) == TA_PULLI)
        return 0;
    if (c == TA_PA && word_start(P, k))
        return 1;
    if (c == TA_KA || c == TA_PA || c == TA_TA)
        return d == c || (c == TA_TA && d == TA_NA);
    return 0;
}

/* The consonant at k begins the Sanskrit vowel ṛ, which Tamil writes
 * -ிரு and Latin spellings "ri": கிருஷ்ணன் Krishnan, மிருணாளினி Mrinalini,
 * at the start of a word after க ப ம, and கிருஷ்ண in compounds too
 * (ராமகிருஷ்ணன் Ramakrishnan). Not after த: திரு is the Tamil Thiru. */
static int vocalic_r(const tp *P, int32_t k)
{
    UChar c = at(P, k);
    if (at(P, k + 1) != TA_SIGN_I || at(P, k + 2) != TA_RA ||
        at(P, k + 3) != TA_SIGN_U)
        return 0;
    if (c == TA_KA && at(P, k + 4) == TA_SSA)
        return 1;
    return word_start(P, k) && (c == TA_KA || c == TA_PA || c == TA_MA);
}

/* The ச at k, after ட், is the sh of Sanskrit kṣ, and its u the vowel
 * Tamil puts between kṣ and m: லட்சுமி Lakshmi, லட்சுமணன் Lakshmanan. */
static int ksh_m(const tp *P, int32_t k)
{
    return at(P, k) == TA_CA && dead_before(P, k) == TA_TTA &&
           at(P, k + 1) == TA_SIGN_U && at(P, k + 2) == TA_MA;
}

/* க that is the h of a Sanskrit name in the Tamil spelling: மகேஷ்
 * Mahesh, மகாலிங்கம் Mahalingam, மோகன் Mohan (ம, then க before ா or ே;
 * மோ, then க before ா or its own a). */
static int sanskrit_h(const tp *P, int32_t k)
{
    UChar v = at(P, k + 1);
    if (k == 1 && at(P, 0) == TA_MA)
        return v == TA_SIGN_AA || v == TA_SIGN_EE;
    if (k == 2 && at(P, 0) == TA_MA && at(P, 1) == TA_SIGN_OO)
        return v == TA_SIGN_AA || (!is_sign(v) && v != TA_PULLI);
    return 0;
}

/* க that keeps its k inside a compound, where it begins the name kumar
 * (குமார், குமரன், குமாரி): Sivakumar, Senthilkumar, Sukumar. */
static int keeps_k(const tp *P, int32_t k)
{
    UChar v = at(P, k + 3);
    return at(P, k + 1) == TA_SIGN_U && at(P, k + 2) == TA_MA &&
           (v == TA_SIGN_AA || v == TA_RA);
}

/* க: k at the start of a word, doubled and after a stop; silent after ங,
 * whose "ng" says it (தங்கம் thangam); g between vowels and after a
 * nasal or a sonorant (முருகன் murugan, துர்கா thurga). With the pulli, k,
 * but g before a nasal (விக்னேஷ் Vignesh). */
static const char *ka_value(const tp *P, int32_t k)
{
    UChar d = dead_before(P, k), nx = at(P, k + 2);
    if (d == TA_NGA)
        return "";
    if (is_dead(P, k))
        return (nx == TA_NNNA || nx == TA_NA) ? "g" : "k";
    if (word_start(P, k) || keeps_k(P, k) || vocalic_r(P, k))
        return "k";
    if (sanskrit_h(P, k))
        return "h";
    if (d && (is_stop(d) || is_grantha(d)))
        return "k";
    return "g";
}

/* ச: s at the start of a word, between vowels and after a sonorant
 * (செல்வம் selvam, ராசா rasa); ch doubled and after a stop (ச்ச chch,
 * முயற்சி muyarchi), but sh after ட, whose k it makes the kṣ of Sanskrit
 * names (மீனாட்சி minakshi); j after ஞ (மஞ்சுளா manjula). */
static const char *ca_value(const tp *P, int32_t k)
{
    UChar d = dead_before(P, k);
    if (d == TA_NYA)
        return "j";
    if (d == TA_TTA)
        return "sh";
    if (is_dead(P, k) || (d && is_stop(d)))
        return "ch";
    return "s";
}

/* ட: t at the start, doubled, after a stop; d after ண (பாண்டியன்
 * pandiyan), between vowels and after a sonorant (வடிவேலு vadivelu). */
static const char *tta_value(const tp *P, int32_t k)
{
    UChar d = dead_before(P, k);
    if (d == TA_NNA)
        return "d";
    if (is_dead(P, k) && at(P, k + 2) == TA_CA)
        return "k";
    if (is_dead(P, k) || word_start(P, k) || (d && is_stop(d)))
        return "t";
    return "d";
}

/* த: th everywhere, as names write the dental (தமிழ் thamizh, கீதா
 * kitha), but d after ந (சுந்தரம் sundaram, ஆனந்த் anand), and t before
 * its double (த்த tth). */
static const char *ta_value(const tp *P, int32_t k)
{
    if (dead_before(P, k) == TA_NA)
        return "d";
    if (is_dead(P, k) && at(P, k + 2) == TA_TA)
        return "t";
    return "th";
}

/* ப: p, but b after ம (அம்பிகா ambika) and in a doubled cluster with r
 * (சுப்பிரமணியம் subramaniyam); f after ஃ (ஃபாத்திமா fathima). */
static const char *pa_value(const tp *P, int32_t k)
{
    UChar d = dead_before(P, k);
    if (at(P, k - 1) == TA_AYTHAM)
        return "f";
    if (is_nasal(d) || (d == TA_PA && cluster_r(P, k)))
        return "b";
    return "p";
}

/* ற: r, but t before its double (வெற்றி vetri) and dr after ன
 * (கன்று kandru). */
static const char *rra_value(const tp *P, int32_t k)
{
    if (dead_before(P, k) == TA_NNNA)
        return "dr";
    if (is_dead(P, k) && at(P, k + 2) == TA_RRA)
        return "t";
    return "r";
}

/* The value of the consonant at k in its place. */
static const char *cons_at(const tp *P, int32_t k)
{
    UChar c = at(P, k);
    /* The first of a doubled stop before r says nothing: the cluster is
     * one consonant in Latin (ப்பிர "br", க்கிர "kr", த்திர "thr"). */
    if (is_dead(P, k) && at(P, k + 2) == c && cluster_r(P, k + 2))
        return "";
    switch (c) {
    case TA_KA: return ka_value(P, k);
    case TA_CA: return ca_value(P, k);
    case TA_TTA: return tta_value(P, k);
    case TA_TA: return ta_value(P, k);
    case TA_PA: return pa_value(P, k);
    case TA_RRA: return rra_value(P, k);
    case TA_NYA: return is_dead(P, k) ? "n" : "gn";
    case TA_JA: return at(P, k - 1) == TA_AYTHAM ? "z" : "j";
    case TA_SHA: return at(P, k + 2) == TA_RA ? "s" : "sh";
    default: return cons_value(c);
    }
}

/* The vowel or vowel sign at k: ஔ ௌ is "ou" in a closed syllable and
 * "ow" in an open one. */
static const char *vowel_at(const tp *P, int32_t k)
{
    UChar c = at(P, k);
    if ((c == TA_AU || c == TA_SIGN_AU) && is_dead(P, k + 1))
        return "ou";
    return c >= TA_SIGN_AA ? sign_value(c) : vowel_value(c);
}

/* The consonant at k with its vowel; the index after them. */
static int32_t syllable(tp *P, int32_t k)
{
    put(P, cons_at(P, k));
    UChar v = at(P, k + 1);
    if (v == TA_PULLI)
        return k + 2;
    if (vocalic_r(P, k)) {
        put(P, "ri");
        return k + 4;
    }
    if (cluster_r(P, k) || ksh_m(P, k))
        return k + 2; /* the vowel Tamil puts inside the cluster */
    if (is_sign(v)) {
        put(P, vowel_at(P, k + 1));
        return k + 2;
    }
    put(P, "a");
    return k + 1;
}

/* One sign or letter at k that begins no syllable; the index after it. */
static int32_t other(tp *P, int32_t k)
{
    UChar c = at(P, k), nx = at(P, k + 1);
    if (c == TA_I && k == 0 && nx == TA_RA)
        return k + 1; /* the vowel written before an initial r: இராமன் */
    if (c == TA_AYTHAM)
        put(P, nx == TA_PA || nx == TA_JA ? "" : "h");
    else if (c == TA_ANUSVARA)
        put(P, "m");
    else if (c == TA_OM)
        put(P, "om");
    else
        put(P, vowel_at(P, k)); /* a vowel, or a sign with no consonant */
    return k + 1;
}

/* One run of cleaned Tamil text. */
static aka_status tamil_run(const UChar *a, int32_t n, aka__sb *out)
{
    tp P = {a, n, out, AKA_OK};
    /* A consonant alone is an initial (க. தர்சிகா, K. Tharsika; ர.
     * அபிராமி): its first letter, without the a it carries in a word. */
    if (n == 1 && is_cons(a[0])) {
        char initial[2] = {cons_value(a[0])[0], '\0'};
        put(&P, initial);
        return P.st;
    }
    int32_t i = 0;
    while (i < n && P.st == AKA_OK) {
        if (sri_at(&P, i)) {
            put(&P, "sri");
            i += 4;
        } else if (is_cons(a[i])) {
            i = syllable(&P, i);
        } else {
            i = other(&P, i);
        }
    }
    return P.st;
}

/* Letters and signs of the Tamil block: its unassigned points, numbers
 * and calendar signs are not text. */
static int is_tamil_text(UChar c)
{
    return is_cons(c) || vowel_value(c) || is_sign(c) || c == TA_PULLI ||
           c == TA_AYTHAM || c == TA_ANUSVARA || c == TA_OM ||
           c == TA_AU_MARK;
}

static aka_status read_run(UChar *t, int32_t from, int32_t to, void *ctx,
                           aka__sb *out)
{
    (void)ctx;
    return tamil_run(t + from, to - from, out);
}

aka_status aka__tamil_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                            aka__sb *out)
{
    aka_status st = aka__u16_reserve(tmp, len + 1);
    if (st != AKA_OK)
        return st;
    int32_t n = clean(p, len, tmp->p);
    tmp->len = n;
    aka__script_runs s = {TA_DIGIT_0, is_tamil_text, read_run, NULL};
    return aka__script_runs_read(&s, tmp->p, n, out);
}
