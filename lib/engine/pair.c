#include "engine/pair.h"
#include "engine/pair_names.h"

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
int aka__same_token(const char *x, size_t lx, const char *y, size_t ly)
{
    return lx == ly && memcmp(x, y, lx) == 0;
}

/* Whether two values' canonical forms are written alike. */
int aka__fval_same_canon(const aka__fval *x, const aka__fval *y)
{
    return aka__same_token(x->canon, x->len, y->canon, y->len);
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
int aka__fval_name_facts(const aka__fval *v, aka__name_facts *facts)
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
    if (aka__fval_name_facts(v, &facts)) {
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
    if (x->len > 0 && aka__fval_same_canon(x, y) &&
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

/* The longest part of a name initials_weight weighs. */
#define NAME_REST_MAX 128

/* The tokens of a canonical name (split by single spaces) into t and tn,
 * at most AKA__NAME_TOKENS_MAX; their number, or -1 for more. */
int aka__fval_tokens(const aka__fval *v, const char **t, size_t *tn)
{
    int n = 0;
    for (size_t i = 0; i < v->len;) {
        size_t j = i;
        while (j < v->len && v->canon[j] != ' ')
            j++;
        if (j > i) {
            if (n == AKA__NAME_TOKENS_MAX)
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
    const char *ts[AKA__NAME_TOKENS_MAX], *tl[AKA__NAME_TOKENS_MAX];
    size_t ls[AKA__NAME_TOKENS_MAX], ll[AKA__NAME_TOKENS_MAX];
    int ns = aka__fval_tokens(s, ts, ls), nl = aka__fval_tokens(l, tl, ll);
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
double aka__name_part_weight(const aka_engine *e, const char *s, size_t n,
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
    const char *ti[AKA__NAME_TOKENS_MAX], *to[AKA__NAME_TOKENS_MAX];
    size_t li[AKA__NAME_TOKENS_MAX], lo[AKA__NAME_TOKENS_MAX];
    int ni = aka__fval_tokens(x, ti, li), no = aka__fval_tokens(y, to, lo);
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
    *w = aka__name_part_weight(e, rest, rl, AKA__NAME_INITIAL_DISCOUNT);
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
    const char *ta[AKA__NAME_TOKENS_MAX], *tb[AKA__NAME_TOKENS_MAX];
    size_t la[AKA__NAME_TOKENS_MAX], lb[AKA__NAME_TOKENS_MAX];
    if (aka__fval_tokens(a, ta, la) != 2 || aka__fval_tokens(b, tb, lb) != 2)
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
        double here = aka__name_part_weight(e, fam, fl, AKA__NAME_NICKNAME_DISCOUNT);
        if (here > best)
            best = here;
    }
    *w = best;
    return best > -INFINITY;
}

/* Whether t[0..n) is the first word of a kunya, "father of" or "mother
 * of" (abu, abou, Arabic script's abw, umm, um). */
int aka__kunya_word(const char *t, size_t n)
{
    static const char *const fathers[] = {"abou", "abu", "abw", "um", "umm"};
    return AKA__LISTED(fathers, t, n);
}

/* Whether a full name opens with a kunya word before another word: 1 for
 * the kunya alone (Abu Ahmed, Abou Khaled, أبو أحمد "abw ahmd", Umm Ali),
 * 2 for a kunya with more (Abu Ahmed al-Obaidi); else 0. */
int aka__fval_kunya(const aka__fval *v)
{
    if (v->kind != AKA_NAME)
        return 0;
    const char *sp = memchr(v->canon, ' ', v->len);
    if (!sp || !aka__kunya_word(v->canon, (size_t)(sp - v->canon)))
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
    int kx = aka__fval_kunya(x), ky = aka__fval_kunya(y);
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

/* A year one of whose last two digits differs, day and month alike
 * (compare_value), is a slip of one person's records only beside a name
 * rare enough that two people who bear it are unlikely to be born on one
 * day of the year: beside a common one (weighing AKA__NAME_WEIGHT_MAX or
 * less, all name kinds together) it says nothing either way, weight 0.
 * This library's generator gives the commonest names of a country to
 * dozens of people (Fatma Yılmaz, 12 October 1944 / 1949); the typists'
 * slips that the weight is for (x and v sets) fell beside rare names.
 * Dates a day apart likewise: beside a common name two people born on
 * neighbouring days are as likely as a date converted a day off, and the
 * pair weighs as the month or the year it shares, as before the level
 * (1,000,000 generated records: B³ F1 0.9131 -> 0.9121 with the level's
 * weight beside every name).
 * Returns the weight taken off. */
static double date_beside(const aka_engine *e, const aka__rec *ra, const aka__rec *rb,
                          aka__feature_cmp *cmp, double names)
{
    aka__feature_cmp *d = &cmp[AKA_DATE_OF_BIRTH];
    if (!d->compared || d->weight <= 0 || names > AKA__NAME_WEIGHT_MAX)
        return 0;
    const aka__fval *x = &ra->vals[d->va], *y = &rb->vals[d->vb];
    double w;
    if (d->level == AKA__DL_DAY_APART)
        w = aka__model_weight(&e->model, AKA_DATE_OF_BIRTH,
                              memcmp(x->canon, y->canon, 7) == 0 ? AKA__DL_SAME_YM
                                                                 : AKA__DL_SAME_YEAR);
    else if (d->level == AKA__DL_YEAR_PM1 && year_slip(x, y) == YEAR_DIGIT_APART)
        w = 0;
    else
        return 0;
    double off = d->weight - w;
    d->weight = w;
    return off;
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
        aka__surname_change(e, ra, rb, cmp);
        /* (only where the pair may still be kept: it only lowers it) */
        if (score + cmp[AKA_NAME].weight >= floor)
            aka__family_apart(e, ra, rb, &cmp[AKA_NAME]);
        sex_apart(cmp, AKA_NAME);
        aka__shared_line(ra, rb, cmp);
        double household = aka__household_weight(cmp);
        aka__one_household(e, ra, rb, cmp);
        score += aka__household_weight(cmp) - household;
        score += cmp[AKA_NAME].weight;
        return score - date_beside(e, ra, rb, cmp, cmp[AKA_NAME].weight);
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
        score -= date_beside(e, ra, rb, cmp, names);
    return score;
}
