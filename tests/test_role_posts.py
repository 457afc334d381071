"""Rule family "board role, then the post" (statement_posts.py): a board or member list gives each name its office
there and then its post at its own employer ("Name, Director, Chief Executive, Acme Ltd"). The first title is the
name's role with no organisation; the second (``line:name-role-post`` on a list line, ``apposition-post`` in prose)
is read with the organisation after it, instead of the post being taken for the organisation."""
from __future__ import annotations


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


def test_board_list_lines_give_the_board_role_and_the_post(extract):
    result = extract("The board of the cluster at year end:\n\n"
                     "- Niamh Byrne, Director, Chief Executive, Westport Seafoods Ltd\n"
                     "- Colm Hegarty, Secretary, Head of Operations, Galway Marine Services Ltd\n"
                     "- Ruth Kavanagh, Director, Plant Manager, Shannon Polymers DAC\n")
    assert roles(result) == {
        ("Niamh Byrne", "Director", None, "role:line:name-role"),
        ("Niamh Byrne", "Chief Executive", "Westport Seafoods Ltd", "role:line:name-role-post"),
        ("Colm Hegarty", "Secretary", None, "role:line:name-role"),
        ("Colm Hegarty", "Head of Operations", "Galway Marine Services Ltd", "role:line:name-role-post"),
        ("Ruth Kavanagh", "Director", None, "role:line:name-role"),
        ("Ruth Kavanagh", "Plant Manager", "Shannon Polymers DAC", "role:line:name-role-post"),
    }


def test_a_post_in_capitals_is_no_organisation(extract):
    result = extract("Bestuur 2031:\n- Pieter de Vries, Penningmeester, CFO, Noordzee Logistiek B.V.\n")
    assert roles(result) == {("Pieter de Vries", "Penningmeester", None, "role:line:name-role"),
                             ("Pieter de Vries", "CFO", "Noordzee Logistiek B.V.", "role:line:name-role-post")}


def test_board_role_and_post_in_prose(extract):
    result = extract("At the meeting, Tomás Reyes, Director, Head of Innovation, Biolab Andalucía S.L., presented the "
                     "pilot results.")
    assert roles(result) == {("Tomás Reyes", "Director", None, "role:apposition"),
                             ("Tomás Reyes", "Head of Innovation", "Biolab Andalucía S.L.", "role:apposition-post")}
    result = extract("Junta directiva: Laura Gómez, Vocal, Directora General, Conservas del Norte S.A.; Pablo Ruiz, "
                     "Secretario, Gerente, Pesca Atlántica S.L.")
    assert roles(result) == {
        ("Laura Gómez", "Vocal", None, "role:apposition"),
        ("Laura Gómez", "Directora General", "Conservas del Norte S.A.", "role:apposition-post"),
        ("Pablo Ruiz", "Secretario", None, "role:apposition"),
        ("Pablo Ruiz", "Gerente", "Pesca Atlántica S.L.", "role:apposition-post"),
    }


def test_an_organisation_after_the_role_stays_its_organisation(extract):
    # no title opens the next segment: the apposition's organisation, one row
    result = extract("- Orla Quinn, Chief Executive, Westport Seafoods Ltd, Mayo\n")
    assert roles(result) == {("Orla Quinn", "Chief Executive", "Westport Seafoods Ltd", "role:line:name-role")}
