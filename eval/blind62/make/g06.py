from h import *
F = 'jamtland-partner-event-winter-testing-forum-2035.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Event: Nordic Winter Testing Forum 2035 – Mid Sweden Science Park</title></head>
<body>
<div id="cookie-consent">We use cookies to give you the best experience. By continuing you accept our use of cookies. <button>Accept</button> <button>Reject</button></div>
<header><a href="/">Mid Sweden Science Park</a>
<nav><a href="/about">About</a> · <a href="/startups">Start-ups</a> · <a href="/events" class="active">Events</a> · <a href="/partners">Partners</a> · <a href="/news">News</a> · <a href="/sv">Svenska</a></nav></header>
<main>
<p class="crumbs">Home / Events / Partner events</p>
<p class="label">PARTNER EVENT</p>
<h1>Nordic Winter Testing Forum 2035 – Östersund</h1>
<p class="when"><b>When:</b> {wd(2035,2,6)} 6 February – {wd(2035,2,8)} 8 February 2035<br><b>Where:</b> Storsjöteatern and the Åre test tracks, Östersund / Åre, Sweden<br><b>Organiser:</b> Jämtland Cold Climate Technology Cluster (JCCT), with Mid Sweden University and Region Jämtland Härjedalen<br><b>Language:</b> English</p>
<p class="share">Share: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Copy link</a></p>
<p>Our partner, the Jämtland Cold Climate Technology Cluster, invites vehicle makers, component suppliers, test providers and researchers to the fourth Nordic Winter Testing Forum. The forum brings the winter testing industry of Jämtland, Norrbotten, Lapland and Trøndelag together with customers from Germany, Japan, Korea and the United States. Over three days you will hear about testing of electric and autonomous vehicles in snow and ice, the new EU rules for battery safety in the cold, and the shortage of skilled test drivers.</p>
<p>Earlier editions were held in Arvidsjaur (2029), Rovaniemi (2031) and Östersund (2033). The 2033 edition gathered 410 participants from 17 countries.</p>
<h2>Programme overview</h2>
<h3>Day 1 – {wd(2035,2,6)} 6 February: Conference, Storsjöteatern</h3>
<ul>
<li>09:00 Opening: Karin Olofsson Bergkvist, Chair, JCCT, and Anders Hägglund, Regional Development Director, Region Jämtland Härjedalen</li>
<li>09:30 Keynote: "Winter testing after the combustion engine" – Dr. Yuki Tanabe-Lindqvist, Head of Cold Climate Validation, Tōkai Motors Europe</li>
<li>10:30 Panel: Batteries at minus 30 °C – with Prof. Erik Wennerström, Mid Sweden University; Sanna Kärkkäinen, Lapland Proving Ground Oy; Friedrich von Hohenau, Senior Test Manager, Bayerische Fahrzeugtechnik AG</li>
<li>13:30 Parallel sessions: autonomous driving in snow; drones and cold-weather aviation; sustainable test tracks on frozen lakes</li>
<li>16:00 Matchmaking (pre-booked B2B meetings)</li>
<li>19:00 Forum dinner at Jamtli museum</li>
</ul>
<h3>Day 2 – {wd(2035,2,7)} 7 February: Test track visits, Åre</h3>
<ul>
<li>Bus transfer to Åre at 08:00</li>
<li>Demonstrations on the handling and ice tracks of Arctic Proving AB</li>
<li>Lunch hosted by the municipality of Åre</li>
</ul>
<h3>Day 3 – {wd(2035,2,8)} 8 February: Skills workshop</h3>
<ul>
<li>Workshop "Training the next generation of test drivers", led by Linnea Åström, JCCT skills manager, and Ole-Martin Haugen, Trøndelag Vehicle Cluster</li>
<li>Closing at 12:30</li>
</ul>
<h2>Exhibition and side events</h2>
<p>An exhibition of 40 stands runs alongside the conference in the foyer of Storsjöteatern on 6 February. Test service providers, tyre makers, sensor suppliers and the regional airports will present their offers. On the evening of 7 February, the Arctic Testing Alliance holds its annual members' meeting in Åre, chaired by Pekka Rautiainen of the Lapland Automotive Testing Cluster; forum participants who are not members can join the open part from 18:30. A job fair for students of Mid Sweden University and the vehicle programmes of the upper-secondary schools in Jämtland takes place on the morning of 8 February, in parallel with the skills workshop. Companies that want a table at the job fair should contact the organisers by 15 January 2035. Tables are free for members of the organising cluster and cost SEK 1,500 for other companies.</p>
<h2>Registration</h2>
<p>Early-bird fee SEK 4,900 until 15 December 2034; regular fee SEK 6,500. Members of JCCT and of the partner clusters in the Arctic Testing Alliance get 20% off. Registration closes on 20 January 2035 or when the 450 places are taken. The matchmaking is free but requires a profile on the B2B platform by 30 January 2035.</p>
<h2>Why we support the forum</h2>
<p>Mid Sweden Science Park hosts eleven start-ups working on sensors, de-icing and vehicle data. "The forum is the one week in the year when the whole winter testing industry is in one place. For our start-ups there is no better showroom," says Jonas Ek, CEO of Mid Sweden Science Park. Start-ups from the park can apply for one of five free exhibition tables before 1 December 2034.</p>
<h2>Practical information</h2>
<p>Östersund airport has daily flights from Stockholm Arlanda. Hotels near Storsjöteatern have set aside rooms at a forum rate; book with the code NWTF35 before 10 January 2035. Warm clothing is essential for the test track visit: temperatures in early February range between minus 5 and minus 25 degrees. The organisers provide boots and overalls on request. For questions about the programme contact the forum secretariat at forum@jcct.se; for the start-up tables contact events@midswedensciencepark.se.</p>
<p>The programme may change. The latest version, the list of speakers and the map of the test area are on the organiser's website. Last year's presentations can be downloaded there as well, together with the photo gallery and the report on the 2033 forum, which summarises the discussions on test-driver training and ...</p>
<p class="share">Share this event: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-mail</a></p>
<p><a href="/events">← Back to all events</a></p>
</main>
<footer>Mid Sweden Science Park AB · Krondikesvägen 97, Östersund · <a href="#">Privacy</a> · <a href="#">Cookie settings</a></footer>
</body></html>"""
write(F, T)
J='Jämtland Cold Climate Technology Cluster'
gold(F,
 [P('Karin Olofsson Bergkvist','Chair',J), P('Anders Hägglund','Regional Development Director','Region Jämtland Härjedalen'),
  P('Yuki Tanabe-Lindqvist','Head of Cold Climate Validation','Tōkai Motors Europe'), P('Erik Wennerström',None,'Mid Sweden University'),
  P('Sanna Kärkkäinen',None,'Lapland Proving Ground Oy'), P('Friedrich von Hohenau','Senior Test Manager','Bayerische Fahrzeugtechnik AG'),
  P('Linnea Åström','skills manager',J), P('Ole-Martin Haugen',None,'Trøndelag Vehicle Cluster'), P('Jonas Ek','CEO','Mid Sweden Science Park'), P('Pekka Rautiainen',None,'Lapland Automotive Testing Cluster')],
 [O('Mid Sweden Science Park'), O(J,'JCCT'), O('Mid Sweden University'), O('Region Jämtland Härjedalen'), O('Tōkai Motors Europe'),
  O('Lapland Proving Ground Oy'), O('Bayerische Fahrzeugtechnik AG'), O('Jamtli museum'), O('Arctic Proving AB'), O('Trøndelag Vehicle Cluster'),
  O('Arctic Testing Alliance'), O('Lapland Automotive Testing Cluster')],
 [E('Nordic Winter Testing Forum 2035','2035-02-06','2035-02-08','Östersund','Sweden'), E('Nordic Winter Testing Forum','2029','2029','Arvidsjaur','Sweden'),
  E('Nordic Winter Testing Forum','2031','2031','Rovaniemi','Finland'), E('Nordic Winter Testing Forum','2033','2033','Östersund','Sweden'),
  E('Matchmaking','2035-02-06','2035-02-06','Östersund','Sweden'), E("annual members' meeting",'2035-02-07','2035-02-07','Åre','Sweden'), E('job fair','2035-02-08','2035-02-08',None,None), E('exhibition','2035-02-06','2035-02-06','Östersund','Sweden'), E('Forum dinner','2035-02-06','2035-02-06','Östersund','Sweden'),
  E('Training the next generation of test drivers','2035-02-08','2035-02-08',None,None)],
 ['2035-02-06/2035-02-08','2029','2031','2033','2035-02-06','2035-02-07','2035-02-08','2034-12-15','2035-01-20','2035-01-30','2034-12-01','2035-01-10','2035-01-15'])
