#include "match/phondist.h"

#include <string.h>

#include "match/keys.h"

/* Per letter a-z: its class (keys.c's lkey merges the same letters) and
 * whether it is a vowel. Digits and other bytes are their own class. */
static const char class_of[26] = {
    'a', 'p', 's', 't', 'e', 'f', 'k', 'h', 'i', 's', 'k', 'r', 'm',
    'n', 'o', 'p', 'k', 'r', 's', 't', 'u', 'f', 'f', 'x', 'y', 's'};
static const char vowel_of[26] = {
    1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};

static int vowel(char c)
{
    return c >= 'a' && c <= 'z' && vowel_of[c - 'a'];
}

static char cls(char c)
{
    return c >= 'a' && c <= 'z' ? class_of[c - 'a'] : c;
}

/* One letter's facts, looked up once per call instead of per cell. */
typedef struct sym {
    char c, k;   /* the letter and its class */
    char v;      /* 1 for a vowel */
    float indel; /* cost of inserting or dropping it */
} sym;

static void prep(const char *s, size_t n, sym *out, size_t *cons)
{
    *cons = 0;
    for (size_t i = 0; i < n; i++) {
        out[i].c = s[i];
        out[i].k = cls(s[i]);
        out[i].v = (char)vowel(s[i]);
        out[i].indel = out[i].v ? 0.35f : s[i] == 'h' ? 0.4f : 1.0f;
        *cons += !out[i].v;
    }
}

static float sub_cost(const sym *x, const sym *y)
{
    if (x->c == y->c)
        return 0;
    if (x->v && y->v)
        return 0.3f;
    if (!x->v && !y->v) {
        if (x->k == y->k)
            return 0.3f;
        if ((x->c == 'h' && y->c == 'k') || (x->c == 'k' && y->c == 'h') ||
            (x->k == 'p' && y->k == 'f') || (x->k == 'f' && y->k == 'p'))
            return 0.5f;
        return 1;
    }
    const sym *c = x->v ? y : x, *v = x->v ? x : y;
    /* Vowel letters of an abjad: vav for o/u. */
    if (c->k == 'f' && (v->c == 'o' || v->c == 'u'))
        return 0.4f;
    return 1;
}

double aka__phon_sim(const char *a, size_t na, const char *b, size_t nb,
                     double floor)
{
    if (na > AKA__KEY_MAX)
        na = AKA__KEY_MAX;
    if (nb > AKA__KEY_MAX)
        nb = AKA__KEY_MAX;
    sym sa[AKA__KEY_MAX], sb[AKA__KEY_MAX];
    size_t ca, cb;
    prep(a, na, sa, &ca);
    prep(b, nb, sb, &cb);
    size_t c = ca > cb ? ca : cb;
    if (c == 0)
        c = 1;
    /* Reaching `floor` allows at most this cost; every consonant one side
     * has more than the other costs at least 0.4 (a vowel letter). */
    float budget = (float)((1 - floor) * (double)c + 1e-6);
    /* Names heard across scripts keep their first consonant's class;
     * checking it first spares most hopeless pairs the whole table. */
    size_t fa = 0, fb = 0;
    while (fa < na && sa[fa].v)
        fa++;
    while (fb < nb && sb[fb].v)
        fb++;
    if (floor > 0 && fa < na && fb < nb && sa[fa].k != sb[fb].k &&
        sub_cost(&sa[fa], &sb[fb]) >= 1 && fa + fb == 0)
        return 0;
    float gap = ca > cb ? (float)(ca - cb) : (float)(cb - ca);
    if (floor > 0 && 0.4f * gap > budget)
        return 0;
    float row[AKA__KEY_MAX + 1], prev[AKA__KEY_MAX + 1];
    prev[0] = 0;
    for (size_t j = 1; j <= nb; j++)
        prev[j] = prev[j - 1] + sb[j - 1].indel;
    for (size_t i = 1; i <= na; i++) {
        const sym *x = &sa[i - 1];
        row[0] = prev[0] + x->indel;
        float best = row[0];
        for (size_t j = 1; j <= nb; j++) {
            float d = prev[j - 1] + sub_cost(x, &sb[j - 1]);
            float del = prev[j] + x->indel;
            float ins = row[j - 1] + sb[j - 1].indel;
            if (del < d)
                d = del;
            if (ins < d)
                d = ins;
            row[j] = d;
            if (d < best)
                best = d;
        }
        /* Costs never decrease down the table: stop once out of budget. */
        if (floor > 0 && best > budget)
            return 0;
        memcpy(prev, row, (nb + 1) * sizeof *row);
    }
    double s = 1 - prev[nb] / (double)c;
    return s < 0 ? 0 : s;
}

/* Classes for the mask also merge the pairs sub_cost makes cheaper than a
 * full edit (h/k, p/f), so that a missing class is a true lower bound. */
static int mask_bit(char c)
{
    char k = cls(c);
    if (k == 'h')
        k = 'k';
    if (k == 'f')
        k = 'p';
    return k >= 'a' && k <= 'z' ? k - 'a' : 26;
}

void aka__phon_facts(const char *s, size_t n, unsigned char *cons,
                     unsigned char count[AKA__PHON_CLASSES])
{
    *cons = 0;
    memset(count, 0, AKA__PHON_CLASSES);
    for (size_t i = 0; i < n && i < AKA__KEY_MAX; i++)
        if (!vowel(s[i])) {
            (*cons)++;
            count[mask_bit(s[i])]++;
        }
}

int aka__phon_may_reach(unsigned char ca, const unsigned char *counta,
                        unsigned char cb, const unsigned char *countb,
                        double floor)
{
    unsigned char c = ca > cb ? ca : cb;
    double budget = (1 - floor) * (c ? c : 1) + 1e-6;
    int more_a = 0, more_b = 0;
    for (int k = 0; k < AKA__PHON_CLASSES; k++) {
        int d = counta[k] - countb[k];
        if (d > 0)
            more_a += d;
        else
            more_b -= d;
    }
    return 0.4 * (more_a > more_b ? more_a : more_b) <= budget;
}
