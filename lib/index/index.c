/* The blocking index (index.h) and the blocking keys of a record
 * (docs/blocking.md). */
#include "index/index.h"

#include <stdlib.h>
#include <string.h>

#include "core/prefetch.h"
#include "core/slab.h"
#include "core/wordlist.h"
#include "core/zalloc.h"
#include "match/compare.h"
#include "match/keys.h"
#include "match/variants.h"
#include "unicode/uctx.h"

/* the blocking keys hash with XXH3 inlined (key_hash) */
#define XXH_INLINE_ALL
#include <xxhash.h>

/* ---- The inverted index ---- */

/* A slot of the open-addressing table (linear probing). len == 0 marks an
 * empty slot: a key whose last record is removed leaves the table, so no
 * key value needs to be reserved. With one posting, v is the record
 * itself (most keys: documents, phones, e-mails); with more, v numbers a
 * posting array in ix->lists. */
typedef struct slot {
    uint64_t key;
    uint32_t len;
    uint32_t v;
} slot;

typedef struct plist {
    uint32_t *p;
    uint32_t cap;
    uint32_t next_free; /* chain of unused descriptors */
} plist;

#define NO_LIST UINT32_MAX

struct aka__index {
    slot *slots;
    size_t mask;      /* table size - 1; the size is a power of two */
    unsigned shift;   /* 64 - log2(size) */
    size_t keys;
    plist *lists;
    size_t n_lists, lists_cap;
    uint32_t free_list;
    uint32_t max_block;
    size_t oversized;
    size_t postings;
    size_t list_words; /* capacity of all posting arrays, in uint32 */
    uint64_t skipped_pairs;
    /* the posting arrays (core/slab.h): read at random by every query */
    aka__slab slab;
};

/* A posting array's capacity for at least `want` postings: as many as
 * its slab class holds. */
static uint32_t array_room(uint32_t want)
{
    size_t b = aka__slab_class_bytes((size_t)want * sizeof(uint32_t));
    return b / sizeof(uint32_t) > UINT32_MAX ? UINT32_MAX : (uint32_t)(b / sizeof(uint32_t));
}

/* A posting array of capacity cap (from array_room); NULL when memory ran
 * out. */
static uint32_t *array_new(aka__index *ix, uint32_t cap)
{
    return aka__slab_alloc(&ix->slab, (size_t)cap * sizeof(uint32_t));
}

static void array_free(aka__index *ix, uint32_t *p, uint32_t cap)
{
    aka__slab_free(&ix->slab, p, (size_t)cap * sizeof(uint32_t));
}

/* p (capacity old, holding at least min(old, cap) postings that count)
 * moved to an array of capacity cap; NULL, p untouched, when memory ran
 * out. */
static uint32_t *array_resize(aka__index *ix, uint32_t *p, uint32_t old,
                              uint32_t cap)
{
    return aka__slab_resize(&ix->slab, p, (size_t)old * sizeof *p,
                            (size_t)cap * sizeof *p);
}

/* A key without its role bits (index.h): what is posted and found. */
static inline uint64_t identity(uint64_t key)
{
    return key & ~(AKA__INDEX_ROLE | AKA__INDEX_TWIN);
}

/* The bit of a key among 64, from six bits below the role and twin bits, that
 * lists of keys test before looking for a repeat (the emitter's and
 * aka__index_gather's): most keys' bits are clear, and need no search. */
static inline uint64_t seen_bit(uint64_t key)
{
    return UINT64_C(1) << (key >> 55 & 63);
}

/* Keys are xxh3 hashes already, but tests and callers may pass small
 * integers: a Fibonacci multiply spreads any key over the table. */
static size_t home_of(const aka__index *ix, uint64_t key)
{
    return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> ix->shift);
}

static size_t find(const aka__index *ix, uint64_t key)
{
    for (size_t i = home_of(ix, key);; i = (i + 1) & ix->mask) {
        const slot *s = &ix->slots[i];
        if (s->len == 0)
            return SIZE_MAX;
        if (s->key == key)
            return i;
    }
}

static aka_status table_alloc(aka__index *ix, unsigned bits)
{
    size_t size = (size_t)1 << bits;
    slot *slots = calloc(size, sizeof *slots);
    if (!slots)
        return AKA_ERR_NOMEM;
    aka__huge_hint(slots, size * sizeof *slots); /* probed at random */
    ix->slots = slots;
    ix->mask = size - 1;
    ix->shift = 64u - bits;
    return AKA_OK;
}

/* Double the table: every slot is re-homed (posting arrays stay). */
static aka_status grow(aka__index *ix)
{
    slot *old = ix->slots;
    size_t old_size = ix->mask + 1;
    unsigned bits = 64u - ix->shift + 1u;
    if (bits >= sizeof(size_t) * 8 - 5)
        return AKA_ERR_NOMEM;
    if (table_alloc(ix, bits) != AKA_OK) {
        ix->slots = old;
        return AKA_ERR_NOMEM;
    }
    for (size_t i = 0; i < old_size; i++) {
        if (old[i].len == 0)
            continue;
        size_t j = home_of(ix, old[i].key);
        while (ix->slots[j].len != 0)
            j = (j + 1) & ix->mask;
        ix->slots[j] = old[i];
    }
    free(old);
    return AKA_OK;
}

/* Backward-shift deletion (Knuth's Algorithm R) keeps probe chains
 * unbroken without tombstones, so a table that sees many removals does not
 * slow down. */
static void slot_delete(aka__index *ix, size_t i)
{
    for (size_t j = i;;) {
        j = (j + 1) & ix->mask;
        if (ix->slots[j].len == 0)
            break;
        size_t k = home_of(ix, ix->slots[j].key);
        /* slot j stays when its home k lies cyclically in (i, j] */
        int stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (stays)
            continue;
        ix->slots[i] = ix->slots[j];
        i = j;
    }
    ix->slots[i].len = 0;
    ix->slots[i].key = 0;
}

static uint64_t pairs_of(uint64_t n)
{
    return n * (n - 1) / 2;
}

/* Keep the oversized count and the skipped-pairs sum in step with one
 * block's change of length. */
static void account(aka__index *ix, uint64_t key, uint32_t before,
                    uint32_t after)
{
    uint32_t cap = aka__index_block_cap(ix, key);
    if (before > cap) {
        ix->oversized--;
        ix->skipped_pairs -= pairs_of(before);
    }
    if (after > cap) {
        ix->oversized++;
        ix->skipped_pairs += pairs_of(after);
    }
}

static uint32_t list_take(aka__index *ix)
{
    if (ix->free_list != NO_LIST) {
        uint32_t d = ix->free_list;
        ix->free_list = ix->lists[d].next_free;
        return d;
    }
    if (ix->n_lists == ix->lists_cap) {
        size_t cap = ix->lists_cap ? ix->lists_cap * 2 : 64;
        if (cap > UINT32_MAX - 1)
            return NO_LIST;
        plist *l = realloc(ix->lists, cap * sizeof *l);
        if (!l)
            return NO_LIST;
        ix->lists = l;
        ix->lists_cap = cap;
    }
    return (uint32_t)ix->n_lists++;
}

static void list_release(aka__index *ix, uint32_t d)
{
    plist *l = &ix->lists[d];
    ix->list_words -= l->cap;
    array_free(ix, l->p, l->cap);
    l->p = NULL;
    l->cap = 0;
    l->next_free = ix->free_list;
    ix->free_list = d;
}

aka_status aka__index_new(uint32_t max_block, aka__index **out)
{
    *out = NULL;
    aka__index *ix = calloc(1, sizeof *ix);
    if (!ix)
        return AKA_ERR_NOMEM;
    if (table_alloc(ix, 6) != AKA_OK) {
        free(ix);
        return AKA_ERR_NOMEM;
    }
    ix->free_list = NO_LIST;
    ix->max_block = max_block ? max_block : AKA__INDEX_MAX_BLOCK_DEFAULT;
    *out = ix;
    return AKA_OK;
}

