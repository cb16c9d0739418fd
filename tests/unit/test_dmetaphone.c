/* Double Metaphone against the Apache commons-codec reference.
 *
 * Three sources of truth:
 *  - cases embedded here, so the test means something without the shared
 *    data (codes copied from the commons-codec vector file, except where a
 *    comment says they were computed with commons-codec 1.15 itself);
 *  - the whole commons-codec vector file, read at test time when present;
 *  - properties every output must have (alphabet, length, prefix under a
 *    longer maxlen, no read outside the input), checked over random bytes
 *    and over every short string, so ASan builds catch stray reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "match/dmetaphone.h"

typedef struct dm_case {
    const char *in, *primary, *alternate;
} dm_case;

/* Names across origins; the reference's codes. */
static const dm_case EMBEDDED[] = {
    /* Germanic */
    { "schmidt", "XMT", "SMT" },
    { "schneider", "XNTR", "SNTR" },
    { "schwarzach", "XRSK", "XFRT" },
    { "schenker", "XNKR", "SKNK" },
    { "school", "SKL", "SKL" },
    { "wachtler", "AKTL", "FKTL" },
    { "wechsler", "AKSL", "FKSL" },
    { "weikersheim", "AKRS", "FKRS" },
    { "hochmeier", "HKMR", "HKMR" },
    { "Oppenheimer", "APNM", "APNM" },
    { "deffenbacher", "TFNP", "TFNP" },
    { "Eberbach", "APRP", "APRP" },
    { "hartheim", "HR0M", "HRTM" },
    { "Huttinger", "HTNK", "HTNJ" },
    { "Wagner", "AKNR", "FKNR" },
    { "von schuller", "FNXL", "FNXL" },
    { "geithain", "K0N", "JTN" },
    /* Slavic */
    { "Brzozowski", "PRSS", "PRTS" },
    { "czerny", "SRN", "XRN" },
    { "filipowicz", "FLPT", "FLPF" },
    { "Jankelowicz", "JNKL", "ANKL" },
    { "Yankelovich", "ANKL", "ANKL" },
    { "piskowitz", "PSKT", "PSKF" },
    { "Pliskovitch", "PLSK", "PLSK" },
    { "svobodka", "SFPT", "SFPT" },
    { "Kamarowska", "KMRS", "KMRS" },
    /* Italian */
    { "bacci", "PX", "PX" },
    { "bertucci", "PRTX", "PRTX" },
    { "bellocchio", "PLX", "PLX" },
    { "biaggi", "PJ", "PK" },
    { "focaccia", "FKX", "FKX" },
    { "Mancinelli", "MNSN", "MNSN" },
    { "gambrelli", "KMPR", "KMPR" },
    { "tagliaro", "TKLR", "TLR" },
    { "ghiradelli", "JRTL", "JRTL" },
    { "di Saluzzo", "TSLS", "TSLT" },
    { "Profumo", "PRFM", "PRFM" },
    /* Spanish */
    { "bajador", "PJTR", "PHTR" },
    { "jose", "HS", "HS" },
    { "san jacinto", "SNHS", "SNHS" },
    { "gallegos", "KLKS", "KKS" },
    { "cabrillo", "KPRL", "KPR" },
    { "Salvatore", "SLFT", "SLFT" },
    /* Greek roots */
    { "chemistry", "KMST", "KMST" },
    { "chorus", "KRS", "KRS" },
    { "chianti", "KNT", "KNT" },
    { "Christie", "KRST", "KRST" },
    { "ORCHID", "ARKT", "ARKT" },
    { "caesar", "SSR", "SSR" },
    /* French */
    { "breaux", "PR", "PR" },
    { "resnais", "RSN", "RSNS" },
    { "artois", "ART", "ARTS" },
    { "rogier", "RJ", "RJR" },
    { "Beauchamp", "PXMP", "PKMP" },
    /* English and Celtic, with the rule each one exercises */
    { "McLaughlin", "MKLF", "MKLF" },
    { "McHugh", "MK", "MK" },
    { "Knight", "NT", "NT" },
    { "Wright", "RT", "RT" },
    { "Thomas", "TMS", "TMS" },
    { "Smith", "SM0", "XMT" },
    { "Arnow", "ARN", "ARNF" },
    { "laugh", "LF", "LF" },
    { "bough", "P", "P" },
    { "campbell", "KMPL", "KMPL" },
    { "island", "ALNT", "ALNT" },
    { "sugarcane", "XKRK", "SKRK" },
    { "accident", "AKST", "AKST" },
    { "edgar", "ATKR", "ATKR" },
    { "edge", "AJ", "AJ" },
    { "Xavier", "SF", "SFR" },
    /* Chinese romanisations: "zhao" is in the vector file; the others
     * were computed with commons-codec 1.15. */
    { "zhao", "J", "J" },
    { "zhang", "JNK", "JNK" },
    { "xiaoping", "SPNK", "SPNK" },
    { "qian", "KN", "KN" },
    { "cheng", "XNK", "XNK" },
    { "chiang", "KNK", "KNK" },
    { "wang", "ANK", "FNK" },
    { "jiang", "JNK", "ANK" },
    { "hsieh", "S", "S" },
    { "tsai", "TS", "TS" },
    { "nguyen", "NKN", "NKN" },
    /* Arabic romanisations: computed with commons-codec 1.15. */
    { "mohammed", "MHMT", "MHMT" },
    { "muhammad", "MHMT", "MHMT" },
    { "abdulrahman", "APTL", "APTL" },
    { "khalid", "KLT", "KLT" },
    { "hussein", "HSN", "HSN" },
    { "al-rashid", "ALRX", "ALRX" },
    { "yusuf", "ASF", "ASF" },
    { "qasim", "KSM", "KSM" },
    { "sheikh", "XK", "XK" },
    { "jamal", "JML", "AML" },
    { "tariq", "TRK", "TRK" },
};

