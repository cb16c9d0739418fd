/* Dates of birth written in the calendars of the countries that keep
 * them (date.h): the Solar Hijri calendar of Iran and Afghanistan, the
 * Ethiopian calendar, Japanese eras, the Minguo years of Taiwan, the
 * Bikram Sambat of Nepal, and the Thai month abbreviations beside
 * Buddhist-era years (date.c reads the years). A value is taken as such
 * a date only on a sign that it is one: a month name of the calendar, an
 * era, a marker such as B.S., or a year no Gregorian date of birth can
 * have (1300-1420, or one of the next sixty years). Conversions go
 * through ICU's calendars where ICU has them. */
#include "normalize/date.h"

#include <string.h>

#include <unicode/ucal.h>
#include <unicode/uchar.h>

#include "core/strbuf.h"
#include "unicode/digit.h"
#include "unicode/utf8.h"

#define MAX_PARTS 12

typedef struct part {
    const char *s; /* a word's text, NULL for a number */
    size_t n;
    long value;  /* a number's */
    int ndigits;
    int devanagari; /* a number written in Devanagari digits */
} part;

/* CAL_HIJRI: a Hijri date, Solar or Lunar not yet said. */
enum cal { CAL_NONE, CAL_PERSIAN, CAL_ETHIOPIC, CAL_NEPALI, CAL_ISLAMIC, CAL_HIJRI };

/* A word and its length, known at compile time. */
#define W(s) (s), sizeof(s) - 1

typedef struct cmonth {
    const char *name;
    size_t len;
    int cal, month;
} cmonth;

/* Month names, as case-folded text holds them. Persian words are matched
 * with Persian yeh and kaf (the Arabic letters are mapped first). */
