#include "core/strbuf.h"

#include <stdlib.h>
#include <string.h>

aka_status aka__sb_grow(aka__sb *sb, size_t extra)
{
    if (extra > ((size_t)-1) / 2 - sb->len)
        return AKA_ERR_NOMEM;
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return AKA_OK;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(sb->p, cap);
    if (!p)
        return AKA_ERR_NOMEM;
    sb->p = p;
    sb->cap = cap;
    return AKA_OK;
}

aka_status aka__sb_append_str(aka__sb *sb, const char *s)
{
    return aka__sb_append(sb, s, strlen(s));
}

void aka__sb_clear(aka__sb *sb)
{
    sb->len = 0;
    if (sb->p)
        sb->p[0] = '\0';
}

void aka__sb_free(aka__sb *sb)
{
    free(sb->p);
    sb->p = NULL;
    sb->len = sb->cap = 0;
}

aka_status aka__copy_out(const char *src, size_t len, char *buf, size_t cap,
                         size_t *out_len)
{
    *out_len = len;
    if (cap < len)
        return AKA_ERR_BUFFER;
    if (len)
        memcpy(buf, src, len);
    if (cap > len)
        buf[len] = '\0';
    return AKA_OK;
}
