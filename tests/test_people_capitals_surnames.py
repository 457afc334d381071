"""Rule "given-capitals-surname" (a given name, then the surname in capitals, as a list entry or a table cell: the
columns of a PDF table kept apart by spaces, a member and an alternate after a slash) and the Korean family name in
capitals of rule "surname-first-capitals"; lists of our own."""
from __future__ import annotations

import pytest

_COLUMNS = """Members of the advisory board

Name                        Organisation                         Country
Dr Ines ÅBERG-LUND          Gävle Logistics Institute            Sweden
Tomás Ó CEALLAIGH           Shannon Composites Ltd               Ireland
Maaike van der HOEK         Zeeland Mussel Cooperative           Netherlands
"""

_ALTERNATES = """Type B - Associations
Association                                 Member / Alternate                Country
Danube Foundry Network (DFN)                Renata COSTA PINTO / Lars MOEN    Austria
Atlantic Cork Platform                      Matilde FERRAZ / Henrik SOLBAKKEN Portugal
"""

_ENTRIES = """Jury of the design prize
2029 - Agathe BRUNEAU-VIDAL (Loire Design Centre)
- Prof. Kaja LINDQVIST, Umeå School of Design
Secretary: Viorica DRĂGAN; Treasurer: Ottavio di BENEDETTO
"""


@pytest.mark.parametrize("text, expected", [
    (_COLUMNS, ["Ines ÅBERG-LUND", "Tomás Ó CEALLAIGH", "Maaike van der HOEK"]),
    (_ALTERNATES, ["Renata COSTA PINTO", "Lars MOEN", "Matilde FERRAZ", "Henrik SOLBAKKEN"]),
    (_ENTRIES, ["Agathe BRUNEAU-VIDAL", "Kaja LINDQVIST", "Viorica DRĂGAN", "Ottavio di BENEDETTO"]),
])
def test_people_given_name_then_capitals_surname(rules, text, expected):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_capitals_surnames import capitals_surname_names

    assert [text[s.start:s.end] for s in capitals_surname_names(text, load_lexicon(rules.data_dir))] == expected


_ANNEX = """ANNEX - MEMBERS

Type A - Individual experts
Name                        Organisation                         Country
Dr Ines ÅBERG-LUND          Gävle Logistics Institute            Sweden
Tomás Ó CEALLAIGH           Shannon Composites Ltd               Ireland
Prof. Maaike van der HOEK   Zeeland Mussel Cooperative           Netherlands

Type B - Associations
Association                                 Member / Alternate          Country
Danube Foundry Network (DFN)                Renata COSTA PINTO /
                                            Lars MOEN                   Austria
Atlantic Cork Platform (ACP)
                                            Matilde FERRAZ / Henrik SOLBAKKEN  Portugal
"""


def test_people_capitals_surnames_in_an_annex_file(extract_file):
    """Through the real ingest of a text file (its aligned columns become cells, other rows keep one space before
    the country): the rule's names are the document's people, no given name alone beside them."""
    assert [(p.name, p.rule) for p in extract_file("annex.txt", _ANNEX).people] == [
        ("Ines ÅBERG-LUND", "table:columns"), ("Tomás Ó CEALLAIGH", "table:columns"),
        ("Maaike van der HOEK", "given-capitals-surname"),
        ("Renata COSTA PINTO", "given-capitals-surname"),
        ("Lars MOEN", "given-capitals-surname"),
        ("Matilde FERRAZ", "given-capitals-surname"),
        ("Henrik SOLBAKKEN", "given-capitals-surname")]


@pytest.mark.parametrize("text", [
    # an acronym the text also writes alone, a heading word in capitals, an organisation in capitals
    "The ROBOTIX network met in Graz.\nAnna ROBOTIX          Graz\n",
    "Programme\nMaria  CLUSTER DAYS  Vienna\n",
    "Partners\n- Victoria PORT AUTHORITY, Malta\n",
    "Contact the EISMEA helpdesk.\nSophie EISMEA / Brussels\n",
])
def test_people_capitals_surname_needs_a_name_shape(rules, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_capitals_surnames import capitals_surname_names

    assert capitals_surname_names(text, load_lexicon(rules.data_dir)) == []


@pytest.mark.parametrize("text, expected", [
    ("Delegation from Daegu\n- Mr. KANG Min-jae, Director, Daegu Robot Cluster\n"
     "- Dr. YOON Se-ra, Kyungpook National University\nLunch hosted by Dr. KANG\n", ["KANG Min-jae", "YOON Se-ra"]),
    ("Visitors | Organisation\nPARK Hye-jin | Ulsan Hydrogen Cluster\nLEE Dong-hyun | Ulsan Port Authority\n",
     ["PARK Hye-jin", "LEE Dong-hyun"]),
    ("Speakers: Ms. CHOI Yu-na; Prof. KIM Jae-won\n", ["CHOI Yu-na", "KIM Jae-won"]),
])
def test_people_korean_family_name_in_capitals(rules, text, expected):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import surname_first_names

    assert [text[s.start:s.end] for s in surname_first_names(text, load_lexicon(rules.data_dir))] == expected


def test_people_korean_family_name_in_capitals_is_the_person(extract):
    text = ("Delegation from Daegu\n- Mr. KANG Min-jae, Director, Daegu Robot Cluster\n"
            "- Dr. YOON Se-ra, Kyungpook National University\n")
    assert [(p.name, p.rule) for p in extract(text).people] == [
        ("KANG Min-jae", "surname-first-capitals"),
        ("YOON Se-ra", "surname-first-capitals")]


def test_people_korean_family_name_needs_a_two_syllable_given_name(rules):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import surname_first_names

    text = "Stands\n- KIM Robotics, hall 3\n- PARK Avenue-side entrance\n- LEE Anna-maria Group\n"
    assert surname_first_names(text, load_lexicon(rules.data_dir)) == []


def test_people_capitals_surnames_in_another_language(extract):
    """The rule reads names by their shape alone (language_neutral_rules.txt): a Spanish and a Romanian list keep
    their people."""
    text = ("La asamblea general de la asociación eligió ayer a la nueva junta directiva para los próximos cuatro años.\n"
            "Miembros de la junta:\n"
            "Lucía ARANDA PRIETO (Cerámicas del Mijares)\n"
            "Jordi VILAFRANCA (Esmaltes Levante)\n\n"
            "Adunarea generală a asociației a ales noul consiliu director pentru următorii patru ani.\n"
            "Membri:\n- Corina BĂLĂȘESCU – Portul Constanța\n")
    assert sorted((p.name, p.rule) for p in extract(text).people) == [
        ("Corina BĂLĂȘESCU", "given-capitals-surname"),
        ("Jordi VILAFRANCA", "given-capitals-surname"),
        ("Lucía ARANDA PRIETO", "given-capitals-surname")]
