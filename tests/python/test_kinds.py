"""The canonical formats of /work/shared/DESIGN.md and aka.h for the kinds
other than names, through the Python binding.

These normalisers are written in parallel with the binding: until they are
merged this file fails (the library answers AKA_ERR_PARSE "not implemented
yet"), while test_binding.py must pass on its own. It is a separate ctest
entry (python.test_kinds) so that the two signals stay apart.
"""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
if "aka" not in sys.modules:
    sys.path.append(os.path.join(REPO, "examples", "python"))
import aka  # noqa: E402


class TestKinds(unittest.TestCase):
    def check(self, kind, cases):
        for value, want in cases:
            with self.subTest(kind=kind.name, value=value):
                self.assertEqual(aka.normalize(kind, value), want)

    def test_date_of_birth(self):
        # "numeric dates are read day-first unless year-first or impossible"
        self.check(aka.Feature.DATE_OF_BIRTH, [
            ("1985-03-07", "1985-03-07"),
            ("07/03/1985", "1985-03-07"),
            ("7 March 1985", "1985-03-07"),
            ("03.1985", "1985-03"),
            ("March 1985", "1985-03"),
            ("1985", "1985"),
            ("12/31/1985", "1985-12-31"),  # day-first impossible
            # long formats: the weekday, first or last, is skipped
            ("Thursday, March 7, 1985", "1985-03-07"),
            ("jeudi 7 mars 1985", "1985-03-07"),
        ])
        with self.assertRaises(aka.ParseError):
            aka.normalize(aka.DATE_OF_BIRTH, "31/02/85")
        with self.assertRaises(aka.ParseError):
            aka.normalize(aka.DATE_OF_BIRTH, "7 Thu 1985")

    def test_gender(self):
        self.check(aka.Feature.GENDER, [
            ("F", "F"), ("female", "F"), ("жен.", "F"),
            ("Male", "M"), ("m", "M"),
        ])

    def test_nationality(self):
        self.check(aka.Feature.NATIONALITY, [
            ("中国人", "CN"), ("한국인", "KR"),  # country + person
            ("Україна", "UA"), ("UA", "UA"), ("UKR", "UA"), ("Ukraine", "UA"),
            ("DEU", "DE"), ("de", "DE"),
        ])

    def test_document(self):
        self.check(aka.Feature.DOCUMENT, [
            ("ua:ab 123456", "UA:AB123456"),
            ("AB-123 456", "AB123456"),
            ("ID card 1234567890", "1234567890"),  # a label, dropped
            ("ID 1234567890", "ID1234567890"),  # a series, kept
        ])

    def test_phone(self):
        self.check(aka.Feature.PHONE, [
            ("+380 50 123 45 67", "+380501234567"),
            ("+44 (0)20 7946 0958", "+442079460958"),
        ])

    def test_email(self):
        self.check(aka.Feature.EMAIL, [
            (" John.Doe@Example.COM ", "john.doe@example.com"),
        ])

    def test_identifier(self):
        # type lower-case; value case-folded without spaces, dots, hyphens
        self.check(aka.Feature.IDENTIFIER, [
            ("IBAN:UA21 3223-1300 0002", "iban:ua21322313000002"),
        ])

    def test_engine_default_country(self):
        # docs/options.md: national numbers become E.164 with the engine's
        # default_country; the option is stored as the alpha-2 code.
        with aka.Options(default_country="Україна") as o:
            self.assertEqual(o.get("default_country"), "UA")
            with aka.Engine(o) as e:
                self.assertEqual(e.normalize(aka.PHONE, "(067) 123-45-67"),
                                 "+380671234567")


if __name__ == "__main__":
    unittest.main()
