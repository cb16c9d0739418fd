/* Internal contract of the normalisation stage.
 *
 * Every per-kind normaliser has the same shape: it receives a value that is
 * already valid UTF-8, free of NUL bytes, non-empty and at most
 * AKA_MAX_VALUE_BYTES long; it appends the canonical form to `out` (which
 * is empty on entry); on failure it returns a status and writes a message
 * to `err` that names the rule that failed but never quotes the value. */
#ifndef AKA_NORMALIZE_NORMALIZE_H
#define AKA_NORMALIZE_NORMALIZE_H

#include <stddef.h>

#include "aka.h"
#include "core/error.h"
#include "core/strbuf.h"

/* Engine options that change how values are read. */
typedef struct aka__norm_opts {
    char default_country[3]; /* ISO alpha-2, or "" when unknown */
} aka__norm_opts;

typedef aka_status (*aka__normalizer)(const char *in, size_t len,
                                      const aka__norm_opts *o, aka__sb *out,
                                      aka__err *err);

/* Validate the input and run the normaliser for `kind`. `o` may be NULL. */
aka_status aka__normalize(aka_feature kind, const char *in, size_t len,
                          const aka__norm_opts *o, aka__sb *out, aka__err *err);

/* The field name of a kind for messages, e.g. "date_of_birth". */
const char *aka__kind_name(aka_feature kind);

/* ICAO 9303's check digit of s[0..n) (a machine-readable zone's field):
 * digits as they are, A to Z 10 to 35, < 0, weighted 7, 3, 1 in turn,
 * modulo 10. */
int aka__mrz_check(const char *s, size_t n);

/* Whether the lower-case ASCII word t[0..n) is one that aka__norm_name
 * drops from a name that keeps another token: a part not known (FNU,
 * LNU) or a blank filled in (Unknown, XXX, inconnu). */
int aka__name_blank_word(const char *t, size_t n);

/* The length, its space included, of the word that opens the canonical
 * name c[0..len) and says the rest is the name its bearer was born with
 * ("nee ", "geb ", "szul ", "z domu ", "kizlik soyadi "...); 0 when none
 * does or nothing follows it. */
size_t aka__name_birth_word(const char *c, size_t len);

/* Where the next word of the raw name value raw[from..n) that puts an
 * alias after a name ("alias", "aka", "a.k.a.", "a/k/a", "also known as",
 * "known as", "vulgo": the joiners aka__norm_name drops as such) starts,
 * at a word's start, with its length in *wl; n when none does. */
size_t aka__name_alias_word_at(const char *raw, size_t n, size_t from, size_t *wl);

aka_status aka__norm_name(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err);
aka_status aka__norm_text(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err);
aka_status aka__norm_date(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err);
aka_status aka__norm_gender(const char *in, size_t len, const aka__norm_opts *o,
                            aka__sb *out, aka__err *err);
aka_status aka__norm_nationality(const char *in, size_t len,
                                 const aka__norm_opts *o, aka__sb *out,
                                 aka__err *err);
aka_status aka__norm_document(const char *in, size_t len,
                              const aka__norm_opts *o, aka__sb *out,
                              aka__err *err);
aka_status aka__norm_phone(const char *in, size_t len, const aka__norm_opts *o,
                           aka__sb *out, aka__err *err);
aka_status aka__norm_email(const char *in, size_t len, const aka__norm_opts *o,
                           aka__sb *out, aka__err *err);
aka_status aka__norm_identifier(const char *in, size_t len,
                                const aka__norm_opts *o, aka__sb *out,
                                aka__err *err);

/* Country lookup shared by nationality, documents and options: any country
 * name in any language ICU knows, alpha-2 or alpha-3 code, or common short
 * form. Writes the alpha-2 code (2 letters + NUL) to cc. AKA_ERR_PARSE when
 * unknown. */
aka_status aka__country_lookup(const char *in, size_t len, char cc[3]);

/* 1 when cc (upper case, NUL-terminated) is an ISO 3166-1 alpha-2 code. */
int aka__country_is_code(const char cc[3]);

#endif
