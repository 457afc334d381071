"""Where an organisation's name starts and ends in one document's text, and :func:`add`, the one way an organisation
rule proposes a candidate (:class:`~pipeline.extract.org_context.OrgDoc`'s ``cands``).

The span helpers every organisation rule shares: :func:`run_at` (a capitalised run, carried on over a version
number or an envoy's place), :func:`trim` (sentence words before a name, function words after it),
:func:`line_fields` (a run carried over a line break into the next field ends there) and :func:`coordinated` ("A
and B": two names). :func:`add` holds a candidate to them and to the tests of
:mod:`pipeline.extract.org_context` before it is kept.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import org_name_word_sections, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import GazetteerEntry, key
from pipeline.extract.org_affiliation import past_listed_person
from pipeline.extract.org_bodies import body_owner, governing_body
from pipeline.extract.org_calendar_days import past_calendar_day
from pipeline.extract.org_context import ENVOY_HEADS, NAMES_AND, OrgDoc, compound_head, generic, is_headed, keeps_its_town
from pipeline.extract.org_line_tails import closed_at_line_end, name_end, site_tail_end
from pipeline.extract.org_list_lines import past_list_label
from pipeline.extract.org_venues import address_part, event_venue
from pipeline.extract.role_title_at import title_closes_line
from pipeline.extract.org_openers import opens_before_front_head
from pipeline.extract.org_name_pairs import authority_and_name
from pipeline.extract.org_modifiers import modifier_before_kind, past_demonym, past_home_town, past_people_of, past_person_of, past_role_of
from pipeline.extract.org_resolve import HEAD_SPLIT, Candidate
from pipeline.extract.shapes import Span, cap_run_at, clean, valid_person_name
from pipeline.extract.world import subdivision_names

_TRAILING_WORD = re.compile(r"[ \t\n]+([^\s,]+)$")
_LEADING_WORD = re.compile(r"([^\s,]+)[ \t\n]+")
_PLACE_LABEL = re.compile(r"(?:venue|location|place)\W{0,4}:\W{0,4}(?:the\s+)?$", re.I)
_EDITION_OF = re.compile(r"(?<![\w-])editions?[ \t\n]+of[ \t\n]+(?:(?:the|our|this|its|their)[ \t\n]+)?$", re.I)
_VERSION = re.compile(r"[ \t]+\d{1,2}\.\d{1,2}[ \t]+(?=[A-Z])")  # "Industry 4.0 Cluster"
_CELL_GAP = re.compile(r"[^\s]( {2,}|\t)(?=\S)")  # a menu row's or table row's gap between two cells
_TO_PLACE = re.compile(r"[ \t\n]+(?:to|in)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_DATE_OR_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d\d\b")
_ON_OBJECT = re.compile(r"[ \t\n]+(?:on|via|under|through|in)[ \t\n]+(?=[A-Z])(\S)")
_DAY_OR_MONTH = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December")
_ROLE_POSSESSIVE = re.compile(r"(?<![\w-])([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)['’]s[ \t]+")
_SESSION_CODE = re.compile(r"[A-Z](?:\d{1,2}\.?|\.)[ \t]+(?=[A-Z])")  # "A3 ", "B. ", "C1. ": a session's code at a line start
# A capitalised word after a lower-case "the" (or "and" between two names) opens a name even when it is a stop
# word ("the Three Seas ...", "… and Can Tho University");
# these words never do ("the The", "the Our" are typos or headings run together).
_AFTER_THE = re.compile(r"(?<![\w-])(?:the|and|&)[ \t\n]+$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "that", "those", "our", "its", "their", "his", "her", "my", "your",
                          "next", "new", "first", "last", "other", "every", "each", "all", "both", "some", "several"})
_SHOUTED = re.compile(r"[^a-zà-ÿ\n]*[A-ZÀ-Þ]{2}[^a-zà-ÿ\n]*")  # a line without lower-case letters: a heading in capitals
_LAST_WORD = re.compile(r"[^\W\d_][\w-]*$")  # a span's last word
_VERB_THE = re.compile(r"([A-Z][a-z]+)[ \t\n]+the[ \t\n]+(?=[A-Z])")


def trim(ctx: OrgDoc, span: Span) -> Span | None:
    """Drop leading sentence words ("Then the ...", and the articles of ``[articles before a name]`` in
    data/org_name_words.txt that open a sentence in another script: "Ο Σύνδεσμος …", "Η Περιφέρεια …") and
    trailing function words ("Acme\nThe")."""
    s, e = span.start, span.end
    while True:
        m = _TRAILING_WORD.search(ctx.text[s:e])
        if not m or m.group(1).lower() not in STOP_WORDS:
            break
        e = s + m.start()
    while True:
        m = _LEADING_WORD.match(ctx.text[s:e])
        if not m:
            break
        w = m.group(1)
        if w[:1].isupper() and w.lower() not in _DETERMINERS and _AFTER_THE.search(ctx.text, max(0, s - 5), s):
            break  # "by the Three Seas Cluster Association", "with the Can Tho Department", "X and Can Tho University": a name's first word
        if ctx.text.startswith(ctx.words.front_phrases, s + m.start(1)):
            break  # "ITS Academy Nautica": a front head of two words whose first is written like a stop word
        if w.lower() in STOP_WORDS or w.lower() in ("the",) or w in ctx.words.articles \
                or opens_before_front_head(ctx.text, s + m.start(1), w, ctx.words.front_heads, ctx.lex.org_suffixes) \
                or (w.lower() in ctx.lex.not_person_words and w.lower() in ("next", "new", "first", "key", "main")):
            s += m.end()
        else:
            break
    s = past_calendar_day(ctx.text, s, e, ctx.lex.data_dir)  # "15 Thu  Network coordination meeting" (org_calendar_days.py)
    # "CEO of Brno Robotics Hub", "Export Manager at Acme Cluster": a role title and its
    # preposition open no name; the organisation starts after them
    role_end = past_role_of(ctx.text, s, e, ctx.lex)
    if role_end is not None and role_end < e:
        s = role_end
    # "Contact the Indo-European Rail Business Council": a verb opening a line or sentence, then "the"
    verb = _VERB_THE.match(ctx.text, s, e)
    if verb and verb.group(1) not in ctx.lex.org_suffixes:
        s = verb.end()
    return Span(s, e) if e > s else None


def line_fields(ctx: OrgDoc, s: int, e: int) -> tuple[int, int]:
    """Rule family "line field": a capitalised run carried over a line break into the next field of a
    list, agenda or board table ends at that break. The next line opens with a person's title or a
    role title or an initial ("…Water Institute\nTreasurer: Jane Doe", "…Voivodeship\nDr. Jane Doe") or
    with a label or a date ("…Pipe Systems\nBoard members: …", "…Tools GmbH\nFri 13 March"); a line opened by a capitalised article or pronoun
    ("Finances\nThe Board approved …") starts the name after it, and so does the line after a heading in capitals
    ("CLUSTER NEWS\nAcme Network of Clusters"). A closing "on LinkedIn", "on Monday",
    "under Horizon Europe" or "in <city or country>" and a second column (three spaces) are no part of it, nor a
    company's town or site after its legal form or a comma ("Acme Cement AB, Visby plant": org_line_tails.site_tail_end)."""
    t = ctx.text
    for on in reversed(list(_ON_OBJECT.finditer(t, s, e))):
        obj = clean(t[on.start(1):e])
        before = clean(t[s:on.start()]).split()
        if key(obj) in ctx.lex.not_org_names or _DAY_OR_MONTH.fullmatch(obj) or on.group().split()[0] == "in" and (
                (key(obj) in ctx.lex.cities or key(obj) in ctx.lex.countries) and not keeps_its_town(ctx, " ".join(before))
                or bool(before) and before[0] in ctx.words.front_heads):
            # a name another language's front head opens holds no English "in": "Lycée Jules Verne in Mondeville"
            # "Follow the Acme Cluster on LinkedIn", "… Cluster under Horizon Europe", "… Cluster on Monday",
            # "Faculty of Maritime Studies in Split", "Acme Plus in Rzeszów in June": no part of the name
            e = on.start()
    e = site_tail_end(t, s, e, ctx.lex)  # "Acme Cement AB, Visby plant", "Acme Ltd in Little Harwood" (org_line_tails.py)
    owner = _ROLE_POSSESSIVE.search(t, max(0, s - 40), s)
    first = t[s:e].split(None, 1)[0] if t[s:e].strip() else ""
    if owner and owner.end() == s and first in ctx.lex.org_suffixes and ctx.lex.role_title_re.fullmatch(owner.group(1)):
        s = owner.start()  # "Marshal's Office of the X Voivodeship", "the Mayor's Office": the office is named by its head
    gap = re.search(r"[ \t]{3,}|\t", t[s:e])
    if gap:  # "Chair of the Board        Dr. Jane Doe": two columns of a signature line
        e = s + gap.start()
    e = name_end(t, s, e, ctx.lex.data_dir)  # "… of Acme NEW MEMBERS", "… of Acme\nOrganised by …" (org_line_tails.py)
    nl = t.rfind("\n", s, e)
    if nl != -1:
        tail = t[nl + 1:e].strip()
        first = tail.split()[0].rstrip(".") if tail else ""
        line_end = t.find("\n", e)
        rest = t[e:len(t) if line_end < 0 else line_end]
        if first and (first in ctx.lex.person_titles or re.fullmatch(r"[A-Z]", first) or ctx.lex.role_title_re.fullmatch(tail)
                      or re.match(r"[ \t]*[\w' -]{0,25}:|[ \t]+\d", rest)) and t[s:nl].strip():
            e = s + len(t[s:nl].rstrip())
    for m in re.finditer(r"\n[ \t]*(?:The|A|An|Our|This|These|Its|Their)[ \t]+(?=[A-Z])", t[s:e]):
        s = s + m.end()
    nl = t.find("\n", s, e)
    if nl != -1 and _SHOUTED.fullmatch(t[s:nl].strip()) and re.match(r"[ \t]*[^\W\d_][a-zà-ÿ]", t[nl + 1:e]):
        # "CLUSTER NEWS\nAcme Network of Clusters", "ANNEX: PARTNERS\nAcme Foundation": a heading in capitals
        # runs into the name on the next line; the name starts there
        s = nl + 1 + len(t[nl + 1:e]) - len(t[nl + 1:e].lstrip())
    lines = t[s:e].split("\n")
    head = clean(lines[0])
    if len(lines) > 1 and (ctx.lex.role_title_re.fullmatch(head) or (valid_person_name(head, ctx.lex)
                                                                     and starts_with_given_name(head, ctx.lex))):
        # "Jane Doe\nCommunications\nAcme Cluster e.V.": a signature block's name line, then role or
        # field lines of one word or a role title; the organisation is on the line after them
        k = 1
        while k < len(lines) - 1 and (ctx.lex.role_title_re.fullmatch(clean(lines[k])) or len(lines[k].split()) == 1):
            k += 1
        s += sum(len(x) + 1 for x in lines[:k])
    code = _SESSION_CODE.match(t, s, e)
    if code and not t[t.rfind("\n", 0, s) + 1:s].strip(" \t-•*–"):
        # "A3  Cluster excellence clinic", "B. Data sharing": an agenda item's code, then its title
        s = code.end() if " " in t[code.end():e].strip() else e
    return s, _past_next_line_word(ctx, s, e)


