/* bench_engine: quality and speed of the resolution engine, through the
 * public API only (aka_record_*, aka_engine_*), as an application uses it.
 *
 * 1. Public data with ground truth (read at run time from --data-dir; a
 *    missing file is skipped with a message, not an error): FEBRL dataset1,
 *    dataset2 and dataset3 (rec-N-org / rec-N-dup-k: same N, same person)
 *    and splink's fake_1000 (its cluster column), fake_20000 (its group
 *    column) and historical_figures_with_errors_50k (its cluster column,
 *    a Wikidata item). Every record is added one
 *    by one, as records arrive in a case system; after the last one every
 *    record's entity is read back (entities merge later than the add that
 *    created them) and compared with the truth.
 * 2. A deterministic synthetic stream of --synthetic N records about N/3
 *    people: names drawn Zipf from bench/data/name_pool.tsv, in the native
 *    script or romanised, so one person appears in Cyrillic and in Latin;
 *    dates of birth full, partial or with day and month swapped; documents
 *    with OCR look-alikes; phones in national and international form. It
 *    measures add throughput, latency percentiles, peak RSS, and quality
 *    against the generator's truth, then times 1,000 explanations.
 *
 * Quality measures (per record i, F(i) its found entity, T(i) its true
 * cluster):
 *   B-cubed precision = mean over i of |F(i) ∩ T(i)| / |F(i)|,
 *   B-cubed recall    = mean over i of |F(i) ∩ T(i)| / |T(i)|;
 *   pairwise precision = pairs in one found entity that are truly one
 *   person / pairs in one found entity; recall = ... / true pairs.
 *
 *   bench_engine [--data-dir DIR] [--synthetic N | --n N] [--seed S]
 *                [--pool FILE] [--skip-public] [--max-records K]
 *                [--bulk T] [--save-load PATH] [--estimate]
 *                [--show-missed K] [--json | --summary]
 *
 * --max-records K reads only the first K rows of each public file (the
 * smoke test); --show-missed K prints to stderr, per data set, the
 * explanations of K true pairs the engine kept apart and of K pairs of
 * different people it joined. --estimate runs aka_engine_estimate once
 * after each data set is loaded and scored, prints (stderr) the "estimate"
 * object of aka_engine_model and its time, and scores the entities again:
 * a second row per data set, options "...+estimate" (docs/engine.md's EM
 * table).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "aka.h"
#include "bench_util.h"
#include "em.h"
#include "feed.h"
#include "score.h"
#include "synth.h"

#ifndef AKA_BENCH_DATA_DIR
#define AKA_BENCH_DATA_DIR "bench/data"
#endif

typedef enum { OUT_TABLE, OUT_JSON, OUT_SUMMARY } out_mode;

/* ---- one run's measurements --------------------------------------------- */

typedef struct result {
    char name[64];
    char options[32];      /* "default" or "default_country=XX" */
    size_t records;        /* records added */
    size_t rejected_values; /* values refused by aka_record_add (PARSE...) */
    size_t failed_adds;    /* aka_engine_add failures (not counted below) */
    size_t entities, truth_clusters;
    double b3_p, b3_r, b3_f1;
    double pw_p, pw_r, pw_f1;
    double add_sec;        /* sum of aka_engine_add times */
    double lat_p50, lat_p99, lat_max; /* seconds */
    long peak_rss_kb;
    double explain_sec;    /* 1,000 explains; < 0 when not measured */
    size_t explain_calls;
    double save_sec, load_sec; /* --save-load; 0 when not measured */
    long long snapshot_bytes;
    int estimated;         /* a "+estimate" row: quality after the estimate */
    int estimate_applied;
    double estimate_sec;
} result;

static long peak_rss_kb(void)
{
    return score_peak_rss_kb();
}

static void score(result *res, const uint64_t *found, const uint64_t *truth,
                  size_t n)
{
    quality q;
    score_quality(&q, found, truth, n);
    res->entities = q.entities;
    res->truth_clusters = q.truth_clusters;
    res->b3_p = q.b3_p;
    res->b3_r = q.b3_r;
    res->b3_f1 = q.b3_f1;
    res->pw_p = q.pw_p;
    res->pw_r = q.pw_r;
    res->pw_f1 = q.pw_f1;
}

static void latency(result *res, double *lat, size_t n)
{
    if (n == 0)
        return;
    res->lat_p50 = score_quantile(lat, n, 0.5);
    res->lat_p99 = score_quantile(lat, n, 0.99);
    res->lat_max = lat[n - 1];
}

