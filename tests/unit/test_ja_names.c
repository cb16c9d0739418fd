/* Japanese name readings: the generated tables keep their invariants
 * (sorted in the order the lookup searches, unique, Han keys of the right
 * length, [a-z]+ readings), agree with gen/ja_names.txt, known names read
 * as expected, the longest surname prefix wins, and Chinese names and
 * single-kanji surnames find nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <unicode/ustring.h>

#include "unicode/ja_names.h"

/* UTF-8 literal -> UTF-16 in buf; returns the length in UChars. */
static int32_t u16(const char *s, UChar *buf, int32_t cap)
{
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(buf, cap, &n, s, -1, &ec);
    if (U_FAILURE(ec))
        fail_msg("bad test literal");
    return n;
}

static const char *surname(const char *s, int32_t *klen)
{
    UChar b[64];
    int32_t n = u16(s, b, 64);
    return aka__ja_surname_prefix(b, n, klen);
}

static const char *given(const char *s)
{
    UChar b[64];
    int32_t n = u16(s, b, 64);
    return aka__ja_given(b, n);
}

static int is_az(const char *s)
{
    if (*s == 0)
        return 0;
    for (; *s; s++)
        if (*s < 'a' || *s > 'z')
            return 0;
    return 1;
}

static int is_han(UChar c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005;
}

/* Independent of the library's comparison: the order the generator
 * promises, code units first, then the shorter key. */
static int order(const aka__ja_name *a, const aka__ja_name *b)
{
    for (int i = 0; i < a->n && i < b->n; i++)
        if (a->k[i] != b->k[i])
            return a->k[i] < b->k[i] ? -1 : 1;
    return (a->n > b->n) - (a->n < b->n);
}

/* kind: 1 surnames, 0 given names, 2 single kanji (no lookup of its own) */
static void check_table(const aka__ja_name *t, size_t count, int minlen,
                        int is_surname)
{
    assert_true(count > 0);
    for (size_t i = 0; i < count; i++) {
        const aka__ja_name *e = &t[i];
        if (e->n < minlen || e->n > AKA__JA_MAXKEY)
            fail_msg("entry %zu: key length %d", i, e->n);
        for (int j = 0; j < e->n; j++)
            if (!is_han(e->k[j]))
                fail_msg("entry %zu: key unit %d is not Han", i, j);
        if (memchr(e->reading, 0, sizeof e->reading) == NULL ||
            !is_az(e->reading))
            fail_msg("entry %zu: reading is not [a-z]+", i);
        if (i > 0 && order(&t[i - 1], e) >= 0)
            fail_msg("entries %zu and %zu are out of order or equal", i - 1, i);
        /* Every row is reachable through the public lookup. */
        if (is_surname == 1) {
            int32_t klen = -1;
            const char *r = aka__ja_surname_prefix(e->k, e->n, &klen);
            if (r != e->reading || klen != e->n)
                fail_msg("surname entry %zu not found by its own key", i);
        } else if (is_surname == 0 && aka__ja_given(e->k, e->n) != e->reading) {
            fail_msg("given entry %zu not found by its own key", i);
        }
    }
}

static void test_tables_sorted_unique(void **state)
{
    (void)state;
    check_table(aka__ja_surnames, aka__ja_surnames_count, 2, 1);
    check_table(aka__ja_given_names, aka__ja_given_names_count, 1, 0);
    /* The sizes the task asked for, so an accidental truncation shows. */
    assert_true(aka__ja_surnames_count >= 500);
    assert_true(aka__ja_given_names_count >= 400);
}

/* Every line of the source text is in the compiled table with its reading
 * ("+" boundary marks removed): ja_names.c was regenerated after the last
 * edit of ja_names.txt, and the counts match so nothing extra crept in. */
static void test_tables_match_source(void **state)
{
    (void)state;
    FILE *f = fopen(AKA_SOURCE_DIR "/lib/unicode/gen/ja_names.txt", "r");
    assert_non_null(f);
    char line[256];
    int section = -1; /* 0 surname, 1 given, 2 kanji */
    size_t seen[3] = {0, 0, 0};
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char key[64], reading[64];
        if (sscanf(line, " [%63[a-z]]", key) == 1) {
            section = strcmp(key, "surname") == 0 ? 0 :
                      strcmp(key, "given") == 0 ? 1 :
                      strcmp(key, "kanji") == 0 ? 2 : -1;
            assert_true(section >= 0);
            continue;
        }
        char later[64] = "";
        if (sscanf(line, "%63s %63s %63s", key, reading, later) < 2)
            continue;
        assert_true(section >= 0);
        char want[64];
        size_t w = 0;
        for (const char *p = reading; *p; p++)
            if (*p != '+')
                want[w++] = *p;
        want[w] = 0;
        UChar b[16];
        int32_t n = u16(key, b, 16);
        const char *got;
        if (section == 0) {
            int32_t klen = 0;
            got = aka__ja_surname_prefix(b, n, &klen);
            if (got && klen != n)
                got = NULL;
        } else if (section == 1) {
            got = aka__ja_given(b, n);
        } else {
            /* [kanji]: both readings, through a name of the kanji twice. */
            UChar two[2] = {b[0], b[0]};
            char joined[64], expect[130];
            snprintf(expect, sizeof expect, "%s%s", want,
                     later[0] ? later : want);
            got = n == 1 && aka__ja_given_composed(two, 2, joined,
                                                   sizeof joined) &&
                          strcmp(joined, expect) == 0
                      ? want
                      : NULL;
        }
        if (!got || strcmp(got, want) != 0)
            fail_msg("ja_names.txt line %d is not in the compiled table; "
                     "rerun gen_ja_names.py", lineno);
        seen[section]++;
    }
    fclose(f);
    assert_int_equal(seen[0], aka__ja_surnames_count);
    assert_int_equal(seen[1], aka__ja_given_names_count);
    assert_int_equal(seen[2], aka__ja_kanji_first_count);
}

