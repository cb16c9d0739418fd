/* Identity document numbers (AKA_DOCUMENT): "CC:NUMBER" or "NUMBER", the
 * number in upper-case ASCII letters and digits.
 *
 * Document numbers are Latin letters and digits everywhere (ICAO 9303
 * machine-readable zones allow nothing else), but they are often typed by
 * hand on Cyrillic or Greek keyboards: "АВ123456" with Cyrillic А and В is
 * the same passport as "AB123456". Letters that look like Latin ones are
 * therefore read as those; any other non-Latin letter means the value is
 * not a document number, but in the series of a passport of the Soviet
 * kind (ЕЛ 123456), spelled in Latin letters. */
#include "normalize/normalize.h"

#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>

#include "core/wordlist.h"
#include "normalize/mn_register.h"
#include "normalize/remark.h"
#include "normalize/several.h"
#include "unicode/digit.h"
#include "unicode/fold.h"
#include "unicode/utf8.h"

#define DOCUMENT_MAX 64

/* Cyrillic and Greek letters, after case folding, and the upper-case Latin
 * letter their capital looks like. */
static const struct {
    uint32_t cp;
    char latin;
} lookalikes[] = {
    {0x0430, 'A'}, /* а */ {0x0432, 'B'}, /* в */ {0x0435, 'E'}, /* е */
    {0x043A, 'K'}, /* к */ {0x043C, 'M'}, /* м */ {0x043D, 'H'}, /* н */
    {0x043E, 'O'}, /* о */ {0x0440, 'P'}, /* р */ {0x0441, 'C'}, /* с */
    {0x0442, 'T'}, /* т */ {0x0443, 'Y'}, /* у */ {0x0445, 'X'}, /* х */
    {0x0455, 'S'}, /* ѕ */ {0x0456, 'I'}, /* і */ {0x0458, 'J'}, /* ј */
    {0x03B1, 'A'}, /* α */ {0x03B2, 'B'}, /* β */ {0x03B5, 'E'}, /* ε */
    {0x03B6, 'Z'}, /* ζ */ {0x03B7, 'H'}, /* η */ {0x03B9, 'I'}, /* ι */
    {0x03BA, 'K'}, /* κ */ {0x03BC, 'M'}, /* μ */ {0x03BD, 'N'}, /* ν */
    {0x03BF, 'O'}, /* ο */ {0x03C1, 'P'}, /* ρ */ {0x03C4, 'T'}, /* τ */
    {0x03C5, 'Y'}, /* υ */ {0x03C7, 'X'}, /* χ */
};

/* Cyrillic letters with no Latin look-alike (folded; the look-alikes are
 * read as they look, series or not) and their Latin spelling, for the
 * series of the passports of the Soviet kind (a Ukrainian booklet
 * passport's ЕЛ 123456, МЮ 123456): written in Latin letters they are
 * spelled so (EL123456). */
static const struct {
    uint32_t cp;
    const char *latin;
} cyrillic_series_letters[] = {
    {0x0431, "B"},  {0x0433, "G"},  {0x0434, "D"},   {0x0436, "ZH"}, {0x0437, "Z"},
    {0x0438, "I"},  {0x0439, "Y"},  {0x043B, "L"},   {0x043F, "P"},  {0x0444, "F"},
    {0x0446, "TS"}, {0x0447, "CH"}, {0x0448, "SH"},  {0x0449, "SHCH"}, {0x044A, ""},
    {0x044B, "Y"},  {0x044C, ""},   {0x044D, "E"},   {0x044E, "YU"}, {0x044F, "YA"},
    {0x0451, "YO"}, {0x0454, "YE"}, {0x0457, "YI"},  {0x0491, "G"},
};

static const char *series_letter(uint32_t cp)
{
    for (size_t i = 0; i < sizeof cyrillic_series_letters / sizeof cyrillic_series_letters[0]; i++)
        if (cyrillic_series_letters[i].cp == cp)
            return cyrillic_series_letters[i].latin;
    return NULL;
}

/* Whether key[0..n) (folded) is a series of one to three Cyrillic letters
 * and a number of five digits or more, spaces aside: a passport of the
 * Soviet kind, whose letters are read even where they look like no Latin
 * letter. */
static int cyrillic_series(const char *key, size_t n)
{
    size_t letters = 0, digits = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = aka__utf8_next(key, n, &i);
        if (cp == ' ')
            continue;
        if (aka__digit_value(cp) >= 0)
            digits++;
        else if (!digits && cp >= 0x0430 && cp <= 0x049F)
            letters++;
        else
            return 0;
    }
    return letters >= 1 && letters <= 3 && digits >= 5;
}

/* aka__mn_register of a key form with its spaces (УБ 92030812), in
 * capitals as a document number is written; 0 when it is none. */
static size_t mn_register_of(const char *key, size_t n, char out[AKA__MN_REGISTER_MAX])
{
    char compact[24];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (key[i] == ' ')
            continue;
        if (m == sizeof compact)
            return 0;
        compact[m++] = key[i];
    }
    size_t r = aka__mn_register(compact, m, out);
    for (size_t i = 0; i < r; i++)
        out[i] = out[i] >= 'a' && out[i] <= 'z' ? (char)(out[i] - 32) : out[i];
    return r;
}

/* When in[0..len) is a Mongolian register number as typed (УБ 92030812,
 * уб-92030812), its spelling into mn (mn_register_of), else 0: the
 * callers write it before anything reads its letters as a country (ICU's
 * tables name Britain УБ). */
static size_t mn_register_value(const char *in, size_t len, char mn[AKA__MN_REGISTER_MAX])
{
    int cyrillic = 0;
    for (size_t i = 0; i < len && !cyrillic; i++)
        cyrillic = (unsigned char)in[i] == 0xD0 || (unsigned char)in[i] == 0xD1 ||
                   (unsigned char)in[i] == 0xD3;
    if (!cyrillic || len > 40)
        return 0;
    aka__sb key = {0};
    size_t n = aka__u_keyfold(in, len, &key) == AKA_OK && key.p
                   ? mn_register_of(key.p, key.len, mn)
                   : 0;
    aka__sb_free(&key);
    return n;
}

static char lookalike(uint32_t cp)
{
    for (size_t i = 0; i < sizeof lookalikes / sizeof lookalikes[0]; i++)
        if (lookalikes[i].cp == cp)
            return lookalikes[i].latin;
    return 0;
}

static aka_status too_long(aka__err *err)
{
    return aka__fail(err, AKA_ERR_PARSE,
                     "document: number longer than %d characters",
                     DOCUMENT_MAX);
}

static aka_status no_alnum(aka__err *err)
{
    return aka__fail(err, AKA_ERR_PARSE,
                     "document: no letters or digits in the number");
}

/* put_number of an ASCII value: its key form is its letters and digits
 * (lower case) with spaces between runs, so the same output is had by
 * keeping letters (upper-cased) and digits without building it. */
static aka_status put_ascii_number(const char *in, size_t len, aka__sb *out,
                                   aka__err *err)
{
    size_t from = out->len, count = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = in[i];
        if (ch >= 'a' && ch <= 'z')
            ch = (char)(ch - 32);
        else if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9'))
            continue;
        if (++count > DOCUMENT_MAX)
            return too_long(err);
        aka_status st = aka__sb_append_char(out, ch);
        if (st != AKA_OK)
            return st;
    }
    return out->len == from ? no_alnum(err) : AKA_OK;
}

static aka_status put_number_only(const char *in, size_t len, aka__sb *out,
                                  aka__err *err);
static aka_status norm_document(const char *in, size_t len,
                                const aka__norm_opts *o, aka__sb *out,
                                aka__err *err);
static int alnum_after(const char *in, size_t len, size_t from);
static int next_word(const char *in, size_t len, size_t from, size_t *ws,
                     size_t *we, int *digit, int *sign);
static size_t country_span(const char *in, size_t len, size_t ws, size_t we,
                           char cc[3]);
static int country_of(const char *in, size_t len, char cc[3]);

/* Words for "number" that stand between a number's series and its
 * digits ("seria RT nr. 123456", "AB No. 123456"). */
static const char *const number_words[] = {"cislo", "no", "nr", "num", "number",
                                           "numero", "nummer",
                                           /* Spanish Nro., as forms in
                                            * Venezuela, Peru and Argentina
                                            * write it */
                                           "nro"};
/* ... and in Cyrillic, as Russian and Ukrainian internal passports are
 * typed (серия 45 12 номер 345678), key form */
static const char *const number_words_cyrillic[] = {"номер", "ном"};

