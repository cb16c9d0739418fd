/* The default model's weights and what they decide together: a name with
 * one typing slip and a full date of birth is a match, one two letters
 * apart not when the date is 1 January (the date written for an unknown
 * one); a name alone is not, unless no other record holds it (a rare
 * full name); a different name with a full
 * date is not even a possible match. Then the same through the engine. */
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
#include "engine/journal.h"
#include "engine/model.h"
#include "engine/pair.h"
#include "match/compare.h"
#include "match/nameform.h"

#include "helpers.h"

#define S(x) (x), strlen(x)

/* log2 odds of the default match and review thresholds (0.95, 0.5). */
static double logit(double p) { return log2(p / (1 - p)); }

static void test_new_year_weighs_less(void **state)
{
    (void)state;
    aka__model md;
    aka__model_defaults(&md);
    double exact = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_EXACT);
    double jan1 = aka__model_weight_new_year(&md);
    assert_true(jan1 > 0);
    /* 200 times as likely by chance: log2(200) bits less, about what
     * a year agreeing says and a bit and a half more */
    assert_true(fabs(exact - jan1 - log2(200.0)) < 1e-9);
    /* derived from m and u: an estimated u moves both */
    md.u[AKA_DATE_OF_BIRTH][AKA__DL_EXACT] *= 2;
    aka__model_prepare(&md);
    assert_true(fabs(aka__model_weight_new_year(&md) - (jan1 - 1)) < 1e-9);
}

static void test_levels_together(void **state)
{
    (void)state;
    aka__model md;
    aka__model_defaults(&md);
    double match = logit(0.95), review = logit(0.5);
    double dob = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_EXACT);
    double jan1 = aka__model_weight_new_year(&md);
    double strong = aka__model_weight(&md, AKA_NAME, AKA__NL_FUZZY_STRONG);
    double weak = aka__model_weight(&md, AKA_NAME, AKA__NL_FUZZY_WEAK);
    double diff = aka__model_weight(&md, AKA_NAME, AKA__NL_DIFFERENT);
    double nat = aka__model_weight(&md, AKA_NATIONALITY, AKA__EQL_EXACT);
    double year = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_PARTIAL);
    /* a slip in a long or a short token, with a full date: a match */
    assert_true(md.prior + strong + dob >= match);
    assert_true(md.prior + weak + dob >= match);
    /* on 1 January a short-token slip needs more */
    assert_true(md.prior + weak + jan1 < match);
    /* a name alone is below the threshold, unless it is a full name no
     * other record holds: that decides alone */
    assert_true(md.prior + AKA__NAME_WEIGHT_MAX < match);
    assert_true(md.prior + AKA__RARE_NAME_WEIGHT_MAX >= match);
    /* a common-enough name (capped weight) with only a birth year stays
     * a possible match */
    assert_true(md.prior + AKA__NAME_WEIGHT_MAX + year < match);
    /* another name with the same full date: not even possible */
    assert_true(md.prior + diff + dob < review);
    /* a slip with a birth year and a nationality is no match either */
    assert_true(md.prior + weak + year + nat < match);
}

static aka_engine *engine_with(const char *name_a, const char *name_b,
                               const char *dob)
{
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    const char *names[2] = {name_a, name_b};
    for (int i = 0; i < 2; i++) {
        aka_record_clear(r);
        assert_int_equal(aka_record_add(r, AKA_NAME, S(names[i])), AKA_OK);
        assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S(dob)), AKA_OK);
        assert_int_equal(aka_engine_add(e, S("s"), S(i ? "b" : "a"), r, NULL),
                         AKA_OK);
    }
    aka_record_free(r);
    return e;
}

static int same_entity(aka_engine *e)
{
    uint64_t a, b;
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("a"), &a), AKA_OK);
    assert_int_equal(aka_engine_entity_of(e, S("s"), S("b"), &b), AKA_OK);
    return a == b;
}

static double name_weight(aka_engine *e, const char *a, const char *b,
                          char *level, size_t level_cap);

/* The name level between two records of names a and b born on 1 January
 * 1944, into level (returned). */
static const char *level_on_new_year(const char *a, const char *b, char *level,
                                     size_t cap)
{
    aka_engine *e = engine_with(a, b, "01.01.1944");
    name_weight(e, "a", "b", level, cap);
    aka_engine_free(e);
    return level;
}

