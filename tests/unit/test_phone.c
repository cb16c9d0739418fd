/* Phone numbers: E.164 from international and national forms, trunk
 * prefixes per country, separators, Unicode digits, extensions, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <unicode/uchar.h>

#include "helpers.h"

#include "normalize/ar_mobile.h"
#include "normalize/calling_codes.h"
#include "normalize/normalize.h"

typedef struct {
    const char *country; /* default country, "" for none */
    const char *in;
    const char *want;    /* NULL: AKA_ERR_PARSE expected */
} pcase;

static void check(const pcase *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        kcase c = {cases[i].in, cases[i].want};
        check_cases_with(AKA_PHONE, cases[i].country, &c, 1);
    }
}

static void test_international(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"", "+380 (50) 123-45-67", "+380501234567"},
        {"", "00 49 30 1234567", "+49301234567"},
        {"", "+44 (0)20 7946 0958", "+442079460958"},
        {"", "0044 (0) 20 7946 0958", "+442079460958"},
        {"", "+49 (0)30 1234567", "+49301234567"},
        /* ... and written without parentheses, or with the area code's */
        {"", "+44 07700 900123", "+447700900123"},
        {"", "+380 067 123 45 67", "+380671234567"},
        {"", "+234 0803 123 4567", "+2348031234567"},
        {"", "+49 (030) 1234 5678", "+493012345678"},
        /* where the 0 is part of the number it stays, (0) too: Rome,
         * Abidjan, Brazzaville */
        {"", "+39 (0)6 1234 5678", "+390612345678"},
        {"", "+39 06 1234 5678", "+390612345678"},
        {"", "+225 07 08 12 34 56", "+2250708123456"},
        {"", "+242 06 123 4567", "+242061234567"},
        /* every trunk 0 after the code goes, so that the output read
         * again stays; a (0) inside the code stays; after no known code
         * (+802) the number is refused */
        {"", "+44 00 20 7946 0958", "+442079460958"},
        {"", "+4(0)102 (0)20 (0) ", "+401020200"},
        {"", "+8(0)204 (0)20 (0) ", NULL},
        {"", "+1 (212) 555-0142", "+12125550142"},
        {"", "+7 916 123 45 67", "+79161234567"},
        {"", "+33 1 42 68 53 00", "+33142685300"},
        {"", "+39 06 6982 1234", "+390669821234"},
        {"", "+86 10 1234 5678", "+861012345678"},
        {"", "+81-3-1234-5678", "+81312345678"},
        {"", "+82 2-123-4567", "+8221234567"},
        {"", "+91 98765 43210", "+919876543210"},
        {"", "+234 803 123 4567", "+2348031234567"},
        {"", "+254 712 345678", "+254712345678"},
        {"", "+27 21 123 4567", "+27211234567"},
        {"", "+971 4 123 4567", "+97141234567"},
        {"", "+55 11 91234-5678", "+5511912345678"},
        {"", "+52 55 1234 5678", "+525512345678"},
        {"", "tel:+380501234567", "+380501234567"},
        /* a country named before the number is its country, over the
         * default; other words stay a label */
        {"", "Kenya 0712 345678", "+254712345678"},
        {"UA", "Nigeria: 0803 123 4567", "+2348031234567"},
        {"UA", "WhatsApp 050 123 4567", "+380501234567"},
        /* ... two letters are the label's abbreviation, not a code */
        {"GB", "Ph: 020 7946 0018", "+442079460018"},
        {"ES", "Tf: 612 345 678", "+34612345678"},
        {"PT", "Tm: 912 345 678", "+351912345678"},
        {"TR", "İŞ: 0532 123 45 67", "+905321234567"},
        {"TR", "iş: 0532 123 45 67", "+905321234567"},
        {"", "UK 07700 900123", "+447700900123"},
        {"", "USA (212) 555-0142", "+12125550142"},
        /* a WhatsApp link holds the international number without its + */
        {"", "wa.me/2348031234567", "+2348031234567"},
        {"UA", "https://wa.me/2348031234567?text=hi", "+2348031234567"},
        {"", "https://api.whatsapp.com/send?phone=2348031234567&text=x", "+2348031234567"},
        {"", "+380.50.123.45.67", "+380501234567"},
        {"", "+380/50/1234567", "+380501234567"},
        /* an international number is not changed by the default country */
        {"UA", "+49 30 1234567", "+49301234567"},
        {"FR", "00 380 50 123 45 67", "+380501234567"},
        /* other international prefixes */
        {"US", "011 44 20 7946 0958", "+442079460958"},
        {"CA", "011 33 1 42 68 53 00", "+33142685300"},
        {"RU", "8 10 49 30 1234567", "+49301234567"},
        /* Kosovo's mobiles under Monaco's and Slovenia's codes before 2017
         * are written with +383, where they moved; Monaco's and
         * Slovenia's own numbers stay */
        {"", "+377 44 123 456", "+38344123456"},
        {"", "00377 45 123 456", "+38345123456"},
        {"", "+386 49 123 456", "+38349123456"},
        {"", "+383 44 123 456", "+38344123456"},
        {"", "+377 93 15 12 34", "+37793151234"},
        {"", "+377 6 12 34 56 78", "+377612345678"},
        {"", "+386 41 123 456", "+38641123456"},
        /* Russia's trunk 8 after +7 and Mexico's retired mobile 1 after
         * +52, before a number of their ten digits, are dropped; a number
         * that opens with 8 (St Petersburg) stays, and so does one a
         * digit too long, read as written */
        {"", "+7 8 (916) 123 45 67", "+79161234567"},
        {"", "+7 (8) 916 123 45 67", "+79161234567"},
        {"", "+7 812 123 45 67", "+78121234567"},
        {"", "+7 812 123 45 678", "+781212345678"},
        {"", "+52 1 55 1234 5678", "+525512345678"},
        {"", "+52 1 55 1234 567", "+521551234567"},
        {"", "+52 55 1234 5678", "+525512345678"},
        /* calling codes of no territory that are dialled: satellite
         * phones, Ascension */
        {"", "+882 16 1234 5678", "+8821612345678"},
        {"", "+870 772 123 456", "+870772123456"},
        {"", "+247 61234", "+24761234"},
    };
    check(cases, sizeof cases / sizeof cases[0]);
}

static void test_national(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"UA", "050 123 45 67", "+380501234567"},
        {"", "050 123 45 67", "0501234567"},
        {"RU", "8 (916) 123-45-67", "+79161234567"},
        {"", "8 (916) 123-45-67", "89161234567"},
        {"KZ", "8 701 123 4567", "+77011234567"},
        {"BY", "8 029 123-45-67", "+375291234567"},
        {"BY", "029 123-45-67", "+375291234567"},
        {"US", "(212) 555-0142", "+12125550142"},
        {"US", "1-212-555-0142", "+12125550142"},
        {"US", "212.555.0142", "+12125550142"},
        {"CA", "(416) 555-0199", "+14165550199"},
        {"JM", "(876) 555-0123", "+18765550123"},
        {"GB", "020 7946 0958", "+442079460958"},
        {"GB", "(0)20 7946 0958", "+442079460958"},
        {"DE", "030 1234567", "+49301234567"},
        {"FR", "01 42 68 53 00", "+33142685300"},
        /* the country's own code without its +, as messengers export
         * numbers: not doubled when the national reading would be 14
         * digits or more; shorter, it stays national (Brazil's area
         * code 55, Italy's mobiles opening with 39) */
        {"UA", "380671234567", "+380671234567"},
        {"NG", "2348031234567", "+2348031234567"},
        /* ... or of a length the country's numbers never have, the code
         * taken off one they have: Russia's ten digits, Viet Nam's nine or
         * ten, Romania's and Spain's nine (a plan with no trunk prefix too) */
        {"RU", "79161234567", "+79161234567"},
        {"KZ", "77011234567", "+77011234567"},
        {"VN", "84912345678", "+84912345678"},
        {"VN", "845123456", "+84845123456"}, /* nine digits: a number of its own */
        {"TH", "66812345678", "+66812345678"},
        {"TH", "661234567", "+66661234567"},
        {"RO", "40721234567", "+40721234567"},
        {"ES", "34612345678", "+34612345678"},
        {"PK", "92 300 1234567", "+923001234567"},
        {"BR", "55 99123 4567", "+5555991234567"},
        {"IT", "393 1234567", "+393931234567"},
        {"NL", "020-1234567", "+31201234567"},
        {"PL", "512 345 678", "+48512345678"},
        {"HU", "06 30 123 4567", "+36301234567"},
        /* Italy, San Marino: the leading 0 belongs to the number */
        {"IT", "06 6982 1234", "+390669821234"},
        {"IT", "347 123 4567", "+393471234567"},
        {"SM", "0549 123456", "+3780549123456"},
        /* no trunk prefix: Spain, Greece, Denmark, Norway */
        {"ES", "912 345 678", "+34912345678"},
        {"GR", "21 0123 4567", "+302101234567"},
        {"DK", "32 12 34 56", "+4532123456"},
        {"NO", "22 12 34 56", "+4722123456"},
        {"LT", "8 612 34567", "+37061234567"},
        {"LT", "0 612 34567", "+37061234567"},
        {"TR", "0532 123 45 67", "+905321234567"},
        {"IL", "052-123-4567", "+972521234567"},
        {"EG", "010 1234 5678", "+201012345678"},
        {"MA", "0612-345678", "+212612345678"},
        {"SA", "050 123 4567", "+966501234567"},
        {"IN", "098765 43210", "+919876543210"},
        {"PK", "0300 1234567", "+923001234567"},
        {"BD", "01712-345678", "+8801712345678"},
        {"TH", "081 234 5678", "+66812345678"},
        {"VN", "091 234 56 78", "+84912345678"},
        {"ID", "0812-3456-7890", "+6281234567890"},
        {"PH", "0917 123 4567", "+639171234567"},
        {"SG", "6123 4567", "+6561234567"},
        {"CN", "010 1234 5678", "+861012345678"},
        {"JP", "03-1234-5678", "+81312345678"},
        {"KR", "02-123-4567", "+8221234567"},
        {"NG", "0803 123 4567", "+2348031234567"},
        {"KE", "0712 345678", "+254712345678"},
        {"ZA", "021 123 4567", "+27211234567"},
        {"BR", "(11) 91234-5678", "+5511912345678"},
        {"MX", "55 1234 5678", "+525512345678"},
        {"AR", "011 4123-4567", "+541141234567"},
        {"ua", "050 123 45 67", "+380501234567"},
        /* Ukraine's old long-distance 8 before the area code's 0, and
         * Mexico's 01, 044 and 045 retired in 2019, before a national
         * number of the country's length; not before a shorter one
         * (Ukraine's 800 freephone) */
        {"UA", "8 067 123 45 67", "+380671234567"},
        {"UA", "80671234567", "+380671234567"},
        {"UA", "800 123 456", "+380800123456"},
        {"MX", "044 55 1234 5678", "+525512345678"},
        {"MX", "045 55 1234 5678", "+525512345678"},
        {"MX", "01 55 1234 5678", "+525512345678"},
        {"MX", "521 55 1234 5678", "+525512345678"},
        /* Brazil's trunk 0 with a long-distance carrier's code before
         * the area code; a number of Rio's area code stays one */
        {"BR", "0 21 11 91234-5678", "+5511912345678"},
        {"BR", "0 41 21 3456-7890", "+552134567890"},
        {"BR", "021 3456-7890", "+552134567890"},
        /* a remark of letters in parentheses after the number */
        {"PH", "0917 123 4567 (Globe)", "+639171234567"},
        {"UA", "050 123 45 67 (Київстар)", "+380501234567"},
        /* O and o for 0, l and I for 1, in groups of digits */
        {"UA", "O67 l23 45 67", "+380671234567"},
        {"NG", "O8O3 I23 4567", "+2348031234567"},
        /* an area code before a slash is one number with what follows */
        {"DE", "033056/123456", "+4933056123456"},
    };
    check(cases, sizeof cases / sizeof cases[0]);
}

