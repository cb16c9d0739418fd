# -*- coding: utf-8 -*-
"""Small, self-written transliteration tables (several systems per script).

Each function takes one native word (a single name token) and a system name
and returns a romanised word with the first letter capitalised.
"""
import unicodedata

VOW_RU = set("аеёиоуыэюяьъ")


def _cap(s, orig):
    if not s:
        return s
    if orig[:1].isupper() or not orig[:1].isalpha() or orig[:1].lower() == orig[:1].upper():
        return s[0].upper() + s[1:]
    return s


def _after_vowel(prev):
    return prev == "" or prev in VOW_RU


# ------------------------------------------------------------------ Russian
RU_SYSTEMS = ("icao", "english", "popular", "german", "french", "iso")
_RU_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "ы": "y", "э": "e",
}
_RU_TAB = {  # icao english popular german french iso
    "ж": ("zh", "zh", "zh", "sch", "j", "ž"),
    "х": ("kh", "kh", "kh", "ch", "kh", "ch"),
    "ц": ("ts", "ts", "ts", "z", "ts", "c"),
    "ч": ("ch", "ch", "ch", "tsch", "tch", "č"),
    "ш": ("sh", "sh", "sh", "sch", "ch", "š"),
    "щ": ("shch", "shch", "shch", "schtsch", "chtch", "šč"),
    "ъ": ("ie", "", "", "", "", "ʺ"),
    "ь": ("", "", "", "", "", "ʹ"),
}


def translit_ru(word, system):
    k = RU_SYSTEMS.index(system)
    w = word.lower()
    n = len(w)
    out = []
    i = 0
    while i < n:
        ch = w[i]
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < n else ""
        start = i == 0
        end = i == n - 1
        r = None
        if ch == "и" and nxt in "йы" and nxt == "й" and i + 1 == n - 1:   # final -ий
            r = ("ii", "iy", "y", "i", "i", "ij")[k]
            i += 2
            out.append(r)
            continue
        if ch == "ы" and nxt == "й" and i + 1 == n - 1:
            r = ("yi", "yy", "y", "yj", "y", "yj")[k]
            i += 2
            out.append(r)
            continue
        if ch == "к" and nxt == "с" and system in ("popular", "german", "french"):
            out.append("x")
            i += 2
            continue
        if ch in _RU_TAB:
            r = _RU_TAB[ch][k]
        elif ch == "е":
            if system == "english":
                r = "ye" if (start or prev in VOW_RU) else "e"
            elif system == "popular":
                r = "ye" if prev in "ьъ" else "e"
            elif system == "german":
                r = "je" if (start or prev in VOW_RU) else "e"
            elif system == "french":
                r = "ie" if prev in "ьъ" else ("é" if False else "e")
            else:
                r = "e"
        elif ch == "ё":
            hush = prev in "жчшщ"
            r = {"icao": "e", "english": "o" if hush else "yo", "popular": "e",
                 "german": "o" if hush else "jo", "french": "o" if hush else "io", "iso": "ë"}[system]
        elif ch == "й":
            r = {"icao": "i", "english": "y", "popular": "y" if nxt and nxt in VOW_RU else "i",
                 "german": "j", "french": "ï" if prev in VOW_RU and prev else "i", "iso": "j"}[system]
        elif ch == "ю":
            r = ("iu", "yu", "yu", "ju", "iou", "ju")[k]
        elif ch == "я":
            if system in ("popular", "french") and prev == "и":
                r = "a"
            else:
                r = ("ia", "ya", "ya", "ja", "ia", "ja")[k]
        elif ch == "в":
            r = "w" if system == "german" else "v"
        elif ch == "з":
            r = "s" if system == "german" else "z"
        elif ch == "с":
            if system in ("german", "french") and prev and prev in "аеёиоуыэюя" and nxt and nxt in "аеёиоуыэюя":
                r = "ss"
            else:
                r = "s"
        elif ch == "г":
            r = "gu" if system == "french" and nxt and nxt in "еиёы" else "g"
        elif ch == "у":
            r = "ou" if system == "french" else "u"
        elif ch == "э":
            r = "è" if system == "iso" else "e"
        elif ch in _RU_BASE:
            r = _RU_BASE[ch]
        else:
            r = ch
        out.append(r)
        i += 1
    return _cap("".join(out), word)


