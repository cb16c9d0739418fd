/* Fuzz target: AKA_IDENTIFIER: type:value. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("identifier", AKA_IDENTIFIER, fz_format_identifier, 0, d, n);
    return 0;
}
