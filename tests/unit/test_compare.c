/* Comparators of the non-name kinds: tables of (a, b, level, conflict)
 * checked in both orders (every comparator must be symmetric), raw values
 * sent through the normaliser first (the comparators' input contract),
 * malformed input, and the level names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "match/compare.h"
#include "match/metrics.h"
#include "match/nameform.h"
#include "normalize/normalize.h"

typedef struct ccase {
    const char *a, *b;
    int level, conflict;
} ccase;

static void check(aka_feature kind, unsigned flags, const ccase *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (int order = 0; order < 2; order++) {
            const char *x = order ? c[i].b : c[i].a;
            const char *y = order ? c[i].a : c[i].b;
            int conflict = -1;
            int level = aka__compare(kind, x, strlen(x), y, strlen(y), flags,
                                     &conflict);
            if (level != c[i].level || conflict != c[i].conflict)
                fail_msg("kind %d case %zu \"%s\" / \"%s\": got %s "
                         "conflict %d, want %s conflict %d",
                         kind, i, x, y, aka__level_name(kind, level),
                         conflict, aka__level_name(kind, c[i].level),
                         c[i].conflict);
        }
}

#define CHECK(kind, flags, cases)                                             \
    check(kind, flags, cases, sizeof cases / sizeof cases[0])

static void test_date(void **state)
{
    (void)state;
    static const ccase cases[] = {
        {"1985-03-07", "1985-03-07", AKA__DL_EXACT, 0},
        /* equal partial dates agree on what they say, no more */
        {"1985-03", "1985-03", AKA__DL_PARTIAL, 0},
        {"1985", "1985", AKA__DL_PARTIAL, 0},
        {"2000-02-29", "2000-02-29", AKA__DL_EXACT, 0},
        /* day and month swapped: US vs European order */
        {"1985-03-07", "1985-07-03", AKA__DL_SWAPPED, 0},
        {"1990-12-01", "1990-01-12", AKA__DL_SWAPPED, 0},
        /* swap of a different year is not a swap */
        {"1985-03-07", "1986-07-03", AKA__DL_YEAR_PM1, 1},
        /* partial dates that agree */
        {"1985-03", "1985-03-07", AKA__DL_PARTIAL, 0},
        {"1985", "1985-03-07", AKA__DL_PARTIAL, 0},
        {"1985", "1985-11", AKA__DL_PARTIAL, 0},
        {"1984", "1984-02-29", AKA__DL_PARTIAL, 0},
        /* a year and month that agree with a full date read the other
         * way round (9 October written month first) */
        {"1983-09", "1983-10-09", AKA__DL_PARTIAL, 0},
        {"1983-10-09", "1983-09", AKA__DL_PARTIAL, 0},
        {"1985-07", "1985-03-07", AKA__DL_PARTIAL, 0},
        /* a day of 13 or more is never a month */
        {"1985-04", "1985-03-25", AKA__DL_SAME_YEAR, 0},
        {"1984-09", "1983-10-09", AKA__DL_YEAR_PM1, 0},
        /* partial dates that disagree on the month */
        {"1985-04", "1985-03-07", AKA__DL_SAME_YEAR, 0},
        {"1985-04", "1985-03", AKA__DL_SAME_YEAR, 0},
        /* full dates, same month: a one-digit day slip is no conflict,
         * two digits are */
        {"1985-03-07", "1985-03-01", AKA__DL_SAME_YM, 0},
        {"1985-03-07", "1985-03-17", AKA__DL_SAME_YM, 0},
        {"1985-03-07", "1985-03-25", AKA__DL_SAME_YM, 1},
        {"1985-03-12", "1985-03-21", AKA__DL_SAME_YM, 0}, /* transposed */
        /* Feb 29 recorded as Feb 28 in a system without leap days */
        {"1984-02-29", "1984-02-28", AKA__DL_DAY_APART, 0},
        {"1984-02-29", "1984-03-01", AKA__DL_DAY_APART, 0}, /* next day */
        /* consecutive days (a calendar converted by two offices): their
         * own level and no conflict, within a month, across one or across
         * a year; two days apart that no slip explains conflict */
        {"1982-01-20", "1982-01-19", AKA__DL_DAY_APART, 0},
        {"1985-03-07", "1985-03-08", AKA__DL_DAY_APART, 0},
        {"1985-01-31", "1985-02-01", AKA__DL_DAY_APART, 0},
        {"1985-02-28", "1985-03-01", AKA__DL_DAY_APART, 0},
        /* 1 January is the day written for one not known: beside it the
         * next day is no calendar a day off */
        {"1985-12-31", "1986-01-01", AKA__DL_YEAR_PM1, 0},
        {"1985-01-01", "1985-01-02", AKA__DL_SAME_YM, 0},
        {"1982-01-29", "1982-01-31", AKA__DL_SAME_YM, 1},
        {"1984-02-28", "1984-03-01", AKA__DL_SAME_YEAR, 1}, /* a leap year */
        /* same year */
        {"1985-03-07", "1985-11-23", AKA__DL_SAME_YEAR, 1},
        /* same day, one month apart: a mistyped month, graded like the
         * same year and month */
        {"1985-03-07", "1985-04-07", AKA__DL_SAME_YM, 0}, /* one digit */
        {"1985-03-13", "1985-13-03" /* malformed */, AKA__DL_DIFFERENT, 0},
        {"1985-03-25", "1985-25-03" /* malformed */, AKA__DL_DIFFERENT, 0},
        /* years one apart */
        {"1985-03-07", "1986-03-07", AKA__DL_YEAR_PM1, 0},
        {"1989-03-07", "1990-03-07", AKA__DL_YEAR_PM1, 1},
        {"1999", "2000-01-01", AKA__DL_YEAR_PM1, 0},
        {"1985", "1984", AKA__DL_YEAR_PM1, 0},
        /* different */
        {"1985-03-07", "1958-03-07", AKA__DL_DIFFERENT, 0}, /* transposed */
        {"1985-03-07", "1975-03-07", AKA__DL_DIFFERENT, 0}, /* one digit */
        {"1985-03-07", "1972-11-30", AKA__DL_DIFFERENT, 1},
        {"1985", "1972-11-30", AKA__DL_DIFFERENT, 0},
        {"1985-03", "1990-03", AKA__DL_DIFFERENT, 0},
        /* malformed values never conflict */
        {"unknown", "1985-03-07", AKA__DL_DIFFERENT, 0},
        {"85-03-07", "1985-03-07", AKA__DL_DIFFERENT, 0},
        {"1985/03/07", "1985-03-07", AKA__DL_DIFFERENT, 0},
        {"", "1985", AKA__DL_DIFFERENT, 0},
        {"", "", AKA__DL_EXACT, 0},
    };
    CHECK(AKA_DATE_OF_BIRTH, 0, cases);
}

