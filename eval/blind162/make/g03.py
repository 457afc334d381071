from h import *
F = 'g03_hydronet_amberg_partnertreffen.md'
assert [wd(2036,9,d) for d in (23,24,25)]==['Tuesday','Wednesday','Thursday'] and wd(2037,3,10)=='Tuesday'
T = """# Drittes Partnertreffen von HYDRO-NET in Amberg: Wasserstoff für den Mittelstand beiderseits der Grenze

*Veröffentlicht am 29. September 2036 · Kategorie: Projekte / Interreg · Autorin: Franziska Weigl*

[Startseite](/) › [Projekte](/projekte) › [HYDRO-NET](/projekte/hydro-net) › Aktuelles

Vom 23. bis 25. September 2036 trafen sich die Partner des Projekts HYDRO-NET in Amberg zu ihrem dritten Partnertreffen. Das Projekt wird im Programm Interreg Bayern – Tschechien 2035–2041 gefördert und vernetzt kleine und mittlere Unternehmen der Oberpfalz und der Region Pilsen, die Wasserstoff in Produktion und Logistik einsetzen wollen. Gastgeber war der Cluster Energietechnik Ostbayern e.V. (CETO), der das Projekt als Lead Partner koordiniert.

## Die Partner

Am Projekt beteiligt sind:

- Cluster Energietechnik Ostbayern e.V. (CETO), Amberg – Lead Partner
- Ostbayerische Technische Hochschule Amberg-Weiden (OTH Amberg-Weiden), Amberg
- Industrie- und Handelskammer Regensburg für Oberpfalz / Kelheim, Regensburg
- Západočeská univerzita v Plzni, Plzeň (Tschechien)
- Klastr Hydrogen Plzeň, z.s., Plzeň (Tschechien)
- Regionální rozvojová agentura Plzeňského kraje (RRA PK), Plzeň (Tschechien)

## Programm

**Dienstag, 23. September 2036**

- 13:00 Ankunft und Registrierung im Amberger Congress Centrum
- 13:30 Begrüßung durch Oberbürgermeisterin Dr. Katharina Sperl, Stadt Amberg
- 14:00 Stand der Arbeitspakete – Bericht der Projektleitung (Stefan Kellermann, CETO)
- 15:30 Kaffeepause
- 16:00 Workshop „Elektrolyse im Kleinen“ mit Prof. Dr. Andrea Hummel, OTH Amberg-Weiden
- 19:00 gemeinsames Abendessen im Brauereigasthof Bruckmüller

**Mittwoch, 24. September 2036**

- 09:00 Sitzung des Lenkungsausschusses (nur Partner)
- 11:00 Matchmaking deutscher und tschechischer Unternehmen, 34 vorab vereinbarte Gespräche
- 12:30 Mittagessen
- 14:00 Betriebsbesichtigung bei der Grammer Wasserstofftechnik GmbH in Ursensollen
- 17:00 Rückfahrt nach Amberg

**Donnerstag, 25. September 2036**

- 09:00 Exkursion zum Wasserstoff-Tankstellenprojekt in Weiden in der Oberpfalz
- 11:30 Abschluss und Ausblick (Ing. Tomáš Kratochvíl, Ph.D., Klastr Hydrogen Plzeň)

## Aus den Diskussionen

In seinem Bericht zeigte Projektleiter Stefan Kellermann, dass bislang 41 Unternehmen an den Beratungstagen teilgenommen haben, davon 17 aus Tschechien. Vier Machbarkeitsstudien wurden abgeschlossen, unter anderem für eine Spedition in Schwandorf und eine Glashütte bei Weiden.

Prof. Dr. Andrea Hummel stellte das neue Testfeld der Hochschule vor, auf dem Firmen kleine Elektrolyseure ausprobieren können. Aus tschechischer Sicht berichtete Mgr. Lenka Vondrášková, Projektmanagerin bei der RRA PK, über das regionale Förderprogramm des Plzeňský kraj, das ab 2037 auch Wasserstoffanwendungen fördern soll.

Der Lenkungsausschuss genehmigte den zweiten Fortschrittsbericht und beschloss eine Budgetumschichtung zugunsten des Arbeitspakets Qualifizierung. Vorsitzender des Lenkungsausschusses ist Dr. Michael Paintner, Bereichsleiter Innovation der IHK Regensburg für Oberpfalz / Kelheim.

Beim Matchmaking am Mittwoch kamen Betriebe aus Metallbau, Logistik und Glasindustrie zusammen. Mehrere Firmen vereinbarten Folgebesuche; ein Zulieferer aus Klatovy will gemeinsam mit einem Amberger Maschinenbauer einen Antrag auf Innovationsförderung stellen. Die Dolmetscher wurden, wie bei allen Treffen, aus dem Projektbudget bezahlt.

## Wichtigste Ergebnisse

Die Partner hielten zum Abschluss fest:

- Die Nachfrage der Unternehmen nach Beratung übersteigt das geplante Angebot; die Beratungstage werden 2037 verdoppelt
- Ein gemeinsamer zweisprachiger Leitfaden für Genehmigungsverfahren wird bis Ende 2036 erarbeitet
- Die Weiterbildung für Fachkräfte soll mit den Berufsschulen in Amberg und Domažlice abgestimmt werden
- Tschechische und bayerische Unternehmen wünschen sich feste Ansprechpartner auf beiden Seiten der Grenze

## Bisherige und kommende Treffen

- Auftakttreffen: Plzeň, 11.–12. Februar 2035
- 2. Partnertreffen: Domažlice, 16.–17. Oktober 2035
- 3. Partnertreffen: Amberg, 23.–25. September 2036
- 4. Partnertreffen: Plzeň, geplant für Dienstag, 10. März 2037

Die Abschlusskonferenz des Projekts ist für den Herbst 2037 in Regensburg vorgesehen.

---

*Kontakt: Franziska Weigl, Öffentlichkeitsarbeit, Cluster Energietechnik Ostbayern e.V., presse@ceto.example.de*

Teilen: [LinkedIn](#) · [X](#) · [E-Mail](#)

*Das Projekt HYDRO-NET wird von der Europäischen Union kofinanziert.*
"""
write(F, T)
C="Cluster Energietechnik Ostbayern e.V."
gold(F,
 [P("Franziska Weigl","Öffentlichkeitsarbeit",C),
  P("Katharina Sperl","Oberbürgermeisterin","Stadt Amberg"),
  P("Stefan Kellermann","Projektleiter","CETO"),
  P("Andrea Hummel",None,"OTH Amberg-Weiden"),
  P("Tomáš Kratochvíl",None,"Klastr Hydrogen Plzeň"),
  P("Lenka Vondrášková","Projektmanagerin","RRA PK"),
  P("Michael Paintner","Bereichsleiter Innovation","IHK Regensburg für Oberpfalz / Kelheim")],
 [O(C,"CETO"), O("Ostbayerische Technische Hochschule Amberg-Weiden","OTH Amberg-Weiden"),
  O("Industrie- und Handelskammer Regensburg für Oberpfalz / Kelheim"), O("Západočeská univerzita v Plzni"),
  O("Klastr Hydrogen Plzeň, z.s."), O("Regionální rozvojová agentura Plzeňského kraje","RRA PK"),
  O("Stadt Amberg"), O("Grammer Wasserstofftechnik GmbH"), O("Plzeňský kraj"), O("Europäischen Union")],
 [E("Drittes Partnertreffen von HYDRO-NET","2036-09-23","2036-09-25","Amberg","Germany"),
  E("Workshop „Elektrolyse im Kleinen“","2036-09-23",None,"Amberg","Germany"),
  E("gemeinsames Abendessen","2036-09-23",None,"Amberg","Germany"),
  E("Sitzung des Lenkungsausschusses","2036-09-24",None,"Amberg","Germany"),
  E("Matchmaking deutscher und tschechischer Unternehmen","2036-09-24",None,"Amberg","Germany"),
  E("Betriebsbesichtigung bei der Grammer Wasserstofftechnik GmbH","2036-09-24",None,"Ursensollen","Germany"),
  E("Exkursion zum Wasserstoff-Tankstellenprojekt","2036-09-25",None,"Weiden in der Oberpfalz","Germany"),
  E("Auftakttreffen","2035-02-11","2035-02-12","Plzeň","Czechia"),
  E("2. Partnertreffen","2035-10-16","2035-10-17","Domažlice","Czechia"),
  E("4. Partnertreffen","2037-03-10",None,"Plzeň","Czechia"),
  E("Abschlusskonferenz","2037",None,"Regensburg","Germany")],
 ["2036-09-29","2036-09-23/2036-09-25","2035/2041","2036-09-23","2036-09-24","2036-09-25","2037","2036",
  "2035-02-11/2035-02-12","2035-10-16/2035-10-17","2037-03-10"],
 ["Die Nachfrage der Unternehmen nach Beratung übersteigt das geplante Angebot; die Beratungstage werden 2037 verdoppelt",
  "Ein gemeinsamer zweisprachiger Leitfaden für Genehmigungsverfahren wird bis Ende 2036 erarbeitet",
  "Die Weiterbildung für Fachkräfte soll mit den Berufsschulen in Amberg und Domažlice abgestimmt werden",
  "Tschechische und bayerische Unternehmen wünschen sich feste Ansprechpartner auf beiden Seiten der Grenze"],
 pub="2036-09-29")
