"""The meetings of one body or project listed one a line by their number (``pattern:event_numbered_row``).

Progress reports, minutes and governance pages list a project's or a body's meetings by their number, one a
line, each with its date and often its place:

    6. PARTNER MEETINGS
    PM1 Graz (AT), 21–22 March 2028 – kick-off
    PM2 Brno (CZ), 12–13 September 2028

    Meetings planned:
    – SAB 1 (in person): 30 September 2031, pilot site, Maastricht
    – SAB 2 (online): March 2032

    Next meetings
    21st meeting: Tuesday, 4 March 2036, 10:00, Linz.
    22nd meeting: Thursday, 12 June 2036, online.

Each line is one meeting, named by its numbered label as written ("PM2", "SAB 1", "21st meeting"; the
number keeps the meetings of one body apart), dated by the first date of its line (or the bare year that opens its rest), placed in the first known
town of the line ("Brno", "Maastricht", "Linz"). A label is

- a code of capitals and its number ("PM2", "SAB 1"), when the text says the code names meetings: it is
  written in brackets after a meeting noun or a body ("Third Partner Meeting (PM3)", "Scientific Advisory
  Board (SAB)"), or the line right above the list holds a meeting word ("PARTNER MEETINGS", "Meetings
  planned:", "Next meetings"); "WP2 – Pilots", "D4.1 …", "Day 2 – Tuesday" are no meetings; two numbers
  ("SAB 4 and 5: 2033") are two meetings of that date;
- an ordinal and a meeting word ("21st meeting", "3rd meeting", ``data/event_numbered_meeting_words.txt``);
- the editions of a series on its archive page: an ordinal and a series noun of
  ``data/event_numbered_edition_words.txt`` ("9th Summit - Athlone, 10 March 2038", "3rd Forum – Kaunas, 2032"), or a
  series' name that ends in such a noun and its number after "No." / "Nr." / "n°" ("Supplier Day No. 6 - Athlone,
  19 November 2036"): each line an edition, named as written, the stem being the noun (or the series' name).

After the label come perhaps a note in brackets ("(in person)"), a colon or a dash or the place, and the date
within a few words. Two such lines of one code (or two numbered meetings) within three lines of each other make
the list: one line alone is read by the other rules ("Next Board meeting: 25/11/2025"). A label followed by
more words ("PM5 and mid-term conference – Lublin …") is a title of its own, :mod:`event_lists`'.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.event_lists import LIST_GAP_LINES, programme_parts
from pipeline.extract.event_meeting_days import meeting_body_nouns
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

RULE = "pattern:event_numbered_row"
_MARK = re.compile(r"[ \t]*(?:[-–•*▪◦][ \t]+)?")  # a list marker
_BARE_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)(?![\d.:/-])")
# an edition row's town and bare year: "4th Summit - Birr, 2033", "Supplier Day No. 3 – Tullamore, 2033 (online)"
# what stands between an edition row's label and its date: nothing, or its town ("Athlone, "); a title ("Innovation
# Breakfast No. 4 – Funding calls, 3 May 2036") makes the row another rule's
_TOWN = r"[A-ZÀ-ÞĀ-Ž][\w’'-]*(?:[ \t]+(?:an?[ \t]+der[ \t]+|am[ \t]+|upon[ \t]+|on[ \t]+)?[A-ZÀ-ÞĀ-Ž][\w’'-]*){0,3},[ \t]*"
_ROW_PLACE = re.compile(rf"(?:{_TOWN})?")
_PLACE_YEAR = re.compile(rf"{_TOWN}(?P<year>(?:19|20)\d\d)(?![\d.:/-])")
_MAX_GAP = 40  # characters between the label and the row's date: a place, a weekday, "planned for"
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth)"


@lru_cache(maxsize=8)
def meeting_words(data_dir: Path) -> tuple[str, ...]:
    """The meeting words of ``data/event_numbered_meeting_words.txt``, lower-case: after an ordinal they name one
    meeting of a body's ("21st meeting"; :mod:`event_meetings` reads "the 8th meeting" in prose with them)."""
    return tuple(" ".join(w.lower().split()) for w in data_lines(data_dir / "event_numbered_meeting_words.txt"))


