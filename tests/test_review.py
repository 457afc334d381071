"""Review pages: highlighted evidence, overlap handling, safe escaping of untrusted text."""
from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from html.parser import HTMLParser

import pyarrow.parquet as pq
import pytest
from conftest import write_tables

from pipeline.analyst.highlight import Span, highlight
from pipeline.analyst.review import build_review, page_file


class _Tree(HTMLParser):
    """Checks that tags nest properly and collects the text and the <mark> elements."""

    VOID = {"meta", "br", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.marks: list[dict] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            self.marks.append(dict(attrs))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert tree.stack == []
    return tree


def test_review_highlight_nests_and_splits_overlaps():
    text = "The European Cluster Conference 2019 opened on 14 May 2019 in Bucharest."
    spans = [
        Span(0, len(text), "key_message", "k1"),
        Span(4, 36, "event", "m0"),
        Span(21, 31, "organisation", "m1"),  # inside the event
        Span(32, 58, "date", "d0"),  # starts inside the event, ends after it: split
        Span(62, 71, "location", "m2"),
    ]
    markup = highlight(text, spans)
    tree = _parse(markup)
    assert "".join(tree.text) == text  # highlighting never changes the text
    ids = [m["id"] for m in tree.marks if "id" in m]
    assert sorted(ids) == ["d0", "k1", "m0", "m1", "m2"]  # every span has exactly one link target
    date_pieces = [m for m in tree.marks if m["data-ev"] == "d0"]
    assert len(date_pieces) == 2 and "id" in date_pieces[0] and "id" not in date_pieces[1]
    assert all(m["class"] == "ent ent-" + kind for m in tree.marks for s in spans if s.key == m["data-ev"] for kind in [s.kind])


def test_review_highlight_does_not_depend_on_span_order():
    text = "Ms. Jane Doe, Head of Unit at DG GROW, spoke on 3 June 2020."
    spans = [Span(4, 12, "person", "m0"), Span(0, 37, "role", "r0"), Span(30, 37, "organisation", "m1"),
             Span(30, 37, "date", "x1"), Span(48, 59, "date", "d0"), Span(0, 12, "person", "m2")]
    outputs = {highlight(text, list(p)) for p in itertools.permutations(spans)}
    assert len(outputs) == 1
    _parse(outputs.pop())


def test_review_highlight_skips_spans_outside_the_text():
    markup = highlight("short", [Span(2, 99, "person", "m0"), Span(3, 3, "date", "d0"), Span(0, 5, "event", "m1")])
    tree = _parse(markup)
    assert [m["data-ev"] for m in tree.marks] == ["m1"]


def test_review_escapes_untrusted_document_text(analyst_run):
    docs = pq.read_table(analyst_run / "documents.parquet").to_pylist()
    hostile = next(d for d in docs if d["source_path"] == "hostile-news.txt")
    page = (analyst_run / "review" / page_file(hostile["doc_id"])).read_text(encoding="utf-8")
    tree = _parse(page)
    assert tree.scripts == 1  # only the page's own script
    assert "<script>window.pwned" not in page and "<img" not in page and "onerror=" not in page.replace("onerror=&quot;", "")
    assert "&lt;script&gt;window.pwned = 1; alert(1)&lt;/script&gt;" in page
    assert "<script>window.pwned = 1; alert(1)</script>" in "".join(tree.text)  # shown as text
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "script-src 'sha256-" in html.unescape(csp) and "'unsafe-inline'" not in html.unescape(csp).split("script-src")[1]


def test_review_index_lists_every_document_with_status_and_errors(analyst_run):
    index = (analyst_run / "review" / "index.html").read_text(encoding="utf-8")
    docs = pq.read_table(analyst_run / "documents.parquet").to_pylist()
    for d in docs:
        assert f'href="{page_file(d["doc_id"])}"' in index
        assert (analyst_run / "review" / page_file(d["doc_id"])).is_file()
    assert index.count('<span class="status status-') == len(docs)
    _parse(index)


def test_review_page_highlights_every_extracted_span(analyst_run):
    mentions = pq.read_table(analyst_run / "mentions.parquet").to_pylist()
    dates = pq.read_table(analyst_run / "dates.parquet").to_pylist()
    doc_id = max({m["doc_id"] for m in mentions}, key=lambda d: sum(m["doc_id"] == d for m in mentions))
    tree = _parse((analyst_run / "review" / page_file(doc_id)).read_text(encoding="utf-8"))
    kinds = [m["class"].split("ent-")[1] for m in tree.marks if "id" in m]
    for kind in ("person", "organisation", "event", "location"):
        assert kinds.count(kind) == sum(1 for m in mentions if m["doc_id"] == doc_id and m["entity_type"] == kind), kind
    assert kinds.count("date") == sum(1 for d in dates if d["doc_id"] == doc_id)


def _synthetic_pdf(tmp_path, status="partial"):
    text = "Speakers\n\nDr Ann Example, Director of Example Agency, opened the Example Forum on 3 June 2020."
    ts = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    rows = {
        "documents": [{"doc_id": "abc123", "source_path": "report.pdf", "title": "Report <b>2020</b>", "doc_type": "newsletter",
                       "published_date": dt.date(2020, 6, 1), "published_date_source": "pdf_metadata", "language": "en",
                       "n_pages": 3, "n_chars": len(text), "content_sha256": "f" * 64, "status": status,
                       "processed_at": ts, "pipeline_version": "0", "format": "pdf"}],
        "document_texts": [{"doc_id": "abc123", "text": text}],
        "people": [{"person_id": "p1", "name": "Ann Example", "aliases": [], "n_mentions": 1, "n_documents": 1}],
        "organisations": [{"org_id": "o1", "name": "Example Agency", "acronym": None, "aliases": [], "org_type": None,
                           "country": None, "n_mentions": 1, "n_documents": 1}],
        "events": [{"event_id": "e1", "name": "Example <i>Forum</i>", "event_type": "forum", "start_date": dt.date(2020, 6, 3),
                    "end_date": dt.date(2020, 6, 3), "date_precision": "day", "city": None, "country": None, "edition": None,
                    "status": "past", "n_mentions": 1, "n_documents": 1}],
        "mentions": [
            {"doc_id": "abc123", "entity_type": "person", "entity_id": "p1", "text": "Ann Example", "start_char": 13,
             "end_char": 24, "page": 2, "sentence": "", "rule": "ner:PERSON"},
            {"doc_id": "abc123", "entity_type": "event", "entity_id": "e1", "text": "Example Forum", "start_char": 65,
             "end_char": 78, "page": 3, "sentence": "", "rule": "pattern:event"}],
        "roles": [{"doc_id": "abc123", "person_id": "p1", "role": "Director", "org_id": "o1", "start_char": 10,
                   "end_char": 50, "page": 2, "as_of": None, "rule": "pattern:role_apposition"}],
        "dates": [{"doc_id": "abc123", "text": "3 June 2020", "start_date": dt.date(2020, 6, 3), "end_date": dt.date(2020, 6, 3),
                   "precision": "day", "start_char": 82, "end_char": 93, "page": 3, "resolved": False, "rule": "pattern:date"}],
        "event_organisers": [{"event_id": "e1", "org_id": "o1", "doc_id": "abc123", "start_char": 10, "end_char": 78,
                              "rule": "pattern:organiser"}],
        "errors": [{"source_path": "report.pdf", "doc_id": "abc123", "stage": "ingest", "error_type": "page_failed",
                    "message": "page 1 could not be read <em>", "page": 1, "occurred_at": ts},
                   {"source_path": "notes.xlsx", "doc_id": None, "stage": "ingest", "error_type": "unsupported_extension",
                    "message": "not read", "page": None, "occurred_at": ts}],
    }
    return write_tables(tmp_path / "out", rows)


def test_review_page_lists_facts_with_pdf_pages_and_links(tmp_path):
    out = _synthetic_pdf(tmp_path)
    index_path, n = build_review(out)
    page = (out / "review" / "abc123.html").read_text(encoding="utf-8")
    tree = _parse(page)
    assert n == 1 and index_path == out / "review" / "index.html"
    assert 'data-go="r0"' in page and 'id="r0"' in page  # role statement linked to its span
    assert 'data-go="d0"' in page and 'data-go="k' not in page
    assert page.count('<span class="page">p. 3</span>') == 2  # event and date (organiser rows have no page)
    assert page.count('<span class="page">p. 2</span>') == 1  # role
    assert "Example &lt;i&gt;Forum&lt;/i&gt;" in page and "<i>" not in page
    assert "page_failed (page 1): page 1 could not be read &lt;em&gt;" in page
    assert "".join(tree.text).count("Dr Ann Example, Director of Example Agency") == 1
    index = (out / "review" / "index.html").read_text(encoding="utf-8")
    assert "Files not processed" in index and "notes.xlsx" in index and "status-partial" in index
    assert "Report &lt;b&gt;2020&lt;/b&gt;" in index


def test_review_rebuild_replaces_the_folder(tmp_path):
    out = _synthetic_pdf(tmp_path)
    build_review(out)
    (out / "review" / "stale.html").write_text("old", encoding="utf-8")
    build_review(out)
    assert sorted(p.name for p in (out / "review").iterdir()) == ["abc123.html", "index.html"]
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("doc_id, expected", [("3f9a1c0e2b7d4a51", "3f9a1c0e2b7d4a51.html"), ("../x", None)])
def test_review_page_file_names_are_safe(doc_id, expected):
    name = page_file(doc_id)
    assert name == expected if expected else re.fullmatch(r"doc-[0-9a-f]{16}\.html", name)
