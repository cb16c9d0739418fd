/* Fuzz target: journal replay onto an engine that was never saved. The
 * header's and every entry's checksum and sequence number are recomputed
 * first (when the input is long enough to hold them), so that the entry
 * parsers see hostile payloads rather than failing the checksums.
 * Invariants: a documented status; the intact prefix never exceeds the
 * input; a replayed engine answers its queries and takes a new record. */
#include "fuzz_common.h"

#include "core/hash.h"
#include "engine/journal.h"

static void put64(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++)
        p[k] = (unsigned char)(v >> (8 * k));
}

/* Make the header and the entries that fit pass their checksums. */
static void fix(unsigned char *p, size_t n)
{
    if (n < AKA__JOURNAL_HEADER)
        return;
    memcpy(p, "AKAJRNL", 8);
    p[8] = 1;
    p[9] = p[10] = p[11] = 0;
    memset(p + 24, 0, 8); /* base 0: an engine never saved */
    put64(p + 32, aka__hash(p, 32, 0));
    size_t off = AKA__JOURNAL_HEADER;
    uint64_t seq = 1;
    while (n - off >= 24) {
        uint32_t len = (uint32_t)(p[off] | p[off + 1] << 8 | p[off + 2] << 16 |
                                  (uint32_t)p[off + 3] << 24);
        if (len > n - off - 24) {
            len = (uint32_t)(n - off - 24) & 0xFFF;
            for (int k = 0; k < 4; k++)
                p[off + k] = (unsigned char)(len >> (8 * k));
        }
        put64(p + off + 8, seq++);
        put64(p + off + 16 + len, aka__hash(p + off, 16 + (size_t)len, 0));
        off += 24 + (size_t)len;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    unsigned char *c = malloc(n ? n : 1);
    if (!c)
        return 0;
    memcpy(c, d, n);
    fix(c, n);
    aka_engine *e = NULL;
    if (aka_engine_new(NULL, &e) != AKA_OK) {
        free(c);
        return 0;
    }
    aka__err err = {{0}};
    size_t valid = 0;
    uint64_t last = 0;
    aka_status st = aka__journal_replay(e, c, n, 0, &valid, &last, &err);
    if (st != AKA_OK && st != AKA_ERR_CORRUPT && st != AKA_ERR_VERSION &&
        st != AKA_ERR_ARGUMENT && st != AKA_ERR_NOMEM)
        fz_fail("journal", "undocumented status");
    if (st != AKA_OK && !err.msg[0])
        fz_fail("journal", "a failed replay without a message");
    if (valid > n)
        fz_fail("journal", "intact prefix longer than the input");
    char js[2048];
    size_t jl;
    if (aka_engine_stats(e, js, sizeof js, &jl) != AKA_OK)
        fz_fail("journal", "statistics after replay failed");
    aka_record *r = NULL;
    if (aka_record_new(&r) == AKA_OK) {
        aka_record_add(r, AKA_NAME, "olena kovalenko", 15);
        uint64_t ent = 0;
        aka_status s2 = aka_engine_add(e, "fz", 2, "x", 1, r, &ent);
        /* A replayed bulk_begin leaves the engine bulk loading: ids are
         * provisional but present. */
        if (s2 != AKA_OK && s2 != AKA_ERR_NOMEM)
            fz_fail("journal", "a replayed engine refused a record");
        aka_record_free(r);
    }
    aka_engine_free(e);
    free(c);
    return 0;
}
