/* Malayalam romanisation (the spelling Keralites write their names in):
 * the chillu letters read, the two-part vowel signs read whole, names in
 * Malayalam meeting their Latin spellings and not other names, and text
 * that is no well-formed Malayalam word (signs alone, a virama first,
 * unassigned code points, mixed scripts, very long words) read without
 * crashing. */
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
#include "unicode/malayalam.h"

static const char *direct(const UChar *b, int32_t n, aka__u16 *tmp,
                          aka__sb *out)
{
    return read_direct(aka__malayalam_latin, b, n, tmp, out);
}

static void test_names(void **state)
{
    (void)state;
    /* the chillus, which ICU's Any-Latin dropped: kuma, ani, raja */
    expect_name("കുമാർ", "kumar");
    expect_name("അനിൽ", "anil");
    expect_name("രാജൻ", "rajan");
    expect_name("അബ്ദുൾ", "abdul");
    expect_name("മുഹമ്മദ് ബഷീർ", "muhammad bashir");
    /* ോ read whole (ICU: teamas), the final chandrakkala silent */
    expect_name("തോമസ്", "thomas");
    expect_name("മനോജ്", "manoj");
    expect_name("ഷീല", "shila");              /* final consonant keeps a */
    expect_name("ഉണ്ണികൃഷ്ണൻ", "unnikrishnan"); /* ൃ ri, ണ്ണ nn */
    expect_name("ഫാത്തിമ", "fatthima");        /* ഫ f, ത്ത doubled */
    expect_name("ശ്രീദേവി", "sridevi");        /* ശ്ര sr */
    expect_name("സന്തോഷ്", "santhosh");
    expect_name("ചന്ദ്രൻ", "chandran");
    expect_name("ആന്റണി", "antani");           /* ന്റ nt */
    expect_name("വിൻസെൻറ്", "vinsent");        /* the older ൻറ */
    expect_name("കുഞ്ഞുമോൻ", "kunjumon");      /* ഞ്ഞ nj */
    expect_name("സംഗീത", "sangitha");          /* anusvara before g: n */
    expect_name("ഹംസ", "hamsa");               /* and m elsewhere */
    expect_name("കുട്ടി", "kutti");
    expect_name("മുറ്റം", "muttam");           /* റ്റ tt; final ം m */
}

/* Native name, usual Latin spelling: at least 0.9 by aka_name_compare.
 * (Each but Chandran, Krishnan and Lakshmi scored 0 or below 0.9 when ICU
 * read them.) */
static void test_compare(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"കുമാർ", "Kumar"},
        {"അനിൽ", "Anil"},
        {"രാജൻ", "Rajan"},
        {"ബഷീർ", "Basheer"},
        {"തോമസ്", "Thomas"},
        {"കൃഷ്ണൻ", "Krishnan"},
        {"മുഹമ്മദ് ബഷീർ", "Muhammad Basheer"},
        {"ഫാത്തിമ", "Fathima"},
        {"ശ്രീദേവി", "Sreedevi"},
        {"ഉണ്ണികൃഷ്ണൻ", "Unnikrishnan"},
        {"സന്തോഷ്", "Santhosh"},
        {"വിൻസെന്റ്", "Vincent"},
        {"സംഗീത", "Sangeetha"},
        {"കുഞ്ഞുമോൻ", "Kunjumon"},
        {"അബ്ദുൾ", "Abdul"},
        {"മനോജ്", "Manoj"},
        {"സുനിൽ", "Sunil"},
        {"ശ്രീകുമാർ", "Sreekumar"},
        {"ഗോപാലകൃഷ്ണൻ", "Gopalakrishnan"},
        {"സുനിൽ കുമാർ", "Sunil Kumar"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0.9, 1, 0);
}

/* Different names stay apart. */
static void test_distinct(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"കുമാർ", "Rajesh"},     {"അനിൽ", "Anand"},
        {"രാജൻ", "Rajesh"},     {"തോമസ്", "Mathew"},
        {"സുനിൽ", "Suresh"},   {"ഷീല", "Shaji"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0, 0.5, 0);
}

