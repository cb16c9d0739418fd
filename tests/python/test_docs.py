"""The examples in the documentation work, against the library just built.

For docs/guide.md and docs/python.md:
  - ```python blocks run in order in one namespace per file (a page reads
    top to bottom). A block with ">>>" lines is a doctest: every output
    shown must be the output produced. Other blocks must run without an
    exception (their own asserts check them).
  - Tables whose header is "| kind | input | canonical form |" are checked
    row by row with aka.normalize().
  - ```c blocks are compiled with the C compiler (AKA_CC, from CMake) against
    include/aka.h and the library (AKA_LIBRARY), and run. In docs/guide.md
    every C block must be a whole program; a ```text block right after it is
    its exact expected output. In other files fragments without main() are
    skipped.
README.md's whole C programs are compiled and run as well.

A broken example fails here, naming the file and the line of the block.
"""
import doctest
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
if "aka" not in sys.modules:
    sys.path.append(os.path.join(REPO, "examples", "python"))
import aka  # noqa: E402

HEADER = os.environ.get("AKA_HEADER") or os.path.join(REPO, "include", "aka.h")
INCLUDE_DIR = os.path.dirname(HEADER)

GUIDE = os.path.join(REPO, "docs", "guide.md")
PYTHON_DOC = os.path.join(REPO, "docs", "python.md")
README = os.path.join(REPO, "README.md")


def fenced_blocks(path):
    """[(info, first line number of the code, code)] in file order."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, i = [], 0
    while i < len(lines):
        m = re.match(r"^(\s*)```(\S*)\s*$", lines[i])
        if m and m.group(2):
            indent, info, start = m.group(1), m.group(2), i + 1
            j = start
            while j < len(lines) and lines[j].strip() != "```":
                j += 1
            code = "\n".join(l[len(indent):] if l.startswith(indent) else l
                             for l in lines[start:j])
            out.append((info, start + 1, code + "\n"))
            i = j + 1
        elif m:  # a bare ``` opening: skip to its end
            j = i + 1
            while j < len(lines) and lines[j].strip() != "```":
                j += 1
            i = j + 1
        else:
            i += 1
    return out


def kind_tables(path):
    """[(line number, kind, input, canonical form)] from every table headed
    | kind | input | canonical form |."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    in_table = False
    for n, line in enumerate(lines, start=1):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells == ["kind", "input", "canonical form"]:
            in_table = True
            continue
        if in_table:
            if not line.startswith("|"):
                in_table = False
                continue
            if set(line) <= set("|-: "):
                continue
            vin = re.match(r"`([^`]*)`", cells[1])
            vout = re.match(r"`([^`]*)`", cells[2])
            rows.append((n, cells[0], vin and vin.group(1),
                         vout and vout.group(1)))
    return rows


