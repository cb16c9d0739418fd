/* Scoring record pairs through a thread's caches (engine/pair.c) gives
 * what scoring without them gives: a cache so small that every new form
 * overwrites old ones (its arena holds two forms), a usual one, and none,
 * over the pairs of a few hundred records; and again after the engine's
 * name table changed under the memo of how common names are. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "engine/engine.h"
#include "engine/model.h"
#include "engine/pair.h"
#include "engine/pair_scratch.h"
#include "engine/tokfreq.h"
#include "match/compare.h"
#include "match/nameform.h"

#define S(x) (x), strlen(x)

/* Names that meet at every level: the same, variants, romanisations,
 * slips, other names; of one to twelve tokens (a form's size depends on
 * them), with given and family names too. */
static const char *const given[] = {
    "Oleksandr", "Aleksandr", "Alexander", "Sasha", "Mohammed", "Muhammad",
    "Mohamed", "Anna", "Ana", "Hanna", "Jose", "José", "Wei", "Xu",
    "Abd al Rahman", "Abdulrahman", "Maria del Carmen", "Mary", "Jon", "John",
    "Олександр", "Ганна", "محمد", "小明"};
static const char *const family[] = {
    "Kovalenko", "Kowalenko", "Smith", "Smyth", "Ivanov", "Ivanova",
    "Ibrahim", "Ebrahim", "Garcia Lopez", "García", "Zhang", "Chang",
    "van der Berg", "Vandenberg", "Shevchenko", "al Hariri", "Alhariri",
    "Коваленко", "Шевченко", "الحريري", "王"};

/* Record `n` with the names of pattern i. */
static void add_one(aka_engine *e, aka_record *r, int n, int i)
{
    char name[512], id[32];
    const char *g = given[i % (sizeof given / sizeof *given)];
    const char *f = family[(i / 3) % (sizeof family / sizeof *family)];
    if (i % 41 == 0)
        /* a long name: twelve tokens used, more dropped */
        snprintf(name, sizeof name,
                 "%s %s %s %s %s %s %s %s %s %s %s %s %s", g, f, g, f, g, f, g,
                 f, g, f, g, f, g);
    else if (i % 5 == 0)
        snprintf(name, sizeof name, "%s %s %s", g, f, given[(i + 7) % 20]);
    else
        snprintf(name, sizeof name, "%s %s", g, f);
    snprintf(id, sizeof id, "r%d", n);
    aka_record_clear(r);
    assert_int_equal(aka_record_add(r, AKA_NAME, S(name)), AKA_OK);
    if (i % 4 == 0) {
        assert_int_equal(aka_record_add(r, AKA_GIVEN_NAME, S(g)), AKA_OK);
        assert_int_equal(aka_record_add(r, AKA_FAMILY_NAME, S(f)), AKA_OK);
    }
    if (i % 3 == 0) /* a second full name */
        assert_int_equal(aka_record_add(r, AKA_NAME, S(family[i % 17])), AKA_OK);
    assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
}

/* Every pair of the engine's first n records scored through three
 * scratches; the two with caches give what the one without gives. */
static void score_all(aka_engine *e, uint32_t n, aka__pair_scratch *none,
                      aka__pair_scratch *tiny, aka__pair_scratch *usual)
{
    aka__feature_cmp c0[AKA__MODEL_KINDS], c1[AKA__MODEL_KINDS];
    aka__pair_scratch *cached[2] = {tiny, usual};
    for (uint32_t a = 0; a < n; a++)
        for (uint32_t b = 0; b < n; b++) {
            const aka__rec *ra = &e->store.rec[a], *rb = &e->store.rec[b];
            double s0 = aka__pair_score(e, ra, rb, none, c0, -INFINITY);
            for (int k = 0; k < 2; k++) {
                double s1 = aka__pair_score(e, ra, rb, cached[k], c1, -INFINITY);
                assert_true(s0 == s1);
                for (int f = 0; f < AKA__MODEL_KINDS; f++) {
                    assert_int_equal(c0[f].compared, c1[f].compared);
                    assert_int_equal(c0[f].level, c1[f].level);
                    assert_true(c0[f].weight == c1[f].weight);
                }
            }
        }
}

static void test_caches_change_nothing(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    aka__pair_scratch none, tiny, usual;
    assert_int_equal(aka__pair_scratch_init(&none, 0, 0), AKA_OK);
    assert_int_equal(aka__pair_scratch_init(&tiny, 1, 0), AKA_OK);
    assert_int_equal(aka__pair_scratch_init(&usual, 64, 1), AKA_OK);
    for (int i = 0; i < 90; i++)
        add_one(e, r, i, i);
    score_all(e, 90, &none, &tiny, &usual);
    /* More records holding the same names: names grow common, and the
     * memo of how common they are must not answer from before. */
    uint64_t gen = e->names.gen;
    for (int i = 90; i < 200; i++)
        add_one(e, r, i, i % 30);
    assert_true(e->names.gen != gen);
    score_all(e, 60, &none, &tiny, &usual);
    /* and fewer */
    for (int i = 90; i < 200; i += 2) {
        char id[32];
        snprintf(id, sizeof id, "r%d", i);
        assert_int_equal(aka_engine_remove(e, S("s"), S(id)), AKA_OK);
    }
    score_all(e, 60, &none, &tiny, &usual);
    aka__pair_scratch_free(&none);
    aka__pair_scratch_free(&tiny);
    aka__pair_scratch_free(&usual);
    aka_record_free(r);
    aka_engine_free(e);
}

/* A name without its longer partner's first token (the father's and the
 * family's names against the son's full name) weighs a bit less than
 * one without a middle token, the two shorter names as common, where the
 * matcher still takes it for the same (after Muhammad, which its bearers
 * drop); where the first is another given name the matcher calls the two
 * fuzzy weak, which weighs less still. */
