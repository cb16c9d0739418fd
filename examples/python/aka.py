"""aka -- the Python binding of libaka, through ctypes (standard library only).

    >>> import aka
    >>> aka.normalize("name", "Юлия Тимошенко")
    'yuliya timoshenko'
    >>> with aka.Engine({"default_country": "UA"}) as engine:
    ...     engine.normalize(aka.Feature.PHONE, "(067) 123-45-67")
    '+380671234567'

Every function of include/aka.h is declared here with its exact argument and
result types (ctypes would otherwise assume int and truncate 64-bit
pointers). tests/python/test_header_sync.py fails when the header gains a
constant or a function that this module does not mirror.

Finding the library, first match wins:
  1. the environment variable AKA_LIBRARY (a full path; if set, nothing else
     is tried, so that a wrong path is an error rather than a silent
     fallback to some other copy);
  2. the system: the soname libaka.so.<major> through the dynamic loader
     (LD_LIBRARY_PATH, the ldconfig cache, the default directories), then
     ctypes.util.find_library("aka");
  3. libaka.so.<major> in the repository's build tree (../../build/lib/
     relative to this file), so that the examples work in a fresh checkout.
The loaded library must have the same major version as this module.

docs/python.md is the user guide. SPDX-License-Identifier: CC0-1.0
"""

import contextlib
import ctypes
import ctypes.util
import enum
import json
import operator
import os
import sys
import threading

__all__ = [
    "AkaError", "ArgumentError", "AkaMemoryError", "Utf8Error", "ParseError",
    "AkaBufferError", "NotFoundError", "CorruptError", "VersionError",
    "AkaIOError", "OptionError", "LimitError", "InternalError",
    "Status", "Feature", "Options", "Engine", "Record",
    "normalize", "name_compare", "status_str", "version_string",
    "version_number",
    "library_path",
]

# ---- Constants: the values of include/aka.h, fixed forever there ----------

AKA_VERSION_MAJOR = 0
AKA_VERSION_MINOR = 2
AKA_VERSION_PATCH = 0
AKA_VERSION_STRING = "0.2.0"
AKA_VERSION_NUMBER = (AKA_VERSION_MAJOR * 1000000 + AKA_VERSION_MINOR * 1000
                      + AKA_VERSION_PATCH)

AKA_OK = 0
AKA_ERR_ARGUMENT = 1
AKA_ERR_NOMEM = 2
AKA_ERR_UTF8 = 3
AKA_ERR_PARSE = 4
AKA_ERR_BUFFER = 5
AKA_ERR_NOT_FOUND = 6
AKA_ERR_CORRUPT = 7
AKA_ERR_VERSION = 8
AKA_ERR_IO = 9
AKA_ERR_OPTION = 10
AKA_ERR_LIMIT = 11
AKA_ERR_INTERNAL = 12

AKA_NAME = 1
AKA_GIVEN_NAME = 2
AKA_FAMILY_NAME = 3
AKA_DATE_OF_BIRTH = 4
AKA_GENDER = 5
AKA_NATIONALITY = 6
AKA_DOCUMENT = 7
AKA_PHONE = 8
AKA_EMAIL = 9
AKA_ADDRESS = 10
AKA_PLACE_OF_BIRTH = 11
AKA_IDENTIFIER = 12

AKA_MAX_VALUE_BYTES = 65536

VERSION_MAJOR = AKA_VERSION_MAJOR
VERSION_MINOR = AKA_VERSION_MINOR
VERSION_PATCH = AKA_VERSION_PATCH
MAX_VALUE_BYTES = AKA_MAX_VALUE_BYTES


class Status(enum.IntEnum):
    """aka_status values; the member name is the C name without "AKA_"."""
    OK = AKA_OK
    ERR_ARGUMENT = AKA_ERR_ARGUMENT
    ERR_NOMEM = AKA_ERR_NOMEM
    ERR_UTF8 = AKA_ERR_UTF8
    ERR_PARSE = AKA_ERR_PARSE
    ERR_BUFFER = AKA_ERR_BUFFER
    ERR_NOT_FOUND = AKA_ERR_NOT_FOUND
    ERR_CORRUPT = AKA_ERR_CORRUPT
    ERR_VERSION = AKA_ERR_VERSION
    ERR_IO = AKA_ERR_IO
    ERR_OPTION = AKA_ERR_OPTION
    ERR_LIMIT = AKA_ERR_LIMIT
    ERR_INTERNAL = AKA_ERR_INTERNAL


class Feature(enum.IntEnum):
    """aka_feature values (the kind of a value)."""
    NAME = AKA_NAME
    GIVEN_NAME = AKA_GIVEN_NAME
    FAMILY_NAME = AKA_FAMILY_NAME
    DATE_OF_BIRTH = AKA_DATE_OF_BIRTH
    GENDER = AKA_GENDER
    NATIONALITY = AKA_NATIONALITY
    DOCUMENT = AKA_DOCUMENT
    PHONE = AKA_PHONE
    EMAIL = AKA_EMAIL
    ADDRESS = AKA_ADDRESS
    PLACE_OF_BIRTH = AKA_PLACE_OF_BIRTH
    IDENTIFIER = AKA_IDENTIFIER

    @classmethod
    def parse(cls, kind):
        """A Feature from a Feature, an int or a name such as "date_of_birth".

        Integers are passed through unchecked (as int) so that the library,
        not this module, decides which kinds exist: a newer library may know
        kinds this module does not.
        """
        if isinstance(kind, str):
            try:
                return cls[kind.strip().upper()]
            except KeyError:
                raise ValueError("unknown feature kind name %r (known: %s)"
                                 % (kind, ", ".join(m.name.lower()
                                                    for m in cls))) from None
        kind = operator.index(kind)  # TypeError for floats, None, ...
        try:
            return cls(kind)
        except ValueError:
            return kind


