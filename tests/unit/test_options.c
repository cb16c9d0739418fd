/* Options: defaults, set/get, rejected keys and values leave the set
 * unchanged, every key is documented. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#include "aka.h"
#include "engine/options.h"
#include "unicode/uctx.h"

/* docs/options.md, read once. */
static const char *options_doc(void)
{
    static char doc[1 << 16];
    if (!doc[0]) {
        FILE *f = fopen(AKA_SOURCE_DIR "/docs/options.md", "rb");
        assert_non_null(f);
        size_t n = fread(doc, 1, sizeof doc - 1, f);
        fclose(f);
        doc[n] = '\0';
    }
    return doc;
}

static void get(aka_options *o, const char *key, const char *want)
{
    char buf[64];
    size_t len = 0;
    assert_int_equal(aka_options_get(o, key, buf, sizeof buf, &len), AKA_OK);
    assert_string_equal(buf, want);
    assert_int_equal(len, strlen(want));
}

static void test_default_country(void **state)
{
    (void)state;
    aka_options *o = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    get(o, "default_country", "");
    assert_string_equal(aka_options_errmsg(o), "");
    assert_int_equal(aka_options_set(o, "default_country", "Україна"), AKA_OK);
    get(o, "default_country", "UA");
    assert_int_equal(aka_options_set(o, "default_country", "deu"), AKA_OK);
    get(o, "default_country", "DE");
    /* A bad value is refused with a message and changes nothing. */
    assert_int_equal(aka_options_set(o, "default_country", "Atlantis"),
                     AKA_ERR_OPTION);
    assert_non_null(strstr(aka_options_errmsg(o), "default_country"));
    get(o, "default_country", "DE");
    assert_int_equal(aka_options_set(o, "default_country", "\xc3\x28"),
                     AKA_ERR_UTF8);
    get(o, "default_country", "DE");
    assert_int_equal(aka_options_set(o, "default_country", ""), AKA_OK);
    get(o, "default_country", "");
    aka_options_free(o);
}

/* The identifier types of which a person holds one: a default list of
 * national numbers, set as types are written (folded as identifier.c
 * folds them), read back as a comma list; "" for none; a type of other
 * characters is refused and changes nothing. */
static void test_unique_identifier_types(void **state)
{
    (void)state;
    aka_options *o = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    char buf[2048];
    size_t len;
    assert_int_equal(aka_options_get(o, "unique_identifier_types", buf, sizeof buf, &len),
                     AKA_OK);
    assert_non_null(strstr(buf, "nin,"));
    assert_non_null(strstr(buf, "tazkira"));
    assert_null(strstr(buf, "iban"));
    /* the default docs/options.md states is the one in force */
    char cell[2100];
    snprintf(cell, sizeof cell, "| `unique_identifier_types` | `%s` |", buf);
    assert_non_null(strstr(options_doc(), cell));
    assert_int_equal(aka_options_set(o, "unique_identifier_types", "NIN, Tax ID,case-no"),
                     AKA_OK);
    get(o, "unique_identifier_types", "nin,tax_id,case_no");
    assert_int_equal(aka_options_set(o, "unique_identifier_types", "nin,,pps"),
                     AKA_ERR_OPTION);
    assert_non_null(strstr(aka_options_errmsg(o), "unique_identifier_types"));
    assert_int_equal(aka_options_set(o, "unique_identifier_types", "n\xc3\xadn"),
                     AKA_ERR_OPTION);
    get(o, "unique_identifier_types", "nin,tax_id,case_no");
    assert_int_equal(aka_options_set(o, "unique_identifier_types", ""), AKA_OK);
    get(o, "unique_identifier_types", "");
    static char huge[3000];
    memset(huge, 'a', sizeof huge - 1);
    assert_int_equal(aka_options_set(o, "unique_identifier_types", huge), AKA_ERR_OPTION);
    get(o, "unique_identifier_types", "");
    aka_options_free(o);
    /* the values as the engine reads them */
    aka__optvals v;
    aka__optvals_defaults(&v);
    assert_true(aka__optvals_unique_id(&v, "nin", 3));
    assert_false(aka__optvals_unique_id(&v, "ni", 2));
    assert_false(aka__optvals_unique_id(&v, "iban", 4));
    assert_false(aka__optvals_unique_id(&v, "", 0));
}

static void test_bad_calls(void **state)
{
    (void)state;
    aka_options *o = NULL;
    assert_int_equal(aka_options_new(NULL), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_options_new(&o), AKA_OK);
    assert_int_equal(aka_options_set(o, "no_such_key", "1"), AKA_ERR_OPTION);
    assert_non_null(strstr(aka_options_errmsg(o), "no_such_key"));
    assert_int_equal(aka_options_set(o, NULL, "1"), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_options_set(o, "default_country", NULL),
                     AKA_ERR_ARGUMENT);
    assert_int_equal(aka_options_set(NULL, "default_country", "UA"),
                     AKA_ERR_ARGUMENT);
    size_t len;
    char buf[4];
    assert_int_equal(aka_options_get(o, "no_such_key", buf, sizeof buf, &len),
                     AKA_ERR_OPTION);
    assert_int_equal(aka_options_get(NULL, "default_country", buf, 4, &len),
                     AKA_ERR_ARGUMENT);
    assert_int_equal(aka_options_get(o, "default_country", NULL, 4, &len),
                     AKA_ERR_ARGUMENT);
    assert_int_equal(aka_options_set(o, "default_country", "UA"), AKA_OK);
    assert_int_equal(aka_options_get(o, "default_country", buf, 1, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 2);
    /* A very long key is cut in the message. */
    char key[1000];
    memset(key, 'k', sizeof key - 1);
    key[sizeof key - 1] = '\0';
    assert_int_equal(aka_options_set(o, key, "1"), AKA_ERR_OPTION);
    assert_true(strlen(aka_options_errmsg(o)) < 256);
    assert_non_null(aka_options_errmsg(NULL));
    aka_options_free(o);
    aka_options_free(NULL);
}

static void test_every_key_documented(void **state)
{
    (void)state;
    const char *doc = options_doc();
    size_t i = 0;
    for (const char *k; (k = aka__options_key(i)) != NULL; i++) {
        char cell[128];
        snprintf(cell, sizeof cell, "| `%s` |", k);
        if (!strstr(doc, cell))
            fail_msg("option %s is not in docs/options.md", k);
        aka_options *o = NULL;
        assert_int_equal(aka_options_new(&o), AKA_OK);
        char buf[2048];
        size_t len;
        assert_int_equal(aka_options_get(o, k, buf, sizeof buf, &len), AKA_OK);
        aka_options_free(o);
    }
    assert_true(i >= 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_country),
        cmocka_unit_test(test_unique_identifier_types),
        cmocka_unit_test(test_bad_calls),
        cmocka_unit_test(test_every_key_documented),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
