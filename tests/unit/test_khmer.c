/* Khmer romanisation (the popular spelling of Cambodian names): names read
 * as passports write them, names in Khmer meeting their Latin spellings,
 * and text that is no well-formed Khmer word (signs alone, a coeng at the
 * end, unassigned code points, mixed scripts, very long words) read
 * without crashing. */
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
#include "unicode/khmer.h"

/* The reading of UTF-16 code units straight from the romaniser. */
static const char *direct(const UChar *b, int32_t n, aka__u16 *tmp,
                          aka__sb *out)
{
    return read_direct(aka__khmer_latin, b, n, tmp, out);
}

static void test_names(void **state)
{
    (void)state;
    /* family names */
    expect_name("ហ៊ុន សែន", "hun sen");
    expect_name("សុខ", "sok");
    expect_name("ចាន់", "chan");
    expect_name("កែវ", "keo");     /* វ after ែ is o */
    expect_name("ជា", "chea");     /* ា after the o-series */
    expect_name("ឯក", "ek");
    expect_name("អ៊ុំ", "um");     /* triisap: អ read in the o-series */
    expect_name("ហេង", "heng");
    expect_name("នួន", "nuon");
    expect_name("ម៉ៅ", "mao");     /* muusikatoan: ម read in the a-series */
    expect_name("ឱក", "ok");
    expect_name("លី", "ly");
    expect_name("គឹម", "kim");
    expect_name("ទេព", "tep");
    expect_name("សៀង", "sieng");
    expect_name("ខៀវ", "khiev");
    expect_name("ផាន", "phan");
    expect_name("មាស", "meas");
    expect_name("ធី", "thy");
    expect_name("ឡុង", "long");
    expect_name("ប្រាក់", "prak");  /* ប is p in a cluster */
    expect_name("មួយ", "muy");
    expect_name("តាំង", "taing");
    expect_name("ជ័យ", "chey");
    /* given names */
    expect_name("ស្រីមុំ", "sreymum"); /* Sreymom: ុំ after the o-series is um */
    expect_name("សុភា", "sophea");
    expect_name("ដារ៉ា", "dara");
    expect_name("វណ្ណា", "vanna");   /* a doubled consonant split */
    expect_name("សុភាព", "sopheap");
    expect_name("ពិសី", "pisey");
    expect_name("បូរ៉ា", "bora");
    expect_name("ចាន់ធី", "chanthy");
    expect_name("សំរិន", "samrin");
    expect_name("វុទ្ធី", "vuthy");   /* a stop before its aspirate once */
    expect_name("បុប្ផា", "bopha");
    expect_name("កុសល", "kosal");    /* ស opens the syllable ល closes */
    expect_name("សុវណ្ណ", "sovann");
    expect_name("សម្បត្តិ", "sambat"); /* the Pali ending silent */
    expect_name("ពិសិដ្ឋ", "piseth");
    expect_name("មករា", "makara");
    expect_name("ស្រីលក្ខណ៍", "sreyleak"); /* ណ៍ silent */
    expect_name("ភ្នំពេញ", "phnompenh");
}

/* Native name, popular Latin spelling: at least 0.9 by aka_name_compare. */
static void test_compare(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        /* given names, women's and men's */
        {"សុភា", "Sophea"}, {"ដារ៉ា", "Dara"}, {"វណ្ណា", "Vanna"},
        {"បុប្ផា", "Bopha"}, {"សុខា", "Sokha"}, {"ចិន្តា", "Chenda"},
        {"ពិសី", "Pisey"}, {"សុធា", "Sothea"}, {"រិទ្ធី", "Rithy"},
        {"វុទ្ធី", "Vuthy"}, {"សុវណ្ណ", "Sovann"}, {"កុសល", "Kosal"},
        {"វិចិត្រ", "Vichet"}, {"សំណាង", "Samnang"}, {"ពិសិដ្ឋ", "Piseth"},
        {"វាសនា", "Veasna"}, {"សុគន្ធ", "Sokun"}, {"សុផល", "Sophal"},
        {"វិបុល", "Vibol"}, {"គន្ធា", "Kunthea"}, {"នារី", "Neary"},
        {"សីហា", "Seyha"}, {"ស្រីលក្ខណ៍", "Sreyleak"},
        {"ភក្តី", "Pheakdey"}, {"សម្បត្តិ", "Sambath"}, {"រដ្ឋា", "Rotha"},
        {"ចន្ថា", "Chantha"}, {"វណ្ណៈ", "Vannak"}, {"សុជាតា", "Socheata"},
        {"ដាវី", "Davy"}, {"លីណា", "Lina"}, {"មករា", "Makara"},
        {"នរិទ្ធ", "Narith"}, {"ស្រីពៅ", "Sreypov"}, {"ធារី", "Theary"},
        {"ម៉ាលី", "Maly"}, {"ចាន់ធី", "Chanthy"}, {"បូរ៉ា", "Bora"},
        {"សុភាព", "Sopheap"}, {"រតនា", "Ratana"}, {"កញ្ញា", "Kanha"},
        {"សំរិន", "Samrin"},
        /* family names */
        {"ហ៊ុន", "Hun"}, {"សែន", "Sen"}, {"សុខ", "Sok"}, {"ចាន់", "Chan"},
        {"កែវ", "Keo"}, {"ជា", "Chea"}, {"ឯក", "Ek"}, {"អ៊ុំ", "Um"},
        {"ហេង", "Heng"}, {"នួន", "Nuon"}, {"ម៉ៅ", "Mao"}, {"ឱក", "Ok"},
        {"លី", "Ly"}, {"គឹម", "Kim"}, {"ទេព", "Tep"}, {"សៀង", "Sieng"},
        {"ខៀវ", "Khiev"}, {"ផាន", "Phan"}, {"មាស", "Meas"}, {"ឡុង", "Long"},
        {"ប្រាក់", "Prak"}, {"គង", "Kong"}, {"ឆាយ", "Chhay"}, {"ជុំ", "Chum"},
        {"មួយ", "Muy"}, {"តាំង", "Taing"}, {"ជ័យ", "Chey"}, {"ប៉ែន", "Pen"},
        /* whole names */
        {"ហ៊ុន សែន", "Hun Sen"}, {"សុខ ចាន់ធី", "Sok Chanthy"},
        {"កែវ សុភា", "Keo Sophea"}, {"ជា ដារ៉ា", "Chea Dara"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0.9, 1, 0);
}

