"""The per-document result cache's file format: versioned JSON that can only ever produce records.

A cached result used to be a pickle, and loading a pickle can run any code the file asks for: an
output folder shared on a network drive or restored from elsewhere would then be a way in. This
format is plain JSON (nothing in it is executed) with a header naming the format, its version and
the fields of every record type; each record is a list of values in field order (positional, so
loading stays cheap: about half a millisecond for a 30-kB newsletter). Every value is checked
against the field's type before a record is built, so a file that is corrupt, truncated, from
another version or crafted by hand is rejected as a whole (:class:`CacheEntryRejected`) and the
document is simply processed again.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any, Callable

from pipeline import records
from pipeline.records import DocumentInfo, DocumentResult, FailedDocument, Problem

FORMAT = "cluster-kb/document-result"
VERSION = 1


class CacheEntryRejected(ValueError):
    """A cache file that is not a valid entry of this format and version (treated as a cache miss)."""


def _field_kind(annotation: str) -> tuple[str, bool]:
    alts = [a.strip() for a in annotation.split("|")]
    kinds = [a for a in alts if a != "None"]
    if len(kinds) != 1 or not (kinds[0] in ("str", "int", "bool", "dt.date") or kinds[0].startswith("tuple[str")):
        raise TypeError(f"no cache encoding for field type {annotation}")
    return kinds[0], "None" in alts


def _to_date(v: Any) -> dt.date:
    if type(v) is not str:
        raise CacheEntryRejected(f"expected a date, got {type(v).__name__}")
    return dt.date.fromisoformat(v)


def _to_strings(v: Any) -> tuple[str, ...]:
    if type(v) is not list or any(type(x) is not str for x in v):
        raise CacheEntryRejected("expected a list of strings")
    return tuple(v)


class _RecordCodec:
    """One record type as a list of values in field order; each value checked against its field's type."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.fields = [f.name for f in dataclasses.fields(cls)]
        # Exact type checks: bool is an int in Python, but an int field must not take true/false.
        self.allowed: list[frozenset[type]] = []
        self.convert: list[tuple[int, Callable[[Any], Any], bool]] = []
        for i, f in enumerate(dataclasses.fields(cls)):
            kind, nullable = _field_kind(f.type)
            if kind in ("str", "int", "bool"):
                self.allowed.append(frozenset({{"str": str, "int": int, "bool": bool}[kind]} | ({type(None)} if nullable else set())))
            else:
                self.allowed.append(frozenset({str, list, type(None)} if nullable else {str, list}))
                self.convert.append((i, _to_date if kind == "dt.date" else _to_strings, nullable))

    def encode(self, obj: Any) -> list:
        return [v.isoformat() if isinstance(v, dt.date) else (list(v) if isinstance(v, tuple) else v)
                for v in (getattr(obj, name) for name in self.fields)]

    def decode(self, row: Any) -> Any:
        if type(row) is not list or len(row) != len(self.fields):
            raise CacheEntryRejected(f"a {self.cls.__name__} record of the wrong shape")
        for v, ok in zip(row, self.allowed):
            if type(v) not in ok:
                raise CacheEntryRejected(f"a {self.cls.__name__} value of type {type(v).__name__}")
        for i, convert, nullable in self.convert:
            v = row[i]
            if v is not None or not nullable:
                row[i] = convert(v)
        return self.cls(*row)


_RESULT_TUPLES = {name: cls for name, cls in records._TUPLE_FIELDS.items()}
_CODECS = {cls.__name__: _RecordCodec(cls) for cls in (DocumentInfo, Problem, *_RESULT_TUPLES.values())}
_FAILED_FIELDS = [f.name for f in dataclasses.fields(FailedDocument)]
_RESULT_FIELDS = [f.name for f in dataclasses.fields(DocumentResult)]
# What a reader must agree on: the format, its version and every record's fields in order.
_LAYOUT = {name: codec.fields for name, codec in sorted(_CODECS.items())} | {"DocumentResult": _RESULT_FIELDS,
                                                                             "FailedDocument": _FAILED_FIELDS}


