/* Error messages that travel with a status from deep inside a stage up to
 * the handle that reports them. Messages must never quote input values:
 * they may hold personal data. */
#ifndef AKA_CORE_ERROR_H
#define AKA_CORE_ERROR_H

#include "aka.h"

#define AKA__ERRMSG_CAP 256

typedef struct aka__err {
    char msg[AKA__ERRMSG_CAP];
} aka__err;

/* Record a formatted message in err (which may be NULL) and return status,
 * so that call sites read `return aka__fail(err, AKA_ERR_PARSE, "...")`. */
aka_status aka__fail(aka__err *err, aka_status status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Record a generic message for a status when a stage left none. */
void aka__err_default(aka__err *err, aka_status status);

#endif
