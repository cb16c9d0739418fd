/* Export and import of a cluster for engine snapshots (cluster.h); the
 * byte layout is documented in docs/file-format.md.
 *
 * The union-find is written flattened: every record names its root, a
 * root its entity id. What the algorithm derives (sizes, member lists,
 * merged key multisets, cannot-link counts, the id map) is rebuilt, so a
 * file cannot make it inconsistent, and path compression has no effect on
 * what any query or later resolution answers. Edges and decisions are
 * written once per pair, from the smaller record, in ascending order. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cluster/cluster.h"
#include "cluster/cluster_impl.h"
#include "core/bytes.h"

/* Root of rec without compressing paths. */
static uint32_t root_of(const aka__cluster *c, uint32_t rec)
{
    while (c->r[rec].parent != rec)
        rec = c->r[rec].parent;
    return rec;
}

static int u32_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int ekey_cmp(const void *a, const void *b)
{
    const ekey *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->group != y->group)
        return x->group < y->group ? -1 : 1;
    return x->value < y->value ? -1 : x->value > y->value;
}

void aka__cluster_export(const aka__cluster *c, uint32_t nrec, aka__wr *w)
{
    aka__wr_u64(w, c->next_id);
    aka__wr_u32(w, nrec);
    uint32_t *tmp = NULL;
    size_t tcap = 0;
    for (uint32_t i = 0; i < nrec; i++) {
        int pres = i < c->nr && c->r[i].present;
        aka__wr_u8(w, (uint8_t)pres);
        if (!pres)
            continue;
        const crec *r = &c->r[i];
        uint32_t root = root_of(c, i);
        aka__wr_u32(w, root);
        if (root == i)
            aka__wr_u64(w, r->eid);
        aka__wr_u32(w, r->nkeys);
        for (uint32_t k = 0; k < r->nkeys; k++) {
            aka__wr_u32(w, r->keys[k].kind);
            aka__wr_u64(w, r->keys[k].group);
            aka__wr_u64(w, r->keys[k].value);
        }
        /* Edges, then decisions, to records above i, ascending: sort the
         * positions of the list by the other record. */
        size_t need = (size_t)r->nedges + r->ndecs + 1;
        if (need > tcap) {
            uint32_t *t = realloc(tmp, need * 2 * sizeof *t);
            if (!t) {
                /* Export cannot fail halfway through a stream: fall back
                 * to a quadratic selection that needs no memory. */
                free(tmp);
                tmp = NULL;
                tcap = 0;
            } else {
                tmp = t;
                tcap = need * 2;
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            uint32_t cnt = pass ? r->ndecs : r->nedges, m = 0;
            for (uint32_t k = 0; k < cnt; k++) {
                uint32_t o = pass ? r->decs[k].other : r->edges[k].other;
                m += o > i;
            }
            aka__wr_u32(w, m);
            if (tmp) {
                m = 0;
                for (uint32_t k = 0; k < cnt; k++) {
                    uint32_t o = pass ? r->decs[k].other : r->edges[k].other;
                    if (o > i)
                        tmp[m++] = o;
                }
                qsort(tmp, m, sizeof *tmp, u32_cmp);
            }
            uint32_t last = i;
            for (uint32_t j = 0; j < m; j++) {
                uint32_t o;
                if (tmp) {
                    o = tmp[j];
                } else {
                    o = UINT32_MAX;
                    for (uint32_t k = 0; k < cnt; k++) {
                        uint32_t x = pass ? r->decs[k].other : r->edges[k].other;
                        if (x > last && x < o)
                            o = x;
                    }
                }
                last = o;
                aka__wr_u32(w, o);
                for (uint32_t k = 0; k < cnt; k++) {
                    if (pass && r->decs[k].other == o)
                        aka__wr_u8(w, (uint8_t)r->decs[k].same);
                    else if (!pass && r->edges[k].other == o)
                        aka__wr_f32(w, r->edges[k].w);
                }
            }
        }
    }
    free(tmp);
}

typedef struct scan {
    uint32_t *root; /* per record, NONE when absent */
    uint32_t *deg;  /* edges per record, both directions */
    uint32_t *ndec; /* decisions per record, both directions */
    uint64_t next_id;
} scan;

#define NONE UINT32_MAX

/* The checking pass: reads everything, builds nothing but counts. */
static int check(const unsigned char *p, size_t n, uint32_t nrec,
                 const uint8_t *live, scan *s, const char **why)
{
    aka__rd rd = {p, n, 0, 0};
    s->next_id = aka__rd_u64(&rd);
    uint32_t nr = aka__rd_u32(&rd);
    if (rd.bad || nr != nrec) {
        *why = "cluster: record count differs from the records section";
        return -1;
    }
    if (s->next_id == 0 || s->next_id == UINT64_MAX) {
        *why = "cluster: next entity id out of range";
        return -1;
    }
    uint64_t *eids = malloc(((size_t)nrec + 1) * sizeof *eids);
    if (!eids)
        return -2;
    size_t neid = 0;
    for (uint32_t i = 0; i < nrec; i++) {
        uint8_t pres = aka__rd_u8(&rd);
        if (rd.bad)
            break;
        if (pres > 1 || pres != live[i]) {
            *why = "cluster: record presence differs from the records section";
            goto bad;
        }
        if (!pres)
            continue;
        uint32_t root = aka__rd_u32(&rd);
        if (!rd.bad && (root >= nrec || !live[root])) {
            *why = "cluster: parent link out of range";
            goto bad;
        }
        s->root[i] = root;
        if (root == i) {
            uint64_t id = aka__rd_u64(&rd);
            if (!rd.bad && (id == 0 || id >= s->next_id)) {
                *why = "cluster: entity id out of range";
                goto bad;
            }
            eids[neid++] = id;
        }
        uint32_t nk = aka__rd_count(&rd, 20);
        ekey prev = {0, 0, 0, 0};
        for (uint32_t k = 0; k < nk && !rd.bad; k++) {
            ekey cur = {0, 0, 0, 1};
            cur.kind = aka__rd_u32(&rd);
            cur.group = aka__rd_u64(&rd);
            cur.value = aka__rd_u64(&rd);
            if (k && ekey_cmp(&prev, &cur) >= 0) {
                *why = "cluster: conflict keys not in ascending order";
                goto bad;
            }
            if (cur.kind == AKA_DATE_OF_BIRTH && cur.group == AKA__CONFLICT_DAYS &&
                (cur.value / 100 < 1 || cur.value / 100 > 12 ||
                 cur.value % 100 < 1 || cur.value % 100 > 31)) {
                *why = "cluster: a day of the year out of range";
                goto bad;
            }
            prev = cur;
        }
        for (int pass = 0; pass < 2 && !rd.bad; pass++) {
            uint32_t m = aka__rd_count(&rd, pass ? 5 : 8), last = i;
            for (uint32_t j = 0; j < m && !rd.bad; j++) {
                uint32_t o = aka__rd_u32(&rd);
                if (pass) {
                    uint8_t same = aka__rd_u8(&rd);
                    if (same > 1) {
                        *why = "cluster: decision neither same nor different";
                        goto bad;
                    }
                } else {
                    float wgt = aka__rd_f32(&rd);
                    if (!isfinite(wgt)) {
                        *why = "cluster: edge weight not a number";
                        goto bad;
                    }
                }
                if (rd.bad)
                    break;
                if (o <= last || o >= nrec || !live[o]) {
                    *why = "cluster: edge or decision out of range or order";
                    goto bad;
                }
                last = o;
                uint32_t *cnt = pass ? s->ndec : s->deg;
                if (cnt[i] == UINT32_MAX / 2 || cnt[o] == UINT32_MAX / 2) {
                    *why = "cluster: too many edges on one record";
                    goto bad;
                }
                cnt[i]++;
                cnt[o]++;
            }
        }
    }
    if (rd.bad || rd.off != n) {
        *why = rd.bad ? "cluster: section ends early"
                      : "cluster: bytes after the last record";
        goto bad;
    }
    /* Parent links: every record's root is a root (depth one, so there
     * is no cycle), and entity ids are distinct. */
    for (uint32_t i = 0; i < nrec; i++)
        if (live[i] && s->root[s->root[i]] != s->root[i]) {
            *why = "cluster: parent link to a record that is not a root";
            goto bad;
        }
    qsort(eids, neid, sizeof *eids, u64_cmp);
    for (size_t k = 1; k < neid; k++)
        if (eids[k] == eids[k - 1]) {
            *why = "cluster: two entities with one id";
            goto bad;
        }
    free(eids);
    return 0;
bad:
    free(eids);
    return -1;
}

/* The building pass over bytes that check() accepted. */
static int build(const unsigned char *p, size_t n, uint32_t nrec,
                 const scan *s, aka__cluster *c)
{
    aka__rd rd = {p, n, 0, 0};
    (void)aka__rd_u64(&rd);
    (void)aka__rd_u32(&rd);
    crec *r = calloc(nrec ? nrec : 1, sizeof *r);
    if (!r)
        return -2;
    c->r = r;
    c->nr = nrec;
    for (uint32_t i = 0; i < nrec; i++) {
        r[i].parent = r[i].next = i;
        if (aka__cluster_reserve(c, (void **)&r[i].edges, &r[i].cap_edges, s->deg[i],
                                 sizeof(cedge)) != 0 ||
            aka__cluster_reserve(c, (void **)&r[i].decs, &r[i].cap_decs, s->ndec[i],
                                 sizeof(cdec)) != 0)
            return -2;
    }
    for (uint32_t i = 0; i < nrec; i++) {
        if (!aka__rd_u8(&rd))
            continue;
        crec *x = &r[i];
        x->present = 1;
        c->live++;
        x->parent = aka__rd_u32(&rd);
        if (x->parent == i)
            x->eid = aka__rd_u64(&rd);
        uint32_t nkeys = aka__rd_u32(&rd);
        if (nkeys && !(x->keys = aka__slab_alloc(&c->slab, nkeys * sizeof *x->keys)))
            return -2;
        x->nkeys = nkeys; /* once the array has that size: freeing needs it */
        for (uint32_t k = 0; k < x->nkeys; k++) {
            x->keys[k].kind = aka__rd_u32(&rd);
            x->keys[k].group = aka__rd_u64(&rd);
            x->keys[k].value = aka__rd_u64(&rd);
            x->keys[k].count = 1;
        }
        uint32_t m = aka__rd_u32(&rd);
        for (uint32_t j = 0; j < m; j++) {
            uint32_t o = aka__rd_u32(&rd);
            float w = aka__rd_f32(&rd);
            x->edges[x->nedges++] = (cedge){o, w};
            r[o].edges[r[o].nedges++] = (cedge){i, w};
        }
        m = aka__rd_u32(&rd);
        for (uint32_t j = 0; j < m; j++) {
            uint32_t o = aka__rd_u32(&rd);
            uint32_t same = aka__rd_u8(&rd);
            x->decs[x->ndecs++] = (cdec){o, same};
            r[o].decs[r[o].ndecs++] = (cdec){i, same};
        }
    }
    /* Derived state: sizes, circular member lists (members in ascending
     * order after their root), cannot-link counts, merged key multisets. */
    uint32_t *tail = malloc(((size_t)nrec + 1) * sizeof *tail);
    if (!tail)
        return -2;
    for (uint32_t i = 0; i < nrec; i++)
        tail[i] = i;
    for (uint32_t i = 0; i < nrec; i++) {
        if (!r[i].present)
            continue;
        uint32_t root = r[i].parent;
        r[root].size++;
        for (uint32_t k = 0; k < r[i].ndecs; k++)
            r[root].ncannot += !r[i].decs[k].same;
        if (root != i) {
            r[i].next = r[tail[root]].next;
            r[tail[root]].next = i;
            tail[root] = i;
        }
    }
    free(tail);
    for (uint32_t i = 0; i < nrec; i++) {
        crec *x = &r[i];
        if (!x->present || x->parent != i || x->size < 2)
            continue;
        size_t total = 0;
        uint32_t m = i;
        do {
            total += r[m].nkeys;
            m = r[m].next;
        } while (m != i);
        if (!total)
            continue;
        ekey *ek = malloc(total * sizeof *ek);
        if (!ek)
            return -2;
        size_t k = 0;
        m = i;
        do {
            if (r[m].nkeys) /* keys is NULL then: memcpy(.., NULL, 0) is UB */
                memcpy(ek + k, r[m].keys, r[m].nkeys * sizeof *ek);
            k += r[m].nkeys;
            m = r[m].next;
        } while (m != i);
        qsort(ek, total, sizeof *ek, ekey_cmp);
        uint32_t nk = 0;
        for (size_t j = 0; j < total; j++) {
            if (nk && ekey_cmp(&ek[nk - 1], &ek[j]) == 0)
                ek[nk - 1].count++;
            else
                ek[nk++] = ek[j];
        }
        x->ek = aka__slab_alloc(&c->slab, nk * sizeof *ek);
        if (x->ek) {
            memcpy(x->ek, ek, nk * sizeof *ek);
            x->nek = nk;
        }
        free(ek);
        if (!x->ek)
            return -2;
    }
    c->next_id = s->next_id;
    if (aka__cluster_map_reserve(c, c->live) != 0)
        return -2;
    for (uint32_t i = 0; i < nrec; i++)
        if (r[i].present && r[i].parent == i)
            aka__cluster_map_put(c, r[i].eid, i);
    return 0;
}

int aka__cluster_import(const unsigned char *p, size_t n, uint32_t nrec,
                        const uint8_t *live, float match, float review,
                        aka__cluster **out, const char **why)
{
    *out = NULL;
    *why = "cluster: out of memory";
    scan s = {0};
    size_t words = (size_t)nrec + 1;
    s.root = malloc(words * sizeof *s.root);
    s.deg = calloc(words, sizeof *s.deg);
    s.ndec = calloc(words, sizeof *s.ndec);
    int rc = -2;
    aka__cluster *c = NULL;
    if (s.root && s.deg && s.ndec) {
        for (uint32_t i = 0; i < nrec; i++)
            s.root[i] = NONE;
        rc = check(p, n, nrec, live, &s, why);
    }
    if (rc == 0) {
        c = aka__cluster_new();
        rc = c ? build(p, n, nrec, &s, c) : -2;
        if (rc == 0 && aka__cluster_set_thresholds(c, match, review) != AKA_OK) {
            *why = "cluster: thresholds out of order";
            rc = -1;
        }
        if (rc != 0 && c) {
            aka__cluster_free(c);
            c = NULL;
        }
    }
    free(s.root);
    free(s.deg);
    free(s.ndec);
    *out = c;
    return rc;
}
