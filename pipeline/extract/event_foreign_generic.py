"""Events of another language named by a lower-case event noun and the words that say which one
(``pattern:event_foreign_generic``).

What ``pattern:event_generic`` reads in English ("a round table on access to export markets ... on 11 June")
a text in another language says with its own nouns, without a capital or an article the English rules anchor
on: "El 15 de juny se celebrarà una sessió informativa en línia per als socis", "il-konferenza finali fil-Marsa
fil-11 ta' Ġunju 2036", "Sesiunea de informare pentru beneficiari va avea loc pe 14 martie", "Az elnökségi ülés
2034. június 3-án lesz", "Klusterin vuosikokous pidetään 3.6.2035". This rule covers, for the noun forms of
``data/event_noun_concepts.csv`` (read by ``event_nouns``), in a sentence that also gives a day or month date:

- a noun whose modifiers follow it (Romance languages, Maltese, Greek, Slavic ones): the noun and up to five
  words after it, ended by punctuation, a digit or a word of ``[stops]`` (a verb, an article, a place's
  preposition), never on a word of ``[connectors]``; a capitalised word only after a connector (or another such
  word): "sessió informativa en línia per als socis", "laqgħa inawgurali" (not "fil-Belt"), "Sesiunea de
  informare pentru beneficiari", "delavnica o čezmejnih projektih", "заседание на Управителния съвет";
- a noun whose modifiers come before it (Finnic, Hungarian, Baltic, Nordic languages, Basque, Turkish): up to two
  words before it in its line, none of ``[stops]`` or ``[connectors]`` ("een studiereis"): "hallituksen kokous", "éves rendes közgyűlés", "juhatuse
  koosolek"; an inflected form names the event by its base form ("koosolekul" → "koosolek", "közgyűlést" →
  "közgyűlés"); in a language of ``[compound languages]`` the noun may end a compound, which names the event by
  itself ("esittäytymistilaisuus", "B2B-tapaamiset", "tanácsülés"); an ordinal is no part of the name ("Pirmais
  seminārs" says which seminar by its rank, not which), and a name after a number of ``[counts]`` is none ("a két
  klaszter rendkívüli közgyűlése": the meetings of two bodies, each named on its own); a complement opened by a word of ``[connectors]`` after it belongs to it ("netværksmøde om
  alternative proteiner");
- a noun of a language of ``[adjective languages]`` (Slavic ones) whose modifiers follow it takes up to two
  adjectives right before it (``[adjective ends]``, none of ``[stops]``): "na volilni skupščini 22. marca", "Godišnja
  skupština klastera biće održana 5. juna", "Национална кластерска конференција";
- either side, a quoted title right after the noun names which one, and the name is the noun and the title with no
  word before it: "seminaras „Skaitmeninė gamyba mažose įmonėse“", "Семинар „Дигитализация на малките фирми“",
  "netwerkbijeenkomst „Circulair bouwen in de regio“", "balva "Vidzemes garša 2034"" (``QUOTED_TITLE``; a meeting
  noun of ``pattern:event_foreign_meeting`` that names itself keeps it too); an English loanword of ``[English nouns
  before a quoted title]`` ("webinar", "workshop", "seminar", "forum") counts in another language's block only so
  ("el webinar «Envases ligeros»", "een webinar "Netcongestie in de regio"");
- a line that is only such a noun and its quoted title (an event card's or a report's heading: "Spletni seminar
  »Krožno gospodarstvo v lesarstvu«", "Εργαστήριο «Ψηφιακό μάρκετινγκ …»") names the event as a sentence does; its
  date is the card's below it (``event_attributes``);
- a fair noun of ``[fair concepts]`` of a "before" language after a listed fair's name (``data/event_trade_fairs.txt``,
  a [year only] name too: the noun says it is the fair): the fair's name alone is the event's, as the English fair
  rules name "the VivaTech fair" ("a SIAL kiállításon Párizsban" → "SIAL", "SIAL parodoje Paryžiuje" → "SIAL",
  "Anuga izstādē Ķelnē" → "Anuga").

A name followed by a date in figures after a middle dot, a bar or an opening bracket is a news teaser's title
with the day it was posted ("Susiję įrašai: Klasterio narių visuotinis susirinkimas (2033-06-08) · …", "Klastri
üldkoosolek valis uue nõukogu · 28.01.2034"), no event of that day. A sentence with a word of ``[deadline words]`` ("Tilmelding til generalforsamlingen sker senest den 21. april",
"les propostes es poden enviar fins al 30 de juny") dates a deadline, not the event. The name has two words or more ("la reunió del 3 de maig" says which kind of meeting, not which), unless the
noun is a compound marked ``one`` that names the meeting by itself ("vuosikokous", "sommarträff"). A noun counts
only in a block written in one of its languages (:func:`keep_own_language`, after the block languages are
known): "visita" is Catalan, Spanish or Italian, never English, and "konference" is Czech, Danish or Latvian.
A programme's own item (a noun of the concepts of ``[day part concepts]``: a dinner, a reception, B2B meetings, a
company visit) is read in a sentence with no date too when the sentence says the part of the day it was held in
(``data/event_day_parts.csv``: "Por la noche del primer día, el clúster ofreció una cena de networking", "Në mbrëmje,
Bashkia shtroi një darkë zyrtare"): the report of a programme names its items so, on the day its paragraph said last
before the sentence (``event_day_part_items.day_said_before``); and in a sentence that names the weekday it was held on
(``event_weekdays``: "Het programma begon op dinsdag met … een netwerkdiner", "Csütörtökön … üzemlátogatáson vettek
részt", "Torstaina ohjelmassa on yritysvierailu"), dated later by that weekday inside the span of days stated above it.
The name takes the sentence's day or month date nearest to it ("… 2034. június 6-án szavazott: a SÉK közgyűlése
Kaposváron, a TAIK közgyűlése Szekszárdon" dates both); its place is attached by ``events``, as for every name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, language_codes, phrase_alternation, phrase_trie
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_day_part_items import day_said_before
from pipeline.extract.event_fair_list import fair_patterns
from pipeline.extract.event_nouns import DayParts, EventNoun, day_parts, foreign_event_nouns, meeting_openers
from pipeline.extract.event_weekdays import Weekdays, said, weekdays

RULE = "pattern:event_foreign_generic"
_WORD = re.compile(r"[ \t]+(?P<w>[^\W\d_](?:[^\W\d_]|[’'-])*)(?![\w’'-])")  # a word of letters ("informativa", "l-proġett"; not "fid-29")
_BEFORE = re.compile(r"(?:(?<![\w’'-])(?P<w>[^\W\d_][\w’'-]*)[ \t]+)$")  # the word right before
_GAP = r"[ \t]+"
_MAX_AFTER = 5
# a quoted title right after the noun: "seminaras „Medienos atliekos“", "Семинар „Финансиране …“", "balva "Latgales garša""
QUOTED_TITLE = re.compile(r"[ \t]+[„“\"»«][^„“”\"»«\n]{3,80}[“”\"«»]")
_MAX_BEFORE = 2
# a news teaser's title and its date in figures, after a middle dot, a bar or in brackets ("Klasterio narių visuotinis
# susirinkimas (2033-06-08) · Misija į Švediją (2033-05-15)"): the day the post was published, not the event's
_TEASER = re.compile(r"[^\n.!?]*?[ \t]*[·|(][ \t]*")


@dataclass(frozen=True)
class _Lexicon:
    noun: re.Pattern[str]
    starts: frozenset[str]  # the first (up to) four letters of each form, lower case
    compound_ends: frozenset[str]  # the forms that may end a compound word ("esittäytymis|tilaisuus")
    end_lengths: tuple[int, ...]  # their lengths
    base: dict[str, str]  # lower-case form -> the name's form of the noun
    types: dict[str, str]
    languages: dict[str, frozenset[str]]
    before: frozenset[str]  # forms whose modifiers come before them
    one: frozenset[str]
    stops: frozenset[str]
    connectors: frozenset[str]
    deadline: re.Pattern[str]  # "senest", "fins al", "viimeistään": the sentence's date is a deadline
    counts: frozenset[str]  # "két", "kaksi", "båda": the meetings of several bodies, counted, not one meeting
    adjective_ends: tuple[str, ...] = ()  # "volilni skupščini", "Национална кластерска конференција"
    adjective_languages: frozenset[str] = frozenset()  # the languages whose "after" nouns take them
    items: frozenset[str] = frozenset()  # a programme item's forms, read in a sentence that says the part of the day
    day_parts: DayParts | None = None  # "evening", "por la noche", "mbrëmje": data/event_day_parts.csv
    fairs: frozenset[str] = frozenset()  # the forms of the [fair concepts] ("kiállításon", "messil", "fuarında")
    listed_fair: re.Pattern[str] | None = None  # every listed fair's name (data/event_trade_fairs.txt)
    verb_ends: dict[str, tuple[str, ...]] | None = None  # language -> a verb form's endings ("fi": "ttiin", "llään")
    kinds: frozenset[str] = frozenset()  # the words of a meeting's kind or rank ("ordinære", "rendkívüli", "korraline")
    days: Weekdays | None = None  # weekday names with their case endings ("wtorek", "tisdagen"): no word of a name
    quoted_only: frozenset[str] = frozenset()  # English loanwords that count only before a quoted title ("webinar «…»")


@lru_cache(maxsize=8)
def _lexicon(data_dir: Path) -> _Lexicon | None:
    sections = data_sections(data_dir / "event_foreign_generic.txt")
    rows = foreign_event_nouns(data_dir)
    if not rows:
        return None
    # the English loanwords of [English nouns before a quoted title], a word of every other language's block
    loans = [line.split() for line in sections.get("english nouns before a quoted title", []) if len(line.split()) == 2]
    others = [c for c in language_codes(data_dir) if c != "en"]
    rows = (*rows, *(EventNoun("quoted", code, form.lower(), form, kind, "after", False) for form, kind in loans for code in others))
    forms = [r.form for r in rows]
    langs: dict[str, frozenset[str]] = {}
    sides: dict[str, list[str]] = {}
    for r in rows:
        langs[r.form] = langs.get(r.form, frozenset()) | {r.language}
        sides.setdefault(r.form, []).append(r.side)
    # a form written alike in languages that put its modifiers on different sides ("konferencija": Lithuanian
    # "before", Croatian "after") is read on the side most of them use, "after" on a tie
    before = frozenset(f for f, ss in sides.items() if ss.count("before") > ss.count("after"))
    base = {r.form: r.base for r in reversed(rows) if (r.side == "before") == (r.form in before)}
    compounding = frozenset(sections.get("compound languages", []))
    ends = sorted({f for f in before if " " not in f and langs[f] & compounding})
    # the forms (thousands) as a prefix tree: one test a letter where a form is tried, not one a form
    noun = re.compile(rf"(?:(?<![\w’'])(?i:{phrase_trie(set(forms), space=_GAP)})"
                      rf"|(?<=[\w-])(?i:{phrase_alternation(ends, empty='(?!)')}))(?![\w’'-])")
    return _Lexicon(noun, frozenset(f.split()[0][:4] for f in forms), frozenset(ends), tuple(sorted({len(f) for f in ends})), base, {r.form: r.type for r in rows}, langs, before,
                    frozenset(r.form for r in rows if r.one),
                    frozenset(w.lower() for w in sections.get("stops", [])),
                    frozenset(w.lower() for w in sections.get("connectors", [])),
                    re.compile(rf"(?<![\w’'])(?i:{phrase_alternation(sections.get('deadline words', []), space=_GAP, empty='(?!)')})(?![\w’'])"),
                    frozenset(w.lower() for w in sections.get("counts", [])),
                    tuple(sections.get("adjective ends", [])), frozenset(sections.get("adjective languages", [])),
                    frozenset(r.form for r in rows if r.concept in set(sections.get("day part concepts", []))),
                    day_parts(data_dir), frozenset(r.form for r in rows if r.concept in set(sections.get("fair concepts", []))),
                    (fair_patterns(data_dir) or (None,))[0], _verb_ends(sections.get("verb ends", [])),
                    frozenset(w.lower() for w in meeting_openers(data_dir)), weekdays(data_dir),
                    frozenset(form.lower() for form, _ in loans))


def _verb_ends(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """``[verb ends]``' "<language> <ending>" lines by language."""
    out: dict[str, list[str]] = {}
    for line in lines:
        lang, _, end = line.strip().partition(" ")
        if end.strip():
            out.setdefault(lang, []).append(end.strip().lower())
    return {k: tuple(v) for k, v in out.items()}


