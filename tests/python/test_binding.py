"""Tests of examples/python/aka.py against the real libaka.

Run by ctest as python.test_binding (tests/python/tests.cmake sets
AKA_LIBRARY, PYTHONPATH and AKA_HEADER); by hand:
    PYTHONPATH=examples/python python3 -m unittest -v tests/python/test_binding.py
"""
import ctypes
import gc
import itertools
import os
import pickle
import re
import subprocess
import sys
import threading
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
if "aka" not in sys.modules:
    sys.path.append(os.path.join(REPO, "examples", "python"))
import aka  # noqa: E402

HEADER = os.environ.get("AKA_HEADER") or os.path.join(REPO, "include", "aka.h")

# Outputs asserted by tests/unit/test_name.c: the binding must return exactly
# what the C library returns.
NAME_CASES = [
    (aka.NAME, "Юлия Тимошенко", "yuliya timoshenko"),
    (aka.NAME, "Юлія Тимошенко", "yuliya tymoshenko"),
    (aka.NAME, "Ђорђе Јовановић", "djordje jovanovic"),
    (aka.NAME, "Γιώργος Παπαδόπουλος", "giorgos papadopoulos"),
    (aka.NAME, "محمد عبد الرحمن", "mhmd bd alrhmn"),
    (aka.NAME, "ג'ורג' וושינגטון", "jwrj wwsyngtwn"),
    (aka.NAME, "习近平", "xi jinping"),
    (aka.NAME, "김정은", "gim jeongeun"),
    (aka.NAME, "エメット", "emetto"),
    (aka.NAME, "राहुल गांधी", "rahul gandhi"),
    (aka.NAME, "Łukasz Żółć", "lukasz zolc"),
    (aka.NAME, "ＪＯＨＮ ＳＭＩＴＨ", "john smith"),
    (aka.NAME, "Ivan\u043ev", "ivanov"),
    (aka.NAME, "г-н Иван Петров", "ivan petrov"),
    (aka.NAME, "TYMOSHENKO, Yuliia", "tymoshenko yuliia"),
    (aka.GIVEN_NAME, "Юлия", "yuliya"),
    (aka.FAMILY_NAME, "Тимошенко", "timoshenko"),
    (aka.ADDRESS, "вул. Хрещатик, 22, Київ", "vul khreshchatyk 22 kyyiv"),
    (aka.PLACE_OF_BIRTH, "Санкт-Петербург", "sankt peterburg"),
]


def header_int(name):
    with open(HEADER, encoding="utf-8") as f:
        m = re.search(r"^#define\s+%s\s+(-?\d+)\b" % name, f.read(), re.M)
    if not m:
        raise AssertionError("%s not found in %s" % (name, HEADER))
    return int(m.group(1))


class TestVersion(unittest.TestCase):
    def test_matches_header(self):
        major, minor, patch = (header_int("AKA_VERSION_" + p)
                               for p in ("MAJOR", "MINOR", "PATCH"))
        self.assertEqual(aka.version_string(),
                         "%d.%d.%d" % (major, minor, patch))
        self.assertEqual(aka.version_number(),
                         major * 1000000 + minor * 1000 + patch)
        self.assertEqual(aka.version_number(), aka.AKA_VERSION_NUMBER)
        self.assertEqual(aka.version_string(), aka.AKA_VERSION_STRING)

    def test_major_check(self):
        aka.check_major(aka.AKA_VERSION_NUMBER)  # same major: accepted
        with self.assertRaisesRegex(ImportError, "major version 1"):
            aka.check_major((aka.AKA_VERSION_MAJOR + 1) * 1000000)

    def test_library_is_the_one_asked_for(self):
        want = os.environ.get("AKA_LIBRARY")
        if want:
            self.assertEqual(aka.library_path, want)
        self.assertTrue(os.path.exists(aka.library_path)
                        or os.sep not in aka.library_path)

    def test_bad_library_path_is_a_clear_import_error(self):
        env = dict(os.environ, AKA_LIBRARY="/nonexistent/libaka.so.0",
                   PYTHONPATH=os.path.dirname(aka.__file__))
        r = subprocess.run([sys.executable, "-c", "import aka"], env=env,
                           capture_output=True, text=True, timeout=60)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("ImportError", r.stderr)
        self.assertIn("AKA_LIBRARY: /nonexistent/libaka.so.0 does not exist",
                      r.stderr)

    def test_not_a_library_is_a_clear_import_error(self):
        env = dict(os.environ, AKA_LIBRARY=os.path.abspath(__file__),
                   PYTHONPATH=os.path.dirname(aka.__file__))
        r = subprocess.run([sys.executable, "-c", "import aka"], env=env,
                           capture_output=True, text=True, timeout=60)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("libaka could not be loaded; tried:", r.stderr)


class TestStatus(unittest.TestCase):
    def test_every_status_string(self):
        self.assertEqual(len(aka.Status), 13)
        for s in aka.Status:
            self.assertEqual(aka.status_str(s), "AKA_" + s.name)

    def test_unknown_status(self):
        for s in (-1, 13, 999, 2 ** 31 - 1):
            self.assertEqual(aka.status_str(s), "AKA_ERR_UNKNOWN")

    def test_exception_classes(self):
        for s in aka.Status:
            if s == aka.OK:
                continue
            e = aka.error_for(s, "why")
            self.assertIsInstance(e, aka.AkaError)
            self.assertIs(e.status, s)
            self.assertEqual(e.message, "why")
            self.assertEqual(str(e), "AKA_%s: why" % s.name)
        self.assertIs(type(aka.error_for(aka.ERR_BUFFER, "")),
                      aka.AkaBufferError)
        self.assertIs(type(aka.error_for(aka.ERR_UTF8, "")), aka.Utf8Error)
        self.assertIs(type(aka.error_for(aka.ERR_LIMIT, "")), aka.LimitError)
        self.assertIs(type(aka.error_for(aka.ERR_OPTION, "")), aka.OptionError)
        self.assertIsInstance(aka.error_for(aka.ERR_PARSE, ""), ValueError)
        unknown = aka.error_for(77, "later")
        self.assertIs(type(unknown), aka.AkaError)
        self.assertEqual(unknown.status, 77)

    def test_exceptions_pickle(self):
        e = pickle.loads(pickle.dumps(aka.ParseError(aka.ERR_PARSE, "m")))
        self.assertIs(type(e), aka.ParseError)
        self.assertEqual((e.status, e.message), (aka.ERR_PARSE, "m"))


