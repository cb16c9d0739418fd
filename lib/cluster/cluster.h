/* Clustering core of the engine: a constrained union-find over dense record
 * indices 0..n-1 (the engine maps (source, record_id) to indices).
 *
 * Model
 *   - A record carries conflict keys: strong-evidence facts
 *     {kind, group, value}, e.g. kind = document, group = hash of type and
 *     country, value = hash of the number. An entity holds the multiset of
 *     its records' keys.
 *   - Entities A and B CONFLICT when for some (kind, group) both hold a
 *     non-empty set of values and the two sets are disjoint: two entities
 *     that both know a passport number of one country must share one.
 *   - Edges carry match weights. Resolution considers edges strongest first
 *     (ties by (min rec, max rec), so the order is canonical). An edge with
 *     weight >= match merges the two entities unless they conflict or a
 *     cannot-link separates them; review <= weight < match, or a refusal by
 *     conflict, leaves a POSSIBLE MATCH between the entities. Conflicts are
 *     checked between whole entities at every union, so weak chains A-B-C
 *     never join A and C when they conflict.
 *   - A record that matches two records that conflict with each other,
 *     by edges of about the same weight (within AKA__AMBIGUOUS_MARGIN of its
 *     strongest), when its own facts conflict with neither and no analyst
 *     said it is not the same as either, is AMBIGUOUS:
 *     its evidence cannot say which of the two it is (a name-only record
 *     beside two namesakes born years apart), and joining the one whose
 *     edge happens to be a little stronger would be a guess. Resolution
 *     links none of its edges; it stands alone, a possible match of both.
 *     The test reads the record's own edges and its neighbours' own keys
 *     only, so every order of resolution reads it alike.
 *   - Analyst decisions are hard constraints: "same" (must-link) pairs are
 *     merged before any edge, even over conflicts; "not the same"
 *     (cannot-link) pairs never end in one entity, and a must-link that would
 *     join a cannot-linked pair through other must-links is refused (the
 *     cannot-link is the stronger statement: it is never overridden).
 *
 * Entity ids
 *   Every entity has a uint64 id. Adding a record creates a singleton with
 *   the next id of a monotonic counter (ids are never reused). When records
 *   are re-resolved, the old entities they belonged to are dissolved and
 *   rebuilt; every old id is inherited by the new piece holding most of that
 *   old entity's records (ties: the piece holding its smallest record
 *   index), and a piece inheriting several ids keeps the smallest (older)
 *   one. Pieces that inherit nothing get fresh ids, in order of their
 *   smallest record index. So a record joining an entity keeps the entity's
 *   id, a merge keeps the older id, and a split keeps the id on its largest
 *   piece. After resolve_all from all-singleton state, every entity's id is
 *   the smallest creation id of its records: ids depend on the order in
 *   which records were added only.
 *
 * Incremental vs canonical
 *   aka__cluster_resolve re-resolves only the entities of the given
 *   records (plus the edges from them to other entities), so the result can
 *   depend on the order of calls, as any greedy online clustering does.
 *   When a vouching key lets such an edge join entities whose other keys
 *   disagree, the joined entities are rebuilt again together, so that a
 *   weak member of one does not ride into the other on the shared key.
 *   When an entity outside refuses such an edge by a conflict, and some
 *   member of it (the record on the edge or another) is joined to that
 *   record by no path of edges as strong, that entity is rebuilt together
 *   with them too: a record that joined the one entity it matched when it
 *   came moves to a stronger match that came later, as the canonical
 *   order would place it.
 *   aka__cluster_resolve_all rebuilds everything in canonical order: its
 *   partition depends only on the records' keys, the edges, the decisions
 *   and the thresholds.
 *
 * Memory: per record one compact struct (uint32 indices), growable edge and
 * key arrays; entity key multisets live on union-find roots only.
 *
 * Thread safety: a cluster belongs to one thread at a time (the engine
 * serialises writes); the const queries write nothing (they do not compress
 * paths), so they may run concurrently with each other. */
