/* Dates of birth that may be of another calendar (other_calendar.h). */
#include "engine/other_calendar.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>

#include "normalize/date.h"
#include "unicode/utf8.h"

unsigned aka__calendar_hint_text(const char *raw, size_t n)
{
    unsigned hint = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = aka__utf8_next(raw, n, &i);
        if (cp >= 0x1200 && cp <= 0x139F)
            hint |= AKA__CAL_ETHIOPIC;
        else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
            hint |= AKA__CAL_ROC;
    }
    return hint;
}

unsigned aka__calendar_hint_country(const char *cc, size_t n, unsigned *not)
{
    if (n != 2)
        return 0;
    if (memcmp(cc, "ER", 2) == 0)
        *not |= AKA__CAL_ETHIOPIC;
    if (memcmp(cc, "ET", 2) == 0)
        return AKA__CAL_ETHIOPIC;
    if (memcmp(cc, "TW", 2) == 0)
        return AKA__CAL_ROC;
    return 0;
}

/* The runs of decimal digits (of any script) of raw text with nothing
 * but separators between them: their number (at most 3 counted, -1 for
 * a letter or more runs), the first run's length and value, and the last
 * run's length. */
typedef struct runs {
    int n, first_len, first, last_len;
} runs;

/* End the run of `len` digits of value `value` (none when len is 0). */
static void close_run(runs *out, int len, int value)
{
    if (!len || out->n < 0)
        return;
    if (++out->n > 3) {
        out->n = -1;
        return;
    }
    if (out->n == 1) {
        out->first_len = len;
        out->first = value;
    }
    out->last_len = len;
}

static void digit_runs(const char *raw, size_t rn, runs *out)
{
    memset(out, 0, sizeof *out);
    int len = 0, value = 0;
    for (size_t i = 0; i < rn && out->n >= 0;) {
        UChar32 cp = (UChar32)aka__utf8_next(raw, rn, &i);
        if (u_isdigit(cp)) {
            len++;
            if (value < 100000)
                value = value * 10 + u_charDigitValue(cp);
            continue;
        }
        if (u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK)) {
            out->n = -1; /* a word: a calendar or a month the text names */
            return;
        }
        close_run(out, len, value);
        len = value = 0;
    }
    close_run(out, len, value);
}

static int canon_date(const char *c, size_t n, int *y, int *m, int *d)
{
    if (n != 10 || c[4] != '-' || c[7] != '-')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (i != 4 && i != 7 && (c[i] < '0' || c[i] > '9'))
            return 0;
    *y = (c[0] - '0') * 1000 + (c[1] - '0') * 100 + (c[2] - '0') * 10 + (c[3] - '0');
    *m = (c[5] - '0') * 10 + (c[6] - '0');
    *d = (c[8] - '0') * 10 + (c[9] - '0');
    return 1;
}

static int put_date(int y, int m, int d, char out[10])
{
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    memcpy(out, buf, 10);
    return 1;
}

int aka__date_other_reading(unsigned hint, const char *raw, size_t rn,
                            const char *canon, size_t cn, char out[10])
{
    int y, m, d;
    if (!hint || !canon_date(canon, cn, &y, &m, &d))
        return 0;
    runs r;
    digit_runs(raw, rn, &r);
    if (r.n != 3)
        return 0;
    /* (the year last, as Ethiopian records write dates; a year first is
     * the ISO form of a system, Gregorian) */
    if ((hint & AKA__CAL_ETHIOPIC) && r.last_len == 4) {
        int gy, gm, gd;
        if (aka__calendar_convert("ethiopic", y, m, d, &gy, &gm, &gd) == 0)
            return put_date(gy, gm, gd, out);
    }
    /* (a Minguo year first: the normaliser read it as 19YY) */
    if ((hint & AKA__CAL_ROC) && r.first_len == 2 && r.first > 31 && y == 1900 + r.first)
        return put_date(r.first + 1911, m, d, out);
    return 0;
}
