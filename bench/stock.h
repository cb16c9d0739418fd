/* The stock pipeline people reach for first, for the benchmarks' baselines:
 * ICU's "Any-Latin; Latin-ASCII; Lower" over each whole name, then
 * Jaro-Winkler on the results (the same name when JW >= STOCK_SAME_JW).
 * Used by bench_names (name pairs) and aka-bench (record linkage). */
#ifndef AKA_BENCH_STOCK_H
#define AKA_BENCH_STOCK_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/utrans.h>

/* The stock pipeline's decision threshold: the customary Jaro-Winkler cut
 * for "probably the same name" in record linkage tools. */
#define STOCK_SAME_JW 0.88

typedef struct stock {
    UTransliterator *tr;
    UChar *u[2];   /* the two transliterated names */
    int32_t cap[2];
    unsigned char *flags; /* Jaro's matched-character flags */
    size_t flagcap;
} stock;

/* Open the transliterator; 0, or -1 with a message on stderr. */
int stock_open(stock *s);
void stock_close(stock *s);

/* Transliterates one whole UTF-8 name into s->u[side] (side 0 or 1);
 * returns its length in UTF-16 units, or -1. Nothing is cached. */
int32_t stock_translit(stock *s, int side, const char *in, size_t len);

/* Jaro-Winkler (Winkler's strcmp95) on UTF-16 units; flags has room for
 * la + lb bytes. */
double stock_jaro_winkler(const UChar *a, int32_t la, const UChar *b,
                          int32_t lb, unsigned char *flags);

/* The whole comparison from raw strings; -1 when ICU fails. */
double stock_compare(stock *s, const char *a, size_t alen, const char *b,
                     size_t blen);

#endif
