from h import *
F = 'g14_viljandi_food_cluster_annual_report_2038.html'
assert wd(2038,2,25)=='Thursday' and wd(2038,4,27)=='Tuesday' and wd(2038,5,19)=='Wednesday' and wd(2038,10,14)=='Thursday' and wd(2038,11,30)=='Tuesday' and wd(2039,3,3)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Annual Report 2038 – Chapter 3: The year and our governance | South Estonia Food Cluster</title></head>
<body>
<div class="cookies">We use cookies to make this site work and to count visits. <a href="/en/cookies">Settings</a> <button>Allow all</button></div>
<header><a href="/en" class="logo">South Estonia Food Cluster · Lõuna-Eesti Toiduklaster</a>
<nav><a href="/en">Home</a> <a href="/en/about">About</a> <a href="/en/members">Members</a> <a href="/en/reports" class="active">Reports</a> <a href="/en/projects">Projects</a> <a href="/en/contact">Contact</a> | <a href="/et">EST</a> <a href="/en">ENG</a></nav></header>
<main>
<p class="crumb">Home / Reports / Annual Report 2038 / Chapter 3</p>
<p class="toc">Annual Report 2038: 1. Chair's letter · 2. Members and services · <strong>3. The year and our governance</strong> · 4. Finances · 5. Outlook 2039</p>
<h1>3. The year and our governance</h1>

<h2>3.1 The year in brief</h2>
<p>2038 was the cluster's tenth year. It was also the year in which membership passed one hundred for the first time: on 31 December 2038 the South Estonia Food Cluster (SEFC) had 104 members, up from 86 a year earlier, among them 71 food producers, 14 suppliers and service companies, nine educational and research institutions and ten public bodies and associations.</p>
<p>The year opened with our Winter Members' Day on Thursday 25 February 2038 at the Viljandi Culture Academy of the University of Tartu, where 120 participants discussed the new national food strategy with Deputy Secretary General Kadri Saar-Lõhmus of the Ministry of Regional Affairs and Agriculture. In spring we organised the Mulgi Food Days in Viljandi and Abja-Paluoja, which attracted some 9,000 visitors on 27 April and 1 May 2038, and a buyers' tour for six Finnish retail and HoReCa buyers from 18 to 20 May, prepared together with Enterprise Estonia (EAS).</p>
<p>In autumn the cluster hosted the partner meeting of the Interreg Estonia–Latvia project FOODTRAIL in Viljandi on 14 October 2038. Partners from Vidzeme Planning Region and the Valmiera Food Business Association agreed to launch a joint South Estonia–North Latvia food route in 2039. The year closed with the cluster's tenth-anniversary gala on Tuesday 30 November 2038 at the Ugala Theatre, where founding chair Ants Kõiv was made the cluster's first honorary member.</p>
<p>During the year, members took part in the Grüne Woche in Berlin (January), SIAL Paris (October) and the Tallinn Food Fair (April) on shared cluster stands. Eleven new products developed with the food technology centre of the Estonian University of Life Sciences (EMÜ) reached the market, among them oat-based dairy alternatives from Mulgi Kaerakoda OÜ and cold-smoked fish from Võrtsjärve Kalatööstus AS.</p>

<h2>3.2 Main results of the year</h2>
<p>Measured against the action plan for 2038, the Board highlights the following results:</p>
<ul>
<li>Membership grew by 21% to 104 organisations, exceeding the target of 95.</li>
<li>Members' joint export sales through cluster activities reached EUR 3.8 million, up from EUR 2.6 million in 2037.</li>
<li>The shared quality laboratory in Viljandi carried out 1,460 tests, 40% more than in its first year.</li>
<li>The cluster obtained the Bronze Label of the European Cluster Excellence Initiative (ECEI) on 9 September 2038.</li>
<li>Only 28% of members took part in training, below the target of 40%; the training offer will be reviewed in 2039.</li>
</ul>

<h2>3.3 General meeting</h2>
<p>The annual general meeting of members took place on Wednesday 19 May 2038 in Viljandi, with 63 members represented. It approved the annual report and accounts for 2037, set the membership fees for 2039 and elected the Board for the term 2038–2041. The meeting also adopted amended articles of association, which allow research institutions and municipalities to hold one seat each on the Board.</p>

<h2>3.4 The Board</h2>
<p>The Board has seven members. After the election, the Board elected Liis Tamm-Rebane, CEO of Viljandi Piimatööstus AS, as its chair, succeeding Tõnu Vaher of Sakala Leib OÜ, who remains a Board member. Members of the Board from May 2038:</p>
<table>
<tr><th>Name</th><th>Position</th><th>Organisation</th></tr>
<tr><td>Liis Tamm-Rebane</td><td>Chair</td><td>Viljandi Piimatööstus AS</td></tr>
<tr><td>Tõnu Vaher</td><td>Vice-chair</td><td>Sakala Leib OÜ</td></tr>
<tr><td>Marek Jõesaar</td><td>Member</td><td>Mulgi Kaerakoda OÜ</td></tr>
<tr><td>Kristiina Ilves-Pärn</td><td>Member</td><td>Võrtsjärve Kalatööstus AS</td></tr>
<tr><td>Dr Reet Kallaste</td><td>Member</td><td>Estonian University of Life Sciences</td></tr>
<tr><td>Andres Rüütel</td><td>Member</td><td>Viljandi Municipality</td></tr>
<tr><td>Helen Mägi</td><td>Member</td><td>Viljandimaa Entrepreneurs' Association</td></tr>
</table>
<p>The Board met nine times in 2038, including one meeting held jointly with the board of the Valmiera Food Business Association in Valmiera on 22 June 2038.</p>

