/* Constrained union-find over records; see cluster.h for the model.
 *
 * Layout: one crec per record index. Union-find fields (parent, size), a
 * circular member list (next) so that an entity's records are reachable
 * from its root in O(size), and, on roots only, the entity id and the
 * entity's key multiset. A singleton's multiset is its own key array, so
 * dissolving an entity never allocates; unions allocate the merged set.
 *
 * Re-resolution ("rebuild") always works on whole entities: their records
 * are dissolved into singletons and re-joined from must-links and edges
 * strongest first; ids are then handed back by the inheritance rule of
 * cluster.h. Possible matches are not stored: they are derived at query
 * time from the edges, so they can never go stale. */
#include "cluster/cluster.h"
#include "cluster/cluster_impl.h"
#include "core/msort.h"
#include "core/zalloc.h"
#include "match/compare.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NONE UINT32_MAX

/* ---- Small helpers --------------------------------------------------- */

int aka__cluster_reserve(aka__cluster *c, void **p, uint32_t *cap,
                         uint32_t want, size_t elem)
{
    /* (doubling from 4, so that n links cost O(n) copying) */
    if (want <= *cap)
        return 0;
    if (want > UINT32_MAX / 2)
        return -1;
    uint32_t room = 4;
    while (room < want)
        room *= 2;
    void *q = aka__slab_resize(&c->slab, *p, (size_t)*cap * elem, (size_t)room * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = room;
    return 0;
}

static int key_cmp3(uint32_t ka, uint64_t ga, uint64_t va, uint32_t kb,
                    uint64_t gb, uint64_t vb)
{
    if (ka != kb)
        return ka < kb ? -1 : 1;
    if (ga != gb)
        return ga < gb ? -1 : 1;
    if (va != vb)
        return va < vb ? -1 : 1;
    return 0;
}

static int ekey_qcmp(const void *a, const void *b)
{
    const ekey *x = a, *y = b;
    return key_cmp3(x->kind, x->group, x->value, y->kind, y->group, y->value);
}

static int u32_qcmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static uint32_t next_stamp(aka__cluster *c)
{
    if (++c->stamp == 0) { /* wrapped: clear old marks once */
        for (uint32_t i = 0; i < c->nr; i++)
            c->r[i].stamp = 0;
        c->stamp = 1;
    }
    return c->stamp;
}

/* The root without compressing the path, for queries: they run in parallel
 * under the engine's shared lock, so they must not write. Union by size
 * keeps trees O(log n) deep. */
static uint32_t root_of(const aka__cluster *c, uint32_t x)
{
    while (c->r[x].parent != x)
        x = c->r[x].parent;
    return x;
}

static uint32_t find(aka__cluster *c, uint32_t x)
{
    uint32_t root = root_of(c, x);
    while (c->r[x].parent != root) {
        uint32_t up = c->r[x].parent;
        c->r[x].parent = root;
        x = up;
    }
    return root;
}

static int present(const aka__cluster *c, uint32_t rec)
{
    return rec < c->nr && c->r[rec].present;
}

static const ekey *ekeys_of(const crec *root, uint32_t *n)
{
    if (root->ek) {
        *n = root->nek;
        return root->ek;
    }
    *n = root->nkeys;
    return root->keys;
}

/* ---- Entity id map --------------------------------------------------- */

static size_t id_home(const aka__cluster *c, uint64_t id)
{
    uint64_t h = id * 0x9E3779B97F4A7C15u;
    return (size_t)(h ^ (h >> 29)) & (c->mapcap - 1);
}

static int map_reserve(aka__cluster *c, size_t want)
{
    if (want * 4 < c->mapcap * 3)
        return 0;
    size_t cap = c->mapcap ? c->mapcap * 2 : 64;
    while (want * 4 >= cap * 3)
        cap *= 2;
    idslot *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    aka__huge_hint(s, cap * sizeof *s); /* probed at random */
    idslot *old = c->map;
    size_t oldcap = c->mapcap;
    c->map = s;
    c->mapcap = cap;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].id)
            continue;
        size_t j = id_home(c, old[i].id);
        while (s[j].id)
            j = (j + 1) & (cap - 1);
        s[j] = old[i];
    }
    free(old);
    return 0;
}

static size_t map_slot(const aka__cluster *c, uint64_t id)
{
    if (!c->mapcap)
        return SIZE_MAX;
    size_t i = id_home(c, id);
    while (c->map[i].id) {
        if (c->map[i].id == id)
            return i;
        i = (i + 1) & (c->mapcap - 1);
    }
    return SIZE_MAX;
}

/* Never grows: add_record reserved room for one id per record. */
static void map_put(aka__cluster *c, uint64_t id, uint32_t rec)
{
    size_t i = id_home(c, id);
    while (c->map[i].id && c->map[i].id != id)
        i = (i + 1) & (c->mapcap - 1);
    if (!c->map[i].id)
        c->mapn++;
    c->map[i].id = id;
    c->map[i].rec = rec;
}

/* Deletion by backward shift keeps probe chains intact without tombstones. */
static void map_del(aka__cluster *c, uint64_t id)
{
    size_t i = map_slot(c, id);
    if (i == SIZE_MAX)
        return;
    size_t mask = c->mapcap - 1, j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (!c->map[j].id)
            break;
        size_t k = id_home(c, c->map[j].id);
        /* Move j back to i unless its home lies cyclically in (i, j]. */
        int stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (!stays) {
            c->map[i] = c->map[j];
            i = j;
        }
    }
    c->map[i].id = 0;
    c->mapn--;
}

int aka__cluster_map_reserve(aka__cluster *c, size_t want)
{
    return map_reserve(c, want);
}

void aka__cluster_map_put(aka__cluster *c, uint64_t id, uint32_t rec)
{
    map_put(c, id, rec);
}

/* ---- Lifecycle ------------------------------------------------------- */

aka__cluster *aka__cluster_new(void)
{
    aka__cluster *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->next_id = 1;
    c->succ_old = c->succ_new = NONE;
    c->match = AKA__CLUSTER_DEFAULT_MATCH;
    c->review = AKA__CLUSTER_DEFAULT_REVIEW;
    return c;
}

static void rec_release(aka__cluster *c, crec *r)
{
    aka__slab_free(&c->slab, r->keys, (size_t)r->nkeys * sizeof *r->keys);
    aka__slab_free(&c->slab, r->ek, (size_t)r->nek * sizeof *r->ek);
    aka__slab_free(&c->slab, r->edges, (size_t)r->cap_edges * sizeof *r->edges);
    aka__slab_free(&c->slab, r->decs, (size_t)r->cap_decs * sizeof *r->decs);
    memset(r, 0, sizeof *r);
}

void aka__cluster_free(aka__cluster *c)
{
    if (!c)
        return;
    for (uint32_t i = 0; i < c->nr; i++)
        rec_release(c, &c->r[i]);
    aka__slab_destroy(&c->slab);
    free(c->r);
    free(c->map);
    free(c->gs);
    free(c->we);
    free(c->ow);
    free(c->tmp);
    free(c);
}

void aka__cluster_set_changelog(aka__cluster *c, aka__changelog *log)
{
    c->log = log;
}

static void log_change(aka__cluster *c, uint64_t id)
{
    if (c->log)
        aka__changelog_put(c->log, id);
}

aka_status aka__cluster_set_thresholds(aka__cluster *c, float match,
                                       float review)
{
    if (!c || isnan(match) || isnan(review) || review > match)
        return AKA_ERR_ARGUMENT;
    c->match = match;
    c->review = review;
    return AKA_OK;
}

/* ---- Records and edges ----------------------------------------------- */

aka_status aka__cluster_keys_build(const aka__conflict_key *keys, size_t nkeys,
                                   aka__cluster_keys *out)
{
    out->k = NULL;
    out->n = 0;
    if ((nkeys && !keys) || nkeys > UINT32_MAX / 2)
        return AKA_ERR_ARGUMENT;
    if (!nkeys)
        return AKA_OK;
    ekey *k = malloc(nkeys * sizeof *k);
    if (!k)
        return AKA_ERR_NOMEM;
    for (size_t i = 0; i < nkeys; i++)
        k[i] = (ekey){keys[i].group, keys[i].value, keys[i].kind, 1};
    /* A record has a few keys: insertion sort costs less than qsort's
     * calls through a pointer (keys that compare equal are equal, so any
     * sort gives the same array). */
    if (nkeys <= 16) {
        for (size_t i = 1; i < nkeys; i++)
            for (size_t j = i; j > 0 && ekey_qcmp(&k[j - 1], &k[j]) > 0; j--) {
                ekey x = k[j];
                k[j] = k[j - 1];
                k[j - 1] = x;
            }
    } else {
        qsort(k, nkeys, sizeof *k, ekey_qcmp);
    }
    uint32_t nk = 0;
    for (size_t i = 0; i < nkeys; i++)
        if (nk == 0 || ekey_qcmp(&k[nk - 1], &k[i]) != 0)
            k[nk++] = k[i];
    out->k = k;
    out->n = nk;
    return AKA_OK;
}

void aka__cluster_keys_free(aka__cluster_keys *k)
{
    free(k->k);
    k->k = NULL;
    k->n = 0;
}

aka_status aka__cluster_add_record(aka__cluster *c, uint32_t rec,
                                   const aka__conflict_key *keys,
                                   size_t nkeys)
{
    if (!c || rec == NONE || (nkeys && !keys) || nkeys > UINT32_MAX / 2)
        return AKA_ERR_ARGUMENT;
    if (present(c, rec))
        return AKA_ERR_ARGUMENT;
    aka__cluster_keys k;
    aka_status st = aka__cluster_keys_build(keys, nkeys, &k);
    if (st == AKA_OK)
        st = aka__cluster_add_record_keys(c, rec, &k);
    aka__cluster_keys_free(&k);
    return st;
}

static int unite(aka__cluster *c, uint32_t ra, uint32_t rb);

