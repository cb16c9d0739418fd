#include "engine/json.h"

#include <stdio.h>

aka_status aka__json_str(aka__sb *o, const char *s, size_t n)
{
    aka_status st = aka__sb_append_char(o, '"');
    for (size_t i = 0; i < n && st == AKA_OK; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            st = aka__sb_append(o, esc, 2);
        } else if (c < 0x20) {
            char esc[8];
            snprintf(esc, sizeof esc, "\\u%04x", c);
            st = aka__sb_append_str(o, esc);
        } else {
            st = aka__sb_append_char(o, (char)c);
        }
    }
    return st == AKA_OK ? aka__sb_append_char(o, '"') : st;
}

aka_status aka__json_num(aka__sb *o, const char *text, int digits, double v)
{
    char num[64];
    snprintf(num, sizeof num, "%.*f", digits, v);
    aka_status st = aka__sb_append_str(o, text);
    return st == AKA_OK ? aka__sb_append_str(o, num) : st;
}

aka_status aka__json_u64(aka__sb *o, const char *text, uint64_t v)
{
    char num[24];
    snprintf(num, sizeof num, "%llu", (unsigned long long)v);
    aka_status st = aka__sb_append_str(o, text);
    return st == AKA_OK ? aka__sb_append_str(o, num) : st;
}

aka_status aka__json_record(const aka_engine *e, aka__sb *o, uint32_t idx,
                            int with_entity)
{
    const aka__rec *r = &e->store.rec[idx];
    aka_status st = aka__sb_append_str(o, "{\"source\":");
    if (st == AKA_OK)
        st = aka__json_str(o, r->key, r->srclen);
    if (st == AKA_OK)
        st = aka__sb_append_str(o, ",\"record_id\":");
    if (st == AKA_OK)
        st = aka__json_str(o, r->key + r->srclen + 1, r->idlen);
    if (st == AKA_OK && with_entity)
        st = aka__json_u64(o, ",\"entity\":",
                           aka__cluster_entity_of(e->cluster, idx));
    return st == AKA_OK ? aka__sb_append_char(o, '}') : st;
}