# Short module constants (OK, ERR_UTF8, NAME, ...), as the enum members.
globals().update(Status.__members__)
globals().update(Feature.__members__)
__all__ += list(Status.__members__) + list(Feature.__members__)


# ---- Exceptions -----------------------------------------------------------

class AkaError(Exception):
    """A failing libaka call: .status (a Status, or an int this module does
    not know) and .message (the library's words; never the input value)."""

    def __init__(self, status, message):
        try:
            status = Status(status)
        except ValueError:
            pass
        self.status = status
        self.message = message
        name = ("AKA_" + status.name if isinstance(status, Status)
                else "status %d" % status)
        # aka_normalize gives no detail beyond the status name: say it once.
        super().__init__(name if message in ("", name)
                         else "%s: %s" % (name, message))

    def __reduce__(self):
        # Default pickling would call cls(*self.args) with one argument.
        return (type(self), (int(self.status), self.message))


class ArgumentError(AkaError, ValueError):
    """AKA_ERR_ARGUMENT: unknown kind, NULL handle or bad argument."""


class AkaMemoryError(AkaError, MemoryError):
    """AKA_ERR_NOMEM."""


class Utf8Error(AkaError, ValueError):
    """AKA_ERR_UTF8: invalid UTF-8 or a NUL byte inside the value."""


class ParseError(AkaError, ValueError):
    """AKA_ERR_PARSE: valid text that cannot be read as its kind (or empty)."""


class AkaBufferError(AkaError):
    """AKA_ERR_BUFFER: only seen if the library keeps asking for more room."""


class NotFoundError(AkaError, LookupError):
    """AKA_ERR_NOT_FOUND."""


class CorruptError(AkaError):
    """AKA_ERR_CORRUPT."""


class VersionError(AkaError):
    """AKA_ERR_VERSION."""


class AkaIOError(AkaError):
    """AKA_ERR_IO."""


class OptionError(AkaError, ValueError):
    """AKA_ERR_OPTION: unknown option key or invalid option value."""


class LimitError(AkaError, ValueError):
    """AKA_ERR_LIMIT: e.g. a value over AKA_MAX_VALUE_BYTES."""


class InternalError(AkaError):
    """AKA_ERR_INTERNAL: an unexpected failure inside ICU."""


_ERRORS = {
    Status.ERR_ARGUMENT: ArgumentError,
    Status.ERR_NOMEM: AkaMemoryError,
    Status.ERR_UTF8: Utf8Error,
    Status.ERR_PARSE: ParseError,
    Status.ERR_BUFFER: AkaBufferError,
    Status.ERR_NOT_FOUND: NotFoundError,
    Status.ERR_CORRUPT: CorruptError,
    Status.ERR_VERSION: VersionError,
    Status.ERR_IO: AkaIOError,
    Status.ERR_OPTION: OptionError,
    Status.ERR_LIMIT: LimitError,
    Status.ERR_INTERNAL: InternalError,
}


# The errors that say a value cannot be read, which Record(errors="skip")
# leaves out.
_VALUE_ERRORS = (ParseError, Utf8Error, LimitError)


def error_for(status, message):
    """The exception object for a non-OK status (AkaError for unknown ones)."""
    return _ERRORS.get(status, AkaError)(status, message)


# ---- Types and prototypes -------------------------------------------------

class _Options(ctypes.Structure):
    """struct aka_options: opaque, only ever used through a pointer."""


class _Engine(ctypes.Structure):
    """struct aka_engine: opaque, only ever used through a pointer."""


class _Record(ctypes.Structure):
    """struct aka_record: opaque, only ever used through a pointer."""


OptionsPtr = ctypes.POINTER(_Options)
EnginePtr = ctypes.POINTER(_Engine)
RecordPtr = ctypes.POINTER(_Record)

_status = ctypes.c_int   # aka_status is a plain int (STYLE.md section 4)
_feature = ctypes.c_int  # aka_feature likewise
_cstr = ctypes.c_char_p  # const char * inputs and static/handle strings
_buf = ctypes.POINTER(ctypes.c_char)  # char *buf outputs (may be None)
_size = ctypes.c_size_t
_psize = ctypes.POINTER(ctypes.c_size_t)