/* A record alone gets the next id (written to the change log). */
static void give_id(aka__cluster *c, uint32_t rec)
{
    crec *r = &c->r[rec];
    r->eid = c->next_id++;
    map_put(c, r->eid, rec);
    log_change(c, r->eid);
}

/* Put record rec in the cluster alone, with its keys; with an id of its
 * own (written to the change log) when `id`, else none yet. */
static aka_status put_record(aka__cluster *c, uint32_t rec, aka__cluster_keys *k,
                             int id)
{
    if (!c || rec == NONE || !k)
        return AKA_ERR_ARGUMENT;
    if (present(c, rec))
        return AKA_ERR_ARGUMENT;
    /* (the log's room for the id given, and for its going should the
     * caller take the record back: aka__cluster_remove_record) */
    if (map_reserve(c, c->live + 1) != 0 ||
        (id && c->log && aka__changelog_reserve(c->log, 2) != 0))
        return AKA_ERR_NOMEM;
    if (rec >= c->nr) {
        size_t n = (size_t)c->nr * 2;
        if (n <= rec)
            n = (size_t)rec + 1;
        if (n < 16)
            n = 16;
        if (n > NONE)
            n = NONE;
        crec *nr = realloc(c->r, n * sizeof *nr);
        if (!nr)
            return AKA_ERR_NOMEM;
        /* (the part not yet written: records are read at random) */
        aka__huge_hint(nr + c->nr, (n - c->nr) * sizeof *nr);
        memset(nr + c->nr, 0, (n - c->nr) * sizeof *nr);
        for (size_t i = c->nr; i < n; i++)
            nr[i].parent = nr[i].next = (uint32_t)i;
        c->r = nr;
        c->nr = (uint32_t)n;
    }
    /* into the slab (the caller's array may come from another thread) */
    ekey *own = NULL;
    if (k->n) {
        own = aka__slab_alloc(&c->slab, (size_t)k->n * sizeof *own);
        if (!own)
            return AKA_ERR_NOMEM;
        memcpy(own, k->k, (size_t)k->n * sizeof *own);
    }
    crec *r = &c->r[rec];
    memset(r, 0, sizeof *r);
    r->keys = own;
    r->nkeys = k->n;
    aka__cluster_keys_free(k);
    r->parent = r->next = rec;
    r->size = 1;
    r->present = 1;
    c->live++;
    if (id)
        give_id(c, rec);
    return AKA_OK;
}

aka_status aka__cluster_add_record_keys(aka__cluster *c, uint32_t rec,
                                        aka__cluster_keys *k)
{
    return put_record(c, rec, k, 1);
}

aka_status aka__cluster_put_version(aka__cluster *c, uint32_t old, uint32_t rec,
                                    aka__cluster_keys *k)
{
    if (!c || !present(c, old))
        return AKA_ERR_ARGUMENT;
    return put_record(c, rec, k, 0);
}

void aka__cluster_join_version(aka__cluster *c, uint32_t old, uint32_t rec, int hold)
{
    if (unite(c, find(c, old), rec) != 0) {
        give_id(c, rec);
        return;
    }
    c->succ_old = old;
    c->succ_new = rec;
    c->succ_hold = hold;
}

aka_status aka__cluster_add_version(aka__cluster *c, uint32_t old, uint32_t rec,
                                    aka__cluster_keys *k, int hold)
{
    aka_status st = aka__cluster_put_version(c, old, rec, k);
    if (st == AKA_OK)
        aka__cluster_join_version(c, old, rec, hold);
    return st;
}

int aka__cluster_has_record(const aka__cluster *c, uint32_t rec)
{
    return c && present(c, rec);
}

size_t aka__cluster_record_count(const aka__cluster *c)
{
    return c ? c->live : 0;
}

static cedge *edge_find(crec *r, uint32_t other)
{
    for (uint32_t i = 0; i < r->nedges; i++)
        if (r->edges[i].other == other)
            return &r->edges[i];
    return NULL;
}

int aka__cluster_edge_weight(const aka__cluster *c, uint32_t a, uint32_t b, float *out)
{
    if (!c || !present(c, a) || !present(c, b))
        return 0;
    /* both ends hold the edge: look on the end with fewer */
    if (c->r[a].nedges > c->r[b].nedges) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    const crec *r = &c->r[a];
    for (uint32_t i = 0; i < r->nedges; i++)
        if (r->edges[i].other == b) {
            if (out)
                *out = r->edges[i].w;
            return 1;
        }
    return 0;
}

static void edge_drop(crec *r, uint32_t other)
{
    for (uint32_t i = 0; i < r->nedges; i++)
        if (r->edges[i].other == other) {
            r->edges[i] = r->edges[--r->nedges];
            return;
        }
}

static cdec *dec_find(crec *r, uint32_t other)
{
    for (uint32_t i = 0; i < r->ndecs; i++)
        if (r->decs[i].other == other)
            return &r->decs[i];
    return NULL;
}

static void dec_drop(crec *r, uint32_t other)
{
    for (uint32_t i = 0; i < r->ndecs; i++)
        if (r->decs[i].other == other) {
            r->decs[i] = r->decs[--r->ndecs];
            return;
        }
}

aka_status aka__cluster_link(aka__cluster *c, uint32_t a, uint32_t b,
                             float weight)
{
    if (!c || a == b || isnan(weight))
        return AKA_ERR_ARGUMENT;
    if (!present(c, a) || !present(c, b))
        return AKA_ERR_NOT_FOUND;
    crec *ra = &c->r[a], *rb = &c->r[b];
    cedge *ea = edge_find(ra, b);
    if (ea) {
        ea->w = weight;
        edge_find(rb, a)->w = weight;
        return AKA_OK;
    }
    /* Grow both before writing either, so failure changes nothing. */
    if (aka__cluster_reserve(c, (void **)&ra->edges, &ra->cap_edges, ra->nedges + 1,
                             sizeof(cedge)) != 0 ||
        aka__cluster_reserve(c, (void **)&rb->edges, &rb->cap_edges, rb->nedges + 1,
                             sizeof(cedge)) != 0)
        return AKA_ERR_NOMEM;
    ra->edges[ra->nedges++] = (cedge){b, weight};
    rb->edges[rb->nedges++] = (cedge){a, weight};
    return AKA_OK;
}

void aka__cluster_clear_edges(aka__cluster *c)
{
    for (uint32_t i = 0; c && i < c->nr; i++)
        c->r[i].nedges = 0;
}

aka_status aka__cluster_edge_room(aka__cluster *c, uint32_t rec, uint32_t want)
{
    if (!c)
        return AKA_ERR_ARGUMENT;
    if (!present(c, rec))
        return AKA_ERR_NOT_FOUND;
    crec *r = &c->r[rec];
    return aka__cluster_reserve(c, (void **)&r->edges, &r->cap_edges, want,
                                sizeof(cedge)) != 0
               ? AKA_ERR_NOMEM
               : AKA_OK;
}

size_t aka__cluster_degree(const aka__cluster *c, uint32_t rec)
{
    return c && present(c, rec) ? c->r[rec].nedges : 0;
}

/* ---- Entity-level constraints ---------------------------------------- */

/* Two key multisets conflict when some (kind, group) is present in both
 * with disjoint value sets, and they share no vouching key. Both are
 * sorted by (kind, group, value). */
/* Whether the two sets share a key of the vouching kind `kind`
 * (AKA__CONFLICT_VOUCH, AKA__CONFLICT_VOUCH_DAYS or
 * AKA__CONFLICT_VOUCH_YEAR_DIGIT). */
static int ekeys_share(const ekey *a, uint32_t na, const ekey *b, uint32_t nb,
                       uint32_t kind)
{
    /* the kind's keys: the vouching kinds sort last (cluster.h) */
    uint32_t i = na, j = nb;
    while (i > 0 && a[i - 1].kind >= kind)
        i--;
    while (j > 0 && b[j - 1].kind >= kind)
        j--;
    while (i < na && j < nb && a[i].kind == kind && b[j].kind == kind) {
        int cmp = key_cmp3(a[i].kind, a[i].group, a[i].value, b[j].kind,
                           b[j].group, b[j].value);
        if (cmp == 0)
            return 1;
        if (cmp < 0)
            i++;
        else
            j++;
    }
    return 0;
}

static int ekeys_vouch(const ekey *a, uint32_t na, const ekey *b, uint32_t nb)
{
    return ekeys_share(a, na, b, nb, AKA__CONFLICT_VOUCH);
}

/* A day of the year v (AKA__CONFLICT_DAYS) written "MM-DD" into out, as
 * a date's canonical form writes it. */
static void day_text(uint64_t v, char out[5])
{
    unsigned m = (unsigned)(v / 100 % 100), d = (unsigned)(v % 100);
    out[0] = (char)('0' + m / 10);
    out[1] = (char)('0' + m % 10);
    out[2] = '-';
    out[3] = (char)('0' + d / 10);
    out[4] = (char)('0' + d % 10);
}

/* Whether two days of the year (AKA__CONFLICT_DAYS) are one date read
 * or typed as a clerk may, as aka__compare_date reads two full dates:
 * alike, swapped, or one slip apart (aka__one_slip). */
static int days_meet(uint64_t x, uint64_t y)
{
    if (x / 100 == y % 100 && x % 100 == y / 100)
        return 1;
    /* (a day of the year is four digits, MMDD; a damaged journal's
     * canonical date can give any number, which the day arithmetic below
     * would overflow on: such a value meets only the one it equals) */
    if (x > 9999 || y > 9999)
        return x == y;
    /* consecutive days: in a leap year (29 February), in another (28
     * February / 1 March), or across the new year (the years are compared
     * apart) */
    int mx = (int)(x / 100), dx = (int)(x % 100), my = (int)(y / 100),
        dy = (int)(y % 100);
    if (aka__days_apart_one(2000, mx, dx, 2000, my, dy) ||
        aka__days_apart_one(2001, mx, dx, 2001, my, dy) ||
        (x == 1231 && y == 101) || (x == 101 && y == 1231))
        return 1;
    char a[5], b[5];
    day_text(x, a);
    day_text(y, b);
    return aka__one_slip(a, b, sizeof a);
}

