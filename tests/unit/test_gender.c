/* Gender: words in many languages and scripts to F, M or X; "unknown" and
 * unreadable values refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#include "normalize/normalize.h"

static void test_female(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"F", "F"}, {"f", "F"}, {"F.", "F"}, {"Female", "F"},
        /* several words that say the same gender (bilingual forms) */
        {"Female (F)", "F"}, {"Ж / F", "F"}, {"жен. W", "F"},
        {"WOMAN", "F"}, {"girl", "F"}, {"fem", "F"}, {"fem.", "F"},
        {"femme", "F"}, {"Féminin", "F"}, {"mujer", "F"},
        {"Femenino", "F"}, {"mulher", "F"}, {"feminino", "F"},
        {"weiblich", "F"}, {"W", "F"}, {"donna", "F"}, {"femmina", "F"},
        {"femeie", "F"}, {"Kadın", "F"}, {"KADIN", "F"},
        {"Ж", "F"}, {"ж", "F"}, {"жен.", "F"}, {"Женский", "F"},
        {"женщина", "F"}, {"жінка", "F"}, {"жін.", "F"},
        {"أنثى", "F"}, {"انثى", "F"}, {"مؤنث", "F"},
        {"\xe2\x99\x80", "F"}, {" \xe2\x99\x80\xef\xb8\x8f ", "F"},
        {"  female  ", "F"},
        /* the letters of Dutch (V), Polish (K) and Greek (Θ) documents */
        {"V", "F"}, {"vrouw", "F"}, {"K", "F"}, {"Kobieta", "F"},
        {"Θ", "F"}, {"Θήλυ", "F"}, {"Γυναίκα", "F"}, {"ქალი", "F"},
        {"ΓΥΝΑΙΚΑ", "F"}, {"ΆΡΡΕΝ", "M"}, {"E", "M"}, {"Erkek", "M"},
        {"իգական", "F"}, {"נקבה", "F"}, {"زن", "F"}, {"महिला", "F"},
        {"หญิง", "F"}, {"女", "F"}, {"여", "F"}, {"Žena", "F"},
        {"femër", "F"}, {"Nữ", "F"},
        /* Persian as typed, Urdu, Somali, Tagalog, Bulgarian; the field's
         * name before the value */
        {"مونث", "F"}, {"عورت", "F"}, {"Dheddig", "F"}, {"babae", "F"},
        {"жена", "F"}, {"Sex: F", "F"}, {"Gender: female", "F"},
        {"Пол: ж", "F"}, {"性别：女", "F"}, {"lalaki", "M"}, {"мъж", "M"},
        {"muško", "M"}, {"ŽENSKO", "F"}, {"мушко", "M"}, {"женско", "F"},
        {"kişi", "M"}, {"QADIN", "F"}, {"vyras", "M"}, {"moteris", "F"},
        {"vīrietis", "M"}, {"sieviete", "F"}, {"mees", "M"}, {"naine", "F"},
        {"mies", "M"}, {"nainen", "F"},
        {"SEX: M", "M"}, {"مذکر", "M"}, {"مذكر", "M"}, {"انثى", "F"},
        {"أنثي", "F"},
        /* ISO/IEC 5218; Serbian and Croatian Ž; Hungarian N (nő);
         * Indonesian P (perempuan); Mongolian, Amharic, Khmer */
        {"2", "F"}, {"Ž", "F"}, {"N", "F"}, {"nő", "F"}, {"P", "F"},
        {"Perempuan", "F"}, {"эм", "F"}, {"Эмэгтэй", "F"}, {"ሴት", "F"},
        {"ស្រី", "F"}, {"ayol", "F"},
        /* Macedonian, Nordic and the Czech neuter (session 60); the field's
         * name in the routes' languages, and the letters it reads
         * otherwise: Hungarian F (férfi) after Nem, Lithuanian V (vyras)
         * and M (moteris) after Lytis */
        {"машки", "M"}, {"kvinna", "F"}, {"kvinde", "F"}, {"mand", "M"},
        {"ženské", "F"}, {"Płeć: K", "F"}, {"Pohlaví: žena", "F"},
        {"Spol: Ž", "F"}, {"Φύλο: Θ", "F"}, {"Geslacht: V", "F"},
        {"Kön: kvinna", "F"}, {"Nem: N", "F"}, {"Nem: F", "M"},
        {"Lytis: V", "M"}, {"Lytis: M", "F"}, {"Dzimums: V", "M"},
        {"Dzimums: sieviete", "F"},
    };
    check_cases(AKA_GENDER, cases, sizeof cases / sizeof cases[0]);
}

static void test_male(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"M", "M"}, {"m.", "M"}, {"MALE", "M"}, {"man", "M"}, {"Boy", "M"},
        {"masc", "M"}, {"Masc.", "M"}, {"homme", "M"}, {"masculin", "M"},
        {"hombre", "M"}, {"Masculino", "M"}, {"homem", "M"},
        {"männlich", "M"}, {"MÄNNLICH", "M"}, {"maennlich", "M"},
        {"uomo", "M"}, {"maschio", "M"}, {"bărbat", "M"}, {"barbat", "M"},
        {"erkek", "M"}, {"ERKEK", "M"},
        {"М", "M"}, {"муж.", "M"}, {"Мужской", "M"}, {"мужчина", "M"},
        {"Ч", "M"}, {"Ч.", "M"}, {"чол.", "M"}, {"чоловік", "M"},
        {"ذكر", "M"}, {"مذكر", "M"},
        {"\xe2\x99\x82", "M"},
        /* H (hombre, homme); Greek Α (άρρεν), final sigma folded */
        {"H", "M"}, {"mannelijk", "M"}, {"Mężczyzna", "M"}, {"Α", "M"},
        {"Άρρεν", "M"}, {"ΆΝΔΡΑΣ", "M"}, {"άνδρας", "M"}, {"კაცი", "M"},
        {"արական", "M"}, {"זכר", "M"}, {"مرد", "M"}, {"पुरुष", "M"},
        {"ชาย", "M"}, {"男", "M"}, {"남성", "M"}, {"muž", "M"},
        {"mashkull", "M"}, {"Nam", "M"},
        {"1", "M"}, {"férfi", "M"}, {"L", "M"}, {"Laki-laki", "M"},
        {"lelaki", "M"}, {"эр", "M"}, {"ወንድ", "M"}, {"erkak", "M"},
    };
    check_cases(AKA_GENDER, cases, sizeof cases / sizeof cases[0]);
}

static void test_other(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"X", "X"}, {"x", "X"}, {"non-binary", "X"}, {"Non binary", "X"},
        {"nonbinary", "X"}, {"NB", "X"}, {"other", "X"}, {"diverse", "X"},
        {"divers", "X"}, {"D", "X"}, {"intersex", "X"}, {"autre", "X"},
        {"non-binaire", "X"}, {"otro", "X"}, {"outro", "X"},
        {"não binário", "X"}, {"altro", "X"}, {"diğer", "X"},
        {"другой", "X"}, {"інше", "X"}, {"آخر", "X"},
    };
    check_cases(AKA_GENDER, cases, sizeof cases / sizeof cases[0]);
}

static void test_errors(void **state)
{
    (void)state;
    static const kcase cases[] = {
        /* unknown is a missing value, not a gender */
        {"unknown", NULL}, {"Unknown", NULL}, {"U", NULL}, {"N/A", NULL},
        {"inconnu", NULL}, {"unbekannt", NULL}, {"desconocido", NULL},
        {"неизвестно", NULL}, {"невідомо", NULL}, {"غير معروف", NULL},
        {"N/K", NULL}, {"not applicable", NULL}, {"onbekend", NULL},
        /* unreadable */
        {"?", NULL}, {"---", NULL}, {"female male", NULL}, {"fm", NULL},
        {"M/F", NULL}, {"female unknown", NULL}, {"Female (M)", NULL},
        {"q", NULL}, {"3", NULL}, {"猫", NULL},
        /* ISO/IEC 5218's "not known" and "not applicable" */
        {"0", NULL}, {"9", NULL}, {"\xe2\x99\x80\xe2\x99\x82", NULL},
        /* a field's name alone; Latvian's M, which says neither */
        {"Nem", NULL}, {"Płeć:", NULL}, {"Dzimums: M", NULL},
    };
    check_cases(AKA_GENDER, cases, sizeof cases / sizeof cases[0]);
    /* the "unknown" message says why */
    aka__sb out = {0};
    aka__err err = {{0}};
    assert_int_equal(aka__normalize(AKA_GENDER, "unknown", 7, NULL, &out,
                                    &err),
                     AKA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "missing"));
    /* the shared words (missing.c) say so too, in any language */
    static const char *const missing[] = {"N/A", "не указан", "N/K", "unbekannt"};
    check_refused_saying(AKA_GENDER, missing, sizeof missing / sizeof *missing,
                         "missing");
    aka__sb_free(&out);
}

static void test_public_buffer(void **state)
{
    (void)state;
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_GENDER, "female", 6, NULL, 0, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 1);
    char buf[2];
    assert_int_equal(aka_normalize(AKA_GENDER, "female", 6, buf, sizeof buf,
                                   &len),
                     AKA_OK);
    assert_string_equal(buf, "F");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_female),
        cmocka_unit_test(test_male),
        cmocka_unit_test(test_other),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_public_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
