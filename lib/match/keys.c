#include "match/keys.h"
#include "match/letters.h"

#include <stdint.h>
#include <string.h>

/* Spellings of one sound (and the Romanian -escu, whose c is the k that
 * Cyrillic and Greek spell out), grouped by first letter (rule_start indexes
 * the groups) and longest first within a group, so that the first match
 * at a position is the longest. `at` restricts a rule: 0 anywhere, 'b'
 * word start, 'e' word end, 'c' word start before a consonant. tests/unit/test_keys.c checks the grouping.
 * Cyrillic е after a vowel is ye in BGN/PCGN and e in passports (ICAO
 * 9303), Ukrainian є ie: Isaev, Isayev and Isaiev, Sergeev and Sergeyev
 * are one name, and German and South Slavic spellings write that y as j
 * (Sergejew, Sergejewna, Nikolajew). Only before v (-ev, -evich, -evna,
 * -evsky): elsewhere a y after a vowel is a consonant of its own (Zayed,
 * Fayez). The Persian
 * ending ایی is written -aei, -aee and -ai (Rezaei, Rezaee, Rezai).
 * French writes Е at a word's start Ie, as English writes it Ye and
 * German, Polish and South Slavic spelling Je: Ielena, Ievguenia,
 * Iekaterina, Jelena, Jermolow. Albanian writes as xh the sound of
 * Russian дж and English j (Xhenet, Hoxha / Khodzha, Hodja). A final -que
 * is the q of Arabic names as South Asian and French records spell it
 * (Rafique, Tarique, Shafique). French writes a w opening a name before a
 * vowel ou (Oualid, Ouahid, Ouattara: Walid, Wahid, Wattara). The Thai
 * name ending สวัสดิ์ is written by its letters, silent ones too, in older
 * and family spellings (Suksawasdi, Wongsawasdee) and as said in RTGS
 * (Suksawat). Allah joined to a name is written with a, u or o before
 * it (Habiballah, Habibullah, Habibollah; Amatullah): one ending. And
 * a name that opens with Abd and the article is one name however the
 * article is written or joined: Abd al-Karim, Abdul Karim, Abdelkarim,
 * Abdolkarim (abdul, the vowel that Arabic script does not write kept as
 * one: its readings meet a Latin spelling by it); before a sun letter
 * the article is said as that letter (Abdurrahman, Abderrahmane,
 * Abdussalam) and Somali and Central Asian spellings keep its vowel alone
 * (Abdirahman, Abdukarim, Abdiqadir): a vowel after Abd, then any
 * consonant, is the article.
 * Likewise Abu and the article (Abolfazl, Abulfazl, Abu al-Fazl;
 * Aboulkacem, Abolghasem). */
static const struct {
    const char *from, *to;
    char at;
} rules[] = {
    {"abual", "abul", 'b'}, {"aboul", "abul", 'b'},
    {"abol", "abul", 'b'},
    {"abdu", "abdul", 'c'}, {"abde", "abdul", 'c'}, {"abdi", "abdul", 'c'},
    {"abda", "abdul", 'c'}, {"abdo", "abdul", 'c'},
    {"addine", "udin", 'e'}, {"aldin", "udin", 'e'}, {"aldyn", "udin", 'e'},
    {"addin", "udin", 'e'}, {"ayev", "aev", 0}, {"aiev", "aev", 0},
    {"ajev", "aev", 0}, {"ajew", "aev", 0}, {"aei", "ai", 'e'},
    {"aee", "ai", 'e'}, {"allah", "ulah", 'e'}, {"chtch", "sc", 0},
    {"cz", "c", 0}, {"ch", "c", 0},
    {"ck", "k", 0}, {"dsch", "j", 0}, {"dzh", "j", 0}, {"dj", "j", 0},
    {"dz", "j", 0}, {"eddine", "udin", 'e'}, {"eddin", "udin", 'e'},
    {"escu", "esku", 'e'}, {"eyev", "iv", 0}, {"ejev", "iv", 0},
    {"ejew", "iv", 0}, {"eff", "ev", 'e'}, {"ee", "i", 0}, {"ew", "ev", 'e'},
    {"gh", "g", 0}, {"hs", "s", 'b'}, {"iya", "ia", 0}, {"ija", "ia", 0},
    {"iia", "ia", 0}, {"ie", "e", 'c'}, {"iy", "i", 'e'}, {"ij", "i", 'e'},
    {"ii", "i", 'e'}, {"je", "e", 'c'}, {"kh", "h", 0}, {"oyev", "oev", 0}, {"ojev", "oev", 0},
    {"ojew", "oev", 0}, {"off", "ov", 'e'}, {"oua", "va", 'b'},
    {"oue", "ve", 'b'}, {"oui", "vi", 'b'}, {"ou", "u", 0}, {"oo", "u", 0},
    {"ow", "ov", 'e'}, {"ollah", "ulah", 'e'}, {"ph", "f", 0},
    {"que", "k", 'e'}, {"q", "k", 0},
    {"sawasdee", "savat", 'e'}, {"schtsch", "sc", 0},
    {"sawasdi", "savat", 'e'}, {"shtch", "sc", 0}, {"shch", "sc", 0},
    {"szcz", "sc", 0}, {"sch", "s", 0}, {"sh", "s", 0}, {"sz", "s", 0},
    {"tsch", "c", 0}, {"tch", "c", 0}, {"ts", "c", 0}, {"tz", "c", 0},
    {"th", "t", 0}, {"uddine", "udin", 'e'}, {"uddin", "udin", 'e'},
    {"uyev", "uev", 0}, {"ujev", "uev", 0}, {"ujew", "uev", 0}, {"w", "v", 0},
    {"xh", "j", 0}, {"xi", "si", 'b'}, {"xu", "su", 'b'}, {"yj", "i", 'e'},
    {"yi", "i", 'e'}, {"ye", "e", 'c'}, {"zh", "z", 0}, {"zs", "z", 0},
};

static const unsigned char rule_start[27] = {
    0, 19, 19, 23, 27, 36, 36, 37, 38, 45, 46, 47, 47, 47, 47, 58, 59, 61, 61, 70, 75, 80, 80, 81, 84, 87, 89};

/* By first letter: the second letters of its group's rules (bit c - 'a'),
 * and NEXT_ANY when one rule is that letter alone. A letter followed by
 * none of them starts no rule: most letters of a token are tried against
 * no rule at all. aka__rkey_rules_grouped checks it against the rules. */
#define NEXT_ANY (UINT32_C(1) << 26)
#define B(c) (UINT32_C(1) << ((c) - 'a'))
static const uint32_t rule_next[26] = {
    /* a */ B('b') | B('d') | B('l') | B('y') | B('i') | B('j') | B('e'),
    /* b */ 0,
    /* c */ B('h') | B('z') | B('k'),
    /* d */ B('s') | B('z') | B('j'),
    /* e */ B('d') | B('s') | B('f') | B('e') | B('w') | B('y') | B('j'),
    /* f */ 0,
    /* g */ B('h'),
    /* h */ B('s'),
    /* i */ B('y') | B('j') | B('i') | B('e'),
    /* j */ B('e'),
    /* k */ B('h'),
    /* l */ 0,
    /* m */ 0,
    /* n */ 0,
    /* o */ B('f') | B('u') | B('o') | B('w') | B('y') | B('j') | B('l'),
    /* p */ B('h'),
    /* q */ B('u') | NEXT_ANY,
    /* r */ 0,
    /* s */ B('a') | B('c') | B('h') | B('z'),
    /* t */ B('s') | B('c') | B('z') | B('h'),
    /* u */ B('d') | B('y') | B('j'),
    /* v */ 0,
    /* w */ NEXT_ANY,
    /* x */ B('h') | B('i') | B('u'),
    /* y */ B('j') | B('i') | B('e'),
    /* z */ B('h') | B('s'),
};
#undef B