static void print_result(const result *r, out_mode mode)
{
    double rps = r->add_sec > 0 ? (double)r->records / r->add_sec : 0;
    if (mode == OUT_JSON) {
        printf("{\"dataset\":\"%s\",\"options\":\"%s\",\"records\":%zu,"
               "\"rejected_values\":%zu,\"failed_adds\":%zu,\"entities\":%zu,"
               "\"true_clusters\":%zu,\"bcubed_precision\":%.4f,"
               "\"bcubed_recall\":%.4f,\"bcubed_f1\":%.4f,"
               "\"pairwise_precision\":%.4f,\"pairwise_recall\":%.4f,"
               "\"pairwise_f1\":%.4f,\"add_seconds\":%.3f,"
               "\"records_per_sec\":%.0f,\"add_p50_us\":%.1f,"
               "\"add_p99_us\":%.1f,\"add_max_us\":%.1f,\"peak_rss_kb\":%ld",
               r->name, r->options, r->records, r->rejected_values,
               r->failed_adds, r->entities, r->truth_clusters, r->b3_p,
               r->b3_r, r->b3_f1, r->pw_p, r->pw_r, r->pw_f1, r->add_sec, rps,
               r->lat_p50 * 1e6, r->lat_p99 * 1e6, r->lat_max * 1e6,
               r->peak_rss_kb);
        if (r->explain_sec >= 0)
            printf(",\"explain_calls\":%zu,\"explain_us\":%.1f", r->explain_calls,
                   r->explain_calls ? r->explain_sec / (double)r->explain_calls * 1e6 : 0);
        if (r->estimated)
            printf(",\"estimate_seconds\":%.3f,\"estimate_applied\":%s",
                   r->estimate_sec, r->estimate_applied ? "true" : "false");
        if (r->load_sec > 0)
            printf(",\"save_seconds\":%.3f,\"load_seconds\":%.3f,"
                   "\"snapshot_bytes\":%lld,\"load_speedup\":%.1f", r->save_sec,
                   r->load_sec, r->snapshot_bytes, r->add_sec / r->load_sec);
        printf("}\n");
        return;
    }
    if (mode == OUT_SUMMARY) {
        if (r->estimated) {
            printf("engine %-10s after estimate (%s, %.2f s): %6zu entities  "
                   "B3 F1 %.3f  pairwise F1 %.3f\n", r->name,
                   r->estimate_applied ? "applied" : "refused", r->estimate_sec,
                   r->entities, r->b3_f1, r->pw_f1);
            return;
        }
        printf("engine %-10s %7zu records  %6zu entities (true %6zu)  B3 F1 %.3f  "
               "pairwise F1 %.3f  %7.0f rec/s  p99 %.0f us\n",
               r->name, r->records, r->entities, r->truth_clusters, r->b3_f1,
               r->pw_f1, rps, r->lat_p99 * 1e6);
        return;
    }
    printf("%-10s %-27s %7zu %6zu %6zu/%-6zu %.3f %.3f %.3f  %.3f %.3f %.3f %8.0f %7.1f %7.1f %8.1f\n",
           r->name, r->options, r->records, r->rejected_values, r->entities,
           r->truth_clusters, r->b3_p, r->b3_r, r->b3_f1, r->pw_p, r->pw_r,
           r->pw_f1, rps, r->lat_p50 * 1e6, r->lat_p99 * 1e6, r->lat_max * 1e6);
    if (r->estimated)
        printf("%-10s estimate %s in %.2f s (entities rebuilt %s)\n", r->name,
               r->estimate_applied ? "applied" : "refused", r->estimate_sec,
               r->estimate_applied ? "with the estimated model" : "not needed");
    if (r->explain_sec >= 0 && r->explain_calls)
        printf("%-10s %zu explains: %.1f us each; peak RSS %.1f MiB; add total %.2f s\n",
               r->name, r->explain_calls,
               r->explain_sec / (double)r->explain_calls * 1e6,
               (double)r->peak_rss_kb / 1024.0, r->add_sec);
}

static void print_header(out_mode mode)
{
    if (mode != OUT_TABLE)
        return;
    printf("%-10s %-27s %7s %6s %13s %-17s  %-17s %8s %7s %7s %8s\n", "dataset",
           "options", "records", "rejval", "entities/true", "B3 P   R     F1",
           "pair P R     F1", "rec/s", "p50 us", "p99 us", "max us");
}

/* ---- engine helpers ----------------------------------------------------- */

