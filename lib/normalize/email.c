/* E-mail addresses (AKA_EMAIL): "local@domain", lower case.
 *
 * Accepted wrappings: surrounding whitespace, a "mailto:" URI (its
 * "?subject=..." part dropped) and the display form "Name <addr>". The
 * domain is checked label by label; an internationalised domain is turned
 * into its ASCII (punycode) form with UTS #46, so "user@bücher.de" and
 * "user@xn--bcher-kva.de" agree. The local part is lower-cased too: almost
 * every provider treats it case-insensitively and records differ in case
 * far more often than two people share an address up to case. Dots and
 * "+tags" are kept: what they mean depends on the provider. */
#include "normalize/normalize.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uidna.h>

#include "core/wordlist.h"
#include "normalize/missing.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

#define DOMAIN_MAX 253
#define LABEL_MAX 63

/* u_isUWhiteSpace, with ASCII (0x09..0x0D and the space) answered
 * without the call. */
static int is_white(UChar32 cp)
{
    if (cp < 0x80)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
    return u_isUWhiteSpace(cp);
}

static int is_space_at(const char *s, size_t len, size_t i, size_t *next)
{
    size_t j = i;
    UChar32 cp = (UChar32)aka__utf8_next(s, len, &j);
    if (!is_white(cp))
        return 0;
    *next = j;
    return 1;
}

/* Trim Unicode whitespace from both ends. */
static void trim(const char **s, size_t *len)
{
    size_t b = 0, e = *len, j;
    while (b < e && is_space_at(*s, e, b, &j))
        b = j;
    /* walk back to the start of the last code point */
    while (e > b) {
        size_t p = e - 1;
        while (p > b && ((unsigned char)(*s)[p] & 0xC0) == 0x80)
            p--;
        if (!is_space_at(*s, e, p, &j))
            break;
        e = p;
    }
    *s += b;
    *len = e - b;
}

static int ascii_ieq(const char *s, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if (ch != lit[i])
            return 0;
    }
    return 1;
}

/* Characters RFC 5322 keeps out of an unquoted local part, plus any space
 * or control character. Quoted local parts are not accepted. */
static int bad_local_char(UChar32 cp)
{
    if (cp < 0x80) {
        /* (in ASCII, White_Space and Cc are the controls and the space) */
        switch (cp) {
        case ' ': case 0x7F: case '(': case ')': case '<': case '>':
        case '[': case ']': case '\\': case ',': case ';': case ':':
        case '"': case '@':
            return 1;
        default:
            return cp < 0x20;
        }
    }
    return u_isUWhiteSpace(cp) || u_iscntrl(cp);
}

/* The domain d[0..n) with Turkish İ (U+0130) written as i, and the dot
 * above (U+0307) dropped after an I or i, into *out: UTS #46 maps İ to i
 * and the dot, as full case folding does, so that ŞİRKET.COM.TR, typed in
 * capitals, read as another domain than şirket.com.tr (aka__u16_normalize
 * folds local parts so). 0 when d holds neither, and nothing is copied. */
static int fold_dotted_i(const char *d, size_t n, aka__sb *out, aka_status *st)
{
    size_t k = 0;
    while (k + 1 < n && !(((unsigned char)d[k] == 0xC4 && (unsigned char)d[k + 1] == 0xB0) ||
                          ((unsigned char)d[k] == 0xCC && (unsigned char)d[k + 1] == 0x87)))
        k++;
    if (k + 1 >= n)
        return 0;
    *st = aka__sb_reserve(out, n);
    for (size_t i = 0; *st == AKA_OK && i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == 0xC4 && i + 1 < n && (unsigned char)d[i + 1] == 0xB0) {
            *st = aka__sb_append_char(out, 'i');
            i++;
        } else if (c == 0xCC && i + 1 < n && (unsigned char)d[i + 1] == 0x87 &&
                   out->len > 0 && (out->p[out->len - 1] | 32) == 'i') {
            i++;
        } else {
            *st = aka__sb_append_char(out, (char)c);
        }
    }
    return 1;
}

