/* Shared checks for the aka_normalize fuzz targets.
 *
 * Every target feeds the fuzzer's bytes to one feature kind and checks the
 * properties that hold whatever the normaliser's rules are, so the targets
 * stay valid while normalisers are rewritten:
 *   - the status is one aka_normalize documents for valid arguments, and it
 *     does not depend on the capacity of the output buffer (except for
 *     AKA_ERR_BUFFER, which must appear exactly when the output is longer
 *     than the capacity);
 *   - AKA_ERR_UTF8 is returned exactly for inputs that an independent strict
 *     UTF-8 check rejects (or that hold a NUL byte), AKA_ERR_LIMIT exactly
 *     for inputs over AKA_MAX_VALUE_BYTES;
 *   - on AKA_ERR_BUFFER the reported length is larger than the capacity and
 *     a retry with that size gives the same bytes as a large buffer;
 *   - on AKA_OK the output is non-empty, NUL-terminated when room allows,
 *     and matches the kind's documented format;
 *   - for kinds whose canonical form is its own input, normalising the
 *     output again gives the output (idempotence).
 * A violation calls abort() after printing which rule failed (never the
 * value: corpora may one day hold real data). */
#ifndef AKA_FUZZ_COMMON_H
#define AKA_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aka.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

/* A format check: 1 when out[0..len) is a valid canonical form. */
typedef int (*fz_format)(const char *out, size_t len);

#define FZ_SMALL_CAP 8

static inline void fz_fail(const char *kind, const char *rule)
{
    fprintf(stderr, "fuzz invariant violated: kind %s: %s\n", kind, rule);
    abort();
}

/* Strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing above
 * U+10FFFF, and no NUL byte, which the API rejects as AKA_ERR_UTF8 too.
 * Written independently of lib/unicode/utf8.c so the two check each other. */
static inline int fz_utf8_ok(const unsigned char *s, size_t n)
{
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
            if (c == 0xE0)
                lo = 0xA0; /* overlong */
            if (c == 0xED)
                hi = 0x9F; /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 3;
            if (c == 0xF0)
                lo = 0x90; /* overlong */
            if (c == 0xF4)
                hi = 0x8F; /* above U+10FFFF */
        } else {
            return 0;
        }
        if (n - i <= k)
            return 0;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return 0;
        for (size_t j = 2; j <= k; j++)
            if (s[i + j] < 0x80 || s[i + j] > 0xBF)
                return 0;
        i += k + 1;
    }
    return 1;
}

static inline int fz_is_digit(char c) { return c >= '0' && c <= '9'; }
static inline int fz_is_lower(char c) { return c >= 'a' && c <= 'z'; }
static inline int fz_is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/* Names and free text: [a-z0-9]+( [a-z0-9]+)* */
static inline int fz_format_tokens(const char *s, size_t n)
{
    if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ') {
            if (s[i - 1] == ' ')
                return 0;
        } else if (!fz_is_lower(s[i]) && !fz_is_digit(s[i])) {
            return 0;
        }
    }
    return 1;
}

/* YYYY, YYYY-MM or YYYY-MM-DD with a real month and a day that exists in
 * that month (31/02 must never come out as a date). */
static inline int fz_format_date(const char *s, size_t n)
{
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (!fz_is_digit(s[i])) {
            return 0;
        }
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
            (s[3] - '0');
    if (n == 4)
        return 1;
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m < 1 || m > 12)
        return 0;
    if (n == 7)
        return 1;
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d < 1 || d > mdays[m - 1] || (m == 2 && d == 29 && !leap))
        return 0;
    return 1;
}

static inline int fz_format_gender(const char *s, size_t n)
{
    return n == 1 && (s[0] == 'F' || s[0] == 'M' || s[0] == 'X');
}

static inline int fz_format_nationality(const char *s, size_t n)
{
    return n == 2 && fz_is_upper(s[0]) && fz_is_upper(s[1]);
}

/* [A-Z0-9]+, optionally after "CC:" */
static inline int fz_format_document(const char *s, size_t n)
{
    size_t i = 0;
    if (n > 3 && s[2] == ':') {
        if (!fz_is_upper(s[0]) || !fz_is_upper(s[1]))
            return 0;
        i = 3;
    }
    if (i == n)
        return 0;
    for (; i < n; i++)
        if (!fz_is_upper(s[i]) && !fz_is_digit(s[i]))
            return 0;
    return 1;
}

/* \+?[0-9]{6,15}: E.164 allows at most 15 digits; fewer than 6 cannot be a
 * subscriber number anywhere. */
static inline int fz_format_phone(const char *s, size_t n)
{
    size_t i = n > 0 && s[0] == '+' ? 1 : 0;
    if (n - i < 6 || n - i > 15)
        return 0;
    for (; i < n; i++)
        if (!fz_is_digit(s[i]))
            return 0;
    return 1;
}

/* Lower case, no space or control character, a non-empty local part and
 * domain around the last '@' (a quoted local part may hold another '@'). */
static inline int fz_format_email(const char *s, size_t n)
{
    if (!fz_utf8_ok((const unsigned char *)s, n))
        return 0;
    size_t at = n;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || c == 0x7F || fz_is_upper((char)c))
            return 0;
        if (c == '@')
            at = i;
    }
    return at > 0 && at + 1 < n;
}

/* type:value; type lower-case ASCII, value case-folded without spaces,
 * dots or hyphens. */
static inline int fz_format_identifier(const char *s, size_t n)
{
    if (!fz_utf8_ok((const unsigned char *)s, n))
        return 0;
    const char *colon = memchr(s, ':', n);
    if (!colon || colon == s || (size_t)(colon - s) + 1 == n)
        return 0;
    for (const char *p = s; p < colon; p++)
        if (fz_is_upper(*p) || (unsigned char)*p >= 0x80 || *p == ' ')
            return 0;
    for (const char *p = colon + 1; p < s + n; p++)
        if ((unsigned char)*p <= ' ' || *p == '-' ||
            fz_is_upper(*p))
            return 0;
    return 1;
}

/* The normalising function under test: aka_normalize, or an engine's. */
typedef struct fz_ctx {
    const char *kind_name;
    aka_feature kind;
    aka_engine *engine; /* NULL: the stateless aka_normalize */
    fz_format format;
    int idempotent; /* 1: always; 2: only when the output starts with '+';
                     * 3: only when the input is ASCII */
} fz_ctx;

static inline aka_status fz_call(const fz_ctx *c, const char *in, size_t n,
                          char *buf, size_t cap, size_t *len)
{
    if (c->engine)
        return aka_engine_normalize(c->engine, c->kind, in, n, buf, cap, len);
    return aka_normalize(c->kind, in, n, buf, cap, len);
}

/* The canonical form of `in` checked against every rule above. Returns a
 * malloc'd copy of the output (NUL-terminated) on AKA_OK, else NULL. */
