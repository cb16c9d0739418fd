/* Burmese (Myanmar script) words as names are spelled in Latin.
 *
 * ICU's Myanmar-Latin spells letters (မြင့် "myang", အောင် "aaung"), so a
 * name never meets the spelling of its bearer's passport (Myint, Aung).
 * This romaniser reads the script one syllable at a time in the popular
 * spelling of names instead (myanmar.c says how and where it falls short),
 * and writes every syllable as a token of its own: Burmese runs the
 * syllables of a name together, Latin spellings mostly part them
 * (အောင်ဆန်းစုကြည် "aung san su kyi"), and the name matcher joins
 * tokens where one side wrote them together (Thida, Yadanar). Pure
 * computation: no state, safe from any thread. */
#ifndef AKA_UNICODE_MYANMAR_H
#define AKA_UNICODE_MYANMAR_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Append the reading of the UTF-16 text p[0,len) to out as lower-case
 * ASCII: each Burmese syllable a token of its own; ASCII letters and
 * digits (and Myanmar and Shan digits, as ASCII) kept together in tokens
 * of their own; anything else separating tokens. A space is put first
 * when out does not end in one. Signs with no sound of their own produce
 * no token. Text in NFC or NFKC. `tmp` is scratch, grown as needed.
 * AKA_ERR_NOMEM on allocation failure. */
aka_status aka__myanmar_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                              aka__sb *out);

#endif
