/* Lao romanisation (the spelling of Lao passports and the press): names
 * read as passports write them, names in Lao meeting their Latin
 * spellings and not the Latin spellings of other names, and text that is
 * no well-formed Lao word (signs alone, a leading vowel at the end,
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
#include "unicode/lao.h"

/* The reading of UTF-16 code units straight from the romaniser. */
static const char *direct(const UChar *b, int32_t n, aka__u16 *tmp,
                          aka__sb *out)
{
    return read_direct(aka__lao_latin, b, n, tmp, out);
}

static void test_names(void **state)
{
    (void)state;
    expect_name("ສົມພອນ", "somphone");      /* ອ is o; "one" after a long o */
    expect_name("ບຸນມີ ແກ້ວມະນີ", "bounmy keomany"); /* final open i is y */
    expect_name("ສີສະຫວາດ", "sisavath");    /* ຫ leads ວ; final ດ after a */
    expect_name("ໂພນສະຫວັນ", "phonesavanh"); /* ັນ ending a word is anh */
    expect_name("ສຸກສະຫວັນ", "souksavanh");
    expect_name("ວິໄລວັນ", "vilayvanh");     /* ໄ is ay */
    expect_name("ຄຳພອນ", "khamphone");       /* ຳ */
    expect_name("ສົມສະນິດ", "somsanith");
    expect_name("ຈັນທະວົງ", "chanthavong");
    expect_name("ເພັດສະໝອນ", "phetsamone");  /* ໝ; ດ mid-word is t */
    expect_name("ແສງດາວ", "sengdao");        /* ແ is e; final ວ is o */
    expect_name("ທອງສະຫວັນ", "thongsavanh");
    expect_name("ນ້ອຍ", "noy");              /* tone mark dropped */
    expect_name("ວົງສາ", "vongsa");
    expect_name("ດວງຈັນ", "douangchanh");    /* ວ between consonants is oua */
    expect_name("ໄຊສະນາ", "xaysana");        /* ຊ is x */
    expect_name("ໄຊຍະວົງ", "xayavong");      /* one y for ໄ and ຍ */
    expect_name("ວິໄລສັກ", "vilaysack");
    expect_name("ພູວົງ", "phouvong");
    expect_name("ບົວສອນ", "bouasone");       /* ົວ is oua */
    expect_name("ສີພັນດອນ", "siphandone");   /* ັນ mid-word is an */
    expect_name("ສີສຸລິດ", "sisoulith");
    expect_name("ໄກສອນ ພົມວິຫານ", "kaysone phomvihan");
    expect_name("ສະເລີມໄຊ", "saleumxay");    /* ເ-ີ is eu */
    expect_name("ບຸນຍັງ", "bounnhang");      /* ຍ after a consonant is nh */
    expect_name("ສຸລິຍາ", "souliya");        /* ... and y after a vowel */
    expect_name("ຄຳຫຼ້າ", "khamla");         /* ຫຼ */
    expect_name("ອາລຸນ", "aloun");           /* ອ as a silent initial */
    expect_name("ບຸນເຫຼືອ", "bounleua");     /* ເ-ືອ */
    expect_name("ແຂວງ", "khoueng");          /* ຂວ glides */
    expect_name("ບໍ່ແກ້ວ", "bokeo");         /* ໍ is o */
    expect_name("ເກົ້າ", "kao");
    expect_name("ວຽງຈັນ", "viengchanh");     /* ຽ before a final is ie */
    expect_name("ຈັນທ໌", "chanh");          /* ໌ silences ທ */
}

