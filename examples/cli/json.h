/* json.h -- a small JSON reader for what libaka returns (aka_engine_entity,
 * aka_engine_explain): a tree of values, freed at once.
 *
 * SPDX-License-Identifier: CC0-1.0 */
#ifndef AKA_CLI_JSON_H
#define AKA_CLI_JSON_H

#include <stddef.h>

typedef enum { JV_NULL, JV_FALSE, JV_TRUE, JV_NUM, JV_STR, JV_ARR, JV_OBJ } jv_type;

typedef struct jv {
    jv_type type;
    double num;
    char *str;       /* JV_STR: NUL-terminated UTF-8 */
    size_t len;      /* JV_STR: bytes; JV_ARR / JV_OBJ: items */
    struct jv *item; /* JV_ARR / JV_OBJ items */
    char **key;      /* JV_OBJ keys */
} jv;

/* Parse s[0..n); NULL on malformed input or out of memory. */
jv *jv_parse(const char *s, size_t n);
void jv_free(jv *v);

/* Member of an object, or NULL. */
const jv *jv_get(const jv *obj, const char *key);
/* A string member ("" when absent or not a string). */
const char *jv_str(const jv *obj, const char *key);
/* A number member (def when absent or not a number). */
double jv_num(const jv *obj, const char *key, double def);

#endif
