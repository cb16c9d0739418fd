/* The token alignment against an independent brute force: enumerate every
 * set of non-overlapping unit pairs and keep the best gain. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <string.h>

#include <cmocka.h>

#include "match/align.h"

typedef struct inst {
    int na, nb;
    float wa[8], wb[8], pa[8], pb[8];
    float sim[8][3][8][3];
} inst;

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static float frand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (float)(rng >> 40) / (float)(1u << 24);
}

static float sim_cb(void *ctx, int as, int al, int bs, int bl)
{
    inst *in = ctx;
    return in->sim[as][al - 1][bs][bl - 1];
}

typedef struct upair { int as, al, bs, bl; float g; } upair;

static float brute(const inst *in, const upair *p, int np, int k,
                   unsigned ua, unsigned ub)
{
    if (k == np) {
        float g = 0;
        for (int i = 0; i < in->na; i++)
            if (!(ua & (1u << i)))
                g -= in->pa[i];
        for (int j = 0; j < in->nb; j++)
            if (!(ub & (1u << j)))
                g -= in->pb[j];
        return g;
    }
    float best = brute(in, p, np, k + 1, ua, ub);
    unsigned ba = ((1u << p[k].al) - 1) << p[k].as;
    unsigned bb = ((1u << p[k].bl) - 1) << p[k].bs;
    if (!(ua & ba) && !(ub & bb)) {
        float g = p[k].g + brute(in, p, np, k + 1, ua | ba, ub | bb);
        if (g > best)
            best = g;
    }
    return best;
}

/* `allowed`: the share of unit pairs with a similarity; few allowed
 * pairs take the search without a memo (align.c: best_few). */
static void against_brute_force(float allowed)
{
    for (int round = 0; round < 3000; round++) {
        inst in;
        memset(&in, 0, sizeof in);
        in.na = 1 + (int)(frand() * 4);
        in.nb = 1 + (int)(frand() * 4);
        for (int i = 0; i < 8; i++) {
            in.wa[i] = 0.2f + frand();
            in.wb[i] = 0.2f + frand();
            in.pa[i] = frand() * 0.5f;
            in.pb[i] = frand() * 0.5f;
        }
        upair p[200];
        int np = 0;
        for (int as = 0; as < in.na; as++)
            for (int al = 1; al <= 3 && as + al <= in.na; al++)
                for (int bs = 0; bs < in.nb; bs++)
                    for (int bl = 1; bl <= 3 && bs + bl <= in.nb; bl++) {
                        float s = frand() >= allowed ? 0 : frand();
                        in.sim[as][al - 1][bs][bl - 1] = s;
                        if (s <= 0)
                            continue;
                        float w = 0;
                        for (int k = 0; k < al; k++) w += in.wa[as + k];
                        float w2 = 0;
                        for (int k = 0; k < bl; k++) w2 += in.wb[bs + k];
                        p[np++] = (upair){as, al, bs, bl, s * 0.5f * (w + w2)};
                    }
        aka__align_result r;
        assert_int_equal(aka__align(in.na, in.wa, in.pa, in.nb, in.wb, in.pb,
                                    sim_cb, &in, &r), 0);
        float want = brute(&in, p, np, 0, 0, 0);
        if (fabsf(r.gain - want) > 1e-4f)
            fail_msg("round %d: gain %f, brute force %f", round, r.gain, want);
        /* The reported pairs reproduce the gain and do not overlap. */
        float g = 0;
        unsigned ua = 0, ub = 0;
        for (int k = 0; k < r.npairs; k++) {
            const aka__align_pair *q = &r.pair[k];
            unsigned ba = ((1u << q->al) - 1) << q->as;
            unsigned bb = ((1u << q->bl) - 1) << q->bs;
            assert_int_equal(ua & ba, 0);
            assert_int_equal(ub & bb, 0);
            ua |= ba;
            ub |= bb;
            float w = 0;
            for (int i = 0; i < q->al; i++) w += in.wa[q->as + i];
            for (int j = 0; j < q->bl; j++) w += in.wb[q->bs + j];
            g += q->sim * 0.5f * w;
        }
        for (int i = 0; i < in.na; i++)
            if (!(ua & (1u << i))) g -= in.pa[i];
        for (int j = 0; j < in.nb; j++)
            if (!(ub & (1u << j))) g -= in.pb[j];
        assert_true(fabsf(g - want) < 1e-4f);
        assert_int_equal(ua, r.a_used);
        assert_int_equal(ub, r.b_used);
    }
}

static void test_against_brute_force(void **state)
{
    (void)state;
    against_brute_force(0.7f);
}

static void test_few_pairs_against_brute_force(void **state)
{
    (void)state;
    against_brute_force(0.1f);
    against_brute_force(0.2f);
}

/* Long names use the heap path; the answer must still be exact. */
static float diag_sim(void *ctx, int as, int al, int bs, int bl)
{
    (void)ctx;
    return (al == 1 && bl == 1 && as == bs) ? 1.0f : 0.0f;
}

static void test_long_names(void **state)
{
    (void)state;
    float w[12], p[12];
    for (int i = 0; i < 12; i++) {
        w[i] = 1;
        p[i] = 0.5f;
    }
    aka__align_result r;
    assert_int_equal(aka__align(12, w, p, 12, w, p, diag_sim, NULL, &r), 0);
    assert_int_equal(r.npairs, 12);
    assert_true(fabsf(r.gain - 12.0f) < 1e-4f);
    assert_int_equal(aka__align(13, w, p, 2, w, p, diag_sim, NULL, &r), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_against_brute_force),
        cmocka_unit_test(test_few_pairs_against_brute_force),
        cmocka_unit_test(test_long_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