#ifndef AKA_CLUSTER_CLUSTER_H
#define AKA_CLUSTER_CLUSTER_H

#include <stddef.h>
#include <stdint.h>

#include "aka.h"

typedef struct aka__cluster aka__cluster;

/* A key of this kind does not conflict: two entities that share one (the
 * same document or identifier) do not conflict, whatever else differs,
 * since that shared fact is stronger evidence than a mistyped date; only
 * a birth year of a record that does not hold the key, which the other
 * entity holds none near, still does (cluster.c, unvouched_years). */
#define AKA__CONFLICT_VOUCH UINT32_MAX
/* A key of this kind vouches against full dates of birth only: two
 * entities that share one (the same e-mail address) and whose birth years
 * agree (AKA__CONFLICT_YEARS) are not held apart by their days of birth,
 * nor by a year apart with other days; years further apart still conflict
 * (a father and his son of one name share a family's address). Sorted
 * between AKA__CONFLICT_VOUCH_YEAR_DIGIT and AKA__CONFLICT_VOUCH. */
#define AKA__CONFLICT_VOUCH_DAYS (UINT32_MAX - 1)
/* A key of this kind vouches against dates of birth: two entities that
 * share one hold full dates of one day and month whose years differ in
 * one of their last two digits (a year mistyped or misread: 1990-10-04 /
 * 1996-10-04, 1946-12-15 / 1976-12-15), and are not held apart by their
 * birth years or full dates, as one mistyped digit of a date is no other
 * person (the comparator reads them so: compare.c, one slip). The value
 * is the date with that digit left out. Sorted before
 * AKA__CONFLICT_VOUCH_DAYS, after every kind that conflicts
 * (AKA__CONFLICT_VOUCH_LEAST). Since 0.2.0. */
#define AKA__CONFLICT_VOUCH_YEAR_DIGIT (UINT32_MAX - 2)
/* The least vouching kind: keys of smaller kinds conflict. */
#define AKA__CONFLICT_VOUCH_LEAST AKA__CONFLICT_VOUCH_YEAR_DIGIT

/* The group of dates of birth (kind AKA_DATE_OF_BIRTH) whose values are
 * not hashes but days of the year, month * 100 + day (101 to 1231): two
 * entities agree in it when some two of their values are alike, the day
 * and month swapped, or one clerk's slip apart (one of the four digits
 * mistyped, or the two digits of the day or of the month exchanged), as
 * aka__compare_date reads two full dates. One key a date, where keys that
 * agree only when equal would take seven. */
#define AKA__CONFLICT_DAYS UINT64_C(0x64617973)

/* The group of dates of birth (kind AKA_DATE_OF_BIRTH) whose values are
 * birth years, one a date, full or partial: two entities agree in it when
 * they hold birth years at most AKA__CONFLICT_YEARS_APART apart. A record
 * that says only "1995" then no longer links an entity born in 1985 to
 * one born in 1995, while a year guessed from an age still joins. */
#define AKA__CONFLICT_YEARS UINT64_C(0x7965617273)
#define AKA__CONFLICT_YEARS_APART 2u

/* One strong-evidence fact of a record. */
typedef struct aka__conflict_key {
    uint32_t kind;  /* e.g. the aka_feature of the fact */
    uint64_t group; /* sub-kind in which values must agree (type+country) */
    uint64_t value; /* hash of the canonical value */
} aka__conflict_key;

/* How much weaker than a record's strongest match edge another may be,
 * in the weights' bits, and still leave the record unable to tell the
 * two apart (the model's ambiguous records): a quarter of a bit, a
 * likelihood ratio under 1.19. A gender written on one side (0.69) tells
 * them apart; two namesakes' records that say as much as each other do
 * not. */
#define AKA__AMBIGUOUS_MARGIN 0.25f