static aka_engine *engine_with(const char *country)
{
    aka_options *o = NULL;
    aka_engine *e = NULL;
    if (aka_options_new(&o) != AKA_OK) {
        fputs("bench_engine: cannot create options\n", stderr);
        exit(2);
    }
    if (country && aka_options_set(o, "default_country", country) != AKA_OK) {
        fprintf(stderr, "bench_engine: default_country: %s\n", aka_options_errmsg(o));
        exit(2);
    }
    if (aka_engine_new(o, &e) != AKA_OK) {
        fputs("bench_engine: cannot create engine\n", stderr);
        exit(2);
    }
    aka_options_free(o);
    return e;
}

/* Add a value; a refused one is counted, as the brief of the harness says:
 * real feeds carry unreadable values, and the record goes in without it. */
static void rec_add(aka_record *r, aka_feature kind, const char *v, size_t *rejected)
{
    size_t n = strlen(v);
    if (n == 0)
        return;
    if (aka_record_add(r, kind, v, n) != AKA_OK)
        (*rejected)++;
}

/* ---- CSV (the public files: unquoted or simply quoted fields) ----------- */

#define MAX_COLS 32

/* Split one line in place into trimmed fields; returns the count. */
static int csv_split(char *line, char **field)
{
    int n = 0;
    char *p = line;
    for (;;) {
        while (*p == ' ')
            p++;
        char *start = p, *w = p;
        if (*p == '"') {
            start = w = ++p;
            while (*p && !(*p == '"' && p[1] != '"')) {
                if (*p == '"')
                    p++;
                *w++ = *p++;
            }
            if (*p == '"')
                p++;
            while (*p && *p != ',')
                p++;
        } else {
            while (*p && *p != ',')
                p++;
            w = p;
        }
        char *end = w;
        int last = *p != ',';
        while (end > start && (end[-1] == ' ' || end[-1] == '\r'))
            end--;
        *end = '\0';
        if (n < MAX_COLS)
            field[n++] = start;
        if (last)
            break;
        p++;
    }
    return n;
}

static int col_index(char **hdr, int nh, const char *name)
{
    for (int i = 0; i < nh; i++)
        if (strcmp(hdr[i], name) == 0)
            return i;
    return -1;
}

typedef enum { DS_FEBRL, DS_SPLINK, DS_HISTORICAL } ds_format;

typedef struct dataset {
    const char *name, *file, *country;
    ds_format fmt;
    const char *truth_col; /* splink's sets: the column of the person */
} dataset;

/* A truth label as a number: its first digits, after any prefix
 * (FEBRL's record ids, "rec-223-dup-1" -> 223; splink's historical
 * figures are labelled by Wikidata item, "Q2296770"). */
static uint64_t label_number(const char *v)
{
    while (*v && (*v < '0' || *v > '9'))
        v++;
    return strtoull(v, NULL, 10);
}

static const char *col(char **f, int nf, int i)
{
    return i >= 0 && i < nf ? f[i] : "";
}

/* A given name and a surname, each as itself and together as the full
 * name, as a form that keeps them apart is read. */
static void add_names(aka_record *r, const char *given, const char *sur,
                      size_t *rejected)
{
    char buf[1024];
    rec_add(r, AKA_GIVEN_NAME, given, rejected);
    rec_add(r, AKA_FAMILY_NAME, sur, rejected);
    snprintf(buf, sizeof buf, "%s%s%s", given, *given && *sur ? " " : "", sur);
    rec_add(r, AKA_NAME, buf, rejected);
}

