/* The record store: packing records' values in a given order
 * (aka__store_pack_in_order) keeps every value, its form and its name
 * facts; a record whose values lie in a packed block can be removed or
 * packed again, and the block goes with its last record (ASan checks the
 * frees). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine/store.h"

#define NREC 40

/* Record r's values: a name with facts bytes, and a date, both made from
 * r so that each record's differ. */
static void fill(aka__store *s, uint32_t r)
{
    char name[32], date[16];
    snprintf(name, sizeof name, "name %u", r);
    snprintf(date, sizeof date, "19%02u-01-02", r % 100);
    unsigned char facts[3] = {(unsigned char)r, 7, (unsigned char)(r * 3)};
    aka__fval v[2] = {{AKA_NAME, (uint32_t)strlen(name), name},
                      {AKA_DATE_OF_BIRTH, (uint32_t)strlen(date), date}};
    aka__vfacts f[2] = {{facts, r % 4 ? 3 : 0}, {NULL, 0}};
    s->rec[r].vals = aka__vals_pack(v, f, 2);
    assert_non_null(s->rec[r].vals);
    s->rec[r].nvals = 2;
}

static void check(const aka__store *s, uint32_t r)
{
    char name[32], date[16];
    snprintf(name, sizeof name, "name %u", r);
    snprintf(date, sizeof date, "19%02u-01-02", r % 100);
    const aka__rec *rec = &s->rec[r];
    assert_int_equal(rec->nvals, 2);
    assert_int_equal(rec->vals[0].kind, AKA_NAME);
    assert_string_equal(rec->vals[0].canon, name);
    assert_int_equal(rec->vals[0].len, strlen(name));
    assert_int_equal(rec->vals[1].kind, AKA_DATE_OF_BIRTH);
    assert_string_equal(rec->vals[1].canon, date);
    size_t nf;
    const unsigned char *f = aka__fval_facts(&rec->vals[0], &nf);
    assert_int_equal(nf, r % 4 ? 3 : 0);
    if (nf) {
        assert_int_equal(f[0], (unsigned char)r);
        assert_int_equal(f[1], 7);
        assert_int_equal(f[2], (unsigned char)(r * 3));
    }
    (void)aka__fval_facts(&rec->vals[1], &nf);
    assert_int_equal(nf, 0);
}

static void store_with(aka__store *s, uint32_t n)
{
    memset(s, 0, sizeof *s);
    for (uint32_t r = 0; r < n; r++) {
        char id[16];
        int len = snprintf(id, sizeof id, "r%u", r);
        assert_int_equal(aka__store_insert(s, "src", 3, id, (size_t)len), r);
        fill(s, r);
    }
}

static void test_pack_keeps_values(void **state)
{
    (void)state;
    aka__store s;
    store_with(&s, NREC);
    uint32_t order[NREC];
    for (uint32_t q = 0; q < NREC; q++)
        order[q] = NREC - 1 - q; /* the reverse of the records' order */
    aka__store_pack_in_order(&s, order, NREC);
    for (uint32_t r = 0; r < NREC; r++) {
        assert_true(s.rec[r].in_block);
        check(&s, r);
    }
    /* laid out in the order given: each record's values after the next
     * record's */
    for (uint32_t r = 0; r + 1 < NREC; r++)
        assert_true((const char *)s.rec[r].vals > (const char *)s.rec[r + 1].vals);
    aka__store_free(&s);
}

static void test_packed_records_leave(void **state)
{
    (void)state;
    aka__store s;
    store_with(&s, NREC);
    uint32_t all[NREC];
    for (uint32_t q = 0; q < NREC; q++)
        all[q] = q;
    aka__store_pack_in_order(&s, all, NREC);
    /* removed records free their values from the block */
    for (uint32_t r = 0; r < NREC; r += 3)
        aka__store_remove(&s, r);
    /* the others move to a second block; the first goes with its last */
    uint32_t rest[NREC], m = 0;
    for (uint32_t r = 0; r < NREC; r++)
        if (s.rec[r].live)
            rest[m++] = r;
    aka__store_pack_in_order(&s, rest, m);
    for (uint32_t q = 0; q < m; q++) {
        assert_true(s.rec[rest[q]].in_block);
        check(&s, rest[q]);
    }
    /* a record added afterwards has values of its own */
    char id[] = "late";
    int64_t late = aka__store_insert(&s, "src", 3, id, strlen(id));
    assert_true(late >= 0);
    fill(&s, (uint32_t)late);
    assert_false(s.rec[late].in_block);
    check(&s, (uint32_t)late);
    aka__store_free(&s);
}

static void test_pack_nothing(void **state)
{
    (void)state;
    aka__store s;
    store_with(&s, 2);
    /* a record without values stays out of the block */
    aka__rec_clear(&s.rec[1]);
    uint32_t order[2] = {1, 0};
    aka__store_pack_in_order(&s, order, 2);
    assert_true(s.rec[0].in_block);
    assert_false(s.rec[1].in_block);
    check(&s, 0);
    aka__store_pack_in_order(&s, order, 0);
    uint32_t none[1] = {1};
    aka__store_pack_in_order(&s, none, 1);
    assert_false(s.rec[1].in_block);
    aka__store_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pack_keeps_values),
        cmocka_unit_test(test_packed_records_leave),
        cmocka_unit_test(test_pack_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
