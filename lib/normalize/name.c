#include "normalize/normalize.h"
aka_status aka__norm_name(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err)
{
    (void)o; (void)err;
    return aka__sb_append(out, in, len);
}
aka_status aka__norm_text(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err)
{
    (void)o; (void)err;
    return aka__sb_append(out, in, len);
}
