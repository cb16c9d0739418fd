/* aka_engine_save and aka_engine_load: the snapshot file
 * (docs/file-format.md).
 *
 * Saving runs under the engine's shared lock: it only reads (the cluster
 * export does not compress paths); restarting the journal afterwards takes
 * the write lock. It streams the file twice through one
 * writer, first counting each section's length, then writing and hashing,
 * so that nothing as large as the file is held in memory. Loading maps the
 * file, checks the header, the lengths and every checksum, then parses
 * every section into nothing but counts and flags, and only then builds
 * the engine; the blocking index and the name frequencies are rebuilt from
 * the stored records, and the stored edges spare every comparison. */
#include "engine/persist.h"

#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "core/bytes.h"
#include "core/hash.h"
#include "core/parallel.h"
#include "engine/journal.h"
#include "engine/record.h"
#include "unicode/utf8.h"

static const char SMAGIC[8] = {'A', 'K', 'A', 'S', 'N', 'A', 'P', 0};

enum { SEC_META = 1, SEC_OPTIONS, SEC_MODEL, SEC_RECORDS, SEC_CLUSTER, NSEC = 5 };

#define HEADER 24
#define SECHEAD 16
#define TRAILER 8
#define MAX_VALUE_LEN (1u << 20)
#define MAX_VALUES (AKA__RECORD_MAX_VALUES + 64)
#define MAX_KEY_LEN 4096

/* ---- Writing ---- */

typedef struct snapw {
    int fd;
    int counting;
    uint64_t count;
    unsigned char *buf;
    size_t n, cap;
    XXH3_state_t *sec, *file;
    int in_sec;
    int err; /* errno of the first failed write, 0 if none */
} snapw;

static void flush(snapw *s)
{
    if (s->n && !s->err && aka__write_all(s->fd, s->buf, s->n) != 0)
        s->err = errno ? errno : EIO;
    s->n = 0;
}

static void snap_put(void *ctx, const void *p, size_t n)
{
    snapw *s = ctx;
    if (s->counting) {
        s->count += n;
        return;
    }
    if (s->err)
        return;
    XXH3_64bits_update(s->file, p, n);
    if (s->in_sec)
        XXH3_64bits_update(s->sec, p, n);
    const unsigned char *b = p;
    while (n) {
        size_t k = s->cap - s->n < n ? s->cap - s->n : n;
        memcpy(s->buf + s->n, b, k);
        s->n += k;
        b += k;
        n -= k;
        if (s->n == s->cap)
            flush(s);
    }
}

static void put_str(aka__wr *w, const char *p, size_t n)
{
    aka__wr_u32(w, (uint32_t)n);
    aka__wr_bytes(w, p, n);
}

static void sec_meta(const aka_engine *e, aka__wr *w)
{
    aka__wr_u64(w, e->jid);
    aka__wr_u64(w, e->seq);
    aka__wr_u32(w, e->store.n);
    aka__wr_u32(w, e->store.live);
}

static void sec_options(const aka_engine *e, aka__wr *w)
{
    uint32_t n = 0;
    while (aka__options_key(n))
        n++;
    aka__wr_u32(w, n);
    char val[AKA__PATH_MAX + 64];
    for (uint32_t i = 0; i < n; i++) {
        const char *k = aka__options_key(i);
        put_str(w, k, strlen(k));
        aka__optvals_get(&e->opts, i, val, sizeof val);
        put_str(w, val, strlen(val));
    }
}

static void sec_model(const aka_engine *e, aka__wr *w)
{
    aka__model_write(&e->model, w);
}

