/* Dates of birth in the forms case files hold them: ISO, day-first numeric,
 * compact, month names in many languages, partial dates. */
#include "normalize/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/uchar.h>

#include "core/wordlist.h"
#include "normalize/normalize.h"
#include "normalize/han_numeral.h"
#include "normalize/remark.h"
#include "normalize/tables.h"
#include "unicode/digit.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

#define MAX_TOKENS 16

typedef struct tok {
    int month;    /* > 0 for a month name */
    long value;   /* for numbers */
    int ndigits;  /* 0 for a month name */
    int unknown;  /* a placeholder for a part not known: XX, UNK */
    int weekday;  /* a month name that is a weekday's name too */
    int named;    /* a month name that is a given name too (month_names) */
    int year;     /* a number of two digits that 년 or 年 after it makes a
                   * year ("92년 3월 1일") */
} tok;

/* Words that carry no date information, in key form, sorted bytewise
 * (is_filler searches them; aka__date_fillers_sorted checks the order):
 * prepositions and articles between the parts ("7 de marzo de 1985", "the
 * 7th of March", "nato il 3 maggio 1990", "nascida em ..."), ordinal
 * suffixes, year/month/day markers (Russian "г.", CJK 年月日, Korean
 * 년월일, Mongolian "1980 оны 9 сарын 6", Vietnamese "ngày 15 tháng 3 năm
 * 1985", keyed without their marks), the separators of an ISO timestamp,
 * and words for born ("b. 1985", "né le 15 mai 1985", "geb. 15.05.1985",
 * "род. 1985", "D.O.B." as its d, o and b, Romanian născută, Vietnamese
 * sinh, Persian متولد, Chinese 生, Ukrainian р.н. as its р and н; and
 * since session 57 Croatian rođen, Slovene rojen, Slovak narodený,
 * Estonian sündinud, Albanian lindur më, Haitian fèt, Swahili alizaliwa,
 * Armenian ծնվել է ... թվականի and the -ին after a day, Thai เกิดวันที่
 * written as one word, Lao ວັນທີ (date), Nepali सन्, the Common Era,
 * Tajik соли, of the year, Kyrgyz туулган, born, and the ending cü of an
 * Azerbaijani ordinal year, "1994-cü il", keyed cu; its ci, cı are ci;
 * Turkish doğum tarihi, date of birth; since session 60 the words for
 * "date of birth" of Greek, Italian, the Balkan, central European, Nordic
 * and Baltic languages, Georgian, Armenian, Tagalog and Amharic, as forms
 * write them before the date: ημερομηνία γέννησης, keyed with σ for its
 * final ς, data di nascita, datum rođenja, дата на раждане, data
 * nașterii, születési dátum, datëlindja, geboortedatum, fødselsdato;
 * and the labels of the routes toward the US, Spain and the Gulf:
 * Spanish "Fec. Nac.", Portuguese "Data de Nasc.", Haitian "dat nesans",
 * Hindi जन्म तिथि and तारीख, Nepali जन्म मिति). */
static const char *const fillers[] = {
    "a", "alizaliwa", "am", "b", "be", "birth", "born", "ci", "classe", "cu", "d", "dat",
    "data", "date", "datelindja", "datum", "datums", "dd", "de", "del", "den", "der",
    "di", "dn", "dob", "dogum", "dogumlu", "du", "dzimsanas", "e", "el", "em", "eme",
    "en", "er", "fec", "fecha", "fet", "fodelsedatum", "fodselsdato", "g", "gada", "geb",
    "geboortedatum", "geboren", "geburtsdatum", "gimimo", "go", "god", "goda", "godine",
    "ika", "il", "inci", "ipinanganak", "jahrgang", "jg", "kapanganakan", "kelahiran",
    "la", "lahir", "le", "lindjes", "lindur", "lu", "me", "men", "mm", "nac", "nacida",
    "nacido", "nacimiento", "nacio", "naissance", "nam", "nar", "narodena", "narodenia",
    "narodeny", "narozen", "narozena", "narozeni", "nasc", "nascida", "nascido", "nascimento",
    "nascita", "nascut", "nascuta", "nasterii", "nata", "nato", "nci", "nd", "ne",
    "nee", "nel", "nesans", "ng", "ngay", "noong", "o", "of", "on", "petsa", "r", "rd", "re",
    "rik", "rocnik", "rocznik", "roden", "rodena", "rodenja", "rodjenja", "rojen",
    "rojena", "rojstva", "roku", "sinh", "st", "sundinud", "sunniaeg", "syntymaaika",
    "szul", "szuletesi", "szuletett", "t", "tahun", "tanggal", "tarehe", "tarihi",
    "tarihinde", "tgl", "th", "thang", "the", "thg", "uncu", "ur", "urodzenia",
    "urodzona", "urodzony", "y", "year", "yil", "yili", "yob", "yyyy", "z", "γενν",
    "γεννηθηκε", "γεννησησ", "ημ", "ημερομηνια", "в", "г", "го", "год", "года", "д",
    "дата", "датум", "ж", "н", "на", "народження", "народився", "народилася", "ний",
    "ны", "ого", "ое", "он", "оны", "р", "раждане", "раѓање", "род",
    "родилась", "родился", "рожд", "рождения", "року", "рік", "с", "сар", "сарын",
    "соли", "туулган", "у", "өдрийн", "өдөр", "ամսաթիվ", "է", "թ", "թվականի", "ին",
    "ծննդյան", "ծնվել", "ء", "الميلاد", "تاريخ", "تولد", "سال", "م", "ماه",
    "متولد", "من", "مواليد", "ميلادي", "ي", "پيدائش", "जन्म", "तारीख", "तिथि",
    "मिति", "सन्", "জন্ম", "তারিখ",
    "วันที่", "เกิด", "เกิดวันที่", "เดือน", "ວັນທີ", "ခုနှစ်", "နေ့", "ရက်",
    "დაბადების", "თარიღი", "წლის", "ቀን", "ትውልድ", "አ", "ኤ", "እ", "የትውልድ", "ខែ", "ឆ្នាំ",
    "ថ្ងៃទី", "ま", "れ", "于", "公", "出", "号", "年", "日", "月", "生", "년", "생", "월", "일",
};

/* Words that stand for a day or month not known, as registers and
 * passports fill them in ("XX.03.1985", "UNK MAR 1985"; Russian forms
 * write Cyrillic х). A lone "x" is the Roman numeral for October. */
static const char *const placeholders[] = {
    "xx", "xxx", "xxxx", "unk", "unkn", "unknown", "nk", "хх", "хххх",
};

/* Words that say a date is approximate ("circa 1985", "abt. 1985",
 * "около 1985 г."): only its year is kept, so that it is compared as a
 * year, never as the day it names. */
static const char *const approximate[] = {
    "c", "ca", "cca", "circa", "abt", "about", "approx", "approximately",
    "around", "est", "estimated", "aprox", "aproximadamente", "cerca",
    "hacia", "env", "environ", "vers", "etwa", "ungefahr", "okolo", "oko", "ok",
    "yaklasik", "khoang", "около", "ок", "примерно", "приблизно",
    "приблизительно", "حوالي", "تقريبا", "تقريباً", "约", "約", "大",
    /* (keyed: accents off, Han a character a word: 大约 is 大 and 约) and
     * Persian, Indonesian, Malay, Tagalog, Hindi and Thai ones */
    "حدود", "حدودا", "sekitar", "kira", "humigit", "kumulang", "लगभग",
    "ประมาณ", "appr",
    /* a part of the year ("early 1990", "mid 1990", "late 1990") */
    "early", "mid", "late",
};

/* Two words read past together, though one of them alone is no
 * connector: "born in 1985" and Romanian "născută în 1985" ("in" alone:
 * "35 (in 2020)" is an age), Spanish "F. Nac." (Fecha de nacimiento; an f
 * alone may be a sex; "F. de nac." too), Chinese 公元 (the Common Era; 元 alone: 元月 is
 * January) and 日期 (date), Japanese 生まれ (born). With `year` set the
 * pair says the number before it is a year of birth, two digits too:
 * Russian "85 г.р." (год рождения), Korean "85년생". Keys as word_month
 * folds them. */
static const struct {
    const char *first, *second;
    int year;
} word_pairs[] = {
    {"born", "in", 0},   {"nascut", "in", 0}, {"nascuta", "in", 0},
    {"f", "nac", 0},     {"f", "de", 0},      {"公", "元", 0},     {"日", "期", 0},
    {"生", "まれ", 0},   {"г", "р", 1},       {"년", "생", 1},
};

/* Words of a birth cohort, which name its year: Italian "classe '85",
 * German "Jahrgang 85", Polish and Czech "rocznik", "ročník". A lone
 * two-digit number beside one is that year. */
static const char *const cohort_words[] = {
    "classe", "jahrgang", "jg", "rocznik", "rocnik",
};

/* Words that say "year" after a year of four digits, and only there:
 * Lithuanian "1985 m. kovo 12 d." (metai; an m elsewhere may be a
 * month's unknown abbreviation or a sex, so a month's name must follow
 * it), Kazakh "1985 жылғы 12 наурыз", "1985 жылы". */
static const struct {
    const char *word;
    int month_after;
} year_suffixes[] = {
    {"m", 1}, {"жылғы", 0}, {"жылы", 0},
};

/* Vietnamese names a month by its number after tháng (thg.), "month",
 * in digits or in words: "12 Tháng Ba 1985", "tháng Mười Hai 1985"
 * (mười, ten, then một or hai), giêng for the first and chạp for the
 * last. Keys as word_month folds them. */
static const struct {
    const char *word;
    int month;
} viet_months[] = {
    {"mot", 1}, {"gieng", 1}, {"hai", 2}, {"ba", 3},   {"tu", 4},
    {"bon", 4}, {"nam", 5},   {"sau", 6}, {"bay", 7},  {"tam", 8},
    {"chin", 9}, {"muoi", 10}, {"chap", 12},
};

/* Month names (added to the table as romanised Russian genitives) that
 * are given names too: Marta, Maya, Maia. A genitive follows a day ("12
 * marta 1985"), and a name that strayed into the field with a year
 * ("Marta, 1985") is no month: they are months only beside a day. */
static const char *const month_names[] = {"marta", "maya", "maia"};

/* Spanish ordinal endings written onto a day ("1ro de marzo", "2do",
 * "4to"), read past only there: "do" and "to" are weekdays' names too. */
static const char *const day_endings[] = {"ro", "ero", "do", "to"};


static int cmp_month(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const aka__month_name *)e)->key);
}

static const aka__month_name *month_entry(const char *key)
{
    const aka__month_name *e = bsearch(key, aka__month_names, aka__month_names_len,
                                       sizeof *aka__month_names, cmp_month);
    /* An Arabic month typed without its hamza or madda, as most
     * keyboards leave them (ابريل, اغسطس, ايار, اذار, اب), or with
     * another (Egypt's إبريل): its first alef read as each of ا أ آ إ. */
    unsigned char a1 = (unsigned char)key[1];
    if (!e && (unsigned char)key[0] == 0xD8 &&
        (a1 == 0xA7 || a1 == 0xA3 || a1 == 0xA2 || a1 == 0xA5) && strlen(key) < 62) {
        static const char alefs[][3] = {"\xd8\xa7", "\xd8\xa3", "\xd8\xa2", "\xd8\xa5"};
        char v[64];
        strcpy(v, key);
        for (size_t a = 0; a < 4 && !e; a++) {
            v[1] = alefs[a][1];
            e = bsearch(v, aka__month_names, aka__month_names_len,
                        sizeof *aka__month_names, cmp_month);
        }
    }
    return e;
}

int aka__month_lookup(const char *key)
{
    const aka__month_name *e = month_entry(key);
    return e ? e->month : 0;
}

