#include "match/thai_nick.h"

#include "core/wordlist.h"

/* Everyday names Thai people go by (ชื่อเล่น) as Latin letters spell
 * them, the commonest of them with their variant spellings and as RTGS
 * reads them from Thai letters (พลอย phloi, จอย choi): short words,
 * often English ones (Boy, Golf, Gift), that have nothing to do with the
 * given name on one's papers. Sorted (strcmp); tests/unit/test_thai.c
 * checks. */
static const char *const nicknames[] = {
    "a", "ae", "aen", "aey", "am", "ann", "anne", "aom", "aoy", "bam", "bank",
    "beam", "bee", "bell", "benz", "bew", "bird", "boat", "boi", "bom", "bon",
    "bow", "boy", "chai", "choi", "chompoo", "chompu", "daeng", "dang", "dao", "doy",
    "eak", "earth", "fa", "fah", "fai", "fang", "fern", "fluke", "foam", "fon",
    "gai", "game", "gift", "golf", "gop", "guy", "ice", "jeab", "jib", "joy",
    "jum", "kaew", "kai", "kik", "kob", "koong", "kop", "kung", "lek", "mai",
    "mam", "may", "meow", "mew", "mild", "mind", "mint", "mod", "mon", "mook",
    "mot", "muai", "muay", "nam", "nan", "neung", "new", "nid", "nik", "ning",
    "noi", "nok", "nong", "noon", "noy", "nu", "nueng", "nui", "num", "nut",
    "o", "oat", "oil", "oom", "pae", "paeng", "pang", "pat", "phloi", "pim",
    "ping", "pink", "ploi", "ploy", "pond", "poo", "pu", "pui", "puk", "som",
    "tae", "tan", "tao", "toey", "ton", "tong", "tuck", "tuk", "tum", "ying",
    "yok", "yui",
};

int aka__thai_nickname(const char *tok, size_t n)
{
    return aka__word_sorted_find(nicknames, sizeof nicknames / sizeof *nicknames,
                                 tok, n) >= 0;
}

int aka__thai_nicknames_sorted(void)
{
    return aka__words_sorted(nicknames, sizeof nicknames / sizeof *nicknames);
}
