from h import *
F = 'g10_ostalb_photonik_newsletter.html'
assert wd(2041,10,10)=='Thursday' and wd(2041,11,6)=='Wednesday' and wd(2041,11,20)=='Wednesday' and wd(2041,10,24)=='Thursday'
T = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Oktober 2041 | Photonik-Netzwerk Ostwürttemberg</title></head>
<body>
<header><a href="/">Photonik-Netzwerk Ostwürttemberg</a>
<nav>Start · Über uns · Mitglieder · Projekte · Termine · Presse · Kontakt · Mitgliederbereich</nav></header>
<p class="hinweis">Wird dieser Newsletter nicht richtig angezeigt? <a href="#">Hier klicken</a>.</p>
<main>
<h1>Newsletter 10/2041</h1>
<p class="datum">Aalen, 2. Oktober 2041</p>

<p>Liebe Mitglieder, liebe Partnerinnen und Partner,</p>
<p>der Herbst bringt gleich drei Termine, die Sie sich vormerken sollten: unsere Mitgliederversammlung in Oberkochen, das Cluster-Forum „Licht für die Produktion“ in Aalen und die Delegationsreise nach Jena. Außerdem stellen wir Ihnen unsere neue Geschäftsführerin vor. Wer im Mitgliederbereich noch kein Profil angelegt hat, findet dort jetzt auch die Präsentationen der letzten Veranstaltungen und die Fördertermine des Landes. Viel Freude beim Lesen!</p>
<p>Ihr Prof. Dr. Hans-Jürgen Kölbl, Vorstandsvorsitzender</p>

<h2>Neue Geschäftsführerin: Dr. Leonie Ahmadi übernimmt</h2>
<p>Zum 1. Oktober 2041 hat Dr. Leonie Ahmadi die Geschäftsführung des Photonik-Netzwerk Ostwürttemberg e.V. übernommen. Die Physikerin war zuvor sieben Jahre bei der Carl Zeiss AG in Oberkochen tätig, zuletzt als Leiterin des Innovationsmanagements, und davor wissenschaftliche Mitarbeiterin am Fraunhofer-Institut für Angewandte Festkörperphysik IAF in Freiburg (2030–2034). Sie folgt auf Bernd Straub, der das Netzwerk seit seiner Gründung 2027 aufgebaut hat und in den Ruhestand geht.</p>
<p><a href="#">Weiterlesen</a></p>

<h2>Termine im Herbst</h2>
<h3>Mitgliederversammlung 2041</h3>
<p>Donnerstag, 10. Oktober 2041, 16:00 Uhr, ZEISS Forum, Oberkochen. Tagesordnung u. a.: Bericht des Vorstands, Jahresabschluss 2040, Wahl von zwei Vorstandsmitgliedern, Beitragsordnung ab 2042. Im Anschluss Get-together mit Imbiss.</p>

<h3>Cluster-Forum „Licht für die Produktion“</h3>
<p>Das 8. Cluster-Forum findet am Mittwoch, 6. November 2041, in der Hochschule Aalen statt. Programm:</p>
<ul>
<li>09:30 Begrüßung durch Prof. Dr. Harald Riegel, Rektor der Hochschule Aalen</li>
<li>09:45 Grußwort von Staatssekretärin Katharina Wohlleben-Yıldız, Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg</li>
<li>10:15 Keynote: Laserbasierte Qualitätsprüfung in der Serienfertigung – Dr. Sven Ohlendorf, SCHOTT AG, Mainz</li>
<li>11:00 Podiumsdiskussion „Fachkräfte für die Photonik“ mit Vertreterinnen und Vertretern der IHK Ostwürttemberg, der Agentur für Arbeit Aalen und der Mitgliedsunternehmen</li>
<li>12:30 Mittagessen</li>
<li>13:30 Firmenbesuche bei der Carl Zeiss AG und bei Bader Lasertechnik GmbH in Heidenheim an der Brenz</li>
<li>16:30 Ende</li>
</ul>
<p>Die Cluster-Foren fanden bisher in Aalen, Heidenheim und Schwäbisch Gmünd statt; das 7. Forum im November 2040 zählte 190 Gäste.</p>

<h3>Delegationsreise nach Jena</h3>
<p>Vom 19. bis 20. November 2041 besuchen wir gemeinsam mit der Wirtschaftsförderungsgesellschaft Region Ostwürttemberg (WiRO) das Photonik-Netzwerk OptoNet e.V. in Jena. Geplant sind Besuche bei der Jenoptik AG und am Leibniz-Institut für Photonische Technologien (Leibniz-IPHT). Anmeldeschluss ist der 24. Oktober 2041.</p>

