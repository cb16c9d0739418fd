/* The blocking index against a brute-force reference, block caps and their
 * statistics, and the blocking keys of records that should (or should not)
 * meet. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "core/slab.h"
#include "index/index.h"

/* ---- deterministic PRNG (splitmix64) ---- */
static uint64_t rng_state;
static uint64_t rnd(void)
{
    uint64_t z = (rng_state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

/* ---- reference model ---- */
#define NREC 10000
#define MAXK 10
#define POOL 4000
#define MAXB 40

typedef struct refrec {
    int live;
    int n;
    uint64_t k[MAXK];
} refrec;

static refrec *recs;
static uint64_t pool[POOL];

/* Zipf-like choice: a few keys are very common, so some blocks exceed the
 * cap, most are small. */
static uint64_t pick_key(void)
{
    uint64_t r = rnd();
    size_t i;
    if (r % 10 == 0)
        i = (size_t)(rnd() % 8); /* hot keys */
    else /* skewed towards low indices: blocks of every size near the cap */
        i = (size_t)((rnd() % POOL) * (rnd() % POOL) / POOL);
    return pool[i];
}

static void make_keys(refrec *r)
{
    r->n = 1 + (int)(rnd() % MAXK);
    for (int j = 0; j < r->n; j++) {
        uint64_t k;
        int dup;
        do {
            k = pick_key();
            dup = 0;
            for (int q = 0; q < j; q++)
                dup |= r->k[q] == k;
        } while (dup);
        r->k[j] = k;
    }
}

static size_t ref_block(uint64_t key)
{
    size_t c = 0;
    for (size_t r = 0; r < NREC; r++)
        if (recs[r].live)
            for (int j = 0; j < recs[r].n; j++)
                c += recs[r].k[j] == key;
    return c;
}

static int cmp_cand(const void *a, const void *b)
{
    const aka__cand *x = a, *y = b;
    return x->record < y->record ? -1 : x->record > y->record;
}

/* Check the index's answer for query keys q[0..n) against the reference. */
static void check_query(const aka__index *ix, aka__index_scratch *sc,
                        const uint64_t *q, int n)
{
    /* usable query keys (distinct, block within the cap) */
    uint64_t use[MAXK + 2];
    int nu = 0;
    size_t want_skipped = 0;
    for (int j = 0; j < n; j++) {
        int dup = 0;
        for (int i = 0; i < j; i++)
            dup |= q[i] == q[j];
        if (dup)
            continue;
        size_t b = ref_block(q[j]);
        assert_int_equal(aka__index_block_size(ix, q[j]), b);
        if (b <= MAXB)
            use[nu++] = q[j];
        else
            want_skipped += b;
    }
    aka__cand *want = calloc(NREC, sizeof *want);
    size_t nw = 0;
    for (size_t r = 0; r < NREC; r++) {
        if (!recs[r].live)
            continue;
        /* evidence: a key of at most AKA__INDEX_SPECIFIC records counts
         * twice (a weak key's AKA__INDEX_SPECIFIC_WEAK, a contact key's
         * AKA__INDEX_SPECIFIC_CONTACT) */
        uint32_t shared = 0;
        for (int i = 0; i < nu; i++)
            for (int j = 0; j < recs[r].n; j++)
                if (recs[r].k[j] == use[i]) {
                    uint32_t up_to = (use[i] & AKA__INDEX_WEAK_BIT) ? AKA__INDEX_SPECIFIC_WEAK
                                     : (use[i] & AKA__INDEX_CONTACT_BIT)
                                         ? AKA__INDEX_SPECIFIC_CONTACT
                                         : AKA__INDEX_SPECIFIC;
                    shared += ref_block(use[i]) <= up_to ? 2 : 1;
                }
        if (shared)
            want[nw++] = (aka__cand){(uint32_t)r, shared};
    }
    aka__cand *got = calloc(NREC, sizeof *got);
    size_t ng = 0, skipped = 0;
    assert_int_equal(aka__index_candidates(ix, q, (size_t)n, 1, sc, got, NREC,
                                           &ng, &skipped),
                     AKA_OK);
    assert_int_equal(ng, nw);
    assert_int_equal(skipped, want_skipped);
    qsort(got, ng, sizeof *got, cmp_cand);
    for (size_t i = 0; i < ng; i++) {
        assert_int_equal(got[i].record, want[i].record);
        assert_int_equal(got[i].shared, want[i].shared);
    }
    free(want);
    free(got);
}

static void check_stats(const aka__index *ix)
{
    /* recount keys, postings, oversized keys, largest block */
    size_t postings = 0, keys = 0, over = 0, largest = 0;
    uint64_t pairs = 0;
    for (size_t p = 0; p < POOL; p++) {
        size_t b = ref_block(pool[p]);
        postings += b;
        keys += b > 0;
        if (b > MAXB) {
            over++;
            pairs += (uint64_t)b * (b - 1) / 2;
        }
        if (b > largest)
            largest = b;
    }
    aka__index_stats st;
    aka__index_stats_get(ix, &st);
    assert_int_equal(st.postings, postings);
    assert_int_equal(st.keys, keys);
    assert_int_equal(st.oversized, over);
    assert_int_equal(st.largest_block, largest);
    assert_int_equal(st.skipped_pairs, pairs);
}

static void run_queries(const aka__index *ix, aka__index_scratch *sc,
                        int count)
{
    for (int i = 0; i < count; i++) {
        if (rnd() % 2) {
            /* a record's own keys */
            const refrec *r = &recs[rnd() % NREC];
            check_query(ix, sc, r->k, r->n);
        } else {
            /* fresh keys, one repeated, one unknown */
            uint64_t q[MAXK + 2];
            int n = 1 + (int)(rnd() % MAXK);
            for (int j = 0; j < n; j++)
                q[j] = pick_key();
            q[n] = q[0];
            /* not in the pool (pool keys are even), no role */
            q[n + 1] = (rnd() | 1u) & ~(AKA__INDEX_ROLE | AKA__INDEX_TWIN);
            check_query(ix, sc, q, n + 2);
        }
    }
}

static void test_index_reference(void **state)
{
    (void)state;
    rng_state = 42;
    recs = calloc(NREC, sizeof *recs);
    assert_non_null(recs);
    for (size_t i = 0; i < POOL; i++)
        pool[i] = i < POOL / 2 ? (uint64_t)i * 2 /* small, 0 included */
                               : rnd() & ~(UINT64_C(1) | AKA__INDEX_ROLE | AKA__INDEX_TWIN);
    aka__index *ix = NULL;
    assert_int_equal(aka__index_new(MAXB, &ix), AKA_OK);
    aka__index_scratch sc = {0};

    for (size_t r = 0; r < NREC; r++) {
        make_keys(&recs[r]);
        assert_int_equal(aka__index_add(ix, (uint32_t)r, recs[r].k,
                                        (size_t)recs[r].n),
                         AKA_OK);
        recs[r].live = 1;
    }
    check_stats(ix);
    run_queries(ix, &sc, 150);

    /* remove a third, re-add some with new keys */
    for (size_t r = 0; r < NREC; r += 3) {
        assert_int_equal(aka__index_remove(ix, (uint32_t)r, recs[r].k,
                                           (size_t)recs[r].n),
                         AKA_OK);
        recs[r].live = 0;
    }
    check_stats(ix);
    run_queries(ix, &sc, 100);
    for (size_t r = 0; r < NREC; r += 6) {
        make_keys(&recs[r]);
        assert_int_equal(aka__index_add(ix, (uint32_t)r, recs[r].k,
                                        (size_t)recs[r].n),
                         AKA_OK);
        recs[r].live = 1;
    }
    check_stats(ix);
    run_queries(ix, &sc, 100);

    /* removing a record twice: not found, nothing changes */
    size_t dead = 3;
    assert_int_equal(recs[dead].live, 0);
    aka__index_stats before, after;
    aka__index_stats_get(ix, &before);
    assert_int_equal(aka__index_remove(ix, (uint32_t)dead, recs[dead].k,
                                       (size_t)recs[dead].n),
                     AKA_ERR_NOT_FOUND);
    aka__index_stats_get(ix, &after);
    assert_int_equal(before.postings, after.postings);

    /* empty it: everything returns to zero */
    for (size_t r = 0; r < NREC; r++)
        if (recs[r].live) {
            assert_int_equal(aka__index_remove(ix, (uint32_t)r, recs[r].k,
                                               (size_t)recs[r].n),
                             AKA_OK);
            recs[r].live = 0;
        }
    aka__index_stats_get(ix, &after);
    assert_int_equal(after.keys, 0);
    assert_int_equal(after.postings, 0);
    assert_int_equal(after.oversized, 0);
    assert_int_equal(after.skipped_pairs, 0);
    assert_int_equal(after.largest_block, 0);
    check_query(ix, &sc, pool, 10);

    aka__index_scratch_free(&sc);
    aka__index_free(ix);
    free(recs);
}

/* A block over the cap stops giving candidates but is still counted, and
 * is used again once it shrinks back. */
static void test_index_oversized(void **state)
{
    (void)state;
    aka__index *ix = NULL;
    assert_int_equal(aka__index_new(3, &ix), AKA_OK);
    assert_int_equal(aka__index_max_block(ix), 3);
    aka__index_scratch sc = {0};
    /* even: not weak keys (AKA__INDEX_WEAK_BIT clear) */
    const uint64_t common = 76, rare = 98;
    uint64_t both[2] = {common, rare};
    for (uint32_t r = 0; r < 3; r++)
        assert_int_equal(aka__index_add(ix, r, &common, 1), AKA_OK);
    assert_int_equal(aka__index_add(ix, 10, both, 2), AKA_OK);

    aka__cand out[8];
    size_t n = 0, skipped = 0;
    /* 4 records under "common": over the cap of 3 */
    assert_int_equal(aka__index_candidates(ix, both, 2, 1, &sc, out, 8, &n,
                                           &skipped),
                     AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(out[0].record, 10);
    assert_int_equal(out[0].shared, 2); /* "rare", a specific key, counts twice */
    assert_int_equal(skipped, 4);
    aka__index_stats st;
    aka__index_stats_get(ix, &st);
    assert_int_equal(st.keys, 2);
    assert_int_equal(st.oversized, 1);
    assert_int_equal(st.largest_block, 4);
    assert_int_equal(st.postings, 5);
    assert_int_equal(st.skipped_pairs, 6);

    /* back to 3: usable again, record 10 shares both keys */
    assert_int_equal(aka__index_remove(ix, 1, &common, 1), AKA_OK);
    assert_int_equal(aka__index_candidates(ix, both, 2, 1, &sc, out, 8, &n,
                                           &skipped),
                     AKA_OK);
    assert_int_equal(n, 3);
    assert_int_equal(skipped, 0);
    qsort(out, n, sizeof *out, cmp_cand);
    /* both blocks are now specific (at most AKA__INDEX_SPECIFIC records) */
    assert_int_equal(out[0].record, 0);
    assert_int_equal(out[0].shared, 2);
    assert_int_equal(out[1].record, 2);
    assert_int_equal(out[2].record, 10);
    assert_int_equal(out[2].shared, 4);
    aka__index_stats_get(ix, &st);
    assert_int_equal(st.oversized, 0);
    assert_int_equal(st.skipped_pairs, 0);

    /* too small an output array: the count and AKA_ERR_BUFFER */
    assert_int_equal(aka__index_candidates(ix, both, 2, 1, &sc, out, 2, &n,
                                           NULL),
                     AKA_ERR_BUFFER);
    assert_int_equal(n, 3);

    /* the same key twice in add: posted once */
    uint64_t twice[2] = {5, 5};
    assert_int_equal(aka__index_add(ix, 20, twice, 2), AKA_OK);
    assert_int_equal(aka__index_block_size(ix, 5), 1);
    assert_int_equal(aka__index_add(ix, UINT32_MAX, twice, 1),
                     AKA_ERR_LIMIT);

    aka__index_scratch_free(&sc);
    aka__index_free(ix);
}

/* The evidence of a shared key: twice for a block of at most
 * AKA__INDEX_SPECIFIC records, for a weak key (a rare name token) of at
 * most AKA__INDEX_SPECIFIC_WEAK, and for a contact key (a phone shared
 * by a family) of at most AKA__INDEX_SPECIFIC_CONTACT; once above. */
static void test_index_specific(void **state)
{
    (void)state;
    aka__index *ix = NULL;
    assert_int_equal(aka__index_new(AKA__INDEX_MAX_BLOCK_DEFAULT, &ix), AKA_OK);
    aka__index_scratch sc = {0};
    const uint64_t weak = 76 | AKA__INDEX_WEAK_BIT, strong = 100,
                   contact = 96 | AKA__INDEX_CONTACT_BIT;
    aka__cand out[64];
    size_t n = 0;
    for (uint32_t r = 0; r <= AKA__INDEX_SPECIFIC_WEAK; r++) {
        assert_int_equal(aka__index_add(ix, r, &weak, 1), AKA_OK);
        assert_int_equal(aka__index_add(ix, 100 + r, &strong, 1), AKA_OK);
        assert_int_equal(aka__index_add(ix, 200 + r, &contact, 1), AKA_OK);
        uint32_t held = r + 1;
        assert_int_equal(aka__index_candidates(ix, &contact, 1, 1, &sc, out, 64,
                                               &n, NULL),
                         AKA_OK);
        assert_int_equal(n, held);
        assert_int_equal(out[0].shared, held <= AKA__INDEX_SPECIFIC_CONTACT ? 2 : 1);
        assert_int_equal(aka__index_candidates(ix, &weak, 1, 1, &sc, out, 64, &n,
                                               NULL),
                         AKA_OK);
        assert_int_equal(n, held);
        assert_int_equal(out[0].shared, held <= AKA__INDEX_SPECIFIC_WEAK ? 2 : 1);
        assert_int_equal(aka__index_candidates(ix, &strong, 1, 1, &sc, out, 64,
                                               &n, NULL),
                         AKA_OK);
        assert_int_equal(n, held);
        assert_int_equal(out[0].shared, held <= AKA__INDEX_SPECIFIC ? 2 : 1);
    }
    aka__index_scratch_free(&sc);
    aka__index_free(ix);
}

/* A weak key (a name token without a year) is capped at a tenth of
 * max_block, any other key at max_block. */
static void test_index_weak_cap(void **state)
{
    (void)state;
    aka__index *ix = NULL;
    assert_int_equal(aka__index_new(30, &ix), AKA_OK);
    const uint64_t weak = 76 | AKA__INDEX_WEAK_BIT, strong = 76;
    assert_int_equal(aka__index_block_cap(ix, weak), 3);
    assert_int_equal(aka__index_block_cap(ix, strong), 30);
    for (uint32_t r = 0; r < 4; r++) {
        uint64_t both[2] = {weak, strong};
        assert_int_equal(aka__index_add(ix, r, both, 2), AKA_OK);
    }
    aka__index_scratch sc = {0};
    aka__cand out[8];
    size_t n = 0, skipped = 0;
    assert_int_equal(aka__index_candidates(ix, &weak, 1, 1, &sc, out, 8, &n,
                                           &skipped),
                     AKA_OK);
    assert_int_equal(n, 0); /* 4 records: over the weak cap of 3 */
    assert_int_equal(skipped, 4);
    /* a search widens the caps: 2 x 3 holds the block */
    assert_int_equal(aka__index_candidates(ix, &weak, 1, 2, &sc, out, 8, &n,
                                           &skipped),
                     AKA_OK);
    assert_int_equal(n, 4);
    assert_int_equal(skipped, 0);
    assert_int_equal(aka__index_candidates(ix, &strong, 1, 1, &sc, out, 8, &n,
                                           &skipped),
                     AKA_OK);
    assert_int_equal(n, 4);
    aka__index_stats st;
    aka__index_stats_get(ix, &st);
    assert_int_equal(st.oversized, 1);
    assert_int_equal(st.skipped_pairs, 6);
    /* a tiny max_block still lets two records meet on a weak key */
    aka__index *tiny = NULL;
    assert_int_equal(aka__index_new(2, &tiny), AKA_OK);
    assert_int_equal(aka__index_block_cap(tiny, weak), 2);
    aka__index_free(tiny);
    aka__index_scratch_free(&sc);
    aka__index_free(ix);
}

/* A post-only key is posted and never looked up, an ask-only key looked
 * up and never posted, and the role bits are no part of a key: records
 * meet where one's asked key is another's posted one. */
static void test_index_roles(void **state)
{
    (void)state;
    aka__index *ix = NULL;
    assert_int_equal(aka__index_new(30, &ix), AKA_OK);
    const uint64_t base = 0x5a5a00, post = base | AKA__INDEX_POST_ONLY,
                   ask = base | AKA__INDEX_ASK_ONLY;
    uint64_t k0[2] = {post, 8}, k1[2] = {ask, 16}, k2[1] = {post};
    assert_int_equal(aka__index_add(ix, 0, k0, 2), AKA_OK);
    assert_int_equal(aka__index_add(ix, 1, k1, 2), AKA_OK);
    assert_int_equal(aka__index_block_size(ix, base), 1); /* record 0 only */
    aka__index_scratch sc = {0};
    aka__cand out[4];
    size_t n = 9;
    /* asking finds the posted record, never the asker */
    assert_int_equal(aka__index_candidates(ix, &ask, 1, 1, &sc, out, 4, &n, NULL),
                     AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(out[0].record, 0);
    /* a post-only key finds nothing */
    assert_int_equal(aka__index_candidates(ix, k2, 1, 1, &sc, out, 4, &n, NULL),
                     AKA_OK);
    assert_int_equal(n, 0);
    /* a plain key of the same base is looked up and posted as it */
    assert_int_equal(aka__index_candidates(ix, &base, 1, 1, &sc, out, 4, &n, NULL),
                     AKA_OK);
    assert_int_equal(n, 1);
    /* removal with the keys added takes back what was posted, and only */
    assert_int_equal(aka__index_remove(ix, 1, k1, 2), AKA_OK);
    assert_int_equal(aka__index_remove(ix, 0, k0, 2), AKA_OK);
    aka__index_stats st;
    aka__index_stats_get(ix, &st);
    assert_int_equal(st.postings, 0);
    aka__index_scratch_free(&sc);
    aka__index_free(ix);
}

/* One big block grown and shrunk, many keys grown and removed: the table
 * and arrays grow and give memory back. The blocks outgrow the slab's
 * classes (AKA__SLAB_MAX) and come back under them; one is still beyond
 * them when the index is freed. */
static void test_index_growth(void **state)
{
    (void)state;
    enum { N = 20000 };
    assert_true(N * sizeof(uint32_t) > AKA__SLAB_MAX);
    aka__index *ix = NULL;
    assert_int_equal(aka__index_new(0, &ix), AKA_OK);
    assert_int_equal(aka__index_max_block(ix), AKA__INDEX_MAX_BLOCK_DEFAULT);
    const uint64_t big = 1, kept = 2;
    for (uint32_t r = 0; r < N; r++) {
        uint64_t k[3] = {big, 1000 + (uint64_t)r, kept};
        assert_int_equal(aka__index_add(ix, r, k, r < N - 2000 ? 3 : 2), AKA_OK);
    }
    aka__index_stats st;
    aka__index_stats_get(ix, &st);
    assert_int_equal(st.keys, N + 2);
    assert_int_equal(st.largest_block, N);
    assert_int_equal(st.oversized, 2);
    size_t full = st.memory;
    for (uint32_t r = 0; r < N - 10; r++) {
        uint64_t k[2] = {big, 1000 + (uint64_t)r};
        assert_int_equal(aka__index_remove(ix, r, k, 2), AKA_OK);
    }
    aka__index_stats_get(ix, &st);
    assert_int_equal(st.keys, 12);
    assert_int_equal(st.largest_block, N - 2000);
    assert_true(st.memory < full);
    /* the survivors are all still found */
    aka__index_scratch sc = {0};
    aka__cand out[16];
    size_t n = 0;
    assert_int_equal(aka__index_candidates(ix, &big, 1, 1, &sc, out, 16, &n,
                                           NULL),
                     AKA_OK);
    assert_int_equal(n, 10);
    for (size_t i = 0; i < n; i++)
        assert_true(out[i].record >= N - 10 && out[i].record < N);
    aka__index_scratch_free(&sc);
    aka__index_free(ix);
}

/* ---- blocking keys ---- */

#define KCAP AKA__BLOCK_KEYS_MAX

static char *norm(aka_feature kind, const char *s)
{
    aka__sb out = {0};
    aka__err err = {{0}};
    aka_status st = aka__normalize(kind, s, strlen(s), NULL, &out, &err);
    if (st != AKA_OK)
        fail_msg("normalise failed: %s", err.msg);
    return out.p;
}

/* The keys of a record of one name, a date of birth (or NULL) and a
 * nationality (alpha-2, or NULL). */
static size_t name_nat_keys(const char *name, const char *dob, const char *nat,
                            uint64_t *keys)
{
    char *n = norm(AKA_NAME, name);
    const char *names[1] = {n}, *dobs[1] = {dob}, *nats[1] = {nat};
    aka__block_input in = {0};
    in.names = names;
    in.n_names = 1;
    in.dobs = dobs;
    in.n_dobs = dob ? 1 : 0;
    in.nats = nats;
    in.n_nats = nat ? 1 : 0;
    size_t k = aka__block_keys(&in, keys, KCAP);
    free(n);
    return k;
}

static size_t name_keys(const char *name, const char *dob, uint64_t *keys)
{
    return name_nat_keys(name, dob, NULL, keys);
}

/* Keys of a that b holds too, written alike. */
static size_t alike(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t c = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            c += a[i] == b[j];
    return c;
}

/* Keys both records post and ask (a key only posted or only asked meets
 * the other role's: meet_by_role), a twin as the key it is. */
static size_t shared(const uint64_t *a, size_t na, const uint64_t *b,
                     size_t nb)
{
    size_t c = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            c += (a[i] | AKA__INDEX_TWIN) == (b[j] | AKA__INDEX_TWIN) &&
                 !(a[i] & AKA__INDEX_ROLE);
    return c;
}

static int contains(const uint64_t *a, size_t n, uint64_t k)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] == k)
            return 1;
    return 0;
}

static void test_keys_scripts(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    size_t na = name_keys("Юлия Тимошенко", NULL, a);
    size_t nb = name_keys("Yulia Tymoshenko", NULL, b);
    assert_true(na > 0 && nb > 0);
    size_t s0 = shared(a, na, b, nb);
    assert_true(s0 >= 1);
    /* distinct keys */
    for (size_t i = 0; i < na; i++)
        assert_false(contains(a, i, a[i]));
    /* with the birth year they share year keys too */
    size_t nya = name_keys("Юлия Тимошенко", "1960-11-27", a);
    size_t nyb = name_keys("Tymoshenko, Yulia", "1960", b);
    assert_true(nya > na);
    assert_true(shared(a, nya, b, nyb) > s0);
    /* given + family kept apart meet the full name */
    char *g = norm(AKA_GIVEN_NAME, "Yuliya");
    char *f = norm(AKA_FAMILY_NAME, "Timoshenko");
    const char *gs[1] = {g}, *fs[1] = {f};
    aka__block_input in = {0};
    in.given = gs;
    in.n_given = 1;
    in.family = fs;
    in.n_family = 1;
    uint64_t c[KCAP];
    size_t nc = aka__block_keys(&in, c, KCAP);
    na = name_keys("Юлия Тимошенко", NULL, a);
    assert_int_equal(nc, na); /* the same key set */
    assert_int_equal(alike(a, na, c, nc), na);
    free(g);
    free(f);
    /* a different person shares nothing */
    nb = name_keys("Viktor Yanukovych", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 0);
}

/* A token's keys come from the thread's token cache the second time (and
 * on another thread, which has its own cache, from scratch): the same
 * keys in the same order every time. */
static void *keys_elsewhere(void *arg)
{
    uint64_t *k = arg;
    k[KCAP] = name_keys("Abd al-Rahman Mohammed Yusuf", "1984-02-03", k);
    return NULL;
}

/* Whether a record of keys a meets one of keys b through an asked key
 * of one that the other posts (the keys of a name's words written
 * together: joined_keys). */
static int meet_by_role(const uint64_t *a, size_t na, const uint64_t *b,
                        size_t nb)
{
    for (int turn = 0; turn < 2; turn++) {
        const uint64_t *x = turn ? b : a, *y = turn ? a : b;
        size_t nx = turn ? nb : na, ny = turn ? na : nb;
        for (size_t i = 0; i < nx; i++)
            for (size_t j = 0; j < ny; j++)
                if ((x[i] & AKA__INDEX_ASK_ONLY) && (y[j] & AKA__INDEX_POST_ONLY) &&
                    (x[i] & ~AKA__INDEX_ROLE) == (y[j] & ~AKA__INDEX_ROLE))
                    return 1;
    }
    return 0;
}

/* A name written as one word meets the name in words, a space lost inside
 * a name meets it too, and two records of one name in words do not meet
 * through these keys (they meet through the others). */
static void test_keys_joined(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    size_t na = name_keys("Phyu Nwe", NULL, a);
    size_t nb = name_keys("PHYUNWE", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 0);
    assert_true(meet_by_role(a, na, b, nb));
    na = name_keys("Jae-dong Han", "1967-06-24", a);
    nb = name_keys("HAN JAEDONG", NULL, b);
    assert_true(meet_by_role(a, na, b, nb));
    na = name_keys("Meron Iyob Dawit", NULL, a);
    nb = name_keys("MeronIyob", NULL, b);
    assert_true(meet_by_role(a, na, b, nb));
    nb = name_keys("Meron Iyob Dawit", NULL, b);
    assert_false(meet_by_role(a, na, b, nb));
    nb = name_keys("Dawit Meron Iyob", NULL, b);
    assert_false(meet_by_role(a, na, b, nb));
    /* another name written together meets nothing */
    nb = name_keys("MERONDAWIT", NULL, b);
    assert_false(meet_by_role(a, na, b, nb));
    /* two words the other way round, the space lost */
    na = name_keys("Rastislav Bielik", NULL, a);
    nb = name_keys("BIELIKRASTISLAV", NULL, b);
    assert_true(meet_by_role(a, na, b, nb));
}

/* The keys of a record of one name, marked as written in `script`
 * (AKA__BLOCK_THAI, _ABJAD, _BRAHMIC, or 0). */
static size_t script_name_keys(const char *name, int script, uint64_t *keys)
{
    char *n = norm(AKA_NAME, name);
    const char *names[1] = {n};
    const unsigned char flag[1] = {(unsigned char)script};
    aka__block_input in = {0};
    in.names = names;
    in.n_names = 1;
    in.names_script = flag;
    size_t k = aka__block_keys(&in, keys, KCAP);
    free(n);
    return k;
}

/* A name in Thai, Arabic or Hebrew letters meets its Latin spellings,
 * every token read apart (thanakon sisuk / Thanakorn Srisuk, napha / Napa,
 * suraphon / Surapol; mhmwd altmymy / Mahmoud Al-Tamimi, alnjar / El
 * Naggar, bd allh / Abdullah), through its skeletons; neither two Latin names nor two of the
 * script meet so. */
static void test_keys_script(void **state)
{
    (void)state;
    static const struct {
        const char *native, *latin;
        int script;
    } pairs[] = {
        {"ธนากร ศรีสุข", "Thanakorn Srisuk", AKA__BLOCK_THAI},
        {"นภา พรหมมา", "Napa Promma", AKA__BLOCK_THAI},
        {"สุรพล แก้วมณี", "Surapol Kaewmanee", AKA__BLOCK_THAI},
        {"จันทร์เพ็ญ ทองดี", "Janpen Tongdee", AKA__BLOCK_THAI},
        {"ประเสริฐ บุญมา", "Prasert Boonma", AKA__BLOCK_THAI},
        {"محمود التميمي", "Mahmoud Al-Tamimi", AKA__BLOCK_ABJAD},
        {"محمود النجار", "Mahmoud El Naggar", AKA__BLOCK_ABJAD},
        {"علي الجبوري", "Ali Al-Jubouri", AKA__BLOCK_ABJAD},
        {"דוד מזרחי", "David Mizrachi", AKA__BLOCK_ABJAD},
        {"মিজানুর চৌধুরী", "Mizanur Chowdhury", AKA__BLOCK_BRAHMIC},
        {"ស្រីពៅ ឈឹម", "Sreypeou Chim", AKA__BLOCK_BRAHMIC},
        /* compounds one spelling splits */
        {"عبد الله النجار", "Abdullah Najjar", AKA__BLOCK_ABJAD},
        {"علي عبد الرحمن", "Ali Abdul Rahman", AKA__BLOCK_ABJAD},
        {"نجيب الله احمدزي", "Najibullah Ahmadzai", AKA__BLOCK_ABJAD},
    };
    uint64_t a[KCAP], b[KCAP];
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        size_t na = script_name_keys(pairs[i].native, pairs[i].script, a);
        size_t nb = script_name_keys(pairs[i].latin, 0, b);
        assert_true(meet_by_role(a, na, b, nb));
        /* (without the mark, the reading is one more Latin name) */
        na = script_name_keys(pairs[i].native, 0, a);
        assert_false(meet_by_role(a, na, b, nb));
    }
    /* two Latin names, two of one script, another name: never */
    static const struct {
        const char *x;
        int sx;
        const char *y;
        int sy;
    } apart[] = {
        {"Thanakorn Srisuk", 0, "Thanakon Sisuk", 0},
        {"ธนากร ศรีสุข", AKA__BLOCK_THAI, "ธนากร ศรีสุข", AKA__BLOCK_THAI},
        {"محمود التميمي", AKA__BLOCK_ABJAD, "محمود التميمي", AKA__BLOCK_ABJAD},
        {"ธนากร ศรีสุข", AKA__BLOCK_THAI, "Somchai Srisuk", 0},
        {"محمود التميمي", AKA__BLOCK_ABJAD, "Ahmed Al-Tamimi", 0},
    };
    for (size_t i = 0; i < sizeof apart / sizeof apart[0]; i++) {
        size_t na = script_name_keys(apart[i].x, apart[i].sx, a);
        size_t nb = script_name_keys(apart[i].y, apart[i].sy, b);
        assert_false(meet_by_role(a, na, b, nb));
    }
}

