/* Chinese addresses and places of birth run their parts together with the
 * words that say what each part is: 福建省福州市 is Fuzhou, a city (市) of
 * Fujian, a province (省). Read as one word they romanise as
 * "fujianshengfuzhoushi", which no "Fuzhou" meets. */
#ifndef AKA_NORMALIZE_HAN_PLACE_H
#define AKA_NORMALIZE_HAN_PLACE_H

#include <stddef.h>
#include <string.h>

#include "core/strbuf.h"

/* Whether in[0..len) may hold one of the words aka__han_place_split
 * reads: all are three bytes led by E5 or E7, which most values lack. */
static inline int aka__han_place_maybe(const char *in, size_t len)
{
    return len && (memchr(in, 0xE5, len) || memchr(in, 0xE7, len));
}

/* Writes in[0..len) to *out with each of 省 市 县 縣 区 區 that follows
 * another Han character replaced by a space, and returns 1; returns 0,
 * writing nothing, when there is none, and -1 when out of memory. (州 and
 * 镇 are left: they end the names of cities themselves, 广州, 景德镇.) */
int aka__han_place_split(const char *in, size_t len, aka__sb *out);

#endif
