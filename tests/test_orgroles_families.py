"""Rule families of issue 10 for organisations, people and roles, each shown by several phrasings of
our own with the exact rows expected (an extra row fails): lower-case roles after a name and in
brackets, legal forms cleanco lacks, file formats / share lines / training formats that are no
organisations, line fields of lists and signature blocks, names read across a line break."""
from __future__ import annotations

import pytest


def rows(result) -> tuple[set[str], set[str], set[tuple[str, str, str | None]]]:
    people = {p.name for p in result.people}
    orgs = {o.name for o in result.organisations}
    roles = {(r.person, r.role, r.organisation) for r in result.roles}
    return people, orgs, roles


# -- lower-case role (statement_parts.lower_case_role_field; data/role_field_stops.txt) ------------------
@pytest.mark.parametrize("text, expected", [
    ("Questions on the call go to Petra Nováková, call manager at the Agro Valley Cluster.",
     ({"Petra Nováková"}, {"Agro Valley Cluster"}, {("Petra Nováková", "call manager", "Agro Valley Cluster")})),
    ("The keynote was given by Marko Horvat, technical director of Adria Boats d.d., on 3 May.",
     ({"Marko Horvat"}, {"Adria Boats d.d."}, {("Marko Horvat", "technical director", "Adria Boats d.d.")})),
    ('"We are ready," said Lucía Prieto, campaign coordinator at the Murcia Innovation Agency.',
     ({"Lucía Prieto"}, {"Murcia Innovation Agency"},
      {("Lucía Prieto", "campaign coordinator", "Murcia Innovation Agency")})),
    ("Speakers\n- Rui Santos, procurement lead, Tejo Naval Systems, S.A.\n"
     "- Elena Moretti, international projects manager, Lombardy Mechatronics Cluster\n",
     ({"Rui Santos", "Elena Moretti"}, {"Tejo Naval Systems, S.A.", "Lombardy Mechatronics Cluster"},
      {("Rui Santos", "procurement lead", "Tejo Naval Systems, S.A."),
       ("Elena Moretti", "international projects manager", "Lombardy Mechatronics Cluster")})),
])
def test_orgroles_lower_case_role_after_a_name(extract, text, expected):
    assert rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Our colleague Jonas Berg (project manager, Nordic Optics Alliance) chaired the group on skills.",
     ({"Jonas Berg"}, {"Nordic Optics Alliance"}, {("Jonas Berg", "project manager", "Nordic Optics Alliance")})),
    ("The workshop heard Wojtek Nowak (cluster manager, Silesian Drone Cluster, Poland) and Eva Lind "
     "(scientific director at the Baltic Water Institute).",
     ({"Wojtek Nowak", "Eva Lind"}, {"Silesian Drone Cluster", "Baltic Water Institute"},
      {("Wojtek Nowak", "cluster manager", "Silesian Drone Cluster"),
       ("Eva Lind", "scientific director", "Baltic Water Institute")})),
    # brackets in lower case that state no role are no statement at all
    ("Anna Holm (in English) and Peter Sand (see below) spoke at the meeting of the Danube Food Cluster.",
     ({"Anna Holm", "Peter Sand"}, {"Danube Food Cluster"}, set())),
])
def test_orgroles_lower_case_role_in_brackets(extract, text, expected):
    assert rows(extract(text)) == expected


def test_orgroles_lower_case_field_words_are_never_verbs_or_function_words(nlp, rules):
    from pipeline.config import load_settings
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.statement_parts import lower_case_role_field

    lex = load_lexicon(load_settings({}, environ={}).data_dir)
    assert lower_case_role_field(["call"], lex)
    assert lower_case_role_field(["international", "projects"], lex)
    assert not lower_case_role_field(["who", "met", "the"], lex)
    assert not lower_case_role_field(["visited"], lex)
    assert not lower_case_role_field(["said"], lex)
    assert not lower_case_role_field(["one", "two", "three", "four"], lex)


