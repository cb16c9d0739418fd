/* Korean names in Russian Cyrillic (Kontsevich and customary spellings)
 * against their Latin spellings, syllable by syllable as the normaliser
 * romanises the Cyrillic; and other syllables, which are other names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "match/kontsevich.h"

static int meets(const char *cyr, const char *lat)
{
    return aka__kontsevich_meets(cyr, strlen(cyr), lat, strlen(lat));
}

static void test_syllables(void **state)
{
    (void)state;
    assert_true(meets("yon", "young"));    /* Ён: ㅇ is н */
    assert_true(meets("yon", "yeong"));    /* RR */
    assert_true(meets("chon", "chung"));   /* Чон: customary u for ㅓ */
    assert_true(meets("chon", "jeong"));
    assert_true(meets("khi", "hee"));      /* Хи */
    assert_true(meets("khe", "hye"));      /* Хе: ㅖ after a consonant */
    assert_true(meets("khen", "hyun"));    /* Хён: ё written e */
    assert_true(meets("kyn", "geun"));     /* Кын: ㅡ is ы */
    assert_true(meets("yn", "un"));        /* MR ŭ without its mark */
    assert_true(meets("syn", "seung"));
    assert_true(meets("chzhun", "jun"));   /* Чжун */
    assert_true(meets("dzhin", "jin"));    /* customary Джин */
    assert_true(meets("chkhve", "choi"));  /* Чхве */
    assert_true(meets("tsoy", "choi"));    /* Цой */
    assert_true(meets("su", "soo"));
    assert_true(meets("li", "lee"));
    assert_true(meets("pak", "park"));
    assert_true(meets("yol", "yeol"));     /* Ёль */
    assert_true(meets("synkho", "seungho")); /* run together */
    assert_true(meets("sen", "sung"));     /* Soviet Сен, Ким Ир Сен */
    assert_true(meets("chen", "jong"));    /* Чен, Ким Чен Ир */
}

static void test_other_names(void **state)
{
    (void)state;
    assert_false(meets("yon", "jin"));
    assert_false(meets("su", "min"));
    assert_false(meets("kho", "su"));
    assert_false(meets("kyn", "gan"));
    assert_false(meets("yn", "yo"));
    assert_false(meets("ivan", "john"));
    assert_false(meets("s", "s"));     /* too short */
    assert_false(meets("su", "soosoosoosoosoosoosoosoo")); /* lengths apart */
    assert_false(meets("susususususususususususususususususu",
                       "susususususususususususu")); /* more than six syllables */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syllables),
        cmocka_unit_test(test_other_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
