"""Family name-bracket-org for the people read after the role stage (people_order_affiliations.py): a Hungarian name
written family name first, or a Greek-script name, followed by its organisation in brackets is that person's
affiliation, once (a row the role stage already made for the same person and organisation is not repeated)."""
from __future__ import annotations

import pytest

CASES = [
    ("Hozzászólások: Kovács Eszter (Hajdúsági Sajtüzem Kft.) a képzési program bővítését javasolta. Nagy Tamás "
     "(Debreceni Mézház Bt.) a közös standot támogatta.\n",
     {("Kovács Eszter", "", "Hajdúsági Sajtüzem Kft.", "role:name-bracket-org"),
      ("Nagy Tamás", "", "Debreceni Mézház Bt.", "role:name-bracket-org")}),
    ("A közgyűlés jegyzőkönyv-hitelesítőnek Varga Péter (Tokaji Borház Zrt.) és Balogh Judit (Alföldi Tészta Kft.) urat "
     "és asszonyt választotta.\n",
     {("Varga Péter", "", "Tokaji Borház Zrt.", "role:name-paren"),
      ("Balogh Judit", "", "Alföldi Tészta Kft.", "role:name-bracket-org")}),
    ("Στη συζήτηση μίλησαν η Ελένη Παππά (Ελαιουργία Χίου Α.Ε.) και ο Γιώργος Νικολάου (Αλιευτικός Συνεταιρισμός "
     "Καλύμνου).\n",
     {("Ελένη Παππά", "", "Ελαιουργία Χίου Α.Ε.", "role:name-bracket-org"),
      ("Γιώργος Νικολάου", "", "Αλιευτικός Συνεταιρισμός Καλύμνου", "role:name-bracket-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_bracket_affiliation_of_a_name_read_after_the_roles(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected
