#include "unicode/thai.h"

#include "unicode/runs.h"

#include <string.h>

/* Letters and signs of the Thai block the rules name. */
enum {
    TH_KO = 0x0E01,     /* ก */
    TH_KHO = 0x0E02,    /* ข */
    TH_KHO_KHWAI = 0x0E04, /* ค */
    TH_NGO = 0x0E07,    /* ง */
    TH_CHO = 0x0E08,    /* จ */
    TH_SO_SO = 0x0E0B,  /* ซ */
    TH_YO_YING = 0x0E0D, /* ญ */
    TH_THO_THAN = 0x0E10, /* ฐ */
    TH_THO_PHUTHAO = 0x0E12, /* ฒ */
    TH_NO_NEN = 0x0E13, /* ณ */
    TH_TO = 0x0E15,     /* ต */
    TH_THO = 0x0E17,    /* ท */
    TH_NO = 0x0E19,     /* น */
    TH_PO = 0x0E1B,     /* ป */
    TH_PHO_PHUNG = 0x0E1C, /* ผ */
    TH_PHO = 0x0E1E,    /* พ */
    TH_MO = 0x0E21,     /* ม */
    TH_YO = 0x0E22,     /* ย */
    TH_RO = 0x0E23,     /* ร */
    TH_RU = 0x0E24,     /* ฤ */
    TH_LO = 0x0E25,     /* ล */
    TH_LU = 0x0E26,     /* ฦ */
    TH_WO = 0x0E27,     /* ว */
    TH_SO_SALA = 0x0E28, /* ศ */
    TH_SO = 0x0E2A,     /* ส */
    TH_HO = 0x0E2B,     /* ห */
    TH_LO_CHULA = 0x0E2C, /* ฬ */
    TH_O = 0x0E2D,      /* อ */
    TH_HO_NOKHUK = 0x0E2E, /* ฮ */
    TH_SARA_A = 0x0E30, /* ะ */
    TH_MAI_HAN_AKAT = 0x0E31, /* ั */
    TH_SARA_AA = 0x0E32, /* า */
    TH_SARA_AM = 0x0E33, /* ำ */
    TH_SARA_I = 0x0E34, /* ิ */
    TH_SARA_II = 0x0E35, /* ี */
    TH_SARA_UE = 0x0E36, /* ึ */
    TH_SARA_UEE = 0x0E37, /* ื */
    TH_SARA_U = 0x0E38, /* ุ */
    TH_SARA_UU = 0x0E39, /* ู */
    TH_SARA_E = 0x0E40, /* เ */
    TH_SARA_AE = 0x0E41, /* แ */
    TH_SARA_O = 0x0E42, /* โ */
    TH_SARA_AI_MUAN = 0x0E43, /* ใ */
    TH_SARA_AI_MALAI = 0x0E44, /* ไ */
    TH_MAITAIKHU = 0x0E47, /* ็ */
    TH_THANTHAKHAT = 0x0E4C, /* ์ */
    TH_NIKHAHIT = 0x0E4D, /* ํ (ำ is ํ + า after NFKC) */
    TH_DIGIT_0 = 0x0E50
};

/* Initial and final values of ก..ฮ (index cp - 0x0E01). ฤ and ฦ are vowel
 * letters and have their own rules. Final ย and ว are written as the
 * second half of a diphthong ("ai", "ao"). */
static const char *const th_initial[46] = {
    "k", "kh", "kh", "kh", "kh", "kh", "ng", "ch", "ch", "ch", "s", "ch",
    "y", "d", "t", "th", "th", "th", "n", "d", "t", "th", "th", "th", "n",
    "b", "p", "ph", "f", "ph", "f", "ph", "m", "y", "r", "r", "l", "l", "w",
    "s", "s", "s", "h", "l", "", "h"};
static const char *const th_final[46] = {
    "k", "k", "k", "k", "k", "k", "ng", "t", "t", "t", "t", "t", "n", "t",
    "t", "t", "t", "t", "n", "t", "t", "t", "t", "t", "n", "p", "p", "p",
    "p", "p", "p", "p", "m", "i", "n", "", "n", "", "o", "t", "t", "t", "",
    "n", "", ""};

static int is_cons(UChar c)
{
    return c >= TH_KO && c <= TH_HO_NOKHUK && c != TH_RU && c != TH_LU;
}

/* Vowel signs written after (above, below, right of) their consonant. */
static int is_fv(UChar c)
{
    return (c >= TH_SARA_A && c <= TH_SARA_UU) || c == TH_MAITAIKHU;
}

