/* csv.c -- the streaming RFC 4180 reader (csv.h).
 *
 * SPDX-License-Identifier: CC0-1.0 */
#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CSV_CHUNK (64u << 10)

struct csv_reader {
    csv_read_fn read;
    void *ctx;
    char *in;               /* input chunk */
    size_t in_len, in_pos;
    int eof, read_err, started;
    uint64_t offset, line;  /* bytes consumed; current physical line */
    char *buf;              /* the row's field bytes, back to back */
    size_t len, cap;
    size_t *start;          /* field i is buf[start[i] .. start[i] + flen[i]) */
    size_t *flen;
    size_t nf, fcap;
    csv_field *fields;
    size_t fields_cap;
    const char *error;
    int sep;                /* the field separator; 0 until found */
};

size_t csv_read_stdio(void *ctx, char *buf, size_t cap, int *err)
{
    FILE *f = ctx;
    size_t n = fread(buf, 1, cap, f);
    if (n == 0 && ferror(f))
        *err = 1;
    return n;
}

csv_reader *csv_open_sep(csv_read_fn read, void *ctx, int sep)
{
    csv_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->read = read;
    r->ctx = ctx;
    r->sep = sep == 0 || sep == ';' || sep == '\t' || sep == '|' ? sep : ',';
    r->line = 1;
    r->in = malloc(CSV_CHUNK);
    if (!r->in) {
        free(r);
        return NULL;
    }
    return r;
}

csv_reader *csv_open(csv_read_fn read, void *ctx)
{
    return csv_open_sep(read, ctx, ',');
}

int csv_separator(const csv_reader *r) { return r->sep; }

void csv_close(csv_reader *r)
{
    if (!r)
        return;
    free(r->in);
    free(r->buf);
    free(r->start);
    free(r->flen);
    free(r->fields);
    free(r);
}

const char *csv_error(const csv_reader *r) { return r->error ? r->error : ""; }

uint64_t csv_offset(const csv_reader *r) { return r->offset; }

/* The next input byte, or -1 at the end (or on a read error, flagged). */
static int peek(csv_reader *r)
{
    if (r->in_pos == r->in_len) {
        if (r->eof)
            return -1;
        int err = 0;
        r->in_len = r->read(r->ctx, r->in, CSV_CHUNK, &err);
        r->in_pos = 0;
        if (err) {
            r->read_err = 1;
            r->eof = 1;
            return -1;
        }
        if (r->in_len == 0) {
            r->eof = 1;
            return -1;
        }
    }
    return (unsigned char)r->in[r->in_pos];
}

static int get(csv_reader *r)
{
    int c = peek(r);
    if (c >= 0) {
        r->in_pos++;
        r->offset++;
    }
    return c;
}

/* Append one byte; 0 when the row is over the limit (the byte is dropped),
 * -1 when out of memory. */
static int put(csv_reader *r, char c)
{
    if (r->len >= CSV_MAX_ROW)
        return 0;
    if (r->len == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 256;
        char *b = realloc(r->buf, cap);
        if (!b)
            return -1;
        r->buf = b;
        r->cap = cap;
    }
    r->buf[r->len++] = c;
    return 1;
}

static int new_field(csv_reader *r)
{
    if (r->nf == r->fcap) {
        size_t cap = r->fcap ? r->fcap * 2 : 16;
        size_t *s = realloc(r->start, cap * sizeof *s);
        if (!s)
            return -1;
        r->start = s;
        size_t *l = realloc(r->flen, cap * sizeof *l);
        if (!l)
            return -1;
        r->flen = l;
        r->fcap = cap;
    }
    r->start[r->nf] = r->len;
    r->flen[r->nf] = 0;
    r->nf++;
    return 0;
}

/* A line break just read as c: swallow the LF of a CRLF. */
static void end_line(csv_reader *r, int c)
{
    if (c == '\r' && peek(r) == '\n')
        get(r);
    r->line++;
}

/* Find the separator of a reader opened with 0 (csv_open_sep): the first
 * line, up to CSV_CHUNK bytes, is read ahead, counted and put back before
 * the rest of the input chunk, so that what is found does not depend on
 * how the input arrives. -1 when out of memory. */
static int find_separator(csv_reader *r)
{
    char *ahead = malloc(2 * (size_t)CSV_CHUNK);
    if (!ahead)
        return -1;
    static const char cand[] = {',', ';', '\t', '|'};
    size_t count[sizeof cand] = {0};
    size_t n = 0;
    int inq = 0;
    while (n < CSV_CHUNK) {
        int c = get(r);
        if (c < 0)
            break;
        ahead[n++] = (char)c;
        if (c == '"')
            inq = !inq;
        else if (!inq && (c == '\n' || c == '\r'))
            break;
        for (size_t k = 0; k < sizeof cand && !inq; k++)
            count[k] += c == cand[k];
    }
    size_t best = 0;
    for (size_t k = 1; k < sizeof cand; k++)
        if (count[k] > count[best])
            best = k;
    r->sep = cand[best];
    /* The unread rest of the chunk goes after the line read ahead (a
     * chunk holds CSV_CHUNK bytes at most), and the reader goes on from
     * the line's first byte. */
    size_t rest = r->in_len - r->in_pos;
    memcpy(ahead + n, r->in + r->in_pos, rest);
    free(r->in);
    r->in = ahead;
    r->in_len = n + rest;
    r->in_pos = 0;
    r->offset -= n;
    return 0;
}

