/* The engine's candidate selection (aka__engine_candidates): the `limit`
 * records sharing most keys, ties by lowest record, must be exactly the
 * head of the fully sorted candidate list, however many tie. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine/engine.h"

static int full_order(const void *x, const void *y)
{
    const aka__cand *a = x, *b = y;
    if (a->shared != b->shared)
        return a->shared < b->shared ? 1 : -1;
    return (a->record > b->record) - (a->record < b->record);
}

static uint64_t next(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

static void check(unsigned records, unsigned keyspace, unsigned keys_per,
                  size_t limit, uint64_t seed)
{
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    uint64_t keys[16];
    for (uint32_t r = 0; r < records; r++) {
        for (unsigned k = 0; k < keys_per; k++)
            keys[k] = 1 + next(&seed) % keyspace;
        assert_int_equal(aka__index_add(e->index, r, keys, keys_per), AKA_OK);
    }
    for (int q = 0; q < 20; q++) {
        for (unsigned k = 0; k < keys_per; k++)
            keys[k] = 1 + next(&seed) % keyspace;
        /* the reference: every candidate, fully sorted */
        size_t n_all = 0, cap_all = records + 1;
        aka__cand *all = malloc(cap_all * sizeof *all);
        aka__index_scratch sc = {0};
        assert_int_equal(aka__index_candidates(e->index, keys, keys_per, 1, &sc, all,
                                               cap_all, &n_all, NULL),
                         AKA_OK);
        qsort(all, n_all, sizeof *all, full_order);
        aka__cand *c = NULL;
        size_t cap = 0, n = 0;
        assert_int_equal(aka__engine_candidates(e, keys, keys_per, 1, &sc, &c, &cap,
                                                &n, limit),
                         AKA_OK);
        assert_int_equal(n, n_all < limit ? n_all : limit);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(c[i].record, all[i].record);
            assert_int_equal(c[i].shared, all[i].shared);
        }
        free(c);
        free(all);
        aka__index_scratch_free(&sc);
    }
    aka_engine_free(e);
}

static void test_many_ties(void **state)
{
    (void)state;
    /* few keys, many records: most candidates share one key */
    check(3000, 40, 3, 130, 1);
    check(3000, 10, 2, 130, 2);
}

static void test_spread(void **state)
{
    (void)state;
    check(2000, 400, 8, 130, 3);
    check(500, 30, 6, 10, 4);
}

static void test_fewer_than_limit(void **state)
{
    (void)state;
    check(50, 1000, 3, 130, 5);
    check(200, 20, 4, 1, 6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_ties),
        cmocka_unit_test(test_spread),
        cmocka_unit_test(test_fewer_than_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
