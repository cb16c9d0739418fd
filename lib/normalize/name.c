/* Names (AKA_NAME, AKA_GIVEN_NAME, AKA_FAMILY_NAME) and free text (AKA_ADDRESS,
 * AKA_PLACE_OF_BIRTH): a value is cut into words, each word romanised to
 * lower-case ASCII tokens, then titles are dropped from the front of names
 * and generational suffixes from the back.
 *
 * Words are romanised through the per-thread token cache: names are
 * Zipf-distributed, so most words of a realistic stream were seen before
 * and cost one hash lookup instead of ICU normalisation and
 * transliteration. Pure-ASCII words skip ICU and the cache altogether. */
#include "normalize/normalize.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "core/wordlist.h"
#include "normalize/place_part.h"
#include "normalize/titles.h"
#include "unicode/digit.h"
#include "unicode/romanise.h"
#include "unicode/utf8.h"

/* Set on words typed in ASCII: only their tokens may be titles. A token
 * romanised from another script can spell one by accident (عمر, Omar,
 * gives "mr"). */
#define WORD_ASCII 0x100u
/* Set on words after a comma: "SMITH, Dr John", the list form of a name,
 * puts the titles in front of the given names, after the comma. */
#define WORD_AFTER_COMMA 0x200u
/* Set on ASCII words of letters and digits only: the word is its one
 * token, so the token's title flags are the word's (no second lookup). */
#define WORD_SELF 0x400u
/* Set on the first token of each word: a suffix word of two tokens
 * (先生, "xian sheng") goes whole or stays. */
#define TOK_FIRST 0x800u

/* One word of the value: where its tokens sit in the token buffer. */
typedef struct word {
    size_t off, len;
    unsigned flags;
} word;

/* Words of a name: in `local` while they fit (nearly every name), on the
 * heap beyond, so that reading a name allocates only its token buffer. */
#define LOCAL_WORDS 16

typedef struct words {
    word *v; /* local or heap */
    size_t n, cap;
    word local[LOCAL_WORDS];
} words;

static void words_init(words *ws)
{
    ws->v = ws->local;
    ws->n = 0;
    ws->cap = LOCAL_WORDS;
}

static void words_free(words *ws)
{
    if (ws->v != ws->local)
        free(ws->v);
}

static aka_status words_push(words *ws, size_t off, size_t len,
                             unsigned flags)
{
    if (ws->n == ws->cap) {
        size_t cap = ws->cap * 2;
        word *v = ws->v == ws->local ? malloc(cap * sizeof *v)
                                     : realloc(ws->v, cap * sizeof *v);
        if (!v)
            return AKA_ERR_NOMEM;
        if (ws->v == ws->local)
            memcpy(v, ws->local, sizeof ws->local);
        ws->v = v;
        ws->cap = cap;
    }
    ws->v[ws->n++] = (word){off, len, flags};
    return AKA_OK;
}

/* Characters that end a word. Hyphens and apostrophes do not: "г-н" is
 * one title and "O'Brien" one word (its tokens are split later). Dots do,
 * so that "Dr.Smith" and "J.R." lose their titles and keep initials. */
static int is_word_break_slow(uint32_t cp)
{
    switch (cp) {
    case ',': case ';': case '.': case '/': case '|': case '(': case ')':
    case '[': case ']': case '{': case '}': case '"': case '<': case '>':
    case ':': case '_': case '+': case '*': case '=': case '\\': case '&':
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x201C:
    case 0x201D: case 0x201E: case 0x201F: case 0x00B7: case 0x30FB:
    case 0xFF65: case 0x2022: case 0x3001: case 0x3002: case 0xFF0C:
    case 0xFF0E: case 0x060C: case 0x061B: case 0x2026:
        return 1;
    default:
        return cp < 0x80 ? (cp <= ' ' || cp == 0x7F) : u_isUWhiteSpace((UChar32)cp);
    }
}

/* is_word_break with ASCII answered from a bit table (two calls per
 * character of every name made it a tenth of reading a name). */
static inline int is_word_break(uint32_t cp)
{
    /* bit c set: ASCII c breaks words (controls, space, DEL and
     * ",;./|()[]{}\"<>:_+*=\\&") */
    static const uint64_t lo = 0xFFFFFFFFu | (1ull << ' ') | (1ull << '"') |
                               (1ull << '&') | (1ull << '(') | (1ull << ')') |
                               (1ull << '*') | (1ull << '+') | (1ull << ',') |
                               (1ull << '.') | (1ull << '/') | (1ull << ':') |
                               (1ull << ';') | (1ull << '<') | (1ull << '=') |
                               (1ull << '>');
    static const uint64_t hi = (1ull << ('[' - 64)) | (1ull << ('\\' - 64)) |
                               (1ull << (']' - 64)) | (1ull << ('_' - 64)) |
                               (1ull << ('{' - 64)) | (1ull << ('|' - 64)) |
                               (1ull << ('}' - 64)) | (1ull << (0x7F - 64));
    if (cp < 64)
        return (int)((lo >> cp) & 1);
    if (cp < 128)
        return (int)((hi >> (cp - 64)) & 1);
    return is_word_break_slow(cp);
}

/* A digit inside a word of letters is a scanner's (or a typist's) reading
 * of the letter it looks like: NAD1YA, 5AVCHUK, AL-O8AIDI, and in
 * Cyrillic 3АРИНА for ЗАРИНА. Names hold no digits, so in a name such a
 * digit is read as that letter, which lets the record's blocking keys
 * and comparisons see the name. The look-alikes are the scanner
 * confusions of the document comparator (O/0, I/1, S/5, B/8, Z/2, G/6)
 * and A/4, T/7; in Cyrillic З/3, О/0, б/6, В/8; in Greek Ο/0, Ι/1, Β/8.
 * A token of more digits than letters stays as it is (12B, a number);
 * one of as many is read (5Y is the Senegalese Sy, L0 Lo).
 * Indexed by digit; 0: none. */
static const char LATIN_DIGITS[10] = {'o', 'i', 'z', 0, 'a', 's', 'g', 't', 'b', 0};
static const char CYRILLIC_DIGITS[10] = {'o', 0, 0, 'z', 0, 0, 'b', 0, 'v', 0};
static const char GREEK_DIGITS[10] = {'o', 'i', 0, 0, 0, 0, 0, 0, 'v', 0};

/* The digits of each token of p[0..n) (romanised tokens, single spaces
 * between them) that has no fewer letters than digits, read through
 * `map`. */
static void fold_lookalike_digits(char *p, size_t n, const char *map)
{
    for (size_t i = 0; i < n;) {
        size_t e = i;
        size_t letters = 0, digits = 0;
        for (; e < n && p[e] != ' '; e++) {
            letters += p[e] >= 'a' && p[e] <= 'z';
            digits += aka__ascii_digit(p[e]);
        }
        if (digits && letters >= digits)
            for (size_t k = i; k < e; k++)
                if (aka__ascii_digit(p[k]) && map[p[k] - '0'])
                    p[k] = map[p[k] - '0'];
        i = e + 1;
    }
}

/* The look-alike table for a word that is not ASCII, by the script of its
 * first letter past ASCII (Latin when it has none: O’BR1EN); NULL for
 * scripts whose letters no digit resembles. */