# name -> (restype, argtypes), in the order of include/aka.h. Every exported
# function is here; the header-sync test compares this table with aka.h.
PROTOTYPES = {
    "aka_version_string": (_cstr, []),
    "aka_version_number": (ctypes.c_uint32, []),
    "aka_status_str": (_cstr, [_status]),
    "aka_normalize": (_status, [_feature, _cstr, _size, _buf, _size, _psize]),
    "aka_name_compare": (_status, [_cstr, _size, _cstr, _size,
                                   ctypes.POINTER(ctypes.c_double),
                                   ctypes.POINTER(ctypes.c_int)]),
    "aka_record_new": (_status, [ctypes.POINTER(RecordPtr)]),
    "aka_record_add": (_status, [RecordPtr, _feature, _cstr, _size]),
    "aka_record_clear": (_status, [RecordPtr]),
    "aka_record_errmsg": (_cstr, [RecordPtr]),
    "aka_record_free": (None, [RecordPtr]),
    "aka_options_new": (_status, [ctypes.POINTER(OptionsPtr)]),
    "aka_options_set": (_status, [OptionsPtr, _cstr, _cstr]),
    "aka_options_get": (_status, [OptionsPtr, _cstr, _buf, _size, _psize]),
    "aka_options_errmsg": (_cstr, [OptionsPtr]),
    "aka_options_free": (None, [OptionsPtr]),
    "aka_engine_new": (_status, [OptionsPtr, ctypes.POINTER(EnginePtr)]),
    "aka_engine_free": (None, [EnginePtr]),
    "aka_engine_errmsg": (_cstr, [EnginePtr]),
    "aka_engine_normalize": (_status, [EnginePtr, _feature, _cstr, _size,
                                       _buf, _size, _psize]),
    "aka_engine_add": (_status, [EnginePtr, _cstr, _size, _cstr, _size,
                                 RecordPtr, ctypes.POINTER(ctypes.c_uint64)]),
    "aka_engine_add_many": (_status, [EnginePtr, _size, ctypes.POINTER(_cstr),
                                      ctypes.POINTER(_size),
                                      ctypes.POINTER(_cstr),
                                      ctypes.POINTER(_size),
                                      ctypes.POINTER(RecordPtr),
                                      ctypes.POINTER(_status),
                                      ctypes.POINTER(ctypes.c_uint64)]),
    "aka_engine_remove": (_status, [EnginePtr, _cstr, _size, _cstr, _size]),
    "aka_engine_entity_of": (_status, [EnginePtr, _cstr, _size, _cstr, _size,
                                       ctypes.POINTER(ctypes.c_uint64)]),
    "aka_engine_decide": (_status, [EnginePtr, _cstr, _size, _cstr, _size,
                                    _cstr, _size, _cstr, _size, ctypes.c_int]),
    "aka_engine_undecide": (_status, [EnginePtr, _cstr, _size, _cstr, _size,
                                      _cstr, _size, _cstr, _size]),
    "aka_engine_stats": (_status, [EnginePtr, _buf, _size, _psize]),
    "aka_engine_entity": (_status, [EnginePtr, ctypes.c_uint64, _buf, _size,
                                    _psize]),
    "aka_engine_changes": (_status, [EnginePtr, ctypes.c_uint64,
                                     ctypes.POINTER(ctypes.c_uint64), _size,
                                     _psize, ctypes.POINTER(ctypes.c_uint64)]),
    "aka_engine_entities": (_status, [EnginePtr, ctypes.c_uint64,
                                      ctypes.POINTER(ctypes.c_uint64), _size,
                                      _psize]),
    "aka_engine_estimate": (_status, [EnginePtr]),
    "aka_engine_rescore": (_status, [EnginePtr]),
    "aka_engine_model": (_status, [EnginePtr, _buf, _size, _psize]),
    "aka_engine_bulk_begin": (_status, [EnginePtr]),
    "aka_engine_bulk_end": (_status, [EnginePtr]),
    "aka_engine_search": (_status, [EnginePtr, RecordPtr, _size,
                                    ctypes.POINTER(ctypes.c_uint64),
                                    ctypes.POINTER(ctypes.c_double), _psize]),
    "aka_engine_explain": (_status, [EnginePtr, _cstr, _size, _cstr, _size,
                                     _cstr, _size, _cstr, _size, _buf, _size,
                                     _psize]),
    "aka_engine_save": (_status, [EnginePtr, _cstr]),
    "aka_engine_load": (_status, [_cstr, OptionsPtr,
                                  ctypes.POINTER(EnginePtr)]),
    "aka_engine_load_msg": (_status, [_cstr, OptionsPtr,
                                      ctypes.POINTER(EnginePtr), _buf, _size]),
}


# ---- Loading --------------------------------------------------------------

def _soname(major):
    if sys.platform == "darwin":
        return "libaka.%d.dylib" % major
    if sys.platform == "win32":
        return "aka.dll"
    return "libaka.so.%d" % major


def _candidates():
    """(description, path) pairs to try, in order (see the module docstring).

    An installed library comes before the build tree, so that a program
    that ships aka.py next to a checkout still uses the system's copy when
    there is one; AKA_LIBRARY overrides both.
    """
    env = os.environ.get("AKA_LIBRARY")
    if env:
        return [("AKA_LIBRARY", env)]
    soname = _soname(AKA_VERSION_MAJOR)
    # A bare name makes dlopen search LD_LIBRARY_PATH, the ldconfig cache
    # and the default directories, exactly as for a linked C program.
    out = [("the dynamic loader", soname)]
    found = ctypes.util.find_library("aka")
    if found != soname:
        out.append(("ctypes.util.find_library('aka')", found))
    here = os.path.dirname(os.path.abspath(__file__))
    build = os.path.normpath(os.path.join(here, "..", "..", "build", "lib",
                                          soname))
    out.append(("repository build tree", build))
    return out


def _declare(lib):
    for name, (restype, argtypes) in PROTOTYPES.items():
        fn = getattr(lib, name)  # AttributeError names a missing symbol
        fn.restype = restype
        fn.argtypes = argtypes


def check_major(library_number, where="the loaded libaka"):
    """Raise ImportError unless the run-time major equals this module's."""
    major = library_number // 1000000
    if major != AKA_VERSION_MAJOR:
        raise ImportError(
            "%s has major version %d (version number %d) but aka.py was "
            "written for major version %d; use the aka.py that ships with "
            "that library, or point AKA_LIBRARY at a libaka.so.%d"
            % (where, major, library_number, AKA_VERSION_MAJOR,
               AKA_VERSION_MAJOR))


