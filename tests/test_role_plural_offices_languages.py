"""Board offices written in the plural of another language and staff areas of work in other languages, sentences and
lists of our own, exact rows:

- rule family "plural role, singular holder" (statement_shared.singular_roles, data/role_plural_forms.csv): a plural
  office label before a board list ("Vocales: …", "Medlemmer: …", "Członkowie Zarządu: …") gives each person the
  singular ("Vocal", "Medlem", "Członek Zarządu"), as eval/gold/SCHEMA.md settles for plural roles; a plural member
  label is a board office there (role_own_offices.txt) when a board cue stands before it (rule board-label-list);
- rule family "department role" (role_departments.txt, [areas] and [joiners]): a staff line's area of work in another
  language is the role ("Anna Esimerkki, viestintä", "– komunikacja i media społecznościowe", "ufficio progetti")."""
from __future__ import annotations

import pytest


def _roles(result) -> set[tuple[str, str]]:
    return {(r.person, r.role) for r in result.roles if r.role}


@pytest.mark.parametrize("text, expected", [
    ("Junta Directiva 2031–2035\n\nPresidenta: Lucía Prado (Conservas Ejemplo S.L.)\n"
     "Vocales: Tomás Ferrer (Bodegas Muestra S.A.), Irene Salgado (Universidad de Cáceres) y Diego Monje "
     "(Ayuntamiento de Mérida).\n",
     {("Lucía Prado", "Presidenta"), ("Tomás Ferrer", "Vocal"), ("Irene Salgado", "Vocal"), ("Diego Monje", "Vocal")}),
    ("Bestyrelsen 2034–2036\n\nFormand: Jens Eksempel (Prøve Maskiner A/S)\n"
     "Medlemmer: Mette Prøvesen (Aarhus Havn A/S), Søren Dahl (VIA University College) og Lone Krogh (Skive Kommune)\n",
     {("Jens Eksempel", "Formand"), ("Mette Prøvesen", "Medlem"), ("Søren Dahl", "Medlem"), ("Lone Krogh", "Medlem")}),
    ("Skład Zarządu klastra na kadencję 2033–2036\n\n"
     "Członkowie Zarządu: Piotr Przykładowy (Meble Olsztyn Sp. z o.o.), Anna Testowa (Politechnika Gdańska) "
     "i Marek Wzorek (Tartak Mazury S.A.)\n",
     {("Piotr Przykładowy", "Członek Zarządu"), ("Anna Testowa", "Członek Zarządu"), ("Marek Wzorek", "Członek Zarządu")}),
    ("Styrelsen 2035\n\nLedamöter: Karin Provsson (Umeå Energi AB), Erik Exempelsson (Luleå tekniska universitet) "
     "och Sara Testberg (Region Norrbotten)\n",
     {("Karin Provsson", "Ledamot"), ("Erik Exempelsson", "Ledamot"), ("Sara Testberg", "Ledamot")}),
])
def test_plural_board_labels_give_the_singular(extract, text, expected):
    assert _roles(extract(text)) == expected


def test_a_member_label_outside_a_board_list_is_no_role(extract):
    text = "Medlemmer: Mette Prøvesen (Aarhus Havn A/S), Søren Dahl (VIA University College) og Lone Krogh (Skive Kommune)\n"
    assert _roles(extract(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Yhteystiedot\n\nAnna Esimerkki, viestintä\nPekka Testinen, talous ja hallinto\n",
     {("Anna Esimerkki", "viestintä"), ("Pekka Testinen", "talous ja hallinto")}),
    ("Nasz zespół\n\n- Ewa Przykładowa – komunikacja i media społecznościowe\n- Jan Testowy – wydarzenia\n",
     {("Ewa Przykładowa", "komunikacja i media społecznościowe"), ("Jan Testowy", "wydarzenia")}),
    ("Kontakty\n\nJana Vzorová, komunikace a členská agenda\nPetr Pokusný, projekty\n",
     {("Jana Vzorová", "komunikace a členská agenda")}),
    ("Per informazioni scrivere a Chiara Esempio, ufficio progetti.\n", {("Chiara Esempio", "ufficio progetti")}),
])
def test_areas_of_work_in_other_languages(extract, text, expected):
    assert _roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the bare members' plural goes on a run of the board's offices in a sentence: each name holds the seat
    ("Hallitus 2036\n\nPuheenjohtaja Kaisa Mäki (Kuhmon Talot Oy), varapuheenjohtaja Jussi Hakala (Jyväskylän "
     "kaupunki), jäsenet Eero Niemi (Stora Oy), Liisa Turu (JAMK) ja Mikko Lepo (Lepo Oy).\n",
     {("Kaisa Mäki", "Puheenjohtaja"), ("Jussi Hakala", "varapuheenjohtaja"), ("Eero Niemi", "jäsen"),
      ("Liisa Turu", "jäsen"), ("Mikko Lepo", "jäsen")}),
    ("Valdybą sudaro pirmininkas Algirdas Paulius (AB „Staklės“), nariai Tomas Butas (UAB „Robotika“), "
     "Arūnas Vaitas (Šiaulių akademija) ir Jonas Kairys (UAB „Kairys“).\n",
     {("Algirdas Paulius", "pirmininkas"), ("Tomas Butas", "narys"), ("Arūnas Vaitas", "narys"), ("Jonas Kairys", "narys")}),
    ("Představenstvo spolku: předseda Petr Malý (Malý Stroje s.r.o.), členové Jana Veselá (VŠB – TU Ostrava) "
     "a Karel Dvořák (Dvořák Plast a.s.).\n",
     {("Petr Malý", "předseda"), ("Jana Veselá", "člen"), ("Karel Dvořák", "člen")}),
])
def test_members_plural_after_the_boards_offices(extract, text, expected):
    assert _roles(extract(text)) == expected


def test_members_plural_without_a_boards_office_before_it_is_no_role(extract):
    # the network's members listed after a board cue, but not on a run of its offices: no seat
    text = ("Hallitus kokoontui maaliskuussa.\n\nKlusterin jäsenet Eero Niemi (Stora Oy) ja Liisa Turu (JAMK) esittelivät "
            "hankkeensa.\n")
    assert _roles(extract(text)) == set()
