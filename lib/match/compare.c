#include "match/compare.h"

#include <stdlib.h>
#include <string.h>

#include "core/inline.h"
#include "match/keys.h"
#include "match/metrics.h"
#include "match/nameform.h"
#include "match/variants.h"
#include "normalize/calling_codes.h"
#include "normalize/normalize.h"
#include "unicode/digit.h"

static void set_conflict(int *conflict, int v)
{
    if (conflict)
        *conflict = v;
}

static int same_bytes(const char *a, size_t na, const char *b, size_t nb)
{
    return na == nb && (na == 0 || memcmp(a, b, na) == 0);
}

/* ---- dates ------------------------------------------------------------ */

typedef struct pdate {
    int y, m, d;
    int parts; /* 1 = year, 2 = year-month, 3 = full date */
} pdate;

/* The value of the two digits at s, or -1 when either is not a digit.
 * (Dates are parsed on every comparison of a pair of records: this is
 * the whole of their parsing, unrolled.) */
static int two_digits(const char *s)
{
    unsigned h = (unsigned)(unsigned char)s[0] - '0',
             l = (unsigned)(unsigned char)s[1] - '0';
    return h <= 9 && l <= 9 ? (int)(h * 10 + l) : -1;
}


/* 1 when s is "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a month of 1-12 and a
 * day of 1-31 (the normaliser has checked the calendar). */
static AKA__ALWAYS_INLINE int parse_date(const char *s, size_t n, pdate *p)
{
    p->m = p->d = 0;
    if (n != 4 && n != 7 && n != 10)
        return 0;
    int hi = two_digits(s), lo = two_digits(s + 2);
    if (hi < 0 || lo < 0)
        return 0;
    p->y = hi * 100 + lo;
    p->parts = 1;
    if (n >= 7) {
        if (s[4] != '-' || (p->m = two_digits(s + 5)) < 1 || p->m > 12)
            return 0;
        p->parts = 2;
    }
    if (n == 10) {
        if (s[7] != '-' || (p->d = two_digits(s + 8)) < 1 || p->d > 31)
            return 0;
        p->parts = 3;
    }
    return 1;
}

/* (Two full dates differ in few bytes: no table needed.) */
int aka__one_slip(const char *a, const char *b, size_t n)
{
    size_t i = 0;
    while (i < n && a[i] == b[i])
        i++;
    if (i + 1 >= n)
        return 1; /* equal, or only the last byte differs */
    if (a[i + 1] != b[i + 1] && (a[i] != b[i + 1] || a[i + 1] != b[i]))
        return 0; /* two bytes in a row differ, not exchanged */
    return memcmp(a + i + 2, b + i + 2, n - i - 2) == 0;
}

/* The less precise date agrees with the more precise one on all it has. */
static int partial_agrees(const pdate *a, const pdate *b)
{
    const pdate *s = a->parts <= b->parts ? a : b;
    const pdate *l = s == a ? b : a;
    return s->y == l->y && (s->parts < 2 || s->m == l->m) &&
           (s->parts < 3 || s->d == l->d);
}

/* A year and month that agree with a full date read the other way round:
 * "1983-09" and "1983-10-09", which a source writing the month first
 * made of 9 October. The month's agreement is then only a reading; the
 * year is certain. */
static int partial_agrees_swapped(const pdate *a, const pdate *b)
{
    const pdate *s = a->parts <= b->parts ? a : b;
    const pdate *l = s == a ? b : a;
    return s->parts == 2 && l->parts == 3 && s->y == l->y && l->d <= 12 &&
           s->m == l->d;
}

/* Days from 1 March of year 0 to y-m-d, in the proleptic Gregorian
 * calendar (a March-based year puts the leap day at its end). */
static long day_number(int y, int m, int d)
{
    if (m < 3) {
        y--;
        m += 12;
    }
    return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 1;
}

int aka__days_apart_one(int y1, int m1, int d1, int y2, int m2, int d2)
{
    long a = day_number(y1, m1, d1), b = day_number(y2, m2, d2);
    return a - b == 1 || b - a == 1;
}

int aka__compare_date(const char *a, size_t na, const char *b, size_t nb,
                      int *conflict)
{
    set_conflict(conflict, 0);
    pdate x, y;
    int px = parse_date(a, na, &x);
    if (same_bytes(a, na, b, nb))
        /* Only a full date is the strong evidence of "exact": two records
         * that both say "1972" merely agree on the year. (b, the same
         * bytes, parses as a does.) */
        return px && x.parts < 3 ? AKA__DL_PARTIAL : AKA__DL_EXACT;
    int py = parse_date(b, nb, &y);
    if (!px || !py)
        return AKA__DL_DIFFERENT;
    int level;
    if (x.y == y.y) {
        if (x.parts == 3 && y.parts == 3) {
            /* both days are months here, so both are <= 12 */
            if (x.m == y.m)
                level = AKA__DL_SAME_YM;
            else if (x.d == y.m && y.d == x.m)
                level = AKA__DL_SWAPPED;
            else if (x.d == y.d)
                level = AKA__DL_SAME_YM; /* one month mistyped, as likely */
            else
                level = AKA__DL_SAME_YEAR;
        } else {
            level = partial_agrees(&x, &y) || partial_agrees_swapped(&x, &y)
                        ? AKA__DL_PARTIAL
                        : AKA__DL_SAME_YEAR;
        }
    } else if (abs(x.y - y.y) == 1) {
        level = AKA__DL_YEAR_PM1;
    } else {
        level = AKA__DL_DIFFERENT;
    }
    int apart_one = x.parts == 3 && y.parts == 3 &&
                    aka__days_apart_one(x.y, x.m, x.d, y.y, y.m, y.d);
    if (apart_one && !(x.m == 1 && x.d == 1) && !(y.m == 1 && y.d == 1))
        level = AKA__DL_DAY_APART;
    /* Two full dates that differ are the strongest evidence of two people
     * there is, unless a clerk's slip explains them: a swap of day and
     * month, one mistyped digit or two neighbouring digits exchanged. */
    if (x.parts == 3 && y.parts == 3 && level != AKA__DL_SWAPPED &&
        !aka__one_slip(a, b, na) && !apart_one)
        set_conflict(conflict, 1);
    return level;
}

