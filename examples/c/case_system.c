/*
 * case_system.c -- how a case-management system embeds libaka.
 *
 * The system serves several organisations (tenants) whose data must never
 * mix, so it keeps one engine per tenant. Records arrive on a queue
 * (intake forms, hotline calls, police referrals) and are added one by one
 * as they come; analysts confirm or reject links, and take a decision
 * back when it was wrong; an intake officer looks a person up by name and
 * birth year before opening a new case; anyone may ask why two records
 * are one person; and the case board reads again only the entities that
 * the engine says changed.
 *
 * The engines live in memory. Each tenant's engine starts from its last
 * snapshot when there is one, saves a snapshot every few messages, and
 * keeps a journal of every change in between, so that a crash between two
 * snapshots loses nothing: the example crashes on purpose half-way through
 * the queue and carries on from the snapshot and the journal.
 *
 * Usage: case_system [state-directory]   (default: a fresh temporary one,
 * removed at the end)
 *
 * Every step checks what it expects (CHECK below) so that the example,
 * which ctest runs, fails loudly if the library's behaviour drifts from
 * what this file explains. The people are fictional.
 *
 * Build: cc case_system.c $(pkg-config --cflags --libs aka)
 * SPDX-License-Identifier: CC0-1.0
 */
/* mkdtemp, unlink, rmdir: POSIX, not ISO C. */
#define _POSIX_C_SOURCE 200809L

#include <aka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- A tenant: one engine, created with the tenant's options ------------ */

struct tenant {
    const char *name;
    const char *default_country; /* reads national phone numbers */
    aka_engine *engine;
    char snapshot[512]; /* <state>/<name>.snapshot */
    char journal[512];  /* <state>/<name>.journal */
};

/* Save a snapshot this often (in queue messages); the journal covers the
 * messages in between. */
#define SAVE_EVERY 4

static int failures;

#define CHECK(cond, what)                                                    \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "CHECK FAILED (%s:%d): %s\n", __FILE__,          \
                    __LINE__, what);                                         \
            failures++;                                                      \
        }                                                                    \
    } while (0)

/* The engine's message names the field and the rule, never the value, so
 * it can go to a log that personal data must not reach. */
static void report(const struct tenant *t, const char *call, aka_status st)
{
    fprintf(stderr, "[%s] %s: %s: %s\n", t->name, call, aka_status_str(st),
            aka_engine_errmsg(t->engine));
}

static int file_exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

static unsigned long records_held(struct tenant *t);

/*
 * Open a tenant's engine: from its snapshot (and the journal's calls since)
 * when there is one, else a new engine (which replays a journal left by an
 * engine that crashed before its first snapshot).
 */
static aka_status tenant_open(struct tenant *t)
{
    aka_options *opts = NULL;
    char msg[256] = "";
    aka_status st = aka_options_new(&opts);
    if (st == AKA_OK)
        st = aka_options_set(opts, "default_country", t->default_country);
    if (st == AKA_OK)
        st = aka_options_set(opts, "journal_path", t->journal);
    if (st == AKA_OK && file_exists(t->snapshot)) {
        st = aka_engine_load_msg(t->snapshot, opts, &t->engine, msg,
                                 sizeof msg);
        if (st == AKA_OK)
            printf("[%s] started from its snapshot and journal: %lu "
                   "record(s)%s%s\n", t->name, records_held(t),
                   msg[0] ? "; warning: " : "", msg);
    } else if (st == AKA_OK) {
        st = aka_engine_new(opts, &t->engine);
        if (st == AKA_OK)
            printf("[%s] started a new engine\n", t->name);
    }
    if (st != AKA_OK)
        fprintf(stderr, "[%s] cannot open the engine: %s: %s\n", t->name,
                aka_status_str(st), msg[0] ? msg : aka_options_errmsg(opts));
    aka_options_free(opts); /* the engine keeps its own copy */
    return st;
}

/* The periodic save: atomic (a crash during it leaves the previous
 * snapshot), and it restarts the journal. */
static aka_status tenant_save(struct tenant *t)
{
    aka_status st = aka_engine_save(t->engine, t->snapshot);
    if (st != AKA_OK)
        report(t, "aka_engine_save", st);
    else
        printf("[%s] snapshot saved: %lu record(s)\n", t->name,
               records_held(t));
    return st;
}

/* ---- The queue: what the intake, hotline and police systems send -------- */

struct value {
    aka_feature kind;
    const char *text;
};

struct message {
    const char *tenant;
    const char *source;
    const char *record_id;
    struct value values[4]; /* ends at the first {0, NULL} */
};

