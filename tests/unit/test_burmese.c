/* Burmese names in Latin letters: the syllables are sorted as they are
 * searched and classed; a name of them is taken for Burmese only with a
 * syllable of its own; and between two Burmese names a syllable left out
 * is another name, an honorific left out is not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "match/burmese.h"

static int token(const char *s)
{
    return aka__my_token(s, strlen(s));
}

static void test_syllables(void **state)
{
    (void)state;
    assert_true(aka__my_sorted());
    static const char *const distinct[] = {"aung", "kyaw", "myint", "htet",
                                           "hnin", "thidar", "zaw", "naing"};
    for (size_t i = 0; i < sizeof distinct / sizeof distinct[0]; i++)
        assert_int_equal(token(distinct[i]), AKA__MY_DISTINCT);
    static const char *const shared[] = {"win", "tun", "min", "su", "linn"};
    for (size_t i = 0; i < sizeof shared / sizeof shared[0]; i++)
        assert_int_equal(token(shared[i]), AKA__MY_SYLLABLE);
    static const char *const honorific[] = {"u", "daw", "ko", "maung", "ma"};
    for (size_t i = 0; i < sizeof honorific / sizeof honorific[0]; i++)
        assert_int_equal(token(honorific[i]), AKA__MY_HONORIFIC);
    static const char *const other[] = {"john", "aun", "aungg", "kyawx", "",
                                        "smith", "zzz"};
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
        assert_int_equal(token(other[i]), 0);
    assert_int_equal(aka__my_token(NULL, 3), 0);
    assert_int_equal(aka__my_token("myintmyint", 10), 0);
}

static int same(const char *a, const char *b, double *score)
{
    int s = -1;
    assert_int_equal(aka_name_compare(a, strlen(a), b, strlen(b), score, &s),
                     AKA_OK);
    return s;
}

static void test_names(void **state)
{
    (void)state;
    double sc;
    /* a syllable left out: another person */
    assert_false(same("Linn Paing", "Linn Zinn Paing", &sc));
    assert_false(same("Aung Thet", "Aung Mo Yay Thet", &sc));
    assert_false(same("Hein Phyo", "Hein Thet Phyo", &sc));
    assert_false(same("Thien Myint", "Thet Myint San Thien", &sc));
    /* an honorific left out, another spelling, the native script: one */
    assert_true(same("Maung Htat Kaung", "Htat Kaung", &sc));
    assert_true(same("U Min Htun", "Min Htun", &sc));
    assert_true(same("Daw Myat Mo", "Myat Mo", &sc));
    assert_true(same("Aung Mo Yay Thet", "Aung Moe Yay Thet", &sc));
    /* the popular spellings' r for a long a and ay for e after w */
    assert_true(same("Thin Thin Zar", "Thin Thin Za", &sc));
    assert_true(same("Aye Aye Nwe", "Aye Aye Nway", &sc));
    assert_true(same("Myo Min Htwe", "Myo Min Htway", &sc));
    assert_false(same("Swe", "Sweet", &sc));
    assert_true(same("Soe Hein", "\xe1\x80\x85\xe1\x80\xad\xe1\x80\xaf\xe1\x80\xb8"
                                 "\xe1\x80\x9f\xe1\x80\xad\xe1\x80\x94\xe1\x80\xba"
                                 "\xe1\x80\xb8", &sc));
    /* names of shared syllables only are not taken for Burmese: a middle
     * name still goes (Chinese Lin, Western Min) */
    assert_true(same("Tin Win", "Tin Lin Win", &sc));
    assert_true(same("John Michael Smith", "John Smith", &sc));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syllables),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
