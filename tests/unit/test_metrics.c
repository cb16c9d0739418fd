/* String metrics: hand-computed values, agreement with plain textbook
 * implementations written here on many random pairs (both the bit-parallel
 * and the fallback paths, with and without cut-offs), and the published
 * jellyfish values when ../shared/data is present. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include <cmocka.h>

#include "match/metrics.h"

#define MAXLEN 200

/* ---- textbook references ---- */

static int min3(int x, int y, int z)
{
    int m = x < y ? x : y;
    return m < z ? m : z;
}

/* Full Wagner-Fischer matrix; with osa, the restricted transposition. */
static int ref_edit(const char *a, size_t na, const char *b, size_t nb,
                    int osa)
{
    static int d[MAXLEN + 1][MAXLEN + 1];
    for (size_t i = 0; i <= na; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= nb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= na; i++)
        for (size_t j = 1; j <= nb; j++) {
            int cost = a[i - 1] != b[j - 1];
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1,
                           d[i - 1][j - 1] + cost);
            if (osa && i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
                a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < d[i][j])
                d[i][j] = d[i - 2][j - 2] + 1;
        }
    return d[na][nb];
}

/* jellyfish's Jaro(-Winkler), transcribed loop for loop. */
static double ref_jw(const char *a, size_t na, const char *b, size_t nb,
                     int winkler, double scale)
{
    if (!na || !nb)
        return 0.0;
    size_t longer = na > nb ? na : nb, minl = na < nb ? na : nb;
    long range = (long)(longer / 2) - 1;
    if (range < 0)
        range = 0;
    char af[MAXLEN] = {0}, bf[MAXLEN] = {0};
    size_t common = 0;
    for (size_t i = 0; i < na; i++) {
        long low = (long)i - range > 0 ? (long)i - range : 0;
        long hi = (long)i + range < (long)nb - 1 ? (long)i + range
                                                 : (long)nb - 1;
        for (long j = low; j <= hi; j++)
            if (!bf[j] && b[j] == a[i]) {
                af[i] = bf[j] = 1;
                common++;
                break;
            }
    }
    if (!common)
        return 0.0;
    size_t k = 0, trans = 0;
    for (size_t i = 0; i < na; i++) {
        if (!af[i])
            continue;
        size_t j;
        for (j = k; j < nb; j++)
            if (bf[j]) {
                k = j + 1;
                break;
            }
        if (a[i] != b[j])
            trans++;
    }
    trans /= 2;
    double c = (double)common;
    double w = (c / (double)na + c / (double)nb + (c - (double)trans) / c) /
               3.0;
    if (!winkler || w <= 0.7)
        return w;
    size_t lim = minl < 4 ? minl : 4, p = 0;
    while (p < lim && a[p] == b[p])
        p++;
    if (p)
        w += (double)p * scale * (1.0 - w);
    return w;
}

/* ---- hand-computed values ---- */

#define S(x) x, sizeof x - 1

static void test_hand_levenshtein(void **state)
{
    (void)state;
    assert_int_equal(aka__lev(NULL, 0, NULL, 0, -1), 0);
    assert_int_equal(aka__lev(S("abc"), NULL, 0, -1), 3);
    assert_int_equal(aka__lev(S("kitten"), S("sitting"), -1), 3);
    assert_int_equal(aka__lev(S("saturday"), S("sunday"), -1), 3);
    assert_int_equal(aka__lev(S("flaw"), S("lawn"), -1), 2);
    assert_int_equal(aka__lev(S("ab"), S("ba"), -1), 2);
    /* cut-offs: exact up to max, max + 1 beyond */
    assert_int_equal(aka__lev(S("kitten"), S("sitting"), 3), 3);
    assert_int_equal(aka__lev(S("kitten"), S("sitting"), 2), 3);
    assert_int_equal(aka__lev(S("kitten"), S("sitting"), 0), 1);
    assert_int_equal(aka__lev(S("abc"), S("abc"), 0), 0);
    assert_int_equal(aka__lev(S("a"), S("abcdef"), 1), 2);
    /* bytes are symbols: high bytes too */
    assert_int_equal(aka__lev(S("\xc3\xa9t\xc3\xa9"), S("ete"), -1), 4);
    assert_int_equal(aka__lev(S("\xff\x80"), S("\x80\xff"), -1), 2);
    /* 64 and 65 bytes: the word boundary and the DP fallback */
    char x[130], y[130];
    for (int i = 0; i < 130; i++) {
        x[i] = (char)('a' + i % 7);
        y[i] = x[i];
    }
    y[0] = 'z';
    y[63] = 'z';
    assert_int_equal(aka__lev(x, 64, y, 64, -1), 2);
    y[64] = 'z';
    assert_int_equal(aka__lev(x, 65, y, 65, -1), 3);
    assert_int_equal(aka__lev(x, 65, y, 65, 2), 3);
    assert_int_equal(aka__lev(x, 130, y, 130, -1), 3);
    assert_int_equal(aka__lev(x, 130, y + 1, 129, -1), 3);
}

