/* Placeholder until the nationality normaliser lands (being written now). */
#include "normalize/normalize.h"

aka_status aka__norm_nationality(const char *in, size_t len, const aka__norm_opts *o,
                           aka__sb *out, aka__err *err)
{
    (void)in; (void)len; (void)o; (void)out;
    return aka__fail(err, AKA_ERR_PARSE, "nationality: not implemented yet");
}

aka_status aka__country_lookup(const char *in, size_t len, char cc[3])
{
    (void)in; (void)len; (void)cc;
    return AKA_ERR_PARSE;
}
