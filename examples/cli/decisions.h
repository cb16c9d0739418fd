/* decisions.h -- analysts' decisions read from a CSV file (--decisions);
 * decisions.c gives the format.
 *
 * SPDX-License-Identifier: CC0-1.0 */
#ifndef AKA_CLI_DECISIONS_H
#define AKA_CLI_DECISIONS_H

#include "cli.h"

/* Apply the decisions of the CSV file `path` to the engine, in file
 * order; rows that cannot be applied are reported on stderr and skipped
 * (strict: the first stops the run). *applied and *skipped count them.
 * 0, or an exit code. */
int cli_apply_decisions(aka_engine *e, const char *path, int strict,
                        size_t *applied, size_t *skipped);

/* The same from an open stream (fuzz_decisions reads memory). */
int cli_apply_decisions_from(aka_engine *e, FILE *in, int strict,
                             size_t *applied, size_t *skipped);

#endif