static void test_slips_with_full_dates(void **state)
{
    (void)state;
    /* the same short-token slip: fuzzy weak to the matcher */
    int level = -1, same = 1;
    aka__nameform *fa = malloc(AKA__NAMEFORM_MAX), *fb = malloc(AKA__NAMEFORM_MAX);
    assert_non_null(fa);
    assert_non_null(fb);
    assert_int_equal(aka__nameform_from_normalised(S("helena santos"), fa), AKA_OK);
    assert_int_equal(aka__nameform_from_normalised(S("helena sants"), fb), AKA_OK);
    assert_int_equal(aka__nameform_compare_cached(fa, fb, NULL, &same, &level, NULL),
                     AKA_OK);
    assert_int_equal(level, AKA__NL_FUZZY_WEAK);
    free(fa);
    free(fb);

    /* ... which the engine weighs as a slip (match/slip.c) */
    aka_engine *e = engine_with("Helena Santos", "Helena Sants", "25.01.1944");
    assert_true(same_entity(e));
    char level_name[32];
    name_weight(e, "a", "b", level_name, sizeof level_name);
    assert_string_equal(level_name, "fuzzy_strong");
    aka_engine_free(e);
    /* three letters apart: another family name beside one given name
     * written alike, not a fuzzy run of the two (Santos and Santana, two
     * families the tables list, are apart outright) */
    e = engine_with("Helena Campos", "Helena Campana", "01.01.1944");
    assert_false(same_entity(e));
    name_weight(e, "a", "b", level_name, sizeof level_name);
    assert_string_equal(level_name, "different");
    aka_engine_free(e);
    /* two slips in a long token (the rn a scanner reads for m) keep the
     * run's fuzzy weight */
    assert_string_not_equal(level_on_new_year("Liudmyla Bondarenko", "Liudrnyla Bondarenko",
                                              level_name, sizeof level_name),
                            "different");
    /* two fathers' patronymics, whatever else meets; short tokens that
     * meet by sound (lkey) only under four letters (deo and tieu, two
     * Vietnamese names, key alike); two Vietnamese syllables that meet
     * only as spellings (Hồng, Hùng) */
    static const char *const apart[][2] = {
        {"Tatiana Evgenevna Sorokina", "Sorokina Tatyana Ivanovna"},
        {"Viet Deo", "Viet Tieu"},
        {"Tran Thi Hong", "Hung Tran"},
        /* an l and an r the sound key merges, at the start of two Latin
         * tokens (Reeves / Lewis both key rifis) */
        {"Joan Reeves", "Joan Lewis"},
        /* a two-letter token without a vowel is no vowel-less
         * romanisation between Latin names (St / Chotty) */
        {"Thomas Chotty", "Thomas St Andrews"},
    };
    for (size_t k = 0; k < sizeof apart / sizeof apart[0]; k++)
        assert_string_equal(level_on_new_year(apart[k][0], apart[k][1], level_name,
                                              sizeof level_name),
                            "different");
    /* sisters: one family name, given names that meet nowhere */
    e = engine_with("Zulfiya Davlatova", "Shahlo Davlatova", "01.01.1944");
    assert_false(same_entity(e));
    name_weight(e, "a", "b", level_name, sizeof level_name);
    assert_string_equal(level_name, "different");
    aka_engine_free(e);
    /* two names in Han characters read alike but written apart are two
     * names (王 Wang and 汪 Wang), as the matcher says; 張 and 张 are one */
    e = engine_with("王伟", "汪伟", "1963-02-02");
    assert_false(same_entity(e));
    name_weight(e, "a", "b", level_name, sizeof level_name);
    assert_string_equal(level_name, "different");
    aka_engine_free(e);
    e = engine_with("張偉", "张伟", "1963-02-02");
    assert_true(same_entity(e));
    aka_engine_free(e);
    /* a slip in a long token */
    e = engine_with("Leonardo Ruggiero", "Loenardo Ruggiero", "1963-02-02");
    assert_true(same_entity(e));
    aka_engine_free(e);
    /* another given name, the same family name and full date (twins) */
    e = engine_with("Leonardo Ruggiero", "Francesca Ruggiero", "1963-02-02");
    assert_false(same_entity(e));
    aka_engine_free(e);
}

/* The weight of the name feature in an explanation of records a and b. */
static double name_weight(aka_engine *e, const char *a, const char *b,
                          char *level, size_t level_cap)
{
    return explain_name(e, "s", a, "s", b, level, level_cap);
}

static void add_named(aka_engine *e, aka_record *r, const char *id,
                      const char *name, const char *dob)
{
    aka_record_clear(r);
    assert_int_equal(aka_record_add(r, AKA_NAME, S(name)), AKA_OK);
    assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S(dob)), AKA_OK);
    assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
}

/* A romanisation or variant of a name weighs at most what the name
 * written alike weighs: in an engine where the name is common, less than
 * the level's own weight. A rare name's spellings weigh as it does exact,
 * less the level's discount (log2 of m(exact) / m(level)). */
static void test_spelling_capped_by_name(void **state)
{
    (void)state;
    aka__model md;
    aka__model_defaults(&md);
    double variant = aka__model_weight(&md, AKA_NAME, AKA__NL_VARIANT);
    double roman = aka__model_weight(&md, AKA_NAME, AKA__NL_ROMAN);
    assert_true(roman > variant && variant > 0);
    assert_true(roman < AKA__NAME_WEIGHT_MAX);

    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    char id[16], dob[16], level[32];
    /* a rare name first: its spellings weigh more than the level */
    double discount = aka__model_spelling_discount(&md, AKA_NAME, AKA__NL_VARIANT);
    assert_true(discount > 1.9 && discount < 2.1); /* log2(0.55 / 0.14) */
    assert_true(aka__model_spelling_discount(&md, AKA_NAME, AKA__NL_EXACT) == 0);
    add_named(e, r, "o1", "Oleksandr Kovalenko", "1970-03-04");
    add_named(e, r, "o2", "Aleksandr Kovalenko", "1981-05-06");
    double w = name_weight(e, "o1", "o2", level, sizeof level);
    assert_string_equal(level, "variant");
    assert_true(w > variant + 1);
    assert_true(w <= AKA__RARE_NAME_WEIGHT_MAX - discount + 1e-3);
    /* a name many records hold */
    for (int i = 0; i < 40; i++) {
        snprintf(id, sizeof id, "m%d", i);
        snprintf(dob, sizeof dob, "%d-0%d-1%d", 1940 + i, 1 + i % 9, i % 10);
        add_named(e, r, id, "Muhammad Ali", dob);
    }
    add_named(e, r, "x", "Mohammed Ali", "1990-02-03");
    double exact = name_weight(e, "m0", "m1", level, sizeof level);
    assert_string_equal(level, "exact");
    assert_true(exact < variant);
    w = name_weight(e, "x", "m0", level, sizeof level);
    assert_true(strcmp(level, "variant") == 0 || strcmp(level, "romanised") == 0);
    assert_true(w <= exact + 1e-9);
    aka_record_free(r);
    aka_engine_free(e);
}

/* A swapped date is one other day: as rare by chance as an exact date,
 * the 1 January weighting aside. */
static void test_swapped_date(void **state)
{
    (void)state;
    aka__model md;
    aka__model_defaults(&md);
    assert_true(md.u[AKA_DATE_OF_BIRTH][AKA__DL_SWAPPED] <=
                md.u[AKA_DATE_OF_BIRTH][AKA__DL_EXACT]);
    double swapped = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_SWAPPED);
    double strong = aka__model_weight(&md, AKA_NAME, AKA__NL_FUZZY_STRONG);
    double variant = aka__model_weight(&md, AKA_NAME, AKA__NL_VARIANT);
    /* another spelling of the name with a swapped date: a match; a slip
     * with a swapped date: not */
    assert_true(md.prior + variant + swapped >= logit(0.95));
    assert_true(md.prior + strong + swapped < logit(0.95));
}

/* Two full dates a day apart (a calendar converted by a table a day off)
 * are evidence of their own, between the same month and the same day:
 * with another spelling of a name they are a match, with a slip alone
 * not. */
