"""Rule ``pattern:year_row_day``: a year-less day in a row that opens with its year is a day of that year.

The page of an event series lists its past editions one a line, the year first, then the town and the days
without a year: "2032 – Adria, 8–9 November", "- **2034**: Alytus (22–23 May)", "2036 – Beja, 6 October (first
edition)", a table's "| 2031 | 24 September | Šibenik |", in any language ("2034 – Arradon, 6 juin", "- 2035 –
Petroșani, 15–16 octombrie"). A timeline's row does the same ("2028 – Founded on 14 May by nine firms"). The
row's year is the year of its days (``pattern:year_row_day``; ``multilingual:year_row_day:<language>`` for the
month names of other languages), and the year is then no date of its own: it is the day's (the training gold
writes only the day, 15 of 18 such rows). The rows are :func:`date_bare_years.year_rows`' (two or more rows
naming different years); a row's stretch runs from its year to the end of its line or to the next row's year
on it, and a row that states a year in that stretch ("2031 – Bolzano, 5–6 May 2031") has its own dates. A year
alone on its line is no row here: a PDF's wrapped line put it under its date ("Szczecin, 18–19 October" / "2038").

Two readings this keeps out: a row's last day joined to the year that opens the next row across the line break
("8–9 November" / "2034 – Rovigo, …" read as 8–9 November 2034: :meth:`YearRows.crosses`), and the day given
the document's year, or none, when the document's dates name several years.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.extract.date_bare_years import year_rows
from pipeline.records import DateMention

YEAR_ROW_DAY_RULE = "pattern:year_row_day"
_OWN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]")  # a row states something after its year: a year alone on its line is a wrapped date's


@dataclass(frozen=True)
class YearRows:
    """The rows of a document that open with a year and state none after it: (year start, year end, stretch end,
    year), sorted."""

    rows: tuple[tuple[int, int, int, int], ...]

    @classmethod
    def of(cls, text: str) -> YearRows:
        starts = sorted({m.start("y1"): m for m in year_rows(text)}.items())
        rows = []
        for i, (start, m) in enumerate(starts):
            line_end = text.find("\n", m.end("y1"))
            end = len(text) if line_end < 0 else line_end
            if i + 1 < len(starts):
                end = min(end, starts[i + 1][0])
            if not _OWN_YEAR.search(text, m.end("y1"), end) and _WORD.search(text, m.end("y1"), end):
                rows.append((start, m.end("y1"), end, int(m["y1"])))
        return cls(tuple(rows))

    def stretches(self) -> list[tuple[int, int]]:
        """Where each row's days may stand: from its year's end to its stretch's end."""
        return [(year_end, end) for _, year_end, end, _ in self.rows]

    def _row_at(self, pos: int) -> tuple[int, int, int, int] | None:
        i = bisect.bisect_right(self.rows, (pos, pos, pos, 10_000)) - 1
        return self.rows[i] if i >= 0 and self.rows[i][1] <= pos < self.rows[i][2] else None

    def year_at(self, pos: int) -> int | None:
        """The year of the row whose stretch holds ``pos``, if any."""
        row = self._row_at(pos)
        return row[3] if row is not None else None

    def crosses(self, text: str, start: int, end: int) -> bool:
        """True when the date ``start:end`` reaches over a line break into the year that opens a row: that year is
        the row's, not the date's ("8–9 November" / "2034 – Rovigo")."""
        i = bisect.bisect_right(self.rows, (start, 10**12, 0, 0))  # the first row whose year starts after ``start``
        return any(year_start < end and "\n" in text[start:year_start]
                   for year_start, _, _, _ in self.rows[i:bisect.bisect_left(self.rows, (end, -1, 0, 0), i)])

    def without_absorbed_years(self, mentions: list[DateMention]) -> list[DateMention]:
        """``mentions`` without the years of the rows that gave their year to a day of theirs."""
        dated = {self._row_at(m.start) for m in mentions if m.precision == "day" and "year_row_day" in m.rule}
        absorbed = {(row[0], row[1]) for row in dated if row is not None}
        return [m for m in mentions if not (m.precision == "year" and (m.start, m.end) in absorbed)]
