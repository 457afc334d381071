from h import *
F = 'g05_hof_textilcluster_fusion.md'
assert wd(2035,6,27)=='Wednesday' and wd(2035,11,15)=='Thursday' and wd(2035,7,5)=='Thursday'
T = """[Startseite](/) > [Presse](/presse) > Pressemitteilungen 2035

# Aus zwei wird eins: Textilnetzwerk Oberfranken und TechTex Nordbayern fusionieren zum Textilcluster Hochfranken

*Pressemitteilung Nr. 14/2035 · Hof/Münchberg, 28. Juni 2035 · Lesezeit 4 Minuten*

![Gruppenbild nach der Unterzeichnung](/img/fusion.jpg)
*Nach der Unterzeichnung des Verschmelzungsvertrags in Münchberg (v. l.): Dr. Katrin Wunderlich, Holger Beck, Prof. Dr. Matthias Zapf und Landrat Oliver Rank. Foto: Jana Seidel / Textilcluster Hochfranken*

Die Mitgliederversammlungen des **Textilnetzwerk Oberfranken e.V.** und des Vereins **TechTex Nordbayern e.V.** haben am Mittwoch, dem 27. Juni 2035, in getrennten Sitzungen in Münchberg der Verschmelzung beider Vereine zugestimmt. Der neue Verein trägt den Namen **Textilcluster Hochfranken e.V.** (TCH) und vertritt künftig 112 Unternehmen, Hochschulinstitute und Bildungseinrichtungen zwischen Hof, Münchberg, Selb und Kulmbach. Die Fusion wird mit der Eintragung ins Vereinsregister beim Amtsgericht Hof wirksam, die für September 2035 erwartet wird.

„Unsere Mitglieder haben längst zusammengearbeitet – jetzt bekommen sie auch eine gemeinsame Stimme", sagte **Holger Beck**, bisher Vorsitzender des Textilnetzwerks und Geschäftsführer der Weberei Beck GmbH & Co. KG. Beck wurde zum ersten Vorsitzenden des neuen Vereins gewählt.

## Neue Führung

Der Vorstand des Textilcluster Hochfranken setzt sich wie folgt zusammen:

- Vorsitzender: Holger Beck (Weberei Beck GmbH & Co. KG, Helmbrechts)
- Stellvertretende Vorsitzende: Dr. Katrin Wunderlich (bisher Vorsitzende von TechTex Nordbayern; Leiterin Forschung bei Hofer Vliesstoffe AG)
- Schatzmeister: Bernd Pöhlmann (Sparkasse Hochfranken)
- Beisitzer: Prof. Dr. Matthias Zapf (Hochschule Hof, Institut für Materialwissenschaften), Susanne Gebhardt (Gebhardt Strickmoden e.K.), Ahmet Yıldırım (Yıldırım Textilveredlung GmbH)

Die Geschäftsführung übernimmt **Dr. Felix Hartmann**, bisher Geschäftsführer von TechTex Nordbayern. Die bisherige Geschäftsführerin des Textilnetzwerks, **Ulrike Schödel**, wechselt zum 1. Oktober 2035 als Referentin für Fachkräfte an die IHK für Oberfranken Bayreuth. Ihr Team von drei Mitarbeiterinnen wird vollständig übernommen.

## Warum die Fusion?

Beide Vereine hatten sich seit 2032 in einer gemeinsamen Steuerungsgruppe abgestimmt. Eine Mitgliederbefragung im Frühjahr 2035 ergab, dass 84 Prozent der Mitglieder eine Fusion befürworteten. Als Gründe wurden vor allem genannt: doppelte Mitgliedsbeiträge, parallele Veranstaltungen und eine zersplitterte Ansprache von Politik und Förderstellen. Dr. Katrin Wunderlich: „Für technische Textilien aus Oberfranken ist der Markt Europa. Dafür brauchen wir eine Organisation mit Gewicht in Berlin, München und Brüssel."

Der neue Cluster bündelt seine Arbeit in vier Arbeitskreisen: Funktionstextilien und Medizintextilien, Recycling und Kreislaufwirtschaft, Fachkräfte und Ausbildung sowie Digitalisierung der Produktion. Die bisherigen Projekte beider Vereine – darunter das vom Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie geförderte Projekt „ReFaser" – laufen unverändert weiter.

## Stimmen aus der Region

Landrat **Oliver Rank** (Landkreis Hof) begrüßte die Entscheidung: „Hochfranken ist Textilland. Ein starker Cluster hilft uns, junge Leute für die Branche zu gewinnen." Auch die Bayern Innovativ GmbH, die die bayerische Clusteroffensive koordiniert, und der Verband der Bayerischen Textil- und Bekleidungsindustrie e.V. (vtb) unterstützen den Zusammenschluss.

## Termine

- **Donnerstag, 5. Juli 2035**, 17:00 Uhr: Informationsabend für Mitglieder zu Beiträgen und Satzung, Textilmuseum Helmbrechts
- **Donnerstag, 15. November 2035**: erste gemeinsame Fachtagung „Textil trifft Zukunft", Freiheitshalle Hof

Die neue Beitragsordnung gilt ab dem 1. Januar 2036. Bis dahin zahlen Mitglieder beider Vereine keine doppelten Beiträge.

## Über den Textilcluster Hochfranken

Der Textilcluster Hochfranken e.V. ist das Netzwerk der Textil- und Bekleidungswirtschaft im Nordosten Bayerns. Er entstand 2035 aus der Fusion des 2011 gegründeten Textilnetzwerk Oberfranken e.V. und des 2019 gegründeten TechTex Nordbayern e.V. Sitz des Vereins ist Münchberg.

**Pressekontakt**
Jana Seidel, Kommunikation
Textilcluster Hochfranken e.V. · Kulmbacher Straße 76 · 95213 Münchberg
presse@textilcluster-hochfranken.example.de · +49 9251 000000

---
Teilen: [LinkedIn](#) · [Xing](#) · [E-Mail](#) | [Alle Pressemitteilungen](/presse) | [Datenschutz](/datenschutz) · [Impressum](/impressum)
"""
write(F, T)
TCH = "Textilcluster Hochfranken e.V."
gold(F,
 [P("Katrin Wunderlich","Stellvertretende Vorsitzende",TCH),
  P("Holger Beck","Vorsitzender",TCH),
  P("Matthias Zapf","Beisitzer","Textilcluster Hochfranken e.V."),
  P("Oliver Rank","Landrat","Landkreis Hof"),
  P("Jana Seidel","Kommunikation",TCH),
  P("Bernd Pöhlmann","Schatzmeister","Textilcluster Hochfranken e.V."),
  P("Susanne Gebhardt","Beisitzer","Textilcluster Hochfranken e.V."),
  P("Ahmet Yıldırım","Beisitzer","Textilcluster Hochfranken e.V."),
  P("Felix Hartmann","Geschäftsführung",TCH),
  P("Ulrike Schödel","Referentin für Fachkräfte","IHK für Oberfranken Bayreuth")],
 [O("Textilnetzwerk Oberfranken e.V."), O("TechTex Nordbayern e.V."), O(TCH,"TCH"), O("Amtsgericht Hof"),
  O("Weberei Beck GmbH & Co. KG"), O("Hofer Vliesstoffe AG"), O("Sparkasse Hochfranken"), O("Hochschule Hof"),
  O("Institut für Materialwissenschaften"), O("Gebhardt Strickmoden e.K."), O("Yıldırım Textilveredlung GmbH"),
  O("IHK für Oberfranken Bayreuth"), O("Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  O("Landkreis Hof"), O("Bayern Innovativ GmbH"), O("Verband der Bayerischen Textil- und Bekleidungsindustrie e.V.","vtb")],
 [E("Mitgliederversammlungen","2035-06-27",None,"Münchberg","Germany"),
  E("Informationsabend für Mitglieder","2035-07-05",None,"Helmbrechts","Germany"),
  E("Textil trifft Zukunft","2035-11-15",None,"Hof","Germany")],
 ["2035-06-28","2035-06-27","2035-09","2035-10-01","2032","2035","2035-07-05","2035-11-15","2036-01-01","2011","2019"],
 [], "2035-06-28")
