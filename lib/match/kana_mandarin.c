/* Chinese names in Japanese katakana (kana_mandarin.h). */
#include "match/kana_mandarin.h"

#include <string.h>

#include "match/letters.h"

#define KEY_MAX 24

/* The class of the consonant that opens t[i..n) and its length in
 * letters, or 0 for a vowel; katakana's sh and ch, Pinyin's zh, ch, sh, ng
 * are one consonant each. A final ng (before no vowel) is n. */
static char consonant(const char *t, size_t n, size_t i, size_t *len)
{
    char c = t[i], nx = i + 1 < n ? t[i + 1] : 0;
    *len = 1;
    if ((c == 'z' || c == 'c' || c == 's' || c == 't') && nx == 'h') {
        *len = 2;
        return c == 's' ? 'S' : 'C';
    }
    if (c == 't' && nx == 's') {
        *len = 2;
        return 'C';
    }
    if (c == 'n' && nx == 'g' && !(i + 2 < n && aka__vowel(t[i + 2]))) {
        *len = 2;
        return 'N';
    }
    switch (c) {
    case 'j': case 'q': case 'z': case 'c': return 'C';
    case 'x': case 's': return 'S';
    case 'l': case 'r': return 'R';
    case 'b': case 'p': return 'P';
    case 'd': case 't': return 'T';
    case 'g': case 'k': return 'K';
    case 'h': case 'f': return 'H';
    case 'm': return 'M';
    case 'n': return 'N';
    case 'w': return 'u';
    case 'y': return 'i';
    default: return 0;
    }
}

/* The key of t[0..n) into out; its length, 0 when t holds a letter that
 * is neither. */
static size_t key(const char *t, size_t n, char out[KEY_MAX + 1])
{
    size_t o = 0;
    for (size_t i = 0; i < n && o < KEY_MAX;) {
        size_t len = 1;
        char k = aka__vowel(t[i]) ? t[i] : consonant(t, n, i, &len);
        if (!k)
            return 0;
        i += len;
        /* the i glide after a sibilant: xiao, jia as シャオ, ジャ */
        if (k == 'i' && o > 0 && (out[o - 1] == 'C' || out[o - 1] == 'S') && i < n &&
            aka__vowel(t[i]))
            continue;
        if (o > 0 && out[o - 1] == k)
            continue;
        out[o++] = k;
    }
    out[o] = '\0';
    return o;
}

int aka__mandarin_kana_meets(const char *kana, size_t nk, const char *pin, size_t np)
{
    if (nk < 2 || np < 2 || nk > KEY_MAX || np > KEY_MAX)
        return 0;
    char a[KEY_MAX + 1], b[KEY_MAX + 1];
    size_t na = key(kana, nk, a), nb = key(pin, np, b);
    return na >= 3 && na == nb && memcmp(a, b, na) == 0;
}
