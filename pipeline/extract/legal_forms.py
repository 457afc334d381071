"""Company names closed by a legal form: "Nordwind Tech GmbH", "Brač Aquaculture d.o.o.",
"Costa Verde Logística, S.L.", "Tatra Sensors a.s.", "Luce Nuova S.p.A.", "Kone Oyj".

The forms come from the ``cleanco`` package (legal forms of about 60 countries) with the analyst's
``data/legal_forms.txt`` in front of it: forms to add and cleanco forms that are ordinary words.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.given_names import full_person_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.org_context import org_words
from pipeline.extract.shapes import Span, is_cap_word
from pipeline.extract.soft_wraps import fold_breaks
from pipeline.extract.span_index import last_words

# A name word before the form: capitalised, an acronym or a number ("3D Print Lab GmbH"), or a joining word.
# (two capitalised words joined by a slash are one word of a name: "Acme Holz/Metall GmbH")
_NAME_WORD = re.compile(r"[^\W_][\w'’.&+-]*(?:/[^\W\d_a-zà-ÿ][^\W\d_]{2,}(?![/\w]))?|[&+]")
# Words inside a company name ("Smith & Partners", "Banca di Credito"); not "and", which far more
# often joins two companies ("Acme GmbH and Beta S.p.A.").
_OF = re.compile(r"[ \t]+(?:of|at|for|from)[ \t]+")
_BLANK_BEFORE_WORD = re.compile(r"[ \t]+(?=\S)")
# Family "company name in quotes": the name in quotes right before the form, as Bulgarian, Romanian and other
# papers write it ("„Дъбрава Мебел“ ООД", "„Кухни Лом“ АД", "S.C. „Lemn Verde” S.R.L."): one to five words.
_QUOTED_NAME = re.compile(r"[„“\"«]((?:[^\W_][^\s„“”\"«»]*[ \t]+){0,4}[^\s„“”\"«»]+)[“”\"»]$")
_SUSPENDED_BEFORE = re.compile(r"[^\W\d_]-[ \t]+$")  # "Akku- ja": the word before ends in a suspended hyphen
_JOINERS = frozenset({"&", "+", "of", "for", "de", "di", "del", "della", "la", "le", "des", "du", "van", "von", "der"})


def company_names(text: str, lex: Lexicon, *, max_words: int = 6, wraps: frozenset[int] = frozenset(),
                  leading: frozenset[int] | None = None) -> list[Span]:
    """Rule ``"legal-form"``: spans of "<capitalised name> <legal form>", the form included, on one line
    ("Acme Robotics GmbH", "Brightwave S.L.", "Nordic Pulp Oy").

    Family "name wrapped over a line break": ``wraps`` are the offsets of the line breaks that only wrap a
    paragraph or a list item (:func:`pipeline.extract.soft_wraps.wrap_breaks`); the name goes on over them, on both
    sides of the form ("… of Porcelanas\\nAtlântico, S.A.", "… Adria Digital Hub\\nd.o.o.", "Moura &\\nFilhos,
    Lda."). Other breaks end the name, unless the line before is long prose (:func:`_words_back`).

    Family "company name in quotes": a name in quotes right before the form is the name, quotes included, as Bulgarian,
    Romanian and Ukrainian papers write it ("„Дъбрава Мебел“ ООД", "„Lemn Verde” S.R.L.", "«Дніпро Агро» ТОВ"); family
    "people of a company": a plural noun for its people and "of"/"from" before the name are no part of it
    ("Representatives of Tisza Gépgyártó Kft.", data/legal_forms.txt ``[people before a company]``).

    ``leading``: the starts of the names that open with their form (:func:`company_names_form_first`,
    :func:`company_names_form_quoted` before any filter), when the caller has read them already."""
    out: list[Span] = []
    if leading is None:
        leading = frozenset(s.start for s in company_names_form_first(text, lex) + company_names_form_quoted(text, lex))
    words = org_words(lex.data_dir)
    # "Herdade do Vale Escuro, Lda."; not another language's "and" nor an article ("Διευθύνων Σύμβουλος της Acme Α.Ε.":
    # the role's, not the company's)
    joiners = _JOINERS | words.joiners - words.conjunctions - {a.lower() for a in words.articles}
    folded = fold_breaks(text, wraps)
    forms = list(lex.legal_forms.finditer(text))
    breaks = sorted(wraps)
    inside = {breaks[k] for m in forms for k in range(bisect_left(breaks, m.start()), bisect_left(breaks, m.end()))}
    forms += [m for i in breaks if i not in inside and (m := lex.legal_forms.match(folded, i))]  # not "Unipessoal\\nLda."
    for m in forms:  # (a form right after a wrapped line's break: "Adria Digital Hub\\nd.o.o.")
        if m.start() + len(m.group()) - len(m.group().lstrip(", \t")) in leading:
            continue  # "UAB Alfa, SIA Beta": the form opens the next company's name, it closes none
        quoted = _QUOTED_NAME.search(text, max(0, m.start() - 64), m.start())
        if quoted and quoted.group(1)[:1].isupper():  # „Дъбрава Мебел“ ООД: the name in quotes, the quotes with it
            out.append(Span(quoted.start(), m.end()))
            continue
        start = _name_start(text, m.start(), max_words, joiners, wraps, words.suspended_ands)
        start = _partner_start(text, start, m.start(), words.suspended_ands) if start is not None else None
        if m.group().lstrip(", \t") in _lower_forms(lex.data_dir):
            start = _lower_name_start(text, m.start(), start, lex, wraps)
        if start is not None and m.group().lstrip(", \t") in _article_forms(lex.data_dir):
            start = _after_article(text, start, m.start(), lex.data_dir)
        role = lex.role_title_re.match(text, start) if start is not None else None
        role = role or (_people_of(text, start, lex.data_dir) if start is not None else None)
        after_role = _OF.match(text, role.end()) if role else None
        if after_role:  # "CEO of AquaSens Ltd.", "Engineers from Acme Kft.": the role is no part of the company's name
            start = after_role.end() if after_role.end() < m.start() else None
        if start is not None:
            start = _after_company_noun(text, start, m.start(), lex.data_dir, words.articles)
            start = _after_person(text, start, m.start(), lex, joiners)
            start = _after_blocked_head(text, start, m.start(), lex, joiners)
            out.append(Span(_after_inner_role(text, start, m.start(), lex), m.end()))
    return out


def _after_inner_role(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Rule family "a row of name, role and company": a capitalised role title inside the words before the form
    ends what came before it ("Jana Novak Chair Adria Logistics d.o.o.", "Ivo Tamm Member Tallinn Tech AS" on a
    table's line): the company's name starts at the first word after the last such title."""
    last = None
    for r in lex.role_title_re.finditer(text, start, end):
        if r.start() > start and text[r.start()].isupper():
            last = r
    if last is None:
        return start
    nxt = _OF.match(text, last.end()) or _BLANK_BEFORE_WORD.match(text, last.end())  # "Investment Officer of Acme AS"
    return nxt.end() if nxt and nxt.end() < end else start


def _after_person(text: str, start: int, end: int, lex: Lexicon, joiners: frozenset[str]) -> int:
    """Rule family "person of a company": the words before the form open with a person's full name (a known given
    name and one to four surname words, :func:`given_names.full_person_name`), perhaps after a person's titles
    (data/person_titles.txt), and a joining word of any language after it ("Klaus Berger della Holzcluster Tirol GmbH",
    "Anna Kowalski of Nordlicht Optics AG", "Marie Dubois de Forges Vosgiennes SAS", "Captain Noel Faragher of Peel
    Ship Repair Ltd"): the person is no part of the company's name, which starts after the joining word."""
    words = list(_NAME_WORD.finditer(text, start, end))
    first = 0
    while first < len(words) - 1 and words[first].group().rstrip(".") in lex.person_titles:
        first += 1  # "Captain Noel Faragher of Peel Ship Repair Ltd", "Dr Hanna Leino of …": the titles before the name
    for i, w in enumerate(words[first + 2:first + 5], start=first + 2):
        if w.group() in joiners and w.group().islower():
            if (i + 1 < len(words) and is_cap_word(words[i + 1].group())
                    and full_person_name(text[words[first].start():w.start()].strip(), lex)):
                return words[i + 1].start()
            break
    return start


def _after_blocked_head(text: str, start: int, end: int, lex: Lexicon, joiners: frozenset[str]) -> int:
    """Rule family "a company's meeting or event": the words before the form open with a phrase that ends in a word of
    ``[last words]`` of data/not_organisations.txt (an event, a meeting, a programme: "Annual General Meeting", "General
    Assembly", "Spring Conference") and a joining word follows ("The Annual General Meeting of Lakeland Boatbuilders
    Ltd", "the General Assembly of Nordkapp Seafood AS", "the Partner Day of Brightline Optics GmbH"): that phrase is
    what the company holds, no part of its name, which starts at the capitalised word after the joining word."""
    words = list(_NAME_WORD.finditer(text, start, end))
    for i in range(len(words) - 2, 0, -1):
        w = words[i].group()
        if w not in joiners or not w.islower() or not is_cap_word(words[i + 1].group()):
            continue
        head = [x.group().lower() for x in words[:i]]
        if head[-1] in lex.not_org_last or " ".join(head[-2:]) in lex.not_org_last:
            return words[i + 1].start()
    return start


@lru_cache(maxsize=4)
def _company_nouns(data_dir: Path | None) -> frozenset[str]:
    """The ``[company nouns before a name]`` of ``legal_forms.txt``, lower-case."""
    words = data_sections(data_dir / "legal_forms.txt").get("company nouns before a name", []) if data_dir else []
    return frozenset(w.lower() for w in words)


def _after_company_noun(text: str, start: int, end: int, data_dir: Path | None, articles: frozenset[str] = frozenset()) -> int:
    """Family "company noun before a name": a sentence or a line that opens with the word for a company or a start-up
    before the name ("Firma Novak Folie GmbH dodala …", "Kompanija Šumadija Tools d.o.o. je …", "Start-ups Acme
    Labs GmbH and …", "Unternehmen Holzbau Ritter GmbH", data/legal_forms.txt ``[company nouns before a name]``):
    the noun is no part of the company's name, which starts at the next word; nor is an article of ``articles``
    (``[articles before a name]`` of data/org_name_words.txt: "Der Textilcluster Acme e.V. ist …"), before a noun or not."""
    words = list(_NAME_WORD.finditer(text, start, end))
    k = 0
    while len(words) - k >= 2 and k < 2 and (words[k].group() in articles or words[k].group().lower() in _company_nouns(data_dir)):
        k += 1
    return words[k].start() if k else start


@lru_cache(maxsize=4)
def _people_words(data_dir: Path | None) -> re.Pattern[str]:
    """The ``[people before a company]`` of ``legal_forms.txt`` (any case), as one word at a name's start."""
    words = data_sections(data_dir / "legal_forms.txt").get("people before a company", []) if data_dir else []
    return re.compile(r"(?:" + phrase_alternation(words) + r")(?![\w-])", re.IGNORECASE)


def _people_of(text: str, start: int, data_dir: Path | None) -> re.Match[str] | None:
    """Family "people of a company": a plural noun for a company's people opens the words before the form, then
    "of", "at", "for" or "from" ("Representatives of Kovács Gépgyár Kft.", "Engineers from Nordhavn Robotics ApS",
    "Staff of Lumen Optics GmbH"): the noun is no part of the company's name, as a role title before it is not."""
    return _people_words(data_dir).match(text, start)


@lru_cache(maxsize=4)
def _lower_forms(data_dir: Path | None) -> frozenset[str]:
    """The ``[lower-case name forms]`` of ``legal_forms.txt``: forms whose names keep lower-case words."""
    return frozenset(data_sections(data_dir / "legal_forms.txt").get("lower-case name forms", [])) if data_dir else frozenset()


@lru_cache(maxsize=4)
def _article_forms(data_dir: Path | None) -> frozenset[str]:
    """The ``[forms after an article]`` of ``legal_forms.txt``: the forms of a language with an article before a name."""
    return frozenset(data_sections(data_dir / "legal_forms.txt").get("forms after an article", [])) if data_dir else frozenset()


@lru_cache(maxsize=4)
def _articles_re(data_dir: Path | None) -> re.Pattern[str]:
    """One of the ``[articles before a company]`` of ``legal_forms.txt`` as a word, then blanks, before a capital."""
    words = data_sections(data_dir / "legal_forms.txt").get("articles before a company", []) if data_dir else []
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(words) + r")[ \t]+(?=[^\W\d_a-zà-ÿ])")


def _after_article(text: str, start: int, end: int, data_dir: Path | None) -> int:
    """Family "article before a company": Hungarian writes the article "a"/"az" before a company's name, and the words
    before the name are the sentence's ("Új tagunk a Zalatech Gépgyártó Kft.", "Gratulálunk a Kovács Precíziós
    Kft.-nek", "Az idei díjat az Acme Mérnöki Kft. kapta"): the name starts after the last such article."""
    last = None
    for m in _articles_re(data_dir).finditer(text, start, end):
        last = m
    return last.end() if last is not None and last.end() < end else start


@lru_cache(maxsize=4)
def _lower_joiners(data_dir: Path | None) -> frozenset[str]:
    """The ``[lower-case name joiners]`` of ``legal_forms.txt`` ("i", "za", "a"): words inside such a name."""
    return frozenset(data_sections(data_dir / "legal_forms.txt").get("lower-case name joiners", [])) if data_dir else frozenset()


def _words_back(text: str, end: int, wraps: frozenset[int] = frozenset(), *, wrapped: int = 50) -> Iterator[re.Match[str]]:
    """The name words of ``end``'s line before ``end``, the last first, then those of the line before when the
    text is wrapped there: the break is one of ``wraps`` (a paragraph's or a list item's, :func:`company_names`)
    and the line before ends in a letter, a digit or "&" ("Moura &\nFilhos, Lda."), or that line is ``wrapped``
    characters or longer and ends in a letter or a digit ("... the robot plant of Hanbit\nRobotics Co., Ltd."),
    not a heading, a list item or a table row."""
    yield from last_words(_NAME_WORD, text, end)
    line_start = text.rfind("\n", 0, end) + 1
    before = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:line_start - 1] if line_start else ""
    if (line_start - 1 in wraps and (before[-1:].isalnum() or before.endswith("&"))
            or len(before) >= wrapped and before[-1:].isalnum() and not re.match(r"\s*(?:[-*•|#>]|\d+[.)])", before)):
        yield from last_words(_NAME_WORD, text, line_start - 1)


