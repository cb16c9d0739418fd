/* Comparators for every feature kind except names (names: nameform.h).
 *
 * Each comparator takes two CANONICAL values, as aka__normalize writes them
 * for that kind, as (pointer, length): no terminator needed, NULL allowed
 * when the length is 0. It returns a level (strongest first; the values of
 * every enum below are fixed, because the engine stores weights per level
 * and explanations name them) and, through *conflict (which may be NULL),
 * whether the pair is STRONG CONFLICTING evidence: the engine refuses to
 * merge two entities between which such a pair exists.
 *
 * Values that are not in canonical form never crash a comparator: they are
 * compared byte for byte (EXACT when equal, else the kind's DIFFERENT level)
 * and are never a conflict, because a malformed value is no evidence.
 *
 * Thread safety: every function is pure (no allocation, no state); call
 * them from any thread. */
#ifndef AKA_MATCH_COMPARE_H
#define AKA_MATCH_COMPARE_H

#include <stddef.h>

#include "aka.h"

/* Date of birth: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
 * DAY_APART: two full dates on consecutive days (1995-03-21 / 1995-03-22,
 * 1985-03-31 / 1985-04-01), neither of them 1 January (the day written for
 * one not known): a date converted from another calendar (Solar Hijri,
 * Ethiopian, lunar) by a table a day off, or a birth near midnight written
 * in two time zones. After DIFFERENT, so that saved models keep their
 * numbers.
 * Conflict: both full dates, different, not SWAPPED, not DAY_APART and not
 * one character edit apart (a substitution or an adjacent transposition of
 * the ten characters: 1985-03-07 / 1985-03-01, 1985-03-07 / 1958-03-07 are
 * typing slips, not two people). */
enum aka__date_level {
    AKA__DL_EXACT = 0,        /* the same full date */
    AKA__DL_SWAPPED = 1,      /* full, same year, day and month swapped */
    AKA__DL_PARTIAL = 2,      /* a partial date agrees with the other */
    AKA__DL_SAME_YM = 3,      /* full dates, same year and month */
    AKA__DL_SAME_YEAR = 4,    /* same year, nothing stronger */
    AKA__DL_YEAR_PM1 = 5,     /* years one apart */
    AKA__DL_DIFFERENT = 6,
    AKA__DL_DAY_APART = 7     /* full dates on consecutive days */
};

/* Document: "CC:NUMBER" or "NUMBER" (upper-case letters and digits).
 * When both carry a country and the countries differ the numbers are not
 * comparable (one person holds documents of several countries): level
 * OTHER_COUNTRY, which the engine should weigh as no evidence. When only
 * one carries a country, the numbers are compared.
 * OCR: the numbers are equal once every character is replaced by its class
 * of look-alikes ({0 O D Q}, {1 I L}, {5 S}, {8 B}, {2 Z}, {6 G}), or are
 * then one adjacent transposition apart.
 * Conflict: both carry the same country and the level is DIFFERENT. */
enum aka__doc_level {
    AKA__DOCL_EXACT = 0,
    AKA__DOCL_OCR = 1,
    AKA__DOCL_DIFFERENT = 2,
    AKA__DOCL_OTHER_COUNTRY = 3
};

/* Phone: "+digits" or digits. SAME_LAST8: the last 8 digits agree and
 * both have at least 8 (national and international forms of one number).
 * TRANSPOSED: so, but for two neighbouring digits keyed the other way
 * round, not the last digit (the numbers of a batch of SIM cards, which
 * a trafficker hands out, differ there). After DIFFERENT, which
 * snapshots' models know by its number. Never a conflict: people have
 * several phones. */
enum aka__phone_level {
    AKA__PHL_EXACT = 0,
    AKA__PHL_SAME_LAST8 = 1,
    AKA__PHL_DIFFERENT = 2,
    AKA__PHL_TRANSPOSED = 3
};

/* E-mail: lower-case "local@domain". For gmail.com and googlemail.com
 * (one mailbox under two names) dots and a "+tag" in the local part are
 * ignored, so such addresses of one mailbox are EXACT. SAME_LOCAL: the same
 * local part at different domains (weak: "info" is everyone's). Never a
 * conflict. */
enum aka__email_level {
    AKA__EML_EXACT = 0,
    AKA__EML_SAME_LOCAL = 1,
    AKA__EML_DIFFERENT = 2
};

/* Nationality (alpha-2) and gender (F, M, X): equal or not. Never a
 * conflict: dual nationality exists and gender is often mis-entered. */
enum aka__equal_level {
    AKA__EQL_EXACT = 0,
    AKA__EQL_DIFFERENT = 1
};

/* Identifier: "type:value". DIFFERENT_TYPE is not comparable (the engine
 * ignores it). OCR (since 0.2.0, after the others: levels only grow):
 * values of one type of six characters or more, each at least half
 * digits (a number, not a handle), alike once
 * the characters OCR and hurried copying confuse are folded
 * (aka__ocr_class: NIN:I2345678901 / NIN:12345678901), as a document's
 * OCR level reads them. Conflict only when the caller asks for it (flag
 * AKA__CMP_IDENTIFIER_CONFLICT) and the level is DIFFERENT_SAME_TYPE: by
 * default never, because accounts are shared and people have several
 * (the engine keeps national numbers apart by its conflict keys). The
 * types are one when they are the same, or the same but for a country
 * that one of them names before an underscore (af_tazkira and tazkira:
 * one Afghan identity card, labelled by two agencies). */
enum aka__ident_level {
    AKA__IDL_EXACT = 0,
    AKA__IDL_DIFFERENT_SAME_TYPE = 1,
    AKA__IDL_DIFFERENT_TYPE = 2,
    AKA__IDL_OCR = 3
};

