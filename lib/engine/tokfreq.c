#include "engine/tokfreq.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "core/prefetch.h"

/* The share of records holding one given token, before the engine has seen
 * any (a two-token name then gets the model's default u of about 0.0005),
 * and how many records that belief is worth. */
#define PRIOR_SHARE 0.022
#define PRIOR_WEIGHT 100.0

static uint64_t tok_hash(const char *s, size_t n)
{
    uint64_t h = aka__hash(s, n, 0x746f6b656e);
    return h ? h : 1;
}

/* Generations are drawn from one counter for all tables (engines update
 * theirs on their own threads), so that a table freed and filled again,
 * or another table at the same address, never repeats one. */
static _Atomic uint64_t last_gen;

static uint64_t next_gen(void)
{
    return atomic_fetch_add(&last_gen, 1) + 1;
}

void aka__tokfreq_free(aka__tokfreq *t)
{
    free(t->key);
    free(t->count);
    memset(t, 0, sizeof *t);
    t->gen = next_gen(); /* empty again, but not the state of gen 0 */
}

static size_t find(const aka__tokfreq *t, uint64_t h)
{
    size_t mask = t->cap - 1, i = (size_t)h & mask;
    while (t->key[i] && t->key[i] != h)
        i = (i + 1) & mask;
    return i;
}

static int grow(aka__tokfreq *t)
{
    size_t cap = t->cap ? t->cap * 2 : 1024;
    uint64_t *key = calloc(cap, sizeof *key);
    uint32_t *count = calloc(cap, sizeof *count);
    if (!key || !count) {
        free(key);
        free(count);
        return -1;
    }
    aka__tokfreq n = {key, count, cap, 0, t->records, t->gen};
    for (size_t i = 0; i < t->cap; i++)
        if (t->key[i] && t->count[i]) {
            size_t j = find(&n, t->key[i]);
            n.key[j] = t->key[i];
            n.count[j] = t->count[i];
            n.used++;
        }
    free(t->key);
    free(t->count);
    *t = n;
    return 0;
}

/* The next token of name[0..len) from *at on (tokens are the runs
 * between spaces; empty ones are skipped): its length, 0 when none is
 * left. *start gets where it begins, *at moves past it. */
static size_t next_token(const char *name, size_t len, size_t *at, size_t *start)
{
    size_t i = *at;
    while (i < len && name[i] == ' ')
        i++;
    size_t e = i;
    while (e < len && name[e] != ' ')
        e++;
    *start = i;
    *at = e;
    return e - i;
}

/* The key of a whole name: its tokens sorted, so that "anna shevchenko"
 * and "shevchenko anna" (an exact match) count as one name. Names of more
 * than 16 tokens hash as written. */
static uint64_t name_hash(const char *name, size_t len)
{
    struct tok {
        const char *p;
        size_t n;
    } tok[16];
    size_t nt = 0;
    for (size_t at = 0, i, n; (n = next_token(name, len, &at, &i)) > 0;) {
        if (nt == 16)
            return aka__hash(name, len, 0x6e616d65) | 1;
        tok[nt++] = (struct tok){name + i, n};
    }
    /* insertion sort: names have few tokens */
    for (size_t i = 1; i < nt; i++)
        for (size_t j = i; j > 0; j--) {
            size_t m = tok[j - 1].n < tok[j].n ? tok[j - 1].n : tok[j].n;
            int c = memcmp(tok[j - 1].p, tok[j].p, m);
            if (c < 0 || (c == 0 && tok[j - 1].n <= tok[j].n))
                break;
            struct tok x = tok[j];
            tok[j] = tok[j - 1];
            tok[j - 1] = x;
        }
    uint64_t h = 0x6e616d65;
    for (size_t i = 0; i < nt; i++)
        h = aka__hash(tok[i].p, tok[i].n, h ^ (uint64_t)tok[i].n);
    return h | 1;
}

static void count(aka__tokfreq *t, uint64_t h, int delta)
{
    size_t j = find(t, h);
    if (!t->key[j]) {
        if (delta < 0)
            return;
        t->key[j] = h;
        t->used++;
    }
    if (delta > 0)
        t->count[j]++;
    else if (t->count[j])
        t->count[j]--;
}

