/* bench_normalize: throughput of aka_normalize per feature kind on a
 * realistic, deterministic mix of values.
 *
 * Names are drawn Zipf-distributed (s = 1.1) from bench/data/name_pool.tsv
 * (native and romanised forms of common given and family names of 125
 * countries; see bench/gen_name_pool.py), because the name normaliser's
 * token cache is designed for exactly that skew: a uniform draw would
 * understate warm throughput and a tiny pool would overstate it. Full names
 * vary as case files do: family name first, upper case, a title, a comma.
 * The other kinds come from small generators covering the formats the
 * contract lists.
 *
 * Each kind's values are generated up front; then one cold pass (the
 * per-thread caches start empty for names, since names run first) and
 * --reps timed warm passes run over them. values/s is reported for the
 * cold pass and as the median of the warm passes. Values that fail to
 * normalise are counted, not fatal: normalisers still being written return
 * AKA_ERR_PARSE and the bench must still run.
 *
 *   bench_normalize [--n N] [--reps R] [--seed S] [--kind K] [--pool FILE]
 *                   [--json | --summary]
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aka.h"
#include "bench_util.h"
#include "name_pool.h"

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#ifndef AKA_BENCH_DATA_DIR
#define AKA_BENCH_DATA_DIR "bench/data"
#endif

/* ---- deterministic PRNG: splitmix64 seeding xoshiro256** ---------------- */


#define PICK(r, arr) ((arr)[rng_below((r), sizeof(arr) / sizeof((arr)[0]))])

/* ---- growable string arena -------------------------------------------- */

typedef struct values {
    char *text;          /* all values back to back, no separators */
    size_t len, cap;
    size_t *off, *vlen;  /* value i is text[off[i] .. off[i] + vlen[i]) */
    size_t n, ncap;
} values;

static void values_add(values *v, const char *s, size_t n)
{
    if (v->len + n > v->cap) {
        v->cap = (v->len + n) * 2 + 4096;
        v->text = xrealloc(v->text, v->cap);
    }
    if (v->n == v->ncap) {
        v->ncap = v->ncap ? v->ncap * 2 : 1024;
        v->off = xrealloc(v->off, v->ncap * sizeof *v->off);
        v->vlen = xrealloc(v->vlen, v->ncap * sizeof *v->vlen);
    }
    memcpy(v->text + v->len, s, n);
    v->off[v->n] = v->len;
    v->vlen[v->n] = n;
    v->len += n;
    v->n++;
}

static void values_free(values *v)
{
    free(v->text);
    free(v->off);
    free(v->vlen);
    memset(v, 0, sizeof *v);
}

/* ---- the name pool ------------------------------------------------------ */

/* ---- generators --------------------------------------------------------- */

typedef struct sbuf {
    char b[512];
    size_t n;
} sbuf;

static void sb_add(sbuf *s, const char *t)
{
    size_t k = strlen(t);
    if (s->n + k >= sizeof s->b)
        k = sizeof s->b - 1 - s->n;
    memcpy(s->b + s->n, t, k);
    s->n += k;
    s->b[s->n] = '\0';
}

/* A macro, not a function, so that every format stays a checked literal. */
#define SB_FMT(s, ...)                                                       \
    do {                                                                     \
        char tmp_[128];                                                      \
        snprintf(tmp_, sizeof tmp_, __VA_ARGS__);                            \
        sb_add((s), tmp_);                                                   \
    } while (0)

static int is_ascii(const char *t)
{
    for (; *t; t++)
        if ((unsigned char)*t >= 0x80)
            return 0;
    return 1;
}

static void sb_add_upper(sbuf *s, const char *t)
{
    size_t start = s->n;
    sb_add(s, t);
    for (size_t i = start; i < s->n; i++)
        if (s->b[i] >= 'a' && s->b[i] <= 'z')
            s->b[i] = (char)(s->b[i] - 32);
}

