/* The lists hold case-folded spellings. They leave out words that are
 * also common given names or family names (Don, Pan, Imam, Sayed, Bay), and
 * single letters, which are more often initials than abbreviations:
 * dropping a real name token costs more than keeping a title. */
#include "normalize/titles.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const titles[] = {
    /* English */
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
    "lord", "lady", "rev", "revd", "reverend", "capt", "captain", "col",
    "colonel", "lt", "sgt", "hon", "madam", "mister", "mistress", "atty",
    /* West African English: a madam's alias in victims' statements
     * (Aunty Joy); "Mama Gift" is left whole, since Mama is a given name
     * in the Sahel and, as in East Africa, names a woman after her child */
    "aunty", "auntie",
    /* ranks on sanctions and wanted lists ("major" and "marshal" are
     * family names too) */
    "gen", "general", "lieutenant", "sergeant", "cpl", "corporal", "adm",
    "admiral", "brig", "brigadier", "cmdr", "commander",
    /* Arabic titles in Latin script */
    "sheikh", "shaikh", "sheik", "shaykh", "sheikha", "shaikha", "shaykha",
    "hajji", "haji", "hajj", "hadji", "hajja", "hajjah", "alhaji", "alhaja",
    "alhajji", "al-haj", "al-hajj", "el-hajj", "sayyid", "sayyida",
    /* Hajja as Hausa writes it in northern Nigeria */
    "hajia", "hajiya", "alhajia",
    /* Sayyid as Persian and Shia names write it ("Sayed" is a given name
     * too, Said another) */
    "seyyed", "seyed", "seyyid", "sayyed",
    "ustadh", "ustaz", "mullah", "mulla", "engr", "ayatollah", "ayatullah",
    "hojatoleslam", "maulana", "mawlana", "mawlawi", "maulvi", "moulvi",
    "hazrat", "mufti", "allama", "allamah", "ustad", "ustadz",
    /* Haji and Hajjah as Malaysian and Indonesian records abbreviate
     * them; Mosammat, the Bangladeshi women's honorific, and its
     * abbreviations Mst. and Most. */
    "hj", "hjh", "mst", "most", "mosammat", "mosammet", "mosamat", "mossammat",
    "musammat",
    "\u09ae\u09cb\u09b8\u09be\u09ae\u09cd\u09ae\u09ce", /* মোসাম্মৎ */
    "\u09ae\u09cb\u099b\u09be\u09ae\u09cd\u09ae\u09ce", /* মোছাম্মৎ */
    "\u09ae\u09cb\u09b8\u09be\u0983", "\u09ae\u09cb\u099b\u09be\u0983", /* মোসাঃ, মোছাঃ */
    /* Turkish Hacı (Hajji), West African Mallam (teacher) */
    "hac\u0131", "haci", "mallam", "malam",
    /* offices and ranks of nobility, clergy and state */
    "president", "senator", "governor", "ambassador", "minister", "mayor",
    "king", "queen", "prince", "princess", "duke", "duchess", "baron",
    "baroness", "countess", "pope", "rabbi", "bishop", "archbishop",
    "cardinal", "father", "fr", "doctor", "maj", "commodore",
    "excellency", "highness", "majesty", "holiness", "eminence",
    "honourable", "honorable", "hrh", "shri", "shree", "smt", "datuk",
    "dato", "rep", "gov", "amb", "msgr", "monsignor",
    /* religious (Sister Mary, Mother Teresa); "pastor" and "imam" are
     * names too (Pastor Maldonado) */
    "sister", "brother", "mother", "deacon", "venerable", "apostle",
    "evangelist", "swami",
    /* Tamil Thiru, Thirumathi (Mr, Mrs) */
    "thiru", "tiru", "thirumathi", "tirumati",
    /* academic and professional: Spanish Lic., Arq.; Polish mgr; Dutch
     * and Indonesian drs, ir; Austrian Mag. */
    "lic", "licenciado", "licenciada", "arq", "mgr", "drs", "ir", "mag",
    "ingeniero", "ingeniera", "geom",
    /* Czech and Slovak degrees before a name (Ing. is above) */
    "bc", "phdr", "judr", "mudr", "rndr", "paeddr", "mvdr",
    /* Arabic script: Mr, Mrs, Sheikh, Hajji, Doctor, Professor, Engineer */
    "\u0627\u0644\u0633\u064a\u062f", "\u0627\u0644\u0633\u064a\u062f\u0629",
    "\u0627\u0644\u0634\u064a\u062e", "\u0634\u064a\u062e",
    "\u0627\u0644\u0634\u064a\u062e\u0629", "\u0627\u0644\u062d\u0627\u062c",
    "\u062d\u0627\u062c", "\u0627\u0644\u062d\u0627\u062c\u0629",
    "\u0627\u0644\u062f\u0643\u062a\u0648\u0631",
    "\u0627\u0644\u0623\u0633\u062a\u0627\u0630",
    "\u0627\u0644\u0645\u0647\u0646\u062f\u0633",
    /* Persian: Mr, Mrs, Excellency, Doctor, Engineer */
    "\u0622\u0642\u0627\u06cc", "\u0622\u0642\u0627",
    "\u062e\u0627\u0646\u0645", "\u062c\u0646\u0627\u0628",
    "\u062f\u06a9\u062a\u0631", "\u0645\u0647\u0646\u062f\u0633",
    /* Persian سید (Seyyed), with the Persian yeh: the Arabic سيد is also
     * the given name Sayed */
    "\u0633\u06cc\u062f",
    /* German */
    "herr", "frau", "fr\u00e4ulein", "fraulein", "frl", "hr", "dipl", "ing",
    /* Dutch: de heer, mevrouw */
    "dhr", "mevr", "mevrouw", "mw",
    /* French */
    "mme", "mlle", "monsieur", "madame", "mademoiselle",
    /* Spanish and Portuguese */
    "sr", "sra", "srta", "se\u00f1or", "senor", "se\u00f1ora", "senora",
    "se\u00f1orita", "senorita", "senhor", "senhora", "senhorita", "dra",
    "do\u00f1a", "d\u00f1a",
    /* Italian */
    "sig", "signor", "signore", "signora", "signorina", "dott", "dottore",
    "dottoressa", "avv", "suor",
    /* Russian and Ukrainian: г-н, г-жа, господин, госпожа, гражданин,
     * гражданка, громадянин, громадянка, пані is left out (also a name
     * element), д-р, проф */
    "\u0433-\u043d", "\u0433-\u0436\u0430",
    "\u0433\u043e\u0441\u043f\u043e\u0434\u0438\u043d",
    "\u0433\u043e\u0441\u043f\u043e\u0436\u0430",
    "\u0433\u0440\u0430\u0436\u0434\u0430\u043d\u0438\u043d",
    "\u0433\u0440\u0430\u0436\u0434\u0430\u043d\u043a\u0430",
    "\u0433\u0440\u043e\u043c\u0430\u0434\u044f\u043d\u0438\u043d",
    "\u0433\u0440\u043e\u043c\u0430\u0434\u044f\u043d\u043a\u0430",
    "\u0434-\u0440", "\u043f\u0440\u043e\u0444",
    /* господин, госпожа as romanised */
    "gospodin", "gospozha",
    /* доктор, профессор */
    "\u0434\u043e\u043a\u0442\u043e\u0440",
    "\u043f\u0440\u043e\u0444\u0435\u0441\u0441\u043e\u0440",
    /* Turkish: Sayın */
    "say\u0131n",
    /* Romanian: domnul, doamna, dl, dna */
    "domnul", "doamna", "dl", "dna", "d-l", "d-na",
    /* Greek: κύριος, κυρία, folded as words are (the final ς is σ), and
     * without their accents, as capitals write them (ΚΥΡΙΟΣ) */
    "\u03ba\u03cd\u03c1\u03b9\u03bf\u03c3", "\u03ba\u03c5\u03c1\u03af\u03b1",
    "\u03ba\u03c5\u03c1\u03b9\u03bf\u03c3", "\u03ba\u03c5\u03c1\u03b9\u03b1",
    /* Hebrew: הרב (the Rabbi), מר (Mr), גברת (Mrs), and its short form
     * גב' with an apostrophe or a geresh; ד״ר (Dr) with its gershayim (a
     * typed '"' ends the word) */
    "\u05d4\u05e8\u05d1", "\u05de\u05e8", "\u05d2\u05d1\u05e8\u05ea",
    "\u05d2\u05d1'", "\u05d2\u05d1\u05f3", "\u05d3\u05f4\u05e8",
    /* Thai ดร (Dr, its dot cut off); the Thai titles of thai_prefixes
     * (นาย, นาง, นางสาว, คุณ ...) are titles spaced from the name too */
    "\u0e14\u0e23",
    /* Devanagari: श्री, श्रीमती, श्रीमान, सुश्री (Shri, Smt, Ms), डॉ (Dr),
     * शेख, शेख़ (Sheikh); Bengali: শ্রী, শ্রীমতী, শ্রীমান, ডাঃ, ডা (Dr),
     * জনাব, জনাবা (Janab: Mr, Mrs), শেখ; the Latin janab */
    "\u0936\u094d\u0930\u0940", "\u0936\u094d\u0930\u0940\u092e\u0924\u0940",
    "\u0936\u094d\u0930\u0940\u092e\u093e\u0928",
    "\u0938\u0941\u0936\u094d\u0930\u0940", "\u0921\u0949",
    "\u0936\u0947\u0916", "\u0936\u0947\u0916\u093c",
    "\u09b6\u09cd\u09b0\u09c0", "\u09b6\u09cd\u09b0\u09c0\u09ae\u09a4\u09c0",
    "\u09b6\u09cd\u09b0\u09c0\u09ae\u09be\u09a8", "\u09a1\u09be\u0983",
    "\u09a1\u09be", "\u099c\u09a8\u09be\u09ac",
    "\u099c\u09a8\u09be\u09ac\u09be", "\u09b6\u09c7\u0996", "janab",
    /* Tamil: திரு, திருமதி (Thiru, Thirumathi: Mr, Mrs); செல்வி (Miss) is
     * a given name too */
    "\u0ba4\u0bbf\u0bb0\u0bc1",
    "\u0ba4\u0bbf\u0bb0\u0bc1\u0bae\u0ba4\u0bbf",
};

/* Words that are titles only before a title ("Major General", "Grand
 * Ayatollah", "His Excellency", "His Royal Highness") or as a pair
 * ("Field Marshal"); alone they are names (John Major, Sally Field) or
 * words of one. */
static const char *const pretitles[] = {
    "grand", "senior", "field", "major", "vice", "deputy", "his", "her",
    "the", "right", "rt", "air", "chief", "supreme", "marshal", "justice",
    "univ", "royal", "imperial", "serene",
};

/* (Dato is the Malaysian honour and, as often, a Georgian man's name:
 * Dato for Davit) */
static const char *const namelike[] = {"king", "queen", "prince", "princess", "dato"};
static const char *const surnamelike[] = {
    "sheikh", "shaikh", "shaykh", "sheik",
    "\u0936\u0947\u0916", "\u0936\u0947\u0916\u093c", /* शेख, शेख़ */
    "\u09b6\u09c7\u0996",                     /* শেখ */
};
static const char *const royal[] = {"hrh", "majesty", "highness"};

/* Generation marks (aka__generation_mark); `dropped` ones are suffixes
 * the normaliser leaves out of the name. */
static const struct {
    const char *w;
    char g;
    char dropped;
} generations[] = {
    {"jr", 'J', 1},     {"jnr", 'J', 1}, {"junior", 'J', 0}, {"ii", 'J', 0},
    /* Portuguese Filho, Spanish hijo and French fils, a son named after
     * his father */
    {"filho", 'J', 1},  {"hijo", 'J', 1}, {"fils", 'J', 1},
    {"sr", 'S', 1},     {"snr", 'S', 1}, {"senior", 'S', 0},
    {"iii", '3', 1},    {"iv", '4', 0},
};

char aka__generation_mark(const char *w, size_t n)
{
    for (size_t k = 0; k < sizeof generations / sizeof generations[0]; k++)
        if (strlen(generations[k].w) == n && memcmp(w, generations[k].w, n) == 0)
            return generations[k].g;
    return 0;
}

static const char *const suffixes[] = {
    "phd", "esq",
    /* British honours and degrees written after a name */
    "obe", "mbe", "cbe", "kbe", "dbe", "frs", "qc", "kc", "mba", "dphil",
    /* Turkish Bey, Hanım and Efendi, said after the given name */
    "bey", "han\u0131m", "hanim", "efendi",
    /* (and the honorifics said after the name, spaced or not: see
     * honorifics below) */
};

/* Titles that state a sex, which the name matcher reads (Mr. and Mrs.
 * John Smith are two people): Mr., Herr, Señor, Sheikh, Prince, Господин,
 * السيد, آقای, מר, นาย and their women's forms. A word states its sex only
 * where it is on the list of titles too (aka__title_sex). */
static const char *const male[] = {
    "mr", "mister", "herr", "monsieur", "senor", "se\u00f1or", "senhor",
    "signor", "signore", "sir", "lord", "dhr", "domnul", "dl", "sr",
    "sheikh", "shaikh", "shaykh", "sheik", "sayyid", "hajji", "haji", "hajj",
    "alhaji", "prince", "king", "duke", "baron", "brother", "father", "shri",
    "shree", "thiru", "tiru", "hj",
    "\u0433\u043e\u0441\u043f\u043e\u0434\u0438\u043d", /* господин */
    "\u0433-\u043d",                                     /* г-н */
    "\u03ba\u03cd\u03c1\u03b9\u03bf\u03c3",             /* κύριος */
    "\u03ba\u03c5\u03c1\u03b9\u03bf\u03c3",             /* ΚΥΡΙΟΣ */
    "\u0627\u0644\u0633\u064a\u062f",                   /* السيد */
    "\u0627\u0644\u0634\u064a\u062e",                   /* الشيخ */
    "\u0627\u0644\u062d\u0627\u062c",                   /* الحاج */
    "\u0622\u0642\u0627\u06cc", "\u0622\u0642\u0627",   /* آقای, آقا */
    "\u05de\u05e8",                                     /* מר */
    "\u0e19\u0e32\u0e22",                               /* นาย */
    "\u0e40\u0e14\u0e47\u0e01\u0e0a\u0e32\u0e22",         /* เด็กชาย */
    "\u0936\u094d\u0930\u0940", "\u0936\u094d\u0930\u0940\u092e\u093e\u0928", /* श्री, श्रीमान */
    "\u0936\u0947\u0916", "\u0936\u0947\u0916\u093c", /* शेख */
    "\u09b6\u09cd\u09b0\u09c0", "\u09b6\u09cd\u09b0\u09c0\u09ae\u09be\u09a8", /* শ্রী, শ্রীমান */
    "\u099c\u09a8\u09be\u09ac", "\u09b6\u09c7\u0996", "janab", /* জনাব, শেখ */
    "\u0ba4\u0bbf\u0bb0\u0bc1",                     /* திரு */
};
static const char *const female[] = {
    "mrs", "ms", "miss", "mistress", "madam", "madame", "mme", "mlle", "aunty", "auntie",
    "mademoiselle", "frau", "fraulein", "fr\u00e4ulein", "frl", "senora",
    "se\u00f1ora", "senorita", "se\u00f1orita", "senhora", "senhorita",
    "sra", "srta", "do\u00f1a", "d\u00f1a", "signora", "signorina", "dame",
    "lady", "mevr", "mevrouw", "doamna", "dna", "sheikha", "shaikha",
    "shaykha", "sayyida", "hajja", "hajjah", "alhaja", "hajia", "hajiya",
    "alhajia", "princess", "queen",
    "duchess", "baroness", "countess", "sister", "mother", "smt", "dra",
    "hjh", "mst", "most", "mosammat", "mosammet", "mosamat", "mossammat", "musammat",
    "\u09ae\u09cb\u09b8\u09be\u09ae\u09cd\u09ae\u09ce", /* মোসাম্মৎ */
    "\u09ae\u09cb\u099b\u09be\u09ae\u09cd\u09ae\u09ce", /* মোছাম্মৎ */
    "\u09ae\u09cb\u09b8\u09be\u0983", "\u09ae\u09cb\u099b\u09be\u0983", /* মোসাঃ, মোছাঃ */
    "dottoressa", "thirumathi", "tirumati",
    "\u0433\u043e\u0441\u043f\u043e\u0436\u0430", /* госпожа */
    "\u0433-\u0436\u0430",                             /* г-жа */
    "\u03ba\u03c5\u03c1\u03af\u03b1",                 /* κυρία */
    "\u03ba\u03c5\u03c1\u03b9\u03b1",                 /* ΚΥΡΙΑ */
    "\u0627\u0644\u0633\u064a\u062f\u0629",         /* السيدة */
    "\u0627\u0644\u0634\u064a\u062e\u0629",         /* الشيخة */
    "\u0627\u0644\u062d\u0627\u062c\u0629",         /* الحاجة */
    "\u062e\u0627\u0646\u0645",                     /* خانم */
    "\u05d2\u05d1\u05e8\u05ea", "\u05d2\u05d1'",      /* גברת, גב' */
    "\u05d2\u05d1\u05f3",                             /* גב׳ */
    "\u0e19\u0e32\u0e07", "\u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27", /* นาง, นางสาว */
    "\u0e40\u0e14\u0e47\u0e01\u0e2b\u0e0d\u0e34\u0e07", /* เด็กหญิง */
    "\u0936\u094d\u0930\u0940\u092e\u0924\u0940",       /* श्रीमती */
    "\u0938\u0941\u0936\u094d\u0930\u0940",             /* सुश्री */
    "\u09b6\u09cd\u09b0\u09c0\u09ae\u09a4\u09c0",       /* শ্রীমতী */
    "\u099c\u09a8\u09be\u09ac\u09be",                   /* জনাবা */
    "\u0ba4\u0bbf\u0bb0\u0bc1\u0bae\u0ba4\u0bbf",     /* திருமதி */
};

/* Thai titles, which Thai writes onto the given name (นายสมชาย), longest
 * first so that นางสาว is tried before นาง. */
static const char *const thai_prefixes[] = {
    "\u0e40\u0e14\u0e47\u0e01\u0e2b\u0e0d\u0e34\u0e07",
    "\u0e40\u0e14\u0e47\u0e01\u0e0a\u0e32\u0e22",
    "\u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27", "\u0e19\u0e32\u0e07",
    "\u0e19\u0e32\u0e22", "\u0e04\u0e38\u0e13",
};

/* The titles Thai records abbreviate with dots (น.ส. for นางสาว, Miss; ด.ญ.
 * and ด.ช. for เด็กหญิง and เด็กชาย, girl and boy), each as its two letters
 * and its full form. */
static const struct {
    const char *abbrev, *title;
} thai_abbrevs[] = {
    {"\u0e19.\u0e2a", "\u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27"},
    {"\u0e14.\u0e0d", "\u0e40\u0e14\u0e47\u0e01\u0e2b\u0e0d\u0e34\u0e07"},
    {"\u0e14.\u0e0a", "\u0e40\u0e14\u0e47\u0e01\u0e0a\u0e32\u0e22"},
};

const char *aka__title_abbrev(const char *w, size_t n, size_t *used)
{
    if (n < 7 || (unsigned char)w[0] != 0xE0)
        return NULL;
    for (size_t k = 0; k < sizeof thai_abbrevs / sizeof thai_abbrevs[0]; k++) {
        size_t al = strlen(thai_abbrevs[k].abbrev);
        if (n < al || memcmp(w, thai_abbrevs[k].abbrev, al) != 0)
            continue;
        size_t e = al < n && w[al] == '.' ? al + 1 : al;
        /* the name follows after a space or the dot; a Thai vowel sign
         * or letter right after the second letter is a word (นสา...) */
        if (e < n && e == al && w[e] != ' ' && w[e] != '\t')
            return NULL;
        *used = e;
        return thai_abbrevs[k].title;
    }
    return NULL;
}

