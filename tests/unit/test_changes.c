/* The entity change log (lib/cluster/changes.c) and aka_engine_changes: a
 * host that reads again only the entities the engine lists keeps a map of
 * every record to its entity that is right after any sequence of adds,
 * replacements, removals, decisions and bulk loads; cursors that the log
 * can no longer answer, or that are another engine's, say so. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "helpers.h"
#include "persist_util.h"

#include "cluster/changes.h"

/* ---- the log ---- */

static void test_log_distinct_ascending(void **state)
{
    (void)state;
    aka__changelog l;
    aka__changelog_init(&l, 8);
    uint64_t out[8];
    size_t n = 99;
    assert_int_equal(aka__changelog_since(&l, 0, out, 8, &n), AKA_OK);
    assert_int_equal(n, 0);
    const uint64_t ids[] = {7, 3, 7, 0, 5, 3};
    for (size_t i = 0; i < 6; i++)
        aka__changelog_put(&l, ids[i]);
    assert_int_equal(l.seq, 5); /* 0 is no entity */
    assert_int_equal(aka__changelog_since(&l, 0, out, 8, &n), AKA_OK);
    assert_int_equal(n, 3);
    assert_int_equal(out[0], 3);
    assert_int_equal(out[1], 5);
    assert_int_equal(out[2], 7);
    assert_int_equal(aka__changelog_since(&l, 3, out, 8, &n), AKA_OK);
    assert_int_equal(n, 2); /* 5, 3 */
    assert_int_equal(out[0], 3);
    assert_int_equal(out[1], 5);
    assert_int_equal(aka__changelog_since(&l, 5, out, 8, &n), AKA_OK);
    assert_int_equal(n, 0);
    assert_int_equal(aka__changelog_since(&l, 6, out, 8, &n), AKA_ERR_ARGUMENT);
    /* too little room: how many, and the first ones */
    assert_int_equal(aka__changelog_since(&l, 0, out, 2, &n), AKA_ERR_BUFFER);
    assert_int_equal(n, 3);
    assert_int_equal(out[1], 5);
    assert_int_equal(aka__changelog_since(&l, 0, NULL, 0, &n), AKA_ERR_BUFFER);
    assert_int_equal(n, 3);
    aka__changelog_free(&l);
}

static void test_log_keeps_the_last(void **state)
{
    (void)state;
    aka__changelog l;
    aka__changelog_init(&l, 100);
    for (uint64_t i = 1; i <= 250; i++)
        aka__changelog_put(&l, i);
    assert_int_equal(aka__changelog_oldest(&l), 150);
    uint64_t out[100];
    size_t n;
    assert_int_equal(aka__changelog_since(&l, 149, out, 100, &n), AKA_ERR_LIMIT);
    assert_int_equal(aka__changelog_since(&l, 150, out, 100, &n), AKA_OK);
    assert_int_equal(n, 100);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(out[i], 151 + i);
    aka__changelog_free(&l);

    /* no log at all: only the latest position is answered */
    aka__changelog_init(&l, 0);
    aka__changelog_put(&l, 4);
    assert_int_equal(aka__changelog_since(&l, 0, out, 100, &n), AKA_ERR_LIMIT);
    assert_int_equal(aka__changelog_since(&l, 1, out, 100, &n), AKA_OK);
    assert_int_equal(n, 0);
    aka__changelog_free(&l);
}

