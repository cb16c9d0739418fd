/* aka__title_flags: each list's words carry their list's flag, a word on
 * two lists ("sr": Señor before a name, Senior after) both, and words that
 * are not listed (names, prefixes and extensions of listed words, empty
 * or over-long words, unfolded case) none. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "normalize/titles.h"

static unsigned flags_of(const char *w)
{
    return aka__title_flags(w, strlen(w));
}

static void test_listed(void **state)
{
    (void)state;
    static const char *const titles[] = {
        "mr", "mrs", "professor", "al-hajj", "hac\xc4\xb1",
        "mudr", "fr\xc3\xa4ulein", "se\xc3\xb1ora",
        "\xd0\xb3\xd0\xbe\xd1\x81\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd",
        "\xd7\x94\xd7\xa8\xd7\x91", "d-na", "say\xc4\xb1n", "seyyed",
        "gospodin", "atty", "\xd8\xb3\xdb\x8c\xd8\xaf" /* Persian سید */,
        "\u0936\u094d\u0930\u0940" /* श्री */, "\u0921\u0949" /* डॉ */,
        "\u09a1\u09be\u0983" /* ডাঃ */,
        "janab", "\u0ba4\u0bbf\u0bb0\u0bc1" /* திரு */,
        "\u0ba4\u0bbf\u0bb0\u0bc1\u0bae\u0ba4\u0bbf" /* திருமதி */,
        "hj", "hjh", "mst", "most", "mosammat",
        "\u09ae\u09cb\u09b8\u09be\u09ae\u09cd\u09ae\u09ce" /* মোসাম্মৎ */,
        "\u09ae\u09cb\u099b\u09be\u0983" /* মোছাঃ */};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        assert_int_equal(flags_of(titles[i]), AKA__WORD_TITLE);
    /* titles that are family names too */
    static const char *const fam[] = {"sheikh", "shaikh", "shaykh", "sheik",
                                      "\u09b6\u09c7\u0996" /* শেখ */,
                                      "\u0936\u0947\u0916" /* शेख */};
    for (size_t i = 0; i < sizeof fam / sizeof *fam; i++)
        assert_int_equal(flags_of(fam[i]), AKA__WORD_TITLE | AKA__WORD_SURNAMELIKE);
    static const char *const pre[] = {"grand", "major", "his", "univ"};
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++)
        assert_int_equal(flags_of(pre[i]), AKA__WORD_PRETITLE);
    static const char *const suf[] = {"jr", "phd", "iii", "dphil", "kc", "jnr",
                                      "snr", "filho", "hijo", "fils"};
    for (size_t i = 0; i < sizeof suf / sizeof *suf; i++)
        assert_int_equal(flags_of(suf[i]), AKA__WORD_SUFFIX);
    assert_int_equal(flags_of("sr"), AKA__WORD_TITLE | AKA__WORD_SUFFIX);
}

static void test_not_listed(void **state)
{
    (void)state;
    static const char *const words[] = {
        "smith", "m", "mrss", "professo", "Mr", "MR", "don", "pastor",
        "imam", "jrr", "ii", "grandd", "hajji ", " mr", "m r", "sayed",
        "\xd8\xb3\xd9\x8a\xd8\xaf" /* Arabic سيد, also the name Sayed */};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        assert_int_equal(flags_of(words[i]), 0);
    assert_int_equal(aka__title_flags("mr", 0), 0);
    /* only the first len bytes count */
    assert_int_equal(aka__title_flags("mrs", 2), AKA__WORD_TITLE);
    char long_word[64];
    memset(long_word, 'a', sizeof long_word);
    assert_int_equal(aka__title_flags(long_word, sizeof long_word), 0);
}

/* Generation marks: the dropped suffixes and the words kept in the name
 * (junior, senior, II, IV) say the same generation, from one table. */
