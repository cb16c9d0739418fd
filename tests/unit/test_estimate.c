/* Estimating the model (EM) and reading it, through the public API: an
 * estimate from a clean population is applied and keeps people apart and
 * together as the truth says; a population too small is refused with a
 * reason; the model JSON says what happened; decisions survive. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "aka.h"

#define S(x) (x), strlen(x)

static const char *const given[] = {"Olena", "Ivan", "Maria", "Petro", "Anna",
                                    "Oleh", "Iryna", "Taras", "Sofia", "Yurii"};
static const char *const family[] = {
    "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Shevchuk",
    "Melnyk",    "Boyko",      "Koval",     "Oliynyk",    "Lysenko",
    "Marchenko", "Rudenko",    "Savchenko", "Petrenko",   "Moroz"};

/* Person p's record k: the same name (sometimes with a typo), the same
 * birth date (sometimes only the year), a phone on two of three. */
static void person_record(aka_record *r, int p, int k)
{
    char name[64], dob[16], phone[24];
    const char *g = given[p % 10], *f = family[(p / 10) % 15];
    snprintf(name, sizeof name, "%s %s", g, f);
    if (k == 2 && strlen(name) > 8)
        name[strlen(name) - 2] = 'x'; /* a typo */
    int year = 1950 + (p * 7) % 50, month = 1 + p % 12, day = 1 + (p * 3) % 28;
    if (k == 1)
        snprintf(dob, sizeof dob, "%d", year);
    else
        snprintf(dob, sizeof dob, "%d-%02d-%02d", year, month, day);
    snprintf(phone, sizeof phone, "+38050%07d", 1000000 + p * 37);
    aka_record_clear(r);
    assert_int_equal(aka_record_add(r, AKA_NAME, S(name)), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S(dob)), AKA_OK);
    if (k != 1)
        assert_int_equal(aka_record_add(r, AKA_PHONE, S(phone)), AKA_OK);
}

static void load(aka_engine *e, int people)
{
    aka_record *r = NULL;
    char id[32];
    assert_int_equal(aka_record_new(&r), AKA_OK);
    for (int p = 0; p < people; p++)
        for (int k = 0; k < 3; k++) {
            snprintf(id, sizeof id, "%d-%d", p, k);
            person_record(r, p, k);
            assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
        }
    aka_record_free(r);
}

static char *model_json(aka_engine *e)
{
    size_t len = 0;
    assert_int_equal(aka_engine_model(e, NULL, 0, &len), AKA_ERR_BUFFER);
    char *buf = malloc(len + 1);
    assert_non_null(buf);
    assert_int_equal(aka_engine_model(e, buf, len + 1, &len), AKA_OK);
    assert_int_equal(strlen(buf), len);
    return buf;
}

static uint64_t entity(aka_engine *e, int p, int k)
{
    char id[32];
    uint64_t ent = 0;
    snprintf(id, sizeof id, "%d-%d", p, k);
    assert_int_equal(aka_engine_entity_of(e, S("s"), S(id), &ent), AKA_OK);
    return ent;
}

static void test_model_before_any_estimate(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    char *j = model_json(e);
    assert_non_null(strstr(j, "{\"prior\":-8.229,"));
    assert_non_null(strstr(j, "\"estimate\":null}"));
    /* every kind is listed, with its levels */
    const char *kinds[] = {"name", "given_name", "family_name", "date_of_birth",
                           "gender", "nationality", "document", "phone", "email",
                           "address", "place_of_birth", "identifier"};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        char want[64];
        snprintf(want, sizeof want, "{\"kind\":\"%s\",\"levels\":[{\"level\":\"exact\"",
                 kinds[i]);
        assert_non_null(strstr(j, want));
    }
    assert_non_null(strstr(j, "{\"level\":\"exact\",\"m\":0.55000000,\"u\":0.00050000,"
                              "\"weight\":9.000}"));
    free(j);
    aka_engine_free(e);
}

static void test_estimate_applied_on_a_clean_population(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    load(e, 150);
    char *before = model_json(e);
    assert_int_equal(aka_engine_estimate(e), AKA_OK);
    char *after = model_json(e);
    assert_non_null(strstr(after, "\"estimate\":{\"applied\":true,\"reason\":null,"
                                  "\"converged\":true,"));
    assert_string_not_equal(before, after); /* the model moved */
    /* The rebuilt entities follow the truth: each person's three records
     * together, different people apart. */
    for (int p = 0; p < 150; p++) {
        assert_int_equal(entity(e, p, 0), entity(e, p, 1));
        assert_int_equal(entity(e, p, 0), entity(e, p, 2));
        if (p > 0)
            assert_int_not_equal(entity(e, p, 0), entity(e, p - 1, 0));
    }
    /* Estimating again from the estimated model is stable. */
    assert_int_equal(aka_engine_estimate(e), AKA_OK);
    char *again = model_json(e);
    assert_non_null(strstr(again, "\"applied\":true"));
    free(before);
    free(after);
    free(again);
    aka_engine_free(e);
}

