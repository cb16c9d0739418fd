/* Many small arrays, cut from a few large chunks.
 *
 * An engine of a million records holds tens of millions of small arrays
 * (posting lists, a record's edges and keys), and reads them at random
 * while it resolves. From malloc they lie scattered over a heap of a
 * gigabyte in 4 KiB pages, and nearly every array read misses the TLB: on
 * a VM each miss walks two page tables. Cut from chunks that ask for
 * transparent huge pages (aka__huge_hint), the same reads find their
 * pages in a TLB that covers the whole engine (docs/threading.md has
 * the figures).
 *
 * Sizes are rounded up to a class: 16-byte steps to 256 bytes, then four
 * classes between each power of two and the next, to AKA__SLAB_MAX; a
 * freed array goes on its class's free list for the next of that class.
 * Larger arrays go to malloc. Memory comes back only when the slab is
 * destroyed, as most of malloc's does.
 *
 * The caller passes the size it allocated when it frees or resizes (the
 * arrays carry no header). Not thread-safe: each slab belongs to one
 * structure and is used under that structure's exclusive access. Built
 * with AddressSanitizer, the chunks' unused and freed bytes are poisoned,
 * so that an overrun is reported as it would be with malloc. */
#ifndef AKA_CORE_SLAB_H
#define AKA_CORE_SLAB_H

#include <stddef.h>

/* Arrays larger than this come from malloc. */
#define AKA__SLAB_MAX ((size_t)64 << 10)
#define AKA__SLAB_CLASSES 48

typedef struct aka__slab {
    void *free[AKA__SLAB_CLASSES]; /* freed arrays; each holds the next */
    char *next;                    /* the uncut rest of the newest chunk */
    size_t left;
    struct aka__slab_chunk {
        void *p;
        size_t size;
    } *chunks;
    size_t nchunks, cap_chunks;
    size_t chunk_bytes; /* all chunks' sizes together */
} aka__slab;

/* An empty slab (all zero is one too). */
void aka__slab_init(aka__slab *s);

/* Every chunk and every malloc'd array back: the caller frees its large
 * arrays (more than AKA__SLAB_MAX) itself, or with aka__slab_free. */
void aka__slab_destroy(aka__slab *s);

/* An array of `size` bytes (16-byte aligned, contents undefined); NULL for
 * size 0 or when memory ran out. */
void *aka__slab_alloc(aka__slab *s, size_t size);

/* Room for arrays of `bytes` together (their classes' sizes, each at
 * most AKA__SLAB_MAX) that aka__slab_alloc then cuts without asking
 * malloc: for a caller that must have all its memory before it changes
 * anything. 0, or -1 when memory ran out. */
int aka__slab_reserve(aka__slab *s, size_t bytes);
/* Give back p, allocated with `size` bytes (NULL is ignored). */
void aka__slab_free(aka__slab *s, void *p, size_t size);

/* p (of `old` bytes, or NULL with old 0) moved to an array of `size`
 * bytes, keeping the first min(old, size); in place when both round to
 * one class. NULL, p untouched, when memory ran out. */
void *aka__slab_resize(aka__slab *s, void *p, size_t old, size_t size);

/* Bytes an array of `size` really takes: its class's size. */
size_t aka__slab_class_bytes(size_t size);

#endif
