/* aka-bench: the benchmark harness. libaka and two baselines resolve the
 * same generated records (synth.h) in the same program, and every figure
 * is reported with its ratio to the baselines.
 *
 *   aka-bench [--n 10000,100000] [--reps 3] [--seed S] [--out DIR]
 *             [--scenarios normalize,names,resolve,incremental,search,saveload]
 *             [--systems libaka,exact,stock] [--threads T] [--incr K]
 *             [--queries Q] [--estimate] [--pool FILE] [--from DIR[,DIR...]]
 *
 * --from runs nothing: it merges the runs.tsv files (every measure of every
 * run) that earlier invocations wrote into their DIRs, and writes the
 * reports of the whole, e.g. three repetitions at 10k and 100k with one at
 * 1M. A DIR's repetitions are numbered on after those of the DIRs before it.
 * Every (scenario, system, N, repetition) runs in a child process of its
 * own, so that its peak RSS is its own and no run warms another's caches.
 * The child generates the N records into memory first (not timed; its RSS
 * then is reported as base_rss_kb, and the peak includes it), runs, and
 * sends its measures back through a pipe. Medians over the repetitions are
 * reported in DIR/report.md, DIR/report.json and DIR/throughput_memory.svg;
 * DIR/runs.tsv holds every measure of every run.
 *
 * Scenarios:
 *   normalize    aka_normalize on every value of the records (values/s),
 *                and on the names alone beside the stock pipeline's ICU
 *                transliteration of the same names (names/s).
 *   names        aka_name_compare and the stock JW on pairs of the records'
 *                names: half of them two records of one person, half random
 *                (pairs/s, and precision/recall/F1 of each `same` against
 *                "one person", which namesakes make imperfect for both).
 *   resolve      bulk resolution of N records by libaka (records built on
 *                T threads a batch at a time and given to
 *                aka_engine_add_many, then
 *                aka_engine_bulk_end on T threads), by exact match and by
 *                the stock pipeline (one thread):
 *                records/s from raw strings to entities (each system
 *                timed from nothing: libaka's engine made, the stock
 *                transliterator opened inside the time), peak RSS, B-cubed
 *                and pairwise P/R/F1, and blocking pair completeness and
 *                reduction ratio.
 *   incremental  after the bulk load, K later records (synth.h's extra
 *                records: mostly people already loaded) added one by one:
 *                p50/p99 latency of aka_engine_add; then the seconds of
 *                aka_engine_rescore over all of them.
 *   search       after the bulk load, Q searches (aka_engine_search, k = 10)
 *                with a record's name and birth year: p50/p99 latency and
 *                the share of queries whose person is among the results.
 *   saveload     after the bulk load (libaka only: the baselines hold
 *                nothing to save), aka_engine_save to a snapshot in DIR
 *                (removed afterwards) and aka_engine_load_msg back, each
 *                timed; the snapshot's size; the records whose entity is
 *                not the same in the loaded engine (must be 0: the run
 *                fails otherwise); and the resolve time / load time ratio
 *                (issue 5 asks for at least 5).
 *
 * --estimate adds a system "libaka+em" to `resolve`: in a child of its own,
 * the same bulk load, then one aka_engine_estimate (timed; its time is in
 * the row's seconds and records/s), and the entities scored after it. Its
 * blocking is libaka's (the estimate does not touch the index), so not
 * repeated. The other scenarios run on the engine with the default model.
 *
 * The baselines:
 *   exact  records with the same aka_normalize'd name and date of birth are
 *          one entity; a record missing either stays alone.
 *   stock  ICU "Any-Latin; Latin-ASCII; Lower" over the whole name, tokens
 *          sorted, Jaro-Winkler >= 0.88 on those strings, dates of birth
 *          agreeing where both records have one (equal, or one a partial
 *          prefix of the other; read with aka_normalize, which is more than
 *          a stock pipeline parses), union-find over the agreeing pairs.
 *          Blocking: records sharing the first letters of their sorted
 *          tokens ("ivan ivanov" -> "ii"); each pair of distinct names in a
 *          block is compared once.
 *
 * Blocking figures count record pairs. For the baselines, the pairs inside
 * their blocks. For libaka, the pairs aka_engine_bulk_end compares, re-
 * derived from the engine's own index after the run: every record's
 * candidates (records sharing a usable blocking key), most shared keys
 * first, at most the engine's AKA__MAX_CANDIDATES (64) of them (past
 * AKA__WEAK_CANDIDATES, only those of AKA__REVIEW_EVIDENCE), each pair
 * counted from its later record, as bulk_end does. Pair completeness is
 * the share of true pairs among those compared; the reduction ratio is
 * 1 - compared / (N (N - 1) / 2).
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "aka.h"
#include "bench_util.h"
#include "core/parallel.h"
#include "em.h"
#include "engine/engine.h"
#include "feed.h"
#include "index/index.h"
#include "score.h"
#include "stock.h"
#include "core/pool.h"
#include "synth.h"

#ifndef AKA_BENCH_DATA_DIR
#define AKA_BENCH_DATA_DIR "bench/data"
#endif

/* --out: reports, and the saveload scenario's snapshot. */
static const char *g_out_dir = "bench-out";

