/* Gender (AKA_GENDER): "F", "M" or "X" from the words forms use in common
 * languages. The value is folded to its word-list key (aka__u_keyfold:
 * case, Latin accents and punctuation such as trailing dots removed), then
 * looked up in one table. Words for "unknown" are refused like any other
 * unreadable value: an unknown gender is a missing value, and storing it
 * as a gender would make two unknowns look like evidence. */
#include "normalize/normalize.h"

#include <string.h>

#include "core/wordlist.h"
#include "normalize/missing.h"
#include "unicode/fold.h"
#include "unicode/uctx.h"

/* '?' marks words meaning "unknown / not stated" that only a gender field
 * holds; the words of any field are aka__missing_word's. Keys are in key
 * form. */
static const struct {
    const char *key;
    char g;
} words[] = {
    /* symbols, looked up before folding (folding drops them) */
    {"\xe2\x99\x80", 'F'}, /* ♀ */
    {"\xe2\x99\x82", 'M'}, /* ♂ */
    {"\xe2\x9a\xa7", 'X'}, /* ⚧ */
    /* single letters and abbreviations */
    {"f", 'F'}, {"w", 'F'}, {"ж", 'F'}, {"m", 'M'}, {"м", 'M'},
    {"ч", 'M'}, {"x", 'X'}, {"d", 'X'}, {"nb", 'X'}, {"u", '?'},
    {"fem", 'F'}, {"masc", 'M'}, {"жен", 'F'}, {"жін", 'F'}, {"муж", 'M'},
    {"чол", 'M'}, {"weibl", 'F'}, {"mannl", 'M'},
    /* English */
    {"female", 'F'}, {"woman", 'F'}, {"women", 'F'}, {"girl", 'F'},
    {"feminine", 'F'}, {"male", 'M'}, {"man", 'M'}, {"men", 'M'},
    {"boy", 'M'}, {"masculine", 'M'},
    {"non binary", 'X'}, {"nonbinary", 'X'}, {"enby", 'X'},
    {"other", 'X'}, {"diverse", 'X'}, {"intersex", 'X'},
    {"genderqueer", 'X'}, {"agender", 'X'}, {"genderfluid", 'X'},
    {"third gender", 'X'}, {"prefer not to say", '?'},
    /* French */
    {"femme", 'F'}, {"feminin", 'F'}, {"fille", 'F'}, {"homme", 'M'},
    {"masculin", 'M'}, {"garcon", 'M'}, {"autre", 'X'},
    {"non binaire", 'X'}, {"intersexe", 'X'},
    /* Spanish */
    {"mujer", 'F'}, {"femenino", 'F'}, {"femenina", 'F'}, {"nina", 'F'},
    {"hombre", 'M'}, {"varon", 'M'}, {"masculino", 'M'}, {"nino", 'M'},
    {"otro", 'X'}, {"otra", 'X'}, {"no binario", 'X'},
    /* Portuguese */
    {"mulher", 'F'}, {"feminino", 'F'}, {"menina", 'F'}, {"homem", 'M'},
    {"menino", 'M'}, {"outro", 'X'}, {"nao binario", 'X'},
    /* German */
    {"weiblich", 'F'}, {"frau", 'F'}, {"madchen", 'F'}, {"mannlich", 'M'},
    {"maennlich", 'M'}, {"mann", 'M'}, {"junge", 'M'}, {"divers", 'X'},
    {"nicht binar", 'X'},
    /* Italian */
    {"donna", 'F'}, {"femmina", 'F'}, {"femminile", 'F'}, {"uomo", 'M'},
    {"maschio", 'M'}, {"maschile", 'M'}, {"altro", 'X'},
    {"non binario", 'X'},
    /* Romanian (feminin, masculin as in French) */
    {"femeie", 'F'}, {"femeiesc", 'F'}, {"fata", 'F'}, {"barbat", 'M'},
    {"barbatesc", 'M'}, {"baiat", 'M'}, {"altul", 'X'}, {"nebinar", 'X'},
    /* Turkish: K (kadın) and E (erkek) are the letters of Turkish
     * identity cards */
    {"e", 'M'}, {"kadin", 'F'}, {"kiz", 'F'}, {"disi", 'F'}, {"bayan", 'F'},
    {"erkek", 'M'}, {"bay", 'M'}, {"diger", 'X'},
    /* Russian */
    {"женский", 'F'}, {"женская", 'F'}, {"женщина", 'F'}, {"девочка", 'F'},
    {"мужской", 'M'}, {"мужская", 'M'}, {"мужчина", 'M'}, {"мальчик", 'M'},
    {"другой", 'X'}, {"другое", 'X'}, {"небинарный", 'X'},
    /* Ukrainian */
    {"жінка", 'F'}, {"жіноча", 'F'}, {"жіночий", 'F'}, {"дівчина", 'F'},
    {"чоловік", 'M'}, {"чоловіча", 'M'}, {"чоловічий", 'M'},
    {"хлопець", 'M'}, {"інший", 'X'}, {"інше", 'X'}, {"небінарний", 'X'},
    /* Arabic, with and without hamza as typed (keys read alef maksura,
     * Persian yeh and kaf as the Arabic yeh and kaf: aka__u_keyfold) */
    {"أنثي", 'F'}, {"انثي", 'F'}, {"مؤنث", 'F'},
    {"امرأة", 'F'}, {"امراة", 'F'}, {"بنت", 'F'}, {"ذكر", 'M'},
    {"مذكر", 'M'}, {"رجل", 'M'}, {"ولد", 'M'}, {"آخر", 'X'},
    {"اخر", 'X'},
    /* Dutch: V (vrouw) is the female letter of Dutch and Belgian
     * passports */
    {"v", 'F'}, {"vrouw", 'F'}, {"vrouwelijk", 'F'}, {"meisje", 'F'},
    {"mannelijk", 'M'}, {"jongen", 'M'},
    /* Spanish and French H (hombre, homme) */
    {"h", 'M'},
    /* Polish (K, kobieta) and Czech */
    {"k", 'F'}, {"kobieta", 'F'}, {"zenski", 'F'}, {"mezczyzna", 'M'},
    {"meski", 'M'}, {"zena", 'F'}, {"zensky", 'F'}, {"muz", 'M'},
    {"muzsky", 'M'},
    /* Albanian and Vietnamese */
    {"femer", 'F'}, {"mashkull", 'M'}, {"nu", 'F'}, {"nam", 'M'},
    /* Greek: Θ (θήλυ) and Α (άρρεν) are the letters of Greek documents;
     * keys are case-folded, final sigma included */
    {"θ", 'F'}, {"θήλυ", 'F'}, {"θηλυ", 'F'}, {"θηλυκό", 'F'},
    {"θηλυκο", 'F'}, {"γυναίκα", 'F'}, {"γυναικα", 'F'}, {"α", 'M'},
    {"άρρεν", 'M'}, {"αρρεν", 'M'}, {"αρσενικό", 'M'}, {"αρσενικο", 'M'},
    {"άνδρασ", 'M'}, {"ανδρασ", 'M'}, {"άντρασ", 'M'}, {"αντρασ", 'M'},
    /* Georgian, Armenian */
    {"ქალი", 'F'}, {"მდედრობითი", 'F'}, {"კაცი", 'M'}, {"მამაკაცი", 'M'},
    {"მამრობითი", 'M'}, {"իգական", 'F'}, {"կին", 'F'}, {"արական", 'M'},
    {"տղամարդ", 'M'},
    /* Hebrew, Persian */
    {"נקבה", 'F'}, {"אישה", 'F'}, {"זכר", 'M'}, {"גבר", 'M'},
    {"زن", 'F'}, {"مرد", 'M'},
    /* Hindi, Thai */
    {"महिला", 'F'}, {"स्त्री", 'F'}, {"पुरुष", 'M'}, {"หญิง", 'F'},
    {"เพศหญิง", 'F'}, {"ชาย", 'M'}, {"เพศชาย", 'M'},
    /* Chinese, Japanese, Korean */
    {"女", 'F'}, {"女性", 'F'}, {"男", 'M'}, {"男性", 'M'}, {"여", 'F'},
    {"여성", 'F'}, {"여자", 'F'}, {"남", 'M'}, {"남성", 'M'}, {"남자", 'M'},
    /* ISO/IEC 5218: 1 male, 2 female, 0 not known, 9 not applicable */
    {"1", 'M'}, {"2", 'F'}, {"0", '?'}, {"9", '?'},
    /* Serbian, Croatian, Czech, Slovak Ž (žena, ženski; keys drop the
     * caron) */
    {"z", 'F'}, {"zenska", 'F'}, {"muska", 'M'}, {"muski", 'M'},
    /* Hungarian: N (nő) and F (férfi) are its letters; F stays female, as
     * documents everywhere else write it */
    {"n", 'F'}, {"no", 'F'}, {"ferfi", 'M'},
    /* Indonesian and Malay: P (perempuan) and L (laki-laki, lelaki) */
    {"p", 'F'}, {"perempuan", 'F'}, {"wanita", 'F'}, {"l", 'M'},
    {"laki laki", 'M'}, {"lelaki", 'M'}, {"pria", 'M'},
    /* Mongolian, Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen */
    {"эм", 'F'}, {"эмэгтэй", 'F'}, {"эр", 'M'}, {"эрэгтэй", 'M'},
    {"әйел", 'F'}, {"ер", 'M'}, {"аял", 'F'}, {"эркек", 'M'},
    {"ayol", 'F'}, {"erkak", 'M'}, {"зан", 'F'}, {"мард", 'M'},
    {"ayal", 'F'},
    /* Amharic and Tigrinya */
    {"ሴት", 'F'}, {"ወንድ", 'M'}, {"ኣንስተይቲ", 'F'}, {"ሰበይቲ", 'F'},
    {"ተባዕታይ", 'M'},
    /* Bengali, Nepali, Tamil, Sinhala, Burmese, Lao, Khmer */
    {"মহিলা", 'F'}, {"নারী", 'F'}, {"পুরুষ", 'M'}, {"पुरूष", 'M'},
    {"பெண்", 'F'}, {"ஆண்", 'M'},
    {"ස්ත්රී", 'F'}, {"පුරුෂ", 'M'}, {"ကျား", 'M'}, {"မ", 'F'},
    {"ຍິງ", 'F'}, {"ຊາຍ", 'M'}, {"ស្រី", 'F'}, {"ប្រុស", 'M'},
    /* Swahili, Hausa, Somali */
    {"mwanamke", 'F'}, {"mwanaume", 'M'}, {"mace", 'F'}, {"namiji", 'M'},
    {"dumar", 'F'}, {"naag", 'F'}, {"lab", 'M'}, {"rag", 'M'},
    {"dheddig", 'F'}, {"labood", 'M'},
    /* Persian and Urdu as typed (مونث without its hamza; عورت woman) */
    {"مونث", 'F'}, {"عورت", 'F'}, {"خانم", 'F'}, {"آقا", 'M'},

    /* Tagalog, Bulgarian */
    {"babae", 'F'}, {"lalaki", 'M'}, {"жена", 'F'}, {"женски", 'F'},
    {"мъж", 'M'}, {"мъжки", 'M'},
    /* Serbian and Croatian neuter forms as forms print them (muško,
     * žensko), in Latin and Cyrillic, and the Cyrillic masculine; the
     * Azerbaijani, Lithuanian, Latvian, Estonian and Finnish words (not
     * their letters: Lithuanian M is moteris, a woman) */
    {"musko", 'M'}, {"zensko", 'F'}, {"мушко", 'M'}, {"мушки", 'M'},
    {"женско", 'F'}, {"kisi", 'M'}, {"qadin", 'F'}, {"vyras", 'M'},
    {"vyriskas", 'M'}, {"moteris", 'F'}, {"moteriskas", 'F'},
    {"virietis", 'M'}, {"sieviete", 'F'}, {"mees", 'M'}, {"naine", 'F'},
    {"mies", 'M'}, {"nainen", 'F'},
    /* Macedonian; Swedish, Norwegian and Danish; Polish and Czech forms
     * of the other genders (męska, mužské, ženské) */
    {"машки", 'M'}, {"машко", 'M'}, {"kvinna", 'F'}, {"kvinne", 'F'},
    {"kvinde", 'F'}, {"mand", 'M'}, {"manlig", 'M'}, {"kvinnlig", 'F'},
    {"mannlig", 'M'}, {"kvinnelig", 'F'}, {"mandlig", 'M'}, {"kvindelig", 'F'},
    {"meska", 'M'}, {"muzske", 'M'}, {"zenske", 'F'},
};

