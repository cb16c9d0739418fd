/* Western names heard back from Chinese, Japanese and Korean
 * transcriptions (foreign.h). The conventions are those of the Xinhua
 * News Agency's tables for transcribing foreign names into Chinese
 * characters, the Japanese Cabinet notice on writing loanwords in
 * katakana (外来語の表記, 1991), and the National Institute of Korean
 * Language's rules for loanwords in Hangul (외래어 표기법, 1986); the
 * readings here are written from those public descriptions. */
#include "match/foreign.h"

#include <string.h>

#include "match/nameform.h"
#include "match/letters.h"

/* Writing to out, bounded by AKA__KEY_MAX. */
static void put(char *out, size_t *o, const char *s)
{
    for (; *s && *o < AKA__KEY_MAX; s++)
        out[(*o)++] = *s;
}

/* One letter, when there is room: a reading can be longer than its
 * token (Mc is heard mak), and keys hold AKA__KEY_MAX bytes. */
static void put1(char *out, size_t *o, char c)
{
    if (*o < AKA__KEY_MAX)
        out[(*o)++] = c;
}

/* Pinyin finals, longest first so that the first one that lets the rest
 * of the token parse is the longest. */
static const char *const finals[] = {
    "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao",
    "ian",  "uai",  "uan",  "ai",   "ei",  "ao",  "ou",  "an",  "en",
    "er",   "ia",   "ie",   "iu",   "in",  "ua",  "uo",  "ui",  "un",
    "ue",   "a",    "o",    "e",    "i",   "u",   "v",
};

#define ZH_MAX_SYL 24

typedef struct {
    char ini[3]; /* "" for none */
    unsigned char fin; /* index in finals */
} zh_syl;

static size_t initial_at(const char *t, size_t n, size_t i, char ini[3])
{
    if (i + 1 < n && t[i + 1] == 'h' && (t[i] == 'z' || t[i] == 'c' || t[i] == 's')) {
        ini[0] = t[i], ini[1] = 'h', ini[2] = '\0';
        return 2;
    }
    if (strchr("bpmfdtnlgkhjqxrzcsyw", t[i])) {
        ini[0] = t[i], ini[1] = '\0';
        return 1;
    }
    ini[0] = '\0';
    return 0;
}

/* Splits t[i..n) into Pinyin syllables (backtracking over the finals);
 * returns the number of syllables, or -1. */
static int zh_parse(const char *t, size_t n, size_t i, zh_syl *s, int k)
{
    if (i == n)
        return k;
    if (k == ZH_MAX_SYL)
        return -1;
    char ini[3];
    size_t il = initial_at(t, n, i, ini);
    for (size_t f = 0; f < sizeof finals / sizeof finals[0]; f++) {
        size_t fl = strlen(finals[f]);
        if (i + il + fl > n || memcmp(t + i + il, finals[f], fl) != 0)
            continue;
        memcpy(s[k].ini, ini, 3);
        s[k].fin = (unsigned char)f;
        int r = zh_parse(t, n, i + il + fl, s, k + 1);
        if (r >= 0)
            return r;
    }
    return -1;
}

/* Syllables whose vowel Chinese transcription adds to a bare consonant
 * of the foreign name: 斯 si (s), 兹 zi, 茨 ci, 什 shi, 克 ke (k), 特 te
 * (t), 德 de (d), 格 ge (g), 勒 le (l), 赫 he (h), 弗 fu (f), 布 bu (b),
 * 普 pu (p), 姆 mu (m), 治 zhi (j of George). */
static int bare_consonant(const zh_syl *s)
{
    static const char *const bare[] = {
        "si", "zi", "ci", "shi", "zhi", "chi", "ke", "te", "de", "ge",
        "le", "he", "fu", "bu",  "pu",  "mu",
    };
    char syl[8];
    size_t il = strlen(s->ini);
    memcpy(syl, s->ini, il);
    strcpy(syl + il, finals[s->fin]);
    for (size_t b = 0; b < sizeof bare / sizeof bare[0]; b++)
        if (strcmp(syl, bare[b]) == 0)
            return 1;
    return 0;
}

