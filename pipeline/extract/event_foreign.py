"""Event names built on an event noun of another language (``pattern:event_foreign``).

The English keywords of ``data/event_keywords.txt`` read "Andalusian Clusters Day", not "Jornada de Clústeres
de Andalucía": in French, Spanish, Portuguese and Italian the noun opens the name and its modifiers follow, and
German and Dutch names end in a compound ("Thüringer Leichtbautag", "Circulaire Bouwdag"). This rule covers the
class of capitalised names with such a noun (``data/event_keywords_languages.txt``), in any language's text:

- the noun opens the name, capitalised words (joined by connectors: "de", "del", "des", "do") follow:
  "Jornada de Clústeres de Andalucía 2028", "Rencontres Hydrogène Méditerranée", "Assembleia Geral do CTN",
  "4. Fachtag Technische Textilien Oberfranken";
- capitalised words come before the noun or before a compound ending in one: "Algemene Vergadering", "Salone
  del Mobile", "Bayerische Textilwoche", "2. Thüringer Leichtbautag", "Viljandi Puidufoorum", "Oulun
  Energiapäivät", "IV Foro Termal Atlántico" (a Roman ordinal is a capitalised word);
- a noun marked ``dated`` that also opens the names of associations ("Foro", "Fórum": "Fórum Oceano" is
  Portugal's maritime cluster, "Foro Clúster España" Spain's cluster association) names an event only with an
  ordinal before it or a year after it ("IV Foro Termal Atlántico", "Fòrum Alimentari de Catalunya 2036"), or an
  edition's ordinal and noun of ``[edition ordinals]`` before it ("la tercera edición del Foro Forestal del Bierzo",
  "a doua ediție a Forumului Chimiei Verzi Vâlcea", "9.ª edição do Fórum do Montado");
- a compound whose language puts its modifier after it (an end marked ``after``) names the event with the
  capitalised words after it alone: "Sjávarútvegsþing Vestfjarða", "Matarauðsþing Norðurlands";
- a connector elided onto the next capitalised word joins it too ("Settimana dell'Innovazione Alpina", "Jornada
  d'Innovació"), and a Maltese article joined by a hyphen ("il-Ġimgħa Marittima Ewropea") does not hide the noun.

The name needs a capitalised word besides the noun and its article ("La jornada reunió", "Der Fachtag ist" name
nothing); an article of another language never opens it ("El Offshore Wind Supplier Day": the name starts at
"Offshore"). A German ordinal ("4.") stays in the name. It runs after the English finders and the fair rule, so a
name they read ("Jornada ... / Andalusian Clusters Day 2027", "a joint stand at the Salone del Mobile") stays theirs.

``pattern:event_numbered_foreign``: a German ordinal numbers an edition of a series, so with it a compound of
``[compound ends]`` or ``[numbered ends]`` names one with no other modifier ("1. Fachkongress", "3. Fachtag",
"7. Solarforum Südbaden", "3. Leunaer Bioraffinerie-Dialog"), a quoted title right after it included ("8.
Fachkongress „KI in der Produktion“"). Without the ordinal such a compound ("Clusterforum", "Holzforum Drau") may
name a network or a firm and is left out, and so is a match whose first word after the number opens a sentence
("stieg um 17. Beim Fachforum ...": the number was a count). The sentence splitter ends a sentence at "2." and "am
5.", so the rule dates the edition itself (and so does ``pattern:event_foreign`` for a name it reads with an
ordinal, "8. Thüringer Kunststofftag"): the date after a link word of ``[meeting links]`` (and a weekday or a
season: "findet im Frühjahr 2035"), "Der 2. Fachkongress fand am 5. Mai 2031 in Jena statt", placed by "in <Place>" right after that date;
else the edition takes no place from the sentence around it (that would be the one before the ordinal's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, year_date
from pipeline.extract.event_lexicon import NOT_NAME_START
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER

_CAP = rf"{UPPER}[\w’'&.-]*(?<![.-])"  # a capitalised word ("Mobile.Milano", "Wasserstoff-Dialog")
_GAP = r"[ \t]+"
_YEAR = r"(?:19|20)\d\d"
_ORDINAL = r"(?P<ord>\d{1,2})\.[ \t]+"  # "4. Fachtag", "2. Thüringer Leichtbautag"
# a connector elided onto the next word: "Settimana dell'Innovazione", "Jornada d'Innovació", "Salone dell'Alimentazione"
_ELIDED = r"(?:[dDsSnN]el|[dD]al|[aA]l)(?=l[’'])|[dD][’']"
_MALTESE_ARTICLE = r"(?<=l-)"  # "il-Ġimgħa Marittima", "fil-Ġimgħa": the article joined to the name by a hyphen


@dataclass(frozen=True)
class ForeignLexicon:
    pattern: re.Pattern[str] | None
    types: dict[str, str]  # lower-case noun or compound end -> event type
    ends: tuple[str, ...]  # compound ends, longest first
    articles: frozenset[str]  # openers: articles and "next" words
    governed: re.Pattern[str]  # "Palais des ": a name the noun is the complement of
    numbered: re.Pattern[str] | None = None  # "7. Solarforum Südbaden": an ordinal and a compound
    link: re.Pattern[str] | None = None  # "findet am Donnerstag, ": from a numbered edition to its date
    after: tuple[str, ...] = ()  # compound ends whose modifier follows them ("Matarauðsþing Norðurlands")
    dated: frozenset[str] = frozenset()  # nouns that also name associations ("Fórum Oceano"): a name needs a date
    edition: re.Pattern[str] | None = None  # "la tercera edición del ", "a doua ediții a ": an edition's ordinal before a name
    not_events: frozenset[str] = frozenset()  # "Bundestag", "Landtag", "Nationaldagen": bodies and holidays


@lru_cache(maxsize=8)
def load_foreign_lexicon(data_dir: Path) -> ForeignLexicon:
    """The nouns, compound ends, connectors and articles of ``data/event_keywords_languages.txt``, compiled once."""
    sections = data_sections(data_dir / "event_keywords_languages.txt")
    types: dict[str, str] = {}
    nouns, ends = [], []
    numbered_ends: list[str] = []
    after: list[str] = []
    dated: list[str] = []
    for key, bucket in (("nouns", nouns), ("compound ends", ends), ("numbered ends", numbered_ends)):
        for line in sections.get(key, []):
            cols = [c.strip() for c in line.split("\t")]
            word = " ".join(cols[0].lower().split())
            bucket.append(word)
            types[word] = cols[1] if len(cols) > 1 and cols[1] else "other"
            if key == "compound ends" and cols[3:4] == ["after"]:
                after.append(word)
            if key == "nouns" and cols[3:4] == ["dated"]:
                dated.append(word)
    articles = frozenset(sections.get("openers", [])) | frozenset(NOT_NAME_START)
    connectors = phrase_alternation(sections.get("connectors", []), empty="(?!)")
    governed = re.compile(rf"{_CAP}{_GAP}(?:{connectors}){_GAP}$")
    if not nouns and not ends:
        return ForeignLexicon(None, types, (), articles, governed)
    noun = rf"(?i:{phrase_alternation(nouns, space=_GAP, empty='(?!)')})"
    compound = rf"{UPPER}[\w’'-]{{2,}}?(?:{phrase_alternation(ends, empty='(?!)')})"
    word = rf"(?:(?:{connectors}){_GAP}|{_ELIDED})?(?:[lL][’'])?{_CAP}"  # "de Clústeres", "del Mobile", "de l'Énergie", "dell'Innovazione"
    pattern = re.compile(
        rf"(?:(?<![\w’'.-])|{_MALTESE_ARTICLE})(?:{_ORDINAL})?(?P<before>(?:{_CAP}{_GAP}){{0,3}})"
        rf"(?P<noun>(?=[{UPPER[1:-1]}]){noun}|{compound})(?![\w’'-])"
        rf"(?P<after>(?:{_GAP}{word}){{0,6}})(?:{_GAP}(?P<year>{_YEAR}))?(?![\w’'-])")
    all_ends = phrase_alternation(ends + numbered_ends, empty="(?!)")
    numbered = re.compile(
        rf"(?<![\w’'.-]){_ORDINAL}(?P<before>(?:{_CAP}{_GAP}){{0,2}}){UPPER}[\w’'-]*?(?:{all_ends}|-(?i:{all_ends}))(?![\w’'-])"
        rf"(?P<after>(?:{_GAP}{word}){{0,4}})(?P<title>{_GAP}[„“\"][^„“”\"\n]{{3,60}}[“”\"])?")
    links = phrase_alternation((" ".join(w.split()) for w in sections.get("meeting links", [])), space=_GAP)
    link = re.compile(rf"(?:[ \t]*,)?(?:{_GAP}(?i:{links}))?{_GAP}(?P<word>{UPPER}\w+,?{_GAP})?")
    return ForeignLexicon(pattern, types, tuple(sorted(ends + numbered_ends, key=len, reverse=True)), articles, governed,
                          numbered, link, tuple(after), frozenset(dated), _edition_phrase(data_dir, sections),
                          frozenset(w.lower() for w in sections.get("not events", [])))


# an edition's number before its noun: "9.ª edição", "9ª", "3e édition", "1re", "a 9-a ediție", "XII edición", "ediția a III-a"
_NUMBER_ORDINAL = r"(?:\d{1,2}(?:\.?[ªº]|\.|-a|e|ème|re|ère)|[IVX]{1,5}(?:-a)?)"


def _edition_phrase(data_dir: Path, sections: dict[str, list[str]]) -> re.Pattern[str] | None:
    """"<ordinal> <edition noun> <link>" right before a name (``[edition ordinals]``, ``[edition links]``, the forms of
    ``data/event_edition_nouns.csv``), anchored at the end of the text searched."""
    words, links = sections.get("edition ordinals", []), sections.get("edition links", [])
    path = data_dir / "event_edition_nouns.csv"
    nouns = [r["form"].strip() for r in data_table(path)[1] if r.get("form", "").strip()] if path.exists() else []
    if not nouns or not links:
        return None
    ordinal = rf"(?:(?<![\w-])(?i:{phrase_alternation(w.split(chr(9))[0].strip() for w in words if w.strip())})|(?<![\w.-]){_NUMBER_ORDINAL})"
    return re.compile(rf"{ordinal}{_GAP}(?i:{phrase_alternation(nouns)}){_GAP}(?i:{phrase_alternation(links, space=_GAP)}){_GAP}$")


def _type_of(lex: ForeignLexicon, noun: str) -> str:
    low = " ".join(noun.lower().split())
    if low in lex.types:
        return lex.types[low]
    return next((lex.types[e] for e in lex.ends if low.endswith(e)), "other")


def foreign_events(ctx: DocContext, data_dir: Path, gaz: Gazetteer | None = None) -> list[Candidate]:
    """Capitalised names with an event noun of another language (``pattern:event_foreign``; see the module doc)."""
    lex = load_foreign_lexicon(data_dir)
    if lex.pattern is None:
        return []
    out = []
    for m in lex.pattern.finditer(ctx.text):
        if not m.group("before") and lex.governed.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue  # "Palais des Congrès de Narbonne": a venue's name
        before = list(re.finditer(r"\S+", m.group("before")))
        while before and before[0].group() in lex.articles:
            before = before[1:]  # "El Offshore ...", "Der Fachtag": an article opens the sentence, not the name
        noun = m.group("noun")
        low = " ".join(noun.lower().split())
        capital_after = any(w[:1].isupper() for w in m.group("after").split())
        named = low in lex.types or noun.lower().endswith(lex.after)
        compound_year = m.group("year") and not m.group("after") and low not in lex.types and low not in lex.not_events
        if not before and (not capital_after or not named) and not compound_year:
            continue  # the noun alone ("La jornada", "Der Fachtag ist ..."); a compound needs its modifier before it,
            # unless its language puts it after ("Matarauðsþing Norðurlands") or its year follows it, which says
            # which edition of which series ("Klusterdagen 2039", "Clustertag 2041", "Energiapäivät 2036")
        start = m.start("before") + before[0].start() if before else m.start("noun")
        if low in lex.dated and not (m.group("ord") or m.group("year") or _roman(before)
                                                               or _edition_before(ctx.text, lex, start)):
            continue  # "Dr. Maria Fontes (Fórum Oceano, Portugal)", "the award of Foro Clúster España": an association
        if m.group("ord") and start == m.start("before"):
            start = m.start()  # "4. Fachtag ...": the ordinal is part of the name
        when = _edition_date(ctx, lex, gaz, m.end()) if m.group("ord") and start == m.start() else {}
        out.append(Candidate(start, m.end(), clean_event_name(ctx.text[start:m.end()]), "pattern:event_foreign",
                             noun.lower(), _type_of(lex, noun), **when))
    return out + _numbered(ctx, lex, gaz, [(c.start, c.end) for c in out])


def _edition_before(text: str, lex: ForeignLexicon, start: int) -> bool:
    """An edition's ordinal and noun right before the name: "la tercera edición del Foro …", "9.ª edição do Fórum …",
    "celei de-a doua ediții a Forumului …" (``[edition ordinals]``)."""
    return lex.edition is not None and lex.edition.search(text, max(0, start - 50), start) is not None


def _roman(before: list) -> bool:
    """The name opens with a Roman ordinal ("IV Foro Termal Atlántico"): an edition."""
    return bool(before) and re.fullmatch(r"[IVX]{1,5}", before[0].group()) is not None


_PLACE_AFTER = re.compile(rf"{_GAP}in{_GAP}(?P<place>{_CAP}(?:[ \t]{_CAP})?)")
# the edition's year right after its numbered name, perhaps its place in brackets, then the list goes on or ends:
# "5. Fachtag 2037 (Hof),", "3. Holzforum 2035;", "- 2. Leichtbautag 2034 (Jena)" at a line's end
_LISTED_YEAR = re.compile(rf"{_GAP}(?P<year>{_YEAR})(?:{_GAP}\((?P<place>{_CAP}(?:[ \t]{_CAP})?)\))?[ \t]*(?=[,;.]|$)", re.M)


def _numbered(ctx: DocContext, lex: ForeignLexicon, gaz: Gazetteer | None, taken: list[tuple[int, int]]) -> list[Candidate]:
    """"1. Fachkongress", "7. Solarforum Südbaden": an edition numbered by a German ordinal (see the module doc)."""
    out = []
    for m in lex.numbered.finditer(ctx.text) if lex.numbered is not None else ():
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # "2. Thüringer Leichtbautag": the name the rule above read
        if m.group("before").split()[:1] and m.group("before").split()[0] in lex.articles:
            continue  # "Die Zahl stieg um 17. Beim Fachforum ...": the number ended a sentence
        noun = ctx.text[m.end("before"):m.start("after")]
        out.append(Candidate(m.start(), m.end(), clean_event_name(m.group().replace("„", "“")), "pattern:event_numbered_foreign",
                             noun.lower(), _type_of(lex, noun), **_edition_date(ctx, lex, gaz, m.end())))
    return out


def _edition_date(ctx: DocContext, lex: ForeignLexicon, gaz: Gazetteer | None, end: int) -> dict:
    """The date and place of an edition numbered by a German ordinal, from the words after its name: a date after
    a link word of ``[meeting links]`` (and a weekday or a season), "in <Place>" right after that date ("fand am
    5. Mai 2031 in Jena statt"); without a place, none from the sentence around it (see the module doc)."""
    listed = _LISTED_YEAR.match(ctx.text, end)
    if listed is not None:  # "Frühere Fachtage: 5. Fachtag 2037 (Hof), 4. Fachtag 2036 (Selb)": a list of past editions
        y = int(listed.group("year"))
        city, country = gaz.place(listed.group("place")) if listed.group("place") and gaz is not None else (None, None)
        return {"dates": year_date(y, listed.start("year"), listed.end("year"), "pattern:event_numbered_foreign"),
                "city": city, "country": country, "placeless": city is None and country is None}
    link = lex.link.match(ctx.text, end) if lex.link is not None else None
    at = (link.start("word"), link.end()) if link is not None and link.group("word") else (link.end(),) if link else ()
    date = next((d for d in ctx.dates_between(at[0], at[-1] + 40) if d.start in at), None) if at else None
    place = _PLACE_AFTER.match(ctx.text, date.end) if date is not None else None
    city, country = gaz.place(place.group("place")) if place and gaz is not None else (None, None)
    return {"dates": date, "city": city, "country": country, "placeless": city is None and country is None}
