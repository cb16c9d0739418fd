/* Korean names written in Latin letters: whether a token is a Korean
 * family name as passports and registers spell it, and whether a token
 * reads as Korean syllables at all. Two names that both have such a
 * family name are taken for Korean, and their given names are compared
 * by aka__kkey_latin (match/keys.h) when both read as syllables: Revised
 * Romanization, McCune-Reischauer and the customary spellings write one
 * name several ways (Heejin, Huijin, Hui-jin). */
#ifndef AKA_MATCH_KOREAN_LATIN_H
#define AKA_MATCH_KOREAN_LATIN_H

#include <stddef.h>

/* Whether tok[0..n) (lower-case ASCII) is a Korean family name in one of
 * its usual Latin spellings (Kim, Gim; Lee, Yi, Rhee; Park, Pak, Bak;
 * Jeong, Jung, Chung ...). One-letter spellings (I, O) are left out:
 * they are initials far more often. */
int aka__ko_family(const char *tok, size_t n);

/* Whether the family names are sorted as aka__ko_family searches them
 * (for the tests). */
int aka__ko_families_sorted(void);

/* Whether tok[0..n) (lower-case ASCII) can be read whole as one to six
 * Korean syllables in RR, McCune-Reischauer (without its marks) or the
 * customary spellings: an optional initial consonant, a vowel (with its
 * y or w glide) and an optional final consonant. John, Maxim and Chris
 * cannot; Maria and Anna can, which is why a Korean family name on both
 * sides is asked for too. */
int aka__ko_syllables(const char *tok, size_t n);

#endif
