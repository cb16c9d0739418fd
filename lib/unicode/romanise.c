#include "unicode/romanise.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include "unicode/ja_names.h"
#include "unicode/ko_names.h"
#include "unicode/khmer.h"
#include "unicode/lao.h"
#include "unicode/myanmar.h"
#include "unicode/malayalam.h"
#include "unicode/sinhala.h"
#include "unicode/tamil.h"
#include "unicode/thai.h"
#include "unicode/utf8.h"

/* ---- Language hints ---- */

/* A Han character, or 々, which repeats the one before it inside a name
 * (佐々木 Sasaki, 奈々 Nana). */
static int is_han(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x3005;
}

/* A Han run that starts with a Japanese family name of the table marks a
 * Japanese name: its other words are read as Japanese too (鈴木 一郎). */
static int starts_japanese_surname(const char *s, size_t len, size_t i,
                                   uint32_t first)
{
    UChar k[AKA__JA_MAXKEY];
    int32_t n = 0;
    k[n++] = (UChar)first;
    while (n < AKA__JA_MAXKEY && i < len) {
        uint32_t cp = aka__utf8_next(s, len, &i);
        if (!is_han(cp))
            break;
        k[n++] = (UChar)cp;
    }
    int32_t klen = 0;
    return aka__ja_surname_prefix(k, n, &klen) != NULL;
}


/* Letters only Vietnamese writes: ơ ư and the vowels with a tone mark
 * of U+1EA0-U+1EF9 (ạ ả ấ ... ỹ). Romanian ă and French â ê ô are not
 * among them. */
static int vietnamese_letter(uint32_t c)
{
    return c == 0x01A0 || c == 0x01A1 || c == 0x01AF || c == 0x01B0 ||
           (c >= 0x1EA0 && c <= 0x1EF9);
}

/* č ć đ š ž, the marked letters of Serbo-Croatian's Latin alphabet */
static int serbo_croatian(uint32_t c)
{
    return c == 0x010C || c == 0x010D || c == 0x0106 || c == 0x0107 ||
           c == 0x0110 || c == 0x0111 || c == 0x0160 || c == 0x0161 ||
           c == 0x017D || c == 0x017E;
}

/* Urdu, Pashto, Kurdish and Uyghur write the Persian alphabet with
 * letters of their own, which no ICU transform reads: they were spelt
 * from their Unicode names, so شازیہ was "shazyheh" (ہ HEH GOAL), ڈار
 * "ddalar", ګل "kafl", ملالۍ "mlalyeh", دڵشاد "dlamshad". Read as the
 * Persian letters they are said as: ہ ۂ ھ as ه (ھ is the h of the
 * aspirates, بھ bh, چھ chh) but a final ہ as the a it is (Urdu); the
 * retroflex ٹ ټ, ڈ ډ, ڑ ړ and the trilled ڕ as ت د ر; ں ڼ as ن; ے ۓ
 * ۍ ێ as ی; ۃ as ة; ګ as گ; ږ as ژ; ښ as ش; ځ as ز and څ as س (Pashto's
 * dz and ts); ڵ as ل. A hamza seat ئ starting a word, which Uyghur and
 * Kurdish write before a vowel (ئاوات Awat), says nothing, and their
 * vowel letters ە ۆ ۈ are e o u. */
static UChar persian_letter(uint32_t ch)
{
    switch (ch) {
    case 0x06C2: case 0x06BE: return 0x0647;
    case 0x0679: case 0x067C: return 0x062A;
    case 0x0688: case 0x0689: return 0x062F;
    case 0x0691: case 0x0693: case 0x0695: return 0x0631;
    case 0x06BA: case 0x06BC: return 0x0646;
    case 0x06D2: case 0x06D3: case 0x06CD: case 0x06CE: return 0x06CC;
    case 0x06C3: return 0x0629;
    case 0x06AB: return 0x06AF;
    case 0x0696: return 0x0698;
    case 0x069A: return 0x0634;
    case 0x0681: return 0x0632;
    case 0x0685: return 0x0633;
    case 0x06B5: return 0x0644;
    default: return (UChar)ch;
    }
}

/* Whether ch is a letter of Urdu, Pashto, Kurdish or Uyghur that the
 * Persian alphabet lacks (arabic_script_letters reads it): such a word is
 * read by the Persian rules (aka__rom_hint). */
static int persian_family_letter(uint32_t ch)
{
    return persian_letter(ch) != ch || ch == 0x06C1 || ch == 0x06D5 ||
           ch == 0x06C6 || ch == 0x06C8;
}

/* Whether the UTF-8 text s has a word that only Vietnamese names written
 * in Russian have (Нгуен, Тхи, Фам, Хоанг ...; not Ван or Ле, which
 * Chinese names in Palladius have too, and which write a final -n нь:
 * Линь Lin). */
static int vietnamese_in_russian(const char *s, size_t len)
{
    static const char *const words[] = {"нгуен", "тхи",   "фам",   "хоанг", "хюинь",
                                        "зыонг", "дыонг", "данг",  "буй",   "доан",
                                        "чинь",  "выонг", "чыонг", "лыонг"};
    char w[16];
    size_t n = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)s[i] : ' ';
        if (c == 0xD0 || c == 0xD1) {
            if (i + 1 >= len || n + 2 > sizeof w) {
                n = sizeof w; /* too long: no word of the list */
                i++;
                continue;
            }
            unsigned cp = (unsigned)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F);
            if (cp >= 0x0410 && cp <= 0x042F)
                cp += 0x20; /* lower case */
            w[n++] = (char)(0xC0 | cp >> 6);
            w[n++] = (char)(0x80 | (cp & 0x3F));
            i++;
            continue;
        }
        if (n > 0 && n < sizeof w)
            for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
                if (strlen(words[k]) == n && memcmp(words[k], w, n) == 0)
                    return 1;
        n = 0;
    }
    return 0;
}

unsigned aka__rom_hint(const char *s, size_t len)
{
    int uk = 0, be = 0, sr = 0, srmk = 0, mk = 0, kk = 0, fa = 0, ja = 0, ko = 0,
        vi = 0, dd = 0, other_mark = 0, cyr = 0;
    size_t i = 0;
    uint32_t prev = 0, cp = 0;
    for (; i < len; prev = cp) {
        if ((unsigned char)s[i] < 0x80) {
            cp = (unsigned char)s[i++];
            continue;
        }
        cp = aka__utf8_next(s, len, &i);
        cyr |= cp >= 0x0400 && cp <= 0x04FF;
        switch (cp) {
        case 0x0456: case 0x0406: case 0x0457: case 0x0407:
        case 0x0454: case 0x0404: case 0x0491: case 0x0490:
            uk = 1; break;
        case 0x045E: case 0x040E:
            be = 1; break;
        case 0x0452: case 0x0402: case 0x045B: case 0x040B:
            sr = 1; break;
        case 0x0458: case 0x0408: case 0x0459: case 0x0409:
        case 0x045A: case 0x040A: case 0x045F: case 0x040F:
            srmk = 1; break;
        case 0x0453: case 0x0403: case 0x045C: case 0x040C:
        case 0x0455: case 0x0405:
            mk = 1; break;
        case 0x04D9: case 0x04D8: case 0x0493: case 0x0492: case 0x049B:
        case 0x049A: case 0x04A3: case 0x04A2: case 0x04E9: case 0x04E8:
        case 0x04B1: case 0x04B0: case 0x04AF: case 0x04AE: case 0x04BB:
        case 0x04BA:
            kk = 1; break;
        case 0x067E: case 0x0686: case 0x0698: case 0x06AF: case 0x06A9:
        case 0x06CC:
            fa = 1; break;
        default:
            if (cp >= 0x0679 && cp <= 0x06D5 && persian_family_letter(cp))
                fa = 1;
            else if ((cp >= 0x3040 && cp <= 0x30FF) ||
                     (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9D))
                ja = 1;
            else if (!ja && is_han(cp) && !is_han(prev))
                ja = starts_japanese_surname(s, len, i, cp);
            else if (aka__hangul_syllable(cp))
                ko = 1;
            else if (vietnamese_letter(cp))
                vi = 1;
            else if (cp == 0x0111 || cp == 0x0110)
                dd = 1;
            else if (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 &&
                     cp != 0x00F7 && !serbo_croatian(cp))
                other_mark = 1;
        }
    }
    /* Most specific first: Macedonian and Serbian share ј љ њ џ, and
     * Belarusian and Kazakh share і with Ukrainian. */
    if (mk) return AKA__HINT_MK;
    if (sr || srmk) return AKA__HINT_SR;
    if (be) return AKA__HINT_BE;
    if (kk) return AKA__HINT_KK;
    if (uk) return AKA__HINT_UK;
    if (fa) return AKA__HINT_FA;
    if (ja) return AKA__HINT_JA;
    if (ko) return AKA__HINT_KO;
    /* A letter with a mark that Serbo-Croatian does not write, beside
     * its đ, is Vietnamese too (Đinh Văn, Đoàn: ă and à are also
     * Romanian, French or Italian, which write no đ) */
    if (vi || (dd && other_mark)) return AKA__HINT_VI;
    /* (its words are read again only in a name with Cyrillic letters) */
    if (cyr && vietnamese_in_russian(s, len)) return AKA__HINT_VI;
    return AKA__HINT_NONE;
}

