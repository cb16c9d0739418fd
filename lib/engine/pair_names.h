/* What the scoring of a pair (pair.c) and the rules for names of one
 * family and household (family.c) share: a record's full names read token
 * by token, and those rules, which pair.c asks once the names are
 * weighed. Internal to the engine. */
#ifndef AKA_ENGINE_PAIR_NAMES_H
#define AKA_ENGINE_PAIR_NAMES_H

#include <stddef.h>

#include "engine/pair.h"
#include "match/nameform.h"

/* Tokens of a name the family rules read, at most. */
#define AKA__NAME_TOKENS_MAX 8

/* Whether two tokens are written alike. */
int aka__same_token(const char *x, size_t lx, const char *y, size_t ly);
/* Whether two values have one canonical text. */
int aka__fval_same_canon(const aka__fval *x, const aka__fval *y);
/* The name facts of value v into *facts: 1, or 0 when it keeps none (a
 * name in Latin letters). */
int aka__fval_name_facts(const aka__fval *v, aka__name_facts *facts);
/* The tokens of a canonical name (split by single spaces) into t and tn,
 * at most AKA__NAME_TOKENS_MAX; their number, or -1 for more. */
int aka__fval_tokens(const aka__fval *v, const char **t, size_t *tn);
/* Whether t[0..n) is the first word of a kunya (abu, umm ...). */
int aka__kunya_word(const char *t, size_t n);
/* Whether a full name opens with a kunya word: 1 for the kunya alone, 2
 * for a kunya with more, else 0. */
int aka__fval_kunya(const aka__fval *v);
/* The weight of part of a name written alike in two records, by how
 * common its tokens are in e, less `discount`. */
double aka__name_part_weight(const aka_engine *e, const char *s, size_t n, double discount);

/* family.c: the rules pair.c asks of two records' names, in this order,
 * once the full names are weighed (cmp as aka__pair_score fills it). */

/* A family name changed: names the matcher found different that keep a
 * given name, with a birth date, a document or (a patronymic kept) a
 * phone to vouch, weigh AKA__NAME_SURNAME_CHANGED. */
void aka__surname_change(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                         aka__feature_cmp *cmp);
/* Two members' names of one family weigh AKA__NAME_GIVEN_APART less than
 * the level different (cmp is the name kind's). */
void aka__family_apart(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                       aka__feature_cmp *cmp);
/* A family's names on one line, or one written with a generation mark,
 * weigh at most AKA__NAME_SHARED_LINE. */
void aka__shared_line(const aka__rec *ra, const aka__rec *rb, aka__feature_cmp *cmp);
/* The weights of a phone and an address, as far as compared. */
double aka__household_weight(const aka__feature_cmp *cmp);
/* A phone and an address that different names share are one household's
 * evidence, not the person's: weighed down. */
void aka__one_household(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                        aka__feature_cmp *cmp);

#endif
