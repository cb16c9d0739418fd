/* Phone numbers (AKA_PHONE): "+" and digits (E.164) when the country code
 * is known, digits only otherwise.
 *
 * The value is read in one pass over its NFKC case-folded form (so that
 * full-width digits, "＋" and "EXT" need no special cases): digits of any
 * script are kept, separators are skipped, an extension ends the number.
 * The country code is known when the value starts with "+" or an
 * international prefix, or when the engine has a default country: then the
 * national trunk prefix is replaced by that country's calling code. */
#include "normalize/normalize.h"

#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>

#include "core/wordlist.h"
#include "normalize/ar_mobile.h"
#include "normalize/calling_codes.h"
#include "normalize/missing.h"
#include "normalize/remark.h"
#include "normalize/several.h"
#include "unicode/digit.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

/* E.164 allows at most 15 digits; fewer than 6 is no subscriber number
 * anywhere (the shortest national numbers, e.g. Niue's, have 4 digits
 * after a 3-digit code: 7). */
#define PHONE_MIN_DIGITS 6
#define PHONE_MAX_DIGITS 15
/* A number without + or 00 that opens with the default country's code
 * and would make this many digits as a national number is international
 * (read_phone). Numbers written in E.164 are mostly 11 to 13 digits; a
 * Brazilian number of area code 55 (55 99123 4567) stays national. */
#define INTL_UNSAID_DIGITS 14
/* Room for digits while reading: more than the limit is rejected later,
 * but reading on lets the message say "too many" rather than "bad". */
#define PHONE_BUF 64

/* Whether n digits that open with c's calling code are that code and a
 * national number rather than a national number alone: the country's
 * numbers are never n digits long, and are n less the code's
 * (aka__calling_code_lengths): 79161234567 with RU, whose numbers have
 * ten digits; 84912345678 with VN. */
static int code_unsaid(const aka__calling_code *c, size_t n)
{
    unsigned lo, hi;
    size_t cl = strlen(c->code);
    return aka__calling_code_lengths(c, &lo, &hi) && (n < lo || n > hi) && n > cl &&
           n - cl >= lo && n - cl <= hi;
}

/* Words that introduce an extension (already case-folded). */
static const char *const ext_words[] = {
    "ext", "extn", "extension", "x", "доб", "вн", "poste", "durchwahl",
    /* Chinese 转 ("put through to"), 分机; Japanese 内線; Korean 내선 */
    "转", "轉", "分机", "分機", "内线", "内線", "내선",
};

/* ICU's answers for ASCII, without the calls (a phone number is a dozen
 * characters, each asked about two or three times): White_Space is
 * 0x09..0x0D and the space, the only dash punctuation is '-', the only
 * decimal digits are 0..9 and the only letters A..Z, a..z. */
static int is_separator(UChar32 cp)
{
    if (cp < 0x80)
        return cp == '-' || cp == '.' || cp == '/' || cp == '(' || cp == ')' ||
               cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
    switch (cp) {
    case '-': case '.': case '/': case '(': case ')':
        return 1;
    default:
        return u_isUWhiteSpace(cp) || u_charType(cp) == U_DASH_PUNCTUATION;
    }
}

static int is_letter(UChar32 cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    /* (a vowel sign or another mark is part of its word: โทร, मोबाइल) */
    return u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK);
}

/* Words that name the line or the app it is reached on, as case files
 * write them beside the number ("mob. 050 ...", "WhatsApp: +234 ...",
 * "+7 912 ... (Viber)", "тел.", "جوال"); already case-folded. Before
 * the number any words are read as its label (read_digits); these are
 * the ones that may also follow it. */
static const char *const label_words[] = {
    "tel", "tél", "telephone", "téléphone", "telefon", "telefono", "teléfono",
    "phone", "ph", "mob", "mobile", "cell", "cellphone", "celular", "cel",
    "handy", "movil", "móvil", "no", "nr", "num", "number", "numéro",
    "número", "whatsapp", "wa", "viber", "telegram", "tg", "signal", "imo",
    "wechat", "line", "botim", "т", "тел", "телефон", "моб", "мобильный",
    "мобільний", "сот", "هاتف", "جوال", "موبايل", "واتساب", "واتس", "فايبر",
};

static int is_ext_word(const char *w, size_t n)
{
    return AKA__LISTED(ext_words, w, n);
}

static int is_label_word(const char *w, size_t n)
{
    return AKA__LISTED(label_words, w, n);
}

/* Whether d[0..n) opens with the non-empty p. */
static int starts_with(const char *d, size_t n, const char *p)
{
    size_t pn = strlen(p);
    return pn > 0 && n >= pn && memcmp(d, p, pn) == 0;
}

/* A WhatsApp link ("wa.me/2348031234567", "https://api.whatsapp.com/send?
 * phone=2348031234567&text=..."), as online advertisements and chats give
 * a number: the link always holds the number in its international form,
 * without its +. Its digits' span into [*from, *to); 0 when s[0..len) is
 * no such link. */
static int whatsapp_link(const char *s, size_t len, size_t *from, size_t *to)
{
    static const char *const paths[] = {"wa.me/", "api.whatsapp.com/send?phone=",
                                        "whatsapp.com/send?phone=",
                                        "web.whatsapp.com/send?phone="};
    size_t i = starts_with(s, len, "https://") ? 8 : starts_with(s, len, "http://") ? 7 : 0;
    i += starts_with(s + i, len - i, "www.") ? 4 : 0;
    for (size_t k = 0; k < sizeof paths / sizeof paths[0]; k++) {
        if (!starts_with(s + i, len - i, paths[k]))
            continue;
        size_t e = i + strlen(paths[k]);
        if (e < len && s[e] == '+')
            e++;
        size_t d = e;
        while (e < len && s[e] >= '0' && s[e] <= '9')
            e++;
        /* the number ends the link, or a query or path follows it */
        if (e == d || (e < len && s[e] != '?' && s[e] != '&' && s[e] != '/'))
            return 0;
        *from = d;
        *to = e;
        return 1;
    }
    return 0;
}

/* Whether the label l[0..n) before a number may name its country: three
 * letters or more (Kenya, USA, Україна), or UK. */
static int label_names_country(const char *l, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n;) {
        UChar32 cp = (UChar32)aka__utf8_next(l, n, &i);
        letters += u_isalpha(cp) != 0;
    }
    return letters >= 3 ||
           (n == 2 && (l[0] | 32) == 'u' && (l[1] | 32) == 'k');
}

typedef struct phone_read {
    char d[PHONE_BUF];
    size_t n;     /* digits kept (may exceed PHONE_BUF: then only counted) */
    int plus;     /* the value started with "+" */
    size_t zero;  /* index of a digit written alone in parentheses as "(0)",
                   * or SIZE_MAX */
    size_t label_from, label_to; /* the words before the number (none:
                                  * equal) */
} phone_read;

