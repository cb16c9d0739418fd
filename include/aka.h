/*
 * aka.h -- the one public header of libaka ("also known as").
 *
 * libaka resolves records about people into entities. This header is the
 * reference manual: the preamble explains the model and the rules shared by
 * every function; each function then documents its parameters, every status
 * it returns, its thread safety and the release that introduced it.
 *
 * Model
 *   A *value* is one UTF-8 string of one feature kind (a name, a date of
 *   birth, a phone number ...). aka_normalize() turns a value into its
 *   canonical form. An *engine* holds options (and, in later releases,
 *   records and entities); it also keeps the message of the last failing
 *   call so that callers can show a readable reason.
 *
 * Conventions
 *   - Every function returns aka_status (AKA_OK == 0) unless it cannot fail.
 *   - Input strings are (const char *s, size_t len): UTF-8, no terminator
 *     needed, NUL bytes inside len are rejected, s may be NULL when len == 0.
 *     Nothing is kept beyond the call unless the function says so.
 *   - Output strings go to (char *buf, size_t cap, size_t *out_len):
 *     *out_len always receives the full length needed (without the NUL);
 *     the output is NUL-terminated when cap > *out_len; if cap is too small
 *     the call returns AKA_ERR_BUFFER and writes nothing else. buf = NULL
 *     with cap = 0 is the documented way to ask for the size.
 *   - Handles are opaque. aka_x_new(..., &out) sets *out to NULL on failure
 *     and leaks nothing; aka_x_free(NULL) is harmless.
 *   - No struct crosses the boundary by value, nothing is variadic, and no
 *     ICU or xxhash type appears here: libaka binds cleanly from ctypes.
 *   - Error messages never contain the values passed in (they may hold
 *     personal data); they name the field, the position and the rule.
 *
 * Thread safety
 *   Stateless functions (aka_normalize, aka_status_str, version queries) may
 *   be called from any thread at any time. Distinct handles never interfere.
 *   An aka_options handle belongs to one thread at a time. An aka_engine may
 *   be shared: its error message is kept per calling thread. See
 *   docs/threading.md.
 *
 * Versioning
 *   Semantic versioning; the ABI policy is docs/abi-policy.md. Values of
 *   status codes and feature kinds are fixed forever and only ever grow.
 *
 * SPDX-License-Identifier: Apache-2.0
 */
#ifndef AKA_H
#define AKA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Export and deprecation macros ------------------------------------ */

#if defined(AKA_STATIC)
#  define AKA_API
#elif defined(_WIN32)
#  if defined(AKA_BUILDING)
#    define AKA_API __declspec(dllexport)
#  else
#    define AKA_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define AKA_API __attribute__((visibility("default")))
#else
#  define AKA_API
#endif

#if defined(AKA_DISABLE_DEPRECATION_WARNINGS)
#  define AKA_DEPRECATED(msg)
#elif defined(__GNUC__)
#  define AKA_DEPRECATED(msg) __attribute__((deprecated(msg)))
#elif defined(_MSC_VER)
#  define AKA_DEPRECATED(msg) __declspec(deprecated(msg))
#else
#  define AKA_DEPRECATED(msg)
#endif

/* ---- Version ------------------------------------------------------------ */

/** Major version: changes only when the ABI breaks. */
#define AKA_VERSION_MAJOR 0
/** Minor version: grows when features are added compatibly. */
#define AKA_VERSION_MINOR 2
/** Patch version: grows for fixes only. */
#define AKA_VERSION_PATCH 0
/** The version as a string literal. */
#define AKA_VERSION_STRING "0.2.0"
/** major * 1000000 + minor * 1000 + patch. */
#define AKA_VERSION_NUMBER                                                   \
    (AKA_VERSION_MAJOR * 1000000 + AKA_VERSION_MINOR * 1000 +               \
     AKA_VERSION_PATCH)
/** True when the headers are at least version major.minor.patch. */
#define AKA_VERSION_AT_LEAST(major, minor, patch)                            \
    (AKA_VERSION_NUMBER >= ((major) * 1000000 + (minor) * 1000 + (patch)))

/**
 * The run-time library version as "major.minor.patch".
 * @return a static string, never NULL.
 * Thread safety: safe from any thread. Since: 0.1.0
 */
AKA_API const char *aka_version_string(void);

/**
 * The run-time library version as AKA_VERSION_NUMBER computes it. Compare it
 * with AKA_VERSION_NUMBER to detect a header/library mismatch.
 * Thread safety: safe from any thread. Since: 0.1.0
 */
AKA_API uint32_t aka_version_number(void);

/* ---- Status codes ------------------------------------------------------- */

/** The result of every fallible call. Values are fixed forever. */
typedef int aka_status;

