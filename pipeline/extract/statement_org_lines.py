"""The organisation (and its units) in the lines under a role: a signature's or a card's organisation lines
("Clusters and Industrial Transition,\nEuropean Innovation Council and\nSMEs Executive Agency (EISMEA)")."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_brands import names_an_org
from pipeline.extract.org_context import org_words
from pipeline.extract.shapes import ORG_CONNECTORS, Span, clean, is_cap_word, valid_person_name
from pipeline.extract.statement_parts import org_like, org_word


# A version number between the capitalised words of a name ("Industry 4.0 Cluster").
_VERSION_IN_NAME = re.compile(r"(?<=[A-Za-z])[ \t]+\d{1,2}\.\d{1,2}(?=[ \t]+[A-Z])")


def name_joiners(lex: Lexicon) -> frozenset[str]:
    """The joiners and elided articles ("aux", "d'") of data/org_name_words.txt."""
    words = org_words(lex.data_dir)
    return words.joiners | {a + "'" for a in words.elided_articles}


def name_word(word: str, joiners: frozenset[str]) -> bool:
    """A word of an organisation's name: capitalised, a connector, a joiner, or an elided article before a capital
    ("d'Azur")."""
    if is_cap_word(word) or word.lower() in ORG_CONNECTORS or word in joiners:
        return True
    elided = re.match(r"([a-z]+['’])(?=[A-ZÀ-Þ])", word)
    return elided is not None and elided.group(1).replace("’", "'") in joiners


def signature_orgs(text: str, start: int, end: int, lex: Lexicon, *,
                   wrapped: bool = False, card: bool = False) -> tuple[Span | None, tuple[Span, ...]]:
    """Organisation (and units) in the lines under a signature's role, up to a blank line:
    "Clusters and Industrial Transition,\nEuropean Innovation Council and\nSMEs Executive Agency (EISMEA)".
    Items are separated by commas and line ends (a line ending in "and"/"of"/"for" continues).
    The organisation is the last item with an organisation word, a gazetteer name or an acronym
    (else the first name-shaped item); name-shaped items before it are its units. ``wrapped``: the lines are a
    narrow column's wrapped lines (a card's "Director, Institut de Formation aux Métiers du\nParfum de Grasse"),
    where only commas separate items. ``card``: the lines are a card's organisation lines under its role line (rule
    family "card with organisation lines", statement_cards.py), which name an organisation by their place: the first
    name-shaped item stands for it without an organisation word ("Moutardia", "Val d'Ouche Protéines")."""
    # a card's organisation may be written in its own language: "Institut de Formation aux Métiers", "Université
    # Côte d'Azur" (the joiners and elided articles of data/org_name_words.txt)
    joiners = name_joiners(lex) if wrapped or card else frozenset()
    cuts = [start]
    for m in re.finditer(r",|\n", text[start:end]):
        p = start + m.start()
        if m.group() == "\n" and (wrapped or re.search(r"(?:^|\s)(?:and|of|for|on|the|&)[ \t]*$", text[cuts[-1]:p])
                                  or re.match(r"[ \t]*[a-z]", text[p + 1:end])):
            continue
        cuts.append(p)
    cuts.append(end)
    items: list[tuple[Span, bool]] = []  # (span, strong)
    for a, b in zip(cuts, cuts[1:]):
        raw = text[a:b]
        lead = len(raw) - len(raw.lstrip(",\n \t"))
        s = a + lead
        seg = raw[lead:].rstrip(" \t;\n")
        if wrapped and items and lex.legal_forms.fullmatch(", " + seg):
            items[-1] = (Span(items[-1][0].start, s + len(seg)), True)  # "Acme Cork Industries, S.A.": the form closes it
            continue
        # a legal form closing the item keeps its dot and is no capitalised word ("Acme Sp. z o.o.", "Acme e.V.")
        form = next((f for f in lex.legal_forms.finditer(seg) if f.end() == len(seg)), None)
        seg = seg if form else seg.rstrip(" \t.;\n")
        if not seg:
            continue
        span = Span(s, s + len(seg))
        acr = re.search(r"[ \t\n]*\(([A-Z][A-Za-z0-9&\-]{1,14})\)$", seg)
        name = clean(seg[:acr.start()] if acr else seg)
        words = _VERSION_IN_NAME.sub(" ", clean(seg[:form.start()]) if form else name).split()  # "Navarra Industry 4.0 Cluster": no address number
        if (not words or re.search(r"\d|@|www\.|https?:", _VERSION_IN_NAME.sub(" ", seg))
                or (not wrapped and not form and valid_person_name(name, lex))  # (a card's next person is a paragraph of its own; a legal form ends no name)
                or lex.role_title_re.search(name) or key(name) in lex.cities or key(name) in lex.countries):
            break  # an address, a phone number, the next person: the signature's organisation lines ended
        if not is_cap_word(words[0]) or not all(name_word(w, joiners) for w in words) or len(words) > 10:
            break
        strong = bool(acr) or form is not None or org_word(name, lex) or (wrapped and names_an_org(name, lex))  # "Université …"
        items.append((span, strong))
    if not items:
        return None, ()
    strong = [k for k, (_, st) in enumerate(items) if st]
    k = strong[-1] if strong else 0
    if not strong and not card and not org_like(clean(text[items[0][0].start:items[0][0].end]), lex):
        return None, ()
    return items[k][0], tuple(sp for sp, _ in items[:k])