static const char *lookalikes_of(const char *w, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp = aka__utf8_next(w, n, &i);
        if (cp < 0x80 || !u_isalpha((UChar32)cp))
            continue;
        if (cp >= 0x400 && cp <= 0x52F)
            return CYRILLIC_DIGITS;
        if ((cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x1F00 && cp <= 0x1FFF))
            return GREEK_DIGITS;
        if (cp <= 0x24F || (cp >= 0x1E00 && cp <= 0x1EFF))
            return LATIN_DIGITS;
        return NULL;
    }
    return LATIN_DIGITS;
}

/* Lower-case ASCII tokens of an ASCII word, and its title flags. */
static aka_status ascii_word(const char *w, size_t n, unsigned mode, int uzbek,
                             aka__sb *out, unsigned *flags)
{
    /* One pass: tokens written straight into room reserved for every byte
     * and a space before each, the lower-cased word kept for its title
     * lookup. */
    char low[41];
    int titled = (mode & AKA__ROM_NAME) && n < sizeof low;
    aka_status st = aka__sb_reserve(out, 2 * n);
    if (st != AKA_OK)
        return st;
    char *o = out->p;
    size_t ol = out->len;
    int in_token = 0, alnum = 1, digits = 0;
    size_t run = 0; /* letters and digits of the token so far */
    size_t start = ol; /* where this word's tokens begin */
    for (size_t i = 0; i < n; i++) {
        char ch = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
        if (titled)
            low[i] = ch;
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            /* a new token after a space, as aka__sb_append_token puts it */
            if (!in_token && ol > 0 && o[ol - 1] != ' ')
                o[ol++] = ' ';
            o[ol++] = ch;
            digits |= ch <= '9';
            run = in_token ? run + 1 : 1;
            in_token = 1;
        } else {
            alnum = 0;
            if (aka__rom_apostrophe((unsigned char)ch) && in_token) {
                int next_letter = i + 1 < n && aka__rom_ascii_letter((unsigned char)w[i + 1]);
                char uz = aka__rom_uzbek((unsigned char)o[ol - 1], (unsigned char)ch, run,
                                         (w[i - 1] == 'O' && next_letter && w[i + 1] >= 'a') ||
                                             uzbek,
                                         next_letter);
                if (uz)
                    o[ol - 1] = uz;
                if (uz || aka__rom_apostrophe_joins(run, next_letter))
                    continue;
            }
            in_token = 0;
        }
    }
    out->len = ol;
    o[ol] = '\0';
    if (digits && (mode & AKA__ROM_NAME))
        fold_lookalike_digits(o + start, ol - start, LATIN_DIGITS);
    /* A word of letters and digits is its one token: its title is looked
     * up as the token reads once its digits are letters ("Dr5" is Drs),
     * as it will be when the output is normalised again. */
    const char *key = low;
    size_t keylen = n;
    if (alnum && digits && ol > start) {
        key = o + start + (o[start] == ' ');
        keylen = (size_t)(o + ol - key);
    }
    *flags = titled ? aka__title_flags(key, keylen) | (alnum ? WORD_SELF : 0u) : 0u;
    return AKA_OK;
}

static aka_status unicode_word(aka__uctx *c, const char *w, size_t n,
                               unsigned hint, unsigned mode, aka__sb *out,
                               unsigned *flags)
{
    unsigned ns = mode | (hint << 4);
    size_t vlen;
    const char *hit = aka__uctx_cache_get(c, ns, w, n, &vlen, flags);
    if (hit)
        return aka__sb_append_token(out, hit, vlen);

    aka__u16 *b = aka__uctx_scratch16(c, AKA__S16_WORK);
    aka__sb tmp = {0};
    aka_status st = aka__rom_prepare(c, w, n, b);
    *flags = 0;
    if (st == AKA_OK && (mode & AKA__ROM_NAME)) {
        st = aka__u16_append_utf8(&tmp, b->p, b->len);
        if (st == AKA_OK)
            *flags = aka__title_flags(tmp.p, tmp.len);
        aka__sb_clear(&tmp);
    }
    if (st == AKA_OK)
        st = aka__rom_to_ascii(c, b, hint, mode, &tmp);
    if (st == AKA_OK && (mode & AKA__ROM_NAME) && tmp.len) {
        const char *map = lookalikes_of(w, n);
        if (map)
            fold_lookalike_digits(tmp.p, tmp.len, map);
    }
    if (st == AKA_OK) {
        aka__uctx_cache_put(c, ns, w, n, tmp.p ? tmp.p : "", tmp.len, *flags);
        st = aka__sb_append_token(out, tmp.p, tmp.len);
    }
    aka__sb_free(&tmp);
    return st;
}

/* The start of the next word at or after in[from]; len when only breaks
 * are left. */
static size_t word_start(const char *in, size_t len, size_t from)
{
    for (size_t i = from; i < len;) {
        size_t s = i;
        if (!is_word_break(aka__utf8_next(in, len, &i)))
            return s;
    }
    return len;
}

/* The end of the word that starts at in[s]. */
static size_t word_end(const char *in, size_t len, size_t s)
{
    for (size_t e = s; e < len;) {
        size_t next = e;
        if (is_word_break(aka__utf8_next(in, len, &next)))
            return e;
        e = next;
    }
    return len;
}

/* Whether nothing but breaks, or one honorific said after the name
 * (王伟 先生), follows in[from..len): a CJK name is then one word, which
 * is split into its family and given names. */
static int name_ends(const char *in, size_t len, size_t from)
{
    size_t s = word_start(in, len, from);
    if (s == len)
        return 1;
    if (!((unsigned char)in[s] & 0x80))
        return 0; /* (no honorific is ASCII: most names end here) */
    size_t e = word_end(in, len, s);
    return word_start(in, len, e) == len && aka__is_honorific(in + s, e - s);
}

/* The end of the word in[start..end) once a title written onto the front
 * of the name's first word (Thai นายสมชาย) or an honorific onto the back
 * of its last word (田中さん, 王伟先生, 이지은님) is cut off: it is read as
 * a word of its own, which the title lists drop. */
static size_t affix_split(const char *in, size_t len, size_t start,
                          size_t end, int first_word)
{
    size_t p = first_word ? aka__title_prefix_len(in + start, end - start) : 0;
    if (p)
        return start + p;
    if (word_start(in, len, end) == len)
        end -= aka__honorific_suffix_len(in + start, end - start);
    return end;
}

static int upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* The end of an ASCII word in[start..end) once a family name in capitals
 * run onto the given name that follows is cut off (BASNETRekha, the space
 * lost in typing): at the last capital of a run of four or more that a
 * small letter follows. McDonald, DeLuca, MacDONALD and the Czech titles
 * JUDr., MVDr. stay whole. */
static size_t case_split(const char *in, size_t start, size_t end)
{
    for (size_t j = start + 3; j + 1 < end; j++)
        if (upper(in[j - 3]) && upper(in[j - 2]) && upper(in[j - 1]) &&
            upper(in[j]) && in[j + 1] >= 'a' && in[j + 1] <= 'z')
            return j;
    return end;
}