static const struct message queue[] = {
    {"kyiv-shelter", "intake", "K-001",
     {{AKA_NAME, "Олена Коваленко"}, {AKA_DATE_OF_BIRTH, "02.04.1990"},
      {AKA_PHONE, "067 123 45 67"}}},
    {"kyiv-shelter", "police-ua", "UA-77",
     {{AKA_NAME, "KOVALENKO Olena"}, {AKA_DATE_OF_BIRTH, "1990-04-02"},
      {AKA_DOCUMENT, "UA:FE123456"}}},
    {"kyiv-shelter", "intake", "K-002", /* a namesake, 15 years older */
     {{AKA_NAME, "Olena Kovalenko"}, {AKA_DATE_OF_BIRTH, "1975"}}},
    {"chisinau-hotline", "intake", "C-1",
     {{AKA_NAME, "Андрей Попеску"}, {AKA_DATE_OF_BIRTH, "20.01.1992"},
      {AKA_PHONE, "069 123 456"}}}, /* national: Moldova is the default */
    {"kyiv-shelter", "intake", "K-003",
     {{AKA_NAME, "Ірина Ткаченко"}, {AKA_DATE_OF_BIRTH, "14.09.1983"},
      {AKA_PHONE, "+380 50 123 4567"}}},
    {"chisinau-hotline", "police-md", "M-5",
     {{AKA_NAME, "POPESCU Andrei"}, {AKA_DATE_OF_BIRTH, "20/01/1992"},
      {AKA_NATIONALITY, "Moldova"}, {AKA_PHONE, "+373 69 123 456"}}},
    {"kyiv-shelter", "hotline", "H-12", /* a working name and a phone */
     {{AKA_NAME, "Vika"}, {AKA_PHONE, "050 123 45 67"}}},
    {"kyiv-shelter", "intake", "K-005",
     {{AKA_NAME, "Mykola Shevchenko"}, {AKA_DATE_OF_BIRTH, "01.01.1980"}}},
    {"kyiv-shelter", "police-ua", "UA-80", /* same name and date ... */
     {{AKA_NAME, "SHEVCHENKO Mykola"}, {AKA_DATE_OF_BIRTH, "01/01/1980"}}},
    {"chisinau-hotline", "intake", "C-2", /* Kyiv's Olena, another tenant */
     {{AKA_NAME, "Olena Kovalenko"}, {AKA_DATE_OF_BIRTH, "1990-04-02"}}},
};

#define N_TENANTS 2
static struct tenant tenants[N_TENANTS] = {
    {"kyiv-shelter", "UA", NULL, "", ""},
    {"chisinau-hotline", "MD", NULL, "", ""},
};

static struct tenant *tenant_named(const char *name)
{
    for (size_t i = 0; i < N_TENANTS; i++)
        if (strcmp(tenants[i].name, name) == 0)
            return &tenants[i];
    return NULL;
}

/*
 * Add one queued record. `scratch` is reused for every message (cleared,
 * not freed): the engine copies what it needs. A value the library cannot
 * read is reported and skipped; the rest of the record is still useful.
 */
static aka_status consume(const struct message *m, aka_record *scratch,
                          uint64_t *entity)
{
    struct tenant *t = tenant_named(m->tenant);
    if (t == NULL)
        return AKA_ERR_ARGUMENT;
    aka_record_clear(scratch);
    for (size_t i = 0; i < 4 && m->values[i].text != NULL; i++) {
        const struct value *v = &m->values[i];
        aka_status st =
            aka_record_add(scratch, v->kind, v->text, strlen(v->text));
        if (st != AKA_OK)
            fprintf(stderr, "[%s] %s/%s: value skipped: %s\n", t->name,
                    m->source, m->record_id, aka_record_errmsg(scratch));
    }
    aka_status st = aka_engine_add(t->engine, m->source, strlen(m->source),
                                   m->record_id, strlen(m->record_id),
                                   scratch, entity);
    if (st != AKA_OK)
        report(t, "aka_engine_add", st);
    return st;
}

/* ---- Small helpers over the (string, length) API ------------------------ */

static uint64_t entity_of(struct tenant *t, const char *source,
                          const char *id)
{
    uint64_t e = 0;
    aka_status st = aka_engine_entity_of(t->engine, source, strlen(source),
                                         id, strlen(id), &e);
    if (st != AKA_OK) {
        report(t, "aka_engine_entity_of", st);
        return 0; /* never an entity id: ids start at 1 */
    }
    return e;
}

