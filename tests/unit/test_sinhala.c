/* Sinhala romanisation (the spelling of Sri Lankan passports and
 * registers): names read as Sri Lankans write them, names in Sinhala
 * meeting their Latin spellings and not other names, and text that is no
 * well-formed Sinhala word (signs alone, an al-lakuna first, unassigned
 * code points, mixed scripts, very long words) read without crashing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "helpers.h"
#include "unicode/sinhala.h"

static const char *direct(const UChar *b, int32_t n, aka__u16 *tmp,
                          aka__sb *out)
{
    return read_direct(aka__sinhala_latin, b, n, tmp, out);
}

static void test_names(void **state)
{
    (void)state;
    expect_name("නිමල්", "nimal");            /* al-lakuna: no vowel */
    expect_name("සිරිසේන", "sirisena");       /* final consonant keeps a */
    expect_name("ධම්මික", "dhammika");        /* ධ dh */
    expect_name("ලියන ආරච්චිගේ", "liyana arachchige"); /* ච ch */
    expect_name("කුමාර පෙරේරා", "kumara perera"); /* long vowels single */
    expect_name("වීරසිංහ", "wirasinghe");     /* ව w; -singhe */
    expect_name("මහින්ද රාජපක්ෂ", "mahinda rajapaksha");
    expect_name("රනිල් වික්‍රමසිංහ", "ranil wikramasinghe"); /* ZWJ */
    expect_name("ප්‍රේමදාස", "premadasa");    /* rakaransaya */
    expect_name("ගුණවර්ධන", "gunawardhana");
    expect_name("ජයසූරිය", "jayasuriya");
    expect_name("චතුර", "chathura");          /* ත th */
    expect_name("රංග", "ranga");              /* anusvara before g: n */
    expect_name("ඥානසිරි", "gnanasiri");      /* ඥ gn */
    expect_name("බණ්ඩාර", "bandara");
    expect_name("ගැමුණු", "gemunu");          /* ැ e */
    expect_name("කොළඹ", "kolamba");           /* ො o, ළ l, ඹ mb */
    expect_name("ඔෂද", "oshada");             /* independent vowel */
}

/* Native name, usual Latin spelling: at least 0.9 by aka_name_compare.
 * (දිසානායක / Dissanayake, a doubled s and a final e apart, is just
 * below.) */
static void test_compare(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"නිමල්", "Nimal"},
        {"සිරිසේන", "Sirisena"},
        {"ධම්මික", "Dhammika"},
        {"කුමාර පෙරේරා", "Kumara Perera"},
        {"වීරසිංහ", "Weerasinghe"},
        {"මහින්ද රාජපක්ෂ", "Mahinda Rajapaksa"},
        {"රනිල් වික්‍රමසිංහ", "Ranil Wickremesinghe"},
        {"ජයසූරිය", "Jayasuriya"},
        {"සිල්වා", "Silva"},
        {"චතුර", "Chathura"},
        {"ඥානසිරි", "Gnanasiri"},
        {"ලියන ආරච්චිගේ ධම්මික නිමල් සිරිසේන", "Liyana Arachchige Dhammika Nimal Sirisena"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0.9, 1, 0);
}

/* Different names stay apart. */
static void test_distinct(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"නිමල්", "Kamal"},         {"සිරිසේන", "Senanayake"},
        {"පෙරේරා", "Fernando"},     {"ධම්මික", "Dinesh"},
        {"වීරසිංහ", "Jayasinghe"},  {"ජයසූරිය", "Jayawardena"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0, 0.5, 0);
}

