/* Fuzz target: aka_name_compare on random pairs. The input is split at its
 * first '|' (or in the middle) into two names. Checks: the status is a
 * documented one, and success does not depend on the order; on success the score
 * lies in [0, 1], is symmetric, `same` is 0 or 1 and symmetric, and a name
 * compared with itself is the same name with score 1. */
#include "fuzz_common.h"

static void check_status(aka_status st)
{
    if (st != AKA_OK && st != AKA_ERR_UTF8 && st != AKA_ERR_PARSE &&
        st != AKA_ERR_LIMIT && st != AKA_ERR_NOMEM)
        fz_fail("name_compare", "undocumented status");
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    const char *s = (const char *)d;
    const char *bar = memchr(s, '|', n);
    size_t na = bar ? (size_t)(bar - s) : n / 2;
    const char *b = bar ? bar + 1 : s + na;
    size_t nb = n - (size_t)(b - s);
    double s1 = -1, s2 = -1;
    int m1 = -1, m2 = -1;
    aka_status st1 = aka_name_compare(s, na, b, nb, &s1, &m1);
    aka_status st2 = aka_name_compare(b, nb, s, na, &s2, &m2);
    check_status(st1);
    /* Two bad names may fail for different reasons depending on which is
     * read first; success must not depend on the order. */
    if ((st1 == AKA_OK) != (st2 == AKA_OK))
        fz_fail("name_compare", "success depends on the order");
    if (st1 == AKA_OK) {
        if (!(s1 >= 0 && s1 <= 1) || (m1 != 0 && m1 != 1))
            fz_fail("name_compare", "score or decision out of range");
        if (s1 - s2 > 1e-5 || s2 - s1 > 1e-5 || m1 != m2)
            fz_fail("name_compare", "not symmetric");
    }
    double self = -1;
    int same = -1;
    aka_status st = aka_name_compare(s, na, s, na, &self, &same);
    check_status(st);
    if (st == AKA_OK && (self < 0.999 || same != 1))
        fz_fail("name_compare", "a name differs from itself");
    return 0;
}
