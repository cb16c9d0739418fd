/* The Han readings table (unicode/han_table.h, generated at build time)
 * against ICU itself: wherever aka__uctx_translit romanises Han from the
 * table, the text must be exactly what ICU's Han-Latin or Han-Latin/Names
 * writes. Expectations come from ICU here, never from the table. The
 * Latin-ASCII table (unicode/latin_table.h) is checked the same way. */
#include <stdarg.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include "unicode/han_table.h"
#include "unicode/latin_table.h"
#include "unicode/uctx.h"

#define MAXU 64

static UTransliterator *icu[2]; /* Han-Latin, Han-Latin/Names */
static const aka__tr ids[2] = {AKA__TR_HAN, AKA__TR_HAN_NAMES};

static int open_icu(void **state)
{
    (void)state;
    UErrorCode e = U_ZERO_ERROR;
    icu[0] = utrans_openU(u"Han-Latin", -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    icu[1] = utrans_openU(u"Han-Latin/Names", -1, UTRANS_FORWARD, NULL, 0,
                          NULL, &e);
    return U_FAILURE(e) ? -1 : 0;
}

static int close_icu(void **state)
{
    (void)state;
    utrans_close(icu[0]);
    utrans_close(icu[1]);
    aka__uctx_release();
    return 0;
}

/* ICU's output for s[0, n) in `mode`. */
static int32_t by_icu(int mode, const UChar *s, int32_t n, UChar *out)
{
    UChar buf[MAXU * 8];
    memcpy(buf, s, (size_t)n * sizeof(UChar));
    int32_t len = n, limit = n;
    UErrorCode e = U_ZERO_ERROR;
    utrans_transUChars(icu[mode], buf, &len, MAXU * 8, 0, &limit, &e);
    assert_false(U_FAILURE(e));
    memcpy(out, buf, (size_t)len * sizeof(UChar));
    return len;
}

/* The table's answer compared with ICU's (`want`, or asked here when
 * NULL); 1 when the table answered. With `whole`, through
 * aka__uctx_translit (table or ICU, as in the library). */
static int check_with(int mode, const UChar *s, int32_t n, int whole,
                      const UChar *want, int32_t wn)
{
    aka__uctx *c = aka__uctx_get();
    assert_non_null(c);
    aka__u16 b = {0};
    assert_int_equal(aka__u16_reserve(&b, n + 1), AKA_OK);
    memcpy(b.p, s, (size_t)n * sizeof(UChar));
    b.len = n;
    aka_status st = AKA_OK;
    int took;
    if (whole) {
        took = 1;
        st = aka__uctx_translit(c, ids[mode], &b);
    } else {
        took = aka__uctx_han_fast(c, ids[mode], &b, &st);
    }
    assert_int_equal(st, AKA_OK);
    if (took) {
        UChar buf[MAXU * 8];
        if (!want) {
            wn = by_icu(mode, s, n, buf);
            want = buf;
        }
        assert_int_equal(b.len, wn);
        assert_memory_equal(b.p, want, (size_t)wn * sizeof(UChar));
    } else {
        /* text left for ICU is untouched */
        assert_int_equal(b.len, n);
        assert_memory_equal(b.p, s, (size_t)n * sizeof(UChar));
    }
    aka__u16_free(&b);
    return took;
}

static int check(int mode, const UChar *s, int32_t n, int whole)
{
    return check_with(mode, s, n, whole, NULL, 0);
}

/* Characters ICU's Names reads otherwise than Han-Latin (alone, or after
 * 一), as test_every_char finds them, then those of the rules of context
 * and 一 itself. */
static UChar special[256];
static size_t nspecial;

static size_t special_chars(const UChar **v)
{
    assert_true(nspecial > 0); /* test_every_char runs first */
    *v = special;
    return nspecial;
}

/* Every character of the table's range alone, in both modes. Most must be
 * answered by the table (a table generated empty would pass otherwise). */
static void test_every_char(void **state)
{
    (void)state;
    int took[2] = {0, 0};
    UChar one[2] = {0x4E00, 0};
    UChar yi[MAXU * 8];
    int32_t yn = by_icu(0, one, 1, yi);
    for (UChar u = AKA__HAN_LO; u < AKA__HAN_HI; u++) {
        UChar a[MAXU * 8], b[MAXU * 8];
        int32_t an = by_icu(0, &u, 1, a);
        int32_t bn = by_icu(1, &u, 1, b);
        took[0] += check_with(0, &u, 1, 0, a, an);
        took[1] += check_with(1, &u, 1, 0, b, bn);
        if (an == 1 && a[0] == u)
            continue; /* ICU has no reading for it */
        int differs = an != bn || memcmp(a, b, (size_t)an * sizeof(UChar));
        if (!differs) {
            one[1] = u;
            UChar two[MAXU * 8];
            int32_t tn = by_icu(1, one, 2, two);
            differs = tn != yn + 1 + an ||
                      memcmp(two + yn + 1, a, (size_t)an * sizeof(UChar));
        }
        if (differs && nspecial < 200)
            special[nspecial++] = u;
    }
    assert_true(took[0] > 26000);
    assert_true(took[1] > 26000);
    assert_true(aka__han_nctx + aka__han_nnctx < 20);
    for (uint32_t k = 0; k < aka__han_nctx; k++) {
        special[nspecial++] = aka__han_ctx[k].cp;
        special[nspecial++] = aka__han_ctx[k].next;
    }
    for (uint32_t k = 0; k < aka__han_nnctx; k++) {
        special[nspecial++] = aka__han_nctx_pairs[k].cp;
        special[nspecial++] = aka__han_nctx_pairs[k].next;
    }
    special[nspecial++] = 0x4E00;
}

/* Every ordered pair of those characters, and each of them before and
 * after a common character. */
static void test_special_pairs(void **state)
{
    (void)state;
    const UChar *v;
    size_t n = special_chars(&v);
    print_message("%zu characters read otherwise by Names or in context\n", n);
    /* ICU's Names has about 40 rules of its own */
    assert_true(n > 30 && n < 100);
    static const UChar common[] = {0x738B, 0x674E, 0x5C0F, 0x660E, 0x5A1C};
    for (int mode = 0; mode < 2; mode++) {
        for (size_t i = 0; i < n; i++) {
            for (size_t j = 0; j < n; j++) {
                UChar s[3] = {v[i], v[j], common[(i + j) % 5]};
                check(mode, s, 2, 0);
                check(mode, s, 3, 0);
            }
            UChar s[3] = {common[i % 5], v[i], common[(i + 1) % 5]};
            check(mode, s, 2, 0);
            check(mode, s, 3, 0);
        }
    }
}

/* The rules of context, by name: the table must leave these to ICU
 * (Han-Latin's first four, which Names applies too, and Names' own). */
static void test_context_rules(void **state)
{
    (void)state;
    static const UChar *const pairs[] = {
        u"藏文", u"重庆", u"沈阳", u"秘鲁", u"令狐", u"万俟", u"澹台", u"长孙",
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        UChar s[3] = {0x738B, pairs[i][0], pairs[i][1]};
        for (int mode = i < 4 ? 0 : 1; mode < 2; mode++) {
            assert_int_equal(check(mode, pairs[i], 2, 0), 0);
            assert_int_equal(check(mode, s, 3, 0), 0);
        }
        for (int mode = 0; mode < 2; mode++) {
            check(mode, pairs[i], 2, 1);
            check(mode, s, 3, 1);
        }
    }
    /* the usual names go by the table */
    assert_int_equal(check(1, u"习近平", 3, 0), 1);
    assert_int_equal(check(1, u"欧阳娜娜", 4, 0), 1);
    assert_int_equal(check(0, u"北京", 2, 0), 1);
}

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 16);
}

