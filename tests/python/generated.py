"""Shared by the tests on the independent generators (test_xgen.py,
test_zgen.py, test_vgen.py): generate a file, add its records one by one
through the binding as a host would, and score the entities against its
truth column with bench/xgen/score.py."""
import csv
import os
import subprocess
import sys
import tempfile
import unittest

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


# The columns of zgen and vgen, which write the same header.
COLUMNS = {"name": "name", "name_2": "name", "given_name": "given_name",
           "family_name": "family_name", "date_of_birth": "date_of_birth",
           "gender": "gender", "nationality": "nationality",
           "passport": "document", "passport_2": "document", "phone": "phone",
           "phone_2": "phone", "email": "email", "address": "address",
           "place_of_birth": "place_of_birth"}


class GeneratorCase(unittest.TestCase):
    """A generator's people resolved one by one, with floors: a subclass
    sets NAME, SCRIPT (the generator), COLUMNS, and the floors; NEEDS, a
    directory that must exist, and ENV for the generator, when it reads
    data from ../shared."""
    NAME = SCRIPT = None
    COLUMNS = COLUMNS
    ENV = {}
    NEEDS = None
    PEOPLE, SEED = 1500, 5
    MAX_REFUSED, MIN_PRECISION, MIN_F1 = 0.002, 0.95, 0.90

    @classmethod
    def setUpClass(cls):
        if cls.NEEDS and not os.path.isdir(cls.NEEDS):
            raise unittest.SkipTest("no " + cls.NEEDS)
        cls.tmp = tempfile.TemporaryDirectory()
        cls.engine, cls.rows, cls.refused, cls.score = resolve(
            cls.SCRIPT, os.path.join(cls.tmp.name, cls.NAME + ".csv"),
            ["--people", str(cls.PEOPLE), "--seed", str(cls.SEED)], cls.ENV,
            cls.COLUMNS)
        report(cls.NAME, cls.PEOPLE, cls.rows, cls.refused, cls.score)

    @classmethod
    def tearDownClass(cls):
        cls.engine.close()
        cls.tmp.cleanup()

    def test_values_are_read(self):
        self.assertLess(self.refused, self.MAX_REFUSED * len(self.rows))

    def test_bcubed(self):
        self.assertGreaterEqual(self.score["bcubed_precision"], self.MIN_PRECISION)
        self.assertGreaterEqual(self.score["bcubed_f1"], self.MIN_F1)
