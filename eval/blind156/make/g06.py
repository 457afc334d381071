from h import *
F = 'g06_beja_aeronautics_summit.html'
assert wd(2041,10,8)=='Tuesday' and wd(2041,10,9)=='Wednesday' and wd(2041,10,10)=='Thursday' and wd(2041,9,12)=='Thursday' and wd(2041,7,15)=='Monday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Alentejo Aeronautics Summit 2041 – Beja | AED Alentejo</title></head>
<body>
<div id="cookie-consent"><p>This website uses its own and third-party cookies for statistics. By continuing to browse you accept their use. <a href="/en/cookies">Cookie policy</a></p><button>OK</button> <button>Manage</button></div>
<header><p class="logo">AED Alentejo – Aeronautics, Space and Defence Cluster of the Alentejo</p>
<nav><a href="/en/">Home</a> · <a href="/en/cluster/">Cluster</a> · <a href="/en/associates/">Associates</a> · <a href="/en/events/">Events</a> · <a href="/en/news/">News</a> · <a href="/en/contact/">Contact</a> · <a href="/pt/">PT</a></nav>
</header>
<main>
<p class="breadcrumb">Home / Events / Alentejo Aeronautics Summit 2041</p>
<h1>Alentejo Aeronautics Summit 2041</h1>
<p class="when"><strong>8–10 October 2041</strong> · Beja Airport and NERBE business centre, Beja (Portugal) · Language: English and Portuguese</p>
<p class="share">Share: <a href="#">LinkedIn</a> | <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Copy link</a></p>

<p>The fifth Alentejo Aeronautics Summit brings together aircraft maintenance companies, component makers, drone developers, universities and public authorities from Portugal, Spain and France. This year's theme is <em>"Maintaining tomorrow's fleet: skills, data and sustainable fuels"</em>. The summit is organised by the AED Alentejo cluster with the Municipality of Beja, the Alentejo Regional Coordination and Development Commission (CCDR Alentejo) and the University of Évora, and is part of the European Cluster Weeks campaign.</p>

<p>The Alentejo has become an unlikely aviation region in fifteen years: Beja Airport, built as a military base, now hosts two maintenance companies and an aircraft recycling business, and the Évora industrial park supplies fuselage parts to major manufacturers. The summit is the place where these companies meet their future partners, staff and customers.</p>
<h2>Programme</h2>
<h3>Tuesday 8 October – arrival</h3>
<ul>
<li>16:00 Guided visit to the aircraft recycling hangar of Aerociclo Alentejo at Beja Airport (limited to 40 people)</li>
<li>19:30 Welcome reception in the cloister of the Convento de Nossa Senhora da Conceição, offered by the Mayor of Beja, Rui Fialho Carvalho</li>
</ul>
<h3>Wednesday 9 October – conference day</h3>
<ul>
<li>09:00 Registration and coffee</li>
<li>09:30 Opening: Teresa Godinho Matos, President of AED Alentejo; Rui Fialho Carvalho, Mayor of Beja; José Manuel Serrano, Vice-President of CCDR Alentejo</li>
<li>10:00 Keynote "Europe's MRO market to 2050" – Dr. Claire Aubertin, Director of Strategy, Aerospace Valley (Toulouse)</li>
<li>10:45 Session 1 – Skills: the technicians we do not have. Moderator: Prof. Luís Sardinha Pires, University of Évora</li>
<li>12:30 Lunch and exhibition</li>
<li>14:00 Session 2 – Sustainable aviation fuels made in the Alentejo? With speakers from Galp Energia, the Andalusian Aerospace Cluster Hélice (Seville) and the Portuguese Space Agency (Portugal Space)</li>
<li>16:00 Session 3 – Drones for agriculture and fire surveillance: start-up pitches</li>
<li>17:30 Signing of a cooperation agreement between AED Alentejo and Hélice</li>
<li>20:00 Summit dinner at the Pousada de São Francisco</li>
</ul>
<h3>Thursday 10 October – business day</h3>
<ul>
<li>09:00–13:00 B2B meetings (pre-booked through the matchmaking platform)</li>
<li>10:00 Company visits to Embraer Évora and to the drone test centre in Ferreira do Alentejo (coach leaves at 09:30)</li>
<li>13:30 Closing lunch</li>
</ul>

