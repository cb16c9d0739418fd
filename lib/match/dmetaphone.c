#include "match/dmetaphone.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Positions are signed: the rules look up to four letters back from the
 * current one, and "before the start" must compare as "no letter" rather
 * than wrap around. */
typedef ptrdiff_t pos;

typedef struct word {
    const unsigned char *s;
    pos n;     /* letters after trimming */
    bool slavo; /* spelling hints at Slavic or Germanic origin */
} word;

typedef struct code {
    char *out[2]; /* 0 = primary, 1 = alternate */
    size_t len[2];
    size_t max;
} code;

/* The upper-cased byte at i, or 0 outside the word (0 is never a letter
 * nor in any set tested below, so out-of-range context simply fails to
 * match). */
static unsigned char at(const word *w, pos i)
{
    if (i < 0 || i >= w->n)
        return 0;
    unsigned char c = w->s[i];
    return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 'a' + 'A') : c;
}

/* Is the byte at i one of the characters of set? */
static bool in(const word *w, pos i, const char *set)
{
    unsigned char c = at(w, i);
    return c != 0 && strchr(set, c) != NULL;
}

static bool vowel(const word *w, pos i)
{
    return in(w, i, "AEIOUY");
}

/* Does w[start, start + len) equal one of the strings packed back to back
 * in alts, each exactly len long ("CKCGCQ" for len 2 = CK, CG or CQ)?
 * A window that does not fit inside the word matches nothing. */
static bool seq(const word *w, pos start, pos len, const char *alts)
{
    if (start < 0 || start > w->n - len)
        return false;
    for (const char *a = alts; *a != '\0'; a += len) {
        pos j = 0;
        while (j < len && at(w, start + j) == (unsigned char)a[j])
            j++;
        if (j == len)
            return true;
    }
    return false;
}

/* Appends to each key, keeping what fits: a two-letter sound at the edge
 * is cut, not dropped, as the reference does. */
static void emit(code *c, const char *primary, const char *alternate)
{
    const char *src[2] = { primary, alternate };
    for (int k = 0; k < 2; k++)
        for (const char *p = src[k]; *p != '\0' && c->len[k] < c->max; p++)
            c->out[k][c->len[k]++] = *p;
}

static void emit1(code *c, const char *both)
{
    emit(c, both, both);
}

static bool complete(const code *c)
{
    return c->len[0] >= c->max && c->len[1] >= c->max;
}

/* Names starting "van ", "von " or "sch" are read as Germanic throughout. */
static bool germanic_prefix(const word *w)
{
    return seq(w, 0, 4, "VAN VON ") || seq(w, 0, 3, "SCH");
}

/* Letters that are doubled in spelling but sound once. */
static pos skip_double(const word *w, pos i, unsigned char letter)
{
    return at(w, i + 1) == letter ? i + 2 : i + 1;
}

/* "-ach-" after a consonant, as in "bacher", "macher", "lachen": the
 * German guttural, so a hard K. "-achi-"/"-ache-" ("machine") are left
 * to the general rules, except the two listed words. */
static bool c_german_ach(const word *w, pos i)
{
    if (seq(w, i, 4, "CHIA"))
        return true;
    if (i <= 1 || vowel(w, i - 2) || !seq(w, i - 1, 3, "ACH"))
        return false;
    unsigned char next2 = at(w, i + 2);
    return (next2 != 'I' && next2 != 'E') ||
           seq(w, i - 2, 6, "BACHERMACHER");
}

static pos rule_ch(const word *w, code *c, pos i)
{
    if (i > 0 && seq(w, i, 4, "CHAE")) { /* "michael" */
        emit(c, "K", "X");
        return i + 2;
    }
    /* Greek words at the start: "character", "charisma", "chorus",
     * "chymist", "chianti", "chemist"; but "chore" is English. */
    if (i == 0 &&
        (seq(w, 1, 5, "HARACHARIS") || seq(w, 1, 3, "HORHYMHIAHEM")) &&
        !seq(w, 0, 5, "CHORE")) {
        emit1(c, "K");
        return i + 2;
    }
    /* Germanic names, "orchestra", "architect", "orchid", "-cht-",
     * "-chs-", and "ch" before a consonant or at the end after a back
     * vowel ("bach", "achmed"): all sound like K. */
    if (germanic_prefix(w) || seq(w, i - 2, 6, "ORCHESARCHITORCHID") ||
        in(w, i + 2, "TS") ||
        ((in(w, i - 1, "AOUE") || i == 0) &&
         (in(w, i + 2, "LRNMBHFVW ") || i + 1 == w->n - 1))) {
        emit1(c, "K");
        return i + 2;
    }
    if (i == 0)
        emit1(c, "X");
    else if (seq(w, 0, 2, "MC")) /* "mcHugh" */
        emit1(c, "K");
    else
        emit(c, "X", "K");
    return i + 2;
}

