/* Romanisation of one word from any script into lower-case ASCII tokens.
 *
 * The pipeline per word: NFKC; homoglyph repair when Latin letters are
 * mixed with Cyrillic or Greek ones (a Latin name typed with a Cyrillic "о"
 * becomes all Latin, and the reverse for a Cyrillic name with Latin
 * look-alikes); case folding; transliteration chosen by the word's script
 * and, for Cyrillic and Arabic script, by the language hint of the whole
 * value; Latin-ASCII; lower-case; split into tokens at everything that is
 * not a letter or digit. */
#ifndef AKA_UNICODE_ROMANISE_H
#define AKA_UNICODE_ROMANISE_H

#include <stddef.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Which language a value's letters betray; selects the transliteration. */
enum aka__hint {
    AKA__HINT_NONE,
    AKA__HINT_UK, /* Ukrainian: і ї є ґ */
    AKA__HINT_BE, /* Belarusian: ў */
    AKA__HINT_SR, /* Serbian: ђ ћ (and ј љ њ џ without Macedonian letters) */
    AKA__HINT_MK, /* Macedonian: ѓ ќ ѕ */
    AKA__HINT_KK, /* Kazakh: ә ғ қ ң ө ұ ү һ */
    AKA__HINT_FA, /* Persian: پ چ ژ گ ک ی */
    AKA__HINT_JA, /* Japanese: any kana, so Han is not read as a Chinese name */
    AKA__HINT_KO, /* Korean: Hangul, so a Han family name is read as Korean */
    AKA__HINT_VI, /* Vietnamese: ơ ư and the toned vowels, so đ is d; or a
                   * word of Vietnamese names in Russian (Нгуен, Тхи), so
                   * a final нь is nh */
    AKA__HINT_COUNT
};

/* Scan a whole value (valid UTF-8) for language-marking letters. */
unsigned aka__rom_hint(const char *s, size_t len);

/* Mode bits for aka__rom_prepare/aka__rom_to_ascii. */
#define AKA__ROM_NAME 1u   /* a personal name: CJK names may be split */
#define AKA__ROM_SINGLE 2u /* this word is the whole name */

/* Whether an apostrophe in a Latin word, after `run` letters or digits of
 * its token and before a letter (`next_letter`), is dropped rather than
 * splitting the word. After one letter it marks an elided particle, a
 * word of its own (O'Brien, D'Angelo, N'Diaye); after more it marks a
 * soft sign, an ejective or a glottal stop inside one name
 * (Xač'atryan, Koval'enko, Sa'id), which other sources write without it. */
static inline int aka__rom_apostrophe_joins(size_t run, int next_letter)
{
    return run >= 2 && next_letter;
}

/* Uzbek Latin writes two letters with an apostrophe after o and g: oʻ
 * (Cyrillic ў, u in the Russian-based spellings: Toʻxtayeva, Тўхтаева,
 * Tukhtaeva) and gʻ (ғ: Gʻulom, Ғулом, Gulom). The letter the token's
 * last letter `prev` (lower case) becomes when the apostrophe c (an
 * apostrophe as names are typed, or the ʻ Uzbek prints) and a letter
 * follow it, so that the apostrophe is dropped and the word stays whole:
 * 'u' for o, 'g' for g; 0 when it is no Uzbek letter. Inside a word any
 * apostrophe reads so; at a word's start only ʻ, or an O of a word
 * written in mixed case before a small letter (`cased`: O'tkir), since
 * O'Brien and O'BRIEN are Irish. Ng' (Kikuyu Ng'ang'a) joins as before. */
static inline char aka__rom_uzbek(unsigned prev, unsigned c, size_t run, int cased,
                                  int next_letter)
{
    if (!next_letter || (prev != 'o' && prev != 'g'))
        return 0;
    if (prev == 'g')
        return 'g';
    return run >= 2 || c == 0x02BB || cased ? 'u' : 0;
}

/* Whether code point c is an apostrophe as names are typed: ' ’ ‘ ʼ ` ´
 * (of ASCII only ' and `). */
static inline int aka__rom_apostrophe(unsigned c)
{
    return c == 0x0027 || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
           c == 0x0060 || c == 0x00B4;
}

/* Whether code unit c is an ASCII letter. */
static inline int aka__rom_ascii_letter(unsigned c)
{
    return (c | 0x20u) >= 'a' && (c | 0x20u) <= 'z';
}

/* UTF-8 word -> b: NFKC, homoglyph repair, case folding. */
aka_status aka__rom_prepare(aka__uctx *c, const char *w, size_t n,
                            aka__u16 *b);

/* Prepared word b (modified) -> lower-case ASCII tokens appended to out,
 * separated by single spaces. */
aka_status aka__rom_to_ascii(aka__uctx *c, aka__u16 *b, unsigned hint,
                             unsigned mode, aka__sb *out);

#endif
