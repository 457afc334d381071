"""Roles: agenda lines, titles, possessives, name-over-role blocks, affiliations, moderators."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.role, r.organisation) for r in result.roles}


def test_roles_agenda_line_name_role_organisation_parent(extract):
    r = extract("Agenda\nPiotr Zieliński, Head of Unit, DG REGIO, European Commission\n")
    assert ("Piotr Zieliński", "Head of Unit", "DG REGIO") in roles(r)


def test_roles_role_with_qualifier_is_kept_as_stated(extract):
    r = extract("Panel\nMarie Dubois, Project Manager Internationalisation, Aerospace Valley\n")
    assert ("Marie Dubois", "Project Manager Internationalisation", "Aerospace Valley") in roles(r)


def test_roles_moderation_label(extract):
    r = extract("Moderation: Elena Popescu\n\n1. Welcome")
    assert ("Elena Popescu", "Moderator", None) in roles(r)


def test_roles_possessive_organisation_before_role_and_name(extract):
    # a kind noun alone ("The Network's") names no organisation (tests/test_role_kind_noun.py)
    r = extract("The Network's Chair Annika Berg was in attendance at the meeting.")
    assert ("Annika Berg", "Chair", None) in roles(r)
    r = extract("The Acme Wood Cluster's Chair Annika Berg was in attendance at the meeting.")
    assert ("Annika Berg", "Chair", "Acme Wood Cluster") in roles(r)


def test_roles_name_over_role_lines(extract):
    text = ("Kind regards,\n\nJohan Visser\nDirector\nInnovation Policy\nat the Netherlands Enterprise Agency\n\n"
            "More news below.")
    r = extract(text)
    (row,) = [x for x in r.roles if x.person == "Johan Visser"]
    assert row.role == "Director"
    assert row.organisation == "Netherlands Enterprise Agency"


def test_roles_title_role_without_full_name(extract):
    r = extract("Commissioner Ferreira opened the conference.")
    assert ("Ferreira", "Commissioner", None) in roles(r)


def test_roles_organisation_name_list_entry_gives_affiliation(extract):
    r = extract("Examples presented:\n\nFood Valley Hub, Pieter de Groot;\n\nMore follows.")
    assert ("Pieter de Groot", "", "Food Valley Hub") in roles(r)


def test_roles_span_covers_the_statement(extract):
    text = "Agenda\nKarin Olsen, CEO, Nordic Battery Cluster\n"
    r = extract(text)
    (row,) = r.roles
    assert text[row.start:row.end] == row.text
    assert "Karin Olsen" in row.text and "CEO" in row.text


def test_roles_no_role_from_plain_sentences(extract):
    r = extract("Clusters help companies to grow. The manager of the project was happy with the results.")
    assert r.roles == ()


def test_roles_apposition_in_a_sentence(extract):
    r = extract("The event was opened by Tomas Novak, Director-General of DG RTD, and by the mayor.")
    assert ("Tomas Novak", "Director-General", "DG RTD") in roles(r)


def test_roles_label_then_name_role_organisation(extract):
    r = extract("Programme\nWelcome: Ana Sousa, President, Lisbon Tech Cluster Association\n")
    assert ("Ana Sousa", "President", "Lisbon Tech Cluster Association") in roles(r)


def test_roles_head_of_field_stays_in_the_role(extract):
    r = extract("Panel\nEleni Georgiou, Head of Innovation, Athens Robotics Cluster\n")
    assert ("Eleni Georgiou", "Head of Innovation", "Athens Robotics Cluster") in roles(r)


def test_roles_role_of_organisation_then_name(extract):
    r = extract("The award was handed over by the Chair of the Nordic Cluster Network, Sven Larsson.")
    assert ("Sven Larsson", "Chair", "Nordic Cluster Network") in roles(r)


def test_roles_name_with_organisation_in_brackets(extract):
    r = extract("Presentations were given by Rita Almeida (Portuguese Cluster Agency) and others.")
    assert ("Rita Almeida", "", "Portuguese Cluster Agency") in roles(r)


def test_roles_semicolon_list_of_organisation_name_entries(extract):
    r = extract("Partners: Tech Hub Malta, Joseph Vella; Photonics\nCluster Wallonia, Claire Petit and Marc Dubois.")
    assert {("Joseph Vella", "", "Tech Hub Malta"), ("Claire Petit", "", "Photonics Cluster Wallonia"),
            ("Marc Dubois", "", "Photonics Cluster Wallonia")} <= roles(r)


def test_roles_chair_title_is_not_a_moderator(extract):
    r = extract("The Network's Chair Annika Berg was in attendance at the meeting.")
    assert not any(role == "Moderator" for _, role, _ in roles(r))


def test_roles_lower_case_role_with_determiner_in_prose(extract):
    r = extract('"Skills matter," said Ines Moreau, the head of the Alsace Biovalley Cluster, on Monday.')
    assert ("Ines Moreau", "head", "Alsace Biovalley Cluster") in roles(r)


def test_roles_name_from_organisation_is_an_affiliation(extract):
    r = extract("The panel was completed by Paolo Bianchi from Confartigianato and by local experts.")
    assert ("Paolo Bianchi", "", "Confartigianato") in roles(r)


def test_roles_agenda_line_with_organisation_and_no_role(extract):
    r = extract("Speakers\nJana Novakova, Czech Cluster Association\nPeter Hall, Brussels\n")
    assert ("Jana Novakova", "", "Czech Cluster Association") in roles(r)
    assert not [x for x in r.roles if x.person == "Peter Hall"]


# --- generalisation rules (own sentences; negatives alongside) ------------------------------------
def test_roles_role_and_organisation_wrapped_inside_a_paragraph(extract):
    text = ("The panel agreed on a joint roadmap for the\nnext two years, said Dr Henrik Aalto, Chair\n"
            "of the Kvarken Logistics Cluster, at the end\nof the meeting.")
    assert ("Henrik Aalto", "Chair", "Kvarken Logistics Cluster") in roles(extract(text))


def test_roles_organisation_on_next_line_after_trailing_comma(extract):
    r = extract("Layout: Sanna Virtanen, Project Officer,\nLapland Wood Network")
    assert ("Sanna Virtanen", "Project Officer", "Lapland Wood Network") in roles(r)


def test_roles_line_break_still_ends_a_role_in_line_blocks(extract):
    # Agenda lines: the next line is the next speaker, not the organisation of this one.
    text = "Programme\n\n10:00 Opening – Tomas Novak, Director\n10:30 Keynote – Jana Horakova, Moravian Cluster\n"
    assert not any(p == "Tomas Novak" and (o or role != "Director") for p, role, o in roles(extract(text)))


def test_roles_signature_organisation_and_unit_lines(extract):
    text = ("We hope to see you in Vilnius.\n\nIrena Kowalska\nHead of Unit\nRegional Innovation and Clusters,\n"
            "Nordic Council of Research and\nInnovation Agencies (NCRIA)\n\nNext page")
    r = extract(text)
    rs = roles(r)
    assert any(p == "Irena Kowalska" and role == "Head of Unit" and o and "Agencies" in o for p, role, o in rs)
    assert "Regional Innovation and Clusters" in {o.name for o in r.organisations}


def test_roles_signature_stops_at_address_lines(extract):
    text = "Best regards,\n\nMarek Dvorak\nDirector\nSilesian Energy Cluster\nKatowice, Poland\n"
    r = extract(text)
    assert ("Marek Dvorak", "Director", "Silesian Energy Cluster") in roles(r)
    assert not any(o.name in ("Katowice", "Poland") for o in r.organisations)


def test_roles_unit_word_belongs_to_the_role_and_parent_is_the_organisation(extract):
    r = extract("Marco Bellini, Head of the Export Division at Umbria Region, opened the day.")
    assert ("Marco Bellini", "Head of the Export Division", "Umbria Region") in roles(r)
    assert "Export Division" not in {o.name for o in r.organisations}


def test_roles_of_an_organisation_that_is_no_unit_stays_the_organisation(extract):
    r = extract("Marco Bellini, Director of the Umbria Design Cluster at the Perugia Fair, opened the day.")
    assert ("Marco Bellini", "Director", "Umbria Design Cluster") in roles(r)


def test_roles_person_from_kind_noun_and_organisation_name(extract):
    r = extract("The jury included Agnès Moreau from the French aerospace cluster Ciel Occitanie Sud.")
    assert ("Agnès Moreau", "", "Ciel Occitanie Sud") in roles(r)


def test_roles_its_role_belongs_to_the_organisation_opening_the_item(extract):
    text = "Case studies:\n- Latvian Furniture Cluster, presented by its manager Ilze Ozola, pools orders.\n- Others followed.\n"
    assert ("Ilze Ozola", "manager", "Latvian Furniture Cluster") in roles(extract(text))


def test_roles_its_role_without_named_organisation_gives_no_organisation(extract):
    r = extract("In 2021 the network appointed its director Ilze Ozola after a long search.")
    assert not any(p == "Ilze Ozola" and o for p, _, o in roles(r))


def test_roles_person_of_an_organisation(extract):
    r = extract("Dr Anton Weber of the Technical University of Graz presented a pilot line.")
    assert ("Anton Weber", "", "Technical University of Graz") in roles(r)


def test_roles_person_of_a_place_gives_no_organisation(extract):
    r = extract("Dr Anton Weber of Graz presented a pilot line.")
    assert not any(o for _, _, o in roles(r))


# --- role phrase shapes: "for" fields, roles before names, copulas, speaker tables --------------
def test_roles_role_of_org_before_name_with_at_organisation(extract):
    r = extract("The day opened with the Director for Maritime Affairs at DG MARE, Pieter Janssens. He spoke briefly.")
    assert ("Pieter Janssens", "Director for Maritime Affairs", "DG MARE") in roles(r)


def test_roles_role_with_lower_case_unit_word_before_name(extract):
    r = extract("The session was chaired by the Head of the Regional Cooperation unit at INEA, Martina Kovač, who spoke first.")
    assert ("Martina Kovač", "Head of the Regional Cooperation unit", "INEA") in roles(r)


def test_roles_role_of_org_after_a_name_is_that_persons(extract):
    # "Jane Doe, CEO of Acme, John Roe": the role belongs to the name before it, not the one after.
    r = extract("Speakers included Greta Holm, CEO of the Baltic Wood Cluster, Anders Berg and others.")
    assert not any(p == "Anders Berg" and role for p, role, _ in roles(r))


def test_roles_role_title_with_field_before_name_without_comma(extract):
    r = extract("Deputy Minister for Regional Development Tomas Vaitkus visited the new testing hall.")
    assert any(p == "Tomas Vaitkus" and role.endswith("Minister for Regional Development") for p, role, _ in roles(r))


def test_roles_role_field_is_not_taken_for_the_first_name(extract):
    r = extract("Commissioner for Innovation Strategy Lena Ström opened the forum.")
    assert "Lena Ström" in {p.name for p in r.people}
    assert not any("Strategy" in p.name for p in r.people)


def test_roles_head_of_field_at_organisation(extract):
    r = extract("Moderated by Jonas Weber, Head of Logistics at the Danube Freight Network.\n")
    assert ("Jonas Weber", "Head of Logistics", "Danube Freight Network") in roles(r)


def test_roles_field_after_for_and_organisation_after_of(extract):
    r = extract("The pact was signed by Marta Silva, Secretary for the Sea of the Regional Government of the Azores, on Friday.")
    assert ("Marta Silva", "Secretary for the Sea", "Regional Government of the Azores") in roles(r)


def test_roles_field_after_for_in_a_panel_line(extract):
    r = extract("Panel:\n- Olga Nowak, Vice-Rector for Research with Industry, Gdańsk University of Technology (Poland)\n")
    assert ("Olga Nowak", "Vice-Rector for Research with Industry", "Gdańsk University of Technology") in roles(r)


def test_roles_field_in_lower_case_stays_out_of_the_role(extract):
    r = extract("We thank Ms. Karla Weiss, Head of Unit for Advanced technologies, Clusters and Social economy.")
    assert not any(role.endswith("Advanced") for _, role, _ in roles(r))


def test_roles_lead_title_in_an_agenda_line(extract):
    r = extract("Panel\n- Aoife Byrne, Innovation Lead, Munster Food Cluster Network (Ireland)\n")
    assert ("Aoife Byrne", "Innovation Lead", "Munster Food Cluster Network") in roles(r)


def test_roles_lower_case_role_after_has_been(extract):
    text = ("Interview with Petra Horvat\n\nPetra Horvat has been project\nmanager of the Adriatic Boat\n"
            "Builders Cluster since 2019. She told us more.\n")
    assert ("Petra Horvat", "project manager", "Adriatic Boat Builders Cluster") in roles(extract(text))


def test_roles_copula_without_organisation_gives_no_role(extract):
    r = extract("Petra Horvat was director for ten years before she retired.")
    assert r.roles == ()


def test_roles_pipe_table_of_speakers(extract):
    text = ("Speakers\n\n| Name | Affiliation | Role |\n|---|---|---|\n"
            "| Lars Eriksson | Swedish Forest Cluster | Chair |\n| Dr Anna Kovacs | Budapest Technical Institute (BTI) | Researcher |\n")
    rs = roles(extract(text))
    assert ("Lars Eriksson", "Chair", "Swedish Forest Cluster") in rs
    assert ("Anna Kovacs", "Researcher", "Budapest Technical Institute") in rs


def test_roles_table_cells_one_per_paragraph(extract):
    # HTML / Markdown tables reach the rules as one cell per paragraph, row after row.
    text = ("Speakers\n\nSpeaker\n\nOrganisation\n\nPosition\n\nSession\n\n"
            "Lars Eriksson\n\nSwedish Forest Cluster\n\nChair\n\nOpening\n\n"
            "Anna Kovacs\n\nBudapest Technical Institute (BTI)\n\nResearcher\n\nPanel 1\n\n"
            "Day 1\n\nThe Lab opened at nine.\n")
    rs = roles(extract(text))
    assert ("Lars Eriksson", "Chair", "Swedish Forest Cluster") in rs
    assert ("Anna Kovacs", "Researcher", "Budapest Technical Institute") in rs


def test_roles_table_without_person_column_gives_nothing(extract):
    text = "Cluster\n\nCountry\n\nRole\n\nSwedish Forest Cluster\n\nSweden\n\nCoordinator\n"
    assert extract(text).roles == ()


def test_roles_field_after_for_stops_before_an_email_address(extract):
    text = ("The mission was prepared with the country team in the capital and with the staff in the regions. "
            "Alex Rowe, Political Process Analyst\nArowe@example.org\nLena Holm, Team Leader for Korea\nLholm@example.org\n"
            "Min Cho, International Cooperation Specialist\nMcho@example.org\n")
    assert not any("@" in role for _, role, _ in roles(extract(text)))


def test_roles_organisation_named_before_the_role_title(extract):
    rs = roles(extract("Baltic Wood Cluster President Greta Holm said the results were good."))
    assert ("Greta Holm", "President", "Baltic Wood Cluster") in rs


def test_roles_possessive_organisation_of_several_words_and_lower_case_role(extract):
    rs = roles(extract("According to the Baltic Wood Cluster's manager Greta Holm, demand grew."))
    assert ("Greta Holm", "manager", "Baltic Wood Cluster") in rs


def test_roles_title_after_a_plain_word_has_no_organisation(extract):
    rs = roles(extract("In March, President Greta Holm opened the fair."))
    assert ("Greta Holm", "President", None) in rs


def test_roles_who_is_role_of_organisation(extract):
    r = extract("The fair was opened by Greta Holm, who is the Director of the Baltic Wood Cluster, and the mayor.")
    assert ("Greta Holm", "Director", "Baltic Wood Cluster") in roles(r)


def test_roles_role_and_organisation_in_brackets(extract):
    r = extract("The panel included Greta Holm (Director, Baltic Wood Cluster) and Ivo Kask (Chair) yesterday.")
    rs = roles(r)
    assert ("Greta Holm", "Director", "Baltic Wood Cluster") in rs
    assert ("Ivo Kask", "Chair", None) in rs
    assert not any(o.name.startswith("Director") for o in r.organisations)


def test_roles_table_cells_stop_where_an_empty_cell_was_dropped(extract):
    # HTML ingest drops an empty cell: "Researcher" moves into the organisation column, the next
    # speaker into the role column; the rows from there on no longer line up and are not read.
    text = ("Speakers\n\nName\n\nOrganisation\n\nRole\n\nLars Eriksson\n\nSwedish Forest Cluster\n\nChair\n\n"
            "Anna Kovacs\n\nResearcher\n\nIvo Kask\n\nTartu Science Park\n\nProject Manager\n\nMore text follows here.\n")
    rs = roles(extract(text))
    assert ("Lars Eriksson", "Chair", "Swedish Forest Cluster") in rs
    assert not any(role == "Ivo Kask" or o == "Researcher" for _, role, o in rs)


def test_roles_possessive_organisation_inside_the_role_segment(extract):
    rs = roles(extract("We met Greta Holm, Baltic Wood Cluster's CEO, at the fair."))
    assert ("Greta Holm", "CEO", "Baltic Wood Cluster") in rs


def test_roles_two_roles_joined_by_and_share_the_organisation(extract):
    rs = roles(extract("We met Greta Holm, CEO and founder of Tallinn Robotics Hub, at the fair."))
    assert ("Greta Holm", "CEO and founder", "Tallinn Robotics Hub") in rs


def test_roles_unit_after_in_belongs_to_the_role(extract):
    rs = roles(extract("Greta Holm, Senior Policy Officer in the Clusters unit at EISMEA, presented the call."))
    assert any(p == "Greta Holm" and role.startswith("Senior Policy Officer") and o == "EISMEA" for p, role, o in rs)


def test_roles_agenda_lines_with_dashes_and_bars(extract):
    text = ("Agenda\n10:00 Greta Holm – Cluster Manager – Baltic Wood Cluster\n"
            "10:30 Ivo Kask | CEO | Tartu Robotics Hub\n")
    rs = roles(extract(text))
    assert ("Greta Holm", "Cluster Manager", "Baltic Wood Cluster") in rs
    assert ("Ivo Kask", "CEO", "Tartu Robotics Hub") in rs


def test_roles_organisation_and_country_in_brackets(extract):
    rs = roles(extract("Talks were given by Greta Holm (Baltic Wood Cluster, Estonia) and others."))
    assert ("Greta Holm", "", "Baltic Wood Cluster") in rs


def test_roles_label_lines_about_one_speaker(extract):
    text = ("Speaker: Greta Holm\nPosition: Director\nOrganisation: Baltic Wood Cluster\n\n"
            "Speaker: Ivo Kask\nRole: Project Manager\nAffiliation: Tartu Science Park (TSP)\n")
    rs = roles(extract(text))
    assert ("Greta Holm", "Director", "Baltic Wood Cluster") in rs
    assert ("Ivo Kask", "Project Manager", "Tartu Science Park") in rs


def test_roles_qualifier_before_the_role_title_stays_in_the_role(extract):
    rs = roles(extract("Opening remarks by Regional Minister for Industry Greta Holm. DG GROW Deputy Director Ivo Kask followed."))
    assert ("Greta Holm", "Regional Minister for Industry", None) in rs
    assert ("Ivo Kask", "Deputy Director", "DG GROW") in rs


def test_roles_lower_case_role_of_organisation_before_name(extract):
    r = extract("The day was opened by the cluster manager of the Baltic Wood Cluster, Greta Holm, who thanked all.")
    assert ("Greta Holm", "cluster manager", "Baltic Wood Cluster") in roles(r)


def test_roles_possessive_organisation_role_then_name(extract):
    r = extract("Baltic Wood Cluster's CEO, Greta Holm, opened the day.")
    assert ("Greta Holm", "CEO", "Baltic Wood Cluster") in roles(r)


def test_roles_possessive_role_after_a_name_is_that_persons(extract):
    r = extract("Greta Holm, Baltic Wood Cluster's CEO, Ivo Kask, and others came.")
    assert not any(p == "Ivo Kask" and role for p, role, _ in roles(r))


def test_roles_talk_title_column_is_no_role(extract):
    text = "| Speaker | Organisation | Title |\n|---|---|---|\n| Greta Holm | Baltic Wood Cluster | Timber in the circular city |\n"
    rs = roles(extract(text))
    assert ("Greta Holm", "", "Baltic Wood Cluster") in rs
    assert not any(role for _, role, _ in rs)


def test_roles_name_over_role_line_with_organisation_after_comma(extract):
    text = "Our speakers\n\nGreta Holm\nDirector, Baltic Wood Cluster\n\nMore later."
    assert ("Greta Holm", "Director", "Baltic Wood Cluster") in roles(extract(text))


def test_roles_role_title_as_line_label(extract):
    text = "Programme\n\nChair: Greta Holm\nRapporteur: Ivo Kask\n"
    rs = roles(extract(text))
    assert ("Greta Holm", "Chair", None) in rs
    assert ("Ivo Kask", "Rapporteur", None) in rs


def test_roles_unlisted_role_between_name_and_organisation_in_a_list(extract):
    text = ("Panellists:\n\n- Aoife Byrne, Skills Champion, Munster Food Cluster Network (Ireland)\n"
            "- Greta Holm, Estonia, Baltic Wood Cluster\n")
    rs = roles(extract(text))
    assert ("Aoife Byrne", "Skills Champion", "Munster Food Cluster Network") in rs
    assert not any(p == "Greta Holm" and role for p, role, _ in rs)


def test_roles_second_role_ends_the_first_organisation(extract):
    r = extract("\"We act together,\" said Anton Gruber, President of ABCA and Managing Director of the Tyrol Business Agency.")
    assert ("Anton Gruber", "President", "ABCA") in roles(r)


def test_roles_role_at_organisation_with_acronym_then_name(extract):
    text = "The Head of Industrial Policy at the Kraków Region Development Agency (KRDA), Jan Nowak, warned that funds shrink."
    assert ("Jan Nowak", "Head of Industrial Policy", "Kraków Region Development Agency") in roles(extract(text))


def test_roles_person_of_an_acronym_the_text_defines(extract):
    text = ("The Tampere Region Development Agency (TRDA) leads the group.\n\n"
            "The paper was coordinated by Aino Lehto of the TRDA and reviewed by members.")
    rs = roles(extract(text))
    assert ("Aino Lehto", "", "Tampere Region Development Agency") in rs or ("Aino Lehto", "", "TRDA") in rs


def test_roles_its_role_at_sentence_start_takes_the_previous_subject(extract):
    text = ("The Flemish Robotics Cluster was awarded a label in March. Its managing director, Pieter Claes, "
            "thanked the members.")
    assert ("Pieter Claes", "managing director", "Flemish Robotics Cluster") in roles(extract(text))


def test_roles_represented_by_gives_the_organisation(extract):
    text = "The Province of Drenthe, represented by Deputy for Economy and Energy Joris Bakker, announced new funds."
    assert ("Joris Bakker", "Deputy for Economy and Energy", "Province of Drenthe") in roles(extract(text))


def test_roles_defined_acronym_before_lower_case_role_and_name(extract):
    text = ("Organiser: Thuringian Cluster Association (TCA)\n\n"
            "Election of the board and the annual report by the TCA chairwoman, Heike Brandt.")
    assert ("Heike Brandt", "chairwoman", "TCA") in roles(extract(text)) or \
        ("Heike Brandt", "chairwoman", "Thuringian Cluster Association") in roles(extract(text))


def test_roles_signature_with_courtesy_title_and_version_number_in_organisation(extract):
    text = ("For questions, please contact:\n\nDr. Ane Etxeberria\nSenior International Projects Manager\n"
            "Basque Industry 4.0 Cluster (BIC)\nBilbao, Spain\nTel. +34 944 000 000\n")
    rs = roles(extract(text))
    assert any(p == "Ane Etxeberria" and role == "Senior International Projects Manager" and org and org.startswith("Basque Industry 4.0 Cluster")
               for p, role, org in rs)


def test_roles_wrapped_role_after_label_name(extract):
    text = "Some news in brief.\n\nEditor: Marit Jansen, Communications\nOfficer, Baltic Wood Cluster Network\n"
    assert ("Marit Jansen", "Communications Officer", "Baltic Wood Cluster Network") in roles(extract(text))


def test_roles_our_role_before_name_gives_the_role(extract):
    r = extract("This year our export manager, Radoslav Kirov, will lead the mission to Canada.")
    assert ("Radoslav Kirov", "export manager", None) in roles(r)


def test_roles_our_role_in_an_interview_is_the_interviewees_organisation(extract):
    text = ("An interview with Mira Petrova, cluster manager of the Varna Marine Cluster\n\n"
            "Q: What comes next?\n\nA: This year our export manager, Radoslav Kirov, will lead the mission to Canada.\n")
    r = extract(text)
    assert ("Radoslav Kirov", "export manager", "Varna Marine Cluster") in roles(r)
    (row,) = [x for x in r.roles if x.person == "Radoslav Kirov"]
    assert "interview" not in row.text


def test_roles_field_after_head_of_stays_in_the_role_before_an_acronym_organisation(extract):
    rs = roles(extract("Chair: Lucia Bianchi, Head of International Projects, PVRC\n"))
    assert ("Lucia Bianchi", "Head of International Projects", "PVRC") in rs
    rs = roles(extract("Panel\n\nJane Doe, Director of Brainport Eindhoven, NL\n"))
    assert any(p == "Jane Doe" and role == "Director" for p, role, _ in rs)  # a country code is no organisation


def test_roles_represented_by_a_titled_person(extract):
    rs = roles(extract("The Municipality of Tartu, represented by Mayor Jaan Tamm, signed the charter."))
    assert ("Jaan Tamm", "Mayor", "Municipality of Tartu") in rs


def test_roles_its_verb_before_a_role_is_no_part_of_it(extract):
    rs = roles(extract("The Baltic Wood Cluster met in Riga. Its members elected Chair Greta Holm for two years."))
    assert not any(role and "elected" in role for _, role, _ in rs)
    rs = roles(extract("The Baltic Wood Cluster met in Riga. Its business development manager, Greta Holm, spoke."))
    assert ("Greta Holm", "business development manager", "Baltic Wood Cluster") in rs


def test_roles_signature_with_two_courtesy_titles(extract):
    text = "Best regards,\n\nProf. Dr. Karl Huber\nManaging Director\nTyrol Mechatronics Cluster\nInnsbruck, Austria\n"
    assert ("Karl Huber", "Managing Director", "Tyrol Mechatronics Cluster") in roles(extract(text))


def test_roles_its_role_after_the_name_takes_the_previous_subject(extract):
    text = "The Flemish Robotics Cluster won the award. Pieter Claes, its managing director, thanked the members."
    assert ("Pieter Claes", "managing director", "Flemish Robotics Cluster") in roles(extract(text))


def test_roles_organisation_and_field_before_a_role_title_and_name(extract):
    rs = roles(extract("The session was moderated by EISMEA Project Adviser Laura Bianchi."))
    assert ("Laura Bianchi", "Project Adviser", "EISMEA") in rs or ("Laura Bianchi", "Project Adviser",
                                                                     "European Innovation Council and SMEs Executive Agency") in rs
    rs = roles(extract("In Vienna, Austrian Cluster Platform Communications Manager Eva Gruber presented the plan."))
    assert ("Eva Gruber", "Communications Manager", "Austrian Cluster Platform") in rs
    rs = roles(extract("Yesterday DG GROW Director Hubert Gambs spoke at the opening."))
    assert any(p == "Hubert Gambs" and role == "Director" and org for p, role, org in rs)


def test_roles_lower_case_role_after_the_new(extract):
    rs = roles(extract("The new president of the Slovenian Wood Cluster, Marko Kranjc, was elected in May."))
    assert ("Marko Kranjc", "president", "Slovenian Wood Cluster") in rs


def test_roles_role_of_field_or_organisation_before_a_name(extract):
    assert ("Radu Popa", "Minister of Economy", None) in roles(extract("Minister of Economy Radu Popa opened the fair."))
    rs = roles(extract("Director of the Baltic Wood Cluster Greta Holm opened the fair."))
    assert ("Greta Holm", "Director", "Baltic Wood Cluster") in rs


def test_roles_acronym_in_brackets_after_a_name_is_the_organisation(extract):
    text = ("The Polish Agency for Enterprise Development (PARP) hosted the panel with Tomasz Lewandowski (PARP) "
            "and Henrik Berg (MEP).")
    rs = roles(extract(text))
    assert ("Tomasz Lewandowski", "", "Polish Agency for Enterprise Development") in rs or ("Tomasz Lewandowski", "", "PARP") in rs
    assert not any(p == "Henrik Berg" and org for p, _, org in rs)


def test_roles_lower_case_qualified_role_to_an_organisation(extract):
    rs = roles(extract("Dr Kees van der Berg, senior adviser to the Dutch Ministry of Economic Affairs, spoke."))
    assert ("Kees van der Berg", "senior adviser", "Dutch Ministry of Economic Affairs") in rs


def test_roles_field_of_a_role_in_brackets_before_the_organisation(extract):
    rs = roles(extract("Joining us: Eva Novak (Head of Innovation, Slovak Battery Alliance) and others."))
    assert ("Eva Novak", "Head of Innovation", "Slovak Battery Alliance") in rs


def test_roles_folded_contact_lines_do_not_join_the_next_person_into_the_role(extract):
    text = ("The Institute of Urban Studies\nphone 123\nNadia Koval, Director\nIgor Lesko, Project Manager\n"
            "Anna Orlova, Social Policy Director\nKiril Popov, Consultant on Social Services\n\nNext section.")
    rs = roles(extract(text))
    assert not any(role and ("Igor" in role or "Kiril" in role) for _, role, _ in rs)


def test_roles_empty_table_cell_written_as_a_dash_is_no_role(extract):
    text = ("Speakers\n\nSpeaker\n\nOrganisation\n\nPosition\n\nSession\n\n"
            "Lars Eriksson\n\nSwedish Forest Cluster\n\n–\n\nOpening\n\n"
            "Anna Kovacs\n\nBudapest Technical Institute (BTI)\n\nResearcher\n\nPanel 1\n")
    rs = roles(extract(text))
    assert not any(r == "–" for _, r, _ in rs)
    assert ("Anna Kovacs", "Researcher", "Budapest Technical Institute") in rs


def _role_rows(r) -> list[tuple[str, str, str | None]]:
    return [(x.person, x.role, x.organisation) for x in r.roles]


@pytest.mark.parametrize("text, expected", [
    ("At the general assembly, Petra Novak was renewed as Vice-President and Ivan Horvat was elected Treasurer.",
     [("Petra Novak", "Vice-President", None), ("Ivan Horvat", "Treasurer", None)]),
    ("Ana Ruiz has been appointed as the new Secretary General of the Iberian Logistics Cluster.",
     [("Ana Ruiz", "Secretary General", "Iberian Logistics Cluster")]),
    ("From January, Ole Berg takes over as Chair of the board, while Lena Holm remains Treasurer.",
     [("Ole Berg", "Chair of the board", None), ("Lena Holm", "Treasurer", None)]),
])
def test_roles_election_and_appointment(extract, text, expected):
    assert _role_rows(extract(text)) == expected


def test_roles_elected_without_a_role_title_gives_no_role(extract):
    assert _role_rows(extract("Jane Doe was elected by the members in May. She was chosen for her experience.")) == []


@pytest.mark.parametrize("text, expected", [
    ("Liisa Mäkinen, Mayor of Kuopio, opened the fair.", [("Liisa Mäkinen", "Mayor of Kuopio", None)]),
    ("The delegation met Pedro Ruiz, Deputy Mayor of Cartagena, at the port.", [("Pedro Ruiz", "Deputy Mayor of Cartagena", None)]),
    ("Jonas Berg, Mayor of Leeuwarden, welcomed the clusters.", [("Jonas Berg", "Mayor of Leeuwarden", None)]),
])
def test_roles_a_city_nobody_listed_is_no_organisation(extract, text, expected):
    r = extract(text)
    assert _role_rows(r) == expected
    assert r.organisations == ()


# Rule family "role in brackets": one or two capitalised field words and a role title open the bracket.
@pytest.mark.parametrize("text, expected", [
    ("Office: Marta Ferreira (Executive Secretary), Pavel Novák (Chair)",
     ("Marta Ferreira", "Executive Secretary", None)),
    ("The team: Aino Virtanen (Internationalisation Manager) and two interns.",
     ("Aino Virtanen", "Internationalisation Manager", None)),
    ("With Dr. Ravi Menon (Medical Director, Harbour Diagnostics Ltd) on the panel.",
     ("Ravi Menon", "Medical Director", "Harbour Diagnostics Ltd")),
])
def test_roles_field_and_role_title_in_brackets(extract, text, expected):
    assert expected in roles(extract(text))


def test_roles_place_in_brackets_is_no_role(extract):
    r = extract("Guests were Anna Berg (Vienna Region) and Tom Hale (Acme Cluster Network).")
    assert not [x for x in r.roles if x.role]


# Role titles of staff and authors in lower case after a name or a determiner.
@pytest.mark.parametrize("text, expected", [
    ("Secretariat: Giulia Conte (project assistant), Hugo Dubois (auditor)", ("Giulia Conte", "project assistant", None)),
    ("Helpdesk: Bartosz Zieliński, innovation broker at Klaster Mleczarski.",
     ("Bartosz Zieliński", "innovation broker", "Klaster Mleczarski")),
    ("The study was written by Dr. Hanna Kowal, lead author, and her team.", ("Hanna Kowal", "lead author", None)),
])
def test_roles_staff_and_author_titles(extract, text, expected):
    assert expected in roles(extract(text))


# Role titles in other languages (data/role_titles_languages.txt), after the name as written, and professions.
@pytest.mark.parametrize("text, expected", [
    ("Ulrike Feichtinger-Brandl, Geschäftsführerin of Mühlviertel Holz GmbH, presented the results.",
     ("Ulrike Feichtinger-Brandl", "Geschäftsführerin", "Mühlviertel Holz GmbH")),
    ("Carl Ekdahl, direktör, Värmland Skog AB, signed the agreement.", ("Carl Ekdahl", "direktör", "Värmland Skog AB")),
    ("Moderation: Chloé Fabre, chargée de mission, Pôle Agrinov Sud",
     ("Chloé Fabre", "chargée de mission", "Pôle Agrinov Sud")),
    ("Panel: Matteo Sartori, direttore, Consorzio Marmo Veneto", ("Matteo Sartori", "direttore", "Consorzio Marmo Veneto")),
    ("Contact: Kiel Marine GmbH, Katrin Ahlers-Born, Projektleiterin, Kiel", ("Katrin Ahlers-Born", "Projektleiterin", None)),
    # lower-case professions, "Vice-" titles and board offices (role_titles.txt)
    ("The photo shows Oskar Lind and chair of the board Maja Ek-Svensson with the certificate.",
     ("Maja Ek-Svensson", "chair of the board", None)),
    ("Petra Malá, Chair of the Board of the Moravian Wood Cluster, opened the assembly.",
     ("Petra Malá", "Chair of the Board", "Moravian Wood Cluster")),
    ("Mag. Jakob Reisinger, legal counsel at Tirol Innovation GmbH, explained the contract rules.",
     ("Jakob Reisinger", "legal counsel", "Tirol Innovation GmbH")),
    ("Captain Morgan Rhys-Evans, harbour master at Porthcawl Harbour, said the quay would open.",
     ("Morgan Rhys-Evans", "harbour master", "Porthcawl Harbour")),
    ("Arvid Nyqvist, Vice-Chairman of the Skåne Regional Council, welcomed the guests.",
     ("Arvid Nyqvist", "Vice-Chairman", "Skåne Regional Council")),
])
def test_roles_titles_in_other_languages_and_professions(extract, text, expected):
    assert expected in roles(extract(text))


# Rule family "portfolio": a minister's "of" names a portfolio (and its country), part of the role; no organisation.
# Rule "the-role-name" after "whose"; person titles before a name after "the <role> of <Org>,".
@pytest.mark.parametrize("text, expected", [
    ("Rasa Vilkienė, Vice-Minister of the Economy and Innovation of Lithuania, opened the forum.",
     [("Rasa Vilkienė", "Vice-Minister of the Economy and Innovation of Lithuania", None)]),
    ("The forum was closed by Marko Vuković, Minister of Economic Development of Montenegro.",
     [("Marko Vuković", "Minister of Economic Development of Montenegro", None)]),
    ("Ana Horvat, Deputy Minister of Innovation and Growth, opened the fair.",
     [("Ana Horvat", "Deputy Minister of Innovation and Growth", None)]),
    ("Lena Kask, Minister of the Regional Government of Saaremaa, welcomed the guests.",  # an organisation word
     [("Lena Kask", "Minister", "Regional Government of Saaremaa")]),
    # "whose <role>, Name" (the organisation before "whose" is hers: role_org_clauses.py, family org-relative-clause) and
    # a person title between "the <role> of <Org>," and the name
    ("We spoke to the Aragon Food Cluster, whose managing director, Pilar Sanz, explained the plan.",
     [("Pilar Sanz", "managing director", "Aragon Food Cluster")]),
    ("The chair of the Supervisory Board, JUDr. Hana Krejčí-Lenz, confirmed that the accounts were in order.",
     [("Hana Krejčí-Lenz", "chair", None)]),
    ("The president of the Maritime Cluster, Dr. Ivan Horvat, opened the event.",
     [("Ivan Horvat", "president", "Maritime Cluster")]),
])
def test_roles_minister_of_a_portfolio_and_whose_role(extract, text, expected):
    assert [(r.person, r.role, r.organisation) for r in extract(text).roles] == expected



# Rule family "field, then organisation" (statement_parts.py): after "Name, Role," a segment with no organisation
# word before one that has one is the role's field; the organisation is the second segment.
@pytest.mark.parametrize("text, expected", [
    ("Speakers: Ana Kovač, Director, Business Development, Adriatic Ports Authority; and guests.",
     ("Ana Kovač", "Director", "Adriatic Ports Authority")),
    ("Welcome: Maria Lenz, Head of Department, Innovation Policy, Basel Area Agency",
     ("Maria Lenz", "Head of Department", "Basel Area Agency")),
    ("Questions to Piotr Zając, Senior Adviser, Energy Projects, Gdynia Port Authority.",
     ("Piotr Zając", "Senior Adviser", "Gdynia Port Authority")),
])
def test_roles_field_segment_then_organisation(extract, text, expected):
    assert roles(extract(text)) == {expected}


# "Head of <field>, <organisation>": a field with no organisation word after "of", then a segment of two or
# more capitalised words, belongs to the role; the organisation is the next segment.
@pytest.mark.parametrize("text, expected", [
    ("Questions: Lena Holm, Head of Supply Chain, Nordvik Marine Systems.",
     ("Lena Holm", "Head of Supply Chain", "Nordvik Marine Systems")),
    ("- Yara Haddad, Head of Digital Services, Flanders Make", ("Yara Haddad", "Head of Digital Services", "Flanders Make")),
    ("Jonas Berg | Head of Energy Projects | Esbjerg Havn", ("Jonas Berg", "Head of Energy Projects", "Esbjerg Havn")),
])
def test_roles_head_of_a_field_then_organisation(extract, text, expected):
    assert roles(extract(text)) == {expected}
