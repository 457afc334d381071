from h import *
F = 'g01_vorarlberg_cluster_calendar.html'
assert wd(2036,3,12)=='Wednesday' and wd(2036,4,2)=='Wednesday' and wd(2036,5,20)=='Tuesday' and wd(2036,5,21)=='Wednesday' and wd(2036,6,10)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Events | Cluster Platform Vorarlberg</title></head>
<body>
<div class="cookie">We use cookies to count visits and to remember your language. <a href="/privacy">Privacy notice</a> <button>OK</button> <button>Settings</button></div>
<header><p class="brand">Cluster Platform Vorarlberg – a service of the Wirtschafts-Standortgesellschaft Vorarlberg</p>
<nav><a href="/">Home</a> | <a href="/clusters">Our clusters</a> | <a href="/events">Events</a> | <a href="/news">News</a> | <a href="/members">Members</a> | <a href="/de">Deutsch</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home › Events › Spring 2036</p>
<h1>Event calendar – spring 2036</h1>
<p>All events of the four clusters on the platform (Mechatronics, Food, Plastics and Wood &amp; Building) in one place. Events are held in English unless marked DE. Members of the clusters attend free of charge; other participants pay a small fee that covers catering.</p>

<div class="event">
<h2>12 March 2036 · Webinar: "Energy prices and the small factory"</h2>
<p>Wednesday 12 March 2036, 10:00–11:30, online. The Mechatronics Cluster invites its members to a short webinar with Dr Lukas Feurstein, energy consultant at the Energieinstitut Vorarlberg, on load management and shared purchasing of electricity. Moderation: Sabine Nachbaur-Hämmerle, cluster manager Mechatronics.</p>
<p><a href="#">Register</a> · <a href="#">Add to calendar</a></p>
</div>

<div class="event">
<h2>2 April 2036 · Food Cluster breakfast in Dornbirn</h2>
<p>Wednesday 2 April 2036, 7:30–9:30, at the premises of Rhomberg Käse GmbH, Dornbirn. Our networking breakfast series continues with a visit to the cheese ripening cellars and a talk by managing director Florian Rhomberg on "Cheese for export – what the Swiss market taught us". Places are limited to 35.</p>
<p><a href="#">Register</a> · <a href="#">Add to calendar</a></p>
</div>

<div class="event">
<h2>20–21 May 2036 · Lake Constance Cluster Days, Feldkirch</h2>
<p>Our largest event of the year returns to the Montforthaus in Feldkirch on Tuesday 20 and Wednesday 21 May 2036. The Lake Constance Cluster Days bring together cluster organisations from Vorarlberg, Baden-Württemberg, Bavaria, the canton of St. Gallen and Liechtenstein. This year's theme is "Skilled hands – the workforce of the 2040s".</p>
<p>Programme in brief:</p>
<ul>
<li>Tuesday 20 May, 13:00 – Opening by Landesrat Markus Tschann-Gächter, member of the Vorarlberg state government responsible for the economy</li>
<li>Tuesday 20 May, 14:00 – Keynote by Prof. Ingrid Mähr (FH Vorarlberg) "Automation will not save us from the skills gap"</li>
<li>Tuesday 20 May, 16:30 – B2B meetings, organised with the Enterprise Europe Network Austria</li>
<li>Tuesday 20 May, 19:30 – Cluster evening on the Schattenburg terrace</li>
<li>Wednesday 21 May, 9:00 – Company visits to Hilti Plastics Feldkirch and Liebherr Werk Nenzing</li>
<li>Wednesday 21 May, 12:30 – Closing talk and award of the Vorarlberg Cluster Prize</li>
</ul>
<p>Partners: IHK Bodensee-Oberschwaben (Germany), Bayern Innovativ GmbH (Germany), Stiftung Innovationsnetz St. Gallen (Switzerland), Liechtensteinische Industrie- und Handelskammer (Liechtenstein).</p>
<p><a href="#">Full programme (PDF)</a> · <a href="#">Register</a></p>
</div>

<div class="event">
<h2>10 June 2036 · Wood &amp; Building: study trip to Bregenzerwald (DE)</h2>
<p>Tuesday 10 June 2036, full day. A bus trip for members to timber construction sites in Andelsbuch and Bezau, with lunch at the Werkraum Bregenzerwald. Guide: Martin Moosbrugger, chairman of the Wood &amp; Building Cluster. Departure 7:45 from Bregenz railway station.</p>
<p><a href="#">Register</a></p>
</div>

