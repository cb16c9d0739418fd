/* Romanisation-invariant keys of one name token.
 *
 * Competing romanisations spell one name differently: Russian BGN
 * "Shchukin", German "Schtschukin", French "Chtchoukine", ISO 9 "Ščukin"
 * (which Latin-ASCII makes "scukin"); Yuliya / Iuliia / Julija / Ioulia;
 * Zelenskyy / Zelenskiy / Selenskyj. Three keys, each coarser than the last,
 * let the matcher see through that:
 *
 *   rkey      rewrites the spellings of one sound to one form (shch, szcz,
 *             schtsch -> "sc"; sh, sch, sz -> "s"; ch, tch, tsch, cz -> "c";
 *             kh -> "h"; ts, tz -> "c"; w -> "v"; ph -> "f"; ou -> "u";
 *             x -> "ks", but Pinyin's initial x -> "s"; y, j, i before a
 *             vowel at the start or between vowels -> the glide "j", else
 *             "i"; final -iy/-ii/-ij -> "i"; -al-din, -uddin -> "udin";
 *             doubled letters once ...). Two tokens with one rkey are the
 *             same name.
 *   lkey      rkey with voicing and place merged (k/g/q, t/d/dh, p/b,
 *             f/v, s/z/c, l/r) and vowels reduced to a, i (e, i), u (o, u), so
 *             that Pinyin and Wade-Giles, Korean RR and McCune-Reischauer,
 *             and foreign names written phonetically in Japanese or Korean
 *             (l/r merged) meet. Equal lkeys are phonetic evidence.
 *   skeleton  the consonants of lkey (a final h dropped): for tokens
 *             romanised from scripts that write no short vowels (Arabic
 *             "mhmd", Hebrew "dvd").
 *
 * Input is one lower-case ASCII token (letters and digits) as the
 * normaliser emits it. Outputs are NUL-terminated and at most
 * AKA__KEY_MAX bytes; longer input is cut (names are short; the cut only
 * makes two very long tokens compare by their first 47 sounds). */
#ifndef AKA_MATCH_KEYS_H
#define AKA_MATCH_KEYS_H

#include <stddef.h>

#define AKA__KEY_MAX 48

/* `tok` is lower-case ASCII, but for 'J', a consonant j that the glide
 * rules leave alone, and 'H', an h that is always a letter (both for
 * aka__rkey_arabic). */
void aka__rkey(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);
/* aka__rkey of a token of unpointed Hebrew whose vowel letters have been
 * read as vowels: every h there is a letter (ח, or ה inside a word: כוהן
 * "kohn", Cohen; יוחנן "yohnan", Yohanan), never the silent h of Ohno. */
void aka__rkey_hebrew(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);
/* aka__rkey into `out` and aka__rkey_hebrew into `heb` of one token, its
 * spellings read once: a token in Latin letters needs both (nameform.c).
 * Returns 1 when the two are equal for want of an h (most tokens), else
 * 0 (they may still be equal). */
int aka__rkey_twice(const char *tok, size_t n, char out[AKA__KEY_MAX + 1],
                    char heb[AKA__KEY_MAX + 1]);
/* aka__rkey of a token romanised from Arabic script (as the normaliser
 * writes it): a letter doubled there is two consonants with an unwritten
 * vowel or ayn between, ي at the start and after ا the consonant y. */
void aka__rkey_arabic(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);
/* The first c of tok[0..n) before a, o, u, l, r or t, or ch before r or
 * l (a hard c in most languages that write Latin letters), or -1. */
int aka__hard_c_at(const char *tok, size_t n);
/* tok[0..n) (at most AKA__KEY_MAX bytes of it) with every such c or ch
 * read as k, NUL-terminated; returns its length. */
size_t aka__hard_c_as_k(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);
/* aka__rkey of tok[0..n) with every such c read as k: Costa as Коста
 * writes it. */
