from h import *
F = 'Calendario-Rete-Cluster-Molise-2032_v3-pdf.txt'
T = '''
RETE DEI CLUSTER DEL MOLISE – Calendario 2032 / Network calendar 2032          1
Version 3 – updated 18 June 2032

CALENDARIO DELLE ATTIVITÀ 2032
Network of the Molise clusters: Cluster Agroalimentare Molise (CAM),
Polo Innovazione Meccatronica Termoli (PIMT), Distretto del Turismo
Rurale "Matese e Fortore" and the Molise ICT & Digital Hub (MIDH)
Coordination: Sviluppo Italia Molise S.p.A. – Cluster Unit

The calendar lists the activities of the four clusters of the network and
the joint network meetings. It is updated every quarter; please check the
latest version on the network website before you travel. Members of any
of the four clusters may take part in the events of the others free of
charge unless a fee is stated. Registration is always through the cluster
that organises the event.

How to read this calendar: events marked [M] were moved, events marked
[X] are cancelled. Dates without a year refer to 2032. Changes since ver-
sion 2 (4 April 2032) are in bold in the printed copy.

JANUARY
15 Thu   Network coordination meeting (cluster managers), Campobasso,
         Sviluppo Italia Molise, 10:00–13:00
28 Wed   CAM – Workshop "Etichettatura e export negli USA", Campobasso,
         Camera di Commercio del Molise

FEBRUARY
5 Thu    PIMT – Open day at Fonderie Biferno S.r.l., Termoli
19 Thu   MIDH – Webinar "Cybersecurity for small firms" (online)
26 Thu   [X] Joint stand at the Fiera di Larino – cancelled by the fair
         organiser

MARCH
12 Thu   CAM – General assembly and election of the board, Campobasso
18 Wed   Distretto Turismo Rurale – Training "Accoglienza e lingue",
         Agnone
26 Thu   [M] PIMT – Supplier day with Stellantis Termoli plant, moved to 9
         April (see below)

APRIL
9 Thu    PIMT – Supplier day with the Termoli plant of Stellantis,
         Termoli, Nuovo Polo Industriale
23 Thu   Network coordination meeting, Isernia, 10:00–13:00

MAY
7 Thu    MIDH – "Molise Digital Day 2032", Università degli Studi del
         Molise, Campobasso, Aula Magna
20–22    CAM – Collective participation at TUTTOFOOD, Milano
28 Thu   Distretto Turismo Rurale – Study visit to the Abruzzo–Lazio na-
         tional park area [M] moved to 11–12 September

------------------------------------------------------------------------
Rete dei Cluster del Molise · Calendario 2032 · v3                      2

JUNE
11 Thu   Network – "Cluster Day Molise 2032", Termoli, Castello Svevo,
         with the Regione Molise, Assessorato alle Attività Produttive
25 Thu   [X] PIMT – Summer school on robotics – cancelled for lack of
         registrations; will be offered again in 2033

JULY
2 Thu    Network coordination meeting (online)
9 Thu    CAM – Tasting and B2B with Swiss buyers, Campobasso (with EEN
         Italia – ALPS consortium, Molise office)

SEPTEMBER
11–12    Distretto Turismo Rurale – Study visit to the national park area
         (moved from 28 May)
17 Thu   MIDH – Hackathon "Borghi digitali", Isernia, 24 hours (17–18 Sep-
         tember)
24 Thu   Network coordination meeting, Termoli

OCTOBER
8 Thu    PIMT – Mission to the Motek fair, Stuttgart (to be confirmed)
15 Thu   CAM – Workshop "Olio extravergine: nuove regole UE", Larino
29 Thu   Network – Annual meeting with the Regione Molise on the Smart
         Specialisation Strategy 2028–2034 review, Campobasso

NOVEMBER
12 Thu   Distretto Turismo Rurale – General assembly, Agnone
19 Thu   MIDH – General assembly, Campobasso
26 Thu   Network coordination meeting and planning 2033, Campobasso

DECEMBER
10 Thu   Network Christmas meeting, Campobasso

CONTACTS
Network coordination: dott.ssa Gabriella Di Iorio, Cluster Unit,
Sviluppo Italia Molise S.p.A., gabriella.diiorio@sim.example
CAM: Antonio Mastrogiacomo, cluster manager
PIMT: ing. Rocco De Santis, direttore
Distretto Turismo Rurale "Matese e Fortore": Lucia Colavita, coordinatrice
MIDH: Fabio Iannacone, community manager
General enquiries: rete.cluster@sim.example, tel. +39 0874 000 312
(Monday to Friday, 9:00–13:00). Printed copies of this calendar are
available at the Cluster Unit office, Via Roma 47, Campobasso.

------------------------------------------------------------------------
Rete dei Cluster del Molise · Calendario 2032 · v3                      3
'''
import re as _re, datetime as _dt
_M={'JANUARY':1,'FEBRUARY':2,'MARCH':3,'APRIL':4,'MAY':5,'JUNE':6,'JULY':7,'SEPTEMBER':9,'OCTOBER':10,'NOVEMBER':11,'DECEMBER':12}
_out=[]; _m=None
for _l in T.split('\n'):
    if _l.strip() in _M: _m=_M[_l.strip()]
    _g=_re.match(r'^(\d{1,2}) (Mon|Tue|Wed|Thu|Fri|Sat|Sun) ', _l)
    if _g and _m:
        _wd=_dt.date(2032,_m,int(_g.group(1))).strftime('%a')
        _l=_l[:len(_g.group(1))+1]+_wd+_l[len(_g.group(1))+4:]
    _out.append(_l)