static void test_generation(void **state)
{
    (void)state;
    static const struct {
        const char *w;
        char g;
    } cases[] = {{"jr", 'J'},     {"jnr", 'J'},   {"junior", 'J'}, {"ii", 'J'},
                 {"filho", 'J'},  {"hijo", 'J'},  {"fils", 'J'},   {"sr", 'S'},
                 {"snr", 'S'},
                 {"senior", 'S'}, {"iii", '3'},   {"iv", '4'},     {"smith", 0},
                 {"j", 0},        {"jrr", 0},     {"phd", 0},      {"", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(aka__generation_mark(cases[i].w, strlen(cases[i].w)), cases[i].g);
    /* only the first n bytes count */
    assert_int_equal(aka__generation_mark("junior", 2), 0);
    assert_int_equal(aka__generation_mark("jrx", 2), 'J');
    /* the kept ones are no suffix the normaliser drops */
    assert_int_equal(flags_of("junior"), 0);
    assert_int_equal(flags_of("iv"), 0);
}

/* Thai titles written onto the given name, honorifics written onto the
 * end of a name: their bytes when a name is left beside them. */
static void test_joined(void **state)
{
    (void)state;
    const char *nai = "นายสมชาย";
    assert_int_equal(aka__title_prefix_len(nai, strlen(nai)), strlen("นาย"));
    const char *miss = "นางสาวสุดา";
    assert_int_equal(aka__title_prefix_len(miss, strlen(miss)),
                     strlen("นางสาว"));
    const char *mrs = "นางสาวิตรี"; /* นาง before สาวิตรี */
    assert_int_equal(aka__title_prefix_len(mrs, strlen(mrs)), strlen("นาง"));
    /* a title spaced from the name is a word of its own, whole */
    static const char *const not_prefixed[] = {
        "คุณากร", "นาย", "นายก", "สมชาย", "Mrs", "", "นางสาว", "เด็กหญิง"};
    for (size_t i = 0; i < sizeof not_prefixed / sizeof *not_prefixed; i++)
        assert_int_equal(aka__title_prefix_len(not_prefixed[i],
                                               strlen(not_prefixed[i])),
                         0);

    /* titles abbreviated with dots, and what they stand for */
    static const struct {
        const char *in, *title;
        size_t used;
    } ab[] = {
        {"น.ส. สมศรี", "นางสาว", sizeof "น.ส." - 1},
        {"น.ส.สมศรี", "นางสาว", sizeof "น.ส." - 1},
        {"น.ส สมศรี", "นางสาว", sizeof "น.ส" - 1},
        {"ด.ญ. สมศรี", "เด็กหญิง", sizeof "ด.ญ." - 1},
        {"ด.ช.สมชาย", "เด็กชาย", sizeof "ด.ช." - 1},
        {"น.สา", NULL, 0}, /* a letter right after: no abbreviation */
        {"นสมศรี", NULL, 0}, {"น.", NULL, 0}, {"Mrs. Smith", NULL, 0},
    };
    for (size_t i = 0; i < sizeof ab / sizeof *ab; i++) {
        size_t used = 0;
        const char *t = aka__title_abbrev(ab[i].in, strlen(ab[i].in), &used);
        if (!ab[i].title) {
            assert_null(t);
            continue;
        }
        assert_non_null(t);
        assert_string_equal(t, ab[i].title);
        assert_int_equal(used, ab[i].used);
    }

    const char *san = "田中さん", *sensei = "김민수선생님";
    assert_int_equal(aka__honorific_suffix_len(san, strlen(san)),
                     strlen("さん"));
    assert_int_equal(aka__honorific_suffix_len(sensei, strlen(sensei)),
                     strlen("선생님"));
    static const char *const not_suffixed[] = {"김씨", "さん", "先生", "田中",
                                               "Tanaka-san", ""};
    for (size_t i = 0; i < sizeof not_suffixed / sizeof *not_suffixed; i++)
        assert_int_equal(aka__honorific_suffix_len(not_suffixed[i],
                                                   strlen(not_suffixed[i])),
                         0);
    assert_true(aka__is_honorific("さん", strlen("さん")));
    assert_true(aka__is_honorific("님", strlen("님")));
    assert_false(aka__is_honorific("田中さん", strlen("田中さん")));
    assert_false(aka__is_honorific("san", 3));

    /* spaced from the name, they are words of the lists */
    assert_int_equal(flags_of("นางสาว"), AKA__WORD_TITLE);
    assert_int_equal(flags_of("גב'"), AKA__WORD_TITLE);
    assert_int_equal(flags_of("先生"), AKA__WORD_SUFFIX);
    assert_int_equal(flags_of("씨"), AKA__WORD_SUFFIX);
    assert_int_equal(flags_of("bey"), AKA__WORD_SUFFIX);
}

/* The sex a title states: only for words on the list of titles. */
static void test_sex(void **state)
{
    (void)state;
    static const char *const men[] = {"mr", "herr", "sheikh", "hj", "\u05de\u05e8",
                                      "\u0936\u094d\u0930\u0940" /* श्री */,
                                      "\u0ba4\u0bbf\u0bb0\u0bc1" /* திரு */};
    static const char *const women[] = {"mrs", "frau", "sheikha", "mst", "most", "hjh", "hajia", "aunty",
                                        "\u05d2\u05d1\u05e8\u05ea",
                                        "\u09b6\u09cd\u09b0\u09c0\u09ae\u09a4\u09c0" /* শ্রীমতী */,
                                        "\u0ba4\u0bbf\u0bb0\u0bc1\u0bae\u0ba4\u0bbf" /* திருமதி */};
    for (size_t i = 0; i < sizeof men / sizeof *men; i++)
        assert_int_equal(aka__title_sex(men[i], strlen(men[i])), 'M');
    for (size_t i = 0; i < sizeof women / sizeof *women; i++)
        assert_int_equal(aka__title_sex(women[i], strlen(women[i])), 'F');
    static const char *const none[] = {"dr", "prof", "smith", "jr", "", "MR"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++)
        assert_int_equal(aka__title_sex(none[i], strlen(none[i])), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_listed),
        cmocka_unit_test(test_not_listed),
        cmocka_unit_test(test_joined),
        cmocka_unit_test(test_sex),
        cmocka_unit_test(test_generation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
