"""Roles written in the other languages of cluster documents.

Rule ``role-before-name-language`` (statement_role_first.title_statements), family "another language's title before
the name": a title of ``role_titles_languages.txt`` that English lacks, right before a full name with no comma, in
running text of that language ("zegt directeur …", "sagte Geschäftsführer …", "her skal styreleder …"). The rule is
language-neutral (``language_neutral_rules.txt``), so the role stays in a block that is not in English.

The titles of ``role_titles_languages.txt`` and the areas of ``role_departments.txt`` in those languages also give
the role in the language-neutral shapes after the name ("Name, woordvoerder", "Name – księgowy", "Secretar: Name").
"""
from __future__ import annotations

import pytest


def roles_of(result, person: str) -> set[tuple[str, str | None, str]]:
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, role", [
    # nl
    ("De nieuwe testhal in Delft is gisteren officieel geopend. „Hier kunnen onze leden eindelijk op schaal proeven "
     "draaien”, zegt directeur Marloes Verbrugge tijdens de opening voor tachtig genodigden.",
     "Marloes Verbrugge", "directeur"),
    ("Tijdens de ledenvergadering in Zwolle gaf penningmeester Joris Lamberts een toelichting op de begroting en de "
     "contributie voor het komende jaar.",
     "Joris Lamberts", "penningmeester"),
    ("Ook gedeputeerde Ilse Brouwers was aanwezig bij de ondertekening van het convenant over de nieuwe "
     "waterstofroute door de provincie.",
     "Ilse Brouwers", "gedeputeerde"),
    # de
    ("Im Anschluss stellte Geschäftsführerin Katrin Wolfsberger die Ergebnisse der Mitgliederbefragung vor und "
     "dankte allen Unternehmen für die rege Beteiligung.",
     "Katrin Wolfsberger", "Geschäftsführerin"),
    ("Nach dem Bericht der Kassenprüferin Sabine Ortlepp wurde der Vorstand von der Versammlung einstimmig entlastet "
     "und der Haushalt für das neue Jahr beschlossen.",
     "Sabine Ortlepp", "Kassenprüferin"),
    ("„Die Region braucht diese Fachkräfte dringend“, betonte Landrätin Petra Hollerbach beim Rundgang durch die "
     "neue Ausbildungswerkstatt des Netzwerks.",
     "Petra Hollerbach", "Landrätin"),
    # da no sv
    ("Efter frokosten præsenterede klyngedirektør Mette Kjærgaard de nye projekter for medlemmerne og inviterede "
     "virksomhederne til at deltage i arbejdsgrupperne.",
     "Mette Kjærgaard", "klyngedirektør"),
    ("Møtet ble åpnet av styreleder Ingrid Halvorsen, som takket medlemsbedriftene for et godt år og presenterte "
     "planene for den nye strategiperioden.",
     "Ingrid Halvorsen", "styreleder"),
    ("Under mötet berättade verksamhetsledare Anders Lindqvist om klustrets nya satsning på cirkulära material och om "
     "samarbetet med universitetet.",
     "Anders Lindqvist", "verksamhetsledare"),
    # pt es
    ("A sessão foi encerrada pela diretora executiva Marta Gouveia Lopes, que agradeceu aos associados o empenho "
     "ao longo de todo o ano.",
     "Marta Gouveia Lopes", "diretora executiva"),
    ("El debate sobre financiación fue moderado por la periodista Elena Ruiz Campos y reunió a cuatro empresas "
     "del sector naval de la región.",
     "Elena Ruiz Campos", "periodista"),
    ("Según explicó el coordinador Tomás Iglesias Vera, la nueva convocatoria estará abierta hasta finales de "
     "septiembre para todas las pymes asociadas.",
     "Tomás Iglesias Vera", "coordinador"),
    # fr
    ("La visite du site a été guidée par la directrice Amandine Leclercq, qui a présenté les nouvelles lignes de "
     "production aux membres du réseau.",
     "Amandine Leclercq", "directrice"),
    ("Le débat a été animé par le journaliste Olivier Martineau devant une salle comble de chefs d'entreprise et "
     "d'élus de la région.",
     "Olivier Martineau", "journaliste"),
    ("Les participants ont ensuite été accueillis par le bourgmestre Philippe Vandamme dans la salle du conseil de "
     "l'hôtel de ville.",
     "Philippe Vandamme", "bourgmestre"),
    # pl
    ("W spotkaniu wziął udział również wicemarszałek Andrzej Pietrzyk, który zapowiedział wsparcie dla nowych "
     "projektów klastra w regionie.",
     "Andrzej Pietrzyk", "wicemarszałek"),
    ("Gości przywitała koordynatorka Magdalena Wójcik, a następnie głos zabrali przedstawiciele firm członkowskich "
     "i uczelni.",
     "Magdalena Wójcik", "koordynatorka"),
    ("Sprawozdanie finansowe za miniony rok przedstawił skarbnik Paweł Zawadzki, po czym walne zgromadzenie "
     "udzieliło absolutorium zarządowi.",
     "Paweł Zawadzki", "skarbnik"),
])
def test_title_of_another_language_before_the_name(extract, text, person, role):
    assert roles_of(extract(text), person) == {(role, None, "role:role-before-name-language")}