void aka__index_free(aka__index *ix)
{
    if (!ix)
        return;
    /* the slab's chunks hold the small arrays; large ones are malloc's */
    for (size_t d = 0; d < ix->n_lists; d++)
        if ((size_t)ix->lists[d].cap * sizeof(uint32_t) > AKA__SLAB_MAX)
            array_free(ix, ix->lists[d].p, ix->lists[d].cap);
    aka__slab_destroy(&ix->slab);
    free(ix->lists);
    free(ix->slots);
    free(ix);
}

uint32_t aka__index_max_block(const aka__index *ix)
{
    return ix->max_block;
}

uint32_t aka__index_block_cap(const aka__index *ix, uint64_t key)
{
    if (!(key & AKA__INDEX_WEAK_BIT))
        return ix->max_block;
    uint32_t weak = ix->max_block / AKA__INDEX_WEAK_DIVISOR;
    return weak < 2 ? 2 : weak;
}

/* Post record under key. Nothing to do when the key's last posting is the
 * record: the same aka__index_add posted it moments ago (the key repeats
 * in its keys). */
static aka_status post(aka__index *ix, uint64_t key, uint32_t record)
{
    size_t i = home_of(ix, key);
    while (ix->slots[i].len != 0 && ix->slots[i].key != key)
        i = (i + 1) & ix->mask;
    slot *s = &ix->slots[i];
    /* A record is posted under a key at most once (index.h), and a key's
     * postings are appended: the record is the last posting exactly when
     * this call posted it already. Checked before growing: a repeated key
     * posts nothing, so it grows nothing either. */
    if (s->len != 0 &&
        (s->len == 1 ? s->v : ix->lists[s->v].p[s->len - 1]) == record)
        return AKA_OK;
    /* grow at 3/4 load: linear probing stays short below that */
    if ((ix->keys + 1) * 4 > (ix->mask + 1) * 3) {
        if (grow(ix) != AKA_OK)
            return AKA_ERR_NOMEM;
        i = home_of(ix, key);
        while (ix->slots[i].len != 0 && ix->slots[i].key != key)
            i = (i + 1) & ix->mask;
        s = &ix->slots[i];
    }
    if (s->len == 0) {
        s->key = key;
        s->len = 1;
        s->v = record;
        ix->keys++;
    } else if (s->len == 1) {
        uint32_t d = list_take(ix);
        if (d == NO_LIST)
            return AKA_ERR_NOMEM;
        uint32_t room = array_room(4);
        uint32_t *p = array_new(ix, room);
        if (!p) {
            ix->lists[d].p = NULL;
            ix->lists[d].cap = 0;
            ix->lists[d].next_free = ix->free_list;
            ix->free_list = d;
            return AKA_ERR_NOMEM;
        }
        p[0] = s->v;
        p[1] = record;
        ix->lists[d].p = p;
        ix->lists[d].cap = room;
        ix->list_words += room;
        s->v = d;
        s->len = 2;
    } else {
        if (s->len == UINT32_MAX)
            return AKA_ERR_NOMEM;
        plist *l = &ix->lists[s->v];
        if (s->len == l->cap) {
            /* x1.5: a block's array wastes a third at most */
            uint64_t cap = (uint64_t)l->cap + l->cap / 2;
            cap = cap >= UINT32_MAX ? UINT32_MAX : array_room((uint32_t)cap);
            uint32_t *p = array_resize(ix, l->p, l->cap, (uint32_t)cap);
            if (!p)
                return AKA_ERR_NOMEM;
            ix->list_words += (size_t)cap - l->cap;
            l->p = p;
            l->cap = (uint32_t)cap;
        }
        l->p[s->len] = record;
        s->len++;
    }
    account(ix, key, s->len - 1, s->len);
    ix->postings++;
    return AKA_OK;
}

static aka_status unpost(aka__index *ix, uint64_t key, uint32_t record)
{
    size_t i = find(ix, key);
    if (i == SIZE_MAX)
        return AKA_ERR_NOT_FOUND;
    slot *s = &ix->slots[i];
    if (s->len == 1) {
        if (s->v != record)
            return AKA_ERR_NOT_FOUND;
        account(ix, key, 1, 0);
        slot_delete(ix, i);
        ix->keys--;
        ix->postings--;
        return AKA_OK;
    }
    plist *l = &ix->lists[s->v];
    uint32_t at = 0;
    while (at < s->len && l->p[at] != record)
        at++;
    if (at == s->len)
        return AKA_ERR_NOT_FOUND;
    l->p[at] = l->p[s->len - 1];
    s->len--;
    account(ix, key, s->len + 1, s->len);
    ix->postings--;
    if (s->len == 1) {
        uint32_t last = l->p[0];
        list_release(ix, s->v);
        s->v = last;
    } else if (l->cap >= 16 && s->len < l->cap / 4) {
        /* give back most of a block that emptied; keep room to regrow */
        uint32_t cap = array_room(s->len * 2);
        uint32_t *p = array_resize(ix, l->p, l->cap, cap);
        if (p) {
            ix->list_words -= (size_t)(l->cap - cap);
            l->p = p;
            l->cap = cap;
        }
    }
    return AKA_OK;
}

/* 1 when keys[i] also appears in keys[0..i): keys lists are short (a
 * record has tens of keys), so a quadratic check costs less than a set. */
static int seen_before(const uint64_t *keys, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (keys[j] == keys[i])
            return 1;
    return 0;
}

aka_status aka__index_add(aka__index *ix, uint32_t record,
                          const uint64_t *keys, size_t n)
{
    if (record > AKA__INDEX_MAX_RECORD)
        return AKA_ERR_LIMIT;
    /* Each key's slot is a cache miss of its own (the table outgrows the
     * caches at a few hundred thousand keys): ask for them all first, as
     * candidate retrieval does. */
    for (size_t i = 0; i < n; i++)
        AKA__PREFETCH_W(&ix->slots[home_of(ix, identity(keys[i]))]);
    for (size_t i = 0; i < n; i++) {
        if (keys[i] & AKA__INDEX_ASK_ONLY)
            continue;
        /* post() skips a repeated key: no search of keys[0..i) */
        aka_status st = post(ix, identity(keys[i]), record);
        if (st != AKA_OK) {
            /* undo, so that a failed add leaves the index as it was */
            for (size_t j = 0; j < i; j++)
                if (!seen_before(keys, j) && !(keys[j] & AKA__INDEX_ASK_ONLY))
                    (void)unpost(ix, identity(keys[j]), record);
            return st;
        }
    }
    return AKA_OK;
}

/* A block's cap for a query that widens the caps `widen` times. */
static uint64_t widened(const aka__index *ix, uint64_t key, unsigned widen)
{
    return (uint64_t)aka__index_block_cap(ix, key) * (widen ? widen : 1);
}

/* The postings of a block a query reads, up to a block of the default
 * cap (300 postings: 19 lines); a longer one's later lines come by the
 * hardware's prefetcher, which follows the sequential read. */
#define GATHER_LINES 20

/* One step of the prefetches of an add or a gather, for keys[0..n). */
typedef enum {
    STEP_SLOTS,       /* the keys' slots, for an add's writes */
    STEP_SLOTS_READ,  /* the same for a gather, which shares them */
    STEP_DESCRIPTORS, /* the descriptors of their posting arrays */
    STEP_END,         /* the end of each array, where an add writes */
    STEP_POSTINGS     /* the postings a gather reads */
} prefetch_step;

/* `skip`: the role bit of the keys the step leaves out; `widen`: the
 * gather's, whose oversized blocks it leaves out (0: an add's, every
 * block). */
