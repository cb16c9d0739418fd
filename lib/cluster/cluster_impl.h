/* The cluster's private layout, shared by cluster.c (the algorithm) and
 * cluster_io.c (export and import for snapshots). Nothing outside
 * lib/cluster/ includes it. */
#ifndef AKA_CLUSTER_CLUSTER_IMPL_H
#define AKA_CLUSTER_CLUSTER_IMPL_H

#include "cluster/changes.h"
#include "cluster/cluster.h"
#include "core/slab.h"

typedef struct ekey {
    uint64_t group;
    uint64_t value;
    uint32_t kind;
    uint32_t count; /* how many records of the entity hold this key */
} ekey;

typedef struct cedge {
    uint32_t other;
    float w;
} cedge;

typedef struct cdec {
    uint32_t other;
    uint32_t same;
} cdec;

typedef struct crec {
    ekey *keys;   /* own keys, sorted, distinct, count 1 */
    ekey *ek;     /* root of a multi-record entity: merged multiset */
    cedge *edges; /* adjacency, unordered; room for cap_edges */
    cdec *decs;   /* analyst decisions, unordered; room for cap_decs */
    uint64_t eid; /* root only; 0 while being rebuilt */
    uint32_t parent, next, size;
    uint32_t nkeys, nek, nedges, ndecs;
    uint32_t cap_edges, cap_decs;
    uint32_t ncannot; /* root: cannot-link endpoints among members */
    uint32_t stamp;   /* scratch marks, see next_stamp() */
    uint8_t present;
    /* set by a rebuild for its records: the record matches two records
     * that conflict and cannot tell which (see ambiguous()) */
    uint8_t ambiguous;
} crec;

typedef struct idslot {
    uint64_t id; /* 0 = empty */
    uint32_t rec;
} idslot;

struct aka__cluster {
    crec *r;
    uint32_t nr;  /* array length (max index + 1) */
    size_t live;  /* records present */
    uint64_t next_id;
    float match, review;
    uint32_t stamp;
    /* entity id -> a record of it; open addressing with linear probing,
     * sized at add time so insertions during a rebuild never allocate. */
    idslot *map;
    size_t mapcap, mapn;
    /* every record's keys, merged keys, edges and decisions (the arrays
     * the clustering walks at random: core/slab.h); sizes exact, as the
     * slab needs them to free */
    aka__slab slab;
    /* where entity changes are written (the engine's), or NULL */
    aka__changelog *log;
    /* the record aka__cluster_add_version last put in a record's place
     * (NONE: none), until that record is removed */
    uint32_t succ_old, succ_new;
    int succ_hold; /* its edges are not linked yet (bulk loading) */
    /* gather's and rebuild's arrays, kept from call to call and grown
     * ahead by aka__cluster_reserve_for, so that a change can be refused
     * for want of memory before anything is changed */
    uint32_t *gs;       /* the records gathered */
    void *we, *ow, *tmp; /* edges, owners, the sorts' scratch */
    size_t gs_bytes, we_bytes, ow_bytes, tmp_bytes;
};

/* The entity id map of cluster.c: reserve room for `want` ids, and put one
 * (room must have been reserved). */
int aka__cluster_map_reserve(aka__cluster *c, size_t want);
void aka__cluster_map_put(aka__cluster *c, uint64_t id, uint32_t rec);

/* Room for `want` items of `elem` bytes in the array *p of c's slab, which
 * has room for *cap: the next power of two from 4 when it must grow.
 * 0, or -1 with nothing changed when memory ran out. */
int aka__cluster_reserve(aka__cluster *c, void **p, uint32_t *cap,
                         uint32_t want, size_t elem);

#endif