/* Why two entities are a possible match rather than one entity. */
#define AKA__PM_THRESHOLD 1 /* best edge is below the match threshold */
#define AKA__PM_CONFLICT 2  /* a strong edge was refused: keys conflict */
#define AKA__PM_PENDING 3   /* a strong edge not merged yet: resolve not run
                               since it was linked, or refused by the greedy
                               order (resolve_all settles it) */
#define AKA__PM_AMBIGUOUS 4 /* a strong edge not merged: one of its records
                               matches two records that conflict, as well
                               as each (see the model above) */

typedef struct aka__possible_match {
    uint64_t entity; /* the other entity's id */
    float weight;    /* best edge weight between the two entities */
    uint32_t rec;    /* the record of the queried entity on that edge */
    uint32_t other;  /* the record of the other entity on that edge */
    int cause;       /* AKA__PM_* */
} aka__possible_match;

/* Default thresholds until aka__cluster_set_thresholds is called. */
#define AKA__CLUSTER_DEFAULT_MATCH 10.0f
#define AKA__CLUSTER_DEFAULT_REVIEW 4.0f

/* ---- Lifecycle ------------------------------------------------------- */

/* A new, empty cluster with default thresholds; NULL if out of memory. */
aka__cluster *aka__cluster_new(void);

/* Free everything; NULL is harmless. */
void aka__cluster_free(aka__cluster *c);

/* Set the thresholds: weight >= match merges, review <= weight < match is a
 * possible match. Takes effect at the next resolution (call resolve_all to
 * apply it to everything). AKA_ERR_ARGUMENT if review > match or either is
 * NaN. */
aka_status aka__cluster_set_thresholds(aka__cluster *c, float match,
                                       float review);

/* Write the ids of entities created, changed or retired from now on into
 * log (cluster/changes.h; NULL: nowhere). The log is the caller's. */
struct aka__changelog;
void aka__cluster_set_changelog(aka__cluster *c, struct aka__changelog *log);

/* ---- Records and edges ----------------------------------------------- */

/* Add record `rec` as a new singleton entity with the next id. keys (may be
 * NULL when nkeys == 0) are copied; duplicates are ignored.
 * AKA_ERR_ARGUMENT: rec already present or rec == UINT32_MAX;
 * AKA_ERR_NOMEM (nothing changed). */
aka_status aka__cluster_add_record(aka__cluster *c, uint32_t rec,
                                   const aka__conflict_key *keys,
                                   size_t nkeys);

/* A record's conflict keys in the form a record keeps them (sorted,
 * distinct), built apart from any cluster so that an engine adding many
 * records builds them on its threads and adds under its lock what is
 * ready. A zeroed aka__cluster_keys holds none. */
struct ekey;
typedef struct aka__cluster_keys {
    struct ekey *k;
    uint32_t n;
} aka__cluster_keys;

/* Build *out from keys[0..nkeys) (as aka__cluster_add_record reads them).
 * AKA_ERR_ARGUMENT as there; AKA_ERR_NOMEM. Reads no cluster. */
aka_status aka__cluster_keys_build(const aka__conflict_key *keys, size_t nkeys,
                                   aka__cluster_keys *out);
void aka__cluster_keys_free(aka__cluster_keys *k);

/* aka__cluster_add_record with keys built by aka__cluster_keys_build: on
 * success the record takes them (*k is emptied); on failure *k is left
 * to the caller. */
aka_status aka__cluster_add_record_keys(aka__cluster *c, uint32_t rec,
                                        aka__cluster_keys *k);

