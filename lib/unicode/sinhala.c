/* Sinhala in the spelling of Sri Lankan passports and registers.
 *
 * ICU has no Sinhala transform, and spelling the letters from their
 * Unicode names gave "laayaanaa" for ලියන (Liyana): every letter's name
 * carries its long vowel. Sinhala is an abugida read letter by letter:
 *
 * - A consonant carries an inherent "a" unless a vowel sign follows it
 *   (which replaces the a) or the al-lakuna (virama) silences it: නිමල්
 *   "nimal", ධම්මික "dhammika". A final consonant without one keeps its
 *   a: සිරිසේන "sirisena".
 * - Consonants as names are spelt: ත "th" and ට "t" (the dental and the
 *   retroflex: චතුර Chathura), ද "d", ධ "dh", ච "ch" (ආරච්චි Arachchi),
 *   ව "w" (වීරසිංහ Weerasinghe, ගුණවර්ධන Gunawardhana), ශ ෂ "sh", ඥ
 *   "gn" (Gnanasiri), ඤ "ny", the prenasalised ඟ ඬ ඳ ඹ ඦ "ng nd nd mb
 *   nj".
 * - Long and short vowels are written alike (ආ ා "a", ඊ ී "i", ඌ ූ "u",
 *   ඒ ේ "e", ඕ ෝ "o"): the matcher reads ee as i and oo as u, and names
 *   are spelt either way (Jayasuriya, Jayasooriya). ඇ ඈ ැ ෑ are "e"
 *   (Welikala, Gemunu).
 * - The anusvara ං is "n" before a consonant (රංග Ranga) and "ng" at
 *   the end; before හ it is "ng" and a final හ after it "he", the
 *   -singhe of Weerasinghe and Wickremesinghe (සිංහ). The visarga ඃ is
 *   "h".
 * - The joiners of the conjuncts (්‍ර, ්‍ය: ප්‍රේම "prema") are left
 *   out; the letters read as written.
 *
 * What it cannot do: English spellings double consonants that Sinhala
 * writes once (දිසානායක "disanayaka", Dissanayake) and write a final a
 * as e (-nayake), which the matcher's keys and its near-match levels
 * bridge; Portuguese-era names written in Sinhala by sound (ප්‍රනාන්දු
 * "pranandu", Fernando) meet their Latin forms only as far as the fuzzy
 * levels reach.
 *
 * Pure computation on const tables: safe from any thread. */
#include "unicode/sinhala.h"

#include "unicode/runs.h"


enum {
    SI_ANUSVARA = 0x0D82,
    SI_VISARGA = 0x0D83,
    SI_VOWEL_A = 0x0D85, /* අ, the first independent vowel */
    SI_VOWEL_AU = 0x0D96,
    SI_KA = 0x0D9A,      /* ක, the first consonant */
    SI_HA = 0x0DC4,      /* හ */
    SI_FA = 0x0DC6,      /* ෆ, the last consonant */
    SI_VIRAMA = 0x0DCA,  /* al-lakuna */
    SI_SIGN_AA = 0x0DCF, /* ා, the first vowel sign */
    SI_SIGN_E = 0x0DD9,  /* ෙ */
    SI_SIGN_LU = 0x0DDF, /* ෟ */
    SI_SIGN_RUU = 0x0DF2,
    SI_SIGN_LUU = 0x0DF3,
    SI_DIGIT_0 = 0x0DE6 /* Sinhala Lith digits */
};

/* Consonants from ක (NULL: unassigned). */
static const char *const consonant[SI_FA - SI_KA + 1] = {
    "k",  "kh", "g",  "gh", "ng", "ng", /* ක ඛ ග ඝ ඞ ඟ */
    "ch", "chh", "j", "jh", "ny", "gn", "nj", /* ච ඡ ජ ඣ ඤ ඥ ඦ */
    "t",  "th", "d",  "dh", "n",  "nd", /* ට ඨ ඩ ඪ ණ ඬ */
    "th", "th", "d",  "dh", "n",  NULL, "nd", /* ත ථ ද ධ න (0DB2) ඳ */
    "p",  "ph", "b",  "bh", "m",  "mb", /* ප ඵ බ භ ම ඹ */
    "y",  "r",  NULL, "l",  NULL, NULL, /* ය ර (0DBC) ල (0DBE 0DBF) */
    "w",  "sh", "sh", "s",  "h",  "l",  "f", /* ව ශ ෂ ස හ ළ ෆ */
};

