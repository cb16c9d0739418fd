/* Fuzz target: the resolution engine through its public API. The input is
 * a script, one operation per line:
 *   a<k><kind><value>|<kind><value>...  add record k (k = any byte; the
 *                                       kind byte is taken modulo 13)
 *   r<k>                                 remove record k
 *   d<k><j><s>                           decide on records k and j
 *   u<k><j>                              withdraw the decision on k and j
 *   e<k><j>                              explain records k and j
 *   j<k>                                 the entity of record k, as JSON
 *   B<any> / E<any>                      bulk_begin / bulk_end
 *   R<any>                               rescore
 *   m<n><s>                              (fuzz_engine_nomem only) the
 *                                        next operation's (n % 64 + 1)-th
 *                                        allocation fails, and with s odd
 *                                        every one after it
 * Invariants: every call returns a documented status; a record that was
 * added is found with an entity id, a removed one is not; explanations and
 * entities are NUL-terminated JSON objects of the reported length; records
 * that an analyst declared the same share an entity; a decision withdrawn
 * is gone; after every operation, a record whose entity changed has its
 * old and its new entity among those aka_engine_changes lists, and two
 * records an analyst declared not the same (a decision that stands: not
 * withdrawn, neither record removed since) are apart.
 *
 * Built as fuzz_engine_nomem (AKA_FUZZ_NOMEM, the allocator wrapped:
 * tests/unit/failing_alloc.h), an operation that runs out of memory must
 * change nothing: every record has the entity it had, an added record
 * that was not there is not; and after every operation each entity lists
 * exactly the records whose entity it is, and the changes since the last
 * operation are all there. */
#include "fuzz_common.h"

#ifdef AKA_FUZZ_NOMEM
#include "../unit/failing_alloc.h"
#endif

static void check(aka_status st)
{
    if (st < AKA_OK || st > AKA_ERR_INTERNAL)
        fz_fail("engine", "undocumented status");
}

/* What a host following the changes knows: each key's entity (0: none). */
typedef struct follower {
    uint64_t of[256];
    unsigned char live[256];
    /* decisions in force: 1 the same, 2 not the same, 0 none */
    unsigned char dec[256][256];
    uint64_t cursor;
    uint64_t ids[1024];
} follower;

static int listed(const follower *f, size_t n, uint64_t id)
{
    for (size_t i = 0; i < n; i++)
        if (f->ids[i] == id)
            return 1;
    return 0;
}

/* After an operation: what the changes say, checked against every
 * record's entity (out of memory too: the log reserves its room before a
 * call changes anything). */
static void follow(aka_engine *e, follower *f)
{
    size_t n = 0;
    uint64_t next = 0;
    aka_status st = aka_engine_changes(e, f->cursor, f->ids, 1024, &n, &next);
    check(st);
    if (st == AKA_ERR_BUFFER)
        return; /* (not after one operation on 256 records) */
    if (st != AKA_OK)
        fz_fail("engine", "the changes since the last operation are lost");
    f->cursor = next;
    for (int k = 0; k < 256; k++) {
        if (!f->live[k])
            continue;
        char key[2] = {(char)k, 0};
        uint64_t now = 0;
        if (aka_engine_entity_of(e, "f", 1, key, 1, &now) != AKA_OK)
            fz_fail("engine", "a live record has no entity");
        if (now != f->of[k] &&
            (!listed(f, n, now) || (f->of[k] && !listed(f, n, f->of[k]))))
            fz_fail("engine", "a record moved and the changes do not say so");
        f->of[k] = now;
    }
    for (int k = 0; k < 256; k++)
        for (int j = k + 1; j < 256; j++)
            if (f->dec[k][j] == 2 && f->of[k] == f->of[j])
                fz_fail("engine", "records decided not the same share an entity");
}

#ifdef AKA_FUZZ_NOMEM
/* The next operation's failing allocation (0: none). */
static long g_next_at;
static int g_next_sticky;

static void arm_next(void)
{
    if (g_next_at)
        arm(g_next_at, g_next_sticky);
}

/* Disarmed; whether an allocation failed. */
static int disarm_next(void)
{
    int failed = g_next_at ? disarm() : 0;
    g_next_at = 0;
    return failed;
}

