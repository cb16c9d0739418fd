#include "normalize/han_numeral.h"

#include <stdint.h>

#include "unicode/utf8.h"

#define TEN 10
#define FIRST_YEAR 11 /* 元 */

/* The value of a Chinese numeral character: 0-9, TEN for 十, FIRST_YEAR
 * for 元; -1 for anything else. */
static int numeral(uint32_t cp)
{
    switch (cp) {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */
        return 0;
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    case 0x5341: return TEN; /* 十 */
    case 0x5143: return FIRST_YEAR; /* 元 */
    default: return -1;
    }
}

static int date_marker(uint32_t cp)
{
    return cp == 0x5E74 /* 年 */ || cp == 0x6708 /* 月 */ ||
           cp == 0x65E5 /* 日 */ || cp == 0x53F7 /* 号 */ || cp == 0x865F /* 號 */;
}

/* The number the run v[0..k) writes, in ASCII digits into d (at most 8
 * bytes); its length, or 0 when the run is no number of a date. */
static size_t run_number(const int *v, size_t k, uint32_t marker, char *d)
{
    if (k == 1 && v[0] == FIRST_YEAR) {
        if (marker != 0x5E74)
            return 0;
        d[0] = '1';
        return 1;
    }
    size_t tens = k, nd = 0;
    for (size_t i = 0; i < k; i++) {
        if (v[i] == FIRST_YEAR)
            return 0;
        if (v[i] == TEN) {
            if (tens != k)
                return 0;
            tens = i;
        }
    }
    if (tens == k) { /* digit by digit */
        if (k > 8)
            return 0;
        for (size_t i = 0; i < k; i++)
            d[nd++] = (char)('0' + v[i]);
        return nd;
    }
    /* [digit] 十 [digit] */
    if (tens > 1 || k - tens > 2)
        return 0;
    int value = (tens == 1 ? v[0] : 1) * 10 + (k - tens == 2 ? v[tens + 1] : 0);
    if (tens == 1 && v[0] == 0)
        return 0;
    d[nd++] = (char)('0' + value / 10);
    d[nd++] = (char)('0' + value % 10);
    return nd;
}

int aka__han_numerals(const char *s, size_t n, aka__sb *out)
{
    /* Every numeral and marker is three bytes led by E3 to E9: most
     * values (Latin, Cyrillic, Arabic, Thai, Hangul) have no such byte. */
    size_t first = 0;
    while (first < n && ((unsigned char)s[first] < 0xE3 || (unsigned char)s[first] > 0xE9))
        first++;
    if (first == n)
        return 0;
    int changed = 0;
    size_t copied = 0; /* s[0..copied) is in out */
    for (size_t i = 0; i < n;) {
        size_t start = i, j = i;
        int v[16];
        size_t k = 0;
        for (;;) {
            size_t next = j;
            uint32_t cp = j < n ? aka__utf8_next(s, n, &next) : 0;
            int x = j < n ? numeral(cp) : -1;
            if (x < 0 || k == sizeof v / sizeof v[0])
                break;
            v[k++] = x;
            j = next;
        }
        if (k == 0) {
            (void)aka__utf8_next(s, n, &i);
            continue;
        }
        i = j;
        size_t after = j;
        uint32_t marker = j < n ? aka__utf8_next(s, n, &after) : 0;
        char d[8];
        size_t nd = date_marker(marker) ? run_number(v, k, marker, d) : 0;
        if (nd == 0)
            continue;
        if (aka__sb_append(out, s + copied, start - copied) != AKA_OK ||
            aka__sb_append(out, d, nd) != AKA_OK)
            return -1;
        copied = j;
        changed = 1;
    }
    if (changed && aka__sb_append(out, s + copied, n - copied) != AKA_OK)
        return -1;
    return changed;
}
