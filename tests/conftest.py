"""Shared fixtures: the real spaCy pipeline (loaded once) and one end-to-end run on raw_docs/."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings as hypothesis_settings

# Property tests check behaviour, never speed (speed is `make bench`'s): no per-example deadline and no
# "too slow" health check, which fail on a loaded machine without any wrong answer.
hypothesis_settings.register_profile("behaviour", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("behaviour")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_pdfs() -> Path:
    """The real-world PDF test set in ../shared/pdfs (tests that need it skip where it is absent)."""
    path = SHARED / "pdfs"
    if not path.is_dir():
        pytest.skip("../shared/pdfs is not present on this machine")
    return path


@pytest.fixture(scope="session")
def settings():
    from pipeline.config import load_settings

    return load_settings({}, environ={})


@pytest.fixture(scope="session")
def nlp(settings):
    from pipeline.nlp import build_nlp

    return build_nlp(settings.spacy_model, settings.data_dir)


@pytest.fixture(scope="session")
def rules(settings):
    from pipeline.extract import load_rules

    return load_rules(settings.data_dir)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """One full run of the pipeline on raw_docs/ into a temporary output folder: (summary, output_dir)."""
    from pipeline.config import load_settings
    from pipeline.run import run

    out = tmp_path_factory.mktemp("outputs")
    s = load_settings({"input_dir": ROOT / "raw_docs", "output_dir": out, "progress": False}, environ={})
    summary = run(s)
    return summary, out


@pytest.fixture
def copy_of_raw_docs(tmp_path) -> Path:
    dest = tmp_path / "raw_docs"
    shutil.copytree(ROOT / "raw_docs", dest)
    return dest


def extract_text(text: str, nlp, rules, *, doc_id: str = "t", fmt: str = "txt"):
    """Run segment → nlp → extract on a string; returns the DocumentResult (helper for rule tests)."""
    import hashlib

    from pipeline.extract import extract_document
    from pipeline.nlp import annotate_documents
    from pipeline.records import IngestedDocument
    from pipeline.segment import segment_document

    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = IngestedDocument(doc_id=doc_id, source_path=f"{doc_id}.{fmt}", fmt=fmt, content_sha256=sha, text=text)
    seg = segment_document(doc)
    ((seg, annotated),) = list(annotate_documents(nlp, [seg]))
    return extract_document(seg, annotated, rules)


@pytest.fixture
def extract_file(tmp_path, nlp, rules, settings):
    """``extract_file("page.md", text)``: the file read by the real ingest (tables one cell a line), then
    segment, spaCy and extract."""
    from pipeline.extract import extract_document
    from pipeline.ingest import discover, ingest_document, read_bytes
    from pipeline.nlp import annotate_documents
    from pipeline.segment import segment_document

    def run(name: str, text: str):
        (tmp_path / name).write_text(text, encoding="utf-8")
        (source,) = [s for s in discover(tmp_path) if s.rel_path == name]
        seg = segment_document(ingest_document(source, read_bytes(source), settings))
        ((seg, annotated),) = list(annotate_documents(nlp, [seg]))
        return extract_document(seg, annotated, rules)
    return run


@pytest.fixture(scope="session")
def extract(nlp, rules):
    """``extract("some text")`` → DocumentResult, through the real segment, spaCy and extract stages."""
    return lambda text, **kw: extract_text(text, nlp, rules, **kw)


@pytest.fixture(scope="session")
def extract_with_event_model(nlp, rules):
    """``extract`` with the shipped event model (pipeline/data/event_model/) as one more event source."""
    from dataclasses import replace

    from pipeline.config import DATA_DIR
    from pipeline.extract.event_model import model_folder

    with_model = replace(rules, event_model=model_folder(DATA_DIR))
    return lambda text: extract_text(text, nlp, with_model)


@pytest.fixture(scope="session")
def extract_with_org_model(nlp, rules):
    """``extract`` with the shipped organisation model (pipeline/data/org_model/) as one more organisation source."""
    from dataclasses import replace

    from pipeline.config import DATA_DIR
    from pipeline.extract.org_model import model_folder

    with_model = replace(rules, org_model=model_folder(DATA_DIR))
    return lambda text: extract_text(text, nlp, with_model)


# --- re-runs (owner: runs) ------------------------------------------------------------------
# Wall-clock stamps and how long a document took: the only columns allowed to differ.
VOLATILE_COLUMNS = {"processed_at", "occurred_at", "processing_seconds"}


# Tables that record the output folder's own history (ids published by earlier runs): a fresh
# folder cannot have them, so comparisons with a clean run leave them out (history=False).
HISTORY_TABLES = {"entity_redirects"}


def published_tables(output_dir: Path, history: bool = True) -> dict[str, list[dict]]:
    """Every table as published in ``output_dir/<table>.parquet``, rows in file order, stamps dropped."""
    import pyarrow.parquet as pq

    from pipeline.schemas import TABLES

    out = {}
    for t in TABLES:
        if not history and t.name in HISTORY_TABLES:
            continue
        rows = pq.read_table(output_dir / f"{t.name}.parquet").to_pylist()
        out[t.name] = [{k: v for k, v in r.items() if k not in VOLATILE_COLUMNS} for r in rows]
    return out


@pytest.fixture
def run_pipeline():
    """``run_pipeline(input_dir, output_dir, **settings)`` → RunSummary (a real run, environment ignored)."""
    from pipeline.config import load_settings
    from pipeline.run import run

    def _run(input_dir: Path, output_dir: Path, **overrides):
        s = load_settings({"input_dir": input_dir, "output_dir": output_dir, "progress": False, **overrides}, environ={})
        return run(s)

    return _run


def same_as_full_run(run_pipeline, docs: Path, incremental_out: Path, tmp_path: Path) -> Path:
    """Assert that ``incremental_out`` publishes the tables a full run of ``docs`` into ``tmp_path/clean``
    publishes (the output's own history left out); the clean output folder, for further comparisons."""
    clean = tmp_path / "clean"
    run_pipeline(docs, clean, full=True)
    assert published_tables(incremental_out, history=False) == published_tables(clean, history=False)
    return clean


SAMPLES = ("ecc-2020-output-papers.txt", "first-cluster-policy-forum.txt", "eu-cluster-conference-2019-blog.txt")


def add_one_to_samples(run_pipeline, tmp_path: Path, name: str, text: str, placed: list):
    """Run three sample documents of raw_docs/ into ``tmp_path/out``, then add one document ``name`` (``text``) and
    run again; (input folder, output folder, summary of the add-one). ``placed``: a :func:`short_path_names` list,
    emptied before the add-one."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for sample in SAMPLES:
        shutil.copy(ROOT / "raw_docs" / sample, docs / sample)
    out = tmp_path / "out"
    run_pipeline(docs, out)
    (docs / name).write_text(text, encoding="utf-8")
    placed.clear()
    return docs, out, run_pipeline(docs, out)


def same_history_as_full_run(run_pipeline, docs: Path, incremental_out: Path, tmp_path: Path) -> None:
    """:func:`same_as_full_run`, and the id history is the full run's too."""
    from pipeline.state import load_id_history
    from pipeline.write import current_version

    clean = same_as_full_run(run_pipeline, docs, incremental_out, tmp_path)
    assert load_id_history(current_version(incremental_out)).nodes == load_id_history(current_version(clean)).nodes


@pytest.fixture
def short_path_names(monkeypatch):
    """``short_path_names(kind)`` → the list the entity index's short path for ``kind`` (``index.SHORT_PATHS``)
    fills with the names it placed without re-running their group, during the test."""
    from pipeline.resolve import index as index_module

    def _record(kind: str) -> list:
        placed: list = []
        real = index_module.SHORT_PATHS[kind]

        def recording(*args):
            result = real(*args)
            placed.extend(name for _, name in result[1])
            return result

        monkeypatch.setitem(index_module.SHORT_PATHS, kind, recording)
        return placed

    return _record


HOSTILE_TEXT = """Cluster news <script>window.pwned = 1; alert(1)</script>

The European Commission welcomed partners <img src=x onerror="document.title='pwned'; window.pwned = 2"> from 20 countries.

Ms. Jane Doe, Head of Unit at the European Commission, opened the European Cluster Conference 2019 in Bucharest on 14-16 May 2019.

The 2nd Cluster Matchmaking Forum takes place in Vienna on 3 June 2020 <b onmouseover="window.pwned = 3">register now</b>.
"""


@pytest.fixture(scope="session")
def analyst_run(tmp_path_factory):
    """raw_docs/ plus a hostile document (script and event-handler markup in its text) run through
    the pipeline and the analyst extras: the output folder (with knowledge.duckdb and review/)."""
    from pipeline.analyst import build_extras
    from pipeline.config import load_settings
    from pipeline.run import run

    docs = tmp_path_factory.mktemp("analyst_docs")
    shutil.copytree(ROOT / "raw_docs", docs, dirs_exist_ok=True)
    (docs / "hostile-news.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("analyst_outputs")
    run(load_settings({"input_dir": docs, "output_dir": out, "progress": False}, environ={}))
    build_extras(out)
    return out


def write_tables(folder: Path, rows: dict) -> Path:
    """Parquet files for every table of the contract (empty unless given rows): synthetic outputs."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.schemas import TABLES

    folder.mkdir(parents=True, exist_ok=True)
    for t in TABLES:
        pq.write_table(pa.Table.from_pylist(rows.get(t.name, []), schema=t.schema), folder / f"{t.name}.parquet")
    return folder
