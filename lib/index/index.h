/* The blocking index: which records share a blocking key.
 *
 * An inverted index from 64-bit block keys (xxh3 hashes made by
 * aka__block_keys) to posting lists of record indices (uint32, dense
 * numbers the engine gives its records). The engine adds a record under its
 * keys, asks for the candidates of a record (every record sharing at least
 * one key, with the number of keys shared so that it can rank them), and
 * removes a record with the same keys it added.
 *
 * Block cap: a key whose posting list holds more than max_block records is
 * OVERSIZED: it is a generic value ("ivanov" with no birth year, a shared
 * office phone) whose block would make the candidate count explode. It is
 * kept and counted but adds no candidates. Whether a key is oversized
 * depends only on its current size, never on the order of additions, so the
 * index answers the same for the same set of records however they arrived
 * (bulk loading equals adding one by one), and a block that shrinks back
 * under the cap is used again.
 *
 * Weak keys (AKA__INDEX_WEAK_BIT set: one name token with no birth year)
 * are capped at max_block / AKA__INDEX_WEAK_DIVISOR. A record meets its
 * namesakes through a hundred others of a common surname but shares
 * nothing else with most of them: they add postings to scan and noise to
 * the ranking, while the records that matter share a more specific key too.
 *
 * Memory: an open-addressing table of 16-byte slots (key, length, and
 * either the single posting inline or the number of a posting array);
 * posting arrays hold 4-byte record indices. Most keys (documents, phones,
 * e-mails) have one record and cost one slot and nothing else.
 *
 * Threading: aka__index_candidates and aka__index_stats only read the
 * index, so threads may query one index at once, each with its own
 * aka__index_scratch; add and remove need exclusive access. */
#ifndef AKA_INDEX_INDEX_H
#define AKA_INDEX_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "aka.h"

#define AKA__INDEX_MAX_BLOCK_DEFAULT 300u

/* The bit that marks a weak key, and how much lower weak keys are capped. */
#define AKA__INDEX_WEAK_BIT UINT64_C(1)
/* The bit that marks a contact or document key (AKA__INDEX_SPECIFIC_CONTACT);
 * every other key has it clear. */
#define AKA__INDEX_CONTACT_BIT UINT64_C(2)
#define AKA__INDEX_WEAK_DIVISOR 10u

/* A key's role. Most keys are posted under (aka__index_add) and looked up
 * (aka__index_gather) alike; a key with one of these bits is only posted
 * or only looked up, so that records meet through it only where one's
 * asked key is another's posted one: a name written together (PHYUNWE)
 * meets the name in words (Phyu Nwe), while two records of one name in
 * words do not meet again through it. The bits are no part of the key's
 * identity. */
#define AKA__INDEX_POST_ONLY (UINT64_C(1) << 62)
#define AKA__INDEX_ASK_ONLY (UINT64_C(1) << 63)
#define AKA__INDEX_ROLE (AKA__INDEX_POST_ONLY | AKA__INDEX_ASK_ONLY)
/* A twin key: another spelling of the key written just before it in a
 * record's keys (a name token's rkey with its hard c read as k beside the
 * rkey: costa, kosta). It finds what the other spelling does not (Kosta
 * for Costa) and counts in a candidate's evidence only for a record the
 * key before it did not give: two Costas share one name, not two. No
 * part of the key's identity either. */
#define AKA__INDEX_TWIN (UINT64_C(1) << 61)

/* Record indices must be below this (one value is reserved internally). */
#define AKA__INDEX_MAX_RECORD 0xFFFFFFFEu

typedef struct aka__index aka__index;

/* A key whose block holds at most this many records is specific (a
 * document, a phone, a rare name in one birth year): it counts twice in a
 * candidate's evidence. A weak key (a name's token without a birth year)
 * is specific up to AKA__INDEX_SPECIFIC_WEAK: a token that few records of
 * the whole engine hold is a rare name, and the records that have no
 * birth year, whose only name keys these are, need it to meet a record of
 * their person when they share nothing else (S. Rahman with a phone four
 * other records share, beside Shafiqul Rahman's records). 8 gained half
 * as much on the generators, 30 (the weak cap at the default block size)
 * no more (docs/blocking.md). */
