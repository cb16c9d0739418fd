/* ITU-T E.164 country calling codes and national trunk prefixes by
 * ISO 3166-1 alpha-2 code, for turning national phone numbers into E.164. */
#ifndef AKA_NORMALIZE_CALLING_CODES_H
#define AKA_NORMALIZE_CALLING_CODES_H

#include <stddef.h>

typedef struct aka__calling_code {
    char cc[3];         /* ISO alpha-2, upper case */
    const char *code;   /* calling code digits, e.g. "380" */
    const char *trunk;  /* national trunk prefix dialled before the national
                         * number ("0", "8", "06", "1"), "" when none */
    const char *trunk2; /* a second accepted trunk prefix, "" when none */
} aka__calling_code;

/* The row for an alpha-2 code (either case), or NULL when the code is
 * unknown or the territory has no calling code (BV, HM). */
const aka__calling_code *aka__calling_code_find(const char *cc);

/* The calling code an international number d[0..n) (digits after the +)
 * opens with, the longest that some row has: its length into *code_len
 * (0 when none), and whether every territory of that code has the trunk
 * prefix "0" (returns 1), whose national numbers never open with 0, so
 * that a 0 written after the code is the trunk prefix (+44 07700 ...);
 * 0 when some has another or none (Italy's 0 is part of its numbers). */
int aka__calling_code_zero_trunk(const char *d, size_t n, size_t *code_len);

/* 1 for the members of the North American Numbering Plan (+1). */
int aka__calling_code_is_nanp(const aka__calling_code *c);

#endif
