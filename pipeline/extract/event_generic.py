"""Events named only by a generic noun and what they are about, in a sentence that says when or where.

``pattern:event_generic`` covers the class of phrasings "<a / the / its> [up to three lower-case
words] <generic event noun> <on / for / of / with / to ...> <what or whom>", where the sentence also
gives a day or month date or a known place, anywhere in it:

- "On the eve of the assembly, on 11 June, a round table on access to export markets brought
  together forty firms" (date before the phrase);
- "the side event for young founders that the agency organised on 3 May in Brest" (date after);
- "The board approved the plan; the first meeting of the new board is planned for 3 July in
  Nantes"; "a study visit to the Basque Country took place in March 2025";
- a report's timeline line or a list item that opens with the phrase instead of a determiner, after
  its date and/or bullet: "June – Study trip to the Faroe Islands with the regional network, 10–12
  June", "- 9 March 2026: study visit of twelve members to the Flanders food valley", "• 04.11.2026:
  webinar on the packaging regulation", "– Study tour to the Aragon platform: autumn 2027" (a plural
  opening an item is what the item is about: "- Meetings for the matchmaking can be booked ...");
- a mission or visit named by where it goes needs only a year or season: "our plans for 2027 include a
  business mission to Norway in spring 2027", "a return visit to Plzeň in spring 2026", also after who
  goes: "a return visit of Czech firms to Graz in 2028".

The name is the phrase as written, capitalised ("Round table on access to export markets"); the
date and place are attached by ``events`` like any other mention's. The nouns are in
``data/event_generic_heads.txt``, the words that open and end the complement in
``data/event_generic_words.csv``. Without a complement the phrase is an anaphor ("the meeting",
see ``pattern:event_anaphor``), and without a date or place in its sentence it is a topic ("a
workshop on skills would help"), so neither gives an event here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_table, phrase_alternation
from pipeline.extract.date_patterns import MONTH
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at, possessor
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.places import Gazetteer

_DET = r"(?<![\w-])(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)"
_MOD = r"(?:[a-z][\w’'-]*|\d{1,2}(?:st|nd|rd|th))"
_MONTH = MONTH  # a month's name or abbreviation, never a word that starts like one ("Novi Sad", "Marseille", "Augsburg")
_ORD = r"(?:st|nd|rd|th)?"
# the date that opens a list item or a timeline line: "9 March 2026", "14–16 May", "June 2027", "04.11.2026"
_ITEM_DATE = (rf"(?:(?:\d{{1,2}}{_ORD}(?:[ \t]*[–-][ \t]*\d{{1,2}}{_ORD})?\.?[ \t]+)?{_MONTH}(?:[ \t]+\d{{1,2}}{_ORD})?"
              rf"(?:,?[ \t]+\d{{4}})?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})")
# a list bullet (a newsletter's ">>" or "»" too), then perhaps the item's date and a colon or dash; or a line opening with its date and a dash
_ITEM = (rf"(?m:^)[ \t]*(?:(?:[-–•*·▪»]|>>?)[ \t]+(?:{_ITEM_DATE}[ \t]*[:–—-][ \t]+)?"
         rf"|{_ITEM_DATE}[ \t]*(?:[–—-]|:(?=[ \t]+[a-z]))[ \t]+)")
# "a matchmaking session on the afternoon of 4 June": "on" opens when, not what the session is about
_TIME_OF_DAY = r"the[ \t]+(?:morning|afternoon|evening|eve|first|second|third|last|next)\b"
_MAX_COMPLEMENT_WORDS = 8
_PLACE_AFTER = re.compile(r"[ \t\n]+in[ \t\n]+(?P<place>[A-ZÀ-ÞĀ-ž][\w’'-]+(?:[ \t-][A-Z][\w’'-]+)?)")
_DESTINATION = re.compile(r"[^.;:\n]*?\bto[ \t]+(?P<dest>(?:the[ \t]+)?[A-ZÀ-ÞĀ-ž][\w’'-]+(?:[ \t]+[A-ZÀ-ÞĀ-ž][\w’'-]+)*)")
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed[ \t]")  # "a delegation of eight firms travelled to Tokyo": the verb, not the noun's "to"
_TO_PLACE = re.compile(r"\bto[ \t]+(?:the[ \t]+)?[A-ZÀ-ÞĀ-ž]")  # "a delegation of nine firms to Chile": where it went
_ARTICLES = {"a", "an", "the"}  # never inside the modifiers: "- organise a return visit": the phrase starts at "a"
_POSSESSIVES = {"our", "its", "their", "his", "her", "your", "my"}
_NOT_MODIFIER_POS = {"VERB", "AUX", "DET", "PRON", "ADP", "SCONJ", "CCONJ", "PART", "PROPN"}


@dataclass(frozen=True)
class GenericLexicon:
    heads: dict[str, str]  # lower-case noun -> event type
    by_destination: frozenset[str]  # nouns named by where they go ("a business mission of 20 firms to Canada")
    only_destination: frozenset[str]  # nouns that name an event only with where they go ("a delegation (of nine firms) to ...")
    by_visitors: frozenset[str]  # nouns that name an event only with who goes where ("a visit of Slovene firms to Graz")
    of_only: frozenset[str]  # a ceremonial act's nouns, named only by "of" and what it is done to ("the signing of the MoU")
    not_object: frozenset[str]  # what such an act done to is no event ("the opening of the call")
    alone: re.Pattern[str] | None  # a project's meeting nouns that name an event without a complement
    counted: re.Pattern[str]  # "two validation workshops, in Metz on ... and in Trier on ..."
    complement: frozenset[str]
    named: frozenset[str]  # complement words that must be followed by a name ("a round table WITH the Ministry")
    stop: frozenset[str]
    pattern: re.Pattern[str]
    series: frozenset[str] = frozenset()  # "the third webinar of the series": an instalment, which its title names


@lru_cache(maxsize=8)
def load_generic_lexicon(data_dir: Path) -> GenericLexicon:
    """The generic event nouns and the complement words, compiled once per process."""
    heads: dict[str, str] = {}
    by_destination: set[str] = set()
    only_destination: set[str] = set()
    by_visitors: set[str] = set()
    of_only: set[str] = set()
    alone: set[str] = set()
    for line in data_lines(data_dir / "event_generic_heads.txt"):
        cols = [c.strip() for c in line.split("\t")]
        heads[" ".join(cols[0].lower().split())] = cols[1] if len(cols) > 1 and cols[1] else "other"
        if len(cols) > 2 and cols[2] in ("to", "to only", "of to"):
            by_destination.add(" ".join(cols[0].lower().split()))
        if len(cols) > 2 and cols[2] in ("to only", "of to"):
            only_destination.add(" ".join(cols[0].lower().split()))
        if len(cols) > 2 and cols[2] == "of to":
            by_visitors.add(" ".join(cols[0].lower().split()))
        if len(cols) > 2 and cols[2] == "of only":
            of_only.add(" ".join(cols[0].lower().split()))
        if len(cols) > 2 and cols[2] == "alone":
            alone.add(" ".join(cols[0].split()))
    rows = data_table(data_dir / "event_generic_words.csv")[1]
    complement = frozenset(r["word"].strip().lower() for r in rows if r["kind"].strip() == "complement")
    named = frozenset(r["word"].strip().lower() for r in rows if r["kind"].strip() == "named_complement")
    complement = complement | named
    stop = frozenset(r["word"].strip().lower() for r in rows if r["kind"].strip() == "stop")
    series = frozenset(r["word"].strip().lower() for r in rows if r["kind"].strip() == "series")
    not_object = frozenset(r["word"].strip().lower() for r in rows if r["kind"].strip() == "not_object")
    sp = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # a hard-wrapped line may break without a space before it
    comp = phrase_alternation(complement, space=r"\ ", empty="")
    alternation = phrase_alternation((" ".join(h.split()) for h in heads), space=sp, empty="")
    # a determiner, or a list item or timeline line that opens with the phrase, after its bullet and/or
    # its date: "June – Study trip to the Faroe Islands ...", "- 9 March 2026: study visit of twelve
    # members to ...", "• 04.11.2026: webinar on ...", "– Study tour to the Aragon platform: autumn 2027"
    lead = rf"(?:{_DET}{sp}|{_ITEM}(?P<lead>(?!(?:An?|The|Its|Their|Our)[ \t])[A-Z][a-z]+[ \t]+(?=[a-z]))?)"
    pattern = re.compile(
        rf"{lead}(?P<mods>(?:{_MOD}{sp}){{0,3}}?)(?P<head>(?i:{alternation}))(?P<plural>s|es)?{sp}"
        rf"(?P<prep>{comp}){sp}(?!\d|{_MONTH}|{WEEKDAY}|{_TIME_OF_DAY})(?P<compl>[^\n,.;:()\"“”!?]+)")
    alone_pattern = re.compile(
        rf"{_DET}{sp}(?P<mods>(?:{_MOD}{sp}){{0,2}}?)(?P<head>(?i:{phrase_alternation(alone, space=sp)}))(?![\w’'-])"
    ) if alone else None
    counted = re.compile(rf"(?<![\w-])(?i:two|three|four|five|six){sp}(?P<mods>(?:{_MOD}{sp}){{0,2}}?)(?P<head>(?i:{alternation}))"
                         rf"(?:s|es)(?![\w-])[ \t]*[,:]?[ \t]*(?=in[ \t])")
    return GenericLexicon(heads, frozenset(by_destination), frozenset(only_destination), frozenset(by_visitors),
                          frozenset(of_only), not_object, alone_pattern, counted, complement, named, stop, pattern, series)


def _complement_end(ctx: DocContext, glex: GenericLexicon, start: int, end: int) -> int:
    """Where the complement stops: before a stop word, a verb, or after the word limit."""
    last = start
    words = list(re.finditer(r"[^\s]+", ctx.text[start:end]))
    for n, w in enumerate(words):
        word = w.group().lower().strip("’'")
        pos = ctx.pos.get(start + w.start(), ("", "", False))[0]
        if word == "on" and n + 1 < len(words) and re.fullmatch(r"[a-z][\w-]*", words[n + 1].group()) \
                and words[n + 1].group() not in glex.stop and words[n + 1].group() not in ("the", "a", "an"):
            last = start + w.end()  # "a working group on food chains": "on" opens a topic, not a date
            continue
        if n >= _MAX_COMPLEMENT_WORDS or word in glex.stop or re.fullmatch(r"\d.*", word) \
                or pos in ("VERB", "AUX", "SCONJ", "PRON") and not word.endswith("ing") and word not in _POSSESSIVES:
            break
        last = start + w.end()
    trail = re.search(r"(?:[ \t\n]+(?:for|in|on|at|of|to|by|from|the|a|an))+$", ctx.text[start:last])
    return start + trail.start() if trail else last  # "a mission to Japan for [spring 2027]"


def _destination_end(ctx: DocContext, to: int, end: int) -> int:
    """Where "to <the Name>" ends when the words after the name carry no part-of-speech tags to stop the
    complement at a verb (a block without an event keyword is not tagged): "a visit to the Tallinn
    Robotics Centre [closed the programme]"."""
    dest = _DESTINATION.match(ctx.text, to, end)
    if dest is None or dest.end() >= end:
        return end
    after = re.search(r"\S", ctx.text[dest.end():end])
    return dest.end() if after and not ctx.pos.get(dest.end() + after.start(), ("", "", False))[0] else end