static void prefetch(const aka__index *ix, prefetch_step step, const uint64_t *keys,
                     size_t n, uint64_t skip, unsigned widen)
{
    if (step == STEP_SLOTS) {
        for (size_t i = 0; i < n; i++)
            AKA__PREFETCH_W(&ix->slots[home_of(ix, identity(keys[i]))]);
        return;
    }
    if (step == STEP_SLOTS_READ) {
        for (size_t i = 0; i < n; i++)
            AKA__PREFETCH(&ix->slots[home_of(ix, identity(keys[i]))]);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (keys[i] & skip)
            continue;
        size_t at = find(ix, identity(keys[i]));
        if (at == SIZE_MAX || ix->slots[at].len < 2 ||
            (widen && ix->slots[at].len > widened(ix, keys[i], widen)))
            continue;
        const plist *l = &ix->lists[ix->slots[at].v];
        if (step == STEP_DESCRIPTORS) {
            AKA__PREFETCH(l);
        } else if (step == STEP_END) {
            AKA__PREFETCH_W(l->p + ix->slots[at].len);
        } else {
            size_t bytes = (size_t)ix->slots[at].len * sizeof *l->p;
            for (size_t off = 0; off < bytes && off < GATHER_LINES * 64; off += 64)
                AKA__PREFETCH((const char *)l->p + off);
        }
    }
}

/* The steps of aka__index_prefetch, records ahead: the slots at
 * AKA__INDEX_AHEAD, then a step every two records' adds, which is long
 * enough for a miss. */
#define AHEAD_DESCRIPTOR (AKA__INDEX_AHEAD - 2)
#define AHEAD_END (AKA__INDEX_AHEAD - 4)

void aka__index_prefetch(const aka__index *ix, unsigned ahead, const uint64_t *keys,
                         size_t n)
{
    if (ahead == AKA__INDEX_AHEAD)
        prefetch(ix, STEP_SLOTS, keys, n, 0, 0);
    else if (ahead == AHEAD_DESCRIPTOR)
        prefetch(ix, STEP_DESCRIPTORS, keys, n, AKA__INDEX_ASK_ONLY, 0);
    else if (ahead == AHEAD_END)
        prefetch(ix, STEP_END, keys, n, AKA__INDEX_ASK_ONLY, 0);
}

/* A gather's steps come a record apart: a record's scoring is long. */
void aka__index_prefetch_gather(const aka__index *ix, unsigned ahead,
                                const uint64_t *keys, size_t n, unsigned widen)
{
    if (ahead == AKA__INDEX_GATHER_AHEAD)
        prefetch(ix, STEP_SLOTS_READ, keys, n, 0, widen);
    else if (ahead == 2)
        prefetch(ix, STEP_DESCRIPTORS, keys, n, AKA__INDEX_POST_ONLY, widen);
    else if (ahead == 1)
        prefetch(ix, STEP_POSTINGS, keys, n, AKA__INDEX_POST_ONLY, widen);
}

aka_status aka__index_remove(aka__index *ix, uint32_t record,
                             const uint64_t *keys, size_t n)
{
    aka_status res = AKA_OK;
    for (size_t i = 0; i < n; i++) {
        if (seen_before(keys, i) || (keys[i] & AKA__INDEX_ASK_ONLY))
            continue;
        if (unpost(ix, identity(keys[i]), record) != AKA_OK)
            res = AKA_ERR_NOT_FOUND;
    }
    return res;
}

size_t aka__index_block_size(const aka__index *ix, uint64_t key)
{
    size_t i = find(ix, identity(key));
    return i == SIZE_MAX ? 0 : ix->slots[i].len;
}

void aka__index_stats_get(const aka__index *ix, aka__index_stats *out)
{
    memset(out, 0, sizeof *out);
    out->keys = ix->keys;
    out->oversized = ix->oversized;
    out->postings = ix->postings;
    out->skipped_pairs = ix->skipped_pairs;
    /* the largest block is not kept up to date under removals: a scan
     * is cheap next to how rarely stats are read */
    for (size_t i = 0; i <= ix->mask; i++)
        if (ix->slots[i].len > out->largest_block)
            out->largest_block = ix->slots[i].len;
    out->memory = sizeof *ix + (ix->mask + 1) * sizeof(slot) +
                  ix->lists_cap * sizeof(plist) +
                  ix->list_words * sizeof(uint32_t);
}

/* ---- Candidate retrieval ---- */

/* Scratch map from record to its position in sc->cands. An entry is live
 * only when its stamp equals the scratch's current one, so a query never
 * has to clear the map: it bumps the stamp. */
struct aka__scratch_slot {
    uint32_t stamp;
    uint32_t pos;
    uint32_t last; /* the usable block (its place in sc->use) last read */
};

/* A usable block's mark in sc->use: a twin key (AKA__INDEX_TWIN) whose
 * key before it is the block before it there. */
#define USE_TWIN ((size_t)1 << (sizeof(size_t) * 8 - 1))

/* Room for a query of `total` postings; *bits gets log2 of the part of
 * the map the query uses: twice its postings, so that probes stay short,
 * and no more, so that a query of a few hundred postings works in a few
 * kilobytes (in the first-level cache) whatever the largest query before
 * it grew the map to. */
static aka_status scratch_reserve(aka__index_scratch *sc, size_t total,
                                  unsigned *bits)
{
    if (total > sc->cands_cap) {
        aka__cand *c = realloc(sc->cands, total * sizeof *c);
        if (!c)
            return AKA_ERR_NOMEM;
        sc->cands = c;
        sc->cands_cap = total;
    }
    size_t want = 64;
    *bits = 6;
    while (want < total * 2) {
        want *= 2;
        ++*bits;
    }
    if (want > sc->map_cap) {
        struct aka__scratch_slot *m = calloc(want, sizeof *m);
        if (!m)
            return AKA_ERR_NOMEM;
        free(sc->map);
        sc->map = m;
        sc->map_cap = want;
        sc->stamp = 0; /* the new map holds no stamp */
    }
    if (++sc->stamp == 0) {
        /* wrapped after 2^32 queries: forget every old stamp */
        memset(sc->map, 0, sc->map_cap * sizeof *sc->map);
        sc->stamp = 1;
    }
    return AKA_OK;
}

void aka__index_scratch_free(aka__index_scratch *sc)
{
    if (!sc)
        return;
    free(sc->map);
    free(sc->cands);
    free(sc->use);
    memset(sc, 0, sizeof *sc);
}

static const uint32_t *postings_of(const aka__index *ix, const slot *s)
{
    return s->len == 1 ? &s->v : ix->lists[s->v].p;
}

/* The block size up to which key counts twice in a candidate's evidence
 * (index.h). */
static uint32_t specific_up_to(uint64_t key)
{
    return (key & AKA__INDEX_WEAK_BIT)      ? AKA__INDEX_SPECIFIC_WEAK
           : (key & AKA__INDEX_CONTACT_BIT) ? AKA__INDEX_SPECIFIC_CONTACT
                                            : AKA__INDEX_SPECIFIC;
}

