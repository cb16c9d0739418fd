/* Build-time generator of unicode/latin_table.h's table: ICU's
 * "[:Latin:] Latin-ASCII" on each character of the Latin blocks alone,
 * the answers unicode/uctx.c used to ask for at run time, one thread and
 * one letter at a time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "unicode/latin_table.h"

static void die(const char *what)
{
    fprintf(stderr, "gen_latin_ascii: %s\n", what);
    exit(1);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTPUT.c\n", argv[0]);
        return 2;
    }
    UErrorCode e = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(u"[:Latin:] Latin-ASCII", -1,
                                      UTRANS_FORWARD, NULL, 0, NULL, &e);
    if (U_FAILURE(e))
        die("cannot open the transliterator");
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *f = fopen(tmp, "w");
    if (!f)
        die("cannot open output");
    fputs("/* Generated at build time from ICU's \"[:Latin:] Latin-ASCII\"\n"
          " * by lib/unicode/gen/gen_latin_ascii.c. Do not edit. */\n"
          "#include \"unicode/latin_table.h\"\n\n"
          "const aka__la_entry aka__latin_ascii[AKA__LA_SLOTS] = {\n",
          f);
    unsigned kept = 0;
    for (unsigned slot = 0; slot < AKA__LA_SLOTS; slot++) {
        unsigned lo1 = AKA__LA_HI1 - AKA__LA_LO1;
        UChar u = (UChar)(slot < lo1 ? AKA__LA_LO1 + slot
                                     : AKA__LA_LO2 + (slot - lo1));
        UChar buf[64] = {u};
        int32_t len = 1, limit = 1;
        e = U_ZERO_ERROR;
        utrans_transUChars(t, buf, &len, 64, 0, &limit, &e);
        if (U_FAILURE(e) || len > (int32_t)AKA__LA_MAX) {
            fprintf(f, "    {AKA__LA_NONE, {0}}, /* U+%04X */\n", u);
            continue;
        }
        fprintf(f, "    {%d, {", 1 + len);
        for (int32_t i = 0; i < len; i++)
            fprintf(f, "%s0x%04X", i ? ", " : "", buf[i]);
        fprintf(f, "%s}}, /* U+%04X */\n", len ? "" : "0", u);
        kept++;
    }
    fputs("};\n", f);
    if (fflush(f) != 0 || ferror(f) || fclose(f) != 0)
        die("cannot write output");
    if (rename(tmp, argv[1]) != 0)
        die("cannot rename output");
    printf("gen_latin_ascii: %u of %u characters\n", kept,
           (unsigned)AKA__LA_SLOTS);
    utrans_close(t);
    return 0;
}
