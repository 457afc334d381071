from h import *
F = 'g12_sardinia_mayors_declaration.txt'
assert wd(2035,9,28)=='Friday' and wd(2035,9,27)=='Thursday' and wd(2036,9,26)=='Friday'
CM = ["Each signatory city will designate a blue economy contact point in its administration within six months",
 "We will reserve space in our port areas for start-ups and SMEs of the maritime cluster at reduced rent",
 "We will include circular and low-emission criteria in all municipal contracts for port services from 2036",
 "We will open our municipal data on coastal water quality and port traffic to the cluster's members",
 "We will jointly apply for European funding for a network of shore power installations in the six ports",
 "We will support the Sardinian Blue Growth Cluster in setting up a maritime skills academy with the universities of Cagliari and Sassari",
 "We will meet every year to review progress and publish a short public report"]
T = f"""=====================================================================
        DECLARATION OF CAGLIARI
        Mayors for a Blue Economy in Sardinia
        Adopted at the Sardinian Ports and Cities Summit
        Cagliari, Friday 28 September 2035
=====================================================================

[Unofficial English version. The Italian text is authentic.]

PREAMBLE

We, the mayors of Cagliari, Sassari, Olbia, Porto Torres, Oristano and Arbatax-Tortolì, meeting in Cagliari on 27 and 28
September 2035 at the invitation of the Sardinian Blue Growth Cluster and the Autonomous Region of Sardinia,

RECOGNISING that the sea provides work for more than 48,000 people in Sardinia, in fishing and aquaculture, shipbuilding
and repair, port logistics, coastal tourism and marine research;

NOTING that our ports and coasts face rising sea levels, more frequent storms, the decline of traditional fishing and
the loss of young people to the mainland;

CONSIDERING the Regional Smart Specialisation Strategy 2035–2041 of the Autonomous Region of Sardinia, which names the
blue economy as a priority, and the conclusions of the Blue Economy Forum of the Western Mediterranean held in Palma on
14 June 2035;

WELCOMING the work of the Sardinian Blue Growth Cluster, which since its foundation in 2031 has brought together 87
companies, the University of Cagliari, the University of Sassari, the Port System Authority of the Sea of Sardinia
and research centres such as CRS4;

HAVING HEARD the contributions of representatives of the European Commission's Directorate-General
for Maritime Affairs and Fisheries (DG MARE), of the Italian Ministry of Enterprises and Made in Italy, and of
the cluster's members during the two days of the summit;

DECLARE the following commitments:

COMMITMENTS

{bl(CM, '  ')}

IMPLEMENTATION

Each signatory city will report on its commitments in a common format prepared by the cluster secretariat. The report
will cover at least the number of companies hosted in port areas, the share of municipal contracts with environmental
criteria, the amount of European funding obtained and the number of young people trained in maritime skills. The
cluster will present the first consolidated figures at the annual review meeting and publish them on its website.
The signatories will also seek to align their municipal plans for coastal adaptation, so that investments in one port
do not shift erosion or flooding risks to a neighbouring municipality. The Port System Authority of the Sea of Sardinia
is invited to join this work as an observer.

CALL TO OTHERS

We call on the Autonomous Region of Sardinia to dedicate a part of its regional programme to the blue economy in
inland and coastal municipalities alike, and on the Government of Italy to simplify concessions for sustainable
aquaculture. We invite the mayors of other Mediterranean island cities, in Corsica, the Balearic Islands, Sicily,
Malta and Crete, to join this declaration.

FOLLOW-UP

The Sardinian Blue Growth Cluster will act as secretariat of the declaration. The first annual review meeting will
take place in Olbia in September 2036; the provisional date is Friday 26 September 2036.

SIGNATORIES

Massimo Zedda Pirastu, Mayor of Cagliari
Giuseppina Mura, Mayor of Sassari
Settimo Nizzi Careddu, Mayor of Olbia
Franco Satta, Mayor of Porto Torres
Maria Grazia Pinna, Mayor of Oristano
Antonello Piras, Mayor of Tortolì

Witnessed by:
Alessandra Todde Melis, President of the Autonomous Region of Sardinia
Dr. Stefano Cossu, President of the Sardinian Blue Growth Cluster

---------------------------------------------------------------------
SUMMIT PROGRAMME (as annexed to the declaration)

Thursday 27 September 2035 – Exma, Cagliari
09:30  Registration
10:00  Opening: Massimo Zedda Pirastu; Dr. Stefano Cossu
10:30  Keynote: "The sea as an industrial policy" – Prof. Elena Ricci, University of Cagliari
11:30  Panel: Ports as innovation hubs – with the Port System Authority of the Sea of Sardinia, Grendi Trasporti
       Marittimi S.p.A. and Cantiere Navale di Arbatax S.r.l.
14:30  Parallel workshops: aquaculture, shipyards, coastal tourism, marine data
17:30  Visit to the port of Cagliari
20:00  Welcome dinner offered by the Municipality of Cagliari

Friday 28 September 2035 – Exma, Cagliari
09:30  Report back from the workshops
11:00  Round table of mayors, moderated by Chiara Deiana, manager of the Sardinian Blue Growth Cluster
12:30  Signing of the Declaration of Cagliari
13:00  Press conference and lunch

---------------------------------------------------------------------
Secretariat: Sardinian Blue Growth Cluster, Via Roma 000, 09124 Cagliari
segreteria@bluegrowthsardegna.example.it · +39 070 000000
Press contact: Luca Serra, press officer
Page 1/1
"""
write(F, T)
C = "Sardinian Blue Growth Cluster"
gold(F,
 [P("Massimo Zedda Pirastu","Mayor of Cagliari",None),
  P("Giuseppina Mura","Mayor of Sassari",None),
  P("Settimo Nizzi Careddu","Mayor of Olbia",None),
  P("Franco Satta","Mayor of Porto Torres",None),
  P("Maria Grazia Pinna","Mayor of Oristano",None),
  P("Antonello Piras","Mayor of Tortolì",None),
  P("Alessandra Todde Melis","President","Autonomous Region of Sardinia"),
  P("Stefano Cossu","President",C),
  P("Elena Ricci",None,"University of Cagliari"),
  P("Chiara Deiana","manager",C),
  P("Luca Serra","press officer",None)],
 [O(C), O("Autonomous Region of Sardinia"), O("University of Cagliari"), O("University of Sassari"),
  O("Port System Authority of the Sea of Sardinia"), O("CRS4"), O("European Commission"),
  O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"),
  O("Ministry of Enterprises and Made in Italy"), O("Government of Italy"),
  O("Grendi Trasporti Marittimi S.p.A."), O("Cantiere Navale di Arbatax S.r.l."), O("Municipality of Cagliari")],
 [E("Sardinian Ports and Cities Summit","2035-09-27","2035-09-28","Cagliari","Italy"),
  E("Blue Economy Forum of the Western Mediterranean","2035-06-14",None,"Palma","Spain"),
  E("annual review meeting","2036-09-26",None,"Olbia","Italy"),
  E("Visit to the port of Cagliari","2035-09-27",None,"Cagliari","Italy"),
  E("Welcome dinner","2035-09-27",None,"Cagliari","Italy"),
  E("Signing of the Declaration of Cagliari","2035-09-28",None,"Cagliari","Italy"),
  E("Press conference","2035-09-28",None,"Cagliari","Italy")],
 ["2035-09-28","2035-09-27/2035-09-28","2035/2041","2035-06-14","2031","2036","2036-09","2036-09-26","2035-09-27"],
 CM, "2035-09-28")
