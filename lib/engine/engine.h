/* The engine handle. Later stages (records, index, clusters) hang their
 * state here. */
#ifndef AKA_ENGINE_ENGINE_H
#define AKA_ENGINE_ENGINE_H

#include "engine/errslots.h"
#include "engine/options.h"

struct aka_engine {
    aka__optvals opts;
    aka__errslots errs;
};

/* Record err's message (or the status's default) as the calling thread's
 * last error on e, and return status. */
aka_status aka__engine_fail(aka_engine *e, aka_status status, aka__err *err);

#endif
