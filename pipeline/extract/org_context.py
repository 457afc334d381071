"""One document's organisation context and the helpers every organisation rule shares.

:class:`OrgDoc` holds what the rules read (the text, its spaCy blocks, the people found, the data
files) and what they write (the candidates, the acronyms that name no organisation). The rules are
plain functions over it: :mod:`pipeline.extract.org_names` (capitalised runs and acronyms),
:mod:`pipeline.extract.org_cues` (cue phrases, lists, award winners), :mod:`pipeline.extract.org_ner`
(spaCy ORG entities, organisation-kind nouns); :mod:`pipeline.extract.org_resolve` turns the
candidates into mentions. This module has the shared tests (:func:`not_org`, :func:`generic`,
:func:`is_headed`, :func:`role_phrase`); the span helpers (:func:`~pipeline.extract.org_spans.trim`,
:func:`~pipeline.extract.org_spans.line_fields`, :func:`~pipeline.extract.org_spans.run_at`) and
:func:`~pipeline.extract.org_spans.add`, the one way a rule proposes a candidate, are in
:mod:`pipeline.extract.org_spans`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.data_files import data_sections, org_name_word_sections, phrase_alternation
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.places import load_gazetteer
from pipeline.extract.org_modifiers import course_head
from pipeline.extract.org_resolve import HEAD_SPLIT, Candidate
from pipeline.extract.shapes import Span
from pipeline.extract.statement_parts import lower_case_words
from pipeline.extract.world import country_codes, subdivision_names
from pipeline.records import Block

_TRAILING_YEARS = re.compile(r"(?:\s+(?:19|20)\d\d)+$")
_WEB = re.compile(r"https?:|www\.|@|\.eu\b|\.com\b")
# Rule family "envoys": a diplomatic body is named by the place it is sent to or sits in ("EU Delegation to Chile",
# "Embassy of Latvia", "Romanian Embassy in Chisinau").
ENVOY_HEADS = frozenset({"Delegation", "Delegations", "Embassy", "Representation", "Consulate"})
# Rule family "ampersand inside a name": "and" may join two organisations' names, "&" between two capitalised words
# joins the words of one name ("Wageningen University & Research", "Institut Kessler & Moreau GmbH", "Smits &
# Partners", "Malta Maritime & Islands Cluster"; in the training sets' gold 73 such phrases are one organisation,
# one is two). The rules that split a capitalised run into two names split at this "and" only.
NAMES_AND = r"[ \t\n]+and[ \t\n]+"


@dataclass(frozen=True)
class OrgWords:
    """The words of ``data/org_name_words.txt``: joiners inside a name, organisation words that open a name
    (languages that put the noun first), and organisation words that head a name wherever they stand."""

    joiners: frozenset[str] = frozenset()
    front_heads: frozenset[str] = frozenset()
    anywhere_heads: frozenset[str] = frozenset()  # lower-case
    compound_heads: tuple[str, ...] = ()  # lower-case endings: "Holzwirtschafts|verband", "Energie|cluster"
    not_compound_heads: frozenset[str] = frozenset()  # lower-case words: "eurocluster"
    head_split: re.Pattern[str] = HEAD_SPLIT  # where a name's head ends: of/for/on and the joiners
    place_tails: frozenset[str] = frozenset()  # lower-case: "nord", "west", and the macro-region words ("alps")
    town_heads: frozenset[str] = frozenset()  # "University": a name of everyday words keeps "in <town>"
    abroad_heads: frozenset[str] = frozenset()  # "Chamber": "Italian Chamber of Commerce in Stuttgart" keeps it too
    possessives: frozenset[str] = frozenset()  # "People": "People's Committee" is one name
    elided_articles: frozenset[str] = frozenset()  # "l", "dell": "l'Institut …", "dell'Università …" open a name
    and_the: re.Pattern[str] = re.compile(r"(?!)")  # "e la", "et la": where a run of two names splits, as "and the"
    articles: frozenset[str] = frozenset()  # "Ο", "Η": another script's articles that open a sentence, not a name
    conjunctions: frozenset[str] = frozenset()  # "i", "és", "και": "and" of other languages, which opens no complement
    bare_articles: frozenset[str] = frozenset()  # "Il", "O", "Die": with a bare organisation word after them, no name

    @cached_property
    def suspended_ands(self) -> frozenset[str]:
        """The words for "and" (English and :attr:`conjunctions`) that a name keeps after a suspended hyphen
        (family "suspended hyphen inside a name": "Kainuun Akku- ja Mineraaliklusteri ry", "Wirtschafts- und Sozialrat")."""
        return self.conjunctions | {"and"}

    @cached_property
    def and_split(self) -> re.Pattern[str]:
        """Another language's "and", perhaps with an article after it ("in", "és", "και του"): where a run of two
        names that each an organisation word heads splits ("Občine Kamnik in Univerze v Ljubljani")."""
        if not self.conjunctions:
            return re.compile(r"(?!)")
        articles = phrase_alternation(sorted({a.lower() for a in self.articles}), space=r"[ \t\n]+") if self.articles else "(?!)"
        return re.compile(r"(?<![-\s])[ \t\n]+(?:" + phrase_alternation(sorted(self.conjunctions), space=r"[ \t\n]+")
                          + r")[ \t\n]+(?:(?:" + articles + r")[ \t\n]+)?")

    @cached_property
    def front_phrases(self) -> tuple[str, ...]:
        """The front heads of two words or more, each with a blank after it ("Haute École ", "ITS Academy ")."""
        return tuple(h + " " for h in self.front_heads if " " in h)


@lru_cache(maxsize=4)
def org_words(data_dir: Path | None) -> OrgWords:
    """:class:`OrgWords` of one data folder (none without one)."""
    if data_dir is None:
        return OrgWords()
    sections = org_name_word_sections(data_dir)
    joiners = frozenset(sections.get("joiners", []))
    split = r"\s+(?:" + phrase_alternation(("of", "for", "on", *joiners), space=r"\ ") + r")\s+"
    return OrgWords(joiners, frozenset(sections.get("front heads", [])),
                    frozenset(w.lower() for w in sections.get("lower heads", [])),
                    tuple(w.lower() for w in sections.get("compound heads", [])),
                    frozenset(w.lower() for w in sections.get("not compound heads", [])), re.compile(split),
                    frozenset(w.lower() for k in ("place words after a name", "macro-region words") for w in sections.get(k, [])),
                    frozenset(sections.get("heads named with their town", [])),
                    frozenset(sections.get("heads of a nation's body abroad", [])),
                    frozenset(sections.get("possessives inside a name", [])),
                    frozenset(sections.get("elided articles before a name", [])),
                    re.compile(r"[ \t\n]+(?:" + phrase_alternation(sections.get("and the in other languages", []),
                                                                 space=r"[ \t\n]+") + r")(?:[ \t\n]+|(?<=[ \t\n]l)['’])"),
                    frozenset(sections.get("articles before a name", [])), frozenset(sections.get("and in other languages", [])),
                    frozenset(sections.get("articles before a bare organisation word", [])))


@dataclass
class OrgDoc:
    """One document as the organisation rules see it: its text, spaCy blocks and people (read), the
    data files (``lex``), and the candidates and not-an-organisation acronyms the rules add (written)."""

    text: str
    lex: Lexicon
    annotated: list[tuple[Block, Doc]] = field(default_factory=list)
    person_spans: list[Span] = field(default_factory=list)
    cands: list[Candidate] = field(default_factory=list)
    not_org_acronyms: set[str] = field(default_factory=set)
    words: OrgWords = field(init=False)

    def __post_init__(self) -> None:
        self.words = org_words(self.lex.data_dir)

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the document writes in lower case ("smoke", "healthy"): ordinary words, not names."""
        return lower_case_words(self.text)