/* Whether the UTF-8 text at p opens a Thai syllable: a consonant, or a
 * vowel written before one (เ แ โ ใ ไ). A vowel sign cannot, so that
 * คุณากร (Khunakorn) and นางสาวิตรี (Nang Sawitri) are not read as คุณ
 * before ากร or นางสาว before ิตรี. */
static int opens_thai_syllable(const unsigned char *p, size_t n)
{
    if (n < 3 || p[0] != 0xE0 || (p[1] != 0xB8 && p[1] != 0xB9))
        return 0;
    unsigned cp = 0x0E00u | ((unsigned)(p[1] & 1u) << 6) | (p[2] & 0x3Fu);
    return (cp >= 0x0E01 && cp <= 0x0E2E) || (cp >= 0x0E40 && cp <= 0x0E44);
}

size_t aka__title_prefix_len(const char *w, size_t n)
{
    /* (most words are not Thai: one byte tells) */
    if (n < 9 || (unsigned char)w[0] != 0xE0)
        return 0;
    for (size_t k = 0; k < sizeof thai_prefixes / sizeof thai_prefixes[0];
         k++) {
        size_t pl = strlen(thai_prefixes[k]);
        /* A title spaced from the name is a word the title lists drop
         * whole: นางสาว is not นาง before a name สาว. */
        if (n == pl && memcmp(w, thai_prefixes[k], pl) == 0)
            return 0;
        /* two Thai letters at least (three bytes each) left for the name */
        if (n >= pl + 6 && memcmp(w, thai_prefixes[k], pl) == 0 &&
            opens_thai_syllable((const unsigned char *)w + pl, n - pl))
            return pl;
    }
    return 0;
}

