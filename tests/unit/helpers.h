/* Helpers shared by the unit tests. Per-kind normaliser tests: a table of (value, expected
 * canonical form) cases checked through the internal dispatcher, so that a
 * failure prints the rule's message; expected failures must be
 * AKA_ERR_PARSE with a message that names the kind and never quotes the
 * value. Include after <cmocka.h>. */
#ifndef AKA_TESTS_HELPERS_H
#define AKA_TESTS_HELPERS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aka.h"
#include "normalize/normalize.h"
#include "unicode/uctx.h"

typedef struct kcase {
    const char *in;
    const char *want; /* NULL: AKA_ERR_PARSE expected */
} kcase;

static inline void check_cases_with(aka_feature kind, const char *country,
                                    const kcase *cases, size_t n)
{
    aka__norm_opts o = {""};
    snprintf(o.default_country, sizeof o.default_country, "%s", country);
    char prefix[32];
    snprintf(prefix, sizeof prefix, "%s: ", aka__kind_name(kind));
    for (size_t i = 0; i < n; i++) {
        aka__sb out = {0};
        aka__err err = {{0}};
        aka_status st = aka__normalize(kind, cases[i].in, strlen(cases[i].in),
                                       &o, &out, &err);
        if (cases[i].want) {
            if (st != AKA_OK || strcmp(out.p, cases[i].want) != 0)
                fail_msg("case %zu \"%s\" [%s]: got %s \"%s\" (%s), want "
                         "\"%s\"", i, cases[i].in, country, aka_status_str(st),
                         st == AKA_OK ? out.p : "", err.msg, cases[i].want);
        } else {
            if (st != AKA_ERR_PARSE)
                fail_msg("case %zu \"%s\" [%s]: got %s \"%s\", want "
                         "AKA_ERR_PARSE", i, cases[i].in, country,
                         aka_status_str(st), out.p ? out.p : "");
            assert_null(strstr(err.msg, cases[i].in));
            if (strncmp(err.msg, prefix, strlen(prefix)) != 0)
                fail_msg("case %zu: message \"%s\" does not start with \"%s\"",
                         i, err.msg, prefix);
        }
        aka__sb_free(&out);
    }
}

/* Each of values[0..n) is refused (AKA_ERR_PARSE) with a message that
 * says `says` ("missing", "two numbers") and does not quote the value. */
static inline void check_refused_saying(aka_feature kind,
                                        const char *const *values, size_t n,
                                        const char *says)
{
    for (size_t i = 0; i < n; i++) {
        aka__sb out = {0};
        aka__err err = {{0}};
        aka_status st = aka__normalize(kind, values[i], strlen(values[i]), NULL,
                                       &out, &err);
        if (st != AKA_ERR_PARSE || !strstr(err.msg, says) ||
            strstr(err.msg, values[i]))
            fail_msg("%s \"%s\": got %s \"%s\", want a message with \"%s\"",
                     aka__kind_name(kind), values[i], aka_status_str(st), err.msg,
                     says);
        aka__sb_free(&out);
    }
}

/* Whether s holds only lower-case ASCII letters, digits and spaces: what
 * every romaniser writes, whatever it is given. */
static inline int lower_ascii_tokens(const char *s)
{
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
              *s == ' '))
            return 0;
    return 1;
}

/* A romaniser with aka__thai_rtgs' contract (thai.h). */
typedef aka_status (*romaniser_fn)(const UChar *p, int32_t len,
                                   aka__u16 *tmp, aka__sb *out);

/* aka_normalize(AKA_NAME) of a UTF-8 literal equals want. */
static inline void expect_name(const char *in, const char *want)
{
    char buf[256];
    size_t len = 0;
    aka_status st = aka_normalize(AKA_NAME, in, strlen(in), buf, sizeof buf,
                                  &len);
    if (st != AKA_OK || strcmp(buf, want) != 0)
        fail_msg("%s: got %s \"%s\", want \"%s\"", in, aka_status_str(st),
                 st == AKA_OK ? buf : "", want);
}

/* The reading of UTF-16 code units straight from a romaniser. */
static inline const char *read_direct(romaniser_fn f, const UChar *b,
                                      int32_t n, aka__u16 *tmp, aka__sb *out)
{
    aka__sb_clear(out);
    assert_int_equal(f(b, n, tmp, out), AKA_OK);
    return out->p ? out->p : "";
}

/* read_direct of pattern[0..np) repeated without a break to n code units,
 * for the romanisers' long-input tests. */
static inline const char *read_repeated(romaniser_fn f, const UChar *pattern,
                                        int32_t np, int32_t n, aka__u16 *tmp,
                                        aka__sb *out)
{
    UChar *b = malloc((size_t)n * sizeof *b);
    assert_non_null(b);
    for (int32_t i = 0; i < n; i++)
        b[i] = pattern[i % np];
    read_direct(f, b, n, tmp, out);
    free(b);
    return out->p ? out->p : "";
}

/* aka_name_compare of every pair (native, Latin) of pairs[0..n) scores at
 * least min (and the matcher takes them for one name when `same`), or
 * below max when max is under 1: spellings that must meet, or different
 * names that must stay apart. */