static void test_hand_osa(void **state)
{
    (void)state;
    assert_int_equal(aka__osa(S("ab"), S("ba"), -1), 1);
    assert_int_equal(aka__lev(S("ab"), S("ba"), -1), 2);
    /* restricted: the transposed pair may not be edited again */
    assert_int_equal(aka__osa(S("ca"), S("abc"), -1), 3);
    assert_int_equal(aka__osa(S("fuor"), S("four"), -1), 1);
    assert_int_equal(aka__osa(S("ifhs"), S("fish"), -1), 2);
    assert_int_equal(aka__osa(S("abcd"), S("acb"), -1), 2);
    assert_int_equal(aka__osa(S("mohammed"), S("mohamemd"), -1), 1);
    assert_int_equal(aka__osa(S("mohammed"), S("mohamemd"), 0), 1);
    assert_int_equal(aka__osa(S("abcdef"), S("badcfe"), 2), 3);
    assert_int_equal(aka__osa(S("abcdef"), S("badcfe"), 3), 3);
}

static void test_hand_jaro(void **state)
{
    (void)state;
    /* martha/marhta: m = 6, t = 1: (1 + 1 + 5/6) / 3 */
    assert_true(fabs(aka__jaro(S("martha"), S("marhta")) - 17.0 / 18.0) <
                1e-15);
    /* + 3 * 0.1 * (1 - j) */
    assert_true(fabs(aka__jaro_winkler(S("martha"), S("marhta"), 0.1, 0) -
                     (17.0 / 18.0 + 0.3 / 18.0)) < 1e-15);
    /* dwayne/duane: m = 4, t = 0: (4/6 + 4/5 + 1) / 3 = 37/45 */
    assert_true(fabs(aka__jaro(S("dwayne"), S("duane")) - 37.0 / 45.0) <
                1e-15);
    assert_true(aka__jaro(S("abc"), S("xyz")) == 0.0);
    assert_true(aka__jaro(NULL, 0, NULL, 0) == 0.0);
    assert_true(aka__jaro(S("a"), S("a")) == 1.0);
    assert_true(aka__jaro_winkler(S("abc"), S("abc"), 0.1, 0.99) == 1.0);
    /* no boost at or below 0.7: "abcd"/"abxy" has jaro 2/3 */
    assert_true(fabs(aka__jaro_winkler(S("abcd"), S("abxy"), 0.1, 0) -
                     2.0 / 3.0) < 1e-15);
    /* the cut-off prunes what cannot reach it... */
    assert_true(aka__jaro_winkler(S("ab"), S("abcdefghij"), 0.1, 0.9) == 0.0);
    /* (by the match count: 3 of 6, so at most (1/2 + 1/2 + 1) / 3) */
    assert_true(aka__jaro_winkler(S("abcdef"), S("abcxyz"), 0.1, 0.9) == 0.0);
    assert_true(aka__jaro_winkler(S("abcdef"), S("abcxyz"), 0.1, 0.6) ==
                2.0 / 3.0);
    /* ...and leaves exact anything that reaches it */
    double jw = aka__jaro_winkler(S("martha"), S("marhta"), 0.1, 0);
    assert_true(aka__jaro_winkler(S("martha"), S("marhta"), 0.1, jw) == jw);
    /* lev_sim */
    assert_true(aka__lev_sim(NULL, 0, NULL, 0) == 1.0);
    assert_true(aka__lev_sim(S("abc"), NULL, 0) == 0.0);
    assert_true(fabs(aka__lev_sim(S("kitten"), S("sitting")) - 4.0 / 7.0) <
                1e-15);
}

/* ---- random pairs against the references ---- */

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)((rng >> 32) % n);
}

/* Names in the matcher are short, but the fallback starts at 65 bytes:
 * a third of the pairs are long so that both paths get thousands. */
static size_t rand_len(void)
{
    return rnd(3) == 0 ? 55 + rnd(26) : rnd(81);
}

static void rand_str(char *s, size_t n, int alpha)
{
    for (size_t i = 0; i < n; i++)
        s[i] = alpha == 256 ? (char)rnd(256) : (char)('a' + rnd((uint32_t)alpha));
}

static void check_cut(int got, int exact, int max)
{
    if (max < 0 || exact <= max)
        assert_int_equal(got, exact);
    else
        assert_int_equal(got, max + 1);
}

