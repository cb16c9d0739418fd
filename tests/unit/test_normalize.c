/* The normalisation dispatcher: the checks every kind shares (limits,
 * UTF-8, NUL bytes, empty values, NULL pointers, small buffers), run for
 * every kind through the public aka_normalize. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

/* A readable value of each kind, indexed by kind. */
static const char *const sample[] = {
    NULL, "Юлия Тимошенко", "Юлия", "Тимошенко", "7 марта 1985", "жен.",
    "Україна", "UA:СН 123456", "+380 50 123 45 67", "Olena@Example.com",
    "вул. Хрещатик, 22", "Київ", "IBAN: UA21 3223",
};

#define NKINDS 12

static void test_shared_checks(void **state)
{
    (void)state;
    size_t mb = 1u << 20;
    char *huge = malloc(mb);
    assert_non_null(huge);
    memset(huge, 'a', mb);
    char buf[256];
    for (int k = 1; k <= NKINDS; k++) {
        size_t len = 0;
        const char *v = sample[k];
        assert_int_equal(aka_normalize(k, v, strlen(v), buf, sizeof buf, &len),
                         AKA_OK);
        size_t want = len;
        /* too small: the needed size, nothing else */
        assert_int_equal(aka_normalize(k, v, strlen(v), buf, want, &len),
                         AKA_OK);
        assert_int_equal(aka_normalize(k, v, strlen(v), buf, want - 1, &len),
                         AKA_ERR_BUFFER);
        assert_int_equal(len, want);
        assert_int_equal(aka_normalize(k, v, strlen(v), NULL, 0, &len),
                         AKA_ERR_BUFFER);
        assert_int_equal(len, want);
        /* arguments */
        assert_int_equal(aka_normalize(k, v, strlen(v), buf, sizeof buf, NULL),
                         AKA_ERR_ARGUMENT);
        assert_int_equal(aka_normalize(k, v, strlen(v), NULL, 8, &len),
                         AKA_ERR_ARGUMENT);
        assert_int_equal(aka_normalize(k, NULL, 3, buf, sizeof buf, &len),
                         AKA_ERR_ARGUMENT);
        /* values every kind refuses alike */
        assert_int_equal(aka_normalize(k, NULL, 0, buf, sizeof buf, &len),
                         AKA_ERR_PARSE);
        assert_int_equal(aka_normalize(k, "", 0, buf, sizeof buf, &len),
                         AKA_ERR_PARSE);
        assert_int_equal(aka_normalize(k, " \t\n", 3, buf, sizeof buf, &len),
                         AKA_ERR_PARSE);
        assert_int_equal(aka_normalize(k, huge, mb, buf, sizeof buf, &len),
                         AKA_ERR_LIMIT);
        assert_int_equal(aka_normalize(k, "ab\0cd", 5, buf, sizeof buf, &len),
                         AKA_ERR_UTF8);
        assert_int_equal(aka_normalize(k, "\xc0\xaf", 2, buf, sizeof buf, &len),
                         AKA_ERR_UTF8);
        assert_int_equal(aka_normalize(k, "\xed\xa0\x80", 3, buf, sizeof buf,
                                       &len),
                         AKA_ERR_UTF8);
        assert_int_equal(aka_normalize(k, "UA\xff", 3, buf, sizeof buf, &len),
                         AKA_ERR_UTF8);
    }
    free(huge);
}

/* The same through an engine: each failure leaves a message that names
 * the kind and never quotes the value, and the engine keeps working. */
static void test_engine_messages(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    char buf[256];
    size_t len;
    static const char secret[] = "Zorglub\xff";
    for (int k = 1; k <= NKINDS; k++) {
        assert_int_equal(aka_engine_normalize(e, k, secret, sizeof secret - 1,
                                              buf, sizeof buf, &len),
                         AKA_ERR_UTF8);
        const char *msg = aka_engine_errmsg(e);
        assert_true(strlen(msg) > 0);
        assert_null(strstr(msg, "Zorglub"));
        assert_non_null(strstr(msg, aka__kind_name(k)));
        assert_int_equal(aka_engine_normalize(e, k, sample[k], strlen(sample[k]),
                                              buf, sizeof buf, &len),
                         AKA_OK);
    }
    aka_engine_free(e);
}

