#include "engine/engine.h"

#include <stdlib.h>

aka_status aka_engine_new(const aka_options *opts, aka_engine **out)
{
    if (!out)
        return AKA_ERR_ARGUMENT;
    *out = NULL;
    aka_engine *e = calloc(1, sizeof *e);
    if (!e)
        return AKA_ERR_NOMEM;
    if (!aka__errslots_init(&e->errs)) {
        free(e);
        return AKA_ERR_NOMEM;
    }
    if (opts)
        e->opts = opts->v;
    else
        aka__optvals_defaults(&e->opts);
    if (aka__engine_state_init(e) != AKA_OK) {
        aka__errslots_destroy(&e->errs);
        free(e);
        return AKA_ERR_NOMEM;
    }
    *out = e;
    return AKA_OK;
}

void aka_engine_free(aka_engine *e)
{
    if (!e)
        return;
    aka__engine_state_free(e);
    aka__errslots_destroy(&e->errs);
    free(e);
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

void aka__engine_read(aka_engine *e)
{
    pthread_rwlock_rdlock(&e->lock);
}

void aka__engine_unlock(aka_engine *e)
{
    pthread_rwlock_unlock(&e->lock);
}
