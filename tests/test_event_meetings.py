"""Meetings named by their noun alone with their date beside them (``pattern:event_meeting``), missions
as generic events, and the key-value header under an event's title line: sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # a date right after the noun ("on", "of"), a place and date in brackets, after a comma
    ("At the Annual General Meeting on 12 June 2025, members elected a new chair.",
     [("Annual General Meeting 2025", D(2025, 6, 12), D(2025, 6, 12), None)]),
    ("The General Assembly of 12 June 2025 elected a new board for three years.",
     [("General Assembly 2025", D(2025, 6, 12), D(2025, 6, 12), None)]),
    ("The notes of the 9th Board meeting (Tartu, 3 March 2026) were approved.",
     [("Ninth Board meeting", D(2026, 3, 3), D(2026, 3, 3), "Tartu")]),
    ("The steering committee meeting, 18 November 2025, adopted the work plan.",
     [("Steering committee meeting 2025", D(2025, 11, 18), D(2025, 11, 18), None)]),
    ("The kick-off meeting of 2 February 2026 in Bilbao gathered eleven partners.",
     [("Kick-off meeting 2026", D(2026, 2, 2), D(2026, 2, 2), "Bilbao")]),
    # a verb saying it is held; "next" is no part of the name
    ("Membership fees stay unchanged. The next General Assembly will take place on 20 October 2026.",
     [("General Assembly 2026", D(2026, 10, 20), D(2026, 10, 20), None)]),
    ("The Nordwind Cluster held its General Assembly in Kiel on 14 May 2025.",
     [("General Assembly 2025", D(2025, 5, 14), D(2025, 5, 14), "Kiel")]),
    ("Members approved the plan; the extraordinary general meeting on 30 January 2026 voted on the merger.",
     [("Extraordinary general meeting 2026", D(2026, 1, 30), D(2026, 1, 30), None)]),
    ("Our members' meeting is scheduled for 5 December 2025 in Graz.",
     [("Members' meeting 2025", D(2025, 12, 5), D(2025, 12, 5), "Graz")]),
    # the year written after the noun
    ("Our annual meeting 2025 was held in Lund on 2 April 2025.",
     [("Annual meeting 2025", D(2025, 4, 2), D(2025, 4, 2), "Lund")]),
])
def test_event_meeting_noun_with_its_date(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text, expected", [
    # a project's final conference or event: "final" stays, it says which conference
    ("The Interreg project WOODLINK ended with a final conference in Vigo on 4 and 5 May 2026.",
     [("Final conference 2026", D(2026, 5, 4), D(2026, 5, 5), "Vigo")]),
    ("A final conference in Lisbon is planned for June 2027, at the end of the project.",
     [("Final conference 2027", D(2027, 6, 1), D(2027, 6, 30), "Lisbon")]),
    ("Over 200 people joined the final conference of the Horizon Europe project AGRITWIN at Kursaal Hall on 9 October 2026.",
     [("Final conference of the Horizon Europe project AGRITWIN 2026", D(2026, 10, 9), D(2026, 10, 9), None)]),
    ("She said the final event will take place in Rijeka on 3 December 2026.",
     [("Final event 2026", D(2026, 12, 3), D(2026, 12, 3), "Rijeka")]),
])
def test_event_meeting_final_conference(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an annual general meeting written by its acronym, dated right beside it ("on", "of", a verb of holding)
    ("The treasurer told the board that he will not stand again at the AGM on 14 October 2031.",
     [("AGM 2031", D(2031, 10, 14), D(2031, 10, 14), None)]),
    ("The present board was elected at the AGM of 3 December 2033 for a term of two years.",
     [("AGM 2033", D(2033, 12, 3), D(2033, 12, 3), None)]),
    ("The network's AGM took place on Friday 19 May 2034 in Cork, with sixty members present.",
     [("AGM 2034", D(2034, 5, 19), D(2034, 5, 19), "Cork")]),
    # "next" stays with the acronym: alone it would name no meeting
    ("Our statutes were revised last year. The next AGM is scheduled for November 2032.",
     [("Next AGM 2032", D(2032, 11, 1), D(2032, 11, 30), None)]),
    ("Fees stay as they are. The next AGM will take place in Tralee in April 2036.",
     [("Next AGM 2036", D(2036, 4, 1), D(2036, 4, 30), "Tralee")]),
])
def test_event_meeting_agm_acronym(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


def test_event_meeting_agm_without_a_date_is_no_event(extract):
    assert list(extract("Members may send motions for the AGM to the secretary at any time.").events) == []


def test_event_meeting_two_meetings_stay_apart(extract):
    r = extract("The notes of the 9th Board meeting (Tartu, 3 March 2026) were approved and the 10th board "
                "meeting of 12 May 2026 adopted the budget.")
    assert _rows(r) == [("Ninth Board meeting", D(2026, 3, 3), D(2026, 3, 3), "Tartu"),
                        ("Tenth board meeting", D(2026, 5, 12), D(2026, 5, 12), None)]


@pytest.mark.parametrize("text", [
    "The General Assembly approved the accounts and discharged the Board on 3 May 2025.",  # the body acts
    "The board meeting agenda was sent on 3 May 2025.",  # the noun describes another noun
    "The board meeting in 2020 changed the statutes.",  # only a year: which meeting?
    "Their general assembly takes place every spring.",  # no date
    "The final conference of SOILNET closed three years of work.",
])
def test_event_meeting_not_events(extract, text):
    assert list(extract(text).events) == []


@pytest.mark.parametrize("text, expected", [
    ("In March 2026 the cluster led a trade mission to Seoul with twelve firms.",
     [("Trade mission to Seoul 2026", D(2026, 3, 1), D(2026, 3, 31), "Seoul")]),
    ("The incoming mission of Kenyan buyers to Antwerp on 4 June 2026 was a success.",
     [("Incoming mission of Kenyan buyers to Antwerp 2026", D(2026, 6, 4), D(2026, 6, 4), "Antwerp")]),
    # who goes and where it goes both name it
    ("Its centrepiece is a trade mission of twelve small and mid-sized food firms to Japan from 3 to 7 March 2026.",
     [("Trade mission of twelve small and mid-sized food firms to Japan 2026", D(2026, 3, 3), D(2026, 3, 7), None)]),
    ("A joint mission to India of three clusters took place in November 2024.",
     [("Joint mission to India of three clusters 2024", D(2024, 11, 1), D(2024, 11, 30), None)]),
])
def test_event_generic_missions(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_event_generic_mission_to_a_verb_is_a_purpose(extract):
    assert list(extract("Our mission to support SMEs in Porto started on 3 May 2025.").events) == []


@pytest.mark.parametrize("text, expected", [
    # a Markdown table under the title line; the registration deadline is not the event's date
    ("# Nordic Hydrogen Clusters Forum 2026\n\n*The yearly meeting point of hydrogen clusters.*\n\n| | |\n|---|---|\n"
     "| **Date** | Wednesday, 9 September 2026, 9:00–17:00 |\n| **Venue** | Aalto Hall, Espoo, Finland |\n"
     "| **Registration** | until 20 August 2026 |\n\nThe forum brings together eighty clusters.\n",
     ("Nordic Hydrogen Clusters Forum 2026", D(2026, 9, 9), D(2026, 9, 9), "Espoo")),
    # label and value separated by a tab, under a heading with a label
    ("## Next edition: Adriatic Boat Clusters Summit 2027\n\nWhen\t14–15 May 2027\nWhere\tZadar, Croatia\n\n"
     "Registrations open in January.\n",
     ("Adriatic Boat Clusters Summit 2027", D(2027, 5, 14), D(2027, 5, 15), "Zadar")),
    # a plain table without bold labels, the date row second
    ("Green Ports Matchmaking Day\n\n| Where | Port House, Antwerp |\n| When | 2 December 2026 |\n\nOne day of B2B talks.\n",
     ("Green Ports Matchmaking Day 2026", D(2026, 12, 2), D(2026, 12, 2), "Antwerp")),
])
def test_event_key_value_header_dates_the_title(extract, text, expected):
    assert {(e.name, e.start_date, e.end_date, e.city) for e in extract(text, fmt="md").events} == {expected}


def test_event_key_value_header_far_below_is_not_taken(extract):
    text = ("Maritime Skills Webinar\n\nA webinar for training managers of port clusters.\n\nSpeakers to be announced.\n\n"
            "Partners: three ports.\n\nMaterials online.\n\nRecording later.\n\nQuestions welcome.\n\nDate: 4 June 2026\n")
    assert {(e.name, e.start_date) for e in extract(text).events} == {("Maritime Skills Webinar", None)}


SERIES_PAGE = """# Baltic Wood Days – the event series