static void test_keys_cached(void **state)
{
    (void)state;
    uint64_t first[KCAP + 1], again[KCAP + 1], other[KCAP + 1];
    size_t n1 = name_keys("Abd al-Rahman Mohammed Yusuf", "1984-02-03", first);
    size_t n2 = name_keys("Abd al-Rahman Mohammed Yusuf", "1984-02-03", again);
    assert_true(n1 > 0);
    assert_int_equal(n1, n2);
    assert_memory_equal(first, again, n1 * sizeof *first);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, keys_elsewhere, other), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_int_equal(other[KCAP], n1);
    assert_memory_equal(first, other, n1 * sizeof *first);
}

/* Namesakes with different birth years share only name-only keys. */
static void test_keys_namesakes(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP], only[KCAP];
    size_t na = name_keys("Sergei Ivanov", "1985-03-07", a);
    size_t nb = name_keys("Sergey Ivanov", "1990", b);
    size_t no = name_keys("Sergei Ivanov", NULL, only);
    size_t s = 0;
    for (size_t i = 0; i < na; i++)
        if (contains(b, nb, a[i])) {
            assert_true(contains(only, no, a[i]));
            s += !(a[i] & AKA__INDEX_ROLE);
        }
    assert_true(s >= 2); /* the pair key and token keys */
    /* the same year: more keys shared than the name-only ones */
    nb = name_keys("Sergey Ivanov", "1985", b);
    assert_true(shared(a, na, b, nb) > s);
    /* the year alone (date of birth) is not a key */
    const char *dobs[1] = {"1985-03-07"};
    aka__block_input in = {0};
    in.dobs = dobs;
    in.n_dobs = 1;
    assert_int_equal(aka__block_keys(&in, a, KCAP), 0);
}

