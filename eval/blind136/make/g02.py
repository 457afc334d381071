from h import *
F = 'g02_paderborn_clusterbrief-pdf.txt'
assert wd(2039,5,17)=='Tuesday' and wd(2039,9,22)=='Thursday' and wd(2039,10,14)=='Friday' and wd(2039,11,3)=='Thursday' and wd(2039,11,4)=='Friday' and wd(2039,9,8)=='Thursday'
T = """CLUSTERBRIEF 3/2039          Intelligente Produktion Paderborn e.V.
Ausgabe Herbst · September 2039          Seite 1
Liebe Mitglieder, liebe Partner,
der Sommer war kurz, die Auftrags-
bücher sind voll – und trotzdem
sprechen wir in fast jedem Mitglieds-
unternehmen über denselben Eng-
pass: Fachkräfte. In dieser Ausgabe
berichten wir über unsere Mitglieder-
versammlung, über neue Mitglieder
und über die Veranstaltungen bis
zum Jahresende.
Ihre
Dr. Katharina Freiin von Ketteler
Geschäftsführerin
Neue Mitglieder
Wir begrüßen fünf neue Mitglieder:
- Holtkamp Sensorik GmbH & Co. KG,
Delbrück
- LUMARA Robotics GmbH, Salzkotten
- Westfälische Gießerei Brilon AG
- Hochschule Hamm-Lippstadt
- Stadtwerke Paderborn GmbH
Mit Holtkamp Sensorik ist erstmals
ein Hersteller von Füllstandsen-
soren im Cluster vertreten. Ge-
schäftsführer Benedikt Holtkamp
will vor allem mit den Hochschulen
an der vorausschauenden Wartung
arbeiten.
Rückblick: Mitglieder-
versammlung in Büren
Am Donnerstag, 8. September 2039,
trafen sich 71 Vertreterinnen und
Vertreter der Mitglieder zur
ordentlichen Mitgliederversammlung
im Technologiezentrum Büren. Der
Vorstandsvorsitzende Dr. Matthias
Overbeck (Geschäftsführer der
Kleine-Hüning Antriebstechnik GmbH)
stellte den Jahresbericht vor. Der
Verein zählt nun 148 Mitglieder,
davon 96 kleine und mittlere
Unternehmen.
Die Versammlung wählte den Vor-
stand für die Amtszeit 2039–2042.
Neu im Vorstand sind Prof. Dr.-Ing.
Aylin Özkan-Berger von der
Universität Paderborn und Jörg
Wibbeke, Vorstand der Volksbank
Paderborn-Höxter eG.
Stellvertretende Vorsitzende bleibt Sabine
Rüthers-Pohl (Rüthers
Kunststofftechnik GmbH). Schatzmeister ist
weiterhin Alexander Grabowski.
Beschlüsse der Mitglieder-
versammlung:
1. Der Mitgliedsbeitrag bleibt bis
2041 unverändert.
2. Der Verein gründet eine Arbeitsgruppe
„Fachkräfte und Ausbildung“.
3. Das Clustermanagement bewirbt sich
um das Silber-Label der European
Cluster Excellence Initiative.
CLUSTERBRIEF 3/2039          Intelligente Produktion Paderborn e.V.
Seite 2
Veranstaltungen
22.09.2039, 14:00–18:00 Uhr
Werkstattgespräch „KI in der
Qualitätsprüfung“ bei der Westfäli-
schen Gießerei Brilon AG, Brilon.
Moderation: Thorsten Kaup
Freitag, 14.10.2039
Unternehmensbesuch bei der
CLAAS KGaA mbH in Harsewinkel
mit Führung durch die Mähdrescher-
montage. Abfahrt 7:30 Uhr am
Heinz Nixdorf MuseumsForum.
3.–4. November 2039
9. Zukunftskongress Intelligente
Produktion, Paderborn
Die neunte Ausgabe unseres Kon-
gresses steht unter dem Motto
„Fabrik ohne Fachkräftemangel?“.
Keynote: Staatssekretärin Dr.
Henrike Bollmann, Ministerium für
Wirtschaft, Industrie, Klimaschutz
und Energie des Landes
Nordrhein-Westfalen. Am Abend des 3. Novem-
ber Netzwerkabend im Foyer.
Frühbucherpreis bis 30. September.
Zum Vergleich: Der 8.
Zukunftskongress (November 2038) zog 420 Teil-
nehmende an; der 7. fand 2037 in
Lippstadt statt.
Aus dem Netzwerk
Die Mitgliedsfirma LUMARA Robotics
hat im Juli eine Finanzierungsrunde
abgeschlossen. Hauptinvestor ist
die NRW.BANK. Gründerin Dr. Mei-Lin
Schröder-Tan kündigte an, bis Ende
2040 zwanzig neue Stellen zu
schaffen.
Die OWL GmbH hat Ende August die
Ergebnisse ihrer Fachkräfte-
studie vorgelegt. Demnach fehlen
in Ostwestfalen-Lippe bis 2045
rund 18.000 Fachkräfte in tech-
nischen Berufen.
Besuch aus Tschechien: Eine Dele-
gation des
Moravskoslezský automobilový klastr aus Ostrava war am
Dienstag, 17. Mai 2039, zu Gast bei
Kleine-Hüning Antriebstechnik.
Clustermanagerin Petra Dvořáková und
ihr Team interessierten sich vor
allem für unsere Lernfabrik und für
gemeinsame Anträge im Programm
Interreg. Ein Gegenbesuch in Ostrava
ist für das Frühjahr 2040 geplant.
Personalien
Ralf Niggemeier, seit 2033 Pro-
jektmanager im Clustermanagement,
wechselt zur Wirtschaftsförderung
Kreis Gütersloh. Seine Aufgaben
übernimmt Carla Mertens.
Impressum
Intelligente Produktion Paderborn
e.V., Fürstenallee 11, 33102 Pader-
born · Redaktion: Carla Mertens ·
Vereinsregister Amtsgericht
Paderborn
CLUSTERBRIEF 3/2039          Intelligente Produktion Paderborn e.V.
Seite 3
Gefördert durch das Land Nordrhein-Westfalen und die Europäische Union. Newsletter abbestellen:
info@ip-paderborn.example.de · Wenn Sie diesen Brief nicht mehr erhalten möchten, antworten Sie
einfach mit „Abmelden“.
"""
write(F, T)
C = "Intelligente Produktion Paderborn e.V."
gold(F,
 [P("Katharina Freiin von Ketteler", "Geschäftsführerin", C),
  P("Matthias Overbeck", "Vorstandsvorsitzende", C),
  P("Aylin Özkan-Berger", "Vorstand", C),
  P("Jörg Wibbeke", "Vorstand", "Volksbank Paderborn-Höxter eG"),
  P("Sabine Rüthers-Pohl", "Stellvertretende Vorsitzende", C),
  P("Henrike Bollmann", "Staatssekretärin", "Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen"),
  P("Alexander Grabowski", "Schatzmeister", C),
  P("Benedikt Holtkamp", "Geschäftsführer", "Holtkamp Sensorik"),
  P("Thorsten Kaup", "Moderation", None),
  P("Mei-Lin Schröder-Tan", "Gründerin", "LUMARA Robotics"),
  P("Ralf Niggemeier", None, "Wirtschaftsförderung Kreis Gütersloh"),
  P("Carla Mertens", "Redaktion", C),
  P("Petra Dvořáková", "Clustermanagerin", "Moravskoslezský automobilový klastr")],
 [O(C), O("Kleine-Hüning Antriebstechnik GmbH"), O("Universität Paderborn"), O("Volksbank Paderborn-Höxter eG"), O("Rüthers Kunststofftechnik GmbH"), O("Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen"), O("Land Nordrhein-Westfalen"), O("Holtkamp Sensorik GmbH & Co. KG"),
  O("LUMARA Robotics GmbH"), O("Westfälische Gießerei Brilon AG"), O("Hochschule Hamm-Lippstadt"),
  O("Stadtwerke Paderborn GmbH"),
  O("CLAAS KGaA mbH"), O("NRW.BANK"), O("OWL GmbH"), O("Wirtschaftsförderung Kreis Gütersloh"),
  O("Moravskoslezský automobilový klastr"), O("Amtsgericht Paderborn")],
 [E("Mitgliederversammlung", "2039-09-08", None, "Büren", "Germany"),
  E("Werkstattgespräch „KI in der Qualitätsprüfung“", "2039-09-22", None, "Brilon", "Germany"),
  E("Unternehmensbesuch bei der CLAAS KGaA mbH", "2039-10-14", None, "Harsewinkel", "Germany"),
  E("9. Zukunftskongress Intelligente Produktion", "2039-11-03", "2039-11-04", "Paderborn", "Germany"),
  E("Netzwerkabend", "2039-11-03", None, "Paderborn", "Germany"),
  E("Besuch aus Tschechien", "2039-05-17", None, None, None),
  E("Gegenbesuch", "2040", None, "Ostrava", "Czech Republic"),
  E("8. Zukunftskongress", "2038-11", None, None, None),
  E("Zukunftskongress Intelligente Produktion (2037)", "2037", None, "Lippstadt", "Germany")],
 ["2039-09", "2039-09-08", "2039/2042", "2041", "2039-09-22", "2039-10-14", "2039-11-03/2039-11-04", "2039-11-03",
  "2039-09-30", "2038-11", "2037", "2039-07", "2040", "2039-08", "2045", "2033", "2039-05-17"],
 ["Der Mitgliedsbeitrag bleibt bis 2041 unverändert", "Der Verein gründet eine Arbeitsgruppe „Fachkräfte und Ausbildung“", "Das Clustermanagement bewirbt sich um das Silber-Label der European Cluster Excellence Initiative"],
 pub="2039-09")