/* Fill r from one CSV row; returns the record id and the truth label. */
static const char *fill_row(const dataset *ds, char **hdr, int nh, char **f,
                            int nf, aka_record *r, uint64_t *truth,
                            size_t *rejected)
{
    char buf[1024];
    aka_record_clear(r);
    if (ds->fmt == DS_FEBRL) {
        add_names(r, col(f, nf, col_index(hdr, nh, "given_name")),
                  col(f, nf, col_index(hdr, nh, "surname")), rejected);
        rec_add(r, AKA_DATE_OF_BIRTH, col(f, nf, col_index(hdr, nh, "date_of_birth")),
                rejected);
        /* The address columns as one free-text address, as a form holds it. */
        static const char *const parts[] = {"street_number", "address_1",
            "address_2", "suburb", "postcode", "state"};
        size_t n = 0;
        buf[0] = '\0';
        for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
            const char *v = col(f, nf, col_index(hdr, nh, parts[i]));
            if (*v && n < sizeof buf)
                n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s",
                                      n ? (i == 1 ? " " : ", ") : "", v);
        }
        rec_add(r, AKA_ADDRESS, buf, rejected);
        const char *ssn = col(f, nf, col_index(hdr, nh, "soc_sec_id"));
        if (*ssn) {
            snprintf(buf, sizeof buf, "ssn:%s", ssn);
            rec_add(r, AKA_IDENTIFIER, buf, rejected);
        }
        const char *phone = col(f, nf, col_index(hdr, nh, "phone_number"));
        rec_add(r, AKA_PHONE, phone, rejected);
        const char *id = col(f, nf, col_index(hdr, nh, "rec_id"));
        *truth = label_number(id);
        return id;
    }
    if (ds->fmt == DS_HISTORICAL) {
        /* The full name as written ("thomas clifford, 1st baron clifford
         * of chudleigh") and the first name with the surname, two names
         * of one record; the fake postcode for an address. Dates before
         * 1800 are refused (aka_engine: no living person's), counted. */
        rec_add(r, AKA_NAME, col(f, nf, col_index(hdr, nh, "full_name")), rejected);
        rec_add(r, AKA_NAME, col(f, nf, col_index(hdr, nh, "first_and_surname")),
                rejected);
        rec_add(r, AKA_DATE_OF_BIRTH, col(f, nf, col_index(hdr, nh, "dob")), rejected);
        rec_add(r, AKA_PLACE_OF_BIRTH, col(f, nf, col_index(hdr, nh, "birth_place")),
                rejected);
        rec_add(r, AKA_ADDRESS, col(f, nf, col_index(hdr, nh, "postcode_fake")), rejected);
        rec_add(r, AKA_GENDER, col(f, nf, col_index(hdr, nh, "gender")), rejected);
    } else {
        add_names(r, col(f, nf, col_index(hdr, nh, "first_name")),
                  col(f, nf, col_index(hdr, nh, "surname")), rejected);
        rec_add(r, AKA_DATE_OF_BIRTH, col(f, nf, col_index(hdr, nh, "dob")), rejected);
        rec_add(r, AKA_ADDRESS, col(f, nf, col_index(hdr, nh, "city")), rejected);
        rec_add(r, AKA_EMAIL, col(f, nf, col_index(hdr, nh, "email")), rejected);
    }
    *truth = label_number(col(f, nf, col_index(hdr, nh, ds->truth_col)));
    return col(f, nf, col_index(hdr, nh, "unique_id"));
}

/* Print to stderr up to how_many true pairs the engine kept apart and as
 * many pairs of different people it joined, each with its explanation:
 * what a reader needs to see why recall or precision is what it is. The
 * JSON holds record values; these data are public or synthetic. Only the
 * first 3,000 records are scanned (the scan is quadratic). */
static void show_pairs(aka_engine *e, const char *const *src, char **ids,
                       const uint64_t *found, const uint64_t *truth, size_t n,
                       int how_many)
{
    char *buf = xrealloc(NULL, 65536);
    size_t lim = n < 3000 ? n : 3000;
    for (int wrong = 0; wrong < 2; wrong++) {
        int shown = 0;
        for (size_t i = 0; i < lim && shown < how_many; i++)
            for (size_t j = i + 1; j < lim && shown < how_many; j++) {
                int same_t = truth[i] == truth[j], same_f = found[i] == found[j];
                if (wrong ? !(same_f && !same_t) : !(same_t && !same_f))
                    continue;
                size_t len;
                if (aka_engine_explain(e, src[i], strlen(src[i]), ids[i],
                                       strlen(ids[i]), src[j], strlen(src[j]),
                                       ids[j], strlen(ids[j]), buf, 65536,
                                       &len) == AKA_OK) {
                    fprintf(stderr, "%s %s / %s: %s\n",
                            wrong ? "wrongly joined" : "missed", ids[i], ids[j], buf);
                    shown++;
                }
            }
    }
    free(buf);
}

/* --estimate: after a data set is loaded and scored (res), estimate once,
 * print what the estimate did, and score the entities again into em: the
 * same run, options "...+estimate". found is updated in place. */
static int do_estimate;