/* Records of one person whose every token is spelled apart share a key
 * through their full date of birth and the least initial sound class of
 * a name; strangers born that day with other initials, or records with
 * only a year, do not. */
static void test_keys_date_initial(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    size_t na = name_keys("Napha Petcharat", "1986-01-31", a);
    size_t nb = name_keys("Napa Phetcharat", "1986-01-31", b);
    assert_int_equal(shared(a, na, b, nb), 2); /* classes n and p */
    nb = name_keys("Napa Phetcharat", "1986", b);
    assert_int_equal(shared(a, na, b, nb), 0);
    nb = name_keys("Napa Phetcharat", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 0);
    na = name_keys("Zhang Yueping", "1999-09-05", a);
    nb = name_keys("Zhang Yue-ping", "1999-09-05", b);
    size_t s = shared(a, na, b, nb);
    assert_true(s >= 1);
    /* another day, or other initials the same day: not those keys (the
     * classes of Zhang and Yue) */
    nb = name_keys("Zhang Yue-ping", "1999-09-06", b);
    assert_int_equal(shared(a, na, b, nb), s - 2);
    nb = name_keys("Maria Lopez", "1999-09-05", b);
    assert_int_equal(shared(a, na, b, nb), 0);
    /* one token's class is enough: a slip in the other's first letter
     * (Mihaela Ursu / Mihafla Vrsu) */
    na = name_keys("Mihaela Ursu", "1990-04-02", a);
    nb = name_keys("Mihafla Vrsu", "1990-04-02", b);
    assert_int_equal(shared(a, na, b, nb), 1);
    /* a c said k is of k's class, as Cyrillic writes it (and the hard
     * c's rkey keys, with the year and without: test_keys_hard_c) */
    na = name_keys("Костел", "1998-02-06", a);
    nb = name_keys("Costel", "1998-02-06", b);
    assert_int_equal(shared(a, na, b, nb), 3);
    /* a c before e stays of the s class: not Kezar's key */
    na = name_keys("Cezar", "1970-01-02", a);
    nb = name_keys("Kezar", "1970-01-02", b);
    assert_int_equal(shared(a, na, b, nb), 0);
}

