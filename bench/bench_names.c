/* bench_names: how well and how fast libaka tells whether two strings are
 * the same personal name, next to the stock pipeline people reach for first.
 *
 * Evaluation (default): every labelled pair of bench/data/name_pairs_dev.tsv
 * is scored by aka_name_compare and by the stock pipeline, ICU's
 * "Any-Latin; Latin-ASCII; Lower" over each whole name followed by
 * Jaro-Winkler on the two results (same = JW >= 0.88). Per category and
 * overall it reports average precision (AP) of each score, precision,
 * recall and F1 of each `same` decision, and the threshold on libaka's
 * score that would maximise F1.
 *
 * AP with tied scores is the *expected* AP over all orders of each block of
 * tied scores (McSherry & Najork, ECIR 2008), computed exactly: a matcher
 * that outputs few distinct values earns nothing from the file's order.
 * A pair that aka_name_compare rejects (non-OK status) counts as score 0,
 * same 0, and is counted in the errors column.
 *
 * Speed (--speed): M random pairs (fixed seed) of the distinct names in
 * the file, timed three ways: aka_name_compare from raw strings (its token
 * cache does the caching), aka__nameform_compare over forms built once per
 * distinct name, and the stock pipeline from raw strings. The median of
 * --reps runs is reported.
 *
 *   bench_names [--data FILE] [--json | --summary] [--errors N]
 *   bench_names --speed [--pairs M] [--reps R] [--seed S] [--json | --summary]
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aka.h"
#include "bench_util.h"
#include "core/error.h"
#include "match/nameform.h"
#include "stock.h"

#ifndef AKA_BENCH_DATA_DIR
#define AKA_BENCH_DATA_DIR "bench/data"
#endif


/* ---- memory ------------------------------------------------------------- */

/* ---- deterministic PRNG: splitmix64 seeding xoshiro256** ---------------- */


/* ---- the data set ------------------------------------------------------- */

typedef struct pair {
    size_t cat; /* index into dataset.cats */
    int label;
    const char *a, *b;
    size_t alen, blen;
} pair;

typedef struct dataset {
    char *text; /* the file, cut into NUL-terminated fields in place */
    pair *pairs;
    size_t n;
    const char **cats; /* in order of first appearance */
    size_t ncats;
} dataset;

static void dataset_free(dataset *d)
{
    free(d->text);
    free(d->pairs);
    free(d->cats);
    memset(d, 0, sizeof *d);
}

/* Reads the TSV; on a problem prints its line number (never its content:
 * names are personal data even in a bench) and returns -1. */
static int dataset_load(dataset *d, const char *path)
{
    static const char header[] = "category\tlabel\ta\tb\tnote";
    memset(d, 0, sizeof *d);
    size_t len;
    d->text = read_file(path, &len);
    if (!d->text) {
        fprintf(stderr, "bench_names: cannot read the data file: %s\n",
                strerror(errno));
        return -1;
    }
    if (memchr(d->text, '\0', len)) {
        fputs("bench_names: the data file contains a NUL byte\n", stderr);
        return -1;
    }
    size_t cap = 0, catcap = 0, lineno = 0;
    char *p = d->text, *end = d->text + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *eol = nl ? nl : end;
        char *next = nl ? nl + 1 : end;
        lineno++;
        if (eol > p && eol[-1] == '\r') /* tolerate CRLF checkouts */
            eol--;
        *eol = '\0';
        if (lineno == 1) {
            if (strcmp(p, header) != 0) {
                fputs("bench_names: line 1: expected the header "
                      "category, label, a, b, note\n", stderr);
                return -1;
            }
            p = next;
            continue;
        }
        if (eol == p) { /* blank lines (a final newline) are harmless */
            p = next;
            continue;
        }
        char *f[5];
        int nf = 0;
        f[nf++] = p;
        for (char *q = p; q < eol; q++)
            if (*q == '\t') {
                *q = '\0';
                if (nf == 5) {
                    nf++;
                    break;
                }
                f[nf++] = q + 1;
            }
        if (nf != 5) {
            fprintf(stderr, "bench_names: line %zu: expected 5 tab-separated "
                    "columns\n", lineno);
            return -1;
        }
        if (!f[0][0] || !f[2][0] || !f[3][0]) {
            fprintf(stderr, "bench_names: line %zu: empty category or name\n",
                    lineno);
            return -1;
        }
        if (strcmp(f[1], "0") != 0 && strcmp(f[1], "1") != 0) {
            fprintf(stderr, "bench_names: line %zu: label must be 0 or 1\n",
                    lineno);
            return -1;
        }
        size_t c = 0;
        while (c < d->ncats && strcmp(d->cats[c], f[0]) != 0)
            c++;
        if (c == d->ncats) {
            if (d->ncats == catcap) {
                catcap = catcap ? catcap * 2 : 32;
                d->cats = xrealloc(d->cats, catcap * sizeof *d->cats);
            }
            d->cats[d->ncats++] = f[0];
        }
        if (d->n == cap) {
            cap = cap ? cap * 2 : 1024;
            d->pairs = xrealloc(d->pairs, cap * sizeof *d->pairs);
        }
        d->pairs[d->n++] = (pair){c, f[1][0] == '1', f[2], f[3], strlen(f[2]),
                                  strlen(f[3])};
        p = next;
    }
    if (d->n == 0) {
        fputs("bench_names: the data file holds no pairs\n", stderr);
        return -1;
    }
    return 0;
}