static const cmonth months[] = {
    /* Solar Hijri, Iranian names */
    {W("فروردین"), CAL_PERSIAN, 1}, {W("اردیبهشت"), CAL_PERSIAN, 2},
    {W("خرداد"), CAL_PERSIAN, 3}, {W("تیر"), CAL_PERSIAN, 4},
    {W("مرداد"), CAL_PERSIAN, 5}, {W("امرداد"), CAL_PERSIAN, 5},
    {W("شهریور"), CAL_PERSIAN, 6}, {W("مهر"), CAL_PERSIAN, 7},
    {W("آبان"), CAL_PERSIAN, 8}, {W("آذر"), CAL_PERSIAN, 9}, {W("دی"), CAL_PERSIAN, 10},
    {W("بهمن"), CAL_PERSIAN, 11}, {W("اسفند"), CAL_PERSIAN, 12},
    {W("farvardin"), CAL_PERSIAN, 1}, {W("ordibehesht"), CAL_PERSIAN, 2},
    {W("khordad"), CAL_PERSIAN, 3}, {W("tir"), CAL_PERSIAN, 4},
    {W("mordad"), CAL_PERSIAN, 5}, {W("amordad"), CAL_PERSIAN, 5},
    {W("shahrivar"), CAL_PERSIAN, 6},
    {W("mehr"), CAL_PERSIAN, 7}, {W("aban"), CAL_PERSIAN, 8},
    {W("azar"), CAL_PERSIAN, 9}, {W("dey"), CAL_PERSIAN, 10},
    {W("bahman"), CAL_PERSIAN, 11}, {W("esfand"), CAL_PERSIAN, 12},
    /* Solar Hijri, the zodiac names of Afghanistan (Dari) */
    {W("حمل"), CAL_PERSIAN, 1}, {W("ثور"), CAL_PERSIAN, 2}, {W("جوزا"), CAL_PERSIAN, 3},
    {W("سرطان"), CAL_PERSIAN, 4}, {W("اسد"), CAL_PERSIAN, 5},
    {W("سنبله"), CAL_PERSIAN, 6}, {W("میزان"), CAL_PERSIAN, 7},
    {W("عقرب"), CAL_PERSIAN, 8}, {W("قوس"), CAL_PERSIAN, 9}, {W("جدی"), CAL_PERSIAN, 10},
    {W("دلو"), CAL_PERSIAN, 11}, {W("حوت"), CAL_PERSIAN, 12},
    {W("hamal"), CAL_PERSIAN, 1}, {W("sawr"), CAL_PERSIAN, 2}, {W("saur"), CAL_PERSIAN, 2},
    {W("sour"), CAL_PERSIAN, 2}, {W("jawza"), CAL_PERSIAN, 3},
    {W("jauza"), CAL_PERSIAN, 3}, {W("saratan"), CAL_PERSIAN, 4},
    {W("asad"), CAL_PERSIAN, 5}, {W("assad"), CAL_PERSIAN, 5}, {W("sunbula"), CAL_PERSIAN, 6},
    {W("sonbola"), CAL_PERSIAN, 6}, {W("mizan"), CAL_PERSIAN, 7},
    {W("aqrab"), CAL_PERSIAN, 8}, {W("qaws"), CAL_PERSIAN, 9},
    {W("qaus"), CAL_PERSIAN, 9}, {W("qous"), CAL_PERSIAN, 9}, {W("jadi"), CAL_PERSIAN, 10},
    {W("jaddi"), CAL_PERSIAN, 10}, {W("dalw"), CAL_PERSIAN, 11},
    {W("dalv"), CAL_PERSIAN, 11}, {W("hut"), CAL_PERSIAN, 12}, {W("hoot"), CAL_PERSIAN, 12},
    /* Solar Hijri, the Pashto names Afghan records in Pashto write (Wray
     * for Hamal ...), with Persian kaf and gaf and the sheen typed for the
     * Pashto letters, and in Latin letters */
    {W("وری"), CAL_PERSIAN, 1}, {W("غویی"), CAL_PERSIAN, 2}, {W("غوایی"), CAL_PERSIAN, 2},
    {W("غبرګولی"), CAL_PERSIAN, 3}, {W("غبرگولی"), CAL_PERSIAN, 3},
    {W("چنګاښ"), CAL_PERSIAN, 4}, {W("چنگاښ"), CAL_PERSIAN, 4}, {W("چنگاش"), CAL_PERSIAN, 4},
    {W("زمری"), CAL_PERSIAN, 5}, {W("وږی"), CAL_PERSIAN, 6}, {W("وژی"), CAL_PERSIAN, 6},
    {W("تله"), CAL_PERSIAN, 7}, {W("لړم"), CAL_PERSIAN, 8}, {W("لرم"), CAL_PERSIAN, 8},
    {W("لیندۍ"), CAL_PERSIAN, 9}, {W("لیندی"), CAL_PERSIAN, 9},
    {W("مرغومی"), CAL_PERSIAN, 10}, {W("سلواغه"), CAL_PERSIAN, 11}, {W("کب"), CAL_PERSIAN, 12},
    {W("wray"), CAL_PERSIAN, 1}, {W("ghwayay"), CAL_PERSIAN, 2}, {W("ghwayai"), CAL_PERSIAN, 2},
    {W("ghbargolay"), CAL_PERSIAN, 3}, {W("ghbargolai"), CAL_PERSIAN, 3},
    {W("changakh"), CAL_PERSIAN, 4}, {W("zmaray"), CAL_PERSIAN, 5}, {W("zmarai"), CAL_PERSIAN, 5},
    {W("wagay"), CAL_PERSIAN, 6}, {W("wagai"), CAL_PERSIAN, 6}, {W("tala"), CAL_PERSIAN, 7},
    {W("laram"), CAL_PERSIAN, 8}, {W("lindai"), CAL_PERSIAN, 9}, {W("lindey"), CAL_PERSIAN, 9},
    {W("marghumay"), CAL_PERSIAN, 10}, {W("marghumai"), CAL_PERSIAN, 10},
    {W("salwagha"), CAL_PERSIAN, 11}, {W("kab"), CAL_PERSIAN, 12},
    /* Ethiopian, in Ge'ez script with the spellings' common variants */
    {W("መስከረም"), CAL_ETHIOPIC, 1}, {W("ጥቅምት"), CAL_ETHIOPIC, 2},
    {W("ኅዳር"), CAL_ETHIOPIC, 3}, {W("ህዳር"), CAL_ETHIOPIC, 3},
    {W("ታኅሣሥ"), CAL_ETHIOPIC, 4}, {W("ታህሳስ"), CAL_ETHIOPIC, 4},
    {W("ታኅሳስ"), CAL_ETHIOPIC, 4}, {W("ጥር"), CAL_ETHIOPIC, 5},
    {W("የካቲት"), CAL_ETHIOPIC, 6}, {W("መጋቢት"), CAL_ETHIOPIC, 7},
    {W("ሚያዝያ"), CAL_ETHIOPIC, 8}, {W("ግንቦት"), CAL_ETHIOPIC, 9},
    {W("ሰኔ"), CAL_ETHIOPIC, 10}, {W("ሐምሌ"), CAL_ETHIOPIC, 11},
    {W("ሀምሌ"), CAL_ETHIOPIC, 11}, {W("ነሐሴ"), CAL_ETHIOPIC, 12},
    {W("ነሃሴ"), CAL_ETHIOPIC, 12}, {W("ጳጉሜ"), CAL_ETHIOPIC, 13},
    {W("ጳጉሜን"), CAL_ETHIOPIC, 13},
    /* Bikram Sambat, in Devanagari as Nepali papers write them (the
     * spoken names and the Sanskrit ones) and in Latin letters */
    {W("बैशाख"), CAL_NEPALI, 1}, {W("वैशाख"), CAL_NEPALI, 1}, {W("बैसाख"), CAL_NEPALI, 1},
    {W("जेठ"), CAL_NEPALI, 2}, {W("जेष्ठ"), CAL_NEPALI, 2}, {W("ज्येष्ठ"), CAL_NEPALI, 2},
    {W("असार"), CAL_NEPALI, 3}, {W("आषाढ"), CAL_NEPALI, 3}, {W("असाढ"), CAL_NEPALI, 3},
    {W("साउन"), CAL_NEPALI, 4}, {W("श्रावण"), CAL_NEPALI, 4},
    {W("भदौ"), CAL_NEPALI, 5}, {W("भाद्र"), CAL_NEPALI, 5},
    {W("असोज"), CAL_NEPALI, 6}, {W("आश्विन"), CAL_NEPALI, 6},
    {W("कात्तिक"), CAL_NEPALI, 7}, {W("कार्तिक"), CAL_NEPALI, 7},
    {W("मंसिर"), CAL_NEPALI, 8}, {W("मङ्सिर"), CAL_NEPALI, 8}, {W("मार्गशीर्ष"), CAL_NEPALI, 8},
    {W("पुस"), CAL_NEPALI, 9}, {W("पौष"), CAL_NEPALI, 9}, {W("माघ"), CAL_NEPALI, 10},
    {W("फागुन"), CAL_NEPALI, 11}, {W("फाल्गुन"), CAL_NEPALI, 11},
    {W("चैत"), CAL_NEPALI, 12}, {W("चैत्र"), CAL_NEPALI, 12},
    {W("baisakh"), CAL_NEPALI, 1}, {W("baishakh"), CAL_NEPALI, 1},
    {W("jestha"), CAL_NEPALI, 2}, {W("jeth"), CAL_NEPALI, 2},
    {W("asar"), CAL_NEPALI, 3}, {W("ashar"), CAL_NEPALI, 3}, {W("asadh"), CAL_NEPALI, 3},
    {W("ashadh"), CAL_NEPALI, 3}, {W("shrawan"), CAL_NEPALI, 4}, {W("saun"), CAL_NEPALI, 4},
    {W("bhadra"), CAL_NEPALI, 5}, {W("bhadau"), CAL_NEPALI, 5},
    {W("asoj"), CAL_NEPALI, 6}, {W("ashoj"), CAL_NEPALI, 6}, {W("ashwin"), CAL_NEPALI, 6},
    {W("kartik"), CAL_NEPALI, 7}, {W("mangsir"), CAL_NEPALI, 8}, {W("mansir"), CAL_NEPALI, 8},
    {W("poush"), CAL_NEPALI, 9}, {W("paush"), CAL_NEPALI, 9}, {W("push"), CAL_NEPALI, 9},
    {W("magh"), CAL_NEPALI, 10}, {W("falgun"), CAL_NEPALI, 11},
    {W("phalgun"), CAL_NEPALI, 11}, {W("chaitra"), CAL_NEPALI, 12},
    {W("chait"), CAL_NEPALI, 12},
    /* Lunar Hijri months of one word, as Arab registers write them (and
     * their translations, Saudi residence permits' among them) */
    {W("محرم"), CAL_ISLAMIC, 1}, {W("صفر"), CAL_ISLAMIC, 2}, {W("رجب"), CAL_ISLAMIC, 7},
    {W("شعبان"), CAL_ISLAMIC, 8}, {W("رمضان"), CAL_ISLAMIC, 9}, {W("شوال"), CAL_ISLAMIC, 10},
    {W("muharram"), CAL_ISLAMIC, 1}, {W("moharram"), CAL_ISLAMIC, 1},
    {W("muharam"), CAL_ISLAMIC, 1}, {W("safar"), CAL_ISLAMIC, 2},
    {W("rajab"), CAL_ISLAMIC, 7}, {W("shaban"), CAL_ISLAMIC, 8},
    {W("shaaban"), CAL_ISLAMIC, 8}, {W("ramadan"), CAL_ISLAMIC, 9},
    {W("ramadhan"), CAL_ISLAMIC, 9}, {W("ramazan"), CAL_ISLAMIC, 9},
    {W("shawwal"), CAL_ISLAMIC, 10}, {W("shawal"), CAL_ISLAMIC, 10},
    {W("dhulqadah"), CAL_ISLAMIC, 11}, {W("zulqadah"), CAL_ISLAMIC, 11},
    {W("dhulhijjah"), CAL_ISLAMIC, 12}, {W("zulhijjah"), CAL_ISLAMIC, 12},
};