/* A title that fits the script of the name (the normaliser drops it). */
static const char *title_for(rng *r, const char *name, char gender)
{
    unsigned char c = (unsigned char)name[0];
    int female = gender == 'F';
    if (c == 0xD0 || c == 0xD1) /* Cyrillic */
        return female ? "г-жа" : PICK(r, ((const char *[]){"г-н", "господин"}));
    if (c == 0xD8 || c == 0xD9) /* Arabic */
        return female ? "السيدة" : "السيد";
    if (c == 0xCE || c == 0xCF) /* Greek */
        return female ? "κυρία" : "κύριος";
    if (c >= 0x80)
        return NULL; /* no title convention we model for other scripts */
    static const char *const m[] = {"Mr", "Mr.", "Dr", "Herr", "Sr.", "M.", "Sheikh"};
    static const char *const f[] = {"Mrs", "Ms", "Dr.", "Frau", "Mme", "Sra."};
    return female ? PICK(r, f) : PICK(r, m);
}

static void gen_name(rng *r, const pool *p, sbuf *s, int part)
{
    const pname *g = &p->given[zipf_draw(r, p->cdf_given, p->ngiven)];
    /* Family names mostly from the given name's country, as in life. */
    const pname *f = &p->family[zipf_draw(r, p->cdf_family, p->nfamily)];
    for (int tries = 0; tries < 8 && strcmp(f->cc, g->cc) != 0; tries++)
        f = &p->family[zipf_draw(r, p->cdf_family, p->nfamily)];
    int roman = rng_chance(r, 0.5);
    const char *gn = roman ? g->roman : g->native;
    const char *fn = roman ? f->roman : f->native;
    if (part == AKA_GIVEN_NAME) {
        sb_add(s, gn);
        return;
    }
    if (part == AKA_FAMILY_NAME) {
        sb_add(s, fn);
        return;
    }
    int upper = is_ascii(fn) && rng_chance(r, 0.15);
    const char *title = rng_chance(r, 0.1) ? title_for(r, gn, g->gender) : NULL;
    if (title) {
        sb_add(s, title);
        sb_add(s, " ");
    }
    double order = rng_unit(r);
    if (order < 0.7) { /* given family */
        sb_add(s, gn);
        sb_add(s, " ");
        upper ? sb_add_upper(s, fn) : sb_add(s, fn);
    } else if (order < 0.85) { /* FAMILY, given */
        upper ? sb_add_upper(s, fn) : sb_add(s, fn);
        sb_add(s, ", ");
        sb_add(s, gn);
    } else { /* family given (East Asian, Hungarian, official lists) */
        upper ? sb_add_upper(s, fn) : sb_add(s, fn);
        sb_add(s, " ");
        sb_add(s, gn);
    }
}

static const char *const months_en[] = {"January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December"};
static const char *const months_uk_gen[] = {"січня", "лютого", "березня",
    "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
    "листопада", "грудня"};
static const char *const months_ru_gen[] = {"января", "февраля", "марта",
    "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря"};
static const char *const months_fr[] = {"janvier", "février", "mars", "avril",
    "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre"};
static const char *const months_de[] = {"Januar", "Februar", "März", "April",
    "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember"};

static void gen_date(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    long y = 1935 + (long)rng_below(r, 75), m = 1 + (long)rng_below(r, 12),
         d = 1 + (long)rng_below(r, 28);
    switch (rng_below(r, 12)) {
    case 0: SB_FMT(s, "%04ld-%02ld-%02ld", y, m, d); break;
    case 1: SB_FMT(s, "%02ld/%02ld/%04ld", d, m, y); break;
    case 2: SB_FMT(s, "%ld.%ld.%ld", d, m, y); break;
    case 3: SB_FMT(s, "%ld ", d); sb_add(s, months_en[m - 1]);
            SB_FMT(s, " %ld", y); break;
    case 4: sb_add(s, months_en[m - 1]); SB_FMT(s, " %ld", y); break;
    case 5: SB_FMT(s, "%02ld.%04ld", m, y); break;
    case 6: SB_FMT(s, "%ld", y); break;
    case 7: SB_FMT(s, "%ld ", d); sb_add(s, months_uk_gen[m - 1]);
            SB_FMT(s, " %ld р.", y); break;
    case 8: SB_FMT(s, "%02ld ", d); sb_add(s, months_ru_gen[m - 1]);
            SB_FMT(s, " %ld г.", y); break;
    case 9: SB_FMT(s, "%ld ", d); sb_add(s, months_fr[m - 1]);
            SB_FMT(s, " %ld", y); break;
    case 10: SB_FMT(s, "%ld. ", d); sb_add(s, months_de[m - 1]);
             SB_FMT(s, " %ld", y); break;
    default: SB_FMT(s, "%04ld/%02ld/%02ld", y, m, d); break;
    }
}

static void digits(rng *r, sbuf *s, int n)
{
    for (int i = 0; i < n; i++) {
        char c[2] = {(char)('0' + rng_below(r, 10)), '\0'};
        sb_add(s, c);
    }
}

static void gen_phone(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    static const char *const ua_ops[] = {"67", "50", "63", "66", "73", "93", "97", "99"};
    switch (rng_below(r, 7)) {
    case 0: sb_add(s, "+380 "); sb_add(s, PICK(r, ua_ops)); sb_add(s, " ");
            digits(r, s, 3); sb_add(s, " "); digits(r, s, 2); sb_add(s, " ");
            digits(r, s, 2); break;
    case 1: sb_add(s, "(0"); sb_add(s, PICK(r, ua_ops)); sb_add(s, ") ");
            digits(r, s, 3); sb_add(s, "-"); digits(r, s, 2); sb_add(s, "-");
            digits(r, s, 2); break;
    case 2: sb_add(s, "+44 (0)20 "); digits(r, s, 4); sb_add(s, " ");
            digits(r, s, 4); break;
    case 3: sb_add(s, "0044 20 "); digits(r, s, 4); sb_add(s, " ");
            digits(r, s, 4); break;
    case 4: sb_add(s, "+1 (415) 555-"); digits(r, s, 4); break;
    case 5: sb_add(s, "+49 30 "); digits(r, s, 7); break;
    default: sb_add(s, "+7 (9"); digits(r, s, 2); sb_add(s, ") ");
             digits(r, s, 3); sb_add(s, "-"); digits(r, s, 2); sb_add(s, "-");
             digits(r, s, 2); break;
    }
}

static void gen_email(rng *r, const pool *p, sbuf *s, int part)
{
    (void)part;
    static const char *const domains[] = {"gmail.com", "Mail.RU", "ukr.net",
        "Example.COM", "yahoo.co.uk", "gmx.de", "outlook.com", "i.ua"};
    /* Romanised names that are plain ASCII make plausible local parts. */
    const pname *g, *f;
    int tries = 0;
    do {
        g = &p->given[zipf_draw(r, p->cdf_given, p->ngiven)];
        f = &p->family[zipf_draw(r, p->cdf_family, p->nfamily)];
    } while ((!is_ascii(g->roman) || !is_ascii(f->roman) ||
              strchr(g->roman, ' ') || strchr(f->roman, ' ')) && ++tries < 16);
    if (tries >= 16) {
        sb_add(s, "user");
        digits(r, s, 4);
    } else {
        int style = (int)rng_below(r, 4);
        if (style == 3)
            sb_add(s, " <");
        sb_add(s, g->roman);
        sb_add(s, style == 1 ? "_" : ".");
        sb_add(s, f->roman);
        if (style == 2)
            digits(r, s, 2);
    }
    sb_add(s, "@");
    sb_add(s, PICK(r, domains));
    if (s->b[0] == ' ')
        sb_add(s, "> ");
}

static void gen_document(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    static const char *const letters[] = {"A", "B", "C", "E", "K", "M", "X", "T"};
    switch (rng_below(r, 5)) {
    case 0: sb_add(s, "UA:СН "); digits(r, s, 6); break;
    case 1: sb_add(s, "ukr:fe-"); digits(r, s, 3); sb_add(s, " "); digits(r, s, 3); break;
    case 2: sb_add(s, PICK(r, letters)); sb_add(s, PICK(r, letters)); digits(r, s, 7); break;
    case 3: sb_add(s, "DE:C"); digits(r, s, 2); sb_add(s, "X"); digits(r, s, 2);
            sb_add(s, "T"); digits(r, s, 2); break;
    default: digits(r, s, 2); sb_add(s, " "); digits(r, s, 2); sb_add(s, " ");
             digits(r, s, 6); break;
    }
}

static void gen_nationality(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    static const char *const v[] = {"Україна", "Ukraine", "UA", "ukr",
        "Moldovan", "RUS", "Российская Федерация", "Viet Nam", "Deutschland",
        "German", "FR", "française", "مصر", "Egypt", "中国", "China", "GBR",
        "United Kingdom", "Polska", "POL", "Türkiye", "Georgia",
        "საქართველო", "Syria", "سوريا", "Afghanistan", "Eritrea", "Nigeria"};
    sb_add(s, PICK(r, v));
}

