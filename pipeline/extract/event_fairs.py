"""Trade fairs and exhibitions that a text names by their proper name alone (``pattern:event_fair``).

A fair's name rarely holds an event word ("Fruit Logistica", "Nor-Shipping", "Salone del Mobile"), so
the capitalised-name rules never see it. Cluster news name it through what members do there or through
a lower-case fair noun, and this rule covers that class of phrasings:

- a stand, booth or pavilion at it: "the joint stand at Fruit Logistica in Berlin", "a collective stand
  of nine members at the Salone del Mobile (8–13 April)", "a second joint stand is planned at the
  Feira Nacional de Agricultura", "members exhibited at Agritechnica";
- the name before a lower-case fair noun: "a delegation to the Baltexpo exhibition in Gdańsk",
  "the BIEMH machine tool fair" (the noun stays in the name), "the METSTRADE 2025 fair" (a name with its
  year is the edition's own: "METSTRADE 2025"), "the AUTOMATICA fair" (a fair of ``data/event_trade_fairs.txt``
  is named as listed: "AUTOMATICA");
- the name after the noun: "a visit to the mining suppliers' fair Exponor 2026";
- the name a delegation or a trip goes to, with its place or date right after it and a date in the
  sentence: "a delegation of 14 SMEs to Gulfood in Dubai in February 2025", "members travelled with us
  to Fachpack in Nuremberg", "during Agrotica in Thessaloniki, 4–7 February 2027" (``trip_fairs``);
- the name after "at" or "to" with its town and its dates right after it, days or a month, as a fair
  runs for several days: "a joint presence at Baumesse in Graz in March 2027", "we take twelve firms to
  Agrimach in Verona (4–7 May 2026)" (``placed_fairs``; one day, "to Siemens in Munich (4 May)", is a
  visit).

- the name right after a lower-case fair noun of another language, or right before one its language writes after the
  name (``pattern:event_fair_foreign``, kept in every language's block): "visita alla fiera Häuslbauermesse", "au
  salon Solutrans à Lyon", "na veletrhu Amper", "na targach Meble Polska", "ühise külastuse Elmia Subcontractor
  messile".

The cue words are in ``data/event_fair_cues.txt``. A name that is a known place ("a stand at
Munich") or ends in a venue word ("the stand at the Brno Exhibition Centre") is no fair. The date and
place come from the sentence, as for every other mention (``events``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, org_suffix_words, phrase_alternation
from pipeline.extract.date_patterns import MONTH
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_fair_list import listed_fair
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.given_names import given_names
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER
from pipeline.normalise import fold

_S = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # a space, or the line break of a hard-wrapped paragraph
_MONTH = MONTH  # a month's name or abbreviation, never a word that starts like one ("Novi Sad", "Marseille", "Augsburg")
# a word of a name never ends with a full stop: "exhibited at Fruit Logistica. The stand ..." ends the name
# at "Logistica", "Salone del Mobile.Milano. I thank ..." at "Milano"
_WORD = rf"{UPPER}(?:[\w’'&.+/-]*[\w’'&+/-])?"
_TOKEN = rf"(?:{_WORD}|(?:19|20)\d\d\b)"
# "Fruit Logistica", "LASER World of PHOTONICS", "Salone del Mobile.Milano", "METSTRADE 2025"
_NAME = rf"(?!{_MONTH}|The\b){_WORD}(?:[ \t]+(?:(?:of|del|de|der|di|du|la|and|&)[ \t]+)?{_TOKEN}){{0,5}}"
_LOWER = r"(?:[a-z][\w’'-]*[ \t]+){0,3}"  # "machine tool", "mining suppliers'"


@lru_cache(maxsize=8)
def _patterns(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """(name before a fair noun, stand at a name, name after a fair noun, a name beside a fair noun of another language,
    venue last words), compiled once."""
    sections = data_sections(data_dir / "event_fair_cues.txt")
    stands, nouns = sections.get("stands", []), sections.get("nouns", [])
    if not stands or not nouns:
        return None
    stand = phrase_alternation(stands, _S)
    noun = phrase_alternation(nouns, _S)
    at = re.compile(rf"\b(?i:{stand})(?:{_S}(?:of|with|for){_S}[^.;:\n()]{{1,50}}?|(?:{_S}(?!at\b)[a-z][\w’'-]*){{1,4}})?{_S}at{_S}(?:the{_S})?(?P<name>{_NAME})")
    before = re.compile(rf"\b(?:the|at|to|in|from)[ \t]+(?P<name>(?P<core>{_NAME}){_S}{_LOWER}(?:{noun}))(?![\w-])")
    after = re.compile(rf"\b(?:the|a)[ \t]+{_LOWER}(?:{noun}){_S}(?P<name>{_NAME})")
    venue = frozenset(w.lower() for w in sections.get("venue last words", []))
    # other languages: the name right after a lower-case fair noun, or right before one that follows it
    foreign = phrase_alternation(sections.get("nouns of other languages", []), _S, empty="(?!)")
    follows = phrase_alternation(sections.get("nouns after a name", []), _S, empty="(?!)")
    other = re.compile(rf"(?<![\w-])(?:{foreign}){_S}(?P<name>{_NAME})|(?<![\w-])(?P<named>{_NAME}){_S}(?:{follows})(?![\w-])")
    return before, at, after, other, venue  # "a stand at the Pomurje fair": the name with its noun first


@lru_cache(maxsize=8)
def _place_tail(data_dir: Path) -> re.Pattern[str]:
    """A fair's name, then a word for "in"/"of" (``[place words after a name]``) and what may be its town: "Fruit
    Attraction de Madrid" (the caller keeps the name when the gazetteer knows the town)."""
    words = phrase_alternation(data_sections(data_dir / "event_fair_cues.txt").get("place words after a name", []), _S)
    return re.compile(rf"(?P<core>.+?)[ \t]+(?:{words})[ \t]+(?P<place>[^ \t].*)$")


