"""Shared by the tests on the independent generators (test_xgen.py,
test_zgen.py): generate a file, add its records one by one through the
binding as a host would, and score the entities against its truth column
with bench/xgen/score.py."""
import csv
import os
import subprocess
import sys

import aka

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "bench", "xgen"))
import score  # noqa: E402  (bench/xgen/score.py)


def resolve(gen, out, args, env, columns):
    """Run generator script gen (args: --people, --seed ...) into out, add
    every row to a new engine (columns: CSV column -> feature kind), and
    return (engine, rows, values refused, score.score's figures)."""
    subprocess.run([sys.executable, gen, "--out", out] + args, check=True,
                   env=dict(os.environ, **env), stdout=subprocess.DEVNULL)
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    refused = 0
    engine = aka.Engine()
    for r in rows:
        rec = aka.Record()
        for col, kind in columns.items():
            if r.get(col):
                try:
                    rec.add(kind, r[col])
                except aka.AkaError:
                    refused += 1
        engine.add(r["source"], r["record_id"], rec)
    truth = {(r["source"], r["record_id"]): r["truth"] for r in rows}
    ent = {k: str(engine.entity_of(*k)) for k in truth}
    return engine, rows, refused, score.score(truth, ent)


def report(name, people, rows, refused, s):
    print("\n%s %d people, %d records: %d values refused; B3 P %.4f R %.4f F1 %.4f"
          % (name, people, len(rows), refused, s["bcubed_precision"],
             s["bcubed_recall"], s["bcubed_f1"]))
