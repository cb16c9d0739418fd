/* The engine's writes and record queries: adding, replacing and removing
 * records, analysts' decisions, and the entity of a record. Each call runs
 * under the engine's mutex and either completes or leaves the engine as it
 * was. */
#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uscript.h>

#include "core/hash.h"
#include "core/parallel.h"
#include "core/inline.h"
#include "core/prefetch.h"
#include "core/strbuf.h"
#include "engine/journal.h"
#include "engine/other_calendar.h"
#include "engine/pair.h"
#include "engine/record.h"
#include "match/compare.h"
#include "match/keys.h"
#include "match/nameform.h"
#include "match/patronymic.h"
#include "match/variants.h"
#include "normalize/normalize.h"
#include "unicode/cantonese.h"
#include "unicode/ko_names.h"
#include "unicode/utf8.h"


static float logit2(double p)
{
    return (float)log2(p / (1 - p));
}

aka_status aka__engine_state_init(aka_engine *e)
{
    if (pthread_rwlock_init(&e->lock, NULL) != 0)
        return AKA_ERR_NOMEM;
    aka__model_defaults(&e->model);
    e->match_score = logit2(e->opts.match_threshold);
    e->review_score = logit2(e->opts.review_threshold);
    e->cluster = aka__cluster_new();
    aka__changelog_init(&e->changes, e->opts.change_log);
    if (e->cluster)
        aka__cluster_set_changelog(e->cluster, &e->changes);
    /* The cache is optional: without it names are prepared per pair. */
    aka_status pst = aka__pair_scratch_init(&e->ps, AKA__FORM_SLOTS, 0);
    if (!e->cluster || pst != AKA_OK ||
        aka__index_new(e->opts.max_block, &e->index) != AKA_OK ||
        aka__cluster_set_thresholds(e->cluster, e->match_score,
                                    e->review_score) != AKA_OK) {
        aka__engine_state_free(e);
        return AKA_ERR_NOMEM;
    }
    return AKA_OK;
}

void aka__engine_state_free(aka_engine *e)
{
    aka__store_free(&e->store);
    aka__index_free(e->index);
    aka__index_scratch_free(&e->scratch);
    aka__cluster_free(e->cluster);
    aka__changelog_free(&e->changes);
    aka__tokfreq_free(&e->names);
    aka__pair_scratch_free(&e->ps);
    e->index = NULL;
    e->cluster = NULL;
    pthread_rwlock_destroy(&e->lock);
}

/* ---- Reading a record with the engine's options ---- */

/* A record read and keyed, ready to store: its values packed as the store
 * keeps them (aka__vals_pack's layout) and its blocking keys in an array
 * of their own, both built before the engine's lock is taken (on the
 * engine's threads when records are added many at once) and moved into
 * the store as they are. */
typedef struct prepared {
    aka__fval *vals;
    uint32_t n;
    uint64_t *keys;
    size_t nkeys;
    /* When adding: the hash of the record's key (aka__store_hash) and its
     * conflict keys as the clustering keeps them. */
    uint64_t khash;
    char *key; /* aka__store_key_new's */
    aka__cluster_keys ck;
    /* When added many at once: the name-token hashes of its names
     * (prepare_names), at names_at in hs->names; hs NULL without them. */
    struct prep_scratch *hs;
    size_t names_at, names_len;
} prepared;

/* Buffers prepare fills and copies from, kept across the records one
 * thread prepares so that reading a record allocates only what it keeps. */
typedef struct prep_scratch {
    aka__sb text; /* the canonical forms, each followed by a NUL */
    aka__sb one;  /* a value normalised with the engine's options */
    aka__sb whole; /* a full name derived from given and family names */
    /* Name-token hashes of the records of one chunk of aka_engine_add_many
     * (prepare_names): per name, the room it needs, the number of hashes,
     * and the hashes. */
    uint64_t *names;
    size_t nnames, capnames;
} prep_scratch;

static void prep_scratch_free(prep_scratch *s)
{
    aka__sb_free(&s->text);
    aka__sb_free(&s->one);
    aka__sb_free(&s->whole);
    free(s->names);
    s->names = NULL;
    s->nnames = s->capnames = 0;
}

static void prepared_free(prepared *p)
{
    free(p->vals); /* packed: the forms are in the same block */
    free(p->keys);
    free(p->key);
    aka__cluster_keys_free(&p->ck);
    p->vals = NULL;
    p->keys = NULL;
    p->key = NULL;
    p->n = 0;
    p->nkeys = 0;
}

/* Strong evidence for conflicts (cluster.h): any date of birth, full or
 * partial, as its birth year (AKA__CONFLICT_YEARS); a full date of
 * birth, also as its year (with the keys that let a year mistyped by one
 * through) and as its day of the year (day_key); a document number of a
 * given country, OCR look-alikes folded. And what vouches against a
 * conflict: the same document or identifier. */
#define MAX_CONFLICT_KEYS 64

/* The day of the year of a full date canon ("YYYY-MM-DD") as a conflict
 * key of AKA__CONFLICT_DAYS: two full dates of one year are one person's
 * only when they are alike, swapped or one slip apart, and the cluster
 * reads them so. Two entities whose dates share no such day hold two
 * people born on different days of the year: three Nora Hansens born in
 * 2003 stay three, though a record that says only "May 2003" links to
 * each. 1 January, the day written for an unknown one, gives none (0
 * keys). */
static size_t day_key(const char *canon, aka__conflict_key *ck)
{
    unsigned m = (unsigned)(canon[5] - '0') * 10 + (unsigned)(canon[6] - '0'),
             d = (unsigned)(canon[8] - '0') * 10 + (unsigned)(canon[9] - '0');
    if (m == 1 && d == 1)
        return 0;
    *ck = (aka__conflict_key){AKA_DATE_OF_BIRTH, AKA__CONFLICT_DAYS, m * 100 + d};
    return 1;
}

/* The keys of a full date canon ("YYYY-MM-DD") that vouch for another of
 * its day and month with one of the last two digits of the year mistyped
 * (AKA__CONFLICT_VOUCH_YEAR_DIGIT): the date with that digit left out,
 * one key a digit, into ck[0..room); returns how many. */
static size_t year_digit_keys(const char *canon, aka__conflict_key *ck, size_t room)
{
    size_t k = 0;
    for (int d = 2; d < 4 && k < room; d++) {
        char masked[10];
        memcpy(masked, canon, 10);
        masked[d] = '*';
        ck[k++] = (aka__conflict_key){AKA__CONFLICT_VOUCH_YEAR_DIGIT, AKA_DATE_OF_BIRTH,
                                      aka__hash(masked, 10, 0x7964)};
    }
    return k;
}

/* A document number with OCR look-alikes folded (T3534974S /
 * T35349745), as the comparator reads it at its ocr level: a vouching
 * key of a group of its own, beside the number's exact one, since
 * snapshots keep the keys of the version that saved and a record loaded
 * from an older one still meets others by its exact key. (Two
 * neighbours swapped, which that level also reads as one document, do
 * not conflict (conflict_keys) but vouch for nothing: the number's
 * characters in order would vouch for FE123456 and FE654321, and a key
 * per swap would cost more memory than it earns.) */
#define LOOK_ALIKE_GROUP (UINT64_C(1) << 32 | (uint64_t)AKA_DOCUMENT)

/* A document number's first OCR_FOLD_MAX characters with OCR look-alikes
 * folded, into fold; returns how many. */
#define OCR_FOLD_MAX 80
static size_t ocr_fold(const char *num, size_t len, char fold[OCR_FOLD_MAX])
{
    size_t nf = 0;
    for (size_t k = 0; k < len && nf < OCR_FOLD_MAX; k++)
        fold[nf++] = aka__ocr_class(num[k]);
    return nf;
}

/* How many series letters (one to three) open the number num[0..len)
 * before a rest that a copy may hold alone (aka__doc_number_whole, as
 * match/compare.c's letters_lost reads a copy); 0 when it does not open
 * so. */
static size_t series_letters(const char *num, size_t len)
{
    size_t d = 0;
    while (d < len && d < 4 && num[d] >= 'A' && num[d] <= 'Z')
        d++;
    if (d == 0 || d > 3 || len > OCR_FOLD_MAX)
        return 0;
    return aka__doc_number_whole(num + d, len - d) ? d : 0;
}

static aka__conflict_key look_alike_key(const char *num, size_t len)
{
    char fold[OCR_FOLD_MAX];
    size_t nf = ocr_fold(num, len, fold);
    return (aka__conflict_key){AKA__CONFLICT_VOUCH, LOOK_ALIKE_GROUP,
                               aka__hash(fold, nf, 0x766f)};
}

/* The group of full names' conflict keys (kind AKA_NAME): the classes of
 * the fathers' names their patronymics name (match/patronymic.h). */
#define FATHERS_GROUP UINT64_C(0x66617468657273)

/* A father's given-name class as a conflict key's value: the hash of the
 * class's first name ("ivan" for Ivanovich, Iwanowitsch, Ivanovych), not
 * its number, which the next table that adds a class before it would
 * change under the keys a snapshot keeps. */
static uint64_t father_key(int cls)
{
    const char *g = aka__variant_group(AKA__VARIANT_GIVEN, cls);
    if (!g)
        return (uint64_t)cls;
    size_t n = strcspn(g, " ");
    return aka__hash(g, n, 0x66617468);
}

/* The conflict keys of a number of kind `kind` in `group`, its OCR
 * look-alikes folded (fold[0..nf)), into ck[0..room); returns how many.
 * Two neighbours swapped (G67203860 / G67203680) are one number to the
 * comparator too: the number with its characters paired from the first
 * and each pair put in order, and paired from the second likewise, are
 * equal for a swap inside a pair of the one or of the other. Beside the
 * folded number, which documents of older snapshots have alone. */
static size_t number_keys(uint32_t kind, uint64_t group, const char *fold, size_t nf,
                          aka__conflict_key *ck, size_t room)
{
    size_t k = 0;
    if (room == 0)
        return 0;
    ck[k++] = (aka__conflict_key){kind, group, aka__hash(fold, nf, 0)};
    for (size_t from = 0; from < 2 && k < room; from++) {
        char pf[OCR_FOLD_MAX];
        memcpy(pf, fold, nf);
        for (size_t i = from; i + 1 < nf; i += 2)
            if (pf[i] > pf[i + 1]) {
                char t = pf[i];
                pf[i] = pf[i + 1];
                pf[i + 1] = t;
            }
        ck[k++] = (aka__conflict_key){kind, group, aka__hash(pf, nf, 1 + from)};
    }
    return k;
}

/* The conflict keys of vals[0..n) into ck[0..MAX_CONFLICT_KEYS); returns
 * their number. */
static size_t conflict_keys(const aka__optvals *o, const aka__fval *vals, uint32_t n,
                           aka__conflict_key *ck)
{
    size_t nck = 0;
    /* A record that gives 1 January among its dates does not know its day
     * of the year (day_key), whatever its other dates say: they may be
     * another calendar's reading of it (derive_calendar_dates). */
    int day_known = 1;
    for (uint32_t i = 0; i < n; i++)
        if (aka__fval_new_year(&vals[i]))
            day_known = 0;
    for (uint32_t i = 0; i < n && nck < MAX_CONFLICT_KEYS; i++) {
        const aka__fval *v = &vals[i];
        if (v->kind == AKA_DATE_OF_BIRTH && v->len >= 4 &&
            (v->len == 4 || v->canon[4] == '-')) {
            uint64_t year = (uint64_t)atoi(v->canon);
            ck[nck++] = (aka__conflict_key){AKA_DATE_OF_BIRTH, AKA__CONFLICT_YEARS,
                                            year};
            if (v->len == 10 && nck < MAX_CONFLICT_KEYS) {
                ck[nck++] = (aka__conflict_key){AKA_DATE_OF_BIRTH, 0, year + 1};
                /* A year mistyped by one, day and month alike, is no
                 * other person (1996-07-16 / 1997-07-16): such dates
                 * share one of these keys, (day and month, year) and (day
                 * and month, year + 1), and entities that share any key
                 * of a group do not conflict (cluster.h). Tagged apart
                 * from the years. */
                for (uint64_t y = year; y <= year + 1 && nck < MAX_CONFLICT_KEYS; y++)
                    ck[nck++] = (aka__conflict_key){
                        AKA_DATE_OF_BIRTH, 0,
                        aka__hash(v->canon + 4, 6, y) | UINT64_C(1) << 63};
                if (nck < MAX_CONFLICT_KEYS && day_known)
                    nck += day_key(v->canon, ck + nck);
                if (day_known)
                    nck += year_digit_keys(v->canon, ck + nck, MAX_CONFLICT_KEYS - nck);
            }
        } else if (v->kind == AKA_DOCUMENT && aka__document_number_at(v->canon, v->len)) {
            char fold[OCR_FOLD_MAX];
            size_t nf = ocr_fold(v->canon + 3, v->len - 3, fold);
            uint64_t country = aka__hash(v->canon, 2, 0x636f);
            nck += number_keys(AKA_DOCUMENT, country, fold, nf, ck + nck,
                               MAX_CONFLICT_KEYS - nck);
            /* A copy that lost the series letters before the number
             * (VN:A4992711 / VN:4992711) is one document to the
             * comparator (letters_lost): the number without them is a
             * key of the group too, which the shorter copy holds whole. */
            size_t lost = series_letters(v->canon + 3, v->len - 3);
            if (lost && nck < MAX_CONFLICT_KEYS)
                ck[nck++] = (aka__conflict_key){AKA_DOCUMENT, country,
                                                aka__hash(fold + lost, nf - lost, 0)};
            /* ... and a copy that lost the check character after it
             * (Spanish DNI 12345678Z / 12345678; the comparator's one
             * character more): the number without its last character,
             * which the shorter copy holds whole. */
            if (nf >= 7 && nf == v->len - 3 && nck < MAX_CONFLICT_KEYS &&
                aka__doc_number_whole(v->canon + 3, v->len - 4))
                ck[nck++] = (aka__conflict_key){AKA_DOCUMENT, country,
                                                aka__hash(fold, nf - 1, 0)};
        }
        /* Two values of one type of national number, of which a person
         * holds one (the option unique_identifier_types), conflict as two
         * documents of one country do, look-alikes and a swap aside. */
        if (v->kind == AKA_IDENTIFIER && nck < MAX_CONFLICT_KEYS) {
            const char *colon = memchr(v->canon, ':', v->len);
            size_t c = aka__identifier_country_len(v->canon, v->len);
            if (colon && (size_t)(colon - v->canon) > c &&
                aka__optvals_unique_id(o, v->canon + c, (size_t)(colon - v->canon) - c)) {
                char fold[OCR_FOLD_MAX];
                size_t nf = ocr_fold(colon + 1, v->len - (size_t)(colon - v->canon) - 1, fold);
                nck += number_keys(AKA_IDENTIFIER,
                                   aka__hash(v->canon + c, (size_t)(colon - v->canon) - c,
                                             0x6964),
                                   fold, nf, ck + nck, MAX_CONFLICT_KEYS - nck);
            }
        }
        /* The same document or identifier vouches for two entities: it
         * outweighs a mistyped birth date, and a second document of the
         * same country that one of them holds (a passport renewed). */
        if ((v->kind == AKA_DOCUMENT || v->kind == AKA_IDENTIFIER) &&
            nck < MAX_CONFLICT_KEYS) {
            const char *num = v->canon;
            size_t len = v->len;
            if (v->kind == AKA_DOCUMENT) {
                size_t at = aka__document_number_at(num, len);
                num += at;
                len -= at;
            }
            ck[nck++] = (aka__conflict_key){
                AKA__CONFLICT_VOUCH, (uint64_t)v->kind, aka__hash(num, len, 0x766f)};
            /* an identifier's number vouches as the document that holds
             * it would (number_across in pair.c) */
            char idn[AKA__ID_NUMBER_MAX];
            size_t nn = v->kind == AKA_IDENTIFIER ? aka__identifier_number(num, len, idn) : 0;
            if (nn && nck < MAX_CONFLICT_KEYS)
                ck[nck++] = (aka__conflict_key){AKA__CONFLICT_VOUCH, (uint64_t)AKA_DOCUMENT,
                                                aka__hash(idn, nn, 0x766f)};
            if (v->kind == AKA_DOCUMENT && nck < MAX_CONFLICT_KEYS)
                ck[nck++] = look_alike_key(num, len);
        }
    }
    /* The fathers a full name names by its patronymic (Ivanovich,
     * Ihorivna): two entities that both name fathers and share none are
     * two people (Taras Ivanovich and Taras Ihorovych Zakharchenko), though
     * "Taras Zakharchenko" with a birth date links to both. One father's
     * name in two languages is one class (Igorevich / Ihorovych); a
     * mistyped patronymic names no father the tables know, so no key.
     * Only a record that holds one full name gives them: beside an alias
     * (a second name, or given and family names that make another) a
     * patronymic may be the false identity's, whose father is no one's
     * (Golubeva Mariya Antonovna alias Svetlana Gromova; Golubeva Mariya
     * alias Gromova Svetlana Aleksandrovna). After the dates and
     * documents, which many names must not crowd out. */
    uint32_t names = 0;
    for (uint32_t i = 0; i < n; i++)
        names += vals[i].kind == AKA_NAME;
    for (uint32_t i = 0; i < n && names == 1 && nck < MAX_CONFLICT_KEYS; i++) {
        if (vals[i].kind != AKA_NAME)
            continue;
        int fathers[4];
        size_t nf = aka__patronymic_fathers(vals[i].canon, vals[i].len, fathers, 4);
        for (size_t f = 0; f < nf && nck < MAX_CONFLICT_KEYS; f++)
            ck[nck++] = (aka__conflict_key){AKA_NAME, FATHERS_GROUP,
                                            father_key(fathers[f])};
    }
    /* The same e-mail address vouches for two entities whose birth years
     * agree against their full dates of birth (cluster.h): one person's
     * dates are mistyped more often than two people of one name and year
     * share an address. After the other keys, which many addresses must
     * not crowd out. */
    for (uint32_t i = 0; i < n && nck < MAX_CONFLICT_KEYS; i++)
        if (vals[i].kind == AKA_EMAIL)
            ck[nck++] = (aka__conflict_key){AKA__CONFLICT_VOUCH_DAYS, AKA_EMAIL,
                                            aka__hash(vals[i].canon, vals[i].len, 0x656d)};
    return nck;
}