static void test_log_new_round(void **state)
{
    (void)state;
    aka__changelog l;
    aka__changelog_init(&l, 16);
    aka__changelog_put(&l, 1);
    l.seq = AKA__CHANGELOG_SEQ_END; /* (as after 2^40 entries) */
    l.kept_from = l.seq - 1;
    aka__changelog_put(&l, 9);
    assert_int_equal(l.round, 1);
    assert_int_equal(l.seq, 1);
    uint64_t out[4];
    size_t n;
    assert_int_equal(aka__changelog_since(&l, 0, out, 4, &n), AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(out[0], 9);
    aka__changelog_free(&l);
}

/* ---- the engine ---- */

/* An engine with one option set (key NULL: the defaults). */
static aka_engine *engine_with(const char *key, const char *value)
{
    aka_options *o = NULL;
    aka_engine *e = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    if (key)
        assert_int_equal(aka_options_set(o, key, value), AKA_OK);
    assert_int_equal(aka_engine_new(o, &e), AKA_OK);
    aka_options_free(o);
    return e;
}

static aka_engine *engine_log(const char *entries)
{
    return engine_with(entries ? "change_log" : NULL, entries);
}

typedef struct kv {
    aka_feature kind;
    const char *v;
} kv;

/* Add record (s, id) of the values v[] (up to one with v NULL); its
 * entity. */
static uint64_t add_kv(aka_engine *e, const char *id, const kv *v)
{
    aka_record *r = NULL;
    assert_int_equal(aka_record_new(&r), AKA_OK);
    for (; v->v; v++)
        assert_int_equal(aka_record_add(r, v->kind, v->v, strlen(v->v)), AKA_OK);
    uint64_t ent = 0;
    assert_int_equal(aka_engine_add(e, "s", 1, id, strlen(id), r, &ent), AKA_OK);
    aka_record_free(r);
    return ent;
}

/* The changes since *cursor into ids (room for cap), *cursor moved on;
 * their number. */
static size_t changed(aka_engine *e, uint64_t *cursor, uint64_t *ids, size_t cap)
{
    size_t n = 0;
    uint64_t next = 0;
    aka_status st = aka_engine_changes(e, *cursor, ids, cap, &n, &next);
    if (st != AKA_OK)
        fail_msg("changes: %s", aka_engine_errmsg(e));
    for (size_t i = 1; i < n; i++)
        assert_true(ids[i - 1] < ids[i]);
    *cursor = next;
    return n;
}

static int listed(const uint64_t *ids, size_t n, uint64_t id)
{
    for (size_t i = 0; i < n; i++)
        if (ids[i] == id)
            return 1;
    return 0;
}

static uint64_t entity_of(aka_engine *e, unsigned k)
{
    char src[16], id[16];
    pu_key(k, src, id);
    uint64_t ent = 0;
    assert_int_equal(aka_engine_entity_of(e, src, strlen(src), id, strlen(id), &ent),
                     AKA_OK);
    return ent;
}

static void test_what_is_listed(void **state)
{
    (void)state;
    aka_engine *e = engine_log(NULL);
    uint64_t cur = 0, ids[64];
    uint64_t a = 0, b = 0, c = 0;
    /* person 0 seen by two sources: the second joins the first */
    assert_int_equal(pu_add(e, 0, &a), AKA_OK);
    size_t n = changed(e, &cur, ids, 64);
    assert_int_equal(n, 1);
    assert_int_equal(ids[0], a);
    assert_int_equal(pu_add(e, 2, &b), AKA_OK);
    assert_int_equal(b, a);
    n = changed(e, &cur, ids, 64);
    assert_true(listed(ids, n, a));
    for (size_t i = 0; i < n; i++) /* and the id it was made with, gone */
        if (ids[i] != a) {
            char buf[16];
            size_t len;
            assert_int_equal(aka_engine_entity(e, ids[i], buf, sizeof buf, &len),
                             AKA_ERR_NOT_FOUND);
        }
    /* ids given so far: a and the one record 2 was made with */
    char js[1024];
    size_t len;
    assert_int_equal(aka_engine_stats(e, js, sizeof js, &len), AKA_OK);
    assert_non_null(strstr(js, "\"next_entity\":3,"));
    /* someone else: only the new entity */
    assert_int_equal(pu_add(e, 30, &c), AKA_OK);
    assert_int_not_equal(c, a);
    n = changed(e, &cur, ids, 64);
    assert_int_equal(n, 1);
    assert_int_equal(ids[0], c);
    /* nothing since */
    assert_int_equal(changed(e, &cur, ids, 64), 0);
    /* a decision that changes nothing lists nothing */
    assert_int_equal(pu_decide(e, 0, 30, 0), AKA_OK);
    assert_int_equal(changed(e, &cur, ids, 64), 0);
    /* "not the same" splits a: a and the new piece */
    assert_int_equal(pu_decide(e, 0, 2, 0), AKA_OK);
    n = changed(e, &cur, ids, 64);
    assert_int_equal(n, 2);
    assert_true(listed(ids, n, a));
    assert_true(listed(ids, n, entity_of(e, 2)));
    /* removal: the entity that lost the record, gone with it */
    assert_int_equal(pu_remove(e, 30), AKA_OK);
    n = changed(e, &cur, ids, 64);
    assert_int_equal(n, 1);
    assert_int_equal(ids[0], c);
    /* the second of the earlier cursors still answers, with all since */
    uint64_t since0 = 0;
    n = changed(e, &since0, ids, 64);
    assert_true(n >= 4);
    assert_int_equal(since0, cur);
    aka_engine_free(e);
}

/* A record replaced by the same values (an export sent again) keeps its
 * entity and changes nothing, one by one and in bulk; replaced by
 * another person's, it moves, and both entities are listed. */
static void test_replacement(void **state)
{
    (void)state;
    aka_engine *e = engine_log(NULL);
    uint64_t ent[6], cur = 0, ids[16];
    for (unsigned k = 0; k < 6; k++)
        assert_int_equal(pu_add(e, k, &ent[k]), AKA_OK);
    assert_int_equal(entity_of(e, 1), entity_of(e, 0));
    assert_int_equal(entity_of(e, 4), entity_of(e, 3));
    changed(e, &cur, ids, 16);
    uint64_t again;
    assert_int_equal(pu_add(e, 1, &again), AKA_OK);
    assert_int_equal(again, entity_of(e, 0));
    assert_int_equal(pu_add(e, 4, &again), AKA_OK);
    assert_int_equal(again, entity_of(e, 3));
    assert_int_equal(changed(e, &cur, ids, 16), 0);
    uint64_t before[6];
    for (unsigned k = 0; k < 6; k++)
        before[k] = entity_of(e, k);
    assert_int_equal(aka_engine_bulk_begin(e), AKA_OK);
    for (unsigned k = 0; k < 6; k++)
        assert_int_equal(pu_add(e, k, NULL), AKA_OK);
    assert_int_equal(aka_engine_bulk_end(e), AKA_OK);
    for (unsigned k = 0; k < 6; k++)
        assert_int_equal(entity_of(e, k), before[k]);
    assert_int_equal(changed(e, &cur, ids, 16), 0);
    /* record 1 now says what record 4 says (same source, another id) */
    char src[16], id[16];
    pu_key(1, src, id);
    aka_record *r = pu_record(4);
    uint64_t moved;
    assert_int_equal(aka_engine_add(e, src, strlen(src), id, strlen(id), r, &moved),
                     AKA_OK);
    aka_record_free(r);
    assert_int_equal(moved, entity_of(e, 4));
    size_t n = changed(e, &cur, ids, 16);
    assert_true(listed(ids, n, before[0]));
    assert_true(listed(ids, n, before[4]));
    aka_engine_free(e);
}

/* A record that joins two entities the engine does not rebuild (its
 * edges reach them from outside its own entity): both are listed, the
 * one merged into the other too. */
static void test_bridge_record(void **state)
{
    (void)state;
    aka_engine *e = engine_with("default_country", "UA");
    uint64_t cur = 0, ids[16], ent[2];
    ent[0] = add_kv(e, "1", (kv[]){{AKA_NAME, "Andriy Melnyk"},
                                   {AKA_PHONE, "+380501111111"}, {0, NULL}});
    ent[1] = add_kv(e, "3", (kv[]){{AKA_NAME, "Andrii Melnyk"},
                                   {AKA_EMAIL, "am@example.com"}, {0, NULL}});
    assert_int_not_equal(ent[0], ent[1]);
    changed(e, &cur, ids, 16);
    /* the bridge: the phone of the one, the e-mail of the other */
    uint64_t now = add_kv(e, "2", (kv[]){{AKA_NAME, "Andrii Melnyk"},
                                         {AKA_PHONE, "+380501111111"},
                                         {AKA_EMAIL, "am@example.com"}, {0, NULL}});
    size_t n = changed(e, &cur, ids, 16);
    uint64_t three = 0;
    assert_int_equal(aka_engine_entity_of(e, "s", 1, "3", 1, &three), AKA_OK);
    assert_int_equal(three, now); /* the three are one */
    assert_true(listed(ids, n, ent[0]));
    assert_true(listed(ids, n, ent[1]));
    aka_engine_free(e);
}

/* A record held apart by a conflict with one record of an entity joins
 * it when that record is removed: the entity keeps its older id, and the
 * newer one, retired, is listed. a2 shares more with a1 (an e-mail and a
 * handle) than with x (a phone), so it stays with a1 while x is refused
 * for its other passport. */
static void test_removal_lets_an_entity_in(void **state)
{
    (void)state;
    aka_engine *e = engine_with("default_country", "UA");
    uint64_t ent[3], cur = 0, ids[16];
    ent[0] = add_kv(e, "a1", (kv[]){{AKA_NAME, "Olena Kovalenko"},
                                    {AKA_DATE_OF_BIRTH, "1990-04-02"},
                                    {AKA_DOCUMENT, "UA:FE111111"},
                                    {AKA_EMAIL, "olena.k@ukr.net"},
                                    {AKA_IDENTIFIER, "telegram:olenak"}, {0, NULL}});
    ent[1] = add_kv(e, "a2", (kv[]){{AKA_NAME, "Olena Kovalenko"},
                                    {AKA_DATE_OF_BIRTH, "1990-04-02"},
                                    {AKA_PHONE, "+380501234567"},
                                    {AKA_EMAIL, "olena.k@ukr.net"},
                                    {AKA_IDENTIFIER, "telegram:olenak"}, {0, NULL}});
    ent[2] = add_kv(e, "x", (kv[]){{AKA_NAME, "Olena Kovalenko"},
                                   {AKA_DATE_OF_BIRTH, "1990-04-02"},
                                   {AKA_DOCUMENT, "UA:FE999999"},
                                   {AKA_PHONE, "+380501234567"}, {0, NULL}});
    assert_int_equal(ent[0], ent[1]);
    assert_int_not_equal(ent[2], ent[0]); /* two passports of one country */
    uint64_t a2 = 0, x = 0;
    assert_int_equal(aka_engine_entity_of(e, "s", 1, "a2", 2, &a2), AKA_OK);
    assert_int_equal(a2, ent[0]);
    changed(e, &cur, ids, 16);
    assert_int_equal(aka_engine_remove(e, "s", 1, "a1", 2), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, "s", 1, "a2", 2, &a2), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, "s", 1, "x", 1, &x), AKA_OK);
    assert_int_equal(a2, x);
    assert_int_equal(a2, ent[0]);
    size_t n = changed(e, &cur, ids, 16);
    assert_int_equal(n, 2);
    assert_true(listed(ids, n, ent[0]));
    assert_true(listed(ids, n, ent[2]));
    aka_engine_free(e);
}

