/* Malayalam in the spelling Keralites write their names in Latin letters,
 * on passports and in the registers of the Gulf states they work in.
 *
 * ICU's Any-Latin reads Malayalam through its Indic transforms, and two
 * things of the script pass through them wrong. The chillu letters, the
 * final consonants ർ ൻ ൽ ൾ ൺ that Malayalam writes as letters of their
 * own, are left as they are and then dropped with every other letter not
 * read: കുമാർ was "kuma", അനിൽ "ani", രാജൻ "raja". And the two-part vowel
 * signs ൊ ോ are written as both their parts: തോമസ് was "teamas". This
 * file reads a run of Malayalam letters so:
 *
 * - A consonant carries an inherent "a" unless a vowel sign follows it
 *   (which replaces the a) or the virama (്, the chandrakkala) silences
 *   it. A final consonant without one keeps its a (ഷീല "shila"); the
 *   chandrakkala at the end of a word, the short u Malayalam says there,
 *   is not written in Latin spellings (ജോസഫ് Joseph, സുരേഷ് Suresh) and is
 *   left out too.
 * - The chillus are their consonants without a vowel: ർ "r", ൻ ൺ "n",
 *   ൽ ൾ "l", ൿ "k", and the rarer ൔ ൕ ൖ "m y zh". The old way of writing
 *   them, consonant, virama and ZWJ, reads the same.
 * - Consonants as the names are spelt: ത ഥ "th" (തോമസ് Thomas, അജിത്
 *   Ajith), ട "t", ഠ "th", ദ "d", ച "ch", ഞ "nj", ഴ "zh", ശ ഷ "sh",
 *   റ "r", ഫ "f" (ഫാത്തിമ Fathima; the matcher hears ph and f alike).
 *   Doubled, a consonant writes its first letter twice (ക്ക "kk", ത്ത
 *   "tth"); റ്റ is "tt", ന്റ "nt" (ആന്റണി Antony), ങ്ങ "ng", ഞ്ഞ "nj".
 *   ശ്ര is "sr" (ശ്രീദേവി Sreedevi).
 * - Long and short vowels are written alike (ആ ാ "a", ഈ ീ "i", ഊ ൂ
 *   "u", ഏ േ "e", ഓ ോ "o"): the matcher reads ee as i and oo as u, and
 *   names are spelt either way (Sheela, Shila). ഋ ൃ are "ri" (കൃഷ്ണൻ
 *   Krishnan), ഐ ൈ "ai", ഔ ൌ and ൗ "au". A sign split into its parts,
 *   as NFD writes it (െ + ാ for ൊ), is read whole.
 * - The anusvara ം is "n" before a stop of the velar to dental rows
 *   (സംഗീത Sangeetha) and "m" elsewhere and at the end; the visarga ഃ
 *   is "h"; the dot reph ൎ is "r".
 *
 * What it cannot do: spellings that are not the letters' sounds (പിള്ള
 * "pilla" for Pillai, വർഗീസ് "vargis" for Varghese, ജോർജ് "jorj" for
 * George) meet their Latin forms only as far as the matcher's fuzzy
 * levels reach (നായർ "nayar" meets Nair through the variant tables); and
 * ഫ is "f" in Sanskrit names too (ഫണി "fani", Phani).
 *
 * Pure computation on const tables: safe from any thread. */
#include "unicode/malayalam.h"

#include "unicode/runs.h"

enum {
    ML_ANUSVARA = 0x0D02,
    ML_VISARGA = 0x0D03,
    ML_VOWEL_A = 0x0D05, /* അ, the first independent vowel */
    ML_VOWEL_AU = 0x0D14,
    ML_KA = 0x0D15,      /* ക, the first consonant */
    ML_NGA = 0x0D19,     /* ങ */
    ML_NYA = 0x0D1E,     /* ഞ */
    ML_DHA = 0x0D27,     /* ധ, the last stop that takes "n" for ം */
    ML_NA = 0x0D28,      /* ന */
    ML_RA = 0x0D30,      /* ര */
    ML_RRA = 0x0D31,     /* റ */
    ML_SHA = 0x0D36,     /* ശ */
    ML_TTTA = 0x0D3A,    /* ഺ, the last consonant */
    ML_SIGN_AA = 0x0D3E, /* ാ, the first vowel sign */
    ML_SIGN_E = 0x0D46,  /* െ */
    ML_SIGN_EE = 0x0D47, /* േ */
    ML_SIGN_AU = 0x0D4C, /* ൌ, the last vowel sign before the virama */
    ML_VIRAMA = 0x0D4D,  /* ്, the chandrakkala */
    ML_DOT_REPH = 0x0D4E,
    ML_CHILLU_M = 0x0D54, /* ൔ ൕ ൖ */
    ML_CHILLU_LLL = 0x0D56,
    ML_AU_MARK = 0x0D57, /* ൗ, the second part of ൌ */
    ML_VOWEL_RR = 0x0D60, /* ൠ ൡ: archaic vowels */
    ML_VOWEL_LL = 0x0D61,
    ML_DIGIT_0 = 0x0D66,
    ML_CHILLU_NN = 0x0D7A, /* ൺ, the first of the common chillus */
    ML_CHILLU_N = 0x0D7B,  /* ൻ */
    ML_CHILLU_K = 0x0D7F   /* ൿ, the last */
};