#define MAX_DERIVED 8
/* Values of a prepared record: its own and the full names derived. */
#define MAX_VALUES (AKA__RECORD_MAX_VALUES + MAX_DERIVED * MAX_DERIVED)

/* Append a value's canonical form c[0..clen) to t as a packed block lays
 * it out (store.h): the form, its NUL, the length of the name facts and
 * the facts, which a name (`name`) not written in Latin letters alone has
 * from its text raw[0..rawlen); then the buffer's terminator. Returns the
 * form's offset in t, or -1 when memory runs out. */
static long put_form(aka__sb *t, const char *c, size_t clen, int name,
                     const char *raw, size_t rawlen)
{
    unsigned char fb[AKA__NAME_FACTS_MAX];
    size_t nf = 0;
    aka__name_facts facts;
    if (name && aka__name_facts_of(raw, rawlen, &facts) == AKA_OK) {
        /* Latin letters alone are compared as the engine always has,
         * without the matcher's rules for two Latin names */
        facts.flags &= (uint8_t)~(AKA__NF_LATIN | AKA__NF_EUROPEAN);
        nf = aka__name_facts_encode(&facts, fb);
        size_t k = 0;
        while (k < nf && fb[k] == 0)
            k++;
        if (k == nf)
            nf = 0; /* nothing the canonical form does not say */
    }
    if (aka__sb_reserve(t, aka__form_bytes(clen, nf)) != AKA_OK)
        return -1;
    long at = (long)t->len;
    t->len += aka__form_put(t->p + t->len, c, clen, fb, nf);
    t->p[t->len] = '\0';
    return at;
}

/* put_form, then the value's kind, offset and length as value *n of the
 * prepared record, *n grown; a status. */
static aka_status put_value(aka__sb *t, aka_feature k, const char *c,
                            size_t clen, int name, const char *raw,
                            size_t rawlen, aka_feature *kind, uint32_t *off,
                            uint32_t *len, uint32_t *n)
{
    long at = put_form(t, c, clen, name, raw, rawlen);
    if (at < 0)
        return AKA_ERR_NOMEM;
    kind[*n] = k;
    off[*n] = (uint32_t)at;
    len[*n] = (uint32_t)clen;
    (*n)++;
    return AKA_OK;
}

/* Whether UTF-8 text has a letter of a script other than Latin: a lead
 * byte from CD on (U+0340 on: Greek, Cyrillic and every later block). */
static int not_latin(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 0xCD && (unsigned char)p[i] <= 0xF4)
            return 1;
    return 0;
}

/* Value b of r (and value a before it, or none: a == UINT32_MAX) as one
 * full name appended to the values. A name with a part in another script
 * than Latin is read from the parts as written, not from their forms, and
 * keeps the facts of that text (store.h): a part alone can lose what the
 * whole name says (蒼 alone reads as Chinese cang; beside the Japanese
 * family name 田中 it is Aoi, as in a source that writes "蒼 田中" in one
 * field), and a name in Hebrew or Thai letters is compared by its
 * script's rules. Other names, and a whole that does not read (a part of
 * titles only), join the parts' forms. A status. */
static aka_status put_full_name(aka_engine *e, const aka_record *r, prep_scratch *s,
                                uint32_t a, uint32_t b, aka_feature *kind, uint32_t *off,
                                uint32_t *len, uint32_t *n)
{
    aka__sb *text = &s->text, *one = &s->one;
    const aka__rvalue *vb = &r->v[b];
    size_t la = a == UINT32_MAX ? 0 : (size_t)r->v[a].len + 1;
    aka__sb_clear(one);
    if (aka__sb_reserve(one, la + vb->len) != AKA_OK)
        return AKA_ERR_NOMEM;
    if (la) {
        memcpy(one->p, r->bytes.p + r->v[a].off, la - 1);
        one->p[la - 1] = ' ';
    }
    memcpy(one->p + la, r->bytes.p + vb->off, vb->len);
    size_t raw = la + vb->len;
    one->len = raw;
    aka__err ignore;
    const char *c;
    size_t clen;
    aka__sb_clear(&s->whole);
    if (not_latin(one->p, raw) &&
        aka__normalize(AKA_NAME, one->p, raw, &e->opts.norm, &s->whole, &ignore) == AKA_OK &&
        s->whole.len > 0) {
        c = s->whole.p;
        clen = s->whole.len;
    } else {
        /* the forms joined, as the parts read alone; a Turkic letter
         * keeps the whole as written for its facts */
        aka__sb_clear(&s->whole);
        if (aka__has_turkic_letter(one->p, raw)) {
            if (aka__sb_reserve(&s->whole, raw + 1) != AKA_OK)
                return AKA_ERR_NOMEM;
            memcpy(s->whole.p, one->p, raw);
            s->whole.len = raw;
        }
        size_t fa = a == UINT32_MAX ? 0 : (size_t)len[a] + 1;
        aka__sb_clear(one);
        if (aka__sb_reserve(one, fa + len[b]) != AKA_OK)
            return AKA_ERR_NOMEM;
        if (fa) {
            memcpy(one->p, text->p + off[a], len[a]);
            one->p[len[a]] = ' ';
        }
        memcpy(one->p + fa, text->p + off[b], len[b]);
        c = one->p;
        clen = fa + len[b];
    }
    /* (the facts of the whole name as written, when it was read whole or
     * holds a Turkic letter; other joined forms have none) */
    int whole = c == s->whole.p, turkic = !whole && s->whole.len > 0;
    return put_value(text, AKA_NAME, c, clen, whole || turkic,
                     whole ? s->one.p : s->whole.p, raw, kind, off, len, n);
}

/* A source that keeps given and family names apart also holds full names:
 * each given name with each family name (the first MAX_DERIVED of each),
 * so that the record meets full-name records of the same person
 * (engine/pair.c then compares full names and leaves the parts alone).
 * A record with family names and neither a given nor a full name holds
 * each family name as a full name too: one name alone is written in the
 * family-name field (ICAO 9303 puts a mononym in the primary identifier:
 * an Indonesian passport's SUMIATI), and so meets the full names of
 * records that add a father's name (Sumiati binti Karta). Values [0..*n)
 * of r, their kinds, offsets into text and lengths; appended to text, *n
 * grown; a status. */
static aka_status derive_full_names(aka_engine *e, const aka_record *r,
                                    prep_scratch *s, aka_feature *kind,
                                    uint32_t *off, uint32_t *len, uint32_t *n)
{
    uint32_t given[MAX_DERIVED], family[MAX_DERIVED], ng = 0, nf = 0;
    int full = 0;
    for (uint32_t i = 0; i < *n; i++) {
        if (kind[i] == AKA_GIVEN_NAME && ng < MAX_DERIVED)
            given[ng++] = i;
        else if (kind[i] == AKA_FAMILY_NAME && nf < MAX_DERIVED)
            family[nf++] = i;
        full |= kind[i] == AKA_NAME;
    }
    for (uint32_t g = 0; g < ng; g++)
        for (uint32_t f = 0; f < nf; f++)
            if (put_full_name(e, r, s, given[g], family[f], kind, off, len, n) != AKA_OK)
                return AKA_ERR_NOMEM;
    for (uint32_t f = 0; !ng && !full && f < nf; f++)
        if (put_full_name(e, r, s, UINT32_MAX, family[f], kind, off, len, n) != AKA_OK)
            return AKA_ERR_NOMEM;
    return AKA_OK;
}

/* Append the Cantonese reading of raw[0..rn) (with raw2[0..rn2) after
 * it, when given) as a derived full name; a status. */
static aka_status put_cantonese(prep_scratch *s, const char *raw, size_t rn,
                                const char *raw2, size_t rn2, aka_feature *kind,
                                uint32_t *off, uint32_t *len, uint32_t *n)
{
    aka__sb *one = &s->one;
    aka__sb_clear(one);
    int r = aka__cantonese_name(raw, rn, one);
    if (r > 0 && raw2)
        r = aka__cantonese_name(raw2, rn2, one);
    if (r < 0)
        return AKA_ERR_NOMEM;
    if (r == 0 || one->len == 0)
        return AKA_OK;
    return put_value(&s->text, AKA_NAME, one->p, one->len, 0, NULL, 0, kind, off,
                     len, n);
}

/* A name written in Han characters alone is read in Mandarin; Hong Kong
 * and Macau write their people's names in Cantonese (楊欣小: yang xinxiao,
 * and on the passport Yeung Yan Siu). In a record of a person of Hong
 * Kong or Macau (its nationality says so, or a phone number of theirs, a
 * place of birth there, a Hong Kong identity card, or the mainland's
 * travel permit for their residents: CN:H or CN:M and eight or ten
 * digits), such a name, and a family name
 * with a given name so written, also gives its Cantonese reading as a
 * derived full name (unicode/cantonese.h), which meets the passport
 * spelling as any full name does. For every Han name it also met other
 * people's names of Southeast Asia (Chan, Lam, Ho, Man): at 12,000 people
 * of one independent generator -0.0006, none with the nationality asked.
 * Only Han with a reading (a name with kana is Japanese, one with a Latin
 * letter is no such name); at most MAX_DERIVED, within MAX_VALUES. */
static int of_hong_kong(aka_feature kind, const char *v, size_t n)
{
    static const char *const places[] = {"hong kong", "xianggang", "kowloon",
                                         "jiulong",   "macau",     "macao",
                                         "aomen"};
    if (kind == AKA_NATIONALITY)
        return n == 2 && (memcmp(v, "HK", 2) == 0 || memcmp(v, "MO", 2) == 0);
    if (kind == AKA_PHONE)
        return n > 4 && (memcmp(v, "+852", 4) == 0 || memcmp(v, "+853", 4) == 0);
    if (kind == AKA_PLACE_OF_BIRTH)
        for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
            if (n == strlen(places[i]) && memcmp(v, places[i], n) == 0)
                return 1;
    if (kind == AKA_IDENTIFIER)
        return n > 5 && memcmp(v, "hkid:", 5) == 0;
    if (kind == AKA_DOCUMENT && (n == 12 || n == 14) && memcmp(v, "CN:", 3) == 0 &&
        (v[3] == 'H' || v[3] == 'M')) {
        for (size_t i = 4; i < n; i++)
            if (v[i] < '0' || v[i] > '9')
                return 0;
        return 1;
    }
    return 0;
}