@lru_cache(maxsize=8)
def _edition_words(data_dir: Path) -> tuple[str, ...]:
    return tuple(" ".join(w.lower().split()) for w in data_lines(data_dir / "event_numbered_edition_words.txt"))


@lru_cache(maxsize=8)
def _row_pattern(data_dir: Path) -> re.Pattern[str] | None:
    words = meeting_words(data_dir)
    if not words:
        return None
    nouns = phrase_alternation(words + _edition_words(data_dir))
    series = phrase_alternation(_edition_words(data_dir), empty="(?!)")
    return re.compile(
        rf"^[ \t]*(?:[-–•*▪◦][ \t]+)?(?P<label>(?P<code>[A-Z]{{1,5}})(?P<space>[ \t]?)(?P<num>\d{{1,2}})"
        rf"(?P<more>(?:[ \t]*(?:,|and|&)[ \t]*\d{{1,2}})*)"
        rf"|(?P<ord>{_ORDINAL})[ \t]+(?P<noun>(?i:{nouns})s?)"
        # a series' name ending in its noun, and the edition's number: "Supplier Day No. 6"
        rf"|(?P<series>(?:[A-ZÀ-ÞĀ-ž][\w’'&-]*[ \t]+){{0,3}}(?i:{series})s?)[ \t]+(?:No\.|Nr\.|n[°º])[ \t]?\d{{1,3}})(?![\w.-])"
        rf"(?:[ \t]*\([^()\n]{{1,30}}\))?(?:[ \t]*[:–—-][ \t]*|[ \t]+(?=[A-Z]))", re.M)


@lru_cache(maxsize=8)
def _lead_pattern(data_dir: Path) -> re.Pattern[str] | None:
    """A meeting word in the line above a list ("PARTNER MEETINGS", "Meetings planned:")."""
    words = meeting_words(data_dir)
    return re.compile(rf"(?<![\w-])(?i:(?:{phrase_alternation(words)})s?)(?![\w-])") if words else None


@lru_cache(maxsize=8)
def _definitions(data_dir: Path) -> re.Pattern[str]:
    """A code in brackets after a meeting noun or a body: "Third Partner Meeting (PM3)", "Scientific Advisory Board
    (SAB)"."""
    nouns = meeting_words(data_dir) + meeting_body_nouns(data_dir)
    return re.compile(rf"(?i:(?:{phrase_alternation(nouns)})s?)[ \t]*\((?P<code>[A-Z]{{1,5}})\d{{0,2}}\)")


def _lead_line(ctx: DocContext, line_start: int, code: str) -> str:
    """The last non-blank line above the list that holds the row at ``line_start``: up past the rows of the
    same code."""
    while True:
        above = ctx.text[:line_start].rstrip()
        line = above[above.rfind("\n") + 1:]
        rest = line[_MARK.match(line).end():]
        if not (rest.startswith(code) and re.match(r"[ \t]?\d", rest[len(code):])):
            return line
        line_start = above.rfind("\n") + 1


def _row_date(ctx: DocContext, start: int, line_end: int) -> DateMention | None:
    """The first date of the row after its label, within a few words of it."""
    dates = ctx.dates_between(start, line_end)
    if not dates or dates[0].start - start > _MAX_GAP or dates[0].start_date is None:
        year = _BARE_YEAR.match(ctx.text, start, line_end) or _PLACE_YEAR.match(ctx.text, start, line_end)
        # "SAB 4 and 5: 2033 (dates to be agreed)", "3rd Summit - Athlone, 2032": the row's year
        if year is None:
            return None
        y = int(year.group("year"))
        return DateMention("", year.start("year"), year.end("year"), year.group("year"), dt.date(y, 1, 1), dt.date(y, 12, 31),
                           "year", RULE)
    return dates[0]


