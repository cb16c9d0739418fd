/* The Fellegi-Sunter model: for every feature kind and comparison level,
 * m = P(level | same person) and u = P(level | different people); the
 * evidence of a level is its weight log2(m / u), and a pair's score is the
 * prior's log-odds plus the weights of its features (missing features add
 * nothing). docs/matching.md explains the default values. */
#ifndef AKA_ENGINE_MODEL_H
#define AKA_ENGINE_MODEL_H

#include "aka.h"

#define AKA__MODEL_KINDS 13 /* kinds are 1..12 */
#define AKA__MODEL_LEVELS 8

/* A weight so large that one value decides alone is still capped: no
 * single field should outvote everything else. */
#define AKA__WEIGHT_MAX 14.0
#define AKA__WEIGHT_MIN (-10.0)
#define AKA__NAME_WEIGHT_MAX 9.0
/* A full name no other record holds (besides the two compared, and two
 * more of the same person) may weigh more: with the prior, just above
 * the default match threshold alone (13 - 8.2 = 4.8, p 0.965), so that
 * a record that gives only such a name joins the one entity that has
 * it. With 11, where a name alone stayed a possible match, generated
 * records one by one at 10,000 (seeds 1-6) gave B³ F1 0.9502, now
 * 0.9509 (precision 0.989 -> 0.96); records of an independent generator
 * (two sets of 4,000 people) 0.903 / 0.903, now 0.945 / 0.946. 12.5 was
 * as good on ours and worse on the other; 14 worse on ours. */
#define AKA__RARE_NAME_WEIGHT_MAX 13.0
/* A rare full name of three words or more (a patronymic, a father's or a
 * second family name) is rarer by chance than one of two, and its
 * frequency says so (a product of its words' shares): its cap is this
 * much higher a word past two, so that another spelling of it alone
 * (13 + 2 - 1.9) decides too. Found on bench/zgen, where a third of the
 * people write a patronymic: one by one at 4,000 people xgen 0.946 /
 * 0.947 -> 0.949 / 0.950, zgen 0.915 / 0.913 -> 0.920 / 0.916; ours at
 * 10,000 unchanged, at 100,000 -0.0005. 1.5 gained less, 2.5 no more. */
#define AKA__RARE_NAME_TOKEN_BONUS 2.0
/* A name with a middle name left out against the name in full weighs as
 * the shorter name written alike, less this: as common as the shorter
 * name, and one person's records agree so less often than whole (log2
 * of about 1.3). 0.7 left a rare name without its patronymic, alone,
 * just short of a match (13 - 0.7 - 8.2 = 4.1 < 4.25); with 0.4 and the
 * slip discount at 2.0, one by one, the two independent generators at
 * 4,000 people gained 0.004 / 0.004 and 0.002 / 0.002, this library's
 * sets lost 0.0004 at 10,000 and 0.001 at 100,000. */
#define AKA__NAME_WITHIN_DISCOUNT 0.4
/* A Thai nickname in place of the given name weighs as the family name
 * alone (a common name's cap at most), less this (pair.c:
 * nickname_weight). */
#define AKA__NAME_NICKNAME_DISCOUNT 1.0
/* A name with initials for its given names weighs as its other tokens
 * alone (a common name's cap at most), less this (pair.c:
 * initials_weight). */
#define AKA__NAME_INITIAL_DISCOUNT 1.0
/* The token left out is the longer name's first, the others in order
 * ("Ibrahim Darwish" / "Karim Ibrahim Darwish"): a given name dropped,
 * or an Arabic or Eritrean man's father and grandfather taken for him.
 * Merged pairs of records so named were another person in 45 % (zgen),
 * 27 % (xgen) and 18 % (vgen) of cases, against 13, 6 and 8 % with a
 * middle token left out: such a pair weighs the shorter name's exact
 * weight less AKA__NAME_WITHIN_DISCOUNT and less this, at most. zgen at
 * 4,000 and 12,000 people +0.0004 to +0.0005, xgen and vgen -0.0002 to
 * +0.0002. Since, the matcher calls such names fuzzy weak when the token
 * left out is a known given name (namecmp.c, first_name_left); this
 * weighs the pairs it still takes for the same (after Muhammad, before a
 * Chinese name, an unknown first token). */
#define AKA__NAME_FIRST_DROPPED_DISCOUNT 1.0
/* A full or given name that differs between two records whose genders
 * differ too weighs this less than its level alone: the model takes the
 * two for independent, but one person's records rarely hold another
 * name and another sex at once (a brother and a sister of one family,
 * born on one day or sharing a phone, are two people). Independence
 * puts that at 0.08 x 0.03 of one person's pairs. At 4.0 (vgen +0.0002
 * to +0.0004 over none), twins of two sexes who share a phone still met:
 * a birth date and a phone weigh 24; at 8.0 (v1 +0.0003, v3 and z3
 * +0.0001, the others unchanged) they need a document or more. */
