from h import *
F = 'g09_friuli_mechatronics_presidents_letter.eml'
assert wd(2040,1,16)=='Monday' and wd(2040,2,23)=='Thursday' and wd(2040,3,22)=='Thursday' and wd(2040,4,19)=='Thursday' and wd(2040,4,20)=='Friday'
H = """<html><head><meta charset="utf-8"><style>body{font-family:Arial;font-size:14px} .box{border:1px solid #999;padding:8px}</style></head>
<body>
<table width="640" align="center"><tr><td>
<p style="font-size:11px;color:#777">Having trouble reading this message? <a href="https://fmc.example.it/letter/2040">Open it in your browser</a></p>
<p><img src="https://fmc.example.it/img/logo.png" alt="Friuli Mechatronics Cluster"></p>
<h1>A letter from the President</h1>
<p style="color:#555">Udine, 16 January 2040</p>

<p>Dear members, dear partners,</p>

<p>2039 was the year in which our cluster stopped being a promise and became a habit. Eighty-four companies, three universities and two research centres now share our working groups, and almost every week a member writes to the office not to ask for something, but to offer a machine, a test bench or an apprentice to another member. I thank each of you for that.</p>

<p>It was also a demanding year. Orders from the German automotive industry fell by a fifth, energy prices stayed high, and two member companies in Manzano had to put workers on short time in the autumn. We were not able to solve those problems, but we were able to respond quickly: the joint training days in Pordenone, organised with Confindustria Udine, brought 140 technicians into courses on robot programming within six weeks.</p>

<p>Let me share the priorities that the Board adopted for 2040 at its meeting on 12 December 2039.</p>

<div class="box">
<h2>Our priorities for 2040</h2>
<ol>
<li><b>New markets for our suppliers.</b> We will organise two buyer missions, to the packaging machinery district of Bologna and to the Slovenian automotive suppliers in Novo Mesto, and we aim to bring 25 members into at least one new customer relationship outside the car industry.</li>
<li><b>People.</b> With the Istituto Tecnico Superiore Alto Adriatico we will open a second two-year course in mechatronics in September, and we will start a cluster-wide scheme for sharing apprentices between small firms.</li>
<li><b>Digital twins for SMEs.</b> The demonstration line at the University of Udine will be opened to members for paid test runs from March.</li>
<li><b>Europe.</b> We will apply for a new European Strategic Cluster Partnership with clusters from Carinthia and Croatia, and we will host the partners in Udine in April.</li>
<li><b>A stronger office.</b> The membership fee stays unchanged, but we will add a second project manager to the team.</li>
</ol>
</div>

<p>None of this will work without you. The Board will report on progress at the General Assembly on Thursday, 19 April 2040, at Villa Manin in Codroipo. On the evening of the Assembly we will hold our members' dinner at the villa, from 20:00. The Assembly will also elect three Board members, as the terms of Marco Pittis, Elena Candotti and Stefano Visintini end this spring; nominations should reach the office by 20 March 2040.</p>

<p>Finally, a word about money. Our accounts for 2039 closed with a small surplus, thanks to the regional contribution and to the fees of eleven new members. The Region of Friuli Venezia Giulia has confirmed its support for the next three years, and Assessor Sergio Bolzonello reminded us in December that this support depends on results that can be shown, not on activities. I agree with him, and you will find a short table of results in the annual report in March.</p>

<p>Before that, please note two dates:</p>
<ul>
<li>Thursday 23 February 2040: Cluster Day "Robots for small batches", Technology Park Friuli Innovazione, Udine, 9:30–16:00.</li>
<li>Thursday 22 March 2040: meeting of the working group on energy efficiency, hosted by Danieli Automation in Buttrio.</li>
</ul>

<p>I also want to welcome Dr. Chiara Zanin, who joined us on 8 January as cluster manager, succeeding Paolo Bertossi, who has moved to the Regional Agency for Innovation Lepida FVG. And I thank our Vice-President, Giovanni Della Mea of Pittini Meccanica, who will lead the buyer missions.</p>

<p>With warm regards and my best wishes for the new year,</p>

<p><b>Francesca Tomadini Cossar</b><br>President, Friuli Mechatronics Cluster (FMC)<br>CEO, Tomadini Automazioni S.r.l.</p>

<hr>
<p style="font-size:11px;color:#777">Friuli Mechatronics Cluster · Via Jacopo Linussio 51, 33100 Udine · <a href="mailto:info@fmc.example.it">info@fmc.example.it</a><br>
You receive this message as a member or partner of the cluster. <a href="https://fmc.example.it/unsubscribe">Unsubscribe</a> · <a href="https://fmc.example.it/privacy">Privacy</a></p>
</td></tr></table>
</body></html>
"""
eml(F, 'Friuli Mechatronics Cluster <info@fmc.example.it>', 'members@fmc.example.it',
    'A letter from the President: our priorities for 2040', 'Tue, 16 Jan 2040 08:05:00 +0100', html=H)
FMC='Friuli Mechatronics Cluster'
gold(F,
 [P('Chiara Zanin','cluster manager',FMC),
  P('Paolo Bertossi',None,'Regional Agency for Innovation Lepida FVG'),
  P('Giovanni Della Mea','Vice-President',FMC),
  P('Francesca Tomadini Cossar','President',FMC),
  P('Marco Pittis','Board member',FMC), P('Elena Candotti','Board member',FMC), P('Stefano Visintini','Board member',FMC),
  P('Sergio Bolzonello','Assessor','Region of Friuli Venezia Giulia')],
 [O(FMC,'FMC'), O('Confindustria Udine'), O('Istituto Tecnico Superiore Alto Adriatico'), O('University of Udine'),
  O('Technology Park Friuli Innovazione'), O('Danieli Automation'), O('Regional Agency for Innovation Lepida FVG'),
  O('Pittini Meccanica'), O('Tomadini Automazioni S.r.l.'), O('Region of Friuli Venezia Giulia')],
 [E('General Assembly','2040-04-19',None,'Codroipo','Italy'),
  E("members' dinner",'2040-04-19',None,'Codroipo','Italy'),
  E('Cluster Day "Robots for small batches"','2040-02-23',None,'Udine','Italy'),
  E('meeting of the working group on energy efficiency','2040-03-22',None,'Buttrio','Italy'),
  E('joint training days',None,None,'Pordenone','Italy'),
  E('Board meeting','2039-12-12',None,None,None),
  E('buyer mission to Bologna',None,None,'Bologna','Italy'),
  E('buyer mission to Novo Mesto',None,None,'Novo Mesto','Slovenia')],
 ['2040-01-16','2039','2040','2039-12-12','2040-09','2039-12','2040-03','2040-04','2040-04-19','2040-03-20','2040-02-23','2040-03-22','2040-01-08'],
 [], pub='2040-01-16')
