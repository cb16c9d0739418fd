/* aka_engine_changes: which entities changed since a host last asked, so
 * that a case-management system keeps its map of entities to cases up to
 * date by reading those entities again, not all of them. The log itself
 * is cluster/changes.h; here are the host's cursors: the position in the
 * log below AKA__CHANGELOG_SEQ_END, and above it a tag of this engine and
 * of the log's round, never 0, so that a cursor of another engine, or of
 * this one before it was saved and loaded, is told from one of its own. */
#include "core/error.h"
#include "engine/engine.h"

#define TAG_SHIFT 40
#define TAG_SPAN 0xffffffu

static uint64_t tag_of(const aka_engine *e)
{
    return (uint64_t)((e->changes_tag + e->changes.round) % TAG_SPAN) + 1;
}

aka_status aka_engine_changes(aka_engine *e, uint64_t since,
                              uint64_t *out_entities, size_t cap,
                              size_t *out_n, uint64_t *out_next)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    if (!out_n || !out_next || (cap && !out_entities))
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT,
                         "aka_engine_changes: NULL out_n or out_next, or NULL "
                         "out_entities with cap > 0"),
            &err);
    *out_n = 0;
    aka__engine_read(e);
    const aka__changelog *l = &e->changes;
    uint64_t tag = tag_of(e);
    *out_next = tag << TAG_SHIFT | l->seq;
    /* 0: this engine's first change */
    int ours = since == 0 ? l->round == 0 : since >> TAG_SHIFT == tag;
    uint64_t from = since & (AKA__CHANGELOG_SEQ_END - 1);
    aka_status st = ours ? aka__changelog_since(l, from, out_entities, cap, out_n)
                         : AKA_ERR_LIMIT;
    size_t limit = l->limit;
    aka__engine_unlock(e);
    switch (st) {
    case AKA_OK:
        return st;
    case AKA_ERR_LIMIT:
        if (ours)
            aka__fail(&err, st, "aka_engine_changes: the changes since this "
                                "cursor are no longer kept (the log keeps the "
                                "last %zu entity ids: option change_log); read "
                                "every entity again, then go on from the "
                                "cursor given", limit);
        else
            aka__fail(&err, st, "aka_engine_changes: the cursor is not this "
                                "engine's (another engine's, or this one's "
                                "before a load); read every entity again, then "
                                "go on from the cursor given");
        break;
    case AKA_ERR_ARGUMENT:
        aka__fail(&err, st, "aka_engine_changes: the cursor is ahead of this "
                            "engine's changes (not a cursor it gave)");
        break;
    case AKA_ERR_BUFFER:
        aka__fail(&err, st, "aka_engine_changes: %zu entities changed, room "
                            "for %zu (*out_n says how many)", *out_n, cap);
        break;
    default:
        break;
    }
    return aka__engine_fail(e, st, &err);
}