/* Whether the value runs a[0..na) and b[0..nb) of one (kind, group) have
 * a value in common, for days of the year two that meet, and for birth
 * years two at most two apart. */
static int values_meet(const ekey *a, uint32_t na, const ekey *b, uint32_t nb)
{
    if (a[0].kind == AKA_DATE_OF_BIRTH && a[0].group == AKA__CONFLICT_YEARS) {
        for (uint32_t p = 0, q = 0; p < na && q < nb;) {
            uint64_t x = a[p].value, y = b[q].value;
            if (x <= y + AKA__CONFLICT_YEARS_APART && y <= x + AKA__CONFLICT_YEARS_APART)
                return 1;
            if (x < y)
                p++;
            else
                q++;
        }
        return 0;
    }
    if (a[0].kind == AKA_DATE_OF_BIRTH && a[0].group == AKA__CONFLICT_DAYS) {
        for (uint32_t p = 0; p < na; p++)
            for (uint32_t q = 0; q < nb; q++)
                if (days_meet(a[p].value, b[q].value))
                    return 1;
        return 0;
    }
    for (uint32_t p = 0, q = 0; p < na && q < nb;) {
        if (a[p].value == b[q].value)
            return 1;
        if (a[p].value < b[q].value)
            p++;
        else
            q++;
    }
    return 0;
}

/* The end of the run of keys of a[i]'s kind and group (a is sorted by
 * kind, then group). */
static uint32_t group_end(const ekey *a, uint32_t na, uint32_t i)
{
    uint32_t e = i;
    while (e < na && a[e].kind == a[i].kind && a[e].group == a[i].group)
        e++;
    return e;
}

/* The next (kind, group) below AKA__CONFLICT_VOUCH_LEAST that a and b both
 * hold, from a[*i] and b[*j] on: 1 with its keys a[*i..*ie) and
 * b[*j..*je); 0 when there is none. */
static int next_shared_group(const ekey *a, uint32_t na, uint32_t *i, uint32_t *ie,
                             const ekey *b, uint32_t nb, uint32_t *j, uint32_t *je)
{
    while (*i < na && *j < nb && a[*i].kind < AKA__CONFLICT_VOUCH_LEAST &&
           b[*j].kind < AKA__CONFLICT_VOUCH_LEAST) {
        int cmp = key_cmp3(a[*i].kind, a[*i].group, 0, b[*j].kind, b[*j].group, 0);
        if (cmp < 0) {
            (*i)++;
        } else if (cmp > 0) {
            (*j)++;
        } else {
            *ie = group_end(a, na, *i);
            *je = group_end(b, nb, *j);
            return 1;
        }
    }
    return 0;
}

/* Whether some (kind, group) other than a vouching one is held by both
 * with disjoint value sets, vouched for or not; days of birth not when a
 * key of AKA__CONFLICT_VOUCH_DAYS is shared (*soft, when not NULL, is
 * then set to 1: they would have conflicted). */
static int ekeys_disjoint(const ekey *a, uint32_t na, const ekey *b,
                          uint32_t nb, aka__conflict_key *out, int *soft)
{
    int shared = -1; /* whether an AKA__CONFLICT_VOUCH_DAYS key is, once asked */
    int digit = -1;  /* ... and an AKA__CONFLICT_VOUCH_YEAR_DIGIT key */
    for (uint32_t i = 0, j = 0, ie, je; next_shared_group(a, na, &i, &ie, b, nb, &j, &je);
         i = ie, j = je) {
        if (values_meet(a + i, ie - i, b + j, je - j))
            continue;
        /* dates of birth one mistyped digit of the year apart: any of
         * their groups, the birth years too */
        if (a[i].kind == AKA_DATE_OF_BIRTH) {
            if (digit < 0)
                digit = ekeys_share(a, na, b, nb, AKA__CONFLICT_VOUCH_YEAR_DIGIT);
            if (digit) {
                if (soft)
                    *soft = 1;
                continue;
            }
        }
        /* the full dates' groups (days, and day with year), not the birth
         * years */
        int days = a[i].kind == AKA_DATE_OF_BIRTH && a[i].group != AKA__CONFLICT_YEARS;
        if (days && shared < 0)
            shared = ekeys_share(a, na, b, nb, AKA__CONFLICT_VOUCH_DAYS);
        if (days && shared) {
            if (soft)
                *soft = 1;
            continue;
        }
        if (out)
            *out = (aka__conflict_key){a[i].kind, a[i].group, 0};
        return 1;
    }
    return 0;
}

/* Whether key sets a and b, which share no AKA__CONFLICT_VOUCH key,
 * conflict; *vouched (when not NULL) is set to 1 when only a softer
 * vouching key (an e-mail, a year's digit) lets them join. */
static int unvouched_conflict(const ekey *a, uint32_t na, const ekey *b, uint32_t nb,
                              aka__conflict_key *out, int *vouched)
{
    int soft = 0;
    if (ekeys_disjoint(a, na, b, nb, out, &soft))
        return 1;
    if (soft && vouched)
        *vouched = 1;
    return 0;
}

/* Whether key sets a and b conflict. *vouched (when not NULL) is set to
 * 1 when they would, but a shared vouching key lets them join. */
static int keys_conflict(const ekey *a, uint32_t na, const ekey *b, uint32_t nb,
                         aka__conflict_key *out, int *vouched)
{
    if (!ekeys_vouch(a, na, b, nb))
        return unvouched_conflict(a, na, b, nb, out, vouched);
    if (vouched && ekeys_disjoint(a, na, b, nb, NULL, NULL))
        *vouched = 1;
    return 0;
}

/* Whether the sorted key set k holds key x itself. */
static int holds_key(const ekey *k, uint32_t n, const ekey *x)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int cmp = key_cmp3(k[mid].kind, k[mid].group, k[mid].value, x->kind,
                           x->group, x->value);
        if (cmp == 0)
            return 1;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Whether the date-of-birth key x meets none of the values of its group
 * in the sorted set y (0 when y holds none of that group). */
static int date_disagrees(const ekey *x, const ekey *y, uint32_t ny)
{
    for (uint32_t j = 0; j < ny; j++)
        if (y[j].kind == x->kind && y[j].group == x->group)
            return !values_meet(x, 1, y + j, group_end(y, ny, j) - j);
    return 0;
}

/* The most holders of a shared document unvouched_years reads in one
 * entity; past it the document vouches for the whole entity, as before. */
#define HOLDERS_MAX 16

/* Whether root rx's entity states a birth year that the entity whose keys
 * are y (with which it shares a vouching key) holds none within
 * AKA__CONFLICT_YEARS_APART of, while no record of rx holding that shared
 * key states it. A shared document proves its holders one person whatever
 * their dates say, not the records that joined them by other evidence: a
 * record with A's passport (read with an OCR slip) and B's phone joins B
 * by the phone; B's entity then shares the passport with A, and without
 * this A and B, born five years apart, would be one. Days of birth that
 * disagree within those years stay vouched for (a day and month swapped
 * and a year mistyped, in one record that joined by a phone). *out (when
 * not NULL) is set to the birth years' group. */
static int unvouched_years(const aka__cluster *c, uint32_t rx, const ekey *y,
                           uint32_t ny, aka__conflict_key *out)
{
    const crec *holder[HOLDERS_MAX];
    uint32_t nh = 0, m = rx;
    do {
        const crec *r = &c->r[m];
        if (ekeys_vouch(r->keys, r->nkeys, y, ny)) {
            if (nh == HOLDERS_MAX)
                return 0;
            holder[nh++] = r;
        }
        m = r->next;
    } while (m != rx);
    m = rx;
    do {
        const crec *r = &c->r[m];
        m = r->next;
        if (ekeys_vouch(r->keys, r->nkeys, y, ny))
            continue;
        for (uint32_t i = 0; i < r->nkeys; i++) {
            const ekey *k = &r->keys[i];
            if (k->kind != AKA_DATE_OF_BIRTH || k->group != AKA__CONFLICT_YEARS)
                continue;
            uint32_t h = 0;
            while (h < nh && !holds_key(holder[h]->keys, holder[h]->nkeys, k))
                h++;
            if (h == nh && date_disagrees(k, y, ny)) {
                if (out)
                    *out = (aka__conflict_key){k->kind, k->group, 0};
                return 1;
            }
        }
    } while (m != rx);
    return 0;
}

/* Whether roots ra and rb conflict (keys_conflict of their entities),
 * a shared vouching key letting through only the birth years its holders
 * state (unvouched_years). */
static int roots_conflict(const aka__cluster *c, uint32_t ra, uint32_t rb,
                          aka__conflict_key *out, int *vouched)
{
    uint32_t na, nb;
    const ekey *a = ekeys_of(&c->r[ra], &na);
    const ekey *b = ekeys_of(&c->r[rb], &nb);
    if (!ekeys_vouch(a, na, b, nb))
        return unvouched_conflict(a, na, b, nb, out, vouched);
    if (!ekeys_disjoint(a, na, b, nb, NULL, NULL))
        return 0;
    if (unvouched_years(c, ra, b, nb, out) || unvouched_years(c, rb, a, na, out))
        return 1;
    if (vouched)
        *vouched = 1;
    return 0;
}

/* The keys of a[0..na) of one kind and group: *n of them from a + the
 * result (a is sorted by kind, then group). */
static uint32_t group_span(const ekey *a, uint32_t na, uint32_t kind, uint64_t group,
                           uint32_t *n)
{
    uint32_t i = 0;
    while (i < na && (a[i].kind != kind || a[i].group != group))
        i++;
    *n = i < na ? group_end(a, na, i) - i : 0;
    return i;
}

