"""Events named by a generic noun and its complement, with a date or place in the sentence
(``pattern:event_generic``): sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # the date before the phrase: only this rule reads it
    ("On the eve of the congress, on 14 May 2025, a round table on access to export markets brought "
     "together thirty firms in Brest.",
     [("Round table on access to export markets 2025", dt.date(2025, 5, 14), dt.date(2025, 5, 14), "Brest")]),
    ("In Tampere, on 3 March 2026, the agency organised a side event for young founders of food companies.",
     [("Side event for young founders of food companies 2026", dt.date(2026, 3, 3), dt.date(2026, 3, 3), "Tampere")]),
    ("Tomorrow, 12 November 2025, our members meet at the annual meeting of the Baltic Wood Network.",
     [("Annual meeting of the Baltic Wood Network 2025", dt.date(2025, 11, 12), dt.date(2025, 11, 12), None)]),
])
def test_event_generic_phrase_with_date_before_it(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_generic"}


@pytest.mark.parametrize("text, expected", [
    # the date after the phrase: the descriptive rule or this one; either way one row, the name ending before the clause
    ("The proposals were discussed at a side event for young founders that the agency organised on "
     "3 March 2026 in Tampere.",
     [("Side event for young founders 2026", dt.date(2026, 3, 3), dt.date(2026, 3, 3), "Tampere")]),
    ("The first meeting of the new steering group is planned for 9 July 2025 in Ghent.",
     [("First meeting of the new steering group", dt.date(2025, 7, 9), dt.date(2025, 7, 9), "Ghent")]),
    ("Members can also join an online workshop about circular packaging on 21 January 2026.",
     [("Workshop about circular packaging 2026", dt.date(2026, 1, 21), dt.date(2026, 1, 21), None)]),
    ("Results were presented at a round table with the Regional Development Agency in Porto on 2 June 2025.",
     [("Round table with the Regional Development Agency 2025", dt.date(2025, 6, 2), dt.date(2025, 6, 2), "Porto")]),
])
def test_event_generic_phrase_with_date_after_it(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "A workshop on skills would help the smaller members.",  # no date, no place: a topic
    "The chair closed the meeting with a short message to the members on 3 May 2025.",  # "with" names no party
    "We asked for a round table on energy prices.",
])
def test_event_generic_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_generic"] == []


def test_event_generic_programme_in_brackets_is_no_event(extract):
    # inside brackets: the programme of the mission, not an event of its own; the mission is one
    r = extract("The mission to Lyon on 4 May 2025 (plant visits and a matchmaking session with Regional SMEs) was full.")
    assert _rows(r) == [("Mission to Lyon 2025", dt.date(2025, 5, 4), dt.date(2025, 5, 4), "Lyon")]


@pytest.mark.parametrize("text, expected", [
    ("The cluster joined a round table on test beds organised by the Ministry of Trade and Industry in Oslo on 4 May 2025.",
     ("Round table on test beds 2025", dt.date(2025, 5, 4))),
    ("We took part in a workshop on hydrogen valleys hosted by the Chamber of Commerce and Industry on 9 June 2025.",
     ("Workshop on hydrogen valleys 2025", dt.date(2025, 6, 9))),
    ("Members attended a seminar on public procurement run by Research and Innovation Norway on 2 April 2025.",
     ("Seminar on public procurement 2025", dt.date(2025, 4, 2))),
])
def test_event_generic_and_inside_an_organiser_name_does_not_block_the_date(extract, text, expected):
    assert [(e.name, e.start_date) for e in extract(text).events] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The statement will be presented at the side event for port clusters during the Harbour Innovation Days in "
     "Kiel on 3 and 4 March 2026.",
     ("Side event for port clusters 2026", dt.date(2026, 3, 3), dt.date(2026, 3, 4), "Kiel")),
    ("Founders met investors at a workshop on seed funding at the Nordic Startup Forum in Oslo on 12 May 2025.",
     ("Workshop on seed funding 2025", dt.date(2025, 5, 12), dt.date(2025, 5, 12), "Oslo")),
    ("Members can book a round table on cyber security as part of the Danube Digital Summit in Vienna on 8 October 2025.",
     ("Round table on cyber security 2025", dt.date(2025, 10, 8), dt.date(2025, 10, 8), "Vienna")),
])
def test_event_generic_inside_a_named_event_takes_its_date_and_place(extract, text, expected):
    inner = next(e for e in extract(text).events if e.name == expected[0])
    assert (inner.name, inner.start_date, inner.end_date, inner.city) == expected


@pytest.mark.parametrize("text, expected", [
    ("Before the summer, NORDA will hold its general assembly online on 4 June 2026.",
     ("NORDA general assembly 2026", dt.date(2026, 6, 4))),
    ("After the vote, the members of BALTEX met at their annual meeting on 20 March 2025 in Riga.",
     ("BALTEX annual meeting 2025", dt.date(2025, 3, 20))),
    ("As every year, the AGRIFOOD cluster holds its board meeting on 2 February 2026.",
     ("AGRIFOOD board meeting 2026", dt.date(2026, 2, 2))),
])
def test_event_described_owner_is_the_acronym_before_its(extract, text, expected):
    assert [(e.name, e.start_date) for e in extract(text).events] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The Adriatic Boat Forum returns to Split on 4 May 2026 after its first edition in Zadar in 2024.",
     [("Adriatic Boat Forum 2026", None, dt.date(2026, 5, 4), "Split"),
      ("First Adriatic Boat Forum", 1, dt.date(2024, 1, 1), "Zadar")]),
    ("The Alpine Wood Conference will be in Graz on 2 June 2026, after its second edition in Bolzano in June 2025.",
     [("Alpine Wood Conference 2026", None, dt.date(2026, 6, 2), "Graz"),
      ("Second Alpine Wood Conference", 2, dt.date(2025, 6, 1), "Bolzano")]),
    ("The Baltic Food Summit comes to Riga on 8 October 2026; its third edition in Tartu on 9 October 2025 drew 300 guests.",
     [("Baltic Food Summit 2026", None, dt.date(2026, 10, 8), "Riga"),
      ("Third Baltic Food Summit", 3, dt.date(2025, 10, 9), "Tartu")]),
])
def test_event_series_earlier_edition_without_a_verb(extract, text, expected):
    assert sorted((e.name, e.edition, e.start_date, e.city) for e in extract(text).events) == expected


@pytest.mark.parametrize("text, expected", [
    # a mission or visit named by its destination needs only a year or a season in its sentence
    ("Our priorities for 2027 are a new academy, a business mission to Norway in spring 2027 and a new strategy.",
     [("Business mission to Norway 2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31), None)]),
    ("The cluster will organise a study visit to the Basque Country in autumn 2026.",
     [("Study visit to the Basque Country 2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), None)]),
    ("- organise a return visit to Graz in spring 2026;",
     [("Return visit to Graz 2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "Graz")]),
    ("The members will prepare a second mission to Japan for spring 2027.",
     [("Second mission to Japan", dt.date(2027, 1, 1), dt.date(2027, 12, 31), None)]),
])
def test_event_generic_destination_with_a_year(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_generic"}


@pytest.mark.parametrize("text", [
    "Our mission to support SMEs in 2026 remains the same.",  # "to" before a verb: a purpose
    "A study visit to a plant is useful for new members.",  # no name, no date
    "A business mission to Norway would help our members.",  # no date at all: a wish
    "It was our first mission to East Africa; earlier missions went to Peru (2023) and Chile (2024).",  # the years are the others'
])
def test_event_generic_destination_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_generic"] == []


@pytest.mark.parametrize("text, expected", [
    # a kick-off named by what it starts, in a dated sentence or a report's timeline line
    ("Our year\n\nMarch – Kick-off of the Interreg project WOODLINK with the Carinthian wood cluster in Villach on 12 March 2026.",
     [("Kick-off of the Interreg project WOODLINK 2026", dt.date(2026, 3, 12), dt.date(2026, 3, 12), "Villach")]),
    ("Next steps\n- An online kick-off of the working group on 14 January 2027",
     [("Online kick-off of the working group 2027", dt.date(2027, 1, 14), dt.date(2027, 1, 14), None)]),
    ("On 5 May 2026 the partners met in Tartu for the kick-off of the mentoring scheme.",
     [("Kick-off of the mentoring scheme 2026", dt.date(2026, 5, 5), dt.date(2026, 5, 5), "Tartu")]),
])
def test_event_generic_kick_off_of_something(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a list item that opens with its date, then the generic phrase without a determiner
    ("Highlights of 2026\n- 9 March 2026: study visit of twelve members to the Flanders food valley, hosted by a partner.\n",
     [("Study visit of twelve members to the Flanders food valley 2026", dt.date(2026, 3, 9), dt.date(2026, 3, 9), None)]),
    ("Our plans\n- June 2027: trade mission to Morocco (dates to be confirmed)\n",
     [("Trade mission to Morocco 2027", dt.date(2027, 6, 1), dt.date(2027, 6, 30), None)]),
    ("Calendar\n• 04.11.2026: webinar on the new packaging regulation for members\n",
     [("Webinar on the new packaging regulation for members 2026", dt.date(2026, 11, 4), dt.date(2026, 11, 4), None)]),
    ("Coming up\n- 2 December 2026: members' meeting of the Alpine Wood Network, Innsbruck\n",
     [("Members' meeting of the Alpine Wood Network 2026", dt.date(2026, 12, 2), dt.date(2026, 12, 2), "Innsbruck")]),
    # a bullet, the phrase, then its date
    ("Agenda for next year\n– Study tour to the Aragon logistics platform: autumn 2027\n",
     [("Study tour to the Aragon logistics platform 2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31), None)]),
    # a newsletter's ">>" or "»" before the item's heading
    ("News from the cluster\n>> Business mission to Oslo, 18–20 April 2031\nNine members met buyers there.\n",
     [("Business mission to Oslo 2031", dt.date(2031, 4, 18), dt.date(2031, 4, 20), "Oslo")]),
    ("News from the cluster\n» Study visit to the Ruhr valley, 4 May 2030\nTwelve firms took part.\n",
     [("Study visit to the Ruhr valley 2030", dt.date(2030, 5, 4), dt.date(2030, 5, 4), None)]),
    ("Looking back\n>> Study trip to Tallinn: 12–14 June 2032, with the ICT cluster.\n",
     [("Study trip to Tallinn 2032", dt.date(2032, 6, 12), dt.date(2032, 6, 14), "Tallinn")]),
    # a place that starts like a month's abbreviation ("Nov-", "Mar-", "Aug-") is no date
    (">> Mission to Novi Sad, 18–20 April 2031\nNine members visited the fair.\n",
     [("Mission to Novi Sad 2031", dt.date(2031, 4, 18), dt.date(2031, 4, 20), "Novi Sad")]),
    ("Coming up\n- 4 March 2031: study visit to Augsburg with the robotics network\n",
     [("Study visit to Augsburg 2031", dt.date(2031, 3, 4), dt.date(2031, 3, 4), "Augsburg")]),
    ("Coming up\n- Mission to Novara, 12–14 June 2031\n",
     [("Mission to Novara 2031", dt.date(2031, 6, 12), dt.date(2031, 6, 14), None)]),
])
def test_event_generic_list_item_opening_with_the_phrase(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_generic"}


@pytest.mark.parametrize("text", [
    # a plural opening a list item says what the item is about, not which event
    "Practical details\n- Meetings for the matchmaking can be booked online until 10 October 2026.\n",
    "Practical details\n- Workshops on safety are free for members; the next one is in Brno in May 2026.\n",
])
def test_event_generic_plural_list_item_is_no_event(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_generic"] == []


@pytest.mark.parametrize("text, expected", [
    # a twinning visit named by who goes and where; a speed-dating or course named by its complement
    ("A twinning visit of Estonian boatbuilders to Turku is planned for 14 April 2027.",
     [("Twinning visit of Estonian boatbuilders to Turku 2027", dt.date(2027, 4, 14), dt.date(2027, 4, 14), "Turku")]),
    ("The online speed-dating session for applicants on 4 March 2027 helped forty firms find partners.",
     [("Online speed-dating session for applicants 2027", dt.date(2027, 3, 4), dt.date(2027, 3, 4), None)]),
    ("A welding course for apprentices starts in Ostrava on 12 January 2027.",
     [("Welding course for apprentices 2027", dt.date(2027, 1, 12), dt.date(2027, 1, 12), "Ostrava")]),
])
def test_event_generic_visits_courses_and_speed_dating(extract, text, expected):
    assert _rows(extract(text)) == expected


_FORUM = ("Alpine Mobility Forum 2026", dt.date(2026, 6, 3), dt.date(2026, 6, 4), "Graz")


@pytest.mark.parametrize("text, expected", [
    # the B2B meetings or matchmaking session of a larger event, named by the noun alone in a dated sentence
    ("The Alpine Mobility Forum took place in Graz on 3 and 4 June 2026. The B2B meetings on 4 June were "
     "organised with the chamber of commerce.",
     [_FORUM, ("B2B meetings 2026", dt.date(2026, 6, 4), dt.date(2026, 6, 4), None)]),
    ("The Alpine Mobility Forum took place in Graz on 3 and 4 June 2026. A matchmaking session on the "
     "afternoon of 4 June led to 120 meetings.",
     [_FORUM, ("Matchmaking session 2026", dt.date(2026, 6, 4), dt.date(2026, 6, 4), None)]),
    ("On 8 October 2026 the partners met in Ghent, together with an open matchmaking session for 40 buyers.",
     [("Open matchmaking session 2026", dt.date(2026, 10, 8), dt.date(2026, 10, 8), "Ghent")]),
])
def test_event_generic_b2b_meetings_of_a_larger_event(extract, text, expected):
    assert _rows(extract(text)) == sorted(expected)


def test_event_generic_b2b_meetings_without_date_are_no_event(extract):
    assert not extract("B2B meetings work best when the profiles are ready early.").events


@pytest.mark.parametrize("text, expected", [
    # a delegation is named by where it goes, "to <the Name>", after "of <who>" too; a visit by who goes where
    ("On 14 June 2027 our delegation to the Tallinn Robotics Centre closed the programme.",
     [("Delegation to the Tallinn Robotics Centre 2027", dt.date(2027, 6, 14), dt.date(2027, 6, 14), "Tallinn")]),
    ("A delegation of nine furniture makers to Chile is planned for March 2027.",
     [("Delegation of nine furniture makers to Chile 2027", dt.date(2027, 3, 1), dt.date(2027, 3, 31), None)]),
    ("Last week our delegation to Ostrava met the regional development agency on 3 May 2027.",
     [("Delegation to Ostrava 2027", dt.date(2027, 5, 3), dt.date(2027, 5, 3), "Ostrava")]),
    ("The follow-up visit of Slovene wood firms to Graz took place on 12 and 13 October 2026.",
     [("Follow-up visit of Slovene wood firms to Graz 2026", dt.date(2026, 10, 12), dt.date(2026, 10, 13), "Graz")]),
])
def test_event_generic_visit_or_delegation_named_by_its_destination(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "A delegation of the ministry attended the opening on 4 May 2027.",  # who came, not where it went
    "On 3 May 2027 a delegation of the Basque wood cluster travelled to Vietnam for a week.",  # "to" after the verb
    "On 4 May 2027 the programme ended with a visit to the Graz Design Centre.",  # a visit without who: a programme item
    "A visit of the mayor on 4 May 2027 was the highlight.",
    "Visit our website before 4 May 2027 to register.",  # the verb
    "The members enjoyed the visit to the new plant on 4 May 2027.",  # no named destination
])
def test_event_generic_visit_or_delegation_without_destination_is_no_event(extract, text):
    assert _rows(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a hard-wrapped line may break right after the determiner, with no space before the line break
    ("Already on Monday 4 May 2026 the partners of the project WOODLINK gather in Vigo for their\n"
     "third partner meeting, hosted by the cluster.",
     [("Third WOODLINK partner meeting", dt.date(2026, 5, 4), dt.date(2026, 5, 4), "Vigo")]),
    ("In the week of 8 June 2026 the region organised a\nround table on port logistics with the chamber.",
     [("Round table on port logistics 2026", dt.date(2026, 6, 8), dt.date(2026, 6, 8), None)]),
    ("Highlights of 2026\n\nJune – Study visit to the Port of Gdynia on 9 June 2026, with ten members.",
     [("Study visit to the Port of Gdynia 2026", dt.date(2026, 6, 9), dt.date(2026, 6, 9), "Gdynia")]),
])
def test_event_generic_phrase_across_a_line_break(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # who goes, then where: a visit or mission named by its destination needs only a year after it
    ("The partners agreed on a study trip of twelve Irish dairy firms to Bavaria in autumn 2030.",
     [("Study trip of twelve Irish dairy firms to Bavaria 2030", dt.date(2030, 1, 1), dt.date(2030, 12, 31), None)]),
    ("Our plans include a business mission of young founders to Lisbon in 2031.",
     [("Business mission of young founders to Lisbon 2031", dt.date(2031, 1, 1), dt.date(2031, 12, 31), "Lisbon")]),
    ("The board approved a return visit of Slovene toolmakers to Brno in early 2029.",
     [("Return visit of Slovene toolmakers to Brno 2029", dt.date(2029, 1, 1), dt.date(2029, 12, 31), "Brno")]),
])
def test_event_generic_visitors_then_destination_with_a_year(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_event_generic_purpose_of_a_cluster_is_no_mission(extract):
    assert _rows(extract("The mission of the cluster is to help bakeries export to Canada in 2031.")) == []


@pytest.mark.parametrize("text, expected", [
    # a visit named by the site it goes to or the thing it shows, a day in its sentence or its list item's date
    ("On 9 October 2031 the partners will join a site visit to Kalmar Energi's recycling line before the workshop.",
     [("Site visit to Kalmar Energi's recycling line 2031", dt.date(2031, 10, 9), dt.date(2031, 10, 9), None)]),
    ("- 22 May 2030: company visit to Nordholm Foods in Vejle, limited to 20 participants",
     [("Company visit to Nordholm Foods 2030", dt.date(2030, 5, 22), dt.date(2030, 5, 22), "Vejle")]),
    ("After the plenary, on 18 March 2032, participants can book a guided visit of the new hydrogen test hall.",
     [("Guided visit of the new hydrogen test hall 2032", dt.date(2032, 3, 18), dt.date(2032, 3, 18), None)]),
    ("On 5 June 2031 delegates can take a technical tour to the Lillebaelt offshore harbour.",
     [("Technical tour to the Lillebaelt offshore harbour 2031", dt.date(2031, 6, 5), dt.date(2031, 6, 5), None)]),
    ("An excursion to the Sjöberg timber plant is planned for 14 September 2030.",
     [("Excursion to the Sjöberg timber plant 2030", dt.date(2030, 9, 14), dt.date(2030, 9, 14), None)]),
    # a network's social gathering or a hearing, named with whom or what it is for
    ("The farewell party for our founding director takes place on 30 June 2033 in Tartu.",
     [("Farewell party for our founding director 2033", dt.date(2033, 6, 30), dt.date(2033, 6, 30), "Tartu")]),
    ("Members are welcome at the summer party of the association on 4 July 2032 in Ghent.",
     [("Summer party of the association 2032", dt.date(2032, 7, 4), dt.date(2032, 7, 4), "Ghent")]),
    ("Our chair spoke at a hearing on rural broadband in Brussels on 12 February 2031.",
     [("Hearing on rural broadband 2031", dt.date(2031, 2, 12), dt.date(2031, 2, 12), "Brussels")]),
])
def test_event_generic_visits_gatherings_and_hearings(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_generic"}


@pytest.mark.parametrize("text", [
    "The hearing of the witnesses lasted for hours.",  # no date, no place
    "Our site visit report was sent to members on 3 May 2031.",  # a document about the visit, no complement
    "The company visited Bremen on 4 May 2031 for a hearing.",  # the bare noun: an anaphor, no name
])
def test_event_generic_visits_and_hearings_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_generic"] == []


@pytest.mark.parametrize("text, expected", [
    # each destination with "to" and its date after "in", in brackets after the noun or after a colon
    ("The partners ran three study tours (to Styria in May 2031, to Friuli in June 2032 and to Bavaria in April 2033).",
     [("Study tour to Bavaria 2033", dt.date(2033, 4, 1), dt.date(2033, 4, 30), None),
      ("Study tour to Friuli 2032", dt.date(2032, 6, 1), dt.date(2032, 6, 30), None),
      ("Study tour to Styria 2031", dt.date(2031, 5, 1), dt.date(2031, 5, 31), None)]),
    ("The network organised two business missions: to Chile in March 2030 and to Peru in October 2031.",
     [("Business mission to Chile 2030", dt.date(2030, 3, 1), dt.date(2030, 3, 31), None),
      ("Business mission to Peru 2031", dt.date(2031, 10, 1), dt.date(2031, 10, 31), None)]),
    ("Members joined study visits (to the Basque Country in spring 2029 and to Upper Austria in June 2030).",
     [("Study visit to Upper Austria 2030", dt.date(2030, 6, 1), dt.date(2030, 6, 30), None),
      ("Study visit to the Basque Country 2029", dt.date(2029, 1, 1), dt.date(2029, 12, 31), None)]),
])
def test_event_trip_list_destinations_with_in_dates(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_trip_list"}


@pytest.mark.parametrize("text, expected", [
    # earlier trips after a plural trip noun, one a destination, each with its year or date in brackets
    ("It was the network's first mission to Africa; earlier missions went to Chile (2027) and Vietnam (2029).",
     [("Mission to Chile 2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31), None),
      ("Mission to Vietnam 2029", dt.date(2029, 1, 1), dt.date(2029, 12, 31), None)]),
    ("Since 2026 the cluster has run study visits every year: to Austria (2027), to the Basque Country (2028) and "
     "to Finland (Oulu, 3–5 June 2030).",
     [("Study visit to Austria 2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31), None),
      ("Study visit to Finland 2030", dt.date(2030, 6, 3), dt.date(2030, 6, 5), "Oulu"),
      ("Study visit to the Basque Country 2028", dt.date(2028, 1, 1), dt.date(2028, 12, 31), None)]),
    # a name that is no known place before the date in the brackets is where the trip went: a fair
    ("Results of the project:\n- Three trade missions: Cologne (Anuga, October 2029), Lisbon (May 2030) and\n"
     "  Oslo (March 2031).\n",
     [("Trade mission to Anuga 2029", dt.date(2029, 10, 1), dt.date(2029, 10, 31), "Cologne"),
      ("Trade mission to Lisbon 2030", dt.date(2030, 5, 1), dt.date(2030, 5, 31), "Lisbon"),
      ("Trade mission to Oslo 2031", dt.date(2031, 3, 1), dt.date(2031, 3, 31), "Oslo")]),
    # the destinations right after the noun, the first with "to" (a list wrapped over lines), or after a dash
    ("Over the project the partners organised study trips to Umeå (June 2031),\nBergen (September 2031) and Cork "
     "(May 2032). Forty firms took part.",
     [("Study trip to Bergen 2031", dt.date(2031, 9, 1), dt.date(2031, 9, 30), "Bergen"),
      ("Study trip to Cork 2032", dt.date(2032, 5, 1), dt.date(2032, 5, 31), "Cork"),
      ("Study trip to Umeå 2031", dt.date(2031, 6, 1), dt.date(2031, 6, 30), "Umeå")]),
    ("In two review visits – Porto (3–4 March 2033) and Gdańsk (9–10 June 2033) – the experts met the hosts.",
     [("Review visit to Gdańsk 2033", dt.date(2033, 6, 9), dt.date(2033, 6, 10), "Gdańsk"),
      ("Review visit to Porto 2033", dt.date(2033, 3, 3), dt.date(2033, 3, 4), "Porto")]),
    ("The cluster ran business missions to Chile (2029) and to Peru (2030) with the chamber.",
     [("Business mission to Chile 2029", dt.date(2029, 1, 1), dt.date(2029, 12, 31), None),
      ("Business mission to Peru 2030", dt.date(2030, 1, 1), dt.date(2030, 12, 31), None)]),
])
def test_event_trip_list_by_destination(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_trip_list"}


@pytest.mark.parametrize("text", [
    "Our missions went to Japan (2024).",  # one destination: no list
    "The study trips to Japan (2024) were the best rated service.",  # one destination after the noun: no list
    "Two review visits – the hosts (see photos) and the experts (video) – were praised.",  # no year in the brackets
    "The visits: the members praised the organisation (see photos) and the hosts (video).",  # no year in the brackets
])
def test_event_trip_list_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_trip_list"] == []


@pytest.mark.parametrize("text, expected", [
    # a ceremonial or public act named by its noun, "of" and what it is done to, in a dated sentence
    ("The signing of the cooperation agreement between the two clusters took place in Tallinn on 14 March 2033.",
     [("Signing of the cooperation agreement between the two clusters 2033", dt.date(2033, 3, 14), dt.date(2033, 3, 14), "Tallinn")]),
    ("On 9 October 2032 the mayor attended the official inauguration of the new welding school.",
     [("Official inauguration of the new welding school 2032", dt.date(2032, 10, 9), dt.date(2032, 10, 9), None)]),
    ("The handover of the innovation vouchers to twelve firms was held on 3 February 2034.",
     [("Handover of the innovation vouchers to twelve firms 2034", dt.date(2034, 2, 3), dt.date(2034, 2, 3), None)]),
    ("Members are invited to the opening of the shared testing hall on 21 May 2031 in Kortrijk.",
     [("Opening of the shared testing hall 2031", dt.date(2031, 5, 21), dt.date(2031, 5, 21), "Kortrijk")]),
    ("On 2 June 2035 delegates joined a guided tour of the hydrogen refuelling depot.",
     [("Guided tour of the hydrogen refuelling depot 2035", dt.date(2035, 6, 2), dt.date(2035, 6, 2), None)]),
    ("Both mayors attended the signing of the twinning charter on 18 November 2033 in Split.",
     [("Signing of the twinning charter 2033", dt.date(2033, 11, 18), dt.date(2033, 11, 18), "Split")]),
])
def test_event_generic_ceremonial_acts_named_by_of(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_generic"}


@pytest.mark.parametrize("text", [
    "The opening of the call is planned for 3 May 2033.",  # a call's step, no public act
    "Schools can book a guided tour for pupils on 4 June 2032.",  # "for": who joins, no object of the act
    "The opening of new export markets remains the board's priority.",  # no date, no place
    "The opening of registrations on 12 January 2034 was announced by e-mail.",  # a call's step
])
def test_event_generic_ceremonial_acts_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_generic"] == []


def test_event_generic_ceremonial_act_with_a_quoted_object_only_is_no_bare_noun(extract):
    # the object is a quoted area's name the complement cannot hold: no bare "Guided tour"
    r = extract('On 7 May 2036 the delegates joined a guided tour of the "Smart Packaging" area at the fair.')
    assert [e.name for e in r.events if e.rule == "pattern:event_generic"] == []