static int u64_less(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

/* A host that lost the thread (AKA_ERR_LIMIT) reads every entity again
 * without knowing the keys: aka_engine_entities, a page at a time, gives
 * each entity once, ascending, whatever the page's size. */
static void test_read_every_entity(void **state)
{
    (void)state;
    aka_engine *e = engine_log(NULL);
    enum { N = 240 };
    for (unsigned k = 0; k < N; k++)
        assert_int_equal(pu_add(e, k, NULL), AKA_OK);
    for (unsigned k = 0; k + 7 < N; k += 37)
        assert_int_equal(pu_decide(e, k, k + 7, 1), AKA_OK);
    for (unsigned k = 5; k < N; k += 50) { /* and some removed */
        char src[16], id[16];
        pu_key(k, src, id);
        assert_int_equal(aka_engine_remove(e, src, strlen(src), id, strlen(id)), AKA_OK);
    }
    /* what the records say */
    uint64_t want[N];
    size_t nw = 0;
    for (unsigned k = 0; k < N; k++) {
        char src[16], id[16];
        pu_key(k, src, id);
        uint64_t ent = 0;
        if (aka_engine_entity_of(e, src, strlen(src), id, strlen(id), &ent) == AKA_OK)
            want[nw++] = ent;
    }
    qsort(want, nw, sizeof *want, u64_less);
    size_t distinct = 0;
    for (size_t i = 0; i < nw; i++)
        if (i == 0 || want[i] != want[i - 1])
            want[distinct++] = want[i];
    assert_true(distinct > 10 && distinct < nw);
    const size_t caps[] = {1, 3, 64, 1000};
    for (size_t c = 0; c < 4; c++) {
        uint64_t page[1000], got[N];
        size_t ng = 0, n = 0;
        uint64_t after = 0;
        for (;;) {
            aka_status st = aka_engine_entities(e, after, page, caps[c], &n);
            size_t k = n < caps[c] ? n : caps[c];
            for (size_t i = 0; i < k; i++) {
                assert_true(ng < N);
                got[ng++] = page[i];
            }
            if (st == AKA_OK)
                break;
            assert_int_equal(st, AKA_ERR_BUFFER);
            assert_true(n > caps[c]);
            after = page[caps[c] - 1];
        }
        assert_int_equal(ng, distinct);
        for (size_t i = 0; i < ng; i++)
            assert_int_equal(got[i], want[i]);
    }
    /* how many, with no room; none after the last; bad arguments */
    size_t n = 0;
    assert_int_equal(aka_engine_entities(e, 0, NULL, 0, &n), AKA_ERR_BUFFER);
    assert_int_equal(n, distinct);
    assert_non_null(strstr(aka_engine_errmsg(e), "room for 0"));
    uint64_t one[1];
    assert_int_equal(aka_engine_entities(e, want[distinct - 1], one, 1, &n), AKA_OK);
    assert_int_equal(n, 0);
    assert_int_equal(aka_engine_entities(e, want[distinct - 2], one, 1, &n), AKA_OK);
    assert_int_equal(n, 1);
    assert_int_equal(one[0], want[distinct - 1]);
    assert_int_equal(aka_engine_entities(NULL, 0, one, 1, &n), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_entities(e, 0, one, 1, NULL), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_entities(e, 0, NULL, 1, &n), AKA_ERR_ARGUMENT);
    aka_engine_free(e);
    /* an empty engine */
    e = engine_log(NULL);
    assert_int_equal(aka_engine_entities(e, 0, one, 1, &n), AKA_OK);
    assert_int_equal(n, 0);
    aka_engine_free(e);
}

static void test_bad_cursors(void **state)
{
    (void)state;
    aka_engine *e = engine_log("4"), *other = engine_log(NULL);
    uint64_t ids[8], next = 0, cur = 0, start = 0;
    size_t n = 0;
    assert_int_equal(aka_engine_changes(e, 0, ids, 8, &n, &start), AKA_OK);
    assert_int_not_equal(start, 0);
    for (unsigned k = 0; k < 6; k++)
        assert_int_equal(pu_add(e, 3 * k, NULL), AKA_OK); /* six people */
    /* the log keeps 4 ids: six adds ago is lost */
    assert_int_equal(aka_engine_changes(e, start, ids, 8, &n, &next), AKA_ERR_LIMIT);
    assert_non_null(strstr(aka_engine_errmsg(e), "no longer kept"));
    assert_int_equal(n, 0);
    cur = next;
    assert_int_equal(aka_engine_changes(e, cur, ids, 8, &n, &next), AKA_OK);
    assert_int_equal(n, 0);
    assert_int_equal(next, cur);
    /* another engine's cursor, and the first change of an engine whose
     * log lost it */
    uint64_t theirs = 0;
    assert_int_equal(pu_add(other, 0, NULL), AKA_OK);
    assert_int_equal(aka_engine_changes(other, 0, ids, 8, &n, &theirs), AKA_OK);
    assert_int_equal(aka_engine_changes(e, theirs, ids, 8, &n, &next), AKA_ERR_LIMIT);
    assert_non_null(strstr(aka_engine_errmsg(e), "not this engine's"));
    assert_int_equal(next, cur);
    assert_int_equal(aka_engine_changes(e, 0, ids, 8, &n, &next), AKA_ERR_LIMIT);
    /* a cursor ahead of the engine */
    assert_int_equal(aka_engine_changes(e, cur + 1, ids, 8, &n, &next),
                     AKA_ERR_ARGUMENT);
    assert_non_null(strstr(aka_engine_errmsg(e), "ahead"));
    /* bad arguments */
    assert_int_equal(aka_engine_changes(NULL, 0, ids, 8, &n, &next), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_changes(e, cur, NULL, 8, &n, &next), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_changes(e, cur, ids, 8, NULL, &next), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_changes(e, cur, ids, 8, &n, NULL), AKA_ERR_ARGUMENT);
    assert_int_equal(aka_engine_changes(e, cur, NULL, 0, &n, &next), AKA_OK);
    /* too little room */
    assert_int_equal(pu_add(e, 100, NULL), AKA_OK);
    assert_int_equal(pu_add(e, 200, NULL), AKA_OK);
    assert_int_equal(aka_engine_changes(e, cur, NULL, 0, &n, &next), AKA_ERR_BUFFER);
    assert_int_equal(n, 2);
    assert_int_equal(aka_engine_changes(e, cur, ids, 1, &n, &next), AKA_ERR_BUFFER);
    assert_int_equal(n, 2);
    /* the option */
    aka_options *o = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    assert_int_equal(aka_options_set(o, "change_log", "-1"), AKA_ERR_OPTION);
    assert_int_equal(aka_options_set(o, "change_log", "100000001"), AKA_ERR_OPTION);
    assert_int_equal(aka_options_set(o, "change_log", "x"), AKA_ERR_OPTION);
    char v[32];
    size_t len;
    assert_int_equal(aka_options_get(o, "change_log", v, sizeof v, &len), AKA_OK);
    assert_string_equal(v, "65536");
    aka_options_free(o);
    aka_engine_free(e);
    aka_engine_free(other);
}

/* ---- a host that follows the changes ---- */

#define RECS 150

typedef struct host {
    uint64_t of[RECS]; /* the host's entity of each record, 0: none */
    int live[RECS];    /* records the host added and did not remove */
    uint64_t cursor;
    char json[1 << 16];
} host;

/* The records of entity id (NOT_FOUND: none), by index, into in[]. */
static int records_of(aka_engine *e, uint64_t id, int in[RECS], char *json,
                      size_t cap)
{
    size_t len;
    aka_status st = aka_engine_entity(e, id, json, cap, &len);
    if (st == AKA_ERR_NOT_FOUND)
        return 0;
    assert_int_equal(st, AKA_OK);
    char *end = strstr(json, "\"possible_matches\"");
    assert_non_null(end);
    *end = '\0';
    int n = 0;
    for (const char *p = json; (p = strstr(p, "\"record_id\":\"r")) != NULL; n++) {
        p += strlen("\"record_id\":\"r");
        int k = atoi(p);
        assert_true(k >= 0 && k < RECS);
        in[k] = 1;
    }
    return n;
}

/* Read again the entities listed since the host's cursor: first forget
 * every record of each, then give each that exists its records now. */
static size_t follow(aka_engine *e, host *h)
{
    uint64_t ids[4 * RECS + 64];
    size_t n = changed(e, &h->cursor, ids, sizeof ids / sizeof *ids);
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < RECS; k++)
            if (h->of[k] == ids[i])
                h->of[k] = 0;
    for (size_t i = 0; i < n; i++) {
        int in[RECS] = {0};
        records_of(e, ids[i], in, h->json, sizeof h->json);
        for (int k = 0; k < RECS; k++)
            if (in[k])
                h->of[k] = ids[i];
    }
    return n;
}