/* Lunar Hijri months of two words, the first before the second, or before
 * an article and the second (Rabi' al-Awwal, Jumada II, Dhu al-Hijjah);
 * Arabic writes the article onto the second (ربيع الأول, جمادى الآخرة,
 * ذو القعدة), with Persian yeh for the Arabic letters as persian_letters
 * maps them. Those of Arabic script, with and without their hamza and
 * madda. */
static const struct {
    const char *first, *second;
    int month;
} hijri_pairs[] = {
    {"ربیع", "الأول", 3},    {"ربیع", "الاول", 3},    {"ربیع", "الثانی", 4},
    {"ربیع", "الآخر", 4},    {"ربیع", "الاخر", 4},    {"جمادی", "الأولی", 5},
    {"جمادی", "الاولی", 5},  {"جمادی", "الأول", 5},   {"جمادی", "الاول", 5},
    {"جمادی", "الآخرة", 6},  {"جمادی", "الاخرة", 6},  {"جمادی", "الثانیة", 6},
    {"جمادی", "الثانی", 6},  {"جمادی", "الآخر", 6},   {"جمادی", "الاخر", 6},
    {"ذو", "القعدة", 11},    {"ذی", "القعدة", 11},    {"ذو", "الحجة", 12},
    {"ذی", "الحجة", 12},
    {"rabi", "awwal", 3},    {"rabi", "awal", 3},     {"rabi", "i", 3},
    {"rabiul", "awwal", 3},  {"rabiul", "awal", 3},   {"rabi", "thani", 4},
    {"rabi", "sani", 4},     {"rabi", "akhir", 4},    {"rabi", "ii", 4},
    {"rabiul", "thani", 4},  {"rabiul", "akhir", 4},
    {"jumada", "ula", 5},    {"jumada", "oula", 5},   {"jumada", "awwal", 5},
    {"jumada", "i", 5},      {"jumadal", "ula", 5},   {"jumada", "akhirah", 6},
    {"jumada", "akhira", 6}, {"jumada", "akhir", 6},  {"jumada", "thani", 6},
    {"jumada", "thaniyah", 6}, {"jumada", "ii", 6},   {"jumadal", "akhirah", 6},
    {"dhu", "qadah", 11},    {"dhu", "qidah", 11},    {"dhu", "qaadah", 11},
    {"dhul", "qadah", 11},   {"dhul", "qidah", 11},   {"zul", "qadah", 11},
    {"dhu", "hijjah", 12},   {"dhu", "hijja", 12},    {"dhul", "hijjah", 12},
    {"zul", "hijjah", 12},
};

/* Words of a Persian or an Amharic date that say nothing of its calendar:
 * born (متولد, تولد), date (تاریخ), year (سال), month (ماه: ۱۲ مرداد ماه
 * ۱۳۶۴), about (حدود, حدودا: the year is what is known); Amharic birth and
 * of birth (ትውልድ, የትውልድ: ትውልድ 1977 ዓ.ም); the Gulf's label date of
 * birth (تاريخ الميلاد, with the yeh as persian_letters maps it) before a
 * Hijri date; and of a Nepali one, date of birth (जन्म मिति), year (साल)
 * and day (गते: २०४१ साल चैत्र १२ गते), and DOB. */
