"""aka.py must mirror include/aka.h: every integer constant with the same
value, every status and feature kind in its IntEnum, and every AKA_API
function declared with argument and result types that match the C
prototype. A constant or function added to the header without its binding
fails here (STYLE.md section 9, "sync tests").

The header comes from AKA_HEADER or ../../include/aka.h next to this file.
"""
import ctypes
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
if "aka" not in sys.modules:
    sys.path.append(os.path.join(REPO, "examples", "python"))
import aka  # noqa: E402

HEADER = os.environ.get("AKA_HEADER") or os.path.join(REPO, "include", "aka.h")


def read_header():
    with open(HEADER, encoding="utf-8") as f:
        return f.read()


def strip_comments_and_directives(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"\\\n", " ", text)  # join continued lines
    return re.sub(r"^\s*#.*$", " ", text, flags=re.M)


def int_defines(text):
    """{name: (value, section)} for `#define AKA_X <int>` lines; section is
    the title of the `/* ---- Title ---- */` banner above the define."""
    out = {}
    section = ""
    for line in text.splitlines():
        m = re.match(r"/\* -+ (.+?) -+ \*/", line)
        if m:
            section = m.group(1)
            continue
        m = re.match(r"#define\s+(AKA_\w+)\s+(-?\d+)\b", line)
        if m:
            out[m.group(1)] = (int(m.group(2)), section, line)
    return out


def functions(text):
    """{name: (return type, [parameter types])} for every AKA_API
    declaration, types with whitespace normalised and parameter names
    dropped."""
    decls = re.findall(r"\bAKA_API\s+([^;{]+?)\s*\(([^;{)]*)\)\s*;",
                       strip_comments_and_directives(text))
    out = {}
    for ret_and_name, params in decls:
        ret_and_name = " ".join(ret_and_name.split())
        m = re.match(r"(.*?[\s*])(aka_\w+)$", ret_and_name)
        assert m, ret_and_name
        ret = m.group(1).replace(" *", "*").strip()
        ptypes = []
        params = " ".join(params.split())
        if params and params != "void":
            for p in params.split(","):
                p = p.strip()
                # Drop the parameter name: the last identifier.
                t = re.sub(r"\s*\b\w+$", "", p)
                ptypes.append(t.replace(" *", "*").strip())
        out[m.group(2)] = (ret, ptypes)
    return out


# The ctypes type each C type of aka.h must be declared with. A new C type
# in the header needs a row here: that is deliberate, so that its mapping is
# decided once and then checked.
OPTS, ENGINE = aka.OptionsPtr, aka.EnginePtr
C_TO_CTYPES = {
    "void": None,
    "aka_status": ctypes.c_int,
    "aka_feature": ctypes.c_int,
    "uint32_t": ctypes.c_uint32,
    "uint64_t": ctypes.c_uint64,
    "size_t": ctypes.c_size_t,
    "size_t*": ctypes.POINTER(ctypes.c_size_t),
    "const char*": ctypes.c_char_p,
    "char*": ctypes.POINTER(ctypes.c_char),
    "double*": ctypes.POINTER(ctypes.c_double),
    "int*": ctypes.POINTER(ctypes.c_int),
    "int": ctypes.c_int,
    "uint64_t*": ctypes.POINTER(ctypes.c_uint64),
    "aka_options*": OPTS,
    "const aka_options*": OPTS,
    "aka_options**": ctypes.POINTER(OPTS),
    "aka_engine*": ENGINE,
    "const aka_engine*": ENGINE,
    "aka_engine**": ctypes.POINTER(ENGINE),
    "aka_record*": aka.RecordPtr,
    "const aka_record*": aka.RecordPtr,
    "aka_record**": ctypes.POINTER(aka.RecordPtr),
    "const char*const*": ctypes.POINTER(ctypes.c_char_p),
    "const size_t*": ctypes.POINTER(ctypes.c_size_t),
    "const aka_record*const*": ctypes.POINTER(aka.RecordPtr),
    "aka_status*": ctypes.POINTER(ctypes.c_int),
}


