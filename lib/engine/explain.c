/* aka_engine_explain: the pair's comparison as JSON, with the same numbers
 * the resolution used (engine/pair.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "engine/json.h"
#include "engine/pair.h"
#include "match/compare.h"
#include "match/nameform.h"
#include "normalize/normalize.h"

static aka_status build(aka_engine *e, uint32_t a, uint32_t b,
                        aka__pair_scratch *ps, aka__sb *o)
{
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    const aka__rec *ra = &e->store.rec[a], *rb = &e->store.rec[b];
    double total = aka__pair_score(e, ra, rb, ps, cmp, -INFINITY);
    aka_status st = aka__sb_append_str(o, "{\"a\":");
    if (st == AKA_OK)
        st = aka__json_record(e, o, a, 1);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ",\"b\":");
    if (st == AKA_OK)
        st = aka__json_record(e, o, b, 1);
    int same_entity = aka__cluster_entity_of(e->cluster, a) ==
                      aka__cluster_entity_of(e->cluster, b);
    int decision = aka__cluster_decision(e->cluster, a, b);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, same_entity ? ",\"same_entity\":true"
                                               : ",\"same_entity\":false");
    if (st == AKA_OK)
        st = aka__sb_append_str(o, decision == 1   ? ",\"analyst_decision\":\"same\""
                                   : decision == 0 ? ",\"analyst_decision\":\"not_same\""
                                                   : ",\"analyst_decision\":null");
    if (st == AKA_OK)
        st = aka__json_num(o, ",\"prior\":", 3, e->model.prior);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ",\"features\":[");
    int first = 1;
    for (int k = 1; k < AKA__MODEL_KINDS && st == AKA_OK; k++) {
        const aka__feature_cmp *c = &cmp[k];
        if (!c->compared)
            continue;
        const aka__fval *x = &ra->vals[c->va], *y = &rb->vals[c->vb];
        st = aka__sb_append_str(o, first ? "{\"kind\":\"" : ",{\"kind\":\"");
        first = 0;
        if (st == AKA_OK)
            st = aka__sb_append_str(o, aka__kind_name(k));
        if (st == AKA_OK)
            st = aka__sb_append_str(o, "\",\"a\":");
        if (st == AKA_OK)
            st = aka__json_str(o, x->canon, x->len);
        if (st == AKA_OK)
            st = aka__sb_append_str(o, ",\"b\":");
        if (st == AKA_OK)
            st = aka__json_str(o, y->canon, y->len);
        if (st == AKA_OK)
            st = aka__sb_append_str(o, ",\"level\":\"");
        if (st == AKA_OK)
            st = aka__sb_append_str(o, aka__level_name(k, c->level));
        if (st == AKA_OK)
            st = aka__json_num(o, "\",\"weight\":", 3, c->weight);
        if (st == AKA_OK)
            st = aka__sb_append_char(o, '}');
    }
    double p = aka__model_probability(total);
    const char *verdict = total >= e->match_score    ? "match"
                          : total >= e->review_score ? "possible_match"
                                                     : "no_match";
    if (st == AKA_OK)
        st = aka__json_num(o, "],\"total\":", 3, total);
    if (st == AKA_OK)
        st = aka__json_num(o, ",\"probability\":", 6, p);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ",\"decision\":\"");
    if (st == AKA_OK)
        st = aka__sb_append_str(o, verdict);
    /* The link the entities were built from holds the pair's score when
     * it was made: how common a name is weighs in, and that changes as
     * records arrive, so the total above (of today) may differ from it a
     * little (docs/engine.md). */
    float link;
    if (st == AKA_OK && aka__cluster_edge_weight(e->cluster, a, b, &link))
        st = aka__json_num(o, "\",\"link\":", 3, link);
    else if (st == AKA_OK)
        st = aka__sb_append_str(o, "\",\"link\":null");
    aka__conflict_key key;
    int conflict = !same_entity && aka__cluster_conflict(e->cluster, a, b, &key);
    if (st == AKA_OK && conflict) {
        st = aka__sb_append_str(o, ",\"conflict\":{\"kind\":\"");
        if (st == AKA_OK)
            st = aka__sb_append_str(o, aka__kind_name((aka_feature)key.kind));
        if (st == AKA_OK)
            st = aka__sb_append_str(
                o, key.kind == AKA_NAME
                       ? "\",\"detail\":\"the two entities name different "
                         "fathers in their patronymics\"}"
                   : key.kind == AKA_IDENTIFIER
                       ? "\",\"detail\":\"the two entities hold different "
                         "numbers of one national identifier type\"}"
                   : key.kind != AKA_DATE_OF_BIRTH
                       ? "\",\"detail\":\"the two entities hold different "
                         "document numbers of one country\"}"
                   : key.group == AKA__CONFLICT_YEARS
                       ? "\",\"detail\":\"the two entities hold birth years "
                         "more than two apart\"}"
                       : "\",\"detail\":\"the two entities hold different full "
                         "dates of birth\"}");
    } else if (st == AKA_OK) {
        st = aka__sb_append_str(o, ",\"conflict\":null");
    }
    /* a record that matches two records that conflict, as well as each:
     * linked to neither (cluster.h) */
    int ambiguous = !same_entity && (aka__cluster_ambiguous(e->cluster, a) ||
                                     aka__cluster_ambiguous(e->cluster, b));
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ambiguous ? ",\"ambiguous\":true}" : ",\"ambiguous\":false}");
    return st;
}

aka_status aka_engine_explain(aka_engine *e, const char *source_a,
                              size_t source_a_len, const char *record_id_a,
                              size_t record_id_a_len, const char *source_b,
                              size_t source_b_len, const char *record_id_b,
                              size_t record_id_b_len, char *buf, size_t cap,
                              size_t *out_len)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka_status st = aka__engine_check_out(e, "aka_engine_explain", buf, cap, out_len);
    if (st != AKA_OK)
        return st;
    aka__err err = {{0}};
    uint32_t a, b;
    aka__sb o = {0};
    /* Explanations share the engine: each brings its own name forms
     * rather than the engine's cache. */
    aka__pair_scratch ps;
    if (aka__pair_scratch_init(&ps, 0, 0) != AKA_OK)
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_NOMEM, "engine: out of memory"), &err);
    aka__engine_read(e);
    st = aka__engine_find(e, source_a, source_a_len, record_id_a,
                          record_id_a_len, &a, &err);
    if (st == AKA_OK)
        st = aka__engine_find(e, source_b, source_b_len, record_id_b,
                              record_id_b_len, &b, &err);
    if (st == AKA_OK && (st = build(e, a, b, &ps, &o)) != AKA_OK)
        aka__fail(&err, st, "engine: out of memory");
    aka__engine_unlock(e);
    aka__pair_scratch_free(&ps);
    if (st == AKA_OK)
        st = aka__copy_out(o.p, o.len, buf, cap, out_len);
    aka__sb_free(&o);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}
