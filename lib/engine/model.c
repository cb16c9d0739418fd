#include "engine/model.h"

#include <math.h>
#include <string.h>

#include "match/compare.h"
#include "match/nameform.h"

/* The default u of a partial date agreeing with the other (to the year):
 * agreeing to the month is rarer by the ratio of u_partial_month to it. */
#define U_PARTIAL_DEFAULT 0.01

/* How much likelier two different people are to share a full date of birth
 * when it is 1 January than another date: registers write 1 January for a
 * date they do not know (and refugees' and migrants' papers often carry
 * it), so it is shared by chance about five times as often as the exact
 * level's u says of an ordinary date. */
#define NEW_YEAR_SHARE 200.0

/* Two full dates of birth one year apart with day and month alike (a
 * mistyped year: 1996-07-16 / 1997-07-16) against two dates alike: by
 * chance twice as likely (the year before or after), and between one
 * person's records about forty times rarer (a year mistyped by one in a
 * record or two of a hundred): 80 times less likely relative to chance,
 * weight 11.4 - log2(80) = 5.1. Not a conflict either (compare.c: one
 * slip). */
#define YEAR_SLIP_TIMES 80.0

/* Two full dates of birth whose day and month agree and whose years differ
 * in one of their last two digits, not by one (1990-10-04 / 1996-10-04,
 * 1946 / 1976: a digit mistyped, or misread by a scanner): between one
 * person's records about as rare as a year mistyped by one, and by chance
 * seven times as likely (some 14 years of a lifetime's span lie one such
 * digit from a year, against the year before and after), so that namesakes
 * born on one day of the year a decade apart are not taken for a slip on
 * their own: 11.4 - log2(560) = 2.3. */
#define YEAR_DIGIT_TIMES 560.0

static void set(aka__model *md, aka_feature k, int level, double m, double u)
{
    md->m[k][level] = m;
    md->u[k][level] = u;
}

/* The default u of an exact name, per name kind: the share of the
 * population that one name typically covers. Token frequencies adjust the
 * exact weight relative to it, so that an estimated model (whose u is
 * measured among candidate pairs, not among all people) keeps its own
 * scale. */
static double tf_reference(aka_feature kind)
{
    return kind == AKA_GIVEN_NAME ? 0.01 : kind == AKA_FAMILY_NAME ? 0.003 : 0.0005;
}

static void names(aka__model *md, aka_feature k)
{
    /* A name level is weaker evidence than a date or a document: many
     * people share names, and the matcher's fuzzy levels admit some
     * different names. */
    set(md, k, AKA__NL_EXACT, 0.55, tf_reference(AKA_NAME));
    /* Another spelling is slightly weaker evidence than the same one
     * (pair.c also keeps it from weighing more than the name written
     * alike). Weighing it more (m 0.3) gained at most 0.001 of B-cubed F1
     * on generated data up to 300,000 records, and lost precision (0.004
     * at a million). */
    set(md, k, AKA__NL_ROMAN, 0.15, 0.001);
    set(md, k, AKA__NL_VARIANT, 0.14, 0.004);
    /* One name in ten or so is mistyped somewhere in lists kept by hand:
     * a slip is fuzzy strong, in a short token too (Santos / Sants),
     * which the matcher calls another name and the engine a slip when
     * the name's other tokens agree (pair.c, match/slip.c). */
    set(md, k, AKA__NL_FUZZY_STRONG, 0.12, 0.01);
    set(md, k, AKA__NL_FUZZY_WEAK, 0.08, 0.03);
    set(md, k, AKA__NL_DIFFERENT, 0.08, 0.9545);
}

