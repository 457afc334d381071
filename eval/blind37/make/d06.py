from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
doc = "Last-chance-to-register-Baltic-Photonics-Days.eml"
html = """<html><body style="font-family:Arial">
<p style="font-size:11px;color:#888">Trouble viewing this e-mail? <a href="#">Open it in your browser</a></p>
<h1 style="color:#5a2ca0">Last chance to register: Baltic Photonics Days 2034</h1>
<p><b>Riga, 23–24 May 2034 · Latvian Academy of Sciences building, Akadēmijas laukums 1</b></p>
<p>Dear colleague,</p>
<p>Registration for the <b>Baltic Photonics Days 2034</b> closes this <b>Friday, 12 May, at 17:00 (EEST)</b>. More than
260 participants from 19 countries have already signed up, and the B2B calendar has 410 confirmed meetings. If you
have not registered yet, this is the moment.</p>
<h2>Why join?</h2>
<ul>
<li>Two days on lasers for manufacturing, quantum sensing and photonics for agriculture</li>
<li>Keynote by <b>Dr. Ilze Kalniņa-Ozola</b>, Director of the Institute of Solid State Physics, University of Latvia</li>
<li>Panel "Scaling photonics start-ups in the Baltics" with <b>Rasmus Tamm</b> (CEO, LaserTallinn OÜ), <b>Gintarė
Vaitkutė</b> (partner, Amber Deep Tech Fund) and <b>Jānis Bērziņš</b> (Head of Investments, ALTUM)</li>
<li>Lab tours on Wednesday afternoon: Ventspils High Technology Park and the photonics lab of Riga Technical University (RTU)</li>
<li>Matchmaking with buyers from the automotive and medtech sectors, powered by the Enterprise Europe Network</li>
</ul>
<h2>Programme at a glance</h2>
<p><b>Tuesday 23 May</b> – opening plenary, keynote, three parallel tracks, B2B meetings from 14:00, conference dinner.<br>
<b>Wednesday 24 May</b> – investor panel, start-up pitches (12 teams), lab tours, closing session at 17:00.</p>
<p>New this year: a <b>Women in Photonics breakfast</b> on Wednesday 24 May at 08:00, hosted by <b>Dace Liepiņa</b>,
vice-chair of the LFK board, and a poster exhibition of PhD students from Latvia, Lithuania and Estonia. Speakers'
slides from last year's edition are available on request.</p>
<h2>Practical</h2>
<table border="1" cellpadding="4">
<tr><td>Registration deadline</td><td>12.05.2034, 17:00</td></tr>
<tr><td>B2B meeting requests</td><td>until 19 May 2034</td></tr>
<tr><td>Conference dinner (Riga Central Market hall)</td><td>Tuesday 23 May, 19:30</td></tr>
<tr><td>Fee</td><td>members of LFK: free · others: EUR 120</td></tr>
</table>
<p>The Baltic Photonics Days are organised by the Latvian Photonics Cluster (LFK) together with the Lithuanian and
Estonian photonics associations and with support from the Investment and Development Agency of Latvia (LIAA).</p>
<p><a href="#" style="background:#5a2ca0;color:#fff;padding:8px 16px">Register now</a></p>
<p>See you in Riga!</p>
<p>Līga Ziemele<br>Cluster Manager<br>Latvian Photonics Cluster (LFK)<br>Zunda krastmala 10, Rīga, LV-1048<br>
events@photonics-lv.example · +371 00 000 000</p>
<p style="font-size:10px;color:#888">You receive this message because you attended the Baltic Photonics Days 2033 or
are a member of LFK. <a href="#">Unsubscribe</a> · <a href="#">Privacy notice</a></p>
</body></html>"""
m = EmailMessage()
m["From"] = "Latvian Photonics Cluster <events@photonics-lv.example>"
m["To"] = "members@lists.photonics-lv.example"
m["Subject"] = "Last chance: register for Baltic Photonics Days 2034 by Friday 12 May"
m["Date"] = format_datetime(datetime.datetime(2034, 5, 9, 9, 15, tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m["Message-ID"] = "<bpd2034-last-chance@photonics-lv.example>"
m.set_content("This message is in HTML. Please open it in an HTML-capable e-mail program.")
m.add_alternative(html, subtype="html")
open(f"{B}/docs/{doc}", "wb").write(bytes(m))
gold(doc, "2034-05-09",
 [P("Ilze Kalniņa-Ozola","Director","Institute of Solid State Physics"), P("Rasmus Tamm","CEO","LaserTallinn OÜ"),
  P("Gintarė Vaitkutė","partner","Amber Deep Tech Fund"), P("Jānis Bērziņš","Head of Investments","ALTUM"),
  P("Līga Ziemele","Cluster Manager","Latvian Photonics Cluster"), P("Dace Liepiņa","vice-chair","LFK")],
 [O("Latvian Academy of Sciences"), O("Institute of Solid State Physics"), O("University of Latvia"), O("LaserTallinn OÜ"),
  O("Amber Deep Tech Fund"), O("ALTUM"), O("Riga Technical University","RTU"),
  O("Enterprise Europe Network"), O("Latvian Photonics Cluster","LFK"), O("Investment and Development Agency of Latvia","LIAA")],
 [E("Baltic Photonics Days 2034","2034-05-23","2034-05-24","Riga","Latvia"),
  E("Baltic Photonics Days 2033","2033",None,None,None),
  E("Women in Photonics breakfast","2034-05-24",None,"Riga","Latvia")],
 ["2034-05-09","2034-05-23/2034-05-24","2034-05-12","2034-05-19","2034-05-23","2034-05-24"])
