/* Burmese romanisation (lib/unicode/myanmar.c): names as they are spelled
 * in Latin, one token per syllable; the contract it shares with the Thai
 * reading; every sequence of the Myanmar blocks read safely; names
 * meeting their passport spellings in aka_name_compare. */
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
#include "unicode/myanmar.h"
#include "unicode/uctx.h"

static void test_names(void **state)
{
    (void)state;
    static const kcase cases[] = {
        /* one token per syllable, rhymes as names spell them */
        {"အောင်ဆန်းစုကြည်", "aung san su kyi"},
        {"မောင်မောင်", "maung maung"},
        {"မြင့်မြင့်ခိုင်", "myint myint khine"},
        {"ဇော်မင်းထွန်း", "zaw min tun"},
        {"သက်နိုင်", "thet naing"},
        {"မင်းအောင်လှိုင်", "min aung hlaing"},
        {"သိန်းစိန်", "thein sein"},
        {"ဟိန်းထက်", "hein htet"},
        {"ကျော်ဇော်", "kyaw zaw"},
        {"ဖြိုးဝေအောင်", "phyo wai aung"},
        {"စိုးမိုး", "soe moe"},
        {"မျိုးမင်း", "myo min"},
        {"ချိုချို", "cho cho"},
        {"ပိုင်ဖြိုး", "paing phyo"},
        /* the creaky dot after a nasal is written t */
        {"ဦးသန့်", "u thant"},
        {"ခင်ညွန့်", "khin nyunt"},
        {"ပြည့်ဖြိုးအောင်", "pyae phyo aung"},
        /* ှ and the medials */
        {"နှင်းဝေ", "hnin wai"},
        {"ရွှေရီ", "shwe yi"},
        {"စန်းစန်းနွယ်", "san san nwe"},
        {"ဝင်းဝင်းထွေး", "win win htwe"},
        {"ငြိမ်း", "nyein"},
        {"ဂျူလီ", "ju li"},
        /* independent and vowel-initial syllables */
        {"အိအိမွန်", "ei ei mon"},
        {"အေးအေးမြင့်", "aye aye myint"},
        {"အုန်းမာ", "ohn mar"},
        {"ထွန်းထွန်းဦး", "tun tun oo"},
        /* honorifics are romanised, not dropped */
        {"ဒေါ်ခင်ကြည်", "daw khin kyi"},
        {"ကိုမောင်မောင်", "ko maung maung"},
        {"မသီတာ", "ma thi da"},
        {"ဦး နု", "u nu"},
        /* long a, voiced တ, stacks and kinzi */
        {"ရတနာ", "ya da nar"},
        {"စန္ဒာ", "san dar"},
        {"သန္တာ", "than dar"},
        {"မန္တလေး", "man da lay"},
        {"အင်္ဂလိပ်", "in ga leik"},
        {"ထားထား", "htar htar"},
        /* the digit ၀ typed for the letter ဝ */
        {"၀င်း", "win"},
    };
    check_cases(AKA_NAME, cases, sizeof cases / sizeof cases[0]);
}

/* Words of two scripts, digits, punctuation and stray signs. */
static void test_mixed_and_stray(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"အောင် Aung", "aung aung"},
        {"Maung ကျော်", "maung kyaw"},
        {"မောင်၁၂၃", "maung 123"},
        {"မောင်မောင်၊ကျော်", "maung maung kyaw"},
        /* a vowel sign without its consonant keeps its sound */
        {"ိ", "ei"},
        {"ာ", "ar"},
        /* asat, a stack or a medial with nothing to sit on: no sound */
        {"်က", "ka"},
        {"ျက", "ka"},
        {"ကြြြြ", "kya"},
        {"ကိိိိ", "ki"},
        /* Shan letters by their nearest Burmese sound */
        {"ၵ", "ka"},
    };
    check_cases(AKA_NAME, cases, sizeof cases / sizeof cases[0]);
    /* signs alone make no token, so the name has none */
    static const char *const empty[] = {"်", "္", "့း", "ျ", "ြွှ", "က််"};
    for (size_t i = 0; i < sizeof empty / sizeof empty[0]; i++) {
        char buf[64];
        size_t len = 0;
        assert_int_equal(aka_normalize(AKA_NAME, empty[i], strlen(empty[i]),
                                       buf, sizeof buf, &len),
                         AKA_ERR_PARSE);
    }
}

/* ---- The function itself ---- */

/* Run aka__myanmar_latin on a heap copy of exactly n units (so that a read
 * past the end is caught under ASan), appending to *out. */
static aka_status run(const UChar *s, int32_t n, aka__sb *out)
{
    UChar *p = malloc((size_t)(n > 0 ? n : 1) * sizeof(UChar));
    assert_non_null(p);
    if (n > 0)
        memcpy(p, s, (size_t)n * sizeof(UChar));
    aka__u16 tmp = {0};
    aka_status st = aka__myanmar_latin(p, n, &tmp, out);
    aka__u16_free(&tmp);
    free(p);
    return st;
}

