"""The date and place of an event titled by a line, from the key–value header under that line.

``pattern:key_value_header`` (an attribute rule, it names no event) covers event pages and programmes
that give the details of the event their title line names in a small header of labelled rows, in
any of the shapes pages are written in:

- "Date: 4 May 2026" / "Venue: Town Hall, Ghent" lines;
- a Markdown or plain table "| Date | Tuesday, 4 May 2026 |", "| **Where** | Ghent, Belgium |";
- a label and its value separated by a tab ("When<TAB>4–5 May 2026");
- a label alone on its line and the value on the next, as a rendered table cell by cell ("When" /
  "4–5 May 2026").

``title_header_date`` (:func:`title_header_date`) covers the unlabelled header under a document's own title: the
lines between the title and the first paragraph of prose that say when and where, in whatever order
("Tallinn, 8–9 April 2027 | Prepared by …", "### "Subtitle" · 8–9 June 2027 · Tallinn", "**15–16 October
2026 · Jaca**").

The labels are in ``data/event_header_labels.csv`` (kind ``date`` or ``place``). The header must follow the title within a few lines (a subtitle, a version line or
the table's own rule lines may stand between), so a date further down the page (a deadline, a later
session) is never taken for the event's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

# "Date: value", "| **Date** | value |", "Date<TAB>value"
_ROW = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z ]{1,20}?)(?:\*\*|__)?[ \t]*(?::|\||\t)[ \t]*(?P<value>.*?)[ \t|]*$",
                  re.M)
_RULE_LINE = re.compile(r"^[ \t|:*_-]*$")  # "| | |", "|---|---|": the table's scaffolding
_MAX_LINES_BELOW = 6


@lru_cache(maxsize=8)
def header_labels(data_dir: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(date labels, place labels) of the key-value header, read once per process."""
    rows = data_table(data_dir / "event_header_labels.csv")[1]
    label = {k: frozenset(" ".join(r["label"].lower().split()) for r in rows if r["kind"].strip() == k) for k in ("date", "place")}
    return label["date"], label["place"]


def _title_line(ctx: DocContext, m: Candidate) -> tuple[int, int] | None:
    """The line that holds the candidate when the candidate is most of it (a title), else None."""
    ls = ctx.text.rfind("\n", 0, m.start) + 1
    le = ctx.text.find("\n", m.end)
    le = len(ctx.text) if le < 0 else le
    words = re.findall(r"[\w’'-]+", ctx.text[ls:le])
    own = re.findall(r"[\w’'-]+", ctx.text[m.start:m.end])
    return (ls, le) if words and len(own) >= 0.4 * len(words) else None


def _mail(mail_header: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """The line ``start``–``end`` is a header of an e-mail ("From: …", "Subject: …")."""
    return mail_header is not None and mail_header.match(text, start, end) is not None


def key_value_attrs(ctx: DocContext, gaz: Gazetteer, m: Candidate, date_labels: frozenset[str],
                    place_labels: frozenset[str], mail_header: re.Pattern[str] | None = None) -> None:
    """Give an undated (or only year-dated) titled event the date of the "Date" row of the header
    below its title, and the place of its "Venue" row when it has none (see the module doc). Not the rows of
    an e-mail's header ("Subject: Minutes of Board meeting no. 12" / "From: …" / "Date: Mon, 3 Feb 2027"; a
    line that ``mail_header`` matches among them): its "Date" is the day the message was sent."""
    if m.anaphor or not (m.dates is None or m.dates.precision == "year"):
        return
    line = _title_line(ctx, m)
    if line is None:
        return
    mail = _mail(mail_header, ctx.text, *line)
    pos, seen, place = line[1] + 1, 0, None
    found = None
    pending = ""  # a label alone on its line, its value on the next one (a table rendered one cell a line)
    while pos < len(ctx.text) and seen < _MAX_LINES_BELOW:
        end = ctx.text.find("\n", pos)
        end = len(ctx.text) if end < 0 else end
        body = ctx.text[pos:end]
        if body.strip() and not _RULE_LINE.fullmatch(body):
            seen += 1
            mail = mail or _mail(mail_header, ctx.text, pos, end)
            row = _ROW.match(body)
            label, value_start, value = (" ".join(row.group("label").lower().split()), pos + row.start("value"), row.group("value")) \
                if row else (pending, pos, body)
            alone = " ".join(body.strip(" \t*_|:").lower().split())
            pending = alone if not row and alone in date_labels | place_labels else ""
            if pending:
                pass
            elif label in date_labels and found is None:
                dated = [d for d in ctx.dates_between(value_start, end) if d.precision in ("day", "month")]
                found = dated[0] if dated else None
            elif label in place_labels and place is None:
                place = value
        pos = end + 1
    if found is None or mail:
        return
    m.dates = found
    if place and not (m.city or m.country):
        for part in reversed([p.strip(" ()") for p in re.split(r"[,(]", place) if p.strip(" ()")]):
            city, country = gaz.place(part)
            if city:
                m.city, m.country = city, country
                break
            if country and not m.country:
                m.country = country


# Header lines under a document's title: short, not a sentence. A label right before a date ("Report
# circulated: 24/3/2027") says whose date it is; only a date label makes it the event's.
_HEAD_LINES_BEFORE_TITLE = 3
_HEADER_LINE_MAX = 160
_LABEL_BEFORE = re.compile(r"(?:^|[·|•–—]|\*\*)[ \t*_]*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)[ \t*_]*:[ \t*_]*$")
_NOT_EVENT_DAY = re.compile(r"\b(?:until|till|by|before|deadline)\b[^\w]*$", re.I)


def opens_document(ctx: DocContext, line_start: int) -> bool:
    """The line is the document's title: among its first non-blank lines, or its first heading block."""
    if sum(1 for line in ctx.text[:line_start].splitlines() if line.strip()) <= _HEAD_LINES_BEFORE_TITLE:
        return True
    heading = next((b for b in ctx.blocks if b.kind == "heading"), None)
    return heading is not None and heading.start <= line_start < heading.end


def title_header_date(ctx: DocContext, m: Candidate, date_labels: frozenset[str], mail_header: re.Pattern[str] | None = None,
                      record: re.Pattern[str] | None = None) -> None:
    """Rule ``title_header_date``: the event a document is titled by (its name most of the title line, the line
    among the document's first lines or its first heading) with no day or month date takes the first day or month
    date of the header lines below the title, before any line of prose ("NORDIC FOOD DAYS 2027 – REPORT" /
    "Aarhus, 3–4 May 2027 | Prepared by …"; "# Timber Summit" / "## "Subtitle" · 3 June 2027 · Graz"): a short
    line, no full stop at its end; never a date under another label ("Report date: …"), a deadline, a date of
    another year than the name's, nor a line that is only a date (a news item's publication day), nor an e-mail's
    header (a line ``mail_header`` matches: "Subject: …" / "From: …" / "Date: …", the day it was sent), nor after a
    line that opens with a record's label (``record``: "Brno Orbit Days 2036 – Organising Committee" / "Minutes of
    the 3rd meeting · 14 January 2036": the day of the meeting the minutes record, not of the event it plans)."""
    if m.anaphor or not (m.dates is None or m.dates.precision == "year"):
        return
    line = _title_line(ctx, m)
    if line is None or not opens_document(ctx, line[0]) or _mail(mail_header, ctx.text, *line):
        return
    found = header_date(ctx, line[1], m.year, date_labels, mail_header, record)
    if found is not None:
        m.dates = found


def header_date(ctx: DocContext, title_end: int, year: int | None, date_labels: frozenset[str],
                mail_header: re.Pattern[str] | None = None, record: re.Pattern[str] | None = None) -> DateMention | None:
    """The first day or month date of the header lines below a title line that ends at ``title_end``, before
    any line of prose or a record's line (``record``: "Minutes of the 3rd meeting · 14 January 2036", the
    recorded meeting's day; see :func:`title_header_date`); None when the first such date is of another year
    than ``year`` (when given), or when the header has none."""
    pos, seen = title_end + 1, 0
    while pos < len(ctx.text) and seen < _MAX_LINES_BELOW:
        end = ctx.text.find("\n", pos)
        end = len(ctx.text) if end < 0 else end
        body = ctx.text[pos:end].strip(" \t*_#>")
        start, pos = pos, end + 1
        if not body or _RULE_LINE.fullmatch(body):
            continue
        seen += 1
        if len(body) > _HEADER_LINE_MAX or body.endswith(".") or _mail(mail_header, ctx.text, start, end) \
                or (record is not None and record.match(ctx.text, start, end)):
            return None  # prose: the header is over; or an e-mail's header; or a record's line
        dates = ctx.dates_between(start, end)
        if dates and not re.sub(r"[\W_]+", "", ctx.text[start:dates[0].start] + ctx.text[dates[-1].end:end]):
            continue  # a bare date line under a news headline ("08/11/2027"): the day it was published
        for d in dates:
            lead = ctx.text[start:d.start]
            label = _LABEL_BEFORE.search(lead)
            if (d.precision not in ("day", "month") or _NOT_EVENT_DAY.search(lead)
                    or (label and " ".join(label.group("label").lower().split()) not in date_labels)):
                continue
            return d if year is None or d.start_date.year == year else None
    return None
