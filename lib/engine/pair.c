#include "engine/pair.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uscript.h>

#include "match/compare.h"
#include "core/hash.h"
#include "core/wordlist.h"
#include "core/zalloc.h"
#include "match/keys.h"
#include "match/nameform.h"
#include "match/patronymic.h"
#include "match/thai_nick.h"
#include "match/variants.h"

/* Prepared names live in an arena, each only as long as its units
 * (aka__nameform_size: 2.2 KiB for three tokens, where room for any name
 * takes 10.5 KiB), written in turn from its start to its end and then
 * again from the start: a new form takes the place of the oldest ones.
 * An index by name hash finds them. */

/* An arena entry: this header, then the form; entries start on cache
 * lines. */
struct form_entry {
    uint64_t hash; /* name_hash of the name */
    uint32_t size; /* bytes of the entry, header included */
    uint32_t at;   /* its index slot when made */
};

#define ENTRY_HEAD 16 /* the form's offset in an entry (aligned for it) */
_Static_assert(sizeof(struct form_entry) <= ENTRY_HEAD, "entry header");
#define ENTRY_ALIGN 64
/* Room a form is built in, at the arena's end: any name fits. */
#define ENTRY_MAX (ENTRY_HEAD + AKA__NAMEFORM_MAX)

/* Arena bytes and index slots per slot of the cache's size
 * (aka__form_cache_new): 7 KiB, some three forms of the common sizes; and
 * four index slots a form. 4096 slots (28 MiB) at 100k records on one
 * thread: 5,996M instructions in bulk_end; 32 MiB: 5,964M, but 8 MiB more
 * a thread. */
#define ARENA_PER_SLOT 7168
#define INDEX_PER_SLOT 16

struct form_index {
    uint64_t hash; /* 0: empty */
    uint64_t off;  /* the entry's offset in the arena */
};

/* Beside the forms, the levels of name pairs already compared: the same
 * common names meet again and again among candidates, and a comparison
 * costs far more than a lookup. Keyed by both names' hashes, in order.
 * 256 a slot of the cache's size: 8 MiB at 4096 slots. (At most 2^20:
 * a slot is chosen by 20 bits of the key.) */
#define PAIR_PER_SLOT 256u
#define PAIR_SLOTS_MAX (1u << 20)

/* A pair's slot holds both names' key with its low five bits replaced
 * by a tag: one word, one memory access per lookup. The key does not
 * depend on which name comes first (records are scored against each
 * other both ways round), nor does the level of two names whose forms
 * aka__nameform_order tells apart (the comparison puts them in its own
 * order): PAIR_EITHER marks those; another level holds for the order it
 * was found in, PAIR_ORDER set when the first name's hash was the
 * greater. */
#define PAIR_LEVEL_BITS UINT64_C(7)
#define PAIR_EITHER UINT64_C(8)
#define PAIR_ORDER UINT64_C(16)
#define PAIR_TAG_BITS UINT64_C(31)

/* Keyed tokens (and runs of tokens) behind the forms, 16 a slot of the
 * cache's size: 20 MiB at 4096. Half as many cost 1 % more instructions
 * at 100k records (the runs of tokens of a name prepared again are keyed
 * again). */
#define UNIT_PER_SLOT 16u

/* Similarities of token pairs behind the name pairs, 128 a slot: 8 MiB at
 * 4096. At 30k records (one thread) 862k lookups; 1 MiB direct-mapped:
 * 510k misses, 8 MiB two ways a set: 403k. */
#define SIM_PER_SLOT 128u

/* How common names are in the engine (exact_name_weight), by name: an
 * exact or variant pair looks up the same names' tokens pair after pair.
 * Each entry holds for the generation of the engine's name table it was
 * taken at. 32 bytes each: 1 MiB. */
#define FREQ_SLOTS (1u << 15)

struct name_freq {
    uint64_t hash; /* name_hash, 0 for none */
    uint64_t gen;  /* aka__tokfreq.gen when taken */
    double share;  /* aka__tokfreq_share(.., 2), FREQ_NO_SHARE until asked */
    uint32_t count; /* aka__tokfreq_name_count, FREQ_NO_COUNT until asked */
};

#define FREQ_NO_COUNT UINT32_MAX
#define FREQ_NO_SHARE (-1.0) /* a share is never negative */

struct aka__form_cache {
    size_t mask; /* of the index */
    aka__unit_cache *units;
    aka__sim_cache *sims;
    /* The arena of `cap` bytes. Entries of this lap lie in [0, head), the
     * previous lap's still indexed in [old, lap_end). */
    unsigned char *arena;
    size_t cap, head, old, lap_end;
    struct name_freq freq[FREQ_SLOTS];
    uint64_t *pair; /* pair_mask + 1 slots, after the index */
    size_t pair_mask;
    struct form_index index[];
};

aka__form_cache *aka__form_cache_new(size_t slots, int touch)
{
    size_t nindex = slots * INDEX_PER_SLOT;
    size_t npair = slots * PAIR_PER_SLOT;
    if (npair > PAIR_SLOTS_MAX)
        npair = PAIR_SLOTS_MAX;
    aka__form_cache *c = aka__zalloc(sizeof *c + nindex * sizeof(struct form_index) +
                                         npair * sizeof(uint64_t),
                                     touch);
    if (!c)
        return NULL;
    c->pair = (uint64_t *)(void *)(c->index + nindex);
    c->pair_mask = npair - 1;
    c->cap = slots * ARENA_PER_SLOT;
    if (c->cap < 2 * ENTRY_MAX)
        c->cap = 2 * ENTRY_MAX; /* room for the two forms of a pair */
    c->arena = aka__zalloc(c->cap, touch);
    if (!c->arena) {
        free(c);
        return NULL;
    }
    c->mask = nindex - 1;
    c->units = aka__unit_cache_new(slots * UNIT_PER_SLOT, touch); /* NULL: go without */
    c->sims = aka__sim_cache_new(slots * SIM_PER_SLOT, touch);    /* likewise */
    return c;
}

size_t aka__form_slots_for(size_t records)
{
    size_t slots = AKA__FORM_SLOTS_MIN;
    while (slots < AKA__FORM_SLOTS_THREAD && slots * 128 < records)
        slots *= 2;
    return slots;
}

/* Whether two tokens are written alike. */
static int same_token(const char *x, size_t lx, const char *y, size_t ly)
{
    return lx == ly && memcmp(x, y, lx) == 0;
}

/* Whether two values' canonical forms are written alike. */
static int same_canon(const aka__fval *x, const aka__fval *y)
{
    return same_token(x->canon, x->len, y->canon, y->len);
}

/* A name's hash: of its canonical form, and of its facts when it has
 * them (its form depends on both; they follow the form in the block). */
static uint64_t name_hash(const aka__fval *v)
{
    size_t nf;
    aka__fval_facts(v, &nf);
    return aka__hash(v->canon, v->len + (nf ? nf + 2 : 0), 0x666f726d) | 1;
}

/* A name value's facts into *facts: 1, or 0 when it has none (a name in
 * Latin letters alone) or they do not decode. */
static int facts_of(const aka__fval *v, aka__name_facts *facts)
{
    size_t nf;
    const unsigned char *fb = aka__fval_facts(v, &nf);
    return nf && aka__name_facts_decode(fb, nf, facts);
}

/* A value's name form made from its canonical text and facts, into f. */
static aka_status make_form(const aka__fval *v, aka__nameform *f,
                            aka__unit_cache *uc)
{
    aka__name_facts facts;
    if (facts_of(v, &facts)) {
        /* A name in Cyrillic or Greek letters alone is European, as
         * aka__name_facts_of says and aka_name_compare reads it (a final
         * vowel of another kind ends another name: Айдан / Айдана); put_form
         * (resolve.c) drops that flag with the Latin one, for every name,
         * and snapshots keep facts so */
        if (facts.script == USCRIPT_CYRILLIC || facts.script == USCRIPT_GREEK)
            facts.flags |= AKA__NF_EUROPEAN;
        return aka__nameform_from_facts(v->canon, v->len, &facts, f, uc);
    }
    return uc ? aka__nameform_from_normalised_cached(v->canon, v->len, f, uc)
              : aka__nameform_from_normalised(v->canon, v->len, f);
}

static struct form_entry *entry_at(aka__form_cache *c, size_t off)
{
    return (struct form_entry *)(void *)(c->arena + off);
}

static aka__nameform *form_at(aka__form_cache *c, size_t off)
{
    return (aka__nameform *)(void *)(c->arena + off + ENTRY_HEAD);
}

/* Drop the previous lap's entries that start before `end` from the
 * index (unless their slot went to another form since). */
static void evict_before(aka__form_cache *c, size_t end)
{
    while (c->old < c->lap_end && c->old < end) {
        struct form_entry *en = entry_at(c, c->old);
        struct form_index *ix = &c->index[en->at];
        if (ix->hash == en->hash && ix->off == c->old)
            ix->hash = 0;
        c->old += en->size;
    }
}

/* The prepared form of a normalised name: from the cache when there is
 * one (h is the name's name_hash, which the caller has already), else
 * built into scratch. The form `keep` is not overwritten, so two forms
 * can be held at once. The index has two ways per set. */