/* One record's names more or fewer (the shares' denominator). */
static void count_record(aka__tokfreq *t, int delta)
{
    if (delta > 0)
        t->records++;
    else if (t->records)
        t->records--;
}

int aka__tokfreq_reserve(aka__tokfreq *t, size_t room)
{
    while ((t->used + room) * 4 >= t->cap * 3)
        if (grow(t) != 0)
            return -1;
    return 0;
}

int aka__tokfreq_update(aka__tokfreq *t, const char *name, size_t len,
                        int delta)
{
    /* The room first (a removal inserts nothing, and needs none), then
     * the name's tokens and the whole name as aka__tokfreq_hashes gives
     * them, counted as they come: no memory of its own, so that once the
     * room is there nothing can fail. */
    if (delta > 0) {
        size_t room;
        (void)aka__tokfreq_hashes(name, len, NULL, 0, &room);
        if (aka__tokfreq_reserve(t, room) != 0)
            return -1;
    } else if (!t->cap) {
        return 0; /* (nothing was ever counted) */
    }
    t->gen = next_gen(); /* memos of counts expire */
    for (size_t at = 0, i, n; (n = next_token(name, len, &at, &i)) > 0;)
        count(t, tok_hash(name + i, n), delta);
    count(t, name_hash(name, len), delta);
    count_record(t, delta);
    return 0;
}

size_t aka__tokfreq_hashes(const char *name, size_t len, uint64_t *h,
                           size_t cap, size_t *room)
{
    /* tokens between spaces, then the whole name */
    size_t ntok = 2, n = 0;
    for (size_t i = 0; i < len; i++)
        ntok += name[i] == ' ';
    *room = ntok;
    for (size_t at = 0, i, k; (k = next_token(name, len, &at, &i)) > 0; n++)
        if (n < cap)
            h[n] = tok_hash(name + i, k);
    if (n < cap)
        h[n] = name_hash(name, len);
    return n + 1;
}

void aka__tokfreq_prefetch(const aka__tokfreq *t, const uint64_t *h, size_t n)
{
    if (!t->cap)
        return;
    for (size_t i = 0; i < n; i++) {
        size_t at = (size_t)h[i] & (t->cap - 1);
        AKA__PREFETCH_W(&t->key[at]);
        AKA__PREFETCH_W(&t->count[at]);
    }
}

int aka__tokfreq_update_hashed(aka__tokfreq *t, const uint64_t *h, size_t n,
                               size_t room, int delta)
{
    if (delta > 0 && aka__tokfreq_reserve(t, room) != 0)
        return -1;
    if (!t->cap)
        return 0; /* (a removal from a table that never counted) */
    t->gen = next_gen(); /* as aka__tokfreq_update: memos of counts expire */
    for (size_t i = 0; i < n; i++)
        count(t, h[i], delta);
    count_record(t, delta);
    return 0;
}

double aka__tokfreq_share(const aka__tokfreq *t, const char *name, size_t len,
                          unsigned exclude)
{
    double share = 1;
    /* Smoothing towards a prior share per token (PRIOR_SHARE, worth
     * PRIOR_WEIGHT records): a young engine knows little about how common
     * a name is, a large one knows well. */
    double others = t->records > exclude ? (double)(t->records - exclude) : 0;
    double n = others + PRIOR_WEIGHT;
    for (size_t at = 0, i, k; (k = next_token(name, len, &at, &i)) > 0;) {
        uint32_t c = 0;
        if (t->cap) {
            size_t j = find(t, tok_hash(name + i, k));
            c = t->key[j] ? t->count[j] : 0;
        }
        c = c > exclude ? c - exclude : 0;
        share *= ((double)c + PRIOR_SHARE * PRIOR_WEIGHT) / n;
    }
    return share;
}

uint32_t aka__tokfreq_token_count(const aka__tokfreq *t, const char *tok, size_t len)
{
    if (!t->cap || len == 0)
        return 0;
    size_t j = find(t, tok_hash(tok, len));
    return t->key[j] ? t->count[j] : 0;
}

uint32_t aka__tokfreq_name_count(const aka__tokfreq *t, const char *name,
                                 size_t len)
{
    if (!t->cap)
        return 0;
    size_t j = find(t, name_hash(name, len));
    return t->key[j] ? t->count[j] : 0;
}
