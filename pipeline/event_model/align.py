"""Where each gold event name occurs in the text the pipeline reads (training data of the event model).

A gold event aligns *exactly* when its name occurs as written (case included); *loosely* when it occurs
after folding case, quotes, dashes and spacing, or without a year / leading "the" / leading ordinal
that the annotator added or moved ("European Cluster Conference 2019" written "the 2019 European
Cluster Conference"), without a bracketed note ("Forum (fifth edition, Bar)") or a calendar label
("Workshop: Title"); *not at all* when the annotator normalised the name beyond that.

A titled line (``Webinar: "Title"``, ``Academy – Module 2: "Title"``) is one mention however the annotator
named it: the title alone (``Title``) or the label alone (``Academy – Module 2``). Its span is widened to
the whole line's label and quoted title (:func:`titled_line`), as the pipeline names such an event: left
alone, the title-only spans teach the model to leave the label out (and the candidate filter then finds no
event keyword in the name), the label-only ones to stop at the opening quote.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.extract.event_model import close_quote

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ORDINAL = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+", re.I)
_DASHES = "–—‐‑-"
_QUOTES = "\"“”„'’‘«»"
_SEPARATORS = re.compile(rf"[\s{_QUOTES}{_DASHES}]+")
# Opening quote -> the quotes that close it.
_PAIRS = {'"': '"', "“": "”“", "„": "“”", "«": "»", "‘": "’"}
# A label's colon or dash, then a quoted title closing on the same line (group 1: the opening quote).
_TITLE_AFTER = re.compile(r"[ \t]*[:–—-][ \t]*([\"“„«‘])[^\"“”„«»‘’\n]{2,150}?([\"”“»’])")
# What ends a line's prefix before a titled line's label: a bar, a bullet, a list dash, a spaced dash
# ("- 19 January 2027 | Webinar: ", "• 8 April – Workshop: ").
_LABEL_CUT = re.compile(r"[|•▸·►]|\s[–—-]\s|^\s*[-*]\s")


@dataclass
class Alignment:
    """The spans of one document's gold events and how each gold event was found."""

    doc: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    loose: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def loose_pattern(name: str) -> re.Pattern[str] | None:
    """The name's words in order, any spacing/line break, dash or quote between them, case folded."""
    words = [w for w in _SEPARATORS.split(name) if w]
    if not words:
        return None
    sep = rf"{_SEPARATORS.pattern[:-1]}*"
    body = sep.join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.I)


def _variants(name: str) -> list[str]:
    """The name and the forms the annotator may have built from a shorter written one."""
    out = [name]
    bare = " ".join(re.sub(r"\([^)]*\)", " ", name).split())  # "Forum (fifth edition, Bar)"
    for v in (bare, bare.split(": ", 1)[-1]):  # "Workshop: Lean logistics for suppliers"
        if v and v not in out and len(v.split()) >= 2:
            out.append(v)
    name = bare
    no_year = " ".join(_YEAR.sub(" ", name).split()).strip(" ,–-")
    for v in (no_year, re.sub(r"^the\s+", "", name, flags=re.I), _ORDINAL.sub("", no_year)):
        if v and v not in out and len(v.split()) >= 2:
            out.append(v)
    return out


def exact_spans(text: str, name: str) -> list[tuple[int, int]]:
    pat = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def _loose_spans(text: str, name: str) -> list[tuple[int, int]]:
    for v in _variants(name):
        pat = loose_pattern(v)
        found = [(m.start(), m.end()) for m in pat.finditer(text)] if pat else []
        if found:
            return found
    return []


def without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest first; a span overlapping a kept one is dropped (NER spans cannot overlap)."""
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)


@lru_cache(maxsize=1)
def _label_filter():
    from pipeline.config import DATA_DIR
    from pipeline.extract.event_lexicon import load_event_lexicon
    from pipeline.extract.event_model import load_event_heads, name_head, name_keyword

    lex, heads = load_event_lexicon(DATA_DIR), load_event_heads(DATA_DIR)
    return lambda label: name_keyword(lex, label) is not None or name_head(heads, label) is not None


def titled_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``text[start:end]`` widened to its titled line's label and quoted title.

    A label (``Academy – Module 2``) followed by ``: "<title>"`` on the same line takes the title and its
    closing quote; a quoted title whose label before it holds an event keyword or generic event noun
    (``Webinar``, ``Workshop report``, not ``Episode 1`` nor a place) takes the label; a span that opens a
    quote it does not close takes the closing quote that follows it at once."""
    after = _TITLE_AFTER.match(text, end)
    if after and after.group(2) in _PAIRS[after.group(1)]:
        return start, after.end()
    opening = text[start - 1] if start else ""
    if opening in _PAIRS and end < len(text) and text[end] in _PAIRS[opening]:
        line = text.rfind("\n", 0, start) + 1
        head = re.match(r"(.*?)[ \t]*[:–—-][ \t]*$", text[line:start - 1])
        if head:
            cuts = list(_LABEL_CUT.finditer(head.group(1)))
            first = line + (cuts[-1].end() if cuts else 0)
            words = text[first:line + head.end(1)].split()
            if 1 <= len(words) <= 6 and _label_filter()(" ".join(words)):
                return first + len(text[first:start]) - len(text[first:start].lstrip()), end + 1
        return start, end
    return start, close_quote(text, start, end)


def align_document(doc: str, text: str, events: list[dict]) -> Alignment:
    """Every occurrence of every gold event name of one document."""
    out = Alignment(doc, text)
    spans: list[tuple[int, int]] = []
    for ev in events:
        name = " ".join((ev.get("name") or "").split())
        if not name:
            continue
        found = exact_spans(text, name)
        if found:
            out.exact.append(name)
        else:
            found = _loose_spans(text, name)
            (out.loose if found else out.missing).append(name)
        spans.extend(titled_line(text, s, e) for s, e in found)
    out.spans = without_overlaps(spans)
    return out


def training_sets(root: Path) -> list[tuple[str, Path, Path]]:
    """(name, gold folder, docs folder) of every training set in ``eval/sets.csv`` under ``root``."""
    lines = [ln for ln in (root / "eval" / "sets.csv").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return [(r["name"], root / r["gold"], root / r["docs"]) for r in csv.DictReader(lines) if r["role"] == "training"]


def align_set(gold_dir: Path, tables_dir: Path,
              aligner: Callable[[str, str, dict], Alignment] | None = None) -> list[Alignment]:
    """The alignments of one set: gold JSON files against the ``document_texts`` table of its run.

    ``aligner`` (document, text, gold JSON) -> Alignment aligns another field's gold names (the organisation
    model's, :mod:`pipeline.org_model.align`); by default the gold events."""
    import pyarrow.parquet as pq

    docs = {d["doc_id"]: Path(d["source_path"]).name for d in pq.read_table(tables_dir / "documents.parquet").to_pylist()}
    texts = {docs[r["doc_id"]]: r["text"] for r in pq.read_table(tables_dir / "document_texts.parquet").to_pylist()
             if r["doc_id"] in docs}
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = texts.get(Path(gold["doc"]).name)
        if text is not None:
            out.append(aligner(gold["doc"], text, gold) if aligner
                       else align_document(gold["doc"], text, gold.get("events") or []))
    return out