/* Vowels written before their consonant. */
static int is_lead(UChar c)
{
    return c >= TH_SARA_E && c <= TH_SARA_AI_MALAI;
}

static int is_sonorant(UChar c)
{
    return c == TH_NGO || c == TH_YO_YING || c == TH_NO_NEN || c == TH_NO ||
           c == TH_MO || c == TH_YO || c == TH_RO || c == TH_LO ||
           c == TH_WO || c == TH_LO_CHULA;
}

/* High-class consonants that lead a sonorant (อักษรนำ): ข ฉ ถ ผ ฝ ศ ษ ส. */
static int is_high(UChar c)
{
    return c == TH_KHO || c == 0x0E09 /* ฉ */ || c == 0x0E16 /* ถ */ ||
           c == TH_PHO_PHUNG || c == 0x0E1D /* ฝ */ || c == TH_SO_SALA ||
           c == 0x0E29 /* ษ */ || c == TH_SO;
}

/* A consonant that can close a syllable with the unwritten "o": not ย ว
 * (those would make a diphthong no Thai word spells this way), not the
 * silent อ ห ฮ. */
static int final_ok(UChar c)
{
    return is_cons(c) && c != TH_YO && c != TH_WO && c != TH_O &&
           c != TH_HO && c != TH_HO_NOKHUK;
}

/* Letters that are never sounded (tone marks, repetition and abbreviation
 * signs, phinthu, lakkhangyao) and so never change a syllable. */
static int is_dropped(UChar c)
{
    return (c >= 0x0E48 && c <= 0x0E4B) || c == 0x0E2F || c == 0x0E3A ||
           c == 0x0E45 || c == 0x0E46 || c == 0x0E4E || c == 0x0E4F ||
           c == 0x0E5A || c == 0x0E5B;
}

/* ---- Cleaning: silent letters and spelling variants ---- */

/* Letters of a text for which clean() records the tone marks. */
#define TONED_MAX 256

/* clean()'s marks of a letter: it carried a tone mark; a syllable ends
 * with it (the letters after it that ์ silenced were the syllable's
 * end: พิมพ์ชนก is "phim-chanok", not "phi-mot-nok"). */
#define MARK_TONED 1u
#define MARK_ENDS 2u

/* Copy p into t without the unsounded signs, and set toned[k] (the
 * MARK_ flags) for a consonant t[k] that carried a tone mark (k <
 * TONED_MAX), or ends a syllable before a silenced one. ์ silences the consonant it
 * sits on with the ิ or ุ written on it (ประยุทธ์, สมศักดิ์); when that
 * consonant follows two others after a vowel, the middle one is silent
 * too (จันทร์ "chan", ลักษณ์ "lak", ศาสตร์ "sat"), unless it is a
 * sonorant, which closes the syllable before (กิตติพงษ์ "phong"). ํ + า
 * is put back together as ำ. */
static int32_t clean(const UChar *p, int32_t len, UChar *t, uint8_t *toned)
{
    int32_t n = 0;
    for (int32_t i = 0; i < len; i++) {
        UChar c = p[i];
        /* A tone mark sits on the last consonant of a syllable's initial:
         * the consonant before it is the whole initial or the second of a
         * cluster, never the first (แก้ว "kaeo", not the กว of แกว่ง). */
        if (c >= 0x0E48 && c <= 0x0E4B && n > 0 && n <= TONED_MAX &&
            is_cons(t[n - 1]))
            toned[n - 1] |= MARK_TONED;
        if (is_dropped(c))
            continue;
        if (c == TH_THANTHAKHAT) {
            while (n > 0 && (t[n - 1] == TH_SARA_I || t[n - 1] == TH_SARA_U ||
                             t[n - 1] == TH_SARA_II || t[n - 1] == TH_SARA_UU))
                n--;
            if (n > 0 && is_cons(t[n - 1]))
                n--;
            if (n >= 3 && is_cons(t[n - 1]) && !is_sonorant(t[n - 1]) &&
                is_cons(t[n - 2]) && is_fv(t[n - 3]))
                n--;
            if (n > 0 && n <= TONED_MAX && is_cons(t[n - 1]))
                toned[n - 1] |= MARK_ENDS;
            continue;
        }
        if (c == TH_SARA_AA && n > 0 && t[n - 1] == TH_NIKHAHIT) {
            t[n - 1] = TH_SARA_AM;
            continue;
        }
        if (n < TONED_MAX)
            toned[n] = 0;
        t[n++] = c;
    }
    return n;
}

/* ---- Syllables ---- */

