/* match/habits.c: the spelling habits that join two Latin tokens into one
 * name, each only where it is the tokens' one difference, either way
 * round. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "match/habits.h"

typedef int (*habit)(const aka__nunit *, const aka__nunit *);

typedef struct hcase {
    const char *a, *b;
    int want;
} hcase;

/* The unit of a one-word name, as the matcher prepares it. */
static const aka__nunit *unit(aka__nameform_room *room, const char *tok)
{
    aka__err err;
    assert_int_equal(aka__nameform_init(tok, strlen(tok), &room->f, &err), AKA_OK);
    assert_int_equal(room->f.n, 1);
    return &room->f.unit[0][0];
}

static void check(habit h, const hcase *c, size_t n)
{
    aka__nameform_room ra, rb;
    for (size_t i = 0; i < n; i++) {
        const aka__nunit *x = unit(&ra, c[i].a), *y = unit(&rb, c[i].b);
        if (h(x, y) != c[i].want || h(y, x) != c[i].want)
            fail_msg("%s / %s: want %d", c[i].a, c[i].b, c[i].want);
    }
}

static void test_feminine_family(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"sacharowa", "zakharova", 1}, /* Sacharow, Zakharov: one class */
        {"sacharow", "zakharova", 0},  /* the masculine stays apart */
        {"sacharowa", "sacharowa", 1},
        {"marina", "galina", 0},       /* given names */
        {"petrova", "zakharova", 0},
    };
    check(aka__habit_feminine_family, c, sizeof c / sizeof c[0]);
}

static void test_article_joined(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"almasri", "masri", 1}, {"elsayed", "sayed", 1}, {"alzoubi", "zoubi", 1},
        {"alberto", "berto", 0},  /* a listed given name */
        {"alhassan", "hassan", 0},
        {"aldin", "din", 0},      /* three letters after it */
        {"almasri", "masry", 1},  /* the rest by its key */
        {"almasri", "masra", 0},
        /* the article said as the sun letter: the letter doubled */
        {"ezzahra", "zahra", 1}, {"essayed", "sayed", 1}, {"errami", "rami", 1},
        {"ennaji", "naji", 1},   {"eddaoudi", "daoudi", 1},
        {"echcherif", "cherif", 1}, {"ashsharif", "sharif", 1},
        {"annika", "nika", 0},   /* not ann */
        {"ettore", "tore", 0},   /* a listed given name */
        {"ezzahra", "zahri", 0}, {"essayed", "sayyd", 0},
    };
    check(aka__habit_article_joined, c, sizeof c / sizeof c[0]);
}

static void test_thai_sri(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"srisuk", "sisuk", 1}, {"srisawat", "sisawat", 1},
        {"srita", "sita", 0},   /* four letters */
        {"srisuk", "sisak", 0}, {"srisuk", "srisuk", 0},
    };
    check(aka__habit_thai_sri, c, sizeof c / sizeof c[0]);
}

static void test_greek_gamma(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"papageorgiou", "papayeoryiou", 1}, {"gerasimos", "yerasimos", 1},
        {"gianna", "yianna", 1},
        {"gaza", "yaza", 0},     /* before a, no */
        {"georgiou", "georgiou", 0},
        {"georgiou", "yeoryiu", 0},
    };
    check(aka__habit_greek_gamma, c, sizeof c / sizeof c[0]);
}

static void test_greek_digraph(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"ntaniela", "daniela", 1}, {"gkikas", "gikas", 1},
        {"nkikas", "gikas", 1}, /* as the normaliser writes Γκίκας */
        {"mpakoyannis", "bakoyannis", 1}, {"daniela", "ntaniela", 1},
        {"ntora", "dora", 1},
        {"ntia", "dia", 0},          /* the rest too short */
        {"ntaniela", "taniela", 0},  /* not d */
        {"antonio", "dntonio", 0},   /* not opening the word */
    };
    check(aka__habit_greek_digraph, c, sizeof c / sizeof c[0]);
}

static void test_albanian_gj(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"djerdj", "gjergj", 1}, {"gjon", "djon", 1},
        {"djordje", "gjordje", 1},
        {"dja", "gja", 0},     /* too short */
        {"gjergj", "gerdj", 0}, /* another length */
        {"gdjon", "dgjon", 0},  /* not before j in both */
    };
    check(aka__habit_albanian_gj, c, sizeof c / sizeof c[0]);
}

/* The trade of two letters the two habits above and namecmp.c's j / y
 * (Korean) share: anywhere, or before given letters only. */
static void test_traded(void **state)
{
    (void)state;
    aka__nameform_room ra, rb;
    const aka__nunit *x = unit(&ra, "jeongjun"), *y = unit(&rb, "yeongyun");
    assert_true(aka__habit_traded(x, y, 'j', 'y', NULL));
    assert_true(aka__habit_traded(y, x, 'y', 'j', NULL));
    assert_false(aka__habit_traded(x, y, 'j', 'y', "e")); /* the second before u */
    assert_false(aka__habit_traded(x, x, 'j', 'y', NULL)); /* nothing traded */
    y = unit(&rb, "yeongyan");
    assert_false(aka__habit_traded(x, y, 'j', 'y', NULL)); /* u / a besides */
}

static void test_diphthong(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"kausar", "kousar", 1}, {"kawsar", "kousar", 1}, {"shaukat", "shoukat", 1},
        {"gauhar", "gohar", 1},  {"naushad", "nowshad", 1},
        {"paula", "pola", 0},    /* four letters */
        {"austin", "ostin", 0},  /* another first letter */
        {"nawaz", "noaz", 0},    /* aw before a vowel is a w */
        {"kausar", "kaisar", 0},
    };
    check(aka__habit_diphthong, c, sizeof c / sizeof c[0]);
}

/* A Tajik -zoda or -zod against the Russian -ov, -ova, -ev or -eva it
 * replaced, the roots one name of four letters or more. */
static void test_tajik_zoda(void **state)
{
    (void)state;
    static const hcase c[] = {
        {"rahimzoda", "rahimov", 1},    {"nazarzoda", "nazarova", 1},
        {"karimzod", "karimov", 1},     {"abdullozoda", "abdulloev", 1},
        {"hakimzoda", "khakimova", 1},  /* kh for h: the keys' */
        {"qurbonzoda", "kurbonov", 1},  /* k for Tajik q */
        {"sharifzoda", "sharipov", 1},  /* Russian p for a final f */
        {"yusufzoda", "yusupova", 1},
        {"alizoda", "aliev", 0},        /* a root of three letters */
        {"nazarzoda", "nazarbekov", 0}, /* another root */
        {"rahimzoda", "rahmonov", 0},
        {"sharifzoda", "sharipbekov", 0},
        {"rahimov", "rakhimov", 0},     /* both Russian: not this habit's */
        {"rahimzoda", "rahimzod", 0},   /* both Tajik */
        {"rahimzoda", "rahim", 0},      /* the ending dropped, not replaced */
        {"yusupzoda", "yusufov", 0},    /* p for f is the Russian side's */
    };
    check(aka__habit_tajik_zoda, c, sizeof c / sizeof c[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_feminine_family), cmocka_unit_test(test_article_joined),
        cmocka_unit_test(test_thai_sri),        cmocka_unit_test(test_greek_gamma),
        cmocka_unit_test(test_traded),          cmocka_unit_test(test_diphthong),
        cmocka_unit_test(test_greek_digraph),
        cmocka_unit_test(test_albanian_gj),
        cmocka_unit_test(test_tajik_zoda),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
