"""Events: named conferences, forums, cluster weeks, matchmaking events, talks, webinars, ... with dates,
place, organisers and edition.

Where names come from (the ``rule`` column says which):

- ``pattern:event_name``: a capitalised phrase containing an event keyword from
  ``data/event_keywords.txt`` ("European Cluster Conference", "Future Week Denmark", "EU Clusters
  Talk", "Side Events for European Cluster Partnerships"); the keyword must follow a capitalised
  modifier or open the name with a complement ("Side Event for ...").
- ``pattern:event_lower``: a capitalised modifier, up to two lower-case words and a keyword marked
  ``any`` ("EEN matchmaking event", "Romanian cluster week"); coordinated modifiers give one event
  each ("German, French and Romanian cluster weeks").
- ``pattern:event_trigger``: the phrase after an announcement trigger (``data/event_triggers.txt``:
  "Register for X, Berlin, on ...").
- ``pattern:announcement``: a title followed by "Date: ..." / "Location: ..." lines
  (:mod:`pipeline.extract.event_announcements`).
- ``pattern:event_anaphor``: "the Conference", "the Forum" → the latest named event with that keyword.
- ``pattern:event_edition_row``, ``pattern:event_place_row``, ``pattern:event_past_editions``: lists of
  editions one a line (a title or only a place with the date), and "previous editions took place in X
  (2024)" (:mod:`pipeline.extract.event_lists`, :mod:`pipeline.extract.event_series_rows`).
- ``pattern:event_generic``: a generic event noun and its complement in a dated or placed sentence
  ("a round table on access to export markets") (:mod:`pipeline.extract.event_generic`).
- ``pattern:event_meeting``: a meeting noun alone with its date right beside it ("the next General
  Assembly will take place on 20 October", "the 9th Board meeting (Tartu, 3 March 2026)")
  (:mod:`pipeline.extract.event_meetings`); ``pattern:event_year_row``: rows of a "Previous editions"
  list or table that open with a year or an ordinal, each an edition of the page's series
  (:mod:`pipeline.extract.event_series_rows`).
- ``pattern:event_meeting_days``: the days a body is said to meet, listed ("The Committee meets quarterly: 2
  February, 4 May and 7 September"), one meeting a day (:mod:`pipeline.extract.event_meeting_days`);
  ``pattern:event_numbered_row``, ``pattern:event_meeting_table_row``: meetings listed by their number, one a line
  ("PM2 Brno (CZ), 12–13 September 2028") or a table row (:mod:`pipeline.extract.event_numbered_rows`, :mod:`pipeline.extract.event_meeting_tables`);
  ``pattern:event_foreign_meeting``: a meeting noun of another language dated beside it ("l'assemblea generale
  del 12 maggio") (:mod:`pipeline.extract.event_foreign_meetings`).
- ``pattern:event_session_item``: the dated items of a list of info sessions or information days under a plural
  heading, each one session named by the noun and its place (:mod:`pipeline.extract.event_session_items`).
- ``pattern:event_report_title``: the title under a report page's label ("Webinar recap: <Title>", "WORKSHOP
  REPORT" over the title line) names the event the page reports on (:mod:`pipeline.extract.event_report_titles`).
- ``pattern:event_page_title``: the page's own event named only by its title, "<Name> <year>" with no event word,
  over a header line that dates it in that year ("Danube Auto Meet 2033" / "Tuesday, 24 May 2033 · Incheba Expo
  Bratislava") (:mod:`pipeline.extract.event_page_titles`).
- ``pattern:event_series_place``: an edition of a listed series whose name holds no event word, named with its
  place ("Clusters meet Regions – Košice") (:mod:`pipeline.extract.event_series_places`).
- ``pattern:event_quoted``, ``pattern:event_titled``, ``pattern:event_labelled``, ``pattern:event_described``,
  ``pattern:event_series``, ``pattern:event_next``: quoted titles after a keyword, "Webinar: Title"
  calendar lines, descriptive lower-case phrases with their date ("a follow-up webinar on X will take
  place on ..."), other editions of a named event ("the third workshop", "its first edition, held
  ...") and the next one ("the next edition of the conference will take place in ..."); see
  :mod:`pipeline.extract.event_phrases`.

Attributes (:mod:`pipeline.extract.event_attributes`): a date in the same sentence right after the name (or the only event of a sentence that
starts with a date, or the date line right below an entry's name: "Days –" / "15–16 May 2023, Bari",
"Tue 3 June 2025"); for a title line over a key-value header, its "Date" / "When" row
(:mod:`pipeline.extract.event_key_values`); for a title in a heading, the first day date of its section; for an undated event
in a section whose heading gives one day ("MATCHMAKING DAY (13 MARCH)"), that day. Never a
publication date ("Report published on ...", a news dateline "Brussels, 4 March 2024 – The ...",
whose place is not the event's either) nor a deadline ("until / by / before ..."). An undated event
held "during / at / as part of" another takes the host's date ("the side event for founders during the
Harbour Days in Kiel on 3 May"). Place from a
"Location:" / "Venue:" line (its known city and country), a gazetteer city/country in the sentence,
or the name ("Future Week Denmark"); organisers after "(co-)organised by"; edition from "the 7th
edition of", "the third X".

Mentions of one event in a document share one name: mentions are grouped by their folded content
words ("EU" = "European", plurals folded); a shorter name contained in exactly one longer one of
the same keyword joins it, also when the shorter comes first (``_absorb_contained``); a year or edition that contradicts a group starts a new one. The group's name is its fullest
surface form, with the edition as an ordinal word ("Third European Cluster Policy Forum") or the
year ("European Cluster Conference 2019") so that events with the same series name stay apart.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.data_files import data_lines, data_sections, data_table, phrase_alternation

from pipeline.extract.date_calendar_rows import CALENDAR_ROW_RULE
from pipeline.extract.event_lexicon import fold_tokens, load_event_lexicon, ordinal_value, ordinal_word
from pipeline.extract.event_attributes import attach_event_attributes
from pipeline.extract.event_candidates import find_candidates
from pipeline.extract.event_moved_dates import without_moved_from
from pipeline.extract.event_weekdays import WEEKDAY_RULE
from pipeline.extract.event_year_editions import RULE as YEAR_EDITION_RULE
from pipeline.extract.event_context import Candidate, DocContext, spelled_out
from pipeline.extract.event_day_names import days_in_names
from pipeline.extract.event_group_dates import anaphor_days_in_year, joined_days
from pipeline.extract.places import Gazetteer, load_gazetteer
from pipeline.extract.rules import Rules
from pipeline.extract.statement_parts import UPPER
from pipeline.records import Block, DateMention, EventMention, SegmentedDocument

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written in a name
_QUOTED_TITLE = re.compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|\"[^\"]*\"")
_EDITION_BEFORE = re.compile(r"(?P<ord>\w+)\s+(?:edition|meeting|session|instalment)\s+of\s+(?:the\s+)?$", re.I)


_YEAR_END = re.compile(r"\b((?:19|20)\d\d)[ \t]*\n?[ \t]*$")
_WORD_END = re.compile(r"(\w+)[ \t]*\n?[ \t]*$")


# --------------------------------------------------------------------------------------------
# editions and series (date, place and organisers: pipeline.extract.event_attributes)
# --------------------------------------------------------------------------------------------
def _edition_and_base(ctx: DocContext, m: Candidate) -> None:
    """Edition from a leading ordinal or "the 7th edition of"; the written year; tokens for grouping."""
    words = m.name.split()
    if words and ordinal_value(words[0]) and len(words) > 1:
        m.edition = ordinal_value(words[0])
        m.name = " ".join(words[1:])
    before = ctx.text[max(0, m.start - 60):m.start]
    eb = _EDITION_BEFORE.search(before)
    if eb and ordinal_value(eb.group("ord")):
        m.edition = m.edition or ordinal_value(eb.group("ord"))
    else:
        prev = _WORD_END.search(before)
        if prev and ordinal_value(prev.group(1)):
            m.edition = m.edition or ordinal_value(prev.group(1))
        lead = _YEAR_END.search(before)  # "the 2019 EU Cluster Conference"
        if lead and m.rule == "pattern:event_name":
            m.year = int(lead.group(1))
    # a year inside a quoted title is the title's ('Breakfast "Customs 2040"', 'seminar "Batteries beyond 2035"'):
    # it stays in the name and is not the event's year
    titled = {y for q in _QUOTED_TITLE.finditer(ctx.text, m.start, m.end) for y in _YEAR.findall(q.group())}
    years = [y for y in _YEAR.finditer(m.name) if y.group() not in titled]
    if years:
        m.year = int(years[-1].group())
        kept = [y.span() for y in years]
        m.name = " ".join(_YEAR.sub(lambda y: " " if y.span() in kept else y.group(), m.name).split()).strip(" –-,")
    m.tokens = fold_tokens(m.name)[0]


def _without_named_years(kept: list[Candidate]) -> list[Candidate]:
    """Without an edition by "the <year> edition" (``pattern:event_year_edition``) when another event of the document
    with the same keyword and another name is dated in that year ("Smart Factory Days Udine, October 2031" beside "The
    2031 edition will take the series to Udine"): that event is the edition, named by another rule."""
    years: dict[str | None, set[tuple[frozenset[str], int]]] = {}
    for p in kept:
        if not p.main_edition and not p.anaphor:
            years.setdefault(p.keyword, set()).update((p.tokens, y) for y in _mention_years(p))
    return [m for m in kept if m.rule != YEAR_EDITION_RULE or not any(
        y == m.year and tokens != m.tokens for tokens, y in years.get(m.keyword, ()))]


_SERIES_RULES = ("pattern:event_series", "pattern:event_next")


def _series_of(ctx: DocContext, m: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The named event an edition phrase belongs to (see ``_continue_series``)."""
    named = [p for p in earlier if not p.anaphor and p.rule not in _SERIES_RULES]
    if m.rule == "pattern:event_next":  # "the next edition (of the conference)": the latest such event
        same = [p for p in named if m.keyword is None or p.keyword == m.keyword]
        return same[-1] if same else None
    if m.keyword is not None:  # "The third workshop": the latest series of workshops with an edition,
        series = [p for p in named if p.keyword == m.keyword and p.edition and p.edition != m.edition]
        if not series:  # else the latest event with that keyword whose edition is not said
            series = [p for p in named if p.keyword == m.keyword and p.edition is None and p.rule == "pattern:event_name"]
        return series[-1] if series else None
    # "its first edition": the event named (or referred to) earlier in the same sentence.
    s, _ = ctx.sentence(m.start, m.end)
    subject = [p for p in earlier if s <= p.start < m.start]
    if not subject:
        # "The first edition was held in Vilnius in 2024": an edition of the event the document is about
        # or "It followed the first edition held in Tartu in 2024"
        return _main_event(ctx, earlier) if ctx.text[max(s, m.start - 4):m.start].strip().lower() == "the" else None
    p = subject[-1]
    if p.anaphor:
        same = [q for q in named if p.keyword is None or q.keyword == p.keyword]
        p = same[-1] if same else None
    return p if p is not None and p.edition != m.edition else None


def _main_event(ctx: DocContext, earlier: list[Candidate]) -> Candidate | None:
    """The event the document is about: the one its first block (the title) names, else the named event
    mentioned most often (a shorter mention counts for the longer name that contains it)."""
    named = [p for p in earlier if not p.anaphor and p.rule not in _SERIES_RULES and p.keyword and p.tokens]
    first = ctx.blocks[0] if ctx.blocks else None
    titled = [p for p in named if first is not None and first.start <= p.start < first.end]
    if titled:
        return spelled_out(titled[0], named)
    return max(named, key=lambda p: sum(1 for q in named if q.tokens <= p.tokens), default=None)


def _continue_series(ctx: DocContext, kept: list[Candidate]) -> list[Candidate]:
    """"The third workshop is planned for ..." after "the second ECTN peer workshop", "the forum builds on
    its first edition, held ...": another edition of an event the document names; it takes that event's
    name (its edition keeps it apart). Without such an event the phrase says too little and is dropped."""
    out: list[Candidate] = []
    for m in kept:
        if m.main_edition:
            main = _main_event(ctx, out)
            if m.placeless and main is not None and len(re.findall(r"(?<![\w’'-])[A-Z]", main.name)) < 2:
                main = None  # "Previous jury chairs" under "Award ceremony on the evening": not the award's name
            if main is not None and m.series_word and m.series_word.lower() not in main.name.lower():
                main = None  # "Poprzednie edycje Forum" on a page whose main event is "Targi Kielce": another series
            if main is not None:  # "Previous editions took place in X (2024)": that event's 2024 edition
                m.name, m.tokens, m.keyword, m.event_type = main.name, main.tokens, main.keyword, main.event_type
                if m.year and _YEAR.search(main.name):  # the 2032 edition of 'Matchmaking "Sea Link 2036"': "Matchmaking Sea Link 2032"
                    m.name = " ".join(_YEAR.sub(" ", main.name).split()).strip(" –-,")
                out.append(m)
            continue
        if m.rule not in _SERIES_RULES:
            out.append(m)
            continue
        series = _series_of(ctx, m, out)
        if m.rule == "pattern:event_next" and series is not None:
            m.edition = series.edition + 1 if series.edition else None
            m.name, m.tokens, m.keyword, m.event_type = series.name, series.tokens, series.keyword, series.event_type
            if m.edition or (m.dates is not None and m.dates.start_date and series.year != m.dates.start_date.year):
                out.append(m)  # kept apart from the series by its edition or its year
            continue
        if series is not None and (m.edition or m.year and m.year != series.year):  # "the 2025 edition": by its year
            m.name, m.tokens, m.keyword, m.event_type = series.name, series.tokens, series.keyword, series.event_type
            out.append(m)
    return out


# --------------------------------------------------------------------------------------------
# one name per event in the document
# --------------------------------------------------------------------------------------------
@dataclass
class _Group:
    tokens: frozenset[str]
    keyword: str | None
    members: list[Candidate]
    years: set[int] = field(default_factory=set)
    editions: set[int] = field(default_factory=set)

    def compatible(self, m: Candidate, years: set[int]) -> bool:
        if self.years and years and not self.years & years:
            return False
        if m.rule in _SERIES_RULES and self.editions != {m.edition}:
            return False  # another edition of a series is another event
        if self.editions and m.edition and m.edition not in self.editions:
            return False
        if m.keyword and self.keyword and m.keyword != self.keyword and m.tokens != self.tokens:
            return False  # "Hannover Messe" inside "European Cluster Weeks – Hannover Messe Main Anchor Event"
        if _day_apart(m, self.members):
            return False  # "the 13th Board meeting (19 February)" and "Next Board meeting: 10 September": two meetings
        return m.tokens <= self.tokens or (self.tokens < m.tokens and len(m.tokens - self.tokens) <= 1)


_ONE_A_DAY = ("pattern:event_meeting", "pattern:event_meeting_days", "pattern:event_repeated", "pattern:event_numbered_row",
              "pattern:event_meeting_table_row")


def _day(m: Candidate):
    return m.dates.start_date if m.dates is not None and m.dates.precision == "day" else None


def _day_apart(m: Candidate, members: list[Candidate]) -> bool:
    """A meeting named by its noun alone (``pattern:event_meeting``, ``pattern:event_meeting_days``) or a session
    of a kind listed by its days (``pattern:event_repeated``) is one a day: it and a mention of the same name
    dated on another day are two events. So are two rows of a calendar (``pattern:event_row``) on different days."""
    if _day(m) is not None and m.rule == "pattern:event_row" and any(
            x.rule == m.rule and _day(x) is not None and _day(x) != _day(m) for x in members):
        return True  # two rows of a calendar on different days ("15 Thu Network meeting" … "23 Fri Network meeting")
    if _day(m) is None or not any(x.rule in _ONE_A_DAY for x in [m, *members]):
        return False
    return any(_day(x) is not None and _day(x) != _day(m) for x in members)


def _mention_years(m: Candidate) -> set[int]:
    years = {m.year} if m.year else set()
    if m.dates is not None and m.dates.start_date:
        years.add(m.dates.start_date.year)
    return years


def _group(mentions: list[Candidate]) -> list[_Group]:
    groups: list[_Group] = []
    for m in mentions:
        years = _mention_years(m)
        if m.anaphor:
            cands = [g for g in groups if (m.keyword is None or g.keyword == m.keyword)
                     and (not m.edition or m.edition in g.editions or not g.editions)]
            if cands:
                max(cands, key=lambda g: g.members[-1].start).members.append(m)
            continue
        cands = [g for g in groups if g.compatible(m, years)]
        exact = [g for g in cands if g.tokens == m.tokens]
        pool = exact or cands
        if not pool:
            g = _Group(m.tokens, m.keyword, [])
            groups.append(g)
        else:
            g = max(pool, key=lambda g: (len(g.members), g.members[-1].start))
            g.tokens = g.tokens | m.tokens
        g.members.append(m)
        g.years |= years
        if m.edition:
            g.editions.add(m.edition)
    return groups


def _absorb_contained(groups: list[_Group]) -> list[_Group]:
    """A group whose words are contained in exactly one other group of the same keyword, with no year or
    edition against it, is that event named shorter ("EU Clusters Talks" heading, then the EU Clusters
    Talk “Title”): its mentions join the longer group, whatever came first in the text; not a meeting
    dated on another day ("its board meeting on 3 May", "board meeting no. 14 of 2 February")."""
    out = list(groups)
    for g in sorted(groups, key=lambda g: len(g.tokens)):
        if g.editions:
            continue
        wider = [h for h in out if h is not g and g.tokens < h.tokens and h.keyword == g.keyword
                 and (not g.years or g.years <= h.years) and not any(_day_apart(m, h.members) for m in g.members)]
        if len(wider) == 1:
            wider[0].members = sorted(wider[0].members + g.members, key=lambda m: m.start)
            out.remove(g)
    return out


_TITLED = ("pattern:event_quoted", "pattern:event_titled")  # a year in a quoted title ('seminar "Batteries beyond 2030"') is the topic's


def _of_name_year(d: DateMention, year: int | None) -> DateMention:
    """A year-less day or month said with a name that writes its year ("Baltic Photonics Day 2028: 15 and 16 June",
    "Forum 2027 – 3 March") is of that year, whatever year the document's other dates gave it; not the year of a
    quoted title (``_TITLED``) nor of a calendar row's day, whose month heading the calendar dates ("26 Fri Network
    meeting and planning 2033" under "NOVEMBER" of a 2032 calendar)."""
    if year is None or not d.resolved or d.start_date is None or d.end_date is None or d.start_date.year == year \
            or d.precision not in ("day", "month") or d.rule == CALENDAR_ROW_RULE:
        return d
    shift = year - d.start_date.year
    try:
        return replace(d, start_date=d.start_date.replace(year=year), end_date=d.end_date.replace(year=d.end_date.year + shift))
    except ValueError:  # 29 February
        return d


def _canonical(g: _Group) -> tuple[str, DateMention | None, str | None, str | None, int | None]:
    named = [m for m in g.members if not m.anaphor]
    counts: dict[str, int] = {}
    for m in named:
        counts[m.name] = counts.get(m.name, 0) + 1

    def score(name: str) -> tuple:
        words = name.split()
        caps = sum(1 for w in words if w[:1].isupper()) / max(len(words), 1)
        return (len(fold_tokens(name)[0]), caps, counts[name])

    base = max(counts, key=score)
    # Dates stated with the name first; "the webinar on 3 March" only when the name never has one; a bare weekday
    # ("closed last Thursday") only when no mention states a date.
    stated = [m for m in g.members if m.dates is not None and m.dates.rule != WEEKDAY_RULE] or g.members
    dated = [_of_name_year(m.dates, None if m.rule in _TITLED else m.year) for m in named if m.dates is not None and m in stated] \
        or [m.dates for m in stated if m.dates is not None]
    dated += anaphor_days_in_year(dated, g.members)
    # (evd11) "Metal Expo 2024" is not dated on a day of 2026 that an anaphor ("the fair … Tue 10 March") brought
    # (a calendar row's day keeps its heading's year: "26 Fri Network meeting and planning 2033" in a 2032 calendar)
    dated = [d for d in dated if d.rule == CALENDAR_ROW_RULE or all(
        d.start_date and d.start_date.year <= y <= d.end_date.year for y in {m.year for m in named if m.year})]
    rank = {"day": 0, "month": 1, "year": 2}
    date = min(dated, key=lambda d: rank.get(d.precision, 3)) if dated else None
    date = joined_days(date, g.members)
    written = [m.year for m in named if m.year]
    edition = min(g.editions) if g.editions else None
    if written:
        name = f"{base} {written[0]}"
    elif edition:
        name = f"{ordinal_word(edition)} {base}"
    elif date is not None and date.start_date:
        name = f"{base} {date.start_date.year}"
    else:
        name = base
    place = next(((m.city, m.country) for m in named if m.city or m.country), (None, None))
    return name, date, place[0], place[1], edition


def _dated_sentence(ctx: DocContext, g: _Group) -> DateMention | None:
    """For an event whose name gives only its year ("Cluster Conference 2018"), a day or month date of
    that year in a sentence that mentions it."""
    written = {m.year for m in g.members if m.year}
    for m in g.members:
        s, e = ctx.sentence(m.start, m.end)
        for d in ctx.dates_between(s, e):
            if d.precision in ("day", "month") and d.start_date and d.start_date.year in written:
                return d
    return None


@lru_cache(maxsize=8)
def _venue_patterns(data_dir: Path) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(a venue noun right after a name, a place label opening a line), compiled once."""
    nouns = [w.lower() for w in data_lines(data_dir / "event_venue_nouns.txt")]
    labels = [r["label"].strip().lower() for r in data_table(data_dir / "event_header_labels.csv")[1] if r["kind"].strip() == "place"]
    after = re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?i:{phrase_alternation(nouns)})(?![\w-])") if nouns else None
    label = re.compile(rf"(?i)^[\W_]*(?:{phrase_alternation(labels)})[\W_]*(?:{UPPER}[\w’'-]*(?:[ \t-]{UPPER}[\w’'-]*)*,[ \t]*)?$") if labels else None
    return after, label


_PLACE_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<place>{UPPER}[\w’'-]*(?:[ \t]+{UPPER}[\w’'-]*)?)")
_PLACE_BEFORE = re.compile(rf"(?:^|[·|•,(–—]|[ \t][–—-])[ \t]*(?P<place>{UPPER}[\w’'-]*(?:[ \t]+{UPPER}[\w’'-]*)?),[ \t]*$")


def _address(ctx: DocContext, gaz: Gazetteer, m: Candidate, keywords: frozenset[str]) -> bool:
    """A name with a venue keyword (``data/event_venue_keywords.txt``) and a known town in it, written as an
    address: the town's country or a town after a comma ("Congress Innsbruck, Austria", "Messe Congress Graz,
    Graz (Austria)"), or a town and a comma before it ("Groningen, Forum Groningen"). A name with its year
    is an edition ("Forum Graz 2027, Austria")."""
    name = ctx.text[m.start:m.end]
    if m.keyword not in keywords or m.anaphor or "\n" in name or _YEAR.search(name) \
            or not any(gaz.place(t.group())[0] for t in gaz.pattern.finditer(name)):
        return False
    after = _PLACE_AFTER.match(ctx.text, m.end)
    if after and gaz.place(after.group("place")) != (None, None):
        return True
    before = _PLACE_BEFORE.search(ctx.text, ctx.text.rfind("\n", 0, m.start) + 1, m.start)
    return before is not None and gaz.place(before.group("place"))[0] is not None


def _held_at(ctx: DocContext, m: Candidate, cues: VenueCues, ends: list[int]) -> bool:
    """A name with a venue keyword right after "at (the)" that follows a date, a year, the name of another
    event or a verb of holding (``[held verbs]`` of ``data/event_venue_keywords.txt``: "took place", "is held",
    "met"), in a sentence that names another event before it: where that
    event is held ("the forum took place on 11 and 12 April 2029 at the International Fair Plovdiv",
    "Japan Drone 2028 at Makuhari Messe"). Alone in its sentence it is the fair ("Meet us on 4–8 April at
    Hannover Messe"); ``ends``: where the other candidates end."""
    if m.keyword not in cues.held_at or m.anaphor or _YEAR.search(ctx.text[m.start:m.end]):
        return False
    at = cues.at_before.search(ctx.text, max(0, m.start - 30), m.start)
    s, _ = ctx.sentence(m.start, m.end)
    if at is None or not any(s < e <= at.start() + 1 for e in ends):
        return False
    if at.group("verb"):
        return True
    before = len(ctx.text[:at.start()].rstrip(" \t,"))
    return (before in ends or re.search(r"\b(?:19|20)\d\d$", ctx.text[max(0, before - 5):before]) is not None
            or any(d.end == before for d in ctx.dates_between(max(0, before - 40), before)))  # "Drone Show Japan 2031 at ..."


@dataclass(frozen=True)
class VenueCues:
    address: frozenset[str]  # keywords of venues written as addresses
    held_at: frozenset[str]  # keywords of venues after "at"
    at_before: re.Pattern[str]  # "(took place) at (the)" before a name, the verb in group "verb"


@lru_cache(maxsize=8)
def _venue_cues(data_dir: Path) -> VenueCues:
    """The sections of ``data/event_venue_keywords.txt``, read and compiled once."""
    sections = data_sections(data_dir / "event_venue_keywords.txt")
    verbs = phrase_alternation(sections.get("held verbs", []))
    return VenueCues(frozenset(w.lower() for w in sections.get("address", [])),
                     frozenset(w.lower() for w in sections.get("held at", [])),
                     re.compile(rf"(?P<verb>\b(?:{verbs}))?[ \t,]*\bat[ \t]+(?:the[ \t]+)?$"))


def _not_venues(ctx: DocContext, candidates: list[Candidate], data_dir: Path | None, gaz: Gazetteer) -> list[Candidate]:
    """Names that are venues, not events: an event word followed by a venue noun ("the Teatro Massimo
    congress rooms", "the Wildlands conference centre", ``data/event_venue_nouns.txt``), a name right
    after a place label, on its line or alone on the line above ("Location: Graz, Messe Congress Graz",
    "Venue\nNovi Sad Fair"; the ``place`` labels of ``data/event_header_labels.csv``), a venue's name
    written as an address ("12–14 May 2027 · Congress Innsbruck, Austria": see ``_address``) and one where
    a dated or named event is held ("on 4 May 2027 at the Trade Fair Ruse": see ``_held_at``)."""
    if data_dir is None:
        return candidates
    after, label = _venue_patterns(data_dir)
    cues = _venue_cues(data_dir)
    ends = [c.end for c in candidates]
    out = []
    for m in candidates:
        if after is not None and after.match(ctx.text, m.end) or _address(ctx, gaz, m, cues.address) or _held_at(ctx, m, cues, ends):
            continue
        line_start = ctx.text.rfind("\n", 0, m.start) + 1
        line = ctx.text[line_start:m.start]
        if not line.strip():  # "Venue\nNovi Sad Fair": the label alone on the line above
            line = ctx.text[ctx.text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
        head = ctx.text[m.start:m.end].split("\n")[0]  # "Venue\nBolzano Fair" read as one name
        if label is not None and not m.anaphor and (line.strip() and label.match(line) or head != ctx.text[m.start:m.end] and label.match(head)):
            continue
        out.append(m)
    return out


def extract_events(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules,
                   dates: list[DateMention], anchor: dt.date | None = None) -> list[EventMention]:
    """Event mentions of one document, each carrying its event's name and attributes; ``anchor``: the document's
    own date (:func:`pipeline.extract.doc_cues.anchor_date`)."""
    lex = load_event_lexicon(rules.data_dir)
    gaz = load_gazetteer(rules.data_dir)
    ctx = DocContext(seg, annotated, without_moved_from(seg.doc.text, dates, rules.data_dir))  # not "postponed from 10 May"
    kept = _not_venues(ctx, find_candidates(seg, ctx, lex, gaz, rules.data_dir, rules.event_model), rules.data_dir, gaz)
    for m in kept:
        _edition_and_base(ctx, m)
    kept = _continue_series(ctx, [m for m in kept if m.anaphor or m.tokens])
    attach_event_attributes(seg, ctx, gaz, kept, rules.data_dir, lex.past_edition, anchor)
    kept = _without_named_years(kept)
    out: list[EventMention] = []
    groups = _absorb_contained(_group(kept))
    canon = [_canonical(g) for g in groups]
    canon = [c if c[1] is not None and c[1].precision != "year" else (c[0], _dated_sentence(ctx, g) or c[1], *c[2:])
             for g, c in zip(groups, canon)]
    names = days_in_names([(c[0], c[1]) for c in canon])  # "Board meeting (21 September) 2027" and "(30 November)"
    for g, (_, date, city, country, edition), name in zip(groups, canon, names):
        etype = next((m.event_type for m in g.members if m.keyword), "other")
        stated: set[str] = set()  # one event_organisers row per (event, organiser) in a document
        for m in g.members:
            organisers = tuple(o for o in m.organisers if o not in stated)
            stated.update(organisers)
            out.append(EventMention(
                seg.doc.doc_id, m.start, m.end, ctx.text[m.start:m.end], name, etype, m.rule,
                start_date=date.start_date if date else None, end_date=date.end_date if date else None,
                date_precision=date.precision if date else None, city=city, country=country,
                organisers=organisers, edition=edition))
    out.sort(key=lambda e: (e.start, e.end))
    return out