/* Consonants from ക (NULL: unassigned). */
static const char *const consonant[ML_TTTA - ML_KA + 1] = {
    "k",  "kh", "g",  "gh", "ng", /* ക ഖ ഗ ഘ ങ */
    "ch", "chh", "j", "jh", "nj", /* ച ഛ ജ ഝ ഞ */
    "t",  "th", "d",  "dh", "n",  /* ട ഠ ഡ ഢ ണ */
    "th", "th", "d",  "dh", "n",  /* ത ഥ ദ ധ ന */
    "n",                          /* ഩ */
    "p",  "f",  "b",  "bh", "m",  /* പ ഫ ബ ഭ മ */
    "y",  "r",  "r",  "l",  "l",  "zh", "v", /* യ ര റ ല ള ഴ വ */
    "sh", "sh", "s",  "h",  "t",  /* ശ ഷ സ ഹ ഺ */
};

/* Independent vowels from അ (NULL: unassigned). */
static const char *const vowel[ML_VOWEL_AU - ML_VOWEL_A + 1] = {
    "a", "a", "i", "i", "u", "u", "ri", "li", NULL, /* അ ആ ഇ ഈ ഉ ഊ ഋ ഌ */
    "e", "e", "ai", NULL, "o", "o", "au",           /* എ ഏ ഐ ഒ ഓ ഔ */
};

/* Vowel signs from ാ to ൌ (NULL: unassigned). */
static const char *const sign[ML_SIGN_AU - ML_SIGN_AA + 1] = {
    "a", "i", "i", "u", "u", "ri", "ri", NULL, /* ാ ി ീ ു ൂ ൃ ൄ */
    "e", "e", "ai", NULL, "o", "o", "au",      /* െ േ ൈ ൊ ോ ൌ */
};

/* The chillus from ൺ: consonants without their vowel. */
static const char *const chillu[ML_CHILLU_K - ML_CHILLU_NN + 1] = {
    "n", "n", "r", "l", "l", "k", /* ൺ ൻ ർ ൽ ൾ ൿ */
};
static const char *const chillu_new[ML_CHILLU_LLL - ML_CHILLU_M + 1] = {
    "m", "y", "zh", /* ൔ ൕ ൖ */
};

static int is_consonant(UChar c)
{
    return c >= ML_KA && c <= ML_TTTA;
}

static const char *vowel_of(UChar c)
{
    if (c == ML_VOWEL_RR)
        return "ri";
    if (c == ML_VOWEL_LL)
        return "li";
    return c >= ML_VOWEL_A && c <= ML_VOWEL_AU ? vowel[c - ML_VOWEL_A] : NULL;
}

static const char *sign_of(UChar c)
{
    if (c == ML_AU_MARK)
        return "au";
    return c >= ML_SIGN_AA && c <= ML_SIGN_AU ? sign[c - ML_SIGN_AA] : NULL;
}

static const char *chillu_of(UChar c)
{
    if (c >= ML_CHILLU_NN && c <= ML_CHILLU_K)
        return chillu[c - ML_CHILLU_NN];
    if (c >= ML_CHILLU_M && c <= ML_CHILLU_LLL)
        return chillu_new[c - ML_CHILLU_M];
    return NULL;
}

static int is_malayalam_text(UChar c)
{
    return c == ML_ANUSVARA || c == ML_VISARGA || c == ML_VIRAMA ||
           c == ML_DOT_REPH || is_consonant(c) || vowel_of(c) || sign_of(c) ||
           chillu_of(c);
}

/* The vowel written after the consonant at t[i] (its signs from i + 1):
 * "" for the virama, "a" for none; *used: how many signs it took. A sign
 * split into its parts (െ + ാ for ൊ, േ + ാ for ോ, െ + ൗ for ൌ) is read
 * whole. */
