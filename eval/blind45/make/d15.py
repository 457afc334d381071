from common import *
fn = "20-years-BlackSea-Tourism-Innovation-Conference.html"
eds = [(2016,"Burgas","Digital booking for small hotels"),(2017,"Sozopol","Cultural routes of the Black Sea coast"),
 (2018,"Nessebar","Heritage towns under visitor pressure"),(2019,"Burgas","Wellness and spa tourism"),
 (2020,"online","Tourism after the pandemic shock"),(2021,"Pomorie","Restarting safely"),
 (2022,"Burgas","Green certification for resorts"),(2023,"Constanța","Cross-border coastal tourism"),
 (2024,"Primorsko","Data and visitor flows"),(2025,"Burgas","Skills shortages in hospitality"),
 (2026,"Tsarevo","Nature-based tourism in Strandzha"),(2027,"Burgas","AI in hotel operations"),
 (2028,"Istanbul","Cruise tourism in the Black Sea"),(2029,"Sunny Beach","Beyond mass tourism"),
 (2030,"Burgas","Water and energy savings in resorts"),(2031,"Sozopol","Year-round tourism"),
 (2032,"Batumi","Connecting the Black Sea regions"),(2033,"Burgas","Climate adaptation of the coast"),
 (2034,"Nessebar","Authentic food and wine tourism")]
rows = "\n".join(f"<tr><td>{i+1}</td><td>{y}</td><td>{c}</td><td>{th}</td></tr>" for i,(y,c,th) in enumerate(eds))
t = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>20 years of our conference | Burgas Tourism Cluster</title></head>
<body>
<nav class="top"><a href="/">Home</a> · <a href="/cluster">The cluster</a> · <a href="/members">Members</a> · <a href="/conference">Conference</a> · <a href="/news">News</a> · <a href="/bg/">БГ</a></nav>
<p class="crumbs">Home / Conference / 20 years</p>
<main>
<h1>20 years of the Black Sea Tourism Innovation Conference</h1>
<p class="meta">Published 2 September 2035 · by Desislava Koleva, communications officer</p>

<p>When eleven hoteliers, two travel agencies and the Prof. Dr. Asen Zlatarov University met in a conference room in Burgas in May 2016, nobody called it the "first edition". It was simply a day about online booking. Twenty years later the Black Sea Tourism Innovation Conference is the main meeting point of the tourism industry of the western Black Sea, and its 20th edition will take place in Burgas on 15–17 October 2035.</p>

<p>"The conference grew with the cluster," says <strong>Stoyan Dimitrov Petkov</strong>, chairman of the Burgas Tourism Cluster (BTC) since 2019 and owner of Hotel Morska Zvezda. "In 2016 we were 30 people. Last year in Nessebar we were 640, from nine countries."</p>

<h2>All editions at a glance</h2>
<table>
<tr><th>Edition</th><th>Year</th><th>City</th><th>Theme</th></tr>
{rows}
<tr><td>20</td><td>2035</td><td>Burgas</td><td>Twenty years of innovation – what comes next?</td></tr>
</table>

<h2>Memorable moments</h2>
<p>In 2020 the conference moved online for the only time in its history; 1,100 people followed the sessions. The 2023 edition in Constanța was the first held abroad, co-organised with the Romanian Asociația Litoral-Delta Turism. In 2028 the conference travelled to Istanbul with the Turkish Marmara Tourism Association, and in 2032 to Batumi in Georgia with the Adjara Tourism Board.</p>
<p>The founder of the conference, <strong>Mariana Yordanova-Spasova</strong>, who managed the cluster until 2019, remembers the first edition: "We printed the programme on one page and the coffee ran out by ten."</p>
<p>Among the keynote speakers over the years were <strong>Prof. Kostas Mavridis</strong> (Aristotle University, 2018), <strong>Nina Wallenberg-Aalto</strong> (Visit Nordic Coast, 2024) and <strong>Dr. Ionuț Bălănescu</strong> (Ovidius University of Constanța, 2029).</p>

<p>Over twenty years the themes followed the worries of the industry: online booking at first, then heritage and wellness, the pandemic, green certification, skills and finally climate adaptation. Many participants say the best part has always been the informal evening, when hoteliers, researchers and mayors sit at the same table.</p>
<h2>The 2035 edition</h2>
<p>The jubilee edition will open on 15 October 2035 with a gala evening at the Burgas Opera. The programme includes a session of the former conference chairs and the presentation of the "Black Sea Tourism Barometer 2035", prepared with the University of Economics – Varna. Bulgaria's Ministry of Tourism is patron of the event; the Deputy Minister, <strong>Rumen Tsankov Iliev</strong>, has confirmed his participation.</p>
<p>Registration opens on 15 September 2035. Early-bird fees apply until 1 October.</p>
</main>
<footer>Burgas Tourism Cluster · 9 Aleksandrovska St, Burgas 8000, Bulgaria · © 2035 · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></footer>
</body></html>
"""
write_doc(fn, t)
B="Burgas Tourism Cluster"
cc = {"Burgas":"Bulgaria","Sozopol":"Bulgaria","Nessebar":"Bulgaria","Pomorie":"Bulgaria","Constanța":"Romania","Primorsko":"Bulgaria",
      "Tsarevo":"Bulgaria","Istanbul":"Turkey","Sunny Beach":"Bulgaria","Batumi":"Georgia"}
evs=[]
for y,c,th in eds:
    if y==2016: evs.append(E("Black Sea Tourism Innovation Conference 2016","2016-05",None,"Burgas","Bulgaria"))
    elif c=="online": evs.append(E(f"Black Sea Tourism Innovation Conference {y}",str(y)))
    else: evs.append(E(f"Black Sea Tourism Innovation Conference {y}",str(y),None,c,cc[c]))
evs.append(E("20th edition","2035-10-15","2035-10-17","Burgas","Bulgaria"))
gold(fn,
 [P("Desislava Koleva","communications officer",None),
  P("Stoyan Dimitrov Petkov","chairman",B),
  P("Mariana Yordanova-Spasova",None,B),
  P("Kostas Mavridis",None,"Aristotle University"),
  P("Nina Wallenberg-Aalto",None,"Visit Nordic Coast"),
  P("Ionuț Bălănescu",None,"Ovidius University of Constanța"),
  P("Rumen Tsankov Iliev","Deputy Minister","Ministry of Tourism")],
 [O(B,"BTC"), O("Prof. Dr. Asen Zlatarov University"), O("Hotel Morska Zvezda"), O("Asociația Litoral-Delta Turism"),
  O("Marmara Tourism Association"), O("Adjara Tourism Board"), O("Aristotle University"), O("Visit Nordic Coast"),
  O("Ovidius University of Constanța"), O("University of Economics – Varna"), O("Ministry of Tourism")],
 evs,
 ["2035-09-02","2016-05","2035-10-15/2035-10-17","2019","2016"] + [str(y) for y,_,_ in eds if y not in (2016,2019)] + ["2035","2035-10-15","2035-09-15","2035-10-01"],
 pub="2035-09-02")