size_t aka__han_heard(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    zh_syl s[ZH_MAX_SYL];
    if (n == 0 || n > AKA__KEY_MAX)
        return 0;
    int k = zh_parse(tok, n, 0, s, 0);
    if (k <= 0)
        return 0;
    size_t o = 0;
    for (int i = 0; i < k; i++) {
        const char *ini = s[i].ini, *fin = finals[s[i].fin];
        int last = i == k - 1;
        /* 尔 er, 儿 er: the r of the foreign name, which is not heard
         * at its end (aka__latin_heard: 布莱尔 Blair) */
        if (!ini[0] && strcmp(fin, "er") == 0 && i > 0) {
            if (!last)
                put(out, &o, "r");
            continue;
        }
        /* the initial: Pinyin j, zh and q stand for the foreign j and
         * ch, which q writes too (乔 qiao Jo-, 杰 jie Ja-, 切 qie Che-), x for sh (谢 xie She-); hu before
         * a is w (华 hua Wa-) */
        int palatal = ini[0] == 'j' || ini[0] == 'q' || ini[0] == 'x';
        /* 基 ji alone is ki, and the -ky of Slavic names (斯基 -sky:
         * 托洛茨基 Trotsky, 基辛格 Kissinger) */
        if (strcmp(ini, "j") == 0 && strcmp(fin, "i") == 0)
            put(out, &o, "k");
        else if (strcmp(ini, "j") == 0 || strcmp(ini, "zh") == 0 ||
                 strcmp(ini, "q") == 0)
            put(out, &o, "J");
        else if (strcmp(ini, "x") == 0)
            put(out, &o, "sh");
        else if (strcmp(ini, "c") == 0)
            put(out, &o, "ts");
        else if (strcmp(ini, "h") == 0 && fin[0] == 'u' && fin[1] == 'a') {
            put(out, &o, "w");
            fin++;
        } else
            put(out, &o, ini);
        if (k > 1 && bare_consonant(&s[i]))
            continue;
        if (!ini[0] && strcmp(fin, "ai") == 0)
            fin = "e"; /* 埃 ai: E- (Elon, Emmanuel) */
        else if (strcmp(fin, "ie") == 0)
            fin = "e";
        else if (strcmp(fin, "ou") == 0 || strcmp(fin, "uo") == 0 ||
                 strcmp(fin, "ao") == 0)
            fin = "o";
        else if (palatal && fin[0] == 'i' && fin[1] == 'a')
            fin++; /* 贾 jia Ja-, 乔 qiao Jo- */
        if (strcmp(fin, "ao") == 0)
            fin = "o";
        else if (strcmp(fin, "v") == 0)
            fin = "u";
        size_t fl = strlen(fin);
        /* a final nasal -ng at the end of the name is the foreign n
         * (登 deng -den, 隆 long -lon) */
        if (last && fl > 2 && fin[fl - 1] == 'g' && fin[fl - 2] == 'n')
            fl--;
        for (size_t c = 0; c < fl && o < AKA__KEY_MAX; c++)
            out[o++] = fin[c];
    }
    out[o] = '\0';
    return o;
}

size_t aka__kana_heard(const char *tok, size_t n, int older,
                       char out[AKA__KEY_MAX + 1])
{
    size_t o = 0;
    if (n > AKA__KEY_MAX)
        n = AKA__KEY_MAX;
    for (size_t i = 0; i < n && o < AKA__KEY_MAX; i++) {
        char c = tok[i], nx = i + 1 < n ? tok[i + 1] : 0;
        char pv = o > 0 ? out[o - 1] : 0;
        int end_or_cons = nx == 0 || !aka__vowel(nx);
        /* katakana's older spellings チ chi for ti, ジ ji for di
         * (プーチン Putin, ウラジーミル Vladimir), read so when `older` */
        if (older && c == 'c' && nx == 'h' && i + 2 < n && tok[i + 2] == 'i') {
            out[o++] = 't';
            i++;
            continue;
        }
        if (older && c == 'j' && nx == 'i') {
            out[o++] = 'd';
            continue;
        }
        /* Hepburn's j is a consonant, never the glide the keys read
         * between vowels */
        if (c == 'j') {
            out[o++] = 'J';
            continue;
        }
        /* ウィ ui, ウェ ue, ウォ uo at the start: wi, we, wo (William
         * uiriamu); ヴ vu and フ fu before a vowel: v, f (ヴィ vui) */
        if (c == 'u' && o == 0 && (nx == 'i' || nx == 'e' || nx == 'o')) {
            out[o++] = 'w';
            continue;
        }
        if (c == 'u' && (pv == 'v' || pv == 'f') && nx && aka__vowel(nx))
            continue;
        /* the vowel added after a consonant of the foreign name: u after
         * most, o after t and d (ト to, ド do), i after ch and j at the
         * end (ッチ tchi, ジ ji) */
        if (o > 0 && end_or_cons && !aka__vowel(pv) && pv != 'n' && pv != 'y') {
            if (c == 'u' && pv != 'w')
                continue;
            if (c == 'o' && (pv == 't' || pv == 'd'))
                continue;
            if (c == 'i' && nx == 0 && o > 1 &&
                (pv == 'J' || (pv == 'h' && out[o - 2] == 'c')))
                continue;
        }
        out[o++] = c;
    }
    /* ル ru at the end after a vowel, which the r dropped there has
     * become (ウラジーミル Vladimir): aka__latin_heard hears no final r */
    if (o >= 2 && out[o - 1] == 'r' && aka__vowel(out[o - 2]) &&
        n >= 2 && tok[n - 1] == 'u')
        o--;
    out[o] = '\0';
    return o;
}