/* Add record rec as the new version of record old (the same source and
 * record id, new values), in old's entity, which old then leaves by
 * aka__cluster_remove_record(old): the entity's id follows the record as
 * it follows any member (a corrected record that stays alone keeps its
 * entity's id, where a removal and an add would give it a new one), and
 * the change log sees no change unless the record then moves, and the
 * analysts' decisions on old become rec's when old is removed (not
 * before: should the engine take rec out again, old keeps them). The
 * removal rebuilds the entity from its edges, so where rec ends depends
 * on its evidence only; `hold` says rec has no edges yet (bulk loading
 * links them at its end), and keeps it in the entity's largest piece
 * until they come. Out of memory for the entity's keys, rec is added
 * as aka__cluster_add_record_keys adds it. AKA_ERR_ARGUMENT (old absent,
 * rec present), AKA_ERR_NOMEM (nothing changed). */
aka_status aka__cluster_add_version(aka__cluster *c, uint32_t old, uint32_t rec,
                                    aka__cluster_keys *k, int hold);

/* aka__cluster_add_version in two steps, for a caller that has more to do
 * between them that may fail: put rec in alone, without an id (taken out
 * again by aka__cluster_remove_record, which then needs no memory), then
 * join it to old's entity, which cannot fail (out of memory for the
 * entity's keys, rec stays alone with an id of its own). */
aka_status aka__cluster_put_version(aka__cluster *c, uint32_t old, uint32_t rec,
                                    aka__cluster_keys *k);
void aka__cluster_join_version(aka__cluster *c, uint32_t old, uint32_t rec, int hold);

/* Grow the cluster's working memory so that a later resolution of the
 * entities of recs[0..n) (aka__cluster_resolve, aka__cluster_remove_record
 * of one of their records, a decision between two of them) needs no more:
 * a caller that must not fail once it has changed something reserves
 * first. The entities their edges reach are counted in, as a rebuild
 * may join them; one more record is (a new one about to join them).
 * times: how many such resolutions follow one another. AKA_ERR_NOMEM
 * (nothing changed but the reserves). A rebuild whose merged keys
 * outgrow the reserve may still run out of memory, leaving entities
 * apart. */
aka_status aka__cluster_reserve_for(aka__cluster *c, const uint32_t *recs,
                                    size_t n, unsigned times);

/* Whether rec is present (1) or not (0). */
int aka__cluster_has_record(const aka__cluster *c, uint32_t rec);

/* Number of records present. */
size_t aka__cluster_record_count(const aka__cluster *c);

/* Remove rec with its edges and decisions, then re-resolve only its former
 * entity's other records (from their remaining edges, and edges from them to
 * other entities), with the entities of the records that could not choose
 * between rec and another (ambiguous, see the model above): with rec gone,
 * they may. The largest resulting piece keeps the old id (ties: the
 * piece with the smallest record index); other pieces get new ids; records
 * of other entities keep theirs unless a piece merges into them.
 * AKA_ERR_NOT_FOUND if rec is absent; AKA_ERR_NOMEM (nothing changed). */
aka_status aka__cluster_remove_record(aka__cluster *c, uint32_t rec);

/* Take back a record alone in its entity that no resolution has seen
 * since it came (an add that failed on the way): it leaves with its
 * edges and decisions, and nothing is rebuilt. Needs no memory but the
 * change log's room for its id (reserved when it was put in).
 * AKA_ERR_NOT_FOUND if absent; AKA_ERR_ARGUMENT if it is not alone. */
aka_status aka__cluster_take_back(aka__cluster *c, uint32_t rec);

/* Record a candidate-pair edge between two present records (stored on both
 * records' adjacency); linking an existing pair replaces its weight. Does
 * not resolve: call aka__cluster_resolve afterwards.
 * AKA_ERR_ARGUMENT: a == b or weight NaN; AKA_ERR_NOT_FOUND: a record is
 * absent; AKA_ERR_NOMEM. */
aka_status aka__cluster_link(aka__cluster *c, uint32_t rec_a, uint32_t rec_b,
                             float weight);

/* Drop every edge (decisions and entities stay), before the edges are
 * scored again with a new model; resolve_all afterwards. The records keep
 * the room their edges took (aka__cluster_edge_room). */