static void sec_records(const aka_engine *e, aka__wr *w)
{
    aka__wr_u32(w, e->store.n);
    for (uint32_t i = 0; i < e->store.n; i++) {
        const aka__rec *r = &e->store.rec[i];
        aka__wr_u8(w, r->live ? 1 : 0);
        if (!r->live)
            continue;
        put_str(w, r->key, r->srclen);
        put_str(w, r->key + r->srclen + 1, r->idlen);
        aka__wr_u32(w, r->nvals);
        for (uint32_t k = 0; k < r->nvals; k++) {
            aka__wr_u8(w, (uint8_t)r->vals[k].kind);
            put_str(w, r->vals[k].canon, r->vals[k].len);
            size_t nf;
            const unsigned char *f = aka__fval_facts(&r->vals[k], &nf);
            aka__wr_u8(w, (uint8_t)nf);
            aka__wr_bytes(w, f, nf);
        }
        aka__wr_u32(w, r->nkeys);
        for (uint32_t k = 0; k < r->nkeys; k++)
            aka__wr_u64(w, r->keys[k]);
    }
}

static void sec_cluster(const aka_engine *e, aka__wr *w)
{
    aka__cluster_export(e->cluster, e->store.n, w);
}

typedef void (*sec_fn)(const aka_engine *e, aka__wr *w);
static const sec_fn SECTIONS[NSEC] = {sec_meta, sec_options, sec_model,
                                      sec_records, sec_cluster};

/* Stream the snapshot to fd: 0, or -1 with s->err. */
static int write_file(const aka_engine *e, snapw *s)
{
    aka__wr w = {snap_put, s};
    uint64_t len[NSEC], total = HEADER + TRAILER;
    s->counting = 1;
    for (int i = 0; i < NSEC; i++) {
        s->count = 0;
        SECTIONS[i](e, &w);
        len[i] = s->count;
        total += SECHEAD + len[i] + 8;
    }
    s->counting = 0;
    XXH3_64bits_reset(s->file);
    aka__wr_bytes(&w, SMAGIC, 8);
    aka__wr_u32(&w, AKA__SNAP_VERSION);
    aka__wr_u32(&w, NSEC);
    aka__wr_u64(&w, total);
    for (int i = 0; i < NSEC; i++) {
        aka__wr_u32(&w, (uint32_t)(i + 1));
        aka__wr_u32(&w, 0);
        aka__wr_u64(&w, len[i]);
        XXH3_64bits_reset(s->sec);
        s->in_sec = 1;
        SECTIONS[i](e, &w);
        s->in_sec = 0;
        aka__wr_u64(&w, (uint64_t)XXH3_64bits_digest(s->sec));
    }
    aka__wr_u64(&w, (uint64_t)XXH3_64bits_digest(s->file));
    flush(s);
    return s->err ? -1 : 0;
}

static aka_status save_fail(aka__err *err, const char *what, int errnum)
{
    return aka__fail(err, AKA_ERR_IO,
                     "snapshot: %s: %s (the previous snapshot is untouched)",
                     what, aka__io_reason(errnum));
}

static aka_status save_file(const aka_engine *e, const char *path, aka__err *err)
{
    char tmp[AKA__PATH_MAX + 16];
    snprintf(tmp, sizeof tmp, "%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0)
        return save_fail(err, "cannot create a temporary file beside it", errno);
    snapw s = {0};
    s.fd = fd;
    s.cap = 1u << 20;
    s.buf = malloc(s.cap);
    s.sec = XXH3_createState();
    s.file = XXH3_createState();
    aka_status st = AKA_OK;
    int saved = 0;
    if (!s.buf || !s.sec || !s.file)
        st = aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
    else if (fchmod(fd, 0600) != 0)
        st = save_fail(err, "cannot restrict the temporary file's mode", errno);
    else if (write_file(e, &s) != 0)
        st = save_fail(err, "cannot write", s.err);
    else if (fsync(fd) != 0)
        st = save_fail(err, "cannot flush to disk", errno);
    saved = errno;
    free(s.buf);
    XXH3_freeState(s.sec);
    XXH3_freeState(s.file);
    if (close(fd) != 0 && st == AKA_OK)
        st = save_fail(err, "cannot close", errno);
    if (st == AKA_OK && rename(tmp, path) != 0)
        st = save_fail(err, "cannot rename the temporary file over it", errno);
    if (st != AKA_OK) {
        unlink(tmp);
        (void)saved;
        return st;
    }
    if (aka__fsync_dir(path) != 0)
        return aka__fail(err, AKA_ERR_IO,
                         "snapshot: written, but its directory cannot be "
                         "flushed to disk: %s", aka__io_reason(errno));
    return AKA_OK;
}

aka_status aka_engine_save(aka_engine *e, const char *path)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    if (!path || !path[0] || strlen(path) >= AKA__PATH_MAX)
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT,
                         "aka_engine_save: NULL, empty or over-long path"),
            &err);
    pthread_mutex_lock(&e->save_mu);
    aka__engine_read(e);
    aka_status st;
    if (e->bulk)
        st = aka__fail(&err, AKA_ERR_ARGUMENT,
                       "aka_engine_save: bulk loading under way; call "
                       "aka_engine_bulk_end first");
    else
        st = save_file(e, path, &err);
    uint64_t seq = e->seq;
    aka__engine_unlock(e);
    /* The snapshot is durable: the journal's entries are in it, and the
     * journal restarts. That changes the engine's journal state, so it
     * takes the write lock; if a call was journalled in between, the
     * journal keeps its entries (replay skips those the snapshot holds)
     * and restarts at the next save. */
    if (st == AKA_OK) {
        aka__engine_write(e);
        if (e->seq == seq)
            st = aka__journal_restart(e, &err);
        aka__engine_unlock(e);
    }
    pthread_mutex_unlock(&e->save_mu);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