#define AKA_OK 0             /**< success */
#define AKA_ERR_ARGUMENT 1   /**< a NULL handle/pointer or an out-of-range argument */
#define AKA_ERR_NOMEM 2      /**< memory could not be allocated */
#define AKA_ERR_UTF8 3       /**< invalid UTF-8, or a NUL byte inside the given length */
#define AKA_ERR_PARSE 4      /**< the value is valid text but cannot be read as its kind */
#define AKA_ERR_BUFFER 5     /**< the output buffer is too small; *out_len says the size */
#define AKA_ERR_NOT_FOUND 6  /**< the record, entity or key does not exist */
#define AKA_ERR_CORRUPT 7    /**< a file failed its checks */
#define AKA_ERR_VERSION 8    /**< a file or peer has an unsupported version */
#define AKA_ERR_IO 9         /**< the operating system refused a file operation */
#define AKA_ERR_OPTION 10    /**< unknown option key or invalid option value */
#define AKA_ERR_LIMIT 11     /**< a value or collection exceeds a documented limit */
#define AKA_ERR_INTERNAL 12  /**< an unexpected failure inside a dependency (ICU) */

/**
 * The name of a status, e.g. "AKA_ERR_UTF8"; "AKA_ERR_UNKNOWN" for a value
 * this version does not know.
 * @return a static string, never NULL.
 * Thread safety: safe from any thread. Since: 0.1.0
 */
AKA_API const char *aka_status_str(aka_status status);

/* ---- Feature kinds ------------------------------------------------------ */

/** The kind of a value. Values are fixed forever. */
typedef int aka_feature;

#define AKA_NAME 1            /**< a full name in any script or order */
#define AKA_GIVEN_NAME 2      /**< given name(s) */
#define AKA_FAMILY_NAME 3     /**< family name(s) */
#define AKA_DATE_OF_BIRTH 4   /**< free-text date, full or partial */
#define AKA_GENDER 5          /**< free text in common languages */
#define AKA_NATIONALITY 6     /**< country name in any language, alpha-2 or alpha-3 */
#define AKA_DOCUMENT 7        /**< ID document number, optionally "CC:NUMBER" */
#define AKA_PHONE 8           /**< phone number in any common format */
#define AKA_EMAIL 9           /**< e-mail address */
#define AKA_ADDRESS 10        /**< postal address as free text */
#define AKA_PLACE_OF_BIRTH 11 /**< a place name in any script */
#define AKA_IDENTIFIER 12     /**< "TYPE:VALUE" for any other exact key */

/** Longest value, in bytes, that any function accepts (AKA_ERR_LIMIT above). */
#define AKA_MAX_VALUE_BYTES 65536

/* ---- Stateless normalisation ------------------------------------------- */

/**
 * The canonical form of one value.
 *
 * Output formats (docs/normalisation.md has the full rules):
 *   names, given and family names: lower-case ASCII tokens separated by
 *     single spaces, romanised from any script, titles removed;
 *   date of birth: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (numeric dates are
 *     read day-first unless year-first or impossible; a day or month
 *     written 00 or XX is not known, "circa" keeps the year, as does a
 *     day or month that cannot be beside a four-digit year; dates of
 *     other calendars, Solar and Lunar Hijri among them, are converted);
 *   gender: "F", "M" or "X";
 *   nationality: ISO 3166-1 alpha-2, upper case;
 *   document: upper-case letters and digits, "CC:" kept when given;
 *   phone: "+" and digits (E.164) when the country is known, else digits;
 *   e-mail: lower case;
 *   address, place of birth: lower-case ASCII words;
 *   identifier: "type:value", type lower-case, value case-folded without
 *     spaces or hyphens.
 *
 * @param[in]  kind     one of the AKA_* feature kinds
 * @param[in]  in       the value, UTF-8; NULL allowed when in_len == 0
 * @param[in]  in_len   its length in bytes
 * @param[out] buf      output buffer, or NULL with cap == 0 to ask the size
 * @param[in]  cap      capacity of buf in bytes
 * @param[out] out_len  receives the length of the canonical form
 * @return AKA_OK; AKA_ERR_ARGUMENT (unknown kind, NULL out_len, NULL buf with
 *   cap > 0, NULL in with in_len > 0); AKA_ERR_UTF8; AKA_ERR_LIMIT (in_len
 *   over AKA_MAX_VALUE_BYTES); AKA_ERR_PARSE (empty, or not readable as
 *   kind); AKA_ERR_BUFFER; AKA_ERR_NOMEM; AKA_ERR_INTERNAL.
 * Thread safety: safe from any thread; per-thread caches make repeated
 *   tokens cheap. Since: 0.1.0
 */
AKA_API aka_status aka_normalize(aka_feature kind, const char *in,
                                 size_t in_len, char *buf, size_t cap,
                                 size_t *out_len);

/* ---- Name comparison ---------------------------------------------------- */

