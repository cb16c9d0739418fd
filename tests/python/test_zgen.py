"""Records of the third generator (bench/zgen), added one by one through
the binding: libaka reads every value and keeps its B-cubed F1.

zgen's noise is harsher than the other two generators' (a quarter of its
records have no date of birth, a fifth drop a middle name or patronymic,
8 % of its people are namesakes and a tenth of siblings are twins), so its
floors are lower; they sit below what this library scores (read the
test's output) by a margin for small changes of the model. It needs no
data from ../shared: it runs on a clean clone too."""
import os
import unittest

import generated


class TestThirdGenerator(generated.GeneratorCase):
    NAME = "zgen"
    SCRIPT = os.path.join(generated.ROOT, "bench", "zgen", "gen.py")


if __name__ == "__main__":
    unittest.main()
