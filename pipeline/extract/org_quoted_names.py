"""Rule ``"pattern:quoted-name"`` (family "quoted part of a name"): an organisation's name that carries a patron, a
brand or a motto in quotes, after its organisation words ("Technical School "Ivan Horvat"", "Klaster „Zlatna dolina"")
or, for a patron, before them ("the "Vasile Alecsandri" University of Bacău"). :func:`pipeline.extract.org_names.from_runs`
calls both on each capitalised run.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import key
from pipeline.extract.org_context import OrgDoc, is_headed, not_org
from pipeline.extract.org_spans import run_at
from pipeline.extract.shapes import ORG_CONNECTORS, Span, clean, is_acronym

_QUOTED = re.compile(r"[ \t]+[\"“„«]([^\"“”„«»\n]{2,40})[\"”“»]")
_OF_PLACE = re.compile(r"[ \t]+(?:of|from)[ \t]+(?=[A-Z])")


_TOWN_AFTER = re.compile(r"[ \t]+([^\W\d_][\w-]*)(?![\w'’-])")
_QUOTED_BEFORE = re.compile(r"[\"“„«]([^\"“”„«»\n]{2,40})[\"”“»][ \t]+$")


def quoted_patron(ctx: OrgDoc, piece: Span) -> Span | None:
    """Rule ``"pattern:quoted-name"`` (family "quoted part of a name"), the patron in quotes before the name: a
    university, faculty, college or hospital named after a person writes the patron's name in quotes before its
    organisation words ("the "Vasile Alecsandri" University of Bacău", "„Angel Kanchev" University of Ruse"):
    the quotes are part of the name. Inside: one to four capitalised words (joiners between them); after: a name
    a ``[heads named with their town]`` word heads. The patron's name opens with a given name or an initial."""
    t = ctx.text
    q = _QUOTED_BEFORE.search(t, max(0, piece.start - 50), piece.start)
    if q is None:
        return None
    inside = q.group(1).split()
    if not 1 <= len(inside) <= 4 or not all(w[:1].isupper() or w in ctx.words.joiners for w in inside) \
            or not inside[-1][:1].isupper() or not (starts_with_given_name(q.group(1), ctx.lex) or re.match(r"[A-Z]\.", inside[0])):
        return None  # "the "Smart Ports" Technical University …": a title, no patron
    name = clean(t[piece.start:piece.end])
    head = ctx.words.head_split.split(name, maxsplit=1)[0].split()
    if not head or head[-1] not in ctx.words.town_heads or not is_headed(ctx, name):
        return None
    return Span(q.start(), piece.end)


def quoted_part(ctx: OrgDoc, run: Span, piece: Span) -> Span | None:
    """Rule ``"pattern:quoted-name"`` (family "quoted part of a name"): an organisation's name that carries a
    patron, a brand or a motto in quotes, as schools, universities and associations of many countries write
    it: "Acme Cluster Association "AcmeNet"", "Technical School "Ivan Horvat"", "University "Petar Beron" of
    Varna" ("of/from <place>" goes on when an organisation word opens the name). Before the quotes: a phrase
    headed by an organisation word, an organisation word alone, or a school's acronym ("ITIS"); inside: one
    to five capitalised words (joiners between them), a name and not a title ("Webinar "Blue skills for
    ports"" is an event). Family "town after the quotes": a known town (the place gazetteer) right after the closing quote is the
    name's too, as schools, universities and clusters of South-East Europe write it ("Universiteti "Ukshin Hoti"
    Prizren", "University "St. Kliment Ohridski" Bitola", "Honey Cluster "Medena" Veles")."""
    t = ctx.text
    q = _QUOTED.match(t, piece.end)
    if q is None:
        return None
    lead = re.search(r"(?<![\w-])[A-Z]{2,6}[ \t]$", t[max(0, piece.start - 8):piece.start])  # "ITS Academy": trim took
    start = piece.start - len(lead.group()) if lead and run.start < piece.start else piece.start  # the acronym for "its"
    words = clean(t[start:piece.end]).split()
    if len(words) > 1 and (is_acronym(words[-1]) and not is_headed(ctx, " ".join(words)) or (
            len(words) > 2 and words[-2] in ("of", "at", "from") and words[-1] in ctx.lex.org_suffixes | ctx.words.front_heads)):
        start, words = piece.end - len(words[-1]), words[-1:]  # "pupils of ITIS "Fermo Solari"", "Staff of University "…""
    before = " ".join(words)
    inside = q.group(1).split()
    if not words or not 1 <= len(inside) <= 5 or not inside[0][:1].isupper() or any(
            not (w[:1].isupper() or w[:1].isdigit() or w in ctx.words.joiners or w.lower() in ORG_CONNECTORS
                 or w.lower() in ("i", "of", "and") or _own_language_word(q, w)) for w in inside) \
            or not (inside[-1][:1].isupper() or _own_language_word(q, inside[-1])):
        return None
    opens = words[0] in ctx.lex.org_suffixes or words[0] in ctx.words.front_heads
    if not (opens and len(words) == 1) and (not_org(ctx, before) or not (
            is_headed(ctx, before) or opens or (len(words) == 1 and is_acronym(words[0]) and len(words[0]) >= 3))):
        return None
    end = q.end()
    place = _OF_PLACE.match(t, end) if opens else None
    tail = run_at(ctx, place.end()) if place else None
    if tail is not None and tail.start == place.end():
        end = tail.end
    town = _TOWN_AFTER.match(t, end) if place is None else None
    if town and town.group(1)[:1].isupper() and key(town.group(1)) in ctx.lex.cities:
        end = town.end()  # family "town after the quotes": "Universiteti "Ukshin Hoti" Prizren", "Cluster "Medena" Veles"
    return Span(start, end)


def _own_language_word(q: re.Match[str], word: str) -> bool:
    """Family "quoted name in its own language": a lower-case word inside the quotes belongs to the name when the
    quotes or the name are another language's ("„Šumadijsko voće"", "„Модна линия"", "«Лісова майстерня»": the
    low opening quote and the guillemets are no English quotes, or a letter outside ASCII), and it is no English
    stop word ("Cluster "Blue skills for ports"" stays a title)."""
    return word.lower() not in STOP_WORDS and (q.group()[q.group().find(q.group(1)) - 1] in "„«"
                                               or any(ord(c) > 127 for c in q.group(1)))
