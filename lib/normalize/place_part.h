/* Chinese and Korean addresses and places of birth run their parts
 * together with the words that say what each part is: 福建省福州市 is
 * Fuzhou, a city (市) of Fujian, a province (省); 서울특별시 is Seoul, a
 * special city. Read as one word they romanise as "fujianshengfuzhoushi"
 * and "seoulteukbyeolsi", which no "Fuzhou" or "Seoul" meets. */
#ifndef AKA_NORMALIZE_PLACE_PART_H
#define AKA_NORMALIZE_PLACE_PART_H

#include <stddef.h>

/* Of the word in[start..end) of free text (not ASCII), where its first
 * part ends: before the first of 省 市 县 縣 区 區 that follows another Han
 * character (州 and 镇 are left: they end the names of cities themselves,
 * 广州, 景德镇), or, in a word of Hangul syllables alone, before a final
 * 특별시 광역시 특별자치시 특별자치도 시 도 군 구 that leaves two syllables
 * or more (대구 stays). *skip is the length in bytes of that word for a
 * kind of place, which the reader drops; end and 0 when there is none. */
size_t aka__place_part_end(const char *in, size_t start, size_t end, size_t *skip);

#endif
