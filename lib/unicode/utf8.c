#include "unicode/utf8.h"

#include <string.h>

aka_status aka__utf8_check(const char *s, size_t len, const char *field,
                           aka__err *err)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* Eight bytes at a time while they are ASCII and not NUL. */
        while (len - i >= 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080u) ||
                ((w - 0x0101010101010101u) & ~w & 0x8080808080808080u))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned c = p[i];
        if (c == 0)
            return aka__fail(err, AKA_ERR_UTF8,
                             "%s: NUL byte at offset %zu", field, i);
        if (c < 0x80) {
            i++;
            continue;
        }
        /* Well-formed two- and three-byte sequences (the scripts of most
         * names) pass at once; anything else is taken apart below, which
         * says what is wrong. */
        if (c >= 0xC2 && c <= 0xDF && len - i >= 2 && (p[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        if ((c & 0xF0) == 0xE0 && len - i >= 3 && (p[i + 1] & 0xC0) == 0x80 &&
            (p[i + 2] & 0xC0) == 0x80 &&
            (c != 0xE0 || p[i + 1] >= 0xA0) && /* not overlong */
            (c != 0xED || p[i + 1] < 0xA0)) {  /* not a surrogate */
            i += 3;
            continue;
        }
        size_t n;
        uint32_t cp, min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2; cp = c & 0x1F; min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3; cp = c & 0x0F; min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4; cp = c & 0x07; min = 0x10000;
        } else {
            return aka__fail(err, AKA_ERR_UTF8,
                             "%s: invalid UTF-8 lead byte at offset %zu",
                             field, i);
        }
        if (len - i < n)
            return aka__fail(err, AKA_ERR_UTF8,
                             "%s: truncated UTF-8 sequence at offset %zu",
                             field, i);
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return aka__fail(err, AKA_ERR_UTF8,
                                 "%s: invalid UTF-8 continuation at offset %zu",
                                 field, i + k);
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min)
            return aka__fail(err, AKA_ERR_UTF8,
                             "%s: overlong UTF-8 encoding at offset %zu",
                             field, i);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return aka__fail(err, AKA_ERR_UTF8,
                             "%s: invalid code point at offset %zu", field, i);
        i += n;
    }
    return AKA_OK;
}

uint32_t aka__utf8_next_multi(const char *s, size_t len, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t left = len - *i;
    unsigned c = p[0];
    if (c < 0x80 || left < 2) {
        *i += 1;
        return c;
    }
    if (c < 0xE0) {
        *i += 2;
        return ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0 || left < 4) {
        if (left < 3) {
            *i += left;
            return 0xFFFD;
        }
        *i += 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) |
               (p[2] & 0x3F);
    }
    *i += 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

size_t aka__utf8_put(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int aka__is_ascii(const char *s, size_t len)
{
    size_t i = 0;
    for (; len - i >= 8; i += 8) { /* eight bytes at a time */
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080u)
            return 0;
    }
    for (; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}
