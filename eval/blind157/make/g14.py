from h import *
F = 'g14_westmed_ballina_team_board.html'
assert wd(2037,3,19)=='Thursday' and wd(2037,6,11)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>Our team and board | Atlantic MedTech Cluster</title></head>
<body>
<div class="cookies">We use essential cookies to make this site work and optional analytics cookies to understand how it is used. <a href="/cookies">Manage cookies</a> <button>Accept</button> <button>Decline</button></div>
<header><p class="logo">Atlantic MedTech Cluster · Braisle Teicneolaíochta Leighis an Atlantaigh</p>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/projects">EU projects</a> | <a href="/team">Team &amp; board</a> | <a href="/news">News</a> | <a href="/join">Join</a></nav></header>
<main>
<p class="crumbs">Home / About / Team &amp; board</p>
<h1>Our team and board</h1>
<p>The Atlantic MedTech Cluster (AMC) is the membership body for medical technology companies in Mayo, Sligo and Galway. Founded in 2029, it has 64 members, from multinational plants in Ballina and Castlebar to start-ups at the Atlantic Technological University innovation hubs. AMC holds the Gold label of the European Cluster Excellence Initiative and is a partner in two EU projects: the Interreg North-West Europe project MED-CIRCLE, on the reuse of single-use devices, and the Euroclusters project HEALTH-ATLANTIC.</p>

<h2>Cluster team</h2>
<ul>
<li><strong>Siobhán Ní Mhurchú</strong> – Cluster Manager</li>
<li><strong>Conor Gallagher</strong> – EU Projects Lead (MED-CIRCLE and HEALTH-ATLANTIC)</li>
<li><strong>Dr Aoife Walsh-Murray</strong> – Innovation Adviser, regulatory and clinical affairs</li>
<li><strong>Patrick "Paddy" Ruane</strong> – Skills and Training Coordinator</li>
<li><strong>Niamh Durcan</strong>, office and events administrator</li>
</ul>
<p>Our EU projects officers, Kasia Nowicka and Tomás de Búrca, joined the team in January 2037. Both are based at the cluster's office in Ballina.</p>

<h2>Board of directors</h2>
<p>The board was elected at the Annual General Meeting held on Thursday 19 March 2037 in the Great National Hotel, Ballina, for the period 2037–2040:</p>
<table>
<tr><th>Office</th><th>Name</th><th>Company</th></tr>
<tr><td>Chairperson</td><td>Eoin McHale</td><td>Ballina Surgical Devices Ltd</td></tr>
<tr><td>Vice-Chairperson</td><td>Dr Gráinne O'Malley</td><td>Atlantic Technological University</td></tr>
<tr><td>Treasurer</td><td>Declan Moran</td><td>Moran &amp; Kelly Accountants, Castlebar</td></tr>
<tr><td>Secretary</td><td>Úna Heneghan</td><td>Westport Catheter Solutions</td></tr>
<tr><td>Director</td><td>Mark Pellegrino</td><td>Stryva Medical Ireland</td></tr>
<tr><td>Director</td><td>Róisín Kilbane</td><td>Mayo County Council, Local Enterprise Office</td></tr>
</table>
<p>Outgoing chairperson John Corduff, who had led the board since 2031, was thanked for his work and made an honorary member. The board meets six times a year; its next meeting will be held on Thursday 11 June 2037 in Sligo.</p>
<p>Representatives of Enterprise Ireland and the IDA Ireland regional office in Galway attend board meetings as observers. The Western Development Commission chairs the cluster's advisory panel.</p>

<h2>Our EU project partners</h2>
<p>Through MED-CIRCLE and HEALTH-ATLANTIC, AMC works with:</p>
<ul>
<li>BioWin – the Health Cluster of Wallonia (Belgium)</li>
<li>Medical Valley EMN (Germany)</li>
<li>Eurasanté (France)</li>
<li>Cluster Saúde de Portugal, Health Cluster Portugal (Portugal)</li>
<li>Oost NL (Netherlands)</li>
</ul>

<h2>Upcoming</h2>
<p>The MED-CIRCLE partners will meet in Ballina on 22–23 September 2037 for the project's third partner meeting, with a visit to a sterilisation and reprocessing line in Castlebar on the second day. Members are welcome to join the open session on the first afternoon, where the partners will present the results of the pilot on reusable surgical instruments in three hospitals. The cluster's own annual event, the West of Ireland MedTech Forum, returns to the Radisson Blu in Sligo on 12 November 2037, with a careers fair for students in the morning.</p>

<h2>Work with us</h2>
<p>We are recruiting a part-time communications officer to support our EU projects. Closing date for applications: 30 April 2037. See the <a href="/jobs">vacancy notice</a>.</p>
<p class="share">Share this page: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Email</a></p>
</main>
<footer><p>Atlantic MedTech Cluster CLG, Unit 4, Moy Business Park, Ballina, Co. Mayo F26 X000 · Registered in Ireland · +353 96 00000</p>
<p>Supported by Enterprise Ireland's Regional Technology Clustering Fund. © 2037 AMC · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
write(F, T)
A="Atlantic MedTech Cluster"
gold(F,
 [P("Siobhán Ní Mhurchú","Cluster Manager",A),
  P("Conor Gallagher","EU Projects Lead",A),
  P("Aoife Walsh-Murray","Innovation Adviser",A),
  P('Patrick "Paddy" Ruane',"Skills and Training Coordinator",A),
  P("Niamh Durcan","office and events administrator",A),
  P("Kasia Nowicka","EU projects officer",A),
  P("Tomás de Búrca","EU projects officer",A),
  P("Eoin McHale","Chairperson",A),
  P("Gráinne O'Malley","Vice-Chairperson",A),
  P("Declan Moran","Treasurer",A),
  P("Úna Heneghan","Secretary",A),
  P("Mark Pellegrino","Director",A),
  P("Róisín Kilbane","Director",A),
  P("John Corduff","Outgoing chairperson",A)],
 [O(A,"AMC"), O("Atlantic Technological University"), O("European Cluster Excellence Initiative"),
  O("Ballina Surgical Devices Ltd"), O("Moran & Kelly Accountants"), O("Westport Catheter Solutions"), O("Stryva Medical Ireland"),
  O("Mayo County Council"), O("Local Enterprise Office"), O("Enterprise Ireland"), O("IDA Ireland"), O("Western Development Commission"),
  O("BioWin – the Health Cluster of Wallonia","BioWin"), O("Medical Valley EMN"), O("Eurasanté"),
  O("Cluster Saúde de Portugal"), O("Oost NL")],
 [E("Annual General Meeting","2037-03-19",None,"Ballina","Ireland"),
  E("board meeting","2037-06-11",None,"Sligo","Ireland"),
  E("third partner meeting","2037-09-22","2037-09-23","Ballina","Ireland"),
  E("visit to a sterilisation and reprocessing line","2037-09-23",None,"Castlebar","Ireland"),
  E("West of Ireland MedTech Forum","2037-11-12",None,"Sligo","Ireland"),
  E("careers fair","2037-11-12",None,"Sligo","Ireland")],
 ["2029","2037-01","2037-03-19","2037/2040","2031","2037-06-11","2037-04-30","2037-09-22/2037-09-23","2037-11-12"],
 [])
