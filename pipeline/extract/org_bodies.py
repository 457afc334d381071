"""Rule family "governing bodies": a board, council, secretariat or team of an organisation is no
organisation of its own (eval/gold/SCHEMA.md and the annotation precedents: "ERCA Secretariat" and "the
Board" are not listed). Covers, with the bodies of ``org_governing_bodies.txt``:

- the body alone: "the Board of Directors", "the Management Board", "the Supervisory Board", a committee or group
  named by its task alone ("the Organising Committee", "the Audit Committee", "the Working Group");
- the body of a named or generic organisation: "the Board of Acme Cluster", "the Secretariat of ACME",
  "the Board of Directors of Acme asbl"; a council or assembly only of a generic one ("the Council of the
  Alliance"), since "Council of the European Union" is an institution;
- the body after an organisation's acronym: "ACME Communication Team", "ACME Secretariat";
- a heading or salutation around it: "Notes of the Board", "Election of the Board", "Dear Board", "Nominations
  for the Board", "Tasks of the Council", "Function in the Steering Group".

Any other "<body> of <name>" ("the Board of MetalAstur", "the Board of Directors of Alpine Health Valley", where
the name has no organisation word) is cut to the name after the body (:func:`body_owner`): the organisation.

A body qualified by a place or a field ("Fryslân Water Board", "Danish Board of Business Development") is
not matched: its name says whose body it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.shapes import is_acronym


@dataclass(frozen=True)
class _Bodies:
    alone: re.Pattern[str]
    of_org: re.Pattern[str]
    of_generic: re.Pattern[str]
    after_acronym: re.Pattern[str]
    heading: re.Pattern[str]


@lru_cache(maxsize=4)
def _bodies(data_dir: Path | None) -> _Bodies:
    sections = data_sections(data_dir / "org_governing_bodies.txt") if data_dir else {}

    bodies, openers = phrase_alternation(sections.get("bodies", []), " "), phrase_alternation(sections.get("openers", []), " ")
    councils = phrase_alternation(sections.get("councils", []), " ")
    return _Bodies(
        alone=re.compile(r"(?:The )?(?:" + bodies + "|" + councils + r")"),
        of_org=re.compile(r"(?:The )?(?:" + bodies + r") of (?:the )?(?P<org>.+)"),
        of_generic=re.compile(r"(?:The )?(?:" + bodies + "|" + councils + r") of the (?P<org>\S+)"),
        after_acronym=re.compile(r"(?P<acr>\S+) (?:" + bodies + r")"),
        heading=re.compile(r"(?:" + openers + r")(?: of| for| in)?(?: the)? (?:" + bodies + "|" + councils + r")(?: [a-z]+)?"),
    )


def governing_body(name: str, data_dir: Path | None, org_suffixes: frozenset[str], is_org: Callable[[str], bool],
                   *, alone_only: bool = False) -> bool:
    """``name`` (cleaned) is a governing body or team of an organisation, or a heading about one.
    ``is_org``: whether a phrase names an organisation (an organisation word heads it, a legal form closes it).
    ``alone_only``: only a body that names no organisation at all ("the Management Board")."""
    b = _bodies(data_dir)
    if b.alone.fullmatch(name) or b.heading.fullmatch(name):
        return True
    if alone_only:
        return False
    m = b.of_generic.fullmatch(name)
    if m and m.group("org") in org_suffixes:
        return True  # "the Council of the Alliance"
    m = b.of_org.fullmatch(name)
    if m and (is_acronym(m.group("org")) or is_org(m.group("org"))):
        return True
    m = b.after_acronym.fullmatch(name)
    return bool(m) and is_acronym(m.group("acr"))


def body_owner(name: str, data_dir: Path | None) -> str | None:
    """The organisation a body of ``org_governing_bodies.txt`` belongs to, when ``name`` (cleaned) is "<body> of
    (the) <name>" ("Board of MetalAstur", "Board of Directors of Meuse Health Valley"): the gold counts the
    organisation, so the rules keep that name and not the body's (rule family "governing bodies")."""
    m = _bodies(data_dir).of_org.fullmatch(name)
    return m.group("org") if m else None
