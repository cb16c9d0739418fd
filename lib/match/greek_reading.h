/* Foreign names written in Greek letters. Greek has no b, d, g, j or h
 * of its own, and Greek police and courts write a foreign name with the
 * digraphs that say them: μπ b, ντ d, γκ g, τζ j, χ for h and kh, γι
 * for y, ου for u (Ιμπραήμ Ibrahim, Μοχάμεντ Mohamed, Τζαμάλ Jamal, Χαλίντ
 * Khalid, Γιουσούφ Yusuf, Ντάουντ Daoud), and leave out an h between
 * vowels (Ιμπραήμ). The normaliser romanises those letters by ELOT 743
 * (`impraim`, `mochament`), far from the passport's spelling. */
#ifndef AKA_MATCH_GREEK_READING_H
#define AKA_MATCH_GREEK_READING_H

#include <stddef.h>

#include "match/keys.h"

/* The token tok[0..n), romanised from Greek letters, with those digraphs
 * read as the sounds of a foreign name (mp b, nt d, gk g, a first nk g,
 * tz j, ch h, ou u, gi before a vowel y), NUL-terminated into out;
 * returns its length, or 0 when the token has none of them. (Greek has no
 * long vowels: ου is the u of Mahmud and of Husayn alike.) */
size_t aka__greek_foreign(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);

/* Whether r[0..rn), a Greek token's reading (aka__greek_foreign; 0 for
 * none), is the Latin token o[0..on) with its rkey ork: the same rkey,
 * also when the Latin writes an h between vowels that Greek leaves out
 * (Ibrahim). */
int aka__greek_foreign_meets(const char *r, size_t rn, const char *o, size_t on,
                             const char *ork, size_t orl);

#endif
