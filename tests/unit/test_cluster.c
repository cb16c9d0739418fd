/* Cluster: merges, thresholds, possible matches, conflicts, the chaining
 * trap, analyst constraints, removal and id stability, canonical
 * determinism against a brute-force reference, and a random stress run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cluster/cluster.h"
#include "core/bytes.h"
#include "core/slab.h"

#define DOC 1u
#define DOB 2u
#define NAME 3u

static aka__cluster *mk(void)
{
    aka__cluster *c = aka__cluster_new();
    assert_non_null(c);
    assert_int_equal(aka__cluster_set_thresholds(c, 10.0f, 4.0f), AKA_OK);
    return c;
}

/* A record with one document (group g, value v; v == 0: none). */
static void add_doc(aka__cluster *c, uint32_t rec, uint64_t g, uint64_t v)
{
    aka__conflict_key k = {DOC, g, v};
    assert_int_equal(aka__cluster_add_record(c, rec, &k, v ? 1 : 0), AKA_OK);
}

static void link(aka__cluster *c, uint32_t a, uint32_t b, float w)
{
    assert_int_equal(aka__cluster_link(c, a, b, w), AKA_OK);
}

static void resolve(aka__cluster *c, uint32_t a, uint32_t b)
{
    uint32_t r[2] = {a, b};
    assert_int_equal(aka__cluster_resolve(c, r, 2), AKA_OK);
}

#define SAME(c, a, b) \
    assert_int_equal(aka__cluster_entity_of(c, a), aka__cluster_entity_of(c, b))
#define APART(c, a, b)                              \
    assert_int_not_equal(aka__cluster_entity_of(c, a), \
                         aka__cluster_entity_of(c, b))

/* The entity of record rec has one possible match: the entity of record
 * other. */
static void only_possible_match(aka__cluster *c, uint32_t rec, uint32_t other)
{
    aka__possible_match pm[4];
    size_t n;
    assert_int_equal(aka__cluster_possible_matches(c, rec, pm, 4, &n), AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(pm[0].entity, aka__cluster_entity_of(c, other));
}

/* Records 0..n) of c are partitioned as the canonical resolution
 * (aka__cluster_resolve_all, which this runs) partitions them. */
static void same_as_canonical(aka__cluster *c, uint32_t n)
{
    uint64_t before[16];
    assert_true(n <= 16);
    for (uint32_t i = 0; i < n; i++)
        before[i] = aka__cluster_entity_of(c, i);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++)
            assert_int_equal(before[i] == before[j],
                             aka__cluster_entity_of(c, i) ==
                                 aka__cluster_entity_of(c, j));
}

static void test_singletons_and_ids(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    add_doc(c, 5, 0, 0);
    add_doc(c, 2, 0, 0);
    add_doc(c, 9, 0, 0);
    /* Ids follow creation order, not record indices. */
    assert_int_equal(aka__cluster_entity_of(c, 5), 1);
    assert_int_equal(aka__cluster_entity_of(c, 2), 2);
    assert_int_equal(aka__cluster_entity_of(c, 9), 3);
    assert_int_equal(aka__cluster_entity_of(c, 3), 0); /* never added */
    assert_int_equal(aka__cluster_entity_count(c), 3);
    assert_int_equal(aka__cluster_record_count(c), 3);
    assert_int_equal(aka__cluster_add_record(c, 5, NULL, 0), AKA_ERR_ARGUMENT);
    assert_int_equal(aka__cluster_link(c, 5, 5, 20.0f), AKA_ERR_ARGUMENT);
    assert_int_equal(aka__cluster_link(c, 5, 3, 20.0f), AKA_ERR_NOT_FOUND);
    assert_int_equal(aka__cluster_remove_record(c, 3), AKA_ERR_NOT_FOUND);
    assert_int_equal(aka__cluster_set_thresholds(c, 1.0f, 2.0f),
                     AKA_ERR_ARGUMENT);
    uint32_t rec = 99;
    assert_int_equal(aka__cluster_entity_record(c, 2, &rec), AKA_OK);
    assert_int_equal(rec, 2);
    assert_int_equal(aka__cluster_entity_record(c, 77, &rec), AKA_ERR_NOT_FOUND);
    aka__cluster_free(c);
    aka__cluster_free(NULL);
}

static void test_merge_and_thresholds(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    for (uint32_t i = 0; i < 6; i++)
        add_doc(c, i, 0, 0);
    link(c, 0, 1, 12.0f); /* merge */
    link(c, 2, 3, 10.0f); /* exactly match: merge */
    link(c, 3, 4, 9.99f); /* review band: possible match */
    link(c, 4, 5, 3.0f);  /* below review: nothing */
    uint32_t all[6] = {0, 1, 2, 3, 4, 5};
    assert_int_equal(aka__cluster_resolve(c, all, 6), AKA_OK);
    SAME(c, 0, 1);
    SAME(c, 2, 3);
    APART(c, 3, 4);
    APART(c, 4, 5);
    /* A merge keeps the older (smaller) id. */
    assert_int_equal(aka__cluster_entity_of(c, 1), 1);
    assert_int_equal(aka__cluster_entity_of(c, 3), 3);
    assert_int_equal(aka__cluster_entity_count(c), 4);
    assert_int_equal(aka__cluster_entity_size(c, 2), 2);

    aka__possible_match pm[4];
    size_t n = 0;
    assert_int_equal(aka__cluster_possible_matches(c, 2, pm, 4, &n), AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(pm[0].entity, aka__cluster_entity_of(c, 4));
    assert_int_equal(pm[0].cause, AKA__PM_THRESHOLD);
    assert_true(pm[0].weight == 9.99f);
    assert_int_equal(pm[0].rec, 3);
    assert_int_equal(pm[0].other, 4);
    assert_int_equal(aka__cluster_possible_matches(c, 5, pm, 4, &n), AKA_OK);
    assert_int_equal(n, 0);
    /* Size query with cap 0, then a too-small buffer. */
    assert_int_equal(aka__cluster_possible_matches(c, 4, NULL, 0, &n),
                     AKA_ERR_BUFFER);
    assert_int_equal(n, 1);
    uint32_t recs[2];
    assert_int_equal(aka__cluster_entity_records(c, 3, NULL, 0, &n),
                     AKA_ERR_BUFFER);
    assert_int_equal(n, 2);
    assert_int_equal(aka__cluster_entity_records(c, 3, recs, 2, &n), AKA_OK);
    assert_int_equal(recs[0], 2);
    assert_int_equal(recs[1], 3);

    /* Re-linking replaces the weight; re-resolving splits the pair. */
    link(c, 0, 1, 5.0f);
    resolve(c, 0, 1);
    APART(c, 0, 1);
    assert_int_equal(aka__cluster_entity_of(c, 0), 1); /* older id stays */
    assert_int_equal(aka__cluster_degree(c, 0), 1);
    aka__cluster_free(c);
}

static void test_older_id_kept_on_merge(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    /* Entity of 10 (id 1) is small, entity of 20.. (ids 2..) is bigger. */
    add_doc(c, 10, 0, 0);
    for (uint32_t i = 20; i < 25; i++)
        add_doc(c, i, 0, 0);
    for (uint32_t i = 21; i < 25; i++) {
        link(c, 20, i, 15.0f);
        resolve(c, 20, i);
    }
    assert_int_equal(aka__cluster_entity_of(c, 24), 2);
    link(c, 10, 23, 11.0f);
    resolve(c, 10, 23);
    for (uint32_t i = 20; i < 25; i++)
        assert_int_equal(aka__cluster_entity_of(c, i), 1);
    assert_int_equal(aka__cluster_entity_count(c), 1);
    uint32_t r;
    assert_int_equal(aka__cluster_entity_record(c, 2, &r), AKA_ERR_NOT_FOUND);
    assert_int_equal(aka__cluster_entity_record(c, 1, &r), AKA_OK);
    assert_int_equal(aka__cluster_entity_of(c, r), 1);
    /* A new record joining keeps the entity id. */
    add_doc(c, 30, 0, 0);
    link(c, 30, 22, 20.0f);
    resolve(c, 30, 30);
    assert_int_equal(aka__cluster_entity_of(c, 30), 1);
    aka__cluster_free(c);
}

static void test_conflict_refusal(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    add_doc(c, 0, 7, 111);
    add_doc(c, 1, 7, 222); /* same group, other number: conflict */
    add_doc(c, 2, 8, 333); /* other group: no conflict */
    add_doc(c, 3, 7, 111); /* same number: fine */
    link(c, 0, 1, 30.0f);
    link(c, 0, 2, 12.0f);
    link(c, 2, 3, 11.0f);
    uint32_t all[4] = {0, 1, 2, 3};
    assert_int_equal(aka__cluster_resolve(c, all, 4), AKA_OK);
    APART(c, 0, 1);
    SAME(c, 0, 2);
    SAME(c, 0, 3);
    aka__conflict_key k = {0, 0, 0};
    assert_int_equal(aka__cluster_conflict(c, 1, 3, &k), 1);
    assert_int_equal(k.kind, DOC);
    assert_int_equal(k.group, 7);
    assert_int_equal(aka__cluster_refused_by_conflict(c, 0, 1), 1);
    assert_int_equal(aka__cluster_refused_by_conflict(c, 0, 2), 0);
    aka__possible_match pm[4];
    size_t n;
    assert_int_equal(aka__cluster_possible_matches(c, 1, pm, 4, &n), AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(pm[0].cause, AKA__PM_CONFLICT);
    assert_int_equal(pm[0].entity, aka__cluster_entity_of(c, 0));
    assert_true(pm[0].weight == 30.0f);

    /* A record holding both numbers bridges them: value sets intersect. */
    aka__cluster *d = mk();
    add_doc(d, 0, 7, 111);
    add_doc(d, 1, 7, 222);
    aka__conflict_key both[2] = {{DOC, 7, 111}, {DOC, 7, 222}};
    assert_int_equal(aka__cluster_add_record(d, 2, both, 2), AKA_OK);
    link(d, 0, 2, 20.0f);
    link(d, 1, 2, 19.0f);
    assert_int_equal(aka__cluster_resolve_all(d), AKA_OK);
    SAME(d, 0, 1);
    aka__cluster_free(d);
    aka__cluster_free(c);
}

/* Days of the year (AKA__CONFLICT_DAYS) agree when alike, swapped, one
 * clerk's slip apart or consecutive, and conflict otherwise; a set
 * agrees when any of its days does. */
static void test_days_of_the_year(void **state)
{
    (void)state;
    static const struct {
        uint64_t x, y;
        int meet;
    } cases[] = {
        {518, 518, 1},  /* alike */
        {410, 1004, 1}, /* day and month swapped */
        {518, 519, 1},  /* a digit of the day */
        {518, 618, 1},  /* a digit of the month */
        {512, 521, 1},  /* the day's digits exchanged */
        {1012, 112, 1}, /* a digit of the month (10 / 01) */
        {518, 502, 0},  /* two digits */
        {518, 1029, 0},
        {1225, 1252, 1},
        {305, 530, 0},  /* 03-05 / 05-30: no slip, no swap */
        /* consecutive days, across a month or the new year */
        {519, 520, 1},
        {131, 201, 1},
        {1231, 101, 1},
        {101, 1231, 1},
        {529, 531, 0},
        {228, 301, 1}, /* in a year without 29 February */
        /* no day of the year (a damaged journal's date): meets nothing
         * else, and is no arithmetic overflow (fuzz_journal found one) */
        {UINT64_C(4294839305), 518, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        aka__cluster *c = mk();
        aka__conflict_key kx = {AKA_DATE_OF_BIRTH, AKA__CONFLICT_DAYS, cases[i].x},
                          ky = {AKA_DATE_OF_BIRTH, AKA__CONFLICT_DAYS, cases[i].y};
        assert_int_equal(aka__cluster_add_record(c, 0, &kx, 1), AKA_OK);
        assert_int_equal(aka__cluster_add_record(c, 1, &ky, 1), AKA_OK);
        link(c, 0, 1, 20.0f);
        resolve(c, 0, 1);
        if (cases[i].meet)
            SAME(c, 0, 1);
        else {
            APART(c, 0, 1);
            assert_int_equal(aka__cluster_refused_by_conflict(c, 0, 1), 1);
        }
        aka__cluster_free(c);
    }
    /* a record holding two days bridges them; an entity of no day agrees
     * with any */
    aka__cluster *c = mk();
    aka__conflict_key a = {AKA_DATE_OF_BIRTH, AKA__CONFLICT_DAYS, 518},
                      b = {AKA_DATE_OF_BIRTH, AKA__CONFLICT_DAYS, 502},
                      ab[2] = {a, b};
    assert_int_equal(aka__cluster_add_record(c, 0, &a, 1), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 1, &b, 1), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 2, ab, 2), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 3, NULL, 0), AKA_OK);
    link(c, 0, 3, 25.0f);
    link(c, 0, 1, 21.0f);
    resolve(c, 0, 1);
    SAME(c, 0, 3);
    APART(c, 0, 1);
    link(c, 2, 0, 30.0f);
    link(c, 2, 1, 29.0f);
    uint32_t all[4] = {0, 1, 2, 3};
    assert_int_equal(aka__cluster_resolve(c, all, 4), AKA_OK);
    SAME(c, 0, 1);
    aka__cluster_free(c);
}