/* Whether cp is a letter of an alphabet with cases other than Latin's
 * (Cyrillic, Greek, Armenian), whose names are not written with a capital
 * inside them as Latin ones are (McDonald, DeLuca). */
static int cased_non_latin(uint32_t cp)
{
    return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x0400 && cp <= 0x052F) ||
           (cp >= 0x0531 && cp <= 0x0587) || (cp >= 0x1F00 && cp <= 0x1FFF);
}

/* The end of a word in[start..end) in Cyrillic, Greek or Armenian letters
 * once a name run onto the next is cut off (КурбоноваПарвина, the space
 * lost in typing): before a capital that follows two small letters or
 * more and that a small letter follows, or that ends the word after three
 * (an initial: КурбоноваП.). */
static size_t unicode_case_split(const char *in, size_t start, size_t end)
{
    int small = 0; /* small letters of this alphabet just before */
    for (size_t i = start; i < end;) {
        size_t at = i;
        uint32_t cp = aka__utf8_next(in, end, &i);
        if (small >= 2 && cased_non_latin(cp) && u_isupper((UChar32)cp)) {
            if (i == end) /* an initial run on (КурбоноваП.) */
                return small >= 3 ? at : end;
            size_t j = i;
            uint32_t next = aka__utf8_next(in, end, &j);
            if (cased_non_latin(next) && u_islower((UChar32)next))
                return at;
        }
        small = cased_non_latin(cp) && u_islower((UChar32)cp) ? small + 1 : 0;
    }
    return end;
}

/* The length of the relation marker that starts at in[s] when one does,
 * 0 otherwise: A/L and A/P (anak lelaki, anak perempuan: son and daughter
 * of, on Malaysian identity cards), S/O, D/O and W/O (son, daughter and
 * wife of, in Singapore, India and Pakistan), written between a person's
 * name and the father's or husband's: RAVI A/L MUTHU is Ravi Muthu to
 * every other record. Read in the raw text, where the slash tells the
 * marker from two initials (Maria A. L. Santos keeps hers). */
static size_t relation_marker(const char *in, size_t len, size_t s)
{
    if (s + 3 > len || in[s + 1] != '/' ||
        (s + 3 < len && !is_word_break((unsigned char)in[s + 3])))
        return 0;
    char a = (char)(in[s] | 0x20), b = (char)(in[s + 2] | 0x20);
    int marker = (a == 'a' && (b == 'l' || b == 'p')) ||
                 (b == 'o' && (a == 's' || a == 'd' || a == 'w'));
    return marker ? 3 : 0;
}

/* Whether the word in[start..end) is Ma with a full stop and another word
 * after it: the Maria of Filipino and Spanish records (Ma. Teresa Dela
 * Cruz, Ma. del Carmen), which every other record writes in full. Ma
 * without the stop is the Burmese women's honorific (Ma Kyi) or the
 * Chinese family name Ma, and stays. */
static int maria_abbreviated(const char *in, size_t len, size_t start,
                             size_t end)
{
    return end - start == 2 && (in[start] | 0x20) == 'm' &&
           (in[start + 1] | 0x20) == 'a' && end < len && in[end] == '.' &&
           word_start(in, len, end + 1) < len;
}

/* Spanish abbreviations of given names, in[start..end): Mª (with the
 * ordinal indicator, which NFKC reads as a: "ma") for María, and Fco.
 * (with its full stop) for Francisco; *w gets the name. */
static int spanish_abbreviation(const char *in, size_t len, size_t start, size_t end,
                                const char **w)
{
    size_t n = end - start;
    const char *p = in + start;
    if (n == 3 && (p[0] | 0x20) == 'm' && (unsigned char)p[1] == 0xC2 &&
        (unsigned char)p[2] == 0xAA) {
        *w = p[0] == 'M' ? "Maria" : "maria";
        return 1;
    }
    if (n == 3 && (p[0] | 0x20) == 'f' && (p[1] | 0x20) == 'c' && (p[2] | 0x20) == 'o' &&
        end < len && in[end] == '.') {
        *w = p[0] == 'F' ? "Francisco" : "francisco";
        return 1;
    }
    return 0;
}

/* Whether w[0..n) is one letter of an alphabet whose letters are
 * written as initials (Cyrillic, Greek, Armenian, Georgian). Such an
 * initial keeps only the first letter of its romanisation, as a Latin
 * initial is one letter: Ю. is "y", as Юлия is "yuliya". Read as "yu", it
 * was a two-letter name that met no name, not even Юлия. Like a Latin
 * Y., it then stands for any name romanised with a y (Юлия, Яна, Елена):
 * Е, Ё, Є, Ї, Й, Ю and Я are one initial, and so are Ж and З, Х and К,
 * Ц and Т, С, Ш and Щ. */
static int alphabet_initial(const char *w, size_t n)
{
    size_t i = 0;
    uint32_t cp = aka__utf8_next(w, n, &i);
    if (i != n)
        return 0;
    return (cp >= 0x0400 && cp <= 0x045F) || (cp >= 0x0490 && cp <= 0x04FF) ||
           (cp >= 0x0391 && cp <= 0x03C9) || (cp >= 0x0531 && cp <= 0x0586) ||
           (cp >= 0x10D0 && cp <= 0x10FA);
}

/* Korean family names as the normaliser romanises their Russian
 * Cyrillic (Ким, Ли, Пак, Цой, Чхве, Хан, Кан, Юн, Чон, Шин ...), sorted. */
static const char *const ko_families_cyr[] = {
    "an",  "chan", "chkhve", "cho", "chon", "chu",  "im",  "kan", "khan", "kho",
    "khon", "khvan", "kim",  "ko",  "kvon", "li",   "lim", "ma",  "min",  "mun",
    "nam", "no",   "o",      "ok",  "pak",  "pe",   "shin", "sin", "so",   "son",
    "ten", "tsoy", "yan",    "yu",  "yun",
};

/* The number of words of one letter in in[0..len) (a rough cut at
 * spaces, commas and full stops). */
static size_t one_letter_words(const char *in, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && (in[i] == ' ' || in[i] == ',' || in[i] == '.'))
            i++;
        size_t s = i;
        while (i < len && in[i] != ' ' && in[i] != ',' && in[i] != '.')
            i++;
        size_t k = s;
        if (i > s && (aka__utf8_next(in, i, &k), k == i))
            n++;
    }
    return n;
}

/* Whether the one-letter word w[0..n) at in[end] is a syllable of a
 * Korean given name in Russian Cyrillic, not an initial: a vowel letter
 * (Ё, Ю, Я, Е, А, О, У, Э, И: Ким Ё Чжон, Ли Ю Ми), no full stop after
 * it, the only word of one letter in the name, and the name's first word
 * (toks[0..first_len)) a Korean family name. Read as an initial it was
 * "y", which met any given name with a y. */
static int korean_syllable(const char *w, size_t n, const char *in, size_t len, size_t end,
                           const char *first, size_t first_len)
{
    size_t i = 0;
    uint32_t cp = aka__utf8_next(w, n, &i);
    static const uint32_t vowels[] = {0x410, 0x415, 0x401, 0x418, 0x41E, 0x423,
                                      0x42D, 0x42E, 0x42F};
    int vowel = 0;
    for (size_t k = 0; k < sizeof vowels / sizeof vowels[0]; k++)
        vowel |= cp == vowels[k] || cp == vowels[k] + (vowels[k] == 0x401 ? 0x50 : 0x20);
    return vowel && (end == len || in[end] != '.') && one_letter_words(in, len) == 1 &&
           aka__word_sorted_find(ko_families_cyr,
                                 sizeof ko_families_cyr / sizeof ko_families_cyr[0],
                                 first, first_len) >= 0;
}

