"""What the benchmark runs in its subprocesses: ``python -m bench.probes <probe> …``; prints one JSON line.

* ``pipeline IN OUT [--full] [--processes N] [--executor dask]``: one pipeline run (``pipeline.run.run``), timed inside too.
* ``spacy OUT PROCESSES``: bare ``nlp.pipe`` over the texts of the run's ``document_texts`` table.
* ``pdf-ingest IN`` / ``pdf-bare IN``: every PDF through our ingest stage / through bare pdfplumber ``extract_text``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _pipeline(argv: list[str]) -> dict:
    from pipeline.config import load_settings
    from pipeline.run import run

    n_process = int(argv[argv.index("--processes") + 1]) if "--processes" in argv else 0
    executor = argv[argv.index("--executor") + 1] if "--executor" in argv else "local"
    s = load_settings({"input_dir": Path(argv[0]), "output_dir": Path(argv[1]), "progress": False, "full": "--full" in argv,
                       "n_process": n_process, "executor": executor}, environ={})
    summary = run(s)
    return {"seconds": summary.seconds, "found": summary.n_found, "processed": summary.n_processed, "reused": summary.n_reused,
            "ok": summary.n_ok, "partial": summary.n_partial, "failed": summary.n_failed, "n_process": summary.n_process,
            "written": summary.tables_written, "spacy_loaded": "spacy" in sys.modules, "rows": summary.rows,
            "n_buckets_built": summary.n_buckets_built, "n_buckets_reused": summary.n_buckets_reused,
            "nodes_resolved": summary.nodes_resolved}


def _texts(out: Path) -> list[str]:
    import pyarrow.parquet as pq

    return [t for t in pq.read_table(out / "document_texts.parquet", columns=["text"])["text"].to_pylist() if t]


def _spacy(argv: list[str]) -> dict:
    import spacy

    from pipeline.config import Settings

    texts = _texts(Path(argv[0]))
    n_process = int(argv[1])
    lean = len(argv) > 2 and argv[2] == "lean"
    t0 = time.monotonic()
    if lean:  # the components the pipeline itself loads (no parser/lemmatizer), for a like-for-like ratio
        from pipeline.nlp import _load_lean

        nlp = _load_lean(Settings().spacy_model)
    else:  # the model as shipped: every default component
        nlp = spacy.load(Settings().spacy_model)
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=n_process, batch_size=16))
    return {"seconds": time.monotonic() - t0, "tokens": n_tokens, "words": sum(len(t.split()) for t in texts),
            "n_process": n_process}


def _pdfs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf"))


def _pdf_ingest(argv: list[str]) -> dict:
    from pipeline.config import load_settings
    from pipeline.ingest import discover, ingest_document, read_bytes

    settings = load_settings({}, environ={})
    sources = [s for s in discover(Path(argv[0])) if s.fmt == "pdf"]
    t0 = time.monotonic()
    pages = 0
    for s in sources:
        doc = ingest_document(s, read_bytes(s), settings)
        pages += len(doc.pages) or 1
    return {"seconds": time.monotonic() - t0, "pages": pages, "files": len(sources)}


def _pdf_bare(argv: list[str]) -> dict:
    import pdfplumber

    t0 = time.monotonic()
    pages = 0
    for path in _pdfs(Path(argv[0])):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return {"seconds": time.monotonic() - t0, "pages": pages}


def _stages(argv: list[str]) -> dict:
    """Where a document's time goes, one process, stage by stage, next to bare nlp.pipe over the same texts."""
    import spacy

    from pipeline.config import load_settings
    from pipeline.extract import extract_document, load_rules
    from pipeline.ingest import discover, ingest_document, read_bytes
    from pipeline.nlp import annotate_documents, build_nlp
    from pipeline.segment import segment_document

    settings = load_settings({}, environ={})
    nlp, rules = build_nlp(settings.spacy_model, settings.data_dir), load_rules(settings.data_dir)
    totals = {"ingest": 0.0, "segment": 0.0, "nlp": 0.0, "extract": 0.0}
    texts = []
    for src in discover(Path(argv[0])):
        t0 = time.monotonic()
        doc = ingest_document(src, read_bytes(src), settings)
        t1 = time.monotonic()
        seg = segment_document(doc)
        t2 = time.monotonic()
        ((seg, annotated),) = list(annotate_documents(nlp, [seg], settings.batch_size))
        t3 = time.monotonic()
        extract_document(seg, annotated, rules)
        t4 = time.monotonic()
        for name, seconds in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            totals[name] += seconds
        texts.append(doc.text)
    bare = spacy.load(settings.spacy_model)
    t0 = time.monotonic()
    for _ in bare.pipe(texts, batch_size=16):
        pass
    return {"documents": len(texts), "stages": totals, "bare_spacy": time.monotonic() - t0}


PROBES = {"stages": _stages, "pipeline": _pipeline, "spacy": _spacy, "pdf-ingest": _pdf_ingest, "pdf-bare": _pdf_bare}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](sys.argv[2:])))
