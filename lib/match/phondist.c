#include "match/phondist.h"

#include <string.h>

#include "core/inline.h"
#include "match/keys.h"

/* Each byte's letter code (a-z = 0-25, else 26), with VOWEL set for the
 * vowels of the rkey alphabet (y and j are already i there): one load
 * instead of a chain of compares for every letter of both tokens. */
#define VOWEL 0x80
#define CODE(c) (letter[(unsigned char)(c)] & 0x7f)
#define IS_VOWEL(c) (letter[(unsigned char)(c)] & VOWEL)
static const unsigned char letter[256] = {
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 128, 1, 2, 3, 132, 5, 6, 7, 136, 9, 10, 11, 12, 13, 142,
    15, 16, 17, 18, 19, 148, 21, 22, 23, 24, 25, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
};

/* A lower bound of the distance: a letter of one token whose code meets
 * no letter of the other for less than a full edit is deleted or
 * substituted at a full edit's cost at least, which is no less than its
 * deletion's; each letter is in one operation of the alignment. */
static unsigned lone_cost(const char *x, size_t n, uint32_t other)
{
    unsigned t = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned code = CODE(x[i]);
        if (!(aka__phon_near[code] & other))
            t += aka__phon_indel[code];
    }
    return t;
}

size_t aka__phon_consonants(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += !IS_VOWEL(s[i]);
    return c;
}

/* Reaching `floor` allows at most this cost (in twentieths), between
 * tokens of which the longer in consonants has c of them. */
static unsigned cost_budget(size_t ca, size_t cb, double floor)
{
    size_t c = ca > cb ? ca : cb;
    if (c == 0)
        c = 1;
    return (unsigned)((1 - floor) * (double)c * 20 + 1e-6);
}

/* Every letter that one token has and the other lacks costs at least the
 * cheapest insertion, so a cell |i - j| off the diagonal costs at least
 * |i - j| of them: with a floor, only the band of cells that can stay
 * within budget is computed. */
static size_t cost_band(unsigned budget, double floor)
{
    unsigned cheapest = aka__phon_indel_min;
    return floor > 0 && cheapest ? budget / cheapest : AKA__KEY_MAX;
}

int aka__phon_too_far(size_t na, size_t ca, size_t nb, size_t cb, double floor)
{
    if (na > AKA__KEY_MAX)
        na = AKA__KEY_MAX;
    if (nb > AKA__KEY_MAX)
        nb = AKA__KEY_MAX;
    size_t band = cost_band(cost_budget(ca, cb, floor), floor);
    return floor > 0 && (na > nb ? na - nb : nb - na) > band;
}

/* Cells j .. hi of a row of the table, given the cells to the left and
 * up-left of j; returns the least of them and `best`. With `bytes`, a
 * byte equal to `ch` costs nothing (codes other than letters' are shared
 * by several bytes); without, the table says it. Inlined twice, so that
 * the letters' loop (most rows) compares no bytes. */
static AKA__ALWAYS_INLINE unsigned
band_cells(unsigned *row, const unsigned *prev, size_t j, size_t hi,
           unsigned left, unsigned diag, unsigned del_a,
           const unsigned char *subrow, const unsigned char *xb,
           const unsigned char *insb, const char *bytes, char ch, unsigned best)
{
    for (; j <= hi; j++) {
        unsigned up = prev[j];
        unsigned d = diag + (bytes && bytes[j - 1] == ch ? 0u : subrow[xb[j - 1]]);
        unsigned del = up + del_a, ins = left + insb[j - 1];
        if (del < d)
            d = del;
        if (ins < d)
            d = ins;
        row[j] = d;
        if (d < best)
            best = d;
        diag = up;
        left = d;
    }
    return best;
}

/* aka__phon_sim past its first test, given each token's consonants (ca,
 * cb) and letter codes as a set (ma, mb). */
