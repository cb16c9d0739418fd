/* Core: status names, version, string buffers, the output convention,
 * strict UTF-8 validation, hashing, thread pools, the slab. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "aka.h"
#include "core/error.h"
#include "core/hash.h"
#include "core/strbuf.h"
#include "core/pool.h"
#include "core/slab.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

static void test_status_names(void **state)
{
    (void)state;
    assert_string_equal(aka_status_str(AKA_OK), "AKA_OK");
    assert_string_equal(aka_status_str(AKA_ERR_UTF8), "AKA_ERR_UTF8");
    assert_string_equal(aka_status_str(AKA_ERR_INTERNAL), "AKA_ERR_INTERNAL");
    for (int s = 0; s <= AKA_ERR_INTERNAL; s++) {
        const char *n = aka_status_str(s);
        assert_non_null(n);
        assert_int_equal(strncmp(n, "AKA_", 4), 0);
        for (int t = 0; t < s; t++)
            assert_string_not_equal(n, aka_status_str(t));
    }
    /* Unknown codes still get a static, non-NULL string. */
    assert_non_null(aka_status_str(-1));
    assert_non_null(aka_status_str(1000));
}

static void test_version(void **state)
{
    (void)state;
    char want[32];
    snprintf(want, sizeof want, "%d.%d.%d", AKA_VERSION_MAJOR,
             AKA_VERSION_MINOR, AKA_VERSION_PATCH);
    assert_string_equal(aka_version_string(), want);
    assert_string_equal(AKA_VERSION_STRING, want);
    assert_int_equal(aka_version_number(), AKA_VERSION_NUMBER);
    assert_true(AKA_VERSION_AT_LEAST(0, 1, 0));
    assert_false(AKA_VERSION_AT_LEAST(AKA_VERSION_MAJOR + 1, 0, 0));
}

static void test_strbuf(void **state)
{
    (void)state;
    aka__sb sb = {0};
    assert_int_equal(aka__sb_append_token(&sb, "anna", 4), AKA_OK);
    assert_int_equal(aka__sb_append_token(&sb, "maria", 5), AKA_OK);
    assert_int_equal(aka__sb_append_char(&sb, ' '), AKA_OK);
    assert_int_equal(aka__sb_append_token(&sb, "ivanova", 7), AKA_OK);
    assert_string_equal(sb.p, "anna maria ivanova");
    for (int i = 0; i < 10000; i++)
        assert_int_equal(aka__sb_append_str(&sb, "x"), AKA_OK);
    assert_int_equal(sb.len, 18 + 10000);
    assert_int_equal(sb.p[sb.len], '\0');
    aka__sb_clear(&sb);
    assert_int_equal(sb.len, 0);
    aka__sb_free(&sb);
    aka__sb_free(&sb); /* idempotent */
    /* Byte by byte across every growth of the buffer: room is checked
     * inline, growth out of line; the text stays NUL-terminated. */
    for (size_t n = 0; n < 1000; n++) {
        assert_int_equal(aka__sb_append_char(&sb, (char)('a' + n % 26)), AKA_OK);
        assert_true(sb.cap > sb.len);
        assert_int_equal(sb.p[sb.len], '\0');
    }
    assert_int_equal(sb.len, 1000);
    assert_int_equal(sb.p[999], (char)('a' + 999 % 26));
    size_t cap = sb.cap;
    assert_int_equal(aka__sb_reserve(&sb, cap - sb.len - 1), AKA_OK);
    assert_int_equal(sb.cap, cap); /* fits exactly with its NUL */
    assert_int_equal(aka__sb_reserve(&sb, cap - sb.len), AKA_OK);
    assert_true(sb.cap > cap);
    assert_int_equal(aka__sb_append(&sb, NULL, 0), AKA_OK);
    assert_int_equal(aka__sb_append_token(&sb, "", 0), AKA_OK);
    assert_int_equal(sb.len, 1000);
    aka__sb_free(&sb);
    assert_int_equal(aka__sb_append(&sb, "", 0), AKA_OK);
    assert_non_null(sb.p);
    assert_int_equal(sb.p[0], '\0');
    aka__sb_free(&sb);
}