aka_status aka__index_gather(const aka__index *ix, const uint64_t *keys,
                             size_t n, unsigned widen, aka__index_scratch *sc,
                             size_t *out_n, size_t *out_skipped)
{
    *out_n = 0;
    size_t total = 0, skipped = 0;
    /* The usable blocks, found once; their postings are fetched into the
     * cache while the others are looked up (reading them is most of the
     * cost of a query, and it is waiting on memory). */
    if (n > sc->use_cap) {
        size_t *u = realloc(sc->use, n * sizeof *u);
        if (!u)
            return AKA_ERR_NOMEM;
        sc->use = u;
        sc->use_cap = n;
    }
    size_t nuse = 0;
    /* Each key's slot is a cache miss of its own: ask for them all first. */
    for (size_t i = 0; i < n; i++)
        AKA__PREFETCH(&ix->slots[home_of(ix, identity(keys[i]))]);
    /* A repeated key counts once. Keys are distinct as a rule (a
     * record's are: aka__block_keys), so the quadratic check runs only for
     * a key whose seen_bit an earlier key set. */
    uint64_t bits_seen = 0;
    size_t used_last = SIZE_MAX; /* the key that gave the last usable block */
    for (size_t i = 0; i < n; i++) {
        if (keys[i] & AKA__INDEX_POST_ONLY)
            continue;
        uint64_t bit = seen_bit(keys[i]);
        if ((bits_seen & bit) && seen_before(keys, i))
            continue;
        bits_seen |= bit;
        size_t at = find(ix, identity(keys[i]));
        if (at == SIZE_MAX)
            continue;
        uint32_t len = ix->slots[at].len;
        if (len > widened(ix, keys[i], widen)) {
            skipped += len;
            continue;
        }
        total += len;
        sc->use[nuse++] =
            at | ((keys[i] & AKA__INDEX_TWIN) && i > 0 && used_last == i - 1 ? USE_TWIN : 0);
        used_last = i;
        AKA__PREFETCH(postings_of(ix, &ix->slots[at]));
    }
    if (out_skipped)
        *out_skipped = skipped;
    if (total == 0)
        return AKA_OK;
    unsigned bits;
    aka_status st = scratch_reserve(sc, total, &bits);
    if (st != AKA_OK)
        return st;
    uint32_t stamp = sc->stamp;
    size_t mask = ((size_t)1 << bits) - 1, nc = 0;
    for (size_t u = 0; u < nuse; u++) {
        const slot *s = &ix->slots[sc->use[u] & ~USE_TWIN];
        const uint32_t *p = postings_of(ix, s);
        uint32_t ev = s->len <= specific_up_to(s->key) ? 2 : 1;
        /* a twin's records that its key before it gave count no more */
        uint32_t twin_of = sc->use[u] & USE_TWIN ? (uint32_t)u - 1 : UINT32_MAX;
        for (uint32_t k = 0; k < s->len; k++) {
            uint32_t rec = p[k];
            size_t h = (size_t)(((uint64_t)rec *
                                 UINT64_C(0x9E3779B97F4A7C15)) >>
                                (64u - bits));
            for (;; h = (h + 1) & mask) {
                struct aka__scratch_slot *m = &sc->map[h];
                if (m->stamp != stamp) {
                    m->stamp = stamp;
                    m->pos = (uint32_t)nc;
                    m->last = (uint32_t)u;
                    sc->cands[nc].record = rec;
                    sc->cands[nc].shared = ev;
                    nc++;
                    break;
                }
                if (sc->cands[m->pos].record == rec) {
                    if (m->last != twin_of)
                        sc->cands[m->pos].shared += ev;
                    m->last = (uint32_t)u;
                    break;
                }
            }
        }
    }
    *out_n = nc;
    return AKA_OK;
}

aka_status aka__index_candidates(const aka__index *ix, const uint64_t *keys,
                                 size_t n, unsigned widen,
                                 aka__index_scratch *sc,
                                 aka__cand *out, size_t cap, size_t *out_n,
                                 size_t *out_skipped)
{
    aka_status st = aka__index_gather(ix, keys, n, widen, sc, out_n, out_skipped);
    if (st != AKA_OK)
        return st;
    if (cap && *out_n)
        memcpy(out, sc->cands, (*out_n < cap ? *out_n : cap) * sizeof *out);
    return *out_n > cap ? AKA_ERR_BUFFER : AKA_OK;
}

/* ---- Blocking keys ---- */

/* Key families. The family is the hash seed, so that equal payloads of
 * different families ("ivanov" as a name, as an e-mail) give unrelated
 * keys. The values are part of the key format: changing one changes every
 * key of its family. */
enum {
    NS_ID = 1,         /* identifier type:value */
    NS_DOC = 2,        /* document number without country */
    NS_DOC_OCR = 3,    /* document number, OCR-confusable characters folded as
                          the comparator folds them (aka__ocr_class) */
    NS_EMAIL = 4,
    NS_PHONE = 5,      /* last 8 digits */
    NS_RKEY_YEAR = 6,  /* token rkey + birth year */
    NS_SKEL_YEAR = 7,  /* token skeleton + birth year */
    NS_PAIR = 8,       /* two token skeletons, sorted */
    NS_RKEY = 9,       /* token rkey alone */
    NS_SKEL = 10,      /* token skeleton alone */
    NS_VKEY_YEAR = 11, /* token's name-variant class + birth year */
    NS_VPAIR = 12,     /* two tokens as variant class or skeleton, sorted,
                          at least one a class */
    NS_DATE_INITIAL = 13, /* full date of birth + a token's initial class */
    NS_JOIN_WORD = 14,    /* a name token, or tokens written together
                             (joined_keys) */
    NS_JOIN_JOINED = 15,  /* the same, the other way round */
    NS_DATE_NAT = 16,     /* full date of birth + nationality */
    NS_ADDRESS = 17,      /* an address as normalised */
    NS_THAI_T = 18,       /* two tokens' Thai skeletons, sorted: posted by
                           * names in Thai letters, asked by the others */
    NS_THAI_L = 19,       /* the same, posted by the others */
    NS_ABJAD_T = 20,      /* two tokens' abjad skeletons, sorted: posted by
                           * names in Arabic or Hebrew letters */
    NS_ABJAD_L = 21,      /* the same, posted by the others */
    NS_BRAHMIC_T = 22,    /* the same in the Brahmic fold: posted by names
                           * in a Brahmic script, Khmer, Lao or Burmese */
    NS_BRAHMIC_L = 23     /* the same, posted by the others */
};

#define NS_SEED(ns) (UINT64_C(0x616b61626c6b0000) | (uint64_t)(ns))

typedef struct emitter {
    uint64_t *keys;
    size_t cap, n;
    /* seen_bit of the keys written so far: a key whose bit is clear
     * is new without scanning keys (most are: a record's dozen keys set
     * a fifth of the bits). */
    uint64_t seen;
} emitter;

/* aka__hash, inlined: a record's keys cost a dozen or more hashes of a
 * few bytes each, for which the library call and XXH3's length dispatch
 * cost as much as the hashing (XXH3 gives the same value either way). */
static uint64_t key_hash(const void *data, size_t len, uint64_t seed)
{
    return (uint64_t)XXH3_64bits_withSeed(data, len, (XXH64_hash_t)seed);
}

/* emit a key of family ns, with role bits `role` (index.h); 1 when it is
 * new to the record's keys */
static inline int emit_role(emitter *e, int ns, const void *data, size_t len,
                            uint64_t role)
{
    uint64_t k = identity(key_hash(data, len, NS_SEED(ns)));
    /* A name token without a birth year is a weak key: its block is
     * capped lower (index.h). */
    if (ns == NS_RKEY || ns == NS_SKEL)
        k |= AKA__INDEX_WEAK_BIT;
    else
        k &= ~AKA__INDEX_WEAK_BIT;
    /* ... and a number that identifies or reaches a person is a contact
     * key, specific in a larger block (index.h) */
    if (ns >= NS_ID && ns <= NS_PHONE)
        k |= AKA__INDEX_CONTACT_BIT;
    else
        k &= ~AKA__INDEX_CONTACT_BIT;
    k |= role;
    if (e->n == e->cap)
        return 0;
    uint64_t bit = seen_bit(k);
    if (e->seen & bit) {
        /* (a key that is another's twin and a key of its own, as two
         * tokens give it, is a key of its own, once) */
        for (size_t i = 0; i < e->n; i++)
            if ((e->keys[i] | AKA__INDEX_TWIN) == (k | AKA__INDEX_TWIN)) {
                e->keys[i] &= k | ~AKA__INDEX_TWIN;
                return 0;
            }
    }
    e->seen |= bit;
    e->keys[e->n++] = k;
    return 1;
}

static inline int emit(emitter *e, int ns, const void *data, size_t len)
{
    return emit_role(e, ns, data, len, 0);
}

/* Two strings of known lengths as one payload, a NUL between them
 * (neither holds one). */