/* Native name, usual Latin spelling: at least 0.9 by aka_name_compare. */
static void test_compare(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        /* given names */
        {"ສົມພອນ", "Somphone"}, {"ບຸນມີ", "Bounmy"}, {"ຄຳພອນ", "Khamphone"},
        {"ສົມສະນິດ", "Somsanith"}, {"ເພັດສະໝອນ", "Phetsamone"},
        {"ແສງດາວ", "Sengdao"}, {"ທອງສະຫວັນ", "Thongsavanh"},
        {"ນ້ອຍ", "Noy"}, {"ດວງຈັນ", "Douangchanh"},
        {"ໂພນສະຫວັນ", "Phonesavanh"}, {"ສຸກສະຫວັນ", "Souksavanh"},
        {"ວິໄລວັນ", "Vilayvanh"}, {"ໄຊສະນາ", "Xaysana"},
        {"ບົວສອນ", "Bouasone"}, {"ໄກສອນ", "Kaysone"}, {"ສອນໄຊ", "Sonexay"},
        {"ສະເລີມໄຊ", "Saleumxay"}, {"ມາລີ", "Maly"},
        {"ຈູມມະລີ", "Choummaly"}, {"ບຸນຍັງ", "Bounnhang"},
        {"ທອງລຸນ", "Thongloun"}, {"ພັນຄຳ", "Phankham"}, {"ຄຳໄຕ", "Khamtai"},
        {"ອຸດົມ", "Oudom"}, {"ຄຳສີ", "Khamsy"}, {"ສີວິໄລ", "Sivilay"},
        {"ລັດສະໝີ", "Latsamy"}, {"ວັນນະສອນ", "Vannasone"},
        {"ບຸນເພັງ", "Bounpheng"}, {"ສຸລິຍາ", "Souliya"},
        {"ບຸນທັນ", "Bounthanh"}, {"ພູມີ", "Phoumi"}, {"ຄຳຫຼ້າ", "Khamla"},
        {"ອາລຸນ", "Aloun"}, {"ວັນໄຊ", "Vanxay"}, {"ແສງເພັດ", "Sengphet"},
        {"ສົມໃຈ", "Somchay"}, {"ຄຳມີ", "Khammy"}, {"ພອນທິບ", "Phonethip"},
        {"ບົວພັນ", "Bouaphanh"}, {"ໄຊທອງ", "Xaythong"},
        {"ບຸນທະວີ", "Bounthavy"}, {"ສົມບັດ", "Sombath"},
        {"ຈັນທະລາ", "Chanthala"}, {"ນາລີ", "Naly"}, {"ສູນທອນ", "Sounthone"},
        {"ບຸນຂອງ", "Bounkhong"}, {"ສີສົມພອນ", "Sisomphone"},
        {"ຄຳຜຸຍ", "Khamphouy"}, {"ດວງມາລາ", "Douangmala"},
        {"ບຸນເຫຼືອ", "Bounleua"}, {"ສີດາ", "Sida"}, {"ເພັດ", "Phet"},
        {"ແກ້ວມະນີ", "Keomany"}, {"ມະນີວົງ", "Manivong"},
        /* family names */
        {"ສີສະຫວາດ", "Sisavath"}, {"ພູວົງ", "Phouvong"}, {"ວົງສາ", "Vongsa"},
        {"ໄຊຍະວົງ", "Xayavong"}, {"ວິໄລສັກ", "Vilaysack"},
        {"ຈັນທະວົງ", "Chanthavong"}, {"ແກ້ວ", "Keo"},
        {"ສີພັນດອນ", "Siphandone"}, {"ສີສຸລິດ", "Sisoulith"},
        {"ກົມມະສິດ", "Kommasith"}, {"ສຸພານຸວົງ", "Souphanouvong"},
        {"ວົງວິຈິດ", "Vongvichit"}, {"ວິພາວັນ", "Viphavanh"},
        {"ອິນທະວົງ", "Inthavong"}, {"ສຸວັນນະພູມ", "Souvannaphoum"},
        {"ພົມມະຈັນ", "Phommachanh"}, {"ສີຫາລາດ", "Sihalath"},
        {"ພົມມະວົງ", "Phommavong"}, {"ສຸວັນນະວົງ", "Souvannavong"},
        {"ວົງພະຈັນ", "Vongphachanh"},
        /* whole names */
        {"ບຸນມີ ແກ້ວມະນີ", "Bounmy Keomany"},
        {"ສົມບັດ ສົມພອນ", "Sombath Somphone"},
        {"ທອງລຸນ ສີສຸລິດ", "Thongloun Sisoulith"},
        {"ໄກສອນ ພົມວິຫານ", "Kaysone Phomvihane"},
        {"ຄຳໄຕ ສີພັນດອນ", "Khamtai Siphandone"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0.9, 1, 0);
}

/* Different names that share a syllable stay apart: reading Lao must not
 * make them look alike. */
static void test_distinct(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"ບຸນມີ", "Bounthanh"}, {"ສົມພອນ", "Somsanith"},
        {"ສົມພອນ", "Khamphone"}, {"ຄຳພອນ", "Khamsy"},
        {"ສີສະຫວາດ", "Sisoulith"}, {"ສຸກສະຫວັນ", "Thongsavanh"},
        {"ສຸກສະຫວັນ", "Souksomboun"}, {"ວິໄລວັນ", "Vilaysack"},
        {"ຈັນທະວົງ", "Inthavong"}, {"ຈັນທະວົງ", "Chanthala"},
        {"ພູວົງ", "Phoumy"}, {"ແກ້ວມະນີ", "Keovilay"},
        {"ໂພນສະຫວັນ", "Phonethip"}, {"ໄຊສະນາ", "Xayavong"},
        {"ພົມມະວົງ", "Phommachanh"}, {"ວົງສາ", "Vongsavanh"},
        {"ສີສົມພອນ", "Somphone"}, {"ນາລີ", "Maly"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0, 0.5, 0);
}

