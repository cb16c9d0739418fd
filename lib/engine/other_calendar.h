/* Dates of birth that may be of another calendar than they read as.
 *
 * An Ethiopian clerk writes a date of birth in the Ethiopian calendar,
 * and an Ethiopian identity card gives it so, often as bare numbers
 * ("22/04/1984", which is 1 January 1992); the same woman's passport
 * gives the Gregorian date. A Taiwanese register writes the Minguo year
 * first in two digits ("88/04/06", 1999), which reads as 1988. The
 * normaliser reads such numbers as Gregorian, since nothing in them says
 * otherwise (it reads the calendars that say so: "ዓ.ም.", "民國"). The
 * engine gives a record whose text points to such a calendar the other
 * reading of those dates too, as a second date of birth: both then meet
 * the person's other records, and neither conflicts with them. */
#ifndef AKA_ENGINE_OTHER_CALENDAR_H
#define AKA_ENGINE_OTHER_CALENDAR_H

#include <stddef.h>

/* Calendars a record's text points to. */
#define AKA__CAL_ETHIOPIC 1u /* Ethiopic script, or an Ethiopian nationality */
#define AKA__CAL_ROC 2u      /* Han characters, or a Taiwanese nationality */

/* The calendars raw text (valid UTF-8) points to by its script. */
unsigned aka__calendar_hint_text(const char *raw, size_t n);

/* The calendar a canonical nationality (ISO alpha-2) points to; *not
 * gets the calendars it rules out: Eritrea writes Tigrinya in Ethiopic
 * script and its dates in the Gregorian calendar, so that its script
 * says nothing of its dates. */
unsigned aka__calendar_hint_country(const char *cc, size_t n, unsigned *not);

/* The other reading, under the calendars `hint`, of a date of birth
 * written raw[0..rn) and read as the full date canon[0..cn)
 * ("YYYY-MM-DD"): as an Ethiopian date when raw is three runs of digits,
 * the last of four (the year), and nothing else but separators; as a
 * Minguo date when raw is three runs of digits, the first of two and
 * above 31 (a year, read as 19YY). Writes "YYYY-MM-DD" to out and returns
 * 1; 0 when there is none. */
int aka__date_other_reading(unsigned hint, const char *raw, size_t rn,
                            const char *canon, size_t cn, char out[10]);

#endif
