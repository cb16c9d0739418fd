/* Khmer words in the popular romanisation of Cambodian passports and the
 * press (ហ៊ុន សែន "hun sen", សុខ "sok", កែវ "keo"), read syllable by
 * syllable from the two consonant series; see khmer.c for the rules and
 * their limits. Pure computation: no state, safe from any thread. */
#ifndef AKA_UNICODE_KHMER_H
#define AKA_UNICODE_KHMER_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Append the popular reading of the UTF-16 text p[0,len) to out as
 * lower-case ASCII: the syllables of a run of Khmer letters joined into one
 * token, ASCII letters and digits (and Khmer digits, as ASCII) kept in the
 * token, anything else separating tokens. A space is put first when out
 * does not end in one; signs with no sound make no token. Text in NFC or
 * NFKC. `tmp` is scratch, grown as needed. AKA_ERR_NOMEM on allocation
 * failure. */
aka_status aka__khmer_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                            aka__sb *out);

#endif