/* Whether in[0..len) is three words, the first of them w[0..n) at
 * in[..end), one of the Korean family names Russian writes in one letter
 * (Ю 유, О 오), with no full stop, and the other two of two to five
 * letters, the syllables of a Korean given name: Ю Чжэ Сок (Yoo
 * Jae-suk). Ю. Тимошенко and Ю Тимошенко stay initials. */
static int korean_family_letter(const char *w, size_t n, const char *in, size_t len, size_t end)
{
    size_t i = 0;
    uint32_t cp = aka__utf8_next(w, n, &i);
    if (!(cp == 0x42E || cp == 0x44E || cp == 0x41E || cp == 0x43E) ||
        (end < len && in[end] == '.'))
        return 0;
    size_t more = 0;
    for (size_t k = end; k < len;) {
        while (k < len && in[k] == ' ')
            k++;
        size_t letters = 0;
        while (k < len && in[k] != ' ') {
            aka__utf8_next(in, len, &k);
            letters++;
        }
        if (letters == 0)
            break;
        if (letters < 2 || letters > 5 || ++more > 2)
            return 0;
    }
    return more == 2;
}

/* The length of the apostrophe at in[i] as names are typed
 * (aka__rom_apostrophe) or the ʻ Uzbek prints, 0 when there is none. */
static size_t apostrophe_len(const char *in, size_t len, size_t i)
{
    if ((unsigned char)in[i] < 0x80)
        return aka__rom_apostrophe((unsigned char)in[i]) ? 1 : 0;
    size_t j = i;
    uint32_t cp = aka__utf8_next(in, len, &j);
    return aka__rom_apostrophe(cp) || cp == 0x02BB ? j - i : 0;
}

/* Whether the name in[0..len) writes an Uzbek letter with an apostrophe
 * where no other language does: gʻ but after n (G'ULOM, BOG'DOD, not the
 * Kikuyu Ng'ang'a), or oʻ inside a word (QO'CHQOR, TO'XTAYEVA). Such a
 * name's other words that open with O and an apostrophe open with oʻ too:
 * in capitals O'RINBOYEV reads as O'BRIEN does, and only the name tells
 * them apart (in small letters, O'rinboyev and O'Brien do). */
static int uzbek_apostrophes(const char *in, size_t len)
{
    for (size_t i = 1; i < len; i++) {
        size_t al = apostrophe_len(in, len, i);
        if (!al || i + al >= len || !aka__rom_ascii_letter((unsigned char)in[i + al]))
            continue;
        char prev = (char)(in[i - 1] | 0x20);
        int after_letter = i >= 2 && aka__rom_ascii_letter((unsigned char)in[i - 2]);
        if (prev == 'g' && !(after_letter && (in[i - 2] | 0x20) == 'n'))
            return 1;
        if (prev == 'o' && after_letter)
            return 1;
    }
    return 0;
}

/* The word w[0..n) with the apostrophe after its opening O written ʻ, the
 * letter Uzbek prints, into buf (cap bytes) when it is an Uzbek oʻ: in a
 * name that shows Uzbek letters (`uzbek`, O‘RINBOYEV beside G‘ULOM), or
 * in mixed case before a small letter (O‘rinboyev), as ascii_word reads
 * O'rinboyev; its length, or 0 when the word stays as it is. */
static size_t uzbek_opening(const char *w, size_t n, int uzbek, char *buf, size_t cap)
{
    size_t al = n > 2 && (w[0] | 0x20) == 'o' ? apostrophe_len(w, n, 1) : 0;
    if (al < 2 || 1 + al >= n || !aka__rom_ascii_letter((unsigned char)w[1 + al]) ||
        !(uzbek || (w[0] == 'O' && w[1 + al] >= 'a')) || n - al + 3 > cap)
        return 0;
    buf[0] = w[0];
    memcpy(buf + 1, "\xCA\xBB", 2); /* ʻ */
    memcpy(buf + 3, w + 1 + al, n - 1 - al);
    return n - al + 2;
}

/* Cut the value into words and romanise each into `toks`. */
static aka_status romanise_words(const char *in, size_t len, unsigned mode,
                                 aka__sb *toks, words *ws, aka__err *err,
                                 const char *field)
{
    aka__uctx *c = aka__uctx_get();
    if (!c)
        return AKA_ERR_NOMEM;
    /* The language hint serves only words that are not ASCII: read on the
     * first of them (an ASCII name never needs it). */
    unsigned hint = 0;
    int have_hint = 0;
    int uzbek = (mode & AKA__ROM_NAME) && uzbek_apostrophes(in, len);

    size_t i = 0;
    int comma = 0, first = 1;
    while (i < len) {
        size_t start = i, end;
        uint32_t cp = aka__utf8_next(in, len, &i);
        if (is_word_break(cp)) {
            comma |= cp == ',' || cp == 0x060C || cp == 0xFF0C;
            continue;
        }
        /* (a marker between two names is no name) */
        size_t rel = (mode & AKA__ROM_NAME) && !first
                         ? relation_marker(in, len, start)
                         : 0;
        if (rel && word_start(in, len, start + rel) < len) {
            i = start + rel;
            continue;
        }
        int ascii = cp < 0x80;
        /* (น.ส. is นางสาว: read as the title it stands for) */
        size_t used = 0;
        const char *abbrev = !ascii && first && (mode & AKA__ROM_NAME)
                                 ? aka__title_abbrev(in + start, len - start, &used)
                                 : NULL;
        for (end = i; end < len && !abbrev;) {
            size_t next = end;
            cp = aka__utf8_next(in, len, &next);
            if (is_word_break(cp))
                break;
            ascii &= cp < 0x80;
            end = next;
        }
        size_t kind_word = 0; /* a Chinese or Korean word for a kind of place */
        if (abbrev)
            end = start + used;
        else if (!ascii && (mode & AKA__ROM_NAME))
            end = unicode_case_split(in, start,
                                     affix_split(in, len, start, end, ws->n == 0));
        else if (mode & AKA__ROM_NAME)
            end = case_split(in, start, end);
        else if ((unsigned char)in[start] >= 0xE2) /* Han, Hangul */
            end = aka__place_part_end(in, start, end, &kind_word);
        i = end + kind_word;
        if (first) {
            /* The name is one word when nothing but breaks follows its
             * first word (read before romanising it: CJK names split only
             * then). */
            if (name_ends(in, len, end))
                mode |= AKA__ROM_SINGLE;
            first = 0;
        }
        size_t off = toks->len;
        unsigned flags;
        /* (Ma. is Maria) */
        const char *w = abbrev ? abbrev : in + start;
        size_t wn = abbrev ? strlen(abbrev) : end - start;
        if ((mode & AKA__ROM_NAME) && maria_abbreviated(in, len, start, end)) {
            /* in the abbreviation's case: a word in capitals may be read
             * as a family name (ascii_word's flags) */
            w = upper(in[start + 1]) ? "MARIA" : upper(in[start]) ? "Maria" : "maria";
            wn = 5;
        } else if ((mode & AKA__ROM_NAME) && spanish_abbreviation(in, len, start, end, &w)) {
            wn = strlen(w);
            ascii = 1;
        }
        if (!ascii && !have_hint) {
            hint = aka__rom_hint(in, len);
            have_hint = 1;
        }
        char uz[128];
        size_t uzn = !ascii && (mode & AKA__ROM_NAME)
                         ? uzbek_opening(w, wn, uzbek, uz, sizeof uz)
                         : 0;
        if (uzn) {
            w = uz;
            wn = uzn;
        }
        aka_status st = ascii ? ascii_word(w, wn, mode, uzbek, toks, &flags)
                              : unicode_word(c, w, wn, hint, mode, toks, &flags);
        if (st != AKA_OK)
            return aka__fail(err, st, "%s: %s while romanising word at offset %zu",
                             field, aka_status_str(st), start);
        size_t woff = off < toks->len && toks->p[off] == ' ' ? off + 1 : off;
        if ((mode & AKA__ROM_NAME) && toks->len > woff + 1 &&
            alphabet_initial(w, wn) &&
            !(ws->n > 0 && korean_syllable(w, wn, in, len, end, toks->p + ws->v[0].off,
                                           ws->v[0].len)) &&
            !(ws->n == 0 && korean_family_letter(w, wn, in, len, end)))
            toks->len = woff + 1;
        if (toks->len > woff) {
            st = words_push(ws, woff, toks->len - woff,
                            flags | (ascii ? WORD_ASCII : 0u) |
                                (comma ? WORD_AFTER_COMMA : 0u));
            if (st != AKA_OK)
                return st;
            comma = 0;
        }
    }
    return AKA_OK;
}

