#include "match/burmese.h"

#include "core/wordlist.h"

/* Syllables of Burmese given names as Latin letters spell them in
 * passports and registers (with the common variants: myo and myoe, htet
 * and htat, linn, zinn), and the honorifics. Sorted (strcmp);
 * tests/unit/test_burmese.c checks. */
static const char *const syllables[] = {
    "aung", "aye", "ba", "chit", "daw", "ei", "hein", "hla", "hlaing", "hlwan",
    "hmwe", "hnin", "hsu", "htar", "htat", "htay", "htet", "htike", "htin",
    "htoo", "htun", "htwe", "kaung", "kay", "khaing", "khant", "khin", "khine",
    "khun", "ko", "kyal", "kyauk", "kyaw", "kyawt", "kyi", "kyin", "kyu",
    "lay", "lin", "linn", "lwan", "lwin", "ma", "maung", "maw", "may", "mg",
    "mhwe", "mi", "min", "mo", "moe", "mon", "mu", "mya", "myaing", "myat",
    "myin", "myint", "myit", "myitta", "myo", "myoe", "naing", "nan", "nandar",
    "nang", "naung", "naw", "nay", "nge", "ngwe", "ni", "nilar", "nu", "nway",
    "nwe", "nyan", "nyein", "nyi", "nyo", "nyunt", "ohn", "ohnmar", "oo", "pa",
    "paing", "pan", "paw", "phone", "phoo", "phyo", "phyoe", "phyoo", "phyu",
    "pwint", "pyae", "pyay", "pyi", "pyone", "sabai", "sai", "san", "sanda",
    "sandar", "sandi", "sann", "saw", "sein", "sett", "shwe", "si", "sithu",
    "soe", "su", "swe", "tar", "tayza", "tha", "than", "thandar", "thant",
    "thaung", "thaw", "thazin", "thein", "thet", "thi", "thida", "thidar",
    "thien", "thiha", "thinzar", "thiri", "thu", "thura", "thuzar", "thwe",
    "tin", "tint", "tun", "u", "waddy", "wai", "win", "wint", "wutyi", "ya",
    "yadanar", "yamone", "yay", "ye", "yee", "yi", "yin", "yu", "zar",
    "zarchi", "zarni", "zaw", "zayar", "zeya", "zeyar", "zin", "zinn",
};

/* What each is (burmese.h): D hardly any other language's names spell it
 * so; S shared with Chinese, Korean or Western names; H an honorific. */
#define D AKA__MY_DISTINCT
#define S AKA__MY_SYLLABLE
#define H AKA__MY_HONORIFIC
static const unsigned char kinds[] = {
    D, D, S, D, H, S, D, S, D, D, D, D, D, D, D, D, D, D, S, D, D, D, D, S, D,
    D, D, S, H, H, D, D, D, D, D, S, D, S, S, S, D, D, H, H, S, S, H, D, H, S,
    S, D, S, S, D, D, D, D, D, D, D, D, D, D, S, D, H, D, H, D, S, D, S, S, S,
    D, D, D, D, D, D, D, D, D, S, S, D, S, S, S, D, D, D, D, D, D, D, D, D, D,
    D, H, S, D, D, D, S, H, S, S, D, S, D, D, S, D, S, D, S, S, D, D, D, D, D,
    D, D, S, D, D, D, D, D, D, S, D, D, D, S, D, S, H, D, S, S, D, D, S, D, D,
    D, S, S, S, S, S, S, D, D, D, D, D, D, S, S,
};
#undef D
#undef S
#undef H

#define COUNT (sizeof syllables / sizeof syllables[0])

int aka__my_sorted(void)
{
    return sizeof kinds == COUNT && aka__words_sorted(syllables, COUNT);
}

int aka__my_token(const char *tok, size_t n)
{
    if (!tok || n == 0 || n > 7)
        return 0;
    long i = aka__word_sorted_find(syllables, COUNT, tok, n);
    return i < 0 ? 0 : kinds[i];
}
