from h import *
F = 'g10_uckermark_wasserstoff_dialog_bericht.txt'
assert wd(2038,6,2)=='Wednesday' and wd(2038,6,3)=='Thursday' and wd(2038,9,15)=='Wednesday'
T = """Netzwerk Energie & Industrie Uckermark e. V.
Geschäftsstelle Schwedt/Oder

Tagungsbericht

4. Uckermärkischer Wasserstoff-Dialog
2. und 3. Juni 2038, Schwedt/Oder und Prenzlau

Veröffentlicht am 24. Juni 2038 | Autorin: Dr. Friederike von Arnim, Netzwerkmanagerin

Mehr als 180 Teilnehmende aus Unternehmen, Kommunen, Hochschulen und Verwaltung kamen am Mittwoch, 2. Juni, und Donnerstag, 3. Juni 2038 zum vierten Uckermärkischen Wasserstoff-Dialog zusammen. Veranstalter waren das Netzwerk Energie & Industrie Uckermark e. V. (NEIU), die Investor Center Uckermark GmbH und der Landkreis Uckermark. Gastgeber des ersten Tages war die PCK Raffinerie GmbH in Schwedt/Oder, der zweite Tag fand in der Prenzlauer Uckerseehalle statt.

Eröffnung und Grußworte

Landrätin Karina Dörk-Behrendt begrüßte die Gäste und erinnerte daran, dass die Uckermark vor zehn Jahren noch als "Region am Rand" galt. Heute werde hier mehr erneuerbarer Strom erzeugt, als die Region verbrauchen könne. Staatssekretär Dr. Jan Rosenthal vom Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg (MWAE) stellte die Eckpunkte der Landeswasserstoffstrategie 2036–2045 vor.

Die Keynote "Vom Rohöl zum grünen Molekül – Transformation eines Raffineriestandorts" hielt Ralf Kubitzki, Geschäftsführer Technik der PCK Raffinerie GmbH. Er berichtete, dass der erste 120-MW-Elektrolyseur am Standort im Frühjahr 2038 in Betrieb gegangen ist.

Programm (Auszug)

Mittwoch, 2. Juni 2038 – Schwedt/Oder
10:00 Eröffnung, Grußworte
10:45 Keynote Ralf Kubitzki
11:30 Fachforen: Leitungsnetz und Speicher | Fachkräfte | Akzeptanz vor Ort
14:30 Werksführung über das Raffineriegelände (begrenzte Teilnehmerzahl)
19:00 Abendempfang im Nationalparkhaus Unteres Odertal, Criewen

Donnerstag, 3. Juni 2038 – Prenzlau
09:00 Deutsch-polnisches Frühstück mit Vertreterinnen und Vertretern aus Szczecin und Police
10:00 Vortrag "Grenzüberschreitende Wasserstoffnetze an der Oder" – Dr. Marta Zielińska, Westpommersche Technische Universität Stettin
11:00 Abschlussplenum und Verabschiedung der Kernaussagen

Aus den Fachforen

Im Forum "Leitungsnetz und Speicher" ging es vor allem um die Frage, wann die Uckermark an das überregionale Wasserstoff-Kernnetz angeschlossen wird. Vertreter der Netzbetreiber hielten einen Anschluss vor 2040 für möglich, aber nur, wenn die Genehmigungsverfahren deutlich schneller werden. Mehrere Unternehmen aus dem Industriepark Schwedt berichteten, dass sie Investitionsentscheidungen so lange zurückstellen, bis diese Frage geklärt ist.

Im Forum "Fachkräfte" berichtete Prof. Dr. Matthias Grunwald von der Hochschule für nachhaltige Entwicklung Eberswalde (HNEE), dass die Hochschule ab dem Wintersemester 2038/39 einen berufsbegleitenden Zertifikatskurs Wasserstofftechnik anbietet. Sven Kuschel, Ausbildungsleiter bei der ENERTRAG SE in Dauerthal, forderte mehr Praktikumsplätze für Schülerinnen und Schüler aus der Region.

Im Forum "Akzeptanz vor Ort" schilderte Bürgermeisterin Annekathrin Hoppe (Gemeinde Casekow), wie ihre Gemeinde über eine Bürgerstiftung an den Erträgen eines Windparks beteiligt wird.

Kernaussagen des 4. Wasserstoff-Dialogs

Die Teilnehmenden verabschiedeten im Abschlussplenum folgende Kernaussagen:

1. Die Uckermark verfügt über Strom, Flächen und industrielles Know-how – es fehlen vor allem Leitungen und verlässliche Genehmigungsfristen.
2. Ohne Anbindung an das Kernnetz bis spätestens 2040 bleibt die Wasserstoffproduktion in Schwedt ein Inselprojekt.
3. Fachkräftesicherung muss in der Schule beginnen; Betriebe und Hochschulen sollen gemeinsame Praktikumsprogramme anbieten.
4. Die Bürgerinnen und Bürger sollen an der Wertschöpfung beteiligt werden, etwa über Bürgerstiftungen oder vergünstigte Stromtarife.
5. Die Zusammenarbeit mit der Wojewodschaft Westpommern soll in einer festen deutsch-polnischen Arbeitsgruppe verstetigt werden.

Ausblick

Die Kernaussagen werden dem Landkreis und dem Land Brandenburg übergeben. Die deutsch-polnische Arbeitsgruppe trifft sich erstmals am Mittwoch, 15. September 2038, in Gartz (Oder). Der 5. Uckermärkische Wasserstoff-Dialog ist für Juni 2039 in Angermünde geplant.

Bisherige Wasserstoff-Dialoge:
1. Wasserstoff-Dialog – 20. Mai 2035, Prenzlau
2. Wasserstoff-Dialog – 8. Juni 2036, Schwedt/Oder
3. Wasserstoff-Dialog – 9./10. Juni 2037, Templin

Kontakt: Netzwerk Energie & Industrie Uckermark e. V., Lindenallee 25, 16303 Schwedt/Oder, info@neiu.example.de
Fotos: NEIU / Paul Sommerfeld
"""