/* ---- documents --------------------------------------------------------- */

char aka__ocr_class(char c)
{
    /* (either case: identifier values are kept in small letters) */
    switch (c >= 'a' && c <= 'z' ? (char)(c - 32) : c) {
    case 'O': case 'D': case 'Q':
        return '0';
    case 'I': case 'L':
        return '1';
    case 'S':
        return '5';
    case 'B':
        return '8';
    case 'Z':
        return '2';
    case 'G':
        return '6';
    default:
        return c;
    }
}

/* Splits "CC:NUMBER"; *cc is NULL when there is no country prefix. */
static void split_document(const char *s, size_t n, const char **cc,
                           const char **num, size_t *nn)
{
    size_t at = aka__document_number_at(s, n);
    *cc = at ? s : NULL;
    *num = s + at;
    *nn = n - at;
}

/* Equal after mapping look-alikes, or then one adjacent transposition
 * apart. */
static int ocr_equal(const char *a, const char *b, size_t n)
{
    size_t first = n, count = 0;
    for (size_t i = 0; i < n; i++)
        if (aka__ocr_class(a[i]) != aka__ocr_class(b[i])) {
            if (count++ == 0)
                first = i;
            if (count > 2)
                return 0;
        }
    if (count == 0)
        return 1;
    return count == 2 && first + 1 < n &&
           aka__ocr_class(a[first]) == aka__ocr_class(b[first + 1]) &&
           aka__ocr_class(a[first + 1]) == aka__ocr_class(b[first]);
}

/* The most letters a copy of a number may have lost before it. */
#define LOST_LETTERS_MAX 3

/* Whether longer[0..nl) is shorter[0..ns) with up to LOST_LETTERS_MAX
 * letters before it, the rest equal as ocr_equal reads it, and shorter a
 * number of 6 characters or more, 5 of them digits: a copy that dropped
 * the series letters (S26182743 / 26182743) or kept a country code
 * glued on (LV9187635 / 9187635, AL-BP7124294 / BP7124294). */
int aka__doc_number_whole(const char *num, size_t n)
{
    if (n < 6)
        return 0;
    size_t digits = 0;
    for (size_t i = 0; i < n; i++)
        digits += aka__ascii_digit(num[i]);
    return digits >= 5;
}

static int letters_lost(const char *longer, size_t nl, const char *shorter,
                        size_t ns)
{
    if (nl <= ns || nl - ns > LOST_LETTERS_MAX)
        return 0;
    size_t d = nl - ns;
    for (size_t i = 0; i < d; i++)
        if (longer[i] < 'A' || longer[i] > 'Z')
            return 0;
    return aka__doc_number_whole(shorter, ns) && ocr_equal(longer + d, shorter, ns);
}

/* Whether longer[0..nl) is shorter[0..ns) with one character more
 * anywhere, the rest equal as ocr_equal reads it, and shorter a number
 * of 6 characters or more, 5 of them digits: a digit typed twice or
 * dropped by hand (M44844591 / M4484591, EC763056 / EC63056). A random
 * other number of that length is one insertion away with odds of about
 * one in a million, and numbers of one series differ by a digit, not by
 * their length. */
static int one_more(const char *longer, size_t nl, const char *shorter,
                    size_t ns)
{
    if (nl != ns + 1 || !aka__doc_number_whole(shorter, ns))
        return 0;
    size_t i = 0;
    while (i < ns && aka__ocr_class(longer[i]) == aka__ocr_class(shorter[i]))
        i++;
    /* longer[i] is the extra character: the rest must follow it */
    for (; i < ns; i++)
        if (aka__ocr_class(longer[i + 1]) != aka__ocr_class(shorter[i]))
            return 0;
    return 1;
}

int aka__compare_document(const char *a, size_t na, const char *b, size_t nb,
                          int *conflict)
{
    set_conflict(conflict, 0);
    const char *ca, *cb, *xa, *xb;
    size_t la, lb;
    split_document(a, na, &ca, &xa, &la);
    split_document(b, nb, &cb, &xb, &lb);
    if (ca && cb && memcmp(ca, cb, 2) != 0)
        return AKA__DOCL_OTHER_COUNTRY;
    int level;
    if (same_bytes(xa, la, xb, lb))
        level = AKA__DOCL_EXACT;
    else if ((la == lb && la > 0 && ocr_equal(xa, xb, la)) ||
             letters_lost(xa, la, xb, lb) || letters_lost(xb, lb, xa, la) ||
             one_more(xa, la, xb, lb) || one_more(xb, lb, xa, la))
        level = AKA__DOCL_OCR;
    else
        level = AKA__DOCL_DIFFERENT;
    /* One country's two different numbers may still be two documents of
     * one person (a passport and an ID card): the caller knows the
     * document types and decides whether to act on the flag. */
    if (ca && cb && level == AKA__DOCL_DIFFERENT)
        set_conflict(conflict, 1);
    return level;
}

