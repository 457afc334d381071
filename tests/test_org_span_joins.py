"""Organisation names cut, joined or prefixed wrongly: two names at a comma (org_units.py), a person's title after
"and" (org_names.name_pieces, organisations._before_title), German "der" inside a name (data/org_name_words.txt
``[joiners]``), a hyphenated street name (org_context.not_org), two people joined by "and" at a list item's start
(org_cues._people_pair), a town and a comma before an entity's name (org_ner._past_place), a heading in capitals left
when the line cut takes the organisation word (org_spans.add), and the role held in the
parent of a "parent, unit" field (roles._parents_first)."""
from __future__ import annotations

import pytest


def _rows(result) -> set[tuple[str, str]]:
    return {(o.name, o.rule) for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    # a unit after its parent, the unit's name with "and" inside
    ("Researchers of the University of Tarnova, Marine and Coastal Institute joined the pilot.",
     {("University of Tarnova", "pattern:org-head"), ("Marine and Coastal Institute", "pattern:org-head")}),
    # two partners
    ("Guests came from Kestrel University of Technology, Northern Maritime Academy and two firms.",
     {("Kestrel University of Technology", "pattern:org-head"), ("Northern Maritime Academy", "pattern:org-head")}),
    # a faculty after its university
    ("The survey was run by the University of Pelmora, Faculty of Shipbuilding and Ocean Engineering in spring.",
     {("University of Pelmora", "pattern:org-head"), ("Faculty of Shipbuilding and Ocean Engineering", "pattern:org-head")}),
    # a field list after the comma is no second name
    ("The Ministry of Economy, Tourism and Sport opened the fair.",
     {("Ministry of Economy, Tourism and Sport", "pattern:org-head")}),
    ("Support came from the Committee on Industry, Research and Energy.",
     {("Committee on Industry, Research and Energy", "pattern:org-head")}),
])
def test_org_two_names_at_a_comma(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The talk by Dr. Ana Vidal of the University of Dorvik and Prof. Jan Hol of the Harbour Institute closed the day.",
     {("University of Dorvik", "pattern:org-head"), ("Harbour Institute", "pattern:org-head")}),
    ("Thanks go to the Chamber of Commerce of Fenwick and Mrs Lena Brandt for the venue.",
     {("Chamber of Commerce of Fenwick", "pattern:org-head")}),
    ("Welcome words came from the Port Authority of Kalmora and Dr. Paul Amsel, its director.",
     {("Port Authority of Kalmora", "pattern:org-head")}),
])
def test_org_name_ends_before_a_title_after_and(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("A meeting with the Amt der Salzburger Landesregierung is planned for May.",
     {("Amt der Salzburger Landesregierung", "pattern:org-head")}),
    ("The Verband der Chemischen Industrie signed the letter with two clusters.",
     {("Verband der Chemischen Industrie", "pattern:org-head")}),
    ("Letters went to the Amt der Kärntner Landesregierung and the Amt der Steiermärkischen Landesregierung in March.",
     {("Amt der Kärntner Landesregierung", "pattern:org-head"), ("Amt der Steiermärkischen Landesregierung", "pattern:org-head")}),
    ("The Fachverband der Holzindustrie Österreichs signed the letter.",
     {("Fachverband der Holzindustrie Österreichs", "pattern:org-head")}),
])
def test_org_german_der_inside_a_name(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The tests ran at the Technologiezentrum Energie der Hochschule Kelmbach last winter.",
     {("Technologiezentrum Energie", "pattern:org-head"), ("Hochschule Kelmbach", "pattern:org-head")}),
    ("Staff of the Institut für Werkstoffe der Universität Dornfeld visited the plant.",
     {("Institut für Werkstoffe", "pattern:org-head"), ("Universität Dornfeld", "pattern:org-head")}),
    ("The Kompetenzzentrum Leichtbau der Universität Dornfeld leads the work package.",
     {("Kompetenzzentrum Leichtbau", "pattern:org-head"), ("Universität Dornfeld", "pattern:org-head")}),
    # a compound head alone before "der" is a unit too (one word names no organisation row of its own)
    ("The founders met at the Gründerzentrum der Universität Dornfeld in May.",
     {("Universität Dornfeld", "pattern:org-head")}),
])
def test_org_german_der_between_a_unit_and_its_parent(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_role_in_a_unit_of_its_parent_goes_to_the_parent_and_the_unit_keeps_its_row(extract):
    # (role_org_units.py, org-after-unit after a connector: the training gold names the parent, blind45/57/58; the unit
    # keeps its affiliation row, unit-before-org)
    text = "Jana Holm, Head of the Directorate of Rural Planning of the Region of Dunmere, opened the fair."
    assert {(r.person, r.organisation) for r in extract(text).roles} == {("Jana Holm", "Region of Dunmere"),
                                                                        ("Jana Holm", "Directorate of Rural Planning")}


@pytest.mark.parametrize("text, expected", [
    ("The cluster office is hosted by Acme Technologiezentrum GmbH, Johann-Strauss-Gasse 4, 1040 Wien.",
     {("Acme Technologiezentrum GmbH", "legal-form")}),
    ("The secretariat is run by Nordholz Innovation GmbH, Karl-Marx-Allee 90, 10243 Berlin.",
     {("Nordholz Innovation GmbH", "legal-form")}),
    ("The network is managed by Alpenwerk Forschung GmbH, Anton-Bruckner-Straße 12, 4020 Linz.",
     {("Alpenwerk Forschung GmbH", "legal-form")}),
])
def test_org_hyphenated_street_is_no_organisation(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Companies taking part:\n- Jonas Berg and Karin Holm, Nordvik Plast AB\n- Tiago Reis, Atlantic Moulds Lda.",
     {("Nordvik Plast AB", "legal-form"), ("Atlantic Moulds Lda", "legal-form")}),
    ("Member companies present:\n- Ana Costa and Rui Matos, Tejo Tooling Lda.\n- Paula Dias, Minho Moulds S.A.",
     {("Tejo Tooling Lda", "legal-form"), ("Minho Moulds S.A.", "legal-form")}),
    ("Partner organisations at the fair:\n- Eva Novak and Petr Dvorak, Brno Plastics s.r.o.\n- Moravian Tooling Cluster",
     {("Brno Plastics s.r.o.", "legal-form"), ("Moravian Tooling Cluster", "pattern:org-head")}),
])
def test_org_two_people_joined_by_and_open_a_list_item(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Programme, day two\nTuesday, 14 March 2034\nKraków, Małopolska Regional Development Agency\nWelcome by the host",
     {("Małopolska Regional Development Agency", "ner:ORG")}),
    ("Programme, day three\nWednesday, 15 March 2034\nGdańsk, Pomeranian Science and Technology Park\nClosing words",
     {("Pomeranian Science and Technology Park", "ner:ORG")}),
])
def test_org_entity_after_a_town_and_a_comma(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("row, expected", [
    ("<td>PP2</td><td>University of Pelmora, Faculty of Marine Studies</td><td>Pelmora</td><td>Prof. Dr. Ivo Marek</td>",
     ("Ivo Marek", "University of Pelmora")),
    ("<td>PP3</td><td>Kestrel University of Technology, Institute of Logistics</td><td>Kestrel</td><td>Dr. Lena Brandt</td>",
     ("Lena Brandt", "Kestrel University of Technology")),
    ("<td>PP4</td><td>Brenford University, Centre for Water Studies</td><td>Brenford</td><td>Mr Paul Amsel</td>",
     ("Paul Amsel", "Brenford University")),
])
def test_role_held_in_the_parent_of_a_parent_unit_field(extract_file, row, expected):
    page = ("<html><body><h2>Partners</h2><table><tr><th>No.</th><th>Partner</th><th>City</th><th>Contact</th></tr>"
            f"<tr>{row}</tr></table></body></html>")
    assert {(r.person, r.organisation) for r in extract_file("partners.html", page).roles} == {expected}


def test_role_keeps_a_field_of_two_names_without_a_unit_whole(extract_file):
    page = ("<html><body><h2>Partners</h2><table><tr><th>No.</th><th>Partner</th><th>City</th><th>Contact</th></tr>"
            "<tr><td>PP5</td><td>Kestrel Maritime Academy, Dorvik University</td><td>Kestrel</td><td>Dr. Lena Brandt</td></tr>"
            "</table></body></html>")
    assert {(r.person, r.organisation) for r in extract_file("partners.html", page).roles} == {
        ("Lena Brandt", "Kestrel Maritime Academy, Dorvik University")}


@pytest.mark.parametrize("text, expected", [
    ("PEER REVIEW REPORT\nCluster organisation: Dunmere Water Cluster (DWC), Dunmere",
     {("Dunmere Water Cluster", "pattern:acronym-definition")}),
    ("ANNUAL ACTIVITY REPORT\nCluster manager: Jana Holm", set()),
    ("FINAL EVALUATION SUMMARY\nNetwork coordinator: Kestrel Food Network",
     {("Kestrel Food Network", "pattern:org-head")}),
])
def test_org_heading_in_capitals_over_a_label_is_no_name(extract, text, expected):
    assert _rows(extract(text)) == expected
