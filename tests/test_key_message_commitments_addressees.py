"""Key messages of declarations, policy briefs, minutes and final reports (sentences of our own): a declaration's or a
memorandum's commitments in several languages, recommendations grouped by addressee (paragraphs opened by "To the …:",
group lead-ins that PDF text wraps over two lines), a resolution numbered within its year before its point, and a
project's results written as sentences beside its lessons."""
from __future__ import annotations

import pytest


def _rows(kms):
    return [(k.text, k.section, k.rule) for k in kms]


# Concept "commitments" (key_message_languages.csv): the heading of a declaration's commitments, in any language.
@pytest.mark.parametrize("heading, points", [
    ("Our commitments", ["We will open our test benches to the members of every signatory cluster",
                         "We will hold a joint matchmaking day each spring, in turn in each region"]),
    ("Unsere Verpflichtungen", ["Wir richten bis 2031 eine gemeinsame Geschäftsstelle in Passau ein",
                                "Wir tauschen jedes Jahr zwei Auszubildende zwischen den Clustern aus"]),
    ("Nos engagements", ["Nous créerons un guichet commun pour les PME des deux vallées",
                         "Nous publierons chaque année un bilan des projets communs"]),
])
def test_commitments_heading(extract, heading, points):
    items = "\n".join(f"{n}. {p}." for n, p in enumerate(points, start=1))
    text = (f"Declaration of the Inn Valley clusters\n\nThe signatories met in Kufstein on 3 May 2031.\n\n{heading}\n\n{items}\n\n"
            "Signatories\n\nThe list of signatories is attached.\n")
    assert _rows(extract(text).key_messages) == [(p, heading, "list_under_key_heading") for p in points]


@pytest.mark.parametrize("lead, points", [
    ("Основни ангажименти по споразумението:", ["създаване на общ център за обучение на техници в Русе",
                                               "обща карта на свободните промишлени терени до края на 2031 г."]),
    ("Hlavné záväzky memoranda:", ["spoločná pracovná skupina ministerstva a klastrov sa stretne raz za štvrťrok",
                                   "klastre sa zapoja do prípravy novej stratégie do roku 2032"]),
    ("Principais compromissos do memorando:", ["criação de um balcão comum para as PME da região",
                                               "participação conjunta em duas feiras internacionais por ano"]),
])
def test_commitments_lead_in(extract, lead, points):
    items = "\n".join(f"- {p};" for p in points)
    text = f"Memorandum signed\n\nThe ministry and three clusters signed a memorandum on Tuesday.\n\n{lead}\n{items}\n\nThe group meets in June.\n"
    assert [k.text for k in extract(text).key_messages] == [p.rstrip(".") for p in points]


# Rule family "addressed recommendations": paragraphs opened by an addressee label are points without it, and the
# prose after them ends them.
@pytest.mark.parametrize("heading, labels, points, prose", [
    ("4. Recommendations", ["To the regional government:", "To the port authority:", "To members:"],
     ["open a single permit desk for grid connections by 2032", "reserve a plot for a shared storage hall",
      "register in the supplier database before the summer"],
     "Taken together, these measures cost little. They ask for clearer rules, for earlier information and for a common plan."),
    ("Empfehlungen", ["An die Landesregierung:", "An die Netzbetreiber:"],
     ["fördern Sie einen Beratungsdienst für kleine Abnehmer", "veröffentlichen Sie die Anschlussbedingungen bis Ende 2031"],
     "Keine dieser Empfehlungen braucht neue Haushaltsmittel; der Cluster hilft gern bei der Umsetzung und sammelt die Daten."),
    ("Recommandations", ["À la Région :", "Aux communes :", "Pour les entreprises :"],
     ["ouvrir un appel dédié aux projets des clusters", "intégrer les circuits courts dans leurs marchés publics",
      "partager leurs données de consommation avec le cluster"],
     "Ces recommandations seront présentées au conseil régional en juin, puis discutées avec chacun des destinataires."),
])
def test_addressed_recommendation_paragraphs(extract, heading, labels, points, prose):
    paragraphs = "\n\n".join(f"{label} {point}." for label, point in zip(labels, points))
    text = f"Policy brief 2/2031\n\nThe cluster asked 40 firms about their plans.\n\n{heading}\n\n{paragraphs}\n\n{prose}\n\nNext steps\n\nThe board meets in May.\n"
    assert _rows(extract(text).key_messages) == [(p, heading, "paragraphs_under_key_heading") for p in points]


