/* state.c -- an engine kept between runs of aka-resolve (--state FILE).
 *
 * An organisation that receives a new export every week wants the same
 * person to keep the same entity id from one run to the next, its
 * analysts' earlier runs to count, and to be told which entities this
 * run merged or split. So the engine is loaded from a snapshot when the
 * file exists, the run's records are added to it (a record whose source
 * and id it already holds is replaced), and it is saved back (the
 * library's save never destroys the previous good copy). --changes lists
 * the entities the run changed (aka_engine_changes).
 *
 * SPDX-License-Identifier: CC0-1.0 */
#include "state.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cli_state_load(const char *path, const aka_options *opts, aka_engine **e)
{
    *e = NULL;
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (errno == ENOENT)
            return 0;
        fprintf(stderr, "aka-resolve: cannot read the state file: %s\n",
                strerror(errno));
        return EXIT_IO;
    }
    char msg[512];
    aka_status st = aka_engine_load_msg(path, opts, e, msg, sizeof msg);
    if (st != AKA_OK) {
        fprintf(stderr, "aka-resolve: cannot load the state file: %s\n",
                msg[0] ? msg : aka_status_str(st));
        return st == AKA_ERR_NOMEM || st == AKA_ERR_INTERNAL ? EXIT_LIBRARY
                                                             : EXIT_IO;
    }
    return 0;
}

int cli_state_save(aka_engine *e, const char *path)
{
    if (aka_engine_save(e, path) == AKA_OK)
        return 0;
    fprintf(stderr, "aka-resolve: cannot save the state file (the previous "
                    "one is as it was): %s\n", aka_engine_errmsg(e));
    return EXIT_IO;
}

void cli_mark_now(aka_engine *e, cli_mark *m)
{
    size_t n = 0;
    memset(m, 0, sizeof *m);
    /* every status but a bad argument gives the cursor */
    (void)aka_engine_changes(e, 0, NULL, 0, &n, &m->cursor);
    char js[2048];
    if (aka_engine_stats(e, js, sizeof js, &n) == AKA_OK) {
        const char *p = strstr(js, "\"next_entity\":");
        m->next_entity = p ? strtoull(p + 14, NULL, 10) : 0;
        sscanf(js, "{\"records\":%llu", &m->records);
    }
}

int cli_write_changes(aka_engine *e, const cli_mark *m, FILE *f, size_t *out_n)
{
    uint64_t since = m->cursor;
    size_t n = 0, cap = 0;
    uint64_t next, *ids = NULL;
    aka_status st;
    *out_n = 0;
    /* (the room the engine asked for, and again should it change) */
    while ((st = aka_engine_changes(e, since, ids, cap, &n, &next)) ==
           AKA_ERR_BUFFER) {
        free(ids);
        cap = n;
        ids = malloc(cap * sizeof *ids);
        if (!ids) {
            fputs("aka-resolve: out of memory\n", stderr);
            return EXIT_LIBRARY;
        }
    }
    if (st != AKA_OK) {
        fprintf(stderr, "aka-resolve: libaka: %s\n", aka_engine_errmsg(e));
        free(ids);
        return st == AKA_ERR_LIMIT ? EXIT_USAGE : EXIT_LIBRARY;
    }
    int code = 0;
    for (size_t i = 0; i < n && !code; i++) {
        size_t len = 0;
        if (aka_engine_entity(e, ids[i], NULL, 0, &len) == AKA_ERR_NOT_FOUND) {
            if (ids[i] < m->next_entity) {
                fprintf(f, "{\"entity\":%llu,\"gone\":true}\n",
                        (unsigned long long)ids[i]);
                ++*out_n;
            }
            continue;
        }
        char *js = cli_entity_json(e, ids[i]);
        if (!js) {
            code = EXIT_LIBRARY;
            break;
        }
        fputs(js, f);
        fputc('\n', f);
        free(js);
        ++*out_n;
    }
    free(ids);
    return code;
}
