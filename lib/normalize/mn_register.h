/* A Mongolian civil register number (регистрийн дугаар): two Cyrillic
 * letters and eight digits (УБ92030812), the letters naming where it was
 * first issued, the digits opening with the holder's birth date. The
 * register writes it in Cyrillic; a passport or a foreign agency writes
 * its letters in Latin as Mongolia's standard romanisation spells them
 * (MNS 5217:2012: УБ is UB, ЧИ is CHI), so a Latin form is the one value
 * both readings meet on. A look-alike reading (У as Y) would miss it. */
#ifndef AKA_NORMALIZE_MN_REGISTER_H
#define AKA_NORMALIZE_MN_REGISTER_H

#include <stddef.h>

/* The longest Latin form: two letters of up to two Latin letters each and
 * eight digits. */
#define AKA__MN_REGISTER_MAX 12

/* When v[0..n) (UTF-8, case folded, separators removed) is two Cyrillic
 * letters of the Mongolian alphabet and eight ASCII digits, writes its
 * Latin form (lower-case ASCII, not terminated) to out and returns its
 * length; otherwise returns 0 and leaves out alone. */
size_t aka__mn_register(const char *v, size_t n, char out[AKA__MN_REGISTER_MAX]);

#endif
