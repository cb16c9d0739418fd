/* Build-time generator of the country tables: every ISO 3166-1 code ICU
 * knows with its alpha-3 code, and a reverse map from country names in
 * every language ICU has display names for (standard, short and variant
 * forms) plus the aliases below, to alpha-2. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include "genout.h"
#include "unicode/uctx.h"

/* Short forms, official long forms and English demonyms that display
 * names do not carry. They win over any display name. */
static const char *const aliases[][2] = {
    {"USA", "US"}, {"U.S.A.", "US"}, {"U.S.", "US"}, {"US", "US"}, {"America", "US"},
    {"United States of America", "US"}, {"American", "US"},
    {"UK", "GB"}, {"U.K.", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"},
    {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"},
    {"Northern Ireland", "GB"}, {"British", "GB"}, {"English", "GB"},
    {"Scottish", "GB"}, {"Welsh", "GB"},
    {"Russia", "RU"}, {"Russian Federation", "RU"}, {"Russian", "RU"},
    {"Российская Федерация", "RU"}, {"РФ", "RU"},
    {"Viet Nam", "VN"}, {"Vietnamese", "VN"},
    {"Moldova", "MD"}, {"Republic of Moldova", "MD"}, {"Moldovan", "MD"},
    {"Syria", "SY"}, {"Syrian Arab Republic", "SY"}, {"Syrian", "SY"},
    {"Iran", "IR"}, {"Islamic Republic of Iran", "IR"}, {"Persia", "IR"},
    {"Iranian", "IR"},
    {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Korea", "KR"},
    {"Korean", "KR"}, {"South Korean", "KR"},
    {"North Korea", "KP"}, {"DPRK", "KP"}, {"North Korean", "KP"},
    {"Democratic People's Republic of Korea", "KP"},
    {"Türkiye", "TR"}, {"Turkey", "TR"}, {"Turkish", "TR"},
    {"Czechia", "CZ"}, {"Czech Republic", "CZ"}, {"Czech", "CZ"},
    {"Holland", "NL"}, {"The Netherlands", "NL"}, {"Dutch", "NL"},
    {"Ivory Coast", "CI"}, {"Cote d'Ivoire", "CI"}, {"Ivorian", "CI"},
    {"Laos", "LA"}, {"Lao PDR", "LA"}, {"Lao", "LA"}, {"Laotian", "LA"},
    {"Burma", "MM"}, {"Myanmar", "MM"}, {"Burmese", "MM"},
    {"Tanzania", "TZ"}, {"United Republic of Tanzania", "TZ"},
    {"Tanzanian", "TZ"},
    {"Bolivia", "BO"}, {"Venezuela", "VE"}, {"Venezuelan", "VE"},
    {"Bolivian", "BO"},
    {"DR Congo", "CD"}, {"DRC", "CD"}, {"Congo-Kinshasa", "CD"},
    {"Democratic Republic of the Congo", "CD"}, {"Congolese", "CD"},
    {"Congo-Brazzaville", "CG"}, {"Republic of the Congo", "CG"},
    /* French forms of the two Congos (and Zaire, the DRC until 1997), as
     * agencies in Central Africa write them; Congolais as Congolese */
    {"RD Congo", "CD"}, {"République démocratique du Congo", "CD"},
    {"Zaire", "CD"}, {"Zaïre", "CD"}, {"Congolais", "CD"}, {"Congolaise", "CD"},
    {"République du Congo", "CG"},
    /* South Africa and Zimbabwe as the region abbreviates them */
    {"RSA", "ZA"}, {"ZIM", "ZW"},
    {"Macedonia", "MK"}, {"North Macedonia", "MK"}, {"FYROM", "MK"},
    {"Macedonian", "MK"},
    {"Swaziland", "SZ"}, {"Eswatini", "SZ"}, {"Cape Verde", "CV"},
    {"Cabo Verde", "CV"}, {"East Timor", "TL"}, {"Timor-Leste", "TL"},
    {"Palestine", "PS"}, {"State of Palestine", "PS"},
    {"Palestinian", "PS"}, {"Vatican", "VA"}, {"Holy See", "VA"},
    {"Brunei", "BN"}, {"Micronesia", "FM"}, {"UAE", "AE"}, {"U.A.E.", "AE"},
    {"Emirati", "AE"}, {"KSA", "SA"}, {"Saudi", "SA"}, {"Saudi Arabian", "SA"},
    {"Kirghizia", "KG"}, {"Kirgizia", "KG"}, {"Kyrgyz", "KG"},
    {"Byelorussia", "BY"}, {"Belorussia", "BY"}, {"Belarusian", "BY"},
    {"Belarussian", "BY"}, {"Беларусь", "BY"}, {"Белоруссия", "BY"},
    {"Ukrainian", "UA"}, {"The Ukraine", "UA"}, {"Украина", "UA"},
    {"Україна", "UA"}, {"Kazakh", "KZ"}, {"Kazakhstani", "KZ"},
    {"Uzbek", "UZ"}, {"Tajik", "TJ"}, {"Turkmen", "TM"}, {"Georgian", "GE"},
    {"Armenian", "AM"}, {"Azerbaijani", "AZ"}, {"Azeri", "AZ"},
    {"Polish", "PL"}, {"German", "DE"}, {"French", "FR"}, {"Italian", "IT"},
    {"Spanish", "ES"}, {"Portuguese", "PT"}, {"Romanian", "RO"},
    {"Bulgarian", "BG"}, {"Hungarian", "HU"}, {"Greek", "GR"},
    {"Albanian", "AL"}, {"Serbian", "RS"}, {"Croatian", "HR"},
    {"Bosnian", "BA"}, {"Montenegrin", "ME"}, {"Slovak", "SK"},
    {"Slovenian", "SI"}, {"Slovene", "SI"}, {"Lithuanian", "LT"},
    {"Latvian", "LV"}, {"Estonian", "EE"}, {"Finnish", "FI"},
    {"Swedish", "SE"}, {"Norwegian", "NO"}, {"Danish", "DK"},
    {"Irish", "IE"}, {"Belgian", "BE"}, {"Swiss", "CH"}, {"Austrian", "AT"},
    {"Chinese", "CN"}, {"Japanese", "JP"}, {"Thai", "TH"}, {"Filipino", "PH"},
    {"Philippine", "PH"}, {"Indonesian", "ID"}, {"Malaysian", "MY"},
    {"Cambodian", "KH"}, {"Indian", "IN"}, {"Pakistani", "PK"},
    {"Bangladeshi", "BD"}, {"Nepali", "NP"}, {"Nepalese", "NP"},
    {"Sri Lankan", "LK"}, {"Afghan", "AF"}, {"Iraqi", "IQ"},
    {"Jordanian", "JO"}, {"Lebanese", "LB"}, {"Israeli", "IL"},
    {"Egyptian", "EG"}, {"Libyan", "LY"}, {"Tunisian", "TN"},
    {"Algerian", "DZ"}, {"Moroccan", "MA"}, {"Sudanese", "SD"},
    {"Eritrean", "ER"}, {"Ethiopian", "ET"}, {"Somali", "SO"},
    {"Kenyan", "KE"}, {"Ugandan", "UG"}, {"Nigerian", "NG"},
    {"Ghanaian", "GH"}, {"Cameroonian", "CM"}, {"Senegalese", "SN"},
    {"Malian", "ML"}, {"Guinean", "GN"}, {"South African", "ZA"},
    {"Zimbabwean", "ZW"}, {"Mexican", "MX"}, {"Brazilian", "BR"},
    {"Argentine", "AR"}, {"Argentinian", "AR"}, {"Colombian", "CO"},
    {"Peruvian", "PE"}, {"Chilean", "CL"}, {"Ecuadorian", "EC"},
    {"Cuban", "CU"}, {"Dominican", "DO"}, {"Haitian", "HT"},
    {"Guatemalan", "GT"}, {"Honduran", "HN"}, {"Salvadoran", "SV"},
    {"Nicaraguan", "NI"}, {"Canadian", "CA"}, {"Australian", "AU"},
    {"New Zealander", "NZ"}, {"Yemeni", "YE"}, {"Omani", "OM"},
    {"Qatari", "QA"}, {"Kuwaiti", "KW"}, {"Bahraini", "BH"},
    {"Mongolian", "MN"}, {"Taiwanese", "TW"}, {"Taiwan", "TW"},
    {"Hong Kong", "HK"}, {"Macau", "MO"}, {"Macao", "MO"},
    /* Demonyms of the languages case files are most often written in
     * (French, Spanish, German, Russian, Ukrainian), masculine and
     * feminine, for the countries most often seen in them. */
    {"français", "FR"}, {"française", "FR"}, {"francés", "FR"},
    {"francesa", "FR"}, {"französisch", "FR"}, {"allemand", "DE"},
    {"allemande", "DE"}, {"alemán", "DE"}, {"alemana", "DE"},
    {"deutsch", "DE"}, {"deutsche", "DE"}, {"ukrainien", "UA"},
    {"ukrainienne", "UA"}, {"ucraniano", "UA"}, {"ucraniana", "UA"},
    {"ukrainisch", "UA"}, {"украинец", "UA"}, {"украинка", "UA"},
    {"українець", "UA"}, {"українка", "UA"}, {"russe", "RU"},
    {"ruso", "RU"}, {"rusa", "RU"}, {"russisch", "RU"}, {"россиянин", "RU"},
    {"россиянка", "RU"}, {"росіянин", "RU"}, {"росіянка", "RU"},
    {"moldave", "MD"}, {"moldavo", "MD"}, {"moldava", "MD"},
    {"roumain", "RO"}, {"roumaine", "RO"}, {"rumano", "RO"},
    {"rumana", "RO"}, {"rumänisch", "RO"}, {"bulgare", "BG"},
    {"búlgaro", "BG"}, {"búlgara", "BG"}, {"albanais", "AL"},
    {"albanaise", "AL"}, {"albanés", "AL"}, {"albanesa", "AL"},
    {"nigérian", "NG"}, {"nigériane", "NG"}, {"nigeriano", "NG"},
    {"nigeriana", "NG"}, {"vietnamien", "VN"}, {"vietnamienne", "VN"},
    {"vietnamita", "VN"}, {"chinois", "CN"}, {"chinoise", "CN"},
    {"chino", "CN"}, {"china", "CN"}, {"chinesisch", "CN"},
    {"syrien", "SY"}, {"syrienne", "SY"}, {"sirio", "SY"}, {"siria", "SY"},
    {"afghane", "AF"}, {"afgano", "AF"}, {"afgana", "AF"},
    {"érythréen", "ER"}, {"érythréenne", "ER"}, {"eritreo", "ER"},
    {"eritrea", "ER"}, {"marocain", "MA"}, {"marocaine", "MA"},
    {"marroquí", "MA"}, {"algérien", "DZ"}, {"algérienne", "DZ"},
    {"argelino", "DZ"}, {"argelina", "DZ"}, {"turc", "TR"},
    {"turque", "TR"}, {"turco", "TR"}, {"turca", "TR"}, {"polonais", "PL"},
    {"polonaise", "PL"}, {"polaco", "PL"}, {"polaca", "PL"},
    {"italien", "IT"}, {"italienne", "IT"}, {"italiano", "IT"},
    {"italiana", "IT"}, {"espagnol", "ES"}, {"espagnole", "ES"},
    {"español", "ES"}, {"española", "ES"}, {"britannique", "GB"},
    {"británico", "GB"}, {"británica", "GB"}, {"américain", "US"},
    {"américaine", "US"}, {"estadounidense", "US"},
    {"белорус", "BY"}, {"белоруска", "BY"}, {"молдаванин", "MD"},
    {"молдаванка", "MD"}, {"грузин", "GE"}, {"грузинка", "GE"},
    {"армянин", "AM"}, {"армянка", "AM"}, {"узбек", "UZ"}, {"узбечка", "UZ"},
    {"казах", "KZ"}, {"казашка", "KZ"}, {"таджик", "TJ"},
    {"таджичка", "TJ"}, {"киргиз", "KG"}, {"киргизка", "KG"},
    {"georgien", "GE"}, {"georgienne", "GE"}, {"géorgien", "GE"},
    {"géorgienne", "GE"}, {"georgiano", "GE"}, {"georgiana", "GE"},
    {"georgisch", "GE"}, {"arménien", "AM"}, {"arménienne", "AM"},
    {"armenio", "AM"}, {"armenia", "AM"}, {"armenisch", "AM"},
    {"azerbaïdjanais", "AZ"}, {"azerbaïdjanaise", "AZ"},
    {"azerbaiyano", "AZ"}, {"azerbaiyana", "AZ"},
    {"aserbaidschanisch", "AZ"}, {"grec", "GR"}, {"grecque", "GR"},
    {"griego", "GR"}, {"griega", "GR"}, {"griechisch", "GR"},
    {"japonais", "JP"}, {"japonaise", "JP"}, {"japonés", "JP"},
    {"japonesa", "JP"}, {"japanisch", "JP"}, {"coréen", "KR"},
    {"coréenne", "KR"}, {"sud-coréen", "KR"}, {"sud-coréenne", "KR"},
    {"coreano", "KR"}, {"coreana", "KR"}, {"surcoreano", "KR"},
    {"surcoreana", "KR"}, {"südkoreanisch", "KR"}, {"koreanisch", "KR"},
    /* Korean's short name for Korea (ICU gives the long 대한민국) and
     * Japanese's long one, which the Chinese form does not spell alike */
    {"한국", "KR"}, {"大韓民国", "KR"},
    /* North Korea as its neighbours write it: Chinese and Japanese short
     * and long forms, and its own (조선, 북한 is ICU's) */
    {"北朝鲜", "KP"}, {"北朝鮮", "KP"}, {"朝鮮", "KP"}, {"조선", "KP"},
    {"朝鲜民主主义人民共和国", "KP"}, {"朝鮮民主主義人民共和国", "KP"},
    {"조선민주주의인민공화국", "KP"},
    {"britisch", "GB"}, {"britische", "GB"}, {"britannique", "GB"},
    {"británico", "GB"}, {"británica", "GB"},
    {"nord-coréen", "KP"}, {"nord-coréenne", "KP"}, {"norcoreano", "KP"},
    {"norcoreana", "KP"}, {"thaïlandais", "TH"}, {"thaïlandaise", "TH"},
    {"thaï", "TH"}, {"thaïe", "TH"}, {"tailandés", "TH"},
    {"tailandesa", "TH"}, {"thailändisch", "TH"}, {"indien", "IN"},
    {"indienne", "IN"}, {"indio", "IN"}, {"hindú", "IN"}, {"indisch", "IN"},
    {"iranien", "IR"}, {"iranienne", "IR"}, {"iraní", "IR"},
    {"iranisch", "IR"}, {"persan", "IR"}, {"persane", "IR"},
    {"israélien", "IL"}, {"israélienne", "IL"}, {"israelí", "IL"},
    {"israelisch", "IL"}, {"libanais", "LB"}, {"libanaise", "LB"},
    {"libanés", "LB"}, {"libanesa", "LB"}, {"irakien", "IQ"},
    {"irakienne", "IQ"}, {"iraquí", "IQ"}, {"égyptien", "EG"},
    {"égyptienne", "EG"}, {"egipcio", "EG"}, {"egipcia", "EG"},
    {"pakistanais", "PK"}, {"pakistanaise", "PK"}, {"paquistaní", "PK"},
    {"pakistaní", "PK"}, {"bangladais", "BD"}, {"bangladaise", "BD"},
    {"bangladesí", "BD"}, {"philippin", "PH"}, {"philippine", "PH"},
    {"filipina", "PH"}, {"indonésien", "ID"}, {"indonésienne", "ID"},
    {"indonesio", "ID"}, {"indonesia", "ID"}, {"biélorusse", "BY"},
    {"bielorruso", "BY"}, {"bielorrusa", "BY"}, {"ouzbek", "UZ"},
    {"ouzbèke", "UZ"}, {"uzbeko", "UZ"}, {"uzbeka", "UZ"},
    {"kazakhe", "KZ"}, {"kazajo", "KZ"}, {"kazaja", "KZ"},
    {"serbe", "RS"}, {"serbio", "RS"}, {"serbia", "RS"},
    {"croate", "HR"}, {"croata", "HR"}, {"hongrois", "HU"},
    {"hongroise", "HU"}, {"húngaro", "HU"}, {"húngara", "HU"},
    {"tchèque", "CZ"}, {"checo", "CZ"}, {"checa", "CZ"},
    {"portugais", "PT"}, {"portugaise", "PT"}, {"brésilien", "BR"},
    {"brésilienne", "BR"}, {"brasileño", "BR"}, {"brasileña", "BR"},
    {"ghanéen", "GH"}, {"ghanéenne", "GH"}, {"camerounais", "CM"},
    {"camerounaise", "CM"}, {"sénégalais", "SN"}, {"sénégalaise", "SN"},
    {"ivoirien", "CI"}, {"ivoirienne", "CI"}, {"malien", "ML"},
    {"malienne", "ML"}, {"guinéen", "GN"}, {"guinéenne", "GN"},
    {"togolais", "TG"}, {"togolaise", "TG"}, {"gambien", "GM"},
    {"gambienne", "GM"}, {"libérien", "LR"}, {"libérienne", "LR"},
    {"gabonais", "GA"}, {"gabonaise", "GA"}, {"tchadien", "TD"},
    {"tchadienne", "TD"}, {"mauritanien", "MR"}, {"mauritanienne", "MR"},
    {"éthiopien", "ET"}, {"éthiopienne", "ET"}, {"etíope", "ET"},
    {"somalien", "SO"}, {"somalienne", "SO"}, {"soudanais", "SD"},
    {"soudanaise", "SD"}, {"tunisien", "TN"}, {"tunisienne", "TN"},
    {"libyen", "LY"}, {"libyenne", "LY"}, {"jordanien", "JO"},
    {"jordanienne", "JO"}, {"cambodgien", "KH"}, {"cambodgienne", "KH"},
    {"mongol", "MN"}, {"mongole", "MN"},
    {"polnisch", "PL"}, {"italienisch", "IT"}, {"spanisch", "ES"},
    {"türkisch", "TR"}, {"syrisch", "SY"}, {"albanisch", "AL"},
    {"nigerianisch", "NG"}, {"vietnamesisch", "VN"},
    {"moldauisch", "MD"}, {"bulgarisch", "BG"}, {"serbisch", "RS"},
    {"afghanisch", "AF"}, {"irakisch", "IQ"}, {"eritreisch", "ER"},
    {"грек", "GR"}, {"гречанка", "GR"}, {"японец", "JP"},
    {"японка", "JP"}, {"китаец", "CN"}, {"китаянка", "CN"},
    {"кореец", "KR"}, {"кореянка", "KR"}, {"таец", "TH"}, {"тайка", "TH"},
    {"индиец", "IN"}, {"индианка", "IN"}, {"иранец", "IR"},
    {"иранка", "IR"}, {"израильтянин", "IL"}, {"израильтянка", "IL"},
    {"турок", "TR"}, {"турчанка", "TR"}, {"сириец", "SY"},
    {"сирийка", "SY"}, {"румын", "RO"}, {"румынка", "RO"}, {"поляк", "PL"},
    {"полька", "PL"}, {"албанец", "AL"}, {"албанка", "AL"},
    {"нигериец", "NG"}, {"нигерийка", "NG"}, {"вьетнамец", "VN"},
    {"вьетнамка", "VN"}, {"азербайджанец", "AZ"},
    {"азербайджанка", "AZ"},
    /* Demonyms of the Americas (Spanish, Portuguese, French, German),
     * masculine and feminine */
    {"mexicano", "MX"}, {"mexicana", "MX"}, {"mexicain", "MX"},
    {"mexicaine", "MX"}, {"mexikanisch", "MX"}, {"colombiano", "CO"},
    {"colombiana", "CO"}, {"colombien", "CO"}, {"colombienne", "CO"},
    {"kolumbianisch", "CO"}, {"venezolano", "VE"}, {"venezolana", "VE"},
    {"vénézuélien", "VE"}, {"vénézuélienne", "VE"},
    {"venezolanisch", "VE"}, {"peruano", "PE"}, {"peruana", "PE"},
    {"péruvien", "PE"}, {"péruvienne", "PE"}, {"ecuatoriano", "EC"},
    {"ecuatoriana", "EC"}, {"équatorien", "EC"}, {"équatorienne", "EC"},
    {"boliviano", "BO"}, {"boliviana", "BO"}, {"bolivien", "BO"},
    {"bolivienne", "BO"}, {"guatemalteco", "GT"}, {"guatemalteca", "GT"},
    {"guatémaltèque", "GT"}, {"hondureño", "HN"}, {"hondureña", "HN"},
    {"salvadoreño", "SV"}, {"salvadoreña", "SV"}, {"nicaragüense", "NI"},
    {"cubano", "CU"}, {"cubana", "CU"}, {"cubain", "CU"}, {"cubaine", "CU"},
    {"kubanisch", "CU"}, {"dominicano", "DO"}, {"dominicana", "DO"},
    {"dominicain", "DO"}, {"dominicaine", "DO"}, {"haïtien", "HT"},
    {"haïtienne", "HT"}, {"haitiano", "HT"}, {"haitiana", "HT"},
    {"paraguayo", "PY"}, {"paraguaya", "PY"}, {"uruguayo", "UY"},
    {"uruguaya", "UY"}, {"argentino", "AR"}, {"argentina", "AR"},
    {"argentin", "AR"}, {"argentine", "AR"}, {"chileno", "CL"},
    {"chilena", "CL"}, {"chilien", "CL"}, {"chilienne", "CL"},
    {"brasileiro", "BR"}, {"brasileira", "BR"}, {"brasilianisch", "BR"},
    {"filipino", "PH"}, {"philippinisch", "PH"}, {"angolano", "AO"},
    {"angolana", "AO"}, {"moçambicano", "MZ"}, {"moçambicana", "MZ"},
    {"português", "PT"}, {"portuguesa", "PT"},
    /* Arabic demonyms, masculine and feminine, with and without the
     * hamza many keyboards leave out; Persian and Urdu forms */
    {"سوري", "SY"}, {"سورية", "SY"}, {"سورى", "SY"}, {"عراقي", "IQ"},
    {"عراقية", "IQ"}, {"مصري", "EG"}, {"مصرية", "EG"}, {"لبناني", "LB"},
    {"لبنانية", "LB"}, {"أردني", "JO"}, {"أردنية", "JO"}, {"اردني", "JO"},
    {"اردنية", "JO"}, {"فلسطيني", "PS"}, {"فلسطينية", "PS"},
    {"سعودي", "SA"}, {"سعودية", "SA"}, {"يمني", "YE"}, {"يمنية", "YE"},
    {"ليبي", "LY"}, {"ليبية", "LY"}, {"تونسي", "TN"}, {"تونسية", "TN"},
    {"جزائري", "DZ"}, {"جزائرية", "DZ"}, {"مغربي", "MA"},
    {"مغربية", "MA"}, {"سوداني", "SD"}, {"سودانية", "SD"},
    {"صومالي", "SO"}, {"صومالية", "SO"}, {"إريتري", "ER"},
    {"إريترية", "ER"}, {"اريتري", "ER"}, {"اريترية", "ER"},
    {"إثيوبي", "ET"}, {"إثيوبية", "ET"}, {"اثيوبي", "ET"},
    {"اثيوبية", "ET"}, {"أفغاني", "AF"}, {"أفغانية", "AF"},
    {"افغاني", "AF"}, {"افغانية", "AF"}, {"إيراني", "IR"},
    {"إيرانية", "IR"}, {"ايراني", "IR"}, {"ايرانية", "IR"},
    {"باكستاني", "PK"}, {"باكستانية", "PK"}, {"بنغلاديشي", "BD"},
    {"هندي", "IN"}, {"هندية", "IN"}, {"تركي", "TR"}, {"تركية", "TR"},
    {"نيجيري", "NG"}, {"نيجيرية", "NG"}, {"فلبيني", "PH"},
    {"فلبينية", "PH"}, {"كويتي", "KW"}, {"إماراتي", "AE"},
    {"اماراتي", "AE"}, {"قطري", "QA"}, {"عماني", "OM"}, {"بحريني", "BH"},
    {"روسي", "RU"}, {"روسية", "RU"}, {"أوكراني", "UA"}, {"اوكراني", "UA"},
    {"صيني", "CN"}, {"صينية", "CN"}, {"ایرانی", "IR"}, {"افغان", "AF"},
    {"افغانستانی", "AF"}, {"پاکستانی", "PK"}, {"عراقی", "IQ"},
    {"سوری", "SY"}, {"هندی", "IN"}, {"ترک", "TR"},
    /* Greek: adjectives (a Greek card prints ΕΛΛΗΝΙΚΗ / HELLENIC) and
     * demonyms */
    {"Ελληνική", "GR"}, {"Ελληνικός", "GR"}, {"Έλληνας", "GR"},
    {"Ελληνίδα", "GR"}, {"Hellenic", "GR"}, {"Κύπριος", "CY"},
    {"Ελληνικό", "GR"}, /* neuter: ελληνικό διαβατήριο, a Greek passport */
    {"Κυπρία", "CY"}, {"Κυπριακή", "CY"}, {"Αλβανός", "AL"},
    {"Αλβανίδα", "AL"}, {"Αλβανική", "AL"}, {"Ρώσος", "RU"},
    {"Ρωσίδα", "RU"}, {"Ρωσική", "RU"}, {"Ουκρανός", "UA"},
    {"Ουκρανή", "UA"}, {"Ουκρανική", "UA"}, {"Βούλγαρος", "BG"},
    {"Βουλγάρα", "BG"}, {"Βουλγαρική", "BG"}, {"Ρουμάνος", "RO"},
    {"Ρουμάνα", "RO"}, {"Ρουμανική", "RO"}, {"Γεωργιανός", "GE"},
    {"Γεωργιανή", "GE"}, {"Σύριος", "SY"}, {"Σύρια", "SY"},
    {"Συριακή", "SY"}, {"Τούρκος", "TR"}, {"Τουρκάλα", "TR"},
    {"Τουρκική", "TR"}, {"Πακιστανός", "PK"}, {"Αφγανός", "AF"},
    {"Ιρακινός", "IQ"}, {"Νιγηριανός", "NG"}, {"Νιγηριανή", "NG"},
    /* Turkish demonyms */
    {"Türk", "TR"}, {"Suriyeli", "SY"}, {"Iraklı", "IQ"}, {"Afgan", "AF"},
    {"İranlı", "IR"}, {"Pakistanlı", "PK"}, {"Rus", "RU"},
    {"Ukraynalı", "UA"}, {"Gürcü", "GE"}, {"Azerbaycanlı", "AZ"},
    {"Özbek", "UZ"}, {"Türkmen", "TM"}, {"Moldovalı", "MD"},
    {"Nijeryalı", "NG"},
    /* Russian abbreviations, and country names in the genitive, as they
     * follow "гражданин", "громадянка" (country.c takes that word off) */
    {"РБ", "BY"}, {"Республика Беларусь", "BY"}, {"КНР", "CN"},
    {"КР", "KG"}, {"Республики Узбекистан", "UZ"},
    {"Республики Казахстан", "KZ"}, {"Республики Таджикистан", "TJ"},
    {"Кыргызской Республики", "KG"}, {"Республики Армения", "AM"},
    {"Республики Азербайджан", "AZ"},
    {"Республика Молдова", "MD"}, {"Республика Казахстан", "KZ"},
    {"Республика Узбекистан", "UZ"}, {"Украины", "UA"}, {"России", "RU"},
    {"Российской Федерации", "RU"}, {"РФ", "RU"}, {"Беларуси", "BY"},
    {"Белоруссии", "BY"}, {"Республики Беларусь", "BY"}, {"Молдовы", "MD"},
    {"Молдавии", "MD"}, {"Республики Молдова", "MD"}, {"Грузии", "GE"},
    {"Армении", "AM"}, {"Азербайджана", "AZ"}, {"Казахстана", "KZ"},
    {"Узбекистана", "UZ"}, {"Таджикистана", "TJ"}, {"Кыргызстана", "KG"},
    {"Киргизии", "KG"}, {"Туркменистана", "TM"}, {"Китая", "CN"},
    {"Вьетнама", "VN"}, {"Таиланда", "TH"}, {"Турции", "TR"},
    {"Сирии", "SY"}, {"Ирака", "IQ"}, {"Ирана", "IR"},
    {"Афганистана", "AF"}, {"Пакистана", "PK"}, {"Индии", "IN"},
    {"Нигерии", "NG"}, {"Румынии", "RO"}, {"Болгарии", "BG"},
    {"Польши", "PL"}, {"Латвии", "LV"}, {"Литвы", "LT"}, {"Эстонии", "EE"},
    {"Израиля", "IL"}, {"Египта", "EG"}, {"Монголии", "MN"},
    {"Японии", "JP"}, {"Германии", "DE"}, {"Франции", "FR"},
    {"України", "UA"}, {"Росії", "RU"}, {"Білорусі", "BY"},
    {"Молдови", "MD"}, {"Грузії", "GE"}, {"Вірменії", "AM"},
    {"Азербайджану", "AZ"}, {"Казахстану", "KZ"}, {"Узбекистану", "UZ"},
    {"Таджикистану", "TJ"}, {"Киргизстану", "KG"}, {"Китаю", "CN"},
    {"В'єтнаму", "VN"}, {"Таїланду", "TH"}, {"Туреччини", "TR"},
    {"Сирії", "SY"}, {"Іраку", "IQ"}, {"Ірану", "IR"},
    {"Афганістану", "AF"}, {"Пакистану", "PK"}, {"Індії", "IN"},
    {"Нігерії", "NG"}, {"Румунії", "RO"}, {"Болгарії", "BG"},
    {"Польщі", "PL"}, {"Ізраїлю", "IL"},
    /* Country names as their own people and neighbours write them that
     * the display names lack: the archaic or official form, the word
     * "country" before the name, a definite form, a common short form */
    {"Ελλάς", "GR"}, {"Ελληνική Δημοκρατία", "GR"}, {"Hellas", "GR"},
    {"ประเทศไทย", "TH"}, {"ราชอาณาจักรไทย", "TH"}, {"Prathet Thai", "TH"},
    {"Muang Thai", "TH"}, {"Shqipëria", "AL"}, {"Shqiperia", "AL"},
    {"Republika e Shqipërisë", "AL"}, {"Южная Корея", "KR"},
    {"Северная Корея", "KP"}, {"Корея", "KR"}, {"Sakartvelo", "GE"},
    {"Hayastan", "AM"}, {"Bharat", "IN"}, {"Nippon", "JP"}, {"Nihon", "JP"},
    {"Zhongguo", "CN"}, {"Hanguk", "KR"}, {"Daehan Minguk", "KR"},
    {"Moldavia", "MD"}, {"Moldavie", "MD"}, {"Republica Moldova", "MD"},
    {"Rossiya", "RU"}, {"Ukrayina", "UA"}, {"Ukraina", "UA"},
    {"Bolivarian Republic of Venezuela", "VE"},
    {"Plurinational State of Bolivia", "BO"},
    {"Lao People's Democratic Republic", "LA"},
    {"Federated States of Micronesia", "FM"},
    {"United Kingdom of Great Britain and Northern Ireland", "GB"},
    {"Islamic Republic of Afghanistan", "AF"},
    {"Federal Republic of Nigeria", "NG"}, {"Kingdom of Thailand", "TH"},
    {"Hellenic Republic", "GR"}, {"State of Israel", "IL"},
    {"People's Republic of China", "CN"}, {"PRC", "CN"},
    {"Socialist Republic of Viet Nam", "VN"},
    {"Socialist Republic of Vietnam", "VN"}, {"Republic of Armenia", "AM"},
    {"Republic of Albania", "AL"}, {"Republic of Turkey", "TR"},
    {"Republic of Türkiye", "TR"}, {"Republic of India", "IN"},
    /* Hungarian, Romanian, German, Turkish and Amharic demonyms (and the
     * Polish iracki; Polish and other citizenship adjectives are
     * add_adjectives'), and the codes and names of other passports (RKS
     * for Kosovo, T.C. for Türkiye, WNI for Indonesia, 中華民國 for
     * Taiwan), for the countries of Central Asia, East Africa and
     * Southeast Asia that case files see. */
    {"iracki", "IQ"}, {"Chinese (HKSAR)", "HK"}, {"Chinese (MSAR)", "MO"},
    {"Chinese (Macau SAR)", "MO"}, {"Chinese (Macao SAR)", "MO"},
    {"中國香港", "HK"}, {"中国香港", "HK"}, {"中國澳門", "MO"}, {"中国澳门", "MO"},
    {"HKSAR", "HK"}, {"Chinese (Hong Kong)", "HK"}, {"เมียนมา", "MM"},
    {"พม่า", "MM"}, {"ミャンマー", "MM"}, {"ビルマ", "MM"}, {"緬甸", "MM"},
    {"缅甸", "MM"}, {"미얀마", "MM"}, {"RKS", "XK"}, {"XKX", "XK"}, {"kosovar", "XK"},
    {"kosovare", "XK"}, {"kosovarisch", "XK"}, {"Kosovar", "XK"},
    {"Republic of Kosovo", "XK"}, {"Republika e Kosovës", "XK"},
    {"kosovarja", "XK"}, {"T.C.", "TR"}, {"TC", "TR"},
    {"Türkiye Cumhuriyeti", "TR"}, {"shqiptar", "AL"}, {"shqiptare", "AL"},
    {"shqiptarja", "AL"}, {"WNI", "ID"}, {"Warga Negara Indonesia", "ID"},
    {"中華民國", "TW"}, {"中华民国", "TW"}, {"Republic of China", "TW"},
    {"ROC", "TW"}, {"Монгол Улс", "MN"}, {"Монгол", "MN"},
    {"монгол улсын", "MN"}, {"Nigerien", "NE"}, {"nigérien", "NE"},
    {"nigérienne", "NE"}, {"Beninese", "BJ"}, {"béninois", "BJ"},
    {"béninoise", "BJ"}, {"magyar", "HU"}, {"román", "RO"}, {"albán", "AL"},
    {"szlovák", "SK"}, {"koszovói", "XK"}, {"moldovai", "MD"},
    {"ukrán", "UA"}, {"orosz", "RU"}, {"lengyel", "PL"}, {"szerb", "RS"},
    {"bolgár", "BG"}, {"török", "TR"}, {"szír", "SY"}, {"kínai", "CN"},
    {"vietnami", "VN"}, {"nigériai", "NG"}, {"mongol", "MN"},
    {"moldovenească", "MD"}, {"moldovean", "MD"}, {"moldoveancă", "MD"},
    {"română", "RO"}, {"român", "RO"}, {"româncă", "RO"},
    {"senegalesa", "SN"}, {"senegalés", "SN"}, {"senegalês", "SN"},
    {"venezuelana", "VE"}, {"venezuelano", "VE"}, {"colombiana", "CO"},
    {"سريلانكية", "LK"}, {"سريلانكي", "LK"}, {"نيبالية", "NP"},
    {"نيبالي", "NP"}, {"سنغالية", "SN"}, {"سنغالي", "SN"}, {"ኢትዮጵያዊ", "ET"},
    {"ኢትዮጵያዊት", "ET"}, {"ኢትዮጵያ", "ET"}, {"ሱዳናዊ", "SD"}, {"ሱዳናዊት", "SD"},
    {"ሶማሌ", "SO"}, {"ሶማሊያ", "SO"}, {"ሶማሊያዊ", "SO"}, {"ኤርትራዊ", "ER"},
    {"ኤርትራዊት", "ER"}, {"ኤርትራ", "ER"}, {"somalisch", "SO"},
    {"äthiopisch", "ET"}, {"kirgisisch", "KG"}, {"usbekisch", "UZ"},
    {"tadschikisch", "TJ"}, {"kasachisch", "KZ"}, {"turkmenisch", "TM"},
    {"mongolisch", "MN"}, {"nepalesisch", "NP"}, {"senegalesisch", "SN"},
    {"sudanesisch", "SD"}, {"indonesisch", "ID"}, {"malaysisch", "MY"},
    {"kambodschanisch", "KH"}, {"srilankisch", "LK"}, {"japanisch", "JP"},
    {"chinesisch", "CN"}, {"pakistanisch", "PK"}, {"iranisch", "IR"},
    {"indisch", "IN"}, {"bangladeschisch", "BD"}, {"philippinisch", "PH"},
    {"thailändisch", "TH"}, {"ghanaisch", "GH"}, {"kamerunisch", "CM"},
    {"kongolesisch", "CD"}, {"marokkanisch", "MA"}, {"algerisch", "DZ"},
    {"tunesisch", "TN"}, {"libysch", "LY"}, {"ägyptisch", "EG"},
    {"ukrainisch", "UA"}, {"weißrussisch", "BY"}, {"belarussisch", "BY"},
    {"rumänisch", "RO"}, {"ungarisch", "HU"}, {"slowakisch", "SK"},
    {"tschechisch", "CZ"}, {"kroatisch", "HR"}, {"bosnisch", "BA"},
    {"montenegrinisch", "ME"}, {"mazedonisch", "MK"},
    {"nordmazedonisch", "MK"}, {"griechisch", "GR"}, {"israelisch", "IL"},
    {"libanesisch", "LB"}, {"jordanisch", "JO"}, {"kolumbianisch", "CO"},
    {"dominikanisch", "DO"}, {"haitianisch", "HT"}, {"brasilianisch", "BR"},
    {"Kazak", "KZ"}, {"Kazakistanlı", "KZ"}, {"Kırgız", "KG"},
    {"Kırgızistanlı", "KG"}, {"Tacik", "TJ"}, {"Özbekistanlı", "UZ"},
    {"Türkmenistanlı", "TM"}, {"Moğol", "MN"}, {"Nepalli", "NP"},
    {"Somalili", "SO"}, {"Etiyopyalı", "ET"}, {"Eritreli", "ER"},
    {"Sudanlı", "SD"}, {"Mısırlı", "EG"}, {"Faslı", "MA"},
    {"Cezayirli", "DZ"}, {"Kosovalı", "XK"}, {"Arnavut", "AL"},
    {"Bulgar", "BG"}, {"Rumen", "RO"}, {"Çinli", "CN"}, {"Vietnamlı", "VN"},
    {"Taylandlı", "TH"}, {"Endonezyalı", "ID"}, {"Hintli", "IN"},
    {"Bangladeşli", "BD"}, {"नेपाली", "NP"}, {"नेपाल", "NP"},
    {"भारतीय", "IN"}, {"বাংলাদেশী", "BD"}, {"বাংলাদেশি", "BD"},
    /* and the other Gulf-bound workers' as Hindi, Nepali and Bengali
     * write them (Bengali says Indian with its own letters, not
     * Devanagari's) */
    {"ভারতীয়", "IN"}, {"পাকিস্তানি", "PK"}, {"নেপালি", "NP"},
    {"पाकिस्तानी", "PK"}, {"बांग्लादेशी", "BD"}, {"श्रीलंकाई", "LK"},
    {"ශ්‍රී ලාංකික", "LK"}, {"இலங்கை", "LK"}, {"ဗမာ", "MM"}, {"မြန်မာ", "MM"},
    {"ລາວ", "LA"}, {"ខ្មែរ", "KH"}, {"កម្ពុជា", "KH"}, {"ўзбек", "UZ"},
    {"o'zbek", "UZ"}, {"oʻzbek", "UZ"}, {"O‘zbekiston", "UZ"},
    {"қазақ", "KZ"}, {"қазақстан", "KZ"}, {"кыргыз", "KG"}, {"тоҷик", "TJ"},
    {"тоҷикистон", "TJ"}, {"türkmen", "TM"}, {"indonesia", "ID"},
    {"malaysia", "MY"}, {"warganegara malaysia", "MY"}, {"haïtien", "HT"},
    {"ayisyen", "HT"},
    /* as the people of those countries write theirs: Khmer for Cambodian,
     * Somali Soomaali, Sinhala ශ්‍රී ලංකා, Kyrgyz Кыргыз Республикасы,
     * Vietnamese người Việt Nam (a Vietnamese), Filipino Pinoy / Pinay,
     * French RDC, Romanian moldovenesc */
    {"khmer", "KH"}, {"soomaali", "SO"}, {"soomaaliya", "SO"},
    {"ශ්‍රී ලංකා", "LK"}, {"ශ්‍රී ලංකාව", "LK"},
    {"кыргыз республикасы", "KG"}, {"người việt nam", "VN"},
    {"người việt", "VN"}, {"pinoy", "PH"}, {"pinay", "PH"}, {"rdc", "CD"},
    {"moldovenesc", "MD"},
    /* English forms records still use: the currency's name for the
     * Afghan, older spellings (Rumanian, Byelorussian, Kirghiz, Zairean,
     * Kampuchea), -stani forms, Persian for Iranian, common misspellings
     * (Ghanian, Ivorien) */
    {"afghani", "AF"}, {"rumanian", "RO"}, {"roumanian", "RO"},
    {"byelorussian", "BY"}, {"belorussian", "BY"}, {"bielorussian", "BY"},
    {"kirghiz", "KG"}, {"kyrgyzstani", "KG"}, {"uzbekistani", "UZ"},
    {"turkmenistani", "TM"}, {"moldavan", "MD"}, {"kosovan", "XK"},
    {"north macedonian", "MK"}, {"croat", "HR"}, {"kampuchea", "KH"},
    {"kampuchean", "KH"}, {"ghanian", "GH"}, {"ivorien", "CI"},
    {"zairean", "CD"}, {"zairian", "CD"}, {"persian", "IR"},
    /* misspellings NGO and police free text holds, each of one country
     * (a helper's probes, session 50) */
    {"ukranian", "UA"}, {"ukranien", "UA"}, {"moldovian", "MD"},
    {"romainian", "RO"}, {"romanien", "RO"}, {"nigerain", "NG"},
    {"etiopian", "ET"}, {"ethiopean", "ET"}, {"eritrian", "ER"},
    {"eritrean", "ER"}, {"bangladash", "BD"}, {"bangladeshy", "BD"},
    {"vietnamise", "VN"}, {"vietnamesse", "VN"}, {"phillipines", "PH"},
    {"philipines", "PH"}, {"phillippines", "PH"}, {"philipino", "PH"},
    {"phillipino", "PH"}, {"columbian", "CO"}, {"columbia", "CO"},
    {"venezuelian", "VE"}, {"venezuelan", "VE"}, {"sierra leonian", "SL"},
    {"sierra leonean", "SL"},
    /* old names and codes: travel documents' BUR (Burma), ZAR (Zaire),
     * TMP (East Timor), the British nationalities' GBD, GBN, GBO, GBP,
     * GBS; Ceylon, Siam. (Not ROM, Romania's before 2002: Rom is also
     * German's and Romani's word for a Roma man, who is no Romanian by
     * it.) */
    {"bur", "MM"}, {"zar", "CD"}, {"tmp", "TL"},
    {"gbd", "GB"}, {"gbn", "GB"}, {"gbo", "GB"}, {"gbp", "GB"}, {"gbs", "GB"},
    {"ceylon", "LK"}, {"ceylonese", "LK"}, {"siam", "TH"}, {"siamese", "TH"},
    /* Russian demonyms, a man's and a woman's, of more countries case
     * files name */
    {"эфиоп", "ET"}, {"эфиопка", "ET"}, {"эритреец", "ER"}, {"эритрейка", "ER"},
    {"афганец", "AF"}, {"афганка", "AF"}, {"кыргыз", "KG"}, {"кыргызка", "KG"},
    {"монголка", "MN"}, {"иракец", "IQ"}, {"иракка", "IQ"},
    {"сомалиец", "SO"}, {"сомалийка", "SO"}, {"суданец", "SD"},
    {"суданка", "SD"}, {"египтянин", "EG"}, {"египтянка", "EG"},
    {"пакистанец", "PK"}, {"пакистанка", "PK"}, {"бангладешец", "BD"},
    {"бангладешка", "BD"}, {"таиландец", "TH"}, {"таиландка", "TH"},
    {"камбоджиец", "KH"}, {"камбоджийка", "KH"}, {"филиппинец", "PH"},
    {"филиппинка", "PH"}, {"индонезиец", "ID"}, {"индонезийка", "ID"},
    {"непалец", "NP"}, {"непалка", "NP"}, {"ливиец", "LY"}, {"ливийка", "LY"},
    {"марокканец", "MA"}, {"марокканка", "MA"}, {"болгарин", "BG"},
    {"болгарка", "BG"}, {"кениец", "KE"}, {"кенийка", "KE"}, {"ганец", "GH"},
    {"ганка", "GH"}, {"сенегалец", "SN"}, {"сенегалка", "SN"},
    /* and Italian, French, Swahili, Hebrew and Arabic ones */
    {"ucraino", "UA"}, {"ucraina", "UA"}, {"kényan", "KE"}, {"kényane", "KE"},
    {"mkenya", "KE"}, {"ישראלי", "IL"}, {"ישראלית", "IL"},
    {"إماراتية", "AE"}, {"اماراتي", "AE"}, {"اماراتية", "AE"},
    {"إرتيري", "ER"}, {"ارتيري", "ER"}, {"إرتيرية", "ER"}, {"ارتيرية", "ER"},
    /* German writes a person's nationality as a noun, a man's and a
     * woman's (Syrer, Syrerin; Afghane, Afghanin), where the tables above
     * hold the adjectives (syrisch) */
    {"Nigerianer", "NG"}, {"Nigerianerin", "NG"}, {"Ghanaer", "GH"},
    {"Ghanaerin", "GH"}, {"Eritreer", "ER"}, {"Eritreerin", "ER"},
    {"Äthiopier", "ET"}, {"Äthiopierin", "ET"}, {"Somalier", "SO"},
    {"Somalierin", "SO"}, {"Sudanesin", "SD"}, {"Ägypter", "EG"},
    {"Ägypterin", "EG"}, {"Marokkaner", "MA"}, {"Marokkanerin", "MA"},
    {"Algerier", "DZ"}, {"Algerierin", "DZ"}, {"Tunesier", "TN"},
    {"Tunesierin", "TN"}, {"Libyer", "LY"}, {"Libyerin", "LY"},
    {"Syrer", "SY"}, {"Syrerin", "SY"}, {"Iraker", "IQ"}, {"Irakerin", "IQ"},
    {"Afghane", "AF"}, {"Afghanin", "AF"}, {"Iraner", "IR"}, {"Iranerin", "IR"},
    {"Pakistaner", "PK"}, {"Pakistanerin", "PK"}, {"Inder", "IN"},
    {"Inderin", "IN"}, {"Bangladescher", "BD"}, {"Bangladescherin", "BD"},
    {"Nepalesin", "NP"}, {"Srilanker", "LK"}, {"Srilankerin", "LK"},
    {"Thailänder", "TH"}, {"Thailänderin", "TH"}, {"Vietnamesin", "VN"},
    {"Chinesin", "CN"}, {"Japaner", "JP"}, {"Japanerin", "JP"},
    {"Philippiner", "PH"}, {"Philippinerin", "PH"}, {"Indonesier", "ID"},
    {"Indonesierin", "ID"}, {"Kambodschaner", "KH"}, {"Kambodschanerin", "KH"},
    {"Ukrainer", "UA"}, {"Ukrainerin", "UA"}, {"Russe", "RU"}, {"Russin", "RU"},
    {"Weißrusse", "BY"}, {"Weißrussin", "BY"}, {"Belarusse", "BY"},
    {"Belarussin", "BY"}, {"Moldauer", "MD"}, {"Moldauerin", "MD"},
    {"Rumäne", "RO"}, {"Rumänin", "RO"}, {"Bulgare", "BG"}, {"Bulgarin", "BG"},
    {"Albaner", "AL"}, {"Albanerin", "AL"}, {"Kosovarin", "XK"},
    {"Serbe", "RS"}, {"Serbin", "RS"}, {"Georgier", "GE"}, {"Georgierin", "GE"},
    {"Armenier", "AM"}, {"Armenierin", "AM"}, {"Türke", "TR"}, {"Türkin", "TR"},
    {"Grieche", "GR"}, {"Griechin", "GR"}, {"Franzose", "FR"},
    {"Französin", "FR"}, {"Italiener", "IT"}, {"Italienerin", "IT"},
    {"Spanier", "ES"}, {"Spanierin", "ES"}, {"Polin", "PL"}, {"Ungar", "HU"},
    {"Ungarin", "HU"}, {"Tscheche", "CZ"}, {"Tschechin", "CZ"},
    {"Slowake", "SK"}, {"Slowakin", "SK"}, {"Kroate", "HR"}, {"Kroatin", "HR"},
    {"Brasilianer", "BR"}, {"Brasilianerin", "BR"}, {"Kolumbianer", "CO"},
    {"Kolumbianerin", "CO"}, {"Venezolaner", "VE"}, {"Venezolanerin", "VE"},
    {"Dominikaner", "DO"}, {"Dominikanerin", "DO"}, {"Mexikaner", "MX"},
    {"Mexikanerin", "MX"}, {"Kameruner", "CM"}, {"Kamerunerin", "CM"},
    {"Kongolese", "CD"}, {"Kongolesin", "CD"}, {"Senegalesin", "SN"},
    {"Usbeke", "UZ"}, {"Usbekin", "UZ"}, {"Kasache", "KZ"}, {"Kasachin", "KZ"},
    {"Kirgise", "KG"}, {"Kirgisin", "KG"}, {"Tadschike", "TJ"},
    {"Tadschikin", "TJ"}, {"Turkmene", "TM"}, {"Turkmenin", "TM"},
    {"Mongole", "MN"}, {"Mongolin", "MN"}, {"Deutscher", "DE"},
    /* and other languages' forms case files hold: French, Spanish and
     * Italian adjectives, Ukrainian, Bulgarian, Russian, Georgian,
     * Arabic and Persian ones, Filipino's own word, Nigerian English
     * (Naija, which a locale's name for Niger had taken), the letter
     * German passports print for Germany, an abbreviated República */
    {"népalais", "NP"}, {"népalaise", "NP"}, {"sri-lankais", "LK"},
    {"sri-lankaise", "LK"}, {"srilankais", "LK"}, {"birman", "MM"},
    {"birmane", "MM"}, {"érythréen", "ER"}, {"érythréenne", "ER"},
    {"éthiopien", "ET"}, {"éthiopienne", "ET"}, {"soudanais", "SD"},
    {"soudanaise", "SD"}, {"sudanés", "SD"}, {"sudanesa", "SD"},
    {"ghanés", "GH"}, {"ghanesa", "GH"}, {"egiziano", "EG"}, {"egiziana", "EG"},
    {"nigeriano", "NG"}, {"nigeriana", "NG"}, {"нігерієць", "NG"},
    {"нігерійка", "NG"}, {"нигериец", "NG"}, {"нигерийка", "NG"},
    {"българин", "BG"}, {"българка", "BG"}, {"туркмен", "TM"},
    {"туркменка", "TM"}, {"ქართველი", "GE"}, {"ارتري", "ER"},
    {"ارترية", "ER"}, {"إرتري", "ER"}, {"إرترية", "ER"}, {"اريتري", "ER"},
    {"اريترية", "ER"}, {"افغانی", "AF"}, {"افغان", "AF"},
    {"Pilipino", "PH"}, {"Pilipina", "PH"}, {"Naija", "NG"}, {"D", "DE"},
    {"Rep. Dominicana", "DO"}, {"Syriër", "SY"}, {"Syrier", "SY"},
    /* the long forms of Azerbaijan and Uzbekistan in their own languages,
     * which a "citizen of" phrase puts in the genitive (country.c) */
    {"Azərbaycan Respublikası", "AZ"}, {"O'zbekiston Respublikasi", "UZ"},
    {"Oʻzbekiston Respublikasi", "UZ"},
    /* Kazakhstan and a Kazakh in the Latin alphabet Kazakhstan adopted
     * (2018; its documents change to it by 2031) */
    {"Qazaqstan", "KZ"}, {"Qazaqstan Respublikasy", "KZ"}, {"Qazaq", "KZ"},
    /* countries' long names in their own languages, as their documents
     * print them, and adjectives ICU's names lack */
    {"Rzeczpospolita Polska", "PL"}, {"Lietuvos Respublika", "LT"},
    {"Latvijas Republika", "LV"}, {"Slovenská republika", "SK"},
    {"Republika Slovenija", "SI"}, {"Republika Hrvatska", "HR"},
    {"Republika Srbija", "RS"}, {"Република Србија", "RS"},
    {"Република Северна Македонија", "MK"}, {"Republika e Shqipërisë", "AL"},
    {"Հայաստանի Հանրապետություն", "AM"}, {"հայ", "AM"},
    {"österreichisch", "AT"}, {"íslensk", "IS"}, {"íslenskur", "IS"},
    {"беларуска", "BY"}, {"беларус", "BY"},
    {"Türkmenistanyň raýaty", "TM"}, {"Türkmenistanyň", "TM"},
    /* the Mediterranean routes' arrivals as Italian, Spanish, French,
     * Portuguese, Greek and Arabic records write them, the adjectives
     * that take regular endings aside (romance_adjectives): Guinea by
     * its capital (Guinea Conakry, Guinée-Conakry, Guiné-Conacri), which
     * sets it apart from Guinea-Bissau; Burkina for Burkina Faso; the
     * invariable and irregular forms; Greek demonyms, a man's and a
     * woman's; Arabic ones. Not Portuguese guineense, which Portugal
     * says of both Guineas (bissau-guineense is Guinea-Bissau's), nor
     * Italian and Greek words for Guinea's people, which are rarer than
     * the country's name. */
    {"Guinea Conakry", "GN"}, {"Guinée Conakry", "GN"},
    {"Guiné Conacri", "GN"}, {"Guiné Conakry", "GN"},
    {"Burkina", "BF"}, {"burkinabè", "BF"}, {"burkinés", "BF"},
    {"burkinesa", "BF"}, {"burkinese", "BF"}, {"burkinesi", "BF"},
    {"maliense", "ML"}, {"malienses", "ML"}, {"malinês", "ML"},
    {"malinesa", "ML"}, {"marfinense", "CI"}, {"marfinenses", "CI"},
    {"burkinabé", "BF"}, {"bissau-guineense", "GW"},
    {"bissau-guineenses", "GW"}, {"eritreu", "ER"}, {"eritreia", "ER"},
    {"etíopes", "ET"}, {"etiopes", "ET"},
    {"Σομαλός", "SO"}, {"Σομαλή", "SO"}, {"Ερυθραίος", "ER"},
    {"Ερυθραία", "ER"}, {"Σουδανός", "SD"}, {"Σουδανή", "SD"},
    {"Αιθίοπας", "ET"}, {"Αιγύπτιος", "EG"}, {"Αιγύπτια", "EG"},
    {"Λίβυος", "LY"}, {"Μαροκινός", "MA"}, {"Μαροκινή", "MA"},
    {"Αλγερινός", "DZ"}, {"Αλγερινή", "DZ"}, {"Τυνήσιος", "TN"},
    {"Τυνήσια", "TN"}, {"Πακιστανή", "PK"}, {"Μπαγκλαντεσιανός", "BD"},
    {"Μπαγκλαντεσιανή", "BD"}, {"Σενεγαλέζος", "SN"},
    {"Σενεγαλέζα", "SN"}, {"Καμερουνέζος", "CM"},
    {"غيني", "GN"}, {"غينية", "GN"}, {"غامبي", "GM"}, {"غامبية", "GM"},
    {"إيفواري", "CI"}, {"ايفواري", "CI"}, {"إيفوارية", "CI"},
    {"ايفوارية", "CI"}, {"سيراليوني", "SL"}, {"سيراليونية", "SL"},
    {"ليبيري", "LR"}, {"ليبيرية", "LR"}, {"كاميروني", "CM"},
    {"كاميرونية", "CM"}, {"جنوب سوداني", "SS"}, {"جنوب سودانية", "SS"},
    /* the eastern Mediterranean and Balkan routes' arrivals as Greek,
     * Turkish, Balkan, Hungarian, Romanian, Russian, Ukrainian, Polish
     * and Czech records write them, the forms that take regular endings
     * aside (the balkan_ and hu_ tables below): Hungarian's irregular
     * adjectives; a Turk in Serbian, Croatian, Bulgarian, Ukrainian and
     * Russian; Russian, Bulgarian and Ukrainian forms of Iraq's and
     * Syria's people; Polish nouns whose masculine writes -ń- where the
     * feminine writes -n- (Afgańczyk, Afganka); Greek demonyms, a man's
     * and a woman's (Σύρος is also an island's name, which a nationality
     * field does not hold); Turkish -lı forms (the genitives of "citizen
     * of" are in citizen_genitives below). Not Russian индианка, also an
     * American Indian woman. */
    {"palesztin", "PS"}, {"indonéz", "ID"}, {"Srí Lanka-i", "LK"},
    {"Turčin", "TR"}, {"Turkinja", "TR"}, {"Турчин", "TR"},
    {"Туркиња", "TR"}, {"туркиня", "TR"}, {"турок", "TR"},
    {"турчанка", "TR"}, {"туркеня", "TR"}, {"иракчанин", "IQ"},
    {"иракчанка", "IQ"}, {"индиец", "IN"}, {"індієць", "IN"},
    {"індійка", "IN"}, {"сирієць", "SY"}, {"сирійка", "SY"},
    {"іракець", "IQ"}, {"іракчанин", "IQ"}, {"іракчанка", "IQ"},
    {"сомалієць", "SO"}, {"сомалійка", "SO"}, {"еритреєць", "ER"},
    {"еритрейка", "ER"}, {"сомалиец", "SO"}, {"еритреец", "ER"},
    {"Sirec", "SY"}, {"Sirka", "SY"},
    {"Afgańczyk", "AF"}, {"Afganka", "AF"}, {"Irańczyk", "IR"},
    {"Iranka", "IR"}, {"Pakistańczyk", "PK"}, {"Pakistanka", "PK"},
    {"Palestyńczyk", "PS"}, {"Palestynka", "PS"}, {"Marokańczyk", "MA"},
    {"Marokanka", "MA"}, {"Sudańczyk", "SD"}, {"Sudanka", "SD"},
    {"Σύρος", "SY"}, {"Αφγανή", "AF"}, {"Ιρακινή", "IQ"}, {"Ιρανός", "IR"},
    {"Ιρανή", "IR"}, {"Παλαιστίνιος", "PS"}, {"Παλαιστίνια", "PS"},
    {"Τούρκος", "TR"}, {"Τουρκάλα", "TR"}, {"Ινδός", "IN"}, {"Ινδή", "IN"},
    {"Νεπαλέζος", "NP"}, {"Νεπαλέζα", "NP"}, {"Afganistanlı", "AF"},
    {"İranlı", "IR"}, {"Filistinli", "PS"}, {"Hindistanlı", "IN"},
    {"Srilankalı", "LK"},
};

/* Countries in the genitive that "citizen of" takes in the languages of
 * the Balkan and central European routes' records (country.c reads the
 * word and looks the rest up here): Serbian, Croatian, Bosnian and
 * Slovenian (državljanin Sirije; Russian's Ирака, Ирана, Пакистана serve
 * Serbian Cyrillic), Polish (obywatel Syrii, obywatelka Ukrainy), Czech
 * (občan Sýrie, státní příslušník Iráku), Slovak (občianka Ukrajiny) and
 * Romanian (cetățean al Siriei). Only the forms no nominative already
 * gives are listed (Czech Sýrie, Nigérie and Indie are also the names;
 * Polish Somalii, Libii and Mołdawii are in ICU's tables as they are).
 * Not Polish Chin (China's), also a people of Myanmar, nor Kongo's
 * genitives, which do not say which Congo. */
static const char *const citizen_genitives[][2] = {
    /* Serbian, Croatian, Bosnian, Slovenian */
    {"Sirije", "SY"}, {"Avganistana", "AF"}, {"Afganistana", "AF"},
    {"Iraka", "IQ"}, {"Irana", "IR"}, {"Pakistana", "PK"},
    {"Сирије", "SY"}, {"Авганистана", "AF"},
    /* Polish */
    {"Syrii", "SY"}, {"Afganistanu", "AF"}, {"Iraku", "IQ"}, {"Iranu", "IR"},
    {"Pakistanu", "PK"}, {"Erytrei", "ER"}, {"Nigerii", "NG"},
    {"Nigru", "NE"}, {"Ukrainy", "UA"}, {"Rosji", "RU"}, {"Białorusi", "BY"},
    {"Wietnamu", "VN"}, {"Indii", "IN"}, {"Turcji", "TR"}, {"Gruzji", "GE"},
    {"Rumunii", "RO"}, {"Egiptu", "EG"}, {"Sudanu", "SD"},
    {"Bangladeszu", "BD"}, {"Palestyny", "PS"}, {"Algierii", "DZ"},
    {"Tunezji", "TN"}, {"Kosowa", "XK"}, {"Serbii", "RS"}, {"Gwinei", "GN"},
    {"Senegalu", "SN"}, {"Ghany", "GH"}, {"Kamerunu", "CM"},
    {"Tadżykistanu", "TJ"}, {"Uzbekistanu", "UZ"}, {"Kirgistanu", "KG"},
    {"Kazachstanu", "KZ"}, {"Turkmenistanu", "TM"}, {"Azerbejdżanu", "AZ"},
    {"Tajlandii", "TH"}, {"Nepalu", "NP"}, {"Sri Lanki", "LK"},
    {"Jemenu", "YE"}, {"Kuby", "CU"}, {"Kolumbii", "CO"},
    {"Wenezueli", "VE"}, {"Brazylii", "BR"}, {"Jordanii", "JO"},
    {"Libanu", "LB"}, {"Polski", "PL"}, {"Litwy", "LT"}, {"Łotwy", "LV"},
    {"Słowacji", "SK"}, {"Węgier", "HU"}, {"Korei Północnej", "KP"},
    {"Korei Południowej", "KR"}, {"Filipin", "PH"}, {"Indonezji", "ID"},
    {"Kambodży", "KH"}, {"Mjanmy", "MM"}, {"Birmy", "MM"},
    /* Czech */
    {"Afghánistánu", "AF"}, {"Iráku", "IQ"}, {"Íránu", "IR"},
    {"Pákistánu", "PK"}, {"Eritreje", "ER"}, {"Somálska", "SO"},
    {"Ukrajiny", "UA"}, {"Ruska", "RU"}, {"Běloruska", "BY"},
    {"Vietnamu", "VN"}, {"Turecka", "TR"}, {"Gruzie", "GE"},
    {"Moldavska", "MD"}, {"Rumunska", "RO"}, {"Bulharska", "BG"},
    {"Maroka", "MA"}, {"Egypta", "EG"}, {"Súdánu", "SD"},
    {"Bangladéše", "BD"}, {"Palestiny", "PS"}, {"Alžírska", "DZ"},
    {"Tuniska", "TN"}, {"Kosova", "XK"}, {"Srbska", "RS"},
    {"Mongolska", "MN"}, {"Číny", "CN"}, {"Kazachstánu", "KZ"},
    {"Uzbekistánu", "UZ"}, {"Tádžikistánu", "TJ"}, {"Kyrgyzstánu", "KG"},
    {"Turkmenistánu", "TM"}, {"Ázerbájdžánu", "AZ"}, {"Thajska", "TH"},
    {"Nepálu", "NP"}, {"Jemenu", "YE"}, {"Venezuely", "VE"},
    {"Nigeru", "NE"}, {"Guineje", "GN"}, {"Slovenska", "SK"},
    {"Polska", "PL"}, {"Maďarska", "HU"}, {"Kambodže", "KH"},
    /* Slovak, the forms Czech's do not give (Iraku is Polish's too) */
    {"Afganistanu", "AF"}, {"Iránu", "IR"}, {"Eritrey", "ER"},
    {"Bieloruska", "BY"}, {"Sudánu", "SD"}, {"Bangladéša", "BD"},
    {"Palestíny", "PS"}, {"Etiópie", "ET"}, {"Líbye", "LY"},
    {"Gruzínska", "GE"}, {"Kirgizska", "KG"}, {"Tadžikistanu", "TJ"},
    {"Azerbajdžanu", "AZ"},
    /* Romanian, after "cetățean al" / "cetățeană a" */
    {"Siriei", "SY"}, {"Afganistanului", "AF"}, {"Irakului", "IQ"},
    {"Iranului", "IR"}, {"Pakistanului", "PK"}, {"Eritreei", "ER"},
    {"Nigeriei", "NG"}, {"Ucrainei", "UA"}, {"Rusiei", "RU"},
    {"Republicii Moldova", "MD"}, {"Moldovei", "MD"}, {"Turciei", "TR"},
    {"Indiei", "IN"}, {"Chinei", "CN"}, {"Vietnamului", "VN"},
    {"Bangladeshului", "BD"}, {"Marocului", "MA"}, {"Egiptului", "EG"},
    {"Somaliei", "SO"}, {"Sudanului", "SD"}, {"Georgiei", "GE"},
    {"Albaniei", "AL"}, {"Serbiei", "RS"}, {"Bulgariei", "BG"},
    {"României", "RO"},
};

/* English demonyms of the countries the aliases above leave out, as forms
 * write nationality ("Rwandan", "Sierra Leonean", "Hongkonger"). A demonym
 * two countries share (Dominican: the Dominican Republic and Dominica) is
 * left to the country most case files mean, above. */
static const char *const en_demonyms[][2] = {
    {"South Sudanese", "SS"}, {"Rwandan", "RW"}, {"Burundian", "BI"},
    {"Sierra Leonean", "SL"}, {"Liberian", "LR"}, {"Gambian", "GM"},
    {"Burkinabe", "BF"}, {"Burkinabé", "BF"}, {"Chadian", "TD"},
    {"Togolese", "TG"}, {"Beninese", "BJ"}, {"Malawian", "MW"},
    {"Zambian", "ZM"}, {"Mozambican", "MZ"}, {"Angolan", "AO"},
    {"Namibian", "NA"}, {"Motswana", "BW"}, {"Batswana", "BW"},
    {"Botswanan", "BW"}, {"Djiboutian", "DJ"}, {"Mauritanian", "MR"},
    {"Gabonese", "GA"}, {"Central African", "CF"},
    {"Equatorial Guinean", "GQ"}, {"Equatoguinean", "GQ"},
    {"Bissau-Guinean", "GW"}, {"Comorian", "KM"}, {"Malagasy", "MG"},
    {"Mauritian", "MU"}, {"Seychellois", "SC"}, {"Cape Verdean", "CV"},
    {"Santomean", "ST"}, {"Mosotho", "LS"}, {"Basotho", "LS"},
    {"Lesothan", "LS"}, {"Swazi", "SZ"}, {"Sahrawi", "EH"},
    {"Somalian", "SO"}, {"Singaporean", "SG"}, {"Bruneian", "BN"},
    {"Timorese", "TL"}, {"East Timorese", "TL"}, {"Maldivian", "MV"},
    {"Bhutanese", "BT"}, {"Hongkonger", "HK"}, {"Hong Konger", "HK"},
    {"Macanese", "MO"}, {"ROK", "KR"}, {"Moldavian", "MD"},
    {"Paraguayan", "PY"}, {"Uruguayan", "UY"}, {"Guyanese", "GY"},
    {"Surinamese", "SR"}, {"Surinamer", "SR"}, {"Jamaican", "JM"},
    {"Trinidadian", "TT"}, {"Tobagonian", "TT"}, {"Barbadian", "BB"},
    {"Bajan", "BB"}, {"Bahamian", "BS"}, {"Belizean", "BZ"},
    {"Costa Rican", "CR"}, {"Panamanian", "PA"}, {"Salvadorean", "SV"},
    {"Puerto Rican", "PR"}, {"Grenadian", "GD"}, {"Saint Lucian", "LC"},
    {"Vincentian", "VC"}, {"Kittitian", "KN"}, {"Nevisian", "KN"},
    {"Antiguan", "AG"}, {"Barbudan", "AG"}, {"Bermudian", "BM"},
    {"Caymanian", "KY"}, {"Aruban", "AW"}, {"Curaçaoan", "CW"},
    {"Fijian", "FJ"}, {"Papua New Guinean", "PG"}, {"Samoan", "WS"},
    {"Tongan", "TO"}, {"Solomon Islander", "SB"}, {"Ni-Vanuatu", "VU"},
    {"I-Kiribati", "KI"}, {"Marshallese", "MH"}, {"Palauan", "PW"},
    {"Micronesian", "FM"}, {"Nauruan", "NR"}, {"Tuvaluan", "TV"},
    {"Cypriot", "CY"}, {"Maltese", "MT"}, {"Luxembourgish", "LU"},
    {"Luxembourger", "LU"}, {"Icelandic", "IS"}, {"Icelander", "IS"},
    {"Monégasque", "MC"}, {"Monegasque", "MC"}, {"Sammarinese", "SM"},
    {"Liechtensteiner", "LI"}, {"Andorran", "AD"}, {"Greenlandic", "GL"},
    {"Faroese", "FO"}, {"Gibraltarian", "GI"}, {"New Caledonian", "NC"},
    /* spellings US and Gulf records use beside the ones above: Salvadorian
     * as often as Salvadoran, Ecuadorean, and Sri Lankan run together as
     * Gulf sponsors' forms write it */
    {"Salvadorian", "SV"}, {"Ecuadorean", "EC"}, {"Srilankan", "LK"},
};

/* Citizenship adjectives (гражданство узбекское, obywatelstwo polskie,
 * státní občanství mongolské): stems, each taken with every ending of its
 * language's genders and cases that forms put after "citizenship", for
 * the countries of Central Asia, East Africa and Southeast Asia that case
 * files see, and their neighbours. */
static const char *const ru_adjectives[][2] = {
    {"узбекск", "UZ"}, {"кыргызск", "KG"}, {"киргизск", "KG"},
    {"таджикск", "TJ"}, {"казахстанск", "KZ"}, {"казахск", "KZ"},
    {"туркменск", "TM"}, {"молдавск", "MD"}, {"молдовск", "MD"},
    {"российск", "RU"}, {"русск", "RU"}, {"украинск", "UA"},
    {"белорусск", "BY"}, {"армянск", "AM"}, {"грузинск", "GE"},
    {"азербайджанск", "AZ"}, {"монгольск", "MN"}, {"китайск", "CN"},
    {"вьетнамск", "VN"}, {"таиландск", "TH"}, {"тайск", "TH"},
    {"турецк", "TR"}, {"сирийск", "SY"}, {"иракск", "IQ"}, {"иранск", "IR"},
    {"афганск", "AF"}, {"пакистанск", "PK"}, {"индийск", "IN"},
    {"нигерийск", "NG"}, {"румынск", "RO"}, {"болгарск", "BG"},
    {"польск", "PL"}, {"латвийск", "LV"}, {"литовск", "LT"},
    {"эстонск", "EE"}, {"израильск", "IL"}, {"египетск", "EG"},
};
static const char *const ru_endings[] = {"ий", "ая", "ое", "ие", "ого", "ой"};
static const char *const pl_adjectives[][2] = {
    {"polsk", "PL"}, {"tadżyck", "TJ"}, {"tureck", "TR"}, {"uzbeck", "UZ"},
    {"kazachsk", "KZ"}, {"turkmeńsk", "TM"}, {"kirgisk", "KG"},
    {"mołdawsk", "MD"}, {"ukraińsk", "UA"}, {"rosyjsk", "RU"},
    {"białorusk", "BY"}, {"wietnamsk", "VN"}, {"chińsk", "CN"},
    {"mongolsk", "MN"}, {"rumuńsk", "RO"}, {"bułgarsk", "BG"},
    {"gruzińsk", "GE"}, {"ormiańsk", "AM"}, {"syryjsk", "SY"},
    {"afgańsk", "AF"}, {"nigeryjsk", "NG"}, {"tajsk", "TH"},
    {"indyjsk", "IN"}, {"pakistańsk", "PK"}, {"irańsk", "IR"},
    {"irack", "IQ"}, {"palestyńsk", "PS"}, {"marokańsk", "MA"},
    {"algiersk", "DZ"}, {"somalijsk", "SO"}, {"erytrejsk", "ER"},
    {"nepalsk", "NP"}, {"bangladesk", "BD"},
};
static const char *const pl_endings[] = {"ie", "a", "i"};
static const char *const cz_adjectives[][2] = {
    {"mongolsk", "MN"}, {"slovensk", "SK"}, {"uzbeck", "UZ"},
    {"kazašsk", "KZ"}, {"rumunsk", "RO"}, {"moldavsk", "MD"},
    {"ukrajinsk", "UA"}, {"rusk", "RU"}, {"polsk", "PL"}, {"česk", "CZ"},
    {"vietnamsk", "VN"}, {"čínsk", "CN"}, {"tádžick", "TJ"},
    {"kyrgyzsk", "KG"}, {"turkmensk", "TM"}, {"tureck", "TR"},
    {"bulharsk", "BG"}, {"bělorusk", "BY"},
    /* and Czech and Slovak ones of the Balkan route's arrivals (syrské,
     * sýrske: the Slovak endings fold as the Czech do) */
    {"syrsk", "SY"}, {"sýrsk", "SY"}, {"afghánsk", "AF"}, {"afgansk", "AF"},
    {"iráck", "IQ"}, {"íránsk", "IR"}, {"pákistánsk", "PK"},
    {"pakistansk", "PK"}, {"palestinsk", "PS"}, {"palestínsk", "PS"},
    {"marock", "MA"}, {"alžírsk", "DZ"}, {"somálsk", "SO"},
    {"eritrejsk", "ER"}, {"indick", "IN"}, {"nepálsk", "NP"},
    {"bangladéšsk", "BD"},
};
static const char *const cz_endings[] = {"é", "á", "ý"};

/* Italian, Spanish, Portuguese and French adjectives of nationality of
 * the countries the Mediterranean routes' arrivals come from (West
 * Africa, the Horn of Africa, North Africa, Bangladesh and Pakistan),
 * stems each taken with its language's endings for a man, a woman and
 * their plurals (guineano, guineana, guineani, guineane; guineanos).
 * Niger's and Nigeria's stay apart (nigerino, nigérien: Niger;
 * nigeriano, nigérian: Nigeria), and so do the Guineas' (guineano:
 * Guinea; bisauguineano: Guinea-Bissau; ecuatoguineano: Equatorial
 * Guinea). Spanish -és and Portuguese -ês fold alike. */
static const char *const it_o_adjectives[][2] = {
    {"guinean", "GN"}, {"bissauguinean", "GW"}, {"bissau-guinean", "GW"},
    {"equatoguinean", "GQ"}, {"gambian", "GM"}, {"malian", "ML"},
    {"ivorian", "CI"}, {"nigerin", "NE"}, {"nigerian", "NG"},
    {"liberian", "LR"}, {"eritre", "ER"}, {"somal", "SO"},
    {"tunisin", "TN"}, {"marocchin", "MA"}, {"algerin", "DZ"},
    {"egizian", "EG"}, {"pakistan", "PK"},
    /* the eastern routes' (the Balkan tables below) */
    {"sirian", "SY"}, {"afghan", "AF"}, {"irachen", "IQ"},
    {"iranian", "IR"}, {"kosovar", "XK"},
};
static const char *const it_o_endings[] = {"o", "a", "i", "e"};
static const char *const it_co_adjectives[][2] = {{"libi", "LY"}};
static const char *const it_co_endings[] = {"co", "ca", "ci", "che"};
static const char *const it_e_adjectives[][2] = {
    {"senegales", "SN"}, {"ghanes", "GH"}, {"sierraleones", "SL"},
    {"camerunes", "CM"}, {"sudanes", "SD"}, {"sudsudanes", "SS"},
    {"sud-sudanes", "SS"}, {"etiop", "ET"}, {"bengales", "BD"},
    {"banglades", "BD"}, {"palestines", "PS"},
};
static const char *const it_e_endings[] = {"e", "i"};
static const char *const es_o_adjectives[][2] = {
    {"guinean", "GN"}, {"bisauguinean", "GW"}, {"ecuatoguinean", "GQ"},
    {"gambian", "GM"}, {"marfileñ", "CI"}, {"ivorian", "CI"},
    {"nigerin", "NE"}, {"nigerian", "NG"}, {"liberian", "LR"},
    {"eritre", "ER"}, {"tunecin", "TN"}, {"tunisin", "TN"},
    {"argelin", "DZ"}, {"egipci", "EG"}, {"libi", "LY"},
    {"marroquin", "MA"},
};
static const char *const es_o_endings[] = {"o", "a", "os", "as"};
static const char *const es_es_adjectives[][2] = {
    {"senegal", "SN"}, {"ghan", "GH"}, {"gan", "GH"}, {"sierraleon", "SL"},
    {"serra-leon", "SL"}, {"camerun", "CM"}, {"camaron", "CM"},
    {"sudan", "SD"}, {"sursudan", "SS"}, {"sul-sudan", "SS"},
    {"paquistan", "PK"}, {"burkin", "BF"},
};
static const char *const es_es_endings[] = {"és", "esa", "eses", "esas"};
static const char *const es_i_adjectives[][2] = {
    {"marroqu", "MA"}, {"somal", "SO"}, {"paquistan", "PK"},
    {"pakistan", "PK"}, {"banglades", "BD"},
};
static const char *const es_i_endings[] = {"í", "íes"};
static const char *const fr_en_adjectives[][2] = {
    {"guiné", "GN"}, {"bissau-guiné", "GW"}, {"équato-guiné", "GQ"},
    {"gambi", "GM"}, {"mali", "ML"}, {"ivoiri", "CI"}, {"nigéri", "NE"},
    {"libéri", "LR"}, {"ghané", "GH"}, {"érythré", "ER"}, {"éthiopi", "ET"},
    {"somali", "SO"}, {"liby", "LY"}, {"tunisi", "TN"}, {"algéri", "DZ"},
    {"égypti", "EG"}, {"palestini", "PS"},
};
static const char *const fr_en_endings[] = {"en", "enne", "ens", "ennes"};
static const char *const fr_ais_adjectives[][2] = {
    {"sénégal", "SN"}, {"cameroun", "CM"}, {"soudan", "SD"},
    {"sud-soudan", "SS"}, {"sierra-léon", "SL"}, {"sierraléon", "SL"},
    {"pakistan", "PK"}, {"banglad", "BD"},
};
static const char *const fr_ais_endings[] = {"ais", "aise", "aises"};
static const char *const fr_ian_adjectives[][2] = {{"nigér", "NG"}};
static const char *const fr_ian_endings[] = {"ian", "iane", "ians", "ianes"};
static const char *const fr_ain_adjectives[][2] = {{"maroc", "MA"}};
static const char *const fr_ain_endings[] = {"ain", "aine", "ains", "aines"};

/* The routes toward the US and Spain: Latin American and Caribbean
 * demonyms as US, Mexican, Spanish and NGO records write them, in
 * Spanish and Portuguese (-o, -a and their plurals: a family or a group
 * is written in one field, hondureñas, salvadoreños), -ense, and French
 * (Haitians' papers, Québec's and France's records). Dominican is the
 * Dominican Republic's (Dominica's people are dominiqués, which no table
 * holds); Ecuador's ecuatoriano stays apart from Equatorial Guinea's
 * ecuatoguineano. */
static const char *const americas_o_adjectives[][2] = {
    {"salvadoreñ", "SV"}, {"salvadorenh", "SV"}, {"hondureñ", "HN"},
    {"hondurenh", "HN"}, {"guatemaltec", "GT"}, {"venezolan", "VE"},
    {"venezuelan", "VE"}, {"colombian", "CO"}, {"ecuatorian", "EC"},
    {"equatorian", "EC"}, {"peruan", "PE"}, {"bolivian", "BO"},
    {"paraguay", "PY"}, {"paraguai", "PY"}, {"uruguay", "UY"},
    {"uruguai", "UY"}, {"dominican", "DO"}, {"haitian", "HT"},
    {"cuban", "CU"}, {"mexican", "MX"}, {"brasileñ", "BR"},
    {"brasileir", "BR"}, {"argentin", "AR"}, {"chilen", "CL"},
    {"panameñ", "PA"}, {"panamenh", "PA"}, {"costa-riquenh", "CR"},
    {"puertorriqueñ", "PR"},
};
static const char *const americas_ense_adjectives[][2] = {
    {"nicaragü", "NI"}, {"costarric", "CR"}, {"estadounid", "US"},
};
static const char *const americas_ense_endings[] = {"ense", "enses"};
static const char *const americas_fr_en_adjectives[][2] = {
    {"salvadori", "SV"}, {"honduri", "HN"}, {"nicaraguay", "NI"},
    {"vénézuéli", "VE"}, {"colombi", "CO"}, {"équatori", "EC"},
    {"péruvi", "PE"}, {"bolivi", "BO"}, {"paraguay", "PY"},
    {"uruguay", "UY"}, {"haïti", "HT"}, {"chili", "CL"}, {"brésili", "BR"},
    {"costarici", "CR"},
};
static const char *const americas_fr_ain_adjectives[][2] = {
    {"dominic", "DO"}, {"cub", "CU"}, {"mexic", "MX"},
};

/* The routes toward the Gulf: the nationalities of the workers its
 * labour ministries, police and sponsors record, and its states' own, in
 * Arabic: a man's (-ي, or -ى as Egyptian spelling ends it), a woman's
 * (-ية, or -يه where a keyboard writes the tā' marbūṭa as hā'), each
 * stem with and without the hamza many keyboards leave out. Not بنغالي
 * (Bengali), which is said of India's Bengalis as of Bangladeshis. */
static const char *const ar_adjectives[][2] = {
    {"نيبال", "NP"}, {"هند", "IN"}, {"بنغلاديش", "BD"},
    {"بنجلاديش", "BD"}, {"باكستان", "PK"}, {"سريلانك", "LK"},
    {"سيريلانك", "LK"}, {"سري لانك", "LK"}, {"فلبين", "PH"},
    {"فليبين", "PH"}, {"إندونيس", "ID"}, {"اندونيس", "ID"},
    {"إثيوب", "ET"}, {"اثيوب", "ET"}, {"إريتر", "ER"}, {"اريتر", "ER"},
    {"كين", "KE"}, {"أوغند", "UG"}, {"اوغند", "UG"}, {"غان", "GH"},
    {"صومال", "SO"}, {"سودان", "SD"}, {"مصر", "EG"}, {"يمن", "YE"},
    {"فيتنام", "VN"}, {"ميانمار", "MM"}, {"إمارات", "AE"},
    {"امارات", "AE"}, {"سعود", "SA"}, {"قطر", "QA"}, {"كويت", "KW"},
    {"بحرين", "BH"}, {"عمان", "OM"},
};
static const char *const ar_endings[] = {"ي", "ية", "ى", "يه"};

/* The eastern Mediterranean and Balkan routes' arrivals (from Syria,
 * Afghanistan, Iraq, Iran, Pakistan, Bangladesh, Palestine, the Maghreb,
 * the Horn of Africa and South Asia) as Serbian, Croatian, Bosnian,
 * Slovenian, Macedonian, Bulgarian, Hungarian, Romanian, Albanian,
 * Russian, Ukrainian, Polish, Czech and Slovak records write them:
 * demonyms as stems, each with its language's endings for a man and a
 * woman (Sirijac, Sirijka; Iračanin, Iračanka; Iranec, Iranka),
 * adjectives with those of their genders (sirijski, sirijska, sirijsko
 * državljanstvo). Iran's and Iraq's stems stay apart (iran-, irač-,
 * irak-), and so do India's and Indonesia's, Niger's and Nigeria's, the
 * Sudans' and the Guineas'. */
static const char *const balkan_ac_adjectives[][2] = {
    {"sirij", "SY"}, {"afganistan", "AF"}, {"avganistan", "AF"},
    {"iran", "IR"}, {"pakistan", "PK"}, {"palestin", "PS"},
    {"marokan", "MA"}, {"alžir", "DZ"}, {"somalij", "SO"},
    {"eritrej", "ER"}, {"indij", "IN"}, {"nepal", "NP"}, {"sudan", "SD"},
    {"nigerij", "NG"},
};
static const char *const balkan_ac_endings[] = {"ac", "ka"};
static const char *const balkan_cyr_ac_adjectives[][2] = {
    {"сириј", "SY"}, {"авганистан", "AF"}, {"иран", "IR"},
    {"пакистан", "PK"}, {"палестин", "PS"}, {"марокан", "MA"},
    {"алжир", "DZ"}, {"сомалиј", "SO"}, {"еритреј", "ER"},
    {"индиј", "IN"}, {"непал", "NP"}, {"судан", "SD"},
};
static const char *const balkan_cyr_ac_endings[] = {"ац", "ка"};
/* Serbian, Croatian and Bosnian -anin (Iračanin), and the -an of
 * Slovenian, Czech and Slovak (Iračan, Syřan, Sýrčan) */
static const char *const balkan_anin_adjectives[][2] = {
    {"irač", "IQ"}, {"bangladeš", "BD"}, {"iráč", "IQ"}, {"syř", "SY"},
    {"sýrč", "SY"}, {"maroč", "MA"}, {"alžíř", "DZ"}, {"alžírč", "DZ"},
    {"palestínč", "PS"}, {"somálč", "SO"},
};
static const char *const balkan_anin_endings[] = {"anin", "anka", "an"};
static const char *const balkan_cyr_anin_adjectives[][2] = {
    {"ирач", "IQ"}, {"бангладеш", "BD"},
};
static const char *const balkan_cyr_anin_endings[] = {"анин", "анка"};
/* Slovenian, Czech and Slovak -ec (Iranec, Afghánec); Russian,
 * Bulgarian and Macedonian -ец (иранец, авганистанец, ирачанец);
 * Ukrainian -ець (іранець) */
static const char *const slavic_ec_adjectives[][2] = {
    {"afganistan", "AF"}, {"afghán", "AF"}, {"afgan", "AF"},
    {"iran", "IR"}, {"írán", "IR"}, {"pakistan", "PK"}, {"pákistán", "PK"},
    {"palestin", "PS"}, {"alžir", "DZ"}, {"nepál", "NP"},
    {"eritrej", "ER"}, {"indij", "IN"}, {"somál", "SO"},
};
static const char *const slavic_ec_endings[] = {"ec", "ka"};
static const char *const slavic_cyr_ec_adjectives[][2] = {
    {"афганистан", "AF"}, {"авганистан", "AF"}, {"иран", "IR"},
    {"палестин", "PS"}, {"алжир", "DZ"}, {"ирачан", "IQ"},
    {"марокан", "MA"},
};
static const char *const slavic_cyr_ec_endings[] = {"ец", "ка"};
static const char *const uk_ec_adjectives[][2] = {
    {"афган", "AF"}, {"іран", "IR"}, {"пакистан", "PK"},
    {"палестин", "PS"}, {"алжир", "DZ"}, {"мароккан", "MA"},
    {"непал", "NP"},
};
static const char *const uk_ec_endings[] = {"ець", "ка"};
/* Polish -czyk/-ka */
static const char *const pl_czyk_adjectives[][2] = {
    {"syryj", "SY"}, {"irakij", "IQ"}, {"algier", "DZ"}, {"somalij", "SO"},
    {"erytrej", "ER"}, {"nepal", "NP"}, {"indonezyj", "ID"},
    {"nigeryj", "NG"},
};
static const char *const pl_czyk_endings[] = {"czyk", "ka"};
/* South Slavic adjectives: masculine, feminine, neuter */
static const char *const balkan_adjectives[][2] = {
    {"sirijsk", "SY"}, {"sirsk", "SY"}, {"afganistansk", "AF"},
    {"avganistansk", "AF"}, {"iračk", "IQ"}, {"irašk", "IQ"},
    {"iransk", "IR"}, {"pakistansk", "PK"}, {"palestinsk", "PS"},
    {"marokansk", "MA"}, {"alžirsk", "DZ"}, {"somalijsk", "SO"},
    {"eritrejsk", "ER"}, {"indijsk", "IN"}, {"nepalsk", "NP"},
    {"tursk", "TR"}, {"turšk", "TR"},
};
static const char *const balkan_endings[] = {"i", "a", "o"};
static const char *const balkan_cyr_adjectives[][2] = {
    {"сиријск", "SY"}, {"сириск", "SY"}, {"сирийск", "SY"},
    {"авганистанск", "AF"}, {"афганистанск", "AF"}, {"ирачк", "IQ"},
    {"иракск", "IQ"}, {"иранск", "IR"}, {"пакистанск", "PK"},
    {"палестинск", "PS"}, {"мароканск", "MA"}, {"алжирск", "DZ"},
    {"сомалијск", "SO"}, {"сомалийск", "SO"}, {"индијск", "IN"},
    {"индиск", "IN"}, {"индийск", "IN"}, {"непалск", "NP"}, {"турск", "TR"},
};
static const char *const balkan_cyr_endings[] = {"и", "а", "о"};
/* Hungarian adjectives: the country's Hungarian name and -i (szíriai,
 * pakisztáni). Not nigeri (Niger's), which other languages' names of
 * the two countries leave ambiguous: it stays out of the table. */
static const char *const hu_adjectives[][2] = {
    {"szíria", "SY"}, {"afganisztán", "AF"}, {"irak", "IQ"},
    {"irán", "IR"}, {"pakisztán", "PK"}, {"palesztina", "PS"},
    {"marokkó", "MA"}, {"algéria", "DZ"}, {"tunézia", "TN"},
    {"líbia", "LY"}, {"egyiptom", "EG"}, {"szomália", "SO"},
    {"eritrea", "ER"}, {"etiópia", "ET"}, {"szudán", "SD"},
    {"dél-szudán", "SS"}, {"india", "IN"}, {"indonézia", "ID"},
    {"nepál", "NP"}, {"guinea", "GN"}, {"bissau-guinea", "GW"},
    {"nigéria", "NG"},
};
static const char *const hu_endings[] = {"i"};
/* Romanian (and Albanian) adjectives: a man's, a woman's (Romanian -ă,
 * Albanian -e, which is also Romanian's feminine plural). Not India's
 * indian, whose feminine folds to Indiana, a state of the US. */
static const char *const ro_adjectives[][2] = {
    {"sirian", "SY"}, {"irakian", "IQ"}, {"iranian", "IR"},
    {"palestinian", "PS"}, {"marocan", "MA"}, {"algerian", "DZ"},
    {"algjerian", "DZ"}, {"eritreean", "ER"},
    {"somalez", "SO"}, {"pakistanez", "PK"}, {"nepalez", "NP"},
    {"bangladez", "BD"}, {"sudanez", "SD"}, {"palestinez", "PS"},
    {"afgan", "AF"},
};
static const char *const ro_endings[] = {"", "ă", "e"};

/* Add every stem of stems[0..n) with every ending of endings[0..ne). */
static void add_adjectives(gen_set *s, const char *const (*stems)[2], size_t n,
                           const char *const *endings, size_t ne)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < ne; k++) {
            char word[128];
            snprintf(word, sizeof word, "%s%s", stems[i][0], endings[k]);
            gen_add(s, word, stems[i][1], 0);
        }
}

/* Whether an ICU name is two Latin letters or fewer, dots and spaces
 * aside: the initials of a short name (Dutch VK and VS, Polish ZK,
 * Turkish BK, Romanian MB, Italian SU), which other records use for other
 * things (SU the Soviet Union's old code, OK, RX, DU): they read a word
 * before a document number as a country ("RX nr. 123456" was GB:123456).
 * The hand-made aliases keep UK. */
static int latin_initials(const char *name)
{
    int letters = 0;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p == '.' || *p == ' ')
            continue;
        /* an ASCII letter, or a Latin letter with a mark (U+00C0 to
         * U+024F: C3 to C9 and a continuation byte) */
        if (*p >= 0xC3 && *p <= 0xC9 && (p[1] & 0xC0) == 0x80) {
            p++;
            letters++;
            continue;
        }
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
            return 0;
        letters++;
    }
    return letters <= 2;
}