void aka__rkey_hard_c(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);
void aka__lkey(const char *rkey, char out[AKA__KEY_MAX + 1]);
/* aka__lkey of an aka__rkey_hebrew: a d + h there is ד + ה, two letters
 * (דהן "dhn" is Dahan), where in a Latin spelling it is one (Qadhafi). */
void aka__lkey_hebrew(const char *rkey, char out[AKA__KEY_MAX + 1]);
void aka__skeleton(const char *lkey, char out[AKA__KEY_MAX + 1]);

/* Japanese romanisations of one name differ in ways no other language's
 * do: Kunrei-shiki and Nihon-shiki write si ti tu hu zi sya tya zya where
 * Hepburn writes shi chi tsu fu ji sha cha ja (Tuda / Tsuda, Huzita /
 * Fujita, Zyunko / Junko), and long vowels are marked by a macron, a
 * circumflex (both gone after Latin-ASCII), a doubled vowel or a silent h
 * (Ōno, Ôno, Oono, Ohno, Ono; Itou, Itoh, Ito). These rewrites would spoil
 * names of other languages, so they are made only on a token of 3+
 * letters that reads entirely as Japanese syllables, and only for the
 * comparison of two such tokens.
 *
 * Returns a hash (never 0) of the token rewritten to Hepburn without
 * long vowels, or 0 when the token is not a run of Japanese syllables.
 * Two tokens with one non-zero jkey are one Japanese name. */
unsigned aka__jkey(const char *tok, size_t n);

/* The Hepburn form aka__jkey hashes, written to out (NUL-terminated);
 * returns its length, or 0 when the token is not Japanese (for tests). */
size_t aka__ja_hepburn(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);

/* Indonesian names are still written in the Dutch-based spellings of
 * before 1947 and 1972, in documents and by their bearers: oe for u
 * (Soekarno, Koesoema), dj for j (Djoko), tj for c (Tjahaja), j for y
 * (Soerjani, Njoman), ch for kh (Chairul). A token that shows oe before a
 * consonant, dj or tj is rewritten to the spelling of 1972 (Sukarno,
 * Kusuma, Joko, Cahaya, Suryani, Nyoman, Khairul); aka__ikey returns a
 * hash (never 0) of that, or 0 for a token without those signs, and
 * aka__ikey_plain the same hash of a token as it is, so that a rewritten
 * token meets the other written in the new spelling. These are not rkey
 * rules: Thai RTGS writes oe for another vowel (เลิศ loet) and a Cyrillic
 * оэ is two (Коэн Koen, Cohen). aka__eyd_spelling writes the rewritten
 * token (NUL-terminated; for tests) and returns its length, or 0. */
unsigned aka__ikey(const char *tok, size_t n);
unsigned aka__ikey_plain(const char *tok, size_t n);
size_t aka__eyd_spelling(const char *tok, size_t n, char out[AKA__KEY_MAX + 1]);

/* Latin letters that another orthography reads otherwise than English,
 * so that a name written by it and its English spelling share no rkey.
 * Reading 0:
 * - Somali's: x is the h of Arabic ح and c its ayin, which English leaves
 *   out (Maxamed Mahamed, Cabdiraxmaan Abdirahman, Saciid Said). A word
 *   is read so when it has an x (not the Albanian xh, nor the Pinyin x of
 *   a first xi, xu), or a c (not in ch) or a first xi, xu, and a doubled
 *   vowel (Cabdullaahi, Xuseen); Cali alone is left alone.
 * - else German, Polish and Czech: ch is the kh of Russian х, Arabic خ
 *   and Mongolian х, where English writes ch for ч (Achmed Akhmed,
 *   Muchtar, Rachmaninow, Undrach). A ch after a vowel is read so; not at
 *   a word's start (Chan is no Khan), nor the final -ich, -ych of an
 *   English patronymic (Petrovich is not Petrovykh).
 * Reading 1, French: ch is sh (Rachid Rashid, Choukri Shukri; not in tch
 * or sch), ou before or after a vowel w (Ouafa Wafa, Taoufik Tawfiq).
 * aka__other_spelling writes the token respelled by reading `which`
 * (NUL-terminated) and returns its length, or 0 when it does not apply;
 * aka__other_reading the same for its rkey. aka__other_key packs an 8-bit
 * hash (never 0) of each reading's rkey, reading 0 in the low byte, 0 for
 * none; a token that reads as one Mandarin syllable or as Japanese
 * (`asian`: Chen, Chan, Ichikawa) gets no French one, for Chen is no Shen
 * and Ichikawa no Ishikawa. aka__other_key_of_rkey is that
 * hash of an rkey, so that a unit's keys sift the other's rkey before a
 * reading is made again. */