write(F, T)
N = "Netzwerk Energie & Industrie Uckermark e. V."
gold(F,
 [P("Friederike von Arnim","Netzwerkmanagerin",N),
  P("Karina Dörk-Behrendt","Landrätin","Landkreis Uckermark"),
  P("Jan Rosenthal","Staatssekretär","Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg"),
  P("Ralf Kubitzki","Geschäftsführer Technik","PCK Raffinerie GmbH"),
  P("Marta Zielińska",None,"Westpommersche Technische Universität Stettin"),
  P("Matthias Grunwald",None,"Hochschule für nachhaltige Entwicklung Eberswalde"),
  P("Sven Kuschel","Ausbildungsleiter","ENERTRAG SE"),
  P("Annekathrin Hoppe","Bürgermeisterin","Gemeinde Casekow"),
  P("Paul Sommerfeld",None,None)],
 [O(N,"NEIU"), O("Investor Center Uckermark GmbH"), O("Landkreis Uckermark"), O("PCK Raffinerie GmbH"),
  O("Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg","MWAE"),
  O("Westpommersche Technische Universität Stettin"), O("Hochschule für nachhaltige Entwicklung Eberswalde","HNEE"),
  O("ENERTRAG SE"), O("Gemeinde Casekow"), O("Land Brandenburg"), O("Wojewodschaft Westpommern")],
 [E("4. Uckermärkischer Wasserstoff-Dialog","2038-06-02","2038-06-03","Schwedt/Oder, Prenzlau","Germany"),
  E("Vom Rohöl zum grünen Molekül – Transformation eines Raffineriestandorts","2038-06-02",None,"Schwedt/Oder","Germany"),
  E("Werksführung über das Raffineriegelände","2038-06-02",None,"Schwedt/Oder","Germany"),
  E("Abendempfang","2038-06-02",None,"Criewen","Germany"),
  E("Deutsch-polnisches Frühstück","2038-06-03",None,"Prenzlau","Germany"),
  E("Grenzüberschreitende Wasserstoffnetze an der Oder","2038-06-03",None,"Prenzlau","Germany"),
  E("deutsch-polnische Arbeitsgruppe","2038-09-15",None,"Gartz (Oder)","Germany"),
  E("5. Uckermärkischer Wasserstoff-Dialog","2039-06",None,"Angermünde","Germany"),
  E("1. Wasserstoff-Dialog","2035-05-20",None,"Prenzlau","Germany"),
  E("2. Wasserstoff-Dialog","2036-06-08",None,"Schwedt/Oder","Germany"),
  E("3. Wasserstoff-Dialog","2037-06-09","2037-06-10","Templin","Germany")],
 ["2038-06-02/2038-06-03","2038-06-24","2038-06-02","2038-06-03","2036/2045","2038","2038/2039","2040","2038-09-15","2039-06",
  "2035-05-20","2036-06-08","2037-06-09/2037-06-10"],
 ["Die Uckermark verfügt über Strom, Flächen und industrielles Know-how – es fehlen vor allem Leitungen und verlässliche Genehmigungsfristen",
  "Ohne Anbindung an das Kernnetz bis spätestens 2040 bleibt die Wasserstoffproduktion in Schwedt ein Inselprojekt",
  "Fachkräftesicherung muss in der Schule beginnen; Betriebe und Hochschulen sollen gemeinsame Praktikumsprogramme anbieten",
  "Die Bürgerinnen und Bürger sollen an der Wertschöpfung beteiligt werden, etwa über Bürgerstiftungen oder vergünstigte Stromtarife",
  "Die Zusammenarbeit mit der Wojewodschaft Westpommern soll in einer festen deutsch-polnischen Arbeitsgruppe verstetigt werden"],
 pub="2038-06-24")
