/* aka-resolve: resolve the records of a CSV file into entities with libaka.
 *
 *   aka-resolve [OPTIONS] [FILE.csv]      (stdin without FILE or with "-")
 *
 * Reads a header row whose column names say each column's feature kind,
 * loads every row as a record, and writes source,record_id,entity_id.
 * docs/cli.md is the manual; `aka-resolve --help` the summary.
 *
 * SPDX-License-Identifier: CC0-1.0 (copy freely into your own code) */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <aka.h>

#include "cli.h"
#include "decisions.h"
#include "state.h"
#include "csv.h"
#include "workers.h"

/* Column roles besides the feature kinds (which are > 0). */
#define COL_IGNORE 0
#define COL_SOURCE (-1)
#define COL_ID (-2)
#define COL_TRUTH (-3)

static const char *const usage_text =
    "usage: aka-resolve [OPTIONS] [FILE.csv]\n"
    "\n"
    "Resolve the records of a CSV file (stdin without FILE or with \"-\") into\n"
    "entities and write source,record_id,entity_id as CSV.\n"
    "\n"
    "The header row names each column's kind: name, given_name, family_name,\n"
    "date_of_birth (dob), gender, nationality, document (passport), phone, email,\n"
    "address, place_of_birth, identifier, plus source and record_id (id).\n"
    "Repeated columns (name,name or phone_2) are aliases or further values;\n"
    "other columns are ignored with a note.\n"
    "\n"
    "Input and output:\n"
    "  -o, --output FILE          write the entity CSV to FILE (default stdout)\n"
    "  --delimiter D              the input's field separator: , ; tab | or auto\n"
    "                             (default: the one the header holds most of)\n"
    "  --map COLUMN=KIND          read COLUMN as KIND (a kind above, source,\n"
    "                             record_id, or ignore); repeatable\n"
    "  --source NAME              source of every row when there is no source\n"
    "                             column (default: the file name without extension)\n"
    "  --possible-matches FILE    possible matches as JSON lines\n"
    "  --explain FILE             explanations of merges and possible matches as\n"
    "                             JSON lines\n"
    "  --truth COLUMN             COLUMN holds the true person; print B-cubed\n"
    "                             precision, recall and F1 in the summary\n"
    "  --report                   print a readable report (to stdout when --output\n"
    "                             is given, else to stderr)\n"
    "\n"
    "Keeping the entities between runs:\n"
    "  --state FILE               load the engine from FILE when it exists, add\n"
    "                             this input's records to it (a source and id it\n"
    "                             holds is replaced) and save it back: entity ids\n"
    "                             stay the same from run to run\n"
    "  --changes FILE             the entities this run created, changed or\n"
    "                             merged away, as JSON lines\n"
    "  --decisions FILE           analysts' decisions to apply after the records\n"
    "                             are resolved: CSV with source_a,record_id_a,\n"
    "                             source_b,record_id_b,decision (same, not_same\n"
    "                             or withdraw); kept in the state\n"
    "\n"
    "Engine options (docs/options.md):\n"
    "  --match-threshold P        --review-threshold P\n"
    "  --default-country CC       --threads N        --max-block N\n"
    "  --option KEY=VALUE         any option by its key; repeatable\n"
    "  --incremental              resolve each record as it is read instead of\n"
    "                             bulk loading (slower; the order then matters)\n"
    "  --rescore                  once the records are in, score every pair again\n"
    "                             and rebuild every entity (aka_engine_rescore):\n"
    "                             with --incremental or --state, entities that do\n"
    "                             not depend on the order the records came in\n"
    "\n"
    "Bad rows (wrong field count, invalid UTF-8, duplicate keys, broken\n"
    "quoting) are reported on stderr with their line numbers and skipped; an\n"
    "unreadable value is reported and dropped, and its row kept:\n"
    "  --strict                   stop at the first bad row or value instead\n"
    "                             (exit 1)\n"
    "  --skip-rows-with-bad-values  skip the row of an unreadable value too\n"
    "\n"
    "  --progress / --no-progress force the progress bar on or off (default: on\n"
    "                             when stderr is a terminal and the run is long)\n"
    "  -q, --quiet                no notes and no summary, only errors\n"
    "  -h, --help                 this text      --version   the versions\n"
    "\n"
    "Exit codes: 0 success (bad rows, if any, were skipped and counted,\n"
    "unreadable values dropped); 1 a bad row or value under --strict;\n"
    "2 usage error (options, header, mapping);\n"
    "3 input or output error; 4 libaka error (out of memory, internal).\n";

typedef struct opt_kv {
    const char *key, *value;
} opt_kv;

typedef struct args {
    const char *input, *output, *pm_file, *explain_file, *truth, *source;
    const char *state, *changes, *decisions;
    opt_kv *opts;
    size_t n_opts;
    size_t n_user_opts; /* of them, set on the command line */
    const char **maps;
    size_t n_maps;
    int strict, skip_bad_values, incremental, rescore, report, quiet, progress;
    int sep; /* the input's field separator; 0: found from the header */
} args;

/* ---- small helpers ------------------------------------------------------ */

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("aka-resolve: out of memory\n", stderr);
        exit(EXIT_LIBRARY);
    }
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- header mapping ------------------------------------------------------ */

