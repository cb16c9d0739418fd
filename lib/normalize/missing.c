/* Words for a value not known or not stated, shared by the normalisers of
 * fields that forms fill in with them (gender, nationality). */
#include "normalize/missing.h"

#include "core/strbuf.h"
#include "core/wordlist.h"
#include "unicode/fold.h"

/* Longer values are no word of the list, whatever they fold to. */
#define MISSING_MAX 48

/* In key form: case and Latin accents gone, punctuation a space ("N/A" is
 * "n a"). */
static const char *const missing[] = {
    /* English, and what databases and programs print for no value */
    "unknown", "unk", "n a", "na", "n k", "nk", "none", "nil", "null", "nan",
    "undefined",
    "not known", "not stated", "not specified", "unspecified",
    "not applicable", "undisclosed", "not available",
    /* French, Spanish, Portuguese, Italian, Romanian */
    "inconnu", "inconnue", "non precise", "non precisee", "desconocido",
    "desconocida", "desconhecido", "desconhecida", "sconosciuto",
    "sconosciuta", "necunoscut",
    /* German, Dutch, Turkish */
    "unbekannt", "onbekend", "bilinmiyor",
    /* Russian, Ukrainian */
    "неизвестно", "неизвестен", "неизвестна", "не указан", "не указано",
    "невідомо", "невідома", "не вказано",
    /* Arabic */
    "غير معروف", "غير معروفة",
};

int aka__missing_word(const char *key, size_t n)
{
    return n > 0 && AKA__LISTED(missing, key, n);
}

int aka__missing_value(const char *in, size_t len)
{
    if (len > MISSING_MAX)
        return 0;
    char buf[MISSING_MAX + 1];
    size_t kn = aka__u_keyfold_ascii(in, len, buf, sizeof buf);
    if (kn != (size_t)-1)
        return aka__missing_word(buf, kn);
    aka__sb key = {0};
    int hit = aka__u_keyfold(in, len, &key) == AKA_OK && key.p &&
              aka__missing_word(key.p, key.len);
    aka__sb_free(&key);
    return hit;
}

int aka__repeated_digit(const char *s, size_t n)
{
    if (n == 0 || s[0] < '0' || s[0] > '9')
        return 0;
    for (size_t i = 1; i < n; i++)
        if (s[i] != s[0])
            return 0;
    return 1;
}
