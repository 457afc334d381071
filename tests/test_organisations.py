"""Organisations: gazetteer, acronyms both ways, organisation-headed phrases, cues, negatives."""
from __future__ import annotations

import pytest

from pipeline.extract import org_ner


def orgs(result) -> dict[str, str | None]:
    return {o.name: o.acronym for o in result.organisations}


def test_organisations_every_mention_text_is_the_document_slice(extract):
    text = "The Portuguese Cluster Association (PCA) met.\nThe PCA then wrote to the\nEuropean Commission."
    r = extract(text)
    assert r.organisations
    for o in r.organisations:
        assert text[o.start:o.end] == o.text


def test_organisations_long_gazetteer_name_with_commas_is_not_cut(extract):
    r = extract("The call is managed by the Directorate-General for Communications Networks, Content and Technology.")
    assert "Directorate-General for Communications Networks, Content and Technology" in orgs(r)


def test_organisations_pdf_joined_directorate_general(extract):
    r = extract("The DirectorateGeneral for Research and Innovation supports the action.")
    assert "Directorate-General for Research and Innovation" in orgs(r)


def test_organisations_acronym_defined_in_text_links_both_directions(extract):
    text = ("The Slovenian Wood Industry Cluster (SWIC) held its assembly. "
            "Later, SWIC signed an agreement with two universities.")
    r = extract(text)
    mentions = [o for o in r.organisations if o.acronym == "SWIC"]
    assert {o.text for o in mentions} == {"Slovenian Wood Industry Cluster", "SWIC"}
    assert {o.name for o in mentions} == {"Slovenian Wood Industry Cluster"}


def test_organisations_gazetteer_acronym_gets_full_name_when_text_has_both(extract):
    r = extract("The European Innovation Council and SMEs Executive Agency runs the call. EISMEA answers questions.")
    names = {o.text: o.name for o in r.organisations}
    assert names["EISMEA"] == "European Innovation Council and SMEs Executive Agency"


def test_organisations_acronym_alone_keeps_acronym_as_name(extract):
    r = extract("Speakers from DG REGIO presented the results.")
    assert orgs(r).get("DG REGIO") == "DG REGIO"


@pytest.mark.parametrize("text, expected", [
    ("Delegates from the Estonian Ministry of Economic Affairs and Communications attended.", "Estonian Ministry of Economic Affairs and Communications"),
    ("The study was written at the University of Ljubljana last year.", "University of Ljubljana"),
    ("The event was organised by Digital Innovation Hub Flanders with local partners.", "Digital Innovation Hub Flanders"),
    ("The workshop was co-organised by Smart Textiles Sweden and the city.", "Smart Textiles Sweden"),
])
def test_organisations_general_patterns(extract, text, expected):
    assert expected in orgs(extract(text))


@pytest.mark.parametrize("text, not_expected", [
    ("The projects are funded under COSME and Horizon 2020.", {"COSME", "Horizon 2020"}),
    ("INNOSUP-1 projects and the Single Market Programme were discussed.", {"INNOSUP-1", "Single Market Programme"}),
    ("The European Cluster Conference 2022 takes place at the Palace of Culture in Iasi.", {"European Cluster Conference 2022", "Palace of Culture"}),
    ("Delegates came from Germany, Austria and the European Union.", {"Germany", "Austria", "European Union"}),
])
def test_organisations_programmes_events_places_are_not_organisations(extract, text, not_expected):
    assert not (set(orgs(extract(text))) & not_expected)


def test_organisations_person_is_not_an_organisation(extract):
    r = extract("Glenn Harrow, CEO, Northern Robotics Cluster\n\nGlenn Harrow explained the plan.")
    assert "Glenn Harrow" not in orgs(r)
    assert "Northern Robotics Cluster" in orgs(r)


def test_organisations_two_names_joined_by_and_are_two(extract):
    r = extract("The event was supported by the Enterprise Europe Network and Business Finland.")
    assert {"Enterprise Europe Network", "Business Finland"} <= set(orgs(r))


def test_organisations_acronym_in_brackets_after_a_person_is_not_a_definition(extract):
    r = extract("Moderated by Daniel Ionescu (ECCP), the panel discussed skills.")
    assert "Daniel Ionescu" not in orgs(r)
    assert orgs(r).get("ECCP") == "ECCP"  # only the acronym is in the text: it is the name


