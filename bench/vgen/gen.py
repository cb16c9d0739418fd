#!/usr/bin/env python3
"""vgen: synthetic person records for entity-resolution tests.

Writes a CSV of records about people as several fictional agencies
(police units, border services, NGOs, shelters, financial-intelligence
units, helplines) in many countries would have written them, each with
its own script, romanisation, name order, date, phone and nationality
habits, plus typos, OCR damage, partial or swapped dates, namesakes,
twins, married names, aliases and shared phones.  The `truth` column is
the id of the person a record was generated from.

    python3 gen.py --people 4000 --seed 1 --out v1.csv [--stats]

Standard library only; the output depends only on --people and --seed.
"""

import argparse
import csv
import datetime
import sys
import unicodedata
import random

COLUMNS = ["source", "record_id", "truth", "name", "name_2", "given_name",
           "family_name", "date_of_birth", "gender", "nationality",
           "passport", "passport_2", "phone", "phone_2", "email", "address",
           "place_of_birth"]


# ---------------------------------------------------------------------------
# 1. Small helpers
# ---------------------------------------------------------------------------

def wpick(rng, pairs):
    """Pick from [(value, weight), ...]."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def skew(rng, seq, bias=0.55):
    """Pick from seq, favouring earlier items (the usual spelling first)."""
    if len(seq) == 1:
        return seq[0]
    i = 0
    while i < len(seq) - 1 and rng.random() > bias:
        i += 1
    return seq[i]


def cap(s):
    """Capitalise the first letter only (str.title() breaks on apostrophes)."""
    return s[:1].upper() + s[1:] if s else s


# letters that NFD does not take apart
_FOLD = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ß": "ss",
         "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ŋ": "ng", "ɗ": "d",
         "Ɗ": "D", "ɓ": "b", "Ɓ": "B", "ƙ": "k", "Ƙ": "K", "ƴ": "y",
         "Ƴ": "Y", "ʻ": "'", "ʼ": "'", "’": "'", "ð": "d", "þ": "th"}


def ascii_fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def is_latin(s):
    for c in s:
        if c.isalpha():
            name = unicodedata.name(c, "")
            if not (name.startswith("LATIN") or name.startswith("MODIFIER LETTER")):
                return False
    return True


def tr_upper(s):
    """Turkish upper case: i -> İ, ı -> I."""
    return s.replace("i", "İ").replace("ı", "I").upper()


# ICAO 9303 machine-readable zone: recommended transcription of diacritics
_MRZ = {"Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Ü": "UE",
        "ß": "SS", "Þ": "TH", "Ð": "D", "Ł": "L", "İ": "I", "Ĳ": "IJ"}


def mrz_text(s, umlaut_long=True):
    s = s.upper()
    out = []
    for c in s:
        if umlaut_long and c in _MRZ:
            out.append(_MRZ[c])
        else:
            out.append(c)
    s = ascii_fold("".join(out)).upper()
    s = s.replace("'", "").replace("-", "<").replace(" ", "<").replace(".", "")
    return "".join(c for c in s if c.isalnum() or c == "<")


# ---------------------------------------------------------------------------
# 2. Transliteration
# ---------------------------------------------------------------------------

# --- 2a. Cyrillic -----------------------------------------------------------
# National Cyrillic alphabets are first reduced to Russian letters when a
# foreign agency writes the name the Russian way ("russify"), then one of the
# Russian-to-Latin schemes below is applied.

RUSSIFY = {
    "uz": {"ў": "у", "қ": "к", "ғ": "г", "ҳ": "х"},
    "kk": {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у",
           "ү": "у", "һ": "х", "і": "и"},
    "ky": {"ң": "н", "ө": "о", "ү": "у"},
    "tg": {"ғ": "г", "ӣ": "и", "қ": "к", "ӯ": "у", "ҳ": "х", "ҷ": "дж"},
    "mn": {"ө": "о", "ү": "у"},
    "ru": {},
}

CYR_VOWELS = set("аеёиоуыэюяәөүұіӣӯ")

# Russian letters -> Latin.  Entries for е ё ю я are (after consonant,
# initial or after vowel / soft sign).
RU_SCHEMES = {
    # ICAO 9303 as in Russian-issued passports since 2013
    "icao": dict(а="a", б="b", в="v", г="g", д="d", е=("e", "e"), ё=("e", "e"),
                 ж="zh", з="z", и="i", й="i", к="k", л="l", м="m", н="n",
                 о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="kh",
                 ц="ts", ч="ch", ш="sh", щ="shch", ъ="ie", ы="y", ь="",
                 э="e", ю=("iu", "iu"), я=("ia", "ia"), дж="dzh"),
    # English-language press / BGN-like
    "en": dict(а="a", б="b", в="v", г="g", д="d", е=("e", "ye"), ё=("yo", "yo"),
               ж="zh", з="z", и="i", й="y", к="k", л="l", м="m", н="n",
               о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="kh",
               ц="ts", ч="ch", ш="sh", щ="shch", ъ="", ы="y", ь="",
               э="e", ю=("yu", "yu"), я=("ya", "ya"), дж="j"),
    "fr": dict(а="a", б="b", в="v", г="g", д="d", е=("e", "e"), ё=("io", "io"),
               ж="j", з="z", и="i", й="i", к="k", л="l", м="m", н="n",
               о="o", п="p", р="r", с="s", т="t", у="ou", ф="f", х="kh",
               ц="ts", ч="tch", ш="ch", щ="chtch", ъ="", ы="y", ь="",
               э="e", ю=("iou", "iou"), я=("ia", "ia"), дж="dj"),
    "de": dict(а="a", б="b", в="w", г="g", д="d", е=("e", "je"), ё=("jo", "jo"),
               ж="sh", з="s", и="i", й="i", к="k", л="l", м="m", н="n",
               о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="ch",
               ц="z", ч="tsch", ш="sch", щ="schtsch", ъ="", ы="y", ь="",
               э="e", ю=("ju", "ju"), я=("ja", "ja"), дж="dsch"),
    "pl": dict(а="a", б="b", в="w", г="g", д="d", е=("e", "je"), ё=("io", "jo"),
               ж="ż", з="z", и="i", й="j", к="k", л="l", м="m", н="n",
               о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="ch",
               ц="c", ч="cz", ш="sz", щ="szcz", ъ="", ы="y", ь="",
               э="e", ю=("iu", "ju"), я=("ia", "ja"), дж="dż"),
    "cz": dict(а="a", б="b", в="v", г="g", д="d", е=("e", "je"), ё=("jo", "jo"),
               ж="ž", з="z", и="i", й="j", к="k", л="l", м="m", н="n",
               о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="ch",
               ц="c", ч="č", ш="š", щ="šč", ъ="", ы="y", ь="",
               э="e", ю=("ju", "ju"), я=("ja", "ja"), дж="dž"),
    "tr": dict(а="a", б="b", в="v", г="g", д="d", е=("e", "ye"), ё=("yo", "yo"),
               ж="j", з="z", и="i", й="y", к="k", л="l", м="m", н="n",
               о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="h",
               ц="ts", ч="ç", ш="ş", щ="şç", ъ="", ы="ı", ь="",
               э="e", ю=("yu", "yu"), я=("ya", "ya"), дж="c"),
    "es": dict(а="a", б="b", в="v", г="g", д="d", е=("e", "ye"), ё=("yo", "yo"),
               ж="zh", з="z", и="i", й="i", к="k", л="l", м="m", н="n",
               о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="j",
               ц="ts", ч="ch", ш="sh", щ="sch", ъ="", ы="y", ь="",
               э="e", ю=("iu", "yu"), я=("ia", "ya"), дж="y"),
}
RU_SCHEMES["pt"] = dict(RU_SCHEMES["en"])

# National Cyrillic -> Latin systems (letters not listed fall back to icao)
NAT_SCHEMES = {
    # Uzbek Latin orthography (1995, with the 2018 turned comma)
    "uz": dict(е=("e", "ye"), ё=("yo", "yo"), ж="j", й="y", х="x", ц="ts",
               ч="ch", ш="sh", ъ="ʼ", ь="", ю=("yu", "yu"), я=("ya", "ya"),
               ў="oʻ", қ="q", ғ="gʻ", ҳ="h", дж="j"),
    # Kazakh Latin alphabet of 2021
    "kk": dict(ә="ä", ғ="ğ", қ="q", ң="ñ", ө="ö", ұ="ū", ү="ü", һ="h", і="ı",
               ы="y", ж="j", ш="ş", ч="ç", й="i", х="h", ц="ts",
               ю=("iu", "iu"), я=("ia", "ia"), е=("e", "e"), ё=("io", "io"),
               щ="ş", ъ="", ь=""),
    # Mongolian, scholarly style with ö ü
    "mn": dict(ө="ö", ү="ü", х="kh", ж="j", ц="ts", е=("ye", "ye"),
               ё=("yo", "yo"), ю=("yu", "yu"), я=("ya", "ya"), й="i", ы="y",
               ь="i", ъ="i"),
    # Tajik, unofficial Latin
    "tg": dict(ғ="gh", ӣ="i", қ="q", ӯ="u", ҳ="h", ҷ="j", х="kh", ж="zh",
               е=("e", "ye"), ё=("yo", "yo"), ю=("yu", "yu"), я=("ya", "ya"),
               й="y"),
    "ky": dict(ң="ng", ө="ö", ү="ü", ж="j", й="y", е=("e", "e"),
               ю=("yu", "yu"), я=("ya", "ya")),
}
# Passport (ICAO) practice of each issuing country for its own letters
PASSPORT_SCHEMES = {
    "uz": NAT_SCHEMES["uz"],
    "kk": dict(ә="a", ғ="g", қ="k", ң="n", ө="o", ұ="u", ү="u", һ="h", і="i"),
    "ky": dict(ң="n", ө="o", ү="u", й="i", ю=("iu", "iu"), я=("ia", "ia")),
    "tg": dict(ғ="gh", ӣ="i", қ="q", ӯ="u", ҳ="h", ҷ="j", й="y",
               е=("e", "ye"), ю=("yu", "yu"), я=("ya", "ya"), ё=("yo", "yo")),
    # Mongolian passports (MNS 5217:2012): ө and ү both become U
    "mn": dict(ө="u", ү="u", х="kh", ж="j", ц="ts", е=("ye", "ye"),
               ё=("yo", "yo"), ю=("yu", "yu"), я=("ya", "ya"), й="i", ы="y",
               ь="i", ъ="i"),
    "ru": {},
}


def cyr_to_latin(s, table, base=None):
    """Transliterate Cyrillic text with `table` (falling back to `base`)."""
    if base is None:
        base = RU_SCHEMES["icao"]
    out = []
    i = 0
    prev = " "
    while i < len(s):
        ch = s[i]
        lo = ch.lower()
        two = s[i:i + 2].lower()
        if two == "дж" and ("дж" in table or "дж" in base):
            rep = table.get("дж", base.get("дж"))
            step = 2
        elif lo in table or lo in base:
            rep = table.get(lo, base.get(lo))
            step = 1
        else:
            out.append(ch)
            prev = lo
            i += 1
            continue
        if isinstance(rep, tuple):
            soft = (prev in CYR_VOWELS or prev in "ьъ" or not prev.isalpha())
            rep = rep[1] if soft else rep[0]
        if ch.isupper() and rep:
            nxt = s[i + step:i + step + 1]
            if nxt and nxt.islower():
                rep = cap(rep)
            else:
                rep = rep.upper()
        out.append(rep)
        prev = s[i + step - 1].lower()
        i += step
    return "".join(out)


def ru_romanise(s, scheme):
    """Russian-style Cyrillic to Latin with a few language-specific tweaks."""
    t = RU_SCHEMES[scheme]
    r = cyr_to_latin(s, t, t)
    if scheme == "fr":
        # French keeps "s" voiceless between vowels with "ss", hardens g
        r = _between_vowels(r, "s", "ss")
        r = r.replace("ge", "gue").replace("gi", "gui")
    if scheme == "de":
        r = _between_vowels(r, "s", "ss")
    return r


def _between_vowels(s, a, b):
    v = set("aeiouyAEIOUY")
    out = []
    for i, c in enumerate(s):
        if c == a and 0 < i < len(s) - 1 and s[i - 1] in v and s[i + 1] in v:
            out.append(b)
        else:
            out.append(c)
    return "".join(out)


def russify(s, lang):
    m = RUSSIFY.get(lang, {})
    return "".join(m.get(c.lower(), c.lower()).capitalize() if c.isupper()
                   and m.get(c.lower()) else m.get(c, c) for c in s)


# --- 2b. Turkmen Latin -> Russian Cyrillic --------------------------------

_TK_CYR = [("ýa", "я"), ("ýu", "ю"), ("ýe", "е"), ("ýo", "ё"), ("a", "а"),
           ("b", "б"), ("ç", "ч"), ("d", "д"), ("e", "е"), ("ä", "а"),
           ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "дж"),
           ("ž", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
           ("ň", "н"), ("o", "о"), ("ö", "о"), ("p", "п"), ("r", "р"),
           ("s", "с"), ("ş", "ш"), ("t", "т"), ("u", "у"), ("ü", "у"),
           ("w", "в"), ("y", "ы"), ("ý", "й"), ("z", "з")]


def tk_to_cyr(s):
    out = []
    i = 0
    low = s.lower()
    while i < len(s):
        for lat, cyr in _TK_CYR:
            if low.startswith(lat, i):
                rep = cyr
                if lat == "e" and (i == 0 or not low[i - 1].isalpha()):
                    rep = "э"
                if s[i].isupper():
                    rep = cap(rep)
                out.append(rep)
                i += len(lat)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def tk_fold(s):
    """Turkmen Latin in an ASCII-only passport zone."""
    return ascii_fold(s.replace("ý", "y").replace("Ý", "Y"))


def tk_english(s):
    m = {"ç": "ch", "ş": "sh", "ž": "zh", "ý": "y", "ň": "n", "ä": "a",
         "ö": "o", "ü": "u", "w": "v", "Ç": "Ch", "Ş": "Sh", "Ž": "Zh",
         "Ý": "Y", "Ä": "A", "Ö": "O", "Ü": "U", "W": "V"}
    return "".join(m.get(c, c) for c in s)


# --- 2c. Romanian / Moldovan Latin -> Russian-style Cyrillic ---------------

_RO_CYR = [("chi", "ки"), ("che", "ке"), ("ghi", "ги"), ("ghe", "ге"),
           ("cia", "ча"), ("cio", "чо"), ("ciu", "чу"), ("gia", "джа"),
           ("gio", "джо"), ("giu", "джу"), ("ce", "че"), ("ci", "чи"),
           ("ge", "дже"), ("gi", "джи"), ("ea", "я"), ("ia", "ия"),
           ("iu", "ю"), ("ie", "ие"), ("a", "а"), ("ă", "э"), ("â", "ы"),
           ("î", "ы"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"),
           ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "ж"),
           ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
           ("p", "п"), ("r", "р"), ("s", "с"), ("ș", "ш"), ("ş", "ш"),
           ("t", "т"), ("ț", "ц"), ("ţ", "ц"), ("u", "у"), ("v", "в"),
           ("x", "кс"), ("y", "и"), ("z", "з"), ("w", "в")]


def ro_to_cyr(s):
    out = []
    low = s.lower()
    i = 0
    while i < len(s):
        for lat, cyr in _RO_CYR:
            if low.startswith(lat, i):
                rep = cyr
                if lat == "e" and (i == 0 or low[i - 1] in "aeiouăâî "):
                    rep = "е"
                if lat == "ii" and i + 2 == len(s):
                    rep = "ий"
                if s[i].isupper():
                    rep = cap(rep)
                out.append(rep)
                i += len(lat)
                break
        else:
            out.append(s[i])
            i += 1
    r = "".join(out)
    if r.endswith("ии"):
        r = r[:-1] + "й"
    return r


# --- 2d. Albanian -> Serbian Latin / Cyrillic (old Yugoslav documents) ----

_SQ_SR = [("xh", "dž", "џ"), ("zh", "ž", "ж"), ("sh", "š", "ш"),
          ("gj", "đ", "ђ"), ("dh", "d", "д"), ("th", "t", "т"),
          ("ll", "l", "л"), ("nj", "nj", "њ"), ("rr", "r", "р"),
          ("ç", "č", "ч"), ("q", "ć", "ћ"), ("ë", "e", "е"), ("y", "i", "и"),
          ("x", "dz", "дз"), ("a", "a", "а"), ("b", "b", "б"),
          ("c", "c", "ц"), ("d", "d", "д"), ("e", "e", "е"), ("f", "f", "ф"),
          ("g", "g", "г"), ("h", "h", "х"), ("i", "i", "и"), ("j", "j", "ј"),
          ("k", "k", "к"), ("l", "l", "л"), ("m", "m", "м"), ("n", "n", "н"),
          ("o", "o", "о"), ("p", "p", "п"), ("r", "r", "р"), ("s", "s", "с"),
          ("t", "t", "т"), ("u", "u", "у"), ("v", "v", "в"), ("z", "z", "з")]


def sq_to_serbian(s, cyrillic=False):
    out = []
    low = s.lower()
    i = 0
    while i < len(s):
        for sq, lat, cyr in _SQ_SR:
            if low.startswith(sq, i):
                rep = cyr if cyrillic else lat
                if s[i].isupper():
                    rep = cap(rep)
                out.append(rep)
                i += len(sq)
                break
        else:
            out.append(s[i])
            i += 1
    r = "".join(out)
    if r.lower().endswith("e") and s.lower().endswith("ë"):
        r = r[:-1]          # a final ë is silent and often dropped
    return r


# --- 2e. Japanese kana -> romaji -------------------------------------------

_KANA = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "を": "o", "ん": "n",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
}
_KUNREI = {"shi": "si", "chi": "ti", "tsu": "tu", "fu": "hu", "ji": "zi"}
_SMALL = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


def _kana_syllables(kana, kunrei):
    """List of romaji syllables; '' marks a geminating small tsu."""
    syl = []
    i = 0
    while i < len(kana):
        k = kana[i]
        if k == "っ":
            syl.append("")
            i += 1
            continue
        r = _KANA[k]
        if kunrei:
            r = _KUNREI.get(r, r)
        if i + 1 < len(kana) and kana[i + 1] in _SMALL:
            v = _SMALL[kana[i + 1]]
            stem = r[:-1]                      # ki -> k, shi -> sh
            if stem in ("sh", "ch", "j"):
                r = stem + v
            else:
                r = stem + "y" + v
            i += 1
        syl.append(r)
        i += 1
    return syl


def kana_romaji(kana, style):
    """style: macron | plain | oh | wapuro | kunrei | passport"""
    kunrei = style == "kunrei"
    syl = _kana_syllables(kana, kunrei)
    out = []
    for j, r in enumerate(syl):
        if r == "":
            continue
        if j > 0 and syl[j - 1] == "":
            if r.startswith("ch"):
                r = "t" + r
            else:
                r = r[0] + r
        prev = out[-1] if out else ""
        long_o = prev.endswith("o") and r in ("u", "o") and kana[0] != "お" * 0
        long_u = prev.endswith("u") and r == "u"
        if long_o or long_u:
            v = prev[-1]
            if style == "macron":
                out[-1] = prev[:-1] + ("ō" if v == "o" else "ū")
            elif style == "kunrei":
                out[-1] = prev[:-1] + ("ô" if v == "o" else "û")
            elif style == "oh" and v == "o":
                out[-1] = prev + "h"
            elif style == "wapuro":
                out.append(r)
            # plain / passport: the long vowel is simply not written
            continue
        if prev == "n" and j > 0 and syl[j - 1] == "n":
            if r[0] in "aeiouy" and style in ("macron", "kunrei"):
                out[-1] = "n'"
            elif r[0] in "bmp" and style in ("passport", "oh"):
                out[-1] = "m"
        out.append(r)
    return "".join(out)


def hira_to_kata(s):
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


# --- 2f. Romanisation of Arabic / Persian names into other languages -----
# Used only when a table gives no explicit spelling for that language.

def derive_spelling(s, lang):
    low = s
    if lang == "de":
        for a, b in (("kh", "ch"), ("sh", "sch"), ("j", "dsch"), ("ee", "i"),
                     ("oo", "u"), ("y", "j"), ("Kh", "Ch"), ("Sh", "Sch"),
                     ("J", "Dsch"), ("Y", "J")):
            low = low.replace(a, b)
        # a final -j (from -y) reads badly; German writes -i
        if low.endswith("j"):
            low = low[:-1] + "i"
    elif lang == "es":
        for a, b in (("kh", "j"), ("Kh", "J"), ("j", "y"), ("J", "Y"),
                     ("ee", "i"), ("oo", "u"), ("sh", "ch"), ("Sh", "Ch")):
            if a in ("j", "J"):
                low = low.replace(a, b) if "kh" not in s.lower() else low
            else:
                low = low.replace(a, b)
    elif lang == "tr":
        for a, b in (("kh", "h"), ("Kh", "H"), ("sh", "ş"), ("Sh", "Ş"),
                     ("ch", "ç"), ("Ch", "Ç"), ("j", "c"), ("J", "C"),
                     ("w", "v"), ("W", "V"), ("ee", "i"), ("oo", "u"),
                     ("q", "k"), ("Q", "K"), ("ou", "u")):
            low = low.replace(a, b)
    elif lang == "fr":
        out = []
        i = 0
        t = low
        while i < len(t):
            c = t[i]
            if c in "uU" and (i == 0 or t[i - 1] not in "oOqQ"):
                out.append("ou" if c == "u" else "Ou")
            elif t[i:i + 2] in ("sh", "Sh"):
                out.append("ch" if c == "s" else "Ch")
                i += 1
            elif c in "jJ":
                out.append("dj" if c == "j" else "Dj")
            elif c in "wW" and i + 1 < len(t) and t[i + 1] in "aeiy":
                out.append("ou" if c == "w" else "Ou")
            else:
                out.append(c)
            i += 1
        low = "".join(out)
    elif lang == "pl":
        for a, b in (("kh", "ch"), ("Kh", "Ch"), ("sh", "sz"), ("Sh", "Sz"),
                     ("ch", "cz"), ("j", "dż"), ("J", "Dż"), ("y", "j"),
                     ("Y", "J"), ("v", "w"), ("ee", "i"), ("oo", "u")):
            low = low.replace(a, b)
    elif lang == "cz":
        for a, b in (("kh", "ch"), ("Kh", "Ch"), ("sh", "š"), ("Sh", "Š"),
                     ("ch", "č"), ("j", "dž"), ("J", "Dž"), ("y", "j"),
                     ("Y", "J"), ("w", "v"), ("ee", "i"), ("oo", "u")):
            low = low.replace(a, b)
    return low


# ---------------------------------------------------------------------------
# 3. Name tokens: one word of a name with every spelling an agency may use
# ---------------------------------------------------------------------------
# A render mode is one of
#   native   the person's own script (kanji, Devanagari, Ge'ez, Cyrillic ...)
#   ru_cyr   Russian-style Cyrillic (ex-Soviet documents, Moldovan forms)
#   kana     Japanese katakana reading
#   simp     simplified Chinese characters
#   sr_lat / sr_cyr   Albanian names in Serbian documents (Kosovo)
#   lat:S    Latin letters in scheme S: icao (as printed in the passport),
#            en, fr, de, es, pt, pl, cz, tr, nat (the country's own Latin
#            orthography), py (Hanyu Pinyin), wg (Wade-Giles)

class Tok:
    def __init__(self, native):
        self.native = native

    def render(self, mode, rng):
        return self.native

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.native)


class CyrTok(Tok):
    """Central Asian / Mongolian / Russian Cyrillic name word."""

    def __init__(self, native, lang, ru=None, apos=True, kg_j=False):
        Tok.__init__(self, native)
        self.lang = lang
        self.ru = ru or russify(native, lang)
        self.apos = apos        # Uzbek passport keeps the turned comma
        self.kg_j = kg_j        # Kyrgyz passport writes ж as J

    def passport(self):
        t = PASSPORT_SCHEMES.get(self.lang, {})
        if self.lang == "ky" and self.kg_j:
            t = dict(t, ж="j", дж="j")
        s = cyr_to_latin(self.native, t)
        if self.lang == "uz":
            s = s.replace("ʻ", "'" if self.apos else "")
            s = s.replace("ʼ", "'" if self.apos else "")
        return s

    def render(self, mode, rng):
        if mode == "native":
            return self.native
        if mode == "ru_cyr":
            return self.ru
        if not mode.startswith("lat:"):
            return self.passport()
        sch = mode[4:]
        if sch == "icao":
            return self.passport()
        if sch == "nat":
            if self.lang in NAT_SCHEMES:
                return cyr_to_latin(self.native, NAT_SCHEMES[self.lang])
            return ru_romanise(self.ru, "en")
        if sch == "en":
            r = rng.random()
            if self.lang == "uz" and r < 0.35:
                return ascii_fold(cyr_to_latin(self.native, NAT_SCHEMES["uz"])).replace("'", "")
            if r < 0.6:
                return ru_romanise(self.ru, "en")
            return self.passport()
        if sch in RU_SCHEMES:
            if rng.random() < 0.7:
                return ru_romanise(self.ru, sch)
            return self.passport()
        return self.passport()


class TkTok(Tok):
    """Turkmen name in Turkmen Latin."""

    def render(self, mode, rng):
        if mode == "native" or mode == "lat:nat":
            return self.native
        cyr = tk_to_cyr(self.native)
        if mode == "ru_cyr":
            return cyr
        if mode == "lat:icao":
            return tk_fold(self.native)
        if mode == "lat:en":
            return tk_english(self.native) if rng.random() < 0.5 else ru_romanise(cyr, "en")
        if mode == "lat:tr":
            s = self.native.replace("ý", "y").replace("Ý", "Y").replace("ž", "j")
            return s.replace("ň", "n").replace("ä", "e").replace("w", "v").replace("W", "V")
        sch = mode[4:] if mode.startswith("lat:") else "icao"
        if sch in RU_SCHEMES and rng.random() < 0.6:
            return ru_romanise(cyr, sch)
        return tk_fold(self.native)


class LatTok(Tok):
    """A name already written in Latin letters (Polish, Turkish, Yoruba ...).

    variants: other spellings people and clerks use (Souza for Sousa)."""

    def __init__(self, native, lang, variants=(), own=None):
        Tok.__init__(self, native)
        self.lang = lang
        self.variants = list(variants)
        # the spelling in this person's own documents
        self.own = own or native

    def render(self, mode, rng):
        if mode == "ru_cyr":
            if self.lang in ("ro", "md"):
                return ro_to_cyr(self.own)
            return self.own
        if mode in ("sr_lat", "sr_cyr") and self.lang == "sq":
            return sq_to_serbian(self.own, mode == "sr_cyr")
        if self.lang == "yo" and mode != "lat:nat":
            # tone marks appear in some Nigerian records, rarely in passports
            return self.own if (mode == "native" and rng.random() < 0.3) else ascii_fold(self.own)
        if mode == "lat:icao" or mode == "native" or mode == "lat:nat":
            return self.own
        s = self.own
        if self.variants and rng.random() < 0.22:
            s = rng.choice(self.variants + [self.native])
        if self.lang == "ro" and rng.random() < 0.2:
            s = s.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")
        if self.lang == "yo" and rng.random() < 0.85:
            s = ascii_fold(s)
        return s


class VarTok(Tok):
    """Name from a non-Latin script with explicit romanisations per language.

    sp: {'en': [...], 'fr': [...], 'de': [...], 'nat': [...], ...}
    passport: this person's spelling in their passport."""

    def __init__(self, native, sp, passport, derive=False):
        Tok.__init__(self, native)
        self.sp = sp
        self.pp = passport
        self.derive = derive

    def render(self, mode, rng):
        if mode == "native":
            return self.native or self.pp
        if not mode.startswith("lat:"):
            return self.sp.get("ru", [self.pp])[0] if mode == "ru_cyr" else self.pp
        sch = mode[4:]
        if sch == "icao":
            return self.pp
        if sch in self.sp:
            return skew(rng, self.sp[sch])
        en = self.sp.get("en", [self.pp])
        if sch == "en" or sch == "nat":
            return self.pp if rng.random() < 0.45 else skew(rng, en)
        if self.derive and rng.random() < 0.65:
            return derive_spelling(skew(rng, en), sch)
        return self.pp if rng.random() < 0.5 else skew(rng, en)


class JaTok(Tok):
    """Japanese name: kanji plus hiragana reading."""

    def __init__(self, kanji, kana, oh=False):
        Tok.__init__(self, kanji)
        self.kana = kana
        self.oh = oh            # this person's passport uses the OH spelling

    def passport(self):
        return cap(kana_romaji(self.kana, "oh" if self.oh else "passport"))

    def render(self, mode, rng):
        if mode == "native":
            return self.native
        if mode == "kana":
            return hira_to_kata(self.kana)
        if mode == "hira":
            return self.kana
        sch = mode[4:] if mode.startswith("lat:") else "icao"
        if sch == "icao":
            return self.passport()
        if sch == "nat":
            return cap(kana_romaji(self.kana, "kunrei"))
        style = wpick(rng, [("plain", 0.45), ("macron", 0.25), ("wapuro", 0.2),
                            ("oh", 0.1)])
        return cap(kana_romaji(self.kana, style))


class HanTok(Tok):
    """Chinese name word: a list of characters with their readings.

    Each character is (traditional, simplified, pinyin, wade_giles,
    taiwan_passport, cantonese_hk)."""

    def __init__(self, chars, region):
        Tok.__init__(self, "".join(c[0] for c in chars))
        self.chars = chars
        self.region = region        # HK or TW

    def syllables(self, sch):
        col = {"py": 2, "wg": 3, "tw": 4, "hk": 5}[sch]
        return [c[col] for c in self.chars]

    def render(self, mode, rng):
        if mode == "native":
            return self.native
        if mode == "simp":
            return "".join(c[1] for c in self.chars)
        sch = mode[4:] if mode.startswith("lat:") else "icao"
        if sch == "py":
            return cap("".join(self.syllables("py")))
        if sch == "wg":
            return cap("-".join(self.syllables("wg")))
        own = "hk" if self.region == "HK" else "tw"
        syl = self.syllables(own)
        if sch == "icao":
            joint = " " if own == "hk" else "-"
            return " ".join(cap(s) for s in syl) if joint == " " else cap("-".join(syl))
        # everyday writing of the same syllables
        style = wpick(rng, [("hyphen", 0.45), ("space", 0.35), ("joined", 0.2)])
        if style == "hyphen":
            return cap("-".join(syl))
        if style == "space":
            return " ".join(cap(s) for s in syl)
        return cap("".join(syl))


# ---------------------------------------------------------------------------
# 4. Name tables (written for this generator)
# ---------------------------------------------------------------------------
# Cyrillic lists: words separated by spaces; "native/russian" gives the
# Russian-document form where it is not a plain letter mapping.
# Variant lists: one name a line, "native | en1, en2 | fr: a, b | de: ..."

def words(text):
    return text.split()


def cyr_list(text):
    out = []
    for w in text.split():
        if "/" in w:
            a, b = w.split("/", 1)
            out.append((a, b))
        else:
            out.append((w, None))
    return out


def var_list(text):
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        native = parts[0] if parts[0] != "-" else ""
        sp = {"en": [x.strip() for x in parts[1].split(",")]}
        for extra in parts[2:]:
            lang, vals = extra.split(":", 1)
            sp[lang.strip()] = [x.strip() for x in vals.split(",")]
        out.append((native, sp))
    return out


# --- Uzbekistan (Uzbek Cyrillic; Russian form after /) -----------------------
UZ_M = cyr_list("""
Алишер Баҳтиёр/Бахтиёр Бобур Жасур Отабек Сардор Санжар/Санджар Шерзод Улуғбек
Ўткир Фаррух Дилшод Жамшид/Джамшид Рустам Азиз Акмал Анвар Баҳром/Бахром
Бекзод Даврон Элёр Ғайрат Зафар Иброҳим/Ибрагим Икром Илҳом/Ильхом Камол
Лазиз Нодир Нурбек Одил Равшан Суҳроб/Сухроб Темур Тоҳир/Тахир Умид Хуршид
Шуҳрат/Шухрат Шавкат Эркин Ёқуб/Якуб Абдулла Муҳаммад/Мухаммад Шоҳрух/Шахрух
Жаҳонгир/Джахонгир Азамат Обид Достон Исломбек Аброр Беҳзод/Бехзод
""")
UZ_F = cyr_list("""
Гулнора Дилноза Малика Нилуфар Шаҳноза/Шахноза Зарина Феруза Моҳира/Мохира
Гулчеҳра/Гульчехра Дилфуза Мадина Насиба Нодира Севара Умида Ҳилола/Хилола
Шоира Юлдуз Ойгул/Ойгуль Гулноза Зулфия/Зульфия Камола Лола Мунира Мафтуна
Ирода Дурдона Нигора Озода Сайёра Фотима/Фатима Барно Дилором Муҳаббат/Мухаббат
Гавҳар/Гавхар Моҳинур/Мохинур Шаҳло/Шахло Гулшан Нафиса Азиза Ситора Ўғилой
Маржона Сабина Зебо Шаҳзода/Шахзода Нозима
""")
UZ_FAM = cyr_list("""
Каримов Алиев Раҳимов/Рахимов Юсупов Исмоилов/Исмаилов Тошматов/Ташматов
Абдуллаев Ҳолматов/Холматов Усмонов/Усманов Эргашев Турсунов Мирзаев Назаров
Саидов Ҳасанов/Хасанов Ҳусанов/Хусанов Султонов/Султанов Неъматов/Нематов
Норматов Маматов Бобоев/Бабаев Жўраев/Джураев Қодиров/Кадыров Рашидов Умаров
Шарипов Азимов Валиев Йўлдошев/Юлдашев Ғуломов/Гуламов Ўринбоев/Уринбаев
Қосимов/Касымов Сатторов Аҳмедов/Ахмедов Иброҳимов/Ибрагимов Собиров/Сабиров
Файзиев Мўминов/Муминов Раҳмонов/Рахманов Шукуров Тўхтаев/Тухтаев
Хўжаев/Ходжаев Мамадалиев Эшматов Қурбонов/Курбанов Зокиров/Закиров
Абдураҳмонов/Абдурахманов Мирзиёев
""")

# --- Kazakhstan (Kazakh Cyrillic) ---------------------------------------------
KZ_M = cyr_list("""
Нұрлан Ерлан Асхат Айдос Бауыржан Дәурен Ержан Қайрат Мұрат Нұрсұлтан Серік
Талғат Ермек Әлібек Арман Асқар Бекзат Дархан Данияр Жандос Мақсат Марат
Нұржан Олжас Руслан Санжар Самат Тимур Ербол Азамат Әділет Ғалым Жасұлан
Қуаныш Мейрамбек Нұрбол Рахат Абай Ерасыл Ақжол Бақытжан Темірлан
""")
KZ_F = cyr_list("""
Айгүл Айжан Әсел Гүлнар Динара Жанар Жұлдыз Мадина Салтанат Сәуле Ақмарал
Айгерім Аружан Балжан Гүлмира Дана Дариға Жансая Жазира Зарина Ләззат Меруерт
Назерке Нұргүл Перизат Райхан Сымбат Томирис Ұлжан Шолпан Гүлжан Әлия Алма
Ботагөз Индира Камила Маржан Сабина Ақерке Анар Гүлназ Аяжан
""")
KZ_FAM = cyr_list("""
Ахметов Омаров Сүлейменов/Сулейменов Қасымов/Касымов Нұрпейісов/Нурпеисов
Оспанов Смағұлов/Смагулов Тоқаев/Токаев Жұмабаев/Жумабаев Бекмұхамбетов
Ержанов Жақсылықов/Жаксылыков Исаев Ибраев Құдайбергенов/Кудайбергенов
Мұхаметжанов/Мухаметжанов Серікбаев/Серикбаев Төлеубаев/Тулеубаев Әбенов/Абенов
Байжанов Сейітов/Сеитов Нұрмағамбетов/Нурмагамбетов Қожахметов/Кожахметов
Мұқанов/Муканов Тұрсынов/Турсынов Абдрахманов Бейсенов Жанұзақов/Жанузаков
Есенов Қалиев/Калиев Мамыров Нұрғалиев/Нургалиев Сәрсенбаев/Сарсенбаев
Темірханов/Темирханов Уәлиханов/Валиханов Шәкенов/Шакенов Ыбыраев/Ибраев
Әлімжанов/Алимжанов Дүйсенов/Дюсенов Жетпісбаев/Жетписбаев Рысбеков Қайыров/Каиров
""")