size_t aka__hangul_heard(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    size_t o = 0;
    if (n > AKA__KEY_MAX)
        n = AKA__KEY_MAX;
    for (size_t i = 0; i < n; i++) {
        char c = tok[i], nx = i + 1 < n ? tok[i + 1] : 0;
        char pv = o > 0 ? out[o - 1] : 0;
        /* 으 eu after a consonant, before another or at the end: the
         * vowel Korean puts into a cluster (블 beul, 스 seu) */
        if (c == 'e' && nx == 'u' && o > 0 && !aka__vowel(pv) &&
            (i + 2 == n || !aka__vowel(tok[i + 2]))) {
            i++;
            continue;
        }
        /* 어 eo is the foreign o, u or a as one vowel */
        if (c == 'e' && nx == 'o') {
            out[o++] = 'o';
            i++;
            continue;
        }
        /* ㄹㄹ, which the syllables write l + r, is one l */
        if (c == 'r' && pv == 'l')
            continue;
        /* 지 ji, 치 chi at the end: a final j or ch (조지 joji) */
        if (c == 'i' && i + 1 == n && o > 1 &&
            (pv == 'j' || (pv == 'h' && out[o - 2] == 'c')))
            continue;
        out[o++] = c;
    }
    /* 르 reu at the end after a vowel (블라디미르 Vladimir): as ル ru */
    if (o >= 2 && out[o - 1] == 'r' && aka__vowel(out[o - 2]) && n >= 3 &&
        tok[n - 1] == 'u' && tok[n - 2] == 'e')
        o--;
    out[o] = '\0';
    return o;
}

static size_t latin_heard(const char *tok, size_t n, int rhotic,
                          char out[AKA__KEY_MAX + 1])
{
    size_t o = 0;
    if (n > AKA__KEY_MAX)
        n = AKA__KEY_MAX;
    size_t len = n;
    /* a silent final e after a consonant (George, Bonaparte), or after
     * o (Joe, Monroe) */
    if (n > 2 && tok[n - 1] == 'e' &&
        ((!aka__vowel(tok[n - 2]) && tok[n - 2] != 'y') || tok[n - 2] == 'o'))
        n--;
    /* (the soft g of a final -ge is read before its e is dropped) */
    int soft_end = n < len && tok[n - 1] == 'g';
    /* English's final -air, -are (Blair, Clare) is the vowel ea, and
     * -ear, -eer, -eare (Shakespeare) ia: ブレア, 블레어, シェイクスピア */
    const char *tail = NULL;
    const char *e = tok + len; /* the end before a silent e was dropped */
    if (len > 5 && memcmp(e - 4, "eare", 4) == 0) {
        tail = "ia";
        n = len - 4;
    } else if (len > 4 && memcmp(e - 3, "air", 3) == 0) {
        tail = "ea";
        n = len - 3;
    } else if (len > 4 && memcmp(e - 3, "are", 3) == 0) {
        tail = "ea";
        n = len - 3;
    } else if (len > 4 && (memcmp(e - 3, "ear", 3) == 0 ||
                           memcmp(e - 3, "eer", 3) == 0)) {
        tail = "ia";
        n = len - 3;
    }
    for (size_t i = 0; i < n; i++) {
        char c = tok[i], nx = i + 1 < n ? tok[i + 1] : 0;
        char pv = o > 0 ? out[o - 1] : 0;
        /* Mc, Mac: the syllable mak (McCartney) */
        if (i == 0 && c == 'm' && nx == 'c' && n > 3 && !aka__vowel(tok[2])) {
            put(out, &o, "mak");
            i++;
            continue;
        }
        if (c == 'c' && nx == 'k')
            continue;
        if (c == 'c' && nx != 'h') {
            put1(out, &o, nx && strchr("eiy", nx) ? 's' : 'k');
            continue;
        }
        /* g before e, i or y is soft (George, Gene, Gigi): the j the
         * other scripts write */
        if (c == 'g' && pv != 'g' &&
            ((nx && strchr("eiy", nx)) || (soft_end && i + 1 == n))) {
            put1(out, &o, 'J'); /* a consonant for aka__rkey, never a glide */
            continue;
        }
        /* th is English's θ, which the three scripts write with their s
         * (Thatcher サッチャー, 撒切尔; Smith 스미스) */
        if ((c == 'p' || c == 't') && nx == 'h') {
            put1(out, &o, c == 'p' ? 'f' : 's');
            i++;
            continue;
        }
        /* r after a vowel before a consonant or at the end is not heard
         * (Jordan, Bonaparte, McCartney; Blair ブレア, 블레어) */
        if (c == 'r' && !rhotic && aka__vowel(pv) && (!nx || (!aka__vowel(nx) && nx != 'y')))
            continue;
        if (c == 'y' && nx == 0 && o > 0) {
            put1(out, &o, 'i');
            continue;
        }
        put1(out, &o, c);
    }
    if (tail)
        put(out, &o, tail);
    out[o] = '\0';
    return o;
}