static void test_document(void **state)
{
    (void)state;
    static const ccase cases[] = {
        {"UA:AB123456", "UA:AB123456", AKA__DOCL_EXACT, 0},
        {"AB123456", "AB123456", AKA__DOCL_EXACT, 0},
        /* one side without a country: the numbers decide */
        {"UA:AB123456", "AB123456", AKA__DOCL_EXACT, 0},
        {"UA:AB123456", "A8123456", AKA__DOCL_OCR, 0},
        {"UA:AB123456", "AB123457", AKA__DOCL_DIFFERENT, 0},
        /* OCR-like confusions, one or several */
        {"AB123456", "A8123456", AKA__DOCL_OCR, 0},
        {"P0123456", "PO123456", AKA__DOCL_OCR, 0},
        {"P0123456", "PD123456", AKA__DOCL_OCR, 0},
        {"P0123456", "PQ123456", AKA__DOCL_OCR, 0},
        {"X1234567", "XI234567", AKA__DOCL_OCR, 0},
        {"X1234567", "XL234567", AKA__DOCL_OCR, 0},
        {"5Z000G", "S2OOO6", AKA__DOCL_OCR, 0},
        {"DE:C01X00T47", "DE:CO1XOOT47", AKA__DOCL_OCR, 0},
        /* one adjacent transposition, also after OCR mapping */
        {"FR:12AB34567", "FR:12AB35467", AKA__DOCL_OCR, 0},
        {"FR:12AB34567", "FR:21AB34567", AKA__DOCL_OCR, 0},
        {"FR:12AB34567", "FR:12AB34576", AKA__DOCL_OCR, 0},
        {"FR:12AB34567", "FR:12A834576", AKA__DOCL_OCR, 0},
        /* a copy without the letters before the number, or with a
         * country's code glued on: the ocr level */
        {"S26182743", "26182743", AKA__DOCL_OCR, 0},
        {"26182743", "S26182743", AKA__DOCL_OCR, 0},
        {"LV9187635", "9187635", AKA__DOCL_OCR, 0},
        {"AL:P7124294", "BP7124294", AKA__DOCL_OCR, 0},
        {"SOP00G71417", "00671417", AKA__DOCL_OCR, 0},
        {"DZ:222545828", "DZ222545828", AKA__DOCL_OCR, 0},
        /* ... not four letters, not a short number, not two digits
         * lost, not letters lost after the start */
        {"ABCD12345678", "12345678", AKA__DOCL_DIFFERENT, 0},
        {"AB12345", "12345", AKA__DOCL_DIFFERENT, 0},
        {"AB123456", "AB1234", AKA__DOCL_DIFFERENT, 0},
        {"12AB34567", "1234567", AKA__DOCL_DIFFERENT, 0},
        {"AB123456", "ABC12345", AKA__DOCL_DIFFERENT, 0},
        /* one character typed twice or dropped anywhere, in a number of
         * 6 characters or more with 5 digits: the ocr level, look-alikes
         * folded in the rest */
        {"M44844591", "M4484591", AKA__DOCL_OCR, 0},
        {"EC63056", "EC763056", AKA__DOCL_OCR, 0},
        {"AB123456", "AB12345", AKA__DOCL_OCR, 0},
        {"C3730701", "C83730701", AKA__DOCL_OCR, 0},
        {"UA:XB47892", "XB477892", AKA__DOCL_OCR, 0},
        {"34015791", "340615792", AKA__DOCL_DIFFERENT, 0},
        {"34015791", "34O615791", AKA__DOCL_OCR, 0},
        {"123456", "1234567", AKA__DOCL_OCR, 0},
        /* ... not in a shorter number, nor with fewer than 5 digits, nor
         * with a second difference */
        {"12345", "123456", AKA__DOCL_DIFFERENT, 0},
        {"ABCD1234", "ABCD12344", AKA__DOCL_DIFFERENT, 0},
        {"AB123456", "AB1293456", AKA__DOCL_OCR, 0},
        {"AB123456", "AB1293457", AKA__DOCL_DIFFERENT, 0},
        {"AB123456", "XAB123457", AKA__DOCL_DIFFERENT, 0},
        /* a transposition over a gap, two transpositions, a plain typo,
         * two dropped digits: different, and a conflict within one
         * country */
        {"FR:12AB34567", "FR:12AB74563", AKA__DOCL_DIFFERENT, 1},
        {"FR:12AB34567", "FR:21AB43567", AKA__DOCL_DIFFERENT, 1},
        {"FR:12AB34567", "FR:12AB34568", AKA__DOCL_DIFFERENT, 1},
        {"FR:12AB34567", "FR:12AB356", AKA__DOCL_DIFFERENT, 1},
        {"UA:AB123456", "UA:CE654321", AKA__DOCL_DIFFERENT, 1},
        /* without both countries a difference is no conflict */
        {"AB123456", "CE654321", AKA__DOCL_DIFFERENT, 0},
        /* two countries: not comparable, whatever the numbers */
        {"UA:AB123456", "PL:CE654321", AKA__DOCL_OTHER_COUNTRY, 0},
        {"UA:AB123456", "PL:AB123456", AKA__DOCL_OTHER_COUNTRY, 0},
        /* a number that merely contains ':' later is not a country */
        {"ABC:1234", "ABC:1234", AKA__DOCL_EXACT, 0},
        {"ABC:1234", "ABC:1235", AKA__DOCL_DIFFERENT, 0},
        {"", "AB123456", AKA__DOCL_DIFFERENT, 0},
    };
    CHECK(AKA_DOCUMENT, 0, cases);
}