def encode_result(result: DocumentResult | FailedDocument, processed_at: dt.datetime) -> bytes:
    """The cache file's bytes for one document's result."""
    if isinstance(result, DocumentResult):
        body: dict[str, Any] = {"info": _CODECS["DocumentInfo"].encode(result.info), "text": result.text}
        for name, cls in _RESULT_TUPLES.items():
            codec = _CODECS[cls.__name__]
            body[name] = [codec.encode(x) for x in getattr(result, name)]
        kind = "result"
    else:
        body = {"source_path": result.source_path, "fmt": result.fmt, "content_sha256": result.content_sha256,
                "problem": _CODECS["Problem"].encode(result.problem)}
        kind = "failed"
    body["processing_ms"] = result.processing_ms
    payload = {"format": FORMAT, "version": VERSION, "layout": _LAYOUT, "kind": kind,
               "processed_at": processed_at.isoformat(), "body": body}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode_info(info: DocumentInfo) -> list:
    """A document's info as JSON-ready values (the entity index keeps it to skip reading the cache file)."""
    return _CODECS["DocumentInfo"].encode(info)


def decode_info(row: Any) -> DocumentInfo:
    """The inverse of :func:`encode_info`; :class:`CacheEntryRejected` for anything else."""
    return _CODECS["DocumentInfo"].decode(row)


def _string(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise CacheEntryRejected(f"{what} is not a string")
    return value


# What resolution (pipeline.resolve.resolve) reads of a result: a light decode builds
# only these records, which halves the cost of reading every cached result of a large corpus.
RESOLUTION_FIELDS = frozenset({"people", "organisations", "events", "roles"})


def _milliseconds(value: Any) -> int | None:
    if value is not None and type(value) is not int:
        raise CacheEntryRejected("processing_ms is not an integer")
    return value


def decode_result(data: bytes, only: frozenset[str] | None = None) -> tuple[dt.datetime, DocumentResult | FailedDocument]:
    """(processed_at, result) from a cache file's bytes; :class:`CacheEntryRejected` for anything else.

    With ``only``, just those record lists are built (the others, and the text, are left empty);
    every value is still type-checked where it is built."""
    try:
        payload = json.loads(data.decode("utf-8"))
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise CacheEntryRejected("not a cluster-kb result cache entry")
        if payload.get("version") != VERSION or payload.get("layout") != _LAYOUT:
            raise CacheEntryRejected(f"cache entry of another version ({payload.get('version')!r})")
        stamp = dt.datetime.fromisoformat(_string(payload.get("processed_at"), "processed_at"))
        body = payload.get("body")
        if not isinstance(body, dict):
            raise CacheEntryRejected("no body")
        if payload.get("kind") == "failed":
            result: DocumentResult | FailedDocument = FailedDocument(
                _string(body.get("source_path"), "source_path"), _string(body.get("fmt"), "fmt"),
                _string(body.get("content_sha256"), "content_sha256"), _CODECS["Problem"].decode(body.get("problem")),
                _milliseconds(body.get("processing_ms")))
        elif payload.get("kind") == "result":
            kwargs: dict[str, Any] = {"info": _CODECS["DocumentInfo"].decode(body.get("info")),
                                      "text": _string(body.get("text"), "text") if only is None else "",
                                      "processing_ms": _milliseconds(body.get("processing_ms"))}
            for name, cls in _RESULT_TUPLES.items():
                if only is not None and name not in only:
                    continue
                rows = body.get(name)
                if not isinstance(rows, list):
                    raise CacheEntryRejected(f"{name} is not a list")
                decode = _CODECS[cls.__name__].decode
                kwargs[name] = tuple(decode(row) for row in rows)
            result = DocumentResult(**kwargs)
        else:
            raise CacheEntryRejected(f"unknown kind {payload.get('kind')!r}")
    except CacheEntryRejected:
        raise
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, TypeError, RecursionError) as exc:
        raise CacheEntryRejected(f"unreadable cache entry: {type(exc).__name__}: {exc}") from exc
    return stamp, result

