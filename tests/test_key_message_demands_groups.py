"""Key messages: a position paper's demands, a declaration's commitments and calls, points grouped under sub-headings,
points numbered by hand one paragraph each, a plan named as the yardstick of a lead-in, compound headings (sentences of
our own)."""
from __future__ import annotations

import pytest


def _rows(kms):
    return [(k.text, k.section, k.rule) for k in kms]


# Rule data "demands" (data/key_message_languages.csv): a position paper's demands heading, in several languages
@pytest.mark.parametrize("text, section, points", [
    ("Positionspapier\n\nDer Verband vertritt 300 Betriebe.\n\nUnsere Forderungen\n\n- Die Förderbescheide kommen "
     "binnen drei Monaten.\n- Das Land richtet eine Lotsenstelle für Gründer ein.\n\nKontakt\n\nGeschäftsstelle Kassel\n",
     "Unsere Forderungen", ["Die Förderbescheide kommen binnen drei Monaten", "Das Land richtet eine Lotsenstelle für Gründer ein"]),
    ("Standpunt\n\nHet netwerk telt 80 leden.\n\nOnze eisen\n\n1. Havens krijgen één loket voor vergunningen.\n"
     "2. De provincie financiert drie proeftuinen.\n\nOver ons\n\nHet netwerk is opgericht in 2030.\n",
     "Onze eisen", ["Havens krijgen één loket voor vergunningen", "De provincie financiert drie proeftuinen"]),
    ("Note de position\n\nLe pôle compte 120 adhérents.\n\nNos revendications\n\n- Un guichet unique pour les aides "
     "régionales.\n- Des délais de paiement plus courts pour les PME.\n\nContact\n\nSecrétariat du pôle\n",
     "Nos revendications", ["Un guichet unique pour les aides régionales", "Des délais de paiement plus courts pour les PME"]),
    ("Ståndpunkt\n\nNätverket har 60 medlemmar.\n\nVåra krav\n\n- Regionen inrättar en gemensam testbädd.\n"
     "- Staten förenklar ansökningarna för små företag.\n\nKontakt\n\nKansliet i Umeå\n",
     "Våra krav", ["Regionen inrättar en gemensam testbädd", "Staten förenklar ansökningarna för små företag"]),
])
def test_key_messages_demands_heading(extract, text, section, points):
    assert _rows(extract(text).key_messages) == [(p, section, "list_under_key_heading") for p in points]


# Rule data "commits" and "call on": a declaration's lead-ins over its commitments and calls
@pytest.mark.parametrize("text, section, points", [
    ("Harbour declaration\n\nSeven clusters met in Split in June.\n\nWe commit to:\n- Share one booking system for "
     "test beds\n- Train crane drivers together\n",
     "We commit to", ["Share one booking system for test beds", "Train crane drivers together"]),
    ("Erklärung von Passau\n\nDie Cluster trafen sich im Mai.\n\nDie Unterzeichner verpflichten sich:\n- gemeinsame "
     "Messestände zu planen\n- Daten über Lieferketten auszutauschen\n",
     "Die Unterzeichner verpflichten sich", ["gemeinsame Messestände zu planen", "Daten über Lieferketten auszutauschen"]),
    ("Déclaration de Brest\n\nLes pôles se sont réunis en mars.\n\nNous nous engageons à :\n- ouvrir nos formations aux "
     "salariés des autres pôles\n- publier chaque année nos indicateurs\n",
     "Nous nous engageons à", ["ouvrir nos formations aux salariés des autres pôles", "publier chaque année nos indicateurs"]),
    ("Joint statement\n\nThe forum closed on Friday.\n\nThe signatories call upon\n- the national ministries to fund "
     "shore power\n- the ports to publish their tariffs\n",
     "The signatories call upon", ["the national ministries to fund shore power", "the ports to publish their tariffs"]),
])
def test_key_messages_commitments_and_calls(extract, text, section, points):
    assert _rows(extract(text).key_messages) == [(p, section, "list_after_lead_in") for p in points]