/* Words that name the field, which forms put before the value ("Sex: F",
 * "Gender - female", "Пол: ж"); in key form. */
static const char *const field_words[] = {
    "sex", "gender", "sexe", "genre", "geschlecht", "sexo", "genero", "sesso",
    "пол", "стать", "جنس", "性别", "性別", "성별", "cinsiyet", "kasarian", "jantina",
    /* and in the languages of the routes' records: Polish, Czech, Slovak,
     * Serbian and Croatian, Hungarian, Greek, Albanian, Romanian, Dutch,
     * Nordic, Finnish, Baltic, Central Asian, Georgian, Armenian */
    "plec", "pohlavi", "pohlavie", "spol", "nem", "φύλο", "φυλο", "gjinia", "gjini",
    "sexul", "geslacht", "kon", "kjonn", "sukupuoli", "lytis", "dzimums", "sugu",
    "жынысы", "jinsi", "სქესი", "սեռ",
};

/* Letters a field's name reads otherwise than the table: Hungarian's F is
 * férfi, a man, and N nő (Nem: F); Lithuanian's V is vyras, a man, and
 * M moteris, a woman, and Latvian's V vīrietis, a man, where the table
 * says female for V and male for M: after those names the letter is
 * what the field says, or (0) refused when it cannot be told. */
