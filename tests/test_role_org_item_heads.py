"""People listed under or beside a named organisation: family "org-item-head" (role_org_entries.py), a list item that
opens with an organisation and a colon or a dash names who stands for it; and the family "a column the header does not
name" of people tables (statement_tables.py): a header run with a cell of no known kind at either end, the rows wider
than the run; a town after the organisation in its cell is no part of its name; and family "org-visit-host"
(role_org_visits.py): the host organisation of a visit or meeting, for the person who receives the group. Exact role
rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # an exhibitor list: the people at the stand, after the company's description
    ("Meet our exhibitors:\n\n- Nordkap Fibre AB (Umeå): paper trays for fish. At our stand: Greta Lund, CEO, and "
     "Olof Berg, sales manager.\n- Bergsala Etikett AB: recycled labels. At our stand: Maria Sund, export manager.",
     {("Greta Lund", "CEO", "Nordkap Fibre AB", "role:apposition+org-item-head"),
      ("Olof Berg", "sales manager", "Nordkap Fibre AB", "role:apposition+org-item-head"),
      ("Maria Sund", "export manager", "Bergsala Etikett AB", "role:apposition+org-item-head")}),
    # a shortlist: the role before the name after a semicolon
    ("Finalists of the challenge:\n\n- Lumora S.r.l. (Bari) – solar glass coatings; CEO Paolo Greco\n"
     "- Ventis S.p.A. (Lecce) – small wind turbines; founder Sara Conte",
     {("Paolo Greco", "CEO", "Lumora S.r.l.", "role:role-before-name+org-item-head"),
      ("Sara Conte", "founder", "Ventis S.p.A.", "role:role-before-name+org-item-head")}),
    # minutes: a partner's contribution, and a second representative with no role
    ("Round of contributions:\n\n- Sava Agri Cluster: coordinator Dr. Ivana Horvat proposed a joint pilot on irrigation.\n"
     "- Danube Wood Cluster (DWC) – Ana Petrović, cluster manager; Marko Novak",
     {("Ivana Horvat", "coordinator", "Sava Agri Cluster", "role:role-before-name+org-item-head"),
      ("Ana Petrović", "cluster manager", "Danube Wood Cluster", "role:apposition+org-label-before-name"),
      ("Marko Novak", "", "Danube Wood Cluster", "role:org-item-head")}),
])
def test_role_org_item_head(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_item_head_needs_an_organisation(extract):
    # a session or a prize heads the item: no organisation for the people it names
    text = "Programme of the day:\n\n- Panel 2: Jane Doe, CEO, and Tom Ross, researcher\n- Innovation Prize: awarded to Lina Berg, founder"
    assert roles(extract(text)) == {("Jane Doe", "CEO", None, "role:apposition"), ("Tom Ross", "researcher", None, "role:apposition"),
                                    ("Lina Berg", "founder", None, "role:apposition")}


def _rows(result) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.role, r.organisation) for r in result.roles if r.rule == "role:table:speaker"}


@pytest.mark.parametrize("name, text, expected", [
    # a last column of no known kind
    ("board.md", "# Advisory board\n\n| Name | Organisation | Perspective |\n|---|---|---|\n"
     "| Lena Vogt | Rhein Wasser GmbH, Mainz | Water utility |\n| Piotr Nowak | Odra Port Authority | Port operator |\n",
     {("Lena Vogt", "", "Rhein Wasser GmbH"), ("Piotr Nowak", "", "Odra Port Authority")}),
    # a first column left unnamed
    ("chairs.md", "# Working group\n\n| | Name | Organisation | Since |\n|---|---|---|---|\n"
     "| Chair | Eva Lind | Baltic Hydrogen Cluster (BHC), Gdańsk | 2031 |\n| Vice-Chair | Jan Kruk | Mazovia Energy Cluster | 2032 |\n",
     {("Eva Lind", "Chair", "Baltic Hydrogen Cluster"), ("Jan Kruk", "Vice-Chair", "Mazovia Energy Cluster")}),
    # a first column naming what the row is about
    ("tracks.md", "# Who presented\n\n| Track | Presenter | Organisation |\n|---|---|---|\n"
     "| Welding School | Marta Zupan, head of training | Koroška Metal Cluster |\n| Robotics School | Ivo Marić | Adria Robotics d.o.o. |\n",
     {("Marta Zupan", "head of training", "Koroška Metal Cluster"), ("Ivo Marić", "", "Adria Robotics d.o.o.")}),
])
def test_table_with_a_column_the_header_does_not_name(extract_file, name, text, expected):
    assert _rows(extract_file(name, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a delegation programme: the host named after the visit cue, its person after "with" or a dash
    ("Programme of the study trip\n\nDAY 2 – TUESDAY 4 MAY\n"
     "09:00 Visit to the sawmill of Kärnten Holzwerk GmbH, Villach, with plant manager Petra Moser\n"
     "11:30 Company visit: Drautal Robotics AG (welding cells) – Jonas Pichler, head of production\n"
     "14:00 Breakfast briefing at the Embassy of Portugal in Vienna, with Ambassador Rui Cardoso",
     {("Petra Moser", "plant manager", "Kärnten Holzwerk GmbH", "role:role-before-name+org-visit-host"),
      ("Jonas Pichler", "head of production", "Drautal Robotics AG", "role:apposition+org-visit-host"),
      ("Rui Cardoso", "Ambassador", "Embassy of Portugal in Vienna", "role:title+org-visit-host")}),
    # a study-visit report's sentence
    ("On the second day the group had a meeting at the Tyrol Innovation Agency with Lukas Egger, programme manager, "
     "and then went on to the lake.",
     {("Lukas Egger", "programme manager", "Tyrol Innovation Agency", "role:apposition+org-visit-host")}),
    # the last visit before the person is the host: one whose place is no organisation names none
    ("09:00 Briefing at the Danube Chamber by director Eva Kranz; meeting at headquarters with Karl Bauer, export manager",
     {("Eva Kranz", "director", "Danube Chamber", "role:role-before-name+org-visit-host"),
      ("Karl Bauer", "export manager", None, "role:apposition")}),
])
def test_role_org_visit_host(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_visit_host_needs_a_join(extract):
    # a person named after the visit without "with", "by" or a dash is no host's
    text = "After the visit to Alpen Solar GmbH, Minister Anna Huber said the region needs more installers."
    assert roles(extract(text)) == {("Anna Huber", "Minister", None, "role:title")}


def test_table_cell_of_several_people_and_a_partner_code_column(extract_file):
    # a partner list: the code column heads as "Partner", the organisation next; several representatives in one cell
    text = ("# Participants\n\n| Partner | Organisation | Country | Representatives |\n|---|---|---|---|\n"
            "| LP | Baltic Timber Cluster (BTC) | Latvia | Ilze Ozola (project manager); Janis Berzins (finance officer) |\n"
            "| PP2 | Vistula Furniture Cluster | Poland | Adam Nowicki (manager); Ewa Lis |\n"
            "| PP3 | Saxon Wood Agency | Germany | Karin Lenz (policy officer) – online |\n")
    assert _rows(extract_file("pm2.md", text)) == {
        ("Ilze Ozola", "project manager", "Baltic Timber Cluster"), ("Janis Berzins", "finance officer", "Baltic Timber Cluster"),
        ("Adam Nowicki", "manager", "Vistula Furniture Cluster"), ("Ewa Lis", "", "Vistula Furniture Cluster"),
        ("Karin Lenz", "policy officer", "Saxon Wood Agency")}


def test_table_row_whose_name_is_not_read_is_passed_over(extract_file):
    # the rows after a name the rules cannot read still line up: the next row holds a name in the person column
    text = ("# Contact points\n\n| Country | Contact point | Organisation |\n|---|---|---|\n"
            "| Austria | Eva Gruber, cluster manager | Tyrol Bike Cluster |\n"
            "| Italy | Lucia dell'Orso, responsabile progetti | Garda Outdoor Lab S.r.l. |\n"
            "| Norway | Odd Lunde | Fjordsykkel AS |\n")
    assert {r for r in _rows(extract_file("ncp.md", text)) if not r[0].startswith("Lucia")} == {
        ("Eva Gruber", "cluster manager", "Tyrol Bike Cluster"), ("Odd Lunde", "", "Fjordsykkel AS")}


@pytest.mark.parametrize("name, text", [
    ("ncp.html", "<html><body><h1>National contact points</h1><table><thead><tr><th>Country</th><th>Organisation</th>"
     "<th>Contact point</th><th>Position</th></tr></thead><tbody>"
     "<tr><td>Malta</td><td>Malta Enterprise (ME)</td><td>Joseph Camilleri</td><td>cluster programme officer</td></tr>"
     "<tr><td>Portugal</td><td>Agência Nacional de Inovação (ANI)</td><td>Rita Figueiredo</td><td>senior adviser</td></tr>"
     "<tr><td>Sweden</td><td>Vinnova</td><td>Lars Nyberg</td><td>head of unit, clusters</td></tr></tbody></table></body></html>"),
    ("ncp.md", "# National contact points\n\n| Country | Organisation | Contact point | Position |\n|---|---|---|---|\n"
     "| Malta | Malta Enterprise (ME) | Joseph Camilleri | cluster programme officer |\n"
     "| Portugal | Agência Nacional de Inovação (ANI) | Rita Figueiredo | senior adviser |\n"
     "| Sweden | Vinnova | Lars Nyberg | head of unit, clusters |\n"),
])
def test_table_whose_rows_a_narrower_width_would_pass_over_keeps_its_organisation_column(extract_file, name, text):
    # under the header's last two cells alone every other cell would be a row passed over: that width reads the table
    # less well than the full one with the organisation column
    assert _rows(extract_file(name, text)) == {
        ("Joseph Camilleri", "cluster programme officer", "Malta Enterprise"),
        ("Rita Figueiredo", "senior adviser", "Agência Nacional de Inovação"),
        ("Lars Nyberg", "head of unit, clusters", "Vinnova")}


@pytest.mark.parametrize("text, expected", [
    # signatories of a joint letter: each block opens with the organisation, its acronym and place
    ("We call on the Commission to keep the programme.\n\nSignatories\n\nRhône Games Cluster (RGC), Lyon\n"
     "Claire Martin, director\n\nBaltic Sound Cluster (BSC), Gdańsk, Poland\nDr. Piotr Wójcik, president",
     {("Claire Martin", "director", "Rhône Games Cluster", "role:line:name-role+org-block-head"),
      ("Piotr Wójcik", "president", "Baltic Sound Cluster", "role:line:name-role+org-block-head")}),
    # a consortium page: the partner, a line on its task, then its contact
    ("The partners\n\nHarz Fasern GmbH, Goslar, Germany\nSpinning trials with flax.\nContact: Dr.-Ing. Karl Sommer, head of R&D\n\n"
     "Tessitura Brenta S.p.A., Bassano, Italy\nWeaving pilot.\nContact: Anna Ferri, plant manager",
     {("Karl Sommer", "head of R&D", "Harz Fasern GmbH", "role:apposition+org-block-head"),
      ("Anna Ferri", "plant manager", "Tessitura Brenta S.p.A.", "role:apposition+org-block-head")}),
    # a directory entry whose contact comes after a title
    ("Members\n\nCantiere Vela S.r.l. — La Spezia\nSailing yachts. Contact: arch. Paola Neri, partner",
     {("Paola Neri", "partner", "Cantiere Vela S.r.l.", "role:apposition+org-entry-head")}),
])
def test_role_org_block_head(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_block_head_needs_the_organisation_alone_on_the_first_line(extract):
    # a block whose first line is a sentence naming an organisation heads nobody
    text = "News\n\nWe met Rhône Games Cluster (RGC) in Lyon last week.\nClaire Martin, director"
    assert roles(extract(text)) == {("Claire Martin", "director", None, "role:line:name-role")}


def test_role_org_block_head_not_over_a_form(extract):
    # a one-word heading and the labelled fields of minutes under it: no organisation line heads the block
    text = ("Board notes\n\nAttendance\nPresent: Eva Lind (Chair), Jan Kruk\nExcused: Ola Berg\n"
            "Cluster office: Mia Sand, project officer")
    assert {r for r in roles(extract(text)) if r[0] == "Mia Sand"} == {("Mia Sand", "project officer", None, "role:apposition")}


def test_role_org_block_head_not_over_a_sentence(extract):
    # a committee line that runs on into a sentence ("– chaired by") is no organisation line with its place
    text = ("Committees of the Board\n\nAudit Committee – chaired by\nDr. Eva Lind; reviews the accounts.\n\n"
            "Ethics Committee – chaired by\nJan Kruk; handles complaints.")
    assert {r for r in roles(extract(text)) if r[3] == "role:org-block-head"} == set()
