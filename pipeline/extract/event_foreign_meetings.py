"""Meetings named by a meeting noun of another language, with their date beside them (``pattern:event_foreign_meeting``).

What ``pattern:event_meeting`` reads in English ("the General Assembly of 21 November", "the next members'
meeting will take place on 3 June") a text in another language says with its own nouns, which stand with
the words that say whose meeting it is ("spotkanie członków", "assemblea dei soci", "setkání partnerů")
and without an article an English rule could anchor on. This rule covers:

- the noun phrase right before its date, or before a word or verb that leads to it:
  "l'assemblea generale del 12 maggio 2031", "setkání partnerů 4. října 2030 v Brně", "kolejne walne
  zgromadzenie odbędzie się w maju 2031", "la réunion des adhérents aura lieu le 3 mars 2032";
- the place between the phrase and its date, after a word of ``[place links]``: "setkání partnerů v Brně 4.
  října 2030", "η συνάντηση των μελών στη Λάρισα, στις 5 Ιουνίου", "l'assemblea dei soci a Trento il 9 maggio";
- a list item that opens with the date (and a place) and goes on with the noun phrase:
  "- 9 grudnia 2031 – spotkanie noworoczne członków, Wrocław", "– martedì 4 marzo 2031, Trento:
  assemblea dei soci".

- a compound noun whose one word says whose meeting it is, named by itself, after a link word and perhaps
  a weekday: "onze nieuwjaarsbijeenkomst op vrijdag 16 januari", "beim Neujahrsempfang der Initiative am
  9. Januar" → "Neujahrsempfang"; a word of the meeting's kind or rank before the noun stays in the name,
  "die nächste ordentliche Mitgliederversammlung findet am 14. Mai statt", "la primera reunión del comité
  técnico se celebrará el 6 de mayo";
- a meeting noun followed by the name of the body that meets, itself a meeting noun, joined by up to two short
  words: the name opens at the first noun ("la reunión de la Junta Directiva celebrada el 10 de febrero", "la
  reunión de su Junta Directiva del 14 de junio" → "reunión de su Junta Directiva", not the body alone);
- a trip named by where it goes, whose destination may take five words and ends before whom it goes with:
  "- Del 9 al 11 de octubre de 2031: misión comercial a Rabat con la Cámara …" → "Misión comercial a Rabat",
  "eine Delegationsreise nach Nowa Sól vom 7. bis 9. Juni"; without where it goes a trip noun names only a kind
  of trip ("una misión comercial el 22 de enero a la Semana Azul Atlántica" is the Semana Azul's);
- a body's meeting named only as "its meeting" (the words of ``[meeting possessives]`` right before the noun) in a
  sentence that names the body before it, of ``[meeting bodies]`` of the noun's language: named by the phrase, the
  word of ``[body articles]`` for the article before the body, and the body with its owner as written, an acronym in
  brackets after the owner standing for it ("Le bureau du Pôle examinera … lors de sa prochaine réunion du 19 juin"
  → "prochaine réunion du bureau du Pôle", "O Conselho de Administração da Agência … (ADRTM) aprovou, em reunião de
  sexta-feira, 20 de maio" → "reunião do Conselho de Administração da ADRTM", "Het bestuur heeft in zijn vergadering
  van 8 maart besloten" → "vergadering van het bestuur"), as the English rule names "its meeting" by the body;
- a body's meeting in a language that names it by one compound or by the meeting noun with the body in the genitive
  (the third column of ``[meeting bodies]``) is named so, after "its meeting" ("Der Vorstand … hat in seiner Sitzung am
  16. Februar" → "Vorstandssitzung", "Správní rada klastru na svém zasedání neděle 8. září" → "zasedání správní rady",
  a weekday right after the noun standing for a link word) or after a verb of meeting of ``[meeting verbs]`` right
  after the body and its owner ("De stuurgroep vergadert op vrijdag 11 december" → "stuurgroepvergadering", "Der
  Vorstand des Netzwerks tagt am 3. Mai" → "Vorstandssitzung"); such a verb, after a comma too, also leads a meeting
  noun to its date ("L'assemblea dei soci, riunita martedì 21 febbraio", "La Junta Directiva se reunirá por primera
  vez el jueves 12 de mayo");
- none when the same days, or the month around them, are said again in a sentence with an English generic
  event noun (a day or month date, never a year alone): a bilingual
  text's other half names the same event ("die Mitgliederversammlung am 6. Mai" / "our general assembly …
  on 6 May"), and its English name stands.

The nouns and the words that lead from the phrase to the date are in ``data/event_keywords_languages.txt``
(``[meeting nouns]`` with their ``one`` and ``to`` marks, ``[meeting links]``, ``[meeting openers]``,
``[trip stops]``); up to three words after the noun belong to the phrase ("dei
soci del distretto"), none with a digit, and the name (the phrase as written) has two words or more: "la
riunione del 3 maggio" says which kind of meeting, not which. The date is a day or month (a year alone says
no meeting), found by the date rules of every language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_foreign_generic import QUOTED_TITLE
from pipeline.extract.event_generic import load_generic_lexicon
from pipeline.extract.event_nouns import meeting_nominative, meeting_openers
from pipeline.extract.event_weekdays import Weekdays, weekdays
from pipeline.extract.places import Gazetteer
from pipeline.extract.programme_days import weekday_names
from pipeline.extract.span_index import finditer_from_any

RULE = "pattern:event_foreign_meeting"
_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_WORD = r"[^\W\d_][\w’'-]*"  # a word of letters ("członków", "dei", "DiTAP"), no digit
_MAX_AFTER = 3
_MAX_TO = 5
_BULLET = r"(?m:^)[ \t]*(?P<mark>[-–•*·▪][ \t]+)(?P<day>[^\W\d_]+[ \t]+)?"  # "- ", "– giovedì "
_ITEM_GAP = re.compile(rf"[ \t]*(?:[–—:-]|,[ \t]*(?P<place>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*[:–—-])[ \t]+")
_DAY_WORD = re.compile(rf"{_WORD},?[ \t]+")  # one word between the link and the date, a weekday as the bullet's
_CAP_WORD = r"[^\W\d_a-zß-ÿ][\w’'-]*"  # a capitalised word ("Θεσσαλονίκη", "Brně")
# between a meeting noun and the body's name after it ("reunión| de la |Junta Directiva", "reunión| de su |Junta"): up
# to two short lower-case words, a preposition, an article or a possessive of any language
_TO_BODY = re.compile(r"(?:[ \t]+[^\W\d_A-ZÀ-ÞĀ-Ž]{1,3}){0,2}[ \t]+")
# a weekday between the phrase and its date, perhaps after a short preposition: "møde| tirsdag den 5. april", "möte|
# tisdagen den 29 maj", "zasedání| v úterý 18. září", "posiedzenie| we wtorek 17 września"
_WEEKDAY_GAP = re.compile(rf"{_GAP}(?:[^\W\d_]{{1,3}}[ \t]+)?(?P<day>{_WORD}),?")
_PLACE_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<place>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*(?:[;.,]|$)", re.M)


@dataclass(frozen=True)
class _Lexicon:
    noun: re.Pattern[str]  # a meeting noun, in any case
    prefixes: tuple[str, ...]  # the nouns' first letters, lower case: the noun is tried only where one stands
    link: re.Pattern[str]  # the words from the phrase to its date, from right after the phrase
    item: re.Pattern[str]  # a list item's bullet, before its date
    one: frozenset[str]  # compound nouns whose one word names the meeting ("Mitgliederversammlung")
    opener: re.Pattern[str]  # a word right before the noun that belongs to the name ("ordentliche", "primera")
    trips: frozenset[str]  # trips named by where they go, up to ``_MAX_TO`` words ("Delegationsreise nach Ústí nad Labem")
    trip_stops: frozenset[str]  # words that end a trip's destination ("… a Casablanca con la Cámara")
    english: re.Pattern[str]  # an English generic event noun after its determiner ("our annual general meeting")
    hop: re.Pattern[str] | None = None  # "στη Θεσσαλονίκη, ", "v Brně ": the place between the phrase and its link
    languages: dict[str, str] | None = None  # a meeting noun's language ("réunion" → "fr")
    possessive: re.Pattern[str] | None = None  # "lors de sa ", "em ", "in zijn ": "its" right before the noun
    body: re.Pattern[str] | None = None  # a governing body of [meeting bodies], its owner and acronym after it
    body_languages: dict[str, str] | None = None  # a body's language ("bureau" → "fr")
    of: dict[tuple[str, str], str] | None = None  # (language, article before the body) → the word joining it
    body_names: dict[str, str] | None = None  # a body → its meeting's own name ("vorstand" → "Vorstandssitzung")
    weekdays: frozenset[str] = frozenset()  # the weekday names of every language, lower case ("neděle", "dienstag")
    body_prefixes: tuple[str, ...] = ()  # the first letters of the bodies with a meeting name of their own
    days: Weekdays | None = None  # weekday names with their case endings ("tisdagen", "kedden"): never a word of the phrase


@lru_cache(maxsize=8)
def _lexicon(data_dir: Path) -> _Lexicon | None:
    sections = data_sections(data_dir / "event_keywords_languages.txt")
    rows = [[c.strip() for c in n.split("\t")] for n in sections.get("meeting nouns", [])]
    nouns = [" ".join(r[0].lower().split()) for r in rows]
    if not nouns:
        return None
    links = [" ".join(w.split()) for w in sections.get("meeting links", [])]
    openers = meeting_openers(data_dir)
    noun = re.compile(rf"(?<![\w-])(?i:{phrase_alternation(nouns, _GAP)})(?![\w’'-])")
    verbs = [" ".join(w.split()) for w in sections.get("meeting verbs", [])]
    # a link word, or a verb of meeting (after a comma too: "l'assemblea dei soci, riunita martedì 21 febbraio") and
    # perhaps a link word after it ("La Junta Directiva se reunirá por primera vez el jueves 12 de mayo")
    verb = rf"|,?{_GAP}(?P<verb>(?i:{phrase_alternation(verbs, _GAP)}))(?:{_GAP}(?i:{phrase_alternation(links, _GAP)}))?" if verbs else ""
    link = re.compile(rf"(?:{_GAP}(?i:{phrase_alternation(links, _GAP)}){verb})?{_GAP}")
    # a word of [meeting openers], or the meeting's number with its dot ("13. seje", "die 13. Sitzung"), perhaps both
    opener = re.compile(rf"(?<![\w-])(?:(?i:{phrase_alternation(openers, _GAP)})[ \t]+)?(?P<number>(?<![\d.])\d{{1,3}}\.[ \t]+)?$")
    one = frozenset(" ".join(r[0].lower().split()) for r in rows if len(r) > 2 and r[2] == "one")
    trips = frozenset(" ".join(r[0].lower().split()) for r in rows if len(r) > 2 and r[2] == "to")
    stops = frozenset(w.lower() for w in sections.get("trip stops", []))
    glex = load_generic_lexicon(data_dir)
    heads = phrase_alternation((h for h in glex.heads if h not in glex.of_only), _GAP)
    english = re.compile(rf"(?<![\w-])(?i:the|an?|our|its|their){_GAP}(?:[\w’'-]+{_GAP}){{0,3}}?(?i:{heads})(?![\w-])")
    places = phrase_alternation((" ".join(w.split()) for w in sections.get("place links", [])), _GAP, empty="(?!)")
    hop = re.compile(rf"[ \t]+(?:{places})[ \t]+(?P<place>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}),?")
    prefixes = tuple(sorted({n[:4] for n in nouns}))
    languages = {n: r[1] for n, r in zip(nouns, rows) if len(r) > 1}
    body = _body_lexicon(sections)
    return _Lexicon(noun, prefixes, link, re.compile(_BULLET), one, opener, trips, stops, english, hop, languages,
                    *body, weekday_names(data_dir), tuple(sorted({b[:4] for b in body[4] or ()})), weekdays(data_dir))


def _body_lexicon(sections: dict[str, list[str]]):
    """(possessive, body, body languages, of) of ``[meeting possessives]``, ``[meeting bodies]`` and ``[body articles]``."""
    possessives = [" ".join(w.split()) for w in sections.get("meeting possessives", [])]
    rows = [[c.strip() for c in n.split("\t")] for n in sections.get("meeting bodies", [])]
    bodies = {" ".join(r[0].lower().split()): r[1] for r in rows if len(r) > 1}
    names = {" ".join(r[0].lower().split()): r[2] for r in rows if len(r) > 2 and r[2]}
    of = {(r[0], r[1].lower()): r[2] for r in ([c.strip() for c in n.split("\t")] for n in sections.get("body articles", [])) if len(r) > 2}
    if not possessives or not bodies:
        return None, None, None, None, None
    connectors = phrase_alternation(sorted({w.split("\t")[0].strip() for w in sections.get("connectors", [])}), _GAP)
    # the owner after the body: a connector and a run of capitalised words (joined by connectors), or one lower-case word
    run = rf"{_CAP_WORD}(?:[ \t]+(?:(?:{connectors})[ \t]+)?{_CAP_WORD}){{0,6}}"
    possessive = re.compile(rf"(?<![\w’'-])(?i:{phrase_alternation(possessives, _GAP)})[ \t]+$")
    body = re.compile(rf"(?<![\w’'-])(?P<body>(?i:{phrase_alternation(sorted(bodies), _GAP)}))(?![\w’'-])"
                      rf"(?P<owner>[ \t]+(?P<join>{connectors})[ \t]+(?:{run}|[^\W\d_A-ZÀ-Þ][\w’'-]*))?"
                      rf"(?:[ \t]+\((?P<acr>[A-Z][A-Za-z0-9&-]{{1,9}})\))?")
    return possessive, body, bodies, of, names


def _date_at(ctx: DocContext, pos: int):
    return next((d for d in ctx.dates_between(pos, pos + 40) if d.start == pos and d.precision in ("day", "month")), None)


def _phrase_end(ctx: DocContext, start: int, stop: int, most: int = _MAX_AFTER, stops: frozenset[str] = frozenset(),
                days: Weekdays | None = None) -> int:
    """Where the noun phrase ends: up to ``most`` words after the noun, before punctuation, a digit, a word of ``stops``
    or a weekday of ``days`` (a day says when the meeting is, not which: "møde tirsdag den 5. april")."""
    end = start
    for n, w in enumerate(re.finditer(rf"{_GAP}(?P<w>{_WORD})", ctx.text[start:stop])):
        if n >= most or start + w.start() != end or w.group("w").lower() in stops or days is not None and days.is_day(w.group("w")):
            break
        end = start + w.end()
    return end


def foreign_meetings(ctx: DocContext, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Meetings named by a meeting noun of another language, dated beside it (see the module doc)."""
    lex = _lexicon(data_dir)
    if lex is None:
        return []
    out: list[Candidate] = []
    prev = None
    for m in finditer_from_any(lex.noun, ctx.text, lex.prefixes, any_case=True):
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        head = prev if prev is not None and prev.end() > line_start and _TO_BODY.fullmatch(ctx.text, prev.end(), m.start()) else m
        prev = m
        lead = lex.opener.search(ctx.text, line_start, head.start())  # "la primera reunión de coordinación"
        if lead is not None and lead.group("number") and not ctx.text[line_start:lead.start()].strip():
            lead = None if lead.start("number") == lead.start() else lead  # "3. Årsmøte …": a list's number, not the meeting's
        start = lead.start() if lead and lead.start() < head.start() else head.start()  # "reunión de la Junta Directiva": the meeting of the body
        noun = " ".join(m.group().lower().split())
        most, stops = (_MAX_TO, lex.trip_stops) if noun in lex.trips else (_MAX_AFTER, frozenset())
        found = _dated_after(ctx, lex, start, m.end(), line_end, most)
        if found is None:
            found = _item_before(ctx, lex, start, m.end(), line_end, most, stops)
        if found is None:
            continue
        end, date, place = found
        if noun in lex.trips and not ctx.text[m.end():end].strip():
            continue  # "una misión comercial el 22 de enero a la Semana Azul": without where it goes, a kind of trip
        if _english_twin(ctx, lex, date):
            continue  # "… Mitgliederversammlung am 6. Mai …" and "our annual general meeting … on 6 May": one event, named in English
        if noun in lex.one:
            end = m.end()  # "Neujahrsempfang des Netzwerks am 5. Februar": the compound names it, the words after do not
            title = QUOTED_TITLE.match(ctx.text, end)
            end = title.end() if title else end  # but a quoted title after it does: "Ledenbijeenkomst „Biobased verpakken“"
        name = clean_event_name(ctx.text[start:end].replace("„", "“"))  # a title's low opening quote is no stray mark
        name = meeting_nominative(name, data_dir)  # "na seji upravnega odbora 29. marca" → "seja upravnega odbora"
        owned, whole = _body_named(ctx, lex, start, noun)
        if whole:  # "Der Vorstand … in seiner Sitzung am 16. Februar" → "Vorstandssitzung": the body's meeting by its own name
            name = owned
        elif owned and noun not in lex.trips and noun not in lex.one:
            name = f"{name} {owned}"
        numbered = lead is not None and lead.group("number") and lead.start() < head.start()  # "die 13. Sitzung"
        if len(ctx.text[head.start():end].split()) < 2 and not numbered and noun not in lex.one and not whole and not owned:
            continue  # "la riunione del 3 maggio", "Naslednja seja bo v torek": one word (and its opener) says which
            # kind of meeting, not which; a compound says whose ("die Mitgliederversammlung am 3. Mai")
        city, country = gaz.place(place) if place else (None, None)
        out.append(Candidate(start, end, name[:1].upper() + name[1:], RULE, None, "other",
                             dates=date, city=city, country=country))
    return out + _body_meets(ctx, lex, out)