static pos rule_cc(const word *w, code *c, pos i)
{
    /* "cci", "cce", "cch" (but not "cchu", as in "bacchus"): Italian
     * "ch" sound, except the English "acc-" / "succe-" with KS. */
    if (in(w, i + 2, "IEH") && !seq(w, i + 2, 2, "HU")) {
        if ((i == 1 && at(w, 0) == 'A') || seq(w, i - 1, 5, "UCCEEUCCES"))
            emit1(c, "KS");
        else
            emit1(c, "X");
        return i + 3;
    }
    emit1(c, "K");
    return i + 2;
}

static pos rule_c(const word *w, code *c, pos i)
{
    if (c_german_ach(w, i)) {
        emit1(c, "K");
        return i + 2;
    }
    if (i == 0 && seq(w, 0, 6, "CAESAR")) {
        emit1(c, "S");
        return i + 2;
    }
    if (seq(w, i, 2, "CH"))
        return rule_ch(w, c, i);
    if (seq(w, i, 2, "CZ") && !seq(w, i - 2, 4, "WICZ")) { /* "czerny" */
        emit(c, "S", "X");
        return i + 2;
    }
    if (seq(w, i + 1, 3, "CIA")) { /* "focaccia" */
        emit1(c, "X");
        return i + 3;
    }
    /* A doubled C, unless it is the "Mc" + "C..." of "McClelland". */
    if (seq(w, i, 2, "CC") && !(i == 1 && at(w, 0) == 'M'))
        return rule_cc(w, c, i);
    if (seq(w, i, 2, "CKCGCQ")) {
        emit1(c, "K");
        return i + 2;
    }
    if (seq(w, i, 2, "CICECY")) {
        /* Soft C; "cio", "cie", "cia" may be Italian "ch". */
        if (seq(w, i, 3, "CIOCIECIA"))
            emit(c, "S", "X");
        else
            emit1(c, "S");
        return i + 2;
    }
    emit1(c, "K");
    if (seq(w, i + 1, 2, " C Q G")) /* "mac caffrey", "mac gregor" */
        return i + 3;
    if (in(w, i + 1, "CKQ") && !seq(w, i + 1, 2, "CECI"))
        return i + 2;
    return i + 1;
}

static pos rule_d(const word *w, code *c, pos i)
{
    if (seq(w, i, 2, "DG")) {
        if (in(w, i + 2, "IEY")) { /* "edge" */
            emit1(c, "J");
            return i + 3;
        }
        emit1(c, "TK"); /* "edgar" */
        return i + 2;
    }
    emit1(c, "T");
    return seq(w, i, 2, "DTDD") ? i + 2 : i + 1;
}

static pos rule_gh(const word *w, code *c, pos i)
{
    if (i > 0 && !vowel(w, i - 1)) { /* "burgh", "ingham" */
        emit1(c, "K");
        return i + 2;
    }
    if (i == 0) { /* "ghislane" with J, "ghost" with K */
        emit1(c, at(w, 2) == 'I' ? "J" : "K");
        return i + 2;
    }
    /* Silent after a vowel with B, H or D shortly before: "hugh",
     * "bough", "broughton", "dough". */
    if ((i > 1 && in(w, i - 2, "BHD")) || (i > 2 && in(w, i - 3, "BHD")) ||
        (i > 3 && in(w, i - 4, "BH")))
        return i + 2;
    if (i > 2 && at(w, i - 1) == 'U' && in(w, i - 3, "CGLRT"))
        emit1(c, "F"); /* "laugh", "cough", "tough", "mclaughlin" */
    else if (at(w, i - 1) != 'I') /* silent in "-igh-": "night" */
        emit1(c, "K");
    return i + 2;
}

