#include "match/align.h"

#include <stdlib.h>
#include <string.h>

#define SPANS AKA__ALIGN_MAX_SPAN
#define MAXT AKA__ALIGN_MAX_TOKENS
#define UNSET (-1.0e30f)
/* Memo entries that fit on the stack: (6 + 1) << 6 covers every pair of
 * names whose shorter one has at most 6 tokens, i.e. nearly all. */
#define SMALL_STATES (7u << 6)

/* The search walks the longer name (x) left to right; the shorter (y) is
 * tracked as a mask, so the memo has (len(x)+1) * 2^len(y) entries. */
typedef struct search {
    int nx, ny, swapped;
    const float *wx, *px, *wy, *py;
    aka__unit_sim sim;
    void *ctx;
    /* Unit-pair similarities, UNSET until computed; indexed by sim_at so
     * that only the nx * ny part in use needs setting up. */
    float simc[MAXT * SPANS * MAXT * SPANS];
    float *memo;
    unsigned char *choice; /* 0 = x[i] unmatched, else xl | yl<<2 | ys<<4 */
} search;

static float *sim_at(search *s, int xs, int xl, int ys, int yl)
{
    return &s->simc[((xs * SPANS + xl - 1) * s->ny + ys) * SPANS + yl - 1];
}

static float pair_sim(search *s, int xs, int xl, int ys, int yl)
{
    float *c = sim_at(s, xs, xl, ys, yl);
    if (*c == UNSET)
        *c = s->swapped ? s->sim(s->ctx, ys, yl, xs, xl)
                        : s->sim(s->ctx, xs, xl, ys, yl);
    return *c;
}

static float span_weight(const float *w, int start, int len)
{
    float t = 0;
    for (int k = 0; k < len; k++)
        t += w[start + k];
    return t;
}

/* Best gain from x tokens [i, nx) when the y tokens in `used` are taken;
 * y tokens still free at the end are charged their penalty. */
static float best(search *s, int i, unsigned used)
{
    size_t key = ((size_t)i << s->ny) | used;
    if (s->memo[key] != UNSET)
        return s->memo[key];
    float b;
    unsigned char ch = 0;
    if (i == s->nx) {
        b = 0;
        for (int j = 0; j < s->ny; j++)
            if (!(used & (1u << j)))
                b -= s->py[j];
    } else {
        b = best(s, i + 1, used) - s->px[i];
        for (int xl = 1; xl <= SPANS && i + xl <= s->nx; xl++) {
            float wx = span_weight(s->wx, i, xl);
            for (int ys = 0; ys < s->ny; ys++)
                for (int yl = 1; yl <= SPANS && ys + yl <= s->ny; yl++) {
                    unsigned bits = ((1u << yl) - 1) << ys;
                    if (used & bits)
                        continue;
                    float sm = pair_sim(s, i, xl, ys, yl);
                    if (sm <= 0)
                        continue;
                    float w = 0.5f * (wx + span_weight(s->wy, ys, yl));
                    float g = sm * w + best(s, i + xl, used | bits);
                    if (g > b) {
                        b = g;
                        ch = (unsigned char)(xl | (yl << 2) | (ys << 4));
                    }
                }
        }
    }
    s->memo[key] = b;
    s->choice[key] = ch;
    return b;
}

int aka__align(int na, const float *wa, const float *pa, int nb,
               const float *wb, const float *pb, aka__unit_sim sim, void *ctx,
               aka__align_result *out)
{
    memset(out, 0, sizeof *out);
    if (na <= 0 || nb <= 0 || na > MAXT || nb > MAXT)
        return na > MAXT || nb > MAXT ? -1 : 0;
    search s;
    s.swapped = nb > na;
    s.nx = s.swapped ? nb : na;
    s.ny = s.swapped ? na : nb;
    s.wx = s.swapped ? wb : wa;
    s.px = s.swapped ? pb : pa;
    s.wy = s.swapped ? wa : wb;
    s.py = s.swapped ? pa : pb;
    s.sim = sim;
    s.ctx = ctx;
    for (int k = 0; k < s.nx * SPANS * s.ny * SPANS; k++)
        s.simc[k] = UNSET;

    size_t states = (size_t)(s.nx + 1) << s.ny;
    float memo_small[SMALL_STATES];
    unsigned char choice_small[SMALL_STATES];
    float *memo_heap = NULL;
    if (states <= SMALL_STATES) {
        s.memo = memo_small;
        s.choice = choice_small;
    } else {
        memo_heap = malloc(states * (sizeof(float) + 1));
        if (!memo_heap)
            return -1;
        s.memo = memo_heap;
        s.choice = (unsigned char *)(memo_heap + states);
    }
    for (size_t k = 0; k < states; k++)
        s.memo[k] = UNSET;
    out->gain = best(&s, 0, 0);

    /* Walk the recorded decisions to recover the pairs. */
    unsigned used = 0;
    for (int i = 0; i < s.nx;) {
        unsigned char ch = s.choice[((size_t)i << s.ny) | used];
        if (!ch) {
            i++;
            continue;
        }
        int xl = ch & 3, yl = (ch >> 2) & 3, ys = ch >> 4;
        aka__align_pair *p = &out->pair[out->npairs++];
        p->sim = *sim_at(&s, i, xl, ys, yl);
        uint16_t xbits = (uint16_t)(((1u << xl) - 1) << i);
        uint16_t ybits = (uint16_t)(((1u << yl) - 1) << ys);
        if (s.swapped) {
            p->as = (uint8_t)ys; p->al = (uint8_t)yl;
            p->bs = (uint8_t)i; p->bl = (uint8_t)xl;
            out->a_used |= ybits;
            out->b_used |= xbits;
        } else {
            p->as = (uint8_t)i; p->al = (uint8_t)xl;
            p->bs = (uint8_t)ys; p->bl = (uint8_t)yl;
            out->a_used |= xbits;
            out->b_used |= ybits;
        }
        used |= ybits;
        i += xl;
    }
    free(memo_heap);
    return 0;
}