static int cmp_u64_bench(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* ---- one run's measures ---------------------------------------------------- */

#define MAX_METRICS 40

typedef struct run {
    char scenario[16], system[16];
    uint32_t n, rep;
    uint32_t nm;
    struct {
        char key[32];
        double v;
    } m[MAX_METRICS];
} run;

static void put_metric(run *r, const char *key, double v)
{
    if (r->nm == MAX_METRICS)
        return;
    snprintf(r->m[r->nm].key, sizeof r->m[r->nm].key, "%s", key);
    r->m[r->nm++].v = v;
}

static int get_metric(const run *r, const char *key, double *v)
{
    for (uint32_t i = 0; i < r->nm; i++)
        if (strcmp(r->m[i].key, key) == 0) {
            *v = r->m[i].v;
            return 1;
        }
    return 0;
}

static void run_init(run *r, const char *scenario, const char *system, size_t n,
                     unsigned rep)
{
    memset(r, 0, sizeof *r);
    snprintf(r->scenario, sizeof r->scenario, "%s", scenario);
    snprintf(r->system, sizeof r->system, "%s", system);
    r->n = (uint32_t)n;
    r->rep = rep;
}

static void put_quality(run *r, const quality *q)
{
    put_metric(r, "entities", (double)q->entities);
    put_metric(r, "true_clusters", (double)q->truth_clusters);
    put_metric(r, "bcubed_precision", q->b3_p);
    put_metric(r, "bcubed_recall", q->b3_r);
    put_metric(r, "bcubed_f1", q->b3_f1);
    put_metric(r, "pairwise_precision", q->pw_p);
    put_metric(r, "pairwise_recall", q->pw_r);
    put_metric(r, "pairwise_f1", q->pw_f1);
}

static void put_blocking(run *r, double pairs, double true_in, double true_all,
                         size_t n)
{
    double all = (double)n * ((double)n - 1) / 2;
    put_metric(r, "candidate_pairs", pairs);
    put_metric(r, "pair_completeness", true_all > 0 ? true_in / true_all : 1);
    put_metric(r, "reduction_ratio", all > 0 ? 1 - pairs / all : 0);
}

/* ---- the records, generated before any timing ----------------------------- */

typedef struct data {
    size_t n;
    char *arena;        /* the fields of every record, each NUL-ended */
    size_t *off;        /* record i's first field */
    uint64_t *truth;
} data;

static void data_make(data *d, const synth *s, size_t n)
{
    size_t cap = n * 96 + 1024, len = 0;
    synth_rec rec;
    d->n = n;
    d->arena = xrealloc(NULL, cap);
    d->off = xrealloc(NULL, (n ? n : 1) * sizeof *d->off);
    d->truth = xrealloc(NULL, (n ? n : 1) * sizeof *d->truth);
    for (size_t i = 0; i < n; i++) {
        synth_record(s, i, &rec);
        d->off[i] = len;
        d->truth[i] = rec.truth;
        for (int f = 0; f < SYNTH_NFIELDS; f++) {
            size_t fl = strlen(rec.field[f]) + 1;
            if (len + fl > cap)
                d->arena = xrealloc(d->arena, cap *= 2);
            memcpy(d->arena + len, rec.field[f], fl);
            len += fl;
        }
    }
}

/* Record i as a synth_rec whose fields point into the arena. */
static void data_get(const data *d, size_t i, synth_rec *rec)
{
    const char *p = d->arena + d->off[i];
    for (int f = 0; f < SYNTH_NFIELDS; f++) {
        rec->field[f] = p;
        p += strlen(p) + 1;
    }
    rec->truth = d->truth[i];
}

/* The record's full name as one string: the name column, or given and
 * family joined by a space. */
static const char *full_name(const synth_rec *rec, char *buf, size_t cap)
{
    if (rec->field[SYNTH_NAME][0])
        return rec->field[SYNTH_NAME];
    snprintf(buf, cap, "%s%s%s", rec->field[SYNTH_GIVEN_NAME],
             rec->field[SYNTH_GIVEN_NAME][0] && rec->field[SYNTH_FAMILY_NAME][0] ? " " : "",
             rec->field[SYNTH_FAMILY_NAME]);
    return buf;
}

/* ---- scenario: normalisation ----------------------------------------------- */

static void scen_normalize(const data *d, int fd, unsigned rep)
{
    static const aka_feature kind_of[SYNTH_NFIELDS] = {
        0, 0, AKA_NAME, AKA_GIVEN_NAME, AKA_FAMILY_NAME, AKA_DATE_OF_BIRTH,
        AKA_NATIONALITY, AKA_DOCUMENT, AKA_PHONE, AKA_EMAIL, AKA_GENDER};
    char out[1024], nb[1024];
    synth_rec rec;
    size_t values = 0, errors = 0;
    double t0 = now_sec();
    for (size_t i = 0; i < d->n; i++) {
        data_get(d, i, &rec);
        for (int f = 0; f < SYNTH_NFIELDS; f++) {
            size_t len = strlen(rec.field[f]), ol;
            if (!kind_of[f] || !len)
                continue;
            values++;
            errors += aka_normalize(kind_of[f], rec.field[f], len, out, sizeof out,
                                    &ol) != AKA_OK;
        }
    }
    double t_all = now_sec() - t0;
    /* Names alone, libaka then the stock transliteration. */
    t0 = now_sec();
    for (size_t i = 0; i < d->n; i++) {
        data_get(d, i, &rec);
        const char *nm = full_name(&rec, nb, sizeof nb);
        size_t ol;
        if (*nm)
            (void)aka_normalize(AKA_NAME, nm, strlen(nm), out, sizeof out, &ol);
    }
    double t_aka = now_sec() - t0;
    stock st;
    if (stock_open(&st) != 0)
        exit(3);
    t0 = now_sec();
    for (size_t i = 0; i < d->n; i++) {
        data_get(d, i, &rec);
        const char *nm = full_name(&rec, nb, sizeof nb);
        if (*nm)
            (void)stock_translit(&st, 0, nm, strlen(nm));
    }
    double t_stock = now_sec() - t0;
    stock_close(&st);
    run r;
    run_init(&r, "normalize", "libaka", d->n, rep);
    put_metric(&r, "values", (double)values);
    put_metric(&r, "value_errors", (double)errors);
    put_metric(&r, "values_per_s", t_all > 0 ? (double)values / t_all : 0);
    put_metric(&r, "names_per_s", t_aka > 0 ? (double)d->n / t_aka : 0);
    if (write(fd, &r, sizeof r) != (ssize_t)sizeof r)
        exit(3);
    run_init(&r, "normalize", "stock", d->n, rep);
    put_metric(&r, "names_per_s", t_stock > 0 ? (double)d->n / t_stock : 0);
    if (write(fd, &r, sizeof r) != (ssize_t)sizeof r)
        exit(3);
}

/* ---- scenario: name comparison ----------------------------------------------- */

typedef struct cmp_counts {
    size_t tp, fp, fn;
} cmp_counts;

static void put_counts(run *r, const cmp_counts *c)
{
    double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 1;
    double rc = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 1;
    put_metric(r, "same_precision", p);
    put_metric(r, "same_recall", rc);
    put_metric(r, "same_f1", score_f1(p, rc));
}

static void scen_names(const data *d, int fd, unsigned rep, uint64_t seed)
{
    /* Pairs: half two records of one person (found by sorting on the
     * truth), half random. */
    size_t m = d->n < 50000 ? d->n : 50000;
    uint64_t *key = xrealloc(NULL, (d->n ? d->n : 1) * sizeof *key);
    for (size_t i = 0; i < d->n; i++)
        key[i] = d->truth[i] << 24 | (i & 0xffffff);
    qsort(key, d->n, sizeof *key, cmp_u64_bench);
    size_t (*pr)[2] = xrealloc(NULL, (m ? m : 1) * sizeof *pr), np = 0;
    for (size_t i = 0; i + 1 < d->n && np < m / 2; i++)
        if (key[i] >> 24 == key[i + 1] >> 24) {
            pr[np][0] = (size_t)(key[i] & 0xffffff);
            pr[np][1] = (size_t)(key[i + 1] & 0xffffff);
            if (pr[np][0] < d->n && pr[np][1] < d->n)
                np++;
        }
    rng r;
    rng_seed(&r, seed ^ 0xA11CEull);
    while (np < m && d->n >= 2) {
        pr[np][0] = rng_below(&r, d->n);
        pr[np][1] = rng_below(&r, d->n);
        np++;
    }
    free(key);
    char ba[1024], bb[1024];
    synth_rec ra, rb;
    cmp_counts ca = {0, 0, 0}, cs = {0, 0, 0};
    double t0 = now_sec();
    for (size_t i = 0; i < np; i++) {
        data_get(d, pr[i][0], &ra);
        data_get(d, pr[i][1], &rb);
        const char *a = full_name(&ra, ba, sizeof ba), *b = full_name(&rb, bb, sizeof bb);
        int same = 0, truth = ra.truth == rb.truth;
        if (aka_name_compare(a, strlen(a), b, strlen(b), NULL, &same) != AKA_OK)
            same = 0;
        ca.tp += same && truth;
        ca.fp += same && !truth;
        ca.fn += !same && truth;
    }
    double t_aka = now_sec() - t0;
    stock st;
    if (stock_open(&st) != 0)
        exit(3);
    t0 = now_sec();
    for (size_t i = 0; i < np; i++) {
        data_get(d, pr[i][0], &ra);
        data_get(d, pr[i][1], &rb);
        const char *a = full_name(&ra, ba, sizeof ba), *b = full_name(&rb, bb, sizeof bb);
        int same = stock_compare(&st, a, strlen(a), b, strlen(b)) >= STOCK_SAME_JW;
        int truth = ra.truth == rb.truth;
        cs.tp += same && truth;
        cs.fp += same && !truth;
        cs.fn += !same && truth;
    }
    double t_stock = now_sec() - t0;
    stock_close(&st);
    free(pr);
    run out;
    run_init(&out, "names", "libaka", d->n, rep);
    put_metric(&out, "pairs", (double)np);
    put_metric(&out, "pairs_per_s", t_aka > 0 ? (double)np / t_aka : 0);
    put_counts(&out, &ca);
    if (write(fd, &out, sizeof out) != (ssize_t)sizeof out)
        exit(3);
    run_init(&out, "names", "stock", d->n, rep);
    put_metric(&out, "pairs", (double)np);
    put_metric(&out, "pairs_per_s", t_stock > 0 ? (double)np / t_stock : 0);
    put_counts(&out, &cs);
    if (write(fd, &out, sizeof out) != (ssize_t)sizeof out)
        exit(3);
}

/* ---- helpers of the resolution scenarios ------------------------------------ */

static void send_run(int fd, const run *r)
{
    if (write(fd, r, sizeof *r) != (ssize_t)sizeof *r)
        exit(3);
}

static uint32_t uf_find(uint32_t *p, uint32_t x)
{
    while (p[x] != x) {
        p[x] = p[p[x]];
        x = p[x];
    }
    return x;
}

static void uf_union(uint32_t *p, uint32_t a, uint32_t b)
{
    a = uf_find(p, a);
    b = uf_find(p, b);
    if (a != b) {
        if (a < b)
            p[b] = a;
        else
            p[a] = b;
    }
}

static uint64_t fnv1a(const void *bytes, size_t n, uint64_t h)
{
    const unsigned char *p = bytes;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 0x100000001B3ull;
    return h;
}

#define FNV_BASIS 0xCBF29CE484222325ull

/* A date of birth as kind << 32 | value: kind 0 none, 1 year (YYYY),
 * 2 year and month (YYYYMM), 3 full (YYYYMMDD); read with aka_normalize. */
static uint64_t dob_code(const char *v)
{
    char b[32];
    size_t len;
    if (!*v || aka_normalize(AKA_DATE_OF_BIRTH, v, strlen(v), b, sizeof b - 1, &len) != AKA_OK)
        return 0;
    b[len] = '\0';
    int y = atoi(b), m = len >= 7 ? atoi(b + 5) : 0, dd = len >= 10 ? atoi(b + 8) : 0;
    if (len >= 10)
        return 3ull << 32 | (uint64_t)(y * 10000 + m * 100 + dd);
    if (len >= 7)
        return 2ull << 32 | (uint64_t)(y * 100 + m);
    return 1ull << 32 | (uint64_t)y;
}

/* CPU time the hypervisor gave other guests (Linux /proc/stat "steal",
 * all CPUs), in seconds; NAN where there is none to read. On a shared VM
 * it says how much of a run's wall time went to someone else. */
static double steal_seconds(void)
{
    FILE *f = fopen("/proc/stat", "r");
    if (!f)
        return NAN;
    unsigned long long v[8];
    int got = fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1],
                     &v[2], &v[3], &v[4], &v[5], &v[6], &v[7]);
    fclose(f);
    long hz = sysconf(_SC_CLK_TCK);
    return got == 8 && hz > 0 ? (double)v[7] / (double)hz : NAN;
}

static double g_steal_start = NAN;

/* The start of a timed resolution: its wall clock, and the steal so far
 * (put_resources reports the steal since). */
static double timer_start(void)
{
    g_steal_start = steal_seconds();
    return now_sec();
}

static void put_resources(run *r, size_t n, double sec, long base_rss)
{
    double steal = steal_seconds() - g_steal_start;
    put_metric(r, "records", (double)n);
    put_metric(r, "seconds", sec);
    if (!isnan(steal))
        put_metric(r, "steal_seconds", steal);
    put_metric(r, "records_per_s", sec > 0 ? (double)n / sec : 0);
    long peak = score_peak_rss_kb();
    put_metric(r, "peak_rss_kb", (double)peak);
    put_metric(r, "base_rss_kb", (double)base_rss);
    put_metric(r, "own_rss_kb", (double)(peak - base_rss));
}

/* ---- baseline: exact match on normalised name and date of birth ------------- */

static void scen_exact(const data *d, size_t n, int fd, unsigned rep, long base_rss)
{
    uint64_t *label = xrealloc(NULL, (n ? n : 1) * sizeof *label);
    char nb[1024], out[1024], dob[64];
    synth_rec rec;
    double t0 = timer_start();
    for (size_t i = 0; i < n; i++) {
        data_get(d, i, &rec);
        const char *nm = full_name(&rec, nb, sizeof nb);
        const char *dv = rec.field[SYNTH_DATE_OF_BIRTH];
        size_t nl, dl;
        if (*nm && *dv &&
            aka_normalize(AKA_NAME, nm, strlen(nm), out, sizeof out, &nl) == AKA_OK &&
            aka_normalize(AKA_DATE_OF_BIRTH, dv, strlen(dv), dob, sizeof dob, &dl) == AKA_OK) {
            uint64_t h = fnv1a(out, nl, FNV_BASIS);
            h = fnv1a("|", 1, h);
            label[i] = fnv1a(dob, dl, h) >> 1; /* top bit clear */
        } else
            label[i] = UINT64_MAX - i; /* alone */
    }
    double sec = now_sec() - t0;
    run r;
    run_init(&r, "resolve", "exact", n, rep);
    put_resources(&r, n, sec, base_rss);
    quality q;
    score_quality(&q, label, d->truth, n);
    put_quality(&r, &q);
    put_blocking(&r, q.found_pairs, q.hit_pairs, q.true_pairs, n);
    send_run(fd, &r);
    free(label);
}

/* ---- baseline: the stock pipeline -------------------------------------------- */

typedef struct srec {
    uint64_t block;   /* hash of the first letters of the sorted tokens */
    uint64_t dob;     /* dob_code */
    size_t name;      /* offset of the sorted-token name in the UChar arena */
    int32_t len;
} srec;

static const UChar *g_names; /* the arena, for the comparator */
static const srec *g_recs;

static int by_block_name(const void *x, const void *y)
{
    const srec *a = &g_recs[*(const uint32_t *)x], *b = &g_recs[*(const uint32_t *)y];
    if (a->block != b->block)
        return a->block < b->block ? -1 : 1;
    int32_t l = a->len < b->len ? a->len : b->len;
    int c = memcmp(g_names + a->name, g_names + b->name, (size_t)l * sizeof(UChar));
    if (c)
        return c;
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    uint32_t i = *(const uint32_t *)x, j = *(const uint32_t *)y;
    return (i > j) - (i < j);
}

typedef struct tok {
    const UChar *p;
    int32_t len;
} tok;

static int by_tok(const void *x, const void *y)
{
    const tok *a = x, *b = y;
    int32_t l = a->len < b->len ? a->len : b->len;
    for (int32_t i = 0; i < l; i++)
        if (a->p[i] != b->p[i])
            return a->p[i] < b->p[i] ? -1 : 1;
    return (a->len > b->len) - (a->len < b->len);
}

static int is_word(UChar c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
           (c >= 'A' && c <= 'Z');
}

/* Union the records of two name groups (or one, n2 == 0) whose dates of
 * birth agree: equal, or one a partial prefix of the other, or missing on
 * either side. Each record is joined to one representative per compatible
 * key, which gives the same components as joining every agreeing pair. */