/* Abbreviations of "number" that are words for it only with their dot:
 * Serbian, Croatian, Bosnian, Macedonian and Bulgarian br. and бр.
 * (broj, број), Hungarian sz. (szám). Without it BR, БР (typed for a
 * series ВР) and SZ are a series or a country's code. Key form. */
static const char *const dotted_number_words[] = {"br", "sz", "бр"};

/* Whether the word in[ws..we) is one of dotted_number_words with its dot
 * after it. */
static int dotted_number_word(const char *in, size_t len, size_t ws, size_t we)
{
    if (we >= len || in[we] != '.' || we - ws > 4)
        return 0;
    aka__sb key = {0};
    int yes = aka__u_keyfold(in + ws, we - ws, &key) == AKA_OK && key.p &&
              AKA__LISTED(dotted_number_words, key.p, key.len);
    aka__sb_free(&key);
    return yes;
}

/* Whether the word w[0..n) is a word for "number" (number_words). */
static int number_word(const char *w, size_t n)
{
    /* Czech and Slovak č. (číslo) as itself: its key c is a series */
    if (n == 2 && (unsigned char)w[0] == 0xC4 &&
        ((unsigned char)w[1] == 0x8D || (unsigned char)w[1] == 0x8C))
        return 1;
    char buf[8];
    size_t kn;
    if (n < sizeof buf && (kn = aka__u_keyfold_ascii(w, n, buf, sizeof buf)) != SIZE_MAX)
        return AKA__LISTED(number_words, buf, kn);
    if (n > 12 || (unsigned char)w[0] != 0xD0)
        return 0;
    aka__sb key = {0};
    int yes = aka__u_keyfold(w, n, &key) == AKA_OK && key.p &&
              AKA__LISTED(number_words_cyrillic, key.p, key.len);
    aka__sb_free(&key);
    return yes;
}

/* Whether in[0..len) may hold a word for "number": every one has an n
 * (н in Cyrillic) or is an abbreviation with its dot, and most values
 * have neither. */
static int may_say_number(const char *in, size_t len)
{
    if (memchr(in, 'n', len) || memchr(in, 'N', len) || memchr(in, '.', len))
        return 1;
    for (size_t i = 0; i + 1 < len; i++)
        if ((unsigned char)in[i] == 0xD0 &&
            ((unsigned char)in[i + 1] == 0xBD || (unsigned char)in[i + 1] == 0x9D))
            return 1;
    return 0;
}

/* The number part: letters and digits kept, everything else dropped, and
 * a word for "number" inside it (neither its first word nor its last). */
static aka_status put_number(const char *in, size_t len, aka__sb *out,
                             aka__err *err)
{
    size_t ws, we = 0, cut_s = 0, cut_e = 0;
    int digit, sign;
    /* (the scan starts after the first word) */
    if (!may_say_number(in, len) || !next_word(in, len, 0, &ws, &we, &digit, &sign))
        return put_number_only(in, len, out, err);
    for (size_t i = we; next_word(in, len, i, &ws, &we, &digit, &sign); i = we) {
        if (!digit && (number_word(in + ws, we - ws) || dotted_number_word(in, len, ws, we)) &&
            alnum_after(in, len, we)) {
            cut_s = ws;
            cut_e = we;
            break;
        }
    }
    if (!cut_e)
        return put_number_only(in, len, out, err);
    size_t at = out->len;
    aka_status st = put_number_only(in, cut_s, out, err);
    if (st == AKA_OK)
        st = put_number_only(in + cut_e, len - cut_e, out, err);
    return st == AKA_OK && out->len - at > DOCUMENT_MAX ? too_long(err) : st;
}

static aka_status put_number_only(const char *in, size_t len, aka__sb *out,
                                  aka__err *err)
{
    if (aka__is_ascii(in, len))
        return put_ascii_number(in, len, out, err);
    /* "№" would become the letters "no" under NFKC: it is punctuation here */
    aka__sb raw = {0}, key = {0};
    aka_status st = AKA_OK;
    for (size_t i = 0; i < len && st == AKA_OK;) {
        size_t start = i;
        uint32_t cp = aka__utf8_next(in, len, &i);
        st = cp == 0x2116 ? aka__sb_append_char(&raw, ' ')
                          : aka__sb_append(&raw, in + start, i - start);
    }
    /* key form: NFKC, case folded, Latin diacritics stripped, punctuation
     * and spaces reduced to single spaces */
    if (st == AKA_OK)
        st = aka__u_keyfold(raw.p ? raw.p : "", raw.len, &key);
    size_t from = out->len, count = 0;
    /* A Mongolian register number is spelled, not read by its look-alikes
     * (УБ is UB, not YB) */
    char mn[AKA__MN_REGISTER_MAX];
    size_t nmn = st == AKA_OK ? mn_register_of(key.p, key.len, mn) : 0;
    if (nmn)
        st = aka__sb_append(out, mn, nmn);
    int series = st == AKA_OK && !nmn && cyrillic_series(key.p, key.len);
    for (size_t i = 0; st == AKA_OK && !nmn && i < key.len;) {
        uint32_t cp = aka__utf8_next(key.p, key.len, &i);
        char ch = 0;
        int32_t dv = aka__digit_value(cp);
        const char *spelled;
        if (cp == ' ')
            continue;
        if (cp >= 'a' && cp <= 'z')
            ch = (char)(cp - 32);
        else if (dv >= 0)
            ch = (char)('0' + dv);
        else if (series && (spelled = series_letter(cp)) != NULL) {
            count += strlen(spelled);
            st = aka__sb_append_str(out, spelled);
            continue;
        } else if (!(ch = lookalike(cp))) {
            st = aka__fail(err, AKA_ERR_PARSE,
                           "document: letters other than Latin ones (or "
                           "Cyrillic and Greek letters that look like them)");
            break;
        }
        if (++count > DOCUMENT_MAX) {
            st = too_long(err);
            break;
        }
        st = aka__sb_append_char(out, ch);
    }
    if (st == AKA_OK && out->len == from)
        st = no_alnum(err);
    aka__sb_free(&raw);
    aka__sb_free(&key);
    return st;
}

/* Words that name the document or its number rather than being part of
 * it, as hand-typed fields hold them before the number ("Passport No.
 * FE123456", "ID card 1234567890", "Паспорт серия 45 12 № 345678", "جواز
 * سفر رقم A12345678"); already key-folded. Short words that are document
 * series elsewhere (ID, N, P) are not among them: see weak_label_words;
 * nor the words for "number" (number_words), labels too. */
static const char *const label_words[] = {
    "passport", "pass", "pas", "pasport", "passeport", "pasaporte", "passaporte",
    "passaporto", "reisepass", "paszport", "pasoportas", "doc", "document",
    "series", "serie",
    "card", "carte", "carta", "cedula", "identity", "identite", "identidad",
    "identidade", "ausweis", "personalausweis", "dni", "national", "nationale",
    "nacional", "travel",
    /* identity numbers' own names, which no number starts with: CIN, NIC
     * and NIN are read so before any country (Çin, Nicaragua) */
    "cin", "nic", "nin", "nid", "nik", "cni", "cnp", "nie", "cpf", "brp",
    "cmnd", "cccd", "cnic", "idnp", "curp",
    /* ... and more, as typed before them (KTP Indonesia, BVN Nigeria, CIE
     * Italy, NRC Myanmar, EID the Emirates, TIN, SSN, NIF, UMID the
     * Philippines, CRN): they were run into the number (KTP3174…). Not
     * PAN, India's tax number, which is Panama's code too. */
    "ktp", "bvn", "cie", "nrc", "eid", "tin", "ssn", "nif", "umid", "crn",
    /* ... and on the Mediterranean routes: PdS (permesso di soggiorno,
     * Italy's residence permit), TIE (tarjeta de identidad de
     * extranjero, Spain's), and CUI (codice univoco identificativo, the
     * number Italy's police give a migrant by fingerprints, read as the
     * A-Number is: the number, not its name; codice CUI, with Italian's
     * word for a code, which a number of fewer than five digits is not
     * read through unless it is listed) */
    "pds", "tie", "cui", "codice",
    /* ... and on the routes toward the US and the Gulf: El Salvador's
     * DUI, Guatemala's DPI, Mexico's INE and older IFE voter cards,
     * Chile's RUT and RUN, Colombia's PEP and PPT for Venezuelans,
     * India's UID (Aadhaar), Qatar's QID, Bahrain's CPR: they were run
     * into the number (DUI012345678), or refused before a colon */
    "dui", "dpi", "ine", "ife", "rut", "run", "pep", "ppt", "uid", "qid", "cpr",
    "паспорта", "паспорту",
    "паспорт", "загранпаспорт", "серия", "серія", "номер", "жеке",
    /* Mongolian: регистрийн дугаар (register number), РД for short */
    "рд", "регистрийн", "дугаар",
    "αριθμος",
    "جواز", "سفر", "رقم",
};

