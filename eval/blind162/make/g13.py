from h import *
F = 'g13_smartwood_regions_events_klagenfurt.html'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,13)=='Wednesday' and wd(2041,5,28)=='Tuesday' and wd(2040,9,20)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | SMARTWOOD REGIONS | Interreg Europe</title></head>
<body>
<div class="cookie">This website uses cookies. Some are essential, others help us understand how the site is used. <button>Accept</button> <button>Decline</button> <a href="/cookies">Cookie settings</a></div>
<header><p class="brand">Interreg Europe · SMARTWOOD REGIONS</p>
<nav><a href="/smartwood">Project</a> | <a href="/smartwood/partners">Partners</a> | <a href="/smartwood/good-practices">Good practices</a> | <a href="/smartwood/events">Events</a> | <a href="/smartwood/news">News</a> | <a href="/smartwood/library">Library</a> | <a href="/smartwood/contact">Contact</a></nav></header>
<main>
<h1>Events</h1>
<p class="intro">SMARTWOOD REGIONS brings together eight regions that want their smart specialisation strategies to support the forest-based bioeconomy. Below you find our upcoming and past events.</p>

<section>
<h2>Upcoming: Interregional study visit to Carinthia</h2>
<p class="when">12–13 February 2041 · Klagenfurt am Wörthersee and Villach, Austria</p>
<p>The fourth interregional study visit of SMARTWOOD REGIONS will be hosted by the Kärntner Wirtschaftsförderungs Fonds (KWF) and the Holzcluster Kärnten. Partners will see how Carinthia links its sawmill industry with research on wood-based chemicals and how the regional cluster brings small joiners into public procurement.</p>
<table>
<tr><th>Time</th><th>Tuesday 12 February 2041</th></tr>
<tr><td>09:00</td><td>Welcome by Sebastian Schuschnig, Member of the Carinthian Government responsible for economy</td></tr>
<tr><td>09:30</td><td>"Carinthia's forest-based bioeconomy strategy" – Mag. Birgit Ortner-Rainer, Head of Innovation, KWF</td></tr>
<tr><td>10:30</td><td>Good practice: the timber procurement desk – DI Andreas Lesjak, cluster manager, Holzcluster Kärnten</td></tr>
<tr><td>13:30</td><td>Company visit to Hasslacher Norica Timber in Sachsenburg</td></tr>
<tr><td>19:00</td><td>Partner dinner in Klagenfurt</td></tr>
</table>
<table>
<tr><th>Time</th><th>Wednesday 13 February 2041</th></tr>
<tr><td>09:00</td><td>Visit to the Wood K plus research centre and the university of applied sciences in Villach</td></tr>
<tr><td>11:30</td><td>Steering group meeting</td></tr>
<tr><td>13:00</td><td>End of the visit</td></tr>
</table>
<p>Participation is by invitation only. Stakeholders from partner regions should contact their regional partner.</p>
</section>

<section>
<h2>Past events</h2>
<ul>
<li>Kick-off meeting – Joensuu, Finland, 10–11 October 2039</li>
<li>1st interregional study visit – Vila Real, Portugal, 5–6 March 2040</li>
<li>2nd interregional study visit – Zvolen, Slovakia, 19–20 September 2040</li>
<li>3rd interregional study visit – Épinal, France, 26–27 November 2040</li>
</ul>
</section>

<section>
<h2>Key takeaways from Épinal</h2>
<p>The hosts from the Grand Est Region and the cluster Fibois Grand Est summarised the discussions of the third study visit:</p>
<ul>
<li>Public buyers need simple tender templates that allow local timber without breaking competition rules</li>
<li>Regions should map their wood flows before they set targets in their smart specialisation strategies</li>
<li>Training of architects is as important as support to companies</li>
</ul>
<p>Thirty-one participants from the eight partner regions took part in Épinal, together with a delegation of joiners and architects from the Vosges. "We came to show our timber hall and left with ideas on how to buy wood from our own forests," said Mélanie Durand-Krebs, project officer at the Grand Est Region. The next stop, Carinthia, will continue the discussion on public procurement and add the link to research on wood-based chemicals.</p>
<p>Photo gallery and presentations are available in the <a href="/smartwood/library">library</a>.</p>
</section>

