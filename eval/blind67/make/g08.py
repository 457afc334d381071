from h import *
from email.message import EmailMessage
F='south-bohemia-energy-cluster-newsletter-2035-09.eml'
m=EmailMessage()
m['From']='Jihočeský energetický klastr <newsletter@jek-cluster.cz>'
m['To']='members@jek-cluster.cz'
m['Subject']='JEK Newsletter September 2035: autumn conference, new members, Fwd: hydrogen call'
m['Date']='Tue, 04 Sep 2035 08:30:00 +0200'
body=f'''South Bohemian Energy Cluster – JEK Newsletter, September 2035
(View this e-mail in your browser)

Dear members and partners,

the summer is over and the cluster is back at full speed. In this issue you will find a short report from our summer school, two new members, an item forwarded from our colleagues in Austria and, as always, the calendar at the bottom.

With kind regards,
Ing. Kateřina Dvořáková, Ph.D.
Executive Director, South Bohemian Energy Cluster

----------------------------------------------------------------
1) SUMMER SCHOOL ON LOCAL ENERGY COMMUNITIES

From {wd(2035,8,25)} 25 to {wd(2035,8,29)} 29 August 2035 thirty students and young engineers attended our fourth summer school at the University of South Bohemia in České Budějovice. Lecturers came from the Czech Technical University in Prague, the Energy Agency of Upper Austria and E.ON Distribuce. The students designed a community energy scheme for the village of Hluboká nad Vltavou; the best project, presented by a team led by Tereza Nováková and Jakub Šimánek, will be shown at the autumn conference.

2) WELCOME TO OUR NEW MEMBERS

- Solární parky Šumava s.r.o., Prachatice – developer of agrivoltaic plants
- Teplárna Písek, a.s. – municipal heating company, represented by its director Mgr. Pavel Hromádko

The cluster now has 87 members.

3) AUTUMN CONFERENCE: "ENERGY COMMUNITIES IN PRACTICE"

Our annual conference takes place on {wd(2035,10,18)} 18 October 2035 at the Clarion Congress Hotel in České Budějovice. Confirmed speakers include Martin Sedláček, Deputy Minister of Industry and Trade, Dr. Ursula Brandstätter-Moser of the Energy Agency of Upper Austria, and Ondřej Kubíček, chairman of the Union of Towns and Municipalities of the Czech Republic. Registration is open until 10 October 2035 on our website; members attend free of charge.

4) FORWARDED: NEW CROSS-BORDER HYDROGEN CALL

Our partners from Business Upper Austria asked us to share the message below with Czech companies.

---------- Forwarded message ----------
From: Florian Aichinger <florian.aichinger@biz-up.at>
Date: Fri, 31 Aug 2035 14:12
Subject: Call open: cross-border hydrogen pilots Upper Austria – South Bohemia
To: Kateřina Dvořáková <dvorakova@jek-cluster.cz>

Dear Kateřina,

as discussed in Linz, the joint call for hydrogen pilots between Upper Austria and South Bohemia opens on {wd(2035,9,17)} 17 September 2035. Projects need at least one partner on each side of the border and may receive up to 400,000 euros. The deadline for applications is 15 January 2036.

We will hold an online information session on {wd(2035,9,26)} 26 September 2035 at 10:00 and a matchmaking event in Freistadt on {wd(2035,11,6)} 6 November 2035. It would be great if you could spread the word among your members.

Best regards,
Florian Aichinger
Project Manager Energy, Cleantech-Cluster
Business Upper Austria – OÖ Wirtschaftsagentur GmbH
Hafenstraße 47–51, 4020 Linz, Austria
---------- End of forwarded message ----------

5) FROM THE BOARD

At its meeting on {wd(2035,8,30)} 30 August 2035 the board approved the cluster's activity plan for 2036 and decided to apply for the bronze label of the European Cluster Excellence Initiative. Board chairman Ing. Josef Krejčí said that the label would help the cluster in international projects. The board also thanked Lucie Marešová, who leaves the cluster office after six years to join the regional authority of the South Bohemian Region.

6) MEMBERS IN THE NEWS

The engineering company Enviroprojekt Tábor s.r.o. finished the heat pump system for the hospital in Strakonice, and the start-up Vltava Storage Systems won second prize in the CzechInvest start-up competition in Brno in June 2035.

7) SURVEY ON HEAT NETWORKS

The working group on heat networks is preparing a survey of all municipal heating companies in the region. The aim is to find out how many of them plan to replace coal and gas boilers by heat pumps, biomass or waste heat by 2040, and what help they need from the cluster. The questionnaire will be sent in October; please forward it to the right person in your organisation. The results will be discussed at the working group meeting in December and presented to the regional authority in early 2036. Members who run their own boilers, such as hospitals, schools or food plants, are also welcome to answer: their waste heat could become part of a local network, and the cluster would like to map these sources for the first time.

----------------------------------------------------------------
CALENDAR

{wd(2035,9,12)} 12 Sep 2035   Working group on heat networks, cluster office, České Budějovice, 14:00
{wd(2035,9,26)} 26 Sep 2035   Online information session on the hydrogen call (Business Upper Austria), 10:00
{wd(2035,10,3)} 3 Oct 2035    Breakfast with members, Tábor, 8:00
{wd(2035,10,18)} 18 Oct 2035  Autumn conference "Energy communities in practice", České Budějovice
{wd(2035,11,6)} 6 Nov 2035    Cross-border hydrogen matchmaking, Freistadt (AT)
4–6 Dec 2035       Study trip to energy communities in Bavaria (places limited)

----------------------------------------------------------------
South Bohemian Energy Cluster, z. s. · Lidická 2233/15, 370 01 České Budějovice · IČO 12345678
You receive this newsletter as a member or partner of the cluster. Unsubscribe: reply with "unsubscribe".
'''
m.set_content(body)
open('../docs/'+F,'wb').write(bytes(m))
C='South Bohemian Energy Cluster, z. s.'
gold(F,[P('Kateřina Dvořáková','Executive Director',C),P('Tereza Nováková',None,None),P('Jakub Šimánek',None,None),P('Pavel Hromádko','director','Teplárna Písek, a.s.'),
P('Martin Sedláček','Deputy Minister of Industry and Trade',None),P('Ursula Brandstätter-Moser',None,'Energy Agency of Upper Austria'),
P('Ondřej Kubíček','chairman','Union of Towns and Municipalities of the Czech Republic'),P('Florian Aichinger','Project Manager Energy','Business Upper Austria – OÖ Wirtschaftsagentur GmbH'),
P('Josef Krejčí','Board chairman',C),P('Lucie Marešová',None,None)],
[O(C,'JEK'),O('University of South Bohemia'),O('Czech Technical University in Prague'),O('Energy Agency of Upper Austria'),O('E.ON Distribuce'),
O('Solární parky Šumava s.r.o.'),O('Teplárna Písek, a.s.'),O('Clarion Congress Hotel'),O('Union of Towns and Municipalities of the Czech Republic'),
O('Business Upper Austria – OÖ Wirtschaftsagentur GmbH'),O('Cleantech-Cluster'),O('European Cluster Excellence Initiative'),O('South Bohemian Region'),O('Enviroprojekt Tábor s.r.o.'),O('Vltava Storage Systems'),O('CzechInvest')],
[E('summer school','2035-08-25','2035-08-29','České Budějovice','Czech Republic'),E('Energy communities in practice','2035-10-18','2035-10-18','České Budějovice','Czech Republic'),
E('online information session','2035-09-26','2035-09-26',None,None),E('Cross-border hydrogen matchmaking','2035-11-06','2035-11-06','Freistadt','Austria'),
E('CzechInvest start-up competition','2035-06','2035-06','Brno','Czech Republic'),E('Working group on heat networks','2035-09-12','2035-09-12','České Budějovice','Czech Republic'),
E('Breakfast with members','2035-10-03','2035-10-03','Tábor','Czech Republic'),E('Study trip to energy communities in Bavaria','2035-12-04','2035-12-06',None,None),
E('board meeting','2035-08-30','2035-08-30',None,None)],
['2035-09-04','2035-09','2035-08-25/2035-08-29','2035-10-18','2035-10-10','2035-08-31','2035-09-17','2036-01-15','2035-09-26','2035-11-06','2035-08-30','2036','2035-06','2035-09-12','2035-10-03','2035-12-04/2035-12-06','2040'],[],pub='2035-09-04')