/* Argentina's mobiles: dialled at home as the area code, 15 and the
 * subscriber's number, from abroad as +54 9, the area code and the
 * number. The area code (two to four digits) is found in the numbering
 * plan's list, the 15 right after it; twelve digits that are no such
 * number stay as they are written. */
static void test_argentine_mobiles(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"AR", "011 15-2345-6789", "+5491123456789"},
        {"AR", "(011) 15 2345 6789", "+5491123456789"},
        {"AR", "11 15 2345 6789", "+5491123456789"},
        {"AR", "+54 11 15 2345 6789", "+5491123456789"},
        {"", "+54 11 15 2345 6789", "+5491123456789"},
        {"", "+54 9 11 15 2345 6789", "+5491123456789"},
        {"", "0054 11 15 2345 6789", "+5491123456789"},
        {"AR", "0351 15 123-4567", "+5493511234567"},
        {"AR", "02966 15 12-3456", "+5492966123456"},
        {"AR", "0294 15 412-3456", "+5492944123456"},
        {"AR", "02940 15 41-2345", "+5492940412345"},
        /* already international, or a landline: as before */
        {"", "+54 9 11 2345 6789", "+5491123456789"},
        {"AR", "011 4123-4567", "+541141234567"},
        {"AR", "0351 412-3456", "+543514123456"},
        /* a 15 after no area code of the plan: left as written */
        {"AR", "0999 15 123-4567", "+54999151234567"},
    };
    check(cases, sizeof cases / sizeof cases[0]);
    char out[11];
    assert_int_equal(aka__ar_mobile("111523456789", 12, out), 1);
    assert_memory_equal(out, "91123456789", 11);
    assert_int_equal(aka__ar_mobile("11152345678", 11, out), 0);
    assert_int_equal(aka__ar_mobile("999915234567", 12, out), 0);
    assert_true(aka__ar_area_code("11", 2));
    assert_true(aka__ar_area_code("2940", 4));
    assert_false(aka__ar_area_code("011", 3));
    assert_false(aka__ar_area_code("1", 1));
    assert_false(aka__ar_area_code("29401", 5));
}

