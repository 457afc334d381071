"""Key messages known by their shape, in any language (sentences of our own): numbered resolutions of minutes
("1/2031. … határozat: …"), a heading label in two languages before a point ("Digitalizazioa / Digitalisation: …")
and the results tally of a mission beside its conclusions."""
from __future__ import annotations

import pytest


def _rows(kms):
    return [(k.text, k.section, k.rule) for k in kms]


# Rule family "labelled points": a resolution's number and year open each line under a resolutions heading; the label
# up to its colon is no part of the point.
@pytest.mark.parametrize("heading, labels, points", [
    ("HATÁROZATOK", ["1/2031. (III. 4.) sz. közgyűlési határozat:", "2/2031. (III. 4.) sz. közgyűlési határozat:",
                     "3/2031. (III. 4.) sz. közgyűlési határozat:"],
     ["A közgyűlés a 2030. évi beszámolót elfogadja", "A közgyűlés a tagdíjat változatlanul hagyja",
      "A közgyűlés a Szatmári Sajtüzem Kft.-t tagjai sorába felveszi"]),
    ("Resolutions", ["Resolution 1/2031:", "Resolution 2/2031:", "Resolution 3/2031:"],
     ["The assembly approves the accounts for 2030", "The assembly keeps the fee for start-ups at EUR 150",
      "The assembly admits two dairies from the valley as members"]),
    ("Odluke", ["Odluka br. 1/31:", "Odluka br. 2/31:"],
     ["Skupština usvaja izvještaj o radu za 2030. godinu", "Skupština bira novi nadzorni odbor na četiri godine"]),
])
def test_key_messages_numbered_resolutions(extract, heading, labels, points):
    lines = "\n".join(f"{label} {point}." for label, point in zip(labels, points))
    text = (f"Minutes of the general assembly\n\nThe chair opened the meeting and counted 40 members.\n\n{heading}\n\n{lines}\n\n"
            "Any other business\n\nNone was raised.\n")
    assert _rows(extract(text).key_messages) == [(p, heading, "labelled_points_under_key_heading") for p in points]


def test_key_messages_dates_over_a_slash_are_no_resolutions(extract):
    # dates in a month/year form under "Key facts" are the points' own words, not labels
    text = ("Cluster report\n\nKey facts\n\n- The cluster doubled its members between 3/2029 and 3/2031.\n"
            "- Exports of members grew by a fifth in two years.\n")
    assert [k.text for k in extract(text).key_messages] == [
        "The cluster doubled its members between 3/2029 and 3/2031", "Exports of members grew by a fifth in two years"]


# Rule family "marked points" (without_label): a bilingual label "A / B:" before the point is left out.
@pytest.mark.parametrize("labels, points", [
    (["Digitalizazioa / Digitalisation:", "Talentua / Talent:", "Nazioartekotzea / Internationalisation:"],
     ["give every member a shared maintenance data platform by 2038", "train 300 welders with the vocational schools",
      "open two new export markets a year with joint missions"]),
    (["Energia / Energy:", "Formazione / Skills:"],
     ["cut the members' gas use by a third before 2040", "offer every apprentice a placement in a member firm"]),
    (["Digitalisierung / Digitisation:", "Fachkräfte / Skilled workers:", "Kooperation / Cooperation:"],
     ["bring all members onto one data space", "halve the time it takes to fill a vacancy",
      "start four joint research projects each year with the university"]),
])
def test_key_messages_bilingual_label_left_out(extract, labels, points):
    items = "\n".join(f"{n}. {label} {point}." for n, (label, point) in enumerate(zip(labels, points), start=1))
    text = f"Roadmap 2035-2040\n\nKey messages\n\n{items}\n\nMilestones\n\nThe board reviews the roadmap in 2038.\n"
    assert _rows(extract(text).key_messages) == [(p, "Key messages", "list_under_key_heading") for p in points]


def test_key_messages_one_language_label_stays(extract):
    # "Skills first: …" (no slash, no second language) is part of its point
    text = ("Roadmap\n\nKey messages\n\n- Skills first: members share one training plan.\n"
            "- Data second: members pool their machine data.\n")
    assert [k.text for k in extract(text).key_messages] == [
        "Skills first: members share one training plan", "Data second: members pool their machine data"]


# Rule family "results tallies": a mission's results list counting its meetings is left out beside the report's conclusions.
RECOMMENDATIONS = ("Recommendations\n\n1. Prepare a catalogue of member suppliers before the next mission.\n"
                   "2. Invite the host cluster to our members' day in spring.\n")


