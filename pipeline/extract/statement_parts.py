"""Shared pieces of the statement rules: the :class:`Statement` record and role-phrase parsing ("Head of Unit for X at
the Y"); the appositive "Name, Role, Organisation" reader is :mod:`pipeline.extract.statement_apposition`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation, phrase_trie
from pipeline.extract.lexicon import Lexicon, key, office_titles_re
from pipeline.extract.role_fields import acronym_before_field, department_role, kind_nouns, lower_case_field, work_field
from pipeline.extract.role_genitive_lead import genitive_lead
from pipeline.extract.shapes import Span, cap_run_at, clean
from pipeline.extract.statement_label_shapes import TRANSLATED_LEAD


# A capital letter, Latin accented ones included ("at the Łódź Region …"): for look-aheads.
_CAPS = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
UPPER = "[" + _CAPS + "]"
UPPER0 = "[0-9" + _CAPS + "]"

_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ'’]+(?![\w-])")


@lru_cache(maxsize=2)  # people, statements and organisation rules all ask for the same document's set
def lower_case_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case: ordinary words, not names ("smoke", "healthy")."""
    return frozenset(m.group() for m in _LOWER_WORD.finditer(text))


BULLET = re.compile(r"[ \t]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t]*")
ROLE_SEP = re.compile(r"[ \t]*(?:,|–|—|\s-\s|\|)[ \t]*")

@dataclass(frozen=True)
class Statement:
    """One finding about a person: the name's span, and what the text states around it."""

    person: Span
    rule: str
    title: str | None = None
    role: str | None = None  # as stated
    role_span: Span | None = None
    org: Span | None = None  # span of the organisation's name in the text
    units: tuple[Span, ...] = ()  # units of that organisation named with it (signature lines)


def title_re(lex: Lexicon) -> re.Pattern[str]:
    return _title_re(lex.person_titles)


@lru_cache(maxsize=2)  # the text as written and with soft wraps folded, during one document's statements
def role_titles_in(text: str, pattern: re.Pattern[str]) -> tuple[re.Match[str], ...]:
    """Every role title in a text, ``pattern.finditer(text)`` (several rules walk them; the search is the costly
    part, done once per text)."""
    return tuple(pattern.finditer(text))


@lru_cache(maxsize=8)  # asked for at every name: built once per title list, not re-escaped each time
def _title_re(person_titles: tuple[str, ...]) -> re.Pattern[str]:
    titles = phrase_trie(person_titles, space=r"\ ", fold=False)  # a prefix tree: one test a letter, not a title
    # A title ends at a full stop or a space; "President\nBasque Cluster Association" is a role line.
    return re.compile(r"(?<![\w])(" + titles + r")(?:\.[ \t]*\n?[ \t]*|[ \t]+)(?=[^\W\d_])")


