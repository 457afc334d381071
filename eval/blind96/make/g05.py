from h import *
import docx
F = 'g05_saar_automotive_jahresbericht_de.docx'
assert wd(2040,3,19)=='Monday' and wd(2039,6,21)=='Tuesday' and wd(2039,11,8)=='Tuesday'
paras = [
("h","Jahresbericht 2039"),
("p","Saar Mobility Cluster e.V. – Netzwerk für Fahrzeugbau, Antriebe und Zulieferer im Saarland"),
("p","Saarbrücken, den 19. März 2040 · vorgelegt vom Vorstand zur Mitgliederversammlung"),
("h2","1. Vorwort des Vorstandsvorsitzenden"),
("p","Liebe Mitglieder, liebe Partnerinnen und Partner, das Jahr 2039 war für die Zulieferindustrie an der Saar ein Jahr der Umstellung. Zwei große Werke haben die Produktion von Verbrennungsmotoren beendet, gleichzeitig sind im Cluster 23 neue Projekte für Elektro- und Wasserstoffantriebe entstanden. Ich danke allen, die sich in den Arbeitskreisen engagiert haben. – Dr. Rainer Kiefer, Vorstandsvorsitzender des Saar Mobility Cluster e.V. und Geschäftsführer der Kiefer Präzisionsteile GmbH"),
("h2","2. Das Jahr in Zahlen"),
("table",[("Kennzahl","2038","2039"),("Mitglieder","112","127"),("davon KMU","84","95"),("Veranstaltungen","31","38"),("Teilnehmende an Veranstaltungen","1.940","2.610"),("Geförderte Verbundprojekte","9","14"),("Fördervolumen der Projekte (Mio. EUR)","11,2","17,8")]),
("h2","3. Wichtigste Ergebnisse"),
("p","Die wichtigsten Ergebnisse des Jahres 2039 im Überblick:"),
("b","127 Mitglieder – so viele wie nie zuvor, davon 15 Neuaufnahmen"),
("b","Start des Transformationsnetzwerks „Saar 2045“ mit dem Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes"),
("b","Eröffnung des Batterie-Testzentrums in Neunkirchen gemeinsam mit der Hochschule für Technik und Wirtschaft des Saarlandes (htw saar)"),
("b","Weiterbildung von 420 Beschäftigten aus Mitgliedsunternehmen zu Hochvolt-Technik"),
("b","Erneuerung des Gold-Labels der European Cluster Excellence Initiative im Oktober 2039"),
("h2","4. Veranstaltungen des Jahres"),
("p","Höhepunkt des Jahres war der 9. Saarländische Zuliefertag am Dienstag, 21. Juni 2039, in der Congresshalle Saarbrücken mit 480 Gästen. Die Eröffnungsrede hielt Ministerin Anke Rehlinger-Baus; über die Zukunft der Antriebe diskutierten Prof. Dr. Georg Frey (Universität des Saarlandes), Sabine Weyand-Klee (Robert Bosch GmbH, Werk Homburg) und Thomas Bach, Betriebsratsvorsitzender der ZF Friedrichshafen AG in Saarbrücken."),
("p","Im Rahmen der Großregion fand am 8. November 2039 in Luxemburg das Grenzüberschreitende Clusterforum mit Partnern aus Lothringen, Luxemburg und Rheinland-Pfalz statt. Dort wurde eine Vereinbarung mit dem luxemburgischen Automotive-Cluster von Luxinnovation unterzeichnet."),
("p","Außerdem organisierte der Cluster zwölf Firmenbesuche, vier Sitzungen des Arbeitskreises Wasserstoff und die Delegationsreise zur IAA Transportation in Hannover vom 15. bis 18. September 2039."),
("h2","4a. Arbeitskreise und Projekte"),
("p","Die fünf Arbeitskreise – Elektrifizierung, Wasserstoff, Leichtbau, Digitalisierung der Produktion und Fachkräfte – haben sich 2039 insgesamt 22-mal getroffen. Der Arbeitskreis Leichtbau unter der Leitung von Dr. Ingrid Maurer (Fraunhofer-Institut für Zerstörungsfreie Prüfverfahren IZFP) hat ein gemeinsames Prüflabor für Faserverbundteile vorbereitet. Im Arbeitskreis Fachkräfte entstand mit der Handwerkskammer des Saarlandes ein Umschulungsangebot für Mechatroniker, das im Herbst mit 36 Teilnehmenden begann."),
("p","Von den 14 Verbundprojekten wurden sechs aus Landesmitteln, fünf aus dem EFRE und drei aus Bundesprogrammen gefördert. Das größte Projekt, „H2-Saar-Logistik“, erprobt mit acht Unternehmen und der Stadtwerke Saarlouis GmbH Brennstoffzellen-Lkw im Werksverkehr. Die Ergebnisse werden in einem eigenen Projektbericht veröffentlicht."),
("h2","5. Geschäftsstelle und Gremien"),
("p","Die Geschäftsstelle wurde von Geschäftsführerin Julia Schneider-Lauer geleitet. Neu im Team ist seit dem 1. April 2039 Kemal Yıldız als Projektmanager für Wasserstoff. Der Vorstand besteht aus Dr. Rainer Kiefer (Vorsitz), Martina Wagner (stellvertretende Vorsitzende, Saarstahl AG), Peter Hoffmann (Schatzmeister) und zwei Beisitzern."),
("h2","6. Ausblick 2040"),
("p","Für 2040 plant der Cluster den Aufbau einer Qualifizierungsakademie, eine zweite Ausgabe des Grenzüberschreitenden Clusterforums in Metz sowie den 10. Saarländischen Zuliefertag am 23. Juni 2040. Der Haushalt 2040 und der Arbeitsplan werden der Mitgliederversammlung am 24. April 2040 zur Beschlussfassung vorgelegt."),
("p","Gefördert durch das Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes aus Mitteln des EFRE-Programms Saarland 2035–2041."),
("p","Saar Mobility Cluster e.V. · Franz-Josef-Röder-Straße 9 · 66119 Saarbrücken · info@saarmobility.example.de · Seite 1 von 1"),
]
d = docx.Document()
for k, v in paras:
    if k == "h": d.add_heading(v, 0)
    elif k == "h2": d.add_heading(v, 1)
    elif k == "b": d.add_paragraph(v, style="List Bullet")
    elif k == "table":
        t = d.add_table(rows=len(v), cols=3)
        for i, r in enumerate(v):
            for j, c in enumerate(r): t.cell(i, j).text = c
    else: d.add_paragraph(v)