/* ---- Loading ---- */

typedef struct sections {
    const unsigned char *p[NSEC];
    size_t n[NSEC];
    uint32_t version; /* of the format: 1 has no name facts */
} sections;

static void put_le64(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++)
        p[k] = (unsigned char)(v >> (8 * k));
}

/* Walk the header and the section table. fix: recompute the checksums
 * instead of checking them. */
static aka_status frame(const unsigned char *p, size_t n, sections *s,
                        unsigned char *fix, aka__err *err)
{
    if (n < HEADER + TRAILER)
        return aka__fail(err, AKA_ERR_CORRUPT,
                         "snapshot: truncated (%zu bytes, shorter than a header)", n);
    if (memcmp(p, SMAGIC, 8) != 0)
        return aka__fail(err, AKA_ERR_CORRUPT, "snapshot: not a libaka snapshot");
    aka__rd r = {p, n, 8, 0};
    uint32_t version = aka__rd_u32(&r);
    if (version < 1 || version > AKA__SNAP_VERSION)
        return aka__fail(err, AKA_ERR_VERSION,
                         "snapshot: format version %u, this library reads 1 to %u",
                         version, AKA__SNAP_VERSION);
    s->version = version;
    uint32_t nsec = aka__rd_u32(&r);
    uint64_t total = aka__rd_u64(&r);
    if (nsec != NSEC)
        return aka__fail(err, AKA_ERR_CORRUPT, "snapshot: wrong number of sections");
    if (total != n)
        return aka__fail(err, AKA_ERR_CORRUPT,
                         "snapshot: %s (the header says another length)",
                         total > n ? "truncated" : "longer than written");
    if (!fix && aka__le64(p + n - TRAILER) != aka__hash(p, n - TRAILER, 0))
        return aka__fail(err, AKA_ERR_CORRUPT,
                         "snapshot: file checksum mismatch (damaged)");
    r.n = n - TRAILER;
    for (int i = 0; i < NSEC; i++) {
        uint32_t type = aka__rd_u32(&r);
        uint32_t flags = aka__rd_u32(&r);
        uint64_t len = aka__rd_u64(&r);
        if (r.bad || type != (uint32_t)(i + 1) || flags != 0 ||
            len > r.n - r.off || r.n - r.off - len < 8)
            return aka__fail(err, AKA_ERR_CORRUPT,
                             "snapshot: section %d header damaged", i + 1);
        s->p[i] = p + r.off;
        s->n[i] = (size_t)len;
        r.off += (size_t)len;
        if (fix)
            put_le64(fix + r.off, aka__hash(s->p[i], s->n[i], 0));
        else if (aka__le64(p + r.off) != aka__hash(s->p[i], s->n[i], 0))
            return aka__fail(err, AKA_ERR_CORRUPT,
                             "snapshot: section %d checksum mismatch (damaged)",
                             i + 1);
        r.off += 8;
    }
    if (r.off != r.n)
        return aka__fail(err, AKA_ERR_CORRUPT, "snapshot: bytes after the last section");
    if (fix)
        put_le64(fix + n - TRAILER, aka__hash(p, n - TRAILER, 0));
    return AKA_OK;
}

