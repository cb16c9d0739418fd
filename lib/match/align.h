/* Optimal alignment of the tokens of two names.
 *
 * A *unit* is a run of 1 to AKA__ALIGN_MAX_SPAN consecutive tokens, read
 * as one joined token, so that "abdulrahman" can align with "abd al
 * rahman" and "xiaoming" with "xiao ming". The search picks
 * non-overlapping pairs of units, one from each name, maximising
 *     sum(sim * weight of the pair) - sum(penalty of unmatched tokens)
 * exactly (memoised search over the shorter name's used-token mask), not
 * greedily: a greedy pass matches "ali" to the first "ali" it sees and
 * can strand the family name. */
#ifndef AKA_MATCH_ALIGN_H
#define AKA_MATCH_ALIGN_H

#include <stdint.h>

#define AKA__ALIGN_MAX_TOKENS 12
#define AKA__ALIGN_MAX_SPAN 3

/* Similarity in [0, 1] of unit a[as, as+al) with b[bs, bs+bl); a value
 * <= 0 forbids the pair. Called at most once per pair of units. */
typedef float (*aka__unit_sim)(void *ctx, int as, int al, int bs, int bl);

typedef struct aka__align_pair {
    uint8_t as, al, bs, bl;
    float sim;
} aka__align_pair;

typedef struct aka__align_result {
    float gain;            /* the maximised objective */
    int npairs;
    aka__align_pair pair[AKA__ALIGN_MAX_TOKENS];
    uint16_t a_used, b_used; /* token masks */
} aka__align_result;

/* na, nb <= AKA__ALIGN_MAX_TOKENS. wa/wb: token weights; pa/pb: penalty
 * for leaving each token unmatched. A pair's weight is the mean of the two
 * units' summed token weights. */
int aka__align(int na, const float *wa, const float *pa, int nb,
               const float *wb, const float *pb, aka__unit_sim sim, void *ctx,
               aka__align_result *out);
/* Returns 0, or -1 when memory for a long pair of names ran out. */

/* aka__align with the similarities computed by the caller, for every unit
 * pair, into sims[((as * AKA__ALIGN_MAX_SPAN + al - 1) * nb + bs) *
 * AKA__ALIGN_MAX_SPAN + bl - 1] (a's unit [as, as+al) against b's unit
 * [bs, bs+bl)): a caller that computes them in its own loop spares a call
 * through `sim` per pair. The same result as aka__align. */
int aka__align_table(int na, const float *wa, const float *pa, int nb,
                     const float *wb, const float *pb, const float *sims,
                     aka__align_result *out);

/* aka__align_table with the allowed pairs only (sim > 0, each unit pair
 * once), `n` of them in allowed[], ordered by a's unit (as, then al),
 * then by b's (bs, then bl): a caller that lists them as it computes
 * them spares the alignment a look at every unit pair. The same result
 * as aka__align_table. */
int aka__align_pairs(int na, const float *wa, const float *pa, int nb,
                     const float *wb, const float *pb,
                     const aka__align_pair *allowed, int n,
                     aka__align_result *out);

#endif
