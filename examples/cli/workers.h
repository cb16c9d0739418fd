/* workers.h -- threads that stay alive between batches.
 *
 * aka-resolve reads its records (aka_record_add, where the normalisation
 * happens) on several threads, a batch of rows at a time. libaka keeps a
 * per-thread context (ICU transliterators that take milliseconds to open
 * and a cache of romanised words), so the threads are started once and
 * kept, not started per batch.
 *
 * SPDX-License-Identifier: CC0-1.0 */
#ifndef AKA_CLI_WORKERS_H
#define AKA_CLI_WORKERS_H

#include <stddef.h>

typedef struct workers workers;

/* n threads in all, the caller's included (n - 1 are started); NULL when
 * out of memory. With n <= 1 every run is done by the caller alone. */
workers *workers_new(unsigned n);

/* Run fn(ctx, part, parts) for part 0 .. parts - 1 where parts is the
 * thread count, part 0 on the calling thread; returns when all are done. */
void workers_run(workers *w, void (*fn)(void *ctx, unsigned part, unsigned parts),
                 void *ctx);

void workers_free(workers *w);

#endif
