/* aka_options: string keys and values, each validated by its own parser.
 * Adding an option = one row in `table` plus its line in docs/options.md
 * (tests/unit/test_options.c checks that every key is documented). */
#include "engine/options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster/changes.h"
#include "unicode/utf8.h"

typedef aka_status (*opt_set)(aka__optvals *v, const char *value,
                              aka__err *err);
typedef void (*opt_get)(const aka__optvals *v, char *out, size_t cap);

/* value as a whole decimal number from min to max into *out: 1, or 0
 * (no sign, nothing after the digits, no overflow). */
static int whole_number(const char *value, unsigned long long min,
                        unsigned long long max, unsigned long long *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(value, &end, 10);
    if (errno || end == value || *end || value[0] == '-' || n < min || n > max)
        return 0;
    *out = n;
    return 1;
}

static aka_status set_default_country(aka__optvals *v, const char *value,
                                      aka__err *err)
{
    if (value[0] == '\0') {
        v->norm.default_country[0] = '\0';
        return AKA_OK;
    }
    char cc[3];
    if (aka__country_lookup(value, strlen(value), cc) != AKA_OK)
        return aka__fail(err, AKA_ERR_OPTION,
                         "default_country: not a known country name or "
                         "ISO 3166 code (use e.g. \"UA\", \"UKR\" or \"\")");
    memcpy(v->norm.default_country, cc, 3);
    return AKA_OK;
}

static void get_default_country(const aka__optvals *v, char *out, size_t cap)
{
    snprintf(out, cap, "%s", v->norm.default_country);
}

/* A probability strictly between 0 and 1, written as a decimal. */
static aka_status parse_probability(const char *value, double *out,
                                    const char *key, aka__err *err)
{
    char *end;
    errno = 0;
    double v = strtod(value, &end);
    if (errno || end == value || *end || !(v > 0 && v < 1))
        return aka__fail(err, AKA_ERR_OPTION,
                         "%s: expected a probability between 0 and 1 "
                         "(exclusive), e.g. \"0.95\"", key);
    *out = v;
    return AKA_OK;
}

static aka_status set_match_threshold(aka__optvals *v, const char *value,
                                      aka__err *err)
{
    double p;
    aka_status st = parse_probability(value, &p, "match_threshold", err);
    if (st == AKA_OK && p < v->review_threshold)
        st = aka__fail(err, AKA_ERR_OPTION,
                       "match_threshold: must not be below review_threshold");
    if (st == AKA_OK)
        v->match_threshold = p;
    return st;
}

static aka_status set_review_threshold(aka__optvals *v, const char *value,
                                       aka__err *err)
{
    double p;
    aka_status st = parse_probability(value, &p, "review_threshold", err);
    if (st == AKA_OK && p > v->match_threshold)
        st = aka__fail(err, AKA_ERR_OPTION,
                       "review_threshold: must not be above match_threshold");
    if (st == AKA_OK)
        v->review_threshold = p;
    return st;
}

static aka_status set_max_block(aka__optvals *v, const char *value,
                                aka__err *err)
{
    unsigned long long n;
    if (!whole_number(value, 2, 10000000ull, &n))
        return aka__fail(err, AKA_ERR_OPTION,
                         "max_block: expected a whole number from 2 to "
                         "10000000");
    v->max_block = (unsigned)n;
    return AKA_OK;
}

static aka_status set_threads(aka__optvals *v, const char *value,
                               aka__err *err)
{
    unsigned long long n;
    if (!whole_number(value, 1, AKA__MAX_THREADS, &n))
        return aka__fail(err, AKA_ERR_OPTION,
                         "threads: expected a whole number from 1 to %d",
                         AKA__MAX_THREADS);
    v->threads = (unsigned)n;
    return AKA_OK;
}

static void get_threads(const aka__optvals *v, char *out, size_t cap)
{
    snprintf(out, cap, "%u", v->threads);
}

/* The shortest decimal that reads back as the same double: "0.95" stays
 * "0.95", and a snapshot keeps a threshold exactly. */
static void fmt_double(double d, char *out, size_t cap)
{
    for (int prec = 6; prec <= 17; prec++) {
        snprintf(out, cap, "%.*g", prec, d);
        if (strtod(out, NULL) == d)
            return;
    }
}

static void get_match_threshold(const aka__optvals *v, char *out, size_t cap)
{
    fmt_double(v->match_threshold, out, cap);
}