static void test_day_apart(void **state)
{
    (void)state;
    aka__model md;
    aka__model_defaults(&md);
    double apart = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_DAY_APART);
    double exact = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_EXACT);
    double month = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_SAME_YM);
    double weak = aka__model_weight(&md, AKA_NAME, AKA__NL_FUZZY_WEAK);
    assert_true(apart > month + 2);
    assert_true(apart < exact - 5);
    assert_true(md.prior + weak + apart < logit(0.95));
    /* m over the date's levels is still one */
    double sum = 0;
    for (int l = 0; l < AKA__MODEL_LEVELS; l++)
        sum += md.m[AKA_DATE_OF_BIRTH][l];
    assert_true(fabs(sum - 1) < 1e-9);

    /* a Persian name family first and its Latin spelling, the dates a day
     * apart (case file 9-D15): one person; 1 January beside 2 January is
     * no calendar a day off and stays the same month; beside a name that
     * a dozen other records hold (`common`) the day apart weighs as the
     * month it shares: two such people born on neighbouring days are as
     * likely */
    static const struct {
        const char *a, *b, *dob_a, *dob_b, *level;
        int same, common;
        double wmin, wmax;
    } cases[] = {
        {"Rezaei, Fatemeh", "Fatima Rezaee", "1995-03-21", "22/03/1995", "day_apart", 1, 0, 5, 5.2},
        {"Rezaei, Fatemeh", "Fatima Rezaee", "1995-03-31", "01.04.1995", "day_apart", 1, 0, 5, 5.2},
        {"Rezaei, Fatemeh", "Fatima Rezaee", "1995-01-01", "02.01.1995", "same_year_month", 0, 0, 1.7, 1.8},
        {"Rezaei, Fatemeh", "Fatima Rezaee", "1995-03-21", "22/03/1995", "day_apart", 0, 1, 1.7, 1.8},
        {"Rezaei, Fatemeh", "Fatima Rezaee", "1995-03-31", "01.04.1995", "day_apart", 0, 1, -0.6, -0.5},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        aka_engine *e = NULL;
        aka_record *r = NULL;
        assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
        assert_int_equal(aka_record_new(&r), AKA_OK);
        for (int k = 0; cases[i].common && k < 12; k++) {
            char id[16], dob[16];
            snprintf(id, sizeof id, "o%d", k);
            snprintf(dob, sizeof dob, "19%02d-0%d-1%d", 60 + k, 1 + k % 9, k % 10);
            aka_record_clear(r);
            assert_int_equal(aka_record_add(r, AKA_NAME, S(cases[i].b)), AKA_OK);
            assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S(dob)), AKA_OK);
            assert_int_equal(aka_engine_add(e, S("s"), S(id), r, NULL), AKA_OK);
        }
        for (int k = 0; k < 2; k++) {
            aka_record_clear(r);
            const char *name = k ? cases[i].b : cases[i].a;
            const char *dob = k ? cases[i].dob_b : cases[i].dob_a;
            assert_int_equal(aka_record_add(r, AKA_NAME, S(name)), AKA_OK);
            assert_int_equal(aka_record_add(r, AKA_DATE_OF_BIRTH, S(dob)), AKA_OK);
            assert_int_equal(aka_engine_add(e, S("s"), S(k ? "b" : "a"), r, NULL),
                             AKA_OK);
        }
        char buf[8192], want[64];
        size_t len = 0;
        assert_int_equal(aka_engine_explain(e, S("s"), S("a"), S("s"), S("b"), buf,
                                            sizeof buf, &len),
                         AKA_OK);
        const char *f = strstr(buf, "{\"kind\":\"date_of_birth\"");
        assert_non_null(f);
        snprintf(want, sizeof want, "\"level\":\"%s\"", cases[i].level);
        assert_non_null(strstr(f, want));
        const char *w = strstr(f, "\"weight\":");
        assert_non_null(w);
        double wt = strtod(w + strlen("\"weight\":"), NULL);
        assert_true(wt >= cases[i].wmin && wt <= cases[i].wmax);
        assert_int_equal(same_entity(e), cases[i].same);
        aka_record_free(r);
        aka_engine_free(e);
    }
}

/* The weight of the date of birth in an explanation of records a and b. */
static double date_weight(aka_engine *e, const char *a, const char *b)
{
    char buf[8192];
    size_t len = 0;
    assert_int_equal(aka_engine_explain(e, S("s"), S(a), S("s"), S(b), buf,
                                        sizeof buf, &len),
                     AKA_OK);
    const char *f = strstr(buf, "{\"kind\":\"date_of_birth\"");
    assert_non_null(f);
    assert_non_null(strstr(f, "\"level\":\"partial_compatible\""));
    const char *w = strstr(f, "\"weight\":");
    assert_non_null(w);
    return strtod(w + strlen("\"weight\":"), NULL);
}

/* A year and month agreeing with a full date only when the full date is
 * read the other way round weigh as the year alone. */
