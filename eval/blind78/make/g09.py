from h import *
F = 'g09_osnabrueck_positionspapier_agrartechnik.md'
T = """# Positionspapier: Agrartechnik im Osnabrücker Land – Fachkräfte, Daten und Netze für die Landwirtschaft von morgen

**Herausgeber:** Agrotech Cluster Osnabrück e. V. (ACO)
**Beschlossen vom Vorstand am 24. November 2034**
**Osnabrück, 28. November 2034**

---

## Wer wir sind

Der Agrotech Cluster Osnabrück e. V. vereint seit 2029 über 140 Unternehmen, Hochschulen und Einrichtungen aus dem Osnabrücker Land, dem Emsland und der Grafschaft Bentheim. Zu unseren Mitgliedern zählen Landtechnikhersteller wie die Hartkamp Landmaschinen GmbH & Co. KG und die Emsland Sensorik AG, Softwarehäuser, Lohnunternehmen, die Hochschule Osnabrück, das Deutsche Forschungszentrum für Künstliche Intelligenz (DFKI) mit seinem Standort in Osnabrück sowie die Landwirtschaftskammer Niedersachsen. Die Region gehört zu den führenden Standorten der Agrartechnik in Europa: Rund 24.000 Beschäftigte arbeiten hier in der Entwicklung, Herstellung und im Service von Maschinen und digitalen Lösungen für die Landwirtschaft.

Vorstandsvorsitzende des Clusters ist Dr. Annette Brüggemann-Wessels, Geschäftsführerin der Hartkamp Landmaschinen GmbH & Co. KG. Stellvertretender Vorsitzender ist Prof. Dr. Hendrik Ostendorf von der Hochschule Osnabrück. Die Geschäftsstelle leitet Jan-Philipp Kemper. Eng arbeiten wir mit der WIGOS Wirtschaftsförderungsgesellschaft Osnabrücker Land mbH zusammen, die den Cluster mitgegründet hat und ihn bis heute finanziell unterstützt.

## Warum dieses Papier?

Die Landwirtschaft steht vor einem tiefgreifenden Wandel. Klimaanpassung, strengere Umweltauflagen, Preisdruck und ein dramatischer Mangel an Arbeitskräften verändern die Betriebe. Digitale Technik, Robotik und präzise Sensorik können helfen, Dünger und Pflanzenschutzmittel einzusparen, Tierwohl zu verbessern und Arbeit zu erleichtern. Doch viele dieser Lösungen kommen auf den Höfen nicht an.

In einer Umfrage des Clusters unter 212 landwirtschaftlichen Betrieben im Herbst 2034 gaben 63 Prozent an, dass fehlende Mobilfunkabdeckung auf den Feldern den Einsatz digitaler Technik verhindert. Mehr als die Hälfte der Hersteller meldet offene Stellen, die seit über sechs Monaten nicht besetzt werden können. Gleichzeitig wissen viele Landwirtinnen und Landwirte nicht, wem die Daten gehören, die ihre Maschinen erzeugen.

Mit diesem Papier wenden wir uns an die Niedersächsische Landesregierung, insbesondere an das Niedersächsische Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung und an das Niedersächsische Ministerium für Ernährung, Landwirtschaft und Verbraucherschutz, an den Bund und an die Europäische Union.

## Was fordern wir?

Der Agrotech Cluster Osnabrück fordert:

1. Eine flächendeckende Mobilfunkversorgung mit mindestens 5G-Standard auf landwirtschaftlich genutzten Flächen bis 2038, finanziert durch ein eigenes Landesprogramm.
2. Klare und einfache Regeln zur Datenhoheit: Landwirtinnen und Landwirte müssen jederzeit entscheiden können, wer ihre Betriebs- und Maschinendaten nutzt.
3. Eine Fachkräfteoffensive Agrartechnik mit gemeinsamen Ausbildungsgängen von Berufsschulen, Hochschulen und Unternehmen in der Region.
4. Die dauerhafte Förderung von Reallaboren und Testfeldern, auf denen kleine und mittlere Unternehmen neue Technik unter realen Bedingungen erproben können.
5. Schnellere Zulassungsverfahren für autonome Landmaschinen, mit einer zentralen Anlaufstelle beim Land.
6. Investitionszuschüsse für kleine landwirtschaftliche Betriebe, damit digitale Technik nicht nur für große Höfe erschwinglich ist.

## Begründung im Einzelnen

**Netze.** Ohne stabile Verbindung bleibt jeder autonome Traktor ein teures Spielzeug. In Teilen des Landkreises Osnabrück und des Emslands fehlt auf mehr als einem Drittel der Ackerflächen ein verlässliches Netz. Der Ausbau darf sich nicht an Wohngebieten orientieren, sondern muss die Fläche erreichen.

**Daten.** Die europäische Datengesetzgebung hat wichtige Grundlagen geschaffen. In der Praxis fehlen jedoch einfache Muster-Verträge und neutrale Datenplattformen. Wir schlagen vor, dass die Landwirtschaftskammer Niedersachsen gemeinsam mit dem Cluster eine solche Plattform pilotiert.

**Fachkräfte.** Die Unternehmen der Region suchen Mechatronikerinnen, Softwareentwickler und Servicetechniker. Bereits heute kooperieren wir mit der BBS Melle (Berufsbildende Schulen Melle) und mit der Hochschule Osnabrück. Diese Ansätze müssen ausgeweitet und verstetigt werden.

**Reallabore.** Das Testfeld „Agro-Nordwest“ in Wallenhorst hat seit 2031 mehr als 30 Unternehmen die Erprobung neuer Technik ermöglicht. Die Förderung läuft im Dezember 2035 aus. Eine Anschlussfinanzierung ist dringend notwendig.

**Zulassung.** Autonome Feldroboter aus der Region werden heute in den Niederlanden und in Dänemark schneller zugelassen als in Deutschland. Ein Hersteller aus dem Emsland musste für einen einzigen Prototyp Genehmigungen bei vier verschiedenen Behörden einholen; das Verfahren dauerte vierzehn Monate. Eine zentrale Anlaufstelle beim Land würde diese Zeit deutlich verkürzen und Investitionen in der Region halten.

**Investitionen.** Große Betriebe können sich Sensorik und Lenksysteme leisten, kleine Familienbetriebe oft nicht. Gerade diese Höfe prägen jedoch das Osnabrücker Land. Ein Zuschussprogramm mit einfacher Antragstellung, wie es etwa in Bayern erprobt wurde, würde die Lücke schließen. Die Hersteller im Cluster haben angeboten, gemeinsam mit dem Maschinenring Osnabrück Mietmodelle für kleinere Betriebe zu entwickeln.

## Unser Angebot

Der Cluster ist bereit, Verantwortung zu übernehmen: Wir stellen Fachwissen für ein Landesprogramm zur Verfügung, organisieren Dialogforen zwischen Herstellern und Landwirtschaft und bringen unsere Erfahrungen in europäische Netzwerke ein, etwa in die Partnerschaft mit dem Agri-Food Cluster Flanders und dem dänischen Netzwerk Food & Bio Cluster Denmark.

Wir laden die Abgeordneten des Niedersächsischen Landtags und die Ministerien zum Agrotech-Dialog am 19. Januar 2035 auf der Hartkamp-Versuchsstation in Bramsche ein, um diese Forderungen gemeinsam zu diskutieren. Zur Agritechnica in Hannover im November 2035 wird der Cluster eine erste Bilanz vorlegen.

---

**Kontakt:**
Agrotech Cluster Osnabrück e. V.
Jan-Philipp Kemper, Geschäftsführer
Albert-Einstein-Straße 00, 49076 Osnabrück
info@agrotech-os.example.de
"""
write(F, T)
gold(F,
 [P("Annette Brüggemann-Wessels", "Vorstandsvorsitzende", "Agrotech Cluster Osnabrück e. V."),
  P("Hendrik Ostendorf", "Stellvertretender Vorsitzender", "Agrotech Cluster Osnabrück e. V."),
  P("Jan-Philipp Kemper", "Geschäftsführer", "Agrotech Cluster Osnabrück e. V.")],
 [O("Agrotech Cluster Osnabrück e. V.", "ACO"), O("Hartkamp Landmaschinen GmbH & Co. KG"), O("Emsland Sensorik AG"),
  O("Hochschule Osnabrück"), O("Deutsche Forschungszentrum für Künstliche Intelligenz", "DFKI"),
  O("Landwirtschaftskammer Niedersachsen"), O("Niedersächsische Landesregierung"),
  O("Niedersächsische Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung"),
  O("Niedersächsische Ministerium für Ernährung, Landwirtschaft und Verbraucherschutz"), O("Europäische Union"),
  O("Berufsbildende Schulen Melle", "BBS Melle"), O("Agri-Food Cluster Flanders"), O("Food & Bio Cluster Denmark"),
  O("Niedersächsischen Landtags"), O("Maschinenring Osnabrück"), O("WIGOS Wirtschaftsförderungsgesellschaft Osnabrücker Land mbH")],
 [E("Agrotech-Dialog", "2035-01-19", None, "Bramsche", "Germany"),
  E("Agritechnica", "2035-11", None, "Hannover", "Germany")],
 ["2034-11-24", "2034-11-28", "2029", "2034", "2038", "2031", "2035-12", "2035-01-19", "2035-11"],
 ["Eine flächendeckende Mobilfunkversorgung mit mindestens 5G-Standard auf landwirtschaftlich genutzten Flächen bis 2038, finanziert durch ein eigenes Landesprogramm",
  "Klare und einfache Regeln zur Datenhoheit: Landwirtinnen und Landwirte müssen jederzeit entscheiden können, wer ihre Betriebs- und Maschinendaten nutzt",
  "Eine Fachkräfteoffensive Agrartechnik mit gemeinsamen Ausbildungsgängen von Berufsschulen, Hochschulen und Unternehmen in der Region",
  "Die dauerhafte Förderung von Reallaboren und Testfeldern, auf denen kleine und mittlere Unternehmen neue Technik unter realen Bedingungen erproben können",
  "Schnellere Zulassungsverfahren für autonome Landmaschinen, mit einer zentralen Anlaufstelle beim Land",
  "Investitionszuschüsse für kleine landwirtschaftliche Betriebe, damit digitale Technik nicht nur für große Höfe erschwinglich ist"],
 pub="2034-11-28")