static void host_agrees(aka_engine *e, const host *h, int step)
{
    for (int k = 0; k < RECS; k++) {
        if (!h->live[k])
            continue;
        uint64_t want = entity_of(e, (unsigned)k);
        if (h->of[k] != want)
            fail_msg("step %d: record %d is in entity %llu, the host says %llu",
                     step, k, (unsigned long long)want, (unsigned long long)h->of[k]);
    }
}

static uint32_t next_rand(uint32_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    return *x;
}

static void host_follows(unsigned threads)
{
    char th[4];
    snprintf(th, sizeof th, "%u", threads);
    aka_options *o = NULL;
    aka_engine *e = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    assert_int_equal(aka_options_set(o, "threads", th), AKA_OK);
    assert_int_equal(aka_engine_new(o, &e), AKA_OK);
    aka_options_free(o);
    static host h;
    memset(&h, 0, sizeof h);
    uint32_t x = 2463534242u;
    int churn = 0; /* steps that changed more than one entity */
    for (int step = 0; step < 600; step++) {
        unsigned op = next_rand(&x) % 10;
        unsigned a = next_rand(&x) % RECS, b = next_rand(&x) % RECS;
        if (op < 5) {
            assert_int_equal(pu_add(e, a, NULL), AKA_OK); /* or replaces */
            h.live[a] = 1;
        } else if (op < 6 && h.live[a]) {
            assert_int_equal(pu_remove(e, a), AKA_OK);
            h.live[a] = 0;
            h.of[a] = 0;
        } else if (op < 8 && h.live[a] && h.live[b] && a != b) {
            assert_int_equal(pu_decide(e, a, b, (int)(next_rand(&x) % 2)), AKA_OK);
        } else if (op < 9 && h.live[a] && h.live[b] && a != b) {
            aka_status st = pu_undecide(e, a, b);
            assert_true(st == AKA_OK || st == AKA_ERR_NOT_FOUND);
        } else if (op == 9 && step % 7 == 0) {
            /* a bulk load of a few */
            assert_int_equal(aka_engine_bulk_begin(e), AKA_OK);
            for (int i = 0; i < 5; i++) {
                unsigned k = next_rand(&x) % RECS;
                assert_int_equal(pu_add(e, k, NULL), AKA_OK);
                h.live[k] = 1;
            }
            assert_int_equal(aka_engine_bulk_end(e), AKA_OK);
        }
        churn += follow(e, &h) > 1;
        host_agrees(e, &h, step);
    }
    assert_true(churn > 50);
    aka_engine_free(e);
}

