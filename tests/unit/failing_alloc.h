/* A failing allocator for the tests: an executable linked with
 * -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=aligned_alloc,
 * --wrap=strdup (tests/CMakeLists.txt, tests/fuzz/tests.cmake) and this
 * header, included once, can make the k-th allocation after arm() fail,
 * or the k-th and every one after it. The library's allocations and the
 * executable's own go through it; those inside shared libraries (ICU,
 * libc's) do not. */
#ifndef AKA_TESTS_FAILING_ALLOC_H
#define AKA_TESTS_FAILING_ALLOC_H

#include <execinfo.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>

/* the linker's names (--wrap): the allocator's, and these wrappers */
void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__real_aligned_alloc(size_t align, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
void *__wrap_aligned_alloc(size_t align, size_t n);
char *__wrap_strdup(const char *s);

static atomic_long g_calls;   /* allocations since armed */
static atomic_long g_fail_at; /* 0: none fails */
static atomic_int g_sticky;   /* every one from g_fail_at on fails */
static atomic_int g_failed;   /* one did */
static int g_trace;
static void *g_frames[24]; /* where the first failure was, with g_trace */
static int g_nframes;

static int fails_now(void)
{
    long at = atomic_load(&g_fail_at);
    if (at == 0)
        return 0;
    long n = atomic_fetch_add(&g_calls, 1) + 1;
    if (n == at || (n > at && atomic_load(&g_sticky))) {
        /* with g_trace set (test_nomem: NOMEM_TRACE=1), where the
         * failure is, for whoever reads a failure it reports */
        if (n == at && g_trace)
            g_nframes = backtrace(g_frames, 24);
        atomic_store(&g_failed, 1);
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n)
{
    return fails_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
    return fails_now() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
    return fails_now() ? NULL : __real_realloc(p, n);
}

void *__wrap_aligned_alloc(size_t align, size_t n)
{
    return fails_now() ? NULL : __real_aligned_alloc(align, n);
}

char *__wrap_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = __wrap_malloc(n);
    return d ? memcpy(d, s, n) : NULL;
}

static void arm(long at, int sticky)
{
    atomic_store(&g_calls, 0);
    atomic_store(&g_failed, 0);
    atomic_store(&g_sticky, sticky);
    atomic_store(&g_fail_at, at);
}

/* Disarm; whether an allocation failed while armed. */
static int disarm(void)
{
    atomic_store(&g_fail_at, 0);
    return atomic_load(&g_failed);
}

#endif