def stand_at(data_dir: Path) -> re.Pattern[str] | None:
    """The "stand / booth / pavilion … at <Fair>" pattern (``data/event_fair_cues.txt``, [stands]): a line
    naming it is about the fair, which :func:`fair_events` names."""
    patterns = _patterns(data_dir)
    return patterns[1] if patterns else None


def fair_events(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Fairs named by a stand at them or by a lower-case fair noun (``pattern:event_fair``; see the module doc)."""
    patterns = _patterns(data_dir)
    if patterns is None:
        return []
    *finders, venue = patterns

    def rule_of(pattern: re.Pattern[str]) -> str:
        return "pattern:event_fair_foreign" if pattern is finders[-1] else "pattern:event_fair"
    out: dict[int, Candidate] = {}
    for pattern in finders:
        for m in pattern.finditer(ctx.text):
            group = "named" if "named" in pattern.groupindex and m.group("named") else "name"
            raw = m.group(group).rstrip(" .")
            if "core" in pattern.groupindex and (re.search(r"\b(?:19|20)\d\d$", m.group("core")) or listed_fair(data_dir, m.group("core"))):
                raw = m.group("core")  # "the METSTRADE 2025 fair", "the VivaTech fair": the edition's or listed fair's name says it all
            if rule_of(pattern) == "pattern:event_fair_foreign" and group == "name" and listed_fair(data_dir, raw):
                continue  # "na targach Techtextil": a listed fair after a fair noun is pattern:event_trade_fair's
            tail = _place_tail(data_dir).match(raw) if rule_of(pattern) == "pattern:event_fair_foreign" else None
            if tail is not None and gaz.place(tail.group("place")) != (None, None):
                raw = tail.group("core")  # "en la feria Fruit Attraction de Madrid": the fair's town is no part of it
            words = raw.split()
            if words[-1].lower().strip(".,") in venue or gaz.place(raw) != (None, None):
                continue  # "the stand at the Brno Exhibition Centre", "a stand at Munich": the place
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
                continue  # "a stand at ICE": an agency's acronym, not a fair
            name = clean_event_name(raw)
            start = m.start(group)
            if start not in out:
                out[start] = Candidate(start, start + len(raw), name, rule_of(pattern), "fair", "other")
    for c in trip_fairs(ctx, lex, gaz, data_dir) + placed_fairs(ctx, lex, gaz, data_dir):
        out.setdefault(c.start, c)
    return list(out.values())


@lru_cache(maxsize=8)
def _trip_pattern(data_dir: Path) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """(the trip pattern, last words that make a name no fair: organisation suffixes and venue words), read once."""
    trips = data_sections(data_dir / "event_fair_cues.txt").get("trips", [])
    if not trips:
        return None
    venue = _patterns(data_dir)[-1] if _patterns(data_dir) else frozenset()
    not_fair = frozenset(w.lower() for w in org_suffix_words(data_dir)) | venue
    # "… to Gulfood in Dubai", "… to **Fakuma** in Friedrichshafen", "… during Aquatech Amsterdam in November 2027"
    # "during" alone is enough: "a visit to Larissa during Agrotica in Thessaloniki"
    pattern = re.compile(rf"(?:\b(?i:{phrase_alternation(trips, _S)})\b[^.;:\n]{{0,60}}?\b(?:to|at)|\bduring)[ \t]+(?:the[ \t]+)?(?:\*\*)?"
                         rf"(?P<name>{_NAME})(?:\*\*)?(?=,?[ \t]+(?:in|on|from)[ \t]+(?P<after>{UPPER}[\w’'-]*(?:[ \t]+{UPPER}[\w’'-]*)?)|[ \t]*\(\d)")
    return pattern, not_fair


def trip_fairs(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """A fair that a delegation or a trip goes to (``pattern:event_fair``; see the module doc): a name
    that is no place, holds no event word (the name rules' then) and no organisation's last word; the
    place or date written after it ("in Dubai", "in November 2027", "(9–11 May)") and a date in its sentence."""
    compiled = _trip_pattern(data_dir)
    if compiled is None:
        return []
    pattern, not_fair = compiled
    out = []
    for m in pattern.finditer(ctx.text):
        raw = m.group("name").rstrip(" .")
        words = raw.split()
        after = m.group("after")
        if after and gaz.place(after) == (None, None) and not re.match(_MONTH, after):
            continue  # "to Siemens in Energy Park": what follows "in" is neither a place nor a month
        if ctx.pos.get(m.start("name"), ("", "", False))[1] == "ORG" and not re.search(r"\b(?:19|20)\d\d$", raw):
            continue  # "travelled to Volvo Cars in Gothenburg": a firm (a fair with its year is an edition: "BAU 2027")
        if gaz.place(raw) != (None, None) \
                or words[-1].lower().strip(".,") in not_fair or any(lex.lookup([w.lower()]) for w in words) \
                or len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
            continue  # "a delegation to Brussels", "to Lund University in ...", "to the Baltic Forum in Riga"
        s, e = ctx.sentence(m.start("name"), m.end("name"))
        if not ctx.dates_between(s, e):
            continue
        out.append(Candidate(m.start("name"), m.start("name") + len(raw), clean_event_name(raw), "pattern:event_fair", "fair", "other"))
    return out


# "at / to [the] <Name> in <Town>" followed by its dates: "(4–7 May 2026)", " in March 2027", ", 9–12 June"
_PLACED = re.compile(rf"\b(?:at|to)[ \t]+(?:the[ \t]+)?(?:\*\*)?(?P<name>{_NAME})(?:\*\*)?[ \t]+in[ \t]+"
                     rf"(?P<town>{UPPER}[\w’'-]*(?:[ \t]+{UPPER}[\w’'-]*)?)(?P<gap>[ \t]*(?:\(|,[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?))")
_SEASON = re.compile(r"(?i)\b(?:spring|summer|autumn|fall|winter)\b")


def placed_fairs(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """A fair named after "at" or "to" with its known town and then its dates, several days or a month or
    season (``pattern:event_fair``; see the module doc): a name that is no place, holds no event word (the
    name rules' then) and no organisation's or venue's last word."""
    compiled = _trip_pattern(data_dir)
    if compiled is None:
        return []
    not_fair = compiled[1]
    out = []
    for m in _PLACED.finditer(ctx.text):
        raw = m.group("name").rstrip(" .")
        words = raw.split()
        if gaz.place(m.group("town"))[0] is None or gaz.place(raw) != (None, None) \
                or words[-1].lower().strip(".,") in not_fair or any(lex.lookup([w.lower()]) for w in words) \
                or len(words) == 1 and words[0].isupper() and len(words[0]) <= 3 \
                or ctx.pos.get(m.start("name"), ("", "", False))[1] == "PERSON" \
                or len(words) == 2 and words[1].istitle() and fold(words[0]) in given_names(data_dir):
            continue  # "to Lund University in ...", "to the Baltic Forum in Riga", "went to Anna Berg in Oslo (...)"
        date = next((d for d in ctx.dates_between(m.end("gap"), m.end("gap") + 3) if d.start_date is not None), None)
        if date is None or not (date.precision == "month" or date.precision == "day" and date.end_date != date.start_date
                                or _SEASON.search(ctx.text[date.start:date.end])):
            continue  # one day is a visit: "to Siemens in Munich (4 May 2026)"
        out.append(Candidate(m.start("name"), m.start("name") + len(raw), clean_event_name(raw), "pattern:event_fair", "fair", "other"))
    return out