static void estimate_and_score(aka_engine *e, const char *const *src,
                               char *const *ids, size_t n, uint64_t *found,
                               const uint64_t *truth, const result *res,
                               result *em)
{
    bench_em x;
    if (bench_em_run(e, &x) != 0) {
        fprintf(stderr, "bench_engine: estimate: %s\n", aka_engine_errmsg(e));
        exit(2);
    }
    fprintf(stderr, "bench_engine: %s (%s) estimate in %.2f s: %s\n", res->name,
            res->options, x.seconds, x.estimate);
    *em = *res;
    size_t ol = strlen(em->options);
    snprintf(em->options + ol, sizeof em->options - ol, "+estimate");
    em->estimated = 1;
    em->estimate_applied = x.applied;
    em->estimate_sec = x.seconds;
    em->explain_sec = -1;
    for (size_t i = 0; i < n; i++)
        if (aka_engine_entity_of(e, src[i], strlen(src[i]), ids[i], strlen(ids[i]),
                                 &found[i]) != AKA_OK)
            found[i] = UINT64_MAX - i;
    score(em, found, truth, n);
    em->peak_rss_kb = peak_rss_kb();
    free(x.estimate);
}

static int run_public(const dataset *ds, const char *dir, const char *country,
                      size_t max_records, int show, result *res, result *em)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, ds->file);
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "bench_engine: SKIP %s: cannot read %s (%s)\n", ds->name,
                path, strerror(errno));
        return -1;
    }
    memset(res, 0, sizeof *res);
    res->explain_sec = -1;
    snprintf(res->name, sizeof res->name, "%s", ds->name);
    snprintf(res->options, sizeof res->options, "%s%s",
             country ? "default_country=" : "default", country ? country : "");

    /* Lines in place. */
    size_t cap = 1024, nlines = 0;
    char **line = xrealloc(NULL, cap * sizeof *line);
    for (char *p = text, *next; p && *p; p = next) {
        next = strchr(p, '\n');
        if (next)
            *next++ = '\0';
        if (*p == '\0' || *p == '\r')
            continue;
        if (nlines == cap)
            line = xrealloc(line, (cap *= 2) * sizeof *line);
        line[nlines++] = p;
    }
    if (nlines < 2) {
        fprintf(stderr, "bench_engine: SKIP %s: empty file\n", ds->name);
        free(line);
        free(text);
        return -1;
    }
    char *hdr[MAX_COLS];
    int nh = csv_split(line[0], hdr);
    size_t n = nlines - 1;
    if (max_records && n > max_records)
        n = max_records; /* the first rows: a smoke test's quick pass */
    uint64_t *truth = xrealloc(NULL, n * sizeof *truth);
    uint64_t *found = xrealloc(NULL, n * sizeof *found);
    double *lat = xrealloc(NULL, n * sizeof *lat);
    char **ids = xrealloc(NULL, n * sizeof *ids);
    aka_engine *e = engine_with(country);
    aka_record *r = NULL;
    if (aka_record_new(&r) != AKA_OK)
        exit(2);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char *f[MAX_COLS];
        int nf = csv_split(line[i + 1], f);
        uint64_t t;
        const char *id = fill_row(ds, hdr, nh, f, nf, r, &t, &res->rejected_values);
        double t0 = now_sec();
        aka_status st = aka_engine_add(e, ds->name, strlen(ds->name), id,
                                       strlen(id), r, NULL);
        double dt = now_sec() - t0;
        if (st != AKA_OK) {
            res->failed_adds++;
            continue;
        }
        res->add_sec += dt;
        lat[k] = dt;
        truth[k] = t;
        ids[k] = (char *)id;
        k++;
    }
    res->records = k;
    for (size_t i = 0; i < k; i++)
        if (aka_engine_entity_of(e, ds->name, strlen(ds->name), ids[i],
                                 strlen(ids[i]), &found[i]) != AKA_OK)
            found[i] = UINT64_MAX - i; /* lost record: a singleton */
    score(res, found, truth, k);
    latency(res, lat, k);
    res->peak_rss_kb = peak_rss_kb();
    /* Every record's source, as show_pairs and the estimate read them. */
    const char **srcs = xrealloc(NULL, (k + 1) * sizeof *srcs);
    for (size_t i = 0; i <= k; i++)
        srcs[i] = ds->name;
    if (show)
        show_pairs(e, srcs, ids, found, truth, k, show);
    if (do_estimate)
        estimate_and_score(e, srcs, ids, k, found, truth, res, em);
    free(srcs);
    aka_record_free(r);
    aka_engine_free(e);
    free(truth);
    free(found);
    free(lat);
    free(ids);
    free(line);
    free(text);
    return 0;
}

/* ---- synthetic multi-script stream (synth.h) ---------------------------- */

/* --bulk T: load the synthetic stream in bulk mode, resolved on T threads
 * (0: one by one). */