def test_organisations_list_after_cue_phrase(extract):
    r = extract("The study is led by Deloitte, in partnership with Fraunhofer ISI, Strasbourg Conseil and the University of Tartu.")
    assert {"Deloitte", "Fraunhofer ISI", "Strasbourg Conseil", "University of Tartu"} <= set(orgs(r))


def test_organisations_capitals_spell_a_full_name_in_the_text(extract):
    text = "Members of the Council of Nordic Wood Clusters met in Oslo. The CNWC annual meeting followed."
    r = extract(text)
    cnwc = [o for o in r.organisations if o.text == "CNWC"]
    assert cnwc and cnwc[0].name == "Council of Nordic Wood Clusters"


def test_organisations_name_before_scheme_or_programme_word_is_a_programme(extract):
    r = extract("Clusters can apply to the new “StartXchange” pilot scheme and the Acme Boost programme.")
    assert not ({"StartXchange", "Acme Boost"} & set(orgs(r)))


def test_organisations_heading_name_running_into_next_line_is_not_an_organisation(extract):
    text = ("Interview with Lena Hoffmann\nCluster manager of the year\n\n"
            '"We grow together," said Lena Hoffmann, managing director of the Saxon Battery Cluster.')
    r = extract(text)
    assert not any(name.startswith("Lena Hoffmann") for name in orgs(r))
    assert "Saxon Battery Cluster" in orgs(r)


def test_organisations_plans_and_deals_are_not_organisations(extract):
    r = extract("The European Green Deal Industrial Plan and the Clean Industrial Deal were presented.")
    assert not ({"European Green Deal Industrial Plan", "Clean Industrial Deal"} & set(orgs(r)))


def test_organisations_the_head_noun_refers_to_the_one_organisation_it_heads(extract):
    r = extract("The Baltic Cluster Observatory publishes data. The Observatory also runs surveys.")
    short = [o for o in r.organisations if o.text == "Observatory"]
    assert len(short) == 1 and short[0].name == "Baltic Cluster Observatory"


def test_organisations_head_noun_with_two_candidates_is_left_alone(extract):
    r = extract("The Baltic Cluster Observatory and the Nordic Innovation Observatory met. The Observatory said no.")
    assert not [o for o in r.organisations if o.text == "Observatory"]


def test_organisations_word_split_at_a_line_end_is_joined(extract):
    r = extract("Advice came from the Enter-\nprise Europe Network and the Directorate-\nGeneral for Research and Innovation.")
    names = set(orgs(r))
    assert {"Enterprise Europe Network", "Directorate-General for Research and Innovation"} <= names


def test_organisations_venues_are_not_organisations(extract):
    r = extract("Venue: Bella Sky Hotel Complex, Copenhagen\n\nThe forum met in the Aarhus Congress Centre with the Danish Cluster Academy.")
    names = set(orgs(r))
    assert "Aarhus Congress Centre" not in names and "Bella Sky Hotel Complex" not in names
    assert "Danish Cluster Academy" in names


# --- generalisation rules (own sentences; negatives alongside) ------------------------------------
def test_organisations_ministry_for_blocked_last_word_is_kept(extract):
    r = extract("The pilot is funded by the Slovak Federal Ministry for Regional Action and runs until May.")
    assert "Slovak Federal Ministry for Regional Action" in orgs(r)


def test_organisations_action_without_organisation_head_stays_out(extract):
    r = extract("Partners joined the Northern Regional Action last spring to plan exchanges.")
    assert not any(n.endswith("Action") for n in orgs(r))


def test_organisations_acronym_definition_lifts_initiative_block(extract):
    r = extract("The Iberian Textile Quality Initiative (ITQI) awarded four cluster labels in Lisbon.")
    assert orgs(r).get("Iberian Textile Quality Initiative") == "ITQI"


def test_organisations_acronym_definition_keeps_programme_out(extract):
    r = extract("Cluster managers apply through the Baltic Growth Programme (BGP) every autumn.")
    assert not any("Programme" in n or n == "BGP" for n in orgs(r))


def test_organisations_name_after_kind_noun_is_an_organisation_not_a_person(extract):
    r = extract("Oskar Lindahl from the Swedish maritime cluster Blue Torsby Kustlag spoke about ports.")
    assert "Blue Torsby Kustlag" in orgs(r)
    assert "Blue Torsby Kustlag" not in {p.name for p in r.people}


def test_organisations_kind_noun_before_role_word_is_no_name(extract):
    r = extract("Every cluster Manager in the region received the survey.")
    assert not orgs(r)


