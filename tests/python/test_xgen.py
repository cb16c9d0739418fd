"""Records of the independent generator (bench/xgen), added one by one
through the binding: libaka reads their values and keeps its B-cubed F1.

The floors sit below what this library scores on the set (read the test's
output for the figures) by a margin for small changes of the model; a drop
below them is a regression on data libaka was not built against."""
import csv
import os
import subprocess
import sys
import tempfile
import unittest

import aka

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
XGEN = os.path.join(ROOT, "bench", "xgen")
NAMES = os.environ.get("NAMES_DIR", os.path.join(
    ROOT, "..", "shared", "data", "popular_names_by_country"))
sys.path.insert(0, XGEN)
import score  # noqa: E402  (bench/xgen/score.py)

KINDS = ["name", "given_name", "family_name", "date_of_birth", "nationality",
         "document", "phone", "email", "gender"]
PEOPLE, SEED = 1500, 5


class TestIndependentRecords(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isdir(NAMES):
            raise unittest.SkipTest("no ../shared/data/popular_names_by_country")
        cls.tmp = tempfile.TemporaryDirectory()
        path = os.path.join(cls.tmp.name, "x.csv")
        subprocess.run([sys.executable, os.path.join(XGEN, "gen.py"), "--people",
                        str(PEOPLE), "--seed", str(SEED), "--out", path],
                       check=True, env=dict(os.environ, NAMES_DIR=NAMES),
                       stdout=subprocess.DEVNULL)
        with open(path, encoding="utf-8", newline="") as f:
            cls.rows = list(csv.DictReader(f))
        cls.refused = 0
        cls.engine = aka.Engine()
        for r in cls.rows:
            rec = aka.Record()
            for k in KINDS:
                if r[k]:
                    try:
                        rec.add(k, r[k])
                    except aka.AkaError:
                        cls.refused += 1
            cls.engine.add(r["source"], r["record_id"], rec)
        truth = {(r["source"], r["record_id"]): r["truth"] for r in cls.rows}
        ent = {k: str(cls.engine.entity_of(*k)) for k in truth}
        cls.score = score.score(truth, ent)
        print("\nxgen %d people, %d records: %d values refused; B3 P %.4f R %.4f F1 %.4f"
              % (PEOPLE, len(cls.rows), cls.refused, cls.score["bcubed_precision"],
                 cls.score["bcubed_recall"], cls.score["bcubed_f1"]))

    @classmethod
    def tearDownClass(cls):
        cls.engine.close()
        cls.tmp.cleanup()

    def test_values_are_read(self):
        # what is left refused is a date no calendar has (31.06, year 3976)
        self.assertLess(self.refused, 0.015 * len(self.rows))

    def test_bcubed(self):
        self.assertGreaterEqual(self.score["bcubed_precision"], 0.97)
        self.assertGreaterEqual(self.score["bcubed_f1"], 0.93)


if __name__ == "__main__":
    unittest.main()