/* BGN writes Belarusian е ye everywhere (Яўген "yawhyen"), where
 * passports and the national system write e after a consonant (YAUHEN,
 * Jaŭhien), as the Russian rules this reads a word by when it has no ў
 * or і do (Сяргей "syargey"): a y between a consonant and that e goes.
 * (After the soft sign, which BGN writes ', it stays.) */
static void belarusian_e(aka__u16 *b)
{
    int32_t o = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar c = b->p[i];
        if ((c == 'y' || c == 'Y') && i > 0 && i + 1 < b->len &&
            (b->p[i + 1] == 'e' || b->p[i + 1] == 'E')) {
            UChar p = (UChar)(b->p[i - 1] | 0x20);
            if (p >= 'a' && p <= 'z' && !strchr("aeiouy", (char)p))
                continue;
        }
        b->p[o++] = c;
    }
    b->len = o;
}

/* Russian writes the ye of foreign names йе (Йелена Jelena, Майер
 * Mayer, Йемен), where Russian-Latin/BGN, which writes е ye itself after
 * й, reads yye ("yyelena", which met neither Jelena nor Yelena): the й
 * goes, and е after a vowel or opening a word is ye as BGN reads it. */
static void yot_e(aka__u16 *b)
{
    int32_t o = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar c = b->p[i];
        if ((c == 0x0439 || c == 0x0419) && i + 1 < b->len &&
            (b->p[i + 1] == 0x0435 || b->p[i + 1] == 0x0415)) {
            if (c == 0x0419)
                b->p[i + 1] = 0x0415; /* its capital stays */
            continue;
        }
        b->p[o++] = c;
    }
    b->len = o;
}

/* Whether c is a Cyrillic consonant letter of Russian and Bulgarian
 * (а..я less the vowels, й and the two signs), either case. */
static int cyrillic_consonant(UChar c)
{
    if (c >= 0x0410 && c <= 0x042F)
        c = (UChar)(c + 0x20);
    if (c < 0x0430 || c > 0x044F)
        return 0;
    static const UChar not_consonants[] = {0x0430, 0x0435, 0x0438, 0x0439, 0x043E, 0x0443,
                                           0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F};
    for (size_t k = 0; k < sizeof not_consonants / sizeof *not_consonants; k++)
        if (c == not_consonants[k])
            return 0;
    return 1;
}

/* Bulgarian writes the vowel of Димитър, Петър, Ъгленов with ъ, which
 * Russian writes only as the sign before е, ё, ю, я (подъезд): a ъ
 * before a consonant is that vowel, a as Bulgarian passports write it
 * (Dimitar, Petar), where the Russian rules drop it (`dimitr`). */
static void bulgarian_hard_sign(aka__u16 *b)
{
    for (int32_t i = 0; i + 1 < b->len; i++)
        if ((b->p[i] == 0x044A || b->p[i] == 0x042A) && cyrillic_consonant(b->p[i + 1]))
            b->p[i] = b->p[i] == 0x044A ? 0x0430 : 0x0410;
}

/* ---- Script census of a word ---- */

enum { S_LATIN, S_CYRILLIC, S_GREEK, S_ARABIC, S_HEBREW, S_HAN, S_HANGUL,
       S_HIRAGANA, S_KATAKANA, S_THAI, S_DEVANAGARI, S_GEORGIAN, S_ARMENIAN,
       S_ETHIOPIC, S_BENGALI, S_KHMER, S_LAO, S_MYANMAR, S_SINHALA, S_TAMIL,
       S_MALAYALAM, S_ORIYA, S_OTHER, S_COUNT };

typedef struct census {
    int n[S_COUNT];
    int letters;
    UChar32 last; /* last letter or mark, for the Hindi final-schwa rule */
} census;

static int script_class(UScriptCode sc)
{
    switch (sc) {
    case USCRIPT_LATIN: return S_LATIN;
    case USCRIPT_CYRILLIC: return S_CYRILLIC;
    case USCRIPT_GREEK: return S_GREEK;
    case USCRIPT_ARABIC: return S_ARABIC;
    case USCRIPT_HEBREW: return S_HEBREW;
    case USCRIPT_HAN: return S_HAN;
    case USCRIPT_HANGUL: return S_HANGUL;
    case USCRIPT_HIRAGANA: return S_HIRAGANA;
    case USCRIPT_KATAKANA: return S_KATAKANA;
    case USCRIPT_THAI: return S_THAI;
    case USCRIPT_DEVANAGARI: return S_DEVANAGARI;
    case USCRIPT_BENGALI: return S_BENGALI;
    case USCRIPT_GEORGIAN: return S_GEORGIAN;
    case USCRIPT_ARMENIAN: return S_ARMENIAN;
    case USCRIPT_ETHIOPIC: return S_ETHIOPIC;
    case USCRIPT_KHMER: return S_KHMER;
    case USCRIPT_LAO: return S_LAO;
    case USCRIPT_MYANMAR: return S_MYANMAR;
    case USCRIPT_SINHALA: return S_SINHALA;
    case USCRIPT_TAMIL: return S_TAMIL;
    case USCRIPT_MALAYALAM: return S_MALAYALAM;
    case USCRIPT_ORIYA: return S_ORIYA;
    default: return S_OTHER;
    }
}

static void take_census(const aka__u16 *b, census *cs)
{
    memset(cs, 0, sizeof *cs);
    for (int32_t i = 0; i < b->len;) {
        UChar32 cp;
        U16_NEXT(b->p, i, b->len, cp);
        if (!u_isalpha(cp) && !(U_GET_GC_MASK(cp) & U_GC_M_MASK))
            continue;
        cs->last = cp;
        UErrorCode e = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(cp, &e);
        if (U_FAILURE(e) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED)
            continue;
        cs->n[script_class(sc)]++;
        cs->letters++;
    }
}

/* ---- Homoglyph repair ---- */

/* The UTS #39 skeleton of one BMP character when it is a single ASCII
 * letter, else 0. */
static int ascii_skeleton(const USpoofChecker *sp, UChar ch)
{
    UChar out[8];
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = uspoof_getSkeleton(sp, 0, &ch, 1, out, 8, &e);
    if (U_FAILURE(e) || n != 1 || out[0] >= 0x80)
        return 0;
    return ((out[0] | 0x20) >= 'a' && (out[0] | 0x20) <= 'z') ? out[0] : 0;
}

static void build_confrev(const USpoofChecker *sp, aka__confrev *r)
{
    /* Basic letters first so that А wins over rarer look-alikes of A. */
    static const UChar ranges[][2] = {
        {0x0410, 0x044F}, {0x0400, 0x040F}, {0x0450, 0x04FF},
        {0x0391, 0x03C9}, {0x0370, 0x0390}, {0x03CA, 0x03FF},
    };
    for (size_t k = 0; k < sizeof ranges / sizeof ranges[0]; k++)
        for (UChar ch = ranges[k][0]; ch <= ranges[k][1]; ch++) {
            int a = ascii_skeleton(sp, ch);
            if (!a)
                continue;
            uint16_t *tab = ch < 0x0400 ? r->grk : r->cyr;
            if (!tab[a])
                tab[a] = ch;
        }
    r->built = 1;
}

/* Rewrite the minority script's look-alike letters into the majority's. */
static void repair_homoglyphs(aka__uctx *c, aka__u16 *b, const census *cs)
{
    int other = cs->n[S_CYRILLIC] >= cs->n[S_GREEK] ? S_CYRILLIC : S_GREEK;
    const USpoofChecker *sp = aka__uctx_spoof(c);
    if (!sp)
        return;
    int to_latin = cs->n[S_LATIN] >= cs->n[other];
    aka__confrev *r = aka__uctx_confrev(c);
    if (!to_latin && !r->built)
        build_confrev(sp, r);
    UScriptCode from = to_latin ? (other == S_CYRILLIC ? USCRIPT_CYRILLIC
                                                       : USCRIPT_GREEK)
                                : USCRIPT_LATIN;
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i];
        if (U16_IS_SURROGATE(ch))
            continue;
        UErrorCode e = U_ZERO_ERROR;
        if (uscript_getScript(ch, &e) != from)
            continue;
        int a = ascii_skeleton(sp, ch);
        if (!a)
            continue;
        if (to_latin) {
            b->p[i] = (UChar)a;
        } else {
            uint16_t *tab = other == S_CYRILLIC ? r->cyr : r->grk;
            if (tab[a])
                b->p[i] = tab[a];
        }
    }
}

aka_status aka__rom_prepare(aka__uctx *c, const char *w, size_t n,
                            aka__u16 *b)
{
    aka_status st = aka__u16_from_utf8(b, w, n);
    if (st == AKA_OK)
        st = aka__u16_normalize(c, 0, b);
    if (st != AKA_OK)
        return st;
    census cs;
    take_census(b, &cs);
    if (cs.n[S_LATIN] && (cs.n[S_CYRILLIC] || cs.n[S_GREEK]))
        repair_homoglyphs(c, b, &cs);
    /* Homoglyph repair compares skeletons, which are case-sensitive
     * (Cyrillic Н looks like H, н does not), so it must run before the
     * case folding. */
    return aka__u16_normalize(c, 1, b);
}

/* ---- Script-specific rules applied before transliteration ---- */