static void check_code(const char *in, size_t maxlen, const char *want_p,
                       const char *want_a)
{
    char p[32], a[32];
    aka__dmetaphone_n(in, strlen(in), maxlen, p, a);
    if (strcmp(p, want_p) != 0 || strcmp(a, want_a) != 0)
        print_error("'%s' (max %zu): got %s/%s, want %s/%s\n", in, maxlen, p,
                    a, want_p, want_a);
    assert_string_equal(p, want_p);
    assert_string_equal(a, want_a);
}

static void test_embedded(void **state)
{
    (void)state;
    size_t n = sizeof EMBEDDED / sizeof EMBEDDED[0];
    assert_true(n >= 60);
    for (size_t i = 0; i < n; i++) {
        check_code(EMBEDDED[i].in, AKA__DMETA_MAX, EMBEDDED[i].primary,
                   EMBEDDED[i].alternate);
        /* The fixed-size entry point is the same as maxlen 4. */
        char p[AKA__DMETA_MAX + 1], a[AKA__DMETA_MAX + 1];
        aka__dmetaphone(EMBEDDED[i].in, strlen(EMBEDDED[i].in), p, a);
        assert_string_equal(p, EMBEDDED[i].primary);
        assert_string_equal(a, EMBEDDED[i].alternate);
    }
}

/* Other key lengths, computed with commons-codec 1.15 setMaxCodeLen. */
static void test_maxlen_reference(void **state)
{
    (void)state;
    check_code("Kuczewski", 1, "K", "K");
    check_code("Wasserman", 1, "A", "F");
    check_code("Theodoropoulos", 1, "0", "T");
    check_code("Kuczewski", 6, "KSSK", "KXFSK");
    check_code("Schwarzenegger", 6, "XRSNKR", "XFRTSN");
    check_code("Brzozowski", 6, "PRSSSK", "PRTSTS");
    check_code("Abdulrahman", 6, "APTLRM", "APTLRM");
    check_code("Schwarzenegger", 10, "XRSNKR", "XFRTSNKR");
    check_code("Brzozowski", 10, "PRSSSK", "PRTSTSFSK");
    check_code("Abdulrahman", 10, "APTLRMN", "APTLRMN");
    check_code("Wasserman", 10, "ASRMN", "FSRMN");
}

static void test_edges(void **state)
{
    (void)state;
    char p[8], a[8];

    /* Empty, NULL with length 0, and nothing but trimmed bytes. */
    memset(p, 'x', sizeof p);
    memset(a, 'x', sizeof a);
    aka__dmetaphone(NULL, 0, p, a);
    assert_string_equal(p, "");
    assert_string_equal(a, "");
    aka__dmetaphone("  \t ", 4, p, a);
    assert_string_equal(p, "");
    assert_string_equal(a, "");
    /* Only non-letters inside: no sound. */
    aka__dmetaphone("-'-", 3, p, a);
    assert_string_equal(p, "");

    /* maxlen 0 writes the terminators only. */
    memset(p, 'x', sizeof p);
    memset(a, 'x', sizeof a);
    aka__dmetaphone_n("smith", 5, 0, p, a);
    assert_string_equal(p, "");
    assert_string_equal(a, "");
    assert_int_equal(p[1], 'x');
    assert_int_equal(a[1], 'x');

    /* Never writes past maxlen + 1. */
    memset(p, 'x', sizeof p);
    memset(a, 'x', sizeof a);
    aka__dmetaphone_n("Schwarzenegger", 14, 4, p, a);
    assert_string_equal(p, "XRSN");
    assert_string_equal(a, "XFRT");
    assert_int_equal(p[5], 'x');
    assert_int_equal(a[5], 'x');

    /* Case and surrounding white space do not matter. */
    char q[8], b[8];
    aka__dmetaphone("  SMITH\t", 8, p, a);
    aka__dmetaphone("smith", 5, q, b);
    assert_string_equal(p, q);
    assert_string_equal(a, b);

    /* Only n bytes are read: "smithers" cut to 5 is "smith". */
    aka__dmetaphone("smithers", 5, p, a);
    assert_string_equal(p, q);
    assert_string_equal(a, b);

    /* The documented difference from commons-codec: a final J adds no
     * space to the alternate ("RJ" / "R", commons gives "R "). */
    aka__dmetaphone("raj", 3, p, a);
    assert_string_equal(p, "RJ");
    assert_string_equal(a, "R");
}

