/* Zeroed memory for large caches, its pages written before first use. */
#ifndef AKA_CORE_ZALLOC_H
#define AKA_CORE_ZALLOC_H

#include <stddef.h>

/* calloc(1, size), with every page written once: a page of a fresh
 * mapping that is read first maps the shared zero page, and the first
 * write to it then copies it and flushes the other threads' TLBs (an
 * interrupt to every core the process runs on). Caches that are probed
 * (read) before they are filled paid that on every page. NULL when
 * memory runs out. */
void *aka__zalloc_touched(size_t size);

#endif