static void test_first_token_dropped(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    static const char *const names[] = {"Mohammad Javad Zarif", "Mohammad Zarif",
                                        "Javad Zarif", "Karim Ibrahim Darwish",
                                        "Karim Darwish", "Ibrahim Darwish"};
    for (int i = 0; i < 6; i++) {
        char id[8];
        snprintf(id, sizeof id, "r%d", i);
        aka_record_clear(r);
        assert_int_equal(aka_record_add(r, AKA_NAME, S(names[i])), AKA_OK);
        assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
    }
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp middle[AKA__MODEL_KINDS], first[AKA__MODEL_KINDS];
    const aka__rec *rec = e->store.rec;
    aka__pair_score(e, &rec[0], &rec[1], &ps, middle, -INFINITY);
    aka__pair_score(e, &rec[0], &rec[2], &ps, first, -INFINITY);
    assert_true(middle[AKA_NAME].compared && first[AKA_NAME].compared);
    assert_int_equal(first[AKA_NAME].level, AKA__NL_VARIANT);
    assert_true(fabs(middle[AKA_NAME].weight - first[AKA_NAME].weight -
                     AKA__NAME_FIRST_DROPPED_DISCOUNT) < 1e-9);
    aka__pair_score(e, &rec[3], &rec[4], &ps, middle, -INFINITY);
    aka__pair_score(e, &rec[3], &rec[5], &ps, first, -INFINITY);
    assert_int_equal(middle[AKA_NAME].level, AKA__NL_VARIANT);
    assert_int_equal(first[AKA_NAME].level, AKA__NL_FUZZY_WEAK);
    assert_true(middle[AKA_NAME].weight - first[AKA_NAME].weight >
                AKA__NAME_FIRST_DROPPED_DISCOUNT + 5);
    aka__pair_scratch_free(&ps);
    aka_record_free(r);
    aka_engine_free(e);
}

/* Records ("s", "r<i>") of a name and, when given, a birth date, a phone,
 * a gender and an address. */
typedef struct line_rec {
    const char *name, *phone, *address, *dob, *gender;
} line_rec;

static aka_engine *line_engine(const line_rec *recs, int n)
{
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    for (int i = 0; i < n; i++) {
        const struct {
            aka_feature kind;
            const char *v;
        } vals[] = {{AKA_NAME, recs[i].name},       {AKA_DATE_OF_BIRTH, recs[i].dob},
                    {AKA_PHONE, recs[i].phone},     {AKA_GENDER, recs[i].gender},
                    {AKA_ADDRESS, recs[i].address}};
        char id[16];
        snprintf(id, sizeof id, "r%d", i);
        aka_record_clear(r);
        for (size_t k = 0; k < sizeof vals / sizeof *vals; k++)
            if (vals[k].v)
                assert_int_equal(aka_record_add(r, vals[k].kind, S(vals[k].v)), AKA_OK);
        assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
    }
    aka_record_free(r);
    return e;
}

/* A new engine holding names[0..n) as records "r0".."rN", each born on
 * 14 April 1982 with one phone, and of genders[i] when genders is not
 * NULL. */
static aka_engine *family_engine(const char *const *names, const char *const *genders,
                                 int n)
{
    line_rec recs[32];
    assert_true(n <= 32);
    for (int i = 0; i < n; i++)
        recs[i] = (line_rec){names[i], "+213539320524", NULL, "1982-04-14",
                             genders ? genders[i] : NULL};
    return line_engine(recs, n);
}

/* Two children of one family (one family name, two known given names of
 * different classes), born on one day and sharing a phone: their names
 * weigh AKA__NAME_GIVEN_APART less than the level different, and the
 * two stay apart; a name that is no given name of a class, or names that
 * share no family name, are only different. The shared names may be
 * spelled apart and one side may hold more (Hassan Mostafa Haddad /
 * Aisha Mustafa Haddad, Aisha Haddad). */
static void test_family_apart(void **state)
{
    (void)state;
    static const char *const names[] = {"Hamza Ferhat",         "Yusuf Ferhat",
                                        "Hamza Ferhat",         "Naima Ferhat",
                                        "Yusuf Hutapea",        "Hassan Mostafa Haddad",
                                        "Aisha Haddad",         "Aisha Mustafa Haddad",
                                        "Aisha Mansour"};
    aka_engine *e = family_engine(names, NULL, 9);
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    const aka__rec *rec = e->store.rec;
    double different = aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT);
    aka__pair_score(e, &rec[0], &rec[1], &ps, cmp, -INFINITY);
    assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
    assert_true(fabs(cmp[AKA_NAME].weight - (different - AKA__NAME_GIVEN_APART)) < 1e-9);
    /* Naima is in no class; Hutapea is not the family's name */
    aka__pair_score(e, &rec[2], &rec[3], &ps, cmp, -INFINITY);
    assert_true(fabs(cmp[AKA_NAME].weight - different) < 1e-9);
    aka__pair_score(e, &rec[1], &rec[4], &ps, cmp, -INFINITY);
    assert_true(fabs(cmp[AKA_NAME].weight - different) < 1e-9);
    for (int k = 6; k <= 7; k++) {
        aka__pair_score(e, &rec[5], &rec[k], &ps, cmp, -INFINITY);
        assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
        assert_true(fabs(cmp[AKA_NAME].weight - (different - AKA__NAME_GIVEN_APART)) <
                    1e-9);
    }
    aka__pair_score(e, &rec[5], &rec[8], &ps, cmp, -INFINITY); /* no name shared */
    assert_true(fabs(cmp[AKA_NAME].weight - different) < 1e-9);
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
    /* one family name in a brother's and a sister's forms; given names the
     * tables know each as its own (Georgian Levan, Thai Siriporn, Sirirat);
     * two names in Han of one family name (王建国 / 王建军), whose given
     * names no table knows; a father and a son, Jr. and Sr.; a brother and a
     * sister whose family name one record mistyped */
    static const char *const more[] = {"Yevgeny Sokolov", "Yevgenia Sokolova",
                                       "Giorgi Beridze",  "Levan Beridze",
                                       "Siriporn Kaewmanee", "Sirirat Kaewmanee",
                                       "Ahmad Saleh", "Hamad Saleh",
                                       "Babirye Nalwoga", "Nakato Nalwoga",
                                       "\u738b\u5efa\u56fd", "\u738b\u5efa\u519b",
                                       "John Smith Jr.", "John Smith Sr.",
                                       "Mary Grace Castillo", "Mary Joy Castillo",
                                       "Dmytro Shevchuk", "Danylo Szewczuk",
                                       "Mina Karimi", "Mona Karimi",
                                       "Sebran Gabriela", "Cristian Serban",
                                       "Pokrowskaja, Anna", "Dmitrii Pokrovskii"};
    e = family_engine(more, NULL, 24);
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    rec = e->store.rec;
    /* (Ahmad / Hamad: the first two letters swapped is no slip when the
     * tables know both names; Grace and Joy, Filipino sisters' names after
     * Mary, are given names of their own; Szewczuk is Shevchuk in Polish,
     * which the tables do not list; sisters one letter apart, Mina and
     * Mona; a family name with two neighbouring letters swapped, Sebran /
     * Serban; a sister's form in a German spelling, Pokrowskaja /
     * Pokrovskii) */
    for (int k = 0; k < 24; k += 2) {
        aka__pair_score(e, &rec[k], &rec[k + 1], &ps, cmp, -INFINITY);
        assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
        assert_true(fabs(cmp[AKA_NAME].weight - (different - AKA__NAME_GIVEN_APART)) < 1e-9);
    }
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
    /* the two alone stay two (with Naima between them, whose name is in
     * no class, a chain still joins them) */
    e = family_engine(names, NULL, 2);
    uint64_t a = 0, b = 0;
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("r0"), &a), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("r1"), &b), AKA_OK);
    assert_true(a != b);
    aka_engine_free(e);
}

