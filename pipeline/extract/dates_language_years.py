"""Bare years that other languages date with a word or a case ending: rule family ``multilingual:year:<language>``.

English says "in 2019", "since 2017" (:mod:`pipeline.extract.date_bare_years`); other languages put the word after
the year or glue an ending to it, or use words English lacks before it. Per language (``date_languages.csv``, read
only in that language's blocks, see :mod:`pipeline.extract.dates_multilingual`):

- a word before the year (``year_before``): "od leta 2036", "od jeseni 2035" (Slovenian), "ιδρύθηκε το 2030",
  "μέχρι το 2037" (Greek), "u 2034.", "od jeseni 2034." (Croatian), "în anul 2015" (Romanian);
- a word or ending after it (``year_after``): "2012-ben", "2033-ban", "2031 óta", "2033 őszén" (Hungarian), "2029.
  godine" (Croatian), "2034. gada beigām", "2035. gada sākumā" (Latvian), "2030 m." (Lithuanian), "w 2024 r." (Polish);
- the next years of a list whose first year is a date, after a comma or the language's "and" (``and``): "v letih
  2027, 2029, 2031 in 2033", "2012-ben, 2017-ben és 2019-ben".

The date is the year alone (precision year), as for "in 2019". A number after a digit group or a decimal ("8 400
főt", "1,2035") is no year; a year another rule read (a day, a range, a period "2028–2034") is not read again.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table
from pipeline.records import DateMention

_YEAR = r"(?<![\d.,])(?<!\d )(?P<y>(?:19|20)\d\d)(?!\d)"


@lru_cache(maxsize=8)
def language_shapes(data_dir: Path) -> dict[str, dict[str, str]]:
    """language → its row of ``date_languages.csv`` (column → regular expression, "" where none)."""
    rows = data_table(data_dir / "date_languages.csv")[1]
    return {r["language"].strip(): {k: (v or "").strip() for k, v in r.items() if k} for r in rows if (r.get("language") or "").strip()}


@lru_cache(maxsize=64)
def _year_patterns(lang: str, data_dir: Path) -> tuple[re.Pattern[str], ...]:
    """(word before, word after, list) patterns of one language's bare years; those its row leaves empty never match."""
    shape = language_shapes(data_dir).get(lang, {})
    before, after, joins = shape.get("year_before"), shape.get("year_after"), shape.get("and")
    never = re.compile(r"(?!)")
    return (re.compile(rf"(?<!\w)(?:{before})\s+{_YEAR}", re.I) if before else never,
            re.compile(rf"{_YEAR}(?={after})", re.I) if after else never,
            re.compile(rf"(?<=\d)(?:,\s*|\s+(?:{joins})\s+){_YEAR}", re.I) if joins else re.compile(rf"(?<=\d),\s*{_YEAR}"))


def language_years(doc_id: str, text: str, blocks: list[tuple], taken: list[DateMention], data_dir: Path) -> list[DateMention]:
    """The bare years of the blocks in another language (``(start, end, language, …, in_english)``, English blocks
    left out) that the language's words mark as dates (module doc), outside the spans of ``taken``."""
    spans = [(d.start, d.end) for d in taken]
    year_ends = {d.end for d in taken if d.precision == "year"}
    found: list[DateMention] = []
    for start, end, lang, _, english in blocks:
        if english or lang not in language_shapes(data_dir):
            continue
        before, after, joins = _year_patterns(lang, data_dir)
        marked = sorted({m.span("y") for pattern in (before, after) for m in pattern.finditer(text, start, end)})
        listed = [(m.start(), m.span("y")) for m in joins.finditer(text, start, end)]
        for s, e in sorted({*marked, *(span for _, span in listed)}):
            if any(s < te and ts < e for ts, te in spans):
                continue
            if (s, e) not in marked and not any(span == (s, e) and at in year_ends for at, span in listed):
                continue
            year = int(text[s:e])
            found.append(DateMention(doc_id, s, e, text[s:e], dt.date(year, 1, 1), dt.date(year, 12, 31), "year",
                                     f"multilingual:year:{lang}"))
            spans.append((s, e))
            year_ends.add(e)
    return found
