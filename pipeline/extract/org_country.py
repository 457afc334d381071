"""Organisations named with their country in brackets, as member lists, partner lists and speaker
lines write them: "Tecnalia (Spain)", "BioVale (UK)", "Wood+ (FI)", "Innovate|Tech (Portugal)",
and a person's affiliation "Ewa Nowak (ICT Lodz, Poland)".

A brand name needs no organisation word here: the bracketed country says the name is a party. A
name that is a place (a city, a country, an ISO 3166-2 subdivision, a name after "in"), a person (a given
name first), a programme or a generic word is not taken; nor is "(Town, Country)" right after a company or
an organisation ("Acme Stahl KG (Heidenheim, DE)"): there the bracket says where that party is.
"""
from __future__ import annotations

import re

from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_context import org_words, region_keys
from pipeline.extract.shapes import Span, is_cap_word
from pipeline.extract.span_index import last_words
from pipeline.extract.world import country_codes, subdivision_names

# "<name> (Country)" / "(<name>, Country)": the bracket holds a country name or a two-letter code.
# (never across a ";": "(President; Acme Foods, Greece)" is an office, then the person's organisation)
_BRACKET = re.compile(r"[ \t]*\((?:(?P<org>[^(),;\n]{2,60}?),[ \t]*)?(?P<country>[^(),;\n]{2,40}?)\)")
# One word of a brand name: letters, digits and the joiners brands use ("Wood+", "Innovate|Tech", "R&D").
_BRAND_WORD = re.compile(r"[^\W_][\w'’.&+|-]*[+]?|[&+|]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_IN_BEFORE = re.compile(r"(?<![\w-])(?:in|near|based[ \t]+in)[ \t]+$")
_LIST_BREAK = re.compile(r"[,;:•·\n]|(?<![\w-])(?:and|or|with|include|includes|including|are|is|from|by|the)[ \t]*$", re.I)


def _is_country(text: str, lex: Lexicon) -> bool:
    t = text.strip()
    return t in country_codes() or key(t) in lex.countries


def organisations_with_country(text: str, lex: Lexicon, *, max_words: int = 6) -> list[Span]:
    """Rule ``"org-country"``: spans of organisation names placed by a bracketed country (see the module docstring)."""
    out: list[Span] = []
    for m in _BRACKET.finditer(text):
        if not _is_country(m.group("country"), lex):
            continue
        if m.group("org"):
            s = m.start("org") + len(m.group("org")) - len(m.group("org").lstrip())
            span = Span(s, m.end("org"))
        else:
            start = _brand_start(text, m.start(), max_words)
            if start is not None and _after_joiner(text, start, lex):
                continue  # "Trenčianska univerzita Alexandra Dubčeka v Trenčíne (SK)": the town closes a longer name
            span = Span(start, m.start()) if start is not None else None
        if span and _YEAR.search(text, text.rfind("\n", 0, span.start) + 1, span.start):
            continue  # "3–6 November 2025   Aquatech Amsterdam (Netherlands)": an event calendar line
        if span and (_IN_BEFORE.search(text, max(0, span.start - 12), span.start)
                     or m.group("org") and _names_a_party_before(text, m.start(), lex)):
            # family "place in brackets": "based in Yerseke (Netherlands)"; "Acme Stahl KG (Heidenheim, DE)", "the
            # Acme Wood Cluster (Tarnów, Poland)": after a company or an organisation's name the bracket places it
            continue
        if span and _may_be_organisation(text[span.start:span.end], lex):
            out.append(span)
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _after_joiner(text: str, start: int, lex: Lexicon) -> bool:
    """Family "town closing a longer name": the run before the bracket follows a lower-case joiner of another language's
    name (``[joiners]`` of data/org_name_words.txt: "v", "ve", "din", "w"), so it is the place that closes a name whose
    other words are in lower case, no name of its own ("… univerzita … v Trenčíne (SK)")."""
    w = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return bool(w) and w.group(1).islower() and w.group(1) in org_words(lex.data_dir).joiners


def _names_a_party_before(text: str, end: int, lex: Lexicon) -> bool:
    """The text right before the bracket closes a company's or an organisation's name ("Acme Stahl KG",
    "Acme Wood Cluster"): the bracket says where that party is."""
    form = lex.legal_forms.search(text, max(0, end - 30), end)
    if form and form.end() == end:
        return True
    word = re.search(r"([^\W\d_][\w-]*)\.?$", text[max(0, end - 40):end])
    return bool(word) and word.group(1) in lex.org_suffixes


def _brand_start(text: str, end: int, max_words: int) -> int | None:
    """Start of the name that ends at ``end``: capitalised (or mixed-case, "eCluster") words back to
    a list separator, a lead-in word ("include", "and") or the line start."""
    start = None
    taken = 0
    for w in last_words(_BRAND_WORD, text, end):  # a few words back, not the whole line (a text without breaks)
        gap = text[w.end():end if start is None else start]
        if gap.strip(" \t") or taken >= max_words:
            break
        word = w.group()
        if _LIST_BREAK.search(word + " ") and not is_cap_word(word):
            break
        if not (is_cap_word(word) or word in ("&", "+", "|") or (word[0].islower() and any(c.isupper() for c in word[1:]))
                or word.lower() in ("of", "for", "de", "di", "la", "du", "des", "der", "und")):
            break
        start = w.start()
        taken += 1
    while start is not None and text[start:end].split(None, 1)[0].lower() in ("of", "for", "de", "di", "la", "du", "des", "der", "und", "&", "+", "|"):
        rest = text[start:end].split(None, 1)
        start = end - len(rest[1]) if len(rest) > 1 else None
    return start


def _may_be_organisation(name: str, lex: Lexicon) -> bool:
    """Not a place, a programme, a person, a lone generic word or a sentence fragment."""
    name = " ".join(name.split())
    k = key(name)
    words = name.split()
    if not words or k in lex.cities or k in lex.countries or k in lex.not_org_names or name in subdivision_names() \
            or k in region_keys(lex.data_dir):
        return False  # "Podlaskie (PL)": a region
    if not any(c.isupper() or c.isdigit() for c in words[0]):
        return False  # "(co-opted, Netherlands)", "(observer, Spain)": a word of the text, no name (not "eCluster")
    if len(words) == 1 and (name.lower() in lex.not_person_words and name not in lex.org_suffixes):
        return False  # "Cluster (Spain)", "Members (EU)"
    if 2 <= len(words) <= 3 and all(w[0].isupper() for w in words) and starts_with_given_name(name, lex) \
            and not any(w in lex.org_suffixes for w in words):
        return False  # "Jane Doe (Spain)": a person
    return True