static int rule_applies(const char *s, size_t n, size_t i, size_t r)
{
    const char *f = rules[r].from;
    if (f[0] != s[i])
        return 0;
    size_t k = 1;
    while (f[k] && i + k < n && f[k] == s[i + k])
        k++;
    if (f[k])
        return 0;
    if (rules[r].at == 'b' && i != 0)
        return 0;
    if (rules[r].at == 'e' && i + k != n)
        return 0;
    /* 'c': word start, before a consonant (Russian Ye- of Yevgeniy, not
     * Korean yeo- of yeong). */
    if (rules[r].at == 'c' && (i != 0 || i + k >= n || aka__vowel_y(s[i + k])))
        return 0;
    return 1;
}

static void put(char *out, size_t *o, char c)
{
    if (*o < AKA__KEY_MAX && (*o == 0 || out[*o - 1] != c))
        out[(*o)++] = c; /* doubled letters count once */
}

/* rkey's first pass, its multi-letter spellings, into tmp (of
 * 2 * AKA__KEY_MAX + 2 bytes): returns its length; *vowelled: whether it
 * has two vowels or more. */
static size_t rkey_spell(const char *tok, size_t n, char *tmp, int *vowelled)
{
    const size_t cap = 2 * AKA__KEY_MAX + 2;
    size_t t = 0;
    if (n > 2 * AKA__KEY_MAX)
        n = 2 * AKA__KEY_MAX;
    /* Pass 1: multi-letter spellings. */
    for (size_t i = 0; i < n && t < cap - 3;) {
        int k = tok[i] >= 'a' && tok[i] <= 'z' ? tok[i] - 'a' : -1;
        char c1 = i + 1 < n ? tok[i + 1] : 0;
        if (k < 0 ||
            !(rule_next[k] & (c1 >= 'a' && c1 <= 'z' ? UINT32_C(1) << (c1 - 'a')
                                                     : 0) ||
              rule_next[k] & NEXT_ANY)) {
            tmp[t++] = tok[i++]; /* no rule starts here */
            continue;
        }
        size_t r = rule_start[k], end = rule_start[k + 1];
        while (r < end && !rule_applies(tok, n, i, r))
            r++;
        if (r < end) {
            for (const char *p = rules[r].to; *p; p++)
                tmp[t++] = *p;
            i += strlen(rules[r].from);
        } else {
            tmp[t++] = tok[i++];
        }
    }
    int v = 0;
    for (size_t i = 0; i < t; i++)
        v += tmp[i] == 'a' || tmp[i] == 'e' || tmp[i] == 'i' ||
             tmp[i] == 'o' || tmp[i] == 'u';
    *vowelled = v >= 2;
    return t;
}

/* rkey's second pass, on rkey_spell's output. */
static void rkey_letters(const char *tmp, size_t t, int vowelled, int keep_h,
                         char out[AKA__KEY_MAX + 1])
{
    /* Pass 2: single letters: the y/j/i glide, x as ks, a silent h. */
    size_t o = 0;
    for (size_t i = 0; i < t; i++) {
        char c = tmp[i];
        /* A consonant j whatever its neighbours (ج, ي read so in Arabic
         * script by the caller), an h that is a letter (ح, ه), and a z
         * that no d before it joins (د ز). */
        if (c == 'J' || c == 'H' || c == 'Z') {
            put(out, &o, (char)(c - 'A' + 'a'));
            continue;
        }
        /* y, j and i before a vowel at the start or between vowels are one
         * glide, a consonant "j" (Yulia, Julia, Iulia; Maya, Maja, Maia,
         * Mayya); elsewhere they are the vowel "i" (Andrey, Andrej,
         * Andrei). A run of them counts once. */
        if (c == 'y' || c == 'j' || c == 'i') {
            size_t e = i;
            while (e < t && (tmp[e] == 'y' || tmp[e] == 'j' || tmp[e] == 'i'))
                e++;
            int before_vowel = e < t && aka__vowel_y(tmp[e]);
            int after_vowel = i > 0 && aka__vowel_y(tmp[i - 1]);
            if (before_vowel && (i == 0 || after_vowel)) {
                put(out, &o, 'j');
                i = e - 1;
                continue;
            }
            /* After a consonant, i and a glide before a vowel are the
             * vowel alone: Cyrillic ие, ия written iye, iya or ie, ia
             * (Aliyev / Aliev, Dmitriyev / Dmitriev). */
            if (c == 'i' && before_vowel && e - i >= 2) {
                put(out, &o, 'i');
                i = e - 1;
                continue;
            }
            if (c != 'i') {
                put(out, &o, 'i');
                continue;
            }
        }
        /* Greek αυ and ευ before a consonant are said af / ef or av / ev,
         * and are written so, or u, or w by Polish and German records:
         * Eutychia, Eftychia and Evtikhiya, Evgenia, Eugenia and
         * Jewgenija, Augustin and Avgustin are each one name. One letter
         * for all: f. Only opening a word: inside one, au and eu are
         * French o and ø (Maurice, Deneuve) and Korean eu a vowel of its
         * own (Goreubachyopeu). */
        if ((c == 'u' || c == 'v') && i + 1 < t && !aka__vowel_y(tmp[i + 1]) &&
            tmp[i + 1] >= 'a' && tmp[i + 1] <= 'z' &&
            ((i == 1 && (tmp[0] == 'e' || tmp[0] == 'a')) ||
             /* (after the glide of Jewgenija, as Ye of Yevgeniya is e) */
             (i == 2 && tmp[1] == 'e' && (tmp[0] == 'j' || tmp[0] == 'y')))) {
            put(out, &o, 'f');
            continue;
        }
        if (c == 'x') {
            put(out, &o, 'k');
            put(out, &o, 's');
            continue;
        }
        /* A silent h after a vowel (Fatimah, Ohno); not in a word written
         * without vowels, where h is a letter of its own (ntnyhw). */
        if (c == 'h' && !keep_h && i > 0 && aka__vowel_y(tmp[i - 1]) &&
            vowelled &&
            (i + 1 == t || !aka__vowel_y(tmp[i + 1])))
            continue;
        put(out, &o, c);
    }
    out[o] = '\0';
}

static void rkey(const char *tok, size_t n, int keep_h,
                 char out[AKA__KEY_MAX + 1])
{
    char tmp[2 * AKA__KEY_MAX + 2];
    int vowelled;
    size_t t = rkey_spell(tok, n, tmp, &vowelled);
    rkey_letters(tmp, t, vowelled, keep_h, out);
}

void aka__rkey(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    rkey(tok, n, 0, out);
}

int aka__rkey_twice(const char *tok, size_t n, char out[AKA__KEY_MAX + 1],
                    char heb[AKA__KEY_MAX + 1])
{
    char tmp[2 * AKA__KEY_MAX + 2];
    int vowelled;
    size_t t = rkey_spell(tok, n, tmp, &vowelled);
    rkey_letters(tmp, t, vowelled, 0, out);
    /* The two keys differ only in the silent h, which needs an h after
     * the first pass. */
    if (memchr(tmp, 'h', t)) {
        rkey_letters(tmp, t, vowelled, 1, heb);
        return 0;
    }
    memcpy(heb, out, strlen(out) + 1);
    return 1;
}

void aka__rkey_hebrew(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    rkey(tok, n, 1, out);
}

/* Arabic script as the normaliser romanises it, read for the keys: the
 * shadda is dropped and ع is not written, so a letter doubled here is two
 * consonants with a vowel or an ayn between them (معمر "mmr", Muammar;
 * ممدوح "mmdwh", Mamdouh), not one long one, which the keys would write
 * once. Not ll: the article's l before a word that starts with l is
 * written and said double (الله Allah, اللطيف Al-Latif). Writes at most
 * AKA__KEY_MAX bytes and returns the length. */