int aka__snapshot_fix_checksums(unsigned char *p, size_t n)
{
    sections s;
    aka__err err = {{0}};
    return frame(p, n, &s, p, &err) == AKA_OK ? 0 : -1;
}

static aka_status corrupt(aka__err *err, const char *what)
{
    return aka__fail(err, AKA_ERR_CORRUPT, "snapshot: %s", what);
}

/* A length-prefixed string copied NUL-terminated into buf (cap bytes). */
static int get_cstr(aka__rd *r, char *buf, size_t cap)
{
    uint32_t n = aka__rd_u32(r);
    const unsigned char *s = aka__rd_bytes(r, n);
    if (!s || n >= cap || memchr(s, 0, n))
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return 0;
}

static aka_status parse_options(const unsigned char *p, size_t n,
                                aka__optvals *v, aka__err *err)
{
    aka__optvals_defaults(v);
    aka__rd r = {p, n, 0, 0};
    uint32_t cnt = aka__rd_u32(&r);
    if (r.bad || cnt > 64)
        return corrupt(err, "options section damaged");
    char key[64][64];
    static const size_t VCAP = AKA__PATH_MAX + 64;
    char *val = malloc((size_t)cnt * VCAP + 1);
    if (!val)
        return aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
    aka_status st = AKA_OK;
    for (uint32_t i = 0; i < cnt && st == AKA_OK; i++)
        if (get_cstr(&r, key[i], sizeof key[i]) != 0 ||
            get_cstr(&r, val + i * VCAP, VCAP) != 0)
            st = corrupt(err, "options section damaged");
    if (st == AKA_OK && r.off != n)
        st = corrupt(err, "options section damaged");
    /* Two rounds: a threshold may only be valid once the other is set. */
    uint64_t done = 0;
    for (int round = 0; round < 2 && st == AKA_OK; round++)
        for (uint32_t i = 0; i < cnt; i++) {
            if (done >> i & 1)
                continue;
            aka__err tmp = {{0}};
            if (aka__optvals_set(v, key[i], val + i * VCAP, &tmp) == AKA_OK)
                done |= (uint64_t)1 << i;
        }
    if (st == AKA_OK && cnt && done != ((cnt == 64 ? 0 : ((uint64_t)1 << cnt)) - 1))
        st = corrupt(err, "an option in the snapshot is unknown or invalid");
    free(val);
    return st;
}

typedef struct meta {
    uint64_t jid, seq;
    uint32_t nrec, nlive;
    uint32_t version; /* of the format (sections.version) */
} meta;

