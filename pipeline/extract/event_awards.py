"""Award ceremonies that a text names through the prize they present (``pattern:event_award``).

A prize is no event, but the ceremony that presents it is, and texts name that ceremony by the prize.
This rule covers the class of phrasings:

- a ceremony noun before the prize: "the award ceremony of the Nordic Cluster Prize 2026", "the
  prize-giving for the first Danube Innovation Award", "the awards gala for the Green Port Awards";
- the prize with a verb that presents it: "the Baltic Start-up Award 2027 will be presented during the
  gala dinner on 4 May", "the Alpine Wood Prize was awarded at a ceremony in Bled", "the Sea Tech
  Trophy is handed over on the second evening".

The name is the prize's name with "ceremony" ("Nordic Cluster Prize 2026 ceremony"); the date and
place come from the sentence (``events``). The words are in ``data/event_award_words.txt``. A prize
that only "went to" someone, with no ceremony or presentation, gives no event.

In any language, a word for presenting a prize of ``[presentations]`` before the prize's quoted or capitalised
name names the ceremony as written (``pattern:event_award_presentation``): "Kongres je zatvoren dodelom nagrade
„Klaster godine”" → "dodela nagrade „Klaster godine”" as the text writes it ("dodelom" is not listed: the
phrase's case), "la remise du Prix Textile Creusois", "die Verleihung des Innovationspreises Chemie".

Another edition of the document's prize is named by its year and a ceremony noun alone
(``pattern:event_award_edition``): "The 2030 ceremony on 12 October 2030 gathered 300 guests", "Last year's
ceremony took place in Graz on 3 May 2031", "the 2029 award ceremony on 6 May 2029 in Linz": the ceremony of
the first prize the document names, for that year ("Tyrol Design Award 2030 ceremony"); "last year's", "this
year's", "next year's" take the year of the sentence's date. The sentence must give a date of that year.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.statement_parts import UPPER

_S = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # a space, or the line break of a hard-wrapped paragraph
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_WORD = rf"{UPPER}[\w’'&.+/-]*"


@lru_cache(maxsize=8)
def _patterns(data_dir: Path) -> tuple[re.Pattern[str], ...] | None:
    sections = data_sections(data_dir / "event_award_words.txt")
    prizes, ceremonies, verbs = (sections.get(k, []) for k in ("prize words", "ceremonies", "verbs"))
    if not prizes or not ceremonies or not verbs:
        return None
    prize_word = "(?:" + phrase_alternation([p[:1].upper() + p[1:] for p in prizes]) + ")s?"
    # "Nordic Cluster Prize 2026", "Adriatic-Ionian Cluster Cooperation Award", "Prize of the City of Graz"
    prize = rf"(?P<prize>(?!(?:The|A|An|This|Our|Its)\b)(?:{_WORD}(?:{_S}(?:of|for|the|and|&))*{_S}){{1,6}}{prize_word}(?:{_S}(?:19|20)\d\d)?)(?![\w-])"
    before = re.compile(rf"\b(?i:{phrase_alternation(ceremonies + sections.get('before a prize', []), _S)}){_S}(?:of|for){_S}(?:the{_S})?(?:{_ORDINAL}{_S})?{prize}")
    held = rf"(?:is|was|were|are|will{_S}be|would{_S}be)(?:{_S}[a-z]+ly)?{_S}(?:{phrase_alternation(verbs, _S)})"
    after = re.compile(rf"{prize}{_S}{held}\b")
    # "The 2030 ceremony", "Last year's award ceremony": an edition of the document's prize by its year
    edition = re.compile(rf"\b(?:[Tt]he{_S}(?P<year>(?:19|20)\d\d)|(?P<rel>[Ll]ast|[Tt]his|[Nn]ext){_S}year[’']s)"
                         rf"{_S}(?i:{phrase_alternation(ceremonies, _S)})\b")
    # "dodela nagrade „Klaster godine”", "remise du Prix Textile Creusois": a presentation word and the prize as written
    presentations = sections.get("presentations", [])
    links = phrase_alternation(sections.get("name connectors", []))
    quoted = r"[„“\"«][^„“”\"»\n]{2,60}[“”\"»]"
    presented = re.compile(rf"(?<![\w-])(?i:{phrase_alternation(presentations, _S)}){_S}"
                           rf"(?:{quoted}|{_WORD}(?:{_S}(?:(?:{links}){_S})?{_WORD}){{0,5}})") if presentations else None
    return before, after, edition, re.compile(prize), presented


def award_events(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """Ceremonies named by the prize they present (``pattern:event_award``; see the module doc)."""
    patterns = _patterns(data_dir)
    if patterns is None:
        return []
    hit = lex.lookup(["award", "ceremony"])
    out: dict[int, Candidate] = {}
    for pattern in patterns[:2]:
        for m in pattern.finditer(ctx.text):
            start = m.start() if pattern is patterns[0] else m.start("prize")
            if start in out:
                continue
            name = f"{clean_event_name(m.group('prize'))} ceremony"
            out[start] = Candidate(start, m.end("prize"), name, "pattern:event_award",
                                   hit[0] if hit else None, "award")
    for m in patterns[4].finditer(ctx.text) if patterns[4] is not None else ():
        if not any(s <= m.start() < c.end for s, c in out.items()):
            out[m.start()] = Candidate(m.start(), m.end(), clean_event_name(m.group().replace("„", "“")), "pattern:event_award_presentation",
                                       hit[0] if hit else None, "award")
    return list(out.values())


def award_editions(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """"The 2030 ceremony on 12 October 2030", "Last year's ceremony took place in Graz on 3 May 2031": the
    ceremony of the document's first prize for that year (``pattern:event_award_edition``; see the module doc)."""
    patterns = _patterns(data_dir)
    if patterns is None:
        return []
    edition, prize = patterns[2:4]
    hit = lex.lookup(["award", "ceremony"])
    first = prize.search(ctx.text)
    if first is None:
        return []
    # the prize's own name inside the phrase ("Winners of the Carinthia Wood Prize"): the longest tail of two
    # words or more that the text names again, else the whole phrase
    written = re.sub(r"\s+(?:19|20)\d\d$", "", clean_event_name(first.group("prize")))
    tails = [written[w.start():] for w in re.finditer(rf"(?<!\S){_WORD}", written)]
    name = max((t for t in tails if len(t.split()) >= 2), key=lambda t: (ctx.text.count(t) >= 2, len(t)), default=written)
    out = []
    for m in edition.finditer(ctx.text):
        start, end = ctx.sentence(m.start(), m.end())
        dates = [d for d in ctx.dates_between(start, end) if d.start_date]
        year = int(m.group("year")) if m.group("year") else (dates[0].start_date.year if dates else None)
        dated = next((d for d in dates if d.start_date.year == year), None)
        if dated is None:
            continue
        out.append(Candidate(m.start(), m.end(), f"{name} {year} ceremony", "pattern:event_award_edition",
                             hit[0] if hit else None, "award", dates=dated))
    return out