_AFTER_LINE_WORD = re.compile(r"[ \t]*(?:[|›/·»>!]|[a-zà-ÿ])")


def _past_next_line_word(ctx: OrgDoc, s: int, e: int) -> int:
    """Rule family "line field": a whole name ("Acme Wood Cluster", "Provincie Gelderland") that a run carries
    over a line break onto the next line's first word only, when that line goes on with a menu separator or a
    lower-case word, ends at the break: "Acme Cluster\nNews | Events", "Klaster Acme\nAktualności / News",
    "… Acme Wood Cluster\nFounded in 2014", "… at Provincie Gelderland\nMooi resultaat!". An organisation word,
    a legal form or a place on that line is the name's own end ("Acme Wood Cluster\nAssociation is …"), and so is
    any word after a name with "of", "for" or a joiner, which a wrapped line may cut anywhere."""
    t = ctx.text
    nl = t.rfind("\n", s, e)
    if nl == -1:
        return e
    word = t[nl + 1:e].strip()
    if not word or " " in word or word in ctx.lex.org_suffixes or compound_head(ctx.words, word) \
            or ctx.lex.legal_forms.match(" " + word + " ") or not _AFTER_LINE_WORD.match(t, e):
        return e
    first = clean(t[s:nl])
    k = key(word)
    if closed_at_line_end(t, s, nl, ctx.lex):
        return s + len(t[s:nl].rstrip())  # "CEO of Tundrafly Oy\nLive-streamed as …", "… Centre of Finland\nCell chemistry …"
    if not is_headed(ctx, first) or len(ctx.words.head_split.split(first, maxsplit=1)) > 1 or not first.split()[-1][:1].isupper() \
            or k in ctx.lex.cities or k in ctx.lex.countries or word in subdivision_names():
        return e  # "Faculty of Furniture Design and Wood\nEngineering at …", "… of\nLithuania": a wrapped name goes on
    return s + len(t[s:nl].rstrip())


