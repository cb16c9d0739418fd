/* cli.h -- what the parts of aka-resolve share.
 *
 * SPDX-License-Identifier: CC0-1.0 */
#ifndef AKA_CLI_H
#define AKA_CLI_H

#include <stdint.h>
#include <stdio.h>

#include <aka.h>

/* Exit codes (documented in --help and docs/cli.md). */
#define EXIT_BAD_ROWS 1 /* a bad row under --strict */
#define EXIT_USAGE 2    /* bad command line or header mapping */
#define EXIT_IO 3       /* a file could not be read or written */
#define EXIT_LIBRARY 4  /* libaka failed (out of memory, internal error) */

/* One record that reached the engine. Values other than the display name
 * are not kept: the engine holds them. */
typedef struct cli_rec {
    char *source, *id;
    char *truth;   /* the --truth column's value, or NULL */
    char *name;    /* first name value (or given + family), or NULL */
    uint64_t line; /* line of the input where the row starts */
    uint64_t entity;
} cli_rec;

typedef struct cli_run {
    aka_engine *e;
    cli_rec *rec;
    size_t n, cap;
    const char *input_name;
    const char *truth_col; /* NULL without --truth */
    uint64_t rows, bad_rows, dropped_values;
    double seconds;
} cli_run;

/* A record group: the records of one entity, indices into run->rec. */
typedef struct cli_group {
    uint64_t entity;
    size_t *idx;
    size_t n;
} cli_group;

/* Groups of every entity, ordered by entity id; NULL when out of memory. */
cli_group *cli_groups(const cli_run *run, size_t *out_n);
void cli_groups_free(cli_group *g);

/* JSON from the engine, malloc'd and NUL-terminated, or NULL (error
 * message printed). */
char *cli_entity_json(aka_engine *e, uint64_t entity);
char *cli_explain_json(aka_engine *e, const cli_rec *a, const cli_rec *b);

/* Write s as a JSON string. */
void cli_json_str(FILE *f, const char *s);

/* The files behind --possible-matches and --explain; 0, or an exit code. */
int cli_write_possible_matches(const cli_run *run, FILE *f);
int cli_write_explanations(const cli_run *run, FILE *f);

/* B-cubed precision, recall and F1 of the entities against the truth
 * column; records with an empty truth value count as people of their own.
 * Returns the number of distinct people, or 0 when out of memory. */
size_t cli_bcubed(const cli_run *run, double *p, double *r, double *f1);

/* The human-readable report; 0, or an exit code. */
int cli_report(const cli_run *run, FILE *f);

#endif