static void test_phone(void **state)
{
    (void)state;
    static const ccase cases[] = {
        {"+380441234567", "+380441234567", AKA__PHL_EXACT, 0},
        {"0441234567", "0441234567", AKA__PHL_EXACT, 0},
        /* one number in its international form and in its country's
         * national form, every digit: after the country's trunk prefix
         * (0, Russia's 8, Belarus's 80, Hungary's 06, North America's 1),
         * after none (Italy's 0 is the number's; a 0 or a 1 left out), or
         * the international form without its + */
        {"+380441234567", "0441234567", AKA__PHL_EXACT, 0},
        {"+380441234567", "380441234567", AKA__PHL_EXACT, 0},
        {"+4915112345678", "015112345678", AKA__PHL_EXACT, 0},
        {"12345678", "+4912345678", AKA__PHL_EXACT, 0},
        {"+447451223908", "07451223908", AKA__PHL_EXACT, 0},
        {"+79161234567", "89161234567", AKA__PHL_EXACT, 0},
        {"+375291234567", "80291234567", AKA__PHL_EXACT, 0},
        {"+36301234567", "06301234567", AKA__PHL_EXACT, 0},
        {"+390612345678", "0612345678", AKA__PHL_EXACT, 0},
        {"+18095550177", "8095550177", AKA__PHL_EXACT, 0},
        {"+18095550177", "18095550177", AKA__PHL_EXACT, 0},
        /* the last eight alike, the rest not the national form: a digit
         * that is no trunk prefix, Italy's 0 lost, another trunk prefix */
        {"+447451223908", "97451223908", AKA__PHL_SAME_LAST8, 0},
        {"+390612345678", "612345678", AKA__PHL_SAME_LAST8, 0},
        {"+447451223908", "87451223908", AKA__PHL_SAME_LAST8, 0},
        {"+4915112345678", "5112345678", AKA__PHL_SAME_LAST8, 0},
        /* a national number of seven digits (Eritrea, the Gambia) is its
         * international form's too; six are too few */
        {"+2917123456", "07123456", AKA__PHL_EXACT, 0},
        {"+2207123456", "7123456", AKA__PHL_EXACT, 0},
        {"+220712345", "712345", AKA__PHL_DIFFERENT, 0},
        {"123456", "+49301123456", AKA__PHL_DIFFERENT, 0},
        /* two numbers in one form that end alike are one only when what
         * comes before is one, zeros and a trunk 8 aside */
        {"+79161234567", "+79261234567", AKA__PHL_DIFFERENT, 0},
        {"07700900123", "07800900123", AKA__PHL_DIFFERENT, 0},
        {"+3800671234567", "+380671234567", AKA__PHL_SAME_LAST8, 0},
        {"0912345678", "912345678", AKA__PHL_SAME_LAST8, 0},
        {"89161234567", "9161234567", AKA__PHL_SAME_LAST8, 0},
        {"+4412345678", "+4912345678", AKA__PHL_DIFFERENT, 0},
        {"+380441234567", "+380441234568", AKA__PHL_DIFFERENT, 0},
        {"+380441234567", "+380501234567", AKA__PHL_DIFFERENT, 0},
        {"+380441234567", "n/a", AKA__PHL_DIFFERENT, 0},
        {"", "+380441234567", AKA__PHL_DIFFERENT, 0},
        /* two neighbouring digits keyed the other way round, in the last
         * eight, not the last digit; across the two forms too */
        {"+306941234567", "+306941234657", AKA__PHL_TRANSPOSED, 0},
        {"+306941234567", "6941234657", AKA__PHL_TRANSPOSED, 0},
        {"+306941234567", "+306942134567", AKA__PHL_TRANSPOSED, 0},
        {"+306941234567", "+306941234576", AKA__PHL_DIFFERENT, 0}, /* last digit */
        {"+306941234567", "+306941234675", AKA__PHL_DIFFERENT, 0}, /* two swaps */
        {"+306941234567", "+306941324657", AKA__PHL_DIFFERENT, 0},
        {"+306941234567", "+306941235467", AKA__PHL_TRANSPOSED, 0},
        {"+79161234567", "+79261243567", AKA__PHL_DIFFERENT, 0}, /* other lines */
        {"+306941234567", "+306941234467", AKA__PHL_DIFFERENT, 0},
    };
    CHECK(AKA_PHONE, 0, cases);
}

