/* Korean family names written in hanja.
 *
 * A Korean name may write its family name in hanja and the given name in
 * Hangul (金 서준, 李하은). ICU reads every Han character as Mandarin, so 金
 * became "jin" and 朴 "pu", which never meet Gim, Kim, Bak or Park. In a
 * name that has Hangul, a Han word that is a family name of this table is
 * read as the Hangul syllables Koreans say it with (金 김, 朴 박, 南宮 남궁)
 * and romanised as Hangul is.
 *
 * The table holds about 120 common family names and the compound ones,
 * each in its traditional form and, where it differs, the simplified one;
 * a rarer family name is read as before. Written here
 * from public knowledge of Korean surnames. Lookups are binary searches
 * over constant data. */
#ifndef AKA_UNICODE_KO_NAMES_H
#define AKA_UNICODE_KO_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/utypes.h>

/* Whether cp is a Hangul syllable (U+AC00..U+D7A3): text in Korean. */
static inline int aka__hangul_syllable(uint32_t cp)
{
    return cp >= 0xAC00 && cp <= 0xD7A3;
}

/* The Hangul of the family name that starts s[0,n) (one hanja, or two for
 * a compound name, which is tried first), written to out[0..2) with its
 * length; 0 when s starts with no family name of the table. */
int32_t aka__ko_surname(const UChar *s, int32_t n, UChar out[2]);

/* The Sino-Korean readings (unicode/korean_table.c, generated from the
 * Unicode Han Database): for each character of U+4E00..U+9FFF its Hangul
 * syllable, 0 for none. */
#define AKA__KO_LO 0x4E00
#define AKA__KO_HI 0xA000
extern const uint16_t aka__ko_reading[AKA__KO_HI - AKA__KO_LO];

/* Bytes of aka__korean_name's reading at most: five syllables of UTF-8. */
#define AKA__KO_NAME_MAX 15

/* A name written in Han characters alone (spaces and middle dots between
 * them allowed), two to five of them, that opens with a Korean family name
 * of the table, read as Koreans say it: the family name's Hangul, then
 * each given-name character's Sino-Korean syllable, the first of them as
 * it opens a word in the South (the initial-sound rule: 龍 룡 is 용, 麗 려
 * is 여, 寧 녕 is 영), written to out as UTF-8 Hangul without spaces:
 * 金正恩 gives 김정은, 朴志勋 박지훈. Records in China and Japan write a
 * Korean's name so; the romanisation reads Han as Mandarin (jin zhengen),
 * which no Korean spelling meets. Returns the reading's length, 0 when the
 * text is no such name or a character has no reading. */
size_t aka__korean_name(const char *s, size_t n, char out[AKA__KO_NAME_MAX]);

/* For the tests: whether both tables are sorted as the lookups assume. */
int aka__ko_tables_sorted(void);

#endif