def role_segment(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Parse "Head of Unit for X at the Y" / "CEO of Acme" / "Team Leader Cluster Policy" in text[start:end].

    Returns (role as stated, its span, organisation span or None) when the segment holds a role title.
    """
    seg = text[start:end]
    junk = re.search(r"\s\S*(?:@|https?:|www\.)", seg)
    if junk:  # "Policy Analyst\njdoe@example.org" folded into one line: the address is no part of the role
        seg, end = seg[:junk.start()], start + junk.start()
    m = lex.role_title_re.search(seg)
    if not m and seg[:1].isalpha():
        return department_role(text, start, start + len(seg), lex)
    if not m or not seg[:1].isalpha():
        return None
    if m.start() > 40 and not (m.start() <= 64 and genitive_lead(seg[:m.start()].split(), m.group(), seg[m.end():], lex)):
        return None  # (a long genitive lead before another language's title: "Vilniaus universiteto Chemijos fakulteto docentė")
    if (lead := TRANSLATED_LEAD.match(seg)) and lex.role_title_re.match(seg, lead.end()):
        return role_segment(text, start + lead.end(), end, lex)  # family "translated label": "Cyfarwyddwr / Director"
    before = seg[:m.start()].split()
    if before and before[0].lower() in ("the", "a", "an", "our", "its", "their"):
        before = before[1:]  # "Jane Doe, the head of Acme"
    if (any(not w[0].isupper() and w not in _LOWER_QUALIFIERS for w in before) and not lower_case_role_field(before, lex)
            and not genitive_lead(before, m.group(), seg[m.end():], lex)):
        # ("Inovacijų agentūros atstovė": a genitive phrase before another language's title, role_genitive_lead.py)
        return None  # (but "senior adviser", "deputy director" in lower case are roles)
    poss = re.search(r"['’]s[ \t\n]+$", seg[:m.start()])
    if poss and before:
        # "Acme Cluster's CEO": the organisation, then the role.
        lead = len(seg) - len(re.sub(r"^(?:the|a|an)[ \t\n]+", "", seg, flags=re.I))
        parsed = role_segment(text, start + m.start(), end, lex)
        if parsed and parsed[2] is None and lead < poss.start():
            return parsed[0], parsed[1], Span(start + lead, start + poss.start())
        return parsed
    cut = re.compile(r"[ \t\n]+(?:for|at|of|in|with|within|from|on|to|and|who|which|has|is|was|said|will)[ \t\n]", re.I).search(seg, m.end())
    role_end = cut.start() if cut else len(seg.rstrip(" .;:\n"))
    role = clean(re.sub(r"^(?:the|a|an|our|its|their)\s+", "", seg[:role_end], flags=re.I))
    foreign = _foreign_connector_re(lex.data_dir).search(seg, m.end()) if len(role.split()) > 8 and not cut else None
    if not cut and not foreign and (short := _foreign_org_after(text, start, seg, m.end(), lex)) is not None:
        return clean(seg[:short[0]]), Span(start, start + short[0]), short[1]
    if foreign:
        # Rule family "another language's connector": too long for a role, the segment goes on after a connector of
        # role_org_connectors.txt ("vice-présidente de la Région Acme chargée de l'économie", "presidente della Regione
        # Acme con delega all'industria"): the role ends there and the organisation follows, as after "of".
        cut, role_end = foreign, foreign.start()
        role = clean(seg[:role_end])
    if len(role.split()) > 8 or not role:
        return None
    org: Span | None = None
    if cut:
        conn = "of" if foreign else cut.group().strip().lower()
        if conn == "to":
            # "senior adviser to the Dutch Ministry of Economic Affairs": an organisation's name after "to".
            the = re.match(r"the[ \t\n]+", text[start + cut.end():start + cut.end() + 5])
            run = cap_run_at(text, start + cut.end() + (the.end() if the else 0), list_heads=lex.org_suffixes)
            if run and run.end <= end and org_word(clean(text[run.start:run.end]), lex):
                org = run
        if conn in ("at", "of", "in", "within", "with", "from"):
            pos = cut.end()
            the = re.match(r"the[ \t\n]+", text[start + pos:start + pos + 5])
            pos += the.end() if the else 0
            run = cap_run_at(text, start + pos, list_heads=lex.org_suffixes)
            if run and conn in ("of", "in") and acronym_before_field(text, run, lex):
                run = None  # "head of SME financing": an acronym in a lower-case field (role_fields.py)
            if (run and conn == "of" and " ".join(m.group().lower().split()) in lex.portfolio_titles and run.end <= end
                    and not org_word(clean(text[run.start:run.end]), lex)):
                # Rule family "portfolio": "Vice-Minister of the Economy and Innovation of Lithuania", "Minister of
                # Economic Development": the portfolio and its country belong to the role, no organisation is named.
                return _strip_article(text[start:run.end]), Span(start, run.end), None
            if run:
                # "President of AERDA and Managing Director of Acme": a second role ends the organisation.
                for conj in re.finditer(r"[ \t\n]+(?:and|&)[ \t\n]+", text[run.start:run.end]):
                    if lex.role_title_re.match(text, run.start + conj.end()):
                        run = Span(run.start, run.start + conj.start())
                        break
                org = run
                # "Head of the Enterprise Europe Network unit at Acme": a unit word in lower case after the name.
                unit = re.match(r"[ \t\n]+([a-z]+)(?=[ \t\n])", text[run.end:end])
                unit_end = run.end + unit.end() if unit and unit.group(1).capitalize() in lex.unit_words else run.end
                at = re.match(r"[ \t\n]+(?:at|in|of)[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER + ")", text[unit_end:min(end, unit_end + 12)])
                if conn in ("of", "in") and at and (unit_end > run.end or text[start:run.end].split()[-1] in lex.unit_words
                                            or not org_word(clean(text[run.start:run.end]), lex)):
                    # "Head of the Innovation Sector at Acme Region": the unit is part of the role;
                    # "Head of Decarbonisation at Acme": so is a field of work (no organisation word).
                    parent = cap_run_at(text, unit_end + at.end(), list_heads=lex.org_suffixes)
                    if parent and parent.end <= end:
                        role = clean(re.sub(r"^(?:the|a|an|our|its|their)\s+", "", text[start:unit_end], flags=re.I))
                        return role, Span(start, unit_end), parent
                if conn == "of" and run.end <= end and work_field(text, run, lex):
                    # "Head of Cluster Services, Acme Agency": the field belongs to the role (role_fields.py)
                    return _strip_article(text[start:run.end]), Span(start, run.end), None
            elif conn in ("of", "in"):
                # "head of SME financing, Acme Bank", "professor of food engineering at Acme University" (role_fields.py)
                field = lower_case_field(text, start, start + pos, end, lex)
                if field is not None:
                    return field
        elif conn == "for":
            return _for_role(text, start, end, seg, cut, role, role_end, lex)
        elif conn == "and":
            # "CEO and founder of Acme", "President and CEO at Acme": two roles held in one organisation.
            second = lex.role_title_re.match(seg, cut.end())
            if second and re.match(r"[ \t\n]+(?:of|at)[ \t\n]", seg[second.end():]):
                parsed = role_segment(text, start + cut.end(), end, lex)
                if parsed and parsed[2] is not None:
                    return _strip_article(text[start:parsed[1].end]), Span(start, parsed[1].end), parsed[2]
    return role, Span(start, start + role_end), org


def _foreign_org_after(text: str, start: int, seg: str, title_end: int, lex: Lexicon) -> tuple[int, Span] | None:
    """Rule family "another language's connector", short form: the role title, a connector of role_org_connectors.txt
    and an organisation's name that closes the segment or its clause ("directeur général de Acme SPL", "diretor executivo do ACN",
    "teknologidirektør i Acme AS", "directeur du pôle Acme"): the name holds an organisation word or an acronym
    (``org_word``), or a kind noun in lower case stands before it (role_org_kind_nouns.txt). Returns where the role
    ends in ``seg`` and the name's span, or None."""
    conn = _foreign_connector_re(lex.data_dir).search(seg, title_end)
    if conn is None or re.search(r"[,;(]", seg[title_end:conn.start()]) or len(seg[title_end:conn.start()].split()) > 2:
        return None
    lower = re.match(r"(?:l['’]|(?:la|le|les|het|die|das|den)[ \t\n]+)?((?:[a-zà-ÿ][\w-]*[ \t\n]+){0,2})", seg[conn.end():])
    run = cap_run_at(text, start + conn.end() + lower.end(), list_heads=lex.org_suffixes)
    if run is None or (run.end < start + len(seg.rstrip(" .;:\n")) and not re.match(r"[ \t]*[,;)]", text[run.end:run.end + 3])):
        return None  # the name closes the segment or its clause
    name, descriptors = clean(text[run.start:run.end]), lower.group(1).split()
    if descriptors and descriptors[0] not in kind_nouns(lex.data_dir):
        return None
    if (descriptors or org_word(name, lex) or any(len(w) >= 2 and w.isupper() for w in name.split())
            or brand_name(name, seg[:conn.start()], lex, text)):
        return conn.start(), run
    return None


