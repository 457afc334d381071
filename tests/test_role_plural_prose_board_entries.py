"""Board seats in prose and in board lists of other languages, sentences and lists of our own, exact rows:

- rule ``shared-plural-role-language`` (statement_shared.foreign_plural_role_statements): a plural office of
  data/role_plural_forms.csv right before two or more names joined by the language's "and" gives each the singular;
  the bare member's word in the plural ("Mitglieder") names members, no seat;
- rule ``line:name-role-bracket-org``: the organisation's bracket may hold a comma and a place or a unit;
- rule ``line:name-org-role``: the organisation may open with its quote mark and be written in Greek or Cyrillic."""
from __future__ import annotations

import pytest


def _rows(result) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.role, r.organisation) for r in result.roles if r.role}


PLURAL = "role:shared-plural-role-language"
PLURAL_BRACKET = "role:shared-plural-role-language+org-in-brackets"


@pytest.mark.parametrize("text, expected", [
    ("Styrelsen består av ordförande Eva Berg (Vattenfall AB), ledamöterna Olof Lindqvist (Luleå tekniska universitet) "
     "och Maria Sundin (Region Norrbotten) samt suppleanten Per Holm.",
     {("Eva Berg", "ordförande", "Vattenfall AB", "role:role-before-name-language+org-in-brackets"),
      ("Olof Lindqvist", "ledamot", "Luleå tekniska universitet", PLURAL_BRACKET),
      ("Maria Sundin", "ledamot", "Region Norrbotten", PLURAL_BRACKET),
      ("Per Holm", "suppleant", None, "role:role-before-name-language")}),
    ("Der Schatzmeister legte die Zahlen vor. Die Kassenprüfer, Anna Beispiel und Max Mustermann, bestätigten die Kasse "
     "ohne Beanstandungen.",
     {("Anna Beispiel", "Kassenprüfer", None, "role:shared-plural-role-language"),
      ("Max Mustermann", "Kassenprüfer", None, "role:shared-plural-role-language")}),
    ("Il consiglio direttivo è stato rinnovato. Sono stati eletti i consiglieri Paolo Rossi (Meccanica Srl), Chiara Villa "
     "(Politecnico di Milano) e Marco Neri.",
     {("Paolo Rossi", "consigliere", "Meccanica Srl", "role:role-before-name-language+org-in-brackets"),
      ("Chiara Villa", "consigliere", "Politecnico di Milano", PLURAL_BRACKET), ("Marco Neri", "consigliere", None, PLURAL)}),
    ("Generalforsamlingen genvalgte bestyrelsesmedlemmerne Søren Kirk (Aalborg Havn A/S) og Mette Lund (AAU).",
     {("Søren Kirk", "bestyrelsesmedlem", "Aalborg Havn A/S", PLURAL_BRACKET), ("Mette Lund", "bestyrelsesmedlem", "AAU", PLURAL_BRACKET)}),
])
def test_plural_office_before_names_in_prose(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles if r.role} == expected


def test_plural_members_word_in_prose_is_no_seat(extract):
    assert _rows(extract("Die Mitglieder Anna Beispiel und Max Mustermann stellten ihre Projekte vor.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("Upravni odbor:\n– Ana Horvat, predsjednica (Brodogradilište Uljanik Sjever d.o.o., Pula)\n"
     "– Marko Babić, član (Sveučilište u Rijeci, Tehnički fakultet)\n– Ivo Kovač, član (Luka Rijeka d.d.)\n",
     {("Ana Horvat", "predsjednica", "Brodogradilište Uljanik Sjever d.o.o."), ("Marko Babić", "član", "Sveučilište u Rijeci"),
      ("Ivo Kovač", "član", "Luka Rijeka d.d.")}),
    ("Управителен съвет\n- Мария Иванова, „Дунав Мебел“ ООД – председател;\n- Иван Петров, „Русе Текстил“ АД – член;\n"
     "- Елена Димитрова, „Лом Пласт“ ЕООД – член.\n",
     {("Мария Иванова", "председател", "„Дунав Мебел“ ООД"), ("Иван Петров", "член", "„Русе Текстил“ АД"),
      ("Елена Димитрова", "член", "„Лом Пласт“ ЕООД")}),
    ("Διοικητικό Συμβούλιο\n- Μαρία Παπαδοπούλου, «Ελαιώνας Κρήτης» Α.Ε. – πρόεδρος\n- Νίκος Γεωργίου, «Αιγαίο Τροφίμων» Ε.Π.Ε. – μέλος\n",
     {("Μαρία Παπαδοπούλου", "πρόεδρος", "«Ελαιώνας Κρήτης» Α.Ε."), ("Νίκος Γεωργίου", "μέλος", "«Αιγαίο Τροφίμων» Ε.Π.Ε.")}),
    ("Consiliul director\n- Ana Popescu, „Lemn Design” SRL – președinte;\n- Mihai Ionescu, „Carpați Mobila” SA – membru;\n",
     {("Ana Popescu", "președinte", "„Lemn Design” SRL"), ("Mihai Ionescu", "membru", "„Carpați Mobila” SA")}),
])
def test_board_entries_with_long_brackets_and_quoted_organisations(extract, text, expected):
    assert _rows(extract(text)) == expected
