"""Which date an event takes when its own sentence gives none: a linked event's, a calendar entry's date line,
the sentence that restates its name; and never the document's own date (issue 10: "an event's date is never
the publication date"). Sentences of our own; each test expects every event row of the text."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted({(e.name, e.start_date, e.end_date) for e in result.events}, key=lambda r: r[0])


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _expect(*rows: tuple[str, str | None, str | None]) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted(((n, _d(a), _d(b)) for n, a, b in rows), key=lambda r: r[0])


# linked_event_date: an undated event after "back-to-back with", "combined with", "followed by", "alongside" …
LINKED = [
    ("The project's closing conference is planned for March 2027 in Tartu, back-to-back with the Baltic Dairy Forum.",
     _expect(("Project's closing conference 2027", "2027-03-01", "2027-03-31"), ("Baltic Dairy Forum 2027", "2027-03-01", "2027-03-31"))),
    ("The third partner meeting is scheduled for 14–15 October 2026 in Porto, hosted by the port authority, and will be "
     "combined with an open workshop for maritime start-ups.",
     _expect(("Third partner meeting", "2026-10-14", "2026-10-15"), ("Open workshop for maritime start-ups 2026", "2026-10-14", "2026-10-15"))),
    ("The general assembly will meet on 5 December 2026 in Graz, followed by the Styrian Wood Awards.",
     _expect(("General assembly 2026", "2026-12-05", "2026-12-05"), ("Styrian Wood Awards 2026", "2026-12-05", "2026-12-05"))),
    ("The annual members' meeting takes place on 12 May 2027 in Kaunas, alongside the Amber Logistics Expo.",
     _expect(("Members' meeting 2027", "2027-05-12", "2027-05-12"), ("Amber Logistics Expo 2027", "2027-05-12", "2027-05-12"))),
    ("The Danish partners will make a study visit to Aarhus on 4 May 2027, coinciding with our Nordic Food Day.",
     _expect(("Study visit to Aarhus 2027", "2027-05-04", "2027-05-04"), ("Nordic Food Day 2027", "2027-05-04", "2027-05-04"))),
    # a section heading's day is not the linked event's when its own sentence says when
    ("### Friday 9 June 2028\n\nThe Finnish cluster will pay a return visit to Porto on 20 October 2028, coinciding with our "
     "Atlantic Robotics Day.\n",
     _expect(("Return visit to Porto 2028", "2028-10-20", "2028-10-20"), ("Atlantic Robotics Day 2028", "2028-10-20", "2028-10-20"))),
]


def test_linked_event_without_a_dated_event_before_it_stays_undated(extract):
    text = "Members met in Lyon on 3 May 2026. The Alpine Robotics Summit will be organised together with the Lyon Automation Fair."
    assert _rows(extract(text)) == _expect(("Alpine Robotics Summit", None, None), ("Lyon Automation Fair", None, None))


# entry_title_date: a calendar entry's title line, its date opening the next non-blank line (perhaps under "Date")
ENTRIES = [
    ("What's on\n\nSupplier Breakfast: what changes for exporters in 2027\n\nThu, 21 Jan 2027 · 8:30–10:00 · online\n\n"
     "Textile Recycling Info Session\n\nWednesday 3 March 2027 · 11:00–12:00 · online\n\n"
     "Slovenian pavilion at Hannover Messe 2027\n\nfrom 12 to 16 April 2027 · Hanover, Germany\n",
     _expect(("Supplier Breakfast: what changes for exporters in 2027", "2027-01-21", "2027-01-21"), ("Textile Recycling Info Session 2027", "2027-03-03", "2027-03-03"),
             ("Hannover Messe 2027", "2027-04-12", "2027-04-16"))),
    ("Upcoming\n\nCluster Webinar: Measuring what cluster services change\n\nDate\n\nThursday, 24 September 2026, 10:00\n",
     _expect(("Cluster Webinar 2026", "2026-09-24", "2026-09-24"))),
    ("NORDIC BATTERY FORUM 2027 – outcome note\nDate and place: 9–10 March 2027, Skellefteå (Sweden)\nRapporteur: Ann Berg\n",
     _expect(("Nordic Battery Forum 2027", "2027-03-09", "2027-03-10"))),
]


# entry_date_above_title: the date line first, the entry's title opening the line below it
ABOVE = [
    ("Our autumn\n\n8 October\n\nHydrogen Valve Breakfast: sealing for high pressure\n\n08:00 · Science Park, Graz. Two "
     "suppliers show their test rigs.\n\n21 October\n\nRail Supplier Matchmaking\n\nLeoben, at the university. Forty "
     "buyers.\n\nThis calendar was updated on 1 September 2031.\n",
     _expect(("Hydrogen Valve Breakfast 2031", "2031-10-08", "2031-10-08"), ("Rail Supplier Matchmaking 2031", "2031-10-21", "2031-10-21"))),
    ("Upcoming\n\n03.02.2032\n\nDairy Robotics Forum\n\nOdense · members only\n\n17–18 Mar 2032\n\nNordic Seaweed Days\n\n"
     "Esbjerg · open to all\n",
     _expect(("Dairy Robotics Forum 2032", "2032-02-03", "2032-02-03"), ("Nordic Seaweed Days 2032", "2032-03-17", "2032-03-18"))),
    # a year-less day under its month's heading; the card's own text gives only a deadline
    ("Agenda\n\nOctober 2031\n\n7 October\n\nDairy Hygiene Workshop\n\nKuopio, at the university. Hands-on session for "
     "small dairies.\n\n21 October\n\nBerry Processing Forum\n\nJoensuu, Science Park. Registration closes 10 October.\n\n"
     "4 November\n\nMembers evening\n\nVenue to be announced.\n",
     _expect(("Dairy Hygiene Workshop 2031", "2031-10-07", "2031-10-07"), ("Berry Processing Forum 2031", "2031-10-21", "2031-10-21"))),
    # the card's meta line below the title restates the card's days: the same card, not a news item dated in its text
    ("Events in May 2033\n\n12–13 May\n\nAlpine Hydrogen Days 2033\n\nConference · Bolzano, NOI Techpark · 12–13 May 2033\n",
     _expect(("Alpine Hydrogen Days 2033", "2033-05-12", "2033-05-13"))),
    ("Upcoming\n\n9 June 2034\n\nCork Innovation Breakfast\n\nBreakfast · Porto · 9 June 2034 · members only\n",
     _expect(("Cork Innovation Breakfast 2034", "2034-06-09", "2034-06-09"))),
    ("Calendar 2035\n\nThu 4 Oct\n\nWood Construction Forum\n\nTalk · online · 4 October 2035\n",
     _expect(("Wood Construction Forum 2035", "2035-10-04", "2035-10-04"))),
]


def test_title_followed_by_a_sentence_takes_no_date_from_it(extract):
    text = "Agenda\n\nPhotonics Summer School\n\nThe school returns in 2027.\n"
    assert _rows(extract(text)) == _expect(("Photonics Summer School", None, None))


# restated_name_date, and the document's own dates (publication, version) never an event's
OWN_DATES = [
    ("News | 28.01.2027\n\nEleven members on our joint stand at WOODTEC 2027\n\nThe cluster will present its members at "
     "WOODTEC, the trade fair for wood machinery. WOODTEC 2027 will take place in Brno from 24 to 28 May 2027.\n",
     _expect(("Woodtec 2027", "2027-05-24", "2027-05-28"))),
    ("Harbour Tech Summit 2026: what came out of Split\n\n30/11/2026 · by Ana Horvat · Events\n\n"
     "From 17 to 19 November 2026 the Adriatic Port Cluster hosted the second Harbour Tech Summit in Split.\n",
     _expect(("Harbour Tech Summit 2026", "2026-11-17", "2026-11-19"))),
    ("Posted on 4 February 2026\n\nOur delegation at Agritech Expo 2026\n\nTwelve members will travel to Agritech Expo 2026. "
     "Agritech Expo 2026 opens in Verona on 11 March 2026.\n",
     _expect(("Agritech Expo 2026", "2026-03-11", "2026-03-11"))),
    ("ALPINE SENSOR DAYS 2027\nProgramme – version of 2 August 2027 (subject to change)\n\nThursday 7 and Friday 8 October 2027\n"
     "Innsbruck, Congress Centre\n",
     _expect(("Alpine Sensor Days 2027", "2027-10-07", "2027-10-08"))),
    # an e-mail's "Date:" header under its "Subject:" is the day it was sent, not the meeting's or the forum's
    ("Subject: Minutes of the Board meeting no. 14\nFrom: Ana Ruiz <office@cluster.example>\nTo: board@cluster.example\n"
     "Date: Tue, 9 Mar 2027 10:04:11 +0100\n\nDear members,\nplease find the minutes below.\n\n"
     "The Board meeting no. 14 was held in Bilbao on 2 March 2027.\n",
     _expect(("Board meeting no. 14 2027", "2027-03-02", "2027-03-02"))),
    ("Subject: Invitation – Danube Wood Forum 2027\nFrom: secretariat@dwf.example\nDate: 12 Jan 2027\n\n"
     "Dear partners, we invite you to our yearly meeting.\n",
     _expect(("Danube Wood Forum 2027", None, None))),
    ("Subject: Minutes – Steering Committee meeting of AGRO-LINK\nFrom: pm@agrolink.example\nTo: partners@agrolink.example\n"
     "Date: Mon, 8 Nov 2027 16:40:02 +0200\n\nDear partners,\nthe Steering Committee meeting of AGRO-LINK took place online "
     "on 2 November 2027.\n",
     _expect(("Steering Committee meeting of AGRO-LINK 2027", "2027-11-02", "2027-11-02"))),
]

# anaphor_after_dated_sentence; a day opening the sentence is each named event's; an apposition does not block
SENTENCES = [
    ("Measuring what clusters change: notes from the Linz peer-learning workshop\n\nBy Eva Huber\n\nThirty programme "
     "managers spent two days on that question in Linz, on 3 and 4 March 2026. The workshop was hosted by the regional agency.\n",
     _expect(("Linz peer-learning workshop 2026", "2026-03-03", "2026-03-04"))),
    ("Stakeholder workshop on plastic waste: what we heard\nPublished: 27.01.2027\n\nOn Thursday, 14 January, the cluster "
     "brought 38 stakeholders to the science park, two years after the rules of 1 January 2025. The workshop was the first step.\n",
     _expect(("Stakeholder workshop 2027", "2027-01-14", "2027-01-14"))),
    ("The Nordic Wood Forum is our yearly meeting point.\n\nDelegates from nine countries met in Oslo on 5 May 2026. "
     "The forum was opened by the minister.\n", _expect(("Nordic Wood Forum 2026", "2026-05-05", "2026-05-05"))),
    ("The Nordic Wood Forum is our yearly meeting point.\n\nOn 5 May 2026 delegates visited the Oslo Timber Fair. "
     "The forum was opened by the minister.\n",  # the dated sentence names another event: not this one's day
     _expect(("Nordic Wood Forum", None, None), ("Oslo Timber Fair 2026", "2026-05-05", "2026-05-05"))),
    ("On 18 November 2026 the cluster hosted the Olive Startup Awards and a B2B brokerage event with 120 meetings.",
     _expect(("Olive Startup Awards 2026", "2026-11-18", "2026-11-18"), ("B2B brokerage event 2026", "2026-11-18", "2026-11-18"))),
    ("Several members will join the cluster's stand at Offshore Days Gdynia, the industry conference in Gdynia on 20–21 April 2027.",
     _expect(("Offshore Days Gdynia 2027", "2027-04-20", "2027-04-21"), ("Industry conference 2027", "2027-04-20", "2027-04-21"))),
    ("The Third Alpine Agri-Photonics Conference brought 212 participants from 17 countries to the Congress Quarter in "
     "Innsbruck on 29 and 30 September 2026.",
     _expect(("Third Alpine Agri-Photonics Conference", "2026-09-29", "2026-09-30"))),
]


# title_header_date: the document's title event, dated by the unlabelled header lines below the title
HEADERS = [
    ("NORDIC FOOD PACKAGING DAYS 2027 – SUMMARY REPORT\nAarhus, 4–5 May 2027 | Prepared by the cluster secretariat\n\n"
     "1. Overview\nSome 180 people came to the two days of talks and site visits.\n",
     _expect(("Nordic Food Packaging Days 2027", "2027-05-04", "2027-05-05"))),
    ("# Danube Wood Construction Summit 2026\n### \"Building with timber in river towns\" · 22–23 September 2026 · Győr, Hungary\n\n"
     "The summit brings builders, sawmills and architects together for two days.\n",
     _expect(("Danube Wood Construction Summit 2026", "2026-09-22", "2026-09-23"))),
    ("INVITATION\nAQUALINK Final Conference\nFish farms, data and the next five years\nPorto, Alfândega Congress Centre – 12 March 2027, "
     "10:00–16:00\n\nDear partners, we are glad to invite you to the closing event of the project.\n",
     _expect(("AQUALINK Final Conference 2027", "2027-03-12", "2027-03-12"))),
]


def test_title_header_reads_no_date_under_another_label_or_below_prose(extract):
    text = ("BALTIC TEXTILE RECYCLING FORUM – OUTCOME NOTE\nNote circulated: 14 April 2027\n\n"
            "The forum met in Kaunas to discuss sorting lines. A follow-up call is set for 3 May 2027.\n")
    assert _rows(extract(text)) == _expect(("Baltic Textile Recycling Forum", None, None))


@pytest.mark.parametrize("text, expected", LINKED + ENTRIES + ABOVE + OWN_DATES + SENTENCES + HEADERS,
                         ids=[f"linked{i}" for i in range(len(LINKED))] + [f"entry{i}" for i in range(len(ENTRIES))]
                         + [f"above{i}" for i in range(len(ABOVE))]
                         + [f"own_date{i}" for i in range(len(OWN_DATES))] + [f"sentence{i}" for i in range(len(SENTENCES))]
                         + [f"header{i}" for i in range(len(HEADERS))])
def test_event_takes_the_date_its_neighbours_give_it(extract, text, expected):
    """Linked events (``linked_event_date``), calendar entries (``entry_title_date``, ``entry_date_above_title``), a restated name
    (``restated_name_date``); never the publication or version date."""
    assert _rows(extract(text)) == expected


# restated_name_date for an event dated only to its month: a day of that month the restated name is given
@pytest.mark.parametrize("text, expected", [
    ("News from the network\n\nThe annual meeting in March approved the budget for 2031.\n\nBudget approved\n\n"
     "Forty members came to Porto on 6 March 2030 for the network's annual meeting, hosted by the port authority.\n",
     _expect(("Annual meeting 2030", "2030-03-06", "2030-03-06"))),
    ("Dear members,\n\nOur general assembly in June renewed the board, and the first mission of our clusters to Korea is "
     "taking shape.\n\nBoard elected\n\nThirty members met in Tallinn on Thursday, 12 June 2031 for the cluster's general "
     "assembly and elected a new chair.\n",
     _expect(("General assembly 2031", "2031-06-12", "2031-06-12"), ("First mission of our clusters to Korea", None, None))),
    # a day of another month is not the month's event's
    ("News from the network\n\nThe annual meeting in March approved the budget for 2031.\n\nBudget approved\n\n"
     "Forty members came to Porto on 6 April 2030 for the network's annual meeting, hosted by the port authority.\n",
     _expect(("Annual meeting 2030", "2030-03-01", "2030-03-31"))),
])
def test_month_dated_event_takes_the_day_its_restated_name_gets(extract, text, expected):
    assert _rows(extract(text)) == expected
