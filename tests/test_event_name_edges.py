"""The edges of event names (pipeline.extract.event_name_edges): a name cut in mid-phrase ends before its
dangling words, a breadcrumb trail is no part of a name, a job title built on an event word is no event.
Sentences of our own."""
from __future__ import annotations

import pytest


def _events(extract, text):
    return sorted({(e.name, e.rule) for e in extract(text).events})


@pytest.mark.parametrize("text, expected", [
    # a breadcrumb trail over a page's title
    ("Home / Events / Danube Wood Summit 2031\n\nThe Danube Wood Summit takes place in Vukovar on 4 June 2031.",
     [("Danube Wood Summit 2031", "pattern:event_name")]),
    ("Start / News / Lakeside Robotics Days\n\nThe Lakeside Robotics Days return to Konstanz on 9 May 2031.",
     [("Lakeside Robotics Days 2031", "pattern:event_name")]),
    ("Accueil / Agenda / Loire Packaging Forum\n\nThe Loire Packaging Forum opens in Tours on 2 April 2031.",
     [("Loire Packaging Forum 2031", "pattern:event_name")]),
])
def test_breadcrumb_trail_is_no_part_of_the_name(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a job title after a name, at the end of a signature, and a post "of" a meeting body
    ("For questions, write to Marta Kowalczyk, Trade Fairs Officer, at the cluster office.", []),
    ("Kind regards,\nJonas Petrauskas\nEvents & Partnerships Officer\nBaltic Food Cluster", []),
    ("Welcome address by Dr. Ilona Varga, President of the General Assembly of Tolna County.", []),
])
def test_job_titles_built_on_event_words_are_no_events(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Round table and a", "Round table"),
    ("Board meeting to be", "Board meeting"),
    ("Webinar on the new packaging rules under", "Webinar on the new packaging rules"),
    ("Study visit to the port, hosted by", "Study visit to the port"),
    ("Euroclusters two years on", "Euroclusters two years on"),  # "on" ends a title
    ("Workshop on digi-", None),  # the first half of a word broken at a line end
    ("mem- Study trip to the harbour", "Study trip to the harbour"),
    ("Home / Events / Alpine Wood Days", "Alpine Wood Days"),
    ("Zweite Clusterwoche / Second Cluster Week", "Zweite Clusterwoche / Second Cluster Week"),  # two languages
])
def test_tidy_name(name, expected):
    from pipeline.config import DATA_DIR
    from pipeline.extract.event_name_edges import load_name_edges, tidy_name

    assert tidy_name(name, load_name_edges(DATA_DIR)) == expected


@pytest.mark.parametrize("text, expected", [
    # a lab that is a place of work or a company
    ("The prototypes were tested at the Vistula Sensor Lab in Toruń on 3 May 2031.", []),
    ("Our new member Borealis Data Labs builds forecasting tools for ports.", []),
    ("Samples went to the Materials Lab of the University of Oulu for analysis.", []),
    # a lab with its topic is an event
    ("The second Clusters Lab on Circular Packaging takes place in Gent on 12 March 2031.",
     [("Second Clusters Lab on Circular Packaging", "pattern:event_name")]),
])
def test_lab_is_a_facility_unless_a_topic_follows(extract, text, expected):
    assert _events(extract, text) == expected



@pytest.mark.parametrize("text, expected", [
    # a fairground named by its town: where the event is held
    ("The Baltic Wood Summit took place on 8 May 2031 at Amber Expo Gdańsk.", [("Baltic Wood Summit 2031", "pattern:event_name")]),
    ("Our cluster day was held at the International Fair Vilnius on 14 October 2031.", []),
    ("The brochure was printed for our stand; Messe Hamburg closes its catalogue in January.", []),
    # a congress centre named with its town, also after a fair's word
    ("The Alpine Battery Forum takes place on 3 May 2031 at the Messe Congress Graz.",
     [("Alpine Battery Forum 2031", "pattern:event_name")]),
    ("Members meet in the Congress Innsbruck for a day of talks on timber.", []),
    ("The partners booked rooms near the Convention Bratislava for the spring.", []),
    # a listed fair with a town word stays a fair
    ("Eight members exhibit at Hannover Messe from 20 to 24 April 2031.", [("Hannover Messe 2031", "pattern:event_name")]),
])
def test_fairground_named_by_its_town_is_no_event(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a calendar's or a form's field label before the name: the name starts after it
    ("Event: Lakeside Timber Days 2031\nDate: 14 May 2031\nVenue: Bregenz\n\n"
     "The Lakeside Timber Days bring wood companies from three countries together.",
     [("Lakeside Timber Days 2031", "pattern:announcement"), ("Lakeside Timber Days 2031", "pattern:event_name")]),
    ("Event: Rhône Valley Packaging Summit\nWhen: 3 June 2031\nWhere: Valence\n\nRegistration is open until 20 May.",
     [("Rhône Valley Packaging Summit 2031", "pattern:announcement")]),
    ("Winter calendar\n\nEvent:    Webinar on hydrogen for bakeries\nDate:     21 January 2031\nPlace:    online\n",
     [("Webinar on hydrogen for bakeries 2031", "pattern:announcement")]),
])
def test_field_label_is_no_part_of_the_name(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the label's value says what kind of event, or which day of a programme: no event of its own
    ("Fjord Aquaculture Forum 2031\n\nEvent type: workshop and study visit\nDates: 8-9 September 2031\nPlace: Bergen\n\n"
     "The forum brings fish farmers and equipment makers together.",
     [("Fjord Aquaculture Forum 2031", "pattern:event_anaphor"), ("Fjord Aquaculture Forum 2031", "pattern:event_name")]),
    ("Baltic Robotics Summit 2031\n\nDAY 1 - Thursday 6 November 2031: Keynotes, Main Hall\n\n"
     "09:00 Registration\n10:00 Opening by the cluster chair\n",
     [("Baltic Robotics Summit 2031", "pattern:event_name")]),
    ("Alpine Mobility Conference 2031 – Programme\n\nDay 1 – Monday, 3 March 2031: Batteries and charging\n\n"
     "09:00 Registration\n10:00 Opening\n",
     [("Alpine Mobility Conference 2031", "pattern:event_name")]),
])
def test_label_of_a_kind_or_a_programme_day_names_no_event(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the last sentence with an event word names the event
    ("The chair closed the session at 18.40. Next steering group meeting", "Next steering group meeting"),
    ("Lunch was served at the harbour. Third partner meeting", "Third partner meeting"),
    # no sentence of it names an event
    ("a dinner at the Lighthouse Gallery. Day", None),
    ("visit our stand? Write to Ana Silva", None),
    # no sentence end inside: an abbreviation, an initialism, a list number, a question in a title
    ("Keynote lunch with Dr. Ilse Brandt", "Keynote lunch with Dr. Ilse Brandt"),
    ("EU–U.S. Battery Forum", "EU–U.S. Battery Forum"),
    ("3. Fränkischer Holzbautag", "3. Fränkischer Holzbautag"),
    ("Project meeting nr. 4", "Project meeting nr. 4"),
    ("Who owns the harbour data? Rules for small ports", "Who owns the harbour data? Rules for small ports"),
])
def test_sentence_part(text, expected):
    from pipeline.config import DATA_DIR
    from pipeline.extract.event_lexicon import load_event_lexicon
    from pipeline.extract.event_name_edges import sentence_part

    part = sentence_part(text, load_event_lexicon(DATA_DIR), 0, len(text))
    assert (text[part[0]:part[1]] if part else None) == expected


@pytest.mark.parametrize("text, expected", [
    # a name read over a full stop: its last sentence names the event
    ("7. Any other business\nNone.\n\n8. Closing\nThe chair closed the session at 18.40. Next steering group meeting: 14 October 2031.\n",
     [("Next steering group meeting 2031", "pattern:event_edition_row")]),
    ("10. Closing\nThe President thanked the members and closed the meeting at 16:55. Next General Assembly: May 2032 (date to be confirmed).\n",
     [("Next General Assembly 2032", "pattern:event_edition_row")]),
    ("Registration closes on 3 March 2031. Interested in our next trade mission? Write to Marta Vidal, our export adviser.", []),
])
def test_name_run_across_a_sentence_end_is_its_last_sentence(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a record's title as a page header or a news link names the minutes, not the meeting
    ("Nordlicht Photonics – Minutes of the General Assembly 2031                page 2 of 4\n\n"
     "5. Budget 2032\nThe treasurer presented the budget, which was approved unanimously.\n", []),
    ("Latest news\n\n– Summary of the Members' Meeting 2030 (12 December 2030)\n– Two new members join the cluster (3 December 2030)\n", []),
    ("Read the Summary of the Steering Committee Meeting 2031 on our website.", []),
])
def test_record_title_is_no_event(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place or a concern before "for the": the name is after it
    ("Some 250 guests gathered at the Grand Hotel Bellevue for the 3rd Alpine Cheese Awards on 12 May 2031.",
     [("Third Alpine Cheese Awards", "pattern:event_name")]),
    ("Registration for the Tyrolean Wood Day closes on 2 September 2031.", [("Tyrolean Wood Day 2031", "pattern:event_name")]),
    ("Buses leave the Central Station for the Lusatia Energy Summit at 8:00 on 4 June 2031.",
     [("Lusatia Energy Summit 2031", "pattern:event_name")]),
    # an event word before "for the" keeps the whole name
    ("The Conference for the Blue Economy takes place in Split on 9 October 2031.",
     [("Conference for the Blue Economy 2031", "pattern:event_name")]),
])
def test_lead_in_before_for_the_is_no_part_of_the_name(extract, text, expected):
    assert _events(extract, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Events" as a name's only event word: an organiser's calendar
    ("Events of the Alpine Wood Cluster\n\nOur members meet four times a year in Innsbruck.", []),
    ("Upper Danube Cleantech Network Events\n\nSee what is coming up this spring.", []),
    ("Find all dates on the page Events of the Baltic Photonics Platform.", []),
    # another event word in the name: one event
    ("The Baltic Events Industry Forum takes place in Riga on 5 May 2031.",
     [("Baltic Events Industry Forum 2031", "pattern:event_name")]),
])
def test_calendar_of_an_organiser_is_no_event(extract, text, expected):
    assert _events(extract, text) == expected
