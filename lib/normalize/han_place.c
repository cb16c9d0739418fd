#include "normalize/han_place.h"

#include <stdint.h>

#include <unicode/uchar.h>

#include "unicode/utf8.h"

static int admin_word(uint32_t cp)
{
    return cp == 0x7701 /* 省 */ || cp == 0x5E02 /* 市 */ || cp == 0x53BF /* 县 */ ||
           cp == 0x7E23 /* 縣 */ || cp == 0x533A /* 区 */ || cp == 0x5340 /* 區 */;
}

int aka__han_place_split(const char *in, size_t len, aka__sb *out)
{
    if (!aka__han_place_maybe(in, len))
        return 0;
    int changed = 0, prev_han = 0;
    size_t copied = 0;
    for (size_t i = 0; i < len;) {
        size_t at = i;
        uint32_t cp = aka__utf8_next(in, len, &i);
        int han = cp >= 0x2E80 && u_hasBinaryProperty((UChar32)cp, UCHAR_IDEOGRAPHIC);
        if (han && prev_han && admin_word(cp)) {
            if (aka__sb_append(out, in + copied, at - copied) != AKA_OK ||
                aka__sb_append_char(out, ' ') != AKA_OK)
                return -1;
            copied = i;
            changed = 1;
            han = 0; /* a part after it starts afresh */
        }
        prev_han = han;
    }
    if (changed && aka__sb_append(out, in + copied, len - copied) != AKA_OK)
        return -1;
    return changed;
}