/* Of those, the ones that are also a country's name or code: before a
 * colon they are the label, not the country (CIN: Çin, China; NIC:
 * Nicaragua; CC: the Cocos Islands; TC: Turks and Caicos). */
static const char *const not_country_labels[] = {"cin", "nic", "nin", "cc", "tc"};

/* Dotted abbreviations of labels, their letters run together: C.I. (carta
 * or cédula de identidad), C.C. (cédula de ciudadanía), T.C. (Türkiye
 * Cumhuriyeti, before Kimlik No), C.I.N., D.N.I., B.I. (buletin de
 * identitate, Romania's and Moldova's older identity card), P.d.S.
 * (permesso di soggiorno). */
static const char *const dotted_labels[] = {"ci", "cc", "tc", "cin", "dni", "nic", "bi",
                                           "pds", "rut", "run"};

/* Words that say something else of the number than its name (when it was
 * issued, that it expired): a value that holds them is read as it is,
 * not through them. */
static const char *const not_label_words[] = {
    "issued", "issue", "expires", "expired", "expiry", "expiration", "valid",
    "until", "date", "born", "birth", "phone", "mobile",
};

/* Words that are labels only before another label ("ID card", "ID No.",
 * "carte d'identité", "número de pasaporte", "TC Kimlik No"): alone
 * before a number they may be its series (ID 1234567, D 123456, CC 656
 * 5566; Colombia's CC 1023456789 is read so too). The connectors (d, de,
 * del; Italian di and per, "permesso di soggiorno per richiesta asilo";
 * Maltese tal, "karta tal-identità") only between two labels: first in a
 * value, DE is Germany ("DE Nr. C01X00T47"), and PER before a number is
 * Peru. */
static const char *const weak_label_words[] = {"id", "pp", "d", "de", "del", "e",
                                              "di", "per", "tal",
                                              "a", "so", "ho", "cc", "tc", "rg",
                                              /* Spanish y and con ("cédula de
                                               * identidad y electoral",
                                               * "credencial para votar con
                                               * fotografía") */
                                              "y", "con",
                                              /* серия и номер, серія та номер:
                                               * ТА alone is a series */
                                              "и", "і", "та"};

/* The key of the word w[0..n): in buf (cap bytes) when it is ASCII, else
 * in *key, which the caller frees; its length in *kn. NULL when memory
 * runs out. */
static const char *word_key(const char *w, size_t n, char *buf, size_t cap,
                            aka__sb *key, size_t *kn)
{
    *kn = aka__u_keyfold_ascii(w, n, buf, cap);
    if (*kn != SIZE_MAX)
        return buf;
    if (aka__u_keyfold(w, n, key) != AKA_OK)
        return NULL;
    *kn = key->len;
    return key->p ? key->p : "";
}

/* Whether the weak label at w[0..n) opens a label phrase: ID, PP, A
 * (A-Number), E (electronic: e-Tazkira, e-passport), and Vietnamese số
 * (number) and hộ (hộ chiếu, passport). */
static int weak_opener(const char *w, size_t n)
{
    /* (CC and RG too: Colombia's "CC No.", Brazil's "RG nº") */
    static const char *const openers[] = {"id", "pp", "a", "e", "so", "ho", "tc", "cc", "rg"};
    char buf[8];
    aka__sb key = {0};
    size_t kn;
    const char *k = n <= 8 ? word_key(w, n, buf, sizeof buf, &key, &kn) : NULL;
    int hit = k && AKA__LISTED(openers, k, kn);
    aka__sb_free(&key);
    return hit;
}

/* The longest label word, in bytes (เลขประจำตัวประชาชน is 54). */
#define LABEL_MAX 96

/* What a word before the number is (is_label). */
enum { NOT_LABEL, LABEL, WEAK_LABEL, WORD_LABEL };

/* Whether the key-folded word k[0..kn) is a word of letters that no
 * number holds, so a label whatever it says (WORD_LABEL): four Latin
 * letters or more with a vowel among them (Kimlik, Tazkira, CNIC, not a
 * code such as ZZZZ), Cyrillic and Greek letters that look Latin counted
 * as Latin (ID-картка); three letters or more of Cyrillic or Greek with
 * one that looks like no Latin letter (ЕГН, ΑΔΤ), or two or more of any
 * other script, its vowel signs counted (护照, کد ملی, পাসপোর্ট, नं).
 * Shorter words may be a number's series (FE, АВ, БГ). */
static int word_label(const char *k, size_t kn, int *foreign)
{
    size_t letters = 0, signs = 0;
    int vowel = 0, cyrgreek = 0, other = 0;
    for (size_t i = 0; i < kn;) {
        uint32_t cp = aka__utf8_next(k, kn, &i);
        if (cp >= 0x80 && (U_GET_GC_MASK((UChar32)cp) & U_GC_M_MASK)) {
            signs++; /* a vowel sign or a mark (नं, নং: "no.") */
            continue;
        }
        char l = cp < 0x80 ? (char)(cp & ~32u) : lookalike(cp);
        letters++;
        if (l)
            vowel |= strchr("AEIOUY", l) != NULL;
        else if (cp >= 0x370 && cp < 0x530)
            cyrgreek = 1;
        else
            other = 1;
    }
    *foreign = other || cyrgreek;
    if (other)
        return letters + signs >= 2;
    if (cyrgreek)
        return letters >= 3;
    return letters >= 4 && vowel;
}

/* Words for a passport or an identity card that scripts without spaces
 * run into the country's name before them (中国护照, 日本国旅券), key form. */
static const char *const runon_labels[] = {
    "\xE6\x8A\xA4\xE7\x85\xA7",             /* 护照 */
    "\xE8\xAD\xB7\xE7\x85\xA7",             /* 護照 */
    "\xE6\x97\x85\xE5\x88\xB8",             /* 旅券 */
    "\xE8\xBA\xAB\xE4\xBB\xBD\xE8\xAF\x81", /* 身份证 */
    "\xE8\xBA\xAB\xE4\xBB\xBD\xE8\xAD\x89", /* 身份證 */
    "\xEC\x97\xAC\xEA\xB6\x8C",             /* 여권 */
};

/* The country a key-folded word k[0..kn) names before one of
 * runon_labels, into cc; 0 when it is none. */
static int runon_country(const char *k, size_t kn, char cc[3])
{
    for (size_t i = 0; i < sizeof runon_labels / sizeof runon_labels[0]; i++) {
        size_t m = strlen(runon_labels[i]);
        if (kn > m && memcmp(k + kn - m, runon_labels[i], m) == 0 &&
            aka__country_lookup(k, kn - m, cc) == AKA_OK)
            return 1;
    }
    return 0;
}

/* Whether the word at in[ws..we) is a label word (LABEL), a weak one
 * (WEAK_LABEL), a word no number holds (WORD_LABEL, word_label) or
 * neither (NOT_LABEL). A word that names a country (Nigerian, marocain,
 * سوري, РФ) is a WORD_LABEL, its code in cc when cc is given. */
