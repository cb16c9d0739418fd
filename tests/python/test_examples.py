"""The Python examples run and print what they promise.

examples/python/link_agencies.py is run on the fictional exports in
examples/data/ and its printed entities are compared with the people the
data was written to describe: which records are one person, which namesakes
stay apart, and which possible match an analyst must see.
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SCRIPT = os.path.join(REPO, "examples", "python", "link_agencies.py")

# Who is who in examples/data/{police,ngo}_export.csv.
EXPECTED = {
    frozenset({("police", "P-1001"), ("ngo", "N-17")}),  # Olena Kovalenko 1990
    frozenset({("police", "P-1002"), ("ngo", "N-18")}),  # Arabic script
    frozenset({("police", "P-1003")}),                   # namesake, 1975
    frozenset({("police", "P-1004"), ("ngo", "N-19")}),  # Andrei Popescu 1992
    frozenset({("police", "P-1005"), ("ngo", "N-21")}),  # year only + phone
    frozenset({("police", "P-1006"), ("ngo", "N-22")}),
    frozenset({("police", "P-1007"), ("ngo", "N-23")}),  # Vietnamese order
    frozenset({("ngo", "N-20")}),                        # namesake, 1960
    frozenset({("ngo", "N-24")}),                        # other passport
    frozenset({("ngo", "N-25")}),                        # initial + year
}


def run(*args):
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", os.path.join(REPO, "examples", "python"))
    return subprocess.run([sys.executable, SCRIPT] + list(args), env=env,
                          capture_output=True, text=True, timeout=120)


def parse(stdout):
    """{entity id: {(source, key): name}} and the raw blocks by entity."""
    entities, blocks, current = {}, {}, None
    for line in stdout.splitlines():
        m = re.match(r"entity (\d+): (\d+) records?$", line)
        if m:
            current = int(m.group(1))
            entities[current] = {}
            blocks[current] = []
            continue
        if current is None:
            continue
        blocks[current].append(line)
        m = re.match(r"  (police|ngo)\s+(\S+)\s+(.+)$", line)
        if m:
            entities[current][(m.group(1), m.group(2))] = m.group(3)
    return entities, blocks


class TestLinkAgencies(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.result = run()
        cls.entities, cls.blocks = parse(cls.result.stdout)

    def test_exit_status_and_summary(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertEqual(self.result.stderr, "")
        self.assertTrue(self.result.stdout.startswith(
            "16 records, 10 entities\n"), self.result.stdout[:80])

    def test_entities(self):
        got = {frozenset(m) for m in self.entities.values()}
        self.assertEqual(got, EXPECTED)

    def test_names_as_the_sources_wrote_them(self):
        names = {k: v for m in self.entities.values() for k, v in m.items()}
        self.assertEqual(names[("police", "P-1001")], "KOVALENKO Olena")
        self.assertEqual(names[("ngo", "N-18")], "محمد عبد الرحمن")

    def test_merges_are_explained(self):
        for eid, members in self.entities.items():
            text = "\n".join(self.blocks[eid])
            n_why = len(re.findall(r"^  why .* \(match\)$", text, re.M))
            self.assertEqual(n_why, len(members) - 1, text)
        ent = next(e for e, m in self.entities.items()
                   if ("ngo", "N-18") in m)
        text = "\n".join(self.blocks[ent])
        self.assertRegex(text, r"name\s+mohamed abdel rahman\s+mhmd bd alrhmn")
        self.assertRegex(text, r"date_of_birth\s+1988-07-15\s+1988-07-15\s+exact")

    def test_conflict_is_a_possible_match(self):
        olena = next(e for e, m in self.entities.items()
                     if ("police", "P-1001") in m)
        other = next(e for e, m in self.entities.items()
                     if ("ngo", "N-24") in m)
        text = "\n".join(self.blocks[olena])
        self.assertIn("possible match: entity %d (conflict" % other, text)
        self.assertIn("kept apart (document)", text)

    def test_unreadable_value_is_reported_without_its_content(self):
        with tempfile.TemporaryDirectory() as tmp:
            police = os.path.join(tmp, "p.csv")
            with open(police, "w", encoding="utf-8") as f:
                f.write("case_no,surname,forenames,dob,nationality,passport,"
                        "phone\nP-1,SECRETNAME,Anna,31/02/90,UKR,,\n")
            ngo = os.path.join(REPO, "examples", "data", "ngo_export.csv")
            r = run(police, ngo)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("p.csv line 2, column dob: skipped", r.stderr)
        self.assertNotIn("31/02/90", r.stderr)
        self.assertIn("police P-1    SECRETNAME Anna", r.stdout)

    def test_missing_file(self):
        r = run("/nonexistent/police.csv")
        self.assertEqual(r.returncode, 2)
        self.assertIn("cannot read /nonexistent/police.csv", r.stderr)


if __name__ == "__main__":
    unittest.main()
