#include "core/pool.h"

#include <unistd.h>

static void *pool_main(void *arg)
{
    aka__pool_worker *w = arg;
    aka__pool *p = w->p;
    pthread_mutex_lock(&p->mu);
    unsigned long seen = w->seen;
    for (;;) {
        while (!p->quit && p->gen == seen)
            pthread_cond_wait(&p->go, &p->mu);
        if (p->quit)
            break;
        seen = p->gen;
        if (w->k + 1 < p->parts) {
            void *(*fn)(void *) = p->fn;
            char *job = p->jobs + (size_t)(w->k + 1) * p->size;
            pthread_mutex_unlock(&p->mu);
            fn(job);
            pthread_mutex_lock(&p->mu);
        }
        if (--p->pending == 0)
            pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

int aka__pool_init(aka__pool *p, unsigned workers)
{
    p->pid = getpid();
    p->broken = 0;
    p->want = workers < AKA__MAX_PARTS ? workers : AKA__MAX_PARTS - 1;
    p->started = p->pending = 0;
    p->gen = 0;
    p->quit = 0;
    p->fn = NULL;
    p->jobs = NULL;
    p->size = 0;
    p->parts = 0;
    if (pthread_mutex_init(&p->run_mu, NULL) != 0)
        return -1;
    if (pthread_mutex_init(&p->mu, NULL) != 0)
        goto no_mu;
    if (pthread_cond_init(&p->go, NULL) != 0)
        goto no_go;
    if (pthread_cond_init(&p->done, NULL) != 0)
        goto no_done;
    return 0;
no_done:
    pthread_cond_destroy(&p->go);
no_go:
    pthread_mutex_destroy(&p->mu);
no_mu:
    pthread_mutex_destroy(&p->run_mu);
    return -1;
}

/* In a child of fork(): the workers stayed in the parent, and the locks
 * may have been copied in any state; set the pool up afresh (the copies
 * are abandoned, as a fork handler would). */
static void after_fork(aka__pool *p)
{
    if (p->pid == getpid())
        return;
    if (aka__pool_init(p, p->want) != 0)
        p->broken = 1;
}

void aka__pool_destroy(aka__pool *p)
{
    after_fork(p);
    if (p->broken)
        return;
    pthread_mutex_lock(&p->mu);
    p->quit = 1;
    pthread_cond_broadcast(&p->go);
    pthread_mutex_unlock(&p->mu);
    for (unsigned k = 0; k < p->started; k++)
        pthread_join(p->tid[k], NULL);
    pthread_cond_destroy(&p->done);
    pthread_cond_destroy(&p->go);
    pthread_mutex_destroy(&p->mu);
    pthread_mutex_destroy(&p->run_mu);
}

void aka__pool_run(aka__pool *p, void *(*fn)(void *), void *jobs, size_t size,
                   unsigned parts)
{
    if (p)
        after_fork(p);
    if (!p || p->broken) {
        aka__run_parts(fn, jobs, size, parts);
        return;
    }
    if (parts > AKA__MAX_PARTS)
        parts = AKA__MAX_PARTS;
    if (parts == 0)
        return;
    char *job = jobs;
    pthread_mutex_lock(&p->run_mu);
    pthread_mutex_lock(&p->mu);
    /* Workers start when a run first needs them; one that cannot start
     * leaves its part (and those after it) to this thread. */
    while (p->started < p->want && p->started + 1 < parts) {
        aka__pool_worker *w = &p->arg[p->started];
        *w = (aka__pool_worker){p, p->started, p->gen};
        if (pthread_create(&p->tid[p->started], NULL, pool_main, w) != 0)
            break;
        p->started++;
    }
    p->fn = fn;
    p->jobs = job;
    p->size = size;
    p->parts = parts;
    unsigned started = p->started;
    p->pending = started;
    p->gen++;
    pthread_cond_broadcast(&p->go);
    pthread_mutex_unlock(&p->mu);
    fn(job);
    for (unsigned t = started + 1; t < parts; t++)
        fn(job + (size_t)t * size);
    pthread_mutex_lock(&p->mu);
    while (p->pending > 0)
        pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    pthread_mutex_unlock(&p->run_mu);
}
