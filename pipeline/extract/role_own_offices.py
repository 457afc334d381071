"""Which roles are offices the document's own organisation holds for itself (family ``own-org`` of
:mod:`pipeline.extract.role_orgs`, with :mod:`pipeline.extract.role_own_org`, which finds that organisation): the
titles of ``data/role_own_offices.txt`` ("Treasurer", "cluster manager"), perhaps after words that say when or how
the office is held ("outgoing treasurer", "founding President", "acting Managing Director"), the forms of the staff
concepts of ``role_title_concepts.csv`` that its ``[office concepts]`` names, in every language (family ``own-org``,
class "the own organisation's staff post in any language": "klastrijuht", "Proje Yöneticisi", "gestor de projetos"),
after the own organisation's kind noun ("Cluster president Jane Doe" in Acme Cluster's newsletter), or with the
seat's portfolio after a comma ("Board member, finance") or its area after "for" ("vice-chair for research").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, data_table, phrase_alternation
from pipeline.extract.role_own_org import name_holds
from pipeline.extract.shapes import clean
from pipeline.extract.role_fields import kind_nouns
from pipeline.extract.statement_parts import Statement
from pipeline.records import OrgMention

# sections of role_own_offices.txt that are no office on their own
_NOT_OWN_OFFICES = ("board cues", "board table seats", "office modifiers", "office concepts")


@lru_cache(maxsize=4)
def own_offices(data_dir: Path | None) -> frozenset[str]:
    """The titles of ``data/role_own_offices.txt``, lower case (every section but ``[board cues]``, ``[board table
    seats]``, ``[office modifiers]`` and ``[office concepts]``), and every form of ``role_title_concepts.csv`` of a
    concept its ``[office concepts]`` names ("cluster_manager": "klastrijuht", "manažerka klastru",
    "Clustermanagerin")."""
    if data_dir is None:
        return frozenset()
    sections = data_sections(data_dir / "role_own_offices.txt")
    concepts = set(sections.get("office concepts", []))
    forms = (row["form"] for row in data_table(data_dir / "role_title_concepts.csv")[1] if row["concept"] in concepts)
    titles = (w for name, words in sections.items() if name not in _NOT_OWN_OFFICES for w in words)
    return frozenset(" ".join(w.lower().split()) for w in (*titles, *forms))


@lru_cache(maxsize=4)
def _office_modifier_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """The ``[office modifiers]`` of ``data/role_own_offices.txt`` ("outgoing", "honorary", "founding"), any number
    of them, opening a role."""
    words = data_sections(data_dir / "role_own_offices.txt").get("office modifiers", []) if data_dir else []
    return re.compile(r"(?:(?:" + phrase_alternation(words, r"[ \t]+") + r")[ \t]+)+", re.I) if words else None


def holds_own_office(role: str, after_our: bool, data_dir: Path | None, own_name: str = "") -> bool:
    """A title of ``data/role_own_offices.txt`` (the whole role, perhaps in the plural: "were elected vice-chairs";
    the role as read may keep its article, "Jane Doe, the cluster manager"; perhaps after words of its
    ``[office modifiers]`` that say when or how the office is held, or after a kind noun of
    ``data/role_org_kind_nouns.txt`` that ``own_name``, the own organisation's name, holds: "the outgoing
    treasurer", "honorary chair", "acting Managing Director", "its first full-time cluster manager", "cluster
    president" in Acme Cluster's newsletter, not "university president"; perhaps with the seat's portfolio after a
    comma or its area after "for": "Board member, finance", "vice-chair for research"), or any role after "our" ("Jane Doe, our events officer")."""
    words = re.sub(r"[ \t\n]+", " ", role.strip(" ,;:()")).lower()
    after_our, words = after_our or words.startswith("our "), re.sub(r"^(?:the|our|its) ", "", words)
    modifiers = _office_modifier_re(data_dir)
    bare = words[modifiers.match(words).end():] if modifiers is not None and modifiers.match(words) else words
    noun = bare.split(" ", 1)
    if len(noun) == 2 and noun[0] in kind_nouns(data_dir) and name_holds(own_name, noun[0]):
        bare = noun[1]  # "cluster president" in Acme Cluster's own document
    offices = own_offices(data_dir)
    # a seat's portfolio or area: "Board member, finance", "vice-chair for research"
    forms = {w for f in (words, bare) for w in (f, f.split(",")[0].strip(), f.split(" for ")[0])}
    return after_our or any(w in offices or (w.endswith("s") and w[:-1] in offices) for w in forms)


def no_org_but_own_noun(text: str, st: Statement, own: OrgMention) -> bool:
    """The statement names no organisation, or only the kind noun of the own organisation's name ("Cluster president
    Jane Doe" read with "Cluster" as its organisation, in Acme Cluster's newsletter; not "University president …")."""
    if st.org is None:
        return True
    noun = clean(text[st.org.start:st.org.end])
    return bool(re.fullmatch(r"[A-Za-z]+", noun)) and name_holds(own.name, noun)