static inline void check_name_pairs(const char *const (*pairs)[2], size_t n,
                                    double min, double max, int same)
{
    for (size_t i = 0; i < n; i++) {
        double score = 0;
        int one = 0;
        aka_status st = aka_name_compare(pairs[i][0], strlen(pairs[i][0]),
                                         pairs[i][1], strlen(pairs[i][1]),
                                         &score, &one);
        if (st != AKA_OK || score < min || (max < 1 && score >= max) ||
            (same && !one))
            fail_msg("%s / %s: %s, score %.3f", pairs[i][0], pairs[i][1],
                     aka_status_str(st), score);
    }
}

/* A romaniser's reading appended to text already in out: one space
 * before the word's token ("x " + want), and signs alone, which say
 * nothing, add neither a token nor a space. */
static inline void check_appends(romaniser_fn f, const UChar *word,
                                 int32_t nword, const char *want,
                                 const UChar *signs, int32_t nsigns)
{
    aka__u16 tmp = {0};
    aka__sb out = {0};
    char expect[64];
    snprintf(expect, sizeof expect, "x %s", want);
    assert_int_equal(aka__sb_append_str(&out, "x"), AKA_OK);
    assert_int_equal(f(word, nword, &tmp, &out), AKA_OK);
    assert_string_equal(out.p, expect);
    assert_int_equal(f(signs, nsigns, &tmp, &out), AKA_OK);
    assert_string_equal(out.p, expect);
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Code points first .. first + count - 1, drawn while a roll of 0..99 is
 * below `below` (the ranges in rising order of it). */
typedef struct cp_range {
    uint32_t below;
    UChar first;
    uint32_t count;
} cp_range;

/* `trials` random strings of fewer than maxlen (at most 64) characters
 * from the ranges, and from "a -1Z" past the last: the romaniser returns
 * AKA_OK with lower-case ASCII tokens, never a space at either end (and
 * under ASan, never reads past the string). */
static inline void check_random_text(romaniser_fn f, uint32_t x, int trials,
                                     int32_t maxlen, const cp_range *r,
                                     size_t nr)
{
    UChar b[64];
    aka__u16 tmp = {0};
    aka__sb out = {0};
    for (int t = 0; t < trials; t++) {
        x = x * 1103515245u + 12345u;
        int32_t n = (int32_t)((x >> 16) % (uint32_t)maxlen);
        for (int32_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            uint32_t roll = (x >> 8) % 100;
            size_t k = 0;
            while (k < nr && roll >= r[k].below)
                k++;
            b[i] = k < nr ? (UChar)(r[k].first + (x >> 16) % r[k].count)
                          : (UChar)("a -1Z"[(x >> 16) % 5]);
        }
        aka__sb_clear(&out);
        assert_int_equal(f(b, n, &tmp, &out), AKA_OK);
        if (out.p && !lower_ascii_tokens(out.p))
            fail_msg("non-ASCII output on random input %d", t);
        if (out.p && out.len > 0)
            assert_true(out.p[0] != ' ' && out.p[out.len - 1] != ' ');
    }
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Through the public function: a name of signs alone is read or refused,
 * never a crash; a word mixing Latin and the script gives tokens. */
static inline void check_public_odd_names(const char *marks, const char *mixed)
{
    char buf[128];
    size_t len;
    aka_status st = aka_normalize(AKA_NAME, marks, strlen(marks), buf,
                                  sizeof buf, &len);
    assert_true(st == AKA_OK || st == AKA_ERR_PARSE);
    st = aka_normalize(AKA_NAME, mixed, strlen(mixed), buf, sizeof buf, &len);
    assert_int_equal(st, AKA_OK);
    assert_true(len > 0);
}

static inline void check_cases(aka_feature kind, const kcase *cases, size_t n)
{
    check_cases_with(kind, "", cases, n);
}

/* Group teardown: free this thread's ICU objects so leak checkers see a
 * clean exit. */
static inline int release_uctx(void **state)
{
    (void)state;
    aka__uctx_release();
    return 0;
}

/* The name feature of the engine's explanation of records (sa, ia) and
 * (sb, ib): its level into level[0..cap), its weight returned. */
static inline double explain_name(aka_engine *e, const char *sa, const char *ia,
                                  const char *sb, const char *ib, char *level,
                                  size_t cap)
{
    char buf[8192];
    size_t len = 0;
    assert_int_equal(aka_engine_explain(e, sa, strlen(sa), ia, strlen(ia), sb,
                                        strlen(sb), ib, strlen(ib), buf,
                                        sizeof buf, &len),
                     AKA_OK);
    const char *f = strstr(buf, "{\"kind\":\"name\"");
    assert_non_null(f);
    const char *l = strstr(f, "\"level\":\"");
    assert_non_null(l);
    l += strlen("\"level\":\"");
    size_t n = strcspn(l, "\"");
    assert_true(n < cap);
    memcpy(level, l, n);
    level[n] = '\0';
    const char *w = strstr(f, "\"weight\":");
    assert_non_null(w);
    return strtod(w + strlen("\"weight\":"), NULL);
}

#endif
