"""Records of the independent generator (bench/xgen), added one by one
through the binding: libaka reads their values and keeps its B-cubed F1.

The floors sit below what this library scores on the set (read the test's
output for the figures) by a margin for small changes of the model; a drop
below them is a regression on data libaka was not built against."""
import os
import tempfile
import unittest

import generated

XGEN = os.path.join(generated.ROOT, "bench", "xgen")
NAMES = os.environ.get("NAMES_DIR", os.path.join(
    generated.ROOT, "..", "shared", "data", "popular_names_by_country"))

KINDS = ["name", "given_name", "family_name", "date_of_birth", "nationality",
         "document", "phone", "email", "gender"]
PEOPLE, SEED = 1500, 5


class TestIndependentRecords(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isdir(NAMES):
            raise unittest.SkipTest("no ../shared/data/popular_names_by_country")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.engine, cls.rows, cls.refused, cls.score = generated.resolve(
            os.path.join(XGEN, "gen.py"), os.path.join(cls.tmp.name, "x.csv"),
            ["--people", str(PEOPLE), "--seed", str(SEED)], {"NAMES_DIR": NAMES},
            {k: k for k in KINDS})
        generated.report("xgen", PEOPLE, cls.rows, cls.refused, cls.score)

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
