"""Rule "pattern:lower-head-bounded" (org_lower_heads.py): a name with a lower-case organisation word that is a
whole entry of a bracket or a list, punctuation on both sides, is read in every language; the capitalised words
after the head go on over a place particle ("nad", "pod"). Sentences of our own, exact organisation rows."""
from __future__ import annotations

import pytest


def _orgs(result):
    return {(o.text, o.rule) for o in result.organisations}


@pytest.mark.parametrize("text, orgs", [
    # a bracket after a person, in a Czech sentence
    ("Na valné hromadě vystoupila Jana Malá (Střední škola stavební Třebíč), která vede odborný výcvik žáků.",
     {("Střední škola stavební Třebíč", "pattern:lower-head-bounded")}),
    # a place particle inside the town's name
    ("Pracoval dvanáct let jako agronom (Zemědělské družstvo Nové Město nad Metují) a poté založil vlastní firmu.",
     {("Zemědělské družstvo Nové Město nad Metují", "pattern:lower-head-bounded")}),
    # a list entry after a colon, closed by a comma
    ("Partners of the pilot: Slovenská poľnohospodárska univerzita v Nitre, two farms and a bank.",
     {("Slovenská poľnohospodárska univerzita v Nitre", "pattern:lower-head-bounded")}),
    # inside a sentence, not a whole entry: the mid-sentence rule; opening the sentence: the plain rule
    ("The trial field of Okresný úrad Žilina opens in June.", {("Okresný úrad Žilina", "pattern:lower-head-mid")}),
    ("Okresný úrad Žilina opens its trial field in June.", {("Okresný úrad Žilina", "pattern:lower-head")}),
])
def test_org_lower_head_entries_a_whole_entry_in_any_language(extract, text, orgs):
    assert _orgs(extract(text)) == orgs