typedef struct thp {
    const UChar *a; /* one run of Thai letters, cleaned */
    const uint8_t *toned; /* by letter of a: clean()'s marks, or NULL */
    int32_t n;
    aka__sb *out;
    aka_status st;
    int closed; /* the last syllable ended in a consonant */
    int nsyl;   /* syllables emitted from this run */
} thp;

static UChar at(const thp *P, int32_t k)
{
    return k >= 0 && k < P->n ? P->a[k] : 0;
}

static void put(thp *P, const char *s)
{
    if (P->st == AKA_OK && *s)
        P->st = aka__sb_append_str(P->out, s);
}

static void begin(thp *P, const char *initial)
{
    put(P, initial);
    P->closed = 0;
    P->nsyl++;
}

/* รร at k as a vowel (ธรรม), not a final ร and a syllable ร + vowel
 * (นครราชสีมา "nakhon-ratchasima"). */
static int rr(const thp *P, int32_t k)
{
    return at(P, k) == TH_RO && at(P, k + 1) == TH_RO && !is_fv(at(P, k + 2));
}

/* อ after a consonant, not itself followed by a vowel, is the vowel "o"
 * (ทอง "thong"). */
static int o_vowel(const thp *P, int32_t k)
{
    UChar nx = at(P, k + 1);
    return at(P, k) == TH_O && !is_fv(nx) && nx != TH_RU && nx != TH_LU;
}

/* ว between two consonants, the second closing the syllable, is the
 * vowel "ua" (ชวน "chuan"); not before รร (สวรรค์ is "sawan"), nor
 * before a ง that a silenced letter follows: วงศ์, วงษ์, วงค์ "wong" (of
 * lineage), which family names end in after a closed syllable
 * (ปิ่นวงศ์ "pinwong", not "pinuang"). */
static int ua_vowel(const thp *P, int32_t k)
{
    UChar f = at(P, k + 1);
    return at(P, k) == TH_WO && is_cons(f) && !is_fv(at(P, k + 2)) &&
           !rr(P, k + 1) &&
           !(f == TH_NGO && P->toned && (P->toned[k + 1] & MARK_ENDS));
}

/* The consonant at k is followed by a written vowel. */
static int has_body(const thp *P, int32_t k)
{
    UChar v = at(P, k + 1);
    return is_fv(v) || v == TH_RU || v == TH_LU || o_vowel(P, k + 1) ||
           ua_vowel(P, k + 1) || rr(P, k + 1);
}

enum { CL_NONE, CL_TRUE, CL_LOOSE };

/* The initial written with the two consonants at k, or NULL. *kind is
 * CL_LOOSE for จร and ทร, whose ร may instead start a syllable of its own
 * (เจริญ "charoen"). ห before a sonorant only marks the tone (หลีก
 * "lik"), and so does อ in อยู่ อย่า อย่าง อยาก. ทร sounds "s" at the
 * start of a word or after a leading vowel (ทรัพย์ "sap", ฉะเชิงเทรา
 * "chachoengsao"), "thr" after a closed syllable (จันทรา). */
static const char *cluster_of(const thp *P, int32_t k, int *kind)
{
    UChar c1 = at(P, k), c2 = at(P, k + 1);
    *kind = CL_TRUE;
    if (!is_cons(c1) || !is_cons(c2) || (P->toned && (P->toned[k] & MARK_TONED)))
        return NULL;
    if (c1 == TH_HO && is_sonorant(c2) && c2 != TH_NO_NEN &&
        c2 != TH_LO_CHULA)
        return th_initial[c2 - TH_KO];
    if (c1 == TH_O && c2 == TH_YO &&
        (at(P, k + 2) == TH_SARA_AA || at(P, k + 2) == TH_SARA_UU))
        return "y";
    if (c2 == TH_RO) {
        switch (c1) {
        case TH_KO: return "kr";
        case TH_KHO: case TH_KHO_KHWAI: return "khr";
        case TH_TO: return "tr";
        case TH_PO: return "pr";
        case TH_PHO: case TH_PHO_PHUNG: return "phr";
        case TH_SO_SO: case TH_SO_SALA: case TH_SO: return "s";
        case TH_CHO: *kind = CL_LOOSE; return "ch";
        case TH_THO: *kind = CL_LOOSE; return P->nsyl == 0 || is_lead(at(P, k - 1)) ? "s" : "thr";
        default: return NULL;
        }
    }
    if (c2 == TH_LO) {
        switch (c1) {
        case TH_KO: return "kl";
        case TH_KHO: case TH_KHO_KHWAI: return "khl";
        case TH_PO: return "pl";
        case TH_PHO: case TH_PHO_PHUNG: return "phl";
        default: return NULL;
        }
    }
    if (c2 == TH_WO) {
        if (c1 == TH_KO)
            return "kw";
        if (c1 == TH_KHO || c1 == TH_KHO_KHWAI)
            return "khw";
    }
    return NULL;
}

