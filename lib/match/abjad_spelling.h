/* Whether a token in Latin letters may be written as a given word in
 * Arabic script or in Hebrew letters (match/abjad_spelling.c). */
#ifndef AKA_MATCH_ABJAD_SPELLING_H
#define AKA_MATCH_ABJAD_SPELLING_H

#include <stddef.h>

/* `ar` is a word in Arabic script as the normaliser romanises it (one
 * letter or digraph a letter: ب b, ش sh, ي y, ة a; short vowels, ayin and
 * hamza unwritten), `la` a token in Latin letters (normalised: lower-case
 * ASCII). Returns 1 when some spelling of `la` is what Arabic script
 * writes for it: each Arabic letter stands for the Latin letters that
 * spell its sound, or the foreign sound the script writes with it (ب for
 * p, ج for a hard g, ي for e or i, و for o or u, ة for a final a, at or
 * et), and every vowel of `la` left over is a short one the script does
 * not write, never the final a, i, o or u it writes. Both at most
 * AKA__KEY_MAX letters, `ar` three or more; 0 otherwise. */
int aka__arabic_spells(const char *ar, size_t an, const char *la, size_t ln);

/* The same for `he`, a word in Hebrew letters as the normaliser romanises
 * it (ש s, כ k, ח h, צ z, ו w, י y; א and ע dropped; pointed vowels as
 * vowels): ב is b or v, כ k, kh, ch or h, פ p or f, ש s or sh, צ ts or z,
 * ו v or o or u, וו v, י y, i or e, יי y or a diphthong, a final ה the seat
 * of a final vowel. */
int aka__hebrew_spells(const char *he, size_t hn, const char *la, size_t ln);

#endif