<div class="event">
<h2>Past editions of the Lake Constance Cluster Days</h2>
<p>2035 – Friedrichshafen, 6–7 May 2035<br>
2034 – St. Gallen, 14–15 May 2034<br>
2033 – Vaduz, 10 May 2033<br>
2032 – Kempten, 18–19 May 2032</p>
</div>

<div class="event">
<h2>Save the date</h2>
<p>The General Assembly of the Cluster Platform Vorarlberg will take place in autumn; invitations will be sent to members in September 2036.</p>
</div>

<p class="share">Share this page: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a> · <a href="#">Print</a></p>
<p class="contact">Questions about our events? Write to Jana Bechtold, Events Coordinator, events@cluster-vorarlberg.example.at</p>
</main>
<footer><p>Wirtschafts-Standortgesellschaft Vorarlberg GmbH (WISTO), Hintere Achmühlerstraße 1, 6850 Dornbirn</p>
<p>© 2036 WISTO · <a href="/imprint">Imprint</a> · <a href="/privacy">Data protection</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
W="Wirtschafts-Standortgesellschaft Vorarlberg GmbH"
gold(F,
 [P("Lukas Feurstein","energy consultant","Energieinstitut Vorarlberg"),
  P("Sabine Nachbaur-Hämmerle","cluster manager Mechatronics","Mechatronics Cluster"),
  P("Florian Rhomberg","managing director","Rhomberg Käse GmbH"),
  P("Markus Tschann-Gächter","member of the Vorarlberg state government responsible for the economy",None),
  P("Ingrid Mähr",None,"FH Vorarlberg"),
  P("Martin Moosbrugger","chairman","Wood & Building Cluster"),
  P("Jana Bechtold","Events Coordinator","Cluster Platform Vorarlberg")],
 [O("Cluster Platform Vorarlberg"), O(W,"WISTO"), O("Mechatronics Cluster"), O("Food Cluster"), O("Wood & Building Cluster"),
  O("Energieinstitut Vorarlberg"), O("Rhomberg Käse GmbH"), O("FH Vorarlberg"), O("Enterprise Europe Network Austria"),
  O("Hilti Plastics Feldkirch"), O("Liebherr Werk Nenzing"), O("IHK Bodensee-Oberschwaben"), O("Bayern Innovativ GmbH"),
  O("Stiftung Innovationsnetz St. Gallen"), O("Liechtensteinische Industrie- und Handelskammer"), O("Werkraum Bregenzerwald")],
 [E('Webinar: "Energy prices and the small factory"',"2036-03-12"),
  E("Food Cluster breakfast","2036-04-02",None,"Dornbirn","Austria"),
  E("Lake Constance Cluster Days","2036-05-20","2036-05-21","Feldkirch","Austria"),
  E("B2B meetings","2036-05-20",None,"Feldkirch","Austria"),
  E("Cluster evening","2036-05-20",None,"Feldkirch","Austria"),
  E("Company visits","2036-05-21",None,"Feldkirch, Nenzing","Austria"),
  E("award of the Vorarlberg Cluster Prize","2036-05-21",None,"Feldkirch","Austria"),
  E("study trip to Bregenzerwald","2036-06-10",None,"Andelsbuch, Bezau","Austria"),
  E("Lake Constance Cluster Days","2035-05-06","2035-05-07","Friedrichshafen","Germany"),
  E("Lake Constance Cluster Days","2034-05-14","2034-05-15","St. Gallen","Switzerland"),
  E("Lake Constance Cluster Days","2033-05-10",None,"Vaduz","Liechtenstein"),
  E("Lake Constance Cluster Days","2032-05-18","2032-05-19","Kempten","Germany"),
  E("General Assembly of the Cluster Platform Vorarlberg",None,None,None,None)],
 ["2036-03-12","2036-04-02","2036-05-20/2036-05-21","2036-05-20","2036-05-21","2036-06-10",
  "2035-05-06/2035-05-07","2034-05-14/2034-05-15","2033-05-10","2032-05-18/2032-05-19","2036-09","2036","2035","2034","2033","2032"],
 [])