<h2>Registration</h2>
<p>Registration is free for associates of the cluster and costs EUR 120 for other participants (the fee covers the dinner and the lunches). The B2B platform opens on Monday 15 July 2041; meetings can be requested until Thursday 12 September 2041. Places on the visits are allocated in order of registration.</p>

<h2>Past editions</h2>
<ul>
<li>2040 – Évora, 3–4 October</li>
<li>2039 – Beja, 28 September</li>
<li>2038 – Ponte de Sor, 13–14 October</li>
<li>2036 – Beja, 6 October (first edition)</li>
</ul>
<p>No summit was held in 2037 while the airport terminal was being rebuilt.</p>

<h2>Contacts</h2>
<p>Organising team: Inês Valadas Correia, event manager, AED Alentejo · events@aed-alentejo.example.pt · +351 284 000 000<br>
Press: Miguel Baião, communication, AED Alentejo</p>
<p>Hotels with a partner rate: Hotel Francis, Beja; Hotel Museu, Beja; Vila Galé Collection, Évora.</p>
</main>
<footer><p>AED Alentejo – Associação do Cluster Aeronáutico, Espaço e Defesa do Alentejo · Rua da Lavoura 12, 7800-000 Beja · NIPC 500 000 000</p>
<p>Co-financed by Alentejo 2030 and the European Union · <a href="/en/privacy/">Privacy</a> · <a href="/en/terms/">Terms of use</a> · © 2041</p></footer>
</body></html>
"""
write(F, T)
A = "AED Alentejo – Associação do Cluster Aeronáutico, Espaço e Defesa do Alentejo"
gold(F,
 [P("Rui Fialho Carvalho", "Mayor of Beja", "Municipality of Beja"),
  P("Teresa Godinho Matos", "President", "AED Alentejo"),
  P("José Manuel Serrano", "Vice-President", "CCDR Alentejo"),
  P("Claire Aubertin", "Director of Strategy", "Aerospace Valley"),
  P("Luís Sardinha Pires", "Moderator", "University of Évora"),
  P("Inês Valadas Correia", "event manager", "AED Alentejo"),
  P("Miguel Baião", "communication", "AED Alentejo")],
 [O(A, "AED Alentejo"), O("Municipality of Beja"), O("Alentejo Regional Coordination and Development Commission", "CCDR Alentejo"),
  O("University of Évora"), O("Aerociclo Alentejo"), O("Aerospace Valley"), O("Galp Energia"),
  O("Andalusian Aerospace Cluster Hélice"), O("Portuguese Space Agency", "Portugal Space"), O("Embraer Évora"), O("European Union")],
 [E("Alentejo Aeronautics Summit 2041", "2041-10-08", "2041-10-10", "Beja", "Portugal"),
  E("Guided visit to the aircraft recycling hangar of Aerociclo Alentejo", "2041-10-08", None, "Beja", "Portugal"),
  E("Welcome reception", "2041-10-08", None, "Beja", "Portugal"),
  E("Europe's MRO market to 2050", "2041-10-09", None, "Beja", "Portugal"),
  E("Signing of a cooperation agreement between AED Alentejo and Hélice", "2041-10-09", None, "Beja", "Portugal"),
  E("Summit dinner", "2041-10-09", None, "Beja", "Portugal"),
  E("B2B meetings", "2041-10-10", None, "Beja", "Portugal"),
  E("Company visits to Embraer Évora and to the drone test centre in Ferreira do Alentejo", "2041-10-10", None, "Évora, Ferreira do Alentejo", "Portugal"),
  E("Alentejo Aeronautics Summit", "2040-10-03", "2040-10-04", "Évora", "Portugal"),
  E("Alentejo Aeronautics Summit", "2039-09-28", None, "Beja", "Portugal"),
  E("Alentejo Aeronautics Summit", "2038-10-13", "2038-10-14", "Ponte de Sor", "Portugal"),
  E("Alentejo Aeronautics Summit", "2036-10-06", None, "Beja", "Portugal"),
  E("European Cluster Weeks", None, None, None, None)],
 ["2041-10-08/2041-10-10", "2041-10-08", "2041-10-09", "2041-10-10", "2041-07-15", "2041-09-12",
  "2040-10-03/2040-10-04", "2039-09-28", "2038-10-13/2038-10-14", "2036-10-06", "2037"],
 [])