/* Hebrew writes j, zh and ch as ג' ז' צ' (geresh), and the Arabic sounds
 * it lacks as ח' kh (خ), ע' gh (غ), ד' dh (ذ) and ת' th (ث), as Arab
 * citizens' names are written in Hebrew (ח׳אלד Khaled, ע׳סאן Ghassan):
 * spell them out in Latin so the transliterator does not read the bare
 * letter and a stray apostrophe, or break the word at the geresh. */
static aka_status hebrew_geresh(aka__u16 *b, aka__u16 *tmp)
{
    aka_status st = aka__u16_reserve(tmp, b->len * 2 + 1);
    if (st != AKA_OK)
        return st;
    int32_t o = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i];
        UChar nx = i + 1 < b->len ? b->p[i + 1] : 0;
        int geresh = nx == 0x0027 || nx == 0x05F3 || nx == 0x2019;
        const char *lat = NULL;
        if (geresh && ch == 0x05D2)
            lat = "j";
        else if (geresh && ch == 0x05D6)
            lat = "zh";
        else if (geresh && (ch == 0x05E6 || ch == 0x05E5))
            lat = "ch";
        else if (geresh && ch == 0x05D7)
            lat = "kh";
        else if (geresh && ch == 0x05E2)
            lat = "gh";
        else if (geresh && ch == 0x05D3)
            lat = "dh";
        else if (geresh && ch == 0x05EA)
            lat = "th";
        if (lat) {
            while (*lat)
                tmp->p[o++] = (UChar)*lat++;
            i++;
        } else {
            tmp->p[o++] = ch;
        }
    }
    memcpy(b->p, tmp->p, (size_t)o * sizeof(UChar));
    b->len = o;
    return AKA_OK;
}

/* Bengali marks an abbreviation with the visarga ঃ after it (মোঃ for
 * মোহাম্মদ Md., ডাঃ Dr., মোছাঃ Mst.), where a word that ends in the sound
 * is rare: a visarga that ends a word is read as the full stop it stands
 * for (মোঃ `mo`, as মো. is), not as an h (`moh`, which no Md or Mohammad
 * meets). Titles are looked up before, with the mark as written. */
static void bengali_abbreviation_mark(aka__u16 *b)
{
    for (int32_t i = 1; i < b->len; i++)
        if (b->p[i] == 0x0983 && b->p[i - 1] >= 0x0980 && b->p[i - 1] <= 0x09FF &&
            (i + 1 == b->len || !(u_isalpha(b->p[i + 1]) ||
                                  (U_GET_GC_MASK(b->p[i + 1]) & U_GC_M_MASK))))
            b->p[i] = '.';
}

/* Cyrillic letters of Tajik, Uzbek, Bashkir, Chuvash and Tatar that the
 * transforms we use do not read, and were spelt from their Unicode names
 * (Ҷамшед "cheamshed", Раҳим "rahaim", Ҫеменов "esemenov"), read as
 * the passports of those countries write them: ҷ j (Jamshed, Juraev), ҳ
 * h (Rahim, Shoh), ҡ q; or as the Russian letter they are said as: ӯ у,
 * ӣ и, ҫ с, җ ж. */
static void central_asian_letters(aka__u16 *b)
{
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i];
        if (ch < 0x0496 || ch > 0x04EF)
            continue;
        switch (ch) {
        case 0x04B6: b->p[i] = 'J'; break;
        case 0x04B7: b->p[i] = 'j'; break;
        case 0x04B2: b->p[i] = 'H'; break;
        case 0x04B3: b->p[i] = 'h'; break;
        case 0x04A0: b->p[i] = 'Q'; break;
        case 0x04A1: b->p[i] = 'q'; break;
        case 0x04EE: b->p[i] = 0x0423; break;
        case 0x04EF: b->p[i] = 0x0443; break;
        case 0x04E2: b->p[i] = 0x0418; break;
        case 0x04E3: b->p[i] = 0x0438; break;
        case 0x04AA: b->p[i] = 0x0421; break;
        case 0x04AB: b->p[i] = 0x0441; break;
        case 0x0496: b->p[i] = 0x0416; break;
        case 0x0497: b->p[i] = 0x0436; break;
        default: break;
        }
    }
}

/* A Vietnamese name written in Russian writes the final nh of Minh, Anh,
 * Linh, Thanh нь (Минь, Ань, Линь, Тхань), which Russian transforms read
 * as a soft n and drop: Ань was `an`, and Nguyễn Văn An and Нгуен Ван Ань
 * were one name. In a name (AKA__HINT_VI, aka__rom_hint) a final нь is
 * written nh. */
static void vietnamese_final_nh(aka__u16 *b)
{
    for (int32_t i = 1; i < b->len; i++)
        if ((b->p[i] == 0x044C || b->p[i] == 0x042C) &&
            (b->p[i - 1] == 0x043D || b->p[i - 1] == 0x041D) &&
            (i + 1 == b->len || !u_isalpha(b->p[i + 1])))
            b->p[i] = b->p[i] == 0x042C ? 'H' : 'h';
}

/* A word that begins with ё is nearly always an Uzbek or Tajik name
 * (Ёқубов, Ёрмуҳаммад), which their passports and Latin records write
 * Yo (Yoqubov, Yokubov); BGN writes ye (Russian) or e (Kazakh), and й
 * i (Kazakh): written y and о, whatever the transform. A ё inside a word
 * stays as BGN and Russian passports read it (Артём `artem`). */
static aka_status initial_yo(aka__u16 *b)
{
    int32_t extra = 0;
    for (int32_t i = 0; i < b->len; i++)
        extra += (b->p[i] == 0x0401 || b->p[i] == 0x0451) &&
                 (i == 0 || !u_isalpha(b->p[i - 1]));
    if (!extra)
        return AKA_OK;
    aka_status st = aka__u16_reserve(b, b->len + extra);
    if (st != AKA_OK)
        return st;
    /* from the end, each initial ё becoming two letters */
    int32_t o = b->len + extra;
    for (int32_t i = b->len - 1; i >= 0; i--) {
        UChar ch = b->p[i];
        if ((ch == 0x0401 || ch == 0x0451) && (i == 0 || !u_isalpha(b->p[i - 1]))) {
            b->p[--o] = ch == 0x0401 && i + 1 < b->len && u_isupper(b->p[i + 1])
                            ? 0x041E /* О, in a word in capitals */
                            : 0x043E;
            b->p[--o] = ch == 0x0401 ? 'Y' : 'y';
        } else {
            b->p[--o] = ch;
        }
    }
    b->len += extra;
    return AKA_OK;
}

static aka__tr pick_translit(const census *cs, unsigned hint, unsigned mode,
                             int *dominant)
{
    int best = -1;
    for (int s = S_CYRILLIC; s < S_COUNT; s++)
        if (cs->n[s] && (best < 0 || cs->n[s] > cs->n[best]))
            best = s;
    *dominant = best;
    switch (best) {
    case S_CYRILLIC:
        switch (hint) {
        case AKA__HINT_UK: return AKA__TR_UKRAINIAN;
        case AKA__HINT_BE: return AKA__TR_BELARUSIAN;
        case AKA__HINT_SR: return AKA__TR_SERBIAN;
        case AKA__HINT_MK: return AKA__TR_MACEDONIAN;
        case AKA__HINT_KK: return AKA__TR_KAZAKH;
        default: return AKA__TR_RUSSIAN;
        }
    case S_GREEK: return AKA__TR_GREEK;
    case S_ARABIC: return hint == AKA__HINT_FA ? AKA__TR_PERSIAN : AKA__TR_ARABIC;
    case S_HEBREW: return AKA__TR_HEBREW;
    case S_HAN: return (mode & AKA__ROM_NAME) ? AKA__TR_HAN_NAMES : AKA__TR_HAN;
    case S_HANGUL: return AKA__TR_HANGUL;
    case S_HIRAGANA: return AKA__TR_HIRAGANA;
    case S_KATAKANA: return AKA__TR_KATAKANA;
    case S_THAI: return AKA__TR_THAI;
    case S_DEVANAGARI: return AKA__TR_DEVANAGARI;
    case S_GEORGIAN: return AKA__TR_GEORGIAN;
    case S_ARMENIAN: return AKA__TR_ARMENIAN;
    case S_ETHIOPIC: return AKA__TR_AMHARIC;
    default: return AKA__TR_ANY_LATIN;
    }
}

/* ---- From transliterated UTF-16 to ASCII tokens ---- */

/* Append the ASCII letters and digits of b as tokens. `join` glues
 * everything into one token (CJK syllables of one word). Modifier letters
 * left by transliterators (ʹ for the soft sign, ʿ for ayin) are dropped
 * without splitting, and so are apostrophes in transliterated words, where
 * they mark ejectives (Georgian ts'igni) or sit inside Ukrainian names
 * (Мар'яна), and so are the middle dot that BGN puts between a consonant
 * and э (Андрэй, "andr·ey") and the tilde of small kana (ウィ, "u~i"); in
 * Latin words an apostrophe splits only after one letter
 * (aka__rom_apostrophe_joins: O'Brien, but Xač'atryan whole). */