static void get_review_threshold(const aka__optvals *v, char *out, size_t cap)
{
    fmt_double(v->review_threshold, out, cap);
}

static aka_status set_journal_path(aka__optvals *v, const char *value,
                                   aka__err *err)
{
    size_t n = strlen(value);
    if (n >= sizeof v->journal_path)
        return aka__fail(err, AKA_ERR_OPTION,
                         "journal_path: longer than %d bytes",
                         AKA__PATH_MAX - 1);
    memcpy(v->journal_path, value, n + 1);
    return AKA_OK;
}

static void get_journal_path(const aka__optvals *v, char *out, size_t cap)
{
    snprintf(out, cap, "%s", v->journal_path);
}

static aka_status set_journal_sync(aka__optvals *v, const char *value,
                                   aka__err *err)
{
    if (strcmp(value, "always") == 0) {
        v->journal_sync = 1;
        return AKA_OK;
    }
    unsigned long long n;
    if (!whole_number(value, 1, AKA__JOURNAL_SYNC_MAX, &n))
        return aka__fail(err, AKA_ERR_OPTION,
                         "journal_sync: expected \"always\" or a whole number "
                         "of calls from 1 to %u", AKA__JOURNAL_SYNC_MAX);
    v->journal_sync = (unsigned)n;
    return AKA_OK;
}

static void get_journal_sync(const aka__optvals *v, char *out, size_t cap)
{
    if (v->journal_sync <= 1)
        snprintf(out, cap, "always");
    else
        snprintf(out, cap, "%u", v->journal_sync);
}

static aka_status set_change_log(aka__optvals *v, const char *value,
                                 aka__err *err)
{
    unsigned long long n;
    if (!whole_number(value, 0, AKA__CHANGE_LOG_MAX, &n))
        return aka__fail(err, AKA_ERR_OPTION,
                         "change_log: expected a whole number of entity ids "
                         "from 0 to %zu", AKA__CHANGE_LOG_MAX);
    v->change_log = (size_t)n;
    return AKA_OK;
}

static void get_change_log(const aka__optvals *v, char *out, size_t cap)
{
    snprintf(out, cap, "%zu", v->change_log);
}

/* One type of a unique_identifier_types list, folded as identifier types
 * are (identifier.c): ASCII letters lower-cased, spaces and hyphens as
 * '_', digits and '_' kept; 0 for any other character or an empty type. */
static size_t fold_type(const char *t, size_t n, char *out)
{
    while (n && t[0] == ' ')
        t++, n--;
    while (n && t[n - 1] == ' ')
        n--;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        else if (c == ' ' || c == '-')
            c = '_';
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return 0;
        out[i] = c;
    }
    return n;
}

static aka_status set_unique_ids(aka__optvals *v, const char *value, aka__err *err)
{
    char list[AKA__UNIQUE_IDS_MAX];
    size_t o = 0;
    for (const char *p = value; *p;) {
        size_t n = strcspn(p, ",");
        if (o + n + 2 > sizeof list)
            return aka__fail(err, AKA_ERR_OPTION,
                             "unique_identifier_types: longer than %d characters",
                             AKA__UNIQUE_IDS_MAX - 2);
        if (o == 0)
            list[o++] = ',';
        size_t f = fold_type(p, n, list + o);
        if (!f)
            return aka__fail(err, AKA_ERR_OPTION,
                             "unique_identifier_types: expected identifier types "
                             "(letters, digits, '_') separated by commas");
        o += f;
        list[o++] = ',';
        p += n + (p[n] == ',');
    }
    list[o] = '\0';
    memcpy(v->unique_ids, list, o + 1);
    return AKA_OK;
}

static void get_unique_ids(const aka__optvals *v, char *out, size_t cap)
{
    size_t n = strlen(v->unique_ids);
    if (n >= 2)
        snprintf(out, cap, "%.*s", (int)(n - 2), v->unique_ids + 1);
    else if (cap)
        out[0] = '\0';
}

int aka__optvals_unique_id(const aka__optvals *v, const char *t, size_t n)
{
    for (const char *p = strchr(v->unique_ids, ','); n && p && p[1]; p = strchr(p + 1, ','))
        if (strncmp(p + 1, t, n) == 0 && p[1 + n] == ',')
            return 1;
    return 0;
}

static void get_max_block(const aka__optvals *v, char *out, size_t cap)
{
    snprintf(out, cap, "%u", v->max_block);
}

