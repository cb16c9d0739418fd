/* Vietnamese names in Japanese katakana (kana_vietnamese.h). Both sides
 * are read to one key, a syllable as katakana hears it: an initial
 * consonant, the vowels, a final consonant. The Latin syllable's
 * spellings that katakana cannot write give way to the sound it writes
 * (ng g, tr ch, th t, ph f, kh k, qu ku, c k, x s, l r, v b, h before u
 * f, gi, j and d d, y before a, o, u the y of ヤ, ユ, ヨ and else i, a final
 * ng and nh n, a final c and ch k: Chinese and Korean syllables read so
 * too, Liu Yang リウ・ヤン, Chen Jing チェン・ジン); the katakana's
 * own habits are undone (ヴ vu and ヴァ vua b, ズ z and ジ j d for the
 * Vietnamese d, トゥ tou tu, a doubled consonant before a final one, the
 * vowel after a final k, p, m and t, タイン tain for Thanh). */
#include "match/kana_vietnamese.h"

#include <string.h>

#include "match/letters.h"

/* A Vietnamese syllable has seven letters at most (nghiêng); katakana's
 * reading of one, a dozen (ヴィエット vuietto). */
#define LATIN_MAX 8
#define KANA_MAX 14
#define KEY_MAX 16

static int ends(const char *t, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && memcmp(t + n - k, p, k) == 0;
}

static void put(char *out, size_t *o, const char *s)
{
    for (; *s && *o < KEY_MAX; s++)
        out[(*o)++] = *s;
}

/* The initial consonants of a Latin syllable that katakana writes
 * otherwise, longest first. */
static const struct {
    const char *latin, *heard;
} initials[] = {
    {"ngh", "g"}, {"ng", "g"}, {"nh", "ny"}, {"tr", "ch"}, {"th", "t"}, {"ph", "f"},
    {"kh", "k"},  {"gh", "g"}, {"qu", "ku"}, {"ch", "ch"}, {"c", "k"},  {"x", "s"},
    {"l", "r"},   {"v", "b"},
};

/* The final consonants, longest first. */
static const struct {
    const char *latin, *heard;
} finals[] = {
    {"ng", "n"}, {"nh", "n"}, {"ch", "k"}, {"c", "k"}, {"n", "n"},
    {"m", "m"},  {"p", "p"},  {"t", "t"},
};

static size_t latin_key(const char *t, size_t n, char out[KEY_MAX + 1])
{
    if (n == 0 || n > LATIN_MAX)
        return 0;
    size_t o = 0, i = 0;
    if (aka__starts(t, n, "gi") && n > 2 && aka__vowel(t[2])) {
        put(out, &o, "d"); /* gi before a vowel is the d of the north */
        i = 2;
    } else if (t[0] == 'h' && n > 1 && t[1] == 'u') {
        put(out, &o, "f"); /* フ: katakana has no hu */
        i = 1;
    } else if (t[0] == 'j') {
        put(out, &o, "d"); /* ジ ji, as ズ zu, is katakana's d (Diệp ジエップ) */
        i = 1;
    } else if (t[0] == 'y' && n > 1 && t[1] != 'e') {
        put(out, &o, "y"); /* ヤ ya, ユ yu, ヨ yo; yê is イエ (Yến) */
        i = 1;
    } else {
        for (size_t k = 0; k < sizeof initials / sizeof initials[0]; k++)
            if (aka__starts(t, n, initials[k].latin)) {
                put(out, &o, initials[k].heard);
                i = strlen(initials[k].latin);
                break;
            }
        if (i == 0 && !aka__vowel_y(t[0])) {
            out[o++] = t[0];
            i = 1;
        }
    }
    size_t end = n;
    const char *fin = "";
    for (size_t k = 0; k < sizeof finals / sizeof finals[0]; k++)
        if (ends(t + i, n - i, finals[k].latin)) {
            fin = finals[k].heard;
            end = n - strlen(finals[k].latin);
            break;
        }
    if (end <= i)
        return 0;
    /* the vowels: uyê after the initial is ue (Nguyễn グエン), uy ui (Thủy
     * トゥイ), y i (Yến イエン) */
    for (size_t k = i; k < end; k++) {
        char c = t[k];
        if (!aka__vowel_y(c))
            return 0; /* not one syllable */
        if (c == 'y' && k > i && t[k - 1] == 'u' && k + 1 < end && t[k + 1] == 'e')
            continue;
        out[o++] = c == 'y' ? 'i' : c;
        if (o >= KEY_MAX)
            return 0;
    }
    put(out, &o, fin);
    return aka__undouble(out, o);
}

static size_t kana_key(const char *t, size_t n, char out[KEY_MAX + 1])
{
    if (n == 0 || n > KANA_MAX)
        return 0;
    char w[KEY_MAX + 1];
    size_t o = 0;
    for (size_t i = 0; i < n && o < KEY_MAX; i++) {
        char c = t[i], nx = i + 1 < n ? t[i + 1] : 0;
        if (c == 'v') {
            /* ヴァ vua, ヴィ vui: the u is the ヴ's own */
            w[o++] = 'b';
            if (nx == 'u' && i + 2 < n && aka__vowel(t[i + 2]))
                i++;
            continue;
        }
        /* トゥ tou, ドゥ dou: one syllable, tu, du */
        if ((c == 't' || c == 'd') && nx == 'o' && i + 2 < n && t[i + 2] == 'u') {
            w[o++] = c;
            w[o++] = 'u';
            i += 2;
            continue;
        }
        if (c == 's' && nx == 'h') {
            w[o++] = 's';
            i++;
            continue;
        }
        w[o++] = c == 'z' || c == 'j' ? 'd' : c;
    }
    /* a consonant doubled before the vowel katakana adds after a final
     * one (ック kku, ップ ppu, ット tto) */
    for (size_t i = 0; i + 1 < o; i++)
        if (w[i] == w[i + 1] && strchr("kpt", w[i])) {
            memmove(w + i, w + i + 1, o - i - 1);
            o--;
        }
    /* that vowel: u after a final k, p or m (ナム namu), o after t */
    if (o >= 3 && aka__vowel(w[o - 3]) &&
        ((w[o - 1] == 'u' && strchr("kpm", w[o - 2])) || (w[o - 1] == 'o' && w[o - 2] == 't')))
        o--;
    /* タイン tain, カイン kain: a final anh, written ain (no Vietnamese
     * syllable ends so) */
    if (o >= 3 && w[o - 3] == 'a' && w[o - 2] == 'i' && w[o - 1] == 'n') {
        w[o - 2] = 'n';
        o--;
    }
    memcpy(out, w, o);
    return aka__undouble(out, o);
}

int aka__vietnamese_kana_meets(const char *kana, size_t nk, const char *lat, size_t nl)
{
    char a[KEY_MAX + 1], b[KEY_MAX + 1];
    size_t na = kana_key(kana, nk, a), nb = latin_key(lat, nl, b);
    if (na < 2 || nb < 2)
        return 0;
    return na == nb && memcmp(a, b, na) == 0 ? 1 : -1;
}