def test_organisations_single_word_adjective_before_noun_is_dropped(extract):
    # The small model tags "Alpine-Adriatic" ORG here; used as an adjective it names nothing.
    r = extract("We want to connect the Rhine region with the Iberian ports and the Alpine-Adriatic routes,” said Dr Anna Berg.")
    assert "Alpine-Adriatic" not in orgs(r)


def test_organisations_names_of_places_joined_by_and_are_not_an_organisation(extract):
    # The small model tags "Madeira and Algarve" as one ORG.
    r = extract("We presented the test sites operated by its members in Madeira and Algarve.")
    assert "Madeira and Algarve" not in orgs(r)


def test_organisations_portal_and_general_assembly_are_not_organisations(extract):
    r = extract("Members vote at the General Assembly. Offers go through the Regional Grants Portal by June.")
    names = orgs(r)
    assert not any("Assembly" in n or "Portal" in n for n in names)


def test_organisations_region_after_funding_cue_is_an_organisation(extract):
    r = extract("The voucher scheme is financed by the Liguria Region and open to small firms.")
    assert "Liguria Region" in orgs(r)


def test_organisations_region_without_cue_is_a_macro_region(extract):
    r = extract("Clusters in the Adriatic Sea Region share many challenges with their neighbours.")
    assert not any("Region" in n for n in orgs(r))


def test_organisations_cue_list_continues_after_home_town(extract):
    # "Green Gas Lombardia" has no organisation word: only the cue list, read past "from Innsbruck", finds it.
    r = extract("Partners include the Tyrol Wood Cluster from Innsbruck, Green Gas Lombardia and the Basque Energy Cluster.")
    assert "Green Gas Lombardia" in orgs(r)
    r = extract("We met the Tyrol Wood Cluster from Innsbruck, Green Gas Lombardia and others.")
    assert "Green Gas Lombardia" not in orgs(r)


def test_organisations_line_end_hyphen_gives_way_to_unhyphenated_form(extract):
    text = ("The meeting was hosted by the Danube Agro-\nFood Cluster last spring.\n\n"
            "Next year the Danube AgroFood Cluster will host it again.")
    r = extract(text)
    names = {o.name for o in r.organisations if "Danube" in o.name}
    assert names == {"Danube AgroFood Cluster"}


def test_organisations_real_hyphen_kept_when_text_never_drops_it(extract):
    r = extract("The meeting was hosted by the Danube Agro-\nFood Cluster last spring.")
    assert "Danube Agro-Food Cluster" in orgs(r)


def test_organisations_programme_of_a_department_stays_a_programme(extract):
    r = extract("Figures adapted from: Department of Health Marine Genome Program, 2019 edition.")
    assert not any(n.endswith("Program") for n in orgs(r))
    r = extract("The grant was signed by the Ministry for the Ecological Transition last week.")
    assert "Ministry for the Ecological Transition" in orgs(r)


def test_organisations_laws_labels_concepts_and_currencies_are_not_organisations(extract):
    r = extract("The Baltic Wood Cluster (BWC) won the Cluster Management Excellence Gold Label and commented on "
                "the Net-Zero Industry Act and the Construction Products Regulation. It offers vouchers of up to "
                "EUR 60,000 under the regional Smart Specialisation strategy.")
    names = orgs(r)
    assert "Baltic Wood Cluster" in names
    assert not any(n.endswith(("Label", "Act", "Regulation", "Specialisation")) or n == "EUR" for n in names), names
    r = extract("Gold Label for the Baltic Wood Cluster\n\nThe Baltic Wood Cluster (BWC) received it in May.")
    assert set(orgs(r)) == {"Baltic Wood Cluster"}


def test_organisations_one_word_gazetteer_form_heading_a_longer_name(extract):
    # "Commission" alone is the European Commission; at the end of a longer name it is that name's head word.
    r = extract("Ana Reis, President of the Minho Regional Planning and Coordination Commission (CCDR Minho), "
                "signed the agreement. Later CCDR Minho published it.")
    names = orgs(r)
    assert names.get("Minho Regional Planning and Coordination Commission") == "CCDR Minho", names
    assert "European Commission" not in names and "Commission" not in names
    assert not any(n.startswith("Minho Regional") and not n.endswith("Commission") for n in names)
    r = extract("In the Commission's 2017 Communication, clusters were central.")
    assert set(orgs(r)) <= {"Commission", "European Commission"} and orgs(r)


def test_organisations_two_word_acronym_in_brackets(extract):
    r = extract("The Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) spoke. "
                "Then DG GROW left.")
    names = orgs(r)
    assert names == {"Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs": "DG GROW"}, names


