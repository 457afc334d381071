from g import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
fname = "AADT-Newsletter-41-January-2034.eml"
html = """<html><head><meta charset="utf-8"><title>AADT Newsletter 41</title></head>
<body style="font-family:Arial,sans-serif;max-width:640px">
<p style="font-size:11px;color:#888">Having trouble reading this e-mail? <a href="https://aadt.example/newsletter/41">View it in your browser</a></p>
<table width="100%"><tr><td><img src="https://aadt.example/img/logo.png" alt="AADT logo"></td>
<td align="right"><b>Newsletter No. 41</b><br>January 2034</td></tr></table>
<h1>Innovation in the Ebro valley: what is coming up</h1>
<p>Dear members and partners,</p>
<p>The new year has started at full speed. In December our board approved the work plan for 2034, with a stronger focus on
digital tools for small machinery makers and on exports to North Africa. Below you will find the main news and, as usual,
the events where our team will be present in the coming weeks.</p>
<p>Warm regards,<br>
Pilar Lasheras Gracia<br>
Managing Director, Agencia Aragonesa de Desarrollo Territorial (AADT)</p>
<hr>
<h2>News</h2>
<h3>Innovation vouchers: second round open</h3>
<p>Small and medium-sized companies based in Aragón can apply for vouchers of up to EUR 15,000 to buy testing, design or
data services from technology centres. The call is funded by the Gobierno de Aragón and closes on 31 March 2034 at 14:00.
<a href="https://aadt.example/vouchers">Read more &raquo;</a></p>
<h3>EAMC welcomes twelve new members</h3>
<p>The Ebro Agritech Machinery Cluster (EAMC), which the agency has hosted since 2029, now counts 74 members. Among the
newcomers are the seed-drill maker Sembratec S.L. from Monzón and the sensor start-up Agrovisia.</p>
<hr>
<h2>Upcoming events</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td style="vertical-align:top;white-space:nowrap"><b>7&ndash;11 Feb 2034</b></td>
<td><b>FIMA &ndash; International Agricultural Machinery Fair</b><br>Feria de Zaragoza, Zaragoza<br>
Visit the Aragón pavilion in Hall 5, where 16 EAMC members exhibit together. Our team will be on the stand every day.</td></tr>
<tr><td style="vertical-align:top;white-space:nowrap"><b>27 Feb 2034</b></td>
<td><b>Precision Farming Breakfast</b><br>Huesca, Palacio de Congresos, 08:30&ndash;10:30<br>
Jordi Vilaplana i Roca, CTO of Sembratec S.L., shows how variable-rate seeding cut input costs on 40 farms.
Registration until 20 February.</td></tr>
<tr><td style="vertical-align:top;white-space:nowrap"><b>7 Mar 2034</b></td>
<td><b>Webinar: Digital product passports for machinery</b><br>Online, 10:00&ndash;11:30 CET<br>
With Anneliese Brückner (European Commission, DG GROW) and the Enterprise Europe Network Aragón.</td></tr>
<tr><td style="vertical-align:top;white-space:nowrap"><b>22 May 2034</b></td>
<td><b>Save the date: Aragón Cluster Day</b><br>Teruel, campus of the Universidad de Zaragoza<br>
The yearly meeting of all regional clusters; programme to follow in the April newsletter.</td></tr>
</table>
<p>Questions about our events? Contact Íñigo Sarasa Bueno, events officer: <a href="mailto:events@aadt.example">events@aadt.example</a></p>
<hr>
<p style="font-size:11px;color:#888">Agencia Aragonesa de Desarrollo Territorial &middot; Calle del Coso 88 &middot; 50001 Zaragoza<br>
You receive this newsletter because you subscribed on our website. <a href="https://aadt.example/unsubscribe">Unsubscribe</a> &middot;
<a href="https://aadt.example/privacy">Privacy policy</a></p>
</body></html>
"""
m = EmailMessage()
m['From'] = 'AADT Newsletter <newsletter@aadt.example>'
m['To'] = 'subscribers@lists.aadt.example'
m['Subject'] = 'AADT Newsletter 41 | Vouchers, FIMA and our upcoming events'
m['Date'] = format_datetime(datetime.datetime(2034,1,20,9,15,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content("This newsletter is best viewed in HTML. View it in your browser: https://aadt.example/newsletter/41")
m.add_alternative(html, subtype='html')
open(f"{BASE}/docs/{fname}", 'wb').write(bytes(m))
AADT = "Agencia Aragonesa de Desarrollo Territorial"
gold(fname,
 [P("Pilar Lasheras Gracia","Managing Director",AADT),
  P("Jordi Vilaplana i Roca","CTO","Sembratec S.L."),
  P("Anneliese Brückner",None,"DG GROW"),
  P("Íñigo Sarasa Bueno","events officer",AADT)],
 [O(AADT,"AADT"), O("Gobierno de Aragón"), O("Ebro Agritech Machinery Cluster","EAMC"), O("Sembratec S.L."),
  O("Agrovisia"), O("European Commission"), O("DG GROW"),
  O("Enterprise Europe Network Aragón"), O("Universidad de Zaragoza")],
 [E("FIMA – International Agricultural Machinery Fair","2034-02-07","2034-02-11","Zaragoza","Spain"),
  E("Precision Farming Breakfast","2034-02-27",None,"Huesca","Spain"),
  E("Webinar: Digital product passports for machinery","2034-03-07"),
  E("Aragón Cluster Day","2034-05-22",None,"Teruel","Spain")],
 ["2034-01-20","2034-01","2033-12","2034","2034-03-31","2029","2034-02-07/2034-02-11","2034-02-27","2034-02-20","2034-03-07","2034-05-22","2034-04"],
 pub="2034-01-20")
