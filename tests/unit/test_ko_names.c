/* Korean family names in hanja: the tables are sorted as the lookup
 * searches them, known names give their Hangul (a compound one before its
 * first character alone), other Han characters give nothing; and in a name
 * with Hangul the normaliser reads a hanja family name as Korean, where
 * elsewhere Han stays Mandarin. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <unicode/ustring.h>

#include "aka.h"
#include "unicode/ko_names.h"

/* The Hangul (UTF-8) of the family name starting s, "" when none. */
static const char *hangul(const char *s, char *out, size_t cap)
{
    UChar b[16], k[2];
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(b, 16, &n, s, -1, &ec);
    assert_false(U_FAILURE(ec));
    int32_t m = aka__ko_surname(b, n, k);
    int32_t len = 0;
    ec = U_ZERO_ERROR;
    u_strToUTF8(out, (int32_t)cap, &len, k, m, &ec);
    assert_false(U_FAILURE(ec));
    out[len] = '\0';
    return out;
}

static void test_tables(void **state)
{
    (void)state;
    char o[16];
    assert_true(aka__ko_tables_sorted());
    assert_string_equal(hangul("金", o, sizeof o), "김");
    assert_string_equal(hangul("李", o, sizeof o), "이");
    assert_string_equal(hangul("朴", o, sizeof o), "박");
    assert_string_equal(hangul("鄭", o, sizeof o), "정");
    assert_string_equal(hangul("郑", o, sizeof o), "정"); /* simplified */
    assert_string_equal(hangul("南宮", o, sizeof o), "남궁");
    assert_string_equal(hangul("南", o, sizeof o), "남");
    assert_string_equal(hangul("金서준", o, sizeof o), "김");
    assert_string_equal(hangul("小", o, sizeof o), "");
    assert_string_equal(hangul("", o, sizeof o), "");
    UChar k[2];
    assert_int_equal(aka__ko_surname(NULL, 3, k), 0);
}

static const char *norm(const char *in, char *out, size_t cap)
{
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_NAME, in, strlen(in), out, cap, &len), AKA_OK);
    return out;
}

static void test_read_in_korean_names(void **state)
{
    (void)state;
    char o[128];
    assert_string_equal(norm("金 서준", o, sizeof o), "gim seojun");
    assert_string_equal(norm("서준 金", o, sizeof o), "seojun gim");
    assert_string_equal(norm("金서준", o, sizeof o), "gim seojun");
    assert_string_equal(norm("李하은", o, sizeof o), "yi haeun");
    assert_string_equal(norm("朴 지훈", o, sizeof o), "bak jihun");
    assert_string_equal(norm("南宮 민수", o, sizeof o), "namgung minsu");
    /* without Hangul, Han is read as Mandarin */
    assert_string_equal(norm("金 小明", o, sizeof o), "jin xiaoming");
    assert_string_equal(norm("金", o, sizeof o), "jin");
    /* a given name in hanja too: left to the Han reading */
    assert_true(strncmp(norm("金瑞俊 서준", o, sizeof o), "jin", 3) == 0);
    int same = 0;
    double score = 0;
    assert_int_equal(aka_name_compare("서준 金", strlen("서준 金"), "Kim Seo-jun",
                                      strlen("Kim Seo-jun"), &score, &same),
                     AKA_OK);
    assert_true(same);
    assert_int_equal(aka_name_compare("朴 지훈", strlen("朴 지훈"), "Park Ji-hoon",
                                      strlen("Park Ji-hoon"), &score, &same),
                     AKA_OK);
    assert_true(same);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_read_in_korean_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
