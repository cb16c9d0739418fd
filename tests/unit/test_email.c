/* E-mail addresses: wrappings, case, internationalised domains, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <unicode/uchar.h>

#include "helpers.h"

#include "normalize/normalize.h"

static void test_plain(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"John.Smith@Example.COM", "john.smith@example.com"},
        {"  jane+news@mail.example.org \t", "jane+news@mail.example.org"},
        /* dots and +tags are kept: their meaning depends on the provider */
        {"j.o.h.n+tag@gmail.com", "j.o.h.n+tag@gmail.com"},
        {"user@sub-domain.example.co.uk", "user@sub-domain.example.co.uk"},
        {"USER_1985@Mail.RU", "user_1985@mail.ru"},
        {"o'brien@example.ie", "o'brien@example.ie"},
        {"user@example.com.", "user@example.com"},
        {"mailto:Info@Example.com", "info@example.com"},
        {"MAILTO:info@example.com?subject=Hi", "info@example.com"},
        {"John Smith <John.Smith@Example.com>", "john.smith@example.com"},
        {"\"Smith, John\" <jsmith@example.com>", "jsmith@example.com"},
        {"Іван Петренко <ivan@ukr.net>", "ivan@ukr.net"},
        {"<user@example.com>", "user@example.com"},
        {"user@xn--bcher-kva.de", "user@xn--bcher-kva.de"},
        {"user@xn--ls8h.la.", "user@xn--ls8h.la"},
        /* a field label, spaces around the @, and the forms adverts hide
         * an address in */
        {"E-mail: Anna@Mail.ru", "anna@mail.ru"},
        /* a label in any language before a colon and a space */
        {"Correo: maria.lopez@hotmail.com", "maria.lopez@hotmail.com"},
        {"البريد الإلكتروني: ali@gmail.com", "ali@gmail.com"},
        {"Adresse électronique : Anna@Mail.ru", "anna@mail.ru"},
        {"anna @ mail.ru", "anna@mail.ru"},
        {"anna[at]mail.ru", "anna@mail.ru"},
        {"ANNA (AT) MAIL (DOT) RU", "anna@mail.ru"},
        {"anna at mail dot ru", "anna@mail.ru"},
        {"anna.k{at}mail{dot}ru", "anna.k@mail.ru"},
    };
    check_cases(AKA_EMAIL, cases, sizeof cases / sizeof cases[0]);
}

static void test_international(void **state)
{
    (void)state;
    static const kcase cases[] = {
        /* IDN and ASCII forms of one address agree */
        {"user@bücher.de", "user@xn--bcher-kva.de"},
        {"user@BÜCHER.de", "user@xn--bcher-kva.de"},
        {"info@пример.рф", "info@xn--e1afmkfd.xn--p1ai"},
        {"info@ПРИМЕР.РФ", "info@xn--e1afmkfd.xn--p1ai"},
        {"info@例え.jp", "info@xn--r8jz45g.jp"},
        {"user@münchen.de", "user@xn--mnchen-3ya.de"},
        /* ideographic full stop separates labels under UTS #46 */
        {"info@例え\xe3\x80\x82jp", "info@xn--r8jz45g.jp"},
        /* non-ASCII local parts are case folded */
        {"Дмитрий@пример.рф", "дмитрий@xn--e1afmkfd.xn--p1ai"},
        {"ΠΕΤΡΟΣ@example.gr", "πετροσ@example.gr"},
        {"Müller@example.de", "müller@example.de"},
    };
    check_cases(AKA_EMAIL, cases, sizeof cases / sizeof cases[0]);
}

static void test_errors(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"user.example.com", NULL},          /* no @ */
        {"user@@example.com", NULL},
        {"a@b@example.com", NULL},
        {"@example.com", NULL},              /* empty local part */
        {"user@", NULL},
        {"user@localhost", NULL},            /* no dot */
        {"user@example..com", NULL},         /* empty label */
        {"user@.example.com", NULL},
        {"user@-example.com", NULL},
        {"user@example-.com", NULL},
        {"user@exa_mple.com", NULL},
        {"user@[192.168.0.1]", NULL},
        {"john smith@example.com", NULL},    /* space inside */
        {"user@exam ple.com", NULL},
        {"user,name@example.com", NULL},
        {"John <user@example.com", NULL},
        {"user@example.com>", NULL},
        {"mailto:", NULL},
        {"cat at home", NULL},               /* no domain of two labels */
        {"anna[at]", NULL},
        {"E-mail:", NULL},
        {"anna@mail (dot) ru", NULL},        /* an @ already: read as is */
        {"user\xef\xbc\xa0x@example.com", NULL}, /* full-width @ in local */
        {"user@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
         ".com", NULL},                      /* 64-character label */
    };
    check_cases(AKA_EMAIL, cases, sizeof cases / sizeof cases[0]);
}

/* ASCII characters of the local part are checked without ICU: each is
 * refused exactly when ICU calls it a space or a control, or RFC 5322
 * does not allow it unquoted. */
/* Addresses that forms fill in for a person with none, and no-reply
 * senders: refused as placeholders, which every record of such an export
 * would otherwise share. Addresses like them that are someone's stay. */
static void test_placeholders(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"none@none.com", NULL},     {"noemail@gmail.com", NULL},
        {"No-Email@mail.ru", NULL},  {"n/a@gmail.com", NULL},
        {"unknown@yahoo.com", NULL}, {"test@test.com", NULL},
        {"x@x.invalid", NULL},       {"noreply@bank.ua", NULL},
        {"Do.Not.Reply@ngo.org", NULL}, {"null@mail.ru", NULL},
        {"nancy@gmail.com", "nancy@gmail.com"},
        {"test@gmail.com", "test@gmail.com"},
        {"anna@test.ua", "anna@test.ua"},
        {"olena.k@example.com", "olena.k@example.com"},
        {"nomad@nomail.org", "nomad@nomail.org"},
    };
    check_cases(AKA_EMAIL, cases, sizeof cases / sizeof cases[0]);
    static const char *const placeholder[] = {"none@none.com"};
    check_refused_saying(AKA_EMAIL, placeholder, 1, "placeholder");
}

static void test_ascii_local_part(void **state)
{
    (void)state;
    for (int c = 1; c < 128; c++) {
        char in[32], out[32], want[32];
        snprintf(in, sizeof in, "a%cb@example.com", c);
        snprintf(want, sizeof want, "a%cb@example.com",
                 c >= 'A' && c <= 'Z' ? c + 32 : c);
        size_t len = 0;
        aka_status st = aka_normalize(AKA_EMAIL, in, strlen(in), out,
                                      sizeof out, &len);
        int bad = u_isUWhiteSpace(c) || u_iscntrl(c) ||
                  strchr("()<>[]\\,;:\"@", c) != NULL;
        if (bad ? st == AKA_OK : (st != AKA_OK || strcmp(out, want) != 0))
            fail_msg("byte %d: got %s", c, aka_status_str(st));
    }
}

static void test_public_buffer(void **state)
{
    (void)state;
    const char *in = "John.Smith@Example.COM";
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_EMAIL, in, strlen(in), NULL, 0, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, strlen(in));
    char buf[64];
    assert_int_equal(aka_normalize(AKA_EMAIL, in, strlen(in), buf, len - 1,
                                   &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, strlen(in));
    assert_int_equal(aka_normalize(AKA_EMAIL, in, strlen(in), buf, len + 1,
                                   &len),
                     AKA_OK);
    assert_string_equal(buf, "john.smith@example.com");
}

/* Turkish İ in capitals, in the local part and in the domain: UTS #46
 * maps it to i and a combining dot, another domain than the one written
 * in small letters. */
static void test_turkic_capitals(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"\xc4\xb0NFO@\xc5\x9e\xc4\xb0RKET.COM.TR", "info@xn--irket-idb.com.tr"},
        {"info@\xc5\x9firket.com.tr", "info@xn--irket-idb.com.tr"},
        {"\xc4\xb0" "BRAH\xc4\xb0" "M@GMAIL.COM", "ibrahim@gmail.com"},
        {"ilkay@\xc4\xb0STANBUL.COM.TR", "ilkay@istanbul.com.tr"},
        {"ilkay@i\xcc\x87stanbul.com.tr", "ilkay@istanbul.com.tr"},
        /* ı and I in a local part are one letter to case folding */
        {"AY\xc5\x9e" "E.YILMAZ@\xc3\x96RNEK.COM.TR", "ay\xc5\x9f" "e.yilmaz@xn--rnek-4qa.com.tr"},
        {"ay\xc5\x9f" "e.y\xc4\xb1lmaz@\xc3\xb6rnek.com.tr", "ay\xc5\x9f" "e.yilmaz@xn--rnek-4qa.com.tr"},
    };
    check_cases(AKA_EMAIL, cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),
        cmocka_unit_test(test_international),
        cmocka_unit_test(test_turkic_capitals),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_placeholders),
        cmocka_unit_test(test_ascii_local_part), cmocka_unit_test(test_public_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
