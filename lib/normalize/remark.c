#include "normalize/remark.h"

int aka__trailing_parens(const char *in, size_t len, size_t *open, size_t *close)
{
    size_t e = len;
    while (e > 0 && (in[e - 1] == ' ' || in[e - 1] == '\t'))
        e--;
    if (e == 0 || in[e - 1] != ')')
        return 0;
    size_t o = e - 1;
    while (o > 0 && in[o - 1] != '(')
        o--;
    if (o == 0)
        return 0;
    *open = o - 1;
    *close = e - 1;
    return 1;
}