static void test_tokens(void **state)
{
    (void)state;
    expect_name("නිමල්-පෙරේරා", "nimal perera");
    aka__u16 tmp = {0};
    aka__sb out = {0};
    /* ASCII letters and Sinhala Lith digits stay in the token */
    static const UChar mixed[] = {'A', 0x0DB1, 0x0DD2, '7', 0x0DE7};
    assert_string_equal(direct(mixed, 5, &tmp, &out), "ani71");
    /* a space before the first token when out has text already; signs
     * alone say nothing: no empty token, no stray space */
    static const UChar ni[] = {0x0DB1, 0x0DD2};
    static const UChar signs[] = {0x0DCA, 0x0DD2, 0x0DCF, 0x200D};
    check_appends(aka__sinhala_latin, ni, 2, "ni", signs, 4);
    /* ො split into its parts (ෙ + ා) reads as the whole sign, and ෝ
     * (ෙ + ා + ්) too */
    static const UChar ko_split[] = {0x0D9A, 0x0DD9, 0x0DCF};
    static const UChar ko_whole[] = {0x0D9A, 0x0DDC};
    static const UChar koo_split[] = {0x0D9A, 0x0DD9, 0x0DCF, 0x0DCA};
    static const UChar kee_split[] = {0x0D9A, 0x0DD9, 0x0DCA};
    assert_string_equal(direct(ko_split, 3, &tmp, &out), "ko");
    assert_string_equal(direct(ko_whole, 2, &tmp, &out), "ko");
    assert_string_equal(direct(koo_split, 4, &tmp, &out), "ko");
    assert_string_equal(direct(kee_split, 3, &tmp, &out), "ke");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Sequences no Sinhala writer makes, each read without error. */
static void test_ill_formed(void **state)
{
    (void)state;
    aka__u16 tmp = {0};
    aka__sb out = {0};
    static const UChar virama_first[] = {0x0DCA, 0x0D9A};
    assert_string_equal(direct(virama_first, 2, &tmp, &out), "ka");
    static const UChar signs_only[] = {0x0DCF, 0x0DD2, 0x0DCA};
    assert_string_equal(direct(signs_only, 3, &tmp, &out), "");
    static const UChar anusvara_alone[] = {0x0D82};
    assert_string_equal(direct(anusvara_alone, 1, &tmp, &out), "ng");
    static const UChar repeated[] = {0x0D9A, 0x0DCA, 0x0DCA, 0x0DD2, 0x0DD2};
    direct(repeated, 5, &tmp, &out);
    /* unassigned code points of the block separate */
    static const UChar unassigned[] = {0x0DB1, 0x0DD2, 0x0DB2, 0x0D9A,
                                       0x0DD5, 0x0DBE, 0x0DA0};
    assert_string_equal(direct(unassigned, 7, &tmp, &out), "ni ka cha");
    assert_string_equal(direct(NULL, 0, &tmp, &out), "");
    check_public_odd_names("\xe0\xb7\x8a\xe0\xb7\x8f", "Nimalනිමල්");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

static void test_random(void **state)
{
    (void)state;
    static const cp_range r[] = {
        {60, 0x0D80, 0x80}, {85, 0x0DCA, 0x16}, {95, 0x200C, 2}};
    check_random_text(aka__sinhala_latin, 2026, 30000, 32, r, 3);
}

/* 10,000 characters: one name repeated without a break, signs alone,
 * bare consonants. */
static void test_long(void **state)
{
    (void)state;
    enum { N = 10000 };
    static const UChar word[] = {0x0DB1, 0x0DD2, 0x0DB8, 0x0DBD, 0x0DCA}; /* නිමල් */
    static const UChar signs[] = {0x0DCF, 0x0DD2, 0x0DCA};
    static const UChar bare[] = {0x0D9A, 0x0D82};
    aka__u16 tmp = {0};
    aka__sb out = {0};
    read_repeated(aka__sinhala_latin, word, 5, N, &tmp, &out);
    assert_true(out.len >= (size_t)N);
    assert_memory_equal(out.p, "nimal", 5);
    read_repeated(aka__sinhala_latin, signs, 3, N, &tmp, &out);
    assert_int_equal(out.len, 0);
    read_repeated(aka__sinhala_latin, bare, 2, N, &tmp, &out);
    assert_true(lower_ascii_tokens(out.p));
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_distinct),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_ill_formed),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_long),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