/* Given names read kanji by kanji: the first kanji's reading, then the
 * later ones'; only two or three kanji, all in the tables. */
static void test_given_composed(void **state)
{
    (void)state;
    check_table(aka__ja_kanji_first, aka__ja_kanji_first_count, 1, 2);
    check_table(aka__ja_kanji_later, aka__ja_kanji_later_count, 1, 2);
    assert_int_equal(aka__ja_kanji_first_count, aka__ja_kanji_later_count);
    static const struct {
        const char *in, *want;
    } ok[] = {
        {"角栄", "kakuei"}, {"晋三", "shinzo"}, {"圭佑", "keisuke"},
        {"漱石", "soseki"}, {"一樹", "kazuki"}, {"健一", "kenichi"},
        {"拓也", "takuya"}, {"颯太", "sota"},   {"聖子", "seiko"},
    };
    char out[64];
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        UChar b[8];
        int32_t n = u16(ok[i].in, b, 8);
        assert_int_equal(aka__ja_given_composed(b, n, out, sizeof out), 1);
        assert_string_equal(out, ok[i].want);
    }
    UChar b[8];
    /* one kanji alone: its reading as a name's first kanji */
    int32_t n = u16("春", b, 8);
    assert_int_equal(aka__ja_given_composed(b, n, out, sizeof out), 1);
    assert_string_equal(out, "haru");
    n = u16("鬱", b, 8);
    assert_int_equal(aka__ja_given_composed(b, n, out, sizeof out), 0);
    n = u16("角栄角栄", b, 8); /* four kanji */
    assert_int_equal(aka__ja_given_composed(b, n, out, sizeof out), 0);
    n = u16("健鬱", b, 8); /* a kanji outside the table */
    assert_int_equal(aka__ja_given_composed(b, n, out, sizeof out), 0);
    n = u16("角栄", b, 8);
    assert_int_equal(aka__ja_given_composed(b, n, out, 4), 0); /* no room */
}

typedef struct rcase {
    const char *in;
    const char *want;
    int32_t klen; /* surname cases: UChars consumed */
} rcase;