/* Keys built apart (aka__cluster_keys_build: sorted, duplicates dropped)
 * and handed over act as keys given to aka__cluster_add_record; a refused
 * add leaves them to the caller. */
static void test_keys_built_apart(void **state)
{
    (void)state;
    aka__conflict_key ks[4] = {{DOC, 7, 222}, {DOC, 7, 111}, {DOC, 7, 222},
                               {DOB, 0, 1981}};
    aka__cluster_keys k;
    assert_int_equal(aka__cluster_keys_build(ks, 4, &k), AKA_OK);
    assert_int_equal(k.n, 3);
    aka__cluster_keys_free(&k);
    assert_int_equal(aka__cluster_keys_build(NULL, 2, &k), AKA_ERR_ARGUMENT);
    assert_null(k.k);
    aka__cluster *c = mk();
    add_doc(c, 0, 7, 111);
    add_doc(c, 1, 7, 222);
    add_doc(c, 3, 7, 333);
    /* record 2 holds 111 and 222: it bridges 0 and 1, not 3 */
    assert_int_equal(aka__cluster_keys_build(ks, 4, &k), AKA_OK);
    assert_int_equal(aka__cluster_add_record_keys(c, 2, &k), AKA_OK);
    assert_null(k.k);
    assert_int_equal(k.n, 0);
    link(c, 0, 2, 20.0f);
    link(c, 1, 2, 19.0f);
    link(c, 3, 2, 25.0f);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    SAME(c, 0, 1);
    APART(c, 2, 3);
    aka__conflict_key why = {0, 0, 0};
    assert_int_equal(aka__cluster_conflict(c, 2, 3, &why), 1);
    assert_int_equal(why.group, 7);
    /* present already: refused, the keys stay with the caller */
    assert_int_equal(aka__cluster_keys_build(ks, 1, &k), AKA_OK);
    assert_int_equal(aka__cluster_add_record_keys(c, 2, &k), AKA_ERR_ARGUMENT);
    assert_non_null(k.k);
    aka__cluster_keys_free(&k);
    assert_null(k.k);
    /* no keys: a record that conflicts with nothing */
    assert_int_equal(aka__cluster_keys_build(NULL, 0, &k), AKA_OK);
    assert_int_equal(aka__cluster_add_record_keys(c, 4, &k), AKA_OK);
    assert_int_equal(aka__cluster_conflict(c, 4, 3, &why), 0);
    aka__cluster_free(c);
}

/* B (record 1) with A (0), with C (2), or alone (b_with_a < 0). */
static void expect_b(aka__cluster *c, int b_with_a)
{
    if (b_with_a > 0)
        SAME(c, 0, 1);
    else if (b_with_a == 0)
        SAME(c, 1, 2);
    else {
        APART(c, 0, 1);
        APART(c, 1, 2);
    }
}

/* A-B strong, B-C strong, A and C hold different documents: never one
 * entity; B joins the side with the stronger edge, or neither when the
 * two edges tie (b_with_a < 0: B is ambiguous). */
static void chain(float ab, float bc, int b_with_a)
{
    aka__cluster *c = mk();
    add_doc(c, 0, 1, 100); /* A */
    add_doc(c, 1, 0, 0);   /* B: no document */
    add_doc(c, 2, 1, 200); /* C */
    link(c, 0, 1, ab);
    link(c, 1, 2, bc);
    uint32_t all[3] = {0, 1, 2};
    assert_int_equal(aka__cluster_resolve(c, all, 3), AKA_OK);
    APART(c, 0, 2);
    expect_b(c, b_with_a);
    /* Incremental order must not chain either: resolve B's edges one by
     * one, weakest edge first. */
    aka__cluster *d = mk();
    add_doc(d, 0, 1, 100);
    add_doc(d, 1, 0, 0);
    add_doc(d, 2, 1, 200);
    if (ab < bc) {
        link(d, 0, 1, ab);
        resolve(d, 0, 1);
        link(d, 1, 2, bc);
        resolve(d, 1, 2);
    } else {
        link(d, 1, 2, bc);
        resolve(d, 1, 2);
        link(d, 0, 1, ab);
        resolve(d, 0, 1);
    }
    APART(d, 0, 2);
    /* Re-resolving B's entity lets B move to the stronger side. */
    assert_int_equal(aka__cluster_resolve_all(d), AKA_OK);
    expect_b(d, b_with_a);
    aka__cluster_free(d);
    aka__cluster_free(c);
}

