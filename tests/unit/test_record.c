/* Records: adding, validating, clearing, limits, bad calls. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "engine/record.h"

static void test_add_and_clear(void **state)
{
    (void)state;
    aka_record *r = NULL;
    assert_int_equal(aka_record_new(&r), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_NAME, "Юлия Тимошенко",
                                    strlen("Юлия Тимошенко")), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_NAME, "Yulia Tymoshenko", 16), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, "27.11.1960", 10), AKA_OK);
    /* A phone without country code is valid: the engine reads it again. */
    assert_int_equal(aka_record_add(r, AKA_PHONE, "050 123 45 67", 13), AKA_OK);
    assert_int_equal(r->n, 4);
    assert_string_equal(r->bytes.p + r->v[1].off, "Yulia Tymoshenko");
    assert_int_equal(r->v[2].kind, AKA_DATE_OF_BIRTH);
    assert_string_equal(aka_record_errmsg(r), "");
    assert_int_equal(aka_record_clear(r), AKA_OK);
    assert_int_equal(r->n, 0);
    assert_int_equal(aka_record_add(r, AKA_EMAIL, "a@b.cd", 6), AKA_OK);
    assert_int_equal(r->n, 1);
    aka_record_free(r);
    aka_record_free(NULL);
}

static void test_bad_values_leave_it_unchanged(void **state)
{
    (void)state;
    aka_record *r = NULL;
    assert_int_equal(aka_record_new(&r), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_NAME, "Olena", 5), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, "31/02/85", 8),
                     AKA_ERR_PARSE);
    assert_non_null(strstr(aka_record_errmsg(r), "date_of_birth"));
    assert_int_equal(aka_record_add(r, AKA_NAME, "\xff", 1), AKA_ERR_UTF8);
    assert_int_equal(aka_record_add(r, 77, "x", 1), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_record_add(r, AKA_NAME, NULL, 4), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_record_add(r, AKA_NAME, "", 0), AKA_ERR_PARSE);
    assert_int_equal(r->n, 1);
    /* Too many values. */
    for (int i = 1; i < AKA__RECORD_MAX_VALUES; i++)
        assert_int_equal(aka_record_add(r, AKA_PHONE, "+380501234567", 13), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_PHONE, "+380501234567", 13),
                     AKA_ERR_LIMIT);
    assert_int_equal(r->n, AKA__RECORD_MAX_VALUES);
    aka_record_free(r);
}

static void test_null_handles(void **state)
{
    (void)state;
    assert_int_equal(aka_record_new(NULL), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_record_add(NULL, AKA_NAME, "a", 1), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_record_clear(NULL), AKA_ERR_ARGUMENT);
    assert_non_null(aka_record_errmsg(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_and_clear),
        cmocka_unit_test(test_bad_values_leave_it_unchanged),
        cmocka_unit_test(test_null_handles),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