static int emit2_role(emitter *e, int ns, const char *a, size_t la,
                      const char *b, size_t lb, uint64_t role)
{
    char buf[2 * (AKA__KEY_MAX + 3)]; /* two keys of tokkey */
    memcpy(buf, a, la);
    buf[la] = 0;
    memcpy(buf + la + 1, b, lb);
    return emit_role(e, ns, buf, la + 1 + lb, role);
}

static int emit2(emitter *e, int ns, const char *a, size_t la, const char *b,
                 size_t lb)
{
    return emit2_role(e, ns, a, la, b, lb, 0);
}

/* Two tokens' keys as one key, sorted (name order differs between
 * sources), with role bits `role`; nothing when either is empty. */
static void emit_pair_role(emitter *e, int ns, const char *x, size_t lx,
                           const char *z, size_t lz, uint64_t role)
{
    if (!lx || !lz)
        return;
    /* strcmp's order: the shorter string's NUL takes part */
    if (memcmp(x, z, (lx < lz ? lx : lz) + 1) > 0) {
        const char *tmp = x;
        x = z;
        z = tmp;
        size_t t = lx;
        lx = lz;
        lz = t;
    }
    emit2_role(e, ns, x, lx, z, lz, role);
}

static void emit_pair(emitter *e, int ns, const char *x, size_t lx,
                      const char *z, size_t lz)
{
    emit_pair_role(e, ns, x, lx, z, lz, 0);
}

#define MAX_YEARS 4
#define MAX_NAMESETS 16
#define MAX_TOKENS 8

typedef struct tokkey {
    char rkey[AKA__KEY_MAX + 1];
    char skel[AKA__KEY_MAX + 1];
    /* The token's name-variant class (the matcher's tables), as its
     * class's first spelling with a table tag ("F:park" for park, bak,
     * pak), or "": spellings that no phonetic key joins (Park / Bak, Kim /
     * Gim, Lee / Yi) then still meet. */
    char vkey[AKA__KEY_MAX + 3];
    /* The rkey with a hard c read as k (aka__rkey_hard_c), "" when the
     * token has none: the Latin and Cyrillic spellings of a Romance or
     * Hebrew name write the sound with either (Nicolae / Николае,
     * Țurcanu / Туркану, Cohen / Kohen), while Cyrillic ц romanised as c
     * (Coj / Цой) must keep meeting the rkey's c. */
    char hkey[AKA__KEY_MAX + 1];
    /* their lengths (strlen) */
    unsigned char rlen, slen, vlen, hlen;
    /* the token's text in the record, of which the keys are a function */
    const char *src;
    size_t srclen;
} tokkey;

static void variant_key(const char *tok, size_t n, char *out, size_t cap)
{
    out[0] = 0;
    int table = AKA__VARIANT_FAMILY, cls = aka__family_class(tok, n);
    if (cls < 0) {
        table = AKA__VARIANT_GIVEN;
        cls = aka__given_class(tok, n);
    }
    const char *g = cls >= 0 ? aka__variant_group(table, cls) : NULL;
    if (!g)
        return;
    size_t k = 0;
    while (g[k] && g[k] != ' ')
        k++;
    /* A class of one spelling (a name the tables list only to tell it
     * from others: Pereira, Huong) joins no spellings the token's own
     * keys miss; its keys would only count a namesake's evidence twice. */
    if (!g[k] || k + 3 > cap)
        return;
    out[0] = table == AKA__VARIANT_FAMILY ? 'F' : 'G';
    out[1] = ':';
    memcpy(out + 2, g, k);
    out[k + 2] = 0;
}

typedef struct nameset {
    tokkey t[MAX_TOKENS];
    int n;
    int script; /* AKA__BLOCK_THAI, _ABJAD or _BRAHMIC: a value of it is so written */
} nameset;

static int consonant(char c)
{
    return c >= 'b' && c <= 'z' && !strchr("eiouy", c);
}

/* A w between two consonants is the vowel letter و or ו of a name
 * romanised from Arabic or Hebrew script letter by letter (محمود "mhmwd",
 * مسعود "mswd", بوعلام "bwalam", ביטון "bytwn"), where the Latin
 * spellings write u or o (Mahmoud, Masud, Boualem, Biton); Latin names
 * put no w there. Read so into out (n bytes), which the keys are then
 * made of: their skeletons meet. 0 when tok has no such w. */
static int w_as_vowel(const char *tok, size_t n, char *out, size_t cap)
{
    if (n > cap)
        return 0;
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        char c = tok[i];
        if (c == 'w' && i > 0 && i + 1 < n && consonant(tok[i - 1]) &&
            tok[i - 1] != 'w' && consonant(tok[i + 1]) && tok[i + 1] != 'w') {
            c = 'u';
            any = 1;
        }
        out[i] = c;
    }
    return any;
}

/* A token's keys: the same names come back record after record, and
 * deriving them (romanisation-invariant key, its skeleton, the variant
 * tables) cost about 1,500 instructions a token, a fifth of adding a
 * record. They are kept in the thread's token cache as
 * "rkey NUL skel NUL vkey NUL hkey". */
static void token_keys(aka__uctx *c, const char *tok, size_t n, tokkey *t)
{
    size_t vlen;
    unsigned flags;
    const char *hit = c ? aka__uctx_cache_get(c, AKA__NS_TOKEN_KEYS, tok, n, &vlen, &flags)
                        : NULL;
    if (hit) {
        /* the entry's flags hold the lengths of rkey, skel and vkey */
        size_t a = flags & 0xffu, b = flags >> 8 & 0xffu, v = flags >> 16 & 0xffu;
        size_t h = vlen - a - b - v - 3;
        memcpy(t->rkey, hit, a + 1);
        memcpy(t->skel, hit + a + 1, b + 1);
        memcpy(t->vkey, hit + a + b + 2, v + 1);
        memcpy(t->hkey, hit + a + b + v + 3, h);
        t->hkey[h] = 0;
        t->rlen = (unsigned char)a;
        t->slen = (unsigned char)b;
        t->vlen = (unsigned char)v;
        t->hlen = (unsigned char)h;
        return;
    }
    char lkey[AKA__KEY_MAX + 1], vowelled[2 * AKA__KEY_MAX];
    if (w_as_vowel(tok, n, vowelled, sizeof vowelled))
        tok = vowelled;
    aka__rkey(tok, n, t->rkey);
    aka__lkey(t->rkey, lkey);
    aka__skeleton(lkey, t->skel);
    /* An h the keys keep is g to Ukrainian and Belarusian (Григорій
     * "hryhorii", Grigoriy; Гончаренко "honcharenko", Goncharenko), and
     * Russian writes the h of other languages with the g (Гасан, Hasan):
     * the skeleton reads it as g does, k. */
    for (char *p = t->skel; *p; p++)
        if (*p == 'h')
            *p = 'k';
    variant_key(tok, n, t->vkey, sizeof t->vkey);
    t->hkey[0] = 0;
    if (aka__hard_c_at(tok, n) >= 0) {
        aka__rkey_hard_c(tok, n, t->hkey);
        if (strcmp(t->hkey, t->rkey) == 0)
            t->hkey[0] = 0;
    }
    size_t a = strlen(t->rkey), b = strlen(t->skel), v = strlen(t->vkey),
           h = strlen(t->hkey);
    t->rlen = (unsigned char)a;
    t->slen = (unsigned char)b;
    t->vlen = (unsigned char)v;
    t->hlen = (unsigned char)h;
    if (!c)
        return;
    char val[sizeof t->rkey + sizeof t->skel + sizeof t->vkey + sizeof t->hkey];
    memcpy(val, t->rkey, a + 1);
    memcpy(val + a + 1, t->skel, b + 1);
    memcpy(val + a + b + 2, t->vkey, v + 1);
    memcpy(val + a + b + v + 3, t->hkey, h);
    aka__uctx_cache_put(c, AKA__NS_TOKEN_KEYS, tok, n, val, a + b + v + 3 + h,
                        (unsigned)(a | b << 8 | v << 16));
}

