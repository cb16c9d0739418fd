#include "unicode/fold.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "unicode/uctx.h"
#include "unicode/utf8.h"

aka_status aka__u_casefold(const char *in, size_t len, aka__sb *out)
{
    aka__uctx *c = aka__uctx_get();
    if (!c)
        return AKA_ERR_NOMEM;
    aka__u16 *src = aka__uctx_scratch16(c, 0);
    aka__u16 *dst = aka__uctx_scratch16(c, 1);
    aka_status st = aka__u16_from_utf8(src, in, len);
    if (st != AKA_OK)
        return st;
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n2 = unorm2_getNFKCCasefoldInstance(&e);
    if (U_FAILURE(e))
        return AKA_ERR_INTERNAL;
    /* NFKC_Casefold can expand (ligatures, U+FDFA); 4x plus slack covers
     * real text, and the overflow path below covers the rest. */
    for (int32_t want = src->len * 4 + 16;; want *= 2) {
        st = aka__u16_reserve(dst, want);
        if (st != AKA_OK)
            return st;
        e = U_ZERO_ERROR;
        dst->len = unorm2_normalize(n2, src->p, src->len, dst->p, dst->cap, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (U_FAILURE(e))
            return AKA_ERR_INTERNAL;
        break;
    }
    return aka__u16_append_utf8(out, dst->p, dst->len);
}

aka_status aka__u_keyfold(const char *in, size_t len, aka__sb *out)
{
    aka__uctx *c = aka__uctx_get();
    if (!c)
        return AKA_ERR_NOMEM;
    aka__sb folded = {0};
    aka_status st = aka__u_casefold(in, len, &folded);
    if (st != AKA_OK)
        goto done;
    aka__u16 *b = aka__uctx_scratch16(c, 0);
    st = aka__u16_from_utf8(b, folded.p ? folded.p : "", folded.len);
    if (st != AKA_OK)
        goto done;
    st = aka__uctx_translit(c, AKA__TR_LATIN_ASCII, b);
    if (st != AKA_OK)
        goto done;
    /* Latin-ASCII can reintroduce capitals (e.g. from letterlike symbols). */
    for (int32_t i = 0; i < b->len; i++)
        if (b->p[i] < 0x80 && b->p[i] >= 'A' && b->p[i] <= 'Z')
            b->p[i] = (UChar)(b->p[i] + 32);
    aka__sb_clear(&folded);
    st = aka__u16_append_utf8(&folded, b->p, b->len);
    if (st != AKA_OK)
        goto done;
    /* Fold punctuation and spacing runs to one space; marks stay with their
     * letters (Devanagari, Thai and Arabic words need them). */
    size_t i = 0;
    int pending_space = 0;
    while (i < folded.len) {
        size_t start = i;
        UChar32 cp = (UChar32)aka__utf8_next(folded.p, folded.len, &i);
        int keep = u_isalnum(cp) || u_getCombiningClass(cp) != 0 ||
                   (U_GET_GC_MASK(cp) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0;
        if (!keep) {
            pending_space = 1;
            continue;
        }
        if (pending_space && out->len > 0 && out->p[out->len - 1] != ' ') {
            st = aka__sb_append_char(out, ' ');
            if (st != AKA_OK)
                goto done;
        }
        pending_space = 0;
        st = aka__sb_append(out, folded.p + start, i - start);
        if (st != AKA_OK)
            goto done;
    }
done:
    aka__sb_free(&folded);
    return st;
}