/* ---- phones ------------------------------------------------------------ */

static int phone_digits(const char *s, size_t n, const char **d, size_t *nd)
{
    if (n > 0 && s[0] == '+') {
        s++;
        n--;
    }
    for (size_t i = 0; i < n; i++)
        if (!aka__ascii_digit(s[i]))
            return 0;
    *d = s;
    *nd = n;
    return 1;
}

/* Whether the digits before two numbers' last eight, x[0..nx) and
 * y[0..ny), are one: alike but for zeros (a trunk 0 kept after a country
 * code, +380 (067) ..., or written in one national form and not in the
 * other) or a leading 8, the trunk prefix of Russia, Belarus and
 * Kazakhstan (8 916 ... / 916 ...); and, unless both numbers are written
 * with their +, but for a country code of one to three digits before the
 * shorter (6285323158170, Indonesia's code without its +, and
 * 085323158170). */
static int prefixes_one(const char *x, size_t nx, const char *y, size_t ny,
                        int both_intl)
{
    char px[32], py[32];
    size_t kx = 0, ky = 0;
    for (size_t i = 0; i < nx && kx < sizeof px; i++)
        if (x[i] != '0')
            px[kx++] = x[i];
    for (size_t i = 0; i < ny && ky < sizeof py; i++)
        if (y[i] != '0')
            py[ky++] = y[i];
    const char *sh = kx <= ky ? px : py, *lo = kx <= ky ? py : px;
    size_t ks = kx <= ky ? kx : ky, kl = kx <= ky ? ky : kx;
    if (memcmp(sh, lo + (kl - ks), ks) != 0)
        return 0;
    return kl == ks || (kl == ks + 1 && lo[0] == '8') || (!both_intl && kl - ks <= 3);
}

/* Whether the eight digits x and y differ by two neighbouring digits
 * swapped, not the last (and nothing else). */
static int transposed(const char *x, const char *y)
{
    int at = -1;
    for (int i = 0; i < 8; i++)
        if (x[i] != y[i]) {
            at = i;
            break;
        }
    return at >= 0 && at + 1 < 7 && x[at] == y[at + 1] && x[at + 1] == y[at] &&
           memcmp(x + at + 2, y + at + 2, (size_t)(6 - at)) == 0;
}

/* The level of two numbers, one in its international form (x when
 * x_intl), whose ends agree: exact when the other is the same number in
 * its country's national form, every digit (+44 7451 223908 / 07451
 * 223908: one source knew the country, the other wrote what a victim's
 * phone showed); else the same last eight. */
static int across_forms(const char *x, size_t lx, int x_intl, const char *y, size_t ly)
{
    int same = x_intl ? aka__calling_code_national_form(x, lx, y, ly)
                      : aka__calling_code_national_form(y, ly, x, lx);
    return same ? AKA__PHL_EXACT : AKA__PHL_SAME_LAST8;
}

int aka__compare_phone(const char *a, size_t na, const char *b, size_t nb,
                       int *conflict)
{
    set_conflict(conflict, 0);
    if (same_bytes(a, na, b, nb))
        return AKA__PHL_EXACT;
    const char *da, *db;
    size_t la, lb;
    if (!phone_digits(a, na, &da, &la) || !phone_digits(b, nb, &db, &lb))
        return AKA__PHL_DIFFERENT;
    int intl_a = a[0] == '+', intl_b = b[0] == '+';
    /* The last eight digits survive every national trunk prefix and
     * country code, and are rarely shared by chance within one block:
     * between a number in its international form and one in a national
     * form, whose country and trunk prefix are not known. Two numbers in
     * one form that end alike are one only when what comes before is one
     * too: +7 916 123-45-67 and +7 926 123-45-67 are two lines. */
    if (la >= 8 && lb >= 8 && memcmp(da + la - 8, db + lb - 8, 8) == 0)
        return intl_a != intl_b ? across_forms(da, la, intl_a, db, lb)
               : prefixes_one(da, la - 8, db, lb - 8, intl_a) ? AKA__PHL_SAME_LAST8
                                                              : AKA__PHL_DIFFERENT;
    /* Two neighbouring digits keyed the other way round, in the last eight
     * but not the last digit: 694 123 4567 / 694 123 4657 (records of one
     * NGO, typed twice). The last digit is left out: a batch of SIM cards
     * bought together numbers its cards one after another (…4567 and
     * …4576 may be two of them). */
    if (la >= 8 && lb >= 8 && transposed(da + la - 8, db + lb - 8) &&
        (intl_a != intl_b || prefixes_one(da, la - 8, db, lb - 8, intl_a)))
        return AKA__PHL_TRANSPOSED;
    /* A national number of fewer than eight digits (Eritrea's and the
     * Gambia's have seven: 07 123 456 is +291 7 123456): without its
     * trunk zeros, the end of the international form. */
    if (intl_a != intl_b) {
        const char *nat = intl_a ? db : da, *intl = intl_a ? da : db;
        size_t ln = intl_a ? lb : la, li = intl_a ? la : lb;
        while (ln > 0 && *nat == '0')
            nat++, ln--;
        if (ln >= 7 && li > ln && memcmp(intl + li - ln, nat, ln) == 0)
            return across_forms(da, la, intl_a, db, lb);
    }
    return AKA__PHL_DIFFERENT;
}