static void test_chaining_trap(void **state)
{
    (void)state;
    chain(15.0f, 12.0f, 1);
    chain(12.0f, 15.0f, 0);
    /* a tie, or nearly: B cannot tell A from C, and joins neither (the
     * edge that sorts first, (0,1), took it before) */
    chain(12.0f, 12.0f, -1);
    chain(12.0f, 12.0f + AKA__AMBIGUOUS_MARGIN / 2, -1);
    chain(12.0f, 12.0f + 2 * AKA__AMBIGUOUS_MARGIN, 0);
}

/* X, a record with no facts of its own, matches A and B, who hold
 * different documents, as well as each: it joins neither, whatever the
 * order, and says why; when B goes, X joins A; a fact of X's own that
 * only A shares, or an edge clearly stronger, decides. */
enum { REC_A = 0, REC_B = 1, REC_X = 2 };

/* A and B with documents 100 and 200 of one country, X with x_doc (0:
 * none), linked to A by wa and to B by wb, resolved. */
static aka__cluster *abx(uint64_t x_doc, float wa, float wb)
{
    aka__cluster *c = mk();
    add_doc(c, REC_A, 1, 100);
    add_doc(c, REC_B, 1, 200);
    add_doc(c, REC_X, x_doc ? 1 : 0, x_doc);
    link(c, REC_X, REC_A, wa);
    link(c, REC_X, REC_B, wb);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    return c;
}

static void test_ambiguous_record(void **state)
{
    (void)state;
    aka__cluster *c = abx(0, 12.0f, 12.0f);
    APART(c, REC_X, REC_A);
    APART(c, REC_X, REC_B);
    assert_int_equal(aka__cluster_ambiguous(c, REC_X), 1);
    assert_int_equal(aka__cluster_ambiguous(c, REC_A), 0);
    aka__possible_match pm[4];
    size_t n = 0;
    assert_int_equal(aka__cluster_possible_matches(c, REC_X, pm, 4, &n), AKA_OK);
    assert_int_equal(n, 2);
    assert_int_equal(pm[0].cause, AKA__PM_AMBIGUOUS);
    assert_int_equal(pm[1].cause, AKA__PM_AMBIGUOUS);
    assert_int_equal(aka__cluster_possible_matches(c, REC_A, pm, 4, &n), AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(pm[0].cause, AKA__PM_AMBIGUOUS);
    /* B goes: X can tell, and joins A */
    assert_int_equal(aka__cluster_remove_record(c, REC_B), AKA_OK);
    SAME(c, REC_X, REC_A);
    assert_int_equal(aka__cluster_ambiguous(c, REC_X), 0);
    aka__cluster_free(c);

    /* one by one: X joins A, the one it matches; B comes and X leaves A */
    c = mk();
    add_doc(c, REC_A, 1, 100);
    add_doc(c, REC_X, 0, 0);
    link(c, REC_X, REC_A, 12.0f);
    resolve(c, REC_X, REC_A);
    SAME(c, REC_X, REC_A);
    add_doc(c, REC_B, 1, 200);
    link(c, REC_B, REC_X, 12.0f);
    uint32_t b = REC_B;
    assert_int_equal(aka__cluster_resolve(c, &b, 1), AKA_OK);
    same_as_canonical(c, 3);
    APART(c, REC_X, REC_A);
    APART(c, REC_X, REC_B);
    aka__cluster_free(c);

    /* an analyst says X is not A: the choice is made, X joins B; the
     * decision withdrawn, X cannot choose again */
    c = abx(0, 12.0f, 12.0f);
    assert_int_equal(aka__cluster_decide(c, REC_X, REC_A, 0), AKA_OK);
    assert_int_equal(aka__cluster_ambiguous(c, REC_X), 0);
    SAME(c, REC_X, REC_B);
    assert_int_equal(aka__cluster_undecide(c, REC_X, REC_A), AKA_OK);
    APART(c, REC_X, REC_B);
    assert_int_equal(aka__cluster_ambiguous(c, REC_X), 1);
    aka__cluster_free(c);

    /* X's own document is A's: B contradicts X itself, no ambiguity */
    c = abx(100, 12.0f, 12.0f);
    assert_int_equal(aka__cluster_ambiguous(c, REC_X), 0);
    SAME(c, REC_X, REC_A);
    aka__cluster_free(c);

    /* an edge clearly stronger decides; one about as strong does not */
    for (int k = 0; k < 2; k++) {
        c = abx(0, 12.0f, 12.0f + (k ? 4 : 0.5f) * AKA__AMBIGUOUS_MARGIN);
        assert_int_equal(aka__cluster_ambiguous(c, REC_X), !k);
        if (k)
            SAME(c, REC_X, REC_B);
        else
            APART(c, REC_X, REC_B);
        aka__cluster_free(c);
    }
}

/* The trap through a shared document: A joined B on a weak edge; C shares
 * B's passport (a vouching key) but holds another date of birth than A,
 * and E holds C's date. Added one by one, C's union with A+B is let
 * through by the passport, and the entity then holds both dates, so it no
 * longer refuses E: all four would be one. The rebuilt result must be the
 * canonical one: B, C and E together, A apart. */
static void test_vouched_chain(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    aka__conflict_key a[1] = {{DOB, 1, 1951}};
    aka__conflict_key b[1] = {{AKA__CONFLICT_VOUCH, 5, 777}};
    aka__conflict_key e[1] = {{DOB, 1, 1940}};
    aka__conflict_key cc[2] = {{DOB, 1, 1940}, {AKA__CONFLICT_VOUCH, 5, 777}};
    assert_int_equal(aka__cluster_add_record(c, 0, a, 1), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 1, b, 1), AKA_OK);
    link(c, 0, 1, 11.0f);
    resolve(c, 0, 1);
    SAME(c, 0, 1);
    uint64_t ab = aka__cluster_entity_of(c, 1);
    assert_int_equal(aka__cluster_add_record(c, 2, e, 1), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 3, cc, 2), AKA_OK);
    link(c, 3, 1, 16.0f);
    link(c, 3, 2, 14.0f);
    uint32_t r = 3;
    assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
    SAME(c, 1, 3);
    SAME(c, 2, 3);
    APART(c, 0, 3);
    /* the old entity's id stays with the piece holding B (ties: smallest
     * record), and A's refused edge is a possible match by conflict */
    assert_int_equal(aka__cluster_entity_count(c), 2);
    assert_true(aka__cluster_entity_of(c, 0) == ab ||
                aka__cluster_entity_of(c, 1) == ab);
    assert_int_equal(aka__cluster_conflict(c, 0, 1, NULL), 1);
    only_possible_match(c, 0, 1);
    same_as_canonical(c, 4);

    /* A passport shared with a record whose date agrees needs no rebuild:
     * the dates are one, nothing is refused. */
    aka__cluster *d = mk();
    aka__conflict_key d0[2] = {{DOB, 1, 1940}, {AKA__CONFLICT_VOUCH, 5, 9}};
    assert_int_equal(aka__cluster_add_record(d, 0, d0, 2), AKA_OK);
    assert_int_equal(aka__cluster_add_record(d, 1, d0, 2), AKA_OK);
    link(d, 0, 1, 20.0f);
    resolve(d, 0, 1);
    SAME(d, 0, 1);
    aka__cluster_free(d);
    aka__cluster_free(c);
}

/* A key of AKA__CONFLICT_VOUCH_YEAR_DIGIT shared (one day and month, the
 * years one digit apart: 1990-10-04 / 1996-10-04): birth years six apart
 * and the full dates no longer hold two entities apart; without it they
 * do. */
static void test_year_digit_vouched(void **state)
{
    (void)state;
    const uint64_t Y = AKA__CONFLICT_YEARS, D = AKA__CONFLICT_DAYS;
    const uint32_t V = AKA__CONFLICT_VOUCH_YEAR_DIGIT, B = AKA_DATE_OF_BIRTH;
    aka__conflict_key a[4] = {{B, 0, 1990}, {B, Y, 1990}, {B, D, 1004}, {V, B, 77}};
    aka__conflict_key b[4] = {{B, 0, 1996}, {B, Y, 1996}, {B, D, 1004}, {V, B, 77}};
    aka__conflict_key c[4] = {{B, 0, 1996}, {B, Y, 1996}, {B, D, 1004}, {V, B, 78}};
    for (int k = 0; k < 2; k++) {
        aka__cluster *cl = mk();
        assert_int_equal(aka__cluster_add_record(cl, 0, a, 4), AKA_OK);
        assert_int_equal(aka__cluster_add_record(cl, 1, k ? c : b, 4), AKA_OK);
        link(cl, 0, 1, 20.0f);
        resolve(cl, 0, 1);
        if (k == 0) {
            SAME(cl, 0, 1);
            assert_int_equal(aka__cluster_conflict(cl, 0, 1, NULL), 0);
        } else {
            APART(cl, 0, 1);
            assert_int_equal(aka__cluster_refused_by_conflict(cl, 0, 1), 1);
        }
        aka__cluster_free(cl);
    }
}