/* One output token and what decides whether it may be dropped. */
typedef struct tok {
    size_t off, len;
    unsigned word_flags;
} tok;

/* Tokens of a name that fit on the stack (more go to the heap). */
#define LOCAL_TOKS 32

/* The tokens into `local` (LOCAL_TOKS long) while they fit, then into a
 * heap array the caller frees when it is not `local`. */
static aka_status split_tokens(const aka__sb *toks, const words *ws,
                               tok *local, tok **out, size_t *n)
{
    size_t cap = LOCAL_TOKS;
    *n = 0;
    *out = local;
    for (size_t k = 0; k < ws->n; k++) {
        const char *p = toks->p + ws->v[k].off;
        size_t len = ws->v[k].len, i = 0;
        while (i < len) {
            size_t e = i;
            while (e < len && p[e] != ' ')
                e++;
            if (*n == cap) {
                tok *v = *out == local ? malloc(2 * cap * sizeof *v)
                                       : realloc(*out, 2 * cap * sizeof *v);
                if (!v)
                    return AKA_ERR_NOMEM;
                if (*out == local)
                    memcpy(v, local, cap * sizeof *v);
                *out = v;
                cap *= 2;
            }
            (*out)[(*n)++] = (tok){ws->v[k].off + i, e - i,
                                   ws->v[k].flags | (i == 0 ? TOK_FIRST : 0u)};
            i = e + 1;
        }
    }
    return AKA_OK;
}

/* Whether a token may be dropped as a title (`what` = AKA__WORD_TITLE) or
 * a suffix: its word is one, or it is a token of an ASCII word that is
 * one by itself ("Mr-Smith" is one word whose first token is "mr"), so
 * that normalising a normalised ASCII name changes nothing. */
static int droppable(const aka__sb *toks, const tok *t, unsigned what)
{
    if (t->word_flags & what)
        return 1;
    if (t->word_flags & WORD_SELF)
        return 0;
    return (t->word_flags & WORD_ASCII) &&
           (aka__title_flags(toks->p + t->off, t->len) & what);
}

/* Whether token k, in a run of titles that opened at token `start`, is
 * a title there: a title that is a given name too (AKA__WORD_NAMELIKE)
 * is one only right after a royal style. */
static int title_at(const aka__sb *toks, const tok *tv, size_t k, size_t start)
{
    if (!droppable(toks, &tv[k], AKA__WORD_TITLE))
        return 0;
    return !droppable(toks, &tv[k], AKA__WORD_NAMELIKE) ||
           (k > start && droppable(toks, &tv[k - 1], AKA__WORD_ROYAL));
}

/* The end of the run of titles that starts at token `from`: titles (one
 * that is a family name too only before two tokens or more: "Sheikh
 * Asif" keeps it), and words that are titles only before one ("Major
 * General", "Grand Ayatollah") or as a pair before a name ("Field
 * Marshal"). */
static size_t skip_titles(const aka__sb *toks, const tok *tv, size_t nt,
                          size_t from)
{
    size_t start = from;
    while (from < nt) {
        if (title_at(toks, tv, from, start) &&
            (from + 2 < nt || !droppable(toks, &tv[from], AKA__WORD_SURNAMELIKE))) {
            from++;
            continue;
        }
        size_t k = from;
        while (k < nt && droppable(toks, &tv[k], AKA__WORD_PRETITLE))
            k++;
        if (k == from || k == nt ||
            !(k - from >= 2 || droppable(toks, &tv[k], AKA__WORD_TITLE)))
            break;
        from = k;
    }
    return from;
}

/* Tokens that stand for a part of a name not known, as US and other
 * registers write them: FNU (first name unknown), LNU, MNU, NFN (no first
 * name), NLN. They are dropped from a name that has other tokens. */
static int unknown_part(const char *t, size_t n)
{
    static const char parts[][4] = {"fnu", "lnu", "mnu", "nfn", "nln"};
    if (n != 3)
        return 0;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (memcmp(t, parts[i], 3) == 0)
            return 1;
    return 0;
}

/* Words with which case files fill in a part of a name not known
 * ("Unknown Rian", "XXX Kovalenko", "inconnu Diallo", "Неизвестный
 * Иван"), as the kept tokens spell them. Read after the titles and the
 * whole-value placeholders ("Mr Unknown" is refused as "Unknown" is),
 * they are dropped from a name that keeps another token. */
static int blank_word(const char *t, size_t n)
{
    static const char *const blanks[] = {
        "unknown", "unk", "xx", "xxx", "xxxx", "inconnu", "inconnue",
        "desconocido", "desconocida", "unbekannt", "neizvestnyy",
        "neizvestnaya",
    };
    /* (every name's tokens come here: most open with another letter) */
    if (n < 2 || (t[0] != 'u' && t[0] != 'x' && t[0] != 'i' && t[0] != 'd' &&
                  t[0] != 'n'))
        return 0;
    return AKA__LISTED(blanks, t, n);
}

int aka__name_blank_word(const char *t, size_t n)
{
    return unknown_part(t, n) || blank_word(t, n);
}

