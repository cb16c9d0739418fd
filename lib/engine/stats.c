/* aka_engine_stats: what the engine holds, and what blocking gave up. */
#include <stdio.h>

#include "core/strbuf.h"
#include "engine/engine.h"

aka_status aka_engine_stats(aka_engine *e, char *buf, size_t cap,
                            size_t *out_len)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka_status st =
        aka__engine_check_out(e, "aka_engine_stats", buf, cap, out_len);
    if (st != AKA_OK)
        return st;
    aka__err err = {{0}};
    aka__index_stats ix;
    char json[1536];
    aka__engine_read(e);
    aka__index_stats_get(e->index, &ix);
    int n = snprintf(
        json, sizeof json,
        "{\"records\":%u,\"entities\":%zu,\"next_entity\":%llu,"
        "\"bulk_loading\":%s,"
        "\"blocking\":{\"keys\":%zu,\"oversized_keys\":%zu,"
        "\"largest_block\":%zu,\"postings\":%zu,"
        "\"pairs_skipped_by_oversized_keys\":%llu,\"max_block\":%u,"
        "\"index_bytes\":%zu},\"records_with_names\":%llu,"
        "\"journal\":{\"enabled\":%s,\"replayed\":%llu,\"warning\":\"%s\"}}",
        e->store.live, aka__cluster_entity_count(e->cluster),
        (unsigned long long)aka__cluster_next_id(e->cluster),
        e->bulk ? "true" : "false", ix.keys, ix.oversized, ix.largest_block,
        ix.postings, (unsigned long long)ix.skipped_pairs, e->opts.max_block,
        ix.memory, (unsigned long long)e->names.records,
        e->jfd >= 0 ? "true" : "false", (unsigned long long)e->jreplayed,
        e->jwarn);
    aka__engine_unlock(e);
    if (n < 0 || (size_t)n >= sizeof json)
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_INTERNAL, "engine: statistics too long"),
            &err);
    st = aka__copy_out(json, (size_t)n, buf, cap, out_len);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}