typedef struct dkey {
    uint64_t code;
    uint32_t rec;
} dkey;

static int by_code(const void *x, const void *y)
{
    const dkey *a = x, *b = y;
    if (a->code != b->code)
        return a->code < b->code ? -1 : 1;
    return (a->rec > b->rec) - (a->rec < b->rec);
}

static const dkey *find_code(const dkey *k, size_t n, uint64_t code)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (k[mid].code < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && k[lo].code == code ? &k[lo] : NULL;
}

static void union_agreeing(uint32_t *parent, const srec *recs, const uint32_t *a,
                           size_t na, const uint32_t *b, size_t nb, dkey **buf,
                           size_t *cap)
{
    size_t n = na + nb;
    if (n > *cap) {
        *cap = n * 2;
        *buf = xrealloc(*buf, *cap * sizeof **buf);
    }
    dkey *k = *buf;
    for (size_t i = 0; i < na; i++)
        k[i] = (dkey){recs[a[i]].dob, a[i]};
    for (size_t i = 0; i < nb; i++)
        k[na + i] = (dkey){recs[b[i]].dob, b[i]};
    qsort(k, n, sizeof *k, by_code);
    const dkey *none = n && k[0].code == 0 ? &k[0] : NULL;
    for (size_t i = 0; i < n; i++) {
        uint64_t c = k[i].code, kind = c >> 32, v = c & 0xffffffffu;
        const dkey *rep = find_code(k, n, c), *o;
        uf_union(parent, k[i].rec, rep->rec);
        if (none)
            uf_union(parent, k[i].rec, none->rec);
        if (kind == 3) {
            if ((o = find_code(k, n, 2ull << 32 | v / 100)))
                uf_union(parent, k[i].rec, o->rec);
            if ((o = find_code(k, n, 1ull << 32 | v / 10000)))
                uf_union(parent, k[i].rec, o->rec);
        } else if (kind == 2 && (o = find_code(k, n, 1ull << 32 | v / 100)))
            uf_union(parent, k[i].rec, o->rec);
    }
}

static void scen_stock(const data *d, size_t n, int fd, unsigned rep, long base_rss)
{
    /* Timed from nothing, as libaka and the exact baseline are: opening
     * the transliterator loads ICU's rules, as libaka's first names do. */
    double t0 = timer_start();
    stock st;
    if (stock_open(&st) != 0)
        exit(3);
    srec *recs = xrealloc(NULL, (n ? n : 1) * sizeof *recs);
    size_t acap = n * 24 + 1024, alen = 0;
    UChar *arena = xrealloc(NULL, acap * sizeof *arena);
    tok toks[64];
    char nb[1024];
    synth_rec rec;
    unsigned char *flags = NULL;
    size_t flagcap = 0;
    /* 1. Transliterate, sort the tokens, block key and date per record. */
    for (size_t i = 0; i < n; i++) {
        data_get(d, i, &rec);
        const char *nm = full_name(&rec, nb, sizeof nb);
        int32_t ul = *nm ? stock_translit(&st, 0, nm, strlen(nm)) : -1;
        size_t nt = 0;
        const UChar *u = st.u[0];
        for (int32_t j = 0; ul > 0 && j < ul && nt < 64;) {
            while (j < ul && !is_word(u[j]))
                j++;
            int32_t s0 = j;
            while (j < ul && is_word(u[j]))
                j++;
            if (j > s0)
                toks[nt++] = (tok){u + s0, j - s0};
        }
        recs[i].dob = dob_code(rec.field[SYNTH_DATE_OF_BIRTH]);
        if (nt == 0) {
            recs[i].block = UINT64_MAX - i; /* no name: alone */
            recs[i].name = 0;
            recs[i].len = 0;
            continue;
        }
        qsort(toks, nt, sizeof *toks, by_tok);
        size_t need = (size_t)ul + nt + 1;
        if (alen + need > acap) {
            acap = (acap + need) * 2;
            arena = xrealloc(arena, acap * sizeof *arena);
        }
        recs[i].name = alen;
        UChar first[64];
        for (size_t t = 0; t < nt; t++) {
            if (t)
                arena[alen++] = ' ';
            memcpy(arena + alen, toks[t].p, (size_t)toks[t].len * sizeof(UChar));
            alen += (size_t)toks[t].len;
            first[t] = toks[t].p[0];
        }
        recs[i].len = (int32_t)(alen - recs[i].name);
        recs[i].block = fnv1a(first, nt * sizeof(UChar), FNV_BASIS) >> 1;
    }
    /* 2. Records by block, then by name: runs of one name within a block. */
    uint32_t *ord = xrealloc(NULL, (n ? n : 1) * sizeof *ord);
    uint32_t *parent = xrealloc(NULL, (n ? n : 1) * sizeof *parent);
    for (size_t i = 0; i < n; i++)
        ord[i] = (uint32_t)i, parent[i] = (uint32_t)i;
    g_names = arena;
    g_recs = recs;
    qsort(ord, n, sizeof *ord, by_block_name);
    /* 3. Per block: each pair of distinct names, JW >= 0.88, dates agree. */
    size_t *gstart = NULL, gcap = 0;
    dkey *kbuf = NULL;
    size_t kcap = 0;
    double compared = 0;
    for (size_t b0 = 0, b1; b0 < n; b0 = b1) {
        b1 = b0 + 1;
        while (b1 < n && recs[ord[b1]].block == recs[ord[b0]].block)
            b1++;
        size_t ng = 0;
        for (size_t i = b0; i < b1; i++) {
            const srec *x = &recs[ord[i]];
            if (i > b0) {
                const srec *y = &recs[ord[i - 1]];
                if (x->len == y->len &&
                    memcmp(arena + x->name, arena + y->name, (size_t)x->len * sizeof(UChar)) == 0)
                    continue;
            }
            if (ng + 2 > gcap)
                gstart = xrealloc(gstart, (gcap = gcap * 2 + 64) * sizeof *gstart);
            gstart[ng++] = i;
        }
        gstart[ng] = b1;
        for (size_t g = 0; g < ng; g++) {
            const srec *x = &recs[ord[gstart[g]]];
            union_agreeing(parent, recs, ord + gstart[g], gstart[g + 1] - gstart[g],
                           NULL, 0, &kbuf, &kcap);
            for (size_t h = g + 1; h < ng; h++) {
                const srec *y = &recs[ord[gstart[h]]];
                /* JW >= 0.88 needs Jaro >= 0.8, impossible when the shorter
                 * string is under 0.4 of the longer: skip without changing
                 * any decision. */
                int32_t lo = x->len < y->len ? x->len : y->len;
                int32_t hi = x->len < y->len ? y->len : x->len;
                if ((double)lo < 0.4 * (double)hi)
                    continue;
                if ((size_t)(lo + hi) > flagcap)
                    flags = xrealloc(flags, flagcap = (size_t)(lo + hi) * 2);
                compared++;
                if (stock_jaro_winkler(arena + x->name, x->len, arena + y->name,
                                       y->len, flags) >= STOCK_SAME_JW)
                    union_agreeing(parent, recs, ord + gstart[g],
                                   gstart[g + 1] - gstart[g], ord + gstart[h],
                                   gstart[h + 1] - gstart[h], &kbuf, &kcap);
            }
        }
    }
    uint64_t *label = xrealloc(NULL, (n ? n : 1) * sizeof *label);
    for (size_t i = 0; i < n; i++)
        label[i] = uf_find(parent, (uint32_t)i);
    double sec = now_sec() - t0;
    run r;
    run_init(&r, "resolve", "stock", n, rep);
    put_resources(&r, n, sec, base_rss);
    quality q;
    score_quality(&q, label, d->truth, n);
    put_quality(&r, &q);
    uint64_t *blk = label; /* reuse: the block of each record */
    for (size_t i = 0; i < n; i++)
        blk[i] = recs[i].block;
    double bp, bt;
    score_label_pairs(blk, d->truth, n, &bp, &bt);
    put_blocking(&r, bp, bt, q.true_pairs, n);
    put_metric(&r, "name_comparisons", compared);
    send_run(fd, &r);
    stock_close(&st);
    free(label);
    free(parent);
    free(ord);
    free(gstart);
    free(kbuf);
    free(flags);
    free(arena);
    free(recs);
}

/* ---- libaka ------------------------------------------------------------------ */

/* The record pairs aka_engine_bulk_end compared (see the top comment), and
 * how many of them are true pairs. Reads the engine's index under its read
 * lock, after the run. truth is by stream position; record ids are "r<pos>". */
static void engine_blocking(aka_engine *e, const uint64_t *truth, size_t npos,
                            double *pairs, double *true_in)
{
    aka__engine_read(e);
    uint32_t n = e->store.n;
    uint64_t *t = xrealloc(NULL, (n ? n : 1) * sizeof *t);
    for (uint32_t i = 0; i < n; i++) {
        const aka__rec *r = &e->store.rec[i];
        t[i] = UINT64_MAX - i;
        if (!r->live)
            continue;
        size_t pos = (size_t)strtoull(r->key + r->srclen + 2, NULL, 10);
        if (pos < npos)
            t[i] = truth[pos];
    }
    aka__index_scratch sc = {0};
    aka__cand *c = NULL;
    size_t cap = 0;
    double p = 0, tp = 0;
    for (uint32_t i = 0; i < n; i++) {
        const aka__rec *r = &e->store.rec[i];
        if (!r->live)
            continue;
        size_t nc = 0;
        /* the engine's own choice of candidates, in its order */
        if (aka__engine_compared(e, r->keys, r->nkeys, 1, AKA__RESOLVE_EVIDENCE,
                                 i, -1, &sc, &c, &cap, &nc) != AKA_OK)
            continue;
        for (size_t k = 0; k < nc; k++) {
            uint32_t o = c[k].record;
            if (o < i) {
                p++;
                tp += t[o] == t[i];
            }
        }
    }
    aka__engine_unlock(e);
    aka__index_scratch_free(&sc);
    free(c);
    free(t);
    *pairs = p;
    *true_in = tp;
}

typedef struct ent_truth {
    uint64_t entity, truth;
} ent_truth;

static int by_ent_truth(const void *x, const void *y)
{
    const ent_truth *a = x, *b = y;
    if (a->entity != b->entity)
        return a->entity < b->entity ? -1 : 1;
    return (a->truth > b->truth) - (a->truth < b->truth);
}

typedef struct aka_jobs {
    int incremental, search, saveload;
    int estimate;          /* the libaka+em child: resolve, estimate, nothing else */
    unsigned threads;
    size_t queries;
    uint64_t seed;
} aka_jobs;

/* The saveload scenario on the engine just bulk-loaded in sec seconds:
 * save, load, compare every record's entity with found[]. */
