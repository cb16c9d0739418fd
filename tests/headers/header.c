/* The public header alone, compiled as C89, C99, C11 and C++ with
 * -Wall -Wextra -Wpedantic -Werror (tests/headers/tests.cmake): aka.h must
 * not need anything from its includer, must not use features newer than the
 * oldest language we promise, and must survive being included twice. */
#include <aka.h>
#include <aka.h>

/* The version macros must be usable by the preprocessor. */
#if !AKA_VERSION_AT_LEAST(0, 0, 0) || AKA_VERSION_NUMBER < 0
#error "AKA_VERSION_AT_LEAST or AKA_VERSION_NUMBER broken"
#endif

/* Something that uses the declarations, so the unit is not empty. */
typedef aka_status (*header_test_fn)(aka_feature, const char *, size_t,
                                     char *, size_t, size_t *);
header_test_fn header_test_pointer(void);
header_test_fn header_test_pointer(void)
{
    return aka_normalize;
}
