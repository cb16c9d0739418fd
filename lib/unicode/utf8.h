/* Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past
 * U+10FFFF. Every public entry point validates before any stage runs, so
 * stages may assume well-formed input. */
#ifndef AKA_UNICODE_UTF8_H
#define AKA_UNICODE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "aka.h"
#include "core/error.h"

/* AKA_OK, or AKA_ERR_UTF8 with a message giving the byte offset (and saying
 * whether it was a NUL byte). The field name goes into the message. */
aka_status aka__utf8_check(const char *s, size_t len, const char *field,
                           aka__err *err);

/* aka__utf8_next past ASCII: the multi-byte sequences. */
uint32_t aka__utf8_next_multi(const char *s, size_t len, size_t *i);

/* Decode the code point at s[*i] (input already validated) and advance *i.
 * Inline for ASCII, which most characters of most values are. */
static inline uint32_t aka__utf8_next(const char *s, size_t len, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    if (c < 0x80) {
        *i += 1;
        return c;
    }
    return aka__utf8_next_multi(s, len, i);
}

/* Encode cp into out (at least 4 bytes); returns the byte count. */
size_t aka__utf8_put(uint32_t cp, char *out);

/* 1 when every byte is below 0x80. */
int aka__is_ascii(const char *s, size_t len);

#endif