static aka_status read_digits(const char *s, size_t len, phone_read *r,
                              aka__err *err)
{
    size_t i = 0;
    r->n = 0;
    r->plus = 0;
    r->zero = SIZE_MAX;
    r->label_from = r->label_to = 0;
    /* RFC 3966 URIs: "tel:+380...". A global number's parameters after
     * ';' (";ext=12", ";isub=...") are no part of it; a local one's
     * phone-context would be, and is not read. */
    if (len >= 4 && memcmp(s, "tel:", 4) == 0) {
        i = 4;
        const char *semi = len > 5 && s[4] == '+' ? memchr(s + 5, ';', len - 5) : NULL;
        if (semi)
            len = (size_t)(semi - s);
    }
    size_t wa_from, wa_to;
    if (whatsapp_link(s, len, &wa_from, &wa_to)) {
        r->plus = 1;
        i = wa_from;
        len = wa_to;
    }
    int in_paren = 0, ext = 0;
    /* labelled: a label word came before the number; closed: one came
     * after it, and only more labels and separators may follow */
    int labelled = 0, closed = 0;
    size_t paren_start = 0;
    while (i < len) {
        size_t start = i;
        UChar32 cp = (UChar32)aka__utf8_next(s, len, &i);
        int32_t dv = aka__digit_value((uint32_t)cp);
        if (dv >= 0 && dv <= 9) {
            if (ext)
                continue;
            if (closed)
                return aka__fail(err, AKA_ERR_PARSE,
                                 "phone: digits after the label that ends "
                                 "the number (one number a value)");
            if (r->n < PHONE_BUF)
                r->d[r->n] = (char)('0' + dv);
            r->n++;
            continue;
        }
        if (ext) {
            /* the extension number itself: digits and separators only */
            if (is_separator(cp) || cp == ':' || cp == '#')
                continue;
            return aka__fail(err, AKA_ERR_PARSE,
                             "phone: unexpected character in the extension");
        }
        if (cp == '+') {
            /* (a plus doubled by a slip, "++380 ...", is one) */
            if (r->plus && r->n == 0 && start > 0 && s[start - 1] == '+')
                continue;
            if (r->n > 0 || r->plus)
                return aka__fail(err, AKA_ERR_PARSE,
                                 "phone: '+' is allowed only at the start");
            r->plus = 1;
            continue;
        }
        if (cp == '(') {
            if (in_paren)
                return aka__fail(err, AKA_ERR_PARSE,
                                 "phone: nested parentheses");
            in_paren = 1;
            paren_start = r->n;
            continue;
        }
        if (cp == ')') {
            if (!in_paren)
                return aka__fail(err, AKA_ERR_PARSE,
                                 "phone: unbalanced parentheses");
            in_paren = 0;
            /* "+44 (0)20 ...": a lone 0 in parentheses is the trunk
             * prefix, shown for national callers only */
            if (r->n == paren_start + 1 && r->n <= PHONE_BUF &&
                r->d[paren_start] == '0' && r->zero == SIZE_MAX)
                r->zero = paren_start;
            continue;
        }
        if (is_separator(cp))
            continue;
        /* "Viber: 380 ...", "手机：138 ..." */
        if ((cp == ':' || cp == 0xFF1A) && labelled && r->n == 0)
            continue;
        if (cp == '#' || is_letter(cp)) {
            size_t wend = start;
            if (cp != '#') {
                /* the whole run of letters must be a label or an
                 * extension word */
                size_t j = start;
                while (j < len) {
                    size_t k = j;
                    UChar32 c2 = (UChar32)aka__utf8_next(s, len, &k);
                    if (!is_letter(c2))
                        break;
                    j = k;
                }
                wend = j;
                /* Before the number any words are its label, in any
                 * language ("HP:", "ĐT:", "手机：", "موبایل:", "WhatsApp
                 * only"); after it only the listed ones close it. */
                if ((r->n == 0 && !r->plus) || is_label_word(s + start, wend - start)) {
                    i = wend;
                    if (r->n == 0 && !r->plus) {
                        if (!labelled)
                            r->label_from = start;
                        r->label_to = wend;
                        labelled = 1;
                    } else {
                        closed = 1;
                    }
                    continue;
                }
                if (closed || !is_ext_word(s + start, wend - start))
                    return aka__fail(err, AKA_ERR_PARSE,
                                     "phone: letters are not allowed "
                                     "(except an extension marker)");
                i = wend;
            }
            if (r->n == 0)
                return aka__fail(err, AKA_ERR_PARSE,
                                 "phone: extension without a number");
            ext = 1;
            continue;
        }
        return aka__fail(err, AKA_ERR_PARSE,
                         "phone: unexpected character at byte %zu", start);
    }
    if (in_paren)
        return aka__fail(err, AKA_ERR_PARSE, "phone: unbalanced parentheses");
    if (r->n > PHONE_BUF)
        return aka__fail(err, AKA_ERR_PARSE,
                         "phone: more than %d digits", PHONE_MAX_DIGITS);
    return AKA_OK;
}

/* Where a remark in parentheses after the number starts, when it is
 * letters only ("0917 123 4567 (Globe)", "+7 912 ... (WhatsApp,
 * Telegram)": the network, the apps): f[0..result) is the value without
 * it; fn when there is none. */
static size_t before_remark(const char *f, size_t fn)
{
    size_t open, close;
    if (!aka__trailing_parens(f, fn, &open, &close))
        return fn;
    int letters = 0, digits = 0;
    for (size_t i = open + 1; i < close;) {
        UChar32 cp = (UChar32)aka__utf8_next(f, close, &i);
        if (is_letter(cp))
            letters = 1;
        else if (cp != ',' && cp != '&' && cp != '.' && cp != '-' && cp != ' ')
            return fn;
    }
    for (size_t i = 0; i < open && !digits;)
        digits = aka__digit_value(aka__utf8_next(f, open, &i)) >= 0;
    return letters && digits ? open : fn;
}

/* Letters OCR and typing slips write for the digit they look like: O
 * and o for 0, l and I for 1 (not L or i, which look like none). */
static char lookalike_digit(char c)
{
    return c == 'O' || c == 'o' ? '0' : c == 'l' || c == 'I' ? '1' : 0;
}