static void test_tokens(void **state)
{
    (void)state;
    expect_name("സുനിൽ-കുമാർ", "sunil kumar");
    aka__u16 tmp = {0};
    aka__sb out = {0};
    /* ASCII letters and Malayalam digits stay in the token */
    static const UChar mixed[] = {'A', 0x0D28, 0x0D3F, '7', 0x0D67};
    assert_string_equal(direct(mixed, 5, &tmp, &out), "ani71");
    /* a space before the first token when out has text already; signs
     * alone say nothing: no empty token, no stray space */
    static const UChar ni[] = {0x0D28, 0x0D3F};
    static const UChar signs[] = {0x0D4D, 0x0D3F, 0x0D3E, 0x200D};
    check_appends(aka__malayalam_latin, ni, 2, "ni", signs, 4);
    /* ൊ ോ split into their parts read as the whole sign, ൌ too */
    static const UChar ko_split[] = {0x0D15, 0x0D46, 0x0D3E};
    static const UChar koo_split[] = {0x0D15, 0x0D47, 0x0D3E};
    static const UChar koo_whole[] = {0x0D15, 0x0D4B};
    static const UChar kau_split[] = {0x0D15, 0x0D46, 0x0D57};
    assert_string_equal(direct(ko_split, 3, &tmp, &out), "ko");
    assert_string_equal(direct(koo_split, 3, &tmp, &out), "ko");
    assert_string_equal(direct(koo_whole, 2, &tmp, &out), "ko");
    assert_string_equal(direct(kau_split, 3, &tmp, &out), "kau");
    /* the old chillu: consonant, virama, ZWJ (ര്‍ for ർ) */
    static const UChar old_chillu[] = {0x0D15, 0x0D41, 0x0D2E, 0x0D3E,
                                       0x0D30, 0x0D4D, 0x200D};
    assert_string_equal(direct(old_chillu, 7, &tmp, &out), "kumar");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Sequences no Malayalam writer makes, each read without error. */
static void test_ill_formed(void **state)
{
    (void)state;
    aka__u16 tmp = {0};
    aka__sb out = {0};
    static const UChar virama_first[] = {0x0D4D, 0x0D15};
    assert_string_equal(direct(virama_first, 2, &tmp, &out), "ka");
    static const UChar signs_only[] = {0x0D3E, 0x0D3F, 0x0D4D};
    assert_string_equal(direct(signs_only, 3, &tmp, &out), "");
    static const UChar anusvara_alone[] = {0x0D02};
    assert_string_equal(direct(anusvara_alone, 1, &tmp, &out), "m");
    static const UChar chillu_alone[] = {0x0D7C};
    assert_string_equal(direct(chillu_alone, 1, &tmp, &out), "r");
    /* a cluster cut at the end of the text, and ൻ before റ at the end */
    static const UChar cut[] = {0x0D31, 0x0D4D};
    assert_string_equal(direct(cut, 2, &tmp, &out), "r");
    static const UChar n_rra[] = {0x0D7B, 0x0D31};
    assert_string_equal(direct(n_rra, 2, &tmp, &out), "nta");
    static const UChar repeated[] = {0x0D15, 0x0D4D, 0x0D4D, 0x0D3F, 0x0D3F};
    direct(repeated, 5, &tmp, &out);
    /* unassigned code points of the block separate */
    static const UChar unassigned[] = {0x0D28, 0x0D3F, 0x0D0D, 0x0D15,
                                       0x0D45, 0x0D2E};
    assert_string_equal(direct(unassigned, 6, &tmp, &out), "ni ka ma");
    assert_string_equal(direct(NULL, 0, &tmp, &out), "");
    check_public_odd_names("\xe0\xb5\x8d\xe0\xb4\xbe", "Anilഅനിൽ");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

static void test_random(void **state)
{
    (void)state;
    static const cp_range r[] = {
        {60, 0x0D00, 0x80}, {85, 0x0D3E, 0x12}, {95, 0x200C, 2}};
    check_random_text(aka__malayalam_latin, 2026, 30000, 32, r, 3);
}

/* 10,000 characters: one name repeated without a break, signs alone,
 * bare consonants and chillus. */
static void test_long(void **state)
{
    (void)state;
    enum { N = 10000 };
    static const UChar word[] = {0x0D05, 0x0D28, 0x0D3F, 0x0D7D}; /* അനിൽ */
    static const UChar signs[] = {0x0D3E, 0x0D3F, 0x0D4D};
    static const UChar bare[] = {0x0D15, 0x0D02, 0x0D7C, 0x0D31, 0x0D4D};
    aka__u16 tmp = {0};
    aka__sb out = {0};
    read_repeated(aka__malayalam_latin, word, 4, N, &tmp, &out);
    assert_true(out.len >= (size_t)N);
    assert_memory_equal(out.p, "anil", 4);
    read_repeated(aka__malayalam_latin, signs, 3, N, &tmp, &out);
    assert_int_equal(out.len, 0);
    read_repeated(aka__malayalam_latin, bare, 5, N, &tmp, &out);
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
