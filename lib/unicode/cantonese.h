/* Cantonese readings of Chinese names, spelled as Hong Kong and Macau
 * write them on identity cards and passports (the Hong Kong Government's
 * customary romanisation: 陳 Chan, 張 Cheung, 楊 Yeung, 黃 Wong, 梁 Leung,
 * 徐 Tsui, 謝 Tse, 吳 Ng, 潘 Poon, 孫 Suen). Romanising Han by Mandarin
 * alone keeps 楊欣小 (yang xinxiao) apart from its bearer's passport
 * spelling, Yeung Yan Siu. */
#ifndef AKA_UNICODE_CANTONESE_H
#define AKA_UNICODE_CANTONESE_H

#include <stddef.h>
#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"

#define AKA__YUE_LO 0x4E00
#define AKA__YUE_HI 0xA000

/* The generated table (cantonese_table.c): syllables in Jyutping without
 * tone, and for each character of the block the index of its first
 * reading (0: none). */
extern const char *const aka__yue_syllables[];
extern const uint16_t aka__yue_reading[AKA__YUE_HI - AKA__YUE_LO];

/* The Jyutping syllable `jp` (tone dropped) in the Hong Kong spelling,
 * written to out (NUL-terminated, at most 8 bytes); returns its length. */
size_t aka__yue_hk_spelling(const char *jp, char out[9]);

/* The Cantonese reading of a name written in Han characters alone (white
 * space and the middle dots between them allowed), one lower-case token
 * a character, appended to out with a space between tokens: 楊欣小 gives
 * "yeung yan siu". Returns 1 when read, 0 when the text holds anything
 * else or a character without a reading (out unchanged), or -1 when
 * memory runs out. */
int aka__cantonese_name(const char *s, size_t n, aka__sb *out);

#endif