/**
 * Similarity of two personal names, independent of script, romanisation
 * system and word order, and the default decision.
 *
 * Both names are normalised as AKA_NAME values, their tokens aligned
 * optimally (joined and split tokens, initials, missing middle names,
 * swapped order), and each aligned pair compared by the best of: equal,
 * equal after a romanisation-invariant key, known variants of one name
 * (Muhammad / Mohamed, Aleksandr / Oleksandr), phonetic keys, and fuzzy
 * string similarity. docs/matching.md describes the model.
 *
 * @param[in]  a, a_len  the first name, UTF-8
 * @param[in]  b, b_len  the second name, UTF-8
 * @param[out] score     similarity in [0, 1]; may be NULL
 * @param[out] same      1 when the names are taken to be the same name,
 *                       else 0; may be NULL
 * @return AKA_OK; AKA_ERR_ARGUMENT (NULL name with a length > 0);
 *   AKA_ERR_UTF8; AKA_ERR_LIMIT; AKA_ERR_PARSE (a name with no letter or
 *   digit); AKA_ERR_NOMEM; AKA_ERR_INTERNAL.
 * Thread safety: safe from any thread. Since: 0.2.0
 */
AKA_API aka_status aka_name_compare(const char *a, size_t a_len,
                                    const char *b, size_t b_len,
                                    double *score, int *same);

/* ---- Options ------------------------------------------------------------ */

/** A set of engine options: string keys and values (docs/options.md). */
typedef struct aka_options aka_options;

/**
 * Create an options set holding every default.
 * @param[out] out  receives the handle, or NULL on failure
 * @return AKA_OK, AKA_ERR_ARGUMENT (out NULL), AKA_ERR_NOMEM.
 * Thread safety: safe from any thread. Since: 0.1.0
 */
AKA_API aka_status aka_options_new(aka_options **out);

/**
 * Set one option. Unknown keys and invalid values are rejected with
 * AKA_ERR_OPTION and a message (aka_options_errmsg) naming the key and the
 * accepted values; the set is left unchanged on failure.
 * @param[in] opts   the options set
 * @param[in] key    NUL-terminated key, e.g. "default_country"
 * @param[in] value  NUL-terminated value; copied
 * @return AKA_OK, AKA_ERR_ARGUMENT (NULL argument), AKA_ERR_UTF8,
 *   AKA_ERR_OPTION, AKA_ERR_NOMEM.
 * Thread safety: one thread at a time per handle. Since: 0.1.0
 */
AKA_API aka_status aka_options_set(aka_options *opts, const char *key,
                                   const char *value);

/**
 * The current value of one option in its canonical spelling.
 * @return AKA_OK, AKA_ERR_ARGUMENT, AKA_ERR_OPTION (unknown key),
 *   AKA_ERR_BUFFER.
 * Thread safety: one thread at a time per handle. Since: 0.1.0
 */
AKA_API aka_status aka_options_get(const aka_options *opts, const char *key,
                                   char *buf, size_t cap, size_t *out_len);

/**
 * The message of the last failing call on this options set.
 * @return a string owned by the handle, valid until the next call on it;
 *   "" when nothing failed; a static message when opts is NULL.
 * Thread safety: one thread at a time per handle. Since: 0.1.0
 */
AKA_API const char *aka_options_errmsg(const aka_options *opts);

/**
 * Free an options set. NULL is harmless. Engines created from it keep
 * their own copy.
 * Thread safety: one thread at a time per handle. Since: 0.1.0
 */
AKA_API void aka_options_free(aka_options *opts);

/* ---- Records ------------------------------------------------------------ */

/**
 * What one source knows about one person: values of any feature kinds,
 * repeatable (aliases, several phones). Opaque. A record is filled, given
 * to an engine (which copies what it needs) and may then be cleared and
 * reused or freed.
 */
typedef struct aka_record aka_record;

/**
 * Create an empty record.
 * @param[out] out  receives the record, or NULL on failure
 * @return AKA_OK, AKA_ERR_ARGUMENT (out NULL), AKA_ERR_NOMEM.
 * Thread safety: safe from any thread. Since: 0.2.0
 */
AKA_API aka_status aka_record_new(aka_record **out);

/**
 * Add one value. The value is read at once as its kind (aka_normalize), so
 * an unreadable value is reported here, to the caller who has it; the
 * record keeps the value as given, and an engine reads it again with its
 * own options (default_country). At most 256 values per record.
 * @param[in] r      the record
 * @param[in] kind   one of the AKA_* feature kinds
 * @param[in] value  UTF-8 value; copied
 * @param[in] len    its length in bytes
 * @return AKA_OK; AKA_ERR_ARGUMENT (NULL record, unknown kind, NULL value
 *   with len > 0); AKA_ERR_UTF8; AKA_ERR_LIMIT (value too long, too many
 *   values); AKA_ERR_PARSE (unreadable as kind); AKA_ERR_NOMEM. On failure
 *   the record is unchanged and aka_record_errmsg() says why.
 * Thread safety: one thread at a time per record. Since: 0.2.0
 */