class TestNormalize(unittest.TestCase):
    def test_scripts(self):
        for kind, value, want in NAME_CASES:
            with self.subTest(value=value):
                self.assertEqual(aka.normalize(kind, value), want)
                self.assertEqual(aka.normalize(kind, value.encode()), want)

    def test_kind_spellings(self):
        v = "Юлия Тимошенко"
        for kind in (aka.NAME, aka.Feature.NAME, 1, "name", "NAME", " Name "):
            self.assertEqual(aka.normalize(kind, v), "yuliya timoshenko")
        with self.assertRaisesRegex(ValueError, "unknown feature kind name"):
            aka.normalize("nickname", v)
        with self.assertRaises(TypeError):
            aka.normalize(1.0, v)
        with self.assertRaises(TypeError):
            aka.normalize(aka.NAME, 42)

    def test_bad_kind(self):
        for kind in (0, 13, -1, 2 ** 31 - 1):
            with self.assertRaises(aka.ArgumentError) as cm:
                aka.normalize(kind, "x")
            self.assertEqual(cm.exception.status, aka.ERR_ARGUMENT)

    def test_invalid_utf8(self):
        for raw in (b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xd0",
                    b"\xf4\x90\x80\x80", b"Iv\xd0an"):
            with self.subTest(raw=raw):
                with self.assertRaises(aka.Utf8Error) as cm:
                    aka.normalize(aka.NAME, raw)
                self.assertEqual(cm.exception.status, aka.ERR_UTF8)
                self.assertEqual(cm.exception.message, "AKA_ERR_UTF8")
        with self.assertRaises(aka.Utf8Error):  # lone surrogate in a str
            aka.normalize(aka.NAME, "Iv\ud800an")

    def test_nul_inside(self):
        with self.assertRaises(aka.Utf8Error):
            aka.normalize(aka.NAME, "Jo\x00hn")
        with self.assertRaises(aka.Utf8Error):
            aka.normalize(aka.NAME, b"John\x00")

    def test_titles_only_are_kept(self):
        # "Sheikh" is also a given name: a value of titles only keeps them.
        self.assertEqual(aka.normalize(aka.NAME, "Mr."), "mr")
        self.assertEqual(aka.normalize(aka.GIVEN_NAME, "Sheikh"), "sheikh")

    def test_empty_and_punctuation_only(self):
        for v in ("", b"", "   ", "...!!!"):
            with self.subTest(v=v):
                with self.assertRaises(aka.ParseError):
                    aka.normalize(aka.NAME, v)

    def test_limit(self):
        over = "a" * (aka.MAX_VALUE_BYTES + 1)
        with self.assertRaises(aka.LimitError):
            aka.normalize(aka.NAME, over)
        # exactly the limit is accepted, and the long output comes back whole
        at = "\u0430" * (aka.MAX_VALUE_BYTES // 2)  # Cyrillic а, 2 bytes
        self.assertEqual(aka.normalize(aka.PLACE_OF_BIRTH, at),
                         "a" * (aka.MAX_VALUE_BYTES // 2))

    def test_retry_when_the_first_buffer_is_too_small(self):
        for guess in (0, 1, 5):
            with mock.patch.object(aka, "_capacity_guess",
                                   return_value=guess) as g:
                for kind, value, want in NAME_CASES[:5]:
                    self.assertEqual(aka.normalize(kind, value), want)
                with aka.Engine() as e:
                    self.assertEqual(e.normalize(aka.NAME, "习近平"),
                                     "xi jinping")
                with aka.Options() as o:
                    self.assertEqual(o.get("default_country"), "")
                self.assertTrue(g.called)


class TestRawFunctions(unittest.TestCase):
    """The C calling convention through the declared prototypes."""

    IN = "Юлия Тимошенко".encode()
    OUT = b"yuliya timoshenko"

    def test_size_query_and_small_buffer(self):
        n = ctypes.c_size_t(99)
        st = aka.lib.aka_normalize(aka.NAME, self.IN, len(self.IN), None, 0,
                                   ctypes.byref(n))
        self.assertEqual(st, aka.ERR_BUFFER)
        self.assertEqual(n.value, len(self.OUT))
        buf = ctypes.create_string_buffer(5)
        st = aka.lib.aka_normalize(aka.NAME, self.IN, len(self.IN), buf, 5,
                                   ctypes.byref(n))
        self.assertEqual(st, aka.ERR_BUFFER)
        self.assertEqual(n.value, len(self.OUT))
        self.assertEqual(buf.raw, b"\0" * 5)  # nothing written

    def test_exact_fit_and_terminator(self):
        n = ctypes.c_size_t(0)
        buf = ctypes.create_string_buffer(b"X" * 40, 40)
        st = aka.lib.aka_normalize(aka.NAME, self.IN, len(self.IN), buf,
                                   len(self.OUT), ctypes.byref(n))
        self.assertEqual(st, aka.OK)
        self.assertEqual(buf.raw[:n.value + 1], self.OUT + b"X")
        st = aka.lib.aka_normalize(aka.NAME, self.IN, len(self.IN), buf, 40,
                                   ctypes.byref(n))
        self.assertEqual(st, aka.OK)
        self.assertEqual(buf.value, self.OUT)

    def test_bad_arguments(self):
        n = ctypes.c_size_t(0)
        buf = ctypes.create_string_buffer(32)
        self.assertEqual(aka.lib.aka_normalize(aka.NAME, self.IN, len(self.IN),
                                               buf, 32, None),
                         aka.ERR_ARGUMENT)
        self.assertEqual(aka.lib.aka_normalize(aka.NAME, self.IN, len(self.IN),
                                               None, 10, ctypes.byref(n)),
                         aka.ERR_ARGUMENT)
        self.assertEqual(aka.lib.aka_normalize(aka.NAME, None, 5, buf, 32,
                                               ctypes.byref(n)),
                         aka.ERR_ARGUMENT)
        self.assertEqual(aka.lib.aka_engine_normalize(None, aka.NAME, self.IN,
                                                      len(self.IN), buf, 32,
                                                      ctypes.byref(n)),
                         aka.ERR_ARGUMENT)
        self.assertEqual(aka.lib.aka_options_new(None), aka.ERR_ARGUMENT)
        self.assertEqual(aka.lib.aka_engine_new(None, None), aka.ERR_ARGUMENT)
        self.assertEqual(aka.lib.aka_options_set(None, b"k", b"v"),
                         aka.ERR_ARGUMENT)
        # documented static messages for NULL handles, and free(NULL)
        self.assertIsInstance(aka.lib.aka_engine_errmsg(None), bytes)
        self.assertIsInstance(aka.lib.aka_options_errmsg(None), bytes)
        aka.lib.aka_engine_free(None)
        aka.lib.aka_options_free(None)

    def test_handles_are_typed(self):
        # Prototypes use distinct opaque pointer types: an engine handle
        # cannot be passed where options are expected.
        with aka.Engine() as e:
            with self.assertRaises(ctypes.ArgumentError):
                aka.lib.aka_options_errmsg(e._h)

    def test_engine_size_query(self):
        with aka.Engine() as e:
            n = ctypes.c_size_t(0)
            st = aka.lib.aka_engine_normalize(e._h, aka.NAME, self.IN,
                                              len(self.IN), None, 0,
                                              ctypes.byref(n))
            self.assertEqual(st, aka.ERR_BUFFER)
            self.assertEqual(n.value, len(self.OUT))
            self.assertNotEqual(e.errmsg, "")


class TestOptions(unittest.TestCase):
    def test_defaults_and_unknown_key(self):
        with aka.Options() as o:
            self.assertEqual(o.errmsg, "")
            self.assertEqual(o.get("default_country"), "")
            with self.assertRaises(aka.OptionError) as cm:
                o.set("no_such_key", "1")
            self.assertIn("no_such_key", cm.exception.message)
            self.assertEqual(cm.exception.message, o.errmsg)
            with self.assertRaises(aka.OptionError) as cm:
                o.get("no_such_key")
            self.assertIn("no_such_key", cm.exception.message)

    def test_bad_value_leaves_set_unchanged_and_is_not_quoted(self):
        with aka.Options() as o:
            with self.assertRaises(aka.OptionError) as cm:
                o.set("default_country", "Secretland-42")
            self.assertIn("default_country", cm.exception.message)
            self.assertNotIn("Secretland", cm.exception.message)
            self.assertEqual(o.get("default_country"), "")
            o.set("default_country", "")
            self.assertEqual(o.get("default_country"), "")

    def test_invalid_utf8_key(self):
        with aka.Options() as o:
            with self.assertRaises(aka.Utf8Error):
                o.set(b"\xffkey", "x")

    def test_constructor_keys(self):
        with self.assertRaises(aka.OptionError):
            aka.Options(no_such_key="1")
        with self.assertRaises(aka.OptionError):
            aka.Options({"no_such_key": "1"})
        with aka.Options({"default_country": ""}) as o:
            self.assertEqual(o.get("default_country"), "")

    def test_unique_identifier_types(self):
        # Two national ids of one type are two people's: a conflict keeps
        # namesakes apart, unless the option lists no such type.
        def same(options):
            with aka.Engine(options) as e:
                for i, nid in enumerate(("NIN:12345678901", "NIN:98765432109")):
                    with aka.Record() as r:
                        r.add("name", "Amina Yusuf")
                        r.add("date_of_birth", "1994-03-02")
                        r.add("identifier", nid)
                        e.add("police", str(i), r)
                return e.entity_of("police", "0") == e.entity_of("police", "1")
        with aka.Options() as o:
            self.assertIn("nin", o.get("unique_identifier_types").split(","))
            self.assertFalse(same(o))
        with aka.Options(unique_identifier_types="") as o:
            self.assertEqual(o.get("unique_identifier_types"), "")
            self.assertTrue(same(o))
        with self.assertRaises(aka.OptionError):
            aka.Options(unique_identifier_types="nin;pps")

    def test_close_twice_and_use_after_close(self):
        o = aka.Options()
        self.assertFalse(o.closed)
        o.close()
        o.close()
        self.assertTrue(o.closed)
        with self.assertRaisesRegex(ValueError, "closed"):
            o.set("default_country", "")
        with self.assertRaisesRegex(ValueError, "closed"):
            o.get("default_country")
        with self.assertRaisesRegex(ValueError, "closed"):
            aka.Engine(o)
        del o
        gc.collect()


class TestEngine(unittest.TestCase):
    def test_normalize_matches_stateless(self):
        with aka.Engine() as e:
            for kind, value, want in NAME_CASES:
                self.assertEqual(e.normalize(kind, value), want)

    def test_errmsg(self):
        with aka.Engine() as e:
            self.assertEqual(e.errmsg, "")
            with self.assertRaises(aka.ParseError) as cm:
                e.normalize(aka.NAME, "")
            self.assertEqual(cm.exception.message, "name: empty value")
            self.assertEqual(e.errmsg, "name: empty value")
            with self.assertRaises(aka.ArgumentError) as cm:
                e.normalize(99, "x")
            self.assertIn("unknown feature kind", cm.exception.message)
            with self.assertRaises(aka.LimitError) as cm:
                e.normalize(aka.NAME, "b" * (aka.MAX_VALUE_BYTES + 1))
            self.assertIn("limit", cm.exception.message)

    def test_messages_never_quote_the_value(self):
        with aka.Engine() as e:
            for kind, value in ((aka.NAME, b"Secretname \xff"),
                                (aka.NAME, b"Secretname\x00x"),
                                (aka.NAME, "..."),
                                (aka.ADDRESS, "\u2603Secretname" * 7000)):
                with self.assertRaises(aka.AkaError) as cm:
                    e.normalize(kind, value)
                self.assertNotIn("Secretname", cm.exception.message)
                self.assertNotEqual(cm.exception.message, "")

    def test_options_closed_before_engine(self):
        o = aka.Options()
        e = aka.Engine(o)
        o.close()
        del o
        gc.collect()
        self.assertEqual(e.normalize(aka.NAME, "习近平"), "xi jinping")
        e.close()

    def test_engine_from_dict(self):
        with aka.Engine({"default_country": ""}) as e:
            self.assertEqual(e.normalize("name", "김정은"), "gim jeongeun")
        with self.assertRaises(aka.OptionError):
            aka.Engine({"bogus": "1"})

    def test_close_twice_and_finalisers_any_order(self):
        e = aka.Engine()
        e.close()
        e.close()
        self.assertTrue(e.closed)
        with self.assertRaisesRegex(ValueError, "closed"):
            e.normalize(aka.NAME, "x")
        with self.assertRaisesRegex(ValueError, "closed"):
            e.errmsg
        for engine_first in (True, False):
            o = aka.Options()
            e = aka.Engine(o)
            if engine_first:
                del e, o
            else:
                del o, e
            gc.collect()


class TestThreads(unittest.TestCase):
    N_THREADS = 6
    ROUNDS = 30

    def run_threads(self, target):
        errors = []

        def wrap(i):
            try:
                target(i)
            except BaseException as exc:  # reported on the main thread
                errors.append(exc)

        ts = [threading.Thread(target=wrap, args=(i,))
              for i in range(self.N_THREADS)]
        for t in ts:
            t.start()
        for t in ts:
            t.join(120)
        self.assertEqual(errors, [])

    def test_stateless_concurrently(self):
        want = [w for _, _, w in NAME_CASES]

        def work(i):
            for _ in range(self.ROUNDS):
                got = [aka.normalize(k, v) for k, v, _ in NAME_CASES]
                assert got == want, got

        self.run_threads(work)

    def test_shared_engine_and_per_thread_messages(self):
        # Each thread fails in its own way and must read its own message,
        # never a message set by another thread in between.
        fails = [(aka.NAME, "", aka.ParseError, "name: empty value"),
                 (99, "x", aka.ArgumentError, "unknown feature kind 99"),
                 (aka.NAME, b"\xff", aka.Utf8Error, "name")]
        with aka.Engine() as e:
            def work(i):
                kind, value, exc, msg = fails[i % len(fails)]
                for r in range(self.ROUNDS):
                    k, v, want = NAME_CASES[(i + r) % len(NAME_CASES)]
                    assert e.normalize(k, v) == want
                    try:
                        e.normalize(kind, value)
                    except exc as err:
                        assert msg in err.message, err.message
                        assert e.errmsg == err.message
                    else:
                        raise AssertionError("no error")

            self.run_threads(work)

    def test_fresh_thread_has_no_message(self):
        seen = []
        with aka.Engine() as e:
            with self.assertRaises(aka.ParseError):
                e.normalize(aka.NAME, "")
            t = threading.Thread(target=lambda: seen.append(e.errmsg))
            t.start()
            t.join(60)
        self.assertEqual(seen, [""])

    def test_close_waits_for_running_calls(self):
        e = aka.Engine()
        started = threading.Event()
        outcomes = []

        def work(i):
            started.set()
            try:
                while True:
                    assert e.normalize(aka.NAME, "习近平") == "xi jinping"
            except ValueError as exc:  # closed: the only acceptable end
                outcomes.append(str(exc))

        ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
        for t in ts:
            t.start()
        started.wait(60)
        e.close()
        for t in ts:
            t.join(60)
        self.assertEqual(len(outcomes), 3)
        self.assertTrue(all("closed" in o for o in outcomes))


class TestRecord(unittest.TestCase):
    def test_values(self):
        with aka.Record(name=["Юлия Тимошенко", "Yulia Tymoshenko"],
                        date_of_birth="27.11.1960") as r:
            r.add(aka.PHONE, "050 123 45 67").add("email", "y@example.com")
            r.clear()
            r.add("gender", "жен.")

    def test_bad_value(self):
        with aka.Record() as r:
            with self.assertRaises(aka.ParseError) as cm:
                r.add("date_of_birth", "31/02/85")
            self.assertIn("date_of_birth", cm.exception.message)
            with self.assertRaises(aka.Utf8Error):
                r.add("name", b"\xff")
            with self.assertRaises(ValueError):
                r.add("no_such_kind", "x")

    def test_closed(self):
        r = aka.Record()
        r.close()
        r.close()
        with self.assertRaises(ValueError):
            r.add("name", "Olena")

    def test_skip_unreadable_values(self):
        # errors="skip" keeps the record without the values it cannot read
        # and lists them; the default raises on the first
        values = {"name": ["Олена Коваленко", ""], "date_of_birth": "7996",
                  "phone": "+380 67 123 4567", "email": b"o\x00k@example.com"}
        with self.assertRaises(aka.ParseError):
            aka.Record(values)
        with aka.Record(values, errors="skip") as r:
            self.assertEqual([(k, v) for k, v, _ in r.skipped],
                             [("name", ""), ("date_of_birth", "7996"),
                              ("email", b"o\x00k@example.com")])
            self.assertIsInstance(r.skipped[0][2], aka.ParseError)
            self.assertIsInstance(r.skipped[2][2], aka.Utf8Error)
        with aka.Record(name="Olena", errors="skip") as r:
            self.assertEqual(r.skipped, [])
        # not a data error: still raised
        with self.assertRaises(ValueError):
            aka.Record({"colour": "blue"}, errors="skip")
        with self.assertRaises(TypeError):
            aka.Record({"name": 7}, errors="skip")
        with self.assertRaises(ValueError):
            aka.Record(errors="ignore")


def explained(engine, a, b, kind):
    """The features of kind `kind` in the explanation of records a and b."""
    return [f for f in engine.explain(a, b)["features"] if f["kind"] == kind]


class TestResolution(unittest.TestCase):
    def test_one_person_across_sources(self):
        with aka.Engine(aka.Options(default_country="UA")) as e:
            with aka.Record(name="Юлія Тимошенко", date_of_birth="27.11.1960",
                            phone="050 123 45 67") as r:
                a = e.add("police-ua", "17-0042", r)
            with aka.Record(name="Ioulia Timochenko", date_of_birth="27/11/1960",
                            phone="+380 50 123 4567") as r:
                b = e.add("ngo-fr", "dossier-9", r)
            self.assertEqual(a, b)
            self.assertEqual(e.entity_of("ngo-fr", "dossier-9"), a)
            why = e.explain(("police-ua", "17-0042"), ("ngo-fr", "dossier-9"))
            self.assertTrue(why["same_entity"])
            self.assertEqual(why["decision"], "match")
            # the link the entity was built from: scored as the pair is now
            self.assertAlmostEqual(why["link"], why["total"], places=2)
            e.rescore()
            self.assertEqual(e.entity_of("ngo-fr", "dossier-9"), a)
            kinds = {f["kind"] for f in why["features"]}
            self.assertEqual(kinds, {"name", "date_of_birth", "phone"})
            e.decide(("police-ua", "17-0042"), ("ngo-fr", "dossier-9"), False)
            self.assertNotEqual(e.entity_of("police-ua", "17-0042"),
                                e.entity_of("ngo-fr", "dossier-9"))
            # withdrawn: the evidence alone joins them again
            e.undecide(("ngo-fr", "dossier-9"), ("police-ua", "17-0042"))
            self.assertEqual(e.entity_of("police-ua", "17-0042"),
                             e.entity_of("ngo-fr", "dossier-9"))
            why = e.explain(("police-ua", "17-0042"), ("ngo-fr", "dossier-9"))
            self.assertIsNone(why["analyst_decision"])
            with self.assertRaises(aka.NotFoundError) as cm:
                e.undecide(("ngo-fr", "dossier-9"), ("police-ua", "17-0042"))
            self.assertIn("no analyst decision", str(cm.exception))
            self.assertEqual(e.decisions(e.entity_of("ngo-fr", "dossier-9")), [])
            e.decide(("police-ua", "17-0042"), ("ngo-fr", "dossier-9"), False)
            other = e.entity_of("ngo-fr", "dossier-9")
            self.assertEqual(
                e.decisions(e.entity_of("police-ua", "17-0042")),
                [{"record": {"source": "police-ua", "record_id": "17-0042"},
                  "other_record": {"source": "ngo-fr", "record_id": "dossier-9"},
                  "other_entity": other, "same": False}])
            hits = e.search(aka.Record(name="Tymoshenko Yulia",
                                       date_of_birth="1960"), k=3)
            self.assertEqual(hits[0][0], e.entity_of("police-ua", "17-0042"))
            self.assertTrue(0 <= hits[0][1] <= 1)
            self.assertEqual(e.stats()["records"], 2)
            e.remove("ngo-fr", "dossier-9")
            self.assertEqual(e.stats()["records"], 1)
            with self.assertRaises(aka.NotFoundError):
                e.entity_of("ngo-fr", "dossier-9")

    def test_same_email_vouches_for_days_of_birth(self):
        # One address and one birth year: the days of birth may disagree
        # (one mistyped), in bulk and one by one; years far apart may not.
        for bulk in (False, True):
            with aka.Engine() as e:
                if bulk:
                    e.bulk_begin()
                for rid, dob, mail in (("1", "2010-01-02", "e.rogers3@hopkins.org"),
                                       ("2", "30.01.2010", "E.Rogers3@hopkins.org"),
                                       ("3", "1975-01-02", "e.rogers3@hopkins.org")):
                    with aka.Record(name="Erin Rogers", date_of_birth=dob,
                                    email=mail) as r:
                        e.add("s", rid, r)
                if bulk:
                    e.bulk_end()
                self.assertEqual(e.entity_of("s", "1"), e.entity_of("s", "2"))
                self.assertNotEqual(e.entity_of("s", "1"), e.entity_of("s", "3"))

    def test_document_vouches_for_its_holders_years(self):
        # H holds A's passport (an OCR slip) and B's phone: A and B, born
        # five years apart, stay two people in every order, in bulk and
        # one by one; in bulk H joins B, and A's edge to H is refused by
        # the birth years.
        recs = {"A": {"name": "Petro Hnatiuk", "date_of_birth": "1981-01-30",
                      "document": "UA:EO123456"},
                "B": {"name": "Petro Hnatyuk", "date_of_birth": "1986-08-08",
                      "phone": "+380 63 777 8899"},
                "H": {"name": "Петро Гнатюк", "document": "UA:E0123456",
                      "phone": "+380 63 777 88 99"}}
        for bulk in (False, True):
            for order in itertools.permutations("ABH"):
                with aka.Engine() as e:
                    if bulk:
                        e.bulk_begin()
                    for k in order:
                        e.add("s", k, recs[k])
                    if bulk:
                        e.bulk_end()
                    self.assertNotEqual(e.entity_of("s", "A"), e.entity_of("s", "B"))
                    if bulk:
                        self.assertEqual(e.entity_of("s", "H"), e.entity_of("s", "B"))
                        why = e.explain(("s", "A"), ("s", "H"))
                        self.assertEqual(why["conflict"]["kind"], "date_of_birth")

    def test_ukrainian_and_russian_romanisations_meet(self):
        # Ukrainian г is h, Russian г g: with no date of birth, the two
        # spellings of one name must still be compared (a possible match),
        # one by one and in bulk.
        for bulk in (False, True):
            with aka.Engine() as e:
                if bulk:
                    e.bulk_begin()
                for rid, name in (("1", "Григорій Гнатюк"), ("2", "Grigoriy Gnatyuk")):
                    with aka.Record(name=name, nationality="UA") as r:
                        e.add("s", rid, r)
                if bulk:
                    e.bulk_end()
                pm = e.possible_matches(e.entity_of("s", "1"))
                self.assertEqual([p["entity"] for p in pm], [e.entity_of("s", "2")])

    def test_ambiguous_record_joins_neither(self):
        # Two Erion Dervishis of Albania born five years apart, and a
        # record that gives only the name and Albania: it matches both as
        # well, so it joins neither, in bulk and one by one; the entity and
        # the explanation say why; an analyst's "not the same" with one, or
        # one of them gone, and it joins the other.
        fillers = [("f%d" % i, {"name": "%s Filler%s" % (g, chr(97 + i % 26) + chr(97 + i // 26)),
                               "date_of_birth": "19%02d-0%d-1%d" % (40 + i % 60, 1 + i % 9, i % 10)})
                   for i, g in ((i, ("Olena", "Taras", "Iryna", "Bohdan")[i % 4])
                                for i in range(200))]
        for bulk in (False, True):
            with aka.Engine(aka.Options(default_country="AL")) as e:
                if bulk:
                    e.bulk_begin()
                for rid, rec in fillers:
                    e.add("registry", rid, rec)
                # (X last: one by one, a pair is weighed when its second
                # record comes, by how many records then hold the name)
                e.add("s", "A", {"name": "Erion Dervishi", "date_of_birth": "1994-02-08",
                                 "nationality": "AL"})
                e.add("s", "B", {"name": "Erion Dervishi", "date_of_birth": "1989-09-21",
                                 "nationality": "AL"})
                e.add("s", "X", {"name": "ERION DERVISHI", "nationality": "Albania"})
                if bulk:
                    e.bulk_end()
                x = e.entity_of("s", "X")
                self.assertNotIn(x, (e.entity_of("s", "A"), e.entity_of("s", "B")))
                why = e.explain(("s", "X"), ("s", "A"))
                self.assertEqual(why["decision"], "match")
                self.assertTrue(why["ambiguous"])
                self.assertFalse(e.explain(("s", "A"), ("s", "B"))["ambiguous"])
                causes = {m["entity"]: m["cause"] for m in e.possible_matches(x)}
                self.assertEqual(causes, {e.entity_of("s", "A"): "ambiguous",
                                          e.entity_of("s", "B"): "ambiguous"})
                # an analyst rules one out: the choice is made
                e.decide(("s", "X"), ("s", "B"), False)
                self.assertEqual(e.entity_of("s", "X"), e.entity_of("s", "A"))
                e.undecide(("s", "X"), ("s", "B"))
                self.assertNotEqual(e.entity_of("s", "X"), e.entity_of("s", "A"))
                e.remove("s", "B")
                self.assertEqual(e.entity_of("s", "X"), e.entity_of("s", "A"))

    def test_birth_name_given_apart(self):
        # "née Valiyeva" beside her married name: her record under the
        # birth name joins, and the derived name explains why.
        with aka.Engine() as e:
            e.add("s", "1", {"name": ["FOTIMA MIRZAYEVA", "née Valiyeva"],
                             "date_of_birth": "1991-04-02"})
            e.add("t", "1", {"name": "Fotima Valiyeva", "date_of_birth": "1991-04-02"})
            self.assertEqual(e.entity_of("s", "1"), e.entity_of("t", "1"))
            names = explained(e, ("s", "1"), ("t", "1"), "name")
            self.assertEqual(names[0]["a"], "fotima mirzayeva valiyeva")

    def test_married_name_of_a_stated_given_name(self):
        # Jonida is in no table of given names; the source's given-name
        # column says it is one: her married name and one birth date with
        # the nationality make one woman. Twin sisters whose family name
        # one source wrote in the given-name column stay two.
        with aka.Engine() as e:
            e.add("s", "1", {"given_name": "JONIDA", "family_name": "BRAHIMI",
                             "date_of_birth": "04/19/1988", "nationality": "AL"})
            e.add("s", "2", {"name": "Jonida Dervishi", "date_of_birth": "19/4/1988",
                             "nationality": "ALBANIA"})
            self.assertEqual(e.entity_of("s", "1"), e.entity_of("s", "2"))
            self.assertEqual(explained(e, ("s", "1"), ("s", "2"), "name")[0]["weight"], 0)
            e.add("t", "1", {"given_name": "Songul", "family_name": "AVCI",
                             "date_of_birth": "09.07.1992", "nationality": "TR"})
            e.add("t", "2", {"given_name": "AVCI", "family_name": "Irem",
                             "date_of_birth": "9.7.1992", "nationality": "TR"})
            self.assertNotEqual(e.entity_of("t", "1"), e.entity_of("t", "2"))
            # a given name and her father's kept, one phone: one woman
            e.add("u", "1", {"name": "Алтынай Нурбековна Мусаева", "nationality": "KG",
                             "phone": "0550 048 902"})
            e.add("u", "2", {"name": "Мамбетова Алтынай Нурбековна", "nationality": "KG",
                             "phone": "+996 550 048 902"})
            self.assertEqual(e.entity_of("u", "1"), e.entity_of("u", "2"))
            # Şahin is a man's given name too; the family-name column says
            # what it is here
            e.add("v", "1", {"given_name": "ZEYNEP", "family_name": "SAHIN",
                             "date_of_birth": "1976-04-06", "nationality": "Turkish"})
            e.add("v", "2", {"given_name": "ZEYNEP", "family_name": "OEZKAN",
                             "date_of_birth": "06.04.1976", "nationality": "TR"})
            self.assertEqual(explained(e, ("v", "1"), ("v", "2"), "name")[0]["weight"], 0)
            self.assertEqual(e.entity_of("v", "1"), e.entity_of("v", "2"))

    def test_passport_typed_by_hand(self):
        # One digit typed twice: the ocr level, and the pair joins on it
        # with the name; a number one digit off is another passport.
        with aka.Engine() as e:
            e.add("s", "1", {"name": "Тетяна Сидоренко", "document": "UA:XB47892"})
            e.add("t", "1", {"name": "SIDORENKO Tetiana", "document": "XB477892"})
            e.add("t", "2", {"name": "SIDORENKO Tetiana", "document": "XB47893"})
            docs = explained(e, ("s", "1"), ("t", "1"), "document")
            self.assertEqual(docs[0]["level"], "ocr")
            self.assertEqual(e.entity_of("s", "1"), e.entity_of("t", "1"))
            docs = explained(e, ("s", "1"), ("t", "2"), "document")
            self.assertEqual(docs[0]["level"], "different")

    def test_brothers_sharing_a_phone(self):
        # Two given names of one family, one birth date, one phone: two
        # people, and the name's weight says why.
        with aka.Engine() as e:
            e.add("s", "1", {"name": "Hamza Ferhat", "date_of_birth": "1982-04-14",
                             "phone": "+213539320524"})
            e.add("s", "2", {"name": "Yusuf Ferhat", "date_of_birth": "1982-04-14",
                             "phone": "+213539320524"})
            self.assertNotEqual(e.entity_of("s", "1"), e.entity_of("s", "2"))
            names = explained(e, ("s", "1"), ("s", "2"), "name")
            self.assertEqual(names[0]["level"], "different")
            self.assertLess(names[0]["weight"], -10)

    def test_hard_c_meets_k(self):
        # every token spelled apart but for a c the Cyrillic writes k
        # (Nicolae / Ніколае, Ciobanu / Кіобану) and a day mistyped: the
        # two are still compared, a possible match for an analyst
        with aka.Engine() as e:
            e.add("s", "1", {"name": "NICOLAE CIOBANU", "date_of_birth": "28/10/1976"})
            e.add("s", "2", {"name": "Ніколае Кіобану", "date_of_birth": "18.10.1976"})
            listed = [p["entity"] for p in e.possible_matches(e.entity_of("s", "1"))]
            self.assertEqual(listed, [e.entity_of("s", "2")])

    def test_new_year_is_a_year(self):
        # 1 January, the day written for one not known, against another
        # full date of its year: the year agrees (partial), evidence for
        with aka.Engine() as e:
            e.add("s", "1", {"name": "Juliana Fernandes", "date_of_birth": "1988-12-08"})
            e.add("s", "2", {"name": "FERNANDES Juliana", "date_of_birth": "01/01/1988"})
            why = e.explain(("s", "1"), ("s", "2"))
            dob = [f for f in why["features"] if f["kind"] == "date_of_birth"][0]
            self.assertEqual(dob["level"], "partial_compatible")
            self.assertGreater(dob["weight"], 0)

    def test_year_digit_typo(self):
        # one digit of the year mistyped, day and month alike: one person
        with aka.Engine() as e:
            e.add("s", "1", {"name": "MOROZ, Jurij", "date_of_birth": "04.10.1990",
                             "phone": "+380 99 616 92 77"})
            e.add("s", "2", {"given_name": "Yurii", "family_name": "Moroz",
                             "date_of_birth": "1996-10-04", "phone": "380996169277"})
            self.assertEqual(e.entity_of("s", "1"), e.entity_of("s", "2"))
            dob = [f for f in e.explain(("s", "1"), ("s", "2"))["features"]
                   if f["kind"] == "date_of_birth"][0]
            self.assertGreater(dob["weight"], 0)

    def test_year_digit_beside_a_common_name(self):
        # beside a name that many records hold, a year one digit apart on
        # one day of the year says nothing: two namesakes stay apart
        with aka.Engine() as e:
            for i in range(10):
                e.add("s", "o%d" % i, {"name": "Fatma Yilmaz",
                                       "date_of_birth": "19%d-0%d-1%d" % (60 + i, 1 + i % 9, i)})
            e.add("s", "1", {"name": "Fatma Yılmaz", "date_of_birth": "1944-10-12",
                             "nationality": "TUR"})
            e.add("s", "2", {"name": "YILMAZ, Fatma", "date_of_birth": "12.10.1949",
                             "nationality": "Turquie"})
            why = e.explain(("s", "1"), ("s", "2"))
            dob = [f for f in why["features"] if f["kind"] == "date_of_birth"][0]
            self.assertEqual(dob["level"], "year_pm1")
            self.assertEqual(dob["weight"], 0)
            self.assertNotEqual(e.entity_of("s", "1"), e.entity_of("s", "2"))

    def test_dates_a_day_apart(self):
        # A Solar Hijri date converted by a table a day off: the level
        # day_apart, and with another spelling of the name one person.
        with aka.Engine() as e:
            e.add("police-ir", "1", {"name": "Rezaei, Fatemeh", "date_of_birth": "1995-03-21"})
            e.add("unhcr-tr", "2", {"name": "Fatima Rezaee", "date_of_birth": "22/03/1995",
                                    "gender": "F"})
            why = e.explain(("police-ir", "1"), ("unhcr-tr", "2"))
            dob = [f for f in why["features"] if f["kind"] == "date_of_birth"][0]
            self.assertEqual(dob["level"], "day_apart")
            self.assertGreater(dob["weight"], 4)
            self.assertEqual(why["decision"], "match")
            self.assertEqual(e.entity_of("police-ir", "1"), e.entity_of("unhcr-tr", "2"))
            levels = [k for k in e.model()["kinds"] if k["kind"] == "date_of_birth"][0]["levels"]
            self.assertIn("day_apart", [lv["level"] for lv in levels])

    def test_two_fathers_are_two_people(self):
        # Taras Ivanovich and Taras Ihorovych: a record that names no
        # father links to both, and does not make them one.
        with aka.Engine(aka.Options(default_country="UA")) as e:
            e.add("s", "A", {"name": "Захарченко Тарас Іванович", "gender": "M"})
            e.add("s", "C", {"name": "Захарченко Тарас Ігорович",
                             "date_of_birth": "1990-03-10", "phone": "+380939517948"})
            e.add("s", "B", {"name": "Taras Zakharchenko",
                             "date_of_birth": "1990-03-10", "phone": "+380939517948"})
            self.assertNotEqual(e.entity_of("s", "A"), e.entity_of("s", "C"))
            self.assertIn(e.entity_of("s", "B"),
                          (e.entity_of("s", "A"), e.entity_of("s", "C")))
            conflict = e.explain(("s", "A"), ("s", "C"))["conflict"]
            self.assertEqual(conflict["kind"], "name")
            self.assertIn("fathers", conflict["detail"])

    def test_name_written_together_and_scanned_digits(self):
        # A name with its space lost, or with digits a scanner read for
        # letters, meets the name as written, in bulk and one by one.
        def people(e):
            # other people, so that these names are rare in the engine
            for i in range(300):
                with aka.Record(name="Olena Filler%c%c" % (97 + i % 26, 97 + i // 26),
                                date_of_birth="19%02d-0%d-1%d" % (40 + i % 60, 1 + i % 9,
                                                                   i % 10)) as r:
                    e.add("registry", str(i), r)
            with aka.Record(name="Phyu Nwe", date_of_birth="1998-12-11",
                            nationality="Myanmar") as r:
                e.add("police", "1", r)
            with aka.Record(name="PHYUNWE", nationality="MMR") as r:
                e.add("ngo", "2", r)
            with aka.Record(name="NAD1YA 5AVCHUK", date_of_birth="04/1967") as r:
                e.add("border", "3", r)
            with aka.Record(name="Nadiya Savchuk", date_of_birth="08.04.1967",
                            nationality="UKR") as r:
                e.add("police", "4", r)
        self.assertEqual(aka.normalize("name", "NAD1YA 5AVCHUK"), "nadiya savchuk")
        for bulk in (False, True):
            with aka.Engine() as e:
                if bulk:
                    e.bulk_begin()
                people(e)
                if bulk:
                    e.bulk_end()
                self.assertEqual(e.entity_of("police", "1"), e.entity_of("ngo", "2"))
                self.assertEqual(e.entity_of("border", "3"), e.entity_of("police", "4"))
                self.assertNotEqual(e.entity_of("police", "1"),
                                    e.entity_of("police", "4"))

    def test_cantonese_reading(self):
        # A Hong Kong person's name in Han meets the Cantonese spelling of
        # the passport; the derived reading shows in the explanation.
        for bulk in (False, True):
            with aka.Engine() as e:
                if bulk:
                    e.bulk_begin()
                e.add("police-hk", "1", {"name": "楊欣小", "date_of_birth": "10/02/1961",
                                          "nationality": "Hong Kong SAR"})
                e.add("border", "2", {"given_name": "Yan Siu", "family_name": "YEUNG",
                                      "date_of_birth": "10 Feb 1961",
                                      "nationality": "HKG"})
                if bulk:
                    e.bulk_end()
                self.assertEqual(e.entity_of("police-hk", "1"), e.entity_of("border", "2"))
                why = e.explain(("police-hk", "1"), ("border", "2"))
                names = [f for f in why["features"] if f["kind"] == "name"]
                self.assertEqual(names[0]["a"], "yeung yan siu")

    def test_korean_reading(self):
        # A Korean's name in Han characters, in a record that points to
        # Korea, meets her name in Hangul and in Latin letters; the name
        # matcher reads Han against Hangul so too.
        for bulk in (False, True):
            with aka.Engine() as e:
                if bulk:
                    e.bulk_begin()
                e.add("police-cn", "1", {"name": "金英姬", "date_of_birth": "1995-03-02",
                                         "nationality": "朝鲜"})
                e.add("ngo-kr", "2", {"name": "김영희", "date_of_birth": "02.03.1995"})
                e.add("ngo-kr", "3", {"name": "Kim Yong-hui", "date_of_birth": "1995-03-02",
                                      "nationality": "PRK"})
                if bulk:
                    e.bulk_end()
                self.assertEqual(e.entity_of("police-cn", "1"), e.entity_of("ngo-kr", "2"))
                self.assertEqual(e.entity_of("police-cn", "1"), e.entity_of("ngo-kr", "3"))
        self.assertTrue(aka.name_compare("金正恩", "김정은")[1])
        self.assertFalse(aka.name_compare("金正恩", "김정남")[1])

    def test_spelling_habits(self):
        # Native scripts read as passports spell them, and Latin names in
        # other orthographies, meet their usual spellings.
        for native, latin in [("ලියන ආරච්චිගේ", "liyana arachchige"),
                              ("அழகு சுந்தரம்", "azhagu sundaram"),
                              ("ഉണ്ണികൃഷ്ണൻ നായർ", "unnikrishnan nayar"),
                              ("തോമസ് കുര്യൻ", "thomas kuryan"),
                              ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "guraprit singh"),
                              ("Đặng Đức Sơn", "dang duc son"),
                              ("Đorđe Đoković", "djordje djokovic"),
                              ("Раҳмон Ҷумъаев", "rahmon jumayev"),
                              ("ሰላም ተኽለ", "selam tekle")]:
            self.assertEqual(aka.normalize("name", native), latin)
        for a, b in [("Maxamed Cabdullaahi", "Mohamed Abdullahi"),
                     ("Achmed Kadyrow", "Akhmed Kadyrov"),
                     ("Rachid Choukri", "Rashid Shukri"),
                     ("മുഹമ്മദ് ബഷീർ", "Muhammad Basheer"),
                     ("शुभम कृष्ण", "Shubham Krishna"),
                     ("شازیہ بلال بٹ", "Butt Shazia Bilal"),
                     ("Heejin Kim", "Huijin Kim"),
                     ("Park Jihoon", "Pak Chi-hun"),
                     ("Гамид Гаджиев", "Hamid Hajiyev"),
                     ("Ma. Teresa Dela Cruz", "Maria Teresa de la Cruz"),
                     ("Md. Rahman", "Mohammad Rahman")]:
            score, same = aka.name_compare(a, b)
            self.assertTrue(same, (a, b, score))
        for a, b in [("Chen Wei", "Shen Wei"), ("Chan Wai", "Khan Wai"),
                     ("Ichikawa", "Ishikawa"), ("Lee Sujin", "Lee Sojin")]:
            self.assertFalse(aka.name_compare(a, b)[1], (a, b))
        for bulk in (False, True):
            with aka.Engine() as e:
                if bulk:
                    e.bulk_begin()
                e.add("slbfe", "1", {"name": "වීරසිංහ කුමාර", "date_of_birth": "1984-03-02"})
                e.add("police", "2", {"name": "Kumara Weerasinghe",
                                      "date_of_birth": "02/03/1984"})
                e.add("ngo", "3", {"name": "Cabdiraxmaan Xasan",
                                   "date_of_birth": "1990-07-15"})
                e.add("border", "4", {"name": "Abdirahman Hassan",
                                      "date_of_birth": "15.07.1990"})
                if bulk:
                    e.bulk_end()
                self.assertEqual(e.entity_of("slbfe", "1"), e.entity_of("police", "2"))
                self.assertEqual(e.entity_of("ngo", "3"), e.entity_of("border", "4"))
                self.assertNotEqual(e.entity_of("slbfe", "1"), e.entity_of("ngo", "3"))

    def test_field_habits(self):
        # Values as registers and exports write them: parts not known,
        # approximate and Lunar Hijri dates, placeholder names.
        for raw, canon in [("00.03.1985", "1985-03"), ("XX/XX/1985", "1985"),
                           ("UNK MAR 1985", "1985-03"), ("1985-00-00", "1985"),
                           ("circa 1985", "1985"), ("около 1985 г.", "1985"),
                           ("١٤١٠/٠٥/١٢ هـ", "1989-12-11"),
                           ("1410/05/12 AH", "1989-12-11"),
                           ("12/05/1985 E.C.", "1993-01-20")]:
            self.assertEqual(aka.normalize("date_of_birth", raw), canon, raw)
        self.assertEqual(aka.normalize("name", "FNU Rahman"), "rahman")
        self.assertEqual(aka.normalize("name", "Anna Kovalenko née Petrova"),
                         "anna kovalenko petrova")
        for raw, canon in [("Passport No. FE123456 (UKR)", "UA:FE123456")]:
            self.assertEqual(aka.normalize("document", raw), canon)
        self.assertEqual(aka.normalize("phone", "WhatsApp: +234 803 123 4567"),
                         "+2348031234567")
        self.assertEqual(aka.normalize("email", "anna (at) mail (dot) ru"), "anna@mail.ru")
        self.assertEqual(aka.normalize("nationality", "South Sudanese"), "SS")
        with aka.Engine() as e:
            for raw in ("UNKNOWN", "N/A", "FNU LNU", "不明"):
                with self.assertRaises(aka.ParseError) as cm:
                    e.normalize("name", raw)
                self.assertIn("placeholder", cm.exception.message)
        for raw in ("00/00/00", "XX/XX/XXXX", "circa"):
            with self.assertRaises(aka.ParseError):
                aka.normalize("date_of_birth", raw)
        with aka.Engine() as e:
            # an iqama's Hijri date and a passport's Gregorian one
            e.add("iqama", "1", {"name": "فاطمة أحمد علي", "date_of_birth": "١٤١٠/٠٥/١٢ هـ"})
            e.add("passport", "2", {"name": "Fatima Ahmed Ali",
                                    "date_of_birth": "11 DEC 1989"})
            # a namesake born a Hijri year later stays apart
            e.add("iqama", "3", {"name": "فاطمة أحمد علي", "date_of_birth": "1411/05/12 AH"})
            self.assertEqual(e.entity_of("iqama", "1"), e.entity_of("passport", "2"))
            self.assertNotEqual(e.entity_of("iqama", "1"), e.entity_of("iqama", "3"))

    def test_bulk(self):
        with aka.Engine(aka.Options(threads="2")) as e:
            e.bulk_begin()
            for i, (name, dob) in enumerate([("Olena Kovalenko", "1990-04-02"),
                                             ("Олена Коваленко", "02.04.1990"),
                                             ("Petro Bondar", "1985-01-01")]):
                with aka.Record(name=name, date_of_birth=dob) as r:
                    e.add("s", str(i), r)
            e.bulk_end()
            self.assertEqual(e.entity_of("s", "0"), e.entity_of("s", "1"))
            self.assertNotEqual(e.entity_of("s", "0"), e.entity_of("s", "2"))
            with self.assertRaises(aka.ArgumentError):
                e.bulk_end()

    def test_add_many(self):
        people = [("Olena Kovalenko", "1990-04-02"), ("Олена Коваленко", "02.04.1990"),
                  ("Petro Bondar", "1985-01-01"), ("Петро Бондар", "1985"),
                  ("Iryna Tkachenko", "1971-12-30")] * 3
        items = [("s%d" % (i % 3), str(i), {"name": n, "date_of_birth": d})
                 for i, (n, d) in enumerate(people)]
        with aka.Engine({"threads": "3"}) as one, aka.Engine({"threads": "3"}) as many:
            for s, i, rec in items:
                one.add(s, i, rec)
            with aka.Record(name="Taras Oliynyk") as shared:
                # A Record given twice is fine; a bad key is refused alone.
                got = many.add_many(items + [("x", "a", shared), ("x", "b", shared),
                                             ("x", "", {"name": "Ivan Petrov"})])
            self.assertEqual(len(got), len(items) + 3)
            for (s, i, _), ent in zip(items, got):
                self.assertEqual(ent, many.entity_of(s, i))
                self.assertEqual(one.entity_of(s, i), many.entity_of(s, i))
            self.assertIsInstance(got[-1], aka.ArgumentError)
            self.assertIn("record %d: " % (len(items) + 2), str(got[-1]))
            self.assertEqual(many.entity_of("x", "a"), got[-3])
            self.assertEqual(many.add_many([]), [])
            with self.assertRaises(TypeError):
                many.add_many([("s", "1")])
            with self.assertRaises(TypeError):
                many.add_many([("s", "1", 42)])

    def test_entity_records_and_possible_matches(self):
        with aka.Engine(aka.Options(default_country="UA")) as e:
            for key, name, doc in ((("police", "A"), "Andriy Melnyk", "UA:AB111111"),
                                   (("ngo", "A2"), "Андрій Мельник", "UA:AB111111"),
                                   (("border", "C"), "Andriy Melnyk", "UA:AB222222")):
                with aka.Record(name=name, date_of_birth="1985-03-07",
                                document=doc) as r:
                    e.add(key[0], key[1], r)
            a = e.entity_of("police", "A")
            c = e.entity_of("border", "C")
            self.assertEqual(e.records(a), [("police", "A"), ("ngo", "A2")])
            pm = e.possible_matches(a)
            self.assertEqual([(p["entity"], p["cause"]) for p in pm],
                             [(c, "conflict")])
            self.assertEqual(pm[0]["other_record"],
                             {"source": "border", "record_id": "C"})
            self.assertTrue(0 < pm[0]["probability"] <= 1)
            self.assertEqual(e.entity(c)["entity"], c)
            with self.assertRaises(aka.NotFoundError):
                e.entity(10 ** 9)

    def test_changes_keep_a_host_in_step(self):
        # A host that reads again only the entities changes() lists keeps
        # every record's entity right: a merge, a split by a decision, a
        # removal.
        with aka.Engine(aka.Options(default_country="UA")) as e:
            ids, cursor = e.changes()
            self.assertEqual(ids, [])
            host = {}

            def follow():
                nonlocal cursor
                ids, cursor = e.changes(cursor)
                for rec in [r for r, ent in host.items() if ent in ids]:
                    del host[rec]
                for ent in ids:
                    try:
                        for rec in e.records(ent):
                            host[rec] = ent
                    except aka.NotFoundError:
                        pass  # merged into another, or emptied
                return ids

            a = e.add("police", "1", {"name": "Andriy Melnyk",
                                      "date_of_birth": "1985-03-07",
                                      "document": "UA:AB111111"})
            self.assertEqual(follow(), [a])
            b = e.add("ngo", "7", {"name": "Андрій Мельник",
                                   "date_of_birth": "1985-03-07",
                                   "document": "UA:AB111111"})
            self.assertEqual(a, b)
            self.assertIn(a, follow())
            # every id below next_entity has been given: b's own first one
            self.assertEqual(e.stats()["next_entity"], 3)
            self.assertEqual(host, {("police", "1"): a, ("ngo", "7"): a})
            self.assertEqual(follow(), [])
            e.decide(("police", "1"), ("ngo", "7"), False)
            self.assertEqual(len(follow()), 2)
            for rec in host:
                self.assertEqual(host[rec], e.entity_of(*rec))
            self.assertNotEqual(host[("police", "1")], host[("ngo", "7")])
            gone = host.pop(("ngo", "7"))
            e.remove("ngo", "7")
            self.assertEqual(follow(), [gone])
            with self.assertRaises(aka.NotFoundError):
                e.entity(gone)
            self.assertEqual(host, {("police", "1"): a})
            # A cursor the log no longer answers, or another engine's: the
            # error carries the cursor to go on from after reading all.
            with aka.Engine({"change_log": "1"}) as small:
                small.add("s", "1", {"name": "Olena Kovalenko"})
                small.add("s", "2", {"name": "Petro Bondarenko"})
                with self.assertRaises(aka.LimitError) as cm:
                    small.changes(0)
                self.assertIn("no longer kept", str(cm.exception))
                self.assertEqual(small.changes(cm.exception.cursor), ([], cm.exception.cursor))
                with self.assertRaises(aka.LimitError):
                    e.changes(cm.exception.cursor)
            with self.assertRaises(aka.ArgumentError):
                e.changes(cursor + 1)
            with self.assertRaises(ValueError):
                e.changes(-1)
            with self.assertRaises(TypeError):
                e.changes(True)

    def test_entities_a_page_at_a_time(self):
        # Every entity once, ascending, whatever the page: what a host
        # reads after changes() raised LimitError.
        with aka.Engine(aka.Options(default_country="UA")) as e:
            self.assertEqual(list(e.entities()), [])
            people = ["Olena Kovalenko", "Petro Bondarenko", "Andriy Melnyk",
                      "Iryna Shevchenko", "Taras Boyko"]
            for k in range(40):
                e.add("s%d" % (k % 2), str(k),
                      {"name": people[k % 5],
                       "date_of_birth": "19%02d-01-0%d" % (60 + k % 5, 1 + k % 3)})
            e.remove("s1", "3")
            want = sorted({e.entity_of("s%d" % (k % 2), str(k))
                           for k in range(40) if k != 3})
            self.assertGreater(len(want), 5)
            for page in (1, 2, 7, 4096):
                self.assertEqual(list(e.entities(page)), want)
            with self.assertRaises(ValueError):
                list(e.entities(0))
            with self.assertRaises(ValueError):
                list(e.entities(True))

    def test_weak_evidence_is_no_possible_match(self):
        # One shared phone (the least evidence) and genders that differ:
        # a possible match by score, but not kept; two shared phones are.
        with aka.Engine(aka.Options(default_country="UA")) as e:
            e.add("s", "1", {"phone": "+380501234567", "gender": "M"})
            e.add("s", "2", {"phone": "050 123 45 67", "gender": "F"})
            e.add("s", "3", {"phone": ["+380501234568", "+380671234567"], "gender": "M"})
            e.add("s", "4", {"phone": ["+380501234568", "067 123 45 67"], "gender": "F"})
            self.assertEqual(e.explain(("s", "1"), ("s", "2"))["decision"],
                             "possible_match")
            self.assertEqual(e.possible_matches(e.entity_of("s", "1")), [])
            self.assertEqual([p["entity"] for p in e.possible_matches(e.entity_of("s", "3"))],
                             [e.entity_of("s", "4")])

    def test_model_and_estimate(self):
        with aka.Engine() as e:
            m = e.model()
            self.assertIsNone(m["estimate"])
            kinds = {k["kind"]: k["levels"] for k in m["kinds"]}
            self.assertEqual(kinds["name"][0]["level"], "exact")
            self.assertAlmostEqual(m["prior"], -8.229, places=3)
            # Too small to estimate from: refused, with its reason.
            with aka.Record(name="Olena Kovalenko", date_of_birth="1990") as r:
                e.add("s", "1", r)
            est = e.estimate()
            self.assertFalse(est["applied"])
            self.assertIn("too few", est["reason"])
            self.assertEqual(e.model()["kinds"], m["kinds"])
            e.bulk_begin()
            with self.assertRaises(aka.ArgumentError):
                e.estimate()

    def test_errors(self):
        with aka.Engine() as e, aka.Record(name="Olena") as r:
            with self.assertRaises(aka.ArgumentError):
                e.add("", "1", r)
            with self.assertRaises(aka.Utf8Error):
                e.add(b"\xff", "1", r)
            with self.assertRaises(aka.NotFoundError):
                e.remove("s", "missing")
            with self.assertRaises(aka.NotFoundError):
                e.explain(("s", "1"), ("s", "2"))


class TestNameCompare(unittest.TestCase):
    def test_same_name_across_scripts(self):
        for a, b in (("Юлия Тимошенко", "TYMOSHENKO Yuliia"),
                     ("محمد عبد الرحمن", "Mohamed Abdelrahman"),
                     ("习近平", "Xi Jinping"),
                     ("Zhou Enlai", "Chou En-lai"),
                     # another reading of the kanji (凪 Nagi / Nagisa)
                     ("凪 井上", "Nagisa Inoue")):
            with self.subTest(a=a, b=b):
                score, same = aka.name_compare(a, b)
                self.assertTrue(same)
                self.assertGreaterEqual(score, 0.8)
                self.assertLessEqual(score, 1.0)

    def test_hard_negatives(self):
        for a, b in (("Ivan Ivanov", "Ivan Ivanova"),
                     ("Hassan Ali", "Hussein Ali"),
                     ("Marie Dupont", "Marie Dumont"),
                     ("许", "徐"),
                     # other names when neither is written in kanji
                     ("Nagi Inoue", "Nagisa Inoue")):
            with self.subTest(a=a, b=b):
                score, same = aka.name_compare(a, b)
                self.assertFalse(same)
                self.assertLess(score, 0.8)

    def test_iberian_name_of_four_written_as_three(self):
        # a middle name dropped on one side, the mother's family name on
        # the other: as near as fuzzy weak, not one name; two middle names
        # that differ stay different (sisters)
        for a, b in (("Ana Sandra Ribeiro", "ANA MARTINS RIBEIRO"),
                     ("Ana Maria Garcia", "Ana Garcia Costa")):
            with self.subTest(a=a, b=b):
                score, same = aka.name_compare(a, b)
                self.assertFalse(same)
                self.assertGreaterEqual(score, 0.70)
        score, same = aka.name_compare("Ana Sandra Ribeiro", "Ana Paula Ribeiro")
        self.assertLess(score, 0.70)

    def test_sheikh_before_one_name_is_a_family_name(self):
        self.assertEqual(aka.normalize("name", "SHEIKH Asif"), "sheikh asif")
        self.assertEqual(aka.normalize("name", "Sheikh Mohammed bin Rashid"),
                         "mohammed bin rashid")
        score, same = aka.name_compare("Sheikh Khatun", "Mst. Khatun Sheikh")
        self.assertTrue(same)

    def test_symmetric(self):
        s1, m1 = aka.name_compare("J. Smith", "John Smith")
        s2, m2 = aka.name_compare("John Smith", "J. Smith")
        self.assertAlmostEqual(s1, s2, places=5)
        self.assertEqual(m1, m2)

    def test_errors(self):
        with self.assertRaises(aka.Utf8Error):
            aka.name_compare(b"\xff", "a")
        with self.assertRaises(aka.ParseError):
            aka.name_compare("", "a")
        with self.assertRaises(aka.LimitError):
            aka.name_compare("a" * (aka.MAX_VALUE_BYTES + 1), "a")
        with self.assertRaises(TypeError):
            aka.name_compare(None, "a")


class TestLibrarySearch(unittest.TestCase):
    """AKA_LIBRARY, then the system, then the build tree next to aka.py."""

    def run_import(self, module_dir, extra_env):
        env = {k: v for k, v in os.environ.items()
               if k not in ("AKA_LIBRARY", "LD_LIBRARY_PATH")}
        env.update(extra_env, PYTHONPATH=module_dir)
        r = subprocess.run([sys.executable, "-c",
                            "import aka; print(aka.library_path)"],
                           env=env, capture_output=True, text=True,
                           timeout=60)
        return r

    def test_candidate_order(self):
        with mock.patch.dict(os.environ, {}, clear=False):
            os.environ.pop("AKA_LIBRARY", None)
            whats = [w for w, _ in aka._candidates()]
        self.assertEqual(whats[0], "the dynamic loader")
        self.assertEqual(whats[-1], "repository build tree")
        with mock.patch.dict(os.environ, {"AKA_LIBRARY": "/x/libaka.so.0"}):
            self.assertEqual(aka._candidates(),
                             [("AKA_LIBRARY", "/x/libaka.so.0")])

    def test_system_loader_comes_before_the_build_tree(self):
        built = os.path.realpath(aka.library_path)
        r = self.run_import(os.path.dirname(aka.__file__),
                            {"LD_LIBRARY_PATH": os.path.dirname(built)})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "libaka.so.%d" % aka.VERSION_MAJOR)

    def test_build_tree_next_to_the_module(self):
        import shutil
        import tempfile
        built = os.path.realpath(aka.library_path)
        probe = self.run_import(os.path.dirname(aka.__file__), {})
        if probe.returncode == 0 and "build" not in probe.stdout:
            self.skipTest("a system libaka is installed and comes first")
        with tempfile.TemporaryDirectory() as tmp:
            mod = os.path.join(tmp, "examples", "python")
            lib_dir = os.path.join(tmp, "build", "lib")
            os.makedirs(mod)
            os.makedirs(lib_dir)
            shutil.copy(aka.__file__, mod)
            want = os.path.join(lib_dir, "libaka.so.%d" % aka.VERSION_MAJOR)
            os.symlink(built, want)
            r = self.run_import(mod, {})
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout.strip(), want)
            os.unlink(want)
            r = self.run_import(mod, {})
            self.assertNotEqual(r.returncode, 0)
            for place in ("the dynamic loader", "repository build tree"):
                self.assertIn(place, r.stderr)


class TestBadInput(unittest.TestCase):
    """Wrong types, invalid UTF-8 and closed handles fail cleanly, with the
    exception a Python programmer expects, and never reach C wrongly."""

    def setUp(self):
        self.e = aka.Engine()
        self.r = aka.Record(name="Olena Kovalenko", date_of_birth="1990-04-02")
        self.ent = self.e.add("s", "1", self.r)

    def tearDown(self):
        self.r.close()
        self.e.close()

    def test_wrong_types(self):
        e, r = self.e, self.r
        cases = [
            lambda: e.add("s", "2", "Olena Kovalenko"),   # not a record
            lambda: e.add("s", "2", None),
            lambda: e.add(None, "2", r),
            lambda: e.add("s", 2, r),
            lambda: e.decide("s1", "s2", True),           # not pairs
            lambda: e.undecide("s1", "s2"),               # not pairs
            lambda: e.decide(("s", "1"), ("s", "2", "x"), True),
            lambda: e.explain(("s",), ("s", "1")),
            lambda: e.explain(["s", "1"], "s1"),
            lambda: e.entity("1"),
            lambda: e.entity(1.0),
            lambda: e.entity(True),
            lambda: e.records(None),
            lambda: e.search(r, k="3"),
            lambda: e.search(r, k=2.5),
            lambda: e.search("Olena"),
            lambda: e.normalize("name", 5),
            lambda: e.normalize(1.5, "x"),
            lambda: aka.Engine(5),
            lambda: aka.Record(name=5),
            lambda: aka.Options(threads=2),               # values are strings
            lambda: aka.normalize("name", None),
        ]
        for i, f in enumerate(cases):
            with self.subTest(case=i):
                with self.assertRaises(TypeError):
                    f()
        # Nothing above changed the engine.
        self.assertEqual(e.stats()["records"], 1)

    def test_out_of_range_numbers(self):
        with self.assertRaises(ValueError):
            self.e.search(self.r, k=-1)
        with self.assertRaises(ValueError):
            self.e.entity(-1)
        with self.assertRaises(ValueError):
            self.e.entity(2 ** 64)
        with self.assertRaises(aka.NotFoundError):
            self.e.entity(2 ** 64 - 1)
        self.assertEqual(self.e.search(self.r, k=0), [])

    def test_invalid_utf8_everywhere(self):
        e, r = self.e, self.r
        bad = b"Ol\xe9na"  # Latin-1, not UTF-8
        for f in (lambda: e.add(bad, "2", r), lambda: e.add("s", bad, r),
                  lambda: e.entity_of("s", bad), lambda: e.remove(bad, "1"),
                  lambda: e.decide(("s", "1"), (bad, "1"), True),
                  lambda: e.explain(("s", "1"), ("s", bad)),
                  lambda: e.normalize("name", bad),
                  lambda: r.add("name", bad),
                  lambda: aka.name_compare(bad, "Olena"),
                  lambda: aka.Options().set("default_country", bad),
                  lambda: e.add("s", "2", {"name": bad}),
                  lambda: e.search({"name": "\ud800"})):  # lone surrogate
            with self.subTest(f=f):
                with self.assertRaises(aka.Utf8Error):
                    f()
        self.assertEqual(e.stats()["records"], 1)

    def test_mapping_records(self):
        e = self.e
        ent = e.add("t", "2", {"name": ["Олена Коваленко", "Kovalenko O."],
                               "date_of_birth": "02.04.1990"})
        self.assertEqual(ent, self.ent)
        self.assertEqual(e.members("t", "2"), [("s", "1"), ("t", "2")])
        self.assertEqual(e.search({"name": "Kovalenko Olena",
                                   "date_of_birth": "1990"})[0][0], self.ent)
        with self.assertRaises(aka.ParseError):
            e.add("t", "3", {"date_of_birth": "31/02/90"})
        with self.assertRaises(ValueError):
            e.add("t", "3", {"colour": "blue"})
        # the record goes in without the value it cannot read
        ent = e.add("t", "3", {"name": "Олена Коваленко",
                               "date_of_birth": ["31/02/90", "02.04.1990"]},
                    errors="skip")
        self.assertEqual(ent, self.ent)
        got = e.add_many([("t", "4", {"name": "Kovalenko Olena",
                                      "date_of_birth": "02.04.1990",
                                      "phone": "not a phone"}),
                          ("t", "5", {"name": ""})], errors="skip")
        self.assertEqual(got[0], self.ent)
        self.assertIsInstance(got[1], int)
        with self.assertRaises(aka.ParseError):
            e.add_many([("t", "6", {"name": ""})])

    def test_missing_values_in_mappings(self):
        # None and NaN, the missing values of dicts, pandas and NumPy, are
        # no value; a number is refused with a reason, since a phone or a
        # document read as a number has lost its leading zeros.
        e = self.e
        ent = e.add("m", "1", {"name": ["Олена Коваленко", "Kovalenko O."],
                               "date_of_birth": "02.04.1990", "phone": None,
                               "email": float("nan"),
                               "document": [None, float("nan")]})
        self.assertEqual(ent, self.ent)
        with aka.Record({"name": ["Olena Kovalenko", None], "email": None}) as r:
            self.assertEqual(r.skipped, [])
        self.assertEqual(e.search({"name": "Kovalenko Olena",
                                   "date_of_birth": None})[0][0], self.ent)
        for bad in (501234567, 1990.0, 2.5):
            with self.subTest(value=bad):
                with self.assertRaisesRegex(TypeError, "as the text"):
                    aka.Record({"name": "Olena", "phone": bad})
                with self.assertRaisesRegex(TypeError, "as the text"):
                    aka.Record({"name": "Olena", "phone": [bad]}, errors="skip")
        with self.assertRaises(ValueError):  # an unknown kind, even empty
            aka.Record({"colour": None})
        self.assertEqual(e.stats()["records"], 2)

    def test_closed_engine(self):
        e = aka.Engine()
        e.add("s", "1", self.r)
        e.close()
        for f in (lambda: e.add("s", "2", self.r), lambda: e.entity_of("s", "1"),
                  lambda: e.remove("s", "1"), lambda: e.entity(1),
                  lambda: e.records(1), lambda: e.search(self.r),
                  lambda: e.explain(("s", "1"), ("s", "1")),
                  lambda: e.decide(("s", "1"), ("s", "2"), True),
                  lambda: e.stats(), lambda: e.bulk_begin(),
                  lambda: e.normalize("name", "x"), lambda: e.errmsg):
            with self.subTest(f=f):
                with self.assertRaisesRegex(ValueError, "closed"):
                    f()
        self.assertTrue(e.closed)

    def test_closed_record_given_to_an_open_engine(self):
        r = aka.Record(name="Petro Bondar")
        r.close()
        with self.assertRaisesRegex(ValueError, "closed"):
            self.e.add("s", "2", r)
        with self.assertRaisesRegex(ValueError, "closed"):
            self.e.search(r)

    def test_bulk_context_manager(self):
        e = self.e
        with e.bulk():
            e.add("t", "2", {"name": "Олена Коваленко",
                             "date_of_birth": "02.04.1990"})
            self.assertTrue(e.stats()["bulk_loading"])
        self.assertFalse(e.stats()["bulk_loading"])
        self.assertEqual(e.entity_of("t", "2"), self.ent)
        # An exception inside the block still ends bulk loading.
        with self.assertRaises(KeyError):
            with e.bulk():
                e.add("t", "3", {"name": "Petro Bondar"})
                raise KeyError("boom")
        self.assertFalse(e.stats()["bulk_loading"])
        self.assertNotEqual(e.entity_of("t", "3"), self.ent)


if __name__ == "__main__":
    unittest.main()
