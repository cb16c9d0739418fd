/* Other exact keys (AKA_IDENTIFIER): "TYPE:VALUE" becomes "type:value".
 *
 * The type is a word list key (case, accents and punctuation folded, then
 * spaces as '_': "Bank Account" is "bank_account"). The value is compared
 * exactly after NFKC case folding, with the characters people insert for
 * readability removed: spaces, hyphens and dots ("DE89 3704 0044",
 * "AB-123-CD") and the '@' in front of a handle. */
#include "normalize/normalize.h"

#include <string.h>

#include <unicode/uchar.h>

#include "unicode/fold.h"
#include "unicode/utf8.h"

/* Spaces and hyphens are how people group long numbers (IBANs, plates);
 * dots are kept because they carry meaning in handles ("john.doe" and
 * "johndoe" are different accounts) and addresses (192.168.0.1). */
static int drop_from_value(UChar32 cp)
{
    /* Control and format characters (zero-width space, soft hyphen) come
     * from pasted text and are never part of an identifier. */
    return cp == '-' || u_isUWhiteSpace(cp) ||
           u_charType(cp) == U_DASH_PUNCTUATION ||
           u_charType(cp) == U_CONTROL_CHAR || u_charType(cp) == U_FORMAT_CHAR;
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
    st = aka__sb_append(out, type.p, type.len);
    if (st == AKA_OK)
        st = aka__sb_append_char(out, ':');
    size_t from = out->len;
    int leading = 1, has_alnum = 0;
    for (size_t i = 0; st == AKA_OK && i < val.len;) {
        size_t start = i;
        UChar32 cp = (UChar32)aka__utf8_next(val.p, val.len, &i);
        if (drop_from_value(cp))
            continue;
        if (leading && cp == '@') {
            leading = 0;
            continue;
        }
        leading = 0;
        has_alnum |= u_isalnum(cp);
        st = aka__sb_append(out, val.p + start, i - start);
    }
    if (st == AKA_OK && (out->len == from || !has_alnum))
        st = aka__fail(err, AKA_ERR_PARSE,
                       "identifier: the value has no letter or digit");
done:
    aka__sb_free(&type);
    aka__sb_free(&val);
    return st;
}
