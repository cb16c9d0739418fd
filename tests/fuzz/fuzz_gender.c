/* Fuzz target: AKA_GENDER: output F, M or X. Not checked for idempotence:
 * the contract fixes the output letters, not that they are also inputs. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("gender", AKA_GENDER, fz_format_gender, 0, d, n);
    return 0;
}
