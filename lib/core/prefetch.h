/* A hint to fetch memory that will be read soon. Scoring and candidate
 * retrieval wait on memory more than they compute: a record's values and
 * a key's postings are each a cache miss, which fetching them a few steps
 * ahead hides. A no-op where the compiler has no such builtin. */
#ifndef AKA_CORE_PREFETCH_H
#define AKA_CORE_PREFETCH_H

#if defined(__GNUC__) || defined(__clang__)
#define AKA__PREFETCH(p) __builtin_prefetch(p)
/* ... and memory that will be written soon */
#define AKA__PREFETCH_W(p) __builtin_prefetch(p, 1)
#else
#define AKA__PREFETCH(p) ((void)(p))
#define AKA__PREFETCH_W(p) ((void)(p))
#endif

#endif
