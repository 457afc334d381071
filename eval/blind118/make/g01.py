from h import *
F = 'g01_carinthia_events_calendar.html'
assert wd(2038,5,12)=='Wednesday' and wd(2038,6,2)=='Wednesday' and wd(2038,6,16)=='Wednesday' and wd(2038,5,27)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events – Electronics and Microsystems Cluster Carinthia</title></head>
<body>
<nav>Home | About us | Members | Projects | <b>Events</b> | News | Contact | DE / EN</nav>
<div class="cookie">We use cookies to improve your experience on our website. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<main>
<h1>Events calendar 2038</h1>
<p class="breadcrumb">Home &gt; Events &gt; Upcoming events</p>
<p>Below you find the events organised or co-organised by the Electronics and Microsystems Cluster Carinthia (EMCC) and its partners in the first half of 2038. Unless stated otherwise, participation is free of charge for member companies; non-members pay a fee of EUR 90. Please register through the link on each event page. Places are limited.</p>

<article>
<h2>Chip Design Breakfast #14: Power electronics for heat pumps</h2>
<p><b>Wednesday, 12 May 2038, 08:00 – 10:00</b> · Lakeside Science &amp; Technology Park, Klagenfurt</p>
<p>Our breakfast series continues with a look at silicon carbide modules for the heat pump market. Short inputs by Dr. Valentina Oberhuber-Kresnik (Head of R&amp;D, Infraton Austria AG, Villach) and Matteo Dal Bianco (CTO of the start-up Termoquadro S.r.l., Udine), followed by open discussion over coffee.</p>
<p><a href="#">Read more</a> · <a href="#">Register</a></p>
</article>

<article>
<h2>Alpe-Adria Microelectronics Matchmaking</h2>
<p><b>27–28 May 2038</b> · Congress Center Villach</p>
<p>Together with the Enterprise Europe Network Austria and the Slovenian cluster SiEMA, EMCC invites companies from Carinthia, Friuli Venezia Giulia and Slovenia to pre-arranged one-to-one meetings. The event takes place on the fringe of the Alpe-Adria Semiconductor Days. Registration deadline: 20 May 2038.</p>
<p>Programme, Thursday 27 May:</p>
<ul>
<li>13:00 Registration</li>
<li>13:30 Welcome by Ingrid Pichler-Sternad, Cluster Manager, EMCC</li>
<li>14:00 – 18:00 B2B meetings (20-minute slots)</li>
<li>19:00 Networking dinner at the Villach town hall, hosted by the City of Villach</li>
</ul>
<p>Friday 28 May: company visits to Infraton Austria AG and to the Carinthia University of Applied Sciences (CUAS) clean room, departing 09:00 from the congress centre.</p>
<p><a href="#">Read more</a> · <a href="#">Register</a></p>
</article>

<article>
<h2>Webinar: Funding calls for semiconductor SMEs</h2>
<p><b>2 June 2038, 10:30 – 11:30</b> · online (Zoom)</p>
<p>Klára Nováková-Hrubá from the Austrian Research Promotion Agency (FFG) presents national and European calls open in summer 2038, including the second call of the Chips Joint Undertaking. Questions can be sent in advance to events@emcc.example.at until 30 May.</p>
<p><a href="#">Read more</a></p>
</article>

<article>
<h2>EMCC General Assembly 2038</h2>
<p><b>Wednesday, 16 June 2038, 16:00</b> · Carinthia University of Applied Sciences, Campus Villach (members only)</p>
<p>Agenda: annual report 2037, accounts and discharge of the board, election of two board members, cluster strategy 2038–2042. The assembly is chaired by the President of EMCC, Gerhard van der Meulen. The invitation and documents will be sent to members by e-mail four weeks in advance.</p>
</article>

