/* Running one job per part on threads, for the engine's bulk work. */
#ifndef AKA_CORE_PARALLEL_H
#define AKA_CORE_PARALLEL_H

#include <stddef.h>

/* Run fn(&jobs[i]) for i in [0, parts), jobs being an array of parts
 * elements of `size` bytes: part 0 on the calling thread, the others on
 * threads of their own, and any part whose thread cannot start on the
 * calling thread too, so every part always runs. Returns when all are
 * done. parts is at most AKA__MAX_PARTS. */
#define AKA__MAX_PARTS 64
void aka__run_parts(void *(*fn)(void *), void *jobs, size_t size,
                    unsigned parts);

#endif