static const struct {
    const char *name;
    int role;
} col_names[] = {
    {"name", AKA_NAME}, {"full_name", AKA_NAME}, {"alias", AKA_NAME},
    {"aka", AKA_NAME}, {"given_name", AKA_GIVEN_NAME},
    {"first_name", AKA_GIVEN_NAME}, {"forename", AKA_GIVEN_NAME},
    {"given", AKA_GIVEN_NAME}, {"family_name", AKA_FAMILY_NAME},
    {"last_name", AKA_FAMILY_NAME}, {"surname", AKA_FAMILY_NAME},
    {"family", AKA_FAMILY_NAME}, {"date_of_birth", AKA_DATE_OF_BIRTH},
    {"dob", AKA_DATE_OF_BIRTH}, {"birth_date", AKA_DATE_OF_BIRTH},
    {"birthdate", AKA_DATE_OF_BIRTH}, {"gender", AKA_GENDER},
    {"sex", AKA_GENDER}, {"nationality", AKA_NATIONALITY},
    {"citizenship", AKA_NATIONALITY}, {"document", AKA_DOCUMENT},
    {"passport", AKA_DOCUMENT}, {"passport_number", AKA_DOCUMENT},
    {"document_number", AKA_DOCUMENT}, {"phone", AKA_PHONE},
    {"telephone", AKA_PHONE}, {"mobile", AKA_PHONE}, {"tel", AKA_PHONE},
    {"email", AKA_EMAIL}, {"e_mail", AKA_EMAIL}, {"address", AKA_ADDRESS},
    {"place_of_birth", AKA_PLACE_OF_BIRTH}, {"birthplace", AKA_PLACE_OF_BIRTH},
    {"pob", AKA_PLACE_OF_BIRTH}, {"identifier", AKA_IDENTIFIER},
    /* the names case-management exports give these columns too */
    {"other_name", AKA_NAME}, {"nickname", AKA_NAME},
    {"birthday", AKA_DATE_OF_BIRTH}, {"date_birth", AKA_DATE_OF_BIRTH},
    {"passport_no", AKA_DOCUMENT}, {"document_no", AKA_DOCUMENT},
    {"travel_document", AKA_DOCUMENT}, {"phone_number", AKA_PHONE},
    {"mobile_phone", AKA_PHONE}, {"cell", AKA_PHONE}, {"cellphone", AKA_PHONE},
    {"whatsapp", AKA_PHONE}, {"viber", AKA_PHONE}, {"telegram", AKA_PHONE},
    {"mail", AKA_EMAIL}, {"email_address", AKA_EMAIL},
    {"e_mail_address", AKA_EMAIL},
    {"given_names", AKA_GIVEN_NAME}, {"first_names", AKA_GIVEN_NAME},
    {"surnames", AKA_FAMILY_NAME}, {"last_names", AKA_FAMILY_NAME},
    {"other_names", AKA_NAME}, {"aliases", AKA_NAME},
    {"passport_nr", AKA_DOCUMENT}, {"passport_num", AKA_DOCUMENT},
    {"id_number", AKA_DOCUMENT}, {"id_no", AKA_DOCUMENT},
    {"id_card", AKA_DOCUMENT}, {"id_card_number", AKA_DOCUMENT},
    {"national_id", AKA_DOCUMENT}, {"national_id_number", AKA_DOCUMENT},
    {"identity_card", AKA_DOCUMENT}, {"mobile_number", AKA_PHONE},
    /* French, Spanish, Portuguese and German exports */
    {"nom", AKA_FAMILY_NAME}, {"prenom", AKA_GIVEN_NAME},
    {"pr\u00e9nom", AKA_GIVEN_NAME}, {"nom_complet", AKA_NAME},
    {"date_de_naissance", AKA_DATE_OF_BIRTH}, {"nationalite", AKA_NATIONALITY},
    {"nationalit\u00e9", AKA_NATIONALITY}, {"sexe", AKA_GENDER},
    {"t\u00e9l\u00e9phone", AKA_PHONE},
    {"adresse", AKA_ADDRESS}, {"lieu_de_naissance", AKA_PLACE_OF_BIRTH},
    {"passeport", AKA_DOCUMENT}, {"nombre", AKA_GIVEN_NAME},
    {"apellido", AKA_FAMILY_NAME}, {"apellidos", AKA_FAMILY_NAME},
    {"nombre_completo", AKA_NAME}, {"fecha_de_nacimiento", AKA_DATE_OF_BIRTH},
    {"nacionalidad", AKA_NATIONALITY}, {"sexo", AKA_GENDER},
    {"tel\u00e9fono", AKA_PHONE}, {"telefono", AKA_PHONE},
    {"direcci\u00f3n", AKA_ADDRESS}, {"direccion", AKA_ADDRESS},
    {"lugar_de_nacimiento", AKA_PLACE_OF_BIRTH}, {"pasaporte", AKA_DOCUMENT},
    {"nome", AKA_GIVEN_NAME}, {"sobrenome", AKA_FAMILY_NAME},
    {"data_de_nascimento", AKA_DATE_OF_BIRTH}, {"nacionalidade", AKA_NATIONALITY},
    {"passaporte", AKA_DOCUMENT}, {"vorname", AKA_GIVEN_NAME},
    {"nachname", AKA_FAMILY_NAME}, {"familienname", AKA_FAMILY_NAME},
    {"geburtsdatum", AKA_DATE_OF_BIRTH}, {"staatsangeh\u00f6rigkeit", AKA_NATIONALITY},
    {"geschlecht", AKA_GENDER}, {"reisepass", AKA_DOCUMENT},
    {"geburtsort", AKA_PLACE_OF_BIRTH}, {"anschrift", AKA_ADDRESS},
    {"source", COL_SOURCE}, {"record_id", COL_ID}, {"id", COL_ID},
    {"ignore", COL_IGNORE},
};

/* A header name folded for lookup: ASCII lower case, a qualifier in
 * parentheses or brackets dropped ("Full Name (Cyrillic)", "Date of Birth
 * [dd.mm.yyyy]"), every run of ASCII characters other than letters and
 * digits one underscore, none at either end ("Passport No.", "E-mail:"),
 * and a numeric suffix ("phone 2", "name_3", "email.1") cut, so that
 * repeated columns may be told apart in the file. */
static void fold_header(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    int depth = 0, gap = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        char c = s[i];
        if (c == '(' || c == '[') {
            depth++;
            gap = 1;
            continue;
        }
        if ((c == ')' || c == ']') && depth > 0) {
            depth--;
            continue;
        }
        if (depth > 0)
            continue;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        int word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   (unsigned char)c >= 0x80;
        if (!word && c != '.') {
            gap = 1;
            continue;
        }
        if (gap && k > 0 && k + 2 < cap)
            out[k++] = '_';
        gap = 0;
        out[k++] = c;
    }
    /* ("No." keeps no dot: a dot before a digit marks a suffix) */
    while (k > 0 && out[k - 1] == '.')
        k--;
    out[k] = '\0';
    size_t e = k;
    while (e > 0 && out[e - 1] >= '0' && out[e - 1] <= '9')
        e--;
    if (e < k && e > 0) {
        while (e > 0 && (out[e - 1] == '_' || out[e - 1] == '.'))
            e--;
        if (e > 0)
            out[e] = '\0';
    }
}

