/* csv.h -- a streaming RFC 4180 reader for aka-resolve.
 *
 * Fields are separated by commas (or by the separator the file was opened
 * with: ; tab or |, or the one its first line holds most of), rows by LF,
 * CRLF or a lone CR; a field in double quotes may hold separators, line
 * breaks and doubled quotes. A UTF-8
 * byte order mark at the very start is skipped. Being a reader for data
 * that people export from spreadsheets, it is lenient where RFC 4180 gives
 * no other reading (a quote inside an unquoted field is kept as a
 * character) and strict where a mistake would shift columns (text after a
 * closing quote, an unterminated quote, an over-long row): such a row is
 * returned flagged bad, with a reason, and reading resumes at the next row.
 *
 * Memory is bounded by the longest row (CSV_MAX_ROW bytes).
 *
 * SPDX-License-Identifier: CC0-1.0 */
#ifndef AKA_CLI_CSV_H
#define AKA_CLI_CSV_H

#include <stddef.h>
#include <stdint.h>

/* Longest row accepted, in bytes: well above AKA_MAX_VALUE_BYTES times a
 * few columns, small enough that an unterminated quote cannot swallow a
 * whole file into memory. */
#define CSV_MAX_ROW (4u << 20)

/* Fills buf with up to cap bytes; returns the number read, 0 at the end.
 * Sets *err to non-zero on a read error. */
typedef size_t (*csv_read_fn)(void *ctx, char *buf, size_t cap, int *err);

/* A csv_read_fn over a stdio stream: ctx is the FILE *. */
size_t csv_read_stdio(void *ctx, char *buf, size_t cap, int *err);

typedef struct csv_field {
    const char *p; /* into the reader's buffer, valid until the next call */
    size_t len;
} csv_field;

typedef struct csv_row {
    csv_field *f;
    size_t n;             /* number of fields */
    uint64_t line;        /* physical line (1-based) where the row starts */
    const char *bad;      /* NULL, or why the row is malformed (no value) */
} csv_row;

typedef struct csv_reader csv_reader;

/* NULL when out of memory. Fields are separated by commas. */
csv_reader *csv_open(csv_read_fn read, void *ctx);

/* csv_open with the field separator sep: ',', ';', '\t' or '|' (any other
 * is read as ','), or 0 for the one of those four that the first line
 * holds most of outside double quotes (',' on a tie or when it holds
 * none), as spreadsheets export CSV with semicolons where the comma is the
 * decimal sign, and databases with tabs. */
csv_reader *csv_open_sep(csv_read_fn read, void *ctx, int sep);

/* The separator in use: 0 for one still to be found (before the first
 * row is read). */
int csv_separator(const csv_reader *r);
void csv_close(csv_reader *r);

/* The next row: 1 with *row filled, 0 at the end of input, -1 on a read
 * error (errno-style failure of the read function) or out of memory
 * (csv_error says which). Blank lines are skipped. */
int csv_next(csv_reader *r, csv_row *row);
const char *csv_error(const csv_reader *r);

/* Bytes consumed so far (for progress). */
uint64_t csv_offset(const csv_reader *r);

/* 1 when s[0..n) is strict UTF-8 (RFC 3629) without NUL bytes. */
int csv_utf8_valid(const char *s, size_t n);

#endif