AKA_API aka_status aka_record_add(aka_record *r, aka_feature kind,
                                  const char *value, size_t len);

/**
 * Remove every value, keeping the allocation for reuse.
 * @return AKA_OK, AKA_ERR_ARGUMENT (NULL record).
 * Thread safety: one thread at a time per record. Since: 0.2.0
 */
AKA_API aka_status aka_record_clear(aka_record *r);

/**
 * The message of the last failing call on this record ("" when none
 * failed; a static message when r is NULL). Never quotes the value.
 * Thread safety: one thread at a time per record. Since: 0.2.0
 */
AKA_API const char *aka_record_errmsg(const aka_record *r);

/**
 * Free a record. NULL is harmless.
 * Thread safety: one thread at a time per record. Since: 0.2.0
 */
AKA_API void aka_record_free(aka_record *r);

/* ---- Engine ------------------------------------------------------------- */

/** The resolution engine. Opaque. */
typedef struct aka_engine aka_engine;

/**
 * Create an engine.
 * @param[in]  opts  options to copy, or NULL for the defaults
 * @param[out] out   receives the engine, or NULL on failure
 * @return AKA_OK, AKA_ERR_ARGUMENT (out NULL), AKA_ERR_NOMEM. With the
 *   option journal_path (since 0.2.0): a journal holding calls of an
 *   engine that was never saved is replayed into the new engine;
 *   AKA_ERR_ARGUMENT when the journal continues a snapshot (load that with
 *   aka_engine_load); AKA_ERR_IO, AKA_ERR_CORRUPT, AKA_ERR_VERSION for a
 *   journal that cannot be opened or read (aka_engine_load_msg on its
 *   snapshot gives a message).
 * Thread safety: safe from any thread. Since: 0.1.0
 */
AKA_API aka_status aka_engine_new(const aka_options *opts, aka_engine **out);

/**
 * Free an engine and everything it holds. NULL is harmless. No other
 * thread may be using the engine.
 * Since: 0.1.0
 */
AKA_API void aka_engine_free(aka_engine *engine);

/**
 * The message of the last failing call that the calling thread made on this
 * engine. Messages name the field and rule, never the value.
 * @return a string owned by the engine, valid until the calling thread's
 *   next call on the engine; "" when none failed; a static message when
 *   engine is NULL.
 * Thread safety: safe; messages are kept per thread. Since: 0.1.0
 */
AKA_API const char *aka_engine_errmsg(const aka_engine *engine);

/**
 * aka_normalize() with the engine's options applied (for example
 * default_country turns a national phone number into E.164) and a readable
 * message on failure (aka_engine_errmsg).
 * @return as aka_normalize(), plus AKA_ERR_ARGUMENT for a NULL engine.
 * Thread safety: safe; concurrent calls on one engine are allowed.
 * Since: 0.1.0
 */
AKA_API aka_status aka_engine_normalize(aka_engine *engine, aka_feature kind,
                                        const char *in, size_t in_len,
                                        char *buf, size_t cap,
                                        size_t *out_len);

/* ---- Resolution ----------------------------------------------------------
 * An engine holds records keyed by (source, record_id) and resolves them
 * into entities as they arrive: docs/engine.md describes the model. Entity
 * ids are stable: a record joining an entity keeps its id, a merge keeps
 * the older id. Source and record id are byte strings of 1 to 4096 bytes
 * without NUL. An engine may be shared by threads: calls that change it
 * are serialised inside the engine, queries (entity_of, entity, search,
 * explain, stats, model) run in parallel with each other (docs/threading.md). */

/**
 * Add a record, or replace the record with the same (source, record_id),
 * and resolve it now. The new version of a record takes the old one's
 * place: its entity keeps its id unless the new values move the record
 * (an export sent again changes no entity).
 * @param[in]  e           the engine
 * @param[in]  source      which source the record comes from ("police-ua")
 * @param[in]  record_id   the record's id in that source
 * @param[in]  r           the record; its values are read with the engine's
 *                         options and copied
 * @param[out] out_entity  the record's entity id (may be NULL)
 * @return AKA_OK; AKA_ERR_ARGUMENT (NULL engine or record, empty key);
 *   AKA_ERR_UTF8 (NUL in the key); AKA_ERR_LIMIT (key too long);
 *   AKA_ERR_PARSE (a value unreadable with the engine's options);
 *   AKA_ERR_NOMEM (the engine is as it was). Message: aka_engine_errmsg.
 * Thread safety: safe; serialised. Since: 0.2.0
 */
AKA_API aka_status aka_engine_add(aka_engine *e, const char *source,
                                  size_t source_len, const char *record_id,
                                  size_t record_id_len, const aka_record *r,
                                  uint64_t *out_entity);

