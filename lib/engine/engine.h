/* The engine handle: options, per-thread error messages, and the
 * resolution state (records, blocking index, clusters, name-token
 * frequencies, the model). */
#ifndef AKA_ENGINE_ENGINE_H
#define AKA_ENGINE_ENGINE_H

#include <pthread.h>

#include "cluster/changes.h"
#include "cluster/cluster.h"
#include "core/pool.h"
#include "engine/errslots.h"
#include "engine/model.h"
#include "engine/options.h"
#include "engine/pair_scratch.h"
#include "engine/store.h"
#include "engine/tokfreq.h"
#include "index/index.h"

struct aka_engine {
    aka__optvals opts;
    aka__errslots errs;
    /* Writers hold it exclusively; queries that change nothing (not even
     * a cache) hold it shared. Use aka__engine_write/read/unlock. */
    pthread_rwlock_t lock;
    aka__store store;
    aka__index *index;
    aka__index_scratch scratch;
    aka__cluster *cluster;
    aka__tokfreq names;
    aka__model model;
    aka__estimate_report estimate;
    float match_score, review_score; /* thresholds as log2 odds */
    /* Scoring scratch of the writers (under the exclusive lock), with
     * the engine's cache of prepared names. */
    aka__pair_scratch ps;
    /* Bulk loading: records from index bulk_first on were added without
     * being resolved; bulk_end resolves them together. */
    int bulk;
    uint32_t bulk_first;
    /* Persistence (persist.c, journal.c). The journal is appended under
     * the write lock; saves run under the shared lock and take save_mu
     * among themselves, since a save restarts the journal. */
    pthread_mutex_t save_mu;
    int jfd;             /* journal, -1 when off */
    uint64_t jid;        /* lineage of this engine's snapshots and journal */
    uint64_t seq;        /* journalled calls since the engine was created */
    uint64_t jend;       /* journal length after the last entry */
    uint64_t jprev;      /* length before it, to take it back */
    unsigned junsynced;  /* entries appended since the last fsync */
    uint64_t jreplayed;  /* entries replayed when the engine was loaded */
    char jwarn[200];     /* replay warning (a dropped tail), "" if none */
    /* Threads for the parallel steps (bulk scoring, keys of records added
     * many at once, snapshot loads, the estimate), kept between calls so
     * that their Unicode contexts and caches are too; none with one
     * thread, or when they cannot be set up. */
    aka__pool pool;
    int has_pool;
    /* Entities created, changed or retired (aka_engine_changes), written
     * by the clustering under the write lock; a host's cursor carries
     * this handle's tag, so that a cursor of another engine (or of this
     * one before a save and load) is never read as one of this log. */
    aka__changelog changes;
    uint32_t changes_tag;
};

/* The parts a parallel step of the engine runs in: its `threads` option
 * (at least 1). */
static inline unsigned aka__engine_parts(const aka_engine *e)
{
    return e->opts.threads ? e->opts.threads : 1;
}

/* aka__run_parts on the engine's pool (core/pool.h); any caller. */
void aka__engine_run_parts(const aka_engine *e, void *(*fn)(void *), void *jobs,
                           size_t size, unsigned parts);

/* Check the public output arguments (buf, cap, &len) of function fn:
 * AKA_ERR_ARGUMENT, with a message on e, when out_len is NULL or buf is
 * NULL with cap > 0. */
aka_status aka__engine_check_out(aka_engine *e, const char *fn,
                                 const char *buf, size_t cap,
                                 const size_t *out_len);

/* Record err's message (or the status's default) as the calling thread's
 * last error on e, and return status. */
aka_status aka__engine_fail(aka_engine *e, aka_status status, aka__err *err);

/* The live record (source, record_id), checking the key: AKA_ERR_NOT_FOUND
 * and the key errors of aka_engine_add. Call under the engine's lock. */
aka_status aka__engine_find(aka_engine *e, const char *src, size_t sl,
                            const char *id, size_t il, uint32_t *out,
                            aka__err *err);

/* Take the engine's lock for a call that changes the resolution state
 * (exclusive) or only reads it (shared), and release it. */
void aka__engine_write(aka_engine *e);
void aka__engine_read(aka_engine *e);
void aka__engine_unlock(aka_engine *e);

/* The exclusive lock for a call that works on every record resolved
 * (`doing`: "estimating"): AKA_OK with the lock held; while bulk loading,
 * AKA_ERR_ARGUMENT with the lock released and the engine's message set. */
aka_status aka__engine_write_resolved(aka_engine *e, const char *doing);

/* Candidates compared per record: the ones sharing most blocking keys
 * first. */
