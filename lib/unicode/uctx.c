#include "unicode/uctx.h"

#include "unicode/han_table.h"
#include "unicode/latin_table.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

/* the cache hashes its keys with XXH3 inlined (cache_hash) */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/zalloc.h"

/* Token cache geometry: a power-of-two open-addressing table over one byte
 * arena. Keys and values longer than AKA__CACHE_MAX_ITEM are not cached:
 * they are rare and would crowd out the Zipf head that the cache is for. */
#define AKA__CACHE_SLOTS (1u << 16)
#define AKA__CACHE_ARENA (6u << 20)
#define AKA__CACHE_MAX_ITEM 512

typedef struct cache_slot {
    uint64_t hash; /* 0 = empty */
    uint32_t off;  /* key bytes then value bytes in the arena */
    uint16_t klen;
    uint16_t vlen;
    uint32_t flags;
} cache_slot;

struct aka__uctx {
    UTransliterator *tr[AKA__TR_COUNT];
    unsigned char tr_failed[AKA__TR_COUNT];
    USpoofChecker *spoof;
    int spoof_failed;
    aka__u16 scratch[AKA__SCRATCH16_SLOTS];
    aka__confrev confrev;
    cache_slot *slots;
    char *arena;
    uint32_t arena_used;
    uint32_t nitems;
    /* caches of later stages, by aka__uctx_ext number, with their
     * destructors */
    void *ext[AKA__UCTX_EXT_COUNT];
    void (*ext_free[AKA__UCTX_EXT_COUNT])(void *);
};

static const UChar *const tr_ids[AKA__TR_COUNT] = {
    [AKA__TR_LATIN_ASCII] = u"[:Latin:] Latin-ASCII",
    [AKA__TR_ANY_LATIN] = u"Any-Latin",
    [AKA__TR_RUSSIAN] = u"Russian-Latin/BGN",
    [AKA__TR_UKRAINIAN] = u"Ukrainian-Latin/BGN",
    [AKA__TR_BELARUSIAN] = u"Belarusian-Latin/BGN",
    [AKA__TR_SERBIAN] = u"Serbian-Latin/BGN",
    [AKA__TR_MACEDONIAN] = u"Macedonian-Latin/BGN",
    [AKA__TR_KAZAKH] = u"Kazakh-Latin/BGN",
    [AKA__TR_CYRILLIC] = u"Cyrillic-Latin",
    [AKA__TR_GREEK] = u"Greek-Latin/UNGEGN",
    [AKA__TR_ARABIC] = u"Arabic-Latin",
    [AKA__TR_PERSIAN] = u"Persian-Latin/BGN",
    [AKA__TR_HEBREW] = u"Hebrew-Latin",
    [AKA__TR_HAN_NAMES] = u"Han-Latin/Names",
    [AKA__TR_HAN] = u"Han-Latin",
    [AKA__TR_HANGUL] = u"Hangul-Latin",
    [AKA__TR_HIRAGANA] = u"Hiragana-Latin",
    [AKA__TR_KATAKANA] = u"Katakana-Latin",
    [AKA__TR_THAI] = u"Thai-Latin",
    [AKA__TR_DEVANAGARI] = u"Devanagari-Latin",
    [AKA__TR_GEORGIAN] = u"Georgian-Latin/BGN",
    [AKA__TR_ARMENIAN] = u"Armenian-Latin/BGN",
    [AKA__TR_AMHARIC] = u"Amharic-Latin/BGN",
    [AKA__TR_TRAD_SIMP] = u"Traditional-Simplified",
};

static pthread_key_t uctx_key;
static pthread_once_t uctx_once = PTHREAD_ONCE_INIT;
static int uctx_key_ok;