# --- Kyrgyzstan (Kyrgyz Cyrillic) -----------------------------------------------
KG_M = cyr_list("""
Азамат Бакыт Айбек Нурбек Эрлан Таалай Мирлан Улан Адилет Бектур Жаныбек
Канат Кубанычбек Максат Нурлан Өмүрбек Талант Чыңгыз/Чингиз Эркин Жыргалбек
Алмазбек Садыр Темир Урмат Марат Эмил/Эмиль Данияр Бекзат Нурсултан Медер
Тилек Арген Бактыбек Асан Жоомарт Сыймык Калыс Мирбек Курманбек Үсөн/Усен
""")
KG_F = cyr_list("""
Айгүл/Айгуль Айпери Айжамал Бегимай Гүлнара/Гульнара Жылдыз Нургүл/Нургуль
Айнура Чолпон Динара Мээрим Асел/Асель Назгүл/Назгуль Бурул Гүлзат/Гульзат
Жазгүл Каныкей Нуриза Салтанат Толгонай Айсулуу Акылай Элнура Жибек Сезим
Алтынай Айзада Бактыгүл Мира Венера Гулиза Анара Айдана Нурай Элмира/Эльмира
Айчүрөк/Айчурек Назира Аида Чынара Бүбүсара/Бюбюсара
""")
KG_FAM = cyr_list("""
Жапаров Атамбаев Бакиев Асанов Мамытов Токтогулов Осмонов Турдубаев
Абдрахманов Мамбетов Садыков Исаков Алиев Жээнбеков/Жеенбеков Кадыров Мусаев
Сыдыков Токтосунов Үсөнов/Усенов Орозбаев Бекмуратов Жумабеков Кубатбеков
Эсенгулов Акматов Абдыкадыров Байтемиров Молдобаев Ташиев Шамшиев Айтматов
Чыныбаев Эркинбаев Асаналиев Мырзакматов Өмүрбеков/Омурбеков Сооронбаев
Карабеков Жолдошев Эсенаманов
""")

# --- Tajikistan (Tajik Cyrillic) ------------------------------------------------
TJ_M = cyr_list("""
Фирдавс Далер Фаррух Шерзод Рустам Манучеҳр/Манучехр Баҳтиёр/Бахтиёр Парвиз
Зафар Комрон Шаҳриёр/Шахриёр Исмоил Умед Алишер Фарҳод/Фарход Ҷамшед/Джамшед
Диловар Сафар Суҳроб/Сухроб Хуршед Нурулло Фирӯз/Фируз Баҳодур/Баходур
Шуҳрат/Шухрат Азиз Аҳмад/Ахмад Мирзо Муҳаммад/Мухаммад Шамсиддин Бобур Илҳом
Раҳмон/Рахмон Эмомалӣ/Эмомали Фаридун Сино Ҳусейн/Хусейн Аброр Меҳроб/Мехроб
Искандар Сорбон
""")
TJ_F = cyr_list("""
Нигина Мадина Малика Зарина Фарзона Шаҳло/Шахло Гулноза Парвина Манижа
Таҳмина/Тахмина Нилуфар Меҳрона/Мехрона Дилноза Зебо Гулчеҳра/Гульчехра Ситора
Фотима Ширин Мавҷуда/Мавджуда Муниса Шабнам Нозанин Рухшона Фирӯза/Фируза
Гулбаҳор/Гульбахор Дилором Мижгона Нодира Озода Сурайё Шоҳида/Шохида Ҳилола/Хилола
Бунафша Гулрухсор Дилафрӯз/Дилафруз Зулфия/Зульфия Меҳринисо/Мехринисо
Сарвиноз Мунира Гулнора
""")
TJ_FAM = cyr_list("""
Раҳмонов/Рахмонов Назаров Саидов Шарипов Каримов Ҳасанов/Хасанов Сафаров
Қурбонов/Курбонов Давлатов Маҳмадов/Махмадов Мирзоев Холов Азимов Ашуров
Раҷабов/Раджабов Иброҳимов/Ибрагимов Ғафуров/Гафуров Шоев Юсуфов Зиёев Гулов
Исмоилов Абдуллоев Одинаев Бобоев Камолов Ҷӯраев/Джураев Самадов Файзуллоев
Нурматов Қодиров/Кодиров Умаров Салимов Ёраков Бозоров Назриев Ҳакимов/Хакимов
Муродов Сангинов Валиев
""")

# --- Turkmenistan (Turkmen Latin) -------------------------------------------------
TM_M = words("""
Merdan Serdar Batyr Döwlet Arslan Maksat Myrat Ata Aman Baýram Begenç Çary
Daýanç Gurban Gurbanguly Hojamyrat Ýusup Kakajan Meret Nurmuhammet Öwez
Parahat Rahym Rejep Resul Saparmyrat Şamyrat Täçmyrat Wepa Ylýas Dowran
Agajan Azat Bagtyýar Nazar Orazgeldi Annamyrat Jumamyrat Yhlas
""")
TM_F = words("""
Aýgül Aýna Bägül Bahar Enejan Gülälek Gülnar Gülşat Jeren Jemal Leýli Maral
Mähri Nurjahan Ogulbike Selbi Sona Şirin Täzegül Ýazgül Ogulnabat Gözel
Mähriban Aýsoltan Gunça Läle Nargiz Owadan Sülgün Tylla Arzuw Dünýä
Ogulgerek Merjen Enegül
""")
TM_FAM = words("""
Berdimuhamedow Nyýazow Gurbanow Orazow Ataýew Amanow Annaýew Baýramow
Durdyýew Hojaýew Meredow Myradow Nurmyradow Öwezow Rejepow Saparow Taganow
Ýazmyradow Çaryýew Geldiýew Rahmanow Allaberdiýew Kakaýew Garaýew Babaýew
Hallyýew Jumaýew Kurbanow Mämmedow Nazarow Orazmyradow Sähedow Tagyýew
Welmyradow Ussaýew
""")

# --- Mongolia (Mongolian Cyrillic) -----------------------------------------------
MN_M = cyr_list("""
Бат-Эрдэнэ Болд Ганбаатар Батбаяр Энхбаяр Төмөрбаатар Мөнхбат Ганзориг
Баярсайхан Сүхбаатар Дорж Батжаргал Эрдэнэбат Очирбат Бямбасүрэн Ганболд
Нямдорж Цогтбаяр Хүрэлбаатар Амарсайхан Баатар Тэмүүлэн Ариунболд Энхтөр
Батсүх Пүрэвдорж Гантулга Баттулга Лхагвасүрэн Даваадорж Ганхуяг Жаргалсайхан
Билгүүн Тэмүжин Алтангэрэл Дашням Шинэбаяр Мөнх-Эрдэнэ Эрдэнэбилэг Батмөнх
""")
MN_F = cyr_list("""
Оюунчимэг Сарантуяа Наранцэцэг Энхтуяа Болормаа Оюун Мөнхзул Алтанцэцэг
Цэцэгмаа Батцэцэг Ариунаа Уранчимэг Номин Солонго Анужин Хулан Гэрэлмаа Туяа
Дэлгэрмаа Мөнхтуяа Отгонтуяа Нарангэрэл Одгэрэл Золзаяа Ундрах Энхжаргал
Ганчимэг Пүрэвсүрэн Батчимэг Цолмон Мишээл Номуун Хонгорзул Нандин-Эрдэнэ
Энхмаа Сэлэнгэ Ууганаа Сувд Оюунаа Бадамханд
""")

# --- Indonesia (Latin; old Dutch-era spellings are derived) -----------------
ID_M = words("""
Budi Bambang Joko Agus Slamet Hendra Wahyu Eko Dwi Rudi Hadi Teguh Yudi Dedi
Rizki Andi Iwan Surya Wawan Aris Arief Fajar Adi Dimas Gilang Rian Taufik
Sutrisno Suharto Suparman Sugiarto Yusuf Ahmad Muhammad Yohanes Stefanus
Ketut Made Wayan Putu Nyoman Rahmat Hasan Cahyo Syaiful
""")
ID_F = words("""
Sri Siti Dewi Ani Wati Endang Yuni Rina Lestari Wulan Sari Ayu Indah Putri
Dian Fitri Nur Ratna Kartika Rahayu Suryani Handayani Susilawati Setyowati
Purwanti Mulyani Nurhayati Maryati Sulastri Sumiati Yuliana Novita Mega
Intan Nia Eka Ratih Puspita Anggraini Kurniasih Wahyuni Sukarni Maria
Theresia Komang Cahaya
""")
ID_LAST_M = words("""
Setiawan Santoso Wijaya Kurniawan Nugroho Wibowo Saputra Hermawan Gunawan
Susanto Prasetyo Purnomo Pratama Firmansyah Ramadhan Syahputra Hidayat
Siregar Nasution Simanjuntak Hutapea Sitorus Lubis Harahap Pangaribuan
Tanjung Sinaga Manurung Simatupang Tambunan Rahman Hakim Utomo Sulistyo
Kusuma Permana Suryadi Hartono Sembiring Ginting Tarigan
""")
ID_LAST_F = words("""
Lestari Rahayu Wulandari Pratiwi Anggraini Safitri Permatasari Puspitasari
Handayani Kusumawati Susanti Wahyuni Fitriani Oktaviani Purnamasari
Maharani Sari Astuti Ningsih Utami Siregar Nasution Simanjuntak Lubis Sinaga
Ginting Kusuma Wijaya
""")
ID_CLANS = set("Siregar Nasution Simanjuntak Hutapea Sitorus Lubis Harahap "
               "Pangaribuan Tanjung Sinaga Manurung Simatupang Tambunan "
               "Sembiring Ginting Tarigan".split())


def id_old_spelling(s):
    """Van Ophuijsen / Soewandi-era spelling still seen in older documents."""
    r = s
    for a, b in (("Sy", "Sj"), ("sy", "sj"), ("Kh", "Ch"), ("kh", "ch"),
                 ("C", "Tj"), ("c", "tj"), ("J", "Dj"), ("j", "dj"),
                 ("Y", "J"), ("y", "j")):
        r = r.replace(a, b)
    out = []
    for i, ch in enumerate(r):
        if ch == "u" and not (i > 0 and r[i - 1] in "aA"):
            out.append("oe")
        elif ch == "U":
            out.append("Oe")
        else:
            out.append(ch)
    return "".join(out)


# --- Malaysia (Malay names with bin / binti) ---------------------------------
MY_PREFIX_M = [("Muhammad", ["Mohd", "Mohamad", "Mohammad", "Muhamad", "Mohd."]),
               ("Ahmad", ["Ahmed"]), ("Abdul", ["Abd", "Abd."]),
               ("Mohd", ["Muhammad", "Mohamad", "Mohd."])]
MY_PREFIX_F = [("Siti", []), ("Nur", ["Noor", "Nor"]), ("Nurul", ["Norul"]),
               ("Noor", ["Nur", "Nor"])]
MY_M = words("""
Faizal Hafiz Aiman Amirul Azlan Hakim Hisham Iskandar Kamarul Khairul Rizal
Syafiq Zulkifli Azman Razak Ismail Firdaus Shahrul Fadzil Fauzi Hairul Irfan
Kamal Nazri Rosli Saiful Shamsul Yusof Zainal Zaki Anuar Aziz Danial Haziq
Luqman Nabil Roslan Farid Hakimi Asyraf Rahman Hassan
""")
MY_F = words("""
Aisyah Nurhaliza Izzah Farah Fatimah Hafizah Haslinda Azizah Norhayati Huda
Rohani Rosnah Salmah Suhaila Syazwani Zainab Zaleha Zuraidah Aminah Azlina
Faridah Hasnah Junaidah Khadijah Mazlina Noraini Norlela Rahimah Rosmah
Rozita Sabariah Safiah Suraya Wahida Yasmin Zarina Najwa Atiqah Amira Syahirah
""")

# --- Nepal (Devanagari | romanisations) -------------------------------------------
NP_M = var_list("""
राम | Ram
कृष्ण | Krishna, Krisna
हरि | Hari
श्याम | Shyam, Syam
विकास | Bikash, Bikas, Vikas
सुमन | Suman
सञ्जय | Sanjay, Sanjaya
राजेश | Rajesh, Rajes
रमेश | Ramesh
दिनेश | Dinesh
सुनिल | Sunil
अनिल | Anil
प्रकाश | Prakash, Prakas
सन्तोष | Santosh, Santos
सुदिप | Sudip, Sudeep
विशाल | Bishal, Vishal
रबिन | Rabin, Robin
दीपक | Dipak, Deepak
विनोद | Binod, Vinod
गोपाल | Gopal
नारायण | Narayan, Narayan
विष्णु | Bishnu, Vishnu
गणेश | Ganesh
किरण | Kiran
नबिन | Nabin, Naveen
प्रदीप | Pradip, Pradeep
राजेन्द्र | Rajendra
रोशन | Roshan
सागर | Sagar
सुजन | Sujan
सुशील | Sushil, Susil
उमेश | Umesh
युवराज | Yubaraj, Yuvraj, Yubraj
अर्जुन | Arjun
भीम | Bhim
कमल | Kamal
मनोज | Manoj
पवन | Pawan, Pavan
निरञ्जन | Niranjan
बिमल | Bimal
""")
NP_F = var_list("""
सीता | Sita
गीता | Gita, Geeta
रीता | Rita
सरिता | Sarita
सुनिता | Sunita
अनिता | Anita
लक्ष्मी | Laxmi, Lakshmi, Laksmi
कमला | Kamala
सबिना | Sabina
सङ्गीता | Sangita, Sangeeta
सुशीला | Sushila, Susila
राधा | Radha
पार्वती | Parbati, Parvati
मीना | Mina, Meena
विमला | Bimala, Vimala
मन्जु | Manju
सरला | Sarala
शान्ति | Shanti, Santi
शर्मिला | Sharmila
दुर्गा | Durga
गोमा | Goma
कल्पना | Kalpana
अञ्जली | Anjali
अस्मिता | Asmita
दीपा | Dipa, Deepa
गङ्गा | Ganga
जनुका | Januka
कविता | Kabita, Kavita
निर्मला | Nirmala
पूजा | Puja, Pooja
पुष्पा | Puspa, Pushpa
रेखा | Rekha
सविता | Sabita, Savita
सम्झना | Samjhana
सृजना | Srijana
सुमित्रा | Sumitra
तारा | Tara
उषा | Usha, Usa
बिना | Bina
मञ्जिता | Manjita
""")
NP_FAM = var_list("""
श्रेष्ठ | Shrestha, Shresta, Srestha
तामाङ | Tamang
गुरुङ | Gurung
थापा | Thapa
मगर | Magar
राई | Rai
लिम्बु | Limbu
शर्मा | Sharma, Sarma
अधिकारी | Adhikari
कार्की | Karki
खड्का | Khadka
बस्नेत | Basnet
भण्डारी | Bhandari
पौडेल | Poudel, Paudel, Paudyal
गौतम | Gautam
खत्री | Khatri
भट्टराई | Bhattarai
महर्जन | Maharjan
लामा | Lama
शेर्पा | Sherpa
यादव | Yadav
चौधरी | Chaudhary, Chaudhari
थारु | Tharu
बिष्ट | Bista, Bisht
राना | Rana
घिमिरे | Ghimire
अर्याल | Aryal
दाहाल | Dahal
कोइराला | Koirala
पाण्डे | Pandey, Pande
सुवेदी | Subedi, Subedee
न्यौपाने | Neupane, Neupani
आचार्य | Acharya
जोशी | Joshi
पोखरेल | Pokharel, Pokhrel
रिजाल | Rijal
तिमल्सिना | Timalsina
खत्री क्षेत्री | KC, K.C., Khatri Chhetri
""")

# --- Sri Lanka: Sinhala ------------------------------------------------------------
LK_SI_M = var_list("""
නිමල් | Nimal
සුනිල් | Sunil
කමල් | Kamal
අජිත් | Ajith, Ajit
චමින්ද | Chaminda
නුවන් | Nuwan
රුවන් | Ruwan
සමන් | Saman
සම්පත් | Sampath, Sampat
ලසන්ත | Lasantha
මහේෂ් | Mahesh
දිනේෂ් | Dinesh
කසුන් | Kasun
තරිඳු | Tharindu
චතුර | Chathura
අසංක | Asanka
බුද්ධික | Buddhika
ලහිරු | Lahiru
දිල්ශාන් | Dilshan
ගයාන් | Gayan
ජනක | Janaka
උපුල් | Upul
රොෂාන් | Roshan
සනත් | Sanath
තිළින | Thilina
ඉන්දික | Indika
නලින් | Nalin
හේමන්ත | Hemantha
කුමාර | Kumara
වසන්ත | Wasantha, Vasantha
රොහිත | Rohitha
චන්දන | Chandana
සිසිර | Sisira
අනුර | Anura
ධම්මික | Dhammika
එරංග | Eranga
ඉසුරු | Isuru
""")
LK_SI_F = var_list("""
කුමාරි | Kumari
නිර්මලා | Nirmala
චමරි | Chamari
දිලානි | Dilani
සඳුනි | Sanduni
නදීෂා | Nadeesha, Nadisha
අනූෂා | Anusha
මාලනී | Malani
සෙව්වන්දි | Sewwandi, Sevwandi
ඉෂාරා | Ishara
නිල්මිණි | Nilmini
ශානිකා | Shanika
තිළිණි | Thilini
හිරුනි | Hiruni
දිනූෂා | Dinusha
පියුමි | Piumi, Piyumi
මධුෂානි | Madushani
සචිනි | Sachini
ගයානි | Gayani
ඉනෝකා | Inoka
ලක්මාලි | Lakmali
දීපිකා | Deepika, Dipika
රුවනි | Ruwani
කාංචනා | Kanchana
සමන්ති | Samanthi
යමුනා | Yamuna
නයනා | Nayana
රසිකා | Rasika
දුලානි | Dulani
එරන්දි | Erandi
හසිනි | Hasini
ඉරේෂා | Iresha
ජයනි | Jayani
මනෝරි | Manori
නෙත්මි | Nethmi
උපේක්ෂා | Upeksha
""")
LK_SI_FAM = var_list("""
පෙරේරා | Perera
ප්‍රනාන්දු | Fernando
සිල්වා | Silva, De Silva
ජයසිංහ | Jayasinghe, Jayasingha
බණ්ඩාර | Bandara
දිසානායක | Dissanayake, Dissanayaka
රත්නායක | Rathnayake, Ratnayake
වික්‍රමසිංහ | Wickramasinghe, Wickremesinghe
ගුණවර්ධන | Gunawardena, Gunawardana
හේරත් | Herath
රාජපක්ෂ | Rajapaksha, Rajapaksa
සේනානායක | Senanayake
කුමාරසිංහ | Kumarasinghe
විජේසිංහ | Wijesinghe, Wijesinha
කරුණාරත්න | Karunaratne, Karunarathna
ජයවර්ධන | Jayawardena, Jayawardene
ලියනගේ | Liyanage
රණසිංහ | Ranasinghe
අබේසේකර | Abeysekara, Abeysekera
වීරසිංහ | Weerasinghe
සමරසිංහ | Samarasinghe
ඒකනායක | Ekanayake
ගමගේ | Gamage
මෙන්ඩිස් | Mendis
පීරිස් | Peiris, Peries
අමරසිංහ | Amarasinghe
හෙට්ටිආරච්චි | Hettiarachchi
විජේරත්න | Wijeratne
මුණසිංහ | Munasinghe
පතිරණ | Pathirana
කුලතුංග | Kulatunga
ඩයස් | Dias
නානායක්කාර | Nanayakkara
ගුණසේකර | Gunasekara, Gunasekera
සිරිසේන | Sirisena
එදිරිසිංහ | Edirisinghe
""")
# ge-names (vasagama) written before the given names
LK_SI_GE = var_list("""
හේරත් මුදියන්සේලාගේ | Herath Mudiyanselage
රත්නායක මුදියන්සේලාගේ | Rathnayake Mudiyanselage
ලියන ආරච්චිගේ | Liyana Arachchige
වික්‍රමසිංහ ආරච්චිගේ | Wickramasinghe Arachchige
කංකානම්ගේ | Kankanamge
විතාන පතිරණගේ | Withana Pathiranage
දිසානායක මුදියන්සේලාගේ | Dissanayake Mudiyanselage
""")

# --- Sri Lanka: Tamil (father's name as surname) --------------------------------
LK_TA_M = var_list("""
குமரன் | Kumaran
ராஜேந்திரன் | Rajendran, Rajenthiran
சிவகுமார் | Sivakumar, Shivakumar
கணேஷ் | Ganesh
சுரேஷ் | Suresh
முருகன் | Murugan
செல்வம் | Selvam
செந்தில் | Senthil
தர்ஷன் | Tharshan, Dharshan
பிரகாஷ் | Prakash
ரமேஷ் | Ramesh
சதீஷ் | Sathish, Satheesh
விஜய் | Vijay
கார்த்திக் | Karthik, Karthick
அருண் | Arun
பாலன் | Balan
கண்ணன் | Kannan
மகேந்திரன் | Mahendran, Mahenthiran
நடராஜா | Nadarajah, Nadaraja
தேவராஜா | Thevarajah, Devarajah
யோகராஜா | Yogarajah
சிவராஜா | Sivarajah
ரவி | Ravi
கஜன் | Kajan
நிரோஷன் | Niroshan
சுதர்சன் | Sutharsan, Sudarshan
ஜெயக்குமார் | Jeyakumar, Jayakumar
சண்முகம் | Shanmugam, Sanmugam
கிருஷ்ணன் | Krishnan
ராஜன் | Rajan
பத்மநாதன் | Pathmanathan, Padmanathan
ஸ்ரீதரன் | Sritharan, Sridharan
வசந்தன் | Vasanthan
ஆனந்தன் | Anandan, Ananthan
""")
LK_TA_F = var_list("""
கவிதா | Kavitha
லட்சுமி | Lakshmi, Latchumi
மீனா | Meena
பிரியா | Priya
சாந்தி | Shanthi, Santhi
வனிதா | Vanitha
சுமதி | Sumathi
கலைவாணி | Kalaivani
தர்சிகா | Tharsika
துளசி | Thulasi, Tulasi
யாழினி | Yalini
நிரோஷா | Nirosha
மலர் | Malar
செல்வி | Selvi
கீதா | Geetha, Githa
ஜெயந்தி | Jeyanthi, Jayanthi
கமலா | Kamala
புஷ்பா | Pushpa
ராஜேஸ்வரி | Rajeswari
சிவகாமி | Sivakami
தனுஜா | Thanuja
அபிராமி | Abirami
அனிதா | Anitha
பவானி | Bhavani, Pavani
தேவி | Devi, Thevi
கௌரி | Gowri, Gauri
இந்திரா | Indira
கௌசல்யா | Kowsalya, Kausalya
நளினி | Nalini
பார்வதி | Parvathi, Parvathy
சரண்யா | Saranya
சுஜாதா | Sujatha
உமா | Uma
விஜிதா | Vijitha
""")

# --- Myanmar (syllables; no family names) ------------------------------------------
MM_M = var_list("""
အောင် | Aung, Aung, Aong
ကျော် | Kyaw, Kyau
ဇော် | Zaw, Zau
မင်း | Min, Minn
ထက် | Htet, Htat, Het
နိုင် | Naing, Nine
ဝင်း | Win, Winn
မြင့် | Myint, Mint
စိုး | Soe, So
ထွန်း | Tun, Htun, Htoon
သန့် | Thant, Than
သိန်း | Thein, Thien
လှိုင် | Hlaing, Laing
ဦး | Oo, U
လွင် | Lwin, Lwin
သူရ | Thura, Thu Ra
ရဲ | Ye, Yay
မျိုး | Myo, Myoe
ဖြိုး | Phyo, Pyo
ပြည့် | Pyae, Pye
ပိုင် | Paing
ကောင်း | Kaung, Kaung
ဆန်း | San
ညီ | Nyi, Nyi
ဌေး | Htay, Htei
ခန့် | Khant, Khant
ရန် | Yan, Yan
ဟိန်း | Hein, Hein
လင်း | Linn, Lin
သက် | Thet, Thet
မိုး | Moe, Mo
တင် | Tin, Tin
သန်း | Than, Than
ဇင် | Zin, Zinn
နေ | Nay, Nei
ထူး | Htoo, Htu
""")
MM_F = var_list("""
ခင် | Khin, Khinn
မြ | Mya, Myah
ဖြူ | Phyu, Phyu
စု | Su, Su
အိ | Ei, Ei
နှင်း | Hnin, Nhin, Nin
နွယ် | Nwe, Nway
ယဉ် | Yin, Yinn
သီတာ | Thida, Thidar
စန္ဒာ | Sandar, Sanda
နန္ဒာ | Nandar, Nanda
သူဇာ | Thuzar, Thu Zar
ရတနာ | Yadanar, Yadana
မေ | May, Mei
ချို | Cho, Cho
မြတ် | Myat, Myat
သီရိ | Thiri, Thiri
ဝင့် | Wint, Wint
ထွေး | Htwe, Htway
အေး | Aye, Aye
နု | Nu, Nu
ကြည် | Kyi, Kyi
လေး | Lay, Lay
ပွင့် | Pwint, Pwint
ဇာ | Zar, Za
ရွှေ | Shwe, Shwe
ယု | Yu, Yu
ဝါ | Wah, Wa
မွန် | Mon, Mon
ငွေ | Ngwe, Ngwe
ဖူး | Phoo, Phu
ငြိမ်း | Nyein, Nyein
ဆု | Hsu, Su
ချော | Chaw, Chaw
မိုး | Moe, Mo
ဇင် | Zin, Zinn
""")
MM_HON = {"M": [("ဦး", "U"), ("ကို", "Ko"), ("မောင်", "Maung")],
          "F": [("ဒေါ်", "Daw"), ("မ", "Ma")]}

# --- Laos (Lao script | French-based romanisations) ----------------------------------
LA_M = var_list("""
ສົມພອນ | Somphone, Sompone, Somphon
ບຸນມີ | Bounmy, Bounmi, Bunmy
ຄຳໄພ | Khamphay, Khamphai
ສຸກສະຫວັນ | Souksavanh, Souksavan, Suksavan
ພອນສະຫວັນ | Phonesavanh, Phonsavan, Phonsavanh
ສົມສັກ | Somsack, Somsak
ທອງຈັນ | Thongchanh, Thongchan
ບຸນທັນ | Bounthanh, Bounthan
ຄຳສິງ | Khamsing, Kham Sing
ແສງເພັດ | Sengphet, Sengpheth
ວຽງໄຊ | Viengsay, Viengxay
ສົມຈິດ | Somchith, Somchit
ພູທອນ | Phouthone, Phouthon
ໄຊຊະນະ | Saysana, Xaysana
ບົວສອນ | Bouasone, Bouason
ທອງສະຫວັນ | Thongsavanh, Thongsavan
ວັນໄຊ | Vanxay, Vansay
ກອງແກ້ວ | Kongkeo, Kongkaew
ສີສຸກ | Sisouk, Sisuk
ອານຸສອນ | Anousone, Anouson
ຄຳແພງ | Khampheng
ອຸໄທ | Outhai, Outhay
ສຸລິວົງ | Soulivong
ໄຊສົມພອນ | Xaysomphone, Saysomphone
ບຸນເລີດ | Bounleuth, Bounlert
ສີສະຫວາດ | Sisavath, Sisavat
""")
LA_F = var_list("""
ຄຳລາ | Khamla
ນ້ອຍ | Noy, Noi
ມະນີວອນ | Manivone, Manivon
ຈັນທະລາ | Chanthala, Chantala
ລັດສະໝີ | Latsamy, Latsami
ບົວວັນ | Bouavanh, Bouavan
ວຽງຄຳ | Viengkham
ດວງຈັນ | Douangchanh, Duangchan
ແສງດາວ | Sengdao
ຄຳພອນ | Khamphone, Khamphon
ພອນມະນີ | Phonemany, Phonmany
ວິໄລວັນ | Vilayvanh, Vilaivan
ຈັນສະໝອນ | Chansamone
ມາໄລທອງ | Malaythong, Malaithong
ດາວອນ | Davone, Davon
ສຸພາພອນ | Souphaphone
ທິບພະວັນ | Thipphavanh, Thippavan
ແກ້ວມະນີ | Keomany, Kaewmany
ເພັດສະໝອນ | Phetsamone
ນວນສີ | Nouansy, Nuansi
ບຸນມາລີ | Bounmaly
ສີສະຫວັນ | Sysavanh, Sisavan
ອຳພອນ | Amphone, Amphon
ວັນສີ | Vanhsy
""")
LA_FAM = var_list("""
ວົງສາ | Vongsa
ພົມມະຈັນ | Phommachanh, Phommachan, Pommachan
ສີສຸພັນ | Sisouphanh, Sisouphan
ອິນທະວົງ | Inthavong
ຈັນທະວົງ | Chanthavong
ແກ້ວມະນີ | Keomany
ເພັດສະວົງ | Phetsavong
ສຸວັນນະວົງ | Souvannavong, Suvannavong
ແສງສຸວັນ | Sengsouvanh
ໄຊຍະວົງ | Xayavong, Sayavong
ວິໄລສັກ | Vilaysack, Vilaysak
ສີພັນດອນ | Siphandone, Siphandon
ພົມວິຫານ | Phomvihane
ດວງດາລາ | Douangdala
ວົງພະຈັນ | Vongphachanh
ສີຫາລາດ | Sihalath
ພັນທະວົງ | Phanthavong
ບຸບຜາ | Boupha
ທຳມະວົງ | Thammavong
ສີສະຫວາດ | Sisavath
ຫຼວງລາດ | Luangrath, Louangrath
ລັດຕະນະວົງ | Rattanavong
ມະນີວົງ | Manivong
ແສງດາລາ | Sengdara
ຂຸນວິໄລ | Khounvilay
ພິມມະສອນ | Phimmasone
ໄຊສົງຄາມ | Saysongkham
ວໍລະຈິດ | Vorachith
ກົມມະລີ | Kommaly
""")

# --- Cambodia (Khmer script; family name first) ----------------------------------
KH_FAM = var_list("""
សុខ | Sok
ចាន់ | Chan
គីម | Kim
ហេង | Heng
ជា | Chea
លី | Ly, Lee
មាស | Meas, Mes
កែវ | Keo, Kaev
ញឹម | Nhem, Nhim
ផាន | Phan
ប្រាក់ | Prak
សំ | Sam
សេង | Seng
វ៉ាន់ | Vann, Van
យឹម | Yim, Yem
ទូច | Touch, Toch
ហ៊ុន | Hun
ឡុង | Long
ម៉ៅ | Mao
អ៊ុក | Ouk, Uk
ប៉ែន | Pen
ទេព | Tep
ឈឹម | Chhim, Chim
នួន | Nuon, Noun
សៅ | Sao
ហែម | Hem
លឹម | Lim
មាន | Mean
ឃីម | Khim
សាយ | Say
សន | Sorn, Son
ថាច់ | Thach
តាន់ | Tan
ឆាយ | Chhay, Chay
រស់ | Ros
ពេជ្រ | Pich, Pech
សោម | Som
ង៉ែត | Nget
គង់ | Kong
អ៊ឹម | Em, Im
""")
KH_M = var_list("""
ដារ៉ា | Dara
សុខា | Sokha
វុទ្ធី | Vuthy, Vuthi
ពិសិដ្ឋ | Piseth, Piset
រិទ្ធី | Rithy, Rithi
វិជ្ជា | Vichea, Vichear
កុសល | Kosal
សំណាង | Samnang
សម្បត្តិ | Sambath, Sambat
វាសនា | Veasna, Veasana
មករា | Makara
សុវណ្ណ | Sovann, Sovan
វិសាល | Visal
ប៊ុនធឿន | Bunthoeun, Bunthoeurn
ចាន់ធូ | Chanthou, Chanthu
សុផល | Sophal
វណ្ណា | Vanna, Vannak
រដ្ឋា | Ratha
បូរ៉ា | Bora
ចំរើន | Chamroeun, Chamroern
គីមហុង | Kimhong, Kim Hong
មុន្នី | Mony, Monny
ណារិទ្ធ | Narith
បញ្ញា | Panha
ភក្តី | Pheakdey, Pheakdei
សុធី | Sothy
សុផាត | Sophat
ធារិទ្ធ | Thearith
វិបុល | Vibol
សារ៉ាត់ | Sarath, Sarat
សុខុម | Sokhom
វីរៈ | Virak
ប៊ុនណា | Bunna
សុភ័ក្រ | Sopheak
ខេមរា | Khemara
""")
KH_F = var_list("""
សុភា | Sophea, Sophia
បុប្ផា | Bopha
ចិន្តា | Chenda
ស្រីមុំ | Sreymom, Srey Mom
សុភាព | Sopheap
គន្ធា | Kunthea
ស្រីល័ក្ខ | Sreyleak, Srey Leak
ច័ន្ទនារី | Channary, Chanary
ធីតា | Thida
នារី | Nary
លក្ខិណា | Leakhena, Leakena
ម្លិះ | Malis
រចនា | Rachana
ស្រីពៅ | Sreypov, Srey Pov
ផល្លា | Phalla
សុគន្ធា | Sokunthea
សុធា | Sothea
ពិសី | Pisey
ចន្ថា | Chantha
រស្មី | Raksmey, Rasmey
សុជាតា | Socheata
កល្យាណ | Kalyan
វណ្ណី | Vanny
ដាវី | Davy
សុធារី | Sotheary
កញ្ញា | Kanha
មាលា | Mealea
សុខនី | Sokny
លីណា | Lina
សុម៉ាលី | Somaly
សុភី | Sophy
ស្រីនាង | Sreyneang, Srey Neang
""")

# --- Japan (kanji reading) ------------------------------------------------------------
JP_FAM = [l.split() for l in """
佐藤 さとう|鈴木 すずき|高橋 たかはし|田中 たなか|伊藤 いとう|渡辺 わたなべ|山本 やまもと
中村 なかむら|小林 こばやし|加藤 かとう|吉田 よしだ|山田 やまだ|佐々木 ささき|山口 やまぐち
松本 まつもと|井上 いのうえ|木村 きむら|林 はやし|斎藤 さいとう|清水 しみず|山崎 やまざき
森 もり|池田 いけだ|橋本 はしもと|阿部 あべ|石川 いしかわ|山下 やました|中島 なかじま
石井 いしい|小川 おがわ|前田 まえだ|岡田 おかだ|長谷川 はせがわ|藤田 ふじた|後藤 ごとう
近藤 こんどう|村上 むらかみ|遠藤 えんどう|青木 あおき|坂本 さかもと|福田 ふくだ|太田 おおた
西村 にしむら|藤井 ふじい|岡本 おかもと|金子 かねこ|中野 なかの|原田 はらだ|小野 おの
大野 おおの|工藤 くどう|新井 あらい|千葉 ちば|本間 ほんま|難波 なんば|大久保 おおくぼ
""".replace("\n", "|").strip("|").split("|")]
JP_M = [l.split() for l in """
翔太 しょうた|大輔 だいすけ|健太 けんた|拓也 たくや|直樹 なおき|和也 かずや|達也 たつや
亮 りょう|誠 まこと|大樹 だいき|翔 しょう|蓮 れん|悠斗 ゆうと|陽翔 はると|湊 みなと
隆 たかし|浩 ひろし|健一 けんいち|修 おさむ|聡 さとし|剛 つよし|正人 まさと|秀樹 ひでき
勇気 ゆうき|優太 ゆうた|康介 こうすけ|翼 つばさ|一郎 いちろう|雄一 ゆういち|浩二 こうじ
淳 じゅん|俊介 しゅんすけ|智也 ともや|啓太 けいた|大地 だいち|颯太 そうた|勇人 はやと
慎也 しんや|洋平 ようへい|真一 しんいち|健二 けんじ|一成 いっせい|雄大 ゆうだい
""".replace("\n", "|").strip("|").split("|")]
JP_F = [l.split() for l in """
陽子 ようこ|恵子 けいこ|由美 ゆみ|久美子 くみこ|美穂 みほ|愛 あい|舞 まい|彩 あや
さくら さくら|陽菜 ひな|結衣 ゆい|美咲 みさき|花子 はなこ|真由美 まゆみ|直子 なおこ
裕子 ゆうこ|智子 ともこ|明美 あけみ|恵 めぐみ|香織 かおり|麻衣 まい|沙織 さおり
優子 ゆうこ|千尋 ちひろ|綾香 あやか|奈々 なな|真奈美 まなみ|美香 みか|理恵 りえ
純子 じゅんこ|幸子 さちこ|和子 かずこ|京子 きょうこ|遥 はるか|葵 あおい|凛 りん
七海 ななみ|莉子 りこ|芽衣 めい|友美 ともみ|翔子 しょうこ|涼子 りょうこ
""".replace("\n", "|").strip("|").split("|")]