/* ---- e-mail ------------------------------------------------------------ */

static int is_gmail(const char *dom, size_t n)
{
    return same_bytes(dom, n, "gmail.com", 9) ||
           same_bytes(dom, n, "googlemail.com", 14);
}

/* Gmail's mailbox of a local part: up to the first '+', without dots. */
static int gmail_local_equal(const char *a, size_t na, const char *b,
                             size_t nb)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < na && a[i] == '.')
            i++;
        while (j < nb && b[j] == '.')
            j++;
        int enda = i == na || a[i] == '+', endb = j == nb || b[j] == '+';
        if (enda || endb)
            return enda && endb;
        if (a[i++] != b[j++])
            return 0;
    }
}

static const char *last_at(const char *s, size_t n)
{
    for (size_t i = n; i > 0; i--)
        if (s[i - 1] == '@')
            return s + i - 1;
    return NULL;
}

/* Whether anything but a letter stands where a[0..na) and b[0..nb)
 * differ (between their common start and their common end): a digit or a
 * separator is how namesakes tell their addresses apart (emma.jansen1 /
 * emma.jansen2, ivan.petrov / ivanpetrov at one provider). */
static int nonletter_differs(const char *a, size_t na, const char *b, size_t nb)
{
    size_t p = 0, m = na < nb ? na : nb;
    while (p < m && a[p] == b[p])
        p++;
    size_t q = 0;
    while (q < m - p && a[na - 1 - q] == b[nb - 1 - q])
        q++;
    for (size_t i = p; i < na - q; i++)
        if (a[i] < 'a' || a[i] > 'z')
            return 1;
    for (size_t i = p; i < nb - q; i++)
        if (b[i] < 'a' || b[i] > 'z')
            return 1;
    return 0;
}

int aka__compare_email(const char *a, size_t na, const char *b, size_t nb,
                       int *conflict)
{
    set_conflict(conflict, 0);
    if (same_bytes(a, na, b, nb))
        return AKA__EML_EXACT;
    const char *ata = last_at(a, na), *atb = last_at(b, nb);
    if (!ata || !atb)
        return AKA__EML_DIFFERENT;
    size_t la = (size_t)(ata - a), lb = (size_t)(atb - b);
    const char *doma = ata + 1, *domb = atb + 1;
    size_t dla = na - la - 1, dlb = nb - lb - 1;
    if (is_gmail(doma, dla) && is_gmail(domb, dlb) &&
        gmail_local_equal(a, la, b, lb))
        return AKA__EML_EXACT;
    if (la > 0 && same_bytes(a, la, b, lb))
        return AKA__EML_SAME_LOCAL;
    /* One slip of a letter in the local part, the domain alike
     * (olivia.holmes@ / olivia.holmse@: an address typed by hand or read
     * from a scan): as telling as a local part met at another domain.
     * Six characters or more of local part, where one letter seldom makes
     * another person's address. */
    if (la >= 6 && lb >= 6 && same_bytes(doma, dla, domb, dlb) &&
        aka__osa(a, la, b, lb, 1) <= 1 && !nonletter_differs(a, la, b, lb))
        return AKA__EML_SAME_LOCAL;
    return AKA__EML_DIFFERENT;
}

/* ---- nationality, gender ----------------------------------------------- */

int aka__compare_equal(const char *a, size_t na, const char *b, size_t nb,
                       int *conflict)
{
    set_conflict(conflict, 0);
    return same_bytes(a, na, b, nb) ? AKA__EQL_EXACT : AKA__EQL_DIFFERENT;
}

/* China, Hong Kong and Macau: one nationality in law (a Hong Kong passport
 * prints CHINESE), three in records, which write one person's as "Hong
 * Kong SAR" in one file and "Chinese" in the next. */
static int greater_china(const char *a, size_t n)
{
    return n == 2 && (memcmp(a, "CN", 2) == 0 || memcmp(a, "HK", 2) == 0 ||
                      memcmp(a, "MO", 2) == 0);
}

int aka__compare_nationality(const char *a, size_t na, const char *b,
                             size_t nb, int *conflict)
{
    int level = aka__compare_equal(a, na, b, nb, conflict);
    if (level == AKA__EQL_DIFFERENT && greater_china(a, na) && greater_china(b, nb))
        return AKA__EQL_EXACT;
    return level;
}

/* ---- identifiers ------------------------------------------------------- */

size_t aka__identifier_country_len(const char *v, size_t n)
{
    const char *colon = memchr(v, ':', n);
    if (!colon || colon - v < 5 || v[2] != '_')
        return 0;
    char cc[3] = {(char)(v[0] - 32), (char)(v[1] - 32), '\0'};
    return v[0] >= 'a' && v[0] <= 'z' && v[1] >= 'a' && v[1] <= 'z' &&
                   aka__country_is_code(cc)
               ? 3
               : 0;
}

/* Whether two identifier values (lower case, as normalised) of six
 * characters or more, each at least half digits (a number, not a handle:
 * bobsie / 80b5ie are two), are alike once OCR look-alikes are folded
 * (aka__ocr_class). */