static void scen_saveload(aka_engine *e, const data *d, size_t n, const uint64_t *found,
                          double sec, int fd, unsigned rep)
{
    char path[4096], msg[256];
    snprintf(path, sizeof path, "%s/saveload-%ld.snap", g_out_dir, (long)getpid());
    double t0 = now_sec();
    if (aka_engine_save(e, path) != AKA_OK) {
        fprintf(stderr, "aka-bench: save: %s\n", aka_engine_errmsg(e));
        exit(3);
    }
    double save_sec = now_sec() - t0;
    struct stat sb;
    double bytes = stat(path, &sb) == 0 ? (double)sb.st_size : NAN;
    aka_engine *l = NULL;
    t0 = now_sec();
    aka_status st = aka_engine_load_msg(path, NULL, &l, msg, sizeof msg);
    double load_sec = now_sec() - t0;
    (void)unlink(path); /* it holds the records: not left behind */
    if (st != AKA_OK) {
        fprintf(stderr, "aka-bench: load: %s\n", msg);
        exit(3);
    }
    /* Not timed: every record must be in the entity it was in before. */
    size_t changed = 0;
    synth_rec sr;
    for (size_t i = 0; i < n; i++) {
        data_get(d, i, &sr);
        const char *src = sr.field[SYNTH_SOURCE], *id = sr.field[SYNTH_RECORD_ID];
        uint64_t ent;
        if (aka_engine_entity_of(l, src, strlen(src), id, strlen(id), &ent) != AKA_OK)
            ent = UINT64_MAX - i; /* as found[] marks a lost record */
        changed += ent != found[i];
    }
    run r;
    run_init(&r, "saveload", "libaka", n, rep);
    put_metric(&r, "records", (double)n);
    put_metric(&r, "resolve_seconds", sec);
    put_metric(&r, "save_seconds", save_sec);
    put_metric(&r, "snapshot_bytes", bytes);
    put_metric(&r, "load_seconds", load_sec);
    put_metric(&r, "load_speedup", load_sec > 0 ? sec / load_sec : NAN);
    put_metric(&r, "records_changed", (double)changed);
    /* Both engines are in memory at this point. */
    put_metric(&r, "peak_rss_kb", (double)score_peak_rss_kb());
    send_run(fd, &r);
    aka_engine_free(l);
}

/* Bulk feeding: aka_record_add normalises each value (an engine without
 * options that change them takes the record's canonical values as they
 * are), so records are built on all threads, a batch at a time, and then
 * given to aka_engine_add_many, which derives their keys on the engine's
 * threads and adds them in order: the same engine as adding one by one. */
#define FEED_BATCH 2048

/* One batch: the records and their keys, by position in the batch. */
typedef struct feed_batch {
    aka_record *recs[FEED_BATCH];
    const char *srcs[FEED_BATCH], *ids[FEED_BATCH];
    size_t sl[FEED_BATCH], il[FEED_BATCH];
    aka_status st[FEED_BATCH];
} feed_batch;

typedef struct feed_job {
    const data *d;
    feed_batch *b;
    size_t base;                /* the batch's first record number */
    size_t first, end;          /* record numbers of this thread's share */
    size_t rejected;
} feed_job;

static void *feed_worker(void *arg)
{
    feed_job *j = arg;
    synth_rec sr;
    for (size_t i = j->first; i < j->end; i++) {
        size_t k = i - j->base;
        data_get(j->d, i, &sr);
        feed_record(j->b->recs[k], &sr, &j->rejected);
        j->b->srcs[k] = sr.field[SYNTH_SOURCE];
        j->b->ids[k] = sr.field[SYNTH_RECORD_ID];
        j->b->sl[k] = strlen(j->b->srcs[k]);
        j->b->il[k] = strlen(j->b->ids[k]);
    }
    return NULL;
}

/* The reading side of a feed: batches normalised in turn into two
 * buffers, on a thread of its own and the pool, while the caller adds the
 * other buffer's records to the engine. */
typedef struct feeder {
    const data *d;
    size_t n;
    unsigned threads;
    aka__pool *pool;            /* NULL: aka__run_parts */
    feed_batch *buf[2];
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int full[2];                /* buffer holds a batch not yet added */
    size_t rejected;            /* values refused, summed over batches */
} feeder;

static void *feeder_main(void *arg)
{
    feeder *f = arg;
    for (size_t b = 0, k = 0; b < f->n; b += FEED_BATCH, k ^= 1) {
        pthread_mutex_lock(&f->mu);
        while (f->full[k])
            pthread_cond_wait(&f->cv, &f->mu);
        pthread_mutex_unlock(&f->mu);
        size_t m = f->n - b < FEED_BATCH ? f->n - b : FEED_BATCH;
        feed_job job[16];
        for (unsigned t = 0; t < f->threads; t++)
            job[t] = (feed_job){f->d, f->buf[k], b, b + m * t / f->threads,
                                b + m * (t + 1) / f->threads, 0};
        aka__pool_run(f->pool, feed_worker, job, sizeof *job, f->threads);
        pthread_mutex_lock(&f->mu);
        for (unsigned t = 0; t < f->threads; t++)
            f->rejected += job[t].rejected;
        f->full[k] = 1;
        pthread_cond_broadcast(&f->cv);
        pthread_mutex_unlock(&f->mu);
    }
    return NULL;
}

/* Add records [0, n) to e in order, as a host loading a file would: the
 * records of the next batch are read (normalised) on `threads` threads
 * while this one adds the current batch with aka_engine_add_many, which
 * derives their keys on the engine's threads and adds them in order: the
 * same engine as adding one by one. Returns the adds that failed; counts
 * refused values. */
static size_t feed_engine(aka_engine *e, const data *d, size_t n,
                          unsigned threads, size_t *rejected)
{
    static feed_batch fb[2];
    for (int k = 0; k < 2; k++)
        for (size_t r = 0; r < FEED_BATCH; r++)
            if (aka_record_new(&fb[k].recs[r]) != AKA_OK)
                exit(3);
    if (threads < 1)
        threads = 1;
    if (threads > 16)
        threads = 16;
    /* The reading threads are kept for the whole feed: a thread's Unicode
     * context (transliterators, the cache of romanised words) dies with
     * it. */
    aka__pool pool;
    int pooled = aka__pool_init(&pool, threads - 1) == 0;
    feeder f = {d, n, threads, pooled ? &pool : NULL, {&fb[0], &fb[1]},
                PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, {0, 0}, 0};
    pthread_t tid;
    if (pthread_create(&tid, NULL, feeder_main, &f) != 0) {
        fputs("aka-bench: cannot start the reading thread\n", stderr);
        exit(3);
    }
    size_t failed = 0;
    for (size_t b = 0, k = 0; b < n; b += FEED_BATCH, k ^= 1) {
        size_t m = n - b < FEED_BATCH ? n - b : FEED_BATCH;
        pthread_mutex_lock(&f.mu);
        while (!f.full[k])
            pthread_cond_wait(&f.cv, &f.mu);
        pthread_mutex_unlock(&f.mu);
        feed_batch *cur = &fb[k];
        (void)aka_engine_add_many(e, m, cur->srcs, cur->sl, cur->ids, cur->il,
                                  (const aka_record *const *)cur->recs, cur->st,
                                  NULL);
        for (size_t r = 0; r < m; r++)
            failed += cur->st[r] != AKA_OK;
        pthread_mutex_lock(&f.mu);
        f.full[k] = 0;
        pthread_cond_broadcast(&f.cv);
        pthread_mutex_unlock(&f.mu);
    }
    pthread_join(tid, NULL);
    *rejected += f.rejected;
    if (pooled)
        aka__pool_destroy(&pool);
    for (int k = 0; k < 2; k++)
        for (size_t r = 0; r < FEED_BATCH; r++)
            aka_record_free(fb[k].recs[r]);
    return failed;
}

