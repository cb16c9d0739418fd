/* workers.c -- threads that stay alive between batches (workers.h).
 *
 * SPDX-License-Identifier: CC0-1.0 */
#define _POSIX_C_SOURCE 200809L

#include "workers.h"

#include <pthread.h>
#include <stdlib.h>

struct workers {
    pthread_mutex_t mu;
    pthread_cond_t go, done;
    unsigned n;            /* threads in all, the caller's included */
    unsigned started;      /* worker threads running */
    unsigned pending;      /* workers still in the current run */
    unsigned long gen;     /* runs begun */
    int quit;
    void (*fn)(void *, unsigned, unsigned);
    void *ctx;
    pthread_t *tid;
};

typedef struct worker_arg {
    workers *w;
    unsigned part;
} worker_arg;

static void *worker_main(void *p)
{
    worker_arg *a = p;
    workers *w = a->w;
    unsigned part = a->part;
    free(a);
    unsigned long seen = 0;
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (!w->quit && w->gen == seen)
            pthread_cond_wait(&w->go, &w->mu);
        if (w->quit)
            break;
        seen = w->gen;
        pthread_mutex_unlock(&w->mu);
        w->fn(w->ctx, part, w->started + 1);
        pthread_mutex_lock(&w->mu);
        if (--w->pending == 0)
            pthread_cond_signal(&w->done);
    }
    pthread_mutex_unlock(&w->mu);
    return NULL;
}

workers *workers_new(unsigned n)
{
    workers *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->n = n ? n : 1;
    w->tid = calloc(w->n, sizeof *w->tid);
    if (!w->tid) {
        free(w);
        return NULL;
    }
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->go, NULL);
    pthread_cond_init(&w->done, NULL);
    /* A thread that cannot start leaves its share to the others. */
    for (unsigned k = 1; k < w->n; k++) {
        worker_arg *a = malloc(sizeof *a);
        if (!a)
            break;
        *a = (worker_arg){w, w->started + 1};
        if (pthread_create(&w->tid[w->started], NULL, worker_main, a) != 0) {
            free(a);
            break;
        }
        w->started++;
    }
    return w;
}

void workers_run(workers *w, void (*fn)(void *ctx, unsigned part, unsigned parts),
                 void *ctx)
{
    unsigned parts = w->started + 1;
    if (parts > 1) {
        pthread_mutex_lock(&w->mu);
        w->fn = fn;
        w->ctx = ctx;
        w->pending = w->started;
        w->gen++;
        pthread_cond_broadcast(&w->go);
        pthread_mutex_unlock(&w->mu);
    }
    fn(ctx, 0, parts);
    if (parts > 1) {
        pthread_mutex_lock(&w->mu);
        while (w->pending)
            pthread_cond_wait(&w->done, &w->mu);
        pthread_mutex_unlock(&w->mu);
    }
}

void workers_free(workers *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->mu);
    w->quit = 1;
    pthread_cond_broadcast(&w->go);
    pthread_mutex_unlock(&w->mu);
    for (unsigned k = 0; k < w->started; k++)
        pthread_join(w->tid[k], NULL);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->go);
    pthread_cond_destroy(&w->done);
    free(w->tid);
    free(w);
}