static const aka__nameform *form_of(aka__form_cache *cache, const aka__fval *v,
                                    uint64_t h, aka__nameform *scratch,
                                    const aka__nameform *keep)
{
    if (cache) {
        size_t set = (size_t)h & cache->mask & ~(size_t)1;
        struct form_index *w0 = &cache->index[set], *w1 = &cache->index[set + 1];
        if (w0->hash == h)
            return form_at(cache, w0->off);
        if (w1->hash == h)
            return form_at(cache, w1->off);
        /* The form is built at the head, in room for any name. */
        size_t at = cache->head;
        if (at + ENTRY_MAX > cache->cap)
            at = 0; /* a new lap */
        /* (entries before `at` end by it; keep may be a scratch form) */
        uintptr_t k = (uintptr_t)keep - ENTRY_HEAD,
                  room = (uintptr_t)(cache->arena + at);
        if (keep && k >= room && k - room < ENTRY_MAX)
            goto scratch; /* it would overwrite `keep` (rare) */
        if (at != cache->head) {
            evict_before(cache, SIZE_MAX); /* the rest of the old lap */
            cache->old = 0;
            cache->lap_end = cache->head;
            cache->head = 0;
        }
        evict_before(cache, at + ENTRY_MAX);
        aka__nameform *f = form_at(cache, at);
        if (make_form(v, f, cache->units) == AKA_OK) {
            struct form_index *ix =
                !w0->hash ? w0 : !w1->hash ? w1 : (h >> 40) & 1 ? w1 : w0;
            size_t size = (ENTRY_HEAD + aka__nameform_size(f) + ENTRY_ALIGN - 1) &
                          ~(size_t)(ENTRY_ALIGN - 1);
            struct form_entry *en = entry_at(cache, at);
            en->hash = h;
            en->size = (uint32_t)size;
            en->at = (uint32_t)(ix - cache->index);
            ix->hash = h;
            ix->off = at;
            cache->head = at + size;
            return f;
        }
    }
scratch:
    return make_form(v, scratch, NULL) == AKA_OK
               ? scratch : NULL;
}

/* Whether two names of one canonical text may be taken for the exact
 * level without the matcher: unless both have facts and the facts
 * differ. 王 and 汪 are both "wang", and only their facts (the Han
 * characters' hash) tell them apart, as the matcher does (two names in
 * Han that differ natively are different names); a name in Latin letters
 * (no facts) and one in another script that romanises to it are exact. */
static int same_facts(const aka__fval *x, const aka__fval *y)
{
    size_t nx, ny;
    const unsigned char *fx = aka__fval_facts(x, &nx), *fy = aka__fval_facts(y, &ny);
    return nx == 0 || ny == 0 || (nx == ny && memcmp(fx, fy, nx) == 0);
}

/* A name in Latin letters against one in another script, read as
 * aka_name_compare reads them: the engine keeps no facts for a Latin name
 * (resolve.c, put_form), so its form says nothing of its script, and the
 * matcher's rules for a Latin name against a Cyrillic, Arabic or Han one
 * (the Ukrainian reading of Гадад, Hadad for Haddad; the French reading of
 * a Latin name; how Han and Hangul hear it) never ran: Гадад / Haddad was
 * "different" to the engine and 0.97 to aka_name_compare. The forms are
 * copied, as the cached ones serve two Latin names too. */
static void cross_script(aka__pair_scratch *ps, const aka__nameform **fa,
                         const aka__nameform **fb)
{
    memcpy(ps->xa, *fa, aka__nameform_size(*fa));
    memcpy(ps->xb, *fb, aka__nameform_size(*fb));
    aka__nameform *l = aka__nameform_latin_alone(ps->xa) ? ps->xa : ps->xb;
    l->latin = 1;
    l->european = 1;
    aka__nameform_pair_readings(ps->xa, ps->xb);
    *fa = ps->xa;
    *fb = ps->xb;
}

/* The matcher's level of names x and y, or -1 when a name cannot be
 * prepared. hx: x's name_hash when there is a cache; *hy is set to y's
 * when there is one and the names differ (else left as it is). */
static int name_level(aka__pair_scratch *ps, aka__form_cache *c,
                      const aka__fval *x, uint64_t hx, const aka__fval *y,
                      uint64_t *hy_out)
{
    /* Equal canonical names are the same name at the exact level (as the
     * matcher says of any name against itself; test_namecmp checks it on
     * every dev-set name): no hashing, no lookups. */
    if (x->len > 0 && same_canon(x, y) &&
        same_facts(x, y))
        return AKA__NL_EXACT;
    uint64_t key = 0, hy = c ? name_hash(y) : 0;
    *hy_out = hy;
    uint64_t order = hx > hy ? PAIR_ORDER : 0;
    size_t at = 0;
    if (c) {
        uint64_t lo = order ? hy : hx, hi = order ? hx : hy;
        key = (lo * 0x9e3779b97f4a7c15ull) ^ hi;
        key = (key & ~PAIR_TAG_BITS) | (PAIR_TAG_BITS + 1); /* never 0 */
        at = (size_t)(key >> 44) & c->pair_mask;
        uint64_t slot = c->pair[at];
        if ((slot & ~PAIR_TAG_BITS) == key &&
            ((slot & PAIR_EITHER) || (slot & PAIR_ORDER) == order))
            return (int)(slot & PAIR_LEVEL_BITS);
    }
    const aka__nameform *fa = form_of(c, x, hx, ps->fa, NULL), *fb;
    if (!fa || !(fb = form_of(c, y, hy, ps->fb, fa)))
        return -1;
    if (aka__nameform_latin_alone(fa) != aka__nameform_latin_alone(fb))
        cross_script(ps, &fa, &fb);
    int same, level;
    if (aka__nameform_compare_cached(fa, fb, NULL, &same, &level,
                                     c ? c->sims : NULL) != AKA_OK)
        return -1;
    /* Names the matcher takes for one (its `same`) are at least a strong
     * fuzzy match between two records, though one token pair of them
     * only sounds alike (a romanisation the keys do not bridge: صدام
     * حسين "sdam hsyn" / Saddam Hussein); and a typing slip the matcher
     * takes for another name (Amren / Armen) still weighs as a slip
     * (match/slip.c). But a given name against another given name, the
     * rest alike, is another person's name however the matcher's runs of
     * tokens read it (Md Abdul Karim / Md Abdul Rahim): asked only of
     * pairs the matcher did not call different, or called the same; and
     * a slip that is another given name lifts nothing (Ahmad / Hamad). */
    if (level >= AKA__NL_FUZZY_STRONG && (level < AKA__NL_DIFFERENT || same) &&
        aka__nameform_other_given(fa, fb))
        level = AKA__NL_DIFFERENT;
    else if (level > AKA__NL_FUZZY_STRONG &&
             (same || (aka__nameform_slip(fa, fb) && !aka__nameform_other_given(fa, fb))))
        level = AKA__NL_FUZZY_STRONG;
    /* ... but a man's name and a woman's, alike but for the given name's
     * ending, are two people, whatever the matcher's runs of tokens make
     * of one letter (Roberto Esposito / Roberta Esposito) or the slip of a
     * transposition (Kristian / Kristina): siblings and spouses share
     * phones and addresses. */
    if (level < AKA__NL_DIFFERENT && aka__nameform_two_sexes(fa, fb))
        level = AKA__NL_DIFFERENT;
    if (c && level >= 0 && (uint64_t)level <= PAIR_LEVEL_BITS)
        c->pair[at] = key | (uint64_t)level |
                      (aka__nameform_order(fa, fb) ? PAIR_EITHER : order);
    return level;
}

/* The scratch's cache, made on first use (aka__pair_scratch_init); NULL
 * for none, or when it could not be made. */
static aka__form_cache *cache_of(aka__pair_scratch *ps)
{
    if (!ps->cache && ps->want_slots) {
        ps->cache = aka__form_cache_new(ps->want_slots, ps->touch);
        ps->want_slots = 0; /* made, or go without */
    }
    return ps->cache;
}

void aka__form_cache_free(aka__form_cache *c)
{
    if (c) {
        aka__unit_cache_free(c->units);
        aka__sim_cache_free(c->sims);
        free(c->arena);
    }
    free(c);
}

aka_status aka__pair_scratch_init(aka__pair_scratch *ps, size_t cache_slots,
                                  int touch)
{
    ps->fa = malloc(AKA__NAMEFORM_MAX);
    ps->fb = malloc(AKA__NAMEFORM_MAX);
    ps->xa = malloc(AKA__NAMEFORM_MAX);
    ps->xb = malloc(AKA__NAMEFORM_MAX);
    /* The cache is made when a name is first compared (name_level): an
     * engine that never scores a pair (a snapshot that fails to load, a
     * query-only host) never pays for its 50 MiB. */
    ps->cache = NULL;
    ps->want_slots = cache_slots;
    ps->touch = touch;
    if (ps->fa && ps->fb && ps->xa && ps->xb)
        return AKA_OK;
    aka__pair_scratch_free(ps);
    return AKA_ERR_NOMEM;
}

void aka__pair_scratch_free(aka__pair_scratch *ps)
{
    free(ps->fa);
    free(ps->fb);
    free(ps->xa);
    free(ps->xb);
    aka__form_cache_free(ps->cache);
    ps->fa = ps->fb = ps->xa = ps->xb = NULL;
    ps->cache = NULL;
    ps->want_slots = 0;
}

void aka__pair_scratch_adopt(aka__pair_scratch *ps, aka__form_cache *c)
{
    if (!c)
        return;
    if (ps->cache && (c->mask + 1) / INDEX_PER_SLOT <
                         (ps->cache->mask + 1) / INDEX_PER_SLOT) {
        aka__form_cache_free(c);
        return;
    }
    aka__form_cache_free(ps->cache);
    ps->cache = c;
    ps->want_slots = 0;
}

/* Names: the matcher's level of each pair of names, the exact level
 * weighed by how common the name is in this engine. */
/* The best level of a kind over its pairs of values is the one with the
 * highest weight (the first of equals). */
static void keep_best(aka__feature_cmp *out, int level, double w, uint32_t i,
                      uint32_t j, int conflict)
{
    if (out->compared && w <= out->weight)
        return;
    out->compared = 1;
    out->level = level;
    out->weight = w;
    out->va = i;
    out->vb = j;
    out->conflict = conflict;
}

