/* Chinese names in Russian Cyrillic (the Palladius system) against their
 * Pinyin: syllable by syllable, run together, with the Cyrillic spelling
 * of each initial and final as the normaliser romanises it; and Pinyin
 * that is another name's is no match. Vietnamese syllables as Russian
 * writes their initials. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "match/palladius.h"

static int meets(const char *cyr, const char *pin)
{
    return aka__palladius_meets(cyr, strlen(cyr), pin, strlen(pin));
}

static void test_syllables(void **state)
{
    (void)state;
    /* Сяолун, Сюэмэй, Чжан, Вэй, Цзяньго, Цзэминь, Цзиньпин, Хуан, Лю */
    assert_true(meets("syaolun", "xiaolong"));
    assert_true(meets("syuemey", "xuemei"));
    assert_true(meets("chzhan", "zhang"));
    assert_true(meets("vey", "wei"));
    assert_true(meets("tszyango", "jianguo"));
    assert_true(meets("tszemin", "zemin"));
    assert_true(meets("tszinpin", "jinping"));
    assert_true(meets("khuan", "huang"));
    assert_true(meets("lyu", "liu"));
    assert_true(meets("van", "wang"));
    /* ü after j, q, x (Сюй Xu, Цзюнь Jun); ы after z, c, s (Сы Si) */
    assert_true(meets("syuy", "xu"));
    assert_true(meets("tszyun", "jun"));
    assert_true(meets("sy", "si"));
    assert_true(meets("shi", "shi"));
    /* ж is r (Жэнь Ren) */
    assert_true(meets("zhen", "ren"));
}

static void test_other_names(void **state)
{
    (void)state;
    assert_false(meets("syaolun", "xiaolin"));
    assert_false(meets("syuemey", "xiumei"));
    assert_false(meets("chzhan", "zhuang"));
    assert_false(meets("ivan", "ivan"));  /* not Pinyin */
    assert_false(meets("s", "x"));        /* too short */
    assert_false(meets("syaolun", "xiaolongxiaolongxiaolongxiaolongxiaolongx"));
}

static int vn(const char *cyr, const char *lat)
{
    return aka__vietnamese_russian_meets(cyr, strlen(cyr), lat, strlen(lat));
}

/* Vietnamese as Russian writes it: Чан Тхи Хоа, Зунг, Суан, Тхань */
static void test_vietnamese(void **state)
{
    (void)state;
    assert_true(vn("chan", "tran"));
    assert_true(vn("tkhi", "thi"));
    assert_true(vn("khoa", "hoa"));
    assert_true(vn("zung", "dung"));
    assert_true(vn("suan", "xuan"));
    assert_true(vn("tkhan", "thanh")); /* нь is n: Тхань "tkhan" */
    assert_true(vn("fam", "pham"));
    assert_false(vn("khung", "dung"));
    assert_false(vn("chan", "chanh"));
    assert_true(vn("nguyen", "nguyen")); /* ng нг, the rest alike */
    assert_true(vn("kuang", "quang")); /* qu ку: Куанг */
    assert_false(vn("kang", "quang"));
    /* iê ье, đ д beside d з, a final c к: Нго Динь Зьем, Дык */
    assert_true(vn("zyem", "diem"));
    assert_true(vn("tkhyen", "thien"));
    assert_true(vn("din", "dinh"));
    assert_true(vn("dyk", "duc"));
    assert_true(vn("fuk", "phuc"));
    assert_false(vn("zyem", "dam"));
    assert_false(vn("kuc", "cuc"));
    assert_false(vn("tik", "thi"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syllables),
        cmocka_unit_test(test_other_names),
        cmocka_unit_test(test_vietnamese),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
