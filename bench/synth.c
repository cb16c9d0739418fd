/* The synthetic person-record generator (synth.h).
 *
 * A person is recomputed from (seed, person number) whenever one of their
 * records is made, and a record from (seed, record number), so that only
 * the order of the stream is held in memory and any record can be made on
 * its own (aka-bench makes them in a child process, aka-gen streams them).
 *
 * The stream: people with 1 to 5 records each (mean 3), shuffled, so one
 * person's records arrive at different times from eight sources; then the
 * `extra` later records (five in six about people already in the stream,
 * one in six about new people), drawn from their own generator so that
 * the first n records are the same whatever extra is.
 *
 * A person: a country (of those with given and family names in the pool;
 * 29 countries of the usual case files weigh six times more), a given and a
 * family name of that country drawn Zipf (s = 1.1) over its popularity
 * ranks, a middle name (another given name of that country and gender)
 * for 25%, a date of birth 1940-2005, a nationality (the name's country; 10% another, as for people living
 * abroad), a document (60%) of that country, a phone (60%) with its
 * country's calling code, an e-mail (35%). Traps: 4% are namesakes of the
 * previous person (same given, middle and family names and nationality;
 * half of them born the same year), 3% belong to the previous person's
 * household (same family name, nationality and phone; a given name of
 * that country).
 *
 * A record of a person:
 *   name: one writing system for the whole record: native script 35%, the
 *     pool's romanisation 30%, ICU "Any-Latin" (scholarly, diacritics) 15%,
 *     ICU "Any-Latin; Latin-ASCII" 20% (the last two only where they are
 *     realistic: not for Han and kana, whose ICU readings are Chinese, nor
 *     for Arabic and Hebrew, written without vowels); middle name shown on
 *     60% of records; one typo (substitution, deletion, transposition or
 *     doubling of an ASCII letter) in 10%; "given middle family" 50%,
 *     "FAMILY, given middle" 15%, "family given middle" 10%, or separate
 *     given and family columns 25%;
 *   date of birth: full 55% (ISO, dd.mm.yyyy, d/m/yyyy, dd-mm-yyyy,
 *     yyyymmdd, "7 March 1985" in English, French, German, Spanish or
 *     Russian, "March 7, 1985"), day and month swapped 10%, year and month
 *     10%, year only 10%, absent 15%;
 *   nationality 50%: alpha-2, alpha-3, or the country's name in English,
 *     French, German, Spanish, Russian or the country's own language (ICU
 *     display names);
 *   document 60% of a holder's records: "CC:AB1234567", "CC: AB 123 4567"
 *     or without the country (15%), one OCR look-alike (0/O, 1/I, 5/S, 8/B,
 *     2/Z, 6/G) in 15%;
 *   phone 60% of a holder's records: "+CC NN NNN NN NN", "+CCNNNNNNNNN",
 *     "00CC NNN NNN NNN", "+CC (NN) NNN-NN-NN" or national with the trunk
 *     prefix (where the country has one);
 *   e-mail 50% of a holder's records; gender 30% ("F", "male", "féminin",
 *     "женский", ...).
 */
#include "synth.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "bench_util.h"
#include "name_pool.h"

#define PICK(r, arr) ((arr)[rng_below((r), sizeof(arr) / sizeof((arr)[0]))])
#define NSOURCES 8
#define MAX_NAT 8

const char *const synth_field_name[SYNTH_NFIELDS] = {
    "source", "record_id", "name", "given_name", "family_name",
    "date_of_birth", "nationality", "document", "phone", "email", "gender"};

static const char *const sources[NSOURCES] = {
    "police-ua", "ngo-fr", "border", "hotline", "court-de", "shelter-pl",
    "consulate", "registry"};

/* Romanisations of one pool name besides the pool's own: [0] ICU
 * Any-Latin, [1] ICU Any-Latin; Latin-ASCII; NULL when not realistic. */
typedef struct variants {
    char *icu[2];
} variants;

typedef struct country {
    char cc[3];
    const char *nat[MAX_NAT]; /* the nationality as written */
    size_t nnat;
    int has_calling;          /* its phones are written (else abroad) */
    /* Its names, pool indices in popularity order, and Zipf weights. */
    uint32_t *given, *family;
    size_t ngiven, nfamily;
    double *cdf_given, *cdf_family;
} country;