# --- Hong Kong / Taiwan ---------------------------------------------------------------
# trad simp pinyin wade-giles taiwan-passport hk-cantonese [sex]
HAN_FAM = [tuple(l.split()) for l in """
陳 陈 chen ch'en chen chan
林 林 lin lin lin lam
黃 黄 huang huang huang wong
張 张 zhang chang chang cheung
李 李 li li lee lee
王 王 wang wang wang wong
吳 吴 wu wu wu ng
劉 刘 liu liu liu lau
蔡 蔡 cai ts'ai tsai choi
楊 杨 yang yang yang yeung
許 许 xu hsü hsu hui
鄭 郑 zheng cheng cheng cheng
謝 谢 xie hsieh hsieh tse
郭 郭 guo kuo kuo kwok
洪 洪 hong hung hung hung
曾 曾 zeng tseng tseng tsang
周 周 zhou chou chou chow
梁 梁 liang liang liang leung
何 何 he ho ho ho
羅 罗 luo lo lo law
馬 马 ma ma ma ma
胡 胡 hu hu hu wu
朱 朱 zhu chu chu chu
葉 叶 ye yeh yeh yip
鄧 邓 deng teng teng tang
蕭 萧 xiao hsiao hsiao siu
徐 徐 xu hsü hsu tsui
潘 潘 pan p'an pan poon
袁 袁 yuan yüan yuan yuen
麥 麦 mai mai mai mak
莫 莫 mo mo mo mok
余 余 yu yü yu yu
廖 廖 liao liao liao liu
簡 简 jian chien chien kan
賴 赖 lai lai lai lai
蘇 苏 su su su so
盧 卢 lu lu lu lo
江 江 jiang chiang chiang kong
杜 杜 du tu tu to
彭 彭 peng p'eng peng pang
""".strip().splitlines()]
HAN_GIVEN = [tuple(l.split()) for l in """
志 志 zhi chih chih chi m
明 明 ming ming ming ming m
偉 伟 wei wei wei wai m
豪 豪 hao hao hao ho m
俊 俊 jun chün chun chun m
傑 杰 jie chieh chieh kit m
家 家 jia chia chia ka u
文 文 wen wen wen man u
德 德 de te te tak m
華 华 hua hua hua wah u
建 建 jian chien chien kin m
國 国 guo kuo kuo kwok m
永 永 yong yung yung wing m
子 子 zi tzu tzu tsz u
小 小 xiao hsiao hsiao siu u
敏 敏 min min min man u
美 美 mei mei mei mei f
玲 玲 ling ling ling ling f
慧 慧 hui hui hui wai f
婷 婷 ting t'ing ting ting f
怡 怡 yi i yi yi f
雅 雅 ya ya ya nga f
淑 淑 shu shu shu suk f
芬 芬 fen fen fen fan f
秀 秀 xiu hsiu hsiu sau f
麗 丽 li li li lai f
欣 欣 xin hsin hsin yan f
佩 佩 pei p'ei pei pui f
詩 诗 shi shih shih sze f
穎 颖 ying ying ying wing f
宇 宇 yu yü yu yu m
浩 浩 hao hao hao ho m
軒 轩 xuan hsüan hsuan hin m
翔 翔 xiang hsiang hsiang cheung m
冠 冠 guan kuan kuan kwun m
宏 宏 hong hung hung wang m
恩 恩 en en en yan u
惠 惠 hui hui hui wai f
靜 静 jing ching ching ching f
芳 芳 fang fang fang fong f
瑋 玮 wei wei wei wai m
信 信 xin hsin hsin shun m
耀 耀 yao yao yao yiu m
強 强 qiang ch'iang chiang keung m
榮 荣 rong jung jung wing m
詠 咏 yong yung yung wing f
思 思 si ssu szu sze u
琪 琪 qi ch'i chi kei f
雯 雯 wen wen wen man f
佳 佳 jia chia chia kai f
昌 昌 chang ch'ang chang cheong m
銘 铭 ming ming ming ming m
鴻 鸿 hong hung hung hung m
誠 诚 cheng ch'eng cheng shing m
輝 辉 hui hui hui fai m
峰 峰 feng feng feng fung m
寶 宝 bao pao pao po f
燕 燕 yan yen yen yin f
玉 玉 yu yü yu yuk f
珍 珍 zhen chen chen chun f
蓮 莲 lian lien lien lin f
鳳 凤 feng feng feng fung f
雪 雪 xue hsüeh hsueh suet f
霞 霞 xia hsia hsia ha f
立 立 li li li lap m
東 东 dong tung tung tung m
世 世 shi shih shih sai m
天 天 tian t'ien tien tin m
仁 仁 ren jen jen yan m
安 安 an an an on u
""".strip().splitlines()]
HK_EN_M = words("Peter David Michael Kenneth Raymond Eric Jason Kevin Alan Tony "
                "Vincent Patrick Anthony Ivan Calvin Dickson Wilson Samuel Edmond Gary")
HK_EN_F = words("Mary Winnie Carol Ada Wendy Cindy Karen Jenny Grace Joyce Vivian "
                "Amy Candy Shirley Fiona Stephanie Queenie Kitty Phoebe Jessica")

# --- Somalia (Somali Latin orthography | English-style spellings) -------------------
SO_M = var_list("""
Maxamed | Mohamed, Mohammed, Mohamad
Cabdi | Abdi
Cali | Ali
Axmed | Ahmed, Ahmad
Xasan | Hassan, Hasan
Xuseen | Hussein, Hussen, Husein
Cumar | Omar, Omer, Umar
Yuusuf | Yusuf, Yousuf, Yussuf
Ismaaciil | Ismail, Ismael
Ibraahim | Ibrahim
Cabdullaahi | Abdullahi, Abdulahi
Cabdiraxmaan | Abdirahman, Abdurahman, Abdirahmaan
Cabdulqaadir | Abdulkadir, Abdikadir, Abdulqadir
Maxamuud | Mohamud, Mahamud, Mahmoud
Faarax | Farah, Faarah
Aadan | Adan, Aden, Adam
Jaamac | Jama, Jamac
Warsame | Warsame
Nuur | Nur, Noor
Cismaan | Osman, Usman, Ismaan
Xirsi | Hirsi, Hersi
Siciid | Said, Saeed, Sayid
Guuleed | Guled, Guleed
Khaalid | Khalid
Daahir | Dahir, Daher
Bashiir | Bashir
Mukhtaar | Mukhtar
Muuse | Musa, Muse
Yaasiin | Yasin, Yassin
Cabdiwali | Abdiwali
Shire | Shire
Dalmar | Dalmar
Liibaan | Liban, Libaan
Cilmi | Ilmi, Elmi
Geedi | Gedi
Barre | Barre
Samatar | Samatar
Cabdinaasir | Abdinasir, Abdinaser
Abshir | Abshir
Xaaji | Haji, Hajji
""")
SO_F = var_list("""
Faadumo | Fadumo, Fatuma, Fatima
Xaliimo | Halima, Haliimo
Caasha | Asha, Aisha
Maryan | Maryan, Mariam, Maryam
Sahra | Sahra, Sahro
Hodan | Hodan
Ifraax | Ifrah
Nasra | Nasra
Sacdiyo | Sadia, Saadia, Sadiyo
Ubax | Ubah
Hibo | Hibo
Deeqa | Deka, Deeqa
Sagal | Sagal
Nimco | Nimo, Nimco
Khadiijo | Khadija, Kadija
Iftin | Iftin
Shukri | Shukri
Ruqiyo | Rukia, Ruqiya
Zamzam | Zamzam
Leyla | Leila, Layla
Xaawo | Hawa, Hawo
Istaahil | Istahil
Amiino | Amina, Amino
Canab | Anab
Cawo | Awo
Filsan | Filsan
Hamdi | Hamdi
Idil | Idil
Kaltuun | Kaltun, Kaltoum
Luul | Lul
Muna | Muna
Safiyo | Safia, Safiya
Yasmiin | Yasmin
Bilan | Bilan
Anisa | Anisa
""")
SO_LAQAB = var_list("""
Dheere | Dhere, Derre
Gaab | Gab
Yare | Yarre
Cadde | Adde, Ade
Madoobe | Madobe
Indhoole | Indhole
Qalbi | Galbi
Weyne | Weyn
""")

# --- Ethiopia (Ge'ez script | romanisations) ----------------------------------------
ET_M = var_list("""
አበበ | Abebe
በቀለ | Bekele, Bekelle
ተስፋዬ | Tesfaye, Tesfay, Tesfai
ግርማ | Girma
ኃይሌ | Haile, Hayle
ሙሉጌታ | Mulugeta
ጌታቸው | Getachew, Getachow
አለማየሁ | Alemayehu, Alemayehou
ዳዊት | Dawit, Dawitt
ሰለሞን | Solomon, Selemon
ዮሐንስ | Yohannes, Yohanes, Johannes
ታደሰ | Tadesse, Tadese
ከበደ | Kebede, Kebbede
ተክሌ | Tekle, Teklé
መኮንን | Mekonnen, Mekonen, Makonnen
ወንድሙ | Wondimu, Wendimu
አስፋው | Asfaw
ብርሃኑ | Berhanu, Birhanu
ገብሬ | Gebre, Gebru
ተሾመ | Teshome
ጥላሁን | Tilahun, Tilahoun
ዮናስ | Yonas
ነጋሽ | Negash
አማኑኤል | Amanuel, Emmanuel
ቢንያም | Biniyam, Binyam
ፍቅሩ | Fikru
ኪዳኔ | Kidane
መስፍን | Mesfin
ወርቁ | Worku, Werku
ዘሪሁን | Zerihun
ደስታ | Desta
አየለ | Ayele
ደመቀ | Demeke
ፋሲል | Fasil
ሄኖክ | Henok
ለማ | Lemma, Lema
ሳሙኤል | Samuel
እዮብ | Eyob, Iyob
በረከት | Bereket
ቴዎድሮስ | Tewodros, Tewodross
""")
ET_F = var_list("""
አልማዝ | Almaz
ትዕግሥት | Tigist, Tigest
መሠረት | Meseret
ሕይወት | Hiwot, Hiywot
ሰላም | Selam, Salam
መቅደስ | Mekdes
ፀሐይ | Tsehay, Tsehai, Sehay
አስቴር | Aster
ገነት | Genet
ቤተልሔም | Bethlehem, Betelhem
ሐና | Hanna, Hana
ሊያ | Liya, Lia
ማርታ | Marta, Martha
ሜሮን | Meron
ራሔል | Rahel, Rachel
ሳባ | Saba
ጽዮን | Tsion, Tsiyon
የሺ | Yeshi
ዘውዲቱ | Zewditu, Zewdie
ብርቱካን | Birtukan, Birtukane
አበባ | Abeba
ኤሌኒ | Eleni
ፍሬሕይወት | Frehiwot, Firehiwot
ቅድስት | Kidist, Qidist
ለምለም | Lemlem
ማኅሌት | Mahlet
ነፃነት | Netsanet
ሰናይት | Senait, Senayt
ጥሩነሽ | Tirunesh
ወርቅነሽ | Workinesh, Werkinesh
ዮርዳኖስ | Yordanos
ቤዛዊት | Bezawit
አዜብ | Azeb
ረድኤት | Rediet
ቃልኪዳን | Kalkidan
ፍቅርተ | Fikirte
""")

# --- Arabic names, shared by Sudan and the Maghreb -----------------------------------
# native | English spellings | fr: French/Maghreb spellings | sd: Sudanese
AR_M = var_list("""
محمد | Mohammed, Mohamed, Muhammad, Mohammad | fr: Mohamed, Mohammed, Mouhamed | sd: Mohamed, Mohammed
أحمد | Ahmed, Ahmad | fr: Ahmed, Ahmad
علي | Ali | fr: Ali
عمر | Omar, Umar | fr: Omar, Omer
عثمان | Osman, Othman, Uthman | fr: Othmane, Otmane, Osmane | sd: Osman
يوسف | Yousif, Yusuf, Yousef | fr: Youssef, Youcef, Youssouf | sd: Yousif
عبد القادر | Abdul Qadir, Abdelkader | fr: Abdelkader, Abdelkadir | sd: Abdelgadir, Abdalgadir
عبد الله | Abdullah, Abdalla, Abdallah | fr: Abdellah, Abdallah | sd: Abdalla, Abdallah
حسن | Hassan, Hasan | fr: Hassan, Hacene
حسين | Hussein, Husain, Hussain | fr: Houssine, Hocine, Hussein
خالد | Khalid, Khaled | fr: Khaled, Khalid
سعيد | Saeed, Said | fr: Saïd, Said
كريم | Karim, Kareem | fr: Karim
مصطفى | Mustafa, Mostafa | fr: Mustapha, Moustapha
إبراهيم | Ibrahim, Ebrahim | fr: Brahim, Ibrahim
إسماعيل | Ismail, Ismael | fr: Smail, Ismaïl
رشيد | Rashid, Rasheed | fr: Rachid
حميد | Hamid | fr: Hamid
عبد الرحمن | Abdelrahman, Abdul Rahman, Abdulrahman | fr: Abderrahmane, Abderrahman | sd: Abdelrahman, Abdalrahman
نور الدين | Nureldin, Nour Eldin | fr: Noureddine, Nourredine | sd: Nureldin, Nour Aldin
ياسين | Yasin, Yassin | fr: Yassine
مهدي | Mahdi, Mehdi | fr: Mehdi
حمزة | Hamza, Hamzah | fr: Hamza
بلال | Bilal | fr: Bilal
طارق | Tariq, Tarek | fr: Tarik, Tarek
سفيان | Sufyan, Sofian | fr: Sofiane, Soufiane
أمين | Amin, Ameen | fr: Amine
عادل | Adil, Adel | fr: Adil, Adel
جمال | Jamal, Gamal | fr: Djamel, Jamal | sd: Gamal, Jamal
نبيل | Nabil | fr: Nabil
هشام | Hisham, Hesham | fr: Hicham
عزيز | Aziz | fr: Aziz
إدريس | Idris, Idrees | fr: Driss, Idriss
مراد | Murad | fr: Mourad
كمال | Kamal | fr: Kamel, Kamal
صلاح | Salah | fr: Salah
وليد | Walid, Waleed | fr: Walid, Oualid
زكريا | Zakariya, Zakaria | fr: Zakaria, Zakariae
الطيب | Altayeb, Eltayeb | fr: Tayeb, Taïeb | sd: Eltayeb, Altayib
موسى | Musa, Mousa | fr: Moussa
يحيى | Yahya | fr: Yahia, Yahya
سليمان | Suleiman, Sulaiman | fr: Slimane, Souleimane
آدم | Adam | fr: Adam
عبد العزيز | Abdulaziz, Abdelaziz | fr: Abdelaziz
""")
AR_F = var_list("""
فاطمة | Fatima, Fatma | fr: Fatima, Fatna, Fatiha | sd: Fatima, Fatma
خديجة | Khadija, Khadijah | fr: Khadija, Khadidja, Khedidja
عائشة | Aisha, Aysha | fr: Aïcha, Aicha
مريم | Mariam, Maryam | fr: Meriem, Myriam, Meryem
زينب | Zainab, Zeinab | fr: Zineb, Zaynab
أمينة | Amina, Aminah | fr: Amina
نادية | Nadia | fr: Nadia
سميرة | Samira | fr: Samira
ليلى | Layla, Leila | fr: Leïla, Leila
سلمى | Salma | fr: Salma
حنان | Hanan | fr: Hanane
سعاد | Suad, Souad | fr: Souad
نور | Nour, Noor, Nur | fr: Nour
حليمة | Halima | fr: Halima
حفصة | Hafsa | fr: Hafsa
رشيدة | Rashida | fr: Rachida
نعيمة | Naima, Naeema | fr: Naïma, Naima
وفاء | Wafa, Wafaa | fr: Ouafae, Wafa, Ouafa
هدى | Huda, Hoda | fr: Houda
كريمة | Karima | fr: Karima
مليكة | Malika | fr: Malika
ياسمين | Yasmin, Yasmeen | fr: Yasmine, Yasmina
إيمان | Iman, Eman | fr: Imane
أسماء | Asma, Asmaa | fr: Asmae, Asma
هاجر | Hajar, Hagar | fr: Hajar, Hadjer
سكينة | Sakina, Sukaina | fr: Soukaina, Sokaina
إكرام | Ikram | fr: Ikram
لبنى | Lubna | fr: Loubna
لطيفة | Latifa | fr: Latifa
نجاة | Najat, Nagat | fr: Najat | sd: Nagat
إلهام | Ilham, Elham | fr: Ilham
صفاء | Safa, Safaa | fr: Safae, Safa
سناء | Sana, Sanaa | fr: Sanae, Sanaa
زهرة | Zahra | fr: Zahra, Zohra
نوال | Nawal | fr: Naoual, Nawal
فضيلة | Fadila, Fadhila | fr: Fadila, Fadéla
منى | Mona, Muna | fr: Mouna
أمل | Amal | fr: Amal
ريم | Reem, Rim | fr: Rim
عواطف | Awatif | fr: Aouatif | sd: Awatif
إخلاص | Ikhlas | fr: Ikhlass | sd: Ikhlas
نفيسة | Nafisa | fr: Nefissa
حواء | Hawa | fr: Hawa
""")
# names mostly heard in Sudan
SD_M = var_list("""
بابكر | Babiker, Babikir
الفاتح | Elfatih, Alfatih, El Fatih
الصادق | Elsadig, Alsadig, El Sadiq
عوض | Awad
مبارك | Mubarak
صديق | Siddig, Siddiq
النور | Elnour, Alnour, El Nur
الأمين | Elamin, Alamin, El Amin
عبد المنعم | Abdelmoneim, Abdel Moneim
حمد | Hamad
الطاهر | Eltahir, Altahir
الشيخ | Elsheikh, Alsheikh
المهدي | Elmahdi, Almahdi
عبد الباقي | Abdelbagi, Abdelbaqi
""")
SD_F = var_list("""
آمنة | Amna, Amina
ست النساء | Sitt Alnisa, Sitelnisa
تهاني | Tahani
سامية | Samia, Samiya
رحاب | Rehab, Rihab
هيام | Hiyam, Hayam
ندى | Nada
اعتدال | Itidal, Etidal
""")
SD_FAM = var_list("""
البشير | Elbashir, Albashir, El Bashir
الأمين | Elamin, Alamin
الحسن | Elhassan, Alhassan
عبد الله | Abdalla, Abdallah
أحمد | Ahmed
الشيخ | Elsheikh
المهدي | Elmahdi
عثمان | Osman
إدريس | Idris, Edris
حامد | Hamid, Hamed
""")

# --- Maghreb family names ------------------------------------------------------------
MA_FAM = var_list("""
بن علي | Ben Ali | fr: Benali, Ben Ali
العلوي | Alaoui | fr: El Alaoui, Alaoui, Alaoui
الإدريسي | Idrissi | fr: El Idrissi, Idrissi
بناني | Bennani | fr: Bennani
التازي | Tazi | fr: Tazi
برادة | Berrada | fr: Berrada
الفاسي | El Fassi | fr: El Fassi, Fassi
الشرايبي | Chraibi | fr: Chraibi, Chraïbi
بنجلون | Benjelloun | fr: Benjelloun, Benjeloun
العمراني | Amrani | fr: El Amrani, Amrani
الوزاني | Ouazzani | fr: Ouazzani, Ouazani
بوزيد | Bouzid | fr: Bouzid
لحلو | Lahlou | fr: Lahlou
حداد | Haddad | fr: Haddad
بلقاسم | Belkacem | fr: Belkacem, Belkassem
بن موسى | Benmoussa | fr: Benmoussa, Ben Moussa
الزروالي | Zerouali | fr: Zerouali, Zeroual
الناصري | Nasiri | fr: Naciri, Nassiri
الموساوي | Moussaoui | fr: Moussaoui, Mousaoui
البقالي | Bakkali | fr: El Bakkali, Bakkali
الطاهري | Tahiri | fr: Tahiri, Taheri
السعيدي | Saidi | fr: Saidi, Saïdi
الرحموني | Rahmouni | fr: Rahmouni
الخطابي | Khattabi | fr: El Khattabi, Khattabi
المنصوري | Mansouri | fr: El Mansouri, Mansouri
آيت أوحمان | Ait Ouahmane | fr: Ait Ouahmane, Aït Ouahmane
أوقاشة | Oukacha | fr: Oukacha
الحجوجي | Hajjouji | fr: El Hajjouji, Hajjouji
بوعزة | Bouazza | fr: Bouazza
الكتاني | Kettani | fr: El Kettani, Kettani
""")
DZ_FAM = var_list("""
بن علي | Benali | fr: Benali, Ben Ali
بوضياف | Boudiaf | fr: Boudiaf
بلقاسم | Belkacem | fr: Belkacem
مباركي | Mebarki | fr: Mebarki, Mbarki
سعدي | Saadi | fr: Saadi, Saâdi
حميدي | Hamidi | fr: Hamidi
خليفي | Khelifi | fr: Khelifi, Khalifi
مزيان | Meziane | fr: Meziane, Mezian
بوخاري | Boukhari | fr: Boukhari, Bokhari
شريف | Cherif | fr: Cherif, Chérif
حداد | Haddad | fr: Haddad
براهيمي | Brahimi | fr: Brahimi
بن يحيى | Benyahia | fr: Benyahia, Ben Yahia
بوزيدي | Bouzidi | fr: Bouzidi
جبار | Djebbar | fr: Djebbar, Djabbar
قاسي | Kaci | fr: Kaci, Kassi
رحماني | Rahmani | fr: Rahmani
طالب | Taleb | fr: Taleb
زروقي | Zerrouki | fr: Zerrouki, Zerouki
فرحات | Ferhat | fr: Ferhat
بن خالد | Benkhaled | fr: Benkhaled
بلعيد | Belaid | fr: Belaïd, Belaid
عمروش | Amrouche | fr: Amrouche
هامل | Hamel | fr: Hamel
بوعلام | Boualem | fr: Boualem
لعرج | Laredj | fr: Laredj, Larej
مسعودي | Messaoudi | fr: Messaoudi, Messaudi
بن عيسى | Benaissa | fr: Benaissa, Ben Aïssa
زيتوني | Zitouni | fr: Zitouni
قادري | Kadri | fr: Kadri, Gadri
""")
# Amazigh given names (written in Latin letters in both countries)
AMAZIGH_M = [tuple(x.split(":")) for x in words("""
Massinissa:ماسينيسا Idir:إيدير Youba:يوبا Aksel:أكسل Amayas:أماياس Mazigh:مازيغ
Lounis:لونيس Mokrane:مقران Ferhat:فرحات Juba:جوبا""")]
AMAZIGH_F = [tuple(x.split(":")) for x in words("""
Tiziri:تيزيري Thiziri:تيزيري Dihya:ديهيا Ouiza:ويزة Tassadit:تاسعديت Taous:طاوس
Tanina:تانينا Lydia:ليديا Kahina:كاهينة Tinhinane:تينهينان""")]

# --- Iran and Afghanistan (Persian script) --------------------------------------------
IR_M = var_list("""
محمد | Mohammad, Mohamad, Muhammad | fr: Mohammad, Mohamad
علی | Ali
حسین | Hossein, Hosein, Hussein | fr: Hossein
رضا | Reza
مهدی | Mehdi, Mahdi
امیر | Amir
حمید | Hamid
سعید | Saeed, Saeid, Said
مجید | Majid
مسعود | Masoud, Massoud, Masud | fr: Massoud
بهروز | Behrouz, Behruz
فرهاد | Farhad
داریوش | Dariush, Daryoush
کامران | Kamran
بابک | Babak
پویا | Pouya, Puya
آرش | Arash
سیاوش | Siavash, Siavosh
مهرداد | Mehrdad
جواد | Javad, Jawad
ابوالفضل | Abolfazl, Abulfazl
محسن | Mohsen, Mohsin
علیرضا | Alireza, Ali Reza
امید | Omid
نوید | Navid
کیوان | Keyvan, Kayvan
شهرام | Shahram
رامین | Ramin
بهنام | Behnam
حسن | Hassan, Hasan
کاوه | Kaveh, Kave
سهراب | Sohrab
پژمان | Pejman, Pezhman
مرتضی | Morteza, Murtaza
مصطفی | Mostafa, Mustafa
احمد | Ahmad
عباس | Abbas
جمشید | Jamshid, Jamsheed
یوسف | Yousef, Yusuf
اکبر | Akbar
""")
IR_F = var_list("""
فاطمه | Fatemeh, Fatemah, Fatima
زهرا | Zahra
مریم | Maryam, Mariam
سارا | Sara, Sarah
نرگس | Narges
لیلا | Leila, Layla
شیرین | Shirin
مهسا | Mahsa
نازنین | Nazanin
پریسا | Parisa
سمیرا | Samira
الهام | Elham
نسرین | Nasrin
فرشته | Fereshteh, Fereshte
مینا | Mina
نیلوفر | Niloufar, Niloofar, Nilufar
ساناز | Sanaz
بهاره | Bahareh, Bahare
آزاده | Azadeh, Azade
ژاله | Zhaleh, Jaleh
طاهره | Tahereh, Tahere
معصومه | Masoumeh, Masumeh, Masoume
سمانه | Samaneh
شیما | Shima
مهناز | Mahnaz
پروین | Parvin
گلناز | Golnaz
رویا | Roya
هانیه | Haniyeh, Hanieh
یاسمن | Yasaman, Yasamin
آیدا | Aida
ستاره | Setareh
زینب | Zeynab, Zainab
مرضیه | Marzieh, Marziyeh
فریبا | Fariba
شهلا | Shahla
""")
IR_FAM = var_list("""
محمدی | Mohammadi, Mohamadi
حسینی | Hosseini, Hoseini, Husseini
احمدی | Ahmadi
رضایی | Rezaei, Rezaee, Rezai
موسوی | Mousavi, Musavi, Moussavi
کریمی | Karimi
جعفری | Jafari, Jaafari
رحیمی | Rahimi
کاظمی | Kazemi
قاسمی | Ghasemi, Qasemi
صادقی | Sadeghi, Sadeqi
حیدری | Heidari, Haydari
نوری | Nouri, Nuri
امیری | Amiri
عباسی | Abbasi
زارعی | Zarei, Zare'i
طاهری | Taheri
هاشمی | Hashemi
مرادی | Moradi
کرمانی | Kermani
تهرانی | Tehrani
شریفی | Sharifi
نجفی | Najafi
اکبری | Akbari
سلیمانی | Soleimani, Solaimani, Suleimani
یزدانی | Yazdani
فرهادی | Farhadi
رستمی | Rostami
بهرامی | Bahrami
نظری | Nazari
قربانی | Ghorbani, Qorbani, Gorbani
خسروی | Khosravi
اسدی | Asadi
جلالی | Jalali
یوسفی | Yousefi, Yusefi
عزیزی | Azizi
میرزایی | Mirzaei, Mirzaie
شیرازی | Shirazi
""")
AF_M = var_list("""
احمد | Ahmad
محمد | Mohammad, Muhammad, Mohammed
عبدالرحیم | Abdul Rahim, Abdurrahim
عبدالولی | Abdul Wali, Abdulwali
ذبیح‌الله | Zabiullah, Zabihullah, Zabehullah
حمیدالله | Hamidullah, Hamidulla
رحمت‌الله | Rahmatullah, Rahmatulla
نقیب‌الله | Naqibullah, Naqibulla
سید | Sayed, Sayyid, Seyed
ولی | Wali
جواد | Jawad, Javad
فرید | Farid
ناصر | Nasir, Naser
رحیم | Rahim
کریم | Karim
حبیب | Habib
شفیق | Shafiq, Shafik
نور | Noor, Nur
بشیر | Bashir
نجیب | Najib, Najeeb
قاسم | Qasim, Ghasem, Kasim
زلمی | Zalmai, Zalmay
میرویس | Mirwais, Mirways
اجمل | Ajmal
حکمت | Hekmat, Hikmat
سمیع‌الله | Samiullah, Samiulla
اسدالله | Asadullah, Asadulla
احسان | Ehsan, Ihsan
فواد | Fawad, Fuad
وحید | Wahid, Waheed
یما | Yama
جمشید | Jamshid
""")
AF_F = var_list("""
فاطمه | Fatima, Fatema
زهرا | Zahra
مریم | Maryam, Mariam
فریبا | Fariba
پروانه | Parwana, Parvana
شکیلا | Shakila
نسیمه | Nasima, Nasimeh
گلالی | Gulalai, Gulalay
ملالی | Malalai, Malalay
شبانه | Shabana
نرگس | Nargis, Narges
لیلا | Laila, Leila
مینا | Mina
فرشته | Freshta, Fereshta
حمیده | Hamida
زرغونه | Zarghuna, Zarghona
سیما | Sima
رویا | Roya
مرضیه | Marzia, Marzieh
زینب | Zainab
سکینه | Sakina
خدیجه | Khadija
معصومه | Masooma, Masuma
نیلوفر | Nilofar, Nilufar
حبیبه | Habiba
پلوشه | Palwasha
وژمه | Wazhma
حسینه | Hasina
فرزانه | Farzana
سعدیه | Sadia, Saadia
""")
AF_FAM = var_list("""
احمدزی | Ahmadzai, Ahmadzay
پوپلزی | Popalzai, Popalzay
کرزی | Karzai
بارکزی | Barakzai
درانی | Durrani
یوسفزی | Yousufzai, Yusufzai
محمدی | Mohammadi
هاشمی | Hashimi, Hashemi
سادات | Sadat
حسینی | Hussaini, Hosseini
رحیمی | Rahimi
حکیمی | Hakimi
نوری | Noori, Nuri
صافی | Safi
ستانکزی | Stanikzai, Stanekzai
امیری | Amiri
نظری | Nazari
رسولی | Rasuli, Rasouli
سلطانی | Sultani, Soltani
وردک | Wardak
منگل | Mangal
نیازی | Niazi
حیدری | Haidari, Heydari
فیضی | Faizi, Feizi
جلالی | Jalali
عظیمی | Azimi
قادری | Qaderi, Ghaderi
صمدی | Samadi
طاهری | Taheri
""")

# --- Kurdish (Sorani Arabic script | English | nat: Kurmanji Latin) ---------------------
KU_M = var_list("""
ئازاد | Azad | nat: Azad
ڕێبوار | Rebwar, Rebuar | nat: Rêbwar
شوان | Shwan, Shuan | nat: Şivan
دڵشاد | Dilshad | nat: Dilşad
کاروان | Karwan | nat: Karwan
هێمن | Hemin | nat: Hêmin
شێرکۆ | Sherko, Shirko | nat: Şêrko
باهۆز | Bahoz | nat: Bahoz
کاوە | Kawa, Kaveh | nat: Kawa
ئاراس | Aras | nat: Aras
باران | Baran | nat: Baran
زانا | Zana | nat: Zana
سۆران | Soran | nat: Soran
ڕێناس | Renas | nat: Rênas
دیار | Diyar, Dyar | nat: Diyar
بۆتان | Botan | nat: Botan
هۆزان | Hozan | nat: Hozan
جوان | Jiwan, Ciwan | nat: Ciwan
ئارام | Aram | nat: Aram
گۆران | Goran | nat: Goran
ڕێکار | Rekar | nat: Rêkar
پێشەوا | Peshawa | nat: Pêşewa
هەردی | Hardi | nat: Herdî
سەردار | Sardar | nat: Serdar
بارزان | Barzan | nat: Barzan
دارا | Dara | nat: Dara
""")
KU_F = var_list("""
شیلان | Shilan | nat: Şîlan
نازدار | Nazdar | nat: Nazdar
ئاوین | Awin, Avin | nat: Evîn
بەفرین | Bafrin, Berfin | nat: Berfîn
ڕۆژین | Rozhin, Rojin | nat: Rojîn
ژیان | Zhiyan, Jiyan | nat: Jiyan
هیوا | Hiwa | nat: Hêvî
دیلان | Dilan | nat: Dîlan
هێلین | Helin | nat: Hêlîn
گوڵستان | Gulistan | nat: Gulistan
بەهار | Bahar | nat: Bihar
سۆزان | Sozan | nat: Sozan
زیلان | Zilan | nat: Zîlan
لانا | Lana | nat: Lana
ڕۆژان | Rozhan, Rojan | nat: Rojan
تارا | Tara | nat: Tara
پەیمان | Payman | nat: Peyman
چیمەن | Chiman | nat: Çîmen
کانی | Kani | nat: Kanî
نەرمین | Narmin | nat: Nermîn
""")
KU_FAM = var_list("""
بارزانی | Barzani | nat: Barzanî
تاڵەبانی | Talabani | nat: Talebanî
هەورامی | Hawrami, Hawramy | nat: Hewramî
جاف | Jaff, Jaf | nat: Caf
زێباری | Zebari | nat: Zêbarî
دزەیی | Dizayee, Dizayi | nat: Dizeyî
کوردی | Kurdi | nat: Kurdî
بابان | Baban | nat: Baban
سندی | Sindi | nat: Sindî
دۆسکی | Doski | nat: Doskî
هەوێزی | Hawezi | nat: Hewêzî
ڕەسوڵ | Rasul, Rasool | nat: Resûl
""")

# --- West Africa -------------------------------------------------------------------------
HA_M = words("""
Muhammadu Abubakar Usman Sani Aliyu Ibrahim Yusuf Musa Bello Lawal Danjuma Garba
Haruna Suleiman Umar Isa Kabiru Nasiru Shehu Tanko Balarabe Jibrin Murtala
Auwalu Bashir Yakubu Idris Adamu Hamisu Salisu Abdullahi Mustapha Ismaila
Sadiq Aminu Habibu Nura Bala Dauda Zubairu
""")
HA_F = words("""
Aisha Fatima Hauwa Zainab Maryam Hadiza Amina Halima Hafsat Khadija Binta Rabi
Safiya Ladi Asabe Talatu Jummai Larai Saratu Zuwaira Bilkisu Hajara Rahama
Maimuna Ummi Sadiya Fiddausi Hussaina Zulai Murja Ramatu Salamatu Rukayya
Laraba Hasana Hindatu Jamila
""")
HA_FAM = words("""
Abubakar Mohammed Bello Ibrahim Usman Aliyu Musa Sani Yusuf Abdullahi Lawal
Garba Suleiman Umar Dantata Maikano Yaradua Gambo Danladi Dikko Yakasai Bichi
Gwarzo Dambatta Kano Sokoto Dankwambo Tijjani Shagari Baba Ahmed Idris
""")
HA_VAR = {"Muhammadu": ["Mohammed", "Muhammad"], "Usman": ["Usuman", "Othman"],
          "Suleiman": ["Sulaiman", "Suleman"], "Mustapha": ["Mustafa"],
          "Hauwa": ["Hawa"], "Hadiza": ["Hadizat"], "Hafsat": ["Hafsah"],
          "Rukayya": ["Rukaiya", "Ruqayya"], "Mohammed": ["Muhammad", "Mohamed"],
          "Abdullahi": ["Abdulahi"], "Aliyu": ["Aliu"], "Yaradua": ["Yar'Adua"]}
