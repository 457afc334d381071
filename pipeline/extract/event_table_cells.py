"""Rule ``pattern:event_table_cell``: each cell of a dated table's event column names one event.

Annual plans, newsletters' "Coming up" boxes and cluster weeks' side-event pages list their events in a table
whose header names a date column and an event column: "| Date | City | Event | Host |", "| Event | Date |
Place | Organiser |". Each cell under the event label (``data/event_table_title_labels.txt``)
is an event's name as written, whatever words it has: "Hydrogen for inland ports – expert workshop",
"Robotics Olympiad for vocational schools", "Bio-based plastics matchmaking"; a note in brackets that ends the
cell ("(joint stand, 8 companies)", "(tbc)") is no part of it. An empty cell ("–"), a cell
that is a date or holds a figure only, a cell with a word of ``data/event_row_not_event_words.txt`` and no event word ("Application
deadline"; "Academy – closing session" is an event) and a cell that names no one event (:func:`event_lists.no_one_event`: "Day 2", "Online meetings") are
none. A "What | When" table of key dates is not read: its rows are calls and deadlines as often as events. The table is read as :mod:`event_table_rows` reads it (rendered
one cell a block, its shape checked on its date column); the row's date cell dates the event there.

Its candidates come last but one (before the statistical recogniser's): a cell another rule names, in whole or
in part ("Webinar: \"…\"", "Joint stand at automatica"), keeps that rule's name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_key_values import header_labels
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_lists import no_one_event, programme_parts
from pipeline.extract.event_table_rows import EMPTY_CELLS, label, rendered_tables

_MAX_WORDS = 16
_CELL_MARKS = " \t*_:|#"
_NOTE = re.compile(r"[ \t]*\([^()]*\)$")


@lru_cache(maxsize=4)
def title_labels(data_dir: Path) -> frozenset[str]:
    """The header labels of a table's event column, read once."""
    return frozenset(" ".join(line.lower().split()) for line in data_lines(data_dir / "event_table_title_labels.txt"))


def table_cell_events(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """The events named by the cells of dated tables' event columns (see the module doc)."""
    titles = title_labels(data_dir)
    parts = programme_parts(data_dir)
    out: list[Candidate] = []
    for run, head, k, _date_col in rendered_tables(ctx, header_labels(data_dir)[0]):
        cols = [c for c in range(k) if label(ctx.text[run[head + c].start:run[head + c].end]) in titles]
        for c in cols:
            for j in range(head + k + c, len(run), k):
                cell = run[j]
                raw = ctx.text[cell.start:cell.end]
                text = _NOTE.sub("", raw.strip(_CELL_MARKS))  # "Automatica (joint stand, 8 companies)": the note is no part of the name
                words = text.split()
                lowered = [w.lower().strip(",.:;()\"“”") for w in words]
                hit = next((h for i in range(len(lowered)) if (h := keyword_at(lex, lowered, i))), None)
                if (text in EMPTY_CELLS or not any(ch.isalpha() for ch in text) or len(words) > _MAX_WORDS
                        or ctx.dates_between(cell.start, cell.end) or no_one_event(lex, words, parts)
                        or hit is None and any(w in lex.row_not_event for w in lowered)):
                    continue
                start = cell.start + len(raw) - len(raw.lstrip(_CELL_MARKS))
                out.append(Candidate(start, start + len(text), clean_event_name(text), "pattern:event_table_cell",
                                     hit[1] if hit else None, hit[2] if hit else "other"))
    return out
