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
 * stays small keeps a small footprint). With `touch`, a large block is
 * asked for in huge pages (aka__huge_hint). NULL when memory runs out. */
void *aka__zalloc(size_t size, int touch);

/* Asks for the 2 MiB-aligned inside of [p, p + size) in transparent huge
 * pages, where the system gives them on request (Linux's default
 * "madvise" mode); nothing for less than 4 MiB, nor elsewhere. Large
 * tables probed at random (caches, the index) otherwise miss the TLB on
 * nearly every probe, and take a page fault per 4 KiB when first written:
 * a 40 MiB cache is a few dozen TLB entries and faults instead of ten
 * thousand. Pages already written stay as they are until the kernel
 * collapses them, so ask right after allocating. A hint: refused, the pages stay small. */
void aka__huge_hint(void *p, size_t size);

#endif