/* A shared document vouches for the birth years its holders state, not
 * for those of records that joined them by other evidence. H holds A's
 * passport and B's phone, and joins B by the phone, a little the stronger
 * edge: A, born in 1981, and B, born in 1986, stay two people, one by
 * one as in the canonical resolution, and the refused edge is a possible
 * match by conflict. When a holder states the other year itself (a
 * passport with a false date), the document still vouches; and days of
 * birth that disagree within the years stay vouched for. */
static void test_vouch_holders_years(void **state)
{
    (void)state;
    const uint64_t Y = AKA__CONFLICT_YEARS, D = AKA__CONFLICT_DAYS;
    const uint32_t B = AKA_DATE_OF_BIRTH, V = AKA__CONFLICT_VOUCH;
    aka__conflict_key a[3] = {{B, Y, 1981}, {B, D, 130}, {V, 5, 7}};
    aka__conflict_key b[2] = {{B, Y, 1986}, {B, D, 808}};
    aka__conflict_key h[1] = {{V, 5, 7}};
    for (int order = 0; order < 2; order++) {
        aka__cluster *c = mk();
        assert_int_equal(aka__cluster_add_record(c, 0, a, 3), AKA_OK);
        assert_int_equal(aka__cluster_add_record(c, 1, b, 2), AKA_OK);
        uint32_t r = 1;
        assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
        assert_int_equal(aka__cluster_add_record(c, 2, h, 1), AKA_OK);
        link(c, 2, order ? 0 : 1, order ? 13.2f : 13.46f);
        link(c, 2, order ? 1 : 0, order ? 13.46f : 13.2f);
        r = 2;
        assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
        APART(c, 0, 1);
        SAME(c, 1, 2);
        aka__conflict_key why;
        assert_int_equal(aka__cluster_conflict(c, 0, 2, &why), 1);
        assert_int_equal(why.kind, B);
        only_possible_match(c, 0, 1);
        same_as_canonical(c, 3);
        aka__cluster_free(c);
    }

    /* the holders state the years: the document vouches over them, and
     * over a third record of the holder's year that joined by a phone */
    aka__conflict_key hb[3] = {{B, Y, 1986}, {B, D, 808}, {V, 5, 7}};
    aka__cluster *c = mk();
    assert_int_equal(aka__cluster_add_record(c, 0, a, 3), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 1, b, 2), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 2, hb, 3), AKA_OK);
    link(c, 2, 1, 14.0f);
    link(c, 2, 0, 13.0f);
    uint32_t r[3] = {0, 1, 2};
    assert_int_equal(aka__cluster_resolve(c, r, 3), AKA_OK);
    SAME(c, 0, 2);
    SAME(c, 1, 2);
    same_as_canonical(c, 3);
    aka__cluster_free(c);

    /* another day of birth a year on, in the record that joined by a
     * phone: the years agree, the days stay vouched for */
    aka__conflict_key near[2] = {{B, Y, 1982}, {B, D, 905}};
    c = mk();
    assert_int_equal(aka__cluster_add_record(c, 0, a, 3), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 1, near, 2), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 2, h, 1), AKA_OK);
    link(c, 2, 1, 14.0f);
    link(c, 2, 0, 13.0f);
    assert_int_equal(aka__cluster_resolve(c, r, 3), AKA_OK);
    SAME(c, 0, 1);
    SAME(c, 1, 2);
    aka__cluster_free(c);
}

/* A key of AKA__CONFLICT_VOUCH_DAYS (an e-mail address) shared: full
 * dates of one birth year that disagree in their days no longer hold two
 * entities apart, while birth years more than two apart still do, and
 * without the shared key the days do. Added one by one, the entity that
 * joined so holds both days, as the canonical resolution's. */
static void test_days_vouched(void **state)
{
    (void)state;
    const uint64_t Y = AKA__CONFLICT_YEARS, D = AKA__CONFLICT_DAYS;
    const uint32_t V = AKA__CONFLICT_VOUCH_DAYS, B = AKA_DATE_OF_BIRTH;
    aka__conflict_key a[3] = {{B, Y, 2010}, {B, D, 102}, {V, 9, 55}};
    aka__conflict_key b[3] = {{B, Y, 2010}, {B, D, 130}, {V, 9, 55}};
    aka__conflict_key far[3] = {{B, Y, 1995}, {B, D, 130}, {V, 9, 55}};
    aka__conflict_key other[3] = {{B, Y, 2010}, {B, D, 130}, {V, 9, 56}};
    const aka__conflict_key *second[3] = {b, far, other};
    for (int k = 0; k < 3; k++) {
        aka__cluster *c = mk();
        assert_int_equal(aka__cluster_add_record(c, 0, a, 3), AKA_OK);
        assert_int_equal(aka__cluster_add_record(c, 1, second[k], 3), AKA_OK);
        link(c, 0, 1, 20.0f);
        resolve(c, 0, 1);
        if (k == 0) {
            SAME(c, 0, 1);
            assert_int_equal(aka__cluster_conflict(c, 0, 1, NULL), 0);
        } else {
            APART(c, 0, 1);
            assert_int_equal(aka__cluster_refused_by_conflict(c, 0, 1), 1);
        }
        aka__cluster_free(c);
    }
    /* one by one: A and B join by the address; C, of B's day, links to
     * A weakly and to D (A's day, no address) strongly; the result is
     * the canonical one */
    aka__cluster *c = mk();
    aka__conflict_key cd[2] = {{B, Y, 2010}, {B, D, 102}};
    aka__conflict_key cc[2] = {{B, Y, 2010}, {B, D, 130}};
    assert_int_equal(aka__cluster_add_record(c, 0, a, 3), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 1, b, 3), AKA_OK);
    link(c, 0, 1, 15.0f);
    resolve(c, 0, 1);
    SAME(c, 0, 1);
    assert_int_equal(aka__cluster_add_record(c, 2, cd, 2), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 3, cc, 2), AKA_OK);
    link(c, 3, 2, 18.0f);
    link(c, 3, 0, 11.0f);
    uint32_t r = 3;
    assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
    APART(c, 2, 3); /* days 01-02 and 01-30, nothing shared */
    same_as_canonical(c, 4);
    aka__cluster_free(c);
}

/* As the engine resolves a record it adds (that record alone): X joined
 * A, the one entity it matched; B, who conflicts with A, matches X more
 * strongly. X moves to B, as the canonical resolution places it; C, who
 * matches X less strongly than B holds it, moves nothing. */
static void test_stronger_edge_moves_a_record(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    aka__conflict_key a = {DOB, 1, 1980}, b = {DOB, 1, 1990}, k = {DOB, 1, 2000};
    assert_int_equal(aka__cluster_add_record(c, 0, &a, 1), AKA_OK);
    assert_int_equal(aka__cluster_add_record(c, 1, NULL, 0), AKA_OK);
    link(c, 0, 1, 11.0f);
    uint32_t r = 1;
    assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
    SAME(c, 0, 1);
    uint64_t ida = aka__cluster_entity_of(c, 0);
    assert_int_equal(aka__cluster_add_record(c, 2, &b, 1), AKA_OK);
    link(c, 2, 1, 14.0f);
    r = 2;
    assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
    SAME(c, 1, 2);
    APART(c, 0, 1);
    assert_int_equal(aka__cluster_entity_of(c, 0), ida);
    assert_int_equal(aka__cluster_add_record(c, 3, &k, 1), AKA_OK);
    link(c, 3, 1, 12.0f);
    r = 3;
    assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
    SAME(c, 1, 2);
    APART(c, 1, 3);
    APART(c, 0, 3);
    same_as_canonical(c, 4);
    aka__cluster_free(c);
}

/* The member that keeps a stronger edge out need not be the record on
 * it: X and Y are held together strongly, W hangs on Y by a weaker edge
 * and holds another father than N; N matches X more strongly than W
 * matches Y. Resolved with X's entity, N joins X and Y, and W's weaker
 * edge is then refused, as the canonical resolution places them. */
static void test_stronger_edge_moves_a_weak_member(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    aka__conflict_key w = {NAME, 7, 11}, n = {NAME, 7, 12};
    assert_int_equal(aka__cluster_add_record(c, 0, NULL, 0), AKA_OK); /* X */
    assert_int_equal(aka__cluster_add_record(c, 1, NULL, 0), AKA_OK); /* Y */
    link(c, 0, 1, 20.0f);
    resolve(c, 0, 1);
    assert_int_equal(aka__cluster_add_record(c, 2, &w, 1), AKA_OK); /* W */
    link(c, 2, 1, 11.0f);
    uint32_t r = 2;
    assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
    SAME(c, 1, 2);
    uint64_t id = aka__cluster_entity_of(c, 0);
    assert_int_equal(aka__cluster_add_record(c, 3, &n, 1), AKA_OK); /* N */
    link(c, 3, 0, 15.0f);
    r = 3;
    assert_int_equal(aka__cluster_resolve(c, &r, 1), AKA_OK);
    SAME(c, 0, 3);
    SAME(c, 0, 1);
    APART(c, 0, 2);
    assert_int_equal(aka__cluster_entity_of(c, 0), id); /* most of it stays */
    same_as_canonical(c, 4);
    aka__cluster_free(c);
}

