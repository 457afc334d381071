"""Board offices with the member's organisation in brackets (role_own_org.py, family ``own-board``): in a document
the organisation writes about itself, "President: Jane Doe (Acme Foods Ltd)" is the president of the document's
own organisation, who comes from Acme Foods; "Jane Roe (Beta University) was elected treasurer" likewise
(statement_name_first.py, rule name-elected-role read past the bracket). And the title line's organisation is the
document's own when the text calls itself by its kind noun ("the cluster")."""
from __future__ import annotations

import pytest

_HEAD = "Tyrol Wood Cluster – Minutes of the General Assembly 2027\n\nThe Tyrol Wood Cluster met in Innsbruck on 4 May.\n\n"


def _rows(result, person):
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("line, person, role, employer, rule", [
    ("- Treasurer: Karl Moser (Moser Holz GmbH)\n- Secretary: Eva Brandt (Alpine Timber AG)", "Karl Moser", "Treasurer",
     "Moser Holz GmbH", "role:role-label+org-in-brackets+own-board"),
    ("- Lisa Pichler (Innsbruck Joinery GmbH) – Vice-President\n", "Lisa Pichler", "Vice-President",
     "Innsbruck Joinery GmbH", "role:board-entry-role+own-board"),
    ("Board members: Paul Egger (Egger Sawmill GmbH), Anna Hofer (Hofer Design KG) and Max Lang (Tyrol Forest Agency)\n",
     "Anna Hofer", "Board member", "Hofer Design KG", "role:board-label-list+own-board"),
])
def test_board_office_is_the_own_organisations(extract, line, person, role, employer, rule):
    rows = _rows(extract(_HEAD + line), person)
    assert rows == {(role, "Tyrol Wood Cluster", rule), ("", employer, "role:name-bracket-org")}


def test_board_office_needs_the_documents_own_organisation(extract):
    # no organisation names the document on its first lines: the bracket stays the role's organisation
    r = extract("The new board was presented.\n\n- Treasurer: Karl Moser (Moser Holz GmbH)\n")
    assert _rows(r, "Karl Moser") == {("Treasurer", "Moser Holz GmbH", "role:role-label+org-in-brackets")}


def test_staff_post_keeps_the_bracket(extract):
    # a project manager named with a company in brackets works there: not a board office
    r = extract(_HEAD + "- Project manager: Karl Moser (Moser Holz GmbH)\n")
    assert ("Project manager", "Tyrol Wood Cluster", "role:role-label+org-in-brackets+own-board") not in _rows(r, "Karl Moser")


@pytest.mark.parametrize("sentence, person, role, employer", [
    ("Maria Gruber (Gruber Furniture GmbH) was elected vice-president.", "Maria Gruber", "vice-president", "Gruber Furniture GmbH"),
    ("Dr. Felix Bauer (University of Innsbruck) becomes treasurer of the cluster.", "Felix Bauer", "treasurer",
     "University of Innsbruck"),
    ("Sara Wolf (Wolf Timber KG) has been re-elected secretary for a second term.", "Sara Wolf", "secretary", "Wolf Timber KG"),
])
def test_elected_after_a_bracket(extract, sentence, person, role, employer):
    rows = _rows(extract(_HEAD + sentence), person)
    assert {r[:2] for r in rows} == {(role, "Tyrol Wood Cluster"), ("", employer)}


def test_title_line_organisation_that_calls_itself_by_its_kind(extract):
    # named once, on the title line; a venue named twice further up must not take its place
    text = ("# Drava Mobility Cluster – Report of the General Assembly\n\n"
            "**Place:** Maribor Congress Centre (MCC), Maribor\n\n"
            "The cluster grew to 60 members. The treasurer, Nina Kos, presented the accounts.")
    assert _rows(extract(text), "Nina Kos") == {("treasurer", "Drava Mobility Cluster", "role:the-role-name+own-org")}


# --- a board list that gives the member's organisation after a comma or in a column (role_own_org._employer_field) --
_BOARD = ("Drava Food Cluster – Annual Report 2029\n\nThe Drava Food Cluster grew to 41 members in 2029.\n\n"
          "The General Assembly of 3 May elected the following board:\n\n")


