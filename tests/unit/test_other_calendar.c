/* engine/other_calendar.c: which dates of birth have another calendar's
 * reading, and which; and the engine's records that hold it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "aka.h"
#include "engine/other_calendar.h"

#define S(x) (x), strlen(x)

/* The other reading of raw (read as canon) under hint, or "" for none. */
static const char *other(unsigned hint, const char *raw, const char *canon)
{
    static char buf[11];
    memset(buf, 0, sizeof buf);
    if (!aka__date_other_reading(hint, S(raw), S(canon), buf))
        buf[0] = 0;
    return buf;
}

static void test_hints(void **state)
{
    (void)state;
    unsigned not = 0;
    assert_int_equal(aka__calendar_hint_text(S("አበባ ከበደ")), AKA__CAL_ETHIOPIC);
    assert_int_equal(aka__calendar_hint_text(S("陳美玲")), AKA__CAL_ROC);
    assert_int_equal(aka__calendar_hint_text(S("Abeba Kebede")), 0);
    assert_int_equal(aka__calendar_hint_text(S("김서준")), 0); /* Hangul */
    assert_int_equal(aka__calendar_hint_country(S("ET"), &not), AKA__CAL_ETHIOPIC);
    assert_int_equal(aka__calendar_hint_country(S("TW"), &not), AKA__CAL_ROC);
    assert_int_equal(not, 0);
    assert_int_equal(aka__calendar_hint_country(S("ER"), &not), 0);
    assert_int_equal(not, AKA__CAL_ETHIOPIC);
    assert_int_equal(aka__calendar_hint_country(S("CN"), &not), 0);
}

static void test_readings(void **state)
{
    (void)state;
    /* Ethiopian: 22 Tahsas 1984 is 1 January 1992; 30 Tir 1976 is 8
     * February 1984 (the day-first order the normaliser read) */
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "22/04/1984", "1984-04-22"), "1992-01-01");
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "30.05.1976", "1976-05-30"), "1984-02-08");
    /* digits of another script */
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "٢٢/٠٤/١٩٨٤", "1984-04-22"), "1992-01-01");
    /* a year first is a system's ISO form; a month named, two runs, a
     * two-digit year: none */
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "1984-04-22", "1984-04-22"), "");
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "22 April 1984", "1984-04-22"), "");
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "04/1984", "1984-04"), "");
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "22/04/84", "1984-04-22"), "");
    /* Minguo: year 88 is 1999; a first number that may be a day is no
     * year */
    assert_string_equal(other(AKA__CAL_ROC, "88/04/06", "1988-04-06"), "1999-04-06");
    assert_string_equal(other(AKA__CAL_ROC, "51/11/19", "1951-11-19"), "1962-11-19");
    assert_string_equal(other(AKA__CAL_ROC, "22/04/06", "2006-04-22"), "");
    assert_string_equal(other(AKA__CAL_ROC, "1988/04/06", "1988-04-06"), "");
    /* no calendar, or the other one's shape */
    assert_string_equal(other(0, "22/04/1984", "1984-04-22"), "");
    assert_string_equal(other(AKA__CAL_ROC, "22/04/1984", "1984-04-22"), "");
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "88/04/06", "1988-04-06"), "");
    /* what is no full date */
    assert_string_equal(other(AKA__CAL_ETHIOPIC, "1984", "1984"), "");
}

/* Records of one person, one in each calendar, resolve together; a
 * record that points to no such calendar gets no other reading. */
static void test_engine(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    struct {
        const char *src, *id, *name, *dob, *nat;
    } recs[] = {
        {"id-card", "1", "አበባ ከበደ", "30/05/1976", "ኢትዮጵያዊ"},
        {"passport", "1", "Abeba Kebede", "08/02/1984", "Ethiopian"},
        {"register", "1", "陳美玲", "88/04/06", "中華民國"},
        {"passport", "2", "Chen Mei-ling", "1999-04-06", "Taiwan"},
        /* Eritrea writes Gregorian dates in Ethiopic script */
        {"ngo", "1", "ሰላም ሃብተ", "30/05/1976", "Eritrean"},
        {"ngo", "2", "Selam Habte", "08/02/1984", "Eritrean"},
        /* 22 Tahsas 1984 is 1 January 1992, the day of the year that
         * gives no conflict key: the Gregorian reading of each record
         * (22 April 1984, 12 September 1999) must not make one */
        {"id-card", "2", "ተስፋ ሀይሌ", "22/04/1984", "ET"},
        {"passport", "3", "Tesfa Haile", "01/01/1992", "Ethiopian"},
    };
    uint64_t ent[8];
    for (int i = 0; i < 8; i++) {
        aka_record_clear(r);
        assert_int_equal(aka_record_add(r, AKA_NAME, S(recs[i].name)), AKA_OK);
        assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S(recs[i].dob)), AKA_OK);
        assert_int_equal(aka_record_add(r, AKA_NATIONALITY, S(recs[i].nat)), AKA_OK);
        assert_int_equal(aka_engine_add(e, S(recs[i].src), S(recs[i].id), r, &ent[i]),
                         AKA_OK);
    }
    assert_int_equal(aka_engine_entity_of(e, S("id-card"), S("1"), &ent[0]), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, S("register"), S("1"), &ent[2]), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, S("ngo"), S("1"), &ent[4]), AKA_OK);
    assert_true(ent[0] == ent[1]);
    assert_true(ent[2] == ent[3]);
    assert_true(ent[4] != ent[5]);
    assert_int_equal(aka_engine_entity_of(e, S("id-card"), S("2"), &ent[6]), AKA_OK);
    assert_true(ent[6] == ent[7]);
    /* a snapshot keeps the derived dates, and loading reads them as
     * stored (not derived again) */
    char path[] = "/tmp/aka_test_other_calendar_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(aka_engine_save(e, path), AKA_OK);
    aka_engine *l = NULL;
    assert_int_equal(aka_engine_load(path, NULL, &l), AKA_OK);
    for (int i = 0; i < 8; i++) {
        uint64_t a, b;
        assert_int_equal(aka_engine_entity_of(e, S(recs[i].src), S(recs[i].id), &a), AKA_OK);
        assert_int_equal(aka_engine_entity_of(l, S(recs[i].src), S(recs[i].id), &b), AKA_OK);
        assert_true(a == b);
    }
    static char x[8192];
    size_t xn = 0;
    assert_int_equal(aka_engine_explain(l, S("id-card"), S("1"), S("passport"), S("1"), x,
                                        sizeof x, &xn),
                     AKA_OK);
    assert_non_null(strstr(x, "\"1984-02-08\""));
    aka_engine_free(l);
    unlink(path);
    aka_record_free(r);
    aka_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hints),
        cmocka_unit_test(test_readings),
        cmocka_unit_test(test_engine),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
