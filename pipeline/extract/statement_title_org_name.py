"""Rule ``"role-org-before-name-language"``, family "title, organisation in the genitive, name": Slovenian, Croatian,
Czech, Slovak and Polish prose writes a person's office, then the organisation it is held at (in the genitive, with no
preposition), then the name, with no comma: "župan Občine Slovenj Gradec Jure Kos", "direktorica RRA Podravje mag.
Maja Lesjak", "predsednik upravnega odbora Grozda lesarjev Peter Kralj", "Voditeljica Klastera mr. sc. Ana Jurić",
"ředitel Klastru Morava Jan Novák"; the organisation's acronym in brackets may follow it ("předseda Národní klastrové
asociace (NCA) Radek Čermák"). The title is one of ``role_titles_languages.txt`` that English lacks, of the
languages ``role_title_org_name.txt`` lists; up to four
lower-case words after it belong to the role ("upravnega odbora", "kadrovske službe"); the organisation opens with a
capital and may hold lower-case words of its name ("Občine Ravne na Koroškem", "Srednje šole Ravne"); the name is a full
name after courtesy titles ("mag.", "dr. sc.") or, with none, a full name opening with a known given name. A
lower-case word of ``role_title_org_name.txt`` (``[stops]``) (a verb, a conjunction, a preposition of place: "je", "in", "i",
"pri") ends the phrase: "direktorica je v Mariboru Maja Novak" names no organisation. Where the text names the organisation
elsewhere in another case ("Međimurska županija …" before "župan Međimurske županije Ivo Primjer"), that mention is the
role's organisation.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.given_names import stated_name_opens_with_given_name, starts_with_given_name
from pipeline.extract.lexicon import Lexicon, role_titles_of, title_key
from pipeline.extract.org_context import org_words
from pipeline.extract.shapes import Span, clean, person_name_at
from pipeline.extract.statement_apposed import after_titles
from pipeline.extract.statement_parts import Statement, role_titles_in, title_re

RULE = "role-org-before-name-language"

# One word of the phrase after the title, opening with a letter: no comma, bracket, colon or semicolon inside; a full
# stop only within an abbreviation ("d.o.o.", "S.p.A.", "mag."); quotation marks around a name ("„Acme Мебел“ ООД") are
# no part of its words. A text wrapped at a fixed width may break the phrase
# once between two words ("ravnateljica\nSrednje šole Acme mag. Ana Primer").
_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:[„“«\"]|\*\*)?([^\W\d_][^\s,;:()\"„“”«»*]*)(?:[“”»\"]|\*\*)?")
_OPENING_QUOTES = "„“«\""
# the organisation's acronym in brackets right after its name, before the person's name
_ACRONYM_AFTER = re.compile(r"[ \t]+\([A-ZÀ-Ž][A-ZÀ-Ž0-9&.-]{1,9}\)(?=[ \t])")
_MAX_QUALIFIERS = 4
_MAX_ORG_WORDS = 7
_MAX_ORG_LOWER = 3


@lru_cache(maxsize=4)
def _stops(data_dir: Path | None) -> frozenset[str]:
    """``role_title_org_name.txt``'s ``[stops]``, lower case."""
    return frozenset(w.lower() for w in data_sections(data_dir / "role_title_org_name.txt").get("stops", [])) if data_dir else frozenset()


@lru_cache(maxsize=8)
def _section_words(data_dir: Path | None, section: str = "links") -> frozenset[str]:
    """``role_title_org_name.txt``'s ``[links]`` (or another ``section``'s words), lower case."""
    return frozenset(w.lower() for w in data_sections(data_dir / "role_title_org_name.txt").get(section, [])) if data_dir else frozenset()


@lru_cache(maxsize=4)
def _language_links(data_dir: Path | None) -> dict[str, frozenset[str]]:
    """title key → the links of ``role_title_org_name.txt``'s ``[links <language>]`` for a title of that language
    (Albanian "i", "e", "të", "së")."""
    if data_dir is None:
        return {}
    out: dict[str, frozenset[str]] = {}
    for section, words in data_sections(data_dir / "role_title_org_name.txt").items():
        if section.startswith("links "):
            links = frozenset(w.lower() for w in words)
            for t in role_titles_of(data_dir, [section.split(None, 1)[1]]):
                out[title_key(t)] = out.get(title_key(t), frozenset()) | links
    return out


@lru_cache(maxsize=4)
def _genitive_titles(data_dir: Path | None) -> frozenset[str]:
    """The titles of the sections of ``role_titles_languages.txt`` that ``role_title_org_name.txt``'s ``[title
    sections]`` lists (the languages that write the organisation after the title in the genitive)."""
    if data_dir is None:
        return frozenset()
    wanted = set(data_sections(data_dir / "role_title_org_name.txt").get("title sections", []))
    return frozenset(title_key(t) for t in role_titles_of(data_dir, wanted))


