/* Shared by the persistence tests (test_snapshot.c, test_journal.c,
 * test_crash.c): a deterministic synthetic population with namesakes,
 * duplicates across sources and typos, and a deep comparison of two
 * engines (records, entity ids, possible matches, decisions, model,
 * options, statistics). Include after <cmocka.h>. */
#ifndef AKA_TESTS_PERSIST_UTIL_H
#define AKA_TESTS_PERSIST_UTIL_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "engine/engine.h"

/* A disk that is full after `bytes`: no file of this process grows past
 * them (RLIMIT_FSIZE, which binds root too, unlike a read-only
 * directory); a write that would is refused (EFBIG) instead of killing
 * the process (SIGXFSZ ignored). Returns the limit to give back to
 * pu_disk_free. */
static inline struct rlimit pu_disk_full(rlim_t bytes)
{
    struct rlimit old, now;
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
    now = old;
    now.rlim_cur = bytes;
    signal(SIGXFSZ, SIG_IGN);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &now), 0);
    return old;
}

static inline void pu_disk_free(struct rlimit old)
{
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
}

static const char *const pu_first[] = {"ivan", "olena", "petro", "maria",
                                       "andriy", "oksana", "taras", "iryna"};
static const char *const pu_last[] = {"shevchenko", "kovalenko", "bondarenko",
                                      "tkachenko", "kravchenko", "oliynyk"};

/* Record k of the population: person k / 3 seen by up to three sources;
 * persons p and p + 48 are namesakes with another birth date. */
static aka_record *pu_record(unsigned k)
{
    aka_record *r = NULL;
    if (aka_record_new(&r) != AKA_OK)
        abort();
    unsigned p = k / 3, v = k % 3;
    char buf[128];
    const char *fn = pu_first[p % 8], *ln = pu_last[(p / 8) % 6];
    if (v == 2)
        snprintf(buf, sizeof buf, "%s %s", ln, fn); /* order swapped */
    else
        snprintf(buf, sizeof buf, "%s %s", fn, ln);
    aka_record_add(r, AKA_NAME, buf, strlen(buf));
    snprintf(buf, sizeof buf, "%u-%02u-%02u", 1950 + p % 40, 1 + p % 12,
             1 + (p * 7) % 28);
    aka_record_add(r, AKA_DATE_OF_BIRTH, buf, strlen(buf));
    if (v != 1) {
        snprintf(buf, sizeof buf, "UA:AB%06u", (p * 7919u) % 1000000u);
        aka_record_add(r, AKA_DOCUMENT, buf, strlen(buf));
    }
    if (v == 1) {
        snprintf(buf, sizeof buf, "+38067%07u", (p * 104729u) % 10000000u);
        aka_record_add(r, AKA_PHONE, buf, strlen(buf));
        aka_record_add(r, AKA_GENDER, p % 2 ? "M" : "F", 1);
    }
    return r;
}

static void pu_key(unsigned k, char *src, char *id)
{
    sprintf(src, "src%u", k % 3);
    sprintf(id, "r%u", k);
}

static aka_status pu_add(aka_engine *e, unsigned k, uint64_t *ent)
{
    char src[16], id[16];
    pu_key(k, src, id);
    aka_record *r = pu_record(k);
    aka_status st = aka_engine_add(e, src, strlen(src), id, strlen(id), r, ent);
    aka_record_free(r);
    return st;
}

static aka_status pu_decide(aka_engine *e, unsigned a, unsigned b, int same)
{
    char sa[16], ia[16], sb[16], ib[16];
    pu_key(a, sa, ia);
    pu_key(b, sb, ib);
    return aka_engine_decide(e, sa, strlen(sa), ia, strlen(ia), sb, strlen(sb),
                             ib, strlen(ib), same);
}

static aka_status pu_undecide(aka_engine *e, unsigned a, unsigned b)
{
    char sa[16], ia[16], sb[16], ib[16];
    pu_key(a, sa, ia);
    pu_key(b, sb, ib);
    return aka_engine_undecide(e, sa, strlen(sa), ia, strlen(ia), sb, strlen(sb),
                               ib, strlen(ib));
}

static aka_status pu_remove(aka_engine *e, unsigned k)
{
    char src[16], id[16];
    pu_key(k, src, id);
    return aka_engine_remove(e, src, strlen(src), id, strlen(id));
}

/* Set to keep pu_differ from printing (a difference that is expected). */
static int pu_quiet;

#define fprintf(f, ...) (pu_quiet ? 0 : fprintf(f, __VA_ARGS__))

/* 0 when the two engines hold the same state; else prints what differs
 * and returns 1. */
static int pu_differ(aka_engine *a, aka_engine *b)
{
    if (a->store.n != b->store.n || a->store.live != b->store.live) {
        fprintf(stderr, "record counts differ\n");
        return 1;
    }
    if (memcmp(&a->model, &b->model, sizeof a->model) != 0) {
        fprintf(stderr, "models differ\n");
        return 1;
    }
    if (a->opts.match_threshold != b->opts.match_threshold ||
        a->opts.review_threshold != b->opts.review_threshold ||
        a->opts.max_block != b->opts.max_block ||
        a->opts.threads != b->opts.threads ||
        strcmp(a->opts.norm.default_country, b->opts.norm.default_country) != 0) {
        fprintf(stderr, "options differ\n");
        return 1;
    }
    if (aka__cluster_entity_count(a->cluster) != aka__cluster_entity_count(b->cluster)) {
        fprintf(stderr, "entity counts differ\n");
        return 1;
    }
    aka__possible_match pa[64], pb[64];
    for (uint32_t i = 0; i < a->store.n; i++) {
        const aka__rec *x = &a->store.rec[i], *y = &b->store.rec[i];
        if (x->live != y->live) {
            fprintf(stderr, "record %u: liveness differs\n", i);
            return 1;
        }
        if (!x->live)
            continue;
        if (x->srclen != y->srclen || x->idlen != y->idlen ||
            memcmp(x->key, y->key, x->srclen + x->idlen + 2) != 0 ||
            x->nvals != y->nvals || x->nkeys != y->nkeys ||
            memcmp(x->keys, y->keys, x->nkeys * sizeof *x->keys) != 0) {
            fprintf(stderr, "record %u differs\n", i);
            return 1;
        }
        for (uint32_t k = 0; k < x->nvals; k++)
            if (x->vals[k].kind != y->vals[k].kind ||
                strcmp(x->vals[k].canon, y->vals[k].canon) != 0) {
                fprintf(stderr, "record %u: values differ\n", i);
                return 1;
            }
        if (aka__cluster_entity_of(a->cluster, i) != aka__cluster_entity_of(b->cluster, i)) {
            fprintf(stderr, "record %u: entity ids differ (%llu, %llu)\n", i,
                    (unsigned long long)aka__cluster_entity_of(a->cluster, i),
                    (unsigned long long)aka__cluster_entity_of(b->cluster, i));
            return 1;
        }
        size_t na = 0, nb = 0;
        if (aka__cluster_possible_matches(a->cluster, i, pa, 64, &na) != AKA_OK ||
            aka__cluster_possible_matches(b->cluster, i, pb, 64, &nb) != AKA_OK ||
            na != nb) {
            fprintf(stderr, "record %u: possible matches differ\n", i);
            return 1;
        }
        for (size_t k = 0; k < na; k++)
            if (pa[k].entity != pb[k].entity || pa[k].weight != pb[k].weight ||
                pa[k].rec != pb[k].rec || pa[k].other != pb[k].other ||
                pa[k].cause != pb[k].cause) {
                fprintf(stderr, "record %u: possible match %zu differs\n", i, k);
                return 1;
            }
        if (aka__cluster_degree(a->cluster, i) != aka__cluster_degree(b->cluster, i)) {
            fprintf(stderr, "record %u: edge counts differ\n", i);
            return 1;
        }
        /* Decisions, even those the entities do not show (a "the same"
         * on two records the evidence joins anyway). */
        uint32_t other = 0, nd = 0;
        for (int same; (same = aka__cluster_decision_at(a->cluster, i, nd, &other)) >= 0;
             nd++)
            if (aka__cluster_decision(b->cluster, i, other) != same) {
                fprintf(stderr, "record %u: decisions differ\n", i);
                return 1;
            }
        if (aka__cluster_decision_at(b->cluster, i, nd, &other) >= 0) {
            fprintf(stderr, "record %u: decision counts differ\n", i);
            return 1;
        }
    }
    char ja[2048], jb[2048];
    size_t la = 0, lb = 0;
    /* The journal's figures (what was replayed) differ by design. */
    if (aka_engine_stats(a, ja, sizeof ja, &la) != AKA_OK ||
        aka_engine_stats(b, jb, sizeof jb, &lb) != AKA_OK) {
        fprintf(stderr, "statistics failed\n");
        return 1;
    }
    char *ca = strstr(ja, ",\"journal\""), *cb = strstr(jb, ",\"journal\"");
    if (ca)
        *ca = '\0';
    if (cb)
        *cb = '\0';
    /* Index memory depends on history (array capacities), not state: it
     * is cut out, since blanking it kept its width, which differs when
     * the figures have different numbers of digits. */
    for (char *j = ja; j; j = j == ja ? jb : NULL) {
        char *ib = strstr(j, "\"index_bytes\":");
        if (ib) {
            size_t n = strcspn(ib, "}");
            memmove(ib, ib + n, strlen(ib + n) + 1);
        }
    }
    if (strcmp(ja, jb) != 0) {
        fprintf(stderr, "statistics differ:\n%s\n%s\n", ja, jb);
        return 1;
    }
    return 0;
}

#undef fprintf

#endif