@pytest.mark.parametrize("line, person, role, employer, rule", [
    ("- Marta Kovač, Kovač Mlin d.o.o. – vice-president\n", "Marta Kovač", "vice-president", "Kovač Mlin d.o.o.",
     "role:board-comma-entry-role+own-board"),
    ("- Prof. Tomaž Zupan, University of Maribor – member\n", "Tomaž Zupan", "member", "University of Maribor",
     "role:board-comma-entry-role+own-board"),
    ("- Ivana Horvat, Horvat Organic Farms Ltd – Treasurer\n", "Ivana Horvat", "Treasurer", "Horvat Organic Farms Ltd",
     "role:board-comma-entry-role+own-board"),
])
def test_board_entry_with_the_organisation_after_a_comma(extract, line, person, role, employer, rule):
    rows = _rows(extract(_BOARD + line), person)
    assert rows == {(role, "Drava Food Cluster", rule), ("", employer, "role:name-comma-org")}


@pytest.mark.parametrize("line, person, role, employer, rule", [
    ("Chair Petra Lenart, Lenart Dairy d.o.o.\n", "Petra Lenart", "Chair", "Lenart Dairy d.o.o.", "role:title+org-after-role+own-board"),
    ("Treasurer: Boris Kralj, Kralj Bakery Ltd.\n", "Boris Kralj", "Treasurer", "Kralj Bakery Ltd", "role:role-label+org-after-role+own-board"),
    ("Vice-chair Ana Zorko, University of Ljubljana\n", "Ana Zorko", "Vice-chair", "University of Ljubljana",
     "role:role-before-name+org-after-role+own-board"),
])
def test_board_office_before_the_name_with_the_organisation_after_a_comma(extract, line, person, role, employer, rule):
    rows = _rows(extract(_BOARD + line), person)
    assert rows == {(role, "Drava Food Cluster", rule), ("", employer, "role:name-comma-org")}


def test_comma_organisation_outside_a_board_list_stays_the_roles(extract):
    # no board word before the line: a chair named with an organisation after a comma chairs it
    text = "Drava Food Cluster – Annual Report 2029\n\nThe Drava Food Cluster grew to 41 members in 2029.\n\nChair Petra Lenart, Lenart Dairy d.o.o.\n"
    assert _rows(extract(text), "Petra Lenart") == {("Chair", "Lenart Dairy d.o.o.", "role:title+org-after-role")}


_TABLE = ("Mura Wood Cluster – Annual Report 2030\n\nThe Mura Wood Cluster has 35 members.\n\n"
          "Board (elected on 12 April 2030)\n\n")


@pytest.mark.parametrize("row", ["Matej Horvat | Chairman | Lesna Industrija GmbH", "Rok Zupan | Treasurer | Zupan Sawmill Ltd",
                                 "Tina Golob | Vice-president | Slovenian Forestry Institute"])
def test_board_table_row_gives_the_office_in_the_own_organisation(extract, row):
    person, role, _ = (cell.strip() for cell in row.split("|"))
    assert _rows(extract(_TABLE + row + "\n"), person) == {(role, "Mura Wood Cluster", "role:line:name-role+own-board")}


def test_table_row_outside_a_board_list_keeps_its_organisation(extract):
    text = "Mura Wood Cluster – Annual Report 2030\n\nThe Mura Wood Cluster has 35 members.\n\nRok Zupan | Treasurer | Zupan Sawmill Ltd\n"
    assert _rows(extract(text), "Rok Zupan") == {("Treasurer", "Zupan Sawmill Ltd", "role:line:name-role")}


@pytest.mark.parametrize("head", [
    "Drava Food Cluster (DFC) · Annual Report 2029             4\n\n",
    "Drava Food Cluster | Minutes of the Board meeting of 3 May 2029\n\n",
    "Drava Food Cluster / Annual Report 2029\n\n",
])
def test_letterhead_with_one_separator_is_no_navigation_bar(extract, head):
    text = head + "The Drava Food Cluster grew to 41 members in 2029. The treasurer, Nina Kos, presented the accounts."
    assert {r[:2] for r in _rows(extract(text), "Nina Kos")} == {("treasurer", "Drava Food Cluster")}


# --- "the cluster manager" in the own organisation's text (role_own_org.own_unless_named_here) ----------------------
_NEWS = ("Sava Logistics Cluster – Newsletter 4/2030\n\nNews from the Sava Logistics Cluster for its members.\n\n"
         "Our partners of the Isonzo Rail Cluster opened a new terminal in Gorizia this spring.\n\n")