static void test_long_chain_no_giant(void **state)
{
    (void)state;
    /* A path of 50 records alternating two numbers of one document type
     * with weak-but-matching links through number-less records: without
     * entity-level checks this would become one entity. */
    aka__cluster *c = mk();
    for (uint32_t i = 0; i < 50; i++)
        add_doc(c, i, 3, i % 4 == 0 ? 1 + (i / 4) % 2 : 0);
    for (uint32_t i = 0; i + 1 < 50; i++)
        link(c, i, i + 1, 11.0f + (float)(i % 3));
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    for (uint32_t i = 0; i < 50; i += 4)
        for (uint32_t j = i + 4; j < 50; j += 4)
            if ((i / 4) % 2 != (j / 4) % 2)
                APART(c, i, j);
    aka__cluster_free(c);
}

typedef struct grow_buf {
    unsigned char *p;
    size_t n, cap;
} grow_buf;

static void buf_put(void *ctx, const void *p, size_t n)
{
    grow_buf *b = ctx;
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2;
        b->p = realloc(b->p, b->cap);
        assert_non_null(b->p);
    }
    memcpy(b->p + b->n, p, n);
    b->n += n;
}

/* A record linked to thousands (a shared office phone): its edge and
 * decision arrays outgrow the slab's classes and come from malloc, shrink
 * back as records go, and survive a snapshot; every array is given back
 * (the sanitizer build checks for leaks and bad frees). */
static void test_hub_arrays(void **state)
{
    (void)state;
    enum { N = 8301 };
    size_t big = AKA__SLAB_MAX / 8 + 1; /* cedge and cdec are 8 bytes */
    assert_true(N - 1 > big);
    aka__cluster *c = mk();
    for (uint32_t i = 0; i < N; i++)
        add_doc(c, i, 3, i % 5 == 0 ? 100 + i : 0);
    for (uint32_t i = 1; i < N; i++)
        link(c, 0, i, 5.0f); /* possible matches, no merge */
    for (uint32_t i = 1; i + 1 < N; i += 2)
        link(c, i, i + 1, 12.0f);
    for (uint32_t i = 1; i < N; i++) /* "not the same" */
        assert_int_equal(aka__cluster_decide(c, 0, i, 0), AKA_OK);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    SAME(c, 1, 2);
    APART(c, 0, 3);
    /* the snapshot's copy answers alike */
    grow_buf b = {0};
    aka__wr w = {buf_put, &b};
    aka__cluster_export(c, N, &w);
    uint8_t *live = malloc(N);
    assert_non_null(live);
    memset(live, 1, N);
    aka__cluster *d = NULL;
    const char *why = NULL;
    assert_int_equal(aka__cluster_import(b.p, b.n, N, live, 10.0f, 4.0f, &d, &why), 0);
    for (uint32_t i = 0; i < N; i += 97)
        assert_int_equal(aka__cluster_entity_of(c, i) == aka__cluster_entity_of(c, 0),
                         aka__cluster_entity_of(d, i) == aka__cluster_entity_of(d, 0));
    SAME(d, 3, 4);
    /* most of the hub's neighbours go: its arrays shrink below the
     * classes' top while it keeps their room */
    for (uint32_t i = 1; i < N - 100; i++) {
        assert_int_equal(aka__cluster_remove_record(c, i), AKA_OK);
        assert_int_equal(aka__cluster_remove_record(d, i), AKA_OK);
    }
    aka__cluster_clear_edges(c);
    for (uint32_t i = N - 100; i < N; i++)
        link(c, 0, i, 11.0f);
    assert_int_equal(aka__cluster_undecide(c, 0, N - 98), AKA_OK);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    APART(c, 0, N - 99);
    SAME(c, 0, N - 98);
    assert_int_equal(aka__cluster_remove_record(c, 0), AKA_OK);
    aka__cluster_free(c);
    aka__cluster_free(d);
    free(live);
    free(b.p);
}

static void test_must_link(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    add_doc(c, 0, 1, 100);
    add_doc(c, 1, 1, 200);
    add_doc(c, 2, 1, 300);
    link(c, 0, 1, 30.0f);
    resolve(c, 0, 1);
    APART(c, 0, 1);
    assert_int_equal(aka__cluster_decide(c, 0, 1, 1), AKA_OK);
    SAME(c, 0, 1); /* over the conflict */
    assert_int_equal(aka__cluster_entity_of(c, 1), 1);
    assert_int_equal(aka__cluster_decision(c, 1, 0), 1);
    /* Must-links hold without any edge, and through resolve_all. */
    assert_int_equal(aka__cluster_decide(c, 1, 2, 1), AKA_OK);
    SAME(c, 0, 2);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    SAME(c, 0, 2);
    /* A later "not the same" replaces the "same" and splits. */
    assert_int_equal(aka__cluster_decide(c, 1, 2, 0), AKA_OK);
    assert_int_equal(aka__cluster_decision(c, 2, 1), 0);
    uint32_t other = 99;
    assert_int_equal(aka__cluster_decision_at(c, 2, 0, &other), 0);
    assert_int_equal(other, 1);
    assert_int_equal(aka__cluster_decision_at(c, 2, 1, &other), -1);
    assert_int_equal(aka__cluster_decision_at(c, 99, 0, &other), -1); /* absent */
    SAME(c, 0, 1);
    APART(c, 1, 2);
    assert_int_equal(aka__cluster_entity_of(c, 0), 1);
    assert_int_equal(aka__cluster_undecide(c, 1, 2), AKA_OK);
    assert_int_equal(aka__cluster_decision(c, 2, 1), -1);
    /* A must-link chain that would join a cannot-linked pair is refused. */
    assert_int_equal(aka__cluster_decide(c, 0, 2, 0), AKA_OK);
    assert_int_equal(aka__cluster_decide(c, 1, 2, 1), AKA_OK);
    APART(c, 0, 2);
    aka__cluster_free(c);
}

static void test_cannot_link_splits(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    for (uint32_t i = 0; i < 5; i++)
        add_doc(c, i, 0, 0);
    /* 0-1-2-3-4 strong path, weakest edge in the middle. */
    link(c, 0, 1, 20.0f);
    link(c, 1, 2, 18.0f);
    link(c, 2, 3, 19.0f);
    link(c, 3, 4, 21.0f);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    SAME(c, 0, 4);
    assert_int_equal(aka__cluster_decide(c, 0, 4, 0), AKA_OK);
    APART(c, 0, 4);
    /* Edges strongest first: 3-4, 0-1, 2-3, then 1-2 is refused. */
    SAME(c, 0, 1);
    SAME(c, 2, 4);
    APART(c, 1, 2);
    /* The piece with most records ({2,3,4}) keeps the old id. */
    assert_int_equal(aka__cluster_entity_of(c, 3), 1);
    assert_int_equal(aka__cluster_entity_of(c, 0), 6);
    /* Cannot-linked entities are not offered as possible matches. */
    size_t n;
    assert_int_equal(aka__cluster_possible_matches(c, 0, NULL, 0, &n), AKA_OK);
    assert_int_equal(n, 0);
    /* Removing the decision lets them merge again, older id. */
    assert_int_equal(aka__cluster_undecide(c, 0, 4), AKA_OK);
    SAME(c, 0, 4);
    assert_int_equal(aka__cluster_entity_of(c, 0), 1);
    aka__cluster_free(c);
}

/* A new version of a record (aka__cluster_add_version) takes the old
 * one's place: alone, it keeps the entity's id; in bulk (hold) without
 * edges, it stays in the entity; the old version's decisions become its
 * own when the old one leaves, and stay with the old one if the new
 * version is taken out instead. */
