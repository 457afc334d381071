"""Statement rule for credit lines (rule ``credit-label``): who took the photo, wrote the text, edited
the newsletter or authored the study. News posts, newsletters and study summaries name these people
in a labelled line and nowhere else, often after the source they work for:

    Photo: Jane Doe            Photos: Acme Cluster / Jane Doe       © Acme / Jane Doe       Credit: ACME/Jane Doe
    Text: Jane Doe · Photo: John Roe        Editor: Jane Doe         Authors: Jane Doe, John Roe and Ann Lee
    Photo: Jane Doe / Acme Cluster

The labels live in ``data/person_credit_labels.txt``. After the label (and its colon), an optional "©",
an optional source of up to five words before " / " or " | " (unless a name that opens with a known given name
runs up to the slash: "Photo: Jane Doe / Acme", the source after the person), person titles, then one name or a list of
names joined by ", ", " and ", " & " or ";". Each name must open with a known given name, since credit
lines also caption pictures ("Photo: The board at its May meeting", "Photo: Acme Cluster"). The credit
states no role: the statements give people, not roles rows.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import clean, person_name_at
from pipeline.extract.statement_apposed import after_titles
from pipeline.extract.statement_parts import Statement

# "Acme Cluster / ", "Acme | ", or one word against the slash ("WMC/Jane Doe")
_SOURCE = re.compile(r"[^\s/|:,;]+(?:[ \t]+[^\s/|:,;]+){0,4}[ \t]+[/|][ \t]+|[^\s/|:,;]+/(?=[A-Z])")
_SOURCE_MARK = re.compile(r"[ \t]+[/|][ \t]+")
_COPYRIGHT = re.compile(r"(?:©|\(c\))[ \t]*", re.I)
_NEXT_NAME = re.compile(r"[ \t]*(?:,|;|&|\band\b)[ \t]*")
_MAX_NAMES = 8
_CUT_NAME = re.compile(r"['’]\w")  # a name that stops before an apostrophe inside its last word


@lru_cache(maxsize=4)
def credit_label_re(data_dir: Path | None) -> re.Pattern[str]:
    """A credit label with its colon ("Photo:", "Editor:") or "©": data/person_credit_labels.txt."""
    labels = data_lines(data_dir / "person_credit_labels.txt") if data_dir else ()
    alt = phrase_alternation(labels, r"[ \t]+")
    # a label with a colon ("Photo:", "Text and photos:"), or the copyright sign alone ("© Acme / Jane Doe")
    return re.compile(r"(?<![\w-])(?i:" + alt + r")[ \t]*\**[ \t]*:[ \t]*\**[ \t]*|(?<![\w])©[ \t]*")


@lru_cache(maxsize=4)
def credit_office_re(data_dir: Path | None) -> re.Pattern[str]:
    """A credit label that also names an office held for the publication ("Editor:", "Editor-in-chief:"):
    data/role_credit_offices.txt; the role-label rule reads it as a role after a separator too."""
    labels = data_lines(data_dir / "role_credit_offices.txt") if data_dir else ()
    return re.compile(r"(?i:" + phrase_alternation(labels, r"[ \t]+") + r")[ \t]*\**[ \t]*:")


def _names_from(text: str, pos: int, lex: Lexicon) -> list:
    """The names of a credit from ``pos``: past "©" and a "Source / " prefix, one name or a list."""
    pos = (m.end() if (m := _COPYRIGHT.match(text, pos)) else pos)
    source = _SOURCE.match(text, pos)
    if source and "\n" not in source.group() and not _name_before_source(text, pos, lex):
        pos = source.end()
    out = []
    while len(out) < _MAX_NAMES:
        name = person_name_at(text, after_titles(text, pos, lex), lex)
        if not name or not starts_with_given_name(clean(text[name.start:name.end]), lex):
            break
        if _CUT_NAME.match(text, name.end):
            break  # "Margaux Lefèvre-N'Diaye" read only up to the apostrophe: not the whole name
        out.append(name)
        sep = _NEXT_NAME.match(text, name.end)
        if not sep or "\n" in sep.group():
            break
        pos = sep.end()
    return out


def _name_before_source(text: str, pos: int, lex: Lexicon) -> bool:
    """The credit names its person before the source ("Photo: Jane Doe / Acme Cluster"): a name opening with a
    known given name runs up to the slash or bar."""
    name = person_name_at(text, after_titles(text, pos, lex), lex)
    return bool(name and starts_with_given_name(clean(text[name.start:name.end]), lex)
                and _SOURCE_MARK.match(text, name.end))


def credit_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``credit-label`` (see the module doc)."""
    out: list[Statement] = []
    for m in credit_label_re(lex.data_dir).finditer(text):
        for name in _names_from(text, m.end(), lex):
            out.append(Statement(name, "credit-label"))
    return out
