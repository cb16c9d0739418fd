/* Whether a new analyst decision contradicts those in force
 * (cluster.h: aka__cluster_contradicts). */
#include <stdlib.h>

#include "cluster/cluster.h"

/* The records the "same" decisions join to rec (rec first), into *out
 * (malloc'd: *n of them), leaving out the decision between a
 * and b, which the new one replaces. AKA_ERR_NOMEM when memory runs out
 * (*out is then the caller's to free, or NULL). */
static aka_status same_group(const aka__cluster *c, uint32_t rec, uint32_t a, uint32_t b,
                             uint32_t **out, size_t *n)
{
    size_t cap = 16;
    if (!(*out = malloc(cap * sizeof **out)))
        return AKA_ERR_NOMEM;
    (*out)[0] = rec;
    *n = 1;
    for (size_t at = 0; at < *n; at++) {
        uint32_t r = (*out)[at], other;
        int d;
        for (uint32_t k = 0; (d = aka__cluster_decision_at(c, r, k, &other)) >= 0; k++) {
            if (d != 1 || (r == a && other == b) || (r == b && other == a))
                continue;
            size_t i = 0;
            while (i < *n && (*out)[i] != other)
                i++;
            if (i < *n)
                continue;
            if (*n == cap) {
                uint32_t *g = realloc(*out, 2 * cap * sizeof *g);
                if (!g)
                    return AKA_ERR_NOMEM;
                *out = g;
                cap *= 2;
            }
            (*out)[(*n)++] = other;
        }
    }
    return AKA_OK;
}

aka_status aka__cluster_contradicts(const aka__cluster *c, uint32_t a, uint32_t b, int same,
                                    int *bad)
{
    uint32_t *ga = NULL, *gb = NULL;
    size_t na = 0, nb = 0;
    *bad = 0;
    aka_status st = same_group(c, a, a, b, &ga, &na);
    if (st == AKA_OK && !same) {
        for (size_t i = 0; i < na && !*bad; i++)
            *bad = ga[i] == b;
    } else if (st == AKA_OK) {
        st = same_group(c, b, a, b, &gb, &nb);
        for (size_t i = 0; st == AKA_OK && i < na && !*bad; i++)
            for (size_t j = 0; j < nb && !*bad; j++)
                *bad = (ga[i] != a || gb[j] != b) &&
                       aka__cluster_decision(c, ga[i], gb[j]) == 0;
    }
    free(ga);
    free(gb);
    return st;
}