# Rule family "grouped points": a lead-in naming its addressee is a group lead-in at any length, also when PDF text
# wrapped it over two lines.
@pytest.mark.parametrize("groups", [
    [("To the Ministry of Economy:", "Set up a voucher for quality certification of small suppliers"),
     ("To the Agency for Regional Development and the Chamber of Commerce and Industry of the\nNorthern Region:",
      "Publish one calendar of calls for all cluster members"),
     ("To the Directorate-General for Regional and Urban Policy of the European\nCommission and the programme secretariats:",
      "Allow clusters to apply for groups of small firms")],
    [("To the municipalities:", "Open school kitchens to regional suppliers"),
     ("To the water boards, the provincial government and the association of\ndrinking water companies:",
      "Share the data of the monitoring wells with the cluster"),
     ("To the members:", "Report the yearly savings of the joint purchase")],
    [("For the national energy regulator:", "Give small producers a simpler connection procedure"),
     ("For the two distribution system operators of the border region and their\ncommon planning office:",
      "Agree on one metering standard before the pilot starts")],
])
def test_addressee_group_lead_ins_wrapped(extract, groups):
    body = "\n\n".join(f"{lead}\n{n}. {point}." for n, (lead, point) in enumerate(groups, start=1))
    text = f"Policy brief\n\n3. Recommendations\n\nThe authors recommend:\n\n{body}\n\n4. Reactions\n\nThe ministry welcomed the brief.\n"
    assert [k.text for k in extract(text).key_messages] == [p for _, p in groups]


# A resolution numbered within its year ("Resolution 1/2031:") is a label, not part of the point, in a bulleted list too.
@pytest.mark.parametrize("heading, labels, points", [
    ("Resolutions", ["Resolution 1/2031:", "Resolution 2/2031:"],
     ["The accounts for 2030 are approved", "The fee for start-ups stays at EUR 150"]),
    ("Uchwały", ["Uchwała 3/2032:", "Uchwała 4/2032:"],
     ["Walne Zgromadzenie zatwierdza sprawozdanie finansowe za 2031 rok", "Składka członkowska pozostaje bez zmian"]),
    ("Odluke", ["Odluka 5/2033:", "Odluka 6/2033:", "Odluka 7/2033:"],
     ["Skupština usvaja financijsko izvješće", "Članarina ostaje nepromijenjena", "Klaster se pridružuje nacionalnoj mreži"]),
])
def test_resolution_number_with_year_left_out(extract, heading, labels, points):
    items = "\n".join(f"- {label} {point}." for label, point in zip(labels, points))
    text = f"Minutes of the general assembly\n\nThe chair opened the meeting.\n\n{heading}\n\n{items}\n\nAny other business\n\nNone.\n"
    assert [k.text for k in extract(text).key_messages] == points


# Rule family "results tallies": results written as sentences (most points with a verb of their own) are a project's
# results and stay beside its lessons.
@pytest.mark.parametrize("results", [
    ["64 firms received advice on export rules, and 12 of them entered a new market",
     "A shared testing lab was opened in Varna and is used by 20 members", "The joint brand was registered in both countries"],
    ["212 apprentices were trained in the two regions", "Four pilot lines were built and are still running",
     "A cross-border strategy was adopted by both regional councils"],
    ["31 dairies joined the common label in its first year", "The online shop went live in March and sold 5,000 boxes"],
])
def test_results_sentences_kept_beside_lessons(extract, results):
    items = "\n".join(f"- {r}." for r in results)
    text = (f"Final report of the project\n\nThe partners worked together for three years.\n\nMain results\n\n{items}\n\n"
            "Lessons learnt\n\n- Buyers trust producers they have met in person.\n- Common rules matter more than common money.\n")
    assert [k.text for k in extract(text).key_messages] == results + [
        "Buyers trust producers they have met in person", "Common rules matter more than common money"]


# ... but a mission's results that count its meetings and contacts first stay a tally, written as sentences or not.
@pytest.mark.parametrize("results", [
    ["54 B2B meetings were held with buyers from Izmir", "Two firms were invited to supplier audits", "A memorandum was agreed with the host cluster"],
    ["38 bilateral talks took place in two days", "Three members received requests for offers", "The host chamber offered a stand at its fair"],
    ["120 contacts made with distributors in Osaka", "Four samples were sent to buyers after the mission"],
    ["45 meetings, 12 offer requests, 1 supply agreement signed", "One member was invited to a supplier audit in May",
     "A second member agreed a pilot with a Dubai port operator"],
])
def test_mission_results_stay_a_tally(extract, results):
    items = "\n".join(f"- {r}." for r in results)
    text = (f"Mission report\n\nTwelve companies travelled to the fair in March.\n\nResults\n\n{items}\n\n"
            "Recommendations\n\n- Prepare a catalogue of member suppliers before the next mission.\n"
            "- Invite the host cluster to our members' day in spring.\n")
    assert [k.text for k in extract(text).key_messages] == [
        "Prepare a catalogue of member suppliers before the next mission", "Invite the host cluster to our members' day in spring"]


# "What we learned" in other languages heads a study trip's lessons (concept "lessons learnt").
@pytest.mark.parametrize("heading, points", [
    ("Čo sme sa naučili", ["Fínsky klaster má stabilné financovanie od regiónu na päť rokov",
                           "Malé firmy tam platia za testovanie cez jednoduché poukážky"]),
    ("Was wir gelernt haben", ["Die Cluster in Dänemark werden von den Firmen selbst geführt",
                               "Die Ausbildung der Techniker bezahlt die Region"]),
    ("Ce que nous avons appris", ["Les petites entreprises exportent mieux quand elles partent ensemble",
                                  "Les centres techniques offrent des tarifs réduits aux membres"]),
])
def test_what_we_learned_heading(extract, heading, points):
    items = "\n".join(f"{n}. {p}." for n, p in enumerate(points, start=1))
    text = f"Study trip report\n\nTen members visited the region in May.\n\n{heading}\n\n{items}\n\nNext trip\n\nThe board chooses it in June.\n"
    assert _rows(extract(text).key_messages) == [(p, heading, "list_under_key_heading") for p in points]


