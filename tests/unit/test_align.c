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

/* The search as align.c's first version wrote it, a plain recursion over
 * the longer name (x; a on a tie) with the shorter's tokens as a mask,
 * pairs tried by x unit (start, length), then y unit, the first best
 * kept: the aligner's shortcuts (no memo for few pairs, one pair
 * unrolled) must give its gain to the bit and its pairs. */
typedef struct refsearch {
    const inst *in;
    int swapped, nx, ny;
    int pick[8][3]; /* along the best way: x token -> (xl, ys, yl) */
} refsearch;

static float ref_sim(const refsearch *r, int i, int xl, int ys, int yl)
{
    return r->swapped ? r->in->sim[ys][yl - 1][i][xl - 1]
                      : r->in->sim[i][xl - 1][ys][yl - 1];
}

static float ref_best(refsearch *r, int i, unsigned used, int pick[8][3])
{
    const inst *in = r->in;
    const float *wx = r->swapped ? in->wb : in->wa;
    const float *wy = r->swapped ? in->wa : in->wb;
    const float *px = r->swapped ? in->pb : in->pa;
    const float *py = r->swapped ? in->pa : in->pb;
    if (i == r->nx) {
        float b = 0;
        for (int j = 0; j < r->ny; j++)
            if (!(used & (1u << j)))
                b -= py[j];
        return b;
    }
    float b = ref_best(r, i + 1, used, pick) - px[i];
    pick[i][0] = 0;
    for (int xl = 1; xl <= 3 && i + xl <= r->nx; xl++) {
        float wxs = 0;
        for (int k = 0; k < xl; k++)
            wxs += wx[i + k];
        for (int ys = 0; ys < r->ny; ys++)
            for (int yl = 1; yl <= 3 && ys + yl <= r->ny; yl++) {
                float sm = ref_sim(r, i, xl, ys, yl);
                unsigned bits = ((1u << yl) - 1) << ys;
                if (sm <= 0 || (used & bits))
                    continue;
                float wys = 0;
                for (int k = 0; k < yl; k++)
                    wys += wy[ys + k];
                int alt[8][3];
                float g = sm * (0.5f * (wxs + wys)) +
                          ref_best(r, i + xl, used | bits, alt);
                if (g > b) {
                    b = g;
                    pick[i][0] = xl, pick[i][1] = ys, pick[i][2] = yl;
                    for (int k = i + xl; k < r->nx; k++)
                        memcpy(pick[k], alt[k], sizeof pick[k]);
                }
            }
    }
    return b;
}

static void exact_against_reference(const inst *in, const aka__align_result *res)
{
    refsearch r = {in, in->nb > in->na, 0, 0, {{0}}};
    r.nx = r.swapped ? in->nb : in->na;
    r.ny = r.swapped ? in->na : in->nb;
    float g = ref_best(&r, 0, 0, r.pick);
    assert_true(g == res->gain);
    int k = 0;
    for (int i = 0; i < r.nx;) {
        if (!r.pick[i][0]) {
            i++;
            continue;
        }
        assert_true(k < res->npairs);
        const aka__align_pair *q = &res->pair[k++];
        int xl = r.pick[i][0], ys = r.pick[i][1], yl = r.pick[i][2];
        assert_int_equal(r.swapped ? q->bs : q->as, i);
        assert_int_equal(r.swapped ? q->bl : q->al, xl);
        assert_int_equal(r.swapped ? q->as : q->bs, ys);
        assert_int_equal(r.swapped ? q->al : q->bl, yl);
        assert_true(q->sim == ref_sim(&r, i, xl, ys, yl));
        i += xl;
    }
    assert_int_equal(k, res->npairs);
}

/* `allowed`: the share of unit pairs with a similarity; few allowed
 * pairs take the search without a memo (align.c: best_few). `uniform`:
 * every weight 1 and penalty 0.25. */
static void against_brute_force(float allowed, int uniform)
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
            if (uniform) /* (ties between ways on every side) */
                in.wa[i] = in.wb[i] = 1, in.pa[i] = in.pb[i] = 0.25f;
        }
        upair p[200];
        int np = 0;
        for (int as = 0; as < in.na; as++)
            for (int al = 1; al <= 3 && as + al <= in.na; al++)
                for (int bs = 0; bs < in.nb; bs++)
                    for (int bl = 1; bl <= 3 && bs + bl <= in.nb; bl++) {
                        /* (hundredths: ties between ways are common) */
                        float s = frand() >= allowed
                                      ? 0
                                      : (float)(int)(frand() * 100) / 100.0f;
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
        exact_against_reference(&in, &r);
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
    against_brute_force(0.7f, 0);
    against_brute_force(0.7f, 1);
}

static void test_few_pairs_against_brute_force(void **state)
{
    (void)state;
    against_brute_force(0.1f, 0);
    against_brute_force(0.2f, 0);
    against_brute_force(0.1f, 1);
    against_brute_force(0.2f, 1);
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
