/* Chinese names in Russian Cyrillic, as Russian-speaking police and
 * border agencies write them: the Palladius system (Ли Сяолун, Ван Сюэмэй,
 * Чжан Вэй), which the normaliser romanises letter by letter ("li
 * syaolun", "van syuemey", "chzhan vey") far from the Pinyin of the
 * passport (Li Xiaolong, Wang Xuemei, Zhang Wei). */
#ifndef AKA_MATCH_PALLADIUS_H
#define AKA_MATCH_PALLADIUS_H

#include <stddef.h>

/* 1 when the Latin token pin[0..np) read as Pinyin syllables (one or
 * more: "xiaolong") and written in Palladius Cyrillic, romanised as the
 * normaliser romanises Russian, is the token cyr[0..nc) read from
 * Cyrillic. Both lower-case ASCII. */
int aka__palladius_meets(const char *cyr, size_t nc, const char *pin, size_t np);

#endif
