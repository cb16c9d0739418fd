/* Korean names in Russian Cyrillic. Russian-speaking registers write
 * Korean names by the Kontsevich system and its customary variants (Ким
 * Ён Хо, Пак Чон Хи, Юн Сок Ёль, Шин Хён Чжун): the Koryo-saram of Russia
 * and Central Asia carry such names in their passports, and Russian
 * police and border agencies write South Korean visitors so. The
 * normaliser romanises them letter by letter ("kim yon kho", "pak chon
 * khi", "shin khen chzhun"), far from the spelling of a Korean passport
 * (Kim Young-ho, Park Chung-hee, Shin Hyun-jun). */
#ifndef AKA_MATCH_KONTSEVICH_H
#define AKA_MATCH_KONTSEVICH_H

#include <stddef.h>

/* 1 when the Latin token lat[0..nl), read as Korean syllables in Revised
 * Romanization, McCune-Reischauer without its marks or the customary
 * spellings (match/korean_latin.h), may be written in Russian Cyrillic as
 * the token cyr[0..nc) that the normaliser romanised: Young / Ён "yon",
 * Chung / Чон "chon", Hyun / Хён "khen", Geun / Кын "kyn", Seungho /
 * Сынхо "synkho". Both lower-case ASCII. Syllable by syllable: the
 * consonant that opens it (ㅈ j ч ch or чж chzh, ㅎ h х kh, ㄱ g or k к
 * or г ...), the vowel (ㅓ eo or u о, ㅡ eu ы y, ㅕ yeo ё yo, which
 * Russian passports write e after a consonant ...) and the one that
 * closes it (ㅇ ng н n). */
int aka__kontsevich_meets(const char *cyr, size_t nc, const char *lat, size_t nl);

#endif
