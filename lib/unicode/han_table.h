/* Readings of Han characters, generated at build time from ICU's own
 * Han-Latin and Han-Latin/Names transliterators (lib/unicode/gen/gen_han.c)
 * so that romanising a Chinese name needs no rule compilation at run time
 * (ICU spends about 120 ms compiling Han-Latin the first time a process
 * opens it). The table holds only what ICU does character by character;
 * unicode/uctx.c uses it for text made of table characters alone and asks
 * ICU for anything else. */
#ifndef AKA_UNICODE_HAN_TABLE_H
#define AKA_UNICODE_HAN_TABLE_H

#include <stdint.h>

#include <unicode/utypes.h>

/* The characters covered: the BMP's Han blocks from Extension A to the
 * end of the Unified Ideographs. */
#define AKA__HAN_LO 0x3400u
#define AKA__HAN_HI 0xA000u /* exclusive */

/* An entry of aka__han_entry: the low bits index aka__han_off (0: not in
 * the table, so the text goes to ICU), the flags say where more must be
 * looked up. */
#define AKA__HAN_READING 0x0FFFu
#define AKA__HAN_NAMES 0x1000u  /* Han-Latin/Names reads it differently */
#define AKA__HAN_CTX 0x2000u    /* a Han-Latin rule with right context */
#define AKA__HAN_NCTX 0x4000u   /* a Han-Latin/Names rule with right context */

/* Han-Latin's reading of each character alone, by code point - AKA__HAN_LO */
extern const uint16_t aka__han_entry[AKA__HAN_HI - AKA__HAN_LO];

/* Reading k is aka__han_pool[aka__han_off[k] .. aka__han_off[k + 1]). */
extern const uint16_t aka__han_off[];
extern const UChar aka__han_pool[];

/* Han-Latin/Names differs from Han-Latin on these characters: `first` is
 * its reading at the start of a run of Han, `later` elsewhere (reading
 * numbers as above). Sorted by code point. */
typedef struct aka__han_name {
    uint16_t cp, first, later;
} aka__han_name;
extern const aka__han_name aka__han_names[];
extern const uint32_t aka__han_nnames;

/* Right-context rules: `cp` followed by `next` is read another way (0 as
 * `next`: whatever follows), so such text goes to ICU. ctx for Han-Latin
 * (which Names also applies), nctx for Names alone. */
typedef struct aka__han_pair {
    uint16_t cp, next;
} aka__han_pair;
extern const aka__han_pair aka__han_ctx[];
extern const uint32_t aka__han_nctx;
extern const aka__han_pair aka__han_nctx_pairs[];
extern const uint32_t aka__han_nnctx;

#endif
