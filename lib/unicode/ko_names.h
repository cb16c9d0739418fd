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

#include <stdint.h>

#include <unicode/utypes.h>

/* The Hangul of the family name that starts s[0,n) (one hanja, or two for
 * a compound name, which is tried first), written to out[0..2) with its
 * length; 0 when s starts with no family name of the table. */
int32_t aka__ko_surname(const UChar *s, int32_t n, UChar out[2]);

/* For the tests: whether both tables are sorted as the lookups assume. */
int aka__ko_tables_sorted(void);

#endif
