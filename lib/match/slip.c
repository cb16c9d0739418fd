#include "match/nameform.h"

#include <string.h>

#include "core/wordlist.h"
#include "match/metrics.h"
#include "match/variants.h"
#include "match/letters.h"

/* Whether two names are one typing slip apart, for the engine's name
 * levels (aka__nameform_slip).
 *
 * aka_name_compare takes one letter in a short token for another name
 * (Marin / Martin, Dina / Diana), as a screening list must. Between two
 * records that both carry a name, the question the engine asks is how
 * much the names say, and a name typed with one slip in one of its
 * tokens, the others written alike, says about as much as a typing slip
 * in a long name: "Amren Harutyunyan", "rGace Brown", "Simgh Mia". The
 * engine's model weighs it as such (the fuzzy strong level), which alone
 * never merges two records; a date of birth or a document still has to
 * agree.
 *
 * The other way round, two names alike but for a man's given name and a
 * woman's (Daniel / Daniela, Nguyen Van Nam / Nguyen Thi Nam) are two
 * people however near their letters, a brother and a sister or a husband
 * and a wife (aka__nameform_two_sexes): the same token alignment serves
 * both. */
/* The shortest token a slip is looked for in: in two letters one edit
 * makes any name of another. */
#define SLIP_MIN_LEN 3
/* ... and in a romanisation key, which drops letters (one_slip) */
#define RKEY_SLIP_MIN 4

static int same_token(const aka__nunit *x, const aka__nunit *y)
{
    return (x->len == y->len && memcmp(x->tok, y->tok, x->len) == 0) ||
           (x->rlen == y->rlen && x->rlen > 0 &&
            memcmp(x->rkey, y->rkey, x->rlen) == 0);
}

/* Two given names the variant tables know apart (Dina / Diana, Hamid /
 * Hamad). */
static int known_apart(const aka__nunit *x, const aka__nunit *y)
{
    return x->given >= 0 && y->given >= 0 && x->given != y->given;
}

/* Whether the two letters y0 y1 are what a scanner reads for the one
 * letter x0. */
static int ocr_pair(char x0, char y0, char y1)
{
    return (x0 == 'm' && y0 == 'r' && y1 == 'n') ||
           (x0 == 'n' && y0 == 'r' && y1 == 'i') ||
           (x0 == 'd' && y0 == 'c' && y1 == 'l');
}

/* Whether consonants a and b are neighbours on a QWERTY keyboard, in a
 * row or across rows. */
static int keyboard_slip(char a, char b)
{
    static const char *const near[26] = {
        "qwsz", "vngh", "xvdf", "sfercx", "wrsd", "dgrtcv", "fhtyvb", "gjyubn",
        "uojk", "hkuinm", "jliom", "kop", "njk", "bmhj", "ipkl", "ol", "wa",
        "etdf", "adwezx", "ryfg", "yihj", "cbfg", "qeas", "zcsd", "tugh", "asx",
    };
    if (a < 'a' || a > 'z' || b < 'a' || b > 'z' || aka__vowel_y(a) || aka__vowel_y(b))
        return 0;
    return strchr(near[a - 'a'], b) != NULL;
}

/* Whether the spellings xt[0..xn) of unit x and yt[0..yn) of unit y, of
 * at least min letters each, are one edit apart that is a slip of the
 * fingers rather than another name: not a vowel added, dropped or
 * changed at the end, which tells the sexes and names apart (Jan / Jana,
 * Daniel / Daniela, Mario / Maria), nor another first letter (Karina /
 * Marina). A letter swapped with its neighbour is always a slip. */
