"""Bombs and pathological nesting fail fast or are handled in linear time, each recorded with a reason:
a PDF whose content stream inflates to 1 GB, a PDF whose pages together pass the content limit,
100 KB of nested Markdown quote and bracket markers, 20,000 nested <div>s. Every input is built here.

The time bounds below are generous guards against the old behaviour (the full 300 s limit, a
RecursionError), not speed targets (those are measured by ``make bench``).
"""
from __future__ import annotations

import hashlib
import resource
import time
from dataclasses import replace

import pytest

from bench.hostile import pdf_document as _pdf, text_page as _text_page
from pipeline.records import DocumentResult, FailedDocument, SourceFile

GUARD_S = 60


@pytest.fixture(scope="module")
def process(nlp, rules, tmp_path_factory):
    """``process(settings, name, data)`` → (result, seconds): one document through the runner's Worker
    (the session's spaCy pipeline and rules, so each test does not load its own)."""
    from pipeline.run.documents import Worker

    folder = tmp_path_factory.mktemp("bombs")

    def run(settings, name: str, data: bytes) -> tuple[DocumentResult | FailedDocument, float]:
        path = folder / name
        path.write_bytes(data)
        src = SourceFile(str(path), name, name.rsplit(".", 1)[1], len(data), hashlib.sha256(data).hexdigest())
        worker = Worker(settings)
        worker._nlp, worker._rules = nlp, rules
        started = time.monotonic()
        result = worker.process(src)
        return result, time.monotonic() - started

    return run


def test_bombs_pdf_stream_inflating_to_1gb_fails_fast_in_bounded_memory(settings, process):
    data = _pdf([_text_page("Hello", padding_mb=1024)])
    assert len(data) < 2 << 20  # 1 GB of content in about 1 MB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    result, seconds = process(settings, "bomb.pdf", data)

    assert isinstance(result, FailedDocument)
    assert (result.problem.stage, result.problem.error_type) == ("ingest", "content_too_large")
    assert "inflates to more than 64 MB" in result.problem.message and "pdf_max_stream_mb" in result.problem.message
    assert seconds < GUARD_S
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 500  # pdfminer alone took the process past 2 GB


def test_bombs_pdf_pages_over_the_document_content_limit(settings, process):
    """Five pages of 2 MB content each with a 5 MB document limit: pages 1-2 read, 3-5 refused (partial)."""
    pages = [_text_page(f"Page {i} of the cluster report", padding_mb=2) for i in range(1, 6)]
    limited = replace(settings, pdf_max_content_mb=5.0)

    result, _ = process(limited, "long.pdf", _pdf(pages))

    assert isinstance(result, DocumentResult) and result.info.status == "partial"
    assert "Page 1 of the cluster report" in result.text and "Page 2 of the cluster report" in result.text
    assert "Page 3" not in result.text
    assert [(p.error_type, p.page) for p in result.problems] == [("content_too_large", 3), ("content_too_large", 4),
                                                                  ("content_too_large", 5)]
    assert "pdf_max_content_mb" in result.problems[0].message


def test_bombs_pdf_under_the_limits_is_read(settings, process):
    result, _ = process(settings, "fine.pdf", _pdf([_text_page("Jane Doe opened the forum.", padding_mb=3)]))
    assert isinstance(result, DocumentResult) and result.info.status == "ok"
    assert result.text == "Jane Doe opened the forum."


@pytest.mark.parametrize("markdown", [
    "> " * 16_000 + "[" * 18_000 + "text",  # deep quotes, then unclosed brackets
    "> [" * 33_000,
])
def test_bombs_nested_markdown_is_processed(settings, process, markdown):
    result, seconds = process(settings, "nested.md", markdown.encode())
    assert seconds < GUARD_S
    if isinstance(result, FailedDocument):  # markers only: nothing to read, said so
        assert result.problem.error_type == "no_text"
    else:
        assert result.info.status == "ok" and (result.people, result.events) == ((), ())


def test_bombs_20000_nested_divs_keep_their_text(settings, process):
    html = ("<html><body><p>Anna Novak chairs the Alpine Energy Cluster.</p>" + "<div>" * 20_000
            + "<p>Deep inside, Jan Berg spoke in Vienna.</p>" + "</div>" * 20_000 + "</body></html>")
    result, seconds = process(settings, "deep.html", html.encode())
    assert isinstance(result, DocumentResult), result
    assert result.text == "Anna Novak chairs the Alpine Energy Cluster.\n\nDeep inside, Jan Berg spoke in Vienna."
    assert {p.name for p in result.people} == {"Anna Novak", "Jan Berg"}
    assert seconds < GUARD_S


def test_bombs_html_nesting_flattened_below_the_limit():
    from pipeline.ingest.html import MAX_HTML_DEPTH, read_html

    shallow = "<div>" * 10 + "<h2>Agenda</h2><ul><li>Opening</li><li>Panel</li></ul>" + "</div>" * 10
    assert read_html(shallow)[0] == "Agenda\n\n- Opening\n- Panel"  # structure kept
    deep = "<div>" * (MAX_HTML_DEPTH + 5) + "<h2>Agenda</h2><ul><li>Opening</li><li>Panel</li></ul>" + "</div>" * (MAX_HTML_DEPTH + 5)
    assert read_html(deep)[0] == "Agenda Opening Panel"  # text kept, structure below the limit lost
