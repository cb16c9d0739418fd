#include "core/parallel.h"

#include <pthread.h>

void aka__run_parts(void *(*fn)(void *), void *jobs, size_t size,
                    unsigned parts)
{
    char *job = jobs;
    pthread_t tid[AKA__MAX_PARTS];
    int started[AKA__MAX_PARTS] = {0};
    if (parts > AKA__MAX_PARTS)
        parts = AKA__MAX_PARTS;
    for (unsigned t = 1; t < parts; t++)
        started[t] = pthread_create(&tid[t], NULL, fn, job + t * size) == 0;
    if (parts > 0)
        fn(job);
    for (unsigned t = 1; t < parts; t++) {
        if (started[t])
            pthread_join(tid[t], NULL);
        else
            fn(job + t * size);
    }
}
