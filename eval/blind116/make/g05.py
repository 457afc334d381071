from h import *
import docx
F = 'g05_rostock_mitgliederversammlung_protokoll.docx'
assert wd(2036,11,20)=='Thursday' and wd(2037,3,19)=='Thursday' and wd(2036,12,10)=='Wednesday'
paras = [
("h","Protokoll der 9. ordentlichen Mitgliederversammlung"),
("p","Maritimes Technologiecluster Mecklenburg-Vorpommern e.V. (MTC-MV)"),
("p","Datum: Donnerstag, 20. November 2036, 13:00 bis 16:40 Uhr · Ort: Warnemünde, Forschungszentrum des Leibniz-Instituts für Ostseeforschung, Seminarraum 1 · Protokoll: Jana Wiechmann-Ohlsen, Referentin Netzwerkmanagement"),
("p","Anwesend: 34 von 58 Mitgliedern (davon 6 per Vollmacht); Gäste: Dr. Karsten Brüning (Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit Mecklenburg-Vorpommern, Referat Innovation und Cluster), Agnieszka Wróblewska (Klaster Morski Pomorza Zachodniego, Szczecin)"),
("h2","TOP 1 – Begrüßung und Feststellung der Beschlussfähigkeit"),
("p","Der Vorstandsvorsitzende Prof. Dr.-Ing. Henning von der Lühe (Universität Rostock, Lehrstuhl für Schiffbau) begrüßt die Mitglieder und stellt fest, dass form- und fristgerecht eingeladen wurde und die Versammlung beschlussfähig ist. Die Tagesordnung wird ohne Änderungen angenommen."),
("h2","TOP 2 – Bericht des Vorstands und der Geschäftsstelle"),
("p","Geschäftsführerin Dr. Birte Kampmann berichtet über das Geschäftsjahr 2035/36. Der Verein hat neun neue Mitglieder gewonnen, darunter die Neptun Werft GmbH und das Start-up SeaSense Robotics UG. Höhepunkte waren der 6. Maritime Innovationstag am 11. Juni 2036 in Rostock mit 280 Teilnehmenden sowie die gemeinsame Delegationsreise mit dem Klaster Morski Pomorza Zachodniego nach Danzig und Gdynia vom 22. bis 24. September 2036."),
("p","Die Geschäftsstelle hat das Silber-Label der European Cluster Excellence Initiative im Juli 2036 erhalten. Für 2037 wird das Gold-Label angestrebt. Frau Kampmann weist darauf hin, dass die Förderung des Clustermanagements durch das Land Ende 2037 ausläuft und der Eigenfinanzierungsanteil von 40 auf 60 Prozent steigen muss."),
("h2","TOP 3 – Jahresabschluss und Entlastung"),
("p","Schatzmeister Ole Rasmussen (Nordic Marine Consult GmbH) erläutert den Jahresabschluss. Die Kassenprüfer, Sabine Kroll und Friedrich Meyer-Tessin, haben die Kasse am 3. November 2036 geprüft und keine Beanstandungen festgestellt. Auf Antrag von Frau Kroll wird dem Vorstand einstimmig Entlastung erteilt (bei Enthaltung der Vorstandsmitglieder)."),
("h2","TOP 4 – Wahlen zum Vorstand"),
("p","Die Amtszeit von zwei Beisitzern endet. Gewählt werden für die Amtszeit 2036–2039:"),
("p","• Beisitzerin: Kerstin Adomeit (Hanse-Hafen Rostock GmbH) – 33 Ja, 1 Enthaltung"),
("p","• Beisitzer: Tobias Krüger (Fraunhofer-Institut für Großstrukturen in der Produktionstechnik IGP) – einstimmig"),
("p","Beide nehmen die Wahl an. Der Vorsitzende dankt dem ausscheidenden Beisitzer Günter Sahlmann für zwölf Jahre Mitarbeit im Vorstand."),
("h2","TOP 5 – Arbeitsprogramm 2037"),
("p","Dr. Kampmann stellt das Arbeitsprogramm vor. Schwerpunkte sind emissionsarme Schiffsantriebe, Offshore-Wind-Logistik und Fachkräfte. Geplant sind unter anderem der 7. Maritime Innovationstag am 19. März 2037 (Donnerstag) in Stralsund und eine Clusterreise zur SMM nach Hamburg im September 2037. Frau Wróblewska schlägt eine gemeinsame deutsch-polnische Fachkräftekampagne vor; der Vorstand wird beauftragt, dies zu prüfen."),
("p","In der Aussprache regt Herr Rasmussen an, kleinere Zulieferer stärker in die Offshore-Wind-Logistik einzubinden, da viele Aufträge bisher an Unternehmen aus Niedersachsen und Dänemark gehen. Frau Adomeit berichtet, dass der Hafen ab 2038 zusätzliche Flächen für die Vormontage von Fundamenten bereitstellen will. Mehrere Mitglieder bitten die Geschäftsstelle, die Termine des Arbeitsprogramms frühzeitig im Mitgliederbereich zu veröffentlichen."),
("h2","TOP 6 – Beschlüsse"),
("p","Die Mitgliederversammlung beschließt:"),
("p","1. Der Mitgliedsbeitrag wird ab 1. Januar 2037 für Unternehmen über 250 Beschäftigte auf 3.600 Euro jährlich angehoben."),
("p","2. Der Vorstand erarbeitet bis zur nächsten Mitgliederversammlung ein Finanzierungskonzept für die Zeit nach 2037."),
("p","3. Der Verein bewirbt sich gemeinsam mit dem Klaster Morski Pomorza Zachodniego um ein Interreg-South-Baltic-Projekt zur Fachkräftesicherung."),
("p","4. Die Arbeitsgruppe „Green Shipping“ wird unter Leitung von Tobias Krüger eingerichtet."),
("h2","TOP 7 – Verschiedenes"),
("p","Herr Dr. Brüning informiert, dass das Wirtschaftsministerium im Frühjahr 2037 einen Aufruf für Clusterprojekte veröffentlichen wird. Die nächste Vorstandssitzung findet am 10. Dezember 2036 (Mittwoch) in der Geschäftsstelle statt. Ende der Versammlung: 16:40 Uhr."),
("p","Rostock, 27. November 2036"),
("p","gez. Prof. Dr.-Ing. Henning von der Lühe, Vorsitzender      gez. Jana Wiechmann-Ohlsen, Protokoll"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
M = "Maritimes Technologiecluster Mecklenburg-Vorpommern e.V."
gold(F,
 [P("Jana Wiechmann-Ohlsen","Referentin Netzwerkmanagement",M),
  P("Karsten Brüning",None,"Referat Innovation und Cluster"),
  P("Agnieszka Wróblewska",None,"Klaster Morski Pomorza Zachodniego"),
  P("Henning von der Lühe","Vorstandsvorsitzende",M),
  P("Birte Kampmann","Geschäftsführerin",M),
  P("Ole Rasmussen","Schatzmeister",M),
  P("Sabine Kroll","Kassenprüfer",M),
  P("Friedrich Meyer-Tessin","Kassenprüfer",M),
  P("Kerstin Adomeit","Beisitzerin",M),
  P("Tobias Krüger","Beisitzer",M),
  P("Günter Sahlmann","Beisitzer",M)],
 [O(M,"MTC-MV"), O("Leibniz-Instituts für Ostseeforschung"),
  O("Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit Mecklenburg-Vorpommern"),
  O("Referat Innovation und Cluster"), O("Klaster Morski Pomorza Zachodniego"), O("Universität Rostock"),
  O("Lehrstuhl für Schiffbau"), O("Neptun Werft GmbH"), O("SeaSense Robotics UG"),
  O("European Cluster Excellence Initiative"), O("Nordic Marine Consult GmbH"), O("Hanse-Hafen Rostock GmbH"),
  O("Fraunhofer-Institut für Großstrukturen in der Produktionstechnik IGP"), O("Arbeitsgruppe „Green Shipping“")],
 [E("9. ordentlichen Mitgliederversammlung","2036-11-20",None,"Warnemünde","Germany"),
  E("6. Maritime Innovationstag","2036-06-11",None,"Rostock","Germany"),
  E("Delegationsreise","2036-09-22","2036-09-24","Danzig, Gdynia","Poland"),
  E("7. Maritime Innovationstag","2037-03-19",None,"Stralsund","Germany"),
  E("Clusterreise zur SMM","2037-09",None,"Hamburg","Germany"),
  E("Vorstandssitzung","2036-12-10",None,None,None)],
 ["2036-11-20","2035/2036","2036-06-11","2036-09-22/2036-09-24","2036-07","2037","2036-11-03","2036/2039","2037-03-19","2037-09","2037-01-01","2036-12-10","2036-11-27","2038"],
 ["Der Mitgliedsbeitrag wird ab 1. Januar 2037 für Unternehmen über 250 Beschäftigte auf 3.600 Euro jährlich angehoben",
  "Der Vorstand erarbeitet bis zur nächsten Mitgliederversammlung ein Finanzierungskonzept für die Zeit nach 2037",
  "Der Verein bewirbt sich gemeinsam mit dem Klaster Morski Pomorza Zachodniego um ein Interreg-South-Baltic-Projekt zur Fachkräftesicherung",
  "Die Arbeitsgruppe „Green Shipping“ wird unter Leitung von Tobias Krüger eingerichtet"],
 pub=None)