@pytest.mark.parametrize("results", [
    "4. Results\n\n- 47 B2B meetings held; 9 buyers asked for offers.\n- Two member firms were invited to supplier audits.\n"
    "- The two clusters agreed to prepare a joint project.\n",
    "Results\n\nThe delegation met buyers on both days. The main results:\n\n"
    "- 29 bilateral meetings with importers;\n- 3 requests for samples;\n",
])
def test_key_messages_results_tally_beside_recommendations(extract, results):
    text = f"Mission report\n\nThe delegation of 12 companies travelled to Lyon in March.\n\n{results}\n{RECOMMENDATIONS}"
    assert _rows(extract(text).key_messages) == [
        ("Prepare a catalogue of member suppliers before the next mission", "Recommendations", "list_under_key_heading"),
        ("Invite the host cluster to our members' day in spring", "Recommendations", "list_under_key_heading")]


# ... while a project's, a study's or a year's results opening with a figure stay beside them, mostly noun phrases or
# sentences, in any language (SCHEMA: a project's or study's "Results" section counts). A list none of whose points
# states anything stays a tally (names_only_figures: test_key_messages_results_table_rows_are_a_tally).
@pytest.mark.parametrize("heading, points", [
    ("The main results:", ["27 SMEs coached on export pricing", "Average lead time down from nine weeks to three",
                           "14 firms launched a new service for their customers"]),
    ("Key results", ["36 members at the end of the year (+20%), twelve of them from abroad", "11 joint projects, of which 4 with universities",
                     "The cluster opened a shared test bench in Kolding"]),
    ("Wichtigste Ergebnisse", ["64 % der Betriebe planen neue Stellen in der Fertigung", "Nur 9 % nutzen die Förderprogramme des Landes"]),
    ("Hlavné výsledky", ["42 firiem získalo poradenstvo k exportu", "3 spoločné projekty pokračujú aj po skončení programu"]),
])
def test_key_messages_project_results_kept_beside_recommendations(extract, heading, points):
    items = "\n".join(f"- {p};" for p in points)
    lead = f"The partners tested the toolkit in four regions. {heading}" if heading.endswith(":") else heading
    text = f"Final report\n\nThe project ran for three years.\n\n{lead}\n\n{items}\n\n{RECOMMENDATIONS}"
    assert [k.text for k in extract(text).key_messages] == points + [
        "Prepare a catalogue of member suppliers before the next mission", "Invite the host cluster to our members' day in spring"]


@pytest.mark.parametrize("heading, points", [
    # alone, a year's results are the report's messages
    ("Key results", ["18 joint projects were running, five of them new", "The shared test hall opened and was used by 12 firms"]),
    # beside recommendations, results that open with words are findings, not a tally
    ("Main results", ["Panels of straw reached the fire class of mineral wool", "Costs fell by half in three years"]),
])
def test_key_messages_results_kept(extract, heading, points):
    extra = RECOMMENDATIONS if heading == "Main results" else ""
    text = f"Annual report\n\nThe cluster had a good year.\n\n{heading}\n\n- {points[0]}.\n- {points[1]}.\n\n{extra}"
    rows = [(k.text, k.section) for k in extract(text).key_messages]
    assert rows[:2] == [(p, heading) for p in points]
    assert len(rows) == (4 if extra else 2)


# Rule family "figure lists": a capitalised word in "-ed" inside a point is a table's column heading, not a verb.
@pytest.mark.parametrize("rows", [
    ["Indicator Target 2030 Achieved 2030", "Joint projects started | 10 | 14", "Firms trained | 120 | 133"],
    ["Measure Planned 2031 Reached 2031", "New members | 15 | 19", "Export fairs | 3 | 4"],
    ["Output Goal 2029 Delivered 2029", "Vouchers granted | 40 | 38", "Webinars held | 12 | 16"],
])
def test_key_messages_results_table_rows_are_a_tally(extract, rows):
    items = "\n".join(f"- {r}" for r in rows)
    text = f"Annual report 2031\n\nThe cluster grew in its third year.\n\n4.2 Results against the plan\n\n{items}\n\nOutlook\n\nThe board meets in May.\n"
    assert extract(text).key_messages == ()


def test_key_messages_results_opening_with_an_ed_verb_stay(extract):
    text = ("Project report\n\nKey results\n\n- Reached 40 firms in three regions with the shared toolkit.\n"
            "- Trained 120 technicians with the vocational schools.\n")
    assert [k.text for k in extract(text).key_messages] == [
        "Reached 40 firms in three regions with the shared toolkit", "Trained 120 technicians with the vocational schools"]


