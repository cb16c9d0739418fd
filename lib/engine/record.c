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
    free(r->canon);
    free(r);
}

aka_status aka_record_clear(aka_record *r)
{
    if (!r)
        return AKA_ERR_ARGUMENT;
    r->n = 0;
    r->blen = 0;
    r->cllen = 0;
    r->err.msg[0] = '\0';
    return AKA_OK;
}

const char *aka_record_errmsg(const aka_record *r)
{
    return r ? r->err.msg : "NULL record handle";
}

/* Room for `need` bytes in the arena *p of capacity *cap. */
static aka_status grow(char **p, size_t *cap, size_t need)
{
    if (need <= *cap)
        return AKA_OK;
    size_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    char *b = realloc(*p, c);
    if (!b)
        return AKA_ERR_NOMEM;
    *p = b;
    *cap = c;
    return AKA_OK;
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
    aka__sb canon = {0};
    aka_status st = aka__normalize(kind, value, len, NULL, &canon, &r->err);
    if (st == AKA_OK && (grow(&r->bytes, &r->bcap, r->blen + len + 1) != AKA_OK ||
                         grow(&r->canon, &r->clcap, r->cllen + canon.len + 1) != AKA_OK))
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
    if (st != AKA_OK) {
        aka__sb_free(&canon);
        return st;
    }
    if (len)
        memcpy(r->bytes + r->blen, value, len);
    r->bytes[r->blen + len] = '\0';
    if (canon.len)
        memcpy(r->canon + r->cllen, canon.p, canon.len);
    r->canon[r->cllen + canon.len] = '\0';
    r->v[r->n++] = (aka__rvalue){kind, r->blen, len, r->cllen, canon.len};
    r->blen += len + 1;
    r->cllen += canon.len + 1;
    aka__sb_free(&canon);
    return AKA_OK;
}

const char *aka__record_canon(const aka_record *r, size_t i,
                              const char *default_country, size_t *len)
{
    /* Only phones read an option (the default country's calling code). */
    if (r->v[i].kind == AKA_PHONE && default_country && default_country[0])
        return NULL;
    *len = r->v[i].clen;
    return r->canon + r->v[i].coff;
}