def _body_meets(ctx: DocContext, lex: _Lexicon, found: list[Candidate]) -> list[Candidate]:
    """"De stuurgroep vergadert op vrijdag 11 december" → "stuurgroepvergadering": a body of ``[meeting bodies]`` whose
    meeting has a name of its own, followed (after its owner) by a verb of ``[meeting verbs]`` and the day or month, names
    that meeting; the words between the body and the verb are its owner's only."""
    if not lex.body_names or lex.body is None:
        return []
    out = []
    for b in finditer_from_any(lex.body, ctx.text, lex.body_prefixes, any_case=True):
        own = lex.body_names.get(" ".join(b.group("body").lower().split()))
        link = lex.link.match(ctx.text, b.end()) if own else None
        if link is None or link.group("verb") is None or any(c.start <= b.start() < c.end for c in found):
            continue
        date = _date_at(ctx, link.end())
        day = _DAY_WORD.match(ctx.text, link.end()) if date is None else None
        if day is not None and (re.search(r"[^\W\d_]", ctx.text[link.start("verb"):link.end()].split(None, 1)[-1])
                                or day.group().rstrip(", \t").lower() in lex.weekdays):
            date = _date_at(ctx, day.end())
        if date is None:
            continue
        out.append(Candidate(b.start(), b.end(), own[:1].upper() + own[1:], RULE, None, "other", dates=date))
    return out


