/* match/patronymic.c: which father a patronymic names, across languages
 * and spellings, and which full names name a father the engine may hold
 * two entities apart by (never a family name that ends as a patronymic). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "match/patronymic.h"
#include "match/variants.h"

#define S(x) (x), strlen(x)

static int father(const char *tok, int *female)
{
    return aka__patronymic_class(S(tok), female);
}

static void test_one_father_many_spellings(void **state)
{
    (void)state;
    int f = -1, g = -1;
    int igor = aka__given_class(S("igor"));
    assert_true(igor >= 0);
    /* Russian, Ukrainian, Belarusian, German and French spellings */
    static const char *const sons[] = {"igorevich", "ihorovych", "iharavich",
                                       "igorewitsch", "igorevitch"};
    for (size_t k = 0; k < sizeof sons / sizeof *sons; k++) {
        assert_int_equal(father(sons[k], &f), igor);
        assert_int_equal(f, 0);
    }
    assert_int_equal(father("igorevna", &f), igor);
    assert_int_equal(f, 1);
    /* the -y, -i of a name in -ей, -ий goes */
    assert_int_equal(father("sergeevich", &f), aka__given_class(S("sergey")));
    assert_int_equal(father("nikolaevna", &g), aka__given_class(S("nikolai")));
    assert_int_equal(g, 1);
    assert_int_not_equal(father("ivanovich", &f), igor);
}

static void test_no_father(void **state)
{
    (void)state;
    int f = 7;
    assert_int_equal(father("ivanov", &f), -1);      /* no patronymic ending */
    assert_int_equal(father("ovich", &f), -1);       /* an ending alone */
    assert_int_equal(father("qzxovich", &f), -1);    /* a father no table knows */
    assert_int_equal(father("ivanovych", &f) >= 0, 1);
    assert_int_equal(father("ivanovyc", &f), -1);    /* mistyped: no father */
    char longtok[80];
    memset(longtok, 'a', sizeof longtok);
    memcpy(longtok + sizeof longtok - 5, "ovich", 5);
    assert_int_equal(aka__patronymic_class(longtok, sizeof longtok, &f), -1);
}

static size_t fathers(const char *canon, int *out)
{
    return aka__patronymic_fathers(S(canon), out, 4);
}

/* A daughter's patronymic whether or not the tables know the father
 * (Nurbekovna); a son's form, an ending alone or a short token is none. */
static void test_daughter(void **state)
{
    (void)state;
    static const char *const yes[] = {"nurbekovna", "shohruxovna", "petrowna",
                                      "aliaksandravna", "alehauna", "igorevna"};
    static const char *const no[] = {"nurbekovich", "abramovich", "ivanova", "ovna",
                                     "olovna", "petrov"};
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++)
        if (!aka__patronymic_daughter(S(yes[k])))
            fail_msg("%s: not read as a daughter's patronymic", yes[k]);
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        if (aka__patronymic_daughter(S(no[k])))
            fail_msg("%s: read as a daughter's patronymic", no[k]);
    int f = -1;
    assert_int_equal(father("aliaksandravna", &f), aka__given_class(S("aleksandr")));
    assert_int_equal(f, 1);
}

static void test_fathers_of_full_names(void **state)
{
    (void)state;
    int out[4];
    int ivan = aka__given_class(S("ivan")), ihor = aka__given_class(S("ihor"));
    assert_int_equal(fathers("zakharchenko taras ivanovych", out), 1);
    assert_int_equal(out[0], ivan);
    assert_int_equal(fathers("taras ihorovych zakharchenko", out), 1);
    assert_int_equal(out[0], ihor);
    /* two tokens: a given name and a family name */
    assert_int_equal(fathers("taras ivanovych", out), 0);
    assert_int_equal(fathers("roman abramovich", out), 0);
    /* the first token is a family name */
    assert_int_equal(fathers("abramovich roman arkadyevich", out), 1);
    assert_int_equal(out[0], aka__given_class(S("arkady")));
    /* two sons' forms: either may be the family name */
    assert_int_equal(fathers("viktor nikolaevich makarevich", out), 0);
    /* a daughter's form beside a son's: the son's is her family name */
    assert_int_equal(fathers("tatyana nikolayevna makarevich", out), 1);
    assert_int_equal(out[0], aka__given_class(S("nikolai")));
    /* a mistyped patronymic names no father */
    assert_int_equal(fathers("zakharchenko taras ivanvych", out), 0);
    /* no room asked for: none written */
    assert_int_equal(aka__patronymic_fathers(S("zakharchenko taras ivanovych"), out, 0), 0);
    assert_int_equal(fathers("", out), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_father_many_spellings),
        cmocka_unit_test(test_no_father),
        cmocka_unit_test(test_daughter),
        cmocka_unit_test(test_fathers_of_full_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