/* Seeded random strings of 2 to 6 characters: Han of the whole range,
 * Han of the special characters above, and (through aka__uctx_translit)
 * text with separators and other letters, which must go to ICU. */
static void test_random(void **state)
{
    (void)state;
    const UChar *v;
    size_t nv = special_chars(&v);
    static const UChar other[] = {' ', 0x00B7, 0x30FB, '-', 'A', 0x3042};
    int took = 0;
    for (int round = 0; round < 3000; round++) {
        UChar s[6];
        int32_t n = 2 + (int32_t)(next_rand() % 5);
        for (int32_t i = 0; i < n; i++) {
            uint32_t r = next_rand();
            if (r % 4 == 0)
                s[i] = v[(r >> 2) % nv];
            else
                s[i] = (UChar)(AKA__HAN_LO + (r >> 2) % (AKA__HAN_HI - AKA__HAN_LO));
        }
        int mode = round & 1;
        took += check(mode, s, n, 0);
        if (round % 10 == 0) {
            s[next_rand() % (uint32_t)n] = other[next_rand() % 6];
            assert_int_equal(check(mode, s, n, 0), 0);
            check(mode, s, n, 1);
        }
    }
    print_message("random: %d of 3000 by the table\n", took);
    assert_true(took > 2000);
}

/* Latin-ASCII through aka__uctx_translit (its table, or ICU for text
 * with other characters) against ICU's transform: every character of the
 * table alone, and seeded random words mixing them with ASCII. */
static void test_latin_ascii(void **state)
{
    (void)state;
    UErrorCode e = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(u"[:Latin:] Latin-ASCII", -1,
                                      UTRANS_FORWARD, NULL, 0, NULL, &e);
    assert_false(U_FAILURE(e));
    aka__uctx *c = aka__uctx_get();
    assert_non_null(c);
    UChar chars[AKA__LA_SLOTS];
    unsigned n = 0;
    for (UChar u = AKA__LA_LO1; u < AKA__LA_HI1; u++)
        chars[n++] = u;
    for (UChar u = AKA__LA_LO2; u < AKA__LA_HI2; u++)
        chars[n++] = u;
    assert_int_equal(n, AKA__LA_SLOTS);
    for (unsigned round = 0; round < n + 2000; round++) {
        UChar s[8];
        int32_t len = 1;
        s[0] = chars[round % n];
        if (round >= n) {
            len = 2 + (int32_t)(next_rand() % 6);
            for (int32_t i = 0; i < len; i++) {
                uint32_t r = next_rand();
                s[i] = r % 3 ? chars[(r >> 2) % n] : (UChar)('a' + (r >> 2) % 26);
            }
        }
        UChar want[64];
        memcpy(want, s, (size_t)len * sizeof(UChar));
        int32_t wn = len, limit = len;
        e = U_ZERO_ERROR;
        utrans_transUChars(t, want, &wn, 64, 0, &limit, &e);
        assert_false(U_FAILURE(e));
        aka__u16 b = {0};
        assert_int_equal(aka__u16_reserve(&b, len + 1), AKA_OK);
        memcpy(b.p, s, (size_t)len * sizeof(UChar));
        b.len = len;
        assert_int_equal(aka__uctx_translit(c, AKA__TR_LATIN_ASCII, &b), AKA_OK);
        assert_int_equal(b.len, wn);
        assert_memory_equal(b.p, want, (size_t)wn * sizeof(UChar));
        aka__u16_free(&b);
    }
    utrans_close(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_char),
        cmocka_unit_test(test_special_pairs),
        cmocka_unit_test(test_context_rules),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_latin_ascii),
    };
    return cmocka_run_group_tests(tests, open_icu, close_icu);
}