static void gen_gender(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    static const char *const v[] = {"F", "M", "female", "Male", "жен.",
        "чол.", "муж", "жіноча", "W", "männlich", "féminin", "ذكر", "أنثى",
        "X", "f", "m"};
    sb_add(s, PICK(r, v));
}

static void gen_address(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    static const char *const streets[] = {"вул. Хрещатик", "ул. Ленина",
        "Baker Street", "Hauptstraße", "rue de la Paix", "شارع الملك فهد",
        "Οδός Ερμού", "Calle Mayor", "ul. Marszałkowska", "вулиця Шевченка"};
    static const char *const cities[] = {"Київ", "Львів", "Москва", "London",
        "Berlin", "Paris", "الرياض", "Αθήνα", "Madrid", "Warszawa", "Одеса"};
    sb_add(s, PICK(r, streets));
    SB_FMT(s, ", %ld, ", 1 + (long)rng_below(r, 120));
    sb_add(s, PICK(r, cities));
}

static void gen_place(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    static const char *const v[] = {"Санкт-Петербург", "Київ", "Харків",
        "Kyiv", "Kharkiv", "Дніпро", "Алматы", "Тбілісі", "დედოფლისწყარო",
        "北京", "서울", "Θεσσαλονίκη", "القاهرة", "תל אביב", "मुंबई",
        "กรุงเทพมหานคร", "São Paulo", "Zürich", "Łódź", "Chișinău"};
    sb_add(s, PICK(r, v));
}

static void gen_identifier(rng *r, const pool *p, sbuf *s, int part)
{
    (void)p;
    (void)part;
    switch (rng_below(r, 4)) {
    case 0: sb_add(s, "iban:UA21 3223 1300 0002 6007 "); digits(r, s, 4);
            sb_add(s, " "); digits(r, s, 4); sb_add(s, " 1"); break;
    case 1: sb_add(s, "plate:AA "); digits(r, s, 4); sb_add(s, " BB"); break;
    case 2: sb_add(s, "telegram:@user_"); digits(r, s, 5); break;
    default: sb_add(s, "ad-id: "); digits(r, s, 3); sb_add(s, "-");
             digits(r, s, 3); sb_add(s, "."); digits(r, s, 2); break;
    }
}

typedef void (*generator)(rng *r, const pool *p, sbuf *s, int part);

