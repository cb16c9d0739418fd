#include "match/align.h"

#include <stdlib.h>
#include <string.h>

#define SPANS AKA__ALIGN_MAX_SPAN
#define MAXT AKA__ALIGN_MAX_TOKENS
#define UNSET (-1.0e30f)
/* Memo entries that fit on the stack: (6 + 1) << 6 covers every pair of
 * names whose shorter one has at most 6 tokens, i.e. nearly all. */
#define SMALL_STATES (7u << 6)

/* A pair of units the similarity allows (sim > 0), from one unit of x:
 * the search only ever looks at these, and between two names most unit
 * pairs are forbidden. */
typedef struct cand {
    uint16_t bits; /* the y tokens it takes */
    uint8_t xl, ch; /* ch: the memo's choice code */
    float sim, w;   /* similarity, and the pair's weight */
} cand;

/* The search walks the longer name (x) left to right; the shorter (y) is
 * tracked as a mask, so the memo has (len(x)+1) * 2^len(y) entries. */
typedef struct search {
    int nx, ny;
    const float *px, *py;
    /* The allowed pairs from x token i are cand[first[i] .. first[i+1]),
     * in the order the search tries them (xl, then ys, then yl). */
    int first[MAXT + 1];
    cand cand[MAXT * SPANS * MAXT * SPANS];
    float *memo;
    unsigned char *choice; /* 0 = x[i] unmatched, else xl | yl<<2 | ys<<4 */
} search;

/* Index of unit pair a[as, as+al) / b[bs, bs+bl) in a table of
 * similarities (aka__align_table). */
static int sim_index(int nb, int as, int al, int bs, int bl)
{
    return ((as * SPANS + al - 1) * nb + bs) * SPANS + bl - 1;
}

static float span_weight(const float *w, int start, int len)
{
    float t = 0;
    for (int k = 0; k < len; k++)
        t += w[start + k];
    return t;
}

/* Add the pair of x unit [i, i+xl) and y unit [ys, ys+yl), of
 * similarity sim, to out. */
static void record_pair(aka__align_result *out, int swapped, int i, int xl,
                        int ys, int yl, float sim)
{
    aka__align_pair *p = &out->pair[out->npairs++];
    p->sim = sim;
    uint16_t xbits = (uint16_t)(((1u << xl) - 1) << i);
    uint16_t ybits = (uint16_t)(((1u << yl) - 1) << ys);
    if (swapped) {
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
        for (int k = s->first[i]; k < s->first[i + 1]; k++) {
            const cand *c = &s->cand[k];
            if (used & c->bits)
                continue;
            float g = c->sim * c->w + best(s, i + c->xl, used | c->bits);
            if (g > b) {
                b = g;
                ch = c->ch;
            }
        }
    }
    s->memo[key] = b;
    s->choice[key] = ch;
    return b;
}

/* best() without the memo, for a search with few allowed pairs (most
 * pairs of names that have any): the same sums in the same order, so the
 * same gain and the same choices, without clearing a memo of
 * (nx + 1) << ny entries first. Each call tries x token i unmatched, then
 * its pairs; with k pairs allowed in all there are at most 2^k ways
 * through, each at most nx + 1 calls deep. ch[i, nx) receives the
 * choices best() would record along the way taken. */
static float best_few(const search *s, int i, unsigned used, unsigned char *ch)
{
    if (i == s->nx) {
        float b = 0;
        for (int j = 0; j < s->ny; j++)
            if (!(used & (1u << j)))
                b -= s->py[j];
        return b;
    }
    float b = best_few(s, i + 1, used, ch) - s->px[i];
    ch[i] = 0;
    for (int k = s->first[i]; k < s->first[i + 1]; k++) {
        const cand *c = &s->cand[k];
        if (used & c->bits)
            continue;
        unsigned char alt[MAXT];
        float g = c->sim * c->w + best_few(s, i + c->xl, used | c->bits, alt);
        if (g > b) {
            b = g;
            ch[i] = c->ch;
            memcpy(ch + i + c->xl, alt + i + c->xl, (size_t)(s->nx - i - c->xl));
        }
    }
    return b;
}

/* Up to this many allowed pairs the search runs without a memo. */
#define FEW_CANDS 4

/* best() from x token i on, when no pair is allowed from there and the y
 * tokens in `used` are taken. */
static float unmatched_tail(const search *s, unsigned used, int i)
{
    float b = 0;
    for (int j = 0; j < s->ny; j++)
        if (!(used & (1u << j)))
            b -= s->py[j];
    for (int k = s->nx - 1; k >= i; k--)
        b = b - s->px[k];
    return b;
}

/* The similarity of the allowed pair from x token i of choice code ch. */
static float choice_sim(const search *s, int i, unsigned char ch)
{
    for (int k = s->first[i]; k < s->first[i + 1]; k++)
        if (s->cand[k].ch == ch)
            return s->cand[k].sim;
    return 0; /* (not reached: a choice is one of the pairs allowed) */
}