static void uctx_destroy(void *p)
{
    aka__uctx *c = p;
    if (!c)
        return;
    for (int i = 0; i < AKA__TR_COUNT; i++)
        if (c->tr[i])
            utrans_close(c->tr[i]);
    if (c->spoof)
        uspoof_close(c->spoof);
    for (int i = 0; i < AKA__UCTX_EXT_COUNT; i++)
        if (c->ext[i] && c->ext_free[i])
            c->ext_free[i](c->ext[i]);
    for (int i = 0; i < AKA__SCRATCH16_SLOTS; i++)
        aka__u16_free(&c->scratch[i]);
    free(c->slots);
    free(c->arena);
    free(c);
}

/* ICU compiles a transliterator's rules the first time the process opens
 * it and keeps the result for later opens (Han-Latin: 140 ms, then half a
 * millisecond). Threads that open the same one at once each compile it:
 * two threads reading Chinese names at start-up spent 280 ms of CPU where
 * 140 would do. Opens are therefore taken one at a time, so that a thread
 * finds the work of the one before it. The lock guards no data of ours; it
 * is held over fork() (atfork handlers) so that a child never inherits it
 * taken by a thread it does not have. */
static pthread_mutex_t open_mu = PTHREAD_MUTEX_INITIALIZER;

static void open_mu_lock(void)
{
    pthread_mutex_lock(&open_mu);
}

static void open_mu_unlock(void)
{
    pthread_mutex_unlock(&open_mu);
}

static void uctx_key_init(void)
{
    uctx_key_ok = pthread_key_create(&uctx_key, uctx_destroy) == 0;
    (void)pthread_atfork(open_mu_lock, open_mu_unlock, open_mu_unlock);
}

aka__uctx *aka__uctx_get(void)
{
    pthread_once(&uctx_once, uctx_key_init);
    if (!uctx_key_ok)
        return NULL;
    aka__uctx *c = pthread_getspecific(uctx_key);
    if (c)
        return c;
    c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (pthread_setspecific(uctx_key, c) != 0) {
        free(c);
        return NULL;
    }
    return c;
}

void aka__uctx_release(void)
{
    pthread_once(&uctx_once, uctx_key_init);
    if (!uctx_key_ok)
        return;
    aka__uctx *c = pthread_getspecific(uctx_key);
    if (c) {
        pthread_setspecific(uctx_key, NULL);
        uctx_destroy(c);
    }
}

/* Free the main thread's context when the library is unloaded or the
 * process exits normally, so that leak checkers see a clean heap. */
__attribute__((destructor)) static void uctx_at_exit(void)
{
    aka__uctx_release();
}

/* ---- UTF-16 buffers ---- */

aka_status aka__u16_reserve(aka__u16 *b, int32_t cap)
{
    if (cap <= b->cap)
        return AKA_OK;
    int32_t n = b->cap ? b->cap : 64;
    while (n < cap) {
        if (n > INT32_MAX / 2)
            return AKA_ERR_LIMIT;
        n *= 2;
    }
    UChar *p = realloc(b->p, (size_t)n * sizeof *p);
    if (!p)
        return AKA_ERR_NOMEM;
    b->p = p;
    b->cap = n;
    return AKA_OK;
}

aka_status aka__u16_from_utf8(aka__u16 *b, const char *s, size_t len)
{
    if (len > (size_t)INT32_MAX / 2)
        return AKA_ERR_LIMIT;
    /* UTF-16 never needs more code units than UTF-8 has bytes. */
    aka_status st = aka__u16_reserve(b, (int32_t)len + 1);
    if (st != AKA_OK)
        return st;
    UErrorCode e = U_ZERO_ERROR;
    u_strFromUTF8(b->p, b->cap, &b->len, s, (int32_t)len, &e);
    return U_FAILURE(e) ? AKA_ERR_INTERNAL : AKA_OK;
}

aka_status aka__u16_append_utf8(aka__sb *out, const UChar *s, int32_t len)
{
    /* Each UTF-16 unit becomes at most 3 UTF-8 bytes. */
    aka_status st = aka__sb_reserve(out, (size_t)len * 3 + 1);
    if (st != AKA_OK)
        return st;
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = 0;
    u_strToUTF8(out->p + out->len, (int32_t)(out->cap - out->len), &n, s, len,
                &e);
    if (U_FAILURE(e))
        return AKA_ERR_INTERNAL;
    out->len += (size_t)n;
    out->p[out->len] = '\0';
    return AKA_OK;
}

