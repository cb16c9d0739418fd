/* East Slavic patronymics: the father's given name a middle name is made
 * from (Ivanovich, Ihorivna, Aliaksandravich). Two records naming two
 * different fathers are two people, however alike the rest of their
 * names: the matcher reads them so token by token, and the engine holds
 * two entities apart by them (a conflict key) when a record that names no
 * father links to both. */
#ifndef AKA_MATCH_PATRONYMIC_H
#define AKA_MATCH_PATRONYMIC_H

#include <stddef.h>

/* The given-name class (aka__given_class) of the father's name that the
 * lower-case token tok[0..n) is the patronymic of, or -1 when it does not
 * end as one or the tables do not know the name; *female is set to 1 for
 * a daughter's form, 0 for a son's. */
int aka__patronymic_class(const char *tok, size_t n, int *female);

/* Whether the lower-case token tok[0..n), eight letters or more, ends as
 * a daughter's patronymic (-ovna, -evna, -ivna, -avna, -owna, -auna ...),
 * whether or not the tables know her father's name (Nurbekovna,
 * Shohruxovna: Central Asian fathers). A son's form has no such test:
 * family names end so too (Abramovich, Makarevich). */
int aka__patronymic_daughter(const char *tok, size_t n);

/* The fathers a canonical full name (aka_normalize's form: lower-case
 * tokens between single spaces) names, as given-name classes, into
 * out[0..max); returns how many (a class once). Only a name of three
 * tokens or more names a father here, and never by its first token: a
 * family name made from a father's name long ago (Abramovich,
 * Karpovich) stands first or alone beside a given name, and is no
 * father; nor do two tokens that both end as a son's patronymic (one
 * may be a family name: Makarevich), nor a son's form beside a
 * daughter's. */
size_t aka__patronymic_fathers(const char *canon, size_t len, int *out, size_t max);

#endif