static void test_unicode_and_extensions(void **state)
{
    (void)state;
    static const pcase cases[] = {
        /* full-width digits, plus and parentheses */
        {"", "\xef\xbc\x8b\xef\xbc\x93\xef\xbc\x98\xef\xbc\x90 "
             "\xef\xbc\x95\xef\xbc\x90 \xef\xbc\x91\xef\xbc\x92\xef\xbc\x93 "
             "\xef\xbc\x94\xef\xbc\x95 \xef\xbc\x96\xef\xbc\x97",
         "+380501234567"},
        /* Arabic-Indic and Extended Arabic-Indic (Persian) digits */
        {"", "+٩٧١ ٤ ١٢٣ ٤٥٦٧", "+97141234567"},
        {"IR", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "+989123456789"},
        /* Devanagari digits */
        {"IN", "०९८७६ ५४३२१०", "+919876543210"},
        /* Unicode dashes and no-break spaces */
        {"", "+380\xc2\xa0" "50\xe2\x80\x91" "123\xe2\x80\x93" "45\xe2\x80\x94" "67",
         "+380501234567"},
        /* extensions are dropped */
        {"US", "(212) 555-0142 ext. 123", "+12125550142"},
        {"US", "212-555-0142 x12", "+12125550142"},
        {"US", "212-555-0142 EXT 12", "+12125550142"},
        {"US", "212-555-0142#77", "+12125550142"},
        {"RU", "8 (495) 123-45-67 доб. 123", "+74951234567"},
        {"CN", "010-6512 3456 转 8001", "+861065123456"},
        {"JP", "03-1234-5678 内線 123", "+81312345678"},
        {"", "+44 20 7946 0958 ext.4", "+442079460958"},
        /* an RFC 3966 global number's parameters, its extension among
         * them; a doubled plus */
        {"", "tel:+1-212-555-0142;ext=12", "+12125550142"},
        {"", "++380 67 123 4567", "+380671234567"},
        {"", "+7 912 345 67 89 (WhatsApp, Telegram)", "+79123456789"},
        {"", "+38O 5O l23 4567", "+380501234567"},
        {"", "+49 6221/123456", "+496221123456"},
        /* the line or the app named beside the number */
        {"", "WhatsApp: +234 803 123 4567", "+2348031234567"},
        {"", "+7 912 345 67 89 (Viber)", "+79123456789"},
        {"UA", "Mob. 050 123 45 67", "+380501234567"},
        {"RU", "Тел.: 8 (912) 345-67-89", "+79123456789"},
        {"SA", "جوال ٠٥٠١٢٣٤٥٦٧", "+966501234567"},
        /* before the number any words are its label, in any language
         * and script; after it only the listed ones */
        {"", "call me 0501234567", "0501234567"},
        {"", "Whatsapp only +251911234567", "+251911234567"},
        {"ID", "HP: 0812 3456 7890", "+6281234567890"},
        {"CN", "手机：138 0013 8000", "+8613800138000"},
        {"IR", "موبایل: ۰۹۱۲ ۳۴۵ ۶۷۸۹", "+989123456789"},
        {"TH", "โทร. 081-234-5678", "+66812345678"},
        {"KR", "전화 010-1234-5678", "+821012345678"},
    };
    check(cases, sizeof cases / sizeof cases[0]);
}