static const char *cluster(const thp *P, int32_t k, int *kind)
{
    const char *cl = cluster_of(P, k, kind);
    if (!cl)
        *kind = CL_NONE;
    return cl;
}

/* The consonant at k starts a syllable with a written vowel, alone or as
 * the first of a cluster. */
static int vowelled(const thp *P, int32_t k)
{
    if (!is_cons(at(P, k)))
        return 0;
    if (has_body(P, k))
        return 1;
    int kind;
    return cluster(P, k, &kind) != NULL && has_body(P, k + 1);
}

/* Bare consonants (no written vowel of their own) from k. */
static int32_t bare_run(const thp *P, int32_t k)
{
    int32_t r = 0;
    while (is_cons(at(P, k + r)) && !vowelled(P, k + r))
        r++;
    return r;
}

/* The aspirates of Pali and Sanskrit words (ฐ ฒ ธ ภ ฆ ฌ). */
static int pali_aspirate(UChar c)
{
    return c == TH_THO_THAN || c == TH_THO_PHUTHAO || c == 0x0E18 /* ธ */ ||
           c == 0x0E20 /* ภ */ || c == 0x0E06 /* ฆ */ || c == 0x0E0C /* ฌ */;
}

static void emit_final(thp *P, int32_t k)
{
    UChar c = at(P, k);
    const char *f = th_final[c - TH_KO];
    /* the syllable's vowel, as written out: "oe" marks a word that is not
     * Pali (below) */
    int oe = P->out->len >= 2 && memcmp(P->out->p + P->out->len - 2, "oe", 2) == 0;
    put(P, f);
    P->closed = *f && strcmp(f, "i") != 0 && strcmp(f, "o") != 0;
    if (!is_cons(at(P, k + 1)))
        return;
    /* The aspirates of Pali words (ฐ ฒ ธ ภ ฆ ฌ) close a syllable and open
     * the next with their own "a" (ณัฐพล "natthaphon", พัฒนา "phatthana",
     * อยุธยา "ayutthaya", ศุภชัย "supphachai"); so does ช of ราช "royal"
     * in compounds (ราชบุรี "ratchaburi"). Not after the vowel oe, which
     * Pali does not have: ประเสริฐ "prasoet" is a Khmer word, and
     * ประเสริฐสุข is "prasoetsuk". */
    if (pali_aspirate(c) && !oe) {
        put(P, th_initial[c - TH_KO]);
        put(P, "a");
        P->closed = 0;
    } else if (c == 0x0E0A &&
               ((at(P, k - 1) == TH_SARA_AA && at(P, k - 2) == TH_RO) ||
                (at(P, k - 1) == TH_MAI_HAN_AKAT && at(P, k + 1) != c))) {
        /* ...and ช closing a short a (รัชนี "ratchani", พัชรี
         * "phatchari", วัชระ "watchara"); not ชช, whose second ช starts
         * the next syllable itself (ธวัชชัย "thawatchai"). */
        put(P, "cha");
        P->closed = 0;
    }
}

/* After a vowel, at j: does the next consonant close the syllable? An odd
 * number of bare consonants: yes, the others pair up (สุนทร "sun-thon").
 * An even number: no, they pair up as consonant + "o" + final (ภูมิพล
 * "phumi-phon", สาคร "sa-khon"), unless a pair cannot be read so
 * (อดุลย "adun-ya"); a vowel that needs a final (ั) always takes it. */
