/* The entity change log: the ids of entities whose records changed, in
 * the order the changes happened, the last `limit` of them kept.
 *
 * A case-management system keeps its own map from entities to cases. An
 * add can merge two entities it knows, a removal or a decision can split
 * one, a bulk load or an estimate can rebuild them all; without a log it
 * could only find out by reading every entity again. The clustering
 * writes an id here whenever an entity is created, gains or loses a
 * record, or ceases to exist (merged into another, emptied); the host
 * asks which ids changed since a position it was given
 * (aka_engine_changes) and reads only those entities again.
 *
 * Positions count entries since the log was made. Not thread-safe: the
 * engine writes it under its exclusive lock and reads it under the
 * shared one. */
#ifndef AKA_CLUSTER_CHANGES_H
#define AKA_CLUSTER_CHANGES_H

#include <stddef.h>
#include <stdint.h>

#include "aka.h"

/* Positions are counted in 40 bits, so that a host's cursor can carry
 * the log's round beside them (aka_engine_changes); the count starts
 * again at 0, in the next round, after this many entries (at a million
 * changes a second, after twelve days). */
#define AKA__CHANGELOG_SEQ_END (UINT64_C(1) << 40)

/* The most entries an engine's option `change_log` may keep. */
#define AKA__CHANGE_LOG_MAX ((size_t)100000000)
#define AKA__CHANGE_LOG_DEFAULT ((size_t)65536)

typedef struct aka__changelog {
    uint64_t *ids;      /* entry s at ids[s % limit] (the array grows to limit) */
    size_t alloc;       /* entries the array has room for */
    size_t limit;       /* entries kept */
    uint64_t seq;       /* entries ever written */
    uint64_t kept_from; /* no entry before this one can be given: the
                           array could not grow */
    uint32_t round;     /* times the count started again at 0 */
} aka__changelog;

void aka__changelog_init(aka__changelog *l, size_t limit);
void aka__changelog_free(aka__changelog *l);

/* Write one entity id (0 is no entity and is not written). Out of memory
 * the id is not kept, and the log says so: every position before this
 * entry is then answered AKA_ERR_LIMIT, never with a list that lacks it. */
void aka__changelog_put(aka__changelog *l, uint64_t id);

/* Room for `more` entries written next without growing the array (it
 * grows as entries come, up to `limit`): a caller that must not lose an
 * entry once it has changed something reserves first. 0, or -1 when
 * memory ran out (nothing changed). */
int aka__changelog_reserve(aka__changelog *l, size_t more);

/* The first position the log can still answer from. */
uint64_t aka__changelog_oldest(const aka__changelog *l);

/* The distinct ids written from position `since` on, ascending, into
 * out[0..cap); *out_n gets their number. AKA_OK; AKA_ERR_BUFFER when
 * there are more than cap (*out_n says how many); AKA_ERR_LIMIT when
 * entries from `since` on are no longer kept; AKA_ERR_ARGUMENT when
 * `since` is past the last entry; AKA_ERR_NOMEM. */
aka_status aka__changelog_since(const aka__changelog *l, uint64_t since,
                                uint64_t *out, size_t cap, size_t *out_n);

#endif