static unsigned bulk_threads;

/* --save-load PATH: after the synthetic run, save the engine to PATH and
 * load it back, timed, and check that every record kept its entity. */
static const char *save_load_path;

static void save_load(aka_engine *e, char *const *src_of,
                      const uint64_t *found, size_t n, result *res)
{
    double t0 = now_sec();
    if (aka_engine_save(e, save_load_path) != AKA_OK) {
        fprintf(stderr, "bench_engine: save: %s\n", aka_engine_errmsg(e));
        exit(2);
    }
    res->save_sec = now_sec() - t0;
    struct stat sb;
    res->snapshot_bytes = stat(save_load_path, &sb) == 0 ? (long long)sb.st_size : -1;
    aka_engine *l = NULL;
    char msg[256];
    t0 = now_sec();
    if (aka_engine_load_msg(save_load_path, NULL, &l, msg, sizeof msg) != AKA_OK) {
        fprintf(stderr, "bench_engine: load: %s\n", msg);
        exit(2);
    }
    res->load_sec = now_sec() - t0;
    size_t m = 0, bad = 0;
    for (size_t i = 0; i < n; i++) {
        if (!src_of[i])
            continue;
        char id[24];
        int idn = snprintf(id, sizeof id, "r%zu", i);
        const char *src = src_of[i];
        uint64_t ent = 0;
        if (aka_engine_entity_of(l, src, strlen(src), id, (size_t)idn, &ent) != AKA_OK ||
            ent != found[m])
            bad++;
        m++;
    }
    aka_engine_free(l);
    fprintf(stderr, "bench_engine: snapshot of %zu records: save %.2f s (%.1f MiB), "
            "load %.2f s; resolving took %.2f s: load %.1fx faster; %zu records "
            "with another entity after load\n", m, res->save_sec,
            (double)res->snapshot_bytes / 1048576.0, res->load_sec, res->add_sec,
            res->add_sec / res->load_sec, bad);
    if (bad)
        exit(1);
}

