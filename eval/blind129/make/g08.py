from h import *
F = 'g08_augsburg_cluster_team_vorstand.md'
assert wd(2037,5,13)=='Wednesday' and wd(2037,10,8)=='Thursday' and wd(2037,7,1)=='Wednesday'
T = """[Startseite](/) · [Über uns](/ueber-uns) · **Team & Gremien** · [Mitglieder](/mitglieder) · [Veranstaltungen](/termine) · [Presse](/presse) · [Kontakt](/kontakt)

# Team & Gremien

Der **Leichtbau-Cluster Schwaben e.V.** vernetzt seit 2028 Unternehmen, Hochschulen und Forschungseinrichtungen aus Bayerisch-Schwaben, die an Faserverbundwerkstoffen, Leichtmetallen und ressourcenschonender Fertigung arbeiten. Sitz des Vereins ist der Innovationspark Augsburg. Stand dieser Seite: 20.05.2037.

## Geschäftsstelle

| Funktion | Name | Kontakt |
|---|---|---|
| Geschäftsführerin | Dr.-Ing. Katharina Wehrle-Oswald | k.wehrle@lcs.example.de |
| Stellv. Geschäftsführer, Leiter Technologie | Florian Kienzle | f.kienzle@lcs.example.de |
| Projektmanagerin Internationales | Agnieszka Zielińska-Huber | a.zielinska@lcs.example.de |
| Netzwerkmanager Mitglieder | Emre Yıldırım | e.yildirim@lcs.example.de |
| Assistenz der Geschäftsführung | Sabine Weißgerber | info@lcs.example.de |

Katharina Wehrle-Oswald leitet die Geschäftsstelle seit dem 1. Januar 2035. Zuvor war sie Gruppenleiterin am Fraunhofer-Institut für Gießerei-, Composite- und Verarbeitungstechnik IGCV in Augsburg (2027–2034).

## Vorstand

Die Mitgliederversammlung am Mittwoch, 13. Mai 2037, in der Messe Augsburg hat den Vorstand für die Amtszeit 2037–2040 gewählt:

- **Vorsitzender:** Prof. Dr. Maximilian von Stetten, Technische Hochschule Augsburg
- **Stellvertretende Vorsitzende:** Ursula Brandl-Meier, Geschäftsführerin der Brandl Composites GmbH, Gersthofen
- **Schatzmeister:** Thomas Gruber (Kreissparkasse Augsburg)
- **Beisitzer:** Dr. Lena Hofbauer (Premium Aerotec Augsburg), Jürgen Schmid-Lechner (MAN Energy Solutions SE), Selin Aydın (Start-up CarbonLoop GmbH)

Neu im Vorstand ist Selin Aydın, deren Unternehmen Carbonfaser-Reste aus der Luftfahrt wiederverwertet. Nicht mehr kandidiert hat Dr. Wolfgang Eberle, der dem Vorstand seit der Gründung angehörte und von 2032 bis 2037 Vorsitzender war. Die Mitgliederversammlung ernannte ihn einstimmig zum Ehrenmitglied.

## Beirat

Der Beirat berät den Vorstand in strategischen Fragen. Ihm gehören an: Dr. Andrea Lämmle (Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie), Gerhard Posch (IHK Schwaben), Prof. Dr. Sophie Marchand (Universität Augsburg, Institut für Materials Resource Management) und Michael Thalhofer (Regio Augsburg Wirtschaft GmbH). Die nächste Beiratssitzung findet am Mittwoch, 1. Juli 2037 statt.

## Arbeitskreise

In drei Arbeitskreisen treffen sich Fachleute aus den Mitgliedsunternehmen etwa viermal im Jahr, meist reihum bei einem Mitglied. Die Arbeitskreise sind offen für alle Beschäftigten von Mitgliedern; Gäste können nach Absprache teilnehmen.

- **AK Recycling und Kreislaufwirtschaft** – Leitung: Dr. Petra Nguyen-Wagner, Hochschule Kempten
- **AK Fügetechnik** – Leitung: Andreas Rauscher (Rauscher Klebtechnik GmbH & Co. KG, Donauwörth)
- **AK Nachwuchs und Qualifizierung** – Leitung: Florian Kienzle aus der Geschäftsstelle

Wer einen neuen Arbeitskreis vorschlagen möchte, wendet sich an die Geschäftsführerin. Voraussetzung sind mindestens fünf interessierte Mitglieder aus mindestens drei verschiedenen Unternehmen oder Einrichtungen.

## Augsburger Leichtbautag

Unsere Jahreskonferenz bringt jedes Jahr rund 300 Fachleute nach Augsburg. Bisherige Ausgaben:

- 8. Augsburger Leichtbautag, 12.10.2036 – Schwerpunkt Kreislaufwirtschaft
- 7. Augsburger Leichtbautag, 14.10.2035 – Schwerpunkt Wasserstofftanks
- 6. Augsburger Leichtbautag, 09.10.2034 – Schwerpunkt Fachkräfte

### Kernbotschaften des 8. Augsburger Leichtbautags

1. Leichtbau und Recycling müssen von Anfang an gemeinsam geplant werden
2. Kleine Zulieferer brauchen Zugang zu Prüfständen, die sie allein nicht finanzieren können
3. Ohne Fachkräfte aus dem Ausland wird die Region ihre Ziele nicht erreichen

Der **9. Augsburger Leichtbautag** findet am Donnerstag, 8. Oktober 2037, im Kongress am Park statt. Anmeldeschluss für Aussteller ist der 31.07.2037.

## Mitglied werden

Ordentliche Mitglieder können Unternehmen, Hochschulen, Forschungseinrichtungen und Kommunen werden. Der Jahresbeitrag richtet sich nach der Zahl der Beschäftigten. Aufnahmeanträge entscheidet der Vorstand in seiner jeweils nächsten Sitzung. Fragen zur Mitgliedschaft beantwortet Emre Yıldırım.

---
Leichtbau-Cluster Schwaben e.V. · Am Technologiezentrum 5 · 86159 Augsburg · Vereinsregister Augsburg VR 0000
[Impressum](/impressum) · [Datenschutz](/datenschutz) · [Barrierefreiheit](/barrierefreiheit)
Gefördert durch das Bayerische Staatsministerium für Wirtschaft, Landesentwicklung und Energie im Rahmen der Cluster-Offensive Bayern.
"""
write(F, T)
L="Leichtbau-Cluster Schwaben e.V."
gold(F,
 [P("Katharina Wehrle-Oswald","Geschäftsführerin",L),
  P("Florian Kienzle","Stellv. Geschäftsführer, Leiter Technologie",L),
  P("Agnieszka Zielińska-Huber","Projektmanagerin Internationales",L),
  P("Emre Yıldırım","Netzwerkmanager Mitglieder",L),
  P("Sabine Weißgerber","Assistenz der Geschäftsführung",L),
  P("Maximilian von Stetten","Vorsitzender",L),
  P("Ursula Brandl-Meier","Stellvertretende Vorsitzende",L),
  P("Thomas Gruber","Schatzmeister",L),
  P("Lena Hofbauer","Beisitzer",L),
  P("Jürgen Schmid-Lechner","Beisitzer",L),
  P("Selin Aydın","Beisitzer",L),
  P("Wolfgang Eberle","Vorsitzender",L),
  P("Andrea Lämmle",None,"Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  P("Gerhard Posch",None,"IHK Schwaben"),
  P("Sophie Marchand",None,"Institut für Materials Resource Management"),
  P("Petra Nguyen-Wagner","Leitung",L),
  P("Andreas Rauscher","Leitung",L),
  P("Michael Thalhofer",None,"Regio Augsburg Wirtschaft GmbH")],
 [O(L), O("Fraunhofer-Institut für Gießerei-, Composite- und Verarbeitungstechnik","IGCV"),
  O("Technische Hochschule Augsburg"), O("Brandl Composites GmbH"), O("Kreissparkasse Augsburg"),
  O("Premium Aerotec Augsburg"), O("MAN Energy Solutions SE"), O("CarbonLoop GmbH"),
  O("Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"), O("IHK Schwaben"),
  O("Universität Augsburg"), O("Institut für Materials Resource Management"), O("Regio Augsburg Wirtschaft GmbH"),
  O("Hochschule Kempten"), O("Rauscher Klebtechnik GmbH & Co. KG")],
 [E("Mitgliederversammlung","2037-05-13",None,"Augsburg","Germany"),
  E("Beiratssitzung","2037-07-01",None,None,None),
  E("8. Augsburger Leichtbautag","2036-10-12",None,"Augsburg","Germany"),
  E("7. Augsburger Leichtbautag","2035-10-14",None,"Augsburg","Germany"),
  E("6. Augsburger Leichtbautag","2034-10-09",None,"Augsburg","Germany"),
  E("9. Augsburger Leichtbautag","2037-10-08",None,"Augsburg","Germany")],
 ["2028","2037-05-20","2035-01-01","2027/2034","2037-05-13","2037/2040","2032/2037","2037-07-01","2036-10-12","2035-10-14","2034-10-09","2037-10-08","2037-07-31"],
 ["Leichtbau und Recycling müssen von Anfang an gemeinsam geplant werden",
  "Kleine Zulieferer brauchen Zugang zu Prüfständen, die sie allein nicht finanzieren können",
  "Ohne Fachkräfte aus dem Ausland wird die Region ihre Ziele nicht erreichen"])
