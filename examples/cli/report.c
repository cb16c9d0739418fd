/* report.c -- what aka-resolve says about the entities: the possible-match
 * and explanation files, B-cubed scores against a truth column, and the
 * readable report.
 *
 * SPDX-License-Identifier: CC0-1.0 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "json.h"

/* Entities up to this size get a maximum spanning tree of explanations
 * (every pair explained once); larger ones are explained as a star around
 * their first record, so that the cost stays linear in the records. */
#define TREE_MAX 32

/* ---- groups ------------------------------------------------------------- */

static const cli_run *sort_run;

static int cmp_by_entity(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    uint64_t ea = sort_run->rec[a].entity, eb = sort_run->rec[b].entity;
    if (ea != eb)
        return ea < eb ? -1 : 1;
    return (a > b) - (a < b);
}

cli_group *cli_groups(const cli_run *run, size_t *out_n)
{
    *out_n = 0;
    size_t *ix = malloc((run->n ? run->n : 1) * sizeof *ix);
    cli_group *g = malloc((run->n ? run->n : 1) * sizeof *g);
    if (!ix || !g) {
        free(ix);
        free(g);
        return NULL;
    }
    /* The first group owns the index array, and so does g[0] when there
     * are no groups, so that cli_groups_free frees it either way. */
    g[0].idx = ix;
    g[0].n = 0;
    for (size_t i = 0; i < run->n; i++)
        ix[i] = i;
    sort_run = run;
    qsort(ix, run->n, sizeof *ix, cmp_by_entity);
    size_t ng = 0;
    for (size_t i = 0; i < run->n;) {
        size_t j = i;
        while (j < run->n && run->rec[ix[j]].entity == run->rec[ix[i]].entity)
            j++;
        g[ng].entity = run->rec[ix[i]].entity;
        g[ng].idx = ix + i;
        g[ng].n = j - i;
        ng++;
        i = j;
    }
    *out_n = ng;
    return g;
}

void cli_groups_free(cli_group *g)
{
    /* Every group points into one index array, owned by the first (by
     * g[0] when there are none). */
    if (g)
        free(g[0].idx);
    free(g);
}

/* ---- JSON from the engine ---------------------------------------------------- */

char *cli_entity_json(aka_engine *e, uint64_t entity)
{
    size_t len = 0;
    aka_status st = aka_engine_entity(e, entity, NULL, 0, &len);
    if (st != AKA_OK && st != AKA_ERR_BUFFER) {
        fprintf(stderr, "aka-resolve: libaka: %s\n", aka_engine_errmsg(e));
        return NULL;
    }
    char *buf = malloc(len + 1);
    if (!buf || aka_engine_entity(e, entity, buf, len + 1, &len) != AKA_OK) {
        fprintf(stderr, "aka-resolve: libaka: %s\n",
                buf ? aka_engine_errmsg(e) : "out of memory");
        free(buf);
        return NULL;
    }
    return buf;
}

char *cli_explain_json(aka_engine *e, const cli_rec *a, const cli_rec *b)
{
    size_t len = 0;
    aka_status st = aka_engine_explain(e, a->source, strlen(a->source), a->id,
                                       strlen(a->id), b->source,
                                       strlen(b->source), b->id, strlen(b->id),
                                       NULL, 0, &len);
    if (st != AKA_OK && st != AKA_ERR_BUFFER) {
        fprintf(stderr, "aka-resolve: libaka: %s\n", aka_engine_errmsg(e));
        return NULL;
    }
    char *buf = malloc(len + 1);
    if (!buf ||
        aka_engine_explain(e, a->source, strlen(a->source), a->id, strlen(a->id),
                           b->source, strlen(b->source), b->id, strlen(b->id),
                           buf, len + 1, &len) != AKA_OK) {
        fprintf(stderr, "aka-resolve: libaka: %s\n",
                buf ? aka_engine_errmsg(e) : "out of memory");
        free(buf);
        return NULL;
    }
    return buf;
}

void cli_json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void json_key(FILE *f, const jv *rec)
{
    fputs("{\"source\":", f);
    cli_json_str(f, jv_str(rec, "source"));
    fputs(",\"record_id\":", f);
    cli_json_str(f, jv_str(rec, "record_id"));
    fputc('}', f);
}