/* Records holding a full name whole at most, for it to count as rare:
 * the two compared and six more, a person's records from other sources.
 * A person has many records in a case file: with two more, a thin record
 * of a person with five or more records that hold her name (a tenth of
 * the people of the generators) never joined her on the name alone.
 * Eight, one by one at 4,000 people: zgen 0.9349 / 0.9308 -> 0.9362 /
 * 0.9320, xgen 0.9654 / 0.9665 -> 0.9686 / 0.9694, vgen 0.9436 / 0.9404
 * -> 0.9494 / 0.9472; at 12,000 people zgen 0.8984 -> 0.8986, xgen
 * 0.9576 -> 0.9604, vgen 0.9253 -> 0.9311; aka-bench at 100,000 0.941 ->
 * 0.944 and at 1,000,000 0.909 either way (precision 0.949 -> 0.944).
 * Six gained about four fifths of it, twelve and twenty no more. (With
 * 3, this library's sets at 10,000 one by one gave 0.948 / 0.945 /
 * 0.946 for seeds 1-3, with 4 0.950 / 0.948 / 0.948, with 5 no more.) */
#define RARE_HOLDERS 8

/* The memo entry of a name (h its name_hash) at the name table's
 * current generation, its figures filled in when asked for; NULL without
 * a cache. */
static struct name_freq *freq_of(const aka_engine *e, aka__form_cache *c,
                                 uint64_t h)
{
    if (!c)
        return NULL;
    struct name_freq *m = &c->freq[(size_t)(h >> 20) & (FREQ_SLOTS - 1)];
    if (m->hash != h || m->gen != e->names.gen) {
        m->hash = h;
        m->gen = e->names.gen;
        m->share = FREQ_NO_SHARE;
        m->count = FREQ_NO_COUNT;
    }
    return m;
}

/* How many records hold name x whole (aka__tokfreq_name_count), through
 * its memo entry m when there is one. */
static uint32_t name_count(const aka_engine *e, struct name_freq *m,
                           const aka__fval *x)
{
    if (!m)
        return aka__tokfreq_name_count(&e->names, x->canon, x->len);
    if (m->count == FREQ_NO_COUNT)
        m->count = aka__tokfreq_name_count(&e->names, x->canon, x->len);
    return m->count;
}

/* The words of name x that name someone: its particles and articles (Jan
 * de Jong, Ramon dela Cruz, Siobhan O Sullivan) are no more of a name,
 * and a rare name's cap grows with its words (aka__model_rare_name_cap). */
static int naming_words(const aka__fval *x)
{
    int n = 0;
    for (size_t i = 0; i < x->len;) {
        size_t j = i;
        while (j < x->len && x->canon[j] != ' ')
            j++;
        n += j > i && !aka__name_particle(x->canon + i, j - i);
        i = j + 1;
    }
    return n;
}

/* An exact name weighs by how common its tokens are in this engine; a
 * full name that at most RARE_HOLDERS records hold whole (the two
 * compared and more records of the same person) may weigh more. c, h: the cache
 * and the name's name_hash, for the memo (c NULL: none). */
static double exact_name_weight(const aka_engine *e, aka__form_cache *c,
                                aka_feature kind, const aka__fval *x,
                                uint64_t h)
{
    struct name_freq *m = freq_of(e, c, h);
    double u;
    if (m && m->share != FREQ_NO_SHARE)
        u = m->share;
    else {
        u = aka__tokfreq_share(&e->names, x->canon, x->len, 2);
        if (m)
            m->share = u;
    }
    if (kind == AKA_NAME && name_count(e, m, x) <= RARE_HOLDERS)
        return aka__model_weight_rare_name(&e->model, kind, u, naming_words(x));
    return aka__model_weight_tf(&e->model, kind, u);
}

/* Whether a full name of r is rare (exact_name_weight) and its cap
 * reaches `need`. c: the cache, for the memo (NULL: none). */
static int rare_name_reaches(const aka_engine *e, aka__form_cache *c,
                             const aka__rec *r, double need)
{
    /* (most pairs that come here need more than a name of the record's
     * words may weigh: no need to read its values) */
    if (r->name_words && aka__model_rare_name_cap(r->name_words) < need)
        return 0;
    for (uint32_t i = 0; i < r->nvals; i++) {
        const aka__fval *x = &r->vals[i];
        if (x->kind == AKA_NAME && aka__model_rare_name_cap((int)aka__fval_words(x)) >= need &&
            name_count(e, freq_of(e, c, c ? name_hash(x) : 0), x) <= RARE_HOLDERS)
            return 1;
    }
    return 0;
}

/* Whether a canonical name has a token of one letter (an initial). */
static int has_initial(const aka__fval *v)
{
    for (size_t i = 0; i < v->len; i++)
        if (v->canon[i] != ' ' && (i == 0 || v->canon[i - 1] == ' ') &&
            (i + 1 == v->len || v->canon[i + 1] == ' '))
            return 1;
    return 0;
}

#define WITHIN_TOKENS 8
/* The longest part of a name initials_weight weighs. */
#define NAME_REST_MAX 128

/* The tokens of a canonical name (split by single spaces) into t and tn,
 * at most WITHIN_TOKENS; their number, or -1 for more. */
static int name_tokens(const aka__fval *v, const char **t, size_t *tn)
{
    int n = 0;
    for (size_t i = 0; i < v->len;) {
        size_t j = i;
        while (j < v->len && v->canon[j] != ' ')
            j++;
        if (j > i) {
            if (n == WITHIN_TOKENS)
                return -1;
            t[n] = v->canon + i;
            tn[n++] = j - i;
        }
        i = j + 1;
    }
    return n;
}

/* Pairs each token of a[0..na) with an equal one of b[0..nb) not paired
 * yet (bits of *used); returns how many found none, *left the last of
 * them. */
static int pair_tokens(const char *const *ta, const size_t *la, int na,
                       const char *const *tb, const size_t *lb, int nb,
                       unsigned *used, int *left)
{
    int missing = 0;
    for (int i = 0; i < na; i++) {
        int j = 0;
        while (j < nb && ((*used >> j & 1) || la[i] != lb[j] ||
                          memcmp(ta[i], tb[j], la[i]) != 0))
            j++;
        if (j < nb) {
            *used |= 1u << j;
        } else {
            missing++;
            *left = i;
        }
    }
    return missing;
}

/* name_within's answer when the token left out is the longer name's
 * first, the others in order: "Ibrahim Darwish" / "Karim Ibrahim
 * Darwish", the father's name and the family's against the son's full
 * name. */
#define WITHIN_FIRST_DROPPED 2

/* Whether the shorter name of a pair (s) is the longer (l) with one or
 * two tokens left out, every other token written alike: a middle name or
 * a patronymic one source keeps and the other drops (1), or the first
 * token (WITHIN_FIRST_DROPPED). s has two tokens or more. */
static int name_within(const aka__fval *s, const aka__fval *l)
{
    const char *ts[WITHIN_TOKENS], *tl[WITHIN_TOKENS];
    size_t ls[WITHIN_TOKENS], ll[WITHIN_TOKENS];
    int ns = name_tokens(s, ts, ls), nl = name_tokens(l, tl, ll);
    if (ns < 2 || nl <= ns || nl > ns + 2)
        return 0;
    if (nl == ns + 1) {
        int i = 0;
        while (i < ns && ls[i] == ll[i + 1] && memcmp(ts[i], tl[i + 1], ls[i]) == 0)
            i++;
        if (i == ns)
            return WITHIN_FIRST_DROPPED;
    }
    unsigned used = 0;
    int left;
    return pair_tokens(ts, ls, ns, tl, ll, nl, &used, &left) == 0;
}

static int is_name(aka_feature k)
{
    return k == AKA_NAME || k == AKA_GIVEN_NAME || k == AKA_FAMILY_NAME;
}

/* The weight of part of a name, s[0..n) (its words as the canonical
 * form spells them), written alike in two records: by how common its
 * tokens are, a common name's cap at most, less `discount`. */
static double part_weight(const aka_engine *e, const char *s, size_t n,
                          double discount)
{
    double u = aka__tokfreq_share(&e->names, s, n, 2);
    return aka__model_weight_tf(&e->model, AKA_NAME, u) - discount;
}

/* A name written with initials (V. Karpenko) against one written out
 * (Vasyl Olegovich Karpenko): every token of it that is no initial
 * written alike in the other, and every initial the first letter of
 * another token of the other. The pair then weighs as those tokens
 * alone, at most a common name's weight, less AKA__NAME_INITIAL_DISCOUNT,
 * into *w; 0 when it is no such pair. */
static int initials_weight(const aka_engine *e, const aka__fval *x,
                           const aka__fval *y, double *w)
{
    const char *ti[WITHIN_TOKENS], *to[WITHIN_TOKENS];
    size_t li[WITHIN_TOKENS], lo[WITHIN_TOKENS];
    int ni = name_tokens(x, ti, li), no = name_tokens(y, to, lo);
    if (ni < 2 || no < 2)
        return 0;
    unsigned used = 0; /* tokens of y that x's whole tokens took */
    char rest[NAME_REST_MAX];
    size_t rl = 0;
    int initials = 0;
    for (int a = 0; a < ni; a++) {
        if (li[a] == 1) {
            initials++;
            continue;
        }
        int b = 0;
        while (b < no && ((used >> b & 1) || lo[b] != li[a] ||
                          memcmp(to[b], ti[a], li[a]) != 0))
            b++;
        if (b == no || rl + li[a] + 1 > sizeof rest)
            return 0;
        used |= 1u << b;
        if (rl)
            rest[rl++] = ' ';
        memcpy(rest + rl, ti[a], li[a]);
        rl += li[a];
    }
    if (!initials || !rl)
        return 0;
    for (int a = 0; a < ni; a++) {
        if (li[a] != 1)
            continue;
        int b = 0;
        while (b < no && ((used >> b & 1) || lo[b] < 2 || to[b][0] != ti[a][0]))
            b++;
        if (b == no)
            return 0;
        used |= 1u << b;
    }
    *w = part_weight(e, rest, rl, AKA__NAME_INITIAL_DISCOUNT);
    return 1;
}

