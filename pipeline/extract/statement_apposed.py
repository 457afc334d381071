"""Statement rules for a role written around a name in running prose, where the role is in lower case as
often as not: "the <role>, <Name>," (rule ``the-role-name``), "the <role> is <Name>" (rule ``the-role-is-name``) and "<verb> <Name> as <role>" (rule
``verb-name-as-role``; with no "as": ``verb-name-role``) and "<Name> joined <Org> as <role>" (rule ``name-joined-as-role``; "<Name> stepped down as <role>":
``name-tenure-as-role``). All are families of phrasings, with their words in ``pipeline/data/``."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, data_table, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key, title_key
from pipeline.extract.places import place_names
from pipeline.extract.role_title_forms import definite_gap_re, genitive_links
from pipeline.extract.shapes import Span, clean, person_name_at
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_parts import Statement, lower_case_role_field, role_titles_in, title_re
from pipeline.extract.statement_title_gaps import comma_gap_re, courtesy_end, genitive_gap

_FIELD_WORD_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ][\w-]*)[ \t]+$")
# words that say when an office is held, between its lead-in and its title ("its new director", "the outgoing chair")
OFFICE_TIME_WORDS = ("new", "former", "current", "outgoing", "incoming", "acting")
OFFICE_TIME = r"(?:" + "|".join(OFFICE_TIME_WORDS) + r")[ \t\n]+"


@lru_cache(maxsize=4)
def office_time_words(data_dir: Path | None) -> tuple[str, ...]:
    """The words that say when an office is held, in every language ``role_office_time_words.csv`` gives (the English
    OFFICE_TIME_WORDS without it): "new", "outgoing", "afgående", "saliente", "sortant", "uscente", "nowy" …"""
    rows = data_table(data_dir / "role_office_time_words.csv")[1] if data_dir else []
    return tuple(dict.fromkeys([*OFFICE_TIME_WORDS, *(r["form"] for r in rows)]))


def _office_time(data_dir: Path | None) -> str:
    return r"(?:" + phrase_alternation(office_time_words(data_dir), r"[ \t\n]+") + r")[ \t\n]+"


def _after_article(data_dir: Path | None) -> str:
    """What may stand between a role's article and its title: an organisation's kind noun in the possessive ("the
    cluster's executive director, Jane Doe"), then a word of when the office is held ("the outgoing chair", "den
    afgående formand")."""
    return r"(?:[a-z]+['’]s[ \t\n]+)?(?:(?i:" + _office_time(data_dir) + r"))?$"


@lru_cache(maxsize=4)
def _time_after_title_re(data_dir: Path | None) -> re.Pattern[str]:
    """A word of when the office is held right after its title, as languages that put the adjective after the noun
    write it ("la presidenta saliente, ", "le président sortant, ", "il presidente uscente, "): no part of the role."""
    return re.compile(r"[ \t]+(?i:" + phrase_alternation(office_time_words(data_dir), r"[ \t]+") + r")(?=[ \t\n]*,)")


@lru_cache(maxsize=4)
def _time_lead_re(data_dir: Path | None) -> re.Pattern[str]:
    """A word of when the office is held that opens a sentence or a line right before a title, the lead-in of a
    language without articles ("Odstupujúci predseda, Ján Novák,", "Nowy prezes, Jan Kowalski,")."""
    return re.compile(r"(?:^|(?<=[.!?])[ \t]+|(?<=\n)[ \t]*)(?i:" + _office_time(data_dir) + r")$")


@lru_cache(maxsize=4)
def _articles(data_dir: Path | None) -> frozenset[str]:
    """The articles of ``role_articles.txt`` in lower case ("the", "whose", "la", "l'", "der")."""
    return frozenset(a.lower() for a in (data_sections(data_dir / "role_articles.txt")["names"] if data_dir else ("the", "whose")))


@lru_cache(maxsize=4)
def _language_article_re(data_dir: Path | None) -> re.Pattern[str]:
    """An article of ``role_articles.txt``'s ``[before another language's title]`` (Portuguese "a", also an English
    word) right before a role's start: it leads in only before a title English lacks."""
    sections = data_sections(data_dir / "role_articles.txt") if data_dir else {}
    words = sections.get("before another language's title", []) + _contracted_articles(data_dir)
    return re.compile(_article_lead(words) + _after_article(data_dir)) if words else re.compile(r"(?!)")


@lru_cache(maxsize=4)
def _contracted_articles(data_dir: Path | None) -> list[str]:
    """``role_articles.txt``'s ``[contracted before another language's title]`` ("do", "da", "del", "du"): an article
    with "of" in it, so the role after it is no apposition to a name before it."""
    return data_sections(data_dir / "role_articles.txt").get("contracted before another language's title", []) if data_dir else []


@lru_cache(maxsize=4)
def _the_before_re(data_dir: Path | None) -> re.Pattern[str]:
    """"the" (or "whose": "Acme (AC), whose director general, Jane Doe,") or another language's article
    (``role_articles.txt``: "la gerente del clúster, Ana Ruiz,", "l'assessora, …") right before a role's start."""
    return re.compile(_article_lead(_articles(data_dir)) + _after_article(data_dir))


def _article_lead(words) -> str:
    """Any of ``words`` as a whole word in any case, followed by its space, or glued to the next word by its apostrophe
    when it is written with one ("l'", "dell'": "l'assessora", "dell'assessore")."""
    spaced = phrase_alternation([w for w in words if not w.endswith("'")])
    glued = phrase_alternation([w[:-1] for w in words if w.endswith("'")])
    return r"(?<![\w-])(?i:(?:" + spaced + r")[ \t\n]+|(?:" + glued + r")['’])"


@lru_cache(maxsize=4)
def _possessive_before_re(data_dir: Path | None) -> re.Pattern[str]:
    """A possessive determiner of ``role_articles.txt``'s ``[possessive determiners]`` ("its", "our", "il suo", "seine"),
    perhaps with "new", "current" …, right before a role's start (family "its role, Name"). An organisation's
    possessive ("Acme's director, Jane Doe") is left to ``role-of-org-name``, which names the organisation."""
    words = data_sections(data_dir / "role_articles.txt").get("possessive determiners", []) if data_dir else ["its", "our"]
    return re.compile(r"(?:(?<![\w-])(?i:" + phrase_alternation(words) + r"))[ \t\n]+(?:(?i:" + _office_time(data_dir) + r"))?$")


@lru_cache(maxsize=4)
def _possessive_words(data_dir: Path | None) -> frozenset[str]:
    """The words of ``[possessive determiners]`` ("suo" of "il suo presidente"): no field word of the role after them."""
    words = data_sections(data_dir / "role_articles.txt").get("possessive determiners", []) if data_dir else []
    return frozenset(w for p in words for w in p.lower().split())


# the apposition closes after the name: punctuation, a bracket, a dash, a line end or the text's end
# the apposition closes after the name, or goes on with the name's organisation ("the rapporteur, Jane Doe of Acme,")
_NO_ARTICLE = re.compile("")  # the empty lead of a definite title ("kryetarja e dhomës, Name,")
# where a sentence opens: the text's start, a line's start, or after a full stop, "!" or "?" and a space (a title of
# another language opening its sentence needs no article: "Daglig leder i verftet, Name, forteller …")
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?][ \t]+)[ \t*_]*$")
_NAME_CLOSES = re.compile(r"[ \t]*(?:[,.;:()\n]|[–—]|$)|[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?[A-Z]")
MAX_FIELD_WORDS = 2
EMPHASIS = re.compile(r"[*_]{0,2}")  # Markdown emphasis around a name ("**Jane Doe**")


