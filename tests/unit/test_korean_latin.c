/* Korean names in Latin letters: the family names are sorted as they are
 * searched, known spellings are found and other words are not; tokens read
 * as Korean syllables or not; and aka__kkey_latin merges the spellings of
 * one syllable while keeping o and u apart. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "match/keys.h"
#include "match/korean_latin.h"

static int family(const char *s)
{
    return aka__ko_family(s, strlen(s));
}

static int syllables(const char *s)
{
    return aka__ko_syllables(s, strlen(s));
}

static int same_key(const char *a, const char *b)
{
    return aka__kkey_latin(a, strlen(a)) == aka__kkey_latin(b, strlen(b));
}

static void test_families(void **state)
{
    (void)state;
    assert_true(aka__ko_families_sorted());
    static const char *const yes[] = {"kim", "gim", "lee", "yi", "rhee",
                                      "park", "pak", "bak", "jeong", "jung",
                                      "chung", "choi", "choe", "ahn", "yun",
                                      "suh", "seo", "kwon", "paik", "yum"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        assert_true(family(yes[i]));
    /* initials, words that are seldom Korean names, other names */
    static const char *const no[] = {"i", "o", "in", "so", "no", "smith",
                                     "kimura", "parker", "leee", "", "ki m"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_false(family(no[i]));
    assert_false(aka__ko_family(NULL, 3));
    assert_false(aka__ko_family("kimkimkim", 9)); /* longer than any */
}

static void test_syllables(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "heejin", "huiseon", "jihoon", "chihun", "seoa", "jingyeong",
        "kwon", "hyeonjin", "yoojoon", "misuh", "eunji", "dohyeok",
        "kkotnim", "ssangyong", "maria"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        assert_true(syllables(yes[i]));
    static const char *const no[] = {"john", "maxim", "chris", "xiaoling",
                                     "thuy", "jennifer", "", "sh", "q"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_false(syllables(no[i]));
    /* seven syllables is no one name */
    assert_false(syllables("hahahahahahaha"));
    assert_false(aka__ko_syllables(NULL, 4));
    char big[64];
    memset(big, 'a', sizeof big);
    assert_false(aka__ko_syllables(big, sizeof big));
}

static void test_key(void **state)
{
    (void)state;
    assert_true(same_key("heejin", "huijin"));
    assert_true(same_key("miseo", "misuh"));
    assert_true(same_key("jihoon", "chihun"));
    assert_true(same_key("jingyeong", "jinkyung"));
    assert_true(same_key("yoojoon", "yujun"));
    assert_true(same_key("young", "yeong"));
    assert_false(same_key("sujin", "sojin"));
    assert_false(same_key("song", "seong"));
    assert_false(same_key("yong", "young"));
    assert_false(same_key("minji", "minju"));
    /* (aka__kkey, for a name against Hangul, merges o and u) */
    assert_true(aka__kkey("sujin", 5) == aka__kkey("sojin", 5));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_families),
        cmocka_unit_test(test_syllables),
        cmocka_unit_test(test_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