static void test_tokens(void **state)
{
    (void)state;
    expect_name("ហ៊ុន-សែន", "hun sen");
    aka__u16 tmp = {0};
    aka__sb out = {0};
    /* ASCII letters and Khmer digits stay in the token */
    static const UChar mixed[] = {'A', 0x179F, 0x17BB, 0x1781, '7', 0x17E1};
    assert_string_equal(direct(mixed, 6, &tmp, &out), "asok71");
    /* a space before the first token when out has text already; signs
     * alone say nothing: no empty token, no stray space */
    static const UChar sok[] = {0x179F, 0x17BB, 0x1781};
    static const UChar signs[] = {0x17CB, 0x17D2, 0x17C9, 0x17CD};
    check_appends(aka__khmer_latin, sok, 3, "sok", signs, 4);
    /* khan and ZWSP separate words; joiners are dropped */
    static const UChar sep[] = {0x179F, 0x17BB, 0x1781, 0x17D4, 0x1787,
                                0x17B6, 0x200B, 0x1780, 0x200C, 0x17C2,
                                0x179C};
    assert_string_equal(direct(sep, 11, &tmp, &out), "sok chea keo");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Sequences no Khmer writer makes, each read without error. */
static void test_ill_formed(void **state)
{
    (void)state;
    aka__u16 tmp = {0};
    aka__sb out = {0};
    static const UChar coeng_end[] = {0x179F, 0x17BB, 0x1781, 0x17D2};
    assert_string_equal(direct(coeng_end, 4, &tmp, &out), "sok");
    static const UChar coeng_only[] = {0x17D2};
    assert_string_equal(direct(coeng_only, 1, &tmp, &out), "");
    static const UChar coeng_twice[] = {0x1780, 0x17D2, 0x17D2, 0x179A};
    assert_string_equal(direct(coeng_twice, 4, &tmp, &out), "kror");
    static const UChar vowel_alone[] = {0x17B6, 0x17BB};
    assert_string_equal(direct(vowel_alone, 2, &tmp, &out), "a");
    static const UChar repeated[] = {0x1780, 0x17B6, 0x17B6, 0x17CB,
                                     0x17CB, 0x17C9, 0x17CA, 0x17C6};
    direct(repeated, 8, &tmp, &out);
    static const UChar stack[] = {0x179F, 0x17D2, 0x178F, 0x17D2, 0x179A,
                                  0x17D2, 0x179C, 0x17D2, 0x1799, 0x17B8};
    direct(stack, 10, &tmp, &out);
    /* unassigned code points separate; lunar-date symbols too */
    static const UChar unassigned[] = {0x179F, 0x17BB, 0x1781, 0x17DE,
                                       0x17FA, 0x19E0, 0x1787, 0x17B6};
    assert_string_equal(direct(unassigned, 8, &tmp, &out), "sok chea");
    static const UChar silent[] = {0x178E, 0x17CD};
    assert_string_equal(direct(silent, 2, &tmp, &out), "");
    assert_string_equal(direct(NULL, 0, &tmp, &out), "");
    /* the public function too: marks alone, a mixed word */
    check_public_odd_names("\xe1\x9f\x8b\xe1\x9f\x92", "Sokសុខ");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Random strings of the Khmer blocks (letters, signs, digits, unassigned
 * points, lunar symbols) and a few ASCII characters: always ASCII tokens
 * out, never a crash (ASan catches a read past the end). */
static void test_random(void **state)
{
    (void)state;
    static const cp_range r[] = {
        {85, 0x1780, 0x80}, {92, 0x19E0, 0x20}, {95, 0x200B, 3}};
    check_random_text(aka__khmer_latin, 2024, 30000, 32, r, 3);
}

/* 10,000 characters: one word repeated without a break, and signs alone. */
static void test_long(void **state)
{
    (void)state;
    enum { N = 10000 };
    static const UChar word[] = {0x179F, 0x17BB, 0x1781, 0x17B6}; /* សុខា */
    static const UChar silent[] = {0x1780, 0x17CD}; /* ក៍ ក៍ ...: all silent */
    static const UChar coeng[] = {0x17D2};
    aka__u16 tmp = {0};
    aka__sb out = {0};
    read_repeated(aka__khmer_latin, word, 4, N, &tmp, &out);
    assert_true(out.len > (size_t)N / 2);
    assert_memory_equal(out.p, "sokha", 5);
    read_repeated(aka__khmer_latin, silent, 2, N, &tmp, &out);
    assert_int_equal(out.len, 0);
    read_repeated(aka__khmer_latin, coeng, 1, N, &tmp, &out);
    assert_int_equal(out.len, 0);
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_ill_formed),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