# a country's possessive or "the" and a demonym before the role ("Denmark's ambassador", "the Czech consul general")
_NATIONAL_BEFORE = re.compile(r"(?:(?<![\w-])(?P<the>[Tt]he)[ \t]+)?(?P<word>[A-Z][\w-]+)(?P<poss>['’]s)?[ \t]+$")


def _national_lead(text: str, start: int, lex: Lexicon) -> re.Match[str] | None:
    """Rule family "the national role, Name": a country in the possessive ("Denmark's ambassador to Germany, Jane
    Doe,") or "the" and a demonym ("the Czech consul general, Ing. Jane Doe.") before the role, as "the" alone."""
    lead = _NATIONAL_BEFORE.search(text, max(0, start - 30), start)
    if lead is None:
        return None
    word = lead.group("word")
    if lead.group("poss"):
        return lead if key(word) in lex.countries else None
    return lead if lead.group("the") and word.lower() in _demonyms(lex.data_dir) else None


@lru_cache(maxsize=4)
def _demonyms(data_dir: Path | None) -> frozenset[str]:
    return frozenset(d.lower() for d, _ in place_names(data_dir).demonyms) if data_dir else frozenset()


def title_list_before(text: str, name: Span, lex: Lexicon) -> bool:
    """The part of the list before ``name`` (back to the previous comma, semicolon, colon or line break; a courtesy title
    may come between the comma and the name) holds a role title: "…, state secretary at the Ministry, Dr. Jane Doe, the
    mayor …" lists each title before its name."""
    lead = re.search(r"([^,;:\n]{1,80}),[ \t\n]*(?:\S+\.?[ \t]+)?$", text[max(0, name.start - 90):name.start])  # (perhaps "dr. ")
    return bool(lead) and lex.role_title_re.search(lead.group(1)) is not None


