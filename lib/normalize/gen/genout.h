/* Shared plumbing of the build-time table generators: collect key/value
 * pairs with a priority, resolve conflicts, and write a C source file
 * atomically (a failed run never leaves a half-written table behind). */
#ifndef AKA_GEN_GENOUT_H
#define AKA_GEN_GENOUT_H

#include <stddef.h>
#include <stdio.h>

typedef struct gen_pair {
    char *key;
    char val[8];
    int prio; /* lower wins a conflict */
} gen_pair;

typedef struct gen_set {
    gen_pair *v;
    size_t len, cap;
} gen_set;

/* Key-fold `raw` with libaka's run-time folding and add it. Keys that fold
 * to nothing, or that contain a character rejected by `reject` (may be
 * NULL), are skipped. Exits the process on allocation failure. */
void gen_add(gen_set *s, const char *raw, const char *val, int prio);
void gen_add_folded(gen_set *s, const char *key, const char *val, int prio);

/* Sort by key; for a key with several values keep the one of strictly
 * best priority and drop the key when the best priorities disagree. */
void gen_resolve(gen_set *s, size_t *dropped);

/* Open `<path>.tmp`; gen_close renames it over `path`. */
FILE *gen_open(const char *path);
int gen_close(FILE *f, const char *path);

/* Write s as a C string literal. */
void gen_put_cstr(FILE *f, const char *s);

void gen_free(gen_set *s);

#endif
