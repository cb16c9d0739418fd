/* JSON pieces shared by the engine's JSON outputs (explain, entity):
 * strings escaped, numbers with fixed decimals, a record's key. */
#ifndef AKA_ENGINE_JSON_H
#define AKA_ENGINE_JSON_H

#include "core/strbuf.h"
#include "engine/engine.h"

/* s[0..n) as a JSON string (quotes, backslashes and control bytes
 * escaped; the engine's strings are valid UTF-8). */
aka_status aka__json_str(aka__sb *o, const char *s, size_t n);

/* text, then v with `digits` decimals. */
aka_status aka__json_num(aka__sb *o, const char *text, int digits, double v);

/* text, then the integer v (entity ids exceed a double's precision). */
aka_status aka__json_u64(aka__sb *o, const char *text, uint64_t v);

/* {"source":…,"record_id":…} of a stored record, with its ,"entity":id
 * before the brace when with_entity. Call under the engine's lock. */
aka_status aka__json_record(const aka_engine *e, aka__sb *o, uint32_t idx,
                            int with_entity);

#endif
