/* Names of one family and one household between two records: siblings'
 * given names apart, a woman's family name changed by marriage, a
 * family's names on one phone or at one address (docs/engine.md, the name
 * different and household rows). Apart from pair.c, which weighs the
 * names first and then asks these rules. */
#include "engine/pair_names.h"

#include <stdint.h>
#include <string.h>

#include "match/compare.h"
#include "match/keys.h"
#include "match/nameform.h"
#include "match/patronymic.h"
#include "match/variants.h"

/* Whether x and y, of one length, differ by two neighbouring letters
 * keyed the other way round (Șebran / Serban). */
static int swapped_once(const char *x, size_t lx, const char *y, size_t ly)
{
    if (lx != ly)
        return 0;
    size_t i = 0;
    while (i < lx && x[i] == y[i])
        i++;
    return i + 1 < lx && x[i] == y[i + 1] && x[i + 1] == y[i] && x[i] != x[i + 1] &&
           memcmp(x + i + 2, y + i + 2, lx - i - 2) == 0;
}

/* Whether tokens x and y are one name: written alike, of one class of
 * given or of family names (Mostafa / Mustafa), one Slavic family name in
 * its two genders' forms (Sokolov / Sokolova: a brother's and a
 * sister's), or, from five letters, one spelling-neutral key (aka__rkey:
 * a family name the tables do not list, in a Polish or German spelling,
 * Szewczuk / Shevchuk) or two neighbouring letters swapped by a typing
 * slip (Șebran / Serban), unless both are known names of two classes
 * (Marian / Marina). */
static int one_name(const char *x, size_t lx, const char *y, size_t ly)
{
    if (aka__same_token(x, lx, y, ly))
        return 1;
    if (lx >= 5 && ly >= 5 && lx <= AKA__KEY_MAX && ly <= AKA__KEY_MAX) {
        char kx[AKA__KEY_MAX + 1], ky[AKA__KEY_MAX + 1];
        aka__rkey(x, lx, kx);
        aka__rkey(y, ly, ky);
        /* (a brother's and a sister's forms as the keys write them:
         * Pokrowskaja / Pokrovskii) */
        if (strcmp(kx, ky) == 0 || aka__slavic_pair(kx, strlen(kx), ky, strlen(ky)))
            return 1;
    }
    int gx = aka__given_class(x, lx), gy = aka__given_class(y, ly);
    if (gx >= 0 && gx == gy)
        return 1;
    int fx = aka__family_class(x, lx), fy = aka__family_class(y, ly);
    if ((fx >= 0 && fx == fy) || aka__slavic_pair(x, lx, y, ly))
        return 1;
    return lx >= 5 && swapped_once(x, lx, y, ly) && !(gx >= 0 && gy >= 0) &&
           !(fx >= 0 && fy >= 0);
}

/* The given-name class (-1 for none) of token i of t, tn, left over by
 * given_apart's pairing (`used`); -2 when it is no given name to weigh. */
static int left_over(const char *const *t, const size_t *tn, int i, unsigned used)
{
    if ((used >> i & 1) || tn[i] < 3 || (i > 0 && aka__kunya_word(t[i - 1], tn[i - 1])))
        return -2;
    if (aka__family_class(t[i], tn[i]) >= 0 && aka__given_class(t[i], tn[i]) < 0)
        return -2;
    return aka__given_class(t[i], tn[i]);
}

/* Tokens of x and y that are one name (one_name), paired greedily in
 * x's order, each with the first of y's still free: their bits into
 * *used_x and *used_y. */
static void pair_names(const char *const *tx, const size_t *lx, int nx,
                       const char *const *ty, const size_t *ly, int ny,
                       unsigned *used_x, unsigned *used_y)
{
    *used_x = *used_y = 0;
    for (int i = 0; i < nx; i++)
        for (int j = 0; j < ny; j++)
            if (!(*used_y >> j & 1) && one_name(tx[i], lx[i], ty[j], ly[j])) {
                *used_x |= 1u << i;
                *used_y |= 1u << j;
                break;
            }
}

