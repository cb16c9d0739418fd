/* Vowels of the normalised forms the matchers read (lower-case ASCII):
 * one definition for every file that asks, with y or without, as the
 * reading needs (y is a vowel in Nyein or Yilmaz's i-sound only where a
 * rule says so). */
#ifndef AKA_MATCH_VOWELS_H
#define AKA_MATCH_VOWELS_H

static inline int aka__vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* a, e, i, o, u or y */
static inline int aka__vowel_y(char c)
{
    return aka__vowel(c) || c == 'y';
}

#endif