# -- legal forms cleanco lacks (data/legal_forms.txt [forms]) ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Members: Minett Steel Cluster a.s.b.l. (Luxembourg), Nordic Battery Forum ry (Finland) and "
     "Dunmore Digital Cluster CLG (Ireland).",
     {"Minett Steel Cluster a.s.b.l.", "Nordic Battery Forum ry", "Dunmore Digital Cluster CLG"}),
    ("The cooperative Friesmelk U.A. and Hidro Norte S.Coop. joined MoravaMach Cluster, z.s. last year.",
     {"Friesmelk U.A.", "Hidro Norte S.Coop", "MoravaMach Cluster, z.s."}),
    # a form closing a sentence: the full stop ends the sentence, the next name starts afresh
    ("The visit ended at Porto Circular Lda. The next one is at Boreal Tech Sàrl. Both are members.",
     {"Porto Circular Lda", "Boreal Tech Sàrl"}),
])
def test_orgroles_legal_forms_close_company_names(extract, text, expected):
    people, orgs, roles = rows(extract(text))
    assert (people, orgs, roles) == (set(), expected, set())


# -- not organisations: file formats, share lines, training formats (data/not_organisations.txt) -----------
@pytest.mark.parametrize("text, expected", [
    ("Read the full report (PDF) on the website of the Baltic Energy Agency.\nShare: Facebook LinkedIn X WhatsApp\n",
     {"Baltic Energy Agency"}),
    ("Q&A (Q&A) with the Danube Innovation Agency. Follow us on YouTube and Instagram.", {"Danube Innovation Agency"}),
    ("We met the Alpine Wood Cluster on Monday.\nFollow the Alpine Wood Cluster on LinkedIn", {"Alpine Wood Cluster"}),
    ("The Young Cluster Managers Summer School and the Blue Ocean Hackathon were organised by the Blue Cluster "
     "Network. The Vienna Business School hosted the Open Cluster Webinar Series.",
     {"Blue Cluster Network", "Vienna Business School"}),
])
def test_orgroles_formats_platforms_and_training_formats_are_no_organisations(extract, text, expected):
    assert rows(extract(text)) == (set(), expected, set())


# -- line fields (org_spans.line_fields) ---------------------------------------------------------
def test_orgroles_board_table_fields_end_at_the_line(extract):
    text = ("Board 2025-2027\n"
            "  Vice-Chair:     Marek Novak, Director of the Brno Water Institute\n"
            "  Treasurer:      Eva Horak, Chief Financial Officer, Morava Pipe Systems\n"
            "  Board members:  Prof. Jan Dvorak, Vice-Rector, University of Olomouc\n")
    assert rows(extract(text)) == (
        {"Marek Novak", "Eva Horak", "Jan Dvorak"},
        {"Brno Water Institute", "Morava Pipe Systems", "University of Olomouc"},
        {("Marek Novak", "Vice-Chair", None), ("Marek Novak", "Director", "Brno Water Institute"),
         ("Eva Horak", "Treasurer", None), ("Eva Horak", "Chief Financial Officer", "Morava Pipe Systems"),
         ("Jan Dvorak", "Vice-Rector", "University of Olomouc")})


@pytest.mark.parametrize("text, expected", [
    ("Finances\nThe Board approved the accounts of the Danube Cluster Association.\n",
     (set(), {"Danube Cluster Association"}, set())),
    ("Parallel sessions\n   A2  Food value chains (panel)\n   B3  Cluster excellence clinic (workshop)\n"
     "   C1. Interregional Innovation Investments explained\n", (set(), set(), set())),
    # (the department line under the name is her role, as gold sets write a press contact's "Communication and Events")
    ("Press contact\nKarin Weber-Osei\nCommunications\nWeser Logistics Cluster e.V.\n",
     ({"Karin Weber-Osei"}, {"Weser Logistics Cluster e.V."}, {("Karin Weber-Osei", "Communications", "Weser Logistics Cluster e.V.")})),
])
def test_orgroles_headings_codes_and_signature_lines_open_no_name(extract, text, expected):
    assert rows(extract(text)) == expected


# -- one-line name (people.line_name) ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Funding session\nGreen Transition Fund\nEwa Lindqvist, Senior Investment Manager, Nordic Battery Fund\n",
     ({"Ewa Lindqvist"}, {"Nordic Battery Fund"}, {("Ewa Lindqvist", "Senior Investment Manager", "Nordic Battery Fund")})),
    ("Participants came from the University of Tartu\nMaris Tamm (Estonian Space Cluster) and the Riga Technical University.",
     ({"Maris Tamm"}, {"University of Tartu", "Estonian Space Cluster", "Riga Technical University"},
      {("Maris Tamm", "", "Estonian Space Cluster")})),
    # a name wrapped over two lines stays whole
    ("Keynote: Jane\nMorrison, CEO, Acme Robotics Cluster\n",
     ({"Jane Morrison"}, {"Acme Robotics Cluster"}, {("Jane Morrison", "CEO", "Acme Robotics Cluster")})),
])
def test_orgroles_names_on_one_line_of_a_list(extract, text, expected):
    assert rows(extract(text)) == expected


