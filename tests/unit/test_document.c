/* Document numbers: letters and digits, look-alike Cyrillic and Greek
 * letters, Latin diacritics, the "CC:" prefix, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

#include "normalize/normalize.h"

static void test_number(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"FE 123456", "FE123456"},
        {"fe-123-456", "FE123456"},
        {"  ab 12.34/56 ", "AB123456"},
        {"123 456 789", "123456789"},
        {"L898902C3", "L898902C3"},
        {"№ 123456", "123456"},
        {"X1234567#", "X1234567"},
        /* Cyrillic letters typed for Latin ones (Ukrainian passport) */
        {"\xd0\x90\xd0\x92 123456", "AB123456"},          /* АВ */
        {"\xd0\xa1\xd0\x9d 654321", "CH654321"},          /* СН */
        {"\xd0\x9c\xd0\x9e 111", "MO111"},                /* МО */
        {"\xd0\x86\xd0\x95\xd0\xa0 1", "IEP1"},           /* ІЕР */
        {"\xd0\x88\xd0\xa5\xd0\xa2\xd0\xa3\xd0\x9a 1", "JXTYK1"}, /* ЈХТУК */
        {"ав 123456", "AB123456"},
        {"\xd0\xb5\xd0\xba\xd0\xbc\xd0\xbd\xd0\xbe\xd1\x80\xd1\x81 1",
         "EKMHOPC1"},                                      /* екмнорс */
        /* Greek (capital look) */
        {"ΑΒ 1234567", "AB1234567"},
        {"ΕΖΗΙΚΜΝΟΡΤΥΧ 1", "EZHIKMNOPTYX1"},
        {"αβ 1234567", "AB1234567"},
        /* mixed Latin and Cyrillic in one number */
        {"A\xd0\x92" "123456", "AB123456"},
        /* Latin diacritics stripped */
        {"ÅB-123 Ç", "AB123C"},
        {"Ñ12345", "N12345"},
        /* full-width and other digits */
        {"ＡＢ１２３４５６", "AB123456"},
        {"٠١٢٣٤٥٦٧", "01234567"},
        /* words naming the document or its number before it */
        {"Passport No. FE123456", "FE123456"},
        {"PASSPORT NO: FE123456", "FE123456"},
        {"Паспорт серия 45 12 № 345678", "4512345678"},
        /* two letters that some language's short name for a country was
         * made of are no country: RX was read as Great Britain, and the
         * series of a Romanian identity card with it */
        {"RX nr. 123456", "RX123456"}, {"CI seria RX nr. 123456", "RX123456"},
        {"ПАСПОРТ НОМЕР АВ123456", "AB123456"},
        {"جواز سفر رقم A12345678", "A12345678"},
        /* the number sign of French, Spanish, Portuguese and Italian
         * forms (NFKC made º the letter o) */
        {"N° AB1234567", "AB1234567"},
        {"Nº AB1234567", "AB1234567"},
        {"N.º AB1234567", "AB1234567"},
        {"Passport n° FE123456", "FE123456"},
        {"N AB1234567", "NAB1234567"}, /* N alone is a series letter */
        /* identity cards: their labels, and ID before another label or
         * after one; alone ID and D stay series letters (ID:, Indonesia's
         * code, before a colon stays a country) */
        {"ID card 1234567890", "1234567890"},
        {"ID No 1234567890", "1234567890"}, /* was ID:O1234567890, IDN */
        {"ID N° 123456", "123456"},
        {"Identity card: 1234567890", "1234567890"},
        {"National ID 1234567890", "1234567890"},
        {"carte d'identité n° 123456789012", "123456789012"},
        {"DNI 12345678Z", "12345678Z"},
        {"cédula 1234567890", "1234567890"},
        {"Personalausweis L01X00T47", "L01X00T47"},
        {"PP# AB1234567", "AB1234567"},
        {"ID 1234567890", "ID1234567890"},
        {"D 123456", "D123456"},
        {"Passport D 123456", "D123456"},
        {"ID: 1234567890", "ID:1234567890"},
        {"número de pasaporte X1234567", "X1234567"},
        /* the names of identity numbers (CIN, NIC and CC before any
         * country: Çin, Nicaragua, the Cocos Islands), dotted
         * abbreviations, words no number holds in any language and
         * script, and n. for the number sign */
        {"CIN BK 123456", "BK123456"},
        {"NIC 851234567V", "851234567V"},
        {"CNIC 35202-1234567-1", "3520212345671"},
        {"CC 1023456789", "CC1023456789"}, /* CC may be a series */
        {"CC 656 5566", "CC6565566"},
        {"C.C. 1.023.456.789", "1023456789"},
        {"C.I. V-12.345.678", "V12345678"},
        {"C.I. n. CA12345AB", "CA12345AB"},
        {"TC Kimlik No 12345678901", "12345678901"},
        {"Tazkira No. 1400-0101-12345", "1400010112345"},
        {"International Passport No. A05123456", "A05123456"},
        {"titre de séjour n° 1234567890", "1234567890"},
        {"carta d'identità AY 1234567", "AY1234567"},
        {"Passaporto n. YA1234567", "YA1234567"},
        /* Italian, Spanish and Maltese permits with their connectors
         * (di, per, tal), PdS, TIE, and the CUI read as its number */
        {"permesso di soggiorno I12345678", "I12345678"},
        {"permesso di soggiorno per richiesta asilo n. I12345678", "I12345678"},
        {"P.d.S. I12345678", "I12345678"},
        {"TIE nº X1234567L", "X1234567L"},
        {"karta tal-identità 0123456M", "0123456M"},
        {"CUI 0512ABC", "0512ABC"},
        {"codice CUI 0512ABC", "0512ABC"},
        /* ... but a connector alone before a number is its series, and
         * PER before one Peru */
        {"passport DI 123456", "DI123456"},
        {"DI 1234567", "DI1234567"},
        {"passport PER 1234567", "PE:1234567"},
        /* Balkan br. and бр. (broj) and Hungarian sz. (szám) with their
         * dot; without it a series or a country's code */
        {"pasoš br. 012345678", "012345678"},
        {"лична карта бр. 123456789", "123456789"},
        {"seria AB br. 123456", "AB123456"},
        {"útlevél sz. BA1234567", "BA1234567"},
        {"BR 012345678", "BR012345678"},
        {"SZ 1234567", "SZ1234567"},
        {"Số CMND 012345678", "012345678"},
        {"ID-картка 001234567", "001234567"},
        {"закордонний паспорт FE123456", "FE123456"},
        {"ЕГН 9003121234", "9003121234"},
        {"ፓስፖርት ቁጥር EP1234567", "EP1234567"},
        {"护照 E12345678", "E12345678"},
        {"주민등록번호 900312-2345678", "9003122345678"},
        {"เลขประจำตัวประชาชน 1-1020-01234-56-7", "1102001234567"},
        {"नागरिकता नं. २७-०१-७२-१२३४५", "27017212345"},
        {"জাতীয় পরিচয়পত্র নং ১২৩৪৫৬৭৮৯০", "1234567890"},
        {"تذکره ۱۴۰۰-۰۱۰۱-۱۲۳۴۵", "1400010112345"},
        /* a series, a word for "number", the digits */
        {"Paspor No. B 1234567", "B1234567"},
        /* a country's code, then labels, then the number */
        {"UA no. FE123456", "UA:FE123456"},
        {"UA Passport No. FE123456", "UA:FE123456"},
        {"DE Nr. C01X00T47", "DE:C01X00T47"}, /* DE first is Germany */
        {"XX no. 123456", "XX123456"}, /* a series, "no.", the digits */
        /* a Russian internal passport as typed: the word between series and
         * number was spelled from its look-alikes (4512HOMEP345678) */
        {"паспорт серия 45 12 номер 345678", "4512345678"},
        {"СЕРИЯ 4512 НОМЕР 345678", "4512345678"},
        {"AB 12 ном. 345678", "AB12345678"},
        /* a country after the number without parentheses: set off by a
         * space or a comma, a name, an adjective or a code */
        {"FE123456 Ukraine", "UA:FE123456"},
        {"FE123456, Ukraine", "UA:FE123456"},
        {"A05123456 Nigerian", "NG:A05123456"},
        {"P00123456 South Sudan", "SS:P00123456"},
        {"FE123456 UA", "UA:FE123456"},
        {"A1234 Ukraine", "A1234UKRAINE"}, /* too few digits for a number */
        /* identity numbers' acronyms and a label's conjunction */
        {"KTP 3174012345670001", "3174012345670001"},
        {"EID: 784-1985-1234567-1", "784198512345671"},
        {"серия и номер паспорта: 4512 345678", "4512345678"},
        {"Серія та номер: ФЕ 123456", "FE123456"},
        {"ТА 123456", "TA123456"}, /* alone, та is a series */
        /* words that are labels or a country only before a number of
         * their document's shape: India's PAN (Panama's code before
         * another), the Romanian CI (Côte d'Ivoire's), Germany's D */
        {"PAN ABCDE1234F", "ABCDE1234F"},
        {"PAN 123456789", "PA:123456789"},
        {"CI seria RT nr 123456", "RT123456"},
        {"CI RT123456", "RT123456"},
        {"CI AB1234567", "CI:AB1234567"},
        {"CI:RT123456", "CI:RT123456"}, /* the canonical form stays */
        /* Romania's older buletin de identitate (Burundi's code before
         * another number), dotted; a country before the label (RO CI ran
         * together into ROC, Taiwan; Romania CI read as Côte d'Ivoire) */
        {"BI seria AB nr. 123456", "AB123456"},
        {"B.I. AB123456", "AB123456"},
        {"BI 1234567", "BI1234567"},
        {"RO CI seria RX nr. 123456", "RO:RX123456"},
        {"RO, CI RX123456", "RO:RX123456"},
        {"Romania CI RX123456", "RO:RX123456"},
        {"RO BI AB123456", "RO:AB123456"},
        {"RO CI 123456", "RO:CI123456"},
        /* a space between a number's series and its digits after the
         * country's code */
        {"UA AB 123456", "UA:AB123456"},
        {"RO RX 123456", "RO:RX123456"},
        {"UA AB 12 3456", "UAAB123456"},
        /* Czech and Slovak č. (číslo, number), and pas */
        {"OBČANSKÝ PRŮKAZ Č. 123456789", "123456789"},
        {"cestovní pas č. 45123456", "45123456"},
        {"CZ č. 45123456", "CZ:45123456"},
        {"PAN: ABCDE1234F", "ABCDE1234F"},
        {"D: C01X00T47", "DE:C01X00T47"},
        {"D C01X00T47", "DE:C01X00T47"},
        {"D C01X00T4", "DC01X00T4"},
        /* e- before a label, Mongolian РД, a country run into the word
         * for passport, a Greek adjective, a Cyrillic country's
         * abbreviation before a number with letters of its own (before
         * digits alone it is a series) */
        {"e-Tazkira: 1400 0101 12345", "1400010112345"},
        {"E 1234567", "E1234567"},
        {"РД: УБ92030812", "UB92030812"},
        /* ... whose letters, spelled, make an ICAO code (fuzz_document) */
        {"ЧН 98588888", "MN:CHN98588888"},
        {"中国护照 E12345678", "CN:E12345678"},
        {"ελληνικό διαβατήριο ΑΚ1234567", "GR:AK1234567"},
        {"паспорт КР AN1234567", "KG:AN1234567"},
        {"паспорт КР 123456", "KP123456"},
        /* the dates after the number are no part of it */
        {"No. AB1234567, issued 12.03.2015", "AB1234567"},
        {"AB1234567 exp. 2030", "AB1234567"},
        {"AB1234567 valid until 12/03/2030", "AB1234567"},
        {"AB1234567 date of expiry 2030-03-12", "AB1234567"},
        /* a passport's second machine-readable line pasted whole: its
         * number and country when its check digits hold (ICAO's specimen
         * of Utopia has no country) */
        {"FE123456<8UKR8503079F3001019<<<<<<<<<<<<<<04", "UA:FE123456"},
        /* the zone's two lines pasted (the number on the second), and an
         * identity card's first line (TD1), its check digit holding */
        {"P<UKRIVANENKO<<OLENA<<<<<<<<<<<<<<<<<<<<<<<< FE123456<8UKR9003152F3011308<<<<<<<<<<<<<<<8",
         "UA:FE123456"},
        {"I<UZBAA12345678<<<<<<<<<<<<<<<", "UZ:AA1234567"},
        {"I<UZBAA12345679<<<<<<<<<<<<<<<", "IUZBAA12345679"},
        /* a canonical number of 30 characters is no TD1 line, whatever its
         * 15th character (fuzz_document) */
        {"FE123456UKRIFE123456UKRICH2CH2", "FE123456UKRIFE123456UKRICH2CH2"},
        {"C01X00T478D<<6408125F2710316<<<<<<<<<<<<<<04", "DE:C01X00T47"},
        {"L898902C36UTO7408122F1204159ZE184226B<<<<<10", "L898902C3"},
        {"FE123456<9UKR8503079F3001019<<<<<<<<<<<<<<04",
         "FE1234569UKR8503079F300101904"}, /* a check digit wrong: as typed */
        /* ... but not inside it */
        {"NO123456", "NO123456"},
        /* on the routes toward the US: the names of Latin American
         * identity numbers (they ran into the number, or were refused
         * before a colon), Spanish Nro., y and con between labels, CC and
         * RG before another label, a CURP's first part joined by a hyphen */
        {"DUI 01234567-8", "012345678"},
        {"DPI: 2345 67890 0101", "2345678900101"},
        {"INE GMVLMR80070501M100", "GMVLMR80070501M100"},
        {"RUT 12.345.670-K", "12345670K"},
        {"R.U.T. 12.345.678-5", "123456785"},
        {"Pasaporte Nro. G12345678", "G12345678"},
        {"C.I. Nro. V-12.345.678", "V12345678"},
        {"cédula de identidad y electoral 001-1234567-8", "00112345678"},
        {"Credencial para votar con fotografía 1234567890123", "1234567890123"},
        {"CC No. 1.234.567.890", "1234567890"},
        {"RG nº 12.345.678-9", "123456789"},
        {"RG: 12.345.678-9", "123456789"},
        {"CURP GODE-561231-HDFRRN-09", "GODE561231HDFRRN09"},
        {"Tazkira-1400-0101-12345", "1400010112345"},
        /* ... and toward the Gulf: India's UID, Qatar's QID, Bahrain's CPR */
        {"UID 1234 5678 9012", "123456789012"},
        {"QID: 28512345678", "28512345678"},
        {"CPR 850112345", "850112345"},
    };
    check_cases(AKA_DOCUMENT, cases, sizeof cases / sizeof cases[0]);
}