static int32_t take_final(thp *P, int32_t j, int mandatory)
{
    /* the consonant before a silenced one closes its syllable */
    if (P->toned && j < P->n && (P->toned[j] & MARK_ENDS) && is_cons(at(P, j)) &&
        !vowelled(P, j)) {
        emit_final(P, j);
        return j + 1;
    }
    int32_t r = bare_run(P, j);
    if (r == 0) {
        if (mandatory && is_cons(at(P, j))) {
            emit_final(P, j);
            return j + 1;
        }
        return j;
    }
    /* Sanskrit -tr is "t" with a silent ร: ตร ชร at the end of a word
     * (ประวิตร "prawit", เพชร "phet"), ตร ชร ทร before another syllable
     * (สมุทรปราการ "samutprakan"); สาทร keeps "sathon". */
    UChar c1 = at(P, j);
    if (r == 2 && at(P, j + 1) == TH_RO &&
        (c1 == TH_TO || c1 == 0x0E0A /* ช */ ||
         (c1 == TH_THO && j + 2 < P->n)) &&
        (j + 2 == P->n || is_cons(at(P, j + 2)))) {
        emit_final(P, j);
        return j + 2;
    }
    /* Pali spells a stop before its aspirate (ยุทธ "yut-tha", พุทธ
     * "phut-tha") and a nasal before its stop (กาญจนา "kan-cha-na"):
     * the first closes the syllable, never a consonant + "o" + final. */
    if (!mandatory && r % 2 == 0 && r >= 2 &&
        ((pali_aspirate(at(P, j + 1)) && !pali_aspirate(c1)) ||
         c1 == TH_YO_YING)) {
        emit_final(P, j);
        return j + 1;
    }
    /* A high consonant (ส ศ ษ ข ฉ ถ ผ ฝ) before a sonorant with a written
     * vowel leads it, with its own a (สวัสดิ์ "sawat", ขนม "khanom"): the
     * bare consonant before it closes the syllable (สุขสวัสดิ์
     * "suk-sawat", not "su-khot-wat"). */
    if (!mandatory && r == 2 && is_high(at(P, j + 1)) &&
        is_sonorant(at(P, j + 2)) && vowelled(P, j + 2)) {
        emit_final(P, j);
        return j + 1;
    }
    UChar before = at(P, j - 1);
    /* ...and right after a long vowel it leads too, closing nothing
     * (ศรีสวัสดิ์ "si-sawat", ศรีสมาน "si-saman", not "sit-wat"). */
    if (!mandatory && r == 1 && is_high(c1) && is_sonorant(at(P, j + 1)) &&
        vowelled(P, j + 1) &&
        (before == TH_SARA_AA || before == TH_SARA_II || before == TH_SARA_UEE ||
         before == TH_SARA_UU))
        return j;
    /* A lone ร after ิ ี ึ ื ุ ู, before the next syllable, is the ra of
     * Sanskrit names, not a final n (สุรชัย "surachai", ธีรพงษ์
     * "thiraphong", จีรศักดิ์ "chirasak", สุรพล "suraphon"); alone at the
     * end of a word it is the final (อุดร "udon"), and after า a Thai
     * word may end in it (ธารทิพย์ "thanthip"). */
    if (!mandatory && r % 2 == 1 && c1 == TH_RO && (r > 1 || j + 1 < P->n) &&
        before >= TH_SARA_I && before <= TH_SARA_UU)
        return j;
    /* ว after a vowel ends its diphthong (แก้วมณี "kaeo-mani", เปลวเทียน
     * "pleo-thian"); as the initial of a syllable of "o" + final it
     * would have to follow a closed one. No diphthong ends so after ี ึ ื
     * ุ ู: there ว opens the next syllable (ศรีวงศ์ "si-wong", สุวงศ์
     * "su-wong", not "sionga"). */
    if (!mandatory && r % 2 == 0 && c1 == TH_WO &&
        !(before >= TH_SARA_II && before <= TH_SARA_UU)) {
        emit_final(P, j);
        return j + 1;
    }
    if (!mandatory && r % 2 == 0) {
        int pairs = 1;
        for (int32_t k = j + 1; k < j + r; k += 2)
            if (!final_ok(at(P, k)))
                pairs = 0;
        if (pairs)
            return j;
    }
    emit_final(P, j);
    return j + 1;
}

/* m bare consonants from k, each without a written vowel: read in pairs
 * consonant + "o" + final (สมชาย "som-chai", วชิราลงกรณ์ "...long-kon");
 * an odd one out, first, takes "a" (ธนา "tha-na", อภิ "a-phi"); a cluster
 * or ห นำ counts as one consonant (หมด "mot"). A lone ร ending the word
 * after a closed syllable is silent (ชินวัตร "chinwat", สมัคร "samak"). */
static int canonical_final(UChar c)
{
    return c == TH_KO || c == TH_NGO || c == TH_NO || c == TH_MO ||
           c == 0x0E14 /* ด */ || c == 0x0E1A /* บ */;
}

/* An odd run before a written vowel may end, not start, with the lone
 * consonant: วงศ์สวัสดิ์ "wong-sa-wat" but นคร "na-khon". Chosen when
 * that reading closes more syllables with the letters Thai uses for its
 * own finals (ก ง ด น บ ม). At the end of a word the lone consonant is
 * always the first (สกล "sa-kon"). */
static int lone_last(const thp *P, int32_t k, int32_t m)
{
    if (m < 3 || m % 2 == 0 || k + m >= P->n)
        return 0;
    int first = 0, last = 0;
    for (int32_t q = k + 1; q < k + m; q += 2) {
        if (!final_ok(at(P, q)))
            return 0;
        last += canonical_final(at(P, q));
        first += canonical_final(at(P, q + 1));
    }
    return last > first;
}

static void run(thp *P, int32_t k, int32_t m)
{
    if (lone_last(P, k, m)) {
        for (; m > 1 && P->st == AKA_OK; k += 2, m -= 2) {
            begin(P, th_initial[at(P, k) - TH_KO]);
            put(P, "o");
            emit_final(P, k + 1);
        }
        begin(P, th_initial[at(P, k) - TH_KO]);
        put(P, "a");
        return;
    }
    while (m > 0 && P->st == AKA_OK) {
        int kind;
        const char *cl;
        if (m % 2 == 1) {
            if (m >= 3 && (cl = cluster(P, k, &kind)) != NULL &&
                final_ok(at(P, k + 2))) {
                begin(P, cl);
                put(P, "o");
                emit_final(P, k + 2);
                k += 3;
                m -= 3;
                continue;
            }
            if (m == 1 && at(P, k) == TH_RO && k + 1 == P->n && P->closed) {
                k++;
                m--;
                continue;
            }
            begin(P, th_initial[at(P, k) - TH_KO]);
            put(P, "a");
            k++;
            m--;
        } else if (final_ok(at(P, k + 1))) {
            begin(P, th_initial[at(P, k) - TH_KO]);
            put(P, "o");
            emit_final(P, k + 1);
            k += 2;
            m -= 2;
        } else {
            begin(P, th_initial[at(P, k) - TH_KO]);
            put(P, "a");
            k++;
            m--;
        }
    }
}

/* ฤ "rue", or "ri" after k t th p s (กฤษณ์ "krit"). */
static const char *ru_vowel(UChar before)
{
    switch (before) {
    case TH_KO: case TH_TO: case TH_THO: case TH_PO: case TH_SO_SALA:
    case TH_SO:
        return "ri";
    default:
        return "rue";
    }
}

/* A syllable from a consonant (or cluster) at i with a written vowel. */
static int32_t syl_vowel(thp *P, int32_t i)
{
    int32_t j;
    if (has_body(P, i)) {
        begin(P, th_initial[at(P, i) - TH_KO]);
        j = i + 1;
    } else {
        int kind;
        const char *cl = cluster(P, i, &kind);
        begin(P, cl ? cl : "");
        j = i + 2;
    }
    UChar v = at(P, j);
    if (rr(P, j)) {
        /* รร is "a" before a final (ธรรม "tham"), else "an" (พรรณ
         * "phan", บรรจง "ban-chong": จ opens a syllable with the ง after
         * it). A consonant followed by two bare ones is a final before a
         * syllable of those two (อรรถพล "at-phon"). */
        j += 2;
        if (is_cons(at(P, j)) && !vowelled(P, j) &&
            !(is_cons(at(P, j + 1)) && !vowelled(P, j + 1) &&
              !(is_cons(at(P, j + 2)) && !vowelled(P, j + 2)))) {
            put(P, "a");
            emit_final(P, j);
            return j + 1;
        }
        put(P, "an");
        P->closed = 1;
        return j;
    }
    switch (v) {
    case TH_SARA_A:
        put(P, "a");
        return j + 1;
    case TH_MAI_HAN_AKAT:
        if (at(P, j + 1) == TH_WO) {
            put(P, "ua");
            return take_final(P, j + 2, 0);
        }
        put(P, "a");
        return take_final(P, j + 1, 1);
    case TH_SARA_AA:
        put(P, "a");
        return take_final(P, j + 1, 0);
    case TH_SARA_AM:
        put(P, "am");
        P->closed = 1;
        return j + 1;
    case TH_SARA_I:
    case TH_SARA_II:
        put(P, "i");
        return take_final(P, j + 1, 0);
    case TH_SARA_UE:
        put(P, "ue");
        return take_final(P, j + 1, 0);
    case TH_SARA_UEE:
        put(P, "ue");
        j++;
        if (at(P, j) == TH_O)
            j++;
        return take_final(P, j, 0);
    case TH_SARA_U:
    case TH_SARA_UU:
        put(P, "u");
        return take_final(P, j + 1, 0);
    case TH_MAITAIKHU: /* ก็ "ko", ล็อก "lok" */
        j++;
        if (at(P, j) == TH_O)
            j++;
        put(P, "o");
        return take_final(P, j, 0);
    case TH_RU:
        put(P, ru_vowel(at(P, j - 1)));
        return take_final(P, j + 1, 0);
    case TH_LU:
        put(P, "lue");
        return j + 1;
    case TH_O:
        put(P, "o");
        return take_final(P, j + 1, 0);
    case TH_WO:
        put(P, "ua");
        return take_final(P, j + 1, 0);
    default:
        put(P, "a");
        return j;
    }
}

