#include "match/keys.h"

#include <string.h>

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
           c == 'y';
}

/* Spellings of one sound (and the Romanian -escu, whose c is the k that
 * Cyrillic and Greek spell out), grouped by first letter (rule_start indexes
 * the groups) and longest first within a group, so that the first match
 * at a position is the longest. `at` restricts a rule: 0 anywhere, 'b'
 * word start, 'e' word end, 'c' word start before a consonant. tests/unit/test_keys.c checks the grouping. */
static const struct {
    const char *from, *to;
    char at;
} rules[] = {
    {"addine", "udin", 'e'}, {"aldin", "udin", 'e'}, {"aldyn", "udin", 'e'},
    {"addin", "udin", 'e'}, {"chtch", "sc", 0}, {"cz", "c", 0},
    {"ch", "c", 0}, {"ck", "k", 0}, {"dsch", "j", 0},
    {"dzh", "j", 0}, {"dj", "j", 0}, {"dz", "j", 0},
    {"eddine", "udin", 'e'}, {"eddin", "udin", 'e'}, {"escu", "esku", 'e'},
    {"eff", "ev", 'e'},
    {"ee", "i", 0}, {"ew", "ev", 'e'}, {"gh", "g", 0},
    {"hs", "s", 'b'}, {"iya", "ia", 0}, {"ija", "ia", 0},
    {"iia", "ia", 0}, {"iy", "i", 'e'}, {"ij", "i", 'e'},
    {"ii", "i", 'e'}, {"kh", "h", 0}, {"off", "ov", 'e'},
    {"ou", "u", 0}, {"oo", "u", 0}, {"ow", "ov", 'e'},
    {"ph", "f", 0}, {"q", "k", 0}, {"schtsch", "sc", 0},
    {"shtch", "sc", 0}, {"shch", "sc", 0}, {"szcz", "sc", 0},
    {"sch", "s", 0}, {"sh", "s", 0}, {"sz", "s", 0},
    {"tsch", "c", 0}, {"tch", "c", 0}, {"ts", "c", 0},
    {"tz", "c", 0}, {"th", "t", 0}, {"uddine", "udin", 'e'},
    {"uddin", "udin", 'e'}, {"w", "v", 0}, {"xi", "si", 'b'},
    {"xu", "su", 'b'}, {"yj", "i", 'e'}, {"yi", "i", 'e'},
    {"ye", "e", 'c'}, {"zh", "z", 0}, {"zs", "z", 0},
};

static const unsigned char rule_start[27] = {
    0, 4, 4, 8, 12, 18, 18, 19, 20, 26, 26, 27, 27, 27, 27, 31, 32, 33, 33, 40, 45, 47, 47, 48, 50, 53, 55};

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
    if (rules[r].at == 'c' && (i != 0 || i + k >= n || is_vowel(s[i + k])))
        return 0;
    return 1;
}

static void put(char *out, size_t *o, char c)
{
    if (*o < AKA__KEY_MAX && (*o == 0 || out[*o - 1] != c))
        out[(*o)++] = c; /* doubled letters count once */
}

static void rkey(const char *tok, size_t n, int keep_h,
                 char out[AKA__KEY_MAX + 1])
{
    char tmp[2 * AKA__KEY_MAX + 2];
    size_t t = 0;
    if (n > 2 * AKA__KEY_MAX)
        n = 2 * AKA__KEY_MAX;
    /* Pass 1: multi-letter spellings. */
    for (size_t i = 0; i < n && t < sizeof tmp - 3;) {
        int k = tok[i] >= 'a' && tok[i] <= 'z' ? tok[i] - 'a' : -1;
        size_t r = k < 0 ? 0 : rule_start[k], end = k < 0 ? 0 : rule_start[k + 1];
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
    int vowelled = 0;
    for (size_t i = 0; i < t; i++)
        vowelled += tmp[i] == 'a' || tmp[i] == 'e' || tmp[i] == 'i' ||
                    tmp[i] == 'o' || tmp[i] == 'u';
    vowelled = vowelled >= 2;
    /* Pass 2: single letters: the y/j/i glide, x as ks, a silent h. */
    size_t o = 0;
    for (size_t i = 0; i < t; i++) {
        char c = tmp[i];
        /* A consonant j whatever its neighbours (ج, ي read so in Arabic
         * script by the caller), and an h that is a letter (ح, ه). */
        if (c == 'J' || c == 'H') {
            put(out, &o, c == 'J' ? 'j' : 'h');
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
            int before_vowel = e < t && is_vowel(tmp[e]);
            int after_vowel = i > 0 && is_vowel(tmp[i - 1]);
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
        if (c == 'x') {
            put(out, &o, 'k');
            put(out, &o, 's');
            continue;
        }
        /* A silent h after a vowel (Fatimah, Ohno); not in a word written
         * without vowels, where h is a letter of its own (ntnyhw). */
        if (c == 'h' && !keep_h && i > 0 && is_vowel(tmp[i - 1]) &&
            vowelled &&
            (i + 1 == t || !is_vowel(tmp[i + 1])))
            continue;
        put(out, &o, c);
    }
    out[o] = '\0';
}

void aka__rkey(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    rkey(tok, n, 0, out);
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
            (i == 0 || (t[i - 1] == 'a' && i + 1 < n)))
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

void aka__lkey(const char *rkey, char out[AKA__KEY_MAX + 1])
{
    size_t o = 0;
    for (const char *p = rkey; *p; p++) {
        char c = *p;
        /* dh is the d of Hindi's aspirated stop and the English spelling
         * of Arabic's dhal, which others write d or dd (Qadhafi, Gaddafi,
         * Kadhafi; Adhanom, Adanom): one consonant here. The rkey keeps
         * it, where d + h can be two letters of one name (Adham is not
         * Adam). */
        if (c == 'h' && p > rkey && p[-1] == 'd')
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

void aka__skeleton(const char *lkey, char out[AKA__KEY_MAX + 1])
{
    size_t o = 0, n = strlen(lkey);
    for (size_t i = 0; i < n; i++) {
        /* A final h is often the only trace of a vowel letter (ة, ה). */
        if (is_vowel(lkey[i]) || (lkey[i] == 'h' && i + 1 == n))
            continue;
        /* Letters doubled across a dropped vowel stay two: "mhmd" and
         * "muhammad" keep both m, and do not meet "mehdi". */
        if (o < AKA__KEY_MAX)
            out[o++] = lkey[i];
    }
    out[o] = '\0';
}

int aka__rkey_rules_grouped(void)
{
    size_t n = sizeof rules / sizeof rules[0];
    if (rule_start[26] != n)
        return 0;
    for (int k = 0; k < 26; k++)
        for (size_t r = rule_start[k]; r < rule_start[k + 1]; r++)
            if (rules[r].from[0] != 'a' + k)
                return 0;
    return 1;
}

int aka__vowel_count(const char *tok, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v += is_vowel(tok[i]);
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

unsigned aka__kkey(const char *tok, size_t n)
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
        } else {
            switch (c) {
            case 'o': w = 'u'; break; /* MR ŏ (ㅓ) is o after Latin-ASCII */
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
