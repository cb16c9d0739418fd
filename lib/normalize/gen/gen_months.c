/* Build-time generator of the month-name table: wide and abbreviated
 * month names, in format and stand-alone forms (Slavic languages decline
 * them: "март" / "марта"), from ICU's Gregorian date symbols for the
 * languages below, listed by priority: where two languages use one word
 * for different months ("listopad" is November in Polish and Czech,
 * October in Croatian), the earlier language wins.
 *
 * And the weekday names of the same languages (wide, abbreviated and
 * two-letter, format and stand-alone), which long date formats put
 * before a date ("Tuesday, December 25, 1990", "Dienstag, 25. Dezember
 * 1990"): a date reader skips them. Some are also a month's name in
 * another language ("mar", French mardi and March; "sat", Saturday and
 * a September): the reader decides those by the rest of the date. */
#include <stdio.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/ustring.h>

#include "core/strbuf.h"
#include "genout.h"
#include "unicode/fold.h"
#include "unicode/uctx.h"

static const char *const locales[] = {
    "en", "fr", "es", "pt", "de", "it", "ru", "uk", "ro", "tr", "ar",
    "ar_SY", /* Levantine month names: كانون الثاني, شباط, آذار ... */
    "nl", "pl", "cs", "sk", "hu", "el", "bg", "sr", "sr_Latn", "hr", "bs",
    "sl", "sq", "mk", "be", "lt", "lv", "et", "fi", "sv", "da", "nb", "ca",
    "gl", "eu", "fa@calendar=gregorian", "he", "ur", "hi", "bn", "vi", "id", "ms", "tl", "th",
    "ka", "hy", "az", "kk", "uz", "ky", "tg", "mn", "am", "sw", "ha", "so",
    /* Moroccan, Algerian and Tunisian month names (ماي, غشت; جوان,
     * أوت), Khmer, Lao, Burmese, Nepali, Sinhala, Tamil, Pashto */
    "ar_MA", "ar_DZ", "ar_TN", "km", "lo", "my", "ne", "si", "ta",
    "ps@calendar=gregorian",
    /* India's other scripts: Malayalam, Kannada, Telugu, Marathi,
     * Gujarati, Punjabi (Gurmukhi), Odia */
    "ml", "kn", "te", "mr", "gu", "pa", "or",
    /* Kurdish, Sorani in Arabic script (ئازار) and Kurmanji in Latin */
    "ckb", "ku",
    /* (Persian and Pashto count in the Solar Hijri calendar by default:
     * their names of its months, read as the Gregorian ones of the same
     * number, put Dey (about January) as October; calendar.c reads those
     * names in their calendar) */
};

static const UDateFormatSymbolType kinds[] = {
    UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS,
    UDAT_STANDALONE_SHORT_MONTHS,
};

static const UDateFormatSymbolType weekday_kinds[] = {
    UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS, UDAT_SHORTER_WEEKDAYS,
    UDAT_STANDALONE_WEEKDAYS, UDAT_STANDALONE_SHORT_WEEKDAYS,
    UDAT_STANDALONE_SHORTER_WEEKDAYS,
};

/* Roman numerals are common for months in Central and Eastern Europe
 * ("7.III.1985"); English alternatives ICU does not list as symbols. */