static aka_status emit_ascii(const aka__u16 *b, int join, int translit,
                             aka__sb *out)
{
    int in_token = 0;
    size_t run = 0; /* letters and digits of the token so far */
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i];
        char a = 0;
        if (ch >= 'a' && ch <= 'z')
            a = (char)ch;
        else if (ch >= 'A' && ch <= 'Z')
            a = (char)(ch + 32);
        else if (ch >= '0' && ch <= '9')
            a = (char)ch;
        if (a) {
            if (!in_token && out->len > 0 && out->p[out->len - 1] != ' ') {
                aka_status st = aka__sb_append_char(out, ' ');
                if (st != AKA_OK)
                    return st;
            }
            aka_status st = aka__sb_append_char(out, a);
            if (st != AKA_OK)
                return st;
            run = in_token ? run + 1 : 1;
            in_token = 1;
            continue;
        }
        int next_letter = i + 1 < b->len && aka__rom_ascii_letter(b->p[i + 1]);
        char uz;
        if (!translit && !join && in_token && (aka__rom_apostrophe(ch) || ch == 0x02BB) &&
            (uz = aka__rom_uzbek((unsigned char)out->p[out->len - 1], ch, run, 0,
                                 next_letter))) {
            out->p[out->len - 1] = uz;
            continue;
        }
        int8_t gc = (int8_t)u_charType(ch);
        if (join || gc == U_MODIFIER_LETTER || gc == U_MODIFIER_SYMBOL ||
            gc == U_NON_SPACING_MARK ||
            (translit && (aka__rom_apostrophe(ch) || ch == 0x00B7 || ch == '~')))
            continue;
        if (aka__rom_apostrophe(ch) && in_token &&
            aka__rom_apostrophe_joins(run, next_letter))
            continue;
        in_token = 0;
    }
    return AKA_OK;
}

/* Latin letters that Latin-ASCII leaves alone, and how names written with
 * them are spelt in English: Azerbaijani ə (Məmmədov, Mammadov), the
 * African ɔ and ɣ, ʒ. Without this they would split the word. */
static UChar one_letter(UChar c)
{
    switch (c) {
    case 0x0259: case 0x018F: return 'a'; /* ə Ə */
    case 0x0254: case 0x0186: return 'o'; /* ɔ Ɔ */
    case 0x0263: case 0x0194: return 'g'; /* ɣ Ɣ */
    case 0x0292: case 0x01B7: return 'z'; /* ʒ Ʒ */
    default: return 0;
    }
}

/* Transliterated text keeps some Latin letters that Latin-ASCII folds
 * badly for names: đ is "dj" in Serbo-Croatian names (Đoković, Djokovic),
 * not "d". In a Vietnamese name it is "d", as passports write it (Đặng
 * Dang, Đỗ Do): a name with a letter only Vietnamese writes (`viet`, the
 * value's hint, or this word's own letters) is read so. */
static aka_status latin_fixups(aka__u16 *b, int viet)
{
    int32_t extra = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar r = one_letter(b->p[i]);
        if (r)
            b->p[i] = r;
        if (b->p[i] == 0x0111 || b->p[i] == 0x0110)
            extra++;
        viet |= vietnamese_letter(b->p[i]);
    }
    if (extra && viet) {
        for (int32_t i = 0; i < b->len; i++)
            if (b->p[i] == 0x0111 || b->p[i] == 0x0110)
                b->p[i] = (UChar)(b->p[i] == 0x0111 ? 'd' : 'D');
        return AKA_OK;
    }
    if (!extra)
        return AKA_OK;
    aka_status st = aka__u16_reserve(b, b->len + extra + 1);
    if (st != AKA_OK)
        return st;
    for (int32_t i = b->len - 1, o = b->len + extra - 1; i >= 0; i--) {
        if (b->p[i] == 0x0111 || b->p[i] == 0x0110) {
            b->p[o--] = 'j';
            b->p[o--] = 'd';
        } else {
            b->p[o--] = b->p[i];
        }
    }
    b->len += extra;
    return AKA_OK;
}

static aka_status finish(aka__uctx *c, aka__u16 *b, int join, int translit,
                         int viet, aka__sb *out)
{
    aka_status st = latin_fixups(b, viet);
    /* Latin-ASCII rewrites only letters beyond ASCII: text that is ASCII
     * already (most transliterators' output) skips the call. */
    int ascii = 1;
    for (int32_t i = 0; i < b->len && ascii; i++)
        ascii = b->p[i] < 0x80;
    if (st == AKA_OK && !ascii)
        st = aka__uctx_translit(c, AKA__TR_LATIN_ASCII, b);
    if (st == AKA_OK)
        st = emit_ascii(b, join, translit, out);
    return st;
}

/* Run `id` then, if letters of other scripts survive, Any-Latin. */
static aka_status translit_all(aka__uctx *c, aka__tr id, aka__u16 *b)
{
    aka_status st = aka__uctx_translit(c, id, b);
    if (st != AKA_OK || id == AKA__TR_ANY_LATIN)
        return st;
    census cs;
    take_census(b, &cs);
    if (cs.letters > cs.n[S_LATIN])
        st = aka__uctx_translit(c, AKA__TR_ANY_LATIN, b);
    return st;
}

static aka_status spell_by_name(aka__u16 *b, aka__u16 *tmp);

/* translit_all, then the spelling fallback for letters still not Latin. */
static aka_status romanise_all(aka__uctx *c, aka__tr id, aka__u16 *b)
{
    aka_status st = translit_all(c, id, b);
    if (st != AKA_OK)
        return st;
    census cs;
    take_census(b, &cs);
    if (cs.letters > cs.n[S_LATIN])
        st = spell_by_name(b, aka__uctx_scratch16(c, AKA__S16_WORK2));
    return st;
}

/* ---- Scripts without a transliterator ---- */

/* ICU has no transform for some scripts (Tibetan, Mongolian, Javanese,
 * Cherokee, Canadian syllabics ..., and Khmer or Lao in a word mixed with
 * other scripts: a pure word has khmer.c or lao.c). Rather than refuse a name
 * in them, letters are spelt from their Unicode names, which for these
 * scripts end in the sound ("KHMER LETTER SA", "TIBETAN VOWEL SIGN O",
 * "CANADIAN SYLLABICS NU"). A vowel sign or a vowel killer (virama, coeng)
 * replaces the inherent "a" of the consonant before it. Crude, but
 * deterministic, so two records in one script still meet, and the
 * consonants survive for the skeleton keys. */
static int sound_of(UChar32 cp, char *snd, int *is_vowel_sign, int *is_killer)
{
    char name[128];
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = u_charName(cp, U_UNICODE_CHAR_NAME, name, sizeof name, &e);
    *is_vowel_sign = *is_killer = 0;
    snd[0] = '\0';
    if (U_FAILURE(e) || n <= 0 || n >= (int32_t)sizeof name)
        return 0;
    if (strstr(name, "VIRAMA") || strstr(name, "COENG") ||
        strstr(name, "KILLER") || strstr(name, "PANGKON") ||
        strstr(name, "AL-LAKUNA")) {
        *is_killer = 1;
        return 1;
    }
    *is_vowel_sign = strstr(name, "VOWEL SIGN") != NULL;
    /* The sound is the last word ("KHMER LETTER SA"), except where the
     * last word qualifies the letter ("LAO LETTER PHO SUNG": the word
     * after LETTER), and Sinhala's "-YANNA" letter names ("KAYANNA"). */
    const char *w = strrchr(name, ' ');
    w = w ? w + 1 : name;
    size_t len = strlen(w);
    int sinhala = len > 5 && strcmp(w + len - 5, "YANNA") == 0;
    if (sinhala) {
        len -= 5;
    } else {
        const char *l = strstr(name, "LETTER ");
        if (l) {
            w = l + 7;
            len = strcspn(w, " ");
        }
    }
    if (len == 0 || len > 4)
        return 0;
    for (size_t i = 0; i < len; i++) {
        if (w[i] < 'A' || w[i] > 'Z')
            return 0;
        snd[i] = (char)(w[i] + 32);
    }
    if (sinhala)
        snd[len++] = 'a';
    snd[len] = '\0';
    return 1;
}

/* The vowel a consonant's name carries ("ka", Khmer's o-series "ngo"),
 * which a vowel sign, a killer or the end of the word removes. */
static int has_inherent_vowel(const char *snd, size_t n)
{
    if (n < 2)
        return 0;
    char v = snd[n - 1], prev = snd[n - 2];
    return (v == 'a' || v == 'o') && !strchr("aeiou", prev);
}

static aka_status spell_by_name(aka__u16 *b, aka__u16 *tmp)
{
    aka_status st = aka__u16_reserve(tmp, b->len * 4 + 1);
    if (st != AKA_OK)
        return st;
    tmp->len = 0;
    int inherent = 0; /* the last output ends in a consonant's vowel */
    for (int32_t i = 0; i < b->len;) {
        UChar32 cp;
        int32_t start = i;
        U16_NEXT(b->p, i, b->len, cp);
        UErrorCode e = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(cp, &e);
        int foreign = U_SUCCESS(e) && sc != USCRIPT_LATIN &&
                      sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED &&
                      (u_isalpha(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK));
        if (!foreign) {
            if (inherent && !u_isalpha(cp))
                tmp->len--; /* end of a word */
            if (tmp->len + (i - start) > tmp->cap) {
                st = aka__u16_reserve(tmp, tmp->cap * 2 + (i - start));
                if (st != AKA_OK)
                    return st;
            }
            for (int32_t k = start; k < i; k++)
                tmp->p[tmp->len++] = b->p[k];
            inherent = 0;
            continue;
        }
        char snd[8];
        int vowel_sign, killer;
        int known = sound_of(cp, snd, &vowel_sign, &killer);
        if ((vowel_sign || killer) && inherent)
            tmp->len--;
        if (vowel_sign || killer)
            inherent = 0;
        if (!known || killer)
            continue; /* a sign without a sound */
        size_t n = strlen(snd);
        if (tmp->len + (int32_t)n > tmp->cap) {
            st = aka__u16_reserve(tmp, tmp->cap * 2 + (int32_t)n);
            if (st != AKA_OK)
                return st;
        }
        for (size_t k = 0; k < n; k++)
            tmp->p[tmp->len++] = (UChar)snd[k];
        inherent = !vowel_sign && has_inherent_vowel(snd, n);
    }
    if (inherent)
        tmp->len--;
    st = aka__u16_reserve(b, tmp->len + 1);
    if (st != AKA_OK)
        return st;
    memcpy(b->p, tmp->p, (size_t)tmp->len * sizeof(UChar));
    b->len = tmp->len;
    return AKA_OK;
}

