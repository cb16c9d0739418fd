#include "engine/record.h"

#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "normalize/normalize.h"

aka_status aka_record_new(aka_record **out)
{
    if (!out)
        return AKA_ERR_ARGUMENT;
    *out = calloc(1, sizeof **out);
    return *out ? AKA_OK : AKA_ERR_NOMEM;
}

void aka_record_free(aka_record *r)
{
    if (!r)
        return;
    free(r->v);
    free(r->bytes);
    free(r);
}

aka_status aka_record_clear(aka_record *r)
{
    if (!r)
        return AKA_ERR_ARGUMENT;
    r->n = 0;
    r->blen = 0;
    r->err.msg[0] = '\0';
    return AKA_OK;
}

const char *aka_record_errmsg(const aka_record *r)
{
    return r ? r->err.msg : "NULL record handle";
}

aka_status aka_record_add(aka_record *r, aka_feature kind, const char *value,
                          size_t len)
{
    if (!r)
        return AKA_ERR_ARGUMENT;
    r->err.msg[0] = '\0';
    if (r->n >= AKA__RECORD_MAX_VALUES)
        return aka__fail(&r->err, AKA_ERR_LIMIT,
                         "record: more than %d values", AKA__RECORD_MAX_VALUES);
    /* Reading the value now reports a bad one to the caller who has it;
     * the engine reads it again with its own options. */
    aka__sb canon = {0};
    aka_status st = aka__normalize(kind, value, len, NULL, &canon, &r->err);
    aka__sb_free(&canon);
    if (st != AKA_OK)
        return st;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        aka__rvalue *v = realloc(r->v, cap * sizeof *v);
        if (!v)
            return aka__fail(&r->err, AKA_ERR_NOMEM, "record: out of memory");
        r->v = v;
        r->cap = cap;
    }
    if (r->blen + len + 1 > r->bcap) {
        size_t cap = r->bcap ? r->bcap : 256;
        while (cap < r->blen + len + 1)
            cap *= 2;
        char *b = realloc(r->bytes, cap);
        if (!b)
            return aka__fail(&r->err, AKA_ERR_NOMEM, "record: out of memory");
        r->bytes = b;
        r->bcap = cap;
    }
    if (len)
        memcpy(r->bytes + r->blen, value, len);
    r->bytes[r->blen + len] = '\0';
    r->v[r->n++] = (aka__rvalue){kind, r->blen, len};
    r->blen += len + 1;
    return AKA_OK;
}