static double phon_sim_counted(const char *a, size_t na, size_t ca,
                               uint32_t ma, const char *b, size_t nb,
                               size_t cb, uint32_t mb, double floor)
{
    size_t c = ca > cb ? ca : cb;
    if (c == 0)
        c = 1;
    unsigned budget = cost_budget(ca, cb, floor);
    /* (cells outside the band stand at `out`) */
    size_t band = cost_band(budget, floor);
    if (floor > 0 && (na > nb ? na - nb : nb - na) > band)
        return 0;
    if (floor > 0 &&
        (lone_cost(a, na, mb) > budget || lone_cost(b, nb, ma) > budget))
        return 0;
    unsigned char xa[AKA__KEY_MAX], xb[AKA__KEY_MAX];
    for (size_t i = 0; i < na; i++)
        xa[i] = CODE(a[i]);
    unsigned char insb[AKA__KEY_MAX]; /* b's letters' insertion costs */
    for (size_t j = 0; j < nb; j++) {
        xb[j] = CODE(b[j]);
        insb[j] = aka__phon_indel[xb[j]];
    }
    /* Cells outside the band stand at `out`, above any budget. Cells
     * are not capped: a cost reached from `out` only grows (by at most
     * 20 a step, over at most 2 * AKA__KEY_MAX steps), and only costs
     * within budget are ever read for a result, which are the same
     * whatever stands above it. */
    const unsigned out = 0x7fff;
    /* two rows, swapped after each (every entry of a row is written) */
    unsigned rows[2][AKA__KEY_MAX + 1];
    unsigned *row = rows[0], *prev = rows[1];
    prev[0] = 0;
    for (size_t j = 1; j <= nb; j++)
        prev[j] = j <= band ? prev[j - 1] + insb[j - 1] : out;
    for (size_t i = 1; i <= na; i++) {
        const unsigned char *subrow = aka__phon_sub[xa[i - 1]];
        unsigned del_a = aka__phon_indel[xa[i - 1]];
        size_t lo = i > band ? i - band : 0;
        size_t hi = i + band < nb ? i + band : nb;
        row[0] = lo == 0 ? prev[0] + del_a : out;
        unsigned best = row[0];
        for (size_t j = 1; j < lo; j++)
            row[j] = out;
        /* the cells to the left and up-left of j, carried along */
        size_t j = lo > 1 ? lo : 1;
        unsigned left = row[j - 1], diag = prev[j - 1];
        /* A letter costs nothing against itself in the table, and only
         * the same letter has its code: no byte compare. */
        best = xa[i - 1] < 26
                   ? band_cells(row, prev, j, hi, left, diag, del_a, subrow, xb,
                                insb, NULL, 0, best)
                   : band_cells(row, prev, j, hi, left, diag, del_a, subrow, xb,
                                insb, b, a[i - 1], best);
        for (j = hi + 1; j <= nb; j++)
            row[j] = out;
        /* Costs never decrease down the table: stop once out of budget. */
        if (floor > 0 && best > budget)
            return 0;
        unsigned *t = prev;
        prev = row;
        row = t;
    }
    if (floor > 0 && prev[nb] > budget)
        return 0;
    double s = 1 - prev[nb] / (20.0 * (double)c);
    return s < 0 ? 0 : s;
}

/* Names heard across scripts keep their first consonant's class;
 * checking it first spares most hopeless pairs the whole table. 1 when
 * that says the similarity is 0 at `floor`. (An initial h comes and
 * goes: Hussein / Usayn.) */
static int first_apart(const char *a, size_t na, const char *b, size_t nb,
                       double floor)
{
    size_t fa = 0, fb = 0;
    while (fa < na && (IS_VOWEL(a[fa]) || a[fa] == 'h'))
        fa++;
    while (fb < nb && (IS_VOWEL(b[fb]) || b[fb] == 'h'))
        fb++;
    return floor > 0 && fa < na && fb < nb && a[fa] != b[fb] &&
           aka__phon_sub[CODE(a[fa])][CODE(b[fb])] >= 20;
}

double aka__phon_sim(const char *a, size_t na, const char *b, size_t nb,
                     double floor)
{
    if (na > AKA__KEY_MAX)
        na = AKA__KEY_MAX;
    if (nb > AKA__KEY_MAX)
        nb = AKA__KEY_MAX;
    if (first_apart(a, na, b, nb, floor))
        return 0;
    size_t ca = 0, cb = 0;
    uint32_t ma = 0, mb = 0; /* the codes of each */
    for (size_t i = 0; i < na; i++) {
        ma |= 1u << CODE(a[i]);
        ca += !IS_VOWEL(a[i]);
    }
    for (size_t j = 0; j < nb; j++) {
        mb |= 1u << CODE(b[j]);
        cb += !IS_VOWEL(b[j]);
    }
    return phon_sim_counted(a, na, ca, ma, b, nb, cb, mb, floor);
}

double aka__phon_sim_counted(const char *a, size_t na, size_t ca, uint32_t ma,
                             const char *b, size_t nb, size_t cb, uint32_t mb,
                             double floor)
{
    if (na > AKA__KEY_MAX || nb > AKA__KEY_MAX)
        return aka__phon_sim(a, na, b, nb, floor);
    if (first_apart(a, na, b, nb, floor))
        return 0;
    return phon_sim_counted(a, na, ca, ma, b, nb, cb, mb, floor);
}
