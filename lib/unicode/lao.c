/* Lao in the romanisation of Lao passports and the press.
 *
 * Lao names are written in Latin by a French-influenced habit, not by a
 * standard: ສົມພອນ Somphone, ບຸນມີ Bounmy, ສີສະຫວາດ Sisavath, ໄຊຍະວົງ
 * Xayavong. ICU has no Lao transform, and spelling the letters from their
 * Unicode names gave "skonmophoon". This file reads a run of Lao letters
 * as syllables, as thai.c does for Thai, Lao's close cousin:
 *
 * - A syllable is an optional leading vowel (ເ ແ ໂ ໃ ໄ), an initial, the
 *   vowel signs after it and at most one final consonant. A consonant
 *   after a vowel closes its syllable unless a vowel of its own follows
 *   it (ບຸນມີ "boun-my").
 * - Initials: ຫ before a sonorant only marks the tone (ສະຫວາດ "savath",
 *   and the ligatures ໜ ໝ); the semivowel ຼ adds an l (ຫຼວງ "louang");
 *   ກ ຂ ຄ before ວ and a vowel glide with "ou" (ຂວາງ "khouang"). ຊ is
 *   "x", ຈ "ch", ວ "v"; ຍ "y" after a vowel (ສຸລິຍາ "souliya") and "nh"
 *   elsewhere (ບຸນຍັງ "bounnhang"), and after a syllable ending in y it
 *   adds no second one (ໄຊຍະວົງ "xayavong").
 * - Vowels in their French spelling: ຸ ູ "ou", ຶ ື "eu", ເ ແ "e", ໄ ໃ
 *   "ay", ົວ "oua", ວ between consonants "oua" (ດວງ "douang"), ອ after
 *   a consonant "o" (ພອນ), ໍ "o", ຽ "ie" before a final, ຳ "am". A
 *   consonant with no written vowel takes "a", or "o" when it pairs with a
 *   final (old spellings such as ສມ "som").
 * - Finals by sound (k, ng, t, n, p, m, y, o for ວ), with the shapes
 *   names take on passports: "one" after a long o (Somphone, Phonesavanh),
 *   and at the end of a word "anh" after ັ (Souksavanh), "th" after a and
 *   i (Sisavath, Somsanith), "ck" after ັ (Vilaysack); a word ending in an
 *   open i ends in y (Bounmy, Keomany).
 * - Tone marks, the repetition mark ໆ, the ellipsis ຯ, the Pali virama
 *   and yamakkan are dropped; the cancellation mark ໌ silences the
 *   consonant it sits on, with a vowel sign written on it.
 *
 * What it cannot do: syllable boundaries are guessed from the spelling,
 * without a dictionary, so a Pali consonant said twice but written once
 * is read once. One spelling is chosen where families differ: Somphone,
 * not Somphon or Sompone; Souksavanh, not Souksavan; ແ "e", not "ae" as
 * in Kaeo; ຊ "x", not "s" as in Sayasone; ຍ "nh" where no vowel comes
 * before it, not "ny" or "y"; ລ "l" where an older spelling had ຣ
 * (ວໍລະຈິດ "volachith", not Vorachith). The matcher scores the other
 * spellings below 0.9 (ສົມພອນ / Somphon 0.86, ໄຊຍະສອນ / Sayasone 0.88)
 * or at 0 when two letters differ (ແກ້ວ / Kaeo, ຍອດ / Yot).
 * Long and short vowels are written alike (ຈູມ "choum", though Chommaly
 * is also seen), and place names spelt on the French model (Vientiane
 * for ວຽງຈັນ) come out by the rules ("viengchanh").
 *
 * Pure computation on const tables: safe from any thread. */
#include "unicode/lao.h"

#include "unicode/runs.h"

#include <string.h>

