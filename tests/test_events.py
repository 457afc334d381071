"""Event extraction: each rule family on short texts of our own, plus what must not become an event."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.event_context import clean_event_name
from pipeline.extract.event_lexicon import fold_tokens, ordinal_word


def _by_name(result) -> dict[str, object]:
    return {e.name: e for e in result.events}


def test_events_capitalised_name_with_date_and_place(extract):
    r = extract("The Nordic Cluster Conference on 3-4 October 2022 will take place in Oslo, Norway.")
    (e,) = {e.name: e for e in r.events}.values()
    assert e.name == "Nordic Cluster Conference 2022"
    assert (e.start_date, e.end_date, e.date_precision) == (dt.date(2022, 10, 3), dt.date(2022, 10, 4), "day")
    assert (e.city, e.country, e.event_type) == ("Oslo", "Norway", "conference")
    assert r.text[e.start:e.end] == e.text == "Nordic Cluster Conference"


@pytest.mark.parametrize("written, name", [
    ("EUROPEAN CLUSTER WEEK", "European Cluster Week"),  # an all-capitals heading is title-cased
    ("ANNUAL MEETING OF THE BALTIC PORTS NETWORK", "Annual Meeting of the Baltic Ports Network"),
    ("BOATEX 2026", "Boatex 2026"),  # a fair's brand word
    ("SPLF 2032", "SPLF 2032"),  # one acronym of five letters at most, with its year or number: as written
    ("IFAT 2034", "IFAT 2034"),
    ("ECCP #3", "ECCP #3"),
])
def test_events_all_capitals_names_title_cased_unless_one_acronym(written, name):
    assert clean_event_name(written) == name


def test_events_announcement_lines(extract):
    r = extract("Upcoming events\n\nBaltic Innovation Forum\nDate: 12-13 May 2021\nLocation: Riga, Latvia\n")
    events = _by_name(r)
    assert list(events) == ["Baltic Innovation Forum 2021"]
    e = events["Baltic Innovation Forum 2021"]
    assert (e.start_date, e.end_date, e.city, e.country, e.rule) == (
        dt.date(2021, 5, 12), dt.date(2021, 5, 13), "Riga", "Latvia", "pattern:announcement")


def test_events_edition_and_ordinal_names(extract):
    r = extract("The 5th edition of the Alpine Cluster Summit took place on 9 June 2022 in Graz. "
                "The third Alpine Cluster Summit had been held in Linz.")
    events = _by_name(r)
    assert events["Fifth Alpine Cluster Summit"].edition == 5
    assert events["Fifth Alpine Cluster Summit"].start_date == dt.date(2022, 6, 9)
    assert events["Fifth Alpine Cluster Summit"].city == "Graz"
    assert events["Third Alpine Cluster Summit"].edition == 3


def test_events_organisers_as_written(extract):
    r = extract("The Danube Cluster Forum was co-organised by the Serbian Ministry of Economy and the "
                "Bulgarian Cluster Association (BCA).")
    (e,) = r.events
    assert e.organisers == ("Serbian Ministry of Economy", "Bulgarian Cluster Association")


def test_events_lower_case_keyword_with_coordination(extract):
    r = extract("After the successful Polish, Czech and Slovak cluster weeks, other countries want to follow.")
    events = _by_name(r)
    assert set(events) == {"Polish cluster week", "Czech cluster week", "Slovak cluster week"}
    assert events["Czech cluster week"].country == "Czechia"


def test_events_announcement_trigger_without_keyword(extract):
    r = extract("- Register for Smart Regions Meet Industry, Vienna, on 2-3 March 2023.\n- Read the new report.")
    (e,) = r.events
    assert e.name == "Smart Regions Meet Industry 2023"
    assert (e.city, e.country, e.start_date) == ("Vienna", "Austria", dt.date(2023, 3, 2))


def test_events_heading_names_the_event_below(extract):
    r = extract("Baltic Sea Cluster Days\n\nOn 14 September 2021, cluster managers met in Tallinn to discuss "
                "joint projects and new calls for proposals.")
    (e,) = r.events
    assert e.name == "Baltic Sea Cluster Days 2021"
    assert (e.start_date, e.city, e.country) == (dt.date(2021, 9, 14), "Tallinn", "Estonia")


def test_events_one_name_per_event_in_a_document(extract):
    r = extract("The Adriatic Cluster Conference on 5 May 2022 opened in Split. The Conference attracted 300 people. "
                "Speakers at the Adriatic Cluster Conference praised the venue.")
    assert {e.name for e in r.events} == {"Adriatic Cluster Conference 2022"}
    assert len(r.events) == 3
    assert any(e.rule == "pattern:event_anaphor" for e in r.events)


def test_events_same_series_different_years_stay_apart(extract):
    r = extract("The Iberian Cluster Conference in 2018 was small. The Iberian Cluster Conference on 4 May 2022 was large.")
    assert {e.name for e in r.events} == {"Iberian Cluster Conference 2018", "Iberian Cluster Conference 2022"}


@pytest.mark.parametrize("text", [
    "Projects are funded under Horizon 2020 and the COSME programme.",
    "The call deadline is 4 April 2022 for all applicants.",
    "Germany and France signed the agreement in Brussels.",
    "Upcoming Events\n\nKey messages\n\n- Clusters matter.",
    "More information about EU cluster events is available online.",
    "Highlight of the Conference was the award for young managers.",
    "She joined as Campaign Director of the Green Party in 2004.",
    "Selected Meeting Summaries are printed below.",
    "Volunteers met at the August Workshop to paint the hall.",
])
def test_events_not_events(extract, text):
    assert extract(text).events == ()


def test_events_fold_tokens_reads_eu_as_european_and_separates_years():
    words, years, ordinals = fold_tokens("Third EU Cluster Weeks 2019")
    assert words == {"european", "cluster", "week"} and years == {2019} and ordinals == {3}
    assert ordinal_word(7) == "Seventh" and ordinal_word(23) == "23rd"


def test_events_list_entries_with_lower_case_keyword(extract):
    r = extract("Upcoming events\n\n- Clusters4Ukraine webinar, 5 December 2023, online\n"
                "- Interreg Europe Policy Learning Platform workshop on smart specialisation, 14 November 2023\n")
    events = _by_name(r)
    # both lines are a list of titles with dates (", online" after a date is a note), so the listed title is the name
    assert set(events) == {"Clusters4Ukraine webinar 2023",
                           "Interreg Europe Policy Learning Platform workshop on smart specialisation 2023"}
    assert events["Clusters4Ukraine webinar 2023"].event_type == "webinar"
    assert events["Clusters4Ukraine webinar 2023"].start_date == dt.date(2023, 12, 5)


def test_events_organiser_as_subject_and_event_anaphor(extract):
    r = extract("On 6 and 7 October 2021, the Portuguese Cluster Network organised the Atlantic Cluster Matchmaking in "
                "Lisbon. The event was co-organised by the Lisbon Chamber of Commerce.")
    assert {e.name for e in r.events} == {"Atlantic Cluster Matchmaking 2021"}
    organisers = {o for e in r.events for o in e.organisers}
    assert organisers == {"Portuguese Cluster Network", "Lisbon Chamber of Commerce"}
    assert {e.rule for e in r.events} == {"pattern:event_name", "pattern:event_anaphor"}


def test_events_section_label_above_date_line_is_not_an_event(extract):
    r = extract("Dates for your diary\nDate: 15 March 2022\nLocation: Valencia, Spain\n\n"
                "Smart Regions Workshop\nDate: 20-21 April 2022\nLocation: Ljubljana\n")
    events = _by_name(r)
    assert list(events) == ["Smart Regions Workshop 2022"]
    assert (events["Smart Regions Workshop 2022"].city, events["Smart Regions Workshop 2022"].country) == ("Ljubljana", "Slovenia")


def test_events_organiser_stated_once_per_event(extract):
    r = extract("The Nordic Future Week was organised by Cluster Excellence Norway. "
                "Next year the Nordic Future Week, again organised by Cluster Excellence Norway, moves to Bergen.")
    stated = [o for e in r.events for o in e.organisers]
    assert stated == ["Cluster Excellence Norway"]


def test_events_name_after_of_the_and_date_from_anaphor(extract):
    r = extract("Summary of the Cluster Policy Webinar\n\nThe webinar on 3 March 2023 gathered 150 participants.")
    assert {e.name for e in r.events} == {"Cluster Policy Webinar 2023"}
    assert {e.start_date for e in r.events} == {dt.date(2023, 3, 3)}


def test_events_country_only_when_it_says_where(extract):
    r = extract("The Baltic Cluster Forum took place in Latvia. The Nordic Cluster Forum heard a talk with Sweden presenting its plan.")
    countries = {e.name: e.country for e in r.events}
    assert countries == {"Baltic Cluster Forum": "Latvia", "Nordic Cluster Forum": None}


@pytest.mark.parametrize("text", [
    "Airworthiness Directives; Example Company Airplanes\nDATES: We must receive comments by 5 October 2020.",
    "Annual report on regional policy\nDate: 4 May 2021\nAuthor: the secretariat",
])
def test_events_date_line_alone_does_not_make_an_event(extract, text):
    assert extract(text).events == ()


def test_events_announcement_title_with_colon_is_the_title(extract):
    r = extract("Upcoming events\n\nRegional Talk: Data spaces for\nsmall farms\nDate: 5 April 2022\nLocation: Online\n")
    (e,) = r.events
    assert e.name == "Regional Talk: Data spaces for small farms 2022"
    assert (e.start_date, e.rule) == (dt.date(2022, 4, 5), "pattern:announcement")


def test_events_announcement_skips_known_label_lines_only(extract):
    r = extract("Upcoming events\n\nAlpine Mobility Forum\nAudience: cluster managers\nDate: 5 April 2022\nVenue: Graz, Austria\n")
    (e,) = r.events
    assert (e.name, e.city, e.start_date) == ("Alpine Mobility Forum 2022", "Graz", dt.date(2022, 4, 5))


def test_events_quoted_title_after_keyword(extract):
    r = extract('The seminar "Data spaces for small farms" was held on 4 March 2022 in Lyon, France. '
                "The seminar gathered 40 people.")
    (name,) = {e.name for e in r.events}
    assert name == "Data spaces for small farms 2022"
    e = r.events[0]
    assert (e.start_date, e.city, e.country, e.rule) == (dt.date(2022, 3, 4), "Lyon", "France", "pattern:event_quoted")


@pytest.mark.parametrize("text, expected", [
    ('The agency organised the Alpine Mobility Forum "Rail for small firms" on 4 March 2022.',
     {("Alpine Mobility Forum Rail for small firms 2022", dt.date(2022, 3, 4))}),
    ("Watch the Harbour Cluster Talk “Cranes that talk to ships” of 9 May 2023 and the Harbour Cluster Talk "
     "“Customs without paper” of 23 May 2023 again.",
     {("Harbour Cluster Talk Cranes that talk to ships 2023", dt.date(2023, 5, 9)),
      ("Harbour Cluster Talk Customs without paper 2023", dt.date(2023, 5, 23))}),
    ("Our Spring Webinar “Selling software to hospitals” starts on 2 April 2024.",
     {("Spring Webinar Selling software to hospitals 2024", dt.date(2024, 4, 2))}),
])
def test_events_quoted_title_after_series_name_stays_in_the_name(extract, text, expected):
    r = extract(text)
    assert {(e.name, e.start_date) for e in r.events} == expected
    assert {e.rule for e in r.events} == {"pattern:event_titled"}


def test_events_descriptive_lower_case_event_with_date(extract):
    r = extract("A hands-on masterclass on battery recycling will take place on 12 May 2022. "
                "The agency will also run an online matchmaking clinic in Graz on 3 June 2022.")
    events = _by_name(r)
    e = events["Hands-on masterclass on battery recycling 2022"]
    assert (e.start_date, e.rule) == (dt.date(2022, 5, 12), "pattern:event_described")
    c = events["Matchmaking clinic 2022"]  # "online" is the format, not the name
    assert (c.start_date, c.city, c.country) == (dt.date(2022, 6, 3), "Graz", "Austria")


@pytest.mark.parametrize("text", [
    "A workshop on battery recycling is a good idea for the members.",  # no date: a topic
    "The next webinar will take place on 12 May 2022.",  # only generic words: which webinar?
    "A masterclass on battery recycling costs 12 euros per person.",
    "The board meeting in 2020 approved the accounts.",  # a bare year without "was held": too vague
])
def test_events_no_descriptive_event_without_date_or_content(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_described"] == []


def test_events_next_edition_of_a_named_series(extract):
    r = extract("The second Alpine rail workshop took place in Graz on 4 March 2022. "
                "The third workshop is planned for October 2022.")
    events = _by_name(r)
    assert events["Third Alpine rail workshop"].start_date == dt.date(2022, 10, 1)
    assert events["Third Alpine rail workshop"].edition == 3
    assert events["Second Alpine rail workshop"].edition == 2


def test_events_ordinal_phrase_without_series_is_dropped(extract):
    r = extract("The third workshop is planned for October 2022.")
    assert r.events == ()


def test_events_list_entry_with_date_in_next_chunk(extract):
    r = extract("Calendar\n\n• Alpine Mobility Days –\n\n4–5 May 2023, Lyon, France\n\n• Regional Board – 9 June 2023, online\n")
    e = _by_name(r)["Alpine Mobility Days 2023"]
    assert (e.start_date, e.end_date, e.city) == (dt.date(2023, 5, 4), dt.date(2023, 5, 5), "Lyon")


def test_events_date_and_place_on_the_line_below_the_name(extract):
    r = extract("Calendar\n\n• Alpine Mobility Days\n– 4–5 May 2023, Lyon, France\n• Regional Board – 9 June 2023, online\n")
    e = _by_name(r)["Alpine Mobility Days 2023"]
    assert (e.start_date, e.end_date, e.city, e.country) == (dt.date(2023, 5, 4), dt.date(2023, 5, 5), "Lyon", "France")


def test_events_date_below_a_sentence_is_not_the_events(extract):
    r = extract("We thank the Alpine Mobility Forum for its support.\n\n4 May 2023: the call closes.\n")
    assert [e.start_date for e in r.events] == [None]


def test_events_earlier_edition_of_the_event_in_the_sentence(extract):
    r = extract("The Alpine Rail Forum 2024 opens in Graz on 3 June 2024. "
                "The forum builds on its first edition, held in Lyon in May 2022, which drew 300 people.")
    events = _by_name(r)
    first = events["First Alpine Rail Forum"]
    assert (first.edition, first.start_date, first.date_precision, first.city) == (1, dt.date(2022, 5, 1), "month", "Lyon")
    assert events["Alpine Rail Forum 2024"].start_date == dt.date(2024, 6, 3)


def test_events_edition_phrase_without_an_event_in_its_sentence(extract):
    r = extract("The report builds on its first edition, held in Lyon in May 2022.")
    assert r.events == ()


def test_events_descriptive_phrase_is_a_noun_phrase_not_a_clause(extract):
    r = extract("Our team visited the fair on 3 May 2021. A networking event for young founders will take place on 8 March 2022. "
                "A follow-up seminar on export rules is planned for 4 April 2022.")
    assert {e.name for e in r.events if e.rule == "pattern:event_described"} == {
        "Networking event for young founders 2022", "Follow-up seminar on export rules 2022"}


def test_events_calendar_entry_name_without_its_date_or_next_line_place(extract):
    r = extract("Calendar\n14-16 May 2024 – Baltic Timber Forum 2024, Riga\n\n"
                "from 4 to 6 October 2023\nAlpine Annual Meeting\nGraz, Austria\nHosted by the board")
    names = sorted(_by_name(r))
    assert names == ["Alpine Annual Meeting 2023", "Baltic Timber Forum 2024"]
    alpine = _by_name(r)["Alpine Annual Meeting 2023"]
    assert r.text[alpine.start:alpine.end] == "Alpine Annual Meeting"


def test_events_title_line_ends_at_its_year(extract):
    r = extract("Nordic Clusters for Clean Industry Conference 2024\nConference summary\n\n"
                "The Nordic Clusters for Clean Industry Conference 2024 took place in Oslo from 11 to 13 March 2024.")
    assert list(_by_name(r)) == ["Nordic Clusters for Clean Industry Conference 2024"]


def test_events_lab_is_an_event_word_and_publication_date_is_not_the_event_date(extract):
    r = extract("# Clusters Lab on Circular Packaging – event report\n\n*Report published on 5 April 2024 by the secretariat*\n\n"
                "## Background\n\nThe Clusters Lab on Circular Packaging took place on 20 and 21 March 2024 in Graz.", fmt="md")
    assert len(r.events) == 2  # the heading and the sentence, one event
    assert {(e.name, e.start_date, e.end_date) for e in r.events} == {
        ("Clusters Lab on Circular Packaging 2024", dt.date(2024, 3, 20), dt.date(2024, 3, 21))}


def test_events_quoted_title_opening_a_line_after_a_label(extract):
    r = extract('Invitation – Info Day "Clusters for Ocean Data SMEs"\n\nThe day is open to all members and partners.')
    assert [e.name for e in r.events if e.rule == "pattern:event_quoted"] == ["Clusters for Ocean Data SMEs"]
    # mid-sentence, without a determiner, the keyword does not name the quote
    assert not extract('We said Info Day "Clusters for Ocean Data SMEs" twice.').events


def test_events_announcement_title_without_its_label(extract):
    r = extract('Invitation – Info Day "Clusters for Ocean Data SMEs"\n\nDate: 16 October 2025\n\nDear members, join us.')
    (e,) = r.events
    assert (e.name, e.rule, e.start_date) == ("Info Day Clusters for Ocean Data SMEs 2025", "pattern:announcement", dt.date(2025, 10, 16))
    assert r.text[e.start:e.end] == 'Info Day "Clusters for Ocean Data SMEs"'
    (e,) = extract("Save the date: Baltic Timber Forum\nDate: 3 May 2025\nLocation: Riga, Latvia\n").events
    assert (e.name, e.city) == ("Baltic Timber Forum 2025", "Riga")


def test_events_deadline_after_an_event_word_is_not_its_date(extract):
    r = extract('Invitation – Info Day "Clusters for Ocean Data SMEs"\n\nThe day is open to all members.\n\n'
                "Meetings can be booked on the event's page until 10 October 2025.")
    assert {e.name for e in r.events} == {"Clusters for Ocean Data SMEs"}
    assert {e.start_date for e in r.events} == {None}


def test_events_next_edition_is_another_event_of_the_series(extract):
    r = extract("The Nordic Clean Industry Conference 2024 took place in Oslo from 11 to 13 March 2024.\n\n"
                "The next edition of the conference will take place in Tallinn, Estonia, from 7 to 9 April 2025.")
    events = _by_name(r)
    assert set(events) == {"Nordic Clean Industry Conference 2024", "Nordic Clean Industry Conference 2025"}
    nxt = events["Nordic Clean Industry Conference 2025"]
    assert (nxt.start_date, nxt.end_date, nxt.city, nxt.rule) == (dt.date(2025, 4, 7), dt.date(2025, 4, 9), "Tallinn", "pattern:event_next")
    # without a named event before it, "the next edition" says too little
    assert not extract("The next edition will take place in Tallinn from 7 to 9 April 2025.").events


def test_events_ordinal_edition_of_a_capitalised_series_with_place_and_country(extract):
    r = extract("The Clusters Lab on Circular Packaging took place on 20 and 21 March 2024 in Graz.\n\n"
                "The third Lab will be held in Pécs, Hungary, in October 2024, hosted by the wood cluster.")
    third = [e for e in r.events if e.edition == 3]
    assert {(e.name, e.start_date, e.end_date, e.city) for e in third} == {
        ("Third Clusters Lab on Circular Packaging", dt.date(2024, 10, 1), dt.date(2024, 10, 31), "Pécs")}


def test_events_labelled_title_in_a_calendar_takes_the_date_above(extract):
    r = extract("Calendar\n12 September 2023\nWebinar: Data spaces for\nfood SMEs\nOnline, organised by the cluster\n")
    (e,) = r.events
    assert (e.name, e.rule, e.start_date) == ("Webinar: Data spaces for food SMEs 2023", "pattern:event_labelled", dt.date(2023, 9, 12))
    assert r.text[e.start:e.end] == "Webinar: Data spaces for\nfood SMEs"


@pytest.mark.parametrize("text", [
    "Agenda\n\n14:00\n\nWorkshop: Skills partnerships between clusters and universities\n\nJane Roe, Manager",  # a session
    "Conference: Brussels, Belgium\n",  # a place after the label
    "Webinar: 10 May 2024\n",  # a date after the label
    # a numbered day of the programme the page is about, with its date before the colon
    "Programme\n\nDay 1 – Monday, 4 May 2026: Markets and buyers\n\nDay 2 – Tuesday, 5 May 2026: Plant visits in Tczew\n",
    "DAY 3 – Thursday 9 June 2033: Closing plenary, Aula Magna\n",
    "Day 2 (Wednesday) – 6 May 2026: Company visits in Tczew\n",
])
def test_events_labelled_title_not_an_event(extract, text):
    assert not [e for e in extract(text).events if e.rule == "pattern:event_labelled"]


def test_events_section_heading_day_dates_an_undated_event_below(extract):
    r = extract("The Nordic Clean Industry Conference took place in Oslo from 11 to 13 March 2024.\n\n"
                "MATCHMAKING DAY (13 MARCH)\n\n"
                "The last day was dedicated to an EEN B2B matchmaking event organised by the agency.")
    (e,) = [e for e in r.events if "matchmaking" in e.name.lower()]
    assert (e.start_date, e.end_date) == (dt.date(2024, 3, 13), dt.date(2024, 3, 13))


@pytest.mark.parametrize("text, name, expected", [
    ("Board notes, 3 February 2028\n\n4. Events\n- Nordic Sensor Day 2028: 15 and 16 June in Oulu, co-hosted with the university.\n"
     "- Joint stand at the Munich laser fair in June 2029? To be discussed.\n", "Nordic Sensor Day 2028", ("2028-06-15", "2028-06-16")),
    ("Programme outlook\n\nWe will present the new label at the Danube Wood Forum 2027 – 3 March in Linz. The call for the 2028 "
     "pilot closes on 3 March 2028.\n", "Danube Wood Forum 2027", ("2027-03-03", "2027-03-03")),
    ("Looking ahead to 2031: our members meet at the Adriatic Yacht Summit 2030 (14–16 May, Rijeka) and again at the Boat Fair "
     "in May 2031.\n", "Adriatic Yacht Summit 2030", ("2030-05-14", "2030-05-16")),
])
def test_events_yearless_date_said_with_the_name_takes_the_names_year(extract, text, name, expected):
    """A year-less day the document's other dates put in another year is of the year the name writes."""
    (e,) = {(x.start_date, x.end_date) for x in extract(text).events if x.name == name}
    assert e == tuple(dt.date.fromisoformat(x) for x in expected)


