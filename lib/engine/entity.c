/* aka_engine_entity: an entity's records and its possible matches, as
 * JSON, so that an analyst sees who the engine thinks a person is and
 * which other entities might be the same person (and why they are not
 * merged). */
#include <stdlib.h>

#include "engine/json.h"

static const char *cause_name(int cause)
{
    switch (cause) {
    case AKA__PM_THRESHOLD: return "below_threshold";
    case AKA__PM_CONFLICT: return "conflict";
    default: return "pending";
    }
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
            st = aka__sb_append_str(o, "\",\"record\":");
        if (st == AKA_OK)
            st = aka__json_record(e, o, pm[i].rec, 0);
        if (st == AKA_OK)
            st = aka__sb_append_str(o, ",\"other_record\":");
        if (st == AKA_OK)
            st = aka__json_record(e, o, pm[i].other, 0);
        if (st == AKA_OK)
            st = aka__sb_append_char(o, '}');
    }
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