/* A token of sets[0..cur] with the text tok, or NULL. */
static const tokkey *seen_token(const nameset *sets, int cur, const char *tok,
                                size_t n)
{
    for (int s = 0; s <= cur; s++)
        for (int k = 0; k < sets[s].n; k++)
            if (sets[s].t[k].srclen == n &&
                memcmp(sets[s].t[k].src, tok, n) == 0)
                return &sets[s].t[k];
    return NULL;
}

/* Read the tokens of s (space-separated) into sets[cur], skipping tokens
 * of fewer than two letters (initials, generation numbers): they block
 * nothing but everyone with the same initial. A token the record has
 * already (a given name in the full name the engine derives from the
 * given and family names) is copied, not looked up again. */
static void add_tokens(aka__uctx *c, nameset *sets, int cur, const char *s)
{
    if (!s)
        return;
    nameset *ns = &sets[cur];
    for (size_t i = 0; s[i] && ns->n < MAX_TOKENS;) {
        while (s[i] == ' ')
            i++;
        size_t start = i;
        int letters = 0;
        while (s[i] && s[i] != ' ') {
            if (s[i] >= 'a' && s[i] <= 'z')
                letters++;
            i++;
        }
        if (letters < 2)
            continue;
        tokkey *t = &ns->t[ns->n];
        const tokkey *had = seen_token(sets, cur, s + start, i - start);
        if (had)
            *t = *had;
        else
            token_keys(c, s + start, i - start, t);
        t->src = s + start;
        t->srclen = i - start;
        if (t->rlen)
            ns->n++;
    }
}

/* 1 when a and b hold the same tokens in the same order (so the same
 * keys). */
static int same_set(const nameset *a, const nameset *b)
{
    if (a->n != b->n)
        return 0;
    for (int k = 0; k < a->n; k++)
        if (a->t[k].srclen != b->t[k].srclen ||
            memcmp(a->t[k].src, b->t[k].src, a->t[k].srclen) != 0)
            return 0;
    return 1;
}

/* The full names of a record: each AKA_NAME value, and each given name
 * with each family name (or either alone when the other is missing). */
static int collect_names(aka__uctx *c, const aka__block_input *in,
                         nameset *sets)
{
    int n = 0;
    for (size_t i = 0; i < in->n_names && n < MAX_NAMESETS; i++) {
        sets[n].n = 0;
        sets[n].script = in->names_script ? in->names_script[i] : 0;
        add_tokens(c, sets, n, in->names[i]);
        if (sets[n].n)
            n++;
    }
    size_t ng = in->n_given ? in->n_given : 1;
    size_t nf = in->n_family ? in->n_family : 1;
    if (!in->n_given && !in->n_family)
        return n;
    for (size_t g = 0; g < ng; g++)
        for (size_t f = 0; f < nf && n < MAX_NAMESETS; f++) {
            sets[n].n = 0;
            sets[n].script = in->n_given && in->given_script ? in->given_script[g] : 0;
            if (!sets[n].script && in->n_family && in->family_script)
                sets[n].script = in->family_script[f];
            if (in->n_given)
                add_tokens(c, sets, n, in->given[g]);
            if (in->n_family)
                add_tokens(c, sets, n, in->family[f]);
            if (sets[n].n)
                n++;
        }
    return n;
}

/* The distinct first `width` bytes of the dates of birth, at most
 * MAX_YEARS of them: with 4 the birth years ("1985" of "1985-03-07"),
 * with 10 the full dates (a partial date has none). */
static int collect_dobs(const aka__block_input *in, size_t width,
                        char out[][11])
{
    int n = 0;
    for (size_t i = 0; i < in->n_dobs && n < MAX_YEARS; i++) {
        const char *d = in->dobs[i];
        if (!d)
            continue;
        /* Stop at the first non-digit: a value read back from a journal
         * or snapshot may be shorter than a date. */
        int k = 0;
        while (k < 4 && d[k] >= '0' && d[k] <= '9')
            k++;
        if (k < 4 || (d[4] && d[4] != '-'))
            continue;
        if (width == 10 && (strlen(d) != 10 || d[7] != '-'))
            continue;
        int dup = 0;
        for (int j = 0; j < n; j++)
            if (memcmp(out[j], d, width) == 0)
                dup = 1;
        if (dup)
            continue;
        memcpy(out[n], d, width);
        out[n][width] = 0;
        n++;
    }
    return n;
}

/* A token's initial as a coarse sound class, from its rkey: the first
 * letters that romanisations of one name disagree on most (Phetcharat /
 * Petcharat, Zhang / Jang, Dahan / Tahan) fall in one class; every vowel
 * is one class. A c before a, o, u, l or r is said k (Costel, Cristina),
 * as Cyrillic and Greek write it (Костел, Кристина). */
static char initial_class(const tokkey *t)
{
    char c = t->rkey[0];
    if (c == 'c' && t->rkey[1] && strchr("aoulr", t->rkey[1]))
        return 'k';
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'j':
        return 'a';
    case 'b': case 'f': case 'p': case 'v': case 'w':
        return 'p';
    case 'd': case 't':
        return 't';
    case 'c': case 's': case 'z': case 'x':
        return 's';
    case 'g': case 'k': case 'q': case 'h':
        return 'k';
    default:
        return c;
    }
}

/* Document numbers shorter than this are not distinctive ("123"). */
#define DOC_MIN 4
/* Phones: the last 8 digits survive a missing or different country code
 * and trunk prefix; fewer than 6 digits is not a phone number. */
#define PHONE_DIGITS 8
#define PHONE_MIN 6

static void doc_keys(emitter *e, const char *doc)
{
    /* "CC:NUMBER": the same passport is written with and without its
     * country, or with a wrong one */
    size_t all = strlen(doc), at = aka__document_number_at(doc, all);
    const char *num = doc + at;
    size_t len = all - at;
    if (len < DOC_MIN)
        return;
    emit(e, NS_DOC, num, len);
    char folded[128];
    if (len > sizeof folded)
        len = sizeof folded; /* canonical numbers are 64 at most */
    for (size_t i = 0; i < len; i++)
        folded[i] = aka__ocr_class(num[i]);
    emit(e, NS_DOC_OCR, folded, len);
}

static void phone_key(emitter *e, const char *ph)
{
    char digits[PHONE_DIGITS];
    size_t n = 0;
    /* keep the last PHONE_DIGITS digits in a ring */
    for (size_t i = 0; ph[i]; i++)
        if (ph[i] >= '0' && ph[i] <= '9')
            digits[n++ % PHONE_DIGITS] = ph[i];
    if (n < PHONE_MIN)
        return;
    char last[PHONE_DIGITS];
    size_t k = n < PHONE_DIGITS ? n : PHONE_DIGITS;
    for (size_t i = 0; i < k; i++)
        last[i] = digits[(n - k + i) % PHONE_DIGITS];
    emit(e, NS_PHONE, last, k);
}

/* A name written with a space lost (PHYUNWE / Phyu Nwe, SRIJANATAMANG,
 * AzizAbdurahmonov / Aziz Abdurahmonov, Jaedong / Jae-dong) shares no
 * token with the name in words, so none of the token keys brings the two
 * together, though the matcher reads them as one name (a run of its
 * words, in their order, against one word). The words written together
 * meet the one word: the whole name's and, in a longer name, two
 * neighbours' (MeronIyob / Meron Iyob Dawit). One family posts the words
 * and asks the joined words, the other posts the joined words and asks
 * the words, so that either record finds the other whichever came first,
 * and two records of one name in words do not meet again through them
 * (that would count as more evidence than they have: 27 % more pairs
 * compared at 100,000 records, for lower precision). A word shorter than
 * JOINED_MIN is too short to be two. */
#define JOINED_MAX 64
#define JOINED_MIN 5

/* the keys of t[a..b) written together, from t[from] on and round to
 * t[a] (from = a: in their order) */