/* Two full names' tokens, and how pair_names pairs them. */
typedef struct paired_names {
    const char *tx[AKA__NAME_TOKENS_MAX], *ty[AKA__NAME_TOKENS_MAX];
    size_t lx[AKA__NAME_TOKENS_MAX], ly[AKA__NAME_TOKENS_MAX];
    int nx, ny;
    unsigned used_x, used_y;
} paired_names;

/* x's and y's tokens into *p, paired; 0 when either has fewer than min
 * tokens (or more than AKA__NAME_TOKENS_MAX). */
static int paired_of(const aka__fval *x, const aka__fval *y, int min, paired_names *p)
{
    p->nx = aka__fval_tokens(x, p->tx, p->lx);
    p->ny = aka__fval_tokens(y, p->ty, p->ly);
    if (p->nx < min || p->ny < min)
        return 0;
    pair_names(p->tx, p->lx, p->nx, p->ty, p->ly, p->ny, &p->used_x, &p->used_y);
    return 1;
}

/* Whether names x and y are two members' of one family: a name of three
 * letters or more in both (the family's, which may be a given name too:
 * Ferhat, Hamza), and, among the tokens left over on each side, known
 * given names of different classes (three letters or more, no family
 * names): Hassan Mostafa Haddad / Aisha Haddad, Ahmed / Ayesha Tarek Al
 * Jubouri; or a given name and its feminine, Daniel / Daniela Novak
 * (aka__given_two_sexes); or two names in Han or Hangul with one token
 * left over each (below); or one name with two generation marks. A side
 * with nothing left over is the other less a middle name or its first
 * (namecmp.c's first_name_left weighs that). (e, ra, rb: for
 * full_names_where's tests, which surname_changed reads.) */
static int given_apart(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                       const aka__fval *x, const aka__fval *y)
{
    (void)e;
    (void)ra;
    (void)rb;
    aka__name_facts fx, fy;
    int has_x = aka__fval_name_facts(x, &fx), has_y = aka__fval_name_facts(y, &fy);
    /* One name written alike with two generation marks (John Smith Jr. /
     * John Smith Sr.): a father and his son, who share a household's
     * phone and address. */
    if (has_x && has_y && fx.generation && fy.generation && fx.generation != fy.generation &&
        aka__fval_same_canon(x, y))
        return 1;
    paired_names p;
    if (!paired_of(x, y, 2, &p))
        return 0;
    int shared = 0;
    for (int i = 0; i < p.nx; i++)
        shared |= (p.used_x >> i & 1) && p.lx[i] >= 3;
    if (!shared)
        return 0;
    /* The given-name classes of the tokens left over, -2 for a token that
     * is none (used, short, a family name, or the child's name of a kunya,
     * Abu Ahmed, which is not the bearer's). */
    int cx[AKA__NAME_TOKENS_MAX], cy[AKA__NAME_TOKENS_MAX];
    for (int i = 0; i < p.nx; i++)
        cx[i] = left_over(p.tx, p.lx, i, p.used_x);
    for (int j = 0; j < p.ny; j++)
        cy[j] = left_over(p.ty, p.ly, j, p.used_y);
    for (int i = 0; i < p.nx; i++)
        for (int j = 0; cx[i] != -2 && j < p.ny; j++)
            if (cy[j] != -2 && ((cx[i] >= 0 && cy[j] >= 0 && cx[i] != cy[j]) ||
                                aka__given_two_sexes(p.tx[i], p.lx[i], cx[i], p.ty[j],
                                                     p.ly[j], cy[j])))
                return 1;
    /* Two names in Han or Hangul, one family name shared and one given
     * name left over on each side that the tables do not know (they list
     * few Chinese and Korean given names): brothers and sisters, 王建国 /
     * 王建军, 김민서 / 김민지, whom the matcher already calls different. */
    if (has_x && has_y && fx.cjkmask && fy.cjkmask) {
        int left_x = 0, left_y = 0;
        for (int i = 0; i < p.nx; i++)
            left_x += cx[i] != -2;
        for (int j = 0; j < p.ny; j++)
            left_y += cy[j] != -2;
        return left_x == 1 && left_y == 1;
    }
    return 0;
}