static int is_label(const char *in, size_t len, size_t ws, size_t we, char cc[3])
{
    const char *w = in + ws;
    size_t n = we - ws;
    if (number_word(w, n) || dotted_number_word(in, len, ws, we))
        return LABEL; /* (č., which keys as a series would) */
    char buf[64];
    size_t kn = aka__u_keyfold_ascii(w, n, buf, sizeof buf);
    aka__sb key = {0};
    const char *k = buf;
    /* (a Latin word of three letters or fewer is a label only when listed,
     * and the listed ones open with these: a series such as FE is looked
     * up no further) */
    if (kn != SIZE_MAX && kn < 4 && !strchr("abcdehiknpqrstuy", buf[0]))
        return NOT_LABEL;
    /* ... and so is a word of fewer than four Cyrillic or Greek letters
     * that look Latin (СН, АВ), as most non-ASCII words before a number
     * are, without folding it */
    if (kn == SIZE_MAX) {
        size_t look = 0;
        for (size_t i = 0; i < n;) {
            uint32_t cp = aka__utf8_next(w, n, &i);
            if (!lookalike(cp < 0x80 ? cp : (uint32_t)u_tolower((UChar32)cp))) {
                look = SIZE_MAX;
                break;
            }
            look++;
        }
        if (look < 4) {
            /* (but for a listed word: та, the conjunction of "серія та
             * номер:") */
            k = word_key(w, n, buf, sizeof buf, &key, &kn);
            int weak = k && AKA__LISTED(weak_label_words, k, kn);
            aka__sb_free(&key);
            return weak ? WEAK_LABEL : NOT_LABEL;
        }
    }
    if (kn == SIZE_MAX && !(k = word_key(w, n, buf, sizeof buf, &key, &kn))) {
        aka__sb_free(&key);
        return NOT_LABEL;
    }
    int r = NOT_LABEL;
    char here[3];
    if (AKA__LISTED(weak_label_words, k, kn))
        r = WEAK_LABEL;
    else if (AKA__LISTED(label_words, k, kn) || AKA__LISTED(number_words, k, kn))
        r = LABEL;
    else if (!AKA__LISTED(not_label_words, k, kn)) {
        /* a country's name or demonym of four letters or more, or with
         * a letter that looks like no Latin one (РФ, سوري): a Latin code
         * of two or three letters before a number is read by
         * leading_country2 and alpha3_country, and a short word in
         * letters that look Latin is a series (СН) */
        int foreign = 0, word = word_label(k, kn, &foreign);
        int named = (word || foreign) && (aka__country_lookup(w, n, here) == AKA_OK ||
                                          (foreign && runon_country(k, kn, here)));
        if (named || word)
            r = WORD_LABEL;
        if (named && cc)
            memcpy(cc, here, 3);
    }
    aka__sb_free(&key);
    return r;
}

/* Whether cp is a letter or digit of any script ("№" is not). */
static int is_alnum(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9');
    /* (a vowel sign or another mark is part of its word: नं, राहदानी) */
    return cp != 0x2116 && (u_isalpha((UChar32)cp) || aka__digit_value(cp) >= 0 ||
                            (U_GET_GC_MASK((UChar32)cp) & U_GC_M_MASK));
}

/* Where the number sign after the n at in[n_end - 1] ends: N°, Nº and
 * N.º, the sign of French, Spanish, Portuguese and Italian forms; 0 when
 * no sign follows. (NFKC makes º an o: "Nº" read as the letters NO.) */
static size_t numero_sign(const char *in, size_t len, size_t n_end)
{
    size_t j = n_end;
    if (j < len && in[j] == '.')
        j++;
    if (j + 1 < len && (unsigned char)in[j] == 0xC2 &&
        ((unsigned char)in[j + 1] == 0xB0 || (unsigned char)in[j + 1] == 0xBA))
        return j + 2;
    return 0;
}

/* The next word of in[from..len), a run of letters and digits, read up to
 * its first digit: in[*ws..*we), and whether it holds a digit (the
 * number, then); *sign: whether a number sign (№, #) came before it. 0
 * when no word is left. */
static int next_word(const char *in, size_t len, size_t from, size_t *ws,
                     size_t *we, int *digit, int *sign)
{
    *sign = 0;
    for (size_t i = from; i < len;) {
        *ws = i;
        uint32_t cp = aka__utf8_next(in, len, &i);
        if (!is_alnum(cp)) {
            *sign |= cp == 0x2116 || cp == '#';
            continue;
        }
        *we = i;
        *digit = aka__digit_value(cp) >= 0;
        for (size_t j = i; j < len && !*digit;) {
            uint32_t c2 = aka__utf8_next(in, len, &j);
            if (!is_alnum(c2))
                break;
            *digit = aka__digit_value(c2) >= 0;
            *we = j;
        }
        return 1;
    }
    return 0;
}

/* Where the number sign the word in[ws..we) opens ends: N° and N.º
 * (numero_sign), Nº, one word to Unicode (º is a letter), n. before a
 * space (Italian and Spanish forms: "Passaporto n. YA1234567") or the
 * Greek Αρ.; 0 for any other word. */
static size_t sign_end(const char *in, size_t len, size_t ws, size_t we, int digit)
{
    /* Αρ. (Αριθμός), the Greek No., in either case of each letter (ΑΡ.
     * in the capitals of forms and registers) */
    if (!digit && we - ws == 4 && we < len && in[we] == '.' &&
        (memcmp(in + ws, "\xce\x91", 2) == 0 || memcmp(in + ws, "\xce\xb1", 2) == 0) &&
        (memcmp(in + ws + 2, "\xcf\x81", 2) == 0 || memcmp(in + ws + 2, "\xce\xa1", 2) == 0))
        return we + 1;
    if (digit || (in[ws] | 32) != 'n')
        return 0;
    if (we - ws == 1) {
        size_t e = numero_sign(in, len, we);
        if (!e && we + 1 < len && in[we] == '.' && in[we + 1] == ' ')
            e = we + 1;
        return e;
    }
    return we - ws == 3 && numero_sign(in, len, ws + 1) == we ? we : 0;
}

