/* Tamil names in the Latin spelling of Sri Lankan and Indian passports
 * (முருகன் "murugan", அழகு "azhagu", சுந்தரம் "sundaram"), a stop read
 * by its place in the word; see tamil.c for the rules and their limits.
 * Pure computation: no state, safe from any thread. */
#ifndef AKA_UNICODE_TAMIL_H
#define AKA_UNICODE_TAMIL_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Append the reading of the UTF-16 text p[0,len) to out as lower-case
 * ASCII: a run of Tamil letters read as one token, ASCII letters and
 * digits (and Tamil digits, as ASCII) kept in the token, anything else
 * (unassigned points of the Tamil block, its number and calendar signs
 * too) separating tokens. A space is put first when out does not end in
 * one; signs with no sound make no token. Text in NFC or NFKC, or with the
 * two-part vowel signs ொ ோ ௌ (and ஔ) decomposed; ZWJ and ZWNJ inside a
 * word are ignored. `tmp` is scratch, grown as needed. AKA_ERR_NOMEM on
 * allocation failure. */
aka_status aka__tamil_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                            aka__sb *out);

#endif