/* The role a folded name stands for; 1 when known. */
static int role_of(const char *folded, int *role)
{
    for (size_t i = 0; i < sizeof col_names / sizeof col_names[0]; i++)
        if (strcmp(col_names[i].name, folded) == 0) {
            *role = col_names[i].role;
            return 1;
        }
    return 0;
}

static const char *role_name(int role)
{
    static const char *const kinds[] = {
        "ignored", "name", "given_name", "family_name", "date_of_birth",
        "gender", "nationality", "document", "phone", "email", "address",
        "place_of_birth", "identifier"};
    switch (role) {
    case COL_SOURCE: return "source";
    case COL_ID: return "record_id";
    case COL_TRUTH: return "truth";
    default: return role >= 0 && role <= 12 ? kinds[role] : "?";
    }
}

/* Roles of every header column; 0, or EXIT_USAGE after a message. */
static int map_header(const args *a, const csv_row *h, int *role, int quiet)
{
    char folded[128];
    int kinds = 0;
    for (size_t c = 0; c < h->n; c++) {
        if (!csv_utf8_valid(h->f[c].p, h->f[c].len)) {
            fprintf(stderr, "aka-resolve: header column %zu is not valid UTF-8\n",
                    c + 1);
            return EXIT_USAGE;
        }
        role[c] = COL_IGNORE;
        int mapped = 0;
        /* --map first, by the column's exact (trimmed) name; the last
         * --map of a column wins. */
        for (size_t m = 0; m < a->n_maps; m++) {
            const char *eq = strrchr(a->maps[m], '=');
            size_t nl = (size_t)(eq - a->maps[m]);
            if (nl == h->f[c].len && memcmp(a->maps[m], h->f[c].p, nl) == 0) {
                char kf[64];
                fold_header(eq + 1, strlen(eq + 1), kf, sizeof kf);
                if (!role_of(kf, &role[c])) {
                    fprintf(stderr, "aka-resolve: --map: unknown kind for column "
                                    "%zu (see --help for the kinds)\n", c + 1);
                    return EXIT_USAGE;
                }
                mapped = 1;
            }
        }
        if (a->truth && strlen(a->truth) == h->f[c].len &&
            memcmp(a->truth, h->f[c].p, h->f[c].len) == 0) {
            role[c] = COL_TRUTH;
            mapped = 1;
        }
        if (!mapped) {
            fold_header(h->f[c].p, h->f[c].len, folded, sizeof folded);
            /* The header is not quoted: a file without a header row has a
             * person's values in its first row. */
            if (!role_of(folded, &role[c]) && !quiet)
                fprintf(stderr, "aka-resolve: note: column %zu of the header has "
                                "no known kind and is ignored (--map COLUMN=KIND)\n",
                        c + 1);
        }
        if (role[c] > 0)
            kinds++;
    }
    for (size_t m = 0; m < a->n_maps; m++) {
        const char *eq = strrchr(a->maps[m], '=');
        size_t nl = (size_t)(eq - a->maps[m]), c;
        for (c = 0; c < h->n; c++)
            if (nl == h->f[c].len && memcmp(a->maps[m], h->f[c].p, nl) == 0)
                break;
        if (c == h->n) {
            fprintf(stderr, "aka-resolve: --map names a column the header does "
                            "not have (argument %zu of --map)\n", m + 1);
            return EXIT_USAGE;
        }
    }
    if (a->truth) {
        size_t c;
        for (c = 0; c < h->n && role[c] != COL_TRUTH; c++)
            ;
        if (c == h->n) {
            fputs("aka-resolve: --truth names a column the header does not have\n",
                  stderr);
            return EXIT_USAGE;
        }
    }
    if (kinds == 0) {
        fputs("aka-resolve: no column of the header is a feature kind (name, "
              "date_of_birth, ...); see --help, or use --map or --delimiter\n",
              stderr);
        return EXIT_USAGE;
    }
    return 0;
}

/* ---- record keys: a hash set to catch duplicate (source, record_id) ------ */

/* A slot whose record never reached the engine: lookups step over it. */
#define KEY_TOMB ((size_t)-1)

typedef struct keyset {
    size_t *slot; /* rec index + 1; 0 = empty; KEY_TOMB = removed */
    size_t cap, n;
} keyset;

static uint64_t key_hash(const char *s, const char *id)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    h = (h ^ 0xFF) * 0x100000001b3ull; /* separator no key byte can be */
    for (; *id; id++)
        h = (h ^ (unsigned char)*id) * 0x100000001b3ull;
    return h;
}

/* The index of a record with this key, or (size_t)-1 after inserting idx. */
static size_t keyset_add(keyset *k, const cli_rec *rec, size_t idx)
{
    if (2 * (k->n + 1) > k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 1024;
        size_t *slot = calloc(cap, sizeof *slot);
        if (!slot) {
            fputs("aka-resolve: out of memory\n", stderr);
            exit(EXIT_LIBRARY);
        }
        for (size_t i = 0; i < k->cap; i++) {
            if (!k->slot[i] || k->slot[i] == KEY_TOMB)
                continue;
            const cli_rec *r = &rec[k->slot[i] - 1];
            size_t j = key_hash(r->source, r->id) & (cap - 1);
            while (slot[j])
                j = (j + 1) & (cap - 1);
            slot[j] = k->slot[i];
        }
        free(k->slot);
        k->slot = slot;
        k->cap = cap;
    }
    const cli_rec *r = &rec[idx];
    size_t j = key_hash(r->source, r->id) & (k->cap - 1);
    while (k->slot[j]) {
        if (k->slot[j] != KEY_TOMB) {
            const cli_rec *o = &rec[k->slot[j] - 1];
            if (strcmp(o->source, r->source) == 0 && strcmp(o->id, r->id) == 0)
                return k->slot[j] - 1;
        }
        j = (j + 1) & (k->cap - 1);
    }
    k->slot[j] = idx + 1;
    k->n++;
    return (size_t)-1;
}

/* Forget record idx (it failed to load, and its slot in rec[] is reused). */
static void keyset_drop(keyset *k, const cli_rec *rec, size_t idx)
{
    size_t j = key_hash(rec[idx].source, rec[idx].id) & (k->cap - 1);
    while (k->slot[j] && k->slot[j] != idx + 1)
        j = (j + 1) & (k->cap - 1);
    if (k->slot[j] == idx + 1)
        k->slot[j] = KEY_TOMB;
}

/* ---- progress bar --------------------------------------------------------- */

