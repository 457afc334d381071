"""Board offices written before their holder (statement_apposed.py, rule ``the-role-is-name``: "The new chair of the
network is Jane Doe, …", "Its vice-chair is Dr. John Roe"), a board seat's qualifier on a list line's label
(statement_role_first.py, family "seat qualifier": "Vice-President (industry): …", "vice-chair for research: …") and
the lists of a presidency or steering body (``[board cues]`` of role_own_offices.txt): the office is the own
organisation's, the person's employer an affiliation row of its own."""
from __future__ import annotations

import pytest

_HEAD = "Nordic Seafood Alliance – News\n\nThe Nordic Seafood Alliance brings together 40 clusters.\n\n"


def _rows(result, person):
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("sentence, person, expected", [
    ("The new chair of the Alliance is Maren Holt, director of Bergen Fish Hub AS since 2029.", "Maren Holt",
     {("chair", "Nordic Seafood Alliance", "role:the-role-is-name+org-after-role"),
      ("director", "Bergen Fish Hub AS", "role:apposition")}),
    ("The board met in Tromsø. Its vice-chair is Dr. Lasse Kvalheim.", "Lasse Kvalheim",
     {("vice-chair", "Nordic Seafood Alliance", "role:the-role-is-name+own-org")}),
    ("The board met in Bodø.\n\nVice-chair is **Oda Rasmussen**, who sells salt.", "Oda Rasmussen",
     {("Vice-chair", "Nordic Seafood Alliance", "role:the-role-is-name+own-org")}),
])
def test_office_before_its_holder(extract, sentence, person, expected):
    assert _rows(extract(_HEAD + sentence), person) == expected


@pytest.mark.parametrize("sentence", [
    "The treasurer was Pia Lund until 2031.",  # a former holder: "was" is no verb of the rule
    "Our export director is Pia Lund's deputy.",  # the name does not close the phrase
])
def test_no_holder_read(extract, sentence):
    assert not {r for r in _rows(extract(_HEAD + sentence), "Pia Lund") if r[2].startswith("role:the-role-is-name")}


@pytest.mark.parametrize("line, person, role", [
    ("- Vice-President (fish farming): Knut Aas, Aas Havbruk AS", "Knut Aas", "Vice-President"),
    ("• vice-chair for young members: Ida Berg, Berg Trawl AS", "Ida Berg", "vice-chair for young members"),
    ("- Treasurer (processing college) : Ola Dahl, Dahl Filet AS", "Ola Dahl", "Treasurer"),
])
def test_seat_qualifier_on_a_board_list(extract, line, person, role):
    text = _HEAD + "The general assembly elected its board for 2034–2036:\n\n" + line + "\n"
    rows = {r[:2] for r in _rows(extract(text), person)}
    assert (role, "Nordic Seafood Alliance") in rows
    assert ("", line.rsplit(", ", 1)[1]) in rows


def test_steering_group_heading_is_a_board_cue(extract):
    text = _HEAD + "## Steering group 2034–2036\n\n- Chair: Sara Nyberg, Nyberg Mussels AB\n"
    assert _rows(extract(text), "Sara Nyberg") == {("Chair", "Nordic Seafood Alliance", "role:role-label+org-after-role+own-board"),
                                                   ("", "Nyberg Mussels AB", "role:name-comma-org")}


def test_office_labels_in_a_french_release(extract):
    # a release in French that keeps the offices' English names: the label's shape reads them in any language
    text = ("COMMUNIQUÉ DE PRESSE\n\nLe pôle Armor Composites Marins élit son nouveau bureau\n\n"
            "Réuni en Assemblée Générale le 7 mars à Brest, le pôle Armor Composites Marins (ACM) a renouvelé son conseil "
            "d'administration. Le nouveau Board s'est réuni et a désigné son bureau :\n\n"
            "- Vice-President (collège PME) : Yann Kerlo, Managing Director, Kerlo Résines SARL\n"
            "- Treasurer : Jeanne Morvan, CFO, Morvan Gréements SA\n\n"
            "À propos d'Armor Composites Marins\nLe pôle fédère 120 adhérents en Bretagne.\n")
    r = extract(text)
    assert ("Vice-President", "Armor Composites Marins") in {x[:2] for x in _rows(r, "Yann Kerlo")}
    assert ("Treasurer", "Armor Composites Marins") in {x[:2] for x in _rows(r, "Jeanne Morvan")}