static void test_surname_spot_checks(void **state)
{
    (void)state;
    static const rcase cases[] = {
        {"佐藤", "sato", 2},        {"鈴木", "suzuki", 2},
        {"高橋", "takahashi", 2},   {"髙橋", "takahashi", 2},
        {"田中", "tanaka", 2},      {"伊藤", "ito", 2},
        {"渡辺", "watanabe", 2},    {"渡邊", "watanabe", 2},
        {"山本", "yamamoto", 2},    {"中村", "nakamura", 2},
        {"小林", "kobayashi", 2},   {"加藤", "kato", 2},
        {"斎藤", "saito", 2},       {"齋藤", "saito", 2},
        {"大野", "ono", 2},         {"工藤", "kudo", 2},
        {"近藤", "kondo", 2},       {"本田", "honda", 2},
        {"難波", "nanba", 2},       {"本間", "honma", 2},
        {"井上", "inoue", 2},       {"松浦", "matsuura", 2},
        {"大内", "ouchi", 2},       {"大橋", "ohashi", 2},
        {"服部", "hattori", 2},     {"河野", "kono", 2},
        {"山﨑", "yamazaki", 2},    {"佐々木", "sasaki", 3},
        {"五十嵐", "igarashi", 3},  {"長谷川", "hasegawa", 3},
        {"東海林", "shoji", 3},     {"仲宗根", "nakasone", 3},
        /* Followed by a given name: only the surname is consumed. */
        {"鈴木一郎", "suzuki", 2},  {"佐藤花子", "sato", 2},
        {"佐々木健", "sasaki", 3},  {"田中角栄", "tanaka", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int32_t klen = -1;
        const char *r = surname(cases[i].in, &klen);
        if (!r || strcmp(r, cases[i].want) != 0 || klen != cases[i].klen)
            fail_msg("surname case %zu: got %s/%d, want %s/%d", i,
                     r ? r : "(none)", klen, cases[i].want, cases[i].klen);
    }
}

static void test_given_spot_checks(void **state)
{
    (void)state;
    static const rcase cases[] = {
        {"一郎", "ichiro", 0},      {"太郎", "taro", 0},
        {"花子", "hanako", 0},      {"洋子", "yoko", 0},
        {"陽子", "yoko", 0},        {"翔太", "shota", 0},
        {"健", "ken", 0},           {"誠", "makoto", 0},
        {"裕子", "yuko", 0},        {"優子", "yuko", 0},
        {"直子", "naoko", 0},       {"大輔", "daisuke", 0},
        {"拓也", "takuya", 0},      {"美咲", "misaki", 0},
        {"結衣", "yui", 0},         {"健一", "kenichi", 0},
        {"純平", "junpei", 0},      {"信也", "shinya", 0},
        {"龍之介", "ryunosuke", 0}, {"菜々子", "nanako", 0},
        {"恵子", "keiko", 0},       {"雄一", "yuichi", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *r = given(cases[i].in);
        if (!r || strcmp(r, cases[i].want) != 0)
            fail_msg("given case %zu: got %s, want %s", i, r ? r : "(none)",
                     cases[i].want);
    }
}

static void test_longest_prefix(void **state)
{
    (void)state;
    int32_t klen = -1;
    /* 長谷 and 長谷川 are both surnames: three kanji win when present. */
    assert_string_equal(surname("長谷川洋子", &klen), "hasegawa");
    assert_int_equal(klen, 3);
    assert_string_equal(surname("長谷", &klen), "hase");
    assert_int_equal(klen, 2);
    assert_string_equal(surname("長谷部誠", &klen), "hasebe");
    assert_int_equal(klen, 3);
    /* 長谷 followed by a kanji that makes no three-kanji surname. */
    assert_string_equal(surname("長谷一郎", &klen), "hase");
    assert_int_equal(klen, 2);
    assert_string_equal(surname("久保田利伸", &klen), "kubota");
    assert_int_equal(klen, 3);
    assert_string_equal(surname("久保", &klen), "kubo");
    assert_int_equal(klen, 2);
    assert_string_equal(surname("小野寺", &klen), "onodera");
    assert_int_equal(klen, 3);
    assert_string_equal(surname("小野洋子", &klen), "ono");
    assert_int_equal(klen, 2);
    /* Text shorter than a three-kanji surname: 佐々 alone is no name. */
    assert_null(surname("佐々", &klen));
    assert_int_equal(klen, 0);
    /* klen may be NULL. */
    assert_string_equal(surname("佐藤", NULL), "sato");
}

static void test_non_matches(void **state)
{
    (void)state;
    int32_t klen = -1;
    static const char *const chinese[] = {
        "习近平", "王小明", "林", "林小明", "森", "张伟", "欧阳修",
        "司马光", "诸葛亮", "李娜",
    };
    for (size_t i = 0; i < sizeof chinese / sizeof chinese[0]; i++) {
        klen = -1;
        if (surname(chinese[i], &klen) != NULL || klen != 0)
            fail_msg("non-surname %zu matched", i);
    }
    assert_null(given("近平"));
    assert_null(given("小明"));
    /* Given-name lookup is exact: no prefix, no longer text. */
    assert_null(given("一郎太"));
    assert_null(given("鈴木一郎"));
    assert_null(given("さとう"));
    assert_null(given("Ichiro"));
    /* A surname is not a given name and the reverse. */
    assert_null(given("佐藤"));
    assert_null(surname("一郎", &klen));
    /* Degenerate input. */
    UChar one = 0x4F50; /* 佐 */
    assert_null(aka__ja_surname_prefix(&one, 1, &klen));
    assert_null(aka__ja_surname_prefix(NULL, 3, &klen));
    assert_int_equal(klen, 0);
    assert_null(aka__ja_surname_prefix(&one, 0, &klen));
    assert_null(aka__ja_surname_prefix(&one, -1, &klen));
    assert_null(aka__ja_given(NULL, 2));
    assert_null(aka__ja_given(&one, 0));
    assert_null(aka__ja_given(&one, -5));
    UChar four[4];
    assert_int_equal(u16("美奈子子", four, 4), 4);
    assert_null(aka__ja_given(four, 4));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables_sorted_unique),
        cmocka_unit_test(test_tables_match_source),
        cmocka_unit_test(test_given_composed),
        cmocka_unit_test(test_surname_spot_checks),
        cmocka_unit_test(test_given_spot_checks),
        cmocka_unit_test(test_longest_prefix),
        cmocka_unit_test(test_non_matches),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