/* Whether tok[0..n) ends with the letters of s. */
static int ends_with(const char *tok, size_t n, const char *s)
{
    size_t k = strlen(s);
    return n >= k && memcmp(tok + n - k, s, k) == 0;
}

size_t aka__french_heard(const char *tok, size_t n, unsigned how,
                         char out[AKA__KEY_MAX + 1])
{
    const int yu = (how & AKA__FRENCH_YU) != 0;
    /* French j and soft g: zh, or the j of Hangul and katakana (J: a
     * consonant for aka__rkey, never a glide) */
    const char *zh = how & AKA__FRENCH_J ? "J" : "zh";
    if (n < 3 || n > AKA__KEY_MAX)
        return 0;
    size_t o = 0;
    int changed = 0;
    /* The ending first: French leaves most final letters unsaid, and
     * other scripts transcribe the name as said (Monet Моне モネ, Dumas
     * Дюма, Renault Рено, Claude Клод, Charles Шарль). */
    const char *tail = "";
    size_t end = n;
    if (ends_with(tok, n, "eaux") || ends_with(tok, n, "ault")) {
        end = n - 4, tail = "o";
    } else if (ends_with(tok, n, "eau") || ends_with(tok, n, "aux") ||
               ends_with(tok, n, "aud") || ends_with(tok, n, "aut")) {
        end = n - 3, tail = "o";
    } else if (ends_with(tok, n, "ques") && n > 5) {
        end = n - 4, tail = "k"; /* Jacques Жак */
    } else if (ends_with(tok, n, "que") && n > 4) {
        end = n - 3, tail = "k";
    } else if (ends_with(tok, n, "ier") || ends_with(tok, n, "iers")) {
        end = n - (tok[n - 1] == 's' ? 4 : 3), tail = "ie"; /* Olivier Оливье */
    } else {
        /* a final s, then a final e after a consonant (Charles, Claude,
         * Hollande: its d is said), else one final t, d, x, z or p after
         * a vowel, r or n (Monet, Albert, Bernard; not Proust, Chirac) */
        if (tok[end - 1] == 's' && end > 3 && tok[end - 2] != 's')
            end--;
        if (tok[end - 1] == 'e' && !aka__vowel(tok[end - 2]) && end > 3) {
            end--;
            /* the c and g before it were soft (Maurice Морис, Georges
             * Жорж) */
            if (tok[end - 1] == 'c')
                end--, tail = "s";
            else if (tok[end - 1] == 'g' && tok[end - 2] != 'g')
                end--, tail = zh;
        } else if (end == n || tok[n - 1] == 's') {
            char c = tok[end - 1], p = tok[end - 2];
            /* (a final nt only after e or o: Laurent Лоран, Dupont; the
             * -ant of English names is said: Bryant, Grant) */
            int nt = c == 't' && p == 'n' && (end < 3 || !strchr("eo", tok[end - 3]));
            if (strchr("tdxzp", c) && !nt &&
                (aka__vowel(p) || p == 'r' || p == 'n' || p == 'm') && end > 3)
                end--; /* (Deschamps Дешан) */
        }
    }
    /* (the c of -cques, -cque is that k: Jacques) */
    if (tail[0] == 'k' && end > 1 && tok[end - 1] == 'c')
        end--;
    if (end != n)
        changed = 1;
    size_t i = 0;
    /* an h is never said (Hugo Юго ユーゴー, Hollande Олланд) */
    if (tok[0] == 'h' && aka__vowel(tok[1]))
        i = 1, changed = 1;
    for (; i < end; i++) {
        char c = tok[i], nx = i + 1 < end ? tok[i + 1] : 0;
        char n2 = i + 2 < end ? tok[i + 2] : 0;
        const char *w = NULL;
        size_t used = 1;
        if (c == 'e' && nx == 'a' && n2 == 'u')
            w = "o", used = 3; /* Rousseau Руссо */
        else if (c == 'a' && nx == 'u')
            w = "o", used = 2; /* Claude Клод, Gaulle Голль */
        else if (c == 'o' && nx == 'i')
            w = "ua", used = 2; /* François Франсуа, Poincaré Пуанкаре */
        else if (c == 'c' && nx == 'o' && n2 == 'i' && i > 0)
            w = "s", used = 1; /* ç folded: François */
        else if (c == 'c' && nx == 'h')
            w = "sh", used = 2; /* Charles Шарль, Chirac Ширак */
        else if (c == 'q' && nx == 'u')
            w = "k", used = 2;
        else if (c == 'g' && nx == 'u' && n2 && strchr("eiy", n2))
            w = "g", used = 2; /* Guillaume */
        else if (c == 'g' && nx == 'n')
            w = "ni", used = 2;
        else if ((c == 'a' || c == 'e') && nx == 'i' && n2 == 'l' &&
                 i + 3 < end && tok[i + 3] == 'l')
            w = c == 'a' ? "ai" : "ei", used = 4; /* Mireille Мирей */
        else if ((c == 'a' || c == 'e') && nx == 'i' && n2 != 'l')
            w = "e", used = 2; /* Blaise, Seine */
        else if ((c == 'j' || c == 'g') && nx == 'e' && n2 &&
                 strchr("ao", n2))
            w = zh, used = 2; /* its e unsaid: Jean Жан, Georges Жорж */
        else if (c == 'g' && nx && strchr("eiy", nx))
            w = zh; /* Gérard Жерар */
        else if (c == 'j')
            w = zh; /* Jacques Жак */
        else if (yu && c == 'u' &&
                 (i == 0 || (tok[i - 1] == 'h' && i == 1) ||
                  (!aka__vowel(tok[i - 1]) && tok[i - 1] != 'q' &&
                   tok[i - 1] != 'g')))
            w = "yu"; /* Dumas Дюма, Camus カミュ */
        else if (c == 'c' && nx && strchr("eiy", nx))
            w = "s";
        else if (c == 'c')
            w = "k";
        if (w) {
            /* (c, j and g as said are no French of their own: every
             * language writes them so; only the rules above tell) */
            changed |= !(c == 'j' && used == 1) && c != 'u' &&
                       !(c == 'c' && used == 1 && w[0] == 'k') &&
                       !(c == 'g' && used == 1);
            put(out, &o, w);
            i += used - 1;
        } else {
            put1(out, &o, c);
        }
    }
    put(out, &o, tail);
    out[o] = '\0';
    return changed ? o : 0;
}