/* Whether a record's keys r bridge two records' y and z that conflict:
 * in every group where y's and z's values are disjoint, r holds values
 * that meet y's and values that meet z's. Such a record says the two are
 * one person's (an INTERPOL notice that lists both dates of birth, a
 * consulate's record of an old and a new passport), and is no record
 * that cannot choose between them. */
static int bridges(const ekey *r, uint32_t nr, const ekey *y, uint32_t ny, const ekey *z,
                   uint32_t nz)
{
    int found = 0;
    for (uint32_t i = 0, j = 0, ie, je; next_shared_group(y, ny, &i, &ie, z, nz, &j, &je);
         i = ie, j = je) {
        if (values_meet(y + i, ie - i, z + j, je - j))
            continue;
        uint32_t rn, ri = group_span(r, nr, y[i].kind, y[i].group, &rn);
        if (!rn || !values_meet(r + ri, rn, y + i, ie - i) ||
            !values_meet(r + ri, rn, z + j, je - j))
            return 0;
        found = 1;
    }
    return found;
}

/* Whether an analyst said rec and other are not the same person: then
 * other is no choice rec has to make. */
static int ruled_out(const crec *r, uint32_t other)
{
    for (uint32_t i = 0; i < r->ndecs; i++)
        if (r->decs[i].other == other)
            return !r->decs[i].same;
    return 0;
}

/* Whether rec matches two records that conflict with each other, neither
 * by its own facts against rec, by edges of about the same weight (within
 * AKA__AMBIGUOUS_MARGIN of its strongest): a record that gives only the
 * name Erion Dervishi and Albania, beside two Erion Dervishis of Albania
 * born five years apart. Which of them it is, its evidence cannot say;
 * the edge that sorts first would have taken it (the older record's), a
 * guess. So a rebuild links neither, and the record stands alone, a
 * possible match of both. A record an analyst said rec is not
 * (ruled_out) is no choice, and a record that holds the values of both
 * (bridges) chooses both. Reads the records' own keys, edges and
 * decisions only, so that every order of resolution reads it alike. */
static int ambiguous(const aka__cluster *c, uint32_t rec)
{
    const crec *r = &c->r[rec];
    if (r->nedges < 2)
        return 0;
    float top = c->match;
    uint32_t strong = 0;
    for (uint32_t k = 0; k < r->nedges; k++)
        if (r->edges[k].w >= c->match) {
            strong++;
            if (r->edges[k].w > top)
                top = r->edges[k].w;
        }
    if (strong < 2)
        return 0;
    float floor = top - AKA__AMBIGUOUS_MARGIN;
    /* Two near-strongest neighbours with facts of their own that
     * contradict each other, and neither contradicted by rec's. (The
     * pairs first: as a rule there is one such neighbour, or they agree,
     * and rec's facts need no reading.) */
    for (uint32_t i = 0; i < r->nedges; i++) {
        const crec *y = &c->r[r->edges[i].other];
        if (r->edges[i].w < c->match || r->edges[i].w < floor || !y->nkeys ||
            ruled_out(r, r->edges[i].other))
            continue;
        for (uint32_t j = 0; j < i; j++) {
            const crec *z = &c->r[r->edges[j].other];
            if (r->edges[j].w < c->match || r->edges[j].w < floor || !z->nkeys ||
                ruled_out(r, r->edges[j].other) ||
                !keys_conflict(y->keys, y->nkeys, z->keys, z->nkeys, NULL, NULL))
                continue;
            if (!keys_conflict(r->keys, r->nkeys, y->keys, y->nkeys, NULL, NULL) &&
                !keys_conflict(r->keys, r->nkeys, z->keys, z->nkeys, NULL, NULL) &&
                !bridges(r->keys, r->nkeys, y->keys, y->nkeys, z->keys, z->nkeys))
                return 1;
        }
    }
    return 0;
}

/* Whether a cannot-link joins a member of root ra to a member of root rb.
 * Walks the smaller entity; skipped outright when either side has none. */
static int cannot_between(const aka__cluster *c, uint32_t ra, uint32_t rb)
{
    if (!c->r[ra].ncannot || !c->r[rb].ncannot)
        return 0;
    if (c->r[ra].size > c->r[rb].size) {
        uint32_t t = ra;
        ra = rb;
        rb = t;
    }
    uint32_t m = ra;
    do {
        const crec *r = &c->r[m];
        for (uint32_t i = 0; i < r->ndecs; i++)
            if (!r->decs[i].same && root_of(c, r->decs[i].other) == rb)
                return 1;
        m = r->next;
    } while (m != ra);
    return 0;
}

/* The multiset union of the sorted key sets ka and kb (equal keys once,
 * their counts added) into m, or only counted when m is NULL. Returns its
 * size. */
static uint32_t merge_keys(const ekey *ka, uint32_t na, const ekey *kb,
                           uint32_t nb, ekey *m)
{
    uint32_t i = 0, j = 0, nm = 0;
    while (i < na || j < nb) {
        int cmp = i == na ? 1 : j == nb ? -1 : ekey_qcmp(&ka[i], &kb[j]);
        if (m) {
            m[nm] = cmp <= 0 ? ka[i] : kb[j];
            if (cmp == 0)
                m[nm].count += kb[j].count;
        }
        nm++;
        i += cmp <= 0;
        j += cmp >= 0;
    }
    return nm;
}

/* The multiset union of m[0..nm_base) (sorted, distinct) and o[0..no) into
 * m, which has room for its nm entries: from the back, so that no entry of
 * m is overwritten before it is read (the write position never falls below
 * the read one: every entry left to write is one of m's left to read or
 * one of o's). */
static void merge_back(ekey *m, uint32_t nm_base, const ekey *o, uint32_t no,
                       uint32_t nm)
{
    int64_t i = (int64_t)nm_base - 1, j = (int64_t)no - 1, w = (int64_t)nm - 1;
    while (j >= 0) {
        int cmp = i < 0 ? -1 : ekey_qcmp(&m[i], &o[j]);
        if (cmp > 0) {
            m[w--] = m[i--];
        } else if (cmp == 0) {
            m[w] = m[i--];
            m[w--].count += o[j--].count;
        } else {
            m[w--] = o[j--];
        }
    }
}

/* Join two distinct roots (union by size). Returns -1, changing nothing,
 * if the merged key multiset cannot be allocated. The surviving root keeps
 * the smaller non-zero id; a retired id leaves the map. */
static int unite(aka__cluster *c, uint32_t ra, uint32_t rb)
{
    if (c->r[ra].size < c->r[rb].size) {
        uint32_t t = ra;
        ra = rb;
        rb = t;
    }
    crec *A = &c->r[ra], *B = &c->r[rb];
    uint32_t na, nb;
    const ekey *ka = ekeys_of(A, &na);
    const ekey *kb = ekeys_of(B, &nb);
    ekey *m = NULL;
    uint32_t nm = 0;
    if (na + nb) {
        /* counted first: the slab frees by exact size */
        nm = merge_keys(ka, na, kb, nb, NULL);
        /* Into the larger merged multiset of the two, grown in place when
         * its size class has room: a large entity that takes in records
         * one at a time then takes slab memory in proportion to its keys,
         * not to their square (slab_need counts on it). A record's own
         * keys are never written. */
        ekey **base = A->ek && (!B->ek || A->nek >= B->nek) ? &A->ek
                    : B->ek ? &B->ek : NULL;
        if (base) {
            int in_a = base == &A->ek;
            uint32_t nbase = in_a ? na : nb;
            m = aka__slab_resize(&c->slab, *base, (size_t)nbase * sizeof *m,
                                 (size_t)nm * sizeof *m);
            if (!m)
                return -1;
            *base = NULL; /* (now m) */
            merge_back(m, nbase, in_a ? kb : ka, in_a ? nb : na, nm);
        } else {
            m = aka__slab_alloc(&c->slab, (size_t)nm * sizeof *m);
            if (!m)
                return -1;
            (void)merge_keys(ka, na, kb, nb, m);
        }
    }
    aka__slab_free(&c->slab, A->ek, (size_t)A->nek * sizeof *A->ek);
    aka__slab_free(&c->slab, B->ek, (size_t)B->nek * sizeof *B->ek);
    B->ek = NULL;
    B->nek = 0;
    A->ek = m;
    A->nek = nm;
    B->parent = ra;
    A->size += B->size;
    A->ncannot += B->ncannot;
    /* Splice the two circular member lists. */
    uint32_t t = A->next;
    A->next = B->next;
    B->next = t;
    if (B->eid) {
        /* Two entities with ids are joined only when a rebuild takes in
         * an entity it does not dissolve (aka__cluster_resolve's edges
         * to entities outside): both change, one id is retired. Ids of
         * the dissolved ones are given, and written, after the unions
         * (log_rebuilt). */
        if (A->eid) {
            log_change(c, A->eid);
            log_change(c, B->eid);
        }
        if (!A->eid || B->eid < A->eid) {
            if (A->eid)
                map_del(c, A->eid);
            A->eid = B->eid;
        } else {
            map_del(c, B->eid);
        }
        B->eid = 0;
    }
    return 0;
}

/* ---- Rebuild --------------------------------------------------------- */

/* *p grown to `want` bytes when it has fewer (its contents not kept: the
 * arrays are written afresh by each use); 0, or -1 with *p as it was. */
static int room(void *p, size_t *have, size_t want)
{
    void **pp = p;
    if (want <= *have)
        return 0;
    if (want < *have * 2)
        want = *have * 2;
    void *q = malloc(want);
    if (!q)
        return -1;
    free(*pp);
    *pp = q;
    *have = want;
    return 0;
}

typedef struct wedge {
    uint32_t a, b; /* a < b */
    float w;
} wedge;

/* Strongest first; ties by the records, so that the order is total. */
static inline int wedge_less(const wedge *p, const wedge *q)
{
    if (p->w != q->w)
        return p->w > q->w;
    if (p->a != q->a)
        return p->a < q->a;
    return p->b < q->b;
}