static void test_email(void **state)
{
    (void)state;
    static const ccase cases[] = {
        {"ivan.petrov@ukr.net", "ivan.petrov@ukr.net", AKA__EML_EXACT, 0},
        /* gmail ignores dots and +tags; googlemail is the same mailbox */
        {"ivan.petrov@gmail.com", "ivanpetrov@gmail.com", AKA__EML_EXACT, 0},
        {"i.v.a.n.petrov@gmail.com", "ivanpetrov+shop@gmail.com",
         AKA__EML_EXACT, 0},
        {"ivanpetrov@googlemail.com", "ivan.petrov@gmail.com",
         AKA__EML_EXACT, 0},
        {"ivanpetrov+a.b@gmail.com", "ivanpetrov+c@gmail.com",
         AKA__EML_EXACT, 0},
        {"ivanpetrov+@gmail.com", "ivanpetrov@gmail.com", AKA__EML_EXACT, 0},
        {"ivanpetr@gmail.com", "ivanpetrov@gmail.com", AKA__EML_DIFFERENT,
         0},
        /* one letter slipped, the domain alike: as a local part met at
         * another domain; not a digit or a separator, which tell
         * namesakes' addresses apart, nor in a short local part */
        {"ivanpetro@gmail.com", "ivanpetrov@gmail.com", AKA__EML_SAME_LOCAL,
         0},
        {"ivanpetrovv@gmail.com", "ivanpetrov@gmail.com",
         AKA__EML_SAME_LOCAL, 0},
        {"olivia.holmse@mail.ru", "olivia.holmes@mail.ru",
         AKA__EML_SAME_LOCAL, 0},
        {"emma.jansen1@web.de", "emma.jansen2@web.de", AKA__EML_DIFFERENT, 0},
        {"ethan.kel1ly@web.de", "ethan.kelly@web.de", AKA__EML_DIFFERENT, 0},
        {"ivan_petrov@ukr.net", "ivan.petrov@ukr.net", AKA__EML_DIFFERENT, 0},
        {"ivanp@ukr.net", "ivanr@ukr.net", AKA__EML_DIFFERENT, 0},
        /* elsewhere dots and tags are the provider's business */
        {"ivan.petrov@ukr.net", "ivanpetrov@ukr.net", AKA__EML_DIFFERENT, 0},
        {"ivan.petrov@gmail.com", "ivanpetrov@yahoo.com",
         AKA__EML_DIFFERENT, 0},
        /* the same local part at another domain */
        {"ivan.petrov@gmail.com", "ivan.petrov@yahoo.com",
         AKA__EML_SAME_LOCAL, 0},
        {"ivan.petrov+x@gmail.com", "ivan.petrov+x@mail.ru",
         AKA__EML_SAME_LOCAL, 0},
        {"anna@ukr.net", "boris@ukr.net", AKA__EML_DIFFERENT, 0},
        /* malformed */
        {"anna", "anna@ukr.net", AKA__EML_DIFFERENT, 0},
        {"@ukr.net", "@mail.ru", AKA__EML_DIFFERENT, 0},
        {"", "anna@ukr.net", AKA__EML_DIFFERENT, 0},
    };
    CHECK(AKA_EMAIL, 0, cases);
}

static void test_nationality_gender(void **state)
{
    (void)state;
    static const ccase nat[] = {
        {"UA", "UA", AKA__EQL_EXACT, 0},
        {"UA", "RU", AKA__EQL_DIFFERENT, 0},
        {"UA", "", AKA__EQL_DIFFERENT, 0},
    };
    static const ccase gen[] = {
        {"F", "F", AKA__EQL_EXACT, 0},
        {"X", "X", AKA__EQL_EXACT, 0},
        {"F", "M", AKA__EQL_DIFFERENT, 0},
        {"X", "F", AKA__EQL_DIFFERENT, 0},
        {"X", "M", AKA__EQL_DIFFERENT, 0},
    };
    CHECK(AKA_NATIONALITY, 0, nat);
    CHECK(AKA_GENDER, 0, gen);
}

static void test_identifier(void **state)
{
    (void)state;
    static const ccase cases[] = {
        {"iban:ua213223130000026007233566001",
         "iban:ua213223130000026007233566001", AKA__IDL_EXACT, 0},
        {"telegram:ivan_p", "telegram:ivan_p", AKA__IDL_EXACT, 0},
        {"telegram:ivan_p", "telegram:ivan_pp", AKA__IDL_DIFFERENT_SAME_TYPE,
         0},
        {"plate:aa1234bb", "telegram:aa1234bb", AKA__IDL_DIFFERENT_TYPE, 0},
        {"plate:aa1234bb", "plates:aa1234bb", AKA__IDL_DIFFERENT_TYPE, 0},
        /* the value may itself hold ':' */
        {"url:https://x.org/a", "url:https://x.org/b",
         AKA__IDL_DIFFERENT_SAME_TYPE, 0},
        {"novalue", "plate:aa1234bb", AKA__IDL_DIFFERENT_TYPE, 0},
        {"", "plate:aa1234bb", AKA__IDL_DIFFERENT_TYPE, 0},
        /* a country before the type, on one side only: one type */
        {"af_tazkira:1399010112345", "tazkira:1399010112345", AKA__IDL_EXACT, 0},
        {"tazkira:1399010112345", "af_tazkira:1399010112345", AKA__IDL_EXACT, 0},
        {"af_tazkira:1399010112345", "tazkira:1399010112346",
         AKA__IDL_DIFFERENT_SAME_TYPE, 0},
        /* two countries: two types; no country code, no country */
        {"af_tazkira:1399010112345", "pk_tazkira:1399010112345",
         AKA__IDL_DIFFERENT_TYPE, 0},
        {"xq_tazkira:1399010112345", "tazkira:1399010112345",
         AKA__IDL_DIFFERENT_TYPE, 0},
        {"mn_reg:ub92030812", "reg:ub92030812", AKA__IDL_EXACT, 0},
        {"mn_:x", "mn:x", AKA__IDL_DIFFERENT_TYPE, 0},
        /* OCR look-alikes in a number of six characters or more */
        {"nin:i2345678901", "nin:12345678901", AKA__IDL_OCR, 0},
        {"nin:123456789o1", "af_nin:12345678901", AKA__IDL_OCR, 0},
        {"nin:12345678901", "nin:12345678902", AKA__IDL_DIFFERENT_SAME_TYPE, 0},
        {"tg:ivo1", "tg:iv01", AKA__IDL_DIFFERENT_SAME_TYPE, 0},
        {"tg:bobsie", "tg:80b5ie", AKA__IDL_DIFFERENT_SAME_TYPE, 0},
        {"plate:i2345678901", "tag:12345678901", AKA__IDL_DIFFERENT_TYPE, 0},
    };
    static const ccase strict[] = {
        {"telegram:ivan_p", "telegram:ivan_p", AKA__IDL_EXACT, 0},
        {"telegram:ivan_p", "telegram:ivan_pp", AKA__IDL_DIFFERENT_SAME_TYPE,
         1},
        {"plate:aa1234bb", "telegram:aa1234bb", AKA__IDL_DIFFERENT_TYPE, 0},
    };
    CHECK(AKA_IDENTIFIER, 0, cases);
    CHECK(AKA_IDENTIFIER, AKA__CMP_IDENTIFIER_CONFLICT, strict);

    static const struct {
        const char *v;
        size_t len;
    } country[] = {
        {"af_tazkira:1", 3}, {"AF_tazkira:1", 0}, {"xq_tazkira:1", 0},
        {"af_t:1", 0},       {"tazkira:1", 0},    {"af_tazkira", 0},
        {"ua_:1", 0},        {"id_card:1", 3},
    };
    for (size_t i = 0; i < sizeof country / sizeof country[0]; i++)
        assert_int_equal(aka__identifier_country_len(country[i].v, strlen(country[i].v)),
                         country[i].len);
}