/* Append the ASCII form of the domain, checked, to out. */
static aka_status put_domain(const char *d, size_t n, aka__sb *out,
                             aka__err *err)
{
    aka__sb ascii = {0};
    aka_status st = AKA_OK;
    /* one trailing dot is the DNS root: "example.com." is "example.com" */
    if (n > 0 && d[n - 1] == '.')
        n--;
    aka__sb plain = {0};
    if (fold_dotted_i(d, n, &plain, &st)) {
        if (st != AKA_OK)
            goto done;
        d = plain.p ? plain.p : "";
        n = plain.len;
    }
    if (!aka__is_ascii(d, n)) {
        UErrorCode ue = U_ZERO_ERROR;
        UIDNA *idna = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII |
                                          UIDNA_CHECK_BIDI |
                                          UIDNA_CHECK_CONTEXTJ,
                                      &ue);
        if (U_FAILURE(ue)) {
            st = aka__fail(err, AKA_ERR_INTERNAL, "email: ICU cannot open UTS #46 (%s)",
                           u_errorName(ue));
            goto done;
        }
        UIDNAInfo info = UIDNA_INFO_INITIALIZER;
        char buf[DOMAIN_MAX + 8];
        int32_t m = uidna_nameToASCII_UTF8(idna, d, (int32_t)n, buf,
                                           (int32_t)sizeof buf, &info, &ue);
        uidna_close(idna);
        if (ue == U_BUFFER_OVERFLOW_ERROR || m > DOMAIN_MAX) {
            st = aka__fail(err, AKA_ERR_PARSE, "email: domain longer than %d characters",
                           DOMAIN_MAX);
            goto done;
        }
        if (U_FAILURE(ue) || info.errors != 0) {
            st = aka__fail(err, AKA_ERR_PARSE,
                           "email: domain is not a valid internationalised domain name");
            goto done;
        }
        st = aka__sb_append(&ascii, buf, (size_t)m);
        if (st != AKA_OK)
            goto done;
        d = ascii.p;
        n = ascii.len;
    }
    if (n > DOMAIN_MAX) {
        st = aka__fail(err, AKA_ERR_PARSE,
                       "email: domain longer than %d characters", DOMAIN_MAX);
        goto done;
    }
    size_t label = 0, dots = 0;
    for (size_t i = 0; i <= n; i++) {
        char ch = i < n ? d[i] : '.';
        if (ch == '.') {
            if (label == 0) {
                st = aka__fail(err, AKA_ERR_PARSE,
                               "email: empty label in the domain");
                goto done;
            }
            if (d[i - 1] == '-' || d[i - label] == '-') {
                st = aka__fail(err, AKA_ERR_PARSE,
                               "email: domain label starts or ends with '-'");
                goto done;
            }
            if (label > LABEL_MAX) {
                st = aka__fail(err, AKA_ERR_PARSE,
                               "email: domain label longer than %d",
                               LABEL_MAX);
                goto done;
            }
            dots += i < n;
            label = 0;
            continue;
        }
        int ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                 (ch >= '0' && ch <= '9') || ch == '-';
        if (!ok) {
            st = aka__fail(err, AKA_ERR_PARSE,
                           "email: domain may hold only letters, digits, "
                           "hyphens and dots");
            goto done;
        }
        label++;
    }
    if (dots == 0) {
        st = aka__fail(err, AKA_ERR_PARSE, "email: domain has no dot");
        goto done;
    }
    for (size_t i = 0; i < n && st == AKA_OK; i++) {
        char ch = d[i];
        st = aka__sb_append_char(out, (ch >= 'A' && ch <= 'Z')
                                          ? (char)(ch + 32) : ch);
    }
done:
    aka__sb_free(&ascii);
    aka__sb_free(&plain);
    return st;
}

/* The forms adverts write an address in to keep it from scrapers, and
 * what each stands for: "anna[at]mail.ru", "anna (at) mail (dot) ru",
 * "anna at mail dot ru". Matched without regard to case. */
static const struct {
    const char *form;
    char ch;
} obfuscations[] = {
    {"[at]", '@'}, {"(at)", '@'}, {"{at}", '@'}, {"<at>", '@'}, {" at ", '@'},
    {"[dot]", '.'}, {"(dot)", '.'}, {"{dot}", '.'}, {"<dot>", '.'}, {" dot ", '.'},
};

/* The address of s[0..n) with its obfuscations written as '@' and '.',
 * and the spaces around them dropped, into buf; 0 when it has none (or
 * has an '@' already: then nothing in it is read as one). */