@pytest.mark.parametrize("text", [
    # commitments written inline: no list of key messages (a list under a heading "Our commitments" is one since km50:
    # test_key_message_commitments_addressees.py)
    "Declaration\n\nThe members commit to publish shared indicators from 2031, to open their services to all firms, "
    "and to meet twice a year.\n",
])
def test_key_messages_no_commitments(extract, text):
    assert extract(text).key_messages == ()


# Rule family "grouped points": sub-headings without a colon, in bold or one rank down, group the points
@pytest.mark.parametrize("name, text, section, points", [
    ("brief.md", "# Brief\n\nThe pilots ran for two years.\n\n## Policy recommendations\n\n**To the ministry**\n\n"
     "1. Fund small follow-up grants for finished projects.\n2. Accept language courses as an eligible cost.\n\n"
     "**To regional agencies**\n\n3. Name one contact person for border questions.\n\n## About the project\n\n"
     "The project ends in 2031.\n",
     "Policy recommendations", ["Fund small follow-up grants for finished projects", "Accept language courses as an eligible cost",
                                "Name one contact person for border questions"]),
    ("report.md", "# Report\n\nThe review took three days.\n\n## Recommendations\n\n### Short term\n\n- Publish the member "
     "list online.\n- Hire a second project officer.\n\n### Long term\n\n- Open an office in the capital.\n\n## Contact\n\n"
     "The secretariat answers on weekdays.\n",
     "Recommendations", ["Publish the member list online", "Hire a second project officer", "Open an office in the capital"]),
    ("page.html", "<html><body><h1>Outcome paper</h1><p>The forum met in Graz.</p><h2>Key messages</h2>"
     "<p><b>For companies</b></p><ul><li>Skills matter more than machines.</li></ul><p><b>For regions</b></p>"
     "<ul><li>Vouchers work best when they are simple.</li></ul><h2>Programme</h2><p>The next forum is in Linz.</p>"
     "</body></html>",
     "Key messages", ["Skills matter more than machines", "Vouchers work best when they are simple"]),
])
def test_key_messages_groups_under_sub_headings(extract_file, name, text, section, points):
    assert _rows(extract_file(name, text).key_messages) == [(p, section, "list_under_key_heading") for p in points]


def test_key_messages_one_sub_heading_is_a_section_of_its_own(extract_file):
    text = ("# Report\n\nThe review took three days.\n\n## Main findings\n\n**Methods used**\n\n- Interviews with members\n"
            "- A survey of partner firms\n\n## Contact\n\nThe secretariat answers on weekdays.\n")
    assert extract_file("report.md", text).key_messages == ()


# Rule family "numbered paragraphs": points numbered by hand, one paragraph each (Word, web pages)
@pytest.mark.parametrize("name, text, section, points", [
    ("minutes.html", "<html><body><h1>Acta</h1><p>La asamblea se reunió en Cáceres.</p><h2>Acuerdos</h2>"
     "<p>1. Aprobar las cuentas del ejercicio.</p><p>2. Elegir a la nueva junta directiva.</p>"
     "<p>Firmado en Cáceres.</p></body></html>",
     "Acuerdos", ["Aprobar las cuentas del ejercicio", "Elegir a la nueva junta directiva"]),
    ("minutes.html", "<html><body><h1>Protokoll</h1><p>Die Versammlung tagte in Ulm.</p><h2>Beschlüsse</h2>"
     "<p>1) Der Haushalt wird genehmigt.</p><p>2) Der Beitrag bleibt unverändert.</p><p>3) Die nächste Versammlung "
     "findet in Kempten statt.</p></body></html>",
     "Beschlüsse", ["Der Haushalt wird genehmigt", "Der Beitrag bleibt unverändert", "Die nächste Versammlung findet in Kempten statt"]),
    ("brief.html", "<html><body><h1>Brief</h1><p>Ports need power.</p><h2>Recommendations</h2>"
     "<p>1. Ports should pool their grid requests.</p><p>2. Regions should map free grid capacity.</p>"
     "<h2>Contact</h2><p>Write to the secretariat.</p></body></html>",
     "Recommendations", ["Ports should pool their grid requests", "Regions should map free grid capacity"]),
])
def test_key_messages_numbered_paragraphs(extract_file, name, text, section, points):
    assert _rows(extract_file(name, text).key_messages) == [(p, section, "list_under_key_heading") for p in points]