YO_M = words("""
Adébáyọ̀ Olúwaṣeun Adéwálé Olúwatóbi Babátúndé Olúṣẹ́gun Ayọ̀délé Kẹ́hìndé
Táíwò Ìdòwú Olúfẹ́mi Adémọ́lá Gbénga Túndé Bọ́lájí Akínwùmí Adéyẹmí Olúmìdé
Ọláolúwa Fẹ́mi Jídé Kúnlé Ṣẹ́gun Dàyọ̀ Láídé Adékúnlé Ọlálékan Ayọ̀dèjì
Olúwadámilárẹ́ Tèmítọ́pẹ́ Ọládélé Ìbrahím Abíódún Adéolú Olúgbénga
""")
YO_F = words("""
Fọláṣadé Olúwakẹ́mi Adébísí Títílayọ̀ Ìbùkún Mọ́ríyọ̀ Yétúndé Fúnmiláyọ̀
Ọlájùmọ̀kẹ́ Bùkọ́lá Adéọlá Tèmítọ́pẹ́ Àdùnní Ìyábọ̀ Kẹ́hìndé Táíwò Ṣadé Fọlákẹ́
Dàmilọ́lá Omọ́tọ́lá Ayọ̀bámi Àbẹ̀kẹ́ Adérónkẹ́ Bọ́lánlé Ìfẹ́olúwa Mọ́jísọ́lá
Oyinkánsọ́lá Simísọ́lá Títílọpẹ́ Ẹniọlá Ìyanu Adéṣọlá
""")
YO_FAM = words("""
Adébáyọ̀ Ògúnlẹ́yẹ Adéyẹmí Ọlátúnjí Akínọlá Babalọlá Ọ̀ṣúntókun Adéwálé Ògúndélé
Oyèlárán Ajíbádé Fáṣọlá Adékúnlé Ọdúyẹmí Balógun Fálànà Oyèwùmí Àjàyí
Akínwándé Olúwọlé Ògúnbánjọ Adélékè Ọládipọ̀ Fádáhùnsí Aládé Oyèdépọ̀ Ṣóyínká
Adéọlá Awólọ́wọ̀ Ọbasanjọ Adébọ́wálé Olátúnbọ̀sún Akínyẹmí Ọ̀kẹ́
""")
WO_M = var_list("""
Mamadou | Mamadou, Mamadu | nat: Mamadu
Moussa | Moussa, Musa | nat: Musaa
Ousmane | Ousmane, Usman | nat: Usmaan
Abdoulaye | Abdoulaye, Ablaye | nat: Abdulaay
Ibrahima | Ibrahima, Ibrahim | nat: Ibraayma
Cheikh | Cheikh, Cheick, Shaykh | nat: Séex
Modou | Modou, Modu | nat: Moodu
Babacar | Babacar, Babakar | nat: Baabakar
Alioune | Alioune, Aliou | nat: Aliyun
Amadou | Amadou, Ahmadou | nat: Ahmadu
Lamine | Lamine, Amine | nat: Lamin
Serigne | Serigne | nat: Sëriñ
Pape | Pape, Papa | nat: Paap
Omar | Omar, Oumar | nat: Umar
Souleymane | Souleymane, Suleiman | nat: Sulaymaan
Mouhamed | Mouhamed, Mohamed | nat: Muhammed
Malick | Malick, Malik | nat: Maalig
Assane | Assane, Hassan | nat: Asan
Saliou | Saliou, Saliu | nat: Saliw
Djibril | Djibril, Jibril | nat: Jibril
Bassirou | Bassirou, Bachir | nat: Basiru
Fallou | Fallou, Falou | nat: Falu
Idrissa | Idrissa, Idrisa | nat: Idrisa
Khadim | Khadim, Khadime | nat: Xadim
Moustapha | Moustapha, Mustapha | nat: Mustafaa
Samba | Samba | nat: Samba
Demba | Demba | nat: Demba
Massamba | Massamba | nat: Masamba
Matar | Matar | nat: Mataar
Daouda | Daouda, Dauda | nat: Dawda
""")
WO_F = var_list("""
Fatou | Fatou, Fatu | nat: Faatu
Aminata | Aminata | nat: Aminata
Awa | Awa | nat: Awa
Mariama | Mariama, Mariam | nat: Maryaama
Khady | Khady, Khadi | nat: Xadi
Aissatou | Aissatou, Aïssatou | nat: Ayisatu
Ndeye | Ndeye, Ndèye | nat: Ndey
Coumba | Coumba, Kumba | nat: Kumba
Astou | Astou | nat: Astu
Adama | Adama | nat: Adama
Seynabou | Seynabou, Zeinabou | nat: Seynabu
Rokhaya | Rokhaya, Rokaya | nat: Roxaya
Sokhna | Sokhna | nat: Soxna
Bineta | Bineta | nat: Bineta
Dieynaba | Dieynaba, Dienaba | nat: Jeynaba
Maimouna | Maimouna, Maïmouna | nat: Maymuna
Khadidiatou | Khadidiatou, Khadija | nat: Xadijatu
Marème | Marème, Mareme | nat: Mareem
Nafissatou | Nafissatou, Nafi | nat: Nafisatu
Oumou | Oumou | nat: Umu
Penda | Penda | nat: Penda
Yacine | Yacine, Yassine | nat: Yasin
Ramatoulaye | Ramatoulaye, Ramata | nat: Ramatulaay
Codou | Codou, Kodou | nat: Kodu
Ngoné | Ngoné, Ngone | nat: Ngoone
Arame | Arame | nat: Araam
Absa | Absa | nat: Absa
Yandé | Yandé, Yande | nat: Yande
""")
WO_FAM = var_list("""
Diop | Diop | nat: Joob
Ndiaye | Ndiaye, N'Diaye | nat: Njaay
Fall | Fall | nat: Faal
Sarr | Sarr, Sar | nat: Saar
Faye | Faye | nat: Fay
Gueye | Gueye, Guèye | nat: Géey
Ba | Ba, Bah | nat: Ba
Sy | Sy | nat: Si
Diallo | Diallo | nat: Jallo
Sow | Sow | nat: Sow
Cissé | Cissé, Cisse | nat: Sise
Mbaye | Mbaye, M'Baye | nat: Mbay
Niang | Niang | nat: Ñaŋ
Diouf | Diouf | nat: Juuf
Seck | Seck | nat: Seek
Thiam | Thiam | nat: Caam
Ndour | Ndour | nat: Nduur
Kane | Kane | nat: Kan
Dieng | Dieng | nat: Jeŋ
Samb | Samb | nat: Saamb
Touré | Touré, Toure | nat: Ture
Wade | Wade | nat: Wàdd
Mbengue | Mbengue | nat: Mbeng
Sall | Sall | nat: Saal
Lo | Lo, Lô | nat: Lo
Diagne | Diagne | nat: Jaañ
Sène | Sène, Sene | nat: Seen
Gaye | Gaye | nat: Gay
Thiaw | Thiaw | nat: Caw
Kébé | Kébé, Kebe | nat: Kebe
""")

# --- Turkey ---------------------------------------------------------------------------
TR_M = words("""
Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer
Ramazan Halil Süleyman Abdullah Mahmut Recep Fatih Emre Burak Kemal Cem Serkan
Onur Uğur Gökhan Erkan Volkan Tolga Barış Deniz Can Oğuz Kadir Yasin Enes Eren
Furkan Hakan Tuncay Özgür
""")
TR_F = words("""
Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Sultan Zehra Hanife Merve
Özlem Yasemin Esra Büşra Gül Derya Ebru Sevgi Hülya Filiz Songül Tuğba Gamze
Kübra Dilek Aslı Pınar Nur Seda Yıldız Melike Nurcan Şeyma Cansu Gizem İrem
Ece Sibel
""")
TR_FAM = words("""
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan
Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır
Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal
Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy
""")
# Kurdish given names in Turkey, written in Turkish letters
KU_TR_M = words("Şivan Rojhat Baran Berzan Serhat Azad Welat Zinar Roj Dilşad Hozan Agit")
KU_TR_F = words("Berfin Rojda Hêvî Zozan Dilan Helin Rojin Evîn Zilan Ronahî Bêrîvan Jînda")

# --- Romania and Moldova ------------------------------------------------------------------
RO_M = words("""
Ion Ioan Gheorghe Vasile Constantin Mihai Nicolae Alexandru Andrei Adrian
Dumitru Ștefan Florin Marian Cristian Daniel Gabriel Ionuț Bogdan Sorin
Cătălin Răzvan Vlad Radu Victor Petru Sergiu Iurie Valeriu Veaceslav Octavian
Lucian Liviu Marius Ciprian Dorin Emil Eugen Tudor Costel
""")
RO_F = words("""
Maria Elena Ioana Ana Mihaela Andreea Cristina Alexandra Daniela Gabriela
Nicoleta Mariana Elisabeta Georgiana Simona Alina Florentina Ramona Larisa
Diana Valentina Natalia Tatiana Doina Lilia Aurelia Corina Roxana Oana Irina
Raluca Ecaterina Adriana Camelia Violeta Angela Viorica Lucia Lenuța Svetlana
""")
RO_FAM = words("""
Popescu Ionescu Popa Pop Radu Dumitru Stoica Stan Gheorghe Rusu Munteanu Matei
Constantin Ciobanu Lungu Ungureanu Moldovan Sârbu Marin Tudor Dinu Florea Barbu
Nistor Cojocaru Ursu Bălan Toma Roșca Lupu Mihăilă Dobre Vasilescu Enache
Preda Neagu Dragomir Oprea Cazacu
""")
MD_FAM = words("""
Ceban Cebotari Rotaru Guțu Țurcanu Botnari Croitoru Sîrbu Grosu Melnic Rusu
Ciobanu Lungu Cojocaru Munteanu Bălan Ursu Roșca Popa Moraru Gumeniuc Railean
Cazacu Bivol Cușnir Plămădeală Zaharia Donțu Revenco Rusnac Caraman Galben
Țîbîrnă Chirilă Vrabie Bodrug Istrati Prodan Postolachi
""")
RO_VAR = {"Sârbu": ["Sîrbu"], "Sîrbu": ["Sârbu"], "Ioan": ["Ion"],
          "Iurie": ["Yuri", "Iurii"], "Veaceslav": ["Viaceslav", "Vyacheslav"],
          "Cebotari": ["Cebotaru"], "Botnari": ["Botnaru"], "Melnic": ["Melnik"],
          "Ecaterina": ["Ekaterina"], "Svetlana": ["Svetla"]}

# --- Poland (-ski/-cki take -ska/-cka for women) --------------------------------------------
PL_M = words("""
Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam
Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej
Rafał Robert Kamil Józef Szymon Jacek Kacper Ryszard Przemysław Bartłomiej
Sebastian Damian Dawid Sławomir Artur Henryk Tadeusz Kazimierz Leszek
""")
PL_F = words("""
Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta
Magdalena Joanna Aleksandra Zofia Monika Teresa Danuta Natalia Julia Karolina
Marta Beata Dorota Halina Jadwiga Janina Jolanta Iwona Grażyna Justyna Renata
Urszula Paulina Weronika Wiktoria Sylwia Agata Dominika Patrycja Bożena Łucja
""")
PL_FAM = words("""
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski
Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król
Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski
Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran
Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski
Wróblewski Jasiński Zawadzki Czarnecki Sawicki Sokołowski Wysocki
""")


def pl_female(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


# --- Czech and Slovak (male:female surname pairs) ---------------------------------------
CZ_M = words("""
Jiří Jan Petr Josef Pavel Martin Jaroslav Tomáš Miroslav Zdeněk František
Václav Michal Milan Karel Jakub Lukáš David Vladimír Ladislav Ondřej Stanislav
Roman Radek Marek Daniel Vojtěch Matěj Filip Aleš Libor Bohumil Vít Přemysl
Kamil Adam Antonín Oldřich Dominik Štěpán
""")
CZ_F = words("""
Jana Marie Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Jaroslava
Veronika Martina Jitka Tereza Ludmila Helena Zdeňka Michaela Ivana Monika
Markéta Zuzana Barbora Kristýna Jiřina Eliška Dagmar Vlasta Blanka Růžena
Božena Šárka Radka Pavla Klára Simona Dana Irena
""")
CZ_FAM = [tuple(p.split(":")) for p in words("""
Novák:Nováková Svoboda:Svobodová Novotný:Novotná Dvořák:Dvořáková Černý:Černá
Procházka:Procházková Kučera:Kučerová Veselý:Veselá Horák:Horáková
Němec:Němcová Marek:Marková Pokorný:Pokorná Pospíšil:Pospíšilová Hájek:Hájková
Král:Králová Jelínek:Jelínková Růžička:Růžičková Beneš:Benešová Fiala:Fialová
Sedláček:Sedláčková Doležal:Doležalová Zeman:Zemanová Kolář:Kolářová
Navrátil:Navrátilová Čermák:Čermáková Vaněk:Vaňková Urban:Urbanová
Blažek:Blažková Kříž:Křížová Kovář:Kovářová Kratochvíl:Kratochvílová
Bartoš:Bartošová Vlček:Vlčková Polák:Poláková Musil:Musilová Kopecký:Kopecká
Šimek:Šimková Konečný:Konečná Malý:Malá Holub:Holubová Štěpánek:Štěpánková
Kadlec:Kadlecová Dostál:Dostálová Soukup:Soukupová Šťastný:Šťastná
Mareš:Marešová Moravec:Moravcová Sýkora:Sýkorová Tichý:Tichá Vávra:Vávrová
Říha:Říhová Ševčík:Ševčíková Bureš:Burešová Hruška:Hrušková
""")]
SK_M = words("""
Ján Peter Jozef Michal Martin Tomáš Marek Juraj Milan Miroslav Ľubomír Štefan
Dušan Vladimír Pavol Lukáš Matúš Roman Igor Rastislav Marián Róbert Branislav
Ladislav Jaroslav Stanislav Dominik Patrik Adam Filip Ondrej Daniel Viliam
Ivan Anton Karol Dávid Samuel Radoslav Erik
""")
SK_F = words("""
Mária Anna Zuzana Katarína Eva Jana Martina Lucia Monika Veronika Helena
Alžbeta Ľudmila Ivana Silvia Andrea Barbora Dominika Michaela Lenka Petra Marta
Margita Viera Oľga Božena Emília Gabriela Simona Nikola Kristína Terézia Soňa
Miroslava Daniela Jarmila Dagmara Adriana Natália Romana
""")
SK_FAM = [tuple(p.split(":")) for p in words("""
Horváth:Horváthová Kováč:Kováčová Varga:Vargová Tóth:Tóthová Nagy:Nagyová
Baláž:Balážová Szabó:Szabóová Molnár:Molnárová Balog:Balogová Lukáč:Lukáčová
Novák:Nováková Kollár:Kollárová Németh:Némethová Oláh:Oláhová Takáč:Takáčová
Polák:Poláková Kráľ:Kráľová Hudák:Hudáková Gajdoš:Gajdošová Lacko:Lacková
Šimko:Šimková Sloboda:Slobodová Hric:Hricová Bielik:Bieliková Čierny:Čierna
Mráz:Mrázová Krajčí:Krajčíová Petrovič:Petrovičová Marko:Marková
Horňák:Horňáková Rusnák:Rusnáková Urban:Urbanová Vlček:Vlčková
Ďurica:Ďuricová Kováčik:Kováčiková Zeman:Zemanová Mikuláš:Mikulášová
Šťastný:Šťastná Jurčo:Jurčová Gregor:Gregorová
""")]

# --- Hungary (family name first) -----------------------------------------------------------
HU_M = words("""
László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt
Tibor András Csaba Imre Lajos György Balázs Gyula Mihály Róbert Károly Norbert
Dávid Ádám Krisztián Dániel Miklós Bence Máté Levente Gergő Roland Viktor
Szabolcs Árpád Béla Ákos Géza
""")
HU_F = words("""
Mária Erzsébet Katalin Ilona Éva Anna Zsuzsanna Margit Judit Ágnes Andrea
Erika Krisztina Irén Eszter Anita Edit Mónika Gabriella Szilvia Piroska Tímea
Viktória Zsófia Ildikó Magdolna Rozália Julianna Nikolett Henrietta Réka Dóra
Petra Orsolya Boglárka Hajnalka Enikő Zsanett Brigitta Csilla
""")
HU_FAM = words("""
Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp
Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér
Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács
Gulyás Biró Király Katona László Jakab Bogdán Boros Fazekas Kelemen Antal
Somogyi Orosz Fülöp Veres Vincze Hegedűs Deák Bálint Illés Vass
""")

# --- Albania and Kosovo ------------------------------------------------------------------------
AL_M = words("""
Arben Artan Besnik Blerim Driton Fatmir Gëzim Ilir Kujtim Luan Mentor Naim
Petrit Shkëlqim Valon Agron Bujar Dritan Edmond Erion Flamur Genc Hysen Jetmir
Klodian Lulzim Mërgim Qamil Rexhep Skënder Sokol Taulant Visar Xhevdet Ylli
Arjan Adem Bekim Besart Fisnik Granit Alban Enver Fitim
""")
AL_F = words("""
Albana Anila Arta Besa Blerta Donika Drita Elira Elona Entela Fatime Flutura
Gentiana Hana Ilirjana Jehona Klea Lindita Luljeta Mimoza Merita Nora Pranvera
Rudina Shpresa Teuta Valbona Vjosa Xhevahire Zana Afërdita Dafina Edona Fjolla
Jonida Kaltrina Lirije Majlinda Qëndresa Rita Sabina Vlora Arbëresha
""")
AL_FAM = words("""
Hoxha Shehu Krasniqi Gashi Berisha Morina Kelmendi Shala Bytyqi Hajdari
Rexhepi Dervishi Leka Prifti Çela Dushku Kola Marku Gjoka Hysa Lika Muça Meta
Xhafa Basha Duka Rama Sula Tafa Zeqiri Ahmeti Osmani Halili Aliu Hasani
Ismaili Kastrati Lleshi Gjini Bajrami Kryeziu Bajraktari Hoti Nikolla Toska
""")

# --- Portugal and Brazil --------------------------------------------------------------------
PT_M = words("""
João José António Francisco Manuel Pedro Carlos Paulo Luís Rui Miguel Tiago
Diogo Rafael Gabriel Lucas Mateus Gustavo Bruno Rodrigo Fernando Ricardo Marcos
Sérgio Jorge Nuno Vítor Hélio Leandro Felipe Guilherme Eduardo Alexandre
Daniel Fábio Márcio Wellington Anderson Cleiton Joaquim Thiago
""")
PT_F = words("""
Maria Ana Francisca Antónia Adriana Juliana Márcia Fernanda Patrícia Aline
Sandra Camila Amanda Bruna Jéssica Letícia Júlia Luciana Vanessa Mariana
Beatriz Inês Joana Sofia Catarina Rita Sara Filipa Carla Cláudia Raquel Sónia
Helena Teresa Conceição Fátima Rosângela Gabriela Larissa Débora
""")
PT_FAM = words("""
Silva Santos Oliveira Sousa Rodrigues Ferreira Alves Pereira Lima Gomes Costa
Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha
Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso
Ramos Gonçalves Santana Teixeira Correia Pinto Cunha Monteiro Azevedo Moura
Batista Araújo Cavalcanti Castro
""")
PT_PARTICLE = {"Silva": "da", "Santos": "dos", "Costa": "da", "Oliveira": "de",
               "Sousa": "de", "Souza": "de", "Conceição": "da", "Cruz": "da",
               "Nascimento": "do", "Rocha": "da", "Cunha": "da", "Moura": "de",
               "Assunção": "da", "Almeida": "de", "Jesus": "de", "Anjos": "dos",
               "Reis": "dos", "Andrade": "de", "Araújo": "de"}
# Brazilian spellings of the same names
BR_SPELL = {"António": "Antônio", "Antónia": "Antônia", "Sónia": "Sônia",
            "Luís": "Luiz", "Sousa": "Souza", "Vítor": "Vitor", "Tiago": "Thiago",
            "Mónica": "Mônica", "Filipa": "Felipa"}

# --- Dominican Republic, Colombia, Venezuela --------------------------------------------------
ES_M = words("""
José Juan Luis Carlos Jorge Miguel Pedro Manuel Francisco Rafael Ramón Andrés
Alejandro Jesús Fernando Héctor Julio Wilmer Jonathan Deivis Yeison Jhon
Brayan Santiago Sebastián Cristian Ángel Edwin Freddy Wilson Nelson Franklin
Yunior Ronny Kelvin Oscar Diego Daniel Eduardo Richard
""")
ES_F = words("""
María Ana Carmen Rosa Luz Martha Gloria Diana Sandra Claudia Paola Andrea
Carolina Daniela Valentina Yesenia Yenny Yudelkis Yusmary Yorbelis Yuleisy
Mariela Milagros Altagracia Dulce Rosanna Esperanza Beatriz Liliana Natalia
Marisol Johanna Leidy Yuliana Katherine Estefanía Génesis Isabel Francia
Yelitza
""")
ES_FAM = words("""
García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez
Torres Flores Rivera Gómez Díaz Reyes Morales Jiménez Ruiz Álvarez Castillo
Vargas Romero Mendoza Herrera Medina Castro Guzmán Peña Rojas Moreno Suárez
Ortiz Acosta Cabrera Batista Almonte Féliz Santana Mercedes Polanco Báez Durán
Marte Tejada Valdez Paulino Contreras Quintero Zambrano Chacón Salazar Parra
Ospina Cárdenas Muñoz Osorio Restrepo Giraldo Patiño Arango
""")
ES_BY_COUNTRY = {
    "DO": set("Batista Almonte Féliz Santana Mercedes Polanco Báez Durán Marte "
              "Tejada Valdez Paulino Reyes Peña Rodríguez Pérez".split()),
    "CO": set("Ospina Cárdenas Muñoz Osorio Restrepo Giraldo Patiño Arango "
              "Gómez Rojas Castro Moreno Suárez".split()),
    "VE": set("Quintero Zambrano Chacón Salazar Parra Contreras Mendoza Rojas "
              "Hernández González Pérez Rodríguez".split()),
}
ES_VAR = {"Jonathan": ["Yonathan", "Jhonatan"], "Jhon": ["John", "Jon"],
          "Brayan": ["Brian", "Bryan"], "Yeison": ["Jeison", "Jason"],
          "Deivis": ["Davis", "Deivys"], "Yunior": ["Junior"],
          "Yenny": ["Jenny", "Yeni"], "Johanna": ["Yohana", "Joana"],
          "Leidy": ["Lady", "Leydi"], "Katherine": ["Katerine", "Catherine"],
          "Yusmary": ["Yusmari"], "Yorbelis": ["Yorbelys"], "Yuleisy": ["Yuleisi"],
          "Valdez": ["Valdes"], "Féliz": ["Feliz"], "Báez": ["Baez"]}

# --- Haiti ---------------------------------------------------------------------------------
HT_M = words("""
Jean Pierre Jean-Baptiste Jean-Robert Joseph Wilner Wilson Jacques Emmanuel
Frantz Fritz Jean-Claude Louis Marc Ricardo Stevenson Jameson Réginald
Roosevelt Dieudonné Guerby Woodly Junior Ernst Evens Ronald Samuel Fabrice
Patrick Wisly Lesly Herby Kervens Jean-Marie Wesner Jean-Pierre Mackenson
""")
HT_F = words("""
Marie Marie-Claude Rose Nadège Guerline Mirlande Rosemène Fabienne Marie-Ange
Nathalie Edeline Jocelyne Wideline Lovely Roseline Daphnée Dieula Kettly
Mimose Ketia Myrlande Sherline Stéphanie Esther Naïka Vanessa Magalie Islande
Jessica Rose-Marie Widlyne Chantal Sandra Bertha Gladys Madeleine Yolande
Farah Judith Marie-Carmel
""")
HT_FAM = words("""
Joseph Jean Pierre Louis Charles Jean-Baptiste Saint-Fleur Étienne Noël
François Paul Michel Désir Augustin Alexis Baptiste Célestin Dorval Exantus
Fils-Aimé Georges Hyppolite Innocent Jacques Laguerre Lamour Lafortune
Metellus Moïse Nicolas Octave Philippe Raymond Saint-Louis Simon Thélusma
Valcourt Vilsaint Zéphir Toussaint Beaubrun Bien-Aimé Cadet Delva Dorvil
""")


def ht_variants(s):
    out = []
    if "-" in s:
        out += [s.replace("-", " "), s.replace("-", "")]
    if s.startswith("Saint-"):
        out += ["St-" + s[6:], "St " + s[6:], "St. " + s[6:]]
    if ascii_fold(s) != s:
        out.append(ascii_fold(s))
    return out


# ---------------------------------------------------------------------------
# 5. Countries: nationality words, cities, phones, passports, e-mail
# ---------------------------------------------------------------------------

ALPHA3 = dict(p.split("=") for p in words("""
UZ=UZB KZ=KAZ KG=KGZ TJ=TJK TM=TKM MN=MNG ID=IDN MY=MYS NP=NPL LK=LKA MM=MMR
LA=LAO KH=KHM JP=JPN HK=HKG TW=TWN SO=SOM ET=ETH SD=SDN NG=NGA SN=SEN MA=MAR
DZ=DZA IR=IRN AF=AFG IQ=IRQ SY=SYR TR=TUR RO=ROU MD=MDA PL=POL CZ=CZE SK=SVK
HU=HUN AL=ALB XK=RKS PT=PRT BR=BRA DO=DOM CO=COL VE=VEN HT=HTI NE=NER BJ=BEN
"""))


def nat_table(text):
    d = {}
    for line in text.strip().splitlines():
        for item in line.split(";"):
            item = item.strip()
            if not item:
                continue
            iso, rest = item.split("=", 1)
            name, adj = (rest.split("|") + [""])[:2]
            d[iso.strip()] = (name.strip(), adj.strip() or name.strip())
    return d


# country name | nationality adjective or demonym, per language
NAT = {
    "en": nat_table("""
UZ=Uzbekistan|Uzbek; KZ=Kazakhstan|Kazakh; KG=Kyrgyzstan|Kyrgyz; TJ=Tajikistan|Tajik
TM=Turkmenistan|Turkmen; MN=Mongolia|Mongolian; ID=Indonesia|Indonesian; MY=Malaysia|Malaysian
NP=Nepal|Nepali; LK=Sri Lanka|Sri Lankan; MM=Myanmar|Burmese; LA=Laos|Lao; KH=Cambodia|Cambodian
JP=Japan|Japanese; HK=Hong Kong SAR|Chinese (HKSAR); TW=Taiwan|Taiwanese; SO=Somalia|Somali
ET=Ethiopia|Ethiopian; SD=Sudan|Sudanese; NG=Nigeria|Nigerian; SN=Senegal|Senegalese
MA=Morocco|Moroccan; DZ=Algeria|Algerian; IR=Iran|Iranian; AF=Afghanistan|Afghan; IQ=Iraq|Iraqi
SY=Syria|Syrian; TR=Turkey|Turkish; RO=Romania|Romanian; MD=Moldova|Moldovan; PL=Poland|Polish
CZ=Czech Republic|Czech; SK=Slovakia|Slovak; HU=Hungary|Hungarian; AL=Albania|Albanian
XK=Kosovo|Kosovar; PT=Portugal|Portuguese; BR=Brazil|Brazilian; DO=Dominican Republic|Dominican
CO=Colombia|Colombian; VE=Venezuela|Venezuelan; HT=Haiti|Haitian; NE=Niger|Nigerien; BJ=Benin|Beninese
"""),
    "fr": nat_table("""
MA=Maroc|marocaine; DZ=Algérie|algérienne; SN=Sénégal|sénégalaise; NG=Nigeria|nigériane
HT=Haïti|haïtienne; AF=Afghanistan|afghane; RO=Roumanie|roumaine; AL=Albanie|albanaise
XK=Kosovo|kosovare; IQ=Irak|irakienne; TR=Turquie|turque; SY=Syrie|syrienne; SD=Soudan|soudanaise
SO=Somalie|somalienne; ET=Éthiopie|éthiopienne; IR=Iran|iranienne; VE=Venezuela|vénézuélienne
CO=Colombie|colombienne; DO=République dominicaine|dominicaine; MD=Moldavie|moldave
NE=Niger|nigérienne; BJ=Bénin|béninoise; UZ=Ouzbékistan|ouzbèke; TJ=Tadjikistan|tadjike
"""),
    "de": nat_table("""
AF=Afghanistan|afghanisch; IR=Iran|iranisch; IQ=Irak|irakisch; SY=Syrien|syrisch; TR=Türkei|türkisch
RO=Rumänien|rumänisch; PL=Polen|polnisch; AL=Albanien|albanisch; XK=Kosovo|kosovarisch
MD=Moldau|moldauisch; UZ=Usbekistan|usbekisch; TJ=Tadschikistan|tadschikisch
KG=Kirgisistan|kirgisisch; SO=Somalia|somalisch; ET=Äthiopien|äthiopisch; KZ=Kasachstan|kasachisch
TM=Turkmenistan|turkmenisch
"""),
    "es": nat_table("""
SN=Senegal|senegalesa; MA=Marruecos|marroquí; DZ=Argelia|argelina; NG=Nigeria|nigeriana
VE=Venezuela|venezolana; CO=Colombia|colombiana; DO=República Dominicana|dominicana
HT=Haití|haitiana; BR=Brasil|brasileña; ML=Malí|maliense
"""),
    "pt": nat_table("""
BR=Brasil|brasileira; PT=Portugal|portuguesa; VE=Venezuela|venezuelana; HT=Haiti|haitiana
CO=Colômbia|colombiana; DO=República Dominicana|dominicana; SN=Senegal|senegalesa
"""),
    "ru": nat_table("""
UZ=Узбекистан|узбекское; KZ=Казахстан|казахстанское; KG=Кыргызстан|кыргызское
TJ=Таджикистан|таджикское; TM=Туркменистан|туркменское; MN=Монголия|монгольское
AF=Афганистан|афганское; TR=Турция|турецкое; MD=Молдова|молдавское
"""),
    "mn": nat_table("MN=Монгол Улс|Монгол; KZ=Казахстан|Казах"),
    "ko": nat_table("""
UZ=우즈베키스탄; MN=몽골; KZ=카자흐스탄; KG=키르기스스탄; TJ=타지키스탄; NP=네팔
LK=스리랑카; MM=미얀마; KH=캄보디아; ID=인도네시아; LA=라오스
"""),
    "ja": nat_table("""
JP=日本; NP=ネパール; LK=スリランカ; MM=ミャンマー; ID=インドネシア; MN=モンゴル
UZ=ウズベキスタン; KH=カンボジア; LA=ラオス; TW=台湾; HK=中国（香港）
"""),
    "zh": nat_table("TW=中華民國|臺灣; ID=印尼; HK=香港; MN=蒙古"),
    "ms": nat_table("""
MY=Malaysia|Warganegara Malaysia; ID=Indonesia; MM=Myanmar; NP=Nepal; KH=Kemboja
LK=Sri Lanka; LA=Laos
"""),
    "th": nat_table("MM=เมียนมา|พม่า; LA=ลาว; KH=กัมพูชา"),
    "id": nat_table("ID=Indonesia|WNI; MY=Malaysia"),
    "ne": nat_table("NP=नेपाल|नेपाली"),
    "ar": nat_table("""
ET=إثيوبيا|إثيوبية; LK=سريلانكا|سريلانكية; NP=نيبال|نيبالية; SD=السودان|سودانية
SN=السنغال|سنغالية; NG=نيجيريا|نيجيرية; SO=الصومال|صومالية; MA=المغرب|مغربية
DZ=الجزائر|جزائرية; IR=إيران|إيرانية; AF=أفغانستان|أفغانية; UZ=أوزبكستان|أوزبكية
TM=تركمانستان|تركمانية; KZ=كازاخستان|كازاخية
"""),
    "am": nat_table("ET=ኢትዮጵያ|ኢትዮጵያዊ; SO=ሶማሊያ|ሶማሌ; SD=ሱዳን|ሱዳናዊ"),
    "pl": nat_table("""
PL=Polska|polskie; MD=Mołdawia|mołdawskie; UZ=Uzbekistan|uzbeckie; TJ=Tadżykistan|tadżyckie
KG=Kirgistan|kirgiskie; KZ=Kazachstan|kazachskie; TM=Turkmenistan|turkmeńskie; TR=Turcja|tureckie
"""),
    "cs": nat_table("""
CZ=Česká republika|ČR; SK=Slovensko|slovenské; MN=Mongolsko|mongolské; UZ=Uzbekistán|uzbecké
KZ=Kazachstán|kazašské; RO=Rumunsko|rumunské; MD=Moldavsko|moldavské; HU=Maďarsko|maďarské
"""),
    "hu": nat_table("""
HU=Magyarország|magyar; RO=Románia|román; SK=Szlovákia|szlovák; MD=Moldova|moldovai
AL=Albánia|albán; XK=Koszovó|koszovói
"""),
    "ro": nat_table("MD=Republica Moldova|moldovenească; RO=România|română; TR=Turcia|turcă"),
    "tr": nat_table("""
TR=Türkiye|T.C.; TM=Türkmenistan|Türkmen; UZ=Özbekistan|Özbek; AF=Afganistan|Afgan
IR=İran|İranlı; IQ=Irak|Iraklı; SY=Suriye|Suriyeli; MD=Moldova|Moldovalı
KG=Kırgızistan|Kırgız; KZ=Kazakistan|Kazak
"""),
    "fa": nat_table("IR=ایران|ایرانی; AF=افغانستان|افغان"),
    "sq": nat_table("XK=Kosova|kosovar; AL=Shqipëri|shqiptar"),
}

GENDER = {
    "en": (["M", "Male", "m"], ["F", "Female", "f"]),
    "fr": (["M", "H", "masculin", "Homme"], ["F", "F", "féminin", "Femme"]),
    "de": (["m", "männlich", "M"], ["w", "weiblich", "W"]),
    "es": (["M", "H", "masculino", "Hombre"], ["F", "M", "femenino", "Mujer"]),
    "pt": (["M", "masculino", "Masc."], ["F", "feminino", "Fem."]),
    "ru": (["М", "муж.", "мужской"], ["Ж", "жен.", "женский"]),
    "mn": (["эр", "Эр"], ["эм", "Эм"]),
    "ko": (["남", "남자", "M"], ["여", "여자", "F"]),
    "ja": (["男", "男性", "M"], ["女", "女性", "F"]),
    "zh": (["男", "M"], ["女", "F"]),
    "ms": (["L", "Lelaki"], ["P", "Perempuan"]),
    "id": (["L", "Laki-laki"], ["P", "Perempuan"]),
    "th": (["ชาย", "M"], ["หญิง", "F"]),
    "ne": (["पुरुष", "M"], ["महिला", "F"]),
    "ar": (["ذكر", "M"], ["أنثى", "F"]),
    "am": (["ወንድ", "M"], ["ሴት", "F"]),
    "pl": (["M", "mężczyzna"], ["K", "kobieta"]),
    "cs": (["M", "muž"], ["Ž", "žena"]),
    "hu": (["F", "férfi"], ["N", "nő"]),
    "ro": (["M", "masculin"], ["F", "feminin"]),
    "tr": (["E", "Erkek"], ["K", "Kadın"]),
    "fa": (["مرد", "M"], ["زن", "F"]),
    "sq": (["M", "mashkull"], ["F", "femër"]),
}
# ISO/IEC 5218 codes, used by some financial-intelligence forms
GENDER_CODE = ("1", "2")

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "en3": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "fr3": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "es3": "ene feb mar abr may jun jul ago sep oct nov dic",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "th3": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "af": "Hamal Sawr Jawza Saratan Asad Sunbula Mizan Aqrab Qaws Jadi Dalw Hut",
    "am": "መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}

DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "deva": "०१२३४५६७८९"}


