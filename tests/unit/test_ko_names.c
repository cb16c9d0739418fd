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

/* aka__korean_name's reading of s, "" when none. */
static const char *ko(const char *s, char out[AKA__KO_NAME_MAX + 1])
{
    size_t n = aka__korean_name(s, strlen(s), out);
    assert_true(n <= AKA__KO_NAME_MAX);
    out[n] = '\0';
    return out;
}

/* A name in Han alone read as Koreans say it: traditional and simplified
 * characters, a compound family name, spaces and middle dots between, a
 * given name opening with ㄹ or ㄴ as the South says it at a word's start
 * (李龍 이용, 柳寧 류영, but 金正烈 keeps 렬 after its first syllable);
 * no reading for a family name the table lacks, a lone character, a
 * character outside the block, kana, Latin, or six characters. */
static void test_korean_name(void **state)
{
    (void)state;
    char o[AKA__KO_NAME_MAX + 1];
    assert_string_equal(ko("金正恩", o), "김정은");
    assert_string_equal(ko("朴槿惠", o), "박근혜");
    assert_string_equal(ko("朴志勋", o), "박지훈"); /* 勋: simplified 勳 */
    assert_string_equal(ko("尹錫悅", o), "윤석열");
    assert_string_equal(ko("李 明博", o), "이명박");
    assert_string_equal(ko("南宮·民", o), "남궁민");
    assert_string_equal(ko("李龍", o), "이용");
    assert_string_equal(ko("柳寧", o), "류영");
    assert_string_equal(ko("金正烈", o), "김정렬");
    assert_string_equal(ko("小明", o), "");
    assert_string_equal(ko("金", o), "");
    assert_string_equal(ko("金さくら", o), "");
    assert_string_equal(ko("金 Minjun", o), "");
    assert_string_equal(ko("金正恩正恩正", o), "");
    assert_string_equal(ko("", o), "");
    /* aka_name_compare reads a Han name so against one in Hangul alone,
     * or in Latin letters with a Korean family name */
    static const char *const pairs[][2] = {{"金正恩", "김정은"}, {"李明博", "이명박"},
                                           {"朴志勋", "박지훈"}, {"金正恩", "Kim Jong Un"},
                                           {"朴槿惠", "Park Geun-hye"},
                                           {"文在寅", "Moon Jae-in"}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        int same = 0;
        double score = 0;
        assert_int_equal(aka_name_compare(pairs[k][0], strlen(pairs[k][0]), pairs[k][1],
                                          strlen(pairs[k][1]), &score, &same),
                         AKA_OK);
        assert_true(same);
        assert_int_equal(aka_name_compare(pairs[k][1], strlen(pairs[k][1]), pairs[k][0],
                                          strlen(pairs[k][0]), &score, &same),
                         AKA_OK);
        assert_true(same);
    }
    /* two people: another given name */
    int same = 1;
    assert_int_equal(aka_name_compare("金正恩", strlen("金正恩"), "김정남",
                                      strlen("김정남"), NULL, &same),
                     AKA_OK);
    assert_false(same);
    assert_int_equal(aka_name_compare("金正恩", strlen("金正恩"), "Kim Jong Nam",
                                      strlen("Kim Jong Nam"), NULL, &same),
                     AKA_OK);
    assert_false(same);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_read_in_korean_names),
        cmocka_unit_test(test_korean_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
