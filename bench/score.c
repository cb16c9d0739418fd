/* Quality and resource measures (score.h), moved out of bench_engine.c so
 * that aka-bench scores libaka and its baselines with the same code. */
#include "score.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench_util.h"

double score_f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

long score_peak_rss_kb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return -1;
    return ru.ru_maxrss; /* kilobytes on Linux */
}

long score_rss_kb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long size, res;
    if (!f)
        return -1;
    int ok = fscanf(f, "%ld %ld", &size, &res) == 2;
    fclose(f);
    return ok ? res * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Dense ids 0..k-1 for arbitrary 64-bit labels; returns k. */
static size_t densify(const uint64_t *label, size_t n, uint32_t *out)
{
    uint64_t *s = xrealloc(NULL, n * sizeof *s);
    memcpy(s, label, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_u64);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || s[i] != s[i - 1])
            s[k++] = s[i];
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = k - 1;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (s[mid] < label[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        out[i] = (uint32_t)lo;
    }
    free(s);
    return k;
}

static double pairs(double n)
{
    return n * (n - 1) / 2;
}

void score_quality(quality *q, const uint64_t *found, const uint64_t *truth,
                   size_t n)
{
    memset(q, 0, sizeof *q);
    if (n == 0)
        return;
    uint32_t *f = xrealloc(NULL, n * sizeof *f), *t = xrealloc(NULL, n * sizeof *t);
    size_t nf = densify(found, n, f), nt = densify(truth, n, t);
    size_t *fsz = xcalloc(nf, sizeof *fsz), *tsz = xcalloc(nt, sizeof *tsz);
    for (size_t i = 0; i < n; i++) {
        fsz[f[i]]++;
        tsz[t[i]]++;
    }
    /* |F ∩ T| per (found, true) cell: sort the combined keys, count runs. */
    uint64_t *cell = xrealloc(NULL, n * sizeof *cell);
    for (size_t i = 0; i < n; i++)
        cell[i] = (uint64_t)f[i] << 32 | t[i];
    qsort(cell, n, sizeof *cell, cmp_u64);
    double sp = 0, sr = 0, tp = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && cell[j] == cell[i])
            j++;
        double c = (double)(j - i);
        size_t fi = (size_t)(cell[i] >> 32), ti = (size_t)(cell[i] & 0xffffffffu);
        /* each of the c records in this cell scores c/|F| and c/|T| */
        sp += c * c / (double)fsz[fi];
        sr += c * c / (double)tsz[ti];
        tp += pairs(c);
        i = j;
    }
    double fp = 0, tpairs = 0;
    for (size_t i = 0; i < nf; i++)
        fp += pairs((double)fsz[i]);
    for (size_t i = 0; i < nt; i++)
        tpairs += pairs((double)tsz[i]);
    q->entities = nf;
    q->truth_clusters = nt;
    q->true_pairs = tpairs;
    q->found_pairs = fp;
    q->hit_pairs = tp;
    q->b3_p = sp / (double)n;
    q->b3_r = sr / (double)n;
    q->b3_f1 = score_f1(q->b3_p, q->b3_r);
    q->pw_p = fp > 0 ? tp / fp : 1;
    q->pw_r = tpairs > 0 ? tp / tpairs : 1;
    q->pw_f1 = score_f1(q->pw_p, q->pw_r);
    free(f);
    free(t);
    free(fsz);
    free(tsz);
    free(cell);
}

void score_label_pairs(const uint64_t *label, const uint64_t *truth, size_t n,
                       double *npairs, double *ntrue)
{
    quality q;
    /* Pairs sharing a label are the pairs within its "found entities". */
    score_quality(&q, label, truth, n);
    *npairs = q.found_pairs;
    *ntrue = q.hit_pairs;
}

double score_quantile(double *t, size_t n, double q)
{
    if (n == 0)
        return 0;
    qsort(t, n, sizeof *t, cmp_double);
    return t[(size_t)((double)(n - 1) * q)];
}