static int cmp_weekday(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

/* A weekday's name or abbreviation in one of the languages of the month
 * names (generated with them): long date formats open with it ("Tuesday,
 * December 25, 1990", "mardi 25 décembre 1990"). It says nothing the
 * date does not, and a date that disagrees with it is read as written. */
static int is_weekday(const char *key)
{
    return bsearch(key, aka__weekday_names, aka__weekday_names_len,
                   sizeof *aka__weekday_names, cmp_weekday) != NULL;
}

static int is_filler(const char *key)
{
    return aka__word_sorted_find(fillers, sizeof fillers / sizeof *fillers, key,
                                 strlen(key)) >= 0;
}

int aka__date_fillers_sorted(void)
{
    for (size_t i = 1; i < sizeof fillers / sizeof *fillers; i++)
        if (strcmp(fillers[i - 1], fillers[i]) >= 0)
            return 0;
    return 1;
}

const char *aka__date_filler_unkeyed(void)
{
    const char *bad = NULL;
    aka__sb key = {0};
    for (size_t i = 0; i < sizeof fillers / sizeof *fillers && !bad; i++) {
        aka__sb_clear(&key);
        if (aka__u_keyfold(fillers[i], strlen(fillers[i]), &key) != AKA_OK ||
            key.len != strlen(fillers[i]) || memcmp(key.p, fillers[i], key.len) != 0)
            bad = fillers[i];
    }
    aka__sb_free(&key);
    return bad;
}

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

/* What word_month finds a word to be, besides a month or a filler. */
#define W_UNREADABLE (-1)
#define W_PLACEHOLDER (-2)
#define W_APPROXIMATE (-3)
#define W_WEEKDAY (-4) /* a weekday's name that is no month's */

/* Classify a word: a month name (returns its number; *weekday: whether it
 * is a weekday's name too), a filler (0), a weekday's name, a placeholder
 * or an approximation marker, or unreadable. `key` and low[WORD_KEY] are
 * scratch space for its folded form, which *out_key points to. */
#define WORD_KEY 64
static aka_status word_month(const char *w, size_t n, aka__sb *key, char *low,
                             const char **out_key, int *month, int *weekday)
{
    const char *k;
    size_t kn;
    if (n < WORD_KEY && aka__is_ascii(w, n)) {
        /* A word is letters only: aka__u_keyfold of ASCII letters just
         * lowers their case, so the key is had without a buffer. */
        for (size_t i = 0; i < n; i++)
            low[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
        low[n] = '\0';
        k = low;
        kn = n;
    } else {
        aka__sb_clear(key);
        aka_status st = aka__u_keyfold(w, n, key);
        if (st != AKA_OK)
            return st;
        k = key->p ? key->p : "";
        kn = key->len;
    }
    *out_key = k;
    *month = W_UNREADABLE;
    *weekday = 0;
    if (kn == 0 || is_filler(k))
        *month = 0;
    else if (!strchr(k, ' ')) {
        const aka__month_name *e = month_entry(k);
        /* Hebrew writes "in" as the prefix ב on the month ("12 במרץ
         * 1985"): ב and a Hebrew month's name are that month */
        if (!e && kn > 4 && (unsigned char)k[0] == 0xD7 &&
            (unsigned char)k[1] == 0x91 && (unsigned char)k[2] == 0xD7)
            e = month_entry(k + 2);
        /* ... Thai and Khmer the word month, เดือน and ខែ, before it,
         * with no space ("เดือนมีนาคม", "ខែមីនា"), and Burmese its month,
         * လ, after it ("မတ်လ") */
        static const char *const month_before[] = {"เดือน", "ខែ"};
        static const char burmese_month[] = "လ";
        for (size_t i = 0; !e && i < sizeof month_before / sizeof *month_before; i++) {
            size_t pl = strlen(month_before[i]);
            if (kn > pl && memcmp(k, month_before[i], pl) == 0)
                e = month_entry(k + pl);
        }
        size_t bl = sizeof burmese_month - 1;
        if (!e && kn > bl && kn < WORD_KEY && memcmp(k + kn - bl, burmese_month, bl) == 0) {
            char stem[WORD_KEY];
            memcpy(stem, k, kn - bl);
            stem[kn - bl] = '\0';
            e = month_entry(stem);
        }
        *month = e ? e->month : 0;
        *weekday = e && e->weekday;
    }
    if (*month == 0 && kn && !is_filler(k)) {
        *month = W_UNREADABLE;
        if (AKA__LISTED(placeholders, k, kn))
            *month = W_PLACEHOLDER;
        else if (AKA__LISTED(approximate, k, kn))
            *month = W_APPROXIMATE;
        else if (!strchr(k, ' ') && is_weekday(k))
            *month = W_WEEKDAY;
    }
    return AKA_OK;
}

int aka__date_number(const char *s, size_t len, size_t *i, int32_t first,
                     long *value)
{
    long v = first;
    int nd = 1;
    while (*i < len) {
        size_t k = *i;
        int32_t d = aka__digit_value((UChar32)aka__utf8_next(s, len, &k));
        if (d < 0)
            break;
        if (nd < 9)
            v = v * 10 + d;
        nd++;
        *i = k;
    }
    *value = v;
    return nd;
}

int aka__date_word_char(UChar32 cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK);
}

/* Whether the weekdays' names of a value, found after weekday_at[0..n)
 * of its nt tokens, fit a long date format: each opens or closes the
 * value, beside a day, a month and a year. A short one elsewhere is
 * likelier a month's unknown abbreviation ("2 Ju 1990") than a weekday. */
static int weekdays_fit(const int *weekday_at, int n, int nt)
{
    for (int k = 0; k < n; k++)
        if (nt < 3 || (weekday_at[k] != 0 && weekday_at[k] != nt))
            return 0;
    return 1;
}

/* Of two month names or more, those that are weekdays' names too are
 * weekdays, until one month name is left: first one that closes or opens
 * the value, where a weekday is written ("12 Mar 1985 Sat", "Mar 12 1985
 * Sat": Mar is March there, not Tuesday, and Sat no September; "Sat, 25
 * Dec 1990"), then the first ("mar. 25 déc. 1990"); alone, such a word is
 * the month ("25 mar 1990"). */
static void drop_weekdays(tok *t, int *nt)
{
    int months = 0;
    for (int i = 0; i < *nt; i++)
        months += t[i].month > 0;
    for (int edge = 0; edge < 2 && months >= 2; edge++) {
        int i = edge ? 0 : *nt - 1; /* the end first: "Mar 12 1985 Sat" */
        if (*nt > 0 && t[i].month > 0 && t[i].weekday) {
            memmove(t + i, t + i + 1, (size_t)(*nt - i - 1) * sizeof *t);
            (*nt)--;
            months--;
        }
    }
    int m = 0;
    for (int i = 0; i < *nt; i++) {
        if (t[i].month && t[i].weekday && months >= 2) {
            months--;
            continue;
        }
        t[m++] = t[i];
    }
    *nt = m;
}

/* The index of the pair of word_pairs that is a then b, or -1. */
static int word_pair(const char *a, const char *b)
{
    for (size_t p = 0; p < sizeof word_pairs / sizeof *word_pairs; p++)
        if (strcmp(word_pairs[p].first, a) == 0 && strcmp(word_pairs[p].second, b) == 0)
            return (int)p;
    return -1;
}

static int opens_pair(const char *k)
{
    for (size_t p = 0; p < sizeof word_pairs / sizeof *word_pairs; p++)
        if (strcmp(word_pairs[p].first, k) == 0)
            return 1;
    return 0;
}

static int year_suffix(const char *k)
{
    for (size_t p = 0; p < sizeof year_suffixes / sizeof *year_suffixes; p++)
        if (strcmp(year_suffixes[p].word, k) == 0)
            return (int)p;
    return -1;
}

/* What the words around the numbers say of them (word_in_context): a
 * lone number of two digits is a year of birth ("85 г.р."), or a number
 * is a day by its ordinal ending ("1ro"), so a month's name must be there
 * too (without one, "2do 1985" would read as February). */
#define SAID_YEAR 1
#define SAID_DAY 2
/* (not said by a word: the record's country writes the month first) */
#define SAID_MONTH_FIRST 4

/* Countries whose records write a numeric date month first (03/12/1985
 * is 12 March): the United States, the territories and freely
 * associated states that keep its forms, and the Philippines. Sorted.
 * Elsewhere a date that reads both ways is read day first. */
static const char *const month_first_countries[] = {
    "AS", "FM", "GU", "MH", "MP", "PH", "PW", "UM", "US", "VI",
};

/* What tokenize keeps of the parts before the word it reads, for the
 * words that are read by their neighbours (word_in_context). */
enum { PEND_NONE, PEND_PAIR, PEND_MONTH };
typedef struct words_seen {
    char prev[WORD_KEY];    /* the last word's key; "" after a number */
    size_t num_end;         /* where the last number ended */
    int num_digits;         /* its digits; 0 once a word followed it */
    char pending[WORD_KEY]; /* a word that waits for the next one */
    int pending_kind;       /* PEND_PAIR: its pair's second word;
                               PEND_MONTH: a month's name */
    int viet_ten;           /* the last word was mười after tháng */
} words_seen;

/* The month of a Vietnamese numeral word k after tháng, 0 for none. */
static int viet_month(const char *k)
{
    for (size_t p = 0; p < sizeof viet_months / sizeof *viet_months; p++)
        if (strcmp(viet_months[p].word, k) == 0)
            return viet_months[p].month;
    return 0;
}

/* A word (key k at byte `start`, *month as word_month classed it) read
 * with its neighbours: 1 to read past it, 0 to take it as *month says
 * (which a Vietnamese numeral after tháng sets), 2 when it makes the
 * month before it *month (mười một, eleven), -1 when it is unreadable
 * after all. Adds to *said what the words say of the numbers (SAID_YEAR,
 * SAID_DAY). */
static int word_in_context(words_seen *w, const char *k, int *month, size_t start,
                           int *said)
{
    int pend = w->pending_kind, ten = w->viet_ten;
    w->pending_kind = PEND_NONE;
    w->viet_ten = 0;
    int vm = pend == PEND_NONE ? viet_month(k) : 0;
    if (ten && (vm == 1 || vm == 2)) {
        *month = 10 + vm;
        return 2;
    }
    if (vm && (strcmp(w->prev, "thang") == 0 || strcmp(w->prev, "thg") == 0)) {
        *month = vm;
        w->viet_ten = vm == 10;
        return 0;
    }
    if (pend == PEND_PAIR) {
        int p = word_pair(w->pending, k);
        if (p < 0)
            return -1;
        *said |= word_pairs[p].year ? SAID_YEAR : 0;
        return 1;
    }
    if (pend == PEND_MONTH)
        return *month > 0 ? 0 : -1;
    size_t kn = strlen(k);
    if (w->num_digits && w->num_digits <= 2 && start == w->num_end &&
        AKA__LISTED(day_endings, k, kn)) {
        *said |= SAID_DAY;
        return 1;
    }
    int p = word_pair(w->prev, k);
    if (p >= 0) {
        *said |= word_pairs[p].year ? SAID_YEAR : 0;
        return 1;
    }
    if (*month == W_UNREADABLE) {
        int ys = year_suffix(k);
        if (opens_pair(k) && kn < WORD_KEY) {
            memcpy(w->pending, k, kn + 1);
            w->pending_kind = PEND_PAIR;
            return 1;
        }
        if (ys >= 0 && w->num_digits == 4) {
            w->pending_kind = year_suffixes[ys].month_after ? PEND_MONTH : PEND_NONE;
            return 1;
        }
        return -1;
    }
    if (*month == 0 && AKA__LISTED(cohort_words, k, kn))
        *said |= SAID_YEAR;
    return 0;
}

/* Korean records separate a date's parts with the araea ㆍ (U+318D,
 * which NFKC makes U+119E), a letter that looks like a middle dot: no
 * date has it as a letter. */
static int araea(UChar32 cp)
{
    return cp == 0x318D || cp == 0x119E;
}

static int letter_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80;
}

/* Split into numbers and month names. Any decimal digit of any script is
 * a digit; any other letter run must be a month name, a filler, a
 * placeholder (a number not known) or say that the date is approximate
 * (*approx), alone or with its neighbours (word_in_context; *said
 * what they say of the numbers). */
/* Whether a date is written as Croatian writes one: its year closed with
 * a dot ("12. listopada 1985.", the ordinal dot of the year), or the word
 * godine or god. (of the year) after it. Polish writes neither ("12
 * listopada 1985 r."), Czech not the first. */
static int croatian_style(const char *s, size_t len)
{
    for (size_t i = 0; i + 4 < len; i++)
        if ((i == 0 || !aka__ascii_digit(s[i - 1])) && aka__ascii_digit(s[i]) &&
            aka__ascii_digit(s[i + 1]) && aka__ascii_digit(s[i + 2]) &&
            aka__ascii_digit(s[i + 3]) && s[i + 4] == '.' &&
            (i + 5 == len || !aka__ascii_digit(s[i + 5])))
            return 1;
    return aka__bytes_find(s, len, "godine") != NULL || aka__bytes_find(s, len, "god.") != NULL;
}

/* The month a word names in Croatian where Polish or Czech, earlier in
 * the month table (gen_months.c), name another by it: listopad is
 * October in Croatian and November in Polish and Czech; lip. June and
 * July; srp. July and August. Read so in a date written as Croatian
 * writes one (croatian_style). */
static int croatian_month(const char *k, int month)
{
    static const struct {
        const char *w;
        int month;
    } hr[] = {{"listopad", 10}, {"listopada", 10}, {"lis", 10}, {"lip", 6}, {"srp", 7}};
    for (size_t i = 0; i < sizeof hr / sizeof hr[0]; i++)
        if (strcmp(k, hr[i].w) == 0)
            return hr[i].month;
    return month;
}

