/* The stock pipeline (stock.h): ICU "Any-Latin; Latin-ASCII; Lower" over
 * whole names and Jaro-Winkler, as record-linkage tools do it. Moved here
 * from bench_names.c so that aka-bench's baseline is the same code. */
#include "stock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>

#include "bench_util.h"

/* ---- the stock pipeline: ICU Any-Latin; Latin-ASCII; Lower + JW --------- */


int stock_open(stock *s)
{
    static const UChar id[] = u"Any-Latin; Latin-ASCII; Lower";
    UErrorCode e = U_ZERO_ERROR;
    memset(s, 0, sizeof *s);
    s->tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    if (U_FAILURE(e)) {
        fprintf(stderr, "bench: ICU cannot open the stock transliterator "
                "(%s)\n", u_errorName(e));
        return -1;
    }
    return 0;
}

void stock_close(stock *s)
{
    if (s->tr)
        utrans_close(s->tr);
    free(s->u[0]);
    free(s->u[1]);
    free(s->flags);
}

/* Transliterates one whole UTF-8 name into s->u[side]; returns its length
 * in UTF-16 units, or -1. Nothing is cached: that is the stock way. */
int32_t stock_translit(stock *s, int side, const char *in, size_t len)
{
    if (len > INT32_MAX / 16)
        return -1;
    /* Han and Hangul grow most: a character becomes up to ~6 letters and a
     * space. Start generous, grow if ICU says it did not fit. */
    int32_t want = (int32_t)len * 4 + 64;
    for (;;) {
        if (s->cap[side] < want) {
            s->u[side] = xrealloc(s->u[side], (size_t)want * sizeof(UChar));
            s->cap[side] = want;
        }
        UErrorCode e = U_ZERO_ERROR;
        int32_t n = 0;
        u_strFromUTF8(s->u[side], s->cap[side], &n, in, (int32_t)len, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR || e == U_STRING_NOT_TERMINATED_WARNING) {
            want = s->cap[side] * 2;
            continue;
        }
        if (U_FAILURE(e))
            return -1;
        int32_t limit = n;
        utrans_transUChars(s->tr, s->u[side], &n, s->cap[side], 0, &limit, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR) {
            if (s->cap[side] > INT32_MAX / 4)
                return -1;
            want = s->cap[side] * 2;
            continue;
        }
        return U_FAILURE(e) ? -1 : n;
    }
}

/* Jaro-Winkler as Winkler's strcmp95 defines it, on UTF-16 units (the
 * stock output is ASCII almost always): match window
 * max(la, lb) / 2 - 1, transpositions halved with integer division, and
 * the prefix bonus (up to 4 characters, scale 0.1) only when Jaro > 0.7. */
double stock_jaro_winkler(const UChar *a, int32_t la, const UChar *b,
                           int32_t lb, unsigned char *flags)
{
    if (la == 0 && lb == 0)
        return 1.0;
    if (la == 0 || lb == 0)
        return 0.0;
    int32_t window = (la > lb ? la : lb) / 2 - 1;
    if (window < 0)
        window = 0;
    unsigned char *fa = flags, *fb = flags + la;
    memset(flags, 0, (size_t)la + (size_t)lb);
    int32_t m = 0;
    for (int32_t i = 0; i < la; i++) {
        int32_t lo = i > window ? i - window : 0;
        int32_t hi = i + window + 1 < lb ? i + window + 1 : lb;
        for (int32_t j = lo; j < hi; j++)
            if (!fb[j] && a[i] == b[j]) {
                fa[i] = fb[j] = 1;
                m++;
                break;
            }
    }
    if (m == 0)
        return 0.0;
    int32_t t = 0;
    for (int32_t i = 0, j = 0; i < la; i++) {
        if (!fa[i])
            continue;
        while (!fb[j])
            j++;
        t += a[i] != b[j];
        j++;
    }
    t /= 2;
    double dm = m;
    double jaro = (dm / la + dm / lb + (dm - t) / dm) / 3.0;
    if (jaro <= 0.7)
        return jaro;
    int32_t l = 0;
    while (l < 4 && l < la && l < lb && a[l] == b[l])
        l++;
    return jaro + l * 0.1 * (1.0 - jaro);
}

/* The whole stock comparison from raw strings; -1 when ICU fails. */
double stock_compare(stock *s, const char *a, size_t alen, const char *b,
                            size_t blen)
{
    int32_t la = stock_translit(s, 0, a, alen);
    int32_t lb = stock_translit(s, 1, b, blen);
    if (la < 0 || lb < 0)
        return -1.0;
    size_t need = (size_t)la + (size_t)lb;
    if (need > s->flagcap) {
        s->flagcap = need * 2;
        s->flags = xrealloc(s->flags, s->flagcap);
    }
    return stock_jaro_winkler(s->u[0], la, s->u[1], lb, s->flags);
}