static void test_errors(void **state)
{
    (void)state;
    static const kcase cases[] = {
        {"---", NULL},
        {"№", NULL},
        {"\xd0\x96 1234", NULL},        /* Ж has no Latin look-alike */
        {"\xd0\x91\xd0\x93 123", NULL}, /* БГ, too few digits for a series */
        {"ΔΛ 123", NULL},               /* Greek without look-alikes */
        {"护 123456", NULL},             /* Han, one character */
        {"سامي 123", NULL},             /* Arabic: a name and a short number */
        {"Sami 123", "SAMI123"},        /* ... read as it is in Latin letters */
        {"Issued 2019 123456", "ISSUED2019123456"}, /* no label */
        /* 65 characters */
        {"12345678901234567890123456789012345678901234567890123456789012345",
         NULL},
        /* a prefix that is neither a country nor labels */
        {"Issued: 123456", NULL},
        /* labels alone are no number */
        {"Passport: ", NULL},
        {"Паспорт серия", NULL},
        {"ZZZZ:123456", NULL},
        {":123456", NULL},
        /* no digit: a label alone, or what exports put in an empty cell,
         * which two records would share as one passport */
        {"Passport", NULL},
        {"NULL", NULL},
        {"ABCDEF", NULL},
        {"UA:FE", NULL},
        /* two passports' numbers in one value, which read as one made a
         * number no record holds */
        {"AB1234567 / CD7654321", NULL},
        {"AB1234567, CD7654321", NULL},
        {"UA:FE123456;UA:FE654321", NULL},
        /* a date, a phone number, a number too short */
        {"1985-03-07", NULL},
        {"12.03.1985", NULL},
        {"+380671234567", NULL},
        {"+380 67 123 45 67", NULL},
        {"123", NULL},
        {"UA:A12", NULL},
    };
    check_cases(AKA_DOCUMENT, cases, sizeof cases / sizeof cases[0]);
    /* a shorter part is a piece of one number */
    static const kcase pieces[] = {
        {"123456/7890", "1234567890"}, {"12/345678", "12345678"},
    };
    check_cases(AKA_DOCUMENT, pieces, sizeof pieces / sizeof pieces[0]);
    static const char *const two[] = {"AB1234567 / CD7654321"};
    check_refused_saying(AKA_DOCUMENT, two, 1, "two numbers");
    /* what exports write for no value is said to be missing */
    static const char *const missing[] = {"NULL", "N/A", "#N/A", "nan", "None"};
    check_refused_saying(AKA_DOCUMENT, missing, sizeof missing / sizeof *missing,
                         "missing");
    static const char *const letters[] = {"ABCDEF"};
    check_refused_saying(AKA_DOCUMENT, letters, 1, "no digit");
    /* exactly 64 is accepted */
    static const kcase ok64[] = {
        {"1234567890123456789012345678901234567890123456789012345678901234",
         "1234567890123456789012345678901234567890123456789012345678901234"},
    };
    check_cases(AKA_DOCUMENT, ok64, 1);
}

/* These need aka__country_lookup, which lands separately. While the
 * placeholder cannot read even "UA", the test is reported as skipped (not
 * passed); once the lookup reads "UA" every case below must hold. */
static void test_document_with_country(void **state)
{
    (void)state;
    char cc[3];
    if (aka__country_lookup("UA", 2, cc) != AKA_OK) {
        print_message("aka__country_lookup is not implemented: skipped\n");
        skip();
    }
    static const kcase cases[] = {
        {"UA:FE123456", "UA:FE123456"},
        {"ua: fe 123456", "UA:FE123456"},
        {"UKR:АВ123456", "UA:AB123456"},
        {"Ukraine: AB 123456", "UA:AB123456"},
        {"Україна:АВ 123456", "UA:AB123456"},
        {"DEU:C01X00T47", "DE:C01X00T47"},
        {"RU:45 06 123456", "RU:4506123456"},
        {"GR:ΑΒ 1234567", "GR:AB1234567"},
        {"UA:", NULL},
        {"UA:---", NULL},
        {"UA:Ж123", NULL},
        /* the series of a passport of the Soviet kind: its Cyrillic letters
         * spelled in Latin ones, look-alikes as they look */
        {"ЕЛ 123456", "EL123456"},
        {"UA:МЮ123456", "UA:MYU123456"},
        {"Паспорт ВГ 123456", "BG123456"},
        {"Ж 123456", "ZH123456"},
        {"ЯЖ 1234", NULL},
        /* a Mongolian register number: its letters spelled as Mongolian
         * spells them (У is U, not the look-alike Y), however typed, with
         * or without the country, and never read as a country (ICU's
         * tables name Britain УБ) */
        {"УБ92030812", "UB92030812"},
        {"УБ 92030812", "UB92030812"},
        {"уб-92030812", "UB92030812"},
        {"MN:УБ 92030812", "MN:UB92030812"},
        {"Mongolia: УБ92030812", "MN:UB92030812"},
        {"ЧИ92030812", "CHI92030812"},
        {"УБ920308123", "YB920308123"},
        /* labels after the country, and the country after the number */
        {"UA: Passport No. FE123456", "UA:FE123456"},
        {"A12345678 (Nigeria)", "NG:A12345678"},
        {"Passport No: FE123456 (UKR)", "UA:FE123456"},
        /* a remark in parentheses after the number is no part of it */
        {"FE123456 (not a country)", "FE123456"},
        {"AB 1234567 (expired)", "AB1234567"},
        {"UA:FE123456 (old)", "UA:FE123456"},
        {"AB1234567 (exp. 2020)", "AB1234567"},
        {"(AB1234567)", "AB1234567"},      /* nothing but the parentheses */
        {"(old) AB1234567", "OLDAB1234567"}, /* before it: read as it is */
        /* an ICAO alpha-3 code before or after a passport number, spaced
         * or run into it, read on its letters and digits (so that the
         * output reads the same again: "UZBPM1917316"); two letters run
         * into the number are series letters */
        {"UZB PM1917316", "UZ:PM1917316"}, {"UZB-PM1917316", "UZ:PM1917316"},
        {"PM1917316 UZB", "UZ:PM1917316"}, {"IDNC0076798", "ID:C0076798"},
        {"MMRMB301907", "MM:MB301907"}, {"Passport UKR FE123456", "UA:FE123456"},
        {"uzb pm1917316", "UZ:PM1917316"}, {"UZBPM1917316", "UZ:PM1917316"},
        {"ZZZ 1234567", "ZZZ1234567"},
        /* an alpha-2 code set off before a number that starts with a
         * letter is its country; before digits, series letters */
        {"UA FE123456", "UA:FE123456"}, {"PT-CB767821", "PT:CB767821"},
        {"Passport PT CB767821", "PT:CB767821"}, {"ng a12345678", "NG:A12345678"},
        {"AM 1234567", "AM1234567"}, {"AM-1234567", "AM1234567"},
        {"XX-AB123456", "XXAB123456"}, {"UAFE123456", "UAFE123456"},
        {"UA FE12", "UAFE12"},
        /* the space says where the country ends: not UZB PM1917316 (the
         * output, with its colon, reads the same again) */
        {"UZ BPM1917316", "UZ:BPM1917316"}, {"UZ:BPM1917316", "UZ:BPM1917316"},
        {"ABC1234567", "ABC1234567"}, {"USA 12345", "USA12345"},
        /* NO: is Norway, not a label */
        {"NO: 12345678", "NO:12345678"},
        /* labels before a colon in any language, not only "Passport
         * No:"; CIN before a colon is the label */
        {"NIN: 12345678901", "12345678901"},
        {"CIN: BE123456", "BE123456"},
        {"A-Number: A123456789", "A123456789"},
        {"Hộ chiếu số: C1234567", "C1234567"},
        {"Αρ. Διαβατηρίου: ΑΚ1234567", "AK1234567"},
        /* ... and ΑΡ. in the capitals of forms */
        {"ΑΡ. ΔΙΑΒΑΤΗΡΙΟΥ: ΑΚ1234567", "AK1234567"},
        {"ΑΡ. ΤΑΥΤΟΤΗΤΑΣ: ΑΚ123456", "AK123456"},
        {"ΑΔΤ: ΑΒ 123456", "AB123456"},
        {"کد ملی: ۰۰۱۲۳۴۵۶۷۸", "0012345678"},
        {"পাসপোর্ট নং: A01234567", "A01234567"},
        /* a country the labels name, as a word or a demonym in any
         * language, is the number's */
        {"Nigerian passport A05123456", "NG:A05123456"},
        {"Nigeria Passport No. A05123456", "NG:A05123456"},
        {"Passeport marocain n° UZ1234567", "MA:UZ1234567"},
        {"pasaporte venezolano 123456789", "VE:123456789"},
        {"جواز سفر سوري رقم 012345678", "SY:012345678"},
        {"паспорт РФ 4512 345678", "RU:4512345678"},
        {"Ghana Card GHA-712345678-9", "GH:7123456789"},
        {"Nigerian passport no: A05123456", "NG:A05123456"},
        /* two countries named: neither */
        {"Nigerian Ghana passport A05123456", "A05123456"},
        /* a country's name of several words is one country, not its
         * last or first word's (session 59) */
        {"Guinea-Bissau passport AA123456", "GW:AA123456"},
        {"passaporto Guinea Bissau AA123456", "GW:AA123456"},
        {"Equatorial Guinea passport A123456", "GQ:A123456"},
        {"South Sudan passport P00123456", "SS:P00123456"},
        {"passaporto Sud Sudan P00123456", "SS:P00123456"},
        {"Sierra Leone passport A123456", "SL:A123456"},
        {"passeport Guinée-Conakry R1234567", "GN:R1234567"},
        {"passaporto nigerino 12PC34567", "NE:12PC34567"},
        {"passaporto nigeriano A05123456", "NG:A05123456"},
        /* a country's name of two words after "de" (DE was Germany's), a
         * three-letter abbreviation or code before a label (they ran
         * into the number), a label after the country's name; alone
         * before a colon, CC stays the Cocos Islands' */
        {"pasaporte de El Salvador A12345678", "SV:A12345678"},
        {"KSA iqama 2123456789", "SA:2123456789"},
        {"UAE ID 784-1985-1234567-1", "AE:784198512345671"},
        {"USA passport 123456789", "US:123456789"},
        {"DPI Guatemala 2345 67890 0101", "GT:2345678900101"},
        {"CC: 1.234.567.890", "CC:1234567890"},
        {"Kenya-12345678", "KE:12345678"},
    };
    check_cases(AKA_DOCUMENT, cases, sizeof cases / sizeof cases[0]);
}

static void test_public_buffer(void **state)
{
    (void)state;
    const char *in = "\xd0\x90\xd0\x92 123456";
    size_t len = 0;
    assert_int_equal(aka_normalize(AKA_DOCUMENT, in, strlen(in), NULL, 0,
                                   &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 8);
    char buf[9];
    assert_int_equal(aka_normalize(AKA_DOCUMENT, in, strlen(in), buf, 4,
                                   &len),
                     AKA_ERR_BUFFER);
    assert_int_equal(len, 8);
    assert_int_equal(aka_normalize(AKA_DOCUMENT, in, strlen(in), buf,
                                   sizeof buf, &len),
                     AKA_OK);
    assert_string_equal(buf, "AB123456");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_public_buffer),
        cmocka_unit_test(test_document_with_country),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