static aka_status derive_cantonese(const aka_record *r, prep_scratch *s,
                                   aka_feature *kind, uint32_t *off,
                                   uint32_t *len, uint32_t *n)
{
    int yue = 0;
    for (uint32_t i = 0; i < *n && !yue; i++)
        yue = of_hong_kong(kind[i], s->text.p + off[i], len[i]);
    if (!yue)
        return AKA_OK;
    unsigned made = 0;
    const aka__rvalue *given = NULL, *family = NULL;
    for (size_t i = 0; i < r->n && made < MAX_DERIVED && *n < MAX_VALUES; i++) {
        const aka__rvalue *v = &r->v[i];
        given = !given && v->kind == AKA_GIVEN_NAME ? v : given;
        family = !family && v->kind == AKA_FAMILY_NAME ? v : family;
        if (v->kind != AKA_NAME || !not_latin(r->bytes.p + v->off, v->len))
            continue;
        uint32_t before = *n;
        aka_status st = put_cantonese(s, r->bytes.p + v->off, v->len, NULL, 0,
                                      kind, off, len, n);
        if (st != AKA_OK)
            return st;
        made += *n > before;
    }
    if (given && family && made < MAX_DERIVED && *n < MAX_VALUES &&
        not_latin(r->bytes.p + family->off, family->len))
        return put_cantonese(s, r->bytes.p + family->off, family->len,
                             r->bytes.p + given->off, given->len, kind, off,
                             len, n);
    return AKA_OK;
}

/* Whether the full name c[0..l) (raw[0..rawlen) as written) gives only
 * the name its bearer was born with: after a word that says so
 * (aka__name_birth_word: "née Valiyeva", "geb. Hoti", "szül. Farkas",
 * "урожд. Иванова", "z domu Kowalska", "kızlık soyadı Aydın"), or a lone
 * word in parentheses ("(Zheenbekova)", as Russian and Central Asian
 * records write a maiden name). *at: where that name starts in c. */
static int birth_name(const char *c, size_t l, const char *raw, size_t rawlen,
                      size_t *at)
{
    *at = aka__name_birth_word(c, l);
    if (*at)
        return 1;
    while (rawlen && (*raw == ' ' || raw[rawlen - 1] == ' ')) {
        if (*raw == ' ')
            raw++;
        rawlen--;
    }
    return rawlen > 2 && raw[0] == '(' && raw[rawlen - 1] == ')' && l > 1 &&
           !memchr(c, ' ', l);
}

/* A record that gives the name a woman was born with apart from her name
 * (birth_name) also holds her full names and given names with it after
 * them, as derived full names: "Fotima Mirzayeva" and "née Valiyeva" give
 * "fotima mirzayeva valiyeva", which meets Fotima Valiyeva and Fotima
 * Mirzayeva as a longer name does; "Edona" / "Bajrami" and "geb. Hoti"
 * give "edona hoti". At most MAX_DERIVED, within MAX_VALUES. */
static aka_status derive_birth_names(const aka_record *r, prep_scratch *s,
                                     aka_feature *kind, uint32_t *off,
                                     uint32_t *len, uint32_t *n)
{
    uint32_t n0 = *n;
    /* Where each of the record's own names gives a birth name, read once:
     * SIZE_MAX for a name that gives none (or another kind). */
    size_t at[AKA__RECORD_MAX_VALUES];
    int any = 0;
    for (uint32_t i = 0; i < r->n && i < n0; i++) {
        size_t a;
        at[i] = SIZE_MAX;
        if (kind[i] == AKA_NAME &&
            birth_name(s->text.p + off[i], len[i], r->bytes.p + r->v[i].off,
                       r->v[i].len, &a)) {
            at[i] = a;
            any = 1;
        }
    }
    if (!any)
        return AKA_OK;
    unsigned made = 0;
    for (uint32_t i = 0; i < r->n && i < n0; i++) {
        if (at[i] == SIZE_MAX)
            continue;
        for (uint32_t j = 0; j < n0 && made < MAX_DERIVED && *n < MAX_VALUES; j++) {
            if (j == i || (kind[j] != AKA_NAME && kind[j] != AKA_GIVEN_NAME) ||
                (j < r->n && at[j] != SIZE_MAX))
                continue;
            aka__sb *one = &s->one;
            aka__sb_clear(one);
            size_t bl = len[i] - at[i], l = (size_t)len[j] + 1 + bl;
            if (aka__sb_reserve(one, l + 1) != AKA_OK)
                return AKA_ERR_NOMEM;
            memcpy(one->p, s->text.p + off[j], len[j]);
            one->p[len[j]] = ' ';
            memcpy(one->p + len[j] + 1, s->text.p + off[i] + at[i], bl);
            one->len = l;
            if (put_value(&s->text, AKA_NAME, one->p, l, 0, NULL, 0, kind, off,
                          len, n) != AKA_OK)
                return AKA_ERR_NOMEM;
            made++;
        }
    }
    return AKA_OK;
}

/* Where a name value writes its name again in another script in
 * parentheses after it ("NGUYEN VAN AN（グエン・ヴァン・アン）", "Wang Wei
 * (王伟)", "Иванов Иван (Ivanov Ivan)"): *open at the parenthesis, *close
 * after the closing one (ASCII or full-width), when the value ends with
 * it, the text before it has letters, and one side is in Latin letters
 * alone and the other is not (a nickname in parentheses, "Maria (Masha)
 * Ivanova", is no such reading). */
static int script_in_parens(const char *raw, size_t n, size_t *open, size_t *close)
{
    while (n > 0 && raw[n - 1] == ' ')
        n--;
    size_t cl = n >= 3 && memcmp(raw + n - 3, "\xEF\xBC\x89", 3) == 0 ? 3
                : n >= 1 && raw[n - 1] == ')'                         ? 1
                                                                      : 0;
    if (!cl)
        return 0;
    size_t o = n - cl;
    size_t ol = 0;
    while (o > 0) {
        o--;
        if (raw[o] == '(') {
            ol = 1;
            break;
        }
        if (o >= 2 && memcmp(raw + o - 2, "\xEF\xBC\x88", 3) == 0) {
            o -= 2;
            ol = 3;
            break;
        }
    }
    if (!ol || o == 0)
        return 0;
    int outside = not_latin(raw, o), inside = not_latin(raw + o + ol, n - cl - o - ol);
    if (outside == inside)
        return 0;
    *open = o;
    *close = n;
    return 1;
}

/* The name raw[0..rn) read alone, with the engine's options, as a derived
 * full name (none when it reads as nothing); *made counts it. A status. */
static aka_status put_name_part(aka_engine *e, prep_scratch *s, const char *raw, size_t rn,
                                aka_feature *kind, uint32_t *off, uint32_t *len, uint32_t *n,
                                unsigned *made)
{
    aka__err ignore;
    aka__sb_clear(&s->one);
    if (rn == 0 ||
        aka__normalize(AKA_NAME, raw, rn, &e->opts.norm, &s->one, &ignore) != AKA_OK ||
        s->one.len == 0)
        return AKA_OK;
    (*made)++;
    return put_value(&s->text, AKA_NAME, s->one.p, s->one.len, 1, raw, rn, kind, off, len, n);
}

/* A name value that gives an alias after the name (aka__name_alias_word_at)
 * holds each of its names apart too, as derived full names: "Arben Hoxha alias
 * Beni" is "arben hoxha beni" as one name, and gives "arben hoxha" and
 * "beni", so that a record that knows the man only as Beni meets his.
 * So does a value that writes its name again in another script in
 * parentheses (script_in_parens): the name outside and the name inside.
 * Within MAX_DERIVED and MAX_VALUES. */
static aka_status derive_aliases(aka_engine *e, const aka_record *r, prep_scratch *s,
                                 aka_feature *kind, uint32_t *off, uint32_t *len,
                                 uint32_t *n)
{
    unsigned made = 0;
    for (uint32_t i = 0; i < r->n; i++) {
        if (r->v[i].kind != AKA_NAME)
            continue;
        const char *raw = r->bytes.p + r->v[i].off;
        size_t rn = r->v[i].len, wl = 0, at = aka__name_alias_word_at(raw, rn, 0, &wl);
        size_t po, pc;
        if (at == rn && script_in_parens(raw, rn, &po, &pc)) {
            /* the name outside, then the one inside (its parentheses are
             * read past by the normaliser) */
            size_t from[2] = {0, po}, end[2] = {po, pc};
            for (int k = 0; k < 2 && made < MAX_DERIVED && *n < MAX_VALUES; k++)
                if (put_name_part(e, s, raw + from[k], end[k] - from[k], kind, off, len, n,
                                  &made) != AKA_OK)
                    return AKA_ERR_NOMEM;
            continue;
        }
        if (at == rn)
            continue;
        for (size_t from = 0; from <= rn && made < MAX_DERIVED && *n < MAX_VALUES;) {
            size_t next = at < rn ? at + wl : rn + 1;
            if (at > from &&
                put_name_part(e, s, raw + from, at - from, kind, off, len, n, &made) != AKA_OK)
                return AKA_ERR_NOMEM;
            from = next;
            if (from <= rn)
                at = aka__name_alias_word_at(raw, rn, from, &wl);
        }
    }
    return AKA_OK;
}

/* Whether a value of the record points to Korea: a nationality of either
 * Korea, a phone number of either, or any text in Hangul. */
static int of_korea(aka_feature kind, const char *canon, size_t n, const char *raw,
                    size_t rn)
{
    if (kind == AKA_NATIONALITY)
        return n == 2 && (memcmp(canon, "KR", 2) == 0 || memcmp(canon, "KP", 2) == 0);
    if (kind == AKA_PHONE)
        return (n > 3 && memcmp(canon, "+82", 3) == 0) ||
               (n > 4 && memcmp(canon, "+850", 4) == 0);
    for (size_t i = 0; i < rn;) {
        uint32_t cp = aka__utf8_next(raw, rn, &i);
        if (aka__hangul_syllable(cp))
            return 1;
    }
    return 0;
}

/* A name in Han characters alone is read in Mandarin (金正恩: jin
 * zhengen); records in China write a Korean's name so, and in Japan too,
 * which no Korean spelling meets. In a record that points to Korea
 * (of_korea: a North Korean woman in a Chinese police record, nationality
 * 朝鲜), such a name that opens with a Korean family name, and a family
 * name with a given name so written, also gives its Korean reading
 * (aka__korean_name: 김정은) as a derived full name, read as a name in
 * Hangul is: it meets Kim Jong-un and 김정은. At most MAX_DERIVED, within
 * MAX_VALUES. */
static aka_status derive_korean(aka_engine *e, const aka_record *r, prep_scratch *s,
                                aka_feature *kind, uint32_t *off, uint32_t *len,
                                uint32_t *n)
{
    int ko = 0;
    for (uint32_t i = 0; i < r->n && !ko; i++)
        ko = of_korea(kind[i], s->text.p + off[i], len[i], r->bytes.p + r->v[i].off,
                      r->v[i].len);
    if (!ko)
        return AKA_OK;
    unsigned made = 0;
    char ko_name[AKA__KO_NAME_MAX];
    const aka__rvalue *given = NULL, *family = NULL;
    for (size_t i = 0; i < r->n && made < MAX_DERIVED && *n < MAX_VALUES; i++) {
        const aka__rvalue *v = &r->v[i];
        given = !given && v->kind == AKA_GIVEN_NAME ? v : given;
        family = !family && v->kind == AKA_FAMILY_NAME ? v : family;
        size_t kn = v->kind == AKA_NAME ? aka__korean_name(r->bytes.p + v->off, v->len, ko_name)
                                        : 0;
        if (kn && put_name_part(e, s, ko_name, kn, kind, off, len, n, &made) != AKA_OK)
            return AKA_ERR_NOMEM;
    }
    if (!given || !family || made >= MAX_DERIVED || *n >= MAX_VALUES ||
        family->len + given->len > 4 * AKA__KO_NAME_MAX)
        return AKA_OK;
    char both[4 * AKA__KO_NAME_MAX];
    memcpy(both, r->bytes.p + family->off, family->len);
    memcpy(both + family->len, r->bytes.p + given->off, given->len);
    size_t kn = aka__korean_name(both, family->len + given->len, ko_name);
    if (kn && put_name_part(e, s, ko_name, kn, kind, off, len, n, &made) != AKA_OK)
        return AKA_ERR_NOMEM;
    return AKA_OK;
}

/* A record whose text points to the Ethiopian or the Minguo calendar (by
 * its scripts or its nationality) also holds the other reading of each
 * date of birth written in bare numbers as that calendar writes it
 * (engine/other_calendar.h), as a derived date of birth; within
 * MAX_VALUES. */
static aka_status derive_calendar_dates(const aka_record *r, prep_scratch *s,
                                        aka_feature *kind, uint32_t *off,
                                        uint32_t *len, uint32_t *n)
{
    /* (most records have no full date, or one in a record that points to
     * no other calendar: the scripts are read only when one is there) */
    int full = 0;
    for (size_t i = 0; i < r->n && !full; i++)
        full = r->v[i].kind == AKA_DATE_OF_BIRTH && len[i] == 10;
    if (!full)
        return AKA_OK;
    unsigned hint = 0, not = 0;
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i].kind == AKA_NATIONALITY)
            hint |= aka__calendar_hint_country(s->text.p + off[i], len[i], &not);
        else
            hint |= aka__calendar_hint_text(r->bytes.p + r->v[i].off, r->v[i].len);
    hint &= ~not;
    for (size_t i = 0; hint && i < r->n && *n < MAX_VALUES; i++) {
        char other[10];
        if (r->v[i].kind == AKA_DATE_OF_BIRTH &&
            aka__date_other_reading(hint, r->bytes.p + r->v[i].off, r->v[i].len,
                                    s->text.p + off[i], len[i], other) &&
            put_value(&s->text, AKA_DATE_OF_BIRTH, other, sizeof other, 0, NULL, 0,
                      kind, off, len, n) != AKA_OK)
            return AKA_ERR_NOMEM;
    }
    return AKA_OK;
}

/* Blocking keys from the canonical values; a status. */
static aka_status prepare_keys(prepared *p)
{
    uint64_t keys[AKA__BLOCK_KEYS_MAX];
    size_t nk = aka__engine_block_keys(p->vals, p->n, keys, AKA__BLOCK_KEYS_MAX);
    p->keys = malloc((nk ? nk : 1) * sizeof *p->keys);
    if (!p->keys)
        return AKA_ERR_NOMEM;
    if (nk)
        memcpy(p->keys, keys, nk * sizeof *keys);
    p->nkeys = nk;
    return AKA_OK;
}

/* Read record r with the engine's options into p: its canonical values,
 * derived full names, and keys. The forms are gathered in s's buffers and
 * copied once into the packed block the store keeps. */
