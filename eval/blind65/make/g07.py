"""07: an innovation week (Drenthe, Assen/Emmen/Meppel) with a main programme and member side events in a table (HTML)."""
from h import *
def dd(m, d): return f"{wd(2034, m, d, 'ens')} {d} Oct"
side = [
 (dd(10,9), "Emmen Plastics Recycling Group B.V.", "Open day: from waste bale to granulate", "Emmen", "open"),
 (dd(10,9), "Hanze University of Applied Sciences, Assen campus", "Student challenge pitch “Smart villages”", "Assen", "registration"),
 (dd(10,10), "WaterStof Noord", "Hydrogen filling station tour and breakfast", "Hoogeveen", "members + guests"),
 (dd(10,10), "Boerderij van Morgen coöperatie U.A.", "Field demo: robot weeding in organic potatoes", "Valthermond", "open"),
 (dd(10,11), "Drenthe Health Tech Lab", "Workshop “Care at home with sensors”", "Beilen", "registration"),
 (dd(10,11), "Meppel Logistics Hub", "Inland port innovation walk", "Meppel", "open"),
 (dd(10,12), "Geo Energy Drenthe", "Geothermal energy information evening", "Coevorden", "open"),
 (dd(10,12), "Datacenter Noord B.V.", "Behind the racks: waste heat for a district", "Emmen", "registration"),
 (dd(10,13), "Stichting Drentse Ondernemers Jongeren", "Young entrepreneurs’ breakfast with the King’s Commissioner", "Assen", "invitation"),
]
rows = '\n'.join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d_}</td><td>{e}</td></tr>" for a, b, c, d_, e in side)
t = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Drenthe Innovation Week 2034 – programme</title></head><body>
<div id="cookies">This website uses functional and analytical cookies. <a href="/cookies">More information</a> <button>OK</button></div>
<nav><a href="/">Innovation Week</a> | <a href="/programme">Programme</a> | <a href="/side-events">Side events</a> | <a href="/partners">Partners</a> | <a href="/nl">NL</a></nav>
<h1>Drenthe Innovation Week 2034</h1>
<p><strong>{wd(2034,10,9)} 9 to {wd(2034,10,13)} 13 October 2034 · Assen and across the province</strong></p>
<p>For the fifth time, companies, knowledge institutions and governments in Drenthe open their doors for a week of innovation.
The week is organised by the Drenthe Innovation Cluster (DIC) together with the Province of Drenthe, the Northern Netherlands
Development Agency NOM and the municipalities of Assen, Emmen and Hoogeveen. The central events take place at the TT Circuit
Assen conference centre; more than forty side events are hosted by members all over the province.</p>
<h2>Theme 2034: “Space to make”</h2>
<p>Drenthe has room: for factories, for fields, for solar parks, for housing and for nature. This year’s theme asks how that
space is best used when energy grids are full and labour is scarce. Every day of the week opens with a short talk on the theme
at the central venue, streamed for those who follow the side events elsewhere. Companies taking part in the side events are
invited to show one concrete answer to the question, however small: a process that uses less space, a shared site, a shared
grid connection or a new way to train people on the job.</p>
<h2>Main programme</h2>
<ul>
<li><strong>{wd(2034,10,9)} 9 October, 15:00 – Opening</strong> at the TT Circuit Assen with the King’s Commissioner in Drenthe,
Mr. Harm-Jan van der Veen, and the chair of the cluster, Ir. Annelies Koopmans-Bakker.</li>
<li><strong>{wd(2034,10,10)} 10 October – Innovation Market</strong>: 60 stands, demonstrations and a start-up corner, 10:00–17:00.</li>
<li><strong>{wd(2034,10,11)} 11 October – Northern Netherlands Investment Day</strong>: pitches of 15 scale-ups to investors,
organised by NOM; closed event, application via NOM.</li>
<li><strong>{wd(2034,10,12)} 12 October – Drenthe Innovation Award</strong>: ceremony at 19:30; the jury is chaired by
Prof. dr. Jeroen ter Horst (University of Groningen).</li>
<li><strong>{wd(2034,10,13)} 13 October – Closing</strong> with the “Drenthe 2040” conversation between entrepreneurs and
students, 14:00–16:00, Drents Museum, Assen.</li>
</ul>
<h2>Side events by members</h2>
<p>Members of the cluster host their own events during the week. The list is updated every Friday; entries marked “open” need no
registration.</p>
<table>
<thead><tr><th>Date</th><th>Host</th><th>Event</th><th>Place</th><th>Access</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p>Would you like to add a side event? Fill in the form before 15 September 2034. Side events must be free of charge or
open to members at no cost, and take place in Drenthe during the week.</p>
<h2>Facts from 2033</h2>
<p>The fourth edition (2–6 October 2033) drew 4,800 visitors to 38 side events; the Innovation Award went to Emmen-based
PolyLoop B.V. for its mixed-plastics sorting line. The 2034 week is supported by the Province of Drenthe and the
European Regional Development Fund.</p>
<h2>Getting around</h2>
<p>A free shuttle bus connects Assen station with the TT Circuit on all days from 08:30. Side events outside Assen are easiest
to reach by car or bicycle; the “Innovation Week Route” in the app suggests combinations of events on the same day. Parking
at the TT Circuit is free for visitors who registered.</p>
<h2>Contact</h2>
<p>Programme team: Lotte Zwiers (programme manager) and Bram Hoekstra (side events), Drenthe Innovation Cluster,
Stationsstraat 12, 9401 KV Assen · week@drentheinnovatie.nl</p>
<footer>© 2034 Drenthe Innovation Cluster · <a href="/privacy">Privacy statement</a> · <a href="/disclaimer">Disclaimer</a> ·
Follow us on LinkedIn and Instagram</footer>
</body></html>
"""
fn = 'blind65_07_drenthe_innovation_week.html'
write(fn, t)
D = "Drenthe Innovation Cluster"
evs = [E("Drenthe Innovation Week 2034", "2034-10-09", "2034-10-13", "Assen", "Netherlands"),
  E("Opening", "2034-10-09", "2034-10-09", "Assen", "Netherlands"),
  E("Innovation Market", "2034-10-10", "2034-10-10", "Assen", "Netherlands"),
  E("Northern Netherlands Investment Day", "2034-10-11", "2034-10-11", "Assen", "Netherlands"),
  E("Drenthe Innovation Award", "2034-10-12", "2034-10-12", "Assen", "Netherlands"),
  E("Closing", "2034-10-13", "2034-10-13", "Assen", "Netherlands")]
for a, b, c, d_, e in side:
    day = int(a.split()[1]); evs.append(E(c, f"2034-10-{day:02d}", f"2034-10-{day:02d}", d_, "Netherlands"))
evs.append(E("Drenthe Innovation Week (2033 edition)", "2033-10-02", "2033-10-06", None, "Netherlands"))
gold(fn,
 [P("Harm-Jan van der Veen", "King’s Commissioner in Drenthe", None), P("Annelies Koopmans-Bakker", "chair", D),
  P("Jeroen ter Horst", None, "University of Groningen"), P("Lotte Zwiers", "programme manager", D), P("Bram Hoekstra", "side events", D)],
 [O(D, "DIC"), O("Province of Drenthe"), O("Northern Netherlands Development Agency NOM", "NOM"),
  O("University of Groningen"), O("Emmen Plastics Recycling Group B.V."), O("Hanze University of Applied Sciences"),
  O("WaterStof Noord"), O("Boerderij van Morgen coöperatie U.A."), O("Drenthe Health Tech Lab"), O("Meppel Logistics Hub"),
  O("Geo Energy Drenthe"), O("Datacenter Noord B.V."), O("Stichting Drentse Ondernemers Jongeren"), O("PolyLoop B.V.")],
 evs,
 ["2034-10-09/2034-10-13", "2034-10-09", "2034-10-10", "2034-10-11", "2034-10-12", "2034-10-13", "2034-09-15", "2033-10-02/2033-10-06", "2033"])
