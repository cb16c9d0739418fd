/* Scoring a pair of stored records: every feature kind both hold compared
 * by its comparator, the best level over their values weighed by the
 * model, the weights summed with the prior (docs/engine.md). Used by the
 * resolution and by explanations, which print the same numbers. */
#ifndef AKA_ENGINE_PAIR_H
#define AKA_ENGINE_PAIR_H

#include "engine/engine.h"

typedef struct aka__feature_cmp {
    int compared;       /* both records hold the kind */
    int level;
    double weight;
    uint32_t va, vb;    /* the value indices that gave the best level */
    int conflict;       /* the comparator flagged strong conflicting evidence */
} aka__feature_cmp;

/* Compare records ra and rb (stored or not: a search query). cmp has
 * AKA__MODEL_KINDS entries, indexed by kind. Returns the score (log2
 * odds). Reads the engine only. When the score cannot reach `floor`
 * whatever the names say, the names are not compared (cmp holds no name
 * kind) and an upper bound of the score, below floor, is returned: pass
 * -INFINITY for the full comparison. */
double aka__pair_score(const aka_engine *e, const aka__rec *ra,
                       const aka__rec *rb, aka__pair_scratch *ps,
                       aka__feature_cmp *cmp, double floor);

#endif