static aka_status prepare_with(aka_engine *e, const aka_record *r,
                               prepared *p, prep_scratch *s, aka__err *err)
{
    p->vals = NULL;
    p->keys = NULL;
    p->n = 0;
    p->nkeys = 0;
    p->key = NULL;
    p->ck = (aka__cluster_keys){NULL, 0};
    p->hs = NULL;
    aka_feature kind[MAX_VALUES];
    uint32_t off[MAX_VALUES], len[MAX_VALUES], n = 0;
    aka__sb *t = &s->text;
    aka__sb_clear(t);
    for (size_t i = 0; i < r->n; i++) {
        size_t clen;
        const char *c = aka__record_canon(r, i, e->opts.norm.default_country, &clen);
        if (!c) {
            aka__sb_clear(&s->one);
            aka_status st = aka__normalize(r->v[i].kind, r->bytes.p + r->v[i].off,
                                           r->v[i].len, &e->opts.norm, &s->one, err);
            if (st != AKA_OK)
                return st;
            c = s->one.p;
            clen = s->one.len;
        }
        if (put_value(t, r->v[i].kind, c, clen, r->v[i].kind == AKA_NAME,
                      r->bytes.p + r->v[i].off, r->v[i].len, kind, off, len,
                      &n) != AKA_OK)
            return aka__fail(err, AKA_ERR_NOMEM, "record: out of memory");
    }
    if (derive_full_names(e, r, s, kind, off, len, &n) != AKA_OK ||
        derive_birth_names(r, s, kind, off, len, &n) != AKA_OK ||
        derive_aliases(e, r, s, kind, off, len, &n) != AKA_OK ||
        derive_cantonese(r, s, kind, off, len, &n) != AKA_OK ||
        derive_korean(e, r, s, kind, off, len, &n) != AKA_OK ||
        derive_calendar_dates(r, s, kind, off, len, &n) != AKA_OK)
        return aka__fail(err, AKA_ERR_NOMEM, "record: out of memory");
    /* aka__vals_pack's layout: the array, then the forms in order */
    aka__fval *v = malloc((n ? n : 1) * sizeof *v + t->len);
    if (!v)
        return aka__fail(err, AKA_ERR_NOMEM, "record: out of memory");
    char *forms = (char *)(v + n);
    if (t->len)
        memcpy(forms, t->p, t->len);
    for (uint32_t i = 0; i < n; i++)
        v[i] = (aka__fval){kind[i], len[i], forms + off[i]};
    p->vals = v;
    p->n = n;
    if (prepare_keys(p) != AKA_OK) {
        prepared_free(p);
        return aka__fail(err, AKA_ERR_NOMEM, "record: out of memory");
    }
    return AKA_OK;
}

/* What only an add needs of a prepared record: its key as the store keeps
 * it, the key's hash, and its conflict keys, made here so that they are
 * ready before the lock. */
static aka_status prepare_for_add(const aka__optvals *o, prepared *p, const char *src,
                                  size_t sl, const char *id, size_t il, aka__err *err)
{
    p->khash = aka__store_hash(src, sl, id, il);
    p->key = aka__store_key_new(src, sl, id, il);
    aka__conflict_key ck[MAX_CONFLICT_KEYS];
    size_t nck = conflict_keys(o, p->vals, p->n, ck);
    if (!p->key || aka__cluster_keys_build(ck, nck, &p->ck) != AKA_OK) {
        prepared_free(p);
        return aka__fail(err, AKA_ERR_NOMEM, "engine: out of memory");
    }
    return AKA_OK;
}

/* The hashes the engine's name frequencies count for p's names
 * (aka__tokfreq_hashes), appended to s->names for add_prepared; a status. */
static aka_status prepare_names(prepared *p, prep_scratch *s)
{
    size_t at = s->nnames;
    for (uint32_t i = 0; i < p->n; i++) {
        const aka__fval *v = &p->vals[i];
        if (v->kind != AKA_NAME)
            continue;
        for (;;) {
            size_t room, cap = s->capnames - s->nnames;
            size_t n = cap < 2 ? 3 : aka__tokfreq_hashes(v->canon, v->len,
                                                          s->names + s->nnames + 2,
                                                          cap - 2, &room);
            if (cap >= 2 && n <= cap - 2) {
                s->names[s->nnames] = room;
                s->names[s->nnames + 1] = n;
                s->nnames += n + 2;
                break;
            }
            size_t want = s->capnames ? s->capnames * 2 : 4096;
            while (want < s->nnames + n + 2)
                want *= 2;
            uint64_t *g = realloc(s->names, want * sizeof *g);
            if (!g)
                return AKA_ERR_NOMEM;
            s->names = g;
            s->capnames = want;
        }
    }
    p->hs = s;
    p->names_at = at;
    p->names_len = s->nnames - at;
    return AKA_OK;
}

/* prepare_with on buffers of its own. */
static aka_status prepare(aka_engine *e, const aka_record *r, prepared *p,
                          aka__err *err)
{
    prep_scratch s;
    memset(&s, 0, sizeof s);
    aka_status st = prepare_with(e, r, p, &s, err);
    prep_scratch_free(&s);
    return st;
}

/* Names of a record blocked in their Turkic reading too, at most, and
 * their longest canonical form. */
#define TURKIC_BLOCKED 4
#define TURKIC_BLOCKED_LEN 127

/* Whether a name's facts say it is written in a Brahmic script of South
 * Asia, or in Khmer, Lao or Burmese letters (index.h's AKA__BLOCK_BRAHMIC).
 * Facts are the library's own encoding, or were checked when loaded
 * (aka__facts_fit), so the script is read alone, as the flags are: this
 * runs for every name a record adds. */
static int brahmic(const unsigned char *fb, size_t nf)
{
    switch (aka__name_facts_script(fb, nf)) {
    case USCRIPT_DEVANAGARI: case USCRIPT_BENGALI: case USCRIPT_GURMUKHI:
    case USCRIPT_GUJARATI: case USCRIPT_ORIYA: case USCRIPT_TAMIL:
    case USCRIPT_TELUGU: case USCRIPT_KANNADA: case USCRIPT_MALAYALAM:
    case USCRIPT_SINHALA: case USCRIPT_KHMER: case USCRIPT_LAO:
    case USCRIPT_MYANMAR:
        return 1;
    default:
        return 0;
    }
}

size_t aka__engine_block_keys(const aka__fval *vals, uint32_t n,
                              uint64_t *keys, size_t cap)
{
    /* The canonical values, grouped by kind. */
    const char *by[AKA__MODEL_KINDS][MAX_VALUES + TURKIC_BLOCKED];
    size_t nby[AKA__MODEL_KINDS] = {0};
    for (uint32_t i = 0; i < n; i++)
        by[vals[i].kind][nby[vals[i].kind]++] = vals[i].canon;
    /* A Turkish or Azerbaijani name is blocked as its English spelling
     * too (Cəfərova, cafarova, as jafarova: keys.h), so that it meets
     * Jafarova without another key in common. */
    char turkic[TURKIC_BLOCKED][TURKIC_BLOCKED_LEN + 1];
    int nt = 0;
    for (uint32_t i = 0; i < n && nt < TURKIC_BLOCKED; i++) {
        const aka__fval *v = &vals[i];
        size_t nf;
        const unsigned char *fb;
        if (v->kind != AKA_NAME && v->kind != AKA_GIVEN_NAME &&
            v->kind != AKA_FAMILY_NAME)
            continue;
        fb = aka__fval_facts(v, &nf);
        if (!(aka__name_facts_flags(fb, nf) & AKA__NF_TURKIC) ||
            v->len > TURKIC_BLOCKED_LEN ||
            !aka__turkic_spelling(v->canon, v->len, turkic[nt]))
            continue;
        turkic[nt][v->len] = '\0';
        by[v->kind][nby[v->kind]++] = turkic[nt++];
    }
    aka__block_input in = {
        by[AKA_NAME], nby[AKA_NAME], by[AKA_GIVEN_NAME], nby[AKA_GIVEN_NAME],
        by[AKA_FAMILY_NAME], nby[AKA_FAMILY_NAME], by[AKA_DATE_OF_BIRTH],
        nby[AKA_DATE_OF_BIRTH], by[AKA_DOCUMENT], nby[AKA_DOCUMENT],
        by[AKA_PHONE], nby[AKA_PHONE], by[AKA_EMAIL], nby[AKA_EMAIL],
        by[AKA_IDENTIFIER], nby[AKA_IDENTIFIER], by[AKA_NATIONALITY],
        nby[AKA_NATIONALITY], by[AKA_ADDRESS], nby[AKA_ADDRESS], NULL, NULL, NULL};
    /* Names in Thai, Arabic, Hebrew or Brahmic letters, by their place in `by`
     * (the Turkic spellings added above are Latin). */
    unsigned char script[3][MAX_VALUES + TURKIC_BLOCKED] = {{0}};
    size_t seen[3] = {0};
    int any = 0;
    for (uint32_t i = 0; i < n; i++) {
        int k = vals[i].kind == AKA_NAME ? 0 : vals[i].kind == AKA_GIVEN_NAME ? 1
              : vals[i].kind == AKA_FAMILY_NAME ? 2 : -1;
        if (k < 0)
            continue;
        size_t nf;
        const unsigned char *fb = aka__fval_facts(&vals[i], &nf);
        unsigned fl = aka__name_facts_flags(fb, nf);
        script[k][seen[k]] = fl & AKA__NF_THAI ? AKA__BLOCK_THAI
                             : fl & (AKA__NF_ARABIC | AKA__NF_HEBREW) ? AKA__BLOCK_ABJAD
                             : brahmic(fb, nf) ? AKA__BLOCK_BRAHMIC
                                               : 0;
        any |= script[k][seen[k]++];
    }
    if (any) {
        in.names_script = script[0];
        in.given_script = script[1];
        in.family_script = script[2];
    }
    return aka__block_keys(&in, keys, cap);
}

/* ---- Adding and removing ---- */

/* update_names(e, r, +1) for a record whose name hashes prepare_names
 * computed: the same counts, without hashing under the lock. */
static int add_names(aka_engine *e, const prepared *p)
{
    /* the room for every name first: counted, they are counted all */
    const uint64_t *h = p->hs->names + p->names_at;
    size_t room = 0;
    for (size_t i = 0; i < p->names_len; i += 2 + (size_t)h[i + 1])
        room += (size_t)h[i];
    if (aka__tokfreq_reserve(&e->names, room) != 0)
        return -1;
    for (size_t i = 0; i < p->names_len; i += 2 + (size_t)h[i + 1])
        (void)aka__tokfreq_update_hashed(&e->names, h + i + 2, (size_t)h[i + 1],
                                         (size_t)h[i], +1);
    return 0;
}

/* The record's names counted (+1) or no longer (-1): all of them or, out
 * of memory (an add only), none; a removal cannot fail. */
static int update_names(aka_engine *e, const aka__rec *r, int delta)
{
    if (delta > 0) {
        size_t room = 0, one;
        for (uint32_t i = 0; i < r->nvals; i++)
            if (r->vals[i].kind == AKA_NAME) {
                (void)aka__tokfreq_hashes(r->vals[i].canon, r->vals[i].len, NULL, 0,
                                          &one);
                room += one;
            }
        if (aka__tokfreq_reserve(&e->names, room) != 0)
            return -1;
    }
    for (uint32_t i = 0; i < r->nvals; i++)
        if (r->vals[i].kind == AKA_NAME)
            (void)aka__tokfreq_update(&e->names, r->vals[i].canon, r->vals[i].len,
                                      delta);
    return 0;
}

/* Take a live record out of the clusters, the index, the frequencies and
 * the store: the clusters first, the one step that needs memory, so that
 * out of memory (AKA_ERR_NOMEM) the record is everywhere as it was. */
static aka_status drop_record(aka_engine *e, uint32_t idx)
{
    aka__rec *r = &e->store.rec[idx];
    aka_status st = aka__cluster_remove_record(e->cluster, idx);
    if (st != AKA_OK)
        return st;
    aka__index_remove(e->index, idx, r->keys, r->nkeys);
    update_names(e, r, -1);
    aka__store_remove(&e->store, idx);
    return AKA_OK;
}

static int by_shared_desc(const void *x, const void *y)
{
    const aka__cand *a = x, *b = y;
    if (a->shared != b->shared)
        return a->shared < b->shared ? 1 : -1;
    return (a->record > b->record) - (a->record < b->record);
}

static void swap_cand(aka__cand *a, aka__cand *b)
{
    aka__cand t = *a;
    *a = *b;
    *b = t;
}

/* Reorder c[0..n) so that its k lowest records come first (quickselect). */
static void lowest_records(aka__cand *c, size_t n, size_t k)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1 && k > lo && k < hi) {
        uint32_t pivot = c[lo + (hi - lo) / 2].record;
        size_t lt = lo, i = lo, gt = hi;
        while (i < gt) {
            if (c[i].record < pivot)
                swap_cand(&c[lt++], &c[i++]);
            else if (c[i].record > pivot)
                swap_cand(&c[i], &c[--gt]);
            else
                i++;
        }
        if (k <= lt)
            hi = lt;
        else if (k >= gt)
            lo = gt;
        else
            return;
    }
}

/* A candidate as one integer that sorts ascending in the order
 * candidates are ranked: evidence descending, then record ascending. */
static uint64_t cand_key(aka__cand c)
{
    return (uint64_t)(UINT32_MAX - c.shared) << 32 | c.record;
}

/* Insert x into the ascending key[0..n). */
static void insert_key(uint64_t *key, size_t n, uint64_t x)
{
    size_t j = n;
    while (j > 0 && key[j - 1] > x) {
        key[j] = key[j - 1];
        j--;
    }
    key[j] = x;
}

/* Order key[0..n) ascending, by insertion (few, and often near order). */
static void sort_keys(uint64_t *key, size_t n)
{
    for (size_t i = 1; i < n; i++)
        insert_key(key, i, key[i]);
}

/* Up to this many kept are ordered by insertion on cand_key, without
 * qsort's calls through a pointer; more (a caller's large limit) by
 * qsort. */
#define KEEP_SORTED (AKA__CANDIDATES_FETCHED * 2)

/* The `limit` best of c[0..n) (n > limit), unordered: when they are at
 * most KEEP_SORTED, as their cand_key into key[0..), else themselves at
 * the front of c. Returns how many. */