/* After an operation that answered AKA_ERR_NOMEM: every record where it
 * was (f holds the entities before the operation). */
static void unchanged(aka_engine *e, const follower *f)
{
    for (int k = 0; k < 256; k++) {
        char key[2] = {(char)k, 0};
        uint64_t now = 0;
        aka_status st = aka_engine_entity_of(e, "f", 1, key, 1, &now);
        /* (a key that is not live is not found, or no key: NUL) */
        if (f->live[k] ? st != AKA_OK || now != f->of[k] : st == AKA_OK)
            fz_fail("engine", "an operation out of memory changed the entities");
    }
}

/* Each entity of a live record lists exactly the live records whose
 * entity it is: none twice, none gone. */
static void entities_whole(aka_engine *e, const follower *f)
{
    for (int k = 0; k < 256; k++) {
        if (!f->live[k])
            continue;
        size_t members = 0, listed = 0, need = 0;
        for (int j = 0; j < 256; j++)
            members += f->live[j] && f->of[j] == f->of[k];
        if (aka_engine_entity(e, f->of[k], NULL, 0, &need) != AKA_ERR_BUFFER)
            fz_fail("engine", "the entity of a live record is not found");
        char *buf = malloc(need + 1);
        if (!buf)
            return;
        if (aka_engine_entity(e, f->of[k], buf, need + 1, &need) != AKA_OK)
            fz_fail("engine", "an entity cannot be read");
        const char *rec = strstr(buf, "\"records\":["), *end = strstr(buf, "],\"possible");
        for (const char *p = rec; p && end && (p = strstr(p, "\"record_id\":")) && p < end;
             p++)
            listed++;
        free(buf);
        if (listed != members)
            fz_fail("engine", "an entity does not list its records");
    }
}
#else
static void arm_next(void) {}
static int disarm_next(void) { return 0; }
#endif

