"""Family "two names joined by and" (:func:`pipeline.extract.org_names.name_pieces` asks it where a capitalised run
holds two organisations' names around an "and"): an acronym alone before "and" and a headed name after it, or a whole
name whose organisation word stands at its front and a name an acronym or a front head opens after it, or an authority's
name and a brand; another language's "and" with an article after it (:func:`name_after_and`); and family "a list of
names", two whole names around a list's comma (:func:`listed_names`)."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.data_files import data_lines, org_name_word_sections
from pipeline.extract.org_context import NAMES_AND, OrgDoc, is_headed, not_org
from pipeline.extract.lexicon import key
from pipeline.extract.shapes import is_acronym
from pipeline.extract.world import country_codes, subdivision_names

__all__ = ["two_names", "listed_names", "name_after_and", "authority_and_name", "portfolio_and_the"]

_IN_TAIL = re.compile(r"[ \t\n]+in[ \t\n]+.*$", re.S)
_NEXT_JOIN = re.compile(NAMES_AND + r"|[ \t]*,[ \t\n]*")


def two_names(ctx: OrgDoc, left: str, right: str) -> bool:
    """Family "two names joined by and": an acronym alone before "and" and a name an organisation word heads after
    it are two organisations ("RMTC and Holzcluster Altmark", "ECVT and Danube Water Cluster Network"); an acronym
    opens no longer name that way ("Ministry for Science and Education" stays one name: no acronym before "and").
    And the other way round: a whole name whose organisation word stands at its front, before the place or the
    field it serves ("Région Normandie", "University of Minho", "Province of Utrecht", "TU Graz"), then a name an
    acronym or a front head opens, or one that an organisation word heads ("… and CITEVE", "… and HAROPA PORT",
    "… and FH JOANNEUM", "… and ROM Utrecht Region", "… and Belledonne Loisirs Cluster"): a field after "and" is no
    name of its own ("Ministry of Industry and Trade", "University of Natural Resources and Life Sciences")."""
    right = _IN_TAIL.sub("", right)  # "… Cluster Network in March": the run went on past the name
    if (len(right.split()) >= 2 and is_headed(ctx, right) and " " not in left and is_acronym(left)
            and len(left) >= 3 and left not in country_codes()):
        return True
    if _brand_and_placed_name(ctx, left, _NEXT_JOIN.split(right, maxsplit=1)[0]) or authority_and_name(ctx, left, right):
        return True
    # (only up to the next "and" or comma: "Ministry of Industry and Trade and the Ministry of …" is not split at its first "and")
    return _front_headed(ctx, left) and _opens_a_name(ctx, _NEXT_JOIN.split(right, maxsplit=1)[0])


def portfolio_and_the(ctx: OrgDoc, left: str, right: str) -> bool:
    """Family "a portfolio closed by and the": a name whose organisation word heads a comma list of the fields it serves
    closes the list with "and the" and one more field ("Department of Agriculture, Food and the Marine", "Ministry of
    Culture, Heritage and the Gaeltacht", "Ministry of Agriculture, Rural Development and the Environment"): one name,
    not a name and another called "Marine". The head names its body before of/for and the list; the field before the
    comma's last item and the one after "and the" are short capitalised phrases that no organisation word heads, no
    acronym and no name of the gazetteer ("… of Finance, Enterprise Ireland and the IDA" stays a list of names)."""
    if "," not in left:
        return False
    head, _, fields = left.partition(",")
    last = fields.rsplit(",", 1)[-1].split()
    nxt = _NEXT_JOIN.split(_IN_TAIL.sub("", right), maxsplit=1)[0].split()  # "… and the Environment in Nicosia"
    if not _front_headed(ctx, head.strip()) or not ctx.words.head_split.search(head):
        return False
    return all(0 < len(part) <= 3 and _field(ctx, part) for part in (last, nxt))


def _field(ctx: OrgDoc, words: list[str]) -> bool:
    """Capitalised words that name a field, not an organisation (no organisation word, acronym, gazetteer name or place)."""
    name = " ".join(words)
    k = key(name)
    return (all(w[:1].isupper() or w in ("and", "of") for w in words) and not any(is_acronym(w) for w in words)
            and not is_headed(ctx, name) and k not in ctx.lex.gazetteer_by_key and k not in ctx.lex.cities
            and k not in ctx.lex.countries)


def _brand_and_placed_name(ctx: OrgDoc, left: str, right: str) -> bool:
    """A one-word brand before "and" and a name that a town or country opens and an organisation word heads after it
    are two organisations ("Centexbel and Ghent University", "Tecnalia and Bilbao Chamber of Commerce", "Sintef and Norway
    Health Tech"): a field before "and" would be a common word, and a place opens no field ("Research and Innovation
    Centre", "Audit and Risk Committee" stay one name). The brand is no word the text writes in lower case, no place."""
    words = right.split()
    if " " in left or len(words) < 2 or not left[:1].isupper():
        return False
    place = key(words[0])
    if not (place in ctx.lex.cities or place in ctx.lex.countries) or key(left) in ctx.lex.cities or key(left) in ctx.lex.countries:
        return False
    return is_headed(ctx, right) and not not_org(ctx, left) and left.lower() not in ctx.lower_words


def _front_headed(ctx: OrgDoc, name: str) -> bool:
    """A name of two words or more whose organisation word opens it, or heads it before of/for ("University of
    Minho", "Regional Council of Ostrobothnia"): the name is whole before what follows it."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[0] in ctx.words.front_heads:
        return True
    head = ctx.words.head_split.split(name, maxsplit=1)[0].split()
    return bool(head) and len(head) < len(words) and head[-1] in ctx.lex.org_suffixes


def _opens_a_name(ctx: OrgDoc, name: str) -> bool:
    """An acronym of three capitals or more opens it (not a country's code nor a word the data says names no
    organisation: "ICT", "SMEs"), or a front head of two words or more ("FH Technikum Wien", "Fondazione Carnia").
    A name that only ends in an organisation word may be a field of the first one ("… Science and Digital Society",
    "… Regional Coordination and Development Commission"): no second name."""
    words = name.split()
    if not words:
        return False
    first = words[0]
    if is_acronym(first) and sum(c.isupper() for c in first) >= 3 and first not in country_codes() and not not_org(ctx, first):
        return True
    return len(words) >= 2 and first in ctx.words.front_heads


_LOWER_LEAD = re.compile(r"(?:[a-zà-ÿ]{1,5}(?:[ \t\n]+|['’](?=[^\W\d_])))+")


def name_after_and(ctx: OrgDoc, left: str, right: str) -> int:
    """Family "two names joined by and", another language's "and" with an article or a preposition after it
    ("Fundació Acme i de la Cambra de Comerç de Reus", "Clusterul Acme și de Asociația Cluster Beta", "Regione
    Acme e l'Agenzia Beta", "Pôle Acme et de la Chambre régionale"): where the second name starts in ``right`` (the
    number of characters before it), when a whole name stands before "and" and the words after the article are a
    name an organisation word heads, as :func:`two_names` reads English "and"; -1 when "and" joins no two names."""
    lead = _LOWER_LEAD.match(right)
    if lead is None or not is_headed(ctx, left) or len(left.split()) < 2:
        return -1
    rest = right[lead.end():]
    nxt = _NEXT_JOIN.split(rest, maxsplit=1)[0]
    return lead.end() if _head_complete(ctx, nxt) else -1


def listed_names(ctx: OrgDoc, left: str, right: str) -> bool:
    """Family "a list of names": a run carried over a comma of a list ("… with Region Acme, Acme University and
    the Beta Centre", "… supported by Município de Acme, Município da Beta and …", "… the Université de Acme, CNRS
    and …") holds two names when a whole name stands before the comma (headed, two words or more) and a whole name
    after it (its head before of/for, or an acronym of three capitals or more); not a unit and its parent, which the
    text writes with a comma ("Faculty of Agriculture, Acme University", ``data/org_subunit_heads.txt``), nor a name
    whose comma lists its fields ("Chamber of Commerce, Enterprise and Industry"), nor a place after a name
    ("Regional Directorate of Agriculture, Plovdiv")."""
    words = left.split()
    if len(words) < 2 or not (is_headed(ctx, left) or _authority(ctx, words)):
        return False
    units = _unit_heads(ctx.lex.data_dir)
    head = ctx.words.head_split.split(left, maxsplit=1)[0].split()
    if any(w.split("-")[0] in units for w in (words[0], head[-1] if head else "", words[-1])):
        return False
    nxt = _NEXT_JOIN.split(right, maxsplit=1)[0].strip()
    k = key(nxt)
    if k in ctx.lex.cities or k in ctx.lex.countries:
        return False
    if is_acronym(nxt) and sum(c.isupper() for c in nxt) >= 3 and nxt not in country_codes() and not not_org(ctx, nxt):
        return True
    return _head_complete(ctx, nxt)


def _head_complete(ctx: OrgDoc, name: str) -> bool:
    """Two words or more, and the part before its of/for/joiner is a name of its own (ends in an organisation word,
    or a front head opens it): "Acme University", "Development Bank of Acme", "Asociația Cluster Acme", not
    "Technology of the Acme University" (a field, then the parent)."""
    if len(name.split()) < 2:
        return False
    head = ctx.words.head_split.split(name, maxsplit=1)[0]
    return name.split()[0] in ctx.words.front_heads or (len(head.split()) >= 2 and is_headed(ctx, head))


def authority_and_name(ctx: OrgDoc, left: str, right: str) -> bool:
    """Family "two names joined by and": a regional or local authority's whole name before "and" ("the Acme Region
    and Beta Invest", "Region Acme and Acmeport", "Acme County and the Acme Development Agency") and a name after it
    that opens with a capitalised word the text never writes in lower case and that is no place ("… Region and
    Lombardy" stays a place): an authority's name takes no field after "and"."""
    words = left.split()
    nxt = _NEXT_JOIN.split(right, maxsplit=1)[0].split()
    if len(words) < 2 or not nxt or not _authority(ctx, words) or not nxt[0][:1].isupper():
        return False
    k = key(nxt[0])
    if k in ctx.lex.cities or k in ctx.lex.countries or key(" ".join(nxt)) in ctx.lex.cities or nxt[0] in subdivision_names():
        return False
    return nxt[0].lower() not in ctx.lower_words and not not_org(ctx, " ".join(nxt))


def _authority(ctx: OrgDoc, words: list[str]) -> bool:
    """A regional or local authority's name: "Region Acme", "Acme County" (``[place-first authority words]`` and
    ``[authority words]`` of data/org_name_words.txt)."""
    first, last = _authority_words(ctx.lex.data_dir)
    return words[0] in first or words[-1] in last


@lru_cache(maxsize=4)
def _authority_words(data_dir) -> tuple[frozenset[str], frozenset[str]]:
    sections = org_name_word_sections(data_dir) if data_dir else {}
    return frozenset(sections.get("place-first authority words", [])), frozenset(sections.get("authority words", []))


@lru_cache(maxsize=4)
def _unit_heads(data_dir) -> frozenset[str]:
    """The unit words of data/org_subunit_heads.txt (Faculty, Department, Institute, …), as written."""
    return frozenset(data_lines(data_dir / "org_subunit_heads.txt")) if data_dir else frozenset()