/* Keys of a name born in 1980, without its twin keys when `bare`. */
static size_t keys_1980(const char *name, int bare, uint64_t *k)
{
    size_t n = name_keys(name, "1980", k), m = 0;
    for (size_t i = 0; i < n; i++)
        if (!bare || !(k[i] & AKA__INDEX_TWIN))
            k[m++] = k[i];
    return m;
}

/* The evidence a query gives record 0 of an index of one record each of
 * `names` (all born in 1980); `bare`: every twin key left out. */
static uint32_t evidence_for(const char *const *names, size_t n, const char *query,
                             int bare)
{
    aka__index *ix = NULL;
    assert_int_equal(aka__index_new(0, &ix), AKA_OK);
    uint64_t k[KCAP];
    for (size_t r = 0; r < n; r++) {
        size_t nk = keys_1980(names[r], bare, k);
        assert_int_equal(aka__index_add(ix, (uint32_t)r, k, nk), AKA_OK);
    }
    size_t nq = keys_1980(query, bare, k);
    aka__index_scratch sc = {0};
    aka__cand got[8];
    size_t ng = 0;
    assert_int_equal(aka__index_candidates(ix, k, nq, 1, &sc, got, 8, &ng, NULL), AKA_OK);
    uint32_t ev = 0;
    for (size_t i = 0; i < ng; i++)
        if (got[i].record == 0)
            ev = got[i].shared;
    aka__index_scratch_free(&sc);
    aka__index_free(ix);
    return ev;
}