/* ASCII characters are classified without ICU: every one, between the
 * digits of a number, reads as ICU's properties say (digit, separator,
 * extension word or marker, or refused). */
static void test_ascii_classes(void **state)
{
    (void)state;
    for (int c = 1; c < 128; c++) {
        char in[32], out[32];
        snprintf(in, sizeof in, "+4930123%c4567", c);
        size_t len = 0;
        aka_status st = aka_normalize(AKA_PHONE, in, strlen(in), out,
                                      sizeof out, &len);
        UChar32 cp = c >= 'A' && c <= 'Z' ? c + 32 : c; /* read folded */
        const char *want = NULL; /* NULL: refused */
        char digits[32];
        if (u_charType(cp) == U_DECIMAL_DIGIT_NUMBER) {
            snprintf(digits, sizeof digits, "+4930123%c4567", c);
            want = digits;
        } else if (cp == '-' || cp == '.' || cp == '/' || u_isUWhiteSpace(cp) ||
                   u_charType(cp) == U_DASH_PUNCTUATION) {
            want = "+49301234567";
        } else if (c == 'O' || c == 'o' || c == 'l' || c == 'I') {
            /* a letter that looks like a digit, in a group of digits */
            snprintf(digits, sizeof digits, "+4930123%c4567",
                     c == 'O' || c == 'o' ? '0' : '1');
            want = digits;
        } else if (cp == '#' || cp == 'x') { /* extension marker, or word */
            want = "+4930123";
        } /* else a parenthesis, '+' or a letter out of place: refused */
        if (want ? (st != AKA_OK || strcmp(out, want) != 0) : st == AKA_OK)
            fail_msg("byte %d: got %s \"%s\", want %s", c, aka_status_str(st),
                     st == AKA_OK ? out : "", want ? want : "a refusal");
    }
}