static aka_status decide(struct tenant *t, const char *sa, const char *ia,
                         const char *sb, const char *ib, int same)
{
    aka_status st = aka_engine_decide(t->engine, sa, strlen(sa), ia,
                                      strlen(ia), sb, strlen(sb), ib,
                                      strlen(ib), same);
    if (st != AKA_OK)
        report(t, "aka_engine_decide", st);
    return st;
}

static aka_status undecide(struct tenant *t, const char *sa, const char *ia,
                           const char *sb, const char *ib)
{
    aka_status st = aka_engine_undecide(t->engine, sa, strlen(sa), ia,
                                        strlen(ia), sb, strlen(sb), ib,
                                        strlen(ib));
    if (st != AKA_OK)
        report(t, "aka_engine_undecide", st);
    return st;
}

/*
 * The entities changed since *cursor (aka_engine_changes) into ids, and
 * *cursor moved on. Returns how many, or -1 when the board must read
 * every entity again: the engine's log no longer reaches back to the
 * cursor, or the cursor is from before a restart.
 */
static long changed_since(struct tenant *t, uint64_t *cursor, uint64_t *ids,
                          size_t cap)
{
    size_t n = 0;
    uint64_t next = 0;
    aka_status st = aka_engine_changes(t->engine, *cursor, ids, cap, &n, &next);
    if (st != AKA_OK && st != AKA_ERR_LIMIT) {
        report(t, "aka_engine_changes", st);
        return -1;
    }
    *cursor = next;
    return st == AKA_OK ? (long)n : -1;
}

static int listed(const uint64_t *ids, long n, uint64_t id)
{
    for (long i = 0; i < n; i++)
        if (ids[i] == id)
            return 1;
    return 0;
}

/*
 * A JSON answer (entity, explain) in a buffer that grows to the size the
 * library asks for: the documented (buf, cap, &len) protocol. Returns a
 * malloc'ed string or NULL.
 */
enum json_call { JSON_ENTITY, JSON_EXPLAIN };

static char *json(struct tenant *t, enum json_call call, uint64_t entity,
                  const char *sa, const char *ia, const char *sb,
                  const char *ib)
{
    size_t cap = 256, len = 0;
    for (;;) {
        char *buf = malloc(cap);
        if (buf == NULL)
            return NULL;
        aka_status st =
            call == JSON_ENTITY
                ? aka_engine_entity(t->engine, entity, buf, cap, &len)
                : aka_engine_explain(t->engine, sa, strlen(sa), ia,
                                     strlen(ia), sb, strlen(sb), ib,
                                     strlen(ib), buf, cap, &len);
        if (st == AKA_OK)
            return buf;
        free(buf);
        if (st != AKA_ERR_BUFFER) {
            report(t, call == JSON_ENTITY ? "aka_engine_entity"
                                          : "aka_engine_explain", st);
            return NULL;
        }
        cap = len + 1; /* room for the terminating NUL */
    }
}

/* "records" from aka_engine_stats: how many records the engine holds. */
static unsigned long records_held(struct tenant *t)
{
    char buf[2048];
    size_t len = 0;
    if (aka_engine_stats(t->engine, buf, sizeof buf, &len) != AKA_OK)
        return 0;
    const char *p = strstr(buf, "\"records\":");
    return p ? strtoul(p + strlen("\"records\":"), NULL, 10) : 0;
}

/* ---- The intake officer's search ----------------------------------------- */

/* "Have we seen this person?" -- a name and a birth year, nothing stored. */
static uint64_t intake_search(struct tenant *t, const char *name,
                              const char *year)
{
    aka_record *q = NULL;
    uint64_t ids[3] = {0};
    double scores[3];
    size_t n = 0;
    aka_status st = aka_record_new(&q);
    if (st == AKA_OK)
        st = aka_record_add(q, AKA_NAME, name, strlen(name));
    if (st == AKA_OK)
        st = aka_record_add(q, AKA_DATE_OF_BIRTH, year, strlen(year));
    if (st == AKA_OK)
        st = aka_engine_search(t->engine, q, 3, ids, scores, &n);
    if (st != AKA_OK)
        report(t, "intake search", st);
    aka_record_free(q);
    printf("[%s] intake search \"%s\", born %s: %zu candidate(s)\n",
           t->name, name, year, n);
    for (size_t i = 0; i < n; i++) {
        char *j = json(t, JSON_ENTITY, ids[i], NULL, NULL, NULL, NULL);
        printf("  %zu. entity %llu, probability %.3f: %s\n", i + 1,
               (unsigned long long)ids[i], scores[i], j ? j : "?");
        free(j);
    }
    return n > 0 ? ids[0] : 0;
}