static const struct {
    const char *word;
    size_t len;
} plain_words[] = {
    {W("متولد")}, {W("تولد")}, {W("تاریخ")}, {W("سال")}, {W("ماه")}, {W("حدود")}, {W("حدودا")},
    {W("ትውልድ")}, {W("የትውልድ")}, {W("المیلاد")}, {W("जन्म")}, {W("मिति")}, {W("साल")},
    {W("गते")}, {W("dob")},
};

/* The Bikram Sambat's months are as long as the Sun stays in a sign of
 * the zodiac, 29 to 32 days, which Nepal's calendar board publishes year
 * by year: no rule gives them. Their lengths less 29, a digit a month,
 * for the years 2000 to 2081 (1943 to 2025), whose first day, 1 Baisakh
 * 2000, was 14 April 1943; checked against days both calendars record
 * (2072 Asoj 3, 20 September 2015; 2065 Jestha 15, 28 May 2008) and the
 * new years since. A year outside them gives its Gregorian year only. */
#define BS_FIRST 2000
#define BS_EPOCH_DAY (-9759) /* 1 Baisakh 2000, in days from 1970-01-01 */
static const char bs_months[][13] = {
    "132321110102", "223222101011", "223321101011", "232321110012", "132321110102", "223222101011",
    "223321101011", "232321110012", "222322011002", "223222101011", "223321101011", "232321110012",
    "222322011011", "223222101011", "223321101011", "232321110012", "222322011011", "223222101011",
    "232321101011", "232321110102", "222322101011", "223222101011", "232321110011", "232321110102",
    "222322101011", "223222101011", "232321110012", "132321110102", "223222101011", "223231101011",
    "232321110012", "132321110102", "223222101011", "223321101011", "232321110012", "132322011002",
    "223222101011", "223321101011", "232321110012", "222322011011", "223222101011", "223321101011",
    "232321110012", "222322011011", "223222101011", "232321101011", "232321110012", "222322101011",
    "223222101011", "232321110011", "232321110102", "222322101011", "223222101011", "232321110011",
    "232321110102", "223222101011", "223231101011", "232321110012", "132321110102", "223222101011",
    "223321101011", "232321110012", "132322010102", "223222101011", "223321101011", "232321110012",
    "222322011002", "223222101011", "223321101011", "232321110012", "222322011011", "223222101011",
    "232321101011", "232321110012", "222322101011", "223222101011", "232321110011", "232321110102",
    "222322101011", "223222101011", "232321110011", "223321110111",
};

#define BS_YEARS ((int)(sizeof bs_months / sizeof bs_months[0]))

/* The Gregorian date of day `day` of month `month` of Bikram Sambat year
 * `year`: 0, or 1 for a year outside the table, -1 for a day its month
 * lacks. */
static int bs_convert(int year, int month, int day, int *y, int *m, int *d)
{
    if (year < BS_FIRST || year >= BS_FIRST + BS_YEARS)
        return 1;
    const char *len = bs_months[year - BS_FIRST];
    if (month < 1 || month > 12 || day < 1 || day > 29 + (len[month - 1] - '0'))
        return -1;
    long long days = BS_EPOCH_DAY;
    for (int k = 0; k < year - BS_FIRST; k++)
        for (int j = 0; j < 12; j++)
            days += 29 + (bs_months[k][j] - '0');
    for (int j = 0; j < month - 1; j++)
        days += 29 + (len[j] - '0');
    days += day - 1;
    *y = aka__date_ymd_of(days * 86400, m, d);
    return 0;
}

/* Words that only say which calendar, or connect: "ቀን" (day), "ዓ.ም."
 * and "EC" (Ethiopian era; "E.C." is read as two letters below), "BS"
 * and "वि.सं." (Bikram Sambat; "B.S." as two letters below), "هـ.ش." (Solar
 * Hijri), "هـ.ق." and "AH" (Lunar Hijri). "هـ" alone is the Lunar Hijri
 * of Arab registers (Saudi residence permits write "١٤١٠/٠٥/١٢ هـ"); the
 * ش of Iran and Afghanistan says Solar. */
static const struct {
    const char *word;
    size_t len;
    int cal;
} markers[] = {
    {W("ቀን"), CAL_ETHIOPIC}, {W("ዓ"), CAL_ETHIOPIC}, {W("ም"), CAL_ETHIOPIC},
    {W("ec"), CAL_ETHIOPIC},
    {W("bs"), CAL_NEPALI},
    {W("वि"), CAL_NEPALI}, {W("सं"), CAL_NEPALI}, {W("ش"), CAL_PERSIAN},
    {W("ه"), CAL_HIJRI}, {W("هـ"), CAL_HIJRI}, {W("hs"), CAL_PERSIAN},
    {W("sh"), CAL_PERSIAN}, {W("ap"), CAL_PERSIAN},
    {W("ق"), CAL_ISLAMIC}, {W("ah"), CAL_ISLAMIC}, {W("h"), CAL_ISLAMIC},
};

/* Thai month abbreviations (with their dots) and the month. */
static const char *const thai_abbr[12] = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};

/* Japanese eras: the year before each one's first, its first day (month
 * and day of its first year: Meiji's first year was all of 1868), and its
 * last year (0: the era goes on); the last year ends the day before the
 * next era's first. 昭和70年 is no year: Showa ended in its 64th, on 7
 * January 1989, so 昭和64年1月8日 and 平成元年1月7日 are no days. */
