/* Malayalam names in the spelling Keralites write them in Latin letters
 * (കുമാർ "kumar", തോമസ് "thomas", ഉണ്ണികൃഷ്ണൻ "unnikrishnan"), letter by
 * letter with the inherent vowel; see malayalam.c for the rules and their
 * limits. Pure computation: no state, safe from any thread. */
#ifndef AKA_UNICODE_MALAYALAM_H
#define AKA_UNICODE_MALAYALAM_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Append the reading of the UTF-16 text p[0,len) to out as lower-case
 * ASCII: a run of Malayalam letters and signs as one token, ASCII letters
 * and digits (and Malayalam digits, as ASCII) kept in the token, anything
 * else separating tokens. A space is put first when out does not end in
 * one; signs with no sound make no token. Text in NFC or with the
 * two-part vowel signs ൊ ോ ൌ split; ZWJ and ZWNJ (the old way of writing
 * a chillu) are ignored. `tmp` is scratch, grown as needed. AKA_ERR_NOMEM
 * on allocation failure. */
aka_status aka__malayalam_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                                aka__sb *out);

#endif
