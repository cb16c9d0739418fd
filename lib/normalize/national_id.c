#include "normalize/national_id.h"

#include <string.h>

#include "unicode/digit.h"

static int is(const char *t, size_t n, const char *w)
{
    return strlen(w) == n && memcmp(t, w, n) == 0;
}

const char *aka__national_id_type(const char *t, size_t n)
{
    /* (R.U.T. and R.U.N., as Chilean forms print them, key as r_u_t) */
    if (is(t, n, "rut") || is(t, n, "run") || is(t, n, "r_u_t") || is(t, n, "r_u_n"))
        return "rut";
    if (is(t, n, "personnummer") || is(t, n, "pnr"))
        return "personnummer";
    return NULL;
}

static int all_digits(const char *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!aka__ascii_digit(v[i]))
            return 0;
    return n > 0;
}

/* The RUT check character of the digits d[0..n): weights 2 to 7 from
 * the right, 11 less the sum modulo 11, 11 written 0 and 10 written k. */
static char rut_check(const char *d, size_t n)
{
    unsigned sum = 0, w = 2;
    for (size_t i = n; i-- > 0;) {
        sum += (unsigned)(d[i] - '0') * w;
        w = w == 7 ? 2 : w + 1;
    }
    unsigned r = 11 - sum % 11;
    return r == 11 ? '0' : r == 10 ? 'k' : (char)('0' + r);
}

static size_t rut(char *v, size_t n, int check_apart)
{
    if (n < 8 || n > 9 || !all_digits(v, n - 1) ||
        !(aka__ascii_digit(v[n - 1]) || v[n - 1] == 'k'))
        return n;
    int written = check_apart || n == 9 || v[n - 1] == 'k';
    return written && rut_check(v, n - 1) == v[n - 1] ? n - 1 : n;
}

static size_t personnummer(char *v, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i] != '+')
            v[o++] = v[i];
    int century = (v[0] == '1' && (v[1] == '8' || v[1] == '9')) ||
                  (v[0] == '2' && v[1] == '0');
    if (o == 12 && all_digits(v, o) && century) {
        memmove(v, v + 2, 10);
        o = 10;
    }
    return o;
}

size_t aka__national_id_value(const char *type, char *v, size_t n, int check_apart)
{
    if (!strcmp(type, "rut"))
        return rut(v, n, check_apart);
    if (!strcmp(type, "personnummer"))
        return personnummer(v, n);
    return n;
}
