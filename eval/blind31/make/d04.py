from g import *
fname = "veranstaltung-3-leunaer-bioraffinerie-dialog-2035.md"
t = """[Startseite](/) / [Veranstaltungen](/veranstaltungen) / 3. Leunaer Bioraffinerie-Dialog

# 3. Leunaer Bioraffinerie-Dialog: Biobasierte Lösungsmittel im industriellen Maßstab

*Veröffentlicht am 03.07.2035 | Kategorie: Veranstaltungen, Netzwerk*

**Datum:** Donnerstag, 20.09.2035, 10:00–16:30 Uhr
**Ort:** Leuna, Kongresszentrum am Chemiestandort
**Veranstalter:** Netzwerk Grüne Chemie Saale-Unstrut e.V. (NGC)
**Sprache:** Deutsch und Englisch (ohne Simultanübersetzung)
**Teilnahmegebühr:** 90 € zzgl. MwSt., für NGC-Mitglieder kostenfrei

Lösungsmittel aus Zucker, Holz und Reststoffen sind technisch ausgereift – aber noch immer teurer als ihre fossilen
Vorbilder. Beim dritten Bioraffinerie-Dialog fragen wir gemeinsam mit Gästen aus Großbritannien, wie der Sprung vom
Technikum in die Produktion gelingt und welche Rolle Abnahmeverträge, Zertifizierung und öffentliche Beschaffung dabei
spielen. Der 2. Dialog im Oktober 2034 in Halle (Saale) hatte gezeigt, dass vor allem mittelständische Anwender mehr
Planungssicherheit brauchen.

## Programm

| Uhrzeit | Programmpunkt |
|---|---|
| 10:00 | Begrüßung – Dr. Katrin Wendisch, Geschäftsführerin, Netzwerk Grüne Chemie Saale-Unstrut e.V. |
| 10:15 | Grußwort – Frank Reinholz, Staatssekretär im Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt |
| 10:35 | Keynote (in English): „Scaling bio-based solvents: lessons from the North West" – Oliver Whitcombe, Chief Technology Officer, Verdantis Chemicals Ltd |
| 11:15 | Kaffeepause |
| 11:40 | Vortrag (in English): „From lignin to green solvents – what the pilot data tell us" – Prof. Eilidh MacAulay, Head of the Biorefining Group, University of Strathclyde |
| 12:20 | Podiumsdiskussion: Wer kauft den ersten Tankzug? – mit Jens-Uwe Pötzsch (Leuna Bio-Intermediates GmbH), Dr. Aylin Demirci (Fraunhofer-Zentrum für Chemisch-Biotechnologische Prozesse CBP) und Oliver Whitcombe. Moderation: Thomas O'Connell, freier Wissenschaftsjournalist |
| 13:15 | Mittagessen und Networking |
| 14:30 | Besichtigung der Pilotanlage (begrenzte Teilnehmerzahl, festes Schuhwerk erforderlich) |
| 16:30 | Ende der Veranstaltung |

## Anmeldung

Die Anmeldung ist bis zum 7. September möglich. Bitte nutzen Sie das Online-Formular; für die Besichtigung der
Pilotanlage ist ein gültiger Personalausweis erforderlich. Die Plätze für die Besichtigung werden in der Reihenfolge der
Anmeldungen vergeben.

**Ansprechpartnerin:** Maren Schlüter, Projektmanagerin, Tel. +49 3461 000 000, schlueter@ngc.example

Die Veranstaltung wird aus Mitteln des Landes Sachsen-Anhalt gefördert.

[Zur Anmeldung](/anmeldung) · [Anfahrt](/anfahrt) · [Alle Veranstaltungen](/veranstaltungen)

Teilen: LinkedIn · E-Mail · Drucken
"""
write_doc(fname, t)
N = "Netzwerk Grüne Chemie Saale-Unstrut e.V."
MIN = "Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt"
gold(fname,
 [P("Katrin Wendisch","Geschäftsführerin",N),
  P("Frank Reinholz","Staatssekretär",MIN),
  P("Oliver Whitcombe","Chief Technology Officer","Verdantis Chemicals Ltd"),
  P("Eilidh MacAulay","Head of the Biorefining Group","University of Strathclyde"),
  P("Jens-Uwe Pötzsch",None,"Leuna Bio-Intermediates GmbH"),
  P("Aylin Demirci",None,"Fraunhofer-Zentrum für Chemisch-Biotechnologische Prozesse"),
  P("Thomas O'Connell","freier Wissenschaftsjournalist",None),
  P("Maren Schlüter","Projektmanagerin",N)],
 [O(N,"NGC"), O(MIN), O("Verdantis Chemicals Ltd"), O("University of Strathclyde"),
  O("Leuna Bio-Intermediates GmbH"), O("Fraunhofer-Zentrum für Chemisch-Biotechnologische Prozesse","CBP")],
 [E("3. Leunaer Bioraffinerie-Dialog","2035-09-20",None,"Leuna","Germany"),
  E("2. Leunaer Bioraffinerie-Dialog","2034-10",None,"Halle (Saale)","Germany")],
 ["2035-07-03","2035-09-20","2034-10","2035-09-07"],
 pub="2035-07-03")