static int ocr_alike(const char *a, size_t na, const char *b, size_t nb)
{
    if (na != nb || na < 6)
        return 0;
    size_t da = 0, db = 0;
    for (size_t i = 0; i < na; i++) {
        if (aka__ocr_class(a[i]) != aka__ocr_class(b[i]))
            return 0;
        da += aka__ascii_digit(a[i]) != 0;
        db += aka__ascii_digit(b[i]) != 0;
    }
    return 2 * da >= na && 2 * db >= nb;
}

size_t aka__identifier_number(const char *v, size_t n, char out[AKA__ID_NUMBER_MAX])
{
    const char *colon = memchr(v, ':', n);
    if (!colon)
        return 0;
    const char *p = colon + 1;
    size_t len = n - (size_t)(p - v), digits = 0;
    if (len < 8 || len > AKA__ID_NUMBER_MAX)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        else if (aka__ascii_digit(c))
            digits++;
        else
            return 0;
        out[i] = c;
    }
    return 2 * digits >= len ? len : 0;
}

/* Whether two identifiers' types (their text before ':') are one: the
 * same, or the same but for a country that only one of them names
 * (af_tazkira, tazkira). */
static int same_identifier_type(const char *a, size_t ta, const char *b, size_t tb)
{
    if (same_bytes(a, ta, b, tb))
        return 1;
    size_t ca = aka__identifier_country_len(a, ta + 1),
           cb = aka__identifier_country_len(b, tb + 1);
    return (ca == 0) != (cb == 0) && same_bytes(a + ca, ta - ca, b + cb, tb - cb);
}

int aka__compare_identifier(const char *a, size_t na, const char *b,
                            size_t nb, int same_type_conflicts,
                            int *conflict)
{
    set_conflict(conflict, 0);
    if (same_bytes(a, na, b, nb))
        return AKA__IDL_EXACT;
    const char *ca = na ? memchr(a, ':', na) : NULL;
    const char *cb = nb ? memchr(b, ':', nb) : NULL;
    if (!ca || !cb ||
        !same_identifier_type(a, (size_t)(ca - a), b, (size_t)(cb - b)))
        return AKA__IDL_DIFFERENT_TYPE;
    if (same_bytes(ca, na - (size_t)(ca - a), cb, nb - (size_t)(cb - b)))
        return AKA__IDL_EXACT;
    if (ocr_alike(ca + 1, na - (size_t)(ca - a) - 1, cb + 1, nb - (size_t)(cb - b) - 1))
        return AKA__IDL_OCR;
    if (same_type_conflicts)
        set_conflict(conflict, 1);
    return AKA__IDL_DIFFERENT_SAME_TYPE;
}

/* ---- addresses and places ---------------------------------------------- */

/* Words that say what kind of place follows, not which one (Korean si,
 * do, gun, gu as romanised: Gangnam-gu), and the articles and
 * prepositions inside places' names (Ciudad de México, Rostov-na-Donu, Al
 * Hoceima). Sorted for bsearch (strcmp order). Short forms matter too:
 * they are dropped from the sets that STRONG and WEAK compare. */
static const char *const generic_words[] = {
    "al",        "apt",       "ave",       "avenue",    "bld",       "blvd",
    "boulevard", "building",  "cd",        "cdad",      "city",      "ciudad",
    "de",        "del",       "di",        "district",  "do",        "el",
    "flat",      "gu",        "gun",       "house",     "kv",        "la",
    "lane",      "le",        "na",        "obl",       "oblast",    "on",
    "per",       "pl",        "pr",        "prospekt",  "province",  "raion",
    "rayon",     "region",    "road",      "rue",       "si",        "st",
    "str",       "strasse",   "street",    "town",      "ul",        "ulitsa",
    "village",   "vul",       "vulytsia",
};

typedef struct word {
    const char *p;
    size_t n;
} word;

static int word_cmp_key(const void *key, const void *elem)
{
    const word *w = key;
    const char *g = *(const char *const *)elem;
    size_t gn = strlen(g);
    size_t m = w->n < gn ? w->n : gn;
    int c = memcmp(w->p, g, m);
    if (c)
        return c;
    return w->n < gn ? -1 : w->n > gn;
}

static int is_generic(const word *w)
{
    return bsearch(w, generic_words,
                   sizeof generic_words / sizeof generic_words[0],
                   sizeof generic_words[0], word_cmp_key) != NULL;
}

static int in_set(const word *set, int n, const word *w)
{
    for (int i = 0; i < n; i++)
        if (same_bytes(set[i].p, set[i].n, w->p, w->n))
            return 1;
    return 0;
}

/* Bytes outside ASCII count as letters, so a value that did not go
 * through the normaliser still splits into sensible words. */
static int word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           aka__ascii_digit(c);
}

/* The first AKA__TEXT_MAX_TOKENS distinct words of 2+ bytes. */
static int word_set(const char *s, size_t n, word *set)
{
    int count = 0;
    for (size_t i = 0; i < n && count < AKA__TEXT_MAX_TOKENS;) {
        while (i < n && !word_byte(s[i]))
            i++;
        size_t start = i;
        while (i < n && word_byte(s[i]))
            i++;
        word w = {s + start, i - start};
        if (w.n >= 2 && !in_set(set, count, &w))
            set[count++] = w;
    }
    return count;
}

