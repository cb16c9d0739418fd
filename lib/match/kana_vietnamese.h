/* Vietnamese names in Japanese katakana, as Japanese police, immigration
 * offices, employers of technical interns and NGOs write them beside the
 * passport's Latin spelling: グエン・ヴァン・アン for Nguyễn Văn An, チャン・
 * ティ・フオン for Trần Thị Hương. The normaliser romanises the katakana by
 * Hepburn ("guen vuan an", "chan ti fuon"), which shares few keys with
 * the passport's spelling: katakana has no ng, tr, th or final ng and nh,
 * writes h before u as f, l as r, v as b or vu, d and gi as z, and puts a
 * vowel after a final consonant (ナム namu, フック fukku). */
#ifndef AKA_MATCH_KANA_VIETNAMESE_H
#define AKA_MATCH_KANA_VIETNAMESE_H

#include <stddef.h>

/* 1 when the token kana[0..nk), katakana romanised by the normaliser, and
 * the Latin token lat[0..nl), a Vietnamese syllable without its marks,
 * are one syllable as katakana hears it: both read to the same key, of
 * two letters at least; -1 when both read to keys of two letters or more
 * that differ (トゥー Thu is no Thuy); 0 when either reads to none (the
 * Latin token is no syllable of Vietnamese). Both lower-case ASCII. */
int aka__vietnamese_kana_meets(const char *kana, size_t nk, const char *lat, size_t nl);

#endif
