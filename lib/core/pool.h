/* A set of worker threads that outlive one parallel step.
 *
 * aka__run_parts starts and joins threads for every call; a thread that
 * dies takes its per-thread Unicode context with it (ICU transliterators
 * that cost milliseconds to open, and the cache of words already
 * romanised), so work cut into many steps (records added a batch at a
 * time) paid for both on every batch. A pool keeps its threads, and so
 * their contexts, for its owner's lifetime. */
#ifndef AKA_CORE_POOL_H
#define AKA_CORE_POOL_H

#include <pthread.h>
#include <stddef.h>
#include <sys/types.h>

#include "core/parallel.h"

struct aka__pool;

/* A worker's argument: its pool, its number (it runs part k + 1) and the
 * runs begun before it started, so that one started for a run takes part
 * in it. */
typedef struct aka__pool_worker {
    struct aka__pool *p;
    unsigned k;
    unsigned long seen;
} aka__pool_worker;

typedef struct aka__pool {
    pthread_mutex_t run_mu; /* one run at a time */
    pthread_mutex_t mu;     /* the fields below */
    pthread_cond_t go, done;
    unsigned want;    /* workers to keep (parts - 1 of the largest run) */
    unsigned started; /* workers running */
    unsigned pending; /* workers still in the current run */
    unsigned long gen; /* runs begun: a worker waits for the next one */
    int quit;
    /* The process that started the workers: a child created by fork()
     * has none of them, and starts its own. */
    pid_t pid;
    int broken; /* set up afresh after fork() failed: no threads, no locks */
    void *(*fn)(void *);
    char *jobs;
    size_t size;
    unsigned parts;
    pthread_t tid[AKA__MAX_PARTS];
    aka__pool_worker arg[AKA__MAX_PARTS];
} aka__pool;

/* Set up a pool that will keep up to `workers` threads besides the
 * caller's (started on first use); 0 on success. */
int aka__pool_init(aka__pool *p, unsigned workers);

/* Stop and join the workers. */
void aka__pool_destroy(aka__pool *p);

/* As aka__run_parts (core/parallel.h), on the pool's threads: part 0 on
 * the calling thread, parts 1..workers on the workers, any beyond (or
 * whose worker could not start) on the calling thread too. Runs on one
 * pool are serialised. */
void aka__pool_run(aka__pool *p, void *(*fn)(void *), void *jobs, size_t size,
                   unsigned parts);

#endif