def foreign_generic_events(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """Lower-case event nouns of another language with the words that say which one, in a dated sentence
    (``pattern:event_foreign_generic``; see the module doc)."""
    lex = _lexicon(data_dir)
    if lex is None:
        return []
    text, out, seen = ctx.text, [], set()
    # only the sentences with a day or month date are read (the rule needs one, and they are a small part of a text),
    # and for a programme's items those that say the part of the day ("por la noche", "në mbrëmje")
    dated_sentences = {ctx.sentence(d.start, d.end) for d in ctx.dates if d.precision in ("day", "month")}
    parts = {ctx.sentence(a, b) for a, b, _ in lex.day_parts.find(text, ctx.pos)} if lex.day_parts and lex.items else set()
    # and those that name a weekday ("Het programma begon op dinsdag met … een netwerkdiner"): the weekday dates the item
    # later, inside the span of days stated above it (``event_weekdays``)
    days = {ctx.sentence(w.start(), w.end()) for w in said(weekdays(data_dir), text)} if lex.items else set()
    for s, e in sorted(dated_sentences | parts | days):
        if lex.deadline.search(text, s, e):
            continue  # "tilmelding til generalforsamling senest 21. april": a deadline
        dated = [d for d in ctx.dates_between(s, e) if d.precision in ("day", "month")]
        for m in _nouns(lex, text[s:e]):
            if (s, e) not in dated_sentences and " ".join(m.group().lower().split()) not in lex.items:
                continue  # a sentence with only the part of the day: a programme's items, no meeting or conference
            if s + m.start() not in seen:
                seen.add(s + m.start())
                for c in _candidate(text, lex, s + m.start(), s + m.end(), max(s, text.rfind("\n", 0, s + m.start()) + 1)):
                    # the sentence's date nearest to the name: "a SÉK közgyűlése …" in "… 2034. június 6-án szavazott: a SÉK
                    # közgyűlése Kaposváron, a TAIK közgyűlése Szekszárdon"; "laqgħa … fis-26 ta' Jannar, … konferenza … f'Ġunju"
                    c.dates = _nearest(text, c, dated) if dated else day_said_before(ctx, s) if (s, e) in parts else None  # "Pärastlõunal toimub …"
                    if c.dates is None or not _TEASER.fullmatch(text, c.end, c.dates.start) or not c.dates.text[:1].isdigit():
                        out.append(c)  # "Klastri üldkoosolek … · 28.01.2034", "… susirinkimas (2033-06-08)": a post's date
    return out + _title_lines(ctx, lex, seen)


# a line of its own that holds an event noun and its quoted title, perhaps after a list mark and before a colon:
# an event card's or a report's heading ("Spletni seminar »Vodik v industriji«", "Konferencija „Plava ekonomija“")
_TITLE_LINE = re.compile(r"(?m)^[ \t#*>•▪–-]*(?P<body>[^\n„“\"»«]{2,40}[„“\"»«][^\n„“”\"»«]{3,80}[“”\"«»])[ \t*:.]*$")


def _title_lines(ctx: DocContext, lex: _Lexicon, seen: set[int]) -> list[Candidate]:
    """Rule family "titled heading": a line that is only an event noun (with its adjectives) and its quoted title names
    the event by them, as a sentence does; its date is the card's, below it (``event_attributes``), not a sentence's."""
    out: list[Candidate] = []
    text = ctx.text
    for line in _TITLE_LINE.finditer(text):
        at = line.start("body")
        nouns = [m for m in _nouns(lex, text[at:line.end("body")]) if QUOTED_TITLE.match(text, at + m.end())]
        if not nouns or at + nouns[0].start() in seen:
            continue
        m = nouns[0]
        found = _candidate(text, lex, at + m.start(), at + m.end(), at)
        if found and found[0].start == at and found[0].end == line.end("body"):
            seen.add(at + m.start())
            out.extend(found)  # the noun opens the line (after its adjectives) and the title closes it
    return out


_WORD_RUN = re.compile(r"[^\W\d_][\w’'-]*")


def _nouns(lex: _Lexicon, text: str) -> list[re.Match[str]]:
    """``lex.noun.finditer(text)``, tried only at a word whose first letters start a form, or where one of the
    compound ends ends the word: a few set lookups per word, not a scan of the text per form (the table has
    thousands)."""
    found, starts = [], lex.starts
    for w in _WORD_RUN.finditer(text):
        low, at = w.group().lower(), w.start()
        for k in (0, *(i + 1 for i, c in enumerate(low) if c == "-")) if "-" in low else (0,):  # "segunda-feira": after a hyphen too
            if (low[k:k + 4] in starts or low[k:k + 3] in starts or low[k:k + 2] in starts or low[k:k + 1] in starts) \
                    and (m := lex.noun.match(text, at + k)) is not None:
                found.append(m)
        for n in lex.end_lengths:  # a compound's end is the word's end: "vuosi|kokous", "B2B-|tapaamiset"
            if n >= len(low):
                break
            if low[-n:] in lex.compound_ends and (m := lex.noun.match(text, at + len(low) - n)) is not None:
                found.append(m)
    out: list[re.Match[str]] = []
    for m in sorted(found, key=lambda m: (m.start(), -m.end())):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _nearest(text: str, c: Candidate, dated: list):
    """The date nearest to the name in its line with no comma or semicolon between them ("… fid-29 ta' Marzu 2033, u
    l-konferenza finali … f'Settembru 2034" → September; "- 2034. november 30.: a klaszter elnökségi ülése" → its
    list item's date, not the next item's), else the nearest in its line, else the nearest one."""
    def gap(d) -> str:
        return text[c.end:d.start] if d.start >= c.end else text[d.end:c.start]
    line = [d for d in dated if "\n" not in gap(d)]
    near = [d for d in line if not any(p in gap(d) for p in ",;")] or line or dated
    return min(near, key=lambda d: len(gap(d)))


def _candidate(text: str, lex: _Lexicon, at: int, to: int, floor: int) -> list[Candidate]:
    """The name of the noun at ``at``…``to`` with the words that say which one (none when it is one word)."""
    written = text[at:to]
    form = " ".join(written.lower().split())
    if any(c.isupper() and (p.isupper() or p.isspace()) for p, c in zip(written, written[1:])):
        first = written.split()[0]
        if " " in form and first.lower() in lex.base:
            return _candidate(text, lex, at, at + len(first), floor)  # "reunião da Direção": "reunião" and its complement
        return []  # "KONFERENZA", "Taula Rodona de …": capitalised names are the name rules' ("B2B-tapaamiset" is none)
    head = at
    while head > floor and (text[head - 1].isalnum() or text[head - 1] == "-"):
        head -= 1  # "esittäytymistilaisuudessa", "B2B-tapaamiset": the compound's first part
    title = QUOTED_TITLE.match(text, to)
    if title is not None:
        to = title.end()  # the quoted title says which one: "seminaras „…“", "Ledenbijeenkomst „…“"
    elif form in lex.quoted_only:
        return []  # "el webinar del lunes": an English loanword names an event only with its title
    if form in lex.before:
        start = head if "-" in text[head:at] or title else _before(text, head, floor, lex, form)  # "B2B-tapaamiset", a quoted title say which already
        count = _BEFORE.search(text, floor, start)
        if count is not None and count.group("w").lower() in lex.counts:
            return []  # "a két klaszter rendkívüli közgyűlése": the two clusters' meetings, each named on its own
        if form in lex.fairs and (fair := _listed_fair(text, start, head, to, lex)) is not None:
            return [fair]  # "a SIAL kiállításon", "dalyvavo SIAL parodoje": the fair's name
        nxt = _WORD.match(text, to)
        end, words = _after(text, to, lex) if nxt and nxt.group("w") in lex.connectors else (to, [])
        words = [*(title.group().split() if title else ()), *words]
        name = " ".join([*text[start:head].split(), text[head:at] + lex.base[form], *words])  # "koosolekul" → "… koosolek"
        if head < at:
            return [Candidate(start, end, name[:1].upper() + name[1:], RULE, form, lex.types.get(form, "other"))]
    else:
        start, (end, words) = _adjectives(text, at, floor, lex, form), (to, title.group().split()) if title else _after(text, to, lex)
        name = " ".join([*text[start:at].split(), written, *words])  # as written: its words agree with it ("assemblees generals")
    if len(name.split()) < 2 and form not in lex.one:
        return []  # "la reunió del 3 de maig": which kind of meeting, not which
    return [Candidate(start, end, name[:1].upper() + name[1:], RULE, form, lex.types.get(form, "other"))]


def _listed_fair(text: str, start: int, head: int, end: int, lex: _Lexicon) -> Candidate | None:
    """The listed fair named by the words before a fair noun, the longest run of them that ends at it ("dalyvavo SIAL
    parodoje" → "SIAL"), else None; the mention runs to the noun's end (the noun says the block's language)."""
    if lex.listed_fair is None:
        return None
    for w in re.finditer(r"\S+", text[start:head]):
        brand = " ".join(text[start + w.start():head].split())
        if lex.listed_fair.fullmatch(brand):
            return Candidate(start + w.start(), end, brand, RULE, "fair", "other")
    return None


def _after(text: str, pos: int, lex: _Lexicon) -> tuple[int, list[str]]:
    """(end, words) of the lower-case words after the noun that belong to the name."""
    end, words, kept, capital_ok = pos, [], (pos, []), False
    before_short = kept
    while len(words) < _MAX_AFTER and (w := _WORD.match(text, end)) is not None:
        word = w.group("w")
        low = word.lower()
        if lex.days is not None and lex.days.is_day(word):
            # a weekday says when, not which, and takes its preposition along: "spotkaniu we wtorek 5 maja"
            return before_short if words and len(words[-1]) <= 3 else kept
        if low in lex.stops or (word != low and not capital_ok):
            break  # "… en línia se celebrarà", "laqgħa inawgurali fil-Belt": a verb, a place
        before_short = kept
        end, words = w.end(), [*words, word]
        capital_ok = low in lex.connectors or (word != low and capital_ok)  # "заседание на Управителния съвет"
        if low not in lex.connectors and not low.endswith("'"):
            kept = (end, list(words))  # never end on "de", "ta'"
    return kept


def _adjectives(text: str, pos: int, floor: int, lex: _Lexicon, form: str) -> int:
    """Where the name of an "after" noun of a Slavic language starts: up to two adjectives right before it
    ("volilni skupščini", "Godišnja skupština", "Национална кластерска конференција"), none a stop word."""
    start = pos
    if " " in form or not lex.languages.get(form, frozenset()) & lex.adjective_languages:
        return start  # "Общо събрание на …": a noun of two words says its kind itself
    for _ in range(_MAX_BEFORE):
        w = _BEFORE.search(text, floor, start)
        word = w.group("w").lower() if w is not None else ""
        if len(word) < 4 or word in lex.stops or word in lex.connectors or not word.endswith(lex.adjective_ends):
            break
        start = w.start()
    return start


def _before(text: str, pos: int, floor: int, lex: _Lexicon, form: str) -> int:
    """Where the name starts: up to two words before the noun in its line and sentence, none a stop word nor a verb
    form of the noun's language (``[verb ends]``: "Strategia hyväksyttiin syyskokouksessa" → "syyskokous").

    A noun that names the meeting by itself (``one``: "generalforsamling", "üzemlátogatás", "uppstartsmöte") takes
    only a word of its kind or rank (``[meeting openers]`` of ``event_keywords_languages.txt``: "ordinære",
    "rendkívüli", "korraline") or a name, capitalised inside its sentence ("Virumaa Toiduklastri infopäev"): the
    other words before it say who took part, where or whose it was ("a résztvevők üzemlátogatáson", "för
    projektets uppstartsmöte", "die gemeinsame Delegationsreise", "Ohjelmassa yritysvierailu")."""
    start = pos
    ends = tuple(e for lang in lex.languages.get(form, ()) for e in (lex.verb_ends or {}).get(lang, ()))
    for _ in range(_MAX_BEFORE):
        w = _BEFORE.search(text, floor, start)
        if w is None or w.group("w").lower() in lex.stops | lex.connectors or w.group("w").lower() in lex.base \
                or any(len(w.group("w")) >= len(e) + 3 and w.group("w").lower().endswith(e) for e in ends):
            break
        if form in lex.one and w.group("w").lower() not in lex.kinds and not _name_inside(text, w.start(), floor):
            break
        start = w.start()
    return start


def _name_inside(text: str, at: int, floor: int) -> bool:
    """The word at ``at`` is capitalised and does not open its sentence or line."""
    before = text[floor:at].rstrip()
    return text[at].isupper() and bool(before) and before[-1] not in ".!?:;»«\"“”„-–—•*#|"


def keep_own_language(events: tuple, langs, data_dir: Path) -> tuple:
    """``events`` without this rule's names found in a block of a language their noun is not a word of."""
    lex = _lexicon(data_dir)
    if lex is None:
        return events
    kept = []
    for e in events:
        if e.rule == RULE:
            m = lex.noun.search(e.text)
            form = " ".join(m.group().lower().split()) if m else ""
            if langs.at(e.start) not in lex.languages.get(form, frozenset()) | {"und"}:
                continue
        kept.append(e)
    return tuple(kept)