/* Words that join two names of one person inside a value, as case files
 * write a birth name or an alias after the name ("Anna Kovalenko née
 * Petrova", "geb.", "урожд.", "z domu" or "z d.", Czech "rozená",
 * Romanian "născută", "a.k.a. Masha", "alias", "vulgo", "épouse"): as
 * tokens they are no name, and they made the value compare with either
 * name as a longer one would not (0.86 against 0.93) (`join`). The engine
 * also reads each name of a value apart at those that give an alias
 * (`alias`: aka__name_alias_word_at). And the words that, opening a
 * value, say the rest is the name its bearer was born with (`birth`:
 * aka__name_birth_word), some of which stay as written inside a name.
 * Their tokens, space-separated. */
#define J(s, join, birth, alias) {s, sizeof(s) - 1, join, birth, alias}
static const struct {
    const char *w;
    size_t n;
    unsigned char join, birth, alias;
} joiners[] = {
    J("nee", 1, 1, 0), J("geb", 1, 1, 0), J("geborene", 1, 1, 0), J("urozhd", 1, 1, 0),
    J("urozhdennaya", 1, 1, 0), J("urozhdyonnaya", 1, 1, 0), J("v devichestve", 1, 1, 0),
    J("z domu", 1, 1, 0), J("z d", 1, 0, 0), J("rozena", 1, 1, 0), J("nascuta", 1, 1, 0),
    J("aka", 1, 0, 1), J("a k a", 1, 0, 1), J("also known as", 1, 0, 1),
    J("known as", 1, 0, 1), J("alias", 1, 0, 1), J("vulgo", 1, 0, 1),
    /* the aliases of police records in the languages of the routes:
     * Italian detto, French dit, German genannt, Polish vel and zwany,
     * Romanian zis, Serbian and Croatian zvani, Spanish apodado,
     * "known as" in Spanish, Portuguese, French and Albanian, Russian
     * and Ukrainian "he (she) too" and "known as" (он же, она же, він
     * же, известный как, по прозвищу), as tokens; written with letters
     * the tokens fold (zisă, он же) they are listed as written too, for
     * aka__name_alias_word_at, which reads the raw value */
    J("detto", 1, 0, 1), J("detta", 1, 0, 1), J("dit", 1, 0, 1), J("dite", 1, 0, 1),
    J("genannt", 1, 0, 1), J("vel", 1, 0, 1), J("zwany", 1, 0, 1), J("zwana", 1, 0, 1),
    J("zis", 1, 0, 1), J("zisa", 1, 0, 1), J("zvani", 1, 0, 1), J("zvana", 1, 0, 1),
    J("apodado", 1, 0, 1), J("apodada", 1, 0, 1), J("conocido como", 1, 0, 1),
    J("conocida como", 1, 0, 1), J("conhecido como", 1, 0, 1),
    J("conhecida como", 1, 0, 1), J("connu sous le nom de", 1, 0, 1),
    J("connue sous le nom de", 1, 0, 1), J("i njohur si", 1, 0, 1),
    J("e njohur si", 1, 0, 1), J("on zhe", 1, 0, 0), J("ona zhe", 1, 0, 0),
    J("vin zhe", 1, 0, 0), J("vona zhe", 1, 0, 0), J("izvestnyy kak", 1, 0, 0),
    J("izvestnaya kak", 1, 0, 0), J("po prozvishchu", 1, 0, 0),
    J("zisă", 0, 0, 1), J("он же", 0, 0, 1), J("она же", 0, 0, 1), J("він же", 0, 0, 1),
    J("вона же", 0, 0, 1), J("известный как", 0, 0, 1), J("известная как", 0, 0, 1),
    J("по прозвищу", 0, 0, 1),
    J("szul", 0, 1, 0), J("kizlik soyadi", 0, 1, 0), J("de soltera", 0, 1, 0),
    J("nascida", 0, 1, 0),
    /* a married name after the birth name, as French and Spanish records
     * write it ("KOUASSI Aya épouse KONAN", "ép.", "veuve", "vda. de") */
    J("epouse", 1, 0, 0), J("epse", 1, 0, 0), J("ep", 1, 0, 0), J("veuve", 1, 0, 0),
    J("vve", 1, 0, 0), J("viuda de", 1, 0, 0), J("vda de", 1, 0, 0),
};
#undef J

/* The length of the alias joiner w[0..wn) written at raw[i..n) in any
 * case (ОН ЖЕ as он же), a space of w standing for a run of spaces, dots
 * or slashes (a.k.a, a/k/a) and a dot allowed after it (a.k.a.); 0 when
 * it is not. */
static size_t alias_written(const char *raw, size_t n, size_t i, const char *w, size_t wn)
{
    size_t at = i;
    for (size_t k = 0; k < wn;) {
        if (w[k] == ' ') {
            size_t from = at;
            while (at < n && (raw[at] == ' ' || raw[at] == '.' || raw[at] == '/'))
                at++;
            if (at == from)
                return 0;
            k++;
            continue;
        }
        if (at >= n)
            return 0;
        uint32_t want = aka__utf8_next(w, wn, &k), c = aka__utf8_next(raw, n, &at);
        if (c != want && (uint32_t)u_tolower((UChar32)c) != want)
            return 0;
    }
    if (at < n && raw[at] == '.')
        at++;
    return at - i;
}

/* The first byte of raw[from..n) that is no separator or quote; n when
 * there is none. */
static size_t text_at(const char *raw, size_t from, size_t n)
{
    while (from < n && strchr(" ,;:.\"'()", raw[from]))
        from++;
    return from;
}

size_t aka__name_alias_word_at(const char *raw, size_t n, size_t from, size_t *wl)
{
    /* (as the normaliser reads them: not first or last, where they may
     * be names, Aka Ibrahim) */
    size_t first = text_at(raw, 0, n);
    /* (the first bytes of the alias joiners, ASCII in small letters; a
     * joiner added to the table adds its first byte here: most words
     * open with none, and are passed over without the table) */
    static const char alias_first[] = "acdegikvz\xD0";
    for (size_t i = from > first ? from : first + 1; i < n; i++) {
        if (raw[i - 1] != ' ' && raw[i - 1] != ',' && raw[i - 1] != '(' && raw[i - 1] != ';')
            continue;
        char c0 = raw[i] >= 'A' && raw[i] <= 'Z' ? (char)(raw[i] + 32) : raw[i];
        if (!memchr(alias_first, c0, sizeof alias_first - 1))
            continue;
        /* the longest alias joiner written here (also known as, not aka) */
        size_t best = 0;
        for (size_t j = 0; j < sizeof joiners / sizeof *joiners; j++) {
            if (!joiners[j].alias || joiners[j].w[0] != c0)
                continue;
            size_t l = alias_written(raw, n, i, joiners[j].w, joiners[j].n);
            char after = i + l < n ? raw[i + l] : ' ';
            if (l > best && (after == ' ' || after == ':' || after == '"' ||
                             after == '\'' || after == ','))
                best = l;
        }
        if (best && text_at(raw, i + best, n) < n)
            return *wl = best, i;
    }
    return n;
}

size_t aka__name_birth_word(const char *c, size_t len)
{
    /* (the first letters of the birth words; one added to the table adds
     * its letter here: most names open with none) */
    static const char birth_first[] = "dgknrsuvz";
    if (len == 0 || !memchr(birth_first, c[0], sizeof birth_first - 1))
        return 0;
    for (size_t j = 0; j < sizeof joiners / sizeof *joiners; j++) {
        size_t n = joiners[j].n;
        if (joiners[j].birth && len > n + 1 && c[n] == ' ' &&
            memcmp(c, joiners[j].w, n) == 0)
            return n + 1;
    }
    return 0;
}

