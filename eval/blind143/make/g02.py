from h import *
F = 'g02_goettingen_mitgliederversammlung.md'
assert wd(2037,3,19)=='Thursday' and wd(2037,4,23)=='Thursday' and wd(2037,3,2)=='Monday' and wd(2037,6,10)=='Wednesday'
T = """# Protokoll der ordentlichen Mitgliederversammlung 2037

**Messtechnik-Netzwerk Südniedersachsen e.V. (MNS)**
Ort: Sartorius-Forum, Otto-Brenner-Straße, Göttingen
Datum: Donnerstag, 19. März 2037, 16:00 – 18:40 Uhr
Versammlungsleitung: Dr. Henrike von Bodelschwingh (Vorstandsvorsitzende)
Protokoll: Malte Østergaard-Kühn (Geschäftsstelle)

Anwesend: 41 von 68 stimmberechtigten Mitgliedern, davon 6 durch Vollmacht vertreten (Teilnehmerliste als Anlage 1). Gäste: Sabine Wöhler-Tan, Referentin im Niedersächsischen Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung; Jens-Uwe Brückner, Wirtschaftsförderung Region Göttingen GmbH.

---

## TOP 1 – Begrüßung, Feststellung der Beschlussfähigkeit

Die Vorsitzende begrüßt die Mitglieder und Gäste. Sie stellt fest, dass die Einladung vom 2. März 2037 form- und fristgerecht versandt wurde und die Versammlung beschlussfähig ist. Die Tagesordnung wird ohne Änderungen angenommen.

## TOP 2 – Bericht des Vorstands und der Geschäftsstelle

Geschäftsführer Dr. Ömer Karadağ berichtet über das Jahr 2036. Das Netzwerk hat sechs neue Mitglieder aufgenommen, darunter die Hochschule für angewandte Wissenschaft und Kunst (HAWK) und die Firma Leinetal Optronik GmbH aus Northeim. Höhepunkte waren:

- der 9. Göttinger Sensorik-Tag am 17. September 2036 mit 230 Teilnehmenden,
- die Delegationsreise nach Eindhoven im Juni 2036 gemeinsam mit Brainport Development,
- vier Treffen des Arbeitskreises Qualitätssicherung in der Laborautomation.

Das Cluster-Label „Silber“ der European Cluster Excellence Initiative (ECEI) wurde im November 2036 erneuert. Die Zahl der Beschäftigten in der Geschäftsstelle stieg auf 4,5 Stellen.

## TOP 3 – Jahresabschluss 2036 und Bericht der Kassenprüfer

Schatzmeister Florian Dettmer-Adebayo erläutert den Jahresabschluss. Einnahmen von 612.000 Euro standen Ausgaben von 598.400 Euro gegenüber. Die Kassenprüfer, Gisela Hartkopf und Yusuf Demirel, haben die Kasse am 24. Februar 2037 geprüft und keine Beanstandungen festgestellt.

## TOP 4 – Entlastung des Vorstands

Auf Antrag von Gisela Hartkopf wird der Vorstand bei Enthaltung der Vorstandsmitglieder einstimmig entlastet.

## TOP 5 – Wahlen zum Vorstand

Die Amtszeit des Vorstands (2034–2037) endet mit dieser Versammlung. Gewählt werden für die Amtszeit 2037–2040:

| Funktion | Name | Unternehmen / Einrichtung |
|---|---|---|
| Vorsitzende | Dr. Henrike von Bodelschwingh | Georg-August-Universität Göttingen |
| stellv. Vorsitzender | Piotr Zawadzki | Mahr GmbH |
| Schatzmeister | Florian Dettmer-Adebayo | Sparkasse Göttingen |
| Beisitzerin | Carolin Ahrens | Leinetal Optronik GmbH |

Alle Gewählten nehmen die Wahl an.

## TOP 6 – Arbeitsprogramm und Haushalt 2037

Der Geschäftsführer stellt das Arbeitsprogramm vor. Geplant sind unter anderem ein Workshop zu KI in der Bildverarbeitung am Donnerstag, 23. April 2037, in Duderstadt sowie der 10. Göttinger Sensorik-Tag vom 16. bis 17. September 2037 in der Lokhalle Göttingen. Außerdem soll eine Unternehmerreise nach Oberösterreich mit dem Mechatronik-Cluster der Business Upper Austria vorbereitet werden. Frau Wöhler-Tan weist auf die Förderrichtlinie „Innovationscluster Niedersachsen“ hin; Anträge sind bis zum 30. Juni 2037 einzureichen.

## TOP 7 – Beschlüsse

Die Mitgliederversammlung fasst folgende Beschlüsse:

1. Der Jahresabschluss 2036 wird festgestellt
2. Der Mitgliedsbeitrag für Unternehmen mit bis zu 50 Beschäftigten bleibt bei 600 Euro jährlich; für größere Unternehmen steigt er ab 2038 auf 1.800 Euro
3. Der Haushaltsplan 2037 mit einem Volumen von 640.000 Euro wird angenommen
4. Der Vorstand wird beauftragt, bis Ende 2037 eine Strategie für die Internationalisierung des Netzwerks vorzulegen

## TOP 8 – Verschiedenes

Herr Brückner lädt zum Regionalforum der Wirtschaftsförderung am 10. Juni 2037 ein. Die Vorsitzende schließt die Versammlung um 18:40 Uhr und dankt der Sartorius AG für die Gastfreundschaft.

Göttingen, 26. März 2037

gez. Dr. Henrike von Bodelschwingh, Vorsitzende · gez. Malte Østergaard-Kühn, Protokollführer

*Anlagen: Teilnehmerliste, Jahresabschluss 2036, Haushaltsplan 2037, Präsentation der Geschäftsstelle*
"""
write(F, T)
M="Messtechnik-Netzwerk Südniedersachsen e.V."
gold(F,
 [P("Henrike von Bodelschwingh","Vorsitzende",M),
  P("Malte Østergaard-Kühn","Protokollführer",M),
  P("Sabine Wöhler-Tan","Referentin","Niedersächsischen Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung"),
  P("Jens-Uwe Brückner",None,"Wirtschaftsförderung Region Göttingen GmbH"),
  P("Ömer Karadağ","Geschäftsführer",M),
  P("Florian Dettmer-Adebayo","Schatzmeister",M),
  P("Gisela Hartkopf","Kassenprüfer",M),
  P("Yusuf Demirel","Kassenprüfer",M),
  P("Piotr Zawadzki","stellv. Vorsitzender",M),
  P("Carolin Ahrens","Beisitzerin",M)],
 [O(M,"MNS"), O("Niedersächsischen Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung"),
  O("Wirtschaftsförderung Region Göttingen GmbH"), O("Hochschule für angewandte Wissenschaft und Kunst","HAWK"),
  O("Leinetal Optronik GmbH"), O("Brainport Development"), O("European Cluster Excellence Initiative","ECEI"),
  O("Georg-August-Universität Göttingen"), O("Mahr GmbH"), O("Sparkasse Göttingen"),
  O("Business Upper Austria"), O("Mechatronik-Cluster"), O("Sartorius AG")],
 [E("ordentlichen Mitgliederversammlung 2037","2037-03-19",None,"Göttingen","Germany"),
  E("9. Göttinger Sensorik-Tag","2036-09-17",None,None,None),
  E("Delegationsreise nach Eindhoven","2036-06",None,"Eindhoven","Netherlands"),
  E("Workshop zu KI in der Bildverarbeitung","2037-04-23",None,"Duderstadt","Germany"),
  E("10. Göttinger Sensorik-Tag","2037-09-16","2037-09-17","Göttingen","Germany"),
  E("Unternehmerreise nach Oberösterreich",None,None,None,"Austria"),
  E("Regionalforum der Wirtschaftsförderung","2037-06-10",None,None,None)],
 ["2037-03-19","2037-03-02","2036","2036-09-17","2036-06","2036-11","2037-02-24","2034/2037","2037/2040","2037-04-23",
  "2037-09-16/2037-09-17","2037-06-30","2038","2037","2037-06-10","2037-03-26"],
 ["Der Jahresabschluss 2036 wird festgestellt",
  "Der Mitgliedsbeitrag für Unternehmen mit bis zu 50 Beschäftigten bleibt bei 600 Euro jährlich; für größere Unternehmen steigt er ab 2038 auf 1.800 Euro",
  "Der Haushaltsplan 2037 mit einem Volumen von 640.000 Euro wird angenommen",
  "Der Vorstand wird beauftragt, bis Ende 2037 eine Strategie für die Internationalisierung des Netzwerks vorzulegen"],
 pub="2037-03-26")