# -- coordinated names (org_spans.coordinated) ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The matchmaking was won by AgriTech Cluster Latvia and Nordic Food Innovation Network, who signed a deal.",
     (set(), {"AgriTech Cluster Latvia", "Nordic Food Innovation Network"}, set())),
    ("The summit was hosted by the Autonomous Province of Bolzano and Alto Adige Sviluppo S.p.A., and for the "
     "first time by the University of Bolzano and Marco Rossi.",
     ({"Marco Rossi"}, {"Autonomous Province of Bolzano", "Alto Adige Sviluppo S.p.A.", "University of Bolzano"}, set())),
    # "and" inside one name: the part after it is a field, not a second organisation
    ("The Chamber of Commerce and Industry of Lyon, the Ministry of Economy and Innovation and the Nordic Science "
     "and Technology Park met.",
     (set(), {"Chamber of Commerce and Industry of Lyon", "Ministry of Economy and Innovation",
              "Nordic Science and Technology Park"}, set())),
])
def test_orgroles_coordinated_names_are_split(extract, text, expected):
    assert rows(extract(text)) == expected


# -- organisation words in other languages (data/org_suffixes.txt) -----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Anna Nowak (Mazowiecki Klaster ICT) proposed Jan KOWAL (Klaster Obróbki Drewna) as secretary.",
     ({"Anna Nowak", "Jan KOWAL"}, {"Mazowiecki Klaster ICT", "Klaster Obróbki Drewna"},
      # (the role after "proposed … as": statement_verb_as.py, rule verb-name-as-role)
      {("Anna Nowak", "", "Mazowiecki Klaster ICT"), ("Jan KOWAL", "", "Klaster Obróbki Drewna"), ("Jan KOWAL", "secretary", None)})),
    ("Maria Schmidt from Verband Deutscher Cluster spoke.",
     ({"Maria Schmidt"}, {"Verband Deutscher Cluster"}, {("Maria Schmidt", "", "Verband Deutscher Cluster")})),
    ("Petr Novák (Jihočeský Klastr Dřeva) and Laura Conti (Fondazione Adriatica) presented.",
     ({"Petr Novák", "Laura Conti"}, {"Jihočeský Klastr Dřeva", "Fondazione Adriatica"},
      {("Petr Novák", "", "Jihočeský Klastr Dřeva"), ("Laura Conti", "", "Fondazione Adriatica")})),
])
def test_orgroles_organisation_words_in_other_languages(extract, text, expected):
    assert rows(extract(text)) == expected


# -- dash short forms (org_brands.dash_short_forms) --------------------------------------------------------
def test_orgroles_dash_short_forms_in_a_partner_list(extract):
    text = ("Partners\n"
            "  - Makrotech – Basque Precision Manufacturing Cluster (lead)\n"
            "  - Norte Verde – Associação para a Economia Verde, Portugal\n"
            "  - TUK – Technical University of Kranj (Slovenia)\n"
            "  - South Bohemian Innovation Centre – JIC\n")
    r = extract(text)
    assert {(o.name, o.acronym) for o in r.organisations} == {
        ("Makrotech – Basque Precision Manufacturing Cluster", None),
        ("Norte Verde – Associação para a Economia Verde", None),
        ("Technical University of Kranj", "TUK"), ("South Bohemian Innovation Centre", "JIC")}


@pytest.mark.parametrize("text, expected", [
    ("The forum was organised by ACMEC – Alpine Cluster of Mechatronics together with the regional agency.",
     {("Alpine Cluster of Mechatronics", "ACMEC")}),
    ("AeroWest – Atlantic Aerospace & Defence Cluster · Brest, France",
     {("AeroWest – Atlantic Aerospace & Defence Cluster", None)}),
    # places, headings and people before a dash are no short forms
    ("Brussels – European Cluster Conference, 3 May 2025\nSpeakers – European Commission\n",
     {("European Commission", None)}),
])
def test_orgroles_dash_short_forms(extract, text, expected):
    assert {(o.name, o.acronym) for o in extract(text).organisations} == expected