def local_digits(s, script):
    d = DIGITS[script]
    return "".join(d[int(c)] if c.isdigit() and c.isascii() else c for c in s)


# Cities: English | native | other spellings by language (ru, fr, de, ...)
CITIES = {}
for _line in """
UZ: Tashkent | Тошкент | ru: Ташкент | uz: Toshkent | de: Taschkent
UZ: Samarkand | Самарқанд | ru: Самарканд | uz: Samarqand
UZ: Bukhara | Бухоро | ru: Бухара | uz: Buxoro | de: Buchara
UZ: Andijan | Андижон | ru: Андижан | uz: Andijon
UZ: Fergana | Фарғона | ru: Фергана | uz: Fargʻona
UZ: Namangan | Наманган | ru: Наманган | uz: Namangan
UZ: Qarshi | Қарши | ru: Карши | uz: Qarshi
KZ: Almaty | Алматы | ru: Алматы | de: Almaty
KZ: Shymkent | Шымкент | ru: Шымкент
KZ: Astana | Астана | ru: Астана
KZ: Taraz | Тараз | ru: Тараз
KZ: Turkistan | Түркістан | ru: Туркестан
KG: Bishkek | Бишкек | ru: Бишкек | de: Bischkek
KG: Osh | Ош | ru: Ош | de: Osch
KG: Jalal-Abad | Жалал-Абад | ru: Джалал-Абад
KG: Karakol | Каракол | ru: Каракол
TJ: Dushanbe | Душанбе | ru: Душанбе | de: Duschanbe
TJ: Khujand | Хуҷанд | ru: Худжанд
TJ: Kulob | Кӯлоб | ru: Куляб
TJ: Bokhtar | Бохтар | ru: Бохтар
TM: Ashgabat | Aşgabat | ru: Ашхабад | de: Aschgabat
TM: Mary | Mary | ru: Мары
TM: Turkmenabat | Türkmenabat | ru: Туркменабад
TM: Dashoguz | Daşoguz | ru: Дашогуз
MN: Ulaanbaatar | Улаанбаатар | ru: Улан-Батор | de: Ulan-Bator | cs: Ulánbátar
MN: Darkhan | Дархан | ru: Дархан
MN: Erdenet | Эрдэнэт | ru: Эрдэнэт
MN: Khovd | Ховд | ru: Ховд
ID: Surabaya | Surabaya
ID: Semarang | Semarang
ID: Indramayu | Indramayu
ID: Cilacap | Cilacap
ID: Medan | Medan
ID: Lombok Timur | Lombok Timur
ID: Banyuwangi | Banyuwangi
MY: Kuala Lumpur | Kuala Lumpur
MY: Kota Bharu | Kota Bharu
MY: Johor Bahru | Johor Bahru
MY: Ipoh | Ipoh
NP: Kathmandu | काठमाडौं
NP: Pokhara | पोखरा
NP: Biratnagar | विराटनगर
NP: Sindhupalchok | सिन्धुपाल्चोक
NP: Makwanpur | मकवानपुर
NP: Nuwakot | नुवाकोट
LK: Colombo | කොළඹ
LK: Kandy | මහනුවර
LK: Kurunegala | කුරුණෑගල
LK: Jaffna | யாழ்ப்பாணம்
LK: Batticaloa | மட்டக்களப்பு
LK: Galle | ගාල්ල
MM: Yangon | ရန်ကုန် | fr: Rangoun
MM: Mandalay | မန္တလေး
MM: Mawlamyine | မော်လမြိုင် | en: Moulmein
MM: Dawei | ထားဝယ်
MM: Myawaddy | မြဝတီ
LA: Vientiane | ວຽງຈັນ | fr: Vientiane
LA: Savannakhet | ສະຫວັນນະເຂດ
LA: Pakse | ປາກເຊ | fr: Paksé
LA: Luang Prabang | ຫຼວງພະບາງ
KH: Phnom Penh | ភ្នំពេញ
KH: Battambang | បាត់ដំបង
KH: Siem Reap | សៀមរាប
KH: Banteay Meanchey | បន្ទាយមានជ័យ
KH: Prey Veng | ព្រៃវែង
JP: Tokyo | 東京都
JP: Osaka | 大阪府
JP: Nagoya | 名古屋市
JP: Fukuoka | 福岡市
JP: Sapporo | 札幌市
HK: Hong Kong | 香港
HK: Kowloon | 九龍
TW: Taipei | 臺北市
TW: Kaohsiung | 高雄市
TW: Taichung | 臺中市
TW: Tainan | 臺南市
SO: Mogadishu | Muqdisho | fr: Mogadiscio | it: Mogadiscio
SO: Hargeisa | Hargeysa
SO: Kismayo | Kismaayo
SO: Baidoa | Baydhabo
SO: Beledweyne | Beledweyne
ET: Addis Ababa | አዲስ አበባ | fr: Addis-Abeba
ET: Dire Dawa | ድሬዳዋ
ET: Gondar | ጎንደር
ET: Jimma | ጅማ
ET: Dessie | ደሴ
ET: Hosaena | ሆሳዕና
SD: Khartoum | الخرطوم | fr: Khartoum
SD: Omdurman | أم درمان
SD: Port Sudan | بورتسودان
SD: El Fasher | الفاشر | en: Al Fashir
SD: Nyala | نيالا
SD: Kassala | كسلا
NG: Kano | Kano
NG: Lagos | Lagos
NG: Ibadan | Ibadan
NG: Benin City | Benin City
NG: Kaduna | Kaduna
NG: Abeokuta | Abeokuta
SN: Dakar | Dakar
SN: Thiès | Thiès | en: Thies
SN: Kaolack | Kaolack
SN: Saint-Louis | Saint-Louis
SN: Touba | Touba
MA: Casablanca | الدار البيضاء | es: Casablanca
MA: Tanger | طنجة | en: Tangier | es: Tánger
MA: Fès | فاس | en: Fez | es: Fez
MA: Marrakech | مراكش | en: Marrakesh
MA: Nador | الناظور
MA: Béni Mellal | بني ملال
DZ: Alger | الجزائر | en: Algiers | es: Argel
DZ: Oran | وهران | es: Orán
DZ: Constantine | قسنطينة
DZ: Annaba | عنابة
DZ: Tizi Ouzou | تيزي وزو
DZ: Sétif | سطيف
IR: Tehran | تهران | fr: Téhéran | de: Teheran
IR: Mashhad | مشهد | fr: Machhad | de: Maschhad
IR: Isfahan | اصفهان | de: Isfahan
IR: Tabriz | تبریز | de: Täbris
IR: Shiraz | شیراز | de: Schiras
AF: Kabul | کابل | de: Kabul
AF: Herat | هرات
AF: Kandahar | قندهار
AF: Mazar-i-Sharif | مزار شریف | de: Masar-e Scharif
AF: Jalalabad | جلال‌آباد | de: Dschalalabad
AF: Ghazni | غزنی
IQ: Erbil | هەولێر | ar: أربيل | de: Erbil
IQ: Sulaymaniyah | سلێمانی | en: Sulaimani | de: Sulaimaniyya
IQ: Duhok | دهۆک | en: Dohuk | de: Dohuk
SY: Qamishli | قامشلو | en: Al-Qamishli | de: Qamischli
SY: Afrin | عفرین
SY: Kobani | کۆبانی | en: Ain al-Arab
TR: İstanbul | İstanbul | en: Istanbul | de: Istanbul
TR: Ankara | Ankara
TR: İzmir | İzmir | en: Izmir
TR: Diyarbakır | Diyarbakır | en: Diyarbakir
TR: Van | Van
TR: Gaziantep | Gaziantep
TR: Mardin | Mardin
RO: București | București | en: Bucharest | de: Bukarest | fr: Bucarest
RO: Iași | Iași | en: Iasi | de: Jassy
RO: Constanța | Constanța | en: Constanta
RO: Cluj-Napoca | Cluj-Napoca | de: Klausenburg
RO: Craiova | Craiova
MD: Chișinău | Chișinău | ru: Кишинёв | en: Chisinau | de: Chișinău
MD: Bălți | Bălți | ru: Бельцы | en: Balti
MD: Cahul | Cahul | ru: Кагул
MD: Ungheni | Ungheni | ru: Унгены
MD: Orhei | Orhei | ru: Оргеев
PL: Warszawa | Warszawa | en: Warsaw | de: Warschau
PL: Kraków | Kraków | en: Krakow | de: Krakau
PL: Łódź | Łódź | en: Lodz
PL: Wrocław | Wrocław | de: Breslau
PL: Lublin | Lublin
CZ: Praha | Praha | en: Prague | de: Prag
CZ: Brno | Brno | de: Brünn
CZ: Ostrava | Ostrava
CZ: Plzeň | Plzeň | de: Pilsen
SK: Bratislava | Bratislava | de: Pressburg
SK: Košice | Košice | hu: Kassa
SK: Prešov | Prešov
SK: Nitra | Nitra | hu: Nyitra
HU: Budapest | Budapest
HU: Debrecen | Debrecen
HU: Miskolc | Miskolc
HU: Szeged | Szeged
HU: Pécs | Pécs
AL: Tiranë | Tiranë | en: Tirana | de: Tirana
AL: Durrës | Durrës | en: Durres
AL: Shkodër | Shkodër | en: Shkoder
AL: Elbasan | Elbasan
AL: Vlorë | Vlorë | en: Vlora
XK: Prishtinë | Prishtinë | en: Pristina | sr: Priština | de: Pristina
XK: Prizren | Prizren
XK: Pejë | Pejë | sr: Peć | en: Peja
XK: Gjakovë | Gjakovë | sr: Đakovica | en: Gjakova
XK: Mitrovicë | Mitrovicë | sr: Mitrovica | en: Mitrovica
PT: Lisboa | Lisboa | en: Lisbon
PT: Porto | Porto
PT: Braga | Braga
PT: Coimbra | Coimbra
BR: São Paulo | São Paulo | en: Sao Paulo
BR: Rio de Janeiro | Rio de Janeiro
BR: Goiânia | Goiânia | en: Goiania
BR: Belo Horizonte | Belo Horizonte
BR: Recife | Recife
BR: Fortaleza | Fortaleza
DO: Santo Domingo | Santo Domingo
DO: Santiago de los Caballeros | Santiago de los Caballeros | en: Santiago
DO: San Pedro de Macorís | San Pedro de Macorís
DO: La Romana | La Romana
CO: Bogotá | Bogotá | en: Bogota
CO: Medellín | Medellín | en: Medellin
CO: Cali | Cali
CO: Pereira | Pereira
CO: Cúcuta | Cúcuta | en: Cucuta
VE: Caracas | Caracas
VE: Maracaibo | Maracaibo
VE: Valencia | Valencia
VE: Barquisimeto | Barquisimeto
VE: San Cristóbal | San Cristóbal
HT: Port-au-Prince | Port-au-Prince | en: Port au Prince
HT: Cap-Haïtien | Cap-Haïtien | en: Cap-Haitien
HT: Gonaïves | Gonaïves | en: Gonaives
HT: Les Cayes | Les Cayes
HT: Jacmel | Jacmel
NE: Zinder | Zinder
NE: Maradi | Maradi
BJ: Cotonou | Cotonou
BJ: Porto-Novo | Porto-Novo
""".strip().splitlines():
    _cc, _rest = _line.split(":", 1)
    _parts = [p.strip() for p in _rest.split("|")]
    _d = {"en": _parts[0], "native": _parts[1]}
    for _x in _parts[2:]:
        _k, _v = _x.split(":", 1)
        _d[_k.strip()] = _v.strip()
    CITIES.setdefault(_cc.strip(), []).append(_d)


# Mobile numbering plans: country code, trunk prefix, mobile prefixes,
# national significant number length, digit grouping when written out
PHONE_PLAN = {
    "UZ": ("998", "", "90 91 93 94 95 97 99 33 88", 9, (2, 3, 2, 2)),
    "KZ": ("7", "8", "701 702 705 707 747 771 775 777 778", 10, (3, 3, 2, 2)),
    "KG": ("996", "0", "555 550 700 707 770 772 779 500", 9, (3, 3, 3)),
    "TJ": ("992", "", "90 91 92 93 98 88 55 50", 9, (2, 3, 4)),
    "TM": ("993", "8", "61 62 63 64 65 71", 8, (2, 6)),
    "MN": ("976", "", "88 99 95 94 85 80 86", 8, (4, 4)),
    "ID": ("62", "0", "812 813 821 822 852 853 857 858 878 896", 11, (3, 4, 4)),
    "MY": ("60", "0", "12 13 16 17 19 11", 9, (2, 3, 4)),
    "NP": ("977", "", "984 985 986 980 981 974 976", 10, (3, 7)),
    "LK": ("94", "0", "70 71 72 75 76 77 78", 9, (2, 3, 4)),
    "MM": ("95", "0", "94 95 96 97 98 99 92", 10, (1, 3, 3, 3)),
    "LA": ("856", "0", "20", 10, (2, 4, 4)),
    "KH": ("855", "0", "12 15 16 17 77 78 92 93 97 10 70", 8, (2, 3, 3)),
    "JP": ("81", "0", "70 80 90", 10, (2, 4, 4)),
    "HK": ("852", "", "5 6 9", 8, (4, 4)),
    "TW": ("886", "0", "9", 9, (3, 3, 3)),
    "SO": ("252", "0", "61 62 63 65 90 68", 9, (2, 3, 4)),
    "ET": ("251", "0", "91 92 93 94 70", 9, (2, 3, 4)),
    "SD": ("249", "0", "91 92 96 99 90 11 12", 9, (2, 3, 4)),
    "NG": ("234", "0", "803 806 703 706 813 816 810 814 903 906 805 807 815 705 905 802 808 708 701 902 809 817 818 909", 10, (3, 3, 4)),
    "NE": ("227", "", "90 91 92 93 94 96 97 98 99", 8, (2, 2, 2, 2)),
    "BJ": ("229", "", "90 91 94 95 96 97 61 62 66 67", 8, (2, 2, 2, 2)),
    "SN": ("221", "", "70 76 77 78", 9, (2, 3, 2, 2)),
    "MA": ("212", "0", "6 7", 9, (1, 2, 2, 2, 2)),
    "DZ": ("213", "0", "5 6 7", 9, (3, 2, 2, 2)),
    "IR": ("98", "0", "912 913 914 915 916 917 919 935 936 937 938 939 901 902 930 933 990", 10, (3, 3, 4)),
    "AF": ("93", "0", "70 71 72 73 74 75 76 77 78 79", 9, (2, 3, 4)),
    "IQ": ("964", "0", "750 751 770 771 780 781 790", 10, (3, 3, 4)),
    "SY": ("963", "0", "93 94 95 96 98 99", 9, (3, 3, 3)),
    "TR": ("90", "0", "530 532 533 535 536 537 538 539 541 542 543 544 545 546 505 506 507 551 552 553 554 555 559", 10, (3, 3, 2, 2)),
    "RO": ("40", "0", "72 73 74 75 76 77 78 79", 9, (3, 3, 3)),
    "MD": ("373", "0", "60 67 68 69 76 78 79", 8, (2, 3, 3)),
    "PL": ("48", "", "50 51 53 57 60 66 69 72 73 78 79 88", 9, (3, 3, 3)),
    "CZ": ("420", "", "60 70 72 73 77 79", 9, (3, 3, 3)),
    "SK": ("421", "0", "90 91 94 95", 9, (3, 3, 3)),
    "HU": ("36", "06", "20 30 31 50 70", 9, (2, 3, 4)),
    "AL": ("355", "0", "67 68 69", 9, (2, 3, 4)),
    "XK": ("383", "0", "43 44 45 48 49", 8, (2, 3, 3)),
    "PT": ("351", "", "91 92 93 96", 9, (3, 3, 3)),
    "BR": ("55", "0", "119 219 319 419 519 619 719 819 859 929 629", 11, (2, 5, 4)),
    "DO": ("1", "", "809 829 849", 10, (3, 3, 4)),
    "CO": ("57", "", "300 301 310 311 312 313 315 316 317 318 320 321 350", 10, (3, 3, 4)),
    "VE": ("58", "0", "412 414 416 424 426", 10, (3, 3, 4)),
    "HT": ("509", "", "31 34 36 37 38 39 41 42 44 46 47 48", 8, (4, 4)),
    # countries where migrants live and agencies sit
    "KR": ("82", "0", "10", 10, (2, 4, 4)),
    "TH": ("66", "0", "8 9 6", 9, (2, 3, 4)),
    "LB": ("961", "0", "3 70 71 76 81", 8, (2, 3, 3)),
    "KE": ("254", "0", "7", 9, (3, 3, 3)),
    "ES": ("34", "", "6 7", 9, (3, 3, 3)),
    "FR": ("33", "0", "6 7", 9, (1, 2, 2, 2, 2)),
    "DE": ("49", "0", "151 152 157 160 162 170 171 172 173 174 175 176 177 178 179", 11, (3, 8)),
    "US": ("1", "", "212 305 617 718 786 347 973 908 407 954", 10, (3, 3, 4)),
    "NL": ("31", "0", "6", 9, (1, 8)),
    "AE": ("971", "0", "50 52 54 55 56 58", 9, (2, 3, 4)),
    "RU": ("7", "8", "903 905 915 916 925 926 977 999", 10, (3, 3, 2, 2)),
}

# Passport number shapes: A = letter, 9 = digit
PASSPORT_SHAPE = {
    "UZ": ["AA9999999"], "KZ": ["N99999999"], "KG": ["AC9999999", "PE9999999"],
    "TJ": ["999999999"], "TM": ["A9999999"], "MN": ["E9999999"],
    "ID": ["A9999999", "B9999999", "C9999999"], "MY": ["A99999999", "H99999999"],
    "NP": ["99999999", "PA9999999"], "LK": ["N9999999"], "MM": ["MA999999", "MB999999", "MC999999", "MD999999"],
    "LA": ["P9999999"], "KH": ["N99999999"], "JP": ["TK9999999", "TR9999999", "TZ9999999", "MZ9999999"],
    "HK": ["K99999999", "H99999999"], "TW": ["999999999"], "SO": ["P00999999"],
    "ET": ["EP9999999", "EQ9999999"], "SD": ["P09999999", "D09999999"], "NG": ["A99999999", "B99999999"],
    "NE": ["99PC99999"], "BJ": ["B9999999"], "SN": ["A09999999"], "MA": ["AA9999999"],
    "DZ": ["999999999"], "IR": ["A99999999", "K99999999", "Y99999999"], "AF": ["P99999999", "O9999999"],
    "IQ": ["A99999999"], "SY": ["N009999999"], "TR": ["U99999999", "S99999999"], "RO": ["099999999"],
    "MD": ["AB9999999", "AC9999999"], "PL": ["EA9999999", "ER9999999", "EY9999999"], "CZ": ["99999999"],
    "SK": ["EA999999", "EB999999"], "HU": ["BE9999999", "BH9999999"], "AL": ["BA9999999", "BB9999999"],
    "XK": ["P09999999"], "PT": ["C999999", "CB999999"], "BR": ["FZ999999", "GA999999", "YB999999"],
    "DO": ["RD9999999", "SC9999999"], "CO": ["AO999999", "AR999999", "PE999999"],
    "VE": ["999999999", "D99999999"], "HT": ["PP9999999", "RD9999999"],
}

EMAIL_DOMAINS = {
    "UZ": "mail.ru gmail.com yandex.ru inbox.ru list.ru", "KZ": "mail.ru gmail.com yandex.kz inbox.ru",
    "KG": "mail.ru gmail.com bk.ru", "TJ": "mail.ru gmail.com inbox.ru", "TM": "gmail.com mail.ru online.tm",
    "MN": "gmail.com yahoo.com", "ID": "gmail.com yahoo.co.id", "MY": "gmail.com yahoo.com hotmail.com",
    "NP": "gmail.com yahoo.com hotmail.com", "LK": "gmail.com yahoo.com sltnet.lk",
    "MM": "gmail.com yahoo.com", "LA": "gmail.com yahoo.com laotel.com", "KH": "gmail.com yahoo.com",
    "JP": "gmail.com yahoo.co.jp docomo.ne.jp icloud.com", "HK": "gmail.com yahoo.com.hk netvigator.com",
    "TW": "gmail.com yahoo.com.tw hotmail.com", "SO": "gmail.com hotmail.com", "ET": "gmail.com yahoo.com",
    "SD": "gmail.com hotmail.com yahoo.com", "NG": "gmail.com yahoo.com", "SN": "gmail.com yahoo.fr hotmail.fr",
    "MA": "gmail.com hotmail.fr yahoo.fr menara.ma", "DZ": "gmail.com hotmail.fr yahoo.fr",
    "IR": "gmail.com yahoo.com", "AF": "gmail.com yahoo.com", "IQ": "gmail.com yahoo.com",
    "SY": "gmail.com hotmail.com", "TR": "gmail.com hotmail.com yandex.com", "RO": "yahoo.com gmail.com",
    "MD": "mail.ru gmail.com yahoo.com", "PL": "wp.pl o2.pl onet.pl interia.pl gmail.com",
    "CZ": "seznam.cz email.cz centrum.cz gmail.com", "SK": "azet.sk gmail.com centrum.sk",
    "HU": "freemail.hu gmail.com citromail.hu", "AL": "gmail.com hotmail.com yahoo.com",
    "XK": "gmail.com hotmail.com", "PT": "gmail.com sapo.pt hotmail.com",
    "BR": "gmail.com hotmail.com bol.com.br uol.com.br", "DO": "gmail.com hotmail.com yahoo.com",
    "CO": "gmail.com hotmail.com outlook.com", "VE": "gmail.com hotmail.com cantv.net",
    "HT": "gmail.com yahoo.fr hotmail.com", "NE": "gmail.com yahoo.fr", "BJ": "gmail.com yahoo.fr",
}

# Street names for addresses written in Latin letters, and the usual layout
STREETS = {
    "UZ": ("{s} koʻchasi {n}, {c}", "Navoiy|Amir Temur|Bobur|Mustaqillik|Chilonzor"),
    "KZ": ("ул. {s}, д. {n}, {c}", "Абая|Толе би|Сейфуллина|Жибек жолы"),
    "KG": ("ул. {s} {n}, {c}", "Манаса|Чуй|Токтогула|Ахунбаева"),
    "TJ": ("кӯчаи {s} {n}, {c}", "Рӯдакӣ|Сомонӣ|Айнӣ|Фирдавсӣ"),
    "TM": ("{s} köçesi {n}, {c}", "Magtymguly|Atatürk|Garaşsyzlyk"),
    "MN": ("{c}, {s} дүүрэг, {n}-р хороо", "Баянзүрх|Сүхбаатар|Сонгинохайрхан|Чингэлтэй"),
    "ID": ("Jl. {s} No. {n}, {c}", "Merdeka|Sudirman|Diponegoro|Gatot Subroto|Ahmad Yani"),
    "MY": ("No. {n}, Jalan {s}, {c}", "Tun Razak|Ampang|Sultan Ismail|Kebun Teh"),
    "NP": ("Ward No. {n}, {s}, {c}", "Thamel|Baneshwor|Koteshwor|Kalanki|Chabahil"),
    "LK": ("No. {n}, {s} Road, {c}", "Galle|Kandy|Temple|Station"),
    "MM": ("No. {n}, {s} Street, {c}", "Bogyoke|Anawrahta|Mahabandoola|Strand"),
    "LA": ("Ban {s}, {c}", "Sisavath|Dongdok|Phonthan|Nongbone"),
    "KH": ("Street {n}, Sangkat {s}, {c}", "Boeung Keng Kang|Tuol Tom Poung|Phsar Thmei"),
    "JP": ("{n}-{m} {s}, {c}", "Shinjuku|Ikebukuro|Namba|Tenjin"),
    "HK": ("Flat {m}, {n} {s}, {c}", "Nathan Road|Castle Peak Road|King's Road|Hennessy Road"),
    "TW": ("No. {n}, {s}, {c}", "Zhongshan Rd.|Minsheng Rd.|Chung Cheng Rd."),
    "SO": ("Degmada {s}, {c}", "Hodan|Waberi|Wadajir|Hamar Weyne"),
    "ET": ("Kebele {n}, {s}, {c}", "Bole|Kirkos|Arada|Yeka"),
    "SD": ("Block {n}, {s}, {c}", "Riyadh|Amarat|Burri|Kalakla"),
    "NG": ("{n} {s}, {c}", "Bello Road|Awolowo Way|Murtala Mohammed Way|Zoo Road|Sapele Road"),
    "NE": ("Quartier {s}, {c}", "Birni|Zengou|Garkaye"),
    "BJ": ("Quartier {s}, {c}", "Akpakpa|Cadjèhoun|Fidjrossè"),
    "SN": ("{n} rue {s}, {c}", "Médina|Grand Yoff|Pikine|HLM"),
    "MA": ("{n} rue {s}, {c}", "Mohammed V|Hassan II|Ibn Battouta|Al Massira"),
    "DZ": ("{n} rue {s}, {c}", "Didouche Mourad|Larbi Ben M'hidi|Emir Abdelkader"),
    "IR": ("{s} St., No. {n}, {c}", "Valiasr|Enghelab|Azadi|Shariati"),
    "AF": ("{s}, House {n}, {c}", "Karte Se|Khair Khana|Shahr-e Naw|Kart-e Parwan"),
    "IQ": ("{s} Quarter, House {n}, {c}", "Ankawa|Azadi|Bakhtiari|Rizgari"),
    "SY": ("{s}, {c}", "Hilaliye|Antariye|Qudurbek"),
    "TR": ("{s} Mah. {n}. Sk. No:{m}, {c}", "Cumhuriyet|Yenimahalle|Bağlar|Fatih"),
    "RO": ("Str. {s} nr. {n}, {c}", "Mihai Eminescu|Unirii|Libertății|Victoriei"),
    "MD": ("str. {s} {n}, ap. {m}, {c}", "Ștefan cel Mare|Alba Iulia|Dacia|Ismail"),
    "PL": ("ul. {s} {n}/{m}, {c}", "Mickiewicza|Słowackiego|Kościuszki|Polna"),
    "CZ": ("{s} {n}/{m}, {c}", "Vinohradská|Masarykova|Nádražní|Husova"),
    "SK": ("{s} {n}, {c}", "Hlavná|Štúrova|Obchodná|Mierová"),
    "HU": ("{c}, {s} utca {n}.", "Petőfi|Kossuth|Rákóczi|Arany János"),
    "AL": ("Rruga {s}, Nr. {n}, {c}", "Myslym Shyri|Durrësit|Kavajës|Elbasanit"),
    "XK": ("Rruga {s} {n}, {c}", "Nëna Terezë|Agim Ramadani|UÇK|Garibaldi"),
    "PT": ("Rua {s}, {n}, {c}", "da Liberdade|Augusta|do Carmo|de Santa Catarina"),
    "BR": ("Rua {s}, {n}, {c}", "das Flores|São José|Sete de Setembro|XV de Novembro"),
    "DO": ("Calle {s} #{n}, {c}", "Duarte|Las Mercedes|El Conde|Restauración"),
    "CO": ("Calle {n} # {m}-{k}, {c}", ""),
    "VE": ("Av. {s}, casa {n}, {c}", "Bolívar|Urdaneta|Libertador|Sucre"),
    "HT": ("{n}, rue {s}, {c}", "Capois|Lamarre|Pavée|Grégoire"),
    # where agencies sit
    "KR": ("{c} {s} {n}", "Guro-gu Digital-ro|Ansan Danwon-gu Wongok-dong|Hwaseong Hyangnam-eup"),
    "TH": ("{n} Moo {m}, {s}, {c}", "Mahachai|Samut Sakhon|Mae Sot"),
    "LB": ("{s}, Bldg {n}, {c}", "Bourj Hammoud|Dora|Hamra|Achrafieh"),
    "KE": ("{s}, {c}", "Eastleigh 1st Avenue|Eastleigh 12th Street|South C"),
    "ES": ("C/ {s} {n}, {c}", "Mayor|León y Castillo|Triana|San Bernardo"),
    "FR": ("{n} rue {s}, {c}", "de la Chapelle|Marx Dormoy|d'Aubervilliers|de Belleville"),
    "DE": ("{s} {n}, {c}", "Hauptstraße|Bahnhofstraße|Schillerstraße|Lindenstraße"),
    "US": ("{n} {s}, {c}", "NW 7th Ave|Flatbush Ave|Nostrand Ave|Bergenline Ave"),
    "NL": ("{s} {n}, {c}", "Kanaalstraat|Dapperstraat|Javastraat"),
    "AE": ("{s}, Bldg {n}, {c}", "Al Qusais|Deira|Al Nahda|Bur Dubai"),
    "RU": ("ул. {s}, д. {n}, кв. {m}, {c}", "Ленина|Мира|Гагарина|Садовая"),
}
HOST_CITIES = {
    "KR": ["Seoul", "Ansan", "Hwaseong"], "TH": ["Samut Sakhon", "Mae Sot", "Bangkok"],
    "LB": ["Beirut"], "KE": ["Nairobi"], "ES": ["Las Palmas de Gran Canaria", "Almería", "Madrid"],
    "FR": ["Paris", "Marseille", "Saint-Denis"], "DE": ["Berlin", "München", "Frankfurt am Main"],
    "US": ["Miami", "New York", "Boston"], "NL": ["Amsterdam", "Rotterdam"],
    "AE": ["Dubai", "Sharjah"], "RU": ["Москва", "Санкт-Петербург", "Екатеринбург"],
}


# ---------------------------------------------------------------------------
# 6. People
# ---------------------------------------------------------------------------

class PName:
    """The parts of one person's name, in the person's own system.

    system   how the parts combine (see compose_name)
    given    given-name words           family   surname words
    middle   patronymic / father's name (Central Asia, Horn of Africa, Tamil,
             Malay "bin", Mongolian father's name, Albanian father's name)
    prefix   Sinhala ge-name (vasagama)
    particle Malay bin / binti
    english  English first name of a Hong Kong or Taiwan person
    order    GF or FG: order in the person's own language
    """

    def __init__(self, system, given, family=(), middle=(), prefix=(),
                 particle=None, english=None, order="GF"):
        self.system = system
        self.given = list(given)
        self.family = list(family)
        self.middle = list(middle)
        self.prefix = list(prefix)
        self.particle = particle
        self.english = english
        self.order = order

    def copy(self, **kw):
        n = PName(self.system, self.given, self.family, self.middle,
                  self.prefix, self.particle, self.english, self.order)
        for k, v in kw.items():
            setattr(n, k, v)
        return n

    def key(self):
        return "|".join(t.native for t in self.given + self.middle + self.family)


class Person:
    def __init__(self, pid, group, cc, sex):
        self.pid = pid
        self.group = group
        self.cc = cc                 # nationality
        self.nat2 = None             # a second nationality, if any
        self.sex = sex
        self.dob = None
        self.dob_unknown = False     # papers carry 1 January of the year
        self.name = None             # PName in use now
        self.birth_name = None       # before marriage, if changed
        self.aliases = []            # (kind, PName or str)
        self.alias_dob = None
        self.phones = []             # [(country, nsn)]
        self.host_phone = {}         # country -> nsn
        self.controller_phone = None
        self.emails = []
        self.passport = None
        self.passport_old = None
        self.passport2 = None        # (country, number) of the second nationality
        self.birth_city = None
        self.home_city = None
        self.home_street = None
        self.hosts = []              # countries the person stayed in
        self.host_addr = {}
        self.tags = set()            # twin, namesake, married, alias, ...


# --- helpers building tokens -------------------------------------------------------------

def _cyr(entry, lang, pf, female=False):
    nat, ru = entry
    if female:
        nat = nat + "а"
        ru = ru + "а" if ru else None
    return CyrTok(nat, lang, ru, apos=pf.get("apos", True), kg_j=pf.get("kg_j", False))


def _var(rng, entry, pp_lang="en", derive=False):
    native, sp = entry
    src = sp.get(pp_lang, sp["en"])
    return VarTok(native, sp, skew(rng, src, 0.6), derive)


def ru_patronymic(father_native, father_ru, sex, lang):
    """Russian-style patronymic in national and Russian Cyrillic."""
    def make(stem):
        if stem[-1] in "йь":                 # Дмитрий -> Дмитриевич
            base, suf = stem[:-1], "ев"
        elif stem[-1] in "аоеиӣяу":          # Абдулла -> Абдуллаевич
            base, suf = stem.replace("ӣ", "и"), "ев"
        else:                                # Рустам -> Рустамович
            base, suf = stem, "ов"
        return base + suf + ("ич" if sex == "M" else "на")
    nat = make(father_native)
    ru = make(father_ru or russify(father_native, lang))
    return nat, ru


def mn_genitive(name):
    """Mongolian genitive of a father's name (Батын, Доржийн, Тэмүүлэнгийн)."""
    front = any(c in name for c in "эөүеи") and not any(c in name for c in "аоу")
    last = name[-1]
    if last == "н":
        return name + "гийн"
    if name[-2:] in ("аа", "ээ", "оо", "өө", "уу", "үү") or last in "йи":
        return name + "гийн"
    if last in "аэоөуү":
        return name[:-1] + ("ийн" if front else "ын")
    if last in "жчшгь":
        return name + "ийн"
    return name + ("ийн" if front else "ын")


# --- builders: one per naming tradition ---------------------------------------------------
# Each takes (rng, sex, ctx, pf) and returns a PName.  ctx holds what a family
# shares (father's name, surname); pf holds per-person spelling habits.

def _ctx(ctx, key, maker):
    if key not in ctx:
        ctx[key] = maker()
    return ctx[key]


def build_central_asian(lang, males, females, fams):
    def build(rng, sex, ctx, pf):
        g = _cyr(rng.choice(males if sex == "M" else females), lang, pf)
        father = _ctx(ctx, "father", lambda: rng.choice(males))
        styles = {"tg": [("ov", 0.88), ("zoda", 0.12)], "kk": [("ov", 0.9), ("patr", 0.1)],
                  "ky": [("ov", 0.9), ("patr", 0.1)], "uz": [("ov", 0.94), ("patr", 0.06)]}[lang]
        style = _ctx(ctx, "famstyle", lambda: wpick(rng, styles))
        if style == "ov":
            fam = _ctx(ctx, "fam", lambda: rng.choice(fams))
            f = _cyr(fam, lang, pf, female=(sex == "F"))
        elif style == "patr":
            # surname made from the father's name: Kazakh -ұлы/-қызы, Kyrgyz уулу/кызы
            fn, fr = father
            if lang == "kk":
                suf = "ұлы" if sex == "M" else "қызы"
                f = CyrTok(fn + suf, lang, (fr or russify(fn, lang)) + ("улы" if sex == "M" else "кызы"))
            elif lang == "ky":
                suf = " уулу" if sex == "M" else " кызы"
                f = CyrTok(fn + suf, lang, (fr or fn) + suf)
            elif lang == "uz":
                suf = " ўғли" if sex == "M" else " қизи"
                f = CyrTok(fn + suf, lang, (fr or russify(fn, lang)) + (" угли" if sex == "M" else " кизи"))
            else:
                f = _cyr(rng.choice(fams), lang, pf, female=(sex == "F"))
        else:
            fam = _ctx(ctx, "fam", lambda: rng.choice(fams))
            stem = fam[0]
            for suf in ("ов", "ев"):
                if stem.endswith(suf):
                    stem = stem[:-2]
            f = CyrTok(stem + "зода", lang, (fam[1] or russify(fam[0], lang))[:-2] + "зода")
        pn, pr = ru_patronymic(father[0], father[1], sex, lang)
        m = CyrTok(pn, lang, pr, apos=pf.get("apos", True), kg_j=pf.get("kg_j", False))
        return PName("patr", [g], [f], [m])
    return build


