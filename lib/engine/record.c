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
    aka__sb_free(&r->bytes);
    aka__sb_free(&r->canon);
    aka__sb_free(&r->scratch);
    free(r);
}

aka_status aka_record_clear(aka_record *r)
{
    if (!r)
        return AKA_ERR_ARGUMENT;
    r->n = 0;
    aka__sb_clear(&r->bytes);
    aka__sb_clear(&r->canon);
    r->err.msg[0] = '\0';
    return AKA_OK;
}

const char *aka_record_errmsg(const aka_record *r)
{
    return r ? r->err.msg : "NULL record handle";
}

/* Append s and a NUL to sb, which has room for both and its terminator. */
static void put_nul_terminated(aka__sb *sb, const char *s, size_t n)
{
    if (n)
        memcpy(sb->p + sb->len, s, n);
    sb->len += n;
    sb->p[sb->len++] = '\0';
    sb->p[sb->len] = '\0';
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
     * an engine reads it again only when its options change the result. */
    aka__sb *canon = &r->scratch;
    aka__sb_clear(canon);
    aka_status st = aka__normalize(kind, value, len, NULL, canon, &r->err);
    /* Room first for everything the value adds, so that a failure
     * leaves the record as it was. */
    if (st == AKA_OK && (aka__sb_reserve(&r->bytes, len + 1) != AKA_OK ||
                         aka__sb_reserve(&r->canon, canon->len + 1) != AKA_OK))
        st = aka__fail(&r->err, AKA_ERR_NOMEM, "record: out of memory");
    if (st == AKA_OK && r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        aka__rvalue *v = realloc(r->v, cap * sizeof *v);
        if (v) {
            r->v = v;
            r->cap = cap;
        } else {
            st = aka__fail(&r->err, AKA_ERR_NOMEM, "record: out of memory");
        }
    }
    if (st != AKA_OK)
        return st;
    r->v[r->n++] = (aka__rvalue){kind, r->bytes.len, len, r->canon.len, canon->len};
    /* reserved above (each with its NUL and the buffer's terminator) */
    put_nul_terminated(&r->bytes, value, len);
    put_nul_terminated(&r->canon, canon->p, canon->len);
    return AKA_OK;
}

const char *aka__record_canon(const aka_record *r, size_t i,
                              const char *default_country, size_t *len)
{
    /* Only phones read an option (the default country's calling code). */
    if (r->v[i].kind == AKA_PHONE && default_country && default_country[0])
        return NULL;
    *len = r->v[i].clen;
    return r->canon.p + r->v[i].coff;
}