<h2>3.5 Management and staff</h2>
<p>The cluster is run by a team of four. Cluster manager Piret Laanemets has led the team since 2034. In August 2038, Jaanus Org joined as project manager for international cooperation, and Katrin Sepp took over communication from Merle Kask, who moved to Enterprise Estonia. The financial accounts are audited by Audiitorbüroo Mulgi OÜ, auditor Rein Tõnisson. Two students of the Viljandi Vocational Training Centre completed their internships with the team in summer, helping to prepare the Mulgi Food Days and the anniversary exhibition.</p>

<p class="next">Next chapter: <a href="/en/reports/2038/4">4. Finances</a> · Previous: <a href="/en/reports/2038/2">2. Members and services</a></p>
<p class="meta">Annual report 2038 approved by the general meeting on 3 March 2039 · Photos: Sander Ilvest · Download the full report (PDF, 5.2 MB)</p>
</main>
<footer><p>MTÜ Lõuna-Eesti Toiduklaster · Tallinna 5, 71003 Viljandi, Estonia · info@sefc.example.ee</p><p>© 2039 South Estonia Food Cluster · <a href="/en/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Kadri Saar-Lõhmus","Deputy Secretary General","Ministry of Regional Affairs and Agriculture"),
  P("Ants Kõiv","founding chair","South Estonia Food Cluster"),
  P("Liis Tamm-Rebane","Chair","South Estonia Food Cluster"),
  P("Tõnu Vaher","Vice-chair","South Estonia Food Cluster"),
  P("Marek Jõesaar","Member","South Estonia Food Cluster"),
  P("Kristiina Ilves-Pärn","Member","South Estonia Food Cluster"),
  P("Reet Kallaste","Member","South Estonia Food Cluster"),
  P("Andres Rüütel","Member","South Estonia Food Cluster"),
  P("Helen Mägi","Member","South Estonia Food Cluster"),
  P("Piret Laanemets","Cluster manager","South Estonia Food Cluster"),
  P("Jaanus Org","project manager for international cooperation","South Estonia Food Cluster"),
  P("Katrin Sepp",None,"South Estonia Food Cluster"),
  P("Merle Kask",None,"Enterprise Estonia"),
  P("Rein Tõnisson","auditor","Audiitorbüroo Mulgi OÜ"),
  P("Sander Ilvest",None,None)],
 [O("South Estonia Food Cluster","SEFC"), O("Viljandi Culture Academy of the University of Tartu"),
  O("Ministry of Regional Affairs and Agriculture"), O("Enterprise Estonia","EAS"), O("Vidzeme Planning Region"),
  O("Valmiera Food Business Association"), O("Estonian University of Life Sciences","EMÜ"),
  O("Mulgi Kaerakoda OÜ"), O("Võrtsjärve Kalatööstus AS"), O("European Cluster Excellence Initiative","ECEI"),
  O("Viljandi Piimatööstus AS"), O("Sakala Leib OÜ"), O("Viljandi Municipality"),
  O("Viljandimaa Entrepreneurs' Association"), O("Audiitorbüroo Mulgi OÜ"), O("Viljandi Vocational Training Centre")],
 [E("Winter Members' Day","2038-02-25",None,"Viljandi","Estonia"),
  E("Mulgi Food Days","2038-04-27","2038-05-01","Viljandi, Abja-Paluoja","Estonia"),
  E("buyers' tour for Finnish retail and HoReCa buyers","2038-05-18","2038-05-20",None,None),
  E("partner meeting of the Interreg Estonia–Latvia project FOODTRAIL","2038-10-14",None,"Viljandi","Estonia"),
  E("tenth-anniversary gala","2038-11-30",None,"Viljandi","Estonia"),
  E("Grüne Woche","2038-01",None,"Berlin","Germany"),
  E("SIAL Paris","2038-10",None,"Paris","France"),
  E("Tallinn Food Fair","2038-04",None,"Tallinn","Estonia"),
  E("annual general meeting of members","2038-05-19",None,"Viljandi","Estonia"),
  E("general meeting","2039-03-03",None,None,None),
  E("joint Board meeting with the Valmiera Food Business Association","2038-06-22",None,"Valmiera","Latvia")],
 ["2038","2038-12-31","2038-02-25","2038-04-27","2038-05-01","2038-05-18/2038-05-20","2038-10-14","2039","2038-11-30",
  "2038-01","2038-10","2038-04","2037","2038-09-09","2038-05-19","2038/2041","2038-05","2038-06-22","2034","2038-08","2039-03-03"],
 ["Membership grew by 21% to 104 organisations, exceeding the target of 95",
  "Members' joint export sales through cluster activities reached EUR 3.8 million, up from EUR 2.6 million in 2037",
  "The shared quality laboratory in Viljandi carried out 1,460 tests, 40% more than in its first year",
  "The cluster obtained the Bronze Label of the European Cluster Excellence Initiative (ECEI) on 9 September 2038",
  "Only 28% of members took part in training, below the target of 40%; the training offer will be reviewed in 2039"],
 "2039-03-03")