/**
 * Add n records, as n calls of aka_engine_add in order would, reading
 * their values (the costly part) on the engine's `threads` option's
 * threads: the same engine as adding them one by one. A refused record
 * does not stop the others.
 * @param[in]  e               the engine
 * @param[in]  n               how many records (0 is a no-op)
 * @param[in]  sources         n sources; source_lens their lengths
 * @param[in]  record_ids      n record ids; record_id_lens their lengths
 * @param[in]  records         n records
 * @param[out] statuses        each record's status (may be NULL)
 * @param[out] out_entities    each added record's entity id at the time it
 *                             was added (may be NULL; unchanged for a
 *                             refused record)
 * @return AKA_OK when every record was added; else the status of the first
 *   refused one (as aka_engine_add's), whose message aka_engine_errmsg
 *   gives, prefixed with its position ("record 7: ..."); AKA_ERR_ARGUMENT
 *   for a NULL engine or NULL arrays with n > 0 (nothing added).
 * Thread safety: safe; each record is added under the engine's lock, as
 *   by aka_engine_add. Since: 0.2.0
 */
AKA_API aka_status aka_engine_add_many(aka_engine *e, size_t n,
                                       const char *const *sources,
                                       const size_t *source_lens,
                                       const char *const *record_ids,
                                       const size_t *record_id_lens,
                                       const aka_record *const *records,
                                       aka_status *statuses,
                                       uint64_t *out_entities);

/**
 * Remove a record; only its entity is resolved again (it may split).
 * @return AKA_OK, AKA_ERR_ARGUMENT, AKA_ERR_NOT_FOUND, AKA_ERR_UTF8,
 *   AKA_ERR_LIMIT, AKA_ERR_NOMEM (the record is kept: the engine is as it
 *   was), AKA_ERR_IO (the journal). Thread safety: safe; serialised.
 *   Since: 0.2.0
 */
AKA_API aka_status aka_engine_remove(aka_engine *e, const char *source,
                                     size_t source_len, const char *record_id,
                                     size_t record_id_len);

/**
 * The entity id of a record.
 * @return AKA_OK, AKA_ERR_ARGUMENT (NULL out_entity), AKA_ERR_NOT_FOUND,
 *   AKA_ERR_UTF8, AKA_ERR_LIMIT. Thread safety: safe; runs in parallel
 *   with other queries.
 * Since: 0.2.0
 */
AKA_API aka_status aka_engine_entity_of(aka_engine *e, const char *source,
                                        size_t source_len,
                                        const char *record_id,
                                        size_t record_id_len,
                                        uint64_t *out_entity);

/**
 * An analyst's decision on two records: same != 0 "the same person", 0
 * "not the same person". Decisions are hard constraints that every later
 * resolution honours; a later decision on the pair replaces the earlier.
 * A decision stays when a record is replaced (aka_engine_add of its key)
 * and goes when it is removed.
 * Both records' entities are resolved again at once. A decision that
 * contradicts those in force on other pairs is refused (since 0.2.0):
 * "the same" between records that a "not the same" keeps apart through
 * other "the same" decisions, or "not the same" between records such
 * decisions join; withdraw one of those first.
 * @return AKA_OK, AKA_ERR_ARGUMENT (the same record twice, or a decision
 *   that contradicts those in force: nothing is recorded),
 *   AKA_ERR_NOT_FOUND, AKA_ERR_UTF8, AKA_ERR_LIMIT, AKA_ERR_NOMEM (nothing
 *   is recorded: the engine is as it was), AKA_ERR_IO (the journal).
 * Thread safety: safe; serialised. Since: 0.2.0
 */
AKA_API aka_status aka_engine_decide(aka_engine *e, const char *source_a,
                                     size_t source_a_len,
                                     const char *record_id_a,
                                     size_t record_id_a_len,
                                     const char *source_b, size_t source_b_len,
                                     const char *record_id_b,
                                     size_t record_id_b_len, int same);

/**
 * Withdraw the analyst's decision on two records (aka_engine_decide),
 * "the same" or "not the same": from now on the evidence alone decides
 * whether they are one entity, and both records' entities are resolved
 * again at once, as if the decision had never been made.
 * @return AKA_OK, AKA_ERR_ARGUMENT (the same record twice),
 *   AKA_ERR_NOT_FOUND (either record, or no decision on the pair),
 *   AKA_ERR_UTF8, AKA_ERR_LIMIT, AKA_ERR_NOMEM (the decision stays: the
 *   engine is as it was), AKA_ERR_IO (the journal).
 * Thread safety: safe; serialised. Since: 0.2.0
 */
AKA_API aka_status aka_engine_undecide(aka_engine *e, const char *source_a,
                                       size_t source_a_len,
                                       const char *record_id_a,
                                       size_t record_id_a_len,
                                       const char *source_b,
                                       size_t source_b_len,
                                       const char *record_id_b,
                                       size_t record_id_b_len);

