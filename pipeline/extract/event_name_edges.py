"""The edges of every candidate event name, checked once after all finders have run (``event_candidates``):

- ``a name cut in mid-phrase`` ends before its dangling words: "a round table and a side event" read as
  "round table and a" is the "round table"; "the Council meeting to be confirmed" is the "Council meeting";
  a descriptive phrase stopped at "under" or "for" ends before it. A name that ends in the first half of
  a word broken at a line ("a workshop on digi- tal leak detection") is dropped: what it is about is lost;
  a name that opens with the second half of one ("mem- Study trip to the port") starts after it;
- ``a name after a breadcrumb trail`` ("Home / Events / Alpine Timber Summit") is the trail's last step;
- ``a facility named by an event word``: a capitalised name with a word of ``data/event_org_heads.txt``
  ("Lab", "Clinic") and no topic or date after it ("Fyn Food Lab", "Silicon Austria Labs", "the Marine
  Robotics Lab of the University of Split") is a place of work or a company; "Clusters Lab on Circular Timber
  Construction", a lab with its quoted title and "the Circular Design Lab on 4 May" are events;
- ``a fairground named by its town``: a capitalised name of at most three words with a fairground word
  (``[town]`` of ``data/event_venue_keywords.txt``) right before a known town ("Messe Berlin", "International
  Fair Plovdiv", "Incheba Expo Bratislava") is where an event is held, unless it holds a listed trade fair or
  a year; the town first is a fair's own name ("during the Hamburg Messe", "Hannover Messe");
- ``a field label before the name``: a name that opens with a form's or a calendar's field label and a colon
  ("Event: Alpine Wood Days", "What: the Baltic pavilion at the fair") starts after it; one whose label says
  what kind of event it is ("Event type: matchmaking, conference") or which day of a programme ("Day 2 –
  Tuesday, 4 May: Plenary", read as "Day: Plenary") names no event and is dropped;
- ``a job title built on an event word`` ("Lucía Ortega, Trade Fairs Officer", "Events & Communication
  Officer", "President of the General Assembly of the County") is a person's post, never an event;
- ``a name run across a sentence end``: a name read over a full stop into the next sentence ("The Chair
  closed the meeting at 16.35. Next board meeting: 10 June", "a dinner at the Maritime Museum. Day 2 runs
  ...") is the last of its sentences that has an event word and two words or more ("Next board meeting");
  none: no event. An abbreviation or initial ("Dr.", "e.V."), a list number ("2. Thüringer Leichtbautag"), a
  full stop before a figure ("meeting nr. 5") and, in a title that opens in capitals, a question mark ("Who pays for the bark? Prices and contracts")
  end no sentence; after a name that opens in lower case, in prose, it does ("our next mission? Write to
  ...");
- ``a record's title``: a name holding a record noun of ``data/event_minutes_words.txt`` before "of the
  <meeting>" ("PhotonLake – Minutes of the General Assembly 2031" as a page header, "Summary of the General
  Assembly 2031" as a news link) names the minutes, not the meeting (the title line of the minutes is
  :mod:`event_minutes`' own);
- ``a lead-in before "for the"``: a name "<words without an event word> for the <name with one>", no dash
  or colon in it ("Palais des Congrès de Liège for the 6th LogiWal Awards", "Registration for the Italian
  Cluster Day") is the name after "for the": the lead-in says where it is held or what concerns it, and no
  other name is read across it ("a delegation to the Czech Republic for the CEE Recycling Summit");
- ``an organiser's calendar``: a name whose only event word is a plural of ``[calendar word]`` ("Events of the
  Alpine Wood Cluster", "Baltic Photonics Platform Events") names the events of an organiser or a page, not one
  event ("Side Events for ..." has "side event", "Awards and Side Events" an award);
- ``a name glued across timed rows`` and ``a name cut inside a parenthesis`` (:mod:`event_name_rows`): "Lunch⏎14:00
  Round table" read as one name is no event, "B2B meetings⏎10:00 Tasting ..." is "B2B meetings"; "the closing
  conference (Multiplier Event" runs to its ")" a few words on, a name cut inside a note in parenthesis is dropped.

The words are in ``data/event_name_edges.txt`` (the facility words in ``data/event_org_heads.txt``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_fair_list import listed_fair
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_model import name_keyword
from pipeline.extract.event_name_rows import row_and_parenthesis_edges
from pipeline.extract.event_org_heads import load_event_org_heads
from pipeline.extract.places import Gazetteer
from pipeline.extract.span_index import SpanIndex
from pipeline.segment import split_sentences

_BROKEN_END = re.compile(r"[A-Za-zÀ-ž]-$")  # "workshop on digi-": a word broken at a line end
_BROKEN_START = re.compile(r"^[a-zà-ž]+-[ \t]+(?=[A-Z])")  # "mem- Study trip": the rest of the line above's word
_AFTER_JOB = re.compile(r"(?:[ \t]*(?:&|and)[ \t]+[A-Z][\w-]*)?[ \t\n]+(?P<job>[\w-]+)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PARTICIPLE_END = re.compile(r",[ \t]+[a-z]+ed$")
_QUOTE_END = re.compile(r"[\"”’'»]\s*$")
_LABEL = re.compile(r"^[ \t*]*(?P<label>[A-Za-z][A-Za-z ]{0,24}?)[ \t*]*:[ \t*]*")  # "Event:", "**Event type:**"


@dataclass(frozen=True)
class NameEdges:
    dangling: frozenset[str]  # words that cannot end a name
    breadcrumb: frozenset[str]  # first steps of a breadcrumb trail
    jobs: frozenset[str]  # job titles an event word can be a post of
    fairground: frozenset[str] = frozenset()  # words that beside a town name a fairground ("Messe Berlin")
    field_label: frozenset[str] = frozenset()  # a field label before a name ("Event: ...")
    no_name_label: frozenset[str] = frozenset()  # a field label whose value is no name ("Event type: ...")
    record: re.Pattern[str] = re.compile("(?!)")  # "Minutes of the General Assembly": a record's title
    lead_in: re.Pattern[str] = re.compile("(?!)")  # "<lead-in> for the <name>"
    calendar: frozenset[str] = frozenset()  # "events": a name with no other event word is a calendar


@lru_cache(maxsize=8)
def load_name_edges(data_dir: Path) -> NameEdges:
    """The sections of ``data/event_name_edges.txt`` and the ``[town]`` words of ``data/event_venue_keywords.txt``,
    read once."""
    sections = data_sections(data_dir / "event_name_edges.txt")

    def words(key: str) -> frozenset[str]:
        return frozenset(" ".join(w.lower().split()) for w in sections.get(key, []))
    venues = frozenset(w.lower() for w in data_sections(data_dir / "event_venue_keywords.txt").get("town", []))
    minutes = data_sections(data_dir / "event_minutes_words.txt")
    heads = [*data_lines(data_dir / "event_meeting_heads.txt"), *minutes.get("heads", [])]
    sp = r"[ \t]*\n?[ \t]*"
    record = re.compile(rf"(?i:\b(?:{phrase_alternation(minutes.get('labels', []), space=sp)})\s+(?:of|from)\s+(?:the\s+)?"
                        rf"(?:[^\n]*?\s)??(?:{phrase_alternation(heads, space=sp)})s?\b)")
    connectors = phrase_alternation(sections.get("lead-in connector", []), space=r"\s+")
    lead_in = re.compile(rf"(?P<lead>[^–—:|]+?)\s+(?:{connectors})\s+(?P<name>[A-Z0-9][^–—:|]*)")
    return NameEdges(words("dangling end"), words("breadcrumb root"), words("job word"), venues,
                     words("field label"), words("no name label"), record, lead_in, words("calendar word"))


_APPOSITION = re.compile(r",[ \t]+an?[ \t]+(?P<words>(?:[\w-]+[ \t]+){0,2}[\w-]+)")  # ", a two-day workshop"
_TOPIC_AFTER = re.compile(r"[ \t]*(?:[\"“„«:–—]|-[ \t])")  # a quoted title, a colon or a dash with the topic


def facility(ctx: DocContext, lex: EventLexicon, heads: frozenset[str], m: Candidate) -> bool:
    """True when a capitalised name (``pattern:event_name``) holds an organisation head word (``heads``: "lab")
    with no topic after it (not "on" or "for" in the name, nor a quote, a colon or a dash right after the name),
    no date right after it ("the Circular Design Lab on 4 May 2025") and no event word in an apposition ("the
    Smart Farming Lab, a two-day workshop"); a number sign after it numbers an instalment of a series, not a
    facility ("Data Sharing Clinic #4": :mod:`pipeline.extract.event_episodes`)."""
    if m.rule != "pattern:event_name":
        return False
    words = [w.strip(",;:()").lower() for w in m.name.split()]
    at = [i for i, w in enumerate(words) if w in heads]
    if not at:
        return False
    rest = words[at[-1] + 1:]
    if rest:
        return rest[0] not in ("on", "for") and not re.fullmatch(r"#\d{1,3}", rest[0])
    apposition = _APPOSITION.match(ctx.text, m.end)
    return (_TOPIC_AFTER.match(ctx.text, m.end) is None and not ctx.dates_between(m.end, m.end + 12)
            and not (apposition and any(lex.lookup([w]) for w in apposition.group("words").split())))


def fairground(text: str, gaz: Gazetteer, words_beside: frozenset[str], data_dir: Path, m: Candidate) -> bool:
    """True when a capitalised name (``pattern:event_name``) of at most three words has a fairground word
    (``words_beside``) right before a known town, no year and no listed trade fair in it (see the module doc)."""
    raw = " ".join(text[m.start:m.end].split())
    words = raw.split()
    if m.rule != "pattern:event_name" or len(words) > 3 or _YEAR.search(raw) or listed_fair(data_dir, raw, whole=False):
        return False
    for i, w in enumerate(words):
        if w.lower() in words_beside:
            after = [" ".join(words[i + 1:i + 1 + k]) for k in (1, 2) if len(words) >= i + 1 + k]
            if any(gaz.place(t)[0] is not None for t in after):
                return True
    return False


def job_post(text: str, lex: EventLexicon, edges: NameEdges, m: Candidate) -> bool:
    """True when the name is a job title built on an event word: the word after it (perhaps after "& Word")
    is a job and the name ends in an event word ("Beatriz Pinto Events & Communication Officer"), the name
    ends in a job after an event word ("Trade Fairs Officer"), or opens with a job and "of" ("President of the
    General Assembly of ...")."""
    words = [w.strip(",;:()") for w in m.name.split()]
    if len(words) >= 2 and words[0].lower() in edges.jobs and words[1].lower() == "of":
        return True
    if words and words[-1].lower() in edges.jobs and any(lex.lookup([w]) for w in words[-4:-1]):
        return True
    after = _AFTER_JOB.match(text, m.end)
    return bool(words) and after is not None and after.group("job").lower() in edges.jobs and lex.lookup([words[-1]]) is not None


def without_label(name: str, edges: NameEdges) -> str | None:
    """The name after a field label that holds it ("Event: Alpine Wood Days" is "Alpine Wood Days"); None
    when the label's value names no event ("Event type: ...", "Day: Plenary"); else the name as it is."""
    label = _LABEL.match(name)
    if label is None:
        return name
    key = " ".join(label.group("label").lower().split())
    if key in edges.no_name_label:
        return None
    return name[label.end():] if key in edges.field_label and name[label.end():].strip() else name


def tidy_name(name: str, edges: NameEdges, quoted: bool = False, lead: str = "") -> str | None:
    """The name without a field label (:func:`without_label`), a breadcrumb trail (which may open on its line
    before it, ``lead``), a broken word's second half before it and dangling words after it (not those of a
    quoted title); None when it ends in a broken word's first half or its label's value names no event."""
    name = without_label(name, edges)
    if name is None:
        return None
    steps = [s.strip() for s in (lead.lstrip() + name).split(" / ")]
    if len(steps) > 1 and steps[0].lower() in edges.breadcrumb and steps[-1]:
        name = steps[-1]
    name = _BROKEN_START.sub("", name)
    if _BROKEN_END.search(name):
        return None
    if quoted:
        return name
    words = name.split()
    cut = False
    while len(words) > 1 and words[-1].lower().strip(",;:") in edges.dangling:
        words.pop()
        cut = True
    name = " ".join(words)
    if cut:  # "Study visit to the port, hosted by": the participle that needed its "by" goes with it
        name = _PARTICIPLE_END.sub("", name)
    return name.rstrip(" ,;:–-") or None


# A sentence end inside a name that ends no sentence: a list number ("2. Thüringer Leichtbautag"), an initialism
# with its own full stops ("U.S.", "e.V."; other abbreviations are ``split_sentences``' own); nor does one
# before a figure ("Steering Committee meeting nr. 5")
_LIST_NUMBER = re.compile(r"[\W\d]*")
_INITIALISM = re.compile(r"(?:\b\w\.){2,}[\"'”’)]*$")


def sentence_part(text: str, lex: EventLexicon, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the part of the name ``text[start:end]`` that names the event when the name runs across a
    sentence end: its last sentence with an event keyword and two words or more; the name itself when it
    crosses no sentence end; None when no sentence of it names an event (see the module doc)."""
    pieces = split_sentences(text, start, end)
    if len(pieces) < 2:
        return start, end
    in_prose = text[start:start + 1].islower()
    parts = [[pieces[0].start, pieces[0].end]]
    for piece in pieces[1:]:
        before = text[parts[-1][0]:parts[-1][1]]
        mark = before.rstrip("\"'”’)")[-1:]
        opens = text[piece.start:piece.end].lstrip("\"“'‘(")[:1]
        if (_LIST_NUMBER.fullmatch(before) or _INITIALISM.search(before) or (mark in "?!" and not in_prose)
                or not opens.isupper()):
            parts[-1][1] = piece.end  # no sentence end: the name goes on
        else:
            parts.append([piece.start, piece.end])
    if len(parts) == 1:
        return start, end
    for a, b in reversed(parts):
        b = a + len(text[a:b].rstrip(" \t\n.!?"))
        if len(text[a:b].split()) >= 2 and name_keyword(lex, text[a:b]) is not None:
            return a, b
    return None


def calendar_name(lex: EventLexicon, edges: NameEdges, name: str) -> bool:
    """True when the name's only event words are calendar words ("Events of the Alpine Wood Cluster"; see the
    module doc)."""
    words = [w.strip("“”\",:;?!()") for w in name.split()]
    hits = [(j, hit[0]) for j in range(len(words)) if (hit := keyword_at(lex, words, j))]
    return bool(hits) and all(n == 1 and words[j].lower() in edges.calendar for j, n in hits)


def lead_in_start(text: str, lex: EventLexicon, edges: NameEdges, m: Candidate) -> int:
    """Where the name starts after a lead-in without an event word before "for the" (see the module doc);
    ``m.start`` when there is none."""
    found = edges.lead_in.fullmatch(text, m.start, m.end)
    if found is None or name_keyword(lex, found.group("lead")) is not None or name_keyword(lex, found.group("name")) is None:
        return m.start
    return found.start("name")


def tidy_candidates(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, candidates: list[Candidate],
                    data_dir: Path | None) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """(every candidate with its name's edges tidied (see the module docstring), the spans of the job titles,
    facilities, fairgrounds, records' titles and names ending in a broken word, dropped: no other finder's name
    may be read inside them)."""
    if data_dir is None:
        return candidates, []
    edges = load_name_edges(data_dir)
    heads = load_event_org_heads(data_dir)
    out: list[Candidate] = []
    dropped: list[tuple[int, int]] = []
    minutes = SpanIndex((m.start, m.end) for m in candidates if m.rule == "pattern:event_minutes")
    for m in candidates:
        if not m.name or m.anaphor:
            out.append(m)
            continue
        if job_post(ctx.text, lex, edges, m) or facility(ctx, lex, heads, m) or fairground(ctx.text, gaz, edges.fairground, data_dir, m):
            dropped.append((m.start, m.end))
            continue
        if m.rule != "pattern:event_minutes" and edges.record.search(ctx.text, m.start, m.end):
            if not minutes.overlaps(m.start, m.end):  # the minutes' own title line names its meeting
                dropped.append((m.start, m.end))
            continue  # "Minutes of the General Assembly 2031": a record's title, not the meeting
        if calendar_name(lex, edges, m.name):
            continue  # "Events of the Alpine Wood Cluster": an organiser's calendar, not one event
        part = sentence_part(ctx.text, lex, m.start, m.end)
        if part is None:
            continue  # "a dinner at the Maritime Museum. Day 2": no sentence of it names an event
        start = lead_in_start(ctx.text, lex, edges, m) if part == (m.start, m.end) else part[0]
        if part == (m.start, m.end) and start != m.start:
            dropped.append((m.start, start))  # the lead-in leads to this event: no name of its own is read across it
        if (start, part[1]) != (m.start, m.end):
            m.start, m.end, m.name = start, part[1], clean_event_name(ctx.text[start:part[1]])
        if not row_and_parenthesis_edges(ctx.text, lex, m):
            continue  # "Lunch⏎14:00 Round table": timetable rows glued, no event word before them
        lead = ctx.text[ctx.text.rfind("\n", 0, m.start) + 1:m.start]
        name = tidy_name(m.name, edges, _QUOTE_END.search(ctx.text[m.start:m.end]) is not None, lead)
        if name is None:
            dropped.append((m.start, m.end))
            continue
        m.name = name
        out.append(m)
    return out, dropped
