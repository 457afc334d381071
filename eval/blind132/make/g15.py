from h import *
F = 'g15_silesia_hydrogen_days.html'
assert wd(2041,9,17)=='Tuesday' and wd(2041,9,18)=='Wednesday' and wd(2041,7,8)=='Monday' and wd(2041,6,19)=='Wednesday' and wd(2041,8,29)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Silesian Hydrogen Days 2041 | Śląski Klaster Technologii Wodorowych</title></head>
<body>
<div class="cookies">This website uses cookies. By continuing to browse you agree to their use. <a href="/polityka-prywatnosci">Privacy policy</a> <button>OK</button></div>
<header><p class="logo">Śląski Klaster Technologii Wodorowych · Silesian Hydrogen Technology Cluster</p>
<nav><a href="/">Home</a> | <a href="/o-klastrze">About the cluster</a> | <a href="/czlonkowie">Members</a> | <a href="/projekty">EU projects</a> | <a href="/wydarzenia">Events</a> | <a href="/kontakt">Contact</a> | <a href="/pl">PL</a></nav></header>
<main>
<p class="path">Home / Events / Silesian Hydrogen Days 2041</p>
<h1>Silesian Hydrogen Days 2041 – save the date!</h1>
<p class="meta">Posted on 19 June 2041 by Karolina Wawrzyniak-Dunn, Communication Manager</p>

<p>The sixth edition of Silesian Hydrogen Days, the largest meeting of the hydrogen community in Central Europe, will take place on Tuesday 17 and Wednesday 18 September 2041 at the Silesian University of Technology in Gliwice. This year the event is co-organised with the Horizon Europe project H2-MINEVALLEY, which turns former coal-mining sites in Upper Silesia into a hydrogen valley, and with the Katowice Special Economic Zone (KSSE).</p>

<p>The programme at a glance:</p>
<ul>
<li>Tuesday 17 September, 10:00 – Opening by Prof. Andrzej Kowalczyk-Brandt, Rector of the Silesian University of Technology, and Dr. Beata Sroka, President of the Silesian Hydrogen Technology Cluster</li>
<li>Tuesday 17 September, 14:00 – Matchmaking session for SMEs and hydrogen valley partners, organised with the Enterprise Europe Network</li>
<li>Tuesday 17 September, 19:00 – Networking evening at the Guido Mine in Zabrze</li>
<li>Wednesday 18 September, 09:30 – H2-MINEVALLEY results day: pilots in Jastrzębie-Zdrój and Knurów</li>
<li>Wednesday 18 September, 14:00 – Technical visits to the electrolyser plant of JSW Innowacje S.A.</li>
</ul>

<p>As in previous years, participation is free of charge for members of the cluster and for students. A shuttle bus will run between Katowice railway station, the conference venue in Gliwice and the networking evening in Zabrze. Simultaneous interpretation between Polish and English will be provided in the main hall.</p>

<p>Registration opens on Monday 8 July 2041. Exhibitors can book a stand until Thursday 29 August 2041.</p>

<h2>Call for SMEs: H2-MINEVALLEY Open Innovation Challenge</h2>
<p>Within the H2-MINEVALLEY project, coordinated by the Central Mining Institute (Główny Instytut Górniczy, GIG) in Katowice, small and medium-sized enterprises can apply for up to EUR 60,000 to test a hydrogen solution on a former mining site. The consortium includes, among others, the Silesian University of Technology, PGE Energia Ciepła S.A., the Fraunhofer Institute for Energy Infrastructures and Geotechnologies IEG in Bochum, Hydrogen Europe and the VŠB – Technical University of Ostrava. Applications close on 30 September 2041. Winners will be announced at the project's final conference in Brussels in March 2042.</p>

