/* aka_engine_entity: an entity's records, its possible matches and the
 * analysts' decisions on its records, as JSON, so that an analyst sees
 * who the engine thinks a person is, which other entities might be the
 * same person (and why they are not merged), and what analysts decided
 * (to withdraw a decision, one must know it is there). */
#include <stdlib.h>

#include "engine/json.h"

static const char *cause_name(int cause)
{
    switch (cause) {
    case AKA__PM_THRESHOLD: return "below_threshold";
    case AKA__PM_CONFLICT: return "conflict";
    case AKA__PM_AMBIGUOUS: return "ambiguous";
    default: return "pending";
    }
}

/* "record":…,"other_record":… of a pair the entity's JSON lists (a
 * possible match's best pair, a decision's pair). */
static aka_status record_pair(const aka_engine *e, aka__sb *o, uint32_t rec,
                              uint32_t other)
{
    aka_status st = aka__sb_append_str(o, "\"record\":");
    if (st == AKA_OK)
        st = aka__json_record(e, o, rec, 0);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ",\"other_record\":");
    if (st == AKA_OK)
        st = aka__json_record(e, o, other, 0);
    return st;
}

static int by_key(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

/* The decisions on record r's pairs, each listed once for the entity
 * (a pair of two of its records from the lower one), by the other
 * record's place in the store. *first: no element written yet. */
static aka_status decisions_of(const aka_engine *e, uint64_t entity, uint32_t r,
                               aka__sb *o, int *first)
{
    uint32_t other, nd = 0;
    while (aka__cluster_decision_at(e->cluster, r, nd, &other) >= 0)
        nd++;
    if (nd == 0)
        return AKA_OK;
    /* each the other record above its word (1 the same, 0 not): sorted
     * by the other record */
    uint64_t *dec = malloc(nd * sizeof *dec);
    if (!dec)
        return AKA_ERR_NOMEM;
    for (uint32_t k = 0; k < nd; k++) {
        int same = aka__cluster_decision_at(e->cluster, r, k, &other);
        dec[k] = (uint64_t)other << 1 | (uint64_t)(same == 1);
    }
    qsort(dec, nd, sizeof *dec, by_key);
    aka_status st = AKA_OK;
    for (uint32_t k = 0; k < nd && st == AKA_OK; k++) {
        other = (uint32_t)(dec[k] >> 1);
        uint64_t oe = aka__cluster_entity_of(e->cluster, other);
        if (oe == entity && other < r)
            continue; /* listed from the other record */
        st = aka__sb_append_str(o, *first ? "{" : ",{");
        *first = 0;
        if (st == AKA_OK)
            st = record_pair(e, o, r, other);
        if (st == AKA_OK)
            st = aka__json_u64(o, ",\"other_entity\":", oe);
        if (st == AKA_OK)
            st = aka__sb_append_str(o, dec[k] & 1 ? ",\"same\":true}" : ",\"same\":false}");
    }
    free(dec);
    return st;
}

static aka_status build(const aka_engine *e, uint64_t entity, uint32_t rec,
                        aka__sb *o)
{
    size_t n = 0, np = 0;
    aka__cluster_entity_records(e->cluster, rec, NULL, 0, &n);
    uint32_t *recs = malloc((n ? n : 1) * sizeof *recs);
    if (!recs)
        return AKA_ERR_NOMEM;
    aka_status st = aka__cluster_entity_records(e->cluster, rec, recs, n, &n);
    aka__possible_match *pm = NULL;
    if (st == AKA_OK &&
        (st = aka__cluster_possible_matches(e->cluster, rec, NULL, 0, &np)) ==
            AKA_ERR_BUFFER) {
        pm = malloc(np * sizeof *pm);
        st = pm ? aka__cluster_possible_matches(e->cluster, rec, pm, np, &np)
                : AKA_ERR_NOMEM;
    }
    if (st == AKA_OK)
        st = aka__json_u64(o, "{\"entity\":", entity);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ",\"records\":[");
    for (size_t i = 0; i < n && st == AKA_OK; i++) {
        if (i)
            st = aka__sb_append_char(o, ',');
        if (st == AKA_OK)
            st = aka__json_record(e, o, recs[i], 0);
    }
    if (st == AKA_OK)
        st = aka__sb_append_str(o, "],\"possible_matches\":[");
    for (size_t i = 0; i < np && st == AKA_OK; i++) {
        st = aka__json_u64(o, i ? ",{\"entity\":" : "{\"entity\":",
                           pm[i].entity);
        if (st == AKA_OK)
            st = aka__json_num(o, ",\"probability\":", 6,
                               aka__model_probability(pm[i].weight));
        if (st == AKA_OK)
            st = aka__json_num(o, ",\"weight\":", 3, pm[i].weight);
        if (st == AKA_OK)
            st = aka__sb_append_str(o, ",\"cause\":\"");
        if (st == AKA_OK)
            st = aka__sb_append_str(o, cause_name(pm[i].cause));
        if (st == AKA_OK)
            st = aka__sb_append_str(o, "\",");
        if (st == AKA_OK)
            st = record_pair(e, o, pm[i].rec, pm[i].other);
        if (st == AKA_OK)
            st = aka__sb_append_char(o, '}');
    }
    if (st == AKA_OK)
        st = aka__sb_append_str(o, "],\"decisions\":[");
    int first = 1;
    for (size_t i = 0; i < n && st == AKA_OK; i++)
        st = decisions_of(e, entity, recs[i], o, &first);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, "]}");
    free(recs);
    free(pm);
    return st;
}

aka_status aka_engine_entity(aka_engine *e, uint64_t entity, char *buf,
                             size_t cap, size_t *out_len)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka_status st =
        aka__engine_check_out(e, "aka_engine_entity", buf, cap, out_len);
    if (st != AKA_OK)
        return st;
    *out_len = 0;
    aka__err err = {{0}};
    aka__sb o = {0};
    uint32_t rec;
    aka__engine_read(e);
    st = aka__cluster_entity_record(e->cluster, entity, &rec);
    if (st != AKA_OK)
        aka__fail(&err, AKA_ERR_NOT_FOUND, "engine: no such entity");
    else if ((st = build(e, entity, rec, &o)) != AKA_OK)
        aka__fail(&err, st, "engine: out of memory");
    aka__engine_unlock(e);
    if (st == AKA_OK)
        st = aka__copy_out(o.p, o.len, buf, cap, out_len);
    aka__sb_free(&o);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

aka_status aka_engine_entities(aka_engine *e, uint64_t after, uint64_t *out_entities,
                               size_t cap, size_t *out_n)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    if (!out_n || (cap && !out_entities))
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT,
                         "aka_engine_entities: NULL out_n, or NULL out_entities "
                         "with cap > 0"),
            &err);
    aka__engine_read(e);
    aka__cluster_entities_after(e->cluster, after, out_entities, cap, out_n);
    aka__engine_unlock(e);
    if (*out_n <= cap)
        return AKA_OK;
    aka__fail(&err, AKA_ERR_BUFFER,
              "aka_engine_entities: %zu entities, room for %zu (*out_n says how "
              "many; go on after the last one given)",
              *out_n, cap);
    return aka__engine_fail(e, AKA_ERR_BUFFER, &err);
}
