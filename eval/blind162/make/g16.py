from h import *
F = 'g16_adriatic_blue_cluster_newsletter_sibenik.html'
assert [wd(2041,9,d) for d in (24,25,26)]==['Tuesday','Wednesday','Thursday'] and wd(2041,7,15)=='Monday' and wd(2041,8,29)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter July 2041 – Adriatic Blue Economy Cluster</title></head>
<body>
<div class="gdpr">We use cookies for statistics and to remember your preferences. <a href="/privacy">Privacy policy</a> <button>OK</button> <button>Settings</button></div>
<header><p>Adriatic Blue Economy Cluster · Klaster plavog gospodarstva Jadrana</p>
<nav><a href="/">Home</a> / <a href="/members">Members</a> / <a href="/projects">EU projects</a> / <a href="/newsletter">Newsletter</a> / <a href="/events">Events</a> / <a href="/hr">HR</a></nav></header>
<main>
<p class="crumb">Home › Newsletter › July 2041</p>
<h1>Newsletter No. 31 – July 2041</h1>
<p class="sent">Sent on Monday 15 July 2041 to 412 subscribers · <a href="#">View in browser</a></p>

<h2>1. Šibenik to host the annual meeting of the BLUE-MED Eurocluster</h2>
<p>From Tuesday 24 to Thursday 26 September 2041 our cluster will welcome the partners of the BLUE-MED Eurocluster in Šibenik. It is the third annual partner meeting of the Eurocluster, which supports SMEs in maritime tourism, aquaculture and small shipyards across the Mediterranean. About 60 people from seven countries are expected.</p>
<p>Provisional programme:</p>
<ul>
<li>Tuesday 24 September, 18:00 – welcome reception at the Šibenik city library terrace, hosted by the City of Šibenik</li>
<li>Wednesday 25 September, 09:00–13:00 – partner meeting: results of the second SME call and plans for 2042</li>
<li>Wednesday 25 September, 14:30 – visit to the marina and shipyard in Tribunj</li>
<li>Wednesday 25 September, 20:00 – dinner at Konoba Pelegrini</li>
<li>Thursday 26 September, 09:00 – study visit to the Krka National Park visitor centre on sustainable tourism, followed by a meeting of the BLUE-MED steering committee</li>
</ul>
<p>Partners of BLUE-MED: Adriatic Blue Economy Cluster (Croatia, coordinator), Cluster Tecnologico Nazionale Blue Italian Growth – CTN BIG (Italy), Clúster Marítimo de Cantabria (Spain), Corallia – Hellenic Innovation Clusters (Greece), Malta Marittima (Malta), Slovenian Maritime Cluster (Slovenia) and Cyprus Marine and Maritime Institute – CMMI (Cyprus).</p>

<h2>2. Second SME call closed: 94 applications</h2>
<p>The second BLUE-MED call for SMEs closed on 28 June 2041. We received 94 applications, 23 of them from Croatia. The evaluation will be finished by the end of August and all applicants will be informed on Thursday 29 August 2041. Questions: Marija Bilić-Jurić, call manager.</p>

<h2>3. New faces in the cluster office</h2>
<p>We are happy to welcome two new colleagues. <strong>Ante Šupuk</strong> joined as project officer for EU projects; he comes from the Šibenik-Knin County Development Agency, where he worked on Interreg Italy–Croatia projects. <strong>Lucija Grubišić</strong> is our new communication assistant (part-time, Erasmus+ traineeship from the University of Zadar).</p>
<p>Our team at a glance:</p>
<ul>
<li>Dr Tomislav Vukušić – managing director</li>
<li>Marija Bilić-Jurić – head of programmes</li>
<li>Ante Šupuk – project officer</li>
<li>Ivana Kalebić – finance and administration</li>
<li>Lucija Grubišić – communication assistant</li>
</ul>

<h2>4. Member news</h2>
<p>Our member Jadran Mariculture d.o.o. from Pirovac has received the Sustainable Aquaculture Award of the Croatian Chamber of Economy. The award was handed over in Zagreb by the chamber's vice-president, Mirjana Čagalj. Congratulations to the whole team led by director Goran Perica!</p>
<p>The Faculty of Maritime Studies of the University of Split has opened applications for a new lifelong-learning course for skippers in nautical tourism. Cluster members get a 20 % discount.</p>

<h2>5. Dates for your diary</h2>
<ul>
<li>Biograd Boat Show – Biograd na Moru, 17–20 October 2041</li>
<li>European Maritime Day 2042 – Brest, 21–22 May 2042</li>
</ul>

<p class="unsub">You receive this newsletter as a member or partner of the cluster. <a href="#">Unsubscribe</a> · <a href="#">Update preferences</a></p>
<p class="share">Forward to a colleague · Share on <a href="#">LinkedIn</a> · <a href="#">Facebook</a></p>
</main>
<footer><p>Adriatic Blue Economy Cluster · Obala palih omladinaca 2, 22000 Šibenik, Croatia · info@abec.example.hr</p><p>BLUE-MED is co-funded by the European Union under the Single Market Programme. © 2041 ABEC</p></footer>
</body></html>
"""
write(F, T)
A="Adriatic Blue Economy Cluster"
gold(F,
 [P("Marija Bilić-Jurić","head of programmes",A),
  P("Ante Šupuk","project officer",A),
  P("Lucija Grubišić","communication assistant",A),
  P("Tomislav Vukušić","managing director",A),
  P("Ivana Kalebić","finance and administration",A),
  P("Mirjana Čagalj","vice-president","Croatian Chamber of Economy"),
  P("Goran Perica","director","Jadran Mariculture d.o.o.")],
 [O(A,"ABEC"), O("City of Šibenik"),
  O("Cluster Tecnologico Nazionale Blue Italian Growth","CTN BIG"), O("Clúster Marítimo de Cantabria"),
  O("Corallia – Hellenic Innovation Clusters"), O("Malta Marittima"), O("Slovenian Maritime Cluster"),
  O("Cyprus Marine and Maritime Institute","CMMI"), O("Šibenik-Knin County Development Agency"),
  O("University of Zadar"), O("Jadran Mariculture d.o.o."), O("Croatian Chamber of Economy"),
  O("Faculty of Maritime Studies of the University of Split"), O("European Union")],
 [E("annual partner meeting of the BLUE-MED Eurocluster","2041-09-24","2041-09-26","Šibenik","Croatia"),
  E("welcome reception","2041-09-24",None,"Šibenik","Croatia"),
  E("partner meeting","2041-09-25",None,"Šibenik","Croatia"),
  E("visit to the marina and shipyard in Tribunj","2041-09-25",None,"Tribunj","Croatia"),
  E("dinner","2041-09-25",None,"Šibenik","Croatia"),
  E("study visit to the Krka National Park visitor centre","2041-09-26",None,None,"Croatia"),
  E("meeting of the BLUE-MED steering committee","2041-09-26",None,None,"Croatia"),
  E("Biograd Boat Show","2041-10-17","2041-10-20","Biograd na Moru","Croatia"),
  E("European Maritime Day 2042","2042-05-21","2042-05-22","Brest","France")],
 ["2041-07","2041-07-15","2041-09-24/2041-09-26","2041-09-24","2041-09-25","2041-09-26","2042","2041-06-28",
  "2041-08","2041-08-29","2041-10-17/2041-10-20","2042-05-21/2042-05-22","2041"],
 [], pub="2041-07-15")
