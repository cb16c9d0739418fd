/* Chinese names in Japanese katakana, as Japanese records write a Chinese
 * national's name beside or in place of its characters: 王伟 ワン・ウェイ,
 * 张伟 チャン・ウェイ, 周美玲 ジョウ・メイリン. The normaliser romanises the
 * katakana by Hepburn ("wan uei", "jou meirin") and the Han by Pinyin
 * ("wang wei", "zhou meiling"): katakana has no final ng, no l, no zh, q or
 * x, and writes the initials of Pinyin's three series (j q x, zh ch sh, z
 * c s) with the few it has, so that Zhang and Jiang are both ジャン or
 * チャン. The test is loose to match: it says the katakana may be that
 * Pinyin, not that it is. */
#ifndef AKA_MATCH_KANA_MANDARIN_H
#define AKA_MATCH_KANA_MANDARIN_H

#include <stddef.h>

/* 1 when the token kana[0..nk) (katakana as the normaliser romanises it)
 * and the Pinyin token pin[0..np) (lower-case, without tones) read to one
 * key of three letters or more: consonants by the class katakana writes
 * them with (j q zh ch z c and ts, ji, chi; x sh s; l r; b p; d t; g k;
 * h f), a final ng as n, w and y as the vowels u and i, the i glide after
 * a sibilant dropped (xiao シャオ), doubled letters (long vowels) once;
 * else 0. */
int aka__mandarin_kana_meets(const char *kana, size_t nk, const char *pin, size_t np);

#endif
