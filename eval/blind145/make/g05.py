from h import *
F = 'g05_dordrecht_workshop_uitkomsten.html'
assert wd(2037,5,20)=='Wednesday' and wd(2037,6,24)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Uitkomsten workshop Maritieme Maakindustrie | Maritiem Cluster Drechtsteden</title></head>
<body>
<div class="cookie">Deze website gebruikt functionele en analytische cookies. <a href="/cookiebeleid">Meer informatie</a> <button>Akkoord</button></div>
<header><p>Maritiem Cluster Drechtsteden</p>
<nav><a href="/">Home</a> | <a href="/over-ons">Over ons</a> | <a href="/leden">Leden</a> | <a href="/programma">Programma's</a> | <a href="/agenda">Agenda</a> | <a href="/nieuws">Nieuws</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="kruimel">Home / Nieuws / Verslagen</p>
<h1>Workshop 'Vakmensen voor de vloot van morgen': dit zijn de uitkomsten</h1>
<p class="meta">Geplaatst op 29 mei 2037 door Sanne de Wit-Verhoef, communicatieadviseur · Leestijd 5 minuten</p>
<p>Hoe houden werven, toeleveranciers en opleidingen in de Drechtsteden genoeg technici over om de vergroening van de binnenvaart- en offshorevloot aan te kunnen? Over die vraag bogen zich op woensdag 20 mei 2037 ruim zestig deelnemers in het Duurzaamheidsfabriek-gebouw in Dordrecht. De workshop werd georganiseerd door het Maritiem Cluster Drechtsteden samen met de Onderwijs-Arbeidsmarkt Tafel Zuid-Holland Zuid en de Gemeente Dordrecht.</p>
<p>Dagvoorzitter was Pieter-Jan van den Broek, programmamanager human capital bij het cluster. Wethouder economie Fatima El Amrani (Gemeente Dordrecht) opende de middag met cijfers: in 2036 bleven in de regio ruim 900 technische vacatures in de maritieme sector langer dan drie maanden open.</p>
<h2>Programma</h2>
<ul>
<li>13.00 uur – Ontvangst en opening door wethouder El Amrani</li>
<li>13.20 uur – Pitch: "Van Volvo-monteur naar scheepselektricien", door Ruud Kortekaas, HR-directeur van Damen Shipyards Hardinxveld B.V.</li>
<li>13.45 uur – Drie werktafels: zij-instroom, praktijkleren in het mbo, en technologie die werk lichter maakt</li>
<li>15.30 uur – Terugkoppeling en afspraken</li>
<li>16.30 uur – Netwerkborrel</li>
</ul>
<h2>Wat we hoorden</h2>
<p>Bij de werktafel over zij-instroom vertelde Marloes IJzerman van het Da Vinci College hoe volwassenen in 40 weken worden omgeschoold tot scheepsbouwer, met een baangarantie bij een van de deelnemende werven. Aan de tafel over technologie liet Dr. Koen Verschuren (TU Delft, faculteit Maritieme Techniek) zien hoe exoskeletten en digitale werkinstructies lasrobots aanvullen in plaats van vervangen. Vanuit de zaal wees Henk Bosman, directeur van de regionale afdeling van Koninklijke Metaalunie, erop dat veel kleine bedrijven geen tijd hebben om een leerling te begeleiden. Hij pleitte voor een gedeelde begeleider die per week bij meerdere bedrijven langsgaat, naar het voorbeeld van een regeling in de Achterhoek. De tafel over praktijkleren kwam tot de conclusie dat het aantal leerbedrijven wel groeit, maar dat begeleiding op de werkvloer te vaak op één persoon rust.</p>
<h2>Belangrijkste conclusies</h2>
<ul>
<li>Zij-instroom werkt alleen als werkgevers vanaf dag één een contract bieden; losse opleidingen zonder baan haken af</li>
<li>Kleine toeleveranciers hebben een gedeelde praktijkbegeleider nodig, bijvoorbeeld via een regionale leerwerkpool</li>
<li>Technologie kan zwaar werk lichter maken, maar vraagt om nieuwe digitale vaardigheden bij ervaren vakmensen</li>
<li>De regio moet haar maritieme beroepen zichtbaarder maken bij jongeren, al in het voortgezet onderwijs</li>
</ul>
<h2>Afspraken</h2>
<p>De deelnemers spraken af dat het cluster voor 1 oktober 2037 een voorstel uitwerkt voor een leerwerkpool van maximaal tien bedrijven. Het Da Vinci College en Albeda onderzoeken een gezamenlijke route voor scheepselektriciens. De uitkomsten worden voorgelegd aan de ledenvergadering van het cluster op woensdag 24 juni 2037 en meegenomen in het regionale Human Capital Akkoord 2038–2041.</p>
<p>Deze workshop was de derde in de reeks 'Maritiem Vakmanschap'. Eerdere edities gingen over veiligheid op de werf (november 2036, Sliedrecht) en over digitale vaardigheden (februari 2037, Papendrecht).</p>
<p>De presentaties van de pitch en de werktafels staan voor leden in het besloten deel van de website. Meer weten? Neem contact op met Pieter-Jan van den Broek, pj.vandenbroek@mcd.example.nl. <a href="/nieuws">« Terug naar het overzicht</a></p>
<p class="delen">Deel dit bericht: <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Maritiem Cluster Drechtsteden · Stationsplein 1, 3311 AA Dordrecht · KvK 00000000</p>
<p>Mede mogelijk gemaakt door de Provincie Zuid-Holland. <a href="/privacy">Privacyverklaring</a> · <a href="/disclaimer">Disclaimer</a></p></footer>
</body></html>
"""
write(F, T)
M="Maritiem Cluster Drechtsteden"
gold(F,
 [P("Sanne de Wit-Verhoef","communicatieadviseur",M),
  P("Pieter-Jan van den Broek","programmamanager human capital",M),
  P("Fatima El Amrani","Wethouder economie","Gemeente Dordrecht"),
  P("Ruud Kortekaas","HR-directeur","Damen Shipyards Hardinxveld B.V."),
  P("Marloes IJzerman",None,"Da Vinci College"),
  P("Koen Verschuren",None,"TU Delft"), P("Henk Bosman","directeur","Koninklijke Metaalunie")],
 [O(M), O("Onderwijs-Arbeidsmarkt Tafel Zuid-Holland Zuid"), O("Gemeente Dordrecht"),
  O("Damen Shipyards Hardinxveld B.V."), O("Da Vinci College"), O("TU Delft"), O("faculteit Maritieme Techniek"),
  O("Albeda"), O("Koninklijke Metaalunie"), O("Provincie Zuid-Holland")],
 [E("Vakmensen voor de vloot van morgen","2037-05-20",None,"Dordrecht","Netherlands"),
  E("Netwerkborrel","2037-05-20",None,"Dordrecht","Netherlands"),
  E("ledenvergadering","2037-06-24",None,None,None),
  E("Maritiem Vakmanschap","2036-11",None,"Sliedrecht","Netherlands"),
  E("Maritiem Vakmanschap","2037-02",None,"Papendrecht","Netherlands")],
 ["2037-05-29","2037-05-20","2036","2037-10-01","2037-06-24","2038/2041","2036-11","2037-02"],
 ["Zij-instroom werkt alleen als werkgevers vanaf dag één een contract bieden; losse opleidingen zonder baan haken af",
  "Kleine toeleveranciers hebben een gedeelde praktijkbegeleider nodig, bijvoorbeeld via een regionale leerwerkpool",
  "Technologie kan zwaar werk lichter maken, maar vraagt om nieuwe digitale vaardigheden bij ervaren vakmensen",
  "De regio moet haar maritieme beroepen zichtbaarder maken bij jongeren, al in het voortgezet onderwijs"],
 pub="2037-05-29")
