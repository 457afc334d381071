from h import *
import docx
F = 'g07_skillclust_protokoll_muenster.docx'
assert [wd(2037,9,d) for d in (14,15,16)]==['Monday','Tuesday','Wednesday'] and wd(2037,12,1)=='Tuesday'
paras = [
("h","Protokoll des 3. transnationalen Projekttreffens SKILLCLUST"),
("p","Erasmus+ Leitaktion 2 – Kooperationspartnerschaft in der Berufsbildung · Projektlaufzeit: 1. November 2036 bis 31. Oktober 2039"),
("p","Ort: FH Münster, Campus Steinfurt, Stegerwaldstraße 39, 48565 Steinfurt · Datum: 14.–16.09.2037 · Protokoll: Lena Brockhoff-Yılmaz · Stand: 24.09.2037, abgestimmt mit allen Partnern"),
("h2","Hintergrund"),
("p","Das 3. transnationale Projekttreffen von SKILLCLUST fand vom 14. bis 16. September 2037 in Steinfurt statt. SKILLCLUST entwickelt ein gemeinsames Kompetenzprofil und einen Online-Kurs für Clustermanagerinnen und Clustermanager in kleinen und mittleren Clusterorganisationen, die bisher kaum Zugang zu Weiterbildung haben. Das Treffen diente vor allem dazu, die Pilotschulung in Deutschland durchzuführen und auszuwerten sowie den Zwischenbericht vorzubereiten."),
("h2","Teilnehmende"),
("p","Für die FH Münster (Gastgeberin): Prof. Dr. Matthias Overbeck (Projektleitung vor Ort), Lena Brockhoff-Yılmaz (wissenschaftliche Mitarbeiterin)"),
("p","Für den Koordinator, den Kunststoffnetzwerk Münsterland e.V.: Ulrike Terhorst-Kamps (Geschäftsführerin), Jonas Pieper (Projektkoordinator)"),
("p","Für die Partner: Kadri Mägi (Tartu Science Park, Estland); Rui Pedro Castro (PIEP – Pólo de Inovação em Engenharia de Polímeros, Guimarães, Portugal); Federica Lo Bianco (Kilometro Rosso S.p.A., Bergamo, Italien); Ing. Pavel Dvořák, Ph.D. (Nanoprogress, z.s., Liberec, Tschechien)"),
("p","Entschuldigt: die Nationale Agentur beim Bundesinstitut für Berufsbildung (NA beim BIBB); ihre Vertreterin wurde am 16.09. online zugeschaltet"),
("h2","Programm"),
("h3","Montag, 14. September 2037"),
("p","13:00 Begrüßung durch Prof. Dr. Bernd Ahlers-Schmidt, Vizepräsident für Transfer der FH Münster"),
("p","13:30 Stand der Projektergebnisse 1 und 2 (Kompetenzprofil Clustermanagement, Online-Kurs)"),
("p","16:00 Betriebsbesichtigung bei der Windmöller Kunststofftechnik GmbH in Emsdetten"),
("p","19:00 Gemeinsames Abendessen im Kiepenkerl, Münster"),
("h3","Dienstag, 15. September 2037"),
("p","09:00 Pilotschulung mit zwölf Clustermanagerinnen und Clustermanagern aus dem Münsterland (Modul 3: Internationalisierung)"),
("p","14:00 Auswertung der Pilotschulung; Qualitätssicherung und Evaluation (Leitung: Tartu Science Park)"),
("p","16:30 Besuch im Kompetenzzentrum Additive Fertigung der FH Münster"),
("h3","Mittwoch, 16. September 2037"),
("p","09:00 Finanzen und Berichtswesen, Zwischenbericht an die Nationale Agentur"),
("p","11:00 Verbreitung: Multiplier-Events, Website, Newsletter"),
("p","12:30 Beschlüsse und Verabschiedung"),
("h2","Zusammenfassung der Diskussion"),
("p","Die Partner stellten fest, dass der Online-Kurs technisch fertig ist, die Übersetzungen ins Estnische und Tschechische aber noch fehlen. Die Pilotschulung am Dienstag wurde von den Teilnehmenden mit 4,4 von 5 Punkten bewertet; gelobt wurden die Praxisbeispiele, kritisiert die Länge der Vorträge am Vormittag. Herr Castro berichtete, dass PIEP in Portugal bereits zwei Cluster für eine Pilotschulung im Frühjahr 2038 gewonnen hat. Frau Lo Bianco schlug vor, das Kompetenzprofil mit dem European Cluster Excellence Programme abzustimmen, damit Teilnehmende ihre Lernergebnisse bei einer Clusterbewertung anrechnen lassen können."),
("p","Beim Thema Finanzen wies Herr Pieper darauf hin, dass die Reisekosten zweier Partner über dem Plan liegen. Eine Umschichtung innerhalb der Pauschalen ist nach den Regeln der Nationalen Agentur möglich, muss aber im Zwischenbericht begründet werden."),
("p","Frau Mägi stellte die Ergebnisse der Qualitätssicherung vor. Die externen Gutachter haben das Kompetenzprofil insgesamt positiv bewertet, empfehlen aber, die Module zu Datenschutz und Fördermittelberatung zu kürzen und stattdessen mehr Übungen zur Moderation von Arbeitsgruppen anzubieten. Die Partner einigten sich darauf, diese Hinweise bei der Überarbeitung im Winter zu berücksichtigen."),
("h2","Beschlüsse"),
("p","1. Der Zwischenbericht wird bis zum 1. Dezember 2037 bei der Nationalen Agentur eingereicht; Entwurf durch den Koordinator bis 10. November"),
("p","2. Die estnische und die tschechische Fassung des Online-Kurses werden bis Ende Januar 2038 fertiggestellt"),
("p","3. Das 4. transnationale Projekttreffen findet vom 12. bis 14. April 2038 in Guimarães statt, Gastgeber ist PIEP"),
("p","4. Jeder Partner organisiert im Jahr 2039 ein Multiplier-Event mit mindestens 30 Teilnehmenden"),
("h2","Nächste Schritte"),
("p","Die Präsentationen liegen im gemeinsamen Projektordner. Fotos der Pilotschulung dürfen auf der Projektwebsite und in sozialen Medien verwendet werden, sofern die abgebildeten Personen zugestimmt haben; die Einverständniserklärungen sammelt die FH Münster. Rückmeldungen zum Protokoll bitte bis 1. Oktober 2037 an Lena Brockhoff-Yılmaz (FH Münster)."),
("p","Das Projekt wird durch das Programm Erasmus+ der Europäischen Union gefördert. Für den Inhalt ist allein der Verfasser verantwortlich."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
assert wd(2038,4,12)=='Monday'
K="Kunststoffnetzwerk Münsterland e.V."
gold(F,
 [P("Lena Brockhoff-Yılmaz","wissenschaftliche Mitarbeiterin","FH Münster"),
  P("Matthias Overbeck","Projektleitung vor Ort","FH Münster"),
  P("Ulrike Terhorst-Kamps","Geschäftsführerin",K),
  P("Jonas Pieper","Projektkoordinator",K),
  P("Kadri Mägi",None,"Tartu Science Park"),
  P("Rui Pedro Castro",None,"PIEP"),
  P("Federica Lo Bianco",None,"Kilometro Rosso S.p.A."),
  P("Pavel Dvořák",None,"Nanoprogress, z.s."),
  P("Bernd Ahlers-Schmidt","Vizepräsident für Transfer","FH Münster")],
 [O("FH Münster"), O(K), O("Tartu Science Park"), O("Pólo de Inovação em Engenharia de Polímeros","PIEP"),
  O("Kilometro Rosso S.p.A."), O("Nanoprogress, z.s."), O("Nationale Agentur beim Bundesinstitut für Berufsbildung","NA beim BIBB"),
  O("Windmöller Kunststofftechnik GmbH"), O("Kompetenzzentrum Additive Fertigung")],
 [E("3. transnationale Projekttreffen","2037-09-14","2037-09-16","Steinfurt","Germany"),
  E("Betriebsbesichtigung bei der Windmöller Kunststofftechnik GmbH","2037-09-14",None,"Emsdetten","Germany"),
  E("Gemeinsames Abendessen","2037-09-14",None,"Münster","Germany"),
  E("Pilotschulung","2037-09-15",None,"Steinfurt","Germany"),
  E("Besuch im Kompetenzzentrum Additive Fertigung","2037-09-15",None,"Steinfurt","Germany"),
  E("4. transnationale Projekttreffen","2038-04-12","2038-04-14","Guimarães","Portugal")],
 ["2036-11-01/2039-10-31","2037-09-14/2037-09-16","2037-09-24","2037-09-16","2037-09-14","2037-09-15","2038","2037-12-01",
  "2037-11-10","2038-01","2038-04-12/2038-04-14","2039","2037-10-01"],
 ["Der Zwischenbericht wird bis zum 1. Dezember 2037 bei der Nationalen Agentur eingereicht; Entwurf durch den Koordinator bis 10. November",
  "Die estnische und die tschechische Fassung des Online-Kurses werden bis Ende Januar 2038 fertiggestellt",
  "Das 4. transnationale Projekttreffen findet vom 12. bis 14. April 2038 in Guimarães statt, Gastgeber ist PIEP",
  "Jeder Partner organisiert im Jahr 2039 ein Multiplier-Event mit mindestens 30 Teilnehmenden"],
 pub="2037-09-24")