@lru_cache(maxsize=4)
def region_keys(data_dir: Path | None) -> frozenset[str]:
    """The keys of ``[regions]`` of data/not_organisations.txt: regions as English names them ("Upper Austria",
    "Lapland"), places that the city and subdivision lists miss; a whole name that is one names no organisation."""
    return frozenset(key(n) for n in data_sections(data_dir / "not_organisations.txt").get("regions", [])) if data_dir else frozenset()


def _bare_org_word(ctx: OrgDoc, word: str) -> bool:
    """An organisation word of any listed language alone ("Cluster", "Consorzio", "Departamento", "Klaster")."""
    return (word in ctx.lex.org_suffixes or word in ctx.words.front_heads or word.lower() in ctx.words.anywhere_heads
            or word.lower() in ctx.lex.org_type_nouns)


def not_org(ctx: OrgDoc, name: str, *, defined: bool = False, cued: bool = False) -> bool:
    """Programmes, funding instruments, events, venues, places: never organisations.

    A blocked last word (other than a programme word) does not count when an organisation word
    heads the name before of/for ("Federal Ministry for Climate Action"), nor, for the words the data file lists, when the
    text defines an acronym for the name (``defined``) or names it after an organisation cue (``cued``)."""
    name = _TRAILING_YEARS.sub("", name)  # "European Cluster Conference 2020"
    k = key(name)
    words = name.split()
    if not words or k in ctx.lex.not_org_names or k in ctx.lex.cities or k in ctx.lex.countries or k in region_keys(ctx.lex.data_dir):
        return True  # (family "a region as English names it": "Upper Austria", "Lapland")
    if len(words) == 1 and re.sub(r"['’]s$", "", name) in ctx.lex.org_suffixes:
        return True  # "the Cluster's foundation", "the Network": a bare organisation word names none
    if len(words) == 2 and words[0] in ctx.words.bare_articles and _bare_org_word(ctx, words[1]):
        return True  # "Il Cluster", "O Consórcio", "La Commission": an article before it names none either
    if all(w.rstrip(".") in ctx.lex.person_titles for w in words):
        return True  # "Ing.", "Mgr.", "Prof. Dr.", "Dr. Ing.": a person's titles read alone
    if name in country_codes():
        return True  # "Drenthe (NL)", "NL | EN": a country's code
    if len(words) > 1 and all(key(w) in ctx.lex.not_org_names for w in words):
        return True  # "Facebook LinkedIn X WhatsApp": a share line, every word a not-organisation name
    first = words[0].lower()
    lowered = " " + name.lower()
    head = ctx.words.head_split.split(name, maxsplit=1)[0].split()
    org_headed = (len(head) < len(words) and bool(head) and head[-1] in ctx.lex.org_suffixes
                  and words[-1].lower() not in ctx.lex.programme_last)
    if not org_headed and lowered.endswith(_spaced(ctx.lex.not_org_last, "")):
        return True  # "Tivoli Congress Center": a venue
    last = words[-1]
    lifted = org_headed or (defined and last.lower() in ctx.lex.defined_last_ok) or (cued and last.lower() in ctx.lex.cued_last_ok)
    # A lower-case last word is a description, not a name ending: "Bioeconomy region" is a name.
    if (last[0].isupper() or last in ("programme", "program")) and last.lower() in ctx.lex.not_org_last and not lifted:
        return True
    if "-" in last and last.rsplit("-", 1)[1].lower() in ctx.lex.not_org_last and not lifted:
        return True  # family "street name": "Viktor-Kaplan-Straße", "Johann-Strauss-Gasse" (a street's last word)
    if (len(words) > 2 and last.isupper() and last.isalpha() and words[-2][0].isupper() and words[-2].lower() in ctx.lex.not_org_last
            and not org_headed and not ctx.lex.legal_forms.fullmatch(" " + last)):
        return True  # "Cluster Management Excellence Label SILVER", "Innovation Award GOLD": a grade after the blocked word
    if first in ctx.lex.not_org_first or lowered.startswith(_spaced(ctx.lex.not_org_first, " ")):
        return True  # "Hotel Europa", "Centro de Congresos de Lugo": a venue
    if len(words) > 1 and (key(words[0]) in ctx.lex.not_org_names or key(words[0].split("-")[0]) in ctx.lex.not_org_names) \
            and words[1] not in ENVOY_HEADS:
        return True  # "INNOSUP-1 Cluster", "COSME Partnership"
    if words[0] in ctx.not_org_acronyms or words[0].split("-")[0] in ctx.not_org_acronyms:
        return True
    if len(head) < len(words) and head and head[-1][0].isupper() and head[-1].lower() in ctx.lex.not_org_last:
        return True  # "Palace of Parliament", "Programme for ..."
    if ctx.lex.role_title_re.fullmatch(name):
        return True  # "Head of Unit"
    if course_head(head, ctx.lex.data_dir):
        return True  # "Cluster Excellence Academy", "Summer School for Cluster Staff": a course, not a school
    return bool(_WEB.search(name)) or not any(c.isupper() for c in name)