#define AKA__MAX_CANDIDATES 64
/* Fetched per record: the compared ones plus the record itself and the
 * record it replaces, which callers skip. */
#define AKA__CANDIDATES_FETCHED (AKA__MAX_CANDIDATES + 2)

/* A search looks through blocks this many times max_block: one query can
 * afford what every record of a bulk load cannot, and a search for a
 * person with a common name must still find them (at 1M records "person
 * in the top 10" 0.901 at 1x). */
#define AKA__SEARCH_WIDEN 4u

/* The `limit` records sharing most blocking keys with keys[0..nkeys)
 * (ties: lowest record first), in that order, into *c (grown as needed;
 * capacity *cap, the caller frees it); *n gets their number. `widen`
 * multiplies the block caps (aka__index_candidates): 1 for resolution,
 * AKA__SEARCH_WIDEN for a search. Reads the engine only. */
aka_status aka__engine_candidates(const aka_engine *e, const uint64_t *keys,
                                  size_t nkeys, unsigned widen,
                                  aka__index_scratch *sc, aka__cand **c,
                                  size_t *cap, size_t *n, size_t limit);

/* Resolution compares a record only with candidates of at least this
 * evidence (aka__cand): two keys, or one specific key. A single common
 * key (a name token and birth year that dozens hold) brought a third of
 * the pairs compared and almost none of the matches (docs/blocking.md). A
 * search, where a name alone is a fair query, passes 1. */
#define AKA__RESOLVE_EVIDENCE 2u

/* A pair whose records share less evidence than this is kept only when
 * it scores a match; from this on, from review_threshold (a possible
 * match). Of the pairs at the least evidence a resolution compares, two
 * in three at 100,000 generated records, 1 in 400 scored a match and 1 in
 * 8 a possible match: same-surname, same-year strangers for the most
 * part, whose name comparison was half the scoring time. Knowing a
 * possible match cannot come of them, scoring skips the names of all but
 * those whose other evidence could still lift them to a match. */
#define AKA__REVIEW_EVIDENCE 3u

/* Resolution compares a record's first AKA__WEAK_CANDIDATES candidates
 * (ranked by evidence) whatever their evidence, and the next ones, up to
 * AKA__MAX_CANDIDATES, only from AKA__REVIEW_EVIDENCE on. The candidates
 * past 32 of a record with a common name are its namesakes in one birth
 * year, at the least evidence; they can only be linked as a match
 * (AKA__REVIEW_EVIDENCE), and a match among them is one the first 32
 * rarely lack (docs/blocking.md). */
#define AKA__WEAK_CANDIDATES 32

/* The candidates a record is compared with: of aka__engine_candidates'
 * best, the first AKA__MAX_CANDIDATES live ones with at least
 * `min_evidence` other than `self` (the record itself when stored) and
 * `skip` (a record it replaces); -1 for none. Same buffers as
 * aka__engine_candidates. Reads the engine only. */
aka_status aka__engine_compared(const aka_engine *e, const uint64_t *keys,
                                size_t nkeys, unsigned widen,
                                uint32_t min_evidence, int64_t self,
                                int64_t skip, aka__index_scratch *sc,
                                aka__cand **c, size_t *cap, size_t *n);

/* Score the candidates of every live record from index `first` on (on
 * the `threads` option's threads), link the pairs at or above the review
 * threshold (first dropping every old edge when `replace`), and rebuild
 * every entity canonically. Under the write lock. */
aka_status aka__engine_rescore(aka_engine *e, uint32_t first, int replace);

/* A new engine with these option values, without its journal: the
 * common part of aka_engine_new and aka_engine_load. */
aka_status aka__engine_create(const aka__optvals *v, aka_engine **out);

/* Add a record from canonical values (those a store record holds, derived
 * names included) without normalising them again: journal replay. */
aka_status aka__engine_add_canon(aka_engine *e, const char *src, size_t sl,
                                 const char *id, size_t il,
                                 const aka__fval *vals, const aka__vfacts *facts,
                                 uint32_t n, aka__err *err);

/* The blocking keys of a record's canonical values vals[0..n) (kinds 1 to
 * 12, at most AKA__RECORD_MAX_VALUES + 64 values) into keys[0..cap);
 * returns their number. */
size_t aka__engine_block_keys(const struct aka__fval *vals, uint32_t n,
                              uint64_t *keys, size_t cap);

/* Set up and tear down the resolution state (resolve.c). */
aka_status aka__engine_state_init(aka_engine *e);
void aka__engine_state_free(aka_engine *e);

#endif