def after_titles(text: str, pos: int, lex: Lexicon) -> int:
    """``pos`` past the person titles that open a name there ("Prof. Dr. Ing. Jane Doe" → "Jane Doe"),
    so that a role before the name reaches it ("its rector, Prof. Dr. Jane Doe", "Cluster manager Ing. Jan Novák")."""
    titles = title_re(lex)
    while (m := titles.match(text, pos)) is not None:
        pos = m.end()
    return pos


# A field of capitalised words after "for"/"of" ("Climate Action and Energy", "Climate, Energy and Utilities")
_CAPITAL_FIELD = re.compile(r"[A-Z][\w'’-]*(?:,?[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w'’-]*){0,7}[ \t]+")


def titled_name_after_field(text: str, pos: int, lex: Lexicon) -> tuple[int, Span] | None:
    """Rule family "courtesy title ends the field": "Minister for Climate Action and Energy Dr. Jane Doe", "Director of
    Research Prof. John Roe": the field's capitalised words (with "and", "&", commas) up to a courtesy title of
    ``person_titles.txt`` that is no role title, a full name after it. (The field's end, the name's span) or None."""
    field = _CAPITAL_FIELD.match(text, pos)
    if not field:
        return None
    for t in title_re(lex).finditer(text, pos, min(len(text), field.end() + 30)):
        if t.start() > field.end():
            break
        if text[t.start() - 1:t.start()] not in (" ", "\t") or lex.role_title_re.fullmatch(t.group(1)):
            continue
        name = person_name_at(text, after_titles(text, t.start(), lex), lex)
        if name and " " in clean(text[name.start:name.end]):
            return len(text[:t.start()].rstrip()), name
        return None
    return None


# one or two capitalised field words right before a capitalised title ("Regional" in "The Regional Governor")
_CAPITAL_FIELD_BEFORE = tuple(re.compile(r"(?<![\w-])(?:[A-Z][a-z][\w-]*[ \t]+){%d}$" % n) for n in (2, 1))


def _capital_field_start(text: str, pos: int, lex: Lexicon) -> int:
    """Family "the Field Title, Name": the start of one or two capitalised field words of a capitalised title at ``pos``
    when an article leads in before them ("the Regional Governor, Jane Doe,", "the Permanent Secretary, Ms Jane
    Doe,"); ``pos`` otherwise."""
    for field in _CAPITAL_FIELD_BEFORE:
        cap = field.search(text, max(0, pos - 40), pos)
        if (cap and lower_case_role_field(cap.group().lower().split(), lex)
                and _the_before_re(lex.data_dir).search(text[max(0, cap.start() - 24):cap.start()])):
            return cap.start()
    return pos
