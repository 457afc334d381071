"""Families of :mod:`pipeline.extract.role_orgs` that read the clause or caption around a name for the organisation
mention it belongs to: ``org-relative-clause`` ("… visited Acme Foods A/S, where CEO Jane Doe showed the line") and
``credit-org`` ("Photo: © Acme Cluster / Jane Doe", "Photos: Jane Doe / ACME"). Each takes ``ending_at``, the lookup of the organisation mention
that ends at a position (role_orgs' index of the document's mentions)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.records import OrgMention


@lru_cache(maxsize=4)
def _relative_re(data_dir: Path | None) -> re.Pattern[str] | None:
    words = data_lines(data_dir / "role_org_relatives.txt") if data_dir else ()
    if not words:
        return None
    # (the acronym in brackets and a comma may stand between the name and the word: "Acme Cluster (AC), whose director, …")
    return re.compile(r"[ \t\n]*(?:\([^()\n]{1,40}\)[ \t\n]*)?,?[ \t\n]+(?i:" + phrase_alternation(words, r"[ \t\n]+") + r")[ \t\n]+"
                      r"(?:[A-Z][a-z]{0,5}\.[ \t\n]*){0,3}$")  # (person titles before a name: "where Prof. Dr. Jane Doe")


def org_before_relative(text: str, first: int, ending_at: Callable[[int], OrgMention | None], data_dir: Path | None) -> OrgMention | None:
    """Family ``org-relative-clause``: an organisation mention, then a relative word of ``data/role_org_relatives.txt``
    right before the statement that starts at ``first`` ("… visited Acme Foods A/S, where CEO Jane Doe showed the line",
    "the Acme Cluster (AC), whose director, Jane Doe, …", "the Acme Institute, where Jane Doe, head of the lab, …").
    ``ending_at`` gives the organisation mention that ends at a position."""
    rel = _relative_re(data_dir)
    m = rel.search(text, max(0, first - _RELATIVE_REACH), first) if rel is not None else None
    return ending_at(m.start()) if m else None


_RELATIVE_REACH = 60


_CREDIT_SLASH = re.compile(r"[ \t]*/[ \t]*$")
# the credit opens a line, or follows a sentence or a separator on a caption or footer line ("… memorandum. © Acme /
# Jane Doe", "Contact: info@acme.example | Photos: Acme / Jane Doe"); "©" marks a credit anywhere
_CREDIT_LINE = re.compile(r"(?:(?:^|\n|[.!?|·;][ \t])[ \t*_>(\[]*(?i:photos?|images?|pictures?|credits?)\b|©|\(c\))[^\n]*$")


def credit_org(text: str, pos: int, ending_at: Callable[[int], OrgMention | None]) -> OrgMention | None:
    """Family ``credit-org``: a photo credit that names the organisation, a slash and the photographer ("Photo: ©
    Acme Cluster / Jane Doe", "© ACN / Jane Doe"): the photographer works for it. ``ending_at`` gives the organisation
    mention that ends at a position."""
    slash = _CREDIT_SLASH.search(text, max(0, pos - 6), pos)
    org = ending_at(slash.start()) if slash else None
    return org if org and _CREDIT_LINE.search(text, max(0, org.start - 80), org.start) else None


_SLASH_AFTER = re.compile(r"[ \t]*/[ \t]*")
_CREDIT_END = re.compile(r"[ \t*_)\]]*(?:\n|$)")


def credit_org_after(text: str, person_start: int, person_end: int,
                     starting_at: Callable[[int], OrgMention | None]) -> OrgMention | None:
    """Family ``credit-org``, the other order: a photo credit that names the photographer, a slash and the organisation,
    which closes the line ("Photos: Jane Doe / ACME", "Foto: Jane Doe / Acme Cluster"). ``starting_at`` gives the
    organisation mention that starts at a position."""
    slash = _SLASH_AFTER.match(text, person_end)
    org = starting_at(slash.end()) if slash else None
    if org is None or not _CREDIT_END.match(text, org.end):
        return None
    return org if _CREDIT_LINE.search(text, max(0, person_start - 80), person_start) else None