static int run_synthetic(size_t n, uint64_t seed, const char *pool_path,
                         const char *country, int show, result *res, result *em)
{
    synth *sy;
    if (synth_open(&sy, pool_path, seed, n, 0) != 0)
        return -1;
    memset(res, 0, sizeof *res);
    snprintf(res->name, sizeof res->name, "synthetic");
    snprintf(res->options, sizeof res->options, "%s%s",
             country ? "default_country=" : "default", country ? country : "");
    aka_engine *e = engine_with(country);
    if (bulk_threads) {
        aka_options *o = NULL;
        char t[16];
        snprintf(t, sizeof t, "%u", bulk_threads);
        aka_engine_free(e);
        if (aka_options_new(&o) != AKA_OK || aka_options_set(o, "threads", t) != AKA_OK ||
            (country && aka_options_set(o, "default_country", country) != AKA_OK) ||
            aka_engine_new(o, &e) != AKA_OK || aka_engine_bulk_begin(e) != AKA_OK) {
            fputs("bench_engine: cannot set up bulk loading\n", stderr);
            exit(2);
        }
        aka_options_free(o);
    }
    aka_record *rec = NULL;
    if (aka_record_new(&rec) != AKA_OK)
        exit(2);
    double *lat = xrealloc(NULL, (n ? n : 1) * sizeof *lat);
    uint64_t *truth = xrealloc(NULL, (n ? n : 1) * sizeof *truth);
    /* Each record's (source, id): kept for reading entities back. */
    char **src_of = xrealloc(NULL, (n ? n : 1) * sizeof *src_of);
    synth_rec *sr = xrealloc(NULL, sizeof *sr);
    size_t added = 0;
    double wall0 = now_sec(), tenth0 = 0;
    for (size_t i = 0; i < n; i++) {
        synth_record(sy, i, sr);
        feed_record(rec, sr, &res->rejected_values);
        const char *src = sr->field[SYNTH_SOURCE], *id = sr->field[SYNTH_RECORD_ID];
        truth[i] = sr->truth;
        double t0 = now_sec();
        aka_status st = aka_engine_add(e, src, strlen(src), id, strlen(id), rec, NULL);
        double dt = now_sec() - t0;
        if (st != AKA_OK) {
            res->failed_adds++;
            src_of[i] = NULL;
            continue;
        }
        src_of[i] = (char *)src; /* synth's static source names */
        res->add_sec += dt;
        lat[added++] = dt;
        /* Progress on long runs, so a slowdown with size is visible. */
        if (n >= 100000 && (i + 1) % (n / 10) == 0) {
            fprintf(stderr, "bench_engine: %zu records added, %.1f s in adds, "
                    "last tenth %.0f rec/s, peak RSS %ld KiB\n", i + 1,
                    res->add_sec, (double)(n / 10) / (res->add_sec - tenth0),
                    peak_rss_kb());
            tenth0 = res->add_sec;
        }
    }
    if (bulk_threads) {
        double t0 = now_sec();
        if (aka_engine_bulk_end(e) != AKA_OK) {
            fprintf(stderr, "bench_engine: bulk_end: %s\n", aka_engine_errmsg(e));
            exit(2);
        }
        double dt = now_sec() - t0;
        res->add_sec += dt;
        fprintf(stderr, "bench_engine: bulk resolution on %u thread(s): %.2f s\n",
                bulk_threads, dt);
    }
    double wall = now_sec() - wall0;
    res->records = added;
    /* Read back every entity after the last add. */
    uint64_t *found = xrealloc(NULL, (n ? n : 1) * sizeof *found);
    uint64_t *tr = xrealloc(NULL, (n ? n : 1) * sizeof *tr);
    const char **srcs = xrealloc(NULL, (n ? n : 1) * sizeof *srcs);
    char **ids = xrealloc(NULL, (n ? n : 1) * sizeof *ids);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (!src_of[i])
            continue;
        char id[24];
        int idn = snprintf(id, sizeof id, "r%zu", i);
        if (aka_engine_entity_of(e, src_of[i], strlen(src_of[i]), id, (size_t)idn,
                                 &found[m]) != AKA_OK)
            found[m] = UINT64_MAX - i;
        srcs[m] = src_of[i];
        ids[m] = NULL;
        tr[m++] = truth[i];
        (void)idn;
    }
    score(res, found, tr, m);
    latency(res, lat, added);
    if (show) {
        size_t lim = m < 3000 ? m : 3000;
        for (size_t i = 0, q = 0; i < n && q < lim; i++) {
            if (!src_of[i])
                continue;
            ids[q] = xrealloc(NULL, 24);
            snprintf(ids[q], 24, "r%zu", i);
            q++;
        }
        show_pairs(e, srcs, ids, found, tr, lim, show);
        for (size_t i = 0; i < lim; i++)
            free(ids[i]);
    }
    res->peak_rss_kb = peak_rss_kb();
    if (do_estimate) {
        /* Every kept record's id, for reading the entities back. */
        char **all = xrealloc(NULL, (m ? m : 1) * sizeof *all);
        for (size_t i = 0, q = 0; i < n; i++) {
            if (!src_of[i])
                continue;
            all[q] = xrealloc(NULL, 24);
            snprintf(all[q++], 24, "r%zu", i);
        }
        estimate_and_score(e, srcs, all, m, found, tr, res, em);
        for (size_t i = 0; i < m; i++)
            free(all[i]);
        free(all);
    }
    /* After an estimate, the snapshot holds the estimated model and the
     * rebuilt entities: found is those. */
    if (save_load_path)
        save_load(e, src_of, found, n, res);

    /* 1,000 explanations of random pairs. */
    rng r;
    rng_seed(&r, seed ^ 0xE3u);
    size_t ncalls = n >= 2 ? 1000 : 0, okc = 0;
    char *buf = xrealloc(NULL, 65536);
    double t0 = now_sec();
    for (size_t c = 0; c < ncalls; c++) {
        size_t a = rng_below(&r, n), b = rng_below(&r, n);
        if (a == b || !src_of[a] || !src_of[b])
            continue;
        char ida[24], idb[24];
        int na = snprintf(ida, sizeof ida, "r%zu", a),
            nb = snprintf(idb, sizeof idb, "r%zu", b);
        const char *sa = src_of[a], *sb = src_of[b];
        size_t len;
        if (aka_engine_explain(e, sa, strlen(sa), ida, (size_t)na, sb, strlen(sb),
                               idb, (size_t)nb, buf, 65536, &len) == AKA_OK)
            okc++;
    }
    res->explain_sec = now_sec() - t0;
    res->explain_calls = okc;
    fprintf(stderr, "bench_engine: synthetic %zu records of %zu people, "
            "generation + add wall time %.2f s\n", n, synth_people(sy), wall);
    free(buf);
    free(found);
    free(tr);
    free(srcs);
    free(ids);
    free(truth);
    free(src_of);
    free(lat);
    free(sr);
    aka_record_free(rec);
    aka_engine_free(e);
    synth_close(sy);
    return 0;
}