/* A syllable from a leading vowel at i (เ แ โ ใ ไ). */
static int32_t syl_lead(thp *P, int32_t i)
{
    static const char *const alone[5] = {"e", "ae", "o", "ai", "ai"};
    UChar L = at(P, i);
    int32_t j = i + 1;
    if (!is_cons(at(P, j))) {
        begin(P, "");
        put(P, alone[L - TH_SARA_E]);
        return j;
    }
    int kind = CL_NONE;
    const char *cl = NULL;
    if (is_cons(at(P, j + 1)))
        cl = cluster(P, j, &kind);
    /* เ before two consonants that are no true cluster, the second
     * carrying the rest of เ-ิ เ-ีย เ-ือ เ-าะ: the first consonant is a
     * syllable of its own (เจริญ "cha-roen", เฉลิม "cha-loem"). */
    if (L == TH_SARA_E && is_cons(at(P, j + 1)) && kind != CL_TRUE) {
        UChar v = at(P, j + 2), w = at(P, j + 3);
        if (v == TH_SARA_I || (v == TH_SARA_II && w == TH_YO) ||
            (v == TH_SARA_UEE && w == TH_O) ||
            (v == TH_SARA_AA && w == TH_SARA_A)) {
            begin(P, th_initial[at(P, j) - TH_KO]);
            put(P, "a");
            j++;
            cl = NULL;
        }
    }
    /* A cluster after ใ ไ (ไกล "klai"); after เ แ โ only when something
     * follows it, so that เหม reads "hem". */
    if (cl && L != TH_SARA_AI_MUAN && L != TH_SARA_AI_MALAI) {
        UChar nx = at(P, j + 2);
        if (nx == 0 || is_lead(nx))
            cl = NULL;
    }
    if (cl) {
        begin(P, cl);
        j += 2;
    } else {
        begin(P, th_initial[at(P, j) - TH_KO]);
        j++;
    }
    UChar v = at(P, j), w = at(P, j + 1);
    switch (L) {
    case TH_SARA_E:
        if (v == TH_SARA_II && w == TH_YO) {
            put(P, "ia");
            /* เกียรติ: ร silent, ต both closes and opens ("kiatti"). */
            if (at(P, j + 2) == TH_RO && at(P, j + 3) == TH_TO &&
                vowelled(P, j + 3)) {
                put(P, "t");
                P->closed = 1;
                return j + 3;
            }
            return take_final(P, j + 2, 0);
        }
        if (v == TH_SARA_UEE) {
            put(P, "uea");
            return take_final(P, w == TH_O ? j + 2 : j + 1, 0);
        }
        if (v == TH_SARA_AA && w == TH_SARA_A) {
            put(P, "o");
            return j + 2;
        }
        if (v == TH_SARA_AA) {
            put(P, "ao");
            return j + 1;
        }
        if (v == TH_SARA_I) {
            put(P, "oe");
            return take_final(P, j + 1, 0);
        }
        if (v == TH_MAITAIKHU) {
            put(P, "e");
            return take_final(P, j + 1, 1);
        }
        if (v == TH_SARA_A) {
            put(P, "e");
            return j + 1;
        }
        if (v == TH_O && !is_fv(w)) {
            put(P, "oe");
            return take_final(P, j + 1, 0);
        }
        if (v == TH_YO && !vowelled(P, j)) {
            put(P, "oei");
            return j + 1;
        }
        put(P, "e");
        return take_final(P, j, 0);
    case TH_SARA_AE:
        put(P, "ae");
        if (v == TH_SARA_A)
            return j + 1;
        if (v == TH_MAITAIKHU)
            return take_final(P, j + 1, 1);
        return take_final(P, j, 0);
    case TH_SARA_O:
        put(P, "o");
        if (v == TH_SARA_A)
            return j + 1;
        return take_final(P, j, 0);
    default: /* ใ ไ: no final, but ไทย writes a silent ย */
        put(P, "ai");
        if (v == TH_YO && !vowelled(P, j))
            j++;
        return j;
    }
}

