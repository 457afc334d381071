from common import *
doc='16_clusterpreis_sachsen_anhalt_2035.txt'
t='''Pressemitteilung Nr. 27/2035
Magdeburg, 2. Juli 2035

Clusterpreis Sachsen-Anhalt 2035 ausgeschrieben – Jury steht fest

Das Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt und die Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH (IMG) schreiben zum vierten Mal den Clusterpreis Sachsen-Anhalt aus. Ausgezeichnet werden Kooperationsprojekte aus Clustern und Netzwerken des Landes, die in besonderer Weise Innovationen hervorgebracht, neue Wertschöpfungsketten erschlossen oder Fachkräfte für die Region gewonnen haben. Der Preis ist mit insgesamt 45.000 Euro dotiert.

„Unsere Cluster sind das Rückgrat der Innovationspolitik in Sachsen-Anhalt. Mit dem Clusterpreis wollen wir sichtbar machen, was entsteht, wenn Mittelständler, Hochschulen und Forschungseinrichtungen an einem Strang ziehen", erklärte Wirtschaftsminister Holger Wendlandt bei der Vorstellung der Ausschreibung in Magdeburg.

Kategorien

Der Preis wird in drei Kategorien vergeben:

1. „Innovation im Verbund" – für gemeinsame Forschungs- und Entwicklungsprojekte, die zu neuen Produkten oder Verfahren geführt haben (20.000 Euro),
2. „Grenzen überwinden" – für Projekte mit Partnern aus anderen Bundesländern oder dem europäischen Ausland (15.000 Euro),
3. „Köpfe für die Region" – für Initiativen zur Gewinnung und Bindung von Fachkräften (10.000 Euro).

Bewerben können sich Clusterorganisationen und Netzwerke mit Sitz in Sachsen-Anhalt gemeinsam mit mindestens zwei ihrer Mitglieder. Die Projekte müssen zwischen 2031 und 2035 durchgeführt oder abgeschlossen worden sein.

Die Jury

Über die Preisträger entscheidet eine unabhängige Jury aus Wissenschaft, Wirtschaft und Clusterpraxis:

– Prof. Dr.-Ing. Kerstin Albrecht-Nowak, Rektorin der Otto-von-Guericke-Universität Magdeburg (Vorsitz)
– Dr. rer. nat. Annegret Kühn-Lohmann, Geschäftsführerin des Fraunhofer-Instituts für Mikrostruktur von Werkstoffen und Systemen IMWS, Halle (Saale)
– Hans-Peter Rieckhoff, Präsident der Arbeitgeber- und Wirtschaftsverbände Sachsen-Anhalt
– Dr. Katja Zimmermann-Bleul, Geschäftsführerin des Clusters Chemie/Kunststoffe Mitteldeutschland
– Ing. Martin Hrubý, Ph.D., Direktor des Nationalen Clusterverbands der Tschechischen Republik (NCA), Prag
– Birgit Ohlendorf, Leiterin des Referats Cluster- und Netzwerkpolitik im Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten

Die Jury wird am 19. Oktober 2035 in Halle (Saale) tagen. Bewerbungen werden nach Innovationsgehalt, wirtschaftlicher Wirkung, Qualität der Zusammenarbeit und Übertragbarkeit bewertet. Die fünf bestplatzierten Projekte jeder Kategorie werden zu einer Präsentation vor der Jury eingeladen.

Fristen

– Einsendeschluss für Bewerbungen: Sonntag, 30. September 2035, 24:00 Uhr
– Benachrichtigung der Nominierten: bis 31. Oktober 2035
– Preisverleihung: Donnerstag, 29. November 2035, im Rahmen des Clusterforums Sachsen-Anhalt im Gesellschaftshaus Magdeburg

Das Clusterforum Sachsen-Anhalt beginnt am 29. November 2035 um 13:00 Uhr mit Fachforen zu Wasserstoff, Halbleitern und Lebensmitteltechnologie. Die Preisverleihung findet ab 17:30 Uhr statt; moderiert wird sie von der MDR-Journalistin Claudia Wenzel-Brandt. Im Anschluss lädt der Minister zu einem Empfang ein. Die Nominierten erhalten für das Clusterforum kostenlos einen Ausstellungsplatz im Foyer, an dem sie ihre Projekte den rund 400 erwarteten Gästen aus Wirtschaft, Wissenschaft und Verwaltung vorstellen können. Alle Nominierten werden außerdem in einer Broschüre und in einem Kurzfilm der IMG porträtiert.

Ablauf des Verfahrens

Die Bewerbung erfolgt in zwei Stufen. Zunächst reichen die Cluster eine Projektskizze von höchstens fünf Seiten ein, in der Ziele, Partner, Ergebnisse und die Rolle des Clustermanagements beschrieben werden. Die Geschäftsstelle der IMG prüft die formalen Voraussetzungen und leitet die vollständigen Unterlagen an die Jury weiter. Die Nominierten präsentieren ihre Projekte anschließend in jeweils zehn Minuten vor der Jury; dabei soll mindestens ein Mitgliedsunternehmen vertreten sein.

Neu ist in diesem Jahr die Kategorie „Grenzen überwinden". Sie soll Cluster ermutigen, Partnerschaften mit Regionen in Polen, Tschechien und den Niederlanden aufzubauen, mit denen Sachsen-Anhalt bereits Kooperationsvereinbarungen unterhält. Aus diesem Grund wurde mit Martin Hrubý erstmals ein ausländisches Mitglied in die Jury berufen.

Die Preisgelder sind zweckgebunden und müssen für die Weiterentwicklung des ausgezeichneten Projekts oder für neue Kooperationsvorhaben der Clusterorganisation eingesetzt werden. Über die Verwendung ist der IMG innerhalb eines Jahres kurz zu berichten. Eine Doppelbewerbung desselben Projekts in mehreren Kategorien ist nicht zulässig; die Jury kann ein Projekt jedoch einer anderen Kategorie zuordnen.

Rückblick

Bei der dritten Verleihung am 23. November 2034 gingen die Preise an das Projekt „H2-Netz Altmark" des Wasserstoffnetzwerks HYPOS, an den Automotive-Cluster MAHREG für die deutsch-polnische Lieferantenkooperation mit dem Klaster Motoryzacyjny Wielkopolska und an das Netzwerk „Ernährungswirtschaft Sachsen-Anhalt" für seine Ausbildungsoffensive „Genussberufe". Der Sonderpreis der Jury ging an den Verein Cluster Sondermaschinen- und Anlagenbau (SMAB).

„Der Preis hat uns Türen geöffnet, die vorher verschlossen waren", sagte Dr. Torsten Pilz, Geschäftsführer von MAHREG Automotive, im Rückblick. Nach der Auszeichnung seien vier weitere polnische Zulieferer dem Kooperationsprojekt beigetreten.

Bewerbung und Kontakt

Die Ausschreibungsunterlagen und das Bewerbungsformular stehen ab sofort auf der Website der IMG zum Download bereit. Eine digitale Informationsveranstaltung für Interessierte findet am 3. September 2035 von 10:00 bis 11:00 Uhr statt.

Ansprechpartnerin:
Dipl.-Kffr. Sabine Ehrhardt
Projektleiterin Clusterpreis
Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH
Am Alten Theater 6, 39104 Magdeburg
Telefon: +49 391 000 00 00
E-Mail: clusterpreis@img-sachsen-anhalt.example

Pressekontakt: Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten, Pressestelle, Hasselbachstraße 4, 39104 Magdeburg

Über die IMG: Die Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH ist die Wirtschaftsförderungs- und Tourismusmarketinggesellschaft des Landes. Sie betreut im Auftrag des Landes die Clusterpolitik und unterstützt die rund 40 Cluster und Netzwerke in Sachsen-Anhalt bei ihrer Entwicklung und Internationalisierung.
'''
write(doc,t)
MW='Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten'; IMG='Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH'
gold(doc,[P('Holger Wendlandt','Wirtschaftsminister',None),P('Kerstin Albrecht-Nowak','Rektorin','Otto-von-Guericke-Universität Magdeburg'),
 P('Annegret Kühn-Lohmann','Geschäftsführerin','Fraunhofer-Instituts für Mikrostruktur von Werkstoffen und Systemen'),
 P('Hans-Peter Rieckhoff','Präsident','Arbeitgeber- und Wirtschaftsverbände Sachsen-Anhalt'),P('Katja Zimmermann-Bleul','Geschäftsführerin','Clusters Chemie/Kunststoffe Mitteldeutschland'),
 P('Martin Hrubý','Direktor','Nationalen Clusterverbands der Tschechischen Republik'),P('Birgit Ohlendorf','Leiterin des Referats Cluster- und Netzwerkpolitik',MW),
 P('Claudia Wenzel-Brandt','MDR-Journalistin',None),P('Torsten Pilz','Geschäftsführer','MAHREG Automotive'),P('Sabine Ehrhardt','Projektleiterin Clusterpreis',IMG)],
 [O(MW+' des Landes Sachsen-Anhalt'),O(IMG,'IMG'),O('Otto-von-Guericke-Universität Magdeburg'),
  O('Fraunhofer-Instituts für Mikrostruktur von Werkstoffen und Systemen','IMWS'),O('Arbeitgeber- und Wirtschaftsverbände Sachsen-Anhalt'),
  O('Clusters Chemie/Kunststoffe Mitteldeutschland'),O('Nationalen Clusterverbands der Tschechischen Republik','NCA'),O('Referats Cluster- und Netzwerkpolitik'),
  O('MDR'),O('HYPOS'),O('MAHREG Automotive','MAHREG'),O('Klaster Motoryzacyjny Wielkopolska'),O('Ernährungswirtschaft Sachsen-Anhalt'),
  O('Cluster Sondermaschinen- und Anlagenbau','SMAB')],
 [E('Preisverleihung','2035-11-29',None,'Magdeburg','Germany'),E('Clusterforums Sachsen-Anhalt','2035-11-29',None,'Magdeburg','Germany'),
  E('Empfang','2035-11-29',None,'Magdeburg','Germany'),E('dritten Verleihung','2034-11-23',None,None,None),
  E('digitale Informationsveranstaltung','2035-09-03')],
 ['2035-07-02','2031/2035','2035-10-19','2035-09-30','2035-10-31','2035-11-29','2034-11-23','2035-09-03'],pub='2035-07-02')
