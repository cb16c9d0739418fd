/* Little-endian encoding for the snapshot and the journal: a writer that
 * hands bytes to a sink, and a bounds-checked reader that never reads past
 * its buffer (a failed read sets `bad` and returns zeros, so a parser can
 * read a whole structure and test `bad` once). */
#ifndef AKA_CORE_BYTES_H
#define AKA_CORE_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct aka__wr {
    void (*put)(void *ctx, const void *p, size_t n);
    void *ctx;
} aka__wr;

static inline void aka__wr_bytes(aka__wr *w, const void *p, size_t n)
{
    if (n)
        w->put(w->ctx, p, n);
}

static inline void aka__wr_u8(aka__wr *w, uint8_t v)
{
    w->put(w->ctx, &v, 1);
}

static inline void aka__wr_u32(aka__wr *w, uint32_t v)
{
    unsigned char b[4];
    for (int i = 0; i < 4; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    w->put(w->ctx, b, 4);
}

static inline void aka__wr_u64(aka__wr *w, uint64_t v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    w->put(w->ctx, b, 8);
}

static inline void aka__wr_f32(aka__wr *w, float f)
{
    uint32_t v;
    memcpy(&v, &f, 4);
    aka__wr_u32(w, v);
}

static inline void aka__wr_f64(aka__wr *w, double f)
{
    uint64_t v;
    memcpy(&v, &f, 8);
    aka__wr_u64(w, v);
}

/* The little-endian integer at p (8 bytes, read unchecked). */
static inline uint64_t aka__le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int k = 0; k < 8; k++)
        v |= (uint64_t)p[k] << (8 * k);
    return v;
}

typedef struct aka__rd {
    const unsigned char *p;
    size_t n, off;
    int bad;
} aka__rd;

static inline const unsigned char *aka__rd_bytes(aka__rd *r, size_t n)
{
    if (r->bad || n > r->n - r->off) {
        r->bad = 1;
        return NULL;
    }
    const unsigned char *p = r->p + r->off;
    r->off += n;
    return p;
}

static inline uint8_t aka__rd_u8(aka__rd *r)
{
    const unsigned char *p = aka__rd_bytes(r, 1);
    return p ? p[0] : 0;
}

static inline uint32_t aka__rd_u32(aka__rd *r)
{
    const unsigned char *p = aka__rd_bytes(r, 4);
    uint32_t v = 0;
    for (int i = 0; p && i < 4; i++)
        v |= (uint32_t)p[i] << (8 * i);
    return v;
}

static inline uint64_t aka__rd_u64(aka__rd *r)
{
    const unsigned char *p = aka__rd_bytes(r, 8);
    return p ? aka__le64(p) : 0;
}

static inline float aka__rd_f32(aka__rd *r)
{
    uint32_t v = aka__rd_u32(r);
    float f;
    memcpy(&f, &v, 4);
    return f;
}

static inline double aka__rd_f64(aka__rd *r)
{
    uint64_t v = aka__rd_u64(r);
    double f;
    memcpy(&f, &v, 8);
    return f;
}

/* A count of items of at least `each` bytes that the rest of the buffer
 * could hold: a hostile count fails here instead of driving a long loop or
 * a huge allocation. */
static inline uint32_t aka__rd_count(aka__rd *r, size_t each)
{
    uint32_t n = aka__rd_u32(r);
    if (!r->bad && each && n > (r->n - r->off) / each)
        r->bad = 1;
    return r->bad ? 0 : n;
}

#endif
