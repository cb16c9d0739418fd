/* Burmese names written in Latin letters. A Burmese name has no family
 * name: every one of its syllables is the name (Linn Paing and Linn Zinn
 * Paing, Aung Thet and Aung Mo Yay Thet are other people's), where a
 * token left out of a Western or Arabic name is a middle name or a
 * patronymic. Its honorifics (U, Daw, Ko, Maung, Ma) change with age and
 * standing and may be left out. */
#ifndef AKA_MATCH_BURMESE_H
#define AKA_MATCH_BURMESE_H

#include <stddef.h>

/* What tok[0..n) (lower-case ASCII) is in a Burmese name:
 * AKA__MY_DISTINCT, a syllable hardly any other language's names spell
 * so (aung, kyaw, myint, htet, hnin ...); AKA__MY_SYLLABLE, one that
 * Burmese names share with others (win, tun, min, su ...);
 * AKA__MY_HONORIFIC (u, daw, ko, maung, ma, and the Karen and Shan saw,
 * naw, sai, nang); else 0. */
enum { AKA__MY_SYLLABLE = 1, AKA__MY_DISTINCT = 2, AKA__MY_HONORIFIC = 3 };
int aka__my_token(const char *tok, size_t n);

/* Whether the syllables are sorted as aka__my_token searches them (for
 * the tests). */
int aka__my_sorted(void);

#endif
