/* What ICU's "[:Latin:] Latin-ASCII" makes of each Latin letter alone,
 * generated at build time (lib/unicode/gen/gen_latin_ascii.c), so that
 * unicode/uctx.c folds Latin text without opening the transform: compiling
 * it costs about 150 million instructions, the first time a process needs
 * it, and each thread asked ICU again for every letter it met. */
#ifndef AKA_UNICODE_LATIN_TABLE_H
#define AKA_UNICODE_LATIN_TABLE_H

#include <unicode/utypes.h>

/* The characters covered: Latin-1 Supplement, Latin Extended-A and -B
 * (U+0080-U+024F) and Latin Extended Additional (U+1E00-U+1EFF). */
#define AKA__LA_LO1 0x80u
#define AKA__LA_HI1 0x250u
#define AKA__LA_LO2 0x1E00u
#define AKA__LA_HI2 0x1F00u
#define AKA__LA_SLOTS \
    ((AKA__LA_HI1 - AKA__LA_LO1) + (AKA__LA_HI2 - AKA__LA_LO2))
#define AKA__LA_MAX 3      /* longest output kept, in UTF-16 units */
#define AKA__LA_NONE 0xFFu /* n: not kept (longer output, or ICU failed) */

typedef struct aka__la_entry {
    unsigned char n; /* AKA__LA_NONE, or 1 + the output's length */
    UChar s[AKA__LA_MAX];
} aka__la_entry;

/* By slot: U+0080.. first, then U+1E00.. */
extern const aka__la_entry aka__latin_ascii[AKA__LA_SLOTS];

#endif