static size_t best_first(aka__cand *c, size_t n, size_t limit, uint64_t *key)
{
    enum { BUCKETS = 256 };
    uint32_t count[BUCKETS] = {0};
    unsigned hi = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned sh = c[i].shared < BUCKETS ? c[i].shared : BUCKETS - 1;
        count[sh]++;
        hi = sh > hi ? sh : hi;
    }
    /* the threshold t: fewer than limit candidates share more than t
     * (from the highest count present: evidence rarely passes 40) */
    size_t above = 0;
    unsigned t = hi;
    while (t > 0 && above + count[t] < limit)
        above += count[t--];
    size_t tied = above + count[t];
    size_t keep = tied < limit ? tied : limit;
    if (keep <= KEEP_SORTED) {
        /* One pass: those above t (fewer than limit) go straight into
         * the keys; those at t are packed at the front of c (at most as
         * far as read), where the lowest records among them are selected
         * and join the keys. */
        size_t na = 0, q = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned sh = c[i].shared < BUCKETS ? c[i].shared : BUCKETS - 1;
            if (sh > t)
                key[na++] = cand_key(c[i]);
            else if (sh == t)
                c[q++] = c[i];
        }
        if (keep > above)
            lowest_records(c, q, keep - above);
        for (size_t k = 0; k < keep - above; k++)
            key[na++] = cand_key(c[k]);
        return keep;
    }
    /* those above t first, then those at t */
    size_t k = 0, at = above;
    for (size_t i = 0; i < n; i++) {
        unsigned sh = c[i].shared < BUCKETS ? c[i].shared : BUCKETS - 1;
        if (sh > t)
            swap_cand(&c[k++], &c[i]);
    }
    for (size_t i = k; i < n; i++) {
        unsigned sh = c[i].shared < BUCKETS ? c[i].shared : BUCKETS - 1;
        if (sh == t)
            swap_cand(&c[at++], &c[i]);
    }
    if (keep > above)
        lowest_records(c + above, tied - above, keep - above);
    return keep;
}

/* Keep the `limit` best of c[0..*n) (most evidence, then lowest record),
 * in order, without sorting them all: common names give thousands of
 * candidates of which a hundred are compared. Evidence takes few values,
 * so it sorts by histogram; among those tied at the threshold, the lowest
 * records are selected, not sorted. */
static void keep_best_candidates(aka__cand *c, size_t *n, size_t limit)
{
    uint64_t key[KEEP_SORTED];
    size_t keep = *n;
    if (keep <= limit) {
        /* Most records have no more (after the evidence rule, a few
         * dozen): all are kept, and only their order is to find. */
        if (keep > KEEP_SORTED) {
            qsort(c, keep, sizeof *c, by_shared_desc);
            return;
        }
        for (size_t i = 0; i < keep; i++)
            insert_key(key, i, cand_key(c[i]));
    } else {
        keep = best_first(c, *n, limit, key);
        if (keep > KEEP_SORTED) {
            qsort(c, keep, sizeof *c, by_shared_desc);
            *n = keep;
            return;
        }
        sort_keys(key, keep);
    }
    for (size_t i = 0; i < keep; i++)
        c[i] = (aka__cand){(uint32_t)key[i], UINT32_MAX - (uint32_t)(key[i] >> 32)};
    *n = keep;
}

/* aka__engine_candidates, leaving out first the candidates of less
 * evidence than min_evidence: they rank below every other one, so that
 * the best `limit` of the rest are the best `limit` of all less those. */
static aka_status select_candidates(const aka_engine *e, const uint64_t *keys,
                                    size_t nkeys, unsigned widen,
                                    uint32_t min_evidence,
                                    aka__index_scratch *sc, aka__cand **c,
                                    size_t *cap, size_t *n, size_t limit)
{
    size_t all = 0;
    aka_status st = aka__index_gather(e->index, keys, nkeys, widen, sc, &all, NULL);
    *n = 0;
    if (st != AKA_OK)
        return st;
    if (min_evidence > 1) {
        size_t m = 0;
        for (size_t i = 0; i < all; i++)
            if (sc->cands[i].shared >= min_evidence)
                sc->cands[m++] = sc->cands[i];
        all = m;
    }
    /* The best are chosen where the index left them: only those kept are
     * copied out. */
    if (all > 1)
        keep_best_candidates(sc->cands, &all, limit);
    if (all > *cap) {
        aka__cand *nc = realloc(*c, all * sizeof **c);
        if (!nc)
            return AKA_ERR_NOMEM;
        *c = nc;
        *cap = all;
    }
    if (all)
        memcpy(*c, sc->cands, all * sizeof **c);
    *n = all;
    return AKA_OK;
}

aka_status aka__engine_candidates(const aka_engine *e, const uint64_t *keys,
                                  size_t nkeys, unsigned widen,
                                  aka__index_scratch *sc, aka__cand **c,
                                  size_t *cap, size_t *n, size_t limit)
{
    return select_candidates(e, keys, nkeys, widen, 1, sc, c, cap, n, limit);
}

/* Whether candidate o is live: the check that keeps a record that is gone
 * out of every comparison, whatever the postings hold. When every record
 * stored is live (a bulk load that replaced nothing) the answer needs no
 * read of o's record, which is a cache miss per candidate in a store of
 * millions. */
static AKA__ALWAYS_INLINE int live_rec(const aka_engine *e, uint32_t o)
{
    return e->store.live == e->store.n || e->store.rec[o].live;
}

/* aka__engine_compared's last step: of the best c[0..n) (its
 * AKA__CANDIDATES_FETCHED, ranked), keep the first AKA__MAX_CANDIDATES
 * live ones other than self and skip, in order, those of less than
 * AKA__REVIEW_EVIDENCE only among the first AKA__WEAK_CANDIDATES when
 * resolving; returns how many. */
static size_t compared_of(const aka_engine *e, aka__cand *c, size_t n,
                          int64_t self, int64_t skip, int resolving)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < AKA__MAX_CANDIDATES; i++) {
        /* ranked by evidence: the rest are as weak */
        if (resolving && k >= AKA__WEAK_CANDIDATES &&
            c[i].shared < AKA__REVIEW_EVIDENCE)
            break;
        uint32_t o = c[i].record;
        if ((int64_t)o != self && (int64_t)o != skip && live_rec(e, o))
            c[k++] = c[i];
    }
    return k;
}

aka_status aka__engine_compared(const aka_engine *e, const uint64_t *keys,
                                size_t nkeys, unsigned widen,
                                uint32_t min_evidence, int64_t self,
                                int64_t skip, aka__index_scratch *sc,
                                aka__cand **c, size_t *cap, size_t *n)
{
    aka_status st = select_candidates(e, keys, nkeys, widen, min_evidence, sc, c,
                                      cap, n, AKA__CANDIDATES_FETCHED);
    if (st != AKA_OK)
        return st;
    *n = compared_of(e, *c, *n, self, skip, min_evidence >= AKA__RESOLVE_EVIDENCE);
    return AKA_OK;
}

/* Scoring candidate c[k] reads its record, then its values (the array
 * and the text store.c packs after it: a few lines), each a cache miss in
 * a store of millions. A pair takes long enough to score (a microsecond
 * with names) that asking for them a few candidates ahead hides the
 * misses; asking for every candidate's at once, as before, asked for more
 * lines than the core keeps in flight, and most of those prefetches were
 * dropped. The record goes first, its values two steps later, when the
 * record holding their address has arrived. */
#define AHEAD_REC 4
#define AHEAD_VALS 2

static void prefetch_vals(const aka__rec *o)
{
    const char *v = (const char *)o->vals;
    size_t span = (size_t)o->nvals * sizeof *o->vals + 96;
    for (size_t off = 0; off < span; off += 64)
        AKA__PREFETCH(v + off);
}

/* Before scoring c[0]: the first candidates' records and values. */
static void prefetch_first(const aka_engine *e, const aka__cand *c, size_t n)
{
    for (size_t k = 0; k < n && k < AHEAD_REC; k++)
        AKA__PREFETCH(&e->store.rec[c[k].record]);
    for (size_t k = 0; k < n && k < AHEAD_VALS; k++)
        prefetch_vals(&e->store.rec[c[k].record]);
}

/* Before scoring c[k]: the record and the values of the ones ahead. */
static AKA__ALWAYS_INLINE void prefetch_ahead(const aka_engine *e,
                                              const aka__cand *c, size_t n,
                                              size_t k)
{
    if (k + AHEAD_REC < n)
        AKA__PREFETCH(&e->store.rec[c[k + AHEAD_REC].record]);
    if (k + AHEAD_VALS < n)
        prefetch_vals(&e->store.rec[c[k + AHEAD_VALS].record]);
}

/* The least score at which a pair of records that share `shared`
 * evidence is linked (AKA__REVIEW_EVIDENCE). */
static AKA__ALWAYS_INLINE float keep_floor(const aka_engine *e, uint32_t shared)
{
    return shared >= AKA__REVIEW_EVIDENCE ? e->review_score : e->match_score;
}

/* Link record idx to its candidates; returns a status. */
static aka_status link_candidates(aka_engine *e, uint32_t idx, int64_t skip,
                                  aka__err *err)
{
    aka__rec *r = &e->store.rec[idx];
    size_t cap = 0, n = 0;
    aka__cand *c = NULL;
    aka_status st = aka__engine_compared(e, r->keys, r->nkeys, 1,
                                         AKA__RESOLVE_EVIDENCE, idx, skip,
                                         &e->scratch, &c, &cap, &n);
    if (st != AKA_OK) {
        free(c);
        return aka__fail(err, st, st == AKA_ERR_NOMEM
                                      ? "engine: out of memory"
                                      : "engine: candidate search failed");
    }
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    prefetch_first(e, c, n);
    for (size_t i = 0; i < n; i++) {
        prefetch_ahead(e, c, n, i);
        uint32_t o = c[i].record;
        float floor = keep_floor(e, c[i].shared);
        double score = aka__pair_score(e, r, &e->store.rec[o], &e->ps, cmp, floor);
        if (score >= floor) {
            st = aka__cluster_link(e->cluster, idx, o, (float)score);
            if (st != AKA_OK) {
                free(c);
                return aka__fail(err, st, "engine: out of memory");
            }
        }
    }
    free(c);
    return AKA_OK;
}

static aka_status check_key(const char *src, size_t sl, const char *id,
                            size_t il, aka__err *err)
{
    if ((!src && sl) || (!id && il))
        return aka__fail(err, AKA_ERR_ARGUMENT, "engine: NULL source or record id");
    if (sl == 0 || il == 0)
        return aka__fail(err, AKA_ERR_ARGUMENT,
                         "engine: empty source or record id");
    if (sl > 4096 || il > 4096)
        return aka__fail(err, AKA_ERR_LIMIT,
                         "engine: source or record id over 4096 bytes");
    if (aka__utf8_check(src, sl, "source", err) != AKA_OK ||
        aka__utf8_check(id, il, "record id", err) != AKA_OK)
        return AKA_ERR_UTF8;
    return AKA_OK;
}

/* The journal entry of an add: the key and the canonical values, so that
 * replay stores exactly what was stored (journal.c reads it). */
static aka_status add_entry(const char *src, size_t sl, const char *id,
                            size_t il, const prepared *p, aka__sb *out)
{
    aka_status st = aka__journal_key(out, src, sl, id, il);
    uint32_t n = p->n;
    unsigned char b[5];
    for (int k = 0; k < 4; k++)
        b[k] = (unsigned char)(n >> (8 * k));
    if (st == AKA_OK)
        st = aka__sb_append(out, (const char *)b, 4);
    for (uint32_t i = 0; st == AKA_OK && i < p->n; i++) {
        b[0] = (unsigned char)p->vals[i].kind;
        for (int k = 0; k < 4; k++)
            b[1 + k] = (unsigned char)(p->vals[i].len >> (8 * k));
        st = aka__sb_append(out, (const char *)b, 5);
        if (st == AKA_OK)
            st = aka__sb_append(out, p->vals[i].canon, p->vals[i].len);
        /* (the facts' length byte, then the facts, as the block has them) */
        size_t nf;
        const unsigned char *f = aka__fval_facts(&p->vals[i], &nf);
        if (st == AKA_OK)
            st = aka__sb_append(out, (const char *)f - 1, nf + 1);
    }
    return st;
}

/* Whether the stored record r holds the values p holds, in p's order,
 * canonical forms and name facts alike. */
static int same_values(const aka__rec *r, const prepared *p)
{
    if (r->nvals != p->n)
        return 0;
    for (uint32_t i = 0; i < p->n; i++) {
        const aka__fval *x = &r->vals[i], *y = &p->vals[i];
        size_t nx, ny;
        const unsigned char *fx = aka__fval_facts(x, &nx), *fy = aka__fval_facts(y, &ny);
        if (x->kind != y->kind || x->len != y->len ||
            memcmp(x->canon, y->canon, x->len) != 0 || nx != ny ||
            (nx && memcmp(fx, fy, nx) != 0))
            return 0;
    }
    return 1;
}

/* Store, index and resolve a prepared record (p's values move into the
 * store); journalled first when the engine has a journal. */
/* Add a prepared record; `locked`: the caller holds the engine's write
 * lock (and keeps it), else the add takes it for itself. */