def brand_name(name: str, office: str, lex: Lexicon, text: str) -> bool:
    """Rule family "brand after a connector": a name with no organisation word that closes an apposition after a title
    and a connector ("gerente de Marmedia", "inkoopmanager bij Thales Nederland", "Geschäftsführer von Tiefbau Ruhr",
    "journaliste à Ouest-Éclair", "CTO of Zentrix, said"): capitalised words, not all of which the document also writes
    in lower case (a field of work is an everyday word: "directora de Innovación" where the text speaks of "la
    innovación"), that are no place of the city or country lists, no field of work of ``role_departments.txt`` and no
    unit of ``org_unit_words.txt`` ("Leiter der Abteilung Technik"); every word capitalised, so a list of fields joined
    by "and" or its word ("Industria y Energía") is none. Never after an ``office`` held for a place
    (``role_place_offices.txt``: "alcalde de Tragacete", "ambasciatore a Varsavia", "Mayor of Joensuu")."""
    words = name.split()
    lower = lower_case_words(text)
    return (bool(words) and all(w[:1].isupper() for w in words)
            and office_titles_re(lex.data_dir, "role_place_offices.txt").search(office) is None
            and words[0] not in lex.unit_words
            and not all(w.lower() in lower for w in words)
            and key(name) not in lex.cities and key(name) not in lex.countries
            and not any(w.lower() in lex.work_field_words for w in words)
            and lex.work_field_re.fullmatch(name) is None)