# ------------------------------------------------------------------ Ukrainian
UK_SYSTEMS = ("kmu", "rus", "german", "french", "scholarly")
_UK_TAB = {  # kmu rus german french scholarly
    "г": ("h", "g", "h", "h", "h"),
    "ґ": ("g", "g", "g", "g", "g"),
    "ж": ("zh", "zh", "sch", "j", "ž"),
    "и": ("y", "i", "y", "y", "y"),
    "х": ("kh", "kh", "ch", "kh", "ch"),
    "ц": ("ts", "ts", "z", "ts", "c"),
    "ч": ("ch", "ch", "tsch", "tch", "č"),
    "ш": ("sh", "sh", "sch", "ch", "š"),
    "щ": ("shch", "shch", "schtsch", "chtch", "šč"),
    "ь": ("", "", "", "", "ʹ"),
    "'": ("", "", "", "", "ʼ"),
    "ʼ": ("", "", "", "", "ʼ"),
    "’": ("", "", "", "", "ʼ"),
}
_UK_BASE = {"а": "a", "б": "b", "д": "d", "е": "e", "і": "i", "к": "k", "л": "l", "м": "m",
            "н": "n", "о": "o", "п": "p", "р": "r", "т": "t", "ф": "f"}
VOW_UK = set("аеєиіїоуюяь'ʼ’")


def translit_uk(word, system):
    k = UK_SYSTEMS.index(system)
    w = word.lower()
    n = len(w)
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < n else ""
        start = i == 0
        if ch in _UK_TAB:
            r = _UK_TAB[ch][k]
            if ch == "г" and system == "kmu" and prev == "з":
                r = "gh"
        elif ch == "є":
            r = ("ye" if start else "ie", "ye", "je", "ie", "je")[k]
        elif ch == "ї":
            r = ("yi" if start else "i", "yi", "ji", "ï", "ji")[k]
        elif ch == "й":
            r = ("y" if start else "i", "y", "j", "ï" if prev in VOW_UK and prev else "i", "j")[k]
        elif ch == "ю":
            r = ("yu" if start else "iu", "yu", "ju", "iou", "ju")[k]
        elif ch == "я":
            r = ("ya" if start else "ia", "ya", "ja", "ia", "ja")[k]
        elif ch == "в":
            r = "w" if system == "german" else "v"
        elif ch == "з":
            r = "s" if system == "german" else "z"
        elif ch == "с":
            r = "ss" if system in ("german", "french") and prev and prev in "аеиіоуя" and nxt and nxt in "аеиіоуя" else "s"
        elif ch == "у":
            r = "ou" if system == "french" else "u"
        elif ch in _UK_BASE:
            r = _UK_BASE[ch]
        else:
            r = ch
        out.append(r)
    return _cap("".join(out), word)


# ------------------------------------------------------------------ Greek
EL_SYSTEMS = ("elot", "phonetic", "classic")
_EL_BASE = {"α": "a", "β": "v", "δ": "d", "ε": "e", "ζ": "z", "θ": "th", "ι": "i", "κ": "k",
            "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
            "ς": "s", "τ": "t", "φ": "f", "ψ": "ps", "ω": "o", "η": "i"}
_EL_VOICELESS = set("θκξπσςτφχψ")
_EL_FRONT = set("ειηυ")


def _el_letters(word):
    """lower-case letters with accents removed; diaeresis kept as flag."""
    res = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch == "\u0308":
            if res:
                res[-1] = (res[-1][0], True)
            continue
        if unicodedata.combining(ch):
            continue
        res.append((ch, False))
    return res


def translit_el(word, system):
    L = _el_letters(word)
    n = len(L)
    out = []
    i = 0
    while i < n:
        ch, _ = L[i]
        nx, nxd = L[i + 1] if i + 1 < n else ("", False)
        nn = L[i + 2][0] if i + 2 < n else ""
        start = i == 0
        pair = ch + nx if not nxd else None
        r = None
        step = 2
        if pair == "ου":
            r = "u" if system == "phonetic" and i > 0 and i + 2 < n else "ou"
        elif pair in ("αι", "ει", "οι"):
            if system == "phonetic":
                r = {"αι": "e", "ει": "i", "οι": "i"}[pair]
            else:
                r = {"αι": "ai", "ει": "ei", "οι": "oi"}[pair]
        elif pair in ("αυ", "ευ", "ηυ"):
            v = {"αυ": "a", "ευ": "e", "ηυ": "i"}[pair]
            if system == "classic":
                r = v + "u"
            else:
                r = v + ("f" if (nn == "" or nn in _EL_VOICELESS) else "v")
        elif pair == "μπ":
            if start:
                r = "b"
            else:
                r = {"elot": "mp", "phonetic": "mb", "classic": "mp"}[system]
        elif pair == "ντ":
            if start:
                r = "d"
            else:
                r = {"elot": "nt", "phonetic": "nd", "classic": "nt"}[system]
        elif pair == "γγ":
            r = "ng"
        elif pair == "γκ":
            r = "g" if start else ("ng" if system == "phonetic" else "gk")
        elif pair == "γξ":
            r = "nx"
        elif pair == "γχ":
            r = "nch" if system != "phonetic" else "nh"
        else:
            step = 1
            if ch == "γ":
                r = "y" if system == "phonetic" and nx in _EL_FRONT else "g"
            elif ch == "υ":
                r = "i" if system == "phonetic" else "y"
            elif ch == "χ":
                r = "h" if system == "phonetic" else "ch"
            elif ch == "φ":
                r = "ph" if system == "classic" else "f"
            elif ch == "κ":
                r = "c" if system == "classic" and start and nx in "αοωυ" else "k"
            elif ch in _EL_BASE:
                r = _EL_BASE[ch]
            else:
                r = ch
        out.append(r)
        i += step
    return _cap("".join(out), "A")


