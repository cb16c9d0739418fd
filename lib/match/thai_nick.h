/* Thai nicknames. A Thai person goes by a short everyday name (Lek, Nok,
 * Boy) chosen in childhood, which records kept by people who know her
 * write in place of the given name on her papers: "Lek Saengthong" and
 * "Somchai Saengthong" may be one man. */
#ifndef AKA_MATCH_THAI_NICK_H
#define AKA_MATCH_THAI_NICK_H

#include <stddef.h>

/* Whether tok[0..n) (lower-case ASCII) is a common Thai nickname. */
int aka__thai_nickname(const char *tok, size_t n);

/* Whether the list is sorted as aka__thai_nickname searches it (for the
 * tests). */
int aka__thai_nicknames_sorted(void);

#endif
