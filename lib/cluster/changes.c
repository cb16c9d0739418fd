/* The entity change log (changes.h). */
#include "cluster/changes.h"

#include <stdlib.h>
#include <string.h>

void aka__changelog_init(aka__changelog *l, size_t limit)
{
    memset(l, 0, sizeof *l);
    l->limit = limit < AKA__CHANGE_LOG_MAX ? limit : AKA__CHANGE_LOG_MAX;
}

void aka__changelog_free(aka__changelog *l)
{
    free(l->ids);
    l->ids = NULL;
    l->alloc = 0;
}

/* The array grown to hold entries up to l->seq + more - 1 (doubling, to
 * `limit` at most: a ring from then on). 0, or -1 with the array as it
 * was. */
static int grow(aka__changelog *l, size_t more)
{
    if (l->alloc == l->limit || l->seq + more <= l->alloc)
        return 0;
    size_t want = l->alloc ? 2 * l->alloc : 64;
    while (want < l->seq + more && want < l->limit)
        want *= 2;
    if (want > l->limit)
        want = l->limit;
    uint64_t *g = realloc(l->ids, want * sizeof *g);
    if (!g)
        return -1;
    l->ids = g;
    l->alloc = want;
    return 0;
}

int aka__changelog_reserve(aka__changelog *l, size_t more)
{
    return l->limit ? grow(l, more) : 0;
}

void aka__changelog_put(aka__changelog *l, uint64_t id)
{
    if (!id)
        return;
    if (l->seq == AKA__CHANGELOG_SEQ_END) {
        /* A new round: every cursor of the last one is answered
         * AKA_ERR_LIMIT (its round is not this one). */
        l->seq = 0;
        l->kept_from = 0;
        l->round++;
    }
    if (l->limit && grow(l, 1) == 0)
        l->ids[l->seq % l->limit] = id;
    else
        l->kept_from = l->seq + 1; /* lost: nothing before it is whole */
    l->seq++;
}

uint64_t aka__changelog_oldest(const aka__changelog *l)
{
    uint64_t ring = l->seq > l->limit ? l->seq - l->limit : 0;
    return ring > l->kept_from ? ring : l->kept_from;
}

static int u64_cmp(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

aka_status aka__changelog_since(const aka__changelog *l, uint64_t since,
                                uint64_t *out, size_t cap, size_t *out_n)
{
    *out_n = 0;
    if (since > l->seq)
        return AKA_ERR_ARGUMENT;
    if (since < aka__changelog_oldest(l))
        return AKA_ERR_LIMIT;
    size_t n = (size_t)(l->seq - since);
    if (n == 0)
        return AKA_OK;
    uint64_t *t = malloc(n * sizeof *t);
    if (!t)
        return AKA_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        t[i] = l->ids[(since + i) % l->limit];
    qsort(t, n, sizeof *t, u64_cmp);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || t[m - 1] != t[i])
            t[m++] = t[i];
    if (cap)
        memcpy(out, t, (m < cap ? m : cap) * sizeof *t);
    free(t);
    *out_n = m;
    return m > cap ? AKA_ERR_BUFFER : AKA_OK;
}
