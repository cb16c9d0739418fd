/* Phonetic similarity of two romanised tokens, for names that reached
 * Latin letters through different scripts: "washington" and the
 * romanisations of 워싱턴 ("wosingteon") or וושינגטון ("vvsingtvn").
 *
 * A weighted edit distance on rkeys (keys.h) where what such paths change
 * is cheap: inserting or dropping a vowel (Japanese and Korean add vowels,
 * Arabic and Hebrew omit them), one vowel for another, a consonant for one
 * of its class (k/g, t/d, p/b, f/v, s/z/c/j, l/r), a vowel letter of an
 * abjad for its vowel (v ~ u/o, i ~ e). Consonants that appear or vanish
 * cost a full edit. The similarity is 1 - cost / consonants of the longer
 * token, in [0, 1]. */
#ifndef AKA_MATCH_PHONDIST_H
#define AKA_MATCH_PHONDIST_H

#include <stddef.h>
#include <stdint.h>

/* Inputs at most AKA__KEY_MAX bytes (longer input is cut). With floor > 0,
 * 0 is returned as soon as the similarity is certain to stay below it. */
double aka__phon_sim(const char *a, size_t na, const char *b, size_t nb,
                     double floor);

#define AKA__PHON_CLASSES 27

/* Consonant count and consonants per class of a token, for
 * aka__phon_may_reach. */
void aka__phon_facts(const char *s, size_t n, unsigned char *cons,
                     unsigned char count[AKA__PHON_CLASSES]);

/* 0 when two tokens with these facts cannot reach `floor` (a cheap test
 * before aka__phon_sim): every consonant one token has beyond the other's
 * in its class costs at least 0.4 (a vowel letter standing for it). */
int aka__phon_may_reach(unsigned char ca, const unsigned char *counta,
                        unsigned char cb, const unsigned char *countb,
                        double floor);

#endif
