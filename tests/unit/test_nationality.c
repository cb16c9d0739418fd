/* Nationality: country names in many languages, ISO codes, short forms,
 * demonyms; the shared country lookup. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#include "aka.h"
#include "normalize/normalize.h"
#include "normalize/tables.h"
#include "unicode/uctx.h"

typedef struct {
    const char *in;
    const char *want; /* NULL: AKA_ERR_PARSE */
} ncase;

static void test_names_and_codes(void **state)
{
    (void)state;
    static const ncase c[] = {
        {"UA", "UA"}, {"ua", "UA"}, {"UKR", "UA"}, {"Ukraine", "UA"},
        {"Україна", "UA"}, {"Украина", "UA"}, {"UKRAINE", "UA"},
        {"Ukrainian", "UA"}, {"the Ukraine", "UA"},
        {"DEU", "DE"}, {"Deutschland", "DE"}, {"Allemagne", "DE"},
        {"Germania", "DE"}, {"Alemanha", "DE"}, {"Almanya", "DE"},
        {"Германия", "DE"}, {"ألمانيا", "DE"}, {"ドイツ", "DE"}, {"德国", "DE"},
        {"독일", "DE"}, {"Γερμανία", "DE"}, {"גרמניה", "DE"},
        {"USA", "US"}, {"U.S.A.", "US"}, {"United States", "US"},
        {"Estados Unidos", "US"}, {"UK", "GB"}, {"United Kingdom", "GB"},
        {"Great Britain", "GB"}, {"Russia", "RU"}, {"Russian Federation", "RU"},
        /* as their own people write them */
        {"người Việt Nam", "VN"}, {"Pinoy", "PH"}, {"KHMER", "KH"},
        {"Кыргыз Республикасы", "KG"}, {"Soomaali", "SO"}, {"RDC", "CD"},
        /* older and -stani forms, the currency for the people */
        {"Afghani", "AF"}, {"Rumanian", "RO"}, {"Byelorussian", "BY"},
        {"Kirghiz", "KG"}, {"Uzbekistani", "UZ"}, {"Persian", "IR"},
        {"Ghanian", "GH"}, {"Zairean", "CD"}, {"North Macedonian", "MK"},
        /* misspellings, old names and codes, more demonyms (session 50) */
        {"Ukranian", "UA"}, {"Phillipines", "PH"}, {"Columbian", "CO"},
        {"Ceylon", "LK"}, {"BUR", "MM"}, {"GBD", "GB"}, {"эфиопка", "ET"},
        {"кыргызка", "KG"}, {"ucraino", "UA"}, {"Mkenya", "KE"},
        {"\u05d9\u05e9\u05e8\u05d0\u05dc\u05d9\u05ea", "IL"}, /* ישראלית */
        {"\u0DC1\u0DCA\u200D\u0DBB\u0DD3 \u0DBD\u0D82\u0D9A\u0DCF", "LK"},
        {"Россия", "RU"}, {"Viet Nam", "VN"}, {"Vietnam", "VN"},
        {"Việt Nam", "VN"}, {"Moldova", "MD"}, {"Republic of Moldova", "MD"},
        {"Moldavia", "MD"}, {"Syria", "SY"}, {"Iran", "IR"},
        {"South Korea", "KR"}, {"Türkiye", "TR"}, {"TÜRKİYE", "TR"}, {"Turkey", "TR"},
        {"Türkei", "TR"}, {"Côte d’Ivoire", "CI"}, {"Cote d'Ivoire", "CI"},
        {"Ivory Coast", "CI"}, {"  nigeria  ", "NG"}, {"Nigerian", "NG"},
        {"România", "RO"}, {"Romania", "RO"}, {"Türkmenistan", "TM"},
        {"სომხეთი", "AM"}, {"Հայաստան", "AM"}, {"ไทย", "TH"}, {"Таиланд", "TH"},
        {"Narnia", NULL}, {"XX", NULL}, {"ZZZ", NULL}, {"---", NULL},
        /* two Latin letters some language's short name was made of are
         * no country (SU was the Soviet Union's code; Italian Stati Uniti
         * gave it to the United States); UK stays */
        {"SU", NULL}, {"OK", NULL}, {"VK", NULL}, {"UK", "GB"}, {"U.K.", "GB"},
        {"française", "FR"}, {"ucraniana", "UA"}, {"россиянка", "RU"},
        /* French demonyms of West and Central Africa */
        {"Ivoirienne", "CI"}, {"ivoirien", "CI"}, {"malienne", "ML"},
        {"guinéen", "GN"}, {"TOGOLAISE", "TG"}, {"gambien", "GM"},
        {"libérienne", "LR"}, {"gabonais", "GA"}, {"tchadienne", "TD"},
        {"mauritanien", "MR"},
        {"українка", "UA"}, {"Ukraine Russia", NULL},
        /* Chinese and Japanese "country + 人", Korean "country + 인" */
        {"中国人", "CN"}, {"越南人", "VN"}, {"ベトナム人", "VN"}, {"タイ人", "TH"},
        {"한국인", "KR"}, {"베트남인", "VN"}, {"한국", "KR"}, {"大韓民国", "KR"},
        {"人", NULL}, {"인", NULL}, {"Narnia人", NULL}, {"britisch", "GB"},
        /* ... and with 籍 "nationality"; Thai สัญชาติ before the country */
        {"中国籍", "CN"}, {"日本国籍", "JP"}, {"中國籍", "CN"}, {"籍", NULL},
        {"สัญชาติไทย", "TH"}, {"Nationality: Nigerian", "NG"},
        /* German nouns, a man's and a woman's; other languages' forms */
        {"Syrer", "SY"}, {"Syrerin", "SY"}, {"Eritreerin", "ER"},
        {"Afghanin", "AF"}, {"Ukrainerin", "UA"}, {"Russin", "RU"},
        {"Französin", "FR"}, {"Thailänderin", "TH"}, {"Vietnamesin", "VN"},
        {"népalais", "NP"}, {"sri-lankais", "LK"}, {"birman", "MM"},
        {"sudanés", "SD"}, {"egiziano", "EG"}, {"нігерійка", "NG"},
        {"българка", "BG"}, {"ქართველი", "GE"}, {"ارتري", "ER"},
        {"افغانی", "AF"}, {"Pilipino", "PH"}, {"D", "DE"},
        {"Rep. Dominicana", "DO"},
        /* Nigerian English for Nigeria, not Niger */
        {"Naija", "NG"},
        /* Persian kaf and yeh read as the Arabic ones, whichever a list
         * holds */
        {"افغاني", "AF"}, {"پاكستاني", "PK"}, {"عراقی", "IQ"}, {"ايراني", "IR"},
        /* ISO 3166's inverted names, turned round at their comma */
        {"Iran, Islamic Republic of", "IR"}, {"Korea, Republic of", "KR"},
        {"Moldova, Republic of", "MD"},
        {"Congo, The Democratic Republic of the", "CD"},
        {"Narnia, Republic of", NULL}, {"Iran, Syria", NULL},
        /* French forms of the Congos, Zaire, and the region's RSA and ZIM */
        {"RD Congo", "CD"}, {"République démocratique du Congo", "CD"}, {"Zaïre", "CD"},
        {"Congolaise", "CD"}, {"République du Congo", "CG"}, {"RSA", "ZA"}, {"ZIM", "ZW"},
        /* English demonyms of the world, not only of the usual countries */
        {"South Sudanese", "SS"}, {"Rwandan", "RW"}, {"Sierra Leonean", "SL"},
        {"Liberian", "LR"}, {"Togolese", "TG"}, {"Malawian", "MW"},
        {"Singaporean", "SG"}, {"Jamaican", "JM"}, {"Hongkonger", "HK"},
        {"Dominican", "DO"},
        /* "citizen" after a demonym, and several forms of one country */
        {"Ukrainian citizen", "UA"}, {"Nigerian national", "NG"},
        {"Ukraine (UKR)", "UA"}, {"UKR / Ukraine", "UA"},
        {"Chinese (PRC)", "CN"}, {"Iran, Islamic Republic of (IRN)", "IR"},
        {"Eritrea / Ethiopia", NULL}, {"Ukraine (Narnia)", NULL}, {"()", NULL},
        /* ... set apart by a hyphen, asked only when the hyphen is no
         * part of the name; and how it was had, in parentheses */
        {"UA - Ukraine", "UA"}, {"UKR - Ukraine", "UA"}, {"UA-Ukraine", "UA"},
        {"Guinea-Bissau", "GW"}, {"Timor-Leste", "TL"},
        {"UA - Russia", NULL}, {"UA-RU", NULL}, {"Afro-American", NULL},
        {"Ukrainian (by birth)", "UA"}, {"Nigerian (by naturalisation)", "NG"},
        {"by birth", NULL}, {"Ukrainian (by birth) (Russian)", NULL},
        {"Korea (North)", "KP"}, {"Congo (by birth)", "CG"},
        /* names as their people write them, and French, Spanish and
         * Russian demonyms of either gender */
        {"Ελλάς", "GR"}, {"ประเทศไทย", "TH"}, {"Shqipëria", "AL"},
        {"Южная Корея", "KR"}, {"georgiana", "GE"}, {"japonesa", "JP"},
        {"griega", "GR"}, {"indienne", "IN"}, {"thaïlandaise", "TH"},
        {"sud-coréenne", "KR"}, {"israélien", "IL"}, {"arménienne", "AM"},
        {"iraní", "IR"}, {"гречанка", "GR"},
        /* "citizen of" and the country (Russian and Ukrainian in the
         * genitive); Arabic, Greek, Spanish and Turkish demonyms; Greek
         * capitals written without accents */
        {"гражданка Украины", "UA"}, {"громадянин Молдови", "MD"},
        {"гражданин Республики Беларусь", "BY"}, {"РБ", "BY"},
        {"гражданин Республики Узбекистан", "UZ"}, {"КР", "KG"},
        {"гражданка Кыргызской Республики", "KG"},
        {"Citizen of the Philippines", "PH"}, {"citoyenne de Roumanie", "RO"},
        {"гражданка Нарнии", NULL}, {"citizen of", NULL},
        {"سورية", "SY"}, {"عراقي", "IQ"}, {"اردني", "JO"}, {"ایرانی", "IR"},
        {"ΕΛΛΗΝΙΚΗ", "GR"}, {"Ελληνική", "GR"}, {"ΕΛΛΑΣ", "GR"},
        {"mexicana", "MX"}, {"colombiano", "CO"}, {"Suriyeli", "SY"},
        /* citizenship adjectives (Russian, Polish, Czech) in their
         * genders; Hungarian, Romanian, German, Amharic demonyms; the
         * codes and names passports print */
        {"узбекское", "UZ"}, {"кыргызская", "KG"}, {"таджикский", "TJ"},
        {"polskie", "PL"}, {"tadżyckie", "TJ"}, {"mongolské", "MN"},
        {"slovenská", "SK"}, {"magyar", "HU"}, {"moldovenească", "MD"},
        {"kosovarisch", "XK"}, {"RKS", "XK"}, {"T.C.", "TR"}, {"WNI", "ID"},
        {"中華民國", "TW"}, {"Монгол Улс", "MN"}, {"ኢትዮጵያዊ", "ET"},
        {"เมียนมา", "MM"}, {"Chinese (HKSAR)", "HK"}, {"中國澳門", "MO"}, {"Chinese (MSAR)", "MO"}, {"Nigerien", "NE"},
        /* the Mediterranean routes (session 59): Italian, Spanish,
         * Portuguese and French adjectives with their genders and
         * plurals, Guinea by its capital, Maltese names without their
         * article, Greek and Arabic demonyms */
        {"guineana", "GN"}, {"guineani", "GN"}, {"gambiano", "GM"},
        {"ivoriano", "CI"}, {"marfileña", "CI"}, {"Liberiana", "LR"},
        {"sierraleonese", "SL"}, {"Sierra-Léonais", "SL"},
        {"Bissau-guinéenne", "GW"}, {"bisauguineanos", "GW"},
        {"Guinea Conakry", "GN"}, {"Guinée-Conakry", "GN"},
        {"Guiné-Conacri", "GN"}, {"maliens", "ML"}, {"libiche", "LY"},
        {"tunecina", "TN"}, {"marocchini", "MA"}, {"paquistaní", "PK"},
        {"bengalese", "BD"}, {"sud-sudanese", "SS"}, {"sursudanés", "SS"},
        {"sudanesi", "SD"}, {"camaronês", "CM"}, {"Burkina", "BF"},
        {"Gambja", "GM"}, {"Niġerja", "NG"}, {"Σομαλός", "SO"},
        {"Μπαγκλαντεσιανός", "BD"}, {"غيني", "GN"}, {"جنوب سوداني", "SS"},
        /* ... never Niger for Nigeria, nor one Guinea for another */
        {"nigerino", "NE"}, {"nigerina", "NE"}, {"nigérienne", "NE"},
        {"nigeriano", "NG"}, {"nigeriani", "NG"}, {"nigérian", "NG"},
        {"Niger-Nigeria", NULL}, {"ecuatoguineano", "GQ"},
        {"équato-guinéen", "GQ"}, {"Papua Nuova Guinea", "PG"},
        {"guineense", NULL}, {"Guinea / Guinea-Bissau", NULL},
        /* the eastern Mediterranean and Balkan routes (session 59):
         * Hungarian, Serbian, Croatian, Bosnian, Slovenian, Macedonian,
         * Bulgarian, Romanian, Albanian, Greek, Turkish, Russian,
         * Ukrainian, Polish, Czech and Slovak demonyms and adjectives,
         * Italian and French ones the tables lacked, and "citizen of"
         * phrases of Hungarian and the Balkan languages */
        {"szíriai", "SY"}, {"pakisztáni", "PK"}, {"afgán állampolgár", "AF"},
        {"sirijac", "SY"}, {"sirijka", "SY"}, {"avganistanac", "AF"},
        {"Авганистанац", "AF"}, {"Сиријац", "SY"}, {"iračanin", "IQ"},
        {"sirijsko", "SY"}, {"сириски", "SY"}, {"сирийски", "SY"},
        {"državljanin Sirije", "SY"}, {"држављанин Сирије", "SY"},
        {"гражданин на Сирия", "SY"}, {"државјанин на Сирија", "SY"},
        {"афганистанец", "AF"}, {"иракчанин", "IQ"}, {"сирієць", "SY"},
        {"Σύρος", "SY"}, {"Αφγανή", "AF"}, {"Afganistanlı", "AF"},
        {"syryjka", "SY"}, {"afgańczyk", "AF"}, {"Syřan", "SY"},
        {"sýrske", "SY"}, {"sirian", "SY"}, {"siriană", "SY"},
        {"palestinese", "PS"}, {"kosovaro", "XK"}, {"palestinien", "PS"},
        /* ... Iran's and Iraq's forms apart */
        {"iranac", "IR"}, {"Иранац", "IR"}, {"Iračan", "IQ"}, {"Iranec", "IR"},
        {"irakian", "IQ"}, {"iranian", "IR"}, {"indiai", "IN"},
        {"indonéz", "ID"}, {"szudáni", "SD"}, {"dél-szudáni", "SS"},
        {"guineai", "GN"}, {"bissau-guineai", "GW"},
        /* Hungarian nigeri, which other languages say of Nigeria */
        {"nigeri", NULL},
        /* a country with a people of it in brackets is the country */
        {"Afghan (Hazara)", "AF"}, {"Iraq (Kurdish)", "IQ"},
        {"Afghan (Tajik)", NULL},
        /* a people, not a country */
        {"Kurdish", NULL}, {"Hazara", NULL}, {"Kurd", NULL},
        {"(Hazara)", NULL}, {"Rohingya", NULL},
        {"Rom", NULL}, /* a Roma man, not ICAO's old code for Romania */
        /* Polish, Czech, Slovak and Romanian "citizen of" with the
         * genitive, and the label "nationality" or "citizenship" written
         * into the value (session 60) */
        {"obywatel Syrii", "SY"}, {"obywatelka Ukrainy", "UA"},
        {"obywatel Nigru", "NE"}, {"obywatel Nigerii", "NG"},
        {"občan Sýrie", "SY"}, {"státní příslušník Iráku", "IQ"},
        {"občan Nigeru", "NE"}, {"občianka Ukrajiny", "UA"},
        {"cetățean al Siriei", "SY"}, {"cetățean sirian", "SY"},
        {"Гражданство: Узбекистан", "UZ"}, {"obywatelstwo syryjskie", "SY"},
        {"Státní příslušnost: Sýrie", "SY"}, {"Uyruğu: Suriye", "SY"},
        {"Suriye uyruklu", "SY"}, {"Υπηκοότητα: Συρία", "SY"},
        {"الجنسية: سوريا", "SY"}, {"Cittadinanza: Siria", "SY"},
        /* ... not a Congo without saying which, nor a people */
        {"obywatel Konga", NULL}, {"obywatel Chin", NULL},
        {"národnost: romská", NULL}, {"национальность: татарин", NULL},
        /* the routes toward the US, Spain and the Gulf: Latin American
         * demonyms in their genders and plurals (Spanish, Portuguese,
         * French), "citizen" before them; Gulf records' Arabic, with
         * "nationality" before or after and the article on the
         * adjective; Hindi, Nepali and Bengali "citizen" */
        {"salvadoreños", "SV"}, {"hondureñas", "HN"}, {"guatemaltecos", "GT"},
        {"nicaragüenses", "NI"}, {"salvadorenha", "SV"}, {"paraguaia", "PY"},
        {"hondurienne", "HN"}, {"haïtiens", "HT"}, {"Salvadorian", "SV"},
        {"de nacionalidad hondureña", "HN"}, {"ciudadano guatemalteco", "GT"},
        {"cidadã brasileira", "BR"}, {"dominicanas", "DO"}, {"Dominica", "DM"},
        {"ecuatorianos", "EC"}, {"ecuatoguineanos", "GQ"},
        {"نيبالي الجنسية", "NP"}, {"الجنسية الهندية", "IN"},
        {"من الجنسية الفلبينية", "PH"}, {"بنغلاديشية", "BD"}, {"كينية", "KE"},
        {"أوغندية", "UG"}, {"إندونيسي", "ID"}, {"قطرية", "QA"},
        {"नेपाली नागरिक", "NP"}, {"ভারতীয়", "IN"}, {"Srilankan", "LK"},
        /* ... not a region, a people or Bengali, which says no country */
        {"latino", NULL}, {"hispana", NULL}, {"Hispanic", NULL},
        {"garífuna", NULL}, {"آسيوي", NULL}, {"عربي الجنسية", NULL},
        {"الجنسية", NULL}, {"بنغالي", NULL},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        char buf[8];
        size_t len = 0;
        aka_status st = aka_normalize(AKA_NATIONALITY, c[i].in, strlen(c[i].in),
                                      buf, sizeof buf, &len);
        if (!c[i].want) {
            if (st != AKA_ERR_PARSE)
                fail_msg("\"%s\": got %s, want AKA_ERR_PARSE", c[i].in,
                         aka_status_str(st));
            continue;
        }
        if (st != AKA_OK || strcmp(buf, c[i].want) != 0)
            fail_msg("\"%s\": got %s \"%s\", want %s", c[i].in,
                     aka_status_str(st), st == AKA_OK ? buf : "", c[i].want);
        assert_int_equal(len, 2);
    }
}