/* ---- metrics ------------------------------------------------------------ */

typedef struct scored {
    double score;
    int label;
} scored;

static int by_score_desc(const void *x, const void *y)
{
    double a = ((const scored *)x)->score, b = ((const scored *)y)->score;
    return (a < b) - (a > b);
}

typedef struct side_stats {
    double ap;           /* NAN when the group has no positive */
    double best_f1, best_thr;
    size_t tp, fp, fn, tn, errors;
} side_stats;

/* Expected average precision under a uniformly random order inside each
 * block of tied scores. For a block of k items holding p positives, after
 * r items of which t positives: the item at block position i (1-based) is
 * positive with probability p/k, and then the positives before it in the
 * block number (i-1)(p-1)/(k-1) on average (hypergeometric), so the block
 * adds sum_i (p/k) (t + 1 + (i-1)(p-1)/(k-1)) / (r + i) to the sum of
 * precisions at positives. Also finds the threshold (score >= thr) with the
 * best F1; on equal F1 the higher threshold wins. `v` is sorted here. */
static void rank_metrics(scored *v, size_t n, size_t pos, side_stats *out)
{
    qsort(v, n, sizeof *v, by_score_desc);
    double sum = 0;
    size_t r = 0, t = 0;
    out->best_f1 = NAN;
    out->best_thr = NAN;
    while (r < n) {
        size_t k = 1, p = (size_t)v[r].label;
        while (r + k < n && v[r + k].score == v[r].score)
            p += (size_t)v[r + k++].label;
        if (p) {
            for (size_t i = 1; i <= k; i++) {
                double before = k > 1 ? (double)(i - 1) * (double)(p - 1) /
                                            (double)(k - 1)
                                      : 0.0;
                sum += ((double)p / (double)k) * ((double)t + 1.0 + before) /
                       (double)(r + i);
            }
        }
        r += k;
        t += p;
        if (pos) {
            /* 2TP / (2TP + FP + FN) with FN = pos - TP, FP = r - TP. */
            double f1 = 2.0 * (double)t / (double)(pos + r);
            if (isnan(out->best_f1) || f1 > out->best_f1) {
                out->best_f1 = f1;
                out->best_thr = v[r - 1].score;
            }
        }
    }
    out->ap = pos ? sum / (double)pos : NAN;
}

static double ratio(size_t num, size_t den)
{
    return den ? (double)num / (double)den : NAN;
}

static double precision_of(const side_stats *s) { return ratio(s->tp, s->tp + s->fp); }
static double recall_of(const side_stats *s) { return ratio(s->tp, s->tp + s->fn); }
static double f1_of(const side_stats *s)
{
    return s->tp + s->fn ? ratio(2 * s->tp, 2 * s->tp + s->fp + s->fn) : NAN;
}
static double accuracy_of(const side_stats *s)
{
    return ratio(s->tp + s->tn, s->tp + s->tn + s->fp + s->fn);
}

/* ---- evaluation --------------------------------------------------------- */

typedef struct outcome {
    double aka_score, stock_score;
    int aka_same, stock_same;
    aka_status aka_status_code;
} outcome;

typedef struct group {
    const char *name;
    size_t n, pos;
    side_stats aka, stock;
} group;

static void count(side_stats *s, int label, int same)
{
    if (label)
        *(same ? &s->tp : &s->fn) += 1;
    else
        *(same ? &s->fp : &s->tn) += 1;
}