static void emit_joined(emitter *e, const nameset *s, int a, int b, int from)
{
    char buf[JOINED_MAX];
    size_t n = 0;
    for (int i = 0; i < b - a; i++) {
        int k = from + i < b ? from + i : from + i - (b - a);
        if (n + s->t[k].srclen > sizeof buf)
            return;
        memcpy(buf + n, s->t[k].src, s->t[k].srclen);
        n += s->t[k].srclen;
    }
    emit_role(e, NS_JOIN_WORD, buf, n, AKA__INDEX_ASK_ONLY);
    emit_role(e, NS_JOIN_JOINED, buf, n, AKA__INDEX_POST_ONLY);
}

static void joined_keys(emitter *e, const nameset *s)
{
    for (int k = 0; k < s->n; k++)
        if (s->t[k].srclen >= JOINED_MIN) {
            emit_role(e, NS_JOIN_WORD, s->t[k].src, s->t[k].srclen,
                      AKA__INDEX_POST_ONLY);
            emit_role(e, NS_JOIN_JOINED, s->t[k].src, s->t[k].srclen,
                      AKA__INDEX_ASK_ONLY);
        }
    if (s->n < 2)
        return;
    emit_joined(e, s, 0, s->n, 0);
    /* and two words the other way round (BIELIKRASTISLAV / Rastislav
     * Bielik: a family name first, as the matcher reads it,
     * joined_reordered); three words in another order are rarer than
     * the keys would cost */
    if (s->n == 2)
        emit_joined(e, s, 0, 2, 1);
    for (int k = 0; s->n > 2 && k + 1 < s->n; k++)
        emit_joined(e, s, k, k + 2, k);
}

/* A token's Thai skeleton: its consonants as the popular spellings of
 * Thai names and the Thai reading (RTGS) both write them, where the two
 * differ: the h of an aspirate (Napa / Napha, Tongdee / Thongdi), ch for
 * j (Janpen / Chanphen), v for w, the r of a cluster or before a
 * consonant (Srisuk / Sisuk, Thanakorn / Thanakon, Prasert / Prasoet), a
 * final l, d or b that Thai says n, t, p (Surapol / Suraphon), w and y
 * after a vowel (Kaewmanee / Kaeomani, Somchay), vowels, and doubled
 * letters (Noppadol / Nopphadon). Returns its length (0 for a token too
 * short for it to block anything). */
#define THAI_SKEL_MIN 2
static size_t thai_skel(const char *t, size_t n, char *out, size_t cap)
{
    size_t m = 0;
    for (size_t i = 0; i < n && m + 1 < cap; i++) {
        char c = t[i], nx = i + 1 < n ? t[i + 1] : 0;
        if (c == 'j')
            c = 'c';
        else if (c == 'v')
            c = 'w';
        if (strchr("aeiou", c))
            continue;
        if (c == 'h' && i > 0 && strchr("ptkcs", t[i - 1]))
            continue;
        if ((c == 'w' || c == 'y') && i > 0)
            continue;
        if (c == 'r' && i > 0 && (!strchr("aeiou", t[i - 1]) || !nx || !strchr("aeiou", nx)))
            continue;
        if (!nx || (nx == 'h' && i + 2 == n)) {
            if (c == 'l')
                c = 'n';
            else if (c == 'd')
                c = 't';
            else if (c == 'b')
                c = 'p';
        }
        if (m > 0 && out[m - 1] == c)
            continue;
        out[m++] = c;
    }
    return m >= THAI_SKEL_MIN ? m : 0;
}

/* A token's abjad skeleton: its consonants as a reading of Arabic or
 * Hebrew letters (the normaliser's, which writes no short vowel) and the
 * Latin spellings of the name both have them: the article opening the
 * token dropped (with `strip`: an al- in four letters or more, as the
 * Arabic text joins it, or an el- in seven or more, Elsayed, not
 * Eliahu), as are h, w and y (matres lectionis, and the h that spellings
 * add or drop: mhmwd / Mahmoud), v (as w: Hebrew ו), ch whole (the ח of
 * Mizrachi, the چ of Chaudhry) and the d of dj (Djamal); c and q as k, g
 * as j (the Egyptian spelling of ج: Naggar / najar), f as p (Hebrew פ), z
 * as s; a letter written twice once. Appends to out (m letters in it
 * already, room for cap with its NUL) and returns the new length. With
 * `brahmic`, for the readings of Brahmic scripts and Khmer: c goes as ch
 * does (ISO 15919 writes চ c, spellings ch: caudhuri / Chowdhury) and z
 * is j (জ of Arabic names, written z in Bangladesh: mijanur / Mizanur). */
static size_t abjad_skel(const char *t, size_t n, int strip, char *out, size_t m,
                         size_t cap, int brahmic)
{
    size_t i = strip && n > 2 && t[1] == 'l' &&
                       ((t[0] == 'a' && n >= 4) || ((t[0] == 'a' || t[0] == 'e') && n >= 7))
                   ? 2 : 0;
    for (; i < n && m + 1 < cap; i++) {
        char c = t[i];
        if (strchr("aeiouhwyv", c))
            continue;
        if (c == 'g')
            c = 'j';
        if (i + 1 < n && ((c == 'c' && t[i + 1] == 'h') || (c == 'd' && t[i + 1] == 'j')))
            continue; /* (ch: the h goes as every h) */
        if (brahmic && c == 'c')
            continue; /* (c, cc: the ISO reading's ch) */
        if (brahmic && c == 'z')
            c = 'j';
        if (c == 'c' || c == 'q')
            c = 'k';
        else if (c == 'f')
            c = 'p';
        else if (c == 'z')
            c = 's';
        /* (a letter written twice; not two that a dropped letter came
         * between: Mahmoud mmd, Ahmed md) */
        if (i > 0 && t[i - 1] == t[i])
            continue;
        out[m++] = c;
    }
    return m;
}

/* Tokens that open a compound with the next (عبد الله "bd allh",
 * Abdullah; Abdul Rahman, Abdelrahman), and that close one with the token
 * before (نجيب الله "njyb allh", Najibullah): the skeletons are of the two
 * together, as the other spelling writes them in one word. */
static const char *const ABD[] = {"bd", "abd", "abdul", "abdel", "abdal",
                                  "abdol", "abdoul", "abdu"};
static const char *const ALLAH[] = {"allh", "allah", "ullah", "ulla", "alla",
                                    "ollah", "ullh"};

/* Articles an Arabic name's Latin spelling writes as a word of their own
 * (Al-Tamimi, At-Tamimi, Ash-Shami, El Sayed), which the Arabic text
 * joins to the name. */
static const char *const ARTICLES[] = {"al", "el", "ad", "ar", "as",
                                       "at", "an", "az", "ash"};

/* Names in Thai, Arabic, Hebrew or Brahmic letters meet their Latin
 * spellings, which the other keys miss when every token is read apart
 * (ธนากร ศรีสุข "thanakon sisuk" / Thanakorn Srisuk, محمود التميمي "mhmwd
 * altmymy" / Mahmoud Al-Tamimi): a key of two tokens' skeletons in the
 * script's fold (thai_skel, abjad_skel). A name so written posts it in one family
 * and asks it in the other, any other name the other way round, so that
 * neither two Latin names nor two names of the script meet through it
 * (they have keys of their own); a Latin name costs a posting a script
 * per pair of its first three tokens (articles skipped). */
