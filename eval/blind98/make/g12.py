from h import *
F = 'g12_saar_industrie_hackathon.md'
for (y,m,d,w) in [(2038,11,12,'Friday'),(2038,11,13,'Saturday'),(2038,10,24,'Sunday'),(2038,11,3,'Wednesday'),(2038,11,26,'Friday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """[Startseite](/) / [Veranstaltungen](/veranstaltungen) / Saar Industrie-Hackathon 2038

# Saar Industrie-Hackathon 2038
## 24 Stunden. 6 Challenges. Echte Daten aus echten Fabriken.

**Freitag, 12. November 2038, 14:00 Uhr – Samstag, 13. November 2038, 16:00 Uhr**
**Ort:** Alte Schmelz, Ingbert-Halle, St. Ingbert (Saarland)
**Veranstalter:** Cluster Produktion Saar e.V. gemeinsam mit der Hochschule für Technik und Wirtschaft des Saarlandes (htw saar) und dem Digital-Hub Saarbrücken

[Jetzt anmelden](/hackathon2038/anmeldung) · [Challenges ansehen](#challenges) · [FAQ](#faq)

---

Zum dritten Mal laden der Cluster Produktion Saar und seine Partner Studierende, Entwicklerinnen und Entwickler, Designer und Fachleute aus der Industrie zum Saar Industrie-Hackathon ein. In Teams von drei bis fünf Personen arbeitet ihr 24 Stunden lang an Aufgaben, die Mitgliedsunternehmen des Clusters aus ihrem Alltag mitbringen – mit echten, anonymisierten Maschinen- und Prozessdaten. Die besten Lösungen werden mit insgesamt 12.000 Euro prämiert, und mehrere Unternehmen haben angekündigt, Gewinnerteams für ein bezahltes Pilotprojekt zu beauftragen.

> „Beim letzten Hackathon ist aus einer Nachtidee ein Prüfsystem geworden, das heute in unserer Linie läuft." – Dr. Sabine Kiefer, Leiterin Digitalisierung, Saar Gusswerk GmbH

## Die Challenges {#challenges}

1. **Ausschuss vorhersagen** – Gießerei-Daten von Saar Gusswerk GmbH, Dillingen
2. **Energie im Schichtbetrieb** – Lastprofile eines Walzwerks, gestellt von der Völklinger Stahlverarbeitung AG
3. **Wartung mit Sprache** – Sprachassistent für Instandhalter, ZF-Werk Saarbrücken (Partnerchallenge)
4. **Lager ohne Suche** – Lagerdaten der Logistik Homburg GmbH
5. **CO₂-Fußabdruck pro Bauteil** – mit dem Zentrum für Mechatronik und Automatisierungstechnik (ZeMA)
6. **Offene Challenge** – eure eigene Idee für die Industrie der Großregion

## Ablauf

**Freitag, 12. November**
- 14:00 Check-in, Teamfindung für alle ohne Team
- 15:00 Begrüßung durch Markus Lehnert, Minister für Wirtschaft, Innovation, Digitales und Energie des Saarlandes, und Thomas Reinhardt, Vorstandsvorsitzender des Cluster Produktion Saar e.V.
- 15:30 Vorstellung der Challenges durch die Unternehmen
- 16:30 Start des Hackings
- 19:00 Abendessen
- 23:00 Mitternachtssnack und Mentoring-Runde

**Samstag, 13. November**
- 08:00 Frühstück
- 12:00 Abgabe der Lösungen (Code und Pitch-Deck)
- 13:00 Pitches der Teams (je 4 Minuten)
- 15:00 Preisverleihung
- 16:00 Ende

## Jury

- Prof. Dr. Lena Marx, Hochschule für Technik und Wirtschaft des Saarlandes (Vorsitz)
- Dr. Sabine Kiefer, Saar Gusswerk GmbH
- Mehmet Aydın, Gründer, Digital-Hub Saarbrücken
- Claudine Weber, Agence pour l'Innovation Grand Est (Nancy)
- Stefan Altmeyer, Saarland Innovation GmbH

## Preise

| Platz | Preisgeld | Extra |
|---|---|---|
| 1. Platz | 6.000 € | Pilotprojekt mit einem Clustermitglied |
| 2. Platz | 4.000 € | Coaching durch den Digital-Hub |
| 3. Platz | 2.000 € | Messeplatz auf dem Cluster-Stand der Hannover Messe 2039 |

## Anmeldung

Anmeldeschluss ist **Sonntag, 24. Oktober 2038**. Die Teilnahme ist kostenlos, Verpflegung und Übernachtungsmöglichkeit (Feldbetten, bitte Schlafsack mitbringen) sind inklusive. Die Plätze sind auf 80 begrenzt; bis zum 3. November 2038 erhaltet ihr eine Bestätigung. Teilnehmen können alle ab 18 Jahren.

## FAQ {#faq}

**Muss ich programmieren können?** Nein. Jedes Team braucht auch Menschen, die Prozesse verstehen, gestalten und präsentieren können.
**Wem gehören die Ergebnisse?** Den Teams. Unternehmen, die eine Lösung weiterentwickeln wollen, schließen nach dem Hackathon einen Vertrag mit dem Team.
**Gibt es eine Nachbesprechung?** Ja: Am Freitag, 26. November 2038, stellen die Gewinnerteams ihre Lösungen beim Clustertreffen in Saarbrücken vor.

## Rückblick

2036 (Homburg): 54 Teilnehmende, 11 Teams · 2037 (Saarlouis): 71 Teilnehmende, 15 Teams, Sieger: Team „Gusslupe" mit einem Kamerasystem zur Erkennung von Lunkern.

---

**Kontakt:** Julia Hoffmann, Projektmanagerin, Cluster Produktion Saar e.V., Franz-Josef-Röder-Straße 9, 66119 Saarbrücken, hackathon@produktion-saar.example.de

Gefördert vom Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes aus Mitteln des Europäischen Fonds für regionale Entwicklung (EFRE).

[Impressum](/impressum) · [Datenschutz](/datenschutz) · Teilen: LinkedIn | Mastodon | E-Mail
"""
write(F, T)
CPS="Cluster Produktion Saar e.V."
gold(F,
 [P("Sabine Kiefer","Leiterin Digitalisierung","Saar Gusswerk GmbH"),
  P("Markus Lehnert","Minister für Wirtschaft, Innovation, Digitales und Energie des Saarlandes",None),
  P("Thomas Reinhardt","Vorstandsvorsitzender",CPS),
  P("Lena Marx","Vorsitz","Hochschule für Technik und Wirtschaft des Saarlandes"),
  P("Mehmet Aydın","Gründer","Digital-Hub Saarbrücken"),
  P("Claudine Weber",None,"Agence pour l'Innovation Grand Est"),
  P("Stefan Altmeyer",None,"Saarland Innovation GmbH"),
  P("Julia Hoffmann","Projektmanagerin",CPS)],
 [O(CPS), O("Hochschule für Technik und Wirtschaft des Saarlandes","htw saar"), O("Digital-Hub Saarbrücken"),
  O("Saar Gusswerk GmbH"), O("Völklinger Stahlverarbeitung AG"), O("ZF-Werk Saarbrücken"), O("Logistik Homburg GmbH"),
  O("Zentrum für Mechatronik und Automatisierungstechnik","ZeMA"), O("Agence pour l'Innovation Grand Est"),
  O("Saarland Innovation GmbH"), O("Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes")],
 [E("Saar Industrie-Hackathon 2038","2038-11-12","2038-11-13","St. Ingbert","Germany"),
  E("Abendessen","2038-11-12",None,"St. Ingbert","Germany"),
  E("Preisverleihung","2038-11-13",None,"St. Ingbert","Germany"),
  E("Hannover Messe 2039","2039",None,"Hannover","Germany"),
  E("Clustertreffen","2038-11-26",None,"Saarbrücken","Germany"),
  E("Saar Industrie-Hackathon","2036",None,"Homburg","Germany"),
  E("Saar Industrie-Hackathon","2037",None,"Saarlouis","Germany")],
 ["2038-11-12/2038-11-13","2038-11-12","2038-11-13","2038-10-24","2038-11-03","2038-11-26","2036","2037"],
 [])