def _sentence_end(word: str) -> bool:
    """A word that closes its sentence ("Koroškem."), unlike an abbreviation with inner full stops ("d.o.o.")."""
    return word.endswith((".", "!", "?")) and "." not in word[:-1]


def _name_after(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The full name at ``pos``: after courtesy titles ("mag. Maja Lesjak"), or opening with a known given name."""
    start = after_titles(text, pos, lex)
    span = person_name_at(text, start, lex)
    if span is None or " " not in clean(text[span.start:span.end]):
        return None
    if start == pos and not stated_name_opens_with_given_name(clean(text[span.start:span.end]), lex):
        return None
    if re.match(r"[ \t]+[A-ZÀ-Ž]", text[span.end:span.end + 2]):
        return None  # the capitalised words go on: no name ends here
    form = lex.legal_forms.search(text, span.start, min(len(text), span.end + 14))
    if form is not None and form.start() <= span.end:
        return None  # "… της εταιρείας Sady Chełmno Sp. z o.o.": a company's name with its legal form, no person
    return span


def title_org_name_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"role-org-before-name-language"`` (see the module's docstring): a title of another language, up to four
    lower-case words of its own, the organisation it is held at and a full name, with no comma between them."""
    out: list[Statement] = []
    stops, titles = _stops(lex.data_dir), _genitive_titles(lex.data_dir)
    for m in role_titles_in(text, lex.role_title_re):
        if title_key(m.group()) not in titles or title_key(m.group()) not in lex.language_role_titles or (
                re.match(r"[\w-]", text[m.start() - 1:m.start()])):
            continue
        words = []
        pos = m.end()
        while len(words) < _MAX_QUALIFIERS + _MAX_ORG_WORDS + 1 and (w := _WORD.match(text, pos)):
            words.append(w)
            pos = w.end()
            if (acronym := _ACRONYM_AFTER.match(text, pos)) is not None:
                pos = acronym.end()  # "předseda Národní klastrové asociace (NCA) Radek Čermák": the acronym is the organisation's
            if _sentence_end(w.group(1)) and not title_re(lex).match(text, w.start(1)):
                break
        own = _language_links(lex.data_dir).get(title_key(m.group()), frozenset())
        found = _split(text, m, words, stops - own, lex, own)
        if found:
            role_end, org, name = found
            if title_key(m.group()) in lex.portfolio_titles:
                org = None  # "zëvendësministri i Kosovës Driton Shembulli": a minister's genitive is a portfolio or a country
            out.append(Statement(name, "role-org-before-name-language", role=clean(text[m.start():role_end]), role_span=Span(m.start(), role_end), org=org))
    return out


def _split(text: str, title: re.Match[str], words: list[re.Match[str]], stops: frozenset[str],
           lex: Lexicon, own: frozenset[str] = frozenset()) -> tuple[int, Span, Span] | None:
    """(the role's end, the organisation's span, the name's span) read from the ``words`` after the title, or None."""
    k = 0
    while k < len(words) and k < _MAX_QUALIFIERS and words[k].group(1)[:1].islower():
        if words[k].group(1).lower() in stops or title_re(lex).match(text, words[k].start(1)):
            return None
        k += 1
    if k < len(words) and k and (name := _name_after(text, words[k].start(1), lex)) is not None:
        # the role's own words, then the name, no organisation: "vodja kadrovske službe Ana Primer", "изпълнителният
        # директор на клъстера Мария Петрова"
        return _without_section_words(words[:k], title.end(), lex, own), None, name
    if k >= len(words) or not words[k].group(1)[:1].isupper() or title_re(lex).match(text, words[k].start(1)):
        return None  # ("investigadora Dr.ª Ana Primer": a courtesy title, no organisation, before the name)
    first = words[k].group(1)
    if k + 1 < len(words) and starts_with_given_name(first, lex) and not _generic_noun(first, lex) and (
            starts_with_given_name(words[k + 1].group(1), lex)):
        return None  # ("gedeputeerde Jan Pieter Primer": a double given name, no organisation)
    org_start, lower = words[k].start(1), 0
    if text[org_start - 1] in _OPENING_QUOTES:
        org_start -= 1  # the name as written, in its quotation marks ("„Acme Мебел“ ООД")
    for j in range(k + 1, min(len(words), k + 1 + _MAX_ORG_WORDS)):
        word = words[j].group(1)
        prev = words[j - 1].group(1)
        if _sentence_end(prev) and not title_re(lex).match(text, words[j - 1].start(1)):
            return None
        if word[:1].islower() and not title_re(lex).match(text, words[j].start(1)):
            lower += 1
            if word.lower() in stops or lower > _MAX_ORG_LOWER:
                return None
            continue
        name = _name_after(text, words[j].start(1), lex)
        if name is not None:
            org = Span(org_start, words[j - 1].end(1))
            role_end = _without_section_words(words[:k], title.end(), lex, own)
            if _body_of_role(text[org.start:org.end], lex):
                return words[j - 1].end(1), None, name  # "председателя на Управителния съвет": the board is the role's
            if _generic_noun(clean(text[org.start:org.end]), lex):
                return role_end, None, name
            return role_end, _base_form_elsewhere(text, org) or org, name
    return None


def _body_of_role(org: str, lex: Lexicon) -> bool:
    """The organisation's words name a body of the organisation the title is held in, not an organisation of their own
    (a word of ``role_title_org_name.txt``'s ``[bodies]``: "Управителния съвет на клъстера", "Контролния съвет"): they
    belong to the role."""
    bodies = _section_words(lex.data_dir, "bodies")
    return any(w.lower().strip("„“”\"«»") in bodies for w in org.split())


def _without_section_words(qualifiers: list[re.Match[str]], title_end: int, lex: Lexicon, own: frozenset[str] = frozenset()) -> int:
    """Where the role ends: after its last lower-case word that is no preposition joining it to the organisation
    (``role_title_org_name.txt``'s ``[links]``: "председателя на | Управителния съвет")."""
    links = _section_words(lex.data_dir) | own
    while qualifiers and qualifiers[-1].group(1).lower() in links:
        qualifiers = qualifiers[:-1]
    return qualifiers[-1].end(1) if qualifiers else title_end


def _base_form_elsewhere(text: str, org: Span) -> Span | None:
    """Family "the organisation's own form": the genitive after the title ("župan Međimurske županije") is the same name
    the text writes elsewhere in another case ("Međimurska županija sufinancira …"), word by word with the same stems
    (up to the last one or two letters): that mention, the name as the text states it, is the role's organisation."""
    parts = []
    for w in clean(text[org.start:org.end]).split():
        if len(w) <= 3 or w.isupper() or not w[:1].isalpha():
            parts.append(re.escape(w))
        else:
            parts.append(re.escape(w[:-2] if len(w) > 5 else w[:-1]) + r"\w{0,3}")
    written = clean(text[org.start:org.end])
    for m in re.finditer(r"(?<![\w-])" + r"[ \t\n]+".join(parts) + r"(?![\w-])", text):
        if m.start() != org.start and clean(m.group()) != written:
            return Span(m.start(), m.end())
    return None


def _generic_noun(org: str, lex: Lexicon) -> bool:
    """One word that is an organisation word (``org_suffixes.txt``, ``org_name_words.txt``) with a case ending of up to
    two letters ("Klastera", "Grozda", "Klastru"): the
    text's own organisation named by its kind ("predsjednik Klastera Ivo Primjer"), no name of its own."""
    if " " in org or org.isupper():
        return False
    words = org_words(lex.data_dir)
    heads = {w.lower() for w in (*lex.org_suffixes, *words.front_heads, *words.anywhere_heads) if len(w) >= 5 and " " not in w}
    low = org.lower()
    return any(low[:n] in heads for n in range(max(5, len(low) - 2), len(low) + 1))


def without_org_read_into_names(found: list[Statement]) -> list[Statement]:
    """Drop the statements of other rules whose name reaches back into the organisation this rule read before a name
    ("predsjednik Klastera Ivo Primjer, …" is no person "Klastera Ivo Primjer" with the next clause as role), or whose
    role runs on into this rule's title ("Jure Primer, sodelovala je ravnateljica Gimnazije Acme mag. Ana Primer": the
    clause after the comma is no role of Jure Primer's)."""
    mine = [st for st in found if st.rule == RULE]
    if not mine:
        return found
    return [st for st in found if st.rule == RULE or not any(
        m.role_span.start < st.person.start < m.person.start < st.person.end
        or st.role_span is not None and st.role_span.start <= m.role_span.start < st.role_span.end
        and m.role_span.end < st.role_span.end and st.person != m.person for m in mine)]


def without_names_read_as_orgs(found: list[Statement], text: str) -> list[Statement]:
    """Drop a statement whose organisation is the name another statement reads as a person, with the role before it
    ("intervenções do presidente da Câmara, Rui Exemplo, da presidente da direção do cluster, Ana Exemplo, …": the
    words after Rui Exemplo are Ana Exemplo's role, not Rui Exemplo's with Ana Exemplo as organisation)."""
    people = {(st.person.start, st.person.end) for st in found if st.role_span is not None and st.role_span.end <= st.person.start
              and "," in text[st.role_span.end:st.person.start]}  # ("the role, Name"; not "Secretary of the Generalitat …")
    return [st for st in found if st.org is None or (st.org.start, st.org.end) not in people]