/* The search over s's nc allowed pairs (listed, with first[]), into out
 * (cleared); swapped: x is b. Returns 0, or -1 when memory ran out. */
static int search_run(search *s, int nc, int swapped, aka__align_result *out)
{
    if (nc == 0) {
        /* No pair allowed (most pairs of names): every token unmatched,
         * and the gain summed as best() sums it. */
        float b = 0;
        for (int j = 0; j < s->ny; j++)
            b -= s->py[j];
        for (int i = s->nx - 1; i >= 0; i--)
            b = b - s->px[i];
        out->gain = b;
        return 0;
    }
    if (nc == 1) {
        /* One pair allowed (the commonest case): best() unrolled, its
         * sums in its order. Past the pair's x token every token is
         * unmatched: the gain there is the y penalties' (best() at nx),
         * less each x penalty from the last token back. */
        const cand *c = &s->cand[0];
        int i0 = 0;
        while (s->first[i0 + 1] == 0)
            i0++;
        float skip = unmatched_tail(s, 0, i0 + 1) - s->px[i0];
        float take = c->sim * c->w + unmatched_tail(s, c->bits, i0 + c->xl);
        float b = take > skip ? take : skip;
        for (int i = i0 - 1; i >= 0; i--)
            b = b - s->px[i];
        out->gain = b;
        if (take > skip)
            record_pair(out, swapped, i0, c->xl, c->ch >> 4, (c->ch >> 2) & 3,
                        c->sim);
        return 0;
    }
    if (nc <= FEW_CANDS) {
        unsigned char ch[MAXT];
        out->gain = best_few(s, 0, 0, ch);
        for (int i = 0; i < s->nx;) {
            if (!ch[i]) {
                i++;
                continue;
            }
            int xl = ch[i] & 3, yl = (ch[i] >> 2) & 3, ys = ch[i] >> 4;
            record_pair(out, swapped, i, xl, ys, yl, choice_sim(s, i, ch[i]));
            i += xl;
        }
        return 0;
    }
    size_t states = (size_t)(s->nx + 1) << s->ny;
    float memo_small[SMALL_STATES];
    unsigned char choice_small[SMALL_STATES];
    float *memo_heap = NULL;
    if (states <= SMALL_STATES) {
        s->memo = memo_small;
        s->choice = choice_small;
    } else {
        memo_heap = malloc(states * (sizeof(float) + 1));
        if (!memo_heap)
            return -1;
        s->memo = memo_heap;
        s->choice = (unsigned char *)(memo_heap + states);
    }
    for (size_t k = 0; k < states; k++)
        s->memo[k] = UNSET;
    out->gain = best(s, 0, 0);

    /* Walk the recorded decisions to recover the pairs. */
    unsigned used = 0;
    for (int i = 0; i < s->nx;) {
        unsigned char ch = s->choice[((size_t)i << s->ny) | used];
        if (!ch) {
            i++;
            continue;
        }
        int xl = ch & 3, yl = (ch >> 2) & 3, ys = ch >> 4;
        record_pair(out, swapped, i, xl, ys, yl, choice_sim(s, i, ch));
        used |= ((1u << yl) - 1) << ys;
        i += xl;
    }
    free(memo_heap);
    return 0;
}

/* Whether names of na and nb tokens can be aligned: 1; 0 when one has
 * none (nothing to align); -1 when one has more than the search holds. */
static int align_fit(int na, int nb)
{
    if (na > MAXT || nb > MAXT)
        return -1;
    return na > 0 && nb > 0;
}

int aka__align(int na, const float *wa, const float *pa, int nb,
               const float *wb, const float *pb, aka__unit_sim sim, void *ctx,
               aka__align_result *out)
{
    int fit = align_fit(na, nb);
    if (fit <= 0) {
        memset(out, 0, sizeof *out);
        return fit;
    }
    float sims[MAXT * SPANS * MAXT * SPANS];
    for (int as = 0; as < na; as++)
        for (int al = 1; al <= SPANS && as + al <= na; al++)
            for (int bs = 0; bs < nb; bs++)
                for (int bl = 1; bl <= SPANS && bs + bl <= nb; bl++)
                    sims[sim_index(nb, as, al, bs, bl)] =
                        sim(ctx, as, al, bs, bl);
    return aka__align_table(na, wa, pa, nb, wb, pb, sims, out);
}

/* The search's sides: x the name with more tokens (a when equal), y the
 * other; returns whether x is b. */
static int begin_search(search *s, int na, const float *wa, const float *pa,
                        int nb, const float *wb, const float *pb,
                        const float **wx, const float **wy)
{
    int swapped = nb > na;
    s->nx = swapped ? nb : na;
    s->ny = swapped ? na : nb;
    *wx = swapped ? wb : wa;
    *wy = swapped ? wa : wb;
    s->px = swapped ? pb : pa;
    s->py = swapped ? pa : pb;
    return swapped;
}