/* Statistics of the pairs in category `cat`, or of all pairs when
 * cat == d->ncats. */
static void group_stats(const dataset *d, const outcome *o, size_t cat,
                        group *g, scored *tmp_a, scored *tmp_s)
{
    memset(g, 0, sizeof *g);
    g->name = cat < d->ncats ? d->cats[cat] : "overall";
    for (size_t i = 0; i < d->n; i++) {
        const pair *p = &d->pairs[i];
        if (cat < d->ncats && p->cat != cat)
            continue;
        tmp_a[g->n] = (scored){o[i].aka_score, p->label};
        tmp_s[g->n] = (scored){o[i].stock_score, p->label};
        g->n++;
        g->pos += (size_t)p->label;
        count(&g->aka, p->label, o[i].aka_same);
        count(&g->stock, p->label, o[i].stock_same);
        g->aka.errors += o[i].aka_status_code != AKA_OK;
        g->stock.errors += o[i].stock_score < 0;
    }
    rank_metrics(tmp_a, g->n, g->pos, &g->aka);
    rank_metrics(tmp_s, g->n, g->pos, &g->stock);
}

static void json_string(const char *s)
{
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

static void json_num(const char *key, double v, int last)
{
    if (isnan(v))
        printf("\"%s\":null%s", key, last ? "" : ",");
    else
        printf("\"%s\":%.4f%s", key, v, last ? "" : ",");
}

static void json_side(const char *key, const side_stats *s, int last)
{
    printf("\"%s\":{", key);
    json_num("ap", s->ap, 0);
    json_num("precision", precision_of(s), 0);
    json_num("recall", recall_of(s), 0);
    json_num("f1", f1_of(s), 0);
    json_num("accuracy", accuracy_of(s), 0);
    printf("\"tp\":%zu,\"fp\":%zu,\"fn\":%zu,\"tn\":%zu,\"errors\":%zu,",
           s->tp, s->fp, s->fn, s->tn, s->errors);
    json_num("best_f1", s->best_f1, 0);
    json_num("best_f1_threshold", s->best_thr, 1);
    printf("}%s", last ? "" : ",");
}

static void print_group_json(const group *g)
{
    printf("{\"bench\":\"names\",\"record\":\"group\",\"group\":");
    json_string(g->name);
    printf(",\"n\":%zu,\"positives\":%zu,", g->n, g->pos);
    json_side("aka", &g->aka, 0);
    json_side("stock", &g->stock, 0);
    printf("\"stock_same_threshold\":%.2f,\"version\":\"%s\"}\n", STOCK_SAME_JW,
           aka_version_string());
}

/* A fixed-width cell: the value, or "-" when undefined. */
static void cell(double v)
{
    if (isnan(v))
        printf(" %6s", "-");
    else
        printf(" %6.3f", v);
}

static void print_table_header(void)
{
    printf("%-18s %5s %5s |%14s |%21s |%21s |%14s |%4s\n", "", "", "",
           "AP", "libaka same", "stock same", "accuracy", "");
    printf("%-18s %5s %5s | %6s %6s | %6s %6s %6s | %6s %6s %6s | %6s %6s | %4s\n",
           "category", "n", "pos", "libaka", "stock", "P", "R", "F1", "P", "R",
           "F1", "libaka", "stock", "err");
}

static void print_group_row(const group *g)
{
    printf("%-18s %5zu %5zu |", g->name, g->n, g->pos);
    cell(g->aka.ap);
    cell(g->stock.ap);
    printf(" |");
    cell(precision_of(&g->aka));
    cell(recall_of(&g->aka));
    cell(f1_of(&g->aka));
    printf(" |");
    cell(precision_of(&g->stock));
    cell(recall_of(&g->stock));
    cell(f1_of(&g->stock));
    printf(" |");
    cell(accuracy_of(&g->aka));
    cell(accuracy_of(&g->stock));
    printf(" | %4zu\n", g->aka.errors);
}

/* ---- the worst mistakes, for tuning ------------------------------------- */

typedef struct ranked {
    size_t idx;
    double key;
} ranked;

static int by_key_desc(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->key != b->key)
        return (a->key < b->key) - (a->key > b->key);
    return (a->idx > b->idx) - (a->idx < b->idx); /* stable: file order */
}

