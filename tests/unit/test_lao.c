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

/* aka_normalize(AKA_NAME) of a UTF-8 literal equals want. */
static void expect(const char *lao, const char *want)
{
    char buf[256];
    size_t len = 0;
    aka_status st = aka_normalize(AKA_NAME, lao, strlen(lao), buf,
                                  sizeof buf, &len);
    if (st != AKA_OK || strcmp(buf, want) != 0)
        fail_msg("%s: got %s \"%s\", want \"%s\"", lao, aka_status_str(st),
                 st == AKA_OK ? buf : "", want);
}

/* The reading of UTF-16 code units straight from the romaniser. */
static const char *direct(const UChar *b, int32_t n, aka__u16 *tmp,
                          aka__sb *out)
{
    aka__sb_clear(out);
    assert_int_equal(aka__lao_latin(b, n, tmp, out), AKA_OK);
    return out->p ? out->p : "";
}

static double compare(const char *a, const char *b)
{
    double score = 0;
    int same = 0;
    aka_status st = aka_name_compare(a, strlen(a), b, strlen(b), &score,
                                     &same);
    if (st != AKA_OK)
        fail_msg("%s / %s: %s", a, b, aka_status_str(st));
    return score;
}

static void test_names(void **state)
{
    (void)state;
    expect("ສົມພອນ", "somphone");      /* ອ is o; "one" after a long o */
    expect("ບຸນມີ ແກ້ວມະນີ", "bounmy keomany"); /* final open i is y */
    expect("ສີສະຫວາດ", "sisavath");    /* ຫ leads ວ; final ດ after a */
    expect("ໂພນສະຫວັນ", "phonesavanh"); /* ັນ ending a word is anh */
    expect("ສຸກສະຫວັນ", "souksavanh");
    expect("ວິໄລວັນ", "vilayvanh");     /* ໄ is ay */
    expect("ຄຳພອນ", "khamphone");       /* ຳ */
    expect("ສົມສະນິດ", "somsanith");
    expect("ຈັນທະວົງ", "chanthavong");
    expect("ເພັດສະໝອນ", "phetsamone");  /* ໝ; ດ mid-word is t */
    expect("ແສງດາວ", "sengdao");        /* ແ is e; final ວ is o */
    expect("ທອງສະຫວັນ", "thongsavanh");
    expect("ນ້ອຍ", "noy");              /* tone mark dropped */
    expect("ວົງສາ", "vongsa");
    expect("ດວງຈັນ", "douangchanh");    /* ວ between consonants is oua */
    expect("ໄຊສະນາ", "xaysana");        /* ຊ is x */
    expect("ໄຊຍະວົງ", "xayavong");      /* one y for ໄ and ຍ */
    expect("ວິໄລສັກ", "vilaysack");
    expect("ພູວົງ", "phouvong");
    expect("ບົວສອນ", "bouasone");       /* ົວ is oua */
    expect("ສີພັນດອນ", "siphandone");   /* ັນ mid-word is an */
    expect("ສີສຸລິດ", "sisoulith");
    expect("ໄກສອນ ພົມວິຫານ", "kaysone phomvihan");
    expect("ສະເລີມໄຊ", "saleumxay");    /* ເ-ີ is eu */
    expect("ບຸນຍັງ", "bounnhang");      /* ຍ after a consonant is nh */
    expect("ສຸລິຍາ", "souliya");        /* ... and y after a vowel */
    expect("ຄຳຫຼ້າ", "khamla");         /* ຫຼ */
    expect("ອາລຸນ", "aloun");           /* ອ as a silent initial */
    expect("ບຸນເຫຼືອ", "bounleua");     /* ເ-ືອ */
    expect("ແຂວງ", "khoueng");          /* ຂວ glides */
    expect("ບໍ່ແກ້ວ", "bokeo");         /* ໍ is o */
    expect("ເກົ້າ", "kao");
    expect("ວຽງຈັນ", "viengchanh");     /* ຽ before a final is ie */
    expect("ຈັນທ໌", "chanh");          /* ໌ silences ທ */
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
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        double score = compare(pairs[i][0], pairs[i][1]);
        if (score < 0.9)
            fail_msg("%s / %s: %.3f", pairs[i][0], pairs[i][1], score);
    }
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
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        double score = compare(pairs[i][0], pairs[i][1]);
        if (score >= 0.5)
            fail_msg("%s / %s: %.3f", pairs[i][0], pairs[i][1], score);
    }
}

