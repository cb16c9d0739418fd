/* aka_record: the values one source holds about one person, kept as the
 * caller gave them (validated) until an engine normalises them with its
 * own options (default_country changes how phones read). */
#ifndef AKA_ENGINE_RECORD_H
#define AKA_ENGINE_RECORD_H

#include <stddef.h>

#include "aka.h"
#include "core/error.h"
#include "core/strbuf.h"

/* Values a record may hold: more is not a person but a dump. */
#define AKA__RECORD_MAX_VALUES 256

typedef struct aka__rvalue {
    aka_feature kind;
    size_t off, len;   /* in the record's byte arena */
    size_t coff, clen; /* its canonical form with no options, in `canon` */
} aka__rvalue;

struct aka_record {
    aka__rvalue *v;
    size_t n, cap;
    aka__sb bytes; /* the values as given, each followed by a NUL */
    /* Adding a value normalises it to check it; the result is kept so
     * that an engine whose options do not change it need not normalise
     * the value a second time (aka__record_canon). */
    aka__sb canon;
    /* Where a value is normalised before it joins `canon`: kept between
     * calls so that adding a value allocates nothing once warm. */
    aka__sb scratch;
    aka__err err;
};

/* The canonical form of value i as an engine with options `o` reads it,
 * when adding the value produced it already (o changes none of it): the
 * bytes, else NULL. */
const char *aka__record_canon(const aka_record *r, size_t i,
                              const char *default_country, size_t *len);

#endif