/* Whether the case-folded text s[0..len) is written in Haitian Creole by
 * its word for born, fèt (with or without its grave), a word of its own:
 * "fèt 14 out 1985". */
static int haitian_style(const char *s, size_t len)
{
    static const char *const born[] = {"f\xC3\xA8t", "fet"};
    for (size_t w = 0; w < sizeof born / sizeof *born; w++) {
        size_t n = strlen(born[w]);
        for (size_t i = 0; i + n <= len; i++)
            if (memcmp(s + i, born[w], n) == 0 && (i == 0 || !letter_byte(s[i - 1])) &&
                (i + n == len || !letter_byte(s[i + n])))
                return 1;
    }
    return 0;
}

/* The month a word names in Haitian Creole where an earlier language of
 * the month table names another by it, or the fillers read past: out is
 * August (Portuguese out., October), me May (Albanian më, before a
 * date). Read so where the default country is Haiti or the date is
 * written in Haitian Creole (haitian_style); me also right after a day,
 * where no Albanian writes it (and "12 me 1985" read as December). */
static int haitian_month(const char *k, int month)
{
    return strcmp(k, "out") == 0 ? 8 : strcmp(k, "me") == 0 ? 5 : month;
}

/* A month's name in the locative of Kyrgyz and Kazakh, -да, -де, -та,
 * -те on it, after a day joined to it by a hyphen ("1995-жылы 10-майда",
 * "5-августта"); a soft sign that ends the name goes before the ending
 * (январь, 12-январда). Its month, 0 when key k is no such word. */
static int locative_month(const char *k)
{
    static const char *const endings[] = {"да", "де", "та", "те"};
    static const char soft[] = "ь";
    size_t kn = strlen(k);
    for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
        size_t en = strlen(endings[e]);
        if (kn <= en || kn - en + sizeof soft > WORD_KEY ||
            memcmp(k + kn - en, endings[e], en) != 0)
            continue;
        char stem[WORD_KEY];
        memcpy(stem, k, kn - en);
        stem[kn - en] = '\0';
        int m = aka__month_lookup(stem);
        if (!m) {
            memcpy(stem + kn - en, soft, sizeof soft);
            m = aka__month_lookup(stem);
        }
        if (m)
            return m;
    }
    return 0;
}

/* A month's name in the Azerbaijani genitive, -ın, -in, -un, -ün on it
 * (keyed in and un: avqustun, martın, mayın), as a date written year
 * first names the day of a month ("1994-cü il avqustun 5-i", of the
 * year 1994 August's 5th). Its month, 0 when key k is no such word. */
static int genitive_month(const char *k)
{
    size_t kn = strlen(k);
    if (kn < 5 || kn >= WORD_KEY ||
        (strcmp(k + kn - 2, "in") != 0 && strcmp(k + kn - 2, "un") != 0))
        return 0;
    char stem[WORD_KEY];
    memcpy(stem, k, kn - 2);
    stem[kn - 2] = '\0';
    return aka__month_lookup(stem);
}

/* The endings of possession an Azerbaijani day takes after its hyphen
 * ("5-i", "2-si", "3-ü", "6-sı", "10-u": its 5th ...), keyed. */
static const char *const az_day_endings[] = {"i", "u", "si"};

/* Whether s[i..len) is a day (1 to 31) and such an ending after a
 * hyphen, spaces before it ("avqustun 5-i"). */
static int az_day_follows(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] == ' ')
        i++;
    size_t d = i;
    int day = 0;
    while (i < len && aka__ascii_digit(s[i]) && i - d < 3)
        day = day * 10 + (s[i++] - '0');
    return i > d && i - d <= 2 && day >= 1 && day <= 31 && i + 1 < len && s[i] == '-' &&
           letter_byte(s[i + 1]);
}

/* Whether s[from..to) is one slash, spaces around it or not. */
static int slash_between(const char *s, size_t from, size_t to)
{
    int slashes = 0;
    for (size_t i = from; i < to; i++) {
        if (s[i] == '/')
            slashes++;
        else if (s[i] != ' ')
            return 0;
    }
    return slashes == 1;
}

static aka_status tokenize(const char *s, size_t len, const char *cc, tok *t, int *nt,
                           int *approx, int *said, aka__err *err)
{
    const int croatian = croatian_style(s, len);
    /* (whether the text is Haitian is asked only of a word it decides) */
    const int ht = cc && strcmp(cc, "HT") == 0;
    size_t i = 0;
    aka__sb key = {0}; /* shared by the words of the value */
    char low[WORD_KEY];
    aka_status st = AKA_OK;
    /* where weekdays' names stood: after how many tokens */
    int weekday_at[2], nweekdays = 0;
    words_seen seen = {{0}, 0, 0, {0}, PEND_NONE, 0};
    size_t month_end = 0; /* where the last month's name ended, 0 for none */
    *nt = 0;
    while (i < len && st == AKA_OK) {
        size_t start = i;
        UChar32 cp = (UChar32)aka__utf8_next(s, len, &i);
        int32_t dv = aka__digit_value(cp);
        if (dv >= 0) {
            long v;
            int nd = aka__date_number(s, len, &i, dv, &v);
            if (nd > 8) {
                st = aka__fail(err, AKA_ERR_PARSE,
                               "date_of_birth: a number is too long");
                goto done;
            }
            if (*nt == MAX_TOKENS) {
                st = aka__fail(err, AKA_ERR_PARSE,
                               "date_of_birth: too many parts");
                goto done;
            }
            if (seen.pending_kind != PEND_NONE)
                goto unreadable;
            t[(*nt)++] = (tok){0, v, nd, 0, 0, 0, 0};
            seen.prev[0] = '\0';
            seen.num_end = i;
            seen.num_digits = nd;
        } else if (!araea(cp) && aka__date_word_char(cp)) {
            /* CJK markers are words of one character each. */
            int first_ideo = cp >= 0x80 &&
                             u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC);
            size_t j = i;
            while (j < len) {
                size_t k = j;
                UChar32 c2 = (UChar32)aka__utf8_next(s, len, &k);
                if (c2 < 0x80) {
                    if (!aka__date_word_char(c2) || first_ideo)
                        break;
                } else {
                    if (!aka__date_word_char(c2) ||
                        u_charType(c2) == U_DECIMAL_DIGIT_NUMBER)
                        break;
                    if (u_hasBinaryProperty(c2, UCHAR_IDEOGRAPHIC) ||
                        first_ideo ||
                        u_getIntPropertyValue(c2, UCHAR_HANGUL_SYLLABLE_TYPE) !=
                            U_HST_NOT_APPLICABLE)
                        break;
                }
                j = k;
            }
            i = j;
            int month, weekday;
            const char *k;
            st = word_month(s + start, i - start, &key, low, &k, &month, &weekday);
            if (st != AKA_OK) {
                st = aka__fail(err, st, "date_of_birth: folding failed");
                goto done;
            }
            if (croatian && month > 0)
                month = croatian_month(k, month);
            if (month >= 0 && haitian_month(k, month) != month &&
                (ht || haitian_style(s, len) ||
                 (month == 0 && seen.num_digits >= 1 && seen.num_digits <= 2 &&
                  t[*nt - 1].value >= 1 && t[*nt - 1].value <= 31)))
                month = haitian_month(k, month);
            /* a word joined by a hyphen to the day it follows */
            int hyphened = seen.num_digits >= 1 && seen.num_digits <= 2 &&
                           start == seen.num_end + 1 && s[start - 1] == '-';
            if (hyphened && *nt >= 2 && t[*nt - 2].month > 0 && t[*nt - 1].value >= 1 &&
                t[*nt - 1].value <= 31 && AKA__LISTED(az_day_endings, k, strlen(k))) {
                seen.prev[0] = '\0'; /* an Azerbaijani day's ending */
                seen.num_digits = 0;
                continue;
            }
            if (month == W_UNREADABLE) {
                /* a month's name inflected: Kyrgyz 10-майда, Azerbaijani
                 * avqustun 5-i */
                int inflected = hyphened ? locative_month(k) : 0;
                if (!inflected && az_day_follows(s, len, i))
                    inflected = genitive_month(k);
                if (inflected)
                    month = inflected;
            }
            int classed = month;
            int ctx = word_in_context(&seen, k, &month, start, said);
            if (month != classed)
                weekday = 0; /* a Vietnamese numeral made a month */
            size_t kn = strlen(k);
            if (kn < WORD_KEY)
                memcpy(seen.prev, k, kn + 1);
            else
                seen.prev[0] = '\0';
            seen.num_digits = 0;
            if (ctx == 2 && *nt > 0)
                t[*nt - 1].month = month;
            /* 년 or 年 right after two digits: they are the year, as
             * Korean and Japanese records write it short */
            if (*nt > 0 && t[*nt - 1].ndigits == 2 && !t[*nt - 1].month &&
                seen.num_end == start && (strcmp(k, "년") == 0 || strcmp(k, "年") == 0))
                t[*nt - 1].year = 1;
            if (ctx > 0)
                continue;
            if (ctx < 0)
                goto unreadable;
            if (month == W_APPROXIMATE) {
                *approx = 1;
                continue;
            }
            if (month == W_WEEKDAY) {
                if (nweekdays == 2) {
                    st = aka__fail(err, AKA_ERR_PARSE,
                                   "date_of_birth: more than two weekdays' names");
                    goto done;
                }
                weekday_at[nweekdays++] = *nt;
                continue;
            }
            /* A month in two languages, as passports print it: 12 ОКТ/OCT
             * 1985, 12 ΜΑΪ/MAY 1985, 15 MARS/MAR 1990. The second name,
             * after a slash, of the month just read says it again. */
            if (month > 0 && *nt > 0 && t[*nt - 1].month == month && month_end &&
                slash_between(s, month_end, start)) {
                month_end = i;
                continue;
            }
            /* ... and two months so printed that differ are two months,
             * neither a weekday (12 MAR/APR 1985: Mar is no Tuesday
             * there, and the value says no one month) */
            if (month > 0 && *nt > 0 && t[*nt - 1].month > 0 && month_end &&
                slash_between(s, month_end, start)) {
                t[*nt - 1].weekday = 0;
                weekday = 0;
            }
            if (month > 0 || month == W_PLACEHOLDER) {
                month_end = month > 0 ? i : 0;
                if (*nt == MAX_TOKENS) {
                    st = aka__fail(err, AKA_ERR_PARSE,
                                   "date_of_birth: too many parts");
                    goto done;
                }
                /* a placeholder reads as the number 00 */
                t[(*nt)++] = month > 0 ? (tok){month, 0, 0, 0, weekday,
                                               AKA__LISTED(month_names, k, strlen(k)), 0}
                                       : (tok){0, 0, 2, 1, 0, 0, 0};
            }
        }
    }
    if (seen.pending_kind != PEND_NONE)
        goto unreadable;
    if (st == AKA_OK && !weekdays_fit(weekday_at, nweekdays, *nt))
        st = aka__fail(err, AKA_ERR_PARSE,
                       "date_of_birth: a weekday's name that is not before or "
                       "after a whole date");
    if (st == AKA_OK)
        drop_weekdays(t, nt);
    goto done;
unreadable:
    st = aka__fail(err, AKA_ERR_PARSE,
                   "date_of_birth: a word is neither a month "
                   "name nor a known connector");
done:
    aka__sb_free(&key);
    return st;
}

/* Thai records count years in the Buddhist era, 543 ahead (2527 is
 * 1984). A four-digit year past ref_year that is such a year of a birth
 * from AKA__DATE_MIN_YEAR on is read as one: no Gregorian birth year can
 * be in the future, so nothing that was valid changes. */
#define BUDDHIST_ERA 543

static int gregorian(int y, int ref_year)
{
    return y > ref_year && y - BUDDHIST_ERA >= AKA__DATE_MIN_YEAR &&
                   y - BUDDHIST_ERA <= ref_year
               ? y - BUDDHIST_ERA
               : y;
}

/* The year of a birth written in two digits yy: the latest such year
 * not after ref_year. */
static int two_digit_year(int yy, int ref_year)
{
    int y = ref_year - ref_year % 100 + yy;
    return y > ref_year ? y - 100 : y;
}

static int full_year(const tok *t, int ref_year)
{
    if (t->unknown)
        return -1;
    if (t->ndigits == 4)
        return gregorian((int)t->value, ref_year);
    if (t->ndigits == 2)
        return two_digit_year((int)t->value, ref_year);
    return -1;
}

static aka_status check(int y, int m, int d, int ref_year, aka__err *err)
{
    if (y < AKA__DATE_MIN_YEAR || y > ref_year)
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: the year is out of range (%d..%d)",
                         AKA__DATE_MIN_YEAR, ref_year);
    if (m < 0 || m > 12 || (m == 0 && d != 0))
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: the month is out of range");
    if (d < 0 || (m > 0 && d > days_in_month(y, m)))
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: the day does not exist in that month");
    return AKA_OK;
}