static void test_partial_month_swapped(void **state)
{
    (void)state;
    aka__model md;
    aka__model_defaults(&md);
    double year = aka__model_weight(&md, AKA_DATE_OF_BIRTH, AKA__DL_PARTIAL);
    double month = aka__model_weight_partial_month(&md);
    assert_true(month > year);
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    add_named(e, r, "full", "Nino Beridze", "1983-10-09");
    add_named(e, r, "month", "Nino Beridze", "1983-10");
    add_named(e, r, "swapped", "Nino Beridze", "1983-09");
    assert_true(fabs(date_weight(e, "full", "month") - month) < 0.001);
    assert_true(fabs(date_weight(e, "full", "swapped") - year) < 0.001);
    aka_record_free(r);
    aka_engine_free(e);
}

/* The names of a pair are left out only when even the rarest name could
 * not lift it to the floor: a name no other record holds weighs up to
 * AKA__RARE_NAME_WEIGHT_MAX, so a pair with it and a birth year one off
 * is still a possible match (above the review floor). */
static void test_floor_keeps_rare_names(void **state)
{
    (void)state;
    aka_engine *e = NULL;
    aka_record *r = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_record_new(&r), AKA_OK);
    add_named(e, r, "a", "Zebulon Quarrington", "1970-05-05");
    add_named(e, r, "b", "Zebulon Quarrington", "1971-05-05");
    aka_record_free(r);
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    double full = aka__pair_score(e, &e->store.rec[0], &e->store.rec[1], &e->ps,
                                  cmp, -INFINITY);
    assert_true(cmp[AKA_NAME].weight > AKA__NAME_WEIGHT_MAX);
    assert_true(full >= e->review_score);
    double floored = aka__pair_score(e, &e->store.rec[0], &e->store.rec[1],
                                     &e->ps, cmp, e->review_score);
    assert_true(fabs(floored - full) < 1e-9);
    assert_true(cmp[AKA_NAME].compared);
    aka_engine_free(e);
}


/* The weight and level of the names of two records that hold these names
 * and one birth month. */
static double two_names(const char *a, const char *b, const char *want_level)
{
    char level[32];
    aka_engine *e = engine_with(a, b, "08.1971");
    double w = name_weight(e, "a", "b", level, sizeof level);
    assert_string_equal(level, want_level);
    aka_engine_free(e);
    return w;
}

/* A middle name left out weighs as the shorter name written alike, a
 * little less (AKA__NAME_WITHIN_DISCOUNT), not as a variant spelling; a
 * variant spelling with a middle name left out stays a variant. A typing
 * slip in an uncommon name weighs as the name exact less
 * AKA__NAME_SLIP_DISCOUNT; an initial, which stands for many names, keeps
 * the fuzzy strong weight unless the rest of the name is written alike
 * (then it weighs as the rest, less AKA__NAME_INITIAL_DISCOUNT). Names the matcher takes for one are at least
 * fuzzy strong. (Weights come with three decimals in JSON.) */
static void test_name_weights_by_name(void **state)
{
    (void)state;
    aka__model md;
    aka__model_defaults(&md);
    double variant = aka__model_weight(&md, AKA_NAME, AKA__NL_VARIANT);
    double strong = aka__model_weight(&md, AKA_NAME, AKA__NL_FUZZY_STRONG);

    double within = two_names("Mikhail Sergey Smirnov", "Mikhail Smirnov", "variant");
    assert_true(within > variant + 1);
    assert_true(within <= AKA__RARE_NAME_WEIGHT_MAX - AKA__NAME_WITHIN_DISCOUNT + 1e-3);
    /* a variant spelling with a middle name left out: as a variant of a
     * rare name, less than the shorter name alike */
    assert_true(two_names("Aleksandr Sergey Petrov", "Alexander Petrov", "variant") <=
                AKA__RARE_NAME_WEIGHT_MAX -
                    aka__model_spelling_discount(&md, AKA_NAME, AKA__NL_VARIANT) +
                    1e-3);

    double slip = two_names("Oliver Thompson", "Oliver Thpmpson", "fuzzy_strong");
    assert_true(slip > strong + 1);
    assert_true(slip <= AKA__RARE_NAME_WEIGHT_MAX - AKA__NAME_SLIP_DISCOUNT + 1e-3);
    /* an initial, the rest written alike: as the rest alone, less
     * AKA__NAME_INITIAL_DISCOUNT, never under the level's weight */
    double init = two_names("O. Thompson", "Oliver Thompson", "fuzzy_strong");
    assert_true(init >= strong - 1e-3);
    assert_true(init <= AKA__NAME_WEIGHT_MAX - AKA__NAME_INITIAL_DISCOUNT + 1e-3);
    /* ... the rest spelled otherwise: the level's weight */
    assert_true(fabs(two_names("O. Thompson", "Oliver Thomson", "fuzzy_strong") -
                     strong) < 1e-3);
    /* names the matcher takes for one, a token pair of which only sounds
     * alike: at least fuzzy strong (it was fuzzy weak) */
    two_names("Никита Хрущёв", "Nikita Khrushchyov", "fuzzy_strong");
    /* ... and where every token is another spelling, a variant (Hussein
     * as حسين spells it: match/abjad_spelling.c), though the two tokens
     * joined only sound alike */
    two_names("صدام حسين", "Saddam Hussein", "variant");
    two_names("ياسر عرفات", "Yasser Arafat", "variant");
}