/* Add record ("s", id) of a full name and one value of `kind` to e. */
static void add_named(aka_engine *e, const char *id, const char *name, aka_feature kind,
                      const char *value)
{
    aka_record *r = NULL;
    assert_int_equal(aka_record_new(&r), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_NAME, S(name)), AKA_OK);
    assert_int_equal(aka_record_add(r, kind, S(value)), AKA_OK);
    assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
    aka_record_free(r);
}

/* A family name changed, the given names kept (a woman's name before and
 * after marriage, in either order; a Brazilian woman keeps her mother's
 * family name), weighs AKA__NAME_SURNAME_CHANGED, not the level
 * different; siblings (a shared family name and Van / Thi, brothers'
 * given names before their father's and grandfather's), or another given
 * name left over, stay different. */
static void test_surname_changed(void **state)
{
    (void)state;
    static const char *const names[] = {
        "Elena Moraru",  "Elena Turcanu",      "TURCANU Elena",
        "Anna Kowalska", "Anna Zielińska",     "Anna Maria Nowak",
        "Anna Maria Kowalczyk", "Nguyen Van Nam", "Nguyen Thi Nam",
        "Yonas Tesfay Gebremedhin", "Dawit Tesfay Gebremedhin", "Anna Kowalczyk",
        "Juliana Alves Pereira", "Juliana Alves Costa",
        /* her father's family name become her middle name, as Filipino
         * records write a married woman (whole or its initial), and
         * Brazilian ones may; her mother's initial is no such name */
        "Maricel Santos Dizon", "Maricel D. Gutierrez", "Maricel Dizon Gutierrez",
        "Maricel S. Gutierrez",
    };
    aka_engine *e = family_engine(names, NULL, 18);
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    const aka__rec *rec = e->store.rec;
    double different = aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT);
    static const int changed[][2] = {{0, 1}, {0, 2}, {3, 4}, {5, 6}, {12, 13},
                                     {14, 15}, {15, 14}, {14, 16}};
    for (size_t k = 0; k < sizeof changed / sizeof changed[0]; k++) {
        aka__pair_score(e, &rec[changed[k][0]], &rec[changed[k][1]], &ps, cmp, -INFINITY);
        assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
        assert_true(fabs(cmp[AKA_NAME].weight - AKA__NAME_SURNAME_CHANGED) < 1e-9);
    }
    /* a family name shared, a father's name shared, Maria left over */
    static const int apart[][2] = {{7, 8}, {9, 10}, {5, 11}, {14, 17}};
    for (size_t k = 0; k < sizeof apart / sizeof apart[0]; k++) {
        aka__pair_score(e, &rec[apart[k][0]], &rec[apart[k][1]], &ps, cmp, -INFINITY);
        assert_true(cmp[AKA_NAME].weight <= different + 1e-9);
    }
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
    /* without one full date of birth, a phone alone: two migrants whose
     * second names are their fathers' (Tesfay Gebremedhin / Gebrehiwet) */
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    add_named(e, "m0", "Tesfay Gebremedhin", AKA_PHONE, "+218912345678");
    add_named(e, "m1", "Tesfay Gebrehiwet", AKA_PHONE, "+218912345678");
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__pair_score(e, &e->store.rec[0], &e->store.rec[1], &ps, cmp, -INFINITY);
    assert_true(fabs(cmp[AKA_NAME].weight - different) < 1e-9);
    /* one national number vouches as one birth date does (a married
     * woman's JMBG: Jelena Petrović / Jelena Marković) */
    add_named(e, "w0", "Jelena Petrović", AKA_IDENTIFIER, "JMBG:2507990715012");
    add_named(e, "w1", "Jelena Marković", AKA_IDENTIFIER, "JMBG:2507990715012");
    aka__pair_score(e, &e->store.rec[2], &e->store.rec[3], &ps, cmp, -INFINITY);
    assert_true(fabs(cmp[AKA_NAME].weight - AKA__NAME_SURNAME_CHANGED) < 1e-9);
    uint64_t ea = 0, eb = 0;
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("m0"), &ea), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("m1"), &eb), AKA_OK);
    assert_true(ea != eb);
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
}

/* A record of e, "s"/id, born on 11 December 1984, with the given and
 * family names and the full name that are not NULL. */
static void add_stated(aka_engine *e, const char *id, const char *first, const char *last,
                       const char *full)
{
    aka_record *r = NULL;
    assert_int_equal(aka_record_new(&r), AKA_OK);
    if (first)
        assert_int_equal(aka_record_add(r, AKA_GIVEN_NAME, S(first)), AKA_OK);
    if (last)
        assert_int_equal(aka_record_add(r, AKA_FAMILY_NAME, S(last)), AKA_OK);
    if (full)
        assert_int_equal(aka_record_add(r, AKA_NAME, S(full)), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S("1984-12-11")), AKA_OK);
    assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
    aka_record_free(r);
}

/* A given name the tables do not list counts as one for a family name
 * changed when a record's source states it in its given-name column
 * (Jonida / Jonida Dervishi, Mirela Dushku / Gjoni), and the family name
 * may stand first before a shared patronymic (Bilik Jelena Petrowna /
 * Василенко Елена Петровна), and a family name stated in its column is
 * one though it is a given name too (Zeynep Şahin / Özkan); not when the other record states that name
 * as a family name (AVCI in the wrong column: sisters), when it ends as a
 * family name (Eshmatov in the given-name column: brothers), nor when the
 * rest of the stated given name is not shared (Srey Leak / Srey Pov). A
 * given name before a daughter's patronymic, both shared, is one too, and
 * then one phone vouches for the change as a birth date does. */
static int same_entity(aka_engine *e, const char *a, const char *b);

