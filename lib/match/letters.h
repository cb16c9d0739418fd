/* Letters of the normalised forms the matchers read (lower-case ASCII):
 * vowels, with y or without, as the reading needs (y is a vowel in Nyein
 * or Yilmaz's i-sound only where a rule says so); a spelling at the start
 * of a token; doubled letters written once. One definition for every
 * file that asks. */
#ifndef AKA_MATCH_LETTERS_H
#define AKA_MATCH_LETTERS_H

#include <stddef.h>
#include <string.h>

static inline int aka__vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* a, e, i, o, u or y */
static inline int aka__vowel_y(char c)
{
    return aka__vowel(c) || c == 'y';
}

/* Whether s[0..n) opens with p. */
static inline int aka__starts(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return k <= n && memcmp(s, p, k) == 0;
}

/* s[0..n) with doubled letters written once, NUL-terminated (s has room
 * for n + 1); returns the new length. */
static inline size_t aka__undouble(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (o == 0 || s[o - 1] != s[i])
            s[o++] = s[i];
    s[o] = '\0';
    return o;
}

#endif
