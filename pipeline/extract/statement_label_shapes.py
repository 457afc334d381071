"""The shapes of a board list's label lines read by rule ``role-label`` (:mod:`statement_role_first`): where a label may
open (a pictograph as the list mark: "👤 Treasurer: Jane Doe"), a label written in two languages with a slash
("Trezorier / Treasurer: Jane Doe", and a role so written after a name) and a seat word that is a role only as a line's label ("Member: Jane Doe")."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, org_name_word_sections
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon

LABEL_COLON = re.compile(r"\**[ \t]*:")
# Where a label may open: a line's start, perhaps after a list mark (a dash, a bullet, a number, or a pictograph such as a
# social-media post's "👤" or "▶", family "label after a pictograph"), an opening bracket, a sentence's end or a separator.
LABEL_LEAD = re.compile(
    r"(?m)^[ \t]*(?:[-•*–—►✓➢\u2190-\u21ff\u25a0-\u27bf\U0001f300-\U0001faff]\ufe0f?|\d{1,2}[.)])?[ \t]*\**|\([ \t]*"
    r"|(?P<sep>(?<=[.;·|])[ \t]+(?=[A-Z])|(?<=[\w)])[ \t]+[–—-][ \t]+)")
# Family "translated label": a bilingual list writes the office in its own language, a slash, then in English
# ("Vicepreședinte / Vice-President:", "Trezorier / Treasurer:", "Předseda / Chair:"): up to three words before the slash;
# also before a role after a name (statement_parts.role_segment: "Jane Doe, Cyfarwyddwr / Director, Acme")
TRANSLATED_LEAD = re.compile(r"[^\W\d_][\w.-]*(?:[ \t]+[^\W\d_][\w.-]*){0,2}[ \t]*/[ \t]*")


@lru_cache(maxsize=4)
def entry_titles(data_dir: Path | None) -> tuple[str, ...]:
    """The plain member that is a role only as a list entry's last segment or its line's label, in every language:
    the forms of data/role_entry_titles.csv ("member", "član", "członkini", "lid", "Mitglied")."""
    return tuple(row["form"] for row in data_table(data_dir / "role_entry_titles.csv")[1]) if data_dir else ()


@lru_cache(maxsize=4)
def entry_title_keys(data_dir: Path | None) -> frozenset[str]:
    """The forms of :func:`entry_titles` in lower case, to test a whole segment or cell against."""
    return frozenset(w.lower() for w in entry_titles(data_dir))


@lru_cache(maxsize=4)
def _entry_label_re(data_dir: Path | None) -> re.Pattern[str]:
    words = entry_titles(data_dir)
    return re.compile(r"(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in words) + r")(?=\**[ \t]*:)" if words else r"(?!)")


def entry_label(lex: Lexicon) -> re.Pattern[str]:
    """Family "a board list's seat label": a word of data/role_entry_titles.csv, capitalised and singular, as the label
    that opens a line ("Member: Jane Doe, Acme Cluster" among "Chair: …", "Treasurer: …"); "Members:" before a list of
    names states no role of each."""
    return _entry_label_re(lex.data_dir)


def translated_label(text: str, pos: int, lex: Lexicon) -> re.Match[str] | None:
    """Family "translated label": the role title after another language's label and a slash at ``pos``, right before
    the label's colon ("Trezorier / Treasurer: Jane Doe" gives "Treasurer"); None otherwise."""
    other = TRANSLATED_LEAD.match(text, pos)
    if other is None:
        return None
    role = lex.role_title_re.match(text, other.end())
    return role if role is not None and LABEL_COLON.match(text, role.end()) else None


@lru_cache(maxsize=4)
def _org_front_heads(data_dir: Path) -> frozenset[str]:
    """The first words of the front heads of organisation names (org_name_words.txt [front heads] and the "front" rows
    of org_head_concepts.csv): "Polo", "Gmina", "Mesto", "Fundación", "Ministerstvo" …"""
    return frozenset(w.split()[0] for w in org_name_word_sections(data_dir).get("front heads", ()) if w.split())


def names_an_organisation(name: str, lex: Lexicon) -> bool:
    """A label's person-shaped value that opens with an organisation's front head and no known given name is an
    organisation, not a person ("Membros fundadores: Polo Tecnológico de Lisboa", "Partnerzy: Gmina Nowa Wieś",
    "Soci fondatori: Fondazione Mare Aperto"): label lines list organisations as often as people."""
    words = name.split()
    if not words or words[0] not in _org_front_heads(lex.data_dir):
        return False
    # a head that is also a given name somewhere ("Polo") names an organisation when a lower-case joiner follows it
    # ("Polo Tecnológico de Lisboa"), as organisations' names have and people's rarely do
    return not starts_with_given_name(name, lex) or any(w.islower() for w in words[1:])