@lru_cache(maxsize=8)
def _spaced(words: frozenset[str], after: str) -> tuple[str, ...]:
    """The words of two words or more of ``words``, each after a blank and before ``after``: what
    :func:`not_org` tests a name's lower-case start and end with (``str.startswith`` / ``endswith`` of a tuple, one
    call a name)."""
    return tuple(" " + w + after for w in words if " " in w)


def generic(ctx: OrgDoc, name: str) -> bool:
    """Only everyday words, nationalities and the like ("Cluster Associations", "Romanian-Hungarian")."""
    parts = [p for w in name.split() for p in w.split("-") if p]
    return all(p.lower() in STOP_WORDS or p.lower() in ctx.lex.not_person_words or p.lower().rstrip("s") in ctx.lex.not_person_words
               for p in parts)


_IN_TOWN = re.compile(r" in (?=[A-Z])")


def keeps_its_town(ctx: OrgDoc, name: str) -> bool:
    """Families "envoys" and "named with the town": "in <place>" after ``name`` is part of it. An envoy's place
    says which embassy ("Romanian Embassy in Chisinau"), and so does a nation's chamber abroad ("Finnish Chamber of
    Commerce in Japan": a demonym, then a head of ``[heads of a nation's body abroad]``); a university or hospital
    named by everyday words and nationalities only ("Technical University", "Slovak University of Technology":
    ``[heads named with their town]`` of data/org_name_words.txt) is named with its town ("Technical University in
    Kosovo Polje")."""
    words = name.split()
    if ENVOY_HEADS & set(words):
        return True
    head = ctx.words.head_split.split(name, maxsplit=1)[0].split()
    if len(head) == 2 and head[1] in ctx.words.abroad_heads and ctx.lex.data_dir is not None \
            and key(head[0]) in load_gazetteer(ctx.lex.data_dir).demonyms:
        return True
    return bool(head) and head[-1] in ctx.words.town_heads and generic(ctx, name)


