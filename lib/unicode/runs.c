#include "unicode/runs.h"

aka_status aka__script_runs_read(const aka__script_runs *s, UChar *t,
                                 int32_t n, aka__sb *out)
{
    aka_status st = AKA_OK;
    int in_token = 0;
    for (int32_t i = 0; i < n && st == AKA_OK;) {
        UChar c = t[i];
        char ascii = 0;
        if (c >= s->digit0 && c <= s->digit0 + 9)
            ascii = (char)('0' + (c - s->digit0));
        else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            ascii = (char)c;
        else if (c >= 'A' && c <= 'Z')
            ascii = (char)(c + 32);
        if (!ascii && !s->is_text(c)) {
            in_token = 0;
            i++;
            continue;
        }
        size_t before = out->len;
        int spaced = !in_token && out->len > 0 && out->p[out->len - 1] != ' ';
        if (spaced)
            st = aka__sb_append_char(out, ' ');
        if (st != AKA_OK)
            break;
        if (ascii) {
            st = aka__sb_append_char(out, ascii);
            in_token = 1;
            i++;
            continue;
        }
        int32_t j = i;
        while (j < n && s->is_text(t[j]))
            j++;
        st = s->read(t, i, j, s->ctx, out);
        i = j;
        /* Signs alone (tone marks, a stray coeng) have no sound: no
         * empty token. */
        if (st == AKA_OK && spaced && out->len == before + 1) {
            out->len = before;
            out->p[before] = '\0';
        } else if (out->len > before) {
            in_token = 1;
        }
    }
    return st;
}

aka_status aka__script_runs_read_unjoined(const aka__script_runs *s,
                                          const UChar *p, int32_t len,
                                          aka__u16 *tmp, aka__sb *out)
{
    aka_status st = aka__u16_reserve(tmp, len + 1);
    if (st != AKA_OK)
        return st;
    int32_t n = 0;
    for (int32_t i = 0; i < len; i++)
        if (!aka__is_joiner(p[i]))
            tmp->p[n++] = p[i];
    tmp->len = n;
    return aka__script_runs_read(s, tmp->p, n, out);
}
