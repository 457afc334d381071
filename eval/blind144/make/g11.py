from h import *
F = 'g11_flensburg_steering_committee_minutes-pdf.txt'
assert wd(2042,1,21)=='Tuesday' and wd(2042,1,22)=='Wednesday' and wd(2042,2,6)=='Thursday' and wd(2042,3,3)=='Monday'
T = """North Sea – Baltic Cluster Alliance (NSBCA)
Minutes of the 14th Steering Committee meeting                                   1/3

MINUTES
14th meeting of the Steering Committee
Flensburg, 21–22 January 2042
Host: Maritimes Cluster Schleswig-Holstein e.V. (MCSH)
Minutes taken by: Henrike Albers, NSBCA Secretariat
Status: approved by written procedure on 6 February 2042

1. Participants

Steering Committee members:
- Dr. Knut-Olav Brekke, Chair (Maritime Innovation Agder, Kristiansand)
- Ulrike Harms, Vice-Chair (Maritimes Cluster Schleswig-Holstein e.V.)
- Malene Vestergaard (Sønderborg Industrial Network ApS)
- Arvydas Kazlauskas (Klaipėda Science and Technology Park)
- Agnieszka Zawadzka-Pettersson (Pomeranian Offshore Cluster, Gdańsk)
- Jeroen van der Wal (Maritime Delta Zeeland, Vlissingen) – from item 4
Apologies: Sanna Heikkilä (Turku Blue Industry Network)
Guests: Prof. Dr. Thorsten Mahnke, Vice-President for Research, Hochschule Flensburg (items 1–3);
Dr. Eva Lindholm, Policy Officer, European Commission, DG MARE (online, item 5)
Secretariat: Henrike Albers, Secretary General; Piotr Nowicki, Finance Officer

2. Welcome and adoption of the agenda

The Chair opened the meeting at 13:30 on Tuesday 21 January. Prof. Mahnke welcomed the
committee to the campus and presented the university's new maritime digital twin labora-
tory. The agenda was adopted with one change: item 6 (membership fees) was moved to the
second day.

3. Changes in the Steering Committee

The Chair informed the committee that Frederik Jansen-Ruys (Maritime Delta Zeeland) re-
tired at the end of 2041 and has been replaced by Jeroen van der Wal, who joined the
meeting from item 4. The committee thanked Frederik Jansen-Ruys for nine years of ser-
vice, including his term as Chair from 2035 to 2038.

Ulrike Harms was confirmed as Vice-Chair until the General Assembly in 2043.

North Sea – Baltic Cluster Alliance (NSBCA)
Minutes of the 14th Steering Committee meeting                                   2/3

4. Report of the Secretariat

Henrike Albers presented the activity report for 2041. The alliance now has 19 member
clusters in seven countries. The Cluster Week in Klaipėda (8–10 October 2041) brought
together 240 participants and 61 companies took part in the B2B meetings. The joint pa-
vilion at SMM Hamburg was shared by eleven members. Two new clusters have applied for
membership: Blue Cluster Ostend (Belgium) and Vestland Havnenettverk (Norway).

Piotr Nowicki presented the financial report. The accounts for 2041 close with a small
surplus of EUR 8,400. The auditor's report by Nordtreu Revision GmbH is expected in Feb-
ruary.

5. Exchange with DG MARE

Dr. Lindholm outlined the Commission's plans for a new call for cluster partnerships in
the blue economy, expected in spring 2042. She encouraged the alliance to involve clus-
ters from the Atlantic coast. Members asked for clear rules on the participation of Nor-
wegian partners.

Evening programme: 19:00 Steering Committee dinner at the Flensburg harbour museum
restaurant, hosted by MCSH.

Wednesday 22 January

08:30 Visit to the Flensburger Schiffbau-Gesellschaft shipyard, guided by Ole Petersen,
Head of Innovation.

6. Membership fees for 2043

Discussion postponed from day one. Members agreed that the current fee model favours
large clusters and should be revised before the next General Assembly.

7. Decisions

The Steering Committee decided:
- to admit Blue Cluster Ostend and Vestland Havnenettverk as members from 1 March 2042,
subject to payment of the first fee
- to ask the Secretariat to prepare a joint proposal for the expected DG MARE call, led by
Maritime Innovation Agder
- to hold the Cluster Week 2042 in Vlissingen, hosted by Maritime Delta Zeeland
- to set up a working group on fees chaired by Malene Vestergaard, reporting to the next
meeting

North Sea – Baltic Cluster Alliance (NSBCA)
Minutes of the 14th Steering Committee meeting                                   3/3

8. Next meetings

- 15th Steering Committee meeting: Monday 3 March 2042, online, 10:00–12:00
- 16th Steering Committee meeting: June 2042, Gdańsk (date to be confirmed)

The Chair closed the meeting at 11:45 on Wednesday 22 January 2042.

Dr. Knut-Olav Brekke                         Henrike Albers
Chair                                        Secretary General

NSBCA Secretariat · c/o MCSH · Lise-Meitner-Straße 00 · 24941 Flensburg · www.nsbca.example.eu
"""
write(F, T)
N = "North Sea – Baltic Cluster Alliance"
gold(F,
 [P("Henrike Albers","Secretary General",N),
  P("Knut-Olav Brekke","Chair",N),
  P("Ulrike Harms","Vice-Chair",N),
  P("Malene Vestergaard","Steering Committee member",N),
  P("Arvydas Kazlauskas","Steering Committee member",N),
  P("Agnieszka Zawadzka-Pettersson","Steering Committee member",N),
  P("Jeroen van der Wal","Steering Committee member",N),
  P("Sanna Heikkilä",None,"Turku Blue Industry Network"),
  P("Thorsten Mahnke","Vice-President for Research","Hochschule Flensburg"),
  P("Eva Lindholm","Policy Officer","DG MARE"),
  P("Piotr Nowicki","Finance Officer",N),
  P("Frederik Jansen-Ruys",None,"Maritime Delta Zeeland"),
  P("Ole Petersen","Head of Innovation","Flensburger Schiffbau-Gesellschaft")],
 [O(N,"NSBCA"), O("Maritimes Cluster Schleswig-Holstein e.V.","MCSH"), O("Maritime Innovation Agder"),
  O("Sønderborg Industrial Network ApS"), O("Klaipėda Science and Technology Park"), O("Pomeranian Offshore Cluster"),
  O("Maritime Delta Zeeland"), O("Turku Blue Industry Network"), O("Hochschule Flensburg"), O("European Commission"),
  O("DG MARE"), O("Blue Cluster Ostend"), O("Vestland Havnenettverk"), O("Nordtreu Revision GmbH"),
  O("Flensburger Schiffbau-Gesellschaft")],
 [E("14th meeting of the Steering Committee","2042-01-21","2042-01-22","Flensburg","Germany"),
  E("Cluster Week","2041-10-08","2041-10-10","Klaipėda","Lithuania"),
  E("SMM Hamburg",None,None,"Hamburg","Germany"),
  E("Steering Committee dinner","2042-01-21",None,"Flensburg","Germany"),
  E("Visit to the Flensburger Schiffbau-Gesellschaft shipyard","2042-01-22",None,"Flensburg","Germany"),
  E("Cluster Week 2042","2042",None,"Vlissingen","Netherlands"),
  E("15th Steering Committee meeting","2042-03-03",None,None,None),
  E("16th Steering Committee meeting","2042-06",None,"Gdańsk","Poland"),
  E("General Assembly","2043",None,None,None)],
 ["2042-01-21/2042-01-22","2042-02-06","2042-01-21","2041","2035/2038","2043","2041-10-08/2041-10-10","2042-02","2042","2042-03-01","2042-03-03","2042-06","2042-01-22"],
 ["to admit Blue Cluster Ostend and Vestland Havnenettverk as members from 1 March 2042, subject to payment of the first fee",
  "to ask the Secretariat to prepare a joint proposal for the expected DG MARE call, led by Maritime Innovation Agder",
  "to hold the Cluster Week 2042 in Vlissingen, hosted by Maritime Delta Zeeland",
  "to set up a working group on fees chaired by Malene Vestergaard, reporting to the next meeting"],
 pub="2042-02-06")
