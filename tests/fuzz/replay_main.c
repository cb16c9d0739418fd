/* A main() for the fuzz targets when they are built without libFuzzer (gcc,
 * or clang without AKA_FUZZ): every argument is a file or a directory whose
 * regular files are fed, one call each, to LLVMFuzzerTestOneInput. CTest
 * uses it to replay the checked-in corpora, so every seed and every past
 * crash reproducer runs on each `make test`, with or without sanitizers.
 *
 * Each input is copied into a buffer of exactly its size so that ASan
 * catches a read one byte past the end. Files are replayed in name order
 * so a failure is reproducible. Replaying no input at all is a failure: a
 * mistyped corpus path must not turn the test into a no-op. */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "replay: cannot open %s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int err = ferror(f);
    fclose(f);
    if (!buf || err) {
        fprintf(stderr, "replay: cannot read %s\n", path);
        free(buf);
        return -1;
    }
    /* Exact-size copy (malloc(0) may return NULL: pass a 1-byte buffer). */
    uint8_t *exact = malloc(n ? n : 1);
    if (!exact) {
        free(buf);
        return -1;
    }
    memcpy(exact, buf, n);
    free(buf);
    LLVMFuzzerTestOneInput(exact, n);
    free(exact);
    return 1;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        fprintf(stderr, "replay: cannot open %s: %s\n", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t nn = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (nn == cap) {
            cap = cap ? cap * 2 : 64;
            char **v = realloc(names, cap * sizeof *v);
            if (!v)
                abort();
            names = v;
        }
        size_t len = strlen(dir) + strlen(de->d_name) + 2;
        names[nn] = malloc(len);
        if (!names[nn])
            abort();
        snprintf(names[nn], len, "%s/%s", dir, de->d_name);
        nn++;
    }
    closedir(dp);
    if (nn > 1)
        qsort(names, nn, sizeof *names, cmp_names);
    int count = 0;
    for (size_t i = 0; i < nn; i++) {
        struct stat sb;
        if (count >= 0 && stat(names[i], &sb) == 0 && S_ISREG(sb.st_mode)) {
            int r = run_file(names[i]);
            count = r < 0 ? -1 : count + r;
        }
        free(names[i]);
    }
    free(names);
    return count;
}

int main(int argc, char **argv)
{
    long total = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-')
            continue; /* libFuzzer flags, accepted so command lines match */
        struct stat sb;
        if (stat(argv[i], &sb) != 0) {
            fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
            return 1;
        }
        int r = S_ISDIR(sb.st_mode) ? run_dir(argv[i]) : run_file(argv[i]);
        if (r < 0)
            return 1;
        total += r;
    }
    if (total == 0) {
        fprintf(stderr, "replay: no inputs given\n");
        return 1;
    }
    printf("replay: %ld inputs ran without a violation\n", total);
    return 0;
}