def test_events_year_of_a_quoted_title_moves_no_date(extract):
    text = ("Kvarken news, January 2028\n\nLooking back: on 14 December some sixty people joined our Christmas seminar "
            "\"Batteries beyond 2030\" in Vaasa. The next call opens on 3 February 2028.\n")
    assert not [e for e in extract(text).events if e.start_date is not None and e.start_date.year == 2030 and e.date_precision == "day"]


def test_events_section_heading_day_not_for_an_event_whose_sentence_says_when(extract):
    r = extract("### Day 2 – 27 May 2027\n\n**6. Closing event.** The final conference will take place in Tallinn in March 2028, "
                "back to back with the annual meeting of the Estonian Wood Cluster.\n")
    assert sorted({(e.name, e.start_date, e.end_date) for e in r.events}) == [
        ("Annual meeting of the Estonian Wood Cluster 2028", dt.date(2028, 3, 1), dt.date(2028, 3, 31)),
        ("Final conference 2028", dt.date(2028, 3, 1), dt.date(2028, 3, 31))]


@pytest.mark.parametrize("value, expected", [
    ("Berlin, Germany", ("Berlin", "Germany")),
    ("Sofia", ("Sofia", "Bulgaria")),
    ("Romania", (None, "Romania")),
    ("Acme Rail Cluster (ARC), Via del Lavoro 21, Bologna, and online (MS Teams)", ("Bologna", "Italy")),
    ("Smalltown, Germany", ("Smalltown", "Germany")),
    ("Online", (None, None)),
    ("Innovation Hall, 12 allée des Satellites, Toulouse, France", ("Toulouse", "France")),
])
def test_events_place_value_of_a_venue_line(settings, value, expected):
    from pipeline.extract.event_announcements import _place_value
    from pipeline.extract.places import load_gazetteer

    assert _place_value(value, load_gazetteer(settings.data_dir)) == expected


def test_events_described_event_with_a_weekday_before_its_date(extract):
    r = extract("Participants must attend the online preparatory webinar on Tuesday 16 September 2025, 10:00-11:30 CEST.")
    (e,) = r.events
    assert (e.name, e.start_date) == ("Preparatory webinar 2025", dt.date(2025, 9, 16))


def test_events_day_is_an_event_word_in_a_capitalised_name(extract):
    r = extract("The Microelectronics Cluster Day 2025 takes place in Dresden on 5 March 2025.")
    assert [(e.name, e.start_date) for e in r.events] == [("Microelectronics Cluster Day 2025", dt.date(2025, 3, 5))]
    assert not extract("Every day, members meet on the platform.").events


@pytest.mark.parametrize("text, name, day", [
    ("The workshop organised by the Baltic Timber Cluster in Riga on 20 November 2024 was useful.",
     "Workshop organised by the Baltic Timber Cluster 2024", dt.date(2024, 11, 20)),
    ("We will present the guide in a webinar with the Enterprise Europe Network on 19 February 2025.",
     "Webinar with the Enterprise Europe Network 2025", dt.date(2025, 2, 19)),
])
def test_events_described_event_named_by_who_runs_it(extract, text, name, day):
    assert [(e.name, e.start_date) for e in extract(text).events] == [(name, day)]