/* Find a record by key (linear: the callers look up a handful). */
static const cli_rec *find_rec(const cli_run *run, const cli_group *g,
                               const char *source, const char *id)
{
    for (size_t i = 0; i < g->n; i++) {
        const cli_rec *r = &run->rec[g->idx[i]];
        if (!strcmp(r->source, source) && !strcmp(r->id, id))
            return r;
    }
    return NULL;
}

/* The group of an entity id (binary search over the sorted groups). */
static const cli_group *group_of(const cli_group *g, size_t ng, uint64_t entity)
{
    size_t lo = 0, hi = ng;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (g[mid].entity < entity)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ng && g[lo].entity == entity ? &g[lo] : NULL;
}

/* Calls fn for every possible match of every entity, once per pair of
 * entities (from the side with the smaller id; the relation is
 * symmetric). */
typedef int (*pm_fn)(const cli_run *run, const cli_group *g, size_t ng,
                     uint64_t entity, const jv *pm, void *ctx);

static int each_possible_match(const cli_run *run, const cli_group *g,
                               size_t ng, pm_fn fn, void *ctx)
{
    for (size_t i = 0; i < ng; i++) {
        char *js = cli_entity_json(run->e, g[i].entity);
        if (!js)
            return EXIT_LIBRARY;
        jv *v = jv_parse(js, strlen(js));
        free(js);
        if (!v) {
            fputs("aka-resolve: libaka returned JSON this program cannot read\n",
                  stderr);
            return EXIT_LIBRARY;
        }
        const jv *pms = jv_get(v, "possible_matches");
        int code = 0;
        for (size_t k = 0; pms && pms->type == JV_ARR && k < pms->len && !code; k++) {
            double other = jv_num(&pms->item[k], "entity", 0);
            if (other > (double)g[i].entity)
                code = fn(run, g, ng, g[i].entity, &pms->item[k], ctx);
        }
        jv_free(v);
        if (code)
            return code;
    }
    return 0;
}

static int pm_line(const cli_run *run, const cli_group *g, size_t ng,
                   uint64_t entity, const jv *pm, void *ctx)
{
    (void)run;
    (void)g;
    (void)ng;
    FILE *f = ctx;
    fprintf(f, "{\"entity\":%llu,\"other_entity\":%.0f,\"probability\":%.6f,"
               "\"weight\":%.3f,\"cause\":",
            (unsigned long long)entity, jv_num(pm, "entity", 0),
            jv_num(pm, "probability", 0), jv_num(pm, "weight", 0));
    cli_json_str(f, jv_str(pm, "cause"));
    fputs(",\"record\":", f);
    json_key(f, jv_get(pm, "record"));
    fputs(",\"other_record\":", f);
    json_key(f, jv_get(pm, "other_record"));
    fputs("}\n", f);
    return 0;
}

int cli_write_possible_matches(const cli_run *run, FILE *f)
{
    size_t ng;
    cli_group *g = cli_groups(run, &ng);
    if (!g)
        return EXIT_LIBRARY;
    int code = each_possible_match(run, g, ng, pm_line, f);
    cli_groups_free(g);
    return code;
}

/* ---- explanations file -------------------------------------------------------- */

static int explain_line(FILE *f, const cli_run *run, const char *type,
                        uint64_t entity, const cli_rec *a, const cli_rec *b,
                        const char *cause)
{
    char *js = cli_explain_json(run->e, a, b);
    if (!js)
        return EXIT_LIBRARY;
    fprintf(f, "{\"type\":\"%s\",\"entity\":%llu,", type,
            (unsigned long long)entity);
    if (cause) {
        fputs("\"cause\":", f);
        cli_json_str(f, cause);
        fputc(',', f);
    }
    fprintf(f, "\"explanation\":%s}\n", js);
    free(js);
    return 0;
}

static double explain_total(const cli_run *run, const cli_rec *a,
                            const cli_rec *b, int *err)
{
    char *js = cli_explain_json(run->e, a, b);
    jv *v = js ? jv_parse(js, strlen(js)) : NULL;
    free(js);
    if (!v) {
        *err = 1;
        return 0;
    }
    double t = jv_num(v, "total", 0);
    jv_free(v);
    return t;
}

