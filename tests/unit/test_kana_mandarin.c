/* Chinese names in katakana, as Japanese records write them, against
 * their Pinyin (read from Han or written in Latin letters): token by
 * token, the katakana as the normaliser romanises it; and the names as
 * aka_name_compare weighs them. A katakana token of another name, or of
 * too few letters to tell, is no match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "match/kana_mandarin.h"

static int meets(const char *kana, const char *pin)
{
    return aka__mandarin_kana_meets(kana, strlen(kana), pin, strlen(pin));
}

/* A final ng as n, l as r, w and y as vowels, the three series of
 * sibilants as katakana writes them, the i glide after a sibilant, long
 * vowels once, a given name of two syllables in one token. */
static void test_tokens(void **state)
{
    (void)state;
    assert_true(meets("wan", "wang"));      /* ワン */
    assert_true(meets("uei", "wei"));       /* ウェイ */
    assert_true(meets("chan", "zhang"));    /* チャン */
    assert_true(meets("jou", "zhou"));      /* ジョウ */
    assert_true(meets("riu", "liu"));       /* リウ */
    assert_true(meets("yan", "yang"));      /* ヤン */
    assert_true(meets("chen", "chen"));     /* チェン */
    assert_true(meets("jin", "jing"));      /* ジン */
    assert_true(meets("meirin", "meiling")); /* メイリン */
    assert_true(meets("shao", "xiao"));     /* シャオ */
    assert_false(meets("rii", "li"));       /* リー: too short to tell */
    assert_false(meets("wan", "wen"));
    assert_false(meets("meirin", "meili"));
    assert_false(meets("chan", "zhong"));
    assert_false(meets("", "wang"));
    assert_false(meets("wan", ""));
}

/* Whole names: Han against katakana, Pinyin in Latin letters against
 * katakana; another given name stays another. */
static void test_names(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        int same;
    } pairs[] = {
        {"王伟", "ワン・ウェイ", 1},         {"张伟", "チャン・ウェイ", 1},
        {"周美玲", "ジョウ・メイリン", 1},   {"Zhou Meiling", "ジョウ・メイリン", 1},
        {"Zhang Wei", "チャン・ウェイ", 1},  {"王伟", "ワン・メイ", 0},
        {"周美玲", "ジョウ・メイ", 0},       {"田中", "タナカ", 1},
    };
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        int same = -1;
        double score = 0;
        assert_int_equal(aka_name_compare(pairs[k].a, strlen(pairs[k].a), pairs[k].b,
                                          strlen(pairs[k].b), &score, &same),
                         AKA_OK);
        if (same != pairs[k].same)
            fail_msg("%s / %s: same %d (score %.3f), want %d", pairs[k].a, pairs[k].b,
                     same, score, pairs[k].same);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