enum { ST_START, ST_UNQUOTED, ST_QUOTED, ST_QUOTE_END, ST_SKIP };

/* Reads one physical row (which may span lines inside quotes). Returns 1 for
 * a row, 0 at the end of input, -1 on error. */
static int read_row(csv_reader *r, csv_row *row, int *blank)
{
    r->len = 0;
    r->nf = 0;
    row->bad = NULL;
    row->line = r->line;
    int st = ST_START, any = 0, quoted = 0;
    if (new_field(r) < 0)
        goto nomem;
    if (!r->started) {
        r->started = 1;
        /* A UTF-8 byte order mark (spreadsheets write one) is not data. */
        if (peek(r) == 0xEF) {
            get(r);
            if (peek(r) == 0xBB) {
                get(r);
                if (peek(r) == 0xBF)
                    get(r);
                else if (put(r, (char)0xEF) < 0 || put(r, (char)0xBB) < 0)
                    goto nomem;
            } else if (put(r, (char)0xEF) < 0) {
                goto nomem;
            }
            any = r->len > 0;
            st = any ? ST_UNQUOTED : ST_START;
        }
        if (r->sep == 0 && find_separator(r) < 0)
            goto nomem;
    }
    for (;;) {
        int c = get(r);
        if (c < 0) {
            if (r->read_err) {
                r->error = "read error";
                return -1;
            }
            if (!any && r->nf == 1 && r->len == 0 && !quoted)
                return 0;
            if (st == ST_QUOTED)
                row->bad = "unterminated quoted field (it runs to the end of the input)";
            break;
        }
        any = 1;
        if (st == ST_SKIP) {
            if (c == '\n' || c == '\r') {
                end_line(r, c);
                break;
            }
            continue;
        }
        if (st == ST_QUOTED) {
            if (c == '"') {
                st = ST_QUOTE_END;
                continue;
            }
            if (c == '\n')
                r->line++;
        } else if (c == r->sep && st != ST_QUOTED) {
            r->flen[r->nf - 1] = r->len - r->start[r->nf - 1];
            if (new_field(r) < 0)
                goto nomem;
            st = ST_START;
            continue;
        } else if (c == '\n' || c == '\r') {
            end_line(r, c);
            break;
        } else if (st == ST_START && c == '"') {
            st = ST_QUOTED;
            quoted = 1;
            continue;
        } else if (st == ST_QUOTE_END) {
            if (c == '"') {
                st = ST_QUOTED; /* a doubled quote stands for one */
            } else {
                /* "abc"x: the row's quoting is broken, and guessing would
                 * shift its columns. */
                if (!row->bad)
                    row->bad = "text after a closing quote";
                st = ST_UNQUOTED;
            }
        } else {
            st = ST_UNQUOTED;
        }
        int p = put(r, (char)c);
        if (p < 0)
            goto nomem;
        if (p == 0) {
            row->bad = "row longer than the 4 MiB limit";
            /* Resynchronise at the next line break, quotes or not: the
             * rest of this row cannot be read anyway. */
            st = ST_SKIP;
        }
    }
    r->flen[r->nf - 1] = r->len - r->start[r->nf - 1];
    *blank = !quoted && r->nf == 1 && r->len == 0;
    return 1;
nomem:
    r->error = "out of memory";
    return -1;
}

int csv_next(csv_reader *r, csv_row *row)
{
    for (;;) {
        int blank = 0;
        int rc = read_row(r, row, &blank);
        if (rc <= 0)
            return rc;
        if (blank && !row->bad)
            continue;
        if (r->fields_cap < r->nf) {
            csv_field *f = realloc(r->fields, r->nf * sizeof *f);
            if (!f) {
                r->error = "out of memory";
                return -1;
            }
            r->fields = f;
            r->fields_cap = r->nf;
        }
        for (size_t i = 0; i < r->nf; i++) {
            r->fields[i].p = r->buf ? r->buf + r->start[i] : "";
            r->fields[i].len = r->flen[i];
        }
        row->f = r->fields;
        row->n = r->nf;
        return 1;
    }
}

int csv_utf8_valid(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c == 0)
            return 0;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            k = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            k = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80; /* overlong */
            hi = c == 0xED ? 0x9F : 0xBF; /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 3;
            lo = c == 0xF0 ? 0x90 : 0x80; /* overlong */
            hi = c == 0xF4 ? 0x8F : 0xBF; /* above U+10FFFF */
        } else {
            return 0;
        }
        if (n - i <= k || s[i + 1] < lo || s[i + 1] > hi)
            return 0;
        for (size_t j = 2; j <= k; j++)
            if (s[i + j] < 0x80 || s[i + j] > 0xBF)
                return 0;
        i += k + 1;
    }
    return 1;
}
