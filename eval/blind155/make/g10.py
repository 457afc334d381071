from h import *
F = 'g10_goslar_mitgliederversammlung_protokoll.txt'
assert wd(2035,3,27)=='Tuesday'
assert wd(2035,6,5)=='Tuesday' and wd(2035,9,20)=='Thursday' and wd(2035,4,3)=='Tuesday'
T = """Werkstoffcluster Harz e. V.
Geschäftsstelle: Rammelsberger Straße 86, 38640 Goslar

ERGEBNISPROTOKOLL
der ordentlichen Mitgliederversammlung 2035

Datum:        Dienstag, 27. März 2035, 14:00–17:45 Uhr
Ort:          Weltkulturerbe Rammelsberg, Besucherzentrum, Goslar
Versammlungsleitung: Dr.-Ing. Henrike von der Heyde, Vorstandsvorsitzende
Protokoll:    Malte Brüggemann, Clustermanager
Anwesend:     41 von 67 stimmberechtigten Mitgliedern (Anwesenheitsliste in Anlage 1), 6 Gäste

TOP 1  Begrüßung und Feststellung der Beschlussfähigkeit
Die Vorsitzende begrüßt die Anwesenden, besonders Oberbürgermeisterin Katrin Wendt-Salewski (Stadt Goslar) und Herrn Prof. Dr. Ulrich Tiedemann, Präsident der Technischen Universität Clausthal. Die Einladung erfolgte form- und fristgerecht am 3. März 2035. Die Versammlung ist beschlussfähig. Die Tagesordnung wird ohne Änderungen angenommen.

TOP 2  Bericht des Vorstands und der Geschäftsstelle
Herr Brüggemann berichtet über das Jahr 2034: sieben neue Mitglieder, zwei Austritte, drei abgeschlossene Verbundprojekte zum Recycling von Batteriemetallen. Die Studie „Kreislaufwirtschaft für Nichteisenmetalle im Harz", erstellt vom CUTEC Clausthaler Umwelttechnik Forschungszentrum, wurde im November 2034 veröffentlicht. Die wichtigsten Ergebnisse:
- Der Harz verfügt über eine in Deutschland seltene Kette von der Aufbereitung bis zur Legierung.
- Es fehlen Fachkräfte, vor allem Verfahrensmechanikerinnen und -mechaniker.
- Die Genehmigungsverfahren für Recyclinganlagen dauern im Mittel 26 Monate.
In der Aussprache fragt Herr Brandes, ob der Cluster die Ergebnisse der Studie auch gegenüber dem Land vertreten werde. Die Vorsitzende bestätigt, dass ein Gespräch im Wirtschaftsministerium geplant ist. Mehrere Mitglieder regen an, die Zusammenarbeit mit den Berufsschulen im Landkreis zu verstärken, da viele Betriebe ihre Ausbildungsplätze nicht mehr besetzen können. Herr Prof. Tiedemann bietet an, dass die Universität gemeinsam mit dem Cluster ein Praktikumsprogramm für Studierende der Verfahrenstechnik aufbaut.

TOP 3  Jahresabschluss 2034 und Bericht der Kassenprüfer
Schatzmeister Jörg Pahlke legt den Jahresabschluss vor. Die Kassenprüfer, Frau Sabine Ohlendorf und Herr Kemal Aydın, haben die Kasse am 12. Februar 2035 geprüft und keine Beanstandungen festgestellt.

TOP 4  Entlastung des Vorstands
Der Vorstand wird bei eigener Enthaltung einstimmig entlastet.

TOP 5  Wahlen zum Vorstand
Gewählt werden für die Amtszeit 2035–2038:
- Vorsitzende: Dr.-Ing. Henrike von der Heyde (Harz Metall Recycling GmbH), wiedergewählt
- Stellvertretender Vorsitzender: Florian Kasulke (Sparkasse Goslar/Harz)
- Schatzmeister: Jörg Pahlke (Pahlke Gießerei GmbH & Co. KG)
- Beisitzerinnen und Beisitzer: Prof. Dr. Mirjam Sauerwald (TU Clausthal), Ole Brandes (Brandes Präzisionsguss GmbH)
Alle Gewählten nehmen die Wahl an.

TOP 6  Haushalt 2035 und Mitgliedsbeiträge
Der Haushaltsplan 2035 wird mit 38 Ja-Stimmen und 3 Enthaltungen angenommen. Der Schatzmeister erläutert, dass die Geschäftsstelle weiterhin zu rund einem Drittel aus Fördermitteln finanziert wird. Ziel ist, diesen Anteil in den kommenden Jahren zu verringern und die Einnahmen aus Mitgliedsbeiträgen und Dienstleistungen für Mitglieder zu erhöhen. Die Versammlung nimmt dies zustimmend zur Kenntnis.

TOP 7  Beschlüsse
Die Mitgliederversammlung beschließt:
1. Der Mitgliedsbeitrag für Unternehmen mit bis zu 50 Beschäftigten wird ab 2036 auf 600 Euro jährlich gesenkt.
2. Der Verein beantragt gemeinsam mit der TU Clausthal die Aufnahme in die Plattform „Strategische Rohstoffe Niedersachsen".
3. Es wird eine Arbeitsgruppe „Fachkräfte" unter Leitung von Ole Brandes eingerichtet.
4. Die Geschäftsstelle bereitet eine Delegationsreise zum Kupfercluster in Lubin (Polen) vor.

TOP 8  Verschiedenes
Frau Wendt-Salewski lädt zum Harzer Wirtschaftstag am Dienstag, 5. Juni 2035, in die Kaiserpfalz Goslar ein. Das 10. Clausthaler Recyclingkolloquium findet am 20. September 2035 (Donnerstag) in Clausthal-Zellerfeld statt; der Cluster ist Mitveranstalter. Die nächste Vorstandssitzung ist für den 3. April 2035 angesetzt.

Ende der Versammlung: 17:45 Uhr.

Goslar, 29. März 2035

gez. Dr.-Ing. Henrike von der Heyde          gez. Malte Brüggemann
Vorsitzende                                  Protokollführer

Anlagen: 1 Anwesenheitsliste, 2 Präsentation Geschäftsstelle, 3 Jahresabschluss 2034
"""
write(F, T)
W = "Werkstoffcluster Harz e. V."
gold(F,
 [P("Henrike von der Heyde","Vorsitzende",W),
  P("Malte Brüggemann","Clustermanager",W),
  P("Katrin Wendt-Salewski","Oberbürgermeisterin","Stadt Goslar"),
  P("Ulrich Tiedemann","Präsident","Technischen Universität Clausthal"),
  P("Jörg Pahlke","Schatzmeister",W),
  P("Sabine Ohlendorf","Kassenprüfer",W),
  P("Kemal Aydın","Kassenprüfer",W),
  P("Florian Kasulke","Stellvertretender Vorsitzender",W),
  P("Mirjam Sauerwald","Beisitzerin",W),
  P("Ole Brandes","Beisitzer",W)],
 [O(W), O("Stadt Goslar"), O("Technischen Universität Clausthal","TU Clausthal"),
  O("CUTEC Clausthaler Umwelttechnik Forschungszentrum"), O("Harz Metall Recycling GmbH"), O("Sparkasse Goslar/Harz"),
  O("Pahlke Gießerei GmbH & Co. KG"), O("Brandes Präzisionsguss GmbH"), O("Strategische Rohstoffe Niedersachsen")],
 [E("ordentliche Mitgliederversammlung 2035","2035-03-27",None,"Goslar","Germany"),
  E("Harzer Wirtschaftstag","2035-06-05",None,"Goslar","Germany"),
  E("10. Clausthaler Recyclingkolloquium","2035-09-20",None,"Clausthal-Zellerfeld","Germany"),
  E("Vorstandssitzung","2035-04-03",None,None,None)],
 ["2035-03-27","2035-03-03","2034","2034-11","2035-02-12","2035/2038","2036","2035-06-05","2035-09-20","2035-04-03","2035-03-29"],
 ["Der Harz verfügt über eine in Deutschland seltene Kette von der Aufbereitung bis zur Legierung",
  "Es fehlen Fachkräfte, vor allem Verfahrensmechanikerinnen und -mechaniker",
  "Die Genehmigungsverfahren für Recyclinganlagen dauern im Mittel 26 Monate",
  "Der Mitgliedsbeitrag für Unternehmen mit bis zu 50 Beschäftigten wird ab 2036 auf 600 Euro jährlich gesenkt",
  "Der Verein beantragt gemeinsam mit der TU Clausthal die Aufnahme in die Plattform „Strategische Rohstoffe Niedersachsen\"",
  "Es wird eine Arbeitsgruppe „Fachkräfte\" unter Leitung von Ole Brandes eingerichtet",
  "Die Geschäftsstelle bereitet eine Delegationsreise zum Kupfercluster in Lubin (Polen) vor"],
 pub="2035-03-29")