/* A word that names something, under its romanisation-invariant key
 * (keys.h): one place is "kyiv" in one source and "kyyiv" in another,
 * "odessa" and "odesa". Beside it, of a word of four letters or more, the
 * key with a hard c read as k and the loose key (keys.h), which places
 * written in another language's spelling meet by (Craiova / Краіова
 * "kraiova", Kiew / Kyiv, Saporischschja / Zaporizhzhya), as the name
 * matcher lets names meet. Words with digits (house numbers, postcodes)
 * are kept as written: the key would merge "22" with "2". */
typedef struct kword {
    size_t n; /* length of the word as written */
    size_t kn, hn, ln, sn; /* hn, ln, sn: 0 when the word has no such keys */
    int vowelless; /* three letters or more without a vowel, or five with one */
    int place;     /* its [place] class (match/variants.h), or -1 */
    char key[AKA__KEY_MAX + 1];
    char hard[AKA__KEY_MAX + 1];
    char loose[AKA__KEY_MAX + 1];
    char skel[AKA__KEY_MAX + 1];
} kword;

static int final_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Whether two keyed words are one word: by their keys, or by the hard-c
 * or loose keys when both have them, or by their consonant skeletons when
 * one has no vowel (or one in five letters or more): a place written in
 * Arabic, Persian or Hebrew letters, which the normaliser gives without
 * most of its vowels (حمص "hms" / Homs, مشهد "mshhd" / Mashhad, تهران
 * "thran" / Tehran), as the name matcher reads such names. */
static int kwords_meet(const kword *x, const kword *y)
{
    /* one place's names in two languages (Halab / Aleppo, Breslau /
     * Wroclaw: match/gen/variants.txt, [place]) */
    if (x->place >= 0 && x->place == y->place)
        return 1;
    /* Loose keys of five letters or more alike but for a final vowel: a
     * place's definite and indefinite forms, or two languages' endings
     * (Gjakovë / Gjakova, Mitrovicë / Mitrovica, Prishtinë / Pristina) */
    if (x->ln >= 5 && x->ln == y->ln && memcmp(x->loose, y->loose, x->ln - 1) == 0 &&
        final_vowel(x->loose[x->ln - 1]) && final_vowel(y->loose[y->ln - 1]))
        return 1;
    return same_bytes(x->key, x->kn, y->key, y->kn) ||
           (x->hn && y->hn && same_bytes(x->hard, x->hn, y->hard, y->hn)) ||
           (x->ln && y->ln && same_bytes(x->loose, x->ln, y->loose, y->ln)) ||
           ((x->vowelless || y->vowelless) && x->sn >= 3 &&
            same_bytes(x->skel, x->sn, y->skel, y->sn));
}

static int keyed_set(const word *w, int n, kword *out)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (is_generic(&w[i]))
            continue;
        int letters = w[i].n <= AKA__KEY_MAX;
        for (size_t j = 0; letters && j < w[i].n; j++)
            letters = w[i].p[j] >= 'a' && w[i].p[j] <= 'z';
        kword k = {w[i].n, 0, 0, 0, 0, 0, -1, {0}, {0}, {0}, {0}};
        if (letters) {
            k.place = aka__place_class(w[i].p, w[i].n);
            aka__rkey(w[i].p, w[i].n, k.key);
            k.kn = strlen(k.key);
            char loose[AKA__KEY_MAX + 1];
            aka__lkey(k.key, loose);
            if (w[i].n >= 4) {
                aka__rkey_hard_c(w[i].p, w[i].n, k.hard);
                k.hn = strlen(k.hard);
                memcpy(k.loose, loose, sizeof loose);
                k.ln = strlen(k.loose);
            }
            if (w[i].n >= 3) {
                aka__skeleton(loose, k.skel);
                k.sn = strlen(k.skel);
                int v = aka__vowel_count(w[i].p, w[i].n);
                k.vowelless = v == 0 || (v == 1 && w[i].n >= 5);
            }
        } else {
            k.kn = w[i].n < AKA__KEY_MAX ? w[i].n : AKA__KEY_MAX;
            memcpy(k.key, w[i].p, k.kn);
        }
        int dup = 0;
        for (int j = 0; j < count && !dup; j++)
            dup = same_bytes(out[j].key, out[j].kn, k.key, k.kn);
        if (!dup)
            out[count++] = k;
    }
    return count;
}

/* Whether a and b hold the same letters and digits in the same order,
 * whatever stands between them. */
static int letters_alike(const char *a, size_t na, const char *b, size_t nb)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < na && !word_byte(a[i]))
            i++;
        while (j < nb && !word_byte(b[j]))
            j++;
        if (i == na || j == nb)
            return i == na && j == nb;
        if (a[i++] != b[j++])
            return 0;
    }
}

/* Whether digits d[0..n) stand in s[0..ns) as a number of their own (no
 * digit before or after them). */
static int has_number(const char *s, size_t ns, const char *d, size_t n)
{
    for (size_t i = 0; i + n <= ns; i++)
        if ((i == 0 || !aka__ascii_digit(s[i - 1])) && memcmp(s + i, d, n) == 0 &&
            (i + n == ns || !aka__ascii_digit(s[i + n])))
            return 1;
    return 0;
}

