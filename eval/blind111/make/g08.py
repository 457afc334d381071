from h import *
import docx
F = 'g08_lenkungsgruppe_protokoll.docx'
assert wd(2035,11,27)=='Tuesday' and wd(2035,12,12)=='Wednesday' and wd(2036,1,22)=='Tuesday'
paras = [
("h","Clusterinitiative Ostfriesland Maritim e. V."),
("p","Ergebnisprotokoll der 4. Sitzung der Lenkungsgruppe „Nordwest-Clusterkonferenz“"),
("p","Datum: Dienstag, 27. November 2035, 14:00–16:30 Uhr"),
("p","Ort: Hochschule Emden/Leer, Constantiaplatz 4, Emden, Raum T 112, sowie per Videokonferenz"),
("p","Protokoll: Jana Oltmanns (Geschäftsstelle)"),
("p","Verteiler: Mitglieder der Lenkungsgruppe, Vorstand"),
("h2","Teilnehmende"),
("p","Dr. Hauke Janssen (Clusterinitiative Ostfriesland Maritim e. V., Vorsitzender der Lenkungsgruppe); Frauke Ahlers (Niedersächsisches Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung, Referat Innovation und Cluster); Prof. Dr. Tobias Meinders (Hochschule Emden/Leer, Vizepräsident für Forschung); Sönke Wübbena (IHK für Ostfriesland und Papenburg); Marieke de Vries (Noordelijke Ontwikkelings Maatschappij, NOM, Groningen – per Video); Bernd Eilers (Stadt Emden, Wirtschaftsförderung); Jana Oltmanns (Geschäftsstelle)."),
("p","Entschuldigt: Kerstin Hinrichs (Landkreis Leer)."),
("h2","TOP 1 – Rückblick auf die Nordwest-Clusterkonferenz 2035"),
("p","Die Nordwest-Clusterkonferenz fand am 23. und 24. Oktober 2035 in der Nordseehalle Emden statt. Herr Janssen berichtet: 312 Teilnehmende (Vorjahr 254), 41 Referentinnen und Referenten, 18 Ausstellende. Die Keynote von Staatssekretärin Dr. Annegret Löhmann (Niedersächsisches Wirtschaftsministerium) und das Panel zur Offshore-Wind-Lieferkette wurden in der Umfrage am besten bewertet. Das Matchmaking am zweiten Tag mit 96 Gesprächen wurde vom Enterprise Europe Network Niedersachsen organisiert."),
("p","Frau de Vries lobt die grenzüberschreitende Session mit niederländischen Clustern. Kritik gab es an der Raumsituation bei den parallelen Workshops und an der späten Versendung des Programms."),
("p","Herr Wübbena ergänzt, dass mehrere Mitgliedsunternehmen der IHK erstmals an einer Clusterveranstaltung teilgenommen haben und dass drei konkrete Kooperationsanfragen zwischen Zulieferern aus Ostfriesland und niederländischen Werften aus dem Matchmaking entstanden sind. Herr Meinders regt an, Studierende künftig stärker einzubinden, etwa über eine Posterausstellung zu Abschlussarbeiten aus dem maritimen Bereich. Die Lenkungsgruppe nimmt den Bericht zur Kenntnis und dankt der Geschäftsstelle für die Organisation."),
("h2","TOP 2 – Auswertung der Teilnehmerbefragung"),
("p","Frau Oltmanns stellt die Ergebnisse vor (Rücklauf 38 %). 87 % der Befragten wollen wieder teilnehmen; gewünscht werden mehr Zeit für Networking, weniger Vorträge und eine englischsprachige Session. Die Präsentation wird dem Protokoll beigefügt."),
("h2","TOP 3 – Schlussfolgerungen für die Clusterpolitik"),
("p","Die Lenkungsgruppe verständigt sich auf ein Positionspapier an das Land Niedersachsen und die Europäische Kommission. Frau Ahlers sagt zu, es in die Überarbeitung der Regionalen Innovationsstrategie 2036–2041 einzubringen. Als Kernpunkte werden festgehalten: längerfristige Finanzierung des Clustermanagements, bessere Einbindung kleiner Zulieferer in die Offshore-Wind-Projekte und eine engere Zusammenarbeit mit den Clustern in der Provinz Groningen. Frau de Vries bietet an, eine gemeinsame Stellungnahme mit der NOM zu prüfen, die auch an die Europäische Kommission gehen könnte."),
("h2","TOP 4 – Konferenz 2036"),
("p","Termin und Ort werden diskutiert. Herr Eilers bietet erneut die Nordseehalle an; alternativ schlägt Herr Wübbena das Kongresszentrum in Leer vor. Vorläufiger Termin: 22. und 23. Oktober 2036."),
("h2","Beschlüsse"),
("b","Die Nordwest-Clusterkonferenz wird 2036 erneut in Emden ausgerichtet"),
("b","Das Programm 2036 erhält eine englischsprachige Session mit Partnern aus den Niederlanden"),
("b","Das Positionspapier zur Clusterpolitik wird bis zum 31. Januar 2036 an das Land übermittelt"),
("b","Der Teilnahmebeitrag bleibt für Mitgliedsunternehmen bei 95 Euro"),
("h2","Aufgaben (Action Points)"),
("t",[["Nr.","Aufgabe","Verantwortlich","Frist"],
 ["1","Entwurf Positionspapier","H. Janssen / J. Oltmanns","12.12.2035"],
 ["2","Raumoptionen Nordseehalle und Leer prüfen","B. Eilers","15.01.2036"],
 ["3","Niederländische Referenten ansprechen","M. de Vries","31.01.2036"],
 ["4","Fördermöglichkeiten beim Land klären","F. Ahlers","31.01.2036"],
 ["5","Save-the-Date versenden","J. Oltmanns","28.02.2036"]]),
("h2","TOP 5 – Verschiedenes"),
("p","Herr Meinders weist auf den Tag der offenen Tür der Hochschule am 7. März 2036 hin. Die nächste Sitzung der Lenkungsgruppe findet am Dienstag, 22. Januar 2036, 14:00 Uhr, per Videokonferenz statt."),
("p","Emden, 29. November 2035"),
("p","gez. Dr. Hauke Janssen, Vorsitzender          gez. Jana Oltmanns, Protokoll"),
("p","Clusterinitiative Ostfriesland Maritim e. V. · Geschäftsstelle · Am Delft 22 · 26721 Emden · www.oma-cluster.example"),
]
d = docx.Document()
for k,v in paras:
    if k=="h": d.add_heading(v,0)
    elif k=="h2": d.add_heading(v,2)
    elif k=="b": d.add_paragraph(v, style='List Bullet')
    elif k=="t":
        t=d.add_table(rows=len(v),cols=len(v[0]))
        for i,r in enumerate(v):
            for j,c in enumerate(r): t.cell(i,j).text=c
    else: d.add_paragraph(v)
