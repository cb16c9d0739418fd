/* Build-time generator of the Han readings table (unicode/han_table.h):
 * asks ICU's Han-Latin and Han-Latin/Names for every Han character of the
 * BMP, one at a time, and writes what they answer, so that the library
 * romanises Chinese names without compiling those transforms at run time.
 *
 * A character enters the table only when what ICU does to it is a
 * function of the character alone (and, for Names, of whether it starts a
 * run of Han): its reading is Latin letters, and it reads the same
 * between two other characters. Rules that look further are found in the
 * transforms' rule source: a character with a rule of right context is
 * listed with the character that triggers it, so that the library sends
 * that text to ICU; any other rule of more than one character, or of a
 * shape this program does not know, keeps its characters (or, failing
 * that, the whole table) out, which is always safe: ICU then does the work
 * as before. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "unicode/han_table.h"

#define NCP (AKA__HAN_HI - AKA__HAN_LO)
#define MAXR 32        /* longest reading kept, UTF-16 units */
#define MAXREADINGS 4096
#define REF 0x4E00     /* 一 yī: the neighbour the context checks use */

static void die(const char *what)
{
    fprintf(stderr, "gen_han: %s\n", what);
    exit(1);
}

typedef struct str16 {
    UChar s[MAXR * 4];
    int32_t n;
} str16;

static void translit(UTransliterator *t, const UChar *in, int32_t n, str16 *o)
{
    if (n > MAXR)
        die("input too long");
    memcpy(o->s, in, (size_t)n * sizeof(UChar));
    int32_t len = n, limit = n;
    UErrorCode e = U_ZERO_ERROR;
    utrans_transUChars(t, o->s, &len, MAXR * 4, 0, &limit, &e);
    if (U_FAILURE(e))
        o->n = -1;
    else
        o->n = len;
}

/* A reading the table can hold: Latin letters (with their marks) only. */
static int is_reading(const UChar *s, int32_t n)
{
    if (n <= 0 || n > MAXR)
        return 0;
    for (int32_t i = 0; i < n; i++) {
        UErrorCode e = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(s[i], &e);
        if (U_FAILURE(e) || U16_IS_SURROGATE(s[i]) ||
            (sc != USCRIPT_LATIN && sc != USCRIPT_INHERITED) ||
            !(u_isalpha(s[i]) || (U_GET_GC_MASK(s[i]) & U_GC_M_MASK)))
            return 0;
    }
    return 1;
}

/* o == a + " " + rest: write rest's bounds. */
static int split_after(const str16 *o, const str16 *a, int32_t *from)
{
    if (o->n < a->n + 2 || memcmp(o->s, a->s, (size_t)a->n * sizeof(UChar)) ||
        o->s[a->n] != ' ')
        return 0;
    *from = a->n + 1;
    return 1;
}

static int equal_join(const str16 *o, const UChar *x, int32_t xn,
                      const UChar *y, int32_t yn)
{
    return o->n == xn + 1 + yn &&
           memcmp(o->s, x, (size_t)xn * sizeof(UChar)) == 0 &&
           o->s[xn] == ' ' &&
           memcmp(o->s + xn + 1, y, (size_t)yn * sizeof(UChar)) == 0;
}

/* ---- Reading pool ---- */

static UChar pool[MAXREADINGS * MAXR];
static uint32_t off[MAXREADINGS + 1];
static uint32_t nread = 1; /* reading 0 is "none" */

static uint16_t intern(const UChar *s, int32_t n)
{
    for (uint32_t k = 1; k < nread; k++)
        if (off[k + 1] - off[k] == (uint32_t)n &&
            memcmp(pool + off[k], s, (size_t)n * sizeof(UChar)) == 0)
            return (uint16_t)k;
    if (nread + 1 >= MAXREADINGS || nread > AKA__HAN_READING)
        die("too many distinct readings");
    memcpy(pool + off[nread], s, (size_t)n * sizeof(UChar));
    off[nread + 1] = off[nread] + (uint32_t)n;
    return (uint16_t)nread++;
}

/* ---- Rule source ---- */

static int is_han(UChar32 c)
{
    UErrorCode e = U_ZERO_ERROR;
    return uscript_getScript(c, &e) == USCRIPT_HAN && U_SUCCESS(e);
}

static uint16_t flags[NCP];
static unsigned char out_of_table[NCP];
static aka__han_pair pairs[2][256];
static uint32_t npairs[2];
static int table_off; /* a rule this program cannot judge: no table */

static void keep_out(UChar32 c)
{
    if (c >= (UChar32)AKA__HAN_LO && c < (UChar32)AKA__HAN_HI)
        out_of_table[c - AKA__HAN_LO] = 1;
}