static void test_errors(void **state)
{
    (void)state;
    static const pcase cases[] = {
        {"", "12345", NULL},                    /* too short */
        {"UA", "12", NULL},                     /* +38012 */
        {"", "+1234567890123456", NULL},        /* 16 digits */
        {"UA", "050 123 45 67 89 01 23", NULL}, /* too long with code */
        {"", "1-800-FLOWERS", NULL},            /* letters */
        {"", "0912345678 John", NULL},          /* a word after it */
        /* two numbers in one value, or no number by the label */
        {"", "+33 6 12 34 56 78 tel 0698765432", NULL},
        {"", "+7 912 345 67 89 (Viber) 123", NULL},
        {"", "WhatsApp", NULL},
        {"", "+38 0+50 1234567", NULL},         /* '+' inside */
        {"", "+380 (50 1234567", NULL},         /* unbalanced */
        {"", "+380 50) 1234567", NULL},
        {"", "+380 ((50)) 1234567", NULL},
        {"", "+380_50_1234567", NULL},          /* not a separator */
        {"", "ext 123", NULL},                  /* nothing before ext */
        {"", "+380 50 123 45 67 ext abc", NULL},
        {"", "---", NULL},
        {"", "()", NULL},
        {"", "Иван", NULL},
        {"", "1234567890123456789012345678901234567890"
             "1234567890123456789012345678901234567890", NULL},
        {"", "+7 (495) 123-45-67 / +7 916 123 45 67", NULL},
        /* no such calling code */
        {"", "+999 123 456 789", NULL},
        {"", "+0 123 456 789", NULL},
        {"", "00 999 123 456", NULL},
        /* a date */
        {"", "12.03.1985", NULL},
        {"UA", "1985-03-07", NULL},
        {"", "7/3/1985", NULL},
        /* two national numbers set apart by a slash */
        {"ER", "712345 / 765432", NULL},
        {"UA", "050 123 45 67 / 067 765 43 21", NULL},
        /* the Russian national form where the default is Ukraine */
        {"UA", "8 916 123 45 67", NULL},
        /* a local number's context is not read; a remark with digits
         * or a word in place of digits is no slip */
        {"", "tel:863-1234;phone-context=+1-914-555", NULL},
        {"", "+7 912 345 67 89 (Viber 2)", NULL},
        {"", "+380 lol 1234567", NULL},
        {"UA", "050 123 45 6L", NULL},
        {"UA", "Oil 0ll lll", NULL},
    };
    check(cases, sizeof cases / sizeof cases[0]);
    /* two numbers set apart in one value: the message says so, and names
     * neither; a slash inside one number is read past */
    static const char *const two[] = {"+7 (495) 123-45-67 / +7 916 123 45 67",
                                      "+380 50 123 45 67, +380 67 765 43 21"};
    check_refused_saying(AKA_PHONE, two, sizeof two / sizeof *two, "two numbers");
    static const pcase slash[] = {{"", "0495/123 45 67", "04951234567"}};
    check(slash, 1);
}

