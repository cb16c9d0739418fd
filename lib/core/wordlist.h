/* Lookups of a word in a short fixed list of words (labels, connectors,
 * placeholders), the one loop the normalisers share. */
#ifndef AKA_CORE_WORDLIST_H
#define AKA_CORE_WORDLIST_H

#include <stddef.h>
#include <string.h>

/* Whether w[0..n) is one of the NUL-terminated words list[0..count). The
 * first byte is compared first: most words of most values are in no list. */
static inline int aka__word_listed(const char *const *list, size_t count,
                                   const char *w, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if ((n == 0 || list[i][0] == w[0]) && strlen(list[i]) == n &&
            memcmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

/* aka__word_listed over a whole array. */
#define AKA__LISTED(array, w, n) \
    aka__word_listed((array), sizeof(array) / sizeof(array)[0], (w), (n))

#endif
