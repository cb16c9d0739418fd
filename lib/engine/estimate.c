/* aka_engine_estimate: the Fellegi-Sunter model's m, u and prior estimated
 * from the engine's own records, without labels, by expectation-
 * maximisation over candidate pairs (docs/matching.md).
 *
 * The population is the one the model scores: pairs of records that share
 * a blocking key, at most AKA__MAX_CANDIDATES per record. So u is the
 * chance of a level among candidate pairs of different people (higher
 * than among all pairs: candidates already share a name key or a
 * document), and the prior is the share of candidate pairs that match.
 * Each pair is reduced to its vector of levels (one per feature kind, or
 * none); pairs are counted per distinct vector, so iterations cost the
 * number of distinct vectors, not of pairs.
 *
 * EM can wander: conditional independence does not hold between features
 * (a shared phone and a shared address travel together), and a large
 * household can pass for one person. Three guards: the estimate starts
 * from the current model; pseudo-counts pull every level towards the
 * current model in proportion to how little data it has; and the result
 * is applied only when it converged, found a plausible share of matches,
 * and still treats agreement on every feature as evidence for a match. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "core/parallel.h"
#include "engine/journal.h"
#include "engine/pair.h"
#include "match/compare.h"

#define EM_RECORDS 20000     /* records whose candidate pairs are sampled */
#define EM_ITERATIONS 5000
#define EM_TOLERANCE 1e-6
/* Weight, in pairs, of the current model per kind and class. */
#define EM_PSEUDO 20.0
#define EM_MIN_PROB 1e-7

typedef struct pattern {
    signed char lv[AKA__MODEL_KINDS]; /* level per kind; -1 not compared */
    double n;                         /* pairs with this vector */
} pattern;

typedef struct patterns {
    pattern *p;
    size_t n, cap; /* cap: a power of two, open addressing */
} patterns;

static uint64_t pattern_hash(const signed char *lv)
{
    return aka__hash((const char *)lv, AKA__MODEL_KINDS, 0x656d);
}

static int patterns_add(patterns *t, const signed char *lv, double count)
{
    if ((t->n + 1) * 2 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        pattern *np = calloc(cap, sizeof *np);
        if (!np)
            return -1;
        for (size_t i = 0; i < t->cap; i++) {
            if (t->p[i].n == 0)
                continue;
            size_t at = pattern_hash(t->p[i].lv) & (cap - 1);
            while (np[at].n != 0)
                at = (at + 1) & (cap - 1);
            np[at] = t->p[i];
        }
        free(t->p);
        t->p = np;
        t->cap = cap;
    }
    size_t at = pattern_hash(lv) & (t->cap - 1);
    while (t->p[at].n != 0 && memcmp(t->p[at].lv, lv, AKA__MODEL_KINDS) != 0)
        at = (at + 1) & (t->cap - 1);
    if (t->p[at].n == 0) {
        memcpy(t->p[at].lv, lv, AKA__MODEL_KINDS);
        t->n++;
    }
    t->p[at].n += count;
    return 0;
}

typedef struct gather_job {
    const aka_engine *e;
    uint32_t step;     /* every step-th record is sampled */
    unsigned part, parts;
    patterns t;
    unsigned records;
    double pairs;
    aka_status st;
} gather_job;

/* The level vectors of the candidate pairs of every part-th sampled
 * record; a pair of two sampled records is counted once. */
static void *gather_part(void *arg)
{
    gather_job *j = arg;
    const aka_engine *e = j->e;
    aka__index_scratch sc = {0};
    aka__pair_scratch ps;
    aka__cand *c = NULL;
    size_t cap = 0;
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    j->st = aka__pair_scratch_init(&ps, AKA__FORM_SLOTS_THREAD,
                                   j->e->store.live >= AKA__TOUCH_CACHES_FROM);
    uint64_t first = (uint64_t)j->part * j->step;
    for (uint64_t i = first; i < e->store.n && j->st == AKA_OK;
         i += (uint64_t)j->step * j->parts) {
        const aka__rec *r = &e->store.rec[i];
        if (!r->live)
            continue;
        j->records++;
        size_t n = 0;
        j->st = aka__engine_compared(e, r->keys, r->nkeys, 1,
                                     AKA__RESOLVE_EVIDENCE, (int64_t)i, -1,
                                     &sc, &c, &cap, &n);
        for (size_t k = 0; j->st == AKA_OK && k < n; k++) {
            uint32_t o = c[k].record;
            if (o % j->step == 0 && o > i)
                continue; /* counted from o's side */
            aka__pair_score(e, r, &e->store.rec[o], &ps, cmp, -INFINITY);
            signed char lv[AKA__MODEL_KINDS];
            for (int kd = 0; kd < AKA__MODEL_KINDS; kd++)
                lv[kd] = cmp[kd].compared ? (signed char)cmp[kd].level : -1;
            if (patterns_add(&j->t, lv, 1) != 0)
                j->st = AKA_ERR_NOMEM;
            j->pairs += 1;
        }
    }
    free(c);
    aka__pair_scratch_free(&ps);
    aka__index_scratch_free(&sc);
    return NULL;
}

