"""The rows of a table of numbered meetings, one meeting a row (``pattern:event_meeting_table_row``).

Project reports and consortium pages list a project's meetings in a table titled by the plural of the meeting
("Consortium meetings", "7.2 Partnership meetings"), with a number column, a date column and often the place:

    Steering meetings

    | No. | Date | Place | Host |
    | 1 | 3–4 March 2031 | Leuven | KUL (kick-off) |
    | 2 | 14 October 2031 | Tampere | VTT |
    | 3 | May 2032 | Kraków | AGH |

Each row with a bare number is one meeting, named by the title's noun phrase in the singular and its number
("Steering meeting 2"), dated by its date cell, placed in the town of its place cell. A row whose number cell is
a word ("Kick-off", "Final conference") or whose other cells name another event ("KUL (kick-off)", an event
keyword or a meeting noun of ``data/event_meeting_heads.txt``) is that event, read by the other rules. The number
labels are the ``number`` labels of ``data/event_header_labels.csv`` ("No.", "#"), the date and place labels its
``date`` and ``place`` ones; the title's last word is a meeting word of ``data/event_numbered_meeting_words.txt``
in the plural. Tables come rendered one cell a block (Markdown, HTML, .docx: :func:`event_table_rows.rendered_tables`)
or as plain-text pipe rows ("No. | Date | Place | Host"), the header first.

The title may carry a year ("Board meetings 2036"), a lead of ``data/event_meeting_list_leads.txt`` ("Calendar of board
meetings") or be written in capitals ("STEERING GROUP MEETINGS 2038"). Under such a title a table with a date column and
no number column is one meeting a row too, named by the singular alone ("Board meeting"), and so are lines that open
with a day, after a list mark or the weekday ("Friday 28 January 2039 – Jablonec nad Nisou"), two at least
(:func:`_list_rows`); the town is the place cell's, or what follows the date after a dash or a comma.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, keyword_at, line_spans
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_table_rows import label, rendered_tables
from pipeline.extract.places import Gazetteer
from pipeline.extract.pipe_cells import pipe_cells

RULE = "pattern:event_meeting_table_row"
_NUMBER = re.compile(r"\d{1,2}(?:/(?:19|20)\d\d)?")  # "4", "1/2038": the meeting's number, perhaps in its year
Cell = tuple[int, int]


@lru_cache(maxsize=8)
def _labels(data_dir: Path) -> dict[str, frozenset[str]]:
    """The header labels by kind (``number``, ``date``, ``place``) of ``data/event_header_labels.csv``."""
    rows = data_table(data_dir / "event_header_labels.csv")[1]
    return {k: frozenset(" ".join(r["label"].lower().split()) for r in rows if r["kind"].strip() == k) for k in ("number", "date", "place")}


@lru_cache(maxsize=8)
def _title_pattern(data_dir: Path) -> re.Pattern[str] | None:
    """A title line ending in a meeting word's plural: "Consortium meetings", "7.2 Partnership meetings"."""
    words = data_lines(data_dir / "event_numbered_meeting_words.txt")
    if not words:
        return None
    return re.compile(rf"[\W\d_]*(?P<phrase>(?:[\w’'-]+[ \t]+){{0,3}}(?i:(?:{phrase_alternation(words)})s?))[ \t:*_]*")


@lru_cache(maxsize=8)
def _other_events(data_dir: Path) -> tuple[tuple[str, ...], ...]:
    """The meeting nouns of ``data/event_meeting_heads.txt`` as word tuples: a row cell with one names another event."""
    return tuple(tuple(h.lower().split()) for h in data_lines(data_dir / "event_meeting_heads.txt"))


def _tables(ctx: DocContext, date_labels: frozenset[str]) -> list[tuple[int, list[Cell], list[list[Cell]]]]:
    """(header start, header cells, rows of cells) of every table rendered one cell a block or written as pipe rows."""
    out = []
    for run, head, k, _ in rendered_tables(ctx, date_labels):
        header = [(b.start, b.end) for b in run[head:head + k]]
        rows = [[(b.start, b.end) for b in run[j:j + k]] for j in range(head + k, len(run) - k + 1, k)]
        out.append((run[head].start, header, rows))
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", ctx.text)]
    i = 0
    while i < len(lines):
        header = [(c.start, c.end) for c in pipe_cells(ctx.text, *lines[i])]
        rows = []
        j = i + 1
        while len(header) >= 3 and j < len(lines) and len(cells := [(c.start, c.end) for c in pipe_cells(ctx.text, *lines[j])]) == len(header):
            if not re.fullmatch(r"[\s|:-]*", ctx.text[lines[j][0]:lines[j][1]]):  # a rule line "|---|---|"
                rows.append(cells)
            j += 1
        if rows:
            out.append((lines[i][0], header, rows))
        i = max(j, i + 1)
    return out


_YEAR_TAIL = re.compile(r"[ \t]+(?:19|20)\d\d(?:[–/-](?:19|20)?\d\d)?(?=[ \t:*_]*$)")  # "Board meetings 2036"


@lru_cache(maxsize=8)
def _leads(data_dir: Path) -> re.Pattern[str]:
    """A lead of ``data/event_meeting_list_leads.txt`` at a title's start ("Calendar of", "Dates of the")."""
    leads = data_lines(data_dir / "event_meeting_list_leads.txt")
    return re.compile(rf"(?i:{phrase_alternation(leads)})[ \t]+" if leads else r"(?!)")


def _title_at(line: str, pattern: re.Pattern[str], data_dir: Path) -> str | None:
    """The noun phrase of a title line, in the plural ("Consortium meetings"), without a year after it or a lead of
    ``_leads`` before it ("Calendar of board meetings 2036" → "board meetings"); a title in capitals in sentence case."""
    line = _YEAR_TAIL.sub("", line.rstrip())
    head = re.match(r"[\W\d_]*", line).end()
    lead = _leads(data_dir).match(line, head)
    m = pattern.fullmatch(line[lead.end():] if lead else line)
    if m is None:
        return None
    phrase = " ".join(m.group("phrase").split())
    return phrase.capitalize() if phrase.isupper() else phrase


def _title(ctx: DocContext, header_start: int, pattern: re.Pattern[str], data_dir: Path) -> str | None:
    """The noun phrase of the title line right above the header, in the plural: "Consortium meetings"."""
    above = ctx.text[:header_start].rstrip()
    return _title_at(above[above.rfind("\n") + 1:], pattern, data_dir)


def _singular(lex: EventLexicon, title: str) -> str:
    words = title.split()
    base = " ".join(words[:-1] + [lex.singular(words[-1]).lower()])
    return base[:1].upper() + base[1:]


@lru_cache(maxsize=8)
def _body_forms(data_dir: Path) -> tuple[str, ...]:
    """The forms of the concepts of ``data/event_meeting_table_concepts.txt`` in every language, shortest first,
    as written: "board meeting", "Vorstandssitzung", "zasadnutie predstavenstva", "riunione del consiglio direttivo"."""
    concepts = set(data_lines(data_dir / "event_meeting_table_concepts.txt"))
    rows = data_table(data_dir / "event_noun_concepts.csv")[1]
    forms = {" ".join(r["form"].split()) for r in rows if r["concept"].strip() in concepts and r["form"]}
    return tuple(sorted(forms, key=lambda f: (len(f), f)))


_BODY_HEADING = re.compile(r"[ \t#*_]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?P<body>[^\W\d_][\w’'-]*(?:[ \t]+[\w’'-]+){0,2})[ \t:*_]*")


def _body_meeting(ctx: DocContext, header_start: int, data_dir: Path) -> str | None:
    """The meeting of the body that heads the table by its name alone ("## Predstavenstvo", "Consiglio Direttivo",
    "Vorstand"): the shortest form of a meeting concept whose words hold every word of the name, each by its stem
    (the name's case may differ: "predstavenstvo" in "zasadnutie predstavenstva", "Vorstand" in "Vorstandssitzung").
    A form that is only the body's name in another case is none ("board" alone is no meeting)."""
    above = ctx.text[:header_start].rstrip()
    m = _BODY_HEADING.fullmatch(above[above.rfind("\n") + 1:])
    if m is None:
        return None
    body = m.group("body").lower().split()
    stems = [w[:max(3, len(w) - 2)] for w in body]
    for form in _body_forms(data_dir):
        words = form.lower().split()
        if any(not any(w.startswith(stem) for w in words) for stem in stems):
            continue
        if len(words) == len(body) and all(len(w) <= len(b) + 2 for w, b in zip(words, body)):
            continue  # "Board" over the table and "board" as a form: the body, not its meeting
        return form
    return None


def _names_other_event(lex: EventLexicon, heads: tuple[tuple[str, ...], ...], text: str) -> bool:
    words = [w.strip("()[]\"“”,.;:") for w in text.lower().split()]
    return any(keyword_at(lex, words, i) or any(tuple(words[i:i + len(h)]) == h for h in heads) for i in range(len(words)))