#define AKA__INDEX_SPECIFIC 4u
#define AKA__INDEX_SPECIFIC_WEAK 16u
/* A contact or document key (AKA__INDEX_CONTACT_BIT: an identifier, a
 * document number, an e-mail address, a phone) is specific up to this:
 * a number that a family or a small network shares, a dozen records
 * of three people, points to the few who hold it, while a name in one
 * birth year held by five is five namesakes. Counted once, such a phone
 * alone fell below the evidence a resolution asks for, and S. Rahman,
 * whose name token alone is too common to count, was never compared with
 * the records of Shafiqul Rahman whose number he gave. */
#define AKA__INDEX_SPECIFIC_CONTACT 16u

/* One candidate: a record and its evidence, the query's keys it shares,
 * each specific one counting twice. */
typedef struct aka__cand {
    uint32_t record;
    uint32_t shared;
} aka__cand;

typedef struct aka__index_stats {
    size_t keys;            /* distinct keys with at least one record */
    size_t oversized;       /* of which over max_block */
    size_t largest_block;   /* postings of the largest key */
    size_t postings;        /* total (record, key) postings */
    /* Pairs of records that share an oversized key: the sum over
     * oversized keys of n(n-1)/2. An upper bound of the pairs the cap kept
     * from being compared: a pair sharing two oversized keys is counted
     * twice, and a pair that also shares a usable key is found anyway. */
    uint64_t skipped_pairs;
    size_t memory;          /* bytes held (table and arrays, not malloc's
                               own overhead) */
} aka__index_stats;

/* Scratch space of one querying thread: reused across calls so that a
 * query allocates only when it needs more room than any before it. A
 * zeroed struct is a valid empty scratch. */
typedef struct aka__index_scratch {
    struct aka__scratch_slot *map; /* record -> position in cands */
    size_t map_cap;                /* power of two, or 0 */
    aka__cand *cands;
    size_t cands_cap;
    size_t *use;                   /* the query's usable blocks (slots) */
    size_t use_cap;
    uint32_t stamp;                /* marks the live entries of map */
} aka__index_scratch;

void aka__index_scratch_free(aka__index_scratch *sc);

/* A new empty index; max_block 0 means the default. */
aka_status aka__index_new(uint32_t max_block, aka__index **out);
void aka__index_free(aka__index *ix);

uint32_t aka__index_max_block(const aka__index *ix);
/* The most records a key's block may hold and still give candidates. */
uint32_t aka__index_block_cap(const aka__index *ix, uint64_t key);

/* Post `record` under each of keys[0..n). A key repeated in keys is posted
 * once. The caller adds a record at most once under one key (add, then
 * remove before adding it again). On failure (AKA_ERR_NOMEM;
 * AKA_ERR_LIMIT for a record index over AKA__INDEX_MAX_RECORD) the index
 * is as it was. */
aka_status aka__index_add(aka__index *ix, uint32_t record,
                          const uint64_t *keys, size_t n);

/* Adding a record's keys waits on three misses a key in an index of
 * millions, each found through the one before: the key's slot, its
 * posting array's descriptor, the array's end. A caller adding records
 * one after another asks, before each add, for the memory of the records
 * ahead of it, a step each: with the keys of the record `ahead` records
 * on (1 to AKA__INDEX_AHEAD), this asks for the step that record is due
 * (its slots when AKA__INDEX_AHEAD ahead, and so on), so that each step
 * reads what the one before fetched records earlier. Changes nothing. */
#define AKA__INDEX_AHEAD 6u
void aka__index_prefetch(const aka__index *ix, unsigned ahead, const uint64_t *keys,
                         size_t n);

/* aka__index_gather waits on the same three misses a key, the last the
 * first postings of the block. A caller gathering for records one after
 * another (a bulk resolution) asks, before each gather, with the keys of
 * the record `ahead` records on (1 to AKA__INDEX_GATHER_AHEAD) and the
 * gather's `widen`, for the step that record is due: its slots, then the
 * descriptors of its blocks, then their first postings. Changes nothing. */
#define AKA__INDEX_GATHER_AHEAD 3u
void aka__index_prefetch_gather(const aka__index *ix, unsigned ahead,
                                const uint64_t *keys, size_t n, unsigned widen);