static void test_random_against_reference(void **state)
{
    (void)state;
    char a[MAXLEN], b[MAXLEN];
    long long bitpar = 0, fallback = 0;
    for (int round = 0; round < 24000; round++) {
        /* mostly 3-5 letters to produce many matches and transpositions;
         * some rounds over all 256 bytes */
        int alpha = round % 10 == 9 ? 256 : 3 + (int)rnd(3);
        size_t na = rand_len(), nb = rand_len();
        rand_str(a, na, alpha);
        /* half the time b is a mutation of a, so distances are small and
         * the cut-offs are near the answer */
        if (rnd(2) && na > 0) {
            nb = na;
            memcpy(b, a, na);
            int edits = (int)rnd(6);
            for (int e = 0; e < edits && nb > 1 && nb < MAXLEN; e++) {
                size_t p = rnd((uint32_t)nb - 1);
                switch (rnd(4)) {
                case 0: b[p] = (char)('a' + rnd(5)); break;
                case 1: { char c = b[p]; b[p] = b[p + 1]; b[p + 1] = c; } break;
                case 2: memmove(b + p, b + p + 1, nb - p - 1); nb--; break;
                default: memmove(b + p + 1, b + p, nb - p); b[p] = 'a'; nb++;
                }
            }
        } else {
            rand_str(b, nb, alpha);
        }
        size_t shorter = na < nb ? na : nb;
        if (shorter <= 64)
            bitpar++;
        else
            fallback++;
        int lev = ref_edit(a, na, b, nb, 0);
        int osa = ref_edit(a, na, b, nb, 1);
        int max = (int)rnd(12) - 1;
        assert_int_equal(aka__lev(a, na, b, nb, -1), lev);
        assert_int_equal(aka__osa(a, na, b, nb, -1), osa);
        check_cut(aka__lev(a, na, b, nb, max), lev, max);
        check_cut(aka__osa(a, na, b, nb, max), osa, max);
        check_cut(aka__lev(a, na, b, nb, lev), lev, lev);
        check_cut(aka__lev(a, na, b, nb, lev - 1), lev, lev - 1);
        check_cut(aka__osa(a, na, b, nb, osa), osa, osa);
        check_cut(aka__osa(a, na, b, nb, osa - 1), osa, osa - 1);

        double j = ref_jw(a, na, b, nb, 0, 0.1);
        double jw = ref_jw(a, na, b, nb, 1, 0.1);
        assert_true(fabs(aka__jaro(a, na, b, nb) - j) <= 1e-12);
        assert_true(fabs(aka__jaro_winkler(a, na, b, nb, 0.1, 0) - jw) <=
                    1e-12);
        double cut = (double)rnd(1001) / 1000.0;
        double got = aka__jaro_winkler(a, na, b, nb, 0.1, cut);
        if (jw >= cut + 1e-12)
            assert_true(fabs(got - jw) <= 1e-12);
        else
            assert_true(got == 0.0 || fabs(got - jw) <= 1e-12);
        size_t longer = na > nb ? na : nb;
        double ls = longer ? 1.0 - (double)lev / (double)longer : 1.0;
        assert_true(fabs(aka__lev_sim(a, na, b, nb) - ls) <= 1e-12);
    }
    /* the split above must really exercise both paths */
    assert_true(bitpar > 5000);
    assert_true(fallback > 1000);
}

/* ---- published vectors ---- */

/* The data sit beside the project (../shared/data); a checkout elsewhere,
 * e.g. a git worktree, names the folder in AKA_SHARED_DATA. */
static FILE *open_data(const char *rel)
{
    const char *dir = getenv("AKA_SHARED_DATA");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s",
             dir && *dir ? dir : AKA_SOURCE_DIR "/../shared/data", rel);
    return fopen(path, "r");
}

/* One CSV line into at most nf fields (quoted fields, "" escapes); the
 * fields point into line. Returns the number of fields. */
static int csv_split(char *line, char **f, size_t *len, int nf)
{
    int n = 0;
    char *p = line;
    while (n < nf) {
        char *out = p;
        f[n] = p;
        if (*p == '"') {
            p++;
            for (;;) {
                if (*p == '"' && p[1] == '"') {
                    *out++ = '"';
                    p += 2;
                } else if (*p == '"') {
                    p++;
                    break;
                } else if (*p == '\0') {
                    break;
                } else {
                    *out++ = *p++;
                }
            }
        } else {
            while (*p && *p != ',' && *p != '\n' && *p != '\r')
                *out++ = *p++;
        }
        len[n] = (size_t)(out - f[n]);
        n++;
        if (*p != ',')
            break;
        p++;
    }
    return n;
}