static void test_text(void **state)
{
    (void)state;
    static const ccase cases[] = {
        {"vul khreshchatyk 22 kyiv", "vul khreshchatyk 22 kyiv",
         AKA__TXL_EXACT, 0},
        /* order, repeats and one-letter words do not matter */
        {"kyiv vul khreshchatyk 22", "vul khreshchatyk 22 kyiv",
         AKA__TXL_EXACT, 0},
        {"22 a khreshchatyk kyiv kyiv", "khreshchatyk 22 kyiv b",
         AKA__TXL_EXACT, 0},
        /* most words shared */
        {"vul khreshchatyk 22 kv 5 kyiv", "khreshchatyk 22 kyiv",
         AKA__TXL_STRONG, 0},
        {"khreshchatyk 22 kyiv 01001", "khreshchatyk 22 kyiv",
         AKA__TXL_STRONG, 0},
        /* the smaller set inside the larger, 2+ words */
        {"lenina 5 kharkiv oblast", "lenina 5 apt 12 kharkiv "
         "pivdennyi district", AKA__TXL_STRONG, 0},
        {"rue de la paix paris", "rue de la paix 75002 paris france "
         "europe", AKA__TXL_STRONG, 0},
        /* place names with and without the kind of place */
        {"kyiv", "kyiv city", AKA__TXL_STRONG, 0},
        {"odesa oblast", "odesa", AKA__TXL_STRONG, 0},
        /* competing romanisations of one word */
        {"kyiv", "kyyiv", AKA__TXL_STRONG, 0},
        {"odessa", "odesa oblast", AKA__TXL_STRONG, 0},
        {"vul khreshchatyk 22 kyiv", "khreshchatyk 22 kyyiv",
         AKA__TXL_STRONG, 0},
        /* another language's spelling of a place, by the hard-c or the
         * loose key, in words of four letters or more */
        {"kraiova", "craiova", AKA__TXL_STRONG, 0},
        {"kiew", "kyiv", AKA__TXL_STRONG, 0},
        {"saporischschja", "zaporizhzhya", AKA__TXL_STRONG, 0},
        {"homs", "hama", AKA__TXL_DIFFERENT, 0},
        {"mosul", "mosel", AKA__TXL_DIFFERENT, 0},
        /* a place written in Arabic or Persian letters, without most of
         * its vowels, by the consonants (حمص, مشهد, تهران) */
        {"hms", "homs", AKA__TXL_STRONG, 0},
        {"mshhd", "mashhad", AKA__TXL_STRONG, 0},
        {"thran", "tehran", AKA__TXL_STRONG, 0},
        {"hms", "hama", AKA__TXL_DIFFERENT, 0},
        /* ... or alike but for a final vowel (Albanian Gjakovë, Gjakova) */
        {"gjakove", "gjakova", AKA__TXL_STRONG, 0},
        {"prishtine", "pristina", AKA__TXL_STRONG, 0},
        {"bire", "bira", AKA__TXL_DIFFERENT, 0}, /* four letters */
        /* one place's names in two languages (the [place] table) */
        {"halab", "aleppo", AKA__TXL_STRONG, 0},
        {"hlb", "aleppo", AKA__TXL_STRONG, 0},
        {"aleppo", "damascus", AKA__TXL_DIFFERENT, 0},
        /* ... Turkish and Italian exonyms, old names, local names, Arabic
         * spellings outside the Levant */
        {"kahire", "cairo", AKA__TXL_STRONG, 0},
        {"mogadiscio", "muqdisho", AKA__TXL_STRONG, 0},
        {"leningrad", "st petersburg", AKA__TXL_STRONG, 0},
        {"sankt peterburg", "saint petersburg", AKA__TXL_STRONG, 0},
        {"maynila", "manila", AKA__TXL_STRONG, 0},
        {"hrat", "herat", AKA__TXL_STRONG, 0},
        {"herat", "kabul", AKA__TXL_DIFFERENT, 0},
        /* articles and prepositions inside a name, and the ciudad of
         * Spanish cities, name nothing */
        {"rostov na donu", "rostov on don", AKA__TXL_STRONG, 0},
        {"cd juarez", "ciudad juarez", AKA__TXL_STRONG, 0},
        {"ciudad juarez", "ciudad obregon", AKA__TXL_DIFFERENT, 0},
        {"gangnam gu seoul", "seoul gangnam", AKA__TXL_STRONG, 0},
        /* one word and two */
        {"chiangmai", "chiang mai", AKA__TXL_STRONG, 0},
        {"udon thani", "udonthani", AKA__TXL_STRONG, 0},
        /* a postal code in two groups and whole (Czech, Swedish, Greek,
         * Polish), when the other value holds it whole */
        {"husova 12 602 00 brno", "husova 12 brno 60200", AKA__TXL_EXACT, 0},
        {"114 55 stockholm", "11455 stockholm", AKA__TXL_EXACT, 0},
        {"00 950 warszawa", "00950 warszawa", AKA__TXL_EXACT, 0},
        {"husova 12 602 00 brno", "husova 12 60201 brno", AKA__TXL_WEAK, 0},
        /* but numbers are compared as written ("22" is not "222") */
        {"kharkiv 22", "kharkiv 222", AKA__TXL_WEAK, 0},
        {"lenina 12 kharkiv", "lenina 21 kharkiv", AKA__TXL_WEAK, 0},
        {"lenina 12", "lenina 21", AKA__TXL_WEAK, 0},
        /* streets of one city: only the city is shared */
        {"vul shevchenka 12 kyiv", "vul franka 12 kyiv", AKA__TXL_WEAK, 0},
        /* generic words and short words are no evidence */
        {"ul lenina 5", "ul pushkina 5", AKA__TXL_DIFFERENT, 0},
        {"main street city", "oak street city", AKA__TXL_DIFFERENT, 0},
        {"lviv", "kharkiv", AKA__TXL_DIFFERENT, 0},
        /* empty word sets */
        {"a b c", "a b d", AKA__TXL_DIFFERENT, 0},
        {"", "kyiv", AKA__TXL_DIFFERENT, 0},
        {"   ", "", AKA__TXL_DIFFERENT, 0},
    };
    CHECK(AKA_ADDRESS, 0, cases);
    CHECK(AKA_PLACE_OF_BIRTH, 0, cases);
    /* One value's every naming word in the other: one city shared by
     * two addresses is weak evidence, or none in a short word; a place of
     * birth more closely told is the same place */
    static const ccase within_address[] = {
        {"berlin", "hauptstrasse 5 berlin", AKA__TXL_WEAK, 0},
        {"ufa", "ufa region bashkortostan", AKA__TXL_DIFFERENT, 0},
        {"breslau", "wroclaw polska", AKA__TXL_WEAK, 0},
    };
    CHECK(AKA_ADDRESS, 0, within_address);
    static const ccase within_place[] = {
        {"berlin", "hauptstrasse 5 berlin", AKA__TXL_STRONG, 0},
        {"ufa", "ufa region bashkortostan", AKA__TXL_STRONG, 0},
        {"kano", "kano nigeria", AKA__TXL_STRONG, 0},
        {"osh", "osh kyrgyzstan", AKA__TXL_STRONG, 0},
        {"breslau", "wroclaw polska", AKA__TXL_STRONG, 0},
        {"kano nigeria", "lagos nigeria", AKA__TXL_WEAK, 0},
    };
    CHECK(AKA_PLACE_OF_BIRTH, 0, within_place);
    /* Alike on both sides: a place of birth is exact; an address as
     * specific as it is, exact with a number, else strong for a name of
     * one or two words (a city many records share: London, New York, Den
     * Haag) and exact for three or more */
    static const ccase places[] = {
        {"london", "london", AKA__TXL_EXACT, 0},
        {"a b c", "a b c", AKA__TXL_EXACT, 0},
    };
    CHECK(AKA_PLACE_OF_BIRTH, 0, places);
    static const ccase addresses[] = {
        {"london", "london", AKA__TXL_STRONG, 0},
        {"city london", "london city", AKA__TXL_STRONG, 0},
        {"a b c", "a b c", AKA__TXL_STRONG, 0},
        {"bole sub city addis ababa", "addis ababa bole sub city", AKA__TXL_EXACT, 0},
        {"addis ababa", "addis ababa", AKA__TXL_STRONG, 0},
        {"new york", "new york", AKA__TXL_STRONG, 0},
        {"santiago de cuba", "santiago de cuba", AKA__TXL_STRONG, 0},
        {"rue de rivoli paris", "rue de rivoli paris", AKA__TXL_STRONG, 0},
        /* a refugee camp's blocks are shared by thousands */
        {"camp 15 block c coxs bazar", "camp 15 block c coxs bazar", AKA__TXL_STRONG, 0},
        {"ifo camp dadaab", "ifo camp dadaab", AKA__TXL_STRONG, 0},
        {"vul khreshchatyk kyiv ukraine", "vul khreshchatyk kyiv ukraine", AKA__TXL_EXACT, 0},
        {"london 5", "london 5", AKA__TXL_EXACT, 0},
        {"flat 3 221b baker street london", "flat 3 221b baker street london",
         AKA__TXL_EXACT, 0},
    };
    CHECK(AKA_ADDRESS, 0, addresses);
}

