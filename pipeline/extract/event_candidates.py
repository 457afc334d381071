"""All event-name candidates of one document, from every finder, overlaps resolved by priority.

The finders live in :mod:`event_announcements`, :mod:`event_phrases` and :mod:`event_names`; they
share only :mod:`event_context`. This module is the one place that knows their order.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.event_announcements import announcements
from pathlib import Path

from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_awards import award_editions, award_events
from pipeline.extract.event_body_rows import body_rows
from pipeline.extract.event_cards import calendar_cards
from pipeline.extract.event_day_tiles import day_tiles
from pipeline.extract.event_fairs import fair_events
from pipeline.extract.event_episode_rows import episode_rows
from pipeline.extract.event_episodes import episode_events, listed_episodes, with_episode_number
from pipeline.extract.event_foreign import foreign_events
from pipeline.extract.event_foreign_inflected import inflected_events
from pipeline.extract.event_foreign_generic import foreign_generic_events
from pipeline.extract.event_foreign_meetings import foreign_meetings
from pipeline.extract.event_trade_fairs import trade_fair_events
from pipeline.extract.event_dated_meetings import addressed_meetings, dated_meetings
from pipeline.extract.event_day_part_items import day_part_items
from pipeline.extract.event_social_items import social_items
from pipeline.extract.event_delegations import delegation_events
from pipeline.extract.event_edition_years import edition_years
from pipeline.extract.event_generic import generic_events
from pipeline.extract.event_heading_editions import heading_editions, ordinal_headings, ordinal_rows
from pipeline.extract.event_trip_lists import trip_lists
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_lists import edition_rows, series_headings
from pipeline.extract.event_series_rows import past_edition_places, place_rows, year_rows
from pipeline.extract.event_meeting_days import meeting_days
from pipeline.extract.event_meeting_tables import meeting_table_rows
from pipeline.extract.event_meetings import meeting_events
from pipeline.extract.event_minutes import minutes_events
from pipeline.extract.event_numbered_rows import numbered_rows
from pipeline.extract.event_name_edges import tidy_candidates
from pipeline.extract.event_page_titles import page_title_events
from pipeline.extract.event_programme_items import programme_items
from pipeline.extract.event_report_titles import report_titles
from pipeline.extract.event_round_rows import round_rows
from pipeline.extract.event_repeated import repeated_sessions
from pipeline.extract.event_series_history import history_editions
from pipeline.extract.event_series_places import series_place_events
from pipeline.extract.event_series_years import series_year_editions
from pipeline.extract.event_year_editions import year_editions
from pipeline.extract.event_session_items import session_items
from pipeline.extract.event_side_events import side_events
from pipeline.extract.event_table_cells import table_cell_events
from pipeline.extract.event_model import load_event_heads, load_event_model, model_candidates
from pipeline.extract.event_names import anaphors_lower, names_from_runs, names_lower, names_triggered
from pipeline.extract.event_labelled import labelled_titles
from pipeline.extract.event_phrases import (
    calendar_rows, dash_titles, described_events, next_editions, past_editions)
from pipeline.extract.event_quoted import quoted_titles
from pipeline.extract.places import Gazetteer
from pipeline.extract.span_index import SpanIndex
from pipeline.records import SegmentedDocument


def find_candidates(seg: SegmentedDocument, ctx: DocContext, lex: EventLexicon, gaz: Gazetteer,
                    data_dir: Path | None = None, event_model: Path | None = None,
                    runs_at: Callable[[str, int], bool] | None = None) -> list[Candidate]:
    """Every event-name candidate, overlaps resolved by priority: meeting a title line of notes names > a body's meetings listed as the days it meets > meetings listed one a line by their number (:mod:`event_numbered_rows`) > a competition's rounds listed one a line (:mod:`event_round_rows`) > the numbered rows of a table of meetings (:mod:`event_meeting_tables`) > announcement > session listed by date under a plural heading > sessions of one kind listed by their days after a plural noun (:mod:`event_repeated`) > side event listed by date under a side-events heading (:mod:`event_side_events`) > the instalments of one series, one a line by the same name and other numbers (:func:`event_episodes.listed_episodes`) > a list's edition rows by their ordinal and edition noun of another language (:func:`event_heading_editions.ordinal_rows`) > calendar row > edition
    row > place row > year row > a series' editions as headings of one name and other years, or by their ordinal and edition noun (:mod:`event_heading_editions`) > a body's meeting listed as a row of its name and day (:mod:`event_body_rows`) > an instalment listed by its number on its series' page (:mod:`event_episode_rows`) > calendar card > a web calendar's day tile under its month heading (:mod:`event_day_tiles`) > trigger > a report's title under its label > a page's title over its dated header > a listed series' edition named with its place > quoted title > another edition of the document's prize by its year and ceremony noun (:mod:`event_awards`) > an earlier edition in a sentence of the series' history (:mod:`event_series_history`) > a labelled or dashed title > an edition phrase with a verb of holding > the next edition > another edition of the page's series by "the <year> edition" or an ordinal with its year (:mod:`event_year_editions`) > another edition of the page's series by the edition noun of any language and a list of years (:mod:`event_edition_years`) > award ceremony named by its prize > dated meeting noun > a Slavic name with a lower-case inflected noun (:mod:`event_foreign_inflected`) > capitalised name > lower-case name > trips listed by destination after a plural trip noun (:mod:`event_trip_lists`) > fair named by a stand at it > listed trade fair in an event context > a programme's own item by its generic noun of any language in a timed slot (:mod:`event_programme_items`) > name with an event noun of another language > a body's meeting dated by its day before the noun (:mod:`event_dated_meetings`) > meeting noun of another language dated beside it > descriptive phrase > generic-noun phrase > a hosted delegation's visit > such an item on a day of a day-by-day list > a programme's own item in a sentence that says the part of the day (:mod:`event_day_part_items`) > a programme's social item told in prose by its own words and noun (:mod:`event_social_items`) > anaphor > a dated table's event cell (:mod:`event_table_cells`) > the statistical recogniser's name (``model:event-ner``, when ``event_model`` is given) > another edition written with the short name and another year of a found event (:mod:`event_series_years`);
    every name's edges tidied first (:mod:`event_name_edges`: a name cut in mid-phrase, a breadcrumb trail, a job title, rows of a timetable glued into one name)."""
    rows = edition_rows(ctx, lex, gaz, data_dir)
    titled, header = page_title_events(ctx, lex, gaz, data_dir) if data_dir else ([], [])
    candidates = ((minutes_events(ctx, lex, data_dir) if data_dir else [])
                  + (meeting_days(ctx, lex, gaz, data_dir) if data_dir else [])  # before a row that reads "The board meets …: <day>"
                  + (numbered_rows(ctx, lex, gaz, data_dir) if data_dir else [])  # "PM2 Brno (CZ), 12 May 2028": the code, not the row's title
                  + (round_rows(ctx, lex, gaz, data_dir) if data_dir else [])  # "Round 2 – Zrenjanin: 3–4 March 2033"
                  + (meeting_table_rows(ctx, lex, gaz, data_dir) if data_dir else [])  # "Consortium meetings" over "| No. | Date |"
                  + announcements(seg, ctx, gaz, lex)
                  + (session_items(ctx, lex, gaz, data_dir) if data_dir else [])  # dated items under "Info sessions"
                  + repeated_sessions(ctx, lex, data_dir)  # "Online clinics: 4 May, 1 June and 6 July 2026": one per day
                  + (side_events(ctx, lex, gaz, data_dir) if data_dir else [])  # dated items under "Side events"
                  + (listed_episodes(ctx, lex, data_dir) if data_dir else [])  # "Puu rakentaa #4: …" and "#5" one a line: before a row
                  + (ordinal_rows(ctx, gaz, data_dir) if data_dir else [])  # "- VI edycja: 14 maja 2037, Płock": before a title row's
                  + calendar_rows(ctx, lex, gaz, data_dir) + year_rows(ctx, lex, gaz, data_dir) + rows + place_rows(ctx, lex, gaz)
                  + heading_editions(ctx, gaz)  # "### Fiberdagarna 2034" over "19–20 september 2034, Karlstad", one a year
                  + (ordinal_headings(ctx, data_dir) if data_dir else [])  # "## IX. ročník – 23.–24. září 2037" on the series' page
                  + (body_rows(ctx, data_dir) if data_dir else [])  # "- Steering Committee (online): 5 June 2031"
                  + (episode_rows(ctx, lex, data_dir) if data_dir else [])  # "Episode 9 · FR" over its title: before a card
                  + calendar_cards(ctx, lex, gaz, data_dir)
                  + day_tiles(ctx, lex, gaz, data_dir)  # "FEBRUARY 2039" over "08" / "Tuesday" / "Info day …"
                  + names_triggered(ctx, lex) + (report_titles(ctx, lex, gaz, data_dir) if data_dir else [])  # before its quoted title
                  + titled + (series_place_events(ctx, gaz, data_dir) if data_dir else [])
                  + quoted_titles(ctx, lex)
                  + (award_editions(ctx, lex, data_dir) if data_dir else [])  # "The 2030 ceremony on 12 October 2030": before an edition phrase
                  + past_edition_places(ctx, lex, gaz)
                  + (history_editions(ctx, lex, gaz, data_dir) if data_dir else [])  # "The forum started in 2030 in Varna"
                  + labelled_titles(ctx, lex, gaz, data_dir) + dash_titles(ctx, lex) + past_editions(ctx, lex, gaz)
                  + next_editions(ctx, lex, gaz)
                  + (year_editions(ctx, lex, gaz, data_dir) if data_dir else [])  # "The 2032 edition in Pärnu gathered 260"
                  + (edition_years(ctx, lex, gaz, data_dir) if data_dir else [])  # "after the editions of 2028, 2030 and 2032"
                  + (award_events(ctx, lex, data_dir) if data_dir else [])  # before "X Award 2026" read as a name, "award ceremony" alone
                  + (meeting_events(ctx, lex, gaz, data_dir) if data_dir else [])  # before "General Assembly" alone, a bare keyword
                  + (addressed_meetings(ctx, data_dir) if data_dir else [])  # "presented to the Monitoring Committee on 14 March"
                  + (inflected_events(ctx, data_dir) if data_dir else [])  # "5. Koroški forum kovinske industrije": before "Koroški forum"
                  + names_from_runs(ctx, lex, gaz) + names_lower(ctx, lex, gaz)
                  + (trip_lists(ctx, gaz, data_dir) if data_dir else [])  # "missions: Cologne (Anuga, May 2030)": before the fair
                  + (fair_events(ctx, lex, gaz, data_dir) if data_dir else [])
                  + (trade_fair_events(ctx, data_dir) if data_dir else [])  # a listed fair named bare: "to Gulfood"
                  + (programme_items(ctx, lex, data_dir, days=False) if data_dir else [])  # "19:30 Gala dinner", "16.00 Bedriftsbesøk hos …": before other languages' nouns
                  + (foreign_events(ctx, data_dir, gaz) if data_dir else [])  # after the English names: "... / Andalusian Clusters Day"
                  + (dated_meetings(ctx, data_dir) if data_dir else [])  # "Yönetim Kurulumuzun 6 Mart 2034 tarihli toplantısı"
                  + (foreign_meetings(ctx, gaz, data_dir) if data_dir else [])  # "l'assemblea generale del 12 maggio"
                  + (foreign_generic_events(ctx, data_dir) if data_dir else [])  # "una sessió informativa en línia": after the names
                  + described_events(ctx, lex, gaz) + (generic_events(ctx, lex, gaz, data_dir) if data_dir else [])
                  + (delegation_events(ctx, gaz, data_dir) if data_dir else [])  # "hosted a delegation from Slovenia on 3 May"
                  + (programme_items(ctx, lex, data_dir, slots=False) if data_dir else [])  # "Tuesday 10 June: …, summit dinner"
                  + (day_part_items(ctx, lex, data_dir) if data_dir else [])  # "In the evening, networking dinner with …"
                  + (social_items(ctx, data_dir) if data_dir else [])  # "followed by the summer dinner at the marina"
                  + anaphors_lower(ctx, lex)
                  + (table_cell_events(ctx, lex, data_dir) if data_dir else [])  # a dated table's event cell no other rule names
                  + (episode_events(ctx, lex, data_dir) if data_dir else [])  # "Circular Tuesday #26": a numbered instalment no other rule names
                  + (model_candidates(ctx, lex, load_event_model(event_model), gaz, load_event_heads(data_dir) if data_dir else None)
                     if event_model else []))
    candidates = with_episode_number(ctx, lex, data_dir, candidates) if data_dir else candidates  # "MedTech Meetup Porto" before "#4"
    candidates = candidates + series_year_editions(ctx, lex, gaz, candidates)  # "LEM 2032" on the page of "LEM 2034"
    series = series_headings(ctx, lex, rows)  # "Next Green Ports Webinars" over its rows: not one more event
    headed = SpanIndex((h.start, h.end) for h in series)
    candidates = described_anaphors(candidates)
    tidied, dropped = tidy_candidates(ctx, lex, gaz, candidates, data_dir)
    candidates = [m for m in tidied if not headed.covers(m.start, m.start + 1) and not counted(ctx, lex, m)
                  and not series_name(ctx, lex, m) and (runs_at is None or runs_at(m.rule, m.start))]
    kept: list[Candidate] = []
    taken = SpanIndex(dropped + header)  # a job title, a facility or a fairground: no shorter name inside it; the lines
    # under a page's title that describe its event (:mod:`event_page_titles`)
    for m in candidates:
        if m.name and not taken.overlaps(m.start, m.end):
            kept.append(m)
            taken.add(m.start, m.end)
    return sorted(kept, key=lambda m: m.start)


