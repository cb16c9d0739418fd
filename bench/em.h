/* em.h: one timed aka_engine_estimate and what it did, for bench_engine
 * and aka-bench (--estimate). Public API only. */
#ifndef AKA_BENCH_EM_H
#define AKA_BENCH_EM_H

#include <stdlib.h>
#include <string.h>

#include "aka.h"
#include "bench_util.h"

typedef struct bench_em {
    double seconds;   /* aka_engine_estimate alone */
    int applied;      /* the model was replaced and the entities rebuilt */
    char *estimate;   /* the "estimate" object of aka_engine_model, malloc'd */
} bench_em;

/* The value of "estimate" in the model's JSON: from its '{' (or "null") to
 * the matching '}', strings skipped so that braces in a reason do not
 * count. NULL when absent. */
static inline char *bench_em_object(const char *json)
{
    const char *p = strstr(json, "\"estimate\":");
    if (!p)
        return NULL;
    p += strlen("\"estimate\":");
    const char *q = p;
    if (*q == '{') {
        int depth = 0, in_str = 0;
        for (; *q; q++) {
            if (in_str) {
                if (*q == '\\' && q[1])
                    q++;
                else if (*q == '"')
                    in_str = 0;
            } else if (*q == '"')
                in_str = 1;
            else if (*q == '{')
                depth++;
            else if (*q == '}' && --depth == 0) {
                q++;
                break;
            }
        }
    } else
        while (*q && *q != ',' && *q != '}')
            q++;
    size_t n = (size_t)(q - p);
    char *out = xrealloc(NULL, n + 1);
    memcpy(out, p, n);
    out[n] = '\0';
    return out;
}

/* Estimate, timed, then read the model back. 0, or -1 when a call failed
 * (the message is the engine's). */
static inline int bench_em_run(aka_engine *e, bench_em *em)
{
    memset(em, 0, sizeof *em);
    double t0 = now_sec();
    aka_status st = aka_engine_estimate(e);
    em->seconds = now_sec() - t0;
    if (st != AKA_OK)
        return -1;
    size_t cap = 65536, len = 0;
    char *buf = xrealloc(NULL, cap);
    while ((st = aka_engine_model(e, buf, cap, &len)) == AKA_ERR_BUFFER)
        buf = xrealloc(buf, cap = len + 1);
    if (st != AKA_OK || len >= cap) {
        free(buf);
        return -1;
    }
    buf[len] = '\0';
    em->estimate = bench_em_object(buf);
    em->applied = em->estimate && strncmp(em->estimate, "{\"applied\":true", 15) == 0;
    free(buf);
    return em->estimate ? 0 : -1;
}

#endif /* AKA_BENCH_EM_H */