static aka_status add_prepared_as(aka_engine *e, const char *source,
                                  size_t source_len, const char *record_id,
                                  size_t record_id_len, prepared *p,
                                  uint64_t *out_entity, aka__err *err,
                                  int locked)
{
    aka__sb entry = {0};
    aka_status st = AKA_OK;
    if (e->jfd >= 0 &&
        add_entry(source, source_len, record_id, record_id_len, p, &entry) !=
            AKA_OK) {
        aka__sb_free(&entry);
        prepared_free(p);
        return aka__fail(err, AKA_ERR_NOMEM, "engine: out of memory");
    }
    if (!locked)
        aka__engine_write(e);
    /* A record added again with the values it holds (an export sent
     * twice) changes nothing: weighed again with the names' counts of now,
     * a pair near the threshold could move it. */
    int64_t held = aka__store_find_h(&e->store, p->khash, source, source_len,
                                     record_id, record_id_len);
    if (held >= 0 && same_values(&e->store.rec[held], p)) {
        if (out_entity)
            *out_entity = aka__cluster_entity_of(e->cluster, (uint32_t)held);
        if (!locked)
            aka__engine_unlock(e);
        aka__sb_free(&entry);
        prepared_free(p);
        return AKA_OK;
    }
    if (e->jfd >= 0)
        st = aka__journal_append(e, AKA__J_ADD_FACTS, entry.p, entry.len, err);
    aka__sb_free(&entry);
    if (st != AKA_OK) {
        if (!locked)
            aka__engine_unlock(e);
        prepared_free(p);
        return st;
    }
    int64_t old = aka__store_find_h(&e->store, p->khash, source, source_len,
                                    record_id, record_id_len);
    int64_t idx = aka__store_insert_key(&e->store, p->khash, p->key, source_len,
                                        record_id_len);
    if (idx < 0) {
        aka__journal_undo(e);
        if (!locked)
            aka__engine_unlock(e);
        prepared_free(p);
        return aka__fail(err, AKA_ERR_NOMEM, "engine: out of memory");
    }
    /* the key, values and keys move into the store (which frees them) */
    p->key = NULL;
    aka__rec *rec = &e->store.rec[idx];
    rec->vals = p->vals;
    rec->nvals = p->n;
    aka__rec_count_name_words(rec);
    rec->keys = p->keys;
    rec->nkeys = (uint32_t)p->nkeys;
    p->vals = NULL;
    p->keys = NULL;
    uint32_t i = (uint32_t)idx;
    /* Add the new record before dropping the one it replaces, so that a
     * failure on the way leaves the old one in place; the new one is
     * alone until nothing can fail (it is taken back without memory). */
    st = old >= 0 ? aka__cluster_put_version(e->cluster, (uint32_t)old, i, &p->ck)
                  : aka__cluster_add_record_keys(e->cluster, i, &p->ck);
    int counted = 0; /* the names (all of them, or none) */
    if (st == AKA_OK) {
        counted = (p->hs ? add_names(e, p) : update_names(e, rec, +1)) == 0;
        if (!counted)
            st = AKA_ERR_NOMEM;
    }
    if (st == AKA_OK && !e->bulk)
        st = link_candidates(e, i, old, err);
    /* What follows must not fail for want of memory: the new version's
     * joining the old one's entity, the old one's removal and the new
     * one's resolution each take some. The index last: it posts all of
     * the record's keys or none. */
    uint32_t both[2] = {i, (uint32_t)old};
    unsigned steps = (old >= 0 ? 2u : 0u) + !e->bulk;
    if (st == AKA_OK && steps)
        st = aka__cluster_reserve_for(e->cluster, both, old >= 0 ? 2 : 1, steps);
    if (st == AKA_OK)
        st = aka__index_add(e->index, i, rec->keys, rec->nkeys);
    if (st != AKA_OK) {
        prepared_free(p); /* the conflict keys, when the cluster refused them */
        aka__cluster_take_back(e->cluster, i);
        if (counted)
            update_names(e, rec, -1);
        aka__store_remove(&e->store, i);
        aka__journal_undo(e);
        if (!locked)
            aka__engine_unlock(e);
        aka__err_default(err, st);
        return st;
    }
    if (old >= 0) {
        /* a new version of a record takes its place in its entity */
        aka__cluster_join_version(e->cluster, (uint32_t)old, i, e->bulk);
        st = drop_record(e, (uint32_t)old);
    }
    if (st == AKA_OK && !e->bulk)
        st = aka__cluster_resolve(e->cluster, &i, 1);
    if (out_entity)
        *out_entity = aka__cluster_entity_of(e->cluster, i);
    if (!locked)
        aka__engine_unlock(e);
    if (st != AKA_OK)
        return aka__fail(err, st, "engine: resolution ran out of memory; the "
                                  "record is stored and resolves again later");
    return AKA_OK;
}

static aka_status add_prepared(aka_engine *e, const char *source,
                               size_t source_len, const char *record_id,
                               size_t record_id_len, prepared *p,
                               uint64_t *out_entity, aka__err *err)
{
    return add_prepared_as(e, source, source_len, record_id, record_id_len, p,
                           out_entity, err, 0);
}

aka_status aka_engine_add(aka_engine *e, const char *source, size_t source_len,
                          const char *record_id, size_t record_id_len,
                          const aka_record *r, uint64_t *out_entity)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    if (!r)
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT, "engine: NULL record"), &err);
    aka_status st = check_key(source, source_len, record_id, record_id_len, &err);
    if (st != AKA_OK)
        return aka__engine_fail(e, st, &err);
    prepared p;
    st = prepare(e, r, &p, &err);
    if (st == AKA_OK)
        st = prepare_for_add(&e->opts, &p, source, source_len, record_id, record_id_len,
                             &err);
    if (st == AKA_OK)
        st = add_prepared(e, source, source_len, record_id, record_id_len, &p,
                          out_entity, &err);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

/* ---- Adding many ---- */

/* Records are read a chunk at a time: a prepared record holds its keys
 * (a few KiB), too much to hold for millions at once. In bulk loading a
 * chunk is added while the next is prepared, and the first chunk of a
 * call is prepared and its last added with nothing beside them: small
 * chunks keep that a small part of a call (a host's batches of 2,048
 * records are eight chunks). */
#define ADD_MANY_CHUNK 256

/* A chunk's records are prepared in runs of this many, each run to the
 * first thread free (the thread that adds the chunk before joins when it
 * is done): fixed shares left one thread waiting for the other at every
 * chunk. */
#define PREP_RUN 8

typedef struct many_job {
    aka_engine *e;
    const char *const *src, *const *id;
    const size_t *sl, *il;
    const aka_record *const *recs;
    size_t base, m;      /* the chunk: records [base, base + m) */
    atomic_size_t *next; /* the next run of the chunk to take, shared */
    prepared *p;         /* by record - base */
    prep_scratch *s;     /* this thread's, kept across chunks */
    aka_status *st;      /* by record - base */
    aka__err *err;       /* by record - base */
} many_job;

static void prepare_one(const many_job *j, size_t k)
{
    size_t i = j->base + k;
    aka__err *err = &j->err[k];
    aka_status st = !j->recs[i]
                        ? aka__fail(err, AKA_ERR_ARGUMENT, "engine: NULL record")
                        : check_key(j->src[i], j->sl[i], j->id[i], j->il[i], err);
    if (st == AKA_OK)
        st = prepare_with(j->e, j->recs[i], &j->p[k], j->s, err);
    if (st == AKA_OK)
        st = prepare_for_add(&j->e->opts, &j->p[k], j->src[i], j->sl[i], j->id[i], j->il[i],
                             err);
    if (st == AKA_OK && prepare_names(&j->p[k], j->s) != AKA_OK) {
        prepared_free(&j->p[k]);
        st = aka__fail(err, AKA_ERR_NOMEM, "engine: out of memory");
    }
    j->st[k] = st;
}

static void *many_worker(void *arg)
{
    many_job *j = arg;
    j->s->nnames = 0; /* the last chunk's records are added */
    for (;;) {
        size_t k = atomic_fetch_add_explicit(j->next, PREP_RUN, memory_order_relaxed);
        if (k >= j->m)
            break;
        size_t end = k + PREP_RUN < j->m ? k + PREP_RUN : j->m;
        for (; k < end; k++)
            prepare_one(j, k);
    }
    return NULL;
}

/* One chunk's buffers: its prepared records, their statuses and errors,
 * and the preparing threads' scratch (the records' name hashes stay there
 * until they are added). */
typedef struct many_buf {
    prepared *p;
    aka_status *st;
    aka__err *err;
    prep_scratch scratch[AKA__MAX_THREADS];
    size_t base, m; /* the chunk's records: [base, base + m) */
} many_buf;

/* A part of one step of aka_engine_add_many: the adds of the chunk
 * before (serial, in order), then runs of the next chunk's preparation;
 * or runs of preparation only. */
typedef struct step_job {
    many_job prep;
    struct many_adds *adds; /* NULL: this part only prepares */
} step_job;

typedef struct many_adds {
    aka_engine *e;
    int locked; /* the caller holds the engine's write lock */
    const char *const *src, *const *id;
    const size_t *sl, *il;
    many_buf *b;
    aka_status *statuses;
    uint64_t *out_entities;
    aka_status first_st;
    size_t first_at;
    aka__err first_err;
} many_adds;

/* Adding a record probes the store's key table, the index and the name
 * counts at random, each a cache miss in an engine of millions, one after
 * the other: asked for records ahead (the store's slot and the names' 3
 * ahead, the index's in steps: aka__index_prefetch), they are in the
 * cache when the record's turn comes. */
#define ADD_AHEAD 3

static void prefetch_add(const aka_engine *e, const prepared *p)
{
    aka__store_prefetch(&e->store, p->khash);
    if (p->hs) {
        const uint64_t *h = p->hs->names + p->names_at;
        for (size_t i = 0; i < p->names_len; i += 2 + (size_t)h[i + 1])
            aka__tokfreq_prefetch(&e->names, h + i + 2, (size_t)h[i + 1]);
    }
}

/* Before adding record k of the chunk: the memory of those ahead. */
static void prefetch_ahead_of(const aka_engine *e, const many_buf *b, size_t k)
{
    if (k + ADD_AHEAD < b->m && b->st[k + ADD_AHEAD] == AKA_OK)
        prefetch_add(e, &b->p[k + ADD_AHEAD]);
    for (unsigned a = 1; a <= AKA__INDEX_AHEAD; a++)
        if (k + a < b->m && b->st[k + a] == AKA_OK)
            aka__index_prefetch(e->index, a, b->p[k + a].keys, b->p[k + a].nkeys);
}

/* Add a prepared chunk in order, as one call after another would. */
static void add_chunk(many_adds *a)
{
    many_buf *b = a->b;
    for (size_t k = 0; k < b->m && k < ADD_AHEAD; k++)
        if (b->st[k] == AKA_OK)
            prefetch_add(a->e, &b->p[k]);
    for (size_t k = 0; k < b->m; k++) {
        size_t i = b->base + k;
        prefetch_ahead_of(a->e, b, k);
        aka_status st = b->st[k];
        uint64_t ent = 0;
        if (st == AKA_OK)
            st = add_prepared_as(a->e, a->src[i], a->sl[i], a->id[i], a->il[i],
                                 &b->p[k], &ent, &b->err[k], a->locked);
        if (a->statuses)
            a->statuses[i] = st;
        if (st == AKA_OK && a->out_entities)
            a->out_entities[i] = ent;
        if (st != AKA_OK && a->first_st == AKA_OK) {
            a->first_st = st;
            a->first_at = i;
            a->first_err = b->err[k];
        }
    }
}

static void *step_worker(void *arg)
{
    step_job *j = arg;
    if (j->adds)
        add_chunk(j->adds);
    return many_worker(&j->prep);
}

static void many_buf_free(many_buf *b)
{
    free(b->p);
    free(b->st);
    free(b->err);
    for (unsigned t = 0; t < AKA__MAX_THREADS; t++)
        prep_scratch_free(&b->scratch[t]);
}

aka_status aka_engine_add_many(aka_engine *e, size_t n,
                               const char *const *sources,
                               const size_t *source_lens,
                               const char *const *record_ids,
                               const size_t *record_id_lens,
                               const aka_record *const *records,
                               aka_status *statuses, uint64_t *out_entities)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    if (n > 0 && (!sources || !source_lens || !record_ids || !record_id_lens ||
                  !records))
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT,
                         "aka_engine_add_many: NULL array with n > 0"),
            &err);
    size_t chunk = n < ADD_MANY_CHUNK ? n : ADD_MANY_CHUNK;
    if (chunk == 0)
        chunk = 1;
    many_buf buf[2];
    memset(buf, 0, sizeof buf);
    int ok = 1;
    for (int k = 0; k < 2; k++) {
        buf[k].p = malloc(chunk * sizeof *buf[k].p);
        buf[k].st = malloc(chunk * sizeof *buf[k].st);
        buf[k].err = malloc(chunk * sizeof *buf[k].err);
        ok = ok && buf[k].p && buf[k].st && buf[k].err;
    }
    if (!ok) {
        many_buf_free(&buf[0]);
        many_buf_free(&buf[1]);
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_NOMEM, "engine: out of memory"), &err);
    }
    many_adds adds = {e,    0,        sources,      record_ids, source_lens,
                      record_id_lens, NULL, statuses, out_entities,
                      AKA_OK, 0,    {{0}}};
    unsigned parts = aka__engine_parts(e);
    /* In bulk loading, a pipeline: while the calling thread adds one
     * chunk in order, the other threads prepare the next, which needs no
     * lock. The calling thread holds the engine's write lock for the
     * whole step, taken before the threads run (the order bulk_end takes
     * them in: a lock taken record by record inside the run would wait
     * for a bulk_end on another thread that waits for the threads). Adds
     * outside bulk loading link each record as it comes, too long to hold
     * readers back for a chunk: each chunk is prepared, then added
     * record by record, as with one thread. */
    many_buf *pending = NULL; /* prepared, not yet added */
    for (size_t base = 0, c = 0; base < n; base += chunk, c++) {
        many_buf *b = &buf[c & 1];
        size_t m = n - base < chunk ? n - base : chunk;
        b->base = base;
        b->m = m;
        for (size_t k = 0; k < m; k++)
            b->err[k].msg[0] = '\0';
        unsigned adders = 0;
        if (pending && parts > 1) {
            aka__engine_write(e);
            if (e->bulk)
                adders = 1; /* part 0 adds the chunk before */
            else
                aka__engine_unlock(e);
        }
        adds.locked = adders;
        adds.b = pending;
        /* every part prepares; with an adder, part 0 adds first */
        unsigned np = parts;
        if (np > (m + PREP_RUN - 1) / PREP_RUN + adders)
            np = (unsigned)((m + PREP_RUN - 1) / PREP_RUN) + adders;
        atomic_size_t next;
        atomic_init(&next, 0);
        step_job jobs[AKA__MAX_THREADS];
        for (unsigned t = 0; t < np; t++)
            jobs[t] = (step_job){
                {e, sources, record_ids, source_lens, record_id_lens, records,
                 base, m, &next, b->p, &b->scratch[t], b->st, b->err},
                t < adders ? &adds : NULL};
        if (pending && !adders)
            add_chunk(&adds);
        aka__engine_run_parts(e, step_worker, jobs, sizeof *jobs, np);
        if (adders)
            aka__engine_unlock(e);
        adds.locked = 0;
        pending = b;
    }
    if (pending) {
        adds.b = pending;
        add_chunk(&adds);
    }
    many_buf_free(&buf[0]);
    many_buf_free(&buf[1]);
    if (adds.first_st == AKA_OK)
        return AKA_OK;
    aka__err out = {{0}};
    aka__fail(&out, adds.first_st, "record %zu: %s", adds.first_at,
              adds.first_err.msg[0] ? adds.first_err.msg
                                    : aka_status_str(adds.first_st));
    return aka__engine_fail(e, adds.first_st, &out);
}

aka_status aka__engine_add_canon(aka_engine *e, const char *src, size_t sl,
                                 const char *id, size_t il,
                                 const aka__fval *vals, const aka__vfacts *facts,
                                 uint32_t n, aka__err *err)
{
    aka_status st = check_key(src, sl, id, il, err);
    if (st != AKA_OK)
        return st;
    if (n > AKA__RECORD_MAX_VALUES + MAX_DERIVED * MAX_DERIVED)
        return aka__fail(err, AKA_ERR_LIMIT, "engine: too many values");
    for (uint32_t i = 0; i < n; i++)
        if (vals[i].kind <= 0 || vals[i].kind >= AKA__MODEL_KINDS)
            return aka__fail(err, AKA_ERR_ARGUMENT, "engine: unknown kind");
    prepared p;
    memset(&p, 0, sizeof p);
    p.vals = aka__vals_pack(vals, facts, n);
    p.n = p.vals ? n : 0;
    if (!p.vals || prepare_keys(&p) != AKA_OK) {
        prepared_free(&p);
        return aka__fail(err, AKA_ERR_NOMEM, "engine: out of memory");
    }
    st = prepare_for_add(&e->opts, &p, src, sl, id, il, err);
    if (st != AKA_OK)
        return st;
    return add_prepared(e, src, sl, id, il, &p, NULL, err);
}

