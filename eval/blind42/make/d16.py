from common import *
t = """COPOU SOFTWARE CLUSTER – MEMBERS' NEWSLETTER
Issue 31 · May 2036

In this issue: General Assembly results · New members · Calls · PEOPLE ON THE MOVE · Agenda

--------------------------------------------------------------------
PEOPLE ON THE MOVE
--------------------------------------------------------------------

Changes in our member companies, partners and team over the past two months. Send your news to newsletter@copousoft.example by the 20th of each month.

NEW ROLES IN MEMBER COMPANIES

• Andreea-Ioana Munteanu is the new Chief Technology Officer of Ciric Code Solutions SRL since 1 April 2036. She was previously engineering manager at the same company and succeeds Radu Ciobanu, who has founded his own AI start-up, Sorelia Labs SRL.

• Bogdan Iftimie has been appointed country manager Romania of Nordvik Software AB, the Swedish ERP vendor that opened its Iași development centre in 2033. He comes from Bucium Systems SA, where he led the banking division.

• At Bahlui Data Center SA, Cristina Apostu takes over as Head of Sales from 15 May. Her predecessor, Mihai Roman, retires after 22 years in the company.

• Laurențiu Spiridon, co-founder of the game studio Nicolina Games SRL, is now also its CEO; the second co-founder, Oana Lupașcu, becomes Creative Director.

ACADEMIA AND PARTNERS

• Prof. dr. ing. Vasile Manole has been elected Dean of the Faculty of Automatic Control and Computer Engineering of the "Gheorghe Asachi" Technical University of Iași for 2036–2040. He was a member of our Board from 2029 to 2033.

• Conf. dr. Irina Stoleriu is the new director of the Research Centre for Applied AI at Alexandru Ioan Cuza University of Iași (UAIC).

• At the North-East Regional Development Agency (ADR Nord-Est), Sorin Chirilă now heads the Innovation and Technology Transfer Office, following the departure of Gabriela Rusu to the Ministry of Investments and European Projects in Bucharest.

IN OUR TEAM

• After seven years as cluster manager, Elena Bejan has become Executive Director of the Copou Software Cluster, a new post created by the General Assembly of 23 April 2036. Her former tasks are taken over by Alexandru Pricop, promoted from project manager to cluster manager.

• We welcome Diana Hrițcu as communication and events officer (from 2 May 2036) and thank Ștefan Moraru, who leaves us for a master's programme in Leiden.

A NOTE ON THIS COLUMN

"People on the move" is compiled from the news our members send us and from public announcements. We only publish changes that concern roles in member organisations, in our partner institutions or in the cluster team. If you have changed jobs and would like to stay in contact with the cluster, please update your profile in the members' area; your old company account will be closed after three months.

FAREWELL

• The cluster mourns Gheorghe Tănase (1951–2036), founding member and first President of the association in 2012, who passed away on 3 April.

--------------------------------------------------------------------
AGENDA
--------------------------------------------------------------------
11.06.2036 – Members' breakfast: cybersecurity rules for SMEs (Iași, Palas Business Center, 08:30)
24–26.06.2036 – Cluster delegation to the start-up fair NordTech Days, Riga (Latvia). Details to follow.
15.09.2036 – Iași Software Summit, Palas Congress Hall

Copou Software Cluster · Str. Copou 00, Iași · www.copousoft.example · Unsubscribe
"""
save("Copou-Software-Cluster_newsletter-31_May-2036_people-on-the-move.txt", t, "2036-05",
 people=[P("Andreea-Ioana Munteanu","Chief Technology Officer","Ciric Code Solutions SRL"),
  P("Radu Ciobanu",None,"Sorelia Labs SRL"),
  P("Bogdan Iftimie","country manager Romania","Nordvik Software AB"),
  P("Cristina Apostu","Head of Sales","Bahlui Data Center SA"),
  P("Mihai Roman",None,"Bahlui Data Center SA"),
  P("Laurențiu Spiridon","CEO","Nicolina Games SRL"),
  P("Oana Lupașcu","Creative Director","Nicolina Games SRL"),
  P("Vasile Manole","Dean","Faculty of Automatic Control and Computer Engineering"),
  P("Irina Stoleriu","director","Research Centre for Applied AI"),
  P("Sorin Chirilă",None,"Innovation and Technology Transfer Office"),
  P("Gabriela Rusu",None,"Ministry of Investments and European Projects"),
  P("Elena Bejan","Executive Director","Copou Software Cluster"),
  P("Alexandru Pricop","cluster manager","Copou Software Cluster"),
  P("Diana Hrițcu","communication and events officer","Copou Software Cluster"),
  P("Ștefan Moraru",None,None),
  P("Gheorghe Tănase","founding member and first President","Copou Software Cluster")],
 orgs=[O("Copou Software Cluster"),O("Ciric Code Solutions SRL"),O("Sorelia Labs SRL"),O("Nordvik Software AB"),
  O("Bucium Systems SA"),O("Bahlui Data Center SA"),O("Nicolina Games SRL"),
  O("Faculty of Automatic Control and Computer Engineering"),O("\"Gheorghe Asachi\" Technical University of Iași"),
  O("Research Centre for Applied AI"),O("Alexandru Ioan Cuza University of Iași","UAIC"),
  O("North-East Regional Development Agency","ADR Nord-Est"),O("Innovation and Technology Transfer Office"),
  O("Ministry of Investments and European Projects")],
 events=[E("General Assembly","2036-04-23"),
  E("Members' breakfast: cybersecurity rules for SMEs","2036-06-11",None,"Iași","Romania"),
  E("NordTech Days","2036-06-24","2036-06-26","Riga","Latvia"),
  E("Iași Software Summit","2036-09-15",None,"Iași","Romania")],
 dates=["2036-05","2036-04-01","2033","2036-05-15","2036/2040","2029/2033","2036-04-23","2036-05-02","1951/2036","2012","2036-04-03","2036-06-11","2036-06-24/2036-06-26","2036-09-15"])