static void script_keys(emitter *e, const nameset *s, int script)
{
    int own = s->script == script;
    if (s->script && !own)
        return;
    int brahmic = script == AKA__BLOCK_BRAHMIC;
    int nt = 0;
    char sk[3][AKA__KEY_MAX + 1];
    size_t sl[3];
    for (int a = 0; a < s->n && nt < 3; a++) {
        const char *t = s->t[a].src;
        size_t n = s->t[a].srclen;
        if (script == AKA__BLOCK_THAI) {
            sl[nt] = thai_skel(t, n, sk[nt], sizeof sk[nt]);
        } else {
            if (!brahmic && AKA__LISTED(ARTICLES, t, n))
                continue;
            /* (the Arabic text's article is joined; a Latin one only in
             * a long token) */
            sl[nt] = abjad_skel(t, n, !brahmic, sk[nt], 0, sizeof sk[nt], brahmic);
            if (!brahmic && a + 1 < s->n &&
                (AKA__LISTED(ABD, t, n) ||
                 AKA__LISTED(ALLAH, s->t[a + 1].src, s->t[a + 1].srclen))) {
                a++;
                sl[nt] = abjad_skel(s->t[a].src, s->t[a].srclen, 0, sk[nt], sl[nt],
                                    sizeof sk[nt], 0);
            }
        }
        if (sl[nt] == 0)
            continue;
        sk[nt][sl[nt]] = 0;
        nt++;
    }
    int fam = script == AKA__BLOCK_THAI ? NS_THAI_T
              : brahmic                  ? NS_BRAHMIC_T
                                         : NS_ABJAD_T; /* (its _L is the next) */
    int post = own ? fam : fam + 1, ask = own ? fam + 1 : fam;
    for (int a = 0; a < nt; a++)
        for (int b = a + 1; b < nt; b++) {
            /* (two letters at least between them) */
            if (sl[a] + sl[b] < 3)
                continue;
            emit_pair_role(e, post, sk[a], sl[a], sk[b], sl[b], AKA__INDEX_POST_ONLY);
            emit_pair_role(e, ask, sk[a], sl[a], sk[b], sl[b], AKA__INDEX_ASK_ONLY);
        }
}

size_t aka__block_keys(const aka__block_input *in, uint64_t *keys,
                       size_t cap)
{
    emitter e = {keys, cap, 0, 0};
    /* (an identifier's key leaves out the country its type may name: a
     * record that does not name it meets the one that does) */
    for (size_t i = 0; i < in->n_ids; i++)
        if (in->ids[i] && in->ids[i][0]) {
            size_t n = strlen(in->ids[i]), c = aka__identifier_country_len(in->ids[i], n);
            emit(&e, NS_ID, in->ids[i] + c, n - c);
            /* a number a document may hold too (its document key) */
            char num[AKA__ID_NUMBER_MAX];
            size_t nn = aka__identifier_number(in->ids[i], n, num);
            if (nn)
                emit(&e, NS_DOC, num, nn);
        }
    for (size_t i = 0; i < in->n_docs; i++)
        if (in->docs[i])
            doc_keys(&e, in->docs[i]);
    for (size_t i = 0; i < in->n_emails; i++)
        if (in->emails[i] && in->emails[i][0])
            emit(&e, NS_EMAIL, in->emails[i], strlen(in->emails[i]));
    for (size_t i = 0; i < in->n_phones; i++)
        if (in->phones[i])
            phone_key(&e, in->phones[i]);
    for (size_t i = 0; i < in->n_addrs; i++)
        if (in->addrs[i] && in->addrs[i][0])
            emit(&e, NS_ADDRESS, in->addrs[i], strlen(in->addrs[i]));

    nameset sets[MAX_NAMESETS];
    char years[MAX_YEARS][11];
    /* the thread's token cache (NULL: keys derived without it) */
    int ns = collect_names(aka__uctx_get(), in, sets);
    int ny = collect_dobs(in, 4, years);
    /* A name set equal to an earlier one (the full name the engine
     * derives from given and family names) would only repeat its keys,
     * each already written, in each family below. */
    unsigned char dup[MAX_NAMESETS] = {0};
    for (int s = 1; s < ns; s++)
        for (int r = 0; r < s && !dup[s]; r++)
            dup[s] = (unsigned char)same_set(&sets[r], &sets[s]);
    /* a skeleton of one consonant ("l" of "li") blocks too widely to be
     * worth a key; the token's rkey carries it */
    for (int s = 0; s < ns; s++)
        for (int t = 0; t < sets[s].n && !dup[s]; t++) {
            const tokkey *tk = &sets[s].t[t];
            for (int y = 0; y < ny; y++) {
                /* (the hard-c key is the rkey's twin right after it) */
                int own = emit2(&e, NS_RKEY_YEAR, tk->rkey, tk->rlen, years[y], 4);
                if (tk->hlen)
                    emit2_role(&e, NS_RKEY_YEAR, tk->hkey, tk->hlen, years[y], 4,
                               own ? AKA__INDEX_TWIN : 0);
                if (tk->slen >= 2)
                    emit2(&e, NS_SKEL_YEAR, tk->skel, tk->slen, years[y], 4);
            }
        }
    for (int s = 0; s < ns; s++)
        for (int a = 0; a < sets[s].n && !dup[s]; a++)
            for (int b = a + 1; b < sets[s].n; b++) {
                const tokkey *ta = &sets[s].t[a], *tb = &sets[s].t[b];
                emit_pair(&e, NS_PAIR, ta->skel, ta->slen, tb->skel, tb->slen);
                if (ta->vlen || tb->vlen)
                    emit_pair(&e, NS_VPAIR,
                              ta->vlen ? ta->vkey : ta->skel,
                              ta->vlen ? ta->vlen : ta->slen,
                              tb->vlen ? tb->vkey : tb->skel,
                              tb->vlen ? tb->vlen : tb->slen);
            }
    for (int s = 0; s < ns; s++)
        for (int t = 0; t < sets[s].n && !dup[s]; t++) {
            const tokkey *tk = &sets[s].t[t];
            for (int y = 0; y < ny && tk->vlen; y++)
                emit2(&e, NS_VKEY_YEAR, tk->vkey, tk->vlen, years[y], 4);
        }
    /* A full date of birth with each token's initial class: the same
     * person's records whose every token is spelled apart (Napha
     * Petcharat / Napa Phetcharat, Zhang Yueping / Zhang Yue-ping) still
     * meet, where a date alone would block strangers by the thousand. A
     * key for the name's least class alone missed a slip in the first
     * letter of one token (Mihaela Ursu / Mihafla Vrsu: classes m, a
     * against m, p); a key a token costs 0.4 % more pairs (docs/blocking.md). */
    char dates[MAX_YEARS][11];
    int nd = collect_dobs(in, 10, dates);
    for (int s = 0; s < ns && nd; s++) {
        if (dup[s])
            continue;
        char buf[12];
        for (int t = 0; t < sets[s].n; t++) {
            buf[0] = initial_class(&sets[s].t[t]);
            for (int d = 0; d < nd; d++) {
                memcpy(buf + 1, dates[d], 10);
                emit(&e, NS_DATE_INITIAL, buf, 11);
            }
        }
    }
    for (int d = 0; d < nd; d++)
        for (size_t k = 0; k < in->n_nats; k++) {
            size_t nl = in->nats[k] ? strlen(in->nats[k]) : 0;
            if (nl)
                emit2(&e, NS_DATE_NAT, dates[d], 10, in->nats[k], nl);
        }
    for (int s = 0; s < ns; s++)
        if (!dup[s])
            joined_keys(&e, &sets[s]);
    for (int s = 0; s < ns; s++)
        if (!dup[s]) {
            script_keys(&e, &sets[s], AKA__BLOCK_THAI);
            script_keys(&e, &sets[s], AKA__BLOCK_ABJAD);
            script_keys(&e, &sets[s], AKA__BLOCK_BRAHMIC);
        }
    for (int s = 0; s < ns; s++)
        for (int t = 0; t < sets[s].n && !dup[s]; t++) {
            const tokkey *tk = &sets[s].t[t];
            int own = emit(&e, NS_RKEY, tk->rkey, tk->rlen);
            if (tk->hlen)
                emit_role(&e, NS_RKEY, tk->hkey, tk->hlen, own ? AKA__INDEX_TWIN : 0);
            if (tk->slen >= 2)
                emit(&e, NS_SKEL, tk->skel, tk->slen);
        }
    return e.n;
}
