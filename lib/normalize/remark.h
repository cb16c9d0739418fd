/* A remark in parentheses at the end of a value ("AB1234567 (expired)",
 * "25/03/1990 (claimed)", "A12345678 (Nigeria)"), which the normalisers of
 * documents and dates read apart from the value. */
#ifndef AKA_NORMALIZE_REMARK_H
#define AKA_NORMALIZE_REMARK_H

#include <stddef.h>

/* Whether in[0..len) ends, spaces aside, with a part in parentheses after
 * something: the '(' at in[*open] and the ')' at in[*close]. */
int aka__trailing_parens(const char *in, size_t len, size_t *open, size_t *close);

#endif