static int slip_between(const char *xt, size_t xn, const aka__nunit *x, const char *yt,
                        size_t yn, const aka__nunit *y, size_t min)
{
    if (xn < min || yn < min)
        return 0;
    if (xn > yn) {
        const char *tt = xt;
        xt = yt;
        yt = tt;
        size_t tn = xn;
        xn = yn;
        yn = tn;
    }
    size_t n = xn, i = 0;
    while (i < n && xt[i] == yt[i])
        i++;
    if (yn == n + 1) {
        /* the rn a scanner reads for m (Ayobami / Ayobarni, Thiam /
         * Thiarn: names read from scanned documents), or m for rn; and
         * likewise ri for n (Serkan / Serkari) and cl for d (Abdul /
         * Abclul) */
        if (i < n && ocr_pair(xt[i], yt[i], yt[i + 1]) &&
            memcmp(xt + i + 1, yt + i + 2, n - i - 1) == 0)
            return !known_apart(x, y);
        /* y has one letter more, at i or later (a run of it): the rest
         * must agree once it is skipped; not a vowel at the end, nor the
         * v that makes a name in -o or -e a Slavic patronymic or family
         * name (Hristo / Hristov: a son's name after his father's) */
        if (memcmp(xt + i, yt + i + 1, n - i) != 0 ||
            (i == n && (aka__vowel_y(yt[n]) ||
                        (yt[n] == 'v' && (xt[n - 1] == 'o' || xt[n - 1] == 'e')))))
            return 0;
        return !known_apart(x, y);
    }
    if (yn != n || i == n)
        return 0;
    if (i + 1 < n && xt[i] == yt[i + 1] && xt[i + 1] == yt[i] &&
        memcmp(xt + i + 2, yt + i + 2, n - i - 2) == 0)
        return 1; /* a transposition */
    if (memcmp(xt + i + 1, yt + i + 1, n - i - 1) != 0)
        return 0;
    /* one letter for another: in four letters or fewer another name as
     * often as not (Mia / Moa, Lena / Lina, Dana / Dina), unless in four
     * letters a consonant for its neighbour on the keyboard (Radu / Rafu,
     * Hana / Hama) */
    if ((n < 5 && !(n == 4 && keyboard_slip(xt[i], yt[i]))) || i == 0 ||
        (i + 1 == n && aka__vowel_y(xt[i]) && aka__vowel_y(yt[i])))
        return 0;
    return !known_apart(x, y);
}

/* Whether tokens x and y are one typing slip apart: as written, or as
 * their romanisation keys read them, a slip on top of another spelling
 * of the name (Yehuda / YEHUCDAH "ehuda" / "ehucda", Yuliya / Yulsiia
 * "julia" / "julsia"). */
static int one_slip(const aka__nunit *x, const aka__nunit *y)
{
    if (slip_between(x->tok, x->len, x, y->tok, y->len, y, SLIP_MIN_LEN))
        return 1;
    /* A key drops letters a spelling writes (Pinyin's Lijing / Jing read
     * "ling" / "ing"): one edit of two keys is a slip only after a first
     * letter they share, in keys of four letters or more. */
    return x->rlen >= RKEY_SLIP_MIN && y->rlen >= RKEY_SLIP_MIN && x->rkey[0] == y->rkey[0] &&
           slip_between(x->rkey, x->rlen, x, y->rkey, y->rlen, y, RKEY_SLIP_MIN);
}

/* Whether a[0..fl) (the feminine) is the family name b[0..ml) (the
 * masculine) in the feminine form of Russian, Bulgarian, Polish or
 * Czech: -ov, -ev + a (Ivanova), -ski, -cki with a for i (Kowalska),
 * -sky, -skiy, -skii as -skaya or -ska, a consonant + ova (Novakova).
 * Stems of three letters at least; -in + a is left out, given names end
 * so (Martin / Martina). */
int aka__slavic_forms(const char *a, size_t fl, const char *b, size_t ml)
{
    if (ml < 5 || fl < ml || fl > ml + 3 || a[0] != b[0])
        return 0;
    if (fl == ml + 1 && a[fl - 1] == 'a' && b[ml - 1] == 'v' &&
        (b[ml - 2] == 'o' || b[ml - 2] == 'e'))
        return memcmp(a, b, ml) == 0;
    if (fl == ml && ml >= 6 && a[fl - 1] == 'a' && b[ml - 1] == 'i' &&
        b[ml - 2] == 'k' && (b[ml - 3] == 's' || b[ml - 3] == 'c'))
        return memcmp(a, b, ml - 1) == 0;
    if (fl == ml + 3 && memcmp(a + ml, "ova", 3) == 0 && !aka__vowel_y(b[ml - 1]))
        return memcmp(a, b, ml) == 0;
    /* -sky, -skiy, -skii / -skaya, -ska; and as the romanisation keys
     * write them, -ski / -skaja (Pokrovskii / Pokrowskaja) */
    size_t ms = memcmp(b + ml - 3, "sky", 3) == 0 || memcmp(b + ml - 3, "ski", 3) == 0
                    ? ml - 3
                : memcmp(b + ml - 4, "skiy", 4) == 0 || memcmp(b + ml - 4, "skii", 4) == 0
                    ? ml - 4
                    : 0;
    if (ms >= 3 && ((fl == ms + 5 && (memcmp(a + ms, "skaya", 5) == 0 ||
                                      memcmp(a + ms, "skaja", 5) == 0)) ||
                    (fl == ms + 3 && memcmp(a + ms, "ska", 3) == 0)))
        return memcmp(a, b, ms) == 0;
    return 0;
}

int aka__slavic_pair(const char *x, size_t lx, const char *y, size_t ly)
{
    return aka__slavic_forms(x, lx, y, ly) || aka__slavic_forms(y, ly, x, lx);
}

