#include "genout.h"

#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "unicode/fold.h"

static void die(const char *what)
{
    fprintf(stderr, "generator: %s\n", what);
    exit(1);
}

void gen_add_folded(gen_set *s, const char *key, const char *val, int prio)
{
    if (!key[0])
        return;
    if (s->len == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            die("out of memory");
    }
    gen_pair *p = &s->v[s->len++];
    p->key = strdup(key);
    if (!p->key)
        die("out of memory");
    snprintf(p->val, sizeof p->val, "%s", val);
    p->prio = prio;
}

void gen_add(gen_set *s, const char *raw, const char *val, int prio)
{
    aka__sb k = {0};
    if (aka__u_keyfold(raw, strlen(raw), &k) != AKA_OK)
        die("key folding failed");
    if (k.len)
        gen_add_folded(s, k.p, val, prio);
    aka__sb_free(&k);
}

static int cmp_pair(const void *a, const void *b)
{
    const gen_pair *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    if (x->prio != y->prio)
        return x->prio < y->prio ? -1 : 1;
    return strcmp(x->val, y->val);
}

void gen_resolve(gen_set *s, size_t *dropped)
{
    qsort(s->v, s->len, sizeof *s->v, cmp_pair);
    size_t w = 0, i = 0;
    *dropped = 0;
    while (i < s->len) {
        size_t j = i + 1;
        int ambiguous = 0;
        for (; j < s->len && strcmp(s->v[j].key, s->v[i].key) == 0; j++)
            if (s->v[j].prio == s->v[i].prio &&
                strcmp(s->v[j].val, s->v[i].val) != 0)
                ambiguous = 1;
        for (size_t k = i + 1; k < j; k++)
            free(s->v[k].key);
        if (ambiguous) {
            free(s->v[i].key);
            (*dropped)++;
        } else {
            s->v[w++] = s->v[i];
        }
        i = j;
    }
    s->len = w;
}

FILE *gen_open(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        die("cannot open output");
    fputs("/* Generated at build time from ICU's locale data. Do not edit. */\n"
          "#include \"normalize/tables.h\"\n\n", f);
    return f;
}

int gen_close(FILE *f, const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    if (fflush(f) != 0 || ferror(f) || fclose(f) != 0)
        die("cannot write output");
    if (rename(tmp, path) != 0)
        die("cannot rename output");
    return 0;
}

void gen_put_cstr(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(f, "\\%03o", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

void gen_free(gen_set *s)
{
    for (size_t i = 0; i < s->len; i++)
        free(s->v[i].key);
    free(s->v);
    s->v = NULL;
    s->len = s->cap = 0;
}
