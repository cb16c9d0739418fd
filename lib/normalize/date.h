/* Date-of-birth reading, exposed for tests with an explicit reference year
 * (two-digit years resolve to the latest century that is not after it). */
#ifndef AKA_NORMALIZE_DATE_H
#define AKA_NORMALIZE_DATE_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/umachine.h>

#include "aka.h"
#include "core/error.h"

/* Earliest year accepted for a date of birth. */
#define AKA__DATE_MIN_YEAR 1800

/* The UTC year of a time in seconds since 1970 (the latest year a date
 * of birth may have), clamped to -9999..9999. */
int aka__date_year_of(long long t);
/* The same, with the month and day into *month and *day. */
int aka__date_ymd_of(long long t, int *month, int *day);

/* Read a date; *m and *d are 0 when the value does not give them. */
aka_status aka__date_read(const char *in, size_t len, int ref_year, int *y,
                          int *m, int *d, aka__err *err);

/* The same, for a record whose default country is cc (ISO alpha-2, ""
 * for none): a few month names differ by country (Haitian Creole "out" is
 * August, Portuguese "out." October). */
aka_status aka__date_read_in(const char *in, size_t len, int ref_year, const char *cc,
                             int *y, int *m, int *d, aka__err *err);

/* A date of another calendar in case-folded text (calendar.c), asked
 * when the text holds no Gregorian date: 1 with
 * the Gregorian *y, *m, *d (*m, *d 0 when not known) still to be checked
 * for range, -1 when it is one but cannot be read (err says why), 0 when
 * it shows no sign of another calendar. */
int aka__calendar_read(const char *in, size_t len, int ref_year, int *y,
                       int *m, int *d, aka__err *err);

/* Gregorian *y, *m, *d of a date of calendar `cal` (ICU's name:
 * "ethiopic", "roc", "persian" ...) given as year, month (1-based) and
 * day; 0 on success, -1 when the calendar does not hold that date. */
int aka__calendar_convert(const char *cal, int year, int month, int day, int *y,
                          int *m, int *d);

/* The same for a date of the lunisolar calendar of China and Vietnam, or
 * of Korea (`korean`), its year numbered as the Gregorian year in which
 * it begins (1985 for the year of the Ox that began on 20 February 1985),
 * not a leap month. */
int aka__lunar_convert(int korean, int year, int month, int day, int *y, int *m,
                       int *d);

/* The first place of needle in s[0..len), or NULL (calendar.c). */
const char *aka__bytes_find(const char *s, size_t len, const char *needle);

/* Whether date.c's word list of fillers is sorted as its search needs
 * (for the tests). */
int aka__date_fillers_sorted(void);

/* The first of date.c's fillers that is not in the key form words are
 * looked up in (a Persian yeh where the key has the Arabic one: such an
 * entry never matches), or NULL (for the tests). */
const char *aka__date_filler_unkeyed(void);

/* The run of decimal digits (of any script) at s[*i..len) after a first
 * digit of value `first`: its number of digits (the first included),
 * with *i past the run and *value the number of its first nine digits. */
int aka__date_number(const char *s, size_t len, size_t *i, int32_t first,
                     long *value);

/* Whether cp is a letter or a mark: a word's characters in a date. */
int aka__date_word_char(UChar32 cp);

/* Month number (1..12) of a key-folded month name, 0 when unknown. */
int aka__month_lookup(const char *key);

#endif
