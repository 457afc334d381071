"""Rule family "dash short form": an organisation written as a short form, a dash and its descriptive
name, as logos, partner lists, footers and press releases write it.

- "Makinbide – Basque Advanced Manufacturing Cluster", "AeroWest – Atlantic Aerospace Cluster",
  "Norte Verde – Associação para a Economia Verde": a brand (a word or two that is no acronym) is part
  of the organisation's fullest name: one organisation named by the whole phrase (rule
  ``pattern:brand-dash``).
- "ACME – Alpine Cluster of Mechatronics", "TUK – Technical University of Kranj": an acronym-shaped short
  form before the dash is the acronym of the name after it; and after it: "South Bohemian Innovation
  Centre – JIC" (rule ``pattern:acronym-dash``). An acronym of three letters or more that does not spell
  the name after it and does not even open with its first letter ("VŠB – Technical University of Ostrava")
  is part of the full name, and its acronym.

The descriptive side must name an organisation by itself (an organisation word of
``org_suffixes.txt`` or a legal form closing it), the short form must open a line, a list item or
follow a comma, a semicolon, a bracket or "by/with/and"; places, people, role titles, headings and not-organisation
names are never short forms ("Brussels – European Cluster Conference", "Speakers – European Commission").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_context import compound_head, org_words
from pipeline.extract.org_initials import initials_match
from pipeline.extract.shapes import ORG_CONNECTORS, Span, cap_run_at, clean, is_acronym, valid_person_name
from pipeline.extract.statement_parts import lower_case_words
from pipeline.normalise import fold

_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
# What may stand before the short form: a line start (with a bullet or number), a comma, a bracket,
# a colon or a lower-case word of running text ("organised by ACME – Alpine Cluster of Mechatronics",
# "she studied at the TUO – Technical University of Olomouc").
_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–·]|\d{1,2}[.)])?[ \t]*$|(?:[,;:]|(?<![\w-])[a-zà-ÿ]+)[ \t]+$|\([ \t]*$")
# Lower-case words that join the words of a name ("Contas do Sul", "Bank of Åland"): no opener.
_NOT_OPENERS = ORG_CONNECTORS - {"and", "the", "in", "on", "for"} | {"da", "do", "dos", "das", "del", "della", "van", "von", "der", "zu", "y", "i", "e"}
_JOINED_BRAND = re.compile(r"(?<![\w&+.-])[^\W\d_][\w'’-]*[ \t]+(?:do|da|dos|das|de|di|du|del|della)[ \t]+$")
_SHORT = re.compile(r"(?<![\w&+.-])([^\W\d_][\w&+.'’-]*(?:[ \t][^\W\d_][\w&+.'’-]*)?)$")
# Connectors inside names in the languages of the pages ("para a", "de la", "per la", "für", "voor de").
_CONNECTORS = re.compile(r"[ \t]+(?:(?:para|per|pour|por|für|voor|de|da|do|di|del|della|der|des|du|em|van|von|na|rzecz)[ \t]+)"
                         r"(?:(?:a|la|le|les|l'|o|os|as|il|lo|de|der|die|das|het)[ \t]+)?")
_AND_THE = re.compile(r"[ \t]+and[ \t]+the[ \t]+(?=[^\W\d_])")  # between two names: each an organisation's
_AFTER = re.compile(r"[ \t]*(?:$|\n|[,;:()·|<]|\.(?:\s|$)|[ \t]+[–—][ \t]|[ \t]+(?:brings|is|was|has|have|will|and|together|with|in|at|on|from|since)\b)")


def dash_short_forms(text: str, lex: Lexicon) -> list[tuple[Span, str, str | None]]:
    """(span of the organisation's name, rule, acronym or None) for every "short form – name" and
    "name – ACRONYM" of the text."""
    out: list[tuple[Span, str, str | None]] = []
    for m in _DASH.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        short = _short_before(text, ls, m.start())
        opens = _OPENS.search(text[ls:short.start]) if short else None
        if opens and opens.group().split() and opens.group().split()[-1] in _NOT_OPENERS:
            opens = None  # "Contas do Sul – …": a name's own connector, the short form starts before it
        if short and opens and _short_form(text[short.start:short.end], lex):
            name = named_after_dash(text, m.end(), lex)
            if name:
                word = text[short.start:short.end]
                if is_acronym(word) and " " not in word and len(word) >= 3 and not _may_abbreviate(word, clean(text[name.start:name.end])):
                    # "VŠB – Technical University of Ostrava", "IAPMEI – Agency for Competitiveness": an acronym
                    # that cannot abbreviate the name after it is part of the organisation's full name
                    out.append((Span(short.start, name.end), "pattern:acronym-dash", word))
                elif is_acronym(word) and " " not in word:
                    out.append((name, "pattern:acronym-dash", word))
                else:
                    out.append((Span(short.start, name.end), "pattern:brand-dash", None))
                continue
        after = re.match(r"([A-Z][A-Za-z0-9&]{1,9})(?=[ \t]*(?:$|\n|[,;.)]))", text[m.end():m.end() + 12])
        if after and is_acronym(after.group(1)) and _short_form(after.group(1), lex):
            before = _name_before(text, ls, m.start(), lex)
            if before:
                out.append((before, "pattern:acronym-dash", after.group(1)))
    return out


def _may_abbreviate(acr: str, name: str) -> bool:
    """The acronym spells the name's initials, or at least opens with its first letter ("ACMEC" for "Alpine
    Cluster of Mechatronics"); "VŠB" for "Technical University of Ostrava" (the initials of the name in another
    language) does neither."""
    return initials_match(acr, name) or fold(acr[:1].lower()) == fold(name[:1].lower())


def _short_before(text: str, ls: int, end: int) -> Span | None:
    """The one or two capitalised words right before the dash ("Makrotech", "Norte Verde", "ACME")."""
    m = _SHORT.search(text, ls, end)
    if not m:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    if not words[0].group()[0].isupper():  # "by ACME": the short form is the last word
        words = words[1:]
    if not words or not words[0].group()[0].isupper():
        return None
    start = m.start(1) + words[0].start()
    joined = _JOINED_BRAND.search(text, ls, start)  # "Contas do Sul", "Terra di Siena": a brand with its connector
    return Span(joined.start() if joined else start, m.end(1))


def _short_form(word: str, lex: Lexicon) -> bool:
    """A brand or acronym, not a place, a person, a role, a heading word or a not-organisation name."""
    k = key(word)
    return not (k in lex.cities or k in lex.countries or k in lex.not_org_names
                or all(w.lower() in lex.not_person_words for w in word.split())
                or lex.role_title_re.fullmatch(word)
                or (valid_person_name(word, lex) and starts_with_given_name(word, lex)))


def names_an_org(name: str, lex: Lexicon) -> bool:
    """An organisation word, a compound ending in one ("Holzwirtschaftsverband") or a front head of another
    language ("Consorzio Ceramiche Emiliane") among its words, or a legal form closing it."""
    ow = org_words(lex.data_dir)
    words = name.split()
    return (any(w in lex.org_suffixes or compound_head(ow, w) for w in words) or (len(words) > 1 and words[0] in ow.front_heads)
            or bool(lex.legal_forms.search(name + " ")))


def named_after_dash(text: str, pos: int, lex: Lexicon, *, single_line: bool = True, head_known: bool = False) -> Span | None:
    """The organisation's name right after the dash, with a legal form after a comma ("…, z.s."); with
    ``single_line=False`` a name wrapped over a line break ("Associação\nPólo de Competitividade"); with
    ``head_known`` (the caller has read an organisation word opening it: "Foro Marítimo Vasco presented …")
    neither what follows the name nor its words are checked."""
    run = cap_run_at(text, pos, list_heads=lex.org_suffixes, single_line=single_line)
    if run is None or run.start != pos:
        return None
    while True:  # "Associação para a Economia Verde", "Stowarzyszenie na rzecz …": a name's own connectors
        conn = _CONNECTORS.match(text, run.end)
        nxt = cap_run_at(text, conn.end(), list_heads=lex.org_suffixes, single_line=single_line) if conn else None
        if nxt is None or nxt.start != conn.end():
            break
        run = Span(run.start, nxt.end)
    both = _AND_THE.search(text, run.start, run.end)
    if both and names_an_org(clean(text[both.end():run.end]), lex) and names_an_org(clean(text[run.start:both.start()]), lex):
        run = Span(run.start, both.start())  # "Texfor – Confederación de la Industria Textil and the Nordic … Network": two
    form = lex.legal_forms.match(text, run.end)
    end = form.end() if form else run.end
    if not head_known and (not _AFTER.match(text, end) or not (form or names_an_org(clean(text[run.start:end]), lex))) or " " not in clean(text[run.start:end]):
        # (a bare organisation word names nothing: "A1 – Secretariat to circulate the plan")
        return None
    return Span(run.start, end)


def _name_before(text: str, ls: int, end: int, lex: Lexicon) -> Span | None:
    """The organisation's name that fills the line (after a bullet) up to the dash: "South Bohemian
    Innovation Centre – JIC"."""
    lead = re.match(r"[ \t]*(?:[-•*–·]|\d{1,2}[.)])?[ \t]*(?:the[ \t]+)?", text[ls:end])
    start = ls + lead.end()
    run = cap_run_at(text, start, list_heads=lex.org_suffixes, single_line=True)
    if run is None or run.start != start or run.end != end or not names_an_org(clean(text[start:end]), lex):
        return None
    return run


