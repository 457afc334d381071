"""The meeting that a document's title line says it records (``pattern:event_minutes``).

Board notes, minutes and summaries name their meeting in a title line, not in a sentence, so neither
the name rules nor the dated-meeting rule sees it as one event. This rule covers the class of
title lines (the document's first lines, or an e-mail's "Subject:"):

- "<record noun> of / from the <meeting>": "NOTES OF THE 12th BOARD MEETING", "Subject: Minutes of
  the General Assembly of 4 May 2026", "Summary of the 38th meeting of the Board";
- "<meeting> – <record noun>": "Steering committee meeting – minutes", "Board meeting notes".

The name is the meeting phrase up to a date, a dash, a middle dot, a bracket or a comma ("Board meeting of 4 May
2026 (for approval)" → "Board meeting"); a meeting named by its number alone ("MINUTES OF THE 5TH
MEETING", "Minutes of the 3rd meeting · 14 January 2036") is the meeting of the body the title line
above names ("Working Group on Internationalisation", "Brno Orbit Days 2036 – Organising Committee":
after its last dash), when that line holds a group or body noun → "5th meeting of the Working Group on
Internationalisation"; its date is the one in the title line, else the first day
date in the next three lines ("Held on 25 November 2026", "Date: 3 March 2026") unless that line names
another meeting ("Next board meeting: 9 May") or is the "Date:" header of the e-mail whose "Subject:" the title is (the
day it was sent); without a date there is no event.

Another language's minutes are read alike with the labels of ``data/event_minutes_labels.csv`` (minutes or summary,
every language, the word joining the label to the meeting included): the label before the meeting, "Protokoll fra
styremøte 4/2034" → "Styremøte 4/2034", "Sammanfattning av årsmötet 2034", "Verbale della riunione del consiglio
direttivo", "Notulen van de algemene ledenvergadering", or after it, "Juhatuse koosoleku protokoll"; the meeting must
hold a meeting noun of the concepts of ``data/event_dated_meeting_concepts.txt`` ("Zusammenfassung der Studie" records
no meeting), and its date is looked for in the next three lines with words ("Tid: onsdag 15. mars 2033" under the
organisation's line). The words are in
``data/event_minutes_words.txt`` and ``data/event_meeting_heads.txt``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, data_table, phrase_alternation
from pipeline.extract.doc_cues import load_doc_cues
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.event_meeting_days import meeting_body_nouns
from pipeline.extract.event_nouns import foreign_event_nouns, meeting_nominative

_SPACE = r"[ \t]+"
_TITLE_LINES = 8  # the title is among the first lines (after a letterhead or e-mail headers)
_DATE_LINES = 3
_TOPIC = re.compile(r"\b(?:on|about|for|with|in|into|and)\b[^\n]*\b(?:meeting|assembly)", re.I)
_CUT = re.compile(r"[ \t]+(?:of|on|held)[ \t]+(?=\d|[A-Z][a-z]+[ \t]+\d)|[ \t]*(?:[–—(:,|·•]|[ \t]-[ \t])")


@lru_cache(maxsize=8)
def _patterns(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    sections = data_sections(data_dir / "event_minutes_words.txt")
    labels, after = sections.get("labels", []), sections.get("after", [])
    heads = list(data_lines(data_dir / "event_meeting_heads.txt")) + sections.get("heads", [])
    if not labels or not heads:
        return None
    head = phrase_alternation([h.lower() for h in heads])
    meeting = rf"(?P<meeting>[^\n]*?\b(?:{head})s?\b[^\n]*?)"
    lead = r"(?m:^)[ \t#*]*(?:Subject:[ \t]*)?"
    before = re.compile(rf"(?i:{lead}(?:{phrase_alternation(labels)})[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?{meeting})[ \t*]*$", re.M)
    # after a letterhead and a dash: "Nordwind Cluster e.V. – Board meeting notes"
    undashed = meeting.replace("[^\\n]", "[^\\n–—|]")
    tail = re.compile(rf"(?i:{lead}(?:[^\n]*?[ \t][–—|-][ \t]+)?(?:the[ \t]+)?{undashed}[ \t]*(?:[–—:-][ \t]*)?(?:{phrase_alternation(after)}))[ \t*]*$", re.M)
    # "Next board meeting: 9 May 2026" labels another meeting's date; "Casa do Rio meeting room, 14 May" does not
    return before, tail, re.compile(rf"(?i:\b(?:{head})s?\b[ \t]*[:–—-])")


@lru_cache(maxsize=8)
def _foreign_patterns(data_dir: Path) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """(a meeting noun, the title lines) of another language's minutes (``data/event_minutes_labels.csv``, not its
    "en" rows): the label before the meeting ("Protokoll fra styremøte 4/2034", "Sammanfattning av årsmötet 2034") or
    after it ("Juhatuse koosoleku protokoll"); the meeting must hold a noun of the concepts of
    ``data/event_dated_meeting_concepts.txt`` (``event_noun_concepts.csv``)."""
    rows = [r for r in data_table(data_dir / "event_minutes_labels.csv")[1] if r["language"] != "en"]
    concepts = set(data_lines(data_dir / "event_dated_meeting_concepts.txt"))
    forms = sorted({n.form for n in foreign_event_nouns(data_dir) if n.concept in concepts})
    if not rows or not forms:
        return None, ()
    noun = re.compile(rf"(?<![\w’'])(?i:{phrase_alternation(forms, _SPACE)})(?![\w’'-])")
    lead = r"(?m:^)[ \t#*]*(?:Subject:[ \t]*)?"
    out = []
    for side in ("before", "after"):
        labels = phrase_alternation([" ".join(r["form"].split()) for r in rows if r["side"] == side], _SPACE)
        if not labels:
            continue
        label = rf"(?i:{labels})"  # "minuti tal-Laqgħa": no space after a label that ends in a hyphen
        out.append(re.compile(rf"{lead}{label}(?:(?<=[-'’])|[ \t]+)(?P<meeting>[^\n]+?)[ \t*]*$" if side == "before"
                              else rf"{lead}(?P<meeting>[^\n]+?)[ \t]+{label}[ \t*]*$", re.M))
    return noun, tuple(out)


@lru_cache(maxsize=8)
def record_line(data_dir: Path) -> re.Pattern[str] | None:
    """A line opening with a record's label before "of / from" ("Minutes of the 3rd meeting · 14 January 2036",
    "Notes of the Board meeting, 4 May"): the record of a meeting, whose date is that meeting's."""
    labels = data_sections(data_dir / "event_minutes_words.txt").get("labels", [])
    return re.compile(rf"[ \t#*>]*(?:Subject:[ \t]*)?(?i:{phrase_alternation(labels)})[ \t]+(?i:of|from)[ \t]") if labels else None