aka_status aka__engine_find(aka_engine *e, const char *src, size_t sl,
                            const char *id, size_t il, uint32_t *out,
                            aka__err *err)
{
    aka_status st = check_key(src, sl, id, il, err);
    if (st != AKA_OK)
        return st;
    int64_t idx = aka__store_find(&e->store, src, sl, id, il);
    if (idx < 0)
        return aka__fail(err, AKA_ERR_NOT_FOUND, "engine: no such record");
    *out = (uint32_t)idx;
    return AKA_OK;
}

/* Journal a remove (one key) or a decision (two keys and `same`), under
 * the write lock. */
static aka_status journal_keys(aka_engine *e, int type, const char *sa,
                               size_t sal, const char *ia, size_t ial,
                               const char *sb, size_t sbl, const char *ib,
                               size_t ibl, int same, aka__err *err)
{
    aka__sb entry = {0};
    aka_status st = aka__journal_key(&entry, sa, sal, ia, ial);
    if (st == AKA_OK && (type == AKA__J_DECIDE || type == AKA__J_UNDECIDE))
        st = aka__journal_key(&entry, sb, sbl, ib, ibl);
    if (st == AKA_OK && type == AKA__J_DECIDE)
        st = aka__sb_append_char(&entry, (char)(same ? 1 : 0));
    if (st != AKA_OK)
        st = aka__fail(err, AKA_ERR_NOMEM, "engine: out of memory");
    else
        st = aka__journal_append(e, type, entry.p, entry.len, err);
    aka__sb_free(&entry);
    return st;
}

aka_status aka_engine_remove(aka_engine *e, const char *source,
                             size_t source_len, const char *record_id,
                             size_t record_id_len)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    uint32_t idx;
    aka__engine_write(e);
    aka_status st = aka__engine_find(e, source, source_len, record_id, record_id_len,
                              &idx, &err);
    if (st == AKA_OK && e->jfd >= 0)
        st = journal_keys(e, AKA__J_REMOVE, source, source_len, record_id,
                          record_id_len, NULL, 0, NULL, 0, 0, &err);
    if (st == AKA_OK) {
        st = drop_record(e, idx);
        if (st != AKA_OK) {
            aka__journal_undo(e);
            aka__fail(&err, st, "engine: out of memory; the record is kept");
        }
    }
    aka__engine_unlock(e);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

aka_status aka_engine_entity_of(aka_engine *e, const char *source,
                                size_t source_len, const char *record_id,
                                size_t record_id_len, uint64_t *out_entity)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    if (!out_entity)
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT, "engine: NULL out_entity"), &err);
    uint32_t idx;
    aka__engine_read(e);
    aka_status st = aka__engine_find(e, source, source_len, record_id, record_id_len,
                              &idx, &err);
    if (st == AKA_OK)
        *out_entity = aka__cluster_entity_of(e->cluster, idx);
    aka__engine_unlock(e);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

/* What set_decision does to the pair: record "the same" or "not the
 * same", or withdraw the decision there is. */
#define WITHDRAW (-1)

static aka_status set_decision(aka_engine *e, const char *source_a,
                               size_t source_a_len, const char *record_id_a,
                               size_t record_id_a_len, const char *source_b,
                               size_t source_b_len, const char *record_id_b,
                               size_t record_id_b_len, int same)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    uint32_t a, b;
    aka__engine_write(e);
    aka_status st = aka__engine_find(e, source_a, source_a_len, record_id_a,
                              record_id_a_len, &a, &err);
    if (st == AKA_OK)
        st = aka__engine_find(e, source_b, source_b_len, record_id_b, record_id_b_len,
                       &b, &err);
    if (st == AKA_OK && a == b)
        st = aka__fail(&err, AKA_ERR_ARGUMENT,
                       "engine: a decision needs two different records");
    /* Withdrawing nothing is an error, not a journal entry: the caller
     * may have named the wrong pair. */
    if (st == AKA_OK && same == WITHDRAW && aka__cluster_decision(e->cluster, a, b) < 0)
        st = aka__fail(&err, AKA_ERR_NOT_FOUND,
                       "engine: no analyst decision on these two records");
    int bad = 0;
    if (st == AKA_OK && same != WITHDRAW &&
        (st = aka__cluster_contradicts(e->cluster, a, b, same, &bad)) != AKA_OK)
        aka__fail(&err, st, "engine: out of memory");
    if (st == AKA_OK && bad)
        st = aka__fail(&err, AKA_ERR_ARGUMENT,
                       same ? "engine: \"the same\" contradicts a \"not the same\" decision "
                              "between records that other \"the same\" decisions join to "
                              "these two; withdraw one first"
                            : "engine: \"not the same\" contradicts \"the same\" decisions "
                              "that join these two records through others; withdraw one "
                              "first");
    if (st == AKA_OK && e->jfd >= 0)
        st = journal_keys(e, same == WITHDRAW ? AKA__J_UNDECIDE : AKA__J_DECIDE,
                          source_a, source_a_len, record_id_a, record_id_a_len,
                          source_b, source_b_len, record_id_b, record_id_b_len,
                          same != 0, &err);
    if (st == AKA_OK) {
        st = same == WITHDRAW ? aka__cluster_undecide(e->cluster, a, b)
                              : aka__cluster_decide(e->cluster, a, b, same != 0);
        if (st != AKA_OK) {
            aka__fail(&err, st, "engine: decision failed");
            /* Keep the entry only if the change was made (a rebuild that
             * ran out of memory still makes it). */
            int now = aka__cluster_decision(e->cluster, a, b);
            if (same == WITHDRAW ? now >= 0 : now != (same != 0))
                aka__journal_undo(e);
        }
    }
    aka__engine_unlock(e);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

aka_status aka_engine_decide(aka_engine *e, const char *source_a,
                             size_t source_a_len, const char *record_id_a,
                             size_t record_id_a_len, const char *source_b,
                             size_t source_b_len, const char *record_id_b,
                             size_t record_id_b_len, int same)
{
    return set_decision(e, source_a, source_a_len, record_id_a, record_id_a_len,
                        source_b, source_b_len, record_id_b, record_id_b_len,
                        same != 0);
}

aka_status aka_engine_undecide(aka_engine *e, const char *source_a,
                               size_t source_a_len, const char *record_id_a,
                               size_t record_id_a_len, const char *source_b,
                               size_t source_b_len, const char *record_id_b,
                               size_t record_id_b_len)
{
    return set_decision(e, source_a, source_a_len, record_id_a, record_id_a_len,
                        source_b, source_b_len, record_id_b, record_id_b_len,
                        WITHDRAW);
}

/* ---- Search ---- */

typedef struct hit {
    uint64_t entity;
    double score;
} hit;

static int by_score_desc(const void *x, const void *y)
{
    const hit *a = x, *b = y;
    if (a->score != b->score)
        return a->score < b->score ? 1 : -1;
    return (a->entity > b->entity) - (a->entity < b->entity);
}

aka_status aka_engine_search(aka_engine *e, const aka_record *query, size_t k,
                             uint64_t *out_entities, double *out_scores,
                             size_t *out_n)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    if (!query || !out_n || (k > 0 && (!out_entities || !out_scores)))
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT,
                         "aka_engine_search: NULL query, out_n, or output "
                         "arrays with k > 0"),
            &err);
    *out_n = 0;
    prepared p;
    aka_status st = prepare(e, query, &p, &err);
    if (st != AKA_OK)
        return aka__engine_fail(e, st, &err);
    aka__rec q = {0};
    q.vals = p.vals;
    q.nvals = p.n;
    hit *hits = NULL;
    size_t nh = 0;
    size_t cap = 0, n = 0;
    aka__cand *c = NULL;
    /* Searches share the engine: each brings its own scratch. */
    aka__index_scratch sc = {0};
    aka__pair_scratch ps;
    aka_status pst = aka__pair_scratch_init(&ps, 0, 0);
    aka__engine_read(e);
    st = pst == AKA_OK ? aka__engine_compared(e, p.keys, p.nkeys,
                                              AKA__SEARCH_WIDEN, 1, -1, -1, &sc,
                                              &c, &cap, &n)
                       : AKA_ERR_NOMEM;
    if (st == AKA_OK) {
        hits = malloc((n ? n : 1) * sizeof *hits);
        if (!hits)
            st = AKA_ERR_NOMEM;
    }
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    if (st == AKA_OK)
        prefetch_first(e, c, n);
    for (size_t i = 0; st == AKA_OK && i < n; i++) {
        prefetch_ahead(e, c, n, i);
        uint32_t o = c[i].record;
        double score = aka__pair_score(e, &q, &e->store.rec[o], &ps, cmp, -INFINITY);
        uint64_t ent = aka__cluster_entity_of(e->cluster, o);
        /* An entity's score is that of its best record. */
        size_t j = 0;
        while (j < nh && hits[j].entity != ent)
            j++;
        if (j == nh)
            hits[nh++] = (hit){ent, score};
        else if (score > hits[j].score)
            hits[j].score = score;
    }
    aka__engine_unlock(e);
    aka__index_scratch_free(&sc);
    aka__pair_scratch_free(&ps);
    free(c);
    prepared_free(&p);
    if (st != AKA_OK) {
        free(hits);
        return aka__engine_fail(e, aka__fail(&err, st, "engine: out of memory"),
                                &err);
    }
    qsort(hits, nh, sizeof *hits, by_score_desc);
    size_t m = nh < k ? nh : k;
    for (size_t i = 0; i < m; i++) {
        out_entities[i] = hits[i].entity;
        out_scores[i] = aka__model_probability(hits[i].score);
    }
    *out_n = m;
    free(hits);
    return AKA_OK;
}

/* ---- Bulk loading ---- */

aka_status aka_engine_bulk_begin(aka_engine *e)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    aka__engine_write(e);
    aka_status st = AKA_OK;
    if (e->bulk)
        st = aka__fail(&err, AKA_ERR_ARGUMENT, "engine: bulk loading already begun");
    else if (e->jfd >= 0)
        st = aka__journal_append(e, AKA__J_BULK_BEGIN, NULL, 0, &err);
    if (st == AKA_OK) {
        e->bulk = 1;
        e->bulk_first = e->store.n;
    }
    aka__engine_unlock(e);
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

typedef struct edge {
    uint32_t a, b;
    float w;
} edge;

typedef struct bulk_job {
    aka_engine *e;
    uint32_t first;
    const uint32_t *order; /* the records to score, in locality order */
    size_t norder;
    /* The next run of the order to take, shared by the jobs of a step. */
    atomic_size_t *next_run;
    edge *edges;
    size_t n, cap;
    aka__form_cache *cache; /* the thread's cache, warm, when it is done */
    aka_status st;
} bulk_job;

/* Records go to the threads in runs of this many, each run to the first
 * thread free: a thread that a page fault, a busy core or costlier
 * records holds back takes fewer runs, where a fixed share left the
 * other waiting (at 100,000 records, one core idled for a tenth of the
 * scoring). The entities do not depend on who scored which pair: the
 * clustering orders the edges totally (cluster.c). */
#define BULK_RUN 512

/* bulk_compared with more than AKA__WEAK_CANDIDATES of enough evidence,
 * cc[0..m): aka__engine_compared's AKA__CANDIDATES_FETCHED best, less
 * record i and the dead ones, ranked and cut as compared_of cuts them; of
 * those, the ones below `below` are written to cc in order. Returns how
 * many. */
static size_t ranked_mine(const aka_engine *e, aka__cand *cc, size_t m,
                          uint32_t i, uint32_t below)
{
    uint64_t key[KEEP_SORTED];
    size_t r = m;
    if (m > AKA__CANDIDATES_FETCHED)
        r = best_first(cc, m, AKA__CANDIDATES_FETCHED, key);
    else
        for (size_t k = 0; k < m; k++)
            key[k] = cand_key(cc[k]);
    size_t q = 0;
    for (size_t k = 0; k < r; k++) {
        uint32_t o = (uint32_t)key[k];
        if (o != i && live_rec(e, o))
            key[q++] = key[k];
    }
    sort_keys(key, q);
    if (q > AKA__MAX_CANDIDATES)
        q = AKA__MAX_CANDIDATES;
    while (q > AKA__WEAK_CANDIDATES &&
           UINT32_MAX - (uint32_t)(key[q - 1] >> 32) < AKA__REVIEW_EVIDENCE)
        q--;
    size_t kept = 0;
    for (size_t k = 0; k < q; k++)
        if ((uint32_t)key[k] < below)
            key[kept++] = key[k];
    for (size_t k = 0; k < kept; k++)
        cc[k] = (aka__cand){(uint32_t)key[k], UINT32_MAX - (uint32_t)(key[k] >> 32)};
    return kept;
}

/* The candidates record i scores: those aka__engine_compared gives it
 * (self i, no skip), less the pairs with a later new record, which are
 * scored from its side.
 *
 * The same, for less: with no more than AKA__WEAK_CANDIDATES of enough
 * evidence, aka__engine_compared keeps every live one but i, in rank
 * order; so the ones not scored here can be dropped before they are
 * ranked (and their records are not read for liveness), and only those
 * left (about half) are ordered. With more, it cuts at its limit among
 * all of them, so its best are chosen as it chooses them and cut as it
 * cuts them before the others are dropped (ranked_mine). */
static aka_status bulk_compared(const bulk_job *j, uint32_t i,
                                aka__index_scratch *sc, aka__cand **c,
                                size_t *cap, size_t *n)
{
    const aka_engine *e = j->e;
    const aka__rec *r = &e->store.rec[i];
    uint32_t below = i > j->first ? i : j->first;
    size_t all = 0;
    aka_status st = aka__index_gather(e->index, r->keys, r->nkeys, 1, sc, &all,
                                      NULL);
    *n = 0;
    if (st != AKA_OK)
        return st;
    aka__cand *cc = sc->cands;
    size_t m = 0;
    for (size_t k = 0; k < all; k++)
        if (cc[k].shared >= AKA__RESOLVE_EVIDENCE)
            cc[m++] = cc[k];
    int ranked = m > AKA__WEAK_CANDIDATES;
    size_t kept = 0;
    if (ranked) {
        kept = ranked_mine(e, cc, m, i, below);
    } else {
        for (size_t k = 0; k < m; k++)
            if (cc[k].record < below && cc[k].record != i)
                cc[kept++] = cc[k];
        if (kept > 1)
            keep_best_candidates(cc, &kept, kept);
    }
    if (kept > *cap) {
        aka__cand *nc = realloc(*c, kept * sizeof **c);
        if (!nc)
            return AKA_ERR_NOMEM;
        *c = nc;
        *cap = kept;
    }
    size_t out = 0;
    for (size_t k = 0; k < kept; k++)
        if (ranked || live_rec(e, cc[k].record))
            (*c)[out++] = cc[k];
    *n = out;
    return AKA_OK;
}

