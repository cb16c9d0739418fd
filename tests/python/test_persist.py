"""Engine.save and Engine.load (examples/python/aka.py): a round trip keeps
entity ids and goes on identically, a journal brings back calls made after
the snapshot, and failures raise the module's exceptions with the library's
message.

Run by ctest as python.test_persist (tests/python/tests.cmake).
"""
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
if "aka" not in sys.modules:
    sys.path.append(os.path.join(REPO, "examples", "python"))
import aka  # noqa: E402

PEOPLE = [
    ("police", "1", {"name": "Іван Петренко", "date_of_birth": "1974-09-17",
                     "document": "UA:AB123456"}),
    ("border", "7", {"name": "Ivan Petrenko", "date_of_birth": "17.09.1974",
                     "document": "UA:AB123456"}),
    ("court", "c9", {"name": "Olena Kovalenko", "date_of_birth": "1981"}),
    ("police", "2", {"name": "Olena Kovalenko", "date_of_birth": "1981-03-02",
                     "phone": "+380671234567"}),
]


def fill(engine, people):
    ids = {}
    for src, rid, values in people:
        with aka.Record(values) as r:
            ids[(src, rid)] = engine.add(src, rid, r)
    return ids


class TestPersist(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.snap = os.path.join(self.dir.name, "engine.aka")

    def tearDown(self):
        self.dir.cleanup()

    def test_round_trip(self):
        with aka.Engine({"default_country": "UA"}) as e:
            fill(e, PEOPLE)
            e.decide(("court", "c9"), ("police", "2"), False)
            e.save(self.snap)
            self.assertEqual(os.stat(self.snap).st_mode & 0o777, 0o600)
            with aka.Engine.load(self.snap) as f:
                for src, rid, _ in PEOPLE:
                    self.assertEqual(e.entity_of(src, rid), f.entity_of(src, rid))
                with aka.Record({"name": "Ivan Petrenko",
                                 "document": "UA:AB123456"}) as r:
                    self.assertEqual(e.add("bank", "b1", r), f.add("bank", "b1", r))
                self.assertEqual(e.stats()["entities"], f.stats()["entities"])
                self.assertNotEqual(f.entity_of("court", "c9"),
                                    f.entity_of("police", "2"))

    def test_journal(self):
        journal = os.path.join(self.dir.name, "journal")
        opts = {"default_country": "UA", "journal_path": journal}
        e = aka.Engine(opts)
        fill(e, PEOPLE[:2])
        e.save(self.snap)
        fill(e, PEOPLE[2:])
        want = {(s, r): e.entity_of(s, r) for s, r, _ in PEOPLE}
        e.close()  # nothing saved since the first two records
        with aka.Engine.load(self.snap) as f:
            for key, ent in want.items():
                self.assertEqual(f.entity_of(*key), ent)
            self.assertEqual(f.stats()["journal"]["replayed"], 2)

    def test_errors(self):
        with self.assertRaises(aka.AkaIOError) as cm:
            aka.Engine.load(os.path.join(self.dir.name, "missing.aka"))
        self.assertIn("no such file", str(cm.exception))
        with open(self.snap, "wb") as f:
            f.write(b"not a snapshot at all, not at all, not at all")
        with self.assertRaises(aka.CorruptError) as cm:
            aka.Engine.load(self.snap)
        self.assertIn("not a libaka snapshot", str(cm.exception))
        with aka.Engine() as e:
            with self.assertRaises(aka.AkaIOError) as cm:
                e.save(os.path.join(self.dir.name, "no", "dir", "x.aka"))
            self.assertIn("no such file", str(cm.exception))
            e.bulk_begin()
            with self.assertRaises(aka.ArgumentError):
                e.save(self.snap)
            e.bulk_end()
        with self.assertRaises(aka.ArgumentError):
            aka.Engine.load("bad\0path")


if __name__ == "__main__":
    unittest.main()