/* Only the first AKA__TEXT_MAX_TOKENS distinct words count, so a huge
 * value costs a bounded amount of work and still compares. */
static void test_text_long(void **state)
{
    (void)state;
    static char a[20000], b[20000];
    size_t la = 0, lb = 0;
    for (int i = 0; i < 2000; i++) {
        la += (size_t)snprintf(a + la, sizeof a - la, "w%04d ", i);
        lb += (size_t)snprintf(b + lb, sizeof b - lb, "w%04d ",
                               i < AKA__TEXT_MAX_TOKENS ? i : 3999 - i);
    }
    int conflict = -1;
    assert_int_equal(aka__compare_text(a, la, b, lb, &conflict),
                     AKA__TXL_EXACT);
    assert_int_equal(conflict, 0);
    b[1] = 'x'; /* the first word now differs */
    assert_int_equal(aka__compare_text(a, la, b, lb, NULL), AKA__TXL_STRONG);
}

/* Raw values through the normaliser, then compared: the comparators read
 * what aka__normalize really writes. */
static void cmp_raw(aka_feature kind, const char *ra, const char *rb,
                    const char *country, int want_level, int want_conflict)
{
    aka__norm_opts o = {""};
    snprintf(o.default_country, sizeof o.default_country, "%s", country);
    aka__sb a = {0}, b = {0};
    aka__err err = {{0}};
    assert_int_equal(aka__normalize(kind, ra, strlen(ra), &o, &a, &err),
                     AKA_OK);
    assert_int_equal(aka__normalize(kind, rb, strlen(rb), &o, &b, &err),
                     AKA_OK);
    int conflict = -1;
    int level = aka__compare(kind, a.p, a.len, b.p, b.len, 0, &conflict);
    if (level != want_level || conflict != want_conflict)
        fail_msg("kind %d \"%s\" -> \"%s\" / \"%s\" -> \"%s\": got %s %d",
                 kind, ra, a.p, rb, b.p, aka__level_name(kind, level),
                 conflict);
    aka__sb_free(&a);
    aka__sb_free(&b);
}

