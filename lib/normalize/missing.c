/* Words for a value not known or not stated, shared by the normalisers of
 * fields that forms fill in with them (gender, nationality). */
#include "normalize/missing.h"

#include "core/wordlist.h"

/* In key form: case and Latin accents gone, punctuation a space ("N/A" is
 * "n a"). */
static const char *const missing[] = {
    /* English */
    "unknown", "unk", "n a", "na", "n k", "nk", "none", "nil", "null",
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
