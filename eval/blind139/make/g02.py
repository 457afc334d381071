from h import *
F = 'g02_rhein_neckar_mitgliederversammlung.txt'
assert wd(2039,3,24)=='Thursday' and wd(2039,5,12)=='Thursday' and wd(2039,11,17)=='Thursday'
T = """Startseite > Aktuelles > Verein

Neuer Vorstand für MedTech Rhein-Neckar: Mitgliederversammlung wählt Dr. Katharina von Berg zur Vorsitzenden

Mannheim, 28.03.2039 | Kategorie: Verein, Netzwerk | Lesezeit: 4 Minuten

Die Mitgliederversammlung des MedTech Rhein-Neckar e. V. hat am Donnerstag, 24. März 2039, im Technologiepark Heidelberg einen neuen Vorstand gewählt. Von den 168 Mitgliedern des Clusters waren 97 vertreten, davon 23 über eine Vollmacht. Alle Wahlgänge fielen eindeutig aus.

Neue Vorsitzende ist Dr. Katharina von Berg, Geschäftsführerin der Heidelberger Implantat-Technik GmbH. Sie folgt auf Prof. Dr. Wolfgang Reuter-Stahl vom Universitätsklinikum Mannheim, der den Verein seit der Gründung im Jahr 2031 geführt hatte und nicht mehr kandidierte. Die Versammlung ernannte ihn einstimmig zum Ehrenvorsitzenden.

„Wir sind in acht Jahren von zwölf auf fast 170 Mitglieder gewachsen. Jetzt geht es darum, aus einem Netzwerk einen Standort zu machen, den man in Boston und Singapur kennt“, sagte von Berg nach ihrer Wahl. Reuter-Stahl dankte der Geschäftsstelle und erinnerte an die ersten Sitzungen „in einem Besprechungsraum ohne Beamer“.

Der Vorstand für die Amtszeit 2039–2042 im Überblick:

- Vorsitzende: Dr. Katharina von Berg (Heidelberger Implantat-Technik GmbH)
- Stellvertretender Vorsitzender: Murat Yılmaz, Leiter Innovation, Roche Diagnostics GmbH, Mannheim
- Schatzmeisterin: Susanne Pfälzer-Hoch (Sparkasse Rhein Neckar Nord)
- Schriftführer: Dr. Jan-Philipp Oberdorf (Deutsches Krebsforschungszentrum, DKFZ)
- Beisitzer: Prof. Dr. Elena Marchetti (Hochschule Mannheim), Thomas Kübler (Kübler Medizintechnik KG, Schwetzingen), Annika Weiß (Stadt Mannheim, Fachbereich Wirtschafts- und Strukturförderung)

Als Kassenprüfer wurden Rainer Böhm und Gül Demir bestätigt.

Bericht der Geschäftsstelle

Geschäftsführer Dr. Florian Hartenstein stellte den Jahresbericht 2038 vor. Der Cluster hat im vergangenen Jahr 31 Veranstaltungen organisiert, darunter das MedTech-Frühstück, das seit 2034 monatlich in Mannheim stattfindet, und die 5. Rhein-Neckar Regulatory Days am 13. und 14. Oktober 2038 in Heidelberg mit 240 Teilnehmenden. Über das Cluster wurden elf Verbundprojekte angestoßen; vier davon werden im Landesprogramm „Zukunftscluster“ gefördert. Die Mitgliedsbeiträge bleiben für 2039 unverändert.

Hartenstein kündigte außerdem eine Delegationsreise zur MEDICA 2039 nach Düsseldorf vom 14. bis 17. November 2039 an, bei der der Cluster erstmals mit einem Gemeinschaftsstand der Metropolregion Rhein-Neckar auftreten wird. Anmeldeschluss für Aussteller ist der 30. Juni 2039.

Auch in der Geschäftsstelle gibt es Veränderungen: Seit Januar 2039 verstärkt Dr. Ioana Popescu als Projektmanagerin für Regulatory Affairs das Team; zuvor war sie an der Universitatea Tehnică din Cluj-Napoca und bei TÜV SÜD Product Service tätig. Die langjährige Assistentin der Geschäftsführung, Brigitte Neuhaus, wurde nach 24 Jahren in der regionalen Wirtschaftsförderung in den Ruhestand verabschiedet.

Grußworte sprachen Dr. Ralf Eichhorn, Leiter der Abteilung Innovation im Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg, und Oberbürgermeisterin Dr. Sabine Lautenschläger-Yüksel (Stadt Heidelberg). Eichhorn würdigte den Cluster als „eine der lebendigsten Innovationsplattformen im Land“.

Beschlüsse der Mitgliederversammlung

Die Mitgliederversammlung hat folgende Beschlüsse gefasst:
1. Der Jahresabschluss 2038 wird festgestellt und der Vorstand für das Geschäftsjahr 2038 entlastet
2. Die Satzung wird um eine Mitgliedschaftskategorie für Start-ups mit ermäßigtem Beitrag ergänzt
3. Der Verein tritt dem European Health Clusters Network (EHCN) bei
4. Der Wirtschaftsplan 2039 wird in der vorgelegten Fassung genehmigt

Die nächste ordentliche Mitgliederversammlung findet im März 2040 statt. Der neue Vorstand trifft sich zu seiner konstituierenden Sitzung am Donnerstag, 12. Mai 2039.

Über MedTech Rhein-Neckar
Der MedTech Rhein-Neckar e. V. ist das Netzwerk der Medizintechnik-Unternehmen, Kliniken und Forschungseinrichtungen in der Metropolregion Rhein-Neckar. Er wird unterstützt von der Metropolregion Rhein-Neckar GmbH (MRN GmbH) und ist mit dem Label GOLD der European Cluster Excellence Initiative ausgezeichnet.

Pressekontakt: Lea Schumacher, Kommunikation, presse@medtech-rn.example.de, 0621 000 000

Teilen: LinkedIn | X | E-Mail | Drucken

Das könnte Sie auch interessieren:
> MedTech-Frühstück: Cybersicherheit für Medizinprodukte
> Neue Mitglieder im ersten Quartal 2039
"""
write(F, T)
M="MedTech Rhein-Neckar e. V."
gold(F,
 [P("Katharina von Berg","Vorsitzende",M),
  P("Wolfgang Reuter-Stahl","Ehrenvorsitzenden",M),
  P("Murat Yılmaz","Stellvertretender Vorsitzender",M),
  P("Susanne Pfälzer-Hoch","Schatzmeisterin",M),
  P("Jan-Philipp Oberdorf","Schriftführer",M),
  P("Elena Marchetti","Beisitzer",M),
  P("Thomas Kübler","Beisitzer",M),
  P("Annika Weiß","Beisitzer",M),
  P("Rainer Böhm","Kassenprüfer",M),
  P("Gül Demir","Kassenprüfer",M),
  P("Florian Hartenstein","Geschäftsführer",M),
  P("Ralf Eichhorn","Leiter der Abteilung Innovation","Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  P("Sabine Lautenschläger-Yüksel","Oberbürgermeisterin","Stadt Heidelberg"),
  P("Lea Schumacher","Kommunikation",M),
  P("Ioana Popescu","Projektmanagerin für Regulatory Affairs",M),
  P("Brigitte Neuhaus","Assistentin der Geschäftsführung",M)],
 [O(M), O("Heidelberger Implantat-Technik GmbH"), O("Universitätsklinikum Mannheim"), O("Roche Diagnostics GmbH"),
  O("Sparkasse Rhein Neckar Nord"), O("Deutsches Krebsforschungszentrum","DKFZ"), O("Hochschule Mannheim"),
  O("Kübler Medizintechnik KG"), O("Stadt Mannheim"), O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  O("Stadt Heidelberg"), O("Universitatea Tehnică din Cluj-Napoca"), O("TÜV SÜD Product Service"), O("European Health Clusters Network","EHCN"), O("Metropolregion Rhein-Neckar GmbH","MRN GmbH"),
  O("European Cluster Excellence Initiative")],
 [E("Mitgliederversammlung","2039-03-24",None,"Heidelberg","Germany"),
  E("MedTech-Frühstück",None,None,"Mannheim","Germany"),
  E("5. Rhein-Neckar Regulatory Days","2038-10-13","2038-10-14","Heidelberg","Germany"),
  E("MEDICA 2039","2039-11-14","2039-11-17","Düsseldorf","Germany"),
  E("ordentliche Mitgliederversammlung","2040-03",None,None,None),
  E("konstituierenden Sitzung","2039-05-12",None,None,None)],
 ["2039-03-28","2039-03-24","2031","2039/2042","2038","2034","2038-10-13/2038-10-14","2039","2039-11-14/2039-11-17","2039-06-30","2040-03","2039-05-12","2039-01"],
 ["Der Jahresabschluss 2038 wird festgestellt und der Vorstand für das Geschäftsjahr 2038 entlastet",
  "Die Satzung wird um eine Mitgliedschaftskategorie für Start-ups mit ermäßigtem Beitrag ergänzt",
  "Der Verein tritt dem European Health Clusters Network (EHCN) bei",
  "Der Wirtschaftsplan 2039 wird in der vorgelegten Fassung genehmigt"],
 pub="2039-03-28")
