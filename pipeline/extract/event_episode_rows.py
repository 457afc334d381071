"""Instalments of a series listed on the series' own page by their number alone (``pattern:event_episode_row``).

The page of a webinar or talk series lists its instalments by number and title, without repeating the series'
name, which stands in the page's title:

    # Harbour Talks – the lunchtime series of the port cluster
    **#12 – Shore power for ferries**                          (a card's heading, its date on the next line)
    Tuesday 4 March 2036, 12:00–12:45
    - #7 "Dredging without conflict" with two mayors – 3 June 2035        (a list item, dated on its line)
    | # | Date | Title | Guests |                                          (a table of past instalments)
    | 6 | 13.5.2035 | Cold ironing in small ports | ... |
    Episode 17 · online                                                   (a card labelled by a word of ``[label]``
    Heat pumps for drying kilns                                            over its title line and its date line)
    Thursday 9 March 2034, 11:00–11:45

Each row is an instalment of its own, named "<Series> #<number> – <title>" ("<Series> Episode <number> – <title>"
when a label names it) and dated by the row's first date after its title (a card's next line holds it); a card
whose label line marks it cancelled after its "·" ("Episode 20 · CANCELLED") names none; a town on its card is a guest's, not the instalment's
(``placeless``). The series is the page's main heading (its first
level-one heading, else its first line), cut before a dash or a colon and without a trailing year, when
that name recurs in the text. A table's rows count under a header whose first cell is "#" or a word of
``data/event_episode_rows.txt``'s ``[number]`` section and with a title column (its ``[title]`` words).
Two rows at least make the list; a row whose title opens with a word of ``data/event_row_not_event_words.txt``
("Cancelled – guest ill") names no event that took place, and a row with no date names none either. A year
alone in a title line is part of the title ("#9 – What changes in 2035?"), not its date.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_key_values import header_labels
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_table_rows import label, rendered_tables

RULE = "pattern:event_episode_row"
# a line opening with "#<number>" and its title: "**#12 – Shore power**", "- #7 "Dredging"", "### #3: Title"
_QUOTED = re.compile(r"[“\"„«](?P<title>[^”\"»\n]{2,120})[”\"»]")
_FIRST_LINES = re.compile(r"^[ \t]*(\S[^\n]*)$", re.M)
_CRUMBS = re.compile(r"[ \t]+[›>»/][ \t]+")
_CUT = re.compile(r"[ \t]+[–—|-][ \t]+|:[ \t]|[ \t]*\|")
_TRAILING_YEAR = re.compile(r"[ \t]+(?:19|20)\d\d(?:[/–-]\d{2,4})?$")
_NEXT_LINE_DATE = 30  # characters from a card's next line's start to its date ("Wednesday 11 October 2034")
_MAX_TITLE_WORDS = 20


@lru_cache(maxsize=8)
def _headers(data_dir: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(labels of a number column: the ``number`` labels of ``data/event_header_labels.csv``, "#"; labels of a
    title column: ``data/event_episode_rows.txt``), loaded once."""
    rows = data_table(data_dir / "event_header_labels.csv")[1]
    numbers = frozenset(" ".join(r["label"].lower().split()) for r in rows if r["kind"].strip() == "number") | {"#"}
    return numbers, frozenset(" ".join(w.lower().split()) for w in data_sections(data_dir / "event_episode_rows.txt")["names"])


@lru_cache(maxsize=8)
def _series_words(data_dir: Path) -> frozenset[str]:
    """The words that call a title's name a series ("the talk series of …"), loaded once."""
    return frozenset(w.lower() for w in data_sections(data_dir / "event_episode_rows.txt").get("series", []))


