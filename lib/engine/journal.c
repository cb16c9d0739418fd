/* The journal (journal.h, docs/file-format.md): appended with pwrite at
 * the known end, so that taking an entry back is one ftruncate, and
 * replayed entry by entry through the engine's own calls. */
#include "engine/journal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/hash.h"

static const char JMAGIC[8] = {'A', 'K', 'A', 'J', 'R', 'N', 'L', 0};
#define JVERSION 2u /* 2: adds carry name facts (AKA__J_ADD_FACTS) */
#define NO_UNDO UINT64_MAX

const char *aka__io_reason(int errnum)
{
    switch (errnum) {
    case ENOSPC:
    case EDQUOT:
        return "disk full";
    case EACCES:
    case EPERM:
        return "permission denied";
    case ENOENT:
        return "no such file or directory";
    case ENOTDIR:
        return "a component of the path is not a directory";
    case EROFS:
        return "read-only file system";
    case ENAMETOOLONG:
        return "path too long";
    case EISDIR:
        return "the path is a directory";
    case EIO:
        return "input/output error";
    case EFBIG:
        return "file too large for the file system or the process's file size limit";
    case EMFILE:
    case ENFILE:
        return "too many open files";
    default:
        return "the operating system refused";
    }
}

int aka__write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static int pwrite_all(int fd, const void *buf, size_t n, uint64_t off)
{
    const char *p = buf;
    while (n) {
        ssize_t k = pwrite(fd, p, n, (off_t)off);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += k;
        n -= (size_t)k;
        off += (uint64_t)k;
    }
    return 0;
}