The Baltic Wood Days bring the timber clusters of the Baltic Sea together every spring.

## Past editions

- **2025 – Tartu, Estonia**, 6–7 May 2025. Host: a wood cluster. 180 participants.
- **2024 – Kaunas, Lithuania**, 14–15 May 2024. Host: a furniture cluster.
- **2023** – cancelled.
- **2022 – online**, 3 June 2022 (one day).
"""

SERIES_TABLE = """# Danube Food Clusters Forum

The Danube Food Clusters Forum is held every autumn by the network.

## Previous editions

| Edition | Year | Place | Theme |
|---|---|---|---|
| 1st | 2022 | Novi Sad, Serbia | Short supply chains |
| 2nd | 2023 | Ruse, Bulgaria | Water in food processing |
"""


@pytest.mark.parametrize("text, expected", [
    # bullets opening with the year; a cancelled year is no event
    (SERIES_PAGE, {("Baltic Wood Days 2025", D(2025, 5, 6), D(2025, 5, 7), "Tartu"),
                   ("Baltic Wood Days 2024", D(2024, 5, 14), D(2024, 5, 15), "Kaunas"),
                   ("Baltic Wood Days 2022", D(2022, 6, 3), D(2022, 6, 3), None)}),
    # a table whose first cell is the edition's ordinal and the second its year
    (SERIES_TABLE, {("First Danube Food Clusters Forum", D(2022, 1, 1), D(2022, 12, 31), "Novi Sad"),
                    ("Second Danube Food Clusters Forum", D(2023, 1, 1), D(2023, 12, 31), "Ruse")}),
    # a title with a label before the series and its colon: the series is the part after it
    (SERIES_TABLE.replace("# Danube Food Clusters Forum", "# Call for hosts: Danube Food Clusters Forum 2026"),
     {("First Danube Food Clusters Forum", D(2022, 1, 1), D(2022, 12, 31), "Novi Sad"),
      ("Second Danube Food Clusters Forum", D(2023, 1, 1), D(2023, 12, 31), "Ruse")}),
    ("# Save the date – Iberian Olive Summit 2031\n\nThe Iberian Olive Summit 2031 returns to Portugal next spring.\n\n"
     "## Past editions\n\n| Edition | Year | City |\n|---|---|---|\n| 2nd | 2029 | Porto, Portugal |\n| 1st | 2027 | Seville, Spain |\n",
     {("Second Iberian Olive Summit", D(2029, 1, 1), D(2029, 12, 31), "Porto"),
      ("First Iberian Olive Summit", D(2027, 1, 1), D(2027, 12, 31), "Seville")}),
    ("Programme: Alpine Dairy Clusters Forum 2032\n\nThe Alpine Dairy Clusters Forum 2032 ends with a cheese market.\n\n"
     "Previous editions\n\n| Edition | Year | Place |\n|---|---|---|\n| 3rd | 2030 | Bolzano, Italy |\n| 2nd | 2028 | Lyon, France |\n",
     {("Third Alpine Dairy Clusters Forum", D(2030, 1, 1), D(2030, 12, 31), "Bolzano"),
      ("Second Alpine Dairy Clusters Forum", D(2028, 1, 1), D(2028, 12, 31), "Lyon")}),
])
def test_event_year_rows_under_an_editions_heading(extract, text, expected):
    r = extract(text, fmt="md")
    assert {(e.name, e.start_date, e.end_date, e.city) for e in r.events if e.rule == "pattern:event_year_row"} == expected


def test_event_year_rows_need_an_editions_heading(extract):
    text = SERIES_PAGE.replace("## Past editions", "## Our members")
    assert [e for e in extract(text, fmt="md").events if e.rule == "pattern:event_year_row"] == []


def test_event_key_value_header_one_cell_a_line(extract):
    # a table as HTML/Markdown pages render it: the label on one line, its value on the next
    text = ("Next edition: 4th Baltic Food Clusters Days – Riga 2026\n\nWhen\n\n3–4 November 2026\n\nWhere\n\n"
            "Kalnciema Quarter, Riga, Latvia\n\nRegistration\n\nuntil 1 October 2026\n")
    assert {(e.name, e.start_date, e.end_date, e.city) for e in extract(text).events} == {
        ("Fourth Baltic Food Clusters Days", D(2026, 11, 3), D(2026, 11, 4), "Riga")}


def test_event_year_rows_one_cell_a_line(extract):
    text = ("Danube Food Clusters Forum\n\nThe Danube Food Clusters Forum is held every autumn by the network.\n\n"
            "Previous editions\n\nEdition\n\nYear\n\nPlace\n\n1st\n\n2022\n\nNovi Sad, Serbia\n\nShort supply chains\n\n"
            "2nd\n\n2023\n\nRuse, Bulgaria\n\nWater in food processing\n\nThe network thanks all hosts for their work over the years.\n")
    assert {(e.name, e.start_date, e.city) for e in extract(text).events if e.rule == "pattern:event_year_row"} == {
        ("First Danube Food Clusters Forum", D(2022, 1, 1), "Novi Sad"), ("Second Danube Food Clusters Forum", D(2023, 1, 1), "Ruse")}


@pytest.mark.parametrize("text, expected", [
    # events of a programme or call named by their kind alone, dated right beside
    ("An online information session will take place on 14 January 2027 at 11:00 CET.",
     [("Information session 2027", D(2027, 1, 14), D(2027, 1, 14), None)]),
    ("At its annual assembly in Split on 13 November 2026, the Dalmatian Wine Cluster elected a new president.",
     [("Annual assembly 2026", D(2026, 11, 13), D(2026, 11, 13), "Split")]),
    ("The programme opens with a matchmaking day in Larnaca on 8 April 2026.",
     [("Matchmaking day 2026", D(2026, 4, 8), D(2026, 4, 8), "Larnaca")]),
    ("Partners will meet for an info day in Oulu on 3 February 2027, followed by site visits.",
     [("Info day 2027", D(2027, 2, 3), D(2027, 2, 3), "Oulu")]),
])
def test_event_meeting_programme_events(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text, expected", [
    # members' and social gatherings, an award's ceremony: one such gathering a day, named by its noun
    ("New members will be welcomed at the Members' Evening on 14 May 2031 in the harbour hall.",
     [("Members' Evening 2031", D(2031, 5, 14), D(2031, 5, 14), None)]),
    ("The members' autumn gathering will take place on 8 October 2031 at a vineyard near Krems.",
     [("Members' autumn gathering 2031", D(2031, 10, 8), D(2031, 10, 8), None)]),
    ("Issue 4/2030. Meet the three newcomers at the New Year's drinks on 12 January 2031.",
     [("New Year's drinks 2031", D(2031, 1, 12), D(2031, 1, 12), None)]),
    ("Shortlisted firms hear the results first; the award ceremony takes place on 2 July 2031 at the opera house.",
     [("Award ceremony 2031", D(2031, 7, 2), D(2031, 7, 2), None)]),
    # "is on" a day says when the meeting is held
    ("Please also note: the association's general assembly is on 19 March 2032.",
     [("General assembly 2032", D(2032, 3, 19), D(2032, 3, 19), None)]),
    # an article opens the meeting's own phrase: the clause before it is no part of the name
    ("During the fair the network hosts a members' breakfast on 4 June 2031 in Gdynia.",
     [("Members' breakfast 2031", D(2031, 6, 4), D(2031, 6, 4), "Gdynia")]),
])
def test_event_meeting_gatherings(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text", [
    "Our focus at the members' evening is on 3D printing for small firms.",  # no date: a topic
    "Two members' lunches were held in 2030.",  # plural and a year: which lunch?
])
def test_event_meeting_gatherings_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_meeting"] == []


@pytest.mark.parametrize("text", [
    "The agency presented the results in an online workshop on 15 September 2026.",  # one word: which workshop?
    "The agenda of 4 May 2026: 10:00 welcome; 11:00 workshop on 3D printing; 13:00 lunch.",
])
def test_event_meeting_one_word_is_no_name(extract, text):
    assert list(extract(text).events) == []


@pytest.mark.parametrize("text, expected", [
    # a governing body's meeting named only as "its meeting", dated right after it
    ("The board approved three new members at its meeting on 3 April 2026.",
     [("Board meeting 2026", D(2026, 4, 3), D(2026, 4, 3), None)]),
    ("The Board of Fjord Seafood Cluster admitted two firms at its meeting in Bergen on 4 May 2026.",
     [("Fjord Seafood Cluster board meeting 2026", D(2026, 5, 4), D(2026, 5, 4), "Bergen")]),
    ("At its meeting of 22 September 2026 the Council of the Alliance elected a new vice-president.",
     [("Council meeting 2026", D(2026, 9, 22), D(2026, 9, 22), None)]),
    ("The Lusatian Energy Cluster (LEC) has three new members, which the cluster board approved at its meeting on 28 January 2027.",
     [("LEC board meeting 2027", D(2027, 1, 28), D(2027, 1, 28), None)]),
    # the acronym written before the meeting noun
    ("Members can meet the new manager at the RTC members' meeting on 4 March 2027 in Mainz.",
     [("RTC members' meeting 2027", D(2027, 3, 4), D(2027, 3, 4), "Mainz")]),
])
def test_event_meeting_of_a_body(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text", [
    "The network discussed the plan at its meeting on 3 May 2026.",  # no body: which meeting?
    "The board will discuss the plan at its meeting in 2027.",  # a year says too little
])
def test_event_meeting_of_a_body_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_meeting"] == []


@pytest.mark.parametrize("text, expected", [
    # a group said to meet on a day: that meeting, named by the group
    ("- A working group on hydrogen certification will meet for the first time on 18 November 2027 (online).",
     [("First meeting of the working group on hydrogen certification", D(2027, 11, 18), D(2027, 11, 18), None)]),
    ("A joint task force on port data will meet online on 8 July 2027.",
     [("Meeting of the joint task force on port data 2027", D(2027, 7, 8), D(2027, 7, 8), None)]),
    ("The founder will show the sorting line at the working group's next meeting in Kaunas on 18 March 2027.",
     [("Working group meeting 2027", D(2027, 3, 18), D(2027, 3, 18), "Kaunas")]),
    ("The steering group met in Lyon on 3 May 2026 to agree the roadmap.",
     [("Steering group meeting 2026", D(2026, 5, 3), D(2026, 5, 3), "Lyon")]),
    # "next" before the verb, a relative clause, a jury
    ("The advisory board next meets on 12 November 2032 in Pamplona.",
     [("Advisory board meeting 2032", D(2032, 11, 12), D(2032, 11, 12), "Pamplona")]),
    ("Projects are ranked by a jury that meets in Namur on 3 June 2030.",
     [("Jury meeting 2030", D(2030, 6, 3), D(2030, 6, 3), "Namur")]),
    ("The jury meets on 5 June 2031 to choose three winners.",
     [("Jury meeting 2031", D(2031, 6, 5), D(2031, 6, 5), None)]),
])
def test_event_meeting_of_a_group(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text, expected", [
    # the day written before the meeting, a verb saying it is held that day
    ("On 8 October 2026 we hosted the SEAWEAVE partner meeting in Ghent, with an open session for buyers.",
     [("SEAWEAVE partner meeting 2026", D(2026, 10, 8), D(2026, 10, 8), "Ghent")]),
    ("Before that, on 12 March 2027, we hold our general assembly, where members will vote on the budget.",
     [("General assembly 2027", D(2027, 3, 12), D(2027, 3, 12), None)]),
    ("On 3 May 2026 the members gathered in a hotel for their spring members' meeting.",
     [("Members' meeting 2026", D(2026, 5, 3), D(2026, 5, 3), None)]),
    # a capitalised noun with no determiner; a paragraph wrapped inside the phrase
    ("Subject: Notes – Board meeting of 14 April 2027 (for approval)",
     [("Board meeting 2027", D(2027, 4, 14), D(2027, 4, 14), None)]),
    ("The General Assembly\nmet on 24 April 2025 in Udine and approved the plan.",
     [("General Assembly 2025", D(2025, 4, 24), D(2025, 4, 24), "Udine")]),
    # the verb before the day, "for / at" the meeting after it; nouns of a season or a community
    ("The networks met in Porto on 10 and 11 March 2027 for the annual Seacoast community meeting.",
     [("Seacoast community meeting 2027", D(2027, 3, 10), D(2027, 3, 11), "Porto")]),
    ("Our members met on 2 December 2026 at a winery for the autumn members' meeting.",
     [("Members' meeting 2026", D(2026, 12, 2), D(2026, 12, 2), None)]),
    ("A member company will host the members' Christmas meeting on 9 December 2026.",
     [("Members' Christmas meeting 2026", D(2026, 12, 9), D(2026, 12, 9), None)]),
])
def test_event_meeting_dated_before_or_bare(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "On 4 June 2026 the board met the mayor to discuss the annual meeting.",
    "On 5 May 2026 we presented the plan; the general assembly approved it.",
])
def test_event_meeting_dated_before_not_events(extract, text):
    assert _rows(extract(text)) == []


# a key-value header's label row ("| When | …", "When: …") under an event title is no event of its own
@pytest.mark.parametrize("text, expected", [
    ("Baltic Cluster Breakfast\n\n| Date | 14 March 2027 |\n| Place | Tallinn |\n\nA morning of talks.\n",
     [("Baltic Cluster Breakfast 2027", D(2027, 3, 14), D(2027, 3, 14))]),
    ("Hydrogen Valleys Workshop\n\nWhen: 9 June 2026\nWhere: Bilbao\n\nMembers meet for a day.\n",
     [("Hydrogen Valleys Workshop 2026", D(2026, 6, 9), D(2026, 6, 9))]),
    ("Textile Reuse Matchmaking Day\n\n| When | 5 November 2026 |\n| Where | Lodz |\n\nTalks between firms.\n",
     [("Textile Reuse Matchmaking Day 2026", D(2026, 11, 5), D(2026, 11, 5))]),
])
def test_key_value_label_row_is_no_event(extract, text, expected):
    assert [(e.name, e.start_date, e.end_date) for e in extract(text).events] == expected


# a single dated line under an event title that goes on as a sentence is prose, not a lone list row
@pytest.mark.parametrize("text, expected", [
    ("Nordic Food Forum\n\nThe third edition in Oslo (4–5 May 2026) drew three hundred guests.",
     [("Nordic Food Forum 2026", "pattern:event_name"), ("Nordic Food Forum 2026", "pattern:event_past_editions")]),
    ("Annual Cluster Meeting\n\nOur last meeting on 12 March 2026 approved the budget.",
     [("Annual Cluster Meeting 2026", "pattern:event_name")]),
    ("Wood Days\n\nThe fair in Graz (2 June 2026) closed with a prize for young designers.",
     [("Wood Days 2026", "pattern:event_name")]),
])
def test_dated_sentence_under_an_event_title_is_no_row(extract, text, expected):
    assert [(e.name, e.rule) for e in extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # a clause before the meeting ("the minutes of", "the report of") is no part of its name: the
    # meeting phrase inside it is the event
    ("After the welcome, the minutes of the general assembly of 14 May 2026 were adopted.",
     [("General assembly of 14 May 2026", D(2026, 5, 14), D(2026, 5, 14), None)]),  # an earlier meeting: its day named
    ("The report of the board meeting of 2 February 2027 was read out by the secretary.",
     [("Board meeting 2027", D(2027, 2, 2), D(2027, 2, 2), None)]),
    ("Everyone had read the notes of the steering committee meeting of 5 March 2027 before the call.",
     [("Steering committee meeting 2027", D(2027, 3, 5), D(2027, 3, 5), None)]),
])
def test_event_meeting_inside_a_clause(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the days a body meets, listed after how often it meets: one meeting a day, a town in brackets its place
    ("The Scientific Council meets twice a year: 12 March 2031 (Trento, Palazzo Geremia) and 4 November 2031.",
     [("Scientific Council meeting (12 March) 2031", D(2031, 3, 12), D(2031, 3, 12), "Trento"),
      ("Scientific Council meeting (4 November) 2031", D(2031, 11, 4), D(2031, 11, 4), None)]),
    ("The regional stakeholder group met twice (3 June 2030 and 9 November 2030) to review the pilots.",
     [("Regional stakeholder group meeting (3 June) 2030", D(2030, 6, 3), D(2030, 6, 3), None),
      ("Regional stakeholder group meeting (9 November) 2030", D(2030, 11, 9), D(2030, 11, 9), None)]),
    # "The Committee" is the committee named in full before it
    ("The Programme Committee prepares the work plan. The Committee will meet on 2 February and 4 May 2033.",
     [("Programme Committee meeting (2 February) 2033", D(2033, 2, 2), D(2033, 2, 2), None),
      ("Programme Committee meeting (4 May) 2033", D(2033, 5, 4), D(2033, 5, 4), None)]),
])
def test_event_meeting_days_listed(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting_days"}


@pytest.mark.parametrize("text, expected", [
    # the minutes of an earlier meeting: its day stays in the name, apart from the meeting that approves them
    ("The minutes of the General Assembly of 16 June 2031 were approved. The next General Assembly will take place on 20 May 2032.",
     [("General Assembly 2032", D(2032, 5, 20), D(2032, 5, 20), None),
      ("General Assembly of 16 June 2031", D(2031, 6, 16), D(2031, 6, 16), None)]),
])
def test_event_meeting_minutes_of_an_earlier_meeting(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La nuova giunta sarà presentata ai soci all'assemblea generale del 12 maggio 2031 a Trento, insieme al bilancio.",
     [("Assemblea generale 2031", D(2031, 5, 12), D(2031, 5, 12), "Trento")]),
    ("Kalendarz wydarzeń klastra meblowego na drugie półrocze, przygotowany przez biuro klastra dla wszystkich firm "
     "członkowskich:\n\n- 9 grudnia 2031 – spotkanie noworoczne członków, Wrocław\n- 15 stycznia 2032 – warsztaty z "
     "gospodarki obiegu zamkniętego, Poznań\n",
     [("Spotkanie noworoczne członków 2031", D(2031, 12, 9), D(2031, 12, 9), "Wrocław"),
      ("Warsztaty z gospodarki obiegu zamkniętego 2032", D(2032, 1, 15), D(2032, 1, 15), "Poznań")]),  # pattern:event_foreign_generic
])
def test_event_foreign_meeting_noun_with_its_date(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a compound noun whose one word says whose meeting it is (Dutch, German), after a link word and a weekday
    ("Wij nodigen alle leden van het cluster uit voor onze nieuwjaarsbijeenkomst op vrijdag 16 januari 2032 in de "
     "kantine van het proefbedrijf.",
     [("Nieuwjaarsbijeenkomst 2032", D(2032, 1, 16), D(2032, 1, 16), None)]),
    ("Het bestuur legt de jaarrekening voor aan de ledenvergadering van 12 mei 2033 in Venlo, waar ook de nieuwe "
     "leden worden voorgesteld.",
     [("Ledenvergadering 2033", D(2033, 5, 12), D(2033, 5, 12), None)]),
    ("Die Mitglieder des Netzwerks treffen sich zum Sommerfest am 3. Juli 2031 im Garten der Geschäftsstelle.",
     [("Sommerfest 2031", D(2031, 7, 3), D(2031, 7, 3), None)]),
    # the compound alone is the name, not the words between it and its date; a list item that opens with a month
    ("Die Geschäftsführerin stellt sich den Mitgliedern erstmals beim Neujahrsempfang der Initiative am 9. Januar 2033 "
     "in Leipzig vor.",
     [("Neujahrsempfang 2033", D(2033, 1, 9), D(2033, 1, 9), None)]),
    ("Uit de agenda van het cluster voor de komende maanden:\n- januari 2033 – nieuwjaarsbijeenkomst in de kas van een "
     "van onze leden\n- maart 2033 – de nieuwe ledengids verschijnt\n",
     [("Nieuwjaarsbijeenkomst 2033", D(2033, 1, 1), D(2033, 1, 31), None)]),
    # a word before the noun that names the meeting's kind or rank stays in the name; "next" does not
    ("Der Vorstand lädt alle Mitglieder herzlich ein: Die nächste ordentliche Mitgliederversammlung findet am "
     "14. Mai 2032 in Kassel statt.",
     [("Ordentliche Mitgliederversammlung 2032", D(2032, 5, 14), D(2032, 5, 14), None)]),
    ("La junta directiva informa a los socios de que la primera reunión del comité técnico se celebrará el 6 de "
     "mayo de 2031 en Murcia.",
     [("Primera reunión del comité técnico 2031", D(2031, 5, 6), D(2031, 5, 6), "Murcia")]),
    ("Chers adhérents, nous vous rappelons que la première réunion du groupe export aura lieu le 9 avril 2032 dans "
     "nos locaux.",
     [("Première réunion du groupe export 2032", D(2032, 4, 9), D(2032, 4, 9), None)]),
    ("Le bureau rappelle aux adhérents que l'assemblée générale extraordinaire de l'association se tiendra le "
     "18 mars 2032 à Nantes.",
     [("Assemblée générale extraordinaire de l'association 2032", D(2032, 3, 18), D(2032, 3, 18), "Nantes")]),
])
def test_event_foreign_meeting_compounds_links_and_openers(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_foreign_meeting"}


@pytest.mark.parametrize("text", [
    # the body's meeting as an institution, with no date beside it: no event
    "Das Netzwerk wurde 2019 gegründet und hat heute 80 Mitglieder; die Mitgliederversammlung wählt den Vorstand für drei Jahre.",
    "De ledenvergadering is het hoogste orgaan van de vereniging en kiest het bestuur voor een periode van drie jaar.",
    "Sinds 2020 bespreekt de ledenvergadering elk jaar de begroting en het werkplan van het cluster.",
])
def test_event_foreign_meeting_compound_without_its_date_is_no_event(extract, text):
    assert list(extract(text).events) == []


@pytest.mark.parametrize("text, expected", [
    # a trip named by where it goes, in a list item after its date or before its date; who it goes with is no part
    ("Calendario del clúster para el próximo semestre:\n- Del 9 al 11 de octubre de 2031: misión comercial a Rabat con "
     "la Cámara de Comercio de Huelva.\n- Noviembre de 2031: jornada técnica sobre envases.\n",
     [("Misión comercial a Rabat 2031", D(2031, 10, 9), D(2031, 10, 11), "Rabat")]),
    ("Prossimi appuntamenti del distretto per le imprese associate:\n– dal 3 al 6 febbraio 2032: missione a Singapore "
     "insieme all'Agenzia ICE.\n",
     [("Missione a Singapore 2032", D(2032, 2, 3), D(2032, 2, 6), "Singapore")]),
    ("Das Netzwerk plant für das kommende Jahr eine Delegationsreise nach Nowa Sól vom 7. bis 9. Juni 2032 mit dem "
     "polnischen Partnercluster.",
     [("Delegationsreise nach Nowa Sól 2032", D(2032, 6, 7), D(2032, 6, 9), None)]),
])
def test_event_foreign_trip_named_by_its_destination(extract, text, expected):
    r = extract(text)
    # the list's other items ("jornada técnica sobre envases") are pattern:event_foreign_generic's (its own tests)
    events = [e for e in r.events if e.rule != "pattern:event_foreign_generic"]
    assert sorted((e.name, e.start_date, e.end_date, e.city) for e in events) == expected
    assert {e.rule for e in events} == {"pattern:event_foreign_meeting"}


@pytest.mark.parametrize("text, expected", [
    # a bilingual text says the same days again beside an English event noun: one event, named in English
    ("Das Netzwerk plant eine Unternehmerreise nach Oslo im Mai 2032 mit zwölf Mitgliedsfirmen.\n\nThe network plans "
     "a business mission to Oslo in May 2032 with twelve member firms.",
     [("Business mission to Oslo 2032", D(2032, 5, 1), D(2032, 5, 31), "Oslo")]),
    ("Bitte merken Sie sich schon jetzt die Mitgliederversammlung am 6. Mai 2032 in Homburg vor.\n\nPlease save the "
     "date: our general assembly will take place on 6 May 2032 in Homburg.",
     [("General assembly 2032", D(2032, 5, 6), D(2032, 5, 6), None)]),
    ("Los socios aprobaron una misión comercial a Lima en abril de 2031 con la cámara regional.\n\nThe members "
     "approved a trade mission to Lima in April 2031 with the regional chamber.",
     [("Trade mission to Lima 2031", D(2031, 4, 1), D(2031, 4, 30), "Lima")]),
    # ... or the month around its days: the English summary of a calendar
    ("Kalendarz klastra:\n• 14–16 września 2031 – misja gospodarcza do Rygi i Tallinna\n\nEnglish summary\nThe cluster "
     "will hold its Open Day on 23 June and lead a business mission to Riga and Tallinn in September 2031.\n",
     [("Business mission to Riga and Tallinn 2031", D(2031, 9, 1), D(2031, 9, 30), "Riga")]),
    # the same day said again in the same language: the meeting stays
    ("Die nächste ordentliche Mitgliederversammlung findet am 14. Mai 2032 in Kassel statt. Am 14. Mai 2032 feiert das "
     "Netzwerk auch sein Jubiläum.",
     [("Ordentliche Mitgliederversammlung 2032", D(2032, 5, 14), D(2032, 5, 14), None)]),
])
def test_event_foreign_meeting_with_an_english_twin(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_event_foreign_mission_of_an_organisation_is_no_event(extract):
    # "la misión del clúster": what the cluster is for, with no date beside it
    assert list(extract("La misión del clúster es apoyar a las empresas asociadas en su internacionalización desde 2015.").events) == []


@pytest.mark.parametrize("text, expected", [
    # one name for meetings on two days of one document: each takes its day (event_day_names)
    ("Notes of the Steering group meeting of 4 March 2031\n\nThe steering group met in Graz on 4 March 2031. "
     "The next steering group meeting will take place on 17 June 2031.",
     [("Steering group meeting (17 June) 2031", D(2031, 6, 17), D(2031, 6, 17), None),
      ("Steering group meeting (4 March) 2031", D(2031, 3, 4), D(2031, 3, 4), "Graz"),
      ("Steering group meeting (4 March) 2031", D(2031, 3, 4), D(2031, 3, 4), "Graz")]),
    ("At its general assembly on 12 February 2031 the network approved the plan, and its general assembly on "
     "9 October 2031 will review the results.",
     [("General assembly (12 February) 2031", D(2031, 2, 12), D(2031, 2, 12), None),
      ("General assembly (9 October) 2031", D(2031, 10, 9), D(2031, 10, 9), None)]),
    # one meeting said twice on its day keeps its name
    ("The General Assembly on 12 February 2031 approved the plan. The minutes of the General Assembly are online.",
     [("General Assembly 2031", D(2031, 2, 12), D(2031, 2, 12), None),
      ("General Assembly 2031", D(2031, 2, 12), D(2031, 2, 12), None)]),
])
def test_event_meetings_of_one_name_on_two_days(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_event_meeting_days_inside_one_range_keep_one_name(extract):
    # "on 4 March" inside "3–4 March": the same two-day meeting, no day put in its name
    text = ("The partners met at a two-day kick-off meeting in Oulu on 3–4 March 2031. "
            "The photo shows the regional minister at the kick-off meeting on 4 March.")
    assert {e.name for e in extract(text).events} == {"Kick-off meeting 2031"}


@pytest.mark.parametrize("text, expected", [
    # "the <Keyword>" opening a generic-noun phrase is that phrase's meeting, not an anaphor of the last one
    ("The cluster hosted the Alpine Wood Forum on 3 March 2031. The General Assembly of partners will meet on 24 May 2031.",
     [("Alpine Wood Forum 2031", D(2031, 3, 3), D(2031, 3, 3), None),
      ("General Assembly of partners 2031", D(2031, 5, 24), D(2031, 5, 24), None)]),
    ("Members met in Graz on 4 June 2031. The Annual Meeting of shareholders is planned for 9 June 2032.",
     [("Annual Meeting of shareholders 2032", D(2032, 6, 9), D(2032, 6, 9), None)]),
])
def test_event_generic_phrase_not_read_as_anaphor(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an assembly named by its owner's acronym (one or two words) and dated beside it
    ("The two agencies will submit the joint plan to the EGTC NOVA assembly on 14 March 2031.",
     [("EGTC NOVA assembly 2031", D(2031, 3, 14), D(2031, 3, 14), None, "pattern:event_meeting")]),
    ("Marta Rossi was elected president by the ACMT assembly in Turin on 2 July 2030.",
     [("ACMT assembly 2030", D(2030, 7, 2), D(2030, 7, 2), "Turin", "pattern:event_meeting")]),
    ("Before that, the FOODNET assembly will take place in Porto on 8 June 2032.",
     [("FOODNET assembly 2032", D(2032, 6, 8), D(2032, 6, 8), "Porto", "pattern:event_meeting")]),
    # no owner: "the Assembly" alone says whose only with the text around it
    ("The statutes were amended by the Assembly of 24 April 2030.", []),
    ("The members met at the assembly in Split on 3 May 2029.", []),
    # another one-word noun after an acronym is no event of its own (event_meeting_owned_heads.txt)
    ("Interests of the members (from the NRWT briefing of 20 May 2035)", []),
])
def test_event_meeting_assembly_of_an_acronym(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in extract(text).events) == expected


@pytest.mark.parametrize("text, expected", [
    # a council's session or sitting, named with the capitalised word that names the council
    ("The director said that the new scheme will be presented to the County Council in its session of Thursday 6 March 2031.",
     [("County Council session 2031", D(2031, 3, 6), D(2031, 3, 6), None, "pattern:event_meeting")]),
    ("The budget goes to the Municipal Council, which votes on it in its sitting of 12 December 2029.",
     [("Municipal Council sitting 2029", D(2029, 12, 12), D(2029, 12, 12), None, "pattern:event_meeting")]),
    ("The Regional Council approved the strategy at its meeting on 3 April 2030.",
     [("Regional Council meeting 2030", D(2030, 4, 3), D(2030, 4, 3), None, "pattern:event_meeting")]),
    # a determiner is no part of the body's name
    ("The Board approved three new members at its meeting on 3 April 2030.",
     [("Board meeting 2030", D(2030, 4, 3), D(2030, 4, 3), None, "pattern:event_meeting")]),
])
def test_event_meeting_session_of_a_named_council(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in extract(text).events) == expected


@pytest.mark.parametrize("text, expected", [
    # a place that starts like a month's abbreviation is a place, not the date
    ("The board meeting in Marseille on 4 May 2031 approved the plan.",
     [("Board meeting 2031", D(2031, 5, 4), D(2031, 5, 4), "Marseille", "pattern:event_meeting")]),
    ("The general assembly in Augsburg on 12 March 2030 elected a new board.",
     [("General assembly 2030", D(2030, 3, 12), D(2030, 3, 12), "Augsburg", "pattern:event_meeting")]),
    ("Our annual meeting in Junction City on 9 October 2029 was well attended.",
     [("Annual meeting 2029", D(2029, 10, 9), D(2029, 10, 9), "Junction City", "pattern:event_meeting")]),
])
def test_event_meeting_place_that_starts_like_a_month(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in extract(text).events) == expected


@pytest.mark.parametrize("text, expected", [
    # a videoconference or video call dated right beside: one call of its partners
    ("The partners will discuss the draft at a videoconference on Monday 3 March 2031.",
     [("Videoconference 2031", D(2031, 3, 3), D(2031, 3, 3), None, "pattern:event_meeting")]),
    ("A video call with the Finnish partners is planned for 24 August 2030.",
     [("Video call with the Finnish partners 2030", D(2030, 8, 24), D(2030, 8, 24), None, "pattern:event_meeting")]),
    ("The minutes of the video conference of 12 May 2031 were shared with all members.",
     [("Video conference of 12 May 2031", D(2031, 5, 12), D(2031, 5, 12), None, "pattern:event_meeting")]),
    # no day beside it: a way of meeting, not one meeting
    ("Members can join by videoconference.", []),
    ("We held many video calls in 2030.", []),
])
def test_event_meeting_videoconference(extract, text, expected):
    assert sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in extract(text).events) == expected


@pytest.mark.parametrize("text, expected", [
    # the days of one body's meetings listed with "on" said again before each day (pattern:event_meeting_days)
    ("Annual report 2031\n\nThe supervisory board met on 4 February, on 13 May and on 30 September 2031.\n",
     [("Supervisory board meeting (4 February) 2031", D(2031, 2, 4), "pattern:event_meeting_days"),
      ("Supervisory board meeting (13 May) 2031", D(2031, 5, 13), "pattern:event_meeting_days"),
      ("Supervisory board meeting (30 September) 2031", D(2031, 9, 30), "pattern:event_meeting_days")]),
    ("Governance\n\nThe Steering Committee will meet on Tuesday 3 March and on Thursday 8 October 2033.\n",
     [("Steering Committee meeting (3 March) 2033", D(2033, 3, 3), "pattern:event_meeting_days"),
      ("Steering Committee meeting (8 October) 2033", D(2033, 10, 8), "pattern:event_meeting_days")]),
    ("Activities in 2030\n\nOur advisory council met twice: on 11 April 2030 and on 5 December 2030, both times online.\n",
     [("Advisory council meeting (11 April) 2030", D(2030, 4, 11), "pattern:event_meeting_days"),
      ("Advisory council meeting (5 December) 2030", D(2030, 12, 5), "pattern:event_meeting_days")]),
])
def test_event_meeting_days_with_on_before_each_day(extract, text, expected):
    assert [(e.name, e.start_date, e.rule) for e in extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # "next" of another language right before the meeting noun stays in its name, as the gold writes it
    ("Rundbrief des Netzwerks Thüringer Holzbau\n\nDer Vorstand dankt allen Mitgliedern für die rege Beteiligung an den "
     "Arbeitsgruppen im vergangenen Jahr.\nDie nächste Mitgliederversammlung findet am 14. Mai 2033 in Jena statt.\n",
     [("Nächste Mitgliederversammlung 2033", D(2033, 5, 14), D(2033, 5, 14), None)]),
    ("Nieuwsbrief van het Drentse voedingscluster\n\nHet bestuur bedankt alle leden voor hun inzet in de werkgroepen van "
     "het afgelopen jaar.\nDe volgende ledenvergadering vindt plaats op 12 juni 2034 in Assen.\n",
     [("Volgende ledenvergadering 2034", D(2034, 6, 12), D(2034, 6, 12), None)]),
    ("Protokoll fra årsmøtet i Agderklyngen\n\nÅrsmøtet godkjente regnskapet og valgte nytt styre for de neste to "
     "årene.\nNeste årsmøte holdes i mars 2035; dato fastsettes av styret.\n",
     [("Neste årsmøte 2035", D(2035, 3, 1), D(2035, 3, 31), None)]),
    # a meeting's number with its dot is part of its name; "z dne", "ze dne" lead to its day
    ("Poročilo direktorja grozda\n\nUpravni odbor je potrdil zapisnik 7. seje z dne 4. 3. 2033 brez pripomb in sprejel "
     "letni načrt dela.\n",
     [("7. seje 2033", D(2033, 3, 4), D(2033, 3, 4), None)]),
    ("Zpráva ředitele klastru\n\nPředstavenstvo schválilo zápis z 9. zasedání ze dne 6. 5. 2033 bez připomínek a přijalo "
     "plán činnosti.\n",
     [("9. zasedání 2033", D(2033, 5, 6), D(2033, 5, 6), None)]),
])
def test_event_foreign_meeting_next_and_numbered(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a text brought before a governing body on a day: the body's meeting that day, named by the body
    ("The roadmap was presented to the Regional Innovation Committee on 4 March 2036 and published a week later.",
     [("Regional Innovation Committee meeting 2036", D(2036, 3, 4), D(2036, 3, 4), None)]),
    ("The work plan was discussed by the Steering Committee in Tartu on Tuesday 9 June 2037.",
     [("Steering Committee meeting 2037", D(2037, 6, 9), D(2037, 6, 9), "Tartu")]),
    ("The study will be discussed with the Monitoring Committee of Interreg Aurora on 12 November 2036.",
     [("Monitoring Committee of Interreg Aurora meeting 2036", D(2036, 11, 12), D(2036, 11, 12), None)]),
    ("Our position paper was presented to the BMC Board on 2 October 2035.",
     [("BMC Board meeting 2035", D(2035, 10, 2), D(2035, 10, 2), None)]),
])
def test_event_meeting_addressed_body(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected
    assert {e.rule for e in r.events} == {"pattern:event_meeting"}


@pytest.mark.parametrize("text", [
    "The budget was presented to the board in 2033 after a long debate.",  # a year says no meeting
    "The findings were presented to the European Commission on 3 May 2035.",  # no governing body of the list
    "The plan was presented to the committee members in May 2036.",  # a month, and the members are no body
    "Terms of reference, version 3, adopted by the Board on 4 December 2035.",  # a document's note of its adoption
    "Report of the working group, submitted to the Steering Committee on 3 March 2036.",  # the same note
    "Our survey results were presented to the board on 8 May 2036 and then to all members.",  # no body's own name
])
def test_event_meeting_addressed_body_not_events(extract, text):
    assert list(extract(text).events) == []