static inline char *fz_check_once(const fz_ctx *c, const char *in, size_t n,
                           size_t *out_len, aka_status *out_st)
{
    const char *k = c->kind_name;
    size_t big_cap = 8 * n + 64;
    char *big = malloc(big_cap);
    char small[FZ_SMALL_CAP];
    if (!big)
        abort();

    size_t len_big = (size_t)-1;
    aka_status st = fz_call(c, in, n, big, big_cap, &len_big);
    if (st == AKA_ERR_BUFFER) {
        /* Romanisation can outgrow 8 bytes per input byte only in theory;
         * if it does, the reported size must be enough. */
        if (len_big <= big_cap)
            fz_fail(k, "AKA_ERR_BUFFER with a length that fits");
        big_cap = len_big + 1;
        free(big);
        big = malloc(big_cap);
        if (!big)
            abort();
        st = fz_call(c, in, n, big, big_cap, &len_big);
        if (st == AKA_ERR_BUFFER)
            fz_fail(k, "AKA_ERR_BUFFER again with the reported size");
    }

    switch (st) {
    case AKA_OK: case AKA_ERR_UTF8: case AKA_ERR_PARSE: case AKA_ERR_LIMIT:
    case AKA_ERR_NOMEM:
        break;
    default:
        fz_fail(k, "status not documented for valid arguments");
    }
    if (st != AKA_ERR_NOMEM) {
        int bad_utf8 = !fz_utf8_ok((const unsigned char *)in, n);
        if (n > AKA_MAX_VALUE_BYTES) {
            if (st != AKA_ERR_LIMIT)
                fz_fail(k, "oversized input not AKA_ERR_LIMIT");
        } else if (bad_utf8 != (st == AKA_ERR_UTF8)) {
            fz_fail(k, bad_utf8 ? "invalid UTF-8 or NUL accepted"
                                : "valid UTF-8 rejected as AKA_ERR_UTF8");
        }
    }
    if (st == AKA_OK) {
        if (len_big == 0)
            fz_fail(k, "AKA_OK with an empty output");
        if (len_big >= big_cap || big[len_big] != '\0')
            fz_fail(k, "output not NUL-terminated");
        if (memchr(big, '\0', len_big))
            fz_fail(k, "NUL byte inside the output");
        if (!c->format(big, len_big))
            fz_fail(k, "output does not match the documented format");
    }

    /* Capacity 0 (the documented size query) and a small buffer must agree
     * with the large one. NOMEM may strike any call: skip the comparison. */
    size_t caps[2] = {0, FZ_SMALL_CAP};
    for (int i = 0; i < 2 && st != AKA_ERR_NOMEM; i++) {
        size_t len = (size_t)-1;
        memset(small, 0x5A, sizeof small);
        aka_status s2 = fz_call(c, in, n, caps[i] ? small : NULL, caps[i], &len);
        if (s2 == AKA_ERR_NOMEM)
            break;
        if (st != AKA_OK) {
            if (s2 != st)
                fz_fail(k, "error status depends on the buffer capacity");
            continue;
        }
        if (len != len_big)
            fz_fail(k, "reported length depends on the buffer capacity");
        if (len > caps[i]) {
            if (s2 != AKA_ERR_BUFFER)
                fz_fail(k, "output longer than capacity but not AKA_ERR_BUFFER");
        } else {
            if (s2 != AKA_OK)
                fz_fail(k, "output fits but the call failed");
            if (memcmp(small, big, len) != 0)
                fz_fail(k, "output differs between buffer sizes");
            if (len < caps[i] && small[len] != '\0')
                fz_fail(k, "small output not NUL-terminated");
        }
    }
    /* A retry with exactly the reported size (no room for the NUL) works. */
    if (st == AKA_OK) {
        char *exact = malloc(len_big);
        size_t len = 0;
        if (!exact)
            abort();
        aka_status s3 = fz_call(c, in, n, exact, len_big, &len);
        if (s3 != AKA_OK && s3 != AKA_ERR_NOMEM)
            fz_fail(k, "retry with the reported size failed");
        if (s3 == AKA_OK && (len != len_big || memcmp(exact, big, len) != 0))
            fz_fail(k, "retry with the reported size gave other bytes");
        free(exact);
    }

    *out_st = st;
    if (st != AKA_OK) {
        free(big);
        return NULL;
    }
    *out_len = len_big;
    return big;
}

/* Check one input, then (when the kind promises it) that its canonical form
 * is a fixed point. */
static inline void fz_check(const fz_ctx *c, const uint8_t *d, size_t n)
{
    size_t len = 0;
    aka_status st;
    char *out = fz_check_once(c, (const char *)d, n, &len, &st);
    if (!out)
        return;
    int ascii_in = 1;
    for (size_t i = 0; i < n; i++)
        ascii_in &= d[i] < 0x80;
    if (c->idempotent == 1 || (c->idempotent == 2 && out[0] == '+') ||
        (c->idempotent == 3 && ascii_in)) {
        size_t len2 = 0;
        aka_status st2;
        char *again = fz_check_once(c, out, len, &len2, &st2);
        if (st2 != AKA_ERR_NOMEM &&
            (!again || len2 != len || memcmp(again, out, len) != 0))
            fz_fail(c->kind_name, "normalising the output changes it");
        free(again);
    }
    free(out);
}

/* Run the stateless normaliser of one kind over the input. */
static inline void fz_check_kind(const char *name, aka_feature kind, fz_format format,
                          int idempotent, const uint8_t *d, size_t n)
{
    fz_ctx c = {name, kind, NULL, format, idempotent};
    fz_check(&c, d, n);
}

#endif