/* Letters and signs of the Lao block the rules name. */
enum {
    LO_KO = 0x0E81,       /* ກ, first consonant */
    LO_KHO_SUNG = 0x0E82, /* ຂ */
    LO_KHO_TAM = 0x0E84,  /* ຄ */
    LO_NGO = 0x0E87,      /* ງ */
    LO_NYO = 0x0E8D,      /* ຍ */
    LO_NO = 0x0E99,       /* ນ */
    LO_MO = 0x0EA1,       /* ມ */
    LO_YO = 0x0EA2,       /* ຢ */
    LO_RO = 0x0EA3,       /* ຣ */
    LO_LO = 0x0EA5,       /* ລ */
    LO_WO = 0x0EA7,       /* ວ */
    LO_HO_SUNG = 0x0EAB,  /* ຫ */
    LO_O = 0x0EAD,        /* ອ */
    LO_HO_TAM = 0x0EAE,   /* ຮ, last consonant of the main range */
    LO_ELLIPSIS = 0x0EAF, /* ຯ */
    LO_A = 0x0EB0,        /* ະ, first vowel sign */
    LO_MAI_KAN = 0x0EB1,  /* ັ */
    LO_AA = 0x0EB2,       /* າ */
    LO_AM = 0x0EB3,       /* ຳ */
    LO_I = 0x0EB4,        /* ິ */
    LO_II = 0x0EB5,       /* ີ */
    LO_Y = 0x0EB6,        /* ຶ */
    LO_YY = 0x0EB7,       /* ື */
    LO_U = 0x0EB8,        /* ຸ */
    LO_UU = 0x0EB9,       /* ູ */
    LO_VIRAMA = 0x0EBA,   /* ຺ */
    LO_MAI_KON = 0x0EBB,  /* ົ */
    LO_SEMI_LO = 0x0EBC,  /* ຼ */
    LO_SEMI_NYO = 0x0EBD, /* ຽ */
    LO_E = 0x0EC0,        /* ເ, first leading vowel */
    LO_EI = 0x0EC1,       /* ແ */
    LO_OO = 0x0EC2,       /* ໂ */
    LO_AY = 0x0EC3,       /* ໃ */
    LO_AI = 0x0EC4,       /* ໄ, last leading vowel */
    LO_KO_LA = 0x0EC6,    /* ໆ */
    LO_CANCEL = 0x0ECC,   /* ໌ */
    LO_NIGGAHITA = 0x0ECD, /* ໍ (ຳ is ໍ + າ after NFKC) */
    LO_YAMAKKAN = 0x0ECE, /* ໎ */
    LO_DIGIT_0 = 0x0ED0,
    LO_HO_NO = 0x0EDC,    /* ໜ */
    LO_HO_MO = 0x0EDD,    /* ໝ */
    LO_KHMU_GO = 0x0EDE,  /* ໞ */
    LO_KHMU_NYO = 0x0EDF  /* ໟ */
};

#define NCONS (LO_HO_TAM - LO_KO + 1)

/* Initial and final values of ກ..ຮ (index cp - 0x0E81); NULL for the
 * points of the range Unicode leaves unassigned. The Pali letters added
 * in Unicode 12 (ຆ ຉ ຌ ຎ ...) read as the native letters they sound
 * like. */
static const char *const lo_initial[NCONS] = {
    "k", "kh", NULL, "kh", NULL, "kh", "ng", "ch", "ch", "x", NULL, "x",
    "nh", "nh", "t", "th", "d", "th", "n", "d", "t", "th", "th", "th",
    "n", "b", "p", "ph", "f", "ph", "f", "ph", "m", "y", "r", NULL, "l",
    NULL, "v", "s", "s", "s", "h", "l", "", "h"};
static const char *const lo_final[NCONS] = {
    "k", "k", NULL, "k", NULL, "k", "ng", "t", "t", "t", NULL, "t",
    "y", "n", "t", "t", "t", "t", "n", "t", "t", "t", "t", "t",
    "n", "p", "p", "p", "p", "p", "p", "p", "m", "y", "n", NULL, "n",
    NULL, "o", "t", "t", "t", "", "n", "", ""};

/* The value of consonant c at the start (final = 0) or end of a
 * syllable; NULL when c is no consonant. */
static const char *cons_value(UChar c, int final)
{
    unsigned k = (unsigned)c - LO_KO;
    if (k < NCONS)
        return final ? lo_final[k] : lo_initial[k];
    switch (c) {
    case LO_HO_NO: return "n";
    case LO_HO_MO: return "m";
    case LO_KHMU_GO: return final ? "k" : "g";
    case LO_KHMU_NYO: return final ? "y" : "nh";
    default: return NULL;
    }
}

static int is_cons(UChar c)
{
    return cons_value(c, 0) != NULL;
}

/* Vowel signs written after (above, below, right of) their consonant. */
static int is_post(UChar c)
{
    return (c >= LO_A && c <= LO_UU) || c == LO_MAI_KON ||
           c == LO_SEMI_NYO || c == LO_NIGGAHITA;
}

static int is_lead(UChar c)
{
    return c >= LO_E && c <= LO_AI;
}

/* Sonorants that ຫ can lead. */
static int is_led(UChar c)
{
    return c == LO_NGO || c == LO_NYO || c == LO_NO || c == LO_MO ||
           c == LO_RO || c == LO_LO || c == LO_WO;
}

static int is_velar(UChar c)
{
    return c == LO_KO || c == LO_KHO_SUNG || c == LO_KHO_TAM;
}

/* A consonant that can close a syllable: not the silent ຫ ອ ຮ. */
static int final_ok(UChar c)
{
    const char *f = cons_value(c, 1);
    return f && *f;
}

/* Signs never sounded: tone marks, ໆ, ຯ, the Pali virama, yamakkan. */
static int is_dropped(UChar c)
{
    return (c >= 0x0EC8 && c <= 0x0ECB) || c == LO_KO_LA ||
           c == LO_ELLIPSIS || c == LO_VIRAMA || c == LO_YAMAKKAN;
}

/* Copy p into t without the unsounded signs. ໌ silences the consonant it
 * sits on, with the ິ ີ ຸ ູ written on it; ໍ + າ is put back together as
 * ຳ. t has room for len code units. */
static int32_t clean(const UChar *p, int32_t len, UChar *t)
{
    int32_t n = 0;
    for (int32_t i = 0; i < len; i++) {
        UChar c = p[i];
        if (is_dropped(c))
            continue;
        if (c == LO_CANCEL) {
            while (n > 0 && t[n - 1] >= LO_I && t[n - 1] <= LO_UU &&
                   t[n - 1] != LO_Y && t[n - 1] != LO_YY)
                n--;
            if (n > 0 && is_cons(t[n - 1]))
                n--;
            continue;
        }
        if (c == LO_AA && n > 0 && t[n - 1] == LO_NIGGAHITA) {
            t[n - 1] = LO_AM;
            continue;
        }
        t[n++] = c;
    }
    return n;
}

/* ---- Syllables ---- */

/* The vowel of the syllable being read, for the spelling of its final. */
enum { VK_OTHER, VK_A_SHORT, VK_A_LONG, VK_I, VK_O_LONG };

typedef struct lp {
    const UChar *a;   /* one run of Lao text, cleaned */
    int32_t n;
    aka__sb *out;
    size_t start;     /* out->len when the run began */
    aka_status st;
    int vk;           /* VK_* of the current syllable */
    int open_i;       /* the last syllable ended in the vowel i */
} lp;

static UChar at(const lp *P, int32_t k)
{
    return k >= 0 && k < P->n ? P->a[k] : 0;
}

static void put(lp *P, const char *s)
{
    if (P->st == AKA_OK && s && *s) {
        P->st = aka__sb_append_str(P->out, s);
        P->open_i = 0;
    }
}

/* The vowel of a syllable and its kind. */
static void vowel(lp *P, const char *s, int vk)
{
    put(P, s);
    P->vk = vk;
    P->open_i = vk == VK_I;
}

/* ອ after a consonant, not itself followed by a vowel, is the vowel "o"
 * (ພອນ "phon"); not before a second ອ, which begins a syllable of its own
 * (ບຸນອອນ "boun-one"). */
static int o_vowel(const lp *P, int32_t k)
{
    UChar nx = at(P, k + 1);
    return at(P, k) == LO_O && !is_post(nx) && nx != LO_O &&
           nx != LO_SEMI_LO;
}

/* ວ between a consonant and a final without a vowel of its own is the
 * vowel "oua" (ດວງ "douang"). */
static int ua_vowel(const lp *P, int32_t k)
{
    UChar f = at(P, k + 1), g = at(P, k + 2);
    return at(P, k) == LO_WO && final_ok(f) && !is_post(g) && g != LO_O &&
           g != LO_SEMI_LO && !(f == LO_HO_SUNG && is_led(g));
}

/* k begins the vowel of a syllable whose initial ends before k. */
static int body_at(const lp *P, int32_t k)
{
    return is_post(at(P, k)) || o_vowel(P, k) || ua_vowel(P, k);
}

/* Letters of the initial at k when a vowel follows it (1 or 2: ຫ and
 * its sonorant, a consonant and ຼ, ກ ຂ ຄ and ວ), 0 when none does. */
static int initial_len(const lp *P, int32_t k)
{
    UChar c = at(P, k), d = at(P, k + 1);
    if (!is_cons(c))
        return 0;
    if (d == LO_SEMI_LO)
        return body_at(P, k + 2) ? 2 : 0;
    if (body_at(P, k + 1))
        return 1;
    if (c == LO_HO_SUNG && is_led(d) && body_at(P, k + 2))
        return 2;
    if (is_velar(c) && d == LO_WO && is_post(at(P, k + 2)))
        return 2;
    return 0;
}

/* Write the initial of len letters at k. */
static void initial(lp *P, int32_t k, int len)
{
    UChar c = at(P, k), d = at(P, k + 1);
    P->vk = VK_OTHER;
    if (len == 2 && d == LO_SEMI_LO) {
        if (c != LO_HO_SUNG)
            put(P, cons_value(c, 0));
        put(P, "l");
        return;
    }
    if (len == 2 && c == LO_HO_SUNG) {
        put(P, cons_value(d, 0));
        return;
    }
    /* ຍ ຢ after a syllable written with a final y: one y for both
     * (ໄຊຍະວົງ "xayavong"). ຍ is "y" after an open syllable, as Pali
     * names write it (ສຸລິຍາ "souliya"), and "nh" elsewhere (ບຸນຍັງ
     * "bounnhang"). */
    char last = P->out->len > P->start ? P->out->p[P->out->len - 1] : 0;
    if ((c == LO_NYO || c == LO_YO) && last == 'y') {
        P->open_i = 0;
        return;
    }
    if (c == LO_NYO && last && strchr("aeiou", last))
        put(P, "y");
    else
        put(P, cons_value(c, 0));
    if (len == 2)
        put(P, "ou");
}

/* Bare consonants (no written vowel of their own) from k. */
static int32_t bare_run(const lp *P, int32_t k)
{
    int32_t r = 0;
    while (is_cons(at(P, k + r)) && initial_len(P, k + r) == 0)
        r++;
    return r;
}

/* Write the final at k, in the shape names take on passports. */
static void final(lp *P, int32_t k)
{
    const char *f = cons_value(at(P, k), 1);
    int last = k + 1 == P->n;
    int vk = P->vk;
    if (!f)
        return;
    if (f[0] == 't' && last && (vk == VK_A_SHORT || vk == VK_A_LONG ||
                                vk == VK_I))
        f = "th";
    else if (f[0] == 'n' && !f[1] && vk == VK_O_LONG)
        f = "ne";
    else if (f[0] == 'n' && !f[1] && last && vk == VK_A_SHORT)
        f = "nh";
    else if (f[0] == 'k' && last && vk == VK_A_SHORT)
        f = "ck";
    else if (f[0] == 'o' && vk == VK_I)
        f = "ou";
    put(P, f);
    P->vk = VK_OTHER;
}

/* Whether the consonant at k closes the syllable before it. One that
 * begins a syllable with a written vowel does not; nor do an even
 * number of bare ones, which pair up as consonant + "o" + final, unless
 * the vowel needs a final (ັ ົ). */
static int closes(const lp *P, int32_t k, int mandatory)
{
    if (!final_ok(at(P, k)) || initial_len(P, k) > 0)
        return 0;
    if (mandatory)
        return 1;
    int32_t r = bare_run(P, k);
    if (r >= 2 && r % 2 == 0) {
        for (int32_t q = k + 1; q < k + r; q += 2)
            if (!final_ok(at(P, q)))
                return 1;
        return 0;
    }
    return 1;
}

/* The final at k if it closes the syllable; the index after it. */
static int32_t take_final(lp *P, int32_t k, int mandatory)
{
    if (!closes(P, k, mandatory))
        return k;
    final(P, k);
    return k + 1;
}