def _lower_name_start(text: str, end: int, start: int | None, lex: Lexicon, wraps: frozenset[int] = frozenset(), *,
                      max_words: int = 6, max_lower: int = 3) -> int | None:
    """Start of a name in its own language before a Central European form ("Tovarna strojev Bled d.o.o.",
    "Kowalski i Synowie sp.j."): words back to a punctuation mark, an English stop word or the line start, up
    to ``max_lower`` of them lower case, the first one capitalised; taken only where the words read as that
    language (a letter outside ASCII or a lower-case organisation word) and reach further than ``start``. An
    English kind noun ends the name ("the start-up Kovina d.o.o.", data/org_type_nouns.txt)."""
    joiners, words = _lower_joiners(lex.data_dir), org_words(lex.data_dir)
    taken: list[re.Match[str]] = []
    for w in _words_back(text, end, wraps):
        if text[w.end():taken[-1].start() if taken else end].strip(" \t\n") or len(taken) >= max_words:
            break
        word = w.group()
        if (word.lower() in STOP_WORDS and word not in joiners or word.endswith(".") and word != "Co."
                or word in lex.org_type_nouns):
            break
        taken.append(w)
    while taken and not is_cap_word(taken[-1].group()):
        taken.pop()  # "the firm Kovina d.o.o.": the name opens with a capitalised word
    lower = [w.group() for w in taken if not is_cap_word(w.group())]
    if not lower or len(set(lower) - joiners) > max_lower or (start is not None and taken[-1].start() >= start):
        return start
    name = text[taken[-1].start():end]
    if any(ord(c) > 127 for c in name) or any(w in words.anywhere_heads for w in lower):
        return taken[-1].start()
    return start