def run_python_blocks(test, path):
    """Run a page's python blocks in one namespace; return how many ran."""
    globs = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    ran = 0
    for info, line, code in fenced_blocks(path):
        if info != "python":
            continue
        where = "%s:%d" % (os.path.relpath(path, REPO), line)
        ran += 1
        if re.search(r"^\s*>>> ", code, re.M):
            dt = parser.get_doctest(code, globs, where, path, line - 1)
            out = []
            runner = doctest.DocTestRunner(
                optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(dt, out=out.append, clear_globs=False)
            globs.update(dt.globs)  # DocTest ran on a copy of globs
            test.assertEqual(runner.failures, 0,
                             "doctest failed in %s:\n%s" % (where, "".join(out)))
        else:
            try:
                exec(compile(code, where, "exec"), globs)
            except Exception as e:  # noqa: BLE001 -- report any failure
                test.fail("python block at %s raised %s: %s"
                          % (where, type(e).__name__, e))
    return ran


def compiler():
    cc = os.environ.get("AKA_CC") or shutil.which("cc") or shutil.which("gcc")
    return cc


def build_and_run(test, code, where, tmp):
    src = os.path.join(tmp, "example.c")
    exe = os.path.join(tmp, "example")
    with open(src, "w", encoding="utf-8") as f:
        f.write(code)
    lib = os.path.realpath(aka.library_path)
    cmd = [compiler(), "-std=c11", "-Wall", "-Wextra", "-Werror",
           "-I", INCLUDE_DIR, src, "-o", exe, lib,
           "-Wl,-rpath," + os.path.dirname(lib)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    test.assertEqual(r.returncode, 0, "C block at %s does not compile:\n%s"
                     % (where, r.stderr))
    r = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    test.assertEqual(r.returncode, 0, "C block at %s exited %d:\n%s"
                     % (where, r.returncode, r.stderr))
    return r.stdout


def run_c_blocks(test, path, strict):
    """Compile and run a page's C programs; compare the output with a
    ```text block that follows. Returns how many ran."""
    blocks = fenced_blocks(path)
    ran = 0
    for k, (info, line, code) in enumerate(blocks):
        if info != "c":
            continue
        where = "%s:%d" % (os.path.relpath(path, REPO), line)
        if "int main" not in code:
            test.assertFalse(strict, "C block at %s is not a whole program "
                             "(no main), so it cannot be tested" % where)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            out = build_and_run(test, code, where, tmp)
        ran += 1
        if k + 1 < len(blocks) and blocks[k + 1][0] == "text":
            test.assertEqual(out, blocks[k + 1][2],
                             "output of the C block at %s" % where)
    return ran


@unittest.skipUnless(compiler(), "no C compiler")
class TestCBlocks(unittest.TestCase):
    def test_guide(self):
        self.assertGreaterEqual(run_c_blocks(self, GUIDE, strict=True), 1)

    def test_readme(self):
        self.assertGreaterEqual(run_c_blocks(self, README, strict=False), 1)


class TestPythonBlocks(unittest.TestCase):
    def test_guide(self):
        self.assertGreaterEqual(run_python_blocks(self, GUIDE), 5)

    def test_python_doc(self):
        self.assertGreaterEqual(run_python_blocks(self, PYTHON_DOC), 2)


class TestKindTable(unittest.TestCase):
    def test_guide_table(self):
        rows = kind_tables(GUIDE)
        kinds = {kind for _, kind, _, _ in rows}
        # Every feature kind has at least one checked example.
        self.assertEqual(kinds, {k.name.lower() for k in aka.Feature})
        for line, kind, value, canonical in rows:
            with self.subTest(line=line):
                self.assertIsNotNone(value, "line %d: no `input`" % line)
                self.assertIsNotNone(canonical, "line %d: no `output`" % line)
                self.assertEqual(aka.normalize(kind, value), canonical,
                                 "docs/guide.md line %d" % line)


class TestReadmeTable(unittest.TestCase):
    def test_readme_table(self):
        # README's table gives several examples a row: each input with
        # the form in the same place (the first alone where a note's
        # backticks make the counts differ).
        checked = 0
        with open(README, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for line, kind, _, _ in kind_tables(README):
            cells = [c.strip() for c in lines[line - 1].strip().strip("|").split("|")]
            vin = re.findall(r"`([^`]*)`", cells[1])
            vout = re.findall(r"`([^`]*)`", cells[2])
            pairs = list(zip(vin, vout)) if len(vin) == len(vout) else [(vin[0], vout[0])]
            for value, canonical in pairs:
                with self.subTest(line=line, value=value):
                    self.assertEqual(aka.normalize(kind.replace(" ", "_"), value),
                                     canonical, "README.md line %d" % line)
                    checked += 1
        self.assertGreaterEqual(checked, 20)


class TestTheCheckerItself(unittest.TestCase):
    """The extraction must catch a broken example, or the tests above
    would pass on anything."""

    def write(self, text):
        fd, path = tempfile.mkstemp(suffix=".md")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        self.addCleanup(os.unlink, path)
        return path

    def test_wrong_doctest_output_fails(self):
        path = self.write("```python\n>>> import aka\n>>> aka.normalize("
                          "'gender', 'Male')\n'F'\n```\n")
        with self.assertRaises(AssertionError):
            run_python_blocks(self, path)

    def test_raising_block_fails(self):
        path = self.write("text\n\n```python\nimport aka\n"
                          "aka.normalize('date_of_birth', '31/02/85')\n```\n")
        with self.assertRaises(AssertionError):
            run_python_blocks(self, path)

    def test_table_rows_are_read(self):
        path = self.write("| kind | input | canonical form |\n|---|---|---|\n"
                          "| gender | `Male` | `F` |\n\nafter\n")
        self.assertEqual(kind_tables(path), [(3, "gender", "Male", "F")])

    @unittest.skipUnless(compiler(), "no C compiler")
    def test_wrong_c_output_and_fragments_fail(self):
        prog = ("```c\n#include <stdio.h>\nint main(void) { puts(\"a\"); "
                "return 0; }\n```\n\n```text\nb\n```\n")
        with self.assertRaises(AssertionError):
            run_c_blocks(self, self.write(prog), strict=True)
        with self.assertRaises(AssertionError):
            run_c_blocks(self, self.write("```c\nx = 1;\n```\n"), strict=True)
        self.assertEqual(run_c_blocks(self, self.write(prog.replace(
            "b\n```", "a\n```")), strict=True), 1)


if __name__ == "__main__":
    unittest.main()