static const struct {
    const char *name, *abbr; /* the abbreviation is read before a digit */
    char letter;
    int base;
    int first_md; /* month * 100 + day */
    int last;
} eras[] = {
    {"明治", "明", 'm', 1867, 101, 45},  {"大正", "大", 't', 1911, 730, 15},
    {"昭和", "昭", 's', 1925, 1225, 64}, {"平成", "平", 'h', 1988, 108, 31},
    {"令和", "令", 'r', 2018, 501, 0},
};

#define NERAS (sizeof eras / sizeof eras[0])

/* Whether month m (1 to 12) and day d (0 when not given: any day of the
 * month) of year `year` of era e lie within it. */
static int in_era(size_t e, long year, int m, int d)
{
    int first = m * 100 + (d ? d : 1), last = m * 100 + (d ? d : 31);
    if (year == 1 && last < eras[e].first_md)
        return 0;
    if (e + 1 < NERAS && year == eras[e].last && first >= eras[e + 1].first_md)
        return 0;
    return 1;
}

/* Split into numbers and words (letters and marks; CJK one character a
 * word) in p[0..cap); anything else separates. Returns the number of
 * parts, -1 for more than cap. */
static int split(const char *s, size_t len, part *p, int cap)
{
    int n = 0;
    size_t i = 0;
    while (i < len) {
        size_t at = i;
        UChar32 cp = (UChar32)aka__utf8_next(s, len, &i);
        int32_t dv = aka__digit_value(cp);
        int word = dv < 0 && aka__date_word_char(cp);
        if (dv < 0 && !word)
            continue;
        if (n == cap)
            return -1;
        part *q = &p[n++];
        memset(q, 0, sizeof *q);
        if (dv >= 0) {
            q->devanagari = cp >= 0x966 && cp <= 0x96F;
            q->ndigits = aka__date_number(s, len, &i, dv, &q->value);
            continue;
        }
        int ideo = cp >= 0x80 && u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC);
        size_t j = i;
        while (!ideo && j < len) {
            size_t k = j;
            UChar32 c2 = (UChar32)aka__utf8_next(s, len, &k);
            if (aka__digit_value(c2) >= 0 || !aka__date_word_char(c2) ||
                (c2 >= 0x80 && u_hasBinaryProperty(c2, UCHAR_IDEOGRAPHIC)))
                break;
            j = k;
        }
        q->s = s + at;
        q->n = j - at;
        i = j;
    }
    return n;
}

static int word_is(const part *p, const char *w, size_t n)
{
    /* (the length first: most words of most dates are no such word) */
    return p->n == n && p->s[0] == w[0] && memcmp(p->s, w, n) == 0;
}

/* The Lunar Hijri month of two words (hijri_pairs) that opens at word i
 * of p[0..n), and in *last the last of its words; 0 when none does. */
static int hijri_pair(const part *p, int n, int i, int *last)
{
    for (size_t k = 0; k < sizeof hijri_pairs / sizeof hijri_pairs[0]; k++) {
        if (!word_is(&p[i], hijri_pairs[k].first, strlen(hijri_pairs[k].first)))
            continue;
        int j = i + 1;
        if (j < n && p[j].s &&
            (word_is(&p[j], W("al")) || word_is(&p[j], W("ul")) || word_is(&p[j], W("el"))))
            j++;
        if (j < n && p[j].s &&
            word_is(&p[j], hijri_pairs[k].second, strlen(hijri_pairs[k].second))) {
            *last = j;
            return hijri_pairs[k].month;
        }
    }
    return 0;
}

/* aka__calendar_convert, the year set in field `year_field` (ICU's
 * UCAL_YEAR, or UCAL_EXTENDED_YEAR for the Chinese calendars' years,
 * which their 60-year cycles would otherwise count). */
static int convert(const char *cal, UCalendarDateFields year_field, int year, int month,
                   int day, int *y, int *m, int *d)
{
    UErrorCode st = U_ZERO_ERROR;
    char loc[32];
    size_t n = strlen(cal);
    memcpy(loc, "@calendar=", 10);
    memcpy(loc + 10, cal, n + 1);
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UCalendar *c = ucal_open(utc, -1, loc, UCAL_DEFAULT, &st);
    UCalendar *g = ucal_open(utc, -1, "@calendar=gregorian", UCAL_GREGORIAN, &st);
    if (U_FAILURE(st)) {
        if (c)
            ucal_close(c);
        if (g)
            ucal_close(g);
        return -1;
    }
    ucal_clear(c);
    ucal_setAttribute(c, UCAL_LENIENT, 0);
    /* the Ethiopian calendar counts its years in the Amete Mihret era,
     * ICU's era 1 */
    if (strcmp(cal, "ethiopic") == 0)
        ucal_set(c, UCAL_ERA, 1);
    ucal_set(c, year_field, year);
    ucal_set(c, UCAL_MONTH, month - 1);
    if (year_field == UCAL_EXTENDED_YEAR)
        ucal_set(c, UCAL_IS_LEAP_MONTH, 0);
    ucal_set(c, UCAL_DATE, day);
    UDate t = ucal_getMillis(c, &st);
    if (U_SUCCESS(st))
        ucal_setMillis(g, t, &st);
    if (U_SUCCESS(st)) {
        *y = ucal_get(g, UCAL_EXTENDED_YEAR, &st);
        *m = ucal_get(g, UCAL_MONTH, &st) + 1;
        *d = ucal_get(g, UCAL_DATE, &st);
    }
    ucal_close(c);
    ucal_close(g);
    return U_SUCCESS(st) ? 0 : -1;
}

int aka__calendar_convert(const char *cal, int year, int month, int day, int *y,
                          int *m, int *d)
{
    return convert(cal, UCAL_YEAR, year, month, day, y, m, d);
}