/* Postal codes are written whole and in two groups (602 00 / 60200,
 * 114 55 / 11455, 00-950 / 00950): a's number of two or three digits, a
 * space or hyphen and two or three more is written whole into out (cap
 * bytes) when b holds it whole. Returns out's length, or 0 when there is
 * no such number (out is then not written). */
static size_t postcode_joined(const char *a, size_t na, const char *b, size_t nb,
                              char *out, size_t cap)
{
    size_t len = 0, copied = 0;
    for (size_t i = 0; i < na; i++) {
        if (!aka__ascii_digit(a[i]) || (i > 0 && aka__ascii_digit(a[i - 1])))
            continue;
        size_t j = i;
        while (j < na && aka__ascii_digit(a[j]))
            j++;
        size_t k = j + 1, m = k;
        while (m < na && aka__ascii_digit(a[m]))
            m++;
        char d[6];
        if (j - i < 2 || j - i > 3 || k >= na || (a[j] != ' ' && a[j] != '-') ||
            m - k < 2 || m - k > 3)
            continue;
        memcpy(d, a + i, j - i);
        memcpy(d + (j - i), a + k, m - k);
        if (!has_number(b, nb, d, (j - i) + (m - k)) || na > cap)
            continue;
        memcpy(out + len, a + copied, j - copied);
        len += j - copied;
        copied = k;
        i = m;
    }
    if (copied == 0)
        return 0;
    memcpy(out + len, a + copied, na - copied);
    return len + na - copied;
}

/* aka__compare_text; with `place`, a place of birth: one whose every
 * naming word the other holds is the same place, more closely told (Kano /
 * Kano, Nigeria; Ош / Ош, Кыргызстан), where one city shared by two
 * addresses is not one address. */
static int text_level(const char *a, size_t na, const char *b, size_t nb,
                      int place)
{
    if (same_bytes(a, na, b, nb))
        return AKA__TXL_EXACT;
    char ja[256], jb[256];
    size_t la = postcode_joined(a, na, b, nb, ja, sizeof ja);
    size_t lb = postcode_joined(b, nb, a, na, jb, sizeof jb);
    if (la || lb)
        return text_level(la ? ja : a, la ? la : na, lb ? jb : b, lb ? lb : nb, place);
    word wa[AKA__TEXT_MAX_TOKENS], wb[AKA__TEXT_MAX_TOKENS];
    int ka = word_set(a, na, wa), kb = word_set(b, nb, wb);
    if (ka == 0 || kb == 0)
        return AKA__TXL_DIFFERENT;
    int shared = 0;
    for (int i = 0; i < ka; i++)
        shared += in_set(wb, kb, &wa[i]);
    if (shared == ka && shared == kb)
        return AKA__TXL_EXACT;
    /* One place written in one word and in two (Chiangmai / Chiang Mai,
     * Udonthani / Udon Thani) */
    if ((ka == 1) != (kb == 1) && letters_alike(a, na, b, nb))
        return AKA__TXL_STRONG;
    /* "vul shevchenka 12 kyiv" and "vul franka 12 kyiv" share most words
     * only because both are streets of one city: overlap is measured on
     * the words that name something. */
    kword xa[AKA__TEXT_MAX_TOKENS], xb[AKA__TEXT_MAX_TOKENS];
    int ia = keyed_set(wa, ka, xa), ib = keyed_set(wb, kb, xb);
    int inter = 0, weak = 0;
    for (int i = 0; i < ia; i++)
        for (int j = 0; j < ib; j++)
            if (kwords_meet(&xa[i], &xb[j])) {
                inter++;
                if (xa[i].n >= 4 || xb[j].n >= 4)
                    weak = 1;
                break;
            }
    int uni = ia + ib - inter, small = ia < ib ? ia : ib;
    if (inter > 0 && (inter * 5 >= uni * 3 || (small >= 2 - place && inter == small)))
        return AKA__TXL_STRONG;
    return weak ? AKA__TXL_WEAK : AKA__TXL_DIFFERENT;
}

int aka__compare_text(const char *a, size_t na, const char *b, size_t nb,
                      int *conflict)
{
    set_conflict(conflict, 0);
    return text_level(a, na, b, nb, 0);
}

/* Two addresses written alike say as much as the address says: one with
 * a number in it (a street address, a building, a postcode) is exact; one
 * without names a place, exact when three words or more name it (Bole
 * sub-city Addis Ababa) and strong when one or two do (London, New York,
 * Addis Ababa, Santiago de Cuba: a city many records share; and a street
 * without its number, Rue de Rivoli Paris, is as wide). Other levels are
 * aka__compare_text's. */
static int compare_address(const char *a, size_t na, const char *b, size_t nb,
                           int *conflict)
{
    int level = aka__compare_text(a, na, b, nb, conflict);
    if (level != AKA__TXL_EXACT)
        return level;
    word w[AKA__TEXT_MAX_TOKENS];
    int n = word_set(a, na, w), naming = 0;
    /* A camp's address (Camp 15, Block C, Cox's Bazar; Dadaab, Ifo camp)
     * is shared by thousands, its blocks and numbers too: as wide as a
     * city. */
    static const word camp = {"camp", 4};
    if (in_set(w, n, &camp))
        return AKA__TXL_STRONG;
    for (size_t i = 0; i < na; i++)
        if (aka__ascii_digit(a[i]))
            return level;
    for (int i = 0; i < n; i++)
        naming += !is_generic(&w[i]);
    return naming >= 3 ? AKA__TXL_EXACT : AKA__TXL_STRONG;
}