static int is_compound_surname(const UChar *p, int32_t len, int hangul)
{
    /* Two-syllable family names common enough to matter for splitting. */
    static const UChar han[][2] = {
        {0x6B27, 0x9633}, {0x6B50, 0x967D}, {0x53F8, 0x9A6C}, {0x53F8, 0x99AC},
        {0x8BF8, 0x845B}, {0x8AF8, 0x845B}, {0x4E0A, 0x5B98}, {0x4E1C, 0x65B9},
        {0x6771, 0x65B9}, {0x7687, 0x752B}, {0x4EE4, 0x72D0}, {0x6155, 0x5BB9},
        {0x5C09, 0x8FDF}, {0x5C09, 0x9072}, {0x516C, 0x5B59}, {0x516C, 0x5B6B},
        {0x590F, 0x4FAF}, {0x957F, 0x5B59}, {0x9577, 0x5B6B}, {0x5B87, 0x6587},
        {0x53F8, 0x5F92}, {0x7AEF, 0x6728},
    };
    static const UChar kor[][2] = {
        {0xB0A8, 0xAD81}, {0xD669, 0xBCF4}, {0xC81C, 0xAC08}, {0xC120, 0xC6B0},
        {0xB3C5, 0xACE0}, {0xC0AC, 0xACF5}, {0xC11C, 0xBB38},
    };
    if (len < 3)
        return 0;
    const UChar(*tab)[2] = hangul ? kor : han;
    size_t n = hangul ? sizeof kor / sizeof kor[0] : sizeof han / sizeof han[0];
    for (size_t i = 0; i < n; i++)
        if (p[0] == tab[i][0] && p[1] == tab[i][1])
            return 1;
    return 0;
}

/* A Chinese or Korean name written as one word: family name (one syllable,
 * or two for compound surnames), then the given name as one token, which is
 * how passports and most Latin-script records write them. */
/* ---- Hangul ---- */

/* Revised Romanisation, syllable by syllable, as names are written in
 * passports: each syllable on its own, no sound changes across syllables,
 * a final consonant by its sound (박 "bak", 한국 "hanguk", 석열 "seokyeol").
 * ICU's Hangul-Latin transliterates letters instead ("bag", "hangug"). */
static const char *const rr_initial[19] = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
    "ch", "k", "t", "p", "h"};
static const char *const rr_vowel[21] = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
    "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
static const char *const rr_final[28] = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

/* Append the syllables p[from, to) as one ASCII token (no separator). */
static aka_status hangul_rr(const UChar *p, int32_t from, int32_t to,
                            aka__sb *out)
{
    aka_status st = AKA_OK;
    if (out->len > 0 && out->p[out->len - 1] != ' ')
        st = aka__sb_append_char(out, ' ');
    /* The surnames of one vowel, 이 오 우, are "i", "o", "u" letter by
     * letter, which reads as an initial; alone they are spelled as the
     * bearers and the surname recommendations do: Yi, Oh, Woo. */
    if (st == AKA_OK && to - from == 1) {
        const char *sole = p[from] == 0xC774 ? "yi"
                         : p[from] == 0xC624 ? "oh"
                         : p[from] == 0xC6B0 ? "woo" : NULL;
        if (sole)
            return aka__sb_append_str(out, sole);
    }
    for (int32_t i = from; i < to && st == AKA_OK; i++) {
        if (!aka__hangul_syllable(p[i]))
            continue;
        int s = p[i] - 0xAC00;
        int l = s / (21 * 28), v = (s / 28) % 21, t = s % 28;
        st = aka__sb_append_str(out, rr_initial[l]);
        if (st == AKA_OK)
            st = aka__sb_append_str(out, rr_vowel[v]);
        if (st == AKA_OK)
            st = aka__sb_append_str(out, rr_final[t]);
    }
    return st;
}

static int all_hangul_syllables(const aka__u16 *b)
{
    for (int32_t i = 0; i < b->len; i++)
        if (!aka__hangul_syllable(b->p[i]))
            return 0;
    return b->len > 0;
}

static aka_status cjk_name(aka__uctx *c, aka__u16 *b, aka__tr id, int hangul,
                           aka__sb *out)
{
    int32_t fam = is_compound_surname(b->p, b->len, hangul) ? 2 : 1;
    if (hangul && all_hangul_syllables(b)) {
        aka_status st = hangul_rr(b->p, 0, fam, out);
        return st == AKA_OK ? hangul_rr(b->p, fam, b->len, out) : st;
    }
    aka__u16 *part = aka__uctx_scratch16(c, AKA__S16_WORK2);
    for (int piece = 0; piece < 2; piece++) {
        int32_t from = piece ? fam : 0, to = piece ? b->len : fam;
        aka_status st = aka__u16_reserve(part, to - from + 1);
        if (st != AKA_OK)
            return st;
        memcpy(part->p, b->p + from, (size_t)(to - from) * sizeof(UChar));
        part->len = to - from;
        st = aka__uctx_translit(c, id, part);
        if (st == AKA_OK && out->len > 0)
            st = aka__sb_append_char(out, ' ');
        if (st == AKA_OK)
            st = finish(c, part, 1, 1, 0, out);
        if (st != AKA_OK)
            return st;
    }
    return AKA_OK;
}

/* The reading of the given name s[0,n): the table's, else, when
 * `compose`, kanji by kanji into buf (aka__ja_given_composed), which is
 * closer than the Mandarin reading; NULL when neither. */
static const char *given_reading(const UChar *s, int32_t n, int compose,
                                 char *buf, size_t cap)
{
    const char *g = aka__ja_given(s, n);
    if (!g && compose && aka__ja_given_composed(s, n, buf, cap))
        g = buf;
    return g;
}

/* ICU reads kanji as Mandarin (佐藤 "zuo teng"). A Han word that starts
 * with a Japanese family name of two or three kanji (these are rarely
 * Chinese names) and ends there or in a Japanese given name is read as
 * Japanese instead: 佐藤 -> "sato", 鈴木一郎 -> "suzuki ichiro". A given
 * name alone is read so only when the name has kana or a Japanese family
 * name in another word (`hint`; then one outside the table is read kanji
 * by kanji: 佐藤 春 "haru"), 一郎 could be Chinese, or when it is in the
 * table and ends in 子: the -ko of Japanese women's names (順子 Junko, 洋子
 * Yoko), which Chinese given names hardly ever end in. Returns 1 when it
 * wrote the reading. */
static int japanese_name(const aka__u16 *b, unsigned hint, aka__sb *out,
                         aka_status *st)
{
    int32_t klen = 0;
    const char *fam = aka__ja_surname_prefix(b->p, b->len, &klen);
    const char *given = NULL;
    char composed[AKA__JA_MAXREADING * 3];
    if (fam && klen < b->len) {
        /* a given name outside the table, after a Japanese family name,
         * read kanji by kanji */
        given = given_reading(b->p + klen, b->len - klen, 1, composed,
                              sizeof composed);
        if (!given)
            return 0;
    }
    if (!fam) {
        int ko = b->len >= 2 && b->p[b->len - 1] == 0x5B50; /* 子 */
        if (hint != AKA__HINT_JA && !ko)
            return 0;
        /* beside a Japanese family name or kana (`hint`) too (佐藤 春
         * "haru", not Mandarin "chun") */
        given = given_reading(b->p, b->len, hint == AKA__HINT_JA, composed,
                              sizeof composed);
        if (!given)
            return 0;
    }
    *st = AKA_OK;
    if (fam)
        *st = aka__sb_append_token(out, fam, strlen(fam));
    if (*st == AKA_OK && given)
        *st = aka__sb_append_token(out, given, strlen(given));
    return 1;
}

/* Devanagari (Hindi) and Bengali write a consonant with an inherent
 * vowel that both languages leave out at the end of a word and between
 * some consonants (schwa deletion: राहुल Rahul, রহমান Rahman, ইসলাম
 * Islam), which letter-by-letter transliteration writes. The Bengali
 * block is the Devanagari one moved by 0x80. */
static int indic(int dom)
{
    return dom == S_DEVANAGARI || dom == S_BENGALI;
}

/* Odia's names leave out the final inherent vowel too, as their Latin
 * spellings write them (ସୁରେଶ Suresh, ପ୍ରଦୀପ Pradeep, ଗୋପାଳ Gopal), but
 * not the vowels inside a word as Hindi does. Its block is Devanagari's
 * moved by 0x200. */
static int final_schwa_dropped(int dom)
{
    return indic(dom) || dom == S_ORIYA;
}

/* A consonant of Devanagari, Bengali or Odia, in Devanagari's layout. */
static UChar32 as_devanagari(UChar32 cp)
{
    if (cp >= 0x0980 && cp <= 0x09FF)
        return cp - 0x80;
    if (cp >= 0x0B00 && cp <= 0x0B7F)
        return cp - 0x200;
    return cp;
}

static int is_indic_consonant(UChar32 cp)
{
    UChar32 d = as_devanagari(cp);
    return (d >= 0x0915 && d <= 0x0939) || (d >= 0x0958 && d <= 0x095F);
}

/* A word ending in a conjunct (consonant, virama, consonant: नरेन्द्र)
 * keeps its final vowel: Narendra, not Narendr. */
static int ends_in_conjunct(const aka__u16 *b)
{
    int32_t i = b->len;
    while (i > 0 && !is_indic_consonant(b->p[i - 1]))
        i--;
    return i >= 2 && as_devanagari(b->p[i - 2]) == 0x094D;
}

/* ICU's Devanagari-Latin (ISO 15919) vowels; r and l with a ring below
 * are the vowels ṛ and ḷ. */
static int dev_vowel(const aka__u16 *b, int32_t i)
{
    switch (b->p[i]) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
    case 0x0101: case 0x0113: case 0x012B: case 0x014D: case 0x016B:
    case 0x00EA: case 0x00F4: case 0x00E6:
        return 1;
    case 'r': case 'l':
        return i + 1 < b->len && b->p[i + 1] == 0x0325;
    default:
        return 0;
    }
}

static int is_mark(UChar ch)
{
    return (U_GET_GC_MASK(ch) & U_GC_M_MASK) != 0;
}

/* The units [at, at + drop) of the Devanagari word b spelled ङ्ग्, which
 * ICU writes ṅg: the ng of a name that ICU's ṅ or n would lose. */
static aka_status spell_ng(aka__u16 *b, int32_t at, int32_t drop)
{
    static const UChar ng[4] = {0x0919, 0x094D, 0x0917, 0x094D};
    aka_status st = aka__u16_reserve(b, b->len + 4 - drop);
    if (st != AKA_OK)
        return st;
    memmove(b->p + at + 4, b->p + at + drop,
            (size_t)(b->len - at - drop) * sizeof *b->p);
    memcpy(b->p + at, ng, sizeof ng);
    b->len += 4 - drop;
    return AKA_OK;
}

/* Hindi leaves out the inherent a of a consonant between a vowel and a
 * consonant that has a vowel (schwa syncope, read from the end of the
 * word: जवाहरलाल javāharalāla is Jawaharlal, मनमोहन Manmohan, कोहली
 * Kohli, नेहरू Nehru, शाहरुख़ Shahrukh), which letter-by-letter
 * transliteration writes. `b` is one word as ICU wrote it, `final` whether
 * its last inherent a is dropped too (the caller drops it). An inherent a
 * is a plain a after a consonant; an aspirate (kh, ṭh) or a letter with
 * its marks is one consonant. */
static void hindi_syncope(aka__u16 *b, int final)
{
    enum { MAXU = 48 };
    int32_t at[MAXU + 1];
    char kind[MAXU]; /* 'v' vowel, 's' inherent a, 'c' consonant, 'x' dropped */
    int n = 0;
    for (int32_t i = 0; i < b->len;) {
        if (n == MAXU)
            return;
        at[n] = i;
        if (dev_vowel(b, i)) {
            kind[n] = b->p[i] == 'a' && n > 0 && kind[n - 1] == 'c' &&
                              !(i + 1 < b->len && (b->p[i + 1] == 'i' ||
                                                   b->p[i + 1] == 'u'))
                          ? 's'
                          : 'v';
            i++;
        } else if (u_isalpha(b->p[i])) {
            kind[n] = 'c';
            UChar base = b->p[i++];
            while (i < b->len && is_mark(b->p[i]))
                i++;
            /* the h of an aspirate: after a stop, not after a vowel */
            if (i < b->len && (b->p[i] == 'h' || b->p[i] == 0x1E96) &&
                strchr("kgcjtdpb", base < 0x80 ? (char)base : 'k') &&
                (base < 0x80 || base == 0x1E6D || base == 0x1E0D ||
                 base == 0x1E35 || base == 0x1E5B))
                i++;
        } else {
            return; /* not a plain word */
        }
        while (i < b->len && is_mark(b->p[i]))
            i++;
        n++;
    }
    at[n] = b->len;
    if (n < 4)
        return;
    if (final && kind[n - 1] == 's')
        kind[n - 1] = 'x';
    int dropped = 0;
    for (int k = n - 3; k >= 2; k--) {
        if (kind[k] != 's')
            continue;
        int before = kind[k - 1] == 'c' &&
                     (kind[k - 2] == 'v' || kind[k - 2] == 's');
        int after = kind[k + 1] == 'c' &&
                    (kind[k + 2] == 'v' || kind[k + 2] == 's');
        if (before && after) {
            kind[k] = 'x';
            dropped = 1;
        }
    }
    if (!dropped)
        return;
    int32_t o = 0;
    for (int k = 0; k < n; k++) {
        if (kind[k] == 'x' && k != n - 1)
            continue;
        for (int32_t i = at[k]; i < at[k + 1]; i++)
            b->p[o++] = b->p[i];
    }
    b->len = o;
}

/* Brahmic scripts ICU reads in ISO 15919 (Devanagari to Kannada; Tamil,
 * Malayalam and Sinhala have readers of their own): BRAHMIC_SOUTH for
 * Telugu and Kannada, whose names write श s (below), BRAHMIC_NORTH for the
 * others, 0 for none in b. */
enum { BRAHMIC_NORTH = 1, BRAHMIC_SOUTH = 2 };

static int brahmic_text(const aka__u16 *b)
{
    for (int32_t i = 0; i < b->len; i++)
        if (b->p[i] >= 0x0900 && b->p[i] < 0x0D00)
            return b->p[i] >= 0x0C00 ? BRAHMIC_SOUTH : BRAHMIC_NORTH;
    return 0;
}

static int is_sibilant(UChar ch, int kind)
{
    return ch == 0x1E63 || ch == 0x1E62 ||
           (kind == BRAHMIC_NORTH && (ch == 0x015B || ch == 0x015A));
}

/* ISO 15919 writes the vowel r as r with a ring below and the sibilants
 * श and ष as ś and ṣ, which folding to ASCII made r and s: कृष्ण was
 * "krsna", सुरेश "sures", ऋषि "rsi". Indian names write them ri and sh
 * (Krishna, Rishi, Suresh, Sharma, Lakshmi), as the Latin records of the
 * same people do, and so are they read here; but Telugu and Kannada names
 * write श s (శివ Siva, శ్రీనివాస్ Srinivas, శేఖర్ Sekhar) and ष sh (సురేష్
 * Suresh), and keep their ś. In place, b grown by the h added. */
static aka_status brahmic_habits(aka__u16 *b, int kind)
{
    int32_t extra = 0;
    for (int32_t i = 0; i < b->len; i++)
        extra += is_sibilant(b->p[i], kind);
    aka_status st = aka__u16_reserve(b, b->len + extra + 1);
    if (st != AKA_OK)
        return st;
    /* right to left, so that the added letters never overwrite unread ones */
    int32_t o = b->len + extra;
    for (int32_t i = b->len; i-- > 0;) {
        UChar ch = b->p[i];
        if (is_sibilant(ch, kind)) {
            int upper = ch == 0x015A || ch == 0x1E62;
            b->p[--o] = upper ? 'H' : 'h';
            b->p[--o] = upper ? 'S' : 's';
        } else if ((ch == 0x0325 || ch == 0x0304) && i > 0 &&
                   (b->p[i - 1] == 'r' || b->p[i - 1] == 'l' ||
                    b->p[i - 1] == 0x0325)) {
            /* the ring (and the macron of the long vowel) after r or l:
             * the vowel, written with an i */
            if (ch == 0x0325)
                b->p[--o] = 'i';
        } else {
            b->p[--o] = ch;
        }
    }
    /* o is where the text now starts */
    int32_t n = b->len + extra - o;
    memmove(b->p, b->p + o, (size_t)n * sizeof *b->p);
    b->len = n;
    return AKA_OK;
}

/* The letters of a word in Arabic script as the transforms should read
 * them: those of Urdu, Pashto, Kurdish and Uyghur as above, and ta
 * marbuta, which ends names that are said and written with a final -a
 * (أسامة Usama, فاطمة Fatima, عائشة Aisha) and which ICU spells "t", as
 * alef. */
static void arabic_script_letters(aka__u16 *b)
{
    int32_t o = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i];
        int start = i == 0 || !u_isalpha(b->p[i - 1]);
        int end = i + 1 == b->len || !u_isalpha(b->p[i + 1]);
        if (ch == 0x0626 && start && !end)
            continue;
        /* the vowel letters of Kurdish and Uyghur, which the transforms
         * read as ae and yu (ئەخمەت "aekhmaet"): as their Latin alphabets
         * write them, which the transforms leave alone */
        if (ch == 0x06D5 || ch == 0x06C6 || ch == 0x06C8) {
            b->p[o++] = ch == 0x06D5 ? 'e' : ch == 0x06C6 ? 'o' : 'u';
            continue;
        }
        if (ch == 0x06C1)
            /* at the end of a word, the vowel a of شازیہ Shazia,
             * رخسانہ Rukhsana, عائشہ Ayesha */
            ch = end && !start ? 0x0627 : 0x0647;
        ch = persian_letter(ch);
        b->p[o++] = ch == 0x0629 ? 0x0627 : ch;
    }
    b->len = o;
}

