/* Fuzz target: AKA_PHONE, stateless and through an engine whose
 * default_country is UA (national numbers become E.164).
 *
 * Output is \+?[0-9]{6,15}. A "+" form is E.164 and must read back as
 * itself; a digits-only form is not checked for idempotence because without
 * a country it may legitimately be read differently. On a failing engine
 * call the engine's message must be set and must not quote the input
 * (error messages never hold personal data). */
#include "fuzz_common.h"

/* One engine for the process: creating it per input would measure option
 * parsing instead of the normaliser. It only holds options, so inputs
 * cannot influence each other through it. */
static aka_engine *ua_engine(void)
{
    static aka_engine *e;
    if (!e) {
        aka_options *o = NULL;
        if (aka_options_new(&o) != AKA_OK)
            fz_fail("phone", "cannot create an options set");
        /* The option accepts whatever the nationality normaliser reads;
         * until that normaliser exists "UA" is refused with AKA_ERR_OPTION
         * and the engine runs with defaults (still the engine code path).
         * Any other failure is a bug. */
        aka_status st = aka_options_set(o, "default_country", "UA");
        if (st == AKA_ERR_OPTION)
            fprintf(stderr, "fuzz_phone: default_country=UA refused (%s); "
                            "engine uses the defaults\n", aka_options_errmsg(o));
        else if (st != AKA_OK)
            fz_fail("phone", "aka_options_set failed unexpectedly");
        if (aka_engine_new(o, &e) != AKA_OK)
            fz_fail("phone", "cannot create an engine");
        aka_options_free(o);
    }
    return e;
}

/* memmem is a GNU extension; the project builds with plain POSIX. */
static int memmem_portable(const char *hay, size_t hn, const uint8_t *needle,
                           size_t nn)
{
    for (size_t i = 0; i + nn <= hn; i++)
        if (memcmp(hay + i, needle, nn) == 0)
            return 1;
    return 0;
}

static void check_message(aka_engine *e, const uint8_t *d, size_t n)
{
    size_t len = 0;
    aka_status st = aka_engine_normalize(e, AKA_PHONE, (const char *)d, n,
                                         NULL, 0, &len);
    if (st == AKA_OK || st == AKA_ERR_BUFFER)
        return;
    const char *msg = aka_engine_errmsg(e);
    if (!msg || !*msg)
        fz_fail("phone", "engine call failed without a message");
    /* Quoting is detected for inputs long enough not to occur in a message
     * by chance and holding a non-ASCII byte (messages are plain ASCII). */
    int non_ascii = 0;
    for (size_t i = 0; i < n; i++)
        non_ascii |= d[i] >= 0x80;
    if (n >= 4 && non_ascii && strlen(msg) >= n &&
        memmem_portable(msg, strlen(msg), d, n))
        fz_fail("phone", "engine message quotes the input");
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("phone", AKA_PHONE, fz_format_phone, 2, d, n);
    fz_ctx c = {"phone(engine UA)", AKA_PHONE, ua_engine(), fz_format_phone, 2};
    fz_check(&c, d, n);
    check_message(c.engine, d, n);
    return 0;
}
