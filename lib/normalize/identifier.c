/* Placeholder until the identifier normaliser lands (being written now). */
#include "normalize/normalize.h"

aka_status aka__norm_identifier(const char *in, size_t len, const aka__norm_opts *o,
                           aka__sb *out, aka__err *err)
{
    (void)in; (void)len; (void)o; (void)out;
    return aka__fail(err, AKA_ERR_PARSE, "identifier: not implemented yet");
}
