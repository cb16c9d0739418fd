#!/usr/bin/env python3
"""Link two agencies' CSV exports about people with libaka.

A police unit and an NGO each export the people they know about, with their
own column names, scripts and date formats. This script maps both exports
onto libaka's feature kinds, loads them into one engine in bulk, and prints
every entity (each record's source, key and name as the source wrote it),
why its records were merged, and the possible matches an analyst should
review.

    PYTHONPATH=examples/python python3 examples/python/link_agencies.py
    ... link_agencies.py police.csv ngo.csv --default-country UA

Rows with a value libaka cannot read keep their other values: the value is
reported (by row and column, not by content) and skipped. Exit status: 0,
or 2 when a file cannot be read. The data in examples/data/ is fictional.

SPDX-License-Identifier: CC0-1.0
"""

import argparse
import csv
import os
import sys

import aka

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data"))

# Each source: its name in the engine, its key column, how to show a name,
# and which column holds which feature kind. This mapping is the only part
# to change for another export.
POLICE = {
    "source": "police",
    "key": "case_no",
    "display": lambda row: "%s %s" % (row["surname"], row["forenames"]),
    "columns": {
        "surname": aka.FAMILY_NAME,
        "forenames": aka.GIVEN_NAME,
        "dob": aka.DATE_OF_BIRTH,
        "nationality": aka.NATIONALITY,
        "passport": aka.DOCUMENT,
        "phone": aka.PHONE,
    },
    # Family and given names are also given together as one full name, so
    # that they compare with sources that only have a full name.
    "full_name": ("forenames", "surname"),
}

NGO = {
    "source": "ngo",
    "key": "id",
    "display": lambda row: row["full_name"],
    "columns": {
        "full_name": aka.NAME,
        "birth_date": aka.DATE_OF_BIRTH,
        "citizenship": aka.NATIONALITY,
        "mobile": aka.PHONE,
        "email": aka.EMAIL,
        "document": aka.DOCUMENT,
    },
}


def read_rows(path, spec, engine, names, warn):
    """Add every row of one export to the engine; names[(source, key)]
    receives the name to display."""
    with open(path, newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            key = row[spec["key"]].strip()
            record = aka.Record()
            try:
                for column, kind in spec["columns"].items():
                    value = (row.get(column) or "").strip()
                    if not value:
                        continue
                    try:
                        record.add(kind, value)
                    except aka.AkaError as e:
                        # e.message names the kind and the rule, never the
                        # value: safe to print with the row number.
                        warn("%s line %d, column %s: skipped (%s)"
                             % (os.path.basename(path), line, column,
                                e.message))
                parts = [row.get(c, "").strip()
                         for c in spec.get("full_name", ())]
                if all(parts) and parts:
                    record.add(aka.NAME, " ".join(parts))
                engine.add(spec["source"], key, record)
            finally:
                record.close()
            names[(spec["source"], key)] = spec["display"](row)


def show_entity(engine, entity_id, names, out):
    members = engine.records(entity_id)
    out("entity %d: %d record%s" % (entity_id, len(members),
                                   "" if len(members) == 1 else "s"))
    for src, key in members:
        out("  %-6s %-6s %s" % (src, key, names[(src, key)]))
    # Why each record belongs here: explain it against the first record.
    first = members[0]
    for other in members[1:]:
        why = engine.explain(first, other)
        out("  why %s/%s = %s/%s: probability %.4f (%s)"
            % (first + other + (why["probability"], why["decision"])))
        if why["analyst_decision"] is not None:
            out("    analyst decision: %s" % why["analyst_decision"])
        for f in why["features"]:
            out("    %-14s %-22s %-22s %-18s %+5.1f"
                % (f["kind"], f["a"], f["b"], f["level"], f["weight"]))
    for pm in engine.possible_matches(entity_id):
        r, o = pm["record"], pm["other_record"]
        out("  possible match: entity %d (%s, probability %.3f) via %s/%s ~ %s/%s"
            % (pm["entity"], pm["cause"], pm["probability"], r["source"],
               r["record_id"], o["source"], o["record_id"]))
        conflict = engine.explain((r["source"], r["record_id"]),
                                  (o["source"], o["record_id"]))["conflict"]
        if conflict is not None:
            out("    kept apart (%s): %s" % (conflict["kind"], conflict["detail"]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("police", nargs="?",
                    default=os.path.join(DATA, "police_export.csv"))
    ap.add_argument("ngo", nargs="?",
                    default=os.path.join(DATA, "ngo_export.csv"))
    ap.add_argument("--default-country", default="",
                    help="country of national phone numbers (e.g. UA)")
    args = ap.parse_args(argv)

    def warn(msg):
        print("warning: " + msg, file=sys.stderr)

    names = {}
    with aka.Engine({"default_country": args.default_country}) as engine:
        try:
            # Bulk loading resolves everything once at the end, and the
            # entities do not depend on the order of the rows.
            with engine.bulk():
                read_rows(args.police, POLICE, engine, names, warn)
                read_rows(args.ngo, NGO, engine, names, warn)
        except OSError as e:
            print("link_agencies: cannot read %s: %s"
                  % (e.filename, e.strerror), file=sys.stderr)
            return 2
        entities = sorted({engine.entity_of(src, key) for src, key in names})
        stats = engine.stats()
        print("%d records, %d entities" % (stats["records"], len(entities)))
        for entity_id in entities:
            print()
            show_entity(engine, entity_id, names, print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
