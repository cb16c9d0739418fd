/* Fuzz target: AKA_DATE_OF_BIRTH. A canonical date is YYYY[-MM[-DD]], which
 * the parser must read back unchanged (year-first is unambiguous). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
    fz_check_kind("date_of_birth", AKA_DATE_OF_BIRTH, fz_format_date, 1, d, n);
    return 0;
}
