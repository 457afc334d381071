"""The visit of a delegation that an organisation hosts, named by who comes (``pattern:event_delegation``).

The class of phrasings "<host> <hosted / welcomed / received / will welcome> <a / an / the> [up to three
modifiers] delegation [of <how many>] <from <where> / of <the Name>>", in a sentence that gives the day
of the visit:

- "In March the Adriatic Wood Cluster hosted a delegation of nine firms from Slovenia on 12 and 13
  March" → "Visit of a delegation from Slovenia";
- "On 4 May the network welcomed a delegation from the Pomeranian Region, led by its vice-marshal"
  → "Visit of a delegation from the Pomeranian Region";
- "we hosted a delegation of the Basque Rail Cluster (BRC) on 27 May" → "Visit of a delegation of the
  Basque Rail Cluster";
- "the partners welcomed a Tunisian delegation led by the export agency in Bari on 3 June" → "Visit of a
  Tunisian delegation".

The delegation may be the subject that comes instead ("<a / the> [modifiers] delegation <from … / of the
Name> … <visited / toured / will visit / came to>", verbs in ``data/event_delegation_visit_verbs.txt``),
with the day of the visit in its sentence: "On 8 May a delegation of the Silesian Aviation Cluster, led by
its president, visited three member companies in Porto" → "Visit of a delegation of the Silesian Aviation
Cluster"; where it went joins the name when the verb is followed by a known place or "the region of <Name>"
("a delegation of 21 firms from Lower Saxony visited the Danish region of Zealand" → "Visit of a delegation
from Lower Saxony to Zealand"). A whose name listed on past its commas up to its acronym is kept whole ("a
delegation of the Directorate-General for Research, Science and Innovation (DG RTD)").

An outgoing delegation is named by where it goes (``pattern:event_generic``, "delegation ... to only").
A delegation that says neither where it comes from nor whose it is ("hosted a delegation of eleven
representatives of energy clusters") names no one visit, and one without a day in its sentence ("will
welcome a buyers' delegation at the fair in September") is a plan, not a dated visit; the day must follow
the delegation or open the sentence ("The cluster signed an agreement on 5 July and hosted a delegation of
the Water Agency in September" dates no visit). The verbs are in
``data/event_delegation_verbs.txt``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER

_S = r"\s+"  # two-column PDF text breaks lines anywhere
_NAME = rf"{UPPER}[\w’'-]*(?:{_S}(?:of{_S}|for{_S}|and{_S})?{UPPER}[\w’'-]*){{0,5}}"
# a name listed on past its commas up to its acronym: "… for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW)"
_LISTED_TO_ACRONYM = re.compile(rf"(?:,{_S}{UPPER}[\w’'-]*)+,?{_S}and{_S}{UPPER}[\w’'-]*{_S}\([A-Z][A-Z0-9 &-]{{1,12}}\)")
# where a delegation said as the subject went: "visited the Danish region of Zealand", "visited Porto" (a known place)
_VISITED_PLACE = re.compile(rf"{_S}(?P<kind>the{_S}(?:{UPPER}[\w’'-]*{_S})?(?:region|province|county|city|island|area){_S}of{_S})?"
                            rf"(?P<dest>{UPPER}[\w’'-]+(?:[ -]{UPPER}[\w’'-]+)?)")
_DELEGATION = (
    rf"(?P<mods>(?:(?!(?:of|from)\b)[\w’'-]+{_S}){{0,3}}?)(?P<head>delegation)(?![\w-])"
    # "of eight companies", "of 14 firms and institutes": how many, not whose
    rf"(?:{_S}of{_S}(?:\d+|[a-z]+(?:-[a-z]+)?)(?:{_S}[a-z]+){{0,4}}?(?={_S}from\b))?"
    # "from Montenegro on 14 March", "of the Basque Rail Cluster (BRC)"; not "of Ukrainian energy clusters"
    rf"(?:{_S}(?P<prep>from){_S}(?P<whose>(?:the{_S})?{_NAME})|{_S}(?P<prep2>of){_S}(?P<whose2>(?:the{_S})?{_NAME})(?!{_S}[a-z]))?")


@lru_cache(maxsize=8)
def _pattern(data_dir: Path) -> re.Pattern[str] | None:
    verbs = data_lines(data_dir / "event_delegation_verbs.txt")
    if not verbs:
        return None
    return re.compile(
        rf"(?<![\w-])(?i:{phrase_alternation(verbs, _S)}){_S}(?:[Aa]n?|[Tt]he){_S}"
        + _DELEGATION)


@lru_cache(maxsize=8)
def _subject_pattern(data_dir: Path) -> re.Pattern[str] | None:
    """A delegation said to come as the subject of its sentence: "a delegation of the Name … visited"."""
    verbs = data_lines(data_dir / "event_delegation_visit_verbs.txt")
    if not verbs:
        return None
    return re.compile(
        rf"(?<![\w-])(?:[Aa]n?|[Tt]he){_S}" + _DELEGATION + rf"[^.;:!?]{{0,200}}?(?<![\w-])(?i:{phrase_alternation(verbs, _S)})(?![\w-])")


def _subject_matches(ctx: DocContext, data_dir: Path) -> list[re.Match[str]]:
    """The subject shape read only around each written "delegation" (cheap: most texts have none)."""
    subject = _subject_pattern(data_dir)
    lower = ctx.text.lower()
    out, pos = [], 0
    while subject is not None and (i := lower.find("delegation", pos)) >= 0:
        pos = i + 10
        lo, hi = max(0, i - 80), min(len(ctx.text), i + 400)
        while (m := subject.search(ctx.text, lo, hi)) is not None and m.start() < i:
            if m.start("head") == i and not {"a", "an", "the"} & {w.lower() for w in m.group("mods").split()}:
                out.append(m)  # "the cluster and a delegation": the phrase starts at "a"
                break
            lo = m.start() + 1
    return out


def delegation_events(ctx: DocContext, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """"The cluster hosted a delegation of eight firms from Slovenia on 12 March": the visit of that
    delegation, dated by the day its sentence gives (see the module doc)."""
    pattern = _pattern(data_dir)
    if pattern is None:
        return []
    out = []
    for m in list(pattern.finditer(ctx.text)) + _subject_matches(ctx, data_dir):
        mods = m.group("mods").split()
        demonym = [w for w in mods if w[:1].isupper()]  # "a Moroccan delegation"
        prep, whose = (m.group("prep"), m.group("whose")) if m.group("whose") else (m.group("prep2"), m.group("whose2"))
        if not whose and not demonym or any(w.lower() in ("a", "an", "the") for w in mods):
            continue
        s, e = ctx.sentence(m.start(), m.end())
        # the day after the delegation, or one that opens the sentence ("On 9 May the cluster hosted ..."); a
        # day earlier in the sentence is another clause's ("signed an agreement on 5 July and hosted ...")
        days = [d for d in ctx.dates_between(s, e) if d.precision == "day"
                and (d.start >= m.end("head") or len(ctx.text[s:d.start].split()) <= 3)]
        if not days:
            continue
        after = [d for d in days if d.start >= m.end("head")]
        end = m.end("whose" if m.group("whose") else "whose2") if whose else m.end("head")
        if whose and (listed := _LISTED_TO_ACRONYM.match(ctx.text, end)) is not None:
            whose, end = ctx.text[m.start("whose" if m.group("whose") else "whose2"):listed.end()], listed.end()
        whose = " ".join(whose.split()) if whose else ""
        words = ["Visit of a", *mods, "delegation"] + ([prep, whose] if whose else [])
        if m.re is not pattern and (dest := _VISITED_PLACE.match(ctx.text, m.end())) is not None \
                and (dest.group("kind") or gaz.place(dest.group("dest")) != (None, None)):
            words += ["to", dest.group("dest")]  # "… from Mecklenburg-Vorpommern visited the Danish region of Zealand"
        out.append(Candidate(m.start("mods"), end, " ".join(words), "pattern:event_delegation",
                             "visit", "other", dates=(after or days)[0]))
    return out