static int ascii_letter(char c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Where a dotted abbreviation of a label that opens in[ws..len) ends
 * (C.I., T.C., D.N.I.: single letters, each with its full stop); 0 for
 * none. */
static size_t dotted_end(const char *in, size_t len, size_t ws)
{
    char letters[8];
    size_t n = 0, i = ws;
    while (i + 1 < len && n < sizeof letters && ascii_letter(in[i]) && in[i + 1] == '.' &&
           (i == ws || in[i - 1] == '.')) {
        letters[n++] = (char)(in[i] | 32);
        i += 2;
    }
    return n >= 2 && AKA__LISTED(dotted_labels, letters, n) ? i : 0;
}

/* Whether the next word of in[from..len) is a label word, weak or not,
 * the number sign (a weak label before it is one: "ID N° 123456") or a
 * country's name of several words, whose first may be too short to be a
 * label ("pasaporte de El Salvador": de was read as Germany). */
static int label_next(const char *in, size_t len, size_t from)
{
    size_t ws, we;
    int digit, sign;
    char cc[3];
    if (!next_word(in, len, from, &ws, &we, &digit, &sign))
        return sign;
    if (sign || sign_end(in, len, ws, we, digit))
        return 1;
    return !digit && we - ws <= LABEL_MAX &&
           (is_label(in, len, ws, we, NULL) != NOT_LABEL || country_span(in, len, ws, we, cc));
}

/* Whether the weak label at in[ws..we) is a label: opening the value
 * (keep 0), ID, PP, A, số or hộ before another label; after a label,
 * any weak one before another or last before the colon that ends the
 * labels (in[len], "Hộ chiếu số: C1234567"), and ID before the number
 * too ("National ID 1234567"). */
static int weak_counts(const char *in, size_t len, size_t ws, size_t we,
                       size_t keep)
{
    /* (alone before the colon too, unless it is a country's code or a
     * letter a number may open with: "RG:", "PP:" were refused; ID:
     * stays Indonesia's, CC: the Cocos Islands', A: and E: as they were) */
    char cc[3];
    if (keep == 0)
        return weak_opener(in + ws, we - ws) &&
               (label_next(in, len, we) ||
                (we - ws >= 2 && !alnum_after(in, len, we) &&
                 !country_of(in + ws, we - ws, cc)));
    return label_next(in, len, we) || !alnum_after(in, len, we) ||
           (we - ws == 2 && (in[ws] | 32) == 'i');
}

/* Whether the word in[ws..we), two or three Cyrillic letters that look
 * Latin and so read as a series (КР 123456), is rather a country's
 * abbreviation (КР, the Kyrgyz Republic) because the number after it
 * opens with letters of its own ("паспорт КР AN1234567"): its code in
 * cc. (In Latin letters KP would be North Korea's code.) */
static int cyrillic_country_before_series(const char *in, size_t len, size_t ws,
                                          size_t we, char cc[3])
{
    size_t nws, nwe;
    int digit, sign;
    if (we - ws < 4 || we - ws > 6 || ((unsigned char)in[ws] != 0xD0 && (unsigned char)in[ws] != 0xD1) ||
        !next_word(in, len, we, &nws, &nwe, &digit, &sign) || sign ||
        !ascii_letter(in[nws]) || !digit)
        return 0;
    return aka__country_lookup(in + ws, we - ws, cc) == AKA_OK;
}

/* The most words, after the first, that a country's name among the
 * labels runs to (Papua New Guinea, Guinée équatoriale, Bosnia and
 * Herzegovina). */
#define COUNTRY_SPAN_WORDS 3

/* Whether in[from..to) holds only what joins the words of a country's
 * name: spaces, hyphens and apostrophes (Guinea-Bissau, Côte d'Ivoire,
 * Costa d’Avorio). */
static int name_gap(const char *in, size_t from, size_t to)
{
    for (size_t i = from; i < to;) {
        uint32_t cp = aka__utf8_next(in, to, &i);
        if (cp != ' ' && cp != '-' && cp != '\'' && cp != 0x2019)
            return 0;
    }
    return 1;
}

/* Where a country's name of two words or more that opens in[ws..len)
 * ends, the words after the first read up to COUNTRY_SPAN_WORDS and the
 * longest that names a country taken, its code in cc; 0 when none does.
 * Read word by word, Guinea-Bissau was Guinea, Equatorial Guinea was
 * Guinea and South Sudan was Sudan. */
static size_t country_span(const char *in, size_t len, size_t ws, size_t we,
                           char cc[3])
{
    size_t ends[COUNTRY_SPAN_WORDS], n = 0, i = we;
    while (n < COUNTRY_SPAN_WORDS) {
        size_t nws, nwe;
        int digit, sign;
        if (!next_word(in, len, i, &nws, &nwe, &digit, &sign) || digit || sign ||
            !name_gap(in, i, nws) || nwe - ws > LABEL_MAX)
            break;
        ends[n++] = i = nwe;
    }
    while (n-- > 0)
        if (aka__country_lookup(in + ws, ends[n] - ws, cc) == AKA_OK)
            return ends[n];
    return 0;
}

/* What the labels that open a value said: a country they name (cc, ""
 * for none, "--" for two), and whether a word no number holds was taken
 * for one (word_label). */
typedef struct label_info {
    char cc[3];
    int words;
} label_info;

/* The end of the label words that open in[0..len): words of letters
 * only that are labels, dotted abbreviations of labels and the number
 * sign N°; with `words`, also words no number holds (WORD_LABEL). What
 * they say in *li. */
static size_t labels_end(const char *in, size_t len, int words, label_info *li)
{
    size_t keep = 0, ws, we;
    int digit, sign;
    li->cc[0] = '\0';
    li->words = 0;
    for (size_t i = 0; next_word(in, len, i, &ws, &we, &digit, &sign);) {
        size_t end = sign_end(in, len, ws, we, digit);
        if (!end)
            end = dotted_end(in, len, ws);
        if (end) {
            i = keep = end;
            continue;
        }
        /* (a word with a digit is the number: most values stop here) */
        char cc[3] = "";
        size_t span = !digit && words ? country_span(in, len, ws, we, cc) : 0;
        int label = span ? WORD_LABEL
                    : digit || we - ws > LABEL_MAX ? NOT_LABEL
                                                   : is_label(in, len, ws, we, cc);
        if (span)
            we = span;
        if (label == NOT_LABEL && !digit && words &&
            cyrillic_country_before_series(in, len, ws, we, cc))
            label = WORD_LABEL;
        /* a country's three-letter abbreviation or code before a label
         * ("KSA iqama", "UAE ID", "USA passport": they ran into the
         * number); two letters are read so by country_labels */
        if (label == NOT_LABEL && !digit && words && we - ws == 3 && ascii_letter(in[ws]) &&
            ascii_letter(in[ws + 1]) && ascii_letter(in[ws + 2]) && label_next(in, len, we) &&
            country_of(in + ws, 3, cc))
            label = WORD_LABEL;
        /* four letters joined by a hyphen to digits are a CURP's first
         * part (GODE-561231-HDFRRN-09), not a word before the number;
         * a longer word or a country's name there is a label
         * (Tazkira-1400…, Kenya-12345678) */
        if (label == WORD_LABEL && !span && !cc[0] && we - ws == 4 && we + 1 < len &&
            in[we] == '-' && in[we + 1] >= '0' && in[we + 1] <= '9')
            label = NOT_LABEL;
        if (label == NOT_LABEL || (label == WORD_LABEL && !words) ||
            (label == WEAK_LABEL && !weak_counts(in, len, ws, we, keep)))
            break;
        li->words |= label == WORD_LABEL;
        if (cc[0] && !li->cc[0])
            memcpy(li->cc, cc, 3);
        else if (cc[0] && memcmp(li->cc, cc, 2) != 0)
            memcpy(li->cc, "--", 3);
        i = keep = we;
    }
    return keep;
}

/* Whether in[from..len) holds a letter or digit. */
static int alnum_after(const char *in, size_t len, size_t from)
{
    for (size_t i = from; i < len;)
        if (is_alnum(aka__utf8_next(in, len, &i)))
            return 1;
    return 0;
}

/* The digits of in[from..len). */
static size_t digits_after(const char *in, size_t len, size_t from)
{
    size_t n = 0;
    for (size_t i = from; i < len;)
        n += aka__digit_value(aka__utf8_next(in, len, &i)) >= 0;
    return n;
}

/* The least digits of a number read through words that no number holds
 * (WORD_LABEL): a short one after such words is more likely something
 * else than an identity document's ("سامي 123", a name and a number). */
#define WORDS_NUMBER_DIGITS 5

/* Where the number starts in in[0..len) once the label words before it
 * are skipped, as long as a digit is left after them (a value of labels
 * alone is read as it is, and refused or kept as the number's letters),
 * and WORDS_NUMBER_DIGITS when words no number holds were among them
 * (else the known labels alone are skipped); what the labels said in
 * *li. */
static size_t skip_labels(const char *in, size_t len, label_info *li)
{
    size_t keep = labels_end(in, len, 1, li);
    if (li->words && digits_after(in, len, keep) < WORDS_NUMBER_DIGITS)
        keep = labels_end(in, len, 0, li);
    if (keep == 0 || digits_after(in, len, keep) == 0) {
        li->cc[0] = '\0';
        return 0;
    }
    return keep;
}

/* The country in[0..len) names, spaces around it trimmed. */
static int country_of(const char *in, size_t len, char cc[3])
{
    size_t b = 0, e = len;
    while (b < e && (in[b] == ' ' || in[b] == '\t'))
        b++;
    while (e > b && (in[e - 1] == ' ' || in[e - 1] == '\t'))
        e--;
    return e > b && aka__country_lookup(in + b, e - b, cc) == AKA_OK;
}

/* The country of a number written with it after, in parentheses ("A12345678
 * (Nigeria)", "FE123456 (UKR)") or not ("FE123456 Ukraine"): its code in cc
 * and the number's end in *end; 0 when there is none. */
static int trailing_country(const char *in, size_t len, size_t *end, char cc[3])
{
    size_t open, close;
    if (aka__trailing_parens(in, len, &open, &close)) {
        if (!country_of(in + open + 1, close - open - 1, cc))
            return 0;
        *end = open;
        return 1;
    }
    /* or set off by a space or a comma: the last word or two, letters
     * only, a country's name, an adjective of one or a code (FE123456
     * Ukraine, FE123456, UA, A05123456 Nigerian, P00123456 South Sudan),
     * after a number of five digits or more; the space says where the
     * number ends, as before it (leading_country2) */
    size_t e = len;
    while (e > 0 && (in[e - 1] == ' ' || in[e - 1] == '.'))
        e--;
    for (int words = 2; words >= 1; words--) {
        size_t b = e, w = 0;
        for (int k = 0; k < words; k++) {
            while (b > 0 && in[b - 1] == ' ' && k > 0)
                b--;
            size_t we = b;
            while (b > 0 && in[b - 1] != ' ' && in[b - 1] != ',')
                b--;
            w += we - b;
        }
        if (b == 0 || w < 2 || (in[b - 1] != ' ' && in[b - 1] != ','))
            continue;
        int letters = 1;
        for (size_t i = b; i < e && letters; i++)
            letters = in[i] == ' ' || (unsigned char)in[i] >= 0x80 ||
                      ((in[i] | 32) >= 'a' && (in[i] | 32) <= 'z');
        size_t digits = 0;
        for (size_t i = 0; i < b; i++)
            digits += in[i] >= '0' && in[i] <= '9';
        if (letters && digits >= 5 && country_of(in + b, e - b, cc)) {
            size_t n = b;
            while (n > 0 && (in[n - 1] == ' ' || in[n - 1] == ',' || in[n - 1] == '-'))
                n--;
            *end = n;
            return 1;
        }
    }
    return 0;
}

static int upper3(const char *s)
{
    return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
           s[2] >= 'A' && s[2] <= 'Z';
}

/* Whether s[0..n) is a passport number: 6 to 12 characters, 5 digits at
 * least. */
static int passport_like(const char *s, size_t n)
{
    size_t digits = 0;
    for (size_t i = 0; i < n; i++)
        digits += s[i] >= '0' && s[i] <= '9';
    return n >= 6 && n <= 12 && digits >= 5;
}

/* The number out->p[at..) (its canonical letters and digits) with an
 * ICAO alpha-3 code before or after it, as copies of machine-readable
 * zones and registers write it ("UZB PM1917316", "PM1917316 UZB",
 * "IDNC0076798"), rewritten as that country's prefix and the rest: the
 * same length. Read on the canonical form, so that the output reads the
 * same again. A code of two letters is left alone: series letters before
 * a number (BE, AM, PA) are country codes too. */
/* Whether s[0..n) is an ICAO alpha-3 code and a number after it, run
 * together (its country in cc), as alpha3_country reads it first. */
static int alpha3_before(const char *s, size_t n, char cc[3])
{
    return n >= 9 && upper3(s) && passport_like(s + 3, n - 3) && country_of(s, 3, cc);
}

static void alpha3_country(aka__sb *out, size_t at)
{
    char *s = out->p + at, cc[3];
    size_t n = out->len - at;
    if (n < 9)
        return;
    if (alpha3_before(s, n, cc)) {
        s[0] = cc[0];
        s[1] = cc[1];
        s[2] = ':';
    } else if (upper3(s + n - 3) && s[n - 4] >= '0' && s[n - 4] <= '9' &&
               passport_like(s, n - 3) && country_of(s + n - 3, 3, cc)) {
        memmove(s + 3, s, n - 3);
        s[0] = cc[0];
        s[1] = cc[1];
        s[2] = ':';
    }
}

/* A country's ISO alpha-2 code, a space or a hyphen, then a number that
 * starts with a letter ("PT-CB767821", "UA FE123456"): the country's code
 * in cc and where the number starts in *num. Series letters before digits
 * (AM 1234567, BE 123456) are left to the number, as alpha3_country
 * leaves two letters run into it. */
static int leading_country2(const char *in, size_t len, size_t *num, char cc[3])
{
    if (len < 9 || !ascii_letter(in[0]) || !ascii_letter(in[1]))
        return 0;
    size_t i = 2;
    while (i < len && (in[i] == ' ' || in[i] == '-'))
        i++;
    if (i == 2 || i == len || !ascii_letter(in[i]))
        return 0;
    size_t e = len;
    while (e > i && in[e - 1] == ' ')
        e--;
    /* the number's letters and digits, one space allowed between its
     * series and its digits ("UA AB 123456") */
    char run[16];
    size_t n = 0, gaps = 0;
    for (size_t k = i; k < e; k++) {
        if (in[k] == ' ' && k > i && ascii_letter(in[k - 1]) && k + 1 < e &&
            in[k + 1] >= '0' && in[k + 1] <= '9' && gaps++ == 0)
            continue;
        if ((!ascii_letter(in[k]) && !(in[k] >= '0' && in[k] <= '9')) || n == sizeof run)
            return 0;
        run[n++] = in[k];
    }
    if (!passport_like(run, n) || !country_of(in, 2, cc))
        return 0;
    *num = i;
    return 1;
}

/* A country's ISO alpha-2 code, a space or a hyphen, then label words
 * and the number ("UA no. FE123456"): the country's code in cc and where
 * the number starts in *num. */
static int country_labels(const char *in, size_t len, size_t *num, char cc[3])
{
    if (len < 4 || !ascii_letter(in[0]) || !ascii_letter(in[1]) ||
        (in[2] != ' ' && in[2] != '-'))
        return 0;
    size_t i = 3;
    while (i < len && in[i] == ' ')
        i++;
    label_info li;
    size_t lab = skip_labels(in + i, len - i, &li);
    if (lab == 0 || !country_of(in, 2, cc))
        return 0;
    *num = i + lab;
    return 1;
}

/* Where a remark in parentheses after the number starts ("AB1234567
 * (expired)", "FE123456 (old)"): in[0..result) is the value without it;
 * len when there is none, or nothing but the remark. A country in
 * parentheses is no remark (trailing_country). */
static size_t before_remark(const char *in, size_t len)
{
    size_t open, close;
    char cc[3];
    if (!aka__trailing_parens(in, len, &open, &close) || !alnum_after(in, open, 0) ||
        country_of(in + open + 1, close - open - 1, cc))
        return len;
    return open;
}

/* Words that open a clause on the document's dates after its number
 * ("AB1234567 exp. 2030", "No. AB1234567, issued 12.03.2015", "valid
 * until 12/03/2030"), and the ones that may follow in it besides them. */
static const char *const validity_openers[] = {
    "issued", "issue", "iss", "exp", "expires", "expired", "expiry",
    "expiration", "valid", "doi", "doe", "date",
};
static const char *const validity_connectors[] = {
    "until", "till", "to", "on", "from", "of", "thru", "through",
};

/* Where a clause on the dates after the number starts: in[0..result) is
 * the value without it; len when there is none. The clause opens with a
 * word of validity_openers after a number, and holds nothing but those
 * words and validity_connectors, digits and the punctuation of dates (a
 * month's name, or any other word, leaves the value as it is): read
 * whole, the date was glued to the number. */
static size_t before_validity(const char *in, size_t len)
{
    size_t cut = len, digits_before = 0, digits_after = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)in[i];
        if (c >= 0x80)
            return len;
        if (c >= '0' && c <= '9') {
            *(cut == len ? &digits_before : &digits_after) += 1;
            i++;
            continue;
        }
        if (!ascii_letter((char)c)) {
            i++;
            continue;
        }
        size_t b = i;
        while (i < len && ascii_letter(in[i]))
            i++;
        char w[16];
        size_t kn = i - b < sizeof w ? aka__u_keyfold_ascii(in + b, i - b, w, sizeof w)
                                     : SIZE_MAX;
        if (cut == len) {
            /* (the number's own letters run into its digits) */
            if (kn != SIZE_MAX && digits_before >= 5 && AKA__LISTED(validity_openers, w, kn) &&
                (b == 0 || !(in[b - 1] >= '0' && in[b - 1] <= '9')) &&
                (i == len || !(in[i] >= '0' && in[i] <= '9')))
                cut = b;
        } else if (kn == SIZE_MAX || !(AKA__LISTED(validity_openers, w, kn) ||
                                        AKA__LISTED(validity_connectors, w, kn))) {
            return len;
        }
    }
    if (cut == len || digits_after == 0)
        return len;
    while (cut > 0 && (in[cut - 1] == ' ' || in[cut - 1] == ',' || in[cut - 1] == ';'))
        cut--;
    return cut;
}

