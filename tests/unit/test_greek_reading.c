/* Foreign names in Greek letters, as the normaliser romanises them
 * (ELOT 743), read with Greek's digraphs for b, d, g, j, h and y; and the
 * reading against a Latin token's rkey, with the Latin's h between two
 * vowels left out as Greek leaves it out. A token without those digraphs
 * has no reading, and a name that is another's is no match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "match/greek_reading.h"
#include "match/keys.h"

static void test_reading(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"impraim", "ibraim"},     /* Ιμπραήμ */
        {"mochament", "mohamed"},  /* Μοχάμεντ */
        {"tzamal", "jamal"},       /* Τζαμάλ */
        {"chalint", "halid"},      /* Χαλίντ */
        {"giousouf", "yusuf"},     /* Γιουσούφ */
        {"ntaount", "daud"},       /* Ντάουντ */
        {"ampntoulach", "abdulah"}, /* Αμπντουλάχ */
        {"nkezim", "gezim"},       /* Γκεζίμ */
        {"armpen", "arben"},       /* Αρμπέν */
    };
    char out[AKA__KEY_MAX + 1];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = aka__greek_foreign(cases[i][0], strlen(cases[i][0]), out);
        if (n == 0 || strcmp(out, cases[i][1]) != 0)
            fail_msg("%s: %s, want %s", cases[i][0], n ? out : "(none)", cases[i][1]);
        assert_int_equal(n, strlen(cases[i][1]));
    }
    /* no digraph, no reading (Μαρία, Νίκος); a medial nk is no g */
    static const char *const none[] = {"maria", "nikos", "anka", "a", ""};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        assert_int_equal(aka__greek_foreign(none[i], strlen(none[i]), out), 0);
    /* gi is y only before a vowel, first or after a vowel */
    assert_int_equal(aka__greek_foreign("giorgos", 7, out), 6);
    assert_string_equal(out, "yorgos");
    assert_int_equal(aka__greek_foreign("sergios", 7, out), 0); /* Σέργιος */
}

static int meets(const char *greek, const char *latin)
{
    char r[AKA__KEY_MAX + 1], rk[AKA__KEY_MAX + 1];
    size_t rn = aka__greek_foreign(greek, strlen(greek), r);
    aka__rkey(latin, strlen(latin), rk);
    return aka__greek_foreign_meets(r, rn, latin, strlen(latin), rk, strlen(rk));
}

static void test_meets(void **state)
{
    (void)state;
    assert_true(meets("mochament", "mohamed"));
    assert_true(meets("impraim", "ibrahim")); /* the h between vowels */
    assert_true(meets("tzamal", "jamal"));
    assert_true(meets("chalint", "khalid"));  /* kh and h are one rkey */
    assert_true(meets("giousouf", "yusuf"));
    assert_true(meets("ntaount", "daoud"));
    assert_true(meets("ampntoulach", "abdullah"));
    assert_true(meets("santam", "saddam"));
    /* other names stay apart */
    assert_false(meets("mochament", "mahmud"));
    assert_false(meets("impraim", "ibram"));
    assert_false(meets("tzamal", "kamal"));
    /* without a digraph the reading says nothing */
    assert_false(meets("maria", "maria"));
    /* an h the Latin opens with is said (Χάνα is Hana, not Ana) */
    assert_false(meets("chana", "ana"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reading),
        cmocka_unit_test(test_meets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
