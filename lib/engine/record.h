/* aka_record: the values one source holds about one person, kept as the
 * caller gave them (validated) until an engine normalises them with its
 * own options (default_country changes how phones read). */
#ifndef AKA_ENGINE_RECORD_H
#define AKA_ENGINE_RECORD_H

#include <stddef.h>

#include "aka.h"
#include "core/error.h"

/* Values a record may hold: more is not a person but a dump. */
#define AKA__RECORD_MAX_VALUES 256

typedef struct aka__rvalue {
    aka_feature kind;
    size_t off, len; /* in the record's byte arena */
} aka__rvalue;

struct aka_record {
    aka__rvalue *v;
    size_t n, cap;
    char *bytes;
    size_t blen, bcap;
    aka__err err;
};

#endif