static void test_copy_out(void **state)
{
    (void)state;
    char buf[8];
    size_t len = 0;
    memset(buf, 'Z', sizeof buf);
    assert_int_equal(aka__copy_out("abc", 3, buf, sizeof buf, &len), AKA_OK);
    assert_int_equal(len, 3);
    assert_string_equal(buf, "abc");
    assert_int_equal(aka__copy_out("abcdefghij", 10, buf, sizeof buf, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 10);
    assert_string_equal(buf, "abc"); /* untouched on failure */
    assert_int_equal(aka__copy_out("abc", 3, NULL, 0, &len), AKA_ERR_BUFFER);
    assert_int_equal(len, 3);
    /* Exact fit: copied, not terminated (documented). */
    memset(buf, 'Z', sizeof buf);
    assert_int_equal(aka__copy_out("abc", 3, buf, 3, &len), AKA_OK);
    assert_memory_equal(buf, "abcZ", 4);
}

static void test_utf8(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t n;
        int ok;
    } c[] = {
        {"plain", 5, 1},
        {"Юлия", 8, 1},
        {"\xe4\xb8\xad", 3, 1},            /* U+4E2D */
        {"\xf0\x9f\x98\x80", 4, 1},        /* U+1F600 */
        {"\xf4\x8f\xbf\xbf", 4, 1},        /* U+10FFFF */
        {"\xc3\x28", 2, 0},                /* bad continuation */
        {"\xc0\xaf", 2, 0},                /* overlong '/' */
        {"\xe0\x80\xaf", 3, 0},            /* overlong, 3 bytes */
        {"\xf0\x80\x80\xaf", 4, 0},        /* overlong, 4 bytes */
        {"\xed\xa0\x80", 3, 0},            /* surrogate U+D800 */
        {"\xf4\x90\x80\x80", 4, 0},        /* beyond U+10FFFF */
        {"\xf8\x88\x80\x80\x80", 5, 0},    /* 5-byte form */
        {"\xe4\xb8", 2, 0},                /* truncated */
        {"\x80", 1, 0},                    /* lone continuation */
        {"\xff", 1, 0},
        {"a\0b", 3, 0},                    /* NUL inside the length */
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        aka__err err;
        err.msg[0] = '\0';
        aka_status st = aka__utf8_check(c[i].s, c[i].n, "name", &err);
        if (c[i].ok) {
            assert_int_equal(st, AKA_OK);
        } else {
            assert_int_equal(st, AKA_ERR_UTF8);
            assert_non_null(strstr(err.msg, "name"));
        }
    }
    /* ASCII is checked eight bytes at a time: a NUL or a bad byte is still
     * found, with its offset, wherever it falls in or after a block. */
    for (size_t at = 0; at < 40; at++) {
        char v[48];
        memset(v, 'a', sizeof v);
        static const struct {
            const char *bad;
            size_t n;
            const char *what;
        } b[] = {{"\0", 1, "NUL byte at offset"},
                 {"\xff", 1, "lead byte at offset"},
                 {"\xc3", 1, "truncated"},
                 {"\xc3(", 2, "continuation at offset"}};
        for (size_t k = 0; k < sizeof b / sizeof b[0]; k++) {
            memset(v, 'a', sizeof v);
            memcpy(v + at, b[k].bad, b[k].n);
            size_t len = b[k].bad[0] == '\xc3' && b[k].n == 1 ? at + 1 : sizeof v;
            aka__err err;
            err.msg[0] = '\0';
            assert_int_equal(aka__utf8_check(v, len, "f", &err), AKA_ERR_UTF8);
            assert_non_null(strstr(err.msg, b[k].what));
            char off[32];
            snprintf(off, sizeof off, "offset %zu", b[k].n == 2 ? at + 1 : at);
            assert_non_null(strstr(err.msg, off));
        }
        memset(v, 'a', sizeof v);
        memcpy(v + at, "\xd0\xae", 2);
        assert_int_equal(aka__utf8_check(v, sizeof v, "f", NULL), AKA_OK);
    }
    /* aka__utf8_next: ASCII inline, the rest out of line, same answers */
    static const char mixed[] = "a\x7f\xd0\xae\xe4\xb8\xad\xf0\x9f\x98\x80z";
    static const uint32_t cps[] = {'a', 0x7f, 0x42e, 0x4e2d, 0x1f600, 'z'};
    size_t i = 0;
    for (size_t k = 0; k < sizeof cps / sizeof cps[0]; k++)
        assert_int_equal(aka__utf8_next(mixed, sizeof mixed - 1, &i), cps[k]);
    assert_int_equal(i, sizeof mixed - 1);
    i = 0;
    assert_int_equal(aka__utf8_next("\xd0\xae", 2, &i), 0x42e);
    assert_int_equal(i, 2);
    char out[4];
    assert_int_equal(aka__utf8_put(0x1F600, out), 4);
    assert_memory_equal(out, "\xf0\x9f\x98\x80", 4);
    assert_true(aka__is_ascii("abc", 3));
    assert_false(aka__is_ascii("ab\xc3\xa9", 4));
    /* a byte over 0x7F in or after an eight-byte block */
    for (size_t len = 0; len < 24; len++) {
        char v[24];
        memset(v, 'a', sizeof v);
        assert_true(aka__is_ascii(v, len));
        for (size_t at = 0; at < len; at++) {
            v[at] = (char)0x80;
            assert_false(aka__is_ascii(v, len));
            v[at] = 'a';
        }
    }
}