/* ---- The vector file ---------------------------------------------------- */

static FILE *open_vectors(void)
{
    const char *env = getenv("AKA_CODEC_VECTORS");
    if (env != NULL && *env != '\0')
        return fopen(env, "r");
    /* The shared data sits beside the repository; a git worktree is one
     * level deeper than the main checkout. */
    static const char *const candidates[] = {
        AKA_SOURCE_DIR "/../shared/data/commons_codec_vectors/"
                       "codec_double_metaphone.tsv",
        AKA_SOURCE_DIR "/../../shared/data/commons_codec_vectors/"
                       "codec_double_metaphone.tsv",
    };
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        FILE *f = fopen(candidates[i], "r");
        if (f != NULL)
            return f;
    }
    return NULL;
}

/* Splits a line into at most max tab-separated fields, in place, undoing
 * the file's escapes (\t \n \r \\). Returns the number of fields. */
static int split_fields(char *line, char **field, int max)
{
    int nf = 0;
    char *r = line, *w = line;
    field[nf++] = w;
    for (; *r != '\0' && *r != '\n' && *r != '\r'; r++) {
        if (*r == '\t') {
            *w++ = '\0';
            if (nf == max)
                return nf;
            field[nf++] = w;
        } else if (*r == '\\' && r[1] != '\0') {
            r++;
            *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
    return nf;
}

static int ascii_only(const char *s)
{
    for (; *s != '\0'; s++)
        if ((unsigned char)*s >= 0x80)
            return 0;
    return 1;
}

static void codes(const char *s, char p[AKA__DMETA_MAX + 1],
                  char a[AKA__DMETA_MAX + 1])
{
    aka__dmetaphone(s, strlen(s), p, a);
}

static void test_vector_file(void **state)
{
    (void)state;
    FILE *f = open_vectors();
    if (f == NULL) {
        print_message("commons-codec vectors not found; skipped\n");
        skip();
        return;
    }
    char line[4096];
    long checked = 0, failed = 0, not_ascii = 0, reference_only = 0;
    long lineno = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        lineno++;
        char *fld[6];
        if (lineno == 1 || split_fields(line, fld, 6) != 6)
            continue;
        const char *variant = fld[1], *x = fld[2], *y = fld[3];
        const char *kind = fld[4];
        if (strcmp(fld[0], "double_metaphone") != 0)
            continue;
        if (strcmp(kind, "pair:reference") == 0) {
            /* aspell misspellings; the reference itself only claims the
             * MATCHES subset, which has its own rows. */
            reference_only++;
            continue;
        }
        if (!ascii_only(x) || !ascii_only(y)) {
            /* The C-cedilla and N-tilde rows: the input contract is
             * ASCII (names are transliterated before matching). */
            not_ascii++;
            continue;
        }
        char px[AKA__DMETA_MAX + 1], ax[AKA__DMETA_MAX + 1];
        char py[AKA__DMETA_MAX + 1], ay[AKA__DMETA_MAX + 1];
        codes(x, px, ax);
        int ok;
        if (strcmp(kind, "encode") == 0) {
            if (strncmp(variant, "primary,maxlen=4", 16) == 0)
                ok = strcmp(px, y) == 0;
            else if (strncmp(variant, "alternate,maxlen=4", 18) == 0)
                ok = strcmp(ax, y) == 0;
            else
                continue;
        } else {
            codes(y, py, ay);
            int eq_p = strcmp(px, py) == 0, eq_a = strcmp(ax, ay) == 0;
            int eq;
            if (strcmp(variant, "equal,alternate=false") == 0)
                eq = eq_p;
            else if (strcmp(variant, "equal,alternate=true") == 0)
                eq = eq_a;
            else if (strcmp(variant, "equal,primary_or_alternate") == 0)
                eq = eq_p || eq_a;
            else
                continue;
            if (strcmp(kind, "pair:true") == 0)
                ok = eq;
            else if (strcmp(kind, "pair:false") == 0)
                ok = !eq;
            else
                continue;
        }
        checked++;
        if (!ok) {
            failed++;
            print_error("line %ld: %s %s '%s' '%s': got %s/%s\n", lineno, kind,
                        variant, x, y, px, ax);
        }
    }
    fclose(f);
    print_message("double metaphone vectors: %ld/%ld pass (%ld non-ASCII "
                  "rows and %ld reference-only pairs not applicable)\n",
                  checked - failed, checked, not_ascii, reference_only);
    assert_true(checked > 2000);
    assert_int_equal(failed, 0);
}

/* ---- Properties over random and exhaustive inputs ----------------------- */

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 32);
}