T='\n'.join(_out)
write_text(F, T)
SI='Sviluppo Italia Molise S.p.A.'
gold(F, None,
 [P('Gabriella Di Iorio',None,SI),P('Antonio Mastrogiacomo','cluster manager','Cluster Agroalimentare Molise'),
  P('Rocco De Santis','direttore','Polo Innovazione Meccatronica Termoli'),P('Lucia Colavita','coordinatrice','Distretto del Turismo Rurale "Matese e Fortore"'),
  P('Fabio Iannacone','community manager','Molise ICT & Digital Hub')],
 [O('Rete dei Cluster del Molise'),O('Cluster Agroalimentare Molise','CAM'),O('Polo Innovazione Meccatronica Termoli','PIMT'),
  O('Distretto del Turismo Rurale "Matese e Fortore"'),O('Molise ICT & Digital Hub','MIDH'),O(SI),O('Cluster Unit'),O('Camera di Commercio del Molise'),
  O('Fonderie Biferno S.r.l.'),O('Stellantis'),O('Università degli Studi del Molise'),O('Regione Molise'),O('Assessorato alle Attività Produttive'),
  O('EEN Italia – ALPS consortium')],
 [E('Network coordination meeting','2032-01-15',None,'Campobasso','Italy'),
  E('Workshop "Etichettatura e export negli USA"','2032-01-28',None,'Campobasso','Italy'),
  E('Open day at Fonderie Biferno S.r.l.','2032-02-05',None,'Termoli','Italy'),
  E('Webinar "Cybersecurity for small firms"','2032-02-19'),
  E('CAM General assembly','2032-03-12',None,'Campobasso','Italy'),
  E('Training "Accoglienza e lingue"','2032-03-18',None,'Agnone','Italy'),
  E('Supplier day with the Termoli plant of Stellantis','2032-04-09',None,'Termoli','Italy'),
  E('Network coordination meeting','2032-04-23',None,'Isernia','Italy'),
  E('Molise Digital Day 2032','2032-05-07',None,'Campobasso','Italy'),
  E('TUTTOFOOD','2032-05-20','2032-05-22','Milano','Italy'),
  E('Cluster Day Molise 2032','2032-06-11',None,'Termoli','Italy'),
  E('Network coordination meeting','2032-07-02'),
  E('Tasting and B2B with Swiss buyers','2032-07-09',None,'Campobasso','Italy'),
  E('Study visit to the national park area','2032-09-11','2032-09-12',None,'Italy'),
  E('Hackathon "Borghi digitali"','2032-09-17','2032-09-18','Isernia','Italy'),
  E('Network coordination meeting','2032-09-24',None,'Termoli','Italy'),
  E('Mission to the Motek fair','2032-10-08',None,'Stuttgart','Germany'),
  E('Workshop "Olio extravergine: nuove regole UE"','2032-10-15',None,'Larino','Italy'),
  E('Annual meeting with the Regione Molise','2032-10-29',None,'Campobasso','Italy'),
  E('Distretto Turismo Rurale General assembly','2032-11-12',None,'Agnone','Italy'),
  E('MIDH General assembly','2032-11-19',None,'Campobasso','Italy'),
  E('Network coordination meeting and planning 2033','2032-11-26',None,'Campobasso','Italy'),
  E('Network Christmas meeting','2032-12-10',None,'Campobasso','Italy')],
 ['2032','2032-06-18','2032-04-04','2032-01','2032-02','2032-03','2032-04','2032-05','2032-06','2032-07','2032-09','2032-10','2032-11','2032-12',
  '2032-01-15','2032-01-28','2032-02-05','2032-02-19','2032-02-26','2032-03-12','2032-03-18','2032-03-26','2032-04-09','2032-04-23','2032-05-07',
  '2032-05-20/2032-05-22','2032-05-28','2032-09-11/2032-09-12','2032-06-11','2032-06-25','2033','2032-07-02','2032-07-09','2032-09-17','2032-09-17/2032-09-18',
  '2032-09-24','2032-10-08','2032-10-15','2032-10-29','2028/2034','2032-11-12','2032-11-19','2032-11-26','2032-12-10'],
 [])
