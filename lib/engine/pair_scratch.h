/* The scratch a thread needs to score record pairs (engine/pair.h): two
 * name forms and a cache of prepared names. Apart from pair.h so that the
 * engine's struct can hold one. */
#ifndef AKA_ENGINE_PAIR_SCRATCH_H
#define AKA_ENGINE_PAIR_SCRATCH_H

#include <stddef.h>

#include "aka.h"

struct aka__nameform;

/* Sizes of the engine's cache of prepared names and of each
 * bulk-resolution thread's own (at most), in slots (a power of two) of
 * 7 KiB of arena, which holds some three forms of the common sizes
 * (pair.c): 28 MiB each, with a 1 MiB index, made on first use. */
#define AKA__FORM_SLOTS 4096
#define AKA__FORM_SLOTS_THREAD 4096
/* A bulk step over fewer records gives its threads smaller caches
 * (aka__form_slots_for), down to this many slots. */
#define AKA__FORM_SLOTS_MIN 256

/* A parallel step over at least this many records writes its threads'
 * caches when it allocates them (aka__pair_scratch_init's touch): 4 MiB
 * a thread at 10,000 records, which smaller steps would not earn back. */
#define AKA__TOUCH_CACHES_FROM 10000

/* Prepared names by hash of the normalised name: names are
 * Zipf-distributed and candidates share name keys, so most names were
 * prepared for an earlier comparison. One thread at a time. */
typedef struct aka__form_cache aka__form_cache;

/* A cache of `slots` (a power of two) entries, or NULL when memory runs
 * out (callers then go without one). */
aka__form_cache *aka__form_cache_new(size_t slots, int touch);

/* The slots of a bulk-resolution thread's cache for a step over `records`
 * records: a 128th of the records rounded up to a power of two, within
 * AKA__FORM_SLOTS_MIN .. AKA__FORM_SLOTS_THREAD. The caches beside the
 * forms (keyed tokens, token-pair similarities, name-pair levels) scale
 * with it: about 64 MiB at full size, from 262,145 records on; 4 MiB at
 * 10,000. Memory written for the first time is dear on the VMs we measure
 * on: 0.5-1 ms a MiB on one, 2.8 ms (11 us a page, the host backing each)
 * on another, where the caches' pages were a third of the page faults of
 * resolving 100,000 records. A sixteenth, earlier, cost 4.5 % fewer
 * instructions at 30,000 records than a sixty-fourth, but four times the
 * memory, and resolved 100,000 records about 10 % slower there; a 128th
 * resolves 30,000 and 100,000 records some 4 % faster again than a
 * sixty-fourth (aka-bench, 7 paired runs: 0.4 % less CPU time at 30,000,
 * 4 % less at 100,000), and a 256th is 2 % slower than a 128th: the
 * misses then cost more than the pages. */
size_t aka__form_slots_for(size_t records);
void aka__form_cache_free(aka__form_cache *c);

/* What scoring needs on one thread: two name forms to prepare names into,
 * two more to copy a pair of names of two scripts into (name_level), and
 * a cache (NULL for none: the queries that share the engine). */
typedef struct aka__pair_scratch {
    struct aka__nameform *fa, *fb, *xa, *xb;
    aka__form_cache *cache;
    size_t want_slots; /* a cache of this many slots is made on first use */
    int touch;         /* and written when made (core/zalloc.h) */
} aka__pair_scratch;

/* Allocate the forms and, when cache_slots > 0, a cache (its pages
 * written at once with `touch`, for the threads of a parallel step: see
 * core/zalloc.h). AKA_ERR_NOMEM only when the forms cannot be had (then
 * everything is NULL). Freeing is idempotent. */
aka_status aka__pair_scratch_init(aka__pair_scratch *ps, size_t cache_slots,
                                  int touch);
void aka__pair_scratch_free(aka__pair_scratch *ps);

/* Take c (a cache another scratch filled: a bulk step's thread's) as ps's
 * own when ps has not made its cache yet or c is no smaller than it; else
 * free c. An engine's first adds after a bulk load then find the names
 * the load compared already prepared, in memory already written: with a
 * cold cache made on first use, the first thousand adds after a load of
 * 1,000,000 records took 1.1 ms at the median, not 0.3. */
void aka__pair_scratch_adopt(aka__pair_scratch *ps, aka__form_cache *c);

#endif