def _act_of(glex: GenericLexicon, m: re.Match[str]) -> bool:
    """A ceremonial act's noun ("signing", "opening", "handover") is named by "of" and what it is done to, a single
    act (no plural "openings"), and that is no call or registration (``not_object``)."""
    words = [w for w in re.findall(r"[\w’'-]+", m.group("compl").lower())[:3] if w not in _ARTICLES]
    return m.group("prep").lower() == "of" and not m.group("plural") and bool(words) and words[0] not in glex.not_object


def _mods_ok(ctx: DocContext, start: int, end: int) -> bool:
    """The words before the noun describe it ("first", "online", "follow-up"): no verb or function word."""
    return not any(w.group() in _ARTICLES or ctx.pos.get(start + w.start(), ("", "", False))[0] in _NOT_MODIFIER_POS
                   and not w.group().endswith("ing") and "-" not in w.group()
                   for w in re.finditer(r"[\w’'-]+", ctx.text[start:end]))


def _when_or_where(ctx: DocContext, gaz: Gazetteer, start: int, end: int) -> bool:
    """The sentence gives a day or month date, or "in <known place>"."""
    s, e = ctx.sentence(start, end)
    if any(d.precision in ("day", "month") for d in ctx.dates_between(s, e)):
        return True
    return any(gaz.place(m.group("place")) != (None, None) for m in _PLACE_AFTER.finditer(ctx.text, s, e))


