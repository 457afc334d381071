"""Key messages in text as a PDF extractor gives it (sentences of our own): labelled points after a lead-in line, a
numbered section title longer than eight words over points numbered from 1, a list that a page break cuts (page number
and running header between its items, a point that goes on below them), a lead-in that wraps before its colon, and
findings written as paragraphs that open with a run-in title."""
from __future__ import annotations

import pytest


def _rows(kms):
    return [(k.text, k.section, k.rule) for k in kms]


# Rule family "labelled points": the labels may follow the section's lead-in line ("… the following findings:").
@pytest.mark.parametrize("heading, lead, labels, points", [
    ("5. Findings", "The panel adopted the following findings on 3 May:", ["5.1", "5.2", "5.3"],
     ["Most ferry operators still buy diesel engines for their new vessels",
      "Charging points in the small harbours are too weak for overnight charging",
      "Crews lack training for battery systems; the maritime school offers no course yet"]),
    ("3. Conclusions du séminaire", "Les participants ont retenu les conclusions suivantes :", ["Conclusion 1 –", "Conclusion 2 –"],
     ["Les fromageries de montagne manquent de main-d'œuvre qualifiée pour l'affinage",
      "La vente directe reste la voie la plus rentable pour les petites exploitations"]),
    ("Schlussfolgerungen", "Die Arbeitsgruppe hat folgende Schlussfolgerungen gezogen:", ["Schlussfolgerung 1:", "Schlussfolgerung 2:", "Schlussfolgerung 3:"],
     ["Die Betriebe brauchen einen gemeinsamen Prüfstand für Wasserstoffmotoren",
      "Die Genehmigungsverfahren dauern zu lange", "Die Hochschule sollte einen Lehrgang für Servicetechniker anbieten"]),
])
def test_labelled_points_after_a_lead_in_line(extract, heading, lead, labels, points):
    lines = "\n".join(f"{label} {point}." for label, point in zip(labels, points))
    text = f"Report of the working group\n\n{heading}\n\n{lead}\n\n{lines}\n\nAnnex\n\nThe list of members is online.\n"
    assert _rows(extract(text).key_messages) == [(p, heading, "labelled_points_under_key_heading") for p in points]


def test_labelled_points_wrapped_over_indented_lines(extract):
    text = ("4. Main findings\n\nThe steering group agreed on the following findings:\n\n"
            "4.1 Ports in the region now offer shore power at twelve berths, but only three of them are used regularly\n"
            "    by the ferry companies.\n"
            "4.2 Small shipyards rarely win retrofit contracts on their own. Of 30 contracts, only two went to firms\n"
            "    with fewer than 50 staff.\n\n"
            "5. Next steps\n\nThe group meets again in autumn.\n")
    assert _rows(extract(text).key_messages) == [
        ("Ports in the region now offer shore power at twelve berths, but only three of them are used regularly by the "
         "ferry companies", "4. Main findings", "labelled_points_under_key_heading"),
        ("Small shipyards rarely win retrofit contracts on their own. Of 30 contracts, only two went to firms with fewer "
         "than 50 staff", "4. Main findings", "labelled_points_under_key_heading"),
    ]


# Rule family "numbered section item": a title of up to twelve words over points numbered again from 1.
@pytest.mark.parametrize("title, points", [
    ("Recommendations to the regional government and to the companies of the sector",
     ["Open a single desk for hydrogen permits by 2030", "Fund a shared test bench for fuel cells"]),
    ("Recomendaciones dirigidas a las administraciones públicas y a las empresas del sector",
     ["Crear una ventanilla única para los proyectos de biogás", "Reservar una parte de las ayudas a las cooperativas"]),
    ("Raccomandazioni rivolte alle istituzioni pubbliche e alle imprese della filiera",
     ["Creare un registro unico dei fornitori qualificati", "Finanziare la formazione dei tecnici di manutenzione",
      "Organizzare un incontro annuale tra acquirenti e fornitori"]),
])
def test_long_numbered_section_title_over_its_points(extract, title, points):
    items = "\n".join(f"   {n}. {p}." for n, p in enumerate(points, start=1))
    text = (f"Summary of the forum\n\n3. Programme\nThe forum took place in the town hall and gathered 200 guests.\n\n"
            f"   4. {title}\n{items}\n\n5. Contact\nThe secretariat answers questions by e-mail.\n")
    assert _rows(extract(text).key_messages) == [(p, title, "list_under_key_heading") for p in points]