/* The tokens of the joiner that starts at token k of tv[0..nt), when a
 * token follows it; 0 when none does. */
static size_t joiner_at(const aka__sb *toks, const tok *tv, size_t k, size_t nt)
{
    /* (the joiners that join open with these letters: most tokens are no
     * joiner's; a joiner added to the table adds its first letter here) */
    static const char first[] = "aguvznerkdciop";
    if (!memchr(first, toks->p[tv[k].off], sizeof first - 1) || tv[k].len > 13)
        return 0;
    for (size_t j = 0; j < sizeof joiners / sizeof *joiners; j++) {
        const char *w = joiners[j].w;
        size_t m = 0, at = 0, n = joiners[j].n;
        if (!joiners[j].join || w[0] != toks->p[tv[k].off])
            continue;
        for (; k + m < nt && at < n; m++) {
            const tok *t = &tv[k + m];
            if (at + t->len > n || memcmp(w + at, toks->p + t->off, t->len) != 0)
                break;
            at += t->len;
            if (at < n && w[at] != ' ')
                break;
            at += at < n;
        }
        if (at == n && m > 0 && k + m < nt)
            return m;
    }
    return 0;
}

/* Drop the tokens of tv[0..*nt) that `what` picks (1: the unknown
 * parts; 2: the joiners that start after the first token), carrying a
 * dropped token's word and comma marks to the next kept one. Returns
 * whether it dropped any. (w <= k: the tokens a joiner is read from are
 * not yet overwritten.) */
static int drop_pass(const aka__sb *toks, tok *tv, size_t *nt, int what)
{
    size_t w = 0;
    unsigned carry = 0;
    int dropped = 0;
    for (size_t k = 0; k < *nt;) {
        size_t m = what == 1 ? (size_t)unknown_part(toks->p + tv[k].off, tv[k].len)
                   : k > 0   ? joiner_at(toks, tv, k, *nt)
                             : 0;
        if (m) {
            for (size_t j = k; j < k + m; j++)
                carry |= tv[j].word_flags & (TOK_FIRST | WORD_AFTER_COMMA);
            k += m;
            dropped = 1;
            continue;
        }
        tv[w] = tv[k++];
        tv[w++].word_flags |= carry;
        carry = 0;
    }
    *nt = w;
    return dropped;
}

/* Drop from tv[0..*nt), before titles are read, so that reading the
 * output again finds what this reading found: the unknown-part tokens
 * when others remain, then the joiners between two names, until none is
 * left (dropping one may bring the tokens of another together: "a nee k
 * a b" holds "a k a" once "nee" goes; found by fuzz_name). Most names
 * have neither, and are only read. */
static void drop_tokens(const aka__sb *toks, tok *tv, size_t *nt)
{
    size_t known = 0;
    for (size_t k = 0; k < *nt; k++)
        known += !unknown_part(toks->p + tv[k].off, tv[k].len);
    if (known > 0 && known < *nt)
        drop_pass(toks, tv, nt, 1);
    int joiner = 0;
    /* (a joiner stands between two tokens: three at least) */
    for (size_t k = 1; *nt >= 3 && k + 1 < *nt && !joiner; k++)
        joiner = joiner_at(toks, tv, k, *nt) > 0;
    while (joiner && drop_pass(toks, tv, nt, 2))
        ;
}

/* Values that stand for a name not known ("UNKNOWN", "N/A", "N.N.",
 * "John Doe", "FNU LNU", "неизвестный"), as the kept tokens spell them.
 * Storing one would make two unknown people share a name. */
static const char *const placeholder_names[] = {
    "unknown", "unk", "n a", "n n", "nn", "nk", "xx", "xxx", "xxxx",
    "none", "null", "no name", "noname", "not known", "unidentified",
    "unknown male", "unknown female", "unidentified male",
    "unidentified female", "john doe", "jane doe", "fnu", "lnu", "fnu lnu",
    "lnu fnu", "inconnu", "inconnue", "desconocido", "desconocida",
    "unbekannt", "sconosciuto", "sconosciuta", "desconhecido", "desconhecida",
    "bilinmiyor", "khong ro", "neizvestnyy", "neizvestnaya", "neizvestno",
    "nevidomyy", "nevidoma", "nevidomo", "ne ukazan", "ne ukazano", "ne ukazana",
    "ne vkazano",
};

/* The same in the scripts whose romanisation could be a real name (不明
 * reads "bu ming", 未知 "wei zhi"), as the value holds them. */
static const char *const placeholder_native[] = {
    "مجهول", "غير معروف", "ناشناس", "不明", "未知", "不詳", "氏名不詳",
    "불명", "성명불상", "미상", "ไม่ทราบชื่อ",
};

static int is_placeholder_native(const char *in, size_t len)
{
    while (len > 0 && (*in == ' ' || *in == '\t')) {
        in++;
        len--;
    }
    while (len > 0 && (in[len - 1] == ' ' || in[len - 1] == '\t'))
        len--;
    return AKA__LISTED(placeholder_native, in, len);
}

/* Whether the kept tokens of tv spell a placeholder_names entry. */
/* PLACEHOLDER_FIRST[n]: the first letters (bit c - 'a') of the
 * placeholder_names of n bytes, so that a name is compared with them
 * only when its length and first letter are one's. */
#define PLACEHOLDER_LEN 24
static uint32_t placeholder_first[PLACEHOLDER_LEN];
static pthread_once_t placeholder_once = PTHREAD_ONCE_INIT;

static void placeholder_index(void)
{
    for (size_t i = 0; i < sizeof placeholder_names / sizeof *placeholder_names; i++) {
        size_t n = strlen(placeholder_names[i]);
        placeholder_first[n] |= UINT32_C(1) << (placeholder_names[i][0] - 'a');
    }
}

static int is_placeholder(const aka__sb *toks, const tok *tv, size_t first,
                          size_t last, size_t cut, size_t cut_end)
{
    size_t n = 0;
    char c = 0;
    for (size_t k = first; k < last; k++) {
        if ((k >= cut && k < cut_end) || tv[k].len == 0)
            continue;
        if (n == 0)
            c = toks->p[tv[k].off];
        n += (n > 0) + tv[k].len;
    }
    pthread_once(&placeholder_once, placeholder_index);
    if (n >= PLACEHOLDER_LEN || c < 'a' || c > 'z' ||
        !((placeholder_first[n] >> (c - 'a')) & 1))
        return 0;
    char buf[PLACEHOLDER_LEN];
    n = 0;
    for (size_t k = first; k < last; k++) {
        if ((k >= cut && k < cut_end) || tv[k].len == 0)
            continue;
        if (n > 0)
            buf[n++] = ' ';
        memcpy(buf + n, toks->p + tv[k].off, tv[k].len);
        n += tv[k].len;
    }
    return AKA__LISTED(placeholder_names, buf, n);
}