static pos rule_g(const word *w, code *c, pos i)
{
    unsigned char next = at(w, i + 1);
    if (next == 'H')
        return rule_gh(w, c, i);
    if (next == 'N') {
        if (i == 1 && vowel(w, 0) && !w->slavo)
            emit(c, "KN", "N"); /* "agnes" */
        else if (!seq(w, i + 2, 2, "EY") && !w->slavo)
            emit(c, "N", "KN"); /* Romance "gn" is N; English may say G */
        else
            emit1(c, "KN");
        return i + 2;
    }
    if (seq(w, i + 1, 2, "LI") && !w->slavo) { /* "tagliaro" */
        emit(c, "KL", "L");
        return i + 2;
    }
    /* "ges-", "gep-", "gel-", "gie-", "gy-"... at the start: K or J. */
    if (i == 0 && (next == 'Y' || seq(w, 1, 2, "ESEPEBELEYIBILINIEEIER"))) {
        emit(c, "K", "J");
        return i + 2;
    }
    /* "-ger-", "-gy-" outside "danger", "ranger", "manger", and not after
     * E or I, nor in "-rgy", "-ogy". */
    if ((seq(w, i + 1, 2, "ER") || next == 'Y') &&
        !seq(w, 0, 6, "DANGERRANGERMANGER") && !in(w, i - 1, "EI") &&
        !seq(w, i - 1, 3, "RGYOGY")) {
        emit(c, "K", "J");
        return i + 2;
    }
    /* Soft G before E, I, Y, and the Italian "-aggi-", "-oggi-". */
    if (in(w, i + 1, "EIY") || seq(w, i - 1, 4, "AGGIOGGI")) {
        if (germanic_prefix(w) || seq(w, i + 1, 2, "ET"))
            emit1(c, "K");
        else if (seq(w, i + 1, 3, "IER"))
            emit1(c, "J");
        else
            emit(c, "J", "K");
        return i + 2;
    }
    emit1(c, "K");
    return skip_double(w, i, 'G');
}

static pos rule_h(const word *w, code *c, pos i)
{
    /* Sounded only at the start or after a vowel, and before a vowel;
     * taking the next letter along also covers "hh". */
    if ((i == 0 || vowel(w, i - 1)) && vowel(w, i + 1)) {
        emit1(c, "H");
        return i + 2;
    }
    return i + 1;
}

static pos rule_j(const word *w, code *c, pos i)
{
    /* Spanish "jose", "san jacinto": J sounds as H. */
    if (seq(w, i, 4, "JOSE") || seq(w, 0, 4, "SAN ")) {
        if ((i == 0 && at(w, i + 4) == ' ') || w->n == 4 ||
            seq(w, 0, 4, "SAN "))
            emit1(c, "H");
        else
            emit(c, "J", "H");
        return i + 1;
    }
    if (i == 0)
        emit(c, "J", "A"); /* "jankelowicz" against "yankelovich" */
    else if (vowel(w, i - 1) && !w->slavo &&
             (at(w, i + 1) == 'A' || at(w, i + 1) == 'O'))
        emit(c, "J", "H"); /* Spanish "bajador" */
    else if (i == w->n - 1)
        emit(c, "J", ""); /* see the header: no space in the alternate */
    else if (!in(w, i + 1, "LTKSNMBZ") && !in(w, i - 1, "SKL"))
        emit1(c, "J");
    return skip_double(w, i, 'J');
}

/* Spanish "-illo", "-illa", "-alle" endings and "-alle-" before a final
 * A, O, AS or OS: the double L is a Y sound, which the alternate drops. */
static bool l_spanish(const word *w, pos i)
{
    if (i == w->n - 3 && seq(w, i - 1, 4, "ILLOILLAALLE"))
        return true;
    return (seq(w, w->n - 2, 2, "ASOS") || in(w, w->n - 1, "AO")) &&
           seq(w, i - 1, 4, "ALLE");
}

static pos rule_l(const word *w, code *c, pos i)
{
    if (at(w, i + 1) != 'L') {
        emit1(c, "L");
        return i + 1;
    }
    if (l_spanish(w, i))
        emit(c, "L", "");
    else
        emit1(c, "L");
    return i + 2;
}

static pos rule_m(const word *w, code *c, pos i)
{
    emit1(c, "M");
    /* "mm", and the silent B of "dumb", "thumb", "plumber". */
    if (at(w, i + 1) == 'M' ||
        (seq(w, i - 1, 3, "UMB") &&
         (i + 1 == w->n - 1 || seq(w, i + 2, 2, "ER"))))
        return i + 2;
    return i + 1;
}

static pos rule_p(const word *w, code *c, pos i)
{
    if (at(w, i + 1) == 'H') {
        emit1(c, "F");
        return i + 2;
    }
    emit1(c, "P"); /* "campbell": the B after P is not sounded */
    return in(w, i + 1, "PB") ? i + 2 : i + 1;
}

static pos rule_r(const word *w, code *c, pos i)
{
    /* French final "-ier" ("rogier") may drop the R; not after "me" or
     * "ma", where "meier" and "maier" are German and sound it. */
    if (i == w->n - 1 && !w->slavo && seq(w, i - 2, 2, "IE") &&
        !seq(w, i - 4, 2, "MEMA"))
        emit(c, "", "R");
    else
        emit1(c, "R");
    return skip_double(w, i, 'R');
}