/* A hard c's keys are twins of the token's rkey keys: they bring Kosta to
 * Costa, and count once where both records spell the c alike, so that a
 * name with a c counts in a candidate's evidence as much as it would
 * without them: two Costas share one name, not two. */
static void test_keys_twin_evidence(void **state)
{
    (void)state;
    static const char *const costa[] = {"Ana Costa", "Ana Lima", "Rui Silva"};
    static const char *const kosta[] = {"Ana Kosta", "Ana Lima", "Rui Silva"};
    uint32_t cc = evidence_for(costa, 3, "Ana Costa", 0);
    assert_true(cc > 0);
    assert_int_equal(cc, evidence_for(costa, 3, "Ana Costa", 1));
    /* Kosta meets Costa through the twin, which is all they share of
     * the family name */
    uint32_t kc = evidence_for(kosta, 3, "Ana Costa", 0);
    assert_true(kc > evidence_for(kosta, 3, "Ana Costa", 1));
    assert_int_equal(evidence_for(costa, 3, "Ana Kosta", 0), kc);
    /* a twin whose token is a key of its own too stays a key of its own */
    uint64_t k[KCAP];
    size_t nk = name_keys("Costa Kosta", "1980", k);
    size_t twins = 0;
    for (size_t t = 0; t < nk; t++)
        twins += (k[t] & AKA__INDEX_TWIN) != 0;
    assert_int_equal(twins, 0);
}