static void expect(const char *start, const UChar *s, int32_t n,
                   const char *want)
{
    aka__sb out = {0};
    if (*start)
        assert_int_equal(aka__sb_append_str(&out, start), AKA_OK);
    assert_int_equal(run(s, n, &out), AKA_OK);
    const char *got = out.p ? out.p : "";
    if (strcmp(got, want) != 0)
        fail_msg("got \"%s\", want \"%s\"", got, want);
    aka__sb_free(&out);
}

static void test_contract(void **state)
{
    (void)state;
    static const UChar khin[] = {0x1001, 0x1004, 0x103A};         /* ခင် */
    static const UChar signs[] = {0x1037, 0x1038, 0x103A, 0x1039}; /* ့း်္ */
    static const UChar mixed[] = {'A', 0x1019, 0x1031, 0x102C, 0x1004,
                                  0x103A, 'b', '7', 0x1041, 0x1042};
    static const UChar parted[] = {0x1001, 0x1004, 0x103A, '-', 0x104A,
                                   0x1040, 0x1041, ' ', 0x1092};
    expect("", khin, 3, "khin");
    expect("x", khin, 3, "x khin");
    expect("x ", khin, 3, "x khin");
    /* signs alone add nothing, not even the space */
    expect("x", signs, 4, "x");
    expect("x", khin, 0, "x");
    /* ASCII and Myanmar digits stay together, a syllable stands alone */
    expect("", mixed, 10, "a maung b712");
    /* anything else parts tokens; Shan digits are digits */
    expect("", parted, 9, "khin 01 2");
}

/* Every output is lower-case ASCII letters and digits in tokens parted by
 * single spaces, without a space first or last. */
static void assert_tokens(const aka__sb *out)
{
    for (size_t i = 0; i < out->len; i++) {
        char c = out->p[i];
        int ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 (c == ' ' && i > 0 && i + 1 < out->len &&
                  out->p[i - 1] != ' ');
        if (!ok)
            fail_msg("bad output \"%s\" at %zu", out->p, i);
    }
}

/* Code points the reader sees: the whole Myanmar block, samples of the
 * Extended blocks (letters, signs, digits, unassigned), and neighbours. */
static UChar pool_at(uint32_t k)
{
    static const UChar more[] = {0xA9E0, 0xA9E5, 0xA9E6, 0xA9F3, 0xA9FF,
                                 0xAA60, 0xAA70, 0xAA77, 0xAA7B, 0xAA7F,
                                 'a', '5', ' ', 0x0E01, 0x200C};
    if (k < 0xA0)
        return (UChar)(0x1000 + k);
    return more[(k - 0xA0) % (sizeof more / sizeof more[0])];
}
#define POOL_SIZE (0xA0 + 15)

static void test_every_pair(void **state)
{
    (void)state;
    aka__sb out = {0};
    UChar s[2];
    for (uint32_t a = 0; a < POOL_SIZE; a++)
        for (uint32_t b = 0; b < POOL_SIZE; b++) {
            s[0] = pool_at(a);
            s[1] = pool_at(b);
            aka__sb_clear(&out);
            assert_int_equal(run(s, 1, &out), AKA_OK);
            assert_tokens(&out);
            aka__sb_clear(&out);
            assert_int_equal(run(s, 2, &out), AKA_OK);
            assert_tokens(&out);
        }
    aka__sb_free(&out);
}

/* Random sequences of the signs that build syllables, heavy on the ones
 * that end or stack them, from a fixed seed. */
static void test_random_sequences(void **state)
{
    (void)state;
    static const UChar tricky[] = {
        0x1000, 0x1004, 0x1010, 0x1014, 0x1019, 0x101B, 0x101D, 0x1021,
        0x1025, 0x1026, 0x102C, 0x102D, 0x102F, 0x1031, 0x1032, 0x1036,
        0x1037, 0x1038, 0x1039, 0x103A, 0x103B, 0x103C, 0x103D, 0x103E,
        0x1040, 0x1047, 0x104A, 0x1075, 0x1083, 0xAA60};
    uint32_t seed = 12345u;
    aka__sb out = {0};
    UChar s[16];
    for (int round = 0; round < 30000; round++) {
        seed = seed * 1103515245u + 12345u;
        int32_t n = (int32_t)(1 + (seed >> 16) % 16);
        for (int32_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            uint32_t r = seed >> 16;
            s[i] = r % 4 ? tricky[r % (sizeof tricky / sizeof tricky[0])]
                         : pool_at(r % POOL_SIZE);
        }
        aka__sb_clear(&out);
        assert_int_equal(run(s, n, &out), AKA_OK);
        assert_tokens(&out);
    }
    aka__sb_free(&out);
}