static const struct {
    const char *field;
    char letter, g;
} field_letters[] = {
    {"nem", 'f', 'M'}, {"nem", 'n', 'F'}, {"lytis", 'v', 'M'}, {"lytis", 'm', 'F'},
    {"dzimums", 'v', 'M'}, {"dzimums", 'm', 0},
};

#define NWORDS (sizeof words / sizeof words[0])

static char find(const char *k, size_t n)
{
    if (n == 0)
        return 0;
    /* (the first byte first: a strlen of every word cost more than the
     * rest of the normalisation) */
    for (size_t i = 0; i < NWORDS; i++)
        if (words[i].key[0] == k[0] && strlen(words[i].key) == n &&
            memcmp(words[i].key, k, n) == 0)
            return words[i].g;
    return 0;
}

/* The value without surrounding spaces and emoji variation selectors, for
 * the symbol rows. */
static char find_symbol(const char *in, size_t len)
{
    static const char vs16[] = "\xef\xb8\x8f";
    size_t b = 0, e = len;
    while (b < e && (in[b] == ' ' || in[b] == '\t'))
        b++;
    while (e > b && (in[e - 1] == ' ' || in[e - 1] == '\t'))
        e--;
    if (e - b >= 3 && memcmp(in + e - 3, vs16, 3) == 0)
        e -= 3;
    return find(in + b, e - b);
}