/* The comparison level that the internal API gives, so a mistake can be
 * traced to the stage that made it; -1 when a form cannot be built. */
static int level_of(const pair *p)
{
    aka__nameform *fa = NULL, *fb = NULL;
    aka__err err;
    int level = -1;
    if (aka__nameform_new(p->a, p->alen, &fa, &err) == AKA_OK &&
        aka__nameform_new(p->b, p->blen, &fb, &err) == AKA_OK) {
        double score;
        int same;
        if (aka__nameform_compare(fa, fb, &score, &same, &level) != AKA_OK)
            level = -1;
    }
    aka__nameform_free(fa);
    aka__nameform_free(fb);
    return level;
}

static void print_mistakes(const dataset *d, const outcome *o, size_t limit,
                           int json)
{
    ranked *v = xcalloc(d->n, sizeof *v);
    for (int kind = 0; kind < 2; kind++) {
        /* kind 0: false positives, highest score first; kind 1: false
         * negatives, lowest score first. */
        size_t n = 0;
        for (size_t i = 0; i < d->n; i++) {
            int label = d->pairs[i].label;
            if (kind == 0 && !label && o[i].aka_same)
                v[n++] = (ranked){i, o[i].aka_score};
            else if (kind == 1 && label && !o[i].aka_same)
                v[n++] = (ranked){i, -o[i].aka_score};
        }
        qsort(v, n, sizeof *v, by_key_desc);
        const char *what = kind == 0 ? "false_positive" : "false_negative";
        if (!json)
            printf("\n%zu %s (label %d, libaka same %d); the worst %zu, "
                   "%s score first:\n", n,
                   kind == 0 ? "false positives" : "false negatives", kind,
                   !kind, n < limit ? n : limit,
                   kind == 0 ? "highest" : "lowest");
        for (size_t r = 0; r < n && r < limit; r++) {
            const pair *p = &d->pairs[v[r].idx];
            const outcome *q = &o[v[r].idx];
            int level = level_of(p);
            if (json) {
                printf("{\"bench\":\"names\",\"record\":\"%s\",\"rank\":%zu,"
                       "\"category\":", what, r + 1);
                json_string(d->cats[p->cat]);
                printf(",\"a\":");
                json_string(p->a);
                printf(",\"b\":");
                json_string(p->b);
                printf(",\"score\":%.4f,\"level\":%d,\"status\":\"%s\","
                       "\"stock_score\":%.4f}\n", q->aka_score, level,
                       aka_status_str(q->aka_status_code), q->stock_score);
            } else {
                printf("  %6.3f  level %2d  stock %5.3f  %-18s %s  |  %s%s%s\n",
                       q->aka_score, level, q->stock_score, d->cats[p->cat],
                       p->a, p->b, q->aka_status_code ? "  " : "",
                       q->aka_status_code ? aka_status_str(q->aka_status_code)
                                          : "");
            }
        }
    }
    free(v);
}

