"""Rule family "venue of an event": a building named by a venue word (``[venue heads]`` of
``data/not_organisations.txt``: Centre, Hall, House, Hub, Palace) where an event takes place is a place, not an
organisation:

- beside its town on the line of an event's date or time, or alone with its town on the line under it ("4 June 2031
  · Brno, Vlněna Centre", "Tue 3 March, 18:00 – Kaunas, Žalgiris Hall", "Rijeka, Harbour Hub" under its date line);
- after "at (the)" or "in the" where the sentence says that something takes place there: a time of day before it
  on its line, or a word of ``[venue cues]`` ("took place", "held", "reception", "dinner": "19:00 Welcome reception
  at the Old Town Hall", "The forum took place at the Youth Culture Centre in Skopje").

Science and technology parks, campuses and fairgrounds stay organisations even as venues (they are no venue heads),
and so do innovation, research and technology centres (``[venue head organisation words]``: "Wasa Innovation Center");
so does a centre someone works at ("Dr Jane Doe, researcher at the Marine Research Centre": no cue, no time).

Rule family "part of an address" (:func:`address_part`): a name closed by a word of ``[address heads]`` (Park, Centre,
Hub, Campus) is the site of an address, not an organisation, where its line writes it as one: a house number right
after it ("Thor Park 12, 3600 Genk", "Agro Business Park 10 · 6708 PW Wageningen"), a unit of ``[address unit words]``
before it ("Unit 4, National Technology Park, Limerick", "Level 2, Harbour Business Centre"), or a postcode in the
comma fields after it up to the line's next middle dot or bar ("Rubicon Centre, Bishopstown, Cork T12 Y275",
"Kalundborg Symbiosis Center, Hareskovvej 2, 4400 Kalundborg"): an organisation's footer or contact block.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import Lexicon, key

_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.]\d\d(?![\d.])")
_DATE = re.compile(r"(?<!\d)\d{1,2}(?:\.|[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)|(?<!\d)(?:19|20)\d\d(?!\d)"
                   r"|" + _TIME.pattern)
_AT_BEFORE = re.compile(r"(?<![\w-])(?:[aA]t(?:[ \t]+the)?|in[ \t]+the)[ \t]+$")
_TOWN_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*(?:[ \t-][^\W\d_][\w'’.-]*)?),[ \t]*$")
_TOWN_AFTER = re.compile(r"[ \t]*,[ \t]*([^\W\d_][\w'’.-]*(?:[ \t-][^\W\d_][\w'’.-]*)?)(?![\w'’-])")


# a postcode: British and Irish ("TS10 4RF", "V94 XXXX"), a number of four or five digits or "602 21" before a town,
# Dutch ("6708 PW"), Maltese ("FRN 0000")
_POSTCODE = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d{1,2}[A-Z]?[ \t]\d[A-Z]{2}|[A-Z]\d{2}[ \t][A-Z\d]{4}|\d{4}[ \t]?[A-Z]{2}(?=[ \t]+[A-Z])"
                       r"|(?:\d{4,5}|\d{3}[ \t]\d{2})(?=[ \t]+[A-Z][a-zà-ÿ])|[A-Z]{3}[ \t]\d{4})(?![\w-])")
_HOUSE_NUMBER = re.compile(r"[ \t]+\d{1,5}[a-z]?(?=[ \t]*(?:[,·|]|$))", re.M)
_UNIT_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w.]*)[ \t]+\w{1,4},[ \t]*$")


@lru_cache(maxsize=4)
def _address_words(data_dir: Path | None) -> tuple[frozenset[str], frozenset[str]]:
    sections = data_sections(data_dir / "not_organisations.txt") if data_dir else {}
    return frozenset(sections.get("address heads", [])), frozenset(w.lower() for w in sections.get("address unit words", []))


def address_part(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """``text[start:end]``, a name closed by a site word, is the site of an address (see the module)."""
    heads, units = _address_words(lex.data_dir)
    name = text[start:end].split()
    if not name or name[-1] not in heads:
        return False
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if _HOUSE_NUMBER.match(text, end, le):
        return True
    unit = _UNIT_BEFORE.search(text, max(ls, start - 30), start)
    if unit and unit.group(1).lower() in units:
        return True
    rest = re.split(r"[·|]", text[end:le], maxsplit=1)[0]
    return rest.startswith(",") and bool(_POSTCODE.search(rest, 0, 80))


@lru_cache(maxsize=4)
def _words(data_dir: Path | None) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    sections = data_sections(data_dir / "not_organisations.txt") if data_dir else {}
    cues = sections.get("venue cues", [])
    cue_re = re.compile(r"(?<![\w-])(?:" + phrase_alternation(cues) + r")(?![\w-])", re.I) if cues else re.compile(r"(?!)")
    return frozenset(sections.get("venue heads", [])), frozenset(sections.get("venue head organisation words", [])), cue_re


def event_venue(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """``text[start:end]``, a name closed by a venue head, is where an event takes place (see the module)."""
    heads, org_words, cues = _words(lex.data_dir)
    name = text[start:end].split()
    if not name or name[-1] not in heads or any(w in org_words for w in name):
        return False  # (not "Wasa Innovation Center": an innovation or research centre is an organisation)
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    before, after = text[ls:start], text[end:le]
    town_before = _TOWN_BEFORE.search(before)
    town_after = _TOWN_AFTER.match(after)
    if (town_before and key(town_before.group(1)) in lex.cities) or (town_after and key(town_after.group(1)) in lex.cities):
        prev = text[:ls].rstrip().rsplit("\n", 1)[-1] if ls else ""
        alone = not (before[:town_before.start()] if town_before else before).strip(" \t-•*–·|") and not (
            after[town_after.end():] if town_after else after).strip(" \t.")
        if _DATE.search(text[ls:le]) or alone and _DATE.search(prev):
            return True  # (the date on the line above only for a line of the town and the name alone)
    if _AT_BEFORE.search(before):
        sentence = re.split(r"[.!?](?=[ \t]+[A-Z])", before)[-1]
        return bool(_TIME.search(sentence) or cues.search(sentence))
    return False
