/* Growable byte strings used by every stage to build outputs. */
#ifndef AKA_CORE_STRBUF_H
#define AKA_CORE_STRBUF_H

#include <stddef.h>
#include <string.h>

#include "aka.h"

/* A zeroed aka__sb is a valid empty string; ->p is NUL-terminated whenever
 * it is non-NULL so that ICU and libc calls can read it directly. */
typedef struct aka__sb {
    char *p;
    size_t len;
    size_t cap;
} aka__sb;

/* The slow path of aka__sb_reserve: grows the buffer. */
aka_status aka__sb_grow(aka__sb *sb, size_t extra);

/* Room for `extra` more bytes and the NUL. Inline because values are built
 * a byte at a time and the buffer almost always has room already: the
 * call alone used to cost more than the store. */
static inline aka_status aka__sb_reserve(aka__sb *sb, size_t extra)
{
    if (extra < sb->cap - sb->len) /* len <= cap always */
        return AKA_OK;
    return aka__sb_grow(sb, extra);
}

static inline aka_status aka__sb_append(aka__sb *sb, const char *s, size_t n)
{
    aka_status st = aka__sb_reserve(sb, n);
    if (st != AKA_OK)
        return st;
    if (n)
        memcpy(sb->p + sb->len, s, n);
    sb->len += n;
    sb->p[sb->len] = '\0';
    return AKA_OK;
}

static inline aka_status aka__sb_append_char(aka__sb *sb, char c)
{
    if (sb->cap - sb->len > 1) {
        sb->p[sb->len++] = c;
        sb->p[sb->len] = '\0';
        return AKA_OK;
    }
    aka_status st = aka__sb_grow(sb, 1);
    if (st != AKA_OK)
        return st;
    sb->p[sb->len++] = c;
    sb->p[sb->len] = '\0';
    return AKA_OK;
}
aka_status aka__sb_append_str(aka__sb *sb, const char *s);
void aka__sb_clear(aka__sb *sb);
void aka__sb_free(aka__sb *sb);

/* Append s as a space-separated token: a single space is inserted first
 * unless sb is empty or already ends in a space. */
static inline aka_status aka__sb_append_token(aka__sb *sb, const char *s,
                                              size_t n)
{
    if (n == 0)
        return AKA_OK;
    if (sb->len > 0 && sb->p[sb->len - 1] != ' ') {
        aka_status st = aka__sb_append_char(sb, ' ');
        if (st != AKA_OK)
            return st;
    }
    return aka__sb_append(sb, s, n);
}

/* Copy a result into a caller buffer with the public (buf, cap, &len)
 * convention: *out_len is always the length, the copy is NUL-terminated
 * when cap > len, AKA_ERR_BUFFER when it does not fit. */
aka_status aka__copy_out(const char *src, size_t len, char *buf, size_t cap,
                         size_t *out_len);

#endif
