/* Status names and version queries: the parts of the API with no state. */
#include "aka.h"

const char *aka_status_str(aka_status status)
{
    switch (status) {
    case AKA_OK: return "AKA_OK";
    case AKA_ERR_ARGUMENT: return "AKA_ERR_ARGUMENT";
    case AKA_ERR_NOMEM: return "AKA_ERR_NOMEM";
    case AKA_ERR_UTF8: return "AKA_ERR_UTF8";
    case AKA_ERR_PARSE: return "AKA_ERR_PARSE";
    case AKA_ERR_BUFFER: return "AKA_ERR_BUFFER";
    case AKA_ERR_NOT_FOUND: return "AKA_ERR_NOT_FOUND";
    case AKA_ERR_CORRUPT: return "AKA_ERR_CORRUPT";
    case AKA_ERR_VERSION: return "AKA_ERR_VERSION";
    case AKA_ERR_IO: return "AKA_ERR_IO";
    case AKA_ERR_OPTION: return "AKA_ERR_OPTION";
    case AKA_ERR_LIMIT: return "AKA_ERR_LIMIT";
    case AKA_ERR_INTERNAL: return "AKA_ERR_INTERNAL";
    default: return "AKA_ERR_UNKNOWN";
    }
}

const char *aka_version_string(void)
{
    return AKA_VERSION_STRING;
}

uint32_t aka_version_number(void)
{
    return (uint32_t)AKA_VERSION_NUMBER;
}