/* The merges of one entity: a maximum spanning tree of its records by pair
 * score (Prim), which is what the engine's strongest-first union-find
 * builds from its candidate pairs; for a big entity a star around its first
 * record. n - 1 lines either way. */
static int explain_entity(FILE *f, const cli_run *run, const cli_group *g)
{
    size_t n = g->n;
    if (n < 2)
        return 0;
    if (n > TREE_MAX) {
        for (size_t i = 1; i < n; i++) {
            int code = explain_line(f, run, "merge", g->entity,
                                    &run->rec[g->idx[0]], &run->rec[g->idx[i]],
                                    NULL);
            if (code)
                return code;
        }
        return 0;
    }
    double w[TREE_MAX][TREE_MAX];
    int err = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            w[i][j] = w[j][i] = explain_total(run, &run->rec[g->idx[i]],
                                              &run->rec[g->idx[j]], &err);
    if (err)
        return EXIT_LIBRARY;
    int in_tree[TREE_MAX] = {1};
    double best[TREE_MAX];
    size_t from[TREE_MAX];
    for (size_t i = 1; i < n; i++) {
        best[i] = w[0][i];
        from[i] = 0;
    }
    for (size_t step = 1; step < n; step++) {
        size_t pick = 0;
        for (size_t i = 1; i < n; i++)
            if (!in_tree[i] && (!pick || best[i] > best[pick]))
                pick = i;
        in_tree[pick] = 1;
        int code = explain_line(f, run, "merge", g->entity,
                                &run->rec[g->idx[from[pick]]],
                                &run->rec[g->idx[pick]], NULL);
        if (code)
            return code;
        for (size_t i = 1; i < n; i++)
            if (!in_tree[i] && w[pick][i] > best[i]) {
                best[i] = w[pick][i];
                from[i] = pick;
            }
    }
    return 0;
}

/* The two records of a possible match of `entity` (pm, from the library's
 * JSON), or NULL where a record is not of this run. */
static void pm_records(const cli_run *run, const cli_group *g, size_t ng,
                       uint64_t entity, const jv *pm, const cli_rec **a,
                       const cli_rec **b)
{
    const jv *ra = jv_get(pm, "record"), *rb = jv_get(pm, "other_record");
    const cli_group *ga = group_of(g, ng, entity);
    const cli_group *gb = group_of(g, ng, (uint64_t)jv_num(pm, "entity", 0));
    *a = ga ? find_rec(run, ga, jv_str(ra, "source"), jv_str(ra, "record_id"))
            : NULL;
    *b = gb ? find_rec(run, gb, jv_str(rb, "source"), jv_str(rb, "record_id"))
            : NULL;
}

typedef struct pm_explain_ctx {
    FILE *f;
} pm_explain_ctx;

static int pm_explain(const cli_run *run, const cli_group *g, size_t ng,
                      uint64_t entity, const jv *pm, void *ctx)
{
    pm_explain_ctx *c = ctx;
    const cli_rec *a, *b;
    pm_records(run, g, ng, entity, pm, &a, &b);
    if (!a || !b)
        return 0; /* not a record of this file (cannot happen in one run) */
    return explain_line(c->f, run, "possible_match", entity, a, b,
                        jv_str(pm, "cause"));
}

int cli_write_explanations(const cli_run *run, FILE *f)
{
    size_t ng;
    cli_group *g = cli_groups(run, &ng);
    if (!g)
        return EXIT_LIBRARY;
    int code = 0;
    for (size_t i = 0; i < ng && !code; i++)
        code = explain_entity(f, run, &g[i]);
    pm_explain_ctx c = {f};
    if (!code)
        code = each_possible_match(run, g, ng, pm_explain, &c);
    cli_groups_free(g);
    return code;
}

/* ---- B-cubed -------------------------------------------------------------- */

typedef struct et {
    uint64_t entity;
    size_t truth; /* index of the truth label */
} et;

static int cmp_str_idx(const void *x, const void *y)
{
    const cli_rec *a = &sort_run->rec[*(const size_t *)x];
    const cli_rec *b = &sort_run->rec[*(const size_t *)y];
    return strcmp(a->truth ? a->truth : "", b->truth ? b->truth : "");
}

static int cmp_et(const void *x, const void *y)
{
    const et *a = x, *b = y;
    if (a->entity != b->entity)
        return a->entity < b->entity ? -1 : 1;
    return (a->truth > b->truth) - (a->truth < b->truth);
}