/* A hard c (before a, o, u, l, r, t) is k to a token's rkey keys too, as
 * the Cyrillic and Hebrew spellings of a Romance or Jewish name write it:
 * Nicolae / Ніколае and Țurcanu / Туркану born in one year, Tamar Cohen /
 * Kohen with no year,
 * share the token's keys, beside the keys of its c, which Cyrillic ц
 * romanised as c still meets (Coj / Tsoi). A soft c is not k (Cezar). */
static void test_keys_hard_c(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    /* Ніколае (Ukrainian), Туркану */
    size_t na = name_keys("Nicolae", "1976", a);
    size_t nb = name_keys("\u041d\u0456\u043a\u043e\u043b\u0430\u0435", "1976", b);
    assert_int_equal(shared(a, na, b, nb), 2); /* with the year, and alone */
    na = name_keys("\u021aurcanu", "1990", a);
    nb = name_keys("\u0422\u0443\u0440\u043a\u0430\u043d\u0443", "1990", b);
    assert_int_equal(shared(a, na, b, nb), 2);
    na = name_keys("Tamar Cohen", NULL, a);
    size_t before = shared(a, na, b, name_keys("Tamar Levi", NULL, b));
    nb = name_keys("Tamar Kohen", NULL, b);
    assert_true(shared(a, na, b, nb) > before);
    na = name_keys("Coj", "1990", a);
    nb = name_keys("Tsoi", "1990", b);
    size_t c_kept = shared(a, na, b, nb);
    assert_true(c_kept >= 2);
    na = name_keys("Cezar", "1970", a);
    nb = name_keys("Kezar", "1970", b);
    assert_int_equal(shared(a, na, b, nb), 0);
}

