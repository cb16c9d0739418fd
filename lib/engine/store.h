/* The engine's records: (source, record_id) -> a dense record index, and
 * per record its canonical feature values (read with the engine's
 * options) and the keys it was indexed under, so that replacing or
 * removing it undoes exactly what adding it did. Indices are never reused:
 * a removed record leaves a hole, which keeps indices stable for the
 * clustering and the index. */
#ifndef AKA_ENGINE_STORE_H
#define AKA_ENGINE_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "aka.h"

typedef struct aka__fval {
    aka_feature kind;
    uint32_t len;
    /* NUL-terminated canonical form. In a packed block (aka__vals_pack)
     * the NUL is followed by a byte n and n bytes of the name facts of the
     * value (match/nameform.h): kept for names not written in Latin
     * letters alone, which a form made from the canonical text alone
     * would compare without their script's rules. */
    char *canon;
} aka__fval;

/* The words of a value's canonical form (single spaces between them). */
static inline unsigned aka__fval_words(const aka__fval *v)
{
    unsigned n = v->len > 0;
    for (uint32_t i = 0; i < v->len; i++)
        n += v->canon[i] == ' ';
    return n;
}

/* Whether a value is a full date of birth on 1 January ("YYYY-01-01"),
 * the date written for one that is not known. */
static inline int aka__fval_new_year(const aka__fval *v)
{
    return v->kind == AKA_DATE_OF_BIRTH && v->len == 10 &&
           memcmp(v->canon + 4, "-01-01", 6) == 0;
}

/* The encoded name facts of a value of a packed block, *n bytes (0:
 * none). */
static inline const unsigned char *aka__fval_facts(const aka__fval *v, size_t *n)
{
    const unsigned char *p = (const unsigned char *)v->canon + v->len + 1;
    *n = p[0];
    return p + 1;
}

typedef struct aka__rec {
    char *key;        /* source, NUL, record_id */
    uint32_t srclen, idlen;
    uint32_t nvals;
    uint32_t nkeys;
    aka__fval *vals;  /* packed (aka__vals_pack): one block with the forms */
    uint64_t *keys;   /* blocking keys it was indexed under */
    uint32_t khash;   /* low bits of the key's hash: growing the map and
                         removing a record do not hash the key again */
    uint8_t live;
    uint8_t in_block; /* vals lie in a block of aka__store_pack_in_order */
    /* The most words a full name of vals has (255 at most), 0 when not
     * counted (aka__rec_count_name_words): scoring skips the rare-name
     * bound of a record whose names are too short for it. */
    uint8_t name_words;
} aka__rec;

/* Set r->name_words from r->vals. */
void aka__rec_count_name_words(aka__rec *r);

typedef struct aka__store {
    aka__rec *rec;
    uint32_t n, cap;
    uint32_t live;
    uint32_t *slot;   /* open addressing over key hashes: index + 1, 0 empty */
    uint32_t nslots;  /* power of two */
    uint32_t used;    /* occupied slots, tombstones included */
} aka__store;

#define AKA__STORE_TOMB UINT32_MAX

void aka__store_free(aka__store *s);

/* The hash of the key (source, record_id) the map files a record under:
 * computed once, it serves the _h forms of find and insert (an add that
 * looks for the record it replaces and then inserts hashed the key twice),
 * and it may be computed off the engine's lock. */
uint64_t aka__store_hash(const char *src, size_t srclen, const char *id,
                         size_t idlen);

/* The index of a live record, or -1. */
int64_t aka__store_find(const aka__store *s, const char *src, size_t srclen,
                        const char *id, size_t idlen);
/* Ask for the slot of the key of hash h to be fetched (before an
 * aka__store_find_h or insert of it); changes nothing. */
void aka__store_prefetch(const aka__store *s, uint64_t h);
/* The same with the key's hash h (aka__store_hash). */
int64_t aka__store_find_h(const aka__store *s, uint64_t h, const char *src,
                          size_t srclen, const char *id, size_t idlen);

/* Append a new live record with that key; its values and keys are set by
 * the caller. Returns the index, or -1 when memory ran out. */
int64_t aka__store_insert(aka__store *s, const char *src, size_t srclen,
                          const char *id, size_t idlen);
/* The same with the key's hash h (aka__store_hash). */
int64_t aka__store_insert_h(aka__store *s, uint64_t h, const char *src,
                            size_t srclen, const char *id, size_t idlen);

/* A record's key as the store keeps it (source, NUL, record_id, NUL), or
 * NULL when memory ran out: made before an insert, e.g. off the engine's
 * lock, and handed to aka__store_insert_key. */
char *aka__store_key_new(const char *src, size_t srclen, const char *id,
                         size_t idlen);

/* aka__store_insert_h with the key made by aka__store_key_new: the record
 * takes it, unless the insert fails (-1), when it stays the caller's. */
int64_t aka__store_insert_key(aka__store *s, uint64_t h, char *key,
                              size_t srclen, size_t idlen);

/* Append the hole a removed record leaves (no key, not live), so that a
 * loaded snapshot keeps every record at its index. -1: out of memory. */
int64_t aka__store_append_hole(aka__store *s);

/* Room for n records in all, so that records up to n are stored without
 * the array moving (a load's threads read records while more are
 * stored). 0, or -1: out of memory. */
int aka__store_reserve(aka__store *s, uint32_t n);

/* Write one value of a packed block at p: the form c[0..len), its NUL,
 * the byte nf and the nf bytes of facts f; returns the bytes written,
 * len + 2 + nf. The one place that lays a value out. */
size_t aka__form_put(char *p, const char *c, size_t len, const unsigned char *f,
                     size_t nf);

/* The bytes aka__form_put writes for a form of len bytes and nf bytes of
 * facts (a packed block's size is its array and these). */
static inline size_t aka__form_bytes(size_t len, size_t nf)
{
    return len + 2 + nf;
}

/* Whether nf bytes f are name facts a value of `kind` may carry: none,
 * or, for a name, bytes that decode (match/nameform.h). For loaders. */
int aka__facts_fit(aka_feature kind, const unsigned char *f, size_t nf);

typedef struct aka__vfacts {
    const unsigned char *p;
    size_t n; /* at most 255 */
} aka__vfacts;
/* A copy of values v[0..n) in one allocation, the array followed by each
 * canonical form: scoring a candidate then reads one block of memory,
 * not one per value (the loads of scattered values were half of a pair's
 * scoring time). A stored record's values are always packed; freeing the
 * array frees the forms. NULL when memory runs out.
 * facts[i] are the name facts of v[i] (facts NULL: none for any). */
aka__fval *aka__vals_pack(const aka__fval *v, const aka__vfacts *facts,
                          uint32_t n);

/* Free a record's values and keys (for replacement or removal). */
void aka__rec_clear(aka__rec *r);

/* Move the values of records order[0..n) into one new allocation, each
 * record's packed block after the one before, in that order. Bulk scoring
 * visits records in an order where neighbours share blocking keys
 * (resolve.c's scoring_order), so the candidates of one record are mostly
 * records scored near it: laid out in that order, their values share
 * pages and lines that were scattered over the heap in the order the
 * records came. On a machine where a miss costs hundreds of nanoseconds
 * (a VM's nested page tables), this cut bulk scoring at 1,000,000 records
 * by about a third. Changes no value; when memory runs out it moves
 * nothing, which is only slower. */
void aka__store_pack_in_order(aka__store *s, const uint32_t *order, size_t n);

/* Remove a live record: clears it and drops its key from the map. */
void aka__store_remove(aka__store *s, uint32_t idx);

#endif