/* What exports write for no value ("NULL", "N/A", "#N/A", "nan") is
 * refused by every kind, and the message says the value is missing, so
 * that a host sees a blank, not a misspelt value. A document of letters
 * only ("NULL" would be one) is no document. */
static void test_missing_values(void **state)
{
    (void)state;
    static const char *const blanks[] = {"NULL", "N/A", "#N/A", "nan", "None",
                                         "unknown", "не указано"};
    static const char *const says[NKINDS + 1] = {
        NULL, "placeholder", "placeholder", "placeholder", "missing", "missing",
        "missing", "missing", "missing", "missing", "placeholder", "placeholder",
        "missing"};
    char buf[256];
    size_t len;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    for (int k = 1; k <= NKINDS; k++)
        for (size_t i = 0; i < sizeof blanks / sizeof *blanks; i++) {
            /* (Nan is a name, and a Thai province) */
            if (!strcmp(blanks[i], "nan") && !strcmp(says[k], "placeholder"))
                continue;
            aka_status st = aka_engine_normalize(e, k, blanks[i], strlen(blanks[i]),
                                                 buf, sizeof buf, &len);
            if (st != AKA_ERR_PARSE || !strstr(aka_engine_errmsg(e), says[k]))
                fail_msg("%s \"%s\": %s \"%s\", want a message with \"%s\"",
                         aka__kind_name(k), blanks[i], aka_status_str(st),
                         aka_engine_errmsg(e), says[k]);
        }
    /* numbers of one digit repeated, as forms fill a number not known,
     * and an identifier's value that is a word for none */
    static const struct {
        aka_feature kind;
        const char *in;
    } fills[] = {
        {AKA_DOCUMENT, "000000000"}, {AKA_DOCUMENT, "UA: 0000 0000"},
        {AKA_PHONE, "0000000000"},   {AKA_PHONE, "+99 999 999 999"},
        {AKA_IDENTIFIER, "tax:0"},   {AKA_IDENTIFIER, "ssn:000-00-0000"},
        {AKA_IDENTIFIER, "tax:N/A"}, {AKA_IDENTIFIER, "passport:NULL"},
    };
    for (size_t i = 0; i < sizeof fills / sizeof *fills; i++) {
        aka_status st = aka_engine_normalize(e, fills[i].kind, fills[i].in,
                                             strlen(fills[i].in), buf, sizeof buf,
                                             &len);
        const char *msg = aka_engine_errmsg(e);
        if (st != AKA_ERR_PARSE ||
            (!strstr(msg, "placeholder") && !strstr(msg, "missing")))
            fail_msg("%s \"%s\": %s \"%s\"", aka__kind_name(fills[i].kind),
                     fills[i].in, aka_status_str(st), msg);
    }
    /* ... while numbers with a repeated digit in them stay */
    static const struct {
        aka_feature kind;
        const char *in, *want;
    } kept[] = {
        {AKA_DOCUMENT, "AB000000", "AB000000"},
        {AKA_PHONE, "+380 50 000 0000", "+380500000000"},
        {AKA_IDENTIFIER, "nin:AB0000000", "nin:ab0000000"},
    };
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        assert_int_equal(aka_engine_normalize(e, kept[i].kind, kept[i].in,
                                              strlen(kept[i].in), buf, sizeof buf,
                                              &len),
                         AKA_OK);
        assert_string_equal(buf, kept[i].want);
    }
    aka_engine_free(e);
}

static void test_kind_names(void **state)
{
    (void)state;
    static const char *const want[] = {
        NULL, "name", "given_name", "family_name", "date_of_birth", "gender",
        "nationality", "document", "phone", "email", "address",
        "place_of_birth", "identifier",
    };
    for (int k = 1; k <= NKINDS; k++)
        assert_string_equal(aka__kind_name(k), want[k]);
    assert_string_equal(aka__kind_name(0), "value");
    assert_string_equal(aka__kind_name(NKINDS + 1), "value");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shared_checks),
        cmocka_unit_test(test_engine_messages),
        cmocka_unit_test(test_kind_names),
        cmocka_unit_test(test_missing_values),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
