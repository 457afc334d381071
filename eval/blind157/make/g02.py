from h import *
F = 'g02_holzbau_weiden_auftakt.md'
assert wd(2036,2,25)=='Monday' and wd(2036,2,26)=='Tuesday' and wd(2036,6,17)=='Tuesday' and wd(2036,10,9)=='Thursday'
T = """# Grenzenlos bauen mit Holz: Auftakt für das Interreg-Projekt HOLZ-BRÜCKE in Weiden

*Pressemitteilung · Weiden i.d.OPf., 27. Februar 2036 · Kategorie: Projekte, Interreg Bayern – Tschechien*

[Startseite](/) › [Aktuelles](/aktuelles) › Pressemitteilungen

Mit einem zweitägigen Partnertreffen in Weiden in der Oberpfalz und in Schwandorf ist am 25. und 26. Februar 2036 das grenzüberschreitende Projekt HOLZ-BRÜCKE gestartet. Sieben Partner aus Bayern und Südböhmen wollen in den nächsten drei Jahren gemeinsam den Holzbau im ländlichen Raum voranbringen – vom Sägewerk über die Zimmerei bis zum Architekturbüro. Das Projekt wird aus dem Programm Interreg Bayern – Tschechien 2021–2027 mit rund 1,4 Millionen Euro gefördert.

Federführend ist der Cluster Holz und Forst Oberpfalz e.V. mit Sitz in Weiden. Dessen Geschäftsführerin, Dipl.-Ing. Theresa Haberkorn, begrüßte die Gäste im Sitzungssaal der Ostbayerischen Technischen Hochschule Amberg-Weiden (OTH). „Auf beiden Seiten der Grenze stehen die Wälder unter Druck, und auf beiden Seiten fehlt es an Fachkräften. Deshalb lohnt es sich, die Kräfte zu bündeln“, sagte sie.

## Die Projektpartner

- Cluster Holz und Forst Oberpfalz e.V., Weiden (Deutschland) – Lead Partner
- Ostbayerische Technische Hochschule Amberg-Weiden, Weiden (Deutschland)
- Handwerkskammer Niederbayern-Oberpfalz, Regensburg (Deutschland)
- Landkreis Schwandorf, Wirtschaftsförderung (Deutschland)
- Jihočeská hospodářská komora, České Budějovice (Tschechien)
- Střední odborná škola stavební Písek (Tschechien)
- Město Strakonice (Tschechien)

## Programm des Auftakttreffens

**Montag, 25. Februar 2036 – Weiden**

- 10:00 Begrüßung – Theresa Haberkorn, Cluster Holz und Forst Oberpfalz; Grußwort von Oberbürgermeister Markus Reindl
- 10:30 Vorstellung der Partner und der Arbeitspakete
- 12:30 Mittagessen in der Mensa
- 14:00 Sitzung des Lenkungsausschusses (nur Partner)
- 16:30 Führung durch das Holzbaulabor der OTH mit Prof. Dr. Johannes Kellermann
- 19:00 Gemeinsames Abendessen im Gasthof Zum Stadtmüller

**Dienstag, 26. Februar 2036 – Schwandorf**

- 09:00 Betriebsbesichtigung bei der Zimmerei Brunner Holzbau GmbH in Schwandorf
- 11:00 Workshop „Fachkräfte für den Holzbau“ mit Mgr. Jana Vondrášková, Direktorin der Střední odborná škola stavební Písek
- 13:00 Ende des Treffens

Das Grußwort der tschechischen Seite hielt Ing. Pavel SEDLÁČEK, Leiter der Wirtschaftsabteilung der Stadt Strakonice. Er erinnerte daran, dass die Stadt schon seit 2031 mit dem Landkreis Schwandorf eine Partnerschaft pflegt. Für die Handwerkskammer Niederbayern-Oberpfalz war Stefan Gmeiner, Berater für Innovation und Technologie, dabei.

Das Wirtschaftsministerium in München war durch Regierungsrätin Dr. Katharina Aumüller vertreten, die im Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie für das Interreg-Programm zuständig ist. Sie lobte, dass das Projekt Schulen, Kammern und Kommunen an einen Tisch bringt, und kündigte an, die Ergebnisse in die Vorbereitung der nächsten Förderperiode einfließen zu lassen. Am Rande des Treffens unterzeichneten die Partner den Partnerschaftsvertrag.

## Das Wichtigste in Kürze

Die Partner haben sich beim Auftakt auf folgende Punkte geeinigt:

- Bis Herbst 2036 entsteht eine zweisprachige Übersicht aller Holzbaubetriebe im Fördergebiet
- Auszubildende aus Písek und Weiden absolvieren ab dem Schuljahr 2036/37 gemeinsame Praxiswochen
- Ein grenzüberschreitender Holzbaupreis wird erstmals 2037 vergeben
- Die Projektkommunikation läuft auf Deutsch und Tschechisch, nicht auf Englisch

## Nächste Termine

Das zweite Partnertreffen findet am 17. Juni 2036 in Strakonice statt. Am Donnerstag, 9. Oktober 2036, stellt sich das Projekt auf dem Bayerisch-Tschechischen Holzbautag in Písek der Öffentlichkeit vor. Interessierte Betriebe können sich bereits jetzt beim Cluster melden.

**Frühere Holzbautage des Clusters:**

- 1. Holzbautag, Amberg, 14. Mai 2033
- 2. Holzbautag, Weiden, 20. Mai 2034
- 3. Holzbautag, Cham, 8.–9. Oktober 2035

---

Pressekontakt: Lukas Wendl, Öffentlichkeitsarbeit, Cluster Holz und Forst Oberpfalz e.V., Dr.-Pfleger-Straße 12, 92637 Weiden · presse@holzcluster-opf.example.de

*Teilen:* [LinkedIn](#) · [Facebook](#) · [E-Mail](#)

© 2036 Cluster Holz und Forst Oberpfalz e.V. · [Impressum](/impressum) · [Datenschutz](/datenschutz)
"""
write(F, T)
C="Cluster Holz und Forst Oberpfalz e.V."
gold(F,
 [P("Theresa Haberkorn","Geschäftsführerin",C),
  P("Markus Reindl","Oberbürgermeister",None),
  P("Johannes Kellermann",None,"OTH"),
  P("Jana Vondrášková","Direktorin","Střední odborná škola stavební Písek"),
  P("Pavel SEDLÁČEK","Leiter der Wirtschaftsabteilung","Stadt Strakonice"),
  P("Stefan Gmeiner","Berater für Innovation und Technologie","Handwerkskammer Niederbayern-Oberpfalz"),
  P("Katharina Aumüller","Regierungsrätin","Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  P("Lukas Wendl","Öffentlichkeitsarbeit",C)],
 [O(C), O("Ostbayerische Technische Hochschule Amberg-Weiden","OTH"), O("Handwerkskammer Niederbayern-Oberpfalz"),
  O("Landkreis Schwandorf"), O("Jihočeská hospodářská komora"), O("Střední odborná škola stavební Písek"),
  O("Město Strakonice"), O("Brunner Holzbau GmbH"),
  O("Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie")],
 [E("Auftakttreffen","2036-02-25","2036-02-26","Weiden, Schwandorf","Germany"),
  E("Sitzung des Lenkungsausschusses","2036-02-25",None,"Weiden","Germany"),
  E("Führung durch das Holzbaulabor der OTH","2036-02-25",None,"Weiden","Germany"),
  E("Gemeinsames Abendessen","2036-02-25",None,"Weiden","Germany"),
  E("Betriebsbesichtigung bei der Zimmerei Brunner Holzbau GmbH","2036-02-26",None,"Schwandorf","Germany"),
  E("Workshop „Fachkräfte für den Holzbau“","2036-02-26",None,"Schwandorf","Germany"),
  E("zweite Partnertreffen","2036-06-17",None,"Strakonice","Czechia"),
  E("Bayerisch-Tschechischen Holzbautag","2036-10-09",None,"Písek","Czechia"),
  E("1. Holzbautag","2033-05-14",None,"Amberg","Germany"),
  E("2. Holzbautag","2034-05-20",None,"Weiden","Germany"),
  E("3. Holzbautag","2035-10-08","2035-10-09","Cham","Germany")],
 ["2036-02-27","2036-02-25/2036-02-26","2021/2027","2036-02-25","2036-02-26","2031","2036","2036/2037","2037",
  "2036-06-17","2036-10-09","2033-05-14","2034-05-20","2035-10-08/2035-10-09"],
 ["Bis Herbst 2036 entsteht eine zweisprachige Übersicht aller Holzbaubetriebe im Fördergebiet",
  "Auszubildende aus Písek und Weiden absolvieren ab dem Schuljahr 2036/37 gemeinsame Praxiswochen",
  "Ein grenzüberschreitender Holzbaupreis wird erstmals 2037 vergeben",
  "Die Projektkommunikation läuft auf Deutsch und Tschechisch, nicht auf Englisch"],
 pub="2036-02-27")
