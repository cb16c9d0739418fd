/* Dates written with Chinese numerals (一九九〇年三月二十五日, 平成二年,
 * 民國七十九年), as formal Chinese, Taiwanese and Japanese documents write
 * them: the numbers before 年, 月, 日 or 号 rewritten in ASCII digits for
 * the date reader. */
#ifndef AKA_NORMALIZE_HAN_NUMERAL_H
#define AKA_NORMALIZE_HAN_NUMERAL_H

#include <stddef.h>

#include "core/strbuf.h"

/* Writes s[0..n) to *out with every run of Chinese numerals that stands
 * before a date marker (年 月 日 号 號) as its number in ASCII digits, and
 * returns 1; returns 0, writing nothing, when there is no such run, and
 * -1 when out of memory. A run is digits read one by one (一九九〇 →
 * 1990) or a number up to 99 with 十 (二十五 → 25, 十二 → 12); 元 before
 * 年 is an era's first year. A run of any other shape is left as it is,
 * for the reader to refuse. */
int aka__han_numerals(const char *s, size_t n, aka__sb *out);

#endif
