from h import *
F = 'g01_eastanglia_agritech_calendar.html'
assert wd(2038,3,9)=='Tuesday' and wd(2038,3,24)=='Wednesday' and wd(2038,4,15)=='Thursday' and wd(2038,5,20)=='Thursday' and wd(2038,6,8)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Events calendar – EATC</title></head>
<body>
<div class="cookie-bar">We use cookies to understand how our site is used. <a href="/cookies">Cookie settings</a> <button>OK</button></div>
<header><div class="brand">East Anglia Agri-Tech Cluster</div>
<nav><a href="/">Home</a> · <a href="/members">Members</a> · <a href="/projects">Projects</a> · <a href="/events" class="active">Events</a> · <a href="/news">News</a> · <a href="/join">Join the cluster</a> · <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home / Events / Spring 2038</p>
<h1>Events calendar: spring 2038</h1>
<p>All events are open to members of the East Anglia Agri-Tech Cluster (EATC). Non-members are welcome where stated. Filter by: <a href="#">All</a> | <a href="#">Workshops</a> | <a href="#">Networking</a> | <a href="#">Visits</a> | <a href="#">Governance</a></p>
<p class="note">Please note: unless stated otherwise, events take place in person only. Recordings of webinars are posted in the members' area within a week. If you need step-free access, a hearing loop or dietary arrangements, tell the events team when you book. Cancellations made less than 48 hours before a paid event cannot be refunded, but you may send a colleague in your place.</p>

<div class="event">
<p class="date">09/03/2038 · 07:45–09:30 · Ipswich</p>
<h2>Soil Health Innovation Breakfast</h2>
<p>A networking breakfast at Suffolk Business Centre, Ipswich, with short pitches from three start-ups working on soil sensors and biological inputs. Host: Dr Imogen Fairweather-Lowe, Cluster Manager. Guest speaker: Tomasz Wróblewski, founder of Rootline Analytics Ltd. Free for members; £15 for non-members.</p>
<p><a href="/events/soil-breakfast">Details and booking</a></p>
</div>

<div class="event">
<p class="date">Wednesday 24 March 2038 · 10:00–16:00 · Norwich</p>
<h2>Precision Irrigation Workshop</h2>
<p>Delivered with the John Innes Centre and the University of East Anglia (UEA) at the Norwich Research Park. The workshop looks at deficit irrigation for potatoes and onions after two dry summers. Speakers include Professor Aurelio Santamaría of UEA's School of Environmental Sciences and Harriet O'Connell, water resources lead at the Environment Agency. Places are limited to 40; booking closes on 17 March.</p>
<p><a href="/events/irrigation">Details and booking</a></p>
</div>

<div class="event">
<p class="date">Thursday 15 April 2038 · Norwich</p>
<h2>EATC Annual General Meeting</h2>
<p>The cluster's Annual General Meeting will be held at 14:00 at The Assembly House, Norwich. Members will receive the annual report for 2037, approve the accounts and elect three directors to the board. The meeting is followed at 17:30 by a members' reception. Nominations for the board must reach the company secretary, Mr Rupert Blackwood-Hale, by 25 March 2038. Only full members may vote.</p>
<p><a href="/events/agm-2038">Agenda and papers</a></p>
</div>

<div class="event">
<p class="date">Thursday 20 May 2038 · all day · Lincolnshire (coach from Ipswich)</p>
<h2>Study visit: controlled-environment growers in the Fens</h2>
<p>A coach trip to two glasshouse sites near Spalding, with a lunch stop at the Holbeach campus of the University of Lincoln. Led by Kwame Asante-Boateng, Innovation Adviser at EATC. The coach leaves Ipswich at 07:00 and returns around 19:30. Co-funded by New Anglia LEP.</p>
<p><a href="/events/fens-visit">Details and booking</a></p>
</div>

<div class="event">
<p class="date">8–10 June 2038 · Rotterdam, Netherlands</p>
<h2>GreenTech Amsterdam? No – Horticulture Business Days Rotterdam</h2>
<p>EATC will take a shared stand of six member companies to the Horticulture Business Days in Rotterdam. The mission starts with a briefing on Tuesday 8 June at the Netherlands Enterprise Agency (RVO) and includes B2B meetings on 9 June organised with the Enterprise Europe Network. Applications from members by 30 April 2038.</p>
<p><a href="/events/rotterdam">Details and booking</a></p>
</div>