static void test_surname_changed_stated(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    add_stated(e, "j0", "JONIDA", "BRAHIMI", NULL);
    add_stated(e, "j1", NULL, NULL, "Jonida Dervishi");
    add_stated(e, "m0", "MIRELA", "DUSHKU", NULL);
    add_stated(e, "m1", "Mirela", "Gjoni", NULL);
    add_stated(e, "b0", NULL, NULL, "Bilik, Jelena Petrowna");
    add_stated(e, "b1", NULL, NULL, "Василенко Елена Петровна");
    add_stated(e, "z0", "ZEYNEP", "SAHIN", NULL);
    add_stated(e, "z1", "Zeynep", "Özkan", NULL);
    add_stated(e, "a0", "Songul", "AVCI", NULL);
    add_stated(e, "a1", "AVCI", "Irem", NULL);
    add_stated(e, "e0", "ESHMATOV", "BEKZOD", NULL);
    add_stated(e, "e1", NULL, NULL, "Akmal Eshmatov");
    add_stated(e, "k0", "SREY LEAK", "SAY", NULL);
    add_stated(e, "k1", NULL, NULL, "SREY POV HEM");
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    const aka__rec *rec = e->store.rec;
    double different = aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT);
    for (int k = 0; k < 14; k += 2) {
        aka__pair_score(e, &rec[k], &rec[k + 1], &ps, cmp, -INFINITY);
        assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
        double want = k < 8 ? AKA__NAME_SURNAME_CHANGED : different;
        if (fabs(cmp[AKA_NAME].weight - want) > 1e-9)
            fail_msg("records %d / %d: name weight %.3f, want %.3f", k, k + 1,
                     cmp[AKA_NAME].weight, want);
    }
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
    /* one phone, no birth date: a given name and a daughter's patronymic
     * kept (Altynai Nurbekovna, names the tables do not list), the family
     * name changed; without the patronymic the phone vouches for nothing */
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    add_named(e, "p0", "Алтынай Нурбековна Мусаева", AKA_PHONE, "+996550048902");
    add_named(e, "p1", "Мамбетова Алтынай Нурбековна", AKA_PHONE, "+996550048902");
    add_named(e, "p2", "Алтынай Мусаева", AKA_PHONE, "+996550048903");
    add_named(e, "p3", "Алтынай Мамбетова", AKA_PHONE, "+996550048903");
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    rec = e->store.rec;
    aka__pair_score(e, &rec[0], &rec[1], &ps, cmp, -INFINITY);
    assert_true(fabs(cmp[AKA_NAME].weight - AKA__NAME_SURNAME_CHANGED) < 1e-9);
    assert_true(same_entity(e, "p0", "p1"));
    aka__pair_score(e, &rec[2], &rec[3], &ps, cmp, -INFINITY);
    assert_true(cmp[AKA_NAME].weight <= different + 1e-9);
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
}

/* A man and a woman of different names, born on one day and sharing a
 * phone (twins): the name weighs AKA__NAME_SEX_APART less than the level
 * different, and the two stay apart; of one gender, or when a record
 * states none, the name is only different. */
static void test_sex_apart(void **state)
{
    (void)state;
    static const char *const names[] = {"Hassan Haddad", "Aisha Mansour", "Leila Darwish"};
    static const char *const genders[] = {"M", "F", "F"};
    aka_engine *e = family_engine(names, genders, 2);
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    const aka__rec *rec = e->store.rec;
    double different = aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT);
    aka__pair_score(e, &rec[0], &rec[1], &ps, cmp, -INFINITY);
    assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
    assert_int_equal(cmp[AKA_GENDER].level, AKA__EQL_DIFFERENT);
    assert_true(fabs(cmp[AKA_NAME].weight - (different - AKA__NAME_SEX_APART)) < 1e-9);
    uint64_t a = 0, b = 0;
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("r0"), &a), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("r1"), &b), AKA_OK);
    assert_true(a != b);
    aka_engine_free(e);
    e = family_engine(names + 1, genders + 1, 2);
    rec = e->store.rec;
    aka__pair_score(e, &rec[0], &rec[1], &ps, cmp, -INFINITY);
    assert_int_equal(cmp[AKA_GENDER].level, AKA__EQL_EXACT);
    assert_true(fabs(cmp[AKA_NAME].weight - different) < 1e-9);
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
}

static int same_entity(aka_engine *e, const char *a, const char *b)
{
    uint64_t x = 0, y = 0;
    assert_int_equal(aka_engine_entity_of(e, S("s"), S(a), &x), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, S("s"), S(b), &y), AKA_OK);
    return x == y;
}

/* Names the matcher calls fuzzy weak, a family's (a son's before his
 * father's, one token apart, the first two turned round, a given name and
 * its feminine, a family name alone), between two records that share a
 * phone, and names written alike with a generation mark on one side,
 * between two that share a phone or an address, weigh
 * AKA__NAME_SHARED_LINE, and the two stay apart; a given name alone, or
 * the same names without the phone, weigh the level's own. */
/* The date-of-birth level of each pair of records of e that want lists
 * (the a-th and b-th stored) is its level. */
typedef struct date_want {
    int a, b, level;
} date_want;

static void date_levels(aka_engine *e, const date_want *want, size_t n)
{
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    const aka__rec *rec = e->store.rec;
    for (size_t k = 0; k < n; k++) {
        aka__pair_score(e, &rec[want[k].a], &rec[want[k].b], &ps, cmp, -INFINITY);
        if (cmp[AKA_DATE_OF_BIRTH].level != want[k].level)
            fail_msg("r%d / r%d: date level %d, want %d", want[k].a, want[k].b,
                     cmp[AKA_DATE_OF_BIRTH].level, want[k].level);
    }
    aka__pair_scratch_free(&ps);
}

/* The weight of the date-of-birth feature between records a and b of e. */
static double date_weight(aka_engine *e, int a, int b)
{
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    aka__pair_score(e, &e->store.rec[a], &e->store.rec[b], &ps, cmp, -INFINITY);
    aka__pair_scratch_free(&ps);
    return cmp[AKA_DATE_OF_BIRTH].weight;
}

/* 1 January against another full date of its year is a placeholder's
 * year agreeing, the partial level, evidence for (the year's level weighs
 * against); against another day than 1 January the same year, or against
 * a month and year, the level stays the year's. */
static void test_new_year_placeholder(void **state)
{
    (void)state;
    line_rec recs[5] = {{"Juliana Fernandes", NULL, NULL, "1988-12-08", NULL},
                        {"FERNANDES Juliana", NULL, NULL, "01/01/1988", NULL},
                        {"Juliana Fernandes", NULL, NULL, "1988-03-05", NULL},
                        {"Juliana Fernandes", NULL, NULL, "1988-04", NULL},
                        {"Juliana Fernandes", NULL, NULL, "1989-01-01", NULL}};
    aka_engine *e = line_engine(recs, 5);
    static const date_want want[] = {{0, 1, AKA__DL_PARTIAL},   {1, 0, AKA__DL_PARTIAL},
                                     {0, 2, AKA__DL_SAME_YEAR}, {1, 3, AKA__DL_SAME_YEAR},
                                     {0, 4, AKA__DL_YEAR_PM1}};
    date_levels(e, want, sizeof want / sizeof *want);
    assert_true(date_weight(e, 0, 1) > 0);
    aka_engine_free(e);
}