/* Whether the canonical number s[0..n) has the shape pat: '9' a digit,
 * 'A' a letter (anything else, in a canonical number), one a place. */
static int number_shaped(const char *s, size_t n, const char *pat)
{
    if (n != strlen(pat))
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] >= '0' && s[i] <= '9') != (pat[i] == '9'))
            return 0;
    return 1;
}

/* India's PAN: five letters, four digits, a letter. */
static int pan_shape(const char *s, size_t n)
{
    return number_shaped(s, n, "AAAAA9999A");
}

/* A Romanian identity card's series and number: two letters, six
 * digits. */
static int ro_card_shape(const char *s, size_t n)
{
    return number_shaped(s, n, "AA999999");
}

/* A German passport's or identity card's number: nine characters of
 * digits and the consonants its alphabet keeps (no vowels, B, D, Q or
 * S, which could be read as digits), opening with a letter. */
static int de_number_shape(const char *s, size_t n)
{
    if (n != 9 || s[0] < 'A' || s[0] > 'Z')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!(s[i] >= '0' && s[i] <= '9') && !strchr("CFGHJKLMNPRTVWXYZ", s[i]))
            return 0;
    return 1;
}

/* Words before a number that are labels or a country only before a
 * number of their own document's shape, and a code or a series before
 * any other: India's PAN (the tax card, also Panama's code), CI, the
 * Romanian carte de identitate (also Côte d'Ivoire's code) before its
 * series of two letters and six digits ("CI seria RT nr 123456", "CI
 * RT123456"), BI, the buletin de identitate before it (also Burundi's
 * code: "BI seria AB nr. 123456" read as a Burundian number), D,
 * Germany's ICAO code (as a German passport's zone
 * writes it), before a German number ("D C01X00T47"; D 123456 is a
 * series). */
static const struct {
    const char *word; /* key form */
    int (*shape)(const char *, size_t);
    char cc[3]; /* the country it names, "" for none */
} shaped_labels[] = {
    {"pan", pan_shape, ""},
    {"ci", ro_card_shape, ""},
    {"bi", ro_card_shape, ""},
    {"d", de_number_shape, "DE"},
};

