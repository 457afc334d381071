from h import *
F = 'g11_zeeuws_vlaanderen_procescluster_nieuws.html'
assert wd(2038,3,18)=='Thursday' and wd(2038,3,24)=='Wednesday' and wd(2038,4,8)=='Thursday' and wd(2038,5,21)=='Friday' and wd(2038,6,4)=='Friday'
T = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Nieuws | Procescluster Kanaalzone</title></head>
<body>
<div class="cookiemelding">Wij gebruiken functionele en analytische cookies. <a href="/cookies">Meer informatie</a> <button>Akkoord</button> <button>Alleen noodzakelijke</button></div>
<header><p class="logo">Procescluster Kanaalzone · Terneuzen – Sas van Gent – Sluiskil</p>
<nav><a href="/">Home</a> | <a href="/over-ons">Over ons</a> | <a href="/leden">Leden</a> | <a href="/agenda">Agenda</a> | <a href="/nieuws">Nieuws</a> | <a href="/vacatures">Vacatures</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="kruimel">U bent hier: Home › Nieuws › Maart 2038</p>

<article>
<h1>Netwerkdag Kanaalzone trekt recordaantal bezoekers</h1>
<p class="meta">Geplaatst op 24 maart 2038 door Lieke de Kraker · Categorie: Evenementen</p>
<p>Ruim 260 ondernemers, studenten en beleidsmakers kwamen op donderdag 18 maart 2038 naar het Scheldetheater in Terneuzen voor de zesde Netwerkdag Kanaalzone. Het thema was dit jaar "Van grijs naar groen: de procesindustrie in 2045". Dagvoorzitter was Joris van Damme, directeur van het cluster.</p>
<p>Gedeputeerde Economie van de Provincie Zeeland, Marieke Wisse-Hamelink, opende de dag. Zij kondigde aan dat de provincie de komende vier jaar 12 miljoen euro vrijmaakt voor de verduurzaming van bedrijven in de Kanaalzone. Daarna sprak prof. dr. Bart Verstraete van de Universiteit Gent over de warmterotonde die Nederlandse en Vlaamse bedrijven langs het kanaal met elkaar moet verbinden.</p>
<p>In de middag waren er rondleidingen bij Yara Sluiskil en bij het Biobased Innovatiecentrum van de HZ University of Applied Sciences in Vlissingen. De dag werd afgesloten met een netwerkborrel in het theatercafé.</p>
<p>Opvallend was de grote opkomst uit Vlaanderen: bijna een derde van de bezoekers kwam van de andere kant van de grens. "Het kanaal houdt niet op bij Sas van Gent, en onze bedrijven ook niet," zei Van Damme in zijn slotwoord. Hij riep de aanwezige bedrijven op om zich aan te sluiten bij de werkgroep warmte, die in april voor het eerst bijeenkomt. Ook de studenten van Scalda, die de hele dag de registratie en de catering verzorgden, kregen een groot applaus.</p>
<p>Eerdere edities van de Netwerkdag:</p>
<ul>
<li>2032 – Sas van Gent, 11 maart 2032</li>
<li>2033 – Hulst, 16 maart 2033</li>
<li>2034 – Gent (België), 23 maart 2034</li>
<li>2036 – Terneuzen, 20 maart 2036</li>
<li>2037 – Zelzate (België), 19 maart 2037</li>
</ul>
<p><a href="#">Foto's bekijken</a> · Delen: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">E-mail</a></p>
</article>

<article>
<h2>Nieuw bestuur gekozen op ledenvergadering</h2>
<p class="meta">Geplaatst op 12 april 2038 · Categorie: Vereniging</p>
<p>Tijdens de algemene ledenvergadering op donderdag 8 april 2038 in het gemeentehuis van Terneuzen hebben de leden een nieuw bestuur gekozen. Voorzitter blijft Hans Verhulst (Dow Benelux). Nieuw in het bestuur zijn Ellen Pieters-de Bruijne (North Sea Port) als vicevoorzitter en Koen Van Hecke (Cargill Sas van Gent) als penningmeester. Secretaris is Saskia Dieleman van de gemeente Terneuzen. Afscheid werd genomen van Rik Hamelink, die acht jaar penningmeester was.</p>
<p>De leden stemden ook in met de toetreding van vier nieuwe leden, onder wie het Vlaamse bedrijf Ghent Bio-Energy Valley vzw. De contributie blijft in 2038 gelijk. Het jaarverslag over 2037 en de jaarrekening werden zonder opmerkingen goedgekeurd; het cluster sloot het jaar af met een klein overschot, dat wordt gebruikt voor een stagefonds voor mbo-studenten in de procestechniek.</p>
<p><a href="#">Lees verder</a> · Delen: <a href="#">LinkedIn</a> <a href="#">E-mail</a></p>
</article>

