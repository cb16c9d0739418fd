/* How many records hold each name token, and each whole name, so that an exact match on a rare
 * name counts for more than one on "ivanov" (term-frequency adjustment). */
#ifndef AKA_ENGINE_TOKFREQ_H
#define AKA_ENGINE_TOKFREQ_H

#include <stddef.h>
#include <stdint.h>

typedef struct aka__tokfreq {
    uint64_t *key;   /* token hash, 0 = empty */
    uint32_t *count;
    size_t cap, used;
    uint64_t records; /* records that hold a name */
    /* Changes with every update, to a value no table in the process has
     * had before (0: never updated): a memo of shares or counts taken at
     * one generation holds while the generation is the same. */
    uint64_t gen;
} aka__tokfreq;

void aka__tokfreq_free(aka__tokfreq *t);

/* Add (delta = +1) or remove (delta = -1) the tokens of one normalised
 * name. Returns -1 when memory ran out (nothing changed); a removal, and
 * an add with room reserved (aka__tokfreq_reserve), cannot fail. */
int aka__tokfreq_update(aka__tokfreq *t, const char *name, size_t len,
                        int delta);

/* Room for `room` more slots (the sum of the names' rooms that
 * aka__tokfreq_hashes gives) before counting them: 0, or -1 when memory
 * ran out (nothing changed). */
int aka__tokfreq_reserve(aka__tokfreq *t, size_t room);

/* The hashes aka__tokfreq_update counts for one name, in its order (each
 * token's, then the whole name's), into h[0..cap); returns how many there
 * are (more than cap: call again with room for them), and sets *room to
 * the slots it makes sure of first. They read no table: an engine
 * computes them before it takes its lock. */
size_t aka__tokfreq_hashes(const char *name, size_t len, uint64_t *h,
                           size_t cap, size_t *room);

/* Ask for the slots of hashes h[0..n) to be fetched (before an
 * aka__tokfreq_update_hashed of them); changes nothing. */
void aka__tokfreq_prefetch(const aka__tokfreq *t, const uint64_t *h, size_t n);

/* aka__tokfreq_update with the name's hashes h[0..n) and room from
 * aka__tokfreq_hashes: the same result. */
int aka__tokfreq_update_hashed(aka__tokfreq *t, const uint64_t *h, size_t n,
                               size_t room, int delta);

/* Chance that another record's name holds all the tokens of this one,
 * tokens taken as independent: the product of their shares, smoothed,
 * not counting `exclude` records (the two being compared). */
double aka__tokfreq_share(const aka__tokfreq *t, const char *name, size_t len,
                          unsigned exclude);

/* How many records hold the token tok[0..len) in a name. */
uint32_t aka__tokfreq_token_count(const aka__tokfreq *t, const char *tok, size_t len);

/* How many records hold this whole name (its tokens in any order). */
uint32_t aka__tokfreq_name_count(const aka__tokfreq *t, const char *name,
                                 size_t len);

#endif