/* Record k was removed: its decisions go with it. */
static void forget(follower *f, unsigned char k)
{
    memset(f->dec[k], 0, sizeof f->dec[k]);
    for (int j = 0; j < 256; j++)
        f->dec[j][k] = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    static follower f;
    memset(&f, 0, sizeof f);
    aka_engine *e = NULL;
    aka_options *o = NULL;
    if (aka_options_new(&o) != AKA_OK)
        return 0;
    aka_options_set(o, "default_country", "UA");
    aka_status st = aka_engine_new(o, &e);
    aka_options_free(o);
    if (st != AKA_OK)
        return 0;
    aka_record *r = NULL;
    if (aka_record_new(&r) != AKA_OK) {
        aka_engine_free(e);
        return 0;
    }
    const char *s = (const char *)d;
    size_t i = 0;
    while (i < n) {
        size_t e_ = i;
        while (e_ < n && s[e_] != '\n')
            e_++;
        const char *line = s + i;
        size_t len = e_ - i;
        i = e_ + 1;
        if (len < 2)
            continue;
        char key[2] = {line[1], 0};
        uint64_t ent = 0;
        int failed = 0;
        st = AKA_OK;
#ifdef AKA_FUZZ_NOMEM
        if (line[0] == 'm') {
            g_next_at = (unsigned char)line[1] % 64 + 1;
            g_next_sticky = len >= 3 && (line[2] & 1);
            continue;
        }
#endif
        if (line[0] == 'a') {
            aka_record_clear(r);
            size_t p = 2;
            while (p < len) {
                size_t q = p + 1;
                while (q < len && line[q] != '|')
                    q++;
                int kind = (unsigned char)line[p] % 13;
                check(aka_record_add(r, kind, line + p + 1, q - p - 1));
                p = q + 1;
            }
            arm_next();
            st = aka_engine_add(e, "f", 1, key, 1, r, &ent);
            failed = disarm_next();
            check(st);
            if (st == AKA_OK) /* (a replaced record keeps its decisions) */
                f.live[(unsigned char)line[1]] = 1;
            if (st == AKA_OK) {
                uint64_t again = 0;
                if (aka_engine_entity_of(e, "f", 1, key, 1, &again) != AKA_OK ||
                    again == 0)
                    fz_fail("engine", "an added record has no entity");
            }
        } else if (line[0] == 'r') {
            arm_next();
            st = aka_engine_remove(e, "f", 1, key, 1);
            failed = disarm_next();
            check(st);
            if (st == AKA_OK) {
                f.live[(unsigned char)line[1]] = 0;
                f.of[(unsigned char)line[1]] = 0;
                forget(&f, (unsigned char)line[1]);
            }
            if (st == AKA_OK &&
                aka_engine_entity_of(e, "f", 1, key, 1, &ent) != AKA_ERR_NOT_FOUND)
                fz_fail("engine", "a removed record is still found");
        } else if (line[0] == 'd' && len >= 4) {
            char k2[2] = {line[2], 0};
            int same = line[3] & 1;
            arm_next();
            st = aka_engine_decide(e, "f", 1, key, 1, "f", 1, k2, 1, same);
            failed = disarm_next();
            check(st);
            if (st == AKA_OK) {
                unsigned char a = (unsigned char)line[1], b = (unsigned char)line[2];
                f.dec[a][b] = f.dec[b][a] = same ? 1 : 2;
            }
            uint64_t ea = 0, eb = 0;
            if (st == AKA_OK && same &&
                aka_engine_entity_of(e, "f", 1, key, 1, &ea) == AKA_OK &&
                aka_engine_entity_of(e, "f", 1, k2, 1, &eb) == AKA_OK &&
                ea != eb)
                fz_fail("engine", "records decided the same are apart");
        } else if (line[0] == 'u' && len >= 3) {
            char k2[2] = {line[2], 0};
            arm_next();
            st = aka_engine_undecide(e, "f", 1, key, 1, "f", 1, k2, 1);
            failed = disarm_next();
            check(st);
            if (st == AKA_OK) {
                unsigned char a = (unsigned char)line[1], b = (unsigned char)line[2];
                f.dec[a][b] = f.dec[b][a] = 0;
            }
            if (st == AKA_OK &&
                aka_engine_undecide(e, "f", 1, k2, 1, "f", 1, key, 1) != AKA_ERR_NOT_FOUND)
                fz_fail("engine", "a withdrawn decision is still there");
        } else if (line[0] == 'B') {
            check(aka_engine_bulk_begin(e));
        } else if (line[0] == 'E') {
            arm_next();
            st = aka_engine_bulk_end(e);
            failed = disarm_next();
            check(st);
        } else if (line[0] == 'R') {
            arm_next();
            st = aka_engine_rescore(e);
            failed = disarm_next();
            check(st);
        } else if (line[0] == 'j') {
            if (aka_engine_entity_of(e, "f", 1, key, 1, &ent) != AKA_OK)
                continue;
            size_t need = 0;
            st = aka_engine_entity(e, ent, NULL, 0, &need);
            check(st);
            if (st != AKA_ERR_BUFFER)
                fz_fail("engine", "an entity of a record is not found");
            char *buf = malloc(need + 1);
            size_t got = 0;
            if (buf && aka_engine_entity(e, ent, buf, need + 1, &got) == AKA_OK &&
                (got != need || buf[got] != '\0' || buf[0] != '{' ||
                 buf[got - 1] != '}' || !strstr(buf, "\"decisions\":[")))
                fz_fail("engine", "an entity is not the reported JSON");
            free(buf);
        } else if (line[0] == 'e' && len >= 3) {
            char k2[2] = {line[2], 0};
            size_t need = 0;
            st = aka_engine_explain(e, "f", 1, key, 1, "f", 1, k2, 1, NULL, 0,
                                    &need);
            check(st);
            if (st == AKA_ERR_BUFFER) {
                char *buf = malloc(need + 1);
                size_t got = 0;
                if (buf && aka_engine_explain(e, "f", 1, key, 1, "f", 1, k2, 1,
                                              buf, need + 1, &got) == AKA_OK &&
                    (got != need || buf[got] != '\0' || buf[0] != '{' ||
                     buf[got - 1] != '}'))
                    fz_fail("engine", "explanation is not the reported JSON");
                free(buf);
            }
        }
#ifdef AKA_FUZZ_NOMEM
        if (st == AKA_ERR_NOMEM && failed)
            unchanged(e, &f);
#endif
        (void)failed;
        follow(e, &f);
#ifdef AKA_FUZZ_NOMEM
        entities_whole(e, &f);
#endif
    }
    aka_record_free(r);
    aka_engine_free(e);
    return 0;
}