def test_events_described_event_without_content_or_organiser_is_not_named(extract):
    assert not extract("Members met at a webinar on 19 February 2025.").events


def test_events_generic_name_after_its_takes_the_acronym_of_the_subject(extract):
    r = extract("BRDA will present this paper at its Annual Forum in Bratislava on 24–25 June 2025.")
    assert [(e.name, e.start_date, e.city) for e in r.events] == [("BRDA Annual Forum 2025", dt.date(2025, 6, 24), "Bratislava")]
    assert not extract("The members will meet at their Annual Forum in Bratislava on 24–25 June 2025.").events


def test_events_label_before_a_dash_and_destination_after_mission(extract):
    r = extract("Subject: SAVE THE DATE - Nordic Smart Factory Cluster Mission to South Korea, 29 September - 3 October 2025\n\n"
                "Please save the date for the Nordic Smart Factory Cluster Mission to South Korea, which will take place "
                "from 29 September to 3 October 2025 in Seoul.")
    assert {e.name for e in r.events} == {"Nordic Smart Factory Cluster Mission to South Korea 2025"}
    assert {(e.start_date, e.end_date) for e in r.events} == {(dt.date(2025, 9, 29), dt.date(2025, 10, 3))}


def test_events_and_between_two_places_does_not_block_the_date(extract):
    r = extract("The mission builds on the BTC-ARC study visit to Bologna and Modena on 14-15 November 2024.")
    assert [(e.start_date, e.end_date) for e in r.events] == [(dt.date(2024, 11, 14), dt.date(2024, 11, 15))]


