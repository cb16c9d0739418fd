/* Lookup tables generated at build time from ICU's locale data (see
 * gen/). Keys are in aka__u_keyfold form and sorted by strcmp, so a
 * run-time lookup is one fold and one binary search, with no locale
 * loading and no mutable state. */
#ifndef AKA_NORMALIZE_TABLES_H
#define AKA_NORMALIZE_TABLES_H

#include <stddef.h>

typedef struct aka__country_code {
    char alpha2[3];
    char alpha3[4];
} aka__country_code;

typedef struct aka__country_name {
    const char *key; /* a country name in some language, key-folded */
    char alpha2[3];
} aka__country_name;

typedef struct aka__month_name {
    const char *key; /* a month name or abbreviation, key-folded */
    unsigned char month; /* 1..12 */
    unsigned char weekday; /* 1 when the word is a weekday's name too */
} aka__month_name;

/* Every ISO 3166-1 country ICU knows, sorted by alpha2. */
extern const aka__country_code aka__country_codes[];
extern const size_t aka__country_codes_len;

extern const aka__country_name aka__country_names[];
extern const size_t aka__country_names_len;

extern const aka__month_name aka__month_names[];
extern const size_t aka__month_names_len;

/* Weekday names and abbreviations, key-folded and sorted; a few are month
 * names too ("mar", "sat"). */
extern const char *const aka__weekday_names[];
extern const size_t aka__weekday_names_len;

#endif
