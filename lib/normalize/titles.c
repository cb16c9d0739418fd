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
    "colonel", "lt", "sgt", "hon", "madam", "mister", "mistress",
    /* ranks on sanctions and wanted lists ("major" and "marshal" are
     * family names too) */
    "gen", "general", "lieutenant", "sergeant", "cpl", "corporal", "adm",
    "admiral", "brig", "brigadier", "cmdr", "commander",
    /* Arabic titles in Latin script */
    "sheikh", "shaikh", "sheik", "shaykh", "sheikha", "shaikha", "shaykha",
    "hajji", "haji", "hajj", "hadji", "hajja", "hajjah", "alhaji", "alhaja",
    "alhajji", "al-haj", "al-hajj", "el-hajj", "sayyid", "sayyida",
    "ustadh", "ustaz", "mullah", "mulla", "engr", "ayatollah", "ayatullah",
    "hojatoleslam", "maulana", "mawlana", "mawlawi", "maulvi", "moulvi",
    "hazrat", "mufti", "allama", "allamah", "ustad", "ustadz",
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
    /* доктор, профессор */
    "\u0434\u043e\u043a\u0442\u043e\u0440",
    "\u043f\u0440\u043e\u0444\u0435\u0441\u0441\u043e\u0440",
    /* Turkish: Sayın */
    "say\u0131n",
    /* Romanian: domnul, doamna, dl, dna */
    "domnul", "doamna", "dl", "dna", "d-l", "d-na",
    /* Greek: κύριος, κυρία */
    "\u03ba\u03cd\u03c1\u03b9\u03bf\u03c2", "\u03ba\u03c5\u03c1\u03af\u03b1",
    /* Hebrew: הרב (the Rabbi), מר (Mr), גברת (Mrs) */
    "\u05d4\u05e8\u05d1", "\u05de\u05e8", "\u05d2\u05d1\u05e8\u05ea",
};

/* Words that are titles only before a title ("Major General", "Grand
 * Ayatollah", "His Excellency") or as a pair ("Field Marshal"); alone they
 * are names (John Major, Sally Field) or words of one. */
static const char *const pretitles[] = {
    "grand", "senior", "field", "major", "vice", "deputy", "his", "her",
    "the", "right", "rt", "air", "chief", "supreme", "marshal", "justice",
    "univ",
};

static const char *const suffixes[] = {
    "jr", "jnr", "sr", "snr", "phd", "esq", "iii",
    /* British honours and degrees written after a name */
    "obe", "mbe", "cbe", "kbe", "dbe", "frs", "qc", "kc", "mba", "dphil",
};

/* Every word of the three lists with its flags, in an open-addressing
 * table built once: a name asks about each of its words, and scanning the
 * lists cost about 2,000 instructions a word. */
#define TSLOTS 1024u /* a power of two, over three times the words */

typedef struct tslot {
    const char *w; /* NULL: empty */
    size_t len;
    unsigned flags;
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

static void add_list(const char *const *list, size_t n, unsigned flag)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(list[i]);
        for (uint32_t k = word_hash(list[i], len) & (TSLOTS - 1);;
             k = (k + 1) & (TSLOTS - 1)) {
            tslot *s = &table[k];
            if (!s->w) {
                *s = (tslot){list[i], len, flag};
                break;
            }
            if (s->len == len && memcmp(s->w, list[i], len) == 0) {
                s->flags |= flag;
                break;
            }
        }
    }
}

static void build_table(void)
{
    add_list(titles, sizeof titles / sizeof titles[0], AKA__WORD_TITLE);
    add_list(pretitles, sizeof pretitles / sizeof pretitles[0],
             AKA__WORD_PRETITLE);
    add_list(suffixes, sizeof suffixes / sizeof suffixes[0],
             AKA__WORD_SUFFIX);
}

unsigned aka__title_flags(const char *folded, size_t len)
{
    if (len == 0 || len > 40)
        return 0;
    pthread_once(&table_once, build_table);
    for (uint32_t k = word_hash(folded, len) & (TSLOTS - 1);;
         k = (k + 1) & (TSLOTS - 1)) {
        const tslot *s = &table[k];
        if (!s->w)
            return 0;
        if (s->len == len && memcmp(s->w, folded, len) == 0)
            return s->flags;
    }
}
