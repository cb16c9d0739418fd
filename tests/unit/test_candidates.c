/* The engine's candidate selection (aka__engine_candidates): the `limit`
 * records sharing most keys, ties by lowest record, must be exactly the
 * head of the fully sorted candidate list, however many tie. And the
 * evidence rule of aka__engine_compared (engine.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine/engine.h"
#include "engine/store.h"

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

/* Up to 132 kept (twice AKA__CANDIDATES_FETCHED) are ordered by
 * insertion, more by qsort: either side of that line, with more
 * candidates than the limit (ranked by the evidence histogram) and with
 * fewer (all kept). */
static void test_large_limits(void **state)
{
    (void)state;
    check(3000, 40, 3, 132, 7);
    check(3000, 40, 3, 133, 8);
    check(3000, 40, 3, 500, 9);
    check(3000, 40, 3, 5000, 10);
}

/* An engine whose store holds n records r0, r1, ... and whose index
 * nothing: the tests post the keys they want. */
static aka_engine *engine_of(int n)
{
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    for (int r = 0; r < n; r++) {
        char id[8];
        int len = snprintf(id, sizeof id, "r%d", r);
        assert_int_equal(aka__store_insert(&e->store, "s", 1, id, (size_t)len), r);
    }
    return e;
}

/* Resolution compares only candidates of evidence 2 (two keys, or one
 * key of a block of at most AKA__INDEX_SPECIFIC records); a search with
 * min_evidence 1 compares them all. */
static void test_evidence(void **state)
{
    (void)state;
    aka_engine *e = engine_of(14);
    /* even keys: not weak. C and D are common (6 records each), S is
     * specific (2 records). */
    const uint64_t C = 76, D = 80, S = 100;
    uint64_t mine[3] = {C, D, S};
    assert_int_equal(aka__index_add(e->index, 0, mine, 3), AKA_OK);
    uint64_t cs[2] = {C, S};
    assert_int_equal(aka__index_add(e->index, 1, cs, 2), AKA_OK);
    uint64_t cd[2] = {C, D};
    assert_int_equal(aka__index_add(e->index, 2, cd, 2), AKA_OK);
    for (uint32_t r = 3; r < 6; r++)
        assert_int_equal(aka__index_add(e->index, r, &C, 1), AKA_OK);
    for (uint32_t r = 10; r < 14; r++)
        assert_int_equal(aka__index_add(e->index, r, &D, 1), AKA_OK);
    assert_int_equal(aka__index_block_size(e->index, C), 6);
    assert_int_equal(aka__index_block_size(e->index, D), 6);

    aka__index_scratch sc = {0};
    aka__cand *c = NULL;
    size_t cap = 0, n = 0;
    assert_int_equal(aka__engine_compared(e, mine, 3, 1, AKA__RESOLVE_EVIDENCE, 0,
                                          -1, &sc, &c, &cap, &n),
                     AKA_OK);
    /* record 1: C and the specific S (1 + 2); record 2: C and D (1 + 1) */
    assert_int_equal(n, 2);
    assert_int_equal(c[0].record, 1);
    assert_int_equal(c[0].shared, 3);
    assert_int_equal(c[1].record, 2);
    assert_int_equal(c[1].shared, 2);
    /* a search: the records sharing one common key too */
    assert_int_equal(aka__engine_compared(e, mine, 3, AKA__SEARCH_WIDEN, 1, 0, -1,
                                          &sc, &c, &cap, &n),
                     AKA_OK);
    assert_int_equal(n, 9);
    /* a block that shrinks to AKA__INDEX_SPECIFIC records becomes specific */
    for (uint32_t r = 10; r < 12; r++)
        assert_int_equal(aka__index_remove(e->index, r, &D, 1), AKA_OK);
    assert_int_equal(aka__engine_compared(e, mine, 3, 1, AKA__RESOLVE_EVIDENCE, 0,
                                          -1, &sc, &c, &cap, &n),
                     AKA_OK);
    assert_int_equal(n, 4); /* 1, 2, and 12 and 13 through D */
    free(c);
    aka__index_scratch_free(&sc);
    aka_engine_free(e);
}

/* Past the first AKA__WEAK_CANDIDATES, resolution compares only
 * candidates of AKA__REVIEW_EVIDENCE or more, up to AKA__MAX_CANDIDATES;
 * a search is not cut so. */
static void test_weak_tail(void **state)
{
    (void)state;
    aka_engine *e = engine_of(81);
    const uint64_t C = 76, D = 78, E = 80;
    uint64_t all[3] = {C, D, E};
    assert_int_equal(aka__index_add(e->index, 0, all, 3), AKA_OK);
    for (uint32_t r = 1; r <= 40; r++) /* evidence 2: C and D */
        assert_int_equal(aka__index_add(e->index, r, all, 2), AKA_OK);
    for (uint32_t r = 41; r <= 50; r++) /* evidence 3 */
        assert_int_equal(aka__index_add(e->index, r, all, 3), AKA_OK);
    aka__index_scratch sc = {0};
    aka__cand *c = NULL;
    size_t cap = 0, n = 0;
    assert_int_equal(aka__engine_compared(e, all, 3, 1, AKA__RESOLVE_EVIDENCE, 0, -1,
                                          &sc, &c, &cap, &n),
                     AKA_OK);
    /* the ten of evidence 3, then the lowest of evidence 2 up to 32 */
    assert_int_equal(n, AKA__WEAK_CANDIDATES);
    assert_int_equal(c[0].record, 41);
    assert_int_equal(c[9].record, 50);
    assert_int_equal(c[10].record, 1);
    assert_int_equal(c[10].shared, 2);
    assert_int_equal(c[n - 1].record, AKA__WEAK_CANDIDATES - 10);
    /* a search: every one up to the limit */
    assert_int_equal(aka__engine_compared(e, all, 3, 1, 1, 0, -1, &sc, &c, &cap, &n),
                     AKA_OK);
    assert_int_equal(n, 50);
    /* forty of evidence 3: all of them, none of evidence 2 */
    for (uint32_t r = 51; r <= 80; r++)
        assert_int_equal(aka__index_add(e->index, r, all, 3), AKA_OK);
    assert_int_equal(aka__engine_compared(e, all, 3, 1, AKA__RESOLVE_EVIDENCE, 0, -1,
                                          &sc, &c, &cap, &n),
                     AKA_OK);
    assert_int_equal(n, 40);
    for (size_t k = 0; k < n; k++)
        assert_int_equal(c[k].shared, 3);
    free(c);
    aka__index_scratch_free(&sc);
    aka_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_ties),
        cmocka_unit_test(test_spread),
        cmocka_unit_test(test_fewer_than_limit),
        cmocka_unit_test(test_large_limits),
        cmocka_unit_test(test_evidence),
        cmocka_unit_test(test_weak_tail),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