static void test_hash(void **state)
{
    (void)state;
    uint64_t a = aka__hash("ivanov", 6, 0);
    assert_int_equal(a, aka__hash("ivanov", 6, 0));
    assert_int_not_equal(a, aka__hash("ivanova", 7, 0));
    assert_int_not_equal(a, aka__hash("ivanov", 6, 1));
}

static void test_fail(void **state)
{
    (void)state;
    aka__err err;
    assert_int_equal(aka__fail(&err, AKA_ERR_PARSE, "field %s rule %d", "x", 3),
                     AKA_ERR_PARSE);
    assert_string_equal(err.msg, "field x rule 3");
    assert_int_equal(aka__fail(NULL, AKA_ERR_PARSE, "ignored"), AKA_ERR_PARSE);
    char longer[600];
    memset(longer, 'a', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    aka__fail(&err, AKA_ERR_PARSE, "%s", longer);
    assert_int_equal(strlen(err.msg), AKA__ERRMSG_CAP - 1);
    err.msg[0] = '\0';
    aka__err_default(&err, AKA_ERR_NOMEM);
    assert_true(strlen(err.msg) > 0);
}

/* The ASCII path of aka__u_keyfold against ICU's: the same text with
 * "é" after it goes through ICU and folds to the same key + "e". */
static void test_keyfold_ascii(void **state)
{
    (void)state;
    uint64_t x = 0x9e3779b97f4a7c15ull;
    static const char pick[] = "aZ 9-.,/'\t\n()Mx_@#!\x01\x7f";
    for (int round = 0; round < 5000; round++) {
        char s[24];
        size_t n = round % 20;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            s[i] = pick[x % (sizeof pick - 1)];
        }
        aka__sb fast = {0}, slow = {0};
        assert_int_equal(aka__u_keyfold(s, n, &fast), AKA_OK);
        memcpy(s + n, "\xc3\xa9", 2);
        assert_int_equal(aka__u_keyfold(s, n + 2, &slow), AKA_OK);
        assert_true(slow.len >= 1 && slow.p[slow.len - 1] == 'e');
        slow.len--;
        if (slow.len > 0 && slow.p[slow.len - 1] == ' ')
            slow.len--;
        assert_int_equal(fast.len, slow.len);
        assert_memory_equal(fast.p ? fast.p : "", slow.p ? slow.p : "", fast.len);
        aka__sb_free(&fast);
        aka__sb_free(&slow);
    }
}

/* aka__u_keyfold_ascii gives aka__u_keyfold's key for every ASCII value
 * whose key fits, and refuses values that are not ASCII or do not fit. */