# Rule family "page furniture": a page number and a running header inside a list do not end it; a point that the
# page break cuts goes on below them.
HEADER = "Valley Food Cluster — Annual Report 2031"


@pytest.mark.parametrize("heading, before, after", [
    ("Main conclusions of the year",
     ["Exports grew faster than the cluster expected", "Members need more cold storage near the motorway"],
     ["The joint brand is known by half of the buyers surveyed"]),
    ("Key findings",
     ["Two thirds of members use the shared laboratory", "Apprenticeships are hard to fill in the upper valley"],
     ["Energy costs are the first worry of the bakeries", "The cooperative dairies want a common export desk"]),
    ("Conclusiones principales",
     ["Las cooperativas necesitan técnicos de riego", "La marca común todavía es poco conocida"],
     ["Las exportaciones a Francia crecen cada año"]),
])
def test_list_goes_on_after_a_page_break(extract, heading, before, after):
    first = "\n".join(f"{n}. {p}." for n, p in enumerate(before, start=1))
    rest = "\n".join(f"{n}. {p}." for n, p in enumerate(after, start=len(before) + 1))
    text = (f"{HEADER}                    14\n\nThe year in brief\n\nThe cluster grew and opened an office.\n\n{heading}\n\n"
            f"{first}\n\n{HEADER}                    15\n\n{rest}\n\nOutlook\n\nThe assembly meets in May.\n\n"
            f"{HEADER}                    16\n")
    assert _rows(extract(text).key_messages) == [(p, heading, "list_under_key_heading") for p in before + after]


@pytest.mark.parametrize("cut, rest", [
    ("A strong record in joint research: 31 funded projects since 2029,", "with a total budget of EUR 12 million."),
    ("Members value the training offer, the trade fair stands and the", "introductions to large buyers."),
    ("Une équipe stable de huit personnes qui connaît bien les entreprises et", "les laboratoires de la région."),
])
def test_point_cut_by_a_page_break_is_one_point(extract, cut, rest):
    text = ("Review of the Packaging Cluster                September 2031\n\nStrengths\n\nThe review team found the following strengths:\n"
            "  • Clear focus on sustainable packaging shared by all members.\n"
            f"  • {cut}\n\n                    2\nReview of the Packaging Cluster                September 2031\n\n"
            f"    {rest}\n  • Good links with the regional government.\n\nAreas for improvement\n\nNone were named.\n\n"
            "                    3\nReview of the Packaging Cluster                September 2031\n")
    section = "The review team found the following strengths"
    assert [k.text for k in extract(text).key_messages] == [
        "Clear focus on sustainable packaging shared by all members", f"{cut} {rest}".rstrip("."),
        "Good links with the regional government"]
    assert {k.section for k in extract(text).key_messages} <= {"Strengths", section}


# segment: a lead-in that wraps before its colon ("… of 14 December\n2031:") stays one paragraph over the list.
@pytest.mark.parametrize("lead, points", [
    ("The board adopted the following conclusions at its meeting of 14 December\n2031:",
     ["Membership growth shows that the cluster has become the reference network", "Public funding must fall below half of income"]),
    ("The assembly agreed on these findings at the meeting in Tampere on 3 March\n2032:",
     ["The forest owners need a common timber platform", "Sawmills lack young machine operators"]),
    ("Der Vorstand hat auf seiner Sitzung vom 12. November folgende Schlussfolgerungen gezogen, gültig bis\n2033:",
     ["Die Mitgliederzahl ist stark gewachsen", "Die Förderung muss breiter aufgestellt werden"]),
])
def test_lead_in_wrapped_before_its_colon(extract, lead, points):
    items = "\n".join(f"{n}. {p}." for n, p in enumerate(points, start=1))
    text = f"Annual report\n\nThe year was busy.\n\n4.7 Main conclusions of the year\n\n{lead}\n\n{items}\n\n4.8 Outlook\n\nMore to come.\n"
    assert _rows(extract(text).key_messages) == [(p, "4.7 Main conclusions of the year", "list_under_key_heading") for p in points]