def build_tm(rng, sex, ctx, pf):
    g = TkTok(rng.choice(TM_M if sex == "M" else TM_F))
    fam = _ctx(ctx, "fam", lambda: rng.choice(TM_FAM))
    if sex == "F":
        fam = fam + "a"
    father = _ctx(ctx, "father", lambda: rng.choice(TM_M))
    # Turkmen patronymic: Serdarowiç / Serdarowna, Atanyýazowiç after a vowel
    stem = father + ("ýew" if father[-1] in "aeiouyäöü" else "ow")
    m = TkTok(stem + ("iç" if sex == "M" else "na"))
    return PName("patr", [g], [TkTok(fam)], [m])


def build_mn(rng, sex, ctx, pf):
    g = _cyr(rng.choice(MN_M if sex == "M" else MN_F), "mn", pf)
    father = _ctx(ctx, "father", lambda: rng.choice(MN_M))
    return PName("mongol", [g], [], [_cyr(father, "mn", pf)], order="FG")


def build_id(rng, sex, ctx, pf):
    first = ID_M if sex == "M" else ID_F
    last = ID_LAST_M if sex == "M" else ID_LAST_F
    n = wpick(rng, [(1, 0.3), (2, 0.5), (3, 0.2)])
    ws = [rng.choice(first)]
    if n == 3:
        w2 = rng.choice(first)
        if w2 != ws[0]:
            ws.append(w2)
    if n >= 2:
        clan = ctx.get("clan")
        ws.append(clan if clan else rng.choice(last))
        if ws[-1] in ID_CLANS:
            ctx["clan"] = ws[-1]
    toks = []
    for w in ws:
        old = id_old_spelling(w)
        own = old if (pf.get("old") and old != w) else w
        toks.append(LatTok(w, "id", [old] if old != w else [], own=own))
    return PName("indo", toks)


def _my_given(rng, sex):
    core = rng.choice(MY_M if sex == "M" else MY_F)
    toks = []
    if rng.random() < 0.6:
        pre, alts = rng.choice(MY_PREFIX_M if sex == "M" else MY_PREFIX_F)
        toks.append(LatTok(pre, "ms", alts))
    toks.append(LatTok(core, "ms"))
    return toks


def build_my(rng, sex, ctx, pf):
    g = _my_given(rng, sex)
    father = _ctx(ctx, "father", lambda: _my_given(rng, "M"))
    part = LatTok("bin" if sex == "M" else "binti", "ms",
                  ["b.", "bn"] if sex == "M" else ["bt.", "bte", "bt", "binte"])
    return PName("malay", g, [], father, particle=part)


def build_np(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(NP_M if sex == "M" else NP_F))
    fam = _ctx(ctx, "fam", lambda: rng.choice(NP_FAM))
    return PName("western", [g], [_var(rng, fam)])


def build_lk_si(rng, sex, ctx, pf):
    pool = LK_SI_M if sex == "M" else LK_SI_F
    g = [_var(rng, rng.choice(pool))]
    if rng.random() < 0.55:
        g2 = _var(rng, rng.choice(pool))
        if g2.native != g[0].native:
            g.append(g2)
    fam = _ctx(ctx, "fam", lambda: rng.choice(LK_SI_FAM))
    ge = _ctx(ctx, "ge", lambda: rng.choice(LK_SI_GE) if rng.random() < 0.4 else None)
    return PName("sinhala", g, [_var(rng, fam)], prefix=[_var(rng, ge)] if ge else [])


def build_lk_ta(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(LK_TA_M if sex == "M" else LK_TA_F))
    father = _ctx(ctx, "father", lambda: rng.choice(LK_TA_M))
    return PName("tamil", [g], [], [_var(rng, father)])


def build_mm(rng, sex, ctx, pf):
    pool = MM_M if sex == "M" else MM_F
    n = wpick(rng, [(2, 0.45), (3, 0.45), (1, 0.04), (4, 0.06)])
    syl = []
    while len(syl) < n:
        e = rng.choice(pool)
        if not syl or e[0] != syl[-1].native:
            syl.append(_var(rng, e))
    return PName("burmese", syl)


def build_la(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(LA_M if sex == "M" else LA_F))
    fam = _ctx(ctx, "fam", lambda: rng.choice(LA_FAM))
    return PName("western", [g], [_var(rng, fam)])


def build_kh(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(KH_M if sex == "M" else KH_F))
    fam = _ctx(ctx, "fam", lambda: rng.choice(KH_FAM))
    return PName("eastasia", [g], [_var(rng, fam)], order="FG")


def build_jp(rng, sex, ctx, pf):
    k, r = rng.choice(JP_M if sex == "M" else JP_F)
    fk, fr = _ctx(ctx, "fam", lambda: rng.choice(JP_FAM))
    oh = pf.get("oh", False)
    return PName("eastasia", [JaTok(k, r, oh)], [JaTok(fk, fr, oh)], order="FG")


def build_han(region):
    def build(rng, sex, ctx, pf):
        fam = _ctx(ctx, "fam", lambda: rng.choice(HAN_FAM))
        pool = [c for c in HAN_GIVEN if c[6] in ("u", "m" if sex == "M" else "f")]
        chars = [rng.choice(pool)]
        if rng.random() < 0.85:
            c2 = rng.choice(pool)
            if c2 != chars[0]:
                chars.append(c2)
        eng = None
        if rng.random() < (0.55 if region == "HK" else 0.2):
            eng = LatTok(rng.choice(HK_EN_M if sex == "M" else HK_EN_F), "en")
        return PName("eastasia", [HanTok(chars, region)], [HanTok([fam], region)],
                     english=eng, order="FG")
    return build


def build_so(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(SO_M if sex == "M" else SO_F), pf.get("pp", "en"))
    father = _ctx(ctx, "father", lambda: rng.choice(SO_M))
    gfather = _ctx(ctx, "gfather", lambda: rng.choice(SO_M))
    return PName("threegen", [g], [_var(rng, gfather, pf.get("pp", "en"))],
                 [_var(rng, father, pf.get("pp", "en"))])


def build_et(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(ET_M if sex == "M" else ET_F))
    father = _ctx(ctx, "father", lambda: rng.choice(ET_M))
    gfather = _ctx(ctx, "gfather", lambda: rng.choice(ET_M))
    return PName("threegen", [g], [_var(rng, gfather)], [_var(rng, father)])


def build_sd(rng, sex, ctx, pf):
    pool = (AR_M + SD_M) if sex == "M" else (AR_F + SD_F)
    g = _var(rng, rng.choice(pool), "sd", True)
    father = _ctx(ctx, "father", lambda: rng.choice(AR_M + SD_M))
    gfather = _ctx(ctx, "gfather", lambda: rng.choice(AR_M + SD_M))
    fam = [_var(rng, gfather, "sd", True)]
    clan = _ctx(ctx, "clan", lambda: rng.choice(SD_FAM) if rng.random() < 0.35 else None)
    if clan:
        fam.append(_var(rng, clan, "sd", True))
    return PName("threegen", [g], fam, [_var(rng, father, "sd", True)])


def build_maghreb(fams, amazigh_share):
    def build(rng, sex, ctx, pf):
        if rng.random() < amazigh_share:
            w, ar = rng.choice(AMAZIGH_M if sex == "M" else AMAZIGH_F)
            g = VarTok(ar, {"en": [w], "fr": [w]}, w)
        else:
            g = _var(rng, rng.choice(AR_M if sex == "M" else AR_F), "fr", True)
        fam = _ctx(ctx, "fam", lambda: rng.choice(fams))
        return PName("western", [g], [_var(rng, fam, "fr", True)])
    return build


def build_ir(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(IR_M if sex == "M" else IR_F), "en", True)
    fam = _ctx(ctx, "fam", lambda: rng.choice(IR_FAM))
    return PName("western", [g], [_var(rng, fam, "en", True)])


def build_af(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(AF_M if sex == "M" else AF_F), "en", True)
    style = _ctx(ctx, "style", lambda: "fam" if rng.random() < 0.55 else "father")
    if style == "fam":
        fam = _ctx(ctx, "fam", lambda: rng.choice(AF_FAM))
        return PName("western", [g], [_var(rng, fam, "en", True)])
    father = _ctx(ctx, "father", lambda: rng.choice(AF_M))
    gfather = _ctx(ctx, "gfather", lambda: rng.choice(AF_M))
    return PName("threegen", [g], [_var(rng, gfather, "en", True)],
                 [_var(rng, father, "en", True)])


def build_ku(rng, sex, ctx, pf):
    cc = ctx.setdefault("cc", wpick(rng, [("IQ", 0.55), ("TR", 0.25), ("SY", 0.12), ("IR", 0.08)]))
    if cc == "TR":
        g = LatTok(rng.choice(TR_M if sex == "M" else TR_F), "tr")
        fam = _ctx(ctx, "fam", lambda: rng.choice(TR_FAM))
        return PName("western", [g], [LatTok(fam, "tr")])
    g = _var(rng, rng.choice(KU_M if sex == "M" else KU_F), "en", True)
    if cc == "IR":
        fam = _ctx(ctx, "fam", lambda: rng.choice(IR_FAM))
        return PName("western", [g], [_var(rng, fam, "en", True)])
    style = _ctx(ctx, "style", lambda: "fam" if rng.random() < 0.4 else "father")
    if style == "fam":
        fam = _ctx(ctx, "fam", lambda: rng.choice(KU_FAM))
        return PName("western", [g], [_var(rng, fam, "en", True)])
    father = _ctx(ctx, "father", lambda: rng.choice(KU_M + AR_M[:12]))
    gfather = _ctx(ctx, "gfather", lambda: rng.choice(KU_M + AR_M[:12]))
    return PName("threegen", [g], [_var(rng, gfather, "en", True)],
                 [_var(rng, father, "en", True)])


def build_ha(rng, sex, ctx, pf):
    w = rng.choice(HA_M if sex == "M" else HA_F)
    fam = _ctx(ctx, "fam", lambda: rng.choice(HA_FAM))
    return PName("western", [LatTok(w, "ha", HA_VAR.get(w, []))],
                 [LatTok(fam, "ha", HA_VAR.get(fam, []))])


def build_yo(rng, sex, ctx, pf):
    pool = YO_M if sex == "M" else YO_F
    g = [LatTok(rng.choice(pool), "yo")]
    if rng.random() < 0.3:
        g2 = rng.choice(pool)
        if g2 != g[0].native:
            g.append(LatTok(g2, "yo"))
    fam = _ctx(ctx, "fam", lambda: rng.choice(YO_FAM))
    return PName("western", g, [LatTok(fam, "yo")])


def build_wo(rng, sex, ctx, pf):
    g = _var(rng, rng.choice(WO_M if sex == "M" else WO_F))
    g.pp = g.sp["en"][0]
    fam = _ctx(ctx, "fam", lambda: rng.choice(WO_FAM))
    f = _var(rng, fam)
    f.pp = f.sp["en"][0]
    return PName("western", [g], [f])


def build_tr(rng, sex, ctx, pf):
    pool = TR_M if sex == "M" else TR_F
    g = [LatTok(rng.choice(pool), "tr")]
    if rng.random() < 0.2:
        g2 = rng.choice(pool)
        if g2 != g[0].native:
            g.append(LatTok(g2, "tr"))
    fam = _ctx(ctx, "fam", lambda: rng.choice(TR_FAM))
    return PName("western", g, [LatTok(fam, "tr")])


def build_ro(fams, lang):
    def build(rng, sex, ctx, pf):
        pool = RO_M if sex == "M" else RO_F
        g = [LatTok(w, lang, RO_VAR.get(w, [])) for w in [rng.choice(pool)]]
        if rng.random() < 0.25:
            w2 = rng.choice(pool)
            if w2 != g[0].native:
                g.append(LatTok(w2, lang, RO_VAR.get(w2, [])))
        fam = _ctx(ctx, "fam", lambda: rng.choice(fams))
        return PName("western", g, [LatTok(fam, lang, RO_VAR.get(fam, []))])
    return build


def build_pl(rng, sex, ctx, pf):
    pool = PL_M if sex == "M" else PL_F
    g = [LatTok(rng.choice(pool), "pl")]
    if rng.random() < 0.3:
        w2 = rng.choice(pool)
        if w2 != g[0].native:
            g.append(LatTok(w2, "pl"))
    fam = _ctx(ctx, "fam", lambda: rng.choice(PL_FAM))
    return PName("western", g, [LatTok(pl_female(fam) if sex == "F" else fam, "pl")])


def build_czsk(males, females, fams, lang):
    def build(rng, sex, ctx, pf):
        g = LatTok(rng.choice(males if sex == "M" else females), lang)
        pair = _ctx(ctx, "fam", lambda: rng.choice(fams))
        return PName("western", [g], [LatTok(pair[1] if sex == "F" else pair[0], lang)])
    return build


def build_hu(rng, sex, ctx, pf):
    pool = HU_M if sex == "M" else HU_F
    g = [LatTok(rng.choice(pool), "hu")]
    if rng.random() < 0.15:
        w2 = rng.choice(pool)
        if w2 != g[0].native:
            g.append(LatTok(w2, "hu"))
    fam = _ctx(ctx, "fam", lambda: rng.choice(HU_FAM))
    return PName("western", g, [LatTok(fam, "hu")], order="FG")


def build_sq(rng, sex, ctx, pf):
    g = LatTok(rng.choice(AL_M if sex == "M" else AL_F), "sq")
    fam = _ctx(ctx, "fam", lambda: rng.choice(AL_FAM))
    father = _ctx(ctx, "father", lambda: rng.choice(AL_M))
    mid = [LatTok(father, "sq")] if rng.random() < 0.35 else []
    return PName("western", [g], [LatTok(fam, "sq")], mid)


def build_lus(br):
    def fix(w):
        return BR_SPELL.get(w, w) if br else w

    def build(rng, sex, ctx, pf):
        pool = PT_M if sex == "M" else PT_F
        g = [LatTok(fix(rng.choice(pool)), "pt")]
        if rng.random() < 0.45:
            w2 = fix(rng.choice(pool))
            if w2 != g[0].native:
                g.append(LatTok(w2, "pt"))
        mother = _ctx(ctx, "mother", lambda: rng.choice(PT_FAM))
        father = _ctx(ctx, "fam", lambda: rng.choice(PT_FAM))
        fam = []
        for s in ([mother] if rng.random() < 0.75 and mother != father else []) + [father]:
            s = fix(s)
            part = PT_PARTICLE.get(s)
            var = [BR_SPELL[s]] if s in BR_SPELL else ([k for k, v in BR_SPELL.items() if v == s])
            word = (part + " " + s) if part and rng.random() < 0.6 else s
            fam.append(LatTok(word, "pt", [s] if word != s else var))
        return PName("lusophone", g, fam)
    return build


def build_es(cc):
    def build(rng, sex, ctx, pf):
        pool = ES_M if sex == "M" else ES_F
        g = [LatTok(w, "es", ES_VAR.get(w, [])) for w in [rng.choice(pool)]]
        if rng.random() < 0.45:
            w2 = rng.choice(pool)
            if w2 != g[0].native:
                g.append(LatTok(w2, "es", ES_VAR.get(w2, [])))
        local = [f for f in ES_FAM if f in ES_BY_COUNTRY.get(cc, ())]

        def pick():
            return rng.choice(local) if local and rng.random() < 0.4 else rng.choice(ES_FAM)
        f1 = _ctx(ctx, "fam", pick)
        f2 = _ctx(ctx, "mother", pick)
        return PName("hispanic", g, [LatTok(f1, "es", ES_VAR.get(f1, [])),
                                     LatTok(f2, "es", ES_VAR.get(f2, []))])
    return build


def build_ht(rng, sex, ctx, pf):
    g = rng.choice(HT_M if sex == "M" else HT_F)
    fam = _ctx(ctx, "fam", lambda: rng.choice(HT_FAM))
    return PName("western", [LatTok(g, "ht", ht_variants(g))], [LatTok(fam, "ht", ht_variants(fam))])


# group: (nationality, script family, builder, weight in the population)
GROUPS = {
    "uz": ("UZ", "cyr", build_central_asian("uz", UZ_M, UZ_F, UZ_FAM), 7),
    "kz": ("KZ", "cyr", build_central_asian("kk", KZ_M, KZ_F, KZ_FAM), 4),
    "kg": ("KG", "cyr", build_central_asian("ky", KG_M, KG_F, KG_FAM), 4),
    "tj": ("TJ", "cyr", build_central_asian("tg", TJ_M, TJ_F, TJ_FAM), 4),
    "tm": ("TM", "tk", build_tm, 2),
    "mn": ("MN", "cyr", build_mn, 4),
    "id": ("ID", "latn", build_id, 5),
    "my": ("MY", "latn", build_my, 2),
    "np": ("NP", "deva", build_np, 4),
    "lk_si": ("LK", "sinh", build_lk_si, 3),
    "lk_ta": ("LK", "taml", build_lk_ta, 1.2),
    "mm": ("MM", "mymr", build_mm, 5),
    "la": ("LA", "laoo", build_la, 2),
    "kh": ("KH", "khmr", build_kh, 3),
    "jp": ("JP", "jpan", build_jp, 2.5),
    "hk": ("HK", "hani", build_han("HK"), 2.5),
    "tw": ("TW", "hani", build_han("TW"), 2),
    "so": ("SO", "somali", build_so, 3),
    "et": ("ET", "ethi", build_et, 4),
    "sd": ("SD", "arab", build_sd, 3),
    "ha": ("NG", "latn", build_ha, 2.2),
    "yo": ("NG", "latn", build_yo, 2),
    "wo": ("SN", "latn", build_wo, 3),
    "ma": ("MA", "arab", build_maghreb(MA_FAM, 0.08), 4),
    "dz": ("DZ", "arab", build_maghreb(DZ_FAM, 0.12), 3),
    "ir": ("IR", "pers", build_ir, 3),
    "af": ("AF", "pers", build_af, 4),
    "ku": ("IQ", "kurd", build_ku, 3),
    "tr": ("TR", "latn", build_tr, 3),
    "ro": ("RO", "latn", build_ro(RO_FAM, "ro"), 3),
    "md": ("MD", "latn", build_ro(MD_FAM, "md"), 3),
    "pl": ("PL", "latn", build_pl, 2),
    "cz": ("CZ", "latn", build_czsk(CZ_M, CZ_F, CZ_FAM, "cs"), 1.5),
    "sk": ("SK", "latn", build_czsk(SK_M, SK_F, SK_FAM, "sk"), 1.5),
    "hu": ("HU", "latn", build_hu, 2),
    "al": ("AL", "latn", build_sq, 2),
    "xk": ("XK", "latn", build_sq, 2),
    "pt": ("PT", "latn", build_lus(False), 1),
    "br": ("BR", "latn", build_lus(True), 3),
    "do": ("DO", "latn", build_es("DO"), 2),
    "co": ("CO", "latn", build_es("CO"), 2),
    "ve": ("VE", "latn", build_es("VE"), 3),
    "ht": ("HT", "latn", build_ht, 3),
}
# systems in which a married woman usually takes her husband's surname
MARRIED_NAME_GROUPS = {"uz", "kz", "kg", "tj", "tm", "tr", "ro", "md", "pl", "cz",
                       "sk", "hu", "al", "xk", "ht", "yo", "jp", "pt", "br", "ku"}


# ---------------------------------------------------------------------------
# 7. Agencies
# ---------------------------------------------------------------------------
# Each agency is fictional.  Keys:
#   sees     nationality -> weight of people it meets ('*' = anyone)
#   modes    script family -> [(render mode, weight)]; 'default' otherwise
#   full     share of records with the name in one field
#   fmt      layouts of a one-field name: GF, FG, F_CAPS (SURNAME Given),
#            F_COMMA (Surname, Given), CAPS (all upper), MRZ
#   caps     share with the surname in capitals; fold: share without accents
#   patr     share keeping a patronymic / father's name
#   dates    date layouts; nat: nationality styles; gender: gender styles
#   fields   chance that each optional column is filled
#   typo / ocr  chance of a keyboard slip / scanning damage per record

KIND_FIELDS = {
    "border":   dict(dob=0.96, gender=0.9, nationality=0.95, passport=0.9, passport_2=0.1,
                     phone=0.15, email=0.05, address=0.2, place_of_birth=0.6, name_2=0.35),
    "police":   dict(dob=0.85, gender=0.8, nationality=0.8, passport=0.45, passport_2=0.04,
                     phone=0.6, email=0.12, address=0.55, place_of_birth=0.35, name_2=0.3),
    "ngo":      dict(dob=0.6, gender=0.7, nationality=0.75, passport=0.2, passport_2=0.02,
                     phone=0.65, email=0.3, address=0.35, place_of_birth=0.15, name_2=0.25),
    "shelter":  dict(dob=0.72, gender=0.85, nationality=0.85, passport=0.3, passport_2=0.03,
                     phone=0.5, email=0.15, address=0.25, place_of_birth=0.3, name_2=0.25),
    "fiu":      dict(dob=0.8, gender=0.3, nationality=0.9, passport=0.55, passport_2=0.06,
                     phone=0.35, email=0.3, address=0.5, place_of_birth=0.1, name_2=0.3),
    "helpline": dict(dob=0.3, gender=0.6, nationality=0.6, passport=0.03, passport_2=0.0,
                     phone=0.95, email=0.2, address=0.15, place_of_birth=0.05, name_2=0.15),
}
KIND_NOISE = {"border": (0.05, 0.12), "police": (0.1, 0.04), "ngo": (0.13, 0.0),
              "shelter": (0.12, 0.02), "fiu": (0.04, 0.0), "helpline": (0.16, 0.0)}

LAT = [("lat:icao", 0.6), ("lat:en", 0.4)]

AGENCIES = [
    dict(code="uz_iiv_tashkent", label="Tashkent city police, anti-trafficking unit",
         country="UZ", lang="ru", kind="police",
         sees={"UZ": 10, "TJ": 2, "KG": 1, "KZ": 1, "TM": 1},
         modes={"cyr": [("native", 0.45), ("ru_cyr", 0.4), ("lat:nat", 0.15)],
                "tk": [("ru_cyr", 0.7), ("native", 0.3)]},
         full=0.75, fmt=[("FG", 0.8), ("GF", 0.2)], patr=0.9,
         dates=[("dmy.", 0.8), ("text:ru", 0.1), ("dmy2.", 0.1)],
         nat=[("name", 0.5), ("adj", 0.2), ("en", 0.1), ("a3", 0.2)], id="UZP-{y}-{n:05d}"),
    dict(code="kz_border", label="Kazakh border service, Almaty airport",
         country="KZ", lang="ru", kind="border",
         sees={"KZ": 6, "UZ": 4, "KG": 4, "TJ": 2, "TM": 1, "MN": 1},
         modes={"cyr": [("lat:icao", 0.75), ("ru_cyr", 0.15), ("native", 0.1)],
                "tk": [("lat:icao", 0.8), ("ru_cyr", 0.2)]},
         full=0.2, fmt=[("F_CAPS", 0.5), ("MRZ", 0.5)], patr=0.4, caps=0.9,
         dates=[("dmy.", 0.7), ("ymd-", 0.3)], nat=[("a3", 0.7), ("name", 0.3)],
         id="KZB{n:07d}"),
    dict(code="kg_ngo_bishkek", label="Bishkek NGO for returning labour migrants",
         country="KG", lang="ru", kind="ngo",
         sees={"KG": 8, "UZ": 2, "TJ": 2, "KZ": 1},
         modes={"cyr": [("ru_cyr", 0.55), ("native", 0.3), ("lat:en", 0.15)]},
         full=0.85, fmt=[("FG", 0.6), ("GF", 0.4)], patr=0.6,
         dates=[("dmy.", 0.6), ("dmy2.", 0.2), ("y", 0.2)],
         nat=[("name", 0.7), ("adj", 0.3)], id="KG-NGO-{n:04d}"),
    dict(code="mn_police", label="Ulaanbaatar police, trafficking division",
         country="MN", lang="mn", kind="police", sees={"MN": 10, "KZ": 0.5},
         modes={"cyr": [("native", 0.85), ("lat:icao", 0.15)]},
         full=0.85, fmt=[("FG", 1.0)], patr=1.0,
         dates=[("ymd.", 0.6), ("mn", 0.25), ("ymd-", 0.15)],
         nat=[("name", 0.5), ("adj", 0.5)], id="МЦ-{n:05d}"),
    dict(code="kr_migrant_helpline", label="Seoul helpline for migrant workers",
         country="KR", lang="ko", kind="helpline",
         sees={"UZ": 3, "MN": 4, "KZ": 2, "KG": 2, "NP": 3, "LK": 2, "MM": 2, "KH": 3, "ID": 2, "TJ": 1},
         modes={"default": [("lat:icao", 0.6), ("lat:en", 0.4)]},
         full=0.9, fmt=[("CAPS", 0.5), ("GF", 0.3), ("FG", 0.2)],
         dates=[("ko", 0.4), ("ymd.", 0.4), ("ko6", 0.2)],
         nat=[("name", 0.8), ("a2", 0.2)], id="KR-{y}{n:05d}"),
    dict(code="jp_npo_trainees", label="Tokyo NPO supporting foreign trainees",
         country="JP", lang="ja", kind="ngo",
         sees={"JP": 6, "NP": 2, "LK": 1, "MM": 2, "ID": 2, "MN": 1, "UZ": 1, "KH": 1, "LA": 0.5, "TW": 0.5},
         modes={"jpan": [("native", 0.7), ("kana", 0.15), ("lat:icao", 0.15)],
                "hani": [("native", 0.6), ("lat:icao", 0.4)],
                "default": [("lat:icao", 0.8), ("lat:en", 0.2)]},
         full=0.9, fmt=[("CAPS", 0.5), ("FG", 0.3), ("GF", 0.2)],
         dates=[("ja", 0.45), ("ja_era", 0.2), ("ja_era_abbr", 0.1), ("ymd/", 0.25)],
         nat=[("name", 0.9), ("a3", 0.1)], id="JPN{n:06d}"),
    dict(code="hk_police", label="Hong Kong police, vice unit",
         country="HK", lang="en", kind="police",
         sees={"HK": 8, "TW": 1, "ID": 4, "NP": 1, "LK": 1},
         modes={"hani": [("lat:icao", 0.55), ("lat:en", 0.2), ("native", 0.25)]},
         full=0.7, fmt=[("F_CAPS", 0.6), ("F_COMMA", 0.2), ("GF", 0.2)], caps=0.6,
         dates=[("dmy/", 0.85), ("text:en3", 0.15)],
         nat=[("adj", 0.6), ("name", 0.2), ("a3", 0.2)], id="HKP{y}/{n:05d}"),
    dict(code="tw_immigration", label="Taiwan immigration agency, Taoyuan",
         country="TW", lang="zh", kind="border",
         sees={"TW": 8, "ID": 4, "HK": 1, "MN": 0.3},
         modes={"hani": [("native", 0.5), ("lat:icao", 0.5)]},
         full=0.4, fmt=[("F_COMMA", 0.6), ("MRZ", 0.4)], caps=0.9,
         dates=[("roc", 0.35), ("ymd/", 0.45), ("roc/", 0.2)],
         nat=[("name", 0.6), ("a3", 0.4)], id="TW{n:08d}"),
    dict(code="my_police", label="Royal Malaysia Police, Johor",
         country="MY", lang="ms", kind="police",
         sees={"MY": 5, "ID": 5, "MM": 4, "NP": 3, "KH": 1, "LK": 1, "LA": 0.5},
         full=0.9, fmt=[("CAPS", 0.7), ("GF", 0.3)],
         dates=[("dmy/", 0.6), ("dmy-", 0.2), ("text:ms", 0.2)],
         nat=[("name", 0.8), ("a3", 0.2)], id="MYP/{n:06d}"),
    dict(code="th_atp", label="Thai anti-trafficking police, Samut Sakhon",
         country="TH", lang="th", kind="police",
         sees={"MM": 6, "LA": 5, "KH": 5},
         modes={"default": [("lat:en", 0.6), ("lat:icao", 0.3), ("native", 0.1)]},
         full=0.8, fmt=[("CAPS", 0.4), ("GF", 0.6)], mm_hon=0.3,
         dates=[("be/", 0.5), ("be_th", 0.2), ("dmy/", 0.2), ("y_be", 0.1)],
         nat=[("name", 0.6), ("en", 0.3), ("a3", 0.1)], id="TH-ATP-{n:05d}"),
    dict(code="id_ngo", label="Jakarta NGO for returning migrant workers",
         country="ID", lang="id", kind="ngo", sees={"ID": 10, "MY": 1},
         full=0.95, fmt=[("GF", 0.7), ("CAPS", 0.3)],
         dates=[("dmy-", 0.4), ("text:id", 0.4), ("dmy/", 0.2)],
         nat=[("name", 0.5), ("adj", 0.5)], id="ID-{n:05d}"),
    dict(code="np_foreign_employment", label="Nepal department of foreign employment",
         country="NP", lang="ne", kind="border", sees={"NP": 10},
         modes={"deva": [("native", 0.4), ("lat:icao", 0.6)]},
         full=0.6, fmt=[("CAPS", 0.6), ("GF", 0.4)],
         dates=[("ymd-", 0.5), ("bs", 0.3), ("bs_deva", 0.2)],
         nat=[("adj", 0.7), ("a3", 0.3)], id="DOFE-{n:06d}"),
    dict(code="lk_slbfe", label="Sri Lanka bureau of foreign employment",
         country="LK", lang="en", kind="border", sees={"LK": 10},
         modes={"sinh": [("lat:icao", 0.7), ("native", 0.3)],
                "taml": [("lat:icao", 0.7), ("native", 0.3)]},
         full=0.7, fmt=[("CAPS", 0.6), ("GF", 0.4)],
         dates=[("ymd-", 0.6), ("dmy/", 0.4)], nat=[("adj", 0.6), ("a3", 0.4)],
         id="SLBFE/{y}/{n:05d}"),
    dict(code="lb_shelter", label="Beirut shelter for migrant domestic workers",
         country="LB", lang="ar", kind="shelter",
         sees={"ET": 5, "LK": 3, "NP": 2, "SD": 2, "SN": 1, "NG": 1},
         modes={"arab": [("native", 0.5), ("lat:en", 0.5)],
                "default": [("lat:en", 0.6), ("lat:icao", 0.4)]},
         full=0.85, fmt=[("GF", 0.8), ("CAPS", 0.2)],
         dates=[("dmy/", 0.6), ("ar_digits", 0.2), ("y", 0.2)],
         nat=[("name", 0.4), ("adj", 0.3), ("en", 0.3)], id="BRT-{n:04d}"),
    dict(code="et_police", label="Addis Ababa police, human trafficking unit",
         country="ET", lang="am", kind="police", sees={"ET": 10, "SO": 2, "SD": 1},
         modes={"ethi": [("native", 0.7), ("lat:icao", 0.3)],
                "somali": [("lat:nat", 0.5), ("lat:en", 0.5)]},
         full=0.9, fmt=[("GF", 1.0)], patr=0.9,
         dates=[("ec", 0.35), ("ec_text", 0.15), ("dmy/", 0.5)],
         nat=[("adj", 0.6), ("name", 0.2), ("en", 0.2)], id="AAPC-{n:05d}"),
    dict(code="ke_refugee_ngo", label="Nairobi legal aid NGO for refugees",
         country="KE", lang="en", kind="ngo", sees={"SO": 6, "ET": 3, "SD": 3},
         modes={"somali": [("lat:nat", 0.35), ("lat:en", 0.65)],
                "default": [("lat:en", 0.7), ("lat:icao", 0.3)]},
         full=0.8, fmt=[("GF", 0.8), ("CAPS", 0.2)], patr=0.7,
         dates=[("dmy/", 0.7), ("y", 0.3)], nat=[("adj", 0.7), ("en", 0.3)],
         id="NRB-{n:05d}"),
    dict(code="ma_police", label="Tangier police, foreigners and trafficking",
         country="MA", lang="fr", kind="police",
         sees={"MA": 8, "DZ": 2, "SN": 3, "NG": 1},
         modes={"arab": [("lat:fr", 0.75), ("native", 0.25)]},
         full=0.8, fmt=[("F_CAPS", 0.8), ("GF", 0.2)], caps=0.8,
         dates=[("dmy/", 0.85), ("text:fr", 0.15)],
         nat=[("adj", 0.7), ("a3", 0.3)], id="DGSN-TNG-{n:05d}"),
    dict(code="es_canarias_ong", label="Canary Islands reception NGO",
         country="ES", lang="es", kind="shelter",
         sees={"SN": 5, "MA": 4, "DZ": 2, "NG": 2, "VE": 2, "CO": 2, "DO": 1},
         modes={"arab": [("lat:es", 0.4), ("lat:fr", 0.35), ("lat:en", 0.25)]},
         full=0.6, fmt=[("GF", 0.7), ("F_CAPS", 0.3)],
         dates=[("dmy/", 0.6), ("text:es", 0.2), ("text:es3", 0.2)],
         nat=[("adj", 0.7), ("a3", 0.3)], id="CAN-{y}-{n:04d}"),
    dict(code="fr_association", label="Paris association against trafficking",
         country="FR", lang="fr", kind="shelter",
         sees={"DZ": 5, "MA": 4, "HT": 3, "AF": 3, "SN": 3, "RO": 2, "AL": 1, "IQ": 1,
               "SO": 1, "TR": 1, "SD": 1},
         modes={"arab": [("lat:fr", 0.8), ("lat:en", 0.2)],
                "pers": [("lat:fr", 0.5), ("lat:en", 0.5)],
                "kurd": [("lat:nat", 0.3), ("lat:fr", 0.3), ("lat:en", 0.4)]},
         full=0.75, fmt=[("F_CAPS", 0.7), ("GF", 0.3)], caps=0.7,
         dates=[("dmy/", 0.6), ("text:fr3", 0.25), ("text:fr", 0.15)],
         nat=[("adj", 0.75), ("name", 0.1), ("a3", 0.15)], id="ASSO-{n:05d}"),
    dict(code="de_bundespolizei", label="German federal police, Munich airport",
         country="DE", lang="de", kind="border",
         sees={"AF": 5, "IR": 3, "IQ": 3, "SY": 2, "TR": 4, "RO": 2, "PL": 1, "AL": 2, "XK": 3,
               "MD": 1, "UZ": 1, "TJ": 1, "KG": 0.5, "SO": 1, "ET": 1},
         modes={"arab": [("lat:de", 0.4), ("lat:icao", 0.45), ("lat:en", 0.15)],
                "pers": [("lat:de", 0.4), ("lat:icao", 0.45), ("lat:en", 0.15)],
                "kurd": [("lat:de", 0.3), ("lat:icao", 0.5), ("lat:nat", 0.2)],
                "cyr": [("lat:icao", 0.5), ("lat:de", 0.45), ("lat:en", 0.05)]},
         full=0.3, fmt=[("F_COMMA", 0.6), ("MRZ", 0.4)], caps=0.5,
         dates=[("dmy.", 0.9), ("text:de", 0.1)],
         nat=[("adj", 0.5), ("a3", 0.4), ("name", 0.1)], id="BPOL-M-{n:06d}"),
    dict(code="pl_border_guard", label="Polish border guard, Terespol",
         country="PL", lang="pl", kind="border",
         sees={"PL": 2, "MD": 2, "UZ": 3, "TJ": 3, "KG": 2, "KZ": 1, "TM": 1, "TR": 1},
         modes={"cyr": [("lat:icao", 0.5), ("lat:pl", 0.4), ("ru_cyr", 0.1)],
                "tk": [("lat:icao", 0.6), ("lat:pl", 0.4)]},
         full=0.3, fmt=[("F_CAPS", 0.6), ("MRZ", 0.4)], caps=0.8,
         dates=[("dmy.", 0.8), ("ymd-", 0.2)],
         nat=[("adj", 0.5), ("a3", 0.5)], id="SG-TER-{n:06d}"),
    dict(code="cz_police", label="Czech police, foreigners police Prague",
         country="CZ", lang="cs", kind="police",
         sees={"CZ": 4, "SK": 3, "MN": 3, "UZ": 1, "KZ": 1, "RO": 1, "MD": 1},
         modes={"cyr": [("lat:icao", 0.5), ("lat:cz", 0.45), ("ru_cyr", 0.05)]},
         full=0.4, fmt=[("F_CAPS", 0.7), ("GF", 0.3)], caps=0.5,
         dates=[("cz", 0.7), ("dmy.", 0.2), ("text:cs", 0.1)],
         nat=[("name", 0.4), ("adj", 0.3), ("a3", 0.3)], id="PCR-{n:06d}"),
    dict(code="hu_police", label="Hungarian police, Budapest",
         country="HU", lang="hu", kind="police",
         sees={"HU": 6, "RO": 3, "SK": 2, "MD": 1, "AL": 1, "XK": 1},
         full=0.7, fmt=[("FG", 0.8), ("CAPS", 0.2)], hu_married=0.6,
         dates=[("hu", 0.7), ("text:hu", 0.2), ("ymd-", 0.1)],
         nat=[("adj", 0.8), ("a3", 0.2)], id="ORFK-{n:06d}"),
    dict(code="md_cctp", label="Moldovan centre for combating trafficking",
         country="MD", lang="ro", kind="police", sees={"MD": 8, "RO": 2, "TR": 1},
         modes={"latn": [("native", 0.65), ("ru_cyr", 0.35)]},
         full=0.8, fmt=[("FG", 0.5), ("GF", 0.5)], patr=0.3,
         dates=[("dmy.", 0.8), ("text:ro", 0.2)],
         nat=[("name", 0.6), ("adj", 0.4)], id="CCTP-{n:05d}"),
    dict(code="tr_egm", label="Turkish police, migrant smuggling bureau Istanbul",
         country="TR", lang="tr", kind="police",
         sees={"TR": 6, "TM": 4, "UZ": 3, "AF": 3, "IR": 3, "IQ": 2, "SY": 2, "MD": 2, "KG": 1, "KZ": 1},
         modes={"cyr": [("lat:tr", 0.5), ("lat:icao", 0.5)],
                "tk": [("native", 0.3), ("lat:tr", 0.4), ("lat:icao", 0.3)],
                "arab": [("lat:tr", 0.6), ("lat:icao", 0.4)],
                "pers": [("lat:tr", 0.6), ("lat:icao", 0.4)],
                "kurd": [("lat:tr", 0.5), ("lat:nat", 0.2), ("lat:icao", 0.3)]},
         full=0.5, fmt=[("CAPS", 0.6), ("GF", 0.4)], caps=0.6,
         dates=[("dmy.", 0.55), ("text:tr", 0.25), ("dmy/", 0.2)],
         nat=[("name", 0.6), ("adj", 0.2), ("a3", 0.2)], id="EGM-{y}-{n:06d}"),
    dict(code="ir_bafia", label="Iranian bureau for aliens, Mashhad",
         country="IR", lang="fa", kind="border", sees={"IR": 4, "AF": 6},
         modes={"pers": [("native", 0.8), ("lat:icao", 0.2)],
                "kurd": [("native", 0.8), ("lat:icao", 0.2)]},
         full=0.5, fmt=[("GF", 1.0)], patr=0.7,
         dates=[("jalali_fa", 0.5), ("jalali", 0.3), ("jalali_fa_text", 0.2)],
         nat=[("name", 0.5), ("adj", 0.5)], id="BAFIA-{n:06d}"),
    dict(code="af_returnee_ngo", label="Herat NGO for returnees",
         country="AF", lang="en", kind="ngo", sees={"AF": 8, "IR": 1},
         modes={"pers": [("lat:en", 0.8), ("native", 0.2)]},
         full=0.85, fmt=[("GF", 1.0)], patr=0.8,
         dates=[("jalali_af", 0.35), ("dmy/", 0.35), ("y", 0.3)],
         nat=[("adj", 0.6), ("en", 0.4)], id="HRT-{n:05d}"),
    dict(code="xk_police", label="Kosovo police, trafficking directorate",
         country="XK", lang="sq", kind="police", sees={"XK": 6, "AL": 4},
         modes={"latn": [("native", 0.75), ("sr_lat", 0.17), ("sr_cyr", 0.08)]},
         full=0.6, fmt=[("GF", 0.7), ("CAPS", 0.3)], patr=0.8,
         dates=[("dmy.", 0.8), ("text:sq", 0.2)],
         nat=[("adj", 0.5), ("name", 0.3), ("a3", 0.2)], id="PK-{n:06d}"),
    dict(code="pt_aima", label="Portuguese migration agency, Lisbon",
         country="PT", lang="pt", kind="border",
         sees={"PT": 2, "BR": 5, "VE": 1, "CO": 1, "SN": 0.5},
         full=0.6, fmt=[("GF", 0.7), ("CAPS", 0.3)],
         dates=[("dmy/", 0.7), ("dmy-", 0.3)], nat=[("adj", 0.6), ("a3", 0.4)],
         id="AIMA-{n:07d}"),
    dict(code="br_pf", label="Brazilian federal police, Roraima",
         country="BR", lang="pt", kind="police",
         sees={"BR": 6, "VE": 5, "HT": 4, "CO": 2, "DO": 0.5},
         full=0.85, fmt=[("CAPS", 0.5), ("GF", 0.5)],
         dates=[("dmy/", 0.85), ("text:pt", 0.15)], nat=[("adj", 0.7), ("a3", 0.3)],
         id="PF-RR-{n:05d}"),
    dict(code="us_hotline", label="US trafficking hotline, Miami desk",
         country="US", lang="en", kind="helpline",
         sees={"DO": 3, "HT": 3, "CO": 2, "VE": 3, "BR": 2, "SN": 0.5, "NG": 1, "HK": 0.3, "TW": 0.3},
         modes={"hani": [("lat:en", 0.5), ("lat:icao", 0.3), ("lat:py", 0.2)]},
         full=0.5, fmt=[("F_COMMA", 0.5), ("GF", 0.5)], us_parse=0.25,
         dates=[("mdy/", 0.6), ("text:en", 0.15), ("mdy2/", 0.1), ("y", 0.15)],
         nat=[("adj", 0.6), ("en", 0.3), ("a2", 0.1)], id="HL-{n:06d}"),
    dict(code="co_migracion", label="Colombian migration office, Cúcuta",
         country="CO", lang="es", kind="border", sees={"VE": 8, "CO": 3, "HT": 1, "DO": 0.5},
         full=0.3, fmt=[("CAPS", 0.6), ("GF", 0.4)],
         dates=[("dmy/", 0.6), ("ymd-", 0.2), ("text:es3", 0.2)],
         nat=[("adj", 0.6), ("a3", 0.4)], id="MCO-{n:07d}"),
    dict(code="do_ngo", label="Santo Domingo NGO for migrant women",
         country="DO", lang="es", kind="ngo", sees={"DO": 6, "HT": 5, "VE": 2},
         full=0.8, fmt=[("GF", 1.0)],
         dates=[("dmy/", 0.6), ("text:es", 0.2), ("y", 0.2)],
         nat=[("adj", 0.8), ("name", 0.2)], id="SD-ONG-{n:04d}"),
    dict(code="ng_naptip", label="Nigerian anti-trafficking agency, Benin City",
         country="NG", lang="en", kind="police", sees={"NG": 10, "SN": 0.5, "BJ": 0.5, "NE": 0.5},
         full=0.7, fmt=[("F_CAPS", 0.5), ("GF", 0.5)], caps=0.5,
         dates=[("dmy/", 0.7), ("text:en3", 0.2), ("dmy-", 0.1)],
         nat=[("adj", 0.7), ("a3", 0.3)], id="NAPTIP/{y}/{n:04d}"),
    dict(code="nl_fiu", label="Financial intelligence unit, Amsterdam",
         country="NL", lang="en", kind="fiu", sees={"*": 1},
         modes={"default": [("lat:icao", 0.75), ("lat:en", 0.25)],
                "hani": [("lat:icao", 0.6), ("lat:py", 0.3), ("simp", 0.1)]},
         full=0.4, fmt=[("F_COMMA", 0.6), ("CAPS", 0.4)], caps=1.0, fold=0.9,
         dates=[("ymd-", 0.9), ("y", 0.1)], nat=[("a2", 0.6), ("a3", 0.4)],
         gender_style="code", id="FIU-NL-{n:08d}"),
    dict(code="ae_fiu", label="Financial intelligence unit, Dubai",
         country="AE", lang="en", kind="fiu",
         sees={"IR": 3, "AF": 3, "SD": 2, "SO": 2, "ET": 1, "UZ": 2, "KZ": 1, "TM": 2,
               "NP": 1, "LK": 1, "MM": 0.5, "MA": 1, "DZ": 0.5, "NG": 1, "TJ": 1, "KG": 1},
         modes={"arab": [("lat:en", 0.6), ("lat:icao", 0.3), ("native", 0.1)],
                "pers": [("lat:en", 0.6), ("lat:icao", 0.3), ("native", 0.1)]},
         full=0.6, fmt=[("CAPS", 0.7), ("GF", 0.3)], caps=1.0, fold=0.95,
         dates=[("dmy/", 0.6), ("ymd-", 0.3), ("y", 0.1)], nat=[("a2", 0.3), ("en", 0.7)],
         id="AEFIU{n:07d}"),
    dict(code="ru_ngo_migrants", label="Moscow NGO helpline for Central Asian migrants",
         country="RU", lang="ru", kind="helpline",
         sees={"UZ": 6, "TJ": 6, "KG": 5, "KZ": 1, "TM": 1, "MD": 1},
         modes={"cyr": [("ru_cyr", 0.8), ("native", 0.1), ("lat:en", 0.1)],
                "tk": [("ru_cyr", 0.9), ("native", 0.1)],
                "latn": [("ru_cyr", 0.6), ("native", 0.4)]},
         full=0.95, fmt=[("FG", 0.5), ("GF", 0.5)], patr=0.5,
         dates=[("dmy.", 0.5), ("y", 0.3), ("dmy2.", 0.2)],
         nat=[("name", 0.6), ("adj", 0.4)], id="МСК-{n:05d}"),
]
AGENCY = {a["code"]: a for a in AGENCIES}