/* The snapshot's model is read back as written; a level added since it
 * was saved (a phone's transposed digits, dates a day apart), which it
 * holds no numbers for, takes the default's. */
struct membuf {
    unsigned char b[4096];
    size_t n;
};

static void mem_put(void *ctx, const void *p, size_t n)
{
    struct membuf *m = ctx;
    assert_true(m->n + n <= sizeof m->b);
    memcpy(m->b + m->n, p, n);
    m->n += n;
}

static void test_model_read_fills_new_levels(void **state)
{
    (void)state;
    aka__model md, back, defaults;
    aka__model_defaults(&defaults);
    md = defaults;
    md.m[AKA_PHONE][AKA__PHL_EXACT] = 0.5; /* an estimated number kept */
    md.m[AKA_PHONE][AKA__PHL_TRANSPOSED] = 0;
    md.u[AKA_PHONE][AKA__PHL_TRANSPOSED] = 0; /* as saved before the level */
    md.m[AKA_IDENTIFIER][AKA__IDL_OCR] = 0;      /* likewise the identifiers' OCR */
    md.m[AKA_DATE_OF_BIRTH][AKA__DL_DAY_APART] = 0; /* and dates a day apart */
    md.u[AKA_DATE_OF_BIRTH][AKA__DL_DAY_APART] = 0;
    md.u[AKA_IDENTIFIER][AKA__IDL_OCR] = 0;
    aka__model_prepare(&md);
    struct membuf buf = {{0}, 0};
    aka__wr w = {mem_put, &buf};
    aka__model_write(&md, &w);
    aka__rd r = {buf.b, buf.n, 0, 0};
    assert_int_equal(aka__model_read(&r, &back), 0);
    assert_true(back.m[AKA_PHONE][AKA__PHL_EXACT] == 0.5);
    assert_true(back.m[AKA_PHONE][AKA__PHL_TRANSPOSED] ==
                defaults.m[AKA_PHONE][AKA__PHL_TRANSPOSED]);
    assert_true(back.u[AKA_PHONE][AKA__PHL_TRANSPOSED] ==
                defaults.u[AKA_PHONE][AKA__PHL_TRANSPOSED]);
    assert_true(aka__model_weight(&back, AKA_PHONE, AKA__PHL_TRANSPOSED) > 5.0);
    assert_true(aka__model_weight(&back, AKA_PHONE, AKA__PHL_TRANSPOSED) <
                aka__model_weight(&back, AKA_PHONE, AKA__PHL_SAME_LAST8));
    assert_true(back.m[AKA_IDENTIFIER][AKA__IDL_OCR] ==
                defaults.m[AKA_IDENTIFIER][AKA__IDL_OCR]);
    assert_true(aka__model_weight(&back, AKA_IDENTIFIER, AKA__IDL_OCR) > 10.0);
    assert_true(aka__model_weight(&back, AKA_DATE_OF_BIRTH, AKA__DL_DAY_APART) ==
                aka__model_weight(&defaults, AKA_DATE_OF_BIRTH, AKA__DL_DAY_APART));
    /* every kind's "different" level is one the model weighs against */
    for (int k = 1; k < AKA__MODEL_KINDS; k++) {
        int d = aka__different_level((aka_feature)k);
        if (d >= 0)
            assert_true(aka__model_weight(&defaults, (aka_feature)k, d) < 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_year_weighs_less),
        cmocka_unit_test(test_levels_together),
        cmocka_unit_test(test_slips_with_full_dates),
        cmocka_unit_test(test_spelling_capped_by_name),
        cmocka_unit_test(test_swapped_date),
        cmocka_unit_test(test_day_apart),
        cmocka_unit_test(test_partial_month_swapped),
        cmocka_unit_test(test_floor_keeps_rare_names),
        cmocka_unit_test(test_name_weights_by_name),
        cmocka_unit_test(test_model_read_fills_new_levels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