static void test_tokens(void **state)
{
    (void)state;
    expect("ສົມພອນ-ແກ້ວ", "somphone keo");
    aka__u16 tmp = {0};
    aka__sb out = {0};
    /* ASCII letters and Lao digits stay in the token */
    static const UChar mixed[] = {'A', 0x0EAA, 0x0EB8, 0x0E81, '7', 0x0ED1};
    assert_string_equal(direct(mixed, 6, &tmp, &out), "asouk71");
    /* a space before the first token when out has text already */
    aka__sb_clear(&out);
    assert_int_equal(aka__sb_append_str(&out, "x"), AKA_OK);
    static const UChar souk[] = {0x0EAA, 0x0EB8, 0x0E81};
    assert_int_equal(aka__lao_latin(souk, 3, &tmp, &out), AKA_OK);
    assert_string_equal(out.p, "x souk");
    /* signs alone say nothing: no empty token, no stray space */
    static const UChar signs[] = {0x0EC8, 0x0ECC, 0x0EC9, 0x0EBA, 0x0EC6};
    assert_int_equal(aka__lao_latin(signs, 5, &tmp, &out), AKA_OK);
    assert_string_equal(out.p, "x souk");
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
    char buf[128];
    size_t len;
    aka_status st = aka_normalize(AKA_NAME, "\xe0\xbb\x88\xe0\xbb\x8c", 6,
                                  buf, sizeof buf, &len);
    assert_true(st == AKA_OK || st == AKA_ERR_PARSE);
    st = aka_normalize(AKA_NAME, "Soukສຸກ", strlen("Soukສຸກ"), buf,
                       sizeof buf, &len);
    assert_int_equal(st, AKA_OK);
    assert_true(len > 0);
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
    UChar *b = malloc(N * sizeof *b);
    assert_non_null(b);
    /* ສົມພອນ */
    static const UChar word[] = {0x0EAA, 0x0EBB, 0x0EA1, 0x0E9E, 0x0EAD,
                                 0x0E99};
    for (int32_t i = 0; i < N; i++)
        b[i] = word[i % 6];
    aka__u16 tmp = {0};
    aka__sb out = {0};
    assert_int_equal(aka__lao_latin(b, N, &tmp, &out), AKA_OK);
    assert_true(out.len > (size_t)N);
    assert_memory_equal(out.p, "somphone", 8);
    for (int32_t i = 0; i < N; i++)
        b[i] = (UChar)(0x0EC8 + i % 4); /* tone marks only */
    aka__sb_clear(&out);
    assert_int_equal(aka__lao_latin(b, N, &tmp, &out), AKA_OK);
    assert_int_equal(out.len, 0);
    for (int32_t i = 0; i < N; i++)
        b[i] = 0x0EC0; /* ເ only */
    aka__sb_clear(&out);
    assert_int_equal(aka__lao_latin(b, N, &tmp, &out), AKA_OK);
    assert_int_equal(out.len, N);
    for (int32_t i = 0; i < N; i++)
        b[i] = i % 2 ? 0x0EAB : 0x0E81; /* bare consonants */
    aka__sb_clear(&out);
    assert_int_equal(aka__lao_latin(b, N, &tmp, &out), AKA_OK);
    assert_true(lower_ascii_tokens(out.p));
    aka__u16_free(&tmp);
    aka__sb_free(&out);
    free(b);
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
