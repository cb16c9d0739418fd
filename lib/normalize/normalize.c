/* The public normalisation entry points and the dispatch to each kind. */
#include "normalize/normalize.h"

#include <string.h>

#include "normalize/missing.h"
#include "unicode/utf8.h"

static const struct {
    const char *name;
    aka__normalizer fn;
} kinds[] = {
    [AKA_NAME] = {"name", aka__norm_name},
    [AKA_GIVEN_NAME] = {"given_name", aka__norm_name},
    [AKA_FAMILY_NAME] = {"family_name", aka__norm_name},
    [AKA_DATE_OF_BIRTH] = {"date_of_birth", aka__norm_date},
    [AKA_GENDER] = {"gender", aka__norm_gender},
    [AKA_NATIONALITY] = {"nationality", aka__norm_nationality},
    [AKA_DOCUMENT] = {"document", aka__norm_document},
    [AKA_PHONE] = {"phone", aka__norm_phone},
    [AKA_EMAIL] = {"email", aka__norm_email},
    [AKA_ADDRESS] = {"address", aka__norm_text},
    [AKA_PLACE_OF_BIRTH] = {"place_of_birth", aka__norm_text},
    [AKA_IDENTIFIER] = {"identifier", aka__norm_identifier},
};

#define NKINDS (sizeof kinds / sizeof kinds[0])

const char *aka__kind_name(aka_feature kind)
{
    if (kind <= 0 || (size_t)kind >= NKINDS || !kinds[kind].name)
        return "value";
    return kinds[kind].name;
}

/* Kinds whose own rules know no words for a value not known: a value
 * they cannot read that is one ("NULL", "N/A", "unknown", as exports fill
 * empty cells) is said to be missing rather than misspelt. Names, gender
 * and nationality say so themselves; addresses and places are read as
 * names are. */
static int says_missing(aka_feature kind)
{
    return kind == AKA_DATE_OF_BIRTH || kind == AKA_DOCUMENT ||
           kind == AKA_PHONE || kind == AKA_EMAIL || kind == AKA_IDENTIFIER;
}

static int has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* Why the canonical value out[0..n) of a document, phone or identifier
 * is a blank filled in rather than a value, or NULL: a document without a
 * digit ("NULL", "N/A" or a label "PASSPORT": no document's number is
 * letters alone), a number of one digit repeated ("000000000", as forms
 * fill a number not known) or an identifier's value that is a word for
 * none ("tax:N/A"). Stored, every record of such an export would share it
 * as if it were one passport. */
static const char *blank_number(aka_feature kind, const char *out, size_t n)
{
    if (kind != AKA_DOCUMENT && kind != AKA_PHONE && kind != AKA_IDENTIFIER)
        return NULL;
    if (kind == AKA_DOCUMENT && !has_digit(out, n))
        return "no digit in the number";
    const char *v = out;
    const char *c = kind == AKA_PHONE ? NULL : memchr(out, ':', n);
    if (c)
        v = c + 1;
    else if (kind == AKA_PHONE && n > 0 && out[0] == '+')
        v = out + 1;
    size_t vn = n - (size_t)(v - out);
    if (aka__repeated_digit(v, vn))
        return "a number of one digit repeated is a placeholder for one not known";
    if (kind == AKA_IDENTIFIER && aka__missing_value(v, vn))
        return "the value marks a missing value";
    return NULL;
}

static int only_space(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' &&
            s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

aka_status aka__normalize(aka_feature kind, const char *in, size_t len,
                          const aka__norm_opts *o, aka__sb *out, aka__err *err)
{
    static const aka__norm_opts defaults = {""};
    if (kind <= 0 || (size_t)kind >= NKINDS || !kinds[kind].fn)
        return aka__fail(err, AKA_ERR_ARGUMENT, "unknown feature kind %d",
                         kind);
    const char *field = kinds[kind].name;
    if (!in && len > 0)
        return aka__fail(err, AKA_ERR_ARGUMENT, "%s: NULL input with length %zu",
                         field, len);
    if (len > AKA_MAX_VALUE_BYTES)
        return aka__fail(err, AKA_ERR_LIMIT,
                         "%s: value of %zu bytes exceeds the limit of %d",
                         field, len, AKA_MAX_VALUE_BYTES);
    aka_status st = aka__utf8_check(in, len, field, err);
    if (st != AKA_OK)
        return st;
    if (len == 0 || only_space(in, len))
        return aka__fail(err, AKA_ERR_PARSE, "%s: empty value", field);
    size_t at = out->len;
    st = kinds[kind].fn(in, len, o ? o : &defaults, out, err);
    const char *blank = st == AKA_OK && out->len > at
                            ? blank_number(kind, out->p + at, out->len - at)
                            : NULL;
    if (blank) {
        out->len = at;
        st = aka__fail(err, AKA_ERR_PARSE, "%s: %s; leave the field out instead",
                       field, blank);
    }
    if (st == AKA_ERR_PARSE && says_missing(kind) && aka__missing_value(in, len))
        st = aka__fail(err, st,
                       "%s: the value marks a missing value; leave the field "
                       "out instead",
                       field);
    if (st == AKA_OK && out->len == 0)
        st = aka__fail(err, AKA_ERR_PARSE, "%s: nothing left after normalisation",
                       field);
    if (st != AKA_OK)
        aka__err_default(err, st);
    return st;
}

aka_status aka_normalize(aka_feature kind, const char *in, size_t in_len,
                         char *buf, size_t cap, size_t *out_len)
{
    if (!out_len || (!buf && cap > 0))
        return AKA_ERR_ARGUMENT;
    *out_len = 0;
    aka__sb out = {0};
    aka_status st = aka__normalize(kind, in, in_len, NULL, &out, NULL);
    if (st == AKA_OK)
        st = aka__copy_out(out.p, out.len, buf, cap, out_len);
    aka__sb_free(&out);
    return st;
}