static size_t arabic_letters(const char *t, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o < AKA__KEY_MAX; i++) {
        char c = t[i];
        if (o > 0 && out[o - 1] == c && !strchr("aeiouwyl", c)) {
            out[o++] = 'a';
            if (o == AKA__KEY_MAX)
                break;
        }
        /* ي is the consonant y at the start (يوسف "ywsf", Yusuf) and
         * after the long a of ا (زايد Zayed, ولایتی Velayati), as Latin
         * spellings write it, where the keys would read a y before a
         * consonant as the vowel i. 'J' is that consonant for rkey. (ج
         * inside a word stays j: Latin spellings write it j, which the
         * keys read as they read a Latin j.) */
        if (c == 'y' && n > 1 &&
            (i == 0 || (t[i - 1] == 'a' && i + 1 < n &&
                        /* (but the Persian ending ایی, -ai, -aei, -aee:
                         * رضایی Rezaei) */
                        !(i + 2 == n && t[i + 1] == 'y'))))
            c = 'J';
        /* An initial ج is a consonant too: Latin spellings write a vowel
         * after it (جمعة "jma", Jumaa; جلال Jalal), never the i the keys
         * read j before a consonant as. */
        if (c == 'j' && i == 0 && n > 1)
            c = 'J';
        /* An initial ح or ه before س is a letter (حسين "hsyn", Hussein;
         * حسني Hosni), not the h of Wade-Giles hs. */
        if (c == 'h' && i == 0 && n > 1 && t[1] == 's')
            c = 'H';
        /* د before ز is two letters, not the one consonant of Polish dz
         * (احمدزاده "ahmdzadh", Ahmadzadeh): 'Z' is that z for rkey. */
        if (c == 'z' && i > 0 && t[i - 1] == 'd')
            c = 'Z';
        out[o++] = c;
    }
    out[o] = '\0';
    return o;
}

void aka__rkey_arabic(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    char t[AKA__KEY_MAX + 1];
    size_t tn = arabic_letters(tok, n, t);
    rkey(t, tn, 0, out);
}

/* `dh`: whether a d + h is the one consonant of a Latin spelling. */
static void lkey(const char *rkey, int dh, char out[AKA__KEY_MAX + 1])
{
    size_t o = 0;
    for (const char *p = rkey; *p; p++) {
        char c = *p;
        /* dh is the d of Hindi's aspirated stop and the English spelling
         * of Arabic's dhal, which others write d or dd (Qadhafi, Gaddafi,
         * Kadhafi; Adhanom, Adanom): one consonant here. The rkey keeps
         * it, where d + h can be two letters of one name (Adham is not
         * Adam). */
        if (dh && c == 'h' && p > rkey && p[-1] == 'd')
            continue;
        switch (c) {
        case 'g': case 'q': c = 'k'; break;
        case 'd': c = 't'; break;
        case 'b': c = 'p'; break;
        case 'v': case 'w': c = 'f'; break;
        case 'z': case 'c': c = 's'; break;
        case 'l': c = 'r'; break;
        case 'e': c = 'i'; break;
        case 'o': c = 'u'; break;
        default: break;
        }
        put(out, &o, c);
    }
    out[o] = '\0';
}

void aka__lkey(const char *rkey, char out[AKA__KEY_MAX + 1])
{
    lkey(rkey, 1, out);
}

void aka__lkey_hebrew(const char *rkey, char out[AKA__KEY_MAX + 1])
{
    lkey(rkey, 0, out);
}

void aka__skeleton(const char *lkey, char out[AKA__KEY_MAX + 1])
{
    size_t o = 0, n = strlen(lkey);
    for (size_t i = 0; i < n; i++) {
        /* A final h is often the only trace of a vowel letter (ة, ה). */
        if (aka__vowel_y(lkey[i]) || (lkey[i] == 'h' && i + 1 == n))
            continue;
        /* Letters doubled across a dropped vowel stay two: "mhmd" and
         * "muhammad" keep both m, and do not meet "mehdi". */
        if (o < AKA__KEY_MAX)
            out[o++] = lkey[i];
    }
    out[o] = '\0';
}

/* The vowel classes of an lkey (a; i, e; u, o) as bits. */
static unsigned vowel_class(char c)
{
    switch (c) {
    case 'a': return 1u;
    case 'e': case 'i': case 'y': return 2u;
    case 'o': case 'u': return 4u;
    default: return 0u;
    }
}

static int hard_after(char c)
{
    return c == 'a' || c == 'o' || c == 'u' || c == 'l' || c == 'r' || c == 't';
}

/* Letters of a hard c at tok[i]: 1 for a c before a, o, u, l, r or t; 2
 * for the ch of chr and chl (Christie, Chloe: Greek and German ch, k in
 * every language that writes them); else 0. */
static size_t hard_c_len(const char *tok, size_t n, size_t i)
{
    if (tok[i] != 'c' || i + 1 >= n)
        return 0;
    if (hard_after(tok[i + 1]))
        return 1;
    return tok[i + 1] == 'h' && i + 2 < n && (tok[i + 2] == 'r' || tok[i + 2] == 'l')
               ? 2
               : 0;
}

int aka__hard_c_at(const char *tok, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (hard_c_len(tok, n, i))
            return (int)i;
    return -1;
}

size_t aka__hard_c_as_k(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    if (n > AKA__KEY_MAX)
        n = AKA__KEY_MAX;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t h = hard_c_len(tok, n, i);
        out[o++] = h ? 'k' : tok[i];
        i += h ? h : 1;
    }
    out[o] = '\0';
    return o;
}

void aka__rkey_hard_c(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    char k[AKA__KEY_MAX + 1];
    n = aka__hard_c_as_k(tok, n, k);
    aka__rkey(k, n, out);
}

/* An lkey's consonants and, for each, the vowel classes written between
 * it and the next one; a final h is dropped as the skeleton drops it.
 * Returns the number of consonants, or -1 past `max`. */
static int vowel_gaps(const char *k, char *cons, unsigned *gap, int max)
{
    size_t n = strlen(k);
    if (n > 0 && k[n - 1] == 'h')
        n--;
    int m = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned v = vowel_class(k[i]);
        if (v) {
            if (m > 0)
                gap[m - 1] |= v;
            continue;
        }
        if (m == max)
            return -1;
        cons[m] = k[i];
        gap[m++] = 0;
    }
    return m;
}

int aka__abjad_vowels_agree(const char *ar, const char *o)
{
    char ca[AKA__KEY_MAX + 1], co[AKA__KEY_MAX + 1];
    unsigned ga[AKA__KEY_MAX + 1], go[AKA__KEY_MAX + 1];
    int na = vowel_gaps(ar, ca, ga, AKA__KEY_MAX);
    int no = vowel_gaps(o, co, go, AKA__KEY_MAX);
    if (na < 0 || na != no)
        return 1;
    /* the gaps between consonants; the last one's vowels are the final */
    for (int j = 0; j + 1 < na; j++) {
        if (!ga[j] || (ga[j] == 1u && ca[j] == ca[j + 1]))
            continue;
        if (!(ga[j] & go[j]))
            return 0;
    }
    return 1;
}

/* The consonants of an rkey (no y there: rkey writes it j or i) and, for
 * each, whether a vowel follows it before the next (bit 0) and whether
 * that is the diphthong ai or ei (bit 1). Returns their number, or -1
 * past `max`. */
static int diphthong_gaps(const char *k, unsigned *gap, int max)
{
    int m = 0;
    for (size_t i = 0; k[i]; i++) {
        if (!vowel_class(k[i])) {
            if (m == max)
                return -1;
            gap[m++] = 0;
        } else if (m > 0) {
            gap[m - 1] |= 1u;
            if (k[i] == 'i' && (k[i - 1] == 'a' || k[i - 1] == 'e'))
                gap[m - 1] |= 2u;
        }
    }
    return m;
}