# Hungarian names whose decisions or conclusions they are with a possessive ending ("A közgyűlés döntései").
@pytest.mark.parametrize("heading, points", [
    ("A közgyűlés döntései", ["A klaszter tagdíja 2032-től évi 90 000 forint", "A klaszter belép az országos hálózatba"]),
    ("Az elnökség határozatai", ["Az iroda Salgótarjánba költözik", "Az elnökség kidolgozza a képzési tervet"]),
    ("A fórum következtetései", ["A kis beszállítóknak közös minősítésre van szükségük", "A szakképzés a legnagyobb szűk keresztmetszet"]),
])
def test_hungarian_possessive_headings(extract, heading, points):
    items = "\n".join(f"{n}. {p}." for n, p in enumerate(points, start=1))
    text = f"Klaszterhírek\n\nA közgyűlésen 30 tag vett részt.\n\n{heading}\n\n{items}\n\nÚj tagjaink\n\nA klaszter két új taggal bővült.\n"
    assert _rows(extract(text).key_messages) == [(p, heading, "list_under_key_heading") for p in points]


# Dutch "uitkomsten" (outcomes) heads a survey's or a project's outcomes, or closes a lead-in over them.
@pytest.mark.parametrize("section, lead", [
    ("Uitkomsten van de ledenenquête", ""),
    ("Ledenenquête 2031", "Dit jaar antwoordden 44 leden. De belangrijkste uitkomsten:\n\n"),
    ("Uitkomsten van het project", "Het project liep drie jaar.\n\n"),
])
def test_dutch_outcomes(extract, section, lead):
    points = ["Het tekort aan technici blijft het grootste probleem", "De helft van de leden wil samen groene stroom inkopen"]
    items = "\n".join(f"- {p}." for p in points)
    text = f"Nieuwsbrief\n\nWelkom bij de nieuwsbrief van het cluster.\n\n{section}\n\n{lead}{items}\n\nAgenda\n\nDe volgende bijeenkomst is in mei.\n"
    assert [k.text for k in extract(text).key_messages] == points


# What a survey's respondents or an event's participants asked for is their wish list, not key messages.
@pytest.mark.parametrize("section", [
    "What members asked for\n\nIn the open questions, members most often asked for:\n\n- a shared stand at the boat show;\n"
    "- more visits to member yards;\n- a desk for export permits.\n",
    "Feedback\n\nIn our survey (88 answers), participants rated the series 4.5 out of 5. They asked for shorter talks, for "
    "more company visits and for a summary after each session.\n",
    "**What cluster managers ask for**\n\n- Funding agreements of at least three years\n- A common training for new staff\n"
    "- Simpler reporting to the agencies\n",
])
def test_respondents_wishes_are_no_messages(extract, section):
    text = f"Survey brief\n\nThe cluster asked its members in May.\n\n{section}\nContact\n\nWrite to the office.\n"
    assert extract(text).key_messages == ()


# Rule family "summing-up paragraph" (key_messages._after_lead_in) leaves alone a paragraph that opens with a key-message
# heading of its own: Markdown with no blank line under a title glues "Recommendations" to its lettered points, right
# after the points of the section before.
@pytest.mark.parametrize("first, findings, heading, points", [
    ("Key findings", ["Two firms in three test new materials with a partner", "Most firms plan their tests a year ahead"],
     "Policy recommendations", ["Pay for one materials engineer in every cluster team", "Open the test halls of the universities to members",
                                "Keep the test voucher for three more years"]),
    ("Main findings", ["Exports to Norway doubled in four years", "Half of the members have no export manager"],
     "Recommendations", ["Share one export manager among small members", "Run a buyers' day in Bergen every spring"]),
    ("Results", ["The pilot line ran for 600 hours", "Scrap fell by a third on the pilot line"],
     "Lessons learnt", ["Train the operators before the machines arrive", "Plan the data links with the suppliers from the start",
                        "Keep one contact person per company"]),
])
def test_heading_glued_to_its_points_after_points(extract_file, first, findings, heading, points):
    found = "\n".join(f"{n}. {s}." for n, s in enumerate(findings, 1))
    items = "\n".join(f"{chr(97 + n)}) {p}." for n, p in enumerate(points))
    text = f"Brief 3/2033\n\nThe cluster asked 30 member firms in the spring.\n\n{first}\n{found}\n\n{heading}\n{items}\n\nAbout us\nThe cluster has 80 members.\n"
    assert [(k.text, k.section) for k in extract_file("brief.md", text).key_messages] == \
        [(f, first) for f in findings] + [(p, heading) for p in points]
