/* Text read in runs of one script's letters, for the romanisers of
 * scripts that write a word without spaces between its syllables (thai.c,
 * khmer.c): the run is read whole by the script's reader, and what lies
 * between runs is kept or separates tokens alike for every such script. */
#ifndef AKA_UNICODE_RUNS_H
#define AKA_UNICODE_RUNS_H

#include <stdint.h>

#include "aka.h"
#include "core/strbuf.h"
#include "unicode/uctx.h"

typedef struct aka__script_runs {
    UChar digit0;                 /* the script's digit zero */
    int (*is_text)(UChar c);      /* a letter or sign of a run */
    /* Append the reading of the run t[from, to) to out (no space first). */
    aka_status (*read)(UChar *t, int32_t from, int32_t to, void *ctx,
                       aka__sb *out);
    void *ctx;
} aka__script_runs;

/* Append t[0, n) to out as lower-case ASCII tokens: each run of the
 * script's text read by `read`, joined into one token with the ASCII
 * letters and digits (and the script's digits, as ASCII) beside it;
 * anything else separates tokens. A space is put first when out does not
 * end in one, and a run of signs alone, which reads as nothing, makes no
 * token. */
aka_status aka__script_runs_read(const aka__script_runs *s, UChar *t,
                                 int32_t n, aka__sb *out);

/* Whether c is a joiner (ZWNJ, ZWJ): it changes how a cluster is drawn,
 * not how it is said. */
static inline int aka__is_joiner(UChar c)
{
    return c == 0x200C || c == 0x200D;
}

/* aka__script_runs_read of p[0, len) copied into tmp (grown as needed)
 * without its joiners, for the scripts whose conjuncts they shape. */
aka_status aka__script_runs_read_unjoined(const aka__script_runs *s,
                                          const UChar *p, int32_t len,
                                          aka__u16 *tmp, aka__sb *out);

#endif
