"""People tables whose header is in another language (table_cells.py, data/table_column_headers_languages.csv; rule
``table:speaker``, language-neutral in language_neutral_rules.txt): the header names the person, office and
organisation columns in any language of languages.csv, so each row gives the person's role and organisation, also in
a text that is not in English (minutes "Navn | Verv i styret | Virksomhet", a Polish report "Imię i nazwisko | Funkcja
| Instytucja", a Greek list "Ονοματεπώνυμο | Θέση | Φορέας"). Tables and sentences of our own; exact rows."""
from __future__ import annotations

import pytest


def _rows(result) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.role, r.organisation) for r in result.roles}


NORWEGIAN = """Referat fra styremøtet i Fjordkraft Klyngen

Møtet ble holdt på Teams, og styret gikk gjennom budsjettet og planene for høsten. Alle saker ble vedtatt.

| Navn | Verv i styret | Virksomhet |
|---|---|---|
| Sigrid Haugland | styreleder | Nordvik Mekaniske AS |
| Eirik Solbakken | styremedlem | Fjordlaks Havbruk AS |

Neste møte holdes i september, og administrasjonen sender ut innkallingen to uker før.
"""

POLISH = """Sprawozdanie z posiedzenia rady klastra

Rada klastra omówiła plan działań na kolejny rok oraz budżet projektu. Wszystkie uchwały przyjęto jednogłośnie.

| Imię i nazwisko | Funkcja | Instytucja |
|---|---|---|
| Tomasz Zawadzki | przewodniczący | Politechnika Opolska |
| Magdalena Krawczyk | sekretarz | Opolski Park Naukowo-Technologiczny Sp. z o.o. |

Kolejne posiedzenie odbędzie się we wrześniu w siedzibie klastra w Opolu.
"""

SLOVENE_CELLS = """Zapisnik seje upravnega odbora grozda

Člani upravnega odbora so obravnavali letni načrt in finančno poročilo. Vsi sklepi so bili sprejeti soglasno.

Ime in priimek

Funkcija

Organizacija

Mojca Zupančič

predsednica

Kovinar Celje d.o.o.

Rok Vidmar

podpredsednik

Lesna Tehnika Kranj d.o.o.

Naslednja seja bo septembra v prostorih grozda v Celju, vabila bodo poslana dva tedna prej.
"""

GREEK_CELLS = """Πρακτικά συνεδρίασης του διοικητικού συμβουλίου της συστάδας

Το συμβούλιο ενέκρινε τον προϋπολογισμό και το σχέδιο δράσης για το επόμενο έτος. Όλες οι αποφάσεις ελήφθησαν ομόφωνα.

Ονοματεπώνυμο

Θέση

Φορέας

Jana Hrubá

πρόεδρος

Agrotech Hellas S.A.

Petr Dvořák

ταμίας

Olympia Foods S.A.

Η επόμενη συνεδρίαση θα γίνει τον Σεπτέμβριο στα γραφεία της συστάδας στη Λάρισα.
"""


@pytest.mark.parametrize("text, expected", [
    (NORWEGIAN, {("Sigrid Haugland", "styreleder", "Nordvik Mekaniske AS"), ("Eirik Solbakken", "styremedlem", "Fjordlaks Havbruk AS")}),
    (POLISH, {("Tomasz Zawadzki", "przewodniczący", "Politechnika Opolska"),
              ("Magdalena Krawczyk", "sekretarz", "Opolski Park Naukowo-Technologiczny Sp. z o.o.")}),
    (SLOVENE_CELLS, {("Mojca Zupančič", "predsednica", "Kovinar Celje d.o.o."),
                     ("Rok Vidmar", "podpredsednik", "Lesna Tehnika Kranj d.o.o.")}),
    (GREEK_CELLS, {("Jana Hrubá", "πρόεδρος", "Agrotech Hellas S.A."), ("Petr Dvořák", "ταμίας", "Olympia Foods S.A.")}),
])
def test_table_header_in_the_text_language(extract, text, expected):
    assert {row for row in _rows(extract(text)) if row[0] in {p for p, _, _ in expected}} == expected


