from h import *
F = 'g06_galway_medtech_summit_speakers.html'
assert wd(2040,10,17)=='Wednesday' and wd(2040,10,18)=='Thursday' and wd(2040,10,16)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Speakers – Atlantic MedTech Summit 2040</title></head>
<body>
<div class="consent">We and our partners use cookies for analytics and to show you relevant events. <a href="#">Manage preferences</a> <a href="#">Accept all</a></div>
<header><div class="logo">Atlantic MedTech Summit 2040 · hosted by the West of Ireland MedTech Cluster</div>
<nav><a href="/">Home</a> · <a href="/programme">Programme</a> · <a href="/speakers" class="active">Speakers</a> · <a href="/venue">Venue &amp; travel</a> · <a href="/sponsors">Sponsors</a> · <a href="/register" class="btn">Register now</a></nav></header>
<main>
<h1>Speakers</h1>
<p class="intro">Wednesday 17 and Thursday 18 October 2040 · Galway Bay Conference Centre, Salthill, Galway. Two days on regulation, reimbursement and the next generation of connected devices, with 40 speakers from 11 countries. More speakers will be announced on 1 September 2040.</p>

<h2>Keynote speakers</h2>
<div class="speaker"><h3>Prof. Aoife Ní Fhlatharta</h3><p class="title">Vice-President for Innovation, University of Galway</p><p>Aoife leads the university's translational research office and chairs the steering group of the CÚRAM research centre. Keynote: "From bench to bedside in 1,000 days".</p></div>
<div class="speaker"><h3>Dr Markus Leitner</h3><p class="title">Head of Unit, Health Technologies, European Commission, DG GROW</p><p>Markus oversees the revision of the Medical Device Regulation's implementing acts. Keynote: "Where the MDR goes after 2040".</p></div>
<div class="speaker"><h3>Siobhán Keaveney</h3><p class="title">Chief Executive Officer, Connacht Surgical Ltd</p><p>Siobhán grew Connacht Surgical from a two-person start-up in 2029 to 340 employees in Ballybrit. Keynote: "Scaling a device company from the West".</p></div>

<h2>Panel 1 – Regulation without bottlenecks</h2>
<div class="speaker"><h3>Eamon Fahy</h3><p class="title">Director of Medical Devices, Health Products Regulatory Authority (HPRA)</p></div>
<div class="speaker"><h3>Dr Katrien De Smet</h3><p class="title">Regulatory Affairs Lead, MedTech Flanders</p></div>
<div class="speaker"><h3>Giorgio Bellandi</h3><p class="title">Notified Body Manager, TÜV Italia S.r.l.</p></div>
<div class="speaker"><h3>Niamh Coyle</h3><p class="title">Quality Director, Boston Scientific Galway</p></div>
<p class="mod">Moderator: <strong>Declan Mulkerrin</strong>, Cluster Manager, West of Ireland MedTech Cluster</p>

<h2>Panel 2 – Paying for innovation</h2>
<div class="speaker"><h3>Dr Helga Svensdóttir</h3><p class="title">Senior Adviser, Nordic Health Economics Network</p></div>
<div class="speaker"><h3>Pádraig Ó Conaill</h3><p class="title">Head of Procurement Innovation, Health Service Executive (HSE)</p></div>
<div class="speaker"><h3>Isabelle Marchand</h3><p class="title">Partner, Lumen Ventures (Paris)</p></div>
<p class="mod">Moderator: <strong>Róisín Tierney</strong>, health correspondent, The Connacht Tribune</p>

<h2>Panel 3 – Connected and AI-enabled devices</h2>
<div class="speaker"><h3>Dr Tomasz Zieliński</h3><p class="title">Chief Technology Officer, CardioLink sp. z o.o. (Kraków)</p></div>
<div class="speaker"><h3>Maeve Hession</h3><p class="title">Founder, PulsePatch Ltd</p></div>
<div class="speaker"><h3>Dr Ruairí Glynn</h3><p class="title">Principal Investigator, Insight SFI Research Centre for Data Analytics</p></div>
<div class="speaker"><h3>Annika Holm</h3><p class="title">Programme Director, Medtech4Health (Sweden)</p></div>
<p class="mod">Moderator: <strong>Ciara Folan</strong>, Innovation Manager, West of Ireland MedTech Cluster</p>

<h2>Programme at a glance</h2>
<table class="agenda">
<tr><th colspan="2">Tuesday 16 October 2040</th></tr>
<tr><td>14:00–17:30</td><td>Site visits to Connacht Surgical Ltd and the Galway Medical Technology Centre (GMedTech)</td></tr>
<tr><td>19:00</td><td>Welcome reception, Galway City Museum</td></tr>
<tr><th colspan="2">Wednesday 17 October 2040</th></tr>
<tr><td>09:00</td><td>Opening: Declan Mulkerrin; welcome by Mayor of Galway Cllr Eileen Geraghty</td></tr>
<tr><td>09:20</td><td>Keynotes: Prof. Aoife Ní Fhlatharta, Dr Markus Leitner</td></tr>
<tr><td>11:00</td><td>Panel 1 – Regulation without bottlenecks</td></tr>
<tr><td>12:30</td><td>Lunch and exhibition</td></tr>
<tr><td>14:00</td><td>Panel 2 – Paying for innovation</td></tr>
<tr><td>16:00–18:00</td><td>B2B meetings (Enterprise Europe Network Ireland)</td></tr>
<tr><td>19:30</td><td>Summit dinner, The g Hotel</td></tr>
<tr><th colspan="2">Thursday 18 October 2040</th></tr>
<tr><td>09:00</td><td>Keynote: Siobhán Keaveney</td></tr>
<tr><td>10:00</td><td>Panel 3 – Connected and AI-enabled devices</td></tr>
<tr><td>11:45</td><td>Start-up pitch final: Atlantic MedTech Award 2040</td></tr>
<tr><td>13:00</td><td>Closing remarks: Tánaiste's representative Minister of State Colm Brophy, Department of Enterprise, Trade and Employment</td></tr>
</table>

<h2>Organisers and partners</h2>
<p>The summit is organised by the West of Ireland MedTech Cluster with Enterprise Ireland, IDA Ireland, the Western Development Commission and Galway Chamber. Media partner: The Connacht Tribune. Gold sponsors: Medtronic Galway, Boston Scientific Galway and Creganna Precision Ltd.</p>

<h2>Previous editions</h2>
<ul><li>2039 – Limerick, 520 delegates</li><li>2038 – Galway, 470 delegates</li><li>2037 – Sligo, 300 delegates</li></ul>

<p class="contact">Speaker enquiries: Ciara Folan, speakers@atlanticmedtech.example.ie · Registration closes on 10 October 2040.</p>
<p class="photo">Speaker photos supplied by the speakers. Header photo: Galway docks, © Andrew Downes / xposure.</p>
</main>
<footer><p>Share: <a href="#">LinkedIn</a> | <a href="#">X</a> | <a href="#">Email</a></p><p>© 2040 West of Ireland MedTech Cluster CLG, Galway. <a href="/privacy">Privacy</a> · <a href="/terms">Terms of registration</a> · <a href="/code">Code of conduct</a></p></footer>
</body></html>
"""
write(F, T)
W='West of Ireland MedTech Cluster'
gold(F,
 [P('Aoife Ní Fhlatharta','Vice-President for Innovation','University of Galway'),
  P('Markus Leitner','Head of Unit, Health Technologies','DG GROW'),
  P('Siobhán Keaveney','Chief Executive Officer','Connacht Surgical Ltd'),
  P('Eamon Fahy','Director of Medical Devices','Health Products Regulatory Authority'),
  P('Katrien De Smet','Regulatory Affairs Lead','MedTech Flanders'),
  P('Giorgio Bellandi','Notified Body Manager','TÜV Italia S.r.l.'),
  P('Niamh Coyle','Quality Director','Boston Scientific Galway'),
  P('Declan Mulkerrin','Cluster Manager',W),
  P('Helga Svensdóttir','Senior Adviser','Nordic Health Economics Network'),
  P('Pádraig Ó Conaill','Head of Procurement Innovation','Health Service Executive'),
  P('Isabelle Marchand','Partner','Lumen Ventures'),
  P('Róisín Tierney','health correspondent','The Connacht Tribune'),
  P('Tomasz Zieliński','Chief Technology Officer','CardioLink sp. z o.o.'),
  P('Maeve Hession','Founder','PulsePatch Ltd'),
  P('Ruairí Glynn','Principal Investigator','Insight SFI Research Centre for Data Analytics'),
  P('Annika Holm','Programme Director','Medtech4Health'),
  P('Ciara Folan','Innovation Manager',W),
  P('Eileen Geraghty','Mayor of Galway',None),
  P('Colm Brophy','Minister of State','Department of Enterprise, Trade and Employment'),
  P('Andrew Downes',None,'xposure')],
 [O(W+' CLG'), O('University of Galway'), O('CÚRAM research centre'), O('European Commission'), O('DG GROW'),
  O('Connacht Surgical Ltd'), O('Health Products Regulatory Authority','HPRA'), O('MedTech Flanders'), O('TÜV Italia S.r.l.'),
  O('Boston Scientific Galway'), O('Nordic Health Economics Network'), O('Health Service Executive','HSE'),
  O('Lumen Ventures'), O('The Connacht Tribune'), O('CardioLink sp. z o.o.'), O('PulsePatch Ltd'),
  O('Insight SFI Research Centre for Data Analytics'), O('Medtech4Health'),
  O('Galway Medical Technology Centre','GMedTech'), O('Enterprise Europe Network Ireland'),
  O('Department of Enterprise, Trade and Employment'), O('Enterprise Ireland'), O('IDA Ireland'),
  O('Western Development Commission'), O('Galway Chamber'), O('Medtronic Galway'), O('Creganna Precision Ltd'), O('xposure')],
 [E('Atlantic MedTech Summit 2040','2040-10-17','2040-10-18','Galway','Ireland'),
  E('Site visits','2040-10-16',None,'Galway','Ireland'),
  E('Welcome reception','2040-10-16',None,'Galway','Ireland'),
  E('B2B meetings','2040-10-17',None,'Galway','Ireland'),
  E('Summit dinner','2040-10-17',None,'Galway','Ireland'),
  E('Start-up pitch final','2040-10-18',None,'Galway','Ireland'),
  E('Atlantic MedTech Summit (2039 edition)','2039',None,'Limerick','Ireland'),
  E('Atlantic MedTech Summit (2038 edition)','2038',None,'Galway','Ireland'),
  E('Atlantic MedTech Summit (2037 edition)','2037',None,'Sligo','Ireland')],
 ['2040-10-17/2040-10-18','2040-09-01','2029','2040','2040-10-16','2040-10-17','2040-10-18','2039','2038','2037','2040-10-10'],
 [], pub=None)