def load_library():
    """Find, load and declare libaka; returns (CDLL, path). Raises ImportError
    listing every place tried when none works."""
    tried = []
    for what, path in _candidates():
        if not path:
            tried.append("%s: nothing found" % what)
            continue
        if os.sep in path and not os.path.exists(path):
            tried.append("%s: %s does not exist" % (what, path))
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError as exc:
            tried.append("%s: %s (%s)" % (what, path, exc))
            continue
        try:
            _declare(lib)
        except AttributeError as exc:
            raise ImportError("%s (%s) lacks a libaka function: %s"
                              % (path, what, exc)) from None
        check_major(lib.aka_version_number(), "%s (%s)" % (path, what))
        return lib, path
    raise ImportError("libaka could not be loaded; tried:\n  "
                      + "\n  ".join(tried)
                      + "\nSet AKA_LIBRARY to the full path of libaka.so.%d."
                      % AKA_VERSION_MAJOR)


lib, library_path = load_library()

# Bound once, so that finalisers still work while the interpreter shuts down
# and module globals are being cleared.
_options_free = lib.aka_options_free
_record_free = lib.aka_record_free
_engine_free = lib.aka_engine_free


# ---- Stateless functions --------------------------------------------------

def version_string():
    """The run-time library version, e.g. "0.1.0"."""
    return lib.aka_version_string().decode("ascii")


def version_number():
    """The run-time version as major*1000000 + minor*1000 + patch."""
    return lib.aka_version_number()


def status_str(status):
    """The C name of a status, e.g. "AKA_ERR_UTF8"; "AKA_ERR_UNKNOWN" for a
    value the library does not know."""
    return lib.aka_status_str(status).decode("ascii")


def _encode(value):
    """str is encoded as UTF-8; bytes (and bytearray/memoryview) are passed
    as they are, so that invalid UTF-8 reaches the library unchanged."""
    if isinstance(value, str):
        # surrogatepass: a lone surrogate becomes bytes the library rejects
        # as invalid UTF-8 (AKA_ERR_UTF8) instead of a Python-side error.
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Not converted: a phone or a document read as a number has lost
        # its leading zeros and its plus, a date its separators.
        raise TypeError("value must be str or bytes, not %s: give numbers "
                        "as the text they were written as (a phone 050... "
                        "read as a number has lost its 0)"
                        % type(value).__name__)
    raise TypeError("value must be str or bytes, not %s"
                    % type(value).__name__)


def _absent(value):
    """Whether a value in a mapping record stands for no value: None, or a
    float NaN, the missing value of pandas and NumPy."""
    return value is None or (isinstance(value, float) and value != value)


def _path(path):
    """A file path as the NUL-terminated bytes the C API takes."""
    b = os.fsencode(path)
    if b"\0" in b:
        raise ArgumentError(AKA_ERR_ARGUMENT, "path holds a NUL byte")
    return b


def _capacity_guess(n_in):
    # Canonical forms are rarely longer than twice the input (romanising
    # 3-byte CJK syllables); a miss costs one more call, never a failure.
    return 2 * n_in + 32


def _read_string(call, n_in):
    """Run call(buf, cap, &len) with a buffer, retrying once at the size the
    library reports on AKA_ERR_BUFFER. Returns (status, text or None)."""
    out_len = ctypes.c_size_t(0)
    cap = _capacity_guess(n_in)
    for _ in range(3):
        buf = ctypes.create_string_buffer(cap) if cap > 0 else None
        st = call(buf, cap, ctypes.byref(out_len))
        if st == AKA_OK:
            raw = buf.raw[:out_len.value] if buf is not None else b""
            return st, raw.decode("utf-8")
        if st != AKA_ERR_BUFFER or out_len.value < cap:
            return st, None
        cap = out_len.value + 1  # room for the NUL terminator
    return st, None


def normalize(kind, value):
    """The canonical form of one value, as str.

    kind: a Feature, an int or a kind name ("name", "date_of_birth", ...).
    value: str (sent as UTF-8) or bytes (sent as is).
    Raises the AkaError subclass of the failing status; its message is the
    status name (use Engine.normalize for a readable reason).
    """
    kind = Feature.parse(kind)
    data = _encode(value)
    st, text = _read_string(
        lambda buf, cap, plen: lib.aka_normalize(kind, data, len(data), buf,
                                                 cap, plen),
        len(data))
    if st != AKA_OK:
        raise error_for(st, status_str(st))
    return text


def name_compare(a, b):
    """Compare two personal names in any scripts: returns (score, same),
    score a float in [0, 1] and same a bool, the library's default decision.

    a, b: str (sent as UTF-8) or bytes (sent as is). Raises the AkaError
    subclass of the failing status (Utf8Error, ParseError for a name with no
    letter or digit, LimitError ...).
    """
    da, db = _encode(a), _encode(b)
    score = ctypes.c_double(0)
    same = ctypes.c_int(0)
    st = lib.aka_name_compare(da, len(da), db, len(db), ctypes.byref(score),
                              ctypes.byref(same))
    if st != AKA_OK:
        raise error_for(st, status_str(st))
    return score.value, bool(same.value)


# ---- Options ----------------------------------------------------------------