int aka__abjad_diphthong_unwritten(const char *ar, const char *o)
{
    unsigned ga[AKA__KEY_MAX + 1], go[AKA__KEY_MAX + 1];
    int na = diphthong_gaps(ar, ga, AKA__KEY_MAX);
    int no = diphthong_gaps(o, go, AKA__KEY_MAX);
    if (na < 0 || na != no)
        return 0;
    for (int j = 0; j + 1 < na; j++)
        if (!ga[j] && (go[j] & 2u))
            return 1;
    return 0;
}

int aka__rkey_rules_grouped(void)
{
    size_t n = sizeof rules / sizeof rules[0];
    if (rule_start[26] != n)
        return 0;
    for (int k = 0; k < 26; k++)
        for (size_t r = rule_start[k]; r < rule_start[k + 1]; r++) {
            const char *f = rules[r].from;
            if (f[0] != 'a' + k)
                return 0;
            /* the rule's second letter is among its group's (or the group
             * has a rule of one letter) */
            if (!(rule_next[k] & (f[1] ? UINT32_C(1) << (f[1] - 'a') : NEXT_ANY)))
                return 0;
        }
    return 1;
}

int aka__vowel_count(const char *tok, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v += aka__vowel_y(tok[i]);
    return v;
}

/* ---- Japanese romanisations ------------------------------------------- */

static int ja_vowel(char c)
{
    return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
}

/* Append s to out at *o, failing (0) when it would not fit. */
static int ja_put(char *out, size_t *o, const char *s)
{
    size_t k = strlen(s);
    if (*o + k > AKA__KEY_MAX)
        return 0;
    memcpy(out + *o, s, k);
    *o += k;
    return 1;
}

/* FNV-1a of a spelling key, never 0 (0 means "no key"): the hash stands
 * for the key in every prepared unit. */
static unsigned key_hash(const char *k, size_t n)
{
    unsigned x = 2166136261u;
    for (size_t i = 0; i < n; i++)
        x = (x ^ (unsigned char)k[i]) * 16777619u;
    return x ? x : 1;
}

/* The Hepburn spelling of the onset `c` (one or two letters as written,
 * palatal y included) before vowel v, or NULL when no Japanese syllable
 * starts so. Kunrei and Nihon-shiki onsets are mapped to Hepburn's:
 * s+i shi, t+i chi, t+u tsu, h+u fu, z/d+i ji, d+u zu, sy sh, ty ch,
 * zy/dy/jy j. */
static const char *ja_onset(const char *c, size_t cl, char v)
{
    char a = c[0], b = cl > 1 ? c[1] : 0;
    if (cl == 1) {
        switch (a) {
        case 'k': case 'g': case 'n': case 'm': case 'r': case 'b':
        case 'p':
            return a == 'k' ? "k" : a == 'g' ? "g" : a == 'n' ? "n"
                 : a == 'm' ? "m" : a == 'r' ? "r" : a == 'b' ? "b" : "p";
        case 's':
            return v == 'i' ? "sh" : "s";
        case 'z':
            return v == 'i' ? "j" : "z";
        case 't':
            return v == 'i' ? "ch" : v == 'u' ? "ts" : "t";
        case 'd':
            return v == 'i' ? "j" : v == 'u' ? "z" : "d";
        case 'h':
            return v == 'u' ? "f" : "h";
        case 'f':
            return "f";
        case 'j':
            return "j";
        case 'y':
            return v == 'a' || v == 'u' || v == 'o' ? "y" : NULL;
        case 'w':
            return v == 'a' || v == 'o' ? "w" : NULL;
        default:
            return NULL;
        }
    }
    if (b == 'h') {
        if (a == 's')
            return "sh";
        if (a == 'c')
            return "ch";
        return NULL;
    }
    if (a == 't' && b == 's')
        return v == 'u' ? "ts" : NULL;
    if (b != 'y' || !(v == 'a' || v == 'u' || v == 'o'))
        return NULL;
    switch (a) {
    case 'k': return "ky";
    case 'g': return "gy";
    case 'n': return "ny";
    case 'h': return "hy";
    case 'b': return "by";
    case 'p': return "py";
    case 'm': return "my";
    case 'r': return "ry";
    case 's': return "sh";
    case 't': case 'c': return "ch";
    case 'z': case 'd': case 'j': return "j";
    default: return NULL;
    }
}

size_t aka__ja_hepburn(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    size_t o = 0, i = 0;
    if (n < 3 || n > AKA__KEY_MAX)
        return 0;
    while (i < n) {
        char c = tok[i];
        if (ja_vowel(c)) {
            /* A long vowel: ou and oo are one o, uu one u, and an h after
             * o that no vowel follows only marks the length (Ohno). ou
             * before a vowel is two syllables (Inoue). */
            char p = o > 0 ? out[o - 1] : 0;
            int nextv = i + 1 < n && ja_vowel(tok[i + 1]);
            if ((p == 'o' && (c == 'o' || (c == 'u' && !nextv))) ||
                (p == 'u' && c == 'u')) {
                i++;
                continue;
            }
            char s[2] = {c, 0};
            if (!ja_put(out, &o, s))
                return 0;
            i++;
            continue;
        }
        if (c == 'h' && o > 0 && out[o - 1] == 'o' &&
            (i + 1 == n || !ja_vowel(tok[i + 1]))) {
            i++;
            continue;
        }
        /* Syllabic n (m before b, m, p in older Hepburn: Homma, Namba). */
        if ((c == 'n' && (i + 1 == n || !(ja_vowel(tok[i + 1]) ||
                                          tok[i + 1] == 'y'))) ||
            (c == 'm' && i + 1 < n &&
             (tok[i + 1] == 'b' || tok[i + 1] == 'm' || tok[i + 1] == 'p'))) {
            if (!ja_put(out, &o, "n"))
                return 0;
            i++;
            continue;
        }
        /* A doubled consonant (sokuon), or t before ch: the rkey writes
         * doubled letters once, so it is dropped here. */
        if (i + 1 < n && !ja_vowel(c) &&
            (tok[i + 1] == c || (c == 't' && tok[i + 1] == 'c'))) {
            if (c == 'n' || c == 'y' || c == 'w')
                return 0;
            i++;
            continue;
        }
        /* Onset of one or two letters, then a vowel. */
        size_t cl = i + 2 < n && !ja_vowel(tok[i + 1]) ? 2 : 1;
        if (i + cl >= n || !ja_vowel(tok[i + cl]))
            return 0;
        const char *on = ja_onset(tok + i, cl, tok[i + cl]);
        if (!on)
            return 0;
        char v[2] = {tok[i + cl], 0};
        /* Hepburn writes ja ju jo where Kunrei writes zya zyu zyo; shi,
         * chi and ji carry their i, so sya/sha and si/shi meet. */
        if (!ja_put(out, &o, on) || !ja_put(out, &o, v))
            return 0;
        i += cl + 1;
    }
    out[o] = '\0';
    return o;
}

/* 1 when c is a consonant letter */
static int consonant(char c)
{
    return c >= 'a' && c <= 'z' && !aka__vowel_y(c);
}

size_t aka__eyd_spelling(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    if (n < 3 || n > AKA__KEY_MAX)
        return 0;
    /* old: a sign of the old spelling was rewritten (oe before a
     * consonant but the v of a Russian -oev, dj, tj); j and ch alone are
     * today's spelling too. A final oe is u after a j that follows a
     * letter (Wahjoe, Ajoe, Rahajoe: Wahyu, Ayu, Rahayu), not alone:
     * Burmese Moe, Soe, Myoe and Chloe, Joe keep it, and so does a run of
     * Burmese names joined (moemoe is not Mu Mu), whose first oe is a
     * sign as Poetoe's is: Poetoe is not read Putu. */
    int old = 0;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = tok[i], d = i + 1 < n ? tok[i + 1] : 0;
        int final_oe = c == 'o' && d == 'e' && i + 2 == n && i >= 2 && tok[i - 1] == 'j';
        if ((c == 'o' && d == 'e' && i + 2 < n && consonant(tok[i + 2]) &&
             tok[i + 2] != 'v') ||
            final_oe) {
            out[o++] = 'u';
            i++;
            old = 1;
        } else if ((c == 'd' || c == 't') && d == 'j') {
            out[o++] = c == 'd' ? 'j' : 'c';
            i++;
            old = 1;
        } else if (c == 'j') {
            out[o++] = 'y';
        } else if (c == 'c' && d == 'h') {
            out[o++] = 'k';
            out[o++] = 'h';
            i++;
        } else {
            out[o++] = c;
        }
        if (o > AKA__KEY_MAX - 2 && i + 1 < n)
            return 0;
    }
    if (!old)
        return 0;
    out[o] = '\0';
    return o;
}