void aka__u16_free(aka__u16 *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

aka__confrev *aka__uctx_confrev(aka__uctx *c)
{
    return &c->confrev;
}

aka__u16 *aka__uctx_scratch16(aka__uctx *c, int slot)
{
    return &c->scratch[slot];
}

/* ---- ICU services ---- */

static UTransliterator *uctx_tr(aka__uctx *c, aka__tr id)
{
    if (c->tr[id] || c->tr_failed[id])
        return c->tr[id];
    UErrorCode e = U_ZERO_ERROR;
    open_mu_lock();
    c->tr[id] = utrans_openU(tr_ids[id], -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    open_mu_unlock();
    if (U_FAILURE(e)) {
        c->tr[id] = NULL;
        c->tr_failed[id] = 1;
    }
    return c->tr[id];
}

/* utrans over b, which may grow. */
static aka_status translit_icu(aka__uctx *c, UTransliterator *t, aka__u16 *b)
{
    /* Transliteration can lengthen text (one Han character becomes a
     * syllable); work on a copy so an overflow can be retried. */
    aka__u16 *save = &c->scratch[AKA__S16_TRSAVE];
    if (save == b)
        return AKA_ERR_INTERNAL;
    aka_status st = aka__u16_reserve(save, b->len);
    if (st != AKA_OK)
        return st;
    memcpy(save->p, b->p, (size_t)b->len * sizeof(UChar));
    save->len = b->len;
    int32_t want = b->len * 4 + 16;
    for (int attempt = 0; attempt < 6; attempt++) {
        st = aka__u16_reserve(b, want);
        if (st != AKA_OK)
            return st;
        memcpy(b->p, save->p, (size_t)save->len * sizeof(UChar));
        int32_t len = save->len, limit = save->len;
        UErrorCode e = U_ZERO_ERROR;
        utrans_transUChars(t, b->p, &len, b->cap, 0, &limit, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR) {
            want = b->cap * 2;
            continue;
        }
        if (U_FAILURE(e))
            return AKA_ERR_INTERNAL;
        b->len = len;
        return AKA_OK;
    }
    return AKA_ERR_LIMIT;
}

static int la_slot(UChar u)
{
    if (u >= AKA__LA_LO1 && u < AKA__LA_HI1)
        return (int)(u - AKA__LA_LO1);
    if (u >= AKA__LA_LO2 && u < AKA__LA_HI2)
        return (int)(AKA__LA_HI1 - AKA__LA_LO1 + (u - AKA__LA_LO2));
    return -1;
}

/* Before a table rewrites b in place into `len` units: b's text moved
 * to a scratch buffer, which is returned, and room for len in b. NULL
 * with *st AKA_OK when b is that scratch buffer itself (the caller then
 * leaves b to ICU), or with the error when memory ran out. */
static aka__u16 *rewrite_from(aka__uctx *c, aka__u16 *b, int32_t len,
                              aka_status *st)
{
    aka__u16 *save = &c->scratch[AKA__S16_TRSAVE];
    *st = AKA_OK;
    if (save == b)
        return NULL;
    if ((*st = aka__u16_reserve(save, b->len)) != AKA_OK ||
        (*st = aka__u16_reserve(b, len + 1)) != AKA_OK)
        return NULL;
    memcpy(save->p, b->p, (size_t)b->len * sizeof(UChar));
    save->len = b->len;
    return save;
}

/* "[:Latin:] Latin-ASCII" on b from the characters' outputs alone
 * (latin_table.h, from ICU at build time), without opening the transform
 * or ICU's rule matching (about 26,000 instructions a name). That is
 * exact because the transform works character by character: its only
 * rule with context drops nonspacing marks after a Latin letter (which
 * the characters of the table bring only in their own decomposition, and
 * marks of the text itself are not Latin, so outside the filter); the
 * other rules each rewrite one code point, and NFD/NFC compose nothing
 * across Latin letters without marks. 0: b holds a character not in the
 * table, and is left for ICU. */
static int latin_ascii_fast(aka__uctx *c, aka__u16 *b, aka_status *st)
{
    int32_t len = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar u = b->p[i];
        if (u < 0x80) {
            len++;
            continue;
        }
        int k = la_slot(u);
        if (k < 0 || aka__latin_ascii[k].n == AKA__LA_NONE)
            return 0;
        len += aka__latin_ascii[k].n - 1;
    }
    aka__u16 *save = rewrite_from(c, b, len, st);
    if (!save)
        return *st != AKA_OK;
    int32_t o = 0;
    for (int32_t i = 0; i < save->len; i++) {
        UChar u = save->p[i];
        if (u < 0x80) {
            b->p[o++] = u;
            continue;
        }
        const aka__la_entry *en = &aka__latin_ascii[la_slot(u)];
        for (int j = 0; j + 1 < en->n; j++)
            b->p[o++] = en->s[j];
    }
    b->len = o;
    *st = AKA_OK;
    return 1;
}

/* ---- Han from the generated table ---- */

/* The reading number of u, or 0 when u is not in the table. */
static unsigned han_entry(UChar u)
{
    if (u < AKA__HAN_LO || u >= AKA__HAN_HI)
        return 0;
    return aka__han_entry[u - AKA__HAN_LO];
}

static int han_pair_listed(const aka__han_pair *v, uint32_t n, UChar u,
                           UChar next)
{
    for (uint32_t k = 0; k < n; k++)
        if (v[k].cp == u && (v[k].next == 0 || v[k].next == next))
            return 1;
    return 0;
}

/* The Names reading of u (entry e) at the start of the text or later. */
static unsigned han_names_reading(UChar u, unsigned e, int first)
{
    if (!(e & AKA__HAN_NAMES))
        return e & AKA__HAN_READING;
    uint32_t lo = 0, hi = aka__han_nnames;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (aka__han_names[mid].cp < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == aka__han_nnames || aka__han_names[lo].cp != u)
        return 0; /* a table out of step with itself: leave it to ICU */
    return first ? aka__han_names[lo].first : aka__han_names[lo].later;
}

/* Han-Latin and Han-Latin/Names on text of Han characters alone, from
 * the readings ICU's transforms give each character (gen_han.c), so that
 * a Chinese name needs no compilation of those rules (about 120 ms, the
 * first time a process opens them). The transforms read such text
 * character by character, a space between readings; Names reads the
 * first character with its surname readings (解 xiè) and a few others
 * its own way anywhere. Text with anything else (separators, characters
 * outside the table, a pair a rule of context reads together: 重庆) is
 * left for ICU: 0, b unchanged. */
int aka__uctx_han_fast(aka__uctx *c, aka__tr id, aka__u16 *b, aka_status *st)
{
    int names = id == AKA__TR_HAN_NAMES;
    if ((!names && id != AKA__TR_HAN) || b->len == 0)
        return 0;
    int32_t len = b->len - 1; /* the spaces */
    for (int32_t i = 0; i < b->len; i++) {
        UChar u = b->p[i];
        unsigned e = han_entry(u);
        if (!(e & AKA__HAN_READING))
            return 0;
        UChar next = i + 1 < b->len ? b->p[i + 1] : 0;
        if (next && (e & AKA__HAN_CTX) &&
            han_pair_listed(aka__han_ctx, aka__han_nctx, u, next))
            return 0;
        if (next && names && (e & AKA__HAN_NCTX) &&
            han_pair_listed(aka__han_nctx_pairs, aka__han_nnctx, u, next))
            return 0;
        unsigned k = names ? han_names_reading(u, e, i == 0)
                           : (e & AKA__HAN_READING);
        if (!k)
            return 0;
        len += (int32_t)(aka__han_off[k + 1] - aka__han_off[k]);
    }
    aka__u16 *save = rewrite_from(c, b, len, st);
    if (!save)
        return *st != AKA_OK;
    int32_t o = 0;
    for (int32_t i = 0; i < save->len; i++) {
        UChar u = save->p[i];
        unsigned e = han_entry(u);
        unsigned k = names ? han_names_reading(u, e, i == 0)
                           : (e & AKA__HAN_READING);
        if (i)
            b->p[o++] = ' ';
        uint32_t n = aka__han_off[k + 1] - aka__han_off[k];
        memcpy(b->p + o, aka__han_pool + aka__han_off[k],
               n * sizeof(UChar));
        o += (int32_t)n;
    }
    b->len = o;
    *st = AKA_OK;
    return 1;
}

aka_status aka__uctx_translit(aka__uctx *c, aka__tr id, aka__u16 *b)
{
    aka_status st;
    if (aka__uctx_han_fast(c, id, b, &st))
        return st;
    if (id == AKA__TR_LATIN_ASCII && b->len && latin_ascii_fast(c, b, &st))
        return st;
    UTransliterator *t = uctx_tr(c, id);
    if (!t)
        return AKA_ERR_INTERNAL;
    if (b->len == 0)
        return AKA_OK;
    return translit_icu(c, t, b);
}

/* The Turkic alphabets pair İ with i and I with ı; case folding pairs I
 * with i, and writes İ as i and a combining dot above (i̇), which no one
 * typing the small letter writes: a value in capitals (İBRAHİM@, KILIÇ)
 * agreed with none in small letters. So İ folds to i, as the Turkic
 * folding has it, and ı to i, as its capital I does (a capital I cannot
 * say which of the two it is); and the dot above that a decomposed İ, or
 * a small i lowered from one by a tool that does not know the Turkic
 * letters, carries after its I or i goes (i has its dot). In place; b
 * only shrinks. */
static void fold_turkic_i(aka__u16 *b)
{
    int32_t o = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i];
        if (ch == 0x0307 && o > 0 && (b->p[o - 1] == 'i' || b->p[o - 1] == 'I'))
            continue;
        b->p[o++] = ch == 0x0130 || ch == 0x0131 ? (UChar)'i' : ch;
    }
    b->len = o;
}