static const struct kind {
    const char *name;
    aka_feature kind;
    generator gen;
} kinds[] = {
    /* name first: its cold pass must meet an empty token cache */
    {"name", AKA_NAME, gen_name},
    {"given_name", AKA_GIVEN_NAME, gen_name},
    {"family_name", AKA_FAMILY_NAME, gen_name},
    {"date_of_birth", AKA_DATE_OF_BIRTH, gen_date},
    {"gender", AKA_GENDER, gen_gender},
    {"nationality", AKA_NATIONALITY, gen_nationality},
    {"document", AKA_DOCUMENT, gen_document},
    {"phone", AKA_PHONE, gen_phone},
    {"email", AKA_EMAIL, gen_email},
    {"address", AKA_ADDRESS, gen_address},
    {"place_of_birth", AKA_PLACE_OF_BIRTH, gen_place},
    {"identifier", AKA_IDENTIFIER, gen_identifier},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* ---- measurement -------------------------------------------------------- */

/* One pass over all values; returns seconds, counts failures by status. */
static double run_pass(aka_feature kind, const values *v, size_t *errors,
                       size_t *by_status, size_t *out_bytes)
{
    char buf[2048];
    size_t err = 0, bytes = 0;
    double t0 = now_sec();
    for (size_t i = 0; i < v->n; i++) {
        size_t len;
        aka_status st = aka_normalize(kind, v->text + v->off[i], v->vlen[i],
                                      buf, sizeof buf, &len);
        if (st != AKA_OK) {
            err++;
            if (by_status && st >= 0 && st < 16)
                by_status[st]++;
        } else {
            bytes += len;
        }
    }
    double t = now_sec() - t0;
    *errors = err;
    if (out_bytes)
        *out_bytes = bytes;
    return t;
}

/* The stock pipeline that libaka's name normalisation is compared with:
 * ICU's generic "Any-Latin; Latin-ASCII; Lower" over the whole value,
 * without a cache, per-script rules or title handling. One transliterator
 * is opened once and reused, which is the fastest way to use it. */
static double stock_pass(UTransliterator *tr, const values *v, size_t *errors)
{
    UChar u[2048];
    char out[4096];
    size_t err = 0;
    double t0 = now_sec();
    for (size_t i = 0; i < v->n; i++) {
        UErrorCode e = U_ZERO_ERROR;
        int32_t len = 0, limit;
        u_strFromUTF8(u, 1024, &len, v->text + v->off[i], (int32_t)v->vlen[i], &e);
        limit = len;
        if (U_SUCCESS(e))
            utrans_transUChars(tr, u, &len, 2048, 0, &limit, &e);
        int32_t olen = 0;
        if (U_SUCCESS(e))
            u_strToUTF8(out, sizeof out, &olen, u, len, &e);
        err += U_FAILURE(e) != 0;
    }
    *errors = err;
    return now_sec() - t0;
}

typedef struct result {
    double cold_vps, warm_vps, warm_ns, stock_vps;
    size_t errors, by_status[16], avg_in, avg_out;
} result;

static void measure(const struct kind *k, const values *v, int reps,
                    result *res)
{
    memset(res, 0, sizeof *res);
    size_t out_bytes = 0;
    double cold = run_pass(k->kind, v, &res->errors, res->by_status, &out_bytes);
    double *t = xrealloc(NULL, (size_t)reps * sizeof *t);
    for (int i = 0; i < reps; i++) {
        size_t e;
        t[i] = run_pass(k->kind, v, &e, NULL, NULL);
    }
    double med = median(t, (size_t)reps);
    free(t);
    res->cold_vps = cold > 0 ? (double)v->n / cold : 0;
    res->warm_vps = med > 0 ? (double)v->n / med : 0;
    res->warm_ns = v->n ? med * 1e9 / (double)v->n : 0;
    res->avg_in = v->n ? v->len / v->n : 0;
    if (k->kind == AKA_NAME) {
        UErrorCode e = U_ZERO_ERROR;
        static const UChar id[] = u"Any-Latin; Latin-ASCII; Lower";
        UTransliterator *tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0,
                                           NULL, &e);
        if (U_SUCCESS(e)) {
            double *st = xrealloc(NULL, (size_t)reps * sizeof *st);
            for (int i = 0; i < reps; i++) {
                size_t se;
                st[i] = stock_pass(tr, v, &se);
            }
            double sm = median(st, (size_t)reps);
            res->stock_vps = sm > 0 ? (double)v->n / sm : 0;
            free(st);
            utrans_close(tr);
        }
    }
    size_t ok = v->n - res->errors;
    res->avg_out = ok ? out_bytes / ok : 0;
}

static void usage(FILE *f)
{
    fputs("usage: bench_normalize [--n N] [--reps R] [--seed S] [--kind K]\n"
          "                       [--pool FILE] [--json | --summary]\n"
          "  --n N       values generated per kind (default 100000)\n"
          "  --reps R    warm passes; their median is reported (default 5)\n"
          "  --seed S    generator seed (default 1)\n"
          "  --kind K    only this kind (name, date_of_birth, phone, ...)\n"
          "  --pool FILE name pool (default " AKA_BENCH_DATA_DIR "/name_pool.tsv)\n"
          "  --json      one JSON object per kind per line\n"
          "  --summary   a few lines for make demo\n", f);
}