static int evaluate(const dataset *d, const char *path, int json, int summary,
                    size_t errors_n)
{
    stock st;
    if (stock_open(&st) != 0)
        return 1;
    outcome *o = xcalloc(d->n, sizeof *o);
    size_t bad_contract = 0;
    for (size_t i = 0; i < d->n; i++) {
        const pair *p = &d->pairs[i];
        double score = 0;
        int same = 0;
        aka_status s = aka_name_compare(p->a, p->alen, p->b, p->blen, &score,
                                        &same);
        if (s == AKA_OK && (!(score >= 0.0 && score <= 1.0) ||
                            (same != 0 && same != 1))) {
            bad_contract++; /* outside the documented range: a bug to see */
            s = AKA_ERR_INTERNAL;
        }
        o[i].aka_status_code = s;
        o[i].aka_score = s == AKA_OK ? score : 0.0;
        o[i].aka_same = s == AKA_OK && same;
        o[i].stock_score = stock_compare(&st, p->a, p->alen, p->b, p->blen);
        o[i].stock_same = o[i].stock_score >= STOCK_SAME_JW;
    }
    stock_close(&st);
    if (bad_contract)
        fprintf(stderr, "bench_names: %zu results outside the documented range "
                "(score in [0, 1], same 0 or 1), counted as errors\n",
                bad_contract);

    scored *ta = xcalloc(d->n, sizeof *ta), *ts = xcalloc(d->n, sizeof *ts);
    group all;
    group_stats(d, o, d->ncats, &all, ta, ts);
    if (summary) {
        const char *base = strrchr(path, '/');
        printf("bench_names: %zu labelled name pairs in %s, %zu categories\n",
               d->n, base ? base + 1 : path, d->ncats);
        printf("  libaka aka_name_compare  AP %.3f  P %.3f  R %.3f  F1 %.3f"
               "  (best F1 %.3f at score >= %.3f)\n", all.aka.ap,
               precision_of(&all.aka), recall_of(&all.aka), f1_of(&all.aka),
               all.aka.best_f1, all.aka.best_thr);
        printf("  stock ICU Any-Latin + JW AP %.3f  P %.3f  R %.3f  F1 %.3f"
               "  (JW >= %.2f)\n", all.stock.ap, precision_of(&all.stock),
               recall_of(&all.stock), f1_of(&all.stock), STOCK_SAME_JW);
    } else if (json) {
        for (size_t c = 0; c < d->ncats; c++) {
            group g;
            group_stats(d, o, c, &g, ta, ts);
            print_group_json(&g);
        }
        print_group_json(&all);
    } else {
        printf("libaka %s  name matching on %s\n"
               "%zu pairs, %zu positive; stock = ICU \"Any-Latin; Latin-ASCII; "
               "Lower\" + Jaro-Winkler, same = JW >= %.2f\n"
               "AP: expected over random orders within tied scores; "
               "err: pairs libaka rejected (scored 0)\n\n",
               aka_version_string(), path, d->n, all.pos, STOCK_SAME_JW);
        print_table_header();
        for (size_t c = 0; c < d->ncats; c++) {
            group g;
            group_stats(d, o, c, &g, ta, ts);
            print_group_row(&g);
        }
        print_group_row(&all);
        printf("\nlibaka best-F1 threshold: score >= %.4f gives F1 %.3f "
               "(its own `same` gives %.3f; stock JW's best: F1 %.3f at "
               ">= %.4f)\n", all.aka.best_thr, all.aka.best_f1, f1_of(&all.aka),
               all.stock.best_f1, all.stock.best_thr);
        /* The floor any F1 here must beat: calling every pair the same. */
        printf("F1 of calling every pair the same: %.3f\n",
               2.0 * (double)all.pos / (double)(all.pos + all.n));
    }
    if (errors_n)
        print_mistakes(d, o, errors_n, json);
    free(ta);
    free(ts);
    free(o);
    return 0;
}

/* ---- speed -------------------------------------------------------------- */

typedef struct name {
    const char *s;
    size_t len;
} name;

static int name_cmp(const void *x, const void *y)
{
    const name *a = x, *b = y;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->s, b->s, n);
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

typedef struct run_counts {
    size_t same, errors;
} run_counts;

static double time_raw(const name *names, const uint32_t *pr, size_t m,
                       run_counts *rc)
{
    size_t same_n = 0, err = 0;
    double t0 = now_sec();
    for (size_t i = 0; i < m; i++) {
        const name *a = &names[pr[2 * i]], *b = &names[pr[2 * i + 1]];
        double score;
        int same;
        if (aka_name_compare(a->s, a->len, b->s, b->len, &score, &same) == AKA_OK)
            same_n += same != 0;
        else
            err++;
    }
    double t = now_sec() - t0;
    *rc = (run_counts){same_n, err};
    return t;
}

static double time_forms(aka__nameform *const *forms, const uint32_t *pr,
                         size_t m, run_counts *rc)
{
    size_t same_n = 0, err = 0;
    double t0 = now_sec();
    for (size_t i = 0; i < m; i++) {
        const aka__nameform *a = forms[pr[2 * i]], *b = forms[pr[2 * i + 1]];
        double score;
        int same, level;
        if (a && b && aka__nameform_compare(a, b, &score, &same, &level) == AKA_OK)
            same_n += same != 0;
        else
            err++;
    }
    double t = now_sec() - t0;
    *rc = (run_counts){same_n, err};
    return t;
}

static double time_stock(stock *st, const name *names, const uint32_t *pr,
                         size_t m, run_counts *rc)
{
    size_t same_n = 0, err = 0;
    double t0 = now_sec();
    for (size_t i = 0; i < m; i++) {
        const name *a = &names[pr[2 * i]], *b = &names[pr[2 * i + 1]];
        double jw = stock_compare(st, a->s, a->len, b->s, b->len);
        if (jw < 0)
            err++;
        else
            same_n += jw >= STOCK_SAME_JW;
    }
    double t = now_sec() - t0;
    *rc = (run_counts){same_n, err};
    return t;
}