def page_series(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> str | None:
    """The series the page is about: the first of its first three lines whose last breadcrumb, before a dash,
    a colon or a bar and without a trailing year, is written again in the text and holds an event keyword
    ("Home › Webinars › Harbour Talks") or is called a series after the dash ("Solar Evenings – the talk
    series of …": a word of the ``[series]`` section of ``data/event_episode_rows.txt``)."""
    series_words = _series_words(data_dir)
    for line in _FIRST_LINES.findall(ctx.text, 0, 2000)[:3]:
        crumb = _CRUMBS.split(line.strip(" *#_"))[-1]
        parts = _CUT.split(crumb, 1)
        name = _TRAILING_YEAR.sub("", parts[0].strip(" *_"))
        words = name.split()
        called = len(parts) > 1 and any(w in series_words for w in re.findall(r"\w+", parts[1].lower()))
        if (1 <= len(words) <= 6 and name[:1].isupper() and (called or any(lex.lookup([w]) for w in words))
                and ctx.text.count(name) >= 2):
            return name
    return None


def _line_title(ctx: DocContext, m: re.Match[str], line_end: int) -> tuple[int, int, int] | None:
    """(title start, title end, where its date is looked for) of a numbered line."""
    start = m.end()
    if m.group("bold"):
        close = ctx.text.find(m.group("bold"), start, line_end)
        return (start, close, close + 2) if close > start else None
    quoted = _QUOTED.match(ctx.text, start, line_end)
    if quoted is not None:
        return quoted.start("title"), quoted.end("title"), quoted.end()
    dates = [d for d in ctx.dates_between(start, line_end) if d.precision != "year"]  # "… what changes in 2035?"
    end = dates[0].start if dates else line_end
    return start, end, end


def _row_date(ctx: DocContext, after: int, line_end: int):
    """The row's first date after its title, else the first date that opens the next non-blank line."""
    dates = ctx.dates_between(after, line_end)
    if dates:
        return dates[0]
    nxt = line_end + 1
    while nxt < len(ctx.text) and ctx.text[nxt] == "\n":
        nxt += 1
    end = ctx.text.find("\n", nxt)
    dates = ctx.dates_between(nxt, len(ctx.text) if end < 0 else end)
    return dates[0] if dates and dates[0].start - nxt <= _NEXT_LINE_DATE else None


def _title(text: str) -> str:
    return clean_event_name(re.sub(r"[ \t]*[–—-][ \t]*$", "", text.strip(" \t*_")))


@lru_cache(maxsize=8)
def _line_pattern(data_dir: Path) -> re.Pattern[str]:
    """A line opening with "#<number>" or a label of ``[label]`` and the number ("Episode 17"), then its title on the
    line, or nothing but a marker after "·" when the line is a card's label over its title line (group ``card``)."""
    labels = phrase_alternation(data_sections(data_dir / "event_episode_rows.txt").get("label", []), empty="")
    label = rf"#|(?i:{labels})[ \t]*" if labels else "#"
    return re.compile(rf"^[ \t]*(?:[-–•*▪][ \t]+)?(?:#{{2,6}}[ \t]+)?(?P<bold>\*\*|__)?(?P<label>{label})(?P<num>\d{{1,3}})(?![\w#])"
                      r"(?:(?P<card>[ \t]*(?:[·|][^\n]*)?$)|(?:[ \t]*[–—:-][ \t]*|[ \t]+)(?=[^\s#]))", re.M)


def _card_title(ctx: DocContext, line_end: int) -> tuple[int, int, int] | None:
    """(title start, title end, where its date is looked for) of a card whose label line holds only the number: the
    next non-blank line, when it holds no date of its own."""
    start = line_end
    while start < len(ctx.text) and ctx.text[start] in " \t\n":
        start += 1
    end = ctx.text.find("\n", start)
    end = len(ctx.text) if end < 0 else end
    if start >= end or ctx.dates_between(start, end):
        return None
    return start, end, end


def _line_rows(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[tuple[int, int, str, str, object]]:
    """(start, end, label and number, title, date) of each "#<number> <title>" line with a date, and of each card
    labelled "Episode <number>" over its title line and date line; a card marked cancelled after its "·" names none."""
    out = []
    for m in _line_pattern(data_dir).finditer(ctx.text):
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        if m.group("card") is not None:
            if any(w in lex.row_not_event for w in re.findall(r"\w+", m.group("card").lower())):
                continue  # "Episode 20 · CANCELLED"
            span = _card_title(ctx, line_end)
            line_end = span[1] if span else line_end
        else:
            span = _line_title(ctx, m, line_end)
        if span is None:
            continue
        title = _title(ctx.text[span[0]:span[1]])
        date = _row_date(ctx, span[2], line_end)
        if title and date is not None and len(title.split()) <= _MAX_TITLE_WORDS:
            label = "#" if m.group("label") == "#" else f"{m.group('label').strip().capitalize()} "
            out.append((m.start("label"), span[1], f"{label}{m.group('num')}", title, date))
    return out


def _table_rows(ctx: DocContext, data_dir: Path) -> list[tuple[int, int, str, str, object]]:
    """(start, end, number, title, date) of each row of a table headed "# | Date | Title" (rendered one cell a
    block) whose number cell is a number and whose row holds a date."""
    numbers, titles = _headers(data_dir)
    out = []
    for run, head, k, date_col in rendered_tables(ctx, header_labels(data_dir)[0]):
        kinds = [label(ctx.text[b.start:b.end]) or ctx.text[b.start:b.end].strip() for b in run[head:head + k]]
        col = next((c for c, x in enumerate(kinds) if x in titles), None)
        if kinds[0] not in numbers or col is None:
            continue
        for j in range(head + k, len(run) - k + 1, k):
            number = ctx.text[run[j].start:run[j].end].strip(" \t*_#")
            cell = run[j + col]
            dates = ctx.dates_between(run[j + date_col].start, run[j + date_col].end)
            if number.isdigit() and dates:
                out.append((cell.start, cell.end, f"#{number}", _title(ctx.text[cell.start:cell.end]), dates[0]))
    return out


def episode_rows(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """The numbered instalments listed on a series' page (see the module doc)."""
    rows = _line_rows(ctx, lex, data_dir) + _table_rows(ctx, data_dir)
    if len(rows) < 2:
        return []
    series = page_series(ctx, lex, data_dir)
    if series is None:
        return []
    hit = lex.lookup(series.split()[-1:])
    out = []
    for start, end, number, title, date in rows:
        if not title or title.split()[0].lower().strip(":,–-") in lex.row_not_event:
            continue  # "Cancelled – guest ill": no instalment took place
        out.append(Candidate(start, end, f"{series} {number} – {title}", RULE, hit[0] if hit else None,
                             hit[1] if hit else "other", dates=date, placeless=True))
    return out