/* n records of other names added to e (add_one's patterns): a name the
 * first records share becomes rare among them. */
static void add_others(aka_engine *e, int n)
{
    aka_record *r = NULL;
    assert_int_equal(aka_record_new(&r), AKA_OK);
    for (int i = 0; i < n; i++)
        add_one(e, r, 1000 + i, i);
    aka_record_free(r);
}

/* Full dates of one day and month whose years differ in one of their
 * last two digits (1990-10-04 / 1996-10-04, 1946 / 1976) read as a year
 * mistyped: the year-apart level, at the year-digit weight beside a rare
 * name (a year one apart keeps the year-slip weight); two digits apart,
 * or another day, stay different. */
static void test_year_digit(void **state)
{
    (void)state;
    line_rec recs[6] = {{"Yurii Moroz", NULL, NULL, "1990-10-04", NULL},
                        {"MOROZ Jurij", NULL, NULL, "04.10.1996", NULL},
                        {"Yurii Moroz", NULL, NULL, "1991-10-04", NULL},
                        {"Yurii Moroz", NULL, NULL, "1986-10-04", NULL},
                        {"Yurii Moroz", NULL, NULL, "1996-10-05", NULL},
                        {"Yurii Moroz", NULL, NULL, "1960-10-04", NULL}};
    aka_engine *e = line_engine(recs, 6);
    add_others(e, 200);
    static const date_want want[] = {{0, 1, AKA__DL_YEAR_PM1},  {0, 2, AKA__DL_YEAR_PM1},
                                     {0, 3, AKA__DL_DIFFERENT}, {0, 4, AKA__DL_DIFFERENT},
                                     {0, 5, AKA__DL_YEAR_PM1}};
    date_levels(e, want, sizeof want / sizeof *want);
    double digit = date_weight(e, 0, 1);
    assert_true(digit > 0 && digit < date_weight(e, 0, 2));
    assert_true(fabs(digit - aka__model_weight_year_digit(&e->model)) < 1e-9);
    aka_engine_free(e);
    /* a year mistyped by one across a century keeps the year slip's
     * weight, as it had before the digit's */
    line_rec cent[2] = {{"Yurii Moroz", NULL, NULL, "1999-10-04", NULL},
                        {"Yurii Moroz", NULL, NULL, "2000-10-04", NULL}};
    e = line_engine(cent, 2);
    static const date_want one[] = {{0, 1, AKA__DL_YEAR_PM1}};
    date_levels(e, one, 1);
    assert_true(fabs(date_weight(e, 0, 1) - aka__model_weight_year_slip(&e->model)) < 1e-9);
    aka_engine_free(e);
}

/* Beside a common name (weighing no more than AKA__NAME_WEIGHT_MAX) a
 * year one digit apart weighs nothing, at its level still, and the score
 * is the sum of the weights the comparison shows; a year one apart keeps
 * its weight beside it. Twelve records of Fatma Yilmaz, born on twelve
 * days, make her name common here. */
static void test_year_digit_common_name(void **state)
{
    (void)state;
    static const char *const dobs[12] = {
        "1944-10-12", "1949-10-12", "1945-10-12", "1960-01-02", "1961-02-03", "1962-03-04",
        "1963-04-05", "1964-05-06", "1965-06-07", "1966-07-08", "1967-08-09", "1968-09-10"};
    line_rec recs[12];
    for (int i = 0; i < 12; i++)
        recs[i] = (line_rec){i % 2 ? "YILMAZ Fatma" : "Fatma Yilmaz", NULL, NULL, dobs[i], NULL};
    aka_engine *e = line_engine(recs, 12);
    static const date_want want[] = {{0, 1, AKA__DL_YEAR_PM1}, {0, 2, AKA__DL_YEAR_PM1}};
    date_levels(e, want, sizeof want / sizeof *want);
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    double total = aka__pair_score(e, &e->store.rec[0], &e->store.rec[1], &ps, cmp, -INFINITY);
    assert_true(cmp[AKA_NAME].weight <= AKA__NAME_WEIGHT_MAX);
    assert_true(cmp[AKA_DATE_OF_BIRTH].weight == 0);
    double sum = e->model.prior;
    for (int k = 0; k < AKA__MODEL_KINDS; k++)
        if (cmp[k].compared)
            sum += cmp[k].weight;
    assert_true(fabs(total - sum) < 1e-9);
    aka__pair_scratch_free(&ps);
    assert_true(fabs(date_weight(e, 0, 2) - aka__model_weight_year_slip(&e->model)) < 1e-9);
    /* the two stay apart: a common name and a year's digit are no match */
    assert_false(same_entity(e, "r0", "r1"));
    aka_engine_free(e);
}