static int speed(const dataset *d, size_t m, size_t reps, uint64_t seed,
                 int json, int summary)
{
    /* Every distinct name of the file, once. */
    name *names = xcalloc(2 * d->n, sizeof *names);
    size_t nn = 0;
    for (size_t i = 0; i < d->n; i++) {
        names[nn++] = (name){d->pairs[i].a, d->pairs[i].alen};
        names[nn++] = (name){d->pairs[i].b, d->pairs[i].blen};
    }
    qsort(names, nn, sizeof *names, name_cmp);
    size_t nd = 0;
    for (size_t i = 0; i < nn; i++)
        if (nd == 0 || name_cmp(&names[nd - 1], &names[i]) != 0)
            names[nd++] = names[i];

    /* Random pairs of two different names; sorted names make the draw
     * independent of the file's line order. */
    rng r;
    rng_seed(&r, seed);
    uint32_t *pr = xcalloc(2 * m, sizeof *pr);
    for (size_t i = 0; i < m; i++) {
        size_t a = rng_below(&r, nd), b = rng_below(&r, nd);
        while (nd > 1 && b == a)
            b = rng_below(&r, nd);
        pr[2 * i] = (uint32_t)a;
        pr[2 * i + 1] = (uint32_t)b;
    }

    stock st;
    if (stock_open(&st) != 0) {
        free(pr);
        free(names);
        return 1;
    }
    double *t = xcalloc(reps, sizeof *t);
    run_counts raw_c = {0, 0}, form_c = {0, 0}, stock_c = {0, 0};

    for (size_t i = 0; i < reps; i++)
        t[i] = time_raw(names, pr, m, &raw_c);
    double raw_s = median(t, reps);

    aka__nameform **forms = xcalloc(nd, sizeof *forms);
    size_t form_errors = 0;
    double t0 = now_sec();
    for (size_t i = 0; i < nd; i++) {
        aka__err err;
        if (aka__nameform_new(names[i].s, names[i].len, &forms[i], &err) != AKA_OK) {
            forms[i] = NULL;
            form_errors++;
        }
    }
    double build_s = now_sec() - t0;
    for (size_t i = 0; i < reps; i++)
        t[i] = time_forms(forms, pr, m, &form_c);
    double form_s = median(t, reps);

    for (size_t i = 0; i < reps; i++)
        t[i] = time_stock(&st, names, pr, m, &stock_c);
    double stock_s = median(t, reps);

    double dm = (double)m;
    double raw_ps = raw_s > 0 ? dm / raw_s : 0;
    double form_ps = form_s > 0 ? dm / form_s : 0;
    double stock_ps = stock_s > 0 ? dm / stock_s : 0;
    double build_ps = build_s > 0 ? (double)nd / build_s : 0;
    double raw_x = stock_ps > 0 ? raw_ps / stock_ps : 0;
    double form_x = stock_ps > 0 ? form_ps / stock_ps : 0;

    if (json) {
        printf("{\"bench\":\"names\",\"record\":\"speed\",\"pairs\":%zu,"
               "\"reps\":%zu,\"seed\":%llu,\"distinct_names\":%zu,"
               "\"aka_raw_per_s\":%.0f,\"aka_forms_per_s\":%.0f,"
               "\"forms_built_per_s\":%.0f,\"stock_per_s\":%.0f,"
               "\"ratio_raw_vs_stock\":%.3f,\"ratio_forms_vs_stock\":%.3f,"
               "\"aka_raw_same\":%zu,\"aka_forms_same\":%zu,\"stock_same\":%zu,"
               "\"aka_raw_errors\":%zu,\"aka_forms_errors\":%zu,"
               "\"form_build_errors\":%zu,\"stock_errors\":%zu,"
               "\"version\":\"%s\"}\n",
               m, reps, (unsigned long long)seed, nd, raw_ps, form_ps, build_ps,
               stock_ps, raw_x, form_x, raw_c.same, form_c.same, stock_c.same,
               raw_c.errors, form_c.errors, form_errors, stock_c.errors,
               aka_version_string());
    } else if (summary) {
        printf("bench_names --speed: %zu random pairs of %zu distinct names, "
               "median of %zu runs (comparisons/s)\n", m, nd, reps);
        printf("  libaka %.0f from raw strings, %.0f precomputed; stock ICU+JW "
               "%.0f (libaka = %.1fx / %.1fx)\n", raw_ps, form_ps, stock_ps,
               raw_x, form_x);
    } else {
        printf("libaka %s  name comparison speed: %zu random pairs of %zu "
               "distinct dev-set names, seed %llu, median of %zu runs\n\n",
               aka_version_string(), m, nd, (unsigned long long)seed, reps);
        printf("%-46s %12s %9s %7s %7s\n", "method", "cmp/s", "ns/cmp",
               "same %", "errors");
        const struct {
            const char *label;
            double ps;
            run_counts c;
        } rows[] = {
            {"aka_name_compare (raw strings, token cache)", raw_ps, raw_c},
            {"aka__nameform_compare (precomputed forms)", form_ps, form_c},
            {"stock: ICU Any-Latin;Latin-ASCII;Lower + JW", stock_ps, stock_c},
        };
        for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
            printf("%-46s %12.0f %9.1f %7.2f %7zu\n", rows[i].label, rows[i].ps,
                   rows[i].ps > 0 ? 1e9 / rows[i].ps : 0.0,
                   100.0 * (double)rows[i].c.same / dm, rows[i].c.errors);
        printf("\nforms built: %zu in %.1f ms (%.0f forms/s, %zu failed)\n",
               nd, build_s * 1e3, build_ps, form_errors);
        printf("libaka / stock: %.2fx from raw strings, %.2fx precomputed\n",
               raw_x, form_x);
    }
    for (size_t i = 0; i < nd; i++)
        aka__nameform_free(forms[i]);
    free(forms);
    free(t);
    stock_close(&st);
    free(pr);
    free(names);
    return 0;
}