/* A w between consonants in a name romanised from Arabic or Hebrew
 * letters is a vowel letter: مسعود أحمدي ("mswd ahmdy") meets Masud
 * Ahmadi in Masud's skeleton key, with no birth year; a w between vowels
 * stays a consonant. */
static void test_keys_w_vowel(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    size_t na = name_keys("مسعود أحمدي", NULL, a);
    size_t nb = name_keys("Masud Ahmadi", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 1); /* Masud's skeleton */
    na = name_keys("mswd", NULL, a);
    nb = name_keys("masud", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 1);
    na = name_keys("kowalski", NULL, a);
    nb = name_keys("koualski", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 0);
}

/* Ukrainian and Belarusian г is h, Russian г g, and Russian writes the h
 * of other languages g: names romanised either way share keys with no
 * date of birth to help (every token of Григорій Гнатюк has one). Other
 * letters still tell names apart. */
static void test_keys_h_for_g(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    size_t na = name_keys("Григорій Гнатюк", NULL, a);
    size_t nb = name_keys("Grigoriy Gnatyuk", NULL, b);
    assert_true(shared(a, na, b, nb) >= 1);
    na = name_keys("Галина Гордієнко", NULL, a);
    nb = name_keys("Galina Gordienko", NULL, b);
    assert_true(shared(a, na, b, nb) >= 1);
    na = name_keys("Гасан Гасанов", NULL, a);
    nb = name_keys("Hasan Hasanov", NULL, b);
    assert_true(shared(a, na, b, nb) >= 1);
    na = name_keys("Hryhorii Hnatiuk", NULL, a);
    nb = name_keys("Petro Melnyk", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 0);
}

/* A full date of birth with a nationality: two names that share no key
 * and no initial class (a name taken for another, a nickname) meet when
 * the date and the country agree; a year alone, or another country, does
 * not. */
static void test_keys_date_nationality(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    size_t na = name_nat_keys("Phyu Nway", "1998-12-11", "MM", a);
    size_t nb = name_nat_keys("Mya Thida", "1998-12-11", "MM", b);
    assert_int_equal(shared(a, na, b, nb), 1);
    nb = name_nat_keys("Mya Thida", "1998-12-11", "TH", b);
    assert_int_equal(shared(a, na, b, nb), 0);
    nb = name_nat_keys("Mya Thida", "1998", "MM", b);
    assert_int_equal(shared(a, na, b, nb), 0);
    nb = name_nat_keys("Mya Thida", "1998-12-11", NULL, b);
    assert_int_equal(shared(a, na, b, nb), 0);
}

/* Spellings of one name-variant class that no phonetic key joins (Park /
 * Bak) share keys: the class with the other token, and the
 * class with the year. */
static void test_keys_variant_classes(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP], c[KCAP];
    size_t na = name_keys("Park Seojun", "1990", a);
    size_t nb = name_keys("Bak Seojun", "1990-05-07", b);
    size_t nc = name_keys("Choi Seojun", "1990", c);
    /* Choi shares only what seojun gives; Bak also the class keys */
    assert_int_equal(shared(a, na, b, nb), shared(a, na, c, nc) + 2);
}

static size_t one_kind_keys(aka_feature kind, const char *v, uint64_t *keys)
{
    char *n = norm(kind, v);
    const char *vals[1] = {n};
    aka__block_input in = {0};
    switch (kind) {
    case AKA_DOCUMENT: in.docs = vals; in.n_docs = 1; break;
    case AKA_PHONE: in.phones = vals; in.n_phones = 1; break;
    case AKA_EMAIL: in.emails = vals; in.n_emails = 1; break;
    case AKA_IDENTIFIER: in.ids = vals; in.n_ids = 1; break;
    case AKA_ADDRESS: in.addrs = vals; in.n_addrs = 1; break;
    default: in.names = vals; in.n_names = 1; break;
    }
    size_t k = aka__block_keys(&in, keys, KCAP);
    free(n);
    return k;
}

static void test_keys_documents(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    /* O/0, S/5, I/1, B/8 confusions and a country on one side only */
    size_t na = one_kind_keys(AKA_DOCUMENT, "UA:AB1O5S78", a);
    size_t nb = one_kind_keys(AKA_DOCUMENT, "A8 105 578", b);
    assert_int_equal(na, 2);
    assert_int_equal(shared(a, na, b, nb), 1);
    nb = one_kind_keys(AKA_DOCUMENT, "RU:AB1O5S78", b);
    assert_int_equal(shared(a, na, b, nb), 2);
    nb = one_kind_keys(AKA_DOCUMENT, "AB1O5S79", b);
    assert_int_equal(shared(a, na, b, nb), 0);
    /* D/Q/0 and G/6 too: every confusion the comparator's OCR level
     * accepts must also meet in the index */
    na = one_kind_keys(AKA_DOCUMENT, "FD0Q6G12", a);
    nb = one_kind_keys(AKA_DOCUMENT, "F0006612", b);
    assert_int_equal(shared(a, na, b, nb), 1);
    /* too short to block on: since 0.2.0 the normaliser refuses it
     * before the index sees it (DOC_MIN there stays a guard) */
    aka__sb out = {0};
    aka__err err = {{0}};
    assert_int_equal(aka__normalize(AKA_DOCUMENT, "123", 3, NULL, &out, &err),
                     AKA_ERR_PARSE);
    aka__sb_free(&out);

    /* phones: with and without the country code */
    na = one_kind_keys(AKA_PHONE, "+380 44 123 4567", a);
    nb = one_kind_keys(AKA_PHONE, "044 123 45 67", b);
    assert_int_equal(na, 1);
    assert_int_equal(shared(a, na, b, nb), 1);
    nb = one_kind_keys(AKA_PHONE, "044 123 45 68", b);
    assert_int_equal(shared(a, na, b, nb), 0);

    /* one string in different families: different keys */
    na = one_kind_keys(AKA_EMAIL, "ivanov@example.org", a);
    nb = one_kind_keys(AKA_IDENTIFIER, "email:ivanov@example.org", b);
    assert_int_equal(na, 1);
    assert_int_equal(shared(a, na, b, nb), 0);
    nb = one_kind_keys(AKA_EMAIL, "IVANOV@example.org", b);
    assert_int_equal(shared(a, na, b, nb), 1);

    /* an identifier whose type names its country meets the one that does
     * not (the comparator takes them for one type), and so do two that
     * name two countries (the comparator keeps them apart) */
    na = one_kind_keys(AKA_IDENTIFIER, "AF-TAZKIRA:1399-0101-12345", a);
    nb = one_kind_keys(AKA_IDENTIFIER, "TAZKIRA:1399010112345", b);
    assert_int_equal(na, 2); /* and the number's document key, below */
    assert_int_equal(shared(a, na, b, nb), 2);
    nb = one_kind_keys(AKA_IDENTIFIER, "TAZKIRA:1399010112346", b);
    assert_int_equal(shared(a, na, b, nb), 0);
    /* another type: the number alone meets it */
    nb = one_kind_keys(AKA_IDENTIFIER, "tazkira_af:1399010112345", b);
    assert_int_equal(shared(a, na, b, nb), 1);

    /* a number one record holds as an identifier and another as a
     * document meets it; a handle or a short number has no such key */
    na = one_kind_keys(AKA_IDENTIFIER, "CN_ID:44010619880315262x", a);
    nb = one_kind_keys(AKA_DOCUMENT, "CN:44010619880315262X", b);
    assert_int_equal(shared(a, na, b, nb), 1);
    assert_int_equal(one_kind_keys(AKA_IDENTIFIER, "telegram:ivan_petrov1985", a), 1);
    assert_int_equal(one_kind_keys(AKA_IDENTIFIER, "plate:ab123cd", a), 1);
}