static void test_host_follows(void **state)
{
    (void)state;
    host_follows(1);
}

static void test_host_follows_two_threads(void **state)
{
    (void)state;
    host_follows(2);
}

/* Hosts that follow the changes while another thread adds: each one's
 * map is right once the adds are done. */
typedef struct follower {
    aka_engine *e;
    atomic_int *done;
    host h;
} follower;

static void *follow_main(void *arg)
{
    follower *f = arg;
    while (!atomic_load(f->done))
        follow(f->e, &f->h);
    follow(f->e, &f->h);
    return NULL;
}

static void test_followed_by_threads(void **state)
{
    (void)state;
    aka_engine *e = engine_log(NULL);
    atomic_int done;
    atomic_init(&done, 0);
    follower *f = calloc(2, sizeof *f);
    assert_non_null(f);
    pthread_t tid[2];
    for (int t = 0; t < 2; t++) {
        f[t].e = e;
        f[t].done = &done;
        assert_int_equal(pthread_create(&tid[t], NULL, follow_main, &f[t]), 0);
    }
    for (unsigned k = 0; k < RECS; k++)
        assert_int_equal(pu_add(e, k, NULL), AKA_OK);
    for (unsigned k = 0; k < RECS; k += 9)
        assert_int_equal(pu_remove(e, k), AKA_OK);
    atomic_store(&done, 1);
    for (int t = 0; t < 2; t++) {
        assert_int_equal(pthread_join(tid[t], NULL), 0);
        for (unsigned k = 0; k < RECS; k++)
            f[t].h.live[k] = k % 9 != 0;
        host_agrees(e, &f[t].h, -1);
    }
    free(f);
    aka_engine_free(e);
}

