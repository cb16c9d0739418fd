/* Identifiers: "TYPE:VALUE" to "type:value". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "normalize/normalize.h"

typedef struct {
    const char *in;
    const char *want; /* NULL: AKA_ERR_PARSE expected */
} icase;

static void check(const icase *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        aka__sb out = {0};
        aka__err err = {{0}};
        aka_status st = aka__normalize(AKA_IDENTIFIER, cases[i].in,
                                       strlen(cases[i].in), NULL, &out, &err);
        if (cases[i].want) {
            if (st != AKA_OK || strcmp(out.p, cases[i].want) != 0)
                fail_msg("case %zu \"%s\": got %s \"%s\" (%s), want \"%s\"",
                         i, cases[i].in, aka_status_str(st),
                         st == AKA_OK ? out.p : "", err.msg, cases[i].want);
        } else {
            if (st != AKA_ERR_PARSE)
                fail_msg("case %zu \"%s\": got %s \"%s\", want AKA_ERR_PARSE",
                         i, cases[i].in, aka_status_str(st),
                         out.p ? out.p : "");
            assert_null(strstr(err.msg, cases[i].in));
            assert_true(strncmp(err.msg, "identifier: ", 12) == 0);
        }
        aka__sb_free(&out);
    }
}

static void test_identifiers(void **state)
{
    (void)state;
    static const icase cases[] = {
        {"IBAN: DE89 3704 0044 0532 0130 00", "iban:de89370400440532013000"},
        {"Plate:AB-123-CD", "plate:ab123cd"},
        {"Bank Account: 1234-5678", "bank_account:12345678"},
        {"bank-account:12345678", "bank_account:12345678"},
        {"  Telegram : @Some_User ", "telegram:some_user"},
        {"instagram:@@double", "instagram:@double"},
        {"Véhicule:AB 123 CD", "vehicule:ab123cd"},
        {"IP:192.168.0.1", "ip:192.168.0.1"},
        {"instagram:@john.doe", "instagram:john.doe"},
        /* a value may itself contain ':' */
        {"url:https://example.com/a", "url:https://example.com/a"},
        /* NFKC case folding: full width, German sharp s, Cyrillic, Greek */
        {"VK:ＩＶＡＮ１２３", "vk:ivan123"},
        {"handle:Straße", "handle:strasse"},
        {"plate:АА 1234 ВК", "plate:аа1234вк"},
        {"afm:ΑΒΓ-123", "afm:αβγ123"},
        {"ad id:  x\xe2\x80\x93y\xc2\xa0z", "ad_id:xyz"},
        {"type2:Value", "type2:value"},
    };
    check(cases, sizeof cases / sizeof cases[0]);
}

static void test_errors(void **state)
{
    (void)state;
    static const icase cases[] = {
        {"no colon here", NULL},
        {":value", NULL},            /* empty type */
        {" - :value", NULL},
        {"iban:", NULL},             /* empty value */
        {"iban: - . - ", NULL},
        {"telegram:@", NULL},
        {"ИНН:1234567890", NULL},    /* type must be Latin */
        {"号码:123", NULL},
    };
    check(cases, sizeof cases / sizeof cases[0]);
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