int aka__fsync_dir(const char *path)
{
    char dir[AKA__PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int rc = fsync(fd);
    int saved = errno;
    close(fd);
    errno = saved;
    return rc;
}

/* ---- Encoding ---- */

static void put_sb(void *ctx, const void *p, size_t n)
{
    aka__sb *sb = ctx;
    if (aka__sb_append(sb, p, n) != AKA_OK) {
        /* Mark the failure: the caller checks sb->p == NULL. */
        aka__sb_free(sb);
        sb->cap = SIZE_MAX;
    }
}

void aka__model_write(const aka__model *m, aka__wr *w)
{
    aka__wr_u32(w, AKA__MODEL_KINDS);
    aka__wr_u32(w, AKA__MODEL_LEVELS);
    for (int k = 0; k < AKA__MODEL_KINDS; k++)
        for (int l = 0; l < AKA__MODEL_LEVELS; l++) {
            aka__wr_f64(w, m->m[k][l]);
            aka__wr_f64(w, m->u[k][l]);
        }
    aka__wr_f64(w, m->prior);
    aka__wr_f64(w, m->u_partial_month);
}

int aka__model_read(aka__rd *r, aka__model *m)
{
    if (aka__rd_u32(r) != AKA__MODEL_KINDS || aka__rd_u32(r) != AKA__MODEL_LEVELS)
        return -1;
    for (int k = 0; k < AKA__MODEL_KINDS; k++)
        for (int l = 0; l < AKA__MODEL_LEVELS; l++) {
            m->m[k][l] = aka__rd_f64(r);
            m->u[k][l] = aka__rd_f64(r);
            if (!(m->m[k][l] >= 0 && m->m[k][l] <= 1) ||
                !(m->u[k][l] >= 0 && m->u[k][l] <= 1))
                return -1;
        }
    m->prior = aka__rd_f64(r);
    m->u_partial_month = aka__rd_f64(r);
    if (r->bad || !isfinite(m->prior) || !(m->u_partial_month > 0) ||
        m->u_partial_month > 1)
        return -1;
    /* A level added after the model was saved (a phone's transposed
     * digits) has no numbers in it: it takes the default's. */
    aka__model defaults;
    aka__model_defaults(&defaults);
    for (int k = 0; k < AKA__MODEL_KINDS; k++)
        for (int l = 0; l < AKA__MODEL_LEVELS; l++)
            if (m->m[k][l] == 0 && m->u[k][l] == 0) {
                m->m[k][l] = defaults.m[k][l];
                m->u[k][l] = defaults.u[k][l];
            }
    aka__model_prepare(m);
    return 0;
}

aka_status aka__journal_key(aka__sb *out, const char *src, size_t sl,
                            const char *id, size_t il)
{
    unsigned char b[4];
    for (int k = 0; k < 4; k++)
        b[k] = (unsigned char)(sl >> (8 * k));
    aka_status st = aka__sb_append(out, (const char *)b, 4);
    if (st == AKA_OK)
        st = aka__sb_append(out, src, sl);
    for (int k = 0; k < 4; k++)
        b[k] = (unsigned char)(il >> (8 * k));
    if (st == AKA_OK)
        st = aka__sb_append(out, (const char *)b, 4);
    if (st == AKA_OK)
        st = aka__sb_append(out, id, il);
    return st;
}

static void header(unsigned char h[AKA__JOURNAL_HEADER], uint64_t jid,
                   uint64_t base)
{
    aka__sb sb = {0};
    aka__wr w = {put_sb, &sb};
    aka__wr_bytes(&w, JMAGIC, 8);
    aka__wr_u32(&w, JVERSION);
    aka__wr_u32(&w, 0);
    aka__wr_u64(&w, jid);
    aka__wr_u64(&w, base);
    memset(h, 0, AKA__JOURNAL_HEADER);
    if (sb.p && sb.len == 32) {
        memcpy(h, sb.p, 32);
        uint64_t x = aka__hash(h, 32, 0);
        for (int k = 0; k < 8; k++)
            h[32 + k] = (unsigned char)(x >> (8 * k));
    }
    aka__sb_free(&sb);
}

/* ---- Appending ---- */

static aka_status io_fail(aka__err *err, const char *what, int errnum)
{
    return aka__fail(err, AKA_ERR_IO, "journal: %s: %s (the call was not made)",
                     what, aka__io_reason(errnum));
}

aka_status aka__journal_append(aka_engine *e, int type, const void *payload,
                               size_t n, aka__err *err)
{
    if (e->jfd < 0)
        return AKA_OK;
    if (n > AKA__JOURNAL_ENTRY_MAX)
        return aka__fail(err, AKA_ERR_LIMIT, "journal: entry too large");
    size_t total = 16 + n + 8;
    unsigned char *b = malloc(total);
    if (!b)
        return aka__fail(err, AKA_ERR_NOMEM, "journal: out of memory");
    uint64_t seq = e->seq + 1;
    for (int k = 0; k < 4; k++)
        b[k] = (unsigned char)(n >> (8 * k));
    b[4] = (unsigned char)type;
    b[5] = b[6] = b[7] = 0;
    for (int k = 0; k < 8; k++)
        b[8 + k] = (unsigned char)(seq >> (8 * k));
    if (n)
        memcpy(b + 16, payload, n);
    uint64_t x = aka__hash(b, 16 + n, 0);
    for (int k = 0; k < 8; k++)
        b[16 + n + k] = (unsigned char)(x >> (8 * k));
    int rc = pwrite_all(e->jfd, b, total, e->jend);
    int saved = errno;
    free(b);
    if (rc != 0) {
        /* A partial entry would be a torn tail: cut it off now. */
        if (ftruncate(e->jfd, (off_t)e->jend) != 0) {
            /* nothing more to do: replay drops a torn tail */
        }
        return io_fail(err, "cannot append", saved);
    }
    if (++e->junsynced >= (e->opts.journal_sync ? e->opts.journal_sync : 1)) {
        if (fdatasync(e->jfd) != 0) {
            saved = errno;
            if (ftruncate(e->jfd, (off_t)e->jend) != 0) {
                /* as above */
            }
            return io_fail(err, "cannot flush to disk", saved);
        }
        e->junsynced = 0;
    }
    e->jprev = e->jend;
    e->jend += total;
    e->seq = seq;
    return AKA_OK;
}

void aka__journal_undo(aka_engine *e)
{
    if (e->jfd < 0 || e->jprev == NO_UNDO)
        return;
    if (ftruncate(e->jfd, (off_t)e->jprev) == 0) {
        if (e->opts.journal_sync <= 1)
            (void)fdatasync(e->jfd);
    }
    e->jend = e->jprev;
    e->jprev = NO_UNDO;
    e->seq--;
}

aka_status aka__journal_model(aka_engine *e)
{
    if (!e || e->jfd < 0)
        return AKA_OK;
    aka__sb sb = {0};
    aka__wr w = {put_sb, &sb};
    aka__model_write(&e->model, &w);
    aka__err err = {{0}};
    aka_status st = sb.p ? aka__journal_append(e, AKA__J_MODEL, sb.p, sb.len, &err)
                         : aka__fail(&err, AKA_ERR_NOMEM, "journal: out of memory");
    aka__sb_free(&sb);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

/* ---- Replay ---- */

static aka_status read_key(aka__rd *r, const char **s, size_t *sl,
                           const char **id, size_t *il)
{
    *sl = aka__rd_u32(r);
    *s = (const char *)aka__rd_bytes(r, *sl);
    *il = aka__rd_u32(r);
    *id = (const char *)aka__rd_bytes(r, *il);
    return r->bad ? AKA_ERR_CORRUPT : AKA_OK;
}

static aka_status apply(aka_engine *e, int type, const unsigned char *p,
                        size_t n, aka__err *err)
{
    aka__rd r = {p, n, 0, 0};
    const char *sa, *ia, *sb, *ib;
    size_t sal, ial, sbl, ibl;
    aka_status st = AKA_OK;
    switch (type) {
    case AKA__J_ADD:
    case AKA__J_ADD_FACTS: {
        st = read_key(&r, &sa, &sal, &ia, &ial);
        uint32_t nv = aka__rd_count(&r, 5);
        if (st != AKA_OK || r.bad)
            return AKA_ERR_CORRUPT;
        aka__fval *v = calloc(nv ? nv : 1, sizeof *v);
        aka__vfacts *f = calloc(nv ? nv : 1, sizeof *f);
        if (!v || !f) {
            free(v);
            free(f);
            return AKA_ERR_NOMEM;
        }
        for (uint32_t i = 0; i < nv && !r.bad; i++) {
            v[i].kind = (aka_feature)aka__rd_u8(&r);
            v[i].len = aka__rd_u32(&r);
            v[i].canon = (char *)aka__rd_bytes(&r, v[i].len);
            if (v[i].canon && memchr(v[i].canon, 0, v[i].len))
                r.bad = 1;
            if (type == AKA__J_ADD_FACTS) {
                f[i].n = aka__rd_u8(&r);
                f[i].p = aka__rd_bytes(&r, f[i].n);
                if (r.bad || !aka__facts_fit(v[i].kind, f[i].p, f[i].n))
                    r.bad = 1;
            }
        }
        if (r.bad || r.off != n) {
            free(v);
            free(f);
            return AKA_ERR_CORRUPT;
        }
        st = aka__engine_add_canon(e, sa, sal, ia, ial, v, f, nv, err);
        free(v);
        free(f);
        return st;
    }
    case AKA__J_REMOVE:
        st = read_key(&r, &sa, &sal, &ia, &ial);
        if (st != AKA_OK || r.off != n)
            return AKA_ERR_CORRUPT;
        return aka_engine_remove(e, sa, sal, ia, ial);
    case AKA__J_DECIDE:
    case AKA__J_UNDECIDE: {
        st = read_key(&r, &sa, &sal, &ia, &ial);
        if (st == AKA_OK)
            st = read_key(&r, &sb, &sbl, &ib, &ibl);
        /* a decision carries its word, a withdrawal nothing more */
        uint8_t same = type == AKA__J_DECIDE ? aka__rd_u8(&r) : 0;
        if (st != AKA_OK || r.bad || r.off != n || same > 1)
            return AKA_ERR_CORRUPT;
        return type == AKA__J_DECIDE
                   ? aka_engine_decide(e, sa, sal, ia, ial, sb, sbl, ib, ibl, same)
                   : aka_engine_undecide(e, sa, sal, ia, ial, sb, sbl, ib, ibl);
    }
    case AKA__J_MODEL: {
        aka__model m;
        if (aka__model_read(&r, &m) != 0 || r.off != n)
            return AKA_ERR_CORRUPT;
        /* An estimated model (aka_engine_estimate) rescored every pair and
         * rebuilt every entity: so does its replay. */
        e->model = m;
        return aka__engine_rescore(e, 0, 1);
    }
    case AKA__J_BULK_BEGIN:
        return n ? AKA_ERR_CORRUPT : aka_engine_bulk_begin(e);
    case AKA__J_BULK_END:
        return n ? AKA_ERR_CORRUPT : aka_engine_bulk_end(e);
    case AKA__J_RESCORE:
        return n ? AKA_ERR_CORRUPT : aka_engine_rescore(e);
    default:
        return AKA_ERR_CORRUPT;
    }
}

aka_status aka__journal_replay(aka_engine *e, const unsigned char *p,
                               size_t n, int from_snapshot, size_t *valid,
                               uint64_t *last, aka__err *err)
{
    *valid = 0;
    *last = e->seq;
    e->jwarn[0] = '\0';
    if (n <= AKA__JOURNAL_HEADER &&
        (n < AKA__JOURNAL_HEADER || aka__le64(p + 32) != aka__hash(p, 32, 0))) {
        /* A journal cut off while it was being created: it never held an
         * acknowledged call. */
        if (n)
            snprintf(e->jwarn, sizeof e->jwarn,
                     "journal: an incomplete header (%zu bytes) was dropped", n);
        return AKA_OK;
    }
    if (memcmp(p, JMAGIC, 8) != 0)
        return aka__fail(err, AKA_ERR_CORRUPT, "journal: not a libaka journal");
    aka__rd r = {p, n, 8, 0};
    uint32_t version = aka__rd_u32(&r);
    if (version < 1 || version > JVERSION)
        return aka__fail(err, AKA_ERR_VERSION,
                         "journal: format version %u, this library reads 1 to %u",
                         version, JVERSION);
    if (aka__le64(p + 32) != aka__hash(p, 32, 0))
        return aka__fail(err, AKA_ERR_CORRUPT, "journal: header checksum mismatch");
    (void)aka__rd_u32(&r);
    uint64_t jid = aka__rd_u64(&r), base = aka__rd_u64(&r);
    if (from_snapshot) {
        if (jid != e->jid)
            return aka__fail(err, AKA_ERR_CORRUPT,
                             "journal: belongs to another engine than the snapshot");
        if (base > e->seq)
            return aka__fail(err, AKA_ERR_CORRUPT,
                             "journal: starts after the snapshot (an older "
                             "snapshot than the journal's?)");
    } else {
        if (base != 0)
            return aka__fail(err, AKA_ERR_ARGUMENT,
                             "journal: continues a snapshot; open it with "
                             "aka_engine_load");
        e->jid = jid;
        e->seq = 0;
    }
    size_t off = AKA__JOURNAL_HEADER;
    uint64_t expect = base + 1;
    *valid = off;
    while (off < n) {
        size_t left = n - off;
        if (left < 24)
            break;
        uint32_t len = (uint32_t)(p[off] | p[off + 1] << 8 | p[off + 2] << 16 |
                                  (uint32_t)p[off + 3] << 24);
        if (len > AKA__JOURNAL_ENTRY_MAX || len > left - 24)
            break;
        if (aka__le64(p + off + 16 + len) != aka__hash(p + off, 16 + (size_t)len, 0))
            break;
        uint64_t seq = aka__le64(p + off + 8);
        if (seq != expect)
            return aka__fail(err, AKA_ERR_CORRUPT,
                             "journal: entries out of sequence");
        if (seq > e->seq) {
            aka_status st = apply(e, p[off + 4], p + off + 16, len, err);
            if (st == AKA_ERR_NOMEM)
                return aka__fail(err, st, "journal: out of memory in replay");
            if (st != AKA_OK)
                return aka__fail(err, AKA_ERR_CORRUPT,
                                 "journal: entry %llu does not apply to the "
                                 "snapshot", (unsigned long long)seq);
            e->seq = seq;
            e->jreplayed++;
        }
        expect++;
        off += 24 + (size_t)len;
        *valid = off;
    }
    *last = expect - 1;
    if (off < n)
        snprintf(e->jwarn, sizeof e->jwarn,
                 "journal: a torn or damaged tail of %zu bytes was dropped "
                 "(a call cut off before it was acknowledged, or a damaged "
                 "file)", n - off);
    return AKA_OK;
}

/* ---- Opening, restarting, closing ---- */

/* Create a journal file holding only a header, durably, replacing any file
 * at path by rename. Returns the open descriptor or -1 (errno set). */
static int create_journal(const char *path, uint64_t jid, uint64_t base)
{
    char tmp[AKA__PATH_MAX + 16];
    if (snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) >= (int)sizeof tmp) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = mkstemp(tmp);
    if (fd < 0)
        return -1;
    unsigned char h[AKA__JOURNAL_HEADER];
    header(h, jid, base);
    if (fchmod(fd, 0600) != 0 || aka__write_all(fd, h, sizeof h) != 0 ||
        fsync(fd) != 0 || rename(tmp, path) != 0 || aka__fsync_dir(path) != 0) {
        int saved = errno;
        close(fd);
        unlink(tmp);
        errno = saved;
        return -1;
    }
    return fd;
}

aka_status aka__journal_open(aka_engine *e, int from_snapshot, aka__err *err)
{
    e->jfd = -1;
    e->jprev = NO_UNDO;
    const char *path = e->opts.journal_path;
    if (!path[0])
        return AKA_OK;
    int fd = open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0 && errno != ENOENT)
        return aka__fail(err, AKA_ERR_IO, "journal: cannot open: %s",
                         aka__io_reason(errno));
    uint64_t last = e->seq;
    size_t valid = 0, size = 0;
    if (fd >= 0) {
        struct stat sbuf;
        if (fstat(fd, &sbuf) != 0) {
            int saved = errno;
            close(fd);
            return aka__fail(err, AKA_ERR_IO, "journal: cannot read: %s",
                             aka__io_reason(saved));
        }
        size = (size_t)sbuf.st_size;
        unsigned char *buf = malloc(size ? size : 1);
        if (!buf) {
            close(fd);
            return aka__fail(err, AKA_ERR_NOMEM, "journal: out of memory");
        }
        size_t got = 0;
        while (got < size) {
            ssize_t k = pread(fd, buf + got, size - got, (off_t)got);
            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0)
                break;
            got += (size_t)k;
        }
        size = got;
        /* Replay with the journal off: the replayed calls are in it. */
        aka_status st = aka__journal_replay(e, buf, size, from_snapshot, &valid,
                                            &last, err);
        free(buf);
        if (st != AKA_OK) {
            close(fd);
            return st;
        }
    }
    if (fd >= 0 && valid >= AKA__JOURNAL_HEADER && last == e->seq) {
        /* Go on appending after the intact prefix. */
        if (valid < size && (ftruncate(fd, (off_t)valid) != 0 || fsync(fd) != 0)) {
            int saved = errno;
            close(fd);
            return aka__fail(err, AKA_ERR_IO, "journal: cannot cut the torn tail: %s",
                             aka__io_reason(saved));
        }
        e->jfd = fd;
        e->jend = valid;
        return AKA_OK;
    }
    /* No journal, an incomplete header, or a journal that ends before the
     * snapshot (its last entries were never flushed, but the snapshot
     * holds them): a fresh one continues from the engine's state. */
    if (fd >= 0)
        close(fd);
    fd = create_journal(path, e->jid, e->seq);
    if (fd < 0)
        return aka__fail(err, AKA_ERR_IO, "journal: cannot create: %s",
                         aka__io_reason(errno));
    e->jfd = fd;
    e->jend = AKA__JOURNAL_HEADER;
    return AKA_OK;
}

aka_status aka__journal_restart(aka_engine *e, aka__err *err)
{
    if (e->jfd < 0)
        return AKA_OK;
    int fd = create_journal(e->opts.journal_path, e->jid, e->seq);
    if (fd < 0)
        return aka__fail(err, AKA_ERR_IO,
                         "journal: the snapshot is saved, but the journal "
                         "could not be restarted: %s (it goes on growing)",
                         aka__io_reason(errno));
    close(e->jfd);
    e->jfd = fd;
    e->jend = AKA__JOURNAL_HEADER;
    e->jprev = NO_UNDO;
    e->junsynced = 0;
    return AKA_OK;
}

void aka__journal_close(aka_engine *e)
{
    if (e->jfd >= 0) {
        if (e->junsynced)
            (void)fdatasync(e->jfd);
        close(e->jfd);
    }
    e->jfd = -1;
}
