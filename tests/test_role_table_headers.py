"""Tables whose person column is headed by the role of everyone in it (rolestruct43, rule ``table:role-header``,
table_cells.header_is_role): a role title as the header ("Cluster manager", "Manager", "Koordynator klastra") or a
contact header in any language ("Contact person", "Ansprechpartner", "Persona de contacto"); the row's organisation
cell gives the organisation. A table with a role column keeps that column's roles."""
from __future__ import annotations

import pytest


def rows(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles if r.rule.startswith("role:table:")}


@pytest.mark.parametrize("name, text, expected", [
    ("managers.md", "# Funded networks\n\n| Cluster | Town | Cluster manager | Grant |\n|---|---|---|---|\n"
     "| Tatra Stone Cluster | Zakopane | Halina Zawadzka | 120,000 |\n| Vistula Boats Cluster | Toruń | Mikkel Dahl | 95,000 |\n",
     {("Halina Zawadzka", "Cluster manager", "Tatra Stone Cluster", "role:table:role-header"),
      ("Mikkel Dahl", "Cluster manager", "Vistula Boats Cluster", "role:table:role-header")}),
    ("partners.md", "## Consortium\n\n| No | Partner | Country | Contact person |\n|---|---|---|---|\n"
     "| 1 | Saimaa Wood Oy | Finland | Aino Lehtinen |\n| 2 | Tagus Water Cluster | Portugal | Rui Nogueira |\n",
     {("Aino Lehtinen", "Contact person", "Saimaa Wood Oy", "role:table:role-header"),
      ("Rui Nogueira", "Contact person", "Tagus Water Cluster", "role:table:role-header")}),
    ("firmen.html", "<html><body><h2>Unsere Mitglieder</h2><table><tr><th>Unternehmen</th><th>Ort</th><th>Ansprechpartner</th></tr>"
     "<tr><td>Moravia Glass Cluster</td><td>Brno</td><td>Karel Dvořák</td></tr>"
     "<tr><td>Lapland Food Cluster</td><td>Rovaniemi</td><td>Sanna Koski</td></tr></table></body></html>",
     {("Karel Dvořák", "Ansprechpartner", "Moravia Glass Cluster", "role:table:role-header"),
      ("Sanna Koski", "Ansprechpartner", "Lapland Food Cluster", "role:table:role-header")}),
    ("klastry.md", "Lista klastrów\n\n| Organizacja | Siedziba | Koordynator klastra |\n|---|---|---|\n"
     "| Baltic Amber Cluster | Gdańsk | Tomasz Wrona |\n| Silesia Timber Cluster | Katowice | Ilona Varga |\n",
     {("Tomasz Wrona", "Koordynator klastra", "Baltic Amber Cluster", "role:table:role-header"),
      ("Ilona Varga", "Koordynator klastra", "Silesia Timber Cluster", "role:table:role-header")}),
    # a role column states each row's role: the contact header is then no role ("Company | Contact person | Role")
    ("directory.md", "Members\n\n| Company | Contact person | Role |\n|---|---|---|\n"
     "| Fjord Boats AS | Mikkel Dahl | CEO |\n| Pannon Wine Institute | Ilona Varga | quality manager |\n",
     {("Mikkel Dahl", "CEO", "Fjord Boats AS", "role:table:speaker"),
      ("Ilona Varga", "quality manager", "Pannon Wine Institute", "role:table:speaker")}),
])
def test_person_column_headed_by_a_role(extract_file, name, text, expected):
    assert rows(extract_file(name, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Funded networks\n\n| Cluster | Seat | Manager |\n|---|---|---|\n| Tagus Water Cluster | Lisbon | Rui Nogueira |\n"
     "| Saimaa Wood Oy | Lappeenranta | Aino Lehtinen |\n",
     {("Rui Nogueira", "Manager", "Tagus Water Cluster", "role:table:role-header"),
      ("Aino Lehtinen", "Manager", "Saimaa Wood Oy", "role:table:role-header")}),
    ("Socios\n\n| Entidad | País | Persona de contacto |\n|---|---|---|\n| Baltic Amber Cluster | Polonia | Tomasz Wrona |\n"
     "| Fjord Boats AS | Noruega | Mikkel Dahl |\n",
     {("Tomasz Wrona", "Persona de contacto", "Baltic Amber Cluster", "role:table:role-header"),
      ("Mikkel Dahl", "Persona de contacto", "Fjord Boats AS", "role:table:role-header")}),
    ("Boards\n\n| Organisation | Chair |\n|---|---|\n| Moravia Glass Cluster | Karel Dvořák |\n"
     "| Lapland Food Cluster | Sanna Koski |\n",
     {("Karel Dvořák", "Chair", "Moravia Glass Cluster", "role:table:role-header"),
      ("Sanna Koski", "Chair", "Lapland Food Cluster", "role:table:role-header")}),
])
def test_pipe_table_in_plain_text_headed_by_a_role(extract_file, text, expected):
    assert rows(extract_file("list.txt", text)) == expected


# rule "table:role-rows": headerless seat | name | organisation rows (statement_role_rows.py), as a space-aligned
# table of a PDF's text comes out of ingest; a seat the role titles leave out ("Member") is read from the same column
@pytest.mark.parametrize("text, expected", [
    ("Board elected in May 2031\n\n  Chair          Ing. Halina Zawadzka      Silesia Timber Cluster\n"
     "  Vice-chair     Mikkel Dahl               Fjord Boats AS\n  Member         Aino Lehtinen             Saimaa Wood Oy\n"
     "  Member         Rui Nogueira              Tagus Water Cluster\n\nThe board meets four times a year.\n",
     {("Halina Zawadzka", "Chair", "Silesia Timber Cluster", "role:table:role-rows"),
      ("Mikkel Dahl", "Vice-chair", "Fjord Boats AS", "role:table:role-rows"),
      ("Aino Lehtinen", "Member", "Saimaa Wood Oy", "role:table:role-rows"),
      ("Rui Nogueira", "Member", "Tagus Water Cluster", "role:table:role-rows")}),
    ("Dozorčí rada\n\nPředseda | Karel Dvořák | Moravia Glass Cluster\nČlen | Sanna Koski | Lapland Food Cluster\n"
     "Člen | Ilona Varga | Pannon Wine Institute\n",
     {("Karel Dvořák", "Předseda", "Moravia Glass Cluster", "role:table:role-rows"),
      ("Sanna Koski", "Člen", "Lapland Food Cluster", "role:table:role-rows"),
      ("Ilona Varga", "Člen", "Pannon Wine Institute", "role:table:role-rows")}),
    # (a line "Jane Doe | Puheenjohtaja" is also rule "line:name-role"'s, which the roles keep)
    ("Hallitus\n\nTomasz Wrona | Puheenjohtaja\nAino Lehtinen | Varapuheenjohtaja\nMikkel Dahl | Jäsen\n"
     "Rui Nogueira | Jäsen\n",
     {("Mikkel Dahl", "Jäsen", None, "role:table:role-rows"),
      ("Rui Nogueira", "Jäsen", None, "role:table:role-rows")}),
])
def test_headerless_rows_of_seats_and_names(extract_file, text, expected):
    assert rows(extract_file("report.txt", text)) == expected


def test_headerless_rows_without_a_seat_column_state_no_role(extract_file):
    text = "Partners\n\nSilesia Timber Cluster | Halina Zawadzka | Katowice\nFjord Boats AS | Mikkel Dahl | Bergen\n"
    assert rows(extract_file("partners.txt", text)) == set()