d.save(path(F))
C = "Saar Mobility Cluster e.V."; M = "Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes"
gold(F,
 [P("Rainer Kiefer","Vorstandsvorsitzender",C), P("Anke Rehlinger-Baus","Ministerin",None),
  P("Georg Frey",None,"Universität des Saarlandes"), P("Sabine Weyand-Klee",None,"Robert Bosch GmbH"),
  P("Thomas Bach","Betriebsratsvorsitzender","ZF Friedrichshafen AG"), P("Julia Schneider-Lauer","Geschäftsführerin",C),
  P("Kemal Yıldız","Projektmanager für Wasserstoff",C), P("Martina Wagner","stellvertretende Vorsitzende",C),
  P("Peter Hoffmann","Schatzmeister",C), P("Ingrid Maurer",None,"Fraunhofer-Institut für Zerstörungsfreie Prüfverfahren")],
 [O(C), O("Kiefer Präzisionsteile GmbH"), O(M), O("Hochschule für Technik und Wirtschaft des Saarlandes","htw saar"),
  O("European Cluster Excellence Initiative"), O("Universität des Saarlandes"), O("Robert Bosch GmbH"),
  O("ZF Friedrichshafen AG"), O("Luxinnovation"), O("Saarstahl AG"), O("Fraunhofer-Institut für Zerstörungsfreie Prüfverfahren","IZFP"), O("Handwerkskammer des Saarlandes"), O("Stadtwerke Saarlouis GmbH"), O("Saar 2045")],
 [E("9. Saarländischer Zuliefertag","2039-06-21",None,"Saarbrücken","Germany"),
  E("Grenzüberschreitendes Clusterforum","2039-11-08",None,"Luxemburg","Luxembourg"),
  E("IAA Transportation","2039-09-15","2039-09-18","Hannover","Germany"),
  E("Grenzüberschreitendes Clusterforum (2040 edition)","2040",None,"Metz","France"),
  E("10. Saarländischer Zuliefertag","2040-06-23",None,None,None),
  E("Mitgliederversammlung","2040-04-24",None,None,None)],
 ["2040-03-19","2039","2038","2039-10","2039-06-21","2039-11-08","2039-09-15/2039-09-18","2039-04-01","2040","2040-06-23","2040-04-24","2035/2041"],
 ["127 Mitglieder – so viele wie nie zuvor, davon 15 Neuaufnahmen",
  "Start des Transformationsnetzwerks „Saar 2045“ mit dem Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes",
  "Eröffnung des Batterie-Testzentrums in Neunkirchen gemeinsam mit der Hochschule für Technik und Wirtschaft des Saarlandes (htw saar)",
  "Weiterbildung von 420 Beschäftigten aus Mitgliedsunternehmen zu Hochvolt-Technik",
  "Erneuerung des Gold-Labels der European Cluster Excellence Initiative im Oktober 2039"],
 "2040-03-19")
