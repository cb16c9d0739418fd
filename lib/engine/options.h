/* The engine options as typed values. aka_options is the public handle;
 * an engine keeps its own copy of the values. */
#ifndef AKA_ENGINE_OPTIONS_H
#define AKA_ENGINE_OPTIONS_H

#include "core/error.h"
#include "index/index.h"
#include "normalize/normalize.h"

#define AKA__PATH_MAX 4096
/* The longest unique_identifier_types, as stored (",a,b,"). */
#define AKA__UNIQUE_IDS_MAX 1024
/* The national numbers a person holds one of, by the names records give
 * their types (docs/options.md) */
#define AKA__DEFAULT_UNIQUE_IDS                                                    \
    "national_id,nid,nin,nic,cnic,nicop,ssn,sin,nino,pps,ppsn,bsn,personnummer,"   \
    "rut,curp,cpf,dni,nie,pesel,egn,jmbg,emso,oib,amka,codice_fiscale,aadhaar,"    \
    "tazkira,hkid,nric,mykad,iin,snils,nik,ktp,philsys,cedula,unhcr,unhcr_id,"     \
    "cnp,nrc,cin,cni,iqama,qid,civil_id,cpr,rrn,hetu,inn,rnokpp,rfc,dui,dpi,cui,"  \
    "nida,bvn,tin"

typedef struct aka__optvals {
    aka__norm_opts norm;
    double match_threshold;  /* probability at which two records merge */
    double review_threshold; /* probability of a possible match */
    unsigned max_block;      /* records per blocking key before it is capped */
    unsigned threads;        /* threads of bulk resolution */
    /* The journal (docs/engine.md, "Persistence"): its path, "" = none,
     * and how many acknowledged calls may go between two fsyncs (1 =
     * every call, the option value "always"). */
    char journal_path[AKA__PATH_MAX];
    unsigned journal_sync;
    /* entity ids the change log keeps (aka_engine_changes) */
    size_t change_log;
    /* The identifier types of which a person holds one (national numbers):
     * ",type,type," as identifier types are normalised, "" for none. Two
     * entities with different values of one such type conflict. */
    char unique_ids[AKA__UNIQUE_IDS_MAX];
} aka__optvals;

/* Whether the identifier type t[0..n) (normalised, without the country
 * that may open it) is one of v's unique_identifier_types. */
int aka__optvals_unique_id(const aka__optvals *v, const char *t, size_t n);

struct aka_options {
    aka__optvals v;
    aka__err err;
};

#define AKA__DEFAULT_MATCH 0.95
#define AKA__DEFAULT_REVIEW 0.5
#define AKA__DEFAULT_MAX_BLOCK AKA__INDEX_MAX_BLOCK_DEFAULT
#define AKA__MAX_THREADS 64

void aka__optvals_defaults(aka__optvals *v);

/* Set one option on a set of values (as aka_options_set, the values
 * unchanged on failure), and write the value of the i-th key exactly
 * (numbers round-trip). The snapshot stores options this way. */
aka_status aka__optvals_set(aka__optvals *v, const char *key,
                            const char *value, aka__err *err);
void aka__optvals_get(const aka__optvals *v, size_t i, char *out, size_t cap);

#define AKA__JOURNAL_SYNC_MAX 1000000u

/* The i-th option key, NULL past the last: lets tests check docs/options.md. */
const char *aka__options_key(size_t i);

#endif