# Rule data "plan yardsticks" (data/key_message_plan_yardsticks.txt): a plan the lead-in measures against
@pytest.mark.parametrize("text, section, points", [
    ("Annual report\n\nThe year was busy.\n\nMain results\n\nMeasured against the work plan for 2031, the board highlights "
     "the following results:\n- Membership rose to 88 firms.\n- Export sales grew by a third.\n\nFinances\n\nThe accounts are "
     "balanced.\n",
     "Main results", ["Membership rose to 88 firms", "Export sales grew by a third"]),
    ("Annual report\n\nThe year was busy.\n\nKey outcomes\n\nIn line with our action plan, the main outcomes were:\n"
     "- Two new test beds opened.\n- Forty firms joined the training scheme.\n\nFinances\n\nThe accounts are balanced.\n",
     "In line with our action plan, the main outcomes were", ["Two new test beds opened", "Forty firms joined the training scheme"]),
    ("Annual report\n\nThe year was busy.\n\nThe board reported on the year. Compared with the objectives for 2031, "
     "the key findings were:\n- Members value the matchmaking days.\n- Few firms use the shared laboratory.\n\n"
     "Finances\n\nThe accounts are balanced.\n",
     "Compared with the objectives for 2031, the key findings were", ["Members value the matchmaking days",
                                                                    "Few firms use the shared laboratory"]),
])
def test_key_messages_plan_as_yardstick(extract, text, section, points):
    rows = _rows(extract(text).key_messages)
    assert [(r[0], r[1]) for r in rows] == [(p, section) for p in points]


def test_key_messages_plans_still_end_a_list(extract):
    text = "Minutes\n\nThe board met.\n\nThe board agreed on the following next steps:\n- Book the hall\n- Send the invitations\n"
    assert extract(text).key_messages == ()


# Rule data: compound headings of conclusions and outcomes ("huvudslutsatser", "Hauptergebnisse", "hoofdconclusies")
@pytest.mark.parametrize("text, section, points", [
    ("Granskning\n\nPanelen besökte Luleå.\n\nPanelens huvudslutsatser\n\n- Klustret har en tydlig strategi.\n"
     "- Samarbetet med universitetet är starkt.\n", "Panelens huvudslutsatser",
     ["Klustret har en tydlig strategi", "Samarbetet med universitetet är starkt"]),
    ("Umfrage\n\nWir befragten 90 Betriebe.\n\nHauptergebnisse der Umfrage\n\n- Die Betriebe brauchen mehr Fachkräfte.\n"
     "- Die Netzanschlüsse dauern zu lange.\n", "Hauptergebnisse der Umfrage",
     ["Die Betriebe brauchen mehr Fachkräfte", "Die Netzanschlüsse dauern zu lange"]),
    ("Evaluatie\n\nHet panel bezocht Gent.\n\nHoofdconclusies\n\n- Het cluster heeft een duidelijke strategie.\n"
     "- De samenwerking met de hogeschool is sterk.\n", "Hoofdconclusies",
     ["Het cluster heeft een duidelijke strategie", "De samenwerking met de hogeschool is sterk"]),
])
def test_key_messages_compound_headings(extract, text, section, points):
    assert _rows(extract(text).key_messages) == [(p, section, "list_under_key_heading") for p in points]


# Rule family "grouped points": one sub-heading that its items in lower case complete as a sentence introduces them
@pytest.mark.parametrize("text, section, points", [
    ("Jahresversammlung\n\nDie Mitglieder trafen sich in Gera.\n\nWeitere Beschlüsse\nDie Versammlung hat außerdem\n"
     "- den Haushalt 2031 genehmigt,\n- den Beitrag für Start-ups gesenkt.\n\nDer Vorstand dankte allen Gästen.\n",
     "Weitere Beschlüsse", ["den Haushalt 2031 genehmigt", "den Beitrag für Start-ups gesenkt"]),
    ("Annual meeting\n\nMembers met in Derby.\n\nOther resolutions\nThe assembly also\n- approved the accounts for 2031,\n"
     "- elected two new auditors.\n\nThe chair thanked the hosts.\n",
     "Other resolutions", ["approved the accounts for 2031", "elected two new auditors"]),
    ("Assemblea annuale\n\nI soci si sono riuniti a Udine.\n\nAltre deliberazioni\n\nL'assemblea ha inoltre\n"
     "- approvato il bilancio 2031,\n- eletto il nuovo collegio dei revisori.\n\nIl presidente ha ringraziato gli ospiti.\n",
     "Altre deliberazioni", ["approvato il bilancio 2031", "eletto il nuovo collegio dei revisori"]),
])
def test_key_messages_sub_heading_completed_by_its_items(extract, text, section, points):
    assert _rows(extract(text).key_messages) == [(p, section, "list_under_key_heading") for p in points]


