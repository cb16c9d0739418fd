/* Fuzz target: AKA_ADDRESS and AKA_PLACE_OF_BIRTH (the free-text normaliser).
 * Not checked for idempotence: free text may drop or rewrite words whose
 * romanised forms mean something else on a second pass. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("address", AKA_ADDRESS, fz_format_tokens, 0, d, n);
    fz_check_kind("place_of_birth", AKA_PLACE_OF_BIRTH, fz_format_tokens, 0, d, n);
    return 0;
}
