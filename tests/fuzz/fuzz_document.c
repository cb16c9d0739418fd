/* Fuzz target: AKA_DOCUMENT: upper-case letters and digits, optionally after
 * CC:, which must read back unchanged. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("document", AKA_DOCUMENT, fz_format_document, 1, d, n);
    return 0;
}
