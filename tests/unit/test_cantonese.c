/* Cantonese readings of Han names in the Hong Kong spelling: names of
 * public figures with the spelling their documents carry, each syllable
 * rule, and text that is not a Han name (no reading, nothing written). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "unicode/cantonese.h"

static void expect(const char *han, const char *latin)
{
    aka__sb out = {0};
    int r = aka__cantonese_name(han, strlen(han), &out);
    if (r != 1 || strcmp(out.p ? out.p : "", latin) != 0)
        fail_msg("%s: %d \"%s\", want \"%s\"", han, r, out.p ? out.p : "",
                 latin);
    aka__sb_free(&out);
}

static void none(const char *text)
{
    aka__sb out = {0};
    assert_int_equal(aka__sb_append(&out, "kept", 4), AKA_OK);
    if (aka__cantonese_name(text, strlen(text), &out) != 0)
        fail_msg("%s was read", text);
    assert_string_equal(out.p, "kept"); /* nothing written */
    aka__sb_free(&out);
}

/* Names as their bearers' documents spell them (the tone dropped, one
 * token a character; the matcher reads Kwok Wing, Kwok-wing and
 * Kwokwing alike). */
static void test_names(void **state)
{
    (void)state;
    expect("張國榮", "cheung kwok wing");
    expect("梁朝偉", "leung chiu wai");
    expect("陳大文", "chan tai man");
    expect("楊欣小", "yeung yan siu");
    expect("黃", "wong");
    expect("何鴻燊", "ho hung san");
    expect("郭富城", "kwok fu sing");
    expect("劉德華", "lau tak wa");
    /* separators between the characters are no part of the name */
    expect("楊 欣小", "yeung yan siu");
    expect("楊·欣小", "yeung yan siu");
}

/* Each rule of the spelling, on a family name that shows it. */
static void test_syllables(void **state)
{
    (void)state;
    expect("孫", "suen");  /* yun uen */
    expect("余", "yu");    /* j + yu: one y */
    expect("袁", "yuen");
    expect("施", "sze");   /* si */
    expect("吳", "ng");    /* syllabic ng */
    expect("高", "ko");    /* g k, ou o */
    expect("徐", "chui");  /* c ch, eoi ui (Tsui: the keys read ts and ch alike) */
    expect("潘", "pun");   /* Poon: the keys read oo as u */
    expect("葉", "yip");
    expect("鄧", "tang");  /* d t */
    expect("關", "kwan");  /* gw kw, aa a */
    char hk[9];
    assert_int_equal(aka__yue_hk_spelling("zoeng", hk), 6);
    assert_string_equal(hk, "cheung");
    assert_int_equal(aka__yue_hk_spelling("m", hk), 1);
    assert_string_equal(hk, "m");
}

/* Text that is not a name in Han alone gives no reading. */
static void test_not_han(void **state)
{
    (void)state;
    none("");
    none("楊A");
    none("Yeung");
    none("たなか");
    none("楊\xE3\x81\x8A"); /* with kana */
    none(" ");
    none("\xF0\xA0\x80\x80"); /* U+20000, outside the table */
    none("\xE4\xB8"); /* a character cut short */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_syllables),
        cmocka_unit_test(test_not_han),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