#define AKA__NAME_SEX_APART 8.0
/* Two full names that share a name (written alike or of one class) and
 * keep, each, a known given name the other lacks, of different classes
 * (Surya / Ahmad Hutapea, Hamza / Naima Ferhat, Hassan Mostafa Haddad /
 * Aisha Mustafa Haddad or Aisha Haddad: children of one family; pair.c,
 * given_apart) weigh this less than the level different: a
 * brother and a sister share a phone, an address, and twins a birth
 * date, which the model would add up to a match. In the generated sets,
 * of the pairs of records sharing a phone or a full birth date whose names
 * are so, 11 of 257 were one person's (a Thai nickname, a slip). */
#define AKA__NAME_GIVEN_APART 8.0
/* Full names the matcher calls fuzzy weak (a given name more or fewer,
 * two letters apart) weigh at most this between two records that share a
 * phone, written alike or in its national and international forms, when
 * they are a family's (family.c, family_line: a son's name before his
 * father's, one token apart, a given name against its feminine): fathers
 * and sons, sisters, a recruiter's workers share a line, and their names
 * then look alike far more often than strangers' do; the model, taking
 * the two for independent, added the name's 1.4 to the phone's and made
 * them one person. log2(0.08 / 0.3): the level's m, against a u among
 * records that share a line put at 0.3, a judgement (the generated sets
 * hold few relatives on one phone to measure it by). Anything under -0.1
 * keeps such names and a phone alone from a match. */
#define AKA__NAME_SHARED_LINE (-1.9)
/* Two full names that share a given name (of the tables, not also a
 * family name) and differ in the family name alone (tokens that are no
 * known given names: Zeynep Özkan / Zeynep Şahin, Ecaterina Moraru /
 * Ecaterina Turcanu) weigh this instead of the level different: a woman's
 * name before and after marriage, or an alias that keeps the given name.
 * Of the generators' pairs of records with one full birth date whose
 * names the matcher calls different but share a token, 81-87 % were one
 * person's (a helper's count; twins, who share the family name, were most
 * of the rest). No evidence either way: a full birth date and a place of
 * birth or a nationality then make a match. Against -3.6, one by one z1
 * +0.0005, z2 +0.0002, x2, v1, s2 +0.0001, v2 -0.0001; 0.5 and 1.0 gained
 * about as much, with less precision on vgen. family.c's surname_changed. */
#define AKA__NAME_SURNAME_CHANGED 0.0
/* ... when the given name they share is uncommon in the engine: held by
 * at most AKA__SURNAME_CHANGED_HOLDERS other records (a young engine, a
 * rare name), or its weight as a name part (pair.c, part_weight) at
 * least AKA__SURNAME_CHANGED_GIVEN_MIN (a share of 0.2 % or less). Among
 * a million records, same given names and same birth dates of different
 * people are common enough that the rule for every given name cost
 * B-cubed 0.0009 (precision 0.002) at 1,000,000 generated records; with
 * the weight from 8 on it costs 0.00005 there and keeps most of its gain
 * on the smaller sets. */
#define AKA__SURNAME_CHANGED_GIVEN_MIN 8.0
#define AKA__SURNAME_CHANGED_HOLDERS 20
/* A name with one typing slip (fuzzy strong, no initial) against the name
 * written right weighs as the commoner of the two exact, less this: one
 * person's records hold a slip about one time in ten, the same spelling
 * about one in two (log2 of 5.5), and another person's name lies a slip
 * away from an uncommon name about as seldom as it is that name. Never
 * less than the level's own weight. At 10,000 generated records 2.5 and
 * 1.5 gave the same B-cubed F1 (+0.002-0.003 over the level's weight
 * alone), 3.5 and 4.5 half the gain; 2.0 gained 0.002 on each
 * independent generator (see AKA__NAME_WITHIN_DISCOUNT). */
#define AKA__NAME_SLIP_DISCOUNT 2.0