size_t aka__other_spelling(const char *tok, size_t n, int which,
                           char out[AKA__KEY_MAX + 1]);
size_t aka__other_reading(const char *tok, size_t n, int which,
                          char out[AKA__KEY_MAX + 1]);
unsigned aka__other_key(const char *tok, size_t n, int asian);
unsigned aka__other_key_of_rkey(const char *rkey, size_t n);

/* Turkish and Azerbaijani c is the j of English spellings (Cəfərov
 * Jafarov, Cavid Javid); the normaliser keeps it c. Writes text[0..n)
 * with every c that does not open a ch as j into out (n bytes, no NUL)
 * and returns how many it changed. Read only for names that a letter
 * marks as Turkic (nameform.turkic): Camila is no Jamila. */
size_t aka__turkic_spelling(const char *text, size_t n, char *out);

/* Korean names are romanised in Revised Romanization (정 jeong, 은 eun,
 * 희 hui), McCune-Reischauer, whose breves Latin-ASCII drops (chong, un,
 * hui), and customary spellings (Chung, Eun, Hee, Moon). Returns a hash
 * (never 0) of the token with those spellings merged: o, u, eo, eu, oo,
 * ou as one vowel; ui and ee as i; ae as e; voiced and voiceless stops,
 * l and r, ch and j as one consonant each; doubled letters once. Meant
 * only for a token compared with one romanised from Hangul (on two Latin
 * names it would merge Song and Seong, two surnames). Since o and u are
 * merged, which customary spellings of ㅓ need (Chung, Sung), 연 yeon and
 * 윤 yun meet too. */
unsigned aka__kkey(const char *tok, size_t n);

/* aka__kkey for two names both in Latin letters, each with a Korean
 * family name (match/korean_latin.h): a lone o stays apart from u, since
 * RR writes ㅗ o and ㅜ u (Sojin and Sujin are two names), while ㅓ and ㅡ
 * (eo, eu), the customary u, oo and uh, ui and ee, and the consonants are
 * merged as aka__kkey merges them: Heejin / Huijin, Miseo / Misuh,
 * Jihoon / Chihun. McCune-Reischauer's ŏ, o in ASCII, then meets only
 * RR's o. */
unsigned aka__kkey_latin(const char *tok, size_t n);

/* Thai names are written in Latin by RTGS, which spells the letters'
 * sounds (พร "phon", ภูมิพล "phumiphon"), and by their bearers, who often
 * spell the letters' Sanskrit or Pali origin (Sudaporn, Bhumibol,
 * Vejjajiva). Returns a hash (never 0) of the token with the differences
 * merged: aspirated and plain stops (ph p bh b, th t dh d, kh k g) as one;
 * v and w; ch, sh and j; a final consonant by the sound Thai gives it
 * (r l n as n, j ch s d t as t, b p as p, g k as k), so "-porn" and
 * "-phon" meet; r after a first consonant (Somsri, Somsi); ee as i, oo as
 * u; doubled letters once. Meant only for a token compared with one
 * romanised from Thai script. */
unsigned aka__tkey(const char *tok, size_t n);

