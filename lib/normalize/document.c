/* Identity document numbers (AKA_DOCUMENT): "CC:NUMBER" or "NUMBER", the
 * number in upper-case ASCII letters and digits.
 *
 * Document numbers are Latin letters and digits everywhere (ICAO 9303
 * machine-readable zones allow nothing else), but they are often typed by
 * hand on Cyrillic or Greek keyboards: "АВ123456" with Cyrillic А and В is
 * the same passport as "AB123456". Letters that look like Latin ones are
 * therefore read as those; any other non-Latin letter means the value is
 * not a document number. */
#include "normalize/normalize.h"

#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>

#include "unicode/fold.h"
#include "unicode/utf8.h"

#define DOCUMENT_MAX 64

/* Cyrillic and Greek letters, after case folding, and the upper-case Latin
 * letter their capital looks like. */
static const struct {
    uint32_t cp;
    char latin;
} lookalikes[] = {
    {0x0430, 'A'}, /* а */ {0x0432, 'B'}, /* в */ {0x0435, 'E'}, /* е */
    {0x043A, 'K'}, /* к */ {0x043C, 'M'}, /* м */ {0x043D, 'H'}, /* н */
    {0x043E, 'O'}, /* о */ {0x0440, 'P'}, /* р */ {0x0441, 'C'}, /* с */
    {0x0442, 'T'}, /* т */ {0x0443, 'Y'}, /* у */ {0x0445, 'X'}, /* х */
    {0x0455, 'S'}, /* ѕ */ {0x0456, 'I'}, /* і */ {0x0458, 'J'}, /* ј */
    {0x03B1, 'A'}, /* α */ {0x03B2, 'B'}, /* β */ {0x03B5, 'E'}, /* ε */
    {0x03B6, 'Z'}, /* ζ */ {0x03B7, 'H'}, /* η */ {0x03B9, 'I'}, /* ι */
    {0x03BA, 'K'}, /* κ */ {0x03BC, 'M'}, /* μ */ {0x03BD, 'N'}, /* ν */
    {0x03BF, 'O'}, /* ο */ {0x03C1, 'P'}, /* ρ */ {0x03C4, 'T'}, /* τ */
    {0x03C5, 'Y'}, /* υ */ {0x03C7, 'X'}, /* χ */
};

static char lookalike(uint32_t cp)
{
    for (size_t i = 0; i < sizeof lookalikes / sizeof lookalikes[0]; i++)
        if (lookalikes[i].cp == cp)
            return lookalikes[i].latin;
    return 0;
}

static aka_status too_long(aka__err *err)
{
    return aka__fail(err, AKA_ERR_PARSE,
                     "document: number longer than %d characters",
                     DOCUMENT_MAX);
}

static aka_status no_alnum(aka__err *err)
{
    return aka__fail(err, AKA_ERR_PARSE,
                     "document: no letters or digits in the number");
}

/* put_number of an ASCII value: its key form is its letters and digits
 * (lower case) with spaces between runs, so the same output is had by
 * keeping letters (upper-cased) and digits without building it. */
static aka_status put_ascii_number(const char *in, size_t len, aka__sb *out,
                                   aka__err *err)
{
    size_t from = out->len, count = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = in[i];
        if (ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 32);
        else if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9'))
            continue;
        if (++count > DOCUMENT_MAX)
            return too_long(err);
        aka_status st = aka__sb_append_char(out, ch);
        if (st != AKA_OK)
            return st;
    }
    return out->len == from ? no_alnum(err) : AKA_OK;
}

/* The number part: letters and digits kept, everything else dropped. */
static aka_status put_number(const char *in, size_t len, aka__sb *out,
                             aka__err *err)
{
    if (aka__is_ascii(in, len))
        return put_ascii_number(in, len, out, err);
    /* "№" would become the letters "no" under NFKC: it is punctuation here */
    aka__sb raw = {0}, key = {0};
    aka_status st = AKA_OK;
    for (size_t i = 0; i < len && st == AKA_OK;) {
        size_t start = i;
        uint32_t cp = aka__utf8_next(in, len, &i);
        st = cp == 0x2116 ? aka__sb_append_char(&raw, ' ')
                          : aka__sb_append(&raw, in + start, i - start);
    }
    /* key form: NFKC, case folded, Latin diacritics stripped, punctuation
     * and spaces reduced to single spaces */
    if (st == AKA_OK)
        st = aka__u_keyfold(raw.p ? raw.p : "", raw.len, &key);
    size_t from = out->len, count = 0;
    for (size_t i = 0; st == AKA_OK && i < key.len;) {
        uint32_t cp = aka__utf8_next(key.p, key.len, &i);
        char ch = 0;
        if (cp == ' ')
            continue;
        if (cp >= 'a' && cp <= 'z')
            ch = (char)(cp - 32);
        else if (cp >= '0' && cp <= '9')
            ch = (char)cp;
        else if (u_charType((UChar32)cp) == U_DECIMAL_DIGIT_NUMBER)
            ch = (char)('0' + u_charDigitValue((UChar32)cp));
        else if (!(ch = lookalike(cp))) {
            st = aka__fail(err, AKA_ERR_PARSE,
                           "document: letters other than Latin ones (or "
                           "Cyrillic and Greek letters that look like them)");
            break;
        }
        if (++count > DOCUMENT_MAX) {
            st = too_long(err);
            break;
        }
        st = aka__sb_append_char(out, ch);
    }
    if (st == AKA_OK && out->len == from)
        st = no_alnum(err);
    aka__sb_free(&raw);
    aka__sb_free(&key);
    return st;
}

aka_status aka__norm_document(const char *in, size_t len,
                              const aka__norm_opts *o, aka__sb *out,
                              aka__err *err)
{
    (void)o;
    const char *colon = memchr(in, ':', len);
    if (!colon)
        return put_number(in, len, out, err);
    size_t b = 0, e = (size_t)(colon - in);
    while (b < e && (in[b] == ' ' || in[b] == '\t'))
        b++;
    while (e > b && (in[e - 1] == ' ' || in[e - 1] == '\t'))
        e--;
    char cc[3];
    if (e == b || aka__country_lookup(in + b, e - b, cc) != AKA_OK)
        return aka__fail(err, AKA_ERR_PARSE,
                         "document: the part before ':' is not a known "
                         "country name or ISO 3166 code");
    aka_status st = aka__sb_append(out, cc, 2);
    if (st == AKA_OK)
        st = aka__sb_append_char(out, ':');
    if (st == AKA_OK)
        st = put_number(colon + 1, len - (size_t)(colon - in) - 1, out, err);
    return st;
}
