/* A typed merge sort, for arrays sorted on hot paths: qsort calls its
 * comparison through a pointer and moves elements with memcpy calls of a
 * size it does not know, which made it most of the cost of clustering
 * (sorting 100,000 edges and records). Stable; the same order as qsort
 * gives for any comparison that is a total order.
 *
 *   AKA__DEFINE_MSORT(name, T, less)
 *
 * defines `static void name(T *a, size_t n, T *tmp)`: sorts a[0 .. n) by
 * `less(const T *x, const T *y)` (nonzero when x goes before y), with
 * tmp[0 .. n) as scratch, which the caller allocates: before a change it
 * must not leave half made, where it can still fail. */
#ifndef AKA_CORE_MSORT_H
#define AKA_CORE_MSORT_H

#include <stddef.h>
#include <string.h>

/* Runs this short are sorted by insertion before merging. */
#define AKA__MSORT_RUN 16

#define AKA__DEFINE_MSORT(name, T, less)                                       \
    static void name(T *a, size_t n, T *tmp)                                   \
    {                                                                          \
        for (size_t lo = 0; lo < n; lo += AKA__MSORT_RUN) {                    \
            size_t hi = lo + AKA__MSORT_RUN < n ? lo + AKA__MSORT_RUN : n;     \
            for (size_t i = lo + 1; i < hi; i++) {                             \
                T v = a[i];                                                    \
                size_t j = i;                                                  \
                for (; j > lo && less(&v, &a[j - 1]); j--)                     \
                    a[j] = a[j - 1];                                           \
                a[j] = v;                                                      \
            }                                                                  \
        }                                                                      \
        T *src = a, *dst = tmp;                                                \
        for (size_t w = AKA__MSORT_RUN; w < n; w *= 2) {                       \
            for (size_t lo = 0; lo < n; lo += 2 * w) {                         \
                size_t mid = lo + w < n ? lo + w : n;                          \
                size_t hi = lo + 2 * w < n ? lo + 2 * w : n;                   \
                size_t i = lo, j = mid, k = lo;                                \
                while (i < mid && j < hi)                                      \
                    dst[k++] = less(&src[j], &src[i]) ? src[j++] : src[i++];   \
                while (i < mid)                                                \
                    dst[k++] = src[i++];                                       \
                while (j < hi)                                                 \
                    dst[k++] = src[j++];                                       \
            }                                                                  \
            T *t = src;                                                        \
            src = dst;                                                         \
            dst = t;                                                           \
        }                                                                      \
        if (src != a)                                                          \
            memcpy(a, src, n * sizeof *a);                                     \
    }

#endif