# ---------------------------------------------------------------------------
# 8. Building the population
# ---------------------------------------------------------------------------

REF_DATE = datetime.date(2024, 6, 30)

NICK_CYR = {"Алишер": "Алик", "Баҳтиёр": "Бахти", "Бахтиёр": "Бахти", "Жамшид": "Джама",
            "Шерзод": "Шер", "Санжар": "Саня", "Дилноза": "Диля", "Дилфуза": "Диля",
            "Гулнора": "Гуля", "Гулноза": "Гуля", "Нилуфар": "Нилу", "Зарина": "Зара",
            "Фаррух": "Федя", "Фирдавс": "Федя", "Рустам": "Рустик", "Тимур": "Тима",
            "Азамат": "Азик", "Айгерім": "Айка", "Бауыржан": "Бауке", "Нұрлан": "Нуржик",
            "Мадина": "Мадя", "Малика": "Мали", "Шаҳноза": "Шаха", "Ҷамшед": "Джама",
            "Темур": "Тимур", "Айгүл": "Айка", "Дархан": "Дара"}
NICK_THAI = words("Noi Lek Nok Dao Mee Toon Kob Pla Som Nut Joy Fon Ploy Oil")
NICK_ID = words("Iwan Wawan Didi Yanti Titi Neng Ucok Butet Nunung Yayuk")
NICK_LAT = {"José": "Zé", "Eduardo": "Dudu", "Rafael": "Rafa", "Gabriela": "Gabi",
            "Fernanda": "Nanda", "Beatriz": "Bia", "Luciana": "Lu", "Francisco": "Chico",
            "Antônio": "Toninho", "António": "Tó", "Jesús": "Chucho", "Ramón": "Moncho",
            "Carolina": "Caro", "Daniela": "Dani", "Yuliana": "Yuli", "Alejandro": "Alex",
            "Guadalupe": "Lupe", "Juan": "Juancho", "Manuel": "Manolo", "Rosa": "Rosita",
            "Mehmet": "Memo", "Mustafa": "Musti", "Małgorzata": "Gosia", "Katarzyna": "Kasia",
            "Aleksandra": "Ola", "Krzysztof": "Krzysiek", "Jiří": "Jirka", "Kateřina": "Katka",
            "László": "Laci", "Erzsébet": "Erzsi", "István": "Pista", "Zsuzsanna": "Zsuzsa",
            "Gheorghe": "Ghiță", "Ion": "Ionel", "Ecaterina": "Cati", "Mihaela": "Mihaiela"}