/* A Slavic family name in its feminine and its masculine form, as written
 * or as the romanisation keys read them (Mihailova / Mihaylov). Between
 * two names of one person it is a clerk's choice of form, as a slip is:
 * her records written abroad give her father's or husband's form. (The
 * matcher keeps the two forms apart: Sharapov is not Sharapova.) */
static int gender_forms(const aka__nunit *x, const aka__nunit *y)
{
    return aka__slavic_pair(x->tok, x->len, y->tok, y->len) ||
           (x->rlen && y->rlen && aka__slavic_pair(x->rkey, x->rlen, y->rkey, y->rlen));
}

/* The token of the shorter of a and b (put first) that no token of the
 * longer is written like, when it is the only one, with the longer's
 * tokens met in *used; -1 when all are alike or two or more are not, or
 * when the shorter has fewer than min_n tokens. */
static int odd_token(const aka__nameform **a, const aka__nameform **b, int min_n,
                     unsigned *used)
{
    /* The shorter name's tokens each meet one of the longer's: all alike
     * but one; the longer may keep one token over (a middle name left
     * out). */
    if ((*a)->n > (*b)->n) {
        const aka__nameform *t = *a;
        *a = *b;
        *b = t;
    }
    const aka__nameform *x = *a, *y = *b;
    if (x->n < min_n || y->n > x->n + 1 || y->n > AKA__ALIGN_MAX_TOKENS)
        return -1;
    *used = 0;
    int odd = -1;
    for (int i = 0; i < x->n; i++) {
        int found = -1;
        for (int j = 0; j < y->n && found < 0; j++)
            if (!(*used & (1u << j)) && same_token(&x->unit[i][0], &y->unit[j][0]))
                found = j;
        if (found >= 0) {
            *used |= 1u << found;
            continue;
        }
        if (odd >= 0)
            return -1; /* a second token unlike */
        odd = i;
    }
    return odd;
}

int aka__nameform_slip(const aka__nameform *a, const aka__nameform *b)
{
    unsigned used;
    int slip = odd_token(&a, &b, 2, &used);
    if (slip < 0)
        return 0; /* no slip, or more: the matcher's levels say it all */
    for (int j = 0; j < b->n; j++) {
        if ((used & (1u << j)) || !(one_slip(&a->unit[slip][0], &b->unit[j][0]) ||
                                    gender_forms(&a->unit[slip][0], &b->unit[j][0])))
            continue;
        /* The longer name's token over is a middle name left out, not
         * its first: Amanuel Gebremedin is the father of Selam Amanuel
         * Ghebremedhin, whose name is her own before his. */
        return b->n == a->n || (used | 1u << j) & 1u;
    }
    return 0;
}

/* Whether m[0..n) is the masculine of the feminine f[0..fn): f is m with
 * an a after its final consonant (Jan / Jana, Denis / Denisa, Daniel /
 * Daniela, Karim / Karima), with an a for its final o (Roberto /
 * Roberta), la for its final el (Pavel / Pavla), or ina for its final ian
 * (Kristian / Kristina); or in Romanian, eea for a final ei (Andrei /
 * Andreea) and aela for a final ai (Mihai / Mihaela); or la or le after
 * a final l (Emmanuel / Emmanuella, Daniel / Danielle); or e after a
 * final consonant (Fatmir / Fatmire, Denis / Denise). */
static int feminine_of(const char *m, size_t n, const char *f, size_t fn)
{
    if (n < 3)
        return 0;
    if (n >= 5 && fn == n + 1 && memcmp(m + n - 2, "ei", 2) == 0 &&
        memcmp(f + n - 2, "eea", 3) == 0)
        return memcmp(m, f, n - 2) == 0;
    if (n >= 4 && fn == n + 2 && memcmp(m + n - 2, "ai", 2) == 0 &&
        memcmp(f + n - 2, "aela", 4) == 0)
        return memcmp(m, f, n - 2) == 0;
    /* an e after a final consonant (Albanian Fatmir / Fatmire, French
     * Denis / Denise; Italian Daniele and Simone are of their masculine's
     * class, which aka__given_two_sexes asks) */
    if (fn == n + 1 && f[n] == 'e' && !aka__vowel_y(m[n - 1]) && m[n - 1] != 'y')
        return memcmp(m, f, n) == 0;
    /* a final l doubled before a or e: Emmanuella, Emmanuelle, Danielle,
     * Gabrielle, Michelle */
    if (n >= 4 && fn == n + 2 && m[n - 1] == 'l' && f[n] == 'l' &&
        (f[n + 1] == 'a' || f[n + 1] == 'e'))
        return memcmp(m, f, n) == 0;
    if (fn == n + 1)
        return f[n] == 'a' && !aka__vowel_y(m[n - 1]) && memcmp(m, f, n) == 0;
    if (fn != n || n < 4)
        return 0;
    if (memcmp(m + n - 2, "el", 2) == 0 && memcmp(f + n - 2, "la", 2) == 0)
        return memcmp(m, f, n - 2) == 0;
    if (n >= 6 && memcmp(m + n - 3, "ian", 3) == 0 && memcmp(f + n - 3, "ina", 3) == 0)
        return memcmp(m, f, n - 3) == 0;
    return m[n - 1] == 'o' && f[n - 1] == 'a' && memcmp(m, f, n - 1) == 0;
}