typedef struct progress {
    int on;          /* -1 auto, 0 off, 1 forced */
    int tty;
    int shown;
    double start, last;
    uint64_t total;  /* input bytes, 0 when unknown */
} progress;

static void progress_tick(progress *p, uint64_t done, uint64_t rows, int force)
{
    if (p->on == 0)
        return;
    double t = now_sec();
    /* Only long runs get a bar (auto mode waits half a second), and it is
     * redrawn at most ten times a second. */
    if (p->on < 0 && (!p->tty || t - p->start < 0.5))
        return;
    if (!force && t - p->last < 0.1)
        return;
    p->last = t;
    p->shown = 1;
    if (p->total) {
        int pct = (int)(done * 100 / p->total);
        int fill = pct * 30 / 100;
        fprintf(stderr, "\raka-resolve: reading [%.*s%*s] %3d%%  %llu rows",
                fill, "##############################", 30 - fill, "", pct,
                (unsigned long long)rows);
    } else {
        fprintf(stderr, "\raka-resolve: reading  %llu rows",
                (unsigned long long)rows);
    }
    fflush(stderr);
}

static void progress_line(progress *p, const char *what)
{
    if (!p->shown)
        return;
    fprintf(stderr, "\raka-resolve: %-60s", what);
    fflush(stderr);
}

static void progress_end(progress *p)
{
    if (p->shown)
        fprintf(stderr, "\r%72s\r", "");
}

/* ---- command line ---------------------------------------------------------- */

static int usage_error(const char *what)
{
    fprintf(stderr, "aka-resolve: %s\nTry 'aka-resolve --help'.\n", what);
    return EXIT_USAGE;
}

/* 0, or an exit code (-1: --help or --version printed). */
static int parse_args(int argc, char **argv, args *a)
{
    static const struct {
        const char *flag, *key;
    } engine_flags[] = {
        {"--match-threshold", "match_threshold"},
        {"--review-threshold", "review_threshold"},
        {"--default-country", "default_country"},
        {"--threads", "threads"},
        {"--max-block", "max_block"},
    };
    memset(a, 0, sizeof *a);
    a->progress = -1;
    /* A record keeps what can be read of it: one mistyped date does not
     * cost the person's name, passport and phone. */
    a->skip_bad_values = 1;
    a->opts = xmalloc(((size_t)argc + 1) * sizeof *a->opts);
    a->maps = xmalloc((size_t)argc * sizeof *a->maps);
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        const char *val = NULL;
        /* --flag=value as well as --flag value. */
        char flag[64];
        const char *eq = strncmp(s, "--", 2) == 0 ? strchr(s, '=') : NULL;
        if (eq && (size_t)(eq - s) < sizeof flag) {
            memcpy(flag, s, (size_t)(eq - s));
            flag[eq - s] = '\0';
            val = eq + 1;
            s = flag;
        }
#define TAKE()                                                                \
    do {                                                                      \
        if (!val) {                                                           \
            if (i + 1 >= argc)                                                \
                return usage_error("an option is missing its value");        \
            val = argv[++i];                                                  \
        }                                                                     \
    } while (0)
        if (!strcmp(s, "-h") || !strcmp(s, "--help")) {
            fputs(usage_text, stdout);
            return -1;
        } else if (!strcmp(s, "--version")) {
            printf("aka-resolve (libaka %s, headers %s)\n", aka_version_string(),
                   AKA_VERSION_STRING);
            return -1;
        } else if (!strcmp(s, "-o") || !strcmp(s, "--output")) {
            TAKE();
            a->output = val;
        } else if (!strcmp(s, "--delimiter")) {
            TAKE();
            if (!strcmp(val, "auto"))
                a->sep = 0;
            else if (!strcmp(val, "tab") || !strcmp(val, "\\t") || !strcmp(val, "\t"))
                a->sep = '\t';
            else if (strlen(val) == 1 && strchr(",;|", val[0]))
                a->sep = val[0];
            else
                return usage_error("--delimiter takes , ; tab | or auto");
        } else if (!strcmp(s, "--map")) {
            TAKE();
            const char *e2 = strrchr(val, '=');
            if (!e2 || e2 == val || !e2[1])
                return usage_error("--map takes COLUMN=KIND");
            a->maps[a->n_maps++] = val;
        } else if (!strcmp(s, "--source")) {
            TAKE();
            if (!*val)
                return usage_error("--source needs a non-empty name");
            a->source = val;
        } else if (!strcmp(s, "--possible-matches")) {
            TAKE();
            a->pm_file = val;
        } else if (!strcmp(s, "--explain")) {
            TAKE();
            a->explain_file = val;
        } else if (!strcmp(s, "--truth")) {
            TAKE();
            a->truth = val;
        } else if (!strcmp(s, "--state")) {
            TAKE();
            if (!*val)
                return usage_error("--state needs a file name");
            a->state = val;
        } else if (!strcmp(s, "--changes")) {
            TAKE();
            a->changes = val;
        } else if (!strcmp(s, "--decisions")) {
            TAKE();
            a->decisions = val;
        } else if (!strcmp(s, "--option")) {
            TAKE();
            const char *e2 = strchr(val, '=');
            if (!e2 || e2 == val)
                return usage_error("--option takes KEY=VALUE");
            a->opts[a->n_opts].key = xstrndup(val, (size_t)(e2 - val));
            a->opts[a->n_opts++].value = e2 + 1;
        } else if (!strcmp(s, "--report")) {
            a->report = 1;
        } else if (!strcmp(s, "--strict")) {
            a->strict = 1;
        } else if (!strcmp(s, "--skip-bad-values")) {
            a->skip_bad_values = 1; /* the default since 0.2.0 */
        } else if (!strcmp(s, "--skip-rows-with-bad-values")) {
            a->skip_bad_values = 0;
        } else if (!strcmp(s, "--incremental")) {
            a->incremental = 1;
        } else if (!strcmp(s, "--rescore")) {
            a->rescore = 1;
        } else if (!strcmp(s, "--progress")) {
            a->progress = 1;
        } else if (!strcmp(s, "--no-progress")) {
            a->progress = 0;
        } else if (!strcmp(s, "-q") || !strcmp(s, "--quiet")) {
            a->quiet = 1;
        } else if (s[0] == '-' && s[1] != '\0') {
            size_t k;
            for (k = 0; k < sizeof engine_flags / sizeof engine_flags[0]; k++)
                if (!strcmp(s, engine_flags[k].flag))
                    break;
            if (k == sizeof engine_flags / sizeof engine_flags[0])
                return usage_error("unknown option");
            TAKE();
            a->opts[a->n_opts].key = xstrndup(engine_flags[k].key,
                                               strlen(engine_flags[k].key));
            a->opts[a->n_opts++].value = val;
        } else {
            if (val)
                return usage_error("unknown option");
            if (a->input)
                return usage_error("more than one input file");
            a->input = s;
        }
#undef TAKE
    }
    if (a->quiet && a->progress < 0)
        a->progress = 0;
    a->n_user_opts = a->n_opts;
    /* A run's changes, a bulk load's above all (about two entity ids a
     * record), must all be kept until they are written: the log grows as
     * it fills, so the largest costs memory only when used. First, so
     * that a --option change_log given wins. */
    if (a->changes || a->state) {
        memmove(a->opts + 1, a->opts, a->n_opts * sizeof *a->opts);
        a->opts[0].key = xstrndup("change_log", 10);
        a->opts[0].value = "100000000";
        a->n_opts++;
    }
    return 0;
}

