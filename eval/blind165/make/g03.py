from h import *
F = 'g03_balticfood_network_board_minutes_neubrandenburg.txt'
assert wd(2039,3,10)=='Thursday' and wd(2039,3,9)=='Wednesday' and wd(2039,6,15)=='Wednesday' and wd(2039,3,24)=='Thursday'
T = """BALTIC RURAL FOOD CLUSTERS NETWORK (BRFCN)
Minutes of the 14th meeting of the Board
Neubrandenburg (Germany), Thursday 10 March 2039, 09:00–15:30
Venue: Haus der Wirtschaft, Neubrandenburg
Host: Agrarcluster Mecklenburgische Seenplatte e.V.

Present (Board):
Katrin Wollenberg, Chair (Agrarcluster Mecklenburgische Seenplatte e.V., Germany)
Jonas Petrauskas, Vice-Chair (Lietuvos maisto klasteris, Lithuania)
Anna-Karin Sjöberg, Treasurer (Skånes Livsmedelsakademi, Sweden)
Dr. Piotr Nowacki (Pomorski Klaster Spożywczy, Poland)
Mette Kjærgaard (Food & Bio Cluster Denmark, Denmark)
Present (Secretariat): Ole Brandt, network coordinator; Sabine Rühl, finance officer
Guest for item 5: Dr. Wiebke Lorenzen, Ministry of Agriculture and Environment of Mecklenburg-Vorpommern
Apologies: Kaja Tamm (Eesti Toiduklaster, Estonia)
Minutes: Sabine Rühl

The evening before, on Wednesday 9 March 2039, the Board members visited the dairy cooperative Müritz Milch eG in Waren and joined a dinner hosted by the Landkreis Mecklenburgische Seenplatte.

1. Opening and agenda
The Chair opened the meeting at 09:05 and welcomed the members, in particular Mette Kjærgaard, who joined the Board after the General Assembly in Aarhus on 22 November 2038. The agenda was adopted without changes. The minutes of the 13th meeting (online, 19 January 2039) were approved.

2. Report of the coordinator
Ole Brandt reported that the network now has 27 member clusters in eight countries. Two applications are pending, from a Latvian dairy cluster and from Agro Food Park Finland. The joint stand at the Internationale Grüne Woche in Berlin (20–29 January 2039) was visited by about 1,400 trade visitors; eleven member companies exhibited. The summary study "Short supply chains in the Baltic Sea region" was published in February 2039 and downloaded 930 times.

3. Finances
The Treasurer presented the accounts for 2038. Income was EUR 212,400, expenditure EUR 198,750. The auditors, Birgit Haase and Tomasz Zieliński, had checked the accounts on 28 February 2039 and found no irregularities. The Board recommends that the General Assembly approve the accounts.

4. Membership fee
After discussion the Board agreed to keep the fees unchanged for 2040 but to introduce a reduced fee for clusters with fewer than 30 members.

5. Regional food policy in Mecklenburg-Vorpommern
Dr. Wiebke Lorenzen presented the state's new food strategy 2039–2045 and invited the network to comment on the chapter on rural processing. Members noted the similarities with the Skåne food strategy and asked for an exchange of civil servants.

6. Events 2039
The Board discussed the programme of the annual conference, which will be held in Kaunas on 15–16 June 2039, hosted by Lietuvos maisto klasteris. A study visit for cluster managers to the Swedish region of Skåne is planned for October 2039.

7. Decisions
- The accounts for 2038 are submitted to the General Assembly for approval
- Membership fees for 2040 remain unchanged; a reduced fee of EUR 600 is introduced for small clusters
- The secretariat will prepare a joint response to the Mecklenburg-Vorpommern food strategy by 30 April 2039
- The annual conference 2039 will take place in Kaunas on 15–16 June 2039
- Ole Brandt is authorised to sign the cooperation agreement with the Baltic Sea Food Forum

8. Any other business
Anna-Karin Sjöberg announced that she will not stand for re-election as Treasurer at the General Assembly in Kaunas. The Chair thanked her for six years of work.

9. Next meeting
The next Board meeting will be held online on Thursday 24 March 2039 at 10:00 to finalise the conference programme.

The meeting closed at 15:25.

Approved: Katrin Wollenberg, Chair        Minutes taken by: Sabine Rühl
"""
write(F, T)
N="BALTIC RURAL FOOD CLUSTERS NETWORK"
gold(F,
 [P("Katrin Wollenberg","Chair",N), P("Jonas Petrauskas","Vice-Chair",N), P("Anna-Karin Sjöberg","Treasurer",N),
  P("Piotr Nowacki",None,"Pomorski Klaster Spożywczy"), P("Mette Kjærgaard",None,"Food & Bio Cluster Denmark"),
  P("Ole Brandt","network coordinator",N), P("Sabine Rühl","finance officer",N),
  P("Wiebke Lorenzen",None,"Ministry of Agriculture and Environment of Mecklenburg-Vorpommern"),
  P("Kaja Tamm",None,"Eesti Toiduklaster"),
  P("Birgit Haase","auditor",None), P("Tomasz Zieliński","auditor",None)],
 [O(N,"BRFCN"), O("Agrarcluster Mecklenburgische Seenplatte e.V."), O("Lietuvos maisto klasteris"),
  O("Skånes Livsmedelsakademi"), O("Pomorski Klaster Spożywczy"), O("Food & Bio Cluster Denmark"),
  O("Ministry of Agriculture and Environment of Mecklenburg-Vorpommern"), O("Eesti Toiduklaster"),
  O("Müritz Milch eG"), O("Landkreis Mecklenburgische Seenplatte"), O("Agro Food Park Finland"),
  O("Baltic Sea Food Forum")],
 [E("14th meeting of the Board","2039-03-10",None,"Neubrandenburg","Germany"),
  E("visited the dairy cooperative Müritz Milch eG","2039-03-09",None,"Waren","Germany"),
  E("dinner","2039-03-09",None,None,None),
  E("General Assembly","2038-11-22",None,"Aarhus","Denmark"),
  E("13th meeting","2039-01-19",None,None,None),
  E("Internationale Grüne Woche","2039-01-20","2039-01-29","Berlin","Germany"),
  E("annual conference","2039-06-15","2039-06-16","Kaunas","Lithuania"),
  E("study visit for cluster managers","2039-10",None,None,"Sweden"),
  E("Board meeting","2039-03-24",None,None,None)],
 ["2039-03-10","2039-03-09","2038-11-22","2039-01-19","2039-01-20/2039-01-29","2039-02","2038","2039-02-28",
  "2040","2039/2045","2039-06-15/2039-06-16","2039-10","2039-04-30","2039-03-24"],
 ["The accounts for 2038 are submitted to the General Assembly for approval",
  "Membership fees for 2040 remain unchanged; a reduced fee of EUR 600 is introduced for small clusters",
  "The secretariat will prepare a joint response to the Mecklenburg-Vorpommern food strategy by 30 April 2039",
  "The annual conference 2039 will take place in Kaunas on 15–16 June 2039",
  "Ole Brandt is authorised to sign the cooperation agreement with the Baltic Sea Food Forum"],
 pub=None)
