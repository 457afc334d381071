"""Rule ``pattern:place-joint``: an organisation's name ends in a place written with a lower-case joint.

Towns and villages tell themselves apart by a river, a hill or a region joined with a lower-case word: "Ústí nad
Labem", "Kamenice nad Lipou", "Zagorje ob Savi", "Ravne na Koroškem", "Frankfurt am Main", "Halle an der Saale",
"Bergen op Zoom", "Alphen aan den Rijn"; the Nordic authorities put a lower-case county word after the region
("Region Kalmar län", "Länsstyrelsen i Örebro län", "Vestland fylke"). The rules that read a name from its
capitalised words stop before the lower-case word: "Obec Kamenice", "Občina Zagorje", "gemeente Bergen", "Region
Kalmar". When such a name is followed by a joint of ``data/org_place_joints.txt`` ``[joints]`` and a capitalised word, by a
``[county words]`` word, or by a joint of ``[joints of known places]`` ("am", "op", "na": everyday prepositions too,
"am Montag", "na Slovensku") and the words of a town the gazetteer knows ("Frankfurt am Main"), the place is the name's and the name goes on to
its end ("Obec Kamenice nad Lipou", "Region Kalmar län"). The name's last word must be capitalised and no organisation
word (:class:`org_context.OrgWords`): "Klaster na Slovensku" ("cluster in Slovakia") reads no place, while "Cluster
Ernährung am KErn" does. Every mention of the document with the shorter name takes the longer one, as do the roles
that name it, so the organisation is one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import key, load_lexicon
from pipeline.extract.org_context import org_words
from pipeline.records import DocumentResult, OrgMention

PLACE_JOINT_RULE = "pattern:place-joint"
_CAP_WORD = r"[^\W\d_a-zß-ÿ][\w'’-]*"
_LAST_WORD = re.compile(r"(?:^|[\s(])([^\W\d_][\w'’-]*)$")


@lru_cache(maxsize=4)
def _after_name(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a joint and the capitalised word of the place, or a county word; a joint of a known place and its word)."""
    sections = data_sections(data_dir / "org_place_joints.txt")
    joints = phrase_alternation(sections.get("joints", []), space=r"\ ")
    county = phrase_alternation(sections.get("county words", []), space=r"\ ")
    known = phrase_alternation(sections.get("joints of known places", []), space=r"[ \t]+")
    return (re.compile(rf"[ \t]+(?:(?:{joints})[ \t]+{_CAP_WORD}|(?:{county}))(?![\w'’-])"),
            re.compile(rf"[ \t]+(?:{known})[ \t]+{_CAP_WORD}(?![\w'’-])"))


def _place_after(text: str, m: OrgMention, last: str, data_dir: Path) -> int | None:
    """Where the place after ``m`` ends, or None: a joint and its word, a county word, or a joint of a known place
    whose whole name (from the name's last word on) the gazetteer knows."""
    shape, known = _after_name(data_dir)
    if tail := shape.match(text, m.end):
        return tail.end()
    tail = known.match(text, m.end)
    return tail.end() if tail and key(last + tail.group()) in load_lexicon(data_dir).cities else None


def with_place_joints(result: DocumentResult, data_dir: Path | None) -> DocumentResult:
    """``result`` with its organisation names carried on over a place's lower-case joint (see module doc)."""
    if data_dir is None or not result.organisations:
        return result
    words = org_words(data_dir)
    heads = words.anywhere_heads | {w.lower() for w in words.front_heads} | load_lexicon(data_dir).org_type_nouns
    text, orgs = result.text, result.organisations
    longer: dict[str, str] = {}  # a mention's name → its name with the place
    out: list[OrgMention] = []
    for m in orgs:
        last = _LAST_WORD.search(m.text)
        end = _place_after(text, m, last.group(1), data_dir) if last and last.group(1)[:1].isupper() else None
        if end is None or last.group(1).lower() in heads or any(o is not m and o.start < end and m.end < o.end for o in orgs):
            out.append(m)
            continue
        place = text[m.end:end]
        longer.setdefault(m.name, m.name + place if m.name.endswith(m.text) else m.name)
        out.append(replace(m, end=end, text=m.text + place, name=longer[m.name], rule=PLACE_JOINT_RULE))
    if not longer:
        return result
    out = [replace(m, name=longer[m.name]) if m.name in longer and m.rule != PLACE_JOINT_RULE else m for m in out]
    roles = tuple(replace(r, organisation=longer[r.organisation]) if r.organisation in longer else r for r in result.roles)
    return replace(result, organisations=tuple(out), roles=roles)