class TestHeaderParser(unittest.TestCase):
    """The parser itself, on a known snippet, so a silent parse failure
    cannot make the sync tests pass vacuously."""

    def test_parser(self):
        snippet = ("#if defined(X)\n#  define AKA_API __attribute__((v))\n"
                   "#endif\n#define AKA_M(a) \\\n    ((a) * 2)\n"
                   "/* ---- Things ---- */\n#define AKA_A 3 /**< a */\n"
                   "AKA_API aka_status aka_x_get(const aka_x *x, char *buf,\n"
                   "    size_t cap, size_t *out_len);\n"
                   "AKA_API const char *aka_y(void);\n")
        self.assertEqual(int_defines(snippet)["AKA_A"][:2], (3, "Things"))
        self.assertEqual(functions(snippet), {
            "aka_x_get": ("aka_status",
                          ["const aka_x*", "char*", "size_t", "size_t*"]),
            "aka_y": ("const char*", []),
        })

    def test_header_has_content(self):
        text = read_header()
        self.assertGreaterEqual(len(int_defines(text)), 29)
        self.assertGreaterEqual(len(functions(text)), 13)


class TestConstants(unittest.TestCase):
    def setUp(self):
        self.defines = int_defines(read_header())

    def test_every_integer_define(self):
        for name, (value, _, _) in self.defines.items():
            with self.subTest(name=name):
                self.assertTrue(hasattr(aka, name), "aka.py lacks " + name)
                self.assertEqual(getattr(aka, name), value)

    def test_no_stale_constants(self):
        # An AKA_ integer in aka.py that the header does not define (any
        # more) is a mistake too. AKA_VERSION_NUMBER is an expression there.
        computed = {"AKA_VERSION_NUMBER"}
        for name in dir(aka):
            if name.startswith("AKA_") and isinstance(getattr(aka, name), int):
                if name not in computed:
                    self.assertIn(name, self.defines, name)

    def test_version_string_and_number(self):
        text = read_header()
        m = re.search(r'#define\s+AKA_VERSION_STRING\s+"([^"]+)"', text)
        self.assertEqual(aka.AKA_VERSION_STRING, m.group(1))
        self.assertEqual(aka.AKA_VERSION_NUMBER,
                         aka.AKA_VERSION_MAJOR * 1000000
                         + aka.AKA_VERSION_MINOR * 1000
                         + aka.AKA_VERSION_PATCH)

    def enum_section(self, title, enum):
        # Members are the defines of the section with a trailing /**< doc.
        want = {name[4:]: value
                for name, (value, section, line) in self.defines.items()
                if section == title and "/**<" in line}
        self.assertTrue(want, "no constants found in section " + title)
        self.assertEqual({m.name: int(m) for m in enum}, want)
        for name, value in want.items():
            self.assertEqual(getattr(aka, name), value)  # short alias

    def test_status_enum(self):
        self.enum_section("Status codes", aka.Status)

    def test_feature_enum(self):
        self.enum_section("Feature kinds", aka.Feature)


class TestFunctions(unittest.TestCase):
    def setUp(self):
        self.funcs = functions(read_header())

    def test_same_function_set(self):
        self.assertEqual(sorted(self.funcs), sorted(aka.PROTOTYPES))

    def test_prototypes_match(self):
        for name, (ret, params) in self.funcs.items():
            with self.subTest(function=name):
                self.assertIn(name, aka.PROTOTYPES)
                for t in [ret] + params:
                    self.assertIn(t, C_TO_CTYPES,
                                  "no ctypes mapping for C type %r" % t)
                restype, argtypes = aka.PROTOTYPES[name]
                self.assertIs(restype, C_TO_CTYPES[ret])
                self.assertEqual(len(argtypes), len(params))
                for got, c in zip(argtypes, params):
                    self.assertIs(got, C_TO_CTYPES[c], c)

    def test_loaded_functions_are_declared(self):
        # What the module applied to the loaded library, not just the table.
        for name, (restype, argtypes) in aka.PROTOTYPES.items():
            fn = getattr(aka.lib, name)
            self.assertIs(fn.restype, restype, name)
            self.assertEqual(tuple(fn.argtypes), tuple(argtypes), name)


if __name__ == "__main__":
    unittest.main()