AKA__DEFINE_MSORT(sort_wedges, wedge, wedge_less)

typedef struct owner {
    uint64_t old; /* old entity id */
    uint32_t root;
    uint32_t rec;
} owner;

static inline int owner_less(const owner *p, const owner *q)
{
    if (p->old != q->old)
        return p->old < q->old;
    if (p->root != q->root)
        return p->root < q->root;
    return p->rec < q->rec;
}

AKA__DEFINE_MSORT(sort_owners, owner, owner_less)

/* Room in the kept arrays for a rebuild of ns records and ne edges. */
static int rebuild_room(aka__cluster *c, size_t ns, size_t ne)
{
    size_t tmp = ne * sizeof(wedge) > ns * sizeof(owner) ? ne * sizeof(wedge)
                                                        : ns * sizeof(owner);
    return room(&c->we, &c->we_bytes, (ne + 1) * sizeof(wedge)) != 0 ||
                   room(&c->ow, &c->ow_bytes, (ns + 1) * sizeof(owner)) != 0 ||
                   room(&c->tmp, &c->tmp_bytes, tmp + 1) != 0
               ? -1
               : 0;
}

/* Whether s[0 .. n) is in increasing order (every record, as
 * aka__cluster_resolve_all gives them, is). */
static int ascending(const uint32_t *s, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (s[i - 1] > s[i])
            return 0;
    return 1;
}

/* Detach a record that is being removed: its edges and decisions leave its
 * neighbours' lists, its storage is freed. */
static void detach(aka__cluster *c, uint32_t rec)
{
    crec *r = &c->r[rec];
    for (uint32_t i = 0; i < r->nedges; i++)
        edge_drop(&c->r[r->edges[i].other], rec);
    for (uint32_t i = 0; i < r->ndecs; i++)
        dec_drop(&c->r[r->decs[i].other], rec);
    rec_release(c, r);
    r->parent = r->next = rec;
    c->live--;
}

/* The most records a widening for a refused edge takes in (see
 * aka__cluster_resolve); on 35,000 generated records added one by one the
 * largest took 12. */
#define WIDEN_MAX 4096

/* What a rebuild saw that asks aka__cluster_resolve for a wider one. */
typedef struct widen {
    /* a union was let through by a vouching key over values that
     * disagree */
    int vouched;
    /* records outside the rebuilt ones whose entity refused, by a
     * conflict, an edge at or above the match threshold */
    uint32_t *refused;
    size_t nrefused, cap;
} widen;

static void widen_free(widen *w)
{
    free(w->refused);
    memset(w, 0, sizeof *w);
}

/* The largest entity held_together walks; a larger one is judged by the
 * refused edge's endpoint alone. */
#define HELD_MAX 64

/* Whether every member of out's entity (root) is joined to out through
 * edges of weight w or more inside it: then the entity held together
 * before an edge of weight w came, in any order, and refusing that edge
 * is what the canonical order does too. When some member hangs on a
 * weaker edge, the canonical order may have taken the refused edge
 * first and that member not at all: a namesake's name-only record that
 * joined Vasyl Kozak's entity keeps out Vasyl Oleksiyovych Kozak, born
 * on his day, by its patronymic. */
static int held_together(const aka__cluster *c, uint32_t out, uint32_t root, float w)
{
    uint32_t size = c->r[root].size;
    if (size > HELD_MAX) {
        const crec *r = &c->r[out];
        for (uint32_t k = 0; k < r->nedges; k++)
            if (r->edges[k].w >= w && root_of(c, r->edges[k].other) == root)
                return 1;
        return 0;
    }
    uint32_t seen[HELD_MAX];
    size_t n = 0;
    seen[n++] = out;
    for (size_t i = 0; i < n; i++) {
        const crec *m = &c->r[seen[i]];
        for (uint32_t k = 0; k < m->nedges; k++) {
            uint32_t o = m->edges[k].other;
            if (m->edges[k].w < w || root_of(c, o) != root)
                continue;
            size_t j = 0;
            while (j < n && seen[j] != o)
                j++;
            if (j == n)
                seen[n++] = o;
        }
    }
    return n == size;
}

/* Note the endpoint of a refused edge that lies outside the rebuilt
 * records (stamped `mark`). Out of memory, it is not noted: the rebuild
 * is as good as before, only not widened. */
static void note_outside(widen *w, uint32_t out)
{
    if (w->nrefused == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 8;
        uint32_t *g = realloc(w->refused, cap * sizeof *g);
        if (!g)
            return;
        w->refused = g;
        w->cap = cap;
    }
    w->refused[w->nrefused++] = out;
}

static void note_refused(const aka__cluster *c, widen *w, const wedge *e,
                         uint32_t mark)
{
    uint32_t out = c->r[e->a].stamp != mark ? e->a
                 : c->r[e->b].stamp != mark ? e->b : NONE;
    if (out != NONE && !held_together(c, out, root_of(c, out), e->w))
        note_outside(w, out);
}

/* Whether an edge's endpoint is ambiguous (ambiguous()): the rebuild's
 * flag for its own records (stamped `mark`), worked out for a record
 * outside, which is noted for a wider rebuild (w, when not NULL) when its
 * last rebuild read it otherwise: it stands in an entity it should leave,
 * or alone where its edges now lead somewhere. */
static int ambiguous_end(const aka__cluster *c, uint32_t rec, uint32_t mark, widen *w)
{
    if (c->r[rec].stamp == mark)
        return c->r[rec].ambiguous;
    int now = ambiguous(c, rec);
    if (w && now != c->r[rec].ambiguous)
        note_outside(w, rec);
    return now;
}

/* Write to the change log every entity a rebuild changed: own[0..ns)
 * holds each rebuilt record's old id and its piece's root, sorted by old
 * id. An old entity whose records all lie in one piece that kept its id
 * and holds nothing else did not change (unless it lost `dropped`'s
 * record); any other old id is written, with the ids of its pieces. */
static void log_rebuilt(aka__cluster *c, const owner *own, size_t ns,
                        uint64_t dropped)
{
    for (size_t i = 0; i < ns;) {
        size_t end = i;
        int one_piece = 1;
        while (end < ns && own[end].old == own[i].old) {
            one_piece &= own[end].root == own[i].root;
            end++;
        }
        const crec *p = &c->r[own[i].root];
        if (!one_piece || p->eid != own[i].old || p->size != end - i ||
            own[i].old == dropped) {
            log_change(c, own[i].old);
            for (size_t j = i; j < end; j++)
                if (j == i || own[j].root != own[j - 1].root)
                    log_change(c, c->r[own[j].root].eid);
        }
        i = end;
    }
}

/* Whether rec stands alone for want of evidence: no edge and no
 * decision (a record added in bulk loading, whose edges come at its end). */
static int loose(const aka__cluster *c, uint32_t rec)
{
    const crec *r = &c->r[rec];
    return r->parent == rec && r->size == 1 && r->nedges == 0 && r->ndecs == 0;
}

/* In bulk loading, the records of s[0..ns) that stand alone for want of
 * evidence (new versions of replaced records) join its largest other
 * piece (ties: the one with the smallest record), where the records they
 * replace stood as a rule: so that replacing records moves nothing until
 * their evidence says so (bulk_end then resolves everything from it). */
static aka_status hold_in_place(aka__cluster *c, const uint32_t *s, size_t ns)
{
    uint32_t best = NONE;
    for (size_t i = 0; i < ns; i++) {
        uint32_t r = find(c, s[i]);
        if (!loose(c, s[i]) && (best == NONE || c->r[r].size > c->r[best].size))
            best = r;
    }
    aka_status st = AKA_OK;
    for (size_t i = 0; i < ns; i++) {
        if (!loose(c, s[i]))
            continue;
        if (best == NONE)
            best = s[i];
        else if (unite(c, find(c, best), s[i]) != 0)
            st = AKA_ERR_NOMEM;
    }
    return st;
}

/* Dissolve the whole entities made of s[0..ns) (sorted ascending on
 * return) and rebuild them; `drop` (or NONE) is a member being removed,
 * not listed in s, and `succ` (or NONE) a new version of it among them
 * (its entity then loses no record by the removal); with `hold`, records
 * without evidence yet are held in place (hold_in_place). wd (when not
 * NULL) gets what asks for a wider rebuild. */