/* 10,000 characters in one word, a real name repeated and a random one. */
static void test_long_input(void **state)
{
    (void)state;
    const char *myint = "မြင့်"; /* 5 characters, 15 bytes */
    size_t unit = strlen(myint);
    char *in = malloc(2000 * unit + 1);
    assert_non_null(in);
    for (int i = 0; i < 2000; i++)
        memcpy(in + (size_t)i * unit, myint, unit);
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_NAME, in, 2000 * unit, NULL, 0, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 2000 * 6 - 1);
    char *buf = malloc(len + 1);
    assert_non_null(buf);
    assert_int_equal(aka_normalize(AKA_NAME, in, 2000 * unit, buf, len + 1,
                                   &len),
                     AKA_OK);
    assert_true(strncmp(buf, "myint myint myint", 17) == 0);
    free(buf);
    free(in);

    UChar *s = malloc(10000 * sizeof(UChar));
    assert_non_null(s);
    uint32_t seed = 777u;
    for (int i = 0; i < 10000; i++) {
        seed = seed * 1103515245u + 12345u;
        s[i] = (UChar)(0x1000 + (seed >> 16) % 0xA0);
    }
    aka__sb out = {0};
    assert_int_equal(run(s, 10000, &out), AKA_OK);
    assert_tokens(&out);
    aka__sb_free(&out);
    free(s);
}

/* ---- Names meeting their Latin spellings ---- */

static void test_compare(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"အောင်အောင်", "Aung Aung"},
        {"ကျော်ကျော်", "Kyaw Kyaw"},
        {"ဇော်မင်းထွန်း", "Zaw Min Tun"},
        {"ထက်အောင်", "Htet Aung"},
        {"သက်နိုင်", "Thet Naing"},
        {"မင်းထက်", "Min Htet"},
        {"နိုင်ဝင်း", "Naing Win"},
        {"လှလှ", "Hla Hla"},
        {"မြမြ", "Mya Mya"},
        {"စုစု", "Su Su"},
        {"နွယ်နွယ်", "Nwe Nwe"},
        {"ခင်ခင်", "Khin Khin"},
        {"သီတာ", "Thida"},
        {"အိအိမွန်", "Ei Ei Mon"},
        {"ရတနာ", "Yadanar"},
        {"နှင်းဝေ", "Hnin Wai"},
        {"ဖြူဖြူ", "Phyu Phyu"},
        {"စန္ဒာ", "Sandar"},
        {"မိုးမိုး", "Moe Moe"},
        {"နီလာ", "Nilar"},
        {"အောင်ဆန်းစုကြည်", "Aung San Suu Kyi"},
        {"မောင်မောင်", "Maung Maung"},
        {"မြင့်မြင့်ခိုင်", "Myint Myint Khine"},
        {"စုစုလှိုင်", "Su Su Hlaing"},
        {"ဦးသန့်", "U Thant"},
        {"ဒေါ်အောင်ဆန်းစုကြည်", "Daw Aung San Suu Kyi"},
        {"မင်းအောင်လှိုင်", "Min Aung Hlaing"},
        {"သိန်းစိန်", "Thein Sein"},
        {"ထင်ကျော်", "Htin Kyaw"},
        {"ဝင်းမြင့်", "Win Myint"},
        {"ဖြိုးဝေအောင်", "Phyo Wai Aung"},
        {"ရဲရင့်အောင်", "Ye Yint Aung"},
        {"ညီညီ", "Nyi Nyi"},
        {"သန္တာ", "Thandar"},
        {"အုန်းမာ", "Ohnmar"},
        {"ဇာနည်", "Zarni"},
        {"ထားထား", "Htar Htar"},
        {"ခိုင်ခိုင်", "Khine Khine"},
        {"စိုးမိုး", "Soe Moe"},
        {"မျိုးမင်း", "Myo Min"},
        {"ပြည့်ဖြိုးအောင်", "Pyae Phyo Aung"},
        {"ထွန်းထွန်းဦး", "Tun Tun Oo"},
        {"ညွန့်ညွန့်", "Nyunt Nyunt"},
        {"ရွှေရီ", "Shwe Yi"},
        {"သူဇာ", "Thuzar"},
        {"ခင်ညွန့်", "Khin Nyunt"},
        {"သန်းရွှေ", "Than Shwe"},
        {"အေးအေးမြင့်", "Aye Aye Myint"},
        {"ပိုင်ဖြိုး", "Paing Phyo"},
        {"ဌေးဝင်း", "Htay Win"},
        {"သဇင်", "Thazin"},
        {"ထူးထူး", "Htoo Htoo"},
        {"ဝင်းဝင်းထွေး", "Win Win Htwe"},
        {"အောင်ကျော်ဦး", "Aung Kyaw Oo"},
        {"နေလင်း", "Nay Lin"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0.9, 1, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_mixed_and_stray),
        cmocka_unit_test(test_contract),
        cmocka_unit_test(test_every_pair),
        cmocka_unit_test(test_random_sequences),
        cmocka_unit_test(test_long_input),
        cmocka_unit_test(test_compare),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