# -- particle surnames (shapes.particle_surname; data/name_particles.txt) -----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Speakers included Marieke Jansen-de Boer (Noord Energy Cluster) and Baudouin d'Aspremont (Wallonia Design Cluster).",
     ({"Marieke Jansen-de Boer", "Baudouin d'Aspremont"}, {"Noord Energy Cluster", "Wallonia Design Cluster"},
      {("Marieke Jansen-de Boer", "", "Noord Energy Cluster"), ("Baudouin d'Aspremont", "", "Wallonia Design Cluster")})),
    # four name words and a particle are still one name
    ("The prize went to Luísa Maria Costa dos Reis, founder of Tejo Robotics.",
     ({"Luísa Maria Costa dos Reis"}, {"Tejo Robotics"}, {("Luísa Maria Costa dos Reis", "founder", "Tejo Robotics")})),
    ("The study by Anneke Visser-van Dijk (Groningen Dairy Cluster) was presented by Pierre d'Hondt, CEO of Flanders Food Cluster.",
     ({"Anneke Visser-van Dijk", "Pierre d'Hondt"}, {"Groningen Dairy Cluster", "Flanders Food Cluster"},
      {("Anneke Visser-van Dijk", "", "Groningen Dairy Cluster"), ("Pierre d'Hondt", "CEO", "Flanders Food Cluster")})),
])
def test_orgroles_names_with_particles(extract, text, expected):
    assert rows(extract(text)) == expected


# -- lower-case role before the name (statement_role_first._lower_role_start) ------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The talk was moderated by project manager Ioana Stan and closed by the executive director Marius Petrauskas.",
     {("Ioana Stan", "project manager", None), ("Marius Petrauskas", "executive director", None)}),
    ("From left: moderator Goran Horvat, technical director Jan Novak and Petra Lind (Baltic Water Institute).",
     {("Goran Horvat", "Moderator", None), ("Jan Novak", "technical director", None), ("Petra Lind", "", "Baltic Water Institute")}),
    # a role noun in a sentence that names nobody after it is no statement
    ("The cluster thanked its members. Our director has met many people. The manager spoke to Anna Berg later.", set()),
])
def test_orgroles_lower_case_role_before_the_name(extract, text, expected):
    assert rows(extract(text))[2] == expected


# -- bar names (org_brands.bar_names) ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Posted on 4 May 2025 by AquaHub | Zeeland\nThe visit was prepared by AquaHub | Zeeland together with the "
     "Flemish Water Cluster.\n© AquaHub | Zeeland · Privacy\n",
     {("AquaHub | Zeeland", None), ("Flemish Water Cluster", None)}),
    ("The talks are the online mornings of Clusters Norte | Rede de Inovação, the regional association.",
     {("Clusters Norte | Rede de Inovação", None)}),
    ("Organiser: Kaascluster Noord | Cheese Valley\n", {("Kaascluster Noord | Cheese Valley", None)}),
    ("Exhibitors\n  - Irish Robotics Network | IRN\n  - AM | Additive Masters B.V. (Delft)\n",
     {("Irish Robotics Network", "IRN"), ("AM | Additive Masters B.V", None)}),  # (the name is cleaned of its last full stop)
    # menus, share lines, language switches, dated subjects, two organisers, places: no bar name
    ("Home | About | Members | News\nFollow us: LinkedIn | YouTube\nSubject: AquaNews | October 2025\n"
     "Organisers: Business Finland | Arctic Battery Cluster\nJoint mission to Canada | Lapland\n",
     {("Business Finland", None), ("Arctic Battery Cluster", None)}),  # (two organisers: no bar name joins them; the
    # labelled line lists both, rule cue:label-list)
])
def test_orgroles_bar_names(extract, text, expected):
    assert {(o.name, o.acronym) for o in extract(text).organisations} == expected


# -- short form of a fuller name (org_resolve._merge_short_forms) -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Limerick Digital Cluster CLG published a briefing. Members of the Limerick Digital Cluster met on 3 June.",
     {"Limerick Digital Cluster CLG"}),
    ("Exhibitors\n  - Makrotech – Basque Precision Manufacturing Cluster (lead)\nMakrotech will host the pavilion.\n",
     {"Makrotech – Basque Precision Manufacturing Cluster"}),
    ("Posted on 4 May 2025 by AquaHub | Zeeland\nAquaHub is the water technology cluster of the province.\n",
     {"AquaHub | Zeeland"}),
])
def test_orgroles_short_forms_take_the_fuller_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


