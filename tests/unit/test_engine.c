/* The engine handle: creation, option copies, per-thread error messages,
 * NULL handles. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#include "aka.h"
#include "unicode/uctx.h"

static void test_lifecycle(void **state)
{
    (void)state;
    aka_engine *e = (aka_engine *)&e;
    assert_int_equal(aka_engine_new(NULL, NULL), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_non_null(e);
    assert_string_equal(aka_engine_errmsg(e), "");
    aka_engine_free(e);
    aka_engine_free(NULL);
    assert_non_null(aka_engine_errmsg(NULL));
    char buf[8];
    size_t len;
    assert_int_equal(aka_engine_normalize(NULL, AKA_NAME, "a", 1, buf, 8, &len),
                     AKA_ERR_ARGUMENT);
}

static void test_options_are_copied(void **state)
{
    (void)state;
    aka_options *o = NULL;
    aka_engine *e = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    assert_int_equal(aka_options_set(o, "default_country", "UA"), AKA_OK);
    assert_int_equal(aka_engine_new(o, &e), AKA_OK);
    /* Changing or freeing the options later does not reach the engine. */
    assert_int_equal(aka_options_set(o, "default_country", "DE"), AKA_OK);
    aka_options_free(o);
    char buf[32];
    size_t len;
    const char *phone = "050 123 45 67";
    assert_int_equal(aka_engine_normalize(e, AKA_PHONE, phone, strlen(phone),
                                          buf, sizeof buf, &len),
                     AKA_OK);
    assert_string_equal(buf, "+380501234567");
    aka_engine_free(e);
}

static void test_errors(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    char buf[4];
    size_t len = 0;
    assert_int_equal(aka_engine_normalize(e, AKA_NAME, "\xff", 1, buf, 4, &len),
                     AKA_ERR_UTF8);
    assert_true(strlen(aka_engine_errmsg(e)) > 0);
    assert_int_equal(aka_engine_normalize(e, 99, "x", 1, buf, 4, &len),
                     AKA_ERR_ARGUMENT);
    assert_non_null(strstr(aka_engine_errmsg(e), "kind"));
    assert_int_equal(aka_engine_normalize(e, AKA_NAME, "Olena Kovalenko", 15,
                                          buf, sizeof buf, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, strlen("olena kovalenko"));
    assert_true(strlen(aka_engine_errmsg(e)) > 0);
    assert_int_equal(aka_engine_normalize(e, AKA_NAME, "x", 1, NULL, 4, &len),
                     AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_normalize(e, AKA_NAME, "x", 1, buf, 4, NULL),
                     AKA_ERR_ARGUMENT);
    aka_engine_free(e);
}

typedef struct {
    aka_engine *e;
    int which;
    int ok;
} worker;

/* Each thread fails in its own way, then checks that it reads its own
 * message however the other threads interleave. */
static void *run(void *arg)
{
    worker *w = arg;
    char buf[64];
    size_t len;
    w->ok = 1;
    for (int i = 0; i < 200; i++) {
        aka_status st;
        const char *want;
        if (w->which % 2) {
            st = aka_engine_normalize(w->e, AKA_DATE_OF_BIRTH, "31/02/85",
                                      8, buf, sizeof buf, &len);
            want = "date_of_birth";
        } else {
            st = aka_engine_normalize(w->e, AKA_NATIONALITY, "Atlantis", 8,
                                      buf, sizeof buf, &len);
            want = "nationality";
        }
        if (st != AKA_ERR_PARSE || !strstr(aka_engine_errmsg(w->e), want))
            w->ok = 0;
    }
    aka__uctx_release();
    return NULL;
}

static void test_per_thread_messages(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    enum { N = 8 };
    pthread_t t[N];
    worker w[N];
    for (int i = 0; i < N; i++) {
        w[i].e = e;
        w[i].which = i;
        assert_int_equal(pthread_create(&t[i], NULL, run, &w[i]), 0);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        assert_true(w[i].ok);
    }
    /* The main thread made no failing call: its message is empty. */
    assert_string_equal(aka_engine_errmsg(e), "");
    aka_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lifecycle),
        cmocka_unit_test(test_options_are_copied),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_per_thread_messages),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