/* Check the records section; live[i] gets each record's liveness. */
static aka_status check_records(const unsigned char *p, size_t n,
                                const meta *m, uint8_t *live, aka__err *err)
{
    aka__rd r = {p, n, 0, 0};
    if (aka__rd_u32(&r) != m->nrec || r.bad)
        return corrupt(err, "record count differs from the header");
    uint32_t nlive = 0;
    for (uint32_t i = 0; i < m->nrec; i++) {
        uint8_t l = aka__rd_u8(&r);
        if (r.bad || l > 1)
            return corrupt(err, "records section damaged");
        live[i] = l;
        if (!l)
            continue;
        nlive++;
        for (int k = 0; k < 2; k++) {
            uint32_t len = aka__rd_u32(&r);
            const unsigned char *s = aka__rd_bytes(&r, len);
            aka__err tmp = {{0}};
            if (!s || len == 0 || len > MAX_KEY_LEN ||
                aka__utf8_check((const char *)s, len, "key", &tmp) != AKA_OK)
                return corrupt(err, "a record key is damaged");
        }
        uint32_t nv = aka__rd_count(&r, 5);
        if (r.bad || nv > MAX_VALUES)
            return corrupt(err, "a record's values are damaged");
        for (uint32_t k = 0; k < nv; k++) {
            uint8_t kind = aka__rd_u8(&r);
            uint32_t len = aka__rd_u32(&r);
            const unsigned char *s = aka__rd_bytes(&r, len);
            if (!s || kind == 0 || kind >= AKA__MODEL_KINDS || len > MAX_VALUE_LEN ||
                memchr(s, 0, len))
                return corrupt(err, "a record's values are damaged");
            if (m->version >= 2) {
                /* a name's facts, which must decode (and only names have
                 * them) */
                uint8_t nf = aka__rd_u8(&r);
                const unsigned char *f = aka__rd_bytes(&r, nf);
                if (r.bad || !aka__facts_fit((aka_feature)kind, f, nf))
                    return corrupt(err, "a name's facts are damaged");
            }
        }
        uint32_t nk = aka__rd_count(&r, 8);
        if (r.bad || nk > AKA__BLOCK_KEYS_MAX || !aka__rd_bytes(&r, (size_t)nk * 8))
            return corrupt(err, "a record's blocking keys are damaged");
    }
    if (r.off != n)
        return corrupt(err, "bytes after the last record");
    if (nlive != m->nlive)
        return corrupt(err, "live record count differs from the header");
    return AKA_OK;
}

/* A load builds the records, derives their blocking keys and indexes
 * them a chunk at a time, in a pipeline: while the calling thread stores
 * chunk c (in order: the store, the name frequencies) and indexes chunk
 * c - 2 (in record order, so that the index is the one adding the records
 * one by one would have built), the other threads derive chunk c - 1's
 * keys. Deriving keys was a fifth of a load at 1M records, the serial
 * steps most of the rest. */
#define LOAD_CHUNK 4096u

typedef struct load_job {
    aka_engine *e;
    aka__rd *r;           /* the records section, read in order by part 0 */
    uint32_t version;     /* of the format */
    uint32_t nrec;
    uint32_t c;           /* the step */
    unsigned part, parts; /* part 0 stores and indexes; the others key */
    aka__err *err;
    aka_status st;
} load_job;

/* Store records [from, to) from the section, as the snapshot holds them
 * (records keep their index: holes for the dead). */
static aka_status store_records(aka_engine *e, aka__rd *r, uint32_t version,
                                uint32_t from, uint32_t to, aka__err *err)
{
    for (uint32_t i = from; i < to; i++) {
        if (!aka__rd_u8(r)) {
            if (aka__store_append_hole(&e->store) < 0)
                return aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
            continue;
        }
        uint32_t sl = aka__rd_u32(r);
        const char *src = (const char *)aka__rd_bytes(r, sl);
        uint32_t il = aka__rd_u32(r);
        const char *id = (const char *)aka__rd_bytes(r, il);
        if (aka__store_find(&e->store, src, sl, id, il) >= 0)
            return corrupt(err, "two records with one key");
        int64_t idx = aka__store_insert(&e->store, src, sl, id, il);
        if (idx < 0)
            return aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
        aka__rec *rec = &e->store.rec[idx];
        uint32_t nv = aka__rd_u32(r);
        /* The values point into the snapshot until they are packed
         * (check_records has checked every count, at most MAX_VALUES,
         * and length). */
        aka__fval tmp[MAX_VALUES];
        aka__vfacts facts[MAX_VALUES];
        if (nv > MAX_VALUES)
            return corrupt(err, "too many values in a record");
        for (uint32_t k = 0; k < nv; k++) {
            tmp[k].kind = (aka_feature)aka__rd_u8(r);
            tmp[k].len = aka__rd_u32(r);
            tmp[k].canon = (char *)aka__rd_bytes(r, tmp[k].len);
            facts[k].n = version >= 2 ? aka__rd_u8(r) : 0;
            facts[k].p = aka__rd_bytes(r, facts[k].n);
        }
        rec->vals = aka__vals_pack(tmp, facts, nv);
        if (!rec->vals)
            return aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
        rec->nvals = nv;
        aka__rec_count_name_words(rec);
        for (uint32_t k = 0; k < nv; k++)
            if (rec->vals[k].kind == AKA_NAME &&
                aka__tokfreq_update(&e->names, rec->vals[k].canon,
                                    rec->vals[k].len, +1) != 0)
                return aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
        /* The stored keys are those of the version that saved; the
         * index is built from this version's keys of the same values, so
         * that records loaded and records added later meet as they would
         * had they all been added now. */
        uint32_t nk = aka__rd_u32(r);
        (void)aka__rd_bytes(r, (size_t)nk * 8);
    }
    return AKA_OK;
}

