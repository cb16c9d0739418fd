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