/* ---- dispatch and names ------------------------------------------------ */

int aka__compare(aka_feature kind, const char *a, size_t na, const char *b,
                 size_t nb, unsigned flags, int *conflict)
{
    switch (kind) {
    case AKA_DATE_OF_BIRTH:
        return aka__compare_date(a, na, b, nb, conflict);
    case AKA_DOCUMENT:
        return aka__compare_document(a, na, b, nb, conflict);
    case AKA_PHONE:
        return aka__compare_phone(a, na, b, nb, conflict);
    case AKA_EMAIL:
        return aka__compare_email(a, na, b, nb, conflict);
    case AKA_NATIONALITY:
        return aka__compare_nationality(a, na, b, nb, conflict);
    case AKA_GENDER:
        return aka__compare_equal(a, na, b, nb, conflict);
    case AKA_IDENTIFIER:
        return aka__compare_identifier(
            a, na, b, nb, (flags & AKA__CMP_IDENTIFIER_CONFLICT) != 0,
            conflict);
    case AKA_ADDRESS:
        return compare_address(a, na, b, nb, conflict);
    case AKA_PLACE_OF_BIRTH:
        set_conflict(conflict, 0);
        return text_level(a, na, b, nb, 1);
    default:
        set_conflict(conflict, 0);
        return -1;
    }
}

static const char *const name_levels[] = {
    "exact", "romanised", "variant", "fuzzy_strong", "fuzzy_weak",
    "different"};
static const char *const date_levels[] = {
    "exact",           "swapped",   "partial_compatible", "same_year_month",
    "same_year",       "year_pm1",  "different",          "day_apart"};
static const char *const doc_levels[] = {"exact", "ocr", "different",
                                         "other_country"};
static const char *const phone_levels[] = {"exact", "same_last8",
                                           "different", "transposed"};
static const char *const email_levels[] = {"exact", "same_local",
                                           "different"};
static const char *const equal_levels[] = {"exact", "different"};
static const char *const ident_levels[] = {"exact", "different_same_type",
                                           "different_type", "ocr"};
static const char *const text_levels[] = {"exact", "strong", "weak",
                                          "different"};

/* The tables must follow the enums: explanations name levels by them. */
#define COUNT(t) (sizeof t / sizeof t[0])
_Static_assert(COUNT(name_levels) == AKA__NL_DIFFERENT + 1, "name levels");
_Static_assert(COUNT(date_levels) == AKA__DL_DAY_APART + 1, "date levels");
_Static_assert(COUNT(doc_levels) == AKA__DOCL_OTHER_COUNTRY + 1, "doc levels");
_Static_assert(COUNT(phone_levels) == AKA__PHL_TRANSPOSED + 1, "phone levels");
_Static_assert(COUNT(email_levels) == AKA__EML_DIFFERENT + 1, "email levels");
_Static_assert(COUNT(equal_levels) == AKA__EQL_DIFFERENT + 1, "equal levels");
_Static_assert(COUNT(ident_levels) == AKA__IDL_OCR + 1,
               "identifier levels");
_Static_assert(COUNT(text_levels) == AKA__TXL_DIFFERENT + 1, "text levels");

#define LEVELS(t) *out = t, (int)COUNT(t)

static int levels_of(aka_feature kind, const char *const **out)
{
    switch (kind) {
    case AKA_NAME:
    case AKA_GIVEN_NAME:
    case AKA_FAMILY_NAME:
        return LEVELS(name_levels);
    case AKA_DATE_OF_BIRTH:
        return LEVELS(date_levels);
    case AKA_DOCUMENT:
        return LEVELS(doc_levels);
    case AKA_PHONE:
        return LEVELS(phone_levels);
    case AKA_EMAIL:
        return LEVELS(email_levels);
    case AKA_NATIONALITY:
    case AKA_GENDER:
        return LEVELS(equal_levels);
    case AKA_IDENTIFIER:
        return LEVELS(ident_levels);
    case AKA_ADDRESS:
    case AKA_PLACE_OF_BIRTH:
        return LEVELS(text_levels);
    default:
        *out = NULL;
        return 0;
    }
}

int aka__different_level(aka_feature kind)
{
    switch (kind) {
    case AKA_NAME:
    case AKA_GIVEN_NAME:
    case AKA_FAMILY_NAME:
        return AKA__NL_DIFFERENT;
    case AKA_DATE_OF_BIRTH:
        return AKA__DL_DIFFERENT;
    case AKA_DOCUMENT:
        return AKA__DOCL_DIFFERENT;
    case AKA_PHONE:
        return AKA__PHL_DIFFERENT;
    case AKA_EMAIL:
        return AKA__EML_DIFFERENT;
    case AKA_NATIONALITY:
    case AKA_GENDER:
        return AKA__EQL_DIFFERENT;
    case AKA_IDENTIFIER:
        return AKA__IDL_DIFFERENT_SAME_TYPE;
    case AKA_ADDRESS:
    case AKA_PLACE_OF_BIRTH:
        return AKA__TXL_DIFFERENT;
    default:
        return -1;
    }
}

int aka__level_count(aka_feature kind)
{
    const char *const *t;
    return levels_of(kind, &t);
}

const char *aka__level_name(int kind, int level)
{
    const char *const *t;
    int n = levels_of(kind, &t);
    return level >= 0 && level < n ? t[level] : "unknown";
}