/* The default source: the input file's name without directory and
 * extension, "stdin" for standard input. */
static char *default_source(const char *input)
{
    if (!input || !strcmp(input, "-"))
        return xstrndup("stdin", 5);
    const char *b = strrchr(input, '/');
    b = b ? b + 1 : input;
    const char *dot = strrchr(b, '.');
    size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
    return n ? xstrndup(b, n) : xstrndup("input", 5);
}

/* ---- the run -------------------------------------------------------------- */

typedef struct loader {
    const args *a;
    cli_run *run;
    const int *role;
    size_t ncol;
    char *def_source;
    keyset keys;
    int exit_code; /* set by a --strict bad row or a library failure */
} loader;

/* Report a bad row; under --strict it ends the run. */
static void bad_row(loader *L, uint64_t line, const char *why, size_t col)
{
    L->run->bad_rows++;
    fprintf(stderr, "aka-resolve: line %llu: ", (unsigned long long)line);
    if (col)
        fprintf(stderr, "column %zu (%s): ", col, role_name(L->role[col - 1]));
    fputs(why, stderr);
    fputs(L->a->strict ? "\n" : "; row skipped\n", stderr);
    if (L->a->strict)
        L->exit_code = EXIT_BAD_ROWS;
}

static void add_display_name(cli_rec *rec, int role, const char *v, size_t n,
                             char **given, char **family)
{
    if (role == AKA_NAME && !rec->name)
        rec->name = xstrndup(v, n);
    else if (role == AKA_GIVEN_NAME && !*given)
        *given = xstrndup(v, n);
    else if (role == AKA_FAMILY_NAME && !*family)
        *family = xstrndup(v, n);
}

/* ---- loading rows ---------------------------------------------------------
 *
 * Rows are loaded a batch at a time: copied out of the reader (which reuses
 * its buffer), their records built on the worker threads (aka_record_add
 * is where values are read, most of the cost), then loaded one after
 * another in input order. Messages, keys and the engine see the rows as if
 * they had been read one by one. */

#define LOAD_BATCH 1024

/* What building a record found about one value, replayed in order. */
enum { EV_DROPPED = 1, EV_BAD, EV_NOMEM };

typedef struct val_event {
    int kind;
    size_t col;  /* 1-based */
    char *msg;   /* the record's message, or NULL */
} val_event;

typedef struct staged {
    uint64_t line;
    const char *bad; /* the reader's verdict on the row, or NULL */
    size_t n;        /* fields */
    csv_field *f;    /* into buf */
    char *buf;
    aka_record *r;   /* built by build_row */
    unsigned char *ok; /* by field: value added to r */
    val_event *ev;
    size_t nev;
    int stopped;     /* building stopped at the last event */
} staged;

typedef struct batch {
    staged row[LOAD_BATCH];
    size_t n;
    loader *L;
} batch;

static void staged_clear(staged *s)
{
    for (size_t i = 0; i < s->nev; i++)
        free(s->ev[i].msg);
    free(s->ev);
    free(s->f);
    free(s->buf);
    free(s->ok);
    s->ev = NULL;
    s->nev = 0;
    s->f = NULL;
    s->buf = NULL;
    s->ok = NULL;
}

/* Copy a row out of the reader. */
static void stage_row(staged *s, const csv_row *row)
{
    size_t total = 0;
    for (size_t c = 0; c < row->n; c++)
        total += row->f[c].len;
    s->line = row->line;
    s->bad = row->bad;
    s->n = row->n;
    s->f = xmalloc(row->n * sizeof *s->f);
    s->buf = xmalloc(total);
    s->ok = xmalloc(row->n);
    s->ev = NULL;
    s->nev = 0;
    s->stopped = 0;
    size_t at = 0;
    for (size_t c = 0; c < row->n; c++) {
        memcpy(s->buf + at, row->f[c].p, row->f[c].len);
        s->f[c] = (csv_field){s->buf + at, row->f[c].len};
        s->ok[c] = 0;
        at += row->f[c].len;
    }
}

static void add_event(staged *s, int kind, size_t col, const char *msg)
{
    val_event *e = realloc(s->ev, (s->nev + 1) * sizeof *e);
    if (!e) {
        fputs("aka-resolve: out of memory\n", stderr);
        exit(EXIT_LIBRARY);
    }
    s->ev = e;
    s->ev[s->nev++] = (val_event){kind, col, msg ? xstrndup(msg, strlen(msg)) : NULL};
}

/* The row's verdict before its values are read: NULL, or why it is bad
 * (and in which column, 1-based, or 0). */
static const char *row_check(const loader *L, const staged *s, size_t *col,
                             char *msg, size_t cap)
{
    *col = 0;
    if (s->bad)
        return s->bad;
    if (s->n != L->ncol) {
        snprintf(msg, cap, "%zu fields where the header has %zu", s->n, L->ncol);
        return msg;
    }
    for (size_t c = 0; c < s->n; c++)
        if (L->role[c] != COL_IGNORE && !csv_utf8_valid(s->f[c].p, s->f[c].len)) {
            *col = c + 1;
            return "invalid UTF-8 (or a NUL byte)";
        }
    return NULL;
}

/* A value without its surrounding blanks; an empty cell is a missing
 * value, not an unreadable one. */
