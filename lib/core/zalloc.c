#include "core/zalloc.h"

#include <stdlib.h>

void *aka__zalloc(size_t size, int touch)
{
    char *p = calloc(1, size ? size : 1);
    if (!p || !touch)
        return p;
    /* Written through a volatile pointer, so that the stores are not
     * dropped as storing what calloc already guarantees. */
    volatile char *v = p;
    for (size_t i = 0; i < size; i += 4096)
        v[i] = 0;
    return p;
}
