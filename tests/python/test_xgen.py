"""Records of the independent generator (bench/xgen), added one by one
through the binding: libaka reads their values and keeps its B-cubed F1.

The floors sit below what this library scores on the set (read the test's
output for the figures) by a margin for small changes of the model; a drop
below them is a regression on data libaka was not built against."""
import os
import unittest

import generated

NAMES = os.environ.get("NAMES_DIR", os.path.join(
    generated.ROOT, "..", "shared", "data", "popular_names_by_country"))
KINDS = ["name", "given_name", "family_name", "date_of_birth", "nationality",
         "document", "phone", "email", "gender"]


class TestIndependentRecords(generated.GeneratorCase):
    NAME = "xgen"
    SCRIPT = os.path.join(generated.ROOT, "bench", "xgen", "gen.py")
    COLUMNS = {k: k for k in KINDS}
    NEEDS = NAMES
    ENV = {"NAMES_DIR": NAMES}
    # what is left refused is a date no calendar has (31.06, year 3976)
    MAX_REFUSED, MIN_PRECISION, MIN_F1 = 0.015, 0.97, 0.93


if __name__ == "__main__":
    unittest.main()
