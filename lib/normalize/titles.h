/* Titles, honorifics and generational suffixes that precede or follow a
 * name but are not part of it. */
#ifndef AKA_NORMALIZE_TITLES_H
#define AKA_NORMALIZE_TITLES_H

#include <stddef.h>

#define AKA__WORD_TITLE 1u  /* may be dropped before a name */
#define AKA__WORD_SUFFIX 2u /* may be dropped after a name */
/* may be dropped before a title, or two of them before a name */
#define AKA__WORD_PRETITLE 4u

/* Flags for one word given in NFKC case-folded UTF-8 without dots. */
unsigned aka__title_flags(const char *folded, size_t len);

#endif
