"""The label of a list line before an organisation's name: no part of the name.

Rule family "list code before a name": the code that numbers the partners of a project, the meetings of a
work plan or the stands of a pavilion is no part of the organisation's name, and no organisation alone.
A code is a word of one to three capitals and a number ("PP3", "PM2", "C71-4") whose series the document numbers
more than once ("PP1 … PP2 …", "C71-1 … C71-2 …"), or a partner label of ``[list code labels]`` in
``data/not_organisations.txt``, alone or numbered ("LP" for the lead partner, "PP2" for a project partner). A name
written after such a code at the start of the name or of a line inside it starts after the code ("PP3 Politecnico
di Torino" → "Politecnico di Torino", "LP Regional Council of Ostrobothnia", "C71-2 Lasertech Moravia a.s."); a
name that is only a code ("PP7's cluster manager", "Slavonia (PP7)") is none. A code of a series the document
does not number twice stays: "H2 Noord", "S3 Community of Practice" are names.

Rule family "participant before a dash": in a participants list written "FAMILY NAME, Given name – Organisation"
("NOVÁK, Petra – Brno Water Cluster"), the given name before the dash is the end of the person's name, not a
brand of the organisation after it: the name starts after the dash.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span

# "PP3", "PM12", "C71-4": capitals, a number, perhaps a dash and a second number; the series is all but the last number
_CODE = re.compile(r"(?<![\w-])([A-Z]{1,3}(?:\d{1,3}-)?)(\d{1,3})(?![\w-])")
# "NOVÁK, Petra – ", "3. VAN DER BERG, Anouk – " at a line start: family name (one to three words), comma, given name, dash
_PARTICIPANT = re.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]*)?([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}),[ \t]*"
                          r"([^\W\d_][\w'’-]*)[ \t]+[–—-][ \t]+(?=\S)")


@lru_cache(maxsize=4)
def _labels(data_dir: Path | None) -> frozenset[str]:
    if data_dir is None:
        return frozenset()
    return frozenset(data_sections(data_dir / "not_organisations.txt").get("list code labels", []))


@lru_cache(maxsize=4)
def list_codes(text: str, data_dir: Path | None) -> frozenset[str]:
    """The codes of the numbered series of ``text`` (a series with two numbers or more, or a partner label's) and
    its partner labels."""
    labels = _labels(data_dir)
    numbers: dict[str, set[str]] = {}
    for m in _CODE.finditer(text):
        numbers.setdefault(m.group(1), set()).add(m.group(2))
    codes = {series + n for series, ns in numbers.items() if len(ns) >= 2 or series in labels for n in ns}
    codes |= {w for w in labels if re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)}
    return frozenset(codes)


def is_list_code(text: str, word: str, data_dir: Path | None) -> bool:
    """``word`` is a code of a numbered list of ``text`` or a partner label ("PP7" where PP1 … PP7 number the partners)."""
    return word in list_codes(text, data_dir)


def past_list_label(text: str, span: Span, lex: Lexicon) -> Span | None:
    """The span of a name without the list code or the participant's given name that opens it (or one of its
    lines); ``None`` when the span holds nothing but a code (and what possessive closes it) or a participant's name."""
    line = _PARTICIPANT.match(text, text.rfind("\n", 0, span.start) + 1)
    if line and span.start < line.end() and starts_with_given_name(line.group(2), lex):
        if span.end <= line.end():
            return None  # "NOVÁK" or "Petra" of "NOVÁK, Petra – Brno Water Cluster": the participant's name
        if span.start == line.start(2):
            span = Span(line.end(), span.end)  # "Petra – Brno Water Cluster": the name starts after the dash
    codes = list_codes(text, lex.data_dir)
    if not codes:
        return span
    start = span.start
    for m in re.finditer(r"(?:^|\n)[ \t|•*-]*(\S+)[ \t]+(?:[–—-][ \t]+)?(?=\S)", text[span.start:span.end]):
        if m.group(1) in codes:
            start = span.start + m.end()
    rest = text[start:span.end].strip()
    if re.sub(r"(?:['’]s)?$", "", rest) in codes:
        return None
    return Span(start, span.end)


_CODE_LINE = re.compile(r"\n[ \t|•*]*(\S+?)[.)]?(?=[ \t])")


def code_line_breaks(text: str, data_dir: Path | None) -> frozenset[int]:
    """The line breaks before a line that opens with a list code ("…, finance officer\nPP2 – Acme Cluster (IT): …"):
    the rows of a partner list that segmentation left in a paragraph, which no fold of soft wraps may run together."""
    codes = list_codes(text, data_dir)
    return frozenset(m.start() for m in _CODE_LINE.finditer(text) if m.group(1) in codes) if codes else frozenset()


def opens_with_code(text: str, line_start: int, pos: int, data_dir: Path | None) -> bool:
    """Only a list code stands between the start of the line and ``pos`` ("PP1  Acme Cluster – Jane Doe"): the
    name at ``pos`` opens the line as a list item's label does."""
    lead = text[line_start:pos].strip(" \t|•*-")
    return bool(lead) and lead in list_codes(text, data_dir)
