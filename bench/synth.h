/* The synthetic person-record generator shared by aka-gen, aka-bench and
 * bench_engine: N records about roughly N/3 people, with the truth (which
 * person each record describes), deterministic for a seed, a name pool and
 * an ICU version (the romanisations and the country names in other
 * languages come from ICU's data).
 *
 * People come from every country of the name pool (data/name_pool.tsv: 125
 * countries, names in their own scripts and romanised); records write their
 * names natively or in one of up to three romanisations, with typos,
 * swapped order and missing middle names; dates of birth in many formats
 * and languages, partial or with day and month swapped; nationality in
 * several languages; documents with OCR look-alikes; phones in national and
 * international forms; e-mails; genders in several languages. Traps:
 * namesakes (another person's name, sometimes the same birth year) and
 * people sharing a phone (a household's line). synth.c documents the
 * shares. */
#ifndef AKA_BENCH_SYNTH_H
#define AKA_BENCH_SYNTH_H

#include <stddef.h>
#include <stdint.h>

typedef struct synth synth;

/* The columns of one record, in CSV order; empty strings when absent.
 * `truth` is the person's number. The strings live in `buf`. */
enum {
    SYNTH_SOURCE, SYNTH_RECORD_ID, SYNTH_NAME, SYNTH_GIVEN_NAME,
    SYNTH_FAMILY_NAME, SYNTH_DATE_OF_BIRTH, SYNTH_NATIONALITY,
    SYNTH_DOCUMENT, SYNTH_PHONE, SYNTH_EMAIL, SYNTH_GENDER, SYNTH_NFIELDS
};

typedef struct synth_rec {
    const char *field[SYNTH_NFIELDS];
    uint64_t truth;
    char buf[2048];
} synth_rec;

/* Column names, as CSV headers (feature kinds' names). */
extern const char *const synth_field_name[SYNTH_NFIELDS];

/* Load the pool, derive the romanisations, and draw the stream's order:
 * n records, then `extra` later records (about people of the stream, one in
 * six about a new person), for incremental-add scenarios. The first n do
 * not depend on extra. Returns 0, or -1 with a message on stderr. */
int synth_open(synth **out, const char *pool_path, uint64_t seed, size_t n,
               size_t extra);
void synth_close(synth *s);

size_t synth_people(const synth *s);
/* Countries that people of the stream come from (by their names). */
size_t synth_countries(const synth *s);

/* Record i (0 <= i < n) of the stream. Thread-safe (reads s only). */
void synth_record(const synth *s, size_t i, synth_rec *out);

/* Records in the stream: n + extra. */
size_t synth_size(const synth *s);

#endif