unsigned aka__ikey(const char *tok, size_t n)
{
    char e[AKA__KEY_MAX + 1];
    size_t k = aka__eyd_spelling(tok, n, e);
    return k ? key_hash(e, k) : 0;
}

unsigned aka__ikey_plain(const char *tok, size_t n)
{
    return key_hash(tok, n);
}

/* Somali's own orthography: an x (not the Albanian xh) that is no
 * Pinyin x (a first xi, xu), or a c (not the English ch) or a first xi,
 * xu in a word with a doubled vowel, which Pinyin never writes (Xuseen,
 * Cabdullaahi), or a first cabd, the ayin of Abd- that no other
 * language's names open with (Cabdi, Cabdiwali, Cabdirahman). */
static int somali_signs(const char *tok, size_t n)
{
    if (n >= 5 && memcmp(tok, "cabd", 4) == 0)
        return 1;
    int x = 0, other = 0, doubled = 0;
    for (size_t i = 0; i < n; i++) {
        char d = i + 1 < n ? tok[i + 1] : 0;
        if (tok[i] == 'x' && d != 'h') {
            if (i > 0 || (d != 'i' && d != 'u'))
                x = 1;
            else
                other = 1;
        }
        if (tok[i] == 'c' && d != 'h')
            other = 1;
        if (aka__vowel_y(tok[i]) && tok[i] != 'y' && d == tok[i])
            doubled = 1;
    }
    return x || (other && doubled);
}

/* The Somali reading (x as h, c as nothing) of a token with its signs,
 * else the German one (a ch after a vowel as kh, not the final -ich of a
 * patronymic); 0 when neither applies. */
static size_t somali_or_german(const char *tok, size_t n, char *out)
{
    size_t o = 0;
    int any = 0;
    if (somali_signs(tok, n)) {
        /* x is the h of Arabic ح, c the ayin, which English leaves out */
        for (size_t i = 0; i < n; i++) {
            char d = i + 1 < n ? tok[i + 1] : 0;
            if (tok[i] == 'c' && d != 'h') {
                any = 1;
                continue;
            }
            any |= tok[i] == 'x';
            out[o++] = tok[i] == 'x' ? 'h' : tok[i];
        }
    } else {
        size_t end = n;
        if (tok[n - 2] == 'c' && tok[n - 1] == 'h' &&
            (tok[n - 3] == 'i' || tok[n - 3] == 'y'))
            end = n - 2;
        for (size_t i = 0; i < n; i++) {
            int kh = tok[i] == 'c' && i > 0 && i + 1 < end &&
                     tok[i + 1] == 'h' && aka__vowel_y(tok[i - 1]);
            out[o++] = kh ? 'k' : tok[i];
            any |= kh;
        }
    }
    return any ? o : 0;
}

/* The French reading: ch is sh (not the tch of ч, nor the German sch),
 * ou before or after a vowel is w (Ouafa Wafa, Taoufik Tawfiq); 0 when
 * the token has neither. */
static size_t french(const char *tok, size_t n, char *out)
{
    size_t o = 0;
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        char d = i + 1 < n ? tok[i + 1] : 0;
        if (tok[i] == 'c' && d == 'h' &&
            (i == 0 || (tok[i - 1] != 't' && tok[i - 1] != 's'))) {
            out[o++] = 's';
            any = 1;
        } else if (tok[i] == 'o' && d == 'u' &&
                   ((i + 2 < n && aka__vowel_y(tok[i + 2]) && tok[i + 2] != 'y') ||
                    (i > 0 && aka__vowel_y(tok[i - 1]) && tok[i - 1] != 'y'))) {
            out[o++] = 'w';
            i++;
            any = 1;
        } else {
            out[o++] = tok[i];
        }
    }
    return any ? o : 0;
}

size_t aka__other_spelling(const char *tok, size_t n, int which,
                           char out[AKA__KEY_MAX + 1])
{
    /* (most tokens have neither c nor x, nor ou) */
    if (n < 3 || n > AKA__KEY_MAX ||
        (!memchr(tok, 'c', n) && !memchr(tok, 'x', n) &&
         (which == 0 || !memchr(tok, 'u', n))))
        return 0;
    size_t o = which == 0 ? somali_or_german(tok, n, out) : french(tok, n, out);
    if (o)
        out[o] = '\0';
    return o;
}

size_t aka__other_reading(const char *tok, size_t n, int which,
                          char out[AKA__KEY_MAX + 1])
{
    char w[AKA__KEY_MAX + 1];
    size_t m = aka__other_spelling(tok, n, which, w);
    if (m == 0)
        return 0;
    aka__rkey(w, m, out);
    return strlen(out);
}

unsigned aka__other_key_of_rkey(const char *rkey, size_t n)
{
    return key_hash(rkey, n) % 255u + 1u;
}

unsigned aka__other_key(const char *tok, size_t n, int asian)
{
    unsigned key = 0;
    for (int which = 0; which < 2 - (asian != 0); which++) {
        char k[AKA__KEY_MAX + 1];
        size_t m = aka__other_reading(tok, n, which, k);
        if (m)
            key |= aka__other_key_of_rkey(k, m) << (8 * which);
    }
    return key;
}

size_t aka__turkic_spelling(const char *text, size_t n, char *out)
{
    size_t changed = 0;
    for (size_t i = 0; i < n; i++) {
        int j = text[i] == 'c' && (i + 1 == n || text[i + 1] != 'h');
        out[i] = j ? 'j' : text[i];
        changed += (size_t)j;
    }
    return changed;
}

unsigned aka__jkey(const char *tok, size_t n)
{
    /* A Japanese romanisation ends in a vowel, n, or the h of a long o;
     * it uses no l q v x, and c only in ch. These reject most other names
     * before the syllables are read. */
    if (n < 3)
        return 0;
    char last = tok[n - 1];
    if (!ja_vowel(last) && last != 'n' && last != 'h')
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = tok[i];
        if (c == 'l' || c == 'q' || c == 'v' || c == 'x' ||
            (c == 'c' && (i + 1 == n || tok[i + 1] != 'h')))
            return 0;
    }
    char h[AKA__KEY_MAX + 1];
    size_t k = aka__ja_hepburn(tok, n, h);
    if (k == 0)
        return 0;
    /* the Hepburn form is already one spelling */
    return key_hash(h, k);
}

/* ---- Korean romanisations --------------------------------------------- */

/* aka__kkey, and with `strict` aka__kkey_latin: a lone o is a vowel of
 * its own there. */