/* Address and place of birth: lower-case ASCII words. Words of one
 * character are dropped; each value keeps its first AKA__TEXT_MAX_TOKENS
 * distinct words.
 *   EXACT   the same word sets (or byte-equal values);
 *   STRONG  on the sets without generic words (street, city, oblast ...),
 *           words of letters compared by their romanisation-invariant key
 *           (keys.h: "kyyiv" = "kyiv", "odessa" = "odesa"), words with
 *           digits as written: Jaccard >= 0.6, or the smaller set has >= 2
 *           words and lies inside the larger;
 *   WEAK    on the same sets, a shared word of >= 4 characters;
 *   DIFFERENT otherwise, also when a value has no word of 2+ characters.
 * Never a conflict (people move; places are spelled many ways). */
enum aka__text_level {
    AKA__TXL_EXACT = 0,
    AKA__TXL_STRONG = 1,
    AKA__TXL_WEAK = 2,
    AKA__TXL_DIFFERENT = 3
};

#define AKA__TEXT_MAX_TOKENS 64

/* The length of the country that opens the type of a normalised
 * identifier v[0..n) ("af_" of "af_tazkira:..."), an ISO 3166 alpha-2
 * code and '_' before the rest of the type; 0 when it opens with none. */
size_t aka__identifier_country_len(const char *v, size_t n);

/* The number an identifier v[0..n) (normalised "type:value") holds as a
 * document writes one: its value in capitals when it is 8 to 64 letters
 * and digits, at least half of them digits (a national identity card's
 * number, which one agency records as a document and another as an
 * identifier: CN:44010619880315262X / cn_id:44010619880315262x). Writes
 * it to out (room for 64) and returns its length; 0 when the value is no
 * such number. */
#define AKA__ID_NUMBER_MAX 64
size_t aka__identifier_number(const char *v, size_t n, char out[AKA__ID_NUMBER_MAX]);

/* Flags for aka__compare. */
#define AKA__CMP_IDENTIFIER_CONFLICT 1u

/* Characters that OCR and hurried copying confuse in document numbers
 * (O D Q 0, I L 1, S 5, B 8, Z 2, G 6, the letters in either case),
 * mapped to one member of their class; any other character is returned
 * as it is. */
char aka__ocr_class(char c);

/* Whether num[0..n) is a document number that a copy may give whole while
 * another copy gives it with something more (series letters before it, a
 * digit typed twice): six characters or more, five of them digits. */
int aka__doc_number_whole(const char *num, size_t n);

/* Whether two strings of n bytes are at most one typing slip apart, as
 * aka__osa(a, n, b, n, 1) <= 1 says: equal, one byte substituted or two
 * neighbours exchanged (an insertion or a deletion alone changes the
 * length). How two full dates of one person may differ, besides a swap
 * of day and month. */
int aka__one_slip(const char *a, const char *b, size_t n);

/* Whether two dates are consecutive days: a date converted from the
 * Persian, Ethiopian or Hijri calendar by two offices, or written where
 * the day began at another hour, is often one day off. */
int aka__days_apart_one(int y1, int m1, int d1, int y2, int m2, int d2);

int aka__compare_date(const char *a, size_t na, const char *b, size_t nb,
                      int *conflict);
/* Where the number of a canonical document value s[0..n) starts: 3 after
 * a country prefix ("UA:FE123456"), else 0. Every reader of documents
 * takes the prefix off alike. */
static inline size_t aka__document_number_at(const char *s, size_t n)
{
    return n > 3 && s[2] == ':' && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
                   s[1] <= 'Z'
               ? 3
               : 0;
}
int aka__compare_document(const char *a, size_t na, const char *b, size_t nb,
                          int *conflict);
int aka__compare_phone(const char *a, size_t na, const char *b, size_t nb,
                       int *conflict);
int aka__compare_email(const char *a, size_t na, const char *b, size_t nb,
                       int *conflict);
/* Nationalities: as aka__compare_equal, but China, Hong Kong and Macau
 * are one. */
int aka__compare_nationality(const char *a, size_t na, const char *b,
                             size_t nb, int *conflict);
int aka__compare_equal(const char *a, size_t na, const char *b, size_t nb,
                       int *conflict);
int aka__compare_identifier(const char *a, size_t na, const char *b,
                            size_t nb, int same_type_conflicts,
                            int *conflict);
int aka__compare_text(const char *a, size_t na, const char *b, size_t nb,
                      int *conflict);

/* Dispatch by kind. Returns the level, or -1 for the name kinds (compare
 * them with aka__nameform_compare) and unknown kinds (then *conflict = 0).
 * flags: AKA__CMP_* bits. */
int aka__compare(aka_feature kind, const char *a, size_t na, const char *b,
                 size_t nb, unsigned flags, int *conflict);

/* Number of levels of a kind (names included), 0 for an unknown kind. */
int aka__level_count(aka_feature kind);

/* The level of kind that says two values disagree ("different"), which
 * is not always its last: a phone's transposed digits and an
 * identifier's OCR level came after it. -1 for an unknown kind. */
int aka__different_level(aka_feature kind);

/* Stable lower-case name of a level of a kind, for explanations:
 * "exact", "swapped", "ocr", "same_last8" ... Names' levels (enum
 * aka__name_level) are "exact", "romanised", "variant", "fuzzy_strong",
 * "fuzzy_weak", "different". "unknown" for a kind or level out of range;
 * never NULL. */
const char *aka__level_name(int kind, int level);

#endif
