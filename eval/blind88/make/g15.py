import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g15.txt'
board = [
 ('Ing. Pavel Šourek', 'Chairman of the Board', 'Preciosa Lighting Components a.s.', 'Jablonec nad Nisou', 'Elected 2034, re-elected 2037. Responsible for strategy and relations with the Liberec Region.'),
 ('Mgr. Ivana Krausová', 'Vice-Chair', 'Technical University of Liberec (TUL)', 'Liberec', 'Vice-Rector for Cooperation with Industry; represents the research members.'),
 ('Ing. Jiří Kubát, MBA', 'Treasurer', 'Severočeské sklárny s.r.o.', 'Nový Bor', 'Chairs the finance and audit committee.'),
 ('Helena Marešová', 'Board Member', 'Lasvit Glass Studio Nový Bor', 'Nový Bor', 'Leads the working group on design and crafts.'),
 ('Ing. David Rychtář', 'Board Member', 'Jablotron Optics s.r.o.', 'Jablonec nad Nisou', 'Leads the working group on digital production.'),
 ('Dr. Martina Hejdová', 'Board Member', 'Institute for Nanomaterials, Advanced Technologies and Innovation (CxI)', 'Liberec', 'Represents the research infrastructure members.'),
 ('Ing. Karel Zima', 'Board Member', 'Regional Chamber of Commerce of the Liberec Region (KHK LK)', 'Liberec', 'Co-opted member without voting rights since 2038.'),
]
staff = [('Ing. Lucie Vondráčková', 'Cluster Manager'), ('Bc. Tereza Holubová', 'Project Manager'), ('Ondřej Beneš', 'Finance Officer')]
bt = ''.join(f"\n{n}\n{r}\n{o}, {c}\n{b}\n" for n, r, o, c, b in board)
st = ''.join(f"{n} | {r}\n" for n, r in staff)
t = f"""CRYSTAL VALLEY GLASS & OPTICS CLUSTER, z.s.
Home > About the cluster > Governance > Board
Language: CZ | EN | DE
This website stores cookies on your computer. [Accept] [Decline]

BOARD OF THE CLUSTER

The Crystal Valley Glass & Optics Cluster (CVGOC) is an interest association of legal entities (zájmové sdružení právnických osob) founded in 2029 in Jablonec nad Nisou. It brings together 63 glassmakers, jewellery and bijouterie producers, optics and lighting companies, suppliers, schools and research institutes from the Liberec Region and the neighbouring districts of Saxony and Lower Silesia.

The board of the cluster is its statutory body. It has seven members elected by the General Assembly for a three-year term; the current term runs from 2037 to 2040. The board meets at least six times a year. Its chairman represents the cluster externally; legal acts require the signatures of two board members.

BOARD MEMBERS (term 2037–2040)
{bt}
SUPERVISORY COMMITTEE
Ing. Roman Hušek (Chair) – Komerční banka, a.s., Liberec branch
Jana Pešková – Secondary School of Applied Arts for Glassmaking, Kamenický Šenov
Ing. Filip Doležal – independent auditor

CLUSTER OFFICE
{st}
Address: Palackého 41, 466 01 Jablonec nad Nisou, Czech Republic
Phone: +420 483 555 220 | E-mail: office@crystalvalley-cluster.eu
Office hours: Mon–Fri 8:00–16:00

HOW TO CONTACT THE BOARD
Members who wish to put an item on the agenda of a board meeting should send it to the cluster office at least ten working days before the meeting. Questions about the decisions of the board can be addressed to the chairman through the cluster manager. Members of the board do not receive any remuneration for their work; travel costs to meetings outside the Liberec Region are reimbursed according to the internal rules approved by the General Assembly.

BOARD MEETINGS 2039
{day(2039,1,28)} 28 January 2039 – Jablonec nad Nisou
{day(2039,3,25)} 25 March 2039 – Liberec (TUL, building G)
{day(2039,5,27)} 27 May 2039 – Nový Bor, followed by the General Assembly on {day(2039,5,28)} 28 May 2039
{day(2039,9,23)} 23 September 2039 – Dresden, joint meeting with the board of Silicon Saxony e.V.
{day(2039,11,25)} 25 November 2039 – Jablonec nad Nisou

Minutes of board meetings are available to members in the members' section.

DECISIONS OF THE BOARD MEETING OF 28 JANUARY 2039
1. The work plan and budget for 2039 (CZK 9.8 million) are approved and submitted to the General Assembly.
2. The application of Crytur, spol. s r.o. (Turnov) for membership is approved.
3. The cluster will apply for the renewal of its Gold Label of the European Cluster Excellence Initiative in 2039.
4. Ing. Karel Zima is appointed coordinator of the cross-border cooperation with Saxony.

WHAT THE BOARD DID IN 2038
In 2038 the board met seven times. It prepared the cluster strategy for the years 2038–2042, which the General Assembly adopted in May, and negotiated a new three-year service contract with the Liberec Region for the support of small glassworks. It admitted nine new members, among them two start-ups in photonics, and closed the membership of three companies that had ceased their activity. The board also decided to move the cluster office to larger premises in Jablonec nad Nisou, shared with the regional innovation centre, and approved the cluster's participation in two Interreg Czechia–Saxony projects on glass recycling and on vocational training. The chairman reported on the year at the General Assembly, where members asked the board to give more attention to energy prices, which remain the main concern of the glass industry in the valley.

FORMER CHAIRS
2029–2034 Ing. Václav Hartig (Crystalex CZ, s.r.o.)
2034–present Ing. Pavel Šourek

PARTNERS
Liberec Region | CzechInvest – Business and Investment Development Agency | Association of the Glass and Ceramic Industry of the Czech Republic (SSK) | National Cluster Association (NCA) | Silicon Saxony e.V.

Share: Facebook | LinkedIn | Print
© Crystal Valley Glass & Optics Cluster, z.s., ID No. 05555123, registered with the Regional Court in Ústí nad Labem, file L 9876
Page last modified: 3 February 2039
"""
write(F, t)
C = 'Crystal Valley Glass & Optics Cluster'
people = [P(n.replace('Ing. ', '').replace('Mgr. ', '').replace('Dr. ', '').replace(', MBA', ''), r, o) for n, r, o, _, _ in board]
people[1]['role'] = 'Vice-Chair'
people += [P('Roman Hušek', 'Chair', 'Komerční banka, a.s.'), P('Jana Pešková', None, 'Secondary School of Applied Arts for Glassmaking, Kamenický Šenov'),
 P('Filip Doležal', 'independent auditor', None)]