/* Honorifics written onto the end of a name (田中さん, 王伟先生, 이지은님),
 * each with the bytes of name it needs before it: a Korean name has two
 * syllables at least, and 김씨 (the Kim) is left whole; one kana or Han
 * character is a name (王先生, Mr Wang). Longest first. */
static const struct honorific {
    const char *s;
    unsigned char before;
} honorifics[] = {
    {"\uc120\uc0dd\ub2d8", 6}, {"\uc528", 6}, {"\ub2d8", 6},
    {"\u3061\u3083\u3093", 3}, {"\u3055\u3093", 3}, {"\u3055\u307e", 3},
    {"\u304f\u3093", 3}, {"\u69d8", 3}, {"\u5148\u751f", 3},
    {"\u5973\u58eb", 3}, {"\u5c0f\u59d0", 3}, {"\u592a\u592a", 3},
    {"\u592b\u4eba", 3},
};

/* The honorific w[0..n) ends with, when `whole` asks for one that is all
 * of w, or else when enough name is left before it; NULL otherwise. */
static const struct honorific *honorific_end(const char *w, size_t n,
                                             int whole)
{
    /* (each ends in a kana, Han or Hangul letter, whose three bytes start
     * with E3..ED: one byte tells most words apart) */
    if (n < 3 || (unsigned char)w[n - 3] < 0xE3 ||
        (unsigned char)w[n - 3] > 0xED)
        return NULL;
    for (size_t k = 0; k < sizeof honorifics / sizeof honorifics[0]; k++) {
        size_t hl = strlen(honorifics[k].s);
        if (whole ? n != hl : n < hl + honorifics[k].before)
            continue;
        if (memcmp(w + n - hl, honorifics[k].s, hl) == 0)
            return &honorifics[k];
    }
    return NULL;
}