/* Whether the given name t[0..n) is uncommon in this engine: held by few
 * records besides the two compared, or by a small share of them
 * (AKA__SURNAME_CHANGED_HOLDERS, AKA__SURNAME_CHANGED_GIVEN_MIN). */
static int given_uncommon(const aka_engine *e, const char *t, size_t n)
{
    uint32_t c = aka__tokfreq_token_count(&e->names, t, n);
    return c <= AKA__SURNAME_CHANGED_HOLDERS + 2 ||
           aka__name_part_weight(e, t, n, 0) >= AKA__SURNAME_CHANGED_GIVEN_MIN;
}

/* Whether the longer of full names x and y (tokens tx, ty) is the
 * shorter, of two words or more, token for token (one_name), after one
 * or two tokens of its own, one of them a known given name: a son's name
 * before his father's (Ahmed Mohamed Ali Hassan / Mohamed Ali Hassan,
 * Yohannes Tadesse Bekele / Tadesse Bekele), as Arab, Ethiopian and
 * Eritrean names are given. */
static int given_before(const char *const *tx, const size_t *lx, int nx,
                        const char *const *ty, const size_t *ly, int ny)
{
    if (nx < ny)
        return given_before(ty, ly, ny, tx, lx, nx);
    int more = nx - ny;
    if (ny < 2 || more < 1 || more > 2)
        return 0;
    for (int j = 0; j < ny; j++)
        if (!one_name(tx[more + j], lx[more + j], ty[j], ly[j]))
            return 0;
    for (int i = 0; i < more; i++)
        if (left_over(tx, lx, i, 0) >= 0)
            return 1;
    return 0;
}

/* Whether full names of n tokens each, two or more, are written alike
 * but for one token of three letters or more (Nguyen Thi Lan / Nguyen Thi
 * Lanh, Mary Wanjiku / Wanjiru Kamau, Nguyen Van Hung / Hong, Chen
 * Jianguo / Jianhua: sisters, brothers, co-workers; the matcher calls a
 * slip in one token fuzzy strong, not weak), or but for their first two turned round before
 * the rest (Abdullah Mohammed / Mohammed Abdullah Al-Otaibi: a father and
 * his son), given names and their feminines aside (Luis Manuel / Luisa
 * Manuela Ortiz: a husband and his wife). Alike: written alike, not
 * merely of one class, which would hold Hung and Hong for one family
 * name. */
static int one_apart(const char *const *tx, const size_t *lx, const char *const *ty,
                     const size_t *ly, int n)
{
    if (n < 2)
        return 0;
    int apart = -1;
    for (int i = 0; i < n; i++) {
        if (!aka__same_token(tx[i], lx[i], ty[i], ly[i])) {
            if (aka__given_two_sexes(tx[i], lx[i], aka__given_class(tx[i], lx[i]), ty[i],
                                     ly[i], aka__given_class(ty[i], ly[i])))
                return 1;
            if (apart >= 0) {
                /* a second: the first two turned round, the rest alike */
                if (apart != 0 || i != 1 || !aka__same_token(tx[0], lx[0], ty[1], ly[1]) ||
                    !aka__same_token(tx[1], lx[1], ty[0], ly[0]))
                    return 0;
                continue;
            }
            apart = i;
        }
    }
    return apart >= 0 && lx[apart] >= 3 && ly[apart] >= 3;
}

/* Whether the name of one word f is a family name of the tables and no
 * given name, the first or the last of the full name t (Ivanov / Sergei
 * Ivanov): a family's name, where a given name alone (Marian / Marian
 * Stoica) is how a victim knows her recruiter. */