/* "Citizen of" phrases that put the country in the genitive before the
 * word for citizen (Georgian, Azerbaijani, Turkish), and Uzbek's -lik, of
 * a country; a country the tables do not know stays refused. */
static void test_citizen_genitive(void **state)
{
    (void)state;
    static const kcase c[] = {
        {"საქართველოს მოქალაქე", "GE"},
        {"რუსეთის მოქალაქე", "RU"},
        {"Azərbaycan Respublikasının vətəndaşı", "AZ"},
        {"Azərbaycanın vətəndaşı", "AZ"},
        {"Türkiye Cumhuriyeti vatandaşı", "TR"},
        /* capitals: Turkish İ folds to i and a combining dot */
        {"TÜRKİYE CUMHURİYETİ VATANDAŞI", "TR"},
        {"QAZAQSTAN", "KZ"}, {"Qazaqstan Respublikasy", "KZ"}, {"qazaq", "KZ"},
        {"RZECZPOSPOLITA POLSKA", "PL"}, {"Lietuvos Respublika", "LT"},
        {"Republika Srbija", "RS"}, {"Հայաստանի Հանրապետություն", "AM"},
        {"österreichisch", "AT"}, {"беларуска", "BY"}, {"Türkmenistanyň raýaty", "TM"},
        {"AZƏRBAYCAN RESPUBLİKASININ VƏTƏNDAŞI", "AZ"},
        {"o'zbekistonlik", "UZ"},
        {"oʻzbekistonlik", "UZ"},
        {"O'zbekiston Respublikasi", "UZ"},
        {"ნარნიის მოქალაქე", NULL},
        {"მოქალაქე", NULL},
        {"vətəndaşı", NULL},
        {"lik", NULL},
    };
    check_cases(AKA_NATIONALITY, c, sizeof c / sizeof c[0]);
}

