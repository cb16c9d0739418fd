/* madvise's MADV_HUGEPAGE is not POSIX: glibc shows it with the default
 * feature set. */
#define _DEFAULT_SOURCE

#include "core/zalloc.h"

#include <stdint.h>
#include <stdlib.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#define HUGE_PAGE ((uintptr_t)2 << 20)
#define HUGE_FROM ((size_t)4 << 20)

void aka__huge_hint(void *p, size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!p || size < HUGE_FROM)
        return;
    uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1),
              hi = ((uintptr_t)p + size) & ~(HUGE_PAGE - 1);
    if (hi > lo)
        (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE); /* a hint */
#else
    (void)p;
    (void)size;
#endif
}

void *aka__zalloc(size_t size, int touch)
{
    char *p = calloc(1, size ? size : 1);
    if (!p || !touch)
        return p;
    /* Not in huge pages: written at once, a cache's huge pages must all be
     * zeroed up front, and on a VM whose host takes back free memory each
     * costs the host's faults too: 4 ms a MiB against 0.5-1 with small
     * pages (measured), for TLB misses that cost the caches no measurable
     * time. */
    /* Written through a volatile pointer, so that the stores are not
     * dropped as storing what calloc already guarantees. */
    volatile char *v = p;
    for (size_t i = 0; i < size; i += 4096)
        v[i] = 0;
    return p;
}