static aka_status rebuild(aka__cluster *c, uint32_t *s, size_t ns,
                          uint32_t drop, uint32_t succ, int hold, widen *wd)
{
    if (!ascending(s, ns))
        qsort(s, ns, sizeof *s, u32_qcmp);
    uint32_t mark = next_stamp(c);
    for (size_t i = 0; i < ns; i++)
        c->r[s[i]].stamp = mark;

    /* Count first, so that every allocation happens before any change. */
    size_t ne = 0, nm = 0;
    for (size_t i = 0; i < ns; i++) {
        const crec *r = &c->r[s[i]];
        for (uint32_t k = 0; k < r->nedges; k++) {
            uint32_t o = r->edges[k].other;
            if (o == drop || r->edges[k].w < c->match)
                continue;
            if (c->r[o].stamp == mark && o < s[i])
                continue; /* counted from o's side */
            ne++;
        }
        for (uint32_t k = 0; k < r->ndecs; k++) {
            uint32_t o = r->decs[k].other;
            if (o == drop || !r->decs[k].same)
                continue;
            if (c->r[o].stamp == mark && o < s[i])
                continue;
            nm++;
        }
    }
    if (rebuild_room(c, ns, ne + nm) != 0)
        return AKA_ERR_NOMEM;
    wedge *e = c->we, *must = e + ne;
    owner *own = c->ow;
    void *tmp = c->tmp;
    ne = nm = 0;
    for (size_t i = 0; i < ns; i++) {
        const crec *r = &c->r[s[i]];
        for (uint32_t k = 0; k < r->nedges; k++) {
            uint32_t o = r->edges[k].other;
            if (o == drop || r->edges[k].w < c->match)
                continue;
            if (c->r[o].stamp == mark && o < s[i])
                continue;
            e[ne++] = (wedge){o < s[i] ? o : s[i], o < s[i] ? s[i] : o,
                              r->edges[k].w};
        }
        for (uint32_t k = 0; k < r->ndecs; k++) {
            uint32_t o = r->decs[k].other;
            if (o == drop || !r->decs[k].same)
                continue;
            if (c->r[o].stamp == mark && o < s[i])
                continue;
            must[nm++] = (wedge){o < s[i] ? o : s[i], o < s[i] ? s[i] : o, 0};
        }
    }
    sort_wedges(e, ne, tmp);
    sort_wedges(must, nm, tmp);

    for (size_t i = 0; i < ns; i++)
        own[i] = (owner){c->r[find(c, s[i])].eid, 0, s[i]};
    uint64_t dropped = 0; /* the entity that loses `drop` */
    if (drop != NONE) {
        uint64_t id = c->r[find(c, drop)].eid;
        map_del(c, id);
        detach(c, drop);
        if (succ == NONE) {
            dropped = id;
            log_change(c, dropped);
        }
    }

    /* Dissolve: every record its own root, its own keys, no id yet. */
    for (size_t i = 0; i < ns; i++)
        map_del(c, own[i].old);
    for (size_t i = 0; i < ns; i++) {
        crec *r = &c->r[s[i]];
        aka__slab_free(&c->slab, r->ek, (size_t)r->nek * sizeof *r->ek);
        r->ek = NULL;
        r->nek = 0;
        r->parent = r->next = s[i];
        r->size = 1;
        r->eid = 0;
        r->ncannot = 0;
        for (uint32_t k = 0; k < r->ndecs; k++)
            r->ncannot += !r->decs[k].same;
    }

    aka_status st = AKA_OK;
    /* Analysts first: must-links over conflicts, never over cannot-links. */
    for (size_t i = 0; i < nm; i++) {
        uint32_t ra = find(c, must[i].a), rb = find(c, must[i].b);
        if (ra == rb || cannot_between(c, ra, rb))
            continue;
        if (unite(c, ra, rb) != 0)
            st = AKA_ERR_NOMEM;
    }
    for (size_t i = 0; i < ns; i++)
        c->r[s[i]].ambiguous = (uint8_t)ambiguous(c, s[i]);
    for (size_t i = 0; i < ne; i++) {
        /* (both ends read: each may ask for a wider rebuild) */
        if (ambiguous_end(c, e[i].a, mark, wd) | ambiguous_end(c, e[i].b, mark, wd))
            continue;
        uint32_t ra = find(c, e[i].a), rb = find(c, e[i].b);
        if (ra == rb || cannot_between(c, ra, rb))
            continue;
        if (roots_conflict(c, ra, rb, NULL, wd ? &wd->vouched : NULL)) {
            if (wd)
                note_refused(c, wd, &e[i], mark);
            continue;
        }
        if (unite(c, ra, rb) != 0)
            st = AKA_ERR_NOMEM;
    }

    if (succ != NONE && hold && hold_in_place(c, s, ns) != AKA_OK)
        st = AKA_ERR_NOMEM;

    /* Ids: each old id goes to the piece holding most of its records (ties:
     * the piece with its smallest record); the smallest id wins a piece. */
    for (size_t i = 0; i < ns; i++)
        own[i].root = find(c, own[i].rec);
    sort_owners(own, ns, tmp);
    for (size_t i = 0; i < ns;) {
        size_t end = i;
        while (end < ns && own[end].old == own[i].old)
            end++;
        uint32_t best = NONE, bestrec = NONE;
        size_t bestn = 0;
        for (size_t j = i; j < end;) {
            size_t k = j;
            while (k < end && own[k].root == own[j].root)
                k++;
            /* own[j].rec is the piece's smallest record of this old id. */
            if (k - j > bestn || (k - j == bestn && own[j].rec < bestrec)) {
                bestn = k - j;
                best = own[j].root;
                bestrec = own[j].rec;
            }
            j = k;
        }
        crec *w = &c->r[best];
        if (!w->eid || own[i].old < w->eid) {
            if (w->eid) {
                /* (an entity outside that took in the older one's
                 * records: its id is retired, and written here, as no
                 * rebuilt record held it) */
                log_change(c, w->eid);
                map_del(c, w->eid);
            }
            w->eid = own[i].old;
        }
        i = end;
    }
    /* Fresh ids in order of each piece's smallest record (s is sorted). */
    for (size_t i = 0; i < ns; i++) {
        uint32_t root = find(c, s[i]);
        if (!c->r[root].eid)
            c->r[root].eid = c->next_id++;
        map_put(c, c->r[root].eid, root);
    }
    if (c->log)
        log_rebuilt(c, own, ns, dropped);
    return st;
}

/* The record at the end of rec's k-th edge when it is one that could not
 * choose between rec and another (ambiguous()): once rec is gone it may
 * choose, so a removal rebuilds its entity too; else NONE. */
static uint32_t waits_on(const aka__cluster *c, uint32_t rec, uint32_t k)
{
    const cedge *ed = &c->r[rec].edges[k];
    return ed->w >= c->match && ambiguous(c, ed->other) ? ed->other : NONE;
}

static int unsettles(const aka__cluster *c, uint32_t rec)
{
    for (uint32_t k = 0; k < c->r[rec].nedges; k++)
        if (waits_on(c, rec, k) != NONE)
            return 1;
    return 0;
}

/* The i-th record whose entity gather takes: recs[0..n), then, when skip
 * is a record being removed, those waiting on it (waits_on); NONE for one
 * to pass over. */
static uint32_t gathered(const aka__cluster *c, const uint32_t *recs, size_t n,
                         uint32_t skip, size_t i)
{
    uint32_t x = i < n ? recs[i] : waits_on(c, skip, (uint32_t)(i - n));
    return x != NONE && present(c, x) ? x : NONE;
}

/* Gather the members of the entities of recs into c->gs (*out), less
 * skip; when skip is a record being removed, with the entities of the
 * records waiting on it. */
static aka_status gather(aka__cluster *c, const uint32_t *recs, size_t n,
                         uint32_t skip, uint32_t **out, size_t *out_n)
{
    size_t all = n + (skip != NONE ? c->r[skip].nedges : 0);
    uint32_t mark = next_stamp(c);
    size_t total = 0;
    for (size_t i = 0; i < all; i++) {
        uint32_t x = gathered(c, recs, n, skip, i);
        if (x == NONE)
            continue;
        uint32_t root = find(c, x);
        if (c->r[root].stamp != mark) {
            c->r[root].stamp = mark;
            total += c->r[root].size;
        }
    }
    if (room(&c->gs, &c->gs_bytes, (total + 1) * sizeof *c->gs) != 0)
        return AKA_ERR_NOMEM;
    uint32_t *s = c->gs;
    size_t k = 0;
    mark = next_stamp(c);
    for (size_t i = 0; i < all; i++) {
        uint32_t x = gathered(c, recs, n, skip, i);
        if (x == NONE)
            continue;
        uint32_t root = find(c, x);
        if (c->r[root].stamp == mark)
            continue;
        c->r[root].stamp = mark;
        uint32_t m = root;
        do {
            if (m != skip)
                s[k++] = m;
            m = c->r[m].next;
        } while (m != root);
    }
    *out = s;
    *out_n = k;
    return AKA_OK;
}

/* What a rebuild of the entities of recs may take from the slab for
 * their merged keys, holding `keys` keys in all. A union grows the larger
 * multiset in place (unite), taking new room only when it outgrows its
 * size class; the classes of one multiset as it grows to k keys add up to
 * under nine times k keys' bytes (four classes to a doubling above 256
 * bytes, a class each 16 bytes below), and the pieces' multisets hold
 * `keys` keys at most together; a line a record for the rounding. Two
 * large multisets joined take the larger's growth only: an estimate
 * still (docs/engine.md, "Out of memory"), no longer one that a large
 * entity rebuilt record by record outgrows. */
static size_t slab_need(size_t keys, size_t records)
{
    return 9 * keys * sizeof(ekey) + 64 * (records + 1);
}

/* The change log entries a rebuild of `records` records, with the
 * entities outside it that edges may join, writes at most: each old
 * entity and each piece (log_rebuilt), two for each outside entity
 * joined (unite), one for each id given way (the id assignment), and the
 * removed record's entity. */
static size_t log_need(size_t records)
{
    return 4 * records + 8;
}

/* Rebuilds larger than this (bulk_end's aka__cluster_resolve_all) reserve
 * nothing in the slab: bulk_end is called again when it fails. */
#define SLAB_RESERVE_MAX ((size_t)256 << 20)

/* Room for `times` rebuilds of `records` records holding `edges` edges
 * and decisions and `keys` keys, that may log changes for `logged`
 * records: the kept arrays, the slab (unless the rebuild is too large to
 * hold room for), the change log. */
static aka_status reserve_rebuilds(aka__cluster *c, size_t records, size_t edges,
                                   size_t keys, size_t logged, unsigned times)
{
    size_t slab = slab_need(keys, records);
    if (room(&c->gs, &c->gs_bytes, (records + 1) * sizeof *c->gs) != 0 ||
        rebuild_room(c, records, edges) != 0 ||
        (slab <= SLAB_RESERVE_MAX / times &&
         aka__slab_reserve(&c->slab, slab * times) != 0) ||
        (c->log && aka__changelog_reserve(c->log, log_need(logged) * times) != 0))
        return AKA_ERR_NOMEM;
    return AKA_OK;
}

