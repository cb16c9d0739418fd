/* The thread context's Latin-ASCII (aka__uctx_translit with
 * AKA__TR_LATIN_ASCII) gives what ICU's own "[:Latin:] Latin-ASCII" gives,
 * code unit for code unit: it reads characters it has met from a memo
 * instead of running ICU's rules, which is exact only if the transform
 * works character by character. Every memoised character is checked alone
 * and between neighbours that could interact (letters, marks, digits,
 * other scripts, characters that expand), and whole words with
 * characters the memo does not hold. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "unicode/uctx.h"

static UTransliterator *icu;

static int setup(void **state)
{
    (void)state;
    UErrorCode e = U_ZERO_ERROR;
    icu = utrans_openU(u"[:Latin:] Latin-ASCII", -1, UTRANS_FORWARD, NULL, 0,
                       NULL, &e);
    return U_FAILURE(e) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    utrans_close(icu);
    aka__uctx_release();
    return 0;
}

/* s (n units) through ICU directly and through the context; both equal. */
static void same(const UChar *s, int32_t n)
{
    UChar want[256];
    assert_true(n < 64);
    memcpy(want, s, (size_t)n * sizeof *s);
    int32_t wlen = n, limit = n;
    UErrorCode e = U_ZERO_ERROR;
    utrans_transUChars(icu, want, &wlen, 256, 0, &limit, &e);
    assert_false(U_FAILURE(e));

    aka__uctx *c = aka__uctx_get();
    assert_non_null(c);
    aka__u16 got = {0};
    assert_int_equal(aka__u16_reserve(&got, n + 1), AKA_OK);
    memcpy(got.p, s, (size_t)n * sizeof *s);
    got.len = n;
    assert_int_equal(aka__uctx_translit(c, AKA__TR_LATIN_ASCII, &got), AKA_OK);
    if (got.len != wlen ||
        memcmp(got.p, want, (size_t)wlen * sizeof *want) != 0) {
        aka__u16_free(&got);
        fail_msg("Latin-ASCII differs from ICU for U+%04X... (%d units)",
                 (unsigned)s[0], (int)n);
    }
    aka__u16_free(&got);
}

static void for_each_memoised(void (*f)(UChar))
{
    for (UChar u = 0x80; u < 0x250; u++)
        f(u);
    for (UChar u = 0x1E00; u < 0x1F00; u++)
        f(u);
}

static void alone(UChar u)
{
    same(&u, 1);
}

/* Neighbours: ASCII letters of both cases, a digit, a space, a combining
 * acute (Inherited: outside the filter), a precomposed letter, letters
 * that expand (sharp s, ash), a Greek letter (another script), a
 * Latin letter outside the memo (U+2C65), and U+00B7 (Common). */
static const UChar nb[] = {'a', 'Z', '7', ' ', 0x0301, 0x00E9, 0x00DF,
                           0x00C6, 0x03A9, 0x2C65, 0x00B7};

static void with_neighbours(UChar u)
{
    for (size_t i = 0; i < sizeof nb / sizeof *nb; i++) {
        UChar before[2] = {nb[i], u}, after[2] = {u, nb[i]};
        same(before, 2);
        same(after, 2);
    }
    UChar twice[3] = {u, u, 0x0308};
    same(twice, 3);
}

static void test_each_character(void **state)
{
    (void)state;
    for_each_memoised(alone);
}

static void test_neighbours(void **state)
{
    (void)state;
    for_each_memoised(with_neighbours);
}

static void test_words(void **state)
{
    (void)state;
    static const char *const words[] = {
        "Dvo\xc5\x99\xc3\xa1k",                        /* Dvořák */
        "M\xc3\xbcller-L\xc3\xbc""denscheidt",          /* Müller-Lüdenscheidt */
        "\xc3\x86SCHYLUS \xc3\x86sop \xc5\x92uvre",      /* ÆSCHYLUS Æsop Œuvre */
        "fa\xc3\xa7""ade na\xc3\xafve",                 /* façade naïve */
        "Nguy\xe1\xbb\x85n \xc4\x90\xe1\xbb\xa9""c",    /* Nguyễn Đức */
        "e\xcc\x81\xcc\xa3 o\xcc\x88",                  /* decomposed marks */
        "\xc5\x81\xc3\xb3""d\xc5\xba \xd0\x9c\xd0\xb8", /* Łódź Ми */
        "\xc7\x84\xc7\x85\xc7\x86 \xc4\xb2sselmeer",   /* ǄǅǆIJsselmeer */
        "\xe1\xba\x9e\xc3\x9f \xc5\x89",                /* ẞß ŉ */
        "\xc8\xa1\xc9\x8f \xe2\xb1\xa5",                /* ȡɏ ⱥ */
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        UChar b[64];
        int32_t n = 0;
        UErrorCode e = U_ZERO_ERROR;
        u_strFromUTF8(b, 64, &n, words[i], -1, &e);
        assert_false(U_FAILURE(e));
        same(b, n);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_character),
        cmocka_unit_test(test_neighbours),
        cmocka_unit_test(test_words),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
