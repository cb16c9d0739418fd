/* Zeroed memory for large caches, its pages written before first use. */
#ifndef AKA_CORE_ZALLOC_H
#define AKA_CORE_ZALLOC_H

#include <stddef.h>

/* calloc(1, size); with `touch`, every page written once. A page of a
 * fresh mapping that is read first maps the shared zero page, and the
 * first write to it then copies it and flushes the TLBs of the other
 * cores running the process's threads (an interrupt to each). Caches that
 * are probed (read) before they are filled, on several threads, paid that
 * on every page; written first, the page is simply allocated. Without
 * `touch` the pages are committed only as they are used (an engine that
 * stays small keeps a small footprint). NULL when memory runs out. */
void *aka__zalloc(size_t size, int touch);

/* Asks for the 2 MiB-aligned inside of [p, p + size) in transparent huge
 * pages, where the system gives them on request (Linux's default
 * "madvise" mode); nothing for less than 4 MiB, nor elsewhere. Large
 * tables probed at random for the whole of a run (the index's keys, the
 * store) otherwise miss the TLB on nearly every probe: at 1M records,
 * without the hint, bulk resolution took 2-4 % more CPU time. Each huge
 * page is zeroed whole when first touched, which on a VM whose host
 * reclaims free memory costs some 4 ms a MiB (aka__zalloc's caches, which
 * are written at once, do without). Pages already written stay as they
 * are until the kernel collapses them, so ask right after allocating. A
 * hint: refused, the pages stay small. */
void aka__huge_hint(void *p, size_t size);

#endif