def _body_named(ctx: DocContext, lex: _Lexicon, start: int, noun: str) -> tuple[str | None, bool]:
    """("du bureau du Pôle", False): the governing body whose meeting the phrase at ``start`` is, when "its" stands right
    before the phrase and the sentence names a body of the noun's language before it (see the module doc); ("Vorstandssitzung",
    True) when the body's meeting has a name of its own in its language (the third column of ``[meeting bodies]``: the
    whole name, not words to add); (None, False) without such a body."""
    if lex.possessive is None or lex.body is None or lex.languages is None:
        return None, False
    s, _ = ctx.sentence(start, start + 1)
    lead = lex.possessive.search(ctx.text, max(s, start - 30), start)
    lang = lex.languages.get(noun)
    if lead is None or lang is None:
        return None, False
    found = [b for b in lex.body.finditer(ctx.text, s, lead.start())
             if lex.body_languages.get(" ".join(b.group("body").lower().split())) == lang]
    if not found:
        return None, False
    b = found[-1]
    own = (lex.body_names or {}).get(" ".join(b.group("body").lower().split()))
    if own:
        return own, True
    article = re.search(r"(\S+)[ \t]+$", ctx.text[s:b.start()])
    of = lex.of.get((lang, article.group(1).lower()), lex.of.get((lang, "-"))) if article else lex.of.get((lang, "-"))
    if of is None:
        return None, False
    owner = f" {b.group('join')} {b.group('acr')}" if b.group("acr") and b.group("owner") else (b.group("owner") or "")
    return " ".join(f"{of} {b.group('body')}{owner}".split()), False


