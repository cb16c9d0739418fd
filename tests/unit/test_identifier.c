/* Identifiers: "TYPE:VALUE" to "type:value". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#include "normalize/normalize.h"

static void test_identifiers(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"IBAN: DE89 3704 0044 0532 0130 00", "iban:de89370400440532013000"},
        {"Plate:AB-123-CD", "plate:ab123cd"},
        {"Bank Account: 1234-5678", "bank_account:12345678"},
        {"bank-account:12345678", "bank_account:12345678"},
        {"  Telegram : @Some_User ", "telegram:some_user"},
        {"instagram:@@double", "instagram:@double"},
        {"Véhicule:AB 123 CD", "vehicule:ab123cd"},
        {"IP:192.168.0.1", "ip:192.168.0.1"},
        {"instagram:@john.doe", "instagram:john.doe"},
        /* dots between digits group a number as hyphens do; an IPv4
         * address keeps them */
        {"RUT:12.345.678-5", "rut:12345678"},
        {"CPF:123.456.789-09", "cpf:12345678909"},
        {"AHV:756.1234.5678.97", "ahv:7561234567897"},
        {"IP:10.0.0.1", "ip:10.0.0.1"},
        {"x:a.1", "x:a.1"},
        /* a value may itself contain ':' */
        {"url:https://example.com/a", "url:https://example.com/a"},
        /* NFKC case folding: full width, German sharp s, Cyrillic, Greek */
        {"VK:ＩＶＡＮ１２３", "vk:ivan123"},
        {"handle:Straße", "handle:strasse"},
        /* Turkic İ and ı: a handle in capitals is the one in small
         * letters */
        {"TELEGRAM:@\xc4\xb0" "BRAH\xc4\xb0" "M", "telegram:ibrahim"},
        {"telegram:@\xc4\xb0" "brahim", "telegram:ibrahim"},
        {"FACEBOOK:\xc5\x9e\xc3\x9c" "KR\xc3\x9c.KILI\xc3\x87", "facebook:\xc5\x9f\xc3\xbc" "kr\xc3\xbc.kili\xc3\xa7"},
        {"facebook:\xc5\x9f\xc3\xbc" "kr\xc3\xbc.k\xc4\xb1l\xc4\xb1\xc3\xa7", "facebook:\xc5\x9f\xc3\xbc" "kr\xc3\xbc.kili\xc3\xa7"},
        {"plate:АА 1234 ВК", "plate:аа1234вк"},
        {"afm:ΑΒΓ-123", "afm:αβγ123"},
        {"ad id:  x\xe2\x80\x93y\xc2\xa0z", "ad_id:xyz"},
        {"type2:Value", "type2:value"},
        /* a RUT with and without its check digit, RUN for RUT; a wrong
         * check digit stays; eight digits alone are the number */
        {"RUT:12345678", "rut:12345678"},
        {"RUT:123456785", "rut:12345678"},
        {"RUN: 12 345 678 - 5", "rut:12345678"},
        {"RUT:12.345.678-4", "rut:123456784"},
        {"RUT:1234567-4", "rut:1234567"},
        {"RUT:1234567-k", "rut:1234567k"},
        {"RUT:5.126.663-3", "rut:5126663"},
        {"RUT:15.000.000-K", "rut:15000000k"},
        {"RUT:10.000.013-K", "rut:10000013"},
        {"RUT:12-3", "rut:123"},
        /* ... and R.U.T., R.U.N. as Chilean forms print the type */
        {"R.U.T.:12.345.678-5", "rut:12345678"},
        {"R.U.N.: 12.345.670-K", "rut:12345670"},
        /* digits of other scripts are the ASCII ones (Arabic-Indic,
         * Devanagari, Bengali) */
        {"Iqama:٢١٢٣٤٥٦٧٨٩", "iqama:2123456789"},
        {"Aadhaar:१२३४ ५६७८ ९०१२", "aadhaar:123456789012"},
        {"NID:১২৩৪৫৬৭৮৯০", "nid:1234567890"},
        /* a personnummer with and without its century, + for 100 */
        {"PNR:19850412-1234", "personnummer:8504121234"},
        {"Personnummer:850412-1234", "personnummer:8504121234"},
        {"PNR:191212121212", "personnummer:1212121212"},
        {"pnr:121212+1212", "personnummer:1212121212"},
        {"PNR:20010101-0000", "personnummer:0101010000"},
        {"PNR:30010101-0000", "personnummer:300101010000"},
        {"PNR:abc", "personnummer:abc"},
        /* a country before the type is kept (the comparator reads it) */
        {"AF-TAZKIRA:1399-0101-12345", "af_tazkira:1399010112345"},
        /* a check character in brackets at the end loses them; other
         * brackets stay */
        {"HKID:A123456(3)", "hkid:a1234563"},
        {"HKID:A123456 (A)", "hkid:a123456a"},
        {"HKID:A1234563", "hkid:a1234563"},
        {"x:(3)", "x:(3)"},
        {"x:a(33)", "x:a(33)"},
        {"x:a(3)b", "x:a(3)b"},
        /* a Mongolian register number in Latin letters, as spelled */
        {"MN_REG:УБ92030812", "mn_reg:ub92030812"},
        {"MN_REG:ЧИ 9203-0812", "mn_reg:chi92030812"},
        {"MN_REG:ӨҮ92030812", "mn_reg:ou92030812"},
        {"MN_REG:UB92030812", "mn_reg:ub92030812"},
        /* ... and only that shape: nine digits, three letters, a soft sign */
        {"MN_REG:УБ920308123", "mn_reg:уб920308123"},
        {"MN_REG:УБА92030812", "mn_reg:уба92030812"},
        {"MN_REG:УЬ92030812", "mn_reg:уь92030812"},
    };
    check_cases(AKA_IDENTIFIER, cases, sizeof cases / sizeof cases[0]);
}

static void test_errors(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"no colon here", NULL},
        {":value", NULL},            /* empty type */
        {" - :value", NULL},
        {"iban:", NULL},             /* empty value */
        {"iban: - . - ", NULL},
        {"telegram:@", NULL},
        {"ИНН:1234567890", NULL},    /* type must be Latin */
        {"号码:123", NULL},
    };
    check_cases(AKA_IDENTIFIER, cases, sizeof cases / sizeof cases[0]);
}

static void test_public_buffer(void **state)
{
    (void)state;
    const char *in = "Plate:AB-123-CD";
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_IDENTIFIER, in, strlen(in), NULL, 0,
                                   &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 13);
    char buf[16];
    assert_int_equal(aka_normalize(AKA_IDENTIFIER, in, strlen(in), buf, 12,
                                   &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(aka_normalize(AKA_IDENTIFIER, in, strlen(in), buf,
                                   sizeof buf, &len),
                     AKA_OK);
    assert_string_equal(buf, "plate:ab123cd");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identifiers),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_public_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
