"""Earlier editions of a series recounted in a sentence of its history (``pattern:event_series_history``).

A page about one edition of a series often tells how the series began and where it went since, in running
text rather than in a list of editions:

    The summit was first held in 2031 in Ghent (200 participants), then in 2032 in Lille and in 2033 in Arras.
    The forum started in 2030 in Varna and has since been held in Ruse (2031) and Sofia (2032).
    The Tatra Wood Days started in 2027 as a webinar; the first edition on site was held in Poprad in 2028.
    Since then, the event has moved around the region: Žilina (2029), Martin (2030) and Nitra (2031).

A sentence with a phrase of ``data/event_history_cues.txt`` and an event noun before its first place and year
(an event keyword of ``data/event_keywords.txt``, or a word of the document's title: "The school" of a page
titled "Summer School on ...") is about the series; each "<Place> (<year>)", "in <Place> in <year>" and
"<year> in <Place>" in it is an earlier edition, dated by its year and placed at the place (a month is no
place). The edition is named after the series when the sentence opens with its capitalised name ("The Tatra
Wood Days started ..."), else after the event the document is about (``main_edition``: ``events`` names it).
A year with no place ("The forum started in 2030") names no edition, nor does a sentence about an
organisation ("The cluster was launched in 2019 in Graz": no event noun), nor one about the coming edition whose
history is a clause in it ("The Forum, first held in Porto in 2021, will take place in Seville": a phrase of the
file's ``[current edition]`` section after the last place and year).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.date_patterns import MONTH
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_edition_years import edition_noun_forms
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

RULE = "pattern:event_series_history"
_UP = "A-ZÀ-ÖØ-ÞĆČĐŁŚŠŹŻŽŐŰ"
_PLACE = rf"(?!{MONTH}\b)[{_UP}][\w’'.-]+(?:[ \t][{_UP}][\w’'.-]+)?"
_YEAR = r"(?:19|20)\d\d"
# "Ruse (2031)", "in Ghent in 2031", "2031 in Ghent"
_PLACE_YEAR = re.compile(rf"(?P<p1>{_PLACE})[ \t]*\((?P<y1>{_YEAR})\)|\bin[ \t]+(?P<p2>{_PLACE})[ \t]+in[ \t]+(?P<y2>{_YEAR})\b"
                         rf"|\b(?P<y3>{_YEAR})[ \t]+in[ \t]+(?P<p3>{_PLACE})")
# the series' capitalised name opening the sentence: "The Tatra Wood Days started in 2027"
_SUBJECT = re.compile(rf"[ \t\n]*(?:The[ \t]+)?(?P<name>[{_UP}][\w&’'-]*(?:[ \t]+[{_UP}][\w&’'-]*){{1,6}})[ \t]+(?:was|were|has|have|[a-z]+ed)\b")


@lru_cache(maxsize=8)
def _cue_sections(data_dir: Path) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """(the history phrases, the phrases of a sentence about the coming edition, the history phrases of the other
    languages) of ``event_history_cues.txt``."""
    sections = data_sections(data_dir / "event_history_cues.txt")
    out = []
    for name in ("names", "current edition", "other languages"):
        cues = phrase_alternation((" ".join(c.split()) for c in sections.get(name, [])), space=r"\s+")
        out.append(re.compile(rf"(?i:\b(?:{cues})\b)") if cues else None)
    return out[0], out[1], out[2]


def _event_noun(ctx: DocContext, lex: EventLexicon, text: str, data_dir: Path | None = None) -> bool:
    """True when ``text`` holds an event keyword, an edition noun of any language or a word of the document's title
    (its first block)."""
    title = ctx.text[ctx.blocks[0].start:ctx.blocks[0].end].lower() if ctx.blocks else ""
    words = re.findall(r"[^\W\d_][\w-]*", text)
    editions = edition_noun_forms(data_dir)
    return any(lex.lookup([w]) or w.lower() in editions
               or len(w) > 3 and re.search(rf"\b{re.escape(w.lower())}\b", title) and w.lower() != "cluster"
               for w in words)


def _series_noun(lex: EventLexicon, text: str) -> str | None:
    """The last event keyword of ``text`` ("… edycje forum odbyły się …" → "forum"), the word the series is named by,
    without up to three letters of its case or number ending (at least five letters kept: "klusterdagar" →
    "klusterdag", which "Klusterdagen" holds)."""
    nouns = [w for w in re.findall(r"[^\W\d_][\w-]*", text) if lex.lookup([w])]
    return nouns[-1][:max(5, len(nouns[-1]) - 3)] if nouns else None


def history_editions(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None) -> list[Candidate]:
    """Earlier editions of a series named with their place and year in a sentence of its history (see the module doc)."""
    cues, current, other = _cue_sections(data_dir) if data_dir else (None, None, None)
    out: list[Candidate] = []
    done: set[int] = set()
    found = [(c, False) for c in (cues.finditer(ctx.text) if cues is not None else ())]
    found += [(c, True) for c in (other.finditer(ctx.text) if other is not None else ())]
    for cue, foreign in sorted(found, key=lambda f: f[0].start()):
        start, end = ctx.sentence(cue.start(), cue.end())
        if start in done:
            continue
        done.add(start)
        pairs = list(_PLACE_YEAR.finditer(ctx.text, start, end))
        if not pairs or not _event_noun(ctx, lex, ctx.text[start:pairs[0].start()], data_dir):
            continue
        if current is not None and current.search(ctx.text, pairs[-1].end(), end):
            continue  # "The Forum, first held in Porto in 2021, will take place in Seville": about the coming edition
        subject = _SUBJECT.match(ctx.text, start)
        series = subject.group("name") if subject and subject.end("name") <= cue.start() and (
            lex.lookup(subject.group("name").split()[-1:]) or lex.lookup(subject.group("name").split()[-2:])) else None
        for py in pairs:
            k = next(k for k in "123" if py.group("p" + k))
            place, y = py.group("p" + k), int(py.group("y" + k))
            if lex.lookup([place.split()[-1]]):
                continue  # "Cluster Days (2029)": an event named with its year, no place
            city, country = gaz.place(place)
            date = DateMention("", py.start("y" + k), py.end("y" + k), py.group("y" + k), dt.date(y, 1, 1), dt.date(y, 12, 31),
                               "year", RULE)
            span = (min(py.start("p" + k), py.start("y" + k)), max(py.end("p" + k), py.end("y" + k)))
            cand = Candidate(*span, f"{series} {y}" if series else f"{place} edition", RULE, None, "other", dates=date,
                             city=city, country=country, main_edition=series is None)
            if foreign and series is None:
                # another language's history: of the page's event when the block names it, else of the event the block
                # names before it; a noun of the sentence must be that event's
                cand.series_word = _series_noun(lex, ctx.text[start:pairs[0].start()])
                cand.in_main_block = True
            cand.year = y
            out.append(cand)
    return out