/* Whether a record speaks of a Thai person: a Thai nationality, a Thai
 * phone number, or a name written in Thai letters. */
static int thai_record(const aka__rec *r)
{
    for (uint32_t i = 0; i < r->nvals; i++) {
        const aka__fval *v = &r->vals[i];
        if (v->kind == AKA_NATIONALITY && v->len == 2 && memcmp(v->canon, "TH", 2) == 0)
            return 1;
        if (v->kind == AKA_PHONE && v->len > 3 && memcmp(v->canon, "+66", 3) == 0)
            return 1;
        if (is_name(v->kind)) {
            size_t n;
            const unsigned char *f = aka__fval_facts(v, &n);
            if (n > 0 && (f[0] & AKA__NF_THAI))
                return 1;
        }
    }
    return 0;
}

/* The shortest family name the nickname rule takes: Thai family names
 * are long, and a short word is as likely another given name. */
#define NICK_FAMILY_MIN 5

/* Whether a (two tokens) gives a Thai nickname and a family name that b
 * (two tokens) gives too, as the Thai keys hear it (Wongyai / Vongyai),
 * beside another given name: "Lek Wongyai" / "Niphaphon Vongyai". The
 * family name in *fam, *fl. */
static int nick_for_given(const aka__fval *a, const aka__fval *b, const char **fam,
                          size_t *fl)
{
    const char *ta[WITHIN_TOKENS], *tb[WITHIN_TOKENS];
    size_t la[WITHIN_TOKENS], lb[WITHIN_TOKENS];
    if (name_tokens(a, ta, la) != 2 || name_tokens(b, tb, lb) != 2)
        return 0;
    for (int p = 0; p < 2; p++) {
        if (la[1 - p] < NICK_FAMILY_MIN || !aka__thai_nickname(ta[p], la[p]))
            continue;
        unsigned fk = aka__tkey(ta[1 - p], la[1 - p]), nk = aka__tkey(ta[p], la[p]);
        for (int q = 0; q < 2; q++)
            if (lb[q] >= NICK_FAMILY_MIN && aka__tkey(tb[q], lb[q]) == fk &&
                aka__tkey(tb[1 - q], lb[1 - q]) != nk) {
                *fam = ta[1 - p];
                *fl = la[1 - p];
                return 1;
            }
    }
    return 0;
}

/* A Thai nickname in place of the given name (thai_nick.h), between two
 * records of which one speaks of a Thai person: the pair weighs as the
 * family name alone, at most a common name's weight, less
 * AKA__NAME_NICKNAME_DISCOUNT, into *w. 0 when it is no such pair. */
static int nickname_weight(const aka_engine *e, const aka__rec *ra,
                           const aka__rec *rb, const aka__fval *x,
                           const aka__fval *y, int *thai, double *w)
{
    const char *fam;
    size_t fl;
    /* (the records first: most are no Thai person's, and reading their
     * values costs less than splitting the names) */
    if (*thai < 0)
        *thai = thai_record(ra) || thai_record(rb);
    if (!*thai)
        return 0;
    /* either way round, the heavier: the same weight whichever record
     * comes first */
    double best = -INFINITY;
    for (int k = 0; k < 2; k++) {
        if (!nick_for_given(k ? y : x, k ? x : y, &fam, &fl))
            continue;
        double here = part_weight(e, fam, fl, AKA__NAME_NICKNAME_DISCOUNT);
        if (here > best)
            best = here;
    }
    *w = best;
    return best > -INFINITY;
}

/* Whether t[0..n) is the first word of a kunya, "father of" or "mother
 * of" (abu, abou, Arabic script's abw, umm, um). */
static int kunya_word(const char *t, size_t n)
{
    static const char *const fathers[] = {"abou", "abu", "abw", "um", "umm"};
    return AKA__LISTED(fathers, t, n);
}

/* Whether a full name opens with a kunya word before another word: 1 for
 * the kunya alone (Abu Ahmed, Abou Khaled, أبو أحمد "abw ahmd", Umm Ali),
 * 2 for a kunya with more (Abu Ahmed al-Obaidi); else 0. */
static int kunya(const aka__fval *v)
{
    if (v->kind != AKA_NAME)
        return 0;
    const char *sp = memchr(v->canon, ' ', v->len);
    if (!sp || !kunya_word(v->canon, (size_t)(sp - v->canon)))
        return 0;
    return memchr(sp + 1, ' ', v->len - (size_t)(sp + 1 - v->canon)) ? 2 : 1;
}

/* Whether two full names may be compared: a kunya alone is an epithet
 * that very many men, or women, go by, not one person's name. Two
 * records that give it say nothing by it, nor does it stand for a
 * record's name against another's (Abu Mohammed / Yasser Karim Hamdan),
 * but against a kunya with a family name or a nisba it is that name's
 * start (Abu Ahmed / Abu Ahmed al-Obaidi). Abu Bakr Salem, or Abubakar, is
 * a name like any. */
static int names_comparable(const aka__fval *x, const aka__fval *y)
{
    int kx = kunya(x), ky = kunya(y);
    return (kx != 1 && ky != 1) || (kx == 1 && ky == 2) || (kx == 2 && ky == 1);
}

static void compare_names(const aka_engine *e, aka_feature kind,
                          const aka__rec *ra, const aka__rec *rb,
                          aka__pair_scratch *ps, aka__feature_cmp *out)
{
    aka__form_cache *c = cache_of(ps);
    int thai = -1; /* whether a record speaks of a Thai person, once asked */
    for (uint32_t i = 0; i < ra->nvals; i++) {
        const aka__fval *x = &ra->vals[i];
        if (x->kind != kind)
            continue;
        uint64_t hx = c ? name_hash(x) : 0;
        for (uint32_t j = 0; j < rb->nvals; j++) {
            const aka__fval *y = &rb->vals[j];
            if (y->kind != kind || !names_comparable(x, y))
                continue;
            uint64_t hy = 0;
            int level = name_level(ps, c, x, hx, y, &hy);
            if (level < 0)
                continue;
            double w;
            /* Names alike but for spaces (PHYUNWE / Phyu Nwe) weigh as the
             * one in more words: the product of its words' shares is what
             * the engine knows of the name, where the other is one word
             * it has scarcely seen. Either way round, so that the weight
             * does not depend on which record came first. */
            if (level == AKA__NL_EXACT && x->len != y->len &&
                aka__fval_words(y) > aka__fval_words(x))
                w = exact_name_weight(e, c, kind, y, hy);
            else if (level == AKA__NL_EXACT)
                w = exact_name_weight(e, c, kind, x, hx);
            else
                w = aka__model_weight(&e->model, kind, level);
            /* Another spelling of a name, or one with a typing slip, is
             * never better evidence than the name written alike, and a
             * name is as common as its commonest spelling: Mohammed is
             * rare in an engine full of Muhammads only as a spelling (a
             * slip keeps its level's weight when that is more). And an
             * uncommon name is about as rare by chance in any spelling or
             * a slip away: the level weighs at least the commoner name's
             * exact weight less a discount for how much less often one
             * person's records hold it (model.h: the spellings' from the
             * model's m, AKA__NAME_SLIP_DISCOUNT), unless a name has an
             * initial, which stands for many names. */
            if (level == AKA__NL_ROMAN || level == AKA__NL_VARIANT ||
                level == AKA__NL_FUZZY_STRONG) {
                double wx = exact_name_weight(e, c, kind, x, hx),
                       wy = exact_name_weight(e, c, kind, y, hy);
                double commoner = wx < wy ? wx : wy;
                int slip = level == AKA__NL_FUZZY_STRONG;
                if (!slip && w > commoner)
                    w = commoner;
                double d = slip ? AKA__NAME_SLIP_DISCOUNT
                                : aka__model_spelling_discount(&e->model, kind, level);
                /* a rare name in another romanisation or spelling
                 * (model.h) */
                if ((level == AKA__NL_ROMAN || level == AKA__NL_VARIANT) &&
                    commoner > AKA__NAME_WEIGHT_MAX && d > AKA__NAME_ROMAN_DISCOUNT)
                    d = AKA__NAME_ROMAN_DISCOUNT;
                if (d >= 0 && commoner - d > w && !has_initial(x) && !has_initial(y))
                    w = commoner - d;
                /* A middle name left out is the shorter name written
                 * alike: as common as that name, a little less likely
                 * between two records of one person (model.h). */
                if (level == AKA__NL_VARIANT) {
                    int xs = x->len < y->len;
                    int within = name_within(xs ? x : y, xs ? y : x);
                    if (within) {
                        double ws = (xs ? wx : wy) - AKA__NAME_WITHIN_DISCOUNT;
                        /* ... but the first token left out weighs so at
                         * most, whatever else would lift it */
                        if (within == WITHIN_FIRST_DROPPED)
                            w = ws - AKA__NAME_FIRST_DROPPED_DISCOUNT;
                        else if (ws > w)
                            w = ws;
                    }
                }
            }
            /* initials for given names, the rest written alike */
            double wi;
            if (level == AKA__NL_FUZZY_STRONG && kind == AKA_NAME) {
                /* either way round, as above */
                if (has_initial(x) && initials_weight(e, x, y, &wi) && wi > w)
                    w = wi;
                if (has_initial(y) && initials_weight(e, y, x, &wi) && wi > w)
                    w = wi;
            }
            /* a Thai nickname for the given name */
            double wn;
            if (level > AKA__NL_FUZZY_STRONG && kind == AKA_NAME &&
                nickname_weight(e, ra, rb, x, y, &thai, &wn)) {
                if (wn > w) {
                    level = AKA__NL_VARIANT;
                    w = wn;
                }
            }
            keep_best(out, level, w, i, j, 0);
        }
    }
}