@pytest.mark.parametrize("text", [
    # the title with no name after it: the clause goes on about the office
    "Nowa menedżerka przejmuje również odpowiedzialność za projekty międzynarodowe klastra i współpracę z uczelniami.",
    "De nieuwe directeur begint op 1 maart en neemt dan ook de contacten met de provincie en de gemeenten over.",
    # "student" is no title: a student of a named school is left alone
    "Twee keer per jaar lopen studenten van de Hogeschool stage bij ons; dit voorjaar helpt student Bedrijfskunde "
    "Anouk Visser het team met de ledenenquête.",
])
def test_no_title_before_a_name_no_row(extract, text):
    assert not [r for r in extract(text).roles if r.rule.startswith("role:role-before-name")]


@pytest.mark.parametrize("text, person, expected", [
    # nl: a contact line and a list line
    ("Voor vragen over het programma en de aanmelding: Femke Dijkstra, woordvoerder, pers@voorbeeld.example",
     "Femke Dijkstra", {("woordvoerder", None, "role:apposition")}),
    ("Ons team wordt per januari versterkt door twee nieuwe collega's die zich graag aan de leden voorstellen.\n"
     "Daan Koster – programmamanager Circulaire Bouw\n",
     "Daan Koster", {("programmamanager Circulaire Bouw", None, "role:line:name-role")}),
    ("Voor meer informatie over de samenwerking met de bedrijven in de regio kunt u contact opnemen met "
     "Jeroen Pauwels, hoogleraar,\nof met het secretariaat.",
     "Jeroen Pauwels", {("hoogleraar", None, "role:apposition")}),
    # pl: a staff list of the cluster's office
    ("Biuro klastra od stycznia pracuje w nowym składzie i zaprasza firmy członkowskie do kontaktu.\n"
     "• Karolina Mazur – księgowa\n",
     "Karolina Mazur", {("księgowa", None, "role:line:name-role")}),
    ("Zapisy na warsztaty i pytania dotyczące programu: Anna Kowalczyk, koordynatorka projektów, biuro@przyklad.example",
     "Anna Kowalczyk", {("koordynatorka projektów", None, "role:apposition")}),
    ("Zespół biura klastra tworzą obecnie trzy osoby, które zajmują się projektami i członkami.\n"
     "• Tomasz Lis – menedżer klastra\n",
     "Tomasz Lis", {("menedżer klastra", None, "role:line:name-role")}),
    # ro: the board's offices as labels
    ("Adunarea generală a asociației a ales noul consiliu director pentru următorii patru ani.\n"
     "- Secretar: Ioana Marinescu (Universitatea Ovidius)\n",
     "Ioana Marinescu", {("Secretar", "Universitatea Ovidius", "role:role-label+org-in-brackets")}),
    ("Adunarea generală a asociației a aprobat bugetul și raportul de activitate pe anul trecut.\n"
     "- Cenzor: Mihai Dobrescu (Dobrescu Contabilitate SRL)\n",
     "Mihai Dobrescu", {("Cenzor", "Dobrescu Contabilitate SRL", "role:role-label+org-in-brackets")}),
    ("Pentru informații suplimentare despre proiect vă rugăm să o contactați pe Elena Vasilescu, secretar, "
     "la adresa office@exemplu.example",
     "Elena Vasilescu", {("secretar", None, "role:apposition")}),
    # it, es: offices and posts after the name
    ("Per informazioni sul bando e sulle iscrizioni: Marco Bellini, titolare, info@esempio.example",
     "Marco Bellini", {("titolare", None, "role:apposition")}),
    ("Per le richieste dei giornalisti sull'evento di presentazione: Lucia Ferri, Ufficio stampa, stampa@esempio.example",
     "Lucia Ferri", {("Ufficio stampa", None, "role:apposition")}),
    ("Para cualquier consulta sobre la jornada y las inscripciones: Raúl Medina Soto, punto de contacto, "
     "info@ejemplo.example",
     "Raúl Medina Soto", {("punto de contacto", None, "role:apposition")}),
    # de, fr
    ("Für Rückfragen zur Veranstaltung und zur Anmeldung wenden Sie sich bitte an: Jana Köhler, Kommunikation, "
     "presse@beispiel.example",
     "Jana Köhler", {("Kommunikation", None, "role:apposition")}),
    ("Der Vorstand wurde auf der Mitgliederversammlung für zwei Jahre gewählt.\n"
     "- Schriftführerin: Anke Reimers (Reimers Logistik GmbH)\n",
     "Anke Reimers", {("Schriftführerin", "Reimers Logistik GmbH", "role:role-label+org-in-brackets")}),
    ("Pour toute question sur le programme de la journée : Camille Girard, associée, contact@exemple.example",
     "Camille Girard", {("associée", None, "role:apposition")}),
])
def test_titles_of_other_languages_after_the_name(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


# Family "area of work, then its organisation" (role_fields.department_role): an area of role_departments.txt after the
# name, then the capitalised name of the organisation whose office it is.
@pytest.mark.parametrize("text, person, expected", [
    ("Il programma completo sarà pubblicato a settembre. Per informazioni: Elisa Fontana, ufficio stampa ACMEDIS, "
     "stampa@acmedis.example",
     "Elisa Fontana", {("ufficio stampa", "ACMEDIS", "role:apposition")}),
    ("De inschrijving voor de excursie sluit op vrijdag. Meer informatie: Bas Hendriksen, communicatie Vezelnet "
     "Twente, info@vezelnet.example",
     "Bas Hendriksen", {("communicatie", "Vezelnet Twente", "role:apposition")}),
    ("Das Programm des Forums wird im Frühjahr veröffentlicht.\nLena Hartwig – Kommunikation NordWind\n",
     "Lena Hartwig", {("Kommunikation", "NordWind", "role:line:name-role")}),
])
def test_area_of_work_then_its_organisation(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


def test_area_of_work_then_an_ordinary_word_is_no_role(extract):
    # "Events Team": one ordinary capitalised word after the area is no organisation's name
    result = extract("The workshop is organised by the cluster office. Contact: Jane Doe, Events Team, events@acme.example")
    assert not [r for r in result.roles if r.person == "Jane Doe"]


def test_area_of_work_then_the_next_lines_person_is_no_organisation(extract):
    # a team list whose lines the text folds together: the next line's person is no organisation of the area
    result = extract("Our office in Linz:\nJana Maierhofer – Internationalisation & EU projects\nLukas Brandner – Energy lab\n"
                     "Sophie Aigner – Communication\nPaul Reindl – Accounting\n")
    assert roles_of(result, "Jana Maierhofer") == {("Internationalisation & EU projects", None, "role:line:name-role")}
    assert roles_of(result, "Sophie Aigner") == {("Communication", None, "role:line:name-role")}


# ... and before a name written family name first, as Hungarian writes every name ("a klasztermenedzser Horváth
# Dániel"); an English title in lower case still names only a name that opens with a given name
@pytest.mark.parametrize("text, person, expected", [
    ("A közgyűlésen a klasztermenedzser Horváth Dániel mutatta be az éves beszámolót a tagoknak.",
     "Horváth Dániel", {("klasztermenedzser", None, "role:role-before-name-language")}),
    ("A programot a projektmenedzser Szabó Péter ismertette, majd a tagok kérdéseire válaszolt.",
     "Szabó Péter", {("projektmenedzser", None, "role:role-before-name-language")}),
    ("Az ülést az elnök Nagy Katalin nyitotta meg, aki köszöntötte a vendégeket és a tagokat.",
     "Nagy Katalin", {("elnök", None, "role:role-before-name-language")}),
    ("The report was presented by project manager Horváth Dániel at the assembly.", "Horváth Dániel", set()),
])
def test_title_before_a_family_name_first(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected
