from common import save
import email.message, email.utils, email.policy, datetime
H = """<html><body style="font-family:Arial">
<p>Dear members and friends of AutomationsNetz Leine,</p>
<p>we are pleased to invite you to the <b>Industrial Automation B2B Matchmaking 2034</b> at HANNOVER MESSE. Together with the Enterprise Europe Network Niedersachsen (hosted by NBank) and our partner clusters from Poland and Italy, we organise two days of pre-arranged 20-minute meetings in the International Business Area, Hall 2.</p>
<table border="1" cellpadding="4">
<tr><td><b>When</b></td><td>Tuesday 25 and Wednesday 26 April 2034, 10:00&ndash;17:00</td></tr>
<tr><td><b>Where</b></td><td>Hannover Exhibition Grounds, Hall 2, Stand C40</td></tr>
<tr><td><b>Registration deadline</b></td><td>7 April 2034</td></tr>
<tr><td><b>Meeting requests</b></td><td>from 10 April until 21 April 2034</td></tr>
<tr><td><b>Fee</b></td><td>free of charge for members; fair ticket included</td></tr>
</table>
<p>Last year 214 companies from 19 countries held 640 meetings. Topics this year:</p>
<ul><li>collaborative robotics and handling</li><li>machine vision and AI quality control</li><li>energy-efficient drives</li><li>retrofitting of legacy machines</li></ul>
<p>On the evening of 25 April we invite all participants to a <b>Cluster Get-together</b> at the Lower Saxony joint stand (18:00). Before the fair, an online <b>preparation webinar</b> on how to write a good marketplace profile takes place on 29 March 2034 at 11:00.</p>
<p><b>How it works.</b> After registering on the matchmaking platform you create a short profile describing what your company offers and what it is looking for. During the booking phase you can browse the marketplace and send meeting requests; the other side accepts or declines. Each participant receives a personal agenda the day before the fair, with table numbers and times. Please be on time: meetings start and end with a signal, and a missed meeting cannot be moved to a later slot if the table is already taken.</p>
<p><b>Who should take part?</b> Manufacturers of machines and components, system integrators, software and sensor companies, and users from the food, packaging, logistics and metal sectors who want to automate. Researchers looking for industrial partners for applied projects are welcome as well. Our experience from previous years shows that the best results come from profiles that name concrete needs, for example a gripper for soft products or a vision system for small batches, rather than general descriptions of the company.</p>
<p><b>Support on site.</b> Our team will be at the matchmaking desk during both days. We help with translations between German, English and Polish, print your agenda, and can arrange short additional meetings if a slot becomes free. Members who exhibit on their own stand can also hold meetings at their stand; please indicate this in your profile.</p>
<p>Partner clusters: Klaster Automatyki Wielkopolska (Poznań) and Rete Meccatronica Berica (Vicenza).</p>
<p>If you have questions, please contact my colleague Friederike Ohlendorf, EU projects, or me.</p>
<p>Kind regards<br>
Dr.-Ing. Henning Bruns<br>
Clustermanager<br>
AutomationsNetz Leine e.V.<br>
Schiffgraben 11, 30159 Hannover<br>
<a href="https://automationsnetz-leine.example">automationsnetz-leine.example</a></p>
<p style="font-size:9px">You receive this message because you are a member or registered contact of AutomationsNetz Leine e.V. <a href="#">Unsubscribe</a></p>
</body></html>"""
m = email.message.EmailMessage(policy=email.policy.SMTP)
m['From'] = 'Henning Bruns <bruns@automationsnetz-leine.example>'
m['To'] = 'members@automationsnetz-leine.example'
m['Subject'] = 'Invitation: B2B Matchmaking at HANNOVER MESSE, 25-26 April 2034'
m['Date'] = 'Tue, 14 Mar 2034 09:12:00 +0100'
m['Message-ID'] = '<20340314091200.4711@automationsnetz-leine.example>'
m.set_content('Please view this message in an HTML-capable mail client.')
m.add_alternative(H, subtype='html')
B = __import__('common').B
open(f'{B}/docs/Invitation_B2B-Matchmaking_HANNOVER-MESSE-2034.eml','wb').write(bytes(m))
save('Invitation_B2B-Matchmaking_HANNOVER-MESSE-2034.eml', None,
 [("Henning Bruns","Clustermanager","AutomationsNetz Leine e.V."),
  ("Friederike Ohlendorf","EU projects",None)],
 [("AutomationsNetz Leine e.V.","AutomationsNetz Leine"),("Enterprise Europe Network Niedersachsen",None),("NBank",None),
  ("Klaster Automatyki Wielkopolska",None),("Rete Meccatronica Berica",None)],
 [("Industrial Automation B2B Matchmaking 2034","2034-04-25","2034-04-26","Hannover",'Germany'),
  ("Cluster Get-together","2034-04-25","2034-04-25","Hannover","Germany"),
  ("preparation webinar","2034-03-29","2034-03-29",None,None),
  ("HANNOVER MESSE","2034-04","2034-04","Hannover","Germany")],
 ["2034-03-14","2034-04-25/2034-04-26","2034-04-07","2034-04-10/2034-04-21","2034-04-25","2034-03-29"], pub="2034-03-14")
