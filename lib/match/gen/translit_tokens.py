#!/usr/bin/env python3
"""Merge transcription tokens from transcriptions.txt into variants.txt.

transcriptions.txt lists Western names as Chinese, Japanese, Korean, Hebrew,
Arabic, Russian, Greek and Thai write them. The tables must hold what
libaka's normaliser makes of those forms, so this script runs each native
form through the built library (examples/python/aka.py; set AKA_LIBRARY,
default build/lib/libaka.so) inside a two-word name, so that the
normaliser's name segmentation (Korean and Chinese surname splitting)
behaves as it does on a real full name, and takes the token that stands for
the form. The tokens are appended to the [given] or [family] line holding
the row's key (a new line when the key has none).

Nothing is forced: a token that already belongs to another class of the
same table is reported and left out (settle it by hand in variants.txt or
in transcriptions.txt), as are forms that normalise to other than one
token and short tokens (<= 3 letters) not listed in ALLOW_SHORT, which could
be other names elsewhere. Running it twice adds nothing the second time.

  python3 lib/match/gen/translit_tokens.py [--dry-run]
  python3 lib/match/gen/gen_variants.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(HERE, "transcriptions.txt")
VARIANTS = os.path.join(HERE, "variants.txt")

SCRIPTS = ["zh", "ja", "ko", "he", "ar", "ru", "el", "th"]
# (separator, given-name partner, family-name partner) per script: a form
# is normalised as part of "partner-given SEP form" or "form SEP
# partner-family" (John Smith in that script).
CONTEXT = {
    "zh": ("\u00b7", "约翰", "史密斯"),
    "ja": ("\u30fb", "ジョン", "スミス"),
    "ko": (" ", "존", "스미스"),
    "he": (" ", "ג'ון", "סמית'"),
    "ar": (" ", "جون", "سميث"),
    "ru": (" ", "Джон", "Смит"),
    "el": (" ", "Τζον", "Σμιθ"),
    "th": (" ", "จอห์น", "สมิธ"),
}
# Short tokens checked by hand: consonant skeletons of Hebrew and Arabic
# that spell no Latin name, and true short forms ("pol" is the Catalan and
# Dutch Paul, "nik" a spelling of Nick, "rut" the Nordic Ruth). Left out on
# purpose: "jan" (Jean; Jan is its own name), "rui" (Louis; Portuguese Rui),
# "noa"/"noy" (Noah; Hebrew Noa and Noy), "lwy" (Louis; Hebrew Levi), "brq"
# (Barack; Hebrew Barak), "asa", "emi", "jen", "bil", "hil", "kuk" ...
ALLOW_SHORT = {
    "jwn", "pol", "pwl", "bwl", "mrq", "mry", "qnt", "ryq", "jry", "hry",
    "ytn", "adm", "nik", "nyq", "nyk", "mqs", "zhn", "zhq", "hns", "qrl",
    "hwn", "qrn", "bty", "hln", "rwt", "rut", "kyt", "wwh",
    "hwl", "dms", "qwq", "kwk", "wbr", "bqr", "bws", "msq", "msy",
}

# Tokens left out by hand because they are also another name, so that a
# variant link would join two different people: Chinese given names
# ("jian" for Jane, "huan" for Juan, "jiali" for Gary, "jieli" for Jerry),
# Japanese ones ("risa" for Lisa, "aimi"/"eimi" for Amy, "keito" for Kate,
# "ruka" for Luca), Indian ("hari" for Harry, "rushi" for Lucy, "sujan" for
# Susan), Persian "matin" (Martin), German "maike" (Mike), English "joan"
# (Joao), Korean "chol" (Hall) and "chan" (Jeanne; a Chinese surname), and
# Latin given names that a surname's transcription happens to spell:
# "kate"/"kata" (Carter), "michel" (Mitchell), "mira" (Miller), "milei",
# "tena"/"tana" (Turner), "mafi" (Murphy), "juli" (Curie), "alen" (Allen),
# "haris" (Harris), "beka" (Baker), "filips" (Phillips), "edvards"
# (Edwards), "maiya" (Meyer), "rosi" (Rossi), "buch" (Bush).
LEAVE_OUT = {
    "jian", "huan", "jiali", "jieli", "risa", "aimi", "eimi", "keito",
    "ruka", "hari", "rushi", "sujan", "matin", "maike", "joan", "chol",
    "chan", "kate", "kata", "michel", "mira", "milei", "tena", "tana",
    "mafi", "juli", "alen", "haris", "beka", "filips", "edvards", "maiya",
    "rosi", "buch",
}


def load_aka():
    sys.path.insert(0, os.path.join(ROOT, "examples", "python"))
    os.environ.setdefault("AKA_LIBRARY",
                          os.path.join(ROOT, "build", "lib", "libaka.so"))
    import aka  # noqa: E402  (path set just above)
    return aka


def read_rows():
    rows, sect = [], None
    with open(SRC, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith(
                "#") else ""
            if not line:
                continue
            m = re.match(r"^\[(given|family)\]$", line)
            if m:
                sect = m.group(1)
                continue
            cells = [c.strip() for c in line.split("|")]
            if sect is None or len(cells) != 1 + len(SCRIPTS):
                sys.exit("transcriptions.txt line %d: expected a section and "
                         "%d cells" % (lineno, 1 + len(SCRIPTS)))
            forms = {}
            for sc, cell in zip(SCRIPTS, cells[1:]):
                forms[sc] = [] if cell == "-" else [
                    x.strip() for x in cell.split(",") if x.strip()]
            rows.append((lineno, sect, cells[0], forms))
    return rows


def token_of(aka, sect, script, form, notes, where):
    sep, pgiven, pfamily = CONTEXT[script]
    text = form + sep + pfamily if sect == "given" else pgiven + sep + form
    toks = aka.normalize(aka.NAME, text).split()
    if len(toks) != 2:
        notes.append("%s: %s form normalises to %d tokens, left out"
                     % (where, script, len(toks) - 1))
        return None
    tok = toks[0] if sect == "given" else toks[1]
    if not re.match(r"^[a-z]+$", tok):
        notes.append("%s: %s form gives a malformed token, left out"
                     % (where, script))
        return None
    if tok in LEAVE_OUT:
        notes.append("%s: token %s (%s) is another name, left out"
                     % (where, tok, script))
        return None
    if len(tok) <= 3 and tok not in ALLOW_SHORT:
        notes.append("%s: short token %s (%s) left out" % (where, tok, script))
        return None
    return tok


def main():
    dry = "--dry-run" in sys.argv[1:]
    aka = load_aka()
    with open(VARIANTS, encoding="ascii") as f:
        lines = f.read().split("\n")
    # Section spans and, per section, token -> line number.
    span, cur = {}, None
    for i, raw in enumerate(lines):
        m = re.match(r"^\[(\w+)\]\s*$", raw)
        if m:
            cur = m.group(1)
            span[cur] = [i + 1, i + 1]
        elif cur:
            span[cur][1] = i + 1

    def index(sect):
        idx = {}
        a, b = span[sect]
        for i in range(a, b):
            body = lines[i].split("#", 1)[0]
            for t in body.split():
                idx[t] = i
        return idx

    notes, added, newclasses = [], 0, 0
    pending = {"given": [], "family": []}  # new lines, inserted at the end
    for lineno, sect, key, forms in read_rows():
        idx = index(sect)
        for pl in pending[sect]:
            for t in pl[1]:
                idx[t] = ("new", pl)
        where = "line %d (%s)" % (lineno, key)
        home = idx.get(key)
        if home is None:
            pl = [key, [key]]
            pending[sect].append(pl)
            home = ("new", pl)
            idx[key] = home
            newclasses += 1
        for sc in SCRIPTS:
            for form in forms[sc]:
                tok = token_of(aka, sect, sc, form, notes, where)
                if tok is None:
                    continue
                at = idx.get(tok)
                if at == home:
                    continue
                if at is not None:
                    other = (at[1][0] if isinstance(at, tuple)
                             else lines[at].split()[0])
                    notes.append("%s: %s token %s already in the %s class of "
                                 "%s, left out" % (where, sc, tok, sect, other))
                    continue
                if isinstance(home, tuple):
                    home[1][1].append(tok)
                else:
                    lines[home] = lines[home].rstrip() + " " + tok
                idx[tok] = home
                added += 1
    # Insert new classes at the end of their section (before its trailing
    # blank lines), under one comment.
    for sect in ("family", "given"):  # family first: it lies below given
        new = [pl[1] for pl in pending[sect] if len(pl[1]) >= 2]
        if not new:
            continue
        a, b = span[sect]
        while b > a and not lines[b - 1].strip():
            b -= 1
        marker = "# --- transcriptions of Western names (translit_tokens.py) ---"
        block = ([] if marker in lines[a:b] else [marker]) + [
            " ".join(t) for t in new]
        lines[b:b] = block
    for n in notes:
        print(n)
    print("%d tokens added, %d new classes%s"
          % (added, newclasses, " (dry run)" if dry else ""))
    if not dry:
        with open(VARIANTS, "w", encoding="ascii") as f:
            f.write("\n".join(lines))


if __name__ == "__main__":
    main()
