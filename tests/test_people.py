"""People: cue rules, line shapes, spaCy mislabels fixed, short mentions linked, negatives."""
from __future__ import annotations

import pytest


def names(result) -> set[str]:
    return {p.name for p in result.people}


def test_people_every_mention_text_is_the_document_slice(extract):
    text = "Moderation: Jonas Petraitis\n\nJonas Petraitis welcomed the audience. Petraitis then left."
    r = extract(text)
    assert r.people
    for p in r.people:
        assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("text, expected", [
    ("Moderation: Aino Virtanen\n\n1. Opening", "Aino Virtanen"),
    ("Submitted by Tomasz Nowak on 3 March 2021", "Tomasz Nowak"),
    ("The award went to the team of Ilse Vermeulen as Cluster Manager of the Year.", "Ilse Vermeulen"),
    ("Dr. Henrik Lund opened the meeting in Aalborg.", "Henrik Lund"),
])
def test_people_cue_rules_find_the_name(extract, text, expected):
    assert expected in names(extract(text))


def test_people_title_is_kept_apart_from_the_name(extract):
    r = extract("Ms. Ingrid Falk presented the new strategy to the board members.")
    (p,) = [p for p in r.people if p.name == "Ingrid Falk"]
    assert p.title == "Ms"
    assert "Ms" not in p.name


def test_people_name_broken_across_lines(extract):
    text = "The opening speech was given by our chair, Dr. Marta\nKowalczyk-Zielińska, who thanked the hosts."
    r = extract(text)
    assert "Marta Kowalczyk-Zielińska" in names(r)
    (p,) = [p for p in r.people if p.name == "Marta Kowalczyk-Zielińska"]
    assert "\n" in p.text


def test_people_diacritics_and_hyphens_in_agenda_line(extract):
    r = extract("Panel\nDaiva Žemaitytė-Kairienė, Managing Director, Baltic Food Cluster\n")
    assert "Daiva Žemaitytė-Kairienė" in names(r)


def test_people_surname_and_first_name_mentions_link_to_the_full_name(extract):
    text = ("Speakers\nLaura Bianchi, Policy Officer, DG REGIO\n\n"
            "Laura Bianchi opened the session. Bianchi said that clusters matter. As Laura put it, funding is key.")
    r = extract(text)
    linked = [p for p in r.people if p.text in ("Bianchi", "Laura")]
    assert len(linked) == 2
    assert {p.name for p in linked} == {"Laura Bianchi"}


def test_people_title_and_surname_without_full_name(extract):
    r = extract('Commissioner Vestager said: "Competition keeps markets open".')
    (p,) = [p for p in r.people if p.name == "Vestager"]
    assert p.title == "Commissioner"


@pytest.mark.parametrize("text", [
    "The Danish Cluster Academy and the Basque Country will host the event.",
    "Funding comes from Horizon 2020 and the Single Market Programme.",
    "The meeting took place at the Palace of Parliament in Bucharest, Romania.",
    "Key Messages\n\nClusters are integral to European Industrial Strategy.",
    # venues, fairgrounds and the French "Pôle" in location lines (not_person_words.txt)
    "Location: Salzburg, Haus der Wirtschaft",
    "Venue: Hotel Lakeside Palace, Bled",
    "The fair is organised by Pôle Aéro Bretagne and the Breton Marine Network.",
    "Where: Messe Congress Linz, hall B",
    # venues listed with their town in brackets (rule "name-paren-listed" wants a given name first)
    "Partners: Hotel Continental (Bled), Villa Rosa (Split)",
    "Partners are Pannon Food Innovation Cluster (Hungary), Polo Agroalimentare Emilia (Italy) and Oat Network (Sweden).",
])
def test_people_no_person_in_organisations_places_or_programmes(extract, text):
    assert names(extract(text)) == set()


def test_people_country_as_first_name_but_not_as_surname(extract):
    r = extract("Moderation: Jordan Hayes\n\nScale-Up Estonia, Mart Tamm;\n")
    assert {"Jordan Hayes", "Mart Tamm"} <= names(r)
    assert "Scale-Up Estonia" not in names(r)


def test_people_middle_initial_and_repeated_full_name(extract):
    r = extract("Moderation: Petra K. Novak\n\nLater, Petra K. Novak summed up the debate.")
    assert [p.name for p in r.people] == ["Petra K. Novak", "Petra K. Novak"]


def test_people_first_name_that_is_an_ordinary_word_is_not_linked(extract):
    r = extract("Moderation: Mark Jensen\n\nMark your calendars: the next session will mark the end of the series.")
    assert [p.text for p in r.people] == ["Mark Jensen"]


def test_people_name_after_organisation_kind_noun_is_not_a_person(extract):
    # The small model tags "Kattegat Brint" PERSON.
    r = extract("Among the guests was Lars Berg from the Danish network Kattegat Brint and Marit Jansen.")
    names = {p.name for p in r.people}
    assert "Kattegat Brint" not in names
    assert {"Lars Berg", "Marit Jansen"} <= names


def test_people_capitalised_phrase_before_of_organisation_is_not_a_person(extract):
    r = extract("The Dalmatian Wine Cluster received the Golden Label of the Adriatic Cluster Network last year.")
    assert "Golden Label" not in {p.name for p in r.people}


def test_people_panel_line_with_rector_title(extract):
    r = extract("Panellists:\n\n- Jana Kowalczyk, Vice-Rector for Cooperation, Silesian University of Technology (Poland)\n")
    assert "Jana Kowalczyk" in names(r)


def test_people_repeated_name_over_a_line_break_is_one_name(extract):
    text = "Five questions to Marta Oliveira\nMarta Oliveira has been manager of the Porto Design Cluster since 2020.\n"
    r = extract(text)
    assert names(r) == {"Marta Oliveira"}


def test_people_label_on_the_next_line_is_no_part_of_the_name(extract):
    r = extract("Speaker: Greta Holm\nPosition: Director\n")
    assert names(r) == {"Greta Holm"}


def test_people_catalan_conjunction_inside_a_name(extract):
    r = extract("Attendees:\n- Jordi Ferrer i Bosch (Girona Food Cluster)\n- Ana Ruiz (Basque Energy Cluster)\n")
    assert "Jordi Ferrer i Bosch" in names(r)
    assert "Jordi Ferrer" not in names(r)


def test_people_venues_and_streets_are_no_people(extract):
    text = ("Cluster Night 2025\n\n- Fri, 14 Mar 2025, 19:00\n- Schumann Hall, Dresden\n\n"
            "Venue: Baltic Wood Cluster, Via della Pace 12, Parma\n")
    found = names(extract(text))
    assert "Schumann Hall" not in found
    assert not any(n.startswith("Via") for n in found)


def test_people_role_with_possessive_pronoun_before_the_name(extract):
    r = extract("This year our export manager, Radoslav Kirov, will lead the mission to Canada.")
    assert "Radoslav Kirov" in names(r)


def test_people_wrapped_role_after_a_label_and_name(extract):
    text = "Some news in brief.\n\nEditor: Marit Jansen, Communications\nOfficer, BWCN\n"
    assert "Marit Jansen" in names(extract(text))


def test_people_words_before_an_organisation_word_are_no_name(extract):
    text = "Best regards,\n\nProf. Dr. Karl Huber\nManaging Director\nTyrol Mechatronics Cluster\nInnsbruck, Austria\n"
    assert names(extract(text)) == {"Karl Huber"}


def test_people_words_before_the_acronym_of_a_longer_name_are_no_person(extract):
    text = ("Funding came from the National Institute on Drug Abuse (NIDA), the Union of Rightist Forces (SPS) and\n"
            "the Center for International Private Enterprise (CIPE).")
    assert names(extract(text)) == set()


def _people_rows(r) -> list[tuple[str, str]]:
    return [(p.text, p.name) for p in r.people]


@pytest.mark.parametrize("text, expected", [
    ("The opening address was given by Karl-Theodor zu Guttenberg, chair of the Alpine Wood Cluster.",
     [("Karl-Theodor zu Guttenberg", "Karl-Theodor zu Guttenberg")]),
    ("Speakers\nMaria degli Esposti, Managing Director, Emilia Food Cluster\nJan op den Akker, Policy Officer, DG GROW\n",
     [("Maria degli Esposti", "Maria degli Esposti"), ("Jan op den Akker", "Jan op den Akker")]),
    ("Welcome: Lotte vom Stein (Hanse Maritime Cluster, Germany)", [("Lotte vom Stein", "Lotte vom Stein")]),
])
def test_people_name_particles_from_nameparser(extract, text, expected):
    assert _people_rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The workshop was opened by Marie LE BARZIC, director of the Brittany food cluster.",
     [("Marie LE BARZIC", "Marie LE BARZIC")]),
    ("Speakers\nJean-Luc DUPONT, Head of Innovation, Pole Sud\n\nAnna KOWALSKA (Lodz Textile Cluster, Poland)\n",
     [("Jean-Luc DUPONT", "Jean-Luc DUPONT"), ("Anna KOWALSKA", "Anna KOWALSKA")]),
    ("Join NOW and meet Anna WEBER, CEO of Weber Robotics, who chairs the panel.", [("Anna WEBER", "Anna WEBER")]),
])
def test_people_surname_in_capitals(extract, text, expected):
    assert _people_rows(extract(text)) == expected


def test_people_capitals_the_text_also_uses_alone_are_an_acronym(extract):
    r = extract("Results were presented by Fraunhofer IKTS. The IKTS team also showed the prototype.")
    assert _people_rows(r) == []


@pytest.mark.parametrize("text", [
    "Supply Chains\n\nGlobal suppliers are adapting quickly to new rules.",
    "A Comprehensive Look at Cluster Funding",
    "Circular Textiles at Lodz University of Technology",
])
def test_people_title_case_heading_without_a_given_name_is_nobody(extract, text):
    assert _people_rows(extract(text)) == []


def test_people_found_by_the_model_alone_keep_their_given_names(extract):
    r = extract("Heikki Kervinen opened the fair, and Zsófia Kertai closed it.")
    assert _people_rows(r) == [("Heikki Kervinen", "Heikki Kervinen"), ("Zsófia Kertai", "Zsófia Kertai")]


# Rule "credit-label": people named only in a credit line (photo, text, editor, authors), perhaps after
# the source they work for; captions that name no person give none. (An editor is also read by the role-label rule,
# which names the office: role_credit_offices.txt.)
@pytest.mark.parametrize("text, names, rule", [
    ("Published 3 May 2026 · Tartu · Text: Marta Kask · Photo: Liisa Tamm", ["Marta Kask", "Liisa Tamm"], "credit-label"),
    ("The new hall opened in March. Photos: © Nordic Robotics Cluster / Henrik Olsen", ["Henrik Olsen"], "credit-label"),
    ("Authors: Dr. Maria Costa, Pedro Alves and Ana Ribeiro.", ["Maria Costa", "Pedro Alves", "Ana Ribeiro"], "credit-label"),
    ("Thanks for reading. Editor: Willem van den Berg · Unsubscribe", ["Willem van den Berg"], "role-label"),
    ("Photo: The cluster board at its spring meeting in Graz.", [], None),
    ("Photo: Baltic Cluster Bridge", [], None),
])
def test_people_credit_lines(extract, text, names, rule):
    r = extract(text)
    assert [p.name for p in r.people] == names
    assert not names or rule in {p.rule for p in r.people}


# Rule family "particle surname" for Irish and Welsh names: the one-letter "Ó", "Ní", "Nic", "Mac" and the
# Welsh "ap" inside a name.
@pytest.mark.parametrize("text, expected", [
    ("Opening words: Dr Cathal Ó Murchú, director of the Galway Seafood Cluster.",
     [("Cathal Ó Murchú", "Cathal Ó Murchú")]),
    ("Posted by Gwenllian ap Rhys on 3 March 2027", [("Gwenllian ap Rhys", "Gwenllian ap Rhys")]),
    ("The workshop was chaired by Prof. Donal Ó Riain. Donal thanked the hosts.",
     [("Donal Ó Riain", "Donal Ó Riain"), ("Donal", "Donal Ó Riain")]),
])
def test_people_irish_and_welsh_particles(extract, text, expected):
    assert _people_rows(extract(text)) == expected


# Rule family "surname of several words": the surname used alone after the full name stands for that person.
@pytest.mark.parametrize("text, expected", [
    ("The assembly re-elected Aoife Nic Dhonnacha as president. Nic Dhonnacha has led the network since 2019.",
     [("Aoife Nic Dhonnacha", "Aoife Nic Dhonnacha"), ("Nic Dhonnacha", "Aoife Nic Dhonnacha")]),
    ("The members elected Ottavia Del Monte Sarti as president. Del Monte Sarti is director of the Verona Stone Cluster.",
     [("Ottavia Del Monte Sarti", "Ottavia Del Monte Sarti"), ("Del Monte Sarti", "Ottavia Del Monte Sarti")]),
    ("Gráinne Ní Mhurchú has been appointed Chair of the Irish Food Network. \"We will grow,\" Ní Mhurchú said.",
     [("Gráinne Ní Mhurchú", "Gráinne Ní Mhurchú"), ("Ní Mhurchú", "Gráinne Ní Mhurchú")]),
])
def test_people_surname_of_several_words_alone(extract, text, expected):
    assert _people_rows(extract(text)) == expected


# Rule family "end of an organisation's name" (statement_context.end_of_org_name): the person-shaped end of a
# longer name of another language is no person; names beside such organisations still are.
@pytest.mark.parametrize("text, expected", [
    ("Partners: Klaster Obróbki Metali Śląsk (Silesian Metal Cluster) and a science park.", set()),
    ("The consortium includes Debreceni Műszaki és Informatikai Egyetem (DMIE), Hungary.", set()),
    ("Hosted by the Basque Food Cluster – Elikagaien Kluster Elkartea (BFC).", set()),
    ("The panel was moderated by Jane Doe (Acme Cluster) and Mark Roe (Nordic Agency).", {"Jane Doe", "Mark Roe"}),
    ("CEO Anna Berg (Baltic Wood Cluster) opened the meeting with Dr Jan Novak (Czech Agency).", {"Anna Berg", "Jan Novak"}),
])
def test_people_end_of_an_organisation_name_of_another_language(extract, text, expected):
    assert names(extract(text)) == expected


# Rule family "name the model cut short" (people._whole_model_name): the model's span stopped at a particle or
# started at the second given name; the name runs over particles and back over the first given name.
@pytest.mark.parametrize("text, expected", [
    ("Joris Van den Bossche presented the cluster.", {"Joris Van den Bossche"}),
    ("With Ana Paula Correia (Porto Offshore Services) the panel began.", {"Ana Paula Correia"}),
    ("Yesterday Olaf Brandt and Greta Holm visited the lab.", {"Olaf Brandt", "Greta Holm"}),
    ("Dear Anna Berg, thank you for coming.", {"Anna Berg"}),
])
def test_people_name_the_model_cut_short(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hi Claude,\n\nthanks for the agenda. Claude Ferrand will open the meeting in Lyon.", "Claude Ferrand"),
    ("Hallo Jana,\n\nwie besprochen: Jana Novotná leitet den Workshop in Brno.", "Jana Novotná"),
    ("Hello Marek,\n\nMarek Wiśniewski confirmed that he will chair the panel in Gdańsk.", "Marek Wiśniewski"),
])
def test_people_greeting_before_a_name_is_no_part_of_it(extract, text, expected):
    # the greeted given name is a short mention of the full name; the greeting is no part of it and no title
    given = expected.split()[0]
    assert [(p.name, p.text, p.title) for p in extract(text).people] == [(expected, given, None), (expected, expected, None)]


def test_people_greeting_that_opens_a_quoted_line_is_no_part_of_the_name(extract):
    # the line rule reads a name before a line's first comma: never with the greeting
    text = "Minutes taken by Sofie Lindqvist.\n\nHi Sofie, could you circulate the roles we agreed today? Thanks, Jonas"
    assert [(p.name, p.text) for p in extract(text).people] == [("Sofie Lindqvist", "Sofie Lindqvist"), ("Sofie Lindqvist", "Sofie")]


@pytest.mark.parametrize("text", [
    "Liebe Mitglieder,\n\ndie Jahrestagung findet am 4. Mai in Kassel statt.",
    "Dear Colleagues,\n\nthe annual meeting takes place in Kassel on 4 May.",
    "Bonjour Partenaires,\n\nla réunion annuelle aura lieu à Nancy le 4 mai.",
])
def test_people_greeting_to_a_group_is_nobody(extract, text):
    assert extract(text).people == ()