int aka__lunar_convert(int korean, int year, int month, int day, int *y, int *m,
                       int *d)
{
    /* ICU counts the Chinese calendar's extended years from 2637 BC and
     * the Korean one's (Dangi) from 2333 BC; the two differ on a few
     * days, as Seoul and Beijing see the new moon at other hours */
    return korean ? convert("dangi", UCAL_EXTENDED_YEAR, year + 2333, month, day, y, m, d)
                  : convert("chinese", UCAL_EXTENDED_YEAR, year + 2637, month, day, y, m, d);
}

/* The year, month and day among the parts: a 4-digit number is the year,
 * a month word the month; without one, numbers run year-month-day when
 * the year comes first, else day-month-year. Returns -1 when they do not
 * fit. */
static int fields(const part *p, int n, int word_month, int *year, int *month,
                  int *day)
{
    long num[3];
    int nd[3], k = 0, yi = -1;
    for (int i = 0; i < n; i++) {
        if (p[i].s)
            continue;
        if (k == 3)
            return -1;
        if (p[i].ndigits == 4)
            yi = k;
        nd[k] = p[i].ndigits;
        num[k++] = p[i].value;
    }
    if (yi < 0)
        return -1;
    *year = (int)num[yi];
    *month = word_month;
    *day = 0;
    if (word_month) {
        if (k > 2)
            return -1;
        if (k == 2)
            *day = (int)num[1 - yi];
        return *day >= 0 && *day <= 31 ? 0 : -1;
    }
    if (k == 2) {
        *month = (int)num[1 - yi];
    } else if (k == 3) {
        if (yi == 1)
            return -1;
        *month = (int)num[1];
        *day = (int)(yi == 0 ? num[2] : num[0]);
        if (nd[yi == 0 ? 2 : 0] > 2)
            return -1;
    }
    return *month >= 0 && *month <= 13 && *day >= 0 && *day <= 32 ? 0 : -1;
}

/* Persian yeh and kaf for the Arabic letters keyboards type for them. */
static aka_status persian_letters(const char *s, size_t n, aka__sb *out)
{
    for (size_t i = 0; i < n; i++) {
        aka_status st;
        if ((unsigned char)s[i] == 0xD9 && i + 1 < n &&
            ((unsigned char)s[i + 1] == 0x8A || (unsigned char)s[i + 1] == 0x89)) {
            st = aka__sb_append(out, "\xDB\x8C", 2);
            i++;
        } else if ((unsigned char)s[i] == 0xD9 && i + 1 < n &&
                   (unsigned char)s[i + 1] == 0x83) {
            st = aka__sb_append(out, "\xDA\xA9", 2);
            i++;
        } else {
            st = aka__sb_append(out, s + i, 1);
        }
        if (st != AKA_OK)
            return st;
    }
    return AKA_OK;
}

const char *aka__bytes_find(const char *s, size_t len, const char *needle)
{
    size_t k = strlen(needle);
    if (k == 0)
        return s;
    /* (most values hold no byte of the needle's first: memchr says so
     * without a comparison a byte) */
    for (const char *p = s, *end = s + len; (size_t)(end - p) >= k;) {
        p = memchr(p, needle[0], (size_t)(end - p) - k + 1);
        if (!p)
            return NULL;
        if (memcmp(p + 1, needle + 1, k - 1) == 0)
            return p;
        p++;
    }
    return NULL;
}

static int fail(aka__err *err, const char *msg)
{
    aka__fail(err, AKA_ERR_PARSE, "%s", msg);
    return -1;
}

/* era_date's base before an era is found (Dangi's is below 0). */
#define NO_ERA (-1000000)

/* Whether s[0..len) holds word w right before an ASCII digit, as forms
 * abbreviate an era (昭60.3.12, 民74.3.12). */
static int before_digit(const char *s, size_t len, const char *w)
{
    const char *at = aka__bytes_find(s, len, w);
    size_t k = at ? (size_t)(at - s) + strlen(w) : len;
    return k < len && s[k] >= '0' && s[k] <= '9';
}

/* A Japanese era ("平成11年8月16日", "H11.08.16", "昭60.3.12", "S.60.3.12"),
 * a Minguo year ("民國68年6月10日", "民74.3.12") or a year of North Korea's
 * Juche calendar ("주체74년 3월 12일", 1985) or of the Dangi era ("단기
 * 4290년", 1957): the year counted from the era's base; -1 for no year,
 * -2 for one past the era's end, -3 for a day before its first or after
 * its last. A Gregorian year written beside it ("주체74(1985)년") is read
 * past when it is that year. */
static int era_date(const char *s, size_t len, const part *p, int n,
                    int *y, int *m, int *d)
{
    int base = NO_ERA, last = 0, cjk = 0;
    size_t era = NERAS;
    for (size_t i = 0; i < len && !cjk; i++)
        cjk = (unsigned char)s[i] >= 0xE3 && (unsigned char)s[i] <= 0xE9;
    for (size_t e = 0; e < NERAS && base == NO_ERA; e++)
        if ((cjk &&
             (aka__bytes_find(s, len, eras[e].name) || before_digit(s, len, eras[e].abbr))) ||
            (len > 1 && s[0] == eras[e].letter &&
             (aka__digit_value((unsigned char)s[1]) >= 0 ||
              (len > 2 && s[1] == '.' && aka__digit_value((unsigned char)s[2]) >= 0)))) {
            base = eras[e].base;
            last = eras[e].last;
            era = e;
        }
    if (base == NO_ERA && cjk &&
        (aka__bytes_find(s, len, "民國") || aka__bytes_find(s, len, "民国") ||
         before_digit(s, len, "民")))
        base = 1911;
    if (base == NO_ERA && aka__bytes_find(s, len, "주체"))
        base = 1911;
    if (base == NO_ERA && aka__bytes_find(s, len, "단기"))
        base = -2333; /* (its years count from 2333 BC) */
    if (base == NO_ERA)
        return 0;
    /* 元年, the first year of an era */
    long nums[3];
    int k = 0;
    if (cjk && aka__bytes_find(s, len, "元年"))
        nums[k++] = 1;
    for (int i = 0; i < n; i++)
        if (!p[i].s) {
            if (k == 1 && p[i].ndigits == 4 && p[i].value == base + nums[0])
                continue;
            if (k == 3)
                return -1;
            nums[k++] = p[i].value;
        }
    if (k == 0)
        return -1;
    if (last && nums[0] > last)
        return -2;
    *y = base + (int)nums[0];
    *m = k > 1 ? (int)nums[1] : 0;
    *d = k > 2 ? (int)nums[2] : 0;
    /* (a month or day out of range is date.c's to refuse) */
    if (era < NERAS && *m >= 1 && *m <= 12 && *d >= 0 && *d <= 31 &&
        !in_era(era, nums[0], *m, *d))
        return -3;
    return 1;
}

