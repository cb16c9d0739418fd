/* aka__arabic_spells and aka__hebrew_spells: which Latin tokens a word in
 * Arabic script or in Hebrew letters (as the normaliser romanises it) may
 * be written as (match/abjad_spelling.c), and what aka_name_compare makes
 * of such pairs. The Arabic names are from the kinds of pairs the public
 * Arabic-English name set holds (foreign names written in Arabic script,
 * and Arabic names) and from the pairs of Arabic names that are two
 * names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "match/abjad_spelling.h"
#include "match/keys.h"

static int spells(const char *ar, const char *la)
{
    return aka__arabic_spells(ar, strlen(ar), la, strlen(la));
}

static int same(const char *a, const char *b)
{
    double score = 0;
    int s = 0, t = 0;
    assert_int_equal(aka_name_compare(a, strlen(a), b, strlen(b), &score, &s), AKA_OK);
    assert_int_equal(aka_name_compare(b, strlen(b), a, strlen(a), &score, &t), AKA_OK);
    assert_int_equal(s, t); /* either order */
    return s;
}

static void test_long_vowels(void **state)
{
    (void)state;
    assert_true(spells("ylmaz", "yilmaz"));     /* يلماز: short i unwritten */
    assert_true(spells("lyna", "lena"));        /* ي for e */
    assert_true(spells("lyna", "lina"));
    assert_true(spells("hwyt", "hoyt"));        /* و for o */
    assert_true(spells("awts", "oates"));       /* أو: alef the seat */
    assert_true(spells("haydman", "heidemann")); /* اي for ei, nn once */
    assert_true(spells("waykwf", "wykoff"));
    assert_true(spells("mstfy", "mustafa"));    /* ى, a final a */
}

static void test_consonants(void **state)
{
    (void)state;
    assert_true(spells("karyjan", "kerrigan")); /* ج for a hard g */
    assert_true(spells("abatsha", "abacha"));   /* تش for ch */
    assert_true(spells("alksndr", "alexander")); /* كس for x */
    assert_true(spells("bytr", "peter"));       /* ب for p */
    assert_true(spells("fyktwr", "victor"));    /* ف for v, ك for c */
    assert_true(spells("nzmy", "nadhmi"));      /* ظ as dh */
    assert_true(spells("makghrath", "mcgrath")); /* ماك for Mc */
    /* Russian's kh for ح and dzh for ج (the other name in Cyrillic) */
    assert_true(spells("ahmdzy", "akhmadzay"));
    assert_true(spells("njyb", "nadzhib"));
    /* German and Dutch ch for ح: Achmed, Chassan */
    assert_true(spells("ahmd", "achmed"));
    assert_true(spells("hsn", "chassan"));
    assert_false(spells("ahmd", "achmet"));
}

static void test_final_letters(void **state)
{
    (void)state;
    assert_true(spells("njaa", "najat"));  /* نجاة */
    assert_true(spells("fatmh", "fatemeh")); /* Persian ه */
    assert_true(spells("fatmh", "fatima"));
    assert_true(spells("bdallh", "abdalla")); /* a silent final ه */
    /* the script writes a final long vowel: Nour is not Noura */
    assert_false(spells("nwr", "noura"));
    assert_false(spells("smr", "samira"));
}

static void test_other_names(void **state)
{
    (void)state;
    /* the long i of one Arabic name, the short e of another */
    assert_false(spells("smyr", "samer"));
    assert_false(spells("slym", "salem"));
    assert_false(spells("hmyd", "hamed"));
    assert_false(spells("mjyd", "majed"));
    assert_true(spells("samr", "samer"));
    assert_true(spells("smyr", "samir"));
    /* two vowels in a row are written: حسنی is Hosni, not Hosseini */
    assert_false(spells("hsny", "hosseini"));
    assert_true(spells("hsny", "hosni"));
    /* a dh that is د and ه: أدهم Adham, not Adam */
    assert_false(spells("adhm", "adam"));
    /* two letters alike are two syllables: معمر Muammar, not Ammar */
    assert_false(spells("mmr", "ammar"));
    assert_true(spells("mmr", "muammar")); /* ua: an ayin between */
    assert_true(spells("sd", "saad") == 0); /* (too short to tell) */
    assert_true(spells("syd", "saeed"));
    /* consonants the script would write */
    assert_false(spells("krym", "kramer"));
    assert_false(spells("lyna", "linda"));
    assert_true(spells("hwyt", "hewitt")); /* as هويت spells Hoyt */
    assert_false(spells("hwyt", "hunt"));
}

