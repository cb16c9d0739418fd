"""Normalisation probes: 1,796 values of dates of birth, phones, documents
and nationalities as police, border agencies, NGOs and registries of many
countries write them, each with the canonical value a careful reader
derives or REFUSE (alternatives split by |), written by two helpers for
session 50 (data/normalise_probes.tsv: kind, country for a phone's
default_country, input, expected, status); and since session 58, 267
values in the capitals (and title case) of passports and registers,
names, genders, e-mail addresses and identifiers among them; and since
session 59, 188 nationalities and documents as agencies on the central
and western Mediterranean routes write West African and Horn of Africa
arrivals' (Italian, Spanish, French, Portuguese, Maltese, Greek and
Arabic adjectives and country names; residence permits, asylum papers
and consular cards), with the near misses of Niger and Nigeria, the
Guineas and the Sudans; and 171 nationalities as agencies on the eastern
Mediterranean and Balkan routes write Syrian, Afghan, Iraqi, Pakistani,
Palestinian and other arrivals' (Hungarian, Balkan, Greek, Turkish,
Romanian, Albanian, Russian, Ukrainian, Polish, Czech and Slovak forms,
"citizen of" phrases, a people in brackets), with the near misses of Iran
and Iraq and of India and Indonesia.

A probe whose status is "right" must normalise as expected; "open" ones
(a known refusal or error, in the notes) and "clock" ones (dates whose
reading depends on today's date: a year of the last ten, a two-digit
year) are only counted."""
import collections
import csv
import os
import unittest

import aka

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data", "normalise_probes.tsv")


class NormaliseProbes(unittest.TestCase):
    def test_probes(self):
        with open(DATA, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        self.assertGreaterEqual(len(rows), 1500)
        engines = {}
        counts = collections.defaultdict(lambda: [0, 0])
        failures = []
        for n, row in enumerate(rows, start=2):
            self.assertIn(row["status"], ("right", "open", "clock"), "line %d" % n)
            cc = row["country"]
            if cc not in engines:
                engines[cc] = aka.Engine({"default_country": cc}) if cc else aka.Engine()
            try:
                got, ok = engines[cc].normalize(row["kind"], row["input"]), True
            except aka.AkaError:
                got, ok = None, False
            alts = row["expected"].split("|")
            right = (ok and got in alts) or (not ok and "REFUSE" in alts)
            counts[(row["kind"], row["status"])][0 if right else 1] += 1
            if row["status"] == "right" and not right:
                # (no value in the message: the probes are people's data in form)
                failures.append("line %d (%s): %s" % (n, row["kind"],
                                                      "refused" if not ok else "another value"))
        for (kind, status), (right, wrong) in sorted(counts.items()):
            print("probes %-13s %-6s right %4d, wrong %3d" % (kind, status, right, wrong))
        for e in engines.values():
            e.close()
        self.assertEqual(failures, [], "\n".join(failures))


if __name__ == "__main__":
    unittest.main()
