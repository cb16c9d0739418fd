"""Tests of the aka-resolve command-line tool (examples/cli/, docs/cli.md).

Run by CTest with AKA_RESOLVE (the program) and AKA_SOURCE_DIR (the
repository) in the environment; each test method is its own CTest entry.
"""
import csv
import io
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import unittest

PROG = os.environ.get("AKA_RESOLVE", "aka-resolve")
SRC = os.environ.get("AKA_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLE = os.path.join(SRC, "examples", "data", "agencies.csv")


def run(args, data=None, check_rc=None, file_limit=None):
    """Run aka-resolve; data (str or bytes) goes to stdin. file_limit: no
    file of the run grows past that many bytes (a full disk)."""
    if isinstance(data, str):
        data = data.encode("utf-8")

    def full_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, resource.RLIM_INFINITY))

    p = subprocess.run([PROG] + args, input=data, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120,
                       preexec_fn=full_disk if file_limit is not None else None)
    out, err = p.stdout.decode("utf-8"), p.stderr.decode("utf-8")
    if check_rc is not None and p.returncode != check_rc:
        raise AssertionError("exit %d, expected %d\nstderr:\n%s" % (p.returncode, check_rc, err))
    return p.returncode, out, err


def rows(out):
    r = list(csv.reader(io.StringIO(out)))
    assert r[0] == ["source", "record_id", "entity_id"], r[0]
    return r[1:]


def entity_by_key(out):
    return {(s, i): e for s, i, e in rows(out)}


