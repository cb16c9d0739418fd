/* Sinhala words in the spelling Sri Lankans write their names in Latin
 * letters (සිරිසේන "sirisena", වීරසිංහ "wirasinghe", ආරච්චිගේ
 * "arachchige"), letter by letter with the inherent vowel; see sinhala.c
 * for the rules and their limits. Pure computation: no state, safe from
 * any thread. */
#ifndef AKA_UNICODE_SINHALA_H
#define AKA_UNICODE_SINHALA_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Append the reading of the UTF-16 text p[0,len) to out as lower-case
 * ASCII: a run of Sinhala letters and signs as one token, ASCII letters
 * and digits (and Sinhala Lith digits, as ASCII) kept in the token,
 * anything else separating tokens. A space is put first when out does not
 * end in one; signs with no sound make no token. `tmp` is scratch, grown
 * as needed. AKA_ERR_NOMEM on allocation failure. */
aka_status aka__sinhala_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                              aka__sb *out);

#endif
