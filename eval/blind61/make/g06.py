from common import *
import docx, os
F = 'b61_06_ga_minutes_vasterbotten.docx'
KM = ["The General Assembly approved the annual report and the financial statements for 2032 and discharged the board",
 "Membership fees for 2034 remain unchanged; the fee for start-ups younger than three years is halved",
 "Lena Marklund was re-elected chair of the board for a term 2033–2035",
 "Jonas Sjöberg and Elin Nilsson Lidström were elected new board members; Pekka Ylönen was elected deputy member",
 "The association will apply for the Gold Label of the European Cluster Excellence Initiative by the end of 2034",
 "The board is mandated to negotiate a cooperation agreement with the Kvarken Council on cross-border projects with Ostrobothnia"]
d = docx.Document()
d.add_heading('Minutes of the Annual General Assembly', 0)
d.add_paragraph('Northern Battery & Mining Cluster (NBMC) — ideell förening, org. nr 802555-0190')
d.add_paragraph('Date: Tuesday 24 May 2033, 13:00–16:10. Venue: Umeå University, Aula Nordica, Umeå, and online (Teams).')
d.add_paragraph('Present: 38 member organisations in person, 11 online (49 of 63 members, quorum reached). Proxies: 4.')
d.add_heading('1. Opening', 1)
d.add_paragraph('The chair of the board, Lena Marklund (Skellefteå Kraft AB), opened the meeting and welcomed the members, in particular the five new members admitted since the last assembly on 18 May 2032. She thanked Northvolt Ett AB and Boliden Mineral AB for hosting the study visits held the previous day.')
d.add_heading('2. Election of meeting officials', 1)
d.add_paragraph('Advokat Gustav af Klercker was elected chair of the meeting and Sofia Öhman (cluster office) secretary. Anders Lundqvist (Luleå University of Technology) and Riitta Mäkelä-Korhonen (Vaasa Energy Institute) were elected to check the minutes.')
d.add_heading('3. Annual report and accounts', 1)
d.add_paragraph('Cluster manager Dr. Johanna Berglund-Eriksson presented the annual report for 2032. Membership grew from 51 to 63 organisations; the cluster ran 14 events, including the Nordic Battery Summit in Skellefteå on 12–13 October 2032 with 420 participants, and coordinated four funded projects with a total budget of SEK 46 million. The auditor, Karin Holmgren (authorised public accountant, Öhrlings PricewaterhouseCoopers AB), presented the audit report and recommended discharge.')
d.add_heading('4. Membership fees 2034', 1)
d.add_paragraph('The board proposed unchanged fees. Member Viktor Sundqvist (Sundqvist Elektro AB) proposed a reduced fee for start-ups. After discussion the proposal was accepted.')
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for i, h in enumerate(['Category', 'Annual fee 2034 (SEK)', 'Comment']): t.rows[0].cells[i].text = h
for row in [('Large company (>250 employees)', '60 000', 'unchanged'), ('SME', '12 000', 'unchanged'), ('Start-up (<3 years)', '6 000', 'new category'), ('University / public body', '25 000', 'unchanged')]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_heading('4a. Budget and activity plan 2034', 1)
d.add_paragraph('The treasurer, Mikael Forsgren (Norrlandsfonden), presented the budget for 2034 with income of SEK 5.8 million, of which membership fees account for 31% and project funding for the rest. He warned that two of the four projects end in 2034 and that the cluster must secure new funding to keep its staff of six. The activity plan foresees a battery recycling conference in Skellefteå, two delegation trips and a skills programme run with Umeå University and the municipal adult-education services. Members from the mining side asked that the plan give more weight to exploration and permitting, where processing times have grown to several years; the board promised to set up a working group on permits.')
d.add_heading('5. Elections', 1)
d.add_paragraph('The nomination committee, represented by Per-Olof Strand, presented its proposal. Board members Maria Lindberg and Hannu Rautio had declined re-election; the chair thanked them for six years of service.')
d.add_heading('6. Strategy and international cooperation', 1)
d.add_paragraph('Dr. Berglund-Eriksson presented the draft strategy 2034–2038. Tiina Ahonen, director of the Kvarken Council, described cross-border opportunities with Ostrobothnia around Vaasa. Members asked for more support for export to Norway and Canada.')
d.add_heading('Decisions', 1)
for k in KM: d.add_paragraph(k + '.', style='List Number')
d.add_heading('7. Closing', 1)
d.add_paragraph('The next General Assembly will be held in Skellefteå in May 2034. The chair of the meeting closed the assembly at 16:10.')
d.add_paragraph('Signed: Gustav af Klercker, chair of the meeting · Sofia Öhman, secretary · Anders Lundqvist · Riitta Mäkelä-Korhonen')
d.save(os.path.join(DOCS, F))
gold(F, [
 P("Lena Marklund", "chair of the board", "Northern Battery & Mining Cluster"),
 P("Gustav af Klercker", "chair of the meeting", None),
 P("Sofia Öhman", "secretary", "cluster office"),
 P("Anders Lundqvist", None, "Luleå University of Technology"),
 P("Riitta Mäkelä-Korhonen", None, "Vaasa Energy Institute"),
 P("Johanna Berglund-Eriksson", "Cluster manager", "Northern Battery & Mining Cluster"),
 P("Karin Holmgren", "auditor", "Öhrlings PricewaterhouseCoopers AB"),
 P("Viktor Sundqvist", None, "Sundqvist Elektro AB"),
 P("Mikael Forsgren", "treasurer", "Northern Battery & Mining Cluster"),
 P("Per-Olof Strand", None, "nomination committee"),
 P("Maria Lindberg", "Board member", None),
 P("Hannu Rautio", "Board member", None),
 P("Tiina Ahonen", "director", "Kvarken Council"),
 P("Jonas Sjöberg", "board member", None),
 P("Elin Nilsson Lidström", "board member", None),
 P("Pekka Ylönen", "deputy member", None),
],[
 O("Northern Battery & Mining Cluster", "NBMC"), O("Umeå University"), O("Skellefteå Kraft AB"), O("Northvolt Ett AB"),
 O("Boliden Mineral AB"), O("Luleå University of Technology"), O("Vaasa Energy Institute"),
 O("Öhrlings PricewaterhouseCoopers AB"), O("Sundqvist Elektro AB"), O("Kvarken Council"), O("Norrlandsfonden"),
],[
 E("Annual General Assembly", "2033-05-24", None, "Umeå", "Sweden"),
 E("study visits hosted by Northvolt Ett AB and Boliden Mineral AB", None, None, None, None),
 E("last assembly", "2032-05-18", None, None, None),
 E("Nordic Battery Summit", "2032-10-12", "2032-10-13", "Skellefteå", "Sweden"),
 E("battery recycling conference", None, None, "Skellefteå", "Sweden"),
 E("next General Assembly", "2034-05", None, "Skellefteå", "Sweden"),
],["2033-05-24","2032-05-18","2032","2032-10-12/2032-10-13","2034","2034/2038","2033/2035","2034-05"],
 KM, pub=None)
