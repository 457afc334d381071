"""Earlier trips listed by where they went, each with its year in brackets (``pattern:event_trip_list``).

A mission report or a project's results name the missions or visits an organisation made before by a
plural noun of the trips named by their destination (``to`` in ``data/event_generic_heads.txt``: "trade
mission", "study visit", "mission") and then list the destinations, each with its date in brackets:

- "previous missions went to Japan (2024) and Canada (2025)" → "Mission to Japan" (2024) and "Mission to
  Canada" (2025);
- "the cluster has organised international missions since 2019: to Scotland (2022), to the Netherlands
  and Belgium (2024) and to the United States (Boston, 12–16 May 2031)" → "Mission to Scotland", "Mission
  to the Netherlands and Belgium", "Mission to the United States" (in Boston);
- "Three study visits: Lyon (Techtera, May 2030), Brno (October 2030) and Tampere (April 2031)": a name
  that is no known place before the date in the brackets is where the trip went, a fair or a cluster
  ("Study visit to Techtera").
- the destinations right after the noun, the first with "to", or after a dash: "the partners organised study trips to
  Skellefteå (June 2035), Trondheim (September 2035) and County Mayo (May 2036)" → "Study trip to Skellefteå" …; "over
  three review visits – Valletta (12–14 March 2040), Limassol (4–6 June 2040) and Catania (…)" → "Review visit to Valletta" …;
- each destination with "to" and its date after "in", in brackets right after the noun or after a colon:
  "the project ran three study tours (to Styria in May 2031, to Friuli in June 2032 and to Bavaria in April
  2033)" → "Study tour to Styria" (2031-05) …; "two business missions: to Chile in March 2030 and to Peru in
  October 2031".

Two destinations or more make the list, each with a year in its brackets; one alone is
``pattern:event_generic``'s "a mission to Japan in 2024". The name is the noun of the lexicon ("trade
mission", not "four trade missions") with "to" and the destination as written.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_generic import load_generic_lexicon
from pipeline.extract.places import Gazetteer

RULE = "pattern:event_trip_list"
_S = r"[ \t]*\n?[ \t]*"
_NAME = r"[A-ZÀ-ÞĀ-ž][\w’'&.-]*(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-ZÀ-ÞĀ-ž][\w’'&.-]*)*"
# one destination: "to the Netherlands and Belgium (2024)", "Chicago (October 2025)"
_ITEM = re.compile(rf"(?:to[ \t]+)?(?P<place>(?:the[ \t]+)?{_NAME}){_S}\((?P<bracket>[^()\n]*)\)")
# one destination and its date after "in": "to Emilia-Romagna in May 2033", "to the Basque Country in spring 2029"
_ITEM_IN = re.compile(rf"to[ \t]+(?P<place>(?:the[ \t]+)?{_NAME})[ \t]+in[ \t]+(?P<when>[^,;()\n]{{0,20}}?\b(?:19|20)\d\d\b)")
_SEP = re.compile(rf"{_S}(?:,|;)?{_S}(?:and{_S})?")
# "…since 2019: ", "… went ", a dash ("three review visits – Valletta (…)"), or "to" right after the noun ("organised study
# trips to Skellefteå (June 2035), Trondheim (…)")
_BEFORE_LIST = re.compile(r"[^.;()]*?(?::[ \t\n]*|\bwent[ \t]+(?=to[ \t]))|[ \t]*\n?[ \t]*[–—][ \t]*|[ \t]+(?=to[ \t])")
_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*(?=to[ \t])")  # "study tours (to Emilia-Romagna in May 2033, …)"
_BRACKET_NAME = re.compile(rf"(?P<name>{_NAME})[ \t]*,")  # "(FOODEX Japan, March 2024)"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=8)
def _plural_trips(data_dir: Path) -> re.Pattern[str] | None:
    nouns = load_generic_lexicon(data_dir).by_destination
    if not nouns:
        return None
    return re.compile(rf"(?<![\w-])(?P<head>(?i:{phrase_alternation(nouns)}))s(?![\w-])")


def trip_lists(ctx: DocContext, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """The trips of a list of destinations after a plural trip noun (see the module doc)."""
    plural = _plural_trips(data_dir)
    if plural is None:
        return []
    glex = load_generic_lexicon(data_dir)
    out: list[Candidate] = []
    for m in plural.finditer(ctx.text):
        s_end = ctx.text.find("\n\n", m.end())  # a list may go on past a line break ("… and\n  Singapore (April 2026)")
        s_end = len(ctx.text) if s_end < 0 else s_end
        lead = _BEFORE_LIST.match(ctx.text, m.end(), s_end) or _BRACKET_OPENS.match(ctx.text, m.end(), s_end)
        if lead is None:
            continue
        items, pos = [], lead.end()
        while (item := _ITEM.match(ctx.text, pos, s_end)) is not None and _YEAR.search(item.group("bracket")) \
                or (item := _ITEM_IN.match(ctx.text, pos, s_end)) is not None and _YEAR.search(item.group("when")):
            items.append(item)
            pos = _SEP.match(ctx.text, item.end()).end()
        if len(items) < 2:
            continue  # one destination is no list: "a mission to Japan (2024)" is a generic event's
        head = " ".join(m.group("head").lower().split())
        for item in items:
            place = item.group("place")
            if item.re is _ITEM_IN:  # "to Lower Austria in June 2034": the place as written, the date after "in"
                city, country = gaz.place(re.sub(r"^the[ \t]+", "", place))
                dates = ctx.dates_between(item.start("when"), item.end("when"))
                out.append(Candidate(item.start(), item.end(), f"{head[:1].upper()}{head[1:]} to {place}", RULE, None,
                                     glex.heads.get(head, "other"), dates=dates[0] if dates else None, city=city, country=country))
                continue
            named = _BRACKET_NAME.match(item.group("bracket"))
            city, country = gaz.place(named.group("name")) if named else (None, None)
            if named and (city, country) == (None, None):
                place = named.group("name")  # "Tokyo (FOODEX Japan, March 2024)": the fair it went to
            if (city, country) == (None, None):  # "to the United States (Boston, 12–16 May)": the town it went to
                city, country = gaz.place(re.sub(r"^the[ \t]+", "", place))
            dates = ctx.dates_between(item.start("bracket"), item.end("bracket"))
            out.append(Candidate(item.start("place"), item.end(), f"{head[:1].upper()}{head[1:]} to {place}",
                                 RULE, None, glex.heads.get(head, "other"), dates=dates[0] if dates else None,
                                 city=city, country=country))
    return out
