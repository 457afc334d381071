from h import *
F = 'g03_oberfranken_workshop_ergebnisse.txt'
assert wd(2036,6,18)=='Mittwoch'.replace('Mittwoch','Wednesday') and wd(2036,9,24)=='Wednesday' and wd(2036,7,10)=='Thursday'
KM = ["Die Hochschule Hof richtet bis Oktober 2036 einen gemeinsamen Prüfstand für textile Leichtbauteile ein",
 "Das Cluster erstellt eine Übersicht aller Recyclingströme der Mitgliedsunternehmen",
 "Die Fachkräfte-Initiative wird gemeinsam mit der IHK für Oberfranken Bayreuth fortgeführt",
 "Für den Förderaufruf des Freistaats wird ein Verbundantrag mit mindestens fünf Unternehmen vorbereitet"]
T = f"""Textil & Leichtbau Oberfranken e. V.
Netzwerk für technische Textilien, Faserverbunde und Kreislaufwirtschaft

Zusammenfassung des Regionalworkshops
"Kreislauf statt Reststoff – technische Textilien in Oberfranken"

Datum: Mittwoch, 18. Juni 2036, 9:30–16:00 Uhr
Ort: Hochschule Hof, Campus Münchberg, Kulmbacher Straße 76, 95213 Münchberg
Moderation: Dr. Birgit Hahnfeld (Clustermanagerin, Textil & Leichtbau Oberfranken e. V.)
Protokoll: Jonas Wunderlich
Teilnehmende: 38 Personen aus 24 Organisationen (Liste siehe Anlage 1)

---------------------------------------------------------------

1. Begrüßung und Ziel des Workshops

Prof. Dr. Reinhard Sellmer, Vizepräsident für Forschung der Hochschule Hof, begrüßte die Teilnehmenden auf dem Campus
Münchberg. Er erinnerte daran, dass die Region seit über 150 Jahren von der Textilindustrie geprägt sei und heute
vor allem technische Textilien für Automobil, Medizin und Bau liefere. Dr. Birgit Hahnfeld stellte die Ziele des Tages
vor: gemeinsame Herausforderungen bei Reststoffen und Recycling benennen, konkrete Maßnahmen mit Verantwortlichen
vereinbaren und einen Zeitplan bis zur Mitgliederversammlung im Herbst festlegen.

2. Impulsvorträge

- "Was die EU-Textilstrategie für Zulieferer bedeutet" – Katharina Moosreiner, Referentin, Bayerisches
  Staatsministerium für Wirtschaft, Landesentwicklung und Energie
- "Faserrückgewinnung aus Verbundbauteilen" – Dr. Ferhat Yıldırım, Fraunhofer-Institut für Silicatforschung ISC,
  Außenstelle Bayreuth
- "Praxisbericht: 40 % weniger Verschnitt in zwei Jahren" – Stefan Rödel, Geschäftsführer, Rödel Technische Gewebe
  GmbH & Co. KG, Naila

3. Ergebnisse der Arbeitsgruppen

Arbeitsgruppe A (Reststoffe) stellte fest, dass die meisten Betriebe ihre Verschnittmengen nicht systematisch erfassen.
Arbeitsgruppe B (Prüfen und Zertifizieren) wünschte sich einen gemeinsam genutzten Prüfstand, da einzelne Prüfungen
bei externen Laboren bis zu zwölf Wochen dauern. Arbeitsgruppe C (Fachkräfte) berichtete von 61 offenen Stellen bei
den beteiligten Unternehmen, vor allem für Textiltechnikerinnen und -techniker.

In der Diskussion wurde deutlich, dass kleinere Betriebe die Kosten für Recyclingversuche allein kaum tragen können.
Mehrere Teilnehmende schlugen vor, Reststoffe zwischen Unternehmen zu tauschen: Was für einen Weber Abfall ist, kann
für einen Vliesstoffhersteller Rohstoff sein. Die Handwerkskammer für Oberfranken bot an, ihre Betriebsberatung für
diese Frage zu öffnen. Zudem wurde angeregt, die Erfahrungen aus dem Nachbarcluster in Sachsen einzuholen, das bereits
eine Reststoffbörse betreibt. Kritisch angemerkt wurde, dass Förderprogramme häufig nur Investitionen, nicht aber
die aufwendige Datenerfassung in den Betrieben unterstützen.

4. Vereinbarte Maßnahmen

Die Teilnehmenden einigten sich auf folgende Maßnahmen:

{bl(KM, '  * ')}

Verantwortlichkeiten und Fristen

| Maßnahme                       | Verantwortlich                               | Frist            |
|--------------------------------|----------------------------------------------|------------------|
| Prüfstand                      | Prof. Dr. Reinhard Sellmer, Hochschule Hof   | 31.10.2036       |
| Übersicht Recyclingströme      | Jonas Wunderlich, Clustermanagement          | 15.09.2036       |
| Fachkräfte-Initiative          | Sabine Deuerling, IHK für Oberfranken Bayreuth | laufend        |
| Verbundantrag                  | Dr. Birgit Hahnfeld, Stefan Rödel            | 30.09.2036       |

5. Nächste Schritte

- Online-Abstimmung der Arbeitsgruppe B am Donnerstag, 10. Juli 2036, 14:00 Uhr (Link folgt)
- Vorstellung der Ergebnisse bei der Mitgliederversammlung am Mittwoch, 24. September 2036, in Bayreuth
- Versand dieses Protokolls an alle Mitglieder und an die Bayern Innovativ GmbH

Anlage 1 (Auszug): Teilnehmende Organisationen
Hochschule Hof · IHK für Oberfranken Bayreuth · Fraunhofer-Institut für Silicatforschung ISC · Rödel Technische Gewebe
GmbH & Co. KG · Frankenfaser Composites GmbH · Vliesstoffwerk Selbitz AG · Handwerkskammer für Oberfranken ·
Agentur für Arbeit Bayreuth-Hof · Universität Bayreuth, Lehrstuhl Polymere Werkstoffe · Stadt Münchberg · …

Rückmeldungen zum Workshop: 21 Fragebögen, Durchschnittsnote 1,7. Gelobt wurden die Praxisnähe und die Zeit für
Gespräche; gewünscht wurden mehr Beispiele aus anderen Regionen.

Fotos: Textil & Leichtbau Oberfranken e. V. / J. Wunderlich

Kontakt: Textil & Leichtbau Oberfranken e. V., Geschäftsstelle, Ludwigstraße 8, 95444 Bayreuth,
info@textil-leichtbau-ofr.example.de, Tel. 0921 000000
"""
write(F, T)
gold(F,
 [P("Birgit Hahnfeld","Clustermanagerin","Textil & Leichtbau Oberfranken e. V."),
  P("Jonas Wunderlich","Protokoll","Textil & Leichtbau Oberfranken e. V."),
  P("Reinhard Sellmer","Vizepräsident für Forschung","Hochschule Hof"),
  P("Katharina Moosreiner","Referentin","Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  P("Ferhat Yıldırım",None,"Fraunhofer-Institut für Silicatforschung ISC"),
  P("Stefan Rödel","Geschäftsführer","Rödel Technische Gewebe GmbH & Co. KG"),
  P("Sabine Deuerling",None,"IHK für Oberfranken Bayreuth")],
 [O("Textil & Leichtbau Oberfranken e. V."), O("Hochschule Hof"),
  O("Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  O("Fraunhofer-Institut für Silicatforschung ISC","ISC"), O("Rödel Technische Gewebe GmbH & Co. KG"),
  O("IHK für Oberfranken Bayreuth"), O("Bayern Innovativ GmbH"), O("Frankenfaser Composites GmbH"),
  O("Vliesstoffwerk Selbitz AG"), O("Handwerkskammer für Oberfranken"), O("Agentur für Arbeit Bayreuth-Hof"),
  O("Universität Bayreuth"), O("Stadt Münchberg")],
 [E("Kreislauf statt Reststoff – technische Textilien in Oberfranken","2036-06-18",None,"Münchberg","Germany"),
  E("Online-Abstimmung der Arbeitsgruppe B","2036-07-10",None,None,None),
  E("Mitgliederversammlung","2036-09-24",None,"Bayreuth","Germany")],
 ["2036-06-18","2036-10","2036-10-31","2036-09-15","2036-09-30","2036-07-10","2036-09-24"],
 KM, None)