/* Remove `record` from each of keys[0..n) (the keys it was added with).
 * AKA_ERR_NOT_FOUND when some key did not hold the record; the other keys
 * are still cleaned. Never allocates, so it cannot fail otherwise. */
aka_status aka__index_remove(aka__index *ix, uint32_t record,
                             const uint64_t *keys, size_t n);

/* The records sharing at least one usable (not oversized) key with
 * keys[0..n), each once, with its evidence (aka__cand); repeated query
 * keys count once. Order is unspecified. *out_n is the number of
 * candidates; when it exceeds cap, the first cap are written and the call
 * returns AKA_ERR_BUFFER (call again with a larger array). out_skipped, if
 * not NULL, receives the postings of the query's oversized keys that were
 * not read. Cost: the postings of the usable keys. AKA_ERR_NOMEM when the
 * scratch cannot grow. A record that is itself in the index is among its
 * own candidates: the caller drops it. `widen` (1 or more) multiplies the
 * caps for this query: one search can afford blocks that every record of
 * a bulk load cannot. */
aka_status aka__index_candidates(const aka__index *ix, const uint64_t *keys,
                                 size_t n, unsigned widen,
                                 aka__index_scratch *sc,
                                 aka__cand *out, size_t cap, size_t *out_n,
                                 size_t *out_skipped);

/* As aka__index_candidates, leaving the *out_n candidates in
 * sc->cands (valid until the scratch's next query) instead of copying
 * them: a caller that keeps a few of thousands sorts them in place. */
aka_status aka__index_gather(const aka__index *ix, const uint64_t *keys,
                             size_t n, unsigned widen, aka__index_scratch *sc,
                             size_t *out_n, size_t *out_skipped);

/* Postings under one key (0 when absent), oversized or not. */
size_t aka__index_block_size(const aka__index *ix, uint64_t key);

void aka__index_stats_get(const aka__index *ix, aka__index_stats *out);

/* ---- Blocking keys (docs/blocking.md) ---- */

/* The canonical values of one record, as aka__normalize writes them. Each
 * array may be NULL when its count is 0. Names are lower-case ASCII tokens
 * separated by single spaces. Given and family names kept apart by a
 * source are combined into full names (each given name with each family
 * name) so that they meet the same person's full-name records. */
typedef struct aka__block_input {
    const char *const *names;  size_t n_names;   /* AKA_NAME */
    const char *const *given;  size_t n_given;   /* AKA_GIVEN_NAME */
    const char *const *family; size_t n_family;  /* AKA_FAMILY_NAME */
    const char *const *dobs;   size_t n_dobs;    /* YYYY[-MM[-DD]] */
    const char *const *docs;   size_t n_docs;    /* [CC:]NUMBER */
    const char *const *phones; size_t n_phones;  /* [+]digits */
    const char *const *emails; size_t n_emails;
    const char *const *ids;    size_t n_ids;     /* type:value */
    const char *const *nats;   size_t n_nats;    /* ISO alpha-2 */
    const char *const *addrs;  size_t n_addrs;   /* AKA_ADDRESS */
    /* Per value of names, given and family: the script of a name its
     * canonical form reads (AKA__BLOCK_THAI, _ABJAD, _BRAHMIC), else 0;
     * NULL when none is so. */
    const unsigned char *names_script, *given_script, *family_script;
} aka__block_input;

/* Scripts whose names meet their Latin spellings through keys of their
 * own (aka__block_keys): Thai; Arabic or Hebrew letters; the Brahmic
 * scripts of South Asia and Khmer, Lao and Burmese. */
#define AKA__BLOCK_THAI 1
#define AKA__BLOCK_ABJAD 2
#define AKA__BLOCK_BRAHMIC 3

/* A cap that holds every key of all but pathological records. */
#define AKA__BLOCK_KEYS_MAX 256

/* Write the distinct blocking keys of a record to keys (at most cap) and
 * return how many were written. Keys come strongest family first
 * (identifiers, documents, e-mails, phones, names with birth year, name
 * pairs, names alone), so that a record with more keys than cap loses its
 * weakest. */
size_t aka__block_keys(const aka__block_input *in, uint64_t *keys,
                       size_t cap);

#endif