static void test_new_version(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    for (uint32_t i = 0; i < 4; i++)
        add_doc(c, i, 0, 0);
    link(c, 1, 2, 20.0f);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    uint64_t alone = aka__cluster_entity_of(c, 0), pair = aka__cluster_entity_of(c, 1);
    assert_int_equal(aka__cluster_decide(c, 0, 3, 0), AKA_OK);
    aka__cluster_keys none = {0};
    /* 4 replaces 0, which is alone */
    assert_int_equal(aka__cluster_add_version(c, 0, 4, &none, 0), AKA_OK);
    assert_int_equal(aka__cluster_remove_record(c, 0), AKA_OK);
    assert_int_equal(aka__cluster_entity_of(c, 4), alone);
    assert_int_equal(aka__cluster_decision(c, 4, 3), 0); /* not the same */
    assert_int_equal(aka__cluster_decision(c, 3, 4), 0);
    /* 5 replaces 2 in bulk: no edges yet, it stays with 1 */
    assert_int_equal(aka__cluster_add_version(c, 2, 5, &none, 1), AKA_OK);
    assert_int_equal(aka__cluster_remove_record(c, 2), AKA_OK);
    assert_int_equal(aka__cluster_entity_of(c, 5), pair);
    SAME(c, 1, 5);
    /* without hold, it would have been split off */
    assert_int_equal(aka__cluster_add_version(c, 5, 6, &none, 0), AKA_OK);
    assert_int_equal(aka__cluster_remove_record(c, 5), AKA_OK);
    APART(c, 1, 6);
    /* taken out again, the new version leaves the decisions with the old */
    assert_int_equal(aka__cluster_add_version(c, 4, 7, &none, 0), AKA_OK);
    assert_int_equal(aka__cluster_remove_record(c, 7), AKA_OK);
    assert_int_equal(aka__cluster_decision(c, 4, 3), 0);
    assert_int_equal(aka__cluster_entity_of(c, 4), alone);
    /* bad calls */
    assert_int_equal(aka__cluster_add_version(c, 9, 8, &none, 0), AKA_ERR_ARGUMENT);
    assert_int_equal(aka__cluster_add_version(c, 4, 3, &none, 0), AKA_ERR_ARGUMENT);
    aka__cluster_free(c);
}

static void test_remove_splits(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    for (uint32_t i = 0; i < 8; i++)
        add_doc(c, i, 0, 0);
    /* Star through 3: {0,1}-3-{4,5,6}; 7 separate. */
    link(c, 0, 1, 20.0f);
    link(c, 1, 3, 15.0f);
    link(c, 3, 4, 15.0f);
    link(c, 4, 5, 20.0f);
    link(c, 5, 6, 20.0f);
    link(c, 2, 7, 12.0f);
    link(c, 6, 7, 5.0f);
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    uint64_t big = aka__cluster_entity_of(c, 0), other = aka__cluster_entity_of(c, 7);
    assert_int_equal(big, 1);
    assert_int_equal(other, 3);
    assert_int_equal(aka__cluster_remove_record(c, 3), AKA_OK);
    assert_false(aka__cluster_has_record(c, 3));
    assert_int_equal(aka__cluster_entity_of(c, 3), 0);
    APART(c, 0, 4);
    /* Largest piece {4,5,6} keeps the old id; {0,1} gets a new one. */
    assert_int_equal(aka__cluster_entity_of(c, 5), big);
    assert_int_equal(aka__cluster_entity_of(c, 0), 9);
    assert_int_equal(aka__cluster_entity_of(c, 7), other);
    assert_int_equal(aka__cluster_degree(c, 1), 1);
    assert_int_equal(aka__cluster_degree(c, 4), 1);
    assert_int_equal(aka__cluster_entity_count(c), 3);
    /* Equal pieces: the one with the smallest record keeps the id. */
    assert_int_equal(aka__cluster_remove_record(c, 5), AKA_OK);
    assert_int_equal(aka__cluster_entity_of(c, 4), big);
    assert_int_equal(aka__cluster_entity_of(c, 6), 10);
    /* Removing a singleton retires its id. */
    assert_int_equal(aka__cluster_remove_record(c, 4), AKA_OK);
    uint32_t r;
    assert_int_equal(aka__cluster_entity_record(c, big, &r), AKA_ERR_NOT_FOUND);
    /* Removal can unlock a merge that a conflict blocked. */
    aka__cluster *d = mk();
    add_doc(d, 0, 1, 100);
    add_doc(d, 1, 0, 0);
    add_doc(d, 2, 1, 200);
    link(d, 0, 1, 20.0f);
    link(d, 1, 2, 15.0f);
    assert_int_equal(aka__cluster_resolve_all(d), AKA_OK);
    APART(d, 1, 2);
    assert_int_equal(aka__cluster_remove_record(d, 0), AKA_OK);
    SAME(d, 1, 2);
    assert_int_equal(aka__cluster_entity_of(d, 1), 1);
    /* The index can be reused by a new record with a fresh id. */
    add_doc(d, 0, 0, 0);
    assert_int_equal(aka__cluster_entity_of(d, 0), 4);
    assert_int_equal(aka__cluster_degree(d, 0), 0);
    aka__cluster_free(d);
    aka__cluster_free(c);
}

/* ---- Random graphs and the brute-force reference ---------------------- */

static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static uint32_t rng_below(uint64_t *s, uint32_t n)
{
    return (uint32_t)(rng_next(s) % n);
}

typedef struct gedge {
    uint32_t a, b;
    float w;
} gedge;

typedef struct graph {
    uint32_t n;
    aka__conflict_key (*keys)[2];
    uint32_t *nkeys;
    gedge *e;
    size_t ne;
    gedge *dec; /* w = 1 same, 0 not */
    size_t nd;
} graph;

static int gedge_cmp(const void *x, const void *y)
{
    const gedge *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static void graph_make(graph *g, uint32_t n, size_t ne, size_t nd,
                       uint64_t seed)
{
    uint64_t s = seed;
    g->n = n;
    g->keys = calloc(n, sizeof *g->keys);
    g->nkeys = calloc(n, sizeof *g->nkeys);
    assert_non_null(g->keys);
    assert_non_null(g->nkeys);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = 0;
        if (rng_below(&s, 3) == 0) /* passport of country 1 or 2 */
            g->keys[i][k++] = (aka__conflict_key){DOC, 1 + rng_below(&s, 2),
                                                  rng_below(&s, 4)};
        if (rng_below(&s, 4) == 0)
            g->keys[i][k++] = (aka__conflict_key){DOB, 0, rng_below(&s, 3)};
        g->nkeys[i] = k;
    }
    /* Distinct pairs, mostly local so that entities grow; integer-ish
     * weights so ties are common and the tie-break matters. */
    gedge *e = calloc(ne, sizeof *e);
    assert_non_null(e);
    for (size_t i = 0; i < ne; i++) {
        uint32_t a = rng_below(&s, n), b = (a + 1 + rng_below(&s, 20)) % n;
        e[i] = (gedge){a < b ? a : b, a < b ? b : a,
                       (float)rng_below(&s, 24) * 0.5f + 1.0f};
        if (e[i].a == e[i].b)
            e[i].b = (e[i].a + 1) % n;
    }
    qsort(e, ne, sizeof *e, gedge_cmp);
    size_t k = 0;
    for (size_t i = 0; i < ne; i++)
        if (e[i].a != e[i].b &&
            (k == 0 || e[k - 1].a != e[i].a || e[k - 1].b != e[i].b))
            e[k++] = e[i];
    g->e = e;
    g->ne = k;
    g->dec = calloc(nd + 1, sizeof *g->dec);
    assert_non_null(g->dec);
    k = 0;
    for (size_t i = 0; i < nd; i++) {
        uint32_t a = rng_below(&s, n), b = (a + 1 + rng_below(&s, 10)) % n;
        g->dec[k++] = (gedge){a < b ? a : b, a < b ? b : a,
                              (float)rng_below(&s, 2)};
    }
    qsort(g->dec, k, sizeof *g->dec, gedge_cmp);
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
        if (m == 0 || g->dec[m - 1].a != g->dec[i].a ||
            g->dec[m - 1].b != g->dec[i].b)
            g->dec[m++] = g->dec[i];
    g->nd = m;
}

static void graph_free(graph *g)
{
    free(g->keys);
    free(g->nkeys);
    free(g->e);
    free(g->dec);
}

/* Reference: labels relabelled on every merge, constraints checked by
 * scanning everything. Slow and obviously right. */
static size_t ref_keys(const graph *g, const uint32_t *lab, uint32_t x,
                       aka__conflict_key *out)
{
    size_t k = 0;
    for (uint32_t p = 0; p < g->n; p++)
        if (lab[p] == x)
            for (uint32_t i = 0; i < g->nkeys[p]; i++)
                out[k++] = g->keys[p][i];
    return k;
}

static int ref_conflict(const graph *g, const uint32_t *lab, uint32_t x,
                        uint32_t y, aka__conflict_key *kx,
                        aka__conflict_key *ky)
{
    size_t nx = ref_keys(g, lab, x, kx), ny = ref_keys(g, lab, y, ky);
    for (size_t i = 0; i < nx; i++) {
        int group_in_y = 0, shared = 0;
        for (size_t j = 0; j < ny; j++) {
            if (ky[j].kind != kx[i].kind || ky[j].group != kx[i].group)
                continue;
            group_in_y = 1;
            for (size_t i2 = 0; i2 < nx; i2++)
                if (kx[i2].kind == kx[i].kind &&
                    kx[i2].group == kx[i].group &&
                    kx[i2].value == ky[j].value)
                    shared = 1;
        }
        if (group_in_y && !shared)
            return 1;
    }
    return 0;
}