class CliTest(unittest.TestCase):
    def test_output_format(self):
        data = ("source,record_id,name,dob\n"
                "police,17-1,Юлія Тимошенко,27.11.1960\n"
                "ngo,d9,Yuliia Tymoshenko,1960-11-27\n"
                "ngo,d10,Somchai Jaidee,1980\n")
        rc, out, err = run(["--quiet"], data, 0)
        self.assertEqual(err, "")
        self.assertTrue(out.startswith("source,record_id,entity_id\n"))
        e = entity_by_key(out)
        self.assertEqual(len(e), 3)
        self.assertTrue(all(v.isdigit() for v in e.values()))
        self.assertEqual(e[("police", "17-1")], e[("ngo", "d9")])
        self.assertNotEqual(e[("ngo", "d10")], e[("ngo", "d9")])
        # Input order is kept.
        self.assertEqual([k for s, k, _ in rows(out)], ["17-1", "d9", "d10"])

    def test_export_headers_and_field_habits(self):
        # Headers as case-management exports name them, and values with
        # the labels, placeholders and obfuscations such exports hold.
        data = ("Full Name,Birthday,Passport No,WhatsApp,E-mail Address\n"
                "Anna Kovalenko,00.03.1990,Passport No. FE123456,"
                "WhatsApp: +380 50 123 45 67,anna[at]ukr.net\n"
                "Коваленко Анна,1990-03,FE 123456,+380501234567,anna@ukr.net\n")
        rc, out, err = run(["--quiet", "--source", "s"], data, 0)
        self.assertEqual(err, "")
        e = entity_by_key(out)
        self.assertEqual(e[("s", "1")], e[("s", "2")])
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "explain.jsonl")
            run(["--quiet", "--source", "s", "--explain", path], data, 0)
            with open(path, encoding="utf-8") as f:
                lines = [json.loads(l) for l in f]
        levels = {x["kind"]: x["level"] for x in lines[0]["explanation"]["features"]}
        self.assertEqual(levels, {"name": "exact", "date_of_birth": "partial_compatible",
                                  "document": "exact", "phone": "exact", "email": "exact"})

    def test_header_qualifiers_and_languages(self):
        # A qualifier in parentheses or brackets, punctuation around the
        # words, and the column names of French, Spanish, Portuguese and
        # German exports are read; each file's columns all map (no note).
        files = [
            ("Full Name (Cyrillic),Date of Birth [dd.mm.yyyy],Passport No.,"
             "E-mail:,Phone #2\n"
             "Олена Коваленко,14.03.1988,FE123456,o.k@ukr.net,+380501234567\n"),
            ("Nom,Prénom,Date de naissance,Nationalité,Téléphone,Passeport\n"
             "KOVALENKO,Olena,14/03/1988,ukrainienne,0033 6 12 34 56 78,FE123456\n"),
            ("Apellidos,Nombre,Fecha de nacimiento,Nacionalidad,Pasaporte\n"
             "Kovalenko,Olena,14-03-1988,ucraniana,FE 123456\n"),
            ("Nachname,Vorname,Geburtsdatum,Staatsangehörigkeit,Reisepass\n"
             "Kowalenko,Olena,14.03.1988,ukrainisch,FE123456\n"),
        ]
        for data in files:
            rc, out, err = run([], data, 0)
            self.assertNotIn("no known kind", err, data.splitlines()[0])
            self.assertEqual(len(rows(out)), 1)
        # a qualifier alone is no name; other punctuation still keeps words
        rc, out, err = run([], "(Cyrillic),Case ID\nx,1\n", 2)

    def test_csv_quoting(self):
        # Quoted commas, doubled quotes and a line break inside a field, a
        # BOM and CRLF line ends; the ids with a comma and a quote come back
        # quoted as RFC 4180 wants.
        data = ('\ufeffsource,id,name,dob\r\n'
                'a,"x,1","Kovalenko, Oleksandr",14.03.1988\r\n'
                'a,"say ""hi""","Oleksandr\nKovalenko",1988-03-14\r\n'
                'a,3,Olena Melnyk,1990\r\n')
        rc, out, err = run(["--quiet"], data, 0)
        self.assertIn('a,"x,1",', out)
        self.assertIn('a,"say ""hi""",', out)
        e = entity_by_key(out)
        self.assertEqual(set(e), {("a", "x,1"), ("a", 'say "hi"'), ("a", "3")})
        self.assertEqual(e[("a", "x,1")], e[("a", 'say "hi"')])

    def test_separators(self):
        # Semicolons (spreadsheets where the comma is the decimal sign),
        # tabs and bars are found from the header, with a note; a quoted
        # field may hold the separator; --delimiter chooses one.
        semi = ('\ufeffsource;id;name;dob\r\n'
                'a;1;"Kovalenko; Oleksandr";14.03.1988 00:00\r\n'
                'b;2;Олександр Коваленко;1988-03-14\r\n')
        tab = semi.replace(";", "\t").replace('"Kovalenko\t Oleksandr"',
                                                '"Kovalenko\tOleksandr"')
        for data, word in ((semi, "semicolons"), (tab, "tabs"),
                           (semi.replace(";", "|"), "bars")):
            rc, out, err = run([], data, 0)
            self.assertIn("separated by " + word, err)
            e = entity_by_key(out)
            self.assertEqual(set(e), {("a", "1"), ("b", "2")})
            self.assertEqual(e[("a", "1")], e[("b", "2")])
            rc, out, err = run(["--quiet"], data, 0)
            self.assertEqual(err, "")
        # Chosen: a comma file read with semicolons has no known column.
        comma = "source,id,name\na,1,Ivan Petrenko\n"
        rc, out, err = run(["--delimiter", ";"], comma, 2)
        self.assertIn("--delimiter", err)
        rc, out, err = run(["--delimiter", "tab"], tab, 0)
        self.assertEqual(len(rows(out)), 2)
        rc, out, err = run(["--delimiter=,"], comma, 0)
        self.assertNotIn("separated by", err)
        # A header with more commas than semicolons is a comma file.
        rc, out, err = run(["--quiet"], "name,dob;x,id\nIvan Petrenko,1980;1,7\n", 0)
        self.assertEqual(len(rows(out)), 1)
        rc, out, err = run(["--delimiter", "x"], comma, 2)
        self.assertIn("--delimiter takes", err)

    def test_line_numbers_count_embedded_newlines(self):
        data = ('name,dob\n'
                '"Olena\nShevchenko",1990\n'     # lines 2-3
                'only one field\n'                # line 4: bad
                'Ivan Petrenko,1980\n')
        rc, out, err = run([], data, 0)
        self.assertIn("line 4:", err)
        self.assertIn("1 fields where the header has 2", err)
        self.assertEqual(len(rows(out)), 2)

    def test_aliases(self):
        # A repeated column holds an alias: the second record is known
        # only by the first record's alias.
        data = ("source,id,name,name_2,dob\n"
                "a,1,Olena Shevchenko,Maria Lopez,12.05.1990\n"
                "b,2,Maria Lopez,,1990-05-12\n")
        rc, out, err = run(["--quiet"], data, 0)
        e = entity_by_key(out)
        self.assertEqual(e[("a", "1")], e[("b", "2")])
        rc, out, err = run(["--quiet", "--map", "name_2=ignore"], data, 0)
        e = entity_by_key(out)
        self.assertNotEqual(e[("a", "1")], e[("b", "2")])

    def test_map(self):
        data = ("ПІБ,Дата народження,Агенція,Справа\n"
                "Oleksandr Kovalenko,14/03/1988,ngo,1\n"
                "Олександр Коваленко,14.03.1988,police,A-1\n")
        rc, out, err = run([], data, 2)
        self.assertIn("no column of the header is a feature kind", err)
        rc, out, err = run(["--map", "ПІБ=name", "--map", "Дата народження=dob",
                            "--map", "Агенція=source", "--map", "Справа=record_id"], data, 0)
        e = entity_by_key(out)
        self.assertEqual(e[("ngo", "1")], e[("police", "A-1")])
        rc, out, err = run(["--map", "ПІБ=colour"], data, 2)
        rc, out, err = run(["--map", "Absent=name"], data, 2)

    def test_unknown_columns_and_default_source(self):
        data = "name,notes\nIvan Petrenko,x\n"
        rc, out, err = run([], data, 0)
        self.assertIn("column 2", err)
        self.assertIn("ignored", err)
        # No source column: stdin's rows are "stdin", ids are row numbers.
        self.assertEqual(rows(out), [["stdin", "1", rows(out)[0][2]]])
        rc, out, err = run(["--source", "police-ua", "--quiet"], data, 0)
        self.assertEqual(rows(out)[0][:2], ["police-ua", "1"])

    def test_bad_rows_skipped_and_counted(self):
        secret = "Zzyzx-Secret-Value"
        data = ("source,id,name,dob,email\n".encode() +
                "a,1,Ivan Petrenko,1980,\n".encode() +
                "a,2,Ivan,1980\n".encode() +                              # field count
                b"a,3,Iv\xff\xfean,1980,\n" +                               # invalid UTF-8
                ("a,4,Olena,%s,\n" % secret).encode() +                    # unreadable date
                "a,1,Ivan Petrenko,1980,\n".encode() +                     # duplicate key
                '"a"x,5,Ivan,1980,\n'.encode() +                           # text after quote
                "a,6,Olena Melnyk,1990,\n".encode())
        rc, out, err = run(["--skip-rows-with-bad-values"], data, 0)
        for line in ("line 3:", "line 4:", "line 5:", "line 6:", "line 7:"):
            self.assertIn(line, err)
        self.assertIn("duplicate source and record id (first on line 2)", err)
        self.assertIn("5 bad rows skipped", err)
        self.assertNotIn(secret, err)
        self.assertEqual([r[1] for r in rows(out)], ["1", "6"])
        # By default the row of the unreadable date is kept, without it.
        rc, out, err = run([], data, 0)
        self.assertIn("4 bad rows skipped", err)
        self.assertIn("1 values dropped", err)
        self.assertNotIn(secret, err)
        self.assertEqual([r[1] for r in rows(out)], ["1", "4", "6"])

    def test_threads_do_not_change_output(self):
        # More rows than one batch of 1,024, with bad rows, unreadable values
        # and a duplicate key spread over the batches: the same entities and
        # the same messages, in the same order, on one thread or three.
        lines = ["source,id,name,dob,phone"]
        given = ["Ivan", "Olena", "Yusuf", "Maria", "Kenji", "Amina"]
        family = ["Petrenko", "Melnyk", "Haddad", "Rossi", "Tanaka", "Diallo"]
        for i in range(2600):
            name = "%s %s" % (given[i % 6], family[(i * 7) % 6])
            dob = "19%02d-%02d-%02d" % (50 + i % 40, 1 + i % 12, 1 + i % 28)
            if i % 97 == 5:
                dob = "not a date"
            row = "s,%d,%s,%s,+380 44 %07d" % (i, name, dob, i % 500)
            if i % 331 == 7:
                row += ",extra"
            if i % 1000 == 999:
                row = "s,3,%s,%s," % (name, dob)
            lines.append(row)
        data = "\n".join(lines) + "\n"
        for extra in ([], ["--skip-rows-with-bad-values"]):
            _, out1, err1 = run(["--threads", "1"] + extra, data, 0)
            _, out3, err3 = run(["--threads", "3"] + extra, data, 0)
            self.assertEqual(out1, out3)
            strip = lambda e: [l.rsplit(";", 1)[0] if l.endswith(" s") else l
                               for l in e.splitlines()]
            self.assertEqual(strip(err1), strip(err3))
            self.assertIn("line 7:", err1)
            self.assertIn("duplicate source and record id", err1)

    def test_skip_bad_values(self):
        data = "id,name,dob\n1,Ivan Petrenko,not a date\n"
        for extra in ([], ["--skip-bad-values"]):  # the default, and its old flag
            rc, out, err = run(extra, data, 0)
            self.assertIn("value dropped", err)
            self.assertIn("1 values dropped", err)
            self.assertEqual(len(rows(out)), 1)
        rc, out, err = run(["--skip-rows-with-bad-values"], data, 0)
        self.assertIn("row skipped", err)
        self.assertEqual(len(rows(out)), 0)
        rc, out, err = run(["--strict"], data, 1)
        self.assertEqual(out, "")

    def test_no_records(self):
        # A file of a header alone, or of bad rows alone, resolves nothing
        # and says so (its summary once freed memory it never had).
        for data in ("id,name\n", "id,name,dob\n1,Ivan,not a date\n"):
            rc, out, err = run(["--skip-rows-with-bad-values"], data, 0)
            self.assertEqual(rows(out), [])
            self.assertIn("0 records in 0 entities", err)

    def test_strict(self):
        data = "id,name\n1,Ivan Petrenko\n2,Olena,extra\n3,Olena Melnyk\n"
        rc, out, err = run(["--strict"], data, 1)
        self.assertIn("line 3:", err)
        self.assertEqual(out, "")
        run(["--strict", "--quiet"], "id,name\n1,Ivan Petrenko\n", 0)

    def test_exit_codes(self):
        rc, out, err = run(["--help"], None, 0)
        self.assertIn("Exit codes", out)
        run(["--no-such-flag"], "name\nx\n", 2)
        run(["--match-threshold", "2"], "name\nx\n", 2)
        run(["--option", "no_such_key=1"], "name\nx\n", 2)
        run(["--truth", "person"], "name\nx\n", 2)
        run([], "", 2)                                       # no header
        run(["a.csv", "b.csv"], None, 2)
        run(["/nonexistent/dir/in.csv"], None, 3)
        run(["-o", "/nonexistent/dir/out.csv"], "name\nIvan\n", 3)
        if os.path.exists("/dev/full"):  # a write that fails
            run(["-o", "/dev/full"], "name\nIvan\n", 3)
        rc, out, err = run(["--threads", "2", "--max-block", "50", "--default-country", "UA",
                            "--review-threshold", "0.6", "--quiet"], "name,phone\nIvan,067 123 45 67\n", 0)

    def test_state_keeps_entity_ids_between_runs(self):
        # Week 1: the police export; week 2: the NGO's, added to the same
        # engine; week 3: the NGO corrects a record. Entity ids stay, and
        # --changes names what each run changed.
        police = os.path.join(SRC, "examples", "data", "police_export.csv")
        ngo = os.path.join(SRC, "examples", "data", "ngo_export.csv")
        with tempfile.TemporaryDirectory() as d:
            state = os.path.join(d, "state.aka")
            ch = [os.path.join(d, "c%d.jsonl" % i) for i in range(4)]

            def changes(path):
                with open(path, encoding="utf-8") as f:
                    return {j["entity"]: j for j in map(json.loads, f)}

            rc, out1, err = run(["--state", state, "--changes", ch[1],
                                 "--map", "case_no=record_id", police], None, 0)
            self.assertIn("state saved", err)
            # a new state keeps every change of a bulk load: the options
            # section (docs/file-format.md) holds the run's change_log
            with open(state, "rb") as f:
                snap = f.read()
            self.assertIn(b"change_log", snap)
            self.assertIn(b"100000000", snap)
            week1 = entity_by_key(out1)
            self.assertEqual(set(changes(ch[1])), set(int(v) for v in week1.values()))
            rc, out2, err = run(["--state", state, "--changes", ch[2], ngo], None, 0)
            self.assertIn("state %s: 7 records" % state, err)
            week2 = entity_by_key(out2)
            # the same man, the same id as last week
            self.assertEqual(week2[("ngo_export", "N-18")],
                             week1[("police_export", "P-1002")])
            c2 = changes(ch[2])
            self.assertEqual(c2[int(week1[("police_export", "P-1002")])]["records"],
                             [{"source": "police_export", "record_id": "P-1002"},
                              {"source": "ngo_export", "record_id": "N-18"}])
            # the same export again (exports often hold every record so
            # far): every record keeps its entity id, and nothing changes
            rc, again, err = run(["--state", state, "--changes", ch[0], ngo], None, 0)
            self.assertEqual(entity_by_key(again), week2)
            self.assertEqual(changes(ch[0]), {})
            shown = set(int(v) for v in list(week1.values()) + list(week2.values()))
            self.assertTrue(set(c2) <= shown, (set(c2), shown))
            self.assertFalse(any(j.get("gone") for j in c2.values()))
            # N-25 ("Ivanova M.", alone last week) turns out to be Olena
            # Kovalenko of the 1975 police record: her entity is gone.
            fix = ("id,full_name,birth_date,citizenship,document\n"
                   "N-25,Olena Kovalenko,30.11.1975,Ukraine,UA:KM765432\n")
            rc, out3, err = run(["--state", state, "--changes", ch[3],
                                 "--source", "ngo_export"], fix, 0)
            week3 = entity_by_key(out3)
            self.assertEqual(week3[("ngo_export", "N-25")],
                             week1[("police_export", "P-1003")])
            c3 = changes(ch[3])
            old = int(week2[("ngo_export", "N-25")])
            self.assertEqual(c3[old], {"entity": old, "gone": True})
            self.assertIn({"source": "ngo_export", "record_id": "N-25"},
                          c3[int(week3[("ngo_export", "N-25")])]["records"])
            # a damaged state is refused, and left as it was
            with open(state, "r+b") as f:
                f.seek(40)
                f.write(b"\xff\xff\xff\xff")
            with open(state, "rb") as f:
                damaged = f.read()
            rc, out, err = run(["--state", state, police], None, 3)
            self.assertIn("cannot load the state file", err)
            with open(state, "rb") as f:
                self.assertEqual(f.read(), damaged)

    def test_state_on_a_full_disk(self):
        # The disk fills as the state is saved: the run says so (exit 3),
        # the state is last week's byte for byte, and the run done again
        # with room gives what it would have given.
        police = os.path.join(SRC, "examples", "data", "police_export.csv")
        ngo = os.path.join(SRC, "examples", "data", "ngo_export.csv")
        with tempfile.TemporaryDirectory() as d:
            state = os.path.join(d, "state.aka")
            run(["-q", "--state", state, "--map", "case_no=record_id", police], None, 0)
            with open(state, "rb") as f:
                week1 = f.read()
            out_csv = os.path.join(d, "out.csv")
            rc, _, err = run(["--state", state, "-o", out_csv, ngo], None, 3,
                             file_limit=len(week1) + 100)
            self.assertIn("file too large", err)
            with open(state, "rb") as f:
                self.assertEqual(f.read(), week1)
            self.assertEqual(sorted(os.listdir(d)), ["out.csv", "state.aka"])
            rc, out, err = run(["-q", "--state", state, ngo], None, 0)
            with tempfile.TemporaryDirectory() as d2:
                fresh = os.path.join(d2, "state.aka")
                run(["-q", "--state", fresh, "--map", "case_no=record_id", police], None, 0)
                rc, ref, err = run(["-q", "--state", fresh, ngo], None, 0)
            self.assertEqual(entity_by_key(out), entity_by_key(ref))

    def test_decisions_kept_in_the_state(self):
        police = os.path.join(SRC, "examples", "data", "police_export.csv")
        ngo = os.path.join(SRC, "examples", "data", "ngo_export.csv")
        with tempfile.TemporaryDirectory() as d:
            state = os.path.join(d, "state.aka")
            dec = os.path.join(d, "decisions.csv")
            run(["-q", "--state", state, "--map", "case_no=record_id", police], None, 0)
            rc, out, err = run(["-q", "--state", state, ngo], None, 0)
            before = entity_by_key(out)
            with open(dec, "w", encoding="utf-8") as f:
                f.write("source_a,record_id_a,source_b,record_id_b,decision\n"
                        "police_export,P-1001,ngo_export,N-17,same\n"
                        "police_export,P-1002,ngo_export,N-18,Not same\n"
                        "police_export,P-9999,ngo_export,N-18,same\n"
                        "police_export,P-1003,ngo_export,N-18,perhaps\n")
            rc, out, err = run(["--state", state, "--decisions", dec, ngo], None, 0)
            self.assertIn("decisions line 4:", err)   # no such record
            self.assertIn("decisions line 5: the decision is not", err)
            self.assertIn("2 decisions applied, 2 skipped", err)
            self.assertNotIn("P-9999", err.replace("line 4", ""))  # keys only as the engine says
            after = entity_by_key(out)
            p1002 = int(before[("ngo_export", "N-18")])
            self.assertNotEqual(after[("ngo_export", "N-18")], str(p1002))
            # the decisions are kept: a later run without the file honours them
            rc, out, err = run(["-q", "--state", state, ngo], None, 0)
            self.assertEqual(entity_by_key(out), after)
            rc, out, err = run(["-q", "--state", state, "--map", "case_no=record_id",
                                police], None, 0)
            week = entity_by_key(out)
            self.assertEqual(week[("police_export", "P-1001")], after[("ngo_export", "N-17")])
            self.assertNotEqual(week[("police_export", "P-1002")], after[("ngo_export", "N-18")])
            # withdrawn, the evidence decides again
            with open(dec, "w", encoding="utf-8") as f:
                f.write("source_a,record_id_a,source_b,record_id_b,decision\n"
                        "police_export,P-1002,ngo_export,N-18,withdraw\n")
            rc, out, err = run(["-q", "--state", state, "--decisions", dec, ngo], None, 0)
            self.assertEqual(entity_by_key(out)[("ngo_export", "N-18")], str(p1002))
            # --strict stops at a bad line; a file without the columns is a usage error
            with open(dec, "w", encoding="utf-8") as f:
                f.write("source_a,record_id_a,source_b,record_id_b,decision\n"
                        "police_export,P-1002,ngo_export,N-18,maybe\n")
            run(["-q", "--strict", "--decisions", dec, ngo], None, 1)
            with open(dec, "w", encoding="utf-8") as f:
                f.write("a,b\n1,2\n")
            rc, out, err = run(["--decisions", dec, ngo], None, 2)
            self.assertIn("no source_a column", err)
            run(["--decisions", os.path.join(d, "missing.csv"), ngo], None, 3)

    def test_incremental_matches_bulk_on_easy_pairs(self):
        data = ("source,id,name,dob\n"
                "p,1,Юлія Тимошенко,27.11.1960\n"
                "n,2,Yuliia Tymoshenko,1960-11-27\n"
                "n,3,Giorgos Papadopoulos,1980-01-02\n"
                "b,4,Γιώργος Παπαδόπουλος,02/01/1980\n")
        for mode in ([], ["--incremental"]):
            rc, out, err = run(["--quiet"] + mode, data, 0)
            e = entity_by_key(out)
            self.assertEqual(e[("p", "1")], e[("n", "2")])
            self.assertEqual(e[("n", "3")], e[("b", "4")])
            self.assertNotEqual(e[("p", "1")], e[("n", "3")])

    def test_rescore_any_order(self):
        # The bundled sample one by one, in its order and backwards, then
        # scored again: the entities of a bulk load, whatever the order.
        with open(SAMPLE, encoding="utf-8") as f:
            lines = f.read().splitlines()
        back = "\n".join([lines[0]] + lines[:0:-1]) + "\n"
        fwd = "\n".join(lines) + "\n"

        def groups(out):
            by = {}
            for k, ent in entity_by_key(out).items():
                by.setdefault(ent, set()).add(k)
            return sorted(sorted(g) for g in by.values())
        rc, out, err = run(["--quiet"], fwd, 0)
        bulk = groups(out)
        plain = [groups(run(["--quiet", "--incremental"], t, 0)[1]) for t in (fwd, back)]
        again = [groups(run(["--quiet", "--incremental", "--rescore"], t, 0)[1])
                 for t in (fwd, back)]
        self.assertEqual(again[0], bulk)
        self.assertEqual(again[1], bulk)
        # (one by one, the orders do differ: the test can fail)
        self.assertNotEqual(plain[0], plain[1])

    def test_report_says_link_of_another_day(self):
        # Two records of a rare name linked at once; forty namesakes later
        # the pair's total is lower, and the report says what it was linked at.
        data = ["source,id,name,dob", "police,1,Oksana Vakulenchuk,1990-03-04",
                "ngo,2,VAKULENCHUK Oksana,04.03.1990"]
        for i in range(40):
            data.append("registry,v%d,%s Vakulenchuk,19%02d-%02d-%02d" % (
                i, ["Ivan", "Petro", "Olena", "Maria"][i % 4], 50 + i, 1 + i % 12, 1 + i % 28))
        text = "\n".join(data) + "\n"
        with tempfile.TemporaryDirectory() as d:
            outp = os.path.join(d, "e.csv")
            rc, out, err = run(["--incremental", "--report", "-o", outp], text, 0)
            self.assertIn("linked at +13.34 when the later record came", out)
            rc, out, err = run(["--incremental", "--rescore", "--report", "-o", outp], text, 0)
            self.assertNotIn("linked at", out)

    def test_sample_truth_f1(self):
        # The bundled sample: a resolver that merged nothing would score
        # about 0.45, one that merged everything far less; libaka scores
        # about 0.93.
        with tempfile.TemporaryDirectory() as d:
            outp = os.path.join(d, "e.csv")
            rc, out, err = run(["--truth", "person", "-o", outp, SAMPLE], None, 0)
            line = [l for l in err.splitlines() if "B-cubed" in l][0]
            f1 = float(line.split("F1")[1])
            prec = float(line.split("precision")[1].split(",")[0])
            self.assertGreater(f1, 0.90, line)
            self.assertGreater(prec, 0.97, line)
            self.assertIn("0 bad rows", err)
            with open(outp, encoding="utf-8") as f:
                self.assertEqual(len(rows(f.read())), 383)

    def test_sample_is_reproducible(self):
        # The committed sample is what its generator writes.
        with tempfile.TemporaryDirectory() as d:
            outp = os.path.join(d, "a.csv")
            subprocess.run([sys.executable, os.path.join(SRC, "examples", "data", "make_agencies.py"),
                            "-o", outp], check=True, stdout=subprocess.DEVNULL)
            with open(outp, "rb") as a, open(SAMPLE, "rb") as b:
                self.assertEqual(a.read(), b.read())

    def test_possible_matches_and_explanations(self):
        with tempfile.TemporaryDirectory() as d:
            pm, ex, outp = (os.path.join(d, n) for n in ("pm.jsonl", "ex.jsonl", "e.csv"))
            run(["--quiet", "--possible-matches", pm, "--explain", ex, "-o", outp, SAMPLE], None, 0)
            with open(outp, encoding="utf-8") as f:
                out = rows(f.read())
            entities = {r[2] for r in out}
            with open(pm, encoding="utf-8") as f:
                pms = [json.loads(l) for l in f]
            self.assertTrue(pms)
            causes = {p["cause"] for p in pms}
            self.assertIn("conflict", causes)
            for p in pms:
                self.assertLess(p["entity"], p["other_entity"])
                self.assertIn(str(p["entity"]), entities)
                self.assertGreaterEqual(p["probability"], 0.5)
                self.assertEqual(set(p["record"]), {"source", "record_id"})
            with open(ex, encoding="utf-8") as f:
                exs = [json.loads(l) for l in f]
            merges = [x for x in exs if x["type"] == "merge"]
            # One explanation per merge of a spanning tree: records - entities.
            self.assertEqual(len(merges), len(out) - len(entities))
            for x in merges:
                self.assertTrue(x["explanation"]["same_entity"])
                self.assertTrue(x["explanation"]["features"])
            others = [x for x in exs if x["type"] == "possible_match"]
            self.assertEqual(len(others), len(pms))
            self.assertTrue(all(not x["explanation"]["same_entity"] for x in others))

    def test_report(self):
        with tempfile.TemporaryDirectory() as d:
            rc, out, err = run(["--report", "--truth", "person", "-o",
                                os.path.join(d, "e.csv"), SAMPLE], None, 0)
        self.assertIn("Entities whose records are written in several scripts", out)
        self.assertIn("Why two records were merged", out)
        self.assertIn("Why a strong pair was kept apart", out)
        self.assertIn("refused: conflicting", out)
        # the sample's Zhang Min: a name and a nationality, beside two namesakes
        self.assertIn("A record that matches two people as well as each", out)
        self.assertIn("joined neither:", out)
        self.assertIn("B-cubed", out)


if __name__ == "__main__":
    unittest.main()
