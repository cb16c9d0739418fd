/* Fuzz target: aka-resolve's reader of analysts' decisions
 * (examples/cli/decisions.c, over the CSV reader csv.c), compiled into
 * this target as fuzz_csv compiles csv.c. An engine holds four records,
 * two of them one person; the input is the decisions file, its first byte
 * choosing --strict. Properties checked, whatever the input:
 *   - the reader returns 0, or EXIT_USAGE (no header or columns), or
 *     EXIT_BAD_ROWS only under --strict; never anything else, never a
 *     crash;
 *   - applied + skipped never exceed the rows after the header, and
 *     without --strict nothing stops a readable file;
 *   - every record still has an entity afterwards.
 * A violation aborts after naming the rule (never the data). */
#define _GNU_SOURCE /* fmemopen */
#include "fuzz_common.h"

#include "../../examples/cli/csv.c"
#include "../../examples/cli/decisions.c"

static aka_engine *engine_with_records(void)
{
    static const char *const who[4] = {"Olena Kovalenko", "Олена Коваленко",
                                       "Petro Bondarenko", "Iryna Tkachenko"};
    aka_engine *e = NULL;
    if (aka_engine_new(NULL, &e) != AKA_OK)
        return NULL;
    aka_record *r = NULL;
    if (aka_record_new(&r) != AKA_OK) {
        aka_engine_free(e);
        return NULL;
    }
    for (int i = 0; i < 4; i++) {
        char id[2] = {(char)('1' + i), 0};
        aka_record_clear(r);
        aka_record_add(r, AKA_NAME, who[i], strlen(who[i]));
        aka_record_add(r, AKA_DATE_OF_BIRTH, "1990-04-02", 10);
        aka_engine_add(e, "s", 1, id, 1, r, NULL);
    }
    aka_record_free(r);
    return e;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    if (n < 2)
        return 0;
    int strict = d[0] & 1;
    size_t lines = 0;
    for (size_t i = 1; i < n; i++)
        lines += d[i] == '\n' || d[i] == '\r';
    FILE *f = fmemopen((void *)(d + 1), n - 1, "rb");
    if (!f)
        return 0;
    aka_engine *e = engine_with_records();
    if (!e) {
        fclose(f);
        return 0;
    }
    size_t applied = 0, skipped = 0;
    int code = cli_apply_decisions_from(e, f, strict, &applied, &skipped);
    fclose(f);
    if (code != 0 && code != EXIT_USAGE && !(strict && code == EXIT_BAD_ROWS))
        fz_fail("decisions", "an exit code the reader does not give");
    if (applied + skipped > lines + 1)
        fz_fail("decisions", "more rows counted than the input holds");
    for (int i = 0; i < 4; i++) {
        char id[2] = {(char)('1' + i), 0};
        uint64_t ent = 0;
        if (aka_engine_entity_of(e, "s", 1, id, 1, &ent) != AKA_OK || !ent)
            fz_fail("decisions", "a record lost its entity");
    }
    aka_engine_free(e);
    return 0;
}
