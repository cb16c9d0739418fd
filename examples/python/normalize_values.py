#!/usr/bin/env python3
"""normalize_values.py -- print the canonical form of each value in a TSV file
of "kind<TAB>value" lines, the Python twin of examples/normalize_demo.c.

    python3 examples/python/normalize_values.py examples/data/sample_values.tsv
    python3 examples/python/normalize_values.py --default-country UA FILE.tsv

Kinds are the feature names in lower case (name, date_of_birth, phone ...).
Lines starting with "#" and blank lines are skipped. A value the library
rejects is reported with the library's reason and the program goes on: the
exit status is 0 unless the file cannot be read (2); anything unexpected
raises and ends the program with a traceback.

SPDX-License-Identifier: CC0-1.0 (copy freely into your own code)
"""
import argparse
import sys

import aka


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", help='file of "kind<TAB>value" lines (UTF-8)')
    parser.add_argument("--default-country", default="",
                        help="country for national phone numbers, e.g. UA")
    args = parser.parse_args(argv)

    try:
        # Values are read as bytes so that a line of invalid UTF-8 reaches
        # the library (which says AKA_ERR_UTF8) instead of stopping Python.
        with open(args.tsv, "rb") as f:
            lines = f.read().splitlines()
    except OSError as exc:
        print("normalize_values: cannot read %s: %s" % (args.tsv, exc.strerror),
              file=sys.stderr)
        return 2

    ok = failed = 0
    # An engine, not aka.normalize(): its errors carry a readable reason.
    with aka.Engine({"default_country": args.default_country}) as engine:
        for lineno, line in enumerate(lines, 1):
            if not line.strip() or line.startswith(b"#"):
                continue
            kind_name, sep, value = line.partition(b"\t")
            shown = value.decode("utf-8", "backslashreplace")
            try:
                kind = aka.Feature.parse(kind_name.decode("ascii", "replace"))
            except ValueError:
                print("line %d: unknown kind %r" % (lineno, kind_name.decode(
                    "utf-8", "backslashreplace")))
                failed += 1
                continue
            if not sep:
                print("line %d: no TAB between kind and value" % lineno)
                failed += 1
                continue
            try:
                canonical = engine.normalize(kind, value)
            except aka.AkaError as exc:
                print("%-15s %s -> error %s" % (kind.name.lower(), shown, exc))
                failed += 1
            else:
                print("%-15s %s -> %s" % (kind.name.lower(), shown, canonical))
                ok += 1

    print("%d normalised, %d rejected (libaka %s)"
          % (ok, failed, aka.version_string()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