/* A syllable from a consonant at i with a written vowel after its
 * initial. */
static int32_t syl_vowel(lp *P, int32_t i)
{
    int len = initial_len(P, i);
    initial(P, i, len);
    int32_t j = i + len;
    switch (at(P, j)) {
    case LO_A:
        vowel(P, "a", VK_A_SHORT);
        return j + 1;
    case LO_MAI_KAN:
        vowel(P, "a", VK_A_SHORT);
        return take_final(P, j + 1, 1);
    case LO_AA:
        vowel(P, "a", VK_A_LONG);
        return take_final(P, j + 1, 0);
    case LO_AM:
        vowel(P, "am", VK_OTHER);
        return j + 1;
    case LO_I:
    case LO_II:
        vowel(P, "i", VK_I);
        return take_final(P, j + 1, 0);
    case LO_Y:
    case LO_YY:
        vowel(P, "eu", VK_OTHER);
        if (o_vowel(P, j + 1))
            j++;
        return take_final(P, j + 1, 0);
    case LO_U:
    case LO_UU:
        vowel(P, "ou", VK_OTHER);
        return take_final(P, j + 1, 0);
    case LO_MAI_KON:
        /* ົວ is the open "oua" (ບົວ "boua"); ົ alone needs a final. */
        if (at(P, j + 1) == LO_WO && initial_len(P, j + 1) == 0) {
            vowel(P, "oua", VK_OTHER);
            return j + 2;
        }
        vowel(P, "o", VK_OTHER);
        return take_final(P, j + 1, 1);
    case LO_NIGGAHITA:
        vowel(P, "o", VK_O_LONG);
        return j + 1;
    case LO_SEMI_NYO:
        vowel(P, closes(P, j + 1, 0) ? "ie" : "ia", VK_OTHER);
        return take_final(P, j + 1, 0);
    case LO_O:
        vowel(P, "o", VK_O_LONG);
        return take_final(P, j + 1, 0);
    case LO_WO:
        vowel(P, "oua", VK_OTHER);
        return take_final(P, j + 1, 0);
    default: /* not reached: initial_len found a vowel */
        vowel(P, "a", VK_A_SHORT);
        return j > i ? j : i + 1;
    }
}

/* Letters of the initial after a leading vowel, at j (a consonant). */
static int lead_initial_len(const lp *P, UChar L, int32_t j)
{
    UChar c = at(P, j), d = at(P, j + 1), e = at(P, j + 2);
    if (d == LO_SEMI_LO)
        return 2;
    /* ຫ and its sonorant when something follows them (ໄຫລ "lay", ເຫລືອ
     * "leua"); ເຫນ alone keeps its h. */
    if (c == LO_HO_SUNG && is_led(d) &&
        (L == LO_AY || L == LO_AI || (e != 0 && !is_lead(e))))
        return 2;
    /* ກ ຂ ຄ + ວ before a final: ແຂວງ "khoueng", but ແກ້ວ "keo". */
    if (is_velar(c) && d == LO_WO && L != LO_AY && L != LO_AI &&
        final_ok(e) && initial_len(P, j + 2) == 0)
        return 2;
    return 1;
}