size_t cli_bcubed(const cli_run *run, double *p, double *r, double *f1)
{
    *p = *r = *f1 = 0;
    size_t n = run->n;
    if (!n)
        return 0;
    size_t *ix = malloc(n * sizeof *ix), *tcount = calloc(n, sizeof *tcount);
    et *pairs = malloc(n * sizeof *pairs);
    if (!ix || !tcount || !pairs) {
        free(ix);
        free(tcount);
        free(pairs);
        return 0;
    }
    /* Number the truth labels; an empty label is a person of its own. */
    for (size_t i = 0; i < n; i++)
        ix[i] = i;
    sort_run = run;
    qsort(ix, n, sizeof *ix, cmp_str_idx);
    size_t people = 0;
    for (size_t i = 0; i < n; i++) {
        const char *t = run->rec[ix[i]].truth ? run->rec[ix[i]].truth : "";
        const char *prev = i ? (run->rec[ix[i - 1]].truth ? run->rec[ix[i - 1]].truth : "") : NULL;
        if (!prev || !*t || strcmp(prev, t) != 0)
            people++;
        pairs[ix[i]].truth = people - 1;
        pairs[ix[i]].entity = run->rec[ix[i]].entity;
        tcount[people - 1]++;
    }
    qsort(pairs, n, sizeof *pairs, cmp_et);
    /* Sum over (entity, person) cells of n_ct^2 / n_c and n_ct^2 / n_t. */
    double ps = 0, rs = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && pairs[j].entity == pairs[i].entity)
            j++;
        double nc = (double)(j - i);
        for (size_t k = i; k < j;) {
            size_t l = k;
            while (l < j && pairs[l].truth == pairs[k].truth)
                l++;
            double nct = (double)(l - k);
            ps += nct * nct / nc;
            rs += nct * nct / (double)tcount[pairs[k].truth];
            k = l;
        }
        i = j;
    }
    *p = ps / (double)n;
    *r = rs / (double)n;
    *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
    free(ix);
    free(tcount);
    free(pairs);
    return people;
}

/* ---- the readable report ------------------------------------------------ */

enum {
    SC_LATIN, SC_CYRILLIC, SC_GREEK, SC_ARMENIAN, SC_HEBREW, SC_ARABIC,
    SC_DEVANAGARI, SC_THAI, SC_GEORGIAN, SC_HANGUL, SC_KANA, SC_HAN, SC_OTHER,
    SC_COUNT
};
static const char *const script_names[SC_COUNT] = {
    "Latin", "Cyrillic", "Greek", "Armenian", "Hebrew", "Arabic", "Devanagari",
    "Thai", "Georgian", "Hangul", "Kana", "Han", "other"};

/* The script of a name: that of its first letter (-1 when it has none). */
static int script_of(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (p && *p) {
        unsigned c = *p;
        size_t k = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        unsigned cp = k == 0 ? c : k == 1 ? c & 0x1F : k == 2 ? c & 0x0F : c & 0x07;
        for (size_t i = 1; i <= k; i++) {
            if (!p[i])
                return -1;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        p += k + 1;
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
            (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF))
            return SC_LATIN;
        if (cp < 0x80 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000)
            continue; /* digits, punctuation, spaces */
        if (cp >= 0x370 && cp <= 0x3FF) return SC_GREEK;
        if (cp >= 0x1F00 && cp <= 0x1FFF) return SC_GREEK;
        if (cp >= 0x400 && cp <= 0x52F) return SC_CYRILLIC;
        if (cp >= 0x530 && cp <= 0x58F) return SC_ARMENIAN;
        if (cp >= 0x590 && cp <= 0x5FF) return SC_HEBREW;
        if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F) ||
            (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
            return SC_ARABIC;
        if (cp >= 0x900 && cp <= 0x97F) return SC_DEVANAGARI;
        if (cp >= 0xE00 && cp <= 0xE7F) return SC_THAI;
        if (cp >= 0x10A0 && cp <= 0x10FF) return SC_GEORGIAN;
        if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ||
            (cp >= 0xAC00 && cp <= 0xD7AF))
            return SC_HANGUL;
        if (cp >= 0x3040 && cp <= 0x30FF) return SC_KANA;
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
            return SC_HAN;
        return SC_OTHER;
    }
    return -1;
}