/* A loaded engine starts a log of its own: the saved engine's cursors
 * are refused, and 0 means "since the load". */
static void test_after_load(void **state)
{
    (void)state;
    char dir[] = "/tmp/aka_changesXXXXXX", path[64];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/snap", dir);
    aka_engine *e = engine_log(NULL), *l = NULL;
    for (unsigned k = 0; k < 12; k++)
        assert_int_equal(pu_add(e, k, NULL), AKA_OK);
    uint64_t cur = 0, ids[64];
    changed(e, &cur, ids, 64);
    assert_int_equal(aka_engine_save(e, path), AKA_OK);
    assert_int_equal(aka_engine_load(path, NULL, &l), AKA_OK);
    assert_int_equal(pu_differ(e, l), 0);
    size_t n;
    uint64_t next;
    assert_int_equal(aka_engine_changes(l, cur, ids, 64, &n, &next), AKA_ERR_LIMIT);
    uint64_t zero = 0;
    assert_int_equal(changed(l, &zero, ids, 64), 0);
    assert_int_equal(zero, next);
    uint64_t ent;
    assert_int_equal(pu_add(l, 13, &ent), AKA_OK);
    n = changed(l, &zero, ids, 64);
    assert_true(listed(ids, n, ent));
    aka_engine_free(e);
    aka_engine_free(l);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_log_distinct_ascending),
        cmocka_unit_test(test_log_keeps_the_last),
        cmocka_unit_test(test_log_new_round),
        cmocka_unit_test(test_what_is_listed),
        cmocka_unit_test(test_replacement),
        cmocka_unit_test(test_bridge_record),
        cmocka_unit_test(test_removal_lets_an_entity_in),
        cmocka_unit_test(test_bad_cursors),
        cmocka_unit_test(test_read_every_entity),
        cmocka_unit_test(test_host_follows),
        cmocka_unit_test(test_host_follows_two_threads),
        cmocka_unit_test(test_followed_by_threads),
        cmocka_unit_test(test_after_load),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