/* Whether full dates x and y have one day and month and years one apart
 * (1999 / 2000 too: YEAR_ONE_APART) or one of their last two digits
 * apart (YEAR_DIGIT_APART); 0 for neither. */
#define YEAR_ONE_APART 1
#define YEAR_DIGIT_APART 2

static int year_slip(const aka__fval *x, const aka__fval *y)
{
    if (x->len != 10 || y->len != 10 || memcmp(x->canon + 4, y->canon + 4, 6) != 0)
        return 0;
    int a = atoi(x->canon), b = atoi(y->canon);
    if (a - b == 1 || b - a == 1)
        return YEAR_ONE_APART;
    return memcmp(x->canon, y->canon, 2) == 0 &&
                   (x->canon[2] == y->canon[2]) != (x->canon[3] == y->canon[3])
               ? YEAR_DIGIT_APART
               : 0;
}

/* One pair of values of one kind (not a name): keep the best level. */
static void compare_value(const aka_engine *e, aka_feature kind,
                          const aka__fval *x, uint32_t i, const aka__fval *y,
                          uint32_t j, aka__feature_cmp *out)
{
    int conflict = 0;
    int level = aka__compare(kind, x->canon, x->len, y->canon, y->len, 0,
                             &conflict);
    if (level < 0)
        return;
    /* 1 January is the day written for one not known (a refugee's papers,
     * a register's default): against another full date of its year it is
     * the year alone agreeing, a partial date, not two days of one year
     * that disagree (FERNANDES Juliana 8 December 1988 / Juliana Fernandes
     * 01/01/1988), as the conflict keys read it (resolve.c, day_key).
     * Against a month and year the pair stays at the year: that date
     * already says what it knows. */
    if (kind == AKA_DATE_OF_BIRTH && level == AKA__DL_SAME_YEAR && x->len == 10 &&
        y->len == 10 && (aka__fval_new_year(x) || aka__fval_new_year(y))) {
        level = AKA__DL_PARTIAL;
        conflict = 0;
    }
    double w = aka__model_weight(&e->model, kind, level);
    /* Agreeing to the month is rarer by chance than to the year; a month
     * that agrees only with the other date read the other way round
     * (compare.c) counts as the year alone. */
    if (kind == AKA_DATE_OF_BIRTH && level == AKA__DL_PARTIAL && x->len >= 7 &&
        y->len >= 7 && memcmp(x->canon + 5, y->canon + 5, 2) == 0)
        w = aka__model_weight_partial_month(&e->model);
    else if (kind == AKA_DATE_OF_BIRTH && level == AKA__DL_EXACT &&
             aka__fval_new_year(x))
        w = aka__model_weight_new_year(&e->model);
    /* a year mistyped by one, day and month alike; or one of the year's
     * last two digits (1990-10-04 / 1996-10-04), which the level reads as
     * a year apart with its weight (the conflict keys let it through too:
     * resolve.c, year_digit_keys) */
    else if (kind == AKA_DATE_OF_BIRTH &&
             (level == AKA__DL_YEAR_PM1 || level == AKA__DL_DIFFERENT) &&
             year_slip(x, y)) {
        w = level == AKA__DL_YEAR_PM1 ? aka__model_weight_year_slip(&e->model)
                                      : aka__model_weight_year_digit(&e->model);
        level = AKA__DL_YEAR_PM1;
        conflict = 0;
    }
    /* Levels that are no evidence (documents of two countries, identifiers
     * of two types) do not count as compared. */
    if (w == 0 && level != 0)
        return;
    keep_best(out, level, w, i, j, conflict);
}

/* A number one record holds as an identifier and the other as a document
 * (aka__identifier_number: a national identity card's number, which one
 * agency records as a document and another as an identifier) is one
 * number, at the document's exact level; either way round. */
static void number_across(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                          aka__feature_cmp *doc)
{
    for (int side = 0; side < 2; side++) {
        const aka__rec *x = side ? rb : ra, *y = side ? ra : rb;
        for (uint32_t i = 0; i < x->nvals; i++) {
            char num[AKA__ID_NUMBER_MAX];
            size_t nn = x->vals[i].kind == AKA_IDENTIFIER
                            ? aka__identifier_number(x->vals[i].canon, x->vals[i].len, num)
                            : 0;
            for (uint32_t j = 0; nn && j < y->nvals; j++) {
                const aka__fval *d = &y->vals[j];
                const char *dn = d->canon;
                size_t dl = d->len;
                if (d->kind != AKA_DOCUMENT)
                    continue;
                size_t at = aka__document_number_at(dn, dl);
                dn += at;
                dl -= at;
                if (dl == nn && memcmp(dn, num, nn) == 0)
                    keep_best(doc, AKA__DOCL_EXACT,
                              aka__model_weight(&e->model, AKA_DOCUMENT, AKA__DOCL_EXACT),
                              side ? j : i, side ? i : j, 0);
            }
        }
    }
}

/* Kinds are 1 .. AKA__MODEL_KINDS - 1: a record's kinds fit in a word. */
_Static_assert(AKA__MODEL_KINDS <= 32, "kinds as bits");

/* The index of the lowest bit set in m (m != 0). */
static int lowest_bit(uint32_t m)
{
#if defined(__GNUC__)
    return __builtin_ctz(m);
#else
    int k = 0;
    while (!(m & 1))
        m >>= 1, k++;
    return k;
#endif
}

/* Whether tokens x and y are one name: written alike, of one class of
 * given or of family names (Mostafa / Mustafa), one Slavic family name in
 * its two genders' forms (Sokolov / Sokolova: a brother's and a
 * sister's), or, from five letters, one spelling-neutral key (aka__rkey:
 * a family name the tables do not list, in a Polish or German spelling,
 * Szewczuk / Shevchuk). */
static int one_name(const char *x, size_t lx, const char *y, size_t ly)
{
    if (same_token(x, lx, y, ly))
        return 1;
    if (lx >= 5 && ly >= 5 && lx <= AKA__KEY_MAX && ly <= AKA__KEY_MAX) {
        char kx[AKA__KEY_MAX + 1], ky[AKA__KEY_MAX + 1];
        aka__rkey(x, lx, kx);
        aka__rkey(y, ly, ky);
        if (strcmp(kx, ky) == 0)
            return 1;
    }
    int g = aka__given_class(x, lx);
    if (g >= 0 && g == aka__given_class(y, ly))
        return 1;
    int f = aka__family_class(x, lx);
    return (f >= 0 && f == aka__family_class(y, ly)) || aka__slavic_forms(x, lx, y, ly) ||
           aka__slavic_forms(y, ly, x, lx);
}

/* The given-name class (-1 for none) of token i of t, tn, left over by
 * given_apart's pairing (`used`); -2 when it is no given name to weigh. */
static int left_over(const char *const *t, const size_t *tn, int i, unsigned used)
{
    if ((used >> i & 1) || tn[i] < 3 || (i > 0 && kunya_word(t[i - 1], tn[i - 1])))
        return -2;
    int g = aka__given_class(t[i], tn[i]);
    return g < 0 && aka__family_class(t[i], tn[i]) >= 0 ? -2 : g;
}

/* Tokens of x and y that are one name (one_name), paired greedily in
 * x's order, each with the first of y's still free: their bits into
 * *used_x and *used_y. */
static void pair_names(const char *const *tx, const size_t *lx, int nx,
                       const char *const *ty, const size_t *ly, int ny,
                       unsigned *used_x, unsigned *used_y)
{
    *used_x = *used_y = 0;
    for (int i = 0; i < nx; i++)
        for (int j = 0; j < ny; j++)
            if (!(*used_y >> j & 1) && one_name(tx[i], lx[i], ty[j], ly[j])) {
                *used_x |= 1u << i;
                *used_y |= 1u << j;
                break;
            }
}

/* Two full names' tokens, and how pair_names pairs them. */
typedef struct paired_names {
    const char *tx[WITHIN_TOKENS], *ty[WITHIN_TOKENS];
    size_t lx[WITHIN_TOKENS], ly[WITHIN_TOKENS];
    int nx, ny;
    unsigned used_x, used_y;
} paired_names;

/* x's and y's tokens into *p, paired; 0 when either has fewer than min
 * tokens (or more than WITHIN_TOKENS). */
static int paired_of(const aka__fval *x, const aka__fval *y, int min, paired_names *p)
{
    p->nx = name_tokens(x, p->tx, p->lx);
    p->ny = name_tokens(y, p->ty, p->ly);
    if (p->nx < min || p->ny < min)
        return 0;
    pair_names(p->tx, p->lx, p->nx, p->ty, p->ly, p->ny, &p->used_x, &p->used_y);
    return 1;
}

/* Whether names x and y are two members' of one family: a name of three
 * letters or more in both (the family's, which may be a given name too:
 * Ferhat, Hamza), and, among the tokens left over on each side, known
 * given names of different classes (three letters or more, no family
 * names): Hassan Mostafa Haddad / Aisha Haddad, Ahmed / Ayesha Tarek Al
 * Jubouri; or a given name and its feminine, Daniel / Daniela Novak
 * (aka__given_two_sexes); or two names in Han or Hangul with one token
 * left over each (below); or one name with two generation marks. A side
 * with nothing left over is the other less a middle name or its first
 * (namecmp.c's first_name_left weighs that). (e, ra, rb: for
 * full_names_where's tests, which surname_changed reads.) */