/* Chinese names are written in Hanyu Pinyin, Wade-Giles (Ch'en
 * Ch'uan-kuo, its apostrophes and umlauts often dropped: Chen Chuan-kuo,
 * Hsu) and Tongyong Pinyin (Jhang, Sin), joined or split by syllable
 * (Xiaoming, Hsiao-ming). A token that reads entirely as Mandarin
 * syllables of these systems is rewritten syllable by syllable to one
 * key, each initial as the class of its spellings (WG ch = Pinyin zh,
 * ch, j, q; hs = x; ts, tz = z, c; j before a, e, o = r; p, t, k = b, d,
 * g) and each final in Pinyin's form (ieh ie, ien ian, ung ong, ih i,
 * erh er; o after k and h e), so that Chen Quanguo and Ch'en Ch'uan-kuo,
 * Jiang and Chiang, Rong and Jung share keys, and Zhou / Zhu, Zhang /
 * Zhuang, Xiaoming / Xiaoping do not.
 *
 * aka__zkey returns a hash of that key (never 0): its high 16 bits hash
 * the initials, its low 16 bits the finals; or 0 when the token is not
 * a run of Mandarin syllables. *info (when not NULL) is set to the
 * number of syllables times 4, plus 2 when the token is Pinyin for
 * certain (q, x or zh, which no other system writes), plus 1 when a
 * syllable is spelled as hardly any other language spells (zh, x, q, hs,
 * ts, ch, a final ng, uo, WG ih, ieh, ien): a hint that it is Chinese.
 * aka__zh_syllables writes the key itself (NUL-terminated; for tests)
 * and returns its length, or 0; *marked as *info without the Pinyin bit. */
unsigned aka__zkey(const char *tok, size_t n, int *info);
size_t aka__zh_syllables(const char *tok, size_t n, int *marked,
                         char out[AKA__KEY_MAX + 1]);
/* 1 when two different zkeys differ in their initials only or in their
 * finals only (Zhou / Zhu, Xiaoming / Xiaoping): in Chinese these are
 * other names, not other spellings. 0 when both differ (Tsung-dao /
 * Zhengdao, an idiosyncratic spelling, or another name altogether). */
int aka__zh_minimal_pair(unsigned x, unsigned y);

/* Vowels (a e i o u y) in tok: a token with none or one in a long word
 * was probably romanised from an abjad. */
int aka__vowel_count(const char *tok, size_t n);

/* Arabic script writes a name's long vowels (ا a, ي i) and leaves out its
 * short ones, so between two consonants where the lkey `ar` of a token in
 * Arabic script has a vowel, the other spelling has one of its class too
 * (a; i, e; u, o): رشيد (Rashid) is not Rashad, هاشم (Hashem) not Hisham.
 * `ar` and `o` are lkeys of one consonant skeleton; 1 when they agree so,
 * or when their consonants do not line up one for one. The a that
 * aka__rkey_arabic writes between two letters alike is no letter of the
 * name and constrains nothing, nor do a leading and a final vowel (the
 * seat of hamza, and the endings other rules weigh). */
int aka__abjad_vowels_agree(const char *ar, const char *o);
/* The other way: the rkey `o` has the diphthong ai or ei between two
 * consonants where the rkey `ar` of a token in Arabic script has no vowel
 * letter, though the script writes that diphthong with ي: سعد (Saad) is
 * not Said, حسن (Hassan) not Hussein. 0 when their consonants do not
 * line up one for one. (A lone vowel there proves nothing: Latin
 * spellings write the short vowels, and aa, ee or oo the ayn or a
 * doubled letter too.) */
int aka__abjad_diphthong_unwritten(const char *ar, const char *o);

/* 1 when the rewrite rules are grouped as rule_start says and their
 * second letters are in rule_next (for tests). */
int aka__rkey_rules_grouped(void);

/* The token t[0..n) with an h said between two vowels, the next such
 * place from *at on (a 0 *at starts at the first), into out (n + 1 bytes
 * and a NUL); *at is moved past it. Returns the length, 0 when no place
 * is left. Scripts without the sound leave the h out: Greek Ιμπραήμ
 * `impraim` (Ibrahim), Russian Коэн `koen` (Cohen). */
size_t aka__h_between_vowels(const char *t, size_t n, size_t *at,
                             char out[AKA__KEY_MAX + 2]);

#endif