# Rule family "run-in titles": findings paragraphs that open with a short title and a full stop, the title kept.
@pytest.mark.parametrize("heading, intro, paragraphs", [
    ("Findings", "The survey gives a clear picture.",
     ["Visibility. Buyers do not know which local firms make valves. Lists kept by the chambers are out of date",
      "Finance. Banks see the new contracts as risky", "Skills. Welders trained for the new rules are scarce"]),
    ("Principais constatações", "",
     ["Financiamento. Os bancos consideram os contratos arriscados. As empresas pequenas esperam meses pelo crédito",
      "Formação. Faltam técnicos de manutenção em toda a região"]),
    ("Ergebnisse der Studie", "Die Befragung zeigt drei Schwächen.",
     ["Sichtbarkeit. Die Einkäufer kennen die regionalen Zulieferer kaum",
      "Zertifizierung. Die Kosten für kleine Betriebe sind hoch. Nur wenige haben die nötigen Nachweise",
      "Zeitplan. Die Betriebe erfahren zu spät von neuen Ausschreibungen"]),
])
def test_run_in_titled_findings(extract, heading, intro, paragraphs):
    body = "\n".join(p + "." for p in paragraphs)  # PDF text: no blank line between the paragraphs
    text = (f"Policy brief\n\nBackground\n\nThe region has invested in hydrogen.\n\n{heading}\n\n"
            + (f"{intro}\n" if intro else "") + f"{body}\n\nMethod\n\nWe interviewed 40 people.\n")
    assert _rows(extract(text).key_messages) == [(p, heading, "run_in_points_under_key_heading") for p in paragraphs]


@pytest.mark.parametrize("text", [
    # one titled paragraph only, then prose
    "Findings\n\nVisibility. Buyers do not know the local firms.\n\nThe study also looked at prices, which rose in 2030.\n",
    # initials and abbreviations are no titles
    "Findings\n\nJ. Smith found that buyers do not know the local firms.\nDr. Novak added that banks are careful.\n",
    # not under a key-message heading
    "Background\n\nVisibility. Buyers do not know the local firms.\nFinance. Banks see the contracts as risky.\n",
])
def test_run_in_titles_need_a_series_under_a_key_heading(extract, text):
    assert [k.rule for k in extract(text).key_messages if k.rule == "run_in_points_under_key_heading"] == []


# Rule family "wrapped title": a key-message title whose last words PDF text cut into a block of their own.
@pytest.mark.parametrize("title, tail, points", [
    ("NAJWAŻNIEJSZE WNIOSKI Z II EDYCJI (LUBLIN,", "2032)",
     ["Klastry powinny wspólnie kupować energię", "Gminy potrzebują jednego punktu kontaktowego dla inwestorów"]),
    ("KEY CONCLUSIONS OF THE SECOND FORUM (GRAZ,", "2031)",
     ["Regions should share their test sites", "Small firms need faster payments from public buyers"]),
    ("Main conclusions of the", "forum",
     ["Ports need shore power at every berth", "Training must start before the new rules apply",
      "Cities should buy electric ferries together"]),
])
def test_wrapped_title_over_its_list(extract, title, tail, points):
    items = "\n".join(f"• {p}." for p in points)
    text = f"Leaflet of the forum\n\nThe forum meets for the third time.\n\n{title}\n{tail}\n{items}\n\nThis year we check what was done.\n"
    assert _rows(extract(text).key_messages) == [(p, f"{title} {tail}", "list_under_key_heading") for p in points]


# segment: a contact line that PDF text sets apart under a list is no part of the last point.
@pytest.mark.parametrize("contact", [
    "Contact: office@valley-cluster.example", "Kontakt: info@holzcluster.example", "Contacto: www.cluster-textil.example",
])
def test_contact_line_after_a_list_is_no_point(extract, contact):
    text = ("Conference report\n\nKey takeaways\n• Sorting capacity is the main bottleneck for the\n region\n"
            f"• Training of finishing staff has to start\n now\n {contact}\n")
    assert [k.text for k in extract(text).key_messages] == ["Sorting capacity is the main bottleneck for the region",
                                                          "Training of finishing staff has to start now"]