static int given_apart(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                       const aka__fval *x, const aka__fval *y)
{
    (void)e;
    (void)ra;
    (void)rb;
    aka__name_facts fx, fy;
    int has_x = facts_of(x, &fx), has_y = facts_of(y, &fy);
    /* One name written alike with two generation marks (John Smith Jr. /
     * John Smith Sr.): a father and his son, who share a household's
     * phone and address. */
    if (has_x && has_y && fx.generation && fy.generation && fx.generation != fy.generation &&
        same_canon(x, y))
        return 1;
    paired_names p;
    if (!paired_of(x, y, 2, &p))
        return 0;
    int shared = 0;
    for (int i = 0; i < p.nx; i++)
        shared |= (p.used_x >> i & 1) && p.lx[i] >= 3;
    if (!shared)
        return 0;
    /* The given-name classes of the tokens left over, -2 for a token that
     * is none (used, short, a family name, or the child's name of a kunya,
     * Abu Ahmed, which is not the bearer's). */
    int cx[WITHIN_TOKENS], cy[WITHIN_TOKENS];
    for (int i = 0; i < p.nx; i++)
        cx[i] = left_over(p.tx, p.lx, i, p.used_x);
    for (int j = 0; j < p.ny; j++)
        cy[j] = left_over(p.ty, p.ly, j, p.used_y);
    for (int i = 0; i < p.nx; i++)
        for (int j = 0; cx[i] != -2 && j < p.ny; j++)
            if (cy[j] != -2 && ((cx[i] >= 0 && cy[j] >= 0 && cx[i] != cy[j]) ||
                                aka__given_two_sexes(p.tx[i], p.lx[i], cx[i], p.ty[j],
                                                     p.ly[j], cy[j])))
                return 1;
    /* Two names in Han or Hangul, one family name shared and one given
     * name left over on each side that the tables do not know (they list
     * few Chinese and Korean given names): brothers and sisters, 王建国 /
     * 王建军, 김민서 / 김민지, whom the matcher already calls different. */
    if (has_x && has_y && fx.cjkmask && fy.cjkmask) {
        int left_x = 0, left_y = 0;
        for (int i = 0; i < p.nx; i++)
            left_x += cx[i] != -2;
        for (int j = 0; j < p.ny; j++)
            left_y += cy[j] != -2;
        return left_x == 1 && left_y == 1;
    }
    return 0;
}

/* Whether the tokens t[0..n) that `used` leaves over are a family name:
 * one or two, together at the end of the name (2) or at its start (1); a
 * name in the middle, or one at each end, is a father's name or a middle
 * name (0); none of them a known given name. */
static int family_left(const char *const *t, const size_t *l, int n, unsigned used)
{
    int first = -1, last = -1;
    for (int i = 0; i < n; i++) {
        if (used >> i & 1)
            continue;
        if (l[i] < 2 || aka__given_class(t[i], l[i]) >= 0)
            return 0;
        if (first < 0)
            first = i;
        last = i;
    }
    if (first < 0 || last - first > 1)
        return 0;
    for (int i = first; i <= last; i++)
        if (used >> i & 1)
            return 0;
    return last == n - 1 ? 2 : first == 0 ? 1 : 0;
}

/* Whether the given name t[0..n) is uncommon in this engine: held by few
 * records besides the two compared, or by a small share of them
 * (AKA__SURNAME_CHANGED_HOLDERS, AKA__SURNAME_CHANGED_GIVEN_MIN). */
static int given_uncommon(const aka_engine *e, const char *t, size_t n)
{
    uint32_t c = aka__tokfreq_token_count(&e->names, t, n);
    return c <= AKA__SURNAME_CHANGED_HOLDERS + 2 ||
           part_weight(e, t, n, 0) >= AKA__SURNAME_CHANGED_GIVEN_MIN;
}

/* Whether the longer of full names x and y (tokens tx, ty) is the
 * shorter, of two words or more, token for token (one_name), after one
 * or two tokens of its own, one of them a known given name: a son's name
 * before his father's (Ahmed Mohamed Ali Hassan / Mohamed Ali Hassan,
 * Yohannes Tadesse Bekele / Tadesse Bekele), as Arab, Ethiopian and
 * Eritrean names are given. */
static int given_before(const char *const *tx, const size_t *lx, int nx,
                        const char *const *ty, const size_t *ly, int ny)
{
    if (nx < ny)
        return given_before(ty, ly, ny, tx, lx, nx);
    int more = nx - ny;
    if (ny < 2 || more < 1 || more > 2)
        return 0;
    for (int j = 0; j < ny; j++)
        if (!one_name(tx[more + j], lx[more + j], ty[j], ly[j]))
            return 0;
    for (int i = 0; i < more; i++)
        if (left_over(tx, lx, i, 0) >= 0)
            return 1;
    return 0;
}

/* Whether full names of n tokens each, two or more, are written alike
 * but for one token of three letters or more (Nguyen Thi Lan / Nguyen Thi
 * Lanh, Mary Wanjiku / Wanjiru Kamau, Nguyen Van Hung / Hong, Chen
 * Jianguo / Jianhua: sisters, brothers, co-workers; the matcher calls a
 * slip in one token fuzzy strong, not weak), or but for their first two turned round before
 * the rest (Abdullah Mohammed / Mohammed Abdullah Al-Otaibi: a father and
 * his son), given names and their feminines aside (Luis Manuel / Luisa
 * Manuela Ortiz: a husband and his wife). Alike: written alike, not
 * merely of one class, which would hold Hung and Hong for one family
 * name. */
static int one_apart(const char *const *tx, const size_t *lx, const char *const *ty,
                     const size_t *ly, int n)
{
    if (n < 2)
        return 0;
    int apart = -1;
    for (int i = 0; i < n; i++) {
        if (!same_token(tx[i], lx[i], ty[i], ly[i])) {
            if (aka__given_two_sexes(tx[i], lx[i], aka__given_class(tx[i], lx[i]), ty[i],
                                     ly[i], aka__given_class(ty[i], ly[i])))
                return 1;
            if (apart >= 0) {
                /* a second: the first two turned round, the rest alike */
                if (apart != 0 || i != 1 || !same_token(tx[0], lx[0], ty[1], ly[1]) ||
                    !same_token(tx[1], lx[1], ty[0], ly[0]))
                    return 0;
                continue;
            }
            apart = i;
        }
    }
    return apart >= 0 && lx[apart] >= 3 && ly[apart] >= 3;
}

/* Whether the name of one word f is a family name of the tables and no
 * given name, the first or the last of the full name t (Ivanov / Sergei
 * Ivanov): a family's name, where a given name alone (Marian / Marian
 * Stoica) is how a victim knows her recruiter. */
static int family_alone(const char *f, size_t lf, const char *const *t, const size_t *l,
                        int n)
{
    return lf >= 3 && aka__family_class(f, lf) >= 0 && aka__given_class(f, lf) < 0 &&
           (same_token(f, lf, t[0], l[0]) || same_token(f, lf, t[n - 1], l[n - 1]));
}

/* Whether full names x and y are a family's, as a shared line reads them
 * (family_alone, given_before, one_apart). */
static int family_line(const aka__fval *x, const aka__fval *y)
{
    const char *tx[WITHIN_TOKENS], *ty[WITHIN_TOKENS];
    size_t lx[WITHIN_TOKENS], ly[WITHIN_TOKENS];
    int nx = name_tokens(x, tx, lx), ny = name_tokens(y, ty, ly);
    if (nx == 1 && ny > 1)
        return family_alone(tx[0], lx[0], ty, ly, ny);
    if (ny == 1 && nx > 1)
        return family_alone(ty[0], ly[0], tx, lx, nx);
    if (nx < 2 || ny < 2)
        return 0;
    return nx == ny ? one_apart(tx, lx, ty, ly, nx) : given_before(tx, lx, nx, ty, ly, ny);
}

/* Whether two records' phones were compared and are one number (exact,
 * or the last eight alike). */
static int line_shared(const aka__feature_cmp *cmp)
{
    const aka__feature_cmp *ph = &cmp[AKA_PHONE];
    return ph->compared && (ph->level == AKA__PHL_EXACT || ph->level == AKA__PHL_SAME_LAST8);
}

/* Whether one of two names written alike bears a generation mark and the
 * other none (Patrick Kelly Jr. / Patrick Kelly, Pierre Kamga Fils /
 * Pierre Kamga): between records of one household, a son and his father
 * as likely as one man. */
static int one_marked(const aka__fval *x, const aka__fval *y)
{
    aka__name_facts fx, fy;
    char gx = facts_of(x, &fx) ? fx.generation : 0, gy = facts_of(y, &fy) ? fy.generation : 0;
    return (gx == 0) != (gy == 0) && same_canon(x, y);
}

/* Full names at the level fuzzy weak, a family's (family_line), between
 * two records that share a phone, and names written alike of which one
 * bears a generation mark (one_marked), between two that share a phone or
 * an address, weigh at most AKA__NAME_SHARED_LINE (model.h). */
static void shared_line(const aka__rec *ra, const aka__rec *rb, aka__feature_cmp *cmp)
{
    const aka__feature_cmp *ad = &cmp[AKA_ADDRESS];
    aka__feature_cmp *n = &cmp[AKA_NAME];
    int line = line_shared(cmp);
    int home = ad->compared && (ad->level == AKA__TXL_EXACT || ad->level == AKA__TXL_STRONG);
    if (!n->compared || n->weight <= AKA__NAME_SHARED_LINE || !(line || home))
        return;
    const aka__fval *x = &ra->vals[n->va], *y = &rb->vals[n->vb];
    if ((line && n->level == AKA__NL_FUZZY_WEAK && family_line(x, y)) ||
        (n->level == AKA__NL_EXACT && one_marked(x, y)))
        n->weight = AKA__NAME_SHARED_LINE;
}

/* Whether the token t[0..n) is written alike in a value of r of `kind`
 * (all of whose tokens are written alike among the tokens nt[0..nn) that
 * `used` marks, when nt is not NULL). */
static int stated_as(const aka__rec *r, aka_feature kind, const char *t, size_t n,
                     const char *const *nt, const size_t *nl, int nn, unsigned used)
{
    const char *tk[WITHIN_TOKENS];
    size_t tl[WITHIN_TOKENS];
    for (uint32_t i = 0; i < r->nvals; i++) {
        if (r->vals[i].kind != kind)
            continue;
        int m = name_tokens(&r->vals[i], tk, tl), has = 0, all = 1;
        for (int k = 0; k < m; k++) {
            has |= same_token(tk[k], tl[k], t, n);
            int found = 0;
            for (int q = 0; nt && q < nn && !found; q++)
                found = (used >> q & 1) && same_token(tk[k], tl[k], nt[q], nl[q]);
            all &= !nt || found;
        }
        if (has && all)
            return 1;
    }
    return 0;
}

/* Whether the token t[0..n) ends as family names of Eastern Europe, the
 * Caucasus and Central Asia end and given names do not (Eshmatov,
 * Kovalenko, Gevorgyan, Beridze, Popescu, Yilmazoglu), with three letters
 * before the ending at least: a family name that a source wrote in its
 * given-name column. */
