"""Family ``own-org`` (role_own_short_names.py): minutes that write their organisation's full name once on the
letterhead and then call it by the name's first word, a compound with an organisation word's ending ("Acmeklyngen",
"Holzcluster", "Fiskeklustret"), have that organisation as their own; its board's offices are held in it. A first
word that is no compound ("European") never makes a title's organisation the document's own."""
from __future__ import annotations

import pytest

CASES = [
    ("REFERAT FRA STYREMØTE 2/2033\n\nHavbruksklyngen Midt-Norge AS\n\nTil stede:\n"
     "- Eva Lund, styreleder (Fiskeforedling Trøndelag AS)\n- Odd Strand, styremedlem (Trondheim kommune)\n\n"
     "Fra administrasjonen: Nina Berg, daglig leder\n\n"
     "Havbruksklyngen skal delta på messen i Bergen. Havbruksklyngen har nå 40 medlemmer.\n",
     # (the bracket after the office is each member's employer: an affiliation row, the board-office convention)
     {("Eva Lund", "styreleder", "Havbruksklyngen Midt-Norge AS", "role:line:name-role+own-org"),
      ("Eva Lund", "", "Fiskeforedling Trøndelag AS", "role:name-bracket-org"),
      ("Odd Strand", "styremedlem", "Havbruksklyngen Midt-Norge AS", "role:line:name-role+own-org"),
      ("Odd Strand", "", "Trondheim kommune", "role:name-bracket-org"),
      ("Nina Berg", "daglig leder", "Havbruksklyngen Midt-Norge AS", "role:apposition+own-team")}),
    ("Protokoll der Vorstandssitzung 3/2032\n\nHolzcluster Kärnten GmbH\n\n"
     "Anwesend: Anna Gruber, Vorsitzende; Paul Wolf, Schatzmeister.\n\n"
     "Holzcluster lädt im Herbst zum Branchentag nach Villach ein. Der Vorstand beschließt das Budget.\n",
     {("Anna Gruber", "Vorsitzende", "Holzcluster Kärnten GmbH", "role:apposition+own-org"),
      ("Paul Wolf", "Schatzmeister", "Holzcluster Kärnten GmbH", "role:apposition+own-org")}),
    ("Protokoll från styrelsemöte 5/2034\n\nFiskeklustret Väst ekonomisk förening\n\n"
     "Närvarande: Lena Ek, ordförande; Johan Berg, kassör.\n\n"
     "Fiskeklustret söker nya medlemmar under våren. Styrelsen godkänner verksamhetsplanen.\n",
     {("Lena Ek", "ordförande", "Fiskeklustret Väst ekonomisk förening", "role:apposition+own-org"),
      ("Johan Berg", "kassör", "Fiskeklustret Väst ekonomisk förening", "role:apposition+own-org")}),
    # "European" is no compound short name: the title's network stays what the text is about
    ("Invitation: European Timber Network meets Alpenholz\n\nEuropean partners met in Graz. Treasurer Mira Kos presented "
     "the accounts.\n",
     {("Mira Kos", "Treasurer", None, "role:role-before-name")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_letterhead_name_called_by_its_compound_short_name(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected
