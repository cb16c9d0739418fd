/* Fuzz target: aka-resolve's CSV reader (examples/cli/csv.c).
 *
 * The reader is compiled into this target (it is part of a program, not of
 * libaka), so that libFuzzer instruments it. Properties checked, whatever
 * the input:
 *   - reading never fails on memory input, ends, and keeps within bounds;
 *   - the rows do not depend on how the input is cut into reads (one
 *     byte at a time, odd chunks, all at once);
 *   - line numbers start at 1, never decrease, and never pass the number
 *     of line breaks + 1; the bytes of all fields never exceed the input;
 *   - a good row written back with RFC 4180 quoting reads as the same
 *     fields (the writer aka-resolve uses for its output);
 *   - all of it with commas and with the separator found from the first
 *     line (csv_open_sep with 0).
 * A violation aborts after naming the rule (never the data). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../examples/cli/csv.c"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

typedef struct mem {
    const uint8_t *d;
    size_t n, pos, step;
} mem;

static size_t mem_read(void *ctx, char *buf, size_t cap, int *err)
{
    mem *m = ctx;
    (void)err;
    size_t k = m->n - m->pos;
    if (k > cap)
        k = cap;
    if (m->step && k > m->step)
        k = m->step;
    memcpy(buf, m->d + m->pos, k);
    m->pos += k;
    return k;
}

static void fail(const char *rule)
{
    fprintf(stderr, "fuzz invariant violated: csv: %s\n", rule);
    abort();
}

/* All rows as one flat record: per row its line, bad flag, field count,
 * then each field's length and bytes. */
typedef struct flat {
    unsigned char *p;
    size_t len, cap;
} flat;

static void fz_put(flat *f, const void *s, size_t n)
{
    if (f->len + n > f->cap) {
        f->cap = (f->len + n) * 2 + 64;
        f->p = realloc(f->p, f->cap);
        if (!f->p)
            abort();
    }
    memcpy(f->p + f->len, s, n);
    f->len += n;
}

static void read_all(const uint8_t *d, size_t n, size_t step, int sep, flat *out,
                     int check)
{
    mem m = {d, n, 0, step};
    csv_reader *r = csv_open_sep(mem_read, &m, sep);
    if (!r)
        abort();
    csv_row row;
    int rc;
    uint64_t last = 1, breaks = 0, bytes = 0;
    for (size_t i = 0; i < n; i++)
        breaks += d[i] == '\n' || (d[i] == '\r' && (i + 1 == n || d[i + 1] != '\n'));
    while ((rc = csv_next(r, &row)) > 0) {
        if (row.line < last)
            fail("line numbers decrease");
        if (row.line > breaks + 1)
            fail("line number past the last line");
        last = row.line;
        int bad = row.bad != NULL;
        fz_put(out, &row.line, sizeof row.line);
        fz_put(out, &bad, sizeof bad);
        fz_put(out, &row.n, sizeof row.n);
        for (size_t i = 0; i < row.n; i++) {
            fz_put(out, &row.f[i].len, sizeof row.f[i].len);
            fz_put(out, row.f[i].p, row.f[i].len);
            bytes += row.f[i].len;
        }
        if (bytes > n)
            fail("more field bytes than input bytes");
        if (check && !bad) {
            /* Write the row back as aka-resolve writes CSV, then read it. */
            flat w = {0};
            for (size_t i = 0; i < row.n; i++) {
                if (i)
                    fz_put(&w, ",", 1);
                fz_put(&w, "\"", 1);
                for (size_t k = 0; k < row.f[i].len; k++) {
                    if (row.f[i].p[k] == '"')
                        fz_put(&w, "\"", 1);
                    fz_put(&w, &row.f[i].p[k], 1);
                }
                fz_put(&w, "\"", 1);
            }
            fz_put(&w, "\n", 1);
            mem m2 = {w.p, w.len, 0, 0};
            csv_reader *r2 = csv_open(mem_read, &m2);
            csv_row back;
            if (!r2)
                abort();
            /* A BOM at the start of the first field is data once quoted. */
            if (csv_next(r2, &back) != 1 || back.bad || back.n != row.n)
                fail("a quoted row does not read back");
            for (size_t i = 0; i < row.n; i++)
                if (back.f[i].len != row.f[i].len ||
                    memcmp(back.f[i].p, row.f[i].p, row.f[i].len) != 0)
                    fail("a quoted field does not read back the same");
            csv_close(r2);
            free(w.p);
        }
    }
    if (rc < 0)
        fail("error on memory input");
    csv_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    /* Commas, then the separator found from the first line, which must
     * not depend on the cut either (the line is read ahead). */
    static const int seps[] = {',', 0};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        flat whole = {0}, bytewise = {0}, odd = {0};
        read_all(d, n, 0, seps[k], &whole, 1);
        read_all(d, n, 1, seps[k], &bytewise, 0);
        read_all(d, n, 7, seps[k], &odd, 0);
        if (whole.len != bytewise.len || whole.len != odd.len ||
            (whole.len && (memcmp(whole.p, bytewise.p, whole.len) != 0 ||
                           memcmp(whole.p, odd.p, whole.len) != 0)))
            fail("rows depend on how the input is cut into reads");
        free(whole.p);
        free(bytewise.p);
        free(odd.p);
    }
    return 0;
}
