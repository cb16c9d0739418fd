/* Fields that hold several values where one is asked: forms put a
 * person's two passports or two phones in one cell, set apart by a slash,
 * a comma, a semicolon or a bar. Read as one value they make a number no
 * record holds, so the normalisers refuse them with a message that says
 * so. */
#ifndef AKA_NORMALIZE_SEVERAL_H
#define AKA_NORMALIZE_SEVERAL_H

#include <stddef.h>

/* How many of the parts of s[0..n) that a slash, comma, semicolon or bar
 * set apart look like a number: min_digits ASCII digits at least and,
 * letters counted too (a byte from 0xC0 on for a letter of another
 * script), from min_chars to max_chars characters. 0 at once for a value
 * without such a separator. */
size_t aka__numbers_apart(const char *s, size_t n, size_t min_digits,
                          size_t min_chars, size_t max_chars);

/* Whether s[0..n), spaces around it aside, is a date in digits and
 * nothing else: day, month and a year of four digits (12.03.1985,
 * 7/3/1985) or a year, month and day (1985-03-07), one separator of
 * `.`, `/` or `-` between them, the day and month in range and the year
 * from 1900 to 2099. A date misfiled in a phone's or a document's field
 * is no number, and read as one it would be kept as one. */
int aka__numeric_date(const char *s, size_t n);

#endif