static const char *const extra[][2] = {
    {"i", "1"}, {"ii", "2"}, {"iii", "3"}, {"iv", "4"}, {"v", "5"},
    {"vi", "6"}, {"vii", "7"}, {"viii", "8"}, {"ix", "9"}, {"x", "10"},
    {"xi", "11"}, {"xii", "12"}, {"sept", "9"}, {"febr", "2"}, {"maerz", "3"}, /* German without umlaut */
    /* Austrian German: Jänner, Feber */
    {"janner", "1"}, {"jaenner", "1"}, {"feber", "2"},
    /* German DIN 5008 abbreviation of März; Spanish setiembre (Peru,
     * Uruguay); misspellings that intake forms keep */
    {"mrz", "3"}, {"setiembre", "9"}, {"febuary", "2"}, {"augst", "8"}, {"agust", "8"},
    /* Indonesian spellings before the 1972 reform, still in older papers */
    {"djanuari", "1"}, {"pebruari", "2"}, {"djuni", "6"}, {"djuli", "7"},
    {"nopember", "11"}, {"nop", "11"},
    /* Indonesian abbreviations of Agustus that papers write beside ICU's
     * Agu */
    {"agt", "8"}, {"ags", "8"},
    /* Haitian Creole, which ICU lacks (avril is French's; out and me,
     * Portuguese October and a filler elsewhere, are date.c's to read) */
    {"janvye", "1"}, {"fevriye", "2"}, {"mas", "3"}, {"jen", "6"}, {"jiyè", "7"},
    {"septanm", "9"}, {"oktòb", "10"}, {"novanm", "11"}, {"desanm", "12"},
    /* Hindi spellings with a half letter or without the nukta, beside
     * ICU's सितंबर, फ़रवरी */
    {"फरवरी", "2"}, {"सितम्बर", "9"}, {"नवम्बर", "11"}, {"दिसम्बर", "12"},
    /* ... and अक्टूबर beside ICU's अक्तूबर; Bengali জানুয়ারি and
     * ফেব্রুয়ারি with the short i the Bangla Academy spells, beside ICU's
     * long ī */
    {"अक्टूबर", "10"}, {"জানুয়ারি", "1"}, {"ফেব্রুয়ারি", "2"},
    /* Russian and Ukrainian months in the locative ("в марте 1985 г.",
     * "у березні 1985 р."), which ICU does not list */
    {"январе", "1"}, {"феврале", "2"}, {"марте", "3"}, {"апреле", "4"},
    {"мае", "5"}, {"июне", "6"}, {"июле", "7"}, {"августе", "8"},
    {"сентябре", "9"}, {"октябре", "10"}, {"ноябре", "11"}, {"декабре", "12"},
    {"січні", "1"}, {"лютому", "2"}, {"березні", "3"}, {"квітні", "4"},
    {"травні", "5"}, {"червні", "6"}, {"липні", "7"}, {"серпні", "8"},
    {"вересні", "9"}, {"жовтні", "10"}, {"листопаді", "11"}, {"грудні", "12"},
    /* Latvian months in the locative ("1985. gada 12. martā") */
    {"janvārī", "1"}, {"februārī", "2"}, {"martā", "3"}, {"aprīlī", "4"},
    {"maijā", "5"}, {"jūnijā", "6"}, {"jūlijā", "7"}, {"augustā", "8"},
    {"septembrī", "9"}, {"oktobrī", "10"}, {"novembrī", "11"}, {"decembrī", "12"},
    /* Russian and Ukrainian genitives in Latin letters, as passports'
     * and visa forms' romanisations write them ("ya" and "ia") */
    {"yanvarya", "1"}, {"ianvaria", "1"}, {"fevralya", "2"}, {"fevralia", "2"},
    {"marta", "3"}, {"aprelya", "4"}, {"aprelia", "4"}, {"maya", "5"},
    {"maia", "5"}, {"iyunya", "6"}, {"iyunia", "6"}, {"iiunia", "6"},
    {"iyulya", "7"}, {"iyulia", "7"}, {"iiulia", "7"}, {"avgusta", "8"},
    {"sentyabrya", "9"}, {"sentiabria", "9"}, {"oktyabrya", "10"},
    {"oktiabria", "10"}, {"noyabrya", "11"}, {"noiabria", "11"},
    {"dekabrya", "12"}, {"dekabria", "12"},
    {"sichnia", "1"}, {"sichnya", "1"}, {"liutoho", "2"}, {"lyutoho", "2"},
    {"bereznia", "3"}, {"bereznya", "3"}, {"kvitnia", "4"}, {"kvitnya", "4"},
    {"travnia", "5"}, {"travnya", "5"}, {"chervnia", "6"}, {"chervnya", "6"},
    {"lypnia", "7"}, {"lypnya", "7"}, {"serpnia", "8"}, {"serpnya", "8"},
    {"veresnia", "9"}, {"veresnya", "9"}, {"zhovtnia", "10"}, {"zhovtnya", "10"},
    {"lystopada", "11"}, {"hrudnia", "12"}, {"hrudnya", "12"},
    /* Persian spellings of Gregorian months beside ICU's (اوت, ژوئیه)
     * that Iranian and Afghan records write */
    {"آگوست", "8"}, {"اگوست", "8"}, {"جولای", "7"},
    /* Somali names of the Gregorian months, as Somali records write them
     * (ICU's are "the first month" ...) */
    {"janaayo", "1"}, {"febraayo", "2"}, {"maarso", "3"}, {"abriil", "4"},
    {"maajo", "5"}, {"juun", "6"}, {"luulyo", "7"}, {"agoosto", "8"},
    {"sebtembar", "9"}, {"oktoobar", "10"}, {"nofembar", "11"}, {"desembar", "12"},
    /* Estonian months in the adessive ("sündinud 24. veebruaril 1991") */
    {"jaanuaril", "1"}, {"veebruaril", "2"}, {"märtsil", "3"}, {"aprillil", "4"},
    {"mail", "5"}, {"juunil", "6"}, {"juulil", "7"}, {"augustil", "8"},
    {"septembril", "9"}, {"oktoobril", "10"}, {"novembril", "11"}, {"detsembril", "12"},
    /* Kazakh months in the Latin alphabet of 2018 (ICU's kk has the
     * Cyrillic ones only), and the spellings of its 2021 revision where
     * their keys differ (säuir, mausym, şilde, qaraşa) */
    {"qańtar", "1"}, {"aqpan", "2"}, {"naýryz", "3"}, {"sáýir", "4"},
    {"mamyr", "5"}, {"maýsym", "6"}, {"shilde", "7"}, {"tamyz", "8"},
    {"qyrkúıek", "9"}, {"qazan", "10"}, {"qarasha", "11"}, {"jeltoqsan", "12"},
    {"nauryz", "3"}, {"säuir", "4"}, {"mausym", "6"}, {"şilde", "7"}, {"qaraşa", "11"},
    /* Tajik months with the izafa ("3 марти соли 1991") */
    {"январи", "1"}, {"феврали", "2"}, {"марти", "3"}, {"апрели", "4"},
    {"майи", "5"}, {"июни", "6"}, {"июли", "7"}, {"августи", "8"},
    {"сентябри", "9"}, {"октябри", "10"}, {"ноябри", "11"}, {"декабри", "12"},
};

