from h import *
F = 'g02_coburg_interreg_kickoff.txt'
assert wd(2036,3,12)=='Wednesday' and wd(2036,3,13)=='Thursday'
T = """Zukunftsregion Coburg – Wirtschaftsförderung | Presse | Projekte | Kontakt | Suche
Startseite > Presse > Pressemitteilungen 2036

PRESSEMITTEILUNG Nr. 09/2036
Coburg, 16. März 2036

Startschuss für TEXLOOP: Partner aus sechs Ländern treffen sich in Coburg

Mit einem zweitägigen Auftakttreffen hat am 12. und 13. März 2036 das Interreg-Central-Europe-Projekt TEXLOOP begonnen. Gastgeber war die Wirtschaftsförderungsgesellschaft Zukunftsregion Coburg mbH (WZC), die das Projekt als Lead Partner koordiniert. Rund 35 Vertreterinnen und Vertreter der zwölf Projektpartner aus Deutschland, Tschechien, Polen, Österreich, Slowenien und Italien kamen in der Hochschule Coburg zusammen.

TEXLOOP will in den kommenden drei Jahren zeigen, wie technische Textilien und Polstermaterialien aus der Möbel- und Automobilzulieferindustrie wiederverwertet werden können. Das Projekt läuft vom 1. Februar 2036 bis zum 31. Januar 2039 und hat ein Budget von 2,4 Millionen Euro, davon 80 Prozent aus dem Europäischen Fonds für regionale Entwicklung.

„Die Region lebt seit über hundert Jahren von Polstermöbeln und Textilien. Jetzt geht es darum, dass die Reste nicht mehr auf der Deponie landen“, sagte Landrat Sebastian Straubel-Ochs bei der Eröffnung. Projektleiterin Dr. Miriam Kestler (WZC) stellte die Arbeitspakete und den Zeitplan vor.

Die Projektpartner im Überblick:
- Wirtschaftsförderungsgesellschaft Zukunftsregion Coburg mbH (Lead Partner)
- Hochschule Coburg, Institut für Sensor- und Aktortechnik
- Thüringer Textil- und Kunststoffcluster e.V. (TTKC), Gera
- Stadtwerke Suhl/Zella-Mehlis GmbH
- CLUTEX – klastr technické textilie, z.s., Liberec
- Łódzka Specjalna Strefa Ekonomiczna S.A.
- Business Upper Austria – OÖ Wirtschaftsagentur GmbH, Linz
- Pomurski tehnološki park, Murska Sobota
- Città Studi Biella
sowie drei assoziierte Partner, darunter die IHK zu Coburg.

Programm des Auftakttreffens

Mittwoch, 12. März 2036
09:30  Begrüßung durch Landrat Sebastian Straubel-Ochs und Prof. Dr. Felix von Arnim, Präsident der Hochschule Coburg
10:00  Vorstellung der Partner (je fünf Minuten)
11:30  Hinweise des Gemeinsamen Sekretariats zu Berichtswesen und Kommunikation – Zuzana Horváthová, Projektbetreuerin
12:30  Mittagessen
14:00  Arbeitspaket 1: Bestandsaufnahme der Textilreste in den Partnerregionen
16:00  Sitzung des Lenkungsausschusses (nur Partnervertreter)
19:00  Abendessen im Restaurant Münchner Hofbräu, Coburg

Donnerstag, 13. März 2036
09:00  Betriebsbesichtigung bei der Polstermöbelfabrik Himmelsberger & Söhne GmbH in Neustadt bei Coburg
11:30  Workshop „Sortieren und Recyceln“ mit Dr. Jan Nowotny (CLUTEX)
13:00  Abschluss und Ausblick

Vorstandsvorsitzender des TTKC, Rainer Blechschmidt, betonte, dass auch die Thüringer Seite des ehemaligen Grenzraums profitieren werde: „Zwischen Coburg, Suhl und Gera gibt es Dutzende Betriebe, die dieselben Fragen haben.“

Ergebnisse des Auftakttreffens:
- Der Lenkungsausschuss hat die Geschäftsordnung einstimmig angenommen
- Jede Partnerregion benennt bis Ende April 2036 eine regionale Stakeholdergruppe
- Das erste Pilotvorhaben zum Recycling von Schaumstoffen startet im Herbst 2036 in Coburg

Das nächste Partnertreffen findet vom 23. bis 24. September 2036 in Liberec statt, Gastgeber ist CLUTEX. Eine öffentliche Abschlusskonferenz ist für Januar 2039 in Coburg geplant.

Hintergrund: Interreg Central Europe fördert die Zusammenarbeit von Regionen in neun Ländern Mitteleuropas. TEXLOOP wurde in der zweiten Ausschreibung des Programms ausgewählt. Die Idee entstand bereits im Herbst 2034 bei einem Workshop der IHK zu Coburg, an dem Polstermöbelhersteller aus Oberfranken und Südthüringen teilnahmen. Damals stellten die Betriebe fest, dass allein in der Region jährlich mehrere tausend Tonnen Textil- und Schaumstoffreste anfallen, für die es kaum Abnehmer gibt. Die WZC hat daraufhin gemeinsam mit der Hochschule Coburg die Partnersuche über die European Cluster Collaboration Platform gestartet.

Pressekontakt:
Hannah Seidenfaden, Öffentlichkeitsarbeit
Wirtschaftsförderungsgesellschaft Zukunftsregion Coburg mbH
Lauterer Straße 60, 96450 Coburg
Tel. 09561 000 000 · presse@wzc.example.de

Foto: Die Projektpartner vor der Hochschule Coburg (Foto: WZC/Lukas Dörfler)

Impressum | Datenschutz | Barrierefreiheit | Cookie-Einstellungen
"""
assert wd(2036,9,23)=='Tuesday'
write(F, T)
W = "Wirtschaftsförderungsgesellschaft Zukunftsregion Coburg mbH"
gold(F,
 [P("Sebastian Straubel-Ochs","Landrat",None),
  P("Miriam Kestler","Projektleiterin",W),
  P("Felix von Arnim","Präsident","Hochschule Coburg"),
  P("Zuzana Horváthová","Projektbetreuerin","Gemeinsamen Sekretariats"),
  P("Jan Nowotny",None,"CLUTEX"),
  P("Rainer Blechschmidt","Vorstandsvorsitzender","TTKC"),
  P("Hannah Seidenfaden","Öffentlichkeitsarbeit",W),
  P("Lukas Dörfler",None,None)],
 [O(W,"WZC"), O("Hochschule Coburg"), O("Institut für Sensor- und Aktortechnik"),
  O("Thüringer Textil- und Kunststoffcluster e.V.","TTKC"), O("Stadtwerke Suhl/Zella-Mehlis GmbH"),
  O("CLUTEX – klastr technické textilie, z.s.","CLUTEX"), O("Łódzka Specjalna Strefa Ekonomiczna S.A."),
  O("Business Upper Austria – OÖ Wirtschaftsagentur GmbH"), O("Pomurski tehnološki park"), O("Città Studi Biella"),
  O("IHK zu Coburg"), O("European Cluster Collaboration Platform"), O("Gemeinsamen Sekretariats"), O("Himmelsberger & Söhne GmbH")],
 [E("Auftakttreffen","2036-03-12","2036-03-13","Coburg","Germany"),
  E("Sitzung des Lenkungsausschusses","2036-03-12",None,"Coburg","Germany"),
  E("Abendessen","2036-03-12",None,"Coburg","Germany"),
  E("Betriebsbesichtigung bei der Polstermöbelfabrik Himmelsberger & Söhne GmbH","2036-03-13",None,"Neustadt bei Coburg","Germany"),
  E("Workshop „Sortieren und Recyceln“","2036-03-13",None,"Coburg","Germany"),
  E("Workshop der IHK zu Coburg","2034",None,None,None),
  E("Partnertreffen","2036-09-23","2036-09-24","Liberec","Czech Republic"),
  E("Abschlusskonferenz","2039-01",None,"Coburg","Germany")],
 ["2036-03-16","2036-03-12/2036-03-13","2036-02-01/2039-01-31","2036-03-12","2036-03-13","2036-04","2036",
  "2036-09-23/2036-09-24","2039-01","2034"],
 ["Der Lenkungsausschuss hat die Geschäftsordnung einstimmig angenommen",
  "Jede Partnerregion benennt bis Ende April 2036 eine regionale Stakeholdergruppe",
  "Das erste Pilotvorhaben zum Recycling von Schaumstoffen startet im Herbst 2036 in Coburg"],
 pub="2036-03-16")
