"""Run state kept in ``<output>/.state/``: the manifest of inputs and the per-document results.

The manifest records, for each input path, the content hash it was processed at, plus the
pipeline version and the fingerprint of the rule data. A document whose hash, version and rules
are unchanged is not processed again: its cached result is reused.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.records import DocumentResult, FailedDocument, Problem, document_result_from_json, to_json

STATE_DIR = ".state"


@dataclass
class Manifest:
    pipeline_version: str = ""
    fingerprint: str = ""  # rules data + model + settings that change results
    # rel_path -> {"sha256":…, "doc_id":…, "status":…, "processed_at": ISO}
    files: dict[str, dict] = field(default_factory=dict)


def state_dir(output_dir: Path) -> Path:
    return output_dir / STATE_DIR


def load_manifest(output_dir: Path) -> Manifest:
    path = state_dir(output_dir) / "manifest.json"
    if not path.exists():
        return Manifest()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, OSError):
        return Manifest()  # a damaged manifest only costs a full run
    return Manifest(data.get("pipeline_version", ""), data.get("fingerprint", ""), data.get("files", {}))


def _atomic_write(path: Path, payload: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def save_manifest(output_dir: Path, manifest: Manifest) -> None:
    payload = json.dumps({"pipeline_version": manifest.pipeline_version, "fingerprint": manifest.fingerprint,
                          "files": dict(sorted(manifest.files.items()))}, indent=1, sort_keys=True)
    _atomic_write(state_dir(output_dir) / "manifest.json", payload)


def _result_path(output_dir: Path, sha256: str) -> Path:
    return state_dir(output_dir) / "docs" / f"{sha256}.json"


def save_result(output_dir: Path, result: DocumentResult | FailedDocument) -> None:
    sha = result.info.content_sha256 if isinstance(result, DocumentResult) else result.content_sha256
    kind = "ok" if isinstance(result, DocumentResult) else "failed"
    _atomic_write(_result_path(output_dir, sha), json.dumps({"kind": kind, "result": to_json(result)}, ensure_ascii=False))


def load_result(output_dir: Path, sha256: str) -> DocumentResult | FailedDocument | None:
    path = _result_path(output_dir, sha256)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["kind"] == "ok":
            return document_result_from_json(data["result"])
        r = data["result"]
        return FailedDocument(r["source_path"], r["fmt"], r["content_sha256"], Problem(**r["problem"]))
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, OSError):
        return None  # unreadable cache entry: the document is simply processed again


def remove_result(output_dir: Path, sha256: str) -> None:
    _result_path(output_dir, sha256).unlink(missing_ok=True)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