static int valid(int y, int m, int d, int ref_year)
{
    return check(y, m, d, ref_year, NULL) == AKA_OK;
}

/* check(), except that a day or month that cannot be (31/06/1994,
 * 1992-10-38, 13.55.1993: a scanner's or a typist's slip) keeps the year
 * when it is written in four digits and is one. The year is evidence that
 * keeps namesakes apart; guessing the rest would invent a date. */
static aka_status check_or_year(int *y, int *m, int *d, const tok *yt,
                                int ref_year, aka__err *err)
{
    if (valid(*y, *m, *d, ref_year))
        return AKA_OK;
    if (yt->ndigits == 4 && !yt->unknown && valid(*y, 0, 0, ref_year)) {
        *m = *d = 0;
        return AKA_OK;
    }
    return check(*y, *m, *d, ref_year, err);
}

static aka_status with_month_name(const tok *t, int nt, int ref_year, int *y,
                                  int *m, int *d, aka__err *err)
{
    const tok *num[2] = {0};
    int nn = 0, named = 0;
    for (int i = 0; i < nt; i++) {
        if (t[i].month) {
            if (*m)
                return aka__fail(err, AKA_ERR_PARSE,
                                 "date_of_birth: more than one month name");
            *m = t[i].month;
            named = t[i].named;
        } else {
            if (nn == 2)
                return aka__fail(err, AKA_ERR_PARSE,
                                 "date_of_birth: too many numbers");
            num[nn++] = &t[i];
        }
    }
    if (nn == 0)
        return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: no year");
    const tok *yt = NULL, *dt = NULL;
    if (nn == 1) {
        /* "March 1985" or "Mar 85"; "7 March" has no year. */
        if (num[0]->ndigits != 4 && !(num[0]->ndigits == 2 && num[0]->value > 31))
            return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: no year");
        yt = num[0];
    } else if (num[0]->ndigits == 4 || num[1]->ndigits == 4) {
        yt = num[0]->ndigits == 4 ? num[0] : num[1];
        dt = yt == num[0] ? num[1] : num[0];
    } else {
        dt = num[0]; /* "7 Mar 85": the year comes last */
        yt = num[1];
    }
    if (dt && dt->ndigits > 2)
        return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: bad day");
    if (named && !dt)
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: a given name or a month, without a day");
    *y = full_year(yt, ref_year);
    if (*y < 0)
        return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: bad year");
    *d = dt ? (int)dt->value : 0; /* 00 or XX: the day is not known */
    return check_or_year(y, m, d, yt, ref_year, err);
}

/* A year of three digits before the month and the day, as Taiwan's
 * registers and the forms of its immigration agency write a Minguo year
 * (074/03/12, 0740312: 1985-03-12; 101/05/09 is 2012): no Gregorian date
 * has one. Into y, m, d when the year is of the Republic (1912 on) and
 * the date a valid one. */
static int minguo(long roc, int mm, int dd, int ref_year, int *y, int *m, int *d)
{
    if (roc < 1 || roc > ref_year - 1911 || !valid((int)roc + 1911, mm, dd, ref_year))
        return 0;
    *y = (int)roc + 1911, *m = mm, *d = dd;
    return 1;
}

static aka_status numeric(const tok *t, int nt, int said, int ref_year,
                          int *y, int *m, int *d, aka__err *err)
{
    /* An ISO timestamp: keep the date, drop the time. */
    if (nt >= 5 && t[0].ndigits == 4)
        nt = 3;
    if (nt == 1) {
        long v = t[0].value;
        if (t[0].ndigits == 4 || (t[0].ndigits == 2 && (said & SAID_YEAR))) {
            /* a year, or two digits the words say are one ("85 г.р.") */
            *y = full_year(&t[0], ref_year);
            return check(*y, 0, 0, ref_year, err);
        }
        if (t[0].ndigits == 8) {
            /* Compact: YYYYMMDD, or DDMMYYYY when that is impossible. */
            int y1 = gregorian((int)(v / 10000), ref_year),
                m1 = (int)(v / 100 % 100), d1 = (int)(v % 100);
            int y2 = gregorian((int)(v % 10000), ref_year),
                m2 = (int)(v / 10000 % 100), d2 = (int)(v / 1000000);
            if ((said & SAID_MONTH_FIRST) && valid(y2, d2, m2, ref_year) && d2 > 0 && m2 > 0) {
                int tmp = m2; /* MMDDYYYY */
                m2 = d2;
                d2 = tmp;
            }
            if (d1 > 0 && m1 > 0 && valid(y1, m1, d1, ref_year)) {
                *y = y1, *m = m1, *d = d1;
                return AKA_OK;
            }
            if (d2 > 0 && m2 > 0 && valid(y2, m2, d2, ref_year)) {
                *y = y2, *m = m2, *d = d2;
                return AKA_OK;
            }
            /* zeros for the parts not known (19850300, 00001985), when
             * only one of the two orders reads so */
            int p1 = d1 == 0 && (m1 > 0 || v / 100 % 100 == 0) &&
                     valid(y1, m1, 0, ref_year);
            int p2 = d2 == 0 && (m2 > 0 || v / 10000 % 100 == 0) &&
                     valid(y2, m2, 0, ref_year);
            if (p1 != p2) {
                *y = p1 ? y1 : y2, *m = p1 ? m1 : m2, *d = 0;
                return AKA_OK;
            }
            return aka__fail(err, AKA_ERR_PARSE,
                             "date_of_birth: not a valid compact date");
        }
        if (t[0].ndigits == 6) {
            /* Compact with a two-digit year: YYMMDD (Korean and Japanese
             * records, identity numbers) or DDMMYY; read only when one
             * of the two is a date. */
            tok yt = {0, v / 10000, 2, 0, 0, 0, 0}, yt2 = {0, v % 100, 2, 0, 0, 0, 0};
            int y1 = full_year(&yt, ref_year), m1 = (int)(v / 100 % 100),
                d1 = (int)(v % 100);
            int y2 = full_year(&yt2, ref_year), m2 = (int)(v / 100 % 100),
                d2 = (int)(v / 10000);
            int ok1 = d1 > 0 && m1 > 0 && valid(y1, m1, d1, ref_year);
            int ok2 = d2 > 0 && m2 > 0 && valid(y2, m2, d2, ref_year);
            if (ok1 != ok2) {
                *y = ok1 ? y1 : y2, *m = m1, *d = ok1 ? d1 : d2;
                return AKA_OK;
            }
            return aka__fail(err, AKA_ERR_PARSE,
                             ok1 ? "date_of_birth: a 6-digit date reads both "
                                   "as YYMMDD and as DDMMYY"
                                 : "date_of_birth: not a valid compact date");
        }
        if (t[0].ndigits == 7 && minguo(v / 10000, (int)(v / 100 % 100), (int)(v % 100),
                                        ref_year, y, m, d))
            return AKA_OK;
        if (t[0].ndigits == 5)
            /* (not read as one: five digits in a date column may be
             * anything else typed there, and a guessed date is invented) */
            return aka__fail(err, AKA_ERR_PARSE,
                             "date_of_birth: a lone 5-digit number, as a "
                             "spreadsheet writes its day numbers; export the "
                             "column as dates");
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: a lone number must be a 4-digit "
                         "year or a 6- or 8-digit date");
    }
    if (nt == 2) {
        const tok *yt, *mt;
        if ((t[0].ndigits == 4 || t[0].year) && t[1].ndigits <= 2)
            yt = &t[0], mt = &t[1];
        else if (t[1].ndigits == 4 && t[0].ndigits <= 2)
            yt = &t[1], mt = &t[0];
        else if (t[0].ndigits <= 2 && t[1].ndigits == 2)
            yt = &t[1], mt = &t[0]; /* "03/85" */
        else
            return aka__fail(err, AKA_ERR_PARSE,
                             "date_of_birth: cannot tell month from year");
        if (yt->unknown)
            return aka__fail(err, AKA_ERR_PARSE,
                             "date_of_birth: the year is not known");
        *y = full_year(yt, ref_year);
        *m = (int)mt->value; /* 00 or XX: the month is not known */
        if (*m == 0 && yt->ndigits != 4)
            return aka__fail(err, AKA_ERR_PARSE,
                             "date_of_birth: no month and a two-digit year");
        return check_or_year(y, m, d, yt, ref_year, err);
    }
    if (nt != 3)
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: expected day, month and year");
    const tok *yt = &t[0];
    if (t[0].year && t[1].ndigits <= 2 && t[2].ndigits <= 2) {
        *y = full_year(&t[0], ref_year);
        *m = (int)t[1].value, *d = (int)t[2].value;
        return check_or_year(y, m, d, yt, ref_year, err);
    }
    if (t[0].ndigits == 3 && t[1].ndigits <= 2 && t[2].ndigits <= 2 && !t[0].unknown &&
        minguo(t[0].value, (int)t[1].value, (int)t[2].value, ref_year, y, m, d))
        return AKA_OK;
    if (t[0].ndigits == 4) {
        if (t[1].ndigits > 2 || t[2].ndigits > 2)
            return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: bad parts");
        *y = full_year(&t[0], ref_year);
        *m = (int)t[1].value, *d = (int)t[2].value;
    } else {
        if (t[0].ndigits > 2 || t[1].ndigits > 2 ||
            (t[2].ndigits != 4 && t[2].ndigits != 2))
            return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: bad parts");
        yt = &t[2];
        *y = full_year(&t[2], ref_year);
        *d = (int)t[0].value, *m = (int)t[1].value;
        /* YY/MM/DD, as Korean and Japanese records write it, when the
         * first number cannot be a day (81/05/09) */
        if (*d > 31 && t[0].ndigits == 2 && t[2].ndigits == 2 &&
            t[2].value >= 1 && t[2].value <= 31) {
            yt = &t[0];
            *y = full_year(&t[0], ref_year);
            *d = (int)t[2].value;
        }
        /* Day-first, unless only month-first can be right (03/25/1985)
         * or the country writes the month first and it can be; a year
         * first is followed by its month (85/13/12 is no date: nobody
         * writes year, day, month). */
        if (yt == &t[2] && *d >= 1 && *d <= 12 &&
            (*m > 12 || (said & SAID_MONTH_FIRST))) {
            int tmp = *m;
            *m = *d;
            *d = tmp;
        }
    }
    if (yt->unknown)
        return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: the year is not known");
    /* 00 or XX for a part not known (00.03.1985, 1985-00-00, XX/XX/1985):
     * the date is as partial as that; a day without its month says
     * nothing. Zeros alone with a two-digit year (00/00/00) are no date. */
    if (*m == 0)
        *d = 0;
    if (*m == 0 && yt->ndigits != 4)
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: no day or month and a two-digit year");
    return check_or_year(y, m, d, yt, ref_year, err);
}

/* A Gregorian date in case-folded text. */
static aka_status read_folded(const char *s, size_t len, int ref_year, const char *cc,
                              int *y, int *m, int *d, aka__err *err)
{
    tok t[MAX_TOKENS];
    int nt = 0, approx = 0, said = 0;
    aka_status st = tokenize(s, len, cc, t, &nt, &approx, &said, err);
    if (st != AKA_OK)
        return st;
    if (nt == 0)
        return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: no date found");
    int has_month_name = 0;
    for (int i = 0; i < nt; i++)
        has_month_name |= t[i].month != 0;
    if (cc && AKA__LISTED(month_first_countries, cc, strlen(cc)))
        said |= SAID_MONTH_FIRST;
    if (has_month_name)
        st = with_month_name(t, nt, ref_year, y, m, d, err);
    else if (said & SAID_DAY)
        st = aka__fail(err, AKA_ERR_PARSE, "date_of_birth: a day and no month");
    else
        st = numeric(t, nt, said, ref_year, y, m, d, err);
    if (st == AKA_OK && approx)
        *m = *d = 0; /* "circa": the year, not the day it names */
    return st;
}

/* Thai writes a year's era before it: พ.ศ. (the Buddhist era, which a
 * year past the current one is read as anyway: 2528 is 1985) or ค.ศ. (the
 * Christian era), with or without its dots, and Lao ພ.ສ. and ຄ.ສ. alike.
 * Letters on their own, they would be words of no date; as fillers, the
 * ค of a month's abbreviation (พ.ค., May) would go too. */
static int thai_era(const char *s, size_t len, size_t *at, size_t *end)
{
    for (size_t i = 0; i + 6 <= len; i++) {
        const unsigned char *u = (const unsigned char *)s + i;
        /* พ or ค (Thai, E0 B8 xx), ພ or ຄ (Lao, E0 BA xx) */
        if (u[0] != 0xE0 || (u[1] != 0xB8 && u[1] != 0xBA) ||
            (u[2] != 0x9E && u[2] != 0x84))
            continue;
        unsigned char block = u[1], sa = block == 0xB8 ? 0xA8 : 0xAA;
        size_t j = i + 3;
        if (j < len && s[j] == '.')
            j++;
        if (j + 3 > len || (unsigned char)s[j] != 0xE0 ||
            (unsigned char)s[j + 1] != block || (unsigned char)s[j + 2] != sa)
            continue; /* ศ, ສ */
        j += 3;
        if (j < len && s[j] == '.')
            j++;
        *at = i;
        *end = j;
        return 1;
    }
    return 0;
}