/**
 * Begin bulk loading: records added from now on are stored and indexed but
 * not resolved until aka_engine_bulk_end (their entity ids are provisional
 * until then). Much faster for loading a data set.
 * @return AKA_OK, AKA_ERR_ARGUMENT (NULL engine, or already begun).
 * Thread safety: safe; serialised. Since: 0.2.0
 */
AKA_API aka_status aka_engine_bulk_begin(aka_engine *e);

/**
 * Resolve everything added since aka_engine_bulk_begin: candidate pairs
 * are compared with the `threads` option's number of threads, then every
 * entity is rebuilt in one canonical order, so that the entities do not
 * depend on the order in which records were added (entity ids do: they
 * follow the records' arrival).
 * @return AKA_OK, AKA_ERR_ARGUMENT (no bulk loading begun), AKA_ERR_NOMEM
 *   (the engine is as it was, still bulk loading; call again).
 * Thread safety: safe; serialised. Since: 0.2.0
 */
AKA_API aka_status aka_engine_bulk_end(aka_engine *e);

/**
 * Score every candidate pair again with what the engine knows now (how
 * common each name is among all its records, the current model) and
 * rebuild every entity in the canonical order of aka_engine_bulk_end.
 * Records added one by one are linked with the name counts of their day,
 * so the entities of an engine fed over months depend a little on the
 * order its records came in; after this call they do not: the same
 * records, added in any order or in bulk, give the same entities.
 * Analysts' decisions hold. Entity ids are kept where an entity keeps
 * its records (docs/engine.md, "Entity ids"). A pass over every record:
 * a batch job (about as long as bulk-resolving the engine's records).
 * @return AKA_OK, AKA_ERR_ARGUMENT (NULL engine, bulk loading under way),
 *   AKA_ERR_NOMEM (the entities are as they were), AKA_ERR_IO (the
 *   journal could not be written; nothing changed).
 * Thread safety: safe; serialised. Since: 0.2.0
 */
AKA_API aka_status aka_engine_rescore(aka_engine *e);

/**
 * The entities that best match a query record (an analyst typing a name
 * and a birth year), best first. The query is not stored. Each entity's
 * score is the match probability of its best record against the query.
 * Only entities sharing a blocking key with the query are considered.
 * @param[in]  e             the engine
 * @param[in]  query         the query record
 * @param[in]  k             at most this many results
 * @param[out] out_entities  k entity ids (may be NULL when k == 0)
 * @param[out] out_scores    k probabilities in [0, 1]
 * @param[out] out_n         how many were written
 * @return AKA_OK, AKA_ERR_ARGUMENT, AKA_ERR_PARSE (a query value unreadable
 *   with the engine's options), AKA_ERR_NOMEM.
 * Thread safety: safe; runs in parallel
 *   with other queries. Since: 0.2.0
 */
AKA_API aka_status aka_engine_search(aka_engine *e, const aka_record *query,
                                     size_t k, uint64_t *out_entities,
                                     double *out_scores, size_t *out_n);

/**
 * An entity's records, its possible matches and the analysts' decisions
 * on its records, as JSON (docs/engine.md gives the schema): {"entity",
 * "records": [{"source", "record_id"}] in the order they were stored,
 * "possible_matches": [{"entity", "probability", "weight", "cause",
 * "record", "other_record"}] strongest first, "decisions": [{"record",
 * "other_record", "other_entity", "same"}]}. A possible match is another
 * entity joined to this one by a record pair scoring at least
 * review_threshold that is not one entity: its cause is
 * "below_threshold" (the pair scores under match_threshold), "conflict"
 * (strong evidence such as two different passports of one country
 * refused the merge), "ambiguous" (one record of the pair matches two
 * records that conflict with each other as well as each, and so joins
 * neither; since 0.2.0) or "pending" (bulk loading has not resolved it
 * yet). Pairs an analyst decided are not the same are
 * not listed. The JSON holds record keys, never values.
 * @param[in]  e        the engine
 * @param[in]  entity   an entity id (aka_engine_add, aka_engine_entity_of,
 *                      aka_engine_search)
 * @return AKA_OK, AKA_ERR_BUFFER (*out_len says the size), AKA_ERR_ARGUMENT,
 *   AKA_ERR_NOT_FOUND (no such entity now: ids of entities merged into
 *   another or emptied by removals disappear), AKA_ERR_NOMEM.
 * Thread safety: safe; runs in parallel with other queries. Since: 0.2.0
 */
AKA_API aka_status aka_engine_entity(aka_engine *e, uint64_t entity,
                                     char *buf, size_t cap, size_t *out_len);

