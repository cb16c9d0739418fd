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

#endif