/* Where case-folded text says E.C. or G.C. (E C, EC, GC): the Ethiopian
 * or the Gregorian calendar, as Ethiopian records mark a date in Latin
 * letters. The letter before c, and in *at and *end the marker's span;
 * 0 for none. An E.C. date's numbers read as a Gregorian date too, and the
 * c of either as circa. A Thai or Lao era (thai_era) is marked 'g': the
 * date without it. */
static char calendar_marked(const char *s, size_t len, size_t *at, size_t *end)
{
    if (thai_era(s, len, at, end))
        return 'g';
    for (size_t i = 0; i + 1 < len; i++) {
        if ((s[i] != 'e' && s[i] != 'g') || (i > 0 && letter_byte(s[i - 1])))
            continue;
        size_t j = i + 1;
        while (j < len && (s[j] == '.' || s[j] == ' '))
            j++;
        if (j < len && s[j] == 'c' && (j + 1 == len || !letter_byte(s[j + 1]))) {
            *at = i;
            *end = j + 1;
            return s[i];
        }
    }
    return 0;
}

/* The number of the run of ASCII digits at s[*i..len) (from 0 to 99), its
 * length in *n; *i past it. */
static int clock_part(const char *s, size_t len, size_t *i, size_t *n)
{
    int v = 0;
    *n = 0;
    while (*i < len && aka__ascii_digit(s[*i])) {
        if (*n < 2)
            v = v * 10 + (s[*i] - '0');
        (*n)++;
        (*i)++;
    }
    return v;
}

/* Skip spaces at s[*i..len); then whether s[*i..) opens with one of the
 * words, ending there or before a space or punctuation, *i past it. */
static int clock_word(const char *s, size_t len, size_t *i,
                      const char *const *words, size_t nw)
{
    size_t j = *i;
    while (j < len && s[j] == ' ')
        j++;
    for (size_t w = 0; w < nw; w++) {
        size_t n = strlen(words[w]);
        if (len - j >= n && memcmp(s + j, words[w], n) == 0 &&
            (j + n == len || !letter_byte(s[j + n]))) {
            *i = j + n;
            return 1;
        }
    }
    return 0;
}

/* Where a time of day follows the date in case-folded text, as spreadsheets
 * and databases export a date ("15/03/1985 00:00", "3/15/1985 12:00:00
 * AM", "15.03.1985 0:00 UTC"): its span in [*at, *end), with its marks of
 * the half day and its zone. A birth date's clock says nothing about the
 * day; left in, its numbers made the date unreadable. Only an hour of one
 * or two digits, a colon and two digits of minutes after some digit of the
 * date count: "15:03:1985", a date written with colons, is left alone. */
static int time_of_day(const char *s, size_t len, size_t *at, size_t *end)
{
    static const char *const half[] = {"a.m.", "p.m.", "a. m.", "p. m.",
                                       "am", "pm"};
    static const char *const zone[] = {"utc", "gmt", "z"};
    for (const char *c = memchr(s, ':', len); c;
         c = memchr(c + 1, ':', len - (size_t)(c - s) - 1)) {
        size_t colon = (size_t)(c - s), h = colon;
        while (h > 0 && colon - h < 3 && aka__ascii_digit(s[h - 1]))
            h--;
        if (colon - h == 0 || colon - h > 2 || h == 0 || aka__ascii_digit(s[h - 1]) ||
            s[h - 1] == ':')
            continue;
        int dated = 0;
        for (size_t k = 0; k < h && !dated; k++)
            dated = aka__ascii_digit(s[k]);
        size_t i = h, n;
        int hour = clock_part(s, len, &i, &n);
        i = colon + 1;
        int min = clock_part(s, len, &i, &n);
        if (!dated || hour > 24 || n != 2 || min > 59)
            continue;
        if (i + 1 < len && s[i] == ':' && aka__ascii_digit(s[i + 1])) {
            size_t j = i + 1;
            if (clock_part(s, len, &j, &n) > 60 || n != 2)
                continue;
            i = j;
            if (i + 1 < len && (s[i] == '.' || s[i] == ',') && aka__ascii_digit(s[i + 1])) {
                i++;
                (void)clock_part(s, len, &i, &n);
            }
        }
        (void)clock_word(s, len, &i, half, sizeof half / sizeof *half);
        /* a zone, an offset after it or alone (+02:00, -0500, +03, GMT+0300),
         * and the zone's name in parentheses after that, as JavaScript
         * writes a date ("Tue Mar 12 1985 00:00:00 GMT+0300 (Moscow
         * Standard Time)") */
        (void)clock_word(s, len, &i, zone, sizeof zone / sizeof *zone);
        size_t j = i;
        while (j < len && s[j] == ' ')
            j++;
        if (j + 2 < len && (s[j] == '+' || s[j] == '-') && aka__ascii_digit(s[j + 1]) &&
            aka__ascii_digit(s[j + 2])) {
            j += 3;
            if (j < len && s[j] == ':')
                j++;
            while (j < len && aka__ascii_digit(s[j]) && j - i < 8)
                j++;
            i = j;
        }
        j = i;
        while (j < len && s[j] == ' ')
            j++;
        if (j < len && s[j] == '(') {
            const char *close = memchr(s + j, ')', len - j);
            if (close)
                i = (size_t)(close - s) + 1;
        }
        *at = h;
        *end = i;
        return 1;
    }
    return 0;
}

/* [*b, *e) of s narrowed past the spaces at either end. */
static void trim_spaces(const char *s, size_t *b, size_t *e)
{
    while (*b < *e && s[*b] == ' ')
        ++*b;
    while (*e > *b && s[*e - 1] == ' ')
        --*e;
}

/* Whether s[0..len) is a compact timestamp, YYYYMMDDhhmm or
 * YYYYMMDDhhmmss, as databases export a date of birth (19850312000000):
 * twelve or fourteen digits, the last four or six a time of day. Its
 * first eight are then the date. */
static int compact_timestamp(const char *s, size_t len)
{
    if (len != 12 && len != 14)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!aka__ascii_digit(s[i]))
            return 0;
    int hh = (s[8] - '0') * 10 + (s[9] - '0'), mi = (s[10] - '0') * 10 + (s[11] - '0'),
        ss = len == 14 ? (s[12] - '0') * 10 + (s[13] - '0') : 0;
    return hh <= 23 && mi <= 59 && ss <= 59;
}

/* Whether s[0..len) is a Korean resident registration number,
 * YYMMDD-SNNNNNN, which Korean records give where a date of birth is
 * asked: its date as YYYYMMDD into out, the century from the digit after
 * the hyphen (1, 2, 5, 6: the 1900s; 3, 4, 7, 8: the 2000s; 5 to 8 are
 * foreigners'). */
static int korean_rrn(const char *s, size_t len, char out[8])
{
    if (len != 14 || s[6] != '-' || s[7] < '1' || s[7] > '8')
        return 0;
    for (size_t i = 0; i < len; i++)
        if (i != 6 && !aka__ascii_digit(s[i]))
            return 0;
    int c2000 = s[7] == '3' || s[7] == '4' || s[7] == '7' || s[7] == '8';
    out[0] = c2000 ? '2' : '1';
    out[1] = c2000 ? '0' : '9';
    memcpy(out + 2, s, 6);
    return 1;
}

/* Whether s[0..len) is a birth date as a passport's machine-readable
 * zone writes one whose day, or month and day, are not known: YYMM<< or
 * YY<<<< (ICAO 9303), or XX for the fillers as scanners' exports and
 * registers write them (8503<<, 85xxxx; case-folded). Into y and m (0 for
 * one not known), the century that puts the year at or before ref_year.
 * A whole YYMMDD is read as a compact date is. */
static int mrz_partial(const char *s, size_t len, int ref_year, int *y, int *m)
{
    if (len != 6 || !aka__ascii_digit(s[0]) || !aka__ascii_digit(s[1]))
        return 0;
#define FILLER(p) (((p)[0] == '<' && (p)[1] == '<') || ((p)[0] == 'x' && (p)[1] == 'x'))
    int month_known = aka__ascii_digit(s[2]) && aka__ascii_digit(s[3]);
    if ((!month_known && !FILLER(s + 2)) || !FILLER(s + 4))
        return 0;
#undef FILLER
    /* (nothing written unless it is one: the reader goes on with y, m) */
    int month = month_known ? (s[2] - '0') * 10 + (s[3] - '0') : 0;
    if (month_known && (month < 1 || month > 12))
        return 0;
    *y = two_digit_year((s[0] - '0') * 10 + (s[1] - '0'), ref_year);
    *m = month;
    return 1;
}

/* Whether s[0..len) is the second line of a passport's machine-readable
 * zone (44 characters; 36 of a TD2 card), pasted where a date of birth is
 * asked: its birth date YYMMDD (characters 14 to 19) into y, m, d when
 * that date's and the number's check digits hold (case-folded: the
 * letters are small), the century that puts it in the past. */
static int mrz_birth(const char *s, size_t len, int ref_year, int *y, int *m, int *d)
{
    if (len != 44 && len != 36)
        return 0;
    char up[44];
    for (size_t i = 0; i < len; i++) {
        char c = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i];
        if (!((c >= 'A' && c <= 'Z') || aka__ascii_digit(c) || c == '<'))
            return 0;
        up[i] = c;
    }
    for (size_t i = 13; i < 20; i++)
        if (!aka__ascii_digit(up[i]))
            return 0;
    if (!aka__ascii_digit(up[9]) || up[9] - '0' != aka__mrz_check(up, 9) ||
        up[19] - '0' != aka__mrz_check(up + 13, 6))
        return 0;
    *y = two_digit_year((up[13] - '0') * 10 + (up[14] - '0'), ref_year);
    *m = (up[15] - '0') * 10 + (up[16] - '0');
    *d = (up[17] - '0') * 10 + (up[18] - '0');
    return 1;
}

/* read_folded, and when that finds no Gregorian date, a date of another
 * calendar (calendar.c): no date of those reads as a Gregorian one, and
 * most dates cost nothing more. A date marked E.C. is read as Ethiopian
 * first, one marked G.C. as Gregorian without its marker. A time of day
 * after the date is read as spaces. */
static aka_status read_any(const char *s, size_t len, int ref_year, const char *cc, int *y,
                           int *m, int *d, aka__err *err)
{
    size_t lead = 0, trail = len;
    trim_spaces(s, &lead, &trail);
    char rrn[8];
    if (mrz_birth(s + lead, trail - lead, ref_year, y, m, d))
        return check(*y, *m, *d, ref_year, err);
    if (mrz_partial(s + lead, trail - lead, ref_year, y, m)) {
        *d = 0;
        return check(*y, *m, 0, ref_year, err);
    }
    if (compact_timestamp(s + lead, trail - lead)) {
        s += lead;
        len = 8;
    } else if (korean_rrn(s + lead, trail - lead, rrn)) {
        s = rrn;
        len = 8;
    }
    size_t at = 0, end = 0;
    char untimed[128];
    if (len < sizeof untimed && memchr(s, ':', len) &&
        time_of_day(s, len, &at, &end)) {
        memcpy(untimed, s, len);
        memset(untimed + at, ' ', end - at);
        s = untimed;
    }
    char marked = calendar_marked(s, len, &at, &end);
    if (marked == 'e') {
        int cal = aka__calendar_read(s, len, ref_year, y, m, d, err);
        if (cal > 0)
            return check(*y, *m, *d, ref_year, err);
        if (cal < 0)
            return AKA_ERR_PARSE;
    } else if (marked == 'g' && len < 128) {
        /* the date without its marker */
        char t[128];
        memcpy(t, s, len);
        memset(t + at, ' ', end - at);
        return read_folded(t, len, ref_year, cc, y, m, d, err);
    }
    aka_status st = read_folded(s, len, ref_year, cc, y, m, d, err);
    if (st != AKA_ERR_PARSE)
        return st;
    int cal = aka__calendar_read(s, len, ref_year, y, m, d, err);
    if (cal > 0)
        return check(*y, *m, *d, ref_year, err);
    return AKA_ERR_PARSE;
}

static aka_status date_read(const char *in, size_t len, int ref_year, const char *cc,
                            int *y, int *m, int *d, aka__err *err);

/* The words that say a date is of the lunar calendar, as Koreans,
 * Chinese and Vietnamese record a birthday ("1985.3.12 (음)", "(农历)",
 * "(lunar)"), case-folded; the first two are Korean. */
static const char *const lunar_words[] = {"음", "음력", "陰", "陰曆", "阴历", "农历",
                                          "農曆", "舊曆", "旧历", "旧暦", "lunar",
                                          "am lich", "âm lịch"};

/* Whether the case-folded text k[b..e) is such a word: 2 for a Korean
 * one, 1 for another, 0 for none. */
static int lunar_word(const char *k, size_t b, size_t e)
{
    for (size_t i = 0; i < sizeof lunar_words / sizeof lunar_words[0]; i++)
        if (strlen(lunar_words[i]) == e - b && memcmp(lunar_words[i], k + b, e - b) == 0)
            return i < 2 ? 2 : 1;
    return 0;
}

/* Whether the remark r[0..n) says the date before it is of the lunar
 * calendar (lunar_word's answer): its month and day are three to seven
 * weeks from the solar date's, and read as one they would meet other
 * people. */
static int lunar_remark(const char *r, size_t n)
{
    aka__sb key = {0};
    int yes = 0;
    if (aka__u_casefold(r, n, &key) == AKA_OK && key.p) {
        size_t b = 0, e = key.len;
        trim_spaces(key.p, &b, &e);
        yes = lunar_word(key.p, b, e);
    }
    aka__sb_free(&key);
    return yes;
}

/* The Gregorian date of the lunar date in[0..len) (`korean`: of Korea's
 * calendar), read as a Gregorian one is: a day converted (1985.3.12 →
 * 1985-05-01), a month or a year given as the year in which the lunar
 * one begins, the Gregorian year that holds most of it. */
static aka_status lunar_date(const char *in, size_t len, int korean, int ref_year,
                             const char *cc, int *y, int *m, int *d, aka__err *err)
{
    aka_status st = date_read(in, len, ref_year, cc, y, m, d, err);
    if (st != AKA_OK || !*m)
        return st;
    int ly = *y, lm = *m, ld = *d;
    /* (a day the lunar month lacks, its 30th, leaves the year, as an
     * impossible day of a Gregorian month does) */
    if (aka__lunar_convert(korean, ly, lm, ld ? ld : 15, y, m, d) != 0 || !ld) {
        *y = ly;
        *m = *d = 0;
    }
    return check(*y, *m, *d, ref_year, err);
}

/* Whether case-folded k[0..n) opens or ends with a lunar word (lunar_word)
 * beside the date, and in *b, *e the date's span. */
static int lunar_around(const char *k, size_t n, size_t *b, size_t *e)
{
    size_t lo = 0, hi = n;
    trim_spaces(k, &lo, &hi);
    for (size_t w = 0; w < sizeof lunar_words / sizeof lunar_words[0]; w++) {
        size_t wl = strlen(lunar_words[w]);
        if (hi - lo <= wl)
            continue;
        int kind = w < 2 ? 2 : 1;
        /* after the date or before it, a space or a digit beside it
         * ("1985.3.12 음력", "农历1985年3月12日"), or after a Korean or
         * Chinese character ("1985年3月12日农历") */
        char before = k[hi - wl - 1], after = k[lo + wl];
        if (memcmp(k + hi - wl, lunar_words[w], wl) == 0 &&
            (before == ' ' || aka__ascii_digit(before) || (unsigned char)before >= 0x80)) {
            *b = lo;
            *e = hi - wl;
            return kind;
        }
        if (memcmp(k + lo, lunar_words[w], wl) == 0 &&
            (after == ' ' || aka__ascii_digit(after))) {
            *b = lo + wl;
            *e = hi;
            return kind;
        }
    }
    return 0;
}

/* The runs of digits of a text (any script's digits), read once for
 * the checks below: how many, the first two (value, as aka__date_number
 * reads it, and length), the longest, the value of the first of four
 * digits (0 for none), whether any digit is Persian (۰ to ۹), and whether
 * nothing but digits and the separators of a range (/ - – space) stands
 * between them. */
typedef struct digit_runs {
    int n, nd[2], longest, persian, range_only;
    long v[2], year4;
} digit_runs;

static void read_digit_runs(const char *s, size_t len, digit_runs *r)
{
    memset(r, 0, sizeof *r);
    r->range_only = 1;
    int nd = 0; /* of the run being read */
    long v = 0;
    for (size_t i = 0; i <= len;) {
        UChar32 cp = ' ';
        int32_t dv = -1;
        if (i < len) {
            cp = (UChar32)aka__utf8_next(s, len, &i);
            dv = aka__digit_value(cp);
        } else {
            i++;
        }
        if (dv >= 0) {
            r->persian |= cp >= 0x06F0 && cp <= 0x06F9;
            if (nd++ < 9)
                v = v * 10 + dv;
            continue;
        }
        if (nd) {
            if (r->n < 2) {
                r->v[r->n] = v;
                r->nd[r->n] = nd;
            }
            r->n++;
            if (nd > r->longest)
                r->longest = nd;
            if (nd == 4 && !r->year4)
                r->year4 = v;
            nd = 0;
            v = 0;
        }
        if (cp != '/' && cp != '-' && cp != ' ' && cp != 0x2013)
            r->range_only = 0;
    }
}

/* Whether the runs are of a date with a two-digit year in Persian digits
 * and none of four digits or more: a date of Iran or Afghanistan, whose
 * year is of the Solar calendar (۶۴/۰۵/۱۲ is 1364, 3 August 1985), where
 * a Gregorian reading makes 1964. */
static int persian_short_year(const digit_runs *r)
{
    return r->persian && r->longest < 4;
}

/* A date with a two-digit year in Persian digits (persian_short_year)
 * written with its Solar century into buf, when one run of two digits
 * cannot be a day or a month (over 31: the year) and the others are
 * shorter than four: ۶۴/۰۵/۱۲ and ۱۲ مرداد ۶۴ are 1364, as a record of
 * Iran or Afghanistan writes a birth year in short. The century is the
 * one that puts the year at or before the Solar year of ref_year (۰۳ is
 * 1403, ۶۴ 1364). Returns the length written, 0 when no such run is
 * alone or there is no other run (۶۴ alone is no date). */
static size_t solar_century(const char *in, size_t len, int ref_year, char *buf,
                            size_t cap)
{
    size_t year_at = 0, runs = 0, years = 0;
    int year = 0;
    for (size_t i = 0; i < len;) {
        size_t start = i, nd = 0;
        int v = 0;
        while (i < len) {
            size_t j = i;
            int32_t dv = aka__digit_value(aka__utf8_next(in, len, &j));
            if (dv < 0)
                break;
            v = v * 10 + dv;
            nd++;
            i = j;
        }
        if (!nd) {
            aka__utf8_next(in, len, &i);
            continue;
        }
        runs++;
        if (nd == 2 && v > 31) {
            years++;
            year_at = start;
            year = v;
        }
    }
    if (years != 1 || runs < 2 || len + 4 > cap)
        return 0;
    int now = ref_year - 621; /* the Solar year under way, about */
    int century = year <= now % 100 ? now / 100 : now / 100 - 1;
    /* ۱ and then ۳ or ۴ (U+06F1, U+06F3, U+06F4) */
    static const char one[] = "\xDB\xB1";
    char c2[3] = {'\xDB', (char)(0xB0 + century % 10), 0};
    if (century / 10 != 1)
        return 0;
    memcpy(buf, in, year_at);
    memcpy(buf + year_at, one, 2);
    memcpy(buf + year_at + 2, c2, 2);
    memcpy(buf + year_at + 4, in + year_at, len - year_at);
    return len + 4;
}

/* Whether the runs are two years, a year and the next ("1985/86",
 * "1985-1986"): a record that does not know which. Read as the first, the
 * other's records would not meet it. ("2004-05" is May 2004: the next
 * year's two digits say two years only when they are no month.) */
static int two_years(const digit_runs *r)
{
    return r->range_only && r->n == 2 && r->nd[0] == 4 &&
           ((r->nd[1] == 2 && r->v[1] == (r->v[0] + 1) % 100 && r->v[1] > 12) ||
            (r->nd[1] == 4 && r->v[1] == r->v[0] + 1));
}

/* A date with numbers in Ethiopic numerals (፫ 3, ፲፱፻፸፯ 1977: digits
 * ፩ to ፱, tens ፲ to ፺, ፻ a hundred times what stands before it, ፼ ten
 * thousand times), as Ethiopian documents in Amharic write them, into buf
 * with decimal digits. Returns the length written, 0 when there is no
 * such numeral or no room. */
static size_t ethiopic_numerals(const char *in, size_t len, char *buf, size_t cap)
{
    /* (every numeral is U+1369 to U+137C: E1 8D A9 to E1 8D BC) */
    if (!aka__bytes_find(in, len, "\xE1\x8D"))
        return 0;
    size_t o = 0, found = 0;
    for (size_t i = 0; i < len;) {
        long total = 0, group = 0, cur = 0;
        size_t j = i;
        int n = 0;
        while (j + 2 < len && (unsigned char)in[j] == 0xE1 && (unsigned char)in[j + 1] == 0x8D &&
               (unsigned char)in[j + 2] >= 0xA9 && (unsigned char)in[j + 2] <= 0xBC) {
            int c = (unsigned char)in[j + 2] - 0xA9; /* 0 is ፩ */
            if (c < 9)
                cur += c + 1;
            else if (c < 18)
                cur += (c - 8) * 10;
            else if (c == 18) { /* ፻ */
                group += (cur ? cur : 1) * 100;
                cur = 0;
            } else { /* ፼ */
                total += (group + cur ? group + cur : 1) * 10000;
                group = cur = 0;
            }
            j += 3;
            if (++n > 12)
                return 0; /* no date's number is so long */
        }
        if (n) {
            char num[24];
            int w = snprintf(num, sizeof num, "%ld", total + group + cur);
            if (o + (size_t)w >= cap)
                return 0;
            memcpy(buf + o, num, (size_t)w);
            o += (size_t)w;
            i = j;
            found = 1;
            continue;
        }
        if (o + 1 >= cap)
            return 0;
        buf[o++] = in[i++];
    }
    return found ? o : 0;
}

/* The length of the word for "at" that opens in[i..len) and a space
 * follows: à, À, and a or A as French written without accents and in
 * capitals has it, and Italian ("nato il 3 maggio 1990 a Roma"); 0 when
 * there is none. */
static size_t place_word(const char *in, size_t len, size_t i)
{
    size_t n = 0;
    if (i < len && (in[i] == 'a' || in[i] == 'A'))
        n = 1;
    else if (i + 1 < len && (unsigned char)in[i] == 0xC3 &&
             ((unsigned char)in[i + 1] == 0xA0 || (unsigned char)in[i + 1] == 0x80))
        n = 2;
    return n && i + n < len && in[i + n] == ' ' ? n : 0;
}

/* Where a French birth date's place begins ("né le 1er janvier 1990 à
 * Abidjan (Côte d'Ivoire)", as French civil status writes it, "NÉE LE 3
 * MARS 1990 À ABIDJAN" in the capitals of registers): the à after a year
 * of four digits, a place without a digit after it (1985 a 1986, from
 * one year to another in Spanish, Portuguese and Italian, is no place);
 * len when there is none. */
static size_t before_french_place(const char *in, size_t len)
{
    size_t run = 0;
    int year = 0;
    for (size_t i = 0; i < len; i++) {
        if (year && in[i] == ' ' && place_word(in, len, i + 1)) {
            size_t k = i + 1;
            while (k < len && !aka__ascii_digit(in[k]))
                k++;
            return k == len ? i : len;
        }
        run = aka__ascii_digit(in[i]) ? run + 1 : 0;
        if (run == 4 && (i + 1 == len || !aka__ascii_digit(in[i + 1])))
            year = 1;
        else if (run > 4)
            year = 0;
    }
    return len;
}