/**
 * The entities whose records changed since a cursor, so that a host that
 * maps entities to its cases reads only those again: every entity
 * created, that gained or lost a record, or that ceased to exist (merged
 * into another entity, emptied by removals) by any call since, whether
 * an add, a removal, a decision, bulk_end or an estimate. Each id listed
 * either exists (aka_engine_entity gives its records now) or is gone for
 * good (aka_engine_entity says AKA_ERR_NOT_FOUND); a record that moved is
 * in the records of an entity listed. Ids of entities made and merged
 * between two calls may be listed. Changes of values or of possible
 * matches that move no record are not listed.
 * @param[in]  e             the engine
 * @param[in]  since         a cursor *out_next gave earlier, or 0 for the
 *                           engine's first change (of a loaded engine:
 *                           the first after the snapshot, the journal's
 *                           replayed calls included)
 * @param[out] out_entities  the entity ids, ascending (may be NULL when
 *                           cap == 0)
 * @param[in]  cap           room in out_entities
 * @param[out] out_n         how many ids (on AKA_ERR_BUFFER: how many
 *                           there are; the first cap are written)
 * @param[out] out_next      the cursor to give next time: the engine's
 *                           changes so far (set on every status but
 *                           AKA_ERR_ARGUMENT for NULL arguments)
 * @return AKA_OK; AKA_ERR_BUFFER; AKA_ERR_LIMIT (the engine no longer
 *   holds every change since `since`: its log keeps the last ids, option
 *   change_log, default 65,536; or the cursor is another engine's, or this
 *   one's before a save and load): read every entity again, then go on
 *   from *out_next; AKA_ERR_ARGUMENT (NULL engine, out_n or out_next, NULL
 *   out_entities with cap > 0, or a cursor ahead of the engine's);
 *   AKA_ERR_NOMEM.
 * Thread safety: safe; runs in parallel with other queries. Since: 0.2.0
 */
AKA_API aka_status aka_engine_changes(aka_engine *e, uint64_t since,
                                      uint64_t *out_entities, size_t cap,
                                      size_t *out_n, uint64_t *out_next);

/**
 * The engine's entities, a page at a time: the ids greater than `after`,
 * ascending, so that a host reads every entity (to fill its map of
 * entities to cases, or after aka_engine_changes answered AKA_ERR_LIMIT)
 * without knowing the records' keys. Start with after = 0; when the
 * answer is AKA_ERR_BUFFER, go on with after = the last id written. Ids
 * of entities made or merged away between pages are seen or not as the
 * pages fall; take aka_engine_changes' cursor before the first page to
 * catch them.
 * @param[in]  e             the engine
 * @param[in]  after         0, or the last id of the page before
 * @param[out] out_entities  room for cap ids (may be NULL when cap == 0)
 * @param[in]  cap           room in out_entities
 * @param[out] out_n         how many ids are greater than `after` (all of
 *                           them written when it is at most cap; else the
 *                           least cap of them)
 * @return AKA_OK (every id greater than `after` written), AKA_ERR_BUFFER
 *   (the first cap written; more follow), AKA_ERR_ARGUMENT (NULL engine or
 *   out_n, NULL out_entities with cap > 0). Allocates nothing.
 * Thread safety: safe; runs in parallel with other queries. Since: 0.2.0
 */
AKA_API aka_status aka_engine_entities(aka_engine *e, uint64_t after,
                                       uint64_t *out_entities, size_t cap,
                                       size_t *out_n);

/**
 * Estimate the matching model's m, u and prior from the engine's own
 * records, without labels: expectation-maximisation over the level vectors
 * of candidate pairs (those of up to 20,000 records spread over the
 * engine), starting from the current model (docs/matching.md). When the
 * estimate converged and is plausible it replaces the model and every
 * candidate pair is scored again and every entity rebuilt canonically, as
 * after bulk loading (analysts' decisions hold); otherwise the model stays
 * as it was. Either way aka_engine_model() reports what happened.
 * @return AKA_OK (check aka_engine_model's "estimate" for whether it was
 *   applied), AKA_ERR_ARGUMENT (NULL engine, bulk loading under way),
 *   AKA_ERR_NOMEM (the model and the entities are as they were).
 * Thread safety: safe; serialised. Since: 0.2.0
 */
AKA_API aka_status aka_engine_estimate(aka_engine *e);

/**
 * The engine's matching model as JSON (docs/matching.md gives the
 * schema): the prior, every feature kind's levels with m, u and weight,
 * and what the last aka_engine_estimate did ("estimate": null before
 * any).
 * @return AKA_OK, AKA_ERR_BUFFER (*out_len says the size), AKA_ERR_ARGUMENT,
 *   AKA_ERR_NOMEM.
 * Thread safety: safe; runs in parallel with other queries. Since: 0.2.0
 */
AKA_API aka_status aka_engine_model(aka_engine *e, char *buf, size_t cap,
                                    size_t *out_len);