<h2>Past events</h2>
<ul class="past">
<li>12/11/2037 – Autumn Cluster Forum, Newmarket – <a href="#">report</a></li>
<li>21/10/2037 – Webinar: carbon accounting for farm businesses – <a href="#">recording</a></li>
<li>14–15/09/2037 – Joint partner meeting of the AgriRegions project, Aarhus – <a href="#">report</a></li>
<li>30/06/2037 – Summer Field Day at Morley Farms – <a href="#">photos</a></li>
</ul>
<p>Looking for an older event? See the <a href="/events/archive">events archive (2034–2037)</a>.</p>

<aside><h3>Contact the events team</h3>
<p>Nadia Kowalczyk-Reid, Events and Communications Officer · events@eatc.example.org.uk · 01473 000 000</p>
<p>Follow us: <a href="#">LinkedIn</a> · <a href="#">YouTube</a></p></aside>
</main>
<footer><p>East Anglia Agri-Tech Cluster Ltd is a company limited by guarantee registered in England and Wales. Registered office: Suffolk Business Centre, Ipswich IP1 0AA.</p>
<p>© 2038 EATC · <a href="/privacy">Privacy notice</a> · <a href="/terms">Terms</a></p></footer>
</body></html>
"""
T = T.replace("GreenTech Amsterdam? No – Horticulture Business Days Rotterdam", "Mission to the Horticulture Business Days, Rotterdam")
write(F, T)
A = "East Anglia Agri-Tech Cluster"
gold(F,
 [P("Imogen Fairweather-Lowe","Cluster Manager",A),
  P("Tomasz Wróblewski","founder","Rootline Analytics Ltd"),
  P("Aurelio Santamaría",None,"School of Environmental Sciences"),
  P("Harriet O'Connell","water resources lead","Environment Agency"),
  P("Rupert Blackwood-Hale","company secretary",A),
  P("Kwame Asante-Boateng","Innovation Adviser","EATC"),
  P("Nadia Kowalczyk-Reid","Events and Communications Officer",A)],
 [O(A,"EATC"), O("Rootline Analytics Ltd"), O("John Innes Centre"), O("University of East Anglia","UEA"),
  O("School of Environmental Sciences"), O("Environment Agency"), O("University of Lincoln"), O("New Anglia LEP"),
  O("Netherlands Enterprise Agency","RVO"), O("Enterprise Europe Network"), O("Morley Farms")],
 [E("Soil Health Innovation Breakfast","2038-03-09",None,"Ipswich","United Kingdom"),
  E("Precision Irrigation Workshop","2038-03-24",None,"Norwich","United Kingdom"),
  E("EATC Annual General Meeting","2038-04-15",None,"Norwich","United Kingdom"),
  E("members' reception","2038-04-15",None,"Norwich","United Kingdom"),
  E("Study visit: controlled-environment growers in the Fens","2038-05-20",None,None,"United Kingdom"),
  E("Mission to the Horticulture Business Days","2038-06-08","2038-06-10","Rotterdam","Netherlands"),
  E("Horticulture Business Days",None,None,"Rotterdam","Netherlands"),
  E("briefing","2038-06-08",None,"Rotterdam","Netherlands"),
  E("B2B meetings","2038-06-09",None,"Rotterdam","Netherlands"),
  E("Autumn Cluster Forum","2037-11-12",None,"Newmarket","United Kingdom"),
  E("Webinar: carbon accounting for farm businesses","2037-10-21",None,None,None),
  E("Joint partner meeting of the AgriRegions project","2037-09-14","2037-09-15","Aarhus","Denmark"),
  E("Summer Field Day at Morley Farms","2037-06-30",None,None,None)],
 ["2038-03-09","2038-03-24","2038-03-17","2038-04-15","2037","2038-03-25","2038-05-20","2038-06-08/2038-06-10",
  "2038-06-08","2038-06-09","2038-04-30","2037-11-12","2037-10-21","2037-09-14/2037-09-15","2037-06-30","2034/2037","2038"],
 [])