@lru_cache(maxsize=4)
def _leading_forms(data_dir: Path | None) -> re.Pattern[str]:
    """The ``[leading forms]`` of ``legal_forms.txt`` as written, then a blank, before a capitalised word."""
    forms = data_sections(data_dir / "legal_forms.txt").get("leading forms", []) if data_dir else []
    alts = phrase_alternation(forms, space=r"\ ")
    return re.compile(r"(?<![\w.&-])(?:" + alts + r")[ \t]+(?=[^\W\d_])")


def company_names_form_first(text: str, lex: Lexicon, *, max_words: int = 5) -> list[Span]:
    """Rule "legal-form-first": spans of "<legal form> <capitalised name>" on one line, for the forms that
    Baltic companies write before their name ("UAB Saulėtas Kelias", "SIA Zaļā Enerģija"); the form and a name in
    quotation marks ("UAB „Baltijos robotika“") are rule "legal-form-quoted" (:func:`company_names_form_quoted`).
    The name is one to ``max_words`` capitalised words (joining words inside); a name in capitals only
    ("AS PART OF ...": a shouted line) is not one."""
    out: list[Span] = []
    for m in _leading_forms(lex.data_dir).finditer(text):
        end, taken, pos = None, 0, m.end()
        while taken < max_words:
            w = _NAME_WORD.match(text, pos)
            if not w:
                break
            word = w.group()
            if word.lower() in _JOINERS and taken:
                pos = w.end()
            elif is_cap_word(word):
                end, taken, pos = w.end(), taken + 1, w.end()
            else:
                break
            gap = re.match(r"[ \t]+", text[pos:pos + 3])
            if not gap:
                break
            pos += gap.end()
        if end is None:
            continue
        name = text[m.end():end].rstrip(".,")
        if name.isupper() and not any(c.isdigit() for c in name):
            continue
        out.append(Span(m.start(), m.start() + (m.end() - m.start()) + len(name)))
    return out