d.save(path(F))
gold(F,
 [P("Jana Oltmanns",None,"Geschäftsstelle"),
  P("Hauke Janssen","Vorsitzender der Lenkungsgruppe","Clusterinitiative Ostfriesland Maritim e. V."),
  P("Frauke Ahlers",None,"Niedersächsisches Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung, Referat Innovation und Cluster"),
  P("Tobias Meinders","Vizepräsident für Forschung","Hochschule Emden/Leer"),
  P("Sönke Wübbena",None,"IHK für Ostfriesland und Papenburg"),
  P("Marieke de Vries",None,"Noordelijke Ontwikkelings Maatschappij"),
  P("Bernd Eilers",None,"Stadt Emden, Wirtschaftsförderung"),
  P("Kerstin Hinrichs",None,"Landkreis Leer"),
  P("Annegret Löhmann","Staatssekretärin","Niedersächsisches Wirtschaftsministerium")],
 [O("Clusterinitiative Ostfriesland Maritim e. V."), O("Hochschule Emden/Leer"),
  O("Niedersächsisches Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung, Referat Innovation und Cluster"),
  O("Niedersächsisches Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung"),
  O("IHK für Ostfriesland und Papenburg"), O("Noordelijke Ontwikkelings Maatschappij","NOM"),
  O("Stadt Emden, Wirtschaftsförderung"), O("Stadt Emden"), O("Landkreis Leer"),
  O("Niedersächsisches Wirtschaftsministerium"), O("Enterprise Europe Network Niedersachsen"),
  O("Land Niedersachsen"), O("Europäische Kommission")],
 [E("4. Sitzung der Lenkungsgruppe „Nordwest-Clusterkonferenz“","2035-11-27",None,"Emden","Germany"),
  E("Nordwest-Clusterkonferenz 2035","2035-10-23","2035-10-24","Emden","Germany"),
  E("Matchmaking","2035-10-24",None,"Emden","Germany"),
  E("Nordwest-Clusterkonferenz (2036)","2036-10-22","2036-10-23","Emden","Germany"),
  E("Tag der offenen Tür","2036-03-07",None,None,None),
  E("nächste Sitzung der Lenkungsgruppe","2036-01-22",None,None,None)],
 ["2035-11-27","2035-10-23/2035-10-24","2036/2041","2036-10-22/2036-10-23","2036","2036-01-31","2035-12-12","2036-01-15","2036-02-28","2036-03-07","2036-01-22","2035-11-29"],
 ["Die Nordwest-Clusterkonferenz wird 2036 erneut in Emden ausgerichtet",
  "Das Programm 2036 erhält eine englischsprachige Session mit Partnern aus den Niederlanden",
  "Das Positionspapier zur Clusterpolitik wird bis zum 31. Januar 2036 an das Land übermittelt",
  "Der Teilnahmebeitrag bleibt für Mitgliedsunternehmen bei 95 Euro"],
 pub="2035-11-29")