aka_status aka__cluster_reserve_for(aka__cluster *c, const uint32_t *recs,
                                    size_t n, unsigned times)
{
    if (!c || (n && !recs))
        return AKA_ERR_ARGUMENT;
    uint32_t mark = next_stamp(c);
    size_t total = 0, edges = 0, keys = 0, outside = 0;
    for (size_t i = 0; i < n; i++) {
        if (!present(c, recs[i]))
            continue;
        uint32_t root = find(c, recs[i]);
        if (c->r[root].stamp == mark)
            continue;
        c->r[root].stamp = mark;
        total += c->r[root].size;
        uint32_t m = root;
        do {
            edges += c->r[m].nedges + c->r[m].ndecs + 1;
            keys += c->r[m].nkeys;
            m = c->r[m].next;
        } while (m != root);
    }
    /* The entities outside that edges may join to the rebuilt ones: each
     * rebuilt entity walked once (its stamp moves from mark to seen), each
     * outside one counted once (stamped seen), with its records and their
     * edges, as a rebuild that joins it makes the entity that a later
     * resolution of the same call gathers (an add: the old version's
     * removal, then the new one's resolution). */
    uint32_t seen = next_stamp(c);
    for (size_t i = 0; i < n; i++) {
        if (!present(c, recs[i]))
            continue;
        uint32_t root = find(c, recs[i]), m = root;
        if (c->r[root].stamp != mark)
            continue;
        c->r[root].stamp = seen;
        do {
            for (uint32_t k = 0; k < c->r[m].nedges; k++) {
                uint32_t o = find(c, c->r[m].edges[k].other);
                if (c->r[o].stamp != mark && c->r[o].stamp != seen) {
                    uint32_t nk;
                    (void)ekeys_of(&c->r[o], &nk);
                    c->r[o].stamp = seen;
                    keys += nk;
                    outside++;
                    total += c->r[o].size;
                    uint32_t x = o;
                    do {
                        edges += c->r[x].nedges + c->r[x].ndecs + 1;
                        x = c->r[x].next;
                    } while (x != o);
                }
            }
            m = c->r[m].next;
        } while (m != root);
    }
    total++; /* (room for a record about to join them) */
    return reserve_rebuilds(c, total, edges, keys, total + outside, times);
}

aka_status aka__cluster_resolve(aka__cluster *c, const uint32_t *recs,
                                size_t n)
{
    if (!c || (n && !recs))
        return AKA_ERR_ARGUMENT;
    /* all the first rebuild needs, before it changes anything */
    aka_status st = aka__cluster_reserve_for(c, recs, n, 1);
    if (st != AKA_OK)
        return st;
    uint32_t *s;
    size_t ns;
    st = gather(c, recs, n, NONE, &s, &ns);
    if (st != AKA_OK)
        return st;
    widen w = {0};
    st = rebuild(c, s, ns, NONE, NONE, 0, &w);
    /* The result is rebuilt again, with more entities, edges strongest
     * first as aka__cluster_resolve_all would take them, in two cases:
     *  - A shared document let two entities join whose dates of birth
     *    disagree; the entity it joined then carries both dates, and so
     *    no longer refuses a third it would have refused (the chaining
     *    trap: A joined B weakly, B shares C's passport, C has another
     *    date than A). Rebuilt again, B and C join first, and A's weak
     *    edge to them is then refused.
     *  - An entity outside refused a strong edge by a conflict. Records
     *    come one by one: X, a name alone, joined A, the one entity it
     *    matched then; B, born years apart from A, now matches X more
     *    strongly and is refused, A holding X. Rebuilt with A, X joins B
     *    first, and A's weaker edge to X is refused.
     * Each round takes in more records, so the rounds end. */
    while (st == AKA_OK && (w.vouched || w.nrefused)) {
        uint32_t *s2;
        size_t n2;
        uint32_t *both = malloc((ns + w.nrefused + 1) * sizeof *both);
        if (!both)
            break; /* (a narrower result, as good as one round's) */
        memcpy(both, s, ns * sizeof *s);
        if (w.nrefused)
            memcpy(both + ns, w.refused, w.nrefused * sizeof *both);
        /* (out of memory here, the result stands as the last round left
         * it: a narrower one, which changes nothing it should not) */
        aka_status more = aka__cluster_reserve_for(c, both, ns + w.nrefused, 1);
        if (more == AKA_OK)
            more = gather(c, both, ns + w.nrefused, NONE, &s2, &n2);
        free(both);
        /* A widening that would take in more than WIDEN_MAX records (a
         * hub of refused namesakes) stops at the result it has: an add
         * must not rebuild a large part of the engine. */
        if (more != AKA_OK || (n2 > WIDEN_MAX && !w.vouched) || n2 == ns)
            break;
        s = s2;
        ns = n2;
        widen_free(&w);
        st = rebuild(c, s, ns, NONE, NONE, 0, &w);
    }
    widen_free(&w);
    return st;
}

/* Kept arrays larger than this are let go after a resolution of every
 * record: the calls that follow rebuild single entities, and the arrays
 * of a whole engine (at 100,000 records some 70 MiB) would otherwise stay
 * with it for its life. */
#define KEPT_MAX ((size_t)1 << 20)

static void let_go(void *p, size_t *bytes)
{
    void **pp = p;
    if (*bytes <= KEPT_MAX)
        return;
    free(*pp);
    *pp = NULL;
    *bytes = 0;
}

static void let_go_of_arrays(aka__cluster *c)
{
    let_go(&c->gs, &c->gs_bytes);
    let_go(&c->we, &c->we_bytes);
    let_go(&c->ow, &c->ow_bytes);
    let_go(&c->tmp, &c->tmp_bytes);
}

aka_status aka__cluster_reserve_all(aka__cluster *c, size_t more_edges)
{
    if (!c)
        return AKA_ERR_ARGUMENT;
    size_t keys = 0, edges = more_edges;
    for (uint32_t i = 0; i < c->nr; i++)
        if (c->r[i].present) {
            edges += c->r[i].nedges + c->r[i].ndecs;
            keys += c->r[i].nkeys;
        }
    return reserve_rebuilds(c, c->live, edges, keys, c->live, 1);
}

aka_status aka__cluster_resolve_all(aka__cluster *c)
{
    if (!c)
        return AKA_ERR_ARGUMENT;
    /* the rebuild's memory first, so that out of memory no entity
     * changes */
    aka_status st = aka__cluster_reserve_all(c, 0);
    if (st != AKA_OK)
        return st;
    uint32_t *s = c->gs;
    size_t ns = 0;
    for (uint32_t i = 0; i < c->nr; i++)
        if (c->r[i].present)
            s[ns++] = i;
    st = rebuild(c, s, ns, NONE, NONE, 0, NULL);
    let_go_of_arrays(c);
    return st;
}

/* AKA_ERR_ARGUMENT without a cluster, AKA_ERR_NOT_FOUND without rec. */
static aka_status check_present(const aka__cluster *c, uint32_t rec)
{
    return !c ? AKA_ERR_ARGUMENT : !present(c, rec) ? AKA_ERR_NOT_FOUND : AKA_OK;
}

aka_status aka__cluster_take_back(aka__cluster *c, uint32_t rec)
{
    aka_status st = check_present(c, rec);
    if (st != AKA_OK)
        return st;
    uint32_t root = find(c, rec);
    if (c->r[root].size != 1)
        return AKA_ERR_ARGUMENT;
    uint64_t id = c->r[root].eid;
    if (id && c->log && aka__changelog_reserve(c->log, 1) != 0)
        return AKA_ERR_NOMEM;
    map_del(c, id);
    log_change(c, id);
    detach(c, rec);
    c->succ_old = c->succ_new = NONE;
    return AKA_OK;
}

aka_status aka__cluster_remove_record(aka__cluster *c, uint32_t rec)
{
    aka_status st = check_present(c, rec);
    if (st != AKA_OK)
        return st;
    /* alone, and no record waits on it to choose: nothing to rebuild */
    if (c->r[find(c, rec)].size == 1 && !unsettles(c, rec))
        return aka__cluster_take_back(c, rec);
    /* all the rebuild needs, before anything changes (the entities of
     * rec's edges among them) */
    st = aka__cluster_reserve_for(c, &rec, 1, 1);
    if (st != AKA_OK)
        return st;
    /* a record put in its place by aka__cluster_add_version, there still */
    uint32_t succ = c->succ_old == rec && present(c, c->succ_new) &&
                            find(c, c->succ_new) == find(c, rec)
                        ? c->succ_new
                        : NONE;
    int hold = c->succ_hold;
    c->succ_old = c->succ_new = NONE;
    if (succ != NONE) {
        /* The analysts' decisions on the old version hold for the new
         * one: they are about the record, which its source corrected or
         * sent again. (Both are in one entity: its count of cannot-link
         * ends is unchanged.) */
        crec *o = &c->r[rec], *n = &c->r[succ];
        n->decs = o->decs;
        n->ndecs = o->ndecs;
        n->cap_decs = o->cap_decs;
        o->decs = NULL;
        o->ndecs = o->cap_decs = 0;
        for (uint32_t i = 0; i < n->ndecs; i++)
            dec_find(&c->r[n->decs[i].other], rec)->other = succ;
    }
    uint32_t *s;
    size_t ns;
    st = gather(c, &rec, 1, rec, &s, &ns);
    if (st != AKA_OK)
        return st;
    return rebuild(c, s, ns, rec, succ, hold, NULL);
}