<section>
<h2>Coming later</h2>
<p>Mid-term conference in Brussels at the European Committee of the Regions on Tuesday 28 May 2041, with the other Interreg Europe projects on bioeconomy. The final conference will be held in Joensuu in December 2042.</p>
</section>

<section>
<h2>Partners</h2>
<p>Regional Council of North Karelia (FI, lead partner) · Kärntner Wirtschaftsförderungs Fonds (AT) · Comissão de Coordenação e Desenvolvimento Regional do Norte (PT) · Banská Bystrica Self-Governing Region (SK) · Grand Est Region (FR) · Podkarpackie Voivodeship (PL) · Harghita County Council (RO) · Regional Development Agency of Koroška (SI)</p>
<p>Project coordinator: Tiina Hirvonen, Regional Council of North Karelia · Communication manager: Paweł Dziedzic, Podkarpackie Voivodeship</p>
</section>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Copy link</a></p>
</main>
<footer><p>SMARTWOOD REGIONS is co-funded by the European Union through the Interreg Europe programme.</p><p><a href="/privacy">Privacy</a> · <a href="/legal">Legal notice</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Sebastian Schuschnig","Member of the Carinthian Government responsible for economy",None),
  P("Birgit Ortner-Rainer","Head of Innovation","KWF"),
  P("Andreas Lesjak","cluster manager","Holzcluster Kärnten"),
  P("Mélanie Durand-Krebs","project officer","Grand Est Region"),
  P("Tiina Hirvonen","Project coordinator","Regional Council of North Karelia"),
  P("Paweł Dziedzic","Communication manager","Podkarpackie Voivodeship")],
 [O("Kärntner Wirtschaftsförderungs Fonds","KWF"), O("Holzcluster Kärnten"), O("Hasslacher Norica Timber"),
  O("Wood K plus"), O("Grand Est Region"), O("Fibois Grand Est"), O("European Committee of the Regions"),
  O("Regional Council of North Karelia"), O("Comissão de Coordenação e Desenvolvimento Regional do Norte"),
  O("Banská Bystrica Self-Governing Region"), O("Podkarpackie Voivodeship"), O("Harghita County Council"),
  O("Regional Development Agency of Koroška"), O("European Union")],
 [E("Interregional study visit to Carinthia","2041-02-12","2041-02-13","Klagenfurt am Wörthersee, Villach","Austria"),
  E("Carinthia's forest-based bioeconomy strategy","2041-02-12",None,"Klagenfurt am Wörthersee","Austria"),
  E("Company visit to Hasslacher Norica Timber","2041-02-12",None,"Sachsenburg","Austria"),
  E("Partner dinner","2041-02-12",None,"Klagenfurt","Austria"),
  E("Visit to the Wood K plus research centre and the university of applied sciences","2041-02-13",None,"Villach","Austria"),
  E("Steering group meeting","2041-02-13",None,None,"Austria"),
  E("Kick-off meeting","2039-10-10","2039-10-11","Joensuu","Finland"),
  E("1st interregional study visit","2040-03-05","2040-03-06","Vila Real","Portugal"),
  E("2nd interregional study visit","2040-09-19","2040-09-20","Zvolen","Slovakia"),
  E("3rd interregional study visit","2040-11-26","2040-11-27","Épinal","France"),
  E("Mid-term conference","2041-05-28",None,"Brussels","Belgium"),
  E("final conference","2042-12",None,"Joensuu","Finland")],
 ["2041-02-12/2041-02-13","2041-02-12","2041-02-13","2039-10-10/2039-10-11","2040-03-05/2040-03-06",
  "2040-09-19/2040-09-20","2040-11-26/2040-11-27","2041-05-28","2042-12"],
 ["Public buyers need simple tender templates that allow local timber without breaking competition rules",
  "Regions should map their wood flows before they set targets in their smart specialisation strategies",
  "Training of architects is as important as support to companies"],
 pub=None)
