/* Burmese names in Thai script, as Thai records write the names of
 * workers from Myanmar, against their Latin spellings: syllable by
 * syllable, the Thai as the normaliser romanises it (RTGS). And Thai of
 * another syllable is no match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "match/thai_burmese.h"

static int meets(const char *thai, const char *lat)
{
    return aka__burmese_thai_meets(thai, strlen(thai), lat, strlen(lat));
}

static void test_syllables(void **state)
{
    (void)state;
    assert_true(meets("cho", "kyaw"));   /* จ่อ: ky as จ, aw as o */
    assert_true(meets("so", "zaw"));     /* ซอ: z as ซ */
    assert_true(meets("thun", "tun"));   /* ทุน */
    assert_true(meets("thun", "htun"));  /* the h of ht unsaid */
    assert_true(meets("nai", "naing"));  /* หน่าย: aing as ่าย */
    assert_true(meets("lai", "hlaing")); /* หล่าย */
    assert_true(meets("ong", "aung"));   /* อ่อง */
    assert_true(meets("mong", "maung")); /* หม่อง */
    assert_true(meets("teng", "thein")); /* เต็ง: ein as เ-็ง */
    assert_true(meets("seng", "sein"));  /* เส่ง */
    assert_true(meets("yun", "nyunt"));  /* ยุ้นต์: ny as ย, nt read n */
    assert_true(meets("min", "myint"));  /* มินต์ */
    assert_true(meets("khin", "khin"));  /* ขิ่น */
    assert_true(meets("so", "soe"));     /* โซ */
    assert_true(meets("su", "suu"));     /* ซู */
    /* the a Thai puts into an initial cluster: ลวิน, ชเว, มยะ, พยู */
    assert_true(meets("lawin", "lwin"));
    assert_true(meets("chawe", "shwe"));
    assert_true(meets("maya", "mya"));
    assert_true(meets("phayu", "phyu"));
}

static void test_apart(void **state)
{
    (void)state;
    assert_false(meets("cho", "zaw"));
    assert_false(meets("thun", "lin"));
    assert_false(meets("nai", "hlaing"));
    assert_false(meets("teng", "tin"));
    assert_false(meets("", "aung"));
    assert_false(meets("ong", ""));
    assert_false(meets("u", "u")); /* one letter is no key */
}

/* Whole names, through the public comparison: the Thai against the Latin
 * spelling and against Burmese script, which the normaliser romanises as
 * the Latin spellings go */
static void test_names(void **state)
{
    (void)state;
    static const struct {
        const char *thai, *other;
        int same;
    } names[] = {
        {"จ่อ ซอ ทุน", "KYAW ZAW TUN", 1},
        {"หน่าย ลิน", "NAING LIN", 1},
        {"มิน อ่อง หล่าย", "Min Aung Hlaing", 1},
        {"เต็ง เส่ง", "Thein Sein", 1},
        {"อ่อง โก โก", "\u1021\u1031\u102c\u1004\u103a\u1000\u102d\u102f\u1000\u102d\u102f", 1},
        {"จ่อ ซอ ทุน", "KYAW ZAW LIN", 0},
        {"หน่าย ลิน", "HLAING LIN", 0},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        double score = 0;
        int same = -1;
        assert_int_equal(aka_name_compare(names[i].thai, strlen(names[i].thai), names[i].other,
                                          strlen(names[i].other), &score, &same),
                         AKA_OK);
        assert_int_equal(same, names[i].same);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syllables),
        cmocka_unit_test(test_apart),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
