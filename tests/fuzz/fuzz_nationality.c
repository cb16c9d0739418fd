/* Fuzz target: AKA_NATIONALITY: output is an ISO alpha-2 code, which is
 * itself an accepted input and must map to itself. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("nationality", AKA_NATIONALITY, fz_format_nationality, 1, d, n);
    return 0;
}
