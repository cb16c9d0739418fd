#include "core/error.h"

#include <stdarg.h>
#include <stdio.h>

aka_status aka__fail(aka__err *err, aka_status status, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return status;
}

void aka__err_default(aka__err *err, aka_status status)
{
    if (!err || err->msg[0])
        return;
    const char *text;
    switch (status) {
    case AKA_ERR_NOMEM: text = "out of memory"; break;
    case AKA_ERR_BUFFER: text = "output buffer too small; *out_len holds the size needed"; break;
    case AKA_ERR_INTERNAL: text = "internal failure in a dependency (ICU)"; break;
    default: text = aka_status_str(status); break;
    }
    aka__fail(err, status, "%s", text);
}