/* Whether the word that opens in[0..len) is one of shaped_labels that
 * names no country (a dotted one, C.I., read as its letters). */
static int shaped_label_word(const char *in, size_t len)
{
    char w[8];
    size_t n = 0;
    for (size_t i = 0; i < len && n < sizeof w && (ascii_letter(in[i]) || in[i] == '.'); i++)
        if (in[i] != '.')
            w[n++] = (char)(in[i] | 32);
    for (size_t k = 0; k < sizeof shaped_labels / sizeof shaped_labels[0]; k++)
        if (!shaped_labels[k].cc[0] && strlen(shaped_labels[k].word) == n &&
            memcmp(shaped_labels[k].word, w, n) == 0)
            return 1;
    return 0;
}

/* The value in[0..len) read as one of shaped_labels and a number of its
 * shape, into out: 1 when it is one (*st the status), else 0 and out as
 * it was. */
static int shaped_label(const char *in, size_t len, const aka__norm_opts *o,
                        aka__sb *out, aka_status *st)
{
    size_t e = 0;
    while (e < len && e < 4 && ascii_letter(in[e]))
        e++;
    /* (two letters and a colon are the canonical country prefix: CI:
     * stays Côte d'Ivoire, so that an output reads the same again) */
    char w[8];
    size_t kn = e > 0 && e < len && (in[e] == ' ' || (in[e] == ':' && e != 2) || in[e] == '.')
                    ? aka__u_keyfold_ascii(in, e, w, sizeof w)
                    : SIZE_MAX;
    for (size_t k = 0; kn != SIZE_MAX && k < sizeof shaped_labels / sizeof shaped_labels[0]; k++) {
        if (strlen(shaped_labels[k].word) != kn || memcmp(shaped_labels[k].word, w, kn) != 0)
            continue;
        aka__sb num = {0};
        aka__err ignored = {{0}};
        size_t from = e;
        while (from < len && (in[from] == ' ' || in[from] == ':' || in[from] == '.'))
            from++;
        int hit = norm_document(in + from, len - from, o, &num, &ignored) == AKA_OK &&
                  num.p && shaped_labels[k].shape(num.p, num.len);
        if (hit) {
            *st = AKA_OK;
            if (shaped_labels[k].cc[0]) {
                *st = aka__sb_append(out, shaped_labels[k].cc, 2);
                if (*st == AKA_OK)
                    *st = aka__sb_append_char(out, ':');
            }
            if (*st == AKA_OK)
                *st = aka__sb_append(out, num.p, num.len);
        }
        aka__sb_free(&num);
        return hit;
    }
    return 0;
}

/* A country's code or name (one word or two) before one of shaped_labels
 * that names none, and a number of its shape ("RO CI RX123456", "Romania,
 * CI seria RX nr. 123456"): the country's prefix and the number into out,
 * 1 (*st the status); else 0 and out as it was. Read whole, the country's
 * code and the label's letters ran together into another country's
 * ICAO code (RO CI: ROC, Taiwan), or the label was read as a country
 * (Romania CI: Côte d'Ivoire). */
static int country_shaped(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka_status *st)
{
    size_t e = 0;
    for (int words = 1; words <= 2; words++) {
        while (e < len && in[e] == ' ')
            e++;
        while (e < len && in[e] != ' ' && in[e] != ',')
            e++;
        size_t from = e;
        while (from < len && (in[from] == ' ' || in[from] == ',' || in[from] == '-'))
            from++;
        /* the label first: most values hold none, and a country is dear
         * to look up */
        char cc[3];
        if (from == e || from == len || !shaped_label_word(in + from, len - from) ||
            !country_of(in, e, cc))
            continue;
        aka__sb num = {0};
        aka_status nst = AKA_OK;
        int hit = shaped_label(in + from, len - from, o, &num, &nst) && nst == AKA_OK &&
                  num.len > 2 && num.p[2] != ':';
        if (hit) {
            *st = aka__sb_append(out, cc, 2);
            if (*st == AKA_OK)
                *st = aka__sb_append_char(out, ':');
            if (*st == AKA_OK)
                *st = aka__sb_append(out, num.p, num.len);
        }
        aka__sb_free(&num);
        if (hit || nst != AKA_OK) {
            if (!hit)
                *st = nst;
            return 1;
        }
    }
    return 0;
}

/* Whether in[0..len) is a phone number in international form: "+", then
 * digits and a phone's separators only, 7 digits at least. */
static int phone_like(const char *in, size_t len)
{
    size_t i = 0, digits = 0;
    while (i < len && in[i] == ' ')
        i++;
    if (i == len || in[i] != '+')
        return 0;
    for (i++; i < len; i++) {
        if (in[i] >= '0' && in[i] <= '9')
            digits++;
        else if (!strchr(" -.()", in[i]))
            return 0;
    }
    return digits >= 7;
}

/* Whether in[0..len), spaces aside, is one of not_country_labels. */
static int not_country_label(const char *in, size_t len)
{
    char buf[8];
    size_t b = 0, e = len;
    while (b < e && in[b] == ' ')
        b++;
    while (e > b && in[e - 1] == ' ')
        e--;
    size_t kn = aka__u_keyfold_ascii(in + b, e - b, buf, sizeof buf);
    return kn != SIZE_MAX && AKA__LISTED(not_country_labels, buf, kn);
}

/* Put "cc:" before the number written at out->p[at..) when the labels
 * named one country (li) and the number has no country of its own. */
static aka_status label_country(aka__sb *out, size_t at, const label_info *li)
{
    if (!li->cc[0] || li->cc[0] == '-' ||
        (out->len - at > 2 && out->p[at + 2] == ':'))
        return AKA_OK;
    aka_status st = aka__sb_reserve(out, 3);
    if (st != AKA_OK)
        return st;
    memmove(out->p + at + 3, out->p + at, out->len - at);
    out->p[at] = li->cc[0];
    out->p[at + 1] = li->cc[1];
    out->p[at + 2] = ':';
    out->len += 3;
    out->p[out->len] = '\0';
    return AKA_OK;
}

int aka__mrz_check(const char *s, size_t n)
{
    static const int w[3] = {7, 3, 1};
    int sum = 0;
    for (size_t i = 0; i < n; i++) {
        int v = s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 10 : 0;
        sum += v * w[i % 3];
    }
    return sum % 10;
}

/* The number of fillers < in a machine-readable line in[0..len), or -1
 * when a character is no capital, digit or filler. */
static int mrz_fillers(const char *in, size_t len)
{
    int fillers = 0;
    for (size_t i = 0; i < len; i++) {
        if (!((in[i] >= 'A' && in[i] <= 'Z') || (in[i] >= '0' && in[i] <= '9') || in[i] == '<'))
            return -1;
        fillers += in[i] == '<';
    }
    return fillers;
}

/* A machine-readable line's document number num[0..9), fillers dropped,
 * after the country of its ICAO code state[0..3) and a colon (none when
 * the code is no country's: D<< is Germany's) into out. */
static aka_status put_mrz_number(const char *state, const char *num, aka__sb *out)
{
    char cc[3], code[3];
    size_t cn = 0;
    for (size_t i = 0; i < 3; i++)
        if (state[i] != '<')
            code[cn++] = state[i];
    aka_status st = AKA_OK;
    if (cn && country_of(code, cn, cc)) {
        st = aka__sb_append(out, cc, 2);
        if (st == AKA_OK)
            st = aka__sb_append_char(out, ':');
    }
    for (size_t i = 0; i < 9 && st == AKA_OK; i++)
        if (num[i] != '<')
            st = aka__sb_append_char(out, num[i]);
    return st;
}

/* A passport's or a travel document's second machine-readable line, pasted
 * whole (FE123456<8UKR8503079F3001019<<<<<<<<<<<<<<04: 44 characters of a
 * passport, 36 of a TD2 card): its number (the first nine characters,
 * fillers < dropped) with its country (the next but one three: an ICAO
 * code, D<< Germany) as the prefix into out, when it is laid out as one
 * (below) and the number's, the birth date's and the expiry's check digits
 * hold; 0 when in[0..len) is none. Read whole, it made a number of 30
 * characters no record holds. */