@lru_cache(maxsize=4)
def _quoted_forms(data_dir: Path | None) -> re.Pattern[str]:
    """The ``[forms before a quoted name]`` of ``legal_forms.txt`` as written, a blank, then a name in quotes on
    the line: an opening quote, one to six words (the first capitalised or a number, no sentence mark inside), a
    closing quote (group 1: the name)."""
    sections = data_sections(data_dir / "legal_forms.txt") if data_dir else {}
    forms = sections.get("forms before a quoted name", []) + sections.get("associations before a quoted name", [])
    alts = phrase_alternation(forms, space=r"\ ")
    word = r"[^\s„“”\"«».,;:!?()]+"
    return re.compile(r"(?<![\w.&-])(?:" + alts + r")[ \t]+[„“\"«]((?:" + word
                      + r"(?:[ \t]+|\.[ \t]*)){0,5}" + word + r"\.?)[“”\"»](?![\w])")


@lru_cache(maxsize=4)
def _quoted_associations(data_dir: Path | None) -> frozenset[str]:
    """The ``[associations before a quoted name]`` of ``legal_forms.txt``, as written."""
    return frozenset(data_sections(data_dir / "legal_forms.txt").get("associations before a quoted name", [])) if data_dir else frozenset()


def company_names_form_quoted(text: str, lex: Lexicon, headed: Callable[[str], bool] = lambda name: False) -> list[Span]:
    """Rule "legal-form-quoted" (family "form before a quoted name"): "<form> „<name>“", the way Lithuanian,
    Latvian, Bulgarian, Ukrainian, Russian and Romanian papers write a company, and Central and Eastern European
    ones an association or a foundation: "UAB „Vėjo malūnas“", "MB „Medžio namai“", "ЕТ „Иван Петров –
    Стругарство“", "ТОВ «Лісова майстерня»", "Сдружение „Иновации Плевен“". The form, the quotes and the name
    are the organisation's name; the name keeps the lower-case words of its language, and initials ("„Н. Й.
    Вапцаров“"). The forms are ``[forms before a quoted name]`` of data/legal_forms.txt; after a word of ``[associations
    before a quoted name]`` a name in quotes that ``headed`` (an organisation word heads it) is left out: that
    organisation is named in quotes, the word is its legal wrapper ("Biedrība "Baltic Wood Cluster"")."""
    if not any(q in text for q in "„“\"«"):
        return []
    spans = [Span(m.start(), m.end()) for m in _quoted_forms(lex.data_dir).finditer(text)
             if m.group(1)[:1].isupper() or m.group(1)[:1].isdigit()]
    return without_headed(text, spans, lex, headed)