size_t aka__latin_heard(const char *tok, size_t n, char out[AKA__KEY_MAX + 1])
{
    return latin_heard(tok, n, 0, out);
}

size_t aka__latin_heard_rhotic(const char *tok, size_t n,
                               char out[AKA__KEY_MAX + 1])
{
    return latin_heard(tok, n, 1, out);
}

void aka__foreign_hear_units(aka__nameform *f)
{
    int m = f->latin ? 8 : f->cjkmask;
    for (int s = 0; s < f->n; s++)
        for (int l = 1; l <= 2 && s + l <= f->n; l++) {
            aka__nunit *u = &f->unit[s][l - 1];
            char h[AKA__KEY_MAX + 1];
            size_t hn = 0;
            if (m == 8)
                hn = aka__latin_heard(u->tok, u->len, h);
            else if (m == 4)
                hn = aka__hangul_heard(u->tok, u->len, h);
            else if (m & 2)
                hn = aka__kana_heard(u->tok, u->len, 0, h);
            else if (m == 1)
                hn = aka__han_heard(u->tok, u->len, h);
            u->hlen = 0;
            u->heard[0] = '\0';
            if (hn) {
                aka__rkey(h, hn, u->heard);
                u->hlen = (uint8_t)strlen(u->heard);
            }
        }
}