static void test_shared_line(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"Mohamed Ali Hassan", "Ahmed Mohamed Ali Hassan"},
        {"Tadesse Bekele", "Yohannes Tadesse Bekele"},
        {"Nguyen Thi Lan", "Nguyen Thi Lanh"},
        {"CHEN Jianguo", "CHEN Jianhua"},
        {"Mary Wanjiku Kamau", "Mary Wanjiru Kamau"},
        {"Abdullah Mohammed Al-Otaibi", "Mohammed Abdullah Al-Otaibi"},
        {"Luis Manuel Ortiz", "Luisa Manuela Ortiz"},
        {"Ivanov", "Sergei Ivanov"},
    };
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
        /* the one number in its international and national forms */
        line_rec recs[4] = {{pairs[k][0], "+44 7451 223 908", NULL, NULL, NULL},
                            {pairs[k][1], "07451 223908", NULL, NULL, NULL},
                            {pairs[k][0], NULL, NULL, NULL, NULL},
                            {pairs[k][1], NULL, NULL, NULL, NULL}};
        aka_engine *e = line_engine(recs, 4);
        const aka__rec *rec = e->store.rec;
        aka__pair_score(e, &rec[0], &rec[1], &ps, cmp, -INFINITY);
        assert_int_equal(cmp[AKA_PHONE].level, AKA__PHL_EXACT);
        assert_int_equal(cmp[AKA_NAME].level, AKA__NL_FUZZY_WEAK);
        assert_true(fabs(cmp[AKA_NAME].weight - AKA__NAME_SHARED_LINE) < 1e-9);
        assert_false(same_entity(e, "r0", "r1"));
        aka__pair_score(e, &rec[2], &rec[3], &ps, cmp, -INFINITY);
        assert_true(cmp[AKA_NAME].weight > AKA__NAME_SHARED_LINE);
        aka_engine_free(e);
    }
    /* a name written alike, a generation mark on one side: a father's and
     * his son's records at one address or on one phone; without either,
     * the level's own weight */
    line_rec sons[6] = {{"Patrick Kelly", "+353 87 555 0101", NULL, "1958-03-02", NULL},
                        {"Patrick Kelly Jr.", "+353 87 555 0101", NULL, NULL, NULL},
                        {"Pierre Kamga", NULL, "Rue 12, Bonapriso, Douala", NULL, NULL},
                        {"Pierre Kamga Fils", NULL, "Rue 12, Bonapriso, Douala", NULL, NULL},
                        {"Pierre Kamga", NULL, NULL, NULL, NULL},
                        {"Pierre Kamga Fils", NULL, NULL, NULL, NULL}};
    aka_engine *e = line_engine(sons, 6);
    for (int k = 0; k < 6; k += 2) {
        aka__pair_score(e, &e->store.rec[k], &e->store.rec[k + 1], &ps, cmp, -INFINITY);
        assert_int_equal(cmp[AKA_NAME].level, AKA__NL_EXACT);
        assert_true((fabs(cmp[AKA_NAME].weight - AKA__NAME_SHARED_LINE) < 1e-9) == (k < 4));
    }
    assert_false(same_entity(e, "r0", "r1"));
    aka_engine_free(e);
    /* a given name alone: how a victim knows her recruiter */
    line_rec alone[2] = {{"Marian", "+40 721 123 456", NULL, NULL, NULL},
                         {"Marian Stoica", "+40 721 123 456", NULL, NULL, NULL}};
    e = line_engine(alone, 2);
    aka__pair_score(e, &e->store.rec[0], &e->store.rec[1], &ps, cmp, -INFINITY);
    assert_int_equal(cmp[AKA_NAME].level, AKA__NL_FUZZY_WEAK);
    assert_true(fabs(cmp[AKA_NAME].weight -
                     aka__model_weight(&e->model, AKA_NAME, AKA__NL_FUZZY_WEAK)) < 1e-9);
    assert_true(same_entity(e, "r0", "r1"));
    aka_engine_free(e);
    aka__pair_scratch_free(&ps);
}

/* Different names, or a family's on one line, between two records that
 * share a phone, and different names of one family born on one day:
 * the address they share too weighs nothing (brothers at home, twins),
 * unless the names are
 * one woman's before and after marriage; two members' of one family (the
 * name weighs less than the level different: twins, born on one day)
 * weigh the phone at nothing as well. */
static void test_household(void **state)
{
    (void)state;
    static const line_rec recs[] = {
        {"Aram Grigoryan", "+374 91 123456", "Yerevan, Tigran Mets 14, apt 5", NULL, NULL},
        {"Arman Grigoryan", "+374 91 123456", "Yerevan, Tigran Mets 14, apt 5", NULL, NULL},
        {"Elena Moraru", "+373 69 123 456", "str. Ismail 12, Chisinau", NULL, NULL},
        {"Elena Turcanu", "069 123 456", "str. Ismail 12, Chisinau", NULL, NULL},
        {"Tatenda Moyo", "+263 77 212 3456", NULL, "1997-02-05", NULL},
        {"Tapiwa Moyo", "+263 77 212 3456", NULL, "05/02/1997", NULL},
        {"CHEN Jianguo", "+31 6 1234 5678", "Zeedijk 101, Amsterdam", NULL, NULL},
        {"CHEN Jianhua", "06 1234 5678", "Zeedijk 101, 1012 AW Amsterdam", NULL, NULL},
        {"Nguyen Van Tuan", NULL, "5 Oak Street, Hull HU2 8AB", "1996-11-11", NULL},
        {"Nguyen Van Tu", NULL, "5 Oak Street, Hull HU2 8AB", "11/11/1996", NULL},
    };
    aka_engine *e = line_engine(recs, 10);
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    const aka__rec *rec = e->store.rec;
    aka__pair_score(e, &rec[0], &rec[1], &ps, cmp, -INFINITY);
    assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
    assert_true(cmp[AKA_ADDRESS].compared && cmp[AKA_ADDRESS].weight == 0);
    assert_true(cmp[AKA_PHONE].weight > 0);
    assert_false(same_entity(e, "r0", "r1"));
    aka__pair_score(e, &rec[2], &rec[3], &ps, cmp, -INFINITY);
    assert_int_equal(cmp[AKA_PHONE].level, AKA__PHL_EXACT);
    assert_true(cmp[AKA_ADDRESS].weight > 0);
    assert_true(same_entity(e, "r2", "r3"));
    aka__pair_score(e, &rec[4], &rec[5], &ps, cmp, -INFINITY);
    assert_true(cmp[AKA_NAME].weight <
                aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT));
    assert_true(cmp[AKA_PHONE].compared && cmp[AKA_PHONE].weight == 0);
    assert_false(same_entity(e, "r4", "r5"));
    /* brothers' names on one line (AKA__NAME_SHARED_LINE) at one address */
    aka__pair_score(e, &rec[6], &rec[7], &ps, cmp, -INFINITY);
    assert_true(fabs(cmp[AKA_NAME].weight - AKA__NAME_SHARED_LINE) < 1e-9);
    assert_true(cmp[AKA_ADDRESS].compared && cmp[AKA_ADDRESS].weight == 0);
    assert_false(same_entity(e, "r6", "r7"));
    /* twins: one birth date and one address, no phone */
    aka__pair_score(e, &rec[8], &rec[9], &ps, cmp, -INFINITY);
    assert_int_equal(cmp[AKA_NAME].level, AKA__NL_DIFFERENT);
    assert_true(cmp[AKA_ADDRESS].compared && cmp[AKA_ADDRESS].weight == 0);
    assert_false(same_entity(e, "r8", "r9"));
    /* the explanation shows the address at its level, weighing nothing */
    char buf[4096];
    size_t len = 0;
    assert_int_equal(aka_engine_explain(e, S("s"), S("r0"), S("s"), S("r1"), buf, sizeof buf,
                                        &len),
                     AKA_OK);
    assert_non_null(strstr(buf, "\"kind\":\"address\",\"a\":\"yerevan tigran mets 14 apt 5\","
                                "\"b\":\"yerevan tigran mets 14 apt 5\",\"level\":\"exact\","
                                "\"weight\":0.000}"));
    aka__pair_scratch_free(&ps);
    aka_engine_free(e);
}

