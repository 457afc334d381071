"""``outputs/review/``: static HTML pages to see what was extracted and from where.

``index.html`` lists the documents with their status, counts and errors; ``<doc_id>.html`` shows
one document's text with every extracted entity highlighted by type and, beside it, its events,
roles, dates and key messages, each linked to its evidence span (with the PDF page). The pages are
built from the published Parquet tables only, need no server and load nothing: everything is inline
and a Content-Security-Policy allows no script but the page's own (see :mod:`assets`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import os
import re
import shutil
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

import pyarrow.parquet as pq

from pipeline.analyst import REVIEW_DIR
from pipeline.analyst.assets import CSS, LEGEND, SCRIPT, csp
from pipeline.analyst.highlight import Span, highlight, valid_spans
from pipeline.schemas import TABLES

Row = dict[str, Any]
e = html.escape


def published_set(output_dir: Path) -> Path:
    """The folder of the current set of tables (table files may be links into it), read as one set."""
    return (output_dir / "documents.parquet").resolve().parent


def load_tables(output_dir: Path) -> dict[str, list[Row]]:
    """Every table of the published set as a list of rows (a missing table is empty)."""
    folder = published_set(output_dir)
    out: dict[str, list[Row]] = {}
    for t in TABLES:
        path = folder / f"{t.name}.parquet"
        out[t.name] = pq.read_table(path).to_pylist() if path.exists() else []
    return out


def page_file(doc_id: str) -> str:
    """File name of a document's page; doc ids are hex, anything else is made safe."""
    if re.fullmatch(r"[A-Za-z0-9_-]+", doc_id):
        return f"{doc_id}.html"
    return f"doc-{hashlib.sha256(doc_id.encode()).hexdigest()[:16]}.html"


def _fmt_date(start: dt.date | None, end: dt.date | None = None) -> str:
    if start is None:
        return ""
    return start.isoformat() if end is None or end == start else f"{start.isoformat()} – {end.isoformat()}"


def _page(row: Row) -> str:
    return f' <span class="page">p. {int(row["page"])}</span>' if row.get("page") is not None else ""


def _link(key: str | None, label: str) -> str:
    """A link that scrolls to (and flashes) the evidence ``key``; plain label when it has no span."""
    if key is None:
        return label
    return f'<a href="#{e(key)}" data-go="{e(key)}">{label}</a>'


def _html_page(title: str, body: str, script: str | None) -> str:
    script_tag = f"<script>{script}</script>" if script else ""
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{e(csp(script))}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{e(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n{script_tag}</body></html>\n")


def _legend() -> str:
    return '<div class="legend">' + "".join(f'<span class="ent-{k}">{e(label)}</span>' for k, label in LEGEND) + "</div>"


class _Names:
    """Canonical names of entities by id, for tooltips and lists."""

    def __init__(self, tables: dict[str, list[Row]]) -> None:
        self.people = {r["person_id"]: r["name"] for r in tables["people"]}
        self.orgs = {r["org_id"]: r["name"] for r in tables["organisations"]}
        self.events = {r["event_id"]: r for r in tables["events"]}

    def entity(self, kind: str, entity_id: str) -> str:
        if kind == "person":
            return self.people.get(entity_id, entity_id)
        if kind == "organisation":
            return self.orgs.get(entity_id, entity_id)
        if kind == "event":
            return self.events.get(entity_id, {}).get("name", entity_id)
        return entity_id


def _on_page(row: Row) -> str:
    return f' · page {int(row["page"])}' if row.get("page") is not None else ""


def document_spans(rows: dict[str, list[Row]], names: _Names) -> list[Span]:
    """Every evidence span of one document (its rows of each table) with a stable key."""
    spans: list[Span] = []
    for i, m in enumerate(sorted(rows["mentions"], key=lambda r: (r["start_char"], r["end_char"], r["entity_type"]))):
        spans.append(Span(m["start_char"], m["end_char"], m["entity_type"], f"m{i}",
                          f'{m["entity_type"]}: {names.entity(m["entity_type"], m["entity_id"])} · rule {m["rule"]}{_on_page(m)}'))
    for i, d in enumerate(rows["dates"]):
        spans.append(Span(d["start_char"], d["end_char"], "date", f"d{i}",
                          f'date: {_fmt_date(d["start_date"], d["end_date"]) or "?"} ({d["precision"]}) · rule {d["rule"]}{_on_page(d)}'))
    for i, r in enumerate(rows["roles"]):
        org = f' · {names.orgs.get(r["org_id"], r["org_id"])}' if r.get("org_id") else ""
        spans.append(Span(r["start_char"], r["end_char"], "role", f"r{i}",
                          f'role: {names.people.get(r["person_id"], r["person_id"])} · {r["role"]}{org} · rule {r["rule"]}{_on_page(r)}'))
    for k in rows["key_messages"]:
        spans.append(Span(k["start_char"], k["end_char"], "key_message", f'k{k["ordinal"]}',
                          f'key message {k["ordinal"]} ({k["section"]}) · rule {k["rule"]}{_on_page(k)}'))
    for i, o in enumerate(rows["event_organisers"]):
        spans.append(Span(o["start_char"], o["end_char"], "statement", f"o{i}",
                          f'organiser: {names.orgs.get(o["org_id"], o["org_id"])} of '
                          f'{names.entity("event", o["event_id"])} · rule {o["rule"]}'))
    return spans


def _section(title: str, items: list[str], empty: str) -> str:
    inner = "<ol>" + "".join(f"<li>{x}</li>" for x in items) + "</ol>" if items else f'<p class="none">{e(empty)}</p>'
    return f"<section><h2>{e(title)} ({len(items)})</h2>{inner}</section>"


def _events_section(rows: dict[str, list[Row]], spans: list[Span], names: _Names) -> str:
    keys = {(s.start, s.end, s.kind): s.key for s in spans}
    by_event: dict[str, list[Row]] = defaultdict(list)
    for m in sorted(rows["mentions"], key=lambda r: r["start_char"]):
        if m["entity_type"] == "event":
            by_event[m["entity_id"]].append(m)
    organisers: dict[str, list[Row]] = defaultdict(list)
    for o in rows["event_organisers"]:
        organisers[o["event_id"]].append(o)
    items = []
    for event_id, mentions in sorted(by_event.items(), key=lambda kv: kv[1][0]["start_char"]):
        ev = names.events.get(event_id, {})
        first = mentions[0]
        head = _link(keys.get((first["start_char"], first["end_char"], "event")), f'<b>{e(ev.get("name", first["text"]))}</b>')
        facts = [x for x in (ev.get("event_type"), _fmt_date(ev.get("start_date"), ev.get("end_date")),
                             ", ".join(x for x in (ev.get("city"), ev.get("country")) if x)) if x]
        more = "".join(_link(keys.get((m["start_char"], m["end_char"], "event")), f"#{n}") for n, m in enumerate(mentions[1:], 2))
        orgs = "".join(
            f'<br>organised by {_link(keys.get((o["start_char"], o["end_char"], "statement")), e(names.orgs.get(o["org_id"], o["org_id"])))}'
            f"{_page(o)}" for o in organisers.get(event_id, []))
        items.append(f'{head}{_page(first)}<br>{e(" · ".join(facts))}'
                     + (f'<div class="more">mentions: {more}</div>' if more else "") + orgs)
    return _section("Events", items, "no event found in this document")


def document_page(doc: Row, text: str | None, rows: dict[str, list[Row]], names: _Names, errors: list[Row]) -> str:
    """One document's review page."""
    title = doc.get("title") or doc["source_path"]
    meta = [doc["source_path"], doc["format"], doc.get("doc_type") or "", f'status {doc["status"]}',
            f'published {doc["published_date"].isoformat()}' if doc.get("published_date") else "publication date unknown",
            f'{doc["n_pages"]} pages' if doc.get("n_pages") else ""]
    header = (f'<header><a href="index.html">← all documents</a><h1>{e(title)}</h1>'
              f'<p class="meta">{e(" · ".join(m for m in meta if m))}</p>{_errors_html(errors)}{_legend()}</header>')
    if text is None:
        return _html_page(title, header + '<main class="index"><p>No text: this document could not be read (see the errors above).</p></main>', None)
    spans = document_spans(rows, names)
    good, bad = valid_spans(spans, len(text))
    keys = {(s.start, s.end, s.kind): s.key for s in good}

    def link_for(row: Row, kind: str, label: str) -> str:
        return _link(keys.get((row["start_char"], row["end_char"], kind)), label) + _page(row)

    roles = [link_for(r, "role", f'<b>{e(names.people.get(r["person_id"], r["person_id"]))}</b>' + "".join(
                 f" — {e(x)}" for x in (r["role"], names.orgs.get(r["org_id"], r["org_id"]) if r.get("org_id") else None) if x))
             for r in sorted(rows["roles"], key=lambda r: r["start_char"])]
    dates = [link_for(d, "date", f'{e(d["text"])} → {e(_fmt_date(d["start_date"], d["end_date"]) or "?")}')
             for d in sorted(rows["dates"], key=lambda r: r["start_char"])]
    messages = [link_for(k, "key_message", e(k["text"] if len(k["text"]) <= 160 else k["text"][:157] + "…"))
                + (f' <span class="page">({e(names.entity("event", k["event_id"]))})</span>' if k.get("event_id") else "")
                for k in sorted(rows["key_messages"], key=lambda r: r["ordinal"])]
    warning = (f'<p class="errors">{len(bad)} evidence span(s) lie outside the text and are not shown.</p>' if bad else "")
    aside = ("<aside>" + _events_section(rows, good, names) + _section("Roles", roles, "no role statement found")
             + _section("Dates", dates, "no date found") + _section("Key messages", messages, "no key message found")
             + "</aside>")
    body = (header + f'<main class="layout"><article class="doc-text" id="text">{highlight(text, good)}</article>'
            f"{aside}</main>{warning}")
    return _html_page(title, body, SCRIPT)


def _errors_html(errors: list[Row]) -> str:
    if not errors:
        return ""
    items = "".join(f'<li>{e(r["stage"])} · {e(r["error_type"])}'
                    + (f' (page {int(r["page"])})' if r.get("page") is not None else "") + f': {e(r["message"])}</li>'
                    for r in errors)
    return f'<ul class="errors">{items}</ul>'


_COUNTS = (("people", "person"), ("orgs", "organisation"), ("events", "event"), ("places", "location"))


def index_page(tables: dict[str, list[Row]], by_doc: dict[str, dict[str, list[Row]]], errors_by_path: dict[str, list[Row]]) -> str:
    """The list of documents with status, counts and errors, plus the files that were not processed."""
    rows_html = []
    for doc in sorted(tables["documents"], key=lambda d: d["source_path"]):
        rows = by_doc[doc["doc_id"]]
        counts = [sum(1 for m in rows["mentions"] if m["entity_type"] == kind) for _, kind in _COUNTS]
        counts += [len(rows["dates"]), len(rows["roles"]), len(rows["key_messages"])]
        published = doc["published_date"].isoformat() if doc.get("published_date") else ""
        rows_html.append(
            f'<tr><td><a href="{e(page_file(doc["doc_id"]))}">{e(doc["source_path"])}</a></td>'
            f'<td>{e(doc.get("title") or "")}</td><td>{e(doc["format"])}</td><td>{e(doc.get("doc_type") or "")}</td>'
            f'<td>{e(published)}</td><td><span class="status status-{e(doc["status"])}">{e(doc["status"])}</span></td>'
            f'<td class="n">{doc.get("n_pages") or ""}</td>' + "".join(f'<td class="n">{n}</td>' for n in counts)
            + f'<td>{_errors_html(errors_by_path.get(doc["source_path"], []))}</td></tr>')
    known = {d["source_path"] for d in tables["documents"]}
    others = [r for path, rs in sorted(errors_by_path.items()) if path not in known for r in rs]
    other_html = ("<h2>Files not processed</h2><table><tr><th>file</th><th>why</th></tr>"
                  + "".join(f'<tr><td>{e(r["source_path"])}</td><td>{e(r["error_type"])}: {e(r["message"])}</td></tr>' for r in others)
                  + "</table>") if others else ""
    n = len(tables["documents"])
    status = {s: sum(1 for d in tables["documents"] if d["status"] == s) for s in ("ok", "partial", "failed")}
    head = ("<tr><th>document</th><th>title</th><th>format</th><th>type</th><th>published</th><th>status</th><th>pages</th>"
            + "".join(f"<th>{label}</th>" for label, _ in _COUNTS) + "<th>dates</th><th>roles</th><th>key msgs</th><th>errors</th></tr>")
    body = (f'<header><h1>cluster-kb review: {n} document{"s" if n != 1 else ""}</h1>'
            f'<p class="meta">{status["ok"]} ok · {status["partial"]} partial · {status["failed"]} failed. '
            f"Open a document to see its text with every extracted fact highlighted.</p>{_legend()}</header>"
            f'<main class="index"><table>{head}{"".join(rows_html)}</table>{other_html}</main>')
    return _html_page("cluster-kb review", body, None)


def _group_by_doc(tables: dict[str, list[Row]]) -> dict[str, dict[str, list[Row]]]:
    by_doc: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for name in ("mentions", "dates", "roles", "key_messages", "event_organisers"):
        for r in tables[name]:
            by_doc[r["doc_id"]][name].append(r)
    return by_doc


def build_review(output_dir: Path, progress: Callable[[str, int, int, str], None] | None = None) -> tuple[Path, int]:
    """Write ``output_dir/review/`` (index + one page per document); returns (index path, pages written).

    The folder is built under a temporary name and swapped in, so a reader never sees half of it.
    """
    tables = load_tables(output_dir)
    names = _Names(tables)
    texts = {r["doc_id"]: r["text"] for r in tables["document_texts"]}
    by_doc = _group_by_doc(tables)
    errors_by_path: dict[str, list[Row]] = defaultdict(list)
    for r in sorted(tables["errors"], key=lambda r: (r["source_path"], r["stage"], r["error_type"], r.get("page") or 0)):
        errors_by_path[r["source_path"]].append(r)

    tmp = output_dir / f".{REVIEW_DIR}.{uuid.uuid4().hex}.tmp"
    tmp.mkdir(parents=True)
    try:
        docs = sorted(tables["documents"], key=lambda d: d["source_path"])
        for i, doc in enumerate(docs, 1):
            page = document_page(doc, texts.get(doc["doc_id"]), by_doc[doc["doc_id"]], names,
                                 errors_by_path.get(doc["source_path"], []))
            (tmp / page_file(doc["doc_id"])).write_text(page, encoding="utf-8")
            if progress:
                progress("review", i, len(docs), doc["source_path"])
        (tmp / "index.html").write_text(index_page(tables, by_doc, errors_by_path), encoding="utf-8")
        target = output_dir / REVIEW_DIR
        old = output_dir / f".{REVIEW_DIR}.{uuid.uuid4().hex}.old"
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target / "index.html", len(docs)