def test_organisations_acronym_of_a_policy_concept_is_no_organisation(extract):
    r = extract("Six regions launched an interregional Smart Specialisation (S3) partnership with the "
                "Baltic Wood Cluster. It is the first S3 partnership on timber.")
    assert set(orgs(r)) == {"Baltic Wood Cluster"}


def test_organisations_fragments_cut_at_line_end_hyphen_or_apostrophe(extract):
    text = ("On 24 May a delegation of cluster managers\nvisited the Vistula Valley Techno-\nlogy Park in Kraków. "
            "The visit was financed by the region.\n\nRead about the next\nedition of our Cluster Managers'\nAcademy. "
            "Register for the Cluster Managers' Academy in Graz.")
    names = orgs(extract(text))
    assert "Vistula Valley Technology Park" in names, names
    assert not any(n.endswith(("-", "'", "’", "Kraków")) for n in names), names
    assert not any(n.startswith("Cluster Managers") and not n.endswith("Academy") for n in names), names


def test_organisations_edition_of_names_a_recurring_event(extract):
    names = orgs(extract("This issue covers the next edition of our Cluster Managers' Academy and the Baltic Wood Cluster."))
    assert set(names) == {"Baltic Wood Cluster"}, names


@pytest.mark.parametrize("text, name, expected", [
    ("the Director for Industrial Change at DG GROW, Jan Novak", "Industrial Change", True),
    ("Eva Berg, Head of Decarbonisation at the Baltic Wood Cluster", "Decarbonisation", True),
    ("the Commissioner for Internal Market, Jan Novak, said", "Internal Market", True),
    ("Jan Novak, Director of Cluster Excellence Denmark, opened", "Cluster Excellence Denmark", False),
    ("Jan Novak, Director of the Baltic Wood Cluster at the fair", "Baltic Wood Cluster", False),
    ("Chair: Jan Novak, Head of International Projects, BWC", "International Projects", True),
    ("Jan Novak, Head of Marketing, Baltic Wood Cluster", "Marketing", True),
    ("Jan Novak, Director of Cluster Excellence Denmark, Copenhagen", "Cluster Excellence Denmark", False),
])
def test_organisations_field_of_a_role_title_is_no_organisation(rules, text, name, expected):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.org_context import OrgDoc
    from pipeline.extract.org_ner import portfolio
    from pipeline.extract.shapes import Span

    start = text.index(name)
    ctx = OrgDoc(text, load_lexicon(rules.data_dir))
    assert portfolio(ctx, Span(start, start + len(name)), name) is expected


def test_organisations_titled_person_before_acronym_is_not_its_full_name(extract):
    r = extract("The Baltic Timber Cluster (BTC) hosted the lab. In the opening, Director Jana Novakova (BTC) spoke.")
    mentions = [o for o in r.organisations if o.acronym == "BTC"]
    assert {o.text for o in mentions} == {"Baltic Timber Cluster", "BTC"}
    assert {o.name for o in mentions} == {"Baltic Timber Cluster"}


def test_organisations_name_after_initiatives_such_as_is_a_programme(extract):
    text = ("Inspired by the Erasmus for Young Entrepreneurs exchange programme and other initiatives such as the\n"
            "Nordic Innovation Express, this scheme aims to explore growth opportunities for SMEs.")
    assert not any("Express" in n for n in orgs(extract(text)))


def test_organisations_masthead_heading_is_the_publication_not_an_organisation(extract):
    text = "Cluster Connect Iberia\n\nGold Label for a food cluster\n\nThe Castilla Food Cluster won the label."
    assert set(orgs(extract(text))) == {"Castilla Food Cluster"}


@pytest.mark.parametrize("text, not_expected", [
    ("The Interregional Innovation Investments (I3) instrument can finance pilots; the I3 call closes soon.",
     {"Interregional Innovation Investments", "I3"}),
    ("He praised the joint calls between Navarre and the Basque\nCountry.", {"Basque Country"}),
    ("Members suggested linking the mission to the Lisbon Rail Expo next year.", {"Lisbon Rail Expo"}),
    ("The cluster will exhibit at the Hanover Machinery Fair in April.", {"Hanover Machinery Fair"}),
])
def test_organisations_instruments_regions_and_fairs_are_not_organisations(extract, text, not_expected):
    assert not (set(orgs(extract(text))) & not_expected)


