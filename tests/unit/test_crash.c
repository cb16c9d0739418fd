/* Crash safety: a child process adds records, decides and removes with a
 * journal and periodic snapshots, reporting each acknowledged call through
 * a pipe; the parent kills it (SIGKILL) at random moments, at least 200
 * times, and after each kill loads the engine and checks that it equals a
 * reference engine that made exactly the acknowledged calls (or those and
 * the one call the child made but had no time to report). The next child
 * goes on from the loaded state, as a restarted server would. */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "persist_util.h"

#define ROUNDS 200

static char dir[64], jpath[128], spath[128];

/* The i-th call of the scripted workload. */
static aka_status op(aka_engine *e, unsigned i)
{
    if (i % 10 == 9)
        return pu_decide(e, i - 1, i - 4, (int)((i / 10) % 2));
    if (i % 10 == 7 && (i / 10) % 3 == 0)
        return pu_remove(e, i - 5);
    /* the decision of 8 calls before withdrawn (a call that would add a
     * record no later call names) */
    if (i % 10 == 7 && (i / 10) % 3 == 1)
        return pu_undecide(e, i - 9, i - 12);
    return pu_add(e, i, NULL);
}

static aka_options *opts(unsigned round)
{
    aka_options *o = NULL;
    if (aka_options_new(&o) != AKA_OK ||
        aka_options_set(o, "journal_path", jpath) != AKA_OK ||
        aka_options_set(o, "journal_sync", round % 2 ? "3" : "always") != AKA_OK)
        abort();
    return o;
}

/* The engine as a restarted process finds it. */
static aka_status open_engine(unsigned round, aka_engine **e, char *msg, size_t cap)
{
    aka_options *o = opts(round);
    aka_status st;
    if (access(spath, F_OK) == 0)
        st = aka_engine_load_msg(spath, o, e, msg, cap);
    else {
        st = aka_engine_new(o, e);
        snprintf(msg, cap, "aka_engine_new: %s", aka_status_str(st));
    }
    aka_options_free(o);
    return st;
}

static void child(int fd, unsigned round, unsigned start)
{
    aka_engine *e = NULL;
    char msg[256];
    if (open_engine(round, &e, msg, sizeof msg) != AKA_OK)
        _exit(3);
    for (unsigned i = start;; i++) {
        if (op(e, i) != AKA_OK) {
            fprintf(stderr, "child: call %u (from %u) failed: %s\n", i, start,
                    aka_engine_errmsg(e));
            _exit(4);
        }
        uint32_t v = i;
        if (write(fd, &v, sizeof v) != (ssize_t)sizeof v)
            _exit(5);
        if (i % 10 == 4 && aka_engine_save(e, spath) != AKA_OK)
            _exit(6);
    }
}

static char self[4096];

static void test_kill_at_random(void **state)
{
    (void)state;
    /* A process kill loses nothing the kernel holds, flushed or not, so
     * memory-backed /dev/shm tests the same thing without the cost of
     * thousands of fsyncs (test_journal exercises them on /tmp). */
    struct stat sb;
    snprintf(dir, sizeof dir, "%s/aka_crashXXXXXX",
             stat("/dev/shm", &sb) == 0 && S_ISDIR(sb.st_mode) ? "/dev/shm" : "/tmp");
    assert_non_null(mkdtemp(dir));
    snprintf(jpath, sizeof jpath, "%s/journal", dir);
    snprintf(spath, sizeof spath, "%s/snap", dir);
    srand((unsigned)time(NULL));
    aka_engine *ref = NULL;
    assert_int_equal(aka_engine_new(NULL, &ref), AKA_OK);
    unsigned done = 0, torn = 0, extra = 0;
    for (unsigned round = 0; round < ROUNDS; round++) {
        int p[2];
        assert_int_equal(pipe(p), 0);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            /* A fresh process image: forking the test itself would copy
             * its whole address space on every write. */
            close(p[0]);
            char a[4][32];
            snprintf(a[0], sizeof a[0], "%d", p[1]);
            snprintf(a[1], sizeof a[1], "%u", round);
            snprintf(a[2], sizeof a[2], "%u", done);
            execl(self, self, "child", a[0], a[1], a[2], dir, (char *)NULL);
            _exit(7);
        }
        close(p[1]);
        unsigned want = (unsigned)rand() % 10;
        uint32_t v;
        unsigned acked = 0;
        while (acked < want && read(p[0], &v, sizeof v) == (ssize_t)sizeof v) {
            assert_int_equal(v, done);
            assert_int_equal(op(ref, done), AKA_OK);
            done++;
            acked++;
        }
        if (rand() % 2) {
            struct timespec ts = {0, (long)(rand() % 3000) * 1000L};
            nanosleep(&ts, NULL);
        }
        kill(pid, SIGKILL);
        /* Acknowledgements already in the pipe count too. */
        while (read(p[0], &v, sizeof v) == (ssize_t)sizeof v) {
            assert_int_equal(v, done);
            assert_int_equal(op(ref, done), AKA_OK);
            done++;
        }
        close(p[0]);
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        if (!WIFSIGNALED(status))
            fail_msg("round %u: child exited with %d", round, WEXITSTATUS(status));

        aka_engine *e = NULL;
        char msg[256];
        aka_status st = open_engine(round, &e, msg, sizeof msg);
        if (st != AKA_OK)
            fail_msg("round %u: load failed: %s", round, msg);
        torn += strstr(msg, "torn") != NULL;
        pu_quiet = 1;
        int differ = pu_differ(ref, e);
        pu_quiet = 0;
        if (differ) {
            /* The child made one more call and died before reporting it:
             * then the state is the reference plus that call. */
            assert_int_equal(op(ref, done), AKA_OK);
            done++;
            extra++;
            if (pu_differ(ref, e))
                fail_msg("round %u: loaded state is not the acknowledged one", round);
        }
        aka_engine_free(e);
    }
    printf("crash test: %u rounds, %u calls, %u torn tails, %u unreported calls\n",
           ROUNDS, done, torn, extra);
    aka_engine_free(ref);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

int main(int argc, char **argv)
{
    if (argc == 6 && strcmp(argv[1], "child") == 0) {
        snprintf(dir, sizeof dir, "%s", argv[5]);
        snprintf(jpath, sizeof jpath, "%s/journal", dir);
        snprintf(spath, sizeof spath, "%s/snap", dir);
        child(atoi(argv[2]), (unsigned)atoi(argv[3]), (unsigned)strtoul(argv[4], NULL, 10));
    }
    /* Linux names the running binary here, wherever ctest runs it from. */
    snprintf(self, sizeof self, "%s", access("/proc/self/exe", X_OK) == 0
                                          ? "/proc/self/exe" : argv[0]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kill_at_random),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
