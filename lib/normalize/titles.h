/* Titles, honorifics and generational suffixes that precede or follow a
 * name but are not part of it. */
#ifndef AKA_NORMALIZE_TITLES_H
#define AKA_NORMALIZE_TITLES_H

#include <stddef.h>

#define AKA__WORD_TITLE 1u  /* may be dropped before a name */
#define AKA__WORD_SUFFIX 2u /* may be dropped after a name */
/* may be dropped before a title, or two of them before a name */
#define AKA__WORD_PRETITLE 4u
/* A title that is a given name too (Prince, Princess, King, Queen: common
 * names in Nigeria, Ghana and the Philippines): dropped only right after
 * a royal style (AKA__WORD_ROYAL: "HRH Prince Charles", "Her Majesty
 * Queen Elizabeth"), kept as a name elsewhere ("Princess dela Cruz",
 * "Mrs Princess Okafor"). */
#define AKA__WORD_NAMELIKE 8u
#define AKA__WORD_ROYAL 16u
/* A title that is a family name too (Sheikh, Shaikh, শেখ, शेख: family
 * names of Pakistan, India and Bangladesh, which records write first,
 * "SHEIKH Asif", "Sheikh Khatun"): a title only before two names or more
 * ("Sheikh Mohammed bin Rashid"); before one it is the family name, and
 * dropping it would leave a given name alone; so it states its sex only
 * there. */
#define AKA__WORD_SURNAMELIKE 32u

/* Flags for one word given in NFKC case-folded UTF-8 without dots. */
unsigned aka__title_flags(const char *folded, size_t len);

/* The sex a title states, for a word as aka__title_flags takes it: 'M'
 * (Mr., Herr, Sheikh, מר), 'F' (Mrs., Frau, Sheikha, גברת), or 0 for a
 * title that states none and for a word that is no title. */
char aka__title_sex(const char *folded, size_t len);

/* Bytes of a title that opens the UTF-8 word w without a space, as Thai
 * writes นาย, นางสาว or คุณ onto the given name, when a name follows it
 * in the word; 0 otherwise. */
size_t aka__title_prefix_len(const char *w, size_t n);

/* The full form of a title that opens the UTF-8 text w abbreviated with
 * dots, as Thai records write น.ส. for นางสาว (Miss), and in *used the
 * bytes of the abbreviation; NULL when there is none. */
const char *aka__title_abbrev(const char *w, size_t n, size_t *used);

/* Bytes of an honorific that ends the UTF-8 word w without a space
 * (田中さん, 王伟先生, 이지은님), when a name is left before it; 0 otherwise. */
size_t aka__honorific_suffix_len(const char *w, size_t n);

/* Whether the UTF-8 word w is one such honorific by itself (田中 さん). */
int aka__is_honorific(const char *w, size_t n);

/* The generation a mark after a name states, for a lower-case ASCII word
 * w[0..n): 'J' a son named after his father (Jr., Jnr, junior, II, Filho,
 * hijo), 'S' the father (Sr., Snr, senior), '3' or '4' (III, IV), else 0.
 * Jr., Jnr, Sr., Snr, III, Filho and hijo are dropped by the normaliser
 * as AKA__WORD_SUFFIX; junior, senior, II and IV are kept (Junior is a
 * given name, and a lone I, V or IV may be an initial). */
char aka__generation_mark(const char *w, size_t n);

#endif
