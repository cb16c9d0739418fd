#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent synthetic test-data generator for entity resolution.

    python3 gen.py --people P --seed S --out FILE.csv [--stats]

Standard library only.  All randomness comes from one random.Random(seed).
Reads common names from the popular_names_by_country data set (path below,
override with NAMES_DIR) and the hand-written lists in namedata.py.
"""
import argparse
import csv
import datetime
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import namedata as ND          # noqa: E402
import translit as TL          # noqa: E402

# ../shared/data beside the repository (README.md), unless NAMES_DIR says
NAMES_DIR = os.environ.get("NAMES_DIR", os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data",
    "popular_names_by_country"))
COLUMNS = ["source", "record_id", "name", "given_name", "family_name", "date_of_birth",
           "nationality", "document", "phone", "email", "gender", "truth"]
REF_DATE = datetime.date(2024, 6, 1)

AGENCIES = ["border-nl", "ngo-ro", "police-gr", "consulate-th", "hotline-es", "registry-ge"]
AGENCY_W = [0.17, 0.18, 0.17, 0.12, 0.20, 0.16]
AFFINITY = {"TH": {"consulate-th": 4.0}, "GE": {"registry-ge": 3.0}, "AM": {"registry-ge": 2.0},
            "RO": {"ngo-ro": 2.0}, "MD": {"ngo-ro": 2.0}, "GR": {"police-gr": 2.0},
            "AL": {"police-gr": 2.0}, "ES": {"hotline-es": 2.0}}
N_RECORDS_W = [(1, .35), (2, .27), (3, .16), (4, .10), (5, .07), (6, .05)]

COUNTRY_W = {"UA": 9, "RO": 8, "NG": 7, "RU": 6, "MD": 5, "VN": 5, "SY": 5, "CN": 5, "TH": 4,
             "AL": 4, "IN": 4, "TR": 4, "PL": 4, "IR": 3, "GE": 3, "AM": 3, "GR": 3, "ES": 3,
             "JP": 2, "KR": 2, "IL": 2}
FEMALE_SHARE = 0.6

# per-agency field presence (for non-thin records)
P_SPLIT = {"border-nl": .85, "ngo-ro": .3, "police-gr": .6, "consulate-th": .5,
           "hotline-es": .15, "registry-ge": .7}
P_DOB_MISSING = {"border-nl": .0, "ngo-ro": .06, "police-gr": .04, "consulate-th": .02,
                 "hotline-es": .16, "registry-ge": .03}
P_NAT_MISSING = {"border-nl": .10, "ngo-ro": .40, "police-gr": .35, "consulate-th": .30,
                 "hotline-es": .65, "registry-ge": .40}
P_DOC = {"border-nl": .85, "ngo-ro": .15, "police-gr": .45, "consulate-th": .65,
         "hotline-es": .07, "registry-ge": .45}
P_PHONE = {"border-nl": .15, "ngo-ro": .6, "police-gr": .45, "consulate-th": .35,
           "hotline-es": .85, "registry-ge": .3}
P_EMAIL = {"border-nl": .12, "ngo-ro": .35, "police-gr": .2, "consulate-th": .25,
           "hotline-es": .45, "registry-ge": .2}
P_GENDER = {"border-nl": .8, "ngo-ro": .3, "police-gr": .45, "consulate-th": .5,
            "hotline-es": .3, "registry-ge": .45}
P_ALIAS = {"border-nl": 0.0, "ngo-ro": .2, "police-gr": .1, "consulate-th": .05,
           "hotline-es": .25, "registry-ge": .05}
P_PATRONYMIC = {"border-nl": .05, "ngo-ro": .35, "police-gr": .4, "consulate-th": .3,
                "hotline-es": .2, "registry-ge": .6}
ALIAS_MULT = {"TH": 1.6, "UA": 0.5}   # Thai nicknames are very common; UA alias = Russian form
P_TYPO = 0.10
P_THIN_NAME_ONLY = 0.08
P_THIN_NAME_NAT = 0.07
P_GIVEN_ONLY = 0.02            # hotline / ngo: caller knows only a first name

GENDER_FORMS = {
    "border-nl": [(("F", "M"), .5), (("V", "M"), .25), (("female", "male"), .1),
                  (("vrouw", "man"), .1), (("féminin", "masculin"), .05)],
    "ngo-ro": [(("F", "M"), .4), (("feminin", "masculin"), .3), (("femeie", "bărbat"), .2),
               (("female", "male"), .1)],
    "police-gr": [(("Θ", "Α"), .2), (("Γυναίκα", "Άνδρας"), .3), (("F", "M"), .4),
                  (("θήλυ", "άρρεν"), .1)],
    "consulate-th": [(("F", "M"), .4), (("female", "male"), .3), (("หญิง", "ชาย"), .2),
                     (("Female", "Male"), .1)],
    "hotline-es": [(("mujer", "hombre"), .45), (("F", "M"), .25), (("M", "H"), .1),
                   (("femenino", "masculino"), .2)],
    "registry-ge": [(("F", "M"), .35), (("ქალი", "კაცი"), .2), (("жен.", "муж."), .25),
                    (("féminin", "masculin"), .1), (("female", "male"), .1)],
}
NAT_FORMS = {
    "border-nl": [("iso3", .45), ("en", .2), ("nl", .2), ("iso2", .1), ("fr", .05)],
    "ngo-ro": [("ro", .45), ("en", .25), ("dem", .15), ("native", .1), ("iso2", .05)],
    "police-gr": [("el", .4), ("en", .25), ("iso3", .25), ("dem", .1)],
    "consulate-th": [("en", .45), ("dem", .25), ("iso2", .15), ("iso3", .15)],
    "hotline-es": [("es", .5), ("en", .2), ("fr", .1), ("dem", .2)],
    "registry-ge": [("ru", .35), ("en", .3), ("iso3", .2), ("native", .15)],
}
AGENCY_LANGS = {"border-nl": ["nl", "en", "de", "fr"], "ngo-ro": ["ro", "en", "fr"],
                "police-gr": ["el", "en"], "consulate-th": ["th", "en"],
                "hotline-es": ["es", "en", "fr"], "registry-ge": ["ka", "ru", "en"]}
PERSON_LANG = {"RU": "ru", "UA": "uk", "MD": "ro", "RO": "ro", "GR": "el", "ES": "es",
               "PL": "pl", "TR": "tr", "GE": "ka", "TH": "th", "AM": "ru"}
HOST_COUNTRIES = ["NL", "ES", "GR", "RO", "TH", "GE"]

# romanisation systems per script kind, with base weights
SYSTEMS = {
    "ru": [("native", .22), ("icao", .30), ("english", .16), ("popular", .12), ("german", .07),
           ("french", .07), ("iso", .06)],
    "uk": [("native", .22), ("kmu", .33), ("rus", .20), ("german", .08), ("french", .07),
           ("scholarly", .10)],
    "el": [("native", .25), ("elot", .45), ("phonetic", .20), ("classic", .10)],
    "ka": [("native", .25), ("national", .45), ("scholarly", .10), ("german", .08), ("russian", .12)],
    "hy": [("native", .20), ("eastern", .40), ("diaspora", .15), ("western", .10), ("russian", .10),
           ("iso", .05)],
    "lex": [("native", .22), ("passport", .45), ("alt", .33)],
    "zh": [("native", .20), ("py", .40), ("py_hyph", .12), ("py_sp", .12), ("py_tone", .06), ("wg", .10)],
    "ja": [("native", .20), ("plain", .45), ("ou", .12), ("oh", .10), ("macron", .13)],
    "ko": [("native", .20), ("rr", .25), ("pop", .20), ("rr_hyph", .15), ("pop_hyph", .12), ("sp", .08)],
    "lat": [("orig", .60), ("ascii", .32), ("mrz", .08)],
    "vn": [("orig", .50), ("ascii", .50)],
}
OFFICIAL = {"ru": "icao", "uk": "kmu", "el": "elot", "ka": "national", "hy": "eastern",
            "lex": "passport", "zh": "py", "ja": "plain", "ko": "rr", "lat": "mrz", "vn": "ascii"}
UK2RU_SYS = {"kmu": "icao", "rus": "english", "german": "german", "french": "french",
             "scholarly": "iso", "native": "native"}
NATIVE_BOOST = {("registry-ge", "GE"): 3.0, ("registry-ge", "AM"): 2.0, ("registry-ge", "RU"): 1.8,
                ("registry-ge", "UA"): 1.5, ("police-gr", "GR"): 3.0, ("consulate-th", "TH"): 3.0}
SCRIPT_OF = {"RU": "ru", "UA": "uk", "GR": "el", "GE": "ka", "AM": "hy", "SY": "lex", "IR": "lex",
             "IL": "lex", "TH": "lex", "IN": "lex", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vn"}
EAST_ORDER = {"CN", "JP", "KR", "VN"}
OCR = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8", "8": "B",
       "Z": "2", "2": "Z", "G": "6", "6": "G"}


# =========================================================================== helpers
def wchoice(rng, items):
    """items: list of (value, weight)."""
    tot = 0.0
    for _, w in items:
        tot += w
    r = rng.random() * tot
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def zipf_pick(rng, lst, s=0.6, off=4):
    # mild popularity skew by list position
    ws = [1.0 / (i + off) ** s for i in range(len(lst))]
    return wchoice(rng, list(zip(lst, ws)))


SPECIAL_ASCII = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
                 "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ʹ": "", "ʺ": "", "ʼ": "'"}
MRZ_MAP = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "ä": "ae", "ö": "oe", "ü": "ue", "å": "aa"}


def strip_marks(s):
    out = [c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)]
    return unicodedata.normalize("NFC", "".join(out))


def to_ascii(s):
    return strip_marks("".join(SPECIAL_ASCII.get(c, c) for c in s))


def to_mrz(s):
    return to_ascii("".join(MRZ_MAP.get(c, c) for c in s)).upper()


def cedilla(s):
    return s.replace("ș", "ş").replace("Ș", "Ş").replace("ț", "ţ").replace("Ț", "Ţ")


def has_greek(s):
    return any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in s)


def upper(s):
    if has_greek(s):
        return TL.greek_upper(s)
    # Georgian has no case in practice: keep Mkhedruli letters as they are
    return "".join(c if "\u10a0" <= c <= "\u10ff" else c.upper() for c in s)


def script_of_char(c):
    try:
        n = unicodedata.name(c)
    except ValueError:
        return "OTHER"
    return n.split()[0]


# =========================================================================== tokens
class Tok:
    __slots__ = ("kind", "native", "alts", "script", "sylls")

    def __init__(self, kind, native, alts=None, script=None, sylls=None):
        self.kind = kind        # lat | tr | lex | zh | ja | ko
        self.native = native
        self.alts = alts or []
        self.script = script
        self.sylls = sylls


def lat(s):
    return Tok("lat", s)


def parse_lex(s):
    out = []
    for m in re.finditer(r"(\S+)=(.+?)(?=\s+\S+=|\s*$)", s.strip()):
        native = m.group(1).replace("\u00a0", " ")
        out.append(Tok("lex", native, [v.strip() for v in m.group(2).split("/")]))
    return out


def load_csv(fn):
    path = os.path.join(NAMES_DIR, fn)
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def uniq(seq, key=lambda x: x):
    seen = {}
    out = []
    for x in seq:
        k = key(x)
        if k not in seen:
            seen[k] = 1
            out.append(x)
    return out


def is_script(s, prefix):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(script_of_char(c) == prefix for c in letters)


# ---- gendered surname forms
def fem_ru(s):
    for a, b in (("ский", "ская"), ("цкий", "цкая"), ("ой", "ая")):
        if s.endswith(a):
            return s[:-len(a)] + b
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    return s


def fem_uk(s):
    for a, b in (("ський", "ська"), ("цький", "цька")):
        if s.endswith(a):
            return s[:-len(a)] + b
    if s.endswith(("ов", "ев", "ьов", "йов", "ін", "ин")):
        return s + "а"
    return s


def fem_el(s):
    for a, b in (("όπουλος", "οπούλου"), ("ίδης", "ίδου"), ("άκης", "άκη"), ("ής", "ή"),
                 ("ης", "η"), ("άς", "ά"), ("ας", "α"), ("ός", "ού"), ("ος", "ου")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def fem_pl(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def patr_ru(name, g):
    special = {"Михаил": ("Михайлович", "Михайловна"), "Павел": ("Павлович", "Павловна"),
               "Пётр": ("Петрович", "Петровна"), "Лев": ("Львович", "Львовна"),
               "Илья": ("Ильич", "Ильинична"), "Никита": ("Никитич", "Никитична")}
    if name in special:
        m, f = special[name]
    elif name.endswith("ий"):
        stem = name[:-2]
        cons_cluster = len(stem) >= 2 and stem[-2] not in "аеёиоуыэюя"
        suf = "иев" if cons_cluster else "ьев"
        m, f = stem + suf + "ич", stem + suf + "на"
    elif name.endswith(("ей", "ай")):
        m, f = name[:-1] + "евич", name[:-1] + "евна"
    elif name.endswith("ь"):
        m, f = name[:-1] + "евич", name[:-1] + "евна"
    else:
        m, f = name + "ович", name + "овна"
    return m if g == "M" else f


def patr_uk(name, g):
    special = {"Микола": ("Миколайович", "Миколаївна"), "Ілля": ("Ілліч", "Іллівна"),
               "Лев": ("Львович", "Львівна")}
    if name in special:
        m, f = special[name]
    elif name.endswith("ій"):
        m, f = name + "ович", name[:-1] + "ївна"
    elif name.endswith("о"):
        m, f = name[:-1] + "ович", name[:-1] + "івна"
    elif name.endswith("ь"):
        m, f = name + "ович", name[:-1] + "івна"
    else:
        m, f = name + "ович", name + "івна"
    return m if g == "M" else f


# =========================================================================== name pools
class Pools:
    def __init__(self):
        fn = load_csv("common-forenames-by-country.csv")
        sn = load_csv("common-surnames-by-country.csv")
        F = defaultdict(list)
        S = defaultdict(list)
        for r in fn:
            F[r["Country"]].append(r)
        for r in sn:
            S[r["Country"]].append(r)
        self.F, self.S = F, S
        P = {}

        def file_given(cc, g, pred=lambda loc, rom: True):
            return [(r["Localized Name"].strip(), r["Romanized Name"].strip())
                    for r in F[cc] if r["Gender"] == g and r["Localized Name"].strip()
                    and pred(r["Localized Name"].strip(), r["Romanized Name"].strip())]

        def file_sur(cc):
            return [(r["Localized Name"].strip(), r["Romanized Name"].strip(), r["Name Group"])
                    for r in S[cc] if r["Romanized Name"].strip()]

        # ---- Russian
        cyr = lambda loc, rom: is_script(loc, "CYRILLIC")
        ru = {}
        ru["M"] = uniq([n for n, _ in file_given("RU", "M", cyr)] + ND.RU_M.split())
        ru["F"] = uniq([n for n, _ in file_given("RU", "F", cyr)] + ND.RU_F.split())
        ru["S"] = uniq([strip_marks(l).replace("е\u0308", "ё") for l, _, _ in file_sur("RU") if l]
                       + ND.RU_S.split())
        # strip_marks removes the ё diaeresis too; restore known ё-surnames
        ru["S"] = [s.replace("Соловьев", "Соловьёв").replace("Воробьев", "Воробьёв")
                   .replace("Семенов", "Семёнов") for s in ru["S"]]
        ru["S"] = uniq(ru["S"])
        P["RU"] = ru
        # ---- Ukrainian (file has only romanised forms -> own Cyrillic lists)
        P["UA"] = {"M": ND.UA_M.split(), "F": ND.UA_F.split(), "S": ND.UA_S.split()}
        # ---- Greek
        grk = lambda loc, rom: is_script(loc, "GREEK")
        P["GR"] = {"M": uniq([n for n, _ in file_given("GR", "M", grk)] + ND.GR_M.split()),
                   "F": uniq([n for n, _ in file_given("GR", "F", grk)] + ND.GR_F.split()),
                   "S": uniq([l for l, _, _ in file_sur("GR") if l] + ND.GR_S.split())}
        # ---- Georgian: drop nominative -ი where the file's romanisation has none
        def ka_norm(loc, rom):
            if loc.endswith("ი") and not rom.lower().endswith("i"):
                return loc[:-1]
            return loc
        geo = lambda loc, rom: is_script(loc, "GEORGIAN")
        P["GE"] = {"M": uniq([ka_norm(n, r) for n, r in file_given("GE", "M", geo)] + ND.GE_M.split()),
                   "F": uniq([ka_norm(n, r) for n, r in file_given("GE", "F", geo)] + ND.GE_F.split()),
                   "S": uniq([l for l, _, _ in file_sur("GE") if l] + ND.GE_S.split())}
        # ---- Armenian
        P["AM"] = {"M": ND.AM_M.split(), "F": ND.AM_F.split(),
                   "S": uniq([l for l, _, _ in file_sur("AM") if l] + ND.AM_S.split())}
        # ---- lexical scripts
        P["SY"] = {"M": parse_lex(ND.SY_M), "F": parse_lex(ND.SY_F), "S": parse_lex(ND.SY_S)}
        P["IR"] = {"M": parse_lex(ND.IR_M), "F": parse_lex(ND.IR_F), "S": parse_lex(ND.IR_S)}
        P["TH"] = {"M": parse_lex(ND.TH_M), "F": parse_lex(ND.TH_F), "S": parse_lex(ND.TH_S),
                   "NICK": parse_lex(ND.TH_NICK)}
        # Hebrew surnames: file groups (native + variants) + own list
        groups = {}
        order = []
        for loc, rom, grp in file_sur("IL"):
            if grp not in groups:
                groups[grp] = [loc, []]
                order.append(grp)
            if loc and not groups[grp][0]:
                groups[grp][0] = loc
            groups[grp][1].append(rom)
        il_s = [Tok("lex", groups[g][0], uniq(groups[g][1])) for g in order if groups[g][0]]
        P["IL"] = {"M": parse_lex(ND.IL_M), "F": parse_lex(ND.IL_F),
                   "S": uniq(il_s + parse_lex(ND.IL_S), key=lambda t: t.native)}
        # Devanagari surnames: file + own
        in_s = []
        for loc, rom, _ in file_sur("IN"):
            if loc:
                in_s.append(Tok("lex", loc, ND.IN_EXTRA_VARIANTS.get(loc, [rom])))
        in_s = uniq(in_s + parse_lex(ND.IN_S), key=lambda t: t.native)
        P["IN"] = {"M": parse_lex(ND.IN_M), "F": parse_lex(ND.IN_F),
                   "S_M": [t for t in in_s if t.native not in ("देवी",)],
                   "S_F": [t for t in in_s if t.native not in ("कुमार", "सिंह")]}
        # ---- Chinese
        cn_s = []
        seen = {}
        for loc, rom, grp in file_sur("CN"):
            if loc and grp not in seen and is_script(loc, "CJK"):
                seen[grp] = 1
                cn_s.append(Tok("zh", loc, sylls=[rom]))
        cn_g = {}
        for g in "MF":
            lst = []
            for loc, rom in file_given("CN", g):
                sy = TL.py_split(rom)
                if len(sy) == len(loc):
                    lst.append(Tok("zh", loc, sylls=sy))
            cn_g[g] = lst
        def syl_pool(s):
            return [tuple(x.split("=")) for x in s.split()]
        P["CN"] = {"S": cn_s, "M": cn_g["M"], "F": cn_g["F"],
                   "SYL_M": syl_pool(ND.CN_M_SYL), "SYL_F": syl_pool(ND.CN_F_SYL)}
        # ---- Japanese: each (kanji, reading) row is a name
        jp = {"M": [], "F": [], "S": []}
        for g in "MF":
            for loc, rom in file_given("JP", g):
                jp[g].append(Tok("ja", loc, [rom]))
            for x in (ND.JP_M if g == "M" else ND.JP_F).split():
                k, r = x.split("=")
                jp[g].append(Tok("ja", k, [r]))
        for loc, rom, _ in file_sur("JP"):
            if loc:
                jp["S"].append(Tok("ja", loc, [rom]))
        P["JP"] = jp
        # ---- Korean
        ko_g = {"M": [], "F": []}
        for g in "MF":
            for loc, rom in file_given("KR", g):
                if len(loc) == 2 and all(c in ND.KO_SYL for c in loc):
                    ko_g[g].append(Tok("ko", loc, sylls=[ND.KO_SYL[c] for c in loc]))
        P["KR"] = {"M": ko_g["M"], "F": ko_g["F"],
                   "S": [Tok("ko", t.native, t.alts) for t in parse_lex(ND.KO_S)],
                   "SYL_M": ND.KO_M_SYL.split(), "SYL_F": ND.KO_F_SYL.split()}

        # ---- Latin-script countries: file + own adult-generation lists
        def lat_given(cc, g, extra):
            base = [r for _, r in file_given(cc, g)]
            return uniq(extra.split() + base)
        def lat_sur(cc, extra):
            out = []
            for _, rom, _ in file_sur(cc):
                out.extend(x.strip() for x in rom.split("/"))
            return uniq(out + extra.split())
        P["RO"] = {"M": lat_given("RO", "M", ND.RO_M), "F": lat_given("RO", "F", ND.RO_F),
                   "S": lat_sur("RO", ND.RO_S)}
        P["MD"] = {"M": lat_given("MD", "M", ND.MD_M), "F": lat_given("MD", "F", ND.MD_F),
                   "S": lat_sur("MD", ND.MD_S)}
        P["PL"] = {"M": lat_given("PL", "M", ND.PL_M), "F": lat_given("PL", "F", ND.PL_F),
                   "S": lat_sur("PL", ND.PL_S)}
        P["TR"] = {"M": lat_given("TR", "M", ND.TR_M), "F": lat_given("TR", "F", ND.TR_F),
                   "S": lat_sur("TR", ND.TR_S)}
        P["ES"] = {"M": lat_given("ES", "M", ND.ES_M), "F": lat_given("ES", "F", ND.ES_F),
                   "S": lat_sur("ES", ND.ES_S)}
        P["AL"] = {"M": lat_given("AL", "M", ND.AL_M), "F": lat_given("AL", "F", ND.AL_F),
                   "S": lat_sur("AL", "")}
        P["NG"] = {"M": ND.NG_M.split(), "F": ND.NG_F.split(), "S": ND.NG_S.split()}
        P["VN"] = {"M": ND.VN_M.split(), "F": ND.VN_F.split(), "S": lat_sur("VN", ""),
                   "MID_M": ND.VN_MID_M.split(), "MID_F": ND.VN_MID_F.split()}
        self.P = P
        # alphabets for typo substitution
        alpha = defaultdict(list)
        for cc, d in P.items():
            for k, lst in d.items():
                for x in lst:
                    s = x.native if isinstance(x, Tok) else (x[0] if isinstance(x, tuple) else x)
                    for c in s:
                        if c.isalpha():
                            alpha[script_of_char(c)].append(c)
        self.alpha = {k: uniq(v) for k, v in alpha.items()}


# =========================================================================== people
class Person:
    pass


def tr(script, s):
    return Tok("tr", s, script=script)


def build_name(pools, cc, g, rng):
    """returns dict with given/middle/family/family_masc/alias lists of Tok and gjoin."""
    P = pools.P[cc]
    d = {"given": [], "middle": [], "family": [], "family_masc": None, "alias": None,
         "gjoin": " ", "fjoin": " "}
    if cc == "RU":
        gn = zipf_pick(rng, P[g])
        d["given"] = [tr("ru", gn)]
        father = zipf_pick(rng, P["M"])
        d["middle"] = [tr("ru", patr_ru(father, g))]
        s = zipf_pick(rng, P["S"])
        d["family"] = [tr("ru", fem_ru(s) if g == "F" else s)]
        if g == "F" and fem_ru(s) != s:
            d["family_masc"] = [tr("ru", s)]
        if gn in ND.RU_DIM:
            d["alias"] = [tr("ru", ND.RU_DIM[gn])]
    elif cc == "UA":
        gn = zipf_pick(rng, P[g])
        d["given"] = [tr("uk", gn)]
        father = zipf_pick(rng, P["M"])
        d["middle"] = [tr("uk", patr_uk(father, g))]
        s = zipf_pick(rng, P["S"])
        d["family"] = [tr("uk", fem_uk(s) if g == "F" else s)]
        if g == "F" and fem_uk(s) != s:
            d["family_masc"] = [tr("uk", s)]
        if gn in ND.UA2RU and ND.UA2RU[gn] != gn:
            d["alias"] = [tr("ru", ND.UA2RU[gn])]
    elif cc == "GR":
        gn = zipf_pick(rng, P[g])
        d["given"] = [tr("el", gn)]
        s = zipf_pick(rng, P["S"])
        d["family"] = [tr("el", fem_el(s) if g == "F" else s)]
        if gn in ND.GR_DIM:
            d["alias"] = [tr("el", ND.GR_DIM[gn])]
    elif cc == "GE":
        d["given"] = [tr("ka", zipf_pick(rng, P[g]))]
        d["family"] = [tr("ka", zipf_pick(rng, P["S"]))]
    elif cc == "AM":
        d["given"] = [tr("hy", zipf_pick(rng, P[g]))]
        d["family"] = [tr("hy", zipf_pick(rng, P["S"]))]
    elif cc == "SY":
        d["given"] = [zipf_pick(rng, P[g])]
        if rng.random() < 0.8:
            d["middle"] = [zipf_pick(rng, P["M"])]       # father's name
        d["family"] = [zipf_pick(rng, P["S"])]
    elif cc == "IR":
        d["given"] = [zipf_pick(rng, P[g])]
        d["family"] = [zipf_pick(rng, P["S"])]
    elif cc == "IL":
        d["given"] = [zipf_pick(rng, P[g])]
        d["family"] = [zipf_pick(rng, P["S"])]
    elif cc == "TH":
        d["given"] = [zipf_pick(rng, P[g], s=0.3)]
        d["family"] = [rng.choice(P["S"])]
        d["alias"] = [rng.choice(P["NICK"])]
    elif cc == "IN":
        d["given"] = [zipf_pick(rng, P[g])]
        d["family"] = [zipf_pick(rng, P["S_" + g])]
        if g == "M" and rng.random() < 0.3:
            d["middle"] = [Tok("lex", "कुमार", ["Kumar"])]
        elif g == "F" and rng.random() < 0.1:
            d["middle"] = [Tok("lex", "कुमारी", ["Kumari"])]
    elif cc == "CN":
        d["family"] = [zipf_pick(rng, P["S"], s=0.8, off=2)]
        r = rng.random()
        if r < 0.25 and P[g]:
            d["given"] = [rng.choice(P[g])]
        else:
            pool = P["SYL_" + g]
            n = 1 if r < 0.45 else 2
            picks = [rng.choice(pool) for _ in range(n)]
            d["given"] = [Tok("zh", "".join(c for c, _ in picks), sylls=[p for _, p in picks])]
    elif cc == "JP":
        d["given"] = [rng.choice(P[g])]
        d["family"] = [zipf_pick(rng, P["S"], s=0.5)]
    elif cc == "KR":
        d["family"] = [zipf_pick(rng, P["S"], s=1.0, off=2)]
        if rng.random() < 0.3 and P[g]:
            d["given"] = [rng.choice(P[g])]
        else:
            pool = P["SYL_" + g]
            a, b = rng.choice(pool), rng.choice(pool)
            while b == a:
                b = rng.choice(pool)
            d["given"] = [Tok("ko", a + b, sylls=[ND.KO_SYL[a], ND.KO_SYL[b]])]
    elif cc == "VN":
        d["family"] = [lat(zipf_pick(rng, P["S"], s=1.2, off=1))]
        if rng.random() < 0.85:
            d["middle"] = [lat(rng.choice(P["MID_" + g]))]
        d["given"] = [lat(zipf_pick(rng, P[g], s=0.3))]
    elif cc == "ES":
        if rng.random() < 0.25:
            comp = rng.choice(ND.ES_COMPOUND_M if g == "M" else ND.ES_COMPOUND_F)
            d["given"] = [lat(x) for x in comp.split(" ")]
            if len(d["given"]) == 3:        # María del Carmen
                d["given"] = [d["given"][0], lat(d["given"][1].native + " " + d["given"][2].native)]
        else:
            d["given"] = [lat(zipf_pick(rng, P[g]))]
        s1 = zipf_pick(rng, P["S"], s=0.8)
        s2 = zipf_pick(rng, P["S"], s=0.8)
        while s2 == s1:
            s2 = zipf_pick(rng, P["S"], s=0.8)
        d["family"] = [lat(s1), lat(s2)]
    else:   # RO MD PL TR AL NG
        gn = zipf_pick(rng, P[g], s=0.4)
        d["given"] = [lat(x) for x in gn.split(" ")]
        if cc in ("RO", "MD") and rng.random() < 0.25:
            g2 = zipf_pick(rng, P[g], s=0.4)
            if g2 != gn:
                d["given"].append(lat(g2))
                d["gjoin"] = "-" if rng.random() < 0.4 else " "
        elif cc in ("PL", "TR") and len(d["given"]) == 1 and rng.random() < 0.12:
            g2 = zipf_pick(rng, P[g], s=0.4)
            if g2 != gn:
                d["given"].append(lat(g2))
        if cc in ("NG", "AL") and rng.random() < (0.5 if cc == "NG" else 0.25):
            # NG: second given name; AL: father's name (atësia)
            mid = zipf_pick(rng, P[g] if cc == "NG" else P["M"], s=0.4)
            if mid != gn:
                d["middle"] = [lat(mid)]
        s = zipf_pick(rng, P["S"], s=0.5)
        if cc == "PL" and g == "F":
            d["family"] = [lat(fem_pl(s))]
        else:
            d["family"] = [lat(s)]
        if cc == "NG" and gn in ND.NG_SHORT:
            d["alias"] = [lat(ND.NG_SHORT[gn])]
    return d


def name_key(d):
    return tuple(t.native for t in d["given"] + d["family"])


def rand_pattern(rng, pat):
    out = []
    for c in pat:
        if c == "L":
            out.append(chr(65 + rng.randrange(26)))
        elif c == "#":
            out.append(str(rng.randrange(10)))
        else:
            out.append(c)
    return "".join(out)


def make_natid(rng, cc, dob, g):
    pat = ND.NATID[cc]
    if pat == "CNID":       # region(6) + yyyymmdd + seq(3) + check
        s = rand_pattern(rng, "######") + dob.strftime("%Y%m%d") + rand_pattern(rng, "###")
        return s + rng.choice("0123456789X")
    if pat == "CNP":        # Romanian personal numeric code encodes sex + birth date
        sex = ("1" if g == "M" else "2") if dob.year < 2000 else ("5" if g == "M" else "6")
        return sex + dob.strftime("%y%m%d") + rand_pattern(rng, "######")
    return rand_pattern(rng, pat)


def make_phone(rng, cc):
    code, trunk, prefixes, n, groups = ND.PHONE[cc]
    pre = rng.choice(prefixes)
    nsn = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre)))
    return (cc, nsn)


def email_for(rng, p, pools):
    cc = p.country
    doms = ND.EMAIL_DOMAINS[cc].split() + ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]
    dom = rng.choice(doms)
    if dom == "qq.com" or (dom in ("163.com", "126.com") and rng.random() < 0.5):
        return str(rng.randrange(10 ** 7, 10 ** 10)) + "@" + dom
    g = re.sub(r"[^a-z]", "", to_ascii(render_tok(p.given[0], p.pass_sys, p, rng)).lower())
    f = re.sub(r"[^a-z]", "", to_ascii(render_tok(p.family[0], p.pass_sys, p, rng)).lower())
    if p.alias and rng.random() < 0.3:
        g = re.sub(r"[^a-z]", "", to_ascii(render_tok(p.alias[0], p.pass_sys, p, rng)).lower()) or g
    yy = str(p.dob.year)[2:]
    num = rng.choice([yy, str(p.dob.year), str(rng.randrange(1, 999)), "", "", str(p.dob.day) + yy])
    pat = rng.choice(["{g}.{f}{n}", "{g}{f}{n}", "{g0}.{f}{n}", "{f}.{g}{n}", "{g}_{f}{n}",
                      "{g}{n}", "{f}{g0}{n}", "{g}.{f}", "{w}{n}"])
    words = ["sunny", "angel", "princess", "lucky", "star", "happy", "sweet", "blue", "kitty",
             "lion", "tiger", "dream", "smile", "crazy", "baby", "boss"]
    loc = pat.format(g=g, f=f, g0=g[:1], n=num, w=rng.choice(words) + (g[:1] or "x"))
    loc = loc.strip("._") or ("user" + yy)
    return loc + "@" + dom


def make_person(pools, pid, cc, rng, used, namesake_src):
    p = Person()
    p.pid = pid
    p.country = cc
    p.gender = "F" if rng.random() < FEMALE_SHARE else "M"
    p.namesake = False
    kind = SCRIPT_OF.get(cc, "lat")
    p.kind = kind
    # name: either a deliberate namesake copy, or a fresh name not yet used in the country
    if namesake_src is not None:
        src = namesake_src
        p.gender = src.gender
        p.nm = src.nm
        p.pidx = dict(src.pidx)
        p.namesake = True
        src.namesake = True
    else:
        for _ in range(40):
            d = build_name(pools, cc, p.gender, rng)
            if name_key(d) not in used[cc]:
                break
        p.nm = d
        p.pidx = {}
        for t in d["given"] + d["middle"] + d["family"] + (d["alias"] or []):
            if t.kind in ("lex", "ko") and t.alts:
                p.pidx[t.native] = 0 if rng.random() < 0.7 else rng.randrange(len(t.alts))
            if t.kind == "ko" and t.sylls:
                p.pidx[t.native] = 0 if rng.random() < 0.5 else 1
    used[cc][name_key(p.nm)] = p
    p.given, p.middle, p.family = p.nm["given"], p.nm["middle"], p.nm["family"]
    p.alias = p.nm["alias"]
    # passport romanisation system of this person
    syss = [s for s, _ in SYSTEMS[kind] if s != "native"]
    p.pass_sys = OFFICIAL[kind] if rng.random() < 0.75 else rng.choice(syss)
    if kind == "lat":
        p.pass_sys = "mrz"
    # date of birth
    age = rng.triangular(15.0, 62.0, 23.0)
    p.dob = REF_DATE - datetime.timedelta(days=int(age * 365.25) + rng.randrange(0, 365))
    # documents
    p.docs = []
    issuing = cc
    if cc == "MD" and rng.random() < 0.35:
        issuing = "RO"          # many Moldovans hold Romanian passports
    p.nat_alt = issuing if issuing != cc else None
    if rng.random() < 0.9:
        p.docs.append(("passport", issuing, rand_pattern(rng, ND.PASSPORT[issuing])))
        if rng.random() < 0.12:
            p.docs.append(("passport_old", issuing, rand_pattern(rng, ND.PASSPORT[issuing])))
    if rng.random() < 0.35 or not p.docs:
        p.docs.append(("natid", cc, make_natid(rng, cc, p.dob, p.gender)))
    # phones
    p.phones = []
    p.hub = None
    if rng.random() < 0.85:
        if rng.random() < 0.8:
            p.phones.append(make_phone(rng, cc))
        if rng.random() < 0.4 or not p.phones:
            p.phones.append(make_phone(rng, rng.choice(HOST_COUNTRIES)))
    # e-mails
    p.emails = []
    if rng.random() < 0.65:
        p.emails.append(email_for(rng, p, pools))
        if rng.random() < 0.25:
            e2 = email_for(rng, p, pools)
            if e2 != p.emails[0]:
                p.emails.append(e2)
    return p


# =========================================================================== rendering
def render_tok(t, sysname, p, rng):
    k = t.kind
    if sysname == "native":
        return t.native
    if k == "lat":
        if sysname == "ascii":
            return to_ascii(t.native)
        if sysname == "mrz":
            return to_mrz(t.native)
        if sysname == "cedilla":
            return cedilla(t.native)
        return t.native
    if k == "tr":
        s = t.script
        if s == "ru":
            sysname = UK2RU_SYS.get(sysname, sysname) if sysname not in TL.RU_SYSTEMS else sysname
            if sysname not in TL.RU_SYSTEMS:
                sysname = "icao"
            return TL.translit_ru(t.native, sysname)
        if s == "uk":
            return TL.translit_uk(t.native, sysname if sysname in TL.UK_SYSTEMS else "kmu")
        if s == "el":
            return TL.translit_el(t.native, sysname if sysname in TL.EL_SYSTEMS else "elot")
        if s == "ka":
            return TL.translit_ka(t.native, sysname if sysname in TL.KA_SYSTEMS else "national")
        if s == "hy":
            return TL.translit_hy(t.native, sysname if sysname in TL.HY_SYSTEMS else "eastern")
    if k == "lex":
        if sysname == "alt":
            return rng.choice(t.alts)
        return t.alts[p.pidx.get(t.native, 0) if p is not None else 0]
    if k == "zh":
        syl = t.sylls
        if sysname == "py_tone":
            j = "".join(x.lower() for x in syl)
            return j[:1].upper() + j[1:]
        plain = [TL.strip_tones(x).replace("ü", "u").lower() for x in syl]
        if sysname == "wg":
            w = [TL.wade_giles(x) for x in syl]
            return "-".join([w[0].capitalize()] + w[1:])
        if sysname == "py_hyph" and len(plain) > 1:
            rest = plain[1:] if rng.random() < 0.6 else [x.capitalize() for x in plain[1:]]
            return "-".join([plain[0].capitalize()] + rest)
        if sysname == "py_sp" and len(plain) > 1:
            return " ".join(x.capitalize() for x in plain)
        out = plain[0]
        for x in plain[1:]:
            out += ("'" if x[:1] in "aoe" and rng.random() < 0.5 else "") + x
        return out.capitalize()
    if k == "ja":
        return TL.jp_variant(t.alts[0], sysname if sysname in ("plain", "ou", "oh", "macron") else "plain")
    if k == "ko":
        pref = p.pidx.get(t.native, 0) if p is not None else 0
        if t.sylls:     # given name
            if sysname in ("pop", "pop_hyph"):
                parts = [v[-1] if pref else v[min(1, len(v) - 1)] for v in t.sylls]
            else:
                parts = [v[0] for v in t.sylls]
            if sysname in ("rr_hyph", "pop_hyph"):
                return parts[0].capitalize() + "-" + "".join(parts[1:])
            if sysname == "sp":
                return " ".join(x.capitalize() for x in parts)
            return "".join(parts).capitalize()
        if sysname in ("pop", "pop_hyph"):
            return t.alts[pref] if pref < len(t.alts) else t.alts[0]
        return t.alts[0]
    return t.native


def choose_system(p, agency, rng):
    kind = p.kind
    items = []
    for s, w in SYSTEMS[kind]:
        if s == "native":
            w *= NATIVE_BOOST.get((agency, p.country), 1.0)
            if agency == "border-nl":
                w *= 0.15
            elif agency == "hotline-es":
                w *= 0.5
        if agency == "border-nl" and s == p.pass_sys:
            w *= 6.0
        items.append((s, w))
    s = wchoice(rng, items)
    if kind == "lat" and s == "orig" and p.country in ("RO", "MD") and rng.random() < 0.15:
        s = "cedilla"
    return s


LAYOUT_WEST = [("GMF", .47), ("FGM", .15), ("F, GM", .08), ("FU GM", .12), ("FU, GM", .08),
               ("U GMF", .06), ("U FGM", .04)]
LAYOUT_EAST = [("FGM", .40), ("GMF", .25), ("FU GM", .15), ("F, GM", .06), ("U FGM", .08),
               ("U GMF", .06)]
LAYOUT_NATIVE = [("GMF", .45), ("FGM", .45), ("FU GM", .10)]


def render_name(p, agency, rng, stats):
    sysname = choose_system(p, agency, rng)
    native = sysname == "native"
    given = p.given
    alias_used = False
    if p.alias and rng.random() < P_ALIAS[agency] * ALIAS_MULT.get(p.country, 1.0):
        given = p.alias
        alias_used = True
        stats["alias_" + p.country] += 1
    elif len(given) > 1 and rng.random() < 0.22:
        given = given[:1]
    middle = p.middle
    if middle:
        if p.country in ("RU", "UA"):
            pm = P_PATRONYMIC[agency]
        elif p.country == "VN":
            pm = 0.7
        else:
            pm = 0.45
        if rng.random() >= pm:
            middle = []
    family = p.family
    if p.country == "ES" and rng.random() < 0.4:
        family = family[:1]
    if p.nm["family_masc"] and agency not in ("registry-ge",) and rng.random() < 0.04:
        family = p.nm["family_masc"]
    G = p.nm["gjoin"].join(render_tok(t, sysname, p, rng) for t in given)
    if p.nm["gjoin"] == "-" and rng.random() < 0.3:
        G = G.replace("-", " ")
    M = " ".join(render_tok(t, sysname, p, rng) for t in middle)
    fj = "-" if (p.country == "ES" and rng.random() < 0.1) else " "
    F = fj.join(render_tok(t, sysname, p, rng) for t in family)
    if p.country == "VN" and M:       # Vietnamese middle name belongs to the given block
        G, M = M + " " + G, ""
    mrz = sysname == "mrz" or (agency == "border-nl" and not native and rng.random() < 0.6)
    if mrz:
        G, M, F = upper(G), upper(M), upper(F)
    given_only = (agency in ("hotline-es", "ngo-ro") and rng.random() < P_GIVEN_ONLY)
    split = rng.random() < P_SPLIT[agency] and not given_only
    name = gname = fname = ""
    if split:
        gname = (G + " " + M).strip()
        fname = F
        if rng.random() < 0.15 and not mrz:
            fname = upper(fname)
        if rng.random() < 0.04:
            gname, fname = fname, gname
            stats["swapped_fields"] += 1
    elif given_only:
        name = G
    else:
        GM = (G + " " + M).strip()
        if native and p.kind in ("zh", "ko"):
            name = F + G
        elif native and p.kind == "ja":
            name = F + (" " if rng.random() < 0.5 else "") + G
        else:
            if native:
                lay = wchoice(rng, LAYOUT_NATIVE)
            else:
                lay = wchoice(rng, LAYOUT_EAST if p.country in EAST_ORDER else LAYOUT_WEST)
            Fx = upper(F) if "FU" in lay else F
            if lay.endswith("GMF"):
                name = GM + " " + Fx
            elif ", " in lay:
                name = Fx + ", " + GM
            else:
                name = Fx + " " + GM
            if lay.startswith("U "):
                name = upper(name)
        if p.country == "IR" and native and rng.random() < 0.15:
            name = name.replace("ی", "ي").replace("ک", "ك")     # Arabic keyboard letters
        if p.country == "UA" and native and "'" in name and rng.random() < 0.5:
            name = name.replace("'", rng.choice(["ʼ", "’"]))
    # typo on ~10 % of records
    if rng.random() < P_TYPO:
        if name:
            name = typo(name, rng, stats)
        elif rng.random() < 0.5 and fname:
            fname = typo(fname, rng, stats)
        else:
            gname = typo(gname, rng, stats)
    if rng.random() < 0.02:
        if name:
            name = name.replace(" ", "  ", 1) if rng.random() < 0.5 else " " + name + " "
        else:
            fname = fname + " "
    if rng.random() < 0.02 and not has_greek(name + gname + fname):
        name, gname, fname = name.lower(), gname.lower(), fname.lower()
    stats["alias"] += alias_used
    stats["sys_" + sysname] += 1
    return name, gname, fname


def typo(s, rng, stats, alpha_holder=[None]):
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", s) if m.end() - m.start() >= 3]
    if not words:
        words = [(m.start(), m.end()) for m in re.finditer(r"\w+", s)]
    if not words:
        return s
    a, b = rng.choice(words)
    if script_of_char(s[a]) in ("CJK", "HANGUL", "HIRAGANA", "KATAKANA"):
        return s                    # no keyboard-style typos in CJK / Hangul
    w = list(s[a:b])
    i = rng.randrange(len(w))
    op = rng.choice(["ins", "del", "sub", "swap"])
    sc = script_of_char(w[i])
    if sc == "LATIN":
        pool = "abcdefghijklmnopqrstuvwxyz"
    else:
        pool = "".join(ALPHA.get(sc, [])) or "".join(w)
    c = rng.choice(pool)
    if w[i].isupper():
        c = c.upper()
    if op == "ins":
        w.insert(i, c)
    elif op == "del" and len(w) > 2:
        del w[i]
    elif op == "swap" and len(w) > 1:
        j = i + 1 if i + 1 < len(w) else i - 1
        w[i], w[j] = w[j], w[i]
    else:
        tries = 0
        while c.lower() == w[i].lower() and tries < 10:
            c = rng.choice(pool)
            c = c.upper() if w[i].isupper() else c
            tries += 1
        w[i] = c
    stats["typo"] += 1
    return s[:a] + "".join(w) + s[b:]


ALPHA = {}


# ---------------------------------------------------------------- dates
DATE_FORMATS = [("iso", .22), ("dmy_dot", .18), ("dmy_slash", .10), ("mdy_slash", .05),
                ("dmy_dash", .04), ("ymd_compact", .02), ("dmy_short", .03), ("words_en", .05),
                ("words_en_us", .02), ("words_abbr", .02), ("words_local", .07), ("year", .08),
                ("month_year", .07), ("ymd_slash", .02), ("dmy_nopad", .03)]
DATE_BOOST = {"border-nl": {"iso": 2.0, "dmy_dot": 1.5, "year": 0.3, "month_year": 0.3},
              "hotline-es": {"year": 1.8, "month_year": 1.5, "words_local": 1.5},
              "consulate-th": {"mdy_slash": 2.5, "words_local": 1.5},
              "registry-ge": {"dmy_dot": 2.0},
              "police-gr": {"dmy_slash": 2.0},
              "ngo-ro": {"dmy_dot": 1.5, "words_local": 1.5}}


def month_name(lang, m):
    return ND.MONTHS[lang].split()[m - 1]


def words_date(lang, d, m, y):
    mn = month_name(lang, m)
    if lang == "es":
        return "%d de %s de %d" % (d, mn, y)
    if lang == "de":
        return "%d. %s %d" % (d, mn, y)
    if lang == "ru":
        return "%d %s %d" % (d, mn, y) + (" г." if d % 3 == 0 else "")
    return "%d %s %d" % (d, mn, y)


def fmt_dob(p, agency, rng, stats):
    dt = p.dob
    boost = DATE_BOOST.get(agency, {})
    kind = wchoice(rng, [(k, w * boost.get(k, 1.0)) for k, w in DATE_FORMATS])
    d, m, y = dt.day, dt.month, dt.year
    numeric = kind in ("iso", "dmy_dot", "dmy_slash", "mdy_slash", "dmy_dash", "ymd_compact",
                       "dmy_short", "ymd_slash", "dmy_nopad")
    if numeric and d <= 12 and d != m and rng.random() < 0.04:
        d, m = m, d
        stats["dob_swapped"] += 1
    if agency == "consulate-th" and numeric and rng.random() < 0.08:
        y += 543                     # Thai Buddhist-era year
        stats["dob_buddhist"] += 1
    if kind == "iso":
        s = "%04d-%02d-%02d" % (y, m, d)
    elif kind == "dmy_dot":
        s = "%02d.%02d.%04d" % (d, m, y)
    elif kind == "dmy_slash":
        s = "%02d/%02d/%04d" % (d, m, y)
    elif kind == "mdy_slash":
        s = "%02d/%02d/%04d" % (m, d, y)
    elif kind == "dmy_dash":
        s = "%02d-%02d-%04d" % (d, m, y)
    elif kind == "ymd_compact":
        s = "%04d%02d%02d" % (y, m, d)
    elif kind == "dmy_short":
        s = "%02d.%02d.%02d" % (d, m, y % 100)
    elif kind == "ymd_slash":
        s = "%04d/%02d/%02d" % (y, m, d)
    elif kind == "dmy_nopad":
        s = "%d.%d.%d" % (d, m, y)
    elif kind == "words_en":
        s = "%d %s %d" % (d, month_name("en", m), y)
    elif kind == "words_en_us":
        s = "%s %d, %d" % (month_name("en", m), d, y)
    elif kind == "words_abbr":
        s = "%02d %s %d" % (d, month_name("en", m)[:3].upper() if agency == "border-nl" else month_name("en", m)[:3], y)
    elif kind == "words_local":
        langs = [l for l in AGENCY_LANGS[agency] if l != "en"]
        pl = PERSON_LANG.get(p.country)
        lang = pl if (pl and rng.random() < 0.4) else rng.choice(langs)
        yy = y + 543 if lang == "th" else y
        s = words_date(lang, d, m, yy)
    elif kind == "year":
        s = str(y)
    else:   # month_year
        f = rng.random()
        if f < 0.35:
            s = "%02d.%04d" % (m, y)
        elif f < 0.55:
            s = "%02d/%04d" % (m, y)
        elif f < 0.7:
            s = "%04d-%02d" % (y, m)
        elif f < 0.85:
            s = "%s %d" % (month_name("en", m), y)
        else:
            lang = rng.choice(["ru_nom", "fr", "es", "ro"])
            s = "%s %d" % (month_name(lang, m), y)
    if rng.random() < 0.02:
        digs = [i for i, c in enumerate(s) if c.isdigit()]
        i = rng.choice(digs)
        c = s[i]
        while c == s[i]:
            c = str(rng.randrange(10))
        s = s[:i] + c + s[i + 1:]
        stats["dob_digit_typo"] += 1
    stats["dob_" + kind] += 1
    return s


# ---------------------------------------------------------------- other fields
def fmt_nat(p, agency, rng):
    cc = p.country
    if p.nat_alt and rng.random() < 0.5:
        cc = p.nat_alt
    row = ND.NAT[cc]
    form = wchoice(rng, NAT_FORMS[agency])
    if rng.random() < 0.08:
        form = rng.choice(["native", "ru", "fr", "dem", "iso2"])
    fem = p.gender == "F"
    if form == "en":
        alts = ND.NAT_ALT_EN.get(cc, [])
        return rng.choice(alts) if alts and rng.random() < 0.3 else row[0]
    if form == "dem":
        return row[1]
    if form == "iso3":
        return row[2]
    if form == "iso2":
        return row[3]
    if form == "fr":
        m, f = row[4].split("/")
        return f if fem else m
    if form == "es":
        m, f = row[5].split("/")
        return f if fem else m
    if form == "nl":
        return row[6]
    if form == "ro":
        return row[7]
    if form == "el":
        return row[8]
    if form == "ru":
        return row[9]
    return row[10]


def fmt_gender(p, agency, rng):
    f, m = wchoice(rng, GENDER_FORMS[agency])
    g = p.gender
    if rng.random() < 0.01:
        g = "M" if g == "F" else "F"
    return f if g == "F" else m


def group_digits(s, groups):
    out = []
    i = 0
    for g in groups:
        if i >= len(s):
            break
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out[-1] += s[i:]
    return out


PHONE_FORMATS = [("e164", .30), ("intl", .20), ("intl_dash", .05), ("00", .10), ("nat", .20),
                 ("nat_br", .07), ("nat_plain", .05), ("cc_noplus", .03)]


def fmt_phone(ph, rng):
    cc, nsn = ph
    code, trunk, _, _, groups = ND.PHONE[cc]
    f = wchoice(rng, PHONE_FORMATS)
    gs = group_digits(nsn, groups)
    if f == "e164":
        return "+" + code + nsn
    if f == "intl":
        return "+" + code + " " + " ".join(gs)
    if f == "intl_dash":
        return "+" + code + "-" + "-".join(gs)
    if f == "00":
        return "00" + code + nsn if rng.random() < 0.5 else "00 " + code + " " + " ".join(gs)
    if f == "cc_noplus":
        return code + nsn
    if cc == "RU" and f in ("nat", "nat_br"):
        g = group_digits(nsn, [3, 3, 2, 2])
        if f == "nat_br":
            return "8 (%s) %s-%s-%s" % tuple(g)
        return "8-%s-%s-%s-%s" % tuple(g) if rng.random() < 0.5 else "8 %s %s %s %s" % tuple(g)
    if cc == "UA" and f == "nat_br" and rng.random() < 0.5:
        g = group_digits(nsn, [2, 3, 2, 2])
        return "+38 (0%s) %s-%s-%s" % tuple(g)
    if f == "nat_plain":
        return trunk + nsn
    if f == "nat_br":
        rest = gs[1:]
        return "(" + trunk + gs[0] + ") " + "-".join(rest)
    if cc == "NL" and rng.random() < 0.5:
        return "06-" + nsn[1:]
    sep = " " if rng.random() < 0.7 else "-"
    return sep.join([trunk + gs[0]] + gs[1:])


def fmt_doc(p, rng, stats):
    r = rng.random()
    kinds = [d[0] for d in p.docs]
    if "passport" in kinds and r < 0.75:
        doc = p.docs[kinds.index("passport")]
    elif "passport_old" in kinds and r < 0.9:
        doc = p.docs[kinds.index("passport_old")]
    else:
        doc = rng.choice(p.docs)
    kind, iss, num = doc
    if rng.random() < 0.10:            # OCR-like confusion
        pos = [i for i, c in enumerate(num) if c in OCR]
        if pos:
            k = 1 if rng.random() < 0.8 or len(pos) < 2 else 2
            lst = list(num)
            for i in rng.sample(pos, k):
                lst[i] = OCR[lst[i]]
            num = "".join(lst)
            stats["doc_ocr"] += 1
    f = rng.random()
    shown = num
    if f < 0.15 and len(num) >= 6 and " " not in num:
        if iss == "RU" and kind != "natid":
            shown = num[:2] + " " + num[2:]
        else:
            lead = len(re.match(r"[A-Z]*", num).group(0))
            body = num[lead:]
            shown = (num[:lead] + " " if lead else "") + " ".join(group_digits(body, [3, 3, 3, 3]))
    elif f < 0.30:
        iso2, iso3 = ND.NAT[iss][3], ND.NAT[iss][2]
        shown = rng.choice([iso2 + ":" + num, iso3 + " " + num, iso2 + "-" + num, iso3 + "/" + num])
    elif f < 0.35:
        shown = rng.choice(["P ", "No. ", "Nr. ", "pass. ", "№ "]) + num
    elif f < 0.40:
        shown = num.lower()
    return shown


def fmt_email(p, rng):
    e = rng.choice(p.emails)
    r = rng.random()
    if r < 0.08:
        loc, dom = e.split("@")
        e = loc[:1].upper() + loc[1:] + "@" + dom
    elif r < 0.10:
        e = e.upper()
    elif r < 0.12:
        loc, dom = e.split("@")
        dom = dom.replace("gmail", "gmial").replace("yahoo", "yaho").replace("hotmail", "hotmai")
        e = loc + "@" + dom
    return e


# =========================================================================== main generation
def generate(n_people, seed):
    rng = random.Random(seed)
    pools = Pools()
    ALPHA.clear()
    ALPHA.update(pools.alpha)
    stats = Counter()
    used = defaultdict(dict)
    people = []
    by_cg = defaultdict(list)
    countries = list(COUNTRY_W.items())
    for i in range(n_people):
        cc = wchoice(rng, countries)
        src = None
        if rng.random() < 0.055:
            g = "F" if rng.random() < FEMALE_SHARE else "M"
            cands = [q for q in by_cg[(cc, g)] if not q.namesake]
            if cands:
                src = rng.choice(cands)
        p = make_person(pools, "P%05d" % (i + 1), cc, rng, used, src)
        people.append(p)
        by_cg[(cc, p.gender)].append(p)
    # shared phones between unrelated people (shelter / trafficker phone)
    target = int(round(0.03 * n_people))
    order = list(range(n_people))
    rng.shuffle(order)
    k = 0
    while k + 2 <= len(order) and sum(1 for p in people if p.hub) < target:
        size = 2 if rng.random() < 0.7 else 3
        grp = [people[j] for j in order[k:k + size]]
        k += size
        hub = make_phone(rng, rng.choice(["ES", "GR", "NL", "RO"]))
        for p in grp:
            p.hub = hub
            p.phones.insert(0, hub)
    # records
    records = []
    aw = list(zip(AGENCIES, AGENCY_W))
    for p in people:
        n = wchoice(rng, N_RECORDS_W)
        aff = AFFINITY.get(p.country, {})
        items = [(a, w * aff.get(a, 1.0)) for a, w in aw]
        for _ in range(n):
            agency = wchoice(rng, items)
            records.append(make_record(p, agency, rng, stats))
    rng.shuffle(records)
    counters = Counter()
    for r in records:
        counters[r["source"]] += 1
        r["record_id"] = "r%d" % counters[r["source"]]
    return people, records, stats


def make_record(p, agency, rng, stats):
    name, gname, fname = render_name(p, agency, rng, stats)
    rec = {"source": agency, "record_id": "", "name": name, "given_name": gname,
           "family_name": fname, "date_of_birth": "", "nationality": "", "document": "",
           "phone": "", "email": "", "gender": "", "truth": p.pid}
    r = rng.random()
    if r < P_THIN_NAME_ONLY:
        stats["thin_name_only"] += 1
        return rec
    if r < P_THIN_NAME_ONLY + P_THIN_NAME_NAT:
        stats["thin_name_nat"] += 1
        rec["nationality"] = fmt_nat(p, agency, rng)
        return rec
    if rng.random() >= P_DOB_MISSING[agency]:
        rec["date_of_birth"] = fmt_dob(p, agency, rng, stats)
    if rng.random() >= P_NAT_MISSING[agency]:
        rec["nationality"] = fmt_nat(p, agency, rng)
    if p.docs and rng.random() < P_DOC[agency]:
        rec["document"] = fmt_doc(p, rng, stats)
    ph_p = P_PHONE[agency] + (0.2 if p.hub else 0.0)
    if p.phones and rng.random() < ph_p:
        if p.hub and rng.random() < 0.6:
            ph = p.hub
        else:
            ph = p.phones[0] if (rng.random() < 0.65 or len(p.phones) == 1) else rng.choice(p.phones[1:])
        rec["phone"] = fmt_phone(ph, rng)
    if p.emails and rng.random() < P_EMAIL[agency]:
        rec["email"] = fmt_email(p, rng)
    if rng.random() < P_GENDER[agency]:
        rec["gender"] = fmt_gender(p, agency, rng)
    return rec


def write_csv(records, path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        for r in records:
            w.writerow(r)


def print_stats(people, records, stats, out=sys.stderr):
    n = len(records)
    def pct(x):
        return "%.1f%%" % (100.0 * x / max(n, 1))
    print("people=%d records=%d (%.2f per person)" % (len(people), n, n / max(len(people), 1)), file=out)
    cnt = Counter(r["truth"] for r in records)
    print("records per person:", sorted(Counter(cnt.values()).items()), file=out)
    print("by source:", sorted(Counter(r["source"] for r in records).items()), file=out)
    print("by country:", sorted(Counter(p.country for p in people).items()), file=out)
    for col in ("name", "given_name", "date_of_birth", "nationality", "document", "phone", "email", "gender"):
        print("  %-14s present %s" % (col, pct(sum(1 for r in records if r[col]))), file=out)
    print("  typo records %s; thin name-only %s, name+nat %s" % (
        pct(stats["typo"]), pct(stats["thin_name_only"]), pct(stats["thin_name_nat"])), file=out)
    docs = sum(1 for r in records if r["document"])
    print("  doc OCR errors %.1f%% of docs" % (100.0 * stats["doc_ocr"] / max(docs, 1)), file=out)
    # namesakes: exact canonical full name (given+family) shared by >1 person of same country
    key = Counter((p.country, name_key(p.nm)) for p in people)
    ns = sum(1 for p in people if key[(p.country, name_key(p.nm))] > 1)
    print("  people sharing exact full name with another person: %.1f%%" % (100.0 * ns / len(people)), file=out)
    hub = sum(1 for p in people if p.hub)
    print("  people with a phone shared with an unrelated person: %.1f%%" % (100.0 * hub / len(people)), file=out)
    sysc = {k[4:]: v for k, v in stats.items() if k.startswith("sys_")}
    print("  name systems:", sorted(sysc.items(), key=lambda x: -x[1]), file=out)
    print("  alias/diminutive used %s, dob swapped %d, dob digit typo %d, buddhist-era %d" % (
        pct(stats["alias"]), stats["dob_swapped"], stats["dob_digit_typo"], stats["dob_buddhist"]), file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true", help="print distribution summary to stderr")
    a = ap.parse_args()
    people, records, stats = generate(a.people, a.seed)
    write_csv(records, a.out)
    if a.stats:
        print_stats(people, records, stats)
    print("wrote %d records for %d people to %s" % (len(records), len(people), a.out))


if __name__ == "__main__":
    main()
