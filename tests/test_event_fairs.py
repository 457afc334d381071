"""Trade fairs named by a stand at them or by a lower-case fair noun (``pattern:event_fair``),
calendar rows with a type column or an en dash marker, and social events and visits in lists:
sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # a stand, booth or pavilion at the fair, with words between the cue and "at"
    ("Twelve members shared a joint stand at Fruit Logistica in Berlin from 5 to 7 February 2026.",
     [("Fruit Logistica 2026", D(2026, 2, 5), D(2026, 2, 7), "Berlin")]),
    ("In September the cluster ran a collective stand of eleven boatbuilders at the Salone Nautico di Genova "
     "(17–22 September 2026).",
     [("Salone Nautico di Genova 2026", D(2026, 9, 17), D(2026, 9, 22), "Genoa")]),
    ("Three start-ups exhibited at Agritechnica in Hanover on 12 November 2025.",
     [("Agritechnica 2025", D(2025, 11, 12), D(2025, 11, 12), "Hanover")]),
    # the name before a lower-case fair noun (the noun stays), or after it
    ("A delegation of ten firms will travel to the Baltexpo exhibition in Gdańsk in June 2027.",
     [("Baltexpo exhibition 2027", D(2027, 6, 1), D(2027, 6, 30), "Gdańsk")]),
    ("The results will be shown on 4 May 2027, back-to-back with the MSV engineering fair in Brno.",
     [("MSV engineering fair 2027", D(2027, 5, 4), D(2027, 5, 4), "Brno")]),
    ("On the last day the group toured the mining suppliers' fair Exponor 2026 on 13 May 2026.",
     [("Exponor 2026", D(2026, 5, 13), D(2026, 5, 13), None)]),
])
def test_event_fair_named_by_stand_or_noun(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_fair",) for e in expected]


@pytest.mark.parametrize("text", [
    "Our booth at the Brno Exhibition Centre was visited by 400 people on 3 May 2026.",  # the venue
    "The treasurer did not stand again at the vote on 3 May 2026.",  # the verb
    "A stand at Munich on 4 May 2026 was small, a booth at ICE on 5 May 2026 too.",  # a place, an acronym
])
def test_event_fair_not_a_venue_place_or_verb(extract, text):
    assert _rows(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a type column before the title: "<Type>: <Title>"; a place column is not a title
    (">> 14 April 2027 | Webinar | Batteries for tractors: the new rules | online | free\n"
     ">> 3 May 2027 | Workshop | Lean assembly for small suppliers | Brno | members only\n"
     ">> 20 May 2027 | Plant visit | Moravia Gears, Zlín\n",
     [("Plant visit: Moravia Gears 2027", D(2027, 5, 20), D(2027, 5, 20), "Zlín"),
      ("Webinar: Batteries for tractors: the new rules 2027", D(2027, 4, 14), D(2027, 4, 14), None),
      ("Workshop: Lean assembly for small suppliers 2027", D(2027, 5, 3), D(2027, 5, 3), "Brno")]),
    # an en dash as the list marker, the date then a colon
    ("Upcoming events\n"
     "– 3 March 2027: Webinar \"Hydrogen valves: what buyers expect\", 10:00–11:00, online\n"
     "– 12 March 2027: Spring get-together of the Basel member clusters, Basel\n",
     [("Spring get-together of the Basel member clusters 2027", D(2027, 3, 12), D(2027, 3, 12), "Basel"),
      ("Webinar Hydrogen valves: what buyers expect 2027", D(2027, 3, 3), D(2027, 3, 3), None)]),
])
def test_event_row_type_column_and_dash_marker(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_row",) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # "<date> | <place> | <title>": the place cell says where, the next cell is the title
    ("Upcoming\n\n14.03.2027 | Ghent | Spring meeting of the packaging working group\n"
     "21.04.2027 | Lyon | Plant tour at a cable maker – with the regional agency\n"
     "02.05.2027 | online | Webinar on recycled polymers\n",
     [("Plant tour at a cable maker 2027", D(2027, 4, 21), D(2027, 4, 21), "Lyon"),
      ("Spring meeting of the packaging working group 2027", D(2027, 3, 14), D(2027, 3, 14), "Ghent"),
      ("Webinar on recycled polymers 2027", D(2027, 5, 2), D(2027, 5, 2), None)]),
    # a lower-case format note in the place cell ("hybrid", "in person"), a place with its country code
    ("Past events\n\n- 3 May 2026 | hybrid | Members' breakfast on energy prices\n"
     "- 9 June 2026 | Tartu (EE) | Summer school for young engineers\n",
     [("Members' breakfast on energy prices 2026", D(2026, 5, 3), D(2026, 5, 3), None),
      ("Summer school for young engineers 2026", D(2026, 6, 9), D(2026, 6, 9), "Tartu")]),
    ("Dates\n- 4 May 2027 | in person | Round table on port data\n- 9 May 2027 | members only | Networking lunch\n",
     [("Networking lunch 2027", D(2027, 5, 9), D(2027, 5, 9), None),
      ("Round table on port data 2027", D(2027, 5, 4), D(2027, 5, 4), None)]),
])
def test_event_row_place_column_before_the_title(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_row",) for e in expected]


def test_event_row_lower_case_cell_that_is_no_place_is_no_title(extract):
    text = "Dates\n- 4 May 2027 | tbd later | Round table on port data\n- 9 May 2027 | see below | Networking lunch\n"
    assert [e for e in extract(text).events if e.rule == "pattern:event_row"] == []


@pytest.mark.parametrize("text, expected", [
    # social events and visits as calendars list them: title, dash or colon, date
    ("Coming up\n- Christmas networking evening – 17 December 2026, Riga\n- Harbour Days – 9 September 2027\n",
     [("Christmas networking evening 2026", D(2026, 12, 17), D(2026, 12, 17), "Riga"),
      ("Harbour Days 2027", D(2027, 9, 9), D(2027, 9, 9), None)]),
    ("Next steps\n- Board retreat: February 2027 (date to be confirmed)\n",
     [("Board retreat 2027", D(2027, 2, 1), D(2027, 2, 28), None)]),
    ("The programme\n- Company visit – 4 June 2026, Aveiro\n- Open day – 11 June 2026, Coimbra\n",
     [("Company visit 2026", D(2026, 6, 4), D(2026, 6, 4), "Aveiro"),
      ("Open day 2026", D(2026, 6, 11), D(2026, 6, 11), "Coimbra")]),
])
def test_event_social_and_visit_rows(extract, text, expected):
    assert [r[:4] for r in _rows(extract(text))] == expected


def test_event_fair_stand_at_name_with_its_noun(extract):
    # the stand cue and the fair noun both point at the name: the noun stays in it
    r = extract("The board proposed a joint stand at the Podravka fair in Zagreb on 12 May 2026.")
    assert _rows(r) == [("Podravka fair 2026", D(2026, 5, 12), D(2026, 5, 12), "Zagreb", "pattern:event_fair")]


def test_event_fair_edition_year_before_the_noun(extract):
    r = extract("Members may book the joint stand at the BOATEX 2026 fair in Amsterdam (17–19 November 2026).")
    assert _rows(r) == [("Boatex 2026", D(2026, 11, 17), D(2026, 11, 19), "Amsterdam", "pattern:event_fair")]


@pytest.mark.parametrize("text, expected", [
    # the fair a delegation or a trip goes to, its place or date right after it
    ("In March 2027 the cluster took a delegation of nine food makers to Foodex Saudi in Riyadh.",
     [("Foodex Saudi 2027", D(2027, 3, 1), D(2027, 3, 31), "Riyadh")]),
    ("Twenty members travelled with us to Fensterbau Frontale in Nuremberg (19–22 March 2030).",
     [("Fensterbau Frontale 2030", D(2030, 3, 19), D(2030, 3, 22), "Nuremberg")]),
    ("The trip to **Elmia Subcontractor** in Jönköping on 12 November 2026 was fully booked.",
     [("Elmia Subcontractor 2026", D(2026, 11, 12), D(2026, 11, 12), "Jönköping")]),
    # "during" alone: the time of a fair
    ("Buyers from Oman will meet our members during Agrofood Gulf in Dubai, 24–27 November 2031.",
     [("Agrofood Gulf 2031", D(2031, 11, 24), D(2031, 11, 27), "Dubai")]),
])
def test_event_fair_a_delegation_or_trip_goes_to(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_fair",) for e in expected]


@pytest.mark.parametrize("text", [
    "A delegation of six firms travelled to Rotterdam on 4 May 2027.",  # a place
    "The delegation travelled to Volvo Cars in Gothenburg on 3 May 2027.",  # a firm
    "Our delegation to Kaunas University of Technology on 8 May 2027 met two professors.",  # an organisation
    "A delegation to Ostfalia in Wolfsburg is planned, date to be fixed.",  # no date in the sentence
])
def test_event_fair_trip_not_to_a_place_firm_or_undated(extract, text):
    assert [r for r in _rows(extract(text)) if r[-1] == "pattern:event_fair"] == []


@pytest.mark.parametrize("text, expected", [
    # a hard-wrapped line may break with no space before the line break
    ("Nine members shared a joint\nstand at Fruit Logistica in Berlin from 4 to 6 February 2027.",
     [("Fruit Logistica 2027", D(2027, 2, 4), D(2027, 2, 6), "Berlin")]),
    ("In May the cluster ran a pavilion at\nAgritechnica in Hanover on 10 November 2027.",
     [("Agritechnica 2027", D(2027, 11, 10), D(2027, 11, 10), "Hanover")]),
])
def test_event_fair_named_by_stand_across_a_line_break(extract, text, expected):
    assert _rows(extract(text)) == [e + ("pattern:event_fair",) for e in expected]


@pytest.mark.parametrize("text, name", [
    # the name ends at the full stop that ends its sentence, not with the next sentence's first word
    ("In March nine members exhibited at Fruit Logistica. The stand drew many visitors.", "Fruit Logistica"),
    ("Members showed their robots at a joint stand at Agritechnica. Sales were good.", "Agritechnica"),
    ("Our furniture makers exhibited at Salone del Mobile.Milano. We thank the team.", "Salone del Mobile.Milano"),
])
def test_fair_name_ends_with_its_sentence(extract, text, name):
    assert [e.name for e in extract(text).events if e.rule == "pattern:event_fair"] == [name]


@pytest.mark.parametrize("text, expected", [
    # a listed fair before the lower-case noun "fair" / "exhibition": named as listed
    ("In June 2031 we take eleven start-ups to the VivaTech fair in Paris.", [("VivaTech 2031", "pattern:event_fair")]),
    ("Our members met buyers from Asia at the JEC World fair in March 2031.", [("JEC World 2031", "pattern:event_fair")]),
    ("Four shipyards will travel to the Nor-Shipping exhibition in Lillestrøm on 2 June 2031.",
     [("Nor-Shipping 2031", "pattern:event_fair")]),
    # an unlisted fair keeps its noun
    ("Six sawmills showed their products at the Drava timber fair in May 2031.", [("Drava timber fair 2031", "pattern:event_fair")]),
])
def test_listed_fair_named_without_its_noun(extract, text, expected):
    assert sorted({(e.name, e.rule) for e in extract(text).events}) == expected