static void test_bounds(void **state)
{
    (void)state;
    assert_false(spells("", "a"));
    assert_false(spells("ab", "ab")); /* too short to tell */
    assert_false(spells("bab", ""));
    char longer[AKA__KEY_MAX + 2];
    memset(longer, 'b', sizeof longer - 1);
    longer[sizeof longer - 1] = 0;
    assert_false(spells(longer, longer));
    assert_false(spells("bab", longer));
    assert_false(aka__hebrew_spells("", 0, "a", 1));
    assert_false(aka__hebrew_spells(longer, strlen(longer), "bab", 3));
    /* the worst case for the search: every letter a vowel it may skip */
    char a[AKA__KEY_MAX + 1], l[AKA__KEY_MAX + 1];
    memset(a, 'y', AKA__KEY_MAX);
    memset(l, 'e', AKA__KEY_MAX);
    a[AKA__KEY_MAX] = l[AKA__KEY_MAX] = 0;
    assert_true(spells(a, l));
}

static int hebrew(const char *he, const char *la)
{
    return aka__hebrew_spells(he, strlen(he), la, strlen(la));
}

static void test_hebrew(void **state)
{
    (void)state;
    assert_true(hebrew("mrdky", "mordehai"));  /* מרדכי: כ as h */
    assert_true(hebrew("mrdky", "mordechai"));
    assert_true(hebrew("brwk", "barukh"));     /* ברוך: ך kh, ו u */
    assert_true(hebrew("tqwh", "tikvah"));     /* תקוה: ו v */
    assert_true(hebrew("hwh", "hava"));        /* חוה: final ה a */
    assert_true(hebrew("dwwyd", "david"));     /* וו: v */
    assert_true(hebrew("yqb", "jakob"));       /* a first י as j */
    assert_true(hebrew("mireyam", "miriam"));  /* pointed: the shva left out */
    assert_true(hebrew("spyr", "shapiro") == 0); /* (the dropped א: tables) */
    assert_true(hebrew("zby", "tsvi"));        /* צבי */
    assert_false(hebrew("brkh", "berko"));     /* ברכה Bracha: ה writes no o */
    assert_false(hebrew("dyyn", "din"));       /* דיין Dayan */
    assert_false(hebrew("myr", "major"));      /* j only first */
    assert_false(hebrew("hwh", "hanna"));
}

static void test_names_compared(void **state)
{
    (void)state;
    assert_true(same("يلماز", "Yilmaz"));
    assert_true(same("هويت", "Hoyt"));
    assert_true(same("معمر", "Muammar"));
    /* the variant tables hold Lina and Lena apart, whatever the script */
    assert_false(same("لينا", "Lena"));
    assert_true(same("نجاة", "Najat"));
    assert_true(same("كاريجان", "Kerrigan"));
    assert_true(same("هايدمان", "Heidemann"));
    assert_true(same("ميشال عون", "Michel Aoun"));
    assert_false(same("سمير", "Samer"));
    assert_false(same("معمر", "Ammar"));
    assert_false(same("حسنی", "Hosseini"));
    assert_true(same("מרדכי", "Mordehai"));
    assert_true(same("ברוך", "Barukh"));
    assert_false(same("ברכה", "Berko"));
    /* both in Arabic script: each writes its vowels */
    assert_false(same("سمير", "سامر"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_long_vowels),
        cmocka_unit_test(test_consonants),
        cmocka_unit_test(test_final_letters),
        cmocka_unit_test(test_other_names),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_hebrew),
        cmocka_unit_test(test_names_compared),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