static int family_alone(const char *f, size_t lf, const char *const *t, const size_t *l,
                        int n)
{
    return lf >= 3 && aka__family_class(f, lf) >= 0 && aka__given_class(f, lf) < 0 &&
           (aka__same_token(f, lf, t[0], l[0]) || aka__same_token(f, lf, t[n - 1], l[n - 1]));
}

/* Whether full names x and y are a family's, as a shared line reads them
 * (family_alone, given_before, one_apart). */
static int family_line(const aka__fval *x, const aka__fval *y)
{
    const char *tx[AKA__NAME_TOKENS_MAX], *ty[AKA__NAME_TOKENS_MAX];
    size_t lx[AKA__NAME_TOKENS_MAX], ly[AKA__NAME_TOKENS_MAX];
    int nx = aka__fval_tokens(x, tx, lx), ny = aka__fval_tokens(y, ty, ly);
    if (nx == 1 && ny > 1)
        return family_alone(tx[0], lx[0], ty, ly, ny);
    if (ny == 1 && nx > 1)
        return family_alone(ty[0], ly[0], tx, lx, nx);
    if (nx < 2 || ny < 2)
        return 0;
    return nx == ny ? one_apart(tx, lx, ty, ly, nx) : given_before(tx, lx, nx, ty, ly, ny);
}

/* Whether two records' phones were compared and are one number (exact,
 * or the last eight alike). */
static int line_shared(const aka__feature_cmp *cmp)
{
    const aka__feature_cmp *ph = &cmp[AKA_PHONE];
    return ph->compared && (ph->level == AKA__PHL_EXACT || ph->level == AKA__PHL_SAME_LAST8);
}

/* Whether one of two names written alike bears a generation mark and the
 * other none (Patrick Kelly Jr. / Patrick Kelly, Pierre Kamga Fils /
 * Pierre Kamga): between records of one household, a son and his father
 * as likely as one man. */
static int one_marked(const aka__fval *x, const aka__fval *y)
{
    aka__name_facts fx, fy;
    char gx = aka__fval_name_facts(x, &fx) ? fx.generation : 0, gy = aka__fval_name_facts(y, &fy) ? fy.generation : 0;
    return (gx == 0) != (gy == 0) && aka__fval_same_canon(x, y);
}

/* Full names at the level fuzzy weak, a family's (family_line), between
 * two records that share a phone, and names written alike of which one
 * bears a generation mark (one_marked), between two that share a phone or
 * an address, weigh at most AKA__NAME_SHARED_LINE (model.h). */
void aka__shared_line(const aka__rec *ra, const aka__rec *rb, aka__feature_cmp *cmp)
{
    const aka__feature_cmp *ad = &cmp[AKA_ADDRESS];
    aka__feature_cmp *n = &cmp[AKA_NAME];
    int line = line_shared(cmp);
    int home = ad->compared && (ad->level == AKA__TXL_EXACT || ad->level == AKA__TXL_STRONG);
    if (!n->compared || n->weight <= AKA__NAME_SHARED_LINE || !(line || home))
        return;
    const aka__fval *x = &ra->vals[n->va], *y = &rb->vals[n->vb];
    if ((line && n->level == AKA__NL_FUZZY_WEAK && family_line(x, y)) ||
        (n->level == AKA__NL_EXACT && one_marked(x, y)))
        n->weight = AKA__NAME_SHARED_LINE;
}

/* Whether the token t[0..n) is written alike in a value of r of `kind`
 * (all of whose tokens are written alike among the tokens nt[0..nn) that
 * `used` marks, when nt is not NULL). */
static int stated_as(const aka__rec *r, aka_feature kind, const char *t, size_t n,
                     const char *const *nt, const size_t *nl, int nn, unsigned used)
{
    const char *tk[AKA__NAME_TOKENS_MAX];
    size_t tl[AKA__NAME_TOKENS_MAX];
    for (uint32_t i = 0; i < r->nvals; i++) {
        if (r->vals[i].kind != kind)
            continue;
        int m = aka__fval_tokens(&r->vals[i], tk, tl), has = 0, all = 1;
        for (int k = 0; k < m; k++) {
            has |= aka__same_token(tk[k], tl[k], t, n);
            int found = 0;
            for (int q = 0; nt && q < nn && !found; q++)
                found = (used >> q & 1) && aka__same_token(tk[k], tl[k], nt[q], nl[q]);
            all &= !nt || found;
        }
        if (has && all)
            return 1;
    }
    return 0;
}