/* The level vectors of candidate pairs of up to EM_RECORDS records spread
 * evenly over the store, gathered on the `threads` option's threads. */
static aka_status gather(const aka_engine *e, patterns *t, unsigned *records,
                         double *pairs)
{
    uint32_t step = e->store.live > EM_RECORDS ? e->store.live / EM_RECORDS : 1;
    unsigned parts = aka__engine_parts(e);
    gather_job jobs[AKA__MAX_THREADS];
    for (unsigned p = 0; p < parts; p++)
        jobs[p] = (gather_job){e, step, p, parts, {0}, 0, 0, AKA_OK};
    aka__engine_run_parts(e, gather_part, jobs, sizeof *jobs, parts);
    aka_status st = AKA_OK;
    *records = 0;
    *pairs = 0;
    for (unsigned p = 0; p < parts; p++) {
        if (jobs[p].st != AKA_OK)
            st = jobs[p].st;
        *records += jobs[p].records;
        *pairs += jobs[p].pairs;
        for (size_t i = 0; st == AKA_OK && i < jobs[p].t.cap; i++)
            if (jobs[p].t.p[i].n > 0 &&
                patterns_add(t, jobs[p].t.p[i].lv, jobs[p].t.p[i].n) != 0)
                st = AKA_ERR_NOMEM;
        free(jobs[p].t.p);
    }
    return st;
}

/* Run EM from model `from` into `to`. Returns the iterations run, or 0
 * when it did not converge. */
static unsigned em(const patterns *t, const aka__model *from, aka__model *to,
                   double *proportion)
{
    aka__model defaults, start = *from;
    aka__model_defaults(&defaults);
    /* Pseudo-count shares: the starting model's distributions, made to sum
     * to one per kind. */
    double pm[AKA__MODEL_KINDS][AKA__MODEL_LEVELS] = {{0}},
           pu[AKA__MODEL_KINDS][AKA__MODEL_LEVELS] = {{0}};
    for (int k = 1; k < AKA__MODEL_KINDS; k++) {
        double sm = 0, su = 0;
        for (int l = 0; l < AKA__MODEL_LEVELS; l++)
            if (aka__model_level_exists(&defaults, k, l)) {
                sm += start.m[k][l];
                su += start.u[k][l];
            }
        for (int l = 0; l < AKA__MODEL_LEVELS; l++)
            if (aka__model_level_exists(&defaults, k, l)) {
                pm[k][l] = sm > 0 ? start.m[k][l] / sm : 0;
                pu[k][l] = su > 0 ? start.u[k][l] / su : 0;
            }
    }
    aka__model cur = start;
    double lam = aka__model_probability(start.prior);
    for (unsigned it = 1; it <= EM_ITERATIONS; it++) {
        double am[AKA__MODEL_KINDS][AKA__MODEL_LEVELS] = {{0}},
               au[AKA__MODEL_KINDS][AKA__MODEL_LEVELS] = {{0}};
        double matched = 0, total = 0;
        double lm0 = log(lam), lu0 = log(1 - lam);
        for (size_t i = 0; i < t->cap; i++) {
            const pattern *p = &t->p[i];
            if (p->n == 0)
                continue;
            double lm = lm0, lu = lu0;
            for (int k = 1; k < AKA__MODEL_KINDS; k++)
                if (p->lv[k] >= 0) {
                    lm += log(cur.m[k][p->lv[k]]);
                    lu += log(cur.u[k][p->lv[k]]);
                }
            double g = 1 / (1 + exp(lu - lm));
            matched += p->n * g;
            total += p->n;
            for (int k = 1; k < AKA__MODEL_KINDS; k++)
                if (p->lv[k] >= 0) {
                    am[k][p->lv[k]] += p->n * g;
                    au[k][p->lv[k]] += p->n * (1 - g);
                }
        }
        if (total == 0)
            return 0;
        double next_lam = matched / total;
        if (next_lam < EM_MIN_PROB)
            next_lam = EM_MIN_PROB;
        double delta = fabs(next_lam - lam);
        lam = next_lam;
        for (int k = 1; k < AKA__MODEL_KINDS; k++) {
            double sm = 0, su = 0;
            for (int l = 0; l < AKA__MODEL_LEVELS; l++) {
                sm += am[k][l];
                su += au[k][l];
            }
            for (int l = 0; l < AKA__MODEL_LEVELS; l++) {
                if (!aka__model_level_exists(&defaults, k, l))
                    continue;
                double m = (am[k][l] + EM_PSEUDO * pm[k][l]) / (sm + EM_PSEUDO);
                double u = (au[k][l] + EM_PSEUDO * pu[k][l]) / (su + EM_PSEUDO);
                if (m < EM_MIN_PROB)
                    m = EM_MIN_PROB;
                if (u < EM_MIN_PROB)
                    u = EM_MIN_PROB;
                delta = fmax(delta, fmax(fabs(m - cur.m[k][l]), fabs(u - cur.u[k][l])));
                cur.m[k][l] = m;
                cur.u[k][l] = u;
            }
        }
        if (delta < EM_TOLERANCE) {
            cur.prior = log2(lam / (1 - lam));
            aka__model_prepare(&cur);
            *to = cur;
            *proportion = lam;
            return it;
        }
    }
    *proportion = lam;
    return 0;
}

/* Why an estimate must not be used, or NULL when it may: an estimate whose
 * "match" class agrees on a feature less often than its "non-match" class,
 * or disagrees more often, has found some other structure than one person
 * (people sharing a name, a family, an address). */
static const char *implausible(const aka__model *md, double proportion,
                               const patterns *t)
{
    if (proportion <= 1e-6 || proportion >= 0.9)
        return "the estimated share of matching candidate pairs is implausible";
    int seen[AKA__MODEL_KINDS] = {0};
    for (size_t i = 0; i < t->cap; i++)
        for (int k = 1; k < AKA__MODEL_KINDS; k++)
            seen[k] |= t->p[i].n > 0 && t->p[i].lv[k] >= 0;
    aka__model defaults;
    aka__model_defaults(&defaults);
    for (int k = 1; k < AKA__MODEL_KINDS; k++) {
        if (!seen[k])
            continue;
        int last = aka__different_level((aka_feature)k);
        if (last < 0)
            continue;
        if (md->m[k][0] <= md->u[k][0])
            return "the estimate makes agreeing on a feature evidence against "
                   "a match";
        if (md->m[k][last] >= md->u[k][last])
            return "the estimate makes disagreeing on a feature evidence for a "
                   "match: its matching class is not one person (a common name "
                   "or a household, say)";
    }
    return NULL;
}

aka_status aka_engine_estimate(aka_engine *e)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    aka_status lst = aka__engine_write_resolved(e, "estimating");
    if (lst != AKA_OK)
        return lst;
    patterns t = {0};
    aka__estimate_report rep = {0};
    rep.done = 1;
    aka_status st = gather(e, &t, &rep.records, &rep.pairs);
    rep.patterns = (double)t.n;
    aka__model next = e->model, before = e->model;
    if (st == AKA_OK) {
        rep.iterations = em(&t, &e->model, &next, &rep.proportion);
        rep.converged = rep.iterations > 0;
        if (rep.pairs < 100)
            rep.reason = "too few candidate pairs to estimate from";
        else if (!rep.converged)
            rep.reason = "the estimation did not converge";
        else
            rep.reason = implausible(&next, rep.proportion, &t);
    }
    int journalled = 0;
    if (st == AKA_OK && !rep.reason) {
        e->model = next;
        /* Journalled before it is applied, as every write is: replay sets
         * the model and rescores too. */
        st = aka__journal_model(e);
        journalled = st == AKA_OK;
        if (st == AKA_OK)
            st = aka__engine_rescore(e, 0, 1);
        if (st != AKA_OK) {
            e->model = before; /* the edges are as they were */
            if (journalled)
                aka__journal_undo(e);
        } else {
            rep.applied = 1;
        }
    }
    if (st == AKA_OK)
        e->estimate = rep;
    aka__engine_unlock(e);
    free(t.p);
    if (st == AKA_ERR_NOMEM)
        return aka__engine_fail(
            e, aka__fail(&err, st, "engine: estimation ran out of memory; the "
                                   "model is unchanged"),
            &err);
    /* A journal failure has set its own message. */
    return st;
}
