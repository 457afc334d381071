"""Board offices of the document's own organisation in the languages cluster documents are written in
(``[governance languages]`` of ``data/role_own_offices.txt``, with the Nordic, Czech and Polish offices and cluster-office
posts, read with the English ``[governance]`` section by
role_own_org.py and role_own_offices.py): a board list's "Name (Member Ltd) – Tesoriere" entry, a "Vorsitzende:"
label or a "(przewodniczący)" bracket in the organisation's own release is an office of that organisation, as
"Treasurer" is in an English one; the board list's entry shapes are read in any language
(``data/language_neutral_rules.txt``)."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


CASES = [
    # an Italian board list: the office in the cluster, the company in brackets as the member's affiliation
    ("Distretto Legno Arredo Veneto – Comunicato stampa\n\n"
     "Eletto il nuovo consiglio direttivo per il triennio 2034-2037:\n"
     "- Giulia Ferrante (Segheria Ferrante S.r.l.) – Presidente\n"
     "- Paolo Zanetti (Mobili Zanetti S.p.A.) – Tesoriere\n\n"
     "Distretto Legno Arredo Veneto · Via Roma 12, 31100 Treviso\n",
     {("Giulia Ferrante", "Presidente", "Distretto Legno Arredo Veneto", "role:board-entry-role+own-board"),
      ("Giulia Ferrante", "", "Segheria Ferrante S.r.l.", "role:name-bracket-org"),
      ("Paolo Zanetti", "Tesoriere", "Distretto Legno Arredo Veneto", "role:board-entry-role+own-board"),
      ("Paolo Zanetti", "", "Mobili Zanetti S.p.A.", "role:name-bracket-org")}),
    # a German release's office labels
    ("Netzwerk Holzbau Lausitz e.V. – Pressemitteilung\n\n"
     "Die Mitglieder haben am 3. Mai einen neuen Vorstand gewählt.\n\n"
     "Vorsitzende: Henrike Wolters\n"
     "Stellvertretender Vorsitzender: Bernd Kuhnert\n\n"
     "Netzwerk Holzbau Lausitz e.V. · Am Markt 5, 03046 Cottbus\n",
     {("Henrike Wolters", "Vorsitzende", "Netzwerk Holzbau Lausitz e.V.", "role:role-label+own-org"),
      ("Bernd Kuhnert", "Stellvertretender Vorsitzender", "Netzwerk Holzbau Lausitz e.V.", "role:role-label+own-org")}),
    # a Spanish office label, and a French board entry whose office is in lower case
    ("Clúster Agroalimentario de Soria – Nota de prensa\n\n"
     "La asamblea general del 3 de marzo eligió la nueva junta directiva.\n\n"
     "Tesorera: Marta Llorente Gil\n"
     "- Hugo Marchand (Fromagerie Marchand SAS) – trésorier\n\n"
     "Clúster Agroalimentario de Soria · Calle Mayor 4, 42002 Soria\n",
     {("Marta Llorente Gil", "Tesorera", "Clúster Agroalimentario de Soria", "role:role-label+own-org"),
      ("Hugo Marchand", "trésorier", "Clúster Agroalimentario de Soria", "role:board-entry-role+own-board"),
      ("Hugo Marchand", "", "Fromagerie Marchand SAS", "role:name-bracket-org")}),
    # a Czech board list in lower case (the office with its organ in the genitive), and Swedish offices of the
    # association's nomination committee and office
    ("Klastr Strojírenství Horácko, z.s. – Tisková zpráva\n\n"
     "Valná hromada zvolila 4. dubna nové vedení spolku.\n\n"
     "- předsedkyně představenstva: Ing. Petra Malá\n"
     "- místopředseda: Jan Dvořák\n\n"
     "Klastr Strojírenství Horácko, z.s. · Masarykova 3, 586 01 Jihlava\n",
     {("Petra Malá", "předsedkyně představenstva", "Klastr Strojírenství Horácko, z.s.", "role:role-label+own-org"),
      ("Jan Dvořák", "místopředseda", "Klastr Strojírenství Horácko, z.s.", "role:role-label+own-org")}),
    ("Skärgårdens Energikluster r.f. – Pressmeddelande\n\n"
     "Föreningens årsmöte hölls den 3 maj.\n\n"
     "Valberedningen består av Eva Lund (sammankallande) och Nils Berg. Kansliet leds av verksamhetsledare Anna Sjöberg.\n\n"
     "Skärgårdens Energikluster r.f. · Storgatan 5, 22100 Mariehamn\n",
     {("Eva Lund", "sammankallande", "Skärgårdens Energikluster r.f.", "role:name-paren-role+own-org"),
      ("Anna Sjöberg", "verksamhetsledare", "Skärgårdens Energikluster r.f.", "role:role-before-name-language+own-org")}),
    # the office's staff posts, as "project coordinator" is one in English
    ("Fjärdens Marinkluster r.f. – Nyheter\n\n"
     "Projektkoordinator Oskar Lind arbetar med det nya EU-projektet. Kommunikatör Sara Holm ansvarar för webben.\n\n"
     "Fjärdens Marinkluster r.f. · Hamngatan 2, 22100 Mariehamn\n",
     {("Oskar Lind", "Projektkoordinator", "Fjärdens Marinkluster r.f.", "role:role-before-name-language+own-org"),
      ("Sara Holm", "Kommunikatör", "Fjärdens Marinkluster r.f.", "role:role-before-name-language+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_board_office_in_another_language_is_the_own_organisations(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_office_of_another_body_keeps_its_organisation(extract):
    # the office is stated with its own organisation: not the cluster's
    text = ("Distretto Legno Arredo Veneto – Comunicato stampa\n\n"
            "Il Distretto Legno Arredo Veneto ha rinnovato il proprio consiglio direttivo.\n\n"
            "All'assemblea ha parlato Marco Beltrame, presidente della Camera di Commercio di Treviso.\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Marco Beltrame", "Distretto Legno Arredo Veneto") not in got


def test_no_own_organisation_no_own_office(extract):
    # no organisation names the document on its first lines: the bracket stays the role's organisation
    text = "Il nuovo consiglio direttivo è stato presentato.\n\n- Paolo Zanetti (Mobili Zanetti S.p.A.) – Tesoriere\n"
    assert _rows(extract(text)) == {("Paolo Zanetti", "Tesoriere", "Mobili Zanetti S.p.A.", "role:board-entry-role")}
