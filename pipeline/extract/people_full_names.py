"""People read by the full shape of their name (:func:`given_names.full_person_name`) where the model misses them.

Rule ``"line-name"``: a full name that opens a line of a list, a table or a programme, before the line's first
separator or its end.

Attendee and apologies lists ("- Jane Doe - Acme Cluster, project manager"), table cells ("| Jane Doe | Director |"
is a line a cell), programme lines ("Jane Doe, Leiterin Nachhaltigkeit, Acme GmbH"), social posts ("Jane Doe • 2nd")
and signatures name a person at the start of a line, where the statistical model often reads the name with what
follows into an organisation, or not at all, and the line rules find no role title to anchor it. The words up to the
first separator (a comma, a dash or bar between spaces, an opening bracket, a colon, a bullet, a semicolon) or the
line's end, after a list marker and courtesy titles, are a person when they have the full shape of a person's name
(:func:`given_names.full_person_name`: a known given name, then capitalised surnames and particles, no organisation,
type or unit word, no country). The rule reads names only, so it runs on lines in every language.

Rule ``"name-before-connector"``: a full name right before a word of ``person_org_connectors.txt`` ("of", "at") and
a capitalised word, perhaps after "the" ("Jane Doe of the Danish cluster Acme presented", "Jane Doe of Acme NV"),
which the model reads with the organisation as one ORG or with the word before it: the longest run of up to five
words before the connector, on its line, that has the full shape of a person's name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.given_names import full_person_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span
from pipeline.extract.statement_parts import BULLET, title_re

RULE = "line-name"
CONNECTOR_RULE = "name-before-connector"

# what may follow the name on its line: the line's end or a separator
_AFTER_NAME = re.compile(r"[ \t]*(?:$|,|;|:|\(|[ \t][-–—|•·/][ \t])", re.M)
# the name: up to six words of letters, apostrophes, hyphens (particles included), on one line
_NAME = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,6}")


def line_opening_names(text: str, lex: Lexicon) -> list[Span]:
    """The full names that open a line (see the module doc)."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        b = BULLET.match(line)
        at = start + (b.end() if b else 0)
        while (t := title_re(lex).match(text, at)) is not None and t.end() <= start + len(line):
            at = t.end()  # "Dr Jane Doe", "Prof. Dr. Jane Doe"
        m = _NAME.match(text, at, start + len(line))
        if m is None:
            continue
        span = _name_before_separator(text, m.start(), m.end(), start + len(line), lex)
        if span is not None:
            out.append(span)
    return out


def _name_before_separator(text: str, start: int, end: int, line_end: int, lex: Lexicon) -> Span | None:
    """The longest run of the words at ``text[start:end]`` that is a full name followed by a separator."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for n in range(len(words), 1, -1):
        e = start + words[n - 1].end()
        if _AFTER_NAME.match(text, e, line_end) is None and e != line_end:
            continue
        if full_person_name(text[start:e], lex):
            return Span(start, e)
    return None


def names_before_connector(text: str, lex: Lexicon) -> list[Span]:
    """The full names right before a connector to an organisation (see the module doc)."""
    out: list[Span] = []
    if lex.data_dir is None:
        return out
    for m in _connector_re(lex.data_dir).finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(_WORD.finditer(text, line_start, m.start()))[-5:]
        for k in range(len(words) - 1):
            if full_person_name(text[words[k].start():m.start()], lex):
                out.append(Span(words[k].start(), m.start()))
                break
    return out


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=4)
def _connector_re(data_dir: Path) -> re.Pattern[str]:
    """A connector of ``person_org_connectors.txt`` after a word and a space, before a capitalised word (perhaps after "the")."""
    words = data_lines(data_dir / "person_org_connectors.txt")
    return re.compile(r"(?<=[^\W\d_])[ \t]+(?:" + phrase_alternation(words) + r")[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
