/* Quality and resource measures shared by the engine benchmarks.
 *
 * For each record i, with F(i) its found entity and T(i) its true cluster:
 * B-cubed precision is the mean of |F(i) ∩ T(i)| / |F(i)|, recall the mean
 * of |F(i) ∩ T(i)| / |T(i)|; pairwise precision is the share of pairs
 * within found entities that are true pairs, pairwise recall the share of
 * true pairs found within one entity; F1 is their harmonic mean. */
#ifndef AKA_BENCH_SCORE_H
#define AKA_BENCH_SCORE_H

#include <stddef.h>
#include <stdint.h>

typedef struct quality {
    size_t entities, truth_clusters;
    double b3_p, b3_r, b3_f1;
    double pw_p, pw_r, pw_f1;
    double true_pairs;      /* pairs of records of one person */
    double found_pairs;     /* pairs of records in one found entity */
    double hit_pairs;       /* pairs that are both */
} quality;

/* Scores found[] (any 64-bit entity labels) against truth[] (n records). */
void score_quality(quality *q, const uint64_t *found, const uint64_t *truth,
                   size_t n);

/* True pairs among the pairs of records sharing a label (a single blocking
 * key per record, or one cluster): how many pairs share a label, and how
 * many of those are true pairs. */
void score_label_pairs(const uint64_t *label, const uint64_t *truth, size_t n,
                       double *pairs, double *true_pairs);

double score_f1(double p, double r);

/* Peak resident set of this process, KiB (getrusage). */
long score_peak_rss_kb(void);
/* Current resident set, KiB (/proc/self/statm), or -1. */
long score_rss_kb(void);

/* The q-quantile (0..1) of t[0, n), sorting t; 0 when n == 0. */
double score_quantile(double *t, size_t n, double q);

#endif