static void test_tables(void **state)
{
    (void)state;
    /* Every ISO 3166-1 country, sorted, with a distinct alpha-3. */
    assert_true(aka__country_codes_len >= 240);
    for (size_t i = 1; i < aka__country_codes_len; i++)
        assert_true(strcmp(aka__country_codes[i - 1].alpha2,
                           aka__country_codes[i].alpha2) < 0);
    for (size_t i = 0; i < aka__country_codes_len; i++) {
        assert_int_equal(strlen(aka__country_codes[i].alpha3), 3);
        assert_true(aka__country_is_code(aka__country_codes[i].alpha2));
        char cc[3];
        /* A code resolves to itself; its alpha-3 resolves to it. */
        assert_int_equal(aka__country_lookup(aka__country_codes[i].alpha2, 2, cc),
                         AKA_OK);
        assert_string_equal(cc, aka__country_codes[i].alpha2);
        assert_int_equal(aka__country_lookup(aka__country_codes[i].alpha3, 3, cc),
                         AKA_OK);
        assert_string_equal(cc, aka__country_codes[i].alpha2);
    }
    assert_true(aka__country_names_len > 10000);
    for (size_t i = 1; i < aka__country_names_len; i++)
        assert_true(strcmp(aka__country_names[i - 1].key,
                           aka__country_names[i].key) < 0);
    assert_false(aka__country_is_code("QQ"));
}

