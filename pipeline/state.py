"""Run state kept in ``<output>/.state/``: the per-document result cache and the run manifest.

* The **result cache** holds one file per document content: ``docs/<fingerprint>/<sha256>.<fmt>.json``.
  A result depends only on the document's bytes, its format and the *fingerprint* (pipeline code
  and version, rule data, spaCy model, PDF passwords), so a cached file is valid exactly when it
  exists under the current fingerprint. A change to the code or the data gives a new fingerprint,
  hence an empty cache folder: everything is reprocessed. Results are written as each document is
  finished, so a crashed run's work is not lost.
* The **manifest** (``manifest.json``) describes the inputs a published set was built from. It
  lives inside the published version folder, so tables and manifest are switched together.
* The **entity index** (``entity_index.sqlite``, :mod:`pipeline.resolve.index`): the corpus's
  resolution, updated by each run with only the documents that changed; marked with the run id of
  the set it was committed for, and rebuilt when that is not the published set.

Cache files are versioned JSON (:mod:`pipeline.result_codec`), never pickle: an output folder
may come from a network drive or a backup, and loading it must not be able to run code. A file that
is corrupt, truncated, from another version or foreign is a cache miss: the document is processed
again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Mapping
from typing import TYPE_CHECKING, Callable, Iterable

from pipeline.records import DocumentResult, FailedDocument
from pipeline.result_codec import RESOLUTION_FIELDS, CacheEntryRejected, decode_result, encode_result

if TYPE_CHECKING:
    from pipeline.resolve.redirects import IdHistory
    import pyarrow as pa

    from pipeline.write import TableWriter

STATE_DIR = ".state"
MANIFEST = "manifest.json"
_CACHE_SUFFIX = ".json"
_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass
class Manifest:
    fingerprint: str = ""  # tables_fingerprint: per-document results and the code that builds tables
    # rel_path -> {"sha256": …, "status": ok | partial | failed | duplicate | unsupported}
    files: dict[str, dict] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)  # rows per published table
    run_id: str = ""

    def inputs(self) -> dict[str, str]:
        return {path: entry.get("sha256", "") for path, entry in self.files.items()}


def state_dir(output_dir: Path) -> Path:
    return output_dir / STATE_DIR


# Code that never changes a table: changing it must not trigger a rebuild.
_NOT_TABLE_CODE = ("cli.py", "__main__.py", "lock.py", "evaluate.py", "query.py", "docs.py", "analyst/")
# Code that runs after the per-document result is made (resolution, tables, publication): a
# change rebuilds the tables from the cached results instead of reprocessing every document.
_NOT_DOCUMENT_CODE = _NOT_TABLE_CODE + ("resolve/", "resolve.py", "tables.py", "schemas.py", "write.py", "state.py", "run/__init__.py",
                                         "run/release.py", "run/streaming.py")


def _hash_tree(h: "hashlib._Hash", root: Path, pattern: str, skip: tuple[str, ...], label: str) -> None:
    for path in sorted(p for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        rel = path.relative_to(root).as_posix()
        if any(rel == s or (s.endswith("/") and rel.startswith(s)) for s in skip):
            continue
        h.update(f"{label}:{rel}\0".encode())
        h.update(path.read_bytes())


def fingerprint(pipeline_version: str, data_dir: Path, spacy_model: str, pdf_passwords: dict[str, str],
                options: dict[str, object] | None = None) -> str:
    """What, besides a document's bytes, changes its cached per-document result.

    The pipeline's own stage code is part of it: a code change without a version bump must not
    leave results from the old code in the cache. ``options`` are the settings that change what a
    document's result holds (:meth:`pipeline.config.Settings.result_options`: the event and organisation
    models switched on or off, OCR, other languages' pipelines, part and PDF limits), so a run with
    another of them does not reuse results made without it. Computed without importing spaCy.
    """
    h = hashlib.sha256()
    h.update(pipeline_version.encode())
    _hash_tree(h, _PACKAGE_DIR, "*.py", _NOT_DOCUMENT_CODE, "code")
    _hash_tree(h, data_dir, "*", (), "data")
    h.update(spacy_model.encode())
    h.update(json.dumps(sorted(pdf_passwords.items())).encode())
    if options:
        h.update(json.dumps(sorted(options.items()), default=str).encode())
    return h.hexdigest()


def settings_fingerprint(settings) -> str:
    """:func:`fingerprint` of a run's :class:`pipeline.config.Settings` (its data folder, spaCy model, PDF passwords and
    :meth:`~pipeline.config.Settings.result_options`): the one way every caller (the run, the Dask workers' check, the
    benchmarks) computes it, so that none of them can leave a setting out."""
    from pipeline import __version__

    return fingerprint(__version__, settings.data_dir, settings.spacy_model, dict(settings.pdf_passwords),
                       settings.result_options())


def tables_fingerprint(document_fingerprint: str) -> str:
    """The document fingerprint plus the code that turns results into tables (resolve, tables, write)."""
    h = hashlib.sha256(document_fingerprint.encode())
    table_code = tuple(s for s in _NOT_DOCUMENT_CODE if s not in _NOT_TABLE_CODE)
    for rel in table_code:
        for path in sorted(_PACKAGE_DIR.glob(rel + "**/*.py" if rel.endswith("/") else rel)):
            if "__pycache__" not in path.parts:
                h.update(f"{path.relative_to(_PACKAGE_DIR).as_posix()}\0".encode())
                h.update(path.read_bytes())
    return h.hexdigest()


# --------------------------------------------------------------------------------------------
# manifest (inside a version folder)
# --------------------------------------------------------------------------------------------
def load_manifest(version_dir: Path | None) -> Manifest:
    """The manifest of a published set; an empty one when there is none or it is unreadable."""
    if version_dir is None:
        return Manifest()
    try:
        data = json.loads((version_dir / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(data["fingerprint"], data["files"], data.get("rows", {}), data.get("run_id", ""))
    except (OSError, json.JSONDecodeError, KeyError, TypeError):
        return Manifest()  # a damaged manifest only costs a full run


def write_manifest(folder: Path, manifest: Manifest) -> None:
    payload = {"fingerprint": manifest.fingerprint, "run_id": manifest.run_id,
               "files": dict(sorted(manifest.files.items())), "rows": manifest.rows}
    (folder / MANIFEST).write_text(json.dumps(payload, indent=1), encoding="utf-8")  # rows keep table order


# --------------------------------------------------------------------------------------------
# per-document result cache
# --------------------------------------------------------------------------------------------
def _cache_dir(output_dir: Path, fp: str) -> Path:
    return state_dir(output_dir) / "docs" / fp[:20]


def _cache_path(output_dir: Path, fp: str, sha256: str, fmt: str) -> Path:
    return _cache_dir(output_dir, fp) / f"{sha256}.{fmt}{_CACHE_SUFFIX}"


def cached_results(output_dir: Path, fp: str) -> set[tuple[str, str]]:
    """(sha256, fmt) of every result cached under ``fp``: one listing of the cache folder, not a look-up per document."""
    try:
        names = os.listdir(_cache_dir(output_dir, fp))
    except OSError:
        return set()
    return {(sha, fmt) for name in names if name.endswith(_CACHE_SUFFIX) and not name.startswith(".")
            for sha, _, fmt in [name[: -len(_CACHE_SUFFIX)].partition(".")]}


def save_result(output_dir: Path, fp: str, result: DocumentResult | FailedDocument, processed_at: dt.datetime) -> None:
    """Cache one document's result (atomically: a crash leaves the old file or none)."""
    sha, fmt = (result.info.content_sha256, result.info.fmt) if isinstance(result, DocumentResult) else (result.content_sha256, result.fmt)
    path = _cache_path(output_dir, fp, sha, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(encode_result(result, processed_at))
    os.replace(tmp, path)


def load_result(output_dir: Path, fp: str, sha256: str, fmt: str,
                light: bool = False) -> tuple[dt.datetime, DocumentResult | FailedDocument] | None:
    """(processed_at, result) from the cache, or None when absent, unreadable or not a valid entry
    of this version (then the document is processed again). Nothing in the file is ever executed.
    ``light``: only what resolution reads (``result_codec.RESOLUTION_FIELDS``)."""
    try:
        stamp, result = decode_result(_cache_path(output_dir, fp, sha256, fmt).read_bytes(),
                                      RESOLUTION_FIELDS if light else None)
    except (OSError, CacheEntryRejected):
        return None
    info = result.info if isinstance(result, DocumentResult) else result
    if (info.content_sha256, info.fmt) != (sha256, fmt):  # an entry copied under another document's name
        return None
    return stamp, result


def prune_cache(output_dir: Path, fp: str, live: set[tuple[str, str]]) -> None:
    """Keep only the current fingerprint's results for live (sha256, fmt) pairs."""
    docs = state_dir(output_dir) / "docs"
    if not docs.is_dir():
        return
    keep = _cache_dir(output_dir, fp)
    for folder in docs.iterdir():
        if folder != keep:
            shutil.rmtree(folder, ignore_errors=True) if folder.is_dir() else folder.unlink(missing_ok=True)
    if keep.is_dir():
        names = {f"{sha}.{fmt}{_CACHE_SUFFIX}" for sha, fmt in live}  # anything else (an old .pkl too) goes
        for f in keep.iterdir():
            if f.name not in names:
                f.unlink(missing_ok=True)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


# --------------------------------------------------------------------------------------------
# entity id history (inside a version folder, published with the tables it describes)
# --------------------------------------------------------------------------------------------
ID_NODES = "id_history_nodes.parquet"  # (entity_type, doc_id, name) -> entity_id of the published set: a folder of parts
ID_FIRST_PUBLISHED = "id_history_first_published.parquet"  # every id ever published -> when first


def load_id_history(version_dir: Path | None, nodes: bool = True) -> "IdHistory":
    """The id history of a published set: empty before the first run (or a set from before ids had one).
    ``nodes=False``: without the names' ids (an add-one reads those of the names it changes from the entity index)."""
    import pyarrow.parquet as pq

    from pipeline.resolve.redirects import IdHistory

    history = IdHistory()
    if version_dir is None or not (version_dir / ID_NODES).exists():
        return history
    first = pq.read_table(version_dir / ID_FIRST_PUBLISHED)
    if nodes:
        table = pq.read_table(version_dir / ID_NODES).to_pydict()
        history.nodes = {(t, d, n): e for t, d, n, e in zip(table["entity_type"], table["doc_id"], table["name"], table["entity_id"])}
        first = first.to_pydict()
        history.first_published = {(t, e): ts for t, e, ts in zip(first["entity_type"], first["entity_id"], first["first_published"])}
    else:
        history.first_published = FirstPublished(first)
    redirects = version_dir / "entity_redirects.parquet"
    if redirects.exists():
        history.redirects = pq.read_table(redirects).to_pylist()
    return history


def _id_rows(rows: list[tuple[str, str, str, str]]):
    import pyarrow as pa

    return pa.table({"entity_type": pa.array([r[0] for r in rows], pa.string()), "doc_id": pa.array([r[1] for r in rows], pa.string()),
                     "name": pa.array([r[2] for r in rows], pa.string()), "entity_id": pa.array([r[3] for r in rows], pa.string())})


class FirstPublished(Mapping):
    """(entity_type, id) -> when first published, over the published table kept as Arrow: an add-one looks up a few
    ids, and its new ids are appended to the table when it is written (:func:`write_id_history`), so the timestamps
    of every id ever published are neither converted to Python nor back."""

    def __init__(self, table: "pa.Table") -> None:
        self.table = table.select(["entity_type", "entity_id", "first_published"])
        self._row = {k: i for i, k in enumerate(zip(self.table["entity_type"].to_pylist(), self.table["entity_id"].to_pylist()))}

    def __getitem__(self, key: tuple[str, str]) -> dt.datetime:
        return self.table["first_published"][self._row[key]].as_py()

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def __iter__(self):
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


def write_id_history(writer: "TableWriter", first_published: Mapping, first_added: dict, nodes: dict[tuple[str, str, str], str] | None = None,
                     rows_of: "Callable[[str], list[tuple[str, str, str, str]]] | None" = None, buckets: Iterable[str] = (),
                     changed: set[str] = frozenset()) -> None:
    """Store the id history next to the tables it belongs to (the redirects are the published table): when each id
    was first published (``first_published`` and the ids ``first_added`` now; a :class:`FirstPublished` is appended
    to as Arrow), and the names'
    ids as a folder of parts, one per document bucket (as the mention-level tables), rows sorted by (type, doc_id,
    name). Either ``nodes``, every name's id (each part built, and linked when its content is unchanged), or
    ``rows_of(bucket)`` for the ``changed`` buckets, every other bucket of ``buckets`` linked from the previous set
    without being read (its documents' names kept their ids)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.write import ID_NODES_NAME, bucket_of

    if nodes is not None:
        by_bucket: dict[str, list] = {}
        for k in sorted(nodes):
            by_bucket.setdefault(bucket_of(k[1], writer.chars), []).append((*k, nodes[k]))
        for bucket, rows in sorted(by_bucket.items()):
            writer.put_part(ID_NODES_NAME, bucket, _id_rows(rows))
    else:
        for bucket in sorted(set(buckets)):
            if bucket in changed or not writer.link_part(ID_NODES_NAME, bucket):
                rows = rows_of(bucket)
                if rows:
                    writer.put_part(ID_NODES_NAME, bucket, _id_rows(rows))
    writer.finish_dataset(ID_NODES_NAME, _id_rows([]).schema)
    def as_table(firsts: Mapping) -> "pa.Table":
        ids = sorted(firsts)
        return pa.table({"entity_type": pa.array([k[0] for k in ids], pa.string()), "entity_id": pa.array([k[1] for k in ids], pa.string()),
                         "first_published": pa.array([firsts[k] for k in ids], pa.timestamp("us", tz="UTC"))})

    if isinstance(first_published, FirstPublished):  # rows sorted by (type, id) as below: strings compare alike in Arrow
        added = {k: v for k, v in first_added.items() if k not in first_published}
        first = pa.concat_tables([first_published.table.cast(as_table({}).schema), as_table(added)])
        first = first.sort_by([("entity_type", "ascending"), ("entity_id", "ascending")]).combine_chunks()
    else:
        first = as_table({**first_published, **first_added})
    pq.write_table(first, writer.staging / ID_FIRST_PUBLISHED, compression="zstd")