static int unobfuscate(const char *s, size_t n, aka__sb *buf, aka_status *st)
{
    if (memchr(s, '@', n))
        return 0;
    int found = 0;
    *st = AKA_OK;
    for (size_t i = 0; i < n && *st == AKA_OK;) {
        size_t k = 0, fl = 0;
        for (; k < sizeof obfuscations / sizeof *obfuscations; k++) {
            fl = strlen(obfuscations[k].form);
            if (i + fl <= n && ascii_ieq(s + i, obfuscations[k].form, fl))
                break;
        }
        if (k == sizeof obfuscations / sizeof *obfuscations) {
            *st = aka__sb_append_char(buf, s[i++]);
            continue;
        }
        found |= obfuscations[k].ch == '@';
        while (buf->len > 0 && buf->p[buf->len - 1] == ' ')
            buf->len--;
        *st = aka__sb_append_char(buf, obfuscations[k].ch);
        for (i += fl; i < n && s[i] == ' ';)
            i++;
    }
    return found;
}

/* Words that name the field before the address ("E-mail: ..."); any
 * others before a colon are taken off too (aka__norm_email). */
static const char *const email_labels[] = {"e-mail:", "email:", "e mail:", "mail:"};

/* Local parts that forms put for a person with no address, or that are
 * nobody's mailbox (no-reply senders), in key form; with the words of
 * aka__missing_word ("none@", "n.a@", "unknown@"). */
static const char *const no_mailbox[] = {
    "noemail", "no email", "nomail", "no mail", "noreply", "no reply",
    "donotreply", "do not reply", "dontreply",
};

/* Domains typed for no address, and the top-level domains reserved for
 * tests and invalid names (RFC 2606, 6761). (example.com, reserved for
 * documentation, is left alone: documentation and tests, ours too, use it
 * for someone's address.) */
static const char *const no_domain[] = {
    "test.com", "none.com", "noemail.com", "nomail.com", "null.com",
    "unknown.com", "na.com",
};

static const char *const reserved_tld[] = {"invalid", "test", "localhost"};

/* Whether the canonical address a[0..n) is a blank filled in rather than
 * someone's mailbox ("none@none.com", "noemail@gmail.com",
 * "x@x.invalid"): every record of an export that fills its empty cells
 * so would share it as strong evidence. */
static int placeholder_address(const char *a, size_t n)
{
    const char *at = memchr(a, '@', n);
    if (!at)
        return 0;
    char key[64];
    size_t kn = aka__u_keyfold_ascii(a, (size_t)(at - a), key, sizeof key);
    if (kn != (size_t)-1 &&
        (aka__missing_word(key, kn) || AKA__LISTED(no_mailbox, key, kn)))
        return 1;
    const char *dom = at + 1;
    size_t dn = n - (size_t)(dom - a);
    if (AKA__LISTED(no_domain, dom, dn))
        return 1;
    const char *dot = NULL;
    for (size_t i = dn; i-- > 0;)
        if (dom[i] == '.') {
            dot = dom + i;
            break;
        }
    return dot && AKA__LISTED(reserved_tld, dot + 1, dn - (size_t)(dot + 1 - dom));
}

