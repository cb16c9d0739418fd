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

/* The index in list[0..count), sorted by strcmp, of the word w[0..n) (no
 * NUL needed), or -1: a binary search for the longer fixed lists (family
 * names, syllables). */
static inline long aka__word_sorted_find(const char *const *list, size_t count,
                                         const char *w, size_t n)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *e = list[mid];
        int c = 0;
        size_t i = 0;
        /* strcmp of w against e, inline: most words differ from an entry
         * at its first letter */
        for (; i < n && !c; i++)
            if ((unsigned char)w[i] != (unsigned char)e[i])
                c = (unsigned char)w[i] < (unsigned char)e[i] ? -1 : 1;
        if (!c && e[n])
            c = -1; /* w is a prefix of e (or e shorter: its NUL differs) */
        if (c == 0)
            return (long)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* Whether list[0..count) is sorted by strcmp, without repeats. */
static inline int aka__words_sorted(const char *const *list, size_t count)
{
    for (size_t i = 1; i < count; i++)
        if (strcmp(list[i - 1], list[i]) >= 0)
            return 0;
    return 1;
}

#endif