static aka_status set_decision(aka__cluster *c, uint32_t a, uint32_t b,
                               int same, int clear)
{
    if (!c || a == b)
        return AKA_ERR_ARGUMENT;
    if (!present(c, a) || !present(c, b))
        return AKA_ERR_NOT_FOUND;
    crec *ra = &c->r[a], *rb = &c->r[b];
    /* Every allocation first (the decision's room, then the rebuild's):
     * out of memory, nothing is recorded. */
    uint32_t pair[2] = {a, b}, *s;
    size_t ns;
    cdec *da = dec_find(ra, b);
    if (!clear && !da &&
        (aka__cluster_reserve(c, (void **)&ra->decs, &ra->cap_decs, ra->ndecs + 1,
                              sizeof(cdec)) != 0 ||
         aka__cluster_reserve(c, (void **)&rb->decs, &rb->cap_decs, rb->ndecs + 1,
                              sizeof(cdec)) != 0))
        return AKA_ERR_NOMEM;
    aka_status st = aka__cluster_reserve_for(c, pair, 2, 1);
    if (st == AKA_OK)
        st = gather(c, pair, 2, NONE, &s, &ns);
    if (st != AKA_OK)
        return st;
    if (clear) {
        if (da) {
            dec_drop(ra, b);
            dec_drop(rb, a);
        }
    } else if (da) {
        da->same = same != 0;
        dec_find(rb, a)->same = same != 0;
    } else {
        ra->decs[ra->ndecs++] = (cdec){b, same != 0};
        rb->decs[rb->ndecs++] = (cdec){a, same != 0};
    }
    return rebuild(c, s, ns, NONE, NONE, 0, NULL);
}

aka_status aka__cluster_decide(aka__cluster *c, uint32_t a, uint32_t b,
                               int same)
{
    return set_decision(c, a, b, same, 0);
}

aka_status aka__cluster_undecide(aka__cluster *c, uint32_t a, uint32_t b)
{
    return set_decision(c, a, b, 0, 1);
}

int aka__cluster_decision(const aka__cluster *c, uint32_t a, uint32_t b)
{
    if (!c || !present(c, a) || !present(c, b))
        return -1;
    const crec *r = &c->r[a];
    for (uint32_t i = 0; i < r->ndecs; i++)
        if (r->decs[i].other == b)
            return (int)r->decs[i].same;
    return -1;
}

int aka__cluster_decision_at(const aka__cluster *c, uint32_t rec, uint32_t k,
                             uint32_t *other)
{
    if (!c || !present(c, rec) || k >= c->r[rec].ndecs)
        return -1;
    *other = c->r[rec].decs[k].other;
    return (int)c->r[rec].decs[k].same;
}

/* ---- Queries --------------------------------------------------------- */

uint64_t aka__cluster_entity_of(const aka__cluster *c, uint32_t rec)
{
    if (!c || !present(c, rec))
        return 0;
    return c->r[root_of(c, rec)].eid;
}

aka_status aka__cluster_entity_record(const aka__cluster *c, uint64_t entity,
                                      uint32_t *out_rec)
{
    if (!c || !out_rec)
        return AKA_ERR_ARGUMENT;
    size_t i = entity ? map_slot(c, entity) : SIZE_MAX;
    if (i == SIZE_MAX)
        return AKA_ERR_NOT_FOUND;
    *out_rec = c->map[i].rec;
    return AKA_OK;
}

size_t aka__cluster_entity_size(const aka__cluster *c, uint32_t rec)
{
    if (!c || !present(c, rec))
        return 0;
    return c->r[root_of(c, rec)].size;
}

aka_status aka__cluster_entity_records(const aka__cluster *c, uint32_t rec,
                                       uint32_t *out, size_t cap,
                                       size_t *out_n)
{
    if (!c || !out_n || (cap && !out))
        return AKA_ERR_ARGUMENT;
    if (!present(c, rec))
        return AKA_ERR_NOT_FOUND;
    uint32_t root = root_of(c, rec);
    *out_n = c->r[root].size;
    if (cap < *out_n)
        return AKA_ERR_BUFFER;
    size_t k = 0;
    uint32_t m = root;
    do {
        out[k++] = m;
        m = c->r[m].next;
    } while (m != root);
    qsort(out, k, sizeof *out, u32_qcmp);
    return AKA_OK;
}

uint64_t aka__cluster_next_id(const aka__cluster *c)
{
    return c->next_id;
}

size_t aka__cluster_entity_count(const aka__cluster *c)
{
    return c ? c->mapn : 0;
}

/* h[0..n) a max-heap but for h[at], which may be too small: sift down. */
static void heap_down(uint64_t *h, size_t n, size_t at)
{
    for (;;) {
        size_t big = at, l = 2 * at + 1, r = l + 1;
        if (l < n && h[l] > h[big])
            big = l;
        if (r < n && h[r] > h[big])
            big = r;
        if (big == at)
            return;
        uint64_t t = h[at];
        h[at] = h[big];
        h[big] = t;
        at = big;
    }
}

void aka__cluster_entities_after(const aka__cluster *c, uint64_t after,
                                 uint64_t *out, size_t cap, size_t *total)
{
    /* The least `cap` in a max-heap in out (the map is in no order),
     * then the heap sorted in place: no memory of its own, E log cap. */
    size_t n = 0, all = 0;
    for (size_t i = 0; c && i < c->mapcap; i++) {
        uint64_t id = c->map[i].id;
        if (!id || id <= after)
            continue;
        all++;
        if (n < cap) {
            size_t at = n++;
            out[at] = id;
            while (at && out[(at - 1) / 2] < out[at]) {
                uint64_t t = out[at];
                out[at] = out[(at - 1) / 2];
                out[(at - 1) / 2] = t;
                at = (at - 1) / 2;
            }
        } else if (cap && id < out[0]) {
            out[0] = id;
            heap_down(out, n, 0);
        }
    }
    for (size_t end = n; end > 1; end--) {
        uint64_t t = out[0];
        out[0] = out[end - 1];
        out[end - 1] = t;
        heap_down(out, end - 1, 0);
    }
    *total = all;
}

typedef struct pmrow {
    uint32_t root;
    aka__possible_match pm;
} pmrow;

static int pmrow_root_qcmp(const void *x, const void *y)
{
    const pmrow *p = x, *q = y;
    if (p->root != q->root)
        return p->root < q->root ? -1 : 1;
    if (p->pm.weight != q->pm.weight)
        return p->pm.weight > q->pm.weight ? -1 : 1;
    if (p->pm.rec != q->pm.rec)
        return p->pm.rec < q->pm.rec ? -1 : 1;
    return p->pm.other < q->pm.other ? -1 : p->pm.other > q->pm.other;
}

static int pmrow_out_qcmp(const void *x, const void *y)
{
    const pmrow *p = x, *q = y;
    if (p->pm.weight != q->pm.weight)
        return p->pm.weight > q->pm.weight ? -1 : 1;
    return p->pm.entity < q->pm.entity ? -1 : p->pm.entity > q->pm.entity;
}

aka_status aka__cluster_possible_matches(const aka__cluster *c, uint32_t rec,
                                         aka__possible_match *out,
                                         size_t cap, size_t *out_n)
{
    if (!c || !out_n || (cap && !out))
        return AKA_ERR_ARGUMENT;
    if (!present(c, rec))
        return AKA_ERR_NOT_FOUND;
    uint32_t root = root_of(c, rec);
    size_t n = 0;
    uint32_t m = root;
    do {
        for (uint32_t i = 0; i < c->r[m].nedges; i++)
            n += c->r[m].edges[i].w >= c->review;
        m = c->r[m].next;
    } while (m != root);
    pmrow *rows = malloc((n + 1) * sizeof *rows);
    if (!rows)
        return AKA_ERR_NOMEM;
    n = 0;
    m = root;
    do {
        for (uint32_t i = 0; i < c->r[m].nedges; i++) {
            const cedge *ed = &c->r[m].edges[i];
            if (ed->w < c->review)
                continue;
            uint32_t ro = root_of(c, ed->other);
            if (ro == root)
                continue;
            rows[n].root = ro;
            rows[n].pm = (aka__possible_match){c->r[ro].eid, ed->w, m,
                                               ed->other, 0};
            n++;
        }
        m = c->r[m].next;
    } while (m != root);
    qsort(rows, n, sizeof *rows, pmrow_root_qcmp);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && rows[i].root == rows[i - 1].root)
            continue; /* the first of each entity is its best edge */
        if (cannot_between(c, root, rows[i].root))
            continue;
        pmrow r = rows[i];
        if (r.pm.weight < c->match)
            r.pm.cause = AKA__PM_THRESHOLD;
        else if (roots_conflict(c, root, r.root, NULL, NULL))
            r.pm.cause = AKA__PM_CONFLICT;
        else if (ambiguous(c, r.pm.rec) || ambiguous(c, r.pm.other))
            r.pm.cause = AKA__PM_AMBIGUOUS;
        else
            r.pm.cause = AKA__PM_PENDING;
        rows[k++] = r;
    }
    qsort(rows, k, sizeof *rows, pmrow_out_qcmp);
    *out_n = k;
    aka_status st = AKA_OK;
    if (cap < k)
        st = AKA_ERR_BUFFER;
    else
        for (size_t i = 0; i < k; i++)
            out[i] = rows[i].pm;
    free(rows);
    return st;
}

int aka__cluster_conflict(const aka__cluster *c, uint32_t a, uint32_t b,
                          aka__conflict_key *out_key)
{
    if (!c || !present(c, a) || !present(c, b))
        return 0;
    uint32_t ra = root_of(c, a), rb = root_of(c, b);
    if (ra == rb)
        return 0;
    return roots_conflict(c, ra, rb, out_key, NULL);
}

int aka__cluster_ambiguous(const aka__cluster *c, uint32_t rec)
{
    return c && present(c, rec) && ambiguous(c, rec);
}

int aka__cluster_refused_by_conflict(const aka__cluster *c, uint32_t a, uint32_t b)
{
    if (!aka__cluster_conflict(c, a, b, NULL))
        return 0;
    uint32_t ra = root_of(c, a), rb = root_of(c, b);
    if (c->r[ra].size > c->r[rb].size) {
        uint32_t t = ra;
        ra = rb;
        rb = t;
    }
    uint32_t m = ra;
    do {
        for (uint32_t i = 0; i < c->r[m].nedges; i++)
            if (c->r[m].edges[i].w >= c->match &&
                root_of(c, c->r[m].edges[i].other) == rb)
                return 1;
        m = c->r[m].next;
    } while (m != ra);
    return 0;
}
