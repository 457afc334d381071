from h import *
F = 'g13_dresden_halbleiter_netzwerktag.html'
assert wd(2038,9,22)=='Wednesday' and wd(2038,9,28)=='Tuesday' and wd(2038,11,10)=='Wednesday' and wd(2038,10,14)=='Thursday' and wd(2038,9,21)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rückblick: 9. Sächsischer Mikroelektronik-Netzwerktag | Silicon Saxony Cluster Nord</title></head>
<body>
<div class="cookie">Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. <a href="/datenschutz">Datenschutzerklärung</a> <button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
<header><a href="/" class="logo">Halbleiterverbund Elbtal e. V.</a>
<nav><a href="/">Start</a> | <a href="/verein">Verein</a> | <a href="/mitglieder">Mitglieder</a> | <a href="/projekte">Projekte</a> | <a href="/aktuelles" class="active">Aktuelles</a> | <a href="/termine">Termine</a> | <a href="/karriere">Karriere</a> | <a href="/kontakt">Kontakt</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Sie sind hier: Startseite » Aktuelles » Veranstaltungsberichte</p>
<article>
<p class="meta">28.09.2038 | Veranstaltungsbericht | von Katrin Lehmann-Pohl</p>
<h1>Rückblick: 9. Sächsischer Mikroelektronik-Netzwerktag in Dresden</h1>
<p class="teaser"><strong>Fachkräfte, Förderung und die nächste Fab: Rund 380 Gäste aus Industrie, Wissenschaft und Politik kamen am Mittwoch, dem 22. September 2038, ins Internationale Congress Center Dresden. Der Halbleiterverbund Elbtal e. V. hatte gemeinsam mit der Wirtschaftsförderung Sachsen GmbH zum neunten Netzwerktag eingeladen.</strong></p>
<figure><img src="/bilder/netzwerktag-2038.jpg" alt="Podium"><figcaption>Podiumsdiskussion am Nachmittag (Foto: Halbleiterverbund Elbtal/Jens Oertel)</figcaption></figure>
<p>Zur Eröffnung begrüßte der Vorstandsvorsitzende des Halbleiterverbunds, <strong>Dr. Matthias Georgi-Schubert</strong>, die Teilnehmenden. Er erinnerte daran, dass in der Region inzwischen mehr als 85.000 Menschen in der Mikroelektronik und in angrenzenden Branchen arbeiten – fast doppelt so viele wie 2028. „Wir sind gewachsen, aber unsere Infrastruktur, unsere Schulen und unsere Wohnungsmärkte sind nicht im gleichen Tempo mitgewachsen“, sagte Georgi-Schubert.</p>
<p>Ein Grußwort sprach der Sächsische Staatsminister für Wirtschaft, Arbeit und Verkehr, <strong>Thomas Rautenberg</strong>. Er kündigte an, dass der Freistaat ein neues Landesprogramm für die Ansiedlung von Zulieferern auflegen werde, und lobte die „beispielhafte Zusammenarbeit“ zwischen Unternehmen, Hochschulen und Verwaltung.</p>
<h2>Impulsvorträge</h2>
<p>Im ersten Impulsvortrag stellte <strong>Prof. Dr.-Ing. Sabine Wunderlich</strong>, Inhaberin der Professur für Halbleitertechnik an der Technischen Universität Dresden, die Ergebnisse einer Fachkräftestudie vor. Bis 2045 würden in Sachsen rund 18.000 zusätzliche Fachkräfte benötigt, davon knapp die Hälfte auf Facharbeiterniveau. „Wir müssen die duale Ausbildung genauso ernst nehmen wie die Promotion“, so Wunderlich.</p>
<p>Aus europäischer Perspektive sprach <strong>Dr. Elena Marchetti</strong>, Referatsleiterin in der Generaldirektion Kommunikationsnetze, Inhalte und Technologien (GD CONNECT) der Europäischen Kommission. Sie berichtete über den Stand der zweiten Phase des europäischen Chip-Gesetzes und warb für eine stärkere Beteiligung sächsischer KMU an den Pilotlinien.</p>
<p><strong>Jan Pospíšil</strong>, Geschäftsführer des tschechischen Clusters CzechSemicon aus Brno, stellte die grenzüberschreitende Kooperation mit Sachsen vor. Beide Cluster wollen 2039 ein gemeinsames Qualifizierungsprogramm für Reinraumpersonal starten.</p>
<h2>Podiumsdiskussion</h2>
<p>Auf dem Podium diskutierten unter der Moderation von <strong>Ulrike Pfennig</strong> (MDR Wissen) Vertreterinnen und Vertreter aus Industrie und Forschung:</p>
<ul>
<li><strong>Christoph Brandstätter</strong>, Standortleiter, Infineon Technologies Dresden GmbH &amp; Co. KG</li>
<li><strong>Dr. Yvonne Kaczmarek</strong>, Institutsleiterin, Fraunhofer-Institut für Photonische Mikrosysteme IPMS</li>
<li><strong>Henrik Volkmann</strong>, Gründer und CEO, Nanoprobe Systems GmbH</li>
<li><strong>Beate Schlicht</strong>, Geschäftsführerin, Agentur für Arbeit Dresden</li>
</ul>
<p>Einig war man sich, dass neben Fachkräften vor allem schnellere Genehmigungsverfahren und bezahlbare Energie entscheidend seien. Brandstätter verwies auf den Ausbau des Werks, bei dem über 1.000 neue Stellen entstehen. Volkmann warnte dagegen, dass kleine Firmen im Wettbewerb um Talente mit den Großen „kaum eine Chance“ hätten, und schlug einen Fachkräftepool des Clusters vor.</p>
<h2>Ergebnisse des Tages</h2>
<ul>
<li>Der Halbleiterverbund richtet bis Jahresende eine Arbeitsgruppe „Fachkräftepool“ ein.</li>
<li>Mit CzechSemicon wurde eine Absichtserklärung zur gemeinsamen Reinraum-Ausbildung unterzeichnet.</li>
<li>Der Verein wird gegenüber dem Land eine Stellungnahme zur Beschleunigung von Genehmigungsverfahren abgeben.</li>
</ul>
<p>Parallel zum Programm fanden im Foyer rund 140 vorab vereinbarte B2B-Gespräche statt, organisiert vom Enterprise Europe Network Sachsen. Eine Fachausstellung mit 45 Ausstellern begleitete die Veranstaltung. Den Abschluss bildete das Netzwerkdinner im Gläsernen Restaurant, bei dem auch der Sächsische Mikroelektronik-Nachwuchspreis 2038 an <strong>Lea Hoffmann</strong> (Hochschule für Technik und Wirtschaft Dresden) verliehen wurde.</p>
<h2>Nächste Termine</h2>
<ul>
<li>14.10.2038: Mitgliederversammlung des Halbleiterverbunds Elbtal e. V., Dresden</li>
<li>10.11.2038: Workshop „Reinraum-Ausbildung“ mit CzechSemicon, Ústí nad Labem</li>
<li>Der 10. Sächsische Mikroelektronik-Netzwerktag findet im September 2039 statt.</li>
</ul>
<p>Die Präsentationen stehen im Mitgliederbereich zum Download bereit.</p>
<p class="contact"><strong>Ansprechpartnerin:</strong> Katrin Lehmann-Pohl, Referentin Kommunikation, Halbleiterverbund Elbtal e. V., Telefon +49 351 000000, presse@halbleiterverbund.example.de</p>
<p class="share">Beitrag teilen: <a href="#">LinkedIn</a> | <a href="#">Xing</a> | <a href="#">E-Mail</a> | <a href="#">Drucken</a></p>
</article>
<aside><h3>Weitere Beiträge</h3>
<ul><li><a href="#">Neue Mitglieder im dritten Quartal</a> (21.09.2038)</li>
<li><a href="#">Ausbildungsmesse „Chipstart“ mit Besucherrekord</a> (02.09.2038)</li>
<li><a href="#">Halbleiterverbund auf der SEMICON Europa …</a></li></ul></aside>
</main>
<footer><p>Halbleiterverbund Elbtal e. V. · Manfred-von-Ardenne-Ring 20 · 01099 Dresden · Vereinsregister VR 0000</p>
<p>Gefördert durch das Sächsische Staatsministerium für Wirtschaft, Arbeit und Verkehr. | <a href="#">Impressum</a> | <a href="#">Datenschutz</a> | <a href="#">Barrierefreiheit</a></p></footer>
</body></html>
"""
T = T.replace(' | Silicon Saxony Cluster Nord', ' | Halbleiterverbund Elbtal')
write(F, T)
HV = "Halbleiterverbund Elbtal e. V."
gold(F,
 [P("Katrin Lehmann-Pohl","Referentin Kommunikation",HV), P("Jens Oertel"),
  P("Matthias Georgi-Schubert","Vorstandsvorsitzende",HV),
  P("Thomas Rautenberg","Sächsische Staatsminister für Wirtschaft, Arbeit und Verkehr",None),
  P("Sabine Wunderlich","Inhaberin der Professur für Halbleitertechnik","Technischen Universität Dresden"),
  P("Elena Marchetti","Referatsleiterin","Generaldirektion Kommunikationsnetze, Inhalte und Technologien"),
  P("Jan Pospíšil","Geschäftsführer","CzechSemicon"),
  P("Ulrike Pfennig",None,"MDR Wissen"),
  P("Christoph Brandstätter","Standortleiter","Infineon Technologies Dresden GmbH & Co. KG"),
  P("Yvonne Kaczmarek","Institutsleiterin","Fraunhofer-Institut für Photonische Mikrosysteme IPMS"),
  P("Henrik Volkmann","Gründer und CEO","Nanoprobe Systems GmbH"),
  P("Beate Schlicht","Geschäftsführerin","Agentur für Arbeit Dresden"),
  P("Lea Hoffmann",None,"Hochschule für Technik und Wirtschaft Dresden")],
 [O(HV), O("Wirtschaftsförderung Sachsen GmbH"), O("Technischen Universität Dresden"),
  O("Generaldirektion Kommunikationsnetze, Inhalte und Technologien","GD CONNECT"), O("Europäischen Kommission"),
  O("CzechSemicon"), O("MDR Wissen"), O("Infineon Technologies Dresden GmbH & Co. KG"),
  O("Fraunhofer-Institut für Photonische Mikrosysteme IPMS"), O("Nanoprobe Systems GmbH"), O("Agentur für Arbeit Dresden"),
  O("Enterprise Europe Network Sachsen"), O("Hochschule für Technik und Wirtschaft Dresden"),
  O("Sächsische Staatsministerium für Wirtschaft, Arbeit und Verkehr")],
 [E("9. Sächsischer Mikroelektronik-Netzwerktag","2038-09-22",None,"Dresden","Germany"),
  E("Verleihung des Sächsischen Mikroelektronik-Nachwuchspreises 2038","2038-09-22",None,"Dresden","Germany"),
  E("Mitgliederversammlung des Halbleiterverbunds Elbtal e. V.","2038-10-14",None,"Dresden","Germany"),
  E("Workshop „Reinraum-Ausbildung“","2038-11-10",None,"Ústí nad Labem","Czechia"),
  E("10. Sächsischer Mikroelektronik-Netzwerktag","2039-09",None,None,None),
  # third pass: named events in the sidebar's post titles (SCHEMA: every named event; 02.09.2038 is the post's date)
  E("Ausbildungsmesse „Chipstart“",None,None,None,None),
  E("SEMICON Europa",None,None,None,None),
],
 ["2038-09-28","2038-09-22","2028","2045","2039","2038-10-14","2038-11-10","2039-09","2038-09-21","2038-09-02"],
 ["Der Halbleiterverbund richtet bis Jahresende eine Arbeitsgruppe „Fachkräftepool“ ein",
  "Mit CzechSemicon wurde eine Absichtserklärung zur gemeinsamen Reinraum-Ausbildung unterzeichnet",
  "Der Verein wird gegenüber dem Land eine Stellungnahme zur Beschleunigung von Genehmigungsverfahren abgeben"], "2038-09-28")