/* Gathering a record's candidates waits on the index's memory, a miss a
 * step (aka__index_prefetch_gather), and before that on the record and
 * its keys, which lie at random in a store of millions: asked for records
 * ahead in this thread's run [at, end), a step each, they have arrived
 * when the record's turn comes, while the records before it are scored. */
#define GATHER_REC_AHEAD (AKA__INDEX_GATHER_AHEAD + 2)

static void prefetch_gathers(const aka_engine *e, const uint32_t *order,
                             size_t at, size_t end)
{
    if (at + GATHER_REC_AHEAD < end)
        AKA__PREFETCH(&e->store.rec[order[at + GATHER_REC_AHEAD]]);
    if (at + GATHER_REC_AHEAD - 1 < end)
        AKA__PREFETCH(e->store.rec[order[at + GATHER_REC_AHEAD - 1]].keys);
    for (unsigned a = 1; a <= AKA__INDEX_GATHER_AHEAD && at + a < end; a++) {
        const aka__rec *r = &e->store.rec[order[at + a]];
        aka__index_prefetch_gather(e->index, a, r->keys, r->nkeys, 1);
    }
}

/* One record's candidates, as bulk_compared gives them. */
typedef struct cand_buf {
    aka__cand *c;
    size_t cap, n;
} cand_buf;

/* The candidates of the record at `at` of this thread's run [at, end)
 * into *b, and a request for their records, which lie at random in the
 * store: they arrive while the record before this one is scored, and
 * scoring this one then waits only on their values (prefetch_ahead). */
static aka_status gather_at(const bulk_job *j, size_t at, size_t end,
                            aka__index_scratch *sc, cand_buf *b)
{
    const aka_engine *e = j->e;
    prefetch_gathers(e, j->order, at, end);
    aka_status st = bulk_compared(j, j->order[at], sc, &b->c, &b->cap, &b->n);
    for (size_t k = 0; st == AKA_OK && k < b->n; k++)
        AKA__PREFETCH(&e->store.rec[b->c[k].record]);
    return st;
}

/* Score record i against its candidates b, keeping the edges that reach
 * their floor in j. */
static aka_status score_record(bulk_job *j, uint32_t i, const cand_buf *b,
                               aka__pair_scratch *ps)
{
    const aka_engine *e = j->e;
    const aka__rec *r = &e->store.rec[i];
    const aka__cand *c = b->c;
    aka__feature_cmp cmp[AKA__MODEL_KINDS];
    prefetch_first(e, c, b->n);
    for (size_t k = 0; k < b->n; k++) {
        prefetch_ahead(e, c, b->n, k);
        uint32_t o = c[k].record;
        float floor = keep_floor(e, c[k].shared);
        double s = aka__pair_score(e, r, &e->store.rec[o], ps, cmp, floor);
        if (s < floor)
            continue;
        if (j->n == j->cap) {
            size_t cap = j->cap ? j->cap * 2 : 1024;
            edge *ne = realloc(j->edges, cap * sizeof *ne);
            if (!ne)
                return AKA_ERR_NOMEM;
            j->edges = ne;
            j->cap = cap;
        }
        j->edges[j->n++] = (edge){i, o, (float)s};
    }
    return AKA_OK;
}

/* Score the candidates of the records of the runs of the order this
 * thread takes. A pair of two records from index first on is scored
 * once, by the later one. Each record's candidates are gathered before
 * the record ahead of it is scored (gather_at). */
static void *bulk_worker(void *arg)
{
    bulk_job *j = arg;
    aka__index_scratch sc = {0};
    aka__pair_scratch ps;
    cand_buf buf[2] = {{0}};
    int cur = 0;
    j->st = aka__pair_scratch_init(&ps, aka__form_slots_for(j->norder),
                                   j->norder >= AKA__TOUCH_CACHES_FROM);
    for (size_t at = 0, end = 0; j->st == AKA_OK; at++) {
        if (at == end) {
            at = atomic_fetch_add_explicit(j->next_run, 1, memory_order_relaxed) *
                 BULK_RUN;
            if (at >= j->norder)
                break;
            end = at + BULK_RUN < j->norder ? at + BULK_RUN : j->norder;
            if ((j->st = gather_at(j, at, end, &sc, &buf[cur])) != AKA_OK)
                break;
        }
        if (at + 1 < end && (j->st = gather_at(j, at + 1, end, &sc, &buf[!cur])) != AKA_OK)
            break;
        if ((j->st = score_record(j, j->order[at], &buf[cur], &ps)) != AKA_OK)
            break;
        cur = !cur;
    }
    free(buf[0].c);
    free(buf[1].c);
    j->cache = ps.cache;
    ps.cache = NULL;
    aka__pair_scratch_free(&ps);
    aka__index_scratch_free(&sc);
    return NULL;
}

_Static_assert(AKA__MAX_THREADS <= AKA__MAX_PARTS,
               "every thread the option allows can run a part");

/* A record's place in the scoring order: a MinHash of its name tokens'
 * keys (the weak ones: a token alone, index.h), the least of them in the
 * high 40 bits and the next in the low 24, so that records whose names
 * share tokens, whose candidates are much the same and whose names are
 * much the same, are scored one after another and find the names they
 * compare already prepared in the thread's cache (pair.c). A record with
 * no name token goes by the least of all its keys. Ties go to the lower
 * record. Ordered by the least of all their keys, as they were at first, the
 * threads built 175,000 name forms at 100,000 generated records; by the
 * least token key, 137,000; by these two, 129,000, and 3 % fewer name
 * pairs were compared that the threads' caches had not seen. */
typedef struct ordkey {
    uint64_t min;
    uint32_t rec;
} ordkey;

/* Sort k[0..n) by min, keeping the order of equal ones: a least
 * significant digit radix sort, a byte a pass (tmp has room for n). The
 * keys are hashes, so every byte varies and a comparison sort would cost
 * n log n calls of a comparator: 21M instructions at 30,000 records, this
 * a tenth of it. A pass whose byte is the same in every key is skipped. */
static ordkey *sort_by_min(ordkey *k, ordkey *tmp, size_t n)
{
    size_t count[8][256] = {{0}};
    for (size_t i = 0; i < n; i++)
        for (unsigned d = 0; d < 8; d++)
            count[d][(k[i].min >> (8 * d)) & 0xFF]++;
    for (unsigned d = 0; d < 8; d++) {
        size_t *c = count[d];
        if (n == 0 || c[(k[0].min >> (8 * d)) & 0xFF] == n)
            continue;
        size_t sum = 0;
        for (unsigned b = 0; b < 256; b++) {
            size_t here = c[b];
            c[b] = sum;
            sum += here;
        }
        for (size_t i = 0; i < n; i++)
            tmp[c[(k[i].min >> (8 * d)) & 0xFF]++] = k[i];
        ordkey *swap = k;
        k = tmp;
        tmp = swap;
    }
    return k;
}

static uint64_t order_key(const aka__rec *r)
{
    uint64_t least = UINT64_MAX, w1 = UINT64_MAX, w2 = UINT64_MAX;
    for (uint32_t q = 0; q < r->nkeys; q++) {
        uint64_t k = r->keys[q] & ~AKA__INDEX_TWIN;
        if (k < least)
            least = k;
        if (!(k & AKA__INDEX_WEAK_BIT))
            continue;
        if (k < w1) {
            w2 = w1;
            w1 = k;
        } else if (k < w2) {
            w2 = k;
        }
    }
    if (w1 == UINT64_MAX)
        return least;
    return (w1 & ~((UINT64_C(1) << 24) - 1)) | (w2 >> 40);
}

static uint32_t *scoring_order(const aka_engine *e, uint32_t first, size_t *n)
{
    size_t cnt = 0;
    for (uint32_t i = first; i < e->store.n; i++)
        cnt += e->store.rec[i].live;
    ordkey *k = malloc((cnt ? cnt : 1) * 2 * sizeof *k);
    uint32_t *order = malloc((cnt ? cnt : 1) * sizeof *order);
    if (!k || !order) {
        free(k);
        free(order);
        return NULL;
    }
    /* Records go in ascending, and the sort keeps that order among equal
     * keys: the ties go to the lower record. */
    size_t m = 0;
    for (uint32_t i = first; i < e->store.n; i++) {
        const aka__rec *r = &e->store.rec[i];
        if (!r->live)
            continue;
        k[m++] = (ordkey){order_key(r), i};
    }
    const ordkey *sorted = sort_by_min(k, k + cnt, m);
    for (size_t q = 0; q < m; q++)
        order[q] = sorted[q].rec;
    free(k);
    *n = m;
    return order;
}

/* Room on every record for its edges once the jobs' are linked (with
 * `replace`, in place of those it has), and for resolving them all. */
static aka_status room_for_edges(aka_engine *e, const bulk_job *jobs, unsigned parts,
                                 int replace)
{
    uint32_t *more = calloc(e->store.n + 1, sizeof *more);
    if (!more)
        return AKA_ERR_NOMEM;
    for (unsigned t = 0; t < parts; t++)
        for (size_t k = 0; k < jobs[t].n; k++) {
            more[jobs[t].edges[k].a]++;
            more[jobs[t].edges[k].b]++;
        }
    aka_status st = AKA_OK;
    size_t edges = 0;
    for (uint32_t i = 0; i < e->store.n && st == AKA_OK; i++) {
        if (!more[i] || !aka__cluster_has_record(e->cluster, i))
            continue;
        size_t want = more[i] + (replace ? 0 : aka__cluster_degree(e->cluster, i));
        edges += more[i];
        st = want > UINT32_MAX ? AKA_ERR_NOMEM
                               : aka__cluster_edge_room(e->cluster, i, (uint32_t)want);
    }
    free(more);
    /* (with `replace`, the edges held now are counted too: room enough) */
    return st == AKA_OK ? aka__cluster_reserve_all(e->cluster, edges) : st;
}

aka_status aka__engine_rescore(aka_engine *e, uint32_t first, int replace)
{
    unsigned parts = aka__engine_parts(e);
    bulk_job jobs[AKA__MAX_THREADS];
    size_t norder = 0;
    uint32_t *order = scoring_order(e, first, &norder);
    if (!order)
        return AKA_ERR_NOMEM;
    aka__store_pack_in_order(&e->store, order, norder);
    atomic_size_t next_run;
    atomic_init(&next_run, 0);
    for (unsigned t = 0; t < parts; t++)
        jobs[t] = (bulk_job){e, first, order, norder, &next_run, NULL, 0, 0, NULL, AKA_OK};
    aka__engine_run_parts(e, bulk_worker, jobs, sizeof *jobs, parts);
    free(order);
    /* The adds that follow start from the names the step prepared. */
    for (unsigned t = 0; t < parts; t++)
        aka__pair_scratch_adopt(&e->ps, jobs[t].cache);
    aka_status st = AKA_OK;
    for (unsigned t = 0; t < parts; t++)
        if (jobs[t].st != AKA_OK)
            st = jobs[t].st;
    /* Old edges go only once every new one is scored, and the memory
     * the edges and the resolution take is had before: a failure leaves
     * the engine as it was. */
    if (st == AKA_OK)
        st = room_for_edges(e, jobs, parts, replace);
    if (st == AKA_OK && replace)
        aka__cluster_clear_edges(e->cluster);
    for (unsigned t = 0; t < parts; t++) {
        for (size_t k = 0; st == AKA_OK && k < jobs[t].n; k++)
            st = aka__cluster_link(e->cluster, jobs[t].edges[k].a,
                                   jobs[t].edges[k].b, jobs[t].edges[k].w);
        free(jobs[t].edges);
    }
    /* The canonical resolution: the same entities whatever order the
     * records came in (cluster.h). */
    if (st == AKA_OK)
        st = aka__cluster_resolve_all(e->cluster);
    return st;
}

/* Under the write lock: the journal's entry of `type` (empty), then
 * aka__engine_rescore(e, first, replace), the entry undone when that
 * fails. *journal: whether the failure was the journal's (its message
 * in err). */
static aka_status journalled_rescore(aka_engine *e, int type, uint32_t first, int replace,
                                     aka__err *err, int *journal)
{
    *journal = 0;
    if (e->jfd >= 0) {
        aka_status jst = aka__journal_append(e, type, NULL, 0, err);
        if (jst != AKA_OK) {
            *journal = 1;
            return jst;
        }
    }
    aka_status st = aka__engine_rescore(e, first, replace);
    if (st != AKA_OK)
        aka__journal_undo(e);
    return st;
}

aka_status aka_engine_rescore(aka_engine *e)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    aka_status st = aka__engine_write_resolved(e, "re-scoring");
    if (st != AKA_OK)
        return st;
    /* as after a new model (aka_engine_estimate): every pair, the links
     * held replaced */
    int journal;
    st = journalled_rescore(e, AKA__J_RESCORE, 0, 1, &err, &journal);
    aka__engine_unlock(e);
    if (st != AKA_OK && !journal)
        aka__fail(&err, st, "engine: re-scoring ran out of memory; the entities are as "
                            "they were");
    return st == AKA_OK ? st : aka__engine_fail(e, st, &err);
}

aka_status aka_engine_bulk_end(aka_engine *e)
{
    if (!e)
        return AKA_ERR_ARGUMENT;
    aka__err err = {{0}};
    aka__engine_write(e);
    if (!e->bulk) {
        aka__engine_unlock(e);
        return aka__engine_fail(
            e, aka__fail(&err, AKA_ERR_ARGUMENT, "engine: no bulk loading begun"),
            &err);
    }
    int journal;
    aka_status st = journalled_rescore(e, AKA__J_BULK_END, e->bulk_first, 0, &err, &journal);
    if (st == AKA_OK)
        e->bulk = 0;
    aka__engine_unlock(e);
    if (st != AKA_OK && journal)
        return aka__engine_fail(e, st, &err);
    if (st != AKA_OK)
        return aka__engine_fail(
            e, aka__fail(&err, st, "engine: bulk resolution ran out of memory; "
                                   "call aka_engine_bulk_end again"),
            &err);
    return AKA_OK;
}