static void scen_aka(const data *d, size_t n, int fd, unsigned rep, long base_rss,
                     const aka_jobs *jobs)
{
    aka_options *o = NULL;
    aka_engine *e = NULL;
    char th[16];
    snprintf(th, sizeof th, "%u", jobs->threads);
    /* Timed from nothing, as the baselines are: the engine and its threads
     * are made inside the time, as the stock pipeline's transliterator is
     * opened inside its own. */
    double t0 = timer_start();
    if (aka_options_new(&o) != AKA_OK || aka_options_set(o, "threads", th) != AKA_OK ||
        aka_engine_new(o, &e) != AKA_OK) {
        fputs("aka-bench: cannot create the engine\n", stderr);
        exit(3);
    }
    aka_options_free(o);
    aka_record *rec = NULL;
    if (aka_record_new(&rec) != AKA_OK)
        exit(3);
    synth_rec sr;
    size_t rejected = 0;
    if (aka_engine_bulk_begin(e) != AKA_OK)
        exit(3);
    size_t failed = feed_engine(e, d, n, jobs->threads, &rejected);
    double t_adds = now_sec() - t0;
    if (aka_engine_bulk_end(e) != AKA_OK) {
        fputs("aka-bench: bulk resolution failed\n", stderr);
        exit(3);
    }
    double sec = now_sec() - t0;
    bench_em em = {0, 0, NULL};
    if (jobs->estimate) {
        if (bench_em_run(e, &em) != 0) {
            fprintf(stderr, "aka-bench: estimate: %s\n", aka_engine_errmsg(e));
            exit(3);
        }
        fprintf(stderr, "aka-bench:   N = %zu: estimate in %.2f s: %s\n", n, em.seconds,
                em.estimate);
    }
    run r;
    run_init(&r, "resolve", jobs->estimate ? "libaka+em" : "libaka", n, rep);
    /* libaka+em: the estimate is part of its way to the entities. */
    put_resources(&r, n, sec + em.seconds, base_rss);
    /* Where the time goes: storing and indexing (the adds) and scoring the
     * candidate pairs and clustering (bulk_end). */
    put_metric(&r, "add_seconds", t_adds);
    put_metric(&r, "bulk_end_seconds", sec - t_adds);
    if (jobs->estimate) {
        put_metric(&r, "estimate_seconds", em.seconds);
        put_metric(&r, "estimate_applied", em.applied);
        free(em.estimate);
    }
    uint64_t *found = xrealloc(NULL, (n ? n : 1) * sizeof *found);
    for (size_t i = 0; i < n; i++) {
        data_get(d, i, &sr);
        const char *src = sr.field[SYNTH_SOURCE], *id = sr.field[SYNTH_RECORD_ID];
        if (aka_engine_entity_of(e, src, strlen(src), id, strlen(id), &found[i]) != AKA_OK)
            found[i] = UINT64_MAX - i; /* a lost record stands alone */
    }
    quality q;
    score_quality(&q, found, d->truth, n);
    put_quality(&r, &q);
    if (!jobs->estimate) {
        double bp, bt;
        engine_blocking(e, d->truth, n, &bp, &bt);
        put_blocking(&r, bp, bt, q.true_pairs, n);
    }
    put_metric(&r, "rejected_values", (double)rejected);
    put_metric(&r, "failed_adds", (double)failed);
    send_run(fd, &r);
    /* Before search and the later adds, so that the snapshot is of the
     * bulk load alone. */
    if (jobs->saveload)
        scen_saveload(e, d, n, found, sec, fd, rep);

    if (jobs->search) {
        /* Which (entity, person) pairs exist: a result is a hit when its
         * entity holds a record of the query's person. */
        ent_truth *et = xrealloc(NULL, (n ? n : 1) * sizeof *et);
        for (size_t i = 0; i < n; i++)
            et[i] = (ent_truth){found[i], d->truth[i]};
        qsort(et, n, sizeof *et, by_ent_truth);
        rng rg;
        rng_seed(&rg, jobs->seed ^ 0x5EA4C4ull);
        size_t nq = n ? jobs->queries : 0, done = 0, hits = 0, errs = 0;
        double *lat = xrealloc(NULL, (nq ? nq : 1) * sizeof *lat);
        char nb[1024], norm[32];
        uint64_t ents[10];
        double scores[10];
        for (size_t qi = 0; qi < nq; qi++) {
            size_t i = rng_below(&rg, n);
            data_get(d, i, &sr);
            const char *nm = full_name(&sr, nb, sizeof nb);
            const char *dv = sr.field[SYNTH_DATE_OF_BIRTH];
            size_t dl;
            aka_record_clear(rec);
            if (aka_record_add(rec, AKA_NAME, nm, strlen(nm)) != AKA_OK)
                continue;
            if (*dv && aka_normalize(AKA_DATE_OF_BIRTH, dv, strlen(dv), norm,
                                     sizeof norm, &dl) == AKA_OK && dl >= 4)
                (void)aka_record_add(rec, AKA_DATE_OF_BIRTH, norm, 4); /* the year */
            size_t got = 0;
            double ts = now_sec();
            aka_status st = aka_engine_search(e, rec, 10, ents, scores, &got);
            lat[done++] = now_sec() - ts;
            if (st != AKA_OK) {
                errs++;
                continue;
            }
            for (size_t k = 0; k < got; k++) {
                ent_truth key = {ents[k], sr.truth};
                if (bsearch(&key, et, n, sizeof *et, by_ent_truth)) {
                    hits++;
                    break;
                }
            }
        }
        run_init(&r, "search", "libaka", n, rep);
        put_metric(&r, "queries", (double)done);
        put_metric(&r, "errors", (double)errs);
        put_metric(&r, "p50_us", score_quantile(lat, done, 0.5) * 1e6);
        put_metric(&r, "p99_us", score_quantile(lat, done, 0.99) * 1e6);
        put_metric(&r, "hit_at_10", done ? (double)hits / (double)done : 0);
        send_run(fd, &r);
        free(lat);
        free(et);
    }
    if (jobs->incremental && d->n > n) {
        size_t k = d->n - n, done = 0;
        double *lat = xrealloc(NULL, k * sizeof *lat);
        for (size_t i = n; i < d->n; i++) {
            data_get(d, i, &sr);
            feed_record(rec, &sr, &rejected);
            const char *src = sr.field[SYNTH_SOURCE], *id = sr.field[SYNTH_RECORD_ID];
            double ts = now_sec();
            aka_status st = aka_engine_add(e, src, strlen(src), id, strlen(id), rec, NULL);
            double dt = now_sec() - ts;
            if (st == AKA_OK)
                lat[done++] = dt;
        }
        run_init(&r, "incremental", "libaka", n, rep);
        put_metric(&r, "adds", (double)done);
        double sum = 0;
        for (size_t i = 0; i < done; i++)
            sum += lat[i];
        put_metric(&r, "adds_per_s", sum > 0 ? (double)done / sum : 0);
        put_metric(&r, "p50_us", score_quantile(lat, done, 0.5) * 1e6);
        put_metric(&r, "p99_us", score_quantile(lat, done, 0.99) * 1e6);
        /* every pair scored again with the counts of now (a nightly job) */
        double t_re = now_sec();
        if (aka_engine_rescore(e) == AKA_OK)
            put_metric(&r, "rescore_seconds", now_sec() - t_re);
        send_run(fd, &r);
        free(lat);
    }
    free(found);
    aka_record_free(rec);
    aka_engine_free(e);
}

/* ---- the parent: jobs, repetitions, medians ------------------------------------ */

enum { SC_NORMALIZE = 1, SC_NAMES = 2, SC_RESOLVE = 4, SC_INCREMENTAL = 8,
       SC_SEARCH = 16, SC_SAVELOAD = 32 };

static const struct {
    const char *name;
    int bit;
} scenario_names[] = {
    {"normalize", SC_NORMALIZE}, {"names", SC_NAMES}, {"resolve", SC_RESOLVE},
    {"incremental", SC_INCREMENTAL}, {"search", SC_SEARCH}, {"saveload", SC_SAVELOAD},
};

typedef struct config {
    size_t ns[16], nn;
    unsigned reps, threads;
    uint64_t seed;
    size_t incr, queries;
    int scen;
    const char *out, *pool;
    int sys; /* bit s: systems[s] runs in `resolve` */
    int estimate; /* --estimate: the libaka+em system too */
} config;

typedef enum { JOB_NORMALIZE, JOB_NAMES, JOB_EXACT, JOB_STOCK, JOB_AKA, JOB_AKA_EM } job;

static run *g_runs;
static size_t g_nruns, g_capruns;

/* Run one job in a child; append the runs it reports. 0, or -1 when the
 * child failed. */
static int run_child(const config *cf, size_t n, unsigned rep, job j)
{
    int fds[2];
    if (pipe(fds) != 0) {
        perror("aka-bench: pipe");
        return -1;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        perror("aka-bench: fork");
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        size_t extra = (cf->scen & SC_INCREMENTAL) ? cf->incr : 0;
        synth *s;
        if (synth_open(&s, cf->pool, cf->seed, n, extra) != 0)
            _exit(3);
        data d;
        data_make(&d, s, n + extra);
        synth_close(s);
        long base = score_rss_kb();
        data head = d; /* the first n records: what the systems resolve */
        head.n = n;
        switch (j) {
        case JOB_NORMALIZE: scen_normalize(&head, fds[1], rep); break;
        case JOB_NAMES: scen_names(&head, fds[1], rep, cf->seed); break;
        case JOB_EXACT: scen_exact(&head, n, fds[1], rep, base); break;
        case JOB_STOCK: scen_stock(&head, n, fds[1], rep, base); break;
        case JOB_AKA: {
            aka_jobs aj = {(cf->scen & SC_INCREMENTAL) != 0, (cf->scen & SC_SEARCH) != 0,
                           (cf->scen & SC_SAVELOAD) != 0, 0, cf->threads, cf->queries,
                           cf->seed};
            scen_aka(&d, n, fds[1], rep, base, &aj);
            break;
        }
        case JOB_AKA_EM: {
            aka_jobs aj = {0, 0, 0, 1, cf->threads, cf->queries, cf->seed};
            scen_aka(&head, n, fds[1], rep, base, &aj);
            break;
        }
        }
        close(fds[1]);
        free(d.arena);
        free(d.off);
        free(d.truth);
        _exit(0);
    }
    close(fds[1]);
    run r;
    ssize_t got;
    while ((got = read(fds[0], &r, sizeof r)) == (ssize_t)sizeof r) {
        if (g_nruns == g_capruns)
            g_runs = xrealloc(g_runs, (g_capruns = g_capruns * 2 + 16) * sizeof *g_runs);
        g_runs[g_nruns++] = r;
    }
    close(fds[0]);
    int status;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "aka-bench: a run failed (N = %zu, job %d)\n", n, (int)j);
        return -1;
    }
    return got == 0 ? 0 : -1;
}

/* The median of one metric over the repetitions of (scenario, system, n);
 * NAN when absent. */
static double med(const char *scenario, const char *system, size_t n, const char *key)
{
    double v[64];
    size_t k = 0;
    for (size_t i = 0; i < g_nruns && k < 64; i++) {
        const run *r = &g_runs[i];
        double x;
        if (r->n == n && strcmp(r->scenario, scenario) == 0 &&
            strcmp(r->system, system) == 0 && get_metric(r, key, &x))
            v[k++] = x;
    }
    return k ? median(v, k) : NAN;
}

static void json_num(FILE *f, double v)
{
    if (isnan(v) || isinf(v))
        fputs("null", f);
    else if (v == floor(v) && fabs(v) < 1e15)
        fprintf(f, "%.0f", v);
    else
        fprintf(f, "%.6g", v);
}

static double ratio(double a, double b)
{
    return b > 0 && !isnan(a) && !isnan(b) ? a / b : NAN;
}

static const char *const systems[] = {"libaka", "exact", "stock"};

static void write_json(const config *cf, FILE *f)
{
    fprintf(f, "{\n  \"tool\": \"aka-bench\",\n  \"libaka_version\": \"%s\",\n",
            aka_version_string());
    fprintf(f, "  \"seed\": %llu,\n  \"reps\": %u,\n  \"threads\": %u,\n  \"n\": [",
            (unsigned long long)cf->seed, cf->reps, cf->threads);
    for (size_t i = 0; i < cf->nn; i++)
        fprintf(f, "%s%zu", i ? ", " : "", cf->ns[i]);
    fputs("],\n  \"scenarios\": [", f);
    int first = 1;
    for (size_t i = 0; i < sizeof scenario_names / sizeof scenario_names[0]; i++)
        if (cf->scen & scenario_names[i].bit) {
            fprintf(f, "%s\"%s\"", first ? "" : ", ", scenario_names[i].name);
            first = 0;
        }
    /* "skipped" stays (empty) for readers of earlier reports. */
    fputs("],\n  \"skipped\": [],\n  \"results\": [\n", f);
    /* One entry per (scenario, system, n), in the order first seen. */
    first = 1;
    for (size_t i = 0; i < g_nruns; i++) {
        const run *r = &g_runs[i];
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = g_runs[j].n == r->n && strcmp(g_runs[j].scenario, r->scenario) == 0 &&
                   strcmp(g_runs[j].system, r->system) == 0;
        if (seen)
            continue;
        fprintf(f, "%s    {\"scenario\": \"%s\", \"system\": \"%s\", \"n\": %u,\n"
                "     \"median\": {", first ? "" : ",\n", r->scenario, r->system, r->n);
        first = 0;
        for (uint32_t k = 0; k < r->nm; k++) {
            fprintf(f, "%s\"%s\": ", k ? ", " : "", r->m[k].key);
            json_num(f, med(r->scenario, r->system, r->n, r->m[k].key));
        }
        fputs("},\n     \"runs\": [", f);
        int fr = 1;
        for (size_t j = i; j < g_nruns; j++) {
            const run *q = &g_runs[j];
            if (q->n != r->n || strcmp(q->scenario, r->scenario) ||
                strcmp(q->system, r->system))
                continue;
            fprintf(f, "%s{\"rep\": %u", fr ? "" : ", ", q->rep);
            fr = 0;
            for (uint32_t k = 0; k < q->nm; k++) {
                fprintf(f, ", \"%s\": ", q->m[k].key);
                json_num(f, q->m[k].v);
            }
            fputc('}', f);
        }
        fputs("]}", f);
    }
    fputs("\n  ],\n  \"ratios\": [", f);
    first = 1;
    static const char *const rkeys[] = {"records_per_s", "bcubed_f1", "pairwise_f1",
                                        "peak_rss_kb", "pair_completeness"};
    for (size_t i = 0; i < cf->nn && (cf->scen & SC_RESOLVE); i++)
        for (size_t k = 0; k < sizeof rkeys / sizeof rkeys[0]; k++) {
            size_t n = cf->ns[i];
            double a = med("resolve", "libaka", n, rkeys[k]);
            double x = med("resolve", "exact", n, rkeys[k]);
            double s = med("resolve", "stock", n, rkeys[k]);
            fprintf(f, "%s\n    {\"n\": %zu, \"metric\": \"%s\", \"libaka\": ",
                    first ? "" : ",", n, rkeys[k]);
            first = 0;
            json_num(f, a);
            fputs(", \"exact\": ", f);
            json_num(f, x);
            fputs(", \"stock\": ", f);
            json_num(f, s);
            fputs(", \"libaka_vs_exact\": ", f);
            json_num(f, ratio(a, x));
            fputs(", \"libaka_vs_stock\": ", f);
            json_num(f, ratio(a, s));
            fputc('}', f);
        }
    fputs("\n  ]\n}\n", f);
}

