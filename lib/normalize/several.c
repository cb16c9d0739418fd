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
