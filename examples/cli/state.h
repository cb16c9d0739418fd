/* state.h -- an engine kept between runs of aka-resolve (--state FILE,
 * --changes FILE); state.c says why.
 *
 * SPDX-License-Identifier: CC0-1.0 */
#ifndef AKA_CLI_STATE_H
#define AKA_CLI_STATE_H

#include "cli.h"

/* The engine of the state file `path`, loaded with opts (NULL: the
 * snapshot's own options); *e stays NULL when there is no such file yet.
 * 0, or an exit code (message printed). */
int cli_state_load(const char *path, const aka_options *opts, aka_engine **e);

/* Save the engine to the state file; 0, or an exit code. */
int cli_state_save(aka_engine *e, const char *path);

/* Where a run starts: the engine's change cursor and the id its next
 * entity will get (aka_engine_stats), and how many records it holds. */
typedef struct cli_mark {
    uint64_t cursor, next_entity;
    unsigned long long records;
} cli_mark;

void cli_mark_now(aka_engine *e, cli_mark *m);

/* Every entity changed since the mark, one JSON line each: the entity as
 * aka_engine_entity gives it, or {"entity":N,"gone":true} for one that
 * existed before the run and was merged into another or emptied (ids the
 * run made and merged away were never shown, and are left out). *out_n
 * gets the lines' number. 0, or an exit code. */
int cli_write_changes(aka_engine *e, const cli_mark *m, FILE *f, size_t *out_n);

#endif