/* A syllable from a leading vowel at i (ເ ແ ໂ ໃ ໄ). */
static int32_t syl_lead(lp *P, int32_t i)
{
    static const char *const alone[5] = {"e", "e", "o", "ay", "ay"};
    UChar L = at(P, i);
    int32_t j = i + 1;
    if (!is_cons(at(P, j))) {
        vowel(P, alone[L - LO_E], VK_OTHER);
        return j;
    }
    int len = lead_initial_len(P, L, j);
    initial(P, j, len);
    j += len;
    UChar v = at(P, j), w = at(P, j + 1);
    switch (L) {
    case LO_E:
        if (v == LO_MAI_KAN) {
            vowel(P, "e", VK_OTHER);
            return take_final(P, j + 1, 1);
        }
        if (v == LO_MAI_KON && w == LO_AA) {
            vowel(P, "ao", VK_OTHER);
            return j + 2;
        }
        if (v == LO_AA) {
            vowel(P, w == LO_A ? "o" : "ao", VK_OTHER);
            return w == LO_A ? j + 2 : j + 1;
        }
        if (v == LO_I || v == LO_II) {
            vowel(P, "eu", VK_OTHER);
            return take_final(P, j + 1, 0);
        }
        if (v == LO_Y || v == LO_YY) {
            vowel(P, "eua", VK_OTHER);
            return take_final(P, w == LO_O ? j + 2 : j + 1, 0);
        }
        if (v == LO_NYO && initial_len(P, j) == 0) {
            vowel(P, "ia", VK_OTHER);
            return j + 1;
        }
        if (v == LO_A) {
            vowel(P, "e", VK_OTHER);
            return j + 1;
        }
        vowel(P, "e", VK_OTHER);
        return take_final(P, j, 0);
    case LO_EI:
        vowel(P, "e", VK_OTHER);
        if (v == LO_A)
            return j + 1;
        if (v == LO_MAI_KAN)
            return take_final(P, j + 1, 1);
        return take_final(P, j, 0);
    case LO_OO:
        if (v == LO_A) {
            vowel(P, "o", VK_OTHER);
            return j + 1;
        }
        vowel(P, "o", VK_O_LONG);
        return take_final(P, j, 0);
    default: /* ໃ ໄ: no final, but an old spelling may write a silent ຍ */
        vowel(P, "ay", VK_OTHER);
        if (v == LO_NYO && initial_len(P, j) == 0)
            j++;
        return j;
    }
}

/* m bare consonants from k: pairs read consonant + "o" + final (ສມ
 * "som"), an odd one out first, and a consonant that cannot close a
 * syllable, take "a". */
static void run(lp *P, int32_t k, int32_t m)
{
    while (m > 0 && P->st == AKA_OK) {
        initial(P, k, 1);
        if (m % 2 == 0 && final_ok(at(P, k + 1))) {
            vowel(P, "o", VK_OTHER);
            final(P, k + 1);
            k += 2;
            m -= 2;
        } else {
            vowel(P, "a", VK_A_SHORT);
            k++;
            m--;
        }
    }
}

/* One run of cleaned Lao text. */
static aka_status lao_run(const UChar *a, int32_t n, aka__sb *out)
{
    lp P = {a, n, out, out->len, AKA_OK, VK_OTHER, 0};
    int32_t i = 0;
    while (i < n && P.st == AKA_OK) {
        UChar c = a[i];
        if (is_lead(c)) {
            i = syl_lead(&P, i);
        } else if (is_cons(c)) {
            if (initial_len(&P, i) > 0) {
                i = syl_vowel(&P, i);
            } else {
                int32_t m = bare_run(&P, i);
                run(&P, i, m);
                i += m;
            }
        } else {
            /* A vowel sign without its consonant: its sound, if any. */
            static const char *const sign[10] = {"a", "", "a", "am", "i",
                                                 "i", "eu", "eu", "ou",
                                                 "ou"};
            if (c >= LO_A && c <= LO_UU)
                put(&P, sign[c - LO_A]);
            i++;
        }
    }
    /* A word ending in an open i ends in y (ບຸນມີ "bounmy"). */
    if (P.st == AKA_OK && P.open_i && out->len > P.start &&
        out->p[out->len - 1] == 'i')
        out->p[out->len - 1] = 'y';
    return P.st;
}

/* Letters and sounded signs of the Lao block: unassigned points (and
 * the signs clean() dropped) are not text. */
static int is_lao_text(UChar c)
{
    return is_cons(c) || is_post(c) || is_lead(c) || c == LO_SEMI_LO;
}

static aka_status read_run(UChar *t, int32_t from, int32_t to, void *ctx,
                           aka__sb *out)
{
    (void)ctx;
    return lao_run(t + from, to - from, out);
}

aka_status aka__lao_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                          aka__sb *out)
{
    aka_status st = aka__u16_reserve(tmp, len + 1);
    if (st != AKA_OK)
        return st;
    int32_t n = clean(p, len, tmp->p);
    tmp->len = n;
    aka__script_runs s = {LO_DIGIT_0, is_lao_text, read_run, NULL};
    return aka__script_runs_read(&s, tmp->p, n, out);
}