/* Keys of name sets: a set that repeats an earlier one (the full name
 * and the same given and family names) adds no key and moves none; a set
 * that shares only some tokens, or none, adds its own keys. */
static size_t set_keys(const char *name, const char *given,
                       const char *family, uint64_t *keys)
{
    const char *names[1] = {name}, *gs[1] = {given}, *fs[1] = {family};
    const char *dobs[1] = {"1980-05-01"};
    aka__block_input in = {0};
    in.names = names;
    in.n_names = name ? 1 : 0;
    in.given = gs;
    in.n_given = given ? 1 : 0;
    in.family = fs;
    in.n_family = family ? 1 : 0;
    in.dobs = dobs;
    in.n_dobs = 1;
    return aka__block_keys(&in, keys, KCAP);
}

static void test_keys_repeated_sets(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP], c[KCAP];
    size_t na = set_keys("ivan sergeevich petrov", NULL, NULL, a);
    size_t nb = set_keys("ivan sergeevich petrov", "ivan sergeevich",
                         "petrov", b);
    assert_true(na > 0);
    assert_int_equal(nb, na);
    assert_memory_equal(a, b, na * sizeof *a);
    /* other given and family names: the full name's keys and theirs */
    nb = set_keys("ivan sergeevich petrov", "maria", "petrova", b);
    size_t nc = set_keys("maria petrova", NULL, NULL, c);
    assert_int_equal(nb, na + nc - alike(a, na, c, nc));
    assert_int_equal(alike(a, na, b, nb), na);
    assert_int_equal(alike(b, nb, c, nc), nc);
    /* one token in common (its keys copied from the full name's) */
    nb = set_keys("ivan sergeevich petrov", "ivan", "petrova", b);
    nc = set_keys("ivan petrova", NULL, NULL, c);
    assert_true(nb > na);
    assert_int_equal(alike(b, nb, c, nc), nc);
    /* the same tokens in another order are another set: the same token
     * keys, and more of its words written together (order matters there:
     * joined_keys) */
    nb = set_keys("petrov ivan sergeevich", "ivan sergeevich", "petrov", b);
    assert_int_equal(alike(a, na, b, nb), na);
    for (size_t i = 0; i < nb; i++)
        if (!contains(a, na, b[i]))
            assert_true(b[i] & AKA__INDEX_ROLE);
    assert_true(nb > na);
}

/* An address as normalised is a key: one flat written in two cases and
 * punctuations meets itself, the next flat does not. */
static void test_keys_address(void **state)
{
    (void)state;
    uint64_t a[KCAP], b[KCAP];
    size_t na = one_kind_keys(AKA_ADDRESS, "No. 176, Jalan Ampang, Johor Bahru", a);
    size_t nb = one_kind_keys(AKA_ADDRESS, "NO 176 JALAN AMPANG  JOHOR BAHRU", b);
    assert_int_equal(na, 1);
    assert_int_equal(shared(a, na, b, nb), 1);
    nb = one_kind_keys(AKA_ADDRESS, "No. 177, Jalan Ampang, Johor Bahru", b);
    assert_int_equal(shared(a, na, b, nb), 0);
    /* not the key of the same text as a name */
    nb = one_kind_keys(AKA_NAME, "No. 176, Jalan Ampang, Johor Bahru", b);
    assert_int_equal(shared(a, na, b, nb), 0);
}

/* Output cap: the strongest keys are kept. */
static void test_keys_cap(void **state)
{
    (void)state;
    const char *docs[1] = {"AB123456"};
    const char *names[1] = {"ivan petrov"};
    aka__block_input in = {0};
    in.docs = docs;
    in.n_docs = 1;
    in.names = names;
    in.n_names = 1;
    uint64_t all[KCAP], two[2];
    size_t n = aka__block_keys(&in, all, KCAP);
    assert_true(n > 2);
    assert_int_equal(aka__block_keys(&in, two, 2), 2);
    aka__block_input d = {0};
    d.docs = docs;
    d.n_docs = 1;
    uint64_t dk[KCAP];
    assert_int_equal(aka__block_keys(&d, dk, KCAP), 2);
    assert_int_equal(shared(two, 2, dk, 2), 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_index_reference),
        cmocka_unit_test(test_index_oversized),
        cmocka_unit_test(test_index_weak_cap),
        cmocka_unit_test(test_index_specific),
        cmocka_unit_test(test_index_roles),
        cmocka_unit_test(test_index_growth),
        cmocka_unit_test(test_keys_scripts),
        cmocka_unit_test(test_keys_namesakes),
        cmocka_unit_test(test_keys_variant_classes),
        cmocka_unit_test(test_keys_date_initial),
        cmocka_unit_test(test_keys_hard_c),
        cmocka_unit_test(test_keys_twin_evidence),
        cmocka_unit_test(test_keys_date_nationality),
        cmocka_unit_test(test_keys_w_vowel),
        cmocka_unit_test(test_keys_h_for_g),
        cmocka_unit_test(test_keys_documents),
        cmocka_unit_test(test_keys_cap),
        cmocka_unit_test(test_keys_address),
        cmocka_unit_test(test_keys_repeated_sets),
        cmocka_unit_test(test_keys_joined),
        cmocka_unit_test(test_keys_script),
        cmocka_unit_test(test_keys_cached),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