static void test_keyfold_ascii_buffer(void **state)
{
    (void)state;
    uint64_t x = 0x2545f4914f6cdd1dull;
    for (int round = 0; round < 5000; round++) {
        char s[40], buf[16];
        size_t n = round % 40;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            s[i] = (char)(1 + x % 127); /* any ASCII byte but NUL */
        }
        aka__sb want = {0};
        assert_int_equal(aka__u_keyfold(s, n, &want), AKA_OK);
        size_t got = aka__u_keyfold_ascii(s, n, buf, sizeof buf);
        if (want.len + 1 <= sizeof buf) { /* the key and its NUL fit */
            assert_int_equal(got, want.len);
            assert_memory_equal(buf, want.p ? want.p : "", want.len);
            assert_int_equal(buf[got], '\0');
        } else {
            assert_int_equal(got, (size_t)-1);
        }
        aka__sb_free(&want);
    }
    char buf[8];
    assert_int_equal(aka__u_keyfold_ascii("T\xc3\xbcrkei", 7, buf, sizeof buf),
                     (size_t)-1);
    assert_int_equal(aka__u_keyfold_ascii("abcdefgh", 8, buf, sizeof buf),
                     (size_t)-1);
    assert_int_equal(aka__u_keyfold_ascii("abcdefg", 7, buf, sizeof buf), 7);
    assert_string_equal(buf, "abcdefg");
    assert_int_equal(aka__u_keyfold_ascii("  A.b  ", 7, buf, sizeof buf), 3);
    assert_string_equal(buf, "a b");
    assert_int_equal(aka__u_keyfold_ascii("", 0, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
    assert_int_equal(aka__u_keyfold_ascii("a", 1, buf, 0), (size_t)-1);
}

/* The ASCII path of aka__u_casefold (no ICU) against ICU's NFKC_Casefold:
 * each ASCII byte, and runs of them, with "é" after it goes through ICU
 * and folds to the same bytes + "é". */
static void test_casefold_ascii(void **state)
{
    (void)state;
    char s[130];
    size_t n = 0;
    for (int c = 1; c < 128; c++)
        s[n++] = (char)c;
    for (size_t len = 0; len <= n; len += (len < 8 ? 1 : 17)) {
        for (size_t from = 0; from + len <= n; from += 29) {
            char t[140];
            memcpy(t, s + from, len);
            aka__sb fast = {0}, slow = {0};
            assert_int_equal(aka__u_casefold(t, len, &fast), AKA_OK);
            memcpy(t + len, "\xc3\xa9", 2);
            assert_int_equal(aka__u_casefold(t, len + 2, &slow), AKA_OK);
            assert_int_equal(slow.len, fast.len + 2);
            assert_memory_equal(slow.p + fast.len, "\xc3\xa9", 2);
            assert_memory_equal(fast.p, slow.p, fast.len);
            assert_int_equal(fast.p[fast.len], '\0');
            aka__sb_free(&fast);
            aka__sb_free(&slow);
        }
    }
    /* appends to what is there */
    aka__sb sb = {0};
    assert_int_equal(aka__sb_append_str(&sb, "x:"), AKA_OK);
    assert_int_equal(aka__u_casefold("AbC", 3, &sb), AKA_OK);
    assert_string_equal(sb.p, "x:abc");
    aka__sb_free(&sb);
}

/* Each run gives every part exactly once, whatever the number of parts
 * against the pool's workers, and the pool is reused across runs. */
typedef struct pool_job {
    int runs;
} pool_job;

static void *pool_part(void *arg)
{
    ((pool_job *)arg)->runs++;
    return NULL;
}

/* The slab's classes: every size fits its class, a class wastes at most a
 * quarter (or 15 bytes), and a class's own size is its class. */
static void test_slab_classes(void **state)
{
    (void)state;
    size_t last = 0;
    for (size_t n = 1; n <= AKA__SLAB_MAX; n++) {
        size_t b = aka__slab_class_bytes(n);
        assert_true(b >= n);
        assert_true(b - n <= (n / 4 > 15 ? n / 4 : 15));
        assert_true(b >= last);
        assert_int_equal(aka__slab_class_bytes(b), b);
        assert_int_equal(b % 16, 0);
        last = b;
    }
    assert_int_equal(aka__slab_class_bytes(AKA__SLAB_MAX + 1), AKA__SLAB_MAX + 1);
    assert_int_equal(aka__slab_class_bytes(0), 0);
}

static unsigned char slab_byte(size_t i, size_t k)
{
    return (unsigned char)(i * 131 + k * 7 + 1);
}

/* Arrays of every size, freed, reused and resized in a random order, keep
 * their bytes: no two live ones overlap and a resize keeps its prefix. */
static void test_slab_arrays(void **state)
{
    (void)state;
    enum { N = 3000 };
    static unsigned char *p[N];
    static size_t sz[N];
    aka__slab s;
    aka__slab_init(&s);
    assert_null(aka__slab_alloc(&s, 0));
    aka__slab_free(&s, NULL, 10);
    uint32_t rnd = 12345;
#define NEXT() (rnd = rnd * 1103515245u + 12345u, (rnd >> 8))
    for (size_t round = 0; round < 4; round++) {
        for (size_t i = 0; i < N; i++) {
            if (p[i] && NEXT() % 3 == 0) {
                /* resize: the prefix stays */
                size_t to = NEXT() % 10 == 0 ? 1 + NEXT() % (AKA__SLAB_MAX + 5000)
                                             : 1 + NEXT() % 400;
                unsigned char *q = aka__slab_resize(&s, p[i], sz[i], to);
                assert_non_null(q);
                for (size_t k = 0; k < (to < sz[i] ? to : sz[i]); k++)
                    assert_int_equal(q[k], slab_byte(i, k));
                p[i] = q;
                for (size_t k = sz[i]; k < to; k++)
                    q[k] = slab_byte(i, k);
                sz[i] = to;
            } else if (p[i] && NEXT() % 2 == 0) {
                aka__slab_free(&s, p[i], sz[i]);
                p[i] = NULL;
            } else if (!p[i]) {
                sz[i] = NEXT() % 10 == 0 ? 1 + NEXT() % (AKA__SLAB_MAX + 5000)
                                         : 1 + NEXT() % 400;
                p[i] = aka__slab_alloc(&s, sz[i]);
                assert_non_null(p[i]);
                assert_int_equal((uintptr_t)p[i] % 16, 0);
                for (size_t k = 0; k < sz[i]; k++)
                    p[i][k] = slab_byte(i, k);
            }
        }
        for (size_t i = 0; i < N; i++)
            for (size_t k = 0; p[i] && k < sz[i]; k++)
                assert_int_equal(p[i][k], slab_byte(i, k));
    }
#undef NEXT
    /* A freed array is the next of its class. */
    unsigned char *a = aka__slab_alloc(&s, 100);
    aka__slab_free(&s, a, 100);
    assert_ptr_equal(aka__slab_alloc(&s, 97), a);
    aka__slab_free(&s, a, 97);
    /* the large ones are the caller's to free */
    for (size_t i = 0; i < N; i++)
        if (p[i] && sz[i] > AKA__SLAB_MAX)
            aka__slab_free(&s, p[i], sz[i]);
    aka__slab_destroy(&s);
    aka__slab_destroy(&s); /* twice is harmless */
    memset(p, 0, sizeof p);
}

static void test_pool(void **state)
{
    (void)state;
    aka__pool p;
    assert_int_equal(aka__pool_init(&p, 3), 0);
    pool_job jobs[8];
    for (unsigned parts = 0; parts <= 8; parts++) {
        for (int round = 0; round < 20; round++) {
            memset(jobs, 0, sizeof jobs);
            aka__pool_run(&p, pool_part, jobs, sizeof *jobs, parts);
            for (unsigned t = 0; t < 8; t++)
                assert_int_equal(jobs[t].runs, t < parts ? 1 : 0);
        }
    }
    aka__pool_destroy(&p);
    /* without a pool: aka__run_parts */
    memset(jobs, 0, sizeof jobs);
    aka__pool_run(NULL, pool_part, jobs, sizeof *jobs, 5);
    for (unsigned t = 0; t < 8; t++)
        assert_int_equal(jobs[t].runs, t < 5 ? 1 : 0);
    /* a pool destroyed before any run */
    assert_int_equal(aka__pool_init(&p, 2), 0);
    aka__pool_destroy(&p);
}

/* A child of fork() has none of its parent's workers: a pool that had
 * started them still runs every part there, and is destroyed without
 * waiting for them. (ThreadSanitizer does not support threads after a
 * fork of a threaded process.) */
#if defined(__SANITIZE_THREAD__)
#define AKA_TEST_FORK 0
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define AKA_TEST_FORK 0
#endif
#endif
#ifndef AKA_TEST_FORK
#define AKA_TEST_FORK 1
#endif

static void test_pool_fork(void **state)
{
    (void)state;
    if (!AKA_TEST_FORK)
        skip();
    aka__pool p;
    assert_int_equal(aka__pool_init(&p, 2), 0);
    pool_job jobs[3];
    memset(jobs, 0, sizeof jobs);
    aka__pool_run(&p, pool_part, jobs, sizeof *jobs, 3); /* workers start */
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        alarm(20); /* a hang fails the test instead of stalling it */
        memset(jobs, 0, sizeof jobs);
        aka__pool_run(&p, pool_part, jobs, sizeof *jobs, 3);
        int ok = jobs[0].runs == 1 && jobs[1].runs == 1 && jobs[2].runs == 1;
        aka__pool_destroy(&p);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    assert_int_equal(waitpid(child, &status, 0), child);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    aka__pool_destroy(&p);
}

/* Keys of values that are not ASCII come from the thread's token cache
 * the second time: the same key, appended after what the buffer held. */
static void test_keyfold_cached(void **state)
{
    (void)state;
    static const char *const in[] = {"Française", "УКРАЇНА", "Ελλάδα", "Ñandú  río",
                                     "\xc3\xa9", "日本"};
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        aka__sb first = {0}, again = {0};
        assert_int_equal(aka__sb_append(&first, "x ", 2), AKA_OK);
        assert_int_equal(aka__u_keyfold(in[i], strlen(in[i]), &first), AKA_OK);
        assert_int_equal(aka__sb_append(&again, "yy", 2), AKA_OK);
        assert_int_equal(aka__u_keyfold(in[i], strlen(in[i]), &again), AKA_OK);
        assert_int_equal(first.len - 2, again.len - 2);
        assert_memory_equal(first.p + 2, again.p + 2, first.len - 2);
        aka__sb_free(&first);
        aka__sb_free(&again);
    }
    aka__sb k = {0};
    assert_int_equal(aka__u_keyfold("Française", strlen("Française"), &k), AKA_OK);
    assert_int_equal(k.len, 9);
    assert_memory_equal(k.p, "francaise", 9);
    aka__sb_free(&k);
}

