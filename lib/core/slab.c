#include "core/slab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/zalloc.h"

#if defined(__SANITIZE_ADDRESS__)
#define SLAB_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SLAB_ASAN 1
#endif
#endif
#ifdef SLAB_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define SMALL_STEP 16u
#define SMALL_TOP 256u
#define FIRST_CHUNK ((size_t)64 << 10)
/* Chunks double up to this; from 4 MiB on they are huge-page aligned. */
#define LAST_CHUNK ((size_t)8 << 20)
#define HUGE_ALIGN ((size_t)2 << 20)

_Static_assert(AKA__SLAB_MAX == (size_t)1 << 16, "the class table ends at 2^16");
_Static_assert(AKA__SLAB_CLASSES == SMALL_TOP / SMALL_STEP + (16 - 8) * 4,
               "16 small classes, then four for each power of two to 2^16");

/* The class of an array of 1..AKA__SLAB_MAX bytes. */
static unsigned class_of(size_t size)
{
    if (size <= SMALL_TOP)
        return (unsigned)((size + SMALL_STEP - 1) / SMALL_STEP) - 1;
    unsigned k = 8; /* size is in (2^k, 2^(k+1)] */
    while (((size_t)2 << k) < size)
        k++;
    size_t step = (size_t)1 << (k - 2);
    unsigned in = (unsigned)((size - ((size_t)1 << k) + step - 1) / step) - 1;
    return SMALL_TOP / SMALL_STEP + (k - 8) * 4 + in;
}

static size_t bytes_of(unsigned c)
{
    if (c < SMALL_TOP / SMALL_STEP)
        return (size_t)(c + 1) * SMALL_STEP;
    c -= SMALL_TOP / SMALL_STEP;
    unsigned k = 8 + c / 4;
    return ((size_t)1 << k) + (size_t)(c % 4 + 1) * ((size_t)1 << (k - 2));
}

size_t aka__slab_class_bytes(size_t size)
{
    if (size == 0 || size > AKA__SLAB_MAX)
        return size;
    return bytes_of(class_of(size));
}

void aka__slab_init(aka__slab *s)
{
    memset(s, 0, sizeof *s);
}

void aka__slab_destroy(aka__slab *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nchunks; i++) {
        /* poisoned bytes must not outlive the chunk: malloc reuses them */
        UNPOISON(s->chunks[i].p, s->chunks[i].size);
        free(s->chunks[i].p);
    }
    free(s->chunks);
    memset(s, 0, sizeof *s);
}

static void push_free(aka__slab *s, unsigned c, void *p)
{
    UNPOISON(p, sizeof(void *));
    memcpy(p, &s->free[c], sizeof(void *));
    s->free[c] = p;
    POISON(p, bytes_of(c));
}

/* The rest of the newest chunk, too short for the array wanted, goes to
 * the free lists of the classes it still holds. */
static void retire_rest(aka__slab *s)
{
    while (s->left >= SMALL_STEP) {
        unsigned c = s->left > AKA__SLAB_MAX ? AKA__SLAB_CLASSES - 1 : class_of(s->left);
        if (bytes_of(c) > s->left)
            c--;
        size_t b = bytes_of(c);
        push_free(s, c, s->next);
        s->next += b;
        s->left -= b;
    }
    s->left = 0;
}

/* A new chunk of at least `least` bytes. */
static int new_chunk(aka__slab *s, size_t least)
{
    if (s->nchunks == s->cap_chunks) {
        size_t cap = s->cap_chunks ? s->cap_chunks * 2 : 8;
        struct aka__slab_chunk *c = realloc(s->chunks, cap * sizeof *c);
        if (!c)
            return -1;
        s->chunks = c;
        s->cap_chunks = cap;
    }
    size_t size = s->chunk_bytes < FIRST_CHUNK ? FIRST_CHUNK : s->chunk_bytes;
    if (size > LAST_CHUNK)
        size = LAST_CHUNK;
    if (size < least) /* (a whole number of huge pages, for aligned_alloc) */
        size = least < 2 * HUGE_ALIGN ? (least + SMALL_STEP - 1) & ~(size_t)(SMALL_STEP - 1)
                                      : (least + HUGE_ALIGN - 1) & ~(HUGE_ALIGN - 1);
    char *p = size >= 2 * HUGE_ALIGN ? aligned_alloc(HUGE_ALIGN, size) : malloc(size);
    if (!p)
        return -1;
    aka__huge_hint(p, size);
    POISON(p, size);
    retire_rest(s);
    s->chunks[s->nchunks++] = (struct aka__slab_chunk){p, size};
    s->chunk_bytes += size;
    s->next = p;
    s->left = size;
    return 0;
}

void *aka__slab_alloc(aka__slab *s, size_t size)
{
    if (size == 0)
        return NULL;
    if (size > AKA__SLAB_MAX)
        return malloc(size);
    unsigned c = class_of(size);
    char *p = s->free[c];
    if (p) {
        UNPOISON(p, sizeof(void *));
        memcpy(&s->free[c], p, sizeof(void *));
        POISON(p, bytes_of(c));
        UNPOISON(p, size);
        return p;
    }
    size_t b = bytes_of(c);
    if (s->left < b && new_chunk(s, b) != 0)
        return NULL;
    p = s->next;
    s->next += b;
    s->left -= b;
    UNPOISON(p, size);
    return p;
}

int aka__slab_reserve(aka__slab *s, size_t bytes)
{
    return s->left >= bytes ? 0 : new_chunk(s, bytes);
}

void aka__slab_free(aka__slab *s, void *p, size_t size)
{
    if (!p || size == 0) /* no array has size 0 (aka__slab_alloc) */
        return;
    if (size > AKA__SLAB_MAX) {
        free(p);
        return;
    }
    push_free(s, class_of(size), p);
}

void *aka__slab_resize(aka__slab *s, void *p, size_t old, size_t size)
{
    if (!p)
        return aka__slab_alloc(s, size);
    if (size == 0) {
        aka__slab_free(s, p, old);
        return NULL;
    }
    if (old > AKA__SLAB_MAX && size > AKA__SLAB_MAX)
        return realloc(p, size);
    if (old <= AKA__SLAB_MAX && size <= AKA__SLAB_MAX &&
        class_of(old) == class_of(size)) {
        POISON(p, bytes_of(class_of(old)));
        UNPOISON(p, size);
        return p;
    }
    void *q = aka__slab_alloc(s, size);
    if (!q)
        return NULL;
    memcpy(q, p, old < size ? old : size);
    aka__slab_free(s, p, old);
    return q;
}