# lead-ins in other languages (data/key_message_languages.csv): Finnish "suosittaa", Dutch "de volgende oproepen"
@pytest.mark.parametrize("lead, points", [
    ("Työryhmä suosittaa:", ["yhteistä testilaboratoriota pienille yrityksille", "nopeampia lupaprosesseja kunnissa"]),
    ("Het cluster doet de volgende oproepen:", ["Versnel de vergunningen voor nieuwe stations", "Stel een fonds in voor opslag bij bedrijven"]),
    ("Die Teilnehmenden empfehlen:", ["mehr Geld für Pilotanlagen", "kürzere Verfahren für kleine Betriebe"]),
])
def test_lead_ins_in_other_languages(extract, lead, points):
    items = "\n".join(f"- {p};" for p in points)
    text = f"Report\n\nThe meeting took place in spring.\n\n{lead}\n\n{items}\n"
    assert _rows(extract(text).key_messages) == [(p, lead.rstrip(":"), "list_after_lead_in") for p in points]


# segment.py `_item_ended`: a wrapped list item ends where the paragraph under the list starts: after an item that went
# on with a hanging indent, the first line without one; without indents, after a sentence-final line clearly shorter
# than the item's first line.
@pytest.mark.parametrize("text, points", [
    ("Survey on skills\nThe cluster asked 52 firms in May and June\n2035. Key findings:\n"
     "- 61 % of the firms struggle to hire\n  welders and toolmakers;\n"
     "- one third of the firms do not know\n  the regional training vouchers.\n"
     "The survey was led by the vocational\nschool of the region.\n",
     ["61 % of the firms struggle to hire welders and toolmakers",
      "one third of the firms do not know the regional training vouchers"]),
    ("Recommendations\nThe authors make three recommendations:\n"
     "• The cluster should open a shared laboratory for\nsmall members.\n"
     "• The region should fund a traineeship scheme for\nyoung technicians.\n"
     "• The university should run an evening course\nfor plant managers.\n"
     "A first course for twelve managers is planned\nfor the spring of 2041.\n",
     ["The cluster should open a shared laboratory for small members",
      "The region should fund a traineeship scheme for young technicians",
      "The university should run an evening course for plant managers"]),
    ("Zaključki delavnice\nUdeleženci so se strinjali:\n"
     "- podjetja potrebujejo skupni preizkusni\n   center za vodikove motorje;\n"
     "- šole morajo uvesti tečaj za serviserje\n   gorivnih celic.\n"
     "Delavnico je vodila dr. Ana Kralj,\nvodja razvojnega oddelka.\n",
     ["podjetja potrebujejo skupni preizkusni center za vodikove motorje",
      "šole morajo uvesti tečaj za serviserje gorivnih celic"]),
])
def test_wrapped_point_ends_before_the_text_under_the_list(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


def test_a_wrapped_point_of_two_sentences_stays_whole(extract):
    text = ("Key findings\n"
            "- Most ferry operators still buy diesel engines. Only two ordered a battery ferry\n"
            "  in the last five years.\n"
            "- Charging points in the small harbours are too weak for overnight charging of\n"
            "  the larger vessels.\n")
    assert [k.text for k in extract(text).key_messages] == [
        "Most ferry operators still buy diesel engines. Only two ordered a battery ferry in the last five years",
        "Charging points in the small harbours are too weak for overnight charging of the larger vessels"]


# segment.py `_item_ended` (rule family "short last line"): points written without closing punctuation that PDF text
# wrapped end at a last line clearly shorter than their first, when a capitalised line starts under it
@pytest.mark.parametrize("text, points", [
    ("Recommendations\n\n"
     "• To the regional government: open a voucher that covers half of the cost of quality certification\n"
     "for firms with fewer than fifty employees in the whole of the region\n"
     "• To the port authority: reserve land for a shared warehouse of the cluster in the next master plan\n"
     "of the port for the years after 2040, next to the railway station\n"
     "These recommendations will be discussed with the ministry at the annual meeting in Bari in the\n"
     "autumn.\n",
     ["To the regional government: open a voucher that covers half of the cost of quality certification for firms "
      "with fewer than fifty employees in the whole of the region",
      "To the port authority: reserve land for a shared warehouse of the cluster in the next master plan of the port "
      "for the years after 2040, next to the railway station"]),
    ("Key findings\n\n"
     "- Half of the small suppliers have no person who can write an offer for a public tender in\n"
     "another language, even when the tender is open to firms abroad\n"
     "- Most firms learn about the large contracts of the valley only after the tender has closed\n"
     "for good and the winners have already been named\n"
     "Source: survey of 214 member companies carried out by the cluster office between March and May of\n"
     "the same year.\n",
     ["Half of the small suppliers have no person who can write an offer for a public tender in another language, "
      "even when the tender is open to firms abroad",
      "Most firms learn about the large contracts of the valley only after the tender has closed for good and the "
      "winners have already been named"]),
    ("Wichtigste Ergebnisse\n\n"
     "- Die Betriebe der Region brauchen eine gemeinsame Anlaufstelle für Netzanschlüsse und Genehmigungen\n"
     "im ganzen Kreis und in den beiden Nachbarkreisen im Süden\n"
     "- Kleine Zulieferer finden kaum Fachkräfte für Wartung und Steuerung von Anlagen der neuen\n"
     "Generation, vor allem in den kleinen Orten des Kreises\n"
     "Die Ergebnisse werden im Herbst mit dem Wirtschaftsministerium des Landes besprochen und danach\n"
     "veröffentlicht.\n",
     ["Die Betriebe der Region brauchen eine gemeinsame Anlaufstelle für Netzanschlüsse und Genehmigungen im ganzen "
      "Kreis und in den beiden Nachbarkreisen im Süden",
      "Kleine Zulieferer finden kaum Fachkräfte für Wartung und Steuerung von Anlagen der neuen Generation, vor "
      "allem in den kleinen Orten des Kreises"]),
])
def test_unpunctuated_wrapped_point_ends_before_the_text_under_the_list(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


# segment.py `_wrapped_into_next_item` (rule family "capitalised wrap"): a full item line without closing punctuation
# and the one capitalised line under it, right over the next item, are one point (PDF text wrapped before a name)
@pytest.mark.parametrize("text, points", [
    ("Main results\n\n"
     "• 118 companies took part in the matchmaking days, and 37 signed cooperation or supply agreements\n"
     "• Six joint innovation projects were prepared, of which three received national funding in Bulgaria or\n"
     "Romania\n"
     "• A common training course for cluster managers was tested with 46 participants in two cities\n",
     ["118 companies took part in the matchmaking days, and 37 signed cooperation or supply agreements",
      "Six joint innovation projects were prepared, of which three received national funding in Bulgaria or Romania",
      "A common training course for cluster managers was tested with 46 participants in two cities"]),
    ("Key conclusions\n\n"
     "- Cross-border supply chains work best when the firms know each other before a project starts\n"
     "- The vocational schools on both sides of the river should share their courses with the clusters of\n"
     "Giurgiu\n"
     "- Small firms need one contact person in the cluster office who speaks both languages well\n",
     ["Cross-border supply chains work best when the firms know each other before a project starts",
      "The vocational schools on both sides of the river should share their courses with the clusters of Giurgiu",
      "Small firms need one contact person in the cluster office who speaks both languages well"]),
    ("Conclusiones principales\n\n"
     "- Las empresas del clúster exportan más que las empresas comparables de la región de\n"
     "Extremadura\n"
     "- Los socios piden más servicios técnicos y menos reuniones informativas sobre programas de\n"
     "Bruselas\n"
     "- La financiación pública sigue cubriendo más de la mitad del presupuesto de la asociación\n",
     ["Las empresas del clúster exportan más que las empresas comparables de la región de Extremadura",
      "Los socios piden más servicios técnicos y menos reuniones informativas sobre programas de Bruselas",
      "La financiación pública sigue cubriendo más de la mitad del presupuesto de la asociación"]),
])
def test_capitalised_wrap_stays_in_its_point(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points