static pos rule_sc(const word *w, code *c, pos i)
{
    if (at(w, i + 2) == 'H') {
        if (seq(w, i + 3, 2, "OOERENUYEDEM")) {
            /* Dutch "school", "schooner"; "schermerhorn", "schenker"
             * may also be German SH. */
            if (seq(w, i + 3, 2, "EREN"))
                emit(c, "X", "SK");
            else
                emit1(c, "SK");
        } else if (i == 0 && !vowel(w, 3) && at(w, 3) != 'W') {
            emit(c, "X", "S"); /* "schmidt" against "smith" */
        } else {
            emit1(c, "X");
        }
    } else if (in(w, i + 2, "IEY")) {
        emit1(c, "S");
    } else {
        emit1(c, "SK");
    }
    return i + 3;
}

static pos rule_s(const word *w, code *c, pos i)
{
    if (seq(w, i - 1, 3, "ISLYSL")) /* silent: "island", "carlysle" */
        return i + 1;
    if (i == 0 && seq(w, 0, 5, "SUGAR")) {
        emit(c, "X", "S");
        return i + 1;
    }
    if (seq(w, i, 2, "SH")) {
        /* Germanic compounds "-sheim", "-shoek", "-sholm", "-sholz". */
        emit1(c, seq(w, i + 1, 4, "HEIMHOEKHOLMHOLZ") ? "S" : "X");
        return i + 2;
    }
    if (seq(w, i, 3, "SIOSIA") || seq(w, i, 4, "SIAN")) {
        /* Italian and Armenian "-sian", "-sio": SH unless Slavo-Germanic. */
        if (w->slavo)
            emit1(c, "S");
        else
            emit(c, "S", "X");
        return i + 3;
    }
    /* Initial "sm", "sn", "sl", "sw" (anglicised "schm-", "schn-"), and
     * Slavic "sz" (Hungarian reads it S): S or SH. */
    if ((i == 0 && in(w, i + 1, "MNLW")) || at(w, i + 1) == 'Z') {
        emit(c, "S", "X");
        return skip_double(w, i, 'Z');
    }
    if (seq(w, i, 2, "SC"))
        return rule_sc(w, c, i);
    /* French final "-ais", "-ois" ("resnais", "artois"): silent S. */
    if (i == w->n - 1 && seq(w, i - 2, 2, "AIOI"))
        emit(c, "", "S");
    else
        emit1(c, "S");
    return in(w, i + 1, "SZ") ? i + 2 : i + 1;
}

static pos rule_t(const word *w, code *c, pos i)
{
    if (seq(w, i, 4, "TION") || seq(w, i, 3, "TIATCH")) {
        emit1(c, "X");
        return i + 3;
    }
    if (seq(w, i, 2, "TH") || seq(w, i, 3, "TTH")) {
        /* "thomas", "thames" and Germanic names keep a plain T. */
        if (seq(w, i + 2, 2, "OMAM") || germanic_prefix(w))
            emit1(c, "T");
        else
            emit(c, "0", "T");
        return i + 2;
    }
    emit1(c, "T");
    return in(w, i + 1, "TD") ? i + 2 : i + 1;
}

static pos rule_w(const word *w, code *c, pos i)
{
    if (seq(w, i, 2, "WR")) { /* anywhere in the word */
        emit1(c, "R");
        return i + 2;
    }
    if (i == 0 && (vowel(w, 1) || seq(w, 0, 2, "WH"))) {
        /* "wasserman" against "vasserman"; "womo" against "uomo". */
        if (vowel(w, 1))
            emit(c, "A", "F");
        else
            emit1(c, "A");
        return i + 1;
    }
    /* Final W after a vowel, Polish "-ewski", "-owski", and Germanic
     * "sch-" names: silent, or an F ("arnow" against "arnoff"). */
    if ((i == w->n - 1 && vowel(w, i - 1)) ||
        seq(w, i - 1, 5, "EWSKIEWSKYOWSKIOWSKY") || seq(w, 0, 3, "SCH")) {
        emit(c, "", "F");
        return i + 1;
    }
    if (seq(w, i, 4, "WICZWITZ")) { /* "filipowicz" */
        emit(c, "TS", "FX");
        return i + 4;
    }
    return i + 1;
}

