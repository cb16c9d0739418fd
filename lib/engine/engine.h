/* The engine handle: options, per-thread error messages, and the
 * resolution state (records, blocking index, clusters, name-token
 * frequencies, the model). */
#ifndef AKA_ENGINE_ENGINE_H
#define AKA_ENGINE_ENGINE_H

#include <pthread.h>

#include "cluster/cluster.h"
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
    float match_score, review_score; /* thresholds as log2 odds */
    /* Scoring scratch of the writers (under the exclusive lock), with
     * the engine's cache of prepared names. */
    aka__pair_scratch ps;
    /* Bulk loading: records from index bulk_first on were added without
     * being resolved; bulk_end resolves them together. */
    int bulk;
    uint32_t bulk_first;
};

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

/* Set up and tear down the resolution state (resolve.c). */
aka_status aka__engine_state_init(aka_engine *e);
void aka__engine_state_free(aka_engine *e);

#endif
