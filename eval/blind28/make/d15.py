from mk import *
doc = 'zcrk-member-directory-excerpt-2034.md'
t = """# Západočeský railový klastr – Member Directory (excerpt)

**West Bohemian Rail Cluster, z. s. (ZČRK)** · Directory of member contacts · Status as of 31.01.2034 · for members only

Pages 3–4 of 11 · Section B: Manufacturers and suppliers

| Name | Function | Company | E-mail | City |
|---|---|---|---|---|
| Ing. Radek Voráček | Managing Director | Voráček Pohony s.r.o. | voracek@pohony.example | Plzeň |
| Mgr. Lucie Hanzlíková | Sales Manager Rail | Kovolis Hradec a.s. | hanzlikova@kovolis.example | Klatovy |
| Ing. Pavel Šťastný, Ph.D. | R&D Director | Brzdex CZ s.r.o. | stastny@brzdex.example | Rokycany |
| Jana Dvořáková | Head of Purchasing | Škvor Kabeláže s.r.o. | dvorakova@skvor.example | Domažlice |
| Ing. Tomáš Beneš | CEO | RailSoft Bohemia a.s. | benes@railsoft.example | Plzeň |
| Bc. Kateřina Vlčková | Key Account Manager | Plasty Tachov spol. s r.o. | vlckova@plastytachov.example | Tachov |
| Ing. Jiří Kohout | Production Manager | Kohout & syn, v.o.s. | kohout@kohoutsyn.example | Sušice |
| Dipl.-Ing. Markus Heindl | Branch Manager | Heindl Schienentechnik GmbH, organizační složka | m.heindl@heindl-st.example | Cheb |

Section C: Research, education and public bodies

| Name | Function | Organisation | E-mail | City |
|---|---|---|---|---|
| doc. Ing. Martina Šimková, CSc. | Vice-Dean for Cooperation with Industry | Faculty of Electrical Engineering, University of West Bohemia | simkova@fel.example | Plzeň |
| Ing. Ondřej Krejčí | Project Manager | Regional Development Agency of the Plzeň Region | krejci@rra.example | Plzeň |
| Mgr. Petra Fialová | Coordinator of dual training | SPŠ strojní a elektrotechnická Plzeň | fialova@spsplzen.example | Plzeň |

Cluster office: Ing. Václav Hruška, cluster manager (hruska@zcrk.example); Eliška Nováková, office and events
(novakova@zcrk.example). Teslova 0000/0, 301 00 Plzeň.

The directory is updated twice a year. Please report changes to the cluster office by 30.06.2034.
Processing of personal data in accordance with Regulation (EU) 2016/679.

— 3 —
"""
write_text(doc, t)
people=[P('Radek Voráček','Managing Director','Voráček Pohony s.r.o.'),
 P('Lucie Hanzlíková','Sales Manager Rail','Kovolis Hradec a.s.'),
 P('Pavel Šťastný','R&D Director','Brzdex CZ s.r.o.'),
 P('Jana Dvořáková','Head of Purchasing','Škvor Kabeláže s.r.o.'),
 P('Tomáš Beneš','CEO','RailSoft Bohemia a.s.'),
 P('Kateřina Vlčková','Key Account Manager','Plasty Tachov spol. s r.o.'),
 P('Jiří Kohout','Production Manager','Kohout & syn, v.o.s.'),
 P('Markus Heindl','Branch Manager','Heindl Schienentechnik GmbH, organizační složka'),
 P('Martina Šimková','Vice-Dean for Cooperation with Industry','Faculty of Electrical Engineering'),
 P('Ondřej Krejčí','Project Manager','Regional Development Agency of the Plzeň Region'),
 P('Petra Fialová','Coordinator of dual training','SPŠ strojní a elektrotechnická Plzeň'),
 P('Václav Hruška','cluster manager','ZČRK'),
 P('Eliška Nováková','office and events','ZČRK')]
orgs=[O('West Bohemian Rail Cluster, z. s.','ZČRK'),O('Voráček Pohony s.r.o.'),O('Kovolis Hradec a.s.'),O('Brzdex CZ s.r.o.'),O('Škvor Kabeláže s.r.o.'),
 O('RailSoft Bohemia a.s.'),O('Plasty Tachov spol. s r.o.'),O('Kohout & syn, v.o.s.'),O('Heindl Schienentechnik GmbH, organizační složka'),
 O('Faculty of Electrical Engineering'),O('University of West Bohemia'),O('Regional Development Agency of the Plzeň Region'),O('SPŠ strojní a elektrotechnická Plzeň')]
dates=['2034-01-31','2034-06-30']
gold(doc,None,people,orgs,[],dates,[])