@lru_cache(maxsize=4)
def _foreign_connector_re(data_dir) -> re.Pattern[str]:
    """The connectors of ``role_org_connectors.txt`` ("de la", "du", "del", "della", "van") between spaces."""
    connectors = data_lines(data_dir / "role_org_connectors.txt") if data_dir else ()
    return re.compile(r"[ \t\n]+(?:" + phrase_alternation(connectors, r"[ \t\n]+") + r")[ \t\n]", re.I)



# Lower-case words that qualify a role title ("senior adviser", "deputy director").
_LOWER_QUALIFIERS = frozenset({"senior", "deputy", "acting", "chief", "lead", "principal", "junior", "assistant", "associate",
                               "executive", "general", "special", "former", "interim", "vice", "managing"})

# a lower-case word in Latin-1 letters ("technical"), or in Cyrillic or Greek script ("старший радник", "ανώτερος
# σύμβουλος"); the Baltic and Slavic Latin letters stay out: there lower-case words before a title are as often a
# genitive organisation ("valstybinės kolegijos direktorė") or a clause ("głos zabrali przedstawiciele")
_FIELD = re.compile(r"[a-zà-ÿ][a-zà-ÿ-]*[a-zà-ÿ]|[а-яёєіїґ][а-яёєіїґ'’-]*[а-яёєіїґ]|[α-ωά-ώϊϋΐΰς][α-ωά-ώϊϋΐΰς-]*[α-ωά-ώϊϋΐΰς]")


def lower_case_role_field(words: list[str], lex: Lexicon) -> bool:
    """Rule family "lower-case role": up to three lower-case words that say a role title's field or kind
    ("call manager", "technical director", "international projects manager", "procurement lead",
    "campaign coordinator"), as news posts, calls and speaker lists write roles after a name. A
    word ending in "-ed" or a word of ``role_field_stops.txt`` (function words, "said", "today") is
    never such a field: "Jane Doe, who met the director" states no role. Two fields may be joined by "and"
    ("events and communications officer", "policy and projects manager")."""
    lower = [w for i, w in enumerate(words) if not w[0].isupper() and not (w in ("and", "&") and 0 < i < len(words) - 1)]
    return 0 < len(words) <= 3 and all(
        w in _LOWER_QUALIFIERS or (_FIELD.fullmatch(w) is not None and not w.endswith("ed")
                                   and w not in lex.role_field_stops)
        for w in lower)


_FIELD_JOINERS = frozenset({"and", "of", "the", "with", "for", "&", "on", "in"})
_FIELD_WORD = re.compile(r"[^\W_][\w'’-]*|&")  # no e-mail address, link or code
# Lower-case words that end the field after "for" (the organisation, a verb, a relative clause).
_FIELD_STOPS = frozenset({"at", "who", "which", "that", "said", "says", "is", "was", "has", "had", "have", "will", "would",
                          "to", "a", "an", "as", "from", "since", "also", "opened", "spoke", "gave", "led", "made"})


def _strip_article(s: str) -> str:
    return clean(re.sub(r"^(?:the|a|an|our|its|their)\s+", "", s, flags=re.I))


