/* The journal: every acknowledged call is replayed on top of the snapshot
 * (or of an engine that was never saved); a torn tail is dropped with a
 * warning, never half-applied; a snapshot restarts the journal, and a
 * crash between the two does not apply a call twice; a failed append
 * fails the call and leaves the engine as it was. */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "engine/journal.h"
#include "persist_util.h"

static char dir[64];
static char jpath[128], spath[128];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/aka_jrnlXXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(jpath, sizeof jpath, "%s/journal", dir);
    snprintf(spath, sizeof spath, "%s/snap", dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static int fresh(void **state)
{
    (void)state;
    unlink(jpath);
    unlink(spath);
    return 0;
}

static aka_options *jopts(const char *sync)
{
    aka_options *o = NULL;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    assert_int_equal(aka_options_set(o, "default_country", "UA"), AKA_OK);
    assert_int_equal(aka_options_set(o, "journal_path", jpath), AKA_OK);
    assert_int_equal(aka_options_set(o, "journal_sync", sync), AKA_OK);
    return o;
}

/* The same calls on a journalled engine and on a plain one. */
static void work(aka_engine *a, aka_engine *ref, unsigned from, unsigned to)
{
    for (unsigned k = from; k < to; k++) {
        uint64_t ea = 0, eb = 0;
        assert_int_equal(pu_add(a, k, &ea), AKA_OK);
        if (ref) {
            assert_int_equal(pu_add(ref, k, &eb), AKA_OK);
            assert_int_equal(ea, eb);
        }
        if (k % 17 == 16) {
            assert_int_equal(pu_decide(a, k, k - 3, (int)(k % 2)), AKA_OK);
            if (ref)
                assert_int_equal(pu_decide(ref, k, k - 3, (int)(k % 2)), AKA_OK);
        }
        /* the decision of 17 calls before withdrawn (none of its
         * records is removed by then) */
        if (k % 34 == 33) {
            assert_int_equal(pu_undecide(a, k - 17, k - 20), AKA_OK);
            if (ref)
                assert_int_equal(pu_undecide(ref, k - 17, k - 20), AKA_OK);
        }
        if (k % 23 == 22) {
            assert_int_equal(pu_remove(a, k - 5), AKA_OK);
            if (ref)
                assert_int_equal(pu_remove(ref, k - 5), AKA_OK);
        }
    }
}

static void test_replay_without_snapshot(void **state)
{
    (void)state;
    aka_options *o = jopts("always");
    aka_options *plain = NULL;
    assert_int_equal(aka_options_new(&plain), AKA_OK);
    assert_int_equal(aka_options_set(plain, "default_country", "UA"), AKA_OK);
    aka_engine *a = NULL, *ref = NULL, *b = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    assert_int_equal(aka_engine_new(plain, &ref), AKA_OK);
    work(a, ref, 0, 120);
    /* Bulk loading is journalled too. */
    assert_int_equal(aka_engine_bulk_begin(a), AKA_OK);
    assert_int_equal(aka_engine_bulk_begin(ref), AKA_OK);
    work(a, ref, 120, 180);
    assert_int_equal(aka_engine_bulk_end(a), AKA_OK);
    assert_int_equal(aka_engine_bulk_end(ref), AKA_OK);
    /* and a pass that scores every pair again */
    assert_int_equal(aka_engine_rescore(a), AKA_OK);
    assert_int_equal(aka_engine_rescore(ref), AKA_OK);
    aka_engine_free(a); /* as if the process died: nothing was saved */
    assert_int_equal(aka_engine_new(o, &b), AKA_OK);
    assert_int_equal(pu_differ(ref, b), 0);
    /* 180 adds, 10 decisions, 5 withdrawn, 7 removals, bulk begin and
     * end, the re-scoring */
    assert_int_equal(b->jreplayed, 180 + 10 + 5 + 7 + 2 + 1);
    /* It goes on journalling where it stopped. */
    work(b, ref, 180, 200);
    aka_engine_free(b);
    assert_int_equal(aka_engine_new(o, &b), AKA_OK);
    assert_int_equal(pu_differ(ref, b), 0);
    aka_engine_free(b);
    aka_engine_free(ref);
    aka_options_free(o);
    aka_options_free(plain);
}

static void test_snapshot_plus_journal(void **state)
{
    (void)state;
    aka_options *o = jopts("5");
    aka_engine *a = NULL, *b = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    work(a, NULL, 0, 90);
    assert_int_equal(aka_engine_save(a, spath), AKA_OK);
    struct stat sb;
    assert_int_equal(stat(jpath, &sb), 0);
    assert_int_equal(sb.st_size, AKA__JOURNAL_HEADER); /* restarted */
    work(a, NULL, 90, 160);
    /* The model changes in place and is journalled, then every pair is
     * scored again, as aka_engine_estimate does; replay does the same. */
    aka__engine_write(a);
    a->model.u[AKA_DATE_OF_BIRTH][1] = 0.0042;
    aka__model_prepare(&a->model);
    assert_int_equal(aka__journal_model(a), AKA_OK);
    assert_int_equal(aka__engine_rescore(a, 0, 1), AKA_OK);
    aka__engine_unlock(a);
    work(a, NULL, 160, 170);
    char msg[256];
    assert_int_equal(aka_engine_load_msg(spath, NULL, &b, msg, sizeof msg), AKA_OK);
    assert_string_equal(msg, "");
    assert_int_equal(pu_differ(a, b), 0);
    /* Both go on identically. */
    for (unsigned k = 170; k < 200; k++) {
        uint64_t ea, eb;
        assert_int_equal(pu_add(a, k, &ea), AKA_OK);
        assert_int_equal(pu_add(b, k, &eb), AKA_OK);
        assert_int_equal(ea, eb);
    }
    aka_engine_free(a);
    aka_engine_free(b);
    aka_options_free(o);
}

/* A crash after the snapshot's rename but before the journal restarted:
 * the journal still holds calls that are in the snapshot. */
static void test_crash_between_snapshot_and_restart(void **state)
{
    (void)state;
    aka_options *o = jopts("always");
    aka_engine *a = NULL, *b = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    work(a, NULL, 0, 60);
    char old[160], cmd[400];
    snprintf(old, sizeof old, "%s.old", jpath);
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", jpath, old);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(aka_engine_save(a, spath), AKA_OK);
    assert_int_equal(rename(old, jpath), 0);
    assert_int_equal(aka_engine_load(spath, NULL, &b), AKA_OK);
    assert_int_equal(b->jreplayed, 0);
    assert_int_equal(pu_differ(a, b), 0);
    /* b restarted the journal from the snapshot: its calls replay. */
    work(b, a, 60, 80);
    aka_engine_free(b);
    assert_int_equal(aka_engine_load(spath, NULL, &b), AKA_OK);
    assert_int_equal(pu_differ(a, b), 0);
    aka_engine_free(a);
    aka_engine_free(b);
    aka_options_free(o);
}

static void test_torn_tail(void **state)
{
    (void)state;
    aka_options *o = jopts("always");
    aka_engine *a = NULL, *ref = NULL, *b = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    assert_int_equal(aka_engine_save(a, spath), AKA_OK);
    assert_int_equal(aka_engine_new(NULL, &ref), AKA_OK);
    aka_engine_free(ref);
    aka_options *plain = NULL;
    assert_int_equal(aka_options_new(&plain), AKA_OK);
    assert_int_equal(aka_options_set(plain, "default_country", "UA"), AKA_OK);
    assert_int_equal(aka_engine_new(plain, &ref), AKA_OK);
    work(a, ref, 0, 40);
    struct stat sb;
    assert_int_equal(stat(jpath, &sb), 0);
    off_t before = sb.st_size;
    assert_int_equal(pu_add(a, 40, NULL), AKA_OK);
    assert_int_equal(stat(jpath, &sb), 0);
    off_t after = sb.st_size;
    aka_engine_free(a);
    /* Every cut inside the last entry drops it whole. */
    for (off_t cut = before + 1; cut < after; cut += 7) {
        assert_int_equal(truncate(jpath, cut), 0);
        char msg[256];
        assert_int_equal(aka_engine_load_msg(spath, NULL, &b, msg, sizeof msg), AKA_OK);
        assert_non_null(strstr(msg, "torn"));
        char js[2048];
        size_t jl;
        assert_int_equal(aka_engine_stats(b, js, sizeof js, &jl), AKA_OK);
        assert_non_null(strstr(js, "torn"));
        assert_int_equal(pu_differ(ref, b), 0);
        aka_engine_free(b);
        /* The tail was cut off the file: appends go on cleanly. */
        assert_int_equal(stat(jpath, &sb), 0);
        assert_int_equal(sb.st_size, before);
        if (cut + 7 < after) {
            /* put some garbage back for the next round */
            FILE *f = fopen(jpath, "ab");
            for (off_t i = before; i < cut + 7; i++)
                fputc(0x5A, f);
            fclose(f);
        }
    }
    /* A flipped bit in an entry: that entry and the rest are dropped. */
    assert_int_equal(aka_engine_load(spath, NULL, &b), AKA_OK);
    assert_int_equal(pu_add(b, 40, NULL), AKA_OK);
    aka_engine_free(b);
    int fd = open(jpath, O_RDWR);
    unsigned char c;
    assert_int_equal(pread(fd, &c, 1, before + 20), 1);
    c ^= 4;
    assert_int_equal(pwrite(fd, &c, 1, before + 20), 1);
    close(fd);
    assert_int_equal(aka_engine_load(spath, NULL, &b), AKA_OK);
    assert_int_equal(pu_differ(ref, b), 0);
    aka_engine_free(b);
    aka_engine_free(ref);
    aka_options_free(o);
    aka_options_free(plain);
}

static void test_failed_append(void **state)
{
    (void)state;
    aka_options *o = jopts("always");
    aka_engine *a = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    work(a, NULL, 0, 20);
    /* The journal becomes unwritable (as a full disk would be). */
    int saved = a->jfd;
    a->jfd = open("/dev/null", O_RDONLY);
    uint64_t seq = a->seq;
    assert_int_equal(pu_add(a, 20, NULL), AKA_ERR_IO);
    assert_non_null(strstr(aka_engine_errmsg(a), "journal"));
    assert_int_equal(pu_remove(a, 3), AKA_ERR_IO);
    assert_int_equal(pu_decide(a, 1, 2, 1), AKA_ERR_IO);
    assert_int_equal(a->seq, seq);
    close(a->jfd);
    a->jfd = saved;
    char src[16], id[16];
    pu_key(20, src, id);
    uint64_t ent;
    assert_int_equal(aka_engine_entity_of(a, src, strlen(src), id, strlen(id), &ent),
                     AKA_ERR_NOT_FOUND);
    pu_key(3, src, id);
    assert_int_equal(aka_engine_entity_of(a, src, strlen(src), id, strlen(id), &ent),
                     AKA_OK);
    assert_int_equal(aka__cluster_decision(a->cluster, 1, 2), -1);
    /* Later calls journal normally and replay. */
    work(a, NULL, 20, 30);
    aka_engine *b = NULL;
    aka_engine_free(a);
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    aka_options_free(o);
    o = NULL;
    assert_int_equal(aka_engine_new(NULL, &b), AKA_OK);
    aka_engine_free(b);
    aka_engine_free(a);
}

/* A disk that fills in the middle of an entry: the call fails, the
 * engine is as it was, the part written is taken back, and later calls
 * journal after the last whole entry, so that a replay gives every call
 * acknowledged and warns of nothing. */
static void test_disk_full(void **state)
{
    (void)state;
    aka_options *o = jopts("always"), *plain = NULL;
    assert_int_equal(aka_options_new(&plain), AKA_OK);
    assert_int_equal(aka_options_set(plain, "default_country", "UA"), AKA_OK);
    aka_engine *a = NULL, *ref = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    assert_int_equal(aka_engine_new(plain, &ref), AKA_OK);
    work(a, ref, 0, 20);
    struct stat sb;
    assert_int_equal(stat(jpath, &sb), 0);
    /* room for a few bytes of the next entry, not all of it */
    struct rlimit old = pu_disk_full((rlim_t)sb.st_size + 10);
    assert_int_equal(pu_add(a, 20, NULL), AKA_ERR_IO);
    assert_non_null(strstr(aka_engine_errmsg(a), "journal"));
    assert_non_null(strstr(aka_engine_errmsg(a), "file too large"));
    assert_int_equal(pu_remove(a, 3), AKA_ERR_IO);
    assert_int_equal(pu_decide(a, 1, 2, 1), AKA_ERR_IO);
    pu_disk_free(old);
    assert_int_equal(pu_differ(ref, a), 0);
    assert_int_equal(stat(jpath, &sb), 0);
    off_t whole = sb.st_size;
    work(a, ref, 20, 25);
    assert_int_equal(stat(jpath, &sb), 0);
    assert_true(sb.st_size > whole);
    aka_engine_free(a);
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    assert_int_equal(pu_differ(ref, a), 0);
    char js[4096];
    size_t jl = 0;
    assert_int_equal(aka_engine_stats(a, js, sizeof js, &jl), AKA_OK);
    assert_null(strstr(js, "torn"));
    aka_engine_free(a);
    aka_engine_free(ref);
    aka_options_free(o);
    aka_options_free(plain);
}

static void test_foreign_and_bad_journals(void **state)
{
    (void)state;
    aka_options *o = jopts("always");
    aka_engine *a = NULL, *b = NULL;
    assert_int_equal(aka_engine_new(o, &a), AKA_OK);
    work(a, NULL, 0, 10);
    assert_int_equal(aka_engine_save(a, spath), AKA_OK);
    work(a, NULL, 10, 12);
    aka_engine_free(a);
    /* A new engine refuses a journal that continues a snapshot. */
    assert_int_equal(aka_engine_new(o, &b), AKA_ERR_ARGUMENT);
    assert_null(b);
    /* Another engine's journal does not replay onto this snapshot. */
    char other[160];
    snprintf(other, sizeof other, "%s/other", dir);
    aka_options *o2 = NULL;
    assert_int_equal(aka_options_new(&o2), AKA_OK);
    assert_int_equal(aka_options_set(o2, "journal_path", other), AKA_OK);
    assert_int_equal(aka_engine_new(o2, &a), AKA_OK);
    work(a, NULL, 0, 3);
    aka_engine_free(a);
    char msg[256];
    assert_int_equal(aka_engine_load_msg(spath, o2, &b, msg, sizeof msg),
                     AKA_ERR_CORRUPT);
    assert_non_null(strstr(msg, "another engine"));
    /* A version from the future. */
    int fd = open(jpath, O_RDWR);
    unsigned char v = 9;
    assert_int_equal(pwrite(fd, &v, 1, 8), 1);
    close(fd);
    assert_int_equal(aka_engine_load_msg(spath, NULL, &b, msg, sizeof msg),
                     AKA_ERR_VERSION);
    aka_options_free(o);
    aka_options_free(o2);
}

static void test_sync_option(void **state)
{
    (void)state;
    aka_options *o = NULL;
    char v[32];
    size_t n;
    assert_int_equal(aka_options_new(&o), AKA_OK);
    assert_int_equal(aka_options_get(o, "journal_sync", v, sizeof v, &n), AKA_OK);
    assert_string_equal(v, "always");
    assert_int_equal(aka_options_set(o, "journal_sync", "64"), AKA_OK);
    assert_int_equal(aka_options_get(o, "journal_sync", v, sizeof v, &n), AKA_OK);
    assert_string_equal(v, "64");
    assert_int_equal(aka_options_set(o, "journal_sync", "0"), AKA_ERR_OPTION);
    assert_int_equal(aka_options_set(o, "journal_sync", "sometimes"), AKA_ERR_OPTION);
    assert_int_equal(aka_options_get(o, "journal_path", v, sizeof v, &n), AKA_OK);
    assert_string_equal(v, "");
    aka_options_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_replay_without_snapshot, fresh),
        cmocka_unit_test_setup(test_snapshot_plus_journal, fresh),
        cmocka_unit_test_setup(test_crash_between_snapshot_and_restart, fresh),
        cmocka_unit_test_setup(test_torn_tail, fresh),
        cmocka_unit_test_setup(test_failed_append, fresh),
        cmocka_unit_test_setup(test_disk_full, fresh),
        cmocka_unit_test_setup(test_foreign_and_bad_journals, fresh),
        cmocka_unit_test(test_sync_option),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