def test_events_calendar_entry_with_line_complement_and_weekday_date(extract):
    r = extract("Upcoming events\n\nI3 info session for\ncluster organisations\nTue 3 June 2025,\nBrussels\n")
    assert [(e.name, e.start_date) for e in r.events] == [("I3 info session for cluster organisations 2025", dt.date(2025, 6, 3))]
    # in a sentence the complement is left out (it goes on with a place)
    r = extract("Join the EEN matchmaking event for companies in Osaka on 3 May 2025.")
    assert [e.name for e in r.events] == ["EEN matchmaking event 2025"]


def test_events_shorter_name_with_its_own_event_word_is_its_own_event(extract):
    r = extract("Nordic Cluster Weeks – Hamburg Messe Main Anchor Event\nDate: 1-5 April 2019, during the Hamburg\nMesse\n"
                "Location: Hamburg, Germany\n")
    names = {e.name for e in r.events}
    assert "Hamburg Messe 2019" in names and any("Main Anchor Event" in n for n in names)
    # the same event word: a shorter name joins the longer one
    r = extract("The Nordic Cluster Conference 2019 opened in Oslo. The Cluster Conference 2019 closed on Friday.")
    assert {e.name for e in r.events} == {"Nordic Cluster Conference 2019"}


def test_events_described_numbered_meeting_of_a_group_held_online(extract):
    r = extract("The 6th meeting of the working group will take place online on Tuesday 13 May 2025, 14:00–16:00 CEST.")
    assert [(e.name, e.edition, e.start_date) for e in r.events] == [
        ("Sixth meeting of the working group", 6, dt.date(2025, 5, 13))]


def test_events_dash_title_line_with_a_lower_case_event_word(extract):
    r = extract("Alpine Cluster Excellence Award 2025 – award ceremony\n\nThe minister presents the award in Graz on 12 June 2025.")
    assert [(e.name, e.rule) for e in r.events][:1] == [("Alpine Cluster Excellence Award – award ceremony 2025", "pattern:event_dash")]
    # a capitalised event name before the dash is the event already
    r = extract("Nordic Cluster Conference – workshop\n\nThe workshop met in Oslo on 3 May 2025.")
    assert "pattern:event_dash" not in {e.rule for e in r.events}


@pytest.mark.parametrize("text, name", [
    ("The Young Cluster Managers Summer School takes place in Gdynia on 14-18 September 2026.", "Young Cluster Managers Summer School 2026"),
    ("Members joined a study trip to the Region of Murcia on 3-5 March 2025.", None),
])
def test_events_school_and_trip_words(extract, text, name):
    names = [e.name for e in extract(text).events]
    if name:
        assert names == [name]
    else:
        assert names and all("study trip" in n.lower() for n in names)


def test_events_earlier_edition_in_a_place_with_an_accented_capital(extract):
    r = extract("Students took part in the second Blue Tech Hackathon on 27–28 September 2025 in Zadar. "
                "The first hackathon was held in Šibenik in March 2024.")
    first = [e for e in r.events if e.edition == 1]
    assert {(e.name, e.start_date) for e in first} == {("First Blue Tech Hackathon", dt.date(2024, 3, 1))}


def test_events_list_of_dated_rows(extract):
    text = ("EVENTS HELD IN 2025\n\n"
            "27 March 2025 Water Innovation Day, Szeged – 140 participants; keynote on digital\n"
            " water meters.\n"
            "13–15 May 2025 Study trip to the Region of Murcia (Cartagena), 15 members.\n"
            "12 June 2025 General Assembly, Szeged (hybrid) – election of the board.\n")
    rows = {(e.name, e.start_date, e.city) for e in extract(text).events}
    assert rows == {("Water Innovation Day 2025", dt.date(2025, 3, 27), "Szeged"),
                    ("Study trip to the Region of Murcia 2025", dt.date(2025, 5, 13), "Murcia"),
                    ("General Assembly 2025", dt.date(2025, 6, 12), "Szeged")}


def test_events_one_sentence_opening_with_a_date_is_no_list(extract):
    assert not extract("Cluster news\n\n3 May 2024 Members of the board approved the budget.\n\nOther news follows here.").events


@pytest.mark.parametrize("text", [
    "# ECCP Week in Review – 9 to 13 February 2026\n\nYour weekly digest.",
    "The recording of Tuesday's online info day (10 February 2026) is online.",
])
def test_events_digest_titles_and_weekday_heads_are_not_events(extract, text):
    assert not extract(text).events


