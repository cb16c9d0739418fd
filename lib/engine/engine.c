#include "engine/engine.h"

#include <fcntl.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "core/hash.h"
#include "engine/journal.h"

/* A lineage id for a new engine's snapshots and journal: unique enough
 * that a journal is never replayed onto another engine's snapshot. */
static uint64_t new_jid(const void *addr)
{
    uint64_t id = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        if (read(fd, &id, sizeof id) != (ssize_t)sizeof id)
            id = 0;
        close(fd);
    }
    if (!id) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint64_t mix[4] = {(uint64_t)ts.tv_sec, (uint64_t)ts.tv_nsec,
                           (uint64_t)getpid(), (uint64_t)(uintptr_t)addr};
        id = aka__hash(mix, sizeof mix, 0x6a6964);
    }
    return id ? id : 1;
}

aka_status aka__engine_create(const aka__optvals *v, aka_engine **out)
{
    *out = NULL;
    aka_engine *e = calloc(1, sizeof *e);
    if (!e)
        return AKA_ERR_NOMEM;
    e->jfd = -1;
    if (!aka__errslots_init(&e->errs)) {
        free(e);
        return AKA_ERR_NOMEM;
    }
    e->opts = *v;
    if (pthread_mutex_init(&e->save_mu, NULL) != 0) {
        aka__errslots_destroy(&e->errs);
        free(e);
        return AKA_ERR_NOMEM;
    }
    unsigned threads = v->threads ? v->threads : 1;
    e->has_pool = threads > 1 && aka__pool_init(&e->pool, threads - 1) == 0;
    if (aka__engine_state_init(e) != AKA_OK) {
        if (e->has_pool)
            aka__pool_destroy(&e->pool);
        pthread_mutex_destroy(&e->save_mu);
        aka__errslots_destroy(&e->errs);
        free(e);
        return AKA_ERR_NOMEM;
    }
    e->jid = new_jid(e);
    /* (random, as the lineage: one engine made after another's save
     * must not read its cursors) */
    e->changes_tag = (uint32_t)(new_jid(&e->changes) >> 40);
    *out = e;
    return AKA_OK;
}

aka_status aka_engine_new(const aka_options *opts, aka_engine **out)
{
    if (!out)
        return AKA_ERR_ARGUMENT;
    *out = NULL;
    aka__optvals v;
    if (opts)
        v = opts->v;
    else
        aka__optvals_defaults(&v);
    aka_engine *e;
    aka_status st = aka__engine_create(&v, &e);
    if (st != AKA_OK)
        return st;
    /* A journal that holds calls of an engine never saved is replayed:
     * that is how such an engine comes back after a crash. */
    aka__err err = {{0}};
    st = aka__journal_open(e, 0, &err);
    if (st != AKA_OK) {
        aka_engine_free(e);
        return st;
    }
    *out = e;
    return AKA_OK;
}

void aka_engine_free(aka_engine *e)
{
    if (!e)
        return;
    aka__journal_close(e);
    aka__engine_state_free(e);
    if (e->has_pool)
        aka__pool_destroy(&e->pool);
    pthread_mutex_destroy(&e->save_mu);
    aka__errslots_destroy(&e->errs);
    free(e);
}

void aka__engine_run_parts(const aka_engine *e, void *(*fn)(void *), void *jobs,
                           size_t size, unsigned parts)
{
    /* The pool has a lock of its own; running on it changes no data of
     * the engine's, so readers (the estimate) may use it too. */
    aka__pool_run(e->has_pool ? (aka__pool *)&e->pool : NULL, fn, jobs, size,
                  parts);
}

const char *aka_engine_errmsg(const aka_engine *e)
{
    if (!e)
        return "NULL engine handle";
    /* The slots are logically const for readers; the mutex is not. */
    return aka__errslots_get((aka__errslots *)&e->errs);
}

aka_status aka__engine_check_out(aka_engine *e, const char *fn,
                                 const char *buf, size_t cap,
                                 const size_t *out_len)
{
    if (out_len && (buf || cap == 0))
        return AKA_OK;
    aka__err err = {{0}};
    return aka__engine_fail(
        e, aka__fail(&err, AKA_ERR_ARGUMENT,
                     "%s: NULL out_len, or NULL buf with cap > 0", fn),
        &err);
}

aka_status aka__engine_fail(aka_engine *e, aka_status status, aka__err *err)
{
    aka__err_default(err, status);
    aka__errslots_set(&e->errs, err->msg);
    return status;
}

aka_status aka_engine_normalize(aka_engine *e, aka_feature kind,
                                const char *in, size_t in_len, char *buf,
                                size_t cap, size_t *out_len)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka_status st = aka__engine_check_out(e, "aka_engine_normalize", buf, cap,
                                          out_len);
    if (st != AKA_OK)
        return st;
    aka__err err = {{0}};
    *out_len = 0;
    aka__sb out = {0};
    st = aka__normalize(kind, in, in_len, &e->opts.norm, &out, &err);
    if (st == AKA_OK)
        st = aka__copy_out(out.p, out.len, buf, cap, out_len);
    aka__sb_free(&out);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

void aka__engine_write(aka_engine *e)
{
    pthread_rwlock_wrlock(&e->lock);
}

aka_status aka__engine_write_resolved(aka_engine *e, const char *doing)
{
    aka__engine_write(e);
    if (!e->bulk)
        return AKA_OK;
    aka__engine_unlock(e);
    aka__err err = {{0}};
    return aka__engine_fail(
        e, aka__fail(&err, AKA_ERR_ARGUMENT, "engine: finish bulk loading before %s", doing),
        &err);
}

void aka__engine_read(aka_engine *e)
{
    pthread_rwlock_rdlock(&e->lock);
}

void aka__engine_unlock(aka_engine *e)
{
    pthread_rwlock_unlock(&e->lock);
}