/* A thread opening a transliterator (Han-Latin compiles its rules for
 * about 140 ms) while another forks: the child still opens its own. The
 * opening lock is held over fork(), never inherited taken. The name has a
 * Han character beyond the BMP (𠮷), which the build-time table of Han
 * readings does not cover, so that ICU's transform is opened. */
static void *open_han(void *arg)
{
    (void)arg;
    char buf[64];
    size_t n = 0;
    (void)aka_normalize(AKA_NAME, "王𠮷明", strlen("王𠮷明"), buf, sizeof buf, &n);
    return NULL;
}

static void test_open_fork(void **state)
{
    (void)state;
    if (!AKA_TEST_FORK)
        skip();
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, open_han, NULL), 0);
    struct timespec wait = {0, 20 * 1000 * 1000};
    nanosleep(&wait, NULL); /* inside the other thread's open, most likely */
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        alarm(20); /* a child stuck on the lock fails the test */
        char buf[64];
        size_t n = 0;
        aka_status st =
            aka_normalize(AKA_NAME, "李娜", strlen("李娜"), buf, sizeof buf, &n);
        _exit(st == AKA_OK && n > 0 ? 0 : 1);
    }
    int status = 0;
    assert_int_equal(waitpid(child, &status, 0), child);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    pthread_join(t, NULL);
}