static void trim(const char **v, size_t *n)
{
    while (*n && (**v == ' ' || **v == '\t')) {
        (*v)++;
        (*n)--;
    }
    while (*n && ((*v)[*n - 1] == ' ' || (*v)[*n - 1] == '\t'))
        (*n)--;
}

/* Read a staged row's values into its record (on a worker thread: it
 * touches nothing but the row). */
static void build_row(const loader *L, staged *s)
{
    aka_record_clear(s->r);
    char msg[96];
    size_t col;
    if (row_check(L, s, &col, msg, sizeof msg))
        return;
    for (size_t c = 0; c < s->n; c++) {
        int role = L->role[c];
        if (role <= 0)
            continue;
        const char *v = s->f[c].p;
        size_t n = s->f[c].len;
        trim(&v, &n);
        if (!n)
            continue;
        aka_status st = aka_record_add(s->r, role, v, n);
        if (st == AKA_OK) {
            s->ok[c] = 1;
        } else if (st == AKA_ERR_NOMEM) {
            add_event(s, EV_NOMEM, c + 1, NULL);
            s->stopped = 1;
            return;
        } else if (L->a->skip_bad_values && !L->a->strict) {
            add_event(s, EV_DROPPED, c + 1, aka_record_errmsg(s->r));
        } else {
            add_event(s, EV_BAD, c + 1, aka_record_errmsg(s->r));
            s->stopped = 1;
            return;
        }
    }
}

static void build_part(void *ctx, unsigned part, unsigned parts)
{
    batch *b = ctx;
    for (size_t i = part; i < b->n; i += parts)
        build_row(b->L, &b->row[i]);
}

/* Load one built row in input order; sets L->exit_code to stop. */
static void load_row(loader *L, staged *s)
{
    cli_run *run = L->run;
    run->rows++;
    char msg[96];
    size_t col;
    const char *why = row_check(L, s, &col, msg, sizeof msg);
    if (why) {
        bad_row(L, s->line, why, col);
        return;
    }
    /* The values' messages, in column order, as they were found. */
    for (size_t i = 0; i < s->nev; i++) {
        const val_event *e = &s->ev[i];
        if (e->kind == EV_NOMEM) {
            fputs("aka-resolve: out of memory\n", stderr);
            L->exit_code = EXIT_LIBRARY;
        } else if (e->kind == EV_DROPPED) {
            run->dropped_values++;
            fprintf(stderr, "aka-resolve: line %llu: column %zu (%s): %s; value "
                            "dropped\n", (unsigned long long)s->line, e->col,
                    role_name(L->role[e->col - 1]), e->msg ? e->msg : "");
        } else {
            bad_row(L, s->line, e->msg ? e->msg : "", e->col);
        }
    }
    if (s->stopped)
        return;

    cli_rec rec = {0};
    rec.line = s->line;
    char *given = NULL, *family = NULL;
    for (size_t c = 0; c < s->n; c++) {
        const char *v = s->f[c].p;
        size_t n = s->f[c].len;
        int role = L->role[c];
        if (role == COL_SOURCE && n && !rec.source)
            rec.source = xstrndup(v, n);
        else if (role == COL_ID && n && !rec.id)
            rec.id = xstrndup(v, n);
        else if (role == COL_TRUTH && !rec.truth)
            rec.truth = xstrndup(v, n);
        if (role <= 0 || !s->ok[c])
            continue;
        trim(&v, &n);
        add_display_name(&rec, role, v, n, &given, &family);
    }
    int ok = 1;
    if (!rec.name && (given || family)) {
        size_t gl = given ? strlen(given) : 0, fl = family ? strlen(family) : 0;
        rec.name = xmalloc(gl + fl + 2);
        snprintf(rec.name, gl + fl + 2, "%s%s%s", given ? given : "",
                 given && family ? " " : "", family ? family : "");
    }
    free(given);
    free(family);
    if (!rec.source)
        rec.source = xstrndup(L->def_source, strlen(L->def_source));
    if (!rec.id) {
        int has_id_col = 0;
        for (size_t c = 0; c < L->ncol; c++)
            has_id_col |= L->role[c] == COL_ID;
        if (has_id_col) {
            bad_row(L, s->line, "empty record id", 0);
            ok = 0;
        } else {
            /* Without an id column a row is known by its number. */
            char num[32];
            snprintf(num, sizeof num, "%llu", (unsigned long long)run->rows);
            rec.id = xstrndup(num, strlen(num));
        }
    }
    if (ok) {
        if (run->n == run->cap) {
            run->cap = run->cap ? run->cap * 2 : 1024;
            cli_rec *g = realloc(run->rec, run->cap * sizeof *g);
            if (!g) {
                fputs("aka-resolve: out of memory\n", stderr);
                exit(EXIT_LIBRARY);
            }
            run->rec = g;
        }
        run->rec[run->n] = rec;
        size_t dup = keyset_add(&L->keys, run->rec, run->n);
        if (dup != (size_t)-1) {
            char dmsg[80];
            snprintf(dmsg, sizeof dmsg, "duplicate source and record id (first on "
                     "line %llu)", (unsigned long long)run->rec[dup].line);
            bad_row(L, s->line, dmsg, 0);
            ok = 0;
        }
    }
    if (ok) {
        aka_status st = aka_engine_add(run->e, rec.source, strlen(rec.source),
                                       rec.id, strlen(rec.id), s->r, NULL);
        if (st == AKA_OK) {
            run->n++;
            return;
        }
        if (st == AKA_ERR_NOMEM || st == AKA_ERR_INTERNAL) {
            fprintf(stderr, "aka-resolve: line %llu: libaka: %s\n",
                    (unsigned long long)s->line, aka_engine_errmsg(run->e));
            L->exit_code = EXIT_LIBRARY;
        } else {
            bad_row(L, s->line, aka_engine_errmsg(run->e), 0);
        }
        /* A failed row's key is free again: a later row may hold it. */
        keyset_drop(&L->keys, run->rec, run->n);
    }
    free(rec.source);
    free(rec.id);
    free(rec.truth);
    free(rec.name);
}

/* Build the batch's records on the workers, then load them in order until
 * one stops the run. */
static void load_batch(loader *L, batch *b, workers *w)
{
    workers_run(w, build_part, b);
    for (size_t i = 0; i < b->n; i++) {
        if (!L->exit_code)
            load_row(L, &b->row[i]);
        staged_clear(&b->row[i]);
    }
    b->n = 0;
}

