from h import *
F = 'g01_ulm_mitgliederversammlung.txt'
assert wd(2037,6,18)=='Thursday' and wd(2037,6,19)=='Friday' and wd(2037,5,29)=='Friday'
T = """Cluster Nutzfahrzeuge Donau-Iller e.V. | Mitgliederbereich
Startseite > Aktuelles > Termine > 12. Mitgliederversammlung
Drucken | Als PDF speichern | Teilen

Einladung zur 12. ordentlichen Mitgliederversammlung und zum Clustertag Donau-Iller 2037

Ulm, 29.05.2037

Sehr geehrte Mitglieder, liebe Partnerinnen und Partner,

hiermit laden wir Sie gemäß § 9 der Satzung herzlich zur 12. ordentlichen Mitgliederversammlung des Cluster Nutzfahrzeuge Donau-Iller e.V. (CNDI) ein. Sie findet am Donnerstag, dem 18. Juni 2037, im Stadthaus Ulm statt. Am Folgetag, Freitag, 19. Juni 2037, schließt sich der Clustertag Donau-Iller 2037 mit Fachvorträgen, Firmenbesuchen und Kooperationsgesprächen an. Die Teilnahme an beiden Tagen ist für Mitglieder kostenfrei; Gäste zahlen für den Clustertag 95 Euro zzgl. MwSt.

Tagesordnung der Mitgliederversammlung (Donnerstag, 18. Juni 2037)

14:00  Begrüßung durch den Vorstandsvorsitzenden Dr. Matthias Oberländer (Kässbohrer Fahrzeugwerke GmbH)
14:15  Bericht des Vorstands und der Geschäftsstelle über das Jahr 2036
       – Clustermanagerin Ayşe Demirtaş-Kühn
14:45  Bericht der Kassenprüfer Herbert Lanz und Sabine Wöhrle
15:00  Entlastung des Vorstands
15:15  Wahl von zwei Vorstandsmitgliedern (Amtszeit 2037–2040)
15:45  Kaffeepause
16:15  Beschluss über den Wirtschaftsplan 2038 und die Anpassung der Mitgliedsbeiträge
16:45  Aufnahme neuer Mitglieder: Technische Hochschule Ulm, Brennstoffzellenwerk Senden GmbH, Spedition Hörmann & Söhne KG
17:15  Verschiedenes
18:30  Sommerfest der Mitglieder im Garten der Villa Eychmüller (mit Grillbuffet)

Kandidatinnen und Kandidaten für den Vorstand

Für die beiden freiwerdenden Sitze kandidieren:
– Prof. Dr.-Ing. Lena van der Meulen, Leiterin des Instituts für Fahrzeugsystemtechnik der Technischen Hochschule Ulm
– Konstantin Papadakis, Geschäftsführer der Brennstoffzellenwerk Senden GmbH
– Ulrike Graf von Bothmer, Leiterin Einkauf der EvoBus Neu-Ulm GmbH (Wiederwahl)

Der bisherige stellvertretende Vorsitzende Günther Haas scheidet nach zwei Amtszeiten auf eigenen Wunsch aus. Der Vorstand dankt ihm für seinen Einsatz seit der Gründung des Clusters im Jahr 2025.

Programm Clustertag Donau-Iller 2037 (Freitag, 19. Juni 2037)

08:30  Registrierung und Frühstück
09:15  Eröffnung durch Oberbürgermeisterin Katharina Stadelmaier, Stadt Ulm
09:30  Keynote: „Wasserstoff im Verteilerverkehr – wo stehen wir 2037?"
       Dr. Pavel Novotný, Geschäftsführer der H2-Logistik Allianz Bayern-Schwaben
10:15  Impulse aus den Arbeitskreisen Antrieb, Aufbau und Digitalisierung
11:00  Podiumsdiskussion „Fachkräfte für die Transformation"
       mit Vertreterinnen und Vertretern der IHK Ulm, der Agentur für Arbeit Ulm und der IG Metall Ulm
12:15  Mittagessen
13:30  Firmenbesuche (Gruppen A und B):
       A – Werksbesichtigung bei der EvoBus Neu-Ulm GmbH
       B – Besuch des Wasserstoff-Testzentrums der Brennstoffzellenwerk Senden GmbH
15:30  B2B-Kooperationsgespräche in Zusammenarbeit mit dem Enterprise Europe Network Baden-Württemberg
17:00  Ende der Veranstaltung

Anmeldung bis spätestens Freitag, 12. Juni 2037, über den Mitgliederbereich oder per E-Mail an veranstaltungen@cndi.example.de. Bitte geben Sie an, an welchem Firmenbesuch Sie teilnehmen möchten; die Plätze sind auf jeweils 25 Personen begrenzt.

Anreise und Hinweise: Das Stadthaus liegt direkt am Münsterplatz und ist vom Hauptbahnhof Ulm in zehn Gehminuten erreichbar. Für die Firmenbesuche am Nachmittag stehen Busse bereit, die um 13:30 Uhr am Eingang abfahren und gegen 17:00 Uhr zurückkehren. Während der Veranstaltung werden Fotos für die Öffentlichkeitsarbeit des Clusters angefertigt; wer nicht fotografiert werden möchte, erhält bei der Registrierung ein rotes Namensschild.

Vollmachten: Mitglieder, die nicht persönlich teilnehmen können, dürfen sich durch ein anderes Mitglied vertreten lassen. Das Vollmachtsformular finden Sie im Anhang.

Rückblick: die bisherigen Clustertage
– Clustertag 2034 in Neu-Ulm: „Elektrische Busse im ländlichen Raum", 140 Teilnehmende
– Clustertag 2035 in Memmingen: „Daten als Rohstoff der Logistik", 165 Teilnehmende
– Clustertag 2036 in Biberach an der Riß: „Kreislaufwirtschaft im Fahrzeugbau", 188 Teilnehmende

Mit freundlichen Grüßen

Dr. Matthias Oberländer                 Ayşe Demirtaş-Kühn
Vorstandsvorsitzender                   Clustermanagerin

Cluster Nutzfahrzeuge Donau-Iller e.V. · Geschäftsstelle · Olgastraße 12 · 89073 Ulm
Vereinsregister Amtsgericht Ulm VR 72 1158 · Gefördert vom Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg
Impressum | Datenschutz | Cookie-Einstellungen | Newsletter abbestellen
"""
assert wd(2037,6,12)=='Friday'
write(F, T)
C="Cluster Nutzfahrzeuge Donau-Iller e.V."
gold(F,
 [P("Matthias Oberländer","Vorstandsvorsitzender",C),
  P("Ayşe Demirtaş-Kühn","Clustermanagerin",C),
  P("Herbert Lanz","Kassenprüfer",C), P("Sabine Wöhrle","Kassenprüfer",C),
  P("Lena van der Meulen","Leiterin des Instituts für Fahrzeugsystemtechnik","Technische Hochschule Ulm"),
  P("Konstantin Papadakis","Geschäftsführer","Brennstoffzellenwerk Senden GmbH"),
  P("Ulrike Graf von Bothmer","Leiterin Einkauf","EvoBus Neu-Ulm GmbH"),
  P("Günther Haas","stellvertretende Vorsitzende",C),
  P("Katharina Stadelmaier","Oberbürgermeisterin","Stadt Ulm"),
  P("Pavel Novotný","Geschäftsführer","H2-Logistik Allianz Bayern-Schwaben")],
 [O(C,"CNDI"), O("Kässbohrer Fahrzeugwerke GmbH"), O("Technische Hochschule Ulm"), O("Brennstoffzellenwerk Senden GmbH"),
  O("Spedition Hörmann & Söhne KG"), O("EvoBus Neu-Ulm GmbH"), O("Stadt Ulm"), O("H2-Logistik Allianz Bayern-Schwaben"),
  O("IHK Ulm"), O("Agentur für Arbeit Ulm"), O("IG Metall Ulm"), O("Enterprise Europe Network Baden-Württemberg"),
  O("Amtsgericht Ulm"), O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg")],
 [E("12. ordentlichen Mitgliederversammlung","2037-06-18",None,"Ulm","Germany"),
  E("Sommerfest der Mitglieder","2037-06-18",None,"Ulm","Germany"),
  E("Clustertag Donau-Iller 2037","2037-06-19",None,"Ulm","Germany"),
  E("Werksbesichtigung bei der EvoBus Neu-Ulm GmbH","2037-06-19",None,"Neu-Ulm","Germany"),
  E("Besuch des Wasserstoff-Testzentrums der Brennstoffzellenwerk Senden GmbH","2037-06-19",None,"Senden","Germany"),
  E("B2B-Kooperationsgespräche","2037-06-19",None,"Ulm","Germany"),
  E("Clustertag 2034","2034",None,"Neu-Ulm","Germany"),
  E("Clustertag 2035","2035",None,"Memmingen","Germany"),
  E("Clustertag 2036","2036",None,"Biberach an der Riß","Germany")],
 ["2037-05-29","2037-06-18","2037-06-19","2036","2037/2040","2037","2037-06-12","2025"],
 [], pub="2037-05-29")