def test_organisations_province_of_is_a_body(extract):
    r = extract("The Province of Drenthe, represented by its deputy, will co-finance feasibility studies.")
    assert "Province of Drenthe" in orgs(r)


def _finder(rules, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.org_context import OrgDoc

    return OrgDoc(text, load_lexicon(rules.data_dir))


def _span(text, name):
    from pipeline.extract.shapes import Span

    start = text.index(name)
    return Span(start, start + len(name))


@pytest.mark.parametrize("text, name, expected", [
    ("Saxon–Czech Cluster Exchange Week\n\n- 30 May 2025", "Czech Cluster Exchange", True),
    ("The Baltic Wood Cluster Conference takes place in May.", "Baltic Wood Cluster", True),
    ("The Baltic Wood Cluster met in May.", "Baltic Wood Cluster", False),
])
def test_organisations_tagged_words_running_into_an_event_word(rules, text, name, expected):
    assert org_ner.part_of_longer_name(_finder(rules, text), _span(text, name)) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("5. CONCLUSIONS AND DECISIONS\n\nD1. The group agreed.", "DECISIONS", True),
    ("MINUTES OF THE ACME MEETING\n\nThe ACME board met.", "ACME", False),  # the acronym recurs in running text
    ("The DECISIONS board met.", "DECISIONS", False),  # not an all-capitals line
])
def test_organisations_shouted_heading_word_is_no_acronym(rules, text, name, expected):
    assert org_ner.shouted_word(_finder(rules, text), _span(text, name), name) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("Digital health clusters meet\n\nHealth Clusters\nMatchmaking Days", "Health Clusters", True),
    ("France Clusters met the clusters of Spain.", "France Clusters", False),
])
def test_organisations_title_cased_common_phrase(rules, text, name, expected):
    assert org_ner.title_cased_phrase(_finder(rules, text), name) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("This year our internationalisation manager, Petar Novak, will work on it.", "Petar Novak", True),
    ("Editor: Lotte Jansen, Communications\nOfficer, MRCN", "Lotte Jansen", True),
    ("We met Lotte Jansen at the fair.", "Lotte Jansen", False),
])
def test_organisations_tagged_person_next_to_a_role_title(rules, text, name, expected):
    assert org_ner.next_to_role(_finder(rules, text), _span(text, name)) is expected


def test_organisations_label_with_colon_is_no_name(extract):
    r = extract("Webinar: Exporting to Canada with the Enterprise Europe Network\n\n- 18 March 2025 | 14:00 CET\n")
    assert not any(":" in name for name in orgs(r))


def test_organisations_verb_before_the_is_not_part_of_the_name(extract):
    r = extract("A3 | Contact the Baltic Rail Business Council on dates | F. Zanardi | 31 March 2025\n")
    assert "Baltic Rail Business Council" in orgs(r)
    assert not any(n.startswith("Contact") for n in orgs(r))


def test_organisations_version_number_inside_a_name(extract):
    r = extract("The mission is organised by the Aragon Industry 4.0 Cluster (AIC) and partners.\n\nAIC will report.")
    assert orgs(r).get("Aragon Industry 4.0 Cluster") == "AIC"


def test_organisations_delegation_to_a_country_is_one_name(extract):
    r = extract("The mission has the support of the Delegation of the European Union to the Republic of Chile. "
                "Travel costs are covered.")
    assert "Delegation of the European Union to the Republic of Chile" in orgs(r)
    assert "Delegation" not in orgs(r)


def test_organisations_signature_block_name_starts_after_the_role_line(extract):
    text = ("Best regards,\n\nMarta Ruiz\nSenior International Projects Manager\nAragon Industry 4.0 Cluster (AIC)\nZaragoza, Spain\n")
    assert orgs(extract(text)).get("Aragon Industry 4.0 Cluster") == "AIC"


def test_organisations_two_acronyms_joined_by_a_hyphen_are_no_organisation(extract):
    text = ("The Aragon Machinery Cluster (AMC) and the Bologna Mechatronics Cluster (BMC) organise the trip. "
            "It builds on the AMC-BMC study visit to Bologna in 2024.")
    assert "AMC-BMC" not in orgs(extract(text))


def test_organisations_named_body_opened_by_its_parent_acronym(extract):
    text = ("The Alliance of Regional Development Agencies (ARDA) publishes this paper. It was prepared by the "
            "ARDA Working Group on Industrial Ecosystems, coordinated by its chair. The ARDA Secretariat sent it out.")
    names = orgs(extract(text))
    assert "ARDA Working Group on Industrial Ecosystems" in names
    assert "ARDA Secretariat" not in names