/* A table's generation changes with every update, and a table freed and
 * filled again does not repeat one: a memo keyed by it cannot confuse
 * them. */
static void test_generations(void **state)
{
    (void)state;
    aka__tokfreq t = {0};
    uint64_t seen[4];
    assert_int_equal(aka__tokfreq_update(&t, S("anna smith"), 1), 0);
    seen[0] = t.gen;
    assert_int_equal(aka__tokfreq_update(&t, S("anna smith"), -1), 0);
    seen[1] = t.gen;
    aka__tokfreq_free(&t);
    seen[2] = t.gen;
    assert_int_equal(aka__tokfreq_update(&t, S("anna smith"), 1), 0);
    seen[3] = t.gen;
    for (int i = 0; i < 4; i++) {
        assert_true(seen[i] != 0);
        for (int j = 0; j < i; j++)
            assert_true(seen[i] != seen[j]);
    }
    aka__tokfreq_free(&t);
}

/* A scratch takes another's cache when it has none or a smaller one, and
 * keeps its own when that is bigger (the one it declines is freed: the
 * sanitizers' leak check holds it to that). */
static void test_adopt(void **state)
{
    (void)state;
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 0, 0), AKA_OK);
    aka__form_cache *small = aka__form_cache_new(4, 0), *big = aka__form_cache_new(16, 0);
    assert_non_null(small);
    assert_non_null(big);
    aka__pair_scratch_adopt(&ps, small); /* none yet: taken */
    assert_ptr_equal(ps.cache, small);
    aka__pair_scratch_adopt(&ps, big); /* bigger: taken, small freed */
    assert_ptr_equal(ps.cache, big);
    aka__pair_scratch_adopt(&ps, aka__form_cache_new(4, 0)); /* smaller: freed */
    assert_ptr_equal(ps.cache, big);
    aka__pair_scratch_adopt(&ps, NULL);
    assert_ptr_equal(ps.cache, big);
    assert_int_equal(ps.want_slots, 0);
    aka__pair_scratch_free(&ps);
}

/* After a bulk load the engine's own scratch holds a cache the load
 * filled (its adds would otherwise start from a cold one), and scoring
 * through it gives what scoring without a cache gives. */
static void test_bulk_leaves_its_cache(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    assert_null(e->ps.cache);
    assert_int_equal(aka_engine_bulk_begin(e), AKA_OK);
    for (int i = 0; i < 120; i++)
        add_one(e, r, i, i);
    assert_int_equal(aka_engine_bulk_end(e), AKA_OK);
    assert_non_null(e->ps.cache);
    aka__pair_scratch none, tiny;
    assert_int_equal(aka__pair_scratch_init(&none, 0, 0), AKA_OK);
    assert_int_equal(aka__pair_scratch_init(&tiny, 1, 0), AKA_OK);
    score_all(e, 120, &none, &tiny, &e->ps);
    /* and the adds that follow use it */
    for (int i = 120; i < 160; i++)
        add_one(e, r, i, i % 30);
    score_all(e, 60, &none, &tiny, &e->ps);
    aka__pair_scratch_free(&none);
    aka__pair_scratch_free(&tiny);
    aka_record_free(r);
    aka_engine_free(e);
}

/* A bulk step's caches grow with its records, in powers of two, between
 * the bounds. */
static void test_cache_sizes(void **state)
{
    (void)state;
    assert_int_equal(aka__form_slots_for(0), AKA__FORM_SLOTS_MIN);
    assert_int_equal(aka__form_slots_for(4096), AKA__FORM_SLOTS_MIN);
    assert_int_equal(aka__form_slots_for(10000), 256);
    assert_int_equal(aka__form_slots_for(32768), 256);
    assert_int_equal(aka__form_slots_for(32769), 512);
    assert_int_equal(aka__form_slots_for(30000), 256);
    assert_int_equal(aka__form_slots_for(100000), 1024);
    assert_int_equal(aka__form_slots_for(262144), 2048);
    assert_int_equal(aka__form_slots_for(262145), AKA__FORM_SLOTS_THREAD);
    assert_int_equal(aka__form_slots_for((size_t)1 << 40), AKA__FORM_SLOTS_THREAD);
    for (size_t n = 0; n < 100000; n += 777) {
        size_t k = aka__form_slots_for(n);
        assert_int_equal(k & (k - 1), 0);
    }
}

/* Scoring stops before the names when they could not lift a pair to the
 * floor: a promise that must hold for every pair and floor, or a pair
 * that scores a match is silently dropped. For each pair, a floor just
 * under its score must give the whole score, and one above it a score
 * under the floor. Among the pairs: a full name common in the engine
 * against the same name without its middle name, rare (a middle name
 * left out weighs as the shorter name, here b's, which may weigh as
 * rare although a's names are common). */