static aka_status normalise(const char *in, size_t len, unsigned mode,
                            aka__sb *out, aka__err *err, const char *field,
                            int *reread)
{
    /* Tokens are written where the output goes when it starts empty (as
     * aka__normalize gives it), and the kept ones are then moved together
     * in place: no buffer of their own to allocate. */
    aka__sb own = {0};
    aka__sb *toks = out->len == 0 ? out : &own;
    words ws;
    tok local[LOCAL_TOKS];
    tok *tv = NULL;
    size_t nt = 0;
    words_init(&ws);
    aka_status st = romanise_words(in, len, mode, toks, &ws, err, field);
    if (st == AKA_OK)
        st = split_tokens(toks, &ws, local, &tv, &nt);
    if (st != AKA_OK)
        goto done;
    if (mode & AKA__ROM_NAME)
        drop_tokens(toks, tv, &nt);
    size_t first = 0, last = nt, cut = 0, cut_end = 0;
    if (mode & AKA__ROM_NAME) {
        first = nt ? skip_titles(toks, tv, nt, 0) : 0;
        int only_titles = nt > 0 && first == nt;
        /* A value of titles only keeps them: "Sheikh" and "Shaikha" are
         * also given names, and dropping everything would lose data. It
         * keeps them from the first token that is no title by itself, as
         * reading the output again would: "Srta al-Haj" is "al haj". */
        if (first == nt) {
            first = 0;
            while (first < nt &&
                   (aka__title_flags(toks->p + tv[first].off, tv[first].len) &
                    AKA__WORD_TITLE))
                first++;
            if (first == nt)
                first = 0;
            /* What is kept is then read as reading it again would: each
             * token a word of its own ("al-haj" is a title, "al" and "haj"
             * are not). When so it is titles only, it keeps its suffixes
             * ("Rt Sr Rt Sr": without its last "Sr" the rest would lose
             * "Rt Sr"); else they go ("Al-Haj Sr Sr" is "al haj", as "al
             * haj sr sr" is: found by fuzz_name). */
            for (size_t k = first; k < nt; k++)
                tv[k].word_flags =
                    aka__title_flags(toks->p + tv[k].off, tv[k].len) |
                    WORD_ASCII | WORD_SELF | TOK_FIRST;
            size_t e = skip_titles(toks, tv, nt, first);
            only_titles = e == nt;
            /* ... and loses the titles it then opens with ("Rt Sr" before
             * "al haj": Rt is a title only before another) */
            if (!only_titles)
                first = e;
        }
        for (; !only_titles;) {
            if (last > first + 1 &&
                droppable(toks, &tv[last - 1], AKA__WORD_SUFFIX)) {
                size_t k = last - 1;
                if (tv[k].word_flags & AKA__WORD_SUFFIX)
                    while (k > first && !(tv[k].word_flags & TOK_FIRST))
                        k--;
                if (k > first) {
                    last = k;
                    continue;
                }
            }
            /* Ph.D., whose dot splits it into two tokens */
            if (last > first + 2 && tv[last - 1].len == 1 &&
                tv[last - 2].len == 2 &&
                (tv[last - 2].word_flags & WORD_ASCII) &&
                memcmp(toks->p + tv[last - 2].off, "phd", 2) == 0 &&
                toks->p[tv[last - 1].off] == 'd') {
                last -= 2;
                continue;
            }
            break;
        }
        /* "SMITH, Dr John": the titles that open the part after the first
         * comma, when a name is left after them. */
        for (size_t k = first + 1; k < last; k++)
            if (tv[k].word_flags & WORD_AFTER_COMMA) {
                size_t e = skip_titles(toks, tv, last, k);
                if (e < last) {
                    cut = k;
                    cut_end = e;
                }
                break;
            }
    }
    /* An address or a place of birth written "unknown" or "N/A" is no
     * more a place than such a name is a name. */
    int placeholder =
        is_placeholder(toks, tv, first, last, cut, cut_end) ||
        (len < 64 && !aka__is_ascii(in, len) && is_placeholder_native(in, len));
    /* A name's blank words go (tv[k].len of theirs set to 0, which the
     * writing below skips); a name of blank words only ("UNK UNK", "XXX
     * Unknown") is a placeholder too. */
    if (!placeholder && (mode & AKA__ROM_NAME)) {
        size_t blank = 0, other = 0;
        for (size_t k = first; k < last; k++)
            if ((k < cut || k >= cut_end) && tv[k].len) {
                if (blank_word(toks->p + tv[k].off, tv[k].len)) {
                    tv[k].len = 0;
                    blank++;
                } else {
                    other++;
                }
            }
        placeholder = blank && !other;
        /* What blank words or titles after a comma stood between is
         * brought together, and may read otherwise the next time: the
         * caller reads the output again. */
        *reread = blank > 0 || cut_end > cut;
    }
    if (placeholder) {
        st = aka__fail(err, AKA_ERR_PARSE,
                       "%s: a placeholder for a value not known; leave the "
                       "field out", field);
        goto done;
    }
    if (toks == out) {
        /* aka__sb_append_token's spacing, tokens moved down in order:
         * the write point never passes the next token read. */
        size_t w = 0;
        for (size_t k = first; k < last; k++) {
            if ((k >= cut && k < cut_end) || tv[k].len == 0)
                continue;
            if (w > 0 && out->p[w - 1] != ' ')
                out->p[w++] = ' ';
            memmove(out->p + w, out->p + tv[k].off, tv[k].len);
            w += tv[k].len;
        }
        out->len = w;
        if (out->p)
            out->p[w] = '\0';
    } else {
        for (size_t k = first; k < last && st == AKA_OK; k++)
            if ((k < cut || k >= cut_end) && tv[k].len)
                st = aka__sb_append_token(out, toks->p + tv[k].off, tv[k].len);
    }
    if (st == AKA_OK && out->len == 0)
        st = aka__fail(err, AKA_ERR_PARSE,
                       "%s: no letters or digits in any script", field);
done:
    if (st != AKA_OK && toks == out)
        aka__sb_clear(out); /* as it came */
    aka__sb_free(&own);
    words_free(&ws);
    if (tv != local)
        free(tv);
    return st;
}

aka_status aka__norm_name(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err)
{
    (void)o;
    size_t at = out->len;
    int reread = 0;
    aka_status st = normalise(in, len, AKA__ROM_NAME, out, err, "name", &reread);
    if (st != AKA_OK || !reread)
        return st;
    /* Read again what is left once blank words or the titles after a
     * comma are gone: a title they hid is one now ("Unknown Mr Smith" is
     * "mr smith" after the first reading, "smith" after the second), and
     * so is the alias joiner they parted ("u a k, al-haj a j" is "u a k a
     * j", then "u j": found by fuzz_name); the name must read as it will
     * when read again. */
    aka__sb again = {0};
    st = aka__sb_append(&again, out->p + at, out->len - at);
    out->len = at;
    if (out->p)
        out->p[at] = '\0';
    if (st == AKA_OK)
        st = normalise(again.p, again.len, AKA__ROM_NAME, out, err, "name", &reread);
    aka__sb_free(&again);
    return st;
}

aka_status aka__norm_text(const char *in, size_t len, const aka__norm_opts *o,
                          aka__sb *out, aka__err *err)
{
    (void)o;
    int reread = 0;
    return normalise(in, len, 0, out, err, "text", &reread);
}
