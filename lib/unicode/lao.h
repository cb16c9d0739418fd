/* Lao words in the romanisation of Lao passports and the press
 * (ສົມພອນ "somphone", ບຸນມີ "bounmy", ສີສະຫວາດ "sisavath"), read
 * syllable by syllable; see lao.c for the rules and their limits. Pure
 * computation: no state, safe from any thread. */
#ifndef AKA_UNICODE_LAO_H
#define AKA_UNICODE_LAO_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Append the reading of the UTF-16 text p[0,len) to out as lower-case
 * ASCII: the syllables of a run of Lao letters joined into one token,
 * ASCII letters and digits (and Lao digits, as ASCII) kept in the token,
 * anything else (unassigned points of the Lao block too) separating
 * tokens. A space is put first when out does not end in one; signs with
 * no sound make no token. Text in NFC or NFKC (ຳ, ໜ and ໝ may be
 * decomposed). `tmp` is scratch, grown as needed. AKA_ERR_NOMEM on
 * allocation failure. */
aka_status aka__lao_latin(const UChar *p, int32_t len, aka__u16 *tmp,
                          aka__sb *out);

#endif