/* A Thai date whose Buddhist-era year is written in its last two digits,
 * day first (12 มี.ค. 28: 2528, 1985), as Thai records write it: the
 * year of the Buddhist century that puts it in the past, into *year; 0,
 * or -1 when the parts are not a day and such a year. */
static int thai_short_year(const part *p, int n, int month, int ref_year, int *year,
                           int *mo, int *day)
{
    long num[2];
    int nd[2], k = 0;
    for (int i = 0; i < n; i++) {
        if (p[i].s)
            continue;
        if (k == 2)
            return -1;
        nd[k] = p[i].ndigits;
        num[k++] = p[i].value;
    }
    if (k != 2 || nd[1] != 2 || num[0] < 1 || num[0] > 31)
        return -1;
    int be_now = ref_year + 543, y = be_now - be_now % 100 + (int)num[1];
    *year = y > be_now ? y - 100 : y;
    *mo = month;
    *day = (int)num[0];
    return 0;
}

int aka__calendar_read(const char *in, size_t len, int ref_year, int *y,
                       int *m, int *d, aka__err *err)
{
    /* Thai month abbreviations: their dots would split them (Thai
     * letters are E0 B8 xx and E0 B9 xx in UTF-8) */
    int thai = 0, arabic = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        unsigned char a = (unsigned char)in[i], b = (unsigned char)in[i + 1];
        thai |= a == 0xE0 && (b == 0xB8 || b == 0xB9);
        arabic |= a == 0xD9 && (b == 0x8A || b == 0x89 || b == 0x83);
    }
    for (int i = 0; thai && i < 12; i++) {
        const char *a = thai_abbr[i];
        const char *at = aka__bytes_find(in, len, a);
        if (!at)
            continue;
        part p[MAX_PARTS];
        int n = split(in, (size_t)(at - in), p, MAX_PARTS);
        size_t rest = (size_t)(at - in) + strlen(a);
        int n2 = n < 0 ? -1 : split(in + rest, len - rest, p + n, MAX_PARTS - n);
        if (n < 0 || n2 < 0)
            return fail(err, "date_of_birth: too many parts");
        int year, month, day;
        if (fields(p, n + n2, i + 1, &year, &month, &day) != 0 &&
            thai_short_year(p, n + n2, i + 1, ref_year, &year, &month, &day) != 0)
            return fail(err, "date_of_birth: a Thai date needs a year");
        /* a Buddhist-era year, as Thai dates have them */
        *y = year > ref_year ? year - 543 : year;
        *m = month;
        *d = day;
        return 1;
    }
    aka__sb t = {0};
    if (arabic && persian_letters(in, len, &t) != AKA_OK) {
        aka__sb_free(&t);
        return fail(err, "date_of_birth: out of memory");
    }
    const char *s = arabic ? (t.p ? t.p : "") : in;
    size_t slen = arabic ? t.len : len;
    part p[MAX_PARTS];
    int n = split(s, slen, p, MAX_PARTS);
    int r = 0;
    if (n < 0) {
        aka__sb_free(&t);
        return 0; /* date.c says what is wrong */
    }
    /* a compact date, YYYYMMDD (13710422), read as its three numbers */
    if (n == 1 && !p[0].s && p[0].ndigits == 8) {
        long v = p[0].value;
        int dev = p[0].devanagari;
        n = 3;
        p[0] = (part){NULL, 0, v / 10000, 4, dev};
        p[1] = (part){NULL, 0, v / 100 % 100, 2, dev};
        p[2] = (part){NULL, 0, v % 100, 2, dev};
    }
    int year = 0, month = 0, day = 0;
    r = era_date(s, slen, p, n, y, m, d);
    if (r != 0) {
        aka__sb_free(&t);
        return r > 0     ? 1
               : r == -2 ? fail(err, "date_of_birth: the year is past the era's end")
               : r == -3 ? fail(err, "date_of_birth: the day lies outside its era")
                         : fail(err, "date_of_birth: an era date needs a year");
    }
    int cal = CAL_NONE, word_month = 0, devanagari = 0, other_word = 0, latin_month = 0,
        marker = 0;
    for (int i = 0; i < n; i++) {
        if (!p[i].s) {
            devanagari |= p[i].devanagari;
            continue;
        }
        int known = 0;
        for (size_t k = 0; k < sizeof months / sizeof months[0]; k++)
            if (word_is(&p[i], months[k].name, months[k].len)) {
                cal = months[k].cal;
                word_month = months[k].month;
                latin_month = (unsigned char)months[k].name[0] < 0x80;
                known = 1;
                break;
            }
        int last;
        int hm = known ? 0 : hijri_pair(p, n, i, &last);
        if (hm) {
            cal = CAL_ISLAMIC;
            word_month = hm;
            known = 1;
            i = last;
        }
        /* E.C., the Ethiopian Calendar as Ethiopian records write it in
         * Latin letters, and B.S., Bikram Sambat as Nepali ones do: both
         * letters, since a c. alone is circa, a b. alone born, and an s
         * the end of "1980s" */
        int pair = !known && i + 1 < n && p[i + 1].s
                       ? (word_is(&p[i], W("e")) && word_is(&p[i + 1], W("c"))   ? CAL_ETHIOPIC
                          : word_is(&p[i], W("b")) && word_is(&p[i + 1], W("s")) ? CAL_NEPALI
                          : word_is(&p[i], W("h")) && word_is(&p[i + 1], W("sh"))
                              ? CAL_PERSIAN /* H.Sh., Hijri Shamsi */
                          : word_is(&p[i], W("a")) && word_is(&p[i + 1], W("h"))
                              ? CAL_ISLAMIC /* A.H., anno Hegirae */
                              : CAL_NONE)
                       : CAL_NONE;
        if (pair != CAL_NONE) {
            if (cal == CAL_NONE || cal == CAL_HIJRI)
                cal = pair;
            known = marker = 1;
            i++;
        }
        /* "born" before a Solar Hijri date (متولد ۱۳۶۹) and the like:
         * no calendar's sign, no other word either */
        for (size_t k = 0; !known && k < sizeof plain_words / sizeof plain_words[0]; k++)
            known = word_is(&p[i], plain_words[k].word, plain_words[k].len);
        for (size_t k = 0; !known && k < sizeof markers / sizeof markers[0]; k++)
            if (word_is(&p[i], markers[k].word, markers[k].len)) {
                if (cal == CAL_NONE ||
                    (cal == CAL_HIJRI && markers[k].cal != CAL_HIJRI))
                    cal = markers[k].cal;
                known = marker = 1;
            }
        other_word |= !known;
    }
    if (cal == CAL_HIJRI)
        cal = CAL_ISLAMIC;
    if (cal == CAL_NONE && !other_word) {
        /* Numbers alone: a year no Gregorian birth has. From 1300 to the
         * Solar Hijri year under way (1405 in 2026) both Hijri calendars
         * are possible and the Solar one is taken; after it, up to the
         * Lunar year under way, only the Lunar one can be a birth. */
        int yy, mm, dd;
        int solar_now = ref_year - 621;
        int lunar_now = (ref_year - 622) * 33 / 32 + 1;
        if (fields(p, n, 0, &yy, &mm, &dd) == 0) {
            if (yy >= 1300 && yy <= solar_now)
                cal = CAL_PERSIAN;
            else if (yy > solar_now && yy <= lunar_now)
                cal = CAL_ISLAMIC;
            else if ((yy > ref_year + 10 && yy <= ref_year + 60) ||
                     (devanagari && yy > ref_year && yy <= ref_year + 60))
                cal = CAL_NEPALI;
        }
    }
    if (cal == CAL_NONE || other_word) {
        aka__sb_free(&t);
        return 0;
    }
    if (fields(p, n, word_month, &year, &month, &day) != 0) {
        aka__sb_free(&t);
        return fail(err, "date_of_birth: a date of another calendar needs "
                         "a year, a month and a day, or a year");
    }
    aka__sb_free(&t);
    /* A Bikram Sambat month in Latin letters alone, before a year that a
     * Gregorian birth can have (Kartik 1985), says too little: Hindu
     * months name Indian birthdays beside Gregorian years, and the
     * Sambat year of one born in 1928 would be read. Only a marker (B.S.,
     * वि.सं.), Devanagari or a year ahead of the Gregorian one makes it
     * Nepali; else the value is left to date.c, which refuses it. */
    if (cal == CAL_NEPALI && latin_month && !marker && !devanagari && year <= ref_year)
        return 0;
    if (cal == CAL_NEPALI) {
        int bs = month && day ? bs_convert(year, month, day, y, m, d) : 1;
        if (bs < 0)
            return fail(err, "date_of_birth: the day does not exist in that "
                             "calendar's month");
        if (bs == 0)
            return 1;
        /* Bikram Sambat: its year begins in mid-April, 57 years ahead;
         * outside the table of its months only the year is certain (a
         * month alone straddles two Gregorian ones) */
        *y = year - (month >= 10 ? 56 : 57);
        *m = *d = 0;
        return 1;
    }
    /* The Lunar Hijri dates of Saudi papers follow Umm al-Qura; other
     * registers count the arithmetic calendar, whose month may have a
     * 30th day Umm al-Qura's lacks. */
    const char *icu = cal == CAL_PERSIAN   ? "persian"
                      : cal == CAL_ISLAMIC ? "islamic-umalqura"
                                           : "ethiopic";
    if (month == 0) {
        /* a year alone: the Gregorian year that holds most of it */
        if (aka__calendar_convert(icu, year, 7, 1, y, m, d) != 0)
            return fail(err, "date_of_birth: cannot convert the date");
        *m = *d = 0;
        return 1;
    }
    if (day == 0) {
        if (aka__calendar_convert(icu, year, month, 15, y, m, d) != 0)
            return fail(err, "date_of_birth: cannot convert the date");
        *m = *d = 0; /* a month straddles two Gregorian ones */
        return 1;
    }
    if (aka__calendar_convert(icu, year, month, day, y, m, d) != 0 &&
        (cal != CAL_ISLAMIC ||
         aka__calendar_convert("islamic-civil", year, month, day, y, m, d) != 0))
        return fail(err, "date_of_birth: the day does not exist in that "
                         "calendar's month");
    return 1;
}
