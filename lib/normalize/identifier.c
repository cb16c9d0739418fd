/* Other exact keys (AKA_IDENTIFIER): "TYPE:VALUE" becomes "type:value".
 *
 * The type is a word list key (case, accents and punctuation folded, then
 * spaces as '_': "Bank Account" is "bank_account"). The value is compared
 * exactly after NFKC case folding, with the characters people insert for
 * readability removed: spaces, hyphens, dots between digits ("DE89 3704
 * 0044", "AB-123-CD", "12.345.678-5") and the '@' in front of a handle.
 * A Chilean RUT and a Swedish personnummer keep one form of their
 * numbers (normalize/national_id.h), a check character in brackets at
 * the end loses them (a Hong Kong identity card's A123456(3) is
 * A1234563), and a Mongolian register number is spelled in Latin
 * letters (normalize/mn_register.h). */
#include "normalize/normalize.h"

#include <string.h>

#include <unicode/uchar.h>

#include "normalize/mn_register.h"
#include "normalize/national_id.h"
#include "unicode/digit.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

/* Spaces and hyphens are how people group long numbers (IBANs, plates);
 * dots between digits too (Chilean RUT 12.345.678-5, Brazilian CPF
 * 123.456.789-09, Swiss AHV 756.1234.5678.97), but no other dots: they
 * carry meaning in handles ("john.doe" and "johndoe" are different
 * accounts), and an IPv4 address (192.168.0.1) keeps its own (ipv4). */
static int drop_from_value(UChar32 cp)
{
    /* Control and format characters (zero-width space, soft hyphen) come
     * from pasted text and are never part of an identifier. */
    return cp == '-' || u_isUWhiteSpace(cp) ||
           u_charType(cp) == U_DASH_PUNCTUATION ||
           u_charType(cp) == U_CONTROL_CHAR || u_charType(cp) == U_FORMAT_CHAR;
}

/* Whether v[0..n) is four groups of one to three digits joined by dots. */
static int ipv4(const char *v, size_t n)
{
    int groups = 0;
    for (size_t i = 0; i < n;) {
        size_t d = 0;
        while (i < n && aka__ascii_digit(v[i]) && d < 4)
            i++, d++;
        if (d == 0 || d > 3 || ++groups > 4)
            return 0;
        if (i < n && v[i++] != '.')
            return 0;
        if (i == n && v[n - 1] == '.')
            return 0;
    }
    return groups == 4;
}

/* Whether the value's last character is written apart after a hyphen
 * (12.345.678-5, 12345678 - K): a check character. */
static int check_apart(const char *v, size_t n)
{
    while (n > 0 && v[n - 1] == ' ')
        n--;
    if (n < 2)
        return 0;
    n--; /* the last character (ASCII when it is a check character) */
    while (n > 0 && v[n - 1] == ' ')
        n--;
    return n > 0 && v[n - 1] == '-';
}

/* Whether v[0..n) ends in one letter or digit in round brackets: a check
 * character set apart, as a Hong Kong identity card prints its own. */
static int bracketed_check(const char *v, size_t n)
{
    return n >= 4 && v[n - 3] == '(' && v[n - 1] == ')' &&
           ((v[n - 2] >= '0' && v[n - 2] <= '9') || (v[n - 2] >= 'a' && v[n - 2] <= 'z'));
}

/* The value out->p[from..) in its one form: a bracketed check character
 * without its brackets, a Mongolian register number in Latin letters. */
static void settle_value(aka__sb *out, size_t from)
{
    char *v = out->p + from;
    size_t n = out->len - from;
    if (bracketed_check(v, n)) {
        v[n - 3] = v[n - 2];
        n -= 2;
    }
    char mn[AKA__MN_REGISTER_MAX];
    size_t m = aka__mn_register(v, n, mn);
    if (m) {
        memcpy(v, mn, m); /* never longer: each letter took two bytes */
        n = m;
    }
    out->len = from + n;
    out->p[out->len] = '\0';
}

aka_status aka__norm_identifier(const char *in, size_t len,
                                const aka__norm_opts *o, aka__sb *out,
                                aka__err *err)
{
    (void)o;
    const char *colon = memchr(in, ':', len);
    if (!colon)
        return aka__fail(err, AKA_ERR_PARSE,
                         "identifier: expected TYPE:VALUE");
    aka__sb type = {0}, val = {0};
    aka_status st = aka__u_keyfold(in, (size_t)(colon - in), &type);
    if (st != AKA_OK)
        goto done;
    if (type.len == 0) {
        st = aka__fail(err, AKA_ERR_PARSE, "identifier: empty type");
        goto done;
    }
    for (size_t i = 0; i < type.len; i++) {
        char ch = type.p[i];
        if (ch == ' ')
            type.p[i] = '_';
        else if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) {
            st = aka__fail(err, AKA_ERR_PARSE,
                           "identifier: type must be Latin letters, digits "
                           "and '_'");
            goto done;
        }
    }
    size_t rest = len - (size_t)(colon - in) - 1;
    st = aka__u_casefold(colon + 1, rest, &val);
    if (st != AKA_OK)
        goto done;
    const char *national = aka__national_id_type(type.p, type.len);
    st = national ? aka__sb_append(out, national, strlen(national))
                  : aka__sb_append(out, type.p, type.len);
    if (st == AKA_OK)
        st = aka__sb_append_char(out, ':');
    size_t from = out->len;
    int leading = 1, has_alnum = 0, keep_dots = ipv4(val.p, val.len);
    for (size_t i = 0; st == AKA_OK && i < val.len;) {
        size_t start = i;
        UChar32 cp = (UChar32)aka__utf8_next(val.p, val.len, &i);
        if (drop_from_value(cp))
            continue;
        if (cp == '.' && !keep_dots && start > 0 && aka__ascii_digit(val.p[start - 1]) &&
            i < val.len && aka__ascii_digit(val.p[i]))
            continue;
        if (leading && cp == '@') {
            leading = 0;
            continue;
        }
        leading = 0;
        has_alnum |= u_isalnum(cp);
        /* Digits of other scripts as ASCII ones, as documents read them:
         * an iqama typed ٢١٢٣٤٥٦٧٨٩ on an Arabic keyboard, an Aadhaar in
         * Devanagari, are the numbers their ASCII forms are (NFKC keeps
         * them) */
        int32_t dv = cp >= 0x80 ? aka__digit_value((uint32_t)cp) : -1;
        st = dv >= 0 ? aka__sb_append_char(out, (char)('0' + dv))
                     : aka__sb_append(out, val.p + start, i - start);
    }
    if (st == AKA_OK && national) {
        out->len = from + aka__national_id_value(national, out->p + from,
                                                 out->len - from,
                                                 check_apart(val.p, val.len));
        out->p[out->len] = '\0';
    }
    if (st == AKA_OK)
        settle_value(out, from);
    if (st == AKA_OK && (out->len == from || !has_alnum))
        st = aka__fail(err, AKA_ERR_PARSE,
                       "identifier: the value has no letter or digit");
done:
    aka__sb_free(&type);
    aka__sb_free(&val);
    return st;
}