def described_anaphors(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without an anaphor that opens a longer generic-noun phrase (``pattern:event_generic``):
    "The General Assembly of partners will meet on 24 May" names that assembly by what follows the noun, not
    "the General Assembly" read as the last assembly named."""
    opened = {}
    for m in candidates:
        if m.rule == "pattern:event_generic":
            opened[m.start] = max(opened.get(m.start, m.end), m.end)
    return [m for m in candidates if not (m.anaphor and opened.get(m.start, m.end) > m.end)]


_COUNT_BEFORE = re.compile(r"(?<![\w.,:])(?P<n>\d[\d.,]*)[ \t]+$")  # not the minutes of a clock time: "11:00 Parallel workshops"
_YEAR = re.compile(r"(?:19|20)\d\d")


def counted(ctx: DocContext, lex: EventLexicon, m: Candidate) -> bool:
    """True when the candidate is a plural event noun counted by a number ("148 B2B meetings", "310 B2B
    meetings were held", "4 parallel workshops", "12 webinars in 2027"): how many took place, a figure of
    a report or a programme, not one event. A year before the name is no count ("the 2027 Cluster Days"), nor a clock
    time ("11:00 Parallel workshops")."""
    words = ctx.text[m.start:m.end].split()
    last = words[-1].lower().strip("“”\"',:;?!()") if words else ""
    hit = lex.lookup([last])
    if hit is None or hit[0] == last:  # "days" is a keyword of its own ("Open Days"), "meetings" the plural of one
        return False
    n = _COUNT_BEFORE.search(ctx.text, max(0, m.start - 20), m.start)
    return n is not None and not _YEAR.fullmatch(n.group("n"))


_SERIES_TYPES = frozenset({"talk", "webinar"})  # event types whose plural names a series of instalments


def series_name(ctx: DocContext, lex: EventLexicon, m: Candidate) -> bool:
    """True when a capitalised name ends in the plural of a talk or webinar word ("Cluster Coffee Talks",
    "CyberSME Lunch Talks – Season 2", "Green Port Webinars"): the name of a series, whose instalments (an
    episode's title, "the third Green Port Webinar") are the events. "Cluster Days" and "Weeks" are one event."""
    words = ctx.text[m.start:m.end].split()
    last = words[-1].lower().strip("“”\"',:;?!()") if words else ""
    hit = lex.lookup([last]) if m.rule == "pattern:event_name" else None
    return hit is not None and hit[0] != last and lex.type_of(hit[0]) in _SERIES_TYPES
