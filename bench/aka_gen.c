/* aka-gen: writes the synthetic person records of synth.h as CSV, with a
 * header naming each column by its feature kind and a `truth` column (the
 * person's number: records with one truth describe one person).
 *
 *   aka-gen [--n N] [--seed S] [--pool FILE] [--out FILE] [--stats]
 *
 * N from 1 to 10,000,000 (default 10,000); the same N, seed, pool and ICU
 * version give the same bytes. Fields are quoted when they hold a comma, a
 * quote or a line break (RFC 4180). --stats prints the number of people
 * and of countries to stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "synth.h"

#ifndef AKA_BENCH_DATA_DIR
#define AKA_BENCH_DATA_DIR "bench/data"
#endif

static void csv_field(FILE *f, const char *v)
{
    if (!strpbrk(v, ",\"\r\n")) {
        fputs(v, f);
        return;
    }
    putc('"', f);
    for (; *v; v++) {
        if (*v == '"')
            putc('"', f);
        putc(*v, f);
    }
    putc('"', f);
}

static int usage(void)
{
    fputs("usage: aka-gen [--n N] [--seed S] [--pool FILE] [--out FILE] [--stats]\n",
          stderr);
    return 2;
}

int main(int argc, char **argv)
{
    unsigned long long n = 10000, seed = 42;
    const char *pool = AKA_BENCH_DATA_DIR "/name_pool.tsv", *path = NULL;
    int stats = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has = i + 1 < argc;
        if (strcmp(a, "--n") == 0 && has) {
            if (parse_size(argv[++i], 10000000ull, &n) != 0 || n == 0)
                return usage();
        } else if (strcmp(a, "--seed") == 0 && has) {
            if (parse_size(argv[++i], UINT64_MAX, &seed) != 0)
                return usage();
        } else if (strcmp(a, "--pool") == 0 && has)
            pool = argv[++i];
        else if (strcmp(a, "--out") == 0 && has)
            path = argv[++i];
        else if (strcmp(a, "--stats") == 0)
            stats = 1;
        else
            return usage();
    }
    synth *s;
    if (synth_open(&s, pool, seed, (size_t)n, 0) != 0)
        return 1;
    FILE *f = path ? fopen(path, "w") : stdout;
    if (!f) {
        perror("aka-gen: cannot open the output file");
        synth_close(s);
        return 1;
    }
    for (int k = 0; k < SYNTH_NFIELDS; k++)
        fprintf(f, "%s,", synth_field_name[k]);
    fputs("truth\n", f);
    synth_rec rec;
    for (size_t i = 0; i < (size_t)n; i++) {
        synth_record(s, i, &rec);
        for (int k = 0; k < SYNTH_NFIELDS; k++) {
            csv_field(f, rec.field[k]);
            putc(',', f);
        }
        fprintf(f, "%llu\n", (unsigned long long)rec.truth);
    }
    int bad = ferror(f) != 0;
    if (path && fclose(f) != 0)
        bad = 1;
    if (bad)
        fputs("aka-gen: write error\n", stderr);
    if (stats)
        fprintf(stderr, "aka-gen: %llu records about %zu people from %zu countries\n",
                n, synth_people(s), synth_countries(s));
    synth_close(s);
    return bad;
}
