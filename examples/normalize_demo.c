/* normalize_demo: print the canonical form of each value in a TSV file of
 * "kind<TAB>value" lines, as `make demo` does with the bundled sample.
 *
 * SPDX-License-Identifier: CC0-1.0 (copy freely into your own code) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <aka.h>

static const char *const kinds[] = {
    NULL, "name", "given_name", "family_name", "date_of_birth", "gender",
    "nationality", "document", "phone", "email", "address", "place_of_birth",
    "identifier",
};

static aka_feature kind_of(const char *name)
{
    for (int k = 1; k < (int)(sizeof kinds / sizeof kinds[0]); k++)
        if (strcmp(kinds[k], name) == 0)
            return k;
    return 0;
}

/* Spaces that pad a UTF-8 string to `width` columns: printf's widths
 * count bytes, which misaligns Cyrillic and Arabic. Wide CJK characters
 * still count as one column each. */
static int pad(const char *s, int width)
{
    int cols = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            cols++;
    return cols < width ? width - cols : 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.tsv\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    /* One engine, so that failures come with a readable reason and
     * national phone numbers are read as Ukrainian ones. */
    aka_options *opts = NULL;
    aka_engine *engine = NULL;
    if (aka_options_new(&opts) != AKA_OK ||
        aka_options_set(opts, "default_country", "UA") != AKA_OK ||
        aka_engine_new(opts, &engine) != AKA_OK) {
        fprintf(stderr, "cannot set up libaka: %s\n", aka_options_errmsg(opts));
        aka_options_free(opts);
        fclose(f);
        return 1;
    }
    aka_options_free(opts);

    printf("libaka %s: canonical forms (default_country=UA)\n\n",
           aka_version_string());
    printf("%-15s %-38s %s\n", "kind", "value", "canonical form");
    char line[4096], out[4096];
    int bad = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        const char *value = tab + 1;
        aka_feature kind = kind_of(line);
        size_t len = 0;
        aka_status st = aka_engine_normalize(engine, kind, value, strlen(value),
                                             out, sizeof out, &len);
        if (st == AKA_OK)
            printf("%-15s %s%*s %s\n", line, value, pad(value, 38), "", out);
        else
            printf("%-15s %s%*s !! %s: %s\n", line, value, pad(value, 38), "",
                   aka_status_str(st),
                   aka_engine_errmsg(engine));
        bad += st != AKA_OK;
    }
    fclose(f);
    aka_engine_free(engine);
    printf("\n%d value(s) rejected with a reason (expected: the impossible "
           "date 31/02/85).\n", bad);
    return 0;
}
