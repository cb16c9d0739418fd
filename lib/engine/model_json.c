/* aka_engine_model: the engine's Fellegi-Sunter model as JSON (every m, u
 * and weight, the prior) with what the last estimation did, so that an
 * analyst can see and check what the scores rest on. */
#include <string.h>

#include "engine/json.h"
#include "match/compare.h"
#include "normalize/normalize.h"

static aka_status kinds(const aka__model *md, aka__sb *o)
{
    aka__model defaults;
    aka__model_defaults(&defaults);
    aka_status st = aka__sb_append_str(o, ",\"kinds\":[");
    int first_kind = 1;
    for (int k = 1; k < AKA__MODEL_KINDS && st == AKA_OK; k++) {
        st = aka__sb_append_str(o, first_kind ? "{\"kind\":\"" : ",{\"kind\":\"");
        first_kind = 0;
        if (st == AKA_OK)
            st = aka__sb_append_str(o, aka__kind_name(k));
        if (st == AKA_OK)
            st = aka__sb_append_str(o, "\",\"levels\":[");
        int first = 1;
        for (int l = 0; l < AKA__MODEL_LEVELS && st == AKA_OK; l++) {
            if (!aka__model_level_exists(&defaults, k, l))
                continue;
            st = aka__sb_append_str(o, first ? "{\"level\":\"" : ",{\"level\":\"");
            first = 0;
            if (st == AKA_OK)
                st = aka__sb_append_str(o, aka__level_name(k, l));
            if (st == AKA_OK)
                st = aka__json_num(o, "\",\"m\":", 8, md->m[k][l]);
            if (st == AKA_OK)
                st = aka__json_num(o, ",\"u\":", 8, md->u[k][l]);
            if (st == AKA_OK)
                st = aka__json_num(o, ",\"weight\":", 3,
                                   aka__model_weight(md, k, l));
            if (st == AKA_OK)
                st = aka__sb_append_char(o, '}');
        }
        if (st == AKA_OK)
            st = aka__sb_append_str(o, "]}");
    }
    return st == AKA_OK ? aka__sb_append_char(o, ']') : st;
}

static aka_status estimate(const aka__estimate_report *r, aka__sb *o)
{
    if (!r->done)
        return aka__sb_append_str(o, ",\"estimate\":null");
    aka_status st = aka__sb_append_str(o, r->applied ? ",\"estimate\":{\"applied\":true"
                                                     : ",\"estimate\":{\"applied\":false");
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ",\"reason\":");
    if (st == AKA_OK)
        st = r->reason ? aka__json_str(o, r->reason, strlen(r->reason))
                       : aka__sb_append_str(o, "null");
    if (st == AKA_OK)
        st = aka__sb_append_str(o, r->converged ? ",\"converged\":true"
                                                : ",\"converged\":false");
    if (st == AKA_OK)
        st = aka__json_u64(o, ",\"iterations\":", r->iterations);
    if (st == AKA_OK)
        st = aka__json_u64(o, ",\"records_sampled\":", r->records);
    if (st == AKA_OK)
        st = aka__json_num(o, ",\"pairs\":", 0, r->pairs);
    if (st == AKA_OK)
        st = aka__json_num(o, ",\"distinct_level_vectors\":", 0, r->patterns);
    if (st == AKA_OK)
        st = aka__json_num(o, ",\"proportion_matched\":", 6, r->proportion);
    return st == AKA_OK ? aka__sb_append_char(o, '}') : st;
}

aka_status aka_engine_model(aka_engine *e, char *buf, size_t cap,
                            size_t *out_len)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka_status st = aka__engine_check_out(e, "aka_engine_model", buf, cap, out_len);
    if (st != AKA_OK)
        return st;
    *out_len = 0;
    aka__err err = {{0}};
    aka__sb o = {0};
    aka__engine_read(e);
    st = aka__json_num(&o, "{\"prior\":", 3, e->model.prior);
    if (st == AKA_OK)
        st = aka__json_num(&o, ",\"u_partial_month\":", 8, e->model.u_partial_month);
    if (st == AKA_OK)
        st = kinds(&e->model, &o);
    if (st == AKA_OK)
        st = estimate(&e->estimate, &o);
    if (st == AKA_OK)
        st = aka__sb_append_char(&o, '}');
    aka__engine_unlock(e);
    if (st == AKA_OK)
        st = aka__copy_out(o.p, o.len, buf, cap, out_len);
    else
        aka__fail(&err, st, "engine: out of memory");
    aka__sb_free(&o);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}