static pos rule_x(const word *w, code *c, pos i)
{
    if (i == 0) { /* "xavier": S */
        emit1(c, "S");
        return i + 1;
    }
    /* French final "-aux", "-eaux", "-oux" ("breaux"): silent. */
    if (!(i == w->n - 1 &&
          (seq(w, i - 3, 3, "IAUEAU") || seq(w, i - 2, 2, "AUOU"))))
        emit1(c, "KS");
    return in(w, i + 1, "CX") ? i + 2 : i + 1;
}

static pos rule_z(const word *w, code *c, pos i)
{
    if (at(w, i + 1) == 'H') { /* pinyin "zhao", "zhang": a J sound */
        emit1(c, "J");
        return i + 2;
    }
    /* Italian "-zzo", "-zzi", "-zza" and Slavo-Germanic Z may be TS. */
    if (seq(w, i + 1, 2, "ZOZIZA") ||
        (w->slavo && i > 0 && at(w, i - 1) != 'T'))
        emit(c, "S", "TS");
    else
        emit1(c, "S");
    return skip_double(w, i, 'Z');
}

/* W or K anywhere, or "cz" ("witz" contains a W already). */
static bool slavo_germanic(const word *w)
{
    for (pos i = 0; i < w->n; i++) {
        unsigned char c = at(w, i);
        if (c == 'W' || c == 'K' || (c == 'C' && at(w, i + 1) == 'Z'))
            return true;
    }
    return false;
}

void aka__dmetaphone_n(const char *s, size_t n, size_t maxlen, char *primary,
                       char *secondary)
{
    code c = { { primary, secondary }, { 0, 0 }, maxlen };
    word w = { (const unsigned char *)s, 0, false };

    /* Trim as the reference does (Java's String.trim: bytes <= ' '). */
    size_t lo = 0, hi = s != NULL ? n : 0;
    while (lo < hi && w.s[lo] <= ' ')
        lo++;
    while (hi > lo && w.s[hi - 1] <= ' ')
        hi--;
    w.s += lo;
    /* Positions are signed and the rules add small offsets to them; a
     * word of more than PTRDIFF_MAX / 2 bytes is cut there (no name is
     * that long, and only the start of a word can reach the keys). */
    size_t len = hi - lo;
    w.n = len > (size_t)(PTRDIFF_MAX / 2) ? PTRDIFF_MAX / 2 : (pos)len;
    w.slavo = slavo_germanic(&w);

    /* Initial "gn", "kn", "pn", "wr", "ps": the first letter is silent. */
    pos i = seq(&w, 0, 2, "GNKNPNWRPS") ? 1 : 0;
    while (i < w.n && !complete(&c)) {
        switch (at(&w, i)) {
        case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
            if (i == 0) /* only a leading vowel is kept, as A */
                emit1(&c, "A");
            i++;
            break;
        case 'B':
            emit1(&c, "P");
            i = skip_double(&w, i, 'B');
            break;
        case 'C': i = rule_c(&w, &c, i); break;
        case 'D': i = rule_d(&w, &c, i); break;
        case 'F':
            emit1(&c, "F");
            i = skip_double(&w, i, 'F');
            break;
        case 'G': i = rule_g(&w, &c, i); break;
        case 'H': i = rule_h(&w, &c, i); break;
        case 'J': i = rule_j(&w, &c, i); break;
        case 'K':
            emit1(&c, "K");
            i = skip_double(&w, i, 'K');
            break;
        case 'L': i = rule_l(&w, &c, i); break;
        case 'M': i = rule_m(&w, &c, i); break;
        case 'N':
            emit1(&c, "N");
            i = skip_double(&w, i, 'N');
            break;
        case 'P': i = rule_p(&w, &c, i); break;
        case 'Q':
            emit1(&c, "K");
            i = skip_double(&w, i, 'Q');
            break;
        case 'R': i = rule_r(&w, &c, i); break;
        case 'S': i = rule_s(&w, &c, i); break;
        case 'T': i = rule_t(&w, &c, i); break;
        case 'V':
            emit1(&c, "F");
            i = skip_double(&w, i, 'V');
            break;
        case 'W': i = rule_w(&w, &c, i); break;
        case 'X': i = rule_x(&w, &c, i); break;
        case 'Z': i = rule_z(&w, &c, i); break;
        default: /* not a letter: no sound */
            i++;
            break;
        }
    }
    primary[c.len[0]] = '\0';
    secondary[c.len[1]] = '\0';
}

void aka__dmetaphone(const char *s, size_t n, char primary[AKA__DMETA_MAX + 1],
                     char secondary[AKA__DMETA_MAX + 1])
{
    aka__dmetaphone_n(s, n, AKA__DMETA_MAX, primary, secondary);
}