/* ---- main ---------------------------------------------------------------- */

static void usage(void)
{
    fputs("usage: bench_engine [--data-dir DIR] [--synthetic N | --n N] [--seed S]\n"
          "                    [--pool FILE] [--skip-public] [--max-records K] [--bulk T]\n"
          "                    [--show-missed K] [--save-load PATH] [--estimate]\n"
          "                    [--json | --summary]\n", stderr);
}

int main(int argc, char **argv)
{
    const char *data_dir = AKA_BENCH_DATA_DIR "/../../../shared/data";
    const char *pool_path = AKA_BENCH_DATA_DIR "/name_pool.tsv";
    unsigned long long n = 100000, seed = 42, show = 0, max_records = 0;
    int skip_public = 0;
    out_mode mode = OUT_TABLE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has = i + 1 < argc;
        if (strcmp(a, "--data-dir") == 0 && has)
            data_dir = argv[++i];
        else if (strcmp(a, "--pool") == 0 && has)
            pool_path = argv[++i];
        else if ((strcmp(a, "--synthetic") == 0 || strcmp(a, "--n") == 0) && has) {
            if (parse_size(argv[++i], 50000000ull, &n) != 0) {
                usage();
                return 2;
            }
        } else if (strcmp(a, "--seed") == 0 && has) {
            if (parse_size(argv[++i], UINT64_MAX, &seed) != 0) {
                usage();
                return 2;
            }
        } else if (strcmp(a, "--max-records") == 0 && has) {
            if (parse_size(argv[++i], 50000000ull, &max_records) != 0) {
                usage();
                return 2;
            }
        } else if (strcmp(a, "--show-missed") == 0 && has) {
            if (parse_size(argv[++i], 1000, &show) != 0) {
                usage();
                return 2;
            }
        } else if (strcmp(a, "--skip-public") == 0)
            skip_public = 1;
        else if (strcmp(a, "--bulk") == 0 && i + 1 < argc) {
            unsigned long long t;
            if (parse_size(argv[++i], 64, &t) || t == 0) {
                fputs("bench_engine: --bulk takes 1 to 64 threads\n", stderr);
                return 2;
            }
            bulk_threads = (unsigned)t;
        }
        else if (strcmp(a, "--estimate") == 0)
            do_estimate = 1;
        else if (strcmp(a, "--save-load") == 0 && has)
            save_load_path = argv[++i];
        else if (strcmp(a, "--json") == 0)
            mode = OUT_JSON;
        else if (strcmp(a, "--summary") == 0)
            mode = OUT_SUMMARY;
        else {
            usage();
            return 2;
        }
    }
    print_header(mode);
    static const dataset sets[] = {
        {"febrl1", "febrl/dataset1.csv", "AU", DS_FEBRL, NULL},
        {"febrl2", "febrl/dataset2.csv", "AU", DS_FEBRL, NULL},
        {"febrl3", "febrl/dataset3.csv", "AU", DS_FEBRL, NULL},
        {"fake_1000", "splink_datasets/fake_1000.csv", "GB", DS_SPLINK, "cluster"},
        {"fake_20000", "splink_datasets/fake_20000.csv", "GB", DS_SPLINK, "group"},
        {"historical", "splink_datasets/historical_figures_with_errors_50k.csv", "GB",
         DS_HISTORICAL, "cluster"},
    };
    result res, em;
    size_t done = 0;
    if (!skip_public)
        for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++) {
            /* Default options (no default_country), then the data's own
             * country: the table shows whether the option matters. */
            if (run_public(&sets[i], data_dir, NULL, (size_t)max_records, (int)show, &res,
                           &em) != 0)
                continue;
            print_result(&res, mode);
            if (do_estimate)
                print_result(&em, mode);
            done++;
            if (mode != OUT_SUMMARY &&
                run_public(&sets[i], data_dir, sets[i].country, (size_t)max_records, 0, &res,
                           &em) == 0) {
                print_result(&res, mode);
                if (do_estimate)
                    print_result(&em, mode);
            }
        }
    if (n > 0) {
        if (run_synthetic((size_t)n, seed, pool_path, NULL, (int)show, &res, &em) != 0)
            return 1;
        print_result(&res, mode);
        if (do_estimate)
            print_result(&em, mode);
        done++;
    }
    if (mode == OUT_SUMMARY)
        printf("engine: %zu runs done\n", done);
    return 0;
}