/* ---- runs.tsv: every measure of every run, to merge reports ------------------- */

static void write_tsv(FILE *f)
{
    fputs("# scenario\tsystem\tn\trep\tmetric\tvalue\n", f);
    for (size_t i = 0; i < g_nruns; i++)
        for (uint32_t k = 0; k < g_runs[i].nm; k++)
            fprintf(f, "%s\t%s\t%u\t%u\t%s\t%.17g\n", g_runs[i].scenario,
                    g_runs[i].system, g_runs[i].n, g_runs[i].rep, g_runs[i].m[k].key,
                    g_runs[i].m[k].v);
}

/* Whether r is a run of scenario sc by system sy at N = n. */
static int same_run(const run *r, const char *sc, const char *sy, unsigned n)
{
    return r->n == n && strcmp(r->scenario, sc) == 0 && strcmp(r->system, sy) == 0;
}

/* Load DIR/runs.tsv of an earlier aka-bench run; 0, or -1. */
static int load_tsv(const char *dir)
{
    size_t first = g_nruns; /* the runs of the files read before */
    char path[4096], line[512];
    snprintf(path, sizeof path, "%s/runs.tsv", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "aka-bench: cannot read %s: %s\n", path, strerror(errno));
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        char sc[16], sy[16], key[32];
        unsigned n, rep;
        double v;
        if (line[0] == '#')
            continue;
        if (sscanf(line, "%15[^\t]\t%15[^\t]\t%u\t%u\t%31[^\t]\t%lg", sc, sy, &n, &rep,
                   key, &v) != 6) {
            fprintf(stderr, "aka-bench: malformed line in %s\n", path);
            fclose(f);
            return -1;
        }
        /* Repetitions are numbered within a file: a file's runs go after
         * the same (scenario, system, N)'s runs of the files before it, so
         * that repetition 1 of two invocations counts as two runs. */
        uint32_t after = 0;
        for (size_t i = 0; i < first; i++)
            if (same_run(&g_runs[i], sc, sy, n) && g_runs[i].rep > after)
                after = g_runs[i].rep;
        run *r = NULL;
        for (size_t i = first; i < g_nruns && !r; i++)
            if (same_run(&g_runs[i], sc, sy, n) && g_runs[i].rep == rep + after)
                r = &g_runs[i];
        if (!r) {
            if (g_nruns == g_capruns)
                g_runs = xrealloc(g_runs, (g_capruns = g_capruns * 2 + 16) * sizeof *g_runs);
            r = &g_runs[g_nruns++];
            run_init(r, sc, sy, n, rep + after);
        }
        put_metric(r, key, v);
    }
    fclose(f);
    return 0;
}

/* The value of metric key of run (scenario resolve, system, n, rep); NAN
 * when there is none. */
static double run_metric(const char *system, size_t n, uint32_t rep, const char *key)
{
    double x;
    for (size_t i = 0; i < g_nruns; i++)
        if (same_run(&g_runs[i], "resolve", system, (unsigned)n) &&
            g_runs[i].rep == rep && get_metric(&g_runs[i], key, &x))
            return x;
    return NAN;
}

/* Beside the ratio of the medians: libaka's throughput over the stock
 * pipeline's within each repetition (their runs follow each other, so
 * the machine's speed drifts less between them than between
 * repetitions), and the CPU time the hypervisor took during each. */
static void md_paired(FILE *f, size_t n)
{
    double v[64];
    size_t k = 0;
    fputs("  Repetition by repetition, libaka / stock records/s:", f);
    for (uint32_t rep = 1; rep <= 64; rep++) {
        double r = ratio(run_metric("libaka", n, rep, "records_per_s"),
                         run_metric("stock", n, rep, "records_per_s"));
        if (isnan(r))
            continue;
        fprintf(f, "%s %.2f", k ? "," : "", r);
        v[k++] = r;
    }
    if (k)
        fprintf(f, " (median %.2f)", median(v, k));
    fputs(". CPU time stolen by the hypervisor during the runs, libaka / stock (s):", f);
    int any = 0;
    for (uint32_t rep = 1; rep <= 64; rep++) {
        double a = run_metric("libaka", n, rep, "steal_seconds"),
               b = run_metric("stock", n, rep, "steal_seconds");
        if (isnan(a) && isnan(b))
            continue;
        fprintf(f, "%s %.2f / %.2f", any ? "," : "", a, b);
        any = 1;
    }
    fputs(any ? ".\n" : " not measured.\n", f);
}

/* ---- Markdown ------------------------------------------------------------------ */

/* A table cell: v with `decimals` decimals, bold or followed by "×". */
enum { MD_PLAIN = 0, MD_BOLD = 1, MD_TIMES = 2 };

static void md_num(FILE *f, double v, int decimals, int style)
{
    if (isnan(v))
        fputs(" – |", f);
    else
        fprintf(f, " %s%.*f%s |", style == MD_BOLD ? "**" : "", decimals, v,
                style == MD_BOLD ? "**" : style == MD_TIMES ? "×" : "");
}

static void md_count(FILE *f, double v)
{
    /* thousands separators for readability */
    if (isnan(v)) {
        fputs(" – |", f);
        return;
    }
    char b[32], o[48];
    snprintf(b, sizeof b, "%.0f", v);
    size_t l = strlen(b), k = 0;
    for (size_t i = 0; i < l; i++) {
        if (i && (l - i) % 3 == 0 && b[i - 1] != '-')
            o[k++] = ',';
        o[k++] = b[i];
    }
    o[k] = '\0';
    fprintf(f, " %s |", o);
}

