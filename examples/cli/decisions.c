/* decisions.c -- analysts' decisions read from a CSV file (--decisions).
 *
 * An analyst who reviews the possible matches of a run says which pairs
 * are the same person and which are not; with --state the decisions are
 * kept in the engine and every later run honours them. One row a
 * decision, after a header naming the columns:
 *
 *   source_a,record_id_a,source_b,record_id_b,decision
 *   police,P-1001,ngo,N-17,same
 *
 * decision: same (yes, y, true, 1), not_same (not same, different, no,
 * n, false, 0) or withdraw (undecide: the evidence alone decides again).
 * A row that names a record the engine does not hold, or another word,
 * is reported with its line number and skipped (--strict: the run stops).
 *
 * SPDX-License-Identifier: CC0-1.0 */
#include "decisions.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

enum { COL_SA, COL_IA, COL_SB, COL_IB, COL_DECISION, NCOLS };

/* Header names of each column, lower case. */
static const char *const names[NCOLS][4] = {
    {"source_a", NULL},
    {"record_id_a", "record_a", "id_a", NULL},
    {"source_b", NULL},
    {"record_id_b", "record_b", "id_b", NULL},
    {"decision", "same", NULL},
};

#define SAME 1
#define NOT_SAME 0
#define WITHDRAW 2

/* s[0..n) equals word, ASCII case and ' ' / '-' / '_' aside. */
static int word_is(const char *s, size_t n, const char *word)
{
    size_t k = 0;
    for (; k < n && word[k]; k++) {
        unsigned char c = (unsigned char)tolower((unsigned char)s[k]);
        if (c == ' ' || c == '-')
            c = '_';
        if (c != (unsigned char)word[k])
            return 0;
    }
    return k == n && !word[k];
}

static int decision_of(const char *s, size_t n)
{
    static const char *const same[] = {"same", "yes", "y", "true", "1", NULL};
    static const char *const apart[] = {"not_same", "different", "no", "n",
                                        "false", "0", NULL};
    static const char *const back[] = {"withdraw", "undecide", NULL};
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    for (int i = 0; same[i]; i++)
        if (word_is(s, n, same[i]))
            return SAME;
    for (int i = 0; apart[i]; i++)
        if (word_is(s, n, apart[i]))
            return NOT_SAME;
    for (int i = 0; back[i]; i++)
        if (word_is(s, n, back[i]))
            return WITHDRAW;
    return -1;
}

static int map_columns(const csv_row *h, size_t col[NCOLS])
{
    for (int c = 0; c < NCOLS; c++) {
        col[c] = SIZE_MAX;
        for (size_t i = 0; i < h->n && col[c] == SIZE_MAX; i++)
            for (int k = 0; names[c][k]; k++)
                if (word_is(h->f[i].p, h->f[i].len, names[c][k]))
                    col[c] = i;
        if (col[c] == SIZE_MAX) {
            fprintf(stderr, "aka-resolve: the decisions file has no %s column "
                            "(its header must name source_a, record_id_a, "
                            "source_b, record_id_b and decision)\n", names[c][0]);
            return EXIT_USAGE;
        }
    }
    return 0;
}

/* Apply one row: AKA_OK, or the status that refused it with *why. */
static aka_status apply(aka_engine *e, const csv_row *r, const size_t col[NCOLS],
                        const char **why)
{
    for (int c = 0; c < NCOLS; c++)
        if (col[c] >= r->n || !csv_utf8_valid(r->f[col[c]].p, r->f[col[c]].len)) {
            *why = "a field is missing or not valid UTF-8";
            return AKA_ERR_PARSE;
        }
    const csv_field *f = r->f;
    int d = decision_of(f[col[COL_DECISION]].p, f[col[COL_DECISION]].len);
    if (d < 0) {
        *why = "the decision is not same, not_same or withdraw";
        return AKA_ERR_PARSE;
    }
    const csv_field *sa = &f[col[COL_SA]], *ia = &f[col[COL_IA]],
                    *sb = &f[col[COL_SB]], *ib = &f[col[COL_IB]];
    aka_status st =
        d == WITHDRAW
            ? aka_engine_undecide(e, sa->p, sa->len, ia->p, ia->len, sb->p,
                                  sb->len, ib->p, ib->len)
            : aka_engine_decide(e, sa->p, sa->len, ia->p, ia->len, sb->p,
                                sb->len, ib->p, ib->len, d);
    *why = st == AKA_OK ? NULL : aka_engine_errmsg(e);
    return st;
}

int cli_apply_decisions(aka_engine *e, const char *path, int strict, size_t *applied,
                        size_t *skipped)
{
    *applied = *skipped = 0;
    FILE *in = fopen(path, "rb");
    if (!in) {
        fprintf(stderr, "aka-resolve: cannot open the decisions file: %s\n",
                strerror(errno));
        return EXIT_IO;
    }
    int code = cli_apply_decisions_from(e, in, strict, applied, skipped);
    fclose(in);
    return code;
}

int cli_apply_decisions_from(aka_engine *e, FILE *in, int strict, size_t *applied,
                             size_t *skipped)
{
    *applied = *skipped = 0;
    int code = 0;
    csv_reader *cr = csv_open_sep(csv_read_stdio, in, 0);
    csv_row row;
    size_t col[NCOLS];
    int rc = cr ? csv_next(cr, &row) : -1;
    if (rc <= 0 || row.bad) {
        fprintf(stderr, "aka-resolve: the decisions file: %s\n",
                rc < 0 ? "cannot be read" : rc == 0 ? "empty (no header row)"
                                                    : row.bad);
        code = rc < 0 ? EXIT_IO : EXIT_USAGE;
    } else
        code = map_columns(&row, col);
    while (!code && (rc = csv_next(cr, &row)) > 0) {
        const char *why = row.bad;
        aka_status st = why ? AKA_ERR_PARSE : apply(e, &row, col, &why);
        if (st == AKA_OK) {
            ++*applied;
            continue;
        }
        fprintf(stderr, "aka-resolve: decisions line %llu: %s%s\n",
                (unsigned long long)row.line, why, strict ? "" : "; skipped");
        ++*skipped;
        if (st == AKA_ERR_NOMEM || st == AKA_ERR_INTERNAL || st == AKA_ERR_IO)
            code = EXIT_LIBRARY;
        else if (strict)
            code = EXIT_BAD_ROWS;
    }
    if (!code && rc < 0) {
        fprintf(stderr, "aka-resolve: cannot read the decisions file: %s\n",
                csv_error(cr));
        code = EXIT_IO;
    }
    csv_close(cr);
    return code;
}
