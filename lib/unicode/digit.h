/* Decimal digits of any script (٣, ۳, ३, full-width ３), as dates, phones
 * and document numbers are typed. */
#ifndef AKA_UNICODE_DIGIT_H
#define AKA_UNICODE_DIGIT_H

#include <stdint.h>

#include <unicode/uchar.h>

/* Whether the byte c is an ASCII digit. */
static inline int aka__ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The value of a decimal digit (general category Nd) of any script, else
 * -1; ASCII without asking ICU, as most characters of most values are. */
static inline int32_t aka__digit_value(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int32_t)cp - '0' : -1;
    return u_charType((UChar32)cp) == U_DECIMAL_DIGIT_NUMBER
               ? u_charDigitValue((UChar32)cp)
               : -1;
}

#endif