/* A part of a rule's left side, read at top level: its Han characters
 * written as such, whether it has sets or groups, and its first element
 * that is not an optional space (`' '?`). */
typedef struct part {
    UChar32 han[16];
    int nhan;
    int sets;
    int first_han; /* the first element is a Han character */
    int other;     /* other literal characters */
} part;

static void read_part(const UChar *s, int32_t from, int32_t to, part *p)
{
    memset(p, 0, sizeof *p);
    int first = 1;
    for (int32_t i = from; i < to;) {
        UChar32 c;
        U16_NEXT(s, i, to, c);
        if (c == ' ' || c == '?')
            continue;
        if (c == '\'') { /* a quoted literal: a space, in these rules */
            while (i < to && s[i] != '\'')
                i++;
            i++;
            continue;
        }
        if (c == '[' || c == '(') {
            int depth = 1;
            while (i < to && depth) {
                if (s[i] == '\\')
                    i++;
                else if (s[i] == '[' || s[i] == '(')
                    depth++;
                else if (s[i] == ']' || s[i] == ')')
                    depth--;
                i++;
            }
            p->sets++;
            first = 0;
            continue;
        }
        if (is_han(c)) {
            if (p->nhan < 16)
                p->han[p->nhan++] = c;
            if (first)
                p->first_han = 1;
        } else {
            p->other++;
        }
        first = 0;
    }
}

static int part_text_is(const UChar *s, int32_t from, int32_t to,
                        const char *want)
{
    int32_t n = (int32_t)strlen(want);
    if (to - from != n)
        return 0;
    for (int32_t i = 0; i < n; i++)
        if (s[from + i] != (UChar)want[i])
            return 0;
    return 1;
}

/* Does a set, written s[from, to), hold Han characters or name them? */
static int set_has_han(const UChar *s, int32_t from, int32_t to)
{
    for (int32_t i = from; i < to;) {
        UChar32 c;
        U16_NEXT(s, i, to, c);
        if (is_han(c) || c == '{')
            return 1;
        if (c == 'H' && i + 2 <= to && s[i] == 'a' && s[i + 1] == 'n')
            return 1;
    }
    return 0;
}

/* One rule statement s[from, to). */
static void read_rule(const UChar *s, int32_t from, int32_t to, int which)
{
    while (from < to && (s[from] == ' ' || s[from] == '\n'))
        from++;
    if (from >= to || (to - from >= 2 && s[from] == ':' && s[from + 1] == ':'))
        return;
    /* top-level { } and the arrow */
    int32_t lb = -1, rb = -1, gt = -1;
    int depth = 0, quote = 0;
    for (int32_t i = from; i < to && gt < 0; i++) {
        UChar c = s[i];
        if (c == '\\') {
            i++;
            continue;
        }
        if (c == '\'') {
            quote = !quote;
            continue;
        }
        if (quote)
            continue;
        if (c == '[' || c == '(')
            depth++;
        else if (c == ']' || c == ')')
            depth--;
        else if (depth == 0 && c == '{')
            lb = i;
        else if (depth == 0 && c == '}')
            rb = i;
        else if (depth == 0 && (c == '>' || c == 0x2192))
            gt = i;
        else if (depth == 0 && (c == '<' || c == 0x2190 || c == '='))
            break;
    }
    if (gt < 0) { /* a variable or a reverse rule: only safe without Han */
        if (set_has_han(s, from, to))
            table_off = 1;
        return;
    }
    int32_t kf = from, kt = gt, af = gt, at = gt;
    if (lb >= 0 && rb > lb) {
        kf = lb + 1;
        kt = rb;
        af = rb + 1;
    } else if (lb >= 0 || rb >= 0) {
        table_off = 1;
        return;
    }
    part before, key, after;
    read_part(s, from, lb >= 0 ? lb : from, &before);
    read_part(s, kf, kt, &key);
    read_part(s, af, at, &after);
    if (key.sets) {
        /* the Names prelude marks the first Han character of a run: that
         * is what the table's `first` readings are */
        if (lb >= 0 && part_text_is(s, from, lb, "[:^script=Han:]") &&
            part_text_is(s, kf, kt, "([:script=Han:])"))
            return;
        /* a set of single Han characters without context: one char */
        if (key.sets == 1 && key.nhan == 0 && key.other == 0 &&
            before.nhan + before.sets + before.other == 0 &&
            after.nhan + after.sets + after.other == 0 &&
            s[kf] == '[') {
            for (int32_t i = kf; i < kt; i++)
                if (s[i] == '{') /* a string in the set */
                    table_off = 1;
            return;
        }
        if (set_has_han(s, kf, kt))
            table_off = 1;
        return;
    }
    if (key.nhan == 0)
        return; /* rewrites no Han (Names' run marker) */
    if (key.nhan > 1 || key.other) {
        for (int k = 0; k < key.nhan; k++)
            keep_out(key.han[k]);
        return;
    }
    UChar32 x = key.han[0];
    /* left context: Names' run marker only (U+FDD1), which the `first`
     * readings cover */
    if (before.nhan || before.sets ||
        (before.other && !(before.other == 1 && s[from] == 0xFDD1))) {
        keep_out(x);
        return;
    }
    if (after.nhan + after.sets + after.other == 0)
        return;
    if (x < (UChar32)AKA__HAN_LO || x >= (UChar32)AKA__HAN_HI)
        return;
    if (npairs[which] == sizeof pairs[0] / sizeof pairs[0][0])
        die("too many context rules");
    aka__han_pair *p = &pairs[which][npairs[which]++];
    p->cp = (uint16_t)x;
    p->next = after.first_han && after.han[0] < 0x10000 ? (uint16_t)after.han[0]
                                                        : 0;
    flags[x - AKA__HAN_LO] |= which ? AKA__HAN_NCTX : AKA__HAN_CTX;
}