# -- what closes a name: a place, a day, a platform, a second column, a date line ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("She studied at the Faculty of Maritime Studies in Split. The Institute for Research in Biomedicine and the "
     "Council on Foreign Relations wrote to her.",
     {"Faculty of Maritime Studies", "Institute for Research in Biomedicine", "Council on Foreign Relations"}),
    ("Dr. Jana Kertai, Managing Director, Tisa Water Cluster        Dr. Bence Olah, Cluster Manager\n",
     {"Tisa Water Cluster"}),
    ("Thu 12 March – 11:00 Talk by Dr. Lena Berg, technical director of Berg Feinwerk GmbH\nFri 13 March – 10:00 Closing\n",
     {"Berg Feinwerk GmbH"}),
])
def test_orgroles_names_end_before_places_columns_and_dates(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


# -- board list (statement_board; data/board_entry_verbs.txt) ---------------------------------------------
def test_orgroles_board_list_entries_and_plural_label(extract):
    text = ("The members elected the new Board:\n"
            "  - Tomasz NOWICKI (Klaster Drzewny Mazowsze) – re-elected as President\n"
            "  - Agata Wilk (Baltic Amber Cluster) – elected Vice-President\n"
            "  - Board members: Jan Lis (Silesian Robotics Cluster), Ewa Kruk (Lublin Energy Cluster) and "
            "Olga Sowa (Pomorze Food Cluster)\n")
    with_role = {r for r in rows(extract(text))[2] if r[1]}
    assert with_role == {("Tomasz NOWICKI", "President", "Klaster Drzewny Mazowsze"),
                         ("Agata Wilk", "Vice-President", "Baltic Amber Cluster"),
                         ("Jan Lis", "Board member", "Silesian Robotics Cluster"),
                         ("Ewa Kruk", "Board member", "Lublin Energy Cluster"),
                         ("Olga Sowa", "Board member", "Pomorze Food Cluster")}


@pytest.mark.parametrize("text, expected", [
    ("Sara Holm (Nordic Wood Cluster), re-elected as Treasurer; Per Dahl (Lapland Mining Network) – appointed "
     "Secretary General.",
     {("Sara Holm", "Treasurer", "Nordic Wood Cluster"), ("Per Dahl", "Secretary General", "Lapland Mining Network")}),
    # a label that is no role title gives no role, nor do brackets without a verb
    ("Speakers: Anna Berg (Nordic Wood Cluster), Jan Lis (Silesian Robotics Cluster)", set()),
    # a verb names who did it, not a role
    ("The panel was moderated by Hélène Marchand from the Alpine Cluster Network.\nModerator: Jan Lis\n",
     {("Jan Lis", "Moderator", None)}),
])
def test_orgroles_board_entries_and_cues(extract, text, expected):
    assert {r for r in rows(extract(text))[2] if r[1]} == expected


# -- an office named by its head (org_spans.line_fields; data/role_titles.txt) -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("The plan was drafted by the Marshal's Office of the Lubuskie Voivodeship.", {"Marshal's Office of the Lubuskie Voivodeship"}),
    ("Letters went to the Governor's Office of Tyrol and the Mayor's Office.", {"Governor's Office of Tyrol", "Mayor's Office"}),
    # a country's possessive is no part of a name
    ("Spain's Ministry of Economy helped, as did Finland's Innovation Agency.", {"Ministry of Economy", "Innovation Agency"}),
])
def test_orgroles_office_named_by_its_head(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


# -- academic titles before a name (data/person_titles.txt) ------------------------------------------------
def test_orgroles_academic_titles_are_neither_names_nor_organisations(extract):
    text = ("The conference was opened by Ing. Pavel Horak, director of the Moravian Energy Agency (MEA), and by "
            "Mgr. Lenka Dolezalova, Deputy Governor of the Moravian Region. Mag. Eva Huber (Tyrol Wood Cluster) spoke.")
    assert rows(extract(text)) == (
        {"Pavel Horak", "Lenka Dolezalova", "Eva Huber"},
        {"Moravian Energy Agency", "Moravian Region", "Tyrol Wood Cluster"},
        {("Pavel Horak", "director", "Moravian Energy Agency"), ("Lenka Dolezalova", "Deputy Governor", "Moravian Region"),
         ("Eva Huber", "", "Tyrol Wood Cluster")})