/* Women's names that end in a consonant, whose form with a final a is
 * the same woman's in another language (Hausa Hajara, Zainaba) or a name
 * of its own, not a man's and a woman's. Sorted (strcmp); test_slip
 * checks. */
static const char *const womens_names[] = {
    "aigul",  "astrid", "aynur",  "edith",  "esther", "gulnaz", "hajar",
    "ingrid", "jasmin", "judith", "karin",  "lilian", "mariam", "maryam",
    "meryem", "miriam", "narges", "nargis", "nasrin", "nigar",  "nurgul",
    "rachel", "ruth",   "shirin", "susan",  "vivian", "yasmin", "zainab",
    "zaynab", "zeynab",
};

int aka__slip_womens_sorted(void)
{
    return aka__words_sorted(womens_names, sizeof womens_names / sizeof womens_names[0]);
}

static int womans(const char *x, size_t n)
{
    return aka__word_sorted_find(womens_names, sizeof womens_names / sizeof womens_names[0],
                                 x, n) >= 0;
}

/* Whether x and y are the Vietnamese middle names Văn and Thị, a man's
 * and a woman's (Nguyen Van Nam / Nguyen Thi Nam: a brother and a
 * sister). */
static int van_thi(const char *x, size_t nx, const char *y, size_t ny)
{
    return nx == 3 && ny == 3 &&
           ((memcmp(x, "van", 3) == 0 && memcmp(y, "thi", 3) == 0) ||
            (memcmp(x, "thi", 3) == 0 && memcmp(y, "van", 3) == 0));
}

int aka__given_two_sexes(const char *x, size_t nx, int gx, const char *y, size_t ny,
                         int gy)
{
    if (van_thi(x, nx, y, ny))
        return 1;
    /* the masculine a given name of the variant tables, the feminine not
     * of its class: a name with its last letter lost (Yev for Yeva,
     * Nadejd for Nadejda) is no given name, nor is a family name that a
     * final a lengthens (Srivastav / Srivastava) */
    if (feminine_of(x, nx, y, ny))
        return gx >= 0 && gx != gy && !womans(x, nx);
    return feminine_of(y, ny, x, nx) && gy >= 0 && gy != gx && !womans(y, ny);
}

int aka__nameform_two_sexes(const aka__nameform *a, const aka__nameform *b)
{
    unsigned used;
    int odd = odd_token(&a, &b, 1, &used);
    if (odd < 0)
        return 0;
    for (int j = 0; j < b->n; j++)
        if (!(used & (1u << j))) {
            const aka__nunit *x = &a->unit[odd][0], *y = &b->unit[j][0];
            if (aka__given_two_sexes(x->tok, x->len, x->given, y->tok, y->len, y->given))
                return 1;
        }
    return 0;
}

/* Whether x and y are one edit apart, as a typist's slip makes them: a
 * letter added, dropped or put for another but the first (Hung / Dung,
 * Karina / Marina are other names), or two neighbours swapped but the
 * first two (Ahmad / Hamad). */
static int one_edit(const char *x, size_t nx, const char *y, size_t ny)
{
    /* (another first letter, or the first two swapped: Ahmad / Hamad) */
    return aka__osa(x, nx, y, ny, 1) == 1 && (nx != ny || x[0] == y[0]);
}

int aka__nameform_other_given(const aka__nameform *a, const aka__nameform *b)
{
    unsigned used;
    if (a->n != b->n)
        return 0;
    int odd = odd_token(&a, &b, 2, &used);
    if (odd < 0)
        return 0;
    const aka__nunit *x = &a->unit[odd][0];
    for (int j = 0; j < b->n; j++)
        if (!(used & (1u << j))) {
            const aka__nunit *y = &b->unit[j][0];
            /* (not a nickname and its name: Chris / Christian, Emma /
             * Emmanuel; nor one name's forms in two languages) */
            int apart = (x->given >= 0 && y->given >= 0 && y->given != x->given) ||
                        (x->family >= 0 && y->family >= 0 && y->family != x->family);
            return apart && x->len >= 3 && y->len >= 3 &&
                   !one_edit(x->tok, x->len, y->tok, y->len) &&
                   !(x->cognate >= 0 && x->cognate == y->cognate) &&
                   !aka__nickname_link_known(x->tok, x->len, x->nick, x->given, y->tok,
                                             y->len, y->nick, y->given);
        }
    return 0;
}