static unsigned kkey_of(const char *tok, size_t n, int strict)
{
    char k[AKA__KEY_MAX + 1];
    size_t o = 0;
    if (n == 0 || n > AKA__KEY_MAX)
        return 0;
    for (size_t i = 0; i < n;) {
        char c = tok[i], nx = i + 1 < n ? tok[i + 1] : 0;
        char w = c;
        size_t used = 1;
        if ((c == 'e' && (nx == 'o' || nx == 'u')) ||
            (c == 'o' && (nx == 'o' || nx == 'u'))) {
            w = 'u'; /* ㅓ eo, ㅡ eu, customary oo ou: one vowel class */
            used = 2;
        } else if ((c == 'u' && nx == 'i' && i > 0) || (c == 'e' && nx == 'e')) {
            w = 'i'; /* 희: hui, hee */
            used = 2;
        } else if (c == 'a' && nx == 'e') {
            w = 'e'; /* ㅐ and ㅔ sound alike */
            used = 2;
        } else if ((c == 'c' || c == 's') && nx == 'h') {
            w = c == 'c' ? 'j' : 's'; /* MR ch is RR j; customary sh */
            used = 2;
        } else if (c == 'w' && (nx == 'u' || (nx == 'o' && i + 2 < n && tok[i + 2] == 'o'))) {
            /* customary woo for 우, which RR writes u (Jiwoo / Jiu,
             * Hyunwoo / Hyeonu): the w is no letter of its own */
            i++;
            continue;
        } else if (c == 'h' && i > 0 && tok[i - 1] == 'u' &&
                   (nx == 0 || !strchr("aeiouwy", nx))) {
            /* customary uh for ㅓ at a syllable's end (Suh 서, Huh 허,
             * Yuh 여): no letter of its own */
            i++;
            continue;
        } else {
            switch (c) {
            case 'o': w = strict ? 'o' : 'u'; break; /* MR ŏ (ㅓ) is o after Latin-ASCII */
            case 'g': w = 'k'; break;
            case 'd': w = 't'; break;
            case 'b': w = 'p'; break;
            case 'l': w = 'r'; break;
            case 'c': w = 'j'; break;
            default: break;
            }
        }
        if (o == 0 || k[o - 1] != w)
            k[o++] = w;
        i += used;
    }
    return key_hash(k, o);
}

unsigned aka__kkey(const char *tok, size_t n)
{
    return kkey_of(tok, n, 0);
}

unsigned aka__kkey_latin(const char *tok, size_t n)
{
    return kkey_of(tok, n, 1);
}

/* ---- Thai romanisations ----------------------------------------------- */

/* One consonant of a token by its Thai class: 'p', 't', 'k', 'c' (ch, sh,
 * j), 'w' (v, w), or the letter itself; *used is the letters it spans. */
static char thai_cons(const char *t, size_t n, size_t i, size_t *used)
{
    char c = t[i], nx = i + 1 < n ? t[i + 1] : 0;
    *used = 1;
    if (nx == 'h' && (c == 'p' || c == 'b' || c == 't' || c == 'd' ||
                      c == 'k' || c == 'g' || c == 'c' || c == 's')) {
        *used = 2;
        return c == 'p' || c == 'b' ? 'p'
             : c == 't' || c == 'd' ? 't'
             : c == 'k' || c == 'g' ? 'k'
                                    : 'c';
    }
    switch (c) {
    case 'b': return 'p';
    case 'd': return 't';
    case 'g': return 'k';
    case 'j': return 'c';
    case 'v': return 'w';
    default: return c;
    }
}

unsigned aka__tkey(const char *tok, size_t n)
{
    char k[AKA__KEY_MAX + 1];
    size_t o = 0;
    if (n == 0 || n > AKA__KEY_MAX)
        return 0;
    for (size_t i = 0; i < n;) {
        char c = tok[i], nx = i + 1 < n ? tok[i + 1] : 0;
        char w;
        size_t used = 1;
        if (ja_vowel(c)) {
            w = c;
            if (c == 'e' && nx == 'e') {
                w = 'i';
                used = 2;
            } else if (c == 'o' && nx == 'o') {
                w = 'u';
                used = 2;
            }
        } else {
            w = thai_cons(tok, n, i, &used);
            size_t j = i + used;
            int coda = o > 0 && ja_vowel(k[o - 1]) &&
                       (j >= n || !ja_vowel(tok[j]));
            /* The r of sr is silent (ศรี si: Somsri, Somsi; Srettha). */
            if (c == 'r' && o > 0 && k[o - 1] == 's')
                w = 0;
            /* A Thai syllable ends in one consonant: a second one at the
             * end of the word is a letter Thai writes silent (with ์),
             * which RTGS leaves out and the bearers' spellings keep
             * (อานันท์ Anan / Anand, สุรเกียรติ์ Surakiat / Surakiart). */
            else if (j >= n && o >= 2 && !ja_vowel(k[o - 1]) &&
                     ja_vowel(k[o - 2]) && !(c == 'g' && tok[i - 1] == 'n'))
                w = 0;
            else if (coda && !(c == 'n' && j < n && tok[j] == 'g'))
                /* A consonant closing a syllable sounds as Thai codas do. */
                w = w == 'r' || w == 'l' ? 'n'
                  : w == 'c' || w == 's' ? 't'
                                         : w;
        }
        if (w && (o == 0 || k[o - 1] != w))
            k[o++] = w;
        i += used;
    }
    return key_hash(k, o);
}

/* Mandarin syllables as Hanyu Pinyin, Wade-Giles (its apostrophes and
 * umlauts gone: ch'en "chen", hsü "hsu") and Tongyong Pinyin spell them.
 *
 * Finals as spelled and as the key writes them (Pinyin's form): WG ieh
 * ie, ien ian, ung ong, iung iong, ueh ue, uei ui, erh er, eh e, ih the
 * i of zhi, chi, shi, ri; Tongyong yu the ü of jyun, syu. Grouped by
 * first letter, longest first. Flags (ZF_*) say which initials take a
 * final. */
#define ZF_I 1u      /* starts with the palatal i */
#define ZF_U 2u      /* starts with u (or ü) */
#define ZF_PI 4u     /* i alone (zi, ci, si, zhi, ri as Pinyin writes them) */
#define ZF_IH 8u     /* WG ih */
#define ZF_UE 16u    /* u, uan, un, ue, ueh: ü after j, q, x, hs, ch */
#define ZF_ZERO 32u  /* written without an initial (an, ou, er) */
#define ZF_ZY 64u    /* i, in, ing: yi, yin, ying, which WG writes i */
#define ZF_W 128u    /* after w */
#define ZF_MARK 256u /* spelled so by hardly any other language */
#define ZF_YU 512u   /* Tongyong's ü */
#define ZF_O 1024u   /* WG o: Pinyin e, o or uo by the initial */
#define ZF_U1 2048u  /* u alone */
#define ZF_EN 4096u  /* en: WG yen is Pinyin yan */

typedef struct {
    char sp[5], cn[5];
    unsigned char len;
    unsigned short fl;
} zh_final;