<h2>Debate: Is Silesia ready for hydrogen?</h2>
<p>Ahead of the event, the cluster invites members and the public to a panel debate "Is Silesia ready for hydrogen?" at the Spodek congress centre in Katowice on Wednesday 3 July 2041, 17:00. Speakers include Jacek Wolny (Marshal's Office of the Silesian Voivodeship), Marie-Laure Tissot (Hydrogen Europe) and Dr. Łukasz Piątek-Ruiz (GIG). The debate is moderated by journalist Ewa Michnik.</p>

<h2>Previous editions</h2>
<ul>
<li>Silesian Hydrogen Days 2036 – Katowice, 21–22 May 2036</li>
<li>Silesian Hydrogen Days 2037 – Gliwice, 12–13 May 2037</li>
<li>Silesian Hydrogen Days 2038 – Zabrze, 7–8 June 2038</li>
<li>Silesian Hydrogen Days 2039 – Ostrava (with the Moravian-Silesian Hydrogen Cluster), 5–6 June 2039</li>
<li>2040 – cancelled</li>
</ul>
<p>Key takeaways from the 2039 edition, as summarised by the organisers:</p>
<ul>
<li>Cross-border cooperation with the Czech side of the former coalfield speeds up permitting knowledge</li>
<li>Hydrogen projects in Silesia need trained technicians more than new research</li>
<li>Local municipalities want to be partners, not only hosts, of hydrogen valleys</li>
</ul>
<p><a href="/wydarzenia">« Back to events</a> · Share: <a href="#">Facebook</a> <a href="#">LinkedIn</a></p>
</main>
<footer><p>Śląski Klaster Technologii Wodorowych, ul. Paderewskiego 32, 40-282 Katowice · biuro@h2slask.example.pl</p>
<p>The H2-MINEVALLEY project has received funding from the European Union's Horizon Europe research and innovation programme. © 2041</p></footer>
</body></html>
"""
assert wd(2041,7,3)=='Wednesday'
write(F, T)
C="Silesian Hydrogen Technology Cluster"; U="Silesian University of Technology"
gold(F,
 [P("Karolina Wawrzyniak-Dunn","Communication Manager",C),
  P("Andrzej Kowalczyk-Brandt","Rector",U),
  P("Beata Sroka","President",C),
  P("Jacek Wolny",None,"Marshal's Office of the Silesian Voivodeship"),
  P("Marie-Laure Tissot",None,"Hydrogen Europe"),
  P("Łukasz Piątek-Ruiz",None,"GIG"),
  P("Ewa Michnik","journalist",None)],
 [O(C), O(U), O("Katowice Special Economic Zone","KSSE"), O("Enterprise Europe Network"),
  O("Central Mining Institute","GIG"), O("PGE Energia Ciepła S.A."),
  O("Fraunhofer Institute for Energy Infrastructures and Geotechnologies IEG"), O("Hydrogen Europe"),
  O("VŠB – Technical University of Ostrava"), O("JSW Innowacje S.A."),
  O("Marshal's Office of the Silesian Voivodeship"), O("Moravian-Silesian Hydrogen Cluster")],
 [E("Silesian Hydrogen Days 2041","2041-09-17","2041-09-18","Gliwice","Poland"),
  E("Matchmaking session for SMEs and hydrogen valley partners","2041-09-17",None,"Gliwice","Poland"),
  E("Networking evening","2041-09-17",None,"Zabrze","Poland"),
  E("H2-MINEVALLEY results day","2041-09-18",None,"Gliwice","Poland"),
  E("Technical visits to the electrolyser plant of JSW Innowacje S.A.","2041-09-18",None,None,None),
  E("final conference","2042-03",None,"Brussels","Belgium"),
  E("Is Silesia ready for hydrogen?","2041-07-03",None,"Katowice","Poland"),
  E("Silesian Hydrogen Days 2036","2036-05-21","2036-05-22","Katowice","Poland"),
  E("Silesian Hydrogen Days 2037","2037-05-12","2037-05-13","Gliwice","Poland"),
  E("Silesian Hydrogen Days 2038","2038-06-07","2038-06-08","Zabrze","Poland"),
  E("Silesian Hydrogen Days 2039","2039-06-05","2039-06-06","Ostrava","Czech Republic")],
 ["2041-06-19","2041-09-17/2041-09-18","2041-09-17","2041-09-18","2041-07-08","2041-08-29","2041-09-30","2042-03",
  "2041-07-03","2036-05-21/2036-05-22","2037-05-12/2037-05-13","2038-06-07/2038-06-08","2039-06-05/2039-06-06","2040"],
 ["Cross-border cooperation with the Czech side of the former coalfield speeds up permitting knowledge",
  "Hydrogen projects in Silesia need trained technicians more than new research",
  "Local municipalities want to be partners, not only hosts, of hydrogen valleys"],
 pub="2041-06-19")