static void read_rules(UTransliterator *t, int which)
{
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = utrans_toRules(t, 0, NULL, 0, &e);
    if (e != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(e))
        die("cannot read rules");
    UChar *r = malloc(((size_t)n + 1) * sizeof *r);
    if (!r)
        die("out of memory");
    e = U_ZERO_ERROR;
    utrans_toRules(t, 0, r, n + 1, &e);
    if (U_FAILURE(e))
        die("cannot read rules");
    int32_t start = 0;
    int depth = 0, quote = 0;
    for (int32_t i = 0; i < n; i++) {
        UChar c = r[i];
        if (c == '\\') {
            i++;
            continue;
        }
        if (c == '\'')
            quote = !quote;
        else if (!quote && (c == '[' || c == '('))
            depth++;
        else if (!quote && (c == ']' || c == ')'))
            depth--;
        else if (!quote && depth == 0 && c == ';') {
            read_rule(r, start, i, which);
            start = i + 1;
        }
    }
    read_rule(r, start, n, which);
    free(r);
}

/* ---- Output ---- */

static aka__han_name names[NCP];
static uint32_t nnames;
static uint16_t entry[NCP];

static void put_pairs(FILE *f, const char *name, const char *count, int which)
{
    fprintf(f, "const aka__han_pair %s[] = {", name);
    for (uint32_t k = 0; k < npairs[which]; k++)
        fprintf(f, "%s{0x%04X, 0x%04X},", k % 4 ? " " : "\n    ",
                pairs[which][k].cp, pairs[which][k].next);
    if (!npairs[which])
        fputs("{0, 0}", f);
    fprintf(f, "\n};\nconst uint32_t %s = %u;\n\n", count, npairs[which]);
}

static void write_table(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        die("cannot open output");
    fputs("/* Generated at build time from ICU's Han-Latin and Han-Latin/Names\n"
          " * by lib/unicode/gen/gen_han.c. Do not edit. */\n"
          "#include \"unicode/han_table.h\"\n\n",
          f);
    fputs("const uint16_t aka__han_entry[AKA__HAN_HI - AKA__HAN_LO] = {", f);
    for (uint32_t i = 0; i < NCP; i++)
        fprintf(f, "%s%u,", i % 12 ? " " : "\n    ", entry[i]);
    fputs("\n};\n\nconst uint16_t aka__han_off[] = {", f);
    for (uint32_t k = 0; k <= nread; k++)
        fprintf(f, "%s%u,", k % 12 ? " " : "\n    ", off[k]);
    fputs("\n};\n\nconst UChar aka__han_pool[] = {", f);
    for (uint32_t i = 0; i < off[nread] || i == 0; i++)
        fprintf(f, "%s0x%04X,", i % 10 ? " " : "\n    ",
                i < off[nread] ? pool[i] : 0);
    fputs("\n};\n\nconst aka__han_name aka__han_names[] = {", f);
    for (uint32_t k = 0; k < nnames; k++)
        fprintf(f, "\n    {0x%04X, %u, %u},", names[k].cp, names[k].first,
                names[k].later);
    if (!nnames)
        fputs("{0, 0, 0}", f);
    fprintf(f, "\n};\nconst uint32_t aka__han_nnames = %u;\n\n", nnames);
    put_pairs(f, "aka__han_ctx", "aka__han_nctx", 0);
    put_pairs(f, "aka__han_nctx_pairs", "aka__han_nnctx", 1);
    if (fflush(f) != 0 || ferror(f) || fclose(f) != 0)
        die("cannot write output");
    if (rename(tmp, path) != 0)
        die("cannot rename output");
}