/**
 * What the engine holds, as JSON (docs/engine.md): records, entities,
 * whether bulk loading is under way, and the blocking index's figures,
 * among them the keys held by more than `max_block` records, which no
 * longer produce candidates, and how many record pairs they stand for.
 * @return AKA_OK, AKA_ERR_BUFFER (*out_len says the size), AKA_ERR_ARGUMENT.
 * Thread safety: safe; runs in parallel
 *   with other queries. Since: 0.2.0
 */
AKA_API aka_status aka_engine_stats(aka_engine *e, char *buf, size_t cap,
                                    size_t *out_len);

/**
 * Why two records are (or are not) one entity, as JSON (docs/engine.md
 * gives the schema): every feature kind compared, both canonical values,
 * the level, its weight, the prior, the total, the probability, the
 * decision, whether they are one entity, any analyst decision, any
 * conflict that blocked a merge, whether one of them is ambiguous
 * (it matches two records that conflict, as well as each, and joins
 * neither; since 0.2.0), and the weight of the link between them that
 * the entities were built from (scored when the pair was, so it may
 * differ from today's total as names grow commoner; null for none;
 * since 0.2.0). The JSON holds the records' values: it is for the
 * analyst who asked.
 * @return AKA_OK, AKA_ERR_BUFFER (*out_len says the size), AKA_ERR_ARGUMENT,
 *   AKA_ERR_NOT_FOUND, AKA_ERR_UTF8, AKA_ERR_LIMIT, AKA_ERR_NOMEM.
 * Thread safety: safe; runs in parallel
 *   with other queries. Since: 0.2.0
 */
AKA_API aka_status aka_engine_explain(aka_engine *e, const char *source_a,
                                      size_t source_a_len,
                                      const char *record_id_a,
                                      size_t record_id_a_len,
                                      const char *source_b,
                                      size_t source_b_len,
                                      const char *record_id_b,
                                      size_t record_id_b_len, char *buf,
                                      size_t cap, size_t *out_len);

/* ---- Persistence ---------------------------------------------------------
 * A snapshot is the whole engine in one file (docs/file-format.md); the
 * journal (option journal_path) holds every acknowledged call since the
 * last snapshot. docs/engine.md, "Persistence", gives the guarantees. */

/**
 * Save the engine to a snapshot file, crash-safely: written to a temporary
 * file beside it (mode 0600: it holds personal data), flushed to disk,
 * renamed over `path`, and the directory flushed. Then the journal, if
 * any, is restarted: its calls are in the snapshot.
 * @param[in] e     the engine
 * @param[in] path  NUL-terminated file path
 * @return AKA_OK; AKA_ERR_ARGUMENT (NULL engine or path, or bulk loading
 *   under way); AKA_ERR_IO (the message says what failed: disk full,
 *   permission, path; the previous snapshot is untouched); AKA_ERR_NOMEM.
 *   Message: aka_engine_errmsg.
 * Thread safety: safe; runs alongside read-only calls, excludes writes.
 * Since: 0.2.0
 */
AKA_API aka_status aka_engine_save(aka_engine *e, const char *path);

/**
 * Load an engine from a snapshot, then replay the journal named by the
 * effective options on top of it. Everything is checked before anything
 * is built.
 * @param[in]  path  NUL-terminated file path
 * @param[in]  opts  options for the engine, or NULL for the snapshot's.
 *                   Other thresholds or another max_block than the
 *                   snapshot's make the engine score every pair again and
 *                   resolve everything canonically (as aka_engine_bulk_end)
 * @param[out] out   receives the engine, or NULL on failure
 * @return AKA_OK; AKA_ERR_ARGUMENT (NULL path or out); AKA_ERR_IO (cannot
 *   open or read); AKA_ERR_CORRUPT (truncated, damaged or inconsistent
 *   snapshot or journal); AKA_ERR_VERSION (a format this library does not
 *   read); AKA_ERR_NOMEM.
 * Thread safety: safe from any thread. Since: 0.2.0
 */
AKA_API aka_status aka_engine_load(const char *path, const aka_options *opts,
                                   aka_engine **out);

/**
 * As aka_engine_load, and on failure a readable message in msg (there is
 * no engine yet to hold it); on success msg holds "" or a warning (a torn
 * journal tail that was dropped). The message is NUL-terminated and
 * truncated to msg_cap bytes; msg may be NULL with msg_cap 0.
 * @return as aka_engine_load; AKA_ERR_ARGUMENT also for NULL msg with
 *   msg_cap > 0.
 * Thread safety: safe from any thread. Since: 0.2.0
 */
AKA_API aka_status aka_engine_load_msg(const char *path,
                                       const aka_options *opts,
                                       aka_engine **out, char *msg,
                                       size_t msg_cap);

#ifdef __cplusplus
}
#endif

#endif /* AKA_H */
