/* Thai words in the Royal Thai General System of Transcription (RTGS).
 *
 * ICU's Thai-Latin transliterates letter by letter (สมชาย "smchay"), far
 * from how Thai names are written in Latin (Somchai). This romaniser reads
 * the script syllable by syllable instead: leading vowels written before
 * their consonant, initial and final values of each consonant, the
 * unwritten vowel ("a" in open syllables, "o" in closed ones: สมชาย
 * "somchai"), clusters (ปร "pr"), ห and อ leading a sonorant (หลีก
 * "lik"), silent letters under ์ (ประยุทธ์ "prayut"), รร ("an"), final ย
 * and ว in diphthongs (ชาย "chai", ขาว "khao"). Tone marks are dropped.
 *
 * Syllable boundaries are guessed from the spelling alone, without a
 * dictionary, so Pali and Sanskrit compounds lose their unwritten linking
 * vowels (ชินวัตร "chinwat", RTGS "chinnawat") and some loanwords are read
 * as native words. Pure computation: no state, safe from any thread. */
#ifndef AKA_UNICODE_THAI_H
#define AKA_UNICODE_THAI_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

/* Append the RTGS reading of the UTF-16 text p[0,len) to out as lower-case
 * ASCII: the syllables of a run of Thai letters joined into one token,
 * ASCII letters and digits (and Thai digits, as ASCII) kept in the token,
 * anything else separating tokens. A space is put first when out does not
 * end in one. Text in NFC or NFKC (ำ may be decomposed). `tmp` is scratch,
 * grown as needed. AKA_ERR_NOMEM on allocation failure. */
aka_status aka__thai_rtgs(const UChar *p, int32_t len, aka__u16 *tmp,
                          aka__sb *out);

#endif