static void write_md(const config *cf, FILE *f)
{
    fprintf(f, "# aka-bench report\n\nlibaka %s; seed %llu; up to %u repetitions per N "
            "(medians shown; runs.tsv has each); libaka bulk resolution on %u thread(s). Records are "
            "generated by `bench/synth.c` (`aka-gen` writes them as CSV).\n\n",
            aka_version_string(), (unsigned long long)cf->seed, cf->reps, cf->threads);
    if (cf->scen & SC_RESOLVE) {
        fputs("## Bulk resolution\n\nFrom raw strings to entities. Peak RSS is the "
              "whole process's, including the generated records (the \"data\" "
              "column). Blocking: record pairs compared (libaka: the pairs "
              "`aka_engine_bulk_end` scores; baselines: pairs within their blocks); "
              "PC = share of true pairs among them, RR = 1 − compared / all pairs.\n\n"
              "| N | system | records/s | seconds | peak RSS MiB | data MiB | "
              "B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | entities (true) | "
              "compared pairs | PC | RR |\n"
              "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n", f);
        /* libaka+em (--estimate) beside libaka; absent rows are skipped. */
        static const char *const rows[] = {"libaka", "libaka+em", "exact", "stock"};
        for (size_t i = 0; i < cf->nn; i++)
            for (size_t s = 0; s < 4; s++) {
                size_t n = cf->ns[i];
                const char *sy = rows[s];
                if (isnan(med("resolve", sy, n, "records_per_s")))
                    continue;
                fprintf(f, "|");
                md_count(f, (double)n);
                fprintf(f, " %s |", sy);
                md_count(f, med("resolve", sy, n, "records_per_s"));
                md_num(f, med("resolve", sy, n, "seconds"), 2, MD_PLAIN);
                md_num(f, med("resolve", sy, n, "peak_rss_kb") / 1024, 0, MD_PLAIN);
                md_num(f, med("resolve", sy, n, "base_rss_kb") / 1024, 0, MD_PLAIN);
                static const char *const qk[] = {"bcubed_precision", "bcubed_recall",
                    "bcubed_f1", "pairwise_precision", "pairwise_recall", "pairwise_f1"};
                for (size_t k = 0; k < 6; k++)
                    md_num(f, med("resolve", sy, n, qk[k]), 3, k == 2 || k == 5 ? MD_BOLD : MD_PLAIN);
                char ent[64];
                snprintf(ent, sizeof ent, "%.0f (%.0f)", med("resolve", sy, n, "entities"),
                         med("resolve", sy, n, "true_clusters"));
                fprintf(f, " %s |", ent);
                md_count(f, med("resolve", sy, n, "candidate_pairs"));
                md_num(f, med("resolve", sy, n, "pair_completeness"), 3, MD_PLAIN);
                md_num(f, med("resolve", sy, n, "reduction_ratio"), 6, MD_PLAIN);
                fputc('\n', f);
            }
        /* Ratios and the bar need a baseline (--systems may leave them out). */
        int have_base = 0;
        for (size_t i = 0; i < cf->nn; i++)
            for (size_t s = 1; s < 3; s++)
                have_base |= !isnan(med("resolve", systems[s], cf->ns[i], "records_per_s"));
        if (have_base)
            fputs("\nRatios (libaka / baseline):\n\n| N | vs | records/s | B³ F1 | "
                  "pairwise F1 | peak RSS | PC |\n|---:|---|---:|---:|---:|---:|---:|\n", f);
        for (size_t i = 0; i < cf->nn; i++)
            for (size_t s = 1; s < 3; s++) {
                size_t n = cf->ns[i];
                if (isnan(med("resolve", systems[s], n, "records_per_s")) ||
                    isnan(med("resolve", "libaka", n, "records_per_s")))
                    continue;
                fprintf(f, "|");
                md_count(f, (double)n);
                fprintf(f, " %s |", systems[s]);
                static const char *const rk[] = {"records_per_s", "bcubed_f1",
                    "pairwise_f1", "peak_rss_kb", "pair_completeness"};
                for (size_t k = 0; k < 5; k++)
                    md_num(f, ratio(med("resolve", "libaka", n, rk[k]),
                                    med("resolve", systems[s], n, rk[k])), 2, MD_TIMES);
                fputc('\n', f);
            }
        if (have_base)
            fputs("\nThe bar (libaka's B³ F1 above both baselines', throughput at least "
                  "the stock pipeline's):\n\n", f);
        for (size_t i = 0; i < cf->nn; i++) {
            size_t n = cf->ns[i];
            double a = med("resolve", "libaka", n, "bcubed_f1");
            if (isnan(a) || isnan(med("resolve", "exact", n, "bcubed_f1")) ||
                isnan(med("resolve", "stock", n, "bcubed_f1")))
                continue;
            int f1ok = a > med("resolve", "exact", n, "bcubed_f1") &&
                       a > med("resolve", "stock", n, "bcubed_f1");
            int fast = med("resolve", "libaka", n, "records_per_s") >=
                      med("resolve", "stock", n, "records_per_s");
            fprintf(f, "- N = %zu: B³ F1 %s; throughput %s.\n", n,
                    f1ok ? "above both" : "NOT above both",
                    fast ? "at least the stock pipeline's" : "BELOW the stock pipeline's");
            md_paired(f, n);
        }
        fputs("\nWhere libaka's time goes:\n\n", f);
        for (size_t i = 0; i < cf->nn; i++) {
            size_t n = cf->ns[i];
            if (isnan(med("resolve", "libaka", n, "add_seconds")))
                continue;
            fprintf(f, "- N = %zu: %.2f s adding (normalising, storing, indexing), %.2f s in "
                    "`aka_engine_bulk_end` (scoring %.1f candidate pairs per record, "
                    "clustering).\n", n, med("resolve", "libaka", n, "add_seconds"),
                    med("resolve", "libaka", n, "bulk_end_seconds"),
                    med("resolve", "libaka", n, "candidate_pairs") / (double)n);
        }
        int em_head = 0;
        for (size_t i = 0; i < cf->nn; i++) {
            size_t n = cf->ns[i];
            double es = med("resolve", "libaka+em", n, "estimate_seconds");
            if (isnan(es))
                continue;
            if (!em_head)
                fputs("\nlibaka+em (`--estimate`): the same bulk load, then one "
                      "`aka_engine_estimate` (its time is in the row's seconds):\n\n", f);
            em_head = 1;
            double ap = med("resolve", "libaka+em", n, "estimate_applied");
            fprintf(f, "- N = %zu: estimate %.2f s, %s; B³ F1 %.3f → %.3f, pairwise F1 "
                    "%.3f → %.3f.\n", n, es,
                    ap >= 1 ? "applied" : ap <= 0 ? "refused (the model stayed)"
                                                   : "applied in some repetitions",
                    med("resolve", "libaka", n, "bcubed_f1"),
                    med("resolve", "libaka+em", n, "bcubed_f1"),
                    med("resolve", "libaka", n, "pairwise_f1"),
                    med("resolve", "libaka+em", n, "pairwise_f1"));
        }
        fputc('\n', f);
    }
    if (cf->scen & (SC_INCREMENTAL | SC_SEARCH)) {
        fputs("## Latency after a bulk load of N records\n\nOne call at a time on a "
              "loaded engine; on shared cores the p99 includes scheduling delays of a "
              "few milliseconds. Re-scoring: `aka_engine_rescore` once the adds are in.\n\n"
              "| N | adds | add p50 µs | add p99 µs | queries | search p50 µs | "
              "search p99 µs | person in top 10 | re-score s |\n"
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n", f);
        for (size_t i = 0; i < cf->nn; i++) {
            size_t n = cf->ns[i];
            if (isnan(med("incremental", "libaka", n, "adds")) &&
                isnan(med("search", "libaka", n, "queries")))
                continue; /* not run at this N (a merged report) */
            fprintf(f, "|");
            md_count(f, (double)n);
            md_count(f, med("incremental", "libaka", n, "adds"));
            md_num(f, med("incremental", "libaka", n, "p50_us"), 0, MD_PLAIN);
            md_num(f, med("incremental", "libaka", n, "p99_us"), 0, MD_PLAIN);
            md_count(f, med("search", "libaka", n, "queries"));
            md_num(f, med("search", "libaka", n, "p50_us"), 0, MD_PLAIN);
            md_num(f, med("search", "libaka", n, "p99_us"), 0, MD_PLAIN);
            md_num(f, med("search", "libaka", n, "hit_at_10"), 3, MD_PLAIN);
            md_num(f, med("incremental", "libaka", n, "rescore_seconds"), 2, MD_PLAIN);
            fputc('\n', f);
        }
        fputc('\n', f);
    }
    if (cf->scen & SC_NORMALIZE) {
        fputs("## Normalisation\n\n| N | libaka values/s (all kinds) | libaka names/s | "
              "stock names/s (ICU transliteration) | ratio |\n|---:|---:|---:|---:|---:|\n", f);
        for (size_t i = 0; i < cf->nn; i++) {
            size_t n = cf->ns[i];
            if (isnan(med("normalize", "libaka", n, "values_per_s")))
                continue;
            fprintf(f, "|");
            md_count(f, (double)n);
            md_count(f, med("normalize", "libaka", n, "values_per_s"));
            md_count(f, med("normalize", "libaka", n, "names_per_s"));
            md_count(f, med("normalize", "stock", n, "names_per_s"));
            md_num(f, ratio(med("normalize", "libaka", n, "names_per_s"),
                            med("normalize", "stock", n, "names_per_s")), 2, MD_TIMES);
            fputc('\n', f);
        }
        fputc('\n', f);
    }
    if (cf->scen & SC_NAMES) {
        fputs("## Name comparison\n\nPairs of the records' names, half of one person, "
              "half random; `same` scored against \"one person\" (namesakes make that "
              "imperfect for both).\n\n| N | system | pairs/s | same P | same R | "
              "same F1 |\n|---:|---|---:|---:|---:|---:|\n", f);
        for (size_t i = 0; i < cf->nn; i++)
            for (size_t s = 0; s < 3; s += 2) {
                size_t n = cf->ns[i];
                if (isnan(med("names", systems[s], n, "pairs_per_s")))
                    continue;
                fprintf(f, "|");
                md_count(f, (double)n);
                fprintf(f, " %s |", systems[s]);
                md_count(f, med("names", systems[s], n, "pairs_per_s"));
                md_num(f, med("names", systems[s], n, "same_precision"), 3, MD_PLAIN);
                md_num(f, med("names", systems[s], n, "same_recall"), 3, MD_PLAIN);
                md_num(f, med("names", systems[s], n, "same_f1"), 3, MD_PLAIN);
                fputc('\n', f);
            }
        fputc('\n', f);
    }
    if (cf->scen & SC_SAVELOAD) {
        fputs("## Save and load\n\nAfter the bulk load (libaka only), "
              "`aka_engine_save` to a snapshot and `aka_engine_load_msg` back; "
              "speedup = bulk resolution time / load time (issue 5 asks for at least "
              "5×). \"Moved\" counts the records whose entity differs after the load "
              "(must be 0). Peak RSS holds both engines.\n\n"
              "| N | resolve s | save s | snapshot MiB | load s | speedup | moved | "
              "peak RSS MiB |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n", f);
        for (size_t i = 0; i < cf->nn; i++) {
            size_t n = cf->ns[i];
            if (isnan(med("saveload", "libaka", n, "load_seconds")))
                continue;
            fprintf(f, "|");
            md_count(f, (double)n);
            md_num(f, med("saveload", "libaka", n, "resolve_seconds"), 2, MD_PLAIN);
            md_num(f, med("saveload", "libaka", n, "save_seconds"), 3, MD_PLAIN);
            md_num(f, med("saveload", "libaka", n, "snapshot_bytes") / 1048576.0, 1, MD_PLAIN);
            md_num(f, med("saveload", "libaka", n, "load_seconds"), 3, MD_PLAIN);
            md_num(f, med("saveload", "libaka", n, "load_speedup"), 1, MD_TIMES);
            md_count(f, med("saveload", "libaka", n, "records_changed"));
            md_num(f, med("saveload", "libaka", n, "peak_rss_kb") / 1024, 0, MD_PLAIN);
            fputc('\n', f);
        }
        fputc('\n', f);
    }
    if (cf->scen & SC_RESOLVE)
        fputs("![throughput and peak memory against N](throughput_memory.svg)\n", f);
}

/* ---- SVG: throughput and peak memory against N -------------------------------- */

/* One panel: log-scale x (N), y linear from 0 or (logy) logarithmic by
 * decades, a line per system. */
static void svg_panel(FILE *f, const config *cf, double x0, const char *title,
                      const char *key, double scale, const char *unit, int logy)
{
    static const char *const colour[] = {"#1b7837", "#999999", "#c2452d"};
    const double w = 400, h = 260, left = 60, top = 40, pw = w - left - 20, ph = h - top - 50;
    double ymax = 0, ymin = 1e300, nmin = 1e300, nmax = 0;
    for (size_t i = 0; i < cf->nn; i++) {
        double n = (double)cf->ns[i];
        nmin = n < nmin ? n : nmin;
        nmax = n > nmax ? n : nmax;
        for (size_t s = 0; s < 3; s++) {
            double v = med("resolve", systems[s], cf->ns[i], key) * scale;
            if (!isnan(v) && v > ymax)
                ymax = v;
            if (!isnan(v) && v > 0 && v < ymin)
                ymin = v;
        }
    }
    if (ymax <= 0)
        ymax = 1;
    if (ymin > ymax)
        ymin = ymax;
    /* Linear: a round top, 1, 2 or 5 times a power of ten. Log: whole
     * decades around the values. */
    double mag = pow(10, floor(log10(ymax))), top_v = mag;
    while (top_v < ymax)
        top_v += mag * (top_v < 2 * mag ? 1 : top_v < 5 * mag ? 3 : 5);
    double ly0 = floor(log10(ymin)), ly1 = ceil(log10(ymax));
    if (ly1 <= ly0)
        ly1 = ly0 + 1;
    double lx0 = log10(nmin), lx1 = log10(nmax);
    if (lx1 - lx0 < 1e-9)
        lx0 -= 0.5, lx1 += 0.5;
#define PX(n) (x0 + left + (log10(n) - lx0) / (lx1 - lx0) * pw)
#define PY(v) (logy ? top + ph - (log10(v) - ly0) / (ly1 - ly0) * ph \
                    : top + ph - (v) / top_v * ph)
    fprintf(f, "<text x=\"%.1f\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>\n",
            x0 + left, title);
    int ticks = logy ? (int)(ly1 - ly0) : 4;
    for (int t = 0; t <= ticks; t++) {
        double v = logy ? pow(10, ly0 + t) : top_v * t / 4;
        char lab[32];
        if (logy && v >= 1e6)
            snprintf(lab, sizeof lab, "%gM", v / 1e6);
        else if (logy && v >= 1e3)
            snprintf(lab, sizeof lab, "%gk", v / 1e3);
        else
            snprintf(lab, sizeof lab, "%.0f", v);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n",
                x0 + left, PY(v), x0 + left + pw, PY(v));
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>\n",
                x0 + left - 6, PY(v) + 4, lab);
    }
    for (size_t i = 0; i < cf->nn; i++) {
        double n = (double)cf->ns[i];
        char lab[32];
        if (n >= 1e6)
            snprintf(lab, sizeof lab, "%gM", n / 1e6);
        else
            snprintf(lab, sizeof lab, "%gk", n / 1e3);
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n",
                PX(n), top + ph + 18, lab);
    }
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">records (N, log scale)</text>\n",
            x0 + left + pw / 2, top + ph + 36);
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" transform=\"rotate(-90 %.1f %.1f)\" "
            "text-anchor=\"middle\">%s</text>\n", x0 + 16, top + ph / 2, x0 + 16, top + ph / 2, unit);
    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#888\"/>\n",
            x0 + left, (double)top, pw, ph);
    for (size_t s = 0; s < 3; s++) {
        fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", colour[s]);
        for (size_t i = 0; i < cf->nn; i++) {
            double v = med("resolve", systems[s], cf->ns[i], key) * scale;
            if (!isnan(v) && (!logy || v > 0))
                fprintf(f, "%.1f,%.1f ", PX((double)cf->ns[i]), PY(v));
        }
        fputs("\"/>\n", f);
        for (size_t i = 0; i < cf->nn; i++) {
            double v = med("resolve", systems[s], cf->ns[i], key) * scale;
            if (!isnan(v) && (!logy || v > 0))
                fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n",
                        PX((double)cf->ns[i]), PY(v), colour[s]);
        }
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>"
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>\n",
                x0 + left + 90.0 * (double)s, h + 12, x0 + left + 90.0 * (double)s + 20,
                h + 12, colour[s], x0 + left + 90.0 * (double)s + 26, h + 16,
                systems[s]);
    }
