#include "engine/store.h"

#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "core/prefetch.h"
#include "core/zalloc.h"
#include "match/nameform.h"

static uint64_t key_hash(const char *src, size_t srclen, const char *id,
                         size_t idlen)
{
    return aka__hash(id, idlen, aka__hash(src, srclen, 0x73746f7265ull));
}

static int key_eq(const aka__rec *r, const char *src, size_t srclen,
                  const char *id, size_t idlen)
{
    return r->srclen == srclen && r->idlen == idlen &&
           memcmp(r->key, src, srclen) == 0 &&
           memcmp(r->key + srclen + 1, id, idlen) == 0;
}

size_t aka__form_put(char *p, const char *c, size_t len, const unsigned char *f,
                     size_t nf)
{
    if (len)
        memcpy(p, c, len);
    p[len] = '\0';
    p[len + 1] = (char)(unsigned char)nf;
    if (nf)
        memcpy(p + len + 2, f, nf);
    return aka__form_bytes(len, nf);
}

int aka__facts_fit(aka_feature kind, const unsigned char *f, size_t nf)
{
    aka__name_facts facts;
    return nf == 0 || (kind == AKA_NAME && f && aka__name_facts_decode(f, nf, &facts));
}

aka__fval *aka__vals_pack(const aka__fval *v, const aka__vfacts *facts,
                          uint32_t n)
{
    size_t bytes = (n ? n : 1) * sizeof *v;
    for (uint32_t i = 0; i < n; i++)
        bytes += aka__form_bytes(v[i].len, facts ? facts[i].n : 0);
    aka__fval *out = malloc(bytes);
    if (!out)
        return NULL;
    char *p = (char *)(out + n);
    for (uint32_t i = 0; i < n; i++) {
        out[i] = v[i];
        out[i].canon = p;
        p += aka__form_put(p, v[i].canon, v[i].len, facts ? facts[i].p : NULL,
                           facts ? facts[i].n : 0);
    }
    return out;
}

/* The head of a block of aka__store_pack_in_order: how many records'
 * values it still holds. Each record's values in it follow the address
 * of the head, so that freeing them finds the block without the store;
 * the block goes with the last. */
typedef struct vals_block {
    size_t held;
} vals_block;

#define LINK_BYTES sizeof(vals_block *)
#define ALIGNED(b) (((b) + (_Alignof(aka__fval) - 1)) & ~(_Alignof(aka__fval) - 1))

/* The bytes of a record's packed values (aka__vals_pack's layout). */
static size_t packed_bytes(const aka__rec *r)
{
    size_t bytes = (size_t)r->nvals * sizeof *r->vals;
    for (uint32_t i = 0; i < r->nvals; i++) {
        size_t nf;
        (void)aka__fval_facts(&r->vals[i], &nf);
        bytes += aka__form_bytes(r->vals[i].len, nf);
    }
    return bytes;
}

static void vals_free(aka__rec *r)
{
    if (!r->in_block) {
        free(r->vals); /* packed: the forms are in the same block */
        return;
    }
    vals_block *b;
    memcpy(&b, (char *)r->vals - LINK_BYTES, sizeof b);
    if (--b->held == 0)
        free(b);
    r->in_block = 0;
}

/* Packing reads each record and then its values, misses found one through
 * the other: each is asked for some records ahead (the record first), which
 * took a third off packing a million records. */
#define PACK_AHEAD_REC 8
#define PACK_AHEAD_VALS 4

static void prefetch_packed(const aka__store *s, const uint32_t *order,
                            size_t n, size_t q)
{
    if (q + PACK_AHEAD_REC < n)
        AKA__PREFETCH(&s->rec[order[q + PACK_AHEAD_REC]]);
    if (q + PACK_AHEAD_VALS < n) {
        const aka__rec *r = &s->rec[order[q + PACK_AHEAD_VALS]];
        /* the array and the first forms after it */
        size_t span = (size_t)r->nvals * sizeof *r->vals + 128;
        for (size_t off = 0; off < span; off += 64)
            AKA__PREFETCH((const char *)r->vals + off);
    }
}

