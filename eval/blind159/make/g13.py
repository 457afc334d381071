from h import *
F = 'g13_evros_agrifood_cluster_farewell.html'
assert wd(2039,6,30)=='Thursday' and wd(2039,9,15)=='Thursday' and wd(2039,9,16)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Thank you, Eleni! | Evros Agrifood Cluster</title></head>
<body>
<div class="consent">This website uses cookies. Some are essential, others help us count visits. <a href="/privacy">Privacy notice</a> <button>OK</button> <button>Essential only</button></div>
<header><p>Evros Agrifood Cluster · Σύμπραξη Αγροδιατροφής Έβρου</p>
<nav><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members">Members</a> · <a href="/thrace-days">Thrace Agrifood Days</a> · <a href="/news">News</a> · <a href="/el">ΕΛ</a></nav></header>
<main>
<p class="crumbs">Home › News › People</p>
<h1>Thank you, Eleni! A farewell to our first cluster manager</h1>
<p class="meta">Alexandroupoli, 4 July 2039 · by the Evros Agrifood Cluster team · 5 min read</p>
<p>On Thursday 30 June 2039 some eighty members, partners and friends gathered at the old tobacco warehouse in Orestiada to say goodbye to Eleni Karamanidou, who has managed the Evros Agrifood Cluster since it was founded in 2028. Eleni retires at the end of July. Her successor, Dimitris Papadopoulos-Vlachos, previously business development manager at the Democritus University of Thrace's technology transfer office, takes over on 1 August 2039.</p>
<p>The evening was hosted by the cluster's president, Stavros Tsakiridis, owner of the Tsakiridis asparagus farm in Nea Vyssa. "When Eleni started, we had eleven farmers, a rented room and a fax machine," he told the guests. "Today we have 132 members, from Feres to Didymoteicho, and we sell Evros products in Munich, Sofia and Istanbul."</p>
<p>Speakers included the Deputy Regional Governor of Evros, Anna Georgiou-Mavridou; the rector of the Democritus University of Thrace, professor Nikos Theodoridis; and, by video from Plovdiv, Ivanka Dimitrova, executive director of the Bulgarian cluster Agro Cluster Trakia, with whom Eleni ran three cross-border projects. Former board member Kostas Manolas read out messages from members who could not attend.</p>
<p>Eleni herself kept her speech short. She thanked "the farmers who answered the phone at six in the morning", the cluster's staff – Maria Chatzi, Giorgos Bekas and Despina Kyriakou – and her family. She will stay on as an honorary member and has promised to help at this year's Thrace Agrifood Days.</p>

<h2>Eleni's years in numbers</h2>
<ul>
<li>132 members, up from 11 in 2028</li>
<li>9 European projects, 6 of them with Bulgarian or Turkish partners</li>
<li>10 editions of the Thrace Agrifood Days</li>
<li>A shared cold store in Orestiada, opened in 2034</li>
</ul>

<h2>Thrace Agrifood Days: the editions so far</h2>
<p>The Thrace Agrifood Days, Eleni's favourite event, have been held every autumn since 2029:</p>
<ul>
<li>2029 – Alexandroupoli, 20–21 September</li>
<li>2030 – Orestiada, 19–20 September</li>
<li>2031 – Soufli, 18–19 September</li>
<li>2032 – Alexandroupoli, 16–17 September</li>
<li>2033 – Didymoteicho, 15–16 September</li>
<li>2034 – Orestiada, 14–15 September</li>
<li>2035 – Alexandroupoli, 13–14 September</li>
<li>2036 – Feres, 18–19 September</li>
<li>2037 – Orestiada, 17–18 September</li>
<li>2038 – Alexandroupoli, 15–16 September</li>
</ul>
<p>The 11th edition will take place in Soufli on Thursday 15 and Friday 16 September 2039, with a tasting of Evros wines on the first evening. Registration opens in mid-July on the cluster website and closes two weeks before the event.</p>

<h2>Meet the new manager</h2>
<p>Dimitris Papadopoulos-Vlachos, 41, grew up in Didymoteicho and studied agricultural economics in Thessaloniki and Wageningen. Before joining the university's technology transfer office he worked for five years at the Hellenic Agricultural Organisation DIMITRA. "I will not try to be Eleni," he said. "I will try to keep the phone line open at six in the morning."</p>
<p><a href="#">Photo gallery of the evening</a> · Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a></p>
</main>
<footer><p>Evros Agrifood Cluster · 28is Oktovriou 12, 68100 Alexandroupoli · info@evrosagrifood.example.gr</p>
<p>Member of the European Cluster Collaboration Platform. © 2039 · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
write(F, T)
C="Evros Agrifood Cluster"; DUTH="Democritus University of Thrace"
ed=[(2029,"2029-09-20","2029-09-21","Alexandroupoli"),(2030,"2030-09-19","2030-09-20","Orestiada"),(2031,"2031-09-18","2031-09-19","Soufli"),
 (2032,"2032-09-16","2032-09-17","Alexandroupoli"),(2033,"2033-09-15","2033-09-16","Didymoteicho"),(2034,"2034-09-14","2034-09-15","Orestiada"),
 (2035,"2035-09-13","2035-09-14","Alexandroupoli"),(2036,"2036-09-18","2036-09-19","Feres"),(2037,"2037-09-17","2037-09-18","Orestiada"),
 (2038,"2038-09-15","2038-09-16","Alexandroupoli")]
gold(F,
 [P("Eleni Karamanidou","cluster manager",C), P("Dimitris Papadopoulos-Vlachos","business development manager",DUTH),
  P("Stavros Tsakiridis","president",C), P("Anna Georgiou-Mavridou","Deputy Regional Governor of Evros",None),
  P("Nikos Theodoridis","rector",DUTH), P("Ivanka Dimitrova","executive director","Agro Cluster Trakia"),
  P("Kostas Manolas","Former board member",C), P("Maria Chatzi",None,C), P("Giorgos Bekas",None,C), P("Despina Kyriakou",None,C)],
 [O(C), O(DUTH), O("Agro Cluster Trakia"), O("Hellenic Agricultural Organisation DIMITRA"), O("European Cluster Collaboration Platform")],
 [E("farewell","2039-06-30",None,"Orestiada","Greece"), E("Thrace Agrifood Days")]
 +[E("Thrace Agrifood Days",a,b,c,"Greece") for y,a,b,c in ed]
 +[E("11th edition","2039-09-15","2039-09-16","Soufli","Greece"), E("tasting of Evros wines","2039-09-15",None,"Soufli","Greece")],
 ["2039-07-04","2039-06-30","2028","2039-07","2039-08-01","2034","2029"]+[f"{a}/{b}" for y,a,b,c in ed]+["2039-09-15/2039-09-16"],
 [], pub="2039-07-04")