# A document's title that names key messages ("…: diagnosis and recommendations") heads its byline and team, not points.
@pytest.mark.parametrize("title, byline, team", [
    ("# O mercado do mel no Alentejo: diagnóstico e recomendações", "**Cluster Apícola do Alentejo (CAAL) · Relatório final · Évora, 3 de maio de 2031**",
     "Equipa técnica: Prof.ª Ana Lopes Serra (coordenação, Universidade de Évora) e Eng. Rui Matos (cluster)."),
    ("# Wine tourism on the islands: findings and recommendations", "**Island Wine Cluster (IWC) · Final report of the study · Kirkwall, 2 June 2031**",
     "Study team: Dr Moira Flett (lead, University of the Highlands) and Ewan Rendall (cluster office)."),
    ("# Seaweed farming in Connemara: conclusions and recommendations",
     "**West Coast Seaweed Cluster (WCSC) · Final report of the review · Galway, 9 May 2031**",
     "Review team: Dr Niamh Walsh (chair, University of Galway) and Seán Joyce (cluster office)."),
])
def test_key_messages_title_over_byline_gives_none(extract_file, title, byline, team):
    text = f"{title}\n\n{byline}\n\n{team}\n\n## 1. Background\n\nThe region asked for the study in 2030.\n"
    assert extract_file("report.md", text).key_messages == ()


# labelled points whose number is written "n° 2" or as an ordinal "2.º" / "2º" (French, Spanish, Portuguese, Italian
# minutes): data/key_message_label_numbers.txt ("n°") and the ordinal sign in key_message_shapes._LABEL_SHAPE
@pytest.mark.parametrize("heading, label, points", [
    ("Résolutions", "Résolution n° {n} : ", ["L'assemblée approuve les comptes de l'exercice", "La cotisation des membres reste inchangée"]),
    ("Acuerdos", "Acuerdo {n}.º: ", ["Se aprueban las cuentas del ejercicio", "El clúster se adhiere a la red nacional de clústeres"]),
    ("Deliberações", "Deliberação {n}.ª – ", ["A assembleia aprova o relatório de atividades", "A quota anual mantém-se para as microempresas"]),
    ("Deliberazioni", "Delibera n° {n}: ", ["L'assemblea approva il bilancio consuntivo", "Il distretto aderisce alla rete nazionale"]),
])
def test_labels_with_a_number_sign_or_an_ordinal(extract, heading, label, points):
    body = "\n".join(label.format(n=i + 1) + p + "." for i, p in enumerate(points))
    text = f"Minutes\n\nThe assembly met in the town hall with forty members.\n\n{heading}\n\n{body}\n\nAny other business\n\nNone.\n"
    assert [(k.text, k.rule) for k in extract(text).key_messages] == [(p, "labelled_points_under_key_heading") for p in points]


# Rule family "results tallies", in any language: a results list whose first point counts a mission's meetings ("45
# reuniões bilaterais", "19 gesprekken", a verb then the count: "Πραγματοποιήθηκαν 14 συναντήσεις") is a tally even
# when the report has no other key messages (SCHEMA: a mission's "Results" of meetings held and contacts made is none).
@pytest.mark.parametrize("heading, points", [
    ("Resultados", ["45 reuniões bilaterais com compradores franceses", "duas cartas de intenção assinadas no local"]),
    ("Resultaten", ["19 gesprekken tussen Vlaamse en Deense bedrijven", "een uitnodiging voor een tegenbezoek in mei"]),
    ("Αποτελέσματα", ["Πραγματοποιήθηκαν 14 συναντήσεις με αγοραστές από τη Βιέννη", "Δύο επιχειρήσεις έλαβαν αιτήματα προσφοράς"]),
    ("Results", ["212 bilateral meetings held in two days", "9 cooperation agreements announced on site"]),
])
def test_mission_results_in_any_language_are_a_tally(extract, heading, points):
    items = "\n".join(f"- {p}" for p in points)
    text = f"Mission report\n\nEleven companies travelled to the fair with the cluster.\n\n{heading}\n\n{items}\n\nContact\n\nThe cluster office.\n"
    assert extract(text).key_messages == ()


# A project's or a survey's results under the bare word for results of its language are its key messages, as
# "Results" is in English (data/key_message_languages.csv, concept outcomes).
@pytest.mark.parametrize("heading, points", [
    ("Resultados", ["130 empresas formadas em comércio digital", "uma loja online comum com 300 produtos registados"]),
    ("Resultat", ["Sex av tio medlemmar planerar att anställa under året", "Hälften av företagen saknar en hållbarhetsstrategi"]),
    ("Резултати", ["Създадени са три общи туристически маршрута", "Обучени са 90 служители на хотели и изби"]),
])
def test_results_heading_in_other_languages(extract, heading, points):
    items = "\n".join(f"- {p};" for p in points)
    text = f"Final report\n\nThe project ran for three years in two regions.\n\n{heading}\n\n{items}\n\nContact\n\nThe project office.\n"
    assert [(k.text, k.section) for k in extract(text).key_messages] == [(p, heading) for p in points]