aka_status aka__u16_normalize(aka__uctx *c, int casefold, aka__u16 *b)
{
    UErrorCode e = U_ZERO_ERROR;
    if (casefold)
        fold_turkic_i(b);
    const UNormalizer2 *n2 = casefold ? unorm2_getNFKCCasefoldInstance(&e)
                                      : unorm2_getNFKCInstance(&e);
    if (U_FAILURE(e))
        return AKA_ERR_INTERNAL;
    /* Most text is already normalised: skip the copy when ICU agrees. */
    e = U_ZERO_ERROR;
    int32_t done = unorm2_spanQuickCheckYes(n2, b->p, b->len, &e);
    if (U_SUCCESS(e) && done == b->len)
        return AKA_OK;
    aka__u16 *dst = &c->scratch[AKA__S16_FOLD_OUT];
    if (dst == b)
        return AKA_ERR_INTERNAL;
    /* NFKC_Casefold can expand (ligatures, U+FDFA); 4x plus slack covers
     * real text, and the overflow path covers the rest. */
    for (int32_t want = b->len * 4 + 16;; want *= 2) {
        aka_status st = aka__u16_reserve(dst, want);
        if (st != AKA_OK)
            return st;
        e = U_ZERO_ERROR;
        dst->len = unorm2_normalize(n2, b->p, b->len, dst->p, dst->cap, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (U_FAILURE(e))
            return AKA_ERR_INTERNAL;
        break;
    }
    aka_status st = aka__u16_reserve(b, dst->len + 1);
    if (st != AKA_OK)
        return st;
    memcpy(b->p, dst->p, (size_t)dst->len * sizeof(UChar));
    b->len = dst->len;
    return AKA_OK;
}

const USpoofChecker *aka__uctx_spoof(aka__uctx *c)
{
    if (c->spoof || c->spoof_failed)
        return c->spoof;
    UErrorCode e = U_ZERO_ERROR;
    c->spoof = uspoof_open(&e);
    if (U_FAILURE(e)) {
        c->spoof = NULL;
        c->spoof_failed = 1;
    }
    return c->spoof;
}

/* ---- Token cache ---- */

/* aka__hash's XXH3, inlined: keys are words of a few bytes, for which the
 * library call and XXH3's length dispatch cost as much as the hashing. */
static uint64_t cache_hash(unsigned ns, const char *key, size_t klen)
{
    uint64_t h = (uint64_t)XXH3_64bits_withSeed(key, klen,
                                                (XXH64_hash_t)(0x616b61u + ns));
    return h ? h : 1;
}

const char *aka__uctx_cache_get(aka__uctx *c, unsigned ns, const char *key,
                                size_t klen, size_t *vlen, unsigned *flags)
{
    if (!c->slots || klen > AKA__CACHE_MAX_ITEM)
        return NULL;
    uint64_t h = cache_hash(ns, key, klen);
    uint32_t mask = AKA__CACHE_SLOTS - 1;
    for (uint32_t i = (uint32_t)h & mask;; i = (i + 1) & mask) {
        cache_slot *s = &c->slots[i];
        if (s->hash == 0)
            return NULL;
        if (s->hash == h && s->klen == klen &&
            memcmp(c->arena + s->off, key, klen) == 0) {
            *vlen = s->vlen;
            *flags = s->flags;
            return c->arena + s->off + s->klen;
        }
    }
}

void aka__uctx_cache_put(aka__uctx *c, unsigned ns, const char *key,
                         size_t klen, const char *val, size_t vlen,
                         unsigned flags)
{
    if (klen > AKA__CACHE_MAX_ITEM || vlen > AKA__CACHE_MAX_ITEM)
        return;
    if (!c->slots) {
        /* Written at once (core/zalloc.h): probed before it is filled,
         * each page would map the zero page, then be copied on its first
         * write with an interrupt to flush the other cores' TLBs. That
         * was 4.4 % of a 100k bulk load's samples. */
        c->slots = aka__zalloc(AKA__CACHE_SLOTS * sizeof *c->slots, 1);
        c->arena = malloc(AKA__CACHE_ARENA);
        if (!c->slots || !c->arena) {
            free(c->slots);
            free(c->arena);
            c->slots = NULL;
            c->arena = NULL;
            return; /* caching is an optimisation: run without it */
        }
    }
    /* Keep the load factor under one half; empty everything when full. */
    if (c->nitems >= AKA__CACHE_SLOTS / 2 ||
        c->arena_used + klen + vlen > AKA__CACHE_ARENA) {
        memset(c->slots, 0, AKA__CACHE_SLOTS * sizeof *c->slots);
        c->arena_used = 0;
        c->nitems = 0;
    }
    uint64_t h = cache_hash(ns, key, klen);
    uint32_t mask = AKA__CACHE_SLOTS - 1;
    uint32_t i = (uint32_t)h & mask;
    while (c->slots[i].hash != 0) {
        cache_slot *s = &c->slots[i];
        if (s->hash == h && s->klen == klen &&
            memcmp(c->arena + s->off, key, klen) == 0)
            return; /* already present */
        i = (i + 1) & mask;
    }
    cache_slot *s = &c->slots[i];
    memcpy(c->arena + c->arena_used, key, klen);
    memcpy(c->arena + c->arena_used + klen, val, vlen);
    s->hash = h;
    s->off = c->arena_used;
    s->klen = (uint16_t)klen;
    s->vlen = (uint16_t)vlen;
    s->flags = flags;
    c->arena_used += (uint32_t)(klen + vlen);
    c->nitems++;
}

void *aka__uctx_ext(aka__uctx *c, int which, void *(*make)(void),
                    void (*drop)(void *))
{
    if (which < 0 || which >= AKA__UCTX_EXT_COUNT)
        return NULL;
    if (!c->ext[which]) {
        c->ext[which] = make();
        c->ext_free[which] = drop;
    }
    return c->ext[which];
}