people += [P(n.replace('Ing. ', '').replace('Bc. ', ''), r, C) for n, r in staff]
people += [P('Václav Hartig', None, 'Crystalex CZ, s.r.o.')]
orgs = [O(C, 'CVGOC'), O('Preciosa Lighting Components a.s.'), O('Technical University of Liberec', 'TUL'),
 O('Severočeské sklárny s.r.o.'), O('Lasvit Glass Studio Nový Bor'), O('Jablotron Optics s.r.o.'),
 O('Institute for Nanomaterials, Advanced Technologies and Innovation', 'CxI'),
 O('Regional Chamber of Commerce of the Liberec Region', 'KHK LK'), O('Komerční banka, a.s.'),
 O('Secondary School of Applied Arts for Glassmaking, Kamenický Šenov'), O('Silicon Saxony e.V.'), O('Crytur, spol. s r.o.'),
 O('European Cluster Excellence Initiative'), O('Crystalex CZ, s.r.o.'), O('Liberec Region'),
 O('CzechInvest – Business and Investment Development Agency', 'CzechInvest'),
 O('Association of the Glass and Ceramic Industry of the Czech Republic', 'SSK'), O('National Cluster Association', 'NCA'),
 O('Regional Court in Ústí nad Labem')]
J, L, N = 'Jablonec nad Nisou', 'Liberec', 'Nový Bor'
events = [E('board meeting', '2039-01-28', None, J, 'Czechia'), E('board meeting', '2039-03-25', None, L, 'Czechia'),
 E('board meeting', '2039-05-27', None, N, 'Czechia'), E('General Assembly', '2039-05-28', None, N, 'Czechia'),
 E('joint meeting with the board of Silicon Saxony e.V.', '2039-09-23', None, 'Dresden', 'Germany'),
 E('board meeting', '2039-11-25', None, J, 'Czechia'),
 E('General Assembly', '2038-05', None, None, None)]
dates = ['2034', '2037', '2038', '2029', '2037/2040', '2039', '2039-01-28', '2039-03-25', '2039-05-27', '2039-05-28',
 '2039-09-23', '2039-11-25', '2029/2034', '2039-02-03', '2038/2042', '2038-05']
km = ['The work plan and budget for 2039 (CZK 9.8 million) are approved and submitted to the General Assembly',
 'The application of Crytur, spol. s r.o. (Turnov) for membership is approved',
 'The cluster will apply for the renewal of its Gold Label of the European Cluster Excellence Initiative in 2039',
 'Ing. Karel Zima is appointed coordinator of the cross-border cooperation with Saxony']
gold(F, people, orgs, events, dates, km, pub='2039-02-03')