/* Length of a without the unsounded final vowel of Pali -ti, -thi, -tu
 * after a long or closed syllable: ชาติ "chat", ประวัติ "prawat",
 * ณัฐวุฒิ "natthawut", ธาตุ "that", and with เกียรติ's ร, "kiat". Not
 * after ิ (ปิติ "piti"). The caller drops the ร of -รติ itself. */
static int32_t pali_end(const UChar *a, int32_t n, int *drop_ro)
{
    *drop_ro = 0;
    if (n < 3 || (a[n - 1] != TH_SARA_I && a[n - 1] != TH_SARA_U) ||
        (a[n - 2] != TH_TO && a[n - 2] != TH_THO_PHUTHAO))
        return n;
    UChar b = a[n - 3];
    if (b == TH_MAI_HAN_AKAT || b == TH_SARA_AA || b == TH_SARA_U ||
        b == TH_SARA_UU)
        return n - 1;
    if (n >= 5 && b == TH_RO && a[n - 4] == TH_YO &&
        a[n - 5] == TH_SARA_II) {
        *drop_ro = 1;
        return n - 1;
    }
    return n;
}

/* One run of cleaned Thai text, which it may shorten in place. */
static aka_status thai_run(UChar *a, int32_t n, uint8_t *toned,
                          aka__sb *out)
{
    int drop_ro;
    int32_t keep = pali_end(a, n, &drop_ro);
    if (drop_ro) {
        a[keep - 2] = a[keep - 1];
        if (toned)
            toned[keep - 2] = toned[keep - 1];
        keep--;
    }
    n = keep;
    thp P = {a, toned, n, out, AKA_OK, 0, 0};
    int32_t i = 0;
    while (i < n && P.st == AKA_OK) {
        UChar c = a[i];
        /* พรหม "phrom" (Brahma), in many family names (พรหมมา Phromma,
         * พรหมวงศ์), where the rules would read พร as the "phon" of
         * พรทิพย์ and หม as "hom"; its ม opens the next syllable too when
         * a vowel follows (พรหมินทร์ "phrommin"). */
        if (c == TH_PHO && i + 3 < n && a[i + 1] == TH_RO && a[i + 2] == TH_HO &&
            a[i + 3] == TH_MO) {
            begin(&P, "phrom");
            P.closed = 1;
            i += is_fv(at(&P, i + 4)) ? 3 : 4;
            continue;
        }
        if (is_lead(c)) {
            i = syl_lead(&P, i);
        } else if (c == TH_RU || c == TH_LU) {
            /* ฤ starting a syllable: ฤทธิ์ "rit", ฤดี "ruedi". */
            begin(&P, "");
            if (c == TH_LU) {
                put(&P, "lue");
                i++;
            } else if (bare_run(&P, i + 1) > 0) {
                put(&P, "ri");
                i = take_final(&P, i + 1, 1);
            } else {
                put(&P, "rue");
                i++;
            }
        } else if (is_cons(c)) {
            if (vowelled(&P, i)) {
                i = syl_vowel(&P, i);
            } else {
                int32_t m = bare_run(&P, i);
                run(&P, i, m);
                i += m;
            }
        } else {
            /* A vowel sign without its consonant: its sound, if any. */
            static const char *const sign[10] = {"a", "a", "a", "am", "i",
                                                 "i", "ue", "ue", "u", "u"};
            if (c >= TH_SARA_A && c <= TH_SARA_UU)
                put(&P, sign[c - TH_SARA_A]);
            i++;
        }
    }
    return P.st;
}

static int is_thai_text(UChar c)
{
    return c >= TH_KO && c <= 0x0E4F && c != 0x0E3F;
}

/* A run of Thai text for aka__script_runs_read; ctx: the toned flags of
 * the whole text (clean), or NULL past TONED_MAX. */
static aka_status read_run(UChar *t, int32_t from, int32_t to, void *ctx,
                           aka__sb *out)
{
    uint8_t *toned = ctx;
    return thai_run(t + from, to - from, toned && to <= TONED_MAX ? toned + from : NULL,
                    out);
}

aka_status aka__thai_rtgs(const UChar *p, int32_t len, aka__u16 *tmp,
                          aka__sb *out)
{
    aka_status st = aka__u16_reserve(tmp, len + 1);
    if (st != AKA_OK)
        return st;
    uint8_t toned[TONED_MAX];
    int32_t n = clean(p, len, tmp->p, toned);
    tmp->len = n;
    aka__script_runs s = {TH_DIGIT_0, is_thai_text, read_run, toned};
    return aka__script_runs_read(&s, tmp->p, n, out);
}