static int ref_cannot(const graph *g, const uint32_t *lab, uint32_t x,
                      uint32_t y)
{
    for (size_t i = 0; i < g->nd; i++) {
        if (g->dec[i].w != 0.0f)
            continue;
        uint32_t la = lab[g->dec[i].a], lb = lab[g->dec[i].b];
        if ((la == x && lb == y) || (la == y && lb == x))
            return 1;
    }
    return 0;
}

static void ref_merge(const graph *g, uint32_t *lab, uint32_t x, uint32_t y)
{
    uint32_t keep = x < y ? x : y, gone = x < y ? y : x;
    for (uint32_t i = 0; i < g->n; i++)
        if (lab[i] == gone)
            lab[i] = keep;
}

static int wdesc(const void *x, const void *y)
{
    const gedge *p = x, *q = y;
    if (p->w != q->w)
        return p->w > q->w ? -1 : 1;
    return gedge_cmp(x, y);
}

/* Whether an analyst said records a and b are not the same (g's
 * decisions hold the final word on each pair). */
static int ref_ruled_out(const graph *g, uint32_t a, uint32_t b)
{
    uint32_t lo = a < b ? a : b, hi = a < b ? b : a;
    for (size_t i = 0; i < g->nd; i++)
        if (g->dec[i].a == lo && g->dec[i].b == hi)
            return g->dec[i].w == 0.0f;
    return 0;
}

/* Whether records x and y conflict by their own keys: ref_conflict with
 * each record its own label. */
static int ref_rec_conflict(const graph *g, uint32_t x, uint32_t y)
{
    for (uint32_t i = 0; i < g->nkeys[x]; i++) {
        int group_in_y = 0, shared = 0;
        for (uint32_t j = 0; j < g->nkeys[y]; j++) {
            if (g->keys[y][j].kind != g->keys[x][i].kind ||
                g->keys[y][j].group != g->keys[x][i].group)
                continue;
            group_in_y = 1;
            for (uint32_t i2 = 0; i2 < g->nkeys[x]; i2++)
                if (g->keys[x][i2].kind == g->keys[x][i].kind &&
                    g->keys[x][i2].group == g->keys[x][i].group &&
                    g->keys[x][i2].value == g->keys[y][j].value)
                    shared = 1;
        }
        if (group_in_y && !shared)
            return 1;
    }
    return 0;
}

/* The ambiguous records of cluster.h, read from g's edges by brute
 * force: rec has two match edges within AKA__AMBIGUOUS_MARGIN of its
 * strongest whose records conflict with each other, and rec with
 * neither, nor an analyst's "not the same" with either. inc[0..ninc)
 * are the indices of rec's edges in g->e. */
static int ref_ambiguous(const graph *g, float match, uint32_t rec,
                         const size_t *inc, size_t ninc)
{
    float top = -1.0f;
    for (size_t i = 0; i < ninc; i++)
        if (g->e[inc[i]].w >= match && g->e[inc[i]].w > top)
            top = g->e[inc[i]].w;
    for (size_t i = 0; i < ninc; i++) {
        const gedge *p = &g->e[inc[i]];
        uint32_t y = p->a == rec ? p->b : p->a;
        if (p->w < match || p->w < top - AKA__AMBIGUOUS_MARGIN || ref_ruled_out(g, rec, y))
            continue;
        for (size_t j = i + 1; j < ninc; j++) {
            const gedge *q = &g->e[inc[j]];
            uint32_t z = q->a == rec ? q->b : q->a;
            if (q->w < match || q->w < top - AKA__AMBIGUOUS_MARGIN || ref_ruled_out(g, rec, z))
                continue;
            if (ref_rec_conflict(g, y, z) && !ref_rec_conflict(g, rec, y) &&
                !ref_rec_conflict(g, rec, z))
                return 1;
        }
    }
    return 0;
}

/* lab[i] = smallest record of i's entity. */
static void reference(const graph *g, float match, uint32_t *lab)
{
    for (uint32_t i = 0; i < g->n; i++)
        lab[i] = i;
    for (size_t i = 0; i < g->nd; i++) { /* sorted by (a, b) */
        if (g->dec[i].w == 0.0f)
            continue;
        uint32_t x = lab[g->dec[i].a], y = lab[g->dec[i].b];
        if (x != y && !ref_cannot(g, lab, x, y))
            ref_merge(g, lab, x, y);
    }
    aka__conflict_key *kx = malloc(2 * (size_t)g->n * sizeof *kx);
    aka__conflict_key *ky = malloc(2 * (size_t)g->n * sizeof *ky);
    gedge *e = malloc((g->ne + 1) * sizeof *e);
    assert_non_null(kx);
    assert_non_null(ky);
    assert_non_null(e);
    /* who is ambiguous, from each record's own edges */
    unsigned char *amb = malloc((size_t)g->n + 1);
    size_t *inc = malloc((g->ne + 1) * sizeof *inc);
    assert_non_null(amb);
    assert_non_null(inc);
    for (uint32_t i = 0; i < g->n; i++) {
        size_t ninc = 0;
        for (size_t k = 0; k < g->ne; k++)
            if (g->e[k].a == i || g->e[k].b == i)
                inc[ninc++] = k;
        amb[i] = (unsigned char)ref_ambiguous(g, match, i, inc, ninc);
    }
    free(inc);
    memcpy(e, g->e, g->ne * sizeof *e);
    qsort(e, g->ne, sizeof *e, wdesc);
    for (size_t i = 0; i < g->ne && e[i].w >= match; i++) {
        if (amb[e[i].a] || amb[e[i].b])
            continue;
        uint32_t x = lab[e[i].a], y = lab[e[i].b];
        if (x != y && !ref_cannot(g, lab, x, y) && !ref_conflict(g, lab, x, y, kx, ky))
            ref_merge(g, lab, x, y);
    }
    free(amb);
    free(kx);
    free(ky);
    free(e);
}

static void labels_of(aka__cluster *c, uint32_t n, uint32_t *lab)
{
    uint32_t *buf = malloc((n + 1) * sizeof *buf);
    assert_non_null(buf);
    for (uint32_t i = 0; i < n; i++) {
        size_t m;
        assert_int_equal(aka__cluster_entity_records(c, i, buf, n, &m), AKA_OK);
        lab[i] = buf[0];
    }
    free(buf);
}

static void shuffle(uint32_t *a, size_t n, uint64_t *s)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = rng_below(s, (uint32_t)i);
        uint32_t t = a[i - 1];
        a[i - 1] = a[j];
        a[j] = t;
    }
}

/* Build a cluster from g: records added in `order`, edges and decisions
 * in shuffled order, with incremental resolves sprinkled in (which may
 * leave a different partition) before the final resolve_all. */
static aka__cluster *build(const graph *g, const uint32_t *order,
                           uint64_t seed, int incremental)
{
    uint64_t s = seed;
    aka__cluster *c = mk();
    for (uint32_t i = 0; i < g->n; i++) {
        uint32_t r = order[i];
        assert_int_equal(aka__cluster_add_record(c, r, g->keys[r], g->nkeys[r]),
                         AKA_OK);
    }
    uint32_t *perm = malloc((g->ne + 1) * sizeof *perm);
    assert_non_null(perm);
    for (size_t i = 0; i < g->ne; i++)
        perm[i] = (uint32_t)i;
    shuffle(perm, g->ne, &s);
    for (size_t i = 0; i < g->ne; i++) {
        const gedge *e = &g->e[perm[i]];
        /* Sometimes link a stale weight first: the later link wins. */
        if (rng_below(&s, 8) == 0)
            link(c, e->b, e->a, 30.0f - e->w);
        link(c, e->a, e->b, e->w);
        if (incremental && rng_below(&s, 4) == 0)
            resolve(c, e->a, e->b);
    }
    free(perm);
    for (size_t i = 0; i < g->nd; i++) {
        size_t j = g->nd - 1 - i;
        /* A flipped decision first, then the real one replaces it. */
        if (rng_below(&s, 3) == 0)
            assert_int_equal(aka__cluster_decide(c, g->dec[j].b, g->dec[j].a,
                                                 g->dec[j].w == 0.0f),
                             AKA_OK);
        assert_int_equal(aka__cluster_decide(c, g->dec[j].a, g->dec[j].b,
                                             g->dec[j].w != 0.0f),
                         AKA_OK);
    }
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    return c;
}