/* Independent vowels from අ. */
static const char *const vowel[SI_VOWEL_AU - SI_VOWEL_A + 1] = {
    "a", "a", "e",  "e",  "i", "i",  "u", "u", "ru", /* අ ආ ඇ ඈ ඉ ඊ උ ඌ ඍ */
    "ru", "lu", "lu", "e", "e", "ai", "o", "o", "au", /* ඎ ඏ ඐ එ ඒ ඓ ඔ ඕ ඖ */
};

/* Vowel signs from ා to ෟ (NULL: unassigned). */
static const char *const sign[SI_SIGN_LU - SI_SIGN_AA + 1] = {
    "a",  "e", "e", "i",  "i", "u", NULL, "u", /* ා ැ ෑ ි ී ු (0DD5) ූ */
    NULL, "ru", "e", "e", "ai", "o", "o",  "au", /* (0DD7) ෘ ෙ ේ ෛ ො ෝ ෞ */
    "lu",                                        /* ෟ */
};

static int is_consonant(UChar c)
{
    return c >= SI_KA && c <= SI_FA && consonant[c - SI_KA];
}

static const char *vowel_of(UChar c)
{
    return c >= SI_VOWEL_A && c <= SI_VOWEL_AU ? vowel[c - SI_VOWEL_A] : NULL;
}

static const char *sign_of(UChar c)
{
    if (c == SI_SIGN_RUU)
        return "ru";
    if (c == SI_SIGN_LUU)
        return "lu";
    return c >= SI_SIGN_AA && c <= SI_SIGN_LU ? sign[c - SI_SIGN_AA] : NULL;
}

static int is_sinhala_text(UChar c)
{
    return c == SI_ANUSVARA || c == SI_VISARGA || c == SI_VIRAMA ||
           is_consonant(c) || vowel_of(c) || sign_of(c);
}

/* The vowel written after the consonant at t[i] (its signs from i + 1),
 * "" for none (the al-lakuna), and how many signs it took. A vowel split
 * into its parts, as NFD writes it (ෙ + ා for ො, ෙ + ් for ේ), is read
 * whole. */
static const char *vowel_after(const UChar *t, int32_t i, int32_t to,
                               int32_t *used)
{
    *used = 0;
    if (i + 1 >= to)
        return "a";
    UChar s = t[i + 1];
    if (s == SI_VIRAMA) {
        *used = 1;
        return "";
    }
    const char *v = sign_of(s);
    if (!v)
        return "a";
    *used = 1;
    if (s == SI_SIGN_E && i + 2 < to) {
        UChar s2 = t[i + 2];
        if (s2 == SI_SIGN_AA || s2 == SI_SIGN_LU) {
            *used = 2 + (s2 == SI_SIGN_AA && i + 3 < to && t[i + 3] == SI_VIRAMA);
            return s2 == SI_SIGN_AA ? "o" : "au";
        }
        if (s2 == SI_VIRAMA)
            *used = 2;
    }
    return v;
}

static aka_status read_run(UChar *t, int32_t from, int32_t to, void *ctx,
                           aka__sb *out)
{
    (void)ctx;
    aka_status st = AKA_OK;
    for (int32_t i = from; i < to && st == AKA_OK; i++) {
        UChar c = t[i];
        if (c == SI_ANUSVARA) {
            /* n before a consonant, ng before හ and at the end */
            int cons = i + 1 < to && is_consonant(t[i + 1]);
            st = aka__sb_append_str(out,
                                    cons && t[i + 1] != SI_HA ? "n" : "ng");
        } else if (c == SI_VISARGA) {
            st = aka__sb_append_str(out, "h");
        } else if (is_consonant(c)) {
            int32_t used;
            const char *v = vowel_after(t, i, to, &used);
            st = aka__sb_append_str(out, consonant[c - SI_KA]);
            /* the -singhe of සිංහ at a word's end */
            if (st == AKA_OK && c == SI_HA && used == 0 && i + 1 == to &&
                i > from && t[i - 1] == SI_ANUSVARA)
                v = "e";
            if (st == AKA_OK)
                st = aka__sb_append_str(out, v);
            i += used;
        } else {
            const char *v = vowel_of(c);
            if (v)
                st = aka__sb_append_str(out, v);
            /* (a vowel sign or al-lakuna with no consonant before it has
             * no sound of its own) */
        }
    }
    return st;
}

aka_status aka__sinhala_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                              aka__sb *out)
{
    /* (the joiners of conjuncts, ්‍ර, read as nothing) */
    aka__script_runs s = {SI_DIGIT_0, is_sinhala_text, read_run, NULL};
    return aka__script_runs_read_unjoined(&s, p, len, tmp, out);
}