/* ---- Ethiopic ---- */

static int eth_vowel(UChar ch)
{
    switch (ch) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
    case 0x0101: case 0x0113: case 0x012B: case 0x014D: case 0x016B:
    case 0x00E4: case 0x00E9: case 0x0259:
        return 1;
    default:
        return 0;
    }
}

/* Amharic-Latin/BGN writes the vowel of every sixth-order syllable as a
 * plain i (ምኒልክ "minīliki", አሕመድ "āḥimedi", ሰላም "selami"), where it is
 * mostly unsaid and the names' Latin spellings leave it out: Menilik,
 * Ahmed, Selam, Tedros, Birhanu. Dropped at the end of a word, and
 * between a vowel and a consonant that has a vowel of another order
 * after it; kept where it breaks a cluster (ብርሃኑ "bi", ምኒልክ "lik").
 * Of two sixth orders in a row after a vowel, the second is said, as it
 * breaks the cluster the first closes (ወንድሙ "wenidimu": Wendimu,
 * Wondimu; ወርቅነሽ: Werkinesh, Workinesh; not "wenidmu", "weriknesh").
 * The other orders are written with other letters (ī, ē, ...), so a
 * plain i is a sixth order's. BGN writes an ejective with an apostrophe
 * after its letter (ቁ "k’u"), which belongs to the consonant. */
static int eth_sonorant(UChar ch)
{
    return ch == 'r' || ch == 'l' || ch == 'n' || ch == 'm' || ch == 'w' || ch == 'y';
}

/* The quotes and half rings BGN writes for ʾ and ʿ and after an
 * ejective. */
static int eth_glottal(UChar ch)
{
    return ch == 0x2018 || ch == 0x2019 || ch == 0x02BE || ch == 0x02BF;
}

/* A letter of a consonant as BGN writes it: letters, marks, and those
 * quotes. BGN writes a vowel after every consonant (a sixth order's i
 * too), so the consonant letters between two vowels are one consonant
 * (sh, ts, k’). */
static int eth_cons(UChar ch)
{
    /* (ʼ, U+02BC, is a letter to u_isalpha) */
    return (u_isalpha(ch) && !eth_vowel(ch)) || (U_GET_GC_MASK(ch) & U_GC_M_MASK) ||
           eth_glottal(ch);
}

static void ethiopic_sixth(aka__u16 *b)
{
    /* decided on the text as BGN wrote it, each i's fate known to the
     * ones after it; then the kept letters are moved up */
    uint8_t drop_small[128];
    uint8_t *drop = b->len <= (int32_t)sizeof drop_small ? drop_small : malloc((size_t)b->len);
    if (!drop)
        return; /* (an optimisation of spelling: the text stays BGN's) */
    memset(drop, 0, (size_t)b->len);
#define VOWEL_AT(k) (eth_vowel(b->p[k]) && !drop[k])
    for (int32_t i = 1; i < b->len; i++) {
        if (b->p[i] != 'i' || VOWEL_AT(i - 1))
            continue;
        int32_t e = i + 1;
        if (e == b->len || !(u_isalpha(b->p[e]) || eth_cons(b->p[e]))) {
            drop[i] = 1; /* the end of a word */
            continue;
        }
        /* the consonant letters after it, then the vowel they carry */
        while (e < b->len && eth_cons(b->p[e]))
            e++;
        /* the consonants before it, back to a vowel said: one, and one
         * more for each sixth order's i left out between them */
        int32_t st = i - 1, cons = 1;
        while (st >= 0 && (eth_cons(b->p[st]) || (b->p[st] == 'i' && drop[st]))) {
            cons += b->p[st] == 'i';
            st--;
        }
        int after_vowel = st >= 0 && VOWEL_AT(st) && cons == 1;
        /* ʾ and ʿ of the sixth order after a vowel are not said, nor is
         * their vowel (ትዕግሥት Tigist, ሆሳዕና Hosana) */
        if (after_vowel && i == st + 2 && eth_glottal(b->p[i - 1])) {
            drop[i] = 1;
            continue;
        }
        if (!after_vowel || e >= b->len || e == i + 1 || !eth_vowel(b->p[e]))
            continue;
        int32_t f = e + 1;
        while (f < b->len && eth_cons(b->p[f]))
            f++;
        /* another vowel order after it; or a sixth order of one consonant
         * that a consonant with another order follows: that one is said
         * (wen-di-mu), unless it is a sonorant and this consonant is not,
         * which closes the syllable (ፍቅርተ fi-kir-te, ፍሬሕይወት "firehiywet") */
        if (b->p[e] != 'i' ||
            (f > e + 1 && f < b->len && eth_vowel(b->p[f]) && b->p[f] != 'i' &&
             !(eth_sonorant(b->p[i + 1]) && !eth_sonorant(b->p[i - 1]))))
            drop[i] = 1;
    }
#undef VOWEL_AT
    int32_t o = 0;
    for (int32_t i = 0; i < b->len; i++)
        if (!drop[i])
            b->p[o++] = b->p[i];
    b->len = o;
    if (drop != drop_small)
        free(drop);
}

/* In a Korean name (`hint` AKA__HINT_KO), a word that is a family name in
 * hanja, or starts with one before Hangul (金 서준, 李하은, 南宮 민수), has
 * it rewritten as the Hangul it is said with (ko_names.h): it is then
 * romanised as Korean, gim, not as Mandarin, jin. A Han word that goes on
 * in Han (a given name in hanja too) is left to the Han reading. */
static void korean_surname(aka__u16 *b)
{
    if (b->len < 1 || !is_han(b->p[0]))
        return;
    UChar k[2];
    int32_t n = aka__ko_surname(b->p, b->len, k);
    if (n == 0)
        return;
    for (int32_t i = n; i < b->len; i++)
        if (!aka__hangul_syllable(b->p[i]))
            return;
    memcpy(b->p, k, (size_t)n * sizeof(UChar));
}

/* Gurmukhi (Punjabi) and Gujarati share Devanagari's layout, 0x100 and
 * 0x180 above it: their names are read as Devanagari ones, with its
 * inherent vowels left out and the ng of Singh (ਸਿੰਘ Singh, ਗੁਰਪ੍ਰੀਤ
 * Gurpreet, રમેશ Ramesh), where ICU spelled every inherent a (guraprita
 * sigha). Gurmukhi's own signs: the tippi is the anusvara; the addak,
 * which doubles the next consonant, is left out (the keys read a double
 * letter once: ਗਿੱਲ Gill); the vowel bearers ੲ and ੳ with a vowel sign are
 * the vowel (ੲਿ इ, ੳੁ उ). */
static void indic_as_devanagari(aka__u16 *b)
{
    int32_t o = 0;
    for (int32_t i = 0; i < b->len; i++) {
        UChar ch = b->p[i], next = i + 1 < b->len ? b->p[i + 1] : 0;
        if (ch < 0x0A00 || ch > 0x0AFF) {
            b->p[o++] = ch;
            continue;
        }
        if (ch == 0x0A71 || ch == 0x0A75 || ch == 0x0A51)
            continue; /* addak, yakash, udaat */
        if (ch == 0x0A70) {
            b->p[o++] = 0x0902;
            continue;
        }
        if (ch == 0x0A72 || ch == 0x0A73) {
            UChar v = ch == 0x0A72 ? 0x0907 : 0x0909;
            int sign = 1;
            switch (next) {
            case 0x0A3F: v = 0x0907; break; /* ੲਿ i */
            case 0x0A40: v = 0x0908; break; /* ੲੀ ī */
            case 0x0A47: v = 0x090F; break; /* ੲੇ e */
            case 0x0A48: v = 0x0910; break; /* ੲੈ ai */
            case 0x0A41: v = 0x0909; break; /* ੳੁ u */
            case 0x0A42: v = 0x090A; break; /* ੳੂ ū */
            case 0x0A4B: v = 0x0913; break; /* ੳੋ o */
            default: sign = 0;
            }
            b->p[o++] = v;
            i += sign;
            continue;
        }
        b->p[o++] = (UChar)(ch - (ch < 0x0A80 ? 0x100 : 0x180));
    }
    b->len = o;
}