/* RFC 4180 quoting for an output field. */
static void csv_put(FILE *f, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static FILE *open_out(const char *path, const char *what)
{
    FILE *f = fopen(path, "w");
    if (!f)
        fprintf(stderr, "aka-resolve: cannot open the %s file for writing: %s\n",
                what, strerror(errno));
    return f;
}

/* Close an output, reporting a failed write; 0 or EXIT_IO. */
static int close_out(FILE *f, const char *what)
{
    int bad = ferror(f);
    if (f != stdout)
        bad |= fclose(f) != 0;
    else
        bad |= fflush(f) != 0;
    if (bad) {
        fprintf(stderr, "aka-resolve: writing the %s failed\n", what);
        return EXIT_IO;
    }
    return 0;
}

static void free_run(cli_run *run)
{
    for (size_t i = 0; i < run->n; i++) {
        free(run->rec[i].source);
        free(run->rec[i].id);
        free(run->rec[i].truth);
        free(run->rec[i].name);
    }
    free(run->rec);
    aka_engine_free(run->e);
}

/* Everything after loading: entity ids, the output files, summary and
 * report. 0 or an exit code. */
static int finish(const args *a, cli_run *run)
{
    for (size_t i = 0; i < run->n; i++) {
        cli_rec *r = &run->rec[i];
        if (aka_engine_entity_of(run->e, r->source, strlen(r->source), r->id,
                                 strlen(r->id), &r->entity) != AKA_OK) {
            fprintf(stderr, "aka-resolve: libaka: %s\n", aka_engine_errmsg(run->e));
            return EXIT_LIBRARY;
        }
    }

    /* The entity CSV, in input order. */
    int code, to_file = a->output && strcmp(a->output, "-");
    FILE *out = to_file ? open_out(a->output, "output") : stdout;
    if (!out)
        return EXIT_IO;
    fputs("source,record_id,entity_id\n", out);
    for (size_t i = 0; i < run->n; i++) {
        csv_put(out, run->rec[i].source);
        fputc(',', out);
        csv_put(out, run->rec[i].id);
        fprintf(out, ",%llu\n", (unsigned long long)run->rec[i].entity);
    }
    if ((code = close_out(out, "output")) != 0)
        return code;

    if (a->pm_file) {
        FILE *f = open_out(a->pm_file, "possible matches");
        if (!f)
            return EXIT_IO;
        code = cli_write_possible_matches(run, f);
        int c2 = close_out(f, "possible matches");
        if (code || c2)
            return code ? code : c2;
    }
    if (a->explain_file) {
        FILE *f = open_out(a->explain_file, "explanations");
        if (!f)
            return EXIT_IO;
        code = cli_write_explanations(run, f);
        int c2 = close_out(f, "explanations");
        if (code || c2)
            return code ? code : c2;
    }

    if (!a->quiet) {
        size_t ng = 0;
        cli_group *g = cli_groups(run, &ng);
        fprintf(stderr, "aka-resolve: %llu rows, %zu records in %zu entities; "
                        "%llu bad rows skipped",
                (unsigned long long)run->rows, run->n, ng,
                (unsigned long long)run->bad_rows);
        if (run->dropped_values)
            fprintf(stderr, ", %llu values dropped",
                    (unsigned long long)run->dropped_values);
        fprintf(stderr, "; %.2f s\n", run->seconds);
        cli_groups_free(g);
        if (a->truth) {
            double p, r, f1;
            size_t people = cli_bcubed(run, &p, &r, &f1);
            fprintf(stderr, "aka-resolve: against the truth column: %zu people; "
                            "B-cubed precision %.4f, recall %.4f, F1 %.4f\n",
                    people, p, r, f1);
        }
    }
    if (a->report) {
        FILE *rf = to_file ? stdout : stderr;
        if ((code = cli_report(run, rf)) != 0)
            return code;
        if (fflush(rf) != 0)
            return EXIT_IO;
    }
    return 0;
}

/* The engine's `threads` option as the command line set it (the last
 * setting wins, as when options are applied in order), at least 1. */
static unsigned reading_threads(const args *a)
{
    unsigned t = 1;
    for (size_t i = 0; i < a->n_opts; i++)
        if (strcmp(a->opts[i].key, "threads") == 0) {
            char *end;
            unsigned long v = strtoul(a->opts[i].value, &end, 10);
            t = *end == '\0' && v >= 1 && v <= 64 ? (unsigned)v : 1;
        }
    return t;
}

static int run_main(const args *a)
{
    double t0 = now_sec();
    cli_run run = {0};
    loader L = {0};
    csv_reader *cr = NULL;
    int *role = NULL;
    batch *bt = NULL;
    workers *wk = NULL;
    int code = 0;
    run.truth_col = a->truth;
    run.input_name = a->input && strcmp(a->input, "-") ? a->input : "stdin";
    L.a = a;
    L.run = &run;

    FILE *in = stdin;
    progress prog = {a->progress, isatty(2), 0, t0, 0, 0};
    if (a->input && strcmp(a->input, "-")) {
        in = fopen(a->input, "rb");
        if (!in) {
            fprintf(stderr, "aka-resolve: cannot open the input file: %s\n",
                    strerror(errno));
            return EXIT_IO;
        }
    }
    struct stat sb;
    if (fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode))
        prog.total = (uint64_t)sb.st_size;

    /* The engine, with every option applied in command-line order. */
    aka_options *o = NULL;
    if (aka_options_new(&o) != AKA_OK) {
        code = EXIT_LIBRARY;
        fputs("aka-resolve: out of memory\n", stderr);
        goto done;
    }
    for (size_t i = 0; i < a->n_opts && !code; i++)
        if (aka_options_set(o, a->opts[i].key, a->opts[i].value) != AKA_OK) {
            fprintf(stderr, "aka-resolve: %s\n", aka_options_errmsg(o));
            code = EXIT_USAGE;
        }
    if (!code && a->state)
        /* the state's own options unless the command line sets some */
        code = cli_state_load(a->state, a->n_user_opts ? o : NULL, &run.e);
    int loaded = run.e != NULL;
    /* (a new state's engine has the options a run sets, change_log too) */
    aka_status st = code || loaded ? AKA_OK : aka_engine_new(o, &run.e);
    aka_options_free(o);
    if (code)
        goto done;
    if (st != AKA_OK) {
        fprintf(stderr, "aka-resolve: cannot create the engine: %s\n",
                aka_status_str(st));
        code = EXIT_LIBRARY;
        goto done;
    }
    cli_mark mark;
    cli_mark_now(run.e, &mark);
    if (loaded && !a->quiet)
        fprintf(stderr, "aka-resolve: state %s: %llu records\n", a->state,
                mark.records);

    cr = csv_open_sep(csv_read_stdio, in, a->sep);
    if (!cr) {
        fputs("aka-resolve: out of memory\n", stderr);
        code = EXIT_LIBRARY;
        goto done;
    }
    csv_row row;
    int rc = csv_next(cr, &row);
    if (rc <= 0) {
        fprintf(stderr, "aka-resolve: %s\n",
                rc < 0 ? "cannot read the input" : "the input is empty (no header row)");
        code = rc < 0 ? EXIT_IO : EXIT_USAGE;
        goto done;
    }
    if (row.bad) {
        fprintf(stderr, "aka-resolve: line 1: header row: %s\n", row.bad);
        code = EXIT_USAGE;
        goto done;
    }
    if (!a->quiet && a->sep == 0 && csv_separator(cr) != ',') {
        int sep = csv_separator(cr);
        fprintf(stderr,
                "aka-resolve: note: the header's fields are separated by %s; the "
                "file is read so (--delimiter to choose)\n",
                sep == '\t' ? "tabs" : sep == ';' ? "semicolons" : "bars");
    }
    role = xmalloc(row.n * sizeof *role);
    if ((code = map_header(a, &row, role, a->quiet)) != 0)
        goto done;
    L.role = role;
    L.ncol = row.n;
    L.def_source = a->source ? xstrndup(a->source, strlen(a->source))
                             : default_source(a->input);
    bt = calloc(1, sizeof *bt);
    if (!bt) {
        fputs("aka-resolve: out of memory\n", stderr);
        code = EXIT_LIBRARY;
        goto done;
    }
    bt->L = &L;
    for (size_t i = 0; i < LOAD_BATCH; i++)
        if (aka_record_new(&bt->row[i].r) != AKA_OK) {
            fputs("aka-resolve: out of memory\n", stderr);
            code = EXIT_LIBRARY;
            goto done;
        }
    /* Values are read on as many threads as the engine resolves on. */
    wk = workers_new(reading_threads(a));
    if (!wk) {
        fputs("aka-resolve: out of memory\n", stderr);
        code = EXIT_LIBRARY;
        goto done;
    }
    if (!a->incremental && aka_engine_bulk_begin(run.e) != AKA_OK) {
        fprintf(stderr, "aka-resolve: libaka: %s\n", aka_engine_errmsg(run.e));
        code = EXIT_LIBRARY;
        goto done;
    }
    while (!L.exit_code && (rc = csv_next(cr, &row)) > 0) {
        stage_row(&bt->row[bt->n++], &row);
        if (bt->n == LOAD_BATCH) {
            load_batch(&L, bt, wk);
            progress_tick(&prog, csv_offset(cr), run.rows, 0);
        }
    }
    if (bt->n)
        load_batch(&L, bt, wk);
    if (rc < 0) {
        progress_end(&prog);
        fprintf(stderr, "aka-resolve: cannot read the input: %s\n", csv_error(cr));
        code = strcmp(csv_error(cr), "out of memory") ? EXIT_IO : EXIT_LIBRARY;
        goto done;
    }
    progress_tick(&prog, csv_offset(cr), run.rows, 1);
    if ((code = L.exit_code) != 0) {
        progress_end(&prog);
        goto done;
    }
    if (!a->incremental) {
        progress_line(&prog, "resolving ...");
        if (aka_engine_bulk_end(run.e) != AKA_OK) {
            progress_end(&prog);
            fprintf(stderr, "aka-resolve: libaka: %s\n", aka_engine_errmsg(run.e));
            code = EXIT_LIBRARY;
            goto done;
        }
    }
    if (a->rescore) {
        progress_line(&prog, "scoring every pair again ...");
        if (aka_engine_rescore(run.e) != AKA_OK) {
            progress_end(&prog);
            fprintf(stderr, "aka-resolve: libaka: %s\n", aka_engine_errmsg(run.e));
            code = EXIT_LIBRARY;
            goto done;
        }
    }
    progress_end(&prog);
    if (a->decisions) {
        size_t applied, skipped;
        if ((code = cli_apply_decisions(run.e, a->decisions, a->strict, &applied,
                                        &skipped)) != 0)
            goto done;
        if (!a->quiet)
            fprintf(stderr, "aka-resolve: %zu decisions applied, %zu skipped\n",
                    applied, skipped);
    }
    run.seconds = now_sec() - t0;
    code = finish(a, &run);
    if (!code && a->changes) {
        FILE *f = open_out(a->changes, "changes");
        size_t nch = 0;
        code = f ? cli_write_changes(run.e, &mark, f, &nch) : EXIT_IO;
        int c2 = f ? close_out(f, "changes") : 0;
        if (!code)
            code = c2;
        if (!code && !a->quiet)
            fprintf(stderr, "aka-resolve: %zu entities created, changed or merged "
                            "away: %s\n", nch, a->changes);
    }
    /* last: a run that failed leaves the state as it was */
    if (!code && a->state && (code = cli_state_save(run.e, a->state)) == 0 &&
        !a->quiet)
        fprintf(stderr, "aka-resolve: state saved to %s\n", a->state);
done:
    csv_close(cr);
    if (in != stdin)
        fclose(in);
    if (bt) {
        for (size_t i = 0; i < bt->n; i++)
            staged_clear(&bt->row[i]);
        for (size_t i = 0; i < LOAD_BATCH; i++)
            aka_record_free(bt->row[i].r);
        free(bt);
    }
    workers_free(wk);
    free(L.keys.slot);
    free(L.def_source);
    free(role);
    free_run(&run);
    return code;
}

int main(int argc, char **argv)
{
    args a;
    int code = parse_args(argc, argv, &a);
    if (code == 0)
        code = run_main(&a);
    for (size_t i = 0; i < a.n_opts; i++)
        free((char *)a.opts[i].key);
    free(a.opts);
    free(a.maps);
    return code < 0 ? 0 : code;
}
