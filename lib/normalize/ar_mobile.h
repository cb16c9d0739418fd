/* Argentina's mobile numbers as they are dialled at home, with the 15
 * after the area code, and as they are dialled from abroad, +54 9. */
#ifndef AKA_NORMALIZE_AR_MOBILE_H
#define AKA_NORMALIZE_AR_MOBILE_H

#include <stddef.h>

/* Whether d[0..n), the digits of an Argentine number after its trunk 0 or
 * its +54, is a mobile written in the national form: an area code of two
 * to four digits, 15, and the subscriber's number, twelve digits in all
 * (11 15 2345-6789, 351 15 123-4567), or those after the 9 of the
 * international form (9 11 15 2345 6789). Returns 1 with the number's
 * international form after +54, 9, the area code and the subscriber's
 * number without the 15 (eleven digits), written to out; 0 when d is no
 * such number; -1 when two area codes of the numbering plan fit it
 * (its international form is then not known). */
int aka__ar_mobile(const char *d, size_t n, char out[11]);

/* Whether the digits d[0..n) are an Argentine area code (for the tests). */
int aka__ar_area_code(const char *d, size_t n);

#endif
