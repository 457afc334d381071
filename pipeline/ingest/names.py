"""File names as text: every name readable in a table, and every name recoverable byte for byte.

Linux file names are bytes; Python hands a name that is not valid UTF-8 over as a ``str`` with lone
surrogates (``surrogateescape``), which Arrow, Parquet, JSON and terminals refuse. The name stored in
the tables (``source_path``) is therefore an escaped form:

* a name that is valid UTF-8 and holds no backslash or control character is kept as it is (nearly
  every name);
* otherwise each byte that is not part of valid UTF-8 and each control character (a line break in
  a name) is written ``\\xNN``, and each backslash ``\\\\``: ``caf\\xe9.txt`` is the Latin-1 file name
  ``café.txt``, and a name that contained a literal backslash is never mistaken for an escaped one.

:func:`name_bytes` turns the escaped form back into the exact bytes on disk.
"""
from __future__ import annotations

import os
import re

_ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # C0 controls and DEL: one byte each in UTF-8


def readable_name(name: str) -> str:
    """The escaped, valid-Unicode form of a name that Python decoded with ``surrogateescape``."""
    if "\\" not in name and not not_utf8(name) and not _CONTROL.search(name):
        return name
    # A backslash byte (0x5C) is never part of a multi-byte UTF-8 sequence: splitting on it is safe.
    parts = (part.decode("utf-8", "backslashreplace") for part in os.fsencode(name).split(b"\\"))
    return "\\\\".join(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", part) for part in parts)


def not_utf8(name: str) -> bool:
    """The name (decoded with ``surrogateescape``) holds bytes that are not valid UTF-8."""
    return any("\udc80" <= ch <= "\udcff" for ch in name)


def name_bytes(readable: str) -> bytes:
    """The bytes of the name on disk: the inverse of :func:`readable_name`."""
    if "\\" not in readable:
        return readable.encode("utf-8")
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(readable):
        out += readable[pos:m.start()].encode("utf-8")
        token = m.group(1)
        out += b"\\" if token == "\\" else bytes([int(token[1:], 16)])
        pos = m.end()
    out += readable[pos:].encode("utf-8")
    return bytes(out)