static unsigned scripts_of(const cli_run *run, const cli_group *g)
{
    unsigned m = 0;
    for (size_t i = 0; i < g->n; i++) {
        const char *nm = run->rec[g->idx[i]].name;
        int s = nm ? script_of(nm) : -1;
        if (s >= 0)
            m |= 1u << s;
    }
    return m;
}

static int popcount(unsigned m)
{
    int n = 0;
    for (; m; m &= m - 1)
        n++;
    return n;
}

/* Columns for UTF-8 text: printf widths count bytes. */
static int cols(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void put_padded(FILE *f, const char *s, int width)
{
    fputs(s, f);
    for (int n = cols(s); n < width; n++)
        fputc(' ', f);
}

static void put_rec(FILE *f, const char *label, const cli_rec *r)
{
    char key[96];
    snprintf(key, sizeof key, "%.40s / %.40s", r->source, r->id);
    fprintf(f, "    %s", label);
    put_padded(f, key, 30);
    fprintf(f, " %s\n", r->name ? r->name : "(no name)");
}

/* One explanation, as a table. */
static void print_explanation(FILE *f, const jv *x, const cli_rec *a,
                              const cli_rec *b)
{
    put_rec(f, "A  ", a);
    put_rec(f, "B  ", b);
    fprintf(f, "\n    %-16s %-26s %-26s %-17s %7s\n", "feature",
            "A (canonical)", "B (canonical)", "level", "weight");
    const jv *fs = jv_get(x, "features");
    for (size_t i = 0; fs && fs->type == JV_ARR && i < fs->len; i++) {
        const jv *ft = &fs->item[i];
        char va[27], vb[27];
        /* Long values are cut at a character boundary to keep the table. */
        const char *sa = jv_str(ft, "a"), *sb = jv_str(ft, "b");
        size_t la = strlen(sa), lb = strlen(sb);
        if (la > 26)
            for (la = 26; la && ((unsigned char)sa[la] & 0xC0) == 0x80; la--)
                ;
        if (lb > 26)
            for (lb = 26; lb && ((unsigned char)sb[lb] & 0xC0) == 0x80; lb--)
                ;
        snprintf(va, sizeof va, "%.*s", (int)la, sa);
        snprintf(vb, sizeof vb, "%.*s", (int)lb, sb);
        fprintf(f, "    %-16s ", jv_str(ft, "kind"));
        put_padded(f, va, 26);
        fputc(' ', f);
        put_padded(f, vb, 26);
        fprintf(f, " %-17s %+7.2f\n", jv_str(ft, "level"),
                jv_num(ft, "weight", 0));
    }
    fprintf(f, "    %-16s %-71s %+7.2f\n", "prior",
            "(the two records share a blocking key)", jv_num(x, "prior", 0));
    fprintf(f, "    %-16s %-71s %+7.2f\n", "total", "", jv_num(x, "total", 0));
    const char *d = jv_str(x, "decision");
    fprintf(f, "    probability %.6f: the pair alone is %s\n",
            jv_num(x, "probability", 0),
            !strcmp(d, "match") ? "a match"
            : !strcmp(d, "possible_match") ? "a possible match" : "not a match");
    /* the link the entities were built from, when the names' counts
     * have moved the pair's total since it was scored */
    const jv *lk = jv_get(x, "link");
    double link = jv_num(x, "link", 0), total = jv_num(x, "total", 0);
    if (lk && lk->type == JV_NUM && (link - total > 0.005 || total - link > 0.005))
        fprintf(f, "    linked at %+.2f when the later record came (names' counts have "
                   "changed since)\n", link);
    const jv *c = jv_get(x, "conflict");
    if (c && c->type == JV_OBJ)
        fprintf(f, "    refused: conflicting %s (%s)\n", jv_str(c, "kind"),
                jv_str(c, "detail"));
    if (jv_get(x, "ambiguous") && jv_get(x, "ambiguous")->type == JV_TRUE)
        fputs("    joined neither: a record of the two matches two records that "
              "conflict, as well as each\n", f);
    fprintf(f, "    same entity: %s\n",
            jv_get(x, "same_entity") && jv_get(x, "same_entity")->type == JV_TRUE
                ? "yes" : "no");
}

static int explain_pretty(FILE *f, const cli_run *run, const cli_rec *a,
                          const cli_rec *b)
{
    char *js = cli_explain_json(run->e, a, b);
    jv *x = js ? jv_parse(js, strlen(js)) : NULL;
    free(js);
    if (!x)
        return EXIT_LIBRARY;
    print_explanation(f, x, a, b);
    jv_free(x);
    return 0;
}

typedef struct pm_count {
    size_t below, conflict, ambiguous, pending;
    const cli_rec *ca, *cb; /* the first conflict's pair */
    const cli_rec *aa, *ab; /* the first ambiguous pair */
    double cprob;
    int cright;
} pm_count;

static int pm_tally(const cli_run *run, const cli_group *g, size_t ng,
                    uint64_t entity, const jv *pm, void *ctx)
{
    pm_count *c = ctx;
    const char *cause = jv_str(pm, "cause");
    if (!strcmp(cause, "conflict")) {
        c->conflict++;
        /* Show the most convincing refusal: the highest-scoring pair, and
         * with a truth column one whose records are truly different people
         * (a refusal that was right) before one that was wrong. */
        double p = jv_num(pm, "probability", 0);
        const cli_rec *a, *b;
        pm_records(run, g, ng, entity, pm, &a, &b);
        if (a && b) {
            int right = a->truth && b->truth && strcmp(a->truth, b->truth) != 0;
            if (!c->ca || right > c->cright || (right == c->cright && p > c->cprob)) {
                c->ca = a;
                c->cb = b;
                c->cprob = p;
                c->cright = right;
            }
        }
    } else if (!strcmp(cause, "pending")) {
        c->pending++;
    } else if (!strcmp(cause, "ambiguous")) {
        c->ambiguous++;
        if (!c->aa)
            pm_records(run, g, ng, entity, pm, &c->aa, &c->ab);
    } else {
        c->below++;
    }
    return 0;
}

static const cli_group *report_groups;
static const cli_run *report_run;

/* Entities with more scripts first, then more records, then older. */
static int cmp_showcase(const void *x, const void *y)
{
    const cli_group *a = &report_groups[*(const size_t *)x];
    const cli_group *b = &report_groups[*(const size_t *)y];
    int sa = popcount(scripts_of(report_run, a));
    int sb = popcount(scripts_of(report_run, b));
    if (sa != sb)
        return sb - sa;
    if (a->n != b->n)
        return a->n < b->n ? 1 : -1;
    return a->entity < b->entity ? -1 : a->entity > b->entity;
}

int cli_report(const cli_run *run, FILE *f)
{
    size_t ng;
    cli_group *g = cli_groups(run, &ng);
    if (!g)
        return EXIT_LIBRARY;
    size_t multi = 0, largest = 0;
    for (size_t i = 0; i < ng; i++) {
        multi += g[i].n > 1;
        if (g[i].n > largest)
            largest = g[i].n;
    }
    pm_count pc = {0};
    int code = each_possible_match(run, g, ng, pm_tally, &pc);
    if (code) {
        cli_groups_free(g);
        return code;
    }

    fprintf(f, "\n== aka-resolve report (libaka %s) ==\n\n", aka_version_string());
    fprintf(f, "Input        %s: %llu rows, %zu records loaded, %llu bad rows skipped\n",
            run->input_name, (unsigned long long)run->rows, run->n,
            (unsigned long long)run->bad_rows);
    /* Records per source, in order of first appearance. */
    fputs("Sources     ", f);
    size_t shown = 0;
    for (size_t i = 0; i < run->n; i++) {
        size_t j;
        for (j = 0; j < i && strcmp(run->rec[j].source, run->rec[i].source); j++)
            ;
        if (j < i)
            continue;
        size_t count = 0;
        for (size_t k = i; k < run->n; k++)
            count += !strcmp(run->rec[k].source, run->rec[i].source);
        if (shown++ == 12) {
            fputs(" ...", f);
            break;
        }
        fprintf(f, " %s %zu", run->rec[i].source, count);
    }
    fprintf(f, "\nEntities     %zu (%zu gather more than one record; the largest "
               "holds %zu)\n", ng, multi, largest);
    fprintf(f, "Possible     %zu pairs of entities for review: %zu below the match "
               "threshold, %zu refused by a conflict",
            pc.below + pc.conflict + pc.ambiguous + pc.pending, pc.below, pc.conflict);
    if (pc.ambiguous)
        fprintf(f, ", %zu where a record matches two people as well", pc.ambiguous);
    if (pc.pending)
        fprintf(f, ", %zu pending", pc.pending);
    fputc('\n', f);
    if (run->truth_col) {
        double p, r, f1;
        size_t people = cli_bcubed(run, &p, &r, &f1);
        fprintf(f, "Truth        column %s: %zu people; B-cubed precision %.3f, "
                   "recall %.3f, F1 %.3f\n", run->truth_col, people, p, r, f1);
    }
    fprintf(f, "Time         %.2f s\n", run->seconds);

    /* Entities that gather names in several scripts. */
    size_t *order = malloc((ng ? ng : 1) * sizeof *order);
    if (!order) {
        cli_groups_free(g);
        return EXIT_LIBRARY;
    }
    for (size_t i = 0; i < ng; i++)
        order[i] = i;
    report_groups = g;
    report_run = run;
    qsort(order, ng, sizeof *order, cmp_showcase);
    size_t nshow = 0;
    for (size_t k = 0; k < ng && nshow < 3; k++) {
        const cli_group *e = &g[order[k]];
        unsigned m = scripts_of(run, e);
        if (popcount(m) < 2)
            break;
        if (!nshow++)
            fputs("\n-- Entities whose records are written in several scripts --\n", f);
        fprintf(f, "\n  entity %llu: %zu records in", (unsigned long long)e->entity,
                e->n);
        for (int s = 0; s < SC_COUNT; s++)
            if (m & (1u << s))
                fprintf(f, " %s", script_names[s]);
        fputc('\n', f);
        for (size_t i = 0; i < e->n && i < 12; i++)
            put_rec(f, "", &run->rec[e->idx[i]]);
        if (e->n > 12)
            fprintf(f, "    ... and %zu more\n", e->n - 12);
    }
    if (!nshow)
        fputs("\n(no entity gathers names written in several scripts)\n", f);

    /* One merge: in the first showcase entity, the strongest pair of records
     * whose names are in different scripts (pairs scored: at most 64). */
    if (ng && g[order[0]].n > 1) {
        const cli_group *e = &g[order[0]];
        const cli_rec *ba = NULL, *bb = NULL;
        double best = -1e300;
        int err = 0, tried = 0;
        for (int pass = 0; pass < 2 && !ba; pass++)
            for (size_t i = 0; i < e->n && tried < 64; i++)
                for (size_t j = i + 1; j < e->n && tried < 64; j++) {
                    const cli_rec *a = &run->rec[e->idx[i]], *b = &run->rec[e->idx[j]];
                    int sa = a->name ? script_of(a->name) : -1;
                    int sb = b->name ? script_of(b->name) : -1;
                    if (pass == 0 && (sa == sb || sa < 0 || sb < 0))
                        continue;
                    tried++;
                    double t = explain_total(run, a, b, &err);
                    if (!err && t > best) {
                        best = t;
                        ba = a;
                        bb = b;
                    }
                }
        if (err)
            code = EXIT_LIBRARY;
        else if (ba) {
            fprintf(f, "\n-- Why two records were merged (entity %llu) --\n\n",
                    (unsigned long long)e->entity);
            code = explain_pretty(f, run, ba, bb);
        }
    }
    if (!code && pc.ca) {
        fprintf(f, "\n-- Why a strong pair was kept apart (entities %llu and %llu) --\n\n",
                (unsigned long long)pc.ca->entity, (unsigned long long)pc.cb->entity);
        code = explain_pretty(f, run, pc.ca, pc.cb);
    } else if (!code) {
        fputs("\n(no merge was refused by a conflict in this data)\n", f);
    }
    if (!code && pc.aa && pc.ab) {
        fprintf(f, "\n-- A record that matches two people as well as each, and joins "
                   "neither (entities %llu and %llu) --\n\n",
                (unsigned long long)pc.aa->entity, (unsigned long long)pc.ab->entity);
        code = explain_pretty(f, run, pc.aa, pc.ab);
    }
    fputc('\n', f);
    free(order);
    cli_groups_free(g);
    return code;
}
