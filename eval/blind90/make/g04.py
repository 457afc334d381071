from h import *
F = 'g04_investitionsagentur_sachsen_anhalt_pm.txt'
assert wd(2039,9,14)=='Wednesday' and wd(2039,9,13)=='Tuesday' and wd(2039,11,3)=='Thursday'
T = """Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH
Startseite > Presse > Pressemitteilungen > 2039

PRESSEMITTEILUNG Nr. 57/2039

Magdeburg, 14. September 2039

Wasserstoffnetzwerk Mitteldeutschland wächst: Landesregierung fördert neue Clusterphase mit 3,4 Millionen Euro

Das Land Sachsen-Anhalt unterstützt das Wasserstoffnetzwerk Mitteldeutschland (WNM) in den kommenden vier Jahren mit 3,4 Millionen Euro. Den Förderbescheid überreichte Wirtschaftsminister Dr. Frank-Peter Hollmann am Dienstag, 13. September 2039, im Chemiepark Leuna an den Clustermanager Dr. Sebastian Köhler. Die Mittel stammen aus dem Programm „Cluster und Netzwerke 2039–2043“ und werden von der Investitionsbank Sachsen-Anhalt ausgezahlt.

„Sachsen-Anhalt soll bis 2045 zu den führenden Standorten für grünen Wasserstoff in Europa gehören. Dafür brauchen wir starke Netzwerke, die Forschung und Mittelstand zusammenbringen“, sagte Minister Hollmann bei der Übergabe.

Das Netzwerk wurde 2034 gegründet und zählt heute 118 Mitglieder, darunter Chemieunternehmen, Stadtwerke, Hochschulen und Forschungsinstitute. In der neuen Phase will das Cluster drei Schwerpunkte setzen: den Aufbau einer regionalen Wasserstoff-Akademie, die Begleitung von Pilotprojekten in der Logistik und die Vernetzung mit Partnerregionen in Polen und Tschechien.

Clustermanager Köhler betonte: „Gerade kleine Zulieferer brauchen Orientierung, welche Märkte sich in den nächsten Jahren öffnen. Mit der Akademie können wir bis 2041 rund 1.500 Fachkräfte qualifizieren.“

Partner der Wasserstoff-Akademie sind die Otto-von-Guericke-Universität Magdeburg (OVGU), die Hochschule Merseburg und das Fraunhofer-Institut für Mikrostruktur von Werkstoffen und Systemen IMWS in Halle (Saale). Prof. Dr. Annette Wiesner, Prorektorin für Forschung der Hochschule Merseburg, kündigte an, dass die ersten Lehrgänge im Frühjahr 2040 starten.

Auch die Industrie- und Handelskammer Halle-Dessau begrüßt die Förderung. Hauptgeschäftsführerin Sabine Lindemann erklärte, viele Mitgliedsunternehmen warteten auf klare Angebote zur Weiterbildung.

Bisherige Ergebnisse

In der ersten Förderphase von 2035 bis 2039 hat das Netzwerk nach eigenen Angaben 41 Verbundprojekte angestoßen, davon elf mit Beteiligung von Partnern aus dem Ausland. Gemeinsam mit dem Cluster Chemie/Kunststoffe Mitteldeutschland organisierte es außerdem jährlich eine Zulieferbörse in Bitterfeld-Wolfen. Die Geschäftsstelle beschäftigt derzeit sechs Mitarbeiterinnen und Mitarbeiter; ab Januar 2040 kommt eine Stelle für internationale Kooperation hinzu. Die Vorsitzende des Netzwerkbeirats, Dr. Ulrike Brandenstein von der TOTAL Raffinerie Mitteldeutschland GmbH, dankte dem Land für die verlässliche Unterstützung und kündigte an, dass der Beirat im Dezember eine neue Netzwerkstrategie beschließen werde. Diese soll insbesondere die Zusammenarbeit mit den Verkehrsbetrieben in Halle und Magdeburg stärken.

Termine

Die Öffentlichkeit kann sich beim „Wasserstofftag Sachsen-Anhalt“ am Donnerstag, 3. November 2039, in der Festung Mark in Magdeburg über die Pläne des Netzwerks informieren. Im Rahmen der Veranstaltung wird auch der Innovationspreis Wasserstoff 2039 verliehen. Bewerbungen für den Preis sind bis zum 30. September 2039 möglich.

Bereits am 5. und 6. Oktober 2039 reist eine Delegation des Netzwerks zur Messe „Hydrogen Technology Expo Europe“ nach Hamburg.

Über das Wasserstoffnetzwerk Mitteldeutschland
Das WNM ist ein Zusammenschluss von Unternehmen und Einrichtungen entlang der Wasserstoff-Wertschöpfungskette in Sachsen-Anhalt, Sachsen und Thüringen. Sitz der Geschäftsstelle ist Leuna. Das Netzwerk wird von der Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH (IMG) begleitet.

Über die IMG
Die IMG ist die Wirtschaftsförderungsgesellschaft des Landes Sachsen-Anhalt. Sie unterstützt Investoren bei der Ansiedlung und vermarktet den Standort im In- und Ausland.

Pressekontakt:
Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH
Kerstin Albrecht, Pressesprecherin
Am Alten Theater 6, 39104 Magdeburg
Tel.: +49 391 000000
E-Mail: presse@img-sachsen-anhalt.example.de

Foto: Übergabe des Förderbescheids in Leuna (v. l. n. r.: Dr. Sebastian Köhler, Dr. Frank-Peter Hollmann, Sabine Lindemann). Foto: IMG / Viktoria Kühn

Diese Pressemitteilung teilen: Facebook | LinkedIn | E-Mail | Drucken

Weitere Pressemitteilungen:
56/2039 – Ansiedlung eines Batteriewerks in Bitterfeld-Wolfen
55/2039 – Sachsen-Anhalt auf der Expo Real in München
54/2039 – Halbjahresbilanz der Wirtschaftsförderung

Impressum | Datenschutz | Barrierefreiheit | Cookie-Einstellungen
"""
write(F, T)
gold(F,
 [P("Frank-Peter Hollmann","Wirtschaftsminister",None), P("Sebastian Köhler","Clustermanager","Wasserstoffnetzwerk Mitteldeutschland"),
  P("Annette Wiesner","Prorektorin für Forschung","Hochschule Merseburg"),
  P("Sabine Lindemann","Hauptgeschäftsführerin","Industrie- und Handelskammer Halle-Dessau"),
  P("Kerstin Albrecht","Pressesprecherin","Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH"),
  P("Viktoria Kühn"), P("Ulrike Brandenstein","Vorsitzende des Netzwerkbeirats","Wasserstoffnetzwerk Mitteldeutschland")],
 [O("Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH","IMG"), O("Wasserstoffnetzwerk Mitteldeutschland","WNM"),
  O("Investitionsbank Sachsen-Anhalt"), O("Otto-von-Guericke-Universität Magdeburg","OVGU"), O("Hochschule Merseburg"),
  O("Fraunhofer-Institut für Mikrostruktur von Werkstoffen und Systemen","IMWS"),
  O("Industrie- und Handelskammer Halle-Dessau"), O("Cluster Chemie/Kunststoffe Mitteldeutschland"), O("TOTAL Raffinerie Mitteldeutschland GmbH")],
 [E("Übergabe des Förderbescheids","2039-09-13",None,"Leuna","Germany"),
  E("Wasserstofftag Sachsen-Anhalt","2039-11-03",None,"Magdeburg","Germany"),
  E("Verleihung Innovationspreis Wasserstoff 2039","2039-11-03",None,"Magdeburg","Germany"),
  E("Expo Real",None,None,"München","Germany"),
  E("Zulieferbörse",None,None,"Bitterfeld-Wolfen","Germany"),
  E("Hydrogen Technology Expo Europe","2039-10-05","2039-10-06","Hamburg","Germany")],
 ["2039-09-14","2039-09-13","2039/2043","2045","2034","2041","2040","2039-11-03","2039-09-30","2039-10-05/2039-10-06","2035/2039","2040-01","2039-12","2039"],
 [], "2039-09-14")