static void check_key(const char *k, size_t maxlen)
{
    size_t len = strlen(k);
    assert_true(len <= maxlen);
    for (size_t i = 0; i < len; i++)
        assert_non_null(strchr("AFHJKLMNPRSTX0", k[i]));
}

/* Encodes the n bytes of `bytes` from an exact-size heap copy, so that an
 * ASan build reports any read past the end, and checks the invariants:
 * keys from the code alphabet, within maxlen, and the keys for a shorter
 * maxlen are prefixes of the longer ones (codes are only cut, never
 * reordered). */
static void probe(const unsigned char *bytes, size_t n)
{
    unsigned char *copy = malloc(n == 0 ? 1 : n);
    assert_non_null(copy);
    if (n > 0)
        memcpy(copy, bytes, n);
    const char *s = n == 0 ? NULL : (const char *)copy;

    char p4[AKA__DMETA_MAX + 1], a4[AKA__DMETA_MAX + 1];
    char p12[13], a12[13];
    aka__dmetaphone(s, n, p4, a4);
    aka__dmetaphone_n(s, n, 12, p12, a12);
    check_key(p4, 4);
    check_key(a4, 4);
    check_key(p12, 12);
    check_key(a12, 12);
    assert_memory_equal(p4, p12, strlen(p4));
    assert_memory_equal(a4, a12, strlen(a4));
    assert_int_equal(strlen(p4), strlen(p12) < 4 ? strlen(p12) : 4);
    assert_int_equal(strlen(a4), strlen(a12) < 4 ? strlen(a12) : 4);

    /* Upper and lower case give the same keys. */
    for (size_t i = 0; i < n; i++)
        if (copy[i] >= 'a' && copy[i] <= 'z')
            copy[i] = (unsigned char)(copy[i] - 'a' + 'A');
    char pu[AKA__DMETA_MAX + 1], au[AKA__DMETA_MAX + 1];
    aka__dmetaphone(s, n, pu, au);
    assert_string_equal(pu, p4);
    assert_string_equal(au, a4);
    free(copy);
}

static void test_random_bytes(void **state)
{
    (void)state;
    unsigned char buf[40];
    for (int iter = 0; iter < 20000; iter++) {
        size_t n = rnd() % 41;
        uint32_t mode = rnd() % 3;
        for (size_t i = 0; i < n; i++) {
            uint32_t r = rnd();
            if (mode == 0) /* any byte */
                buf[i] = (unsigned char)r;
            else if (mode == 1) /* letters of both cases and a few others */
                buf[i] = (unsigned char)("abcdefghijklmnopqrstuvwxyz"
                                         "SCHWITZGHJ '-"[(r >> 8) % 39]);
            else /* lower-case letters dense in the rules' contexts */
                buf[i] = (unsigned char)("aeioucghjstwzlrnmk "[(r >> 8) %
                                                               19]);
        }
        probe(buf, n);
    }
}

/* Every string of length 1 to 3 over the letters and the space: each
 * rule's look-behind and look-ahead meets both ends of the word. */
static void test_all_short(void **state)
{
    (void)state;
    static const char alpha[] = "abcdefghijklmnopqrstuvwxyz ";
    const size_t k = sizeof alpha - 1;
    unsigned char s[3];
    for (size_t len = 1; len <= 3; len++) {
        size_t total = 1;
        for (size_t i = 0; i < len; i++)
            total *= k;
        for (size_t code = 0; code < total; code++) {
            size_t c = code;
            for (size_t i = 0; i < len; i++, c /= k)
                s[i] = (unsigned char)alpha[c % k];
            probe(s, len);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_embedded),
        cmocka_unit_test(test_maxlen_reference),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_vector_file),
        cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_all_short),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
