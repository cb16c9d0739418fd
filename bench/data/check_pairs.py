#!/usr/bin/env python3
"""Validate bench/data/name_pairs_dev.tsv and print a summary.

Standard library only. Exit status 0 when the file is well formed and meets the
coverage targets, 1 otherwise (every problem is listed on stderr with its line
number; names themselves are never echoed, the data is person names).

Usage: check_pairs.py [PATH]   (default: name_pairs_dev.tsv next to this script)
"""

import collections
import os
import re
import sys
import unicodedata

HEADER = ["category", "label", "a", "b", "note"]

# Coverage targets from the task brief.
MIN_PAIRS = 900
MIN_SOURCES = 14
MIN_PER_SOURCE = 40
MAX_CATEGORIES = 31  # 30, and latin_titles (issue #3)
POSITIVE_SHARE = (0.45, 0.65)  # aim is about 55 %

# Category prefix -> script/source it covers. Categories whose prefix is not
# listed here (latin_, foreign_, neg_) are cross-cutting and do not count
# towards the per-script target.
SOURCES = {
    "ru": "Russian Cyrillic",
    "uk": "Ukrainian Cyrillic",
    "be": "Belarusian Cyrillic",
    "sr": "Serbian Cyrillic",
    "el": "Greek",
    "ar": "Arabic",
    "fa": "Persian",
    "he": "Hebrew",
    "zh": "Chinese",
    "ko": "Korean",
    "ja": "Japanese",
    "ka": "Georgian",
    "hy": "Armenian",
    "hi": "Devanagari",
    "bn": "Bengali",
    "th": "Thai",
    "am": "Ethiopic",
}
CROSS_CUTTING = {"latin", "foreign", "neg"}

CATEGORY_RE = re.compile(r"^[a-z]{2,8}_[a-z_]+$")


def char_script(ch):
    """Coarse script of one character, from its Unicode name.

    unicodedata has no Script property, so the first word of the character
    name is used (LATIN, CYRILLIC, ARABIC, CJK, HANGUL, ...). Good enough for
    a coverage summary; not for anything the matcher relies on.
    """
    if not ch.isalpha():
        return None
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    word = name.split(" ", 1)[0]
    if word in ("HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"):
        return "KANA"
    if word == "CJK":
        return "HAN"
    return word


def check(path):
    errors = []
    rows = []

    def err(lineno, msg):
        errors.append("line %d: %s" % (lineno, msg))

    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(1, "file starts with a UTF-8 byte order mark")
        raw = raw[3:]
    if b"\r" in raw:
        err(0, "file contains carriage returns; use LF line endings")

    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    else:
        err(len(lines), "file does not end with a newline")

    if not lines:
        err(0, "file is empty")
        return errors, rows

    for lineno, bline in enumerate(lines, start=1):
        try:
            line = bline.decode("utf-8")
        except UnicodeDecodeError as e:
            err(lineno, "invalid UTF-8 at byte %d" % e.start)
            continue
        cols = line.split("\t")
        if lineno == 1:
            if cols != HEADER:
                err(1, "header must be: " + "\\t".join(HEADER))
            continue
        if len(cols) != 5:
            err(lineno, "expected 5 tab-separated columns, got %d" % len(cols))
            continue
        category, label, a, b, note = cols
        if not CATEGORY_RE.match(category):
            err(lineno, "category is not of the form <source>_<phenomenon>")
        if label not in ("0", "1"):
            err(lineno, "label must be 0 or 1")
        for col, val in (("a", a), ("b", b)):
            if not val.strip():
                err(lineno, "column %s is empty" % col)
            elif val != val.strip():
                err(lineno, "column %s has leading or trailing spaces" % col)
            elif "  " in val:
                err(lineno, "column %s has a double space" % col)
        for col, val in (("a", a), ("b", b), ("note", note)):
            if any(unicodedata.category(c) == "Cc" for c in val):
                err(lineno, "column %s contains a control character" % col)
            if unicodedata.normalize("NFC", val) != val:
                err(lineno, "column %s is not in Unicode NFC" % col)
        if a == b:
            err(lineno, "a and b are identical")
        rows.append((lineno, category, label, a, b, note))

    # A pair is the same pair whichever side each name is on.
    seen = {}
    for lineno, category, label, a, b, _ in rows:
        key = tuple(sorted((a, b)))
        if key in seen:
            err(lineno, "duplicate pair (first seen on line %d)" % seen[key])
        else:
            seen[key] = lineno
    return errors, rows


def summarise(rows):
    problems = []
    by_cat = collections.OrderedDict()
    by_source = collections.OrderedDict()
    scripts = collections.Counter()
    for _, category, label, a, b, _ in rows:
        by_cat.setdefault(category, collections.Counter())[label] += 1
        prefix = category.split("_", 1)[0]
        if prefix in SOURCES:
            by_source.setdefault(prefix, collections.Counter())[label] += 1
        elif prefix not in CROSS_CUTTING:
            problems.append("category %s has an unknown prefix" % category)
        pair_scripts = {char_script(c) for c in a + b} - {None}
        for s in pair_scripts:
            scripts[s] += 1

    total = len(rows)
    pos = sum(c["1"] for c in by_cat.values())
    print("pairs: %d  positives: %d (%.1f%%)  negatives: %d"
          % (total, pos, 100.0 * pos / max(total, 1), total - pos))
    print()
    print("%-20s %6s %6s %6s" % ("category", "pairs", "label1", "label0"))
    for cat, c in by_cat.items():
        print("%-20s %6d %6d %6d" % (cat, c["0"] + c["1"], c["1"], c["0"]))
    print()
    print("%-20s %6s %6s %6s" % ("source", "pairs", "label1", "label0"))
    good_sources = 0
    for prefix, c in by_source.items():
        n = c["0"] + c["1"]
        ok = n >= MIN_PER_SOURCE and c["0"] > 0 and c["1"] > 0
        good_sources += ok
        print("%-20s %6d %6d %6d%s" % (SOURCES[prefix], n, c["1"], c["0"],
                                       "" if ok else "  <- below target"))
    print()
    print("pairs containing each script (from Unicode character names):")
    for s, n in scripts.most_common():
        print("  %-12s %d" % (s, n))

    if total < MIN_PAIRS:
        problems.append("only %d pairs (target %d)" % (total, MIN_PAIRS))
    if len(by_cat) > MAX_CATEGORIES:
        problems.append("%d categories (limit %d)" % (len(by_cat), MAX_CATEGORIES))
    if good_sources < MIN_SOURCES:
        problems.append("%d sources with >= %d pairs and both labels (target %d)"
                        % (good_sources, MIN_PER_SOURCE, MIN_SOURCES))
    share = pos / max(total, 1)
    if not POSITIVE_SHARE[0] <= share <= POSITIVE_SHARE[1]:
        problems.append("positive share %.2f outside %.2f..%.2f"
                        % (share, POSITIVE_SHARE[0], POSITIVE_SHARE[1]))
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "name_pairs_dev.tsv")
    try:
        errors, rows = check(path)
    except OSError as e:
        print("cannot read %s: %s" % (path, e.strerror), file=sys.stderr)
        return 1
    for e in errors:
        print(e, file=sys.stderr)
    problems = summarise(rows)
    for p in problems:
        print("target not met: " + p, file=sys.stderr)
    if errors or problems:
        print("FAILED: %d format errors, %d unmet targets"
              % (len(errors), len(problems)), file=sys.stderr)
        return 1
    print()
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