aka_status aka__date_read_in(const char *in, size_t len, int ref_year, const char *cc,
                             int *y, int *m, int *d, aka__err *err)
{
    len = before_french_place(in, len);
    char decimal[256];
    size_t nd = len < sizeof decimal ? ethiopic_numerals(in, len, decimal, sizeof decimal) : 0;
    if (nd)
        return aka__date_read_in(decimal, nd, ref_year, cc, y, m, d, err);
    digit_runs runs;
    read_digit_runs(in, len, &runs);
    if (two_years(&runs)) {
        *y = *m = *d = 0;
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: two years, one or the other; give the one "
                         "a source states as a value of its own");
    }
    if (persian_short_year(&runs)) {
        char full[256];
        size_t n = solar_century(in, len, ref_year, full, sizeof full);
        if (n)
            return aka__date_read_in(full, n, ref_year, cc, y, m, d, err);
        *y = *m = *d = 0;
        return aka__fail(err, AKA_ERR_PARSE,
                         "date_of_birth: a two-digit year in Persian digits is of "
                         "the Solar calendar; give its four digits");
    }
    /* A Hijri date and its Gregorian one, as Saudi papers give them
     * ("1405/06/20هـ الموافق 1985/03/12م", corresponding to): one date
     * when the two agree. */
    static const char agrees[] = "الموافق";
    const char *at = memchr(in, agrees[0], len) ? aka__bytes_find(in, len, agrees) : NULL;
    if (at) {
        size_t a = (size_t)(at - in), b = a + sizeof agrees - 1;
        int y2, m2, d2;
        aka__err e2 = {{0}};
        if (date_read(in, a, ref_year, cc, y, m, d, err) != AKA_OK ||
            date_read(in + b, len - b, ref_year, cc, &y2, &m2, &d2, &e2) != AKA_OK ||
            y2 != *y || m2 != *m || d2 != *d) {
            *y = *m = *d = 0;
            return aka__fail(err, AKA_ERR_PARSE,
                             "date_of_birth: a date and the one it corresponds to "
                             "must both read, and say the same day");
        }
        return AKA_OK;
    }
    aka_status st = date_read(in, len, ref_year, cc, y, m, d, err);
    /* a remark in parentheses after the date ("25/03/1990 (claimed)",
     * "12 March 1990 (as per passport)"), when something comes before it */
    size_t open, close;
    if (st == AKA_ERR_PARSE && aka__trailing_parens(in, len, &open, &close) && open > 0) {
        const char *r = in + open + 1;
        size_t rn = close - open - 1;
        int lunar = lunar_remark(r, rn);
        if (lunar)
            return lunar_date(in, open, lunar == 2, ref_year, cc, y, m, d, err);
        /* the date is read without the remark, or not at all (the error
         * is the whole value's); a remark with a year ("1985 (1986)",
         * "1363/12/21 (12.03.1985)") must say the same date, or the same
         * year (another calendar's reading beside it), else it gives a
         * second one and neither is read */
        aka__err e2 = {{0}};
        digit_runs rr;
        read_digit_runs(r, rn, &rr);
        long ry = rr.year4;
        if (date_read(in, open, ref_year, cc, y, m, d, &e2) == AKA_OK) {
            int y2, m2, d2;
            if (!ry)
                return AKA_OK;
            if (date_read(r, rn, ref_year, cc, &y2, &m2, &d2, &e2) == AKA_OK
                    ? y2 == *y && m2 == *m && d2 == *d
                    : ry == *y)
                return AKA_OK;
            *y = *m = *d = 0;
            return aka__fail(err, AKA_ERR_PARSE,
                             "date_of_birth: a remark gives another date; give the "
                             "one a source states as a value of its own");
        }
        *y = *m = *d = 0;
    }
    if (st == AKA_ERR_PARSE) {
        /* a lunar word before or after the date, no parentheses */
        aka__sb key = {0};
        size_t b, e;
        int lunar = aka__u_casefold(in, len, &key) == AKA_OK && key.p
                        ? lunar_around(key.p, key.len, &b, &e)
                        : 0;
        if (lunar)
            st = lunar_date(key.p + b, e - b, lunar == 2, ref_year, cc, y, m, d, err);
        aka__sb_free(&key);
    }
    return st;
}

aka_status aka__date_read(const char *in, size_t len, int ref_year, int *y, int *m,
                          int *d, aka__err *err)
{
    return aka__date_read_in(in, len, ref_year, "", y, m, d, err);
}

/* The Levantine months of two words (تشرين الأول, كانون الثاني: October
 * to January, as Syrian, Iraqi, Lebanese and Jordanian registers write
 * them) in the case-folded text s[0..len), as the one-word name of that
 * month into out; 0 when s has none. Words are read one by one, and
 * تشرين and كانون alone are each two months. */
static int levantine_months(const char *s, size_t len, aka__sb *out)
{
    static const struct {
        const char *first, *second, *month;
    } two[] = {
        {"تشرين", "الأول", "أكتوبر"},  {"تشرين", "الاول", "أكتوبر"},
        {"تشرين", "اول", "أكتوبر"},    {"تشرين", "الثاني", "نوفمبر"},
        {"تشرين", "الثانى", "نوفمبر"}, {"تشرين", "ثاني", "نوفمبر"},
        {"كانون", "الأول", "ديسمبر"},  {"كانون", "الاول", "ديسمبر"},
        {"كانون", "اول", "ديسمبر"},    {"كانون", "الثاني", "يناير"},
        {"كانون", "الثانى", "يناير"},  {"كانون", "ثاني", "يناير"},
    };
    for (size_t k = 0; k < sizeof two / sizeof two[0]; k++) {
        size_t f = strlen(two[k].first), sc = strlen(two[k].second);
        for (size_t i = 0; i + f < len; i++) {
            if (memcmp(s + i, two[k].first, f) != 0)
                continue;
            size_t j = i + f;
            while (j < len && s[j] == ' ')
                j++;
            if (j == i + f || j + sc > len || memcmp(s + j, two[k].second, sc) != 0 ||
                (j + sc < len && (unsigned char)s[j + sc] >= 0x80))
                continue;
            aka__sb_clear(out);
            if (aka__sb_append(out, s, i) != AKA_OK ||
                aka__sb_append_str(out, two[k].month) != AKA_OK ||
                aka__sb_append(out, s + j + sc, len - j - sc) != AKA_OK)
                return -1;
            return 1;
        }
    }
    return 0;
}

/* A value as it is written: folded, its Levantine months and Chinese
 * numerals made words and digits the reader knows, and read. */
static aka_status read_value(const char *in, size_t len, int ref_year, const char *cc,
                             int *y, int *m, int *d, aka__err *err)
{
    *y = *m = *d = 0;
    char low[128];
    if (len < sizeof low && aka__is_ascii(in, len)) {
        /* NFKC_Casefold changes nothing in ASCII but capitals. */
        for (size_t i = 0; i < len; i++)
            low[i] = (in[i] >= 'A' && in[i] <= 'Z') ? (char)(in[i] + 32) : in[i];
        low[len] = '\0';
        return read_any(low, len, ref_year, cc, y, m, d, err);
    }
    aka__sb folded = {0}, digits = {0}, months = {0};
    aka_status st = aka__u_casefold(in, len, &folded);
    int lev = st == AKA_OK ? levantine_months(folded.p ? folded.p : "", folded.len, &months) : 0;
    if (lev < 0)
        st = aka__fail(err, AKA_ERR_NOMEM, "date_of_birth: out of memory");
    else if (lev > 0) {
        aka__sb t = folded;
        folded = months;
        months = t;
    }
    /* Chinese numerals, which the reader would take for words, as digits
     * (a value without them is read as it is) */
    int han = st == AKA_OK ? aka__han_numerals(folded.p, folded.len, &digits) : 0;
    if (han < 0)
        st = aka__fail(err, AKA_ERR_NOMEM, "date_of_birth: out of memory");
    else if (st == AKA_OK)
        st = han ? read_any(digits.p, digits.len, ref_year, cc, y, m, d, err)
                 : read_any(folded.p ? folded.p : "", folded.len, ref_year, cc, y, m,
                            d, err);
    aka__sb_free(&digits);
    aka__sb_free(&folded);
    aka__sb_free(&months);
    return st;
}

/* The longest value a mend below rewrites: dates are short, and a value
 * longer than this is no date written with a slip. */
#define MEND_CAP 128

/* Words before a comma that say what follows is no date of birth as
 * given, though the reader knows none of them: another calendar's date,
 * a death, a limit or another event ("Lunar, 1985-03-12", "died,
 * 12.03.2010", "before, 1985"). Keys as word_month folds them. */
static const char *const not_a_place[] = {
    /* other calendars, and words that say the date is of one */
    "ah", "be", "bs", "buddhist", "calendar", "ec", "ethiopian", "hebrew",
    "hijra", "hijri", "hijriah", "hijriyah", "islamic", "jalali", "jewish",
    "julian", "lich", "lunar", "nepali", "persian", "qamari", "shamsi", "solar",
    /* a death, a disappearance, another event of a life or a paper */
    "arrested", "arrival", "arrived", "baptised", "baptized", "christened",
    "dead", "death", "deceased", "deces", "decede", "defuncion", "departure",
    "died", "divorced", "dod", "entered", "entry", "expired", "expires", "expiry",
    "falecido", "faleceu", "fallecido", "fallecio", "gestorben", "hilang",
    "issued", "killed", "married", "meninggal", "menikah", "missing", "mort",
    "muerte", "murio", "obito", "registered", "tewas", "updated", "verstorben",
    "wafat", "умер", "умерла", "смерти", "погиб", "пропал",
    /* a limit, an age */
    "after", "age", "aged", "before", "between", "exp", "not", "since", "until",
    "valid",
};

/* Indonesian records give a birth as "place, date" (tempat, tanggal
 * lahir: "Jakarta, 12 Maret 1985"), and other registers copy a place
 * with the date. When the text before the last comma ahead of the first
 * digit is words the date reader knows nothing of (no month, weekday,
 * placeholder, approximation or qualifier of not_a_place; fillers such as
 * the "de" of "Rio de Janeiro" allowed), of letters of alphabets (no
 * Han or Hangul, which write no place so) and of three letters or more,
 * the value after the comma is read alone (out[0..*out_len)). */
static int mend_place(const char *s, size_t len, char *out, size_t *out_len)
{
    size_t comma = len, i = 0;
    while (i < len) {
        size_t at = i;
        UChar32 cp = (UChar32)aka__utf8_next(s, len, &i);
        if (aka__digit_value(cp) >= 0)
            break;
        if (cp == ',')
            comma = at;
    }
    if (comma == len || i >= len)
        return 0;
    aka__sb key = {0};
    char low[WORD_KEY];
    int places = 0, ok = 1;
    for (i = 0; i < comma && ok;) {
        size_t start = i;
        UChar32 cp = (UChar32)aka__utf8_next(s, comma, &i);
        if (!aka__date_word_char(cp)) {
            /* (a form's label before the place: "TTL: Jakarta, ...") */
            ok = cp == ' ' || cp == '-' || cp == '.' || cp == '\'' || cp == ',' || cp == ':';
            continue;
        }
        size_t letters = 1;
        for (size_t j = i; j < comma; letters++) {
            UChar32 c2 = (UChar32)aka__utf8_next(s, comma, &j);
            if (!aka__date_word_char(c2))
                break;
            i = j;
        }
        if (u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC) ||
            u_getIntPropertyValue(cp, UCHAR_HANGUL_SYLLABLE_TYPE) != U_HST_NOT_APPLICABLE) {
            ok = 0;
            break;
        }
        const char *k;
        int month, weekday;
        if (word_month(s + start, i - start, &key, low, &k, &month, &weekday) != AKA_OK ||
            AKA__LISTED(not_a_place, k, strlen(k)))
            ok = 0;
        else if (month == W_UNREADABLE) {
            ok = letters >= 3;
            places++;
        } else {
            ok = month == 0; /* a filler */
        }
    }
    aka__sb_free(&key);
    if (!ok || !places || len - comma - 1 >= MEND_CAP)
        return 0;
    *out_len = len - comma - 1;
    memcpy(out, s + comma + 1, *out_len);
    return 1;
}

/* Whether c separates a numeric date's parts. */
static int numeric_separator(char c)
{
    return c == '.' || c == '/' || c == '-' || c == ' ';
}

/* A scanner reads the digit 1 as the letter l or I ("l2.03.1985",
 * "12.03.l985"). In a value of digits and separators alone, an l or I
 * that stands beside a digit and between no letters is read as 1. A
 * letter of a word is never touched: the value must hold no other
 * letter, so a Roman month ("12.I.1985", read before any mend) stays. */
static int mend_ones(const char *s, size_t len, char *out, size_t *out_len)
{
    int ones = 0;
    if (len >= MEND_CAP)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (aka__ascii_digit(c) || numeric_separator(c)) {
            out[i] = c;
            continue;
        }
        if (c != 'l' && c != 'I')
            return 0;
        char before = i > 0 ? s[i - 1] : ' ', after = i + 1 < len ? s[i + 1] : ' ';
        if (!(aka__ascii_digit(before) || aka__ascii_digit(after)) ||
            !(aka__ascii_digit(before) || numeric_separator(before)) ||
            !(aka__ascii_digit(after) || numeric_separator(after)))
            return 0;
        out[i] = '1';
        ones++;
    }
    *out_len = len;
    return ones > 0;
}

/* A year split by a space, as a scanner or a typist leaves it
 * ("12.03.19 85", "12.03.1 985"): in a value of digits and separators
 * of at least three numbers, whose only space inside is between the last
 * two and which together have four digits, the space is dropped. */