size_t aka__honorific_suffix_len(const char *w, size_t n)
{
    const struct honorific *h = honorific_end(w, n, 0);
    return h ? strlen(h->s) : 0;
}

int aka__is_honorific(const char *w, size_t n)
{
    return honorific_end(w, n, 1) != NULL;
}

/* Every word of the lists with its flags, in an open-addressing
 * table built once: a name asks about each of its words, and scanning the
 * lists cost about 2,000 instructions a word. */
#define TSLOTS 1024u /* a power of two, over three times the words */

typedef struct tslot {
    const char *w; /* NULL: empty */
    size_t len;
    unsigned flags;
    char sex; /* 'M', 'F' or 0 */
} tslot;

static tslot table[TSLOTS];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static uint32_t word_hash(const char *w, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

/* Each word of list[0..n) gets `flag` and, when not 0, `sex`. */
static void add_list(const char *const *list, size_t n, unsigned flag,
                     char sex)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(list[i]);
        for (uint32_t k = word_hash(list[i], len) & (TSLOTS - 1);;
             k = (k + 1) & (TSLOTS - 1)) {
            tslot *s = &table[k];
            if (!s->w)
                *s = (tslot){list[i], len, 0, 0};
            if (s->len == len && memcmp(s->w, list[i], len) == 0) {
                s->flags |= flag;
                if (sex)
                    s->sex = sex;
                break;
            }
        }
    }
}

static void build_table(void)
{
    add_list(titles, sizeof titles / sizeof titles[0], AKA__WORD_TITLE, 0);
    add_list(pretitles, sizeof pretitles / sizeof pretitles[0],
             AKA__WORD_PRETITLE, 0);
    add_list(suffixes, sizeof suffixes / sizeof suffixes[0],
             AKA__WORD_SUFFIX, 0);
    for (size_t k = 0; k < sizeof generations / sizeof generations[0]; k++)
        if (generations[k].dropped)
            add_list(&generations[k].w, 1, AKA__WORD_SUFFIX, 0);
    add_list(namelike, sizeof namelike / sizeof namelike[0], AKA__WORD_NAMELIKE, 0);
    add_list(royal, sizeof royal / sizeof royal[0], AKA__WORD_ROYAL, 0);
    add_list(surnamelike, sizeof surnamelike / sizeof surnamelike[0],
             AKA__WORD_SURNAMELIKE, 0);
    add_list(male, sizeof male / sizeof male[0], 0, 'M');
    add_list(female, sizeof female / sizeof female[0], 0, 'F');
    add_list(thai_prefixes, sizeof thai_prefixes / sizeof thai_prefixes[0],
             AKA__WORD_TITLE, 0);
    for (size_t k = 0; k < sizeof honorifics / sizeof honorifics[0]; k++)
        add_list(&honorifics[k].s, 1, AKA__WORD_SUFFIX, 0);
}

/* The slot of a word of the lists, or NULL. */
static const tslot *listed(const char *folded, size_t len)
{
    if (len == 0 || len > 40)
        return NULL;
    pthread_once(&table_once, build_table);
    for (uint32_t k = word_hash(folded, len) & (TSLOTS - 1);;
         k = (k + 1) & (TSLOTS - 1)) {
        const tslot *s = &table[k];
        if (!s->w)
            return NULL;
        if (s->len == len && memcmp(s->w, folded, len) == 0)
            return s;
    }
}

unsigned aka__title_flags(const char *folded, size_t len)
{
    const tslot *s = listed(folded, len);
    return s ? s->flags : 0;
}

char aka__title_sex(const char *folded, size_t len)
{
    const tslot *s = listed(folded, len);
    return s && (s->flags & AKA__WORD_TITLE) ? s->sex : 0;
}
