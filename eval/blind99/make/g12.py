from h import *
F = 'g12_fwd_moravian_silesian_automotive_newsletter.eml'
assert wd(2039,10,3)=='Monday' and wd(2039,9,29)=='Thursday' and wd(2039,10,19)=='Wednesday' and wd(2039,10,20)=='Thursday' and wd(2039,11,10)=='Thursday' and wd(2039,9,30)=='Friday'
T = """Hi Lenka, hi Tomasz,

forwarding the October newsletter of the automotive cluster in Ostrava, see below. Two things matter for us:
the hydrogen day on 19–20 October (they still have places in the B2B session) and the new board, since
Radim Kubala is now the person to talk to about the joint Interreg application, not Ms Šťastná.

Could one of you go to Ostrava on the 20th? I am in Brussels that week.

Best,
Magdalena

--
Magdalena Wójcik-Arendt
Senior Project Officer, Silesian Regional Development Agency
Katowice · +48 32 000 00 00

-------- Forwarded Message --------
Subject: MSAC Newsletter 10/2039: Hydrogen & Automotive Day, new board, members
Date: Mon, 3 Oct 2039 07:45:12 +0200
From: Moravian-Silesian Automotive Cluster <newsletter@msac.example.cz>
To: partners@msac.example.cz

MSAC NEWSLETTER · October 2039
Moravian-Silesian Automotive Cluster, z.s. (MSAC) · Ostrava

== 1. New board elected ==
The General Assembly of MSAC met on Thursday 29 September 2039 at the VŠB – Technical University of Ostrava
and elected a new Board for the years 2039–2041:
 - Chair: Radim Kubala, Vítkovice Automotive a.s.
 - Vice-Chair: Ing. Petra Hrubá, Brano Group a.s.
 - Board member: doc. Martin Sikora, VŠB – Technical University of Ostrava
 - Board member: Jiří Mazáč, Hyundai Motor Manufacturing Czech s.r.o.
 - Board member: Karolína Vávrová, Varroc Lighting Systems s.r.o.
The outgoing Chair, Ing. Alena Šťastná, led the cluster for eight years. The Assembly thanked her with
a standing ovation; she will remain involved as chair of the skills working group.

== 2. Hydrogen & Automotive Day 2039 ==
Wednesday 19 – Thursday 20 October 2039, Clarion Congress Hotel, Ostrava
 Wed 19 Oct
  13:00  Opening: Tomáš Macura, Governor of the Moravian-Silesian Region
  13:30  Keynote: "Fuel-cell trucks in Central Europe", Dr. Andreas Reindl, Cellcentric GmbH
  15:00  Panel with CzechInvest and the Czech Hydrogen Technology Platform (HYTEP)
  18:30  Networking dinner in the Lower Vítkovice area
 Thu 20 Oct
  09:00  B2B meetings with OEM buyers (pre-registration required)
  13:00  Company visit to the hydrogen filling station of ČEZ in Ostrava-Hrabová
Registration by 12 October 2039: msac.example.cz/h2day

== 3. Members ==
Welcome to three new members: Ostrava start-up H2Drive s.r.o., the testing laboratory TÜV SÜD Czech
(Ostrava branch) and the Silesian University in Opava. MSAC now has 71 members.

== 4. Cross-border ==
MSAC and the Silesian Automotive Cluster from Katowice held a first joint workshop in Cieszyn on
13 September 2039. Both clusters plan a joint Interreg Czechia–Poland application in spring 2040.
Contact at MSAC: Radim Kubala.

== 5. Study ==
The regional skills study commissioned by MSAC from the Moravian-Silesian Innovation Centre (MSIC) shows
that member companies will need about 1,900 new technicians by 2041, most of them in electronics and
battery assembly. Project manager Veronika Holubová will present the study at the Automotive Skills
Conference; a summary is available to members on the cluster intranet.

== 6. Save the date ==
10 November 2039 – Automotive Skills Conference, Ostrava
1 December 2039 – deadline for nominations to the MSAC Supplier of the Year award

Moravian-Silesian Automotive Cluster, z.s. · Výstavní 00, 703 00 Ostrava · newsletter@msac.example.cz
You are receiving this newsletter as a partner of MSAC. Unsubscribe: msac.example.cz/unsubscribe

-------- Original Message (earlier thread) --------
> On 30 Sep 2039, Lenka Dvořáková wrote:
> Magda, do we know yet who replaces Alena Šťastná at MSAC? I need a name for the
> letter of intent.
"""
eml(F, 'Magdalena Wójcik-Arendt <m.wojcik@rars.example.pl>', 'Lenka Dvořáková <l.dvorakova@rars.example.pl>, Tomasz Kurek <t.kurek@rars.example.pl>',
    'Fwd: MSAC Newsletter 10/2039: Hydrogen & Automotive Day, new board, members', 'Mon, 3 Oct 2039 10:12:40 +0200', text=T)
M='Moravian-Silesian Automotive Cluster'
gold(F,
 [P('Lenka Dvořáková',None,None), P('Tomasz Kurek',None,None),
  P('Radim Kubala','Chair',M),
  P('Alena Šťastná','chair of the skills working group',M),
  P('Magdalena Wójcik-Arendt','Senior Project Officer','Silesian Regional Development Agency'),
  P('Petra Hrubá','Vice-Chair',M),
  P('Martin Sikora','Board member',M),
  P('Jiří Mazáč','Board member',M),
  P('Karolína Vávrová','Board member',M),
  P('Tomáš Macura','Governor of the Moravian-Silesian Region',None),
  P('Andreas Reindl',None,'Cellcentric GmbH'), P('Veronika Holubová','Project manager','Moravian-Silesian Innovation Centre')],
 [O('Silesian Regional Development Agency'), O('Moravian-Silesian Automotive Cluster, z.s.','MSAC'),
  O('VŠB – Technical University of Ostrava'), O('Vítkovice Automotive a.s.'), O('Brano Group a.s.'),
  O('Hyundai Motor Manufacturing Czech s.r.o.'), O('Varroc Lighting Systems s.r.o.'), O('Cellcentric GmbH'),
  O('CzechInvest'), O('Czech Hydrogen Technology Platform','HYTEP'), O('ČEZ'), O('H2Drive s.r.o.'),
  O('TÜV SÜD Czech'), O('Silesian University in Opava'), O('Silesian Automotive Cluster'), O('Moravian-Silesian Innovation Centre','MSIC')],
 [E('General Assembly of MSAC','2039-09-29',None,'Ostrava','Czechia'),
  E('Hydrogen & Automotive Day 2039','2039-10-19','2039-10-20','Ostrava','Czechia'),
  E('Networking dinner','2039-10-19',None,'Ostrava','Czechia'),
  E('B2B meetings with OEM buyers','2039-10-20',None,'Ostrava','Czechia'),
  E('Company visit to the hydrogen filling station of ČEZ','2039-10-20',None,'Ostrava-Hrabová','Czechia'),
  E('joint workshop','2039-09-13',None,'Cieszyn','Poland'),
  E('Automotive Skills Conference','2039-11-10',None,'Ostrava','Czechia')],
 ['2039-10','2039-10-19/2039-10-20','2039-10-20','2039-10-03','2039-09-29','2039/2041','2039-10-19','2039-10-12',
  '2039-09-13','2040','2039-11-10','2039-12-01','2039-09-30','2041'],
 [], pub='2039-10-03')