static UTransliterator *open_tr(const char *id)
{
    UChar u[64];
    u_uastrcpy(u, id);
    UErrorCode e = U_ZERO_ERROR;
    UTransliterator *t =
        utrans_openU(u, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
    if (U_FAILURE(e))
        die("cannot open a transliterator");
    return t;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTPUT.c\n", argv[0]);
        return 2;
    }
    UTransliterator *hl = open_tr("Han-Latin");
    UTransliterator *nm = open_tr("Han-Latin/Names");
    read_rules(hl, 0);
    read_rules(nm, 1);

    /* the neighbour's readings: alone, first and later in a run */
    const UChar ref[2] = {REF, REF};
    str16 ref_hl, ref_first, ref_two, o;
    translit(hl, ref, 1, &ref_hl);
    translit(nm, ref, 1, &ref_first);
    translit(nm, ref, 2, &ref_two);
    int32_t at = 0;
    if (!is_reading(ref_hl.s, ref_hl.n) || !is_reading(ref_first.s, ref_first.n) ||
        !split_after(&ref_two, &ref_first, &at))
        die("unexpected reading of the reference character");
    const UChar *ref_later = ref_two.s + at;
    int32_t ref_later_n = ref_two.n - at;

    uint32_t kept = 0, dropped = 0;
    for (uint32_t i = 0; i < NCP && !table_off; i++) {
        UChar x = (UChar)(AKA__HAN_LO + i);
        if (out_of_table[i] || !is_han(x) ||
            u_charType(x) != U_OTHER_LETTER || x == REF)
            continue;
        str16 r, first, later;
        translit(hl, &x, 1, &r);
        if (!is_reading(r.s, r.n)) {
            dropped++;
            continue;
        }
        /* between neighbours, Han-Latin writes the same reading */
        UChar two[2] = {REF, x};
        translit(hl, two, 2, &o);
        int ok = equal_join(&o, ref_hl.s, ref_hl.n, r.s, r.n);
        two[0] = x;
        two[1] = REF;
        translit(hl, two, 2, &o);
        ok = ok && equal_join(&o, r.s, r.n, ref_hl.s, ref_hl.n);
        /* Names: first of a run, and later */
        translit(nm, &x, 1, &first);
        ok = ok && is_reading(first.s, first.n);
        translit(nm, two, 2, &o);
        ok = ok && equal_join(&o, first.s, first.n, ref_later, ref_later_n);
        two[0] = REF;
        two[1] = x;
        translit(nm, two, 2, &o);
        ok = ok && split_after(&o, &ref_first, &at) &&
             is_reading(o.s + at, o.n - at);
        if (!ok) {
            dropped++;
            continue;
        }
        later.n = o.n - at;
        memcpy(later.s, o.s + at, (size_t)later.n * sizeof(UChar));
        uint16_t k = intern(r.s, r.n);
        entry[i] = (uint16_t)(k | flags[i]);
        uint16_t kf = intern(first.s, first.n), kl = intern(later.s, later.n);
        if (kf != k || kl != k) {
            entry[i] |= AKA__HAN_NAMES;
            names[nnames].cp = x;
            names[nnames].first = kf;
            names[nnames].later = kl;
            nnames++;
        }
        kept++;
    }
    /* the reference character itself, checked against a second one */
    if (!table_off) {
        uint16_t k = intern(ref_hl.s, ref_hl.n);
        uint16_t kf = intern(ref_first.s, ref_first.n);
        uint16_t kl = intern(ref_later, ref_later_n);
        entry[REF - AKA__HAN_LO] = (uint16_t)(k | flags[REF - AKA__HAN_LO]);
        if (kf != k || kl != k)
            die("the reference character has a Names reading");
        kept++;
    }
    if (table_off) {
        fprintf(stderr, "gen_han: a rule of a shape not understood; "
                        "Han text will go to ICU\n");
        memset(entry, 0, sizeof entry);
        nnames = npairs[0] = npairs[1] = 0;
        nread = 1;
    }
    write_table(argv[1]);
    printf("gen_han: %u characters, %u readings, %u Names readings, "
           "%u + %u context rules, %u left to ICU\n",
           kept, nread - 1, nnames, npairs[0], npairs[1], dropped);
    utrans_close(hl);
    utrans_close(nm);
    return 0;
}