@lru_cache(maxsize=8)
def _bodies(data_dir: Path) -> re.Pattern[str] | None:
    words = meeting_body_nouns(data_dir)
    return re.compile(rf"(?i:\b(?:{phrase_alternation(words)})\b)") if words else None


def _body_above(ctx: DocContext, start: int, data_dir: Path) -> str | None:
    """The body a title line above names, for minutes titled by the meeting's number alone: "Working Group
    on Internationalisation" / "MINUTES OF THE 5TH MEETING", "Brno Orbit Days 2036 – Organising Committee" /
    "Minutes of the 3rd meeting · 14 January 2036": the part after the last dash of the nearest non-empty
    line above, when it holds a body of ``data/event_meeting_groups.txt`` or ``data/event_meeting_bodies.txt``."""
    bodies = _bodies(data_dir)
    above = [line.strip(" \t#*") for line in ctx.text[:ctx.text.rfind("\n", 0, start) + 1].split("\n")[:-1]]
    line = next((x for x in reversed(above) if x), None)
    if bodies is None or line is None:
        return None
    part = re.split(r"[ \t]+[–—|-][ \t]+", line)[-1].strip()
    return part if bodies.search(part) and len(part.split()) <= 8 and not re.search(r"\d", part) else None


def _line(text: str, offset: int) -> str:
    return text[text.rfind("\n", 0, offset) + 1:(text.find("\n", offset) + 1 or len(text) + 1) - 1]


def minutes_events(ctx: DocContext, lex: EventLexicon, data_dir: Path) -> list[Candidate]:
    """The meeting a title line of notes or minutes names (``pattern:event_minutes``; see the module doc)."""
    patterns = _patterns(data_dir)
    if patterns is None:
        return []
    *finders, heads = patterns
    noun, foreign = _foreign_patterns(data_dir)
    cues = load_doc_cues(data_dir)
    lines = ctx.text.split("\n")
    top = sum(len(line) + 1 for line in lines[:_TITLE_LINES])
    for pattern in [*finders, *foreign]:
        m = pattern.search(ctx.text, 0, top)
        if m is None:
            continue
        raw = m.group("meeting")
        if pattern in foreign and (noun is None or not noun.search(raw)):
            continue  # "Zusammenfassung der Studie": a record of no meeting
        cut = _CUT.search(raw)
        raw = raw[:cut.start()] if cut else raw
        name = clean_event_name(raw)
        name = meeting_nominative(name, data_dir) if pattern in foreign else name  # "Protokół z Walnego Zgromadzenia"
        if not name or len(name.split()) > 10 or _TOPIC.search(raw):
            continue  # "Summary of the study on cluster meetings": a topic, not a meeting
        if re.sub(r"\d+(?:st|nd|rd|th)\b", "", raw).upper() == re.sub(r"\d+(?:st|nd|rd|th)\b", "", raw):
            name = " ".join(w if w[:1].isdigit() else w.capitalize() for w in name.split())  # "31st BOARD MEETING"
        start = m.start("meeting")
        line_end = ctx.text.find("\n", m.end())
        below = ctx.text.find("\n", line_end + 1) if line_end >= 0 else -1
        for _ in range(_DATE_LINES - 1):
            below = ctx.text.find("\n", below + 1) if below >= 0 else -1
            while pattern in foreign and 0 <= below and ctx.text[below + 1:below + 2] == "\n":
                below += 1  # another language's minutes: three lines with words ("Tid: tirsdag 19. september 2034")
        mail = cues.email_header.match(_line(ctx.text, m.start("meeting")))  # "Subject: Minutes of …": its "Date:" is the sending day
        date = next((d for d in ctx.dates_between(start, m.end()) if d.precision == "day"), None) or next(
            (d for d in ctx.dates_between(m.end(), below if below >= 0 else len(ctx.text))
             if d.precision == "day" and not heads.search(_line(ctx.text, d.start))
             and not (mail and cues.email_date.match(_line(ctx.text, d.start)))), None)
        if date is None:
            continue  # no date, or the date of another meeting below ("Next board meeting: 9 May"): which meeting?
        if [w.lower() for w in name.split() if not ordinal_value(w)] == ["meeting"] \
                and (body := _body_above(ctx, start, data_dir)) is not None:
            name = f"{name} of the {body}"  # "Minutes of the 3rd meeting" under the committee's name: which committee
        hit = lex.lookup(name.lower().split()[-2:]) or lex.lookup(name.lower().split()[-1:])
        return [Candidate(start, start + len(raw.rstrip()), name[:1].upper() + name[1:], "pattern:event_minutes",
                          hit[0] if hit else None, hit[1] if hit else "other", dates=date)]
    return []