<section>
<h2>Past events</h2>
<p>Missed one of our events? Presentations of past events are available in the members' area.</p>
<ul>
<li>Chip Design Breakfast #13: Sensors in agriculture – 17 March 2038, Klagenfurt</li>
<li>Carinthian Cluster Night – 24 November 2037, Velden am Wörthersee (with the Kärntner Wirtschaftsförderungs Fonds, KWF)</li>
<li>Study trip to Silicon Saxony, Dresden – 6–8 October 2037</li>
<li>Alpe-Adria Microelectronics Matchmaking 2037 – 2–3 June 2037, Nova Gorica (hosted by SiEMA)</li>
</ul>
</section>

<section>
<h2>Key takeaways from our last Cluster Night</h2>
<p>More than 180 guests discussed how the region can keep talent in microelectronics. The panel agreed on three points:</p>
<ul>
<li>Companies must offer apprenticeships in cooperation with the vocational schools of the region, not only in the universities</li>
<li>Housing and childcare are now as important for recruiting engineers as salaries</li>
<li>Carinthia should market itself together with Friuli and Slovenia as one Alpe-Adria chip region</li>
</ul>
</section>
</main>
<footer>
<p>Electronics and Microsystems Cluster Carinthia (EMCC) · Europastraße 12, 9524 Villach, Austria · ZVR 123456789</p>
<p>The cluster is supported by the Kärntner Wirtschaftsförderungs Fonds and the Province of Carinthia.</p>
<p>Imprint | Privacy policy | Newsletter | LinkedIn</p>
</footer>
</body></html>
"""
write(F, T)
EM = "Electronics and Microsystems Cluster Carinthia"
gold(F,
 [P("Valentina Oberhuber-Kresnik","Head of R&D","Infraton Austria AG"),
  P("Matteo Dal Bianco","CTO","Termoquadro S.r.l."),
  P("Ingrid Pichler-Sternad","Cluster Manager","EMCC"),
  P("Klára Nováková-Hrubá",None,"Austrian Research Promotion Agency"),
  P("Gerhard van der Meulen","President","EMCC")],
 [O(EM,"EMCC"), O("Infraton Austria AG"), O("Termoquadro S.r.l."), O("Enterprise Europe Network Austria"), O("SiEMA"),
  O("City of Villach"), O("Carinthia University of Applied Sciences","CUAS"), O("Austrian Research Promotion Agency","FFG"),
  O("Chips Joint Undertaking"), O("Kärntner Wirtschaftsförderungs Fonds","KWF"), O("Silicon Saxony"), O("Province of Carinthia")],
 [E("Chip Design Breakfast #14","2038-05-12",None,"Klagenfurt","Austria"),
  E("Alpe-Adria Microelectronics Matchmaking","2038-05-27","2038-05-28","Villach","Austria"),
  E("B2B meetings","2038-05-27",None,"Villach","Austria"),
  E("Networking dinner","2038-05-27",None,"Villach","Austria"),
  E("company visits","2038-05-28",None,"Villach","Austria"),
  E("Alpe-Adria Semiconductor Days",None,None,None,None),
  E("Webinar: Funding calls for semiconductor SMEs","2038-06-02",None,None,None),
  E("EMCC General Assembly 2038","2038-06-16",None,"Villach","Austria"),
  E("Chip Design Breakfast #13","2038-03-17",None,"Klagenfurt","Austria"),
  E("Carinthian Cluster Night","2037-11-24",None,"Velden am Wörthersee","Austria"),
  E("Study trip to Silicon Saxony","2037-10-06","2037-10-08","Dresden","Germany"),
  E("Alpe-Adria Microelectronics Matchmaking 2037","2037-06-02","2037-06-03","Nova Gorica","Slovenia")],
 ["2038","2038-05-12","2038-05-27/2038-05-28","2038-05-20","2038-05-27","2038-05-28","2038-06-02","2038-05-30","2038-06-16","2038/2042",
  "2038-03-17","2037-11-24","2037-10-06/2037-10-08","2037-06-02/2037-06-03"],
 ["Companies must offer apprenticeships in cooperation with the vocational schools of the region, not only in the universities",
  "Housing and childcare are now as important for recruiting engineers as salaries",
  "Carinthia should market itself together with Friuli and Slovenia as one Alpe-Adria chip region"])