static const zh_final zh_fa[] = {
    {"ang", "ang", 3, ZF_ZERO | ZF_W | ZF_MARK}, {"ai", "ai", 2, ZF_ZERO | ZF_W},
    {"an", "an", 2, ZF_ZERO | ZF_W},             {"ao", "ao", 2, ZF_ZERO},
    {"a", "a", 1, ZF_ZERO | ZF_W},
};
static const zh_final zh_fe[] = {
    {"eng", "eng", 3, ZF_ZERO | ZF_W | ZF_MARK},
    {"erh", "er", 3, ZF_ZERO},
    {"ei", "ei", 2, ZF_ZERO | ZF_W},
    {"en", "en", 2, ZF_ZERO | ZF_W | ZF_EN},
    {"er", "er", 2, ZF_ZERO},
    {"eh", "e", 2, ZF_ZERO},
    {"e", "e", 1, ZF_ZERO},
};
static const zh_final zh_fi[] = {
    {"iang", "iang", 4, ZF_I | ZF_MARK}, {"iong", "iong", 4, ZF_I | ZF_MARK},
    {"iung", "iong", 4, ZF_I | ZF_MARK}, {"ieh", "ie", 3, ZF_I | ZF_MARK},
    {"ien", "ian", 3, ZF_I | ZF_MARK},   {"iao", "iao", 3, ZF_I},
    {"ian", "ian", 3, ZF_I},             {"ing", "ing", 3, ZF_I | ZF_ZY | ZF_MARK},
    {"iou", "iu", 3, ZF_I},              {"ia", "ia", 2, ZF_I},
    {"ie", "ie", 2, ZF_I},               {"iu", "iu", 2, ZF_I},
    {"in", "in", 2, ZF_I | ZF_ZY},       {"ih", "i", 2, ZF_IH | ZF_MARK},
    {"i", "i", 1, ZF_I | ZF_PI | ZF_ZY},
};
static const zh_final zh_fo[] = {
    {"ong", "ong", 3, ZF_MARK},
    {"ou", "ou", 2, ZF_ZERO},
    {"o", "o", 1, ZF_ZERO | ZF_W | ZF_O},
};
static const zh_final zh_fu[] = {
    {"uang", "uang", 4, ZF_U | ZF_MARK}, {"ueng", "ueng", 4, ZF_U | ZF_MARK},
    {"uai", "uai", 3, ZF_U},             {"uan", "uan", 3, ZF_U | ZF_UE},
    {"ueh", "ue", 3, ZF_U | ZF_UE},      {"uei", "ui", 3, ZF_U},
    {"ung", "ong", 3, ZF_U | ZF_MARK},   {"ua", "ua", 2, ZF_U},
    {"uo", "uo", 2, ZF_U | ZF_MARK},     {"ui", "ui", 2, ZF_U},
    {"un", "un", 2, ZF_U | ZF_UE},       {"ue", "ue", 2, ZF_U | ZF_UE},
    {"u", "u", 1, ZF_U | ZF_UE | ZF_U1 | ZF_W},
};
static const zh_final zh_fy[] = {
    {"yuan", "uan", 4, ZF_U | ZF_YU}, {"yue", "ue", 3, ZF_U | ZF_YU},
    {"yun", "un", 3, ZF_U | ZF_YU},   {"yu", "u", 2, ZF_U | ZF_YU},
};

/* The finals that start with c (count in *n). */
static const zh_final *zh_finals_at(char c, size_t *n)
{
#define ZH_GROUP(g) (*n = sizeof g / sizeof g[0], g)
    switch (c) {
    case 'a': return ZH_GROUP(zh_fa);
    case 'e': return ZH_GROUP(zh_fe);
    case 'i': return ZH_GROUP(zh_fi);
    case 'o': return ZH_GROUP(zh_fo);
    case 'u': return ZH_GROUP(zh_fu);
    case 'y': return ZH_GROUP(zh_fy);
    default: *n = 0; return NULL;
    }
#undef ZH_GROUP
}

/* An initial as spelled (one or two letters, or none) and its class:
 * one class for all the spellings of one initial across the systems,
 * and for the initials Wade-Giles writes alike without its apostrophe
 * (ch is zh, ch, j and q; p is b and p; ts is z and c). j is the J of
 * Pinyin's j before i and ü and Tongyong's jh; elsewhere the Wade-Giles
 * j of Pinyin r (jen Ren, jung Rong, jih Ri): see zh_combines. */
typedef struct {
    char a, b; /* letters, b 0 for one, a 0 for none */
    char cls;
} zh_initial;

/* The initials that can start at t[p] (at most four, longest first, and
 * none last when t[p] is a vowel); returns their count. */
static size_t zh_initials_at(const char *t, size_t n, size_t p,
                             zh_initial out[4])
{
    char c = t[p], d = p + 1 < n ? t[p + 1] : 0;
    size_t k = 0;
#define ZH_TWO(x, cl)                                                   \
    do {                                                                \
        if (d == (x))                                                   \
            out[k++] = (zh_initial){c, (x), (cl)};                      \
    } while (0)
    switch (c) {
    case 'z': ZH_TWO('h', 'J'); out[k++] = (zh_initial){c, 0, 'z'}; break;
    case 'c': ZH_TWO('h', 'J'); out[k++] = (zh_initial){c, 0, 'z'}; break;
    case 'j': ZH_TWO('h', 'J'); out[k++] = (zh_initial){c, 0, 'J'}; break;
    case 's':
        ZH_TWO('h', 'S');
        ZH_TWO('s', 's');
        ZH_TWO('z', 's');
        out[k++] = (zh_initial){c, 0, 's'};
        break;
    case 'h': ZH_TWO('s', 'x'); out[k++] = (zh_initial){c, 0, 'h'}; break;
    case 't':
        ZH_TWO('s', 'z');
        ZH_TWO('z', 'z');
        out[k++] = (zh_initial){c, 0, 'd'};
        break;
    case 'b': case 'p': out[k++] = (zh_initial){c, 0, 'b'}; break;
    case 'd': out[k++] = (zh_initial){c, 0, 'd'}; break;
    case 'g': case 'k': out[k++] = (zh_initial){c, 0, 'g'}; break;
    case 'q': out[k++] = (zh_initial){c, 0, 'J'}; break;
    case 'm': case 'f': case 'n': case 'l': case 'x': case 'r': case 'y':
    case 'w':
        out[k++] = (zh_initial){c, 0, c};
        break;
    case 'a': case 'e': case 'i': case 'o': case 'u':
        out[k++] = (zh_initial){0, 0, 0};
        break;
    default:
        break;
    }
#undef ZH_TWO
    return k;
}

/* Whether initial `in` takes final `f` in some system, and the class it
 * then has (*cls). Loose where the systems disagree, strict where none
 * writes a syllable so (no Mandarin syllable is "ki", "hsa" or "wong"),
 * so that few words of other languages read as Mandarin. */
static int zh_combines(const zh_initial *in, const zh_final *f, char *cls)
{
    unsigned fl = f->fl;
    *cls = in->cls;
    if (fl & ZF_YU) /* Tongyong ü: jyun, syu, cyuan, lyu, nyu */
        return in->a && !in->b && strchr("jcsln", in->a) != NULL;
    if (!in->a) {
        /* Wade-Giles and Taiwanese spellings write Pinyin's yi, yin,
         * ying without the y (Jung I-jen, Tsai Ing-wen) */
        if (fl & ZF_ZY) {
            *cls = 'y';
            return 1;
        }
        return (fl & ZF_ZERO) != 0;
    }
    if (!in->b) {
        switch (in->a) {
        case 'j':
            /* Pinyin j before i and ü; Wade-Giles j (Pinyin r) before
             * anything else (jen, jang, jih, jung, jui) */
            *cls = fl & (ZF_I | ZF_UE) ? 'J' : 'r';
            return 1;
        case 'q':
        case 'x':
            return (fl & (ZF_I | ZF_UE)) != 0;
        case 's':
        case 'c':
            /* Tongyong's s and c before i (sin, cing: Pinyin xin,
             * qing); si and ci alone are Pinyin's */
            if ((fl & ZF_I) && !(fl & ZF_PI))
                *cls = in->a == 's' ? 'x' : 'J';
            return 1;
        case 'z':
        case 'r':
            return !(fl & ZF_I) || (fl & ZF_PI);
        case 'w': /* wa wai wan wang wei wen weng wo wu (Wong is Cantonese) */
            return (fl & ZF_W) != 0;
        case 'g':
        case 'k':
        case 'h':
        case 'f':
            return !(fl & (ZF_I | ZF_IH));
        case 'y':
            return !(fl & ZF_I) || (fl & ZF_ZY);
        case 'b':
        case 'p':
        case 'm':
            return !(fl & ZF_U) || (fl & ZF_U1);
        default: /* d t n l */
            return !(fl & ZF_IH);
        }
    }
    if (in->a == 'c') /* ch: Wade-Giles writes zh, ch, j and q so */
        return 1;
    if (in->a == 'h') /* hs */
        return (fl & (ZF_I | ZF_UE)) != 0;
    if (in->a == 's' && in->b != 'h') /* WG ss, sz: only ssu, szu */
        return (fl & ZF_U1) != 0;
    /* zh sh jh ts tz */
    return !(fl & ZF_I) || (fl & ZF_PI);
}

/* The canonical final of `f` after initial `in` of class `cls`:
 * Wade-Giles o is Pinyin e after k and h (ko Ge, ho He), o after b p m
 * f, uo elsewhere (to Duo, lo Luo); its u after tz, ss and sz is
 * Pinyin's i (tzu Zi, ssu Si); its yen is Pinyin yan. */