void aka__cluster_clear_edges(aka__cluster *c);

/* Room for `want` edges in all on rec, so that linking that many needs
 * no memory: a caller that links many edges and then resolves reserves
 * both first (with aka__cluster_reserve_all), and changes nothing when
 * either fails. AKA_ERR_NOT_FOUND, AKA_ERR_NOMEM (nothing changed). */
aka_status aka__cluster_edge_room(aka__cluster *c, uint32_t rec, uint32_t want);

/* What aka__cluster_resolve_all needs once `more_edges` edge ends are
 * linked beside those the records hold (an upper bound is enough),
 * reserved now. AKA_ERR_NOMEM. */
aka_status aka__cluster_reserve_all(aka__cluster *c, size_t more_edges);

/* Number of edges stored on rec (0 if absent). */
size_t aka__cluster_degree(const aka__cluster *c, uint32_t rec);

/* Whether rec_a and rec_b are linked by an edge (1, its weight in *out)
 * or not (0: also when a record is absent). */
int aka__cluster_edge_weight(const aka__cluster *c, uint32_t rec_a, uint32_t rec_b,
                             float *out);

/* ---- Resolution ------------------------------------------------------ */

/* Re-resolve the entities of recs[0..n): dissolve them and rebuild from
 * must-links, then from every edge incident to their records (strongest
 * first), which may also merge them into other entities. Absent records
 * are skipped. AKA_ERR_NOMEM: either nothing changed, or some unions could
 * not be made (the partition stays consistent, resolve again later). */
aka_status aka__cluster_resolve(aka__cluster *c, const uint32_t *recs,
                                size_t n);

/* Rebuild every entity from scratch in canonical order (see "Incremental vs
 * canonical" above). AKA_ERR_NOMEM as for aka__cluster_resolve. */
aka_status aka__cluster_resolve_all(aka__cluster *c);

/* Analyst decision on two present records: same != 0 adds a must-link, 0 a
 * cannot-link; a later decision on the pair replaces the earlier one. Both
 * records' entities are re-resolved at once (a cannot-link inside one entity
 * splits it). AKA_ERR_ARGUMENT: a == b; AKA_ERR_NOT_FOUND; AKA_ERR_NOMEM. */
aka_status aka__cluster_decide(aka__cluster *c, uint32_t rec_a,
                               uint32_t rec_b, int same);

/* Remove the analyst decision on the pair, if any, and re-resolve both
 * entities. AKA_ERR_NOT_FOUND if a record is absent. */
aka_status aka__cluster_undecide(aka__cluster *c, uint32_t rec_a,
                                 uint32_t rec_b);

/* The decision on the pair: 1 same, 0 not the same, -1 none or absent. */
int aka__cluster_decision(const aka__cluster *c, uint32_t rec_a,
                          uint32_t rec_b);

/* The k-th of rec's decisions, in no set order: 1 same, 0 not the same,
 * with the other record in *other; -1 when rec is absent or has k or
 * fewer. */
int aka__cluster_decision_at(const aka__cluster *c, uint32_t rec, uint32_t k,
                             uint32_t *other);

/* Whether deciding `same` (1, or 0 for not the same) on records a and b
 * contradicts the decisions in force on other pairs: "the same" between
 * two records that "not the same" keeps apart (one of a's "same" group
 * against one of b's), or "not the same" between records that "the same"
 * joins through others. An unsatisfiable set of decisions would leave one
 * of them unhonoured without a word (the clustering gives way to "not the
 * same"), so the engine refuses such a decision. *bad: 1 when it does.
 * The decision on a and b itself, which the new one replaces, is left
 * out. AKA_ERR_NOMEM when memory runs out (contradiction.c). */
aka_status aka__cluster_contradicts(const aka__cluster *c, uint32_t a, uint32_t b, int same,
                                    int *bad);

/* ---- Queries --------------------------------------------------------- */

