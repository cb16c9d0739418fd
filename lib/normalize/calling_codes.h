/* ITU-T E.164 country calling codes and national trunk prefixes by
 * ISO 3166-1 alpha-2 code, for turning national phone numbers into E.164. */
#ifndef AKA_NORMALIZE_CALLING_CODES_H
#define AKA_NORMALIZE_CALLING_CODES_H

#include <stddef.h>

typedef struct aka__calling_code {
    char cc[3];         /* ISO alpha-2, upper case */
    const char *code;   /* calling code digits, e.g. "380" */
    const char *trunk;  /* national trunk prefix dialled before the national
                         * number ("0", "8", "06", "1"), "" when none */
    const char *trunk2; /* a second accepted trunk prefix, "" when none */
} aka__calling_code;

/* The row for an alpha-2 code (either case), or NULL when the code is
 * unknown or the territory has no calling code (BV, HM). */
const aka__calling_code *aka__calling_code_find(const char *cc);

/* The calling code an international number d[0..n) (digits after the +)
 * opens with, the longest that some row has: its length into *code_len
 * (0 when none), and whether every territory of that code has the trunk
 * prefix "0" (returns 1), whose national numbers never open with 0, so
 * that a 0 written after the code is the trunk prefix (+44 07700 ...);
 * 0 when some has another or none (Italy's 0 is part of its numbers). */
int aka__calling_code_zero_trunk(const char *d, size_t n, size_t *code_len);

/* Whether the international number d[0..n) opens with a calling code in
 * use: a territory's (the table) or a non-geographic one (satellite
 * phones, freephone). */
int aka__calling_code_known(const char *d, size_t n);

/* Whether the national number nat[0..ln) (digits as written, trunk
 * prefix and all) is the international number intl[0..li) (digits after
 * the +) written in its country's national form: intl opens with a
 * calling code, and nat is the rest, every digit, after a trunk prefix of
 * a country of that code (either of its two) or after none (Italy's 0 is
 * the number's; North America's 1 is seldom written), or nat is intl
 * itself, its + left out. The rest is of
 * AKA__NATIONAL_FORM_MIN digits or more (Eritrea's numbers have seven). */
#define AKA__NATIONAL_FORM_MIN 7
int aka__calling_code_national_form(const char *intl, size_t li, const char *nat,
                                    size_t ln);

/* Where a prefix of aka__calling_code_extra_prefix is written. */
enum {
    AKA__PREFIX_NATIONAL = 1, /* before a national number, for trunk */
    AKA__PREFIX_AFTER_CODE,   /* after the calling code */
    AKA__PREFIX_FOREIGN       /* before a national number, another country's
                               * form: the value is refused */
};

/* The length of a prefix that opens d[0..n) and is no part of the number
 * of calling code `code` (the digits after the code for
 * AKA__PREFIX_AFTER_CODE, the national number as written otherwise),
 * written `where`; 0 when there is none. */
size_t aka__calling_code_extra_prefix(const char *code, const char *d, size_t n,
                                      int where);

/* The lengths of the national significant numbers of c's territory (the
 * digits after the calling code, no trunk prefix) into [*min, *max]: 1
 * when the table knows them, 0 when not (a plan of many lengths, Germany's
 * and Italy's, or a territory few records come from). */
int aka__calling_code_lengths(const aka__calling_code *c, unsigned *min, unsigned *max);

/* 1 for the members of the North American Numbering Plan (+1). */
int aka__calling_code_is_nanp(const aka__calling_code *c);

#endif