def coordinated(ctx: OrgDoc, span: Span) -> list[Span]:
    """Rule family "coordinated names": "A and B" read as one run is two names when A is a
    whole organisation's name (an organisation word or a legal form in it, two words or more) and B is
    one too (headed by an organisation word, or closed by a legal form): "Acme Cluster Latvia and
    Nordic Food Network", "the Province of X and X Sviluppo S.p.A.". When B is a person's name
    ("the University of X and Jane Doe"), only A is kept. Returns the parts, or [] for one name
    ("Chamber of Commerce and Industry", "Ministry of Economy and Innovation": B is a field)."""
    t = ctx.text
    for m in re.finditer(NAMES_AND, t[span.start:span.end]):  # never at "&" (family "ampersand inside a name")
        a = Span(span.start, span.start + m.start())
        b = Span(span.start + m.end(), span.end)
        an, bn = clean(t[a.start:a.end]), clean(t[b.start:b.end])
        if re.match(r"Co\b", bn):
            continue  # "Acme Logistik GmbH & Co. KG": one legal form
        if authority_and_name(ctx, an, bn):
            return [a, b]  # "the Acme Region and Beta Invest" (org_name_pairs.py)
        if len(an.split()) < 2 or not (any(w in ctx.lex.org_suffixes or compound_head(ctx.words, w) for w in an.split())
                                       or ctx.lex.legal_forms.search(an)):
            continue
        if valid_person_name(bn, ctx.lex) and starts_with_given_name(bn, ctx.lex):
            return [a]
        form = ctx.lex.legal_forms.search(t, b.start, min(len(t), b.end + 1))  # ("S.p.A." before a full stop)
        if is_headed(ctx, bn) or (form and form.end() >= b.end and len(bn.split()) >= 2):
            return [a, b]
    return []