<article>
<h2>Agenda</h2>
<p><strong>Vrijdag 21 mei 2038</strong> – Bedrijfsbezoek aan de waterstoffabriek van North Sea Port in Vlissingen-Oost, voor leden.<br>
<strong>Vrijdag 4 juni 2038</strong> – Webinar "Subsidies voor warmtenetten" met het Rijksdienst voor Ondernemend Nederland (RVO).<br>
<strong>Najaar 2038</strong> – Grensoverschrijdende matchmaking met het Vlaamse cluster Catalisti in Antwerpen; de datum volgt.</p>
</article>

<p class="nieuwsbrief">Blijf op de hoogte: <a href="#">schrijf u in voor onze nieuwsbrief</a>.</p>
</main>
<footer><p>Procescluster Kanaalzone · Schependijk 4, 4538 AD Terneuzen · info@procescluster.example.nl · KvK 00000000</p>
<p>Mede mogelijk gemaakt door de Provincie Zeeland en de gemeenten Terneuzen en Sluis · <a href="#">Privacyverklaring</a> · <a href="#">Disclaimer</a></p></footer>
</body></html>
"""
write(F, T)
PK="Procescluster Kanaalzone"
gold(F,
 [P("Lieke de Kraker",None,None), P("Joris van Damme","directeur",PK),
  P("Marieke Wisse-Hamelink","Gedeputeerde Economie","Provincie Zeeland"),
  P("Bart Verstraete",None,"Universiteit Gent"),
  P("Hans Verhulst","Voorzitter",PK), P("Ellen Pieters-de Bruijne","vicevoorzitter",PK),
  P("Koen Van Hecke","penningmeester",PK), P("Saskia Dieleman","Secretaris",PK), P("Rik Hamelink","penningmeester",PK)],
 [O(PK), O("Provincie Zeeland"), O("Universiteit Gent"), O("Yara Sluiskil"), O("Biobased Innovatiecentrum"),
  O("HZ University of Applied Sciences"), O("Dow Benelux"), O("North Sea Port"), O("Cargill Sas van Gent"), O("gemeente Terneuzen"),
  O("Ghent Bio-Energy Valley vzw"), O("Rijksdienst voor Ondernemend Nederland","RVO"), O("Catalisti"), O("Scalda")],
 [E("zesde Netwerkdag Kanaalzone","2038-03-18",None,"Terneuzen","Netherlands"),
  E("rondleidingen","2038-03-18",None,"Sluiskil, Vlissingen","Netherlands"),
  E("netwerkborrel","2038-03-18",None,"Terneuzen","Netherlands"),
  E("Netwerkdag","2032-03-11",None,"Sas van Gent","Netherlands"),
  E("Netwerkdag","2033-03-16",None,"Hulst","Netherlands"),
  E("Netwerkdag","2034-03-23",None,"Gent","Belgium"),
  E("Netwerkdag","2036-03-20",None,"Terneuzen","Netherlands"),
  E("Netwerkdag","2037-03-19",None,"Zelzate","Belgium"),
  E("werkgroep warmte","2038-04",None,None,None),
  E("algemene ledenvergadering","2038-04-08",None,"Terneuzen","Netherlands"),
  E("Bedrijfsbezoek aan de waterstoffabriek van North Sea Port","2038-05-21",None,"Vlissingen-Oost","Netherlands"),
  E('Webinar "Subsidies voor warmtenetten"',"2038-06-04"),
  E("Grensoverschrijdende matchmaking","2038",None,"Antwerpen","Belgium")],
 ["2038-03","2038-03-24","2038-03-18","2032","2032-03-11","2033","2033-03-16","2034","2034-03-23","2036","2036-03-20","2037","2037-03-19",
  "2038-04-12","2038-04-08","2038-05-21","2038-06-04","2038","2038-04"],
 [], pub=None)
