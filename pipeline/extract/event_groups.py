"""Events: the mentions of one event in a document grouped under one name (:mod:`pipeline.extract.events` runs them).

Mentions are grouped by their folded content words ("EU" = "European", plurals folded); a shorter name contained in
exactly one longer one of the same keyword joins it, also when the shorter comes first (:func:`absorb_contained`); a
year or edition that contradicts a group starts a new one, and a meeting named by its noun alone is one a day. The
group's name is its fullest surface form, with the edition as an ordinal word ("Third European Cluster Policy Forum")
or the year ("European Cluster Conference 2019") so that events with the same series name stay apart
(:func:`canonical`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.extract.date_calendar_rows import CALENDAR_ROW_RULE
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_group_dates import anaphor_days_in_year, joined_days
from pipeline.extract.event_lexicon import fold_tokens, ordinal_word
from pipeline.extract.event_weekdays import WEEKDAY_RULE
from pipeline.records import DateMention

SERIES_RULES = ("pattern:event_series", "pattern:event_next")  # an edition phrase: another edition is another event


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
        if m.rule in SERIES_RULES and self.editions != {m.edition}:
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


def mention_years(m: Candidate) -> set[int]:
    years = {m.year} if m.year else set()
    if m.dates is not None and m.dates.start_date:
        years.add(m.dates.start_date.year)
    return years


def group_mentions(mentions: list[Candidate]) -> list[_Group]:
    groups: list[_Group] = []
    for m in mentions:
        years = mention_years(m)
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


def absorb_contained(groups: list[_Group]) -> list[_Group]:
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


def canonical(g: _Group) -> tuple[str, DateMention | None, str | None, str | None, int | None]:
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


def dated_sentence(ctx: DocContext, g: _Group) -> DateMention | None:
    """For an event whose name gives only its year ("Cluster Conference 2018"), a day or month date of
    that year in a sentence that mentions it."""
    written = {m.year for m in g.members if m.year}
    for m in g.members:
        s, e = ctx.sentence(m.start, m.end)
        for d in ctx.dates_between(s, e):
            if d.precision in ("day", "month") and d.start_date and d.start_date.year in written:
                return d
    return None