# --- lists of editions, one a line (pattern:event_edition_row) and past editions with their year ------
def _rows(result) -> list[tuple]:
    return sorted({(e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events}, key=lambda r: (r[1] or dt.date.min, r[0]))


def test_events_edition_rows_of_a_series_with_city(extract):
    text = ("Past meetings\n\nOur members met at every edition so far.\n\n"
            "Harbour Tech Days Gdynia, 4–5 March 2024\n"
            "Harbour Tech Days Bilbao, 10 October 2024\n"
            "Harbour Tech Days Porto (PT), 2–3 April 2025\n")
    assert _rows(extract(text)) == [
        ("Harbour Tech Days Gdynia 2024", dt.date(2024, 3, 4), dt.date(2024, 3, 5), "Gdynia", "pattern:event_edition_row"),
        ("Harbour Tech Days Bilbao 2024", dt.date(2024, 10, 10), dt.date(2024, 10, 10), "Bilbao", "pattern:event_edition_row"),
        ("Harbour Tech Days Porto 2025", dt.date(2025, 4, 2), dt.date(2025, 4, 3), "Porto", "pattern:event_edition_row"),
    ]


def test_events_edition_rows_format_note_in_brackets_is_no_part_of_the_name(extract):
    text = ("Upcoming meetings\n- Steering committee (online): 12 March 2028\n"
            "- General assembly (hybrid): 4 June 2028\n- Final event (Porto): 20 November 2028\n")
    assert _rows(extract(text)) == [
        ("Steering committee 2028", dt.date(2028, 3, 12), dt.date(2028, 3, 12), None, "pattern:event_edition_row"),
        ("General assembly 2028", dt.date(2028, 6, 4), dt.date(2028, 6, 4), None, "pattern:event_edition_row"),
        ("Final event 2028", dt.date(2028, 11, 20), dt.date(2028, 11, 20), "Porto", "pattern:event_edition_row"),
    ]


def test_events_edition_rows_titled_talks_keep_their_title(extract):
    text = ("Recordings\n\n"
            "Maker Cluster Talk “Robots in small workshops” – 14 February 2024\n"
            "Maker Cluster Talk “Selling abroad after the pandemic” – 28 February 2024\n")
    assert _rows(extract(text)) == [
        ("Maker Cluster Talk Robots in small workshops 2024", dt.date(2024, 2, 14), dt.date(2024, 2, 14), None, "pattern:event_edition_row"),
        ("Maker Cluster Talk Selling abroad after the pandemic 2024", dt.date(2024, 2, 28), dt.date(2024, 2, 28), None,
         "pattern:event_edition_row"),
    ]


def test_events_edition_rows_numbered_under_an_event_heading(extract):
    text = ("Next Green Ports Webinars\n\n"
            "1. Shore power for ferries: who pays? – 6 May 2025\n"
            "2. Hydrogen bunkering in practice – 20 May 2025\n")
    assert _rows(extract(text)) == [
        ("Shore power for ferries: who pays? 2025", dt.date(2025, 5, 6), dt.date(2025, 5, 6), None, "pattern:event_edition_row"),
        ("Hydrogen bunkering in practice 2025", dt.date(2025, 5, 20), dt.date(2025, 5, 20), None, "pattern:event_edition_row"),
    ]


@pytest.mark.parametrize("text", [
    "Key dates\n\nDeadline for applications – 15 May 2025\nResults published – 30 June 2025\n",  # dates of a call
    "Board\n\nAnna Berg, since 4 May 2021\nJonas Lind, since 9 June 2022\n",  # no keyword, no shared series name
    "Harbour Tech Days Gdynia, 4–5 March 2024\n\nThe port authority thanked everyone and closed the day with a dinner for all.\n\n"
    "Our members came back home on the train.\n\nSeveral new projects started after that.\n\nHarbour Tech Days Bilbao, 10 October 2024 is next.\n",
])
def test_events_edition_rows_not_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_edition_row"] == []


@pytest.mark.parametrize("sentence, editions", [
    ("Previous editions took place in Szeged (2023) and Lyon (2024).", [("Szeged", 2023), ("Lyon", 2024)]),
    ("Earlier editions were held in Aarhus (2021), Tartu (2022) and Porto (2023).", [("Aarhus", 2021), ("Tartu", 2022), ("Porto", 2023)]),
    ("The first edition took place in Ghent (2019).", [("Ghent", 2019)]),
])
def test_events_past_editions_named_after_the_documents_event(extract, sentence, editions):
    text = f"Danube Mobility Forum 2025\n\nThe Danube Mobility Forum 2025 opens in Vienna on 3 June 2025.\n\n{sentence}\n"
    events = {e.name: e for e in extract(text).events}
    assert sorted(events) == sorted(["Danube Mobility Forum 2025"] + [f"Danube Mobility Forum {y}" for _, y in editions])
    for city, year in editions:
        e = events[f"Danube Mobility Forum {year}"]
        assert (e.city, e.start_date, e.date_precision, e.rule) == (city, dt.date(year, 1, 1), "year", "pattern:event_past_editions")


@pytest.mark.parametrize("sentence, editions", [
    # a town the gazetteer does not know is still a place after "in" or before a year in brackets
    ("- Previous editions: 2023 in Saint-Girons (France) and 2024 in Sort.", [2023, 2024]),
    ("The two previous editions were held in Lannemezan (2022) and in Puigcerdà (2024).", [2022, 2024]),
    ("Earlier editions took place in Oloron in 2021 and in Tarbes in 2023.", [2021, 2023]),
])
def test_events_past_editions_in_places_the_gazetteer_does_not_know(extract, sentence, editions):
    text = f"Pyrenees Wood Dialogue 2025\n\nThe Pyrenees Wood Dialogue 2025 takes place in Jaca on 3 June 2025.\n\n{sentence}\n"
    rows = sorted((e.name, e.start_date, e.rule) for e in extract(text).events if e.rule == "pattern:event_past_editions")
    assert rows == [(f"Pyrenees Wood Dialogue {y}", dt.date(y, 1, 1), "pattern:event_past_editions") for y in editions]


def test_events_past_editions_an_unknown_word_before_a_year_is_no_place(extract):
    text = ("Pyrenees Wood Dialogue 2025\n\nThe Pyrenees Wood Dialogue 2025 takes place in Jaca on 3 June 2025.\n\n"
            "Previous editions: Horizon 2020 and Interreg 2021 funded them.\n")
    assert [e for e in extract(text).events if e.rule == "pattern:event_past_editions"] == []


@pytest.mark.parametrize("text, expected", [
    ("Harbour Cluster Talks\n\nWe organised the Harbour Cluster Talk “Cranes that talk to ships” on 9 May 2023. "
     "The Harbour Cluster Talk drew 80 people.", "Harbour Cluster Talk Cranes that talk to ships 2023"),
    ("The Alpine Forum is back. The Alpine Energy Forum will take place in Graz on 3 May 2024.", "Alpine Energy Forum 2024"),
    ("Green Port Webinar\n\nThe Green Port Webinar “Shore power now” starts on 6 May 2025.", "Green Port Webinar Shore power now 2025"),
])
def test_events_shorter_name_contained_in_one_longer_joins_it(extract, text, expected):
    assert {e.name for e in extract(text).events} == {expected}


# --- meetings of a body, round tables, complements cut at the verb, datelines -------------------------
@pytest.mark.parametrize("text, expected", [
    ("The NWC network held its general assembly in Porto on 12 May 2023.", ("NWC general assembly 2023", dt.date(2023, 5, 12), "Porto")),
    ("The TWIC board meeting took place in Lyon on 3 July 2023.", ("TWIC board meeting 2023", dt.date(2023, 7, 3), "Lyon")),
    ("The MedTech cluster annual meeting will be held on 3 October 2024 in Turin.",
     ("MedTech cluster annual meeting 2024", dt.date(2024, 10, 3), "Turin")),
    ("A round table on hydrogen valleys was organised in Kiel on 14 February 2024.",
     ("Round table on hydrogen valleys 2024", dt.date(2024, 2, 14), "Kiel")),
    ("The side event for young founders drew sixty people in Riga on 8 June 2023.",
     ("Side event for young founders 2023", dt.date(2023, 6, 8), "Riga")),
])
def test_events_meetings_and_generic_nouns_with_date(extract, text, expected):
    assert {(e.name, e.start_date, e.city) for e in extract(text).events} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Brussels, 4 March 2024 – The Alpine Cluster Forum took place in Bolzano with 200 members.",
     ("Alpine Cluster Forum", None, "Bolzano")),
    ("News\n\nLyon (FR), 12 June 2023 – The Rhone Hydrogen Summit opened its doors.", ("Rhone Hydrogen Summit", None, None)),
    ("Tallinn, 2 May 2022 – The Baltic Robotics Forum will be held in Riga on 9 June 2022.",
     ("Baltic Robotics Forum 2022", dt.date(2022, 6, 9), "Riga")),
])
def test_events_dateline_gives_neither_date_nor_place(extract, text, expected):
    assert {(e.name, e.start_date, e.city) for e in extract(text).events} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The First Orchard Summer School took place in Kecskemét on 7 July 2025. The second Summer School will take place in "
     "July 2026.", {("First Orchard Summer School", dt.date(2025, 7, 7)), ("Second Orchard Summer School", dt.date(2026, 7, 1))}),
    ("A workshop on cargo bikes will be held in May 2025 at the town hall.", {("Workshop on cargo bikes 2025", dt.date(2025, 5, 1))}),
    ("The webinar on tariffs is planned in March 2026 for all members.", {("Webinar on tariffs 2026", dt.date(2026, 3, 1))}),
])
def test_events_month_after_in_is_a_date_not_a_place(extract, text, expected):
    assert {(e.name, e.start_date) for e in extract(text).events} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Rhine Cluster Prize ceremony will take place in Basel on 4 June 2026.", ("Rhine Cluster Prize ceremony 2026", "award")),
    ("Members are invited to the AGRITEC annual congress in Curitiba in October 2026.", ("AGRITEC annual congress 2026", "conference")),
    ("The Baltic Innovation Prize ceremony was held on 2 May 2024.", ("Baltic Innovation Prize ceremony 2024", "award")),
])
def test_events_ceremony_and_congress_in_lower_case(extract, text, expected):
    assert {(e.name, e.event_type) for e in extract(text).events} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The Danube Cluster Weeks ran from November 2018 until the end of April 2019 in six countries.",
     ("Danube Cluster Weeks 2018", dt.date(2018, 11, 1), dt.date(2019, 4, 30), "month")),
    ("The Arctic Design Festival runs from 28 December 2024 to 3 January 2025 in Tromsø.",
     ("Arctic Design Festival 2024", dt.date(2024, 12, 28), dt.date(2025, 1, 3), "day")),
    ("The Valley Food Forum took place from 30 June - 2 July 2021 in Porto.",
     ("Valley Food Forum 2021", dt.date(2021, 6, 30), dt.date(2021, 7, 2), "day")),
])
def test_events_dates_across_months_and_years(extract, text, expected):
    assert {(e.name, e.start_date, e.end_date, e.date_precision) for e in extract(text).events} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("# Webinar 12.03.2024: Digital twins for SMEs\n\nJoin us online.", ("Webinar: Digital twins for SMEs 2024", dt.date(2024, 3, 12))),
    ("Workshop on 4 May 2025: Repairing farm robots\n\nOpen to members.", ("Workshop: Repairing farm robots 2025", dt.date(2025, 5, 4))),
    ("Seminar 7/10/2026: Cold chains for fish\n\nFree of charge.", ("Seminar: Cold chains for fish 2026", dt.date(2026, 10, 7))),
])
def test_events_date_inside_a_labelled_title(extract, text, expected):
    assert {(e.name, e.start_date) for e in extract(text).events if e.rule == "pattern:event_labelled"} == {expected}


