#include "normalize/mn_register.h"

#include <stdint.h>
#include <string.h>

#include "unicode/utf8.h"

/* The lower-case Cyrillic letters of Mongolian and their Latin spelling
 * (MNS 5217:2012); ъ and ь, which open no register number, are left out,
 * so that a value holding them is not read as one. */
static const char *mn_latin(uint32_t cp)
{
    static const char *const basic[32] = {
        "a",  "b",  "v",  "g",  "d",  "ye", "j",  "z",  /* а б в г д е ж з */
        "i",  "i",  "k",  "l",  "m",  "n",  "o",  "p",  /* и й к л м н о п */
        "r",  "s",  "t",  "u",  "f",  "kh", "ts", "ch", /* р с т у ф х ц ч */
        "sh", "sh", NULL, "y",  NULL, "e",  "yu", "ya", /* ш щ ъ ы ь э ю я */
    };
    if (cp >= 0x0430 && cp <= 0x044F)
        return basic[cp - 0x0430];
    if (cp == 0x0451) /* ё */
        return "yo";
    if (cp == 0x04E9) /* ө */
        return "o";
    if (cp == 0x04AF) /* ү */
        return "u";
    return NULL;
}

size_t aka__mn_register(const char *v, size_t n, char out[AKA__MN_REGISTER_MAX])
{
    char buf[AKA__MN_REGISTER_MAX];
    size_t o = 0, i = 0;
    for (int k = 0; k < 2; k++) {
        if (i >= n)
            return 0;
        const char *l = mn_latin(aka__utf8_next(v, n, &i));
        if (!l)
            return 0;
        size_t ll = strlen(l);
        memcpy(buf + o, l, ll);
        o += ll;
    }
    if (n - i != 8)
        return 0;
    for (; i < n; i++) {
        if (v[i] < '0' || v[i] > '9')
            return 0;
        buf[o++] = v[i];
    }
    memcpy(out, buf, o);
    return o;
}