@pytest.mark.parametrize("cell, kind", [
    ("Navn", "person"), ("Imię i nazwisko", "person"), ("Ονοματεπώνυμο", "person"), ("Nume și prenume", "person"),
    ("Virksomhet", "org"), ("Instytucja", "org"), ("Φορέας", "org"), ("Eagraíocht", "org"),
    ("Verv i styret", "role"), ("Funkcja w zarządzie", "role"), ("Θέση", "role"), ("Beosztás", "role"),
])
def test_header_cell_kinds(settings, cell, kind):
    from pipeline.extract.table_cells import column_kind
    assert column_kind(cell, settings.data_dir) == kind


SLOVAK_MEMBERS = """Členovia združenia

Združenie má dnes dvadsať členov z regiónu. Pri každom členovi uvádzame právnu formu, sídlo a zástupcu v rade.

Člen

Právna forma

Sídlo

Zástupca v Rade členov

Drevárske družstvo Hron*

s. r. o.

Brezno

Ing. Juraj Kollár

Stolárska dielňa Lipa

družstvo

Zvolen

Beáta Horváthová

Nových členov prijíma valné zhromaždenie na návrh predstavenstva.
"""

CZECH_MEMBERS = """Seznam členů klastru

Klastr sdružuje firmy a školy z kraje. U každého člena uvádíme sídlo a zástupce ve správní radě.

Člen

Sídlo

Zástupce ve správní radě

Dřevovýroba Vysočina a.s.

Jihlava

Martin Procházka

Střední průmyslová škola Třebíč

Třebíč

Lenka Dvořáková

Nové členy schvaluje valná hromada jednou ročně.
"""

ENGLISH_MEMBERS = """Our members

The association has thirty members. For each we give the legal form, the town and the representative on the council.

Member

Legal form

Town

Representative on the council

Harbour Optics Ltd*

company

Cork

Siobhan Walsh

Atlantic Marine Institute

foundation

Galway

Ciaran Doyle

New members are admitted by the general assembly.
"""


@pytest.mark.parametrize("text, expected", [
    (SLOVAK_MEMBERS, {("Juraj Kollár", "", "Drevárske družstvo Hron"), ("Beáta Horváthová", "", "Stolárska dielňa Lipa")}),
    (CZECH_MEMBERS, {("Martin Procházka", "", "Dřevovýroba Vysočina a.s."),
                     ("Lenka Dvořáková", "", "Střední průmyslová škola Třebíč")}),
    (ENGLISH_MEMBERS, {("Siobhan Walsh", "", "Harbour Optics Ltd"), ("Ciaran Doyle", "", "Atlantic Marine Institute")}),
])
def test_members_table_with_unnamed_columns(extract, text, expected):
    # a member column, columns no list names (legal form, seat), then the member's representative; a founding
    # member's mark after the organisation aside
    assert {row for row in _rows(extract(text)) if row[0] in {p for p, _, _ in expected}} == expected


def test_rows_end_at_the_next_tables_header(extract):
    # two tables of the same header one after the other under a numbered heading: the first table's rows end before
    # the heading and the second header, whose cells no row reads as a person or an organisation
    text = ("Členovia podľa sekcií\n\nV každej sekcii uvádzame člena, jeho sídlo a zástupcu v rade členov združenia.\n\n"
            "1. Výroba\n\nČlen\n\nSídlo\n\nZástupca v Rade členov\n\nDrevárske družstvo Hron\n\nBrezno\n\nIng. Juraj Kollár\n\n"
            "2. Verejná správa\n\nČlen\n\nSídlo\n\nZástupca v Rade členov\n\nMestský úrad Detva\n\nDetva\n\n"
            "Beáta Horváthová\n\nNových členov prijíma valné zhromaždenie.\n")
    rows = {(r.person, r.organisation) for r in extract(text).roles}
    assert rows == {("Juraj Kollár", "Drevárske družstvo Hron"), ("Beáta Horváthová", "Mestský úrad Detva")}
