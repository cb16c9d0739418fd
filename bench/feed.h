/* A generated record (synth.h) into an aka_record, for the programs that
 * feed libaka. Header-only: it needs aka.h, which the shared bench modules
 * do not link. */
#ifndef AKA_BENCH_FEED_H
#define AKA_BENCH_FEED_H

#include <string.h>

#include "aka.h"
#include "synth.h"

/* Fills r from rec; values aka_record_add refuses are left out and counted
 * in *rejected (real feeds carry unreadable values; the record goes in
 * without them). */
static inline void feed_record(aka_record *r, const synth_rec *rec, size_t *rejected)
{
    static const struct {
        int field;
        aka_feature kind;
    } map[] = {
        {SYNTH_NAME, AKA_NAME}, {SYNTH_GIVEN_NAME, AKA_GIVEN_NAME},
        {SYNTH_FAMILY_NAME, AKA_FAMILY_NAME},
        {SYNTH_DATE_OF_BIRTH, AKA_DATE_OF_BIRTH},
        {SYNTH_NATIONALITY, AKA_NATIONALITY}, {SYNTH_DOCUMENT, AKA_DOCUMENT},
        {SYNTH_PHONE, AKA_PHONE}, {SYNTH_EMAIL, AKA_EMAIL},
        {SYNTH_GENDER, AKA_GENDER},
    };
    aka_record_clear(r);
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        const char *v = rec->field[map[i].field];
        size_t n = strlen(v);
        if (n && aka_record_add(r, map[i].kind, v, n) != AKA_OK)
            (*rejected)++;
    }
}

#endif
