from h import *
F = 'g02_vorpommern_positionspapier.txt'
assert wd(2038,3,18)=='Thursday' and wd(2038,4,27)=='Tuesday' and wd(2037,11,9)=='Monday'
T = """Clusterverbund Gesundheit & Plasma Vorpommern e.V.
Brandteichstraße 20 · 17489 Greifswald · www.cgpv.example.de

POSITIONSPAPIER

Cluster als Umsetzungspartner der Landesinnovationsstrategie
Forderungen der Gesundheits- und Plasmawirtschaft Vorpommerns für die Förderperiode 2042–2048

Stand: 22. März 2038
Beschlossen von der Mitgliederversammlung am Donnerstag, 18. März 2038, in Greifswald

1. Ausgangslage

Der Clusterverbund Gesundheit & Plasma Vorpommern e.V. (CGPV) vertritt 86 Unternehmen, vier Hochschulen und Forschungseinrichtungen sowie sechs Kliniken zwischen Stralsund, Greifswald und Anklam. Seit seiner Gründung im Jahr 2029 hat der Verein 41 Verbundprojekte angestoßen, darunter das Zentrum für Plasmamedizin, das gemeinsam mit dem Leibniz-Institut für Plasmaforschung und Technologie e.V. (INP) und der Universitätsmedizin Greifswald betrieben wird.

Die Regionale Innovationsstrategie Mecklenburg-Vorpommern 2035–2041 läuft in drei Jahren aus. Das Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit Mecklenburg-Vorpommern hat im November 2037 einen Konsultationsprozess für die Nachfolgestrategie eröffnet. Auf der Auftaktveranstaltung am 9. November 2037 in Schwerin wurde deutlich, dass Clusterorganisationen bislang vor allem als Veranstalter von Netzwerktreffen wahrgenommen werden. Mit diesem Papier möchten wir zeigen, dass sie mehr leisten können.

2. Was wir beobachten

Eine Umfrage unter unseren Mitgliedern (Januar bis Februar 2038, 71 Antworten) hat ergeben, dass
- 64 Prozent der Unternehmen ohne den Verein keinen Zugang zu den Laboren der Forschungseinrichtungen gefunden hätten,
- nur jedes fünfte Unternehmen bereits an einem Projekt außerhalb Mecklenburg-Vorpommerns beteiligt war,
- die Antragsverfahren beim Landesförderinstitut Mecklenburg-Vorpommern (LFI) von kleinen Firmen als größtes Hindernis genannt werden.

Zugleich verlassen jedes Jahr viele Absolventinnen und Absolventen der Universität Greifswald und der Hochschule Stralsund das Land, obwohl unsere Mitglieder offene Stellen melden.

3. Unsere Forderungen

Der Clusterverbund fordert die Landesregierung und den Landtag auf,
1. Clusterorganisationen in der neuen Strategie ausdrücklich als Umsetzungspartner zu benennen und ihre Grundfinanzierung für mindestens sieben Jahre zu sichern
2. ein vereinfachtes Antragsverfahren für Verbundprojekte unter 200.000 Euro einzuführen, das innerhalb von acht Wochen entschieden wird
3. einen Innovationsgutschein für den Zugang von KMU zu Forschungsinfrastruktur aufzulegen
4. die Zusammenarbeit mit den Clustern in Westpommern und Skåne in einem gemeinsamen Ostsee-Programm zu verankern
5. eine Fachkräfteinitiative „Bleib in Vorpommern“ gemeinsam mit der IHK zu Neubrandenburg für das östliche Mecklenburg-Vorpommern und der Bundesagentur für Arbeit zu starten

4. Unser Angebot

Wir sind bereit, eigene Mittel einzubringen und die Begleitung der Strategie in den Bereichen Gesundheitswirtschaft und Plasmatechnologie zu übernehmen. Der Vorstand schlägt vor, dazu eine jährliche Strategiekonferenz mit dem Ministerium abzuhalten, erstmals im Herbst 2039.

Der Vorstandsvorsitzende Dr. Henrik von der Osten-Sacken erklärte nach der Abstimmung: „Wir wollen nicht mehr nur Bittsteller sein. Die Cluster wissen, wo die Betriebe der Schuh drückt, und sie können Förderung schneller an die richtige Stelle bringen.“ Prof. Dr. Aleksandra Nowak-Brandt, stellvertretende Vorsitzende und Leiterin der Abteilung Plasmamedizin am INP, ergänzte, dass Forschungseinrichtungen ohne Cluster „nur einen Bruchteil der regionalen Firmen“ erreichen würden.

5. Nächste Schritte

Das Papier wird am Dienstag, 27. April 2038, beim Parlamentarischen Abend der Gesundheitswirtschaft im Schweriner Schloss an die Abgeordneten übergeben. Staatssekretärin Dr. Ulrike Brandenburg-Haase hat ihre Teilnahme zugesagt. Stellungnahmen zur Konsultation können noch bis zum 31. Mai 2038 eingereicht werden.

Unterzeichnet für den Vorstand:
Dr. Henrik von der Osten-Sacken, Vorstandsvorsitzender (Geschäftsführer der OstseeMed Diagnostics GmbH, Greifswald)
Prof. Dr. Aleksandra Nowak-Brandt, stellvertretende Vorsitzende
Ole Thießen, Schatzmeister (Plasmatreat Nord GmbH, Anklam)
Jana Krüger-Lindqvist, Clustermanagerin

Kontakt: Geschäftsstelle CGPV, Jana Krüger-Lindqvist, Tel. 03834 000 000, info@cgpv.example.de

Der Clusterverbund wird aus Mitteln des Landes Mecklenburg-Vorpommern und des Europäischen Fonds für regionale Entwicklung gefördert.
Seite 1 von 1
"""
write(F, T)
C="Clusterverbund Gesundheit & Plasma Vorpommern e.V."
gold(F,
 [P("Henrik von der Osten-Sacken","Vorstandsvorsitzender",C),
  P("Aleksandra Nowak-Brandt","stellvertretende Vorsitzende",C),
  P("Ole Thießen","Schatzmeister",C),
  P("Jana Krüger-Lindqvist","Clustermanagerin",C),
  P("Ulrike Brandenburg-Haase","Staatssekretärin",None)],
 [O(C,"CGPV"), O("Zentrum für Plasmamedizin"), O("Leibniz-Institut für Plasmaforschung und Technologie e.V.","INP"),
  O("Universitätsmedizin Greifswald"), O("Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit Mecklenburg-Vorpommern"),
  O("Landesförderinstitut Mecklenburg-Vorpommern","LFI"), O("Universität Greifswald"), O("Hochschule Stralsund"),
  O("IHK zu Neubrandenburg für das östliche Mecklenburg-Vorpommern"), O("Bundesagentur für Arbeit"),
  O("OstseeMed Diagnostics GmbH"), O("Plasmatreat Nord GmbH"), O("Landtag")],
 [E("Mitgliederversammlung","2038-03-18",None,"Greifswald","Germany"),
  E("Auftaktveranstaltung","2037-11-09",None,"Schwerin","Germany"),
  E("Parlamentarischen Abend der Gesundheitswirtschaft","2038-04-27",None,"Schwerin","Germany"),
  E("Strategiekonferenz","2039",None,None,None)],
 ["2042/2048","2038-03-22","2038-03-18","2029","2035/2041","2037-11","2037-11-09","2038-01/2038-02","2039","2038-04-27","2038-05-31"],
 ["Clusterorganisationen in der neuen Strategie ausdrücklich als Umsetzungspartner zu benennen und ihre Grundfinanzierung für mindestens sieben Jahre zu sichern",
  "ein vereinfachtes Antragsverfahren für Verbundprojekte unter 200.000 Euro einzuführen, das innerhalb von acht Wochen entschieden wird",
  "einen Innovationsgutschein für den Zugang von KMU zu Forschungsinfrastruktur aufzulegen",
  "die Zusammenarbeit mit den Clustern in Westpommern und Skåne in einem gemeinsamen Ostsee-Programm zu verankern",
  "eine Fachkräfteinitiative „Bleib in Vorpommern“ gemeinsam mit der IHK zu Neubrandenburg für das östliche Mecklenburg-Vorpommern und der Bundesagentur für Arbeit zu starten"],
 pub="2038-03-22")
