from h import *
F = 'g07_owl_cluster_manager_interview.md'
assert wd(2036,9,17)=='Mittwoch'.replace('Mittwoch','Wednesday') and wd(2036,11,12)=='Wednesday'
T = """[Startseite](/) › [Magazin](/magazin) › Interview

# „Wir müssen nicht größer werden, sondern schneller“

**Interview mit Dr. Annika Brockmeyer, Clustermanagerin von it's OWL Maschinenbau Digital e. V.**

*Veröffentlicht am 3. September 2036 · Lesezeit 6 Minuten · Text: Jörn Wiebusch · Foto: Lena Kottmann*

Seit April 2036 leitet Annika Brockmeyer das Clustermanagement des Netzwerks in Bielefeld. Zuvor war sie sieben Jahre beim Fraunhofer-Institut für Entwurfstechnik Mechatronik IEM in Paderborn tätig. Wir haben mit ihr über ihre ersten Monate, die Mitglieder und die Pläne für 2037 gesprochen.

**Frau Brockmeyer, was hat Sie an der Stelle gereizt?**

Ich habe in Paderborn viele Forschungsprojekte mit Unternehmen aus der Region gemacht. Oft endete die Zusammenarbeit mit dem Abschlussbericht. Im Cluster kann ich dafür sorgen, dass die Ergebnisse in den Betrieben ankommen – bei den 180 Mitgliedern, vom Familienunternehmen in Gütersloh bis zum Weltmarktführer in Minden.

**Was haben Sie in den ersten Monaten gelernt?**

Dass die Mitglieder wenig Zeit haben. Ich habe bis Juli 46 Unternehmen besucht. Fast alle sagen: Wir brauchen keine weiteren Veranstaltungen, wir brauchen Leute, die mit uns ein konkretes Problem lösen. Deshalb bauen wir unsere Transferprojekte um: kürzer, kleiner, mit klarem Ergebnis nach drei Monaten.

**Welche Rolle spielt die Künstliche Intelligenz dabei?**

Eine große, aber keine magische. Wir haben mit der Universität Bielefeld und der Technischen Hochschule Ostwestfalen-Lippe ein „KI-Sprechstunde“-Format gestartet. Ein Unternehmen bringt Daten und eine Frage mit, Studierende und Forschende arbeiten zwei Tage daran. Die erste Sprechstunde fand am 17. September 2036 im Innovation Campus Lemgo statt.

**Viele Cluster klagen über Fachkräftemangel. Sie auch?**

Natürlich. Wir arbeiten hier eng mit der IHK Ostwestfalen zu Bielefeld und der Agentur für Arbeit zusammen. Im Herbst starten wir eine gemeinsame Kampagne für Quereinsteigerinnen. Dr. Holger Tiemann, Geschäftsführer Aus- und Weiterbildung der IHK, hat uns dafür Räume und Kontakte zugesagt.

**Wie finanziert sich der Cluster?**

Zu etwa 40 Prozent aus Mitgliedsbeiträgen, der Rest kommt aus Projekten, unter anderem aus dem Programm des Landes Nordrhein-Westfalen. Das Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen fördert die Geschäftsstelle bis Ende 2038. Danach wollen wir deutlich unabhängiger sein.

**Und international?**

Wir sind Partner im Interreg-Projekt „Smart Factory Bridge“ mit Clustern aus den Niederlanden und Dänemark – etwa mit Brainport Industries in Eindhoven und dem Danish Robotics Cluster in Odense. Im Mai 2037 fahren wir mit zwölf Unternehmen nach Odense.

**Was steht als Nächstes an?**

Am 12. November 2036 ist unsere Mitgliederversammlung in der Stadthalle Bielefeld. Dort stellen wir die Strategie 2037–2040 vor. Unser Vorstandsvorsitzender Klaus-Peter Oevermann, Geschäftsführer der Oevermann Antriebstechnik GmbH, wird nach acht Jahren nicht wieder kandidieren. Ich bin ihm sehr dankbar – er hat mich in den ersten Wochen überall vorgestellt.

**Zum Schluss: Was wünschen Sie sich von den Mitgliedern?**

Ehrlichkeit. Wenn ein Angebot nichts taugt, sollen sie es mir sagen. Lieber ein kritischer Anruf als eine leere Veranstaltung.

---

**Zur Person:** Annika Brockmeyer (41) hat an der RWTH Aachen Maschinenbau studiert und an der Universität Paderborn promoviert. Von 2029 bis 2036 war sie Gruppenleiterin am Fraunhofer IEM. Sie lebt mit ihrer Familie in Herford.

**Kontakt:** it's OWL Maschinenbau Digital e. V. · Clustermanagement · Jahnplatz 5, 33602 Bielefeld · info@owl-md.example.de

*Teilen:* [LinkedIn](#) · [XING](#) · [E-Mail](#)

**Weitere Interviews der Reihe „Köpfe im Cluster“:**
- Markus Sielemann, Ausbildungsleiter bei Claas Industrietechnik (Juni 2036)
- Derya Aksoy, Gründerin von Sensorik Lippe GmbH (März 2036)

*Dieses Magazin erscheint viermal im Jahr. Impressum · Datenschutz · Cookie-Einstellungen*
"""
write(F, T)
K="it's OWL Maschinenbau Digital e. V."
gold(F,
 [P("Annika Brockmeyer","Clustermanagerin",K), P("Jörn Wiebusch",None,None), P("Lena Kottmann",None,None),
  P("Holger Tiemann","Geschäftsführer Aus- und Weiterbildung","IHK Ostwestfalen zu Bielefeld"),
  P("Klaus-Peter Oevermann","Vorstandsvorsitzender",K),
  P("Markus Sielemann","Ausbildungsleiter","Claas Industrietechnik"),
  P("Derya Aksoy","Gründerin","Sensorik Lippe GmbH")],
 [O(K), O("Fraunhofer-Institut für Entwurfstechnik Mechatronik IEM","Fraunhofer IEM"), O("Universität Bielefeld"),
  O("Technischen Hochschule Ostwestfalen-Lippe"), O("IHK Ostwestfalen zu Bielefeld"),
  O("Agentur für Arbeit"), O("Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen"),
  O("Brainport Industries"), O("Danish Robotics Cluster"), O("Oevermann Antriebstechnik GmbH"),
  O("RWTH Aachen"), O("Universität Paderborn"), O("Claas Industrietechnik"), O("Sensorik Lippe GmbH")],
 [E("KI-Sprechstunde","2036-09-17",None,"Lemgo","Germany"),
  E("Mitgliederversammlung","2036-11-12",None,"Bielefeld","Germany"),
  E("Delegationsreise nach Odense","2037-05",None,"Odense","Denmark")],
 ["2036-09-03","2036-04","2037","2036-07","2036-09-17","2038","2037-05","2036-11-12","2037/2040","2029/2036","2036-06","2036-03"],
 [], pub="2036-09-03")