def greek_upper(s):
    """Greek all-caps convention drops the accents."""
    out = []
    for ch in unicodedata.normalize("NFD", s.upper()):
        if ch == "\u0301":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# ------------------------------------------------------------------ Georgian
KA_SYSTEMS = ("national", "scholarly", "german", "russian")
_KA = {  # national scholarly german russian
    "ა": ("a",) * 4, "ბ": ("b",) * 4, "გ": ("g",) * 4, "დ": ("d",) * 4, "ე": ("e",) * 4,
    "ვ": ("v", "v", "w", "v"), "ზ": ("z", "z", "s", "z"), "თ": ("t", "t", "t", "t"),
    "ი": ("i",) * 4, "კ": ("k", "k'", "k", "k"), "ლ": ("l",) * 4, "მ": ("m",) * 4,
    "ნ": ("n",) * 4, "ო": ("o",) * 4, "პ": ("p", "p'", "p", "p"), "ჟ": ("zh", "ž", "sh", "zh"),
    "რ": ("r",) * 4, "ს": ("s",) * 4, "ტ": ("t", "t'", "t", "t"), "უ": ("u",) * 4,
    "ფ": ("p", "p", "p", "p"), "ქ": ("k", "k", "k", "k"), "ღ": ("gh", "ğ", "gh", "g"),
    "ყ": ("q", "q'", "k", "k"), "შ": ("sh", "š", "sch", "sh"), "ჩ": ("ch", "č", "tsch", "ch"),
    "ც": ("ts", "c", "z", "ts"), "ძ": ("dz", "dz", "ds", "dz"), "წ": ("ts", "c'", "z", "ts"),
    "ჭ": ("ch", "č'", "tsch", "ch"), "ხ": ("kh", "x", "ch", "kh"), "ჯ": ("j", "j", "dsch", "dzh"),
    "ჰ": ("h", "h", "h", "g"),
}


def translit_ka(word, system):
    k = KA_SYSTEMS.index(system)
    return _cap("".join(_KA[c][k] if c in _KA else c for c in word), "A")


# ------------------------------------------------------------------ Armenian
HY_SYSTEMS = ("eastern", "diaspora", "western", "russian", "iso")
_HY = {  # eastern diaspora western russian iso
    "ա": ("a",) * 5, "բ": ("b", "b", "p", "b", "b"), "գ": ("g", "g", "k", "g", "g"),
    "դ": ("d", "d", "t", "d", "d"), "զ": ("z",) * 5, "է": ("e", "e", "e", "e", "ē"),
    "ը": ("y", "y", "u", "y", "ə"), "թ": ("t", "t", "t", "t", "t'"),
    "ժ": ("zh", "zh", "zh", "zh", "ž"), "ի": ("i",) * 5, "լ": ("l",) * 5,
    "խ": ("kh", "kh", "kh", "kh", "x"), "ծ": ("ts", "ts", "dz", "ts", "c"),
    "կ": ("k", "k", "g", "k", "k"), "ձ": ("dz", "dz", "ts", "dz", "j"),
    "ղ": ("gh", "gh", "gh", "g", "ł"), "ճ": ("ch", "ch", "j", "ch", "č"), "մ": ("m",) * 5,
    "յ": ("y",) * 5, "ն": ("n",) * 5, "շ": ("sh", "sh", "sh", "sh", "š"),
    "չ": ("ch", "ch", "ch", "ch", "č'"), "պ": ("p", "p", "b", "p", "p"),
    "ջ": ("j", "j", "ch", "dzh", "ǰ"), "ռ": ("r", "r", "r", "r", "ṙ"), "ս": ("s",) * 5,
    "վ": ("v",) * 5, "տ": ("t", "t", "d", "t", "t"), "ր": ("r",) * 5,
    "ց": ("ts", "ts", "ts", "ts", "c'"), "փ": ("p", "p", "p", "p", "p'"),
    "ք": ("k", "k", "k", "k", "k'"), "օ": ("o",) * 5, "ֆ": ("f",) * 5,
}