aka_status aka__norm_email(const char *in, size_t len, const aka__norm_opts *o,
                           aka__sb *out, aka__err *err)
{
    (void)o;
    const char *s = in;
    size_t n = len;
    trim(&s, &n);
    for (size_t k = 0; k < sizeof email_labels / sizeof *email_labels; k++) {
        size_t ll = strlen(email_labels[k]);
        if (n > ll && ascii_ieq(s, email_labels[k], ll)) {
            s += ll;
            n -= ll;
            trim(&s, &n);
            break;
        }
    }
    /* ... and in any language ("Correo: ...", "البريد الإلكتروني: ..."):
     * words before a colon and a space, the address after them (a colon
     * run into the address is no label: a:b@example.com is refused) */
    const char *colon = memchr(s, ':', n), *at_sign = memchr(s, '@', n);
    if (colon && at_sign && colon + 1 < at_sign && (colon[1] == ' ' || colon[1] == '\t') &&
        !memchr(s, '<', (size_t)(colon - s))) {
        n -= (size_t)(colon + 1 - s);
        s = colon + 1;
        trim(&s, &n);
    }
    aka__sb plain = {0};
    aka_status pst = AKA_OK;
    if (unobfuscate(s, n, &plain, &pst)) {
        aka_status st = aka__norm_email(plain.p, plain.len, o, out, err);
        aka__sb_free(&plain);
        return st;
    }
    aka__sb_free(&plain);
    if (pst != AKA_OK)
        return pst;
    /* "Name <addr>": the address is between the last '<' and a final '>' */
    if (n > 0 && s[n - 1] == '>') {
        const char *lt = NULL;
        for (size_t i = n - 1; i-- > 0;)
            if (s[i] == '<') {
                lt = s + i;
                break;
            }
        if (!lt)
            return aka__fail(err, AKA_ERR_PARSE,
                             "email: '>' without a matching '<'");
        n = (size_t)(s + n - 1 - (lt + 1));
        s = lt + 1;
        trim(&s, &n);
    }
    if (n >= 7 && ascii_ieq(s, "mailto:", 7)) {
        s += 7;
        n -= 7;
        const char *q = memchr(s, '?', n);
        if (q)
            n = (size_t)(q - s);
        trim(&s, &n);
    }
    const char *at = memchr(s, '@', n);
    if (!at)
        return aka__fail(err, AKA_ERR_PARSE, "email: no '@'");
    if (memchr(at + 1, '@', n - (size_t)(at - s) - 1))
        return aka__fail(err, AKA_ERR_PARSE, "email: more than one '@'");
    /* "anna @ mail.ru": spaces around the '@' */
    size_t ln = (size_t)(at - s);
    while (ln > 0 && s[ln - 1] == ' ')
        ln--;
    size_t dstart = (size_t)(at - s) + 1;
    while (dstart < n && s[dstart] == ' ')
        dstart++;
    if (ln == 0)
        return aka__fail(err, AKA_ERR_PARSE, "email: empty local part");
    for (size_t i = 0; i < ln;) {
        UChar32 cp = (UChar32)aka__utf8_next(s, ln, &i);
        if (bad_local_char(cp))
            return aka__fail(err, AKA_ERR_PARSE,
                             "email: space or forbidden character in the "
                             "local part");
    }
    const char *dom = s + dstart;
    size_t dn = n - dstart;
    if (dn == 0)
        return aka__fail(err, AKA_ERR_PARSE, "email: empty domain");
    for (size_t i = 0; i < dn;) {
        UChar32 cp = (UChar32)aka__utf8_next(dom, dn, &i);
        if (is_white(cp))
            return aka__fail(err, AKA_ERR_PARSE,
                             "email: space inside the domain");
    }

    aka_status st;
    size_t begin = out->len;
    if (aka__is_ascii(s, ln)) {
        st = aka__sb_reserve(out, ln + dn + 1);
        for (size_t i = 0; i < ln && st == AKA_OK; i++) {
            char ch = s[i];
            st = aka__sb_append_char(out, (ch >= 'A' && ch <= 'Z')
                                              ? (char)(ch + 32) : ch);
        }
    } else {
        /* SMTPUTF8 local part: full case folding (NFKC_Casefold) so that
         * "Дмитрий@" and "дмитрий@" agree */
        size_t from = out->len;
        st = aka__u_casefold(s, ln, out);
        /* folding must not create structure ("＠" becomes "@") */
        for (size_t i = from; st == AKA_OK && i < out->len;) {
            UChar32 cp = (UChar32)aka__utf8_next(out->p, out->len, &i);
            if (bad_local_char(cp))
                st = aka__fail(err, AKA_ERR_PARSE,
                               "email: forbidden character in the local part");
        }
        /* ... nor leave nothing (default-ignorable characters fold away) */
        if (st == AKA_OK && out->len == from)
            st = aka__fail(err, AKA_ERR_PARSE, "email: empty local part");
    }
    if (st == AKA_OK)
        st = aka__sb_append_char(out, '@');
    if (st == AKA_OK)
        st = put_domain(dom, dn, out, err);
    if (st == AKA_OK && placeholder_address(out->p + begin, out->len - begin)) {
        out->len = begin;
        st = aka__fail(err, AKA_ERR_PARSE,
                       "email: a placeholder address, no one's mailbox; leave "
                       "the field out instead");
    }
    return st;
}