static void test_floor_is_a_bound(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    aka__pair_scratch ps;
    assert_int_equal(aka__pair_scratch_init(&ps, 64, 0), AKA_OK);
    for (int i = 0; i < 60; i++)
        add_one(e, r, i, i);
    /* Others, so that the Papoutsis tokens are rare among the engine's
     * names while the full name with the middle name is not. */
    static const char *const syl[] = {"ka", "lo", "mi", "ren", "tu", "vos",
                                      "dra", "pel", "sin", "gor"};
    for (int i = 0; i < 500; i++) {
        char name[64], id[32];
        snprintf(name, sizeof name, "%s%s %s%s%s", syl[i % 10], syl[i / 10 % 10],
                 syl[i / 100 % 10], syl[(i + 3) % 10], syl[i / 7 % 10]);
        snprintf(id, sizeof id, "f%d", i);
        aka_record_clear(r);
        assert_int_equal(aka_record_add(r, AKA_NAME, S(name)), AKA_OK);
        assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
    }
    uint32_t from = e->store.n;
    /* Ten records hold the full name (more than any rare name's holders,
     * pair.c's RARE_HOLDERS); one the shorter name. And a rare name of
     * three words, whose cap is past AKA__RARE_NAME_WEIGHT_MAX. */
    static const char *const extra[][3] = {
        {"Georgios Ioannis Papoutsis", "1951", "M"},
        {"Georgios Ioannis Papoutsis", "1954", "M"},
        {"Georgios Ioannis Papoutsis", "1957", "M"},
        {"Georgios Ioannis Papoutsis", "1960", "M"},
        {"Georgios Ioannis Papoutsis", "1962", "M"},
        {"Georgios Ioannis Papoutsis", "1966", "M"},
        {"Georgios Ioannis Papoutsis", "1971", "M"},
        {"Georgios Ioannis Papoutsis", "1975", "M"},
        {"Georgios Ioannis Papoutsis", "1988", "M"},
        {"Georgios Ioannis Papoutsis", "", "M"},
        {"Γεώργιος Παπουτσής", "", "M"},
        {"Theodora Evangelia Kalogeropoulou", "1966", "F"},
        {"Theodora Evangelia Kalogeropoulou", "", "M"}};
    for (size_t i = 0; i < sizeof extra / sizeof *extra; i++) {
        char id[32];
        snprintf(id, sizeof id, "x%zu", i);
        aka_record_clear(r);
        assert_int_equal(aka_record_add(r, AKA_NAME, S(extra[i][0])), AKA_OK);
        if (*extra[i][1])
            assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S(extra[i][1])),
                             AKA_OK);
        assert_int_equal(aka_record_add(r, AKA_GENDER, S(extra[i][2])), AKA_OK);
        assert_int_equal(aka_record_add(r, AKA_NATIONALITY, S("GR")), AKA_OK);
        assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
    }
    aka__feature_cmp c0[AKA__MODEL_KINDS], c1[AKA__MODEL_KINDS];
    int heavy = 0; /* pairs whose names weigh past AKA__NAME_WEIGHT_MAX */
    int long_rare = 0; /* past AKA__RARE_NAME_WEIGHT_MAX */
    for (uint32_t a = 0; a < e->store.n; a++)
        for (uint32_t b = from; b < e->store.n; b++) {
            const aka__rec *ra = &e->store.rec[b], *rb = &e->store.rec[a];
            double s0 = aka__pair_score(e, ra, rb, &ps, c0, -INFINITY);
            heavy += c0[AKA_NAME].compared &&
                     c0[AKA_NAME].weight > AKA__NAME_WEIGHT_MAX;
            long_rare += c0[AKA_NAME].compared &&
                         c0[AKA_NAME].weight > AKA__RARE_NAME_WEIGHT_MAX;
            assert_true(aka__pair_score(e, ra, rb, &ps, c1, s0 - 1e-3) == s0);
            assert_true(aka__pair_score(e, ra, rb, &ps, c1, s0 + 0.5) < s0 + 0.5);
        }
    assert_true(heavy > long_rare);
    assert_true(long_rare > 0);
    aka__pair_scratch_free(&ps);
    aka_record_free(r);
    aka_engine_free(e);
}

/* A name in Latin letters against one in another script: the engine
 * keeps no facts for the Latin one, and still reads the pair as
 * aka_name_compare does, with its rules for two scripts (Гадад / Haddad
 * read as Ukrainian; Моне / Monet as French; how Han and katakana hear a
 * Latin name): a pair it takes for one name is at least a strong fuzzy
 * match to the engine, either way round, through a cache or without. */
static void test_names_across_scripts(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"Гадад", "Haddad"},
        {"Абдулла Омер Гадад", "Haddad Abdullah Omar"},
        {"Гончаренко Олег", "Honcharenko Oleh"},
        {"Ольга Гуменюк", "Olha Humeniuk"},
        {"Клод Моне", "Claude Monet"},
        {"クロード・モネ", "Claude Monet"},
        {"王小明", "Wang Xiaoming"},
        {"김민준", "Kim Min-jun"},
        {"محمد حداد", "Muhammad Haddad"},
        {"Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos"},
        {"ЛИ ХУУ ДУНГ", "Ly Huu Dung"},
        /* and names the matcher holds apart stay apart */
        {"ЛИ ХУУ ДУНГ", "Huu Dung Ngo"},
        {"ဖြူမေချို", "MA AYE CHO"},
        {"Клод Моне", "Claude Monod"},
    };
    const size_t n = sizeof pairs / sizeof pairs[0];
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    for (size_t i = 0; i < 2 * n; i++) {
        char id[32];
        snprintf(id, sizeof id, "r%zu", i);
        aka_record_clear(r);
        assert_int_equal(aka_record_add(r, AKA_NAME, S(pairs[i / 2][i % 2])), AKA_OK);
        assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
    }
    aka__pair_scratch none, usual;
    assert_int_equal(aka__pair_scratch_init(&none, 0, 0), AKA_OK);
    assert_int_equal(aka__pair_scratch_init(&usual, 64, 0), AKA_OK);
    aka__feature_cmp c[AKA__MODEL_KINDS];
    int met = 0;
    for (size_t i = 0; i < n; i++) {
        double score;
        int same;
        assert_int_equal(aka_name_compare(S(pairs[i][0]), S(pairs[i][1]), &score, &same),
                         AKA_OK);
        met += same;
        for (int k = 0; k < 4; k++) {
            const aka__rec *ra = &e->store.rec[2 * i + (k & 1)],
                           *rb = &e->store.rec[2 * i + 1 - (k & 1)];
            (void)aka__pair_score(e, ra, rb, k < 2 ? &none : &usual, c, -INFINITY);
            assert_true(c[AKA_NAME].compared);
            if (same != (c[AKA_NAME].level <= AKA__NL_FUZZY_STRONG))
                fail_msg("%s | %s: matcher same=%d, engine level %d", pairs[i][0],
                         pairs[i][1], same, c[AKA_NAME].level);
        }
    }
    assert_int_equal(met, (int)n - 3);
    /* Ukrainian reads Г as H: the same name in two romanisations */
    (void)aka__pair_score(e, &e->store.rec[0], &e->store.rec[1], &usual, c, -INFINITY);
    assert_int_equal(c[AKA_NAME].level, AKA__NL_ROMAN);
    aka__pair_scratch_free(&none);
    aka__pair_scratch_free(&usual);
    aka_record_free(r);
    aka_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caches_change_nothing),
        cmocka_unit_test(test_generations),
        cmocka_unit_test(test_first_token_dropped),
        cmocka_unit_test(test_family_apart),
        cmocka_unit_test(test_surname_changed),
        cmocka_unit_test(test_surname_changed_stated),
        cmocka_unit_test(test_sex_apart),
        cmocka_unit_test(test_new_year_placeholder),
        cmocka_unit_test(test_year_digit),
        cmocka_unit_test(test_year_digit_common_name),
        cmocka_unit_test(test_shared_line),
        cmocka_unit_test(test_household),
        cmocka_unit_test(test_floor_is_a_bound),
        cmocka_unit_test(test_cache_sizes),
        cmocka_unit_test(test_adopt),
        cmocka_unit_test(test_bulk_leaves_its_cache),
        cmocka_unit_test(test_names_across_scripts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
