/* National numbers that registers write with and without a part that
 * tells nothing new of the person: a Chilean RUT with or without its
 * check digit (12.345.678-5, 12345678), a Swedish personnummer with or
 * without the century (19850412-1234, 850412-1234). Identifiers of these
 * types keep one form, so that the two writings are one exact value for
 * the comparator and one blocking key. */
#ifndef AKA_NORMALIZE_NATIONAL_ID_H
#define AKA_NORMALIZE_NATIONAL_ID_H

#include <stddef.h>

/* The type an identifier type t[0..n) (folded: lower-case ASCII, '_') is
 * written as: "rut" for rut and run (Chile's Rol Único Tributario and Rol
 * Único Nacional, one number for a person), "personnummer" for
 * personnummer and pnr; NULL for any other type, which is kept. */
const char *aka__national_id_type(const char *t, size_t n);

/* The value v[0..n) of an identifier of type `type` (a name
 * aka__national_id_type returns), separators already removed, rewritten
 * in place; its new length. `check_apart`: the value as given had a
 * hyphen before its last character.
 *   rut: digits and a check character (0-9 or k). A check character
 *   written apart (-5), or the ninth of nine, or a final k, is dropped
 *   when it is the one the digits before it give (modulo 11); a wrong
 *   one is kept, so that a mistyped number meets only itself. Eight
 *   digits without a hyphen are the number alone (numbers past ten
 *   million are most people's).
 *   personnummer: twelve digits opening with 18, 19 or 20 lose the
 *   century; a '+' (written for people a hundred years old) goes.
 * Values of any other shape are left as they are. */
size_t aka__national_id_value(const char *type, char *v, size_t n, int check_apart);

#endif
