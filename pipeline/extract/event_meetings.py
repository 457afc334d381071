"""Meetings that an organisation holds under a generic name, with their date right beside them.

``pattern:event_meeting`` covers the class of phrasings "<the / its / their / our / a> [ordinal or up to
three modifiers] <meeting noun> [of <Owner>]" followed at once by the day or month it is held on:

- a date right after the phrase: "At the Annual General Meeting on 26 June 2025, members elected ...",
  "the General Assembly of 12 June 2025 elected a board", "the board meeting in Tartu on 4 May";
- a place and date in brackets or after a comma: "the notes of the 9th Board meeting (Tartu, 3 March
  2026) were approved", "- the general assembly, 14 April 2026";
- a verb saying it is held: "The next General Assembly will take place on 20 October 2026", "NWN
  will hold its general assembly online on 2 February 2026", "A final conference in Lisbon is planned
  for June 2027", or only "is / was on" a day ("the next board meeting is on 4 May");
- an owner and a venue between: "the final conference of the Horizon Europe project AGRITWIN at
  Kursaal Hall on 9 October 2026", "our annual meeting 2025 was held in Lund on 2 April 2025";
- a season or "early / late" before the year (``data/event_date_leads.txt``), which says which meeting
  where a bare year does not: "at the next General Assembly in spring 2027", "The next General Assembly
  will be held in autumn 2029 in Volos";
- whom it is for or with between (the audience, kept in the name): "AICT will organise a debriefing for
  all members on 22 January", "A preparatory call with the Finnish partners is planned for 24 August",
  "A preparatory online meeting for registered participants will take place on 26 September" (a
  pronoun, "for him", is no audience; an event keyword with its audience, "a webinar for growers on 3
  May", is ``pattern:event_described``'s).

Without a determiner the noun must be capitalised and open its phrase ("October – General Assembly on
15 October", "Subject: Board meeting of 14 April 2027"); a paragraph may be hard-wrapped inside the
phrase ("The General Assembly\nmet on 24 April"). A day written before the meeting (``dated_before``,
the same rule): "On 8 October we hosted the partner meeting in Ghent", "the networks met in Porto on 10
March for the annual community meeting" (verbs in ``data/event_meeting_hold_verbs.txt``).

A meeting with its number ("the notes of board meeting no. 60 of 3 December 2026 were approved",
"Minutes of meeting no. 30 (23 June 2026) approved") is one meeting too, with or without a
determiner, and "meeting" alone is enough before the number; the number stays in the name
("Board meeting no. 60"), so that the meetings of one body stay apart.

The nouns name gatherings of every kind an organisation holds: "a remembrance evening for members on 16
April", "an online clarification call on 28 February" (an evening named by its kind, a call by its
purpose). A name of one word is dropped ("a workshop on 3 May" says which kind, not which event) unless
the noun names one event alone (``data/event_meeting_single_heads.txt``): a project's kick-off ("since
the kick-off in Vigo in February 2030"), a funeral. An event keyword of ``data/event_keywords.txt`` after a
capitalised acronym ("an EEN brokerage event on 2 December") is ``pattern:event_lower``'s.

A body holds one general assembly, one board meeting or one kick-off meeting on a day, so such a
phrase names one event although it has no words of its own (the rules of
:mod:`event_phrases` drop "the next General Assembly" as saying nothing). The nouns are in
``data/event_meeting_heads.txt``. The name is the phrase without its determiner and without leading
words of ``data/event_generic_words.txt`` ("next", "upcoming"); after "its / their" it starts with the
owner the sentence names (``event_context.possessor``: "NWN general assembly"), as it does when the
acronym is written before the noun ("the TAMC members' meeting on 18 November"). When a record's label
stands before it ("Approval of the minutes of the General Assembly of 14 June 2033", ``[earlier]`` of
``data/event_minutes_words.txt``), the day after "of" stays in the name ("General Assembly of 14 June 2033"):
the minutes of an earlier meeting are approved at the one the document records. The phrase is a body,
not an event, when no date follows it ("The General Assembly approved the accounts on 3 May": the
verb stands between) or when only a year does.

A governing body's meeting named only as "its meeting" (``body_meetings``, the same rule): "The board
approved three new members at its meeting on 3 April", "The Board of the Fjord Food Cluster admitted
two firms at its meeting in Bergen on 4 May", "At its meeting of 22 September the Council elected a
vice-president", "the board will decide at its first meeting in January 2027". The body is the one
of ``data/event_meeting_bodies.txt`` that the sentence names, the owner the name after "<body> of",
an acronym right before the body ("the DPA board") or the sentence's acronym
(``event_context.possessor``); the name is "<Owner> board meeting", or "Board meeting" without one.
A council's "session" or "sitting" is its meeting too, and a capitalised word right before the body
names the body with it: "the plan will be presented to the County Council in its session of 6 March" →
"County Council session", "the Regional Council approved it at its meeting on 3 April" → "Regional
Council meeting". "Its constituent meeting" (the first meeting of a body in its new composition) keeps the word: "The new
Presidium will hold its constituent meeting on 4 April" → "Presidium constituent meeting".
A group said to meet on a day (``group_meetings``, the same rule) names that meeting: "A working group
on certification will meet for the first time on 18 November" → "First meeting of the working group on
certification", "the joint task force on port data meets online on 8 July", "the Vineyard Robotics Task Force
meets again on 9 June" → "Meeting of the Vineyard Robotics Task Force", "the advisory board next
meets on 4 May" → "Advisory board meeting", "a jury that meets in Namur on 3 June" → "Jury meeting" (groups
in ``data/event_meeting_groups.txt``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, phrase_alternation
from pipeline.extract.date_patterns import MONTH
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, possessor
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.event_numbered_rows import meeting_words
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER

_S = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # a space, or the line break of a hard-wrapped paragraph
_MONTH = MONTH  # a month's name or abbreviation, never a word that starts like one ("Novi Sad", "Marseille", "Augsburg")
_PLACE = rf"(?!{_MONTH}){UPPER}[\w’'-]+(?:[ \t-]{UPPER}[\w’'-]+)?"
# "will take place", "was held", "meets", "is planned for", "is on": the clause says the meeting is held then
_HELD = (r"(?:will{s}(?:be{s})?(?:take{s}place|held|hosted|meet)|(?:took|takes){s}place|(?:is|was|are|were){s}"
         r"(?:held|hosted|planned|scheduled|convened)|(?:is|are|was|were)(?={s}on{s})|meets|met|held|planned|scheduled)").format(s=_S)
# a determiner, or a list bullet opening the line ("- General Assembly, 23 April 2026")
_DET = (r"(?:(?<![\w-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]n?)" + _S
        # "the TAMC members' meeting", "the GECT GO assembly": an owner's acronym of one or two words
        + r"(?:(?P<pre>[A-Z]{2}[A-Z&-]{0,8}(?:[ \t][A-Z]{2}[A-Z&-]{0,8})?)" + _S + r")?|(?m:^[ \t]*[-–•*][ \t]+)"
        # no determiner: the noun itself capitalised, not inside a longer phrase ("October – General Assembly
        # on 15 October", "Subject: Board meeting of 14 April 2027"); no lower-case modifier can follow
        + r"|(?<![\w’'&,-][ \t])(?<![\w’'&-])(?=[A-Z][a-z]))")  # "the TAMC members' meeting"
# a modifier: never an article, which opens another noun phrase ("where the cluster hosts a members' lunch on ...")
_MOD = r"(?:(?!(?:an?|the)\b)[a-z][\w’'-]*|\d{1,2}(?:st|nd|rd|th))"
# a modifier before a numbered meeting: no function word ("the notes OF board meeting no. 60")
_NUMBERED_MOD = r"(?!(?i:of|the|and|at|in|on|for|to|with|from|an?|its|their|our)\b)[A-Za-z][\w’'-]*"


def _phrases(data_dir: Path, name: str) -> list[str]:
    """The lines of a data file, lower-cased, one space between words."""
    return [" ".join(h.lower().split()) for h in data_lines(data_dir / name)]


@lru_cache(maxsize=8)
def _single_heads(data_dir: Path) -> frozenset[str]:
    """The meeting nouns that name one event by themselves (``data/event_meeting_single_heads.txt``:
    "kick-off", "funeral")."""
    return frozenset(_phrases(data_dir, "event_meeting_single_heads.txt"))


@lru_cache(maxsize=8)
def _owned_heads(data_dir: Path) -> frozenset[str]:
    """The meeting nouns that name one event after their owner's acronym (``data/event_meeting_owned_heads.txt``:
    "the GECT GO assembly")."""
    return frozenset(_phrases(data_dir, "event_meeting_owned_heads.txt"))


def _names_one(name: str, head: str, after: str, data_dir: Path) -> bool:
    """True when the name says which event: two words or more besides ordinals ("Remembrance evening",
    "General Assembly"), or a noun that names one event alone ("the kick-off in Vigo in February 2030" →
    "Kick-off"), unless "of" follows it with what it starts ("the kick-off of the mentoring scheme" is
    named by the scheme, ``pattern:event_generic``); "a workshop on 3 May" says only which kind."""
    if len([w for w in name.split() if not ordinal_value(w)]) >= 2:
        return True
    if any(ordinal_value(w) for w in name.split()) and _numbered_meeting_word(head, data_dir):
        return True  # "The 8th meeting will take place on 8 June": a body's meetings are counted, the number says which
    return " ".join(head.lower().split()) in _single_heads(data_dir) and name.lower() == " ".join(head.lower().split()) \
        and re.match(r"\s+of\b(?![ \t]+\d)", after) is None  # "the AGM of 27 November" is dated, not "of" a scheme


@lru_cache(maxsize=8)
def _heads(data_dir: Path) -> frozenset[str]:
    """The meeting nouns of ``data/event_meeting_heads.txt``, lower-case."""
    return frozenset(" ".join(h.lower().split()) for h in _phrases(data_dir, "event_meeting_heads.txt"))


def _numbered_meeting_word(head: str, data_dir: Path) -> bool:
    """True for a meeting word that a number makes one meeting of a body's (``data/event_numbered_meeting_words.txt``,
    the words of numbered meeting rows: "meeting", "Sitzung"); not "workshop": "the third workshop" is a series' next
    (``pattern:event_series``)."""
    words = meeting_words(data_dir)
    head = head.lower().strip()
    return head in words or head.endswith("s") and head[:-1] in words


@lru_cache(maxsize=8)
def _pattern(data_dir: Path) -> re.Pattern[str] | None:
    heads = _phrases(data_dir, "event_meeting_heads.txt")
    if not heads:
        return None
    # "the 8th meeting": a bare meeting word after an ordinal (``_names_one``; :func:`meetings` checks the ordinal)
    alternation = phrase_alternation([*heads, *sorted(set(meeting_words(data_dir)) - _heads(data_dir))], _S)
    caps = rf"{UPPER}[\w’'&-]*(?:(?:{_S}(?:of|for|and|the))*{_S}{UPPER}[\w’'&-]*)*"
    # "of the Baltic Wood Network", "of the Horizon Europe project TWINCLUST"
    owner = rf"(?:{_S}of{_S}(?:the{_S})?(?P<owner>{caps}(?:{_S}(?:project|programme|network|cluster|partnership){_S}{caps})?))"
    # "at Tampere Hall", "at the Town Hall"; "during Milan Design Week": the event it is held at, no part of its name
    venue = rf"(?:{_S}(?:at|during){_S}(?:the{_S})?{caps})?"
    link = (rf"(?P<link>[ \t]*(?:,|\(|:)[ \t]*(?:(?P<place1>{_PLACE})[ \t]*,[ \t]*)?"
            rf"|{venue}{_S}(?:online{_S})?(?:in{_S}(?P<place2>{_PLACE}){_S})?(?:on|of|in|from){_S}(?:the{_S}morning{_S}of{_S})?"
            rf"|(?:{_S}in{_S}(?P<place4>{_PLACE}))?,?{_S}(?P<held>{_HELD})(?:{_S}online)?(?:{_S}in{_S}(?P<place3>{_PLACE})(?:,[ \t]*{_PLACE})?)?[ \t]*,?{_S}"
            rf"(?:(?:on|in|from|for){_S})?)")
    # "board meeting no. 60", "meeting No. 41", "Steering Committee meeting nr. 7": numbered, no determiner needed
    numbered = (rf"(?<![\w’'-])(?P<nnp>(?P<nmods>(?:{_NUMBERED_MOD}{_S}){{0,2}}?)(?P<nhead>(?i:{alternation}|meeting|session))"
                rf"{_S}(?i:no\.?|nr\.?|number|n°|\#)[ \t]*\d{{1,4}}(?![\w-]))")
    # "for all members", "with the Finnish partners": whom the meeting is for, before the verb or the day
    # ("a farewell reception for him": a pronoun says whom only with the sentence before, and stays out)
    audience = (rf"(?:{_S}(?P<audience>(?:for|with){_S}(?!(?:the{_S})?(?:first|second|third|next|last){_S}time\b)"
                rf"(?!(?i:him|her|them|us|you|it|me)\b)[^\W\d](?:(?!during\b)[^.,;:!?()\n\d]){{0,60}}?))")
    # "in spring 2027", "in the autumn of 2029": a season or "early / late" before the year (data/event_date_leads.txt)
    leads = _phrases(data_dir, "event_date_leads.txt")
    lead = rf"(?P<lead>(?:the{_S})?(?i:{phrase_alternation(leads, _S)}){_S}(?:of{_S})?(?=(?:19|20)\d\d\b))?" if leads else ""
    return re.compile(rf"(?:{_DET}(?P<np>(?P<mods>(?:{_MOD}{_S}){{0,3}}?)(?P<head>(?i:{alternation}))(?![\w-])(?:{_S}(?:19|20)\d\d\b)?)"
                      rf"|{numbered})(?:{owner}|{audience})?{link}(?:{WEEKDAY},?{_S})?{lead}(?=\d|{_MONTH})")


@lru_cache(maxsize=8)
def _record_before(data_dir: Path) -> re.Pattern[str]:
    labels = data_sections(data_dir / "event_minutes_words.txt").get("earlier", [])
    return re.compile(rf"(?<![\w-])(?i:{phrase_alternation(labels, _S)}){_S}of{_S}$")


def _minutes_of(ctx: DocContext, m: re.Match[str], data_dir: Path) -> bool:
    """The meeting is the one whose record is approved, dated by "of <day>": "Approval of the minutes of
    the General Assembly of 14 June 2033", "the minutes of the board meeting of 3 May were adopted"; a
    record's label of ``data/event_minutes_words.txt`` (``[earlier]``) before it. A meeting named so is told apart from the
    meeting whose agenda approves its record by that day, which stays in its name."""
    link = m.group("link")
    return bool(m.group("det")) and link is not None and re.fullmatch(rf"{_S}of{_S}", link) is not None \
        and _record_before(data_dir).search(ctx.text, max(0, m.start() - 30), m.start()) is not None


def _date_at(ctx: DocContext, pos: int):
    """The date that starts right at ``pos``, if any."""
    return next((d for d in ctx.dates_between(pos, pos + 40) if d.start == pos), None)


def meeting_events(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """General assemblies, board meetings, kick-off meetings ... named by their noun and dated right
    beside it (``pattern:event_meeting``; see the module doc)."""
    pattern = _pattern(data_dir)
    if pattern is None:
        return []
    out = []
    pos = 0
    while (m := pattern.search(ctx.text, pos)) is not None:
        pos = m.end()
        date = _date_at(ctx, m.end())
        if date is None or (date.precision == "year" and not m.group("held") and not m.groupdict().get("lead")):
            continue  # "the board meeting in 2020": too vague to say which meeting; "in spring 2027" says which
        g_np, g_mods, g_head = ("np", "mods", "head") if m.group("np") is not None else ("nnp", "nmods", "nhead")
        mods = m.group(g_mods).split()
        if g_np == "np" and not _heads(data_dir) & {" ".join(m.group("head").lower().split())} and not any(map(ordinal_value, mods)):
            pos = m.start() + 1
            continue  # "the steering meeting on 3 May": a bare meeting word names one only with its number ("the 8th meeting")
        if any(not ordinal_value(w) and w.lower() not in lex.generic and ctx.pos.get(m.start(g_mods) + m.group(g_mods).find(w), ("",))[0]
               in ("VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ") for w in mods):
            # "the members approved at the board meeting ...": a clause, not a modifier; the meeting may
            # start inside it ("The minutes of the General Assembly of 3 May 2027 were approved")
            pos = m.start() + 1
            continue
        if g_np == "np" and m.group("pre") and (low := lex.lower_pattern.match(ctx.text, m.start("pre"))) is not None \
                and low.end("kw") == m.end("head") and lex.lookup(m.group("head").lower().split()):
            continue  # "an EEN brokerage event on 2 December": a lower-case event keyword after a capitalised word, ``pattern:event_lower``'s
        if m.group("audience") and g_np == "np" and lex.lookup(m.group("head").lower().split()):
            continue  # "a workshop for young founders will be held on ...": an event keyword, ``pattern:event_described``'s
        start = m.start(g_np)
        single = " ".join(m.group(g_head).lower().split()) in _single_heads(data_dir)
        while mods and (mods[0].lower() in lex.generic and not ordinal_value(mods[0]) or re.search(r"[’']s$", mods[0])):
            if single and [w.lower() for w in mods] == ["next"]:
                break  # "the next AGM": a noun that is the name alone keeps "next", as the gold writes it ("next AGM")
            # "the next", "the cluster's summer reception": neither says which event, the noun and the date do
            start = ctx.text.index(mods[1] if len(mods) > 1 else m.group(g_head), start + len(mods[0]))
            mods = mods[1:]
        end = m.end("owner") if m.group("owner") else m.end("audience") if m.group("audience") else m.end(g_np)
        name = clean_event_name(ctx.text[start:end])
        owner = possessor(ctx, m.start(g_np)) if (m.group("det") or "").lower() in ("its", "their") else None
        owned = g_np == "np" and m.group("pre") and " ".join(m.group(g_head).lower().split()) in _owned_heads(data_dir)
        if not owner and not owned and not _names_one(name, m.group(g_head), ctx.text[end:end + 6], data_dir):
            continue  # "a workshop on 3 May": one word says which kind, not which event ("the third
            # workshop is planned for May" is the next of a series: ``pattern:event_series``)
        owner = owner or (m.group("pre") if g_np == "np" else None)
        name = f"{owner} {name}" if owner else name[:1].upper() + name[1:]
        if date.precision == "day" and _minutes_of(ctx, m, data_dir):
            name = f"{name} of {' '.join(date.text.split())}"  # "the minutes of the General Assembly of 14 June 2033"
        place = m.group("place1") or m.group("place2") or m.group("place3") or m.group("place4")
        city, country = gaz.place(place) if place else (None, None)
        hit = lex.lookup(m.group(g_head).lower().split())
        out.append(Candidate(start, end, name, "pattern:event_meeting", hit[0] if hit else None,
                             hit[1] if hit else "other", dates=date, city=city, country=country))
    return out + body_meetings(ctx, lex, gaz, data_dir) + group_meetings(ctx, lex, gaz, data_dir) + dated_before(ctx, lex, gaz, data_dir)


_ITS_MEETING = re.compile(
    rf"(?<![\w-])[Ii]ts{_S}(?P<mods>(?:(?:first|next|last|latest|second|third|constituent|regular|ordinary){_S})?)"
    rf"(?P<head>meeting|session|sitting)(?:{_S}in{_S}(?P<place>{_PLACE}))?,?{_S}(?:on|of|in|from){_S}(?:{WEEKDAY},?{_S})?(?=\d|{_MONTH})")
_CAPS = rf"{UPPER}[\w’'&-]*(?:{_S}(?:of{_S}|for{_S}|and{_S}|&{_S})?{UPPER}[\w’'&-]*)*"


@lru_cache(maxsize=8)
def _bodies(data_dir: Path) -> re.Pattern[str] | None:
    bodies = sorted((" ".join(b.lower().split()) for b in data_lines(data_dir / "event_meeting_bodies.txt")), key=len, reverse=True)
    if not bodies:
        return None
    # "the DPA board"; "the County Council": a capitalised word that names the body with it (no determiner)
    alternation = phrase_alternation(bodies, _S)
    # not the first word of a listed body ("Supervisory Board" is the body itself)
    caps = rf"(?P<caps>(?!(?:The|An?|Its|Their|Our|This|That|At|In|On|By|To|For|Of)\b|(?i:{alternation})(?![\w-]))[A-Z][a-z][\w’'-]*)"
    return re.compile(rf"(?<![\w-])(?:(?:(?P<pre>[A-Z]{{2}}[A-Z&-]{{0,8}})|{caps}){_S})?(?P<body>(?i:{alternation}))(?![\w-])"
                      rf"(?:{_S}of{_S}(?:the{_S})?(?P<owner>{_CAPS})(?:{_S}\((?P<acr>[A-Z][A-Z0-9&-]{{1,9}})\))?)?")


def body_meetings(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """"The board approved two members at its meeting on 3 April": the meeting of the governing body the
    sentence names, dated right after "its meeting" (see the module doc)."""
    bodies = _bodies(data_dir)
    if bodies is None:
        return []
    out = []
    for m in _ITS_MEETING.finditer(ctx.text):
        date = _date_at(ctx, m.end())
        if date is None or date.precision == "year":
            continue
        s, e = ctx.sentence(m.start(), m.end())
        named = [b for b in bodies.finditer(ctx.text, s, e) if not b.group("body").isupper()  # a heading's "COUNCIL"
                 and (b.group("body")[:1].isupper() or b.start() < m.start())]
        before = [b for b in named if b.start() < m.start()]
        if not named:
            continue  # "the network discussed it at its meeting on 3 May": no body, no saying which meeting
        b = before[-1] if before else named[0]
        owner = b.group("acr") or b.group("pre") or possessor(ctx, m.start("mods"))
        if owner and f"({owner})" not in ctx.text and len(re.findall(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", ctx.text)) < 2:
            owner = None  # a word of a heading in capitals ("… ELECTED VICE-PRESIDENT"), not the body's acronym
        if owner is None and b.group("owner") and len(b.group("owner").split()) > 1:
            owner = b.group("owner")  # "The Board of Havkraft Ocean Tech Cluster", not "the Council of the Alliance"
        body = " ".join(b.group("body").lower().split())
        if not (b.group("acr") or b.group("pre") or b.group("owner")) and b.group("caps") and b.group("body")[:1].isupper():
            owner, body = None, " ".join(ctx.text[b.start("caps"):b.end("body")].split())  # "the County Council in its session of …"
        mods = m.group("mods").split()
        lead = [w.capitalize() for w in mods if ordinal_value(w) or w.lower() in ("next", "last", "latest")]
        # "its constituent meeting": the body's first meeting in its new composition, not any of its meetings
        kind = [w.lower() for w in mods if w.lower() == "constituent"]
        words = lead + ([owner] if owner else []) + [body, *kind, m.group("head").lower()]
        name = " ".join(words)
        city, country = gaz.place(m.group("place")) if m.group("place") else (None, None)
        hit = lex.lookup(["meeting"])
        out.append(Candidate(m.start("head"), m.end("head"), name[:1].upper() + name[1:], "pattern:event_meeting",
                             hit[0] if hit else None, hit[1] if hit else "other", dates=date, city=city, country=country))
    return out


_MEETS = (rf"(?P<verb>will{_S}meet|meets|met|is{_S}to{_S}meet|are{_S}to{_S}meet)"
          rf"(?P<adv>(?:{_S}(?:online|again|in{_S}person|physically|for{_S}the{_S}(?P<first>first){_S}time))*)"
          rf"(?:{_S}in{_S}(?P<place>{_PLACE}))?,?{_S}(?:on|in|from){_S}(?:{WEEKDAY},?{_S})?(?=\d|{_MONTH})")


@lru_cache(maxsize=8)
def _groups(data_dir: Path) -> re.Pattern[str] | None:
    groups = _phrases(data_dir, "event_meeting_groups.txt")
    if not groups:
        return None
    return re.compile(
        rf"(?<![\w-])(?P<det>[Aa]n?|[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his){_S}(?P<np>(?P<mods>(?:(?:[a-z]|{UPPER})[\w’'-]*{_S}){{0,2}}?)"
        rf"(?P<group>(?i:{phrase_alternation(groups, _S)}))(?![\w-])(?:{_S}(?:on|for){_S}[^,.;:()\n]{{1,60}}?)?)"
        rf"(?:(?:[ \t]*,[^,.;:\n]{{1,60}},)?{_S}(?:(?:that|which|next){_S})?{_MEETS}|[’']s{_S}(?:(?P<first2>first|next){_S})?meeting"
        rf"(?:{_S}in{_S}(?P<place2>{_PLACE}))?,?{_S}(?:on|in|from){_S}(?:{WEEKDAY},?{_S})?(?=\d|{_MONTH}))")


def group_meetings(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """"A working group on certification will meet for the first time on 18 November": the group's
    meeting on that day (see the module doc)."""
    groups = _groups(data_dir)
    if groups is None:
        return []
    out = []
    for m in groups.finditer(ctx.text):
        date = _date_at(ctx, m.end())
        if date is None or date.precision == "year" or any(
                ctx.pos.get(m.start("mods") + w.start(), ("",))[0] in ("VERB", "AUX", "ADP", "PRON", "DET")
                for w in re.finditer(r"\S+", m.group("mods"))):
            continue
        first = "First " if m.group("first") or m.group("first2") == "first" else ""
        np = clean_event_name(m.group("np"))
        if np.lower() == " ".join(m.group("group").lower().split()):  # "the board will meet again on ..."
            name = f"{first}{np} meeting"
        else:  # "the working group's next meeting in Kaunas on 18 March": which group says which meeting
            name = f"{first}meeting of the {np}"
        place = m.group("place") or m.group("place2")
        city, country = gaz.place(place) if place else (None, None)
        hit = lex.lookup(["meeting"])
        out.append(Candidate(m.start("np"), m.end("np"), name[:1].upper() + name[1:], "pattern:event_meeting", hit[0] if hit else None,
                             hit[1] if hit else "other", dates=date, city=city, country=country))
    return out


@lru_cache(maxsize=8)
def _held_after(data_dir: Path) -> re.Pattern[str] | None:
    heads, verbs = _phrases(data_dir, "event_meeting_heads.txt"), _phrases(data_dir, "event_meeting_hold_verbs.txt")
    if not heads or not verbs:
        return None
    return re.compile(
        rf"[ \t,]*(?:[^.;:!?()\n]{{0,70}}?(?<![\w-])(?P<verb>(?i:{phrase_alternation(verbs, _S)}))(?![\w-])(?:(?!(?i:to|about|on|and|but)[ \t])[^.;:!?()\n]){{0,60}}?"
        rf"|(?:(?!(?i:to|about|on|and|but)[ \t])[^.;:!?()\n]){{0,60}}?(?<![\w-])(?:for|at){_S})"  # "met on 3 May in Linz for the ..."
        rf"(?<![\w-])(?P<det>[Tt]he{_S}[\w-]+[’']s|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur){_S}(?:(?P<pre>[A-Z]{{2}}[A-Z&-]{{0,10}}){_S})?"
        rf"(?P<np>(?P<mods>(?:(?:{_MOD}|{UPPER}[\w’'-]*){_S}){{0,3}}?)(?P<head>(?i:{phrase_alternation(heads, _S)}))(?![\w-]))"
        rf"(?:{_S}in{_S}(?P<place>{_PLACE}))?")


@lru_cache(maxsize=8)
def _verb_before(data_dir: Path) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{phrase_alternation(data_lines(data_dir / 'event_meeting_hold_verbs.txt'), _S)})(?![\w-])")


def dated_before(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """"On 8 October we hosted the partner meeting in Ghent", "On 3 May the members met in Linz for their
    spring members' meeting", "Before that, on 12 March, we hold our general assembly": a sentence that
    opens its clause with "on <day>" and says that day a meeting of ``data/event_meeting_heads.txt`` is
    held (verbs in ``data/event_meeting_hold_verbs.txt``) names that meeting, dated by that day; so does
    a verb right before the day with "for / at" the meeting after it ("the partners met on 10 May in Turin
    for the annual community meeting")."""
    pattern = _held_after(data_dir)
    if pattern is None:
        return []
    out = []
    for date in ctx.dates:
        if date.precision not in ("day", "month") or not re.search(r"(?:^|[\s,(])[Oo]n[ \t]+$", ctx.text[max(0, date.start - 4):date.start]):
            continue
        s, e = ctx.sentence(date.start, date.end)
        m = pattern.match(ctx.text, date.end, e)
        if m is None or not m.group("verb") and not _verb_before(data_dir).search(ctx.text, max(s, date.start - 60), date.start) or any(d.start > date.end and d.start < m.start("np") for d in ctx.dates):
            continue  # another date between: the meeting is that one's
        mods = m.group("mods").split()
        if any(ctx.pos.get(m.start("mods") + m.group("mods").find(w), ("",))[0] in ("VERB", "AUX", "ADP", "PRON", "DET")
               for w in mods):
            continue
        start = m.start("np")
        while mods and mods[0].lower() in lex.generic and not ordinal_value(mods[0]):
            start = ctx.text.index(mods[1] if len(mods) > 1 else m.group("head"), start + len(mods[0]))
            mods = mods[1:]
        name = clean_event_name(ctx.text[start:m.end("np")])
        owner = m.group("pre") or (possessor(ctx, m.start("np")) if m.group("det").lower() in ("its", "their") else None)
        if not owner and not _names_one(name, m.group("head"), ctx.text[m.end("np"):m.end("np") + 6], data_dir):
            continue
        name = f"{owner} {name}" if owner else name[:1].upper() + name[1:]
        city, country = gaz.place(m.group("place")) if m.group("place") else (None, None)
        hit = lex.lookup(m.group("head").lower().split())
        out.append(Candidate(start, m.end("np"), name, "pattern:event_meeting", hit[0] if hit else None,
                             hit[1] if hit else "other", dates=date, city=city, country=country))
    return out