def meeting_table_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """One meeting per numbered row of a table titled by a meeting's plural (see the module doc)."""
    labels, pattern = _labels(data_dir), _title_pattern(data_dir)
    if pattern is None or not labels["number"]:
        return []
    heads = _other_events(data_dir)
    hit = lex.lookup(["meeting"])
    out: list[Candidate] = []
    for header_start, header, rows in _tables(ctx, labels["date"]):
        kinds = [label(ctx.text[a:b]) or ctx.text[a:b].strip() for a, b in header]  # "#": the number label is all marks
        number = next((c for c, x in enumerate(kinds) if x in labels["number"]), None)
        date_col = next((c for c, x in enumerate(kinds) if x in labels["date"]), None)
        title = _title(ctx, header_start, pattern, data_dir)
        if title is not None:
            base = _singular(lex, title)
        else:
            base = _body_meeting(ctx, header_start, data_dir)  # "## Predstavenstvo" over "| Č. | Dátum | …": the board's meetings
        if date_col is None or base is None or len(rows) < 2 or number is None and title is None:
            continue  # (a table without a number column is a body's meetings only under their plural: "Board meetings 2036")
        place_col = next((c for c, x in enumerate(kinds) if x in labels["place"]), None)
        for row in rows:
            n = ctx.text[row[number][0]:row[number][1]].strip(" \t*_|") if number is not None else ""
            dates = ctx.dates_between(*row[date_col])
            others = [ctx.text[a:b] for c, (a, b) in enumerate(row) if c not in (number, date_col, place_col)]
            if number is not None and not _NUMBER.fullmatch(n) or not dates or any(_names_other_event(lex, heads, x) for x in others):
                continue  # "Kick-off", "KUL (kick-off)": another event, named by the other rules
            city, country = _place(gaz, ctx.text[row[place_col][0]:row[place_col][1]]) if place_col is not None else (None, None)
            cell = row[number] if number is not None else row[date_col]
            out.append(Candidate(cell[0], cell[1], f"{base} {n}".strip(), RULE, hit[0] if hit else None,
                                 hit[1] if hit else "other", dates=dates[0], city=city, country=country))
    return out + _list_rows(ctx, lex, gaz, data_dir, pattern, hit)


def _place(gaz: Gazetteer, cell: str) -> tuple[str | None, str | None]:
    """The town of a place cell, as written or as its first part ("Innsbruck, cluster office")."""
    found = gaz.place(cell.strip(" \t*_|"))
    return found if found != (None, None) else gaz.place(cell.split(",")[0].strip(" \t*_|"))


_ROW_LEAD = re.compile(r"[ \t]*(?:[-–•*▪◦][ \t]+)?")  # a list item's mark
_ROW_PLACE = re.compile(r"[ \t]*(?:[–—-]|,)[ \t]*(?P<place>[^\W\d_][^,;()\n–—]{1,40})")


def _list_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path, pattern: re.Pattern[str],
               hit) -> list[Candidate]:
    """A title line of a body's meetings in the plural ("Board meetings 2038", "BOARD MEETINGS 2039", "Calendar of
    steering group meetings") over lines of one meeting each, opening with its day (after a list mark, perhaps after
    the weekday): each line is one meeting named by the title's singular ("Board meeting"), in the town after its date
    when the gazetteer knows it ("Friday 28 January 2039 – Jablonec nad Nisou"). Two lines at least; a line that does
    not open with a day ends the list."""
    lines = line_spans(ctx.text)
    out: list[Candidate] = []
    for i, (s, e) in enumerate(lines):
        if e - s > 80 or not ctx.text[s:e].strip():
            continue
        title = _title_at(ctx.text[s:e], pattern, data_dir)
        if title is None or len(title.split()) < 2:
            continue  # "Meetings" alone names no body's meetings
        rows = []
        j = i + 1
        if j < len(lines) and not ctx.text[lines[j][0]:lines[j][1]].strip():
            j += 1  # one blank line under the title
        while j < len(lines):
            rs, re_ = lines[j]
            at = _ROW_LEAD.match(ctx.text, rs, re_).end()
            date = next((d for d in ctx.dates_between(at, re_) if d.precision == "day"
                         and not re.search(r"[\d]", ctx.text[at:d.start]) and d.start - at <= 14), None)
            if date is None:
                break
            rows.append((date, re_))
            j += 1
        if len(rows) < 2:
            continue
        base = _singular(lex, title)
        for date, row_end in rows:
            place = _ROW_PLACE.match(ctx.text, date.end, row_end)
            city, country = _place(gaz, place.group("place")) if place else (None, None)
            out.append(Candidate(date.start, date.end, base, RULE, hit[0] if hit else None, hit[1] if hit else "other",
                                 dates=date, city=city, country=country))
    return out