class _Closable:
    """Context-manager and finaliser plumbing shared by the handle classes:
    both end in close(), which is idempotent."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    @property
    def closed(self):
        return not self._h


class _LockedHandle(_Closable):
    """A C handle that belongs to one thread at a time (options, records):
    every call holds self._lock, and close() frees the handle once."""

    def _handle(self):
        if not self._h:
            raise ValueError("operation on a closed aka.%s"
                             % type(self).__name__)
        return self._h

    def close(self):
        """Free the C handle; safe to call more than once."""
        lock = getattr(self, "_lock", None)
        if lock is None:  # __init__ failed before anything was allocated
            return
        with lock:
            h, self._h = self._h, None
        if h:
            self._free(h)


class Options(_LockedHandle):
    """An aka_options handle: string keys and values (docs/options.md).

    Options(default_country="UA") sets keys at creation. Usable as a context
    manager; close() is idempotent and the finaliser calls it; engines made
    from these options keep their own copy (aka.h, aka_options_free). Calls
    are serialised by a lock because the C handle belongs to one thread at a
    time.
    """

    def __init__(self, values=None, **kwargs):
        self._h = None
        self._lock = threading.Lock()
        h = OptionsPtr()
        st = lib.aka_options_new(ctypes.byref(h))
        if st != AKA_OK:
            raise error_for(st, "aka_options_new: " + status_str(st))
        self._h = h
        self._free = _options_free
        items = dict(values or {})
        items.update(kwargs)
        try:
            for key, val in items.items():
                self.set(key, val)
        except BaseException:
            self.close()
            raise

    def _fail(self, st):
        # The handle's message, read under the same lock as the failing call.
        msg = lib.aka_options_errmsg(self._h).decode("utf-8", "replace")
        return error_for(st, msg or status_str(st))

    def set(self, key, value):
        """Set one option; OptionError names the key and accepted values."""
        k, v = _encode(key), _encode(value)
        with self._lock:
            st = lib.aka_options_set(self._handle(), k, v)
            if st != AKA_OK:
                raise self._fail(st)

    def get(self, key):
        """The current value of one option, in canonical spelling."""
        k = _encode(key)
        with self._lock:
            h = self._handle()
            st, text = _read_string(
                lambda buf, cap, plen: lib.aka_options_get(h, k, buf, cap,
                                                           plen), 64)
            if st != AKA_OK:
                raise self._fail(st)
            return text

    @property
    def errmsg(self):
        """The message of the last failing call on this set ("" if none)."""
        with self._lock:
            return lib.aka_options_errmsg(self._handle()).decode("utf-8",
                                                                  "replace")




# ---- Records ----------------------------------------------------------------

class Record(_LockedHandle):
    """An aka_record: the values one source holds about one person.

    Record(name=["Юлия Тимошенко", "Yulia Tymoshenko"], date_of_birth="27.11.1960")
    adds values at creation (kind names as keyword arguments, a list for
    repeated values). add() raises the AkaError of the failing status with the
    record's message (ParseError for an unreadable value).

    errors="skip" keeps the record when a value given at creation cannot be
    read (ParseError, Utf8Error, LimitError: a year typed 7996, an empty
    cell, a NUL byte), as aka-resolve keeps a row: the value is left out and
    listed in .skipped as (kind name, value, error). Other errors still
    raise: an unknown kind, a value that is not str or bytes, no memory.

    In the mapping and keyword values, None and a float NaN (the missing value
    of pandas and NumPy) stand for no value and are left out; a number is a
    TypeError (a phone or a document read as a number has lost its leading
    zeros: give the text as written).
    """

    def __init__(self, values=None, *, errors="raise", **kwargs):
        self._h = None
        self._lock = threading.Lock()
        if errors not in ("raise", "skip"):
            raise ValueError('errors must be "raise" or "skip", not %r'
                             % (errors,))
        self.skipped = []
        h = RecordPtr()
        st = lib.aka_record_new(ctypes.byref(h))
        if st != AKA_OK:
            raise error_for(st, "aka_record_new: " + status_str(st))
        self._h = h
        self._free = _record_free
        items = dict(values or {})
        items.update(kwargs)
        try:
            for kind, vals in items.items():
                if isinstance(vals, (str, bytes, bytearray, memoryview)):
                    vals = [vals]
                elif _absent(vals):
                    Feature.parse(kind)  # an unknown kind still raises
                    continue
                elif isinstance(vals, (int, float)):
                    _encode(vals)  # raises the TypeError that says why
                for v in vals:
                    if _absent(v):
                        continue
                    try:
                        self.add(kind, v)
                    except _VALUE_ERRORS as e:
                        if errors != "skip":
                            raise
                        self.skipped.append((Feature.parse(kind).name.lower(),
                                             v, e))
        except BaseException:
            self.close()
            raise

    def add(self, kind, value):
        """Add one value of a kind (a Feature, int or kind name)."""
        kind = Feature.parse(kind)
        data = _encode(value)
        with self._lock:
            st = lib.aka_record_add(self._handle(), kind, data, len(data))
            if st != AKA_OK:
                msg = lib.aka_record_errmsg(self._h).decode("utf-8", "replace")
                raise error_for(st, msg or status_str(st))
        return self

    def clear(self):
        """Remove every value."""
        with self._lock:
            st = lib.aka_record_clear(self._handle())
            if st != AKA_OK:
                raise error_for(st, status_str(st))



# ---- Engine -----------------------------------------------------------------

_UINT64_MAX = 2 ** 64 - 1


def _record_key(key, what):
    """A (source, record_id) pair, encoded. Anything else is a TypeError:
    a bare string would otherwise unpack into its first two characters."""
    if (isinstance(key, (str, bytes, bytearray, memoryview))
            or not isinstance(key, (tuple, list)) or len(key) != 2):
        raise TypeError("%s must be a (source, record_id) pair, not %s"
                        % (what, type(key).__name__))
    return _encode(key[0]), _encode(key[1])


def _entity_id(entity_id):
    """An entity id as a Python int in the uint64_t range (ctypes would
    silently wrap a negative or oversized one to some other entity)."""
    if isinstance(entity_id, bool):
        raise TypeError("an entity id must be an int, not bool")
    entity_id = operator.index(entity_id)  # TypeError for str, float ...
    if not 0 <= entity_id <= _UINT64_MAX:
        raise ValueError("an entity id is in [0, 2**64 - 1]")
    return entity_id


@contextlib.contextmanager
def _as_record(record, errors="raise"):
    """Yield an open Record for a Record or a mapping of kind -> value(s);
    a Record made here (with `errors`, as Record takes it) is closed on the
    way out."""
    if isinstance(record, Record):
        yield record
    elif hasattr(record, "items"):
        with Record(record, errors=errors) as made:
            yield made
    else:
        raise TypeError("record must be an aka.Record or a mapping of kind "
                        "to value(s), not %s" % type(record).__name__)



class Engine(_Closable):
    """An aka_engine handle.

    options: None (defaults), an Options, or a dict of key -> value. The C
    engine copies the options, so they may be closed right after.
    An engine may be shared by threads; close() waits for calls in flight so
    that it never frees the handle under a running call.
    """

    def __init__(self, options=None):
        self._h = None
        self._cond = threading.Condition()
        self._busy = 0
        own = None
        if options is None:
            ptr = None
        elif isinstance(options, Options):
            ptr = options._handle()
        elif hasattr(options, "items"):
            own = Options(options)
            ptr = own._h
        else:
            raise TypeError("options must be None, an aka.Options or a "
                            "mapping, not %s" % type(options).__name__)
        try:
            h = EnginePtr()
            if isinstance(options, Options):
                with options._lock:  # one thread at a time on the options
                    st = lib.aka_engine_new(ptr, ctypes.byref(h))
            else:
                st = lib.aka_engine_new(ptr, ctypes.byref(h))
        finally:
            if own is not None:
                own.close()
        if st != AKA_OK:
            raise error_for(st, "aka_engine_new: " + status_str(st))
        self._h = h
        self._free = _engine_free

    def _enter(self):
        with self._cond:
            if not self._h:
                raise ValueError("operation on a closed aka.Engine")
            self._busy += 1
            return self._h

    def _leave(self):
        with self._cond:
            self._busy -= 1
            if self._busy == 0:
                self._cond.notify_all()

    def normalize(self, kind, value):
        """aka_normalize with the engine's options; errors carry the engine's
        message for this thread (it names the field and rule, not the value).
        """
        kind = Feature.parse(kind)
        data = _encode(value)
        h = self._enter()
        try:
            st, text = _read_string(
                lambda buf, cap, plen: lib.aka_engine_normalize(
                    h, kind, data, len(data), buf, cap, plen),
                len(data))
            if st != AKA_OK:
                # Per-thread message: read it on this thread, before any
                # other call on the engine from this thread.
                msg = lib.aka_engine_errmsg(h).decode("utf-8", "replace")
                raise error_for(st, msg or status_str(st))
            return text
        finally:
            self._leave()

    def _call(self, fn, *args):
        """Run fn(h, *args); raise the failing status with this thread's
        engine message."""
        h = self._enter()
        try:
            st = fn(h, *args)
            if st != AKA_OK:
                msg = lib.aka_engine_errmsg(h).decode("utf-8", "replace")
                raise error_for(st, msg or status_str(st))
        finally:
            self._leave()

    def add(self, source, record_id, record, errors="raise"):
        """Add or replace the record (source, record_id) and resolve it;
        returns its entity id. record: an aka.Record, or a mapping such as
        {"name": ["Олена Коваленко", "Olena Kovalenko"], "date_of_birth":
        "1990"} (a temporary Record is made, with errors="skip" leaving out
        the values it cannot read as Record does, and closed)."""
        s, i = _encode(source), _encode(record_id)
        ent = ctypes.c_uint64(0)
        with _as_record(record, errors) as rec, rec._lock:
            self._call(lib.aka_engine_add, s, len(s), i, len(i),
                       rec._handle(), ctypes.byref(ent))
        return ent.value

    def add_many(self, items, errors="raise"):
        """Add many records, as add() one after another would, with their
        values read on the engine's `threads` threads. items: (source,
        record_id, record) triples, record an aka.Record or a mapping
        (errors as add() takes it).
        Returns one result per item: the entity id (an int) of each added
        record, or the AkaError that refused it; a refused record does not
        stop the others."""
        items = list(items)
        n = len(items)
        if n == 0:
            return []
        with contextlib.ExitStack() as stack:
            keys, handles, locked = [], [], set()
            for item in items:
                try:
                    source, record_id, record = item
                except (TypeError, ValueError):
                    raise TypeError("add_many: each item must be (source, "
                                    "record_id, record)") from None
                rec = stack.enter_context(_as_record(record, errors))
                if id(rec) not in locked:  # a Record given twice locks once
                    stack.enter_context(rec._lock)
                    locked.add(id(rec))
                keys.append((_encode(source), _encode(record_id)))
                handles.append(rec._handle())
            srcs = (_cstr * n)(*[k[0] for k in keys])
            slens = (_size * n)(*[len(k[0]) for k in keys])
            ids = (_cstr * n)(*[k[1] for k in keys])
            ilens = (_size * n)(*[len(k[1]) for k in keys])
            recs = (RecordPtr * n)(*handles)
            sts = (_status * n)()
            ents = (ctypes.c_uint64 * n)()
            h = self._enter()
            try:
                st = lib.aka_engine_add_many(h, n, srcs, slens, ids, ilens,
                                             recs, sts, ents)
                msg = lib.aka_engine_errmsg(h).decode("utf-8", "replace") \
                    if st != AKA_OK else ""
            finally:
                self._leave()
        if st == AKA_ERR_ARGUMENT and all(s == AKA_OK for s in sts):
            raise error_for(st, msg or status_str(st))
        out, first = [], True
        for k in range(n):
            if sts[k] == AKA_OK:
                out.append(ents[k])
                continue
            # The engine keeps the message of the first refusal only.
            out.append(error_for(sts[k], msg if first and msg else
                                 "record %d: %s" % (k, status_str(sts[k]))))
            first = False
        return out

    def remove(self, source, record_id):
        """Remove a record; its entity is resolved again."""
        s, i = _encode(source), _encode(record_id)
        self._call(lib.aka_engine_remove, s, len(s), i, len(i))

    def entity_of(self, source, record_id):
        """The entity id of a record (NotFoundError if there is none)."""
        s, i = _encode(source), _encode(record_id)
        ent = ctypes.c_uint64(0)
        self._call(lib.aka_engine_entity_of, s, len(s), i, len(i),
                   ctypes.byref(ent))
        return ent.value

    def decide(self, a, b, same):
        """An analyst's decision on records a and b, each (source,
        record_id): same=True "the same person", False "not the same".
        ArgumentError when it contradicts the decisions in force on other
        pairs (nothing is recorded: withdraw one of those first)."""
        sa, ia = _record_key(a, "a")
        sb, ib = _record_key(b, "b")
        self._call(lib.aka_engine_decide, sa, len(sa), ia, len(ia), sb,
                   len(sb), ib, len(ib), 1 if same else 0)

    def undecide(self, a, b):
        """Withdraw the analyst's decision on records a and b, each
        (source, record_id): the evidence alone decides again.
        NotFoundError when either record is unknown or the pair has no
        decision."""
        sa, ia = _record_key(a, "a")
        sb, ib = _record_key(b, "b")
        self._call(lib.aka_engine_undecide, sa, len(sa), ia, len(ia), sb,
                   len(sb), ib, len(ib))

    def _json(self, call, initial):
        """Run call(handle, buf, cap, plen) (growing the buffer as needed)
        and parse its JSON, raising the engine's message on failure."""
        h = self._enter()
        try:
            st, text = _read_string(
                lambda buf, cap, plen: call(h, buf, cap, plen), initial)
            if st != AKA_OK:
                msg = lib.aka_engine_errmsg(h).decode("utf-8", "replace")
                raise error_for(st, msg or status_str(st))
        finally:
            self._leave()
        return json.loads(text)

    def stats(self):
        """What the engine holds (docs/engine.md), as a dict."""
        return self._json(lib.aka_engine_stats, 512)

    def entity(self, entity_id):
        """An entity's records, possible matches and decisions
        (docs/engine.md) as a dict: {"entity", "records": [{"source",
        "record_id"}], "possible_matches": [...], "decisions": [...]}.
        NotFoundError if there is no such entity now."""
        entity_id = _entity_id(entity_id)
        return self._json(
            lambda h, buf, cap, plen: lib.aka_engine_entity(
                h, entity_id, buf, cap, plen), 1024)

    def changes(self, since=0):
        """The entities whose records changed since a cursor (0: the
        engine's first change) as (ids, cursor): the ids ascending, each of
        an entity that exists now (records() gives its records) or is gone
        for good (entity() raises NotFoundError), and the cursor to give
        next time. Raises LimitError when the engine no longer holds every
        change since that cursor, or the cursor is another engine's: read
        every entity again, then go on from the error's .cursor."""
        if isinstance(since, bool):
            raise TypeError("since must be an int, not bool")
        since = operator.index(since)
        if not 0 <= since < 1 << 64:
            raise ValueError("since must be a cursor changes() gave, or 0")
        cap = 64
        while True:
            ids = (ctypes.c_uint64 * cap)()
            n = ctypes.c_size_t(0)
            nxt = ctypes.c_uint64(0)
            h = self._enter()
            try:
                st = lib.aka_engine_changes(h, since, ids, cap,
                                            ctypes.byref(n),
                                            ctypes.byref(nxt))
                msg = ("" if st in (AKA_OK, AKA_ERR_BUFFER) else
                       lib.aka_engine_errmsg(h).decode("utf-8", "replace"))
            finally:
                self._leave()
            if st == AKA_ERR_BUFFER:
                cap = n.value  # (more may come before the next call)
                continue
            if st != AKA_OK:
                err = error_for(st, msg or status_str(st))
                err.cursor = nxt.value
                raise err
            return list(ids[:n.value]), nxt.value

    def entities(self, page=4096):
        """Every entity id of the engine, ascending, read `page` at a time
        (aka_engine_entities): a generator, so that a host of millions of
        entities holds one page. Ids of entities made or merged away while
        it runs are seen or not as the pages fall: take changes()' cursor
        first to catch them."""
        if isinstance(page, bool) or operator.index(page) < 1:
            raise ValueError("page must be a whole number of at least 1")
        page = operator.index(page)
        after = 0
        ids = (ctypes.c_uint64 * page)()  # (each page is copied out: ids[:got])
        n = ctypes.c_size_t(0)
        while True:
            h = self._enter()
            try:
                st = lib.aka_engine_entities(h, after, ids, page, ctypes.byref(n))
                msg = ("" if st in (AKA_OK, AKA_ERR_BUFFER) else
                       lib.aka_engine_errmsg(h).decode("utf-8", "replace"))
            finally:
                self._leave()
            if st not in (AKA_OK, AKA_ERR_BUFFER):
                raise error_for(st, msg or status_str(st))
            got = min(n.value, page)
            yield from ids[:got]
            if st == AKA_OK or got == 0:
                return
            after = ids[got - 1]

    def records(self, entity_id):
        """The (source, record_id) pairs of an entity, in the order they
        were stored, as a list: one snapshot, taken under the engine's lock,
        so later adds and merges do not change it while it is iterated."""
        return [(r["source"], r["record_id"])
                for r in self.entity(entity_id)["records"]]

    def members(self, source, record_id):
        """The records of the entity that holds (source, record_id),
        itself included: records(entity_of(source, record_id)).
        May raise NotFoundError if another thread changes the engine
        between the two calls; then simply ask again."""
        return self.records(self.entity_of(source, record_id))

    def possible_matches(self, entity_id):
        """The entity's possible matches, strongest first, as dicts
        (entity, probability, weight, cause, record, other_record)."""
        return self.entity(entity_id)["possible_matches"]

    def decisions(self, entity_id):
        """The analysts' decisions on the entity's records, as dicts
        (record, other_record, other_entity, same): what undecide can
        withdraw."""
        return self.entity(entity_id)["decisions"]

    def estimate(self):
        """Estimate m, u and the prior from the engine's own records (EM
        over candidate pairs, no labels); when plausible the model is
        replaced and every entity rebuilt. Returns model()["estimate"],
        which says whether it was applied and why not."""
        self._call(lib.aka_engine_estimate)
        return self.model()["estimate"]

    def rescore(self):
        """Score every candidate pair again with what the engine knows now
        (how common each name is, the model) and rebuild every entity
        canonically: the entities then do not depend on the order the
        records came in. Analysts' decisions hold. A batch job."""
        self._call(lib.aka_engine_rescore)

    def model(self):
        """The matching model (docs/matching.md) as a dict: prior, every
        kind's levels with m, u and weight, and the last estimate."""
        return self._json(lib.aka_engine_model, 8192)

    def bulk_begin(self):
        """Begin bulk loading: add() stores records without resolving them
        until bulk_end()."""
        self._call(lib.aka_engine_bulk_begin)

    def bulk_end(self):
        """Resolve everything added since bulk_begin() (option `threads`)."""
        self._call(lib.aka_engine_bulk_end)

    @contextlib.contextmanager
    def bulk(self):
        """with engine.bulk(): add many records, resolved on leaving the
        block. bulk_end() runs even when the block raises, so that the
        records already added are resolved and the engine leaves bulk mode;
        the block's exception is the one that propagates."""
        self.bulk_begin()
        try:
            yield self
        except BaseException:
            try:
                self.bulk_end()
            except AkaError:
                pass  # the block's own exception says more
            raise
        self.bulk_end()

    def search(self, record, k=10):
        """The k entities that best match a query record (an aka.Record or
        a mapping, as for add()), best first, as a list of (entity id,
        probability) pairs."""
        if isinstance(k, bool):
            raise TypeError("k must be an int, not bool")
        k = operator.index(k)
        # The arrays are sized from k: a negative k reaching size_t would let
        # the library write far past them.
        if not 0 <= k <= 1000000:
            raise ValueError("k must be between 0 and 1000000")
        ents = (ctypes.c_uint64 * max(k, 1))()
        scores = (ctypes.c_double * max(k, 1))()
        n = ctypes.c_size_t(0)
        with _as_record(record) as rec, rec._lock:
            self._call(lib.aka_engine_search, rec._handle(), k, ents,
                       scores, ctypes.byref(n))
        return [(ents[i], scores[i]) for i in range(n.value)]

    def explain(self, a, b):
        """Why records a and b, each (source, record_id), are or are not
        one entity: the engine's JSON (docs/engine.md) as a dict."""
        sa, ia = _record_key(a, "a")
        sb, ib = _record_key(b, "b")
        return self._json(
            lambda h, buf, cap, plen: lib.aka_engine_explain(
                h, sa, len(sa), ia, len(ia), sb, len(sb), ib, len(ib), buf,
                cap, plen), 2048)

    def save(self, path):
        """Save a crash-safe snapshot to path (docs/engine.md,
        "Persistence"); the journal, if any, restarts. AkaIOError names what
        failed (disk full, permission, path)."""
        self._call(lib.aka_engine_save, _path(path))

    @classmethod
    def load(cls, path, options=None):
        """An engine loaded from a snapshot, with the journal its options
        name replayed. options: None (the snapshot's), an Options or a dict.
        Raises CorruptError, VersionError, AkaIOError ... with the message;
        a warning (a torn journal tail was dropped) is in stats()["journal"].
        """
        own = None
        if options is None:
            ptr = None
        elif isinstance(options, Options):
            ptr = options._handle()
        else:
            own = Options(options)
            ptr = own._h
        h = EnginePtr()
        msg = ctypes.create_string_buffer(512)
        try:
            if isinstance(options, Options):
                with options._lock:
                    st = lib.aka_engine_load_msg(_path(path), ptr,
                                                 ctypes.byref(h), msg, 512)
            else:
                st = lib.aka_engine_load_msg(_path(path), ptr, ctypes.byref(h),
                                             msg, 512)
        finally:
            if own is not None:
                own.close()
        if st != AKA_OK:
            raise error_for(st, msg.value.decode("utf-8", "replace")
                            or status_str(st))
        e = cls.__new__(cls)
        e._cond = threading.Condition()
        e._busy = 0
        e._h = h
        e._free = _engine_free
        return e

    @property
    def errmsg(self):
        """The message of the calling thread's last failing call ("" if none)."""
        h = self._enter()
        try:
            return lib.aka_engine_errmsg(h).decode("utf-8", "replace")
        finally:
            self._leave()

    def close(self):
        """Free the engine once no call is running; idempotent."""
        cond = getattr(self, "_cond", None)
        if cond is None:  # __init__ failed before anything was allocated
            return
        with cond:
            h, self._h = self._h, None
            while self._busy:
                cond.wait()
        if h:
            self._free(h)