struct synth {
    pool p;
    variants *vg, *vf;
    country cty[26 * 26];
    char *arena;              /* strings made at open */
    size_t arena_len, arena_cap;
    uint32_t *who;
    /* Countries people come from (those with given and family names) and
     * the cumulative weights of the draw. */
    int *from;
    double *cdf_from;
    size_t nfrom;
    size_t n, people;
    uint64_t seed;
};

/* ---- strings made at open ------------------------------------------------ */

static const char *keep(synth *s, const char *str)
{
    /* Offsets, not pointers, while the arena grows: fixed up at the end. */
    size_t len = strlen(str) + 1;
    if (s->arena_len + len > s->arena_cap) {
        s->arena_cap = (s->arena_cap + len) * 2;
        s->arena = xrealloc(s->arena, s->arena_cap);
    }
    memcpy(s->arena + s->arena_len, str, len);
    s->arena_len += len;
    return (const char *)(uintptr_t)(s->arena_len - len + 1); /* offset + 1 */
}

static const char *fix(const synth *s, const char *off)
{
    return off ? s->arena + ((uintptr_t)off - 1) : NULL;
}

static int cidx(const char *cc)
{
    if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* Scripts whose ICU romanisation nobody writes: Han and kana (read as
 * Chinese), Arabic and Hebrew (no vowels). */
static int icu_unrealistic(const char *u8)
{
    const unsigned char *p = (const unsigned char *)u8;
    while (*p) {
        uint32_t c = *p;
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (len == 2 && p[1])
            c = (c & 0x1F) << 6 | (p[1] & 0x3F);
        else if (len == 3 && p[1] && p[2])
            c = (c & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        else if (len == 4)
            return 1; /* supplementary Han */
        if ((c >= 0x0590 && c <= 0x06FF) || (c >= 0x3040 && c <= 0x30FF) ||
            (c >= 0x3400 && c <= 0x9FFF))
            return 1;
        for (int i = 0; i < len && *p; i++)
            p++;
    }
    return 0;
}

/* ICU transliteration of a UTF-8 string into out (UTF-8); 0 on success. */
static int translit(UTransliterator *tr, const char *in, char *out, size_t cap)
{
    UChar u[512];
    int32_t n = 0, limit;
    UErrorCode e = U_ZERO_ERROR;
    u_strFromUTF8(u, 256, &n, in, -1, &e);
    if (U_FAILURE(e))
        return -1;
    limit = n;
    utrans_transUChars(tr, u, &n, 512, 0, &limit, &e);
    if (U_FAILURE(e) || n >= 512)
        return -1;
    int32_t m = 0;
    u_strToUTF8(out, (int32_t)cap, &m, u, n, &e);
    return U_FAILURE(e) || (size_t)m >= cap ? -1 : 0;
}

static void make_variants(synth *s, const pname *names, size_t n, variants **out,
                          UTransliterator *tr[2])
{
    variants *v = xcalloc(n, sizeof *v);
    char buf[1024];
    for (size_t i = 0; i < n; i++) {
        if (strcmp(names[i].native, names[i].roman) == 0 && !icu_unrealistic(names[i].native)) {
            /* A Latin-script name: its ASCII folding is the only variant
             * ("José" -> "Jose"). */
            if (translit(tr[1], names[i].native, buf, sizeof buf) == 0 &&
                strcmp(buf, names[i].native) != 0)
                v[i].icu[1] = (char *)keep(s, buf);
            continue;
        }
        if (icu_unrealistic(names[i].native))
            continue;
        for (int k = 0; k < 2; k++)
            if (translit(tr[k], names[i].native, buf, sizeof buf) == 0 &&
                strcmp(buf, names[i].roman) != 0 && buf[0])
                v[i].icu[k] = (char *)keep(s, buf);
    }
    *out = v;
}

/* Calling codes and trunk prefixes of the countries whose phones we write;
 * people of other countries get a phone of one of these (living abroad). */
static const struct {
    const char *cc, *code;
    char trunk;
} calling[] = {
    {"UA", "380", '0'}, {"RU", "7", '8'}, {"DE", "49", '0'}, {"FR", "33", '0'},
    {"PL", "48", 0}, {"GB", "44", '0'}, {"TR", "90", '0'}, {"US", "1", 0},
    {"IN", "91", '0'}, {"CN", "86", '0'}, {"EG", "20", '0'}, {"GR", "30", 0},
    {"IL", "972", '0'}, {"TH", "66", '0'}, {"KR", "82", '0'}, {"JP", "81", '0'},
    {"IT", "39", 0}, {"ES", "34", 0}, {"MX", "52", 0}, {"BR", "55", '0'},
    {"AM", "374", '0'}, {"GE", "995", '0'}, {"KZ", "7", '8'}, {"BY", "375", '8'},
    {"RS", "381", '0'}, {"BG", "359", '0'}, {"IR", "98", '0'}, {"PK", "92", '0'},
    {"MA", "212", '0'}, {"SA", "966", '0'}, {"VN", "84", '0'}, {"KH", "855", '0'},
    {"TW", "886", '0'}, {"PH", "63", '0'}, {"AZ", "994", '0'}, {"NL", "31", '0'},
};

/* The nationality in several forms: ICU's country names in a few display
 * languages and in the country's own language, and the ISO codes. */
static void make_country(synth *s, country *c, const char *cc)
{
    char loc[16], likely[64], lang[16], buf[256];
    UChar u[128];
    UErrorCode e = U_ZERO_ERROR;
    memcpy(c->cc, cc, 3);
    c->nnat = 0;
    c->nat[c->nnat++] = keep(s, cc);
    snprintf(loc, sizeof loc, "und_%s", cc);
    const char *a3 = uloc_getISO3Country(loc);
    if (a3 && *a3)
        c->nat[c->nnat++] = keep(s, a3);
    uloc_addLikelySubtags(loc, likely, sizeof likely, &e);
    lang[0] = '\0';
    if (U_SUCCESS(e)) {
        e = U_ZERO_ERROR;
        uloc_getLanguage(likely, lang, sizeof lang, &e);
        if (U_FAILURE(e))
            lang[0] = '\0';
    }
    const char *display[] = {"en", "fr", "de", "es", "ru", lang};
    for (size_t i = 0; i < sizeof display / sizeof display[0] && c->nnat < MAX_NAT; i++) {
        if (!display[i][0])
            continue;
        e = U_ZERO_ERROR;
        int32_t n = uloc_getDisplayCountry(loc, display[i], u, 128, &e);
        if (U_FAILURE(e) || e == U_USING_DEFAULT_WARNING || n <= 0)
            continue;
        int32_t m = 0;
        u_strToUTF8(buf, sizeof buf, &m, u, n, &e);
        if (U_FAILURE(e) || m <= 0 || (size_t)m >= sizeof buf)
            continue;
        int dup = 0;
        for (size_t k = 0; k < c->nnat; k++)
            dup |= strcmp(fix(s, c->nat[k]), buf) == 0;
        if (!dup)
            c->nat[c->nnat++] = keep(s, buf);
    }
    for (size_t i = 0; i < sizeof calling / sizeof calling[0]; i++)
        if (strcmp(calling[i].cc, cc) == 0)
            c->has_calling = 1;
}

int synth_open(synth **out, const char *pool_path, uint64_t seed, size_t n,
               size_t extra)
{
    synth *s = xcalloc(1, sizeof *s);
    *out = NULL;
    if (pool_load(&s->p, pool_path) != 0) {
        free(s);
        return -1;
    }
    UTransliterator *tr[2];
    static const UChar *const ids[2] = {u"Any-Latin; NFC",
                                        u"Any-Latin; Latin-ASCII"};
    for (int k = 0; k < 2; k++) {
        UErrorCode e = U_ZERO_ERROR;
        tr[k] = utrans_openU(ids[k], -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
        if (U_FAILURE(e)) {
            fprintf(stderr, "synth: ICU cannot open a transliterator (%s)\n",
                    u_errorName(e));
            if (k)
                utrans_close(tr[0]);
            pool_free(&s->p);
            free(s);
            return -1;
        }
    }
    make_variants(s, s->p.given, s->p.ngiven, &s->vg, tr);
    make_variants(s, s->p.family, s->p.nfamily, &s->vf, tr);
    utrans_close(tr[0]);
    utrans_close(tr[1]);
    for (size_t i = 0; i < s->p.ngiven + s->p.nfamily; i++) {
        const char *cc = i < s->p.ngiven ? s->p.given[i].cc
                                         : s->p.family[i - s->p.ngiven].cc;
        int k = cidx(cc);
        if (k >= 0 && !s->cty[k].nnat)
            make_country(s, &s->cty[k], cc);
    }
    /* Arena offsets to pointers, now that it no longer moves. */
    for (size_t i = 0; i < s->p.ngiven; i++)
        for (int k = 0; k < 2; k++)
            s->vg[i].icu[k] = (char *)fix(s, s->vg[i].icu[k]);
    for (size_t i = 0; i < s->p.nfamily; i++)
        for (int k = 0; k < 2; k++)
            s->vf[i].icu[k] = (char *)fix(s, s->vf[i].icu[k]);
    for (int k = 0; k < 26 * 26; k++)
        for (size_t j = 0; j < s->cty[k].nnat; j++)
            s->cty[k].nat[j] = fix(s, s->cty[k].nat[j]);

    /* Each country's names, and the countries people come from: both
     * kinds of name needed; the countries of the usual case files weigh
     * six times more than the rest. */
    for (size_t i = 0; i < s->p.ngiven; i++) {
        country *c = &s->cty[cidx(s->p.given[i].cc)];
        c->given = xrealloc(c->given, (c->ngiven + 1) * sizeof *c->given);
        c->given[c->ngiven++] = (uint32_t)i;
    }
    for (size_t i = 0; i < s->p.nfamily; i++) {
        country *c = &s->cty[cidx(s->p.family[i].cc)];
        c->family = xrealloc(c->family, (c->nfamily + 1) * sizeof *c->family);
        c->family[c->nfamily++] = (uint32_t)i;
    }
    static const char focus[] = "UA RU BY PL DE FR GB TR EG IN CN GR IL TH KR JP "
                                "AM GE KZ RS BG IR PK MA SA VN MX ES IT";
    double wsum = 0;
    for (int k = 0; k < 26 * 26; k++) {
        country *c = &s->cty[k];
        if (!c->ngiven || !c->nfamily)
            continue;
        c->cdf_given = zipf_cdf(c->ngiven, 1.1);
        c->cdf_family = zipf_cdf(c->nfamily, 1.1);
        s->from = xrealloc(s->from, (s->nfrom + 1) * sizeof *s->from);
        s->cdf_from = xrealloc(s->cdf_from, (s->nfrom + 1) * sizeof *s->cdf_from);
        s->from[s->nfrom] = k;
        wsum += strstr(focus, c->cc) ? 6 : 1;
        s->cdf_from[s->nfrom++] = wsum;
    }
    if (!s->nfrom) {
        fputs("synth: no country of the name pool has given and family names\n", stderr);
        synth_close(s);
        return -1;
    }
    for (size_t k = 0; k < s->nfrom; k++)
        s->cdf_from[k] /= wsum;

    /* The stream: people with 1 to 5 records each, shuffled. */
    s->seed = seed;
    s->n = n + extra;
    s->who = xrealloc(NULL, (n + extra ? n + extra : 1) * sizeof *s->who);
    rng r;
    rng_seed(&r, seed);
    size_t k = 0;
    while (k < n) {
        size_t c = 1 + rng_below(&r, 5);
        for (size_t j = 0; j < c && k < n; j++)
            s->who[k++] = (uint32_t)s->people;
        s->people++;
    }
    for (size_t i = n; i > 1; i--) {
        size_t j = rng_below(&r, i);
        uint32_t t = s->who[i - 1];
        s->who[i - 1] = s->who[j];
        s->who[j] = t;
    }
    /* Later records: mostly people already seen, some new. */
    rng_seed(&r, seed ^ 0x1A7E5ull);
    size_t known = s->people;
    for (size_t i = 0; i < extra; i++) {
        size_t p = rng_below(&r, known + known / 5 + 1);
        s->who[n + i] = (uint32_t)p;
        if (p + 1 > s->people)
            s->people = p + 1;
    }
    *out = s;
    return 0;
}

void synth_close(synth *s)
{
    if (!s)
        return;
    pool_free(&s->p);
    free(s->vg);
    free(s->vf);
    free(s->arena);
    free(s->who);
    for (int k = 0; k < 26 * 26; k++) {
        free(s->cty[k].given);
        free(s->cty[k].family);
        free(s->cty[k].cdf_given);
        free(s->cty[k].cdf_family);
    }
    free(s->from);
    free(s->cdf_from);
    free(s);
}

size_t synth_people(const synth *s) { return s->people; }
size_t synth_size(const synth *s) { return s->n; }

/* ---- people --------------------------------------------------------------- */

typedef struct person {
    size_t given, middle, family; /* pool indices; middle SIZE_MAX: none */
    int home;                     /* country index (cidx) of the names */
    int y, m, d;
    char nat[3];                  /* nationality */
    char doc[12];
    int has_doc, has_phone, has_email;
    char phone_cc[3];             /* the phone's country */
    char phone[12];               /* national significant number */
    unsigned email_style, email_num, email_dom;
} person;

static void base_person(const synth *s, size_t idx, person *o)
{
    rng r;
    rng_seed(&r, s->seed ^ (0x5EED0000ull + (uint64_t)idx * 0x9E3779B97F4A7C15ull));
    memset(o, 0, sizeof *o);
    o->home = s->from[zipf_draw(&r, s->cdf_from, s->nfrom)];
    const country *home = &s->cty[o->home];
    o->given = home->given[zipf_draw(&r, home->cdf_given, home->ngiven)];
    const pname *g = &s->p.given[o->given];
    o->family = home->family[zipf_draw(&r, home->cdf_family, home->nfamily)];
    o->middle = SIZE_MAX;
    if (rng_chance(&r, 0.25))
        for (int t = 0; t < 24; t++) {
            size_t m = home->given[zipf_draw(&r, home->cdf_given, home->ngiven)];
            if (m != o->given && strcmp(s->p.given[m].cc, g->cc) == 0 &&
                s->p.given[m].gender == g->gender) {
                o->middle = m;
                break;
            }
        }
    o->y = 1940 + (int)rng_below(&r, 66);
    o->m = 1 + (int)rng_below(&r, 12);
    o->d = 1 + (int)rng_below(&r, 28);
    memcpy(o->nat, g->cc, 3);
    if (rng_chance(&r, 0.1)) { /* living abroad: another pool country */
        memcpy(o->nat, s->cty[s->from[rng_below(&r, s->nfrom)]].cc, 3);
    }
    static const char letters[] = "ABCEKMHPTX";
    o->doc[0] = letters[rng_below(&r, 10)];
    o->doc[1] = letters[rng_below(&r, 10)];
    for (int i = 2; i < 9; i++)
        o->doc[i] = (char)('0' + rng_below(&r, 10));
    o->has_doc = rng_chance(&r, 0.6);
    int k = cidx(o->nat);
    const country *c = k >= 0 ? &s->cty[k] : NULL;
    if (c && c->has_calling)
        memcpy(o->phone_cc, o->nat, 3);
    else
        memcpy(o->phone_cc, PICK(&r, calling).cc, 3);
    o->phone[0] = (char)('2' + rng_below(&r, 8));
    for (int i = 1; i < 10; i++)
        o->phone[i] = (char)('0' + rng_below(&r, 10));
    o->has_phone = rng_chance(&r, 0.6);
    o->has_email = rng_chance(&r, 0.35);
    o->email_style = (unsigned)rng_below(&r, 4);
    o->email_num = (unsigned)rng_below(&r, 100);
    o->email_dom = (unsigned)rng_below(&r, 6);
}

static void make_person(const synth *s, size_t idx, person *o)
{
    base_person(s, idx, o);
    if (idx == 0)
        return;
    rng r;
    rng_seed(&r, s->seed ^ (0x7A3B0000ull + (uint64_t)idx * 0xD1B54A32D192ED03ull));
    double u = rng_unit(&r);
    if (u < 0.04) { /* a namesake of the previous person */
        person prev;
        base_person(s, idx - 1, &prev);
        o->given = prev.given;
        o->middle = prev.middle;
        o->family = prev.family;
        memcpy(o->nat, prev.nat, 3);
        if (rng_chance(&r, 0.5))
            o->y = prev.y;
    } else if (u < 0.07) { /* the previous person's household: same family
                              * name, nationality and phone */
        person prev;
        base_person(s, idx - 1, &prev);
        const country *home = &s->cty[prev.home];
        o->given = home->given[zipf_draw(&r, home->cdf_given, home->ngiven)];
        o->middle = SIZE_MAX;
        o->family = prev.family;
        memcpy(o->nat, prev.nat, 3);
        memcpy(o->phone_cc, prev.phone_cc, 3);
        memcpy(o->phone, prev.phone, sizeof o->phone);
        o->has_phone = 1;
    }
}

size_t synth_countries(const synth *s)
{
    /* Countries of the people's names, over the first 100,000 people
     * (enough to see every country that the stream holds often). */
    char seen[26 * 26] = {0};
    size_t n = 0, lim = s->people < 100000 ? s->people : 100000;
    for (size_t i = 0; i < lim; i++) {
        person ps;
        make_person(s, i, &ps);
        int k = cidx(s->p.given[ps.given].cc);
        if (k >= 0 && !seen[k]) {
            seen[k] = 1;
            n++;
        }
    }
    return n;
}

/* ---- records -------------------------------------------------------------- */

/* A bounded writer into the record's buffer. */
typedef struct out {
    char *buf;
    size_t len, cap;
} out;

static const char *put(out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static const char *put(out *o, const char *fmt, ...)
{
    char *start = o->buf + o->len;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(start, o->cap - o->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= o->cap - o->len) {
        *start = '\0'; /* cannot happen with pool names; keep it empty */
        n = 0;
    }
    o->len += (size_t)n + 1;
    return start;
}

/* The name in writing system `sys` (0 native, 1 pool, 2 ICU, 3 ICU ASCII). */
static const char *form_of(const pname *pn, const variants *v, int sys)
{
    if (sys == 0)
        return pn->native;
    if (sys >= 2 && v->icu[sys - 2])
        return v->icu[sys - 2];
    if (sys == 3 && v->icu[0])
        return v->icu[0];
    return pn->roman;
}

/* One typo at an ASCII letter of s (in place, s has room for one more). */
static void typo(rng *r, char *s)
{
    size_t n = strlen(s), pos[256], k = 0;
    for (size_t i = 0; i < n && k < 256; i++)
        if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
            pos[k++] = i;
    if (k < 3)
        return;
    size_t i = pos[1 + rng_below(r, k - 1)]; /* not the first letter */
    static const char kb[] = "qwertyuiopasdfghjklzxcvbnm";
    switch (rng_below(r, 4)) {
    case 0: /* substitution by a near key */
    {
        const char *p = strchr(kb, s[i] | 0x20);
        size_t at = p ? (size_t)(p - kb) : 0;
        char c = kb[at + 1 < sizeof kb - 1 ? at + 1 : at - 1];
        s[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(c - 32) : c;
        break;
    }
    case 1: /* deletion */
        memmove(s + i, s + i + 1, n - i);
        break;
    case 2: /* transposition with the previous byte, when an ASCII letter
             * (never half of a multi-byte character) */
        if ((unsigned char)s[i - 1] >= 0x80 || s[i - 1] == ' ')
            break;
    {
        char t = s[i];
        s[i] = s[i - 1];
        s[i - 1] = t;
        break;
    }
    default: /* doubling */
        memmove(s + i + 1, s + i, n - i + 1);
        break;
    }
}

/* Upper-cases an ASCII name; others are left as they are (a byte-wise
 * upper-casing would garble their letters). */
static void upper_ascii(char *s)
{
    for (const char *p = s; *p; p++)
        if ((unsigned char)*p >= 0x80)
            return;
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 32);
}

static void ocr_confuse(rng *r, char *doc)
{
    static const char from[] = "0O1I5S8B2Z6G", to[] = "O0I1S5B8Z2G6";
    size_t n = strlen(doc);
    for (int tries = 0; tries < 8; tries++) {
        size_t i = rng_below(r, n);
        const char *hit = strchr(from, doc[i]);
        if (hit && *hit) {
            doc[i] = to[hit - from];
            return;
        }
    }
}

static const char *const month_en[12] = {"January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October",
    "November", "December"};
static const char *const month_fr[12] = {"janvier", "février", "mars",
    "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre"};
static const char *const month_de[12] = {"Januar", "Februar", "März",
    "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember"};
static const char *const month_es[12] = {"enero", "febrero", "marzo",
    "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre"};
static const char *const month_ru[12] = {"января", "февраля", "марта",
    "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря"};

static const char *date_full(out *o, rng *r, int y, int m, int d)
{
    switch (rng_below(r, 10)) {
    case 0: return put(o, "%04d-%02d-%02d", y, m, d);
    case 1: return put(o, "%02d.%02d.%04d", d, m, y);
    case 2: return put(o, "%d/%d/%04d", d, m, y);
    case 3: return put(o, "%02d-%02d-%04d", d, m, y);
    case 4: return put(o, "%04d%02d%02d", y, m, d);
    case 5: return put(o, "%d %s %04d", d, month_en[m - 1], y);
    case 6: return put(o, "%s %d, %04d", month_en[m - 1], d, y);
    case 7: return put(o, "%d %s %04d", d, month_fr[m - 1], y);
    case 8: return put(o, "%d. %s %04d", d, month_de[m - 1], y);
    default:
        return rng_chance(r, 0.5) ? put(o, "%d de %s de %04d", d, month_es[m - 1], y)
                                  : put(o, "%d %s %04d", d, month_ru[m - 1], y);
    }
}

static const char *phone_of(out *o, rng *r, const person *ps)
{
    const char *code = "1";
    char trunk = 0;
    for (size_t i = 0; i < sizeof calling / sizeof calling[0]; i++)
        if (strcmp(calling[i].cc, ps->phone_cc) == 0) {
            code = calling[i].code;
            trunk = calling[i].trunk;
        }
    const char *p = ps->phone;
    int nanp = strcmp(code, "1") == 0;
    switch (rng_below(r, trunk || nanp ? 5 : 4)) {
    case 0: return put(o, "+%s %.2s %.3s %.2s %.3s", code, p, p + 2, p + 5, p + 7);
    case 1: return put(o, "+%s%.10s", code, p);
    case 2: return put(o, "00%s %.3s %.3s %.4s", code, p, p + 3, p + 6);
    case 3: return put(o, "+%s (%.2s) %.3s-%.2s-%.3s", code, p, p + 2, p + 5, p + 7);
    default:
        if (nanp)
            return put(o, "(%.3s) %.3s-%.4s", p, p + 3, p + 6);
        return put(o, "%c%.2s %.3s %.2s %.3s", trunk, p, p + 2, p + 5, p + 7);
    }
}

/* Lower-case ASCII letters of a romanised name, for e-mail local parts. */
static void email_part(const char *in, char *o, size_t cap)
{
    size_t k = 0;
    for (; *in && k + 1 < cap; in++) {
        char ch = *in;
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if (ch >= 'a' && ch <= 'z')
            o[k++] = ch;
    }
    o[k] = '\0';
}

void synth_record(const synth *s, size_t i, synth_rec *rec)
{
    out o = {rec->buf, 0, sizeof rec->buf};
    const char *empty = put(&o, "%s", "");
    for (int f = 0; f < SYNTH_NFIELDS; f++)
        rec->field[f] = empty;
    person ps;
    make_person(s, s->who[i], &ps);
    rec->truth = s->who[i];
    rng r;
    rng_seed(&r, s->seed * 31 + i + 1);
    rec->field[SYNTH_SOURCE] = sources[rng_below(&r, NSOURCES)];
    rec->field[SYNTH_RECORD_ID] = put(&o, "r%zu", i);

    /* ---- name ---- */
    double u = rng_unit(&r);
    int sys = u < 0.35 ? 0 : u < 0.65 ? 1 : u < 0.80 ? 2 : 3;
    const pname *g = &s->p.given[ps.given], *f = &s->p.family[ps.family];
    char gn[300], mn[300], fn[300];
    snprintf(gn, sizeof gn - 1, "%s", form_of(g, &s->vg[ps.given], sys));
    snprintf(fn, sizeof fn - 1, "%s", form_of(f, &s->vf[ps.family], sys));
    mn[0] = '\0';
    if (ps.middle != SIZE_MAX && rng_chance(&r, 0.6))
        snprintf(mn, sizeof mn - 1, "%s",
                 form_of(&s->p.given[ps.middle], &s->vg[ps.middle], sys));
    if (rng_chance(&r, 0.10)) {
        size_t which = rng_below(&r, mn[0] ? 3 : 2);
        typo(&r, which == 0 ? gn : which == 1 ? fn : mn);
    }
    char gm[620];
    snprintf(gm, sizeof gm, "%s%s%s", gn, mn[0] ? " " : "", mn);
    double form = rng_unit(&r);
    if (form < 0.50)
        rec->field[SYNTH_NAME] = put(&o, "%s %s", gm, fn);
    else if (form < 0.65) {
        upper_ascii(fn); /* only ASCII letters change */
        rec->field[SYNTH_NAME] = put(&o, "%s, %s", fn, gm);
    } else if (form < 0.75)
        rec->field[SYNTH_NAME] = put(&o, "%s %s", fn, gm);
    else {
        rec->field[SYNTH_GIVEN_NAME] = put(&o, "%s", gm);
        rec->field[SYNTH_FAMILY_NAME] = put(&o, "%s", fn);
    }

    /* ---- date of birth ---- */
    double dv = rng_unit(&r);
    int y = ps.y, m = ps.m, d = ps.d;
    if (dv < 0.55)
        rec->field[SYNTH_DATE_OF_BIRTH] = date_full(&o, &r, y, m, d);
    else if (dv < 0.65) /* day and month swapped by a clerk */
        rec->field[SYNTH_DATE_OF_BIRTH] =
            put(&o, "%02d.%02d.%04d", d <= 12 ? m : d, d <= 12 ? d : m, y);
    else if (dv < 0.75)
        rec->field[SYNTH_DATE_OF_BIRTH] =
            rng_chance(&r, 0.5) ? put(&o, "%02d.%04d", m, y)
                                : put(&o, "%s %04d", month_en[m - 1], y);
    else if (dv < 0.85)
        rec->field[SYNTH_DATE_OF_BIRTH] = put(&o, "%04d", y);

    /* ---- nationality ---- */
    int ck = cidx(ps.nat);
    const country *c = ck >= 0 ? &s->cty[ck] : NULL;
    if (c && c->nnat && rng_chance(&r, 0.5))
        rec->field[SYNTH_NATIONALITY] = c->nat[rng_below(&r, c->nnat)];

    /* ---- document ---- */
    if (ps.has_doc && rng_chance(&r, 0.6)) {
        char doc[16];
        memcpy(doc, ps.doc, 10);
        doc[9] = '\0';
        if (rng_chance(&r, 0.15))
            ocr_confuse(&r, doc);
        double dfm = rng_unit(&r);
        if (dfm < 0.65)
            rec->field[SYNTH_DOCUMENT] = put(&o, "%s:%s", ps.nat, doc);
        else if (dfm < 0.85)
            rec->field[SYNTH_DOCUMENT] =
                put(&o, "%s: %.2s %.3s %.4s", ps.nat, doc, doc + 2, doc + 5);
        else
            rec->field[SYNTH_DOCUMENT] = put(&o, "%s", doc);
    }

    /* ---- phone ---- */
    if (ps.has_phone && rng_chance(&r, 0.6))
        rec->field[SYNTH_PHONE] = phone_of(&o, &r, &ps);

    /* ---- e-mail ---- */
    if (ps.has_email && rng_chance(&r, 0.5)) {
        static const char *const dom[] = {"gmail.com", "mail.ru", "yahoo.com",
            "outlook.com", "ukr.net", "web.de"};
        char a[64], b[64];
        email_part(g->roman, a, sizeof a);
        email_part(f->roman, b, sizeof b);
        switch (ps.email_style) {
        case 0: rec->field[SYNTH_EMAIL] = put(&o, "%s.%s@%s", a, b, dom[ps.email_dom]); break;
        case 1: rec->field[SYNTH_EMAIL] = put(&o, "%c%s%u@%s", a[0] ? a[0] : 'x', b, ps.email_num, dom[ps.email_dom]); break;
        case 2: rec->field[SYNTH_EMAIL] = put(&o, "%s_%s%u@%s", b, a, ps.email_num, dom[ps.email_dom]); break;
        default: rec->field[SYNTH_EMAIL] = put(&o, "%s%u@%s", a, 1940 + ps.email_num % 66, dom[ps.email_dom]); break;
        }
    }

    /* ---- gender ---- */
    if (rng_chance(&r, 0.3)) {
        static const char *const fem[] = {"F", "f", "female", "féminin", "женский", "weiblich"};
        static const char *const mas[] = {"M", "m", "male", "masculin", "мужской", "männlich"};
        char gd = g->gender;
        if (gd != 'F' && gd != 'M')
            gd = ps.y % 2 ? 'F' : 'M';
        rec->field[SYNTH_GENDER] = gd == 'F' ? PICK(&r, fem) : PICK(&r, mas);
    }
}