static int mend_split_year(const char *s, size_t len, char *out, size_t *out_len)
{
    size_t b = 0, e = len;
    trim_spaces(s, &b, &e);
    if (e - b >= MEND_CAP)
        return 0;
    size_t space = 0;
    int runs = 0, spaces = 0;
    for (size_t i = b; i < e; i++) {
        if (!aka__ascii_digit(s[i]) && !numeric_separator(s[i]))
            return 0;
        runs += aka__ascii_digit(s[i]) && (i == b || !aka__ascii_digit(s[i - 1]));
        if (s[i] == ' ') {
            space = i;
            spaces++;
        }
    }
    if (runs < 4 || spaces != 1 || !aka__ascii_digit(s[space - 1]) ||
        !aka__ascii_digit(s[space + 1]))
        return 0;
    size_t digits = 0; /* of the last two runs, which the space joins */
    for (size_t i = space; i > b && aka__ascii_digit(s[i - 1]); i--)
        digits++;
    for (size_t i = space + 1; i < e; i++) {
        if (!aka__ascii_digit(s[i]))
            return 0; /* the space is not between the last two */
        digits++;
    }
    if (digits != 4)
        return 0;
    memcpy(out, s + b, space - b);
    memcpy(out + (space - b), s + space + 1, e - space - 1);
    *out_len = e - b - 1;
    return 1;
}

/* Whether the byte c is of a letter or a digit (any byte of a
 * character beyond ASCII counts as a letter's). */
static int alnum_byte(char c)
{
    return aka__ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (unsigned char)c >= 0x80;
}

/* Spanish numbers in words, keyed, as a date written out in full gives
 * its day and year ("veinticinco de diciembre de mil novecientos
 * noventa", as notaries and civil registers of Latin America write it):
 * the words of one to thirty-one, the tens, the hundreds of the years
 * read (1800 on) and mil. */
static const struct {
    const char *word;
    short value;
} es_numbers[] = {
    {"un", 1},          {"uno", 1},         {"dos", 2},          {"tres", 3},
    {"cuatro", 4},      {"cinco", 5},       {"seis", 6},         {"siete", 7},
    {"ocho", 8},        {"nueve", 9},       {"diez", 10},        {"once", 11},
    {"doce", 12},       {"trece", 13},      {"catorce", 14},     {"quince", 15},
    {"dieciseis", 16},  {"diecisiete", 17}, {"dieciocho", 18},   {"diecinueve", 19},
    {"veinte", 20},     {"veintiun", 21},   {"veintiuno", 21},   {"veintidos", 22},
    {"veintitres", 23}, {"veinticuatro", 24}, {"veinticinco", 25}, {"veintiseis", 26},
    {"veintisiete", 27}, {"veintiocho", 28}, {"veintinueve", 29}, {"treinta", 30},
    {"cuarenta", 40},   {"cincuenta", 50},  {"sesenta", 60},     {"setenta", 70},
    {"ochenta", 80},    {"noventa", 90},    {"ochocientos", 800}, {"novecientos", 900},
    {"mil", 1000},      {"primero", -1},    {"y", -2},
};

/* The value of key k in es_numbers (-1 primero, the first day; -2 the y
 * between tens and units), 0 for a word that is none of them. */
static int es_number(const char *k)
{
    for (size_t i = 0; i < sizeof es_numbers / sizeof *es_numbers; i++)
        if (strcmp(es_numbers[i].word, k) == 0)
            return es_numbers[i].value;
    return 0;
}

/* The number below a hundred that opens v[*i..n) (the values of a run
 * of words): one word up to 29, or tens with "y" and a unit after them
 * (noventa y cinco); 0 for none, *i past it. */
static int es_below_100(const int *v, int n, int *i)
{
    if (*i >= n || v[*i] < 1 || v[*i] > 90)
        return 0;
    int x = v[(*i)++];
    if (x >= 30 && *i + 1 < n && v[*i] == -2 && v[*i + 1] >= 1 && v[*i + 1] <= 9) {
        x += v[*i + 1];
        *i += 2;
    }
    return x;
}

/* The number the whole run of words v[0..n) says: a day (primero, or 1 to
 * 31), or a year of mil (mil ochocientos ... to mil novecientos noventa y
 * nueve) or dos mil (to dos mil noventa y nueve); -1 when the words say
 * no one such number (veinte cinco, noventa, mil noventa). */
static int es_run_value(const int *v, int n)
{
    int i = 0, x;
    if (n == 1 && v[0] == -1)
        return 1;
    if (n >= 2 && v[0] == 2 && v[1] == 1000) {
        i = 2;
        x = 2000 + es_below_100(v, n, &i);
    } else if (n >= 2 && v[0] == 1000 && (v[1] == 800 || v[1] == 900)) {
        i = 2;
        x = 1000 + v[1] + es_below_100(v, n, &i);
    } else {
        x = es_below_100(v, n, &i);
        if (x > 31)
            return -1;
    }
    return i == n && x > 0 ? x : -1;
}

/* A date whose day and year are Spanish words (es_numbers): each run of
 * such words, between spaces, written as the digits of the number it
 * says; the rest as it is. Nothing when some run says no one number: a
 * day or a year of words the reader cannot tell is refused, not guessed. */
static int mend_spanish_words(const char *s, size_t len, char *out, size_t *out_len)
{
    if (len >= MEND_CAP)
        return 0;
    aka__sb key = {0};
    char low[WORD_KEY];
    int v[MAX_TOKENS], nv = 0, runs = 0, ok = 1;
    size_t o = 0, from = 0; /* s[from..len) is still to be written out */
    size_t run_at = 0, run_end = 0, i = 0;
    while (ok) {
        size_t start = i, end = i;
        int x = 0, at_end = i >= len;
        if (!at_end) {
            UChar32 cp = (UChar32)aka__utf8_next(s, len, &i);
            if (cp == ' ' && nv > 0)
                continue; /* a run goes on over spaces */
            if (aka__date_word_char(cp)) {
                for (end = i; end < len;) {
                    size_t k = end;
                    if (!aka__date_word_char((UChar32)aka__utf8_next(s, len, &k)))
                        break;
                    end = k;
                }
                i = end;
                const char *k;
                int month, weekday;
                if (word_month(s + start, end - start, &key, low, &k, &month, &weekday) !=
                    AKA_OK) {
                    ok = 0;
                    break;
                }
                x = es_number(k);
                if (x == -2 && nv == 0)
                    x = 0; /* a y of no number */
            }
        }
        if (x != 0) {
            if (nv == MAX_TOKENS) {
                ok = 0;
                break;
            }
            run_at = nv == 0 ? start : run_at;
            run_end = end;
            v[nv++] = x;
            continue;
        }
        if (nv > 0) {
            int n = es_run_value(v, nv);
            char digits[8];
            int dn = n > 0 ? snprintf(digits, sizeof digits, "%d", n) : -1;
            if (dn < 0 || o + (run_at - from) + (size_t)dn >= MEND_CAP) {
                ok = 0;
                break;
            }
            memcpy(out + o, s + from, run_at - from);
            o += run_at - from;
            memcpy(out + o, digits, (size_t)dn);
            o += (size_t)dn;
            from = run_end;
            nv = 0;
            runs++;
        }
        if (at_end)
            break;
    }
    aka__sb_free(&key);
    if (!ok || runs == 0 || o + (len - from) >= MEND_CAP)
        return 0;
    memcpy(out + o, s + from, len - from);
    *out_len = o + (len - from);
    return 1;
}

/* The mends of a value the reader refused, each for one slip or habit,
 * tried in turn; what one rewrites must then read on its own. */
static int (*const mends[])(const char *, size_t, char *, size_t *) = {
    mend_place, mend_ones, mend_split_year, mend_spanish_words,
};

/* The same date written twice ("12.03.1985 12.03.1985", "12.03.1985 -
 * 12.03.1985"), as forms with two fields for it get merged: the value is
 * cut at each run of characters that are neither letters nor digits
 * with as many runs of digits on either side, and read when both sides
 * read alone as the same date, to the day. (A cut elsewhere could read
 * one date's part with the other: "circa 1985 12.03" is 1985 too.) Two
 * different dates are a record that does not know which, and refused. */
static int read_twice(const char *s, size_t len, int ref_year, const char *cc, int *y,
                      int *m, int *d, aka_status *st)
{
    if (len >= MEND_CAP)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if (!alnum_byte(s[i - 1]))
            continue; /* a cut opens after a digit or a letter */
        size_t j = i;
        while (j < len && !alnum_byte(s[j]))
            j++;
        if (j == i || j == len)
            continue;
        digit_runs left, right;
        read_digit_runs(s, i, &left);
        read_digit_runs(s + j, len - j, &right);
        int y2, m2, d2;
        if (left.n != right.n) {
            i = j - 1;
            continue;
        }
        aka_status a = read_value(s, i, ref_year, cc, y, m, d, NULL);
        aka_status b = a == AKA_OK ? read_value(s + j, len - j, ref_year, cc, &y2, &m2, &d2, NULL)
                                   : a;
        if (b == AKA_ERR_NOMEM) {
            *st = b;
            return 0;
        }
        if (b == AKA_OK && y2 == *y && m2 == *m && d2 == *d)
            return 1;
        i = j - 1;
    }
    return 0;
}

/* read_value, and when it refuses the value, the value mended (mends),
 * then read as one date written twice. The error is the value's own,
 * unless memory ran out on the way. */
static aka_status date_read(const char *in, size_t len, int ref_year, const char *cc,
                            int *y, int *m, int *d, aka__err *err)
{
    aka_status st = read_value(in, len, ref_year, cc, y, m, d, err);
    if (st != AKA_ERR_PARSE)
        return st;
    char mended[MEND_CAP];
    size_t n;
    aka_status again = AKA_ERR_PARSE;
    for (size_t k = 0; k < sizeof mends / sizeof *mends && again != AKA_ERR_NOMEM; k++)
        if (mends[k](in, len, mended, &n)) {
            again = read_value(mended, n, ref_year, cc, y, m, d, NULL);
            if (again == AKA_OK)
                return AKA_OK;
        }
    if (again != AKA_ERR_NOMEM && read_twice(in, len, ref_year, cc, y, m, d, &again))
        return AKA_OK;
    *y = *m = *d = 0;
    if (again == AKA_ERR_NOMEM)
        return aka__fail(err, AKA_ERR_NOMEM, "date_of_birth: out of memory");
    return st;
}

/* The date (UTC) of the clock, by the civil calendar's arithmetic
 * (days to years in 400-year eras) rather than gmtime_r, which takes a
 * process-wide lock on every call and made threads normalising dates wait
 * for each other. */
int aka__date_ymd_of(long long now, int *month, int *day)
{
    long long days = now / 86400 - (now % 86400 < 0);
    long long z = days + 719468; /* days since 0000-03-01 */
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;                               /* 0..146096 */
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);         /* from March 1 */
    long long mp = (5 * doy + 2) / 153;                             /* 0 = March */
    long long y = yoe + era * 400 + (mp >= 10);                     /* Jan, Feb: next */
    *month = (int)(mp < 10 ? mp + 3 : mp - 9);
    *day = (int)(doy - (153 * mp + 2) / 5 + 1);
    return y > 9999 ? 9999 : y < -9999 ? -9999 : (int)y;
}

int aka__date_year_of(long long now)
{
    int m, d;
    return aka__date_ymd_of(now, &m, &d);
}

/* Today's date (UTC), or a far year when the clock is unavailable:
 * accept rather than reject. */
static int today(int *month, int *day)
{
    time_t now = time(NULL);
    if (now == (time_t)-1) {
        *month = 12;
        *day = 31;
        return 2100;
    }
    return aka__date_ymd_of((long long)now, month, day);
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" (y 0..9999) into buf; returns the
 * length. */
static size_t format_date(char *buf, int y, int m, int d)
{
    size_t n = 0;
    buf[n++] = (char)('0' + y / 1000 % 10);
    buf[n++] = (char)('0' + y / 100 % 10);
    buf[n++] = (char)('0' + y / 10 % 10);
    buf[n++] = (char)('0' + y % 10);
    if (m) {
        buf[n++] = '-';
        buf[n++] = (char)('0' + m / 10);
        buf[n++] = (char)('0' + m % 10);
    }
    if (m && d) {
        buf[n++] = '-';
        buf[n++] = (char)('0' + d / 10);
        buf[n++] = (char)('0' + d % 10);
    }
    return n;
}

aka_status aka__norm_date(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err)
{
    int y, m, d, tm, td;
    int ty = today(&tm, &td);
    aka_status st = aka__date_read_in(in, len, ty, o ? o->default_country : "", &y, &m, &d,
                                      err);
    if (st != AKA_OK)
        return st;
    /* the year is checked by the reader; a month or day of this year
     * still to come is no birth either (25.12.2026 on 7 December 2026) */
    if (y == ty && (m > tm || (m == tm && d > td)))
        return aka__fail(err, AKA_ERR_PARSE, "date_of_birth: the date is in the future");
    char buf[16];
    return aka__sb_append(out, buf, format_date(buf, y, m, d));
}
