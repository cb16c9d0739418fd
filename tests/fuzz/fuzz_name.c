/* Fuzz target: AKA_NAME, AKA_GIVEN_NAME and AKA_FAMILY_NAME (one normaliser, three
 * entry kinds; all three are checked so a future split stays covered).
 * Names typed in ASCII are idempotent: their canonical form must read back
 * as itself. A name romanised from another script may not be: its tokens
 * can spell a title by accident (عمر, Omar, gives "mr"), which only an
 * ASCII reading drops. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("name", AKA_NAME, fz_format_tokens, 3, d, n);
    fz_check_kind("given_name", AKA_GIVEN_NAME, fz_format_tokens, 3, d, n);
    fz_check_kind("family_name", AKA_FAMILY_NAME, fz_format_tokens, 3, d, n);
    return 0;
}