void aka__store_pack_in_order(aka__store *s, const uint32_t *order, size_t n)
{
    size_t total = ALIGNED(sizeof(vals_block)), held = 0;
    for (size_t q = 0; q < n; q++) {
        const aka__rec *r = &s->rec[order[q]];
        if (r->nvals) {
            total += LINK_BYTES + ALIGNED(packed_bytes(r));
            held++;
        }
    }
    if (!held)
        return;
    vals_block *b = malloc(total);
    if (!b)
        return;
    aka__huge_hint(b, total); /* read at random by the scoring that follows */
    b->held = held;
    char *p = (char *)b + ALIGNED(sizeof(vals_block));
    for (size_t q = 0; q < n; q++) {
        prefetch_packed(s, order, n, q);
        aka__rec *r = &s->rec[order[q]];
        if (!r->nvals)
            continue;
        size_t bytes = packed_bytes(r);
        memcpy(p, &b, sizeof b);
        aka__fval *v = (aka__fval *)(void *)(p + LINK_BYTES);
        memcpy(v, r->vals, bytes);
        /* the forms follow the array in the block: same offsets */
        for (uint32_t i = 0; i < r->nvals; i++)
            v[i].canon = (char *)v + (r->vals[i].canon - (const char *)r->vals);
        vals_free(r);
        r->vals = v;
        r->in_block = 1;
        p += LINK_BYTES + ALIGNED(bytes);
    }
}

void aka__rec_clear(aka__rec *r)
{
    vals_free(r);
    free(r->keys);
    r->vals = NULL;
    r->keys = NULL;
    r->nvals = r->nkeys = 0;
}

void aka__store_free(aka__store *s)
{
    for (uint32_t i = 0; i < s->n; i++) {
        aka__rec_clear(&s->rec[i]);
        free(s->rec[i].key);
    }
    free(s->rec);
    free(s->slot);
    memset(s, 0, sizeof *s);
}

uint64_t aka__store_hash(const char *src, size_t srclen, const char *id,
                         size_t idlen)
{
    return key_hash(src, srclen, id, idlen);
}

int64_t aka__store_find(const aka__store *s, const char *src, size_t srclen,
                        const char *id, size_t idlen)
{
    return aka__store_find_h(s, key_hash(src, srclen, id, idlen), src, srclen,
                             id, idlen);
}

void aka__store_prefetch(const aka__store *s, uint64_t h)
{
    if (s->nslots)
        AKA__PREFETCH_W(&s->slot[(uint32_t)h & (s->nslots - 1)]);
}

int64_t aka__store_find_h(const aka__store *s, uint64_t h, const char *src,
                          size_t srclen, const char *id, size_t idlen)
{
    if (!s->nslots)
        return -1;
    uint32_t mask = s->nslots - 1;
    for (uint32_t i = (uint32_t)h & mask;;
         i = (i + 1) & mask) {
        uint32_t v = s->slot[i];
        if (v == 0)
            return -1;
        if (v != AKA__STORE_TOMB && key_eq(&s->rec[v - 1], src, srclen, id, idlen))
            return (int64_t)(v - 1);
    }
}

static int rehash(aka__store *s, uint32_t nslots)
{
    uint32_t *slot = calloc(nslots, sizeof *slot);
    if (!slot)
        return -1;
    aka__huge_hint(slot, (size_t)nslots * sizeof *slot); /* probed at random */
    uint32_t mask = nslots - 1;
    for (uint32_t r = 0; r < s->n; r++) {
        if (!s->rec[r].live)
            continue;
        uint32_t i = s->rec[r].khash & mask;
        while (slot[i])
            i = (i + 1) & mask;
        slot[i] = r + 1;
    }
    free(s->slot);
    s->slot = slot;
    s->nslots = nslots;
    s->used = s->live;
    return 0;
}

/* Room for `cap` records (more than s->cap). */
static int resize_records(aka__store *s, uint32_t cap)
{
    aka__rec *rec = realloc(s->rec, (size_t)cap * sizeof *rec);
    if (!rec)
        return -1;
    /* (the part not yet written: candidates' records are read at random) */
    aka__huge_hint(rec + s->cap, (size_t)(cap - s->cap) * sizeof *rec);
    s->rec = rec;
    s->cap = cap;
    return 0;
}