/* ---- command line ------------------------------------------------------- */

static void usage(FILE *f)
{
    fputs("usage: bench_names [--data FILE] [--json | --summary] [--errors N]\n"
          "       bench_names --speed [--pairs M] [--reps R] [--seed S]\n"
          "                   [--data FILE] [--json | --summary]\n"
          "  --data FILE  labelled pairs (default " AKA_BENCH_DATA_DIR
          "/name_pairs_dev.tsv)\n"
          "  --json       one JSON object per line (per category, overall)\n"
          "  --summary    a few lines for make demo\n"
          "  --errors N   list the N worst false positives and negatives\n"
          "  --speed      time comparisons instead of evaluating them\n"
          "  --pairs M    random pairs timed (default 200000)\n"
          "  --reps R     timed runs; their median is reported (default 5)\n"
          "  --seed S     seed of the random pairs (default 1)\n", f);
}

int main(int argc, char **argv)
{
    unsigned long long pairs = 200000, reps = 5, seed = 1, errors_n = 0;
    const char *path = AKA_BENCH_DATA_DIR "/name_pairs_dev.tsv";
    int json = 0, summary = 0, do_speed = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--json")) {
            json = 1;
        } else if (!strcmp(a, "--summary")) {
            summary = 1;
        } else if (!strcmp(a, "--speed")) {
            do_speed = 1;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (val && !strcmp(a, "--data")) {
            path = val;
            i++;
        } else if (val && !strcmp(a, "--errors")) {
            if (parse_size(val, 1000000ull, &errors_n))
                goto bad;
            i++;
        } else if (val && !strcmp(a, "--pairs")) {
            if (parse_size(val, 100000000ull, &pairs) || pairs == 0)
                goto bad;
            i++;
        } else if (val && !strcmp(a, "--reps")) {
            if (parse_size(val, 1000ull, &reps) || reps == 0)
                goto bad;
            i++;
        } else if (val && !strcmp(a, "--seed")) {
            if (parse_size(val, UINT64_MAX, &seed))
                goto bad;
            i++;
        } else {
            goto bad;
        }
        continue;
    bad:
        fprintf(stderr, "bench_names: bad argument %s\n", a);
        usage(stderr);
        return 2;
    }
    if (json && summary) {
        fputs("bench_names: --json and --summary exclude each other\n", stderr);
        return 2;
    }

    dataset d;
    if (dataset_load(&d, path) != 0) {
        dataset_free(&d);
        return 1;
    }
    int rc = do_speed ? speed(&d, (size_t)pairs, (size_t)reps, seed, json, summary)
                      : evaluate(&d, path, json, summary, (size_t)errors_n);
    dataset_free(&d);
    return rc;
}