/* The blocking keys of every `step`-th live record of [from, to) from
 * `first` on, from its values. */
static aka_status key_records(aka_engine *e, uint32_t first, uint32_t to,
                              uint32_t step)
{
    for (uint32_t i = first; i < to; i += step) {
        aka__rec *rec = &e->store.rec[i];
        if (!rec->live)
            continue;
        uint64_t keys[AKA__BLOCK_KEYS_MAX];
        size_t nk = aka__engine_block_keys(rec->vals, rec->nvals, keys,
                                           AKA__BLOCK_KEYS_MAX);
        rec->keys = malloc((nk ? nk : 1) * sizeof *rec->keys);
        if (!rec->keys)
            return AKA_ERR_NOMEM;
        memcpy(rec->keys, keys, nk * sizeof *keys);
        rec->nkeys = (uint32_t)nk;
    }
    return AKA_OK;
}

static aka_status index_records(aka_engine *e, uint32_t from, uint32_t to)
{
    const aka__rec *all = e->store.rec;
    for (uint32_t i = from; i < to; i++) {
        /* (the index's memory of the records ahead, in steps) */
        for (unsigned a = 1; a <= AKA__INDEX_AHEAD; a++)
            if (i + a < to && all[i + a].live)
                aka__index_prefetch(e->index, a, all[i + a].keys, all[i + a].nkeys);
        aka__rec *rec = &e->store.rec[i];
        if (rec->live && aka__index_add(e->index, i, rec->keys, rec->nkeys) != AKA_OK)
            return AKA_ERR_NOMEM;
    }
    return AKA_OK;
}

/* Chunk k's records, within [0, nrec); empty when k is out of range. */
static void chunk_range(uint32_t nrec, int64_t k, uint32_t *from, uint32_t *to)
{
    uint64_t f = k < 0 ? nrec : (uint64_t)k * LOAD_CHUNK;
    *from = f < nrec ? (uint32_t)f : nrec;
    *to = f + LOAD_CHUNK < nrec ? (uint32_t)(f + LOAD_CHUNK) : nrec;
}

static void *load_part(void *arg)
{
    load_job *j = arg;
    aka_engine *e = j->e;
    uint32_t from, to;
    /* With one thread, part 0 keys chunk c - 1 itself, between storing c
     * and indexing c - 2. */
    if (j->part == 0) {
        chunk_range(j->nrec, j->c, &from, &to);
        j->st = store_records(e, j->r, j->version, from, to, j->err);
    }
    if (j->st == AKA_OK && (j->part > 0 || j->parts == 1)) {
        unsigned keyers = j->parts > 1 ? j->parts - 1 : 1;
        unsigned me = j->parts > 1 ? j->part - 1 : 0;
        chunk_range(j->nrec, (int64_t)j->c - 1, &from, &to);
        if (key_records(e, from + me, to, keyers) != AKA_OK)
            j->st = aka__fail(j->err, AKA_ERR_NOMEM, "snapshot: out of memory");
    }
    if (j->st == AKA_OK && j->part == 0) {
        chunk_range(j->nrec, (int64_t)j->c - 2, &from, &to);
        if (index_records(e, from, to) != AKA_OK)
            j->st = aka__fail(j->err, AKA_ERR_NOMEM, "snapshot: out of memory");
    }
    return NULL;
}

