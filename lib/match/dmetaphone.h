/* Double Metaphone (Lawrence Philips, C/C++ Users Journal, June 2000):
 * two phonetic keys per word, a primary and an alternate, so that names
 * spelt after different languages' rules ("Schmidt"/"Smith",
 * "Jablonski"/"Yablonsky", "Xiao"/"Shao") can still meet on one key.
 *
 * The rules follow the widely used Apache commons-codec reading of the
 * algorithm, so that its published test vectors apply; the one deliberate
 * difference: a final 'J' adds nothing to the alternate key where
 * commons-codec adds a space (a space is no sound and would make "Raj"'s
 * alternate key differ from every key that a matcher could compare it to).
 *
 * Input: one word of ASCII letters, either case; NULL is allowed when
 * n == 0. Bytes at or below ' ' at either end are trimmed. Other
 * non-letters inside the word produce no code but stay visible to the
 * rules that look at neighbours: a space separates words as the reference
 * expects ("san jose" gives SNHS). Bytes >= 0x80 are non-letters.
 *
 * Output: two NUL-terminated keys of at most `maxlen` characters from the
 * alphabet A F H J K L M N P R S T X 0 ('0' is "th"). Empty input, or one
 * with no sounding letter, gives two empty keys.
 *
 * No allocation, no global state: safe from any thread. Every look at a
 * neighbour is bounds-checked, so no byte outside s[0, n) is read. */
#ifndef AKA_MATCH_DMETAPHONE_H
#define AKA_MATCH_DMETAPHONE_H

#include <stddef.h>

/* Key length of the published algorithm and of the reference vectors. */
#define AKA__DMETA_MAX 4

/* primary and secondary each hold maxlen + 1 bytes. maxlen may be 0. */
void aka__dmetaphone_n(const char *s, size_t n, size_t maxlen, char *primary,
                       char *secondary);

/* aka__dmetaphone_n with maxlen = AKA__DMETA_MAX. */
void aka__dmetaphone(const char *s, size_t n, char primary[AKA__DMETA_MAX + 1],
                     char secondary[AKA__DMETA_MAX + 1]);

#endif
