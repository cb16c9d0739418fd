/* The default model's weights and what they decide together: a name with
 * one typing slip and a full date of birth is a match, unless the date is
 * 1 January (the date written for an unknown one); a name alone, however
 * rare, is not; a different name with a full date is not even a possible
 * match. Then the same through the engine. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "engine/model.h"
#include "match/compare.h"
#include "match/nameform.h"

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
    /* five times as likely by chance: log2(5) bits less */
    assert_true(fabs(exact - jan1 - log2(5.0)) < 1e-9);
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
    /* a name alone, the rarest, with a nationality: not a match; and a
     * name alone is always below the threshold */
    assert_true(md.prior + AKA__NAME_WEIGHT_MAX < match);
    assert_true(md.prior + AKA__RARE_NAME_WEIGHT_MAX < match);
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

static void test_slips_with_full_dates(void **state)
{
    (void)state;
    /* the same short-token slip: fuzzy weak to the matcher */
    int level = -1, same = 1;
    aka__nameform *fa = malloc(sizeof *fa), *fb = malloc(sizeof *fb);
    assert_non_null(fa);
    assert_non_null(fb);
    assert_int_equal(aka__nameform_from_normalised(S("helena santos"), fa), AKA_OK);
    assert_int_equal(aka__nameform_from_normalised(S("helena sants"), fb), AKA_OK);
    assert_int_equal(aka__nameform_compare_cached(fa, fb, NULL, &same, &level, NULL),
                     AKA_OK);
    assert_int_equal(level, AKA__NL_FUZZY_WEAK);
    free(fa);
    free(fb);

    aka_engine *e = engine_with("Helena Santos", "Helena Sants", "25.01.1944");
    assert_true(same_entity(e));
    aka_engine_free(e);
    e = engine_with("Helena Santos", "Helena Sants", "01.01.1944");
    assert_false(same_entity(e));
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_year_weighs_less),
        cmocka_unit_test(test_levels_together),
        cmocka_unit_test(test_slips_with_full_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