int aka__align_table(int na, const float *wa, const float *pa, int nb,
                     const float *wb, const float *pb, const float *sims,
                     aka__align_result *out)
{
    memset(out, 0, sizeof *out);
    int fit = align_fit(na, nb);
    if (fit <= 0)
        return fit;
    search s;
    const float *wx, *wy;
    int swapped = begin_search(&s, na, wa, pa, nb, wb, pb, &wx, &wy);

    /* The allowed pairs, listed in the order the search tries them: x's
     * units by start and length, each against y's units listed once
     * (start, length, token mask, summed weight). */
    /* A unit pair's index in sims (sim_index) is the sum of a part of
     * its x unit and a part of its y unit: each made once. */
    struct {
        uint8_t ys, yl;
        uint16_t bits;
        float w;
        int at; /* the y unit's part of the index */
    } yu[MAXT * SPANS];
    int nyu = 0;
    for (int ys = 0; ys < s.ny; ys++)
        for (int yl = 1; yl <= SPANS && ys + yl <= s.ny; yl++) {
            yu[nyu].ys = (uint8_t)ys;
            yu[nyu].yl = (uint8_t)yl;
            yu[nyu].bits = (uint16_t)(((1u << yl) - 1) << ys);
            yu[nyu].w = span_weight(wy, ys, yl);
            yu[nyu].at = swapped ? sim_index(nb, ys, yl, 0, 1)
                                 : sim_index(nb, 0, 1, ys, yl);
            nyu++;
        }
    int nc = 0;
    for (int i = 0; i < s.nx; i++) {
        s.first[i] = nc;
        for (int xl = 1; xl <= SPANS && i + xl <= s.nx; xl++) {
            float wxs = span_weight(wx, i, xl);
            const float *row = sims + (swapped ? sim_index(nb, 0, 1, i, xl)
                                               : sim_index(nb, i, xl, 0, 1));
            for (int k = 0; k < nyu; k++) {
                float sm = row[yu[k].at];
                if (sm <= 0)
                    continue;
                int ys = yu[k].ys, yl = yu[k].yl;
                cand *c = &s.cand[nc++];
                c->bits = yu[k].bits;
                c->xl = (uint8_t)xl;
                c->ch = (uint8_t)(xl | (yl << 2) | (ys << 4));
                c->sim = sm;
                c->w = 0.5f * (wxs + yu[k].w);
            }
        }
    }
    s.first[s.nx] = nc;
    return search_run(&s, nc, swapped, out);
}

int aka__align_pairs(int na, const float *wa, const float *pa, int nb,
                     const float *wb, const float *pb,
                     const aka__align_pair *allowed, int n,
                     aka__align_result *out)
{
    memset(out, 0, sizeof *out);
    int fit = align_fit(na, nb);
    if (fit <= 0)
        return fit;
    search s;
    const float *wx, *wy;
    int swapped = begin_search(&s, na, wa, pa, nb, wb, pb, &wx, &wy);
    /* The pairs in the order the search tries them (as aka__align_table
     * lists them): by x unit (start, then length), then by y unit. The
     * list is in that order for x = a; for x = b it is put so by a stable
     * counting sort on b's unit. */
    int slot[MAXT * SPANS + 1];
    int nxu = s.nx * SPANS; /* x's unit indexes, some past its end */
    memset(slot, 0, (size_t)(nxu + 1) * sizeof slot[0]);
    for (int k = 0; k < n; k++) {
        const aka__align_pair *p = &allowed[k];
        slot[(swapped ? p->bs : p->as) * SPANS + (swapped ? p->bl : p->al)]++;
    }
    /* slot[u + 1] counted x unit u's pairs; made the start of unit u's */
    for (int u = 1; u <= nxu; u++)
        slot[u] += slot[u - 1];
    for (int k = 0; k < n; k++) {
        const aka__align_pair *p = &allowed[k];
        int i = swapped ? p->bs : p->as, xl = swapped ? p->bl : p->al;
        int ys = swapped ? p->as : p->bs, yl = swapped ? p->al : p->bl;
        cand *c = &s.cand[slot[i * SPANS + xl - 1]++];
        c->bits = (uint16_t)(((1u << yl) - 1) << ys);
        c->xl = (uint8_t)xl;
        c->ch = (uint8_t)(xl | (yl << 2) | (ys << 4));
        c->sim = p->sim;
        c->w = 0.5f * (span_weight(wx, i, xl) + span_weight(wy, ys, yl));
    }
    /* (slot[u] now ends unit u's pairs: x token i's start at the end of
     * the units of the tokens before) */
    s.first[0] = 0;
    for (int i = 1; i <= s.nx; i++)
        s.first[i] = slot[i * SPANS - 1];
    return search_run(&s, n, swapped, out);
}