/* Case folding pairs Turkic İ with i and ı with i, as the capitals I and
 * İ cannot say which small letter they are: full case folding wrote İ
 * as i and a combining dot, which no value in small letters holds. */
static void test_casefold_turkic_i(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"\xc4\xb0" "BRAH\xc4\xb0" "M", "ibrahim"},        /* İBRAHİM */
        {"K\xc4\xb1l\xc4\xb1\xc3\xa7", "kili\xc3\xa7"},     /* kılıç */
        {"KILI\xc3\x87", "kili\xc3\xa7"},                   /* KILIÇ */
        {"I\xcc\x87stanbul", "istanbul"},                   /* I and a dot */
        {"i\xcc\x87stanbul", "istanbul"},                   /* i and a dot */
        {"\xc3\xa9\xcc\x87", "\xc3\xa9\xcc\x87"},           /* é's dot stays */
        {"\xc4\xb0", "i"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        aka__sb out = {0};
        assert_int_equal(aka__u_casefold(cases[i][0], strlen(cases[i][0]), &out), AKA_OK);
        assert_int_equal(out.len, strlen(cases[i][1]));
        assert_memory_equal(out.p, cases[i][1], out.len);
        aka__sb_free(&out);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_names), cmocka_unit_test(test_version),
        cmocka_unit_test(test_strbuf),       cmocka_unit_test(test_copy_out),
        cmocka_unit_test(test_utf8),         cmocka_unit_test(test_hash),
        cmocka_unit_test(test_fail),         cmocka_unit_test(test_keyfold_ascii),
        cmocka_unit_test(test_pool),         cmocka_unit_test(test_pool_fork),
        cmocka_unit_test(test_keyfold_cached), cmocka_unit_test(test_open_fork),
        cmocka_unit_test(test_keyfold_ascii_buffer),
        cmocka_unit_test(test_casefold_turkic_i),
        cmocka_unit_test(test_casefold_ascii),
        cmocka_unit_test(test_slab_classes),  cmocka_unit_test(test_slab_arrays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