def test_events_number_before_the_colon_is_not_a_date(extract):
    assert [e for e in extract("Workshop 3: Repairing farm robots\n\nOpen to members.").events if e.rule == "pattern:event_labelled"] == []


@pytest.mark.parametrize("text, expected", [
    ("Sessions\n\n- 2 February 2021: Support schemes for small clusters\n- 4 February 2021: Co-funding for lab equipment\n",
     [("Support schemes for small clusters 2021", dt.date(2021, 2, 2)), ("Co-funding for lab equipment 2021", dt.date(2021, 2, 4))]),
    ("Programme\n\n1. 5 March 2024 – Robots in bakeries\n2. 19 March 2024 – Drones over vineyards\n",
     [("Robots in bakeries 2024", dt.date(2024, 3, 5)), ("Drones over vineyards 2024", dt.date(2024, 3, 19))]),
    ("Agenda\n\n• 8 May 2023: Hydrogen Day, Kiel\n• 9 May 2023: Port Visit\n",
     [("Hydrogen Day 2023", dt.date(2023, 5, 8)), ("Port Visit 2023", dt.date(2023, 5, 9))]),
])
def test_events_calendar_rows_after_a_list_marker_or_with_a_colon(extract, text, expected):
    rows = sorted((e.name, e.start_date) for e in extract(text).events if e.rule == "pattern:event_row")
    assert rows == sorted(expected)


def test_events_calendar_rows_of_a_call_are_not_events(extract):
    text = "Key dates\n\n- 3 March 2025: call opens\n- 30 April 2025: Deadline for applications\n- 2 June 2025: Results published\n"
    assert [e for e in extract(text).events if e.rule == "pattern:event_row"] == []