def run_at(ctx: OrgDoc, pos: int, **kw) -> Span | None:
    """:func:`cap_run_at`, carried on over a version number inside a name ("Navarra Industry 4.0
    Cluster") and, after a diplomatic body, over "to (the) <place>" ("Delegation of the European
    Union to the Republic of Korea"). Family "en dash inside a name": two words joined by an en dash without
    blanks are one word of the name ("Clusterul Naval Galați–Brăila", "Rhine–Neckar Metropolitan Region"); family
    "suspended hyphen inside a name": a word for "and" after a word that ends in a hyphen goes on the name
    ("Kainuun Akku- ja Mineraaliklusteri", "Bundesverband Holz- und Kunststoffverarbeitung")."""
    t = ctx.text
    kw.setdefault("joiners", ctx.words.joiners)
    kw.setdefault("possessives", ctx.words.possessives)
    kw.setdefault("dash_words", True)  # "Clusterul Naval Galați–Brăila", "EU–Japan Centre"
    kw.setdefault("suspended", ctx.words.suspended_ands)  # "Kainuun Akku- ja Mineraaliklusteri"
    run = cap_run_at(t, pos, **kw)
    run = _before_cell_gap(t, run) if run is not None else None
    if run is not None and "\n" in t[run.start:run.end]:
        # "Jane Doe\nSenior Projects Manager\nAcme Cluster": a signature block; a line ending in a
        # role title ends a field, and the name starts on the next line
        for nl in reversed([m.start() for m in re.finditer("\n", t[run.start:run.end])]):
            if title_closes_line(t[run.start:run.start + nl], ctx.lex.role_title_re):
                run = cap_run_at(t, run.start + nl + 1, **kw)
                break
    return carry_on(ctx, run, **kw) if run is not None else None


