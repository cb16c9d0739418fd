#include "normalize/place_part.h"

#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>

#include "unicode/ko_names.h"
#include "unicode/utf8.h"

static int han_kind_word(uint32_t cp)
{
    return cp == 0x7701 /* 省 */ || cp == 0x5E02 /* 市 */ || cp == 0x53BF /* 县 */ ||
           cp == 0x7E23 /* 縣 */ || cp == 0x533A /* 区 */ || cp == 0x5340 /* 區 */;
}

/* Longest first: 특별시 before 시. */
static const char *const hangul_kinds[] = {
    "특별자치시", "특별자치도", "특별시", "광역시", "시", "도", "군", "구",
};

static size_t hangul_part_end(const char *in, size_t start, size_t end, size_t *skip)
{
    size_t syllables = 0;
    for (size_t i = start; i < end;) {
        if (!aka__hangul_syllable(aka__utf8_next(in, end, &i)))
            return end;
        syllables++;
    }
    for (size_t k = 0; k < sizeof hangul_kinds / sizeof hangul_kinds[0]; k++) {
        size_t n = strlen(hangul_kinds[k]);
        /* every syllable is three bytes */
        if (syllables >= n / 3 + 2 && memcmp(in + end - n, hangul_kinds[k], n) == 0) {
            *skip = n;
            return end - n;
        }
    }
    return end;
}

size_t aka__place_part_end(const char *in, size_t start, size_t end, size_t *skip)
{
    *skip = 0;
    size_t i = start;
    uint32_t first = aka__utf8_next(in, end, &i);
    if (aka__hangul_syllable(first))
        return hangul_part_end(in, start, end, skip);
    int prev_han = first >= 0x2E80 && u_hasBinaryProperty((UChar32)first, UCHAR_IDEOGRAPHIC);
    while (i < end) {
        size_t at = i;
        uint32_t cp = aka__utf8_next(in, end, &i);
        int han = cp >= 0x2E80 && u_hasBinaryProperty((UChar32)cp, UCHAR_IDEOGRAPHIC);
        if (han && prev_han && han_kind_word(cp)) {
            *skip = i - at;
            return at;
        }
        prev_han = han;
    }
    return end;
}