void aka__model_defaults(aka__model *md)
{
    memset(md, 0, sizeof *md);
    names(md, AKA_NAME);
    names(md, AKA_GIVEN_NAME);
    names(md, AKA_FAMILY_NAME);
    /* Given and family names alone are weaker than a full name. */
    set(md, AKA_GIVEN_NAME, AKA__NL_EXACT, 0.6, tf_reference(AKA_GIVEN_NAME));
    set(md, AKA_FAMILY_NAME, AKA__NL_EXACT, 0.6, tf_reference(AKA_FAMILY_NAME));

    /* Candidates share a name key, not a birthday: dates spread over some
     * 30,000 days, and twins, relatives registered together and copied
     * dates make a shared one ten times likelier than chance. 1 January
     * is weighed apart (NEW_YEAR_SHARE). */
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_EXACT, 0.82, 0.0003);
    /* Sources that write the month first meet those that write the day
     * first; a swapped date is one other day, as rare by chance as the
     * same one. */
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_SWAPPED, 0.05, 0.0003);
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_PARTIAL, 0.05, U_PARTIAL_DEFAULT);
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_SAME_YM, 0.01, 0.003);
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_SAME_YEAR, 0.02, 0.03);
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_YEAR_PM1, 0.02, 0.06);
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_DIFFERENT, 0.02, 0.9051);
    /* A date converted from another calendar a day off (compare.h): one
     * person's pairs of records in a hundred, where agencies convert Solar
     * Hijri, Ethiopian or lunar dates. By chance two neighbouring days are
     * twice as likely as one, but the twins, relatives and copied dates
     * that make a shared day ten times likelier fall on the same day: u is
     * the exact level's, which is more than chance. Its m is taken from
     * the exact level's. */
    set(md, AKA_DATE_OF_BIRTH, AKA__DL_DAY_APART, 0.01, 0.0003);

    set(md, AKA_GENDER, AKA__EQL_EXACT, 0.97, 0.6);
    set(md, AKA_GENDER, AKA__EQL_DIFFERENT, 0.03, 0.4);
    set(md, AKA_NATIONALITY, AKA__EQL_EXACT, 0.9, 0.25);
    set(md, AKA_NATIONALITY, AKA__EQL_DIFFERENT, 0.1, 0.75);

    set(md, AKA_DOCUMENT, AKA__DOCL_EXACT, 0.9, 0.000001);
    set(md, AKA_DOCUMENT, AKA__DOCL_OCR, 0.05, 0.00001);
    set(md, AKA_DOCUMENT, AKA__DOCL_DIFFERENT, 0.05, 0.999989);

    set(md, AKA_PHONE, AKA__PHL_EXACT, 0.6, 0.0001);
    set(md, AKA_PHONE, AKA__PHL_SAME_LAST8, 0.1, 0.0001);
    /* Two neighbouring digits swapped (compare.h): a keying slip of one
     * number in fifty of a person's records; some 4 in 10,000 pairs of
     * other people in a block, since numbers of one operator and area
     * lie close (5.6) */
    set(md, AKA_PHONE, AKA__PHL_DIFFERENT, 0.28, 0.9994);
    set(md, AKA_PHONE, AKA__PHL_TRANSPOSED, 0.02, 0.0004);

    set(md, AKA_EMAIL, AKA__EML_EXACT, 0.6, 0.00001);
    set(md, AKA_EMAIL, AKA__EML_SAME_LOCAL, 0.05, 0.001);
    set(md, AKA_EMAIL, AKA__EML_DIFFERENT, 0.35, 0.99899);

    set(md, AKA_IDENTIFIER, AKA__IDL_EXACT, 0.85, 0.000001);
    set(md, AKA_IDENTIFIER, AKA__IDL_DIFFERENT_SAME_TYPE, 0.1, 0.999999);
    /* one number read or copied with a look-alike (I for 1, O for 0), as
     * a document's OCR level (12.3) */
    set(md, AKA_IDENTIFIER, AKA__IDL_OCR, 0.05, 0.00001);

    set(md, AKA_ADDRESS, AKA__TXL_EXACT, 0.4, 0.001);
    set(md, AKA_ADDRESS, AKA__TXL_STRONG, 0.2, 0.01);
    set(md, AKA_ADDRESS, AKA__TXL_WEAK, 0.1, 0.05);
    set(md, AKA_ADDRESS, AKA__TXL_DIFFERENT, 0.3, 0.939);
    set(md, AKA_PLACE_OF_BIRTH, AKA__TXL_EXACT, 0.8, 0.02);
    set(md, AKA_PLACE_OF_BIRTH, AKA__TXL_STRONG, 0.1, 0.01);
    set(md, AKA_PLACE_OF_BIRTH, AKA__TXL_WEAK, 0.03, 0.05);
    set(md, AKA_PLACE_OF_BIRTH, AKA__TXL_DIFFERENT, 0.07, 0.92);

    /* Candidates come from blocking, so they already share a name key, a
     * document, a phone ...: about one in three hundred is the same
     * person. */
    md->prior = log2(1.0 / 300.0);
    md->u_partial_month = 0.002;
    aka__model_prepare(md);
}

static double clamp(double w)
{
    return w > AKA__WEIGHT_MAX ? AKA__WEIGHT_MAX
                               : w < AKA__WEIGHT_MIN ? AKA__WEIGHT_MIN : w;
}

/* A name's level weight never decides alone: with the prior it stays
 * below the default match threshold without other evidence (only a
 * full name no other record holds may: AKA__RARE_NAME_WEIGHT_MAX). */
static double clamp_name(double w)
{
    w = clamp(w);
    return w > AKA__NAME_WEIGHT_MAX ? AKA__NAME_WEIGHT_MAX : w;
}