static void test_through_normaliser(void **state)
{
    (void)state;
    cmp_raw(AKA_DATE_OF_BIRTH, "07/03/1985", "7 March 1985", "",
            AKA__DL_EXACT, 0);
    cmp_raw(AKA_DATE_OF_BIRTH, "03.1985", "1985-03-07", "", AKA__DL_PARTIAL,
            0);
    cmp_raw(AKA_DATE_OF_BIRTH, "1985", "07.03.1985", "", AKA__DL_PARTIAL, 0);
    cmp_raw(AKA_DATE_OF_BIRTH, "1985-07-03", "07.03.1985", "",
            AKA__DL_SWAPPED, 0);
    cmp_raw(AKA_DATE_OF_BIRTH, "29.02.1984", "1984-02-28", "",
            AKA__DL_DAY_APART, 0);
    cmp_raw(AKA_DATE_OF_BIRTH, "1995-03-21", "22/03/1995", "",
            AKA__DL_DAY_APART, 0);
    cmp_raw(AKA_DATE_OF_BIRTH, "12 December 1972", "1985-03-07", "",
            AKA__DL_DIFFERENT, 1);
    cmp_raw(AKA_DOCUMENT, "UA: АВ 123456", "ab-123456", "", AKA__DOCL_EXACT,
            0);
    cmp_raw(AKA_DOCUMENT, "Ukraine:AB123456", "UKR:A8123456", "",
            AKA__DOCL_OCR, 0);
    cmp_raw(AKA_DOCUMENT, "UA:AB123456", "UA:AB654321", "",
            AKA__DOCL_DIFFERENT, 1);
    cmp_raw(AKA_DOCUMENT, "UA:AB123456", "Poland:AB654321", "",
            AKA__DOCL_OTHER_COUNTRY, 0);
    cmp_raw(AKA_PHONE, "+38 (044) 123-45-67", "044 123 45 67", "",
            AKA__PHL_EXACT, 0);
    cmp_raw(AKA_PHONE, "+44 7451 223 908", "WhatsApp: 07451 223908", "",
            AKA__PHL_EXACT, 0);
    cmp_raw(AKA_PHONE, "+7 916 123-45-67", "8 (916) 123-45-67", "",
            AKA__PHL_EXACT, 0);
    /* a local number without its area code: its end, not every digit */
    cmp_raw(AKA_PHONE, "+38 (044) 123-45-67", "123-45-67", "",
            AKA__PHL_SAME_LAST8, 0);
    cmp_raw(AKA_PHONE, "+38 (044) 123-45-67", "044 123 45 67", "UA",
            AKA__PHL_EXACT, 0);
    cmp_raw(AKA_EMAIL, "Ivan.Petrov@Gmail.com", "ivanpetrov+work@gmail.com",
            "", AKA__EML_EXACT, 0);
    cmp_raw(AKA_EMAIL, "Ivan Petrov <ivan.petrov@ukr.net>",
            "mailto:ivan.petrov@i.ua", "", AKA__EML_SAME_LOCAL, 0);
    cmp_raw(AKA_NATIONALITY, "Ukraine", "UKR", "", AKA__EQL_EXACT, 0);
    cmp_raw(AKA_NATIONALITY, "Ukraine", "Poland", "", AKA__EQL_DIFFERENT, 0);
    /* China, Hong Kong and Macau are one nationality; Taiwan is not */
    cmp_raw(AKA_NATIONALITY, "Chinese", "Hong Kong SAR", "", AKA__EQL_EXACT, 0);
    cmp_raw(AKA_NATIONALITY, "Chinese (HKSAR)", "Macau", "", AKA__EQL_EXACT, 0);
    cmp_raw(AKA_NATIONALITY, "CHN", "TWN", "", AKA__EQL_DIFFERENT, 0);
    cmp_raw(AKA_NATIONALITY, "HKG", "SGP", "", AKA__EQL_DIFFERENT, 0);
    cmp_raw(AKA_GENDER, "female", "F", "", AKA__EQL_EXACT, 0);
    cmp_raw(AKA_GENDER, "female", "male", "", AKA__EQL_DIFFERENT, 0);
    cmp_raw(AKA_IDENTIFIER, "Telegram:@ivan_p", "telegram:ivan_p", "",
            AKA__IDL_EXACT, 0);
    cmp_raw(AKA_IDENTIFIER, "Bank Account:DE89 3704 0044",
            "bank_account:DE89370400", "", AKA__IDL_DIFFERENT_SAME_TYPE, 0);
    cmp_raw(AKA_ADDRESS, "вул. Хрещатик, 22, Київ", "Khreshchatyk 22, Kyiv",
            "", AKA__TXL_STRONG, 0);
    cmp_raw(AKA_PLACE_OF_BIRTH, "Київ", "Kyiv", "", AKA__TXL_STRONG, 0);
    cmp_raw(AKA_PLACE_OF_BIRTH, "Київ", "КИЇВ", "", AKA__TXL_EXACT, 0);
}

static void test_null_and_dispatch(void **state)
{
    (void)state;
    /* NULL with length 0 is allowed; conflict may be NULL */
    assert_int_equal(aka__compare_date(NULL, 0, NULL, 0, NULL),
                     AKA__DL_EXACT);
    assert_int_equal(aka__compare_document(NULL, 0, "AB1", 3, NULL),
                     AKA__DOCL_DIFFERENT);
    assert_int_equal(aka__compare_phone(NULL, 0, NULL, 0, NULL),
                     AKA__PHL_EXACT);
    assert_int_equal(aka__compare_email(NULL, 0, "a@b.c", 5, NULL),
                     AKA__EML_DIFFERENT);
    assert_int_equal(aka__compare_identifier(NULL, 0, "t:v", 3, 1, NULL),
                     AKA__IDL_DIFFERENT_TYPE);
    assert_int_equal(aka__compare_text(NULL, 0, "kyiv", 4, NULL),
                     AKA__TXL_DIFFERENT);
    /* names have their own comparator; unknown kinds are refused */
    int conflict = -1;
    assert_int_equal(aka__compare(AKA_NAME, "a", 1, "a", 1, 0, &conflict),
                     -1);
    assert_int_equal(conflict, 0);
    assert_int_equal(aka__compare(0, "a", 1, "a", 1, 0, NULL), -1);
    assert_int_equal(aka__compare(13, "a", 1, "a", 1, 0, NULL), -1);
}