def pick_dob(rng):
    y = wpick(rng, [((1956, 1969), 0.09), ((1970, 1979), 0.17), ((1980, 1989), 0.3),
                    ((1990, 1999), 0.31), ((2000, 2008), 0.13)])
    year = rng.randint(*y)
    start = datetime.date(year, 1, 1).toordinal()
    end = datetime.date(year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def make_phone(rng, cc):
    code, trunk, prefixes, length, groups = PHONE_PLAN[cc]
    pre = rng.choice(prefixes.split())
    rest = "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre)))
    return (cc, pre + rest)


def make_passport(rng, cc):
    shape = rng.choice(PASSPORT_SHAPE.get(cc, ["A9999999"]))
    out = []
    for ch in shape:
        if ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "9":
            out.append(str(rng.randint(0, 9)))
        else:
            out.append(ch)
    return "".join(out)


def person_habits(rng, group, dob):
    return {"apos": rng.random() < 0.5, "kg_j": rng.random() < 0.4,
            "oh": rng.random() < 0.12,
            "old": rng.random() < (0.35 if dob.year < 1972 else 0.04),
            "pp": "nat" if (group == "so" and rng.random() < 0.3) else "en"}


def nationality_for(rng, group, ctx):
    cc = GROUPS[group][0]
    if group == "ku":
        return ctx["cc"]
    if group == "ha":
        return ctx.setdefault("cc", "NE" if rng.random() < 0.2 else "NG")
    if group == "yo":
        return ctx.setdefault("cc", "BJ" if rng.random() < 0.15 else "NG")
    return cc


def script_family(p):
    sf = GROUPS[p.group][1]
    if p.group == "ku" and p.cc == "TR":
        return "latn"
    return sf


class Population:
    def __init__(self, n, rng):
        self.rng = rng
        self.people = []
        self.by_group = {}
        self.counter = 0
        self.households = 0
        order = list(GROUPS)
        weights = [(g, GROUPS[g][3]) for g in order]
        while len(self.people) < n:
            g = wpick(rng, weights)
            room = n - len(self.people)
            r = rng.random()
            if r < 0.15 and room >= 2:
                self.siblings(g, min(room, wpick(rng, [(2, 0.6), (3, 0.3), (4, 0.1)])))
            elif r < 0.25 and room >= 2:
                self.couple(g)
            else:
                self.single(g)
        self.add_aliases()
        self.add_contacts()

    # -- creating people --------------------------------------------------------
    def new_person(self, group, sex, ctx, dob=None):
        rng = self.rng
        self.counter += 1
        p = Person("P%05d" % self.counter, group, None, sex)
        p.dob = dob or pick_dob(rng)
        p.cc = nationality_for(rng, group, ctx) if group != "ku" else None
        pf = person_habits(rng, group, p.dob)
        p.pf = pf
        p.ctx = ctx
        p.name = GROUPS[group][2](rng, sex, ctx, pf)
        if group == "ku":
            p.cc = ctx["cc"]
        if p.cc is None:
            p.cc = GROUPS[group][0]
        if group in ("af", "so", "sd", "et") and rng.random() < 0.3:
            p.dob_unknown = True
        if group == "md" and rng.random() < 0.35:
            p.nat2 = "RO"
        elif group == "ve" and rng.random() < 0.08:
            p.nat2 = "CO"
        elif group == "xk" and rng.random() < 0.15:
            p.nat2 = "AL"
        self.people.append(p)
        self.by_group.setdefault((group, sex), []).append(p)
        return p

    def single(self, g):
        rng = self.rng
        sex = "F" if rng.random() < 0.58 else "M"
        pool = self.by_group.get((g, sex), [])
        if pool and rng.random() < 0.07:
            # a namesake: another person with the very same name
            other = rng.choice(pool)
            dob = pick_dob(rng)
            if rng.random() < 0.35:
                dob = dob.replace(year=other.dob.year)
            p = self.new_person(g, sex, {}, dob)
            p.name = other.name.copy()
            p.tags.add("namesake")
            other.tags.add("namesake")
            p.household = None
            return
        p = self.new_person(g, sex, {})
        p.household = None
        self.maybe_married(p)

    def siblings(self, g, k):
        rng = self.rng
        ctx = {}
        self.households += 1
        twins = rng.random() < 0.12
        first = None
        for i in range(k):
            sex = "F" if rng.random() < 0.55 else "M"
            dob = None
            if twins and i == 1:
                dob = first.dob
            elif first is not None:
                base = first.dob.toordinal() + rng.choice([-1, 1]) * rng.randint(300, 3000)
                dob = datetime.date.fromordinal(min(base, datetime.date(2008, 12, 31).toordinal()))
            p = self.new_person(g, sex, ctx, dob)
            p.household = self.households
            if first is None:
                first = p
            elif twins and i == 1:
                p.tags.add("twin")
                first.tags.add("twin")
            self.maybe_married(p)

    def couple(self, g):
        rng = self.rng
        hctx = {}
        self.households += 1
        h = self.new_person(g, "M", hctx)
        wdob = datetime.date.fromordinal(h.dob.toordinal() + rng.randint(-900, 3600))
        if wdob > datetime.date(2005, 12, 31):
            wdob = datetime.date(2005, rng.randint(1, 12), rng.randint(1, 28))
        w = self.new_person(g, "F", {"cc": hctx.get("cc")} if "cc" in hctx else {}, wdob)
        h.household = w.household = self.households
        h.spouse, w.spouse = w, h
        if g in MARRIED_NAME_GROUPS and rng.random() < 0.75:
            self.marry(w, hctx, h)

    def maybe_married(self, p):
        rng = self.rng
        age = (REF_DATE - p.dob).days / 365.25
        if p.sex == "F" and p.group in MARRIED_NAME_GROUPS and age > 23 and rng.random() < 0.3:
            hctx = {"cc": p.cc} if p.group == "ku" else {}
            husband = GROUPS[p.group][2](rng, "M", hctx, p.pf)
            self.marry(p, hctx, None, husband)

    def marry(self, w, hctx, husband_person=None, husband_name=None):
        rng = self.rng
        g = w.group
        keep = {k: v for k, v in hctx.items() if k in ("fam", "famstyle", "mother", "clan", "cc")}
        keep["famstyle"] = "ov"
        tmp = GROUPS[g][2](rng, "F", dict(keep), w.pf)
        w.birth_name = w.name
        if w.name.system == "lusophone":
            fam = w.name.family[-1:] + tmp.family[-1:]
        else:
            fam = tmp.family
        w.name = w.name.copy(family=fam)
        hn = husband_name or (husband_person.name if husband_person else None)
        w.husband_name = hn
        w.tags.add("married_name")

    # -- aliases ------------------------------------------------------------------
    def add_aliases(self):
        rng = self.rng
        for p in self.people:
            first = p.name.given[0] if p.name.given else None
            if first is None:
                continue
            r = rng.random()
            g = p.group
            if g in ("uz", "kz", "kg", "tj") and first.native in NICK_CYR and r < 0.35:
                p.aliases.append(("nick", CyrTok(NICK_CYR[first.native], "ru")))
            elif g == "so" and r < 0.3:
                p.aliases.append(("laqab", _var(rng, rng.choice(SO_LAQAB), "nat")))
            elif g in ("mm", "la", "kh") and r < 0.25:
                p.aliases.append(("nick", LatTok(rng.choice(NICK_THAI), "th")))
            elif g == "id" and r < 0.15:
                p.aliases.append(("nick", LatTok(rng.choice(NICK_ID), "id")))
            elif g == "ht" and r < 0.15:
                p.aliases.append(("nick", LatTok("Ti " + first.native.split("-")[0], "ht")))
            elif g == "ha" and r < 0.2:
                p.aliases.append(("title", LatTok("Alhaji" if p.sex == "M" else "Hajiya", "ha")))
            elif g == "ku" and p.cc == "TR" and r < 0.5:
                p.aliases.append(("nick", LatTok(rng.choice(KU_TR_M if p.sex == "M" else KU_TR_F), "tr")))
            elif first.native in NICK_LAT and r < 0.3:
                p.aliases.append(("nick", LatTok(NICK_LAT[first.native], "xx")))
            elif g in ("ma", "dz", "sd", "af") and p.sex == "M" and r < 0.1:
                son = rng.choice(AR_M[:20])
                p.aliases.append(("kunya", VarTok("أبو " + son[0], {"en": ["Abu " + son[1]["en"][0]],
                                   "fr": ["Abou " + son[1].get("fr", son[1]["en"])[0]]},
                                   "Abu " + son[1]["en"][0])))
            if rng.random() < 0.04:
                # a second identity, e.g. from a forged or borrowed passport
                alt = GROUPS[g][2](rng, p.sex, {"cc": p.cc}, p.pf)
                p.aliases.append(("identity", alt))
                if rng.random() < 0.5:
                    p.alias_dob = p.dob.replace(year=p.dob.year - rng.randint(1, 4)) \
                        if not (p.dob.month == 2 and p.dob.day == 29) else p.dob
                p.tags.add("alias_identity")
            if p.aliases:
                p.tags.add("alias")

    # -- routes, phones, e-mail, passports, addresses ---------------------------
    def add_contacts(self):
        rng = self.rng
        households = {}
        for p in self.people:
            hh = getattr(p, "household", None)
            shared = households.get(hh) if hh else None
            p.route = self.pick_route(p, shared)
            p.hosts = []
            for code in p.route:
                c = AGENCY[code]["country"]
                if c != p.cc and c not in p.hosts:
                    p.hosts.append(c)
            if p.group in ("uz", "tj", "kg") and rng.random() < 0.4 and "RU" not in p.hosts:
                p.hosts.append("RU")
            cities = CITIES.get(p.cc) or CITIES["TR"]
            p.birth_city = rng.choice(cities)
            p.home_city = p.birth_city if rng.random() < 0.65 else rng.choice(cities)
            p.home_no = (rng.randint(1, 180), rng.randint(1, 90), rng.randint(1, 40))
            st = STREETS.get(p.cc)
            p.home_street = rng.choice(st[1].split("|")) if st and st[1] else ""
            if rng.random() < 0.78:
                p.phones.append(make_phone(rng, p.cc))
            for h in p.hosts:
                if h in PHONE_PLAN and rng.random() < 0.6:
                    p.host_phone[h] = make_phone(rng, h)[1]
            if rng.random() < 0.75:
                p.passport = make_passport(rng, p.cc)
                if rng.random() < 0.14:
                    p.passport_old = make_passport(rng, p.cc)
            if p.nat2:
                p.passport2 = (p.nat2, make_passport(rng, p.nat2))
            if rng.random() < 0.45:
                p.emails.append(make_email(rng, p))
                if rng.random() < 0.12:
                    p.emails.append(make_email(rng, p))
            if shared is not None:
                # family members: same home, often the same phone
                src = shared
                p.home_city, p.home_street, p.home_no = src.home_city, src.home_street, src.home_no
                if src.phones and rng.random() < 0.55:
                    p.phones = [src.phones[0]] + p.phones[1:]
                    p.tags.add("family_phone")
                    src.tags.add("family_phone")
                for h, num in src.host_phone.items():
                    if h in p.hosts and rng.random() < 0.4:
                        p.host_phone[h] = num
            if hh and hh not in households:
                households[hh] = p
        self.add_controllers()

    def pick_route(self, p, shared):
        rng = self.rng
        if shared is not None and rng.random() < 0.6:
            return list(shared.route)
        cands = []
        for a in AGENCIES:
            w = a["sees"].get(p.cc, 0)
            if p.group == "ku" and p.cc == "TR":
                w = max(w, a["sees"].get("IQ", 0) * 0.5)
            if "*" in a["sees"]:
                w = 0.35
            if w > 0:
                cands.append((a["code"], w))
        k = wpick(rng, [(1, 0.45), (2, 0.4), (3, 0.15)])
        route = []
        for _ in range(k):
            rest = [(c, w) for c, w in cands if c not in route]
            if not rest:
                break
            route.append(wpick(rng, rest))
        return route

    def add_controllers(self):
        """Several victims list the same controller's phone."""
        rng = self.rng
        by_agency = {}
        for p in self.people:
            if p.route:
                by_agency.setdefault(p.route[0], []).append(p)
        self.controller_groups = 0
        for code in sorted(by_agency):
            ps = by_agency[code]
            ag = AGENCY[code]
            if ag["kind"] == "fiu":
                continue
            rng.shuffle(ps)
            i = 0
            while i < len(ps):
                if rng.random() < 0.013:
                    k = rng.randint(3, 7)
                    grp = ps[i:i + k]
                    if len(grp) >= 2:
                        cc = ag["country"] if (ag["country"] in PHONE_PLAN and rng.random() < 0.6) else grp[0].cc
                        num = make_phone(rng, cc)
                        for v in grp:
                            v.controller_phone = num
                            v.tags.add("controller_phone")
                        self.controller_groups += 1
                        # the controller may be in the data too, under the same number
                        same = [q for q in self.by_group.get((grp[0].group, "M"), []) if q not in grp]
                        if same and rng.random() < 0.5:
                            boss = rng.choice(same)
                            boss.phones.insert(0, num)
                            boss.tags.add("controller")
                    i += k
                else:
                    i += 1


def latin_key(p):
    """A plain ASCII form of the person's name for e-mail addresses."""
    def one(toks):
        if not toks:
            return ""
        s = toks[0].render("lat:icao", random.Random(0))
        return "".join(c for c in ascii_fold(s).lower() if c.isalnum())
    return one(p.name.given), one(p.name.family or p.name.middle or p.name.given[1:])


def make_email(rng, p):
    g, f = latin_key(p)
    if not g:
        g = "user"
    num = wpick(rng, [("", 0.3), (str(p.dob.year), 0.25), (str(p.dob.year)[2:], 0.2),
                      (str(rng.randint(1, 999)), 0.25)])
    local = wpick(rng, [(g + "." + f, 0.3), (g + f, 0.2), (g[:1] + f, 0.15),
                        (f + "." + g, 0.1), (g + "_" + f, 0.1), (g, 0.15)]) if f else g
    local = local.strip("._") + num
    dom = rng.choice(EMAIL_DOMAINS.get(p.cc, "gmail.com").split())
    return local + "@" + dom


# ---------------------------------------------------------------------------
# 9. Calendars and dates
# ---------------------------------------------------------------------------

def to_jalali(d):
    """Gregorian -> Solar Hijri (Iran, Afghanistan)."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100
            + (gy2 + 399) // 400 + gd + g_d_m[gm - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def to_ethiopian(d):
    """Gregorian -> Ethiopian calendar (year, month 1-13, day)."""
    jdn = d.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    year = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return year, n // 30 + 1, n % 30 + 1


def to_bs_approx(d):
    """Nepali Bikram Sambat, by the usual +56 years 8 months 17 days rule of
    thumb (real BS months vary from 29 to 32 days; clerks convert with
    tables, and converted dates are often a day or two off)."""
    y, m, dd = d.year + 56, d.month + 8, d.day + 17
    if dd > 30:
        dd -= 30
        m += 1
    if m > 12:
        m -= 12
        y += 1
    return y, m, dd


def jp_era(d):
    if d >= datetime.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= datetime.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def format_date(d, fmt, rng, partial=None):
    y, m, dd = d.year, d.month, d.day
    if fmt == "y":
        partial, fmt = "y", "dmy."
    if fmt == "y_be":
        partial, fmt = "y", "be/"
    sep = {"dmy.": ".", "dmy/": "/", "dmy-": "-", "mdy/": "/", "ymd-": "-", "ymd.": ".",
           "ymd/": "/", "dmy2.": ".", "dmy2/": "/", "mdy2/": "/"}.get(fmt)
    if sep:
        yy = "%02d" % (y % 100) if "2" in fmt else "%04d" % y
        if partial == "y":
            return "%04d" % y
        if fmt.startswith("ymd"):
            return "%04d%s%02d" % (y, sep, m) if partial == "ym" else "%04d%s%02d%s%02d" % (y, sep, m, sep, dd)
        if fmt.startswith("mdy"):
            return "%02d%s%04d" % (m, sep, y) if partial == "ym" else "%02d%s%02d%s%s" % (m, sep, dd, sep, yy)
        if partial == "ym":
            return "%02d%s%04d" % (m, sep, y)
        if rng.random() < 0.08 and "2" not in fmt:
            return "%d%s%d%s%s" % (dd, sep, m, sep, yy)       # no leading zeros
        return "%02d%s%02d%s%s" % (dd, sep, m, sep, yy)
    if fmt == "cz":
        return {"y": "%d" % y, "ym": "%d/%d" % (m, y)}.get(partial, "%d. %d. %d" % (dd, m, y))
    if fmt == "hu":
        return {"y": "%d." % y, "ym": "%d. %02d." % (y, m)}.get(partial, "%d. %02d. %02d." % (y, m, dd))
    if fmt.startswith("text:"):
        lang = fmt[5:]
        mn = MONTHS[lang][m - 1]
        if partial == "y":
            return str(y)
        if lang == "en":
            return "%s %d" % (mn, y) if partial == "ym" else "%s %d, %d" % (mn, dd, y)
        if lang in ("es", "pt"):
            return "%s de %d" % (mn, y) if partial == "ym" else "%d de %s de %d" % (dd, mn, y)
        if lang == "es3":
            return "%s-%d" % (mn, y) if partial == "ym" else "%02d-%s-%d" % (dd, mn, y)
        if lang == "de":
            return "%s %d" % (mn, y) if partial == "ym" else "%d. %s %d" % (dd, mn, y)
        if lang == "cs":
            return "%d/%d" % (m, y) if partial == "ym" else "%d. %s %d" % (dd, mn, y)
        if lang == "hu":
            return "%d. %s" % (y, mn) if partial == "ym" else "%d. %s %d." % (y, mn, dd)
        if lang in ("ru", "pl"):
            if partial == "ym":
                return "%02d.%d" % (m, y)
            return "%d %s %d г." % (dd, mn, y) if lang == "ru" else "%d %s %d" % (dd, mn, y)
        if lang == "fr" and dd == 1 and partial is None:
            return "1er %s %d" % (mn, y)
        return "%s %d" % (mn, y) if partial == "ym" else "%d %s %d" % (dd, mn, y)
    if fmt == "ja":
        return {"y": "%d年" % y, "ym": "%d年%d月" % (y, m)}.get(partial, "%d年%d月%d日" % (y, m, dd))
    if fmt in ("ja_era", "ja_era_abbr"):
        era, ab, ey = jp_era(d)
        eys = "元" if ey == 1 else str(ey)
        if fmt == "ja_era_abbr" and partial is None:
            return "%s%02d.%02d.%02d" % (ab, ey, m, dd)
        return {"y": "%s%s年" % (era, eys), "ym": "%s%s年%d月" % (era, eys, m)}.get(
            partial, "%s%s年%d月%d日" % (era, eys, m, dd))
    if fmt == "ko":
        return {"y": "%d년" % y, "ym": "%d년 %d월" % (y, m)}.get(partial, "%d년 %d월 %d일" % (y, m, dd))
    if fmt == "ko6":
        return {"y": "%d" % y, "ym": "%d.%02d" % (y, m)}.get(partial, "%02d%02d%02d" % (y % 100, m, dd))
    if fmt in ("roc", "roc/"):
        ry = y - 1911
        if fmt == "roc/":
            return {"y": "%d" % ry, "ym": "%d/%02d" % (ry, m)}.get(partial, "%d/%02d/%02d" % (ry, m, dd))
        return {"y": "民國%d年" % ry, "ym": "民國%d年%d月" % (ry, m)}.get(partial, "民國%d年%d月%d日" % (ry, m, dd))
    if fmt in ("be/", "be_th"):
        by = y + 543
        if fmt == "be_th" and partial != "y":
            mn = MONTHS["th3"][m - 1]
            return "%s %d" % (mn, by) if partial == "ym" else "%d %s %d" % (dd, mn, by)
        return {"y": "%d" % by, "ym": "%02d/%d" % (m, by)}.get(partial, "%02d/%02d/%d" % (dd, m, by))
    if fmt.startswith("jalali"):
        jy, jm, jd = to_jalali(d)
        if fmt == "jalali_af":
            mn = MONTHS["af"][jm - 1]
            return {"y": "%d" % jy, "ym": "%s %d" % (mn, jy)}.get(partial, "%d %s %d" % (jd, mn, jy))
        if fmt == "jalali_fa_text":
            mn = MONTHS["fa"][jm - 1]
            s = {"y": "%d" % jy, "ym": "%s %d" % (mn, jy)}.get(partial, "%d %s %d" % (jd, mn, jy))
            return local_digits(s, "fa")
        s = {"y": "%d" % jy, "ym": "%d/%02d" % (jy, jm)}.get(partial, "%d/%02d/%02d" % (jy, jm, jd))
        return local_digits(s, "fa") if fmt == "jalali_fa" else s
    if fmt in ("bs", "bs_deva"):
        by, bm, bd = to_bs_approx(d)
        s = {"y": "%d" % by, "ym": "%d-%02d" % (by, bm)}.get(partial, "%d-%02d-%02d" % (by, bm, bd))
        if fmt == "bs_deva":
            return local_digits(s, "deva")
        return s + rng.choice([" BS", " B.S.", ""])
    if fmt in ("ec", "ec_text"):
        ey, em, ed = to_ethiopian(d)
        if fmt == "ec_text" and partial != "y":
            mn = MONTHS["am"][em - 1]
            return "%s %d" % (mn, ey) if partial == "ym" else "%s %d ቀን %d ዓ.ም." % (mn, ed, ey)
        return {"y": "%d" % ey, "ym": "%02d/%d" % (em, ey)}.get(partial, "%02d/%02d/%d" % (ed, em, ey))
    if fmt == "ar_digits":
        s = {"y": "%d" % y, "ym": "%02d/%d" % (m, y)}.get(partial, "%02d/%02d/%d" % (dd, m, y))
        return local_digits(s, "ar")
    if fmt == "mn":
        return {"y": "%d он" % y, "ym": "%d оны %d сар" % (y, m)}.get(partial, "%d оны %d сарын %d" % (y, m, dd))
    return d.isoformat()


# ---------------------------------------------------------------------------
# 10. Noise
# ---------------------------------------------------------------------------

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
JCUKEN = ["йцукенгшщзх", "фывапролджэ", "ячсмитьбю"]


def _neighbours(c):
    lo = c.lower()
    for rows in (QWERTY, JCUKEN):
        for r, row in enumerate(rows):
            i = row.find(lo)
            if i >= 0:
                out = []
                if i > 0:
                    out.append(row[i - 1])
                if i + 1 < len(row):
                    out.append(row[i + 1])
                for rr in (r - 1, r + 1):
                    if 0 <= rr < len(rows) and i < len(rows[rr]):
                        out.append(rows[rr][i])
                return [x.upper() if c.isupper() else x for x in out]
    return []


def typo(s, rng):
    """One keyboard or hand-writing slip in s."""
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 4 or any("\u3040" <= c <= "\u9fff" for c in s):
        return s, None          # too short, or kanji / kana: no keyboard slips
    i = rng.choice(letters[1:])
    kind = wpick(rng, [("key", 0.3), ("drop", 0.25), ("double", 0.2), ("swap", 0.2), ("space", 0.05)])
    if s[i].isupper() != s[i - 1].isupper() and kind == "swap":
        kind = "double"
    if kind == "key":
        nb = _neighbours(s[i])
        if nb:
            return s[:i] + rng.choice(nb) + s[i + 1:], "key"
        kind = "drop"
    if kind == "drop":
        if unicodedata.combining(s[i + 1:i + 2] or " "):
            return s, None
        return s[:i] + s[i + 1:], "drop"
    if kind == "double":
        return s[:i + 1] + s[i] + s[i + 1:], "double"
    if kind == "swap":
        j = i + 1
        if j < len(s) and s[j].isalpha() and s[j] != s[i] and not unicodedata.combining(s[j]):
            return s[:i] + s[j] + s[i] + s[j + 1:], "swap"
        return s[:i] + s[i + 1:], "drop"
    if " " in s:
        k = s.index(" ")
        return s[:k] + s[k + 1:], "space"
    return s, None


OCR_LATIN = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("l", "1"), ("I", "1"), ("O", "0"),
             ("o", "0"), ("S", "5"), ("B", "8"), ("e", "c"), ("h", "b"), ("u", "v"),
             ("n", "ri"), ("i", "l"), ("Z", "2"), ("G", "6"), ("E", "F"), ("a", "o")]
OCR_CYR = [("ш", "щ"), ("и", "н"), ("п", "л"), ("З", "3"), ("О", "0"), ("б", "6"),
           ("е", "с"), ("Ш", "Щ"), ("ь", "ъ"), ("ы", "ьі")]
OCR_DIGITS = {"0": "8", "8": "3", "3": "8", "1": "7", "7": "1", "5": "6", "6": "5", "9": "0"}
PASSPORT_OCR = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8",
                "8": "B", "Z": "2", "2": "Z", "G": "6", "6": "G"}


def ocr(s, rng):
    """Scanning damage: look-alike letters, lost accents or a lost space."""
    r = rng.random()
    if r < 0.25 and ascii_fold(s) != s and is_latin(s):
        return ascii_fold(s), "accents"
    if r < 0.35 and " " in s:
        k = s.index(" ")
        return s[:k] + s[k + 1:], "space"
    table = OCR_LATIN if is_latin(s) else OCR_CYR
    spots = [(i, a, b) for a, b in table for i in range(len(s)) if s.startswith(a, i)]
    if not spots:
        return typo(s, rng)
    i, a, b = rng.choice(spots)
    return s[:i] + b + s[i + len(a):], "ocr"


def ocr_digits(s, rng):
    spots = [i for i, c in enumerate(s) if c in OCR_DIGITS]
    if not spots:
        return s
    i = rng.choice(spots)
    return s[:i] + OCR_DIGITS[s[i]] + s[i + 1:]


# ---------------------------------------------------------------------------
# 11. Writing one record
# ---------------------------------------------------------------------------

def rt(toks, mode, rng):
    return " ".join(t.render(mode, rng) for t in toks if t is not None).strip()


def initials(s):
    return "".join(w[0].upper() + "." for w in s.replace("-", " ").split() if w)


def agency_mode(ag, p, rng):
    sf = script_family(p)
    modes = ag.get("modes", {})
    if sf in modes:
        return wpick(rng, modes[sf])
    if sf == "latn" and "latn" not in modes:
        # the person's own spelling at home; elsewhere a clerk's copy of it
        return "native" if ag["country"] == p.cc else "lat:" + ag["lang"]
    if "default" in modes:
        return wpick(rng, modes["default"])
    return wpick(rng, LAT)


def natural_order(nm, ag, p, latin):
    """GF or FG as this agency would naturally write this person's name."""
    if nm.order == "FG" and (not latin or ag["country"] == p.cc):
        return "FG"
    return "GF"


def compose_name(p, nm, ag, mode, rng, fl):
    """Return (given_side, family_side, natural_full or None, reorderable)."""
    sysn = nm.system
    G = [t.render(mode, rng) for t in nm.given]
    F = [t.render(mode, rng) for t in nm.family]
    M = [t.render(mode, rng) for t in nm.middle]
    latin = is_latin("".join(G + F + M))
    patr_keep = ag.get("patr", 0.85 if ag["lang"] == "ru" else 0.2)
    if len(G) > 1 and sysn not in ("indo", "burmese", "malay", "sinhala") and rng.random() < 0.3:
        G = G[:1]
        fl["name_part_dropped"] = 1
    g, f = " ".join(G), " ".join(F)
    m = " ".join(M)

    if sysn == "patr":
        if M and rng.random() < patr_keep:
            if rng.random() < 0.8:
                g = g + " " + m
        elif M:
            fl["name_part_dropped"] = 1
        return g, f, None, True

    if sysn == "mongol":
        father = nm.middle[0]
        r = rng.random()
        if mode == "native":
            if r < 0.45:
                fs = father.native[0] + "."
                return g, fs, fs + ("" if rng.random() < 0.7 else " ") + g, False
            if r < 0.8:
                fs = mn_genitive(father.native)
                return g, fs, fs + " " + g, False
            return g, father.native, None, True
        if r < 0.7:
            return g, m, None, True
        if r < 0.85:
            gen_tok = CyrTok(mn_genitive(father.native), "mn")
            fs = gen_tok.render(mode, rng)
            return g, fs, fs + " " + g, True
        fs = m[:1] + "."
        return g, fs, fs + " " + g, False

    if sysn == "malay":
        part = nm.particle.render(mode, rng) if nm.particle else ""
        r = rng.random()
        if r < 0.5:
            return g, m, "%s %s %s" % (g, part, m), False
        if r < 0.7:
            return g, part + " " + m, "%s %s %s" % (g, part, m), False
        if r < 0.88:
            fl["name_part_dropped"] = 1
            return g + " " + part + " " + m, "", "%s %s %s" % (g, part, m), False
        fl["name_part_dropped"] = 1
        return g, "", g + " " + m, False

    if sysn == "indo":
        words_ = G
        full = " ".join(words_)
        if len(words_) == 1:
            w = words_[0]
            r = rng.random()
            if r < 0.4:
                return "", w, full, False
            if r < 0.7:
                return w, "", full, False
            if r < 0.85:
                return w, w, full, False
            fnu = ag["kind"] in ("fiu", "helpline", "border") or ag["country"] == "US"
            return ("FNU" if fnu else w), (w if fnu else ""), full, False
        r = rng.random()
        if r < 0.7:
            return " ".join(words_[:-1]), words_[-1], full, rng.random() < 0.2
        if r < 0.9:
            return words_[0], " ".join(words_[1:]), full, False
        return full, "", full, False

    if sysn == "burmese":
        syl = G
        def run(ws):
            j = "".join(ws)
            return j if mode == "native" else cap(j.lower())
        if rng.random() < 0.12 and len(syl) >= 3:
            syl = [syl[0], run(syl[1:])]
        elif rng.random() < 0.05:
            syl = [run(syl)]
        full = " ".join(syl) if mode != "native" else "".join(syl)
        if rng.random() < ag.get("mm_hon", 0.08):
            age = (REF_DATE - p.dob).days / 365.25
            opts = MM_HON[p.sex]
            if p.sex == "M":
                hon = opts[0] if age > 40 else opts[1 + (rng.random() < 0.4)]
            else:
                hon = opts[0] if age > 35 else opts[1]
            full = (hon[0] if mode == "native" else hon[1]) + " " + full
            fl["honorific"] = 1
        parts = full.split(" ")
        r = rng.random()
        if len(parts) == 1 or r < 0.25:
            return full, "", full, False
        if r < 0.6:
            return " ".join(parts[:-1]), parts[-1], full, False
        if r < 0.8:
            return "", full, full, False
        return parts[0], " ".join(parts[1:]), full, False

    if sysn == "sinhala":
        x = rt(nm.prefix, mode, rng)
        if not latin:
            full = " ".join(s for s in (x, g, f) if s)
            return (x + " " + g).strip(), f, full, False
        r = rng.random()
        if x and r < 0.3:
            return (x + " " + g).strip(), f, "%s %s %s" % (x, g, f), False
        if r < 0.55:
            ini = initials(x + " " + g)
            fl["initials"] = 1
            full = rng.choice(["%s %s" % (ini, f), "%s %s" % (f, ini)])
            return ini, f, full, False
        if x and r < 0.7:
            ini = initials(x)
            return (ini + " " + g), f, "%s %s %s" % (ini, g, f), False
        return g, f, None, True

    if sysn == "tamil":
        ini = (m[:1] + ".") if m else ""
        r = rng.random()
        if r < 0.45:
            return g, m, "%s %s" % (g, m), True
        if r < 0.6:
            return m, g, "%s %s" % (m, g), False
        if r < 0.9:
            fl["initials"] = 1
            return g, ini, "%s %s" % (ini, g), False
        return ini + " " + g, "", "%s %s" % (g, ini), False

    if sysn == "threegen":
        keep_gf = rng.random() < (0.65 if ag["kind"] in ("border", "fiu") else 0.45)
        if keep_gf and F:
            r = rng.random()
            if r < 0.45:
                return g, (m + " " + f).strip(), None, True
            if r < 0.8:
                return (g + " " + m).strip(), f, None, True
            fl["name_part_dropped"] = 1
            return g, f, None, True
        if F:
            fl["name_part_dropped"] = 1
        return g, m, None, True

    if sysn == "eastasia":
        e = nm.english.render(mode, rng) if nm.english else ""
        if not latin:
            sep = " " if (p.group == "kh" or mode == "kana" or rng.random() < 0.35) else ""
            if mode == "kana":
                sep = rng.choice([" ", "　"])
            return g, f, f + sep + g, False
        if e and p.group in ("hk", "tw"):
            r = rng.random()
            if r < 0.25:
                return g, f, None, True
            if r < 0.45:
                return g + " " + e, f, "%s %s, %s" % (f.upper(), g, e), False
            if r < 0.65:
                return e + " " + g, f, "%s %s %s" % (e, f.upper(), g), False
            if r < 0.8:
                fl["english_only"] = 1
                return e, f, "%s %s" % (e, f), True
            return g, f, None, True
        return g, f, None, True

    if sysn == "hispanic":
        if len(F) == 2 and rng.random() < 0.35:
            F = F[:1]
            fl["name_part_dropped"] = 1
        f = " ".join(F)
        if len(F) == 2 and rng.random() < ag.get("us_parse", 0):
            fl["misparsed"] = 1
            return g + " " + F[0], F[1], None, True
        return g, f, None, True

    if sysn == "lusophone":
        if len(F) > 1 and rng.random() < 0.45:
            F = F[-1:]
            fl["name_part_dropped"] = 1
        f = " ".join(F)
        if rng.random() < 0.25:
            f = " ".join(w for w in f.split() if w not in ("da", "de", "do", "dos", "das"))
        return g, f, None, True

    # western (also Hungarian, Persian, Maghreb, West African, Albanian ...)
    if M:
        if rng.random() < ag.get("patr", 0.2) * 0.6:
            g = g + " " + m
        else:
            fl["name_part_dropped"] = 1
    if getattr(p, "husband_name", None) and ag.get("hu_married") and p.group == "hu" \
            and nm is p.name and rng.random() < ag["hu_married"]:
        hn = p.husband_name
        hf = hn.family[0].render(mode, rng)
        hg = hn.given[0].render(mode, rng)
        fl["married_form"] = 1
        if rng.random() < 0.5:
            return hf + "né " + (p.birth_name.family[0].render(mode, rng) if p.birth_name else f) + " " + g, "", \
                hf + "né " + (p.birth_name.family[0].render(mode, rng) if p.birth_name else f) + " " + g, False
        return hg + "né", hf, hf + " " + hg + "né", False
    return g, f, None, True


def layout(g, f, fmt, ag, p, lang_upper):
    up = lang_upper
    if not (g and f):
        one = g or f
        if fmt == "MRZ":
            return mrz_text(one) + "<<"
        return up(one) if fmt.startswith("CAPS") else one
    if fmt == "GF":
        return g + " " + f
    if fmt == "FG":
        return f + " " + g
    if fmt == "F_CAPS":
        return up(f) + " " + g
    if fmt == "F_COMMA":
        return f + ", " + g
    if fmt == "CAPS":
        return up(g + " " + f)
    if fmt == "CAPS_FG":
        return up(f + " " + g)
    if fmt == "MRZ":
        return mrz_text(f) + "<<" + mrz_text(g)
    return g + " " + f


def render_name_fields(p, ag, rng, fl):
    """name / given_name / family_name / name_2 for one record."""
    nm = p.name
    if p.birth_name is not None and rng.random() < 0.35:
        nm = p.birth_name
        fl["maiden_used"] = 1
    ident = [a for k, a in p.aliases if k == "identity"]
    if ident and ag["kind"] in ("police", "border", "fiu") and rng.random() < 0.3:
        nm = ident[0]
        fl["alias_as_name"] = 1
    mode = agency_mode(ag, p, rng)
    fl["mode"] = mode
    g, f, natural, reorder = compose_name(p, nm, ag, mode, rng, fl)
    nick = [a for k, a in p.aliases if k == "nick"]
    if nick and ag["kind"] in ("helpline", "ngo", "shelter") and rng.random() < 0.2:
        ng = nick[0].render(mode, rng)
        if is_latin(ng) == is_latin(g + f):
            g = ng
            natural = None
            fl["nick_as_name"] = 1
    latin = is_latin(g + f)
    turkish = p.group == "tr" or (p.group == "ku" and p.cc == "TR")
    up = tr_upper if (turkish and ag["lang"] == "tr") else str.upper

    def fold(s):
        return ascii_fold(s) if is_latin(s) else s
    folded = latin and rng.random() < ag.get("fold", 0.45 if ag["lang"] == "en" else 0.12)
    if folded and fold(g + f) != g + f:
        g, f = fold(g), fold(f)
        natural = fold(natural) if natural else None
        fl["accents_dropped"] = 1

    use_full = rng.random() < ag["full"]
    if p.name.system in ("burmese",) and rng.random() < 0.3:
        use_full = True
    out = {"name": "", "given_name": "", "family_name": "", "name_2": ""}
    if use_full:
        fmt = wpick(rng, ag.get("fmt", [("GF", 1)]))
        if not latin and fmt in ("CAPS", "MRZ", "F_CAPS"):
            fmt = "FG" if natural_order(nm, ag, p, False) == "FG" else "GF"
        if natural_order(nm, ag, p, latin) == "FG":
            fmt = {"GF": "FG", "CAPS": "CAPS_FG"}.get(fmt, fmt)
        if natural and (not reorder or rng.random() < 0.6) and fmt != "MRZ":
            full = up(natural) if fmt == "CAPS" else natural
        else:
            full = layout(g, f, fmt, ag, p, up)
        if fmt == "MRZ":
            fl["mrz"] = 1
        out["name"] = full
    else:
        if latin and rng.random() < ag.get("caps", 0.2):
            f = up(f)
        if latin and ag["kind"] in ("border", "fiu") and rng.random() < 0.5:
            g, f = up(g), up(f)
        swap_p = 0.04 + (0.12 if (nm.order == "FG" and latin and ag["country"] != p.cc) else 0)
        if g and f and rng.random() < swap_p:
            g, f = f, g
            fl["fields_swapped"] = 1
        out["given_name"], out["family_name"] = g, f
    # name_2: another script, another spelling, an alias, the other surname
    if rng.random() < ag.get("fields", {}).get("name_2", KIND_FIELDS[ag["kind"]]["name_2"]):
        n2, kind = name_two(p, nm, ag, mode, rng)
        if n2 and n2 not in (out["name"], out["given_name"] + " " + out["family_name"]):
            out["name_2"] = n2
            fl["name_2:" + kind] = 1
    return out


def plain_full(p, nm, mode, rng):
    fl = {}
    dummy = dict(kind="ngo", lang="en", full=1, patr=0.0, country="")
    g, f, natural, _ = compose_name(p, nm, dummy, mode, rng, fl)
    if natural:
        return natural
    if nm.order == "FG" and not is_latin(g + f):
        return (f + " " + g).strip()
    return (g + " " + f).strip()


def name_two(p, nm, ag, mode, rng):
    sf = script_family(p)
    opts = []
    latin_now = mode.startswith("lat:") or sf in ("latn", "somali")
    has_native = sf not in ("latn", "somali")
    if has_native:
        if latin_now:
            opts.append(("script", 3, "native" if sf != "kurd" or rng.random() < 0.7 else "lat:nat"))
        else:
            opts.append(("script", 3, "lat:icao"))
        if latin_now:
            other = rng.choice(["lat:en", "lat:icao", "lat:" + ag["lang"] if ag["lang"] in RU_SCHEMES else "lat:en"])
            opts.append(("translit", 2, other))
        if sf == "cyr" and mode == "native":
            opts.append(("translit", 1, "ru_cyr"))
    if p.group == "md" and mode != "ru_cyr":
        opts.append(("script", 1, "ru_cyr"))
    if p.group == "xk":
        opts.append(("script", 0.5, "sr_lat"))
    if p.aliases:
        opts.append(("alias", 3, None))
    if p.birth_name is not None:
        opts.append(("other_surname", 3, None))
    if nm.english is not None:
        opts.append(("english", 1, None))
    if ag["kind"] == "border" and p.passport:
        opts.append(("mrz", 1, None))
    if not opts:
        return "", None
    kind, _, m2 = wpick(rng, [((k, w, m), w) for k, w, m in opts])
    if kind in ("script", "translit"):
        return plain_full(p, nm, m2, rng), kind
    if kind == "alias":
        k, a = rng.choice(p.aliases)
        if isinstance(a, PName):
            return plain_full(p, a, mode if mode != "kana" else "native", rng), "alias"
        s = a.render(mode, rng)
        if k in ("laqab", "title"):
            first = nm.given[0].render(mode, rng)
            s = (first + " " + s) if k == "laqab" else (s + " " + first)
        return s, "alias"
    if kind == "other_surname":
        other = p.birth_name if nm is p.name else p.name
        s = plain_full(p, other, mode, rng)
        if nm is p.name and rng.random() < 0.4:
            fam = rt(other.family, mode, rng)
            word = {"fr": "née", "de": "geb.", "es": "de soltera", "pt": "nascida",
                    "pl": "z domu", "cs": "roz.", "ro": "născută", "tr": "kızlık soyadı",
                    "ru": "урожд.", "ja": "旧姓", "hu": "szül."}.get(ag["lang"], "née")
            s = word + " " + fam if is_latin(word) == is_latin(fam) else "(" + fam + ")"
        return s, "other_surname"
    if kind == "english":
        return nm.english.render("lat:en", rng) + " " + rt(nm.family, "lat:icao", rng), "english"
    if kind == "mrz":
        g = rt(nm.given, "lat:icao", rng)
        f = rt(nm.family or nm.middle, "lat:icao", rng)
        if not f:
            return mrz_text(g) + "<<", "mrz"
        return mrz_text(f) + "<<" + mrz_text(g), "mrz"
    return "", None


def render_dob(p, ag, rng, fl):
    d = p.dob
    if "alias_as_name" in fl and p.alias_dob:
        d = p.alias_dob
    if p.dob_unknown and ag["kind"] in ("border", "police", "fiu", "shelter") and rng.random() < 0.75:
        d = datetime.date(d.year, 1, 1)
        fl["dob_placeholder"] = 1
    r = rng.random()
    if r < 0.045 and d.day <= 12 and d.day != d.month:
        d = datetime.date(d.year, d.day, d.month)
        fl["dob_swapped"] = 1
    elif r < 0.055:
        try:
            d = d.replace(year=d.year + rng.choice([-1, 1]))
        except ValueError:
            d = d.replace(year=d.year + 1, day=28)
        fl["dob_year_off"] = 1
    elif r < 0.07:
        nd = d.day + rng.choice([-10, 10, -1, 1])
        if 1 <= nd <= 28:
            d = d.replace(day=nd)
            fl["dob_day_off"] = 1
    fmt = wpick(rng, ag["dates"])
    partial = None
    r = rng.random()
    cut = {"helpline": 0.2, "ngo": 0.12, "shelter": 0.1}.get(ag["kind"], 0.04)
    if r < cut * 0.5:
        partial = "ym"
    elif r < cut:
        partial = "y"
    if fmt in ("y", "y_be"):
        partial = "y"
    if partial:
        fl["dob_partial_" + partial] = 1
    s = format_date(d, fmt, rng, partial)
    if fmt in ("be/", "be_th", "y_be", "roc", "roc/", "ja_era", "ja_era_abbr", "jalali", "jalali_fa",
               "jalali_fa_text", "jalali_af", "bs", "bs_deva", "ec", "ec_text"):
        fl["dob_other_calendar"] = 1
    if fmt in ("dmy2.", "dmy2/", "mdy2/", "ko6") and partial is None:
        fl["dob_two_digit_year"] = 1
    if ag["kind"] == "border" and rng.random() < KIND_NOISE["border"][1] * 0.3:
        s = ocr_digits(s, rng)
        fl["dob_ocr"] = 1
    return s


def render_gender(p, ag, rng):
    if ag.get("gender_style") == "code" and rng.random() < 0.6:
        return GENDER_CODE[0 if p.sex == "M" else 1]
    m, f = GENDER.get(ag["lang"], GENDER["en"])
    opts = m if p.sex == "M" else f
    return skew(rng, opts, 0.7)


def render_nationality(p, ag, rng, fl):
    cc = p.cc
    if p.nat2 and rng.random() < 0.35:
        cc = p.nat2
        fl["second_nationality"] = 1
    if p.group == "ku" and ag["lang"] in ("fr", "de", "en") and rng.random() < 0.2:
        fl["ethnicity_as_nationality"] = 1
        return {"fr": "kurde", "de": "kurdisch", "en": "Kurdish"}[ag["lang"]]
    style = wpick(rng, ag["nat"])
    table = NAT.get(ag["lang"], {})
    if style == "a2":
        return cc
    if style == "a3":
        return ALPHA3.get(cc, cc)
    if style in ("name", "adj") and cc in table:
        return table[cc][0 if style == "name" else 1]
    en = NAT["en"].get(cc, (cc, cc))
    return en[0] if style in ("name", "en") and rng.random() < 0.6 else en[1]


def group_digits(nsn, groups):
    out, i = [], 0
    for gsz in groups:
        if i >= len(nsn):
            break
        out.append(nsn[i:i + gsz])
        i += gsz
    if i < len(nsn):
        out[-1] += nsn[i:]
    return out


def format_phone(cc, nsn, ag, rng):
    code, trunk, _, _, groups = PHONE_PLAN[cc]
    parts = group_digits(nsn, groups)
    local = cc == ag["country"]
    if local:
        style = wpick(rng, [("national", 0.55), ("national_compact", 0.2), ("intl", 0.1),
                            ("e164", 0.1), ("nsn", 0.05)])
    else:
        style = wpick(rng, [("e164", 0.3), ("intl", 0.3), ("00", 0.15), ("digits", 0.1),
                            ("national", 0.15)])
    sep = rng.choice([" ", " ", "-"])
    if style == "national":
        if cc == "BR":
            return "(%s) %s-%s" % (nsn[:2], nsn[2:7], nsn[7:])
        if cc in ("US", "DO"):
            return "(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
        if cc in ("KZ", "RU") and rng.random() < 0.6:
            return "8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
        first = trunk + parts[0]
        return sep.join([first] + parts[1:])
    if style == "national_compact":
        return trunk + nsn
    if style == "nsn":
        return nsn
    if style == "intl":
        return "+" + code + " " + sep.join(parts)
    if style == "00":
        return "00" + code + " " + " ".join(parts)
    if style == "digits":
        return code + nsn
    return "+" + code + nsn


def render_phones(p, ag, rng, fl):
    cands = []
    c = ag["country"]
    if c in p.host_phone:
        cands.append((c, p.host_phone[c]))
    if p.controller_phone and ag["kind"] != "fiu" and rng.random() < 0.65:
        cands.insert(rng.randint(0, len(cands)), p.controller_phone)
        fl["controller_phone_used"] = 1
    cands += p.phones
    for h, num in p.host_phone.items():
        if h != c:
            cands.append((h, num))
    seen, out = set(), []
    for x in cands:
        if x not in seen:
            seen.add(x)
            out.append(x)
    if not out:
        return "", ""
    ph = [format_phone(cc, nsn, ag, rng) for cc, nsn in out[:2]]
    if rng.random() < 0.025:
        s = ph[0]
        idx = [i for i, ch in enumerate(s) if ch.isdigit()][-7:]
        if len(idx) >= 2:
            i = rng.choice(idx[:-1])
            j = [k for k in idx if k > i][0]
            s = s[:i] + s[j] + s[i + 1:j] + s[i] + s[j + 1:]
            ph[0] = s
            fl["phone_typo"] = 1
    return ph[0], (ph[1] if len(ph) > 1 and rng.random() < 0.3 else "")


def render_passport(num, cc, ag, rng, fl, ocr_rate):
    s = num
    r = rng.random()
    if r < 0.08:
        s = ALPHA3.get(cc, cc) + rng.choice([" ", "-", ""]) + s
        fl["passport_prefixed"] = 1
    elif r < 0.12:
        s = cc + rng.choice(["-", " "]) + s
        fl["passport_prefixed"] = 1
    elif r < 0.16 and any(ch.isalpha() for ch in s):
        s = "".join(ch for ch in s if ch.isdigit())
        fl["passport_letters_dropped"] = 1
    if rng.random() < ocr_rate * 0.8 + 0.02:
        spots = [i for i, ch in enumerate(s) if ch in PASSPORT_OCR]
        if spots:
            i = rng.choice(spots)
            s = s[:i] + PASSPORT_OCR[s[i]] + s[i + 1:]
            fl["passport_ocr"] = 1
    elif rng.random() < 0.02 and len(s) > 3:
        i = rng.randint(len(s) - len(num), len(s) - 2)
        if s[i] != s[i + 1]:
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            fl["passport_transposed"] = 1
    return s


def host_address(p, country, ag, rng):
    key = country
    if key not in p.host_addr:
        st = STREETS.get(country)
        cities = HOST_CITIES.get(country) or [c["en"] for c in CITIES.get(country, [])] or ["?"]
        tpl, streets = st if st else ("{s} {n}, {c}", "Main Street")
        if not is_latin(tpl.replace("{", "").replace("}", "")):
            native = [c["native"] if not is_latin(c["native"]) else c.get("ru", c["native"])
                      for c in CITIES.get(country, [])]
            cities = [c for c in (HOST_CITIES.get(country) or native) if not is_latin(c)] or native or cities
        city = rng.choice(cities)
        street = rng.choice(streets.split("|")) if streets else ""
        p.host_addr[key] = tpl.format(s=street, n=rng.randint(1, 200), m=rng.randint(1, 60),
                                      k=rng.randint(1, 99), c=city)
    return p.host_addr[key]


def home_address(p, ag, rng):
    st = STREETS.get(p.cc)
    city = p.home_city
    lang = ag["lang"]
    tpl = st[0] if st else "{c}"
    if is_latin(tpl.replace("{", "").replace("}", "")):
        # a Latin-letter address: the agency's own exonym, else the usual one
        opts = [city.get(lang), city.get("uz") if p.cc == "UZ" else None, city["en"]]
        cname = next(c for c in opts if c and is_latin(c))
    else:
        cname = city.get("ru") if (lang == "ru" and "ru" in city) else city["native"]
        if is_latin(cname):
            cname = city.get("ru", cname)
    if not st:
        return cname
    n, m, k = p.home_no
    s = tpl.format(s=p.home_street, n=n, m=m, k=k, c=cname)
    return s


def render_pob(p, ag, rng):
    c = p.birth_city
    lang = ag["lang"]
    if lang in c:
        s = c[lang]
    elif ag["country"] == p.cc or (lang == "ru" and not is_latin(c["native"]) and p.group in ("uz", "kz", "kg", "tj", "mn")):
        s = c["native"]
    else:
        s = c["en"]
    if rng.random() < 0.2:
        table = NAT.get(lang, {})
        country = table.get(p.cc, NAT["en"].get(p.cc, (p.cc,)))[0]
        if is_latin(country) == is_latin(s):
            s = s + ", " + country
    if ag["kind"] in ("border", "fiu") and is_latin(s) and rng.random() < 0.5:
        s = s.upper()
    return s


def make_record(p, ag, rng):
    fl = {}
    kf = dict(KIND_FIELDS[ag["kind"]])
    kf.update(ag.get("fields", {}))
    typo_rate, ocr_rate = KIND_NOISE[ag["kind"]]
    rec = {k: "" for k in COLUMNS}
    rec["source"] = ag["code"]
    rec["truth"] = p.pid
    rec.update(render_name_fields(p, ag, rng, fl))
    # keyboard slips and scanning damage in the name
    for col in ("name", "given_name", "family_name"):
        if rec[col] and rng.random() < typo_rate * (0.6 if col != "name" else 1.0):
            new, kind = typo(rec[col], rng)
            new = " ".join(new.split())
            if kind and new:
                rec[col] = new
                fl["name_typo"] = 1
        if rec[col] and rng.random() < ocr_rate:
            new, kind = ocr(rec[col], rng)
            new = " ".join(new.split())
            if kind and new and new != rec[col]:
                rec[col] = new
                fl["name_ocr"] = 1
    sparse = rng.random()
    if sparse < 0.12:
        fl["only_name"] = 1
        return rec, fl
    only_nat = sparse < 0.22
    if only_nat:
        fl["name_and_nationality"] = 1
        rec["nationality"] = render_nationality(p, ag, rng, fl)
        return rec, fl
    if rng.random() < kf["dob"]:
        rec["date_of_birth"] = render_dob(p, ag, rng, fl)
    if rng.random() < kf["gender"]:
        rec["gender"] = render_gender(p, ag, rng)
        if rng.random() < 0.008:
            rec["gender"] = render_gender(Person("", "", "", "F" if p.sex == "M" else "M"), ag, rng)
            fl["gender_wrong"] = 1
    if rng.random() < kf["nationality"]:
        rec["nationality"] = render_nationality(p, ag, rng, fl)
    if rng.random() < kf["passport"]:
        nums = []
        if p.passport:
            nums.append((p.passport_old if (p.passport_old and rng.random() < 0.2) else p.passport, p.cc))
        if p.passport2:
            nums.append((p.passport2[1], p.passport2[0]))
        if p.passport_old and rng.random() < 0.5:
            nums.append((p.passport_old, p.cc))
        if nums:
            rec["passport"] = render_passport(nums[0][0], nums[0][1], ag, rng, fl, ocr_rate)
            if len(nums) > 1 and nums[1][0] != nums[0][0] and rng.random() < kf["passport_2"] * 4:
                rec["passport_2"] = render_passport(nums[1][0], nums[1][1], ag, rng, fl, ocr_rate)
    if rng.random() < kf["phone"]:
        rec["phone"], rec["phone_2"] = render_phones(p, ag, rng, fl)
    if rng.random() < kf["email"] and p.emails:
        e = rng.choice(p.emails) if rng.random() < 0.3 else p.emails[0]
        if rng.random() < 0.03:
            e, _ = typo(e, rng)
            fl["email_typo"] = 1
        rec["email"] = e if rng.random() > 0.1 else e.upper() if ag["kind"] == "fiu" else e
    if rng.random() < kf["address"]:
        if ag["country"] == p.cc:
            rec["address"] = home_address(p, ag, rng)
        else:
            rec["address"] = host_address(p, ag["country"], ag, rng) if rng.random() < 0.75 \
                else home_address(p, ag, rng)
    if rng.random() < kf["place_of_birth"]:
        rec["place_of_birth"] = render_pob(p, ag, rng)
    return rec, fl


# ---------------------------------------------------------------------------
# 12. Putting it together
# ---------------------------------------------------------------------------

def records_per_person(rng):
    return wpick(rng, [(1, 0.24), (2, 0.28), (3, 0.21), (4, 0.13), (5, 0.08), (6, 0.04), (7, 0.02)])


def generate(n_people, seed):
    rng = random.Random(seed)
    pop = Population(n_people, rng)
    rows = []
    for p in pop.people:
        k = records_per_person(rng)
        route_w = [(code, w) for code, w in zip(p.route, (0.55, 0.3, 0.15))]
        for i in range(k):
            code = p.route[0] if i == 0 else wpick(rng, route_w)
            rec, fl = make_record(p, AGENCY[code], rng)
            rows.append((rec, fl, p))
    rng.shuffle(rows)
    counters = {}
    for rec, fl, p in rows:
        ag = AGENCY[rec["source"]]
        counters[ag["code"]] = counters.get(ag["code"], 0) + 1
        rec["record_id"] = ag["id"].format(y=rng.randint(2016, 2024), n=counters[ag["code"]])
    return pop, rows


def write_csv(rows, path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for rec, _, _ in rows:
            w.writerow([rec[c] for c in COLUMNS])


def print_stats(pop, rows, out=sys.stderr):
    n = len(rows)
    people = pop.people

    def pct(x, base):
        return "%5.1f%%" % (100.0 * x / base if base else 0)
    print("people %d, records %d, %.2f records per person" % (len(people), n, n / len(people)), file=out)
    per = {}
    for rec, _, p in rows:
        per[p.pid] = per.get(p.pid, 0) + 1
    hist = {}
    for v in per.values():
        hist[v] = hist.get(v, 0) + 1
    print("records per person: " + ", ".join("%d:%d" % (k, hist[k]) for k in sorted(hist)), file=out)
    print("\nrecord-level shares:", file=out)
    keys = {}
    for _, fl, _ in rows:
        for k in fl:
            if k != "mode":
                keys[k] = keys.get(k, 0) + 1
    full = sum(1 for r, _, _ in rows if r["name"])
    print("  %-28s %s" % ("name in one field", pct(full, n)), file=out)
    for col in COLUMNS[4:]:
        filled = sum(1 for r, _, _ in rows if r[col])
        print("  %-28s %s" % ("filled: " + col, pct(filled, n)), file=out)
    nonlatin = sum(1 for r, _, _ in rows if not is_latin(r["name"] + r["given_name"] + r["family_name"]))
    print("  %-28s %s" % ("name not in Latin letters", pct(nonlatin, n)), file=out)
    base_col = {"dob": "date_of_birth", "passport": "passport", "phone": "phone",
                "email": "email", "gender": "gender", "second": "nationality",
                "ethnicity": "nationality", "controller": "phone"}
    for k in sorted(keys):
        col = base_col.get(k.split("_")[0])
        extra = ""
        if col:
            filled = sum(1 for r, _, _ in rows if r[col])
            extra = "   (%s of records with %s)" % (pct(keys[k], filled).strip(), col)
        print("  %-28s %s%s" % (k, pct(keys[k], n), extra), file=out)
    # phones shared by different people
    owners = {}
    for r, _, p in rows:
        for col in ("phone", "phone_2"):
            if r[col]:
                d = "".join(c for c in r[col] if c.isdigit())[-8:]
                owners.setdefault(d, set()).add(p.pid)
    shared = {d for d, s in owners.items() if len(s) > 1}
    with_shared = sum(1 for r, _, _ in rows for col in ("phone",)
                      if r[col] and "".join(c for c in r[col] if c.isdigit())[-8:] in shared)
    print("  %-28s %s" % ("phone shared with another person", pct(with_shared, n)), file=out)
    print("\nperson-level:", file=out)
    tags = {}
    for p in people:
        for t in p.tags:
            tags[t] = tags.get(t, 0) + 1
    for k in sorted(tags):
        print("  %-28s %s (%d)" % (k, pct(tags[k], len(people)), tags[k]), file=out)
    names = {}
    for p in people:
        names.setdefault((p.group, p.name.key()), []).append(p)
    same = sum(len(v) for v in names.values() if len(v) > 1)
    print("  %-28s %s (%d)" % ("share a full name with other", pct(same, len(people)), same), file=out)
    print("  households %d, controller phone groups %d" % (pop.households, pop.controller_groups), file=out)
    print("\nrecords per source:", file=out)
    src = {}
    for r, _, _ in rows:
        src[r["source"]] = src.get(r["source"], 0) + 1
    for k in sorted(src):
        print("  %-24s %d" % (k, src[k]), file=out)
    print("\npeople per nationality:", file=out)
    nat = {}
    for p in people:
        nat[p.cc] = nat.get(p.cc, 0) + 1
    print("  " + ", ".join("%s %d" % (k, nat[k]) for k in sorted(nat)), file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true", help="print noise shares to stderr")
    a = ap.parse_args(argv)
    pop, rows = generate(a.people, a.seed)
    write_csv(rows, a.out)
    if a.stats:
        print_stats(pop, rows)


if __name__ == "__main__":
    main()