def _edition_row(m: re.Match[str], data_dir: Path) -> bool:
    """A series' edition row ("9th Summit - …", "Supplier Day No. 6 - …"), not a body's meeting ("21st meeting: …")."""
    noun = m.group("noun")
    return bool(m.group("series")) or bool(noun) and noun.lower().rstrip("s") not in {w.rstrip("s") for w in meeting_words(data_dir)}


def _number(m: re.Match[str]) -> int:
    """The number of a row's label: "9th Summit" 9, "Supplier Day No. 6" 6, "PM2" 2."""
    if m.group("ord"):
        return ordinal_value(m.group("ord")) or 0
    return int(re.findall(r"\d+", m.group("label"))[-1])


def numbered_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """One meeting per line that opens with a numbered meeting label (see the module doc)."""
    pattern, lead = _row_pattern(data_dir), _lead_pattern(data_dir)
    if pattern is None or lead is None:
        return []
    parts = programme_parts(data_dir)
    defined = {d.group("code") for d in _definitions(data_dir).finditer(ctx.text)}
    rows: list[tuple[int, str, re.Match[str], DateMention]] = []  # (line number, stem, match, date)
    for m in pattern.finditer(ctx.text):
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        date = _row_date(ctx, m.end(), line_end)
        if date is None:
            continue
        if _edition_row(m, data_dir) and _ROW_PLACE.fullmatch(ctx.text, m.end(), date.start) is None:
            continue  # "5th Forum – Digital twins in practice, 4 May 2034": a title of its own
        if m.group("code"):
            code = m.group("code")
            if code.lower() in parts or not (code in defined or lead.search(_lead_line(ctx, m.start(), code))):
                continue  # "DAY 2 – Tuesday", "WP3 – Pilots": a part of a programme or of a project, no meeting
            stem = code
        else:
            stem = " ".join((m.group("noun") or m.group("series")).lower().split()).rstrip("s")
        rows.append((ctx.text.count("\n", 0, m.start()), stem, m, date))
    out: list[Candidate] = []
    hit = lex.lookup(["meeting"])
    numbers = {(r[1], _number(r[2])) for r in rows}
    for line, stem, m, date in rows:
        if not any(r[2] is not m and r[1] == stem and abs(r[0] - line) <= LIST_GAP_LINES for r in rows) \
                and not ((m.group("ord") or m.group("series")) and {(stem, _number(m) - 1), (stem, _number(m) + 1)} & numbers):
            continue  # one line alone: a label with its date, other rules' (an archive's edition rows: the next or last number's row)
        line_end = ctx.text.find("\n", m.end())
        places = [gaz.place(p.group()) for p in gaz.pattern.finditer(ctx.text, m.end(), len(ctx.text) if line_end < 0 else line_end)]
        city, country = next((p for p in places if p[0]), next((p for p in places if p[1]), (None, None)))
        if m.group("code"):  # "SAB 4 and 5: 2033": two meetings, each named by the code and its own number
            spans = [(m.start("label"), m.end("num"), f"{m.group('code')}{m.group('space')}{m.group('num')}")]
            spans += [(m.start("more") + x.start(), m.start("more") + x.end(), f"{m.group('code')}{m.group('space')}{x.group()}")
                      for x in re.finditer(r"\d{1,2}", m.group("more") or "")]
        else:
            spans = [(m.start("label"), m.end("label"), " ".join(m.group("label").split()))]
        noun = (m.group("noun") or m.group("series") or "").split()[-1:]
        kind = (lex.lookup(noun) if noun else None) or hit  # "9th Summit": a conference; "21st meeting": a meeting
        for start, end, name in spans:
            out.append(Candidate(start, end, name, RULE, kind[0] if kind else None, kind[1] if kind else "other",
                                 dates=date, city=city, country=country))
    return out