def _before_cell_gap(t: str, run: Span) -> Span:
    """Family "menu row": two blanks or more, or a tab, between two words are a gap between the cells of a menu or a
    table row ("Front page   Cluster   Members   Services   Events", "Inicio  Quiénes somos  Socios"): a name ends before
    it (no name of the training sets' texts is written with such a gap inside), and a name that ran on over a line break
    into such a row ends at the break ("Clúster Agroalimentario de Ponent\nInicio  Quiénes somos")."""
    gap = _CELL_GAP.search(t, run.start, run.end)
    if gap is None:
        return run
    nl = t.rfind("\n", run.start, gap.start())
    return Span(run.start, nl if nl > run.start else gap.start() + 1)


def carry_on(ctx: OrgDoc, run: Span, **kw) -> Span:
    """``run`` carried on over "4.0 Cluster" and, after a diplomatic body, over "to (the) <place>"."""
    t = ctx.text
    kw.setdefault("joiners", ctx.words.joiners)
    kw.setdefault("possessives", ctx.words.possessives)
    while True:
        m = _VERSION.match(t, run.end)
        if m is None:
            head = HEAD_SPLIT.split(clean(t[run.start:run.end]), maxsplit=1)[0].split()
            m = _TO_PLACE.match(t, run.end) if head and head[-1] in ENVOY_HEADS else None
        nxt = cap_run_at(t, m.end(), **kw) if m else None
        if nxt is None or nxt.start != m.end():
            break
        run = Span(run.start, nxt.end)
    return run


def add(ctx: OrgDoc, span: Span | None, rule: str, strength: int, entry: GazetteerEntry | None = None, acronym: str | None = None) -> None:
    if span is None:
        return
    cut = Span(*line_fields(ctx, span.start, span.end))
    if cut != span and (cut.end <= cut.start or generic(ctx, clean(ctx.text[cut.start:cut.end]))):
        return  # "Finances\nThe Board": what is left names nothing
    if ctx.text[cut.start:cut.end].rstrip().endswith("-"):
        return  # "Kainuun Akku-" of "Kainuun Akku- ja Mineraaliklusteri ry": a name cut at its suspended hyphen
    if cut != span and rule == "pattern:org-head" and _SHOUTED.fullmatch(ctx.text, cut.start, cut.end) and " " in ctx.text[cut.start:cut.end]:
        return  # "PEER REVIEW REPORT\nCluster organisation: …": the organisation word was the next line's, a heading is left
    listed = past_listed_person(ctx.text, cut, ctx.person_spans)  # "KOVÁCS-NAGY, Eszter – Acme Kft."
    span = past_list_label(ctx.text, listed, ctx.lex)  # "PP3 Politecnico di Torino" (org_list_lines.py)
    rest = key(clean(ctx.text[span.start:span.end])) if span is not None and span != listed else None
    if span is None or rest is not None and (rest in ctx.lex.cities or rest in ctx.lex.countries):
        return  # "PP7", "PM1 Graz (AT)": a code alone, a meeting's town
    span = past_home_town(ctx.text, span, ctx.lex)  # "the Sligo-based Benbulben Precision Ltd."
    span = past_demonym(ctx.text, span, ctx.words.front_heads, ctx.lex.data_dir)  # "the Spanish Ministerio de …"
    if strength < 3 and (adjective_word(ctx, span) or region_word(ctx, span)
                         or modifier_before_kind(ctx.text, span.start, span.end, ctx.lex.data_dir)):
        return  # "the Brussels-based network of water clusters", "Trøndelag", "the Walloon cluster Mecatech" (org_modifiers.py)
    role_end = past_role_of(ctx.text, span.start, span.end, ctx.lex)
    if role_end is not None and role_end < span.end:
        # "ceo of Acme Lda.", "Managing Director of\nAcme e.V.", "Managing Director, Acme Cluster": every rule's
        # name starts after a role title and its "of" or comma
        span = Span(role_end, span.end)
    span = past_people_of(ctx.text, span, ctx.lex.data_dir)  # "Mitgliedsunternehmen des Clusters Acme" (org_modifiers.py)
    if strength < 3:
        span = past_person_of(ctx.text, span, ctx.lex)  # "Jens Lund of Nordic Design Cluster"
    if governing_body(clean(ctx.text[span.start:span.end]), ctx.lex.data_dir, ctx.lex.org_suffixes,
                      lambda n: is_headed(ctx, n) or bool(ctx.lex.legal_forms.search(n + " ")),
                      alone_only=rule == "role:organisation"):
        # "the Management Board", "the Board of Acme asbl", "Notes of the Board" (org_bodies.py); next to a
        # person ("Jane Doe, ACME Secretariat") a body that names its organisation stays, as written
        return
    owner = body_owner(clean(ctx.text[span.start:span.end]), ctx.lex.data_dir) if rule != "role:organisation" else None
    if owner and owner[:1].isupper() and ctx.text.rfind(owner, span.start, span.end) > span.start:
        # "the Board of MetalAstur": the organisation is the name after its body
        span = Span(ctx.text.rfind(owner, span.start, span.end), span.end)
    if strength < 3:
        parts = coordinated(ctx, span)
        if parts:
            for part in parts:
                add(ctx, part, rule, strength, entry, acronym)
            return
    span = with_place_noun(ctx, span)  # "Inovační centrum Ústeckého" + "kraje"
    if strength < 3 and _PLACE_LABEL.search(ctx.text[max(0, span.start - 25):span.start]):
        return  # the name after "Venue:" is a place
    if strength < 3 and _EDITION_OF.search(ctx.text[max(0, span.start - 30):span.start]):
        return  # "the next edition of our Cluster Managers' Academy": a recurring event
    if strength < 3 and (_venue_line(ctx, span) or event_venue(ctx.text, span.start, span.end, ctx.lex)
                         or address_part(ctx.text, span.start, span.end, ctx.lex)):
        return  # "- 12.06.2025, 09:30\n- Chamber of Crafts, Leipzig", "dinner at the Old Town Hall": an event's place;
        # "Unit 4, National Technology Park, Limerick V94 XXXX": an address
    ctx.cands.append(Candidate(span, rule, entry, acronym, strength))


@lru_cache(maxsize=4)
def _place_noun(data_dir: Path | None) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """(the administrative noun after a place adjective, perhaps after one lower-case adjective; the adjective's endings)
    of ``[administrative nouns after a place adjective]`` and ``[place adjective ends]`` (data/org_name_words.txt)."""
    sections = org_name_word_sections(data_dir) if data_dir else {}
    nouns, ends = sections.get("administrative nouns after a place adjective", []), sections.get("place adjective ends", [])
    if not nouns or not ends:
        return None, ()
    pattern = re.compile(rf"(?:[ \t]+[^\W\d_A-ZÀ-ÞĀ-Ž][\w-]*)?[ \t]+(?:{phrase_alternation(nouns)})(?![\w’'-])")
    return pattern, tuple(ends)


def with_place_noun(ctx: OrgDoc, span: Span) -> Span:
    """Rule family "place noun after a place adjective": a name of Czech, Slovak or a South Slavic language that ends in a
    capitalised place adjective runs on over the lower-case noun of the region, county or municipality it declines ("Inovační
    centrum Ústeckého kraje", "Úrad Žilinského samosprávneho kraja", "Razvojna agencija Karlovačke županije"): a
    capitalised run stops before a lower-case word, and every rule's span would end at the adjective."""
    pattern, ends = _place_noun(ctx.lex.data_dir)
    last = _LAST_WORD.search(ctx.text, span.start, span.end)
    if pattern is None or last is None or not last.group()[:1].isupper() or not last.group().endswith(ends) \
            or last.group().isupper():
        return span
    tail = pattern.match(ctx.text, span.end)
    if tail is None or tail.group().split()[0].endswith("-"):
        return span
    adjective = tail.group().split()[:-1]
    if adjective and not adjective[0].endswith(ends):
        return span  # "… Ústeckého a kraje": a lower-case word between that is no adjective
    return Span(span.start, tail.end())


def adjective_word(ctx: OrgDoc, span: Span) -> bool:
    """Rule family "adjective, not a name": one word that says where something is based ("the Brussels-based
    network", "the Sfax-based start-up", "a Lyon-based company") names no organisation."""
    word = ctx.text[span.start:span.end].strip()
    return not any(c.isspace() for c in word) and word.lower().endswith("-based")


def region_word(ctx: OrgDoc, span: Span) -> bool:
    """Rule family "a region alone": one word that is the whole name of an ISO 3166-2 subdivision (``pycountry``: "Trøndelag",
    "Vorarlberg", "Pirkanmaa", "Zuid-Holland") is a place, whatever rule read it (no training gold names an organisation
    so); a name that holds one ("Vorarlberg Chamber of Commerce") stays."""
    word = ctx.text[span.start:span.end].strip()
    return not any(c.isspace() for c in word) and word in subdivision_names()


def _venue_line(ctx: OrgDoc, span: Span) -> bool:
    """The name is a line of its own with only its town after it ("Chamber of Crafts, Leipzig"),
    right under a line with a date or a time: the place line of an event entry."""
    t = ctx.text
    ls = t.rfind("\n", 0, span.start) + 1
    le = t.find("\n", span.end)
    le = len(t) if le < 0 else le
    if t[ls:span.start].strip(" \t-•*–") or "\n" in t[span.start:span.end]:
        return False
    m = re.fullmatch(r"[ \t]*,[ \t]*([^\W\d][\w' .-]*?)(?:[ \t]*[,(][ \t]*([^\W\d][\w .-]*?)\)?)?[ \t]*", t[span.end:le])
    if not m or key(m.group(1)) not in ctx.lex.cities or (m.group(2) and key(m.group(2)) not in ctx.lex.countries):
        return False
    prev = t[:ls].rstrip().rsplit("\n", 1)[-1]
    return bool(_DATE_OR_TIME.search(prev))