static void test_calling_code_table(void **state)
{
    (void)state;
    const aka__calling_code *c = aka__calling_code_find("UA");
    assert_non_null(c);
    assert_string_equal(c->code, "380");
    assert_string_equal(c->trunk, "0");
    c = aka__calling_code_find("ru");
    assert_non_null(c);
    assert_string_equal(c->code, "7");
    assert_string_equal(c->trunk, "8");
    c = aka__calling_code_find("IT");
    assert_non_null(c);
    assert_string_equal(c->trunk, "");
    unsigned lo = 0, hi = 0;
    assert_true(aka__calling_code_lengths(aka__calling_code_find("RU"), &lo, &hi));
    assert_int_equal(lo, 10);
    assert_int_equal(hi, 10);
    assert_true(aka__calling_code_lengths(aka__calling_code_find("VN"), &lo, &hi));
    assert_int_equal(lo, 9);
    assert_int_equal(hi, 10);
    assert_false(aka__calling_code_lengths(aka__calling_code_find("DE"), &lo, &hi));
    assert_false(aka__calling_code_lengths(NULL, &lo, &hi));
    c = aka__calling_code_find("US");
    assert_true(aka__calling_code_is_nanp(c));
    assert_false(aka__calling_code_is_nanp(aka__calling_code_find("GB")));
    /* every row's code is of 1 to 3 digits (the index by code's value
     * holds no more), and the longest code a number opens with, and
     * whether all its territories have the trunk 0, are what a reading of
     * every row finds */
    const aka__calling_code *rows[26 * 26];
    size_t nrows = 0;
    for (char a = 'A'; a <= 'Z'; a++)
        for (char b = 'A'; b <= 'Z'; b++) {
            char cc[3] = {a, b, 0};
            const aka__calling_code *r = aka__calling_code_find(cc);
            if (!r)
                continue;
            size_t l = strlen(r->code);
            assert_true(l >= 1 && l <= 3 && r->code[0] != '0');
            for (size_t i = 0; i < l; i++)
                assert_true(r->code[i] >= '0' && r->code[i] <= '9');
            rows[nrows++] = r;
        }
    assert_true(nrows > 240);
    for (unsigned v = 0; v < 10000; v += 7) {
        char d[16];
        snprintf(d, sizeof d, "%04u123456", v);
        size_t best = 0, got = 9;
        int zero = 0;
        for (size_t i = 0; i < nrows; i++) {
            size_t l = strlen(rows[i]->code);
            if (l < best || memcmp(rows[i]->code, d, l) != 0)
                continue;
            int z = strcmp(rows[i]->trunk, "0") == 0;
            zero = l > best ? z : zero && z;
            best = l;
        }
        assert_int_equal(aka__calling_code_zero_trunk(d, strlen(d), &got), best && zero);
        assert_int_equal(got, best);
    }
    /* territories without a calling code, and junk */
    assert_null(aka__calling_code_find("BV"));
    assert_null(aka__calling_code_find("HM"));
    assert_null(aka__calling_code_find("ZZ"));
    assert_null(aka__calling_code_find(""));
    assert_null(aka__calling_code_find("USA"));
    assert_null(aka__calling_code_find("1A"));
    /* every ISO 3166-1 alpha-2 code except BV and HM has a row */
    static const char *const iso =
        "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBS"
        "BTBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEG"
        "EHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHNHR"
        "HTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILK"
        "LRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNE"
        "NFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASB"
        "SCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTT"
        "TVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";
    size_t n = strlen(iso) / 2;
    assert_int_equal(n, 247);
    for (size_t i = 0; i < n; i++) {
        char cc[3] = {iso[2 * i], iso[2 * i + 1], 0};
        c = aka__calling_code_find(cc);
        if (!c)
            fail_msg("no calling code for %s", cc);
        assert_string_equal(c->cc, cc);
        size_t len = strlen(c->code);
        assert_true(len >= 1 && len <= 3);
        assert_true(strspn(c->code, "0123456789") == len);
    }
}

static void test_public_buffer(void **state)
{
    (void)state;
    const char *in = "+380 (50) 123-45-67";
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_PHONE, in, strlen(in), NULL, 0, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 13);
    char small[5];
    assert_int_equal(aka_normalize(AKA_PHONE, in, strlen(in), small,
                                   sizeof small, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 13);
    char buf[14];
    assert_int_equal(aka_normalize(AKA_PHONE, in, strlen(in), buf, sizeof buf,
                                   &len),
                     AKA_OK);
    assert_string_equal(buf, "+380501234567");
    assert_int_equal(aka_normalize(AKA_PHONE, "12", 2, buf, sizeof buf, &len),
                     AKA_ERR_PARSE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_international),
        cmocka_unit_test(test_national),
        cmocka_unit_test(test_argentine_mobiles),
        cmocka_unit_test(test_unicode_and_extensions),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_ascii_classes),
        cmocka_unit_test(test_calling_code_table),
        cmocka_unit_test(test_public_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
