from common import *
fn = "PM_neuer-Managing-Director_Textilcluster-Sachsen_2034.txt"
t = """Pressemitteilung

Chemnitz, 9. Januar 2034

Wechsel an der Spitze: Dr. Katharina Oberländer wird neue Managing Director von TexNet Sachsen

Der Verein TexNet Sachsen e.V. – Netzwerk für technische Textilien hat eine neue Geschäftsführung. Zum 1. Februar 2034
übernimmt Dr. Katharina Oberländer (44) die Funktion der Managing Director des Clusters. Sie folgt auf Rüdiger
Hänsch-Kaltofen, der das Netzwerk seit seiner Gründung im Jahr 2014 aufgebaut hat und Ende Januar in den Ruhestand
geht. Die Entscheidung fiel einstimmig in der Sitzung des Board of Directors am 12. Dezember 2033.

Katharina Oberländer ist promovierte Textilingenieurin und kennt die Branche aus Forschung und Industrie. Nach
Stationen am Sächsischen Textilforschungsinstitut und an der Technischen Universität Chemnitz leitete sie zuletzt
sechs Jahre lang als Head of Business Development den Bereich Medizintextilien der Vogtland Gewirke GmbH in Plauen.
Dort verantwortete sie unter anderem den Aufbau einer Fertigungslinie für textile Implantate.

„Mit Katharina Oberländer gewinnen wir eine Managing Director, die beide Welten kennt – die Labore und die
Werkhallen“, sagt Chairman of the Board Frank Leuschner, Geschäftsführer der Erzgebirgische Bandweberei Leuschner GmbH
& Co. KG. „Unser Dank gilt Rüdiger Hänsch-Kaltofen. Ohne seine Hartnäckigkeit gäbe es TexNet Sachsen in dieser Form
nicht.“

Rüdiger Hänsch-Kaltofen bleibt dem Netzwerk verbunden: Die Mitgliederversammlung wählte ihn am 28. November 2033 in
Glauchau zum Ehrenmitglied. Bis zum 31. März 2034 steht er der neuen Geschäftsführerin beratend zur Seite.

Katharina Oberländer: „Technische Textilien aus Sachsen stecken in Autositzen, Windrotoren und Herzklappen. Ich möchte
die Sichtbarkeit unserer 96 Mitglieder in Europa deutlich erhöhen und die Zusammenarbeit mit den Partnerclustern in
Tschechien und Polen vertiefen.“

Zu ihren ersten Aufgaben gehört die Vorbereitung der neuen Clusterstrategie. Dazu will sie in
den ersten hundert Tagen alle Arbeitskreise des Netzwerks besuchen, mit den Mitgliedsunternehmen über ihre
Erwartungen sprechen und die Zusammenarbeit mit den Hochschulen und Forschungsinstituten der Region auf eine neue
Grundlage stellen. Besonderes Augenmerk gilt der Fachkräftesicherung: Viele Betriebe der Branche finden kaum noch
Auszubildende, und die Zahl der Studierenden in den Textilstudiengängen ist seit Jahren rückläufig. Gemeinsam mit den
Berufsschulen plant TexNet Sachsen deshalb eine Kampagne, die jungen Menschen die technischen Textilien als moderne,
zukunftssichere Branche vorstellt.

Neue Aufgabenverteilung im Team

Mit dem Wechsel ordnet TexNet Sachsen auch die Zuständigkeiten in der Geschäftsstelle neu:

- Jana Pohlers wird Deputy Managing Director und bleibt zugleich Head of Projects (Fördermittel, Verbundprojekte).
- Tobias Krahl übernimmt als Innovation Manager das neue Themenfeld „Circular Textiles“.
- Mandy Weigelt ist als Office Manager Ansprechpartnerin für Mitgliedschaften und Veranstaltungen.
- Dr. Serkan Yıldız, bisher Projektreferent, wird Senior Project Manager für das Interreg-Projekt TEXCYCLE.

Termine

Die neue Managing Director stellt sich den Mitgliedern erstmals beim Neujahrsempfang des Netzwerks am 5. Februar 2034
in der Alten Spinnerei in Chemnitz vor. Im Frühjahr folgt eine Mitgliederbefragung zur Strategie 2035–2040. Auf der
Fachmesse Techtextil in Frankfurt am Main (14.–17. April 2034) ist TexNet Sachsen wieder mit einem Gemeinschaftsstand
vertreten, an dem sich 14 Mitgliedsunternehmen präsentieren.

Über TexNet Sachsen

TexNet Sachsen e.V. wurde 2014 in Chemnitz gegründet und vereint Unternehmen, Forschungseinrichtungen und Hochschulen
der sächsischen Textilindustrie entlang der gesamten Wertschöpfungskette. Das Netzwerk wird vom Sächsischen
Staatsministerium für Wirtschaft, Arbeit und Tourismus (SMWA) gefördert und ist Mitglied im Verband der Nord-Ostdeutschen
Textil- und Bekleidungsindustrie (vti).

Pressekontakt:
Mandy Weigelt, Office Manager
TexNet Sachsen e.V., Reichenhainer Str. 999, 09126 Chemnitz
presse@texnet-sachsen.example · +49 371 555 0190
"""
write_doc(fn, t)
C = "TexNet Sachsen e.V."
write_gold(fn, "2034-01-09", [
 P("Katharina Oberländer", "Managing Director", C),
 P("Rüdiger Hänsch-Kaltofen", None, C),
 P("Frank Leuschner", "Chairman of the Board", C),
 P("Jana Pohlers", "Deputy Managing Director", C),
 P("Tobias Krahl", "Innovation Manager", C),
 P("Mandy Weigelt", "Office Manager", C),
 P("Serkan Yıldız", "Senior Project Manager", C),
],[
 O("TexNet Sachsen e.V. – Netzwerk für technische Textilien", "TexNet Sachsen"),
 O("Sächsischen Textilforschungsinstitut"), O("Technischen Universität Chemnitz"), O("Vogtland Gewirke GmbH"),
 O("Erzgebirgische Bandweberei Leuschner GmbH & Co. KG"),
 O("Sächsischen Staatsministerium für Wirtschaft, Arbeit und Tourismus", "SMWA"),
 O("Verband der Nord-Ostdeutschen Textil- und Bekleidungsindustrie", "vti"),
],[
 E("Sitzung des Board of Directors", "2033-12-12", "2033-12-12", None, None),
 E("Mitgliederversammlung", "2033-11-28", "2033-11-28", "Glauchau", "Germany"),
 E("Neujahrsempfang", "2034-02-05", "2034-02-05", "Chemnitz", "Germany"),
 E("Techtextil", "2034-04-14", "2034-04-17", "Frankfurt am Main", "Germany"),
],["2034-01-09","2034-02-01","2014","2033-12-12","2033-11-28","2034-03-31","2034-02-05","2035/2040","2034-04-14/2034-04-17","2034-01"])
