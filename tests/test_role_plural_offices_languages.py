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