@pytest.mark.parametrize("sentence, person, role", [
    ("The cluster manager, Tanja Vidmar, will present the results in June.", "Tanja Vidmar", "cluster manager"),
    ("Questions about membership go to Miha Rozman, cluster manager.", "Miha Rozman", "cluster manager"),
    ("In the office, cluster coordinator Petra Golob now runs the training programme.", "Petra Golob", "cluster coordinator"),
])
def test_kind_noun_in_a_later_paragraph_means_the_own_organisation(extract, sentence, person, role):
    rows = _rows(extract(_NEWS + sentence), person)
    assert {r[:2] for r in rows} == {(role, "Sava Logistics Cluster")}


def test_kind_noun_in_the_paragraph_that_names_another_cluster_stays_with_it(extract):
    text = _NEWS.rstrip() + " The cluster manager, Ana Kralj, cut the ribbon."
    assert {r[:2] for r in _rows(extract(text), "Ana Kralj")} == {("cluster manager", "Isonzo Rail Cluster")}


_BOARD_HEAD = ("Lika Food Cluster – Annual Report 2029\n\nThe Lika Food Cluster grew to 48 members in 2029.\n\n"
               "Board of Directors\n\n")


def test_board_table_with_the_office_column_first(extract):
    # a Markdown table (rule table:speaker) whose office column comes before the name's: the own organisation's board
    text = _BOARD_HEAD + ("| Position | Name | Organisation |\n|---|---|---|\n"
                          "| Chairwoman | Vesna Bilić | Bilić Cheese d.o.o. |\n"
                          "| Member (co-opted) | Tomislav Rukavina | Gospić Agricultural School |\n")
    r = extract(text)
    assert _rows(r, "Vesna Bilić") == {("Chairwoman", "Lika Food Cluster", "role:table:speaker+own-board"),
                                       ("", "Bilić Cheese d.o.o.", "role:table:cell-org")}
    assert _rows(r, "Tomislav Rukavina") == {("Member", "Lika Food Cluster", "role:table:speaker+own-board"),
                                             ("", "Gospić Agricultural School", "role:table:cell-org")}


def test_board_table_with_cells_on_lines_of_their_own(extract):
    # a web page's table as text, one cell a line: a board seat ("Director") is the own organisation's there
    text = _BOARD_HEAD + ("Name\n\nPosition\n\nOrganisation\n\nMarina Jurić\n\nVice-Chairperson\n\nJurić Honey Ltd\n\n"
                          "Ante Vuković\n\nDirector\n\nVelebit Mljekara d.o.o.\n\nThe cluster office is in Gospić.\n")
    r = extract(text)
    assert _rows(r, "Marina Jurić") == {("Vice-Chairperson", "Lika Food Cluster", "role:table:speaker+own-board"),
                                        ("", "Jurić Honey Ltd", "role:table:cell-org")}
    assert _rows(r, "Ante Vuković") == {("Director", "Lika Food Cluster", "role:table:speaker+own-board"),
                                        ("", "Velebit Mljekara d.o.o.", "role:table:cell-org")}


def test_director_outside_a_board_table_keeps_its_organisation(extract):
    # "director" is a board seat of the own organisation only in a board table's row; on a bracket line it stays
    text = _BOARD_HEAD + "- Director: Ivo Tomljenović (Tomljenović Meat Ltd)\n"
    assert ("Director", "Lika Food Cluster") not in {r[:2] for r in _rows(extract(text), "Ivo Tomljenović")}


def test_people_table_outside_a_board_list_keeps_its_organisation(extract):
    text = ("Lika Food Cluster – Annual Report 2029\n\nThe Lika Food Cluster grew to 48 members in 2029.\n\n"
            "Speakers at our autumn forum\n\n| Name | Role | Organisation |\n|---|---|---|\n"
            "| Vesna Bilić | Chair | Bilić Cheese d.o.o. |\n")
    # (the table rows only: another rule's reading of the row is no part of this family)
    rows = {r for r in _rows(extract(text), "Vesna Bilić") if r[2].startswith("role:table:")}
    assert rows == {("Chair", "Bilić Cheese d.o.o.", "role:table:speaker")}