/* OCR and typing slips ("O67 l23 45 67", "+38O 5O l23 4567"): the
 * letters of lookalike_digit in the ASCII value in[0..fn), read as their
 * digits in place in its folded copy f when the value is otherwise
 * digits and separators, no group of it has more such letters than
 * digits (a word, "Oil", "lol", is no slip) and the whole has twice as
 * many digits as letters at least; 1 when a letter was read. */
static int lookalike_digits(const char *in, char *f, size_t fn)
{
    size_t letters = 0, digits = 0, all_letters = 0, all_digits = 0;
    for (size_t i = 0; i <= fn; i++) {
        char c = i < fn ? in[i] : ' ';
        if (c >= '0' && c <= '9') {
            digits++;
        } else if (lookalike_digit(c)) {
            letters++;
        } else if (c == '+' || (!(c & 0x80) && is_separator((UChar32)c))) {
            if (letters > digits)
                return 0;
            all_letters += letters;
            all_digits += digits;
            letters = digits = 0;
        } else {
            return 0;
        }
    }
    if (all_letters == 0 || all_digits < 2 * all_letters)
        return 0;
    for (size_t i = 0; i < fn; i++)
        if (lookalike_digit(in[i]))
            f[i] = lookalike_digit(in[i]);
    return 1;
}

/* Whether the first part of f[0..fn) before a slash (or another
 * separator of aka__numbers_apart) is an area code with what comes
 * before it ("033056/123456", "+49 6221/123456"): it opens with + or 0
 * and has at most 7 digits. The slash then sets no two numbers apart. */
static int area_before_slash(const char *f, size_t fn)
{
    size_t digits = 0;
    char first = 0;
    for (size_t i = 0; i < fn; i++) {
        char c = f[i];
        if (c == '/' || c == ',' || c == ';' || c == '|')
            break;
        if (!first && (c == '+' || (c >= '0' && c <= '9')))
            first = c;
        digits += c >= '0' && c <= '9';
    }
    return (first == '+' || first == '0') && digits <= 7;
}

/* A prefix of old written after calling code d[0..cl) of the digits
 * d[0..n) (aka__calling_code_extra_prefix, one digit), read on the digits
 * as they are written out, the 0 in parentheses at `zero` (SIZE_MAX for
 * none) left out: the output, read again, is read alike (+7 8(0)2 ...
 * kept its 8 and lost its 0, and then lost the 8 when read again). Its
 * place into *at, *len. */
static void after_code_prefix(const char *d, size_t n, size_t cl, size_t zero, size_t *at,
                              size_t *len)
{
    char code[4] = {0}, rest[32];
    if (cl >= sizeof code)
        return;
    memcpy(code, d, cl);
    size_t rn = 0, first = SIZE_MAX;
    for (size_t i = cl; i < n; i++) {
        if (i == zero)
            continue;
        if (rn == sizeof rest)
            return;
        if (first == SIZE_MAX)
            first = i;
        rest[rn++] = d[i];
    }
    if (first != SIZE_MAX &&
        aka__calling_code_extra_prefix(code, rest, rn, AKA__PREFIX_AFTER_CODE) == 1) {
        *at = first;
        *len = 1;
    }
}

/* The prefix a caller in country c dials to reach another country, when it
 * is not "00" and our digits start with it. */
static size_t other_intl_prefix(const aka__calling_code *c, const char *d,
                                size_t n)
{
    if (!c)
        return 0;
    if (aka__calling_code_is_nanp(c) && starts_with(d, n, "011"))
        return 3;
    /* Russia, Kazakhstan, Belarus and Central Asia: 8, dial tone, 10 */
    if (strcmp(c->trunk, "8") == 0 || strcmp(c->trunk, "80") == 0)
        if (starts_with(d, n, "810"))
            return 3;
    return 0;
}

/* Kosovo's mobile numbers before it had a calling code of its own (2017):
 * Vala's under Monaco's +377 (44, 45), IPKO's and Z Mobile's under
 * Slovenia's +386 (49, 43), eight digits each. Records kept since write
 * both: the number from out->p + at on is rewritten with +383, where
 * the operators moved them. (Monaco's own numbers open with 6 or 9,
 * Slovenia's mobiles with 3, 4 but not 43 or 49, 5, 6 or 7.) */
static void kosovo_legacy(aka__sb *out, size_t at)
{
    static const char *const old[] = {"+37744", "+37745", "+38649", "+38643"};
    if (out->len - at != 12)
        return;
    for (size_t k = 0; k < sizeof old / sizeof old[0]; k++)
        if (memcmp(out->p + at, old[k], 6) == 0) {
            memcpy(out->p + at + 1, "383", 3);
            return;
        }
}