@pytest.mark.parametrize("text, expected", [
    # an event word followed by a venue noun is the venue's name, not an event
    ("The Nordic Food Forum 2026 took place at the Harbour Palace congress centre in Tórshavn on 3 May 2026.",
     ["Nordic Food Forum 2026"]),
    ("The second edition of the summit brought 240 guests to the Teatro Nuovo congress rooms in Bari on 4 June 2026.", []),
    ("Where: Linz, Danube Arena conference wing\nThe Linz Water Days 2026 open on 3 March 2026.", ["Linz Water Days 2026"]),
    # a name right after a place label is the venue
    ("Nordic Food Forum 2026\nDate: 3 May 2026\nLocation: Graz, Messe Congress Graz\n\nThe forum gathers 300 guests.",
     ["Nordic Food Forum 2026"]),
    ("Alpine Wood Days 2026\nDate: 9 June 2026\nVenue: Bolzano Fair\n\nThe days gather 200 guests.",
     ["Alpine Wood Days 2026"]),
    ("Alpine Wood Days 2026\nDate\n9 June 2026\nVenue\nBolzano Fair, Bolzano, Italy\n\nThe days gather 200 guests.",
     ["Alpine Wood Days 2026"]),
    ("The Alpine Wood Award 2026 was handed over at the ceremony in the Bolzano Arena congress\nhall on 9 June 2026.",
     ["Alpine Wood Award ceremony 2026"]),
])
def test_event_venues_are_not_events(extract, text, expected):
    assert sorted({e.name for e in extract(text).events}) == expected


@pytest.mark.parametrize("text, expected", [
    # a policy dialogue is a meeting series like a forum; its other editions follow it
    ("The second Adriatic Cluster Policy Dialogue gathered 90 cluster managers in Split on 4 May 2026. "
     "The third Dialogue will take place in Bari in spring 2027.",
     {("Second Adriatic Cluster Policy Dialogue", dt.date(2026, 5, 4), "Split"),
      ("Third Adriatic Cluster Policy Dialogue", dt.date(2027, 1, 1), "Bari")}),
    # the social events of a cluster are named by "Night" or "Gala" ("Evening" is no keyword: "The evening
    # before the assembly (14/05/2026), ..." opens a sentence about something else)
    ("Our members met at the Baltic Cluster Night in Klaipėda on 12 November 2026.",
     {("Baltic Cluster Night 2026", dt.date(2026, 11, 12), "Klaipėda")}),
    ("The awards were presented at the Upper Rhine Cluster Night, 3 March 2027, in Freiburg.",
     {("Upper Rhine Cluster Night 2027", dt.date(2027, 3, 3), "Freiburg")}),
    ("The Danube Packaging Gala on 20 October 2026 in Linz closed the year.",
     {("Danube Packaging Gala 2026", dt.date(2026, 10, 20), "Linz")}),
    # a course is named by its quoted title like a workshop
    ("On 12 May 2026 the cluster ran the training course \"Lean assembly for small workshops\" in Brno.",
     {("Lean assembly for small workshops 2026", dt.date(2026, 5, 12), "Brno")}),
])
def test_events_dialogues_social_nights_and_courses(extract, text, expected):
    assert {(e.name, e.start_date, e.city) for e in extract(text).events} == expected



@pytest.mark.parametrize("text, name, expected", [
    # a heading that names the event, then a subtitle after ": " or " – ": the section below says when
    ("Nordic Wood Forum 2031: record attendance in Lahti\n\nThe members met on 4 March 2031 in Lahti. "
     "Some 300 guests took part in the debates.", "Nordic Wood Forum 2031", dt.date(2031, 3, 4)),
    ("Adriatic Yacht Summit – what the shipyards asked for\n\nOn 18 and 19 October 2030 the summit gathered "
     "120 firms in Split.", "Adriatic Yacht Summit 2030", dt.date(2030, 10, 18)),
    ("## Danube Logistics Conference 2029: three lessons\n\nHeld on 6 May 2029 in Vukovar, the conference "
     "drew 80 experts.", "Danube Logistics Conference 2029", dt.date(2029, 5, 6)),
    # who reports, then the event after " – " or ": ": the section below still says when
    ("# Tyrol Wood Cluster – Report of the Ordinary General Assembly 2031\n\nForty members met in Innsbruck on Friday "
     "14 March 2031 and approved the accounts.", "Ordinary General Assembly 2031", dt.date(2031, 3, 14)),
    ("Newsletter 3/2030: Ligurian Boat Forum 2030\n\nSome 90 boat builders came to Genoa on 2 April 2030 to discuss "
     "electric propulsion.", "Ligurian Boat Forum 2030", dt.date(2030, 4, 2)),
    ("## Styrian Cluster Network – Outcome of the Cluster Managers Summit 2029\n\nOn 21–22 November 2029, 60 managers "
     "met in Graz.", "Cluster Managers Summit 2029", dt.date(2029, 11, 21)),
])
def test_events_heading_with_subtitle_names_the_event_below(extract, text, name, expected):
    dated = {e.name: e.start_date for e in extract(text).events}
    assert dated.get(name) == expected, dated



@pytest.mark.parametrize("text, expected", [
    # rows whose titles are no names (lower case) still make the list the named rows stand in
    ("Events of the year\n\n- 4 March 2030 – Spring Members' Breakfast, Graz\n- 9 April 2030 – joint stand at the Vienna fair\n"
     "  with six exhibitors and two partner clusters\n- 20 May 2030 – visits to two member plants\n"
     "- 2 June 2030 – Summer Matchmaking Day, Linz\n",
     [("Spring Members' Breakfast 2030", dt.date(2030, 3, 4)), ("Summer Matchmaking Day 2030", dt.date(2030, 6, 2))]),
    ("What we did\n\n• 12 January 2031: Winter Board Retreat, Bled\n• 3 February 2031: visit of a Croatian school\n"
     "• 5 February 2031: talks with the ministry\n• 2 March 2031: training for new staff\n• 20 March 2031: Robotics Open Day\n",
     [("Winter Board Retreat 2031", dt.date(2031, 1, 12)), ("Robotics Open Day 2031", dt.date(2031, 3, 20))]),
    ("Timeline\n\n1. 8 May 2029 – site visits of the jury to the finalists\n2. 15 May 2029 – Ideas Jury Session\n",
     [("Ideas Jury Session 2029", dt.date(2029, 5, 15))]),
])
def test_events_calendar_rows_between_rows_that_name_no_event(extract, text, expected):
    rows = sorted((e.name, e.start_date) for e in extract(text).events if e.rule == "pattern:event_row")
    assert rows == sorted(expected)


def test_events_calendar_row_alone_is_no_list(extract):
    text = "Report\n\n- 4 March 2030 – Spring Members' Breakfast, Graz\n\nThe breakfast was well attended by forty members.\n"
    assert [e for e in extract(text).events if e.rule == "pattern:event_row"] == []


def test_events_calendar_rows_of_news_teasers_make_no_list(extract):
    # a teaser about a call is the date of something else: the row beside it stays alone
    text = "Related news\n\n- 12.06.2030 – Call for speakers opens\n- 03.03.2030 – Four New Members Join the Cluster\n"
    assert [e for e in extract(text).events if e.rule == "pattern:event_row"] == []