def _english_twin(ctx: DocContext, lex: _Lexicon, date) -> bool:
    """The same days said again, or the month around them, in a sentence with an English generic event noun:
    the English half of a bilingual text names the same event ("eine Unternehmerreise nach Oslo im Mai 2032" /
    "a business mission to Oslo in May 2032"; "14–16 września 2027 – misja gospodarcza do Kopenhagi" / "lead a
    business mission to Copenhagen in September 2027")."""
    if date.start_date is None or date.end_date is None:
        return False
    for d in ctx.dates:
        if d.start == date.start or d.precision not in ("day", "month") or d.start_date is None or d.end_date is None:
            continue
        within = d.start_date <= date.start_date and date.end_date <= d.end_date \
            or date.start_date <= d.start_date and d.end_date <= date.end_date
        if within and lex.english.search(ctx.text, *ctx.sentence(d.start, d.end)):
            return True
    return False


def _dated_after(ctx: DocContext, lex: _Lexicon, start: int, noun_end: int, line_end: int, most: int):
    """(end of the phrase, date, None) when the date follows the phrase, perhaps after a link word."""
    limit = _phrase_end(ctx, noun_end, min(line_end + 200, len(ctx.text)), most, days=lex.days)
    ends = [noun_end] + [noun_end + w.end() for w in re.finditer(rf"{_GAP}{_WORD}", ctx.text[noun_end:limit])]
    for end in ends:  # the shortest phrase that reaches the date: "assemblea generale [del] 21 novembre"
        link = lex.link.match(ctx.text, end)
        if link is None:
            continue
        if (date := _date_at(ctx, link.end())) is not None:
            return end, date, None
        if (date := _after_weekday(ctx, lex, end)) is not None:
            return end, date, None  # "sit første møde tirsdag den 5. april", "na svém zasedání v úterý 18. září"
        day = _DAY_WORD.match(ctx.text, link.end())
        if day is not None and not re.search(r"[^\W\d_]", ctx.text[end:link.end()]) \
                and (end != noun_end or day.group().rstrip(", \t").lower() not in lex.weekdays):
            day = None  # without a link word only a weekday right after the noun: "na svém zasedání neděle 8. září"
        if day is not None and (date := _date_at(ctx, day.end())) is not None:
            return end, date, None  # a weekday after the link word: "Nieuwjaarsbijeenkomst op donderdag 22 januari"
        hop = lex.hop.match(ctx.text, end) if lex.hop is not None else None
        at = lex.link.match(ctx.text, hop.end()) if hop is not None else None
        if at is not None and (date := _date_at(ctx, at.end())) is not None:
            return end, date, hop.group("place")  # "συνάντηση των … clusters στη Θεσσαλονίκη, στις 24 Απριλίου"
    return None