def _in_brackets(ctx: DocContext, start: int) -> bool:
    """The phrase stands inside brackets opened earlier in its sentence: the programme of the event around it."""
    before = ctx.text[ctx.sentence(start, start)[0]:start]
    return before.count("(") > before.count(")")


def _year_after(ctx: DocContext, end: int) -> bool:
    """A date of any precision soon after the phrase in its clause ("… to Poland in spring 2027"), not in
    the next clause ("… to South-East Asia; earlier missions went to Japan (2024)")."""
    stop = min(ctx.sentence(end, end)[1], end + 40)
    semi = ctx.text.find(";", end, stop)
    return bool(ctx.dates_between(end, semi if semi >= 0 else stop))


def generic_events(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Described events named by a generic noun and its complement (``pattern:event_generic``; see
    the module doc)."""
    glex = load_generic_lexicon(data_dir)
    out = []
    pos = 0
    while (m := glex.pattern.search(ctx.text, pos)) is not None:
        pos = m.end()
        if not _mods_ok(ctx, m.start("lead") if m.group("lead") else m.start("mods"), m.end("mods")):
            pos = m.start("mods")  # "the question at a round table on ...": the phrase starts later
            continue
        if m.group("plural") and not m.group("det"):
            continue  # "- Meetings for the partnering session can be booked ...": a list item about the sessions, not one
        end = _complement_end(ctx, glex, m.start("compl"), m.end("compl"))
        if end <= m.start("compl"):
            continue
        if glex.series & {w.lower() for w in re.findall(r"[\w-]+", ctx.text[m.start("compl"):m.start("compl") + 50])[:4]}:
            continue  # "the next webinar of the series, “Title”": an instalment, named by its title or the series' name
        if m.group("prep").lower() in glex.named and not re.search(r"\b[A-Z]", ctx.text[m.start("compl"):end]):
            continue  # "closed the meeting with a short message": "with" names a party, or it is no event
        if m.group("prep").lower() == "to" and not re.match(r"(?:the[ \t\n]+)?[A-ZÀ-ÞĀ-ž]", ctx.text[m.start("compl"):end]):
            continue  # "our mission to support SMEs": "to" before a verb gives a purpose, not a destination
        start = m.start("lead") if m.group("lead") else m.start("mods") if m.group("mods") else m.start("head")
        if _in_brackets(ctx, start):
            continue  # "(visits to plants and a matchmaking session with SMEs)": the programme of the event around it
        head = " ".join(m.group("head").lower().split())
        before = ((m.group("lead") or "") + m.group("mods")).lower().split()
        if before and f"{before[-1]} {head}" in glex.heads:
            head = f"{before[-1]} {head}"  # "June – Study visit to ...": the item's first word belongs to the noun
        if head in glex.of_only and not _act_of(glex, m):
            continue  # "a presentation on hydrogen", "the opening of the call": no public act of its own
        to_place = m.group("prep").lower() == "to" or _TO_PLACE.search(ctx.text, m.start("compl"), end)
        if not _when_or_where(ctx, gaz, start, end) and not (head in glex.by_destination and to_place and _year_after(ctx, end)):
            continue  # "a business mission to Poland in spring 2027", "a return visit of Czech firms to Graz in 2028":
            # a named destination needs only a year
        if head in glex.only_destination:
            if m.group("prep").lower() == "to" and head not in glex.by_visitors:
                end = _destination_end(ctx, m.start("prep"), end)
            elif m.group("prep").lower() != "of" or not (to := _TO_PLACE.search(ctx.text, m.start("compl"), end)) \
                    or _PAST_VERB.search(ctx.text, m.start("compl"), to.start()):
                continue  # "a delegation of the ministry travelled to ...", "a visit to the new hall": not named by who goes where
        elif head in glex.by_destination and m.group("prep").lower() != "to" \
                and (dest := _DESTINATION.match(ctx.text, end, min(ctx.sentence(start, end)[1], end + 80))):
            end = dest.end()  # "a business mission of twenty small and medium-sized firms to Canada": where it goes names it too
        name = clean_event_name(ctx.text[start:end])
        name = name[:1].upper() + name[1:]
        hit = lex.lookup(head.split())  # "the round table closed with ...": anaphors find it by its keyword
        out.append(Candidate(start, end, name, "pattern:event_generic", hit[0] if hit else None, glex.heads.get(head, "other")))
    taken = [(c.start, c.end) for c in out]
    alone = [c for c in _meetings_alone(ctx, glex, lex, gaz) if not any(a <= c.start < b for a, b in taken)]
    return out + alone + _counted_in_places(ctx, glex, lex, gaz)


def _meetings_alone(ctx: DocContext, glex: GenericLexicon, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """A project's or network's own meeting named by its noun alone ("alone" in
    ``data/event_generic_heads.txt``: kick-off meeting, partner meeting, final conference, mid-term
    review) in a sentence that gives a day or month date or a known place: "On 11 and 12 March the
    partners met in Graz for their kick-off meeting", "the project started in May 2024 with a kick-off
    meeting in Lyon". A project holds one such meeting, so the noun says which event; after "its /
    their" the name opens with the sentence's acronym ("TIMBERLINK kick-off meeting"). The sentence's
    date is its date when it is the only day or month date there ("Partners met in Faro from 2 to 4 May
    for the project's third partner meeting"), after the noun only on its own line (a title line's
    "By <author> | 1 December" below it is the publication date)."""
    if glex.alone is None:
        return []
    out = []
    for m in glex.alone.finditer(ctx.text):
        if not _mods_ok(ctx, m.start("mods"), m.end("mods")) or not _when_or_where(ctx, gaz, m.start(), m.end()) \
                or _in_brackets(ctx, m.start()):
            continue
        mods = m.group("mods").split()
        start = m.start("mods") if mods else m.start("head")
        while mods and (mods[0].lower() in lex.generic or re.search(r"[’']s$", mods[0])):
            # "a two-day kick-off meeting", "the project's mid-term review": neither says which event
            start = ctx.text.index(mods[1] if len(mods) > 1 else m.group("head"), start + len(mods[0]))
            mods = mods[1:]
        name = clean_event_name(ctx.text[start:m.end("head")])
        owner = possessor(ctx, m.start("mods")) if m.group("det").lower() in ("its", "their") else None
        if owner:  # "their third partner meeting" → "Third AQUAREST partner meeting": the edition stays first
            first, _, rest = name.partition(" ")
            name = f"{first.capitalize()} {owner} {rest}" if rest and ordinal_value(first) else f"{owner} {name}"
        name = name[:1].upper() + name[1:]
        head = " ".join(m.group("head").lower().split())
        words = head.split()  # "final conference" is a conference: it joins "Final conference “Title”" of the same text
        hits = [h for j in range(len(words)) if (h := keyword_at(lex, words, j))]
        s, e = ctx.sentence(m.start(), m.end())
        line_end = ctx.text.find("\n", m.end())
        e = min(e, line_end) if line_end >= 0 else e  # after the noun only on its line: a title's byline date is not its own
        dated = [d for d in ctx.dates_between(s, e) if d.precision in ("day", "month")]
        out.append(Candidate(start, m.end("head"), name, "pattern:event_generic", hits[-1][1] if hits else None,
                             glex.heads.get(head, "other"), dates=dated[0] if len(dated) == 1 else None))
    return out


_IN_PLACE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?in[ \t]+(?P<place>[A-ZÀ-ÞĀ-ž][\w’'-]+(?:[ \t-][A-ZÀ-ÞĀ-ž][\w’'-]+)?)"
                       r"(?:[ \t]*\(|[ \t]+on[ \t]+|[ \t]*,[ \t]*)?")


def _counted_in_places(ctx: DocContext, glex: GenericLexicon, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """"held two validation workshops, in Metz on 24 June and in Trier on 8 July", "three regional
    workshops: in Braga, in Lodz and in Plovdiv": a counted plural of a generic event noun followed by
    the known places it was held in, each with its date when one follows. One event per place, named
    "<Noun> (<place>)" ("Validation workshop (Metz)")."""
    out = []
    for m in glex.counted.finditer(ctx.text):
        if not _mods_ok(ctx, m.start("mods"), m.end("mods")):
            continue
        noun = clean_event_name(ctx.text[m.start("mods") if m.group("mods") else m.start("head"):m.end("head")])
        noun = noun[:1].upper() + noun[1:]
        head = " ".join(m.group("head").lower().split())
        hit = lex.lookup(head.split())
        pos, found = m.end(), []
        while (p := _IN_PLACE.match(ctx.text, pos)) is not None:
            city, country = gaz.place(p.group("place"))
            if city is None and country is None:
                break
            date = next((d for d in ctx.dates_between(p.end(), p.end() + 3) if d.precision in ("day", "month")), None)
            found.append(Candidate(p.start("place"), p.end("place"), f"{noun} ({p.group('place')})", "pattern:event_generic",
                                   hit[0] if hit else None, glex.heads.get(head, "other"), dates=date, city=city, country=country))
            pos = date.end if date is not None else p.end("place")
        if len(found) >= 2:  # one place for "two workshops" says nothing of the other
            out.extend(found)
    return out
