/* Western names written phonetically in Chinese characters, Japanese
 * katakana and Korean Hangul, heard back in Latin letters.
 *
 * The normaliser romanises such a name by the script's own rules: 谢里丹
 * (Sheridan) is Pinyin "xie lidan", ジョージ・ワシントン "joji washinton",
 * 블라디미르 "beulradimireu". Each script transcribes a foreign name by
 * conventions of its own: Chinese picks a character per syllable (斯 si
 * for a bare s, 克 ke for k, 尔 er for r), Japanese and Korean put a
 * vowel after a consonant that has none (u, o after t and d in Japanese;
 * eu in Korean). The functions below undo those conventions, writing
 * what the romanised token sounds like as a foreign name, in lower-case
 * Latin letters meant for aka__rkey; aka__latin_heard writes what a
 * Latin name sounds like to the ear those scripts transcribe (no r
 * before a consonant, no silent final e, c as k or s).
 *
 * Each returns the length written to out (NUL-terminated, at most
 * AKA__KEY_MAX bytes), or 0 when the token is not of that kind (a token
 * that does not read as Pinyin syllables, for aka__han_heard). */
#ifndef AKA_MATCH_FOREIGN_H
#define AKA_MATCH_FOREIGN_H

#include <stddef.h>

#include "match/keys.h"

size_t aka__han_heard(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);
/* older: read チ chi as ti and ジ ji as di, as katakana wrote them before
 * ティ and ディ (プーチン Putin, ウラジーミル Vladimir) */
size_t aka__kana_heard(const char *tok, size_t n, int older,
                       char out[AKA__KEY_MAX + 1]);
size_t aka__hangul_heard(const char *tok, size_t n,
                         char out[AKA__KEY_MAX + 1]);
size_t aka__latin_heard(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);
/* aka__latin_heard with every r said, as katakana writes the names of
 * languages that say it (ヴィクトル Victor, サルトル Sartre, ゲアハルト
 * Gerhard), where English drops it before a consonant and at the end. */
size_t aka__latin_heard_rhotic(const char *tok, size_t n,
                               char out[AKA__KEY_MAX + 1]);

/* What a Latin token sounds like read as French, which the other
 * scripts transcribe as said (Monet Моне モネ, Claude Клод, Charles Шарль,
 * Rousseau Руссо, Jacques Жак): its silent final letters and initial h
 * left out, its vowel digraphs (au, eau, oi, ai) and ch, qu, j, soft g
 * and c as said. `how`: AKA__FRENCH_YU writes its u (after a consonant
 * or first) as the yu that Cyrillic and katakana write for it (Dumas
 * Дюма, Camus カミュ, Hugo ユーゴー); AKA__FRENCH_J its j and soft g as
 * the j of katakana and Hangul (ジャック Jacques), else as zh (Жак). 0 when
 * no rule of silent letters or digraphs applies to the token. */
#define AKA__FRENCH_YU 1u
#define AKA__FRENCH_J 2u
size_t aka__french_heard(const char *tok, size_t n, unsigned how,
                         char out[AKA__KEY_MAX + 1]);

struct aka__nameform;
/* Sets unit.heard and unit.hlen of every unit of one or two tokens of
 * f from its script facts (cjkmask, latin): aka__latin_heard for a name
 * in Latin letters; for a name written only in Hangul, only in kana
 * (with or without Han) or only in Han, that script's reading; keyed by
 * aka__rkey. Other units get hlen 0. */
void aka__foreign_hear_units(struct aka__nameform *f);

#endif