/* Room for one more record. */
static int grow_records(aka__store *s)
{
    return resize_records(s, s->cap ? s->cap * 2 : 64);
}

int aka__store_reserve(aka__store *s, uint32_t n)
{
    return n <= s->cap ? 0 : resize_records(s, n);
}

int64_t aka__store_insert(aka__store *s, const char *src, size_t srclen,
                          const char *id, size_t idlen)
{
    return aka__store_insert_h(s, key_hash(src, srclen, id, idlen), src,
                               srclen, id, idlen);
}

int64_t aka__store_insert_h(aka__store *s, uint64_t h, const char *src,
                            size_t srclen, const char *id, size_t idlen)
{
    if (srclen > UINT32_MAX / 4 || idlen > UINT32_MAX / 4)
        return -1;
    char *key = aka__store_key_new(src, srclen, id, idlen);
    if (!key)
        return -1;
    int64_t idx = aka__store_insert_key(s, h, key, srclen, idlen);
    if (idx < 0)
        free(key);
    return idx;
}

char *aka__store_key_new(const char *src, size_t srclen, const char *id,
                         size_t idlen)
{
    if (srclen > UINT32_MAX / 4 || idlen > UINT32_MAX / 4)
        return NULL;
    char *key = malloc(srclen + idlen + 2);
    if (!key)
        return NULL;
    memcpy(key, src, srclen);
    key[srclen] = '\0';
    memcpy(key + srclen + 1, id, idlen);
    key[srclen + idlen + 1] = '\0';
    return key;
}

int64_t aka__store_insert_key(aka__store *s, uint64_t h, char *key,
                              size_t srclen, size_t idlen)
{
    if (s->n == UINT32_MAX - 1 || srclen > UINT32_MAX / 4 || idlen > UINT32_MAX / 4)
        return -1;
    /* Keep the table at most half full, tombstones included. */
    if ((uint64_t)(s->used + 1) * 2 > s->nslots) {
        uint32_t want = s->nslots ? s->nslots : 64;
        while ((uint64_t)(s->live + 1) * 2 > want)
            want *= 2;
        if (rehash(s, want) != 0)
            return -1;
    }
    if (s->n == s->cap && grow_records(s) != 0)
        return -1;
    uint32_t idx = s->n++;
    aka__rec *r = &s->rec[idx];
    memset(r, 0, sizeof *r);
    r->key = key;
    r->srclen = (uint32_t)srclen;
    r->idlen = (uint32_t)idlen;
    r->khash = (uint32_t)h;
    r->live = 1;
    uint32_t mask = s->nslots - 1;
    uint32_t i = (uint32_t)h & mask;
    while (s->slot[i] && s->slot[i] != AKA__STORE_TOMB)
        i = (i + 1) & mask;
    if (s->slot[i] == 0)
        s->used++;
    s->slot[i] = idx + 1;
    s->live++;
    return idx;
}

void aka__store_remove(aka__store *s, uint32_t idx)
{
    aka__rec *r = &s->rec[idx];
    if (!r->live)
        return;
    uint32_t mask = s->nslots - 1;
    for (uint32_t i = r->khash & mask;;
         i = (i + 1) & mask) {
        if (s->slot[i] == idx + 1) {
            s->slot[i] = AKA__STORE_TOMB;
            break;
        }
        if (s->slot[i] == 0)
            break;
    }
    aka__rec_clear(r);
    r->live = 0;
    s->live--;
}

int64_t aka__store_append_hole(aka__store *s)
{
    if (s->n == UINT32_MAX - 1)
        return -1;
    if (s->n == s->cap && grow_records(s) != 0)
        return -1;
    memset(&s->rec[s->n], 0, sizeof s->rec[s->n]);
    return s->n++;
}

void aka__rec_count_name_words(aka__rec *r)
{
    unsigned most = 0;
    for (uint32_t i = 0; i < r->nvals; i++) {
        const aka__fval *v = &r->vals[i];
        if (v->kind != AKA_NAME)
            continue;
        unsigned w = aka__fval_words(v);
        if (w > most)
            most = w;
    }
    r->name_words = (uint8_t)(most < 255 ? most : 255);
}