static int surname_ending(const char *t, size_t n)
{
    static const char *const end[] = {"ov",  "ova",    "ev",    "eva",  "yev",  "yeva",
                                      "enko", "yan",   "dze",   "shvili", "escu", "oglu",
                                      "ski",  "ska",   "sky",   "skaya", "skiy", "wicz"};
    for (size_t k = 0; k < sizeof end / sizeof *end; k++) {
        size_t l = strlen(end[k]);
        if (n >= l + 3 && memcmp(t + n - l, end[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Whether token i of x is a given name as the records' sources state it:
 * a given-name value of ra (of rb) holds it, and every token of that
 * value is among the names x and y share (Jonida / Jonida Dervishi; not
 * Srey Leak / Srey Pov, two Khmer girls' names that open alike), and
 * neither record gives it as a family name (AVCI in the given-name column
 * by mistake, Avcı in the family-name one: sisters), nor does it end as a
 * family name (surname_ending: Eshmatov in the given-name column, Akmal
 * Eshmatov, twin brothers). */
static int given_stated(const aka__rec *ra, const aka__rec *rb, const paired_names *p, int i)
{
    const char *t = p->tx[i];
    size_t n = p->lx[i];
    if (surname_ending(t, n) || stated_as(ra, AKA_FAMILY_NAME, t, n, NULL, NULL, 0, 0) ||
        stated_as(rb, AKA_FAMILY_NAME, t, n, NULL, NULL, 0, 0))
        return 0;
    return stated_as(ra, AKA_GIVEN_NAME, t, n, p->tx, p->lx, p->nx, p->used_x) ||
           stated_as(rb, AKA_GIVEN_NAME, t, n, p->ty, p->ly, p->ny, p->used_y);
}

/* Whether the token t[0..n) is an East Slavic patronymic of a father the
 * tables know (Petrovna, Ivanivna, Ivanovich), or ends as a daughter's
 * does after four letters of her father's name (Nurbekovna, Shohruxovna:
 * Central Asian fathers the tables do not list). A son's form of an
 * unknown father stays out: family names end so too (Abramovich,
 * Makarevich). */
static int patronymic_like(const char *t, size_t n)
{
    static const char *const daughter[] = {"ovna", "evna", "ivna", "avna"};
    int female;
    if (aka__patronymic_class(t, n, &female) >= 0)
        return 1;
    for (size_t k = 0; k < sizeof daughter / sizeof *daughter; k++)
        if (n >= 8 && memcmp(t + n - 4, daughter[k], 4) == 0)
            return 1;
    return 0;
}

/* Whether a token of x or y that the pairing used is patronymic_like. */
static int patronymic_shared(const paired_names *p)
{
    for (int i = 0; i < p->nx; i++)
        if ((p->used_x >> i & 1) && patronymic_like(p->tx[i], p->lx[i]))
            return 1;
    for (int j = 0; j < p->ny; j++)
        if ((p->used_y >> j & 1) && patronymic_like(p->ty[j], p->ly[j]))
            return 1;
    return 0;
}

/* Whether token i of x comes before a patronymic (patronymic_like), both
 * shared (Алтынай Нурбековна): an East Slavic or Central Asian given name,
 * which the patronymic follows, whether the tables list it or not. */
static int before_patronymic(const paired_names *p, int i)
{
    return i + 1 < p->nx && (p->used_x >> (i + 1) & 1) &&
           patronymic_like(p->tx[i + 1], p->lx[i + 1]);
}

/* Whether full names x and y (of records ra and rb) share a given name
 * and differ in a family name alone (model.h, AKA__NAME_SURNAME_CHANGED):
 * a token written alike or of one class in both, of three letters or
 * more, uncommon in this engine (AKA__SURNAME_CHANGED_GIVEN_MIN), and a
 * given name: of a given-name class that no family-name class holds, or
 * (since 0.2.0) written alike in a given-name value of either record, as
 * its source states it (Jonida, Mirela, Gayane: names the tables do not
 * list; a sister's shared name is the family's, which no source gives as
 * a given name), or before a patronymic both share (before_patronymic);
 * and on each side one or two tokens left over at the start or the end
 * of the name, none of them a known given name
 * (family_left). A family name may be shared besides (a Brazilian woman
 * keeps her mother's: Juliana Alves Pereira / Costa). */
static int surname_changed(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                           const aka__fval *x, const aka__fval *y)
{
    paired_names p;
    if (!paired_of(x, y, 2, &p) || kunya(x) || kunya(y))
        return 0;
    int given = 0;
    for (int i = 0; i < p.nx && !given; i++) {
        if (!(p.used_x >> i & 1) || p.lx[i] < 3 || !given_uncommon(e, p.tx[i], p.lx[i]))
            continue;
        given = (aka__given_class(p.tx[i], p.lx[i]) >= 0 &&
                 aka__family_class(p.tx[i], p.lx[i]) < 0) ||
                given_stated(ra, rb, &p, i) || before_patronymic(&p, i);
    }
    if (!given)
        return 0;
    int at_x = family_left(p.tx, p.lx, p.nx, p.used_x),
        at_y = family_left(p.ty, p.ly, p.ny, p.used_y);
    /* Both at the start: a family name written first (ÖZKAN Zeynep), in
     * names of two words; in longer ones, the given names of brothers
     * whose father's and grandfather's names follow (Yonas / Dawit Tesfay
     * Gebremedhin), unless a patronymic is among the names they share
     * (Bilik Jelena Petrowna / Василенко Елена Петровна: a Slavic name
     * written family first). */
    return at_x && at_y &&
           !(at_x == 1 && at_y == 1 && (p.nx > 2 || p.ny > 2) && !patronymic_shared(&p));
}

/* Whether some full name of ra and some full name of rb pass `test`. */
static int full_names_where(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                            int (*test)(const aka_engine *, const aka__rec *,
                                        const aka__rec *, const aka__fval *,
                                        const aka__fval *))
{
    for (uint32_t i = 0; i < ra->nvals; i++) {
        if (ra->vals[i].kind != AKA_NAME)
            continue;
        for (uint32_t j = 0; j < rb->nvals; j++)
            if (rb->vals[j].kind == AKA_NAME && test(e, ra, rb, &ra->vals[i], &rb->vals[j]))
                return 1;
    }
    return 0;
}

/* surname_changed, with a patronymic among the names the two share: a
 * woman's given name and her father's kept, the family name changed
 * (Мусаева / Мамбетова Алтынай Нурбековна). */
static int surname_changed_father(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                                  const aka__fval *x, const aka__fval *y)
{
    paired_names p;
    return surname_changed(e, ra, rb, x, y) && paired_of(x, y, 2, &p) &&
           patronymic_shared(&p);
}

/* The full names of two records that the matcher found different, at the
 * level's own weight, whose full dates of birth agree (alike, or day and
 * month swapped) or that hold one identifier or document (a married
 * woman's national number: Jelena Petrović / Jelena Marković, one JMBG):
 * a family name changed (surname_changed) weighs
 * AKA__NAME_SURNAME_CHANGED instead. Without the date, a phone two
 * migrants share with their smuggler would join Tesfay Gebremedhin and
 * Tesfay Gebrehiwet, whose second names are their fathers'; but a phone
 * shared by two records that keep one given name and one East Slavic or
 * Central Asian patronymic, two names of one woman and her father, does
 * (since 0.2.0: Алтынай Нурбековна Мусаева / Мамбетова Алтынай
 * Нурбековна, one phone, stayed a possible match). */
static void surname_change(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                           aka__feature_cmp *cmp)
{
    const aka__feature_cmp *n = &cmp[AKA_NAME], *d = &cmp[AKA_DATE_OF_BIRTH],
                           *id = &cmp[AKA_IDENTIFIER], *doc = &cmp[AKA_DOCUMENT];
    int vouched = (d->compared && (d->level == AKA__DL_EXACT || d->level == AKA__DL_SWAPPED)) ||
                  (id->compared && id->level == AKA__IDL_EXACT) ||
                  (doc->compared && doc->level == AKA__DOCL_EXACT);
    if (!n->compared || n->level != AKA__NL_DIFFERENT ||
        n->weight != aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT))
        return;
    if ((vouched && full_names_where(e, ra, rb, surname_changed)) ||
        (line_shared(cmp) && full_names_where(e, ra, rb, surname_changed_father)))
        cmp[AKA_NAME].weight = AKA__NAME_SURNAME_CHANGED;
}

/* The full names of two records that the matcher found different, at the
 * level's own weight (nothing rescued them), lose AKA__NAME_GIVEN_APART
 * more when some two of them are two members' of one family
 * (given_apart). */
static void family_apart(const aka_engine *e, const aka__rec *ra,
                         const aka__rec *rb, aka__feature_cmp *cmp)
{
    if (cmp->compared && cmp->level == AKA__NL_DIFFERENT &&
        cmp->weight <= aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT) &&
        full_names_where(e, ra, rb, given_apart))
        cmp->weight -= AKA__NAME_GIVEN_APART;
}

/* Whether full names x and y share a token of three letters or more
 * (one_name), and none that is a given name of the tables and no family
 * name: siblings' family name (Nguyen Van Tuan / Nguyen Van Tu), not a
 * woman's given name before and after marriage (Indira Tokaeva / Indira
 * Ibraeva). */
static int share_family_name(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                             const aka__fval *x, const aka__fval *y)
{
    (void)e;
    (void)ra;
    (void)rb;
    paired_names p;
    if (!paired_of(x, y, 1, &p))
        return 0;
    int shared = 0;
    for (int i = 0; i < p.nx; i++) {
        if (!(p.used_x >> i & 1))
            continue;
        if (aka__given_class(p.tx[i], p.lx[i]) >= 0 && aka__family_class(p.tx[i], p.lx[i]) < 0)
            return 0;
        shared |= p.lx[i] >= 3;
    }
    return shared;
}

/* The weights of a phone and an address, as far as compared. */
static double household_weight(const aka__feature_cmp *cmp)
{
    return (cmp[AKA_PHONE].compared ? cmp[AKA_PHONE].weight : 0) +
           (cmp[AKA_ADDRESS].compared ? cmp[AKA_ADDRESS].weight : 0);
}

/* Full names at the level different, or a family's or a father's and
 * his son's on one line (shared_line), between two records that share a
 * phone: one household's or one employer's line. The address they share
 * as well weighs nothing, unless the names are one woman's before and
 * after marriage (surname_changed); and when the names are two members'
 * of one family (their weight lowered by family_apart or sex_apart:
 * twins, born on one day), the phone weighs nothing either. Different
 * full names that share a family name (share_family_name) between two
 * records born on one day at one address, no phone shared, weigh the
 * address at nothing too: twins (Nguyen Van Tuan / Nguyen Van Tu). The
 * model takes phone, address and birth date for independent evidence;
 * between two names that are not one person's, they are one
 * household's. Called after the names are weighed. */
static void one_household(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                          aka__feature_cmp *cmp)
{
    const aka__feature_cmp *n = &cmp[AKA_NAME], *d = &cmp[AKA_DATE_OF_BIRTH];
    aka__feature_cmp *ph = &cmp[AKA_PHONE], *ad = &cmp[AKA_ADDRESS];
    if (!n->compared)
        return;
    int different = n->level == AKA__NL_DIFFERENT;
    if (line_shared(cmp)) {
        if (!different && n->weight != AKA__NAME_SHARED_LINE)
            return;
        if (ad->compared && ad->weight > 0 && !full_names_where(e, ra, rb, surname_changed))
            ad->weight = 0;
        if (n->weight < aka__model_weight(&e->model, AKA_NAME, AKA__NL_DIFFERENT) &&
            ph->weight > 0)
            ph->weight = 0;
    } else if (different && (!ph->compared || ph->level == AKA__PHL_DIFFERENT) &&
               d->compared && (d->level == AKA__DL_EXACT || d->level == AKA__DL_SWAPPED) &&
               ad->compared && ad->weight > 0 && full_names_where(e, ra, rb, share_family_name)) {
        ad->weight = 0; /* twins */
    }
}

/* A year one of whose last two digits differs, day and month alike
 * (compare_value), is a slip of one person's records only beside a name
 * rare enough that two people who bear it are unlikely to be born on one
 * day of the year: beside a common one (weighing AKA__NAME_WEIGHT_MAX or
 * less, all name kinds together) it says nothing either way, weight 0.
 * This library's generator gives the commonest names of a country to
 * dozens of people (Fatma Yılmaz, 12 October 1944 / 1949); the typists'
 * slips that the weight is for (x and v sets) fell beside rare names.
 * Returns the weight taken off. */
static double year_digit_beside(const aka__rec *ra, const aka__rec *rb,
                                aka__feature_cmp *cmp, double names)
{
    aka__feature_cmp *d = &cmp[AKA_DATE_OF_BIRTH];
    if (!d->compared || d->level != AKA__DL_YEAR_PM1 || d->weight <= 0 ||
        names > AKA__NAME_WEIGHT_MAX ||
        year_slip(&ra->vals[d->va], &rb->vals[d->vb]) != YEAR_DIGIT_APART)
        return 0;
    double w = d->weight;
    d->weight = 0;
    return w;
}

/* Names of kind k (full or given) that differ between two records of
 * different genders weigh AKA__NAME_SEX_APART less (model.h): the
 * name's weight holds it, so that an explanation's weights still add up
 * to its total. */
static void sex_apart(aka__feature_cmp *cmp, int k)
{
    if (cmp[k].compared && cmp[k].level == AKA__NL_DIFFERENT &&
        cmp[AKA_GENDER].compared && cmp[AKA_GENDER].level == AKA__EQL_DIFFERENT)
        cmp[k].weight -= AKA__NAME_SEX_APART;
}


double aka__pair_score(const aka_engine *e, const aka__rec *ra,
                       const aka__rec *rb, aka__pair_scratch *ps,
                       aka__feature_cmp *cmp, double floor)
{
    memset(cmp, 0, sizeof *cmp * AKA__MODEL_KINDS);
    double score = e->model.prior;
    /* The kinds rb holds, as bits: a value of ra of a kind rb lacks is
     * compared with nothing, and ra's full names show here too. */
    uint32_t kinds_a = 0, kinds_b = 0, compared = 0;
    int full_a = 0;
    for (uint32_t j = 0; j < rb->nvals; j++)
        kinds_b |= UINT32_C(1) << rb->vals[j].kind;
    /* Every pair of values of one kind, in the records' order. */
    for (uint32_t i = 0; i < ra->nvals; i++) {
        const aka__fval *x = &ra->vals[i];
        full_a |= x->kind == AKA_NAME;
        kinds_a |= UINT32_C(1) << x->kind;
        if (is_name(x->kind) || !(kinds_b >> x->kind & 1))
            continue;
        compared |= UINT32_C(1) << x->kind;
        for (uint32_t j = 0; j < rb->nvals; j++)
            if (rb->vals[j].kind == x->kind)
                compare_value(e, x->kind, x, i, &rb->vals[j], j, &cmp[x->kind]);
    }
    const uint32_t id = UINT32_C(1) << AKA_IDENTIFIER, dc = UINT32_C(1) << AKA_DOCUMENT;
    if (((kinds_a & id) && (kinds_b & dc)) || ((kinds_b & id) && (kinds_a & dc))) {
        number_across(e, ra, rb, &cmp[AKA_DOCUMENT]);
        if (cmp[AKA_DOCUMENT].compared)
            compared |= dc;
    }
    /* (in the order of kinds, as cmp holds them: the same sum) */
    for (uint32_t m = compared; m; m &= m - 1) {
        int k = lowest_bit(m);
        if (cmp[k].compared)
            score += cmp[k].weight;
    }
    /* Names cost most; when even the best name weights could not lift the
     * pair to `floor`, they are not compared at all. Full names weigh at
     * most AKA__NAME_WEIGHT_MAX, or the cap of a rare name when one of
     * either record's is rare (exact_name_weight: a middle name left out
     * weighs as the shorter name, which may be rb's; a rare name of three
     * words or more may weigh past AKA__RARE_NAME_WEIGHT_MAX); given and
     * family names, compared when the records do not both hold a full
     * name, AKA__NAME_WEIGHT_MAX each. */
    int both_full = full_a && (kinds_b >> AKA_NAME & 1);
    double names_max = both_full ? AKA__NAME_WEIGHT_MAX : 2 * AKA__NAME_WEIGHT_MAX;
    if (score + names_max < floor &&
        (!both_full || !(rare_name_reaches(e, ps->cache, ra, floor - score) ||
                         rare_name_reaches(e, ps->cache, rb, floor - score))))
        return score + names_max;
    /* Full names first; given and family names only when the records do
     * not both hold a full name (one piece of evidence counts once). */
    compare_names(e, AKA_NAME, ra, rb, ps, &cmp[AKA_NAME]);
    if (cmp[AKA_NAME].compared) {
        surname_change(e, ra, rb, cmp);
        /* (only where the pair may still be kept: it only lowers it) */
        if (score + cmp[AKA_NAME].weight >= floor)
            family_apart(e, ra, rb, &cmp[AKA_NAME]);
        sex_apart(cmp, AKA_NAME);
        shared_line(ra, rb, cmp);
        double household = household_weight(cmp);
        one_household(e, ra, rb, cmp);
        score += household_weight(cmp) - household;
        score += cmp[AKA_NAME].weight;
        return score - year_digit_beside(ra, rb, cmp, cmp[AKA_NAME].weight);
    }
    double names = 0;
    for (int k = AKA_GIVEN_NAME; k <= AKA_FAMILY_NAME; k++) {
        compare_names(e, k, ra, rb, ps, &cmp[k]);
        if (k == AKA_GIVEN_NAME)
            sex_apart(cmp, k);
        if (cmp[k].compared)
            names += cmp[k].weight;
    }
    score += names;
    if (cmp[AKA_GIVEN_NAME].compared || cmp[AKA_FAMILY_NAME].compared)
        score -= year_digit_beside(ra, rb, cmp, names);
    return score;
}