aka_status aka__norm_phone(const char *in, size_t len, const aka__norm_opts *o,
                           aka__sb *out, aka__err *err)
{
    size_t start = out->len;
    aka__sb folded = {0};
    char low[128];
    char *f = low;
    size_t fn = len;
    aka_status st = AKA_OK;
    if (len < sizeof low && aka__is_ascii(in, len)) {
        /* NFKC_Casefold changes nothing in ASCII but capitals */
        for (size_t i = 0; i < len; i++)
            low[i] = (in[i] >= 'A' && in[i] <= 'Z') ? (char)(in[i] + 32) : in[i];
    } else {
        st = aka__u_casefold(in, len, &folded);
        if (st != AKA_OK)
            goto done;
        fn = folded.p ? folded.len : 0;
        f = folded.p ? folded.p : low;
    }
    if (aka__numeric_date(f, fn)) {
        st = aka__fail(err, AKA_ERR_PARSE, "phone: a date, not a phone number");
        goto done;
    }
    fn = before_remark(f, fn);
    if (f == low)
        lookalike_digits(in, f, fn);
    phone_read r;
    st = read_digits(f, fn, &r, err);
    /* a form's field of a person's phones ("+7 495 123-45-67 / +7 916 123
     * 45 67"): the message says so rather than naming the character
     * where reading stopped; read whole, two national numbers set apart
     * by a slash ("712345 / 765432") made one no one has */
    if ((st == AKA_ERR_PARSE || (st == AKA_OK && !area_before_slash(f, fn))) &&
        aka__numbers_apart(f, fn, 6, 0, SIZE_MAX) >= 2)
        st = aka__fail(err, AKA_ERR_PARSE, "phone: two numbers in one value; give "
                                           "each as a value of its own");
    if (st != AKA_OK)
        goto done;

    const aka__calling_code *c =
        (o && o->default_country[0]) ? aka__calling_code_find(o->default_country)
                                     : NULL;
    /* a country named before the number is its country ("Kenya 0712
     * 345678", as an NGO's sheet writes it), over the default; named, not
     * coded: two letters before a number are the label's abbreviation
     * far more often than a country's code (Ph, Tf, Tm, İş: phone,
     * teléfono, telemóvel, work; they read as the Philippines, the French
     * Southern Territories, Turkmenistan and Iceland), but for UK */
    char named[3];
    if (label_names_country(f + r.label_from, r.label_to - r.label_from) &&
        aka__country_lookup(f + r.label_from, r.label_to - r.label_from, named) == AKA_OK)
        c = aka__calling_code_find(named);
    const char *d = r.d;
    size_t n = r.n;
    size_t zero = r.zero;
    size_t trunk_at = SIZE_MAX, trunk_n = 0; /* trunk 0s after the code, left out */
    int intl = r.plus;
    const char *cc = "";
    if (!intl) {
        size_t skip = starts_with(d, n, "00") ? 2 : other_intl_prefix(c, d, n);
        if (skip) {
            intl = 1;
        } else if (c && starts_with(d, n, c->code) && !starts_with(d, n, c->trunk) &&
                   (n + strlen(c->code) >= INTL_UNSAID_DIGITS || code_unsaid(c, n))) {
            /* the country's own code without its + (380671234567 where
             * the default is UA, as messengers export numbers): read as
             * the national number it would make, it is 14 digits or more,
             * which E.164 numbers hardly are, or of a length the
             * country's numbers never have (79161234567 where the default
             * is RU); the code is not doubled */
            intl = 1;
        } else if (c) {
            if (aka__calling_code_extra_prefix(c->code, d, n, AKA__PREFIX_FOREIGN)) {
                st = aka__fail(err, AKA_ERR_PARSE,
                               "phone: a national number in another country's "
                               "form (its trunk prefix), not the default "
                               "country's");
                goto done;
            }
            /* national number: trunk prefix off (or a prefix of old,
             * calling_codes.c), calling code on */
            if ((skip = aka__calling_code_extra_prefix(c->code, d, n,
                                                       AKA__PREFIX_NATIONAL)) > 0)
                ;
            else if (starts_with(d, n, c->trunk))
                skip = strlen(c->trunk);
            else if (starts_with(d, n, c->trunk2))
                skip = strlen(c->trunk2);
            cc = c->code;
            zero = SIZE_MAX;
        }
        d += skip;
        n -= skip;
        zero = zero == SIZE_MAX || zero < skip ? SIZE_MAX : zero - skip;
    }
    if (intl && n > 1) {
        /* The trunk prefix written after the calling code, in parentheses
         * or not (+44 (0)20 ..., +44 07700 ..., +380 067 ...), by a hand
         * that copied the national form: dropped where the code's
         * territories all dial 0 before numbers that never open with it;
         * kept where it is part of the number (+39 (0)6 ..., Rome). */
        size_t cl;
        int zt = aka__calling_code_zero_trunk(d, n, &cl);
        if (zt && cl < n && d[cl] == '0') {
            /* every 0 there, in parentheses or not: the number opens with
             * none, and its output, read again, stays as it is */
            trunk_at = cl;
            while (trunk_at + trunk_n < n && d[trunk_at + trunk_n] == '0')
                trunk_n++;
            if (zero >= trunk_at && zero < trunk_at + trunk_n)
                zero = SIZE_MAX; /* (the same 0) */
        }
        /* a 0 in parentheses inside the code or after no known code, or
         * where the 0 is the number's own, is no trunk prefix (left out,
         * it could make a code the output would be read by again) */
        if (zero != SIZE_MAX && (cl == 0 || zero < cl || (!zt && zero == cl)))
            zero = SIZE_MAX;
        /* a prefix of old after the code (+7 8 916 ..., +52 1 55 ...),
         * where it is no part of the number: dropped as the trunk 0 is */
        if (!zt && cl > 0 && cl < n)
            after_code_prefix(d, n, cl, zero, &trunk_at, &trunk_n);
    }
    /* An Argentine mobile as dialled at home, 15 after the area code (011
     * 15 2345-6789, or +54 11 15 ... by a hand that copied that form):
     * its international form is +54 9, the area code and the number. */
    char ar[PHONE_BUF];
    size_t ar_at = cc[0] ? 0 : 2; /* where its digits after +54 begin */
    if (cc[0] ? strcmp(cc, "54") == 0 : intl && starts_with(d, n, "54")) {
        size_t an = 0;
        for (size_t i = 0; i < n && an < sizeof ar; i++)
            if (!(intl && i == zero && i > 0) && !(i >= trunk_at && i < trunk_at + trunk_n))
                ar[an++] = d[i];
        char mobile[11];
        int fit = an > ar_at ? aka__ar_mobile(ar + ar_at, an - ar_at, mobile) : 0;
        if (fit < 0) {
            st = aka__fail(err, AKA_ERR_PARSE,
                           "phone: an Argentine mobile whose area code two codes of "
                           "the numbering plan fit");
            goto done;
        }
        if (fit > 0) {
            memcpy(ar + ar_at, mobile, sizeof mobile);
            d = ar;
            n = ar_at + sizeof mobile;
            zero = trunk_at = SIZE_MAX;
            trunk_n = 0;
        }
    }
    size_t total = strlen(cc) + n - (intl && zero != SIZE_MAX && zero > 0) - trunk_n;
    if (total < PHONE_MIN_DIGITS) {
        st = aka__fail(err, AKA_ERR_PARSE, "phone: fewer than %d digits",
                       PHONE_MIN_DIGITS);
        goto done;
    }
    if (total > PHONE_MAX_DIGITS) {
        st = aka__fail(err, AKA_ERR_PARSE, "phone: more than %d digits",
                       PHONE_MAX_DIGITS);
        goto done;
    }
    /* +999 ..., +0 ...: a typo or no phone number; kept, it would match
     * the same slip in another record (one digit repeated is refused
     * after, as the placeholder it is) */
    if (intl && !aka__calling_code_known(d, n) && !aka__repeated_digit(d, n)) {
        st = aka__fail(err, AKA_ERR_PARSE,
                       "phone: no country or service has the calling code it "
                       "opens with");
        goto done;
    }
    if (intl || cc[0])
        st = aka__sb_append_char(out, '+');
    if (st == AKA_OK)
        st = aka__sb_append_str(out, cc);
    for (size_t i = 0; i < n && st == AKA_OK; i++)
        if (!(intl && i == zero && i > 0) && !(i >= trunk_at && i < trunk_at + trunk_n))
            st = aka__sb_append_char(out, d[i]);
    if (st == AKA_OK)
        kosovo_legacy(out, start);
done:
    aka__sb_free(&folded);
    return st;
}