def test_organisations_place_line_of_an_event_entry_is_a_venue(extract):
    text = ("General Assembly of the Saxon Cluster Association\n\n"
            "- 12.06.2025, 09:30–13:00\n- Chamber of Crafts, Leipzig\n- Organiser: Saxon Cluster Association (SCA)\n")
    names = orgs(extract(text))
    assert "Chamber of Crafts" not in names
    assert "Saxon Cluster Association" in names


def test_organisations_bracket_after_an_attendee_holds_the_organisation(extract):
    text = ("Present:\n- Jana Horváth (Danube Rail Technology Cluster)\n- Jordi Serra i Puig (Rail Cluster Catalonia)\n")
    assert "Rail Cluster Catalonia" in orgs(extract(text))


def test_organisations_company_visits_name_companies(extract):
    text = ("Day 3 - Wednesday 1 October (Incheon)\n"
            " Company visits to Hanbit Robotics Co. (collaborative robots for electronics assembly) and Daesung\n"
            " Precision Machinery (CNC machining centres); lunch with the local authority\n")
    names = orgs(extract(text))
    assert "Daesung Precision Machinery" in names


def test_organisations_ordinal_edition_is_no_organisation(rules):
    from pipeline.extract.org_ner import _ORDINAL_BEFORE

    assert _ORDINAL_BEFORE.search("Third ")
    assert _ORDINAL_BEFORE.search("the second\n")
    assert not _ORDINAL_BEFORE.search("organised by the ")
    assert not _ORDINAL_BEFORE.search("the 45th ")  # "the 45th Space Launch Squadron": a numbered unit


def test_organisations_name_with_a_deadline_is_a_call(extract):
    text = ("Funding opportunities:\n\n1. Expanding Academia-Enterprise Collaborations; deadline 19 September 2024\n"
            "2. Digital Skills for Rural Firms; deadline 5 June 2024\n")
    names = orgs(extract(text))
    assert "Expanding Academia-Enterprise Collaborations" not in names
    assert "Digital Skills for Rural Firms" not in names


@pytest.mark.parametrize("text", [
    "In his keynote, Policy Officer Matej Zupan (MGTS) presented the pathway.",
    "In his keynote, Senior Policy Officer Matej Zupan (MGTS) presented the pathway.",
    "The keynote by Slovenian State Secretary Matej Zupan (MGTS) opened the day.",
])
def test_organisations_phrase_with_role_title_or_ending_in_a_person_is_no_acronym_name(extract, text):
    names = set(orgs(extract(text)))
    assert not any("Zupan" in n or "Officer" in n or "Secretary" in n for n in names)


def test_organisations_acronym_definitions_that_spell_the_name_still_hold(extract):
    r = extract("The Fondazione Bruno Kessler (FBK) and the Cluster Manager Network (CMN) spoke.")
    assert orgs(r).get("Fondazione Bruno Kessler") == "FBK"
    assert orgs(r).get("Cluster Manager Network") == "CMN"


@pytest.mark.parametrize("text", [
    "Jane Doe, CEO of Brno Robotics Hub, opened the event.",
    "The welcome was given by Jane Doe (CEO of Brno Robotics Hub) and others.",
    "Jane Doe, Managing Director of Brno Robotics Hub, opened the event.",
    "Jane Doe, Senior Export Manager at Brno Robotics Hub, opened the event.",
])
def test_organisations_name_starts_after_a_role_title_and_its_preposition(extract, text):
    names = set(orgs(extract(text)))
    assert "Brno Robotics Hub" in names
    assert not any(n != "Brno Robotics Hub" and n.endswith("Brno Robotics Hub") for n in names)


def test_organisations_items_of_a_list_introduced_as_organisations(extract):
    text = ("Three cluster organisations presented their support schemes:\n"
            "- Moda Lab Prato (Italy) runs a voucher scheme, financed by the region;\n"
            "- the Flanders Textile Valley network has set up a passport service;\n"
            "- Kaunas Textile Cluster trains SME staff.\n\n"
            "The following partners took part:\n"
            "- Jane Doe (Italy) presented the results;\n"
            "- Circular Voucher Scheme: a new call\n")
    names = set(orgs(extract(text)))
    assert {"Moda Lab Prato", "Flanders Textile Valley", "Kaunas Textile Cluster"} <= names
    assert not ({"Jane Doe", "Circular Voucher Scheme"} & names)


