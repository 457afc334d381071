"""What a pool's parent process loads before it forks its workers.

Each worker used to build its own spaCy pipeline and rules and read every rule table on its first
document: about 3 s of CPU a worker (the model, the event recogniser, the lexicon, the given names,
the language model), the same work once per process. Loaded once in the parent before the fork, the
workers share it (copy-on-write pages), as spaCy's own ``nlp.pipe(n_process=…)`` shares its model.

Most tables are read on first use, deep inside the rules, so the parent runs one short built-in text
through nlp and extract and drops the result. A document's result never depends on what its worker
read before (workers take documents in any order), so this changes no output.
"""
from __future__ import annotations

import contextlib
import hashlib

from pipeline.config import Settings
from pipeline.ingest import ingest_document
from pipeline.records import SourceFile

# A short news item in English that reaches the rule families a document reads: a dateline, names with
# roles and organisations, an event with its dates and place, a quote, key messages.
SAMPLE_TEXT = """# Cluster news

Brussels, 3 March 2025 - The European Cluster Collaboration Platform announced the Annual Cluster
Conference 2025, held in Vienna on 12-13 May 2025. Dr. Jane Doe, Managing Director of the Example
Cluster GmbH, said: "Clusters help small firms find partners abroad."

## Key messages

- Smaller firms should join the matchmaking event in Lyon next year.
"""

# Before a pool forks, the shapes that reach the largest patterns compiled on first use (a name, "as" and a title; a
# title before "at"; a calendar card titled with another language's event noun): no worker compiles them again
# (about 1.4 s of CPU each). Not read by a run in one process, whose documents may never need them.
FIRST_USE_TEXT = """# Cluster news

The jury named John Smith as Acme Director of the Year. Anna Novak, Director at Brightwave, spoke at Northwind.

## Calendar

Tavola rotonda sull'innovazione
Thu 12 June 2025, 10:00 · Milano
"""


def read_sample(nlp, rules, settings: Settings, text: str = SAMPLE_TEXT) -> None:
    """Run ``text`` (:data:`SAMPLE_TEXT`) through segment, nlp and extract with ``nlp`` and ``rules``, loading what
    they read on first use; the result is dropped. A failure is ignored: the workers then load the rest
    themselves, as they did before."""
    from pipeline.extract import extract_document
    from pipeline.nlp import annotate_documents
    from pipeline.segment import segment_document

    data = text.encode("utf-8")
    src = SourceFile("", "warm-up.md", "md", len(data), hashlib.sha256(data).hexdigest())
    with contextlib.suppress(Exception):
        seg = segment_document(ingest_document(src, data, settings))
        ((seg, annotated),) = list(annotate_documents(nlp, [seg], settings.batch_size))
        extract_document(seg, annotated, rules)


# The readers the ingest stage imports on a document of their format (PDF: pdfplumber and pdfminer, about 0.3 s;
# e-mail, Markdown, Word, web pages): imported once before a pool forks, not in every worker.
READER_MODULES = ("pipeline.ingest.ocr", "pipeline.ingest.pdf", "pipeline.ingest.email", "pipeline.ingest.markdown",
                  "pipeline.ingest.docx", "pipeline.ingest.webpage", "pipeline.ingest.text_tables")


def before_fork(nlp, rules, settings: Settings) -> None:
    """What a pool's parent loads beyond :func:`read_sample` for its workers: :data:`FIRST_USE_TEXT` read, the
    :data:`READER_MODULES` imported (one that fails to import is left to the worker that needs it, which then
    reports it as before)."""
    import importlib

    read_sample(nlp, rules, settings, FIRST_USE_TEXT)
    for name in READER_MODULES:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
