/* Scoring a pair of stored records: every feature kind both hold compared
 * by its comparator, the best level over their values weighed by the
 * model, the weights summed with the prior (docs/engine.md). Used by the
 * resolution and by explanations, which print the same numbers. */
#ifndef AKA_ENGINE_PAIR_H
#define AKA_ENGINE_PAIR_H

#include "engine/engine.h"

/* Slots of the engine's cache of prepared names (a power of two; about
 * 8 KiB each, allocated when the engine is created: 32 MiB). */
#define AKA__FORM_SLOTS 4096

typedef struct aka__feature_cmp {
    int compared;       /* both records hold the kind */
    int level;
    double weight;
    uint32_t va, vb;    /* the value indices that gave the best level */
    int conflict;       /* the comparator flagged strong conflicting evidence */
} aka__feature_cmp;

/* Compare records a and b (live store indices). cmp has AKA__MODEL_KINDS
 * entries, indexed by kind. Returns the score (log2 odds). */
/* Allocate the cache of prepared names (NULL on failure: no cache). */
struct aka__form_slot *aka__form_cache_new(void);

double aka__pair_score(aka_engine *e, uint32_t a, uint32_t b,
                       aka__feature_cmp *cmp);

/* The same for two records that need not be stored (a search query), with
 * the caller's two name forms as scratch (one pair per thread). */
double aka__pair_score_recs(aka_engine *e, const aka__rec *ra,
                            const aka__rec *rb, struct aka__nameform *fa,
                            struct aka__nameform *fb, aka__feature_cmp *cmp);

#endif