static double level_weight(const aka__model *md, aka_feature kind, int level)
{
    double m = md->m[kind][level], u = md->u[kind][level];
    if (m <= 0 || u <= 0)
        return 0;
    if (kind == AKA_NAME || kind == AKA_GIVEN_NAME || kind == AKA_FAMILY_NAME)
        return clamp_name(log2(m / u));
    return clamp(log2(m / u));
}

double aka__model_weight(const aka__model *md, aka_feature kind, int level)
{
    if (kind <= 0 || kind >= AKA__MODEL_KINDS || level < 0 ||
        level >= AKA__MODEL_LEVELS)
        return 0;
    return md->w[kind][level];
}

/* The exact-name weight adjusted by the name's frequency, capped at cap. */
static double exact_weight(const aka__model *md, aka_feature kind, double u_tf,
                           double cap)
{
    if (kind <= 0 || kind >= AKA__MODEL_KINDS)
        return 0;
    /* A common name is weaker evidence than a rare one. */
    double m = md->m[kind][AKA__NL_EXACT], u = md->u[kind][AKA__NL_EXACT];
    if (m <= 0 || u <= 0)
        return 0;
    double adjust = u_tf > 0 ? tf_reference(kind) / u_tf : 1;
    /* cap bounds it from above, AKA__WEIGHT_MAX or not (a rare long
     * name's cap is past it) */
    double w = log2(m / u * adjust);
    if (w < AKA__WEIGHT_MIN)
        w = AKA__WEIGHT_MIN;
    return w > cap ? cap : w;
}

double aka__model_weight_tf(const aka__model *md, aka_feature kind,
                            double u_tf)
{
    return exact_weight(md, kind, u_tf, AKA__NAME_WEIGHT_MAX);
}

double aka__model_rare_name_cap(int tokens)
{
    double cap = AKA__RARE_NAME_WEIGHT_MAX;
    if (tokens > 2)
        cap += AKA__RARE_NAME_TOKEN_BONUS * (tokens - 2);
    return cap;
}

double aka__model_weight_rare_name(const aka__model *md, aka_feature kind,
                                   double u_tf, int tokens)
{
    return exact_weight(md, kind, u_tf, aka__model_rare_name_cap(tokens));
}

double aka__model_spelling_discount(const aka__model *md, aka_feature kind,
                                    int level)
{
    if (kind <= 0 || kind >= AKA__MODEL_KINDS || level < 0 ||
        level >= AKA__MODEL_LEVELS)
        return -1;
    double me = md->m[kind][AKA__NL_EXACT], ml = md->m[kind][level];
    if (me <= 0 || ml <= 0)
        return -1;
    /* never more than the exact level: another spelling is no stronger */
    return me > ml ? log2(me / ml) : 0;
}

double aka__model_weight_partial_month(const aka__model *md)
{
    return md->w_partial_month;
}

static double partial_month_weight(const aka__model *md)
{
    double m = md->m[AKA_DATE_OF_BIRTH][AKA__DL_PARTIAL],
           u = md->u[AKA_DATE_OF_BIRTH][AKA__DL_PARTIAL];
    if (m <= 0 || u <= 0)
        return 0;
    return clamp(log2(m / u * U_PARTIAL_DEFAULT / md->u_partial_month));
}

double aka__model_weight_new_year(const aka__model *md)
{
    return md->w_new_year;
}

double aka__model_weight_year_slip(const aka__model *md)
{
    return md->w_year_slip;
}

double aka__model_weight_year_digit(const aka__model *md)
{
    return md->w_year_digit;
}

/* The exact date-of-birth weight for dates `times` as likely by chance,
 * relative to their chance between one person's records, as two full
 * dates alike. */
static double exact_date_weight(const aka__model *md, double times)
{
    double m = md->m[AKA_DATE_OF_BIRTH][AKA__DL_EXACT],
           u = md->u[AKA_DATE_OF_BIRTH][AKA__DL_EXACT];
    if (m <= 0 || u <= 0)
        return 0;
    return clamp(log2(m / (u * times)));
}

double aka__model_probability(double score)
{
    return 1.0 / (1.0 + exp2(-score));
}

void aka__model_prepare(aka__model *md)
{
    for (int k = 0; k < AKA__MODEL_KINDS; k++)
        for (int l = 0; l < AKA__MODEL_LEVELS; l++)
            md->w[k][l] = k > 0 ? level_weight(md, k, l) : 0;
    md->w_partial_month = partial_month_weight(md);
    md->w_new_year = exact_date_weight(md, NEW_YEAR_SHARE);
    md->w_year_slip = exact_date_weight(md, YEAR_SLIP_TIMES);
    md->w_year_digit = exact_date_weight(md, YEAR_DIGIT_TIMES);
}

int aka__model_level_exists(const aka__model *defaults, aka_feature kind,
                            int level)
{
    return defaults->m[kind][level] > 0 || defaults->u[kind][level] > 0;
}
