/* The per-thread Unicode context: ICU service objects and the token cache.
 *
 * ICU transliterators and spoof checkers are not safe to share between
 * threads while in use, and opening them costs milliseconds, so each thread
 * that calls into libaka lazily opens its own and keeps them until the
 * thread exits. Nothing here is shared between threads, so libaka keeps no
 * global mutable state: the only process-wide object is the immutable
 * pthread key that finds a thread's context. */
#ifndef AKA_UNICODE_UCTX_H
#define AKA_UNICODE_UCTX_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/utrans.h>
#include <unicode/uspoof.h>

#include "aka.h"
#include "core/strbuf.h"

typedef struct aka__uctx aka__uctx;

/* The transliterators libaka uses, opened on first use per thread. */
typedef enum aka__tr {
    AKA__TR_LATIN_ASCII, /* [:Latin:] Latin-ASCII: strips diacritics */
    AKA__TR_ANY_LATIN,
    AKA__TR_RUSSIAN,
    AKA__TR_UKRAINIAN,
    AKA__TR_BELARUSIAN,
    AKA__TR_SERBIAN,
    AKA__TR_MACEDONIAN,
    AKA__TR_KAZAKH,
    AKA__TR_CYRILLIC,
    AKA__TR_GREEK,
    AKA__TR_ARABIC,
    AKA__TR_PERSIAN,
    AKA__TR_HEBREW,
    AKA__TR_HAN_NAMES,
    AKA__TR_HAN,
    AKA__TR_HANGUL,
    AKA__TR_HIRAGANA,
    AKA__TR_KATAKANA,
    AKA__TR_THAI,
    AKA__TR_DEVANAGARI,
    AKA__TR_GEORGIAN,
    AKA__TR_ARMENIAN,
    AKA__TR_AMHARIC,
    AKA__TR_TRAD_SIMP, /* Traditional-Simplified Han, for native comparison */
    AKA__TR_COUNT
} aka__tr;

/* The calling thread's context, created on first use. NULL only when memory
 * is exhausted. */
aka__uctx *aka__uctx_get(void);

/* A UTF-16 working buffer that ICU calls read and write in place. */
typedef struct aka__u16 {
    UChar *p;
    int32_t len;
    int32_t cap;
} aka__u16;

aka_status aka__u16_reserve(aka__u16 *b, int32_t cap);
aka_status aka__u16_from_utf8(aka__u16 *b, const char *s, size_t len);
aka_status aka__u16_append_utf8(aka__sb *out, const UChar *s, int32_t len);
void aka__u16_free(aka__u16 *b);

/* Apply transliterator `id` to b in place. AKA_ERR_INTERNAL when ICU
 * cannot open or run it. */
aka_status aka__uctx_translit(aka__uctx *c, aka__tr id, aka__u16 *b);

/* What aka__uctx_translit does first for AKA__TR_HAN and AKA__TR_HAN_NAMES:
 * romanise text of Han characters alone from the build-time table of
 * ICU's readings, without opening the transliterator. 1 when it did (*st
 * says how it went), 0 when the text is left for ICU (b unchanged). */
int aka__uctx_han_fast(aka__uctx *c, aka__tr id, aka__u16 *b, aka_status *st);

/* The thread's spoof checker (UTS #39 skeletons), or NULL when ICU fails. */
const USpoofChecker *aka__uctx_spoof(aka__uctx *c);

/* Reverse homoglyph maps (ASCII letter -> look-alike Cyrillic or Greek
 * letter), built per thread on first use by the confusable repair. */
typedef struct aka__confrev {
    uint16_t cyr[128];
    uint16_t grk[128];
    int built;
} aka__confrev;

aka__confrev *aka__uctx_confrev(aka__uctx *c);

/* Scratch buffers owned by the context, reused across calls so that the
 * hot path does not allocate. Callers must not hold them across calls that
 * may use the same slot. */
aka__u16 *aka__uctx_scratch16(aka__uctx *c, int slot);
enum {
    AKA__S16_FOLD_IN,  /* aka__u_casefold input */
    AKA__S16_FOLD_OUT, /* normaliser output before it is copied back */
    AKA__S16_TRSAVE,   /* aka__uctx_translit's retry copy */
    AKA__S16_WORK,     /* romanisation of one word */
    AKA__S16_WORK2,    /* romanisation: a second piece of the same word */
    AKA__SCRATCH16_SLOTS
};

/* Apply an ICU normaliser (NFKC or NFKC_Casefold) to b in place. */
aka_status aka__u16_normalize(aka__uctx *c, int casefold, aka__u16 *b);

/* ---- Token cache ----
 * Maps (namespace, key bytes) to (value bytes, flags). Bounded: when full
 * it is emptied and refilled, which keeps the cost per lookup constant and
 * the memory per thread under about 8 MiB. */
/* The cache's namespaces: one per kind of entry, so that the same bytes
 * cached by two stages never meet. The normaliser's romanised words use
 * mode | hint << 4, below AKA__NS_FIRST; the others are listed here, in
 * one place, so that no two share a value. */
enum {
    AKA__NS_FIRST = 0x1000u,
    AKA__NS_CJK_SIGNATURE = 0x1000u, /* match/nameform.c */
    AKA__NS_KEYFOLD = 0x3000u,       /* unicode/fold.c: non-ASCII keys */
    AKA__NS_TOKEN_KEYS = 0x4000u,    /* index/index.c: blocking keys */
    AKA__NS_COUNTRY = 0x5000u,       /* normalize/country.c */
    AKA__NS_GENDER = 0x5100u         /* normalize/gender.c */
};

const char *aka__uctx_cache_get(aka__uctx *c, unsigned ns, const char *key,
                                size_t klen, size_t *vlen, unsigned *flags);
void aka__uctx_cache_put(aka__uctx *c, unsigned ns, const char *key,
                         size_t klen, const char *val, size_t vlen,
                         unsigned flags);

/* A cache of a later stage kept with the thread's context: made by
 * make() on first use (NULL when it cannot be: asked again next time)
 * and freed by drop() with the context. */
enum { AKA__UCTX_EXT_UNITS, AKA__UCTX_EXT_COUNT };
void *aka__uctx_ext(aka__uctx *c, int which, void *(*make)(void),
                    void (*drop)(void *));

/* Free the calling thread's context now (it is otherwise freed when the
 * thread exits). Used by tests and the library destructor. */
void aka__uctx_release(void);

#endif