def is_headed(ctx: OrgDoc, name: str) -> bool:
    """Ends in an organisation word, or its head before of/for/on or a joiner does ("Ministry of Finance",
    "Univerza v Mariboru"); rule family "name words of other languages" (data/org_name_words.txt): a front
    head opens it ("Escola Profissional de Serpa", "Gemeente Borsele"), or an organisation word that heads
    a name wherever it stands is one of its words ("Sądecki Klaster Biogospodarki")."""
    words = name.split()
    if len(words) < 2:
        return False  # "Clusters", "Park": a bare organisation word names nothing
    if words[-1] in ctx.lex.org_suffixes:
        return True
    ow = ctx.words
    if words[0] in ow.front_heads or (len(words) > 2 and " ".join(words[:2]) in ow.front_heads):
        return True
    if any(w.lower() in ow.anywhere_heads for w in words) or any(compound_head(ow, w) for w in words):
        return True
    if any(w in ENVOY_HEADS and nxt in ("to", "of", "in") for w, nxt in zip(words, words[1:])):
        return True  # family "envoys": "EU Delegation to Chile", "Embassy of Latvia"
    town = _IN_TOWN.search(name)
    if town and keeps_its_town(ctx, name[:town.start()]):
        return True  # family "named with the town": "Technical University in Kosovo Polje"
    head = ow.head_split.split(name, maxsplit=1)[0].split()
    return (len(head) < len(words) and bool(head) and head[-1] in ctx.lex.org_suffixes) or place_tail(ctx, words)


def place_tail(ctx: OrgDoc, words: list[str]) -> bool:
    """Rule family "place after the organisation word": a brand or descriptor, an organisation word and the
    place it serves ("Dairy Cluster Friesland", "Smart Mobility Cluster Žilina", "Waterstofcluster Limburg",
    "Maritime Cluster Norway-West", "Outdoor Cluster Alps"): a city, a country, an ISO 3166-2 subdivision
    (``pycountry``), a compass word or a macro-region word of data/org_name_words.txt closes the name; not after
    a name the gazetteer knows or one that is no organisation ("Enterprise Europe Network Malta": its office there)."""
    last, before = words[-1], words[-2]
    if not (len(words) >= 3 and before in ctx.lex.org_suffixes or compound_head(ctx.words, before)) or not last[:1].isupper():
        return False
    rest = " ".join(words[:-1])
    if key(rest) in ctx.lex.gazetteer_by_key or not_org(ctx, rest):
        return False  # "Enterprise Europe Network Malta": a known network's office there; "… Summer School Split"
    k = key(last)
    return any(p in ctx.lex.cities or p in ctx.lex.countries or p in ctx.words.place_tails for p in (k, k.split("-")[0], k.split()[0])) \
        or last in subdivision_names()


def compound_head(words: OrgWords, word: str) -> bool:
    """Rule family "compound heads" (data/org_name_words.txt): a capitalised compound that ends in an
    organisation word ("Holzwirtschaftsverband", "Energiecluster", "Wasserstoff-Netzwerk")."""
    low = word.lower()
    # ``endswith`` of the whole tuple first (one call, no ending at all for most words), then each ending's length
    return word[:1].isupper() and not word.isupper() and low.endswith(words.compound_heads) \
        and low not in words.not_compound_heads and any(low.endswith(h) and len(low) >= len(h) + 3 for h in words.compound_heads)


def role_phrase(ctx: OrgDoc, name: str) -> bool:
    """"Executive Director", "Consultant on Social Services", "Manager of Local Development Project":
    a role title, alone or with its field, that no organisation word heads (not "Economist Intelligence Unit")."""
    m = ctx.lex.role_title_re.match(name)
    if not m:
        return False
    rest = name[m.end():]
    return not rest.strip() or (bool(re.match(r"[ \t]+(?:of|on|for|in)[ \t]", rest)) and not is_headed(ctx, name))