/* The Maltese name without its article (l-, il- and the forms it takes
 * before some consonants: in-, is-, it-, iż-, iċ- ...), as records write
 * it after another word or alone (Gambja, Libja, Niġerja); NULL for a
 * name without one. */
static const char *maltese_bare(const char *name)
{
    const unsigned char *p = (const unsigned char *)name;
    if ((p[0] | 32) == 'l' && p[1] == '-')
        return name + 2;
    if ((p[0] | 32) != 'i')
        return NULL;
    size_t letter = p[1] >= 0xC0 && (p[2] & 0xC0) == 0x80 ? 2
                    : ((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z') ? 1 : 0;
    return letter && p[1 + letter] == '-' && p[2 + letter] ? name + 2 + letter : NULL;
}

/* Add the names of table `table` of `region` with priority prio; with
 * `articles`, each Maltese name without its article too, after every
 * other language's (prio + 1), so that it never displaces one. */
static void add_table(gen_set *s, UResourceBundle *region, const char *table,
                      const char codes[][3], size_t ncodes, int prio, int articles)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *t = ures_getByKey(region, table, NULL, &st);
    if (U_FAILURE(st))
        return;
    for (size_t i = 0; i < ncodes; i++) {
        UErrorCode e = U_ZERO_ERROR;
        int32_t n = 0;
        const UChar *name = ures_getStringByKey(t, codes[i], &n, &e);
        if (U_FAILURE(e) || n <= 0)
            continue;
        char utf8[512];
        int32_t m = 0;
        u_strToUTF8(utf8, (int32_t)sizeof utf8, &m, name, n, &e);
        if (U_FAILURE(e) || m >= (int32_t)sizeof utf8)
            continue;
        utf8[m] = '\0';
        if (latin_initials(utf8))
            continue;
        gen_add(s, utf8, codes[i], prio);
        const char *bare = articles ? maltese_bare(utf8) : NULL;
        if (bare)
            gen_add(s, bare, codes[i], prio + 1);
    }
    ures_close(t);
}

static int cmp_code(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTPUT.c\n", argv[0]);
        return 2;
    }
    const char *const *iso = uloc_getISOCountries();
    size_t ncodes = 0;
    while (iso[ncodes])
        ncodes++;
    char(*codes)[3] = calloc(ncodes, sizeof *codes);
    char(*alpha3)[4] = calloc(ncodes, sizeof *alpha3);
    if (!codes || !alpha3)
        return 1;
    for (size_t i = 0; i < ncodes; i++)
        memcpy(codes[i], iso[i], 3);
    qsort(codes, ncodes, sizeof *codes, cmp_code);

    gen_set names = {0};
    for (size_t i = 0; i < ncodes; i++) {
        char loc[8];
        snprintf(loc, sizeof loc, "_%s", codes[i]);
        snprintf(alpha3[i], sizeof alpha3[i], "%s", uloc_getISO3Country(loc));
    }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        gen_add(&names, aliases[i][0], aliases[i][1], 0);
    for (size_t i = 0; i < sizeof en_demonyms / sizeof en_demonyms[0]; i++)
        gen_add(&names, en_demonyms[i][0], en_demonyms[i][1], 0);
    for (size_t i = 0; i < sizeof citizen_genitives / sizeof citizen_genitives[0]; i++)
        gen_add(&names, citizen_genitives[i][0], citizen_genitives[i][1], 0);
#define ADD_ADJECTIVES(stems, endings)                                        \
    add_adjectives(&names, stems, sizeof stems / sizeof stems[0], endings,   \
                   sizeof endings / sizeof endings[0])
    ADD_ADJECTIVES(ru_adjectives, ru_endings);
    ADD_ADJECTIVES(pl_adjectives, pl_endings);
    ADD_ADJECTIVES(cz_adjectives, cz_endings);
    ADD_ADJECTIVES(it_o_adjectives, it_o_endings);
    ADD_ADJECTIVES(it_co_adjectives, it_co_endings);
    ADD_ADJECTIVES(it_e_adjectives, it_e_endings);
    ADD_ADJECTIVES(es_o_adjectives, es_o_endings);
    ADD_ADJECTIVES(es_es_adjectives, es_es_endings);
    ADD_ADJECTIVES(es_i_adjectives, es_i_endings);
    ADD_ADJECTIVES(fr_en_adjectives, fr_en_endings);
    ADD_ADJECTIVES(fr_ais_adjectives, fr_ais_endings);
    ADD_ADJECTIVES(fr_ian_adjectives, fr_ian_endings);
    ADD_ADJECTIVES(fr_ain_adjectives, fr_ain_endings);
    ADD_ADJECTIVES(americas_o_adjectives, es_o_endings);
    ADD_ADJECTIVES(americas_ense_adjectives, americas_ense_endings);
    ADD_ADJECTIVES(americas_fr_en_adjectives, fr_en_endings);
    ADD_ADJECTIVES(americas_fr_ain_adjectives, fr_ain_endings);
    ADD_ADJECTIVES(ar_adjectives, ar_endings);
    ADD_ADJECTIVES(balkan_ac_adjectives, balkan_ac_endings);
    ADD_ADJECTIVES(balkan_cyr_ac_adjectives, balkan_cyr_ac_endings);
    ADD_ADJECTIVES(balkan_anin_adjectives, balkan_anin_endings);
    ADD_ADJECTIVES(balkan_cyr_anin_adjectives, balkan_cyr_anin_endings);
    ADD_ADJECTIVES(slavic_ec_adjectives, slavic_ec_endings);
    ADD_ADJECTIVES(slavic_cyr_ec_adjectives, slavic_cyr_ec_endings);
    ADD_ADJECTIVES(uk_ec_adjectives, uk_ec_endings);
    ADD_ADJECTIVES(pl_czyk_adjectives, pl_czyk_endings);
    ADD_ADJECTIVES(balkan_adjectives, balkan_endings);
    ADD_ADJECTIVES(balkan_cyr_adjectives, balkan_cyr_endings);
    ADD_ADJECTIVES(hu_adjectives, hu_endings);
    ADD_ADJECTIVES(ro_adjectives, ro_endings);
#undef ADD_ADJECTIVES

    /* English first (priority 1) so that it settles a name two other
     * languages would use for different countries. */
    int32_t nloc = uloc_countAvailable();
    for (int32_t li = -1; li < nloc; li++) {
        const char *loc = li < 0 ? "en" : uloc_getAvailable(li);
        char region[8];
        UErrorCode st = U_ZERO_ERROR;
        uloc_getCountry(loc, region, (int32_t)sizeof region, &st);
        if (U_FAILURE(st) || region[0])
            continue; /* regional variants repeat their language's names */
        UResourceBundle *rb = ures_open(U_ICUDATA_NAME "-region", loc, &st);
        if (U_FAILURE(st))
            continue;
        int prio = li < 0 ? 1 : 2, mt = strcmp(loc, "mt") == 0;
        add_table(&names, rb, "Countries", (const char(*)[3])codes, ncodes, prio, mt);
        add_table(&names, rb, "Countries%short", (const char(*)[3])codes, ncodes, prio, mt);
        add_table(&names, rb, "Countries%variant", (const char(*)[3])codes, ncodes, prio, mt);
        ures_close(rb);
    }
    size_t dropped = 0;
    gen_resolve(&names, &dropped);

    FILE *f = gen_open(argv[1]);
    fprintf(f, "const aka__country_code aka__country_codes[] = {\n");
    for (size_t i = 0; i < ncodes; i++)
        fprintf(f, "    {\"%s\", \"%s\"},\n", codes[i], alpha3[i]);
    fprintf(f, "};\nconst size_t aka__country_codes_len = %zu;\n\n", ncodes);
    fprintf(f, "/* %zu names; %zu ambiguous names left out. */\n",
            names.len, dropped);
    fprintf(f, "const aka__country_name aka__country_names[] = {\n");
    for (size_t i = 0; i < names.len; i++) {
        fputs("    {", f);
        gen_put_cstr(f, names.v[i].key);
        fprintf(f, ", \"%s\"},\n", names.v[i].val);
    }
    fprintf(f, "};\nconst size_t aka__country_names_len = %zu;\n", names.len);
    gen_close(f, argv[1]);
    fprintf(stderr, "countries: %zu codes, %zu names, %zu ambiguous dropped\n",
            ncodes, names.len, dropped);
    gen_free(&names);
    aka__uctx_release();
    free(codes);
    free(alpha3);
    return 0;
}