def without_headed(text: str, spans: list[Span], lex: Lexicon, headed: Callable[[str], bool]) -> list[Span]:
    """The spans of :func:`company_names_form_quoted` without those whose word of ``[associations before a quoted
    name]`` wraps a name in quotes that ``headed`` ("Biedrība "Baltic Wood Cluster"")."""
    pattern, associations = _quoted_forms(lex.data_dir), _quoted_associations(lex.data_dir)
    return [s for s in spans if not ((m := pattern.match(text, s.start)) is not None
                                     and m.group().split(None, 1)[0] in associations and headed(m.group(1)))]


def _name_start(text: str, end: int, max_words: int, joiners: frozenset[str] = _JOINERS,
                wraps: frozenset[int] = frozenset(), suspended: frozenset[str] = frozenset()) -> int | None:
    """Start of the capitalised name that ends at ``end``: words back to a lower-case word, a
    punctuation mark or the line start; joining words inside ("Smith & Partners", "Herdade do Vale
    Escuro, Lda."), not at its start; a capitalised one opens a name ("Del Fabbro Sedie S.n.c.").
    "Co." inside a name ("Kelp & Co. d.o.o.") ends no sentence. Family "suspended hyphen inside a name": a word
    for "and" of ``suspended`` after a word that ends in a hyphen is inside the name ("Kainuun Akku- ja
    Mineraaliklusteri ry", "Holz- und Bautechnik GmbH")."""
    start = None
    taken = 0
    for w in _words_back(text, end, wraps):  # a few words back, not the whole line (a text without breaks)
        gap = text[w.end():end if start is None else start]
        if gap.strip(" \t\n") or taken >= max_words:
            break
        word = w.group()
        if word.endswith(".") and len(word) > 2 and "." not in word[:-1] and word != "Co.":
            break  # "Boreal Tech Sàrl. Also Kestrel Data Ltd": a sentence ends there
        if word in joiners or word in ("&", "+") or word in suspended and _SUSPENDED_BEFORE.search(text, max(0, w.start() - 6), w.start()):
            start = w.start()
            continue
        if not (is_cap_word(word) or word[0].isdigit() and any(c.isupper() for c in word)):
            break
        start = w.start()
        taken += 1
    while start is not None and (_first_word(text, start) in joiners
                                 or _first_word(text, start).lower() in STOP_WORDS):  # "The Acme AB"
        nxt = re.search(r"\s+", text[start:end])
        start = start + nxt.end() if nxt else None
    return start if taken else None


# "Kovács és ": one capitalised word, then a word for "and", right before a name's start (group 1: the "and")
_PARTNER_BEFORE = re.compile(r"(?:^|(?<=[\s(„“\"«,;:]))[^\W\d_][\w'’-]*[ \t]+(\w+)[ \t]+$")


def _partner_start(text: str, start: int, end: int, ands: frozenset[str]) -> int:
    """Rule family "partners' company": a name of one capitalised word before the form, after a word for "and" of
    any language and one capitalised word, is the company of two partners or of a family ("Kovács és Társa Bt.",
    "Brunner und Partner GmbH", "Rossi e Figli S.r.l.", "Nowak i Synowie sp.j."): the name starts at the first
    partner. Only for a one-word name whose first partner is one word too, after a lower-case word, a punctuation
    mark or the line's start ("the Nyíregyházi Egyetem és Rétköz Kft." keeps its two names apart)."""
    if " " in text[start:end].strip() or not is_cap_word(text[start:end].strip()):
        return start
    before = _PARTNER_BEFORE.search(text, max(0, start - 48), start)
    if before is None or before.group(1) not in ands or not is_cap_word(before.group().split()[0]):
        return start
    prev = text[max(0, before.start() - 24):before.start()].rstrip(" \t")
    last = prev.split()[-1] if prev.split() else ""
    return before.start() if not last or not last[0].isupper() or not last[-1].isalnum() else start


_FIRST_WORD = re.compile(r"\s*(\S+)")


def _first_word(text: str, start: int) -> str:
    """``text[start:].split(None, 1)[0]`` without copying the rest of the text."""
    return _FIRST_WORD.match(text, start).group(1)
