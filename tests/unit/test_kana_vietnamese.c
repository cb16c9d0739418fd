/* Vietnamese names in katakana, as Japanese records write them, against
 * the passport's Latin spelling without marks: syllable by syllable, the
 * katakana as the normaliser romanises it. And katakana of another
 * syllable, or a Latin token of more than one, is no match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "match/kana_vietnamese.h"

static int meets(const char *kana, const char *lat)
{
    return aka__vietnamese_kana_meets(kana, strlen(kana), lat, strlen(lat)) == 1;
}

/* both read as syllables, and they differ */
static int apart(const char *kana, const char *lat)
{
    return aka__vietnamese_kana_meets(kana, strlen(kana), lat, strlen(lat)) == -1;
}

/* The initials katakana cannot write: ng, tr, th, ph, kh, qu, x, l, v, h
 * before u, d */
static void test_initials(void **state)
{
    (void)state;
    assert_true(meets("guen", "nguyen")); /* グエン */
    assert_true(meets("go", "ngo"));      /* ゴー, its long vowel dropped */
    assert_true(meets("chan", "tran"));   /* チャン */
    assert_true(meets("ti", "thi"));      /* ティ */
    assert_true(meets("famu", "pham"));   /* ファム */
    assert_true(meets("kain", "khanh"));  /* カイン */
    assert_true(meets("kuan", "quang"));  /* クアン */
    assert_true(meets("suan", "xuan"));   /* スアン */
    assert_true(meets("ran", "lan"));     /* ラン */
    assert_true(meets("vuan", "van"));    /* ヴァン */
    assert_true(meets("ban", "van"));     /* バン */
    assert_true(meets("fun", "hung"));    /* フン */
    assert_true(meets("fuon", "huong"));  /* フオン */
    assert_true(meets("hoa", "hoa"));     /* ホア: h before o stays */
    assert_true(meets("zun", "dung"));    /* ズン */
    assert_true(meets("nyun", "nhung"));  /* ニュン */
    assert_true(meets("ien", "yen"));     /* イエン */
    assert_true(meets("yan", "yang"));    /* ヤン (Chinese Yang) */
}

/* The finals: ng and nh as ン, c and ch as ック, the vowel after a final
 * k, p, m or t, tou for トゥ */
static void test_finals(void **state)
{
    (void)state;
    assert_true(meets("min", "minh"));     /* ミン */
    assert_true(meets("tain", "thanh"));   /* タイン */
    assert_true(meets("tan", "thanh"));    /* タン */
    assert_true(meets("gokku", "ngoc"));   /* ゴック */
    assert_true(meets("doukku", "duc"));   /* ドゥック */
    assert_true(meets("fukku", "phuc"));   /* フック */
    assert_true(meets("namu", "nam"));     /* ナム */
    assert_true(meets("jieppu", "diep"));  /* ジエップ */
    assert_true(meets("vuietto", "viet")); /* ヴィエット */
    assert_true(meets("touan", "tuan"));   /* トゥアン */
    assert_true(meets("toui", "thuy"));    /* トゥイ */
    assert_true(meets("fuin", "huynh"));   /* フイン */
    assert_true(meets("vuo", "vo"));       /* ヴォー */
}

static void test_apart(void **state)
{
    (void)state;
    assert_true(apart("fun", "hong"));   /* フン is Hùng, not Hồng */
    assert_true(apart("fuon", "hoa"));
    assert_true(apart("chan", "thanh"));
    assert_true(apart("tou", "thuy"));   /* トゥー Thu */
    assert_false(meets("an", "lan"));
    assert_false(meets("tanaka", "tanaka")); /* no syllable of Vietnamese */
    assert_false(meets("maria", "maria"));
    assert_false(meets("", "an"));
    assert_false(meets("an", ""));
    assert_false(meets("a", "a")); /* one letter is no key */
}

/* Whole names, through the public comparison */
static void test_names(void **state)
{
    (void)state;
    static const struct {
        const char *kana, *latin;
        int same;
    } names[] = {
        {"グエン・ヴァン・アン", "Nguyễn Văn An", 1},
        {"チャン・ティ・フオン", "TRAN THI HUONG", 1},
        {"ヴー・ドゥック・タイン", "Vu Duc Thanh", 1},
        {"ゴ・ティ・ゴック・アイン", "Ngo Thi Ngoc Anh", 1},
        {"チャン・ヴァン・フン", "Tran Van Hong", 0},
        {"グエン・ティ・フオン", "Nguyen Thi Hoa", 0},
        {"ヴー・ティ・トゥー", "VU THI THUY", 0}, /* twin sisters */
        {"ヴー・ティ・トゥー", "VU THI THU", 1},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        double score = 0;
        int same = -1;
        assert_int_equal(aka_name_compare(names[i].kana, strlen(names[i].kana),
                                          names[i].latin, strlen(names[i].latin),
                                          &score, &same),
                         AKA_OK);
        assert_int_equal(same, names[i].same);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_finals),
        cmocka_unit_test(test_apart),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