def _after_weekday(ctx: DocContext, lex: _Lexicon, end: int):
    """The date after a weekday (perhaps after a short preposition, and with a link word after it) right after ``end``."""
    day = _WEEKDAY_GAP.match(ctx.text, end)
    if day is None or lex.days is None or not lex.days.is_day(day.group("day")):
        return None
    link = lex.link.match(ctx.text, day.end())
    return _date_at(ctx, link.end()) if link is not None else None


def _item_before(ctx: DocContext, lex: _Lexicon, start: int, noun_end: int, line_end: int, most: int,
                 stops: frozenset[str]):
    """(end of the phrase, date, place) when a list item opens with the date and goes on with the phrase."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    bullet = lex.item.match(ctx.text, line_start, start)
    if bullet is None:
        return None
    date = _date_at(ctx, bullet.end()) or (_date_at(ctx, bullet.end("mark")) if bullet.group("day") else None)
    if date is None:  # "- januari 2034 – nieuwjaarsbijeenkomst": the word after the bullet opens the date
        return None
    gap = _ITEM_GAP.match(ctx.text, date.end, start)
    if gap is None or gap.end() != start:
        return None
    end = _phrase_end(ctx, noun_end, line_end, most, stops)
    after = _PLACE_AFTER.match(ctx.text, end, line_end)
    place = gap.group("place") or (after.group("place") if after else None)
    return end, date, place