/* Whether the tokens t[0..n) that `used` leaves over are a family name:
 * one or two, together at the end of the name (2) or at its start (1); a
 * name in the middle, or one at each end, is a father's name or a middle
 * name (0); none of them a known given name, unless record r states it as
 * a family name (Zeynep Şahin in the columns given and family: Şahin is a
 * man's given name too). */
static int family_left(const aka__rec *r, const char *const *t, const size_t *l, int n,
                       unsigned used)
{
    int first = -1, last = -1;
    for (int i = 0; i < n; i++) {
        if (used >> i & 1)
            continue;
        if (l[i] < 2 || (aka__given_class(t[i], l[i]) >= 0 &&
                         !stated_as(r, AKA_FAMILY_NAME, t[i], l[i], NULL, NULL, 0, 0)))
            return 0;
        if (first < 0)
            first = i;
        last = i;
    }
    if (first < 0 || last - first > 1)
        return 0;
    for (int i = first; i <= last; i++)
        if (used >> i & 1)
            return 0;
    return last == n - 1 ? 2 : first == 0 ? 1 : 0;
}

/* Whether the token t[0..n) ends as family names of Eastern Europe, the
 * Caucasus and Central Asia end and given names do not (Eshmatov,
 * Kovalenko, Gevorgyan, Beridze, Popescu, Yilmazoglu), with three letters
 * before the ending at least: a family name that a source wrote in its
 * given-name column. */
