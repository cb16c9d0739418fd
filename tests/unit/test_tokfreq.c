/* Name frequencies: counting a name from hashes computed beforehand
 * (aka__tokfreq_hashes, aka__tokfreq_update_hashed) leaves the table as
 * counting it from the text does, and starts a new generation as it
 * does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine/tokfreq.h"

static void hashed(aka__tokfreq *t, const char *name, int delta)
{
    uint64_t h[4];
    size_t room, n = aka__tokfreq_hashes(name, strlen(name), h, 4, &room);
    uint64_t *all = h;
    if (n > 4) { /* too many for h: asked again with room for them */
        all = malloc(n * sizeof *all);
        assert_non_null(all);
        assert_int_equal(aka__tokfreq_hashes(name, strlen(name), all, n, &room), n);
    }
    assert_int_equal(aka__tokfreq_update_hashed(t, all, n, room, delta), 0);
    if (all != h)
        free(all);
}

static void test_hashed_counts_as_text(void **state)
{
    (void)state;
    /* odd spacing, a repeated token, more than 16 tokens (hashed as
     * written), one token, and enough names to grow the table */
    static const char *names[] = {
        "anna shevchenko", "shevchenko anna", " anna  maria ", "ivanov",
        "a b c d e f g h i j k l m n o p q r", "li li", "anna shevchenko"};
    aka__tokfreq a = {0}, b = {0};
    char buf[32];
    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            assert_int_equal(aka__tokfreq_update(&a, names[i], strlen(names[i]), +1), 0);
            hashed(&b, names[i], +1);
        }
        snprintf(buf, sizeof buf, "name%d other%d", round, round % 7);
        assert_int_equal(aka__tokfreq_update(&a, buf, strlen(buf), +1), 0);
        hashed(&b, buf, +1);
    }
    assert_int_equal(aka__tokfreq_update(&a, "ivanov", 6, -1), 0);
    hashed(&b, "ivanov", -1);
    assert_int_equal(a.cap, b.cap);
    assert_int_equal(a.used, b.used);
    assert_int_equal(a.records, b.records);
    assert_memory_equal(a.key, b.key, a.cap * sizeof *a.key);
    assert_memory_equal(a.count, b.count, a.cap * sizeof *a.count);
    assert_int_equal(aka__tokfreq_name_count(&b, "anna shevchenko", 15), 600);
    aka__tokfreq_free(&a);
    aka__tokfreq_free(&b);
}

/* Memos of counts (engine/pair.c) hold for one generation: a change by
 * either way of counting starts another. */
static void test_every_update_starts_a_generation(void **state)
{
    (void)state;
    aka__tokfreq t = {0};
    uint64_t g0 = t.gen;
    assert_int_equal(aka__tokfreq_update(&t, "anna shevchenko", 15, +1), 0);
    uint64_t g1 = t.gen;
    assert_true(g1 != g0);
    hashed(&t, "ivan ivanov", +1);
    uint64_t g2 = t.gen;
    assert_true(g2 != g1 && g2 != g0);
    hashed(&t, "ivan ivanov", -1);
    assert_true(t.gen != g2 && t.gen != g1);
    aka__tokfreq_free(&t);
}

/* A removal grows nothing and asks for no memory, even from a table at
 * its load limit (the engine removes records after their entities are
 * rebuilt, when nothing may fail); an add that reserved its room first
 * does not grow either. */
static void test_removal_never_grows(void **state)
{
    (void)state;
    aka__tokfreq t = {0};
    char buf[80];
    int k = 0;
    /* filled until the next three-token name would grow it */
    for (;; k++) {
        snprintf(buf, sizeof buf, "given%d family%d other%d", k, k, k);
        size_t room;
        (void)aka__tokfreq_hashes(buf, strlen(buf), NULL, 0, &room);
        if (t.cap && (t.used + room) * 4 >= t.cap * 3)
            break;
        assert_int_equal(aka__tokfreq_update(&t, buf, strlen(buf), +1), 0);
    }
    size_t cap = t.cap, used = t.used;
    uint64_t records = t.records;
    snprintf(buf, sizeof buf, "given%d family%d other%d", 3, 3, 3);
    assert_int_equal(aka__tokfreq_name_count(&t, buf, strlen(buf)), 1);
    assert_int_equal(aka__tokfreq_update(&t, buf, strlen(buf), -1), 0);
    assert_int_equal(t.cap, cap);
    assert_int_equal(t.used, used);
    assert_int_equal(t.records, records - 1);
    assert_int_equal(aka__tokfreq_name_count(&t, buf, strlen(buf)), 0);
    /* the same through hashes made beforehand */
    snprintf(buf, sizeof buf, "given%d family%d other%d", 4, 4, 4);
    hashed(&t, buf, -1);
    assert_int_equal(t.cap, cap);
    /* an add at the limit grows when it reserves, and not after */
    snprintf(buf, sizeof buf, "given%d family%d other%d", k, k, k);
    size_t room;
    (void)aka__tokfreq_hashes(buf, strlen(buf), NULL, 0, &room);
    assert_int_equal(aka__tokfreq_reserve(&t, room), 0);
    assert_true(t.cap > cap);
    cap = t.cap;
    assert_int_equal(aka__tokfreq_update(&t, buf, strlen(buf), +1), 0);
    assert_int_equal(t.cap, cap);
    /* and a table that never counted takes a removal as nothing */
    aka__tokfreq empty = {0};
    assert_int_equal(aka__tokfreq_update(&empty, buf, strlen(buf), -1), 0);
    assert_int_equal(empty.cap, 0);
    aka__tokfreq_free(&t);
    aka__tokfreq_free(&empty);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hashed_counts_as_text),
        cmocka_unit_test(test_every_update_starts_a_generation),
        cmocka_unit_test(test_removal_never_grows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