/* Build the store, the index and the name frequencies from a checked
 * records section. */
static aka_status build_records(aka_engine *e, const unsigned char *p,
                                size_t n, uint32_t version, aka__err *err)
{
    aka__rd r = {p, n, 0, 0};
    uint32_t nrec = aka__rd_u32(&r);
    /* (the keying threads read records while more are stored: the array
     * must not move) */
    if (aka__store_reserve(&e->store, nrec) != 0)
        return aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
    unsigned parts = aka__engine_parts(e);
    aka__err errs[AKA__MAX_THREADS];
    uint32_t chunks = (uint32_t)(((uint64_t)nrec + LOAD_CHUNK - 1) / LOAD_CHUNK);
    for (uint32_t c = 0; c < chunks + 2; c++) {
        load_job jobs[AKA__MAX_THREADS];
        for (unsigned t = 0; t < parts; t++) {
            errs[t] = (aka__err){{0}};
            jobs[t] = (load_job){e, &r, version, nrec, c, t, parts, &errs[t], AKA_OK};
        }
        aka__engine_run_parts(e, load_part, jobs, sizeof *jobs, parts);
        for (unsigned t = 0; t < parts; t++)
            if (jobs[t].st != AKA_OK) {
                *err = errs[t];
                return jobs[t].st;
            }
    }
    return AKA_OK;
}

/* aka__cluster_import's arguments and results, for a thread of its own. */
typedef struct import_job {
    const unsigned char *p;
    size_t n;
    uint32_t nrec;
    const uint8_t *live;
    float match, review;
    aka__cluster *c;
    const char *why;
    int rc;
} import_job;

static void *import_main(void *arg)
{
    import_job *j = arg;
    j->rc = aka__cluster_import(j->p, j->n, j->nrec, j->live, j->match, j->review,
                                &j->c, &j->why);
    return NULL;
}

aka_status aka__snapshot_load_mem(const unsigned char *p, size_t n,
                                  const aka__optvals *opts, aka_engine **out,
                                  aka__err *err)
{
    *out = NULL;
    sections s;
    aka_status st = frame(p, n, &s, NULL, err);
    if (st != AKA_OK)
        return st;
    meta m;
    aka__rd r = {s.p[0], s.n[0], 0, 0};
    m.jid = aka__rd_u64(&r);
    m.seq = aka__rd_u64(&r);
    m.nrec = aka__rd_u32(&r);
    m.nlive = aka__rd_u32(&r);
    m.version = s.version;
    if (r.bad || r.off != r.n || m.nlive > m.nrec || m.nrec >= AKA__INDEX_MAX_RECORD)
        return corrupt(err, "header section damaged");
    aka__optvals snapopts;
    st = parse_options(s.p[1], s.n[1], &snapopts, err);
    if (st != AKA_OK)
        return st;
    aka__model model;
    r = (aka__rd){s.p[2], s.n[2], 0, 0};
    if (aka__model_read(&r, &model) != 0 || r.off != r.n)
        return corrupt(err, "model section damaged");
    /* A record needs at least 1 byte in the file: a hostile count fails
     * before it sizes an allocation. */
    if (m.nrec > s.n[3])
        return corrupt(err, "record count larger than the records section");
    uint8_t *live = malloc((size_t)m.nrec + 1);
    if (!live)
        return aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory");
    st = check_records(s.p[3], s.n[3], &m, live, err);
    aka_engine *e = NULL;
    const aka__optvals *eff = opts ? opts : &snapopts;
    if (st == AKA_OK)
        st = aka__engine_create(eff, &e);
    if (st == AKA_OK) {
        e->model = model;
        e->jid = m.jid;
        e->seq = m.seq;
        /* The clusters and the records are rebuilt side by side: they share
         * nothing until both are done, and each was some 40 % of a load at
         * 1M records. With one thread, one after the other. */
        import_job ij = {s.p[4], s.n[4], m.nrec, live, e->match_score,
                         e->review_score, NULL, NULL, 0};
        pthread_t tid;
        int apart = aka__engine_parts(e) > 1 &&
                    pthread_create(&tid, NULL, import_main, &ij) == 0;
        if (!apart)
            import_main(&ij);
        aka__err berr = {{0}};
        aka_status bst = build_records(e, s.p[3], s.n[3], s.version, &berr);
        if (apart)
            pthread_join(tid, NULL);
        /* a damaged clusters section is reported before the records' */
        if (ij.rc == 0) {
            aka__cluster_free(e->cluster);
            e->cluster = ij.c;
            aka__cluster_set_changelog(e->cluster, &e->changes);
        } else
            st = ij.rc == -2 ? aka__fail(err, AKA_ERR_NOMEM, "snapshot: out of memory")
                             : corrupt(err, ij.why);
        if (st == AKA_OK && bst != AKA_OK) {
            st = bst;
            *err = berr;
        }
    }
    free(live);
    /* Other thresholds or another block cap than the snapshot's: the
     * stored edges do not cover what the new ones need; score every pair
     * again and resolve everything canonically. */
    if (st == AKA_OK && opts &&
        (opts->match_threshold != snapopts.match_threshold ||
         opts->review_threshold != snapopts.review_threshold ||
         opts->max_block != snapopts.max_block) &&
        (st = aka__engine_rescore(e, 0, 1)) != AKA_OK)
        aka__fail(err, st, "snapshot: out of memory while resolving again");
    if (st != AKA_OK) {
        aka_engine_free(e);
        return st;
    }
    *out = e;
    return AKA_OK;
}