/* Entity id of rec, 0 if absent (ids start at 1). */
uint64_t aka__cluster_entity_of(const aka__cluster *c, uint32_t rec);

/* A record of the entity with this id (AKA_ERR_NOT_FOUND if no such live
 * entity), to reach its records from an id. */
aka_status aka__cluster_entity_record(const aka__cluster *c, uint64_t entity,
                                      uint32_t *out_rec);

/* Number of records in rec's entity (0 if absent). */
size_t aka__cluster_entity_size(const aka__cluster *c, uint32_t rec);

/* Records of rec's entity in ascending order into out[0..cap); *out_n gets
 * the entity's size always. AKA_ERR_BUFFER if cap < size (out untouched);
 * out may be NULL with cap == 0 to ask the size; AKA_ERR_NOT_FOUND. */
aka_status aka__cluster_entity_records(const aka__cluster *c, uint32_t rec,
                                       uint32_t *out, size_t cap,
                                       size_t *out_n);

/* Number of live entities. */
size_t aka__cluster_entity_count(const aka__cluster *c);

/* The entity ids greater than `after`: the least min(cap, *total) of them
 * into out[0..), ascending, and how many there are into *total. Reads
 * only (queries run it under the shared lock) and allocates nothing. */
void aka__cluster_entities_after(const aka__cluster *c, uint64_t after,
                                 uint64_t *out, size_t cap, size_t *total);

/* The id the next entity will get: every id below it has been given (and
 * ids are never reused). */
uint64_t aka__cluster_next_id(const aka__cluster *c);

/* Possible matches of rec's entity: one per other entity joined to it by an
 * edge with weight >= review that is not separated by a cannot-link,
 * strongest first (ties by entity id), with the best edge and its cause.
 * Same buffer convention as aka__cluster_entity_records. */
aka_status aka__cluster_possible_matches(const aka__cluster *c, uint32_t rec,
                                         aka__possible_match *out,
                                         size_t cap, size_t *out_n);

/* Whether the entities of rec_a and rec_b conflict now (1) or not (0: also
 * when they are one entity or a record is absent). When they conflict and
 * out_key is not NULL, it receives the first conflicting (kind, group)
 * (value 0), for explanations. */
int aka__cluster_conflict(const aka__cluster *c, uint32_t rec_a, uint32_t rec_b,
                          aka__conflict_key *out_key);

/* Whether a merge between the entities of rec_a and rec_b was refused by a
 * conflict: they are distinct, joined by an edge >= match, and conflict. */
int aka__cluster_refused_by_conflict(const aka__cluster *c, uint32_t rec_a,
                                     uint32_t rec_b);

/* Whether rec matches two records that conflict with each other, neither
 * by its own facts, by edges of about the same weight: resolution links
 * it to neither (the model above). Read from its edges now. */
int aka__cluster_ambiguous(const aka__cluster *c, uint32_t rec);

/* ---- Export and import (cluster_io.c, for engine snapshots) ---------- */

struct aka__wr;

/* Write the state of records 0..nrec) (docs/file-format.md, section
 * "cluster"): entity ids, membership, keys, edges and decisions, enough to
 * continue exactly where it was. Changes nothing (no path compression),
 * so it may run under a shared lock. */
void aka__cluster_export(const aka__cluster *c, uint32_t nrec,
                         struct aka__wr *w);

/* Read a cluster written by aka__cluster_export for records 0..nrec) whose
 * presence must equal live[0..nrec). Everything is checked before anything
 * is built (ids, ranges, parent links, order); 0 on success with *out a new
 * cluster with the given thresholds, -1 when the bytes are not a valid
 * cluster (*why gets the reason), -2 when memory ran out. */
int aka__cluster_import(const unsigned char *p, size_t n, uint32_t nrec,
                        const uint8_t *live, float match, float review,
                        aka__cluster **out, const char **why);

#endif