/* A rare name (weighing more than AKA__NAME_WEIGHT_MAX written alike)
 * in another romanisation (AKA__NL_ROMAN) or spelling (AKA__NL_VARIANT)
 * weighs at most this much less than the name written alike, whatever
 * the m of the levels say. Records of one person from agencies of
 * several countries are spelled by as many schemes (Vardanyan /
 * Vardanian, Gita / Geeta), so between sources another romanisation is
 * near as likely as the same one, and a rare name so written alone
 * decides (13 - 0.5 - 8.2 = 4.3).
 * Against log2 of m(exact) / m(romanised), 1.9, one by one: the
 * independent generators at 4,000 people 0.955 / 0.956 and 0.928 / 0.924
 * -> 0.957 / 0.958 and 0.930 / 0.926, at 12,000 0.947 -> 0.950 and
 * 0.8934 -> 0.8940; this library's sets 0.9616 -> 0.9618 at 10,000,
 * -0.0002 at 100,000. Applied to common names too it gained the same and
 * merged a common name in two scripts with a month of birth.
 * A rare name in another spelling (AKA__NL_VARIANT: vowels or voicing
 * apart, Batmonkh / Batmunkh, Lioudmila / Людмила; a listed variant,
 * Aleksandr / Alexander) is capped so too (was log2 of m(exact) /
 * m(variant), 1.97): one by one at 4,000 people the three independent
 * generators gained 0.0015-0.0028 (zgen 0.9312 / 0.9268 -> 0.9327 /
 * 0.9286, xgen 0.9576 / 0.9587 -> 0.9599 / 0.9615, vgen 0.9334 / 0.9315
 * -> 0.9351 / 0.9336), at 12,000 people 0.0005-0.002; this library's
 * sets lost 0.0001 at 10,000 and 0.0005 at 100,000. */
#define AKA__NAME_ROMAN_DISCOUNT 0.5

typedef struct aka__model {
    double m[AKA__MODEL_KINDS][AKA__MODEL_LEVELS];
    double u[AKA__MODEL_KINDS][AKA__MODEL_LEVELS];
    double prior;   /* log2 odds that a candidate pair is the same person */
    /* u of a partial date of birth that agrees with the other date to the
     * month ("1974-09" / "1974-09-17"): rarer by chance than agreeing on
     * the year only, which the table's u describes. */
    double u_partial_month;
    /* Derived by aka__model_prepare from the above: every level's weight,
     * looked up for every pair compared. */
    double w[AKA__MODEL_KINDS][AKA__MODEL_LEVELS];
    double w_partial_month;
    double w_new_year; /* exact date of birth on 1 January */
    /* two full dates of birth one year apart, day and month alike (a
     * mistyped year: 1996-07-16 / 1997-07-16) */
    double w_year_slip;
    /* ... and years one of whose last two digits differs (1990-10-04 /
     * 1996-10-04) */
    double w_year_digit;
} aka__model;

/* What the last estimation of the model did (aka_engine_model reports
 * it): how much data it saw and whether its result was applied. */
typedef struct aka__estimate_report {
    int done, applied, converged;
    const char *reason; /* static text: why it was not applied, or NULL */
    unsigned records, iterations;
    double pairs, patterns;
    double proportion; /* estimated share of candidate pairs that match */
} aka__estimate_report;

/* The documented defaults (prepared). */
void aka__model_defaults(aka__model *m);

/* Whether a kind has this level: the default model (aka__model_defaults,
 * passed in so that loops compute it once) describes it. */
int aka__model_level_exists(const aka__model *defaults, aka_feature kind,
                            int level);

/* Derive the weights from m, u and u_partial_month: call after changing
 * them. */
void aka__model_prepare(aka__model *m);

/* Weight of a level; 0 for a level that is not evidence (documents of two
 * countries, identifiers of two types) or out of range. */
double aka__model_weight(const aka__model *m, aka_feature kind, int level);

/* Weight of an exact name given the chance `u_tf` that two different
 * people share it (from the engine's token frequencies), in place of u. */
double aka__model_weight_tf(const aka__model *m, aka_feature kind,
                            double u_tf);

/* The cap of a rare name of `tokens` words: AKA__RARE_NAME_WEIGHT_MAX,
 * and AKA__RARE_NAME_TOKEN_BONUS higher for each word past two. */
double aka__model_rare_name_cap(int tokens);

/* aka__model_weight_tf for a name of `tokens` words that no other record
 * of the engine holds whole: capped at aka__model_rare_name_cap instead. */
double aka__model_weight_rare_name(const aka__model *m, aka_feature kind,
                                   double u_tf, int tokens);

/* How much less a name written another way (level, AKA__NL_ROMAN or
 * AKA__NL_VARIANT) weighs than the same name written alike when both are
 * as common: log2 of m(exact) / m(level), since chance (u) is the name's
 * own frequency either way. -1 when the model gives the level no m. */
double aka__model_spelling_discount(const aka__model *m, aka_feature kind,
                                    int level);

/* Weight of a partial date of birth agreeing to the month. */
double aka__model_weight_partial_month(const aka__model *m);

/* Weight of an exact full date of birth on 1 January: the date registers
 * write for an unknown one, shared by chance more often than others. */
double aka__model_weight_new_year(const aka__model *m);
/* The weight of two full dates of birth one year apart whose day and
 * month agree: a year mistyped by one (w_year_slip). */
double aka__model_weight_year_slip(const aka__model *m);
/* ... and of two whose years differ in one of their last two digits, not
 * by one: a year mistyped or misread (w_year_digit). */
double aka__model_weight_year_digit(const aka__model *m);

/* Probability of a score (log2 odds). */
double aka__model_probability(double score);

#endif