static int has_digit(const char *s)
{
    for (; *s; s++)
        if (*s >= '0' && *s <= '9')
            return 1;
    return 0;
}

/* The characters (code points) of UTF-8 text. */
static size_t characters(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Symbol `index` of kind `kind` of df, key-folded, into s with value
 * val; nothing for a symbol with a digit or a space, or none, nor for a
 * weekday's name of one character (the two-letter forms of some
 * languages are one: "S", "二"), which would read the letters of other
 * dates ("1980s", "H11.08.16", a Japanese era) as weekdays. */
static void add_symbol(gen_set *s, UDateFormat *df, UDateFormatSymbolType kind,
                       int32_t index, const char *val, int prio, int weekday)
{
    UChar name[128];
    char utf8[512];
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = udat_getSymbols(df, kind, index, name, 128, &e);
    if (U_FAILURE(e) || n <= 0 || n >= 128)
        return;
    int32_t u = 0;
    u_strToUTF8(utf8, (int32_t)sizeof utf8, &u, name, n, &e);
    if (U_FAILURE(e) || u >= (int32_t)sizeof utf8)
        return;
    utf8[u] = '\0';
    aka__sb key = {0};
    if (aka__u_keyfold(utf8, (size_t)u, &key) == AKA_OK && key.len &&
        !has_digit(key.p) && !strchr(key.p, ' ') &&
        (!weekday || characters(key.p) >= 2))
        gen_add_folded(s, key.p, val, prio);
    aka__sb_free(&key);
}

/* Whether key is a key of the resolved (sorted) set s. */
static int in_set(const gen_set *s, const char *key)
{
    size_t lo = 0, hi = s->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(s->v[mid].key, key);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTPUT.c\n", argv[0]);
        return 2;
    }
    gen_set months = {0}, weekdays = {0};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        gen_add(&months, extra[i][0], extra[i][1], 0);
    for (size_t li = 0; li < sizeof locales / sizeof locales[0]; li++) {
        UErrorCode st = U_ZERO_ERROR;
        UDateFormat *df = udat_open(UDAT_NONE, UDAT_SHORT, locales[li], NULL,
                                    0, NULL, 0, &st);
        if (U_FAILURE(st)) {
            fprintf(stderr, "months: no date symbols for %s\n", locales[li]);
            continue;
        }
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            for (int32_t m = 0; m < 12; m++) {
                char val[4];
                snprintf(val, sizeof val, "%d", (int)m + 1);
                add_symbol(&months, df, kinds[k], m, val, 1 + (int)li, 0);
            }
        /* (ICU numbers the weekdays from 1, Sunday) */
        for (size_t k = 0; k < sizeof weekday_kinds / sizeof weekday_kinds[0]; k++)
            for (int32_t d = 1; d <= 7; d++)
                add_symbol(&weekdays, df, weekday_kinds[k], d, "0", 1, 1);
        udat_close(df);
    }
    size_t dropped = 0;
    gen_resolve(&months, &dropped);
    gen_resolve(&weekdays, &dropped);
    FILE *f = gen_open(argv[1]);
    fprintf(f, "const aka__month_name aka__month_names[] = {\n");
    for (size_t i = 0; i < months.len; i++) {
        fputs("    {", f);
        gen_put_cstr(f, months.v[i].key);
        fprintf(f, ", %s, %d},\n", months.v[i].val,
                in_set(&weekdays, months.v[i].key));
    }
    fprintf(f, "};\nconst size_t aka__month_names_len = %zu;\n", months.len);
    fprintf(f, "const char *const aka__weekday_names[] = {\n");
    for (size_t i = 0; i < weekdays.len; i++) {
        fputs("    ", f);
        gen_put_cstr(f, weekdays.v[i].key);
        fputs(",\n", f);
    }
    fprintf(f, "};\nconst size_t aka__weekday_names_len = %zu;\n", weekdays.len);
    gen_close(f, argv[1]);
    fprintf(stderr, "months: %zu names, %zu weekday names\n", months.len,
            weekdays.len);
    gen_free(&months);
    gen_free(&weekdays);
    aka__uctx_release();
    return 0;
}
