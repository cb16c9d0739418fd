/* Fields that hold several values (several.h). */
#include "normalize/several.h"

#include <string.h>

static int apart(char c)
{
    return c == '/' || c == ',' || c == ';' || c == '|';
}

size_t aka__numbers_apart(const char *s, size_t n, size_t min_digits,
                          size_t min_chars, size_t max_chars)
{
    /* (most values have no separator at all: asked first, for less) */
    if (!memchr(s, '/', n) && !memchr(s, ',', n) && !memchr(s, ';', n) &&
        !memchr(s, '|', n))
        return 0;
    size_t found = 0, chars = 0, digits = 0;
    for (size_t i = 0; i <= n; i++) {
        char c = i < n ? s[i] : '/';
        if (apart(c)) {
            found += digits >= min_digits && chars >= min_chars && chars <= max_chars;
            chars = digits = 0;
        } else if (c >= '0' && c <= '9') {
            chars++;
            digits++;
        } else if (((c | 32) >= 'a' && (c | 32) <= 'z') || (unsigned char)c >= 0xC0) {
            chars++;
        }
    }
    return found;
}

/* The run of at most five ASCII digits at s[*i..n), its value into *v:
 * its length. */
static size_t digit_run(const char *s, size_t n, size_t *i, int *v)
{
    size_t b = *i;
    *v = 0;
    while (*i < n && *i - b < 5 && s[*i] >= '0' && s[*i] <= '9')
        *v = *v * 10 + (s[(*i)++] - '0');
    return *i - b;
}

int aka__numeric_date(const char *s, size_t n)
{
    size_t i = 0, len[3];
    int v[3];
    char sep = 0;
    while (i < n && s[i] == ' ')
        i++;
    while (n > i && s[n - 1] == ' ')
        n--;
    for (int k = 0; k < 3; k++) {
        if (k > 0) {
            if (i >= n || (s[i] != '.' && s[i] != '/' && s[i] != '-') ||
                (sep && s[i] != sep))
                return 0;
            sep = s[i++];
        }
        len[k] = digit_run(s, n, &i, &v[k]);
        if (len[k] == 0 || len[k] > 4)
            return 0;
    }
    if (i != n)
        return 0;
    int y, m, d;
    if (len[0] == 4 && len[1] <= 2 && len[2] <= 2)
        y = v[0], m = v[1], d = v[2];
    else if (len[0] <= 2 && len[1] <= 2 && len[2] == 4)
        d = v[0], m = v[1], y = v[2];
    else
        return 0;
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