static int ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] > 127)
            return 0;
    return 1;
}

typedef void (*csv_row)(char **f, size_t *len, int *checked);

static int csv_each(const char *name, csv_row fn)
{
    char rel[256];
    snprintf(rel, sizeof rel, "jellyfish_testdata/%s", name);
    FILE *fp = open_data(rel);
    if (!fp)
        return -1;
    char line[1024];
    int checked = 0;
    while (fgets(line, sizeof line, fp)) {
        char *f[4];
        size_t len[4];
        if (csv_split(line, f, len, 4) >= 3)
            fn(f, len, &checked);
    }
    fclose(fp);
    return checked;
}

static void row_lev(char **f, size_t *len, int *checked)
{
    assert_int_equal(aka__lev(f[0], len[0], f[1], len[1], -1), atoi(f[2]));
    (*checked)++;
}

/* jellyfish's Damerau distance is unrestricted, and it counts code points:
 * OSA can only be larger, and must be equal where our textbook OSA says
 * the two agree. */
static void row_osa(char **f, size_t *len, int *checked)
{
    if (!ascii(f[0], len[0]) || !ascii(f[1], len[1]))
        return;
    int want = atoi(f[2]);
    int got = aka__osa(f[0], len[0], f[1], len[1], -1);
    assert_true(got >= want);
    if (ref_edit(f[0], len[0], f[1], len[1], 1) == want) {
        assert_int_equal(got, want);
        (*checked)++;
    }
}

/* Published to 3 decimals: agree after rounding. */
static void row_jaro(char **f, size_t *len, int *checked)
{
    double want = atof(f[2]);
    double got = aka__jaro(f[0], len[0], f[1], len[1]);
    assert_true(fabs(got - want) <= 0.0005 + 1e-9);
    (*checked)++;
}

static void row_jw(char **f, size_t *len, int *checked)
{
    double want = atof(f[2]);
    double got = aka__jaro_winkler(f[0], len[0], f[1], len[1], 0.1, 0);
    assert_true(fabs(got - want) <= 0.0005 + 1e-9);
    (*checked)++;
}

static void test_jellyfish_csv(void **state)
{
    (void)state;
    int n = csv_each("levenshtein.csv", row_lev);
    if (n < 0)
        skip(); /* ../shared/data is not part of a clean clone */
    assert_int_equal(n, 6);
    assert_true(csv_each("damerau_levenshtein.csv", row_osa) >= 7);
    assert_int_equal(csv_each("jaro_distance.csv", row_jaro), 5);
    assert_int_equal(csv_each("jaro_winkler.csv", row_jw), 17);
}

/* 18k real name pairs with jellyfish 0.8.9's outputs, printed to 6
 * decimals. Columns: source s1 s2 jf_levenshtein jf_damerau_levenshtein
 * jf_hamming jf_jaro jf_jaro_winkler ... */
static void test_peer_vectors(void **state)
{
    (void)state;
    FILE *fp = open_data("peer_reference_vectors/name_pairs_peer_outputs.tsv");
    if (!fp)
        skip();
    char line[2048];
    int rows = 0;
    assert_non_null(fgets(line, sizeof line, fp)); /* header */
    while (fgets(line, sizeof line, fp)) {
        char *col[9];
        int nc = 0;
        char *p = line;
        while (nc < 9) {
            col[nc++] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        assert_int_equal(nc, 9);
        const char *a = col[1], *b = col[2];
        size_t na = strlen(a), nb = strlen(b);
        int lev = atoi(col[3]), dl = atoi(col[4]);
        assert_int_equal(aka__lev(a, na, b, nb, -1), lev);
        assert_int_equal(aka__lev(a, na, b, nb, 2), lev <= 2 ? lev : 3);
        int osa = aka__osa(a, na, b, nb, -1);
        assert_true(osa >= dl && osa <= lev);
        assert_int_equal(osa, ref_edit(a, na, b, nb, 1));
        assert_true(fabs(aka__jaro(a, na, b, nb) - atof(col[6])) <=
                    0.5e-6 + 1e-9);
        assert_true(fabs(aka__jaro_winkler(a, na, b, nb, 0.1, 0) -
                         atof(col[7])) <= 0.5e-6 + 1e-9);
        rows++;
    }
    fclose(fp);
    assert_true(rows > 18000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hand_levenshtein),
        cmocka_unit_test(test_hand_osa),
        cmocka_unit_test(test_hand_jaro),
        cmocka_unit_test(test_random_against_reference),
        cmocka_unit_test(test_jellyfish_csv),
        cmocka_unit_test(test_peer_vectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
