/* Script-independent folding shared by every normaliser that matches text
 * against word lists (titles, month names, country names, gender words). */
#ifndef AKA_UNICODE_FOLD_H
#define AKA_UNICODE_FOLD_H

#include <stddef.h>

#include "aka.h"
#include "core/strbuf.h"

/* NFKC + Unicode case folding (ICU's NFKC_Casefold), UTF-8 to UTF-8.
 * Appends to out. Input must be valid UTF-8. */
aka_status aka__u_casefold(const char *in, size_t len, aka__sb *out);

/* aka__u_casefold, then diacritics removed from Latin letters (Latin-ASCII
 * applied to Latin-script characters only: "Türkiye" -> "turkiye", while
 * "Россия" stays "россия"), then punctuation folded: every run of
 * characters that are neither letters nor digits becomes one space, and
 * leading and trailing spaces are dropped. Appends to out. This is the key
 * form for every word list; a build-time generator and the run-time lookup
 * must both use it. */
aka_status aka__u_keyfold(const char *in, size_t len, aka__sb *out);

/* aka__u_keyfold of an ASCII value into buf (cap bytes, NUL-terminated),
 * for the word-list lookups that would otherwise allocate a buffer per
 * value: the key's length, or (size_t)-1 when the value is not ASCII or
 * its key does not fit (then use aka__u_keyfold). */
size_t aka__u_keyfold_ascii(const char *in, size_t len, char *buf, size_t cap);

#endif