static const struct {
    const char *key;
    opt_set set;
    opt_get get;
} table[] = {
    {"default_country", set_default_country, get_default_country},
    {"match_threshold", set_match_threshold, get_match_threshold},
    {"review_threshold", set_review_threshold, get_review_threshold},
    {"max_block", set_max_block, get_max_block},
    {"threads", set_threads, get_threads},
    {"journal_path", set_journal_path, get_journal_path},
    {"journal_sync", set_journal_sync, get_journal_sync},
    {"change_log", set_change_log, get_change_log},
    {"unique_identifier_types", set_unique_ids, get_unique_ids},
};

#define NOPTS (sizeof table / sizeof table[0])

const char *aka__options_key(size_t i)
{
    return i < NOPTS ? table[i].key : NULL;
}

static int find_key(const char *key);
static aka_status unknown_key(aka__err *err, const char *key);

void aka__optvals_defaults(aka__optvals *v)
{
    memset(v, 0, sizeof *v);
    v->match_threshold = AKA__DEFAULT_MATCH;
    v->review_threshold = AKA__DEFAULT_REVIEW;
    v->max_block = AKA__DEFAULT_MAX_BLOCK;
    v->threads = 1;
    v->journal_sync = 1;
    v->change_log = AKA__CHANGE_LOG_DEFAULT;
    (void)set_unique_ids(v, AKA__DEFAULT_UNIQUE_IDS, NULL);
}

aka_status aka__optvals_set(aka__optvals *v, const char *key,
                            const char *value, aka__err *err)
{
    int i = find_key(key);
    if (i < 0)
        return unknown_key(err, key);
    aka__optvals w = *v;
    aka_status st = table[i].set(&w, value, err);
    if (st == AKA_OK)
        *v = w;
    return st;
}

void aka__optvals_get(const aka__optvals *v, size_t i, char *out, size_t cap)
{
    if (i < NOPTS)
        table[i].get(v, out, cap);
    else if (cap)
        out[0] = '\0';
}

aka_status aka_options_new(aka_options **out)
{
    if (!out)
        return AKA_ERR_ARGUMENT;
    *out = calloc(1, sizeof **out);
    if (!*out)
        return AKA_ERR_NOMEM;
    aka__optvals_defaults(&(*out)->v);
    return AKA_OK;
}

void aka_options_free(aka_options *opts)
{
    free(opts);
}

static int find_key(const char *key)
{
    for (size_t i = 0; i < NOPTS; i++)
        if (strcmp(table[i].key, key) == 0)
            return (int)i;
    return -1;
}

static aka_status unknown_key(aka__err *err, const char *key)
{
    /* Keys are names chosen by the programmer, not personal data, so the
     * message may quote them; an over-long key is cut. */
    return aka__fail(err, AKA_ERR_OPTION,
                     "unknown option key \"%.64s\" (docs/options.md lists "
                     "the keys)", key);
}

aka_status aka_options_set(aka_options *opts, const char *key,
                           const char *value)
{
    if (!opts)
        return AKA_ERR_ARGUMENT;
    opts->err.msg[0] = '\0';
    if (!key || !value)
        return aka__fail(&opts->err, AKA_ERR_ARGUMENT,
                         "aka_options_set: NULL key or value");
    if (aka__utf8_check(key, strlen(key), "option key", &opts->err) != AKA_OK ||
        aka__utf8_check(value, strlen(value), "option value", &opts->err) !=
            AKA_OK)
        return AKA_ERR_UTF8;
    int i = find_key(key);
    if (i < 0)
        return unknown_key(&opts->err, key);
    /* Parse into a copy so that a bad value leaves the set unchanged. */
    aka__optvals v = opts->v;
    aka_status st = table[i].set(&v, value, &opts->err);
    if (st == AKA_OK)
        opts->v = v;
    return st;
}

aka_status aka_options_get(const aka_options *opts, const char *key,
                           char *buf, size_t cap, size_t *out_len)
{
    if (!opts || !key || !out_len || (!buf && cap > 0))
        return AKA_ERR_ARGUMENT;
    int i = find_key(key);
    if (i < 0)
        return unknown_key((aka__err *)&opts->err, key);
    char tmp[AKA__PATH_MAX + 64];
    table[i].get(&opts->v, tmp, sizeof tmp);
    return aka__copy_out(tmp, strlen(tmp), buf, cap, out_len);
}

const char *aka_options_errmsg(const aka_options *opts)
{
    if (!opts)
        return "NULL options handle";
    return opts->err.msg;
}