# Rule family "labelled points": a label word, an abbreviation of "number" (data/key_message_label_numbers.txt), a number
@pytest.mark.parametrize("heading, labels, points", [
    ("SKLEPI", ["Sklep št. 1:", "Sklep št. 2:"], ["Upravni odbor potrdi zapisnik seje", "Grozd se prijavi na razpis za leto 2032"]),
    ("Beschlüsse", ["Beschluss Nr. 1:", "Beschluss Nr. 2:"], ["Der Vorstand genehmigt den Haushalt", "Die Versammlung wählt zwei Prüfer"]),
    ("Resolutions", ["Resolution No. 1:", "Resolution No. 2:", "Resolution No. 3:"],
     ["The board approves the minutes", "The board admits two new members", "The board sets the next meeting for May"]),
])
def test_key_messages_labels_with_a_number_word(extract, heading, labels, points):
    lines = "\n".join(f"{label} {point}." for label, point in zip(labels, points))
    text = f"Minutes\n\nThe chair opened the meeting.\n\n{heading}\n\n{lines}\n\nAny other business\n\nNone was raised.\n"
    assert _rows(extract(text).key_messages) == [(p, heading, "labelled_points_under_key_heading") for p in points]


# Rule data "series words" (data/key_message_series_words.txt): under a key-message heading, items that each open with
# the same "that" after the lead-in's verb are one point each
@pytest.mark.parametrize("text, section, points", [
    ("Granskning\n\nPanelen besökte Umeå.\n\nRekommendationer\n\nPanelen rekommenderar att kansliet anställer en "
     "exportrådgivare, att avgiften höjs för stora företag och att styrelsen möts oftare.\n\nOm metoden\n\nMetoden är ny.\n",
     "Panelen rekommenderar", ["kansliet anställer en exportrådgivare", "avgiften höjs för stora företag",
                               "styrelsen möts oftare"]),
    ("Gutachten\n\nDer Beirat tagte in Jena.\n\nEmpfehlungen\n\nDer Beirat empfiehlt, dass das Cluster eine Exportstelle "
     "schafft, dass die Beiträge steigen und dass der Vorstand öfter tagt.\n\nÜber das Verfahren\n\nDas Verfahren ist neu.\n",
     "Der Beirat empfiehlt", ["das Cluster eine Exportstelle schafft", "die Beiträge steigen", "der Vorstand öfter tagt"]),
    ("Review\n\nThe panel visited Cork.\n\nRecommendations\n\nThe panel recommends that the team hires an export adviser, "
     "that large firms pay a higher fee, and that the board meets more often.\n\nAbout the method\n\nThe method is new.\n",
     "The panel recommends", ["the team hires an export adviser", "large firms pay a higher fee", "the board meets more often"]),
])
def test_key_messages_that_series_under_a_heading(extract, text, section, points):
    assert _rows(extract(text).key_messages) == [(p, section, "inline_after_lead_in") for p in points]


@pytest.mark.parametrize("text", [
    "Review\n\nThe panel visited Cork.\n\nObservations\n\nThe peers also found that the team is small, that firms pay no fee, "
    "and that nobody works on exports.\n\nAbout the method\n\nThe method is new.\n",
    "Protokoll\n\nStämman öppnades.\n\n§ 7 Beslut om resultat\n\nStämman beslutade att fastställa räkningen, att överskottet "
    "förs vidare och att bevilja styrelsen ansvarsfrihet.\n\n§ 8 Val\n\nValet förrättades.\n",
])
def test_key_messages_that_series_in_prose(extract, text):
    assert extract(text).key_messages == ()
