/* Lookups over the generated variant tables (variants_data.c). */
#include "match/variants.h"

#include <stddef.h>
#include <string.h>

#include "match/keys.h"

/* Bytewise comparison of tok[0, n) with the NUL-terminated s, the order
 * the generator sorts by. tok may hold no NUL and is not terminated. */
static int tokcmp(const char *tok, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)tok[i], b = (unsigned char)s[i];
        if (b == 0)
            return 1; /* s is a proper prefix of tok */
        if (a != b)
            return a < b ? -1 : 1;
    }
    return s[n] == 0 ? 0 : -1;
}

static int index_lookup(const aka__variant_entry *ix, const uint32_t *first,
                        const char *tok, size_t n)
{
    if (tok == NULL || n == 0)
        return -1;
    unsigned char b = (unsigned char)tok[0];
    size_t lo = first[b], hi = first[b + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = tokcmp(tok, n, ix[mid].tok);
        if (c == 0)
            return ix[mid].cls;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

int aka__variant_class(int table, const char *tok, size_t n)
{
    switch (table) {
    case AKA__VARIANT_GIVEN:
        return index_lookup(aka__given_index, aka__given_index_first, tok, n);
    case AKA__VARIANT_FAMILY:
        return index_lookup(aka__family_index, aka__family_index_first, tok, n);
    case AKA__VARIANT_COGNATE:
        return index_lookup(aka__cognate_index, aka__cognate_index_first, tok, n);
    case AKA__VARIANT_KANJI:
        return index_lookup(aka__kanji_index, aka__kanji_index_first, tok, n);
    case AKA__VARIANT_PLACE:
        return index_lookup(aka__place_index, aka__place_index_first, tok, n);
    default:
        return -1;
    }
}

int aka__given_class(const char *tok, size_t n)
{
    return aka__variant_class(AKA__VARIANT_GIVEN, tok, n);
}

int aka__family_class(const char *tok, size_t n)
{
    return aka__variant_class(AKA__VARIANT_FAMILY, tok, n);
}

int aka__cognate_class(const char *tok, size_t n)
{
    return aka__variant_class(AKA__VARIANT_COGNATE, tok, n);
}

int aka__place_class(const char *tok, size_t n)
{
    return aka__variant_class(AKA__VARIANT_PLACE, tok, n);
}

int aka__arabic_reading_class(const char *tok, size_t n)
{
    return index_lookup(aka__arabic_index, aka__arabic_index_first, tok, n);
}

int aka__kanji_class(const char *tok, size_t n)
{
    return aka__variant_class(AKA__VARIANT_KANJI, tok, n);
}

int aka__kanji_other_reading(int cls, const char *tok, size_t n)
{
    const char *g = aka__variant_group(AKA__VARIANT_KANJI, cls);
    if (!g || !tok)
        return 0;
    char hep[AKA__KEY_MAX + 1];
    size_t nh = n >= 3 ? aka__ja_hepburn(tok, n, hep) : 0;
    g = strchr(g, ' '); /* past the reading that names the line */
    while (g) {
        const char *t = g + 1, *end = strchr(t, ' ');
        size_t len = end ? (size_t)(end - t) : strlen(t);
        if ((len == n && memcmp(t, tok, n) == 0) ||
            (len == nh && memcmp(t, hep, nh) == 0))
            return 1;
        g = end;
    }
    return 0;
}

int aka__given_opens_with_ayin(int cls)
{
    /* (a handful of classes: a scan is as quick as a search) */
    for (size_t i = 0; i < aka__given_ayin_n && aka__given_ayin[i] <= cls; i++)
        if (aka__given_ayin[i] == cls)
            return 1;
    return 0;
}

const char *aka__variant_group(int table, int cls)
{
    const char *const *g;
    size_t cnt;
    switch (table) {
    case AKA__VARIANT_GIVEN:
        g = aka__given_groups, cnt = aka__given_groups_n;
        break;
    case AKA__VARIANT_FAMILY:
        g = aka__family_groups, cnt = aka__family_groups_n;
        break;
    case AKA__VARIANT_COGNATE:
        g = aka__cognate_groups, cnt = aka__cognate_groups_n;
        break;
    case AKA__VARIANT_KANJI:
        g = aka__kanji_groups, cnt = aka__kanji_groups_n;
        break;
    default:
        return NULL;
    }
    if (cls < 0 || (size_t)cls >= cnt)
        return NULL;
    return g[cls];
}

static int same_token(const char *a, size_t na, const char *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

int aka__variant_same(int table, const char *a, size_t na, const char *b,
                      size_t nb)
{
    /* Identical tokens are an exact match, not a variant: the caller
     * scores those higher, so they are not reported here. */
    if (same_token(a, na, b, nb))
        return 0;
    int ca = aka__variant_class(table, a, na);
    return ca >= 0 && ca == aka__variant_class(table, b, nb);
}

/* First pair whose nick is tok[0, n), or aka__nickname_pairs_n. */
static size_t nick_first(const char *tok, size_t n)
{
    size_t lo = 0, hi = aka__nickname_pairs_n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tokcmp(tok, n, aka__nickname_pairs[mid].nick) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int full_matches(const aka__nickname_entry *e, const char *full,
                        size_t nf, int full_cls)
{
    if (tokcmp(full, nf, e->full) == 0)
        return 1;
    return e->full_given >= 0 && e->full_given == full_cls;
}

int aka__is_nickname_of(const char *nick, size_t nn, const char *full,
                        size_t nf)
{
    if (nick == NULL || full == NULL || nn == 0 || nf == 0)
        return 0;
    int full_cls = aka__given_class(full, nf);
    for (size_t i = nick_first(nick, nn); i < aka__nickname_pairs_n &&
         tokcmp(nick, nn, aka__nickname_pairs[i].nick) == 0; i++)
        if (full_matches(&aka__nickname_pairs[i], full, nf, full_cls))
            return 1;
    return 0;
}

int aka__is_nickname(const char *tok, size_t n)
{
    if (tok == NULL || n == 0)
        return 0;
    size_t i = nick_first(tok, n);
    return i < aka__nickname_pairs_n &&
           tokcmp(tok, n, aka__nickname_pairs[i].nick) == 0;
}

/* aka__is_nickname_of with full's given class known. */
static int nickname_of(const char *nick, size_t nn, const char *full,
                       size_t nf, int full_cls)
{
    for (size_t i = nick_first(nick, nn); i < aka__nickname_pairs_n &&
         tokcmp(nick, nn, aka__nickname_pairs[i].nick) == 0; i++)
        if (full_matches(&aka__nickname_pairs[i], full, nf, full_cls))
            return 1;
    return 0;
}

int aka__nickname_link(const char *a, size_t na, const char *b, size_t nb)
{
    if (a == NULL || b == NULL || na == 0 || nb == 0)
        return 0;
    return aka__nickname_link_known(a, na, aka__is_nickname(a, na),
                                    aka__given_class(a, na), b, nb,
                                    aka__is_nickname(b, nb),
                                    aka__given_class(b, nb));
}

int aka__nickname_link_known(const char *a, size_t na, int a_nick, int a_cls,
                             const char *b, size_t nb, int b_nick, int b_cls)
{
    if ((a_nick && nickname_of(a, na, b, nb, b_cls)) ||
        (b_nick && nickname_of(b, nb, a, na, a_cls)))
        return 1;
    if (!a_nick || !b_nick)
        return 0;
    /* Both nicknames of one full name: compare every full of a with every
     * full of b; each nickname has a handful of pairs at most. */
    size_t ia = nick_first(a, na), ib0 = nick_first(b, nb);
    for (; ia < aka__nickname_pairs_n &&
           tokcmp(a, na, aka__nickname_pairs[ia].nick) == 0; ia++) {
        const aka__nickname_entry *ea = &aka__nickname_pairs[ia];
        for (size_t ib = ib0; ib < aka__nickname_pairs_n &&
             tokcmp(b, nb, aka__nickname_pairs[ib].nick) == 0; ib++) {
            const aka__nickname_entry *eb = &aka__nickname_pairs[ib];
            if ((ea->full_given >= 0 && ea->full_given == eb->full_given) ||
                strcmp(ea->full, eb->full) == 0)
                return 1;
        }
    }
    return 0;
}