static const char *vowel_after(const UChar *t, int32_t i, int32_t to,
                               int32_t *used)
{
    *used = 0;
    if (i + 1 >= to)
        return "a";
    UChar s = t[i + 1];
    if (s == ML_VIRAMA) {
        *used = 1;
        return "";
    }
    const char *v = sign_of(s);
    if (!v)
        return "a";
    *used = 1;
    if ((s == ML_SIGN_E || s == ML_SIGN_EE) && i + 2 < to) {
        UChar s2 = t[i + 2];
        if (s2 == ML_SIGN_AA || (s == ML_SIGN_E && s2 == ML_AU_MARK)) {
            *used = 2;
            return s2 == ML_SIGN_AA ? "o" : "au";
        }
    }
    return v;
}

/* The spelling of the consonant at t[i] with what its virama joins it to
 * (at t[i + 2], when t[i + 1] is a virama), for the clusters Latin
 * spellings write otherwise than letter by letter; *skip: how far the
 * cluster reaches past t[i] (to its last consonant, whose vowel follows
 * it), 0 for the consonant alone. */
static const char *cluster_spelling(const UChar *t, int32_t i, int32_t to,
                                    int32_t *skip)
{
    UChar c = t[i];
    const char *plain = consonant[c - ML_KA];
    *skip = 0;
    if (i + 2 >= to || t[i + 1] != ML_VIRAMA || !is_consonant(t[i + 2]))
        return plain;
    UChar n = t[i + 2];
    *skip = 2;
    if (c == ML_RRA && n == ML_RRA)
        return "tt"; /* റ്റ */
    if (c == ML_NA && n == ML_RRA)
        return "nt"; /* ന്റ: ആന്റണി Antony */
    if ((c == ML_NGA || c == ML_NYA) && n == c)
        return plain; /* ങ്ങ "ng", ഞ്ഞ "nj" */
    *skip = 0;
    if (c == ML_SHA && n == ML_RA)
        return "s"; /* ശ്ര: "sr" */
    return plain;
}

static aka_status read_run(UChar *t, int32_t from, int32_t to, void *ctx,
                           aka__sb *out)
{
    (void)ctx;
    aka_status st = AKA_OK;
    for (int32_t i = from; i < to && st == AKA_OK; i++) {
        UChar c = t[i];
        const char *ch = chillu_of(c);
        if (ch) {
            /* ൻ before റ is the older spelling of ന്റ */
            if (c == ML_CHILLU_N && i + 1 < to && t[i + 1] == ML_RRA) {
                st = aka__sb_append_str(out, "n");
                t[i + 1] = ML_TTTA; /* read as t, its vowel after it */
            } else {
                st = aka__sb_append_str(out, ch);
            }
        } else if (c == ML_ANUSVARA) {
            int stop = i + 1 < to && t[i + 1] >= ML_KA && t[i + 1] <= ML_DHA;
            st = aka__sb_append_str(out, stop ? "n" : "m");
        } else if (c == ML_VISARGA) {
            st = aka__sb_append_str(out, "h");
        } else if (c == ML_DOT_REPH) {
            st = aka__sb_append_str(out, "r");
        } else if (is_consonant(c)) {
            int32_t skip;
            const char *cons = cluster_spelling(t, i, to, &skip);
            if (!skip && i + 2 < to && t[i + 1] == ML_VIRAMA && t[i + 2] == c) {
                /* doubled: the first letter of its spelling, then the
                 * second consonant in full (ക്ക "kk", ത്ത "tth") */
                char first[2] = {cons[0], '\0'};
                st = aka__sb_append_str(out, first);
                i++;
                continue;
            }
            i += skip;
            int32_t used;
            const char *v = vowel_after(t, i, to, &used);
            if (st == AKA_OK)
                st = aka__sb_append_str(out, cons);
            if (st == AKA_OK)
                st = aka__sb_append_str(out, v);
            i += used;
        } else {
            const char *v = vowel_of(c);
            if (v)
                st = aka__sb_append_str(out, v);
            /* (a vowel sign or virama with no consonant before it has no
             * sound of its own) */
        }
    }
    return st;
}

aka_status aka__malayalam_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                                aka__sb *out)
{
    /* (ZWJ after a virama, the old chillu, and ZWNJ read as nothing) */
    aka__script_runs s = {ML_DIGIT_0, is_malayalam_text, read_run, NULL};
    return aka__script_runs_read_unjoined(&s, p, len, tmp, out);
}