<h2>Aus dem Netzwerk</h2>
<p>Die Hahn Optik GmbH aus Schwäbisch Gmünd hat den Innovationspreis der IHK Ostwürttemberg gewonnen. Geschäftsführer Tobias Hahn nahm den Preis bei der Preisverleihung am 25. September in Heidenheim entgegen.</p>
<p><strong>Rückblick Photonik-Stammtisch:</strong> Am 18. September trafen sich 34 Mitglieder zum Photonik-Stammtisch in Aalen. Thema war die gemeinsame Nutzung von Messtechnik: Drei kleinere Unternehmen wollen künftig ein Prüflabor teilen, das von der Hochschule Aalen betrieben wird. Die Arbeitsgruppe Messtechnik unter Leitung von Dr. Miriam Çelik (Bader Lasertechnik GmbH) legt bis Jahresende ein Konzept vor. Der nächste Stammtisch ist für Januar 2042 geplant; Ort und Thema geben wir rechtzeitig bekannt.</p>
<p>Das Netzwerk ist neues Mitglied der Allianz Photonik Baden-Württemberg und arbeitet im EU-Projekt PHOTON-SME (2041–2044) mit Partnern aus Twente, Besançon und Tampere zusammen.</p>

<h2>Ergebnisse der Mitgliederbefragung</h2>
<p>An der Befragung im Sommer 2041 haben 58 von 91 Mitgliedern teilgenommen. Die wichtigsten Ergebnisse:</p>
<ul>
<li>Zwei Drittel der Mitglieder wünschen sich mehr Angebote zur Fachkräftegewinnung</li>
<li>Die Firmenbesuche sind das am besten bewertete Format des Netzwerks</li>
<li>Kleine Unternehmen brauchen Unterstützung bei Förderanträgen, vor allem für EU-Programme</li>
</ul>
</main>
<footer>
<p>Photonik-Netzwerk Ostwürttemberg e.V. · Anton-Huber-Straße 25 · 73430 Aalen · Vereinsregister Ulm VR 7xx</p>
<p><a href="#">Impressum</a> · <a href="#">Datenschutz</a> · <a href="#">Newsletter abbestellen</a></p>
</footer>
</body></html>
"""
write(F, T)
N = "Photonik-Netzwerk Ostwürttemberg e.V."
gold(F,
 [P("Hans-Jürgen Kölbl", "Vorstandsvorsitzender", N),
  P("Leonie Ahmadi", "Geschäftsführerin", N),
  P("Bernd Straub", None, N),
  P("Harald Riegel", "Rektor", "Hochschule Aalen"),
  P("Katharina Wohlleben-Yıldız", "Staatssekretärin", "Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  P("Sven Ohlendorf", None, "SCHOTT AG"),
  P("Miriam Çelik", None, "Bader Lasertechnik GmbH"),
  P("Tobias Hahn", "Geschäftsführer", "Hahn Optik GmbH")],
 [O(N), O("Carl Zeiss AG"), O("Fraunhofer-Institut für Angewandte Festkörperphysik IAF"), O("Hochschule Aalen"),
  O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"), O("SCHOTT AG"), O("IHK Ostwürttemberg"),
  O("Agentur für Arbeit Aalen"), O("Bader Lasertechnik GmbH"),
  O("Wirtschaftsförderungsgesellschaft Region Ostwürttemberg", "WiRO"), O("Photonik-Netzwerk OptoNet e.V."), O("Jenoptik AG"),
  O("Leibniz-Institut für Photonische Technologien", "Leibniz-IPHT"), O("Hahn Optik GmbH"),
  O("Allianz Photonik Baden-Württemberg")],
 [E("Mitgliederversammlung 2041", "2041-10-10", None, "Oberkochen", "Germany"),
  E("Get-together", "2041-10-10", None, "Oberkochen", "Germany"),
  E("8. Cluster-Forum", "2041-11-06", None, "Aalen", "Germany"),
  E("Firmenbesuche", "2041-11-06", None, "Oberkochen, Heidenheim an der Brenz", "Germany"),
  E("7. Forum", "2040-11", None, None, None),
  E("Delegationsreise nach Jena", "2041-11-19", "2041-11-20", "Jena", "Germany"),
  E("Preisverleihung", "2041-09-25", None, "Heidenheim", "Germany"),
  E("Photonik-Stammtisch", "2041-09-18", None, "Aalen", "Germany"),
  E("Stammtisch", "2042-01", None, None, None)],
 ["2041-10", "2041-10-02", "2041-10-01", "2030/2034", "2027", "2041-10-10", "2040", "2042", "2041-11-06", "2040-11",
  "2041-11-19/2041-11-20", "2041-10-24", "2041-09-25", "2041/2044", "2041", "2041-09-18", "2042-01"],
 ["Zwei Drittel der Mitglieder wünschen sich mehr Angebote zur Fachkräftegewinnung",
  "Die Firmenbesuche sind das am besten bewertete Format des Netzwerks",
  "Kleine Unternehmen brauchen Unterstützung bei Förderanträgen, vor allem für EU-Programme"],
 pub="2041-10-02")