def test_organisations_winner_of_an_organisation_award(extract):
    r = extract("Highlight of the Conference, the election of IOT4Industry as Cluster Partnership of the Year "
                "and of Uwe Pfeil as Cluster Manager of the Year.")
    names = set(orgs(r))
    assert "IOT4Industry" in names and "Uwe Pfeil" not in names


def test_organisations_name_opening_with_an_accented_capital(extract):
    r = extract("The Head of Industrial Policy at the Łódź Region Development Agency (LRDA), Paweł Zawadzki, warned "
                "that regions risk being left behind.")
    assert orgs(r).get("Łódź Region Development Agency") == "LRDA"
    assert "Region Development Agency" not in orgs(r)


def test_organisations_list_lead_items_that_are_topics_are_no_organisations(extract):
    text = ("Three working groups of cluster members met to discuss the digital transition and green skills:\n"
            "- Digital Transition, chaired by Jane Doe;\n"
            "- Green Skills\n")
    assert not ({"Digital Transition", "Green Skills"} & set(orgs(extract(text))))


def test_organisations_same_words_in_another_order_are_one_organisation(extract):
    r = extract("The European Observatory for Clusters and Industrial Change (EOCIC) published a report. "
                "Its work continues that of the European Cluster Observatory for Industrial Change.\n\n"
                "The Ministry of Finance of Romania and the Romanian Ministry of Finance met.")
    names = {o.text: o.name for o in r.organisations}
    assert names["European Cluster Observatory for Industrial Change"] == "European Observatory for Clusters and Industrial Change"
    assert names["Romanian Ministry of Finance"] != names["Ministry of Finance of Romania"]


@pytest.mark.parametrize("text, refused, kept", [
    ("Olga Sennova, Executive Director\n\nThe report follows.", "Executive Director", None),
    ("Kiril Chogin, Consultant on Social Services\n\nThe report follows.", "Consultant on Social Services", None),
    ("Anna Berg, Analyst, Economist Intelligence Unit\n\nThe report follows.", None, "Economist Intelligence Unit"),
])
def test_organisations_role_title_in_an_organisation_slot_is_refused(extract, text, refused, kept):
    names = set(orgs(extract(text)))
    assert refused is None or refused not in names
    assert kept is None or kept in names


def test_organisations_names_one_a_line_are_separate(extract):
    text = ("Participants\n\nVirginia Electric and Power Company\nDetroit Edison Company\nMontaup Electric Company\n"
            "Southern California Edison Company\n\nThe Ministry of Finance and the Romanian Cluster\nAssociation (CLUSTERO) met.\n\n"
            "The network\nEuropean Cluster\nTransition Network\nlaunched a call.")
    names = set(orgs(extract(text)))
    assert {"Virginia Electric and Power Company", "Detroit Edison Company", "Montaup Electric Company",
            "Southern California Edison Company", "Romanian Cluster Association", "European Cluster Transition Network"} <= names


def _org_rows(r) -> list[tuple[str, str, str]]:
    return [(o.text, o.name, o.rule) for o in r.organisations]


@pytest.mark.parametrize("text, expected", [
    ("Fish for the trial came from Brač Aquaculture d.o.o. in Croatia.",
     [("Brač Aquaculture d.o.o.", "Brač Aquaculture d.o.o.")]),
    ("We thank Nordwind Tech GmbH and Luce Nuova S.p.A. for their support.",
     [("Nordwind Tech GmbH", "Nordwind Tech GmbH"), ("Luce Nuova S.p.A.", "Luce Nuova S.p.A.")]),
    ("Partners\n- Costa Verde Logística, S.L. (Spain)\n- Tatra Sensors a.s. (Slovakia)\n- Kone Oyj (Finland)\n",
     [("Costa Verde Logística, S.L.", "Costa Verde Logística, S.L."), ("Tatra Sensors a.s.", "Tatra Sensors a.s."),
      ("Kone Oyj", "Kone Oyj")]),
    ("The Acme AB team met Smith & Partners Ltd in Oslo.", [("Acme AB", "Acme AB"), ("Smith & Partners Ltd", "Smith & Partners Ltd")]),
    ("Panel: Ole Berg, CFO at Nordwind Tech GmbH, spoke first.", [("Nordwind Tech GmbH", "Nordwind Tech GmbH")]),
])
def test_organisations_company_closed_by_a_legal_form(extract, text, expected):
    assert [(t, n) for t, n, _ in _org_rows(extract(text))] == expected