aka_status aka__rom_to_ascii(aka__uctx *c, aka__u16 *b, unsigned hint,
                             unsigned mode, aka__sb *out)
{
    census cs;
    for (int32_t i = 0; i < b->len; i++)
        if (b->p[i] >= 0x0A00 && b->p[i] <= 0x0AFF) {
            indic_as_devanagari(b);
            break;
        }
    if (hint == AKA__HINT_KO && (mode & AKA__ROM_NAME))
        korean_surname(b);
    take_census(b, &cs);
    if (cs.letters == cs.n[S_LATIN])
        return finish(c, b, 0, 0, hint == AKA__HINT_VI, out);
    int dom;
    aka__tr id = pick_translit(&cs, hint, mode, &dom);
    int pure = cs.n[dom] == cs.letters;
    aka_status st;
    if (dom == S_HEBREW) {
        st = hebrew_geresh(b, aka__uctx_scratch16(c, AKA__S16_WORK2));
        if (st != AKA_OK)
            return st;
    }
    if (dom == S_ARABIC)
        arabic_script_letters(b);
    if (dom == S_BENGALI)
        bengali_abbreviation_mark(b);
    /* Persian-Latin/BGN reads a word's first alef as the seat of a short
     * vowel it is not shown, and writes nothing (احمد "hmd", ابراهیم
     * "brahym"), where Arabic-Latin and every Latin spelling write a
     * vowel (Ahmad, Ebrahim, Esmail), and likewise آ, أ and إ: a word's
     * first alef is written a before it runs (it
     * leaves Latin letters alone; a medial alef it also leaves, for the
     * Any-Latin pass, which writes a). */
    int persian = id == AKA__TR_PERSIAN && pure;
    if (persian)
        for (int32_t i = 0; i < b->len; i++)
            if ((b->p[i] == 0x0627 || b->p[i] == 0x0622 ||
                 b->p[i] == 0x0623 || b->p[i] == 0x0625) &&
                (i == 0 || !(u_isalpha(b->p[i - 1]) ||
                             (U_GET_GC_MASK(b->p[i - 1]) & U_GC_M_MASK))))
                b->p[i] = 'a';
    /* Arabic-Latin writes إ, the alef of a hamza with kasra, as it writes
     * every alef, a (ICU: "ạ̹"), so that إيمان read "ayman" (Ayman, a
     * man's name, أيمن) and its ي a consonant, where every Latin spelling
     * writes an i or an e (Iman, Eman; Ibrahim, Ehab, Esraa): i. */
    if (dom == S_ARABIC && !persian)
        for (int32_t i = 0; i < b->len; i++)
            if (b->p[i] == 0x0625)
                b->p[i] = 'i';
    /* CJK names split into family and given name only when the word is the
     * whole name: "习近平" is Xi Jinping, but "乔治·华盛顿" has words. */
    if (dom == S_HAN && pure && (mode & AKA__ROM_NAME)) {
        if (japanese_name(b, hint, out, &st))
            return st;
    }
    int cjk = dom == S_HAN || dom == S_HANGUL;
    if (cjk && pure && (mode & AKA__ROM_NAME) && (mode & AKA__ROM_SINGLE) &&
        hint != AKA__HINT_JA && b->len >= 2 && b->len <= 5 &&
        !U16_IS_SURROGATE(b->p[0]) && !U16_IS_SURROGATE(b->p[1]))
        return cjk_name(c, b, id, dom == S_HANGUL, out);
    if (dom == S_HANGUL && all_hangul_syllables(b))
        return hangul_rr(b->p, 0, b->len, out);
    /* Thai in RTGS, syllable by syllable, as names are written (สมชาย
     * "somchai"); ICU's Thai-Latin spells letters ("smchay"). */
    if (dom == S_THAI && pure)
        return aka__thai_rtgs(b->p, b->len,
                              aka__uctx_scratch16(c, AKA__S16_WORK2), out);
    /* Khmer as Cambodians write their names in Latin (សុខ "sok", ជា
     * "chea"); ICU has no Khmer transform, and spelling the letters from
     * their Unicode names gave "sukh" and "caa". */
    if (dom == S_KHMER && pure)
        return aka__khmer_latin(b->p, b->len,
                                aka__uctx_scratch16(c, AKA__S16_WORK2), out);
    /* Lao as Lao passports write names (ສົມພອນ "somphone", ບຸນມີ
     * "bounmy"); ICU has no Lao transform, and the letters' Unicode names
     * gave "skonmophoon". */
    if (dom == S_LAO && pure)
        return aka__lao_latin(b->p, b->len,
                              aka__uctx_scratch16(c, AKA__S16_WORK2), out);
    /* Tamil as names are written on Sri Lankan and Indian passports
     * (அழகு "azhagu", சுந்தரம் "sundaram"); ICU's Any-Latin spells the
     * letters one by one ("alaku", "cuntaram"). */
    if (dom == S_TAMIL && pure)
        return aka__tamil_latin(b->p, b->len,
                                aka__uctx_scratch16(c, AKA__S16_WORK2), out);
    /* Burmese syllable by syllable, in the popular spelling of names
     * (မြင့် "myint"); ICU spells letters ("myang"). */
    if (dom == S_MYANMAR && pure)
        return aka__myanmar_latin(b->p, b->len,
                                  aka__uctx_scratch16(c, AKA__S16_WORK2), out);
    /* Sinhala as Sri Lankans write their names in Latin (සිරිසේන
     * "sirisena", වීරසිංහ "wirasinghe"); ICU has no Sinhala transform,
     * and the letters' Unicode names gave "laayaanaa" for ලියන. */
    if (dom == S_SINHALA && pure)
        return aka__sinhala_latin(b->p, b->len,
                                  aka__uctx_scratch16(c, AKA__S16_WORK2), out);
    /* Malayalam as Keralites write their names in Latin (കുമാർ "kumar",
     * തോമസ് "thomas"); ICU's Any-Latin drops the chillu letters (കുമാർ
     * "kuma") and writes ോ as both its parts ("teamas"). */
    if (dom == S_MALAYALAM && pure)
        return aka__malayalam_latin(b->p, b->len,
                                    aka__uctx_scratch16(c, AKA__S16_WORK2), out);
    /* (a nukta after the last consonant: ख़ान Khan, রায় Ray) */
    UChar32 last = as_devanagari(cs.last) == 0x093C && b->len >= 2
                       ? b->p[b->len - 2]
                       : cs.last;
    int schwa = final_schwa_dropped(dom) && is_indic_consonant(last) &&
                !ends_in_conjunct(b);
    int brahmic = brahmic_text(b);
    /* An anusvara before a final ह is the ng of Singh (सिंह), which
     * ICU writes n; a word-final ङ (or ङ्) the ng of Nepali names (तामाङ
     * Tamang, गुरुङ Gurung), which ICU writes ṅ and the ASCII folding n. */
    if (dom == S_DEVANAGARI) {
        int32_t n = b->len;
        st = n >= 3 && b->p[n - 1] == 0x0939 && b->p[n - 2] == 0x0902
                 ? spell_ng(b, n - 2, 1)
             : n >= 2 && b->p[n - 1] == 0x0919 ? spell_ng(b, n - 1, 1)
             : n >= 3 && b->p[n - 1] == 0x094D && b->p[n - 2] == 0x0919
                 ? spell_ng(b, n - 2, 2)
                 : AKA_OK;
        if (st != AKA_OK)
            return st;
    }
    /* Tigrinya's ኸ series is the fricative of ከ, which names spell k (ተኽለ
     * Tekle, ኣኽሊሉ Aklilu) and Amharic-Latin h: read as ከ. */
    if (dom == S_ETHIOPIC)
        for (int32_t i = 0; i < b->len; i++)
            if ((b->p[i] >= 0x12B8 && b->p[i] <= 0x12BE) ||
                b->p[i] == 0x12C0 || (b->p[i] >= 0x12C2 && b->p[i] <= 0x12C5))
                b->p[i] = (UChar)(b->p[i] - 0x10);
    if (dom == S_CYRILLIC) {
        central_asian_letters(b);
        if (hint == AKA__HINT_VI)
            vietnamese_final_nh(b);
        st = initial_yo(b);
        if (st != AKA_OK)
            return st;
        if (id == AKA__TR_RUSSIAN) {
            yot_e(b);
            bulgarian_hard_sign(b);
        }
    }
    st = romanise_all(c, id, b);
    if (st != AKA_OK)
        return st;
    /* Belarusian-Latin/BGN writes ў w (Казлоў "kazlow"); Belarusian
     * passports write it u (KAZLOU, SHAUCHENKA, YAUHEN), as do the
     * national system and most Latin records: read so. (BGN writes w
     * for nothing else.) */
    if (id == AKA__TR_BELARUSIAN) {
        for (int32_t i = 0; i < b->len; i++)
            if (b->p[i] == 'w' || b->p[i] == 'W')
                b->p[i] = (UChar)(b->p[i] - ('w' - 'u'));
        belarusian_e(b);
    }
    if (indic(dom) && pure)
        hindi_syncope(b, schwa);
    if (brahmic) {
        st = brahmic_habits(b, brahmic);
        if (st != AKA_OK)
            return st;
    }
    /* It writes و v, the consonant, where it is mostly the vowel u or o of
     * a name (محمود Mahmoud, روحانی Rouhani, کوروش Kourosh): w as Arabic-
     * Latin writes it, so that one name romanises alike from both (and
     * meets the variant tables' mhmwd), and the keys read w as v anyway. */
    if (persian)
        for (int32_t i = 0; i < b->len; i++)
            if (b->p[i] == 'v' || b->p[i] == 'V')
                b->p[i] = (UChar)(b->p[i] + ('w' - 'v'));
    if (dom == S_ETHIOPIC)
        ethiopic_sixth(b);
    size_t before = out->len;
    st = finish(c, b, cjk, 1, 0, out);
    /* Hindi drops the inherent vowel of a final consonant: राहुल is Rahul,
     * not the "rahula" of letter-by-letter transliteration. */
    if (st == AKA_OK && schwa && out->len - before > 2 &&
        out->p[out->len - 1] == 'a') {
        out->len--;
        out->p[out->len] = '\0';
    }
    return st;
}
