/* A program outside the libaka tree: it only sees the installed aka.h and
 * library (tests/install/tests.cmake builds it through find_package and
 * through pkg-config). It checks that header and library agree on the
 * version and that a call into the library really works. */
#include <aka.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    /* Full-width letters and an accent: the result proves that ICU was
     * linked and works, not just that the symbol resolved. */
    static const char in[] = "\xef\xbc\xaa\xef\xbd\x8f\xef\xbd\x93\xc3\xa9 GARC\xc3\x8d" "A";
    static const char want[] = "jose garcia";
    char buf[64];
    size_t len = 0;
    aka_status st;

    if (strcmp(aka_version_string(), AKA_VERSION_STRING) != 0 ||
        aka_version_number() != AKA_VERSION_NUMBER) {
        fprintf(stderr, "header %s but library %s\n", AKA_VERSION_STRING,
                aka_version_string());
        return 1;
    }
    st = aka_normalize(AKA_NAME, in, sizeof in - 1, buf, sizeof buf, &len);
    if (st != AKA_OK) {
        fprintf(stderr, "aka_normalize: %s\n", aka_status_str(st));
        return 1;
    }
    if (len != sizeof want - 1 || strcmp(buf, want) != 0) {
        fprintf(stderr, "aka_normalize: unexpected canonical form\n");
        return 1;
    }
    printf("libaka %s: ok\n", aka_version_string());
    return 0;
}