@pytest.mark.parametrize("text", [
    "Jane Doe, CIO, said in Sep 2024 that many firms, e.g. smaller ones, grew.",
    "The AS level results and the SA team were announced. Regional Co. operation is key.",
])
def test_organisations_legal_form_words_alone_make_no_company(extract, text):
    assert [o for o in _org_rows(extract(text)) if o[2] == "legal-form"] == []


@pytest.mark.parametrize("text, expected", [
    ("Project partners: Tecnalia (Spain), Cluster Lumière (France), BioVale (UK), Wood+ (Finland) and Innovate|Tech (Portugal).",
     [("Tecnalia", "Tecnalia"), ("Cluster Lumière", "Cluster Lumière"), ("BioVale", "BioVale"), ("Wood+", "Wood+"),
      ("Innovate|Tech", "Innovate|Tech")]),
    ("Members\n- Robotdalen (SE)\n- eCluster Nord (DE)\n- R&D Hub Tartu (Estonia)\n",
     [("Robotdalen", "Robotdalen"), ("eCluster Nord", "eCluster Nord"), ("R&D Hub Tartu", "R&D Hub Tartu")]),
    ("Contact: Ewa Nowak (ICT Lodz, Poland)", [("ICT Lodz", "ICT Lodz")]),
])
def test_organisations_named_with_their_country_in_brackets(extract, text, expected):
    assert [(t, n) for t, n, _ in _org_rows(extract(text))] == expected


def test_organisations_person_place_or_calendar_entry_with_a_country_is_none(extract):
    r = extract("Jane Doe (Spain) and Lyon (France) were mentioned.\n2025 edition: 3–6 May 2025  Expo Lyon (France)\n")
    assert _org_rows(r) == []


@pytest.mark.parametrize("text, expected", [
    ("Members of the network include Robotdalen, Mobilitas, AgriFood Lithuania and Plastipolis.",
     ["Robotdalen", "Mobilitas", "AgriFood Lithuania", "Plastipolis"]),
    ("The partners of the project are Tecnalia, Fraunhofer IPA and the University of Twente.",
     ["Tecnalia", "Fraunhofer IPA", "University of Twente"]),
    ("The consortium of our pilot brings together Sirris, Ikerlan and VTT.", ["Sirris", "Ikerlan", "VTT"]),
    ("The event was organised by the European Research and Innovation Agency.", ["European Research and Innovation Agency"]),
])
def test_organisations_list_after_a_members_or_partners_lead_in(extract, text, expected):
    assert [n for _, n, _ in _org_rows(extract(text))] == expected


def test_organisations_two_people_after_a_members_lead_in_are_no_organisation(extract):
    assert _org_rows(extract("Members of the board are Jane Doe and John Smith.")) == []


@pytest.mark.parametrize("text, expected", [
    # national and regional innovation and business agencies, and regional governments in their own language,
    # are in the gazetteer: named by a brand, with no organisation word to find them by
    ("The pilot line was co-funded by Business Finland and by Innosuisse.", {"Business Finland", "Innosuisse"}),
    ("Two start-ups travelled with Enterprise Ireland to the fair in Lyon.", {"Enterprise Ireland"}),
    ("The Xunta de Galicia and Bpifrance signed the letter of intent.", {"Xunta de Galicia", "Bpifrance"}),
])
def test_organisations_national_agencies_from_the_gazetteer(extract, text, expected):
    assert set(orgs(extract(text))) == expected


def test_organisations_gazetteer_name_after_a_role_phrase_is_no_person(extract):
    # "<role> of the <gazetteer organisation>" reads like "<role> <name>"; the gazetteer says it is an organisation
    r = extract("Opening words came from Ana Ruiz, Regional Secretary for Trade of the Generalitat Valenciana.")
    assert [p.name for p in r.people] == ["Ana Ruiz"]
    assert [(x.person, x.organisation) for x in r.roles] == [("Ana Ruiz", "Generalitat Valenciana")]


@pytest.mark.parametrize("text, expected", [
    # an EIT Knowledge and Innovation Community is named by "EIT" and its own word: not the EIT itself
    ("The pilot was funded by EIT InnoEnergy and EIT Health in 2030.", {("EIT InnoEnergy", "gazetteer"), ("EIT Health", "gazetteer")}),
    ("Start-ups from the EIT Urban Mobility accelerator met the city.", {("EIT Urban Mobility", "gazetteer")}),
    ("Our members joined a call of EIT Food on shorter supply chains.", {("EIT Food", "gazetteer")}),
])
def test_organisations_eit_communities_are_named_whole(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected
