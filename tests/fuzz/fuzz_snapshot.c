/* Fuzz target: the snapshot loader. Each input is loaded twice: as it is
 * (almost always refused by a checksum) and with its checksums recomputed,
 * so that the parsers behind them see hostile lengths, counts, ids and
 * parent links. Invariants: a documented status; on failure no engine; on
 * success an engine whose every record has an entity, whose queries
 * answer, and that takes a new record. */
#include "fuzz_common.h"

#include "cluster/cluster.h"
#include "engine/persist.h"

static void check_engine(aka_engine *e)
{
    for (uint32_t i = 0; i < e->store.n; i++) {
        if (!e->store.rec[i].live)
            continue;
        if (aka__cluster_entity_of(e->cluster, i) == 0)
            fz_fail("snapshot", "a loaded record has no entity");
        size_t n = 0;
        aka_status st = aka__cluster_possible_matches(e->cluster, i, NULL, 0, &n);
        if (st != AKA_OK && st != AKA_ERR_BUFFER && st != AKA_ERR_NOMEM)
            fz_fail("snapshot", "possible matches of a loaded record failed");
    }
    char js[2048];
    size_t jl;
    if (aka_engine_stats(e, js, sizeof js, &jl) != AKA_OK)
        fz_fail("snapshot", "statistics of a loaded engine failed");
    aka_record *r = NULL;
    if (aka_record_new(&r) != AKA_OK)
        return;
    aka_record_add(r, AKA_NAME, "ivan petrenko", 13);
    aka_record_add(r, AKA_DATE_OF_BIRTH, "1970-01-02", 10);
    uint64_t ent = 0;
    aka_status st = aka_engine_add(e, "fz", 2, "1", 1, r, &ent);
    if (st != AKA_OK && st != AKA_ERR_NOMEM)
        fz_fail("snapshot", "a loaded engine refused a record");
    if (st == AKA_OK && ent == 0)
        fz_fail("snapshot", "a new record has no entity");
    aka_record_free(r);
}

static void load(const unsigned char *p, size_t n)
{
    aka_engine *e = NULL;
    aka__err err = {{0}};
    aka_status st = aka__snapshot_load_mem(p, n, NULL, &e, &err);
    switch (st) {
    case AKA_OK:
        if (!e)
            fz_fail("snapshot", "AKA_OK without an engine");
        check_engine(e);
        aka_engine_free(e);
        break;
    case AKA_ERR_CORRUPT: case AKA_ERR_VERSION: case AKA_ERR_NOMEM:
        if (e)
            fz_fail("snapshot", "an engine after a failed load");
        if (!err.msg[0])
            fz_fail("snapshot", "a failed load without a message");
        break;
    default:
        fz_fail("snapshot", "undocumented status");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    load(d, n);
    unsigned char *c = malloc(n ? n : 1);
    if (!c)
        return 0;
    memcpy(c, d, n);
    if (aka__snapshot_fix_checksums(c, n) == 0)
        load(c, n);
    free(c);
    return 0;
}