static void test_determinism_vs_reference(void **state)
{
    (void)state;
    const uint32_t n = 2000;
    for (uint64_t seed = 1; seed <= 3; seed++) {
        graph g;
        graph_make(&g, n, 5000, 60, seed);
        uint32_t *want = malloc(n * sizeof *want);
        uint32_t *got = malloc(n * sizeof *got);
        uint32_t *order = malloc(n * sizeof *order);
        assert_non_null(want);
        assert_non_null(got);
        assert_non_null(order);
        reference(&g, 10.0f, want);
        size_t nontrivial = 0;
        for (uint32_t i = 0; i < n; i++)
            nontrivial += want[i] != i;
        assert_true(nontrivial > n / 10); /* the graphs do merge */

        uint64_t s = seed * 77;
        for (int round = 0; round < 3; round++) {
            for (uint32_t i = 0; i < n; i++)
                order[i] = i;
            if (round)
                shuffle(order, n, &s);
            aka__cluster *c = build(&g, order, seed * 1000 + (uint64_t)round,
                                    round != 0);
            labels_of(c, n, got);
            size_t ambiguous = 0; /* (the ties make some: the rule is exercised) */
            for (uint32_t i = 0; i < n; i++)
                ambiguous += (size_t)aka__cluster_ambiguous(c, i);
            assert_true(ambiguous > 0);
            for (uint32_t i = 0; i < n; i++)
                if (got[i] != want[i])
                    fail_msg("seed %u round %d rec %u: entity min %u, want %u",
                             (unsigned)seed, round, i, got[i], want[i]);
            /* No strong edge between two entities without a reason. */
            for (size_t i = 0; i < g.ne; i++) {
                const gedge *e = &g.e[i];
                if (e->w < 10.0f || aka__cluster_entity_of(c, e->a) ==
                                        aka__cluster_entity_of(c, e->b))
                    continue;
                int dec = aka__cluster_decision(c, e->a, e->b);
                assert_true(aka__cluster_conflict(c, e->a, e->b, NULL) ||
                            aka__cluster_ambiguous(c, e->a) ||
                            aka__cluster_ambiguous(c, e->b) || dec == 0 ||
                            ref_cannot(&g, want, want[e->a], want[e->b]));
            }
            /* Every cannot-link holds. */
            for (size_t i = 0; i < g.nd; i++)
                if (g.dec[i].w == 0.0f)
                    APART(c, g.dec[i].a, g.dec[i].b);
            assert_int_equal(aka__cluster_record_count(c), n);
            aka__cluster_free(c);
        }
        /* Without decisions nothing is resolved before resolve_all: with
         * records added in index order, every id is the creation id of
         * the entity's smallest record. */
        graph g2 = g;
        g2.nd = 0;
        reference(&g2, 10.0f, want);
        for (uint32_t i = 0; i < n; i++)
            order[i] = i;
        aka__cluster *c = build(&g2, order, seed, 0);
        labels_of(c, n, got);
        for (uint32_t i = 0; i < n; i++) {
            assert_int_equal(got[i], want[i]);
            assert_int_equal(aka__cluster_entity_of(c, i), (uint64_t)want[i] + 1);
        }
        aka__cluster_free(c);
        free(want);
        free(got);
        free(order);
        graph_free(&g);
    }
}

/* Invariants that must hold after any sequence of operations. */
static void check_invariants(aka__cluster *c, uint32_t n)
{
    size_t live = 0, ents = 0;
    uint32_t *buf = malloc((n + 1) * sizeof *buf);
    assert_non_null(buf);
    for (uint32_t i = 0; i < n; i++) {
        if (!aka__cluster_has_record(c, i)) {
            assert_int_equal(aka__cluster_entity_of(c, i), 0);
            continue;
        }
        live++;
        uint64_t id = aka__cluster_entity_of(c, i);
        assert_true(id != 0);
        size_t m;
        assert_int_equal(aka__cluster_entity_records(c, i, buf, n, &m), AKA_OK);
        assert_int_equal(m, aka__cluster_entity_size(c, i));
        if (buf[0] == i) { /* count each entity once, at its min record */
            ents++;
            uint32_t r;
            assert_int_equal(aka__cluster_entity_record(c, id, &r), AKA_OK);
            assert_int_equal(aka__cluster_entity_of(c, r), id);
        }
        for (size_t j = 0; j < m; j++) {
            assert_int_equal(aka__cluster_entity_of(c, buf[j]), id);
            if (j)
                assert_true(buf[j - 1] < buf[j]);
            if (buf[j] != i)
                assert_int_not_equal(aka__cluster_decision(c, i, buf[j]), 0);
        }
    }
    assert_int_equal(live, aka__cluster_record_count(c));
    assert_int_equal(ents, aka__cluster_entity_count(c));
    free(buf);
}

static void test_stress(void **state)
{
    (void)state;
    const uint32_t n = 3000;
    uint64_t s = 4242;
    aka__cluster *c = mk();
    uint64_t maxid = 0;
    for (int op = 0; op < 30000; op++) {
        uint32_t a = rng_below(&s, n), b = rng_below(&s, n);
        uint32_t kind = rng_below(&s, 100);
        if (!aka__cluster_has_record(c, a) || kind < 30) {
            if (!aka__cluster_has_record(c, a)) {
                aka__conflict_key k = {DOC, rng_below(&s, 2), rng_below(&s, 3)};
                assert_int_equal(aka__cluster_add_record(c, a, &k,
                                                         rng_below(&s, 2)),
                                 AKA_OK);
                uint64_t id = aka__cluster_entity_of(c, a);
                assert_true(id > maxid); /* ids never reused */
                maxid = id;
            }
        } else if (kind < 75) {
            if (a != b && aka__cluster_has_record(c, b)) {
                link(c, a, b, (float)rng_below(&s, 30));
                resolve(c, a, b);
            }
        } else if (kind < 88) {
            assert_int_equal(aka__cluster_remove_record(c, a), AKA_OK);
        } else if (kind < 95) {
            if (a != b && aka__cluster_has_record(c, b))
                assert_int_equal(aka__cluster_decide(c, a, b, kind & 1),
                                 AKA_OK);
        } else if (kind < 99) {
            size_t m;
            aka_status st = aka__cluster_possible_matches(c, a, NULL, 0, &m);
            assert_true(st == AKA_OK || st == AKA_ERR_BUFFER);
        } else {
            assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
        }
        if (op % 5000 == 4999)
            check_invariants(c, n);
    }
    assert_int_equal(aka__cluster_resolve_all(c), AKA_OK);
    check_invariants(c, n);
    aka__cluster_free(c);
}

/* A decision that contradicts those in force on other pairs is told: "the
 * same" across a "not the same" between the two "same" groups, "not the
 * same" inside one; the decision on the pair itself is the one replaced. */
static void test_contradicts(void **state)
{
    (void)state;
    aka__cluster *c = mk();
    for (uint32_t r = 0; r < 6; r++)
        add_doc(c, r, 0, 0);
    assert_int_equal(aka__cluster_decide(c, 0, 1, 1), AKA_OK);
    assert_int_equal(aka__cluster_decide(c, 1, 2, 1), AKA_OK);
    assert_int_equal(aka__cluster_decide(c, 3, 4, 1), AKA_OK);
    assert_int_equal(aka__cluster_decide(c, 2, 3, 0), AKA_OK);
    static const struct {
        uint32_t a, b;
        int same, bad;
    } cases[] = {
        {0, 4, 1, 1}, /* 0's group {0 1 2} against 4's {4 3}, kept apart by 2-3 */
        {0, 2, 0, 1}, /* not the same inside {0 1 2}: 0 and 2 joined through 1 */
        {0, 1, 0, 0}, /* 0-1 itself may be turned round: nothing else joins them */
        {2, 3, 1, 0}, /* 2-3 itself may become "the same": the decision replaced */
        {0, 5, 1, 0}, /* 5 has no decision: anything goes */
        {4, 5, 0, 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int bad = -1;
        assert_int_equal(aka__cluster_contradicts(c, cases[k].a, cases[k].b, cases[k].same, &bad),
                         AKA_OK);
        assert_int_equal(bad, cases[k].bad);
    }
    aka__cluster_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_singletons_and_ids),
        cmocka_unit_test(test_merge_and_thresholds),
        cmocka_unit_test(test_older_id_kept_on_merge),
        cmocka_unit_test(test_conflict_refusal),
        cmocka_unit_test(test_days_of_the_year),
        cmocka_unit_test(test_keys_built_apart),
        cmocka_unit_test(test_chaining_trap),
        cmocka_unit_test(test_ambiguous_record),
        cmocka_unit_test(test_vouched_chain),
        cmocka_unit_test(test_days_vouched),
        cmocka_unit_test(test_vouch_holders_years),
        cmocka_unit_test(test_year_digit_vouched),
        cmocka_unit_test(test_stronger_edge_moves_a_record),
        cmocka_unit_test(test_stronger_edge_moves_a_weak_member),
        cmocka_unit_test(test_long_chain_no_giant),
        cmocka_unit_test(test_must_link),
        cmocka_unit_test(test_cannot_link_splits),
        cmocka_unit_test(test_remove_splits),
        cmocka_unit_test(test_new_version),
        cmocka_unit_test(test_determinism_vs_reference),
        cmocka_unit_test(test_stress),
        cmocka_unit_test(test_hub_arrays),
        cmocka_unit_test(test_contradicts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
