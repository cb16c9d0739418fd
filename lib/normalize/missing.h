/* Words that forms and registers put in a field for a value not known or
 * not stated ("unknown", "N/A", "не указан"). A normaliser that meets one
 * refuses the value with a message saying so: stored, two unknowns would
 * look like evidence that two records agree. */
#ifndef AKA_NORMALIZE_MISSING_H
#define AKA_NORMALIZE_MISSING_H

#include <stddef.h>

/* Whether key[0..n), in key form (aka__u_keyfold), is such a word. */
int aka__missing_word(const char *key, size_t n);

/* Whether the value in[0..len) (valid UTF-8) is, once key-folded, such a
 * word: "NULL", "N/A", "#N/A", "unknown", "не указано". */
int aka__missing_value(const char *in, size_t len);

/* Whether s[0..n) is one digit repeated ("000000", "99999999"), as forms
 * fill a number not known: no document, phone or identifier is one. */
int aka__repeated_digit(const char *s, size_t n);

#endif
