/* Per-thread error messages for a shared handle. The contract says that
 * aka_engine_errmsg() returns the message of the calling thread's last
 * failing call, so threads sharing an engine never read each other's
 * errors. A small table keyed by thread id holds them. */
#ifndef AKA_ENGINE_ERRSLOTS_H
#define AKA_ENGINE_ERRSLOTS_H

#include <pthread.h>
#include <stdint.h>

#include "core/error.h"

#define AKA__ERRSLOTS 64

typedef struct aka__errslots {
    pthread_mutex_t mu;
    uint64_t clock;
    struct {
        pthread_t tid;
        uint64_t used; /* 0 = free, else last-use stamp for eviction */
        char msg[AKA__ERRMSG_CAP];
    } slot[AKA__ERRSLOTS];
} aka__errslots;

int aka__errslots_init(aka__errslots *s);
void aka__errslots_destroy(aka__errslots *s);
/* Store msg as the calling thread's message. With more than AKA__ERRSLOTS
 * threads the least recently failing thread's message is recycled. */
void aka__errslots_set(aka__errslots *s, const char *msg);
/* The calling thread's message, "" when it has none. */
const char *aka__errslots_get(aka__errslots *s);

#endif