static int surname_ending(const char *t, size_t n)
{
    static const char *const end[] = {"ov",  "ova",    "ev",    "eva",  "yev",  "yeva",
                                      "enko", "yan",   "dze",   "shvili", "escu", "oglu",
                                      "ski",  "ska",   "sky",   "skaya", "skiy", "wicz"};
    for (size_t k = 0; k < sizeof end / sizeof *end; k++) {
        size_t l = strlen(end[k]);
        if (n >= l + 3 && memcmp(t + n - l, end[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Whether token i of x is a given name as the records' sources state it:
 * a given-name value of ra (of rb) holds it, and every token of that
 * value is among the names x and y share (Jonida / Jonida Dervishi; not
 * Srey Leak / Srey Pov, two Khmer girls' names that open alike), and
 * neither record gives it as a family name (AVCI in the given-name column
 * by mistake, Avcı in the family-name one: sisters), nor does it end as a
 * family name (surname_ending: Eshmatov in the given-name column, Akmal
 * Eshmatov, twin brothers). */
static int given_stated(const aka__rec *ra, const aka__rec *rb, const paired_names *p, int i)
{
    const char *t = p->tx[i];
    size_t n = p->lx[i];
    if (surname_ending(t, n) || stated_as(ra, AKA_FAMILY_NAME, t, n, NULL, NULL, 0, 0) ||
        stated_as(rb, AKA_FAMILY_NAME, t, n, NULL, NULL, 0, 0))
        return 0;
    return stated_as(ra, AKA_GIVEN_NAME, t, n, p->tx, p->lx, p->nx, p->used_x) ||
           stated_as(rb, AKA_GIVEN_NAME, t, n, p->ty, p->ly, p->ny, p->used_y);
}

/* Whether the token t[0..n) is an East Slavic patronymic of a father the
 * tables know (Petrovna, Ivanivna, Ivanovich), or ends as a daughter's
 * does (aka__patronymic_daughter: fathers the tables do not list). */
static int patronymic_like(const char *t, size_t n)
{
    int female;
    return aka__patronymic_class(t, n, &female) >= 0 || aka__patronymic_daughter(t, n);
}

/* Whether a token of x or y that the pairing used is patronymic_like. */
static int patronymic_shared(const paired_names *p)
{
    for (int i = 0; i < p->nx; i++)
        if ((p->used_x >> i & 1) && patronymic_like(p->tx[i], p->lx[i]))
            return 1;
    for (int j = 0; j < p->ny; j++)
        if ((p->used_y >> j & 1) && patronymic_like(p->ty[j], p->ly[j]))
            return 1;
    return 0;
}

/* Whether token i of x comes before a patronymic (patronymic_like), both
 * shared (Алтынай Нурбековна): an East Slavic or Central Asian given name,
 * which the patronymic follows, whether the tables list it or not. */
static int before_patronymic(const paired_names *p, int i)
{
    return i + 1 < p->nx && (p->used_x >> (i + 1) & 1) &&
           patronymic_like(p->tx[i + 1], p->lx[i + 1]);
}

/* Whether the names a and b (of records ra and rb), paired in p (a being
 * p's x when `x_first`), are one woman's before and after a marriage in
 * which her father's family name became her middle name: a is given,
 * middle (her mother's family name), family; b the given name, that family
 * name or its initial, and her husband's (Maricel Santos Dizon / Maricel
 * D. Gutierrez, as Filipino records write a married woman; Ana Silva Costa
 * / Ana Costa Pereira, as Brazilian ones may). Neither the middle name
 * left nor the husband's is a known given name. */
static int maiden_moved(const aka__rec *ra, const aka__rec *rb, const paired_names *p,
                        int x_first)
{
    const char *const *ta = x_first ? p->tx : p->ty, *const *tb = x_first ? p->ty : p->tx;
    const size_t *la = x_first ? p->lx : p->ly, *lb = x_first ? p->ly : p->lx;
    unsigned ua = x_first ? p->used_x : p->used_y, ub = x_first ? p->used_y : p->used_x;
    int na = x_first ? p->nx : p->ny, nb = x_first ? p->ny : p->nx;
    if (na != 3 || nb != 3 || !(ua & ub & 1u) || (ua & 2u) || (ub & 4u))
        return 0;
    /* (an initial pairs with nothing) */
    int moved = lb[1] == 1 ? tb[1][0] == ta[2][0] && !(ua & 4u)
                           : lb[1] == la[2] && memcmp(tb[1], ta[2], la[2]) == 0;
    return moved && la[1] >= 2 && lb[2] >= 2 &&
           (aka__given_class(ta[1], la[1]) < 0 ||
            stated_as(ra, AKA_FAMILY_NAME, ta[1], la[1], NULL, NULL, 0, 0)) &&
           (aka__given_class(tb[2], lb[2]) < 0 ||
            stated_as(rb, AKA_FAMILY_NAME, tb[2], lb[2], NULL, NULL, 0, 0));
}

/* Whether full names x and y (of records ra and rb) share a given name
 * and differ in a family name alone (model.h, AKA__NAME_SURNAME_CHANGED):
 * a token written alike or of one class in both, of three letters or
 * more, uncommon in this engine (AKA__SURNAME_CHANGED_GIVEN_MIN), and a
 * given name: of a given-name class that no family-name class holds, or
 * (since 0.2.0) written alike in a given-name value of either record, as
 * its source states it (Jonida, Mirela, Gayane: names the tables do not
 * list; a sister's shared name is the family's, which no source gives as
 * a given name), or before a patronymic both share (before_patronymic);
 * and on each side one or two tokens left over at the start or the end
 * of the name, none of them a known given name
 * (family_left). A family name may be shared besides (a Brazilian woman
 * keeps her mother's: Juliana Alves Pereira / Costa). With `father`, a
 * patronymic must be among the names they share (patronymic_shared). */
static int changed_family_name(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                               const aka__fval *x, const aka__fval *y, int father)
{
    paired_names p;
    if (!paired_of(x, y, 2, &p) || aka__fval_kunya(x) || aka__fval_kunya(y) ||
        (father && !patronymic_shared(&p)))
        return 0;
    int given = 0;
    for (int i = 0; i < p.nx && !given; i++) {
        if (!(p.used_x >> i & 1) || p.lx[i] < 3 || !given_uncommon(e, p.tx[i], p.lx[i]))
            continue;
        given = (aka__given_class(p.tx[i], p.lx[i]) >= 0 &&
                 aka__family_class(p.tx[i], p.lx[i]) < 0) ||
                given_stated(ra, rb, &p, i) || before_patronymic(&p, i);
    }
    if (!given)
        return 0;
    if (!father && (maiden_moved(ra, rb, &p, 1) || maiden_moved(rb, ra, &p, 0)))
        return 1;
    int at_x = family_left(ra, p.tx, p.lx, p.nx, p.used_x),
        at_y = family_left(rb, p.ty, p.ly, p.ny, p.used_y);
    /* Both at the start: a family name written first (ÖZKAN Zeynep), in
     * names of two words; in longer ones, the given names of brothers
     * whose father's and grandfather's names follow (Yonas / Dawit Tesfay
     * Gebremedhin), unless a patronymic is among the names they share
     * (Bilik Jelena Petrowna / Василенко Елена Петровна: a Slavic name
     * written family first). */
    return at_x && at_y &&
           !(at_x == 1 && at_y == 1 && (p.nx > 2 || p.ny > 2) && !patronymic_shared(&p));
}

/* Whether some full name of ra and some full name of rb pass `test`. */
static int full_names_where(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                            int (*test)(const aka_engine *, const aka__rec *,
                                        const aka__rec *, const aka__fval *,
                                        const aka__fval *))
{
    for (uint32_t i = 0; i < ra->nvals; i++) {
        if (ra->vals[i].kind != AKA_NAME)
            continue;
        for (uint32_t j = 0; j < rb->nvals; j++)
            if (rb->vals[j].kind == AKA_NAME && test(e, ra, rb, &ra->vals[i], &rb->vals[j]))
                return 1;
    }
    return 0;
}

/* changed_family_name, as full_names_where asks it. */
static int surname_changed(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                           const aka__fval *x, const aka__fval *y)
{
    return changed_family_name(e, ra, rb, x, y, 0);
}

/* surname_changed, with a patronymic among the names the two share: a
 * woman's given name and her father's kept, the family name changed
 * (Мусаева / Мамбетова Алтынай Нурбековна). */
static int surname_changed_father(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                                  const aka__fval *x, const aka__fval *y)
{
    return changed_family_name(e, ra, rb, x, y, 1);
}

/* The full names of two records that the matcher found different, at the
 * level's own weight, whose full dates of birth agree (alike, or day and
 * month swapped) or that hold one identifier or document (a married
 * woman's national number: Jelena Petrović / Jelena Marković, one JMBG):
 * a family name changed (surname_changed) weighs
 * AKA__NAME_SURNAME_CHANGED instead. Without the date, a phone two
 * migrants share with their smuggler would join Tesfay Gebremedhin and
 * Tesfay Gebrehiwet, whose second names are their fathers'; but a phone
 * shared by two records that keep one given name and one East Slavic or
 * Central Asian patronymic, two names of one woman and her father, does
 * (since 0.2.0: Алтынай Нурбековна Мусаева / Мамбетова Алтынай
 * Нурбековна, one phone, stayed a possible match). */
void aka__surname_change(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                           aka__feature_cmp *cmp)
{
    const aka__feature_cmp *n = &cmp[AKA_NAME], *d = &cmp[AKA_DATE_OF_BIRTH],
                           *id = &cmp[AKA_IDENTIFIER], *doc = &cmp[AKA_DOCUMENT];
    int vouched = (d->compared && (d->level == AKA__DL_EXACT || d->level == AKA__DL_SWAPPED)) ||
                  (id->compared && id->level == AKA__IDL_EXACT) ||
                  (doc->compared && doc->level == AKA__DOCL_EXACT);
    if (!n->compared || n->level != AKA__NL_DIFFERENT ||
        n->weight != aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT))
        return;
    if ((vouched && full_names_where(e, ra, rb, surname_changed)) ||
        (line_shared(cmp) && full_names_where(e, ra, rb, surname_changed_father)))
        cmp[AKA_NAME].weight = AKA__NAME_SURNAME_CHANGED;
}

/* The full names of two records that the matcher found different, at the
 * level's own weight (nothing rescued them), lose AKA__NAME_GIVEN_APART
 * more when some two of them are two members' of one family
 * (given_apart). */
void aka__family_apart(const aka_engine *e, const aka__rec *ra,
                         const aka__rec *rb, aka__feature_cmp *cmp)
{
    if (cmp->compared && cmp->level == AKA__NL_DIFFERENT &&
        cmp->weight <= aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT) &&
        full_names_where(e, ra, rb, given_apart))
        cmp->weight -= AKA__NAME_GIVEN_APART;
}

/* Whether full names x and y share a token of three letters or more
 * (one_name), and none that is a given name of the tables and no family
 * name: siblings' family name (Nguyen Van Tuan / Nguyen Van Tu), not a
 * woman's given name before and after marriage (Indira Tokaeva / Indira
 * Ibraeva). */
static int share_family_name(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                             const aka__fval *x, const aka__fval *y)
{
    (void)e;
    (void)ra;
    (void)rb;
    paired_names p;
    if (!paired_of(x, y, 1, &p))
        return 0;
    int shared = 0;
    for (int i = 0; i < p.nx; i++) {
        if (!(p.used_x >> i & 1))
            continue;
        if (aka__given_class(p.tx[i], p.lx[i]) >= 0 && aka__family_class(p.tx[i], p.lx[i]) < 0)
            return 0;
        shared |= p.lx[i] >= 3;
    }
    return shared;
}

/* The weights of a phone and an address, as far as compared. */
double aka__household_weight(const aka__feature_cmp *cmp)
{
    return (cmp[AKA_PHONE].compared ? cmp[AKA_PHONE].weight : 0) +
           (cmp[AKA_ADDRESS].compared ? cmp[AKA_ADDRESS].weight : 0);
}

/* Full names at the level different, or a family's or a father's and
 * his son's on one line (shared_line), between two records that share a
 * phone: one household's or one employer's line. The address they share
 * as well weighs nothing, unless the names are one woman's before and
 * after marriage (surname_changed); and when the names are two members'
 * of one family (their weight lowered by family_apart or sex_apart:
 * twins, born on one day), the phone weighs nothing either. Different
 * full names that share a family name (share_family_name) between two
 * records born on one day at one address, no phone shared, weigh the
 * address at nothing too: twins (Nguyen Van Tuan / Nguyen Van Tu). The
 * model takes phone, address and birth date for independent evidence;
 * between two names that are not one person's, they are one
 * household's. Called after the names are weighed. */
void aka__one_household(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                          aka__feature_cmp *cmp)
{
    const aka__feature_cmp *n = &cmp[AKA_NAME], *d = &cmp[AKA_DATE_OF_BIRTH];
    aka__feature_cmp *ph = &cmp[AKA_PHONE], *ad = &cmp[AKA_ADDRESS];
    if (!n->compared)
        return;
    int different = n->level == AKA__NL_DIFFERENT;
    if (line_shared(cmp)) {
        if (!different && n->weight != AKA__NAME_SHARED_LINE)
            return;
        if (ad->compared && ad->weight > 0 && !full_names_where(e, ra, rb, surname_changed))
            ad->weight = 0;
        if (n->weight < aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT) &&
            ph->weight > 0)
            ph->weight = 0;
    } else if (different && (!ph->compared || ph->level == AKA__PHL_DIFFERENT) &&
               d->compared && (d->level == AKA__DL_EXACT || d->level == AKA__DL_SWAPPED) &&
               ad->compared && ad->weight > 0 && full_names_where(e, ra, rb, share_family_name)) {
        ad->weight = 0; /* twins */
    }
}
