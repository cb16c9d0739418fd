#include "match/patronymic.h"

#include <string.h>

#include "match/keys.h"
#include "match/variants.h"

/* Russian, Ukrainian, Belarusian, German and French spellings
 * (Igorevich, Ihorovych, Iharavich, Igorewitsch, Igorevitch; Olegovna,
 * Alehauna, Aliaksandravna). */
#define SON(e) {e, sizeof e - 1, 0}
#define DAUGHTER(e) {e, sizeof e - 1, 1}
static const struct {
    const char *end;
    size_t len;
    int female;
} ends[] = {
    SON("jewitsch"), SON("ewitsch"), SON("owitsch"), SON("yevitch"),
    SON("ievitch"), SON("ovitch"), SON("evitch"), SON("yevich"),
    SON("ievich"), SON("ovich"), SON("evich"), SON("avich"), SON("ovych"),
    SON("evych"), SON("ovic"), SON("evic"), DAUGHTER("jewna"),
    DAUGHTER("yevna"), DAUGHTER("ievna"), DAUGHTER("yeuna"), DAUGHTER("ovna"),
    DAUGHTER("evna"), DAUGHTER("ivna"), DAUGHTER("auna"), DAUGHTER("euna"),
    DAUGHTER("ewna"), DAUGHTER("owna"), DAUGHTER("avna"),
};
#undef SON
#undef DAUGHTER

/* The entry of `ends` tok[0..n) ends with, after a stem of three letters
 * or more; -1 for none. */
static int ending_of(const char *tok, size_t n)
{
    if (n > AKA__KEY_MAX)
        return -1;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        if (n >= ends[k].len + 3 && memcmp(tok + n - ends[k].len, ends[k].end, ends[k].len) == 0)
            return (int)k;
    return -1;
}

/* The class of the father's name behind ending e of tok[0..n). The
 * ending goes, and the name is looked up as it is and with the -y, -i of
 * a name in -ей, -ий, which the patronymic drops (Sergeevich, Yurevna,
 * Nikolaevich). */
static int father_of(const char *tok, size_t n, int e)
{
    char stem[AKA__KEY_MAX + 3];
    size_t sn = n - ends[e].len;
    memcpy(stem, tok, sn);
    static const char *const add[] = {"", "y", "i", "iy"};
    for (size_t a = 0; a < sizeof add / sizeof *add; a++) {
        size_t an = strlen(add[a]);
        memcpy(stem + sn, add[a], an);
        int cls = aka__given_class(stem, sn + an);
        if (cls >= 0)
            return cls;
    }
    return -1;
}

int aka__patronymic_class(const char *tok, size_t n, int *female)
{
    int e = ending_of(tok, n);
    int cls = e >= 0 ? father_of(tok, n, e) : -1;
    if (cls >= 0)
        *female = ends[e].female;
    return cls;
}

int aka__patronymic_daughter(const char *tok, size_t n)
{
    int e = ending_of(tok, n);
    return e >= 0 && ends[e].female && n >= 8;
}

size_t aka__patronymic_fathers(const char *canon, size_t len, int *out, size_t max)
{
    /* The tokens after the first that end as patronymics, by sex. */
    struct {
        const char *tok;
        size_t n;
        int e;
    } cand[8];
    size_t ncand = 0, ntok = 0, sons = 0, daughters = 0;
    for (size_t at = 0; at < len;) {
        size_t end = at;
        while (end < len && canon[end] != ' ')
            end++;
        int e = ntok++ > 0 ? ending_of(canon + at, end - at) : -1;
        if (e >= 0 && ncand < sizeof cand / sizeof *cand) {
            cand[ncand].tok = canon + at;
            cand[ncand].n = end - at;
            cand[ncand++].e = e;
            if (ends[e].female)
                daughters++;
            else
                sons++;
        }
        at = end + 1;
    }
    /* A family name may end as a son's patronymic (Makarevich, Karpovich,
     * Petrović) and stand last: beside a daughter's patronymic it is
     * that, and of two sons' forms either may be it, so neither names a
     * father. */
    if (ntok < 3 || (!daughters && sons != 1))
        return 0;
    size_t nout = 0;
    for (size_t c = 0; c < ncand && nout < max; c++) {
        if (daughters && !ends[cand[c].e].female)
            continue;
        int cls = father_of(cand[c].tok, cand[c].n, cand[c].e);
        int seen = 0;
        for (size_t k = 0; k < nout; k++)
            seen |= out[k] == cls;
        if (cls >= 0 && !seen)
            out[nout++] = cls;
    }
    return nout;
}