static void test_errors(void **state)
{
    (void)state;
    char buf[8];
    size_t len = 99;
    assert_int_equal(aka_normalize(AKA_NATIONALITY, "Ukraine", 7, buf, 1, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 2);
    assert_int_equal(aka_normalize(AKA_NATIONALITY, "Ukraine", 7, NULL, 0, &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(aka_normalize(AKA_NATIONALITY, "\xc3\x28", 2, buf,
                                   sizeof buf, &len),
                     AKA_ERR_UTF8);
    assert_int_equal(aka_normalize(AKA_NATIONALITY, "U\0A", 3, buf,
                                   sizeof buf, &len),
                     AKA_ERR_UTF8);
    aka_engine *e = NULL;
    assert_int_equal(aka_engine_new(NULL, &e), AKA_OK);
    assert_int_equal(aka_engine_normalize(e, AKA_NATIONALITY, "Atlantis", 8,
                                          buf, sizeof buf, &len),
                     AKA_ERR_PARSE);
    assert_non_null(strstr(aka_engine_errmsg(e), "nationality"));
    assert_null(strstr(aka_engine_errmsg(e), "Atlantis"));
    aka_engine_free(e);
}

/* A value that names no country is refused, and the message says which
 * kind it is: a missing value, statelessness (ICAO's codes too), or a word
 * that is no country. NA stays Namibia: only "N/A" is missing. */
static void test_no_country(void **state)
{
    (void)state;
    static const char *const missing[] = {"unknown", "N/A", "none", "Not stated",
                                          "неизвестно", "Inconnue", "غير معروف"};
    static const char *const stateless[] = {
        "Stateless", "XXA", "xxb", "XXX", "apatride", "Staatenlos",
        "без гражданства", "Refugee", "عديم الجنسية"};
    static const char *const no_letters[] = {"-", "?"};
    static const char *const no_country[] = {"Rohingya", "Atlantis"};
    check_refused_saying(AKA_NATIONALITY, missing, sizeof missing / sizeof *missing,
                         "missing");
    check_refused_saying(AKA_NATIONALITY, stateless,
                         sizeof stateless / sizeof *stateless, "stateless");
    check_refused_saying(AKA_NATIONALITY, no_letters, 2, "no letters");
    check_refused_saying(AKA_NATIONALITY, no_country, 2, "not a known country");
    char buf[8];
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_NATIONALITY, "NA", 2, buf, sizeof buf, &len),
                     AKA_OK);
    assert_string_equal(buf, "NA");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_and_codes),
        cmocka_unit_test(test_citizen_genitive),
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_no_country),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
