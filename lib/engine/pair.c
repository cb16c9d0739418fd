#include "engine/pair.h"

#include <stdlib.h>
#include <string.h>

#include "match/compare.h"
#include "core/hash.h"
#include "match/nameform.h"

struct aka__form_slot {
    uint64_t hash;
    aka__nameform form;
};

/* The prepared form of a normalised name: from the engine's cache when
 * `cached` (calls under the engine's mutex), else built into scratch. A
 * slot used by `keep` is not evicted, so two forms can be held at once. */
static const aka__nameform *form_of(aka_engine *e, int cached,
                                    const aka__fval *v, aka__nameform *scratch,
                                    const aka__nameform *keep)
{
    if (cached && e->forms) {
        uint64_t h = aka__hash(v->canon, v->len, 0x666f726d) | 1;
        struct aka__form_slot *slot = &e->forms[h & (AKA__FORM_SLOTS - 1)];
        if (slot->hash == h)
            return &slot->form;
        if (&slot->form != keep &&
            aka__nameform_from_normalised(v->canon, v->len, &slot->form) == AKA_OK) {
            slot->hash = h;
            return &slot->form;
        }
        slot->hash = 0;
    }
    return aka__nameform_from_normalised(v->canon, v->len, scratch) == AKA_OK
               ? scratch : NULL;
}

struct aka__form_slot *aka__form_cache_new(void)
{
    return calloc(AKA__FORM_SLOTS, sizeof(struct aka__form_slot));
}

/* Names: the matcher's level of each pair of names, the exact level
 * weighed by how common the name is in this engine. */
static void compare_names(aka_engine *e, aka_feature kind, const aka__rec *ra,
                          const aka__rec *rb, aka__nameform *fa_scratch,
                          aka__nameform *fb_scratch, aka__feature_cmp *out)
{
    int cached = fa_scratch == e->form_a; /* the engine's own call */
    for (uint32_t i = 0; i < ra->nvals; i++) {
        const aka__fval *x = &ra->vals[i];
        const aka__nameform *fa;
        if (x->kind != kind ||
            !(fa = form_of(e, cached, x, fa_scratch, NULL)))
            continue;
        for (uint32_t j = 0; j < rb->nvals; j++) {
            const aka__fval *y = &rb->vals[j];
            const aka__nameform *fb;
            if (y->kind != kind ||
                !(fb = form_of(e, cached, y, fb_scratch, fa)))
                continue;
            double score;
            int same, level;
            if (aka__nameform_compare(fa, fb, &score, &same, &level) != AKA_OK)
                continue;
            double w = level == AKA__NL_EXACT
                           ? aka__model_weight_tf(
                                 &e->model, kind,
                                 aka__tokfreq_share(&e->names, x->canon, x->len, 2))
                           : aka__model_weight(&e->model, kind, level);
            if (!out->compared || w > out->weight) {
                out->compared = 1;
                out->level = level;
                out->weight = w;
                out->va = i;
                out->vb = j;
            }
        }
    }
}

static void compare_values(aka_engine *e, aka_feature kind,
                           const aka__rec *ra, const aka__rec *rb,
                           aka__feature_cmp *out)
{
    for (uint32_t i = 0; i < ra->nvals; i++) {
        const aka__fval *x = &ra->vals[i];
        if (x->kind != kind)
            continue;
        for (uint32_t j = 0; j < rb->nvals; j++) {
            const aka__fval *y = &rb->vals[j];
            if (y->kind != kind)
                continue;
            int conflict = 0;
            int level = aka__compare(kind, x->canon, x->len, y->canon, y->len,
                                     0, &conflict);
            if (level < 0)
                continue;
            double w = aka__model_weight(&e->model, kind, level);
            if (kind == AKA_DATE_OF_BIRTH && level == AKA__DL_PARTIAL &&
                x->len >= 7 && y->len >= 7)
                w = aka__model_weight_partial_month(&e->model);
            /* Levels that are no evidence (documents of two countries,
             * identifiers of two types) do not count as compared. */
            if (w == 0 && level != 0)
                continue;
            if (!out->compared || w > out->weight) {
                out->compared = 1;
                out->level = level;
                out->weight = w;
                out->va = i;
                out->vb = j;
                out->conflict = conflict;
            }
        }
    }
}

double aka__pair_score(aka_engine *e, uint32_t a, uint32_t b,
                       aka__feature_cmp *cmp)
{
    return aka__pair_score_recs(e, &e->store.rec[a], &e->store.rec[b],
                                e->form_a, e->form_b, cmp);
}

double aka__pair_score_recs(aka_engine *e, const aka__rec *ra,
                            const aka__rec *rb, aka__nameform *fa,
                            aka__nameform *fb, aka__feature_cmp *cmp)
{
    memset(cmp, 0, sizeof *cmp * AKA__MODEL_KINDS);
    double score = e->model.prior;
    /* Full names first; given and family names only when the records do
     * not both hold a full name (one piece of evidence counts once). */
    compare_names(e, AKA_NAME, ra, rb, fa, fb, &cmp[AKA_NAME]);
    int full = cmp[AKA_NAME].compared;
    for (int k = 1; k < AKA__MODEL_KINDS; k++) {
        if (k == AKA_GIVEN_NAME || k == AKA_FAMILY_NAME) {
            if (!full)
                compare_names(e, k, ra, rb, fa, fb, &cmp[k]);
        } else if (k != AKA_NAME) {
            compare_values(e, k, ra, rb, &cmp[k]);
        }
        if (cmp[k].compared)
            score += cmp[k].weight;
    }
    return score;
}
