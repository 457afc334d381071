"""No input can stop the run: property tests generate file names (any bytes), text, HTML and Markdown,
run the real pipeline over them and check that the run never raises past the runner and that every
file is accounted for (a ``documents`` row or an ``errors`` row naming it, by its exact bytes).

Few examples per property (each is a real run with the real spaCy model), so the suite stays fast.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

from conftest import published_tables
from pipeline.ingest.names import name_bytes

RUNS = hsettings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Any bytes but "/" and NUL (what Linux forbids), not hidden (hidden files are skipped by design).
_NAME_BYTES = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_")).filter(
    lambda b: not b.startswith(b".") and b.upper() != b"README")
_WORDS = st.sampled_from(["Cluster", "Forum", "Jane Doe", "Brussels", "12 March 2024", "the", "met", "EU", "Commission", "—",
                          "€", "naïve", "漢字", "\t", " ", "\n", "\n\n", "\u200b", "\x0c"])
_PROSE = st.lists(_WORDS | st.text(max_size=20), max_size=40).map(" ".join)
_MARKDOWN = st.lists(st.sampled_from(["> ", "[", "](", ")", "# ", "- ", "1. ", "* ", "_", "`", "```", "|", "---", "\n", "<div>",
                                      "![", "\\", "    "]) | _WORDS, max_size=80).map("".join)


def _html(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tags = st.sampled_from(["div", "p", "ul", "li", "table", "tr", "td", "h1", "a", "span", "nav", "script", "br", "header"])
    return st.builds(lambda tag, inner: f"<{tag}>{''.join(inner)}</{tag}>", tags, st.lists(children, max_size=4))


_HTML = st.recursive(_PROSE, _html, max_leaves=30)


@st.composite
def _files(draw) -> dict[bytes, bytes]:
    """name (bytes) -> content (bytes): text, Markdown, HTML and raw bytes under any name and extension."""
    out: dict[bytes, bytes] = {}
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["txt", "md", "html", "bytes"]))
        ext = draw(st.sampled_from([b".txt", b".md", b".html", b".htm", b".pdf", b".TXT", b"", b".\xe9"]))
        content = {
            "txt": lambda: draw(_PROSE).encode(draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252"])), "replace"),
            "md": lambda: draw(_MARKDOWN).encode("utf-8"),
            "html": lambda: draw(_HTML).encode("utf-8"),
            "bytes": lambda: draw(st.binary(max_size=300)),
        }[kind]()
        out[draw(_NAME_BYTES) + ext] = content
    return out


@contextmanager
def _shared_model(nlp):
    """Every example's run uses the session's spaCy pipeline instead of loading its own (speed only)."""
    from pipeline.run.documents import Worker

    with mock.patch.object(Worker, "nlp", property(lambda self: nlp)):
        yield


def _run_and_account(files: dict[bytes, bytes], run_settings, nlp) -> None:
    from dataclasses import replace

    from pipeline.run import run

    with tempfile.TemporaryDirectory() as tmp:
        docs, out = Path(tmp) / "docs", Path(tmp) / "out"
        docs.mkdir()
        for name, content in files.items():
            (docs / os.fsdecode(name)).write_bytes(content)
        with _shared_model(nlp):
            summary = run(replace(run_settings, input_dir=docs, output_dir=out, n_process=1, progress=False))
        tables = published_tables(out)
        named = {d["source_path"] for d in tables["documents"]} | {e["source_path"] for e in tables["errors"]}
        assert {name_bytes(p) for p in named} == set(files)
        assert summary.n_found + len(summary.unsupported) == len(files)
        for e in tables["errors"]:
            assert e["message"].strip() and e["message"].isprintable()


@RUNS
@given(files=_files())
def test_hostile_any_names_and_contents_are_accounted_for(files, settings, nlp):
    _run_and_account(files, settings, nlp)


@RUNS
@given(names=st.lists(_NAME_BYTES, min_size=1, max_size=3, unique=True), markdown=_MARKDOWN, html=_HTML)
def test_hostile_markdown_and_html_under_odd_names(names, markdown, html, settings, nlp):
    files = {}
    for i, name in enumerate(names):
        files[name + b".md"] = (markdown + f"\n\nPart {i}.").encode("utf-8")
        files[name + b".html"] = (html + f"<p>Part {i}.</p>").encode("utf-8")
    _run_and_account(files, settings, nlp)
