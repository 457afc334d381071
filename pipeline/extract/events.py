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
the same keyword joins it, also when the shorter comes first (``event_groups.absorb_contained``); a year or edition that contradicts a group starts a new one. The group's name is its fullest
surface form, with the edition as an ordinal word ("Third European Cluster Policy Forum") or the
year ("European Cluster Conference 2019") so that events with the same series name stay apart.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.extract.event_lexicon import fold_tokens, load_event_lexicon, ordinal_value
from pipeline.extract.event_attributes import attach_event_attributes
from pipeline.extract.event_candidates import find_candidates
from pipeline.extract.event_venues import not_venues
from pipeline.extract.event_moved_dates import without_moved_from
from pipeline.extract.event_year_editions import RULE as YEAR_EDITION_RULE
from pipeline.extract.event_context import Candidate, DocContext, spelled_out
from pipeline.extract.event_day_names import days_in_names
from pipeline.extract.event_group_dates import items_on_event_day
from pipeline.extract.event_groups import SERIES_RULES, absorb_contained, canonical, dated_sentence, group_mentions, mention_years
from pipeline.extract.places import load_gazetteer
from pipeline.extract.rules import Rules
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
            years.setdefault(p.keyword, set()).update((p.tokens, y) for y in mention_years(p))
    return [m for m in kept if m.rule != YEAR_EDITION_RULE or not any(
        y == m.year and tokens != m.tokens for tokens, y in years.get(m.keyword, ()))]




def _series_of(ctx: DocContext, m: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The named event an edition phrase belongs to (see ``_continue_series``)."""
    named = [p for p in earlier if not p.anaphor and p.rule not in SERIES_RULES]
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


def _named_in_block(ctx: DocContext, m: Candidate, main: Candidate, earlier: list[Candidate]) -> bool:
    """The event ``main`` is mentioned in the block that holds ``m``: a mention with its tokens, or its name written
    there ("Klusterdagen hålls den 14 oktober …" under the title "Klusterdagen 2041")."""
    block = ctx.block_at(m.start)
    return block is not None and (any(p.tokens == main.tokens and block.start <= p.start < block.end for p in earlier)
                                  or main.name.lower() in ctx.text[block.start:block.end].lower())


def _block_event(ctx: DocContext, m: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The named event mentioned last in ``m``'s block before ``m``'s sentence, if any (not a phrase of the sentence
    itself: "Poprzednie edycje forum odbyły się w …")."""
    block = ctx.block_at(m.start)
    opens, _ = ctx.sentence(m.start, m.end)
    named = [p for p in earlier if block is not None and block.start <= p.start and p.end <= opens and not p.anaphor
             and p.rule not in SERIES_RULES and not p.main_edition and p.keyword and p.tokens]
    return named[-1] if named else None


def _main_event(ctx: DocContext, earlier: list[Candidate]) -> Candidate | None:
    """The event the document is about: the one its first block (the title) names, else the named event
    mentioned most often (a shorter mention counts for the longer name that contains it)."""
    named = [p for p in earlier if not p.anaphor and p.rule not in SERIES_RULES and p.keyword and p.tokens]
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
            if m.in_main_block and (main is None or not _named_in_block(ctx, m, main, out)):
                # another language's history sentence: the series is the event its block names last before it
                # ("… convidados para a 5.ª edição das Jornadas Mar e Cerâmica … As edições anteriores realizaram-se em
                # Aveiro (2034), …" in a newsletter about a general assembly)
                main = _block_event(ctx, m, out)
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
        if m.rule not in SERIES_RULES:
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


def extract_events(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules,
                   dates: list[DateMention], anchor: dt.date | None = None,
                   runs_at: Callable[[str, int], bool] | None = None) -> list[EventMention]:
    """Event mentions of one document, each carrying its event's name and attributes; ``anchor``: the document's
    own date (:func:`pipeline.extract.doc_anchors.anchor_date`); ``runs_at(rule, start)``: whether a rule's name
    at a position is kept in the language there (:func:`pipeline.extract.languages.rule_runs_at`), asked before
    overlapping names are resolved."""
    lex = load_event_lexicon(rules.data_dir)
    gaz = load_gazetteer(rules.data_dir)
    ctx = DocContext(seg, annotated, without_moved_from(seg.doc.text, dates, rules.data_dir), rules.data_dir)  # not "postponed from 10 May"
    kept = not_venues(ctx, find_candidates(seg, ctx, lex, gaz, rules.data_dir, rules.event_model, runs_at), rules.data_dir, gaz)
    for m in kept:
        _edition_and_base(ctx, m)
    kept = _continue_series(ctx, [m for m in kept if m.anaphor or m.tokens])
    attach_event_attributes(seg, ctx, gaz, kept, rules.data_dir, lex.past_edition, anchor)
    kept = _without_named_years(kept)
    out: list[EventMention] = []
    groups = absorb_contained(group_mentions(kept))
    canon = [canonical(g) for g in groups]
    canon = [c if c[1] is not None and c[1].precision != "year" else (c[0], dated_sentence(ctx, g) or c[1], *c[2:])
             for g, c in zip(groups, canon)]
    item_days = items_on_event_day(ctx, lex, rules.data_dir, groups, [c[1] for c in canon])  # "12:30 Networking lunch"
    canon = [(c[0], d, *c[2:]) for c, d in zip(canon, item_days)]
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
