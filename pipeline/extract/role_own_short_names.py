"""Family ``own-org`` (:mod:`pipeline.extract.role_own_org`, ``own_organisation``): the letterhead's organisation
called by its short name in the text.

Minutes, a board's notes and a newsletter write their organisation's full name once, on the letterhead ("Acme
Klyngen Innlandet AS", "Holzcluster Kärnten GmbH", "Fiskeklustret Väst ekonomisk förening"), and then call it by the
first word of that name, a compound that ends in an organisation word of ``data/org_name_words.txt`` [compound heads]
("Acmeklyngen er invitert …", "Holzcluster lädt ein …", "Fiskeklustret söker …"). The organisation finder reads the
short name as no mention of its own, so the letterhead's name counts once and names no publisher; the first word
written alone elsewhere, outside any organisation mention, counts as one more mention of it. The word must be a
capitalised compound (three letters or more before its head, not an acronym), so "European" or "Regional" before a
name never count."""
from __future__ import annotations

from pathlib import Path

from pipeline.extract.org_context import compound_head, org_words
from pipeline.records import OrgMention


def short_name_orgs(text: str, heads: list[OrgMention], orgs: list[OrgMention], data_dir: Path | None) -> list[OrgMention]:
    """The mentions of ``heads`` (the letterhead's organisations) whose name's first word, a capitalised compound
    with an organisation word's ending, stands alone in the text outside every organisation mention."""
    if data_dir is None:
        return []
    words = org_words(data_dir)
    out = []
    for o in heads:
        first, _, rest = o.name.partition(" ")
        if not rest or not compound_head(words, first):
            continue
        if any(not any(x.start <= at < x.end for x in orgs) for at in _alone(text, first)):
            out.append(o)
    return out


def _alone(text: str, word: str):
    """Where ``word`` stands in ``text`` as a word of its own (no letter, digit, "_" or "-" either side), left to
    right: ``str.find``, no pattern built for each word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _joined(text[at - 1:at]) and not _joined(text[end:end + 1]):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _joined(ch: str) -> bool:
    return ch != "" and (ch.isalnum() or ch in "_-")