#undef PX
#undef PY
}

static void write_svg(const config *cf, FILE *f)
{
    /* 260 for the panels, 30 below for the legends. */
    fputs("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"290\" "
          "viewBox=\"0 0 800 290\" font-family=\"sans-serif\">\n"
          "<rect width=\"800\" height=\"290\" fill=\"white\"/>\n", f);
    svg_panel(f, cf, 0, "Bulk resolution throughput", "records_per_s", 1,
              "records/s (log scale)", 1);
    svg_panel(f, cf, 400, "Peak memory (process)", "peak_rss_kb", 1.0 / 1024, "MiB", 0);
    fputs("</svg>\n", f);
}

/* ---- main ------------------------------------------------------------------------ */

static int usage(void)
{
    fputs("usage: aka-bench [--n N[,N...]] [--reps R] [--seed S] [--out DIR]\n"
          "                 [--scenarios normalize,names,resolve,incremental,search,saveload]\n"
          "                 [--systems libaka,exact,stock] [--from DIR[,DIR...]]\n"
          "                 [--threads T] [--incr K] [--queries Q] [--estimate]\n"
          "                 [--pool FILE]\n", stderr);
    return 2;
}

static FILE *open_out(const char *dir, const char *name, char *path, size_t cap)
{
    snprintf(path, cap, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f)
        fprintf(stderr, "aka-bench: cannot write %s: %s\n", path, strerror(errno));
    return f;
}

int main(int argc, char **argv)
{
    config cf = {{10000, 100000}, 2, 3, 2, 42, 1000, 1000,
                 SC_NORMALIZE | SC_NAMES | SC_RESOLVE | SC_INCREMENTAL | SC_SEARCH,
                 "bench-out", AKA_BENCH_DATA_DIR "/name_pool.tsv", 7, 0};
    char *from = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has = i + 1 < argc;
        unsigned long long v;
        if (strcmp(a, "--n") == 0 && has) {
            char *list = argv[++i], *save = NULL;
            cf.nn = 0;
            for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
                if (cf.nn == 16 || parse_size(t, 10000000ull, &v) != 0 || v < 2)
                    return usage();
                cf.ns[cf.nn++] = (size_t)v;
            }
            if (!cf.nn)
                return usage();
        } else if (strcmp(a, "--reps") == 0 && has) {
            if (parse_size(argv[++i], 64, &v) != 0 || v == 0)
                return usage();
            cf.reps = (unsigned)v;
        } else if (strcmp(a, "--threads") == 0 && has) {
            if (parse_size(argv[++i], 64, &v) != 0 || v == 0)
                return usage();
            cf.threads = (unsigned)v;
        } else if (strcmp(a, "--seed") == 0 && has) {
            if (parse_size(argv[++i], UINT64_MAX, &v) != 0)
                return usage();
            cf.seed = v;
        } else if (strcmp(a, "--incr") == 0 && has) {
            if (parse_size(argv[++i], 1000000, &v) != 0)
                return usage();
            cf.incr = (size_t)v;
        } else if (strcmp(a, "--queries") == 0 && has) {
            if (parse_size(argv[++i], 1000000, &v) != 0)
                return usage();
            cf.queries = (size_t)v;
        } else if (strcmp(a, "--estimate") == 0)
            cf.estimate = 1;
        else if (strcmp(a, "--out") == 0 && has)
            cf.out = argv[++i];
        else if (strcmp(a, "--pool") == 0 && has)
            cf.pool = argv[++i];
        else if (strcmp(a, "--from") == 0 && has)
            from = argv[++i];
        else if (strcmp(a, "--systems") == 0 && has) {
            char *list = argv[++i], *save = NULL;
            cf.sys = 0;
            for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
                int bit = 0;
                for (int k = 0; k < 3; k++)
                    if (strcmp(t, systems[k]) == 0)
                        bit = 1 << k;
                if (!bit)
                    return usage();
                cf.sys |= bit;
            }
        } else if (strcmp(a, "--scenarios") == 0 && has) {
            char *list = argv[++i], *save = NULL;
            cf.scen = 0;
            for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
                int bit = 0;
                for (size_t k = 0; k < sizeof scenario_names / sizeof scenario_names[0]; k++)
                    if (strcmp(t, scenario_names[k].name) == 0)
                        bit = scenario_names[k].bit;
                if (!bit) {
                    fprintf(stderr, "aka-bench: unknown scenario (see --help)\n");
                    return usage();
                }
                cf.scen |= bit;
            }
        } else
            return usage();
    }
    if (mkdir(cf.out, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "aka-bench: cannot create %s: %s\n", cf.out, strerror(errno));
        return 1;
    }
    int failed = 0;
    g_out_dir = cf.out;
    int aka_needed = cf.scen & (SC_RESOLVE | SC_INCREMENTAL | SC_SEARCH | SC_SAVELOAD);
    if (from) {
        /* No runs: the reports of earlier runs merged (their N, repetitions
         * and scenarios; --seed and --threads should be those they used). */
        char *save = NULL;
        for (char *t = strtok_r(from, ",", &save); t; t = strtok_r(NULL, ",", &save))
            if (load_tsv(t) != 0)
                return 1;
        cf.nn = 0;
        cf.reps = 1;
        cf.scen = 0;
        for (size_t i = 0; i < g_nruns; i++) {
            size_t k = 0;
            while (k < cf.nn && cf.ns[k] != g_runs[i].n)
                k++;
            if (k == cf.nn && cf.nn < 16) {
                size_t at = cf.nn++;
                while (at > 0 && cf.ns[at - 1] > g_runs[i].n) {
                    cf.ns[at] = cf.ns[at - 1];
                    at--;
                }
                cf.ns[at] = g_runs[i].n;
            }
            if (g_runs[i].rep > cf.reps)
                cf.reps = g_runs[i].rep;
            for (size_t j = 0; j < sizeof scenario_names / sizeof scenario_names[0]; j++)
                if (strcmp(g_runs[i].scenario, scenario_names[j].name) == 0)
                    cf.scen |= scenario_names[j].bit;
        }
    }
    for (size_t i = 0; i < cf.nn && !from; i++)
        for (unsigned rep = 1; rep <= cf.reps; rep++) {
            size_t n = cf.ns[i];
            fprintf(stderr, "aka-bench: N = %zu, repetition %u of %u\n", n, rep, cf.reps);
            if (cf.scen & SC_NORMALIZE)
                failed |= run_child(&cf, n, rep, JOB_NORMALIZE) != 0;
            if (cf.scen & SC_NAMES)
                failed |= run_child(&cf, n, rep, JOB_NAMES) != 0;
            if ((cf.scen & SC_RESOLVE) && (cf.sys & 2))
                failed |= run_child(&cf, n, rep, JOB_EXACT) != 0;
            if ((cf.scen & SC_RESOLVE) && (cf.sys & 4))
                failed |= run_child(&cf, n, rep, JOB_STOCK) != 0;
            if (aka_needed && (cf.sys & 1))
                failed |= run_child(&cf, n, rep, JOB_AKA) != 0;
            if (cf.estimate && (cf.scen & SC_RESOLVE) && (cf.sys & 1))
                failed |= run_child(&cf, n, rep, JOB_AKA_EM) != 0;
            if (cf.scen & SC_SAVELOAD)
                fprintf(stderr, "aka-bench:   save %.2f s, %.1f MiB, load %.2f s: %.1fx "
                        "faster than resolving (%.2f s)\n",
                        med("saveload", "libaka", n, "save_seconds"),
                        med("saveload", "libaka", n, "snapshot_bytes") / 1048576.0,
                        med("saveload", "libaka", n, "load_seconds"),
                        med("saveload", "libaka", n, "load_speedup"),
                        med("saveload", "libaka", n, "resolve_seconds"));
            if (cf.scen & SC_RESOLVE)
                fprintf(stderr, "aka-bench:   records/s libaka %.0f, exact %.0f, stock %.0f;"
                        " B3 F1 %.3f / %.3f / %.3f\n",
                        med("resolve", "libaka", n, "records_per_s"),
                        med("resolve", "exact", n, "records_per_s"),
                        med("resolve", "stock", n, "records_per_s"),
                        med("resolve", "libaka", n, "bcubed_f1"),
                        med("resolve", "exact", n, "bcubed_f1"),
                        med("resolve", "stock", n, "bcubed_f1"));
        }
    /* A snapshot that does not give back the entities is a failure, not a
     * figure. */
    for (size_t i = 0; i < g_nruns; i++) {
        double moved;
        if (strcmp(g_runs[i].scenario, "saveload") == 0 &&
            get_metric(&g_runs[i], "records_changed", &moved) && moved != 0) {
            fprintf(stderr, "aka-bench: N = %u: %.0f records have another entity after "
                    "save and load\n", g_runs[i].n, moved);
            failed = 1;
        }
    }
    char path[4096];
    FILE *f;
    if ((f = open_out(cf.out, "report.json", path, sizeof path))) {
        write_json(&cf, f);
        failed |= fclose(f) != 0;
    } else
        failed = 1;
    if ((f = open_out(cf.out, "runs.tsv", path, sizeof path))) {
        write_tsv(f);
        failed |= fclose(f) != 0;
    } else
        failed = 1;
    if ((f = open_out(cf.out, "report.md", path, sizeof path))) {
        write_md(&cf, f);
        failed |= fclose(f) != 0;
    } else
        failed = 1;
    if ((cf.scen & SC_RESOLVE) && (f = open_out(cf.out, "throughput_memory.svg", path, sizeof path))) {
        write_svg(&cf, f);
        failed |= fclose(f) != 0;
    }
    fprintf(stderr, "aka-bench: wrote %s/report.md, report.json%s\n", cf.out,
            cf.scen & SC_RESOLVE ? ", throughput_memory.svg" : "");
    free(g_runs);
    return failed ? 1 : 0;
}
