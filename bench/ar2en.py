#!/usr/bin/env python3
"""aka_name_compare on the public Arabic-English name pairs of Google's
transliteration data (../shared/data/google_ar2en: a word in Arabic script
and its Latin spelling a line, most of them names from other languages
written in Arabic script; Apache-2.0).

For each split (train, eval, test) it prints how many pairs the matcher
takes for one name (recall: every line is one name), and, against names
that are not the word's, how many it takes for one all the same: for each
word, up to five Latin spellings of other lines with the first letter of
its own and a length within one of it (normalised), drawn with a fixed
seed, so that two builds see the same pairs. Lines whose Arabic or Latin
side the normaliser refuses, or that hold more than one word, are left out
and counted.

    python3 bench/ar2en.py [--data-dir DIR] [--splits train,eval,test]
                           [--limit N] [--show K]

The library is the one examples/python/aka.py loads (AKA_LIBRARY to choose
another). Exit status 0, also when the data set is missing (a message says
so), 2 on bad arguments."""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "examples", "python"))
import aka  # noqa: E402

OTHERS = 5  # other names a word meets


def norm(text):
    try:
        return aka.normalize("name", text)
    except aka.AkaError:
        return None


def same(a, b):
    try:
        return aka.name_compare(a, b)[1]
    except aka.AkaError:
        return False


def read_split(path, limit):
    pairs, left_out = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 2:
                left_out += 1
                continue
            na, nb = norm(cols[0]), norm(cols[1])
            if not na or not nb or " " in na or " " in nb:
                left_out += 1
                continue
            pairs.append((cols[0], cols[1], nb))
            if limit and len(pairs) == limit:
                break
    return pairs, left_out


def measure(name, pairs, left_out, show):
    missed = [(a, b) for a, b, _ in pairs if not same(a, b)]
    by_first = {}
    for _, b, nb in pairs:
        by_first.setdefault(nb[0], []).append((b, nb))
    rng = random.Random(1)
    others = taken = 0
    wrong = []
    for a, b, nb in pairs:
        cand = [x for x, nx in by_first[nb[0]] if nx != nb and abs(len(nx) - len(nb)) <= 1]
        rng.shuffle(cand)
        for x in cand[:OTHERS]:
            others += 1
            if same(a, x):
                taken += 1
                wrong.append((a, b, x))
    n = len(pairs)
    print(f"{name}: {n} pairs ({left_out} left out): taken for one name "
          f"{n - len(missed)} ({(n - len(missed)) / n if n else 0:.3f}); "
          f"other names {others}, taken for the word's {taken} "
          f"({taken / others if others else 0:.4f})")
    for a, b in missed[:show]:
        print(f"  missed  {a} / {b}")
    for a, b, x in wrong[:show]:
        print(f"  taken   {a} / {x} (the word is {b})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", default=os.path.join(HERE, "..", "..", "shared", "data"))
    ap.add_argument("--splits", default="train,eval,test")
    ap.add_argument("--limit", type=int, default=0, help="first N usable lines a split")
    ap.add_argument("--show", type=int, default=0, help="K misses and wrong pairs a split")
    args = ap.parse_args()
    for split in args.splits.split(","):
        path = os.path.join(args.data_dir, "google_ar2en", f"ar2en-{split}.txt")
        if not os.path.exists(path):
            print(f"{path}: not found, skipped")
            continue
        pairs, left_out = read_split(path, args.limit)
        measure(split, pairs, left_out, args.show)


if __name__ == "__main__":
    main()
