from h import *
F = 'g14_orkney_marine_energy_invitation_thread.txt'
assert wd(2042,9,3)=='Wednesday' and wd(2042,9,24)=='Wednesday' and wd(2042,9,25)=='Thursday' and wd(2042,8,27)=='Wednesday' and wd(2042,9,15)=='Monday'
T = """From: Finlay Rendall <finlay.rendall@stromness-subsea.example.scot>
Sent: Wednesday, 3 September 2042 16:12
To: Ops Team
Subject: FW: Islands Energy Week 2042 - programme and registration

All,

See below. I have registered for the Wednesday. Can someone cover the Thursday harbour tour? It would be good to have a face at the supply-chain session, as the council will be there. I'll need names by Friday. Remember that the boat leaves at nine sharp and they will not wait for latecomers, so plan to stay in Stromness the night before.

F.

Finlay Rendall | Operations Director | Stromness Subsea Services Ltd
Ness Road, Stromness, Orkney KW16 3DW

-----Original Message-----
From: Orkney Marine Energy Cluster <hello@omec.example.scot>
Sent: 27 August 2042 09:30
To: OMEC members list
Subject: Islands Energy Week 2042 - programme and registration

OMEC | ORKNEY MARINE ENERGY CLUSTER
Member update - August 2042

Dear members,

We are pleased to share the full programme of Islands Energy Week 2042, which the Orkney Marine Energy Cluster (OMEC) organises this year together with Orkney Islands Council and the European Marine Energy Centre (EMEC). This is the fifth edition of the week; it follows Kirkwall (2038, 2040), Lerwick (2039) and Stornoway (2041).

WEDNESDAY 24 SEPTEMBER 2042 - Kirkwall, Orkney Theatre
09:30  Registration and coffee
10:00  Welcome - Cllr Morag Isbister-Flett, Leader of Orkney Islands Council
10:20  Keynote: "Tidal energy after the first gigawatt" - Dr Pieter-Jan Vermeulen, Chief Technology Officer, Tidewerk B.V. (Vlissingen)
11:15  Supply-chain session: how island firms win contracts from developers
       Chair: Eilidh Sinclair, Cluster Manager, OMEC
       With: Neil Harcus (Harcus Marine Ltd), Dr Agnieszka Lis (Heriot-Watt University, Orkney Campus), a representative of Highlands and Islands Enterprise
13:00  Lunch
14:00  Workshop: hydrogen from tidal power in the North Isles
16:30  Close of day one
19:00  Islands Energy Dinner, Kirkwall Hotel - presentation of the OMEC Innovation Award 2042

THURSDAY 25 SEPTEMBER 2042 - Stromness
09:00  Harbour tour by boat to the EMEC tidal test site at the Fall of Warness (limited to 40 places, warm clothing required)
12:30  Lunch at the Pier Arts Centre
14:00  B2B meetings with developers and the visiting Breton delegation from the Pôle Mer Bretagne Atlantique cluster
16:00  End of the week

Registration is free for members and GBP 120 for non-members. Please register by Monday 15 September 2042 via the members' portal. The boat tour is first come, first served.

What we learnt last year
Last year's week in Stornoway produced a short report with recommendations to the cluster. Its recommendations were:
- Keep the week on the islands and rotate between Orkney, Shetland and the Western Isles
- Give small local firms a slot in the programme, not only the developers
- Invite at least one European cluster each year to build links for EU projects
- Publish the list of participants in advance to make B2B meetings easier

We have tried to follow all four. The Breton delegation is the first result of the last point.

Other news
- Our AGM will be held on 29 October 2042 in Kirkwall. Papers will follow in early October.
- Eilidh Sinclair will be on leave from 1 to 12 September; please contact Magnus Drever, Project Officer, in that time.

Best wishes,
Eilidh Sinclair
Cluster Manager
Orkney Marine Energy Cluster CIC | The Old Library, Kirkwall KW15 1JY
Twitter/X: @OMECluster | You receive this because you are an OMEC member. Unsubscribe.
"""
write(F, T)
C = "Orkney Marine Energy Cluster CIC"
gold(F,
 [P("Finlay Rendall","Operations Director","Stromness Subsea Services Ltd"),
  P("Morag Isbister-Flett","Leader","Orkney Islands Council"),
  P("Pieter-Jan Vermeulen","Chief Technology Officer","Tidewerk B.V."),
  P("Eilidh Sinclair","Cluster Manager",C),
  P("Neil Harcus",None,"Harcus Marine Ltd"),
  P("Agnieszka Lis",None,"Heriot-Watt University"),
  P("Magnus Drever","Project Officer",C)],
 [O("Stromness Subsea Services Ltd"), O(C,"OMEC"), O("Orkney Islands Council"),
  O("European Marine Energy Centre","EMEC"), O("Tidewerk B.V."), O("Harcus Marine Ltd"), O("Heriot-Watt University"),
  O("Highlands and Islands Enterprise"), O("Pôle Mer Bretagne Atlantique")],
 [E("Islands Energy Week 2042","2042-09-24","2042-09-25","Kirkwall, Stromness","United Kingdom"),
  E("Islands Energy Week","2038",None,"Kirkwall","United Kingdom"),
  E("Islands Energy Week","2040",None,"Kirkwall","United Kingdom"),
  E("Islands Energy Week","2039",None,"Lerwick","United Kingdom"),
  E("Islands Energy Week","2041",None,"Stornoway","United Kingdom"),
  E("Islands Energy Dinner","2042-09-24",None,"Kirkwall","United Kingdom"),
  E("OMEC Innovation Award 2042","2042-09-24",None,"Kirkwall","United Kingdom"),
  E("Harbour tour","2042-09-25",None,"Stromness","United Kingdom"),
  E("B2B meetings","2042-09-25",None,"Stromness","United Kingdom"),
  E("AGM","2042-10-29",None,"Kirkwall","United Kingdom")],
 ["2042-09-03","2042-08-27","2042-08","2038","2040","2039","2041","2042-09-24","2042-09-25","2042-09-15",
  "2042-10-29","2042-10","2042-09-01/2042-09-12"],
 ["Keep the week on the islands and rotate between Orkney, Shetland and the Western Isles",
  "Give small local firms a slot in the programme, not only the developers",
  "Invite at least one European cluster each year to build links for EU projects",
  "Publish the list of participants in advance to make B2B meetings easier"],
 pub="2042-09-03")
