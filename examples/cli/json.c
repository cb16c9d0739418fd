/* json.c -- the small JSON reader (json.h). Recursive descent, depth
 * bounded so that no input can exhaust the stack.
 *
 * SPDX-License-Identifier: CC0-1.0 */
#include "json.h"

#include <stdlib.h>
#include <string.h>

#define JV_MAX_DEPTH 64

typedef struct jp {
    const char *s;
    size_t n, i;
} jp;

static void ws(jp *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
                           p->s[p->i] == '\n' || p->s[p->i] == '\r'))
        p->i++;
}

static void clear(jv *v)
{
    if (v->type == JV_STR) {
        free(v->str);
    } else if (v->type == JV_ARR || v->type == JV_OBJ) {
        for (size_t i = 0; i < v->len; i++) {
            clear(&v->item[i]);
            if (v->key)
                free(v->key[i]);
        }
        free(v->item);
        free(v->key);
    }
    memset(v, 0, sizeof *v);
}

static int hex4(jp *p, unsigned *out)
{
    if (p->n - p->i < 4)
        return -1;
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p->s[p->i++];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* A string at p->i (after the opening quote). A \u escape can grow to 4
 * bytes from 6, so the input length bounds the output. */
static int string(jp *p, char **out, size_t *out_len)
{
    char *b = malloc(p->n - p->i + 1);
    size_t k = 0;
    if (!b)
        return -1;
    while (p->i < p->n && p->s[p->i] != '"') {
        char c = p->s[p->i++];
        if (c != '\\') {
            b[k++] = c;
            continue;
        }
        if (p->i == p->n)
            goto bad;
        c = p->s[p->i++];
        unsigned u;
        switch (c) {
        case '"': case '\\': case '/': b[k++] = c; break;
        case 'b': b[k++] = '\b'; break;
        case 'f': b[k++] = '\f'; break;
        case 'n': b[k++] = '\n'; break;
        case 'r': b[k++] = '\r'; break;
        case 't': b[k++] = '\t'; break;
        case 'u':
            if (hex4(p, &u) < 0)
                goto bad;
            if (u >= 0xD800 && u <= 0xDBFF) {
                unsigned lo;
                if (p->n - p->i < 6 || p->s[p->i] != '\\' || p->s[p->i + 1] != 'u')
                    goto bad;
                p->i += 2;
                if (hex4(p, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
                    goto bad;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                goto bad;
            }
            if (u < 0x80) {
                b[k++] = (char)u;
            } else if (u < 0x800) {
                b[k++] = (char)(0xC0 | (u >> 6));
                b[k++] = (char)(0x80 | (u & 0x3F));
            } else if (u < 0x10000) {
                b[k++] = (char)(0xE0 | (u >> 12));
                b[k++] = (char)(0x80 | ((u >> 6) & 0x3F));
                b[k++] = (char)(0x80 | (u & 0x3F));
            } else {
                b[k++] = (char)(0xF0 | (u >> 18));
                b[k++] = (char)(0x80 | ((u >> 12) & 0x3F));
                b[k++] = (char)(0x80 | ((u >> 6) & 0x3F));
                b[k++] = (char)(0x80 | (u & 0x3F));
            }
            break;
        default:
            goto bad;
        }
    }
    if (p->i == p->n)
        goto bad;
    p->i++;
    b[k] = '\0';
    *out = b;
    *out_len = k;
    return 0;
bad:
    free(b);
    return -1;
}

static int value(jp *p, jv *v, int depth);

/* Items of an array or object, grown by doubling. */
static int push(jv *v, size_t *cap, int with_key)
{
    if (v->len < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 4;
    jv *it = realloc(v->item, c * sizeof *it);
    if (!it)
        return -1;
    v->item = it;
    if (with_key) {
        char **k = realloc(v->key, c * sizeof *k);
        if (!k)
            return -1;
        v->key = k;
    }
    *cap = c;
    return 0;
}

static int container(jp *p, jv *v, int depth, int obj)
{
    char close = obj ? '}' : ']';
    size_t cap = 0;
    v->type = obj ? JV_OBJ : JV_ARR;
    ws(p);
    if (p->i < p->n && p->s[p->i] == close) {
        p->i++;
        return 0;
    }
    for (;;) {
        if (push(v, &cap, obj) < 0)
            return -1;
        jv *it = &v->item[v->len];
        memset(it, 0, sizeof *it);
        if (obj) {
            size_t kl;
            ws(p);
            if (p->i == p->n || p->s[p->i] != '"')
                return -1;
            p->i++;
            if (string(p, &v->key[v->len], &kl) < 0)
                return -1;
            v->len++; /* counted now so that clear() frees the key */
            ws(p);
            if (p->i == p->n || p->s[p->i] != ':')
                return -1;
            p->i++;
            if (value(p, it, depth + 1) < 0)
                return -1;
        } else {
            v->len++;
            if (value(p, it, depth + 1) < 0)
                return -1;
        }
        ws(p);
        if (p->i == p->n)
            return -1;
        char c = p->s[p->i++];
        if (c == close)
            return 0;
        if (c != ',')
            return -1;
    }
}

static int literal(jp *p, const char *word)
{
    size_t l = strlen(word);
    if (p->n - p->i < l || memcmp(p->s + p->i, word, l) != 0)
        return -1;
    p->i += l;
    return 0;
}

static int value(jp *p, jv *v, int depth)
{
    if (depth > JV_MAX_DEPTH)
        return -1;
    ws(p);
    if (p->i == p->n)
        return -1;
    char c = p->s[p->i];
    if (c == '{' || c == '[') {
        p->i++;
        return container(p, v, depth, c == '{');
    }
    if (c == '"') {
        p->i++;
        v->type = JV_STR;
        return string(p, &v->str, &v->len);
    }
    if (c == 't') {
        v->type = JV_TRUE;
        return literal(p, "true");
    }
    if (c == 'f') {
        v->type = JV_FALSE;
        return literal(p, "false");
    }
    if (c == 'n') {
        v->type = JV_NULL;
        return literal(p, "null");
    }
    /* A number: copy its characters, then strtod. */
    char num[64];
    size_t k = 0;
    while (p->i < p->n && k + 1 < sizeof num &&
           strchr("+-0123456789.eE", p->s[p->i]) && p->s[p->i])
        num[k++] = p->s[p->i++];
    num[k] = '\0';
    char *end;
    v->type = JV_NUM;
    v->num = strtod(num, &end);
    return k > 0 && *end == '\0' ? 0 : -1;
}

jv *jv_parse(const char *s, size_t n)
{
    jp p = {s, n, 0};
    jv *v = calloc(1, sizeof *v);
    if (!v)
        return NULL;
    if (value(&p, v, 0) < 0) {
        jv_free(v);
        return NULL;
    }
    ws(&p);
    if (p.i != n) {
        jv_free(v);
        return NULL;
    }
    return v;
}

void jv_free(jv *v)
{
    if (!v)
        return;
    clear(v);
    free(v);
}

const jv *jv_get(const jv *obj, const char *key)
{
    if (!obj || obj->type != JV_OBJ)
        return NULL;
    for (size_t i = 0; i < obj->len; i++)
        if (strcmp(obj->key[i], key) == 0)
            return &obj->item[i];
    return NULL;
}

const char *jv_str(const jv *obj, const char *key)
{
    const jv *v = jv_get(obj, key);
    return v && v->type == JV_STR ? v->str : "";
}

double jv_num(const jv *obj, const char *key, double def)
{
    const jv *v = jv_get(obj, key);
    return v && v->type == JV_NUM ? v->num : def;
}
