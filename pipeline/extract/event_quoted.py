"""Event names given by a quoted title after an event keyword.

- ``pattern:event_quoted``: an event keyword after a determiner (or opening a line, after at most a
  short label: ``Invitation – Info Day "Title"``; or a list line's item, after a capitalised modifier or the
  item's date: ``Skills workshop "Title"``, ``- 24 May 2028 – webinar "Title"``), followed by a quoted title (also in
  apposition, ``the next webinar, "Title", will ...``, or after a bracketed date, ``Previous webinar (3 May): "Title"``), names the event by the
  quote (``The seminar "Data spaces for farming" was held on ...`` → "Data spaces for farming").
- ``pattern:event_titled``: after a capitalised series name ending in the keyword, the quoted title
  names one event of the series and stays in the name: ``the EU Clusters Talk “Dual use
  technologies” on 21 September`` → "EU Clusters Talk Dual use technologies" (two talks of a series
  in one text stay two events).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.data_files import phrase_alternation
from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import NOT_NAME_START, EventLexicon

_S = r"(?:[ \t]+(?:\n[ \t]*)?|[ \t]*\n[ \t]*)"  # some space, at most one line break

# A keyword with only a determiner and lower-case words before it: "the workshop", "a two-day seminar".
_DETERMINED = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur)(?:[ \t\n]+[a-z][\w’'-]*){0,3}[ \t\n]+$")
# ... or opening a line, after at most a short label and a dash or colon: 'Invitation – Info Day "Title"'.
_LINE_START = re.compile(r"(?:^|\n)[ \t#*>-]*(?:[A-Z][\w’' ]{0,30}?[ \t]*[–—:-][ \t]*)?$")
# ... or a list line's item: after a capitalised modifier ('Skills workshop "Title"', 'Cross-border workshop "Title"'),
# or after the item's date and a dash or colon ('- 24 May 2028 – workshop "Title", Cluj')
_ITEM_MODIFIER = re.compile(r"[ \t#*>•▪-]*[A-Z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*)?[ \t]+")
_ITEM_MARKS = re.compile(rf"[ \t#*>•▪–-]*(?:{WEEKDAY},?[ \t]+)?")  # "- 24 May –", "Tue 05 Feb |": a calendar row's weekday
_ITEM_DATE_END = re.compile(r"[ \t]*[–—:|-][ \t]*")


def _item_lead(ctx: DocContext, start: int) -> bool:
    """True when what stands between the line's start and the keyword is a list item's lead: a capitalised
    modifier before a lower-case keyword (a capitalised one ends a series' name: "Cluster Talk"), or the
    item's date and a dash or colon (never a time: "11:00 Talk" is a session)."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if ctx.text[start:start + 1].islower() and _ITEM_MODIFIER.fullmatch(ctx.text, line_start, start):
        return True
    return any(_ITEM_MARKS.fullmatch(ctx.text, line_start, d.start) and _ITEM_DATE_END.fullmatch(ctx.text, d.end, start)
               for d in ctx.dates_between(line_start, start))


@lru_cache(maxsize=4)
def _quoted_pattern(keywords: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    kws = phrase_alternation((" ".join(k) for k in keywords), space=_S, empty="")
    # "the workshop “Title”", and the instalment of a series by its title in apposition: "the next webinar of
    # the series, “Title”, takes place ..." (without the comma the quotes give the series' own name)
    # the title may also stand in apposition ("the next webinar, “Title”, takes place", closed by a comma) or
    # after its date in brackets ("- Previous webinar (28 May 2026): “Title”")
    return re.compile(rf"\b(?P<kw>(?i:{kws}))(?:s|es)?(?:{_S}of{_S}(?:the|our|its|their|this){_S}series[ \t]*,|[ \t]*\([^()\n]{{3,40}}\)[ \t]*:"
                      rf"|(?P<apposed>,))?{_S}[\"“](?P<name>[^\"”\n]{{3,150}})[\"”](?(apposed)(?=,))")


def quoted_titles(ctx: DocContext, lex: EventLexicon) -> list[Candidate]:
    """'the workshop "Title" ...': the quoted title is the name; the span runs from the keyword to the
    closing quote so that "the workshop" does not also count as a reference to an earlier event."""
    out = []
    quoted = _quoted_pattern(tuple(sorted(lex.keywords)))
    for m in quoted.finditer(ctx.text):
        name = clean_event_name(m.group("name"))
        if not name[:1].isupper() or not 2 <= len(name.split()) <= 15 or name.endswith(("!", "?")):
            continue
        keyword, etype = lex.lookup(m.group("kw").lower().split()) or (m.group("kw").lower(), "other")
        if not (_DETERMINED.search(ctx.text, max(0, m.start() - 60), m.start())
                or _LINE_START.search(ctx.text, max(0, m.start() - 60), m.start()) or _item_lead(ctx, m.start())):
            series = _series_before(ctx.text, m.start("kw"))
            if series is not None:  # "the EU Clusters Talk “Dual use”": one talk of the series, by its title
                series_name = clean_event_name(ctx.text[series:m.end("kw")])
                out.append(Candidate(series, m.end(), f"{series_name} {name}", "pattern:event_titled", keyword, etype))
            continue
        out.append(Candidate(m.start("kw"), m.end(), name, "pattern:event_quoted", keyword, etype))
    return out


# Capitalised words (and connectors) right before an event keyword on the same line: a series' name.
_SERIES_WORDS = re.compile(r"(?:(?<=[ \t(])|^)((?:[A-Z0-9][\w’'&.-]*[ \t]+(?:(?:of|for|the|and|on|&)[ \t]+)?){1,6})$")


def _series_before(text: str, kw_start: int) -> int | None:
    """Where the capitalised name ending at an event keyword starts ("the EU Clusters Talk", "our Green
    Deal Webinar"), without a sentence-opening word ("The"); None when no capitalised word precedes."""
    line_start = text.rfind("\n", 0, kw_start) + 1
    m = _SERIES_WORDS.search(text, max(line_start, kw_start - 80), kw_start)
    if m is None:
        return None
    start = m.start(1)
    for w in re.finditer(r"\S+", text[start:kw_start]):
        if w.group() not in NOT_NAME_START and not w.group()[:1].islower():
            return start + w.start()
    return None