static int mrz_line(const char *in, size_t len, aka__sb *out, aka_status *st)
{
    while (len > 0 && in[len - 1] == ' ')
        len--;
    while (len > 0 && in[0] == ' ')
        in++, len--;
    if (len != 44 && len != 36)
        return 0;
    /* (a filler at least: a canonical number has none, so that no output
     * reads as a line again; the sex M, F or <; the dates digits) */
    if (mrz_fillers(in, len) < 1 || (in[20] != 'M' && in[20] != 'F' && in[20] != '<'))
        return 0;
    for (size_t i = 13; i < 28; i++)
        if (i != 20 && (in[i] < '0' || in[i] > '9'))
            return 0;
    if (in[9] - '0' != aka__mrz_check(in, 9) || in[19] - '0' != aka__mrz_check(in + 13, 6) ||
        in[27] - '0' != aka__mrz_check(in + 21, 6))
        return 0;
    *st = put_mrz_number(in + 10, in, out);
    return 1;
}

/* The first line of an identity card's machine-readable zone (ICAO 9303
 * TD1, three lines of 30: I<UZBAA12345678<<<<<<<<<<<<<<<): the document
 * type, the issuing state, the number and its check digit, which must
 * hold; the number with the state's country into out, as mrz_line. */
static int td1_first_line(const char *in, size_t len, aka__sb *out, aka_status *st)
{
    /* (a filler at least, as mrz_line asks: no canonical number reads as
     * a line again) */
    if (len != 30 || !(in[0] >= 'A' && in[0] <= 'Z') || mrz_fillers(in, len) < 1 ||
        in[5] == '<' || in[14] < '0' || in[14] > '9' || in[14] - '0' != aka__mrz_check(in + 5, 9))
        return 0;
    *st = put_mrz_number(in + 2, in + 5, out);
    return 1;
}

/* A machine-readable zone pasted whole, its lines apart by spaces or line
 * breaks: a passport's two lines of 44 (or a TD2 card's two of 36), whose
 * second holds the number (mrz_line), or an identity card's three of 30,
 * whose first does (td1_first_line); or one such line alone. */
static int mrz_zone(const char *in, size_t len, aka__sb *out, aka_status *st)
{
    const char *line[3];
    size_t ll[3], n = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && (in[i] == ' ' || in[i] == '\n' || in[i] == '\r' || in[i] == '\t'))
            i++;
        if (i == len)
            break;
        if (n == 3)
            return 0;
        line[n] = in + i;
        while (i < len && in[i] != ' ' && in[i] != '\n' && in[i] != '\r' && in[i] != '\t')
            i++;
        ll[n] = (size_t)(in + i - line[n]);
        n++;
    }
    if (n == 1)
        return mrz_line(line[0], ll[0], out, st) || td1_first_line(line[0], ll[0], out, st);
    if (n == 2 && ll[0] == ll[1])
        return mrz_line(line[1], ll[1], out, st);
    if (n == 3 && ll[0] == 30 && ll[1] == 30 && ll[2] == 30)
        return td1_first_line(line[0], ll[0], out, st);
    return 0;
}

static aka_status norm_document(const char *in, size_t len,
                                const aka__norm_opts *o, aka__sb *out,
                                aka__err *err)
{
    aka_status mst;
    if (mrz_zone(in, len, out, &mst))
        return mst == AKA_OK ? AKA_OK : aka__fail(err, mst, "document: out of memory");
    /* two numbers that look like passports (6 to 12 letters and digits,
     * 5 digits at least) read as one made a number no record holds; a
     * shorter part is a piece of one ("123456/7890", a Czech birth
     * number) */
    if (aka__numbers_apart(in, len, 5, 6, 12) >= 2)
        return aka__fail(err, AKA_ERR_PARSE,
                         "document: two numbers in one value; give each as a "
                         "value of its own");
    len = before_remark(in, len);
    len = before_validity(in, len);
    const char *colon = memchr(in, ':', len);
    /* "Passport No: FE123456", "NIN: 12345678901", "Nigerian passport
     * no: A05123456": labels, not a country, before the colon ("NO:" is
     * Norway's, "CIN:" a Moroccan identity card's, not Çin's) */
    size_t pre = colon ? (size_t)(colon - in) : 0, le = 0, at = out->len;
    char pcc[3];
    label_info li;
    if (colon && (le = labels_end(in, pre, 1, &li)) > 0 && !alnum_after(in, pre, le) &&
        (!country_of(in, pre, pcc) || not_country_label(in, pre)) &&
        !memchr(colon + 1, ':', len - pre - 1) &&
        (!li.words || digits_after(colon + 1, len - pre - 1, 0) >= WORDS_NUMBER_DIGITS)) {
        aka_status st = norm_document(colon + 1, len - pre - 1, o, out, err);
        return st == AKA_OK ? label_country(out, at, &li) : st;
    }
    char mn[AKA__MN_REGISTER_MAX];
    size_t nmn;
    if (!colon && (nmn = mn_register_value(in, len, mn)) > 0) {
        /* Spelled, its letters may make an ICAO code that the number,
         * read again, would be taken for (ЧН 98588888, CHN98588888:
         * China's): then it says its country, and reads the same again */
        char cc[3];
        aka_status st = AKA_OK;
        if (alpha3_before(mn, nmn, cc))
            st = aka__sb_append_str(out, "MN:");
        return st == AKA_OK ? aka__sb_append(out, mn, nmn) : st;
    }
    if (!colon) {
        char cc[3];
        size_t end = len;
        if (trailing_country(in, len, &end, cc)) {
            aka_status st = aka__sb_append(out, cc, 2);
            if (st == AKA_OK)
                st = aka__sb_append_char(out, ':');
            size_t from = skip_labels(in, end, &li);
            return st == AKA_OK ? put_number(in + from, end - from, out, err) : st;
        }
        size_t from = skip_labels(in, len, &li), num;
        while (from < len && (in[from] == ' ' || in[from] == '\t'))
            from++;
        /* The space or hyphen that sets two letters off says where the
         * country ends ("NG A12345678", not NGA 12345678); the output,
         * with its colon, reads the same again. So do labels after them
         * ("UA Passport No. FE123456", "DE Nr. C01X00T47"). */
        if (leading_country2(in + from, len - from, &num, cc) ||
            country_labels(in + from, len - from, &num, cc)) {
            aka_status st = aka__sb_append(out, cc, 2);
            if (st == AKA_OK)
                st = aka__sb_append_char(out, ':');
            return st == AKA_OK
                       ? put_number(in + from + num, len - from - num, out, err)
                       : st;
        }
        aka_status st = put_number(in + from, len - from, out, err);
        if (st == AKA_OK)
            alpha3_country(out, at);
        return st == AKA_OK ? label_country(out, at, &li) : st;
    }
    char cc[3];
    if (!country_of(in, pre, cc))
        return aka__fail(err, AKA_ERR_PARSE,
                         "document: the part before ':' is not a known "
                         "country name or ISO 3166 code");
    aka_status st = aka__sb_append(out, cc, 2);
    if (st == AKA_OK)
        st = aka__sb_append_char(out, ':');
    const char *num = colon + 1;
    size_t nlen = len - (size_t)(colon - in) - 1;
    if (st == AKA_OK && (nmn = mn_register_value(num, nlen, mn)) > 0)
        return aka__sb_append(out, mn, nmn);
    size_t from = skip_labels(num, nlen, &li);
    if (st == AKA_OK)
        st = put_number(num + from, nlen - from, out, err);
    return st;
}

/* The fewest letters and digits of a document's number: shorter, it is
 * a piece of one or a count, and would match any other such piece. */
#define DOCUMENT_MIN 4

aka_status aka__norm_document(const char *in, size_t len,
                              const aka__norm_opts *o, aka__sb *out,
                              aka__err *err)
{
    /* a date or a phone number filed as a document's (1985-03-07,
     * +380671234567): kept, it would read as a number */
    if (aka__numeric_date(in, len))
        return aka__fail(err, AKA_ERR_PARSE, "document: a date, not a document number");
    if (phone_like(in, len))
        return aka__fail(err, AKA_ERR_PARSE,
                         "document: a phone number, not a document number");
    size_t at = out->len;
    aka_status st;
    if (!country_shaped(in, len, o, out, &st) && !shaped_label(in, len, o, out, &st))
        st = norm_document(in, len, o, out, err);
    if (st != AKA_OK)
        return st;
    const char *colon = memchr(out->p + at, ':', out->len - at);
    size_t n = colon ? out->len - (size_t)(colon + 1 - out->p) : out->len - at;
    if (n < DOCUMENT_MIN) {
        out->len = at;
        return aka__fail(err, AKA_ERR_PARSE,
                         "document: fewer than %d letters and digits", DOCUMENT_MIN);
    }
    return AKA_OK;
}
