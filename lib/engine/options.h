/* The engine options as typed values. aka_options is the public handle;
 * an engine keeps its own copy of the values. */
#ifndef AKA_ENGINE_OPTIONS_H
#define AKA_ENGINE_OPTIONS_H

#include "core/error.h"
#include "normalize/normalize.h"

typedef struct aka__optvals {
    aka__norm_opts norm;
} aka__optvals;

struct aka_options {
    aka__optvals v;
    aka__err err;
};

void aka__optvals_defaults(aka__optvals *v);

/* The i-th option key, NULL past the last: lets tests check docs/options.md. */
const char *aka__options_key(size_t i);

#endif
