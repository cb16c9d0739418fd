/* Chinese and Vietnamese names in Russian Cyrillic, as Russian-speaking
 * police and border agencies write them: the Palladius system for Chinese
 * (Ли Сяолун, Ван Сюэмэй, Чжан Вэй) and Russian's for Vietnamese (Чан Тхи
 * Хоа), which the normaliser romanises letter by letter ("li syaolun",
 * "van syuemey", "chzhan vey", "chan tkhi khoa") far from the spelling of
 * the passport (Li Xiaolong, Wang Xuemei, Zhang Wei, Tran Thi Hoa). */
#ifndef AKA_MATCH_PALLADIUS_H
#define AKA_MATCH_PALLADIUS_H

#include <stddef.h>

/* 1 when the Latin token pin[0..np) read as Pinyin syllables (one or
 * more: "xiaolong") and written in Palladius Cyrillic, romanised as the
 * normaliser romanises Russian, is the token cyr[0..nc) read from
 * Cyrillic. Both lower-case ASCII. */
int aka__palladius_meets(const char *cyr, size_t nc, const char *pin, size_t np);

/* 1 when the Latin token lat[0..nl), a Vietnamese syllable, written as
 * Russian writes Vietnamese names (tr ч, th тх, h х, ph ф, d and gi з, x
 * с, s ш, nh нь, kh кх, qu ку; the rest letter for letter, a final nh
 * нь; an initial c or ch is not read) and
 * romanised as the normaliser romanises Russian, is the token cyr[0..nc)
 * read from Cyrillic: Чан Тхи Хоа "chan tkhi khoa" / Tran Thi Hoa. */
int aka__vietnamese_russian_meets(const char *cyr, size_t nc, const char *lat, size_t nl);

#endif
