"""Family "two names joined by and" (:func:`pipeline.extract.org_names.name_pieces` asks it where a capitalised run
holds two organisations' names around an "and"): an acronym alone before "and" and a headed name after it, or a whole
name whose organisation word stands at its front and a name an acronym or a front head opens after it."""
from __future__ import annotations

import re

from pipeline.extract.org_context import NAMES_AND, OrgDoc, is_headed, not_org
from pipeline.extract.lexicon import key
from pipeline.extract.shapes import is_acronym
from pipeline.extract.world import country_codes

__all__ = ["two_names"]

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
    if _brand_and_placed_name(ctx, left, _NEXT_JOIN.split(right, maxsplit=1)[0]):
        return True
    # (only up to the next "and" or comma: "Ministry of Industry and Trade and the Ministry of …" is not split at its first "and")
    return _front_headed(ctx, left) and _opens_a_name(ctx, _NEXT_JOIN.split(right, maxsplit=1)[0])


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