static void test_too_few_pairs_leaves_the_model(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    load(e, 3);
    char *before = model_json(e);
    assert_int_equal(aka_engine_estimate(e), AKA_OK);
    char *after = model_json(e);
    assert_non_null(strstr(after, "\"estimate\":{\"applied\":false,\"reason\":"
                                  "\"too few candidate pairs to estimate from\""));
    /* Everything but the report is as it was. */
    *strstr(before, ",\"estimate\":") = '\0';
    *strstr(after, ",\"estimate\":") = '\0';
    assert_string_equal(before, after);
    free(before);
    free(after);
    aka_engine_free(e);
}

static void test_decisions_survive_estimation(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    load(e, 120);
    assert_int_equal(entity(e, 5, 0), entity(e, 5, 2));
    assert_int_equal(aka_engine_decide(e, S("s"), S("5-0"), S("s"), S("5-2"), 0), AKA_OK);
    assert_int_equal(aka_engine_decide(e, S("s"), S("7-0"), S("s"), S("8-0"), 1), AKA_OK);
    assert_int_equal(aka_engine_estimate(e), AKA_OK);
    assert_int_not_equal(entity(e, 5, 0), entity(e, 5, 2));
    assert_int_equal(entity(e, 7, 0), entity(e, 8, 0));
    aka_engine_free(e);
}

/* An applied estimate is journalled: an engine replaying the journal
 * holds the same model and the same entities. */
static void test_estimate_survives_a_restart(void **state)
{
    (void)state;
    char path[64];
    snprintf(path, sizeof path, "test_estimate_%d.journal", (int)getpid());
    remove(path);
    aka_options *o = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    assert_int_equal(aka_options_set(o, "journal_path", path), AKA_OK);
    aka_engine *a = NULL, *b = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    load(a, 150);
    assert_int_equal(aka_engine_estimate(a), AKA_OK);
    char *ma = model_json(a);
    assert_non_null(strstr(ma, "\"applied\":true"));
    aka_engine_free(a);
    assert_int_equal(aka_engine_new(o, &b), AKA_OK);
    char *mb = model_json(b);
    /* The model, not the report of an estimation this engine did not run. */
    *strstr(ma, ",\"estimate\":") = '\0';
    *strstr(mb, ",\"estimate\":") = '\0';
    assert_string_equal(ma, mb);
    aka_engine *c = NULL;
    aka_options *plain = NULL;
    assert_int_equal(aka_options_new(&plain), AKA_OK);
    assert_int_equal(aka_engine_new(plain, &c), AKA_OK);
    load(c, 150);
    assert_int_equal(aka_engine_estimate(c), AKA_OK);
    for (int p = 0; p < 150; p++)
        for (int k = 0; k < 3; k++)
            assert_int_equal(entity(b, p, k), entity(c, p, k));
    free(ma);
    free(mb);
    aka_engine_free(b);
    aka_engine_free(c);
    aka_options_free(o);
    aka_options_free(plain);
    remove(path);
}

/* Estimation on two threads (ThreadSanitizer runs this test) gives the
 * entities of one thread. */
static void test_threads_agree(void **state)
{
    (void)state;
    aka_engine *e[2] = {NULL, NULL};
    for (int t = 0; t < 2; t++) {
        aka_options *o = NULL;
        assert_int_equal(aka_options_new(&o), AKA_OK);
        assert_int_equal(aka_options_set(o, "threads", t ? "2" : "1"), AKA_OK);
        assert_int_equal(aka_engine_new(o, &e[t]), AKA_OK);
        aka_options_free(o);
        load(e[t], 120);
        assert_int_equal(aka_engine_estimate(e[t]), AKA_OK);
    }
    char *m0 = model_json(e[0]), *m1 = model_json(e[1]);
    assert_non_null(strstr(m1, "\"applied\":true"));
    for (int p = 0; p < 120; p++)
        for (int k = 0; k < 3; k++)
            assert_int_equal(entity(e[0], p, k), entity(e[1], p, k));
    free(m0);
    free(m1);
    aka_engine_free(e[0]);
    aka_engine_free(e[1]);
}

static void test_bad_calls(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_estimate(NULL), AKA_ERR_ARGUMENT);
    size_t len = 0;
    char buf[8];
    assert_int_equal(aka_engine_model(NULL, buf, sizeof buf, &len), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_engine_model(e, buf, sizeof buf, NULL), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_model(e, NULL, 4, &len), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_model(e, buf, sizeof buf, &len), AKA_ERR_BUFFER);
    assert_true(len > sizeof buf);
    assert_int_equal(aka_engine_bulk_begin(e), AKA_OK);
    assert_int_equal(aka_engine_estimate(e), AKA_ERR_ARGUMENT);
    assert_non_null(strstr(aka_engine_errmsg(e), "bulk"));
    assert_int_equal(aka_engine_bulk_end(e), AKA_OK);
    assert_int_equal(aka_engine_estimate(e), AKA_OK); /* empty: refused, no error */
    aka_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_model_before_any_estimate),
        cmocka_unit_test(test_estimate_applied_on_a_clean_population),
        cmocka_unit_test(test_too_few_pairs_leaves_the_model),
        cmocka_unit_test(test_decisions_survive_estimation),
        cmocka_unit_test(test_estimate_survives_a_restart),
        cmocka_unit_test(test_threads_agree),
        cmocka_unit_test(test_bad_calls),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
