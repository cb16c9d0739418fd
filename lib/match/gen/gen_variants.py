#!/usr/bin/env python3
"""Generate lib/match/variants_data.c from variants.txt.

Run from anywhere: python3 lib/match/gen/gen_variants.py
The C file holds the groups as written (for reading and for the tests) and,
per table, an index of (token, class) sorted bytewise so that lookups are a
binary search over constant data: no start-up work, no mutable globals.
Exits non-zero, naming the lines, when a token is malformed or belongs to
two classes of one table, so conflicts are settled by hand in variants.txt.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "variants.txt")
OUT = os.path.join(os.path.dirname(HERE), "variants_data.c")
TOKEN = re.compile(r"^[a-z]+$")


ERRORS = []


def fail(msg):
    """Record a problem; main() stops after reporting all of them."""
    ERRORS.append(msg)


def read_sections():
    sections = {"given": [], "family": [], "cognate": [], "nickname": [],
                "ayin": [], "kanji": [], "place": [], "arabic": []}
    cur = None
    with open(SRC, encoding="ascii") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.match(r"^\[(\w+)\]$", line)
            if m:
                if m.group(1) not in sections:
                    fail("line %d: unknown section %s" % (lineno, m.group(1)))
                cur = m.group(1)
                continue
            if cur is None:
                fail("line %d: text before the first section" % lineno)
            toks = line.split()
            for t in toks:
                if not TOKEN.match(t):
                    fail("line %d: token %r is not [a-z]+" % (lineno, t))
            if len(set(toks)) != len(toks):
                fail("line %d: a token repeats within the line" % lineno)
            sections[cur].append((lineno, toks))
    return sections


def index_groups(name, groups):
    """token -> class id (the group's position); conflicts are fatal."""
    idx, where = {}, {}
    for cls, (lineno, toks) in enumerate(groups):
        # A given or family name may stand alone: listed only to be told
        # apart from the names it looks like (Haruka, Haruki; Dupont,
        # Dumont), it has no other spelling to list.
        if len(toks) < 2 and name not in ("given", "family"):
            fail("[%s] line %d: a class needs two or more tokens" % (name, lineno))
        for t in toks:
            if t in idx:
                fail("[%s] token %r is on lines %d and %d"
                     % (name, t, where[t], lineno))
            idx[t], where[t] = cls, lineno
    return idx


def expand_cognates(given_groups, given_idx, cognate_lines):
    """Each named token brings its whole [given] group along."""
    out = []
    for lineno, toks in cognate_lines:
        seen, grp = set(), []
        for t in toks:
            members = given_groups[given_idx[t]][1] if t in given_idx else [t]
            for m in members:
                if m not in seen:
                    seen.add(m)
                    grp.append(m)
        out.append((lineno, grp))
    return out


def c_str_list(name, groups):
    lines = ["const char *const %s[] = {" % name]
    for _, toks in groups:
        lines.append('    "%s",' % " ".join(toks))
    lines.append("};")
    lines.append("const size_t %s_n = sizeof %s / sizeof %s[0];" % (name, name, name))
    return lines


def c_index(name, idx):
    toks = sorted(idx)  # ASCII [a-z]: Python order == bytewise order
    lines = ["const aka__variant_entry %s[] = {" % name]
    for t in toks:
        lines.append('    {"%s", %d},' % (t, idx[t]))
    lines.append("};")
    lines.append("const size_t %s_n = sizeof %s / sizeof %s[0];" % (name, name, name))
    # first[b]: the first entry whose first byte is b or more, so that a
    # lookup searches only the entries of its first letter.
    first, at = [], 0
    for b in range(257):
        while at < len(toks) and ord(toks[at][0]) < b:
            at += 1
        first.append(at)
    lines.append("const uint32_t %s_first[257] = {" % name)
    for i in range(0, 257, 16):
        lines.append("    " + ", ".join(str(v) for v in first[i:i + 16]) + ",")
    lines.append("};")
    return lines


def stop():
    for e in ERRORS:
        sys.stderr.write("gen_variants: " + e + "\n")
    sys.exit(1)


def main():
    s = read_sections()
    given_idx = index_groups("given", s["given"])
    family_idx = index_groups("family", s["family"])
    place_idx = index_groups("place", s["place"])
    cognates = expand_cognates(s["given"], given_idx, s["cognate"])
    cognate_idx = index_groups("cognate", cognates)

    pairs = {}
    if ERRORS:
        stop()
    for lineno, toks in s["nickname"]:
        nick, fulls = toks[0], toks[1:]
        if not fulls:
            fail("[nickname] line %d: no full name" % lineno)
        for full in fulls:
            if nick in given_idx and given_idx.get(full) == given_idx[nick]:
                fail("[nickname] line %d: %s and %s are already one given "
                     "class" % (lineno, nick, full))
            pairs[(nick, full)] = given_idx.get(full, -1)

    # Each token names its whole [given] class, as in [cognate].
    ayin = set()
    for lineno, toks in s["ayin"]:
        for t in toks:
            if t not in given_idx:
                fail("[ayin] line %d: %s is no [given] name" % (lineno, t))
            else:
                ayin.add(given_idx[t])

    # [arabic]: "reading name", a word in Arabic script as the normaliser
    # reads it and the [given] name whose class it is, where the reading
    # is another class's Latin spelling (shahd: Shahd, but شاهد Shahid).
    arabic_idx = {}
    for lineno, toks in s["arabic"]:
        if len(toks) != 2:
            fail("[arabic] line %d: a reading and one [given] name" % lineno)
        elif toks[1] not in given_idx:
            fail("[arabic] line %d: %s is no [given] name" % (lineno, toks[1]))
        elif toks[0] in arabic_idx:
            fail("[arabic] line %d: reading %s listed twice" % (lineno, toks[0]))
        else:
            arabic_idx[toks[0]] = given_idx[toks[1]]

    # [kanji]: the first token of a line names it; the other readings may
    # repeat across lines (陽葵 and 陽菜 are both Hina).
    kanji_idx, kanji_where = {}, {}
    for cls, (lineno, toks) in enumerate(s["kanji"]):
        if len(toks) < 2:
            fail("[kanji] line %d: a reading needs another" % lineno)
        if toks[0] in kanji_idx:
            fail("[kanji] reading %r leads lines %d and %d"
                 % (toks[0], kanji_where[toks[0]], lineno))
        kanji_idx[toks[0]], kanji_where[toks[0]] = cls, lineno

    if ERRORS:
        stop()
    out = [
        "/* Generated by lib/match/gen/gen_variants.py from",
        " * lib/match/gen/variants.txt: edit those and regenerate, not this file.",
        " * See docs/name-variants.md. */",
        "#include <stddef.h>",
        "#include <stdint.h>",
        "",
        '#include "match/variants.h"',
        "",
    ]
    out += c_str_list("aka__given_groups", s["given"]) + [""]
    out += c_str_list("aka__family_groups", s["family"]) + [""]
    out += c_str_list("aka__cognate_groups", cognates) + [""]
    out += c_str_list("aka__kanji_groups", s["kanji"]) + [""]
    out += c_index("aka__given_index", given_idx) + [""]
    out += c_index("aka__family_index", family_idx) + [""]
    out += c_index("aka__cognate_index", cognate_idx) + [""]
    out += c_index("aka__kanji_index", kanji_idx) + [""]
    out += c_index("aka__place_index", place_idx) + [""]
    out += c_index("aka__arabic_index", arabic_idx) + [""]
    out.append("const aka__nickname_entry aka__nickname_pairs[] = {")
    for (nick, full) in sorted(pairs):
        out.append('    {"%s", "%s", %d},' % (nick, full, pairs[(nick, full)]))
    out.append("};")
    out.append("const size_t aka__nickname_pairs_n = "
               "sizeof aka__nickname_pairs / sizeof aka__nickname_pairs[0];")
    out.append("")
    # (C has no empty array: an empty section is one entry counted as none)
    out.append("const int16_t aka__given_ayin[] = {%s};"
               % (", ".join(str(c) for c in sorted(ayin)) or "-1"))
    out.append("const size_t aka__given_ayin_n = %d;" % len(ayin))
    with open(OUT, "w", encoding="ascii") as f:
        f.write("\n".join(out) + "\n")
    print("given %d classes / %d tokens; family %d / %d; cognate %d / %d; "
          "nickname pairs %d; ayin classes %d; kanji readings %d; places %d / %d; "
          "arabic readings %d"
          % (len(s["given"]), len(given_idx), len(s["family"]),
             len(family_idx), len(cognates), len(cognate_idx), len(pairs),
             len(ayin), len(kanji_idx), len(s["place"]), len(place_idx),
             len(arabic_idx)))


if __name__ == "__main__":
    main()