static void test_level_names(void **state)
{
    (void)state;
    assert_string_equal(aka__level_name(AKA_NAME, AKA__NL_EXACT), "exact");
    assert_string_equal(aka__level_name(AKA_GIVEN_NAME, AKA__NL_ROMAN),
                        "romanised");
    assert_string_equal(aka__level_name(AKA_FAMILY_NAME, AKA__NL_VARIANT),
                        "variant");
    assert_string_equal(aka__level_name(AKA_NAME, AKA__NL_FUZZY_STRONG),
                        "fuzzy_strong");
    assert_string_equal(aka__level_name(AKA_NAME, AKA__NL_FUZZY_WEAK),
                        "fuzzy_weak");
    assert_string_equal(aka__level_name(AKA_NAME, AKA__NL_DIFFERENT),
                        "different");
    assert_string_equal(aka__level_name(AKA_DATE_OF_BIRTH, AKA__DL_SWAPPED),
                        "swapped");
    assert_string_equal(aka__level_name(AKA_DATE_OF_BIRTH, AKA__DL_PARTIAL),
                        "partial_compatible");
    assert_string_equal(aka__level_name(AKA_DATE_OF_BIRTH, AKA__DL_SAME_YM),
                        "same_year_month");
    assert_string_equal(aka__level_name(AKA_DATE_OF_BIRTH, AKA__DL_YEAR_PM1),
                        "year_pm1");
    assert_string_equal(aka__level_name(AKA_DATE_OF_BIRTH, AKA__DL_DAY_APART),
                        "day_apart");
    assert_string_equal(aka__level_name(AKA_DATE_OF_BIRTH, AKA__DL_DAY_APART + 1),
                        "unknown");
    assert_string_equal(aka__level_name(AKA_DOCUMENT, AKA__DOCL_OCR), "ocr");
    assert_string_equal(
        aka__level_name(AKA_DOCUMENT, AKA__DOCL_OTHER_COUNTRY),
        "other_country");
    assert_string_equal(aka__level_name(AKA_PHONE, AKA__PHL_SAME_LAST8),
                        "same_last8");
    assert_string_equal(aka__level_name(AKA_EMAIL, AKA__EML_SAME_LOCAL),
                        "same_local");
    assert_string_equal(aka__level_name(AKA_GENDER, AKA__EQL_DIFFERENT),
                        "different");
    assert_string_equal(
        aka__level_name(AKA_IDENTIFIER, AKA__IDL_DIFFERENT_SAME_TYPE),
        "different_same_type");
    assert_string_equal(aka__level_name(AKA_ADDRESS, AKA__TXL_WEAK), "weak");
    assert_string_equal(aka__level_name(AKA_PLACE_OF_BIRTH, AKA__TXL_STRONG),
                        "strong");
    assert_string_equal(aka__level_name(AKA_PHONE, -1), "unknown");
    assert_string_equal(aka__level_name(AKA_PHONE, AKA__PHL_TRANSPOSED), "transposed");
    assert_string_equal(aka__level_name(AKA_PHONE, 4), "unknown");
    assert_string_equal(aka__level_name(99, 0), "unknown");
    /* every level of every kind has a distinct, lower-case name */
    for (int kind = AKA_NAME; kind <= AKA_IDENTIFIER; kind++) {
        int n = aka__level_count(kind);
        assert_true(n >= 2);
        assert_string_equal(aka__level_name(kind, 0), "exact");
        for (int i = 0; i < n; i++) {
            const char *s = aka__level_name(kind, i);
            for (const char *p = s; *p; p++)
                assert_true((*p >= 'a' && *p <= 'z') || *p == '_' ||
                            (*p >= '0' && *p <= '9'));
            for (int j = 0; j < i; j++)
                assert_string_not_equal(s, aka__level_name(kind, j));
        }
    }
    assert_int_equal(aka__level_count(0), 0);
}

/* Whether a pair of full dates conflicts is decided by counting typing
 * slips without an edit-distance table: every pair of dates one or two
 * slips from a few bases (each digit changed, each two neighbours
 * exchanged, two digits changed) must conflict exactly when the optimal
 * string alignment distance, which defines a slip, is above one and the
 * dates are not day and month swapped. */
static void test_date_slips(void **state)
{
    (void)state;
    static const char *const bases[] = {"1985-03-07", "1912-11-12",
                                        "2001-10-01", "1977-07-17"};
    char x[11], y[11];
    size_t checked = 0;
    for (size_t bi = 0; bi < sizeof bases / sizeof bases[0]; bi++) {
        memcpy(x, bases[bi], 11);
        for (int i = 0; i < 10; i++)
            for (int j = i; j < 10; j++)
                for (int di = 0; di < 10; di++)
                    for (int dj = 0; dj < 10; dj++) {
                        if (i == 4 || i == 7 || j == 4 || j == 7)
                            continue;
                        memcpy(y, x, 11);
                        if (j == i + 1 && di == 0 && dj == 0) {
                            y[i] = x[j]; /* neighbours exchanged */
                            y[j] = x[i];
                        } else {
                            y[i] = (char)('0' + di);
                            y[j] = (char)('0' + dj);
                        }
                        int conflict = -1;
                        int level = aka__compare(AKA_DATE_OF_BIRTH, x, 10, y,
                                                 10, 0, &conflict);
                        int m = (y[5] - '0') * 10 + y[6] - '0',
                            d = (y[8] - '0') * 10 + y[9] - '0';
                        if (m < 1 || m > 12 || d < 1 || d > 31)
                            continue; /* not a date: never a conflict */
                        int want = memcmp(x, y, 10) != 0 &&
                                   level != AKA__DL_SWAPPED &&
                                   aka__osa(x, 10, y, 10, 1) > 1;
                        if (conflict != want)
                            fail_msg("\"%s\" / \"%s\": conflict %d, want %d",
                                     x, y, conflict, want);
                        checked++;
                    }
    }
    assert_true(checked > 8000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date),
        cmocka_unit_test(test_date_slips),
        cmocka_unit_test(test_document),
        cmocka_unit_test(test_phone),
        cmocka_unit_test(test_email),
        cmocka_unit_test(test_nationality_gender),
        cmocka_unit_test(test_identifier),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_text_long),
        cmocka_unit_test(test_through_normaliser),
        cmocka_unit_test(test_null_and_dispatch),
        cmocka_unit_test(test_level_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
