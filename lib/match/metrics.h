/* String metrics for the name matcher.
 *
 * Inputs are byte strings with explicit lengths (no terminator needed; a
 * NULL pointer is allowed when its length is 0). Every byte is a symbol:
 * names reach the matcher lower-cased ASCII, so there is no need to decode
 * UTF-8 here, and a multi-byte character simply counts as several symbols.
 *
 * Speed: when the shorter string has at most 64 bytes, one machine word
 * holds a whole DP column (Levenshtein, OSA) or the match flags of that
 * string (Jaro), and the metrics run bit-parallel (Myers 1999 / Hyyrö 2001 for
 * Levenshtein, Hyyrö 2003 for OSA, match-window bitmasks for Jaro). Longer
 * input falls back to a plain dynamic programme.
 *
 * Memory: nothing is allocated unless a string is longer than
 * AKA__METRICS_STACK bytes; then a work row is taken from the heap, and if
 * that fails the functions return a negative value (-1 / -1.0).
 *
 * Thread safety: all functions are pure; call them from any thread. */
#ifndef AKA_MATCH_METRICS_H
#define AKA_MATCH_METRICS_H

#include <stddef.h>

#define AKA__METRICS_STACK 512

/* Levenshtein distance (insert, delete, substitute; each costs 1).
 * max >= 0: the result is exact when it is <= max, and max + 1 whenever the
 * distance exceeds max (the work stops as soon as that is certain).
 * max < 0: no cut-off. Returns -1 only when memory ran out. */
int aka__lev(const char *a, size_t na, const char *b, size_t nb, int max);

/* Optimal string alignment distance (restricted Damerau-Levenshtein):
 * Levenshtein plus transposition of two adjacent symbols, with no
 * substring edited twice; so osa("ca", "abc") = 3, where the unrestricted
 * Damerau distance is 2. Cut-off and errors as for aka__lev. */
int aka__osa(const char *a, size_t na, const char *b, size_t nb, int max);

/* Jaro similarity in [0, 1], as jellyfish computes it: matching window
 * max(na, nb) / 2 - 1 (at least 0); each symbol of `a`, left to right, takes
 * the leftmost unmatched equal symbol of `b` inside its window; 0.0 when
 * either string is empty (also when both are). Returns -1.0 only when
 * memory ran out. */
double aka__jaro(const char *a, size_t na, const char *b, size_t nb);

/* Jaro-Winkler similarity: jaro + l * prefix_scale * (1 - jaro), where l is
 * the common prefix length capped at 4, applied only when jaro > 0.7
 * (jellyfish's rule; it counts digits in the prefix like any symbol).
 * prefix_scale is normally 0.1 and must not exceed 0.25.
 * cutoff > 0: when bounds from the lengths, or from the number of matches,
 * show the result must stay below cutoff, 0.0 is returned early; a result
 * >= cutoff is always exact. Returns -1.0 only when memory ran out. */
double aka__jaro_winkler(const char *a, size_t na, const char *b, size_t nb,
                         double prefix_scale, double cutoff);

/* 1 - lev / max(na, nb); 1.0 for two empty strings; -1.0 when memory ran
 * out. */
double aka__lev_sim(const char *a, size_t na, const char *b, size_t nb);

#endif
