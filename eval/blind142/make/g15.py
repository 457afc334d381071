from h import *
F = 'g15_bydgoszcz_cluster_general_assembly_minutes.txt'
assert wd(2041,3,14)=='Thursday' and wd(2041,5,22)=='Wednesday' and wd(2041,3,25)=='Monday'
T = """POLYMER VALLEY POMERANIA – CLUSTER ASSOCIATION
Stowarzyszenie Klaster Polimerowy Pomorza i Kujaw (PVP)
ul. Przemysłowa 00, 85-758 Bydgoszcz · KRS 0000000000

MINUTES OF THE ANNUAL GENERAL ASSEMBLY 2041
Date: Thursday 14 March 2041, 10:00–13:45
Place: Bydgoszcz, conference room of the Bydgoszcz Industrial and Technology Park
Minutes taken by: Karolina Wąsik-Brzezińska, office manager
Approved by the Board on 25 March 2041

1. Opening and quorum
The President of the Board, Tomasz Górecki, opened the meeting at 10:05. 38 of the 52 member organisations were represented, so the Assembly had a quorum. Guests: Agnieszka Lewandowska-Rybak, Director of the Department of Entrepreneurship of the Marshal's Office of the Kuyavian-Pomeranian Voivodeship, and Dr. Hannes Kreutzer, manager of the German partner cluster Kunststoff-Netzwerk Franken e.V.

2. Report on activities in 2040
The cluster manager, Paweł Ostrowski, presented the report. Highlights:
- the Eurocluster CIRC-PLAST (Single Market Programme), in which PVP is one of seven partners, paid out its first 14 grants to member SMEs;
- PVP joined the Interreg Baltic Sea Region project RECYCLE-BALTIC in September 2040 as a partner, with the Lithuanian cluster Plastics Cluster LT as lead partner;
- two study visits were organised, to Lyon (Plastipolis) in May 2040 and to Kunststoff-Netzwerk Franken in Nuremberg in October 2040;
- the cluster renewed its Gold Label of the European Cluster Excellence Initiative (ECEI).
Membership grew from 47 to 52 organisations. Income from EU projects reached 41% of the budget.
In the discussion, several SME members said the reporting for the Eurocluster grants was heavier than expected and asked the office for a short guide. Beata Szulc proposed that the office hold monthly consultation hours for members preparing applications; the cluster manager agreed to start them in April.

3. Financial statement and discharge
The Treasurer, Ewa Nowicka-Stern, presented the financial statement for 2040. The Audit Committee, chaired by Ryszard Malinowski (Kazimierz Wielki University), recommended approval.

4. Election of the Board for 2041–2044
The Assembly elected the following Board:
- President: Tomasz Górecki (Boryszew Tworzywa S.A.)
- Vice-President: Monika Zielińska (Bydgoszcz University of Science and Technology)
- Treasurer: Ewa Nowicka-Stern (Nowicka Consulting sp. z o.o.)
- Member: Jan de Vries-Kowalski (Polyform Europe sp. z o.o.)
- Member: Beata Szulc (Bydgoszcz Regional Development Agency)

5. Plans for 2041
Paweł Ostrowski presented the work plan. PVP will host the CIRC-PLAST partner meeting in Bydgoszcz on 21–22 May 2041 and will organise its annual Polymer Day on Wednesday 22 May 2041 together with the partner meeting. The second CIRC-PLAST open call for SMEs will run from 1 April to 30 June 2041. A trade mission to the K-show in Düsseldorf is planned for October 2041.

Agnieszka Lewandowska-Rybak informed the members that the Voivodeship will open a call for cluster internationalisation in the second quarter, co-financed from the regional programme 2035–2041.

6. Decisions
The General Assembly adopted the following resolutions:
1. The activity report and the financial statement for 2040 are approved, and the Board is granted discharge
2. The membership fee remains unchanged at PLN 2,400 per year for SMEs
3. The Board is authorised to sign the partnership agreement for a second Eurocluster proposal
4. A working group on recycled materials standards is set up, led by Jan de Vries-Kowalski

7. Any other business
Dr. Kreutzer invited members to the Franconian Plastics Forum in Nuremberg in November 2041. The President closed the meeting at 13:45.

Signed:
Tomasz Górecki, President of the Board          Karolina Wąsik-Brzezińska, minutes
"""
write(F, T)
PV="Stowarzyszenie Klaster Polimerowy Pomorza i Kujaw"
gold(F,
 [P("Karolina Wąsik-Brzezińska","office manager",PV),
  P("Tomasz Górecki","President",PV),
  P("Agnieszka Lewandowska-Rybak","Director of the Department of Entrepreneurship","Marshal's Office of the Kuyavian-Pomeranian Voivodeship"),
  P("Hannes Kreutzer","manager","Kunststoff-Netzwerk Franken e.V."),
  P("Paweł Ostrowski","cluster manager",PV),
  P("Ewa Nowicka-Stern","Treasurer",PV),
  P("Ryszard Malinowski",None,"Kazimierz Wielki University"),
  P("Monika Zielińska","Vice-President",PV),
  P("Jan de Vries-Kowalski","Member",PV),
  P("Beata Szulc","Member",PV)],
 [O(PV,"PVP"), O("Marshal's Office of the Kuyavian-Pomeranian Voivodeship"),
  O("Department of Entrepreneurship"), O("Kunststoff-Netzwerk Franken e.V."), O("Plastics Cluster LT"), O("Plastipolis"),
  O("European Cluster Excellence Initiative","ECEI"), O("Kazimierz Wielki University"), O("Boryszew Tworzywa S.A."),
  O("Bydgoszcz University of Science and Technology"), O("Nowicka Consulting sp. z o.o."), O("Polyform Europe sp. z o.o."),
  O("Bydgoszcz Regional Development Agency")],
 [E("ANNUAL GENERAL ASSEMBLY 2041","2041-03-14",None,"Bydgoszcz","Poland"),
  E("study visits","2040-05",None,"Lyon","France"),
  E("study visits","2040-10",None,"Nuremberg","Germany"),
  E("CIRC-PLAST partner meeting","2041-05-21","2041-05-22","Bydgoszcz","Poland"),
  E("Polymer Day","2041-05-22",None,"Bydgoszcz","Poland"),
  E("trade mission to the K-show","2041-10",None,"Düsseldorf","Germany"),
  E("K-show","2041-10",None,"Düsseldorf","Germany"),
  E("Franconian Plastics Forum","2041-11",None,"Nuremberg","Germany")],
 ["2041-03-14","2041-03-25","2040","2040-09","2040-05","2040-10","2041/2044","2041","2041-05-21/2041-05-22","2041-05-22",
  "2041-04-01/2041-06-30","2041-04","2041-10","2035/2041","2041-11"],
 ["The activity report and the financial statement for 2040 are approved, and the Board is granted discharge",
  "The membership fee remains unchanged at PLN 2,400 per year for SMEs",
  "The Board is authorised to sign the partnership agreement for a second Eurocluster proposal",
  "A working group on recycled materials standards is set up, led by Jan de Vries-Kowalski"],
 pub=None)