/* The letter of a key of several words that each say the same gender, as
 * bilingual forms and coded fields write it ("Female (F)", "Ж / F",
 * "муж. M"), the field's name aside ("Sex: F"); 0 when a word is none or
 * two disagree. */
static char find_forms(const char *k, size_t n)
{
    char g = 0;
    const char *field = NULL;
    size_t field_n = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && k[i] == ' ')
            i++;
        size_t b = i;
        while (i < n && k[i] != ' ')
            i++;
        if (i == b)
            continue;
        if (AKA__LISTED(field_words, k + b, i - b)) {
            field = k + b;
            field_n = i - b;
            continue;
        }
        char w = find(k + b, i - b);
        for (size_t f = 0; field && i - b == 1 &&
                           f < sizeof field_letters / sizeof *field_letters;
             f++)
            if (field_letters[f].letter == k[b] && strlen(field_letters[f].field) == field_n &&
                memcmp(field_letters[f].field, field, field_n) == 0)
                w = field_letters[f].g;
        if (!w || w == '?' || (g && w != g))
            return 0;
        g = w;
    }
    return g;
}

/* The table's letter for a value: 'F', 'M', 'X', '?' (unknown), 0 (not
 * a gender word) or 'E' (no letters at all). */
static aka_status read_gender(const char *in, size_t len, char *g)
{
    *g = find_symbol(in, len);
    if (*g)
        return AKA_OK;
    char buf[64]; /* ASCII values' keys, without a buffer to allocate */
    aka__sb key = {0};
    const char *k = buf;
    size_t kn = aka__u_keyfold_ascii(in, len, buf, sizeof buf);
    if (kn == (size_t)-1) {
        aka_status st = aka__u_keyfold(in, len, &key);
        if (st != AKA_OK) {
            aka__sb_free(&key);
            return st;
        }
        k = key.p;
        kn = key.len;
    }
    *g = kn == 0 ? 'E' : find(k, kn);
    if (*g == 0 && aka__missing_word(k, kn))
        *g = '?';
    if (*g == 0 && memchr(k, ' ', kn))
        *g = find_forms(k, kn);
    aka__sb_free(&key);
    return AKA_OK;
}

aka_status aka__norm_gender(const char *in, size_t len, const aka__norm_opts *o,
                            aka__sb *out, aka__err *err)
{
    (void)o;
    /* A stream spells gender a dozen ways: answers are kept in the
     * thread's token cache rather than looked up in the table each time. */
    aka__uctx *c = aka__uctx_get();
    size_t vlen;
    unsigned flags;
    const char *hit = c ? aka__uctx_cache_get(c, AKA__NS_GENDER, in, len,
                                              &vlen, &flags)
                        : NULL;
    char g;
    if (hit && vlen == 1) {
        g = hit[0];
    } else {
        aka_status st = read_gender(in, len, &g);
        if (st != AKA_OK)
            return st;
        if (c)
            aka__uctx_cache_put(c, AKA__NS_GENDER, in, len, &g, 1, 0);
    }
    if (g == 'E')
        return aka__fail(err, AKA_ERR_PARSE, "gender: no letters in the value");
    if (g == '?')
        return aka__fail(err, AKA_ERR_PARSE,
                         "gender: the value marks a missing gender (not F, M "
                         "or X); leave the field out instead");
    if (!g)
        return aka__fail(err, AKA_ERR_PARSE,
                         "gender: not a recognised word for female, male "
                         "or another gender");
    return aka__sb_append_char(out, g);
}
