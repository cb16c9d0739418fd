/* Fuzz target: AKA_EMAIL: lower case around an @, idempotent. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("email", AKA_EMAIL, fz_format_email, 1, d, n);
    return 0;
}
