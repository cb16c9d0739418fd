#include "unicode/fold.h"

#include <unicode/uchar.h>

#include "unicode/uctx.h"
#include "unicode/utf8.h"

aka_status aka__u_casefold(const char *in, size_t len, aka__sb *out)
{
    if (aka__is_ascii(in, len)) {
        /* NFKC_Casefold changes nothing in ASCII but capitals (no ASCII
         * character is a compatibility form or default-ignorable). */
        aka_status st = aka__sb_reserve(out, len);
        if (st != AKA_OK)
            return st;
        for (size_t i = 0; i < len; i++) {
            char ch = in[i];
            out->p[out->len + i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
        }
        out->len += len;
        out->p[out->len] = '\0';
        return AKA_OK;
    }
    aka__uctx *c = aka__uctx_get();
    if (!c)
        return AKA_ERR_NOMEM;
    aka__u16 *b = aka__uctx_scratch16(c, AKA__S16_FOLD_IN);
    aka_status st = aka__u16_from_utf8(b, in, len);
    if (st == AKA_OK)
        st = aka__u16_normalize(c, 1, b);
    if (st == AKA_OK)
        st = aka__u16_append_utf8(out, b->p, b->len);
    return st;
}

/* aka__u_keyfold of ASCII text, which most values are: case folding and
 * Latin-ASCII leave it as it is but for capitals, and only letters and
 * digits are kept, so the same result without ICU. */
static aka_status keyfold_ascii(const char *in, size_t len, aka__sb *out)
{
    int pending_space = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)in[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch + 32);
        else if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9')) {
            pending_space = 1;
            continue;
        }
        if (pending_space && out->len > 0 && out->p[out->len - 1] != ' ' &&
            aka__sb_append_char(out, ' ') != AKA_OK)
            return AKA_ERR_NOMEM;
        pending_space = 0;
        if (aka__sb_append_char(out, (char)ch) != AKA_OK)
            return AKA_ERR_NOMEM;
    }
    return AKA_OK;
}

size_t aka__u_keyfold_ascii(const char *in, size_t len, char *buf, size_t cap)
{
    size_t n = 0;
    int pending_space = 0;
    if (cap == 0)
        return (size_t)-1;
    /* The same rules as keyfold_ascii, into a fixed buffer. */
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)in[i];
        if (ch >= 0x80)
            return (size_t)-1;
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch + 32);
        else if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9')) {
            pending_space = 1;
            continue;
        }
        int space = pending_space && n > 0;
        if (n + (size_t)space + 2 > cap) /* the space, this byte, the NUL */
            return (size_t)-1;
        if (space)
            buf[n++] = ' ';
        pending_space = 0;
        buf[n++] = (char)ch;
    }
    buf[n] = '\0';
    return n;
}

static aka_status keyfold_icu(aka__uctx *c, const char *in, size_t len,
                              aka__sb *out);

/* The same country, month, gender and document-type words in other
 * scripts come back record after record, and Latin-ASCII costs
 * microseconds a call (at 100,000 generated records, 29,000 calls and a
 * third of the ICU time in reading values): keys are kept in the thread's
 * token cache. */
aka_status aka__u_keyfold(const char *in, size_t len, aka__sb *out)
{
    if (aka__is_ascii(in, len))
        return keyfold_ascii(in, len, out);
    aka__uctx *c = aka__uctx_get();
    if (!c)
        return AKA_ERR_NOMEM;
    size_t vlen;
    unsigned flags;
    const char *hit = aka__uctx_cache_get(c, AKA__NS_KEYFOLD, in, len, &vlen, &flags);
    if (hit)
        return aka__sb_append(out, hit, vlen);
    size_t at = out->len;
    aka_status st = keyfold_icu(c, in, len, out);
    if (st == AKA_OK)
        aka__uctx_cache_put(c, AKA__NS_KEYFOLD, in, len, out->p ? out->p + at : "",
                            out->len - at, 0);
    return st;
}

static aka_status keyfold_icu(aka__uctx *c, const char *in, size_t len,
                              aka__sb *out)
{
    aka__sb folded = {0};
    aka_status st = aka__u_casefold(in, len, &folded);
    if (st != AKA_OK)
        goto done;
    aka__u16 *b = aka__uctx_scratch16(c, AKA__S16_FOLD_IN);
    st = aka__u16_from_utf8(b, folded.p ? folded.p : "", folded.len);
    if (st != AKA_OK)
        goto done;
    st = aka__uctx_translit(c, AKA__TR_LATIN_ASCII, b);
    if (st != AKA_OK)
        goto done;
    /* Latin-ASCII can reintroduce capitals (e.g. from letterlike symbols).
     * Greek loses its accents as Latin does: capitals are written
     * without them (ΕΛΛΗΝΙΚΗ, Ελληνική). */
    static const UChar greek_plain[] = {
        0x03B1, 0x03B5, 0x03B7, 0x03B9, /* ά έ ή ί (U+03AC..03AF) */
        0x03C5,                         /* ΰ (U+03B0) */
    };
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i];
        if (ch < 0x80 && ch >= 'A' && ch <= 'Z')
            b->p[i] = (UChar)(ch + 32);
        else if (ch >= 0x03AC && ch <= 0x03B0)
            b->p[i] = greek_plain[ch - 0x03AC];
        else if (ch == 0x0390 || ch == 0x03CA)
            b->p[i] = 0x03B9; /* ΐ ϊ */
        else if (ch == 0x03CB || ch == 0x03CD)
            b->p[i] = 0x03C5; /* ϋ ύ */
        else if (ch == 0x03CC)
            b->p[i] = 0x03BF; /* ό */
        else if (ch == 0x03CE)
            b->p[i] = 0x03C9; /* ώ */
        /* Persian and Arabic keyboards write one letter two ways: Persian
         * kaf and yeh for the Arabic ones, and alef maksura for a final
         * yeh (مذکر / مذكر, افغانی / افغاني, انثى / انثي) */
        else if (ch == 0x06A9)
            b->p[i] = 0x0643; /* ک */
        else if (ch == 0x06CC || ch == 0x0649)
            b->p[i] = 0x064A; /* ی ى */
    }
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
        /* ... but a Latin letter's mark that Latin-ASCII left, having no
         * precomposed letter to take it from (n̈), goes as the others
         * did. (Turkish İ, full case folding's i and a combining dot, for
         * which this came, is folded to i before: aka__u16_normalize.) */
        if (cp >= 0x0300 && cp <= 0x036F && out->len > 0 &&
            out->p[out->len - 1] >= 'a' && out->p[out->len - 1] <= 'z')
            continue;
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