static void tenants_close(void)
{
    for (size_t i = 0; i < N_TENANTS; i++) {
        aka_engine_free(tenants[i].engine);
        tenants[i].engine = NULL;
    }
}

static int tenants_open(void)
{
    for (size_t i = 0; i < N_TENANTS; i++)
        if (tenant_open(&tenants[i]) != AKA_OK)
            return -1;
    return 0;
}

int main(int argc, char **argv)
{
    /* Where the snapshots and journals live. */
    char tmp[] = "/tmp/aka-case-system-XXXXXX";
    const char *state = argc > 1 ? argv[1] : mkdtemp(tmp);
    if (state == NULL) {
        perror("case_system: mkdtemp");
        return 1;
    }
    for (size_t i = 0; i < N_TENANTS; i++) {
        struct tenant *t = &tenants[i];
        if (snprintf(t->snapshot, sizeof t->snapshot, "%s/%s.snapshot",
                     state, t->name) >= (int)sizeof t->snapshot ||
            snprintf(t->journal, sizeof t->journal, "%s/%s.journal", state,
                     t->name) >= (int)sizeof t->journal) {
            fprintf(stderr, "case_system: state directory path too long\n");
            return 1;
        }
    }
    if (tenants_open() != 0)
        return 1;

    aka_record *scratch = NULL;
    if (aka_record_new(&scratch) != AKA_OK)
        return 1;

    /* 1. Drain the queue: each record is resolved the moment it arrives;
     *    a snapshot every SAVE_EVERY messages. */
    const size_t n_queue = sizeof queue / sizeof queue[0];
    const size_t crash_after = SAVE_EVERY + 2; /* between two snapshots */
    unsigned long held_at_crash = 0;
    for (size_t i = 0; i < n_queue; i++) {
        uint64_t e = 0;
        if (consume(&queue[i], scratch, &e) == AKA_OK)
            printf("[%s] %s/%s -> entity %llu\n", queue[i].tenant,
                   queue[i].source, queue[i].record_id,
                   (unsigned long long)e);
        else
            failures++;
        if ((i + 1) % SAVE_EVERY == 0)
            for (size_t k = 0; k < N_TENANTS; k++)
                if (tenant_save(&tenants[k]) != AKA_OK)
                    failures++;
        if (i + 1 == crash_after) {
            /* The service dies: no save, the engines are simply gone.
             * Two messages came after the last snapshot; the journal has
             * them. */
            printf("-- crash after %zu messages. restarting --\n", i + 1);
            held_at_crash = records_held(&tenants[0]);
            tenants_close();
            if (tenants_open() != 0)
                return 1;
            CHECK(records_held(&tenants[0]) == held_at_crash,
                  "snapshot + journal give back every acknowledged record");
        }
    }

    struct tenant *kyiv = &tenants[0], *chisinau = &tenants[1];
    CHECK(entity_of(kyiv, "intake", "K-001") ==
              entity_of(kyiv, "police-ua", "UA-77"),
          "the shelter's intake and the police referral are one woman");
    CHECK(entity_of(kyiv, "intake", "K-001") !=
              entity_of(kyiv, "intake", "K-002"),
          "the namesake born in 1975 stays apart");
    CHECK(entity_of(chisinau, "intake", "C-1") ==
              entity_of(chisinau, "police-md", "M-5"),
          "Андрей Попеску and POPESCU Andrei are one man");
    CHECK(entity_of(kyiv, "hotline", "H-12") !=
              entity_of(kyiv, "intake", "K-003"),
          "a working name and a shared phone are only a possible match");

    /* The case board keeps a file per entity. It read every entity when
     * the service restarted; cursor 0 is that engine's first change, so
     * it catches up with the messages since, then follows the changes. */
    uint64_t board = 0, changed[16];
    CHECK(changed_since(kyiv, &board, changed, 16) > 0,
          "the board catches up with the messages since the restart");

    /* 2. Analysts' decisions are hard constraints on every later
     *    resolution: the hotline caller "Vika" is Iryna (she said so: the
     *    name her traffickers gave her) ... */
    printf("[kyiv-shelter] analyst: hotline/H-12 is intake/K-003\n");
    CHECK(decide(kyiv, "hotline", "H-12", "intake", "K-003", 1) == AKA_OK,
          "decision accepted");
    CHECK(entity_of(kyiv, "hotline", "H-12") ==
              entity_of(kyiv, "intake", "K-003"),
          "a 'same' decision joins the two entities");
    /* ... and the two Mykola Shevchenkos born on 1 January 1980 are a
     * father's and an unrelated man's files (a default date of birth). */
    printf("[kyiv-shelter] analyst: intake/K-005 is not police-ua/UA-80\n");
    CHECK(entity_of(kyiv, "intake", "K-005") ==
              entity_of(kyiv, "police-ua", "UA-80"),
          "same name and full date merge before the analyst looks");
    CHECK(decide(kyiv, "intake", "K-005", "police-ua", "UA-80", 0) == AKA_OK,
          "decision accepted");
    CHECK(entity_of(kyiv, "intake", "K-005") !=
              entity_of(kyiv, "police-ua", "UA-80"),
          "a 'not the same' decision splits the entity");
    /* The board reads again only the files of the entities the two
     * decisions changed: Iryna's (it gained the hotline call), the
     * hotline call's own (merged into hers: gone), and the two
     * Mykolas'. */
    long n_changed = changed_since(kyiv, &board, changed, 16);
    printf("[kyiv-shelter] case board: %ld entities to read again\n", n_changed);
    CHECK(n_changed == 4 &&
              listed(changed, n_changed, entity_of(kyiv, "intake", "K-003")) &&
              listed(changed, n_changed, entity_of(kyiv, "intake", "K-005")) &&
              listed(changed, n_changed, entity_of(kyiv, "police-ua", "UA-80")),
          "the changes name the entities the decisions changed");
    CHECK(changed_since(kyiv, &board, changed, 16) == 0,
          "and nothing else changed since");

    /* End of the shift: save, and the next start (here at once) begins
     * from these snapshots, decisions included. */
    for (size_t k = 0; k < N_TENANTS; k++)
        if (tenant_save(&tenants[k]) != AKA_OK)
            failures++;
    tenants_close();
    if (tenants_open() != 0)
        return 1;
    CHECK(entity_of(kyiv, "hotline", "H-12") ==
                  entity_of(kyiv, "intake", "K-003") &&
              entity_of(kyiv, "intake", "K-005") !=
                  entity_of(kyiv, "police-ua", "UA-80"),
          "analysts' decisions survive the snapshot");

    /* 2b. A decision taken back. The entity lists the decisions on its
     *     records; the supervisor finds that the hotline caller was
     *     another woman who used that phone and withdraws the "same": the
     *     evidence alone decides again (another name and a shared phone: a
     *     possible match). */
    char *iryna = json(kyiv, JSON_ENTITY, entity_of(kyiv, "intake", "K-003"), NULL,
                     NULL, NULL, NULL);
    CHECK(iryna != NULL && strstr(iryna, "\"record_id\":\"H-12\"") != NULL &&
              strstr(iryna, "\"same\":true") != NULL,
          "the entity lists the analyst's decision");
    free(iryna);
    printf("[kyiv-shelter] supervisor: withdraw hotline/H-12 = intake/K-003\n");
    CHECK(undecide(kyiv, "hotline", "H-12", "intake", "K-003") == AKA_OK,
          "withdrawal accepted");
    CHECK(entity_of(kyiv, "hotline", "H-12") !=
              entity_of(kyiv, "intake", "K-003"),
          "withdrawn, the two are apart again");

    /* 3. The intake officer, before opening a new case. */
    uint64_t hit = intake_search(kyiv, "Kovalenko Olena", "1990");
    CHECK(hit != 0 && hit == entity_of(kyiv, "intake", "K-001"),
          "the search finds Olena's entity first");
    /* Tenants never see each other's records: Chisinau's search finds
     * its own C-2, not Kyiv's entity. */
    uint64_t other = intake_search(chisinau, "Kovalenko Olena", "1990");
    CHECK(other == entity_of(chisinau, "intake", "C-2"),
          "each tenant searches its own engine only");

    /* 4. Why are these two records one person? (For the analyst who asks:
     *    the explanation holds the records' values.) */
    char *why = json(kyiv, JSON_EXPLAIN, 0, "intake", "K-001", "police-ua",
                     "UA-77");
    printf("[kyiv-shelter] why intake/K-001 = police-ua/UA-77:\n  %s\n",
           why ? why : "?");
    CHECK(why != NULL && strstr(why, "\"same_entity\":true") != NULL,
          "the explanation says they are one entity");
    free(why);

    aka_record_free(scratch);
    tenants_close();
    if (argc <= 1) { /* our own temporary directory: leave nothing behind */
        for (size_t i = 0; i < N_TENANTS; i++) {
            unlink(tenants[i].snapshot);
            unlink(tenants[i].journal);
        }
        if (rmdir(state) != 0)
            perror("case_system: rmdir");
    }
    if (failures) {
        fprintf(stderr, "case_system: %d check(s) failed\n", failures);
        return 1;
    }
    printf("case_system: all checks passed\n");
    return 0;
}