static void copy_msg(char *msg, size_t cap, const char *s)
{
    if (msg && cap)
        snprintf(msg, cap, "%s", s);
}

aka_status aka_engine_load_msg(const char *path, const aka_options *opts,
                               aka_engine **out, char *msg, size_t msg_cap)
{
    copy_msg(msg, msg_cap, "");
    if (!out || !path || (!msg && msg_cap)) {
        copy_msg(msg, msg_cap, "aka_engine_load: NULL path or out");
        if (out)
            *out = NULL;
        return AKA_ERR_ARGUMENT;
    }
    *out = NULL;
    aka__err err = {{0}};
    aka_status st = AKA_OK;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0)
        st = aka__fail(&err, AKA_ERR_IO, "snapshot: cannot open: %s",
                       aka__io_reason(errno));
    else if (fstat(fd, &sb) != 0)
        st = aka__fail(&err, AKA_ERR_IO, "snapshot: cannot read: %s",
                       aka__io_reason(errno));
    else if (!S_ISREG(sb.st_mode))
        st = aka__fail(&err, AKA_ERR_IO, "snapshot: not a regular file");
    aka_engine *e = NULL;
    if (st == AKA_OK) {
        size_t n = (size_t)sb.st_size;
        void *map = NULL;
        if (n) {
            map = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
            if (map == MAP_FAILED) {
                map = NULL;
                st = aka__fail(&err, errno == ENOMEM ? AKA_ERR_NOMEM : AKA_ERR_IO,
                               "snapshot: cannot map: %s", aka__io_reason(errno));
            }
        }
        if (st == AKA_OK)
            st = aka__snapshot_load_mem(map ? map : (const void *)"", n,
                                        opts ? &opts->v : NULL, &e, &err);
        if (map)
            munmap(map, n);
    }
    if (fd >= 0)
        close(fd);
    if (st == AKA_OK) {
        st = aka__journal_open(e, 1, &err);
        if (st != AKA_OK) {
            aka_engine_free(e);
            e = NULL;
        }
    }
    if (st != AKA_OK) {
        aka__err_default(&err, st);
        copy_msg(msg, msg_cap, err.msg);
        return st;
    }
    copy_msg(msg, msg_cap, e->jwarn);
    *out = e;
    return AKA_OK;
}

aka_status aka_engine_load(const char *path, const aka_options *opts,
                           aka_engine **out)
{
    return aka_engine_load_msg(path, opts, out, NULL, 0);
}
