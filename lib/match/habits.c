/* Spelling habits of romanisations between two Latin tokens (habits.h):
 * each joins one name that two systems, or a system and its bearers,
 * spell apart, where the keys (match/keys.h) read the letters otherwise
 * and a slip would be one letter too many. They are narrow on purpose:
 * each holds only where the habit is the tokens' one difference. */
#include "match/habits.h"

#include <string.h>

#include "match/keys.h"
#include "match/variants.h"

static int plain_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* -ova, -eva, -ina, -yna, or Polish and German -owa, -ewa, five letters
 * or more. */
static int slavic_feminine(const aka__nunit *u)
{
    size_t n = u->len;
    return n >= 5 && u->tok[n - 1] == 'a' && strchr("vwn", u->tok[n - 2]) &&
           strchr("oeiy", u->tok[n - 3]);
}

/* The tables hold the masculine forms only, and the two spellings are
 * too far apart for a slip. The masculine against the feminine stays two
 * forms (namecmp.c, gendered_pair). */
int aka__habit_feminine_family(const aka__nunit *x, const aka__nunit *y)
{
    if (x->family >= 0 || y->family >= 0 || x->given >= 0 || y->given >= 0 ||
        !slavic_feminine(x) || !slavic_feminine(y))
        return 0;
    int c = aka__family_class(x->tok, x->len - 1U);
    return c >= 0 && c == aka__family_class(y->tok, y->len - 1U);
}

/* The letters of the Arabic article that open token t: al or el (2), or
 * the article said as the sun letter after it, the vowel and that letter
 * doubled (Ezzahra, Essayed, Errami, Eddaoudi, Ennaji; Echcherif,
 * Ashsharif: 2 or 3), with *said set; 0 for none. Not ann (Annika,
 * Annette: European names open so; Maghrebi spelling writes en-N). */
static size_t article_of(const aka__nunit *t, int *said)
{
    const char *k = t->tok;
    *said = 0;
    if ((k[0] != 'a' && k[0] != 'e') || t->len < 3)
        return 0;
    if (k[1] == 'l')
        return 2;
    *said = 1;
    if (t->len > 5 && strchr("sctd", k[1]) && k[2] == 'h' && k[3] == k[1] && k[4] == 'h')
        return 3;
    if (strchr("tdrzsn", k[1]) && k[2] == k[1] && !(k[0] == 'a' && k[1] == 'n'))
        return 2;
    *said = 0;
    return 0;
}

/* Written apart, the article is a token of its own, which the alignment
 * leaves out (Al-Masri / Masri, Ez-Zahra / Zahra); joined, it made a
 * token too far from the name for a slip. A name the tables list as a
 * given name stays apart from itself with al joined (Alhassan / Hassan:
 * the article's form is a name of its own); the article said as the
 * sun letter opens no given name, so there the other may be one
 * (Errami / Rami, Ennaji / Naji). */
int aka__habit_article_joined(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *j = x->len > y->len ? x : y, *o = x->len > y->len ? y : x;
    int said;
    size_t a = o->len < 4 || j->len < 6 || j->given >= 0 ? 0 : article_of(j, &said);
    if (!a || (o->given >= 0 && !said) || j->len - a < 4)
        return 0;
    char r[AKA__KEY_MAX + 1];
    aka__rkey(j->tok + a, j->len - a, r);
    return strlen(r) == o->rlen && memcmp(r, o->rkey, o->rlen) == 0;
}

int aka__habit_thai_sri(const aka__nunit *x, const aka__nunit *y)
{
    const aka__nunit *r = x->len > y->len ? x : y, *o = x->len > y->len ? y : x;
    return r->len == o->len + 1 && o->len >= 5 && memcmp(r->tok, "sri", 3) == 0 &&
           memcmp(o->tok, "si", 2) == 0 &&
           memcmp(r->tok + 3, o->tok + 2, o->len - 2U) == 0;
}

int aka__habit_traded(const aka__nunit *x, const aka__nunit *y, char a, char b,
                      const char *before)
{
    if (x->len != y->len)
        return 0;
    int traded = 0;
    for (size_t i = 0; i < x->len; i++) {
        char p = x->tok[i], q = y->tok[i];
        if (p == q)
            continue;
        if (!((p == a && q == b) || (p == b && q == a)) ||
            (before && (i + 1 == x->len || !strchr(before, x->tok[i + 1]))))
            return 0;
        traded = 1;
    }
    return traded;
}

int aka__habit_greek_gamma(const aka__nunit *x, const aka__nunit *y)
{
    return x->len >= 4 && aka__habit_traded(x, y, 'g', 'y', "ei");
}

int aka__habit_greek_digraph(const aka__nunit *x, const aka__nunit *y)
{
    static const char pairs[][3] = {"ntd", "mpb", "gkg", "nkg"};
    if (x->len < y->len) {
        const aka__nunit *t = x;
        x = y;
        y = t;
    }
    if (x->len != y->len + 1 || y->len < 4)
        return 0;
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (x->tok[0] == pairs[k][0] && x->tok[1] == pairs[k][1] &&
            y->tok[0] == pairs[k][2] && memcmp(x->tok + 2, y->tok + 1, y->len - 1) == 0)
            return 1;
    return 0;
}

int aka__habit_albanian_gj(const aka__nunit *x, const aka__nunit *y)
{
    return x->len >= 4 && aka__habit_traded(x, y, 'g', 'd', "j");
}

static int ends(const aka__nunit *u, const char *e)
{
    size_t k = strlen(e);
    return u->len >= k && memcmp(u->tok + u->len - k, e, k) == 0;
}

int aka__habit_akanne(const aka__nunit *x, const aka__nunit *y)
{
    if (x->len != y->len || x->len < 6)
        return 0;
    for (int k = 0; k < 2; k++) {
        const aka__nunit *ru = k ? y : x, *by = k ? x : y;
        size_t end = ru->len;
        int differ = 0;
        if (ends(ru, "ov") && ends(by, "au")) {
            end -= 2;
            differ = 1;
        } else if (!ends(ru, "ova") && !ends(ru, "ko") && !ends(ru, "ovich")) {
            continue;
        }
        size_t i = 0;
        for (; i < end; i++) {
            if (ru->tok[i] == by->tok[i])
                continue;
            if (ru->tok[i] != 'o' || by->tok[i] != 'a')
                break;
            differ = 1;
        }
        if (i == end && differ)
            return 1;
    }
    return 0;
}

/* The length of u's root before the Tajik -zoda or -zod (Rahimzoda,
 * Karimzod), or before the Russian family ending -ov, -ova, -ev or -eva
 * it replaced (Rahimov, Nazarova, Abdulloev); 0 for none. Read from the
 * last letter, as most tokens end otherwise: this is asked of every pair
 * of single tokens that no other habit joins. */
static size_t root_before(const aka__nunit *u, int tajik)
{
    const char *t = u->tok;
    size_t n = u->len;
    if (n < 3)
        return 0;
    if (tajik) {
        if (t[n - 1] == 'a')
            n--;
        return n >= 3 && memcmp(t + n - 3, "zod", 3) == 0 ? n - 3 : 0;
    }
    if (t[n - 1] == 'a')
        n--;
    return n >= 2 && t[n - 1] == 'v' && (t[n - 2] == 'o' || t[n - 2] == 'e') ? n - 2 : 0;
}

/* The root the Russian form spells with k for Tajik q and, at its end,
 * p for f (Kurbonov / Qurbonzoda, Sharipov / Sharifzoda, Yusupova /
 * Yusufzoda), kh for h is the keys' (Rakhimov / Rahimzoda). */
int aka__habit_tajik_zoda(const aka__nunit *x, const aka__nunit *y)
{
    if (x->given >= 0 || y->given >= 0)
        return 0;
    for (int k = 0; k < 2; k++) {
        const aka__nunit *tj = k ? y : x, *ru = k ? x : y;
        size_t nt = root_before(tj, 1), nr = root_before(ru, 0);
        if (nt < 4 || nr < 4)
            continue;
        char a[AKA__KEY_MAX + 1], b[AKA__KEY_MAX + 1];
        char ka[AKA__KEY_MAX + 1], kb[AKA__KEY_MAX + 1];
        if (nt > AKA__KEY_MAX || nr > AKA__KEY_MAX)
            return 0;
        for (size_t i = 0; i < nt; i++)
            a[i] = tj->tok[i] == 'q' ? 'k' : tj->tok[i];
        for (size_t i = 0; i < nr; i++)
            b[i] = ru->tok[i] == 'q' ? 'k' : ru->tok[i];
        if (a[nt - 1] == 'f' && b[nr - 1] == 'p')
            a[nt - 1] = 'p';
        aka__rkey(a, nt, ka);
        aka__rkey(b, nr, kb);
        if (strcmp(ka, kb) == 0)
            return 1;
    }
    return 0;
}

/* tok with each au, ou, aw and ow before a consonant written o, into out
 * (room for AKA__KEY_MAX + 1); returns its length. */
static size_t diphthong_o(const char *tok, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 2 < n && (tok[i] == 'a' || tok[i] == 'o') &&
            (tok[i + 1] == 'u' || tok[i + 1] == 'w') && !plain_vowel(tok[i + 2])) {
            out[o++] = 'o';
            i++;
            continue;
        }
        out[o++] = tok[i];
    }
    out[o] = '\0';
    return o;
}

/* Two letters apart at times (Kawsar / Kousar), which neither a slip nor
 * the keys bridge. */
int aka__habit_diphthong(const aka__nunit *x, const aka__nunit *y)
{
    /* (a digraph against o or another digraph: a letter apart at most) */
    if (x->len < 5 || y->len < 5 || x->tok[0] != y->tok[0] ||
        x->len > y->len + 1 || y->len > x->len + 1)
        return 0;
    char a[AKA__KEY_MAX + 1], b[AKA__KEY_MAX + 1];
    size_t na = diphthong_o(x->tok, x->len, a), nb = diphthong_o(y->tok, y->len, b);
    return na == nb && memcmp(a, b, na) == 0;
}