static void test_tokens(void **state)
{
    (void)state;
    expect_name("ສົມພອນ-ແກ້ວ", "somphone keo");
    aka__u16 tmp = {0};
    aka__sb out = {0};
    /* ASCII letters and Lao digits stay in the token */
    static const UChar mixed[] = {'A', 0x0EAA, 0x0EB8, 0x0E81, '7', 0x0ED1};
    assert_string_equal(direct(mixed, 6, &tmp, &out), "asouk71");
    /* a space before the first token when out has text already; signs
     * alone say nothing: no empty token, no stray space */
    static const UChar souk[] = {0x0EAA, 0x0EB8, 0x0E81};
    static const UChar signs[] = {0x0EC8, 0x0ECC, 0x0EC9, 0x0EBA, 0x0EC6};
    check_appends(aka__lao_latin, souk, 3, "souk", signs, 5);
    /* ZWSP separates words */
    static const UChar sep[] = {0x0EAA, 0x0EB8, 0x0E81, 0x200B, 0x0EC1,
                                0x0E81, 0x0EC9, 0x0EA7};
    assert_string_equal(direct(sep, 8, &tmp, &out), "souk keo");
    /* NFKC's decompositions read as the precomposed letters: ຫນ as ໜ,
     * ໍ + າ as ຳ */
    static const UChar hno[] = {0x0EAB, 0x0E99, 0x0EAD, 0x0E8D};
    static const UChar hno_lig[] = {0x0EDC, 0x0EAD, 0x0E8D};
    assert_string_equal(direct(hno, 4, &tmp, &out), "noy");
    assert_string_equal(direct(hno_lig, 3, &tmp, &out), "noy");
    static const UChar kham[] = {0x0E84, 0x0ECD, 0x0EC9, 0x0EB2};
    assert_string_equal(direct(kham, 4, &tmp, &out), "kham");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Sequences no Lao writer makes, each read without error. */
static void test_ill_formed(void **state)
{
    (void)state;
    aka__u16 tmp = {0};
    aka__sb out = {0};
    static const UChar lead_end[] = {0x0EAA, 0x0EB8, 0x0E81, 0x0EC0};
    assert_string_equal(direct(lead_end, 4, &tmp, &out), "souke");
    static const UChar leads[] = {0x0EC0, 0x0EC4, 0x0EC1};
    assert_string_equal(direct(leads, 3, &tmp, &out), "eaye");
    static const UChar marks_only[] = {0x0EB1, 0x0EBB, 0x0EBC, 0x0EBD};
    assert_string_equal(direct(marks_only, 4, &tmp, &out), "");
    static const UChar vowels_alone[] = {0x0EB2, 0x0EB8};
    assert_string_equal(direct(vowels_alone, 2, &tmp, &out), "aou");
    static const UChar ho_alone[] = {0x0EAB, 0x0EBC};
    assert_string_equal(direct(ho_alone, 2, &tmp, &out), "ha");
    static const UChar repeated[] = {0x0E81, 0x0EB2, 0x0EB2, 0x0EC8,
                                     0x0EC8, 0x0ECC, 0x0ECC, 0x0ECD};
    direct(repeated, 8, &tmp, &out);
    static const UChar cancel_first[] = {0x0ECC, 0x0EB4, 0x0E81};
    direct(cancel_first, 3, &tmp, &out);
    /* unassigned code points of the block separate */
    static const UChar unassigned[] = {0x0EAA, 0x0EB8, 0x0E81, 0x0EA4,
                                       0x0E99, 0x0EB5, 0x0EFF, 0x0E80,
                                       0x0EBE, 0x0EDA};
    assert_string_equal(direct(unassigned, 10, &tmp, &out), "souk ny");
    assert_string_equal(direct(NULL, 0, &tmp, &out), "");
    /* the public function too: marks alone, a mixed word */
    check_public_odd_names("\xe0\xbb\x88\xe0\xbb\x8c", "Soukສຸກ");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Random strings of the Lao block (letters, signs, digits, unassigned
 * points) and a few ASCII characters: always ASCII tokens out, never a
 * crash (ASan catches a read past the end). */
static void test_random(void **state)
{
    (void)state;
    static const cp_range r[] = {
        {60, 0x0E80, 0x80}, {80, 0x0EB0, 0x20}, {92, 0x0EC0, 0x10},
        {95, 0x200B, 3}};
    check_random_text(aka__lao_latin, 2025, 30000, 32, r, 4);
}

/* 10,000 characters: one name repeated without a break, signs alone,
 * leading vowels alone, ຫ alone. */
static void test_long(void **state)
{
    (void)state;
    enum { N = 10000 };
    /* ສົມພອນ */
    static const UChar word[] = {0x0EAA, 0x0EBB, 0x0EA1, 0x0E9E, 0x0EAD,
                                 0x0E99};
    static const UChar tones[] = {0x0EC8, 0x0EC9, 0x0ECA, 0x0ECB};
    static const UChar lead[] = {0x0EC0}; /* ເ only */
    static const UChar bare[] = {0x0E81, 0x0EAB}; /* bare consonants */
    aka__u16 tmp = {0};
    aka__sb out = {0};
    read_repeated(aka__lao_latin, word, 6, N, &tmp, &out);
    assert_true(out.len > (size_t)N);
    assert_memory_equal(out.p, "somphone", 8);
    read_repeated(aka__lao_latin, tones, 4, N, &tmp, &out);
    assert_int_equal(out.len, 0);
    read_repeated(aka__lao_latin, lead, 1, N, &tmp, &out);
    assert_int_equal(out.len, N);
    read_repeated(aka__lao_latin, bare, 2, N, &tmp, &out);
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