_NOT_FIELD = frozenset(("the", *OFFICE_TIME_WORDS, "and", "with", "are", "were", "by"))


def field_start(text: str, pos: int, lex: Lexicon) -> int:
    """The start of a role title's lower-case field words before ``pos`` ("cluster" in "cluster manager")."""
    start = pos
    for _ in range(MAX_FIELD_WORDS):
        w = _FIELD_WORD_BEFORE.search(text, max(0, start - 30), start)
        if (not w or w.group(1) in _NOT_FIELD or w.group(1).lower() in office_time_words(lex.data_dir) or w.group(1) in _articles(lex.data_dir) or w.group(1) in _contracted_articles(lex.data_dir)
                or w.group(1) in _possessive_words(lex.data_dir) or not lower_case_role_field([w.group(1)], lex)):
            break
        start -= len(w.group())
    return start


def the_role_name_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``the-role-name``, family "the role, Name": a role after "the" (perhaps "the new"), with up to two
    lower-case field words, then a comma and a full name that the apposition closes after ("The cluster
    manager, Jane Doe, presented the report", "the rapporteur, Dr. Jane Doe of Acme, said", "according to the auditor, John Roe (Roe Audit Ltd),", "said
    the managing director, Ana Ruiz.", "Acme (AC), whose director general, Jon Roe, was interviewed"); what the role is of or for may come
    between the role and the comma ("the councillor for economic development, Jane Doe,", "the Ambassador of Norway
    to Japan, John Roe": the role is "councillor", "Ambassador"). A title in the definite form of a language that writes
    its article as an ending (lexicon ``definite_role_words``, role_title_forms.py: "kryetari i bashkisë, Name,",
    "претседателот на комората, Name,", "directorul clusterului, Name,") is its own article. The other languages' articles and connectors lead in
    the same way (``role_articles.txt``, ``role_org_connectors.txt``: "la gerente del clúster, Ana Ruiz,", "il presidente
    del distretto, Mario Rossi (Acme S.r.l.)"); so does a possessive determiner (family "its role, Name", the file's
    ``[possessive determiners]``: "my deputy, Jane Doe,", "their head of research, Dr. John Roe,", "seine
    Geschäftsführerin, Jana Muster,"); a capitalised title of another language that opens its sentence needs none
    ("Daglig leder i verftet, Ingvild Berg, forteller", "Gedeputeerde van de Provincie Utrecht, Jan de Vries,
    sprak"); the rule is language-neutral. The determiner makes the role the name's, not the previous
    name's ("Jane Doe, CEO, John Roe" is left alone, and so is "Jane Doe, the CEO, John Roe"). The
    organisation is left to other rules ("the Chair of Acme, Jane Doe" is ``role-of-org-name``)."""
    out: list[Statement] = []
    for m in role_titles_in(text, lex.role_title_re):
        definite = m.group().split()[0].lower() in lex.definite_role_words
        after = _time_after_title_re(lex.data_dir).match(text, m.end())  # "la presidenta saliente, Ana Ruiz,"
        pos = after.end() if after else m.end()
        gaps = [g for g in (comma_gap_re(lex.data_dir).match(text, pos), comma_gap_re(lex.data_dir, True).match(text, pos),
                            definite_gap_re(lex.data_dir, m.group().split()[-1].lower() in genitive_links(lex.data_dir)).match(text, pos)
                            if definite else None, genitive_gap(text, pos, m.group(), lex)) if g]
        if not gaps:
            continue
        start = m.start() if definite else field_start(text, m.start(), lex)
        if m.group()[:1].isupper() and start == m.start():
            start = _capital_field_start(text, start, lex)  # "The Regional Governor, Jane Doe,"
        the = _the_before_re(lex.data_dir).search(text[max(0, start - 24):start]) or _national_lead(text, start, lex) \
            or _possessive_before_re(lex.data_dir).search(text, max(0, start - 40), start)  # "its head of unit, Jane Doe,"
        if not the and lex.language_title(m.group()):
            the = _language_article_re(lex.data_dir).search(text[max(0, start - 24):start])  # "a vice-presidente da …, Name,"
        if not the and definite:
            the = _NO_ARTICLE.match("")  # "drejtori i klasterit, Name,": the title's ending is its article
        if not the:
            the = _time_lead_re(lex.data_dir).search(text, max(0, start - 40), start)  # "Nowy prezes, Jan Kowalski,"
        if not the and lex.language_title(m.group()) and m.group()[:1].isupper() and _SENTENCE_OPENS.search(text, max(0, start - 4), start):
            the = _NO_ARTICLE.match("")  # "Daglig leder i verftet, Name,", "Gedeputeerde … van de Provincie Gelderland, Name,"
        if not the:
            continue
        lead = re.search(r"(?:,|[ \t]+[–—])[ \t\n]+$", text[max(0, start - len(the.group()) - 4):start - len(the.group())])
        contracted = the.group()[:1] != "" and the.group().split()[0].lower() in _contracted_articles(lex.data_dir)  # ("…, da presidente …, Name")
        if lead and not contracted and (before := name_ending_at(text, start - len(the.group()) - len(lead.group()), lex)) and not (
                definite and title_list_before(text, before, lex)):
            # "Jane Doe, the CEO, John Roe": whose role is it? In a list of definite titles each before its name
            # ("ministri i …, Name, ministrja e …, Name,"), the name before is the previous title's: this title is the next name's
            continue
        found = (person_name_at(text, after_titles(text, courtesy_end(text, EMPHASIS.match(text, comma.end()).end(), lex), lex), lex)
                 for comma in gaps)
        names = [n for n in found if n and _NAME_CLOSES.match(text, EMPHASIS.match(text, n.end).end())]
        if not names:
            continue
        # the first that opens with a given name ("Hacienda y Empleo, Marta Ruiz Gil,": the portfolio's last field is no one)
        name = next((n for n in names if starts_with_given_name(clean(text[n.start:n.end]), lex)), names[0])
        end = m.end()
        if definite and " " in m.group() and m.group().split()[-1].lower() in genitive_links(lex.data_dir):
            end = m.start() + len(m.group().rsplit(None, 1)[0])  # ("градоначалникот на | Општина …": the link is no part of it)
        out.append(Statement(name, "the-role-name", role=clean(text[start:end]), role_span=Span(start, end)))
    return out


# what opens an office written before "is" and its holder: a line's or sentence's start (perhaps a list mark or
# emphasis), or a possessive determiner ("Its vice-chair is …")
_OFFICE_LEAD = re.compile(r"(?:(?:^|(?<=[.!?:])[ \t]+|\n)[ \t]*(?:[-•*]+[ \t]+)?[*_]{0,2}|(?<![\w-])(?i:its|their|our|my)[ \t\n]+"
                          r"(?:(?:new|current|incoming)[ \t\n]+)?)$")
# a clause of its own after a comma or semicolon, in a language with no article: "…, riaditeľom klastra je Mgr. Eva Vzorová"
_CLAUSE_LEAD = re.compile(r"[,;][ \t]+$")
# what the office is of or for before the verb ("the chair of the Alliance is", "the vice-chair for research is"), or
# where it is held ("the project officer at the Agency (AA) is")
# or, in a language that writes it in the genitive with no "of", one lower-case word ("riaditeľkou klastra je …"), perhaps
# after a link of role_title_org_name.txt ("претседател на задругата е …", "kryetari i shoqatës është …")
_GENITIVE_WORD = re.compile(r"[ \t]+([a-zß-ÿā-žа-яёѐ-џ]+)")
_OFFICE_FIELD = r"(?:[ \t\n]+(?:of|for|at)[ \t\n]+[^,;:.()\n]{1,60}?(?:[ \t]+\([^()\n]{1,20}\))?|[ \t]+(?-i:[a-zß-ÿā-ž]+)|[ \t]+(?:{links})[ \t]+(?-i:[^\W\d_A-ZА-Я]+))?[ \t\n]+"


@lru_cache(maxsize=4)
def _office_field(data_dir: Path | None) -> str:
    """:data:`_OFFICE_FIELD` with the links of :func:`genitive_links`, built once."""
    return _OFFICE_FIELD.replace("{links}", phrase_alternation(genitive_links(data_dir), empty=r"(?!)"))


def the_role_is_name_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``the-role-is-name``, family "the role is Name": an office written first, after "the" (perhaps "the new"),
    "its"/"their"/"our" (an interviewee's "my") or at a sentence's or line's start, perhaps with what it is of or for, then a verb of
    ``role_holder_verbs.txt`` and the full name of its holder, which closes there ("The project manager at Acme is Ing.
    Jan Novak", "Our project officer at the Agency (AA) is now Ms Jane Doe", "The new chair of the network is
    Jane Doe, director of Acme Ltd", "Its vice-chair is Dr. John Roe, head of …", "Vice-chair is **Ana Ruiz**", "the
    treasurer remains Jon Roe."). The role is the office as written before "of"/"for"; whose office it is is left to
    role_orgs.py (the kind noun after it, "of the Alliance"; "its"; the document's own organisation). What the holder
    is besides ("director of Acme Ltd") is the apposition's row."""
    out: list[Statement] = []
    verb = verb_phrases_re(lex.data_dir, "role_holder_verbs.txt", _office_field(lex.data_dir), r"[ \t\n]+")
    for m in role_titles_in(text, lex.role_title_re):
        holder = verb.match(text, m.end())
        if holder is None:
            continue
        start = field_start(text, m.start(), lex)
        the = _the_before_re(lex.data_dir).search(text, max(0, start - 24), start)
        lead = the or _OFFICE_LEAD.search(text, max(0, start - 24), start)
        clause = (lead is None or the is None) and start == m.start() and lex.language_title(m.group()) \
            and _CLAUSE_LEAD.search(text, max(0, start - 4), start) is not None
        if not clause and (lead is None or (the is None and not text[start].isupper() and not re.search(r"(?i:its|their|our|my)", lead.group()))):
            continue  # "… director is Jane Doe": a role in lower case needs its determiner
        name = person_name_at(text, after_titles(text, EMPHASIS.match(text, holder.end()).end(), lex), lex)
        if not name or not _NAME_CLOSES.match(text, EMPHASIS.match(text, name.end).end()):
            continue
        end = m.end()
        w = _GENITIVE_WORD.match(text, end)
        if w and w.group(1).lower() in genitive_links(lex.data_dir) and (g := _GENITIVE_WORD.match(text, w.end())) and verb.match(text, g.end()):
            end = g.end()  # a link and the office's genitive ("Претседател на задругата", "Kryetare e shoqatës")
        elif w and w.group(1) not in ("of", "for") and verb.match(text, w.end()):
            end = w.end()  # the office's genitive is part of it ("riaditeľkou klastra")
        out.append(Statement(name, "the-role-is-name", role=clean(text[start:end]), role_span=Span(start, end)))
    return out


@lru_cache(maxsize=16)
def verb_phrases_re(data_dir: Path | None, file_name: str, before: str, after: str) -> re.Pattern[str]:
    """The verb phrases of ``data/<file_name>`` (one a line, a space matching any run of spaces or one line break)
    as one case-insensitive pattern, with ``before`` and ``after`` around them; one that never matches when the
    file lists none."""
    phrases = data_lines(data_dir / file_name) if data_dir else []
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(before + r"(?:" + phrase_alternation(phrases, r"[ \t\n]+") + r")" + after, re.I)