int main(int argc, char **argv)
{
    unsigned long long n = 100000, reps = 5, seed = 1;
    const char *only = NULL, *pool_path = AKA_BENCH_DATA_DIR "/name_pool.tsv";
    int json = 0, summary = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--json")) {
            json = 1;
        } else if (!strcmp(a, "--summary")) {
            summary = 1;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (val && !strcmp(a, "--n")) {
            if (parse_size(val, 100000000ull, &n) || n == 0)
                goto bad;
            i++;
        } else if (val && !strcmp(a, "--reps")) {
            if (parse_size(val, 1000ull, &reps) || reps == 0)
                goto bad;
            i++;
        } else if (val && !strcmp(a, "--seed")) {
            if (parse_size(val, UINT64_MAX, &seed))
                goto bad;
            i++;
        } else if (val && !strcmp(a, "--kind")) {
            only = val;
            i++;
        } else if (val && !strcmp(a, "--pool")) {
            pool_path = val;
            i++;
        } else {
            goto bad;
        }
        continue;
    bad:
        fprintf(stderr, "bench_normalize: bad argument %s\n", a);
        usage(stderr);
        return 2;
    }
    if (only) {
        size_t k = 0;
        while (k < NKINDS && strcmp(kinds[k].name, only) != 0)
            k++;
        if (k == NKINDS) {
            fprintf(stderr, "bench_normalize: unknown kind %s\n", only);
            return 2;
        }
    }

    pool p;
    if (pool_load(&p, pool_path) != 0) {
        pool_free(&p);
        return 1;
    }
    if (!json && !summary)
        printf("libaka %s  aka_normalize  n=%llu per kind, median of %llu warm "
               "passes, seed %llu\n"
               "name pool: %zu given, %zu family names, Zipf s=1.1\n\n"
               "%-15s %12s %12s %10s %8s %8s %8s\n", aka_version_string(),
               n, reps, seed, p.ngiven, p.nfamily, "kind", "cold v/s",
               "warm v/s", "ns/value", "errors", "in B", "out B");
    if (summary)
        printf("bench_normalize: %llu values per kind, median of %llu passes "
               "(values/s, warm)\n", n, reps);

    for (size_t k = 0; k < NKINDS; k++) {
        if (only && strcmp(kinds[k].name, only) != 0)
            continue;
        /* Each kind gets its own stream so --kind K reproduces exactly the
         * values that a full run measures for K. */
        rng r;
        rng_seed(&r, seed * 0x100 + k);
        values v = {0};
        for (unsigned long long i = 0; i < n; i++) {
            sbuf s = {{0}, 0};
            kinds[k].gen(&r, &p, &s, kinds[k].kind);
            values_add(&v, s.b, s.n);
        }
        result res;
        measure(&kinds[k], &v, (int)reps, &res);
        if (json) {
            printf("{\"bench\":\"normalize\",\"kind\":\"%s\",\"n\":%zu,"
                   "\"reps\":%llu,\"seed\":%llu,\"cold_values_per_s\":%.0f,"
                   "\"warm_values_per_s\":%.0f,\"warm_ns_per_value\":%.1f,"
                   "\"errors\":%zu,\"errors_by_status\":{",
                   kinds[k].name, v.n, reps, seed, res.cold_vps, res.warm_vps,
                   res.warm_ns, res.errors);
            int first = 1;
            for (int st = 0; st < 16; st++)
                if (res.by_status[st]) {
                    printf("%s\"%s\":%zu", first ? "" : ",", aka_status_str(st),
                           res.by_status[st]);
                    first = 0;
                }
            printf("},\"avg_in_bytes\":%zu,\"avg_out_bytes\":%zu,",
                   res.avg_in, res.avg_out);
            if (res.stock_vps > 0)
                printf("\"stock_icu_values_per_s\":%.0f,", res.stock_vps);
            printf("\"version\":\"%s\"}\n", aka_version_string());
        } else if (summary) {
            char note[64] = "";
            if (res.errors == v.n)
                snprintf(note, sizeof note, "  (all rejected: not implemented?)");
            else if (res.errors)
                snprintf(note, sizeof note, "  (%zu of %zu rejected)", res.errors,
                         v.n);
            if (kinds[k].kind == AKA_NAME)
                printf("  %-14s %10.0f warm, %.0f cold (empty token cache)%s\n"
                       "  %-14s %10.0f stock ICU Any-Latin;Latin-ASCII "
                       "(libaka warm = %.1fx)\n",
                       kinds[k].name, res.warm_vps, res.cold_vps, note, "",
                       res.stock_vps,
                       res.stock_vps > 0 ? res.warm_vps / res.stock_vps : 0.0);
            else
                printf("  %-14s %10.0f%s\n", kinds[k].name, res.warm_vps, note);
        } else {
            printf("%-15s %12.0f %12.0f %10.1f %8zu %8zu %8zu\n", kinds[k].name,
                   res.cold_vps, res.warm_vps, res.warm_ns, res.errors,
                   res.avg_in, res.avg_out);
            if (res.stock_vps > 0)
                printf("%-15s %12s %12.0f %10.1f   (stock ICU Any-Latin; "
                       "Latin-ASCII; Lower; libaka = %.1fx)\n", "  stock", "",
                       res.stock_vps, 1e9 / res.stock_vps,
                       res.warm_vps / res.stock_vps);
        }
        fflush(stdout);
        values_free(&v);
    }
    pool_free(&p);
    return 0;
}
