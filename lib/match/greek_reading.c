/* Foreign names in Greek letters (greek_reading.h). */
#include "match/greek_reading.h"
#include "match/letters.h"

#include <string.h>

size_t aka__greek_foreign(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    if (n < 2 || n > AKA__KEY_MAX)
        return 0;
    size_t o = 0;
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        char c = tok[i], d = i + 1 < n ? tok[i + 1] : 0;
        const char *put = NULL;
        if (c == 'm' && d == 'p')
            put = "b";
        else if (c == 'n' && d == 't')
            put = "d";
        else if ((c == 'g' && d == 'k') || (c == 'n' && d == 'k' && i == 0))
            put = "g";
        else if (c == 't' && d == 'z')
            put = "j";
        else if (c == 'c' && d == 'h')
            put = "h";
        else if (c == 'o' && d == 'u')
            put = "u";
        else if (c == 'g' && d == 'i' && i + 2 < n && aka__vowel_y(tok[i + 2]) &&
                 (i == 0 || aka__vowel_y(tok[i - 1])))
            put = "y";
        if (put) {
            out[o++] = put[0];
            i++;
            any = 1;
        } else {
            out[o++] = c;
        }
    }
    out[o] = '\0';
    return any ? o : 0;
}

int aka__greek_foreign_meets(const char *r, size_t rn, const char *o, size_t on,
                             const char *ork, size_t orl)
{
    char rk[AKA__KEY_MAX + 1];
    if (rn < 3 || on < 3 || on > AKA__KEY_MAX)
        return 0;
    aka__rkey(r, rn, rk);
    if (strlen(rk) == orl && memcmp(rk, ork, orl) == 0)
        return 1;
    /* the Latin without an h between vowels, which Greek does not say */
    char w[AKA__KEY_MAX + 1], wk[AKA__KEY_MAX + 1];
    size_t m = 0;
    int cut = 0;
    for (size_t i = 0; i < on; i++) {
        if (o[i] == 'h' && i > 0 && i + 1 < on && aka__vowel_y(o[i - 1]) && aka__vowel_y(o[i + 1])) {
            cut = 1;
            continue;
        }
        w[m++] = o[i];
    }
    if (!cut)
        return 0;
    aka__rkey(w, m, wk);
    return strcmp(rk, wk) == 0;
}