_BAR = re.compile(r"[ \t]+\|[ \t]+")
_DATELINE = re.compile(r",[ \t]*(?:\d{1,2}\.?[ \t]+[^\W\d_]+\.?|[^\W\d_]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)[ \t]+\d{4}(?!\d)")
_CODE = re.compile(r"[A-Z]{2,3}")
_VALUE_AFTER = re.compile(r"[ \t]+\d")  # "Leestijd 4 minuten", "Reading time 3 min": a label and its value
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=8)
def _bar_words(data_dir: Path | None, section: str) -> frozenset[str]:
    """``[bar line words]`` (cookie banners' words) or ``[language switch words]`` of data/not_organisations.txt, lower
    case, read once."""
    return frozenset(w.lower() for w in data_sections(data_dir / "not_organisations.txt").get(section, [])) \
        if data_dir else frozenset()


def bar_names(text: str, lex: Lexicon) -> list[tuple[Span, str, str | None]]:
    """Rule family "bar name": a brand and its place or descriptor joined by a bar, as clusters write their
    own names in bylines, footers and organiser lines ("Posted by AquaHub | Zeeland", "© Clusters Norte |
    Rede de Inovação", "Organiser: Kaascluster Noord | Cheese Valley"): one organisation (rule
    ``pattern:bar-name``); "Irish Robotics Network | IRN": an acronym after the bar is the name's (rule
    ``pattern:acronym-bar``). Only a line with a single bar counts (menus, share lines and calendar rows
    have several); each side is one to four capitalised words, neither a place, a date, a person, a
    heading word or a platform, and the two sides are not two organisations' names ("Acme Cluster |
    Beta Network"). Not a menu's language switch ("News Contact NL | EN"), a cookie or e-mail footer
    ("Accept | Decline", "Unsubscribe | Privacy": ``not_organisations.txt``) or a heading's label in capitals
    ("WEBINAR | Battery Passports", when the text also writes the word in lower case), nor a byline whose bar
    leads to its dateline's place and date ("Του Νίκου Παππά | Καβάλα, 3 Μαρτίου 2031", "By Jane Doe | Kavala, 3 March
    2031": the place and the author of a text in any language)."""
    out: list[tuple[Span, str, str | None]] = []
    lower = lower_case_words(text) if " | " in text else frozenset()  # words the text also writes in lower case
    for m in _BAR.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        if "|" in text[ls:m.start()] or "|" in text[m.end():le]:
            continue
        consent = _bar_words(lex.data_dir, "bar line words")
        if consent and any(w.lower() in consent for w in _WORD.findall(text[ls:le])):
            continue  # "Tento web používá soubory cookies. Souhlasím | Nastavení": a cookie banner's buttons
        before = re.search(r"(?:^|(?<=[\s(]))((?:[^\W\d_][\w&+.'’-]*[ \t]+){0,3}[^\W\d_][\w&+.'’-]*)$", text[ls:m.start()])
        if before is None:
            continue
        words = before.group(1).split()
        k = len(words)
        while k and words[k - 1][0].isupper():
            k -= 1
        words = words[k:]  # the capitalised words before the bar: "by AquaHub", "of Clusters Norte"
        if not words:
            continue
        start = m.start() - len(" ".join(words)) if text[m.start() - len(" ".join(words)):m.start()] == " ".join(words) else None
        if start is None:
            continue
        right = cap_run_at(text, m.end(), single_line=True, max_words=5)
        if right is None or right.start != m.end():
            continue
        form = lex.legal_forms.match(text, right.end)
        end = form.end() if form else right.end
        a, b = clean(text[start:m.start()]), clean(text[m.end():end])
        if not (_bar_side(a, lex) and _bar_side(b, lex)) or len(a.split()) > 4 or len(b.split()) > 5:
            continue
        if names_an_org(b, lex) and (names_an_org(a, lex) or len(a.split()) > 1) and not (form and len(a.split()) == 1):
            continue  # two organisations in a row ("Business Finland | Arctic Battery Cluster")
        switch = _bar_words(lex.data_dir, "language switch words")
        if a.split()[-1].lower() in switch or b.split()[0].lower() in switch:
            continue  # "Gaeilge | English", "Suomi | Svenska": a site's language switch
        if names_an_org(b, lex) and len(b.split()) > 1 and len(a.split()) == 1 and not form and not is_acronym(a) \
                and not names_an_org(a, lex):
            continue  # "Ledennieuws | Twente High Tech Cluster", "News | Acme Cluster": a page's section, then the site's name
        if _VALUE_AFTER.match(text, end) or _person_before(text, ls, start, lex):
            continue  # "… door Femke ter Horst | Leestijd 4 minuten": a byline's author and a label with its value
        if _DATELINE.match(text, end):
            continue  # "By Jane Doe | Kavala, 3 March 2031": a byline's author and the place of its dateline
        if max(len(a), len(b)) <= 3 or (_CODE.fullmatch(a.split()[-1]) and _CODE.fullmatch(b.split()[0])):
            continue  # "NL | EN", "Menu Search PT | EN": language codes of a site's menu
        if any(side.isupper() and any(len(w) > 3 and w.lower() in lower for w in side.split()) for side in (a, b)):
            continue  # "WEBINAR | Battery Passports", "WORKSHOP SUMMARY | Agrivoltaics": a heading's label in capitals
        if is_acronym(b) and " " not in b and names_an_org(a, lex):
            out.append((Span(start, m.start()), "pattern:acronym-bar", b))
        else:
            out.append((Span(start, end), "pattern:bar-name", None))
    return out


_PARTICLE_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+([a-zà-ÿ]{1,4})[ \t]+$")


def _person_before(text: str, ls: int, start: int, lex: Lexicon) -> bool:
    """The capitalised words before the bar end a person's name that a particle joins ("Femke ter Horst |",
    "Jan van Dijk |", "Ana de Sousa |"): a byline's author, no brand."""
    m = _PARTICLE_BEFORE.search(text, ls, start)
    return bool(m) and m.group(2) in lex.name_particles and starts_with_given_name(m.group(1), lex)


def _bar_side(name: str, lex: Lexicon) -> bool:
    words = name.split()
    return (bool(words) and not re.search(r"\d", name) and (len(name) > 2 or is_acronym(name))
            and not any(key(w) in lex.not_org_names for w in words)
            and not all(w.lower() in lex.not_person_words for w in words)
            and not (valid_person_name(name, lex) and starts_with_given_name(name, lex))
            and key(name) not in lex.countries and key(name) not in lex.cities and not lex.role_title_re.fullmatch(name))
