/* The engine options as typed values. aka_options is the public handle;
 * an engine keeps its own copy of the values. */
#ifndef AKA_ENGINE_OPTIONS_H
#define AKA_ENGINE_OPTIONS_H

#include "core/error.h"
#include "normalize/normalize.h"

typedef struct aka__optvals {
    aka__norm_opts norm;
    double match_threshold;  /* probability at which two records merge */
    double review_threshold; /* probability of a possible match */
    unsigned max_block;      /* records per blocking key before it is capped */
    unsigned threads;        /* threads of bulk resolution */
} aka__optvals;

struct aka_options {
    aka__optvals v;
    aka__err err;
};

#define AKA__DEFAULT_MATCH 0.95
#define AKA__DEFAULT_REVIEW 0.5
#define AKA__DEFAULT_MAX_BLOCK 1000
#define AKA__MAX_THREADS 64

void aka__optvals_defaults(aka__optvals *v);

/* The i-th option key, NULL past the last: lets tests check docs/options.md. */
const char *aka__options_key(size_t i);

#endif