static const char *zh_canon(const zh_initial *in, char cls, const zh_final *f)
{
    if (f->fl & ZF_O) {
        if (cls == 'g' || cls == 'h')
            return "e";
        if (cls == 'b' || cls == 'm' || cls == 'f' || cls == 'y' ||
            cls == 'w' || cls == 0)
            return "o";
        return "uo";
    }
    if ((f->fl & ZF_U1) && in->b && (in->a == 's' || in->a == 't') &&
        (in->b == 's' || in->b == 'z'))
        return in->a == 't' && in->b == 's' ? "u" : "i";
    if (cls == 'y' && (f->fl & ZF_EN))
        return "an";
    return f->cn;
}

/* The syllables of one parse. */
#define ZH_MAXSYL 24
typedef struct {
    char cls[ZH_MAXSYL];
    const char *fin[ZH_MAXSYL];
    int n, mark;
} zh_parse_t;

/* One parse of t[p..] (longest first, backtracking); `failed` marks
 * positions from which none succeeds. `onset`: every syllable but the
 * first has an initial (Pinyin sets a syllable that opens with a vowel
 * off with an apostrophe, Xi'an, which records drop: Zihan is zi-han, not
 * WG zih-an). Returns 1 on success. */
static int zh_parse(const char *t, size_t n, size_t p, int depth, int onset,
                    zh_parse_t *ps, uint64_t *failed)
{
    if (p == n) {
        ps->n = depth;
        return 1;
    }
    if (depth == ZH_MAXSYL || (*failed & (1ull << p)))
        return 0;
    zh_initial ini[4];
    size_t ni = zh_initials_at(t, n, p, ini);
    for (size_t ii = 0; ii < ni; ii++) {
        if (onset && depth > 0 && ini[ii].a == 0)
            continue;
        size_t q = p + (ini[ii].a != 0) + (ini[ii].b != 0);
        size_t nf;
        const zh_final *fs = q < n ? zh_finals_at(t[q], &nf) : NULL;
        for (size_t f = 0; fs && f < nf; f++) {
            char cls;
            /* (the first letter is the group's; finals are short) */
            size_t k = 1;
            while (k < fs[f].len && q + k < n && t[q + k] == fs[f].sp[k])
                k++;
            if (k < fs[f].len || !zh_combines(&ini[ii], &fs[f], &cls))
                continue;
            if (zh_parse(t, n, q + fs[f].len, depth + 1, onset, ps, failed)) {
                ps->cls[depth] = cls ? cls : '_';
                ps->fin[depth] = zh_canon(&ini[ii], cls, &fs[f]);
                /* spellings no other language writes so */
                if (ini[ii].b ? ini[ii].a != 's'
                              : ini[ii].a == 'x' || ini[ii].a == 'q')
                    ps->mark = 1;
                if (fs[f].fl & ZF_MARK)
                    ps->mark = 1;
                return 1;
            }
        }
    }
    *failed |= 1ull << p;
    return 0;
}

static int zh_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Whether a token could be Mandarin syllables by its letters: it ends as
 * a syllable does (a vowel, n, ng, WG ih, eh, erh, Pinyin er), and two
 * consonants meet only inside an initial (zh ch sh jh hs ts tz ss sz),
 * in ng, after a syllable's final n, ng, h or r, or before Tongyong's
 * yu. Most words of other languages fail, and are passed over without
 * a parse. */
static int zh_plausible(const char *t, size_t n)
{
    char c = t[n - 1], b = n > 1 ? t[n - 2] : 0;
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'n':
        break;
    case 'g':
        if (b != 'n')
            return 0;
        break;
    case 'h':
        if (b != 'i' && b != 'e' && b != 'r')
            return 0;
        break;
    case 'r':
        if (b != 'e')
            return 0;
        break;
    default:
        return 0;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        char x = t[i], y = t[i + 1];
        if (x == 'v' || zh_vowel(x) || zh_vowel(y))
            continue;
        if (x == 'n' || x == 'g' || x == 'h' || x == 'r')
            continue;
        if (y == 'h' ? strchr("zcsj", x) == NULL
                     : y == 's' ? x != 't' && x != 's'
                     : y == 'z' ? x != 't' && x != 's'
                     : y == 'y' ? strchr("jcsln", x) == NULL : 1)
            return 0;
    }
    return memchr(t, 'v', n) == NULL;
}

static int zh_read(const char *tok, size_t n, zh_parse_t *ps)
{
    ps->n = ps->mark = 0;
    if (n == 0 || n > 48 || !zh_plausible(tok, n))
        return 0;
    /* a parse whose syllables all have initials after the first, else
     * any */
    for (int onset = 1; onset >= 0; onset--) {
        uint64_t failed = 0;
        ps->n = ps->mark = 0;
        if (zh_parse(tok, n, 0, 0, onset, ps, &failed) && ps->n > 0)
            return 1;
    }
    return 0;
}

size_t aka__zh_syllables(const char *tok, size_t n, int *marked,
                         char out[AKA__KEY_MAX + 1])
{
    zh_parse_t ps;
    size_t o = 0;
    if (marked)
        *marked = 0;
    out[0] = '\0';
    if (!zh_read(tok, n, &ps))
        return 0;
    for (int i = 0; i < ps.n; i++) {
        size_t fl = strlen(ps.fin[i]);
        if (o + 1 + fl > AKA__KEY_MAX)
            break;
        if (ps.cls[i] != '_')
            out[o++] = ps.cls[i];
        memcpy(out + o, ps.fin[i], fl);
        o += fl;
    }
    out[o] = '\0';
    if (marked)
        *marked = ps.n * 4 + ps.mark;
    return o;
}

unsigned aka__zkey(const char *tok, size_t n, int *info)
{
    zh_parse_t ps;
    if (info)
        *info = 0;
    if (!zh_read(tok, n, &ps))
        return 0;
    /* the initials and the finals hashed apart, so that a pair that
     * differs in one of them only can be told (aka__zh_minimal_pair) */
    unsigned hi = 2166136261u, hf = 2166136261u;
    for (int i = 0; i < ps.n; i++) {
        hi = (hi ^ (unsigned char)ps.cls[i]) * 16777619u;
        for (const char *c = ps.fin[i]; *c; c++)
            hf = (hf ^ (unsigned char)*c) * 16777619u;
        hf = (hf ^ '.') * 16777619u;
    }
    unsigned k = ((hi ^ (hi >> 16)) & 0xffffu) << 16 | ((hf ^ (hf >> 16)) & 0xffffu);
    if (info) {
        int certain = memchr(tok, 'q', n) || memchr(tok, 'x', n);
        for (size_t i = 0; i + 1 < n && !certain; i++)
            certain = tok[i] == 'z' && tok[i + 1] == 'h';
        int syl = ps.n > 63 ? 63 : ps.n;
        *info = syl << 2 | certain << 1 | ps.mark;
    }
    return k ? k : 1;
}

int aka__zh_minimal_pair(unsigned x, unsigned y)
{
    unsigned d = x ^ y;
    return d && ((d >> 16) == 0 || (d & 0xffffu) == 0);
}

size_t aka__h_between_vowels(const char *t, size_t n, size_t *at,
                             char out[AKA__KEY_MAX + 2])
{
    if (n > AKA__KEY_MAX)
        return 0;
    for (size_t i = *at > 0 ? *at : 1; i < n; i++) {
        if (!aka__vowel_y(t[i - 1]) || !aka__vowel_y(t[i]) || t[i - 1] == 'y' || t[i] == 'y')
            continue;
        memcpy(out, t, i);
        out[i] = 'h';
        memcpy(out + i + 1, t + i, n - i);
        out[n + 1] = '\0';
        *at = i + 1;
        return n + 1;
    }
    *at = n;
    return 0;
}
