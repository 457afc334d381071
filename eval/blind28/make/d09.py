from mk import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
doc = 'SSEC_Member_Newsletter_April_2034.eml'
html = """<html><body style="font-family:Arial,sans-serif">
<p style="font-size:11px;color:#888">Can't read this e-mail? <a href="https://ssec.example/nl/2034-04">View it in your browser</a></p>
<h1>SSEC Member Newsletter &ndash; April 2034</h1>
<p>Dear members,</p>
<p>spring is busy at the cluster office. Below you will find the results of our general assembly, two calls that close
soon and the dates for May and June.</p>

<h2>1. General Assembly: new board member and 2034 work plan</h2>
<p>The General Assembly of the Savinja Smart Electronics Cluster met on 27 March 2034 at the Celje Chamber of Commerce
with 41 of 63 members represented. It approved the 2033 accounts and the work plan for 2034. <b>Urška Kovačič</b>,
CTO of Elvira Senzorji d.o.o., was elected to the Board to replace Matej Zupan (Zupan Elektronika s.p.), who stepped down
after six years. Board chair <b>Dr. Andrej Vrhovnik</b> (Institut Jožef Stefan) was confirmed for a second term.</p>

<h2>2. Call: vouchers for EMC testing</h2>
<p>Members can apply for up to 60% co-financing of electromagnetic compatibility tests at the SIQ Ljubljana laboratory.
Deadline: <b>15 May 2034</b>. Questions to Nina Hribar, project manager.</p>

<h2>3. New members</h2>
<ul>
<li>Kondor Robotics d.o.o., Velenje &ndash; collaborative robot grippers</li>
<li>Hladilnik Lab, Žalec &ndash; IoT sensors for cold chains</li>
<li>University of Maribor, Faculty of Electrical Engineering and Computer Science (FERI)</li>
</ul>

<h2>4. Dates for your diary</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>What</th><th>Where</th></tr>
<tr><td>Tue 9 May</td><td>Webinar: the EU Cyber Resilience Act for device makers</td><td>online</td></tr>
<tr><td>21&ndash;22 May</td><td>Study visit to microelectronics companies in Dresden</td><td>Dresden, Germany</td></tr>
<tr><td>12 June</td><td>Members' summer meeting and barbecue</td><td>Kondor Robotics, Velenje</td></tr>
</table>

<h2>5. From the office</h2>
<p>Our cluster manager <b>Petra Rozman Leskovar</b> is on parental leave until the end of September. In the meantime
<b>Luka Hrastnik</b>, deputy cluster manager, leads the office.</p>

<p>Kind regards,<br>
Luka Hrastnik<br>
Deputy Cluster Manager<br>
Savinja Smart Electronics Cluster (SSEC)<br>
Ljubljanska cesta 12, 3000 Celje, Slovenia</p>
<p style="font-size:11px;color:#888">You receive this newsletter as a contact person of an SSEC member.
<a href="https://ssec.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
m = EmailMessage()
m['From'] = 'SSEC <newsletter@ssec.example>'
m['To'] = 'members@ssec.example'
m['Subject'] = 'SSEC Member Newsletter – April 2034'
m['Date'] = format_datetime(datetime.datetime(2034,4,14,9,30,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content('This newsletter is in HTML format. View it in your browser: https://ssec.example/nl/2034-04')
m.add_alternative(html, subtype='html')
open('../docs/'+doc,'wb').write(bytes(m))
people=[P('Urška Kovačič','CTO','Elvira Senzorji d.o.o.'),
 P('Matej Zupan',None,'Zupan Elektronika s.p.'),
 P('Andrej Vrhovnik','Board chair','SSEC'),
 P('Nina Hribar','project manager','SSEC'),
 P('Petra Rozman Leskovar','cluster manager','SSEC'),
 P('Luka Hrastnik','deputy cluster manager','SSEC')]
orgs=[O('Savinja Smart Electronics Cluster','SSEC'),O('Celje Chamber of Commerce'),O('Elvira Senzorji d.o.o.'),O('Zupan Elektronika s.p.'),
 O('Institut Jožef Stefan'),O('SIQ Ljubljana'),O('Kondor Robotics d.o.o.'),O('Hladilnik Lab'),O('University of Maribor'),
 O('Faculty of Electrical Engineering and Computer Science','FERI')]
events=[E('General Assembly','2034-03-27',None,'Celje','Slovenia'),
 E('Webinar: the EU Cyber Resilience Act for device makers','2034-05-09'),
 E('Study visit to microelectronics companies in Dresden','2034-05-21','2034-05-22','Dresden','Germany'),
 E("Members' summer meeting and barbecue",'2034-06-12',None,'Velenje','Slovenia')]
dates=['2034-04','2034-03-27','2033','2034','2034-05-15','2034-05-09','2034-05-21/2034-05-22','2034-06-12','2034-09','2034-04-14','2034-05','2034-06']
gold(doc,'2034-04-14',people,orgs,events,dates,[])
