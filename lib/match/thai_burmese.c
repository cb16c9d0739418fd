/* Burmese names in Thai script (thai_burmese.h). Both sides are read to
 * one key, a syllable as Thai hears it: the aspirates written as one
 * letter (th t, kh k, ph p), the affricates as c (Thai ch; Burmese ky, gy,
 * ch, sh), z as s, ny as y, the h of hl, hn, hm and ht dropped; aung as
 * on, aing as ai, ein as en, aw and oe as o, a final nt and ng as n; on
 * the Thai side the a of an initial cluster dropped (lawin lwin). */
#include "match/thai_burmese.h"

#include <string.h>

#include "match/letters.h"

/* A syllable of a Burmese name has seven letters at most (hlaing,
 * nyunt); Thai's reading of one, a few more (phayu). */
#define SYLLABLE_MAX 10
#define KEY_MAX 12

typedef struct spelling {
    const char *from, *to;
} spelling;

/* Initial consonants of a Latin Burmese syllable, longest first. */
static const spelling burmese_initials[] = {
    {"hny", "y"}, {"ny", "y"}, {"hl", "l"}, {"hn", "n"}, {"hm", "m"}, {"ht", "t"},
    {"th", "t"},  {"kh", "k"}, {"ph", "p"}, {"ky", "c"}, {"gy", "c"}, {"ch", "c"},
    {"sh", "c"},  {"z", "s"},
};

/* Rhymes, tried at the end of the syllable, longest first. */
static const spelling burmese_rhymes[] = {
    {"aung", "on"}, {"aing", "ai"}, {"ein", "en"}, {"unt", "un"}, {"int", "in"},
    {"aw", "o"},    {"oe", "o"},    {"uu", "u"},   {"oo", "u"},   {"ng", "n"},
};

/* Initials of Thai's RTGS. */
static const spelling thai_initials[] = {
    {"th", "t"}, {"kh", "k"}, {"ph", "p"}, {"ch", "c"},
};

static size_t put(char *out, size_t o, const char *s, size_t n)
{
    if (o + n > KEY_MAX)
        return KEY_MAX + 1;
    memcpy(out + o, s, n);
    return o + n;
}

/* The initial of t[0..n) read by table, written to out; returns how many
 * letters of t it took (0: none, the letter is kept as it is). */
static size_t initial(const spelling *tab, size_t ntab, const char *t, size_t n,
                      char *out, size_t *o)
{
    for (size_t k = 0; k < ntab; k++) {
        size_t l = strlen(tab[k].from);
        if (n > l && memcmp(t, tab[k].from, l) == 0) {
            *o = put(out, *o, tab[k].to, strlen(tab[k].to));
            return l;
        }
    }
    return 0;
}

static size_t burmese_key(const char *t, size_t n, char out[KEY_MAX + 1])
{
    if (n == 0 || n > SYLLABLE_MAX)
        return 0;
    size_t o = 0, i = initial(burmese_initials, sizeof burmese_initials / sizeof *burmese_initials,
                              t, n, out, &o);
    /* my before i is Thai's m (Myint มินต์ min) */
    if (i == 0 && n > 2 && t[0] == 'm' && t[1] == 'y' && t[2] == 'i') {
        out[o++] = 'm';
        i = 2;
    }
    size_t end = n;
    const char *rhyme = "";
    for (size_t k = 0; k < sizeof burmese_rhymes / sizeof *burmese_rhymes; k++) {
        size_t l = strlen(burmese_rhymes[k].from);
        if (n - i >= l && memcmp(t + n - l, burmese_rhymes[k].from, l) == 0) {
            rhyme = burmese_rhymes[k].to;
            end = n - l;
            break;
        }
    }
    o = put(out, o, t + i, end - i);
    o = put(out, o, rhyme, strlen(rhyme));
    return o > KEY_MAX ? 0 : aka__undouble(out, o);
}

static size_t thai_key(const char *t, size_t n, char out[KEY_MAX + 1])
{
    if (n == 0 || n > SYLLABLE_MAX)
        return 0;
    size_t o = 0, i = initial(thai_initials, sizeof thai_initials / sizeof *thai_initials, t, n,
                              out, &o);
    if (i == 0 && !aka__vowel(t[0])) {
        out[o++] = t[0];
        i = 1;
    }
    /* the a Thai puts into an initial cluster before w or y (ลวิน lawin,
     * ชเว chawe, มยะ maya, พยู phayu) */
    if (o > 0 && i + 2 < n && t[i] == 'a' && (t[i + 1] == 'w' || t[i + 1] == 'y') &&
        aka__vowel(t[i + 2]))
        i++;
    size_t end = n;
    /* a final ng is n, as the Burmese syllable's */
    int ng = n - i >= 2 && t[n - 2] == 'n' && t[n - 1] == 'g';
    if (ng)
        end--;
    o = put(out, o, t + i, end - i);
    return o > KEY_MAX ? 0 : aka__undouble(out, o);
}

int aka__burmese_thai_meets(const char *thai, size_t nt, const char *lat, size_t nl)
{
    char a[KEY_MAX + 1], b[KEY_MAX + 1];
    size_t na = thai_key(thai, nt, a), nb = burmese_key(lat, nl, b);
    return na >= 2 && na == nb && memcmp(a, b, na) == 0;
}
