#include "match/metrics.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef const unsigned char *bytes;

/* Index of the lowest set bit; x != 0. */
static int lowest_bit(uint64_t x)
{
#if defined(__GNUC__)
    return __builtin_ctzll(x);
#else
    int n = 0;
    while (!(x & 1u)) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

/* Per-symbol position masks of s (m <= 64 bytes). Only the entries for
 * symbols of s and t are written, which is all the callers read: clearing
 * 256 words for every 12-byte name would cost more than the metric. */
static void build_peq(uint64_t peq[256], bytes s, size_t m, bytes t, size_t n)
{
    for (size_t j = 0; j < n; j++)
        peq[t[j]] = 0;
    for (size_t i = 0; i < m; i++)
        peq[s[i]] = 0;
    for (size_t i = 0; i < m; i++)
        peq[s[i]] |= (uint64_t)1 << i;
}

/* Both distances are unchanged by dropping a common prefix and suffix, and
 * names that differ in one place are the usual case, so the bit-parallel
 * loop then runs over the differing middle only. */
static void strip_affixes(bytes *s, size_t *m, bytes *t, size_t *n)
{
    size_t p = 0;
    while (p < *m && p < *n && (*s)[p] == (*t)[p])
        p++;
    if (p) { /* never offset a NULL pointer, even by 0 */
        *s += p;
        *t += p;
        *m -= p;
        *n -= p;
    }
    while (*m && *n && (*s)[*m - 1] == (*t)[*n - 1]) {
        (*m)--;
        (*n)--;
    }
}

/* Hyyrö's formulation of Myers' algorithm: vp/vn hold the vertical deltas
 * of one DP column over s (m <= 64), one text symbol per step. With
 * osa != 0, Hyyrö's 2003 extension adds adjacent transpositions. */
static int bitpar(bytes s, size_t m, bytes t, size_t n, int k, int osa)
{
    uint64_t peq[256];
    build_peq(peq, s, m, t, n);
    const uint64_t last = (uint64_t)1 << (m - 1);
    uint64_t vp = ~(uint64_t)0, vn = 0, d0 = 0, eq_prev = 0;
    int score = (int)m;
    for (size_t j = 0; j < n; j++) {
        uint64_t eq = peq[t[j]];
        uint64_t tr = osa ? (((~d0) & eq) << 1) & eq_prev : 0;
        d0 = (((eq & vp) + vp) ^ vp) | eq | vn | tr;
        uint64_t hp = vn | ~(d0 | vp);
        uint64_t hn = d0 & vp;
        score += (hp & last) != 0;
        score -= (hn & last) != 0;
        hp = (hp << 1) | 1;
        hn <<= 1;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
        eq_prev = eq;
        /* Each remaining text symbol lowers D[m][.] by at most one. */
        if (score - (int)(n - 1 - j) > k)
            return k + 1;
    }
    return score > k ? k + 1 : score;
}

/* Plain DP by columns over s, for s longer than a word. A column minimum
 * above k ends the work: every alignment path crosses every column and
 * its cost never decreases along the way. */
static int dp(bytes s, size_t m, bytes t, size_t n, int k, int osa)
{
    int stackbuf[3 * (AKA__METRICS_STACK + 1)];
    int *buf = stackbuf;
    if (m > AKA__METRICS_STACK) {
        buf = malloc(3 * (m + 1) * sizeof *buf);
        if (!buf)
            return -1;
    }
    int *prev2 = buf, *prev = buf + (m + 1), *cur = buf + 2 * (m + 1);
    for (size_t i = 0; i <= m; i++)
        prev[i] = (int)i;
    int result = -1;
    for (size_t j = 1; j <= n; j++) {
        cur[0] = (int)j;
        int colmin = cur[0];
        for (size_t i = 1; i <= m; i++) {
            int v = prev[i - 1] + (s[i - 1] != t[j - 1]);
            if (prev[i] + 1 < v)
                v = prev[i] + 1;
            if (cur[i - 1] + 1 < v)
                v = cur[i - 1] + 1;
            if (osa && i > 1 && j > 1 && s[i - 1] == t[j - 2] &&
                s[i - 2] == t[j - 1] && prev2[i - 2] + 1 < v)
                v = prev2[i - 2] + 1;
            cur[i] = v;
            if (v < colmin)
                colmin = v;
        }
        if (colmin > k) {
            result = k + 1;
            break;
        }
        int *tmp = prev2;
        prev2 = prev;
        prev = cur;
        cur = tmp;
    }
    if (result < 0)
        result = prev[m] > k ? k + 1 : prev[m];
    if (buf != stackbuf)
        free(buf);
    return result;
}

static int edit_distance(const char *a, size_t na, const char *b, size_t nb,
                         int max, int osa)
{
    /* Both distances are symmetric: let s be the shorter string, so that
     * names up to 64 bytes always take the bit-parallel path. */
    bytes s = (bytes)a, t = (bytes)b;
    size_t m = na, n = nb;
    if (m > n) {
        s = (bytes)b;
        t = (bytes)a;
        m = nb;
        n = na;
    }
    int k = max < 0 ? INT_MAX - 1 : max;
    /* The length difference alone is a lower bound. */
    if (n - m > (size_t)k)
        return k + 1;
    strip_affixes(&s, &m, &t, &n);
    if (m == 0)
        return (int)n;
    if (m <= 64)
        return bitpar(s, m, t, n, k, osa);
    return dp(s, m, t, n, k, osa);
}

int aka__lev(const char *a, size_t na, const char *b, size_t nb, int max)
{
    return edit_distance(a, na, b, nb, max, 0);
}

int aka__osa(const char *a, size_t na, const char *b, size_t nb, int max)
{
    return edit_distance(a, na, b, nb, max, 1);
}

double aka__lev_sim(const char *a, size_t na, const char *b, size_t nb)
{
    size_t longest = na > nb ? na : nb;
    if (longest == 0)
        return 1.0;
    int d = aka__lev(a, na, b, nb, -1);
    if (d < 0)
        return -1.0;
    return 1.0 - (double)d / (double)longest;
}

/* ---- Jaro and Jaro-Winkler ---- */

/* What Jaro-Winkler needs to prune: the prefix boost and the cut-off. */
typedef struct jw_params {
    int winkler;
    size_t prefix; /* common prefix length, at most 4 */
    double scale;
    double cutoff; /* <= 0: none */
} jw_params;

/* Same operations in the same order as jellyfish, so that results agree
 * with its published values to the last bit rather than to a tolerance. */
static double jaro_formula(size_t m, size_t t, size_t na, size_t nb)
{
    double cm = (double)m;
    return (cm / (double)na + cm / (double)nb + (cm - (double)t) / cm) / 3.0;
}

static double winkler(const jw_params *p, double w)
{
    if (p->winkler && w > 0.7)
        w += (double)p->prefix * p->scale * (1.0 - w);
    return w;
}

/* True when m matches cannot reach the cut-off even with no transposition.
 * The margin absorbs rounding: the bound and the final score are computed
 * by slightly different expressions. */
static int below_cutoff(const jw_params *p, size_t m, size_t na, size_t nb)
{
    if (p->cutoff <= 0)
        return 0;
    double ub = m ? winkler(p, jaro_formula(m, 0, na, nb)) : 0.0;
    return ub < p->cutoff - 1e-12;
}

static size_t jaro_window(size_t na, size_t nb)
{
    size_t r = (na > nb ? na : nb) / 2;
    return r ? r - 1 : 0;
}

/* b has at most 64 bytes: the unmatched symbols of b inside a's window are
 * (peq[a[i]] & window & ~matched), and the leftmost one is the lowest bit;
 * jellyfish's inner search loop becomes a few word operations. */
static double jaro_bitpar(bytes a, size_t na, bytes b, size_t nb,
                          const jw_params *p)
{
    uint64_t peq[256];
    build_peq(peq, b, nb, a, na);
    size_t r = jaro_window(na, nb);
    uint64_t matched = 0;
    unsigned char amatch[64]; /* a's matched symbols, in a's order */
    size_t m = 0;
    for (size_t i = 0; i < na && m < nb; i++) {
        size_t lo = i > r ? i - r : 0;
        if (lo >= nb)
            break;
        size_t hi = i + r < nb ? i + r : nb - 1;
        uint64_t win = (hi >= 63 ? ~(uint64_t)0
                                 : ((uint64_t)1 << (hi + 1)) - 1) &
                       ~(((uint64_t)1 << lo) - 1);
        uint64_t cand = peq[a[i]] & win & ~matched;
        if (cand) {
            matched |= cand & (~cand + 1);
            amatch[m++] = a[i];
        }
    }
    if (m == 0 || below_cutoff(p, m, na, nb))
        return 0.0;
    size_t t = 0, k = 0;
    for (uint64_t rest = matched; rest; rest &= rest - 1)
        t += b[lowest_bit(rest)] != amatch[k++];
    return winkler(p, jaro_formula(m, t / 2, na, nb));
}

/* Plain Jaro, as jellyfish writes it, for b longer than a word. */
static double jaro_plain(bytes a, size_t na, bytes b, size_t nb,
                         const jw_params *p)
{
    unsigned char stackbuf[2 * AKA__METRICS_STACK];
    unsigned char *bflag = stackbuf;
    if (nb > AKA__METRICS_STACK) {
        bflag = malloc(2 * nb);
        if (!bflag)
            return -1.0;
    }
    unsigned char *amatch = bflag + nb; /* m <= nb */
    memset(bflag, 0, nb);
    size_t r = jaro_window(na, nb);
    size_t m = 0;
    for (size_t i = 0; i < na; i++) {
        size_t lo = i > r ? i - r : 0;
        if (lo >= nb)
            break;
        size_t hi = i + r < nb ? i + r : nb - 1;
        for (size_t j = lo; j <= hi; j++)
            if (!bflag[j] && b[j] == a[i]) {
                bflag[j] = 1;
                amatch[m++] = a[i];
                break;
            }
    }
    double w = 0.0;
    if (m > 0 && !below_cutoff(p, m, na, nb)) {
        size_t t = 0, k = 0;
        for (size_t j = 0; j < nb; j++)
            if (bflag[j])
                t += b[j] != amatch[k++];
        w = winkler(p, jaro_formula(m, t / 2, na, nb));
    }
    if (bflag != stackbuf)
        free(bflag);
    return w;
}

static double jaro_any(const char *a, size_t na, const char *b, size_t nb,
                       const jw_params *p)
{
    /* jellyfish: 0 when either string is empty, even when both are. */
    if (na == 0 || nb == 0)
        return 0.0;
    size_t mn = na < nb ? na : nb;
    if (below_cutoff(p, mn, na, nb))
        return 0.0;
    /* The greedy matching gives the same score with the roles swapped
     * (per symbol, matched pairs never cross, whichever side scans), so a
     * short a against a long b can still go bit-parallel. The random test
     * checks this against the unswapped reference. */
    if (nb > 64 && na <= 64)
        return jaro_bitpar((bytes)b, nb, (bytes)a, na, p);
    if (nb <= 64)
        return jaro_bitpar((bytes)a, na, (bytes)b, nb, p);
    return jaro_plain((bytes)a, na, (bytes)b, nb, p);
}

double aka__jaro(const char *a, size_t na, const char *b, size_t nb)
{
    jw_params p = {0, 0, 0.0, 0.0};
    return jaro_any(a, na, b, nb, &p);
}

double aka__jaro_winkler(const char *a, size_t na, const char *b, size_t nb,
                         double prefix_scale, double cutoff)
{
    jw_params p = {1, 0, prefix_scale, cutoff};
    size_t lim = na < nb ? na : nb;
    if (lim > 4)
        lim = 4;
    while (p.prefix < lim && a[p.prefix] == b[p.prefix])
        p.prefix++;
    return jaro_any(a, na, b, nb, &p);
}