def translit_hy(word, system):
    k = HY_SYSTEMS.index(system)
    w = word.lower()
    n = len(w)
    out = []
    i = 0
    while i < n:
        ch = w[i]
        nxt = w[i + 1] if i + 1 < n else ""
        start = i == 0
        if ch == "ո" and nxt == "ւ":
            out.append("ou" if system == "western" else "u")
            i += 2
            continue
        if ch == "ե" and nxt == "ւ":
            out.append("yev" if start else "ev")
            i += 2
            continue
        if ch == "յ" and w[i:] == "յան" and system in ("diaspora", "western"):
            out.append("ian")
            break
        if ch == "և":
            r = "yev" if start else "ev"
        elif ch == "ե":
            r = "ye" if start and system != "iso" else "e"
        elif ch == "ո":
            r = "vo" if start and system in ("eastern", "western") else "o"
        elif ch == "հ":
            if system == "russian":
                r = "" if start else "g"
            else:
                r = "h"
        elif ch == "ւ":
            r = "v"
        elif ch in _HY:
            r = _HY[ch][k]
        else:
            r = ch
        out.append(r)
        i += 1
    return _cap("".join(out), "A")


# ------------------------------------------------------------------ Chinese pinyin helpers
_PY_INI = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
           "x", "r", "z", "c", "s", "y", "w", ""]
_PY_FIN = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng",
           "ong", "er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua",
           "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve", "van", "vn"]
PY_SYLLABLES = {a + b for a in _PY_INI for b in _PY_FIN}


def strip_tones(s):
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u0308":          # keep ü as v marker
            out.append("\u0308")
            continue
        if unicodedata.combining(ch):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def py_split(toned):
    """split a 2-syllable pinyin word (with tones) into syllables."""
    plain = strip_tones(toned).lower().replace("ü", "v").replace("'", "")
    raw = toned.replace("'", "")
    best = None
    for k in range(1, len(plain)):
        a, b = plain[:k], plain[k:]
        if a in PY_SYLLABLES and b in PY_SYLLABLES:
            score = (b[0] not in "aeiouv", -abs(len(a) - len(b)))
            if best is None or score > best[0]:
                best = (score, k)
    if best is None:
        return [raw]
    k = best[1]
    return [raw[:k], raw[k:]]


_WG_WHOLE = {"zhi": "chih", "chi": "ch'ih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tz'u",
             "si": "ssu", "you": "yu", "yan": "yen", "ye": "yeh", "he": "ho", "ge": "ko",
             "ke": "k'o", "er": "erh"}
_WG_INI = [("zh", "ch"), ("ch", "ch'"), ("sh", "sh"), ("b", "p"), ("p", "p'"), ("d", "t"),
           ("t", "t'"), ("g", "k"), ("k", "k'"), ("j", "ch"), ("q", "ch'"), ("x", "hs"),
           ("z", "ts"), ("c", "ts'"), ("r", "j")]


def wade_giles(syl, apostrophes=False):
    s = strip_tones(syl).lower().replace("ü", "u")
    if s in _WG_WHOLE:
        r = _WG_WHOLE[s]
    else:
        ini, rest = "", s
        for a, b in _WG_INI:
            if s.startswith(a):
                ini, rest = b, s[len(a):]
                break
        else:
            for a in ("m", "f", "n", "l", "h", "s", "y", "w"):
                if s.startswith(a):
                    ini, rest = a, s[1:]
                    break
        rest = rest.replace("ong", "ung")
        if rest.endswith("ian"):
            rest = rest[:-3] + "ien"
        if rest == "ie":
            rest = "ieh"
        r = ini + rest
    if not apostrophes:
        r = r.replace("'", "")
    return r


def jp_variant(rom, system):
    """Hepburn with macrons -> passport / wapuro / oh variants."""
    if system == "macron":
        return rom
    if system == "plain":
        t = rom
        for a, b in (("ō", "o"), ("ū", "u"), ("Ō", "O"), ("Ū", "U"), ("'", "")):
            t = t.replace(a, b)
        return t
    if system == "ou":
        t = rom
        for a, b in (("ō", "ou"), ("ū", "uu"), ("Ō", "Ou"), ("Ū", "Uu"), ("'", "")):
            t = t.replace(a, b)
        return t
    if system == "oh":
        t = rom
        for a, b in (("ō", "oh"), ("ū", "u"), ("Ō", "Oh"), ("Ū", "U"), ("'", "")):
            t = t.replace(a, b)
        return t
    return rom
