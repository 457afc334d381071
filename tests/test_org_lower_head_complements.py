"""Organisation names of languages that write inner words in lower case, with a lower-case complement between
the head and the capitalised place ("<adjective> agentura rozvoje <Place>"): the whole name, not its first
two words. Sentences of our own, exact organisation rows."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The project is led by Regionální agentura rozvoje Jihlava, with partners in Austria.",
     ["Regionální agentura rozvoje Jihlava"]),
    ("Members: Regionální agentura rozvoje Jihlava, Agentur für Wirtschaftsförderung Graz.",
     ["Agentur für Wirtschaftsförderung Graz", "Regionální agentura rozvoje Jihlava"]),
    ("The pilot is run by Drvni klaster za razvoj Slavonije in Osijek.",
     ["Drvni klaster za razvoj Slavonije"]),
    ("Jihomoravský klastr obnovitelné energie Brno joined the network in May.",
     ["Jihomoravský klastr obnovitelné energie Brno"]),
    # an English word after the head ends the name there
    ("Our partner, the Moravian klastr, welcomed new members.", ["Moravian klastr"]),
])
def test_org_lower_head_takes_its_complement_and_place(extract, text, expected):
    r = extract(text)
    assert sorted(o.name for o in r.organisations) == expected
    # a name that is a whole entry, punctuation on both sides, is read by the bounded variant, one opened inside a
    # sentence by the mid-sentence one (org_lower_heads.py)
    assert {o.rule for o in r.organisations if "lastr" in o.name or "agentura" in o.name or "klaster" in o.name} <= {
        "pattern:lower-head", "pattern:lower-head-bounded", "pattern:lower-head-mid"}
