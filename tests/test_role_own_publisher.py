"""Family ``own-org`` (role_own_org.py, ``own_organisation``) with the publisher named elsewhere than on the letterhead
(role_own_publisher.py): an imprint, copyright or publisher's line or the organisation's own address line among the
document's last lines, a press release's "About …" line, a functional mailbox whose domain names the organisation, a
governance page's opening self-description; and a letterhead in capitals read as one name, or a letterhead line that
the text calls by its kind noun ("the cluster")."""
from __future__ import annotations

import pytest


def roles(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


CASES = [
    # an annual report whose cover names no organisation; the imprint does
    ("Yearly Review\n2031\n\nBergen, March 2032\n\nForeword\n\nIn 2031 Fjordsensor Klynge AS grew to ninety partners "
     "and opened a lab in Stavanger.\n\nTreasurer Ole Brekke presented the accounts to the assembly.\n\n"
     "Imprint: Fjordsensor Klynge AS, Strandkaien 4, 5013 Bergen.\n",
     {("Ole Brekke", "Treasurer", "Fjordsensor Klynge AS", "role:role-before-name+own-org")}),
    # the organisation's own address line closes the page
    ("Board news\n\nPublished 2 May 2031\n\nThe board met in Poprad and approved the work plan.\n\n"
     "Vice-Chair Lenka Hrubá chaired the meeting in place of the chair.\n\nThe board of Tatra Wood Cluster also "
     "admitted four members.\n\nTatra Wood Cluster · Hlavná 12 · 058 01 Poprad\n",
     {("Lenka Hrubá", "Vice-Chair", "Tatra Wood Cluster", "role:role-before-name+own-org")}),
    # a functional mailbox of the organisation on the last line
    ("Summary of the board meeting of 3 May 2031\n\nThe board of Lakeside Bioeconomy Cluster met in Tartu. "
     "Managing Director Karl Moser reported on the first half of the year.\n\nQuestions: board@lakesidebio.example\n",
     {("Karl Moser", "Managing Director", "Lakeside Bioeconomy Cluster", "role:role-before-name+own-org")}),
    # a press release's "About …" line
    ("PRESS RELEASE\n\nGdynia, 4 April 2031\n\nNew skills academy for shipyards\n\nThe academy opens in June. "
     "Project officer Marta Lis will run the first course.\n\nAbout Baltic Yard Cluster\n\n"
     "Baltic Yard Cluster brings together 40 shipyards and suppliers.\n",
     {("Marta Lis", "Project officer", "Baltic Yard Cluster", "role:role-before-name+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_organisation_named_by_the_footer(extract, text, expected):
    assert roles(extract(text)) == expected


BOARD_NOTE = ("Summary of the board meeting of 3 May 2031\n\nPublished 5 May 2031 · Governance\n\n"
              "The board met in Tartu on 3 May. Managing Director Karl Moser reported on the first half of the year.\n\n"
              "The board approved the accounts for 2030 and the budget for 2032.\n\n"
              "The board of Lakeside Bioeconomy Cluster thanked him. Lakeside Bioeconomy Cluster meets again in June.\n\n"
              "Questions: {address}\n")


@pytest.mark.parametrize("address, organisation, rule", [
    ("board@lakesidebio.example", "Lakeside Bioeconomy Cluster", "role:role-before-name+own-org"),
    # a person's address names no publisher
    ("karl.moser@lakesidebio.example", None, "role:role-before-name"),
])
def test_functional_mailbox_names_the_publisher(extract, address, organisation, rule):
    assert roles(extract(BOARD_NOTE.format(address=address))) == {("Karl Moser", "Managing Director", organisation, rule)}


LETTERHEAD_CASES = [
    # a governance page that opens by describing its organisation
    ("Governance\n\nTatra Wood Cluster is an association of 60 sawmills and joiners founded in 2014.\n\n"
     "Secretariat\n\n- Lenka Hrubá – executive director\n- Peter Kováč – project manager\n",
     {("Lenka Hrubá", "executive director", "Tatra Wood Cluster", "role:line:name-role+own-team-section"),
      ("Peter Kováč", "project manager", "Tatra Wood Cluster", "role:line:name-role+own-team-section")}),
    # a letterhead in capitals that is the name as the address line at the end spells it, not only one of its parts
    ("FJELLVARME KLYNGEN – NORWEGIAN HEAT CLUSTER\nBoard meeting no. 9 – notes\n\nDate: 4 March 2031\n"
     "Place: Oslo, cluster office\n\nThe board approved the accounts for 2030.\n\n"
     "Vice-Chair Kari Lund reported on the new members.\n\nNext meeting: 6 May 2031.\n\n"
     "Fjellvarme Klyngen – Norwegian Heat Cluster · Storgata 5 · 0155 Oslo\n",
     {("Kari Lund", "Vice-Chair", "Fjellvarme Klyngen – Norwegian Heat Cluster", "role:role-before-name+own-org")}),
    # a letterhead line of the organisation's name alone, which the text calls "the cluster"
    ("Minutes of the General Assembly 2031\n\nMINUTES OF THE ANNUAL GENERAL ASSEMBLY\nStichting Lichtbron (Delta Laser Cluster)\n"
     "Date: 4 June 2031\n\nThe cluster closed the year with a small surplus. Treasurer Joost Wolters presented the accounts.\n",
     {("Joost Wolters", "Treasurer", "Delta Laser Cluster", "role:role-before-name+own-org")}),
]


@pytest.mark.parametrize("text, expected", LETTERHEAD_CASES)
def test_own_organisation_on_a_governance_page_and_a_letterhead_line(extract, text, expected):
    assert roles(extract(text)) == expected


def test_own_office_read_with_its_article(extract):
    # "the cluster manager", "our events officer": the role as read keeps its article
    text = ("Seven new members join Sogn Salmon Cluster\n\nThe board of Sogn Salmon Cluster admitted seven members at its "
            "meeting in Førde.\n\n\"Each of them brings skills we did not have,\" said Ingrid Fosse, the cluster manager.\n")
    assert roles(extract(text)) == {("Ingrid Fosse", "cluster manager", "Sogn Salmon Cluster", "role:apposition+org-kind-anaphor")}