def _for_role(text: str, start: int, end: int, seg: str, cut: re.Match, role: str, role_end: int,
              lex: Lexicon) -> tuple[str, Span, Span | None]:
    """"Director for Industrial Transformation at DG GROW" / "Minister for the Economy of the Regional
    Government of X" / "Vice-Rector for Cooperation with Industry": the capitalised field after "for"
    belongs to the role; the organisation follows "at", or "of"/"in" when that names an organisation
    (an organisation word, a gazetteer name or an acronym)."""
    at = re.search(r"\bat[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER + ")", seg[cut.end():])
    org = cap_run_at(text, start + cut.end() + at.end(), list_heads=lex.org_suffixes) if at else None
    plain = (role, Span(start, start + role_end), org)
    base = start + cut.end()
    # The field: capitalised words and joiners ("Research and Innovation", "Cooperation with Industry").
    field_end = None
    stop = None
    for t in re.finditer(r"[^\s]+", text[base:start + len(seg)]):
        w = t.group()
        core = w.rstrip(",.;:!?)")
        if not _FIELD_WORD.fullmatch(core) or not (core[0].isupper() or core in _FIELD_JOINERS or core[0].isdigit()):
            stop = t
            break
        field_end = base + t.start() + len(core)
        if core != w:
            break
    if field_end is None:
        return plain
    if stop is not None:
        sw = stop.group().rstrip(",.;:!?)").lower()
        if sw not in _FIELD_STOPS and not sw.endswith("ed"):
            return plain  # "Head of Unit for Advanced technologies, …": the field goes on in lower case
    words = text[base:field_end].split()
    while words and words[-1] in _FIELD_JOINERS:
        field_end = text.rindex(words.pop(), base, field_end)
        field_end = base + len(text[base:field_end].rstrip())
    if not words or words[0] == "the" and len(words) == 1 or not any(w[0].isupper() for w in words):
        return plain  # "Manager for the project", "Director for ten years"
    org = None
    # "for the Economy of the Regional Government of X": the field runs into the organisation.
    for m in re.finditer(r"[ \t\n]+(?:of|in)[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER + ")", text[base:field_end]):
        run = cap_run_at(text, base + m.end(), list_heads=lex.org_suffixes)
        if run and org_word(clean(text[run.start:run.end]), lex):
            org, field_end = run, base + m.start()
            break
    if org is None and stop is not None and stop.group() == "at":
        after = re.match(r"at[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER + ")", text[base + stop.start():start + len(seg)])
        if after:
            org = cap_run_at(text, base + stop.start() + after.end(), list_heads=lex.org_suffixes)
    full = _strip_article(text[start:field_end])
    if len(full.split()) > 10:
        return plain
    return full, Span(start, field_end), org


def org_like(name: str, lex: Lexicon) -> bool:
    """Reads as an organisation's name rather than a field of work ("Acme Cluster" vs "Innovation")."""
    words = name.split()
    return bool(words) and (key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in words)
                            or len(words) >= 2 or sum(c.isupper() for c in name) >= 2)


def org_word(name: str, lex: Lexicon) -> bool:
    """Has an organisation word, is a gazetteer name or an acronym."""
    words = name.split()
    return bool(words) and (key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in words)
                            or (len(words) == 1 and sum(c.isupper() for c in name) >= 2))


_SEGMENT_END = re.compile(r",|;|\(|\)|\n|\.(?:\s|$)")


def segment_end(text: str, pos: int) -> int:
    """End of a role segment: next comma, semicolon, bracket, line end or sentence end. A full stop after a short
    lower-case word and before a lower-case one abbreviates a title's word, ending nothing (Danish/Norwegian "adm.
    direktør", Czech "zást. ředitele", Polish "zast. dyrektora")."""
    for m in _SEGMENT_END.finditer(text, pos):
        if m.group()[0] != "." or not _abbreviates(text, pos, m.start()):
            return m.start()
    return len(text)


def _abbreviates(text: str, pos: int, dot: int) -> bool:
    """The full stop at ``dot`` closes a lower-case word of two to four letters and a lower-case word follows."""
    after = text[dot + 1:dot + 3]
    if len(after) < 2 or after[0] not in " \t" or not after[1].islower():
        return False
    k = dot
    while k > pos and dot - k <= 4 and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
    return 2 <= len(word) <= 4 and word.islower() and (k == pos or not text[k - 1].isalnum())
