from common import save
T = """Study Tour Programme – Water Technology in Fryslân                    WaterHub Fryslân
for the delegation of the Attica Water Cluster (AWC), 2–5 April 2035

Organised by: WaterHub Fryslân (Leeuwarden) on behalf of the Attica Water Clus-
ter, with support of the Netherlands Enterprise Agency (RVO) and the Embassy of
the Kingdom of the Netherlands in Athens.
Delegation leader: Nikos Vranopoulos, Cluster Manager, Attica Water Cluster
Host contact: Sjoukje Hoekstra, international relations, WaterHub Fryslân

Monday 2 April 2035 – Arrival
14:35      Arrival Amsterdam Schiphol (flight from Athens), bus transfer to Leeuwarden
18:00      Check-in, Hotel Oranje, Leeuwarden
19:30      Welcome dinner with the WaterHub board. Welcome by Durk-Jan de
           Haan, Chair of the Board of WaterHub Fryslân

Tuesday 3 April 2035 – Desalination and water reuse
09:00      Introduction to the Dutch water sector – Anke Visser,
           senior advisor, RVO
10:30      Visit to the Water Campus Leeuwarden and the test facilities of
           Wetsus, European centre of excellence for sustainable water technology
13:00      Lunch at the Water Campus
14:30      Company visit: Zoutloos B.V. (small-scale desalination), hosted by CEO
           Pieter Bijlsma
17:00      Return to hotel

Study Tour Programme – Water Technology in Fryslân                         page 2

Wednesday 4 April 2035 – Water and agriculture
08:30      Bus to Dokkum
09:30      Farm visit: saline potato trials with Zilte Akker Noord – Marrit
           Dijkstra, agronomist
12:00      Lunch
13:30      Wetterskip Fryslân, the regional water authority: drought and
           salinisation strategy – presentation by Hylke Wiersma, policy
           officer
16:00      B2B matchmaking session between Greek and Frisian companies
           (Water Campus, 20 pre-booked meetings)
19:00      Free evening

Thursday 5 April 2035 – Wrap-up and departure
09:00      Workshop "What can Attica learn?" – moderated by Sjoukje Hoekstra
11:00      Signing of a memorandum of understanding between the Attica Water
           Cluster and WaterHub Fryslân
12:30      Farewell lunch; bus transfer to Schiphol; departure 17:10

Practical information
Participants: 18 (9 companies, 2 universities, the Region of Attica and EYDAP,
the Athens water utility). Language: English. Dress code: business casual; rub-
ber boots for Wednesday are provided.

Objectives of the tour: to understand how small-scale desalination and
water reuse are tested and brought to market; to see how farmers adapt to
salinisation; to learn how a regional water authority plans for drought; and to
start concrete business contacts between companies of both regions. Each par-
ticipant is asked to prepare a one-slide company profile for the B2B session.

Transport: all transfers by private bus; the bus leaves the hotel 15 minutes
before the first item of each day. Meals: lunches and the welcome dinner are
included; please inform the organisers of any dietary requirements. Insurance:
participants travel at their own risk and should carry the European health
insurance card.

Follow-up: a return visit of Frisian companies to Athens is planned for 14–16
October 2035, linked to the Hydrotech Athens fair.

Study Tour Programme – Water Technology in Fryslân                         page 3
"""
save('Study-tour_AWC_Fryslan_2-5-April-2035-pdf.txt', T,
 [("Nikos Vranopoulos","Cluster Manager","Attica Water Cluster"),
  ("Sjoukje Hoekstra","international relations","WaterHub Fryslân"),
  ("Durk-Jan de Haan","Chair of the Board","WaterHub Fryslân"),
  ("Pieter Bijlsma","CEO","Zoutloos B.V."),
  ("Anke Visser","senior advisor","RVO"),
  ("Marrit Dijkstra","agronomist","Zilte Akker Noord"),
  ("Hylke Wiersma","policy officer","Wetterskip Fryslân")],
 [("Attica Water Cluster","AWC"),("WaterHub Fryslân",None),("Netherlands Enterprise Agency","RVO"),
  ("Embassy of the Kingdom of the Netherlands in Athens",None),("Wetsus",None),("Zoutloos B.V.",None),("Zilte Akker Noord",None),
  ("Wetterskip Fryslân",None),("Region of Attica",None),("EYDAP",None)],
 [("Study Tour Water Technology in Fryslân","2035-04-02","2035-04-05","Leeuwarden","Netherlands"),
  ("return visit of Frisian companies to Athens","2035-10-14","2035-10-16","Athens","Greece"),
  ("Hydrotech Athens","2035-10","2035-10","Athens","Greece")],
 ["2035-04-02/2035-04-05","2035-04-02","2035-04-03","2035-04-04","2035-04-05","2035-10-14/2035-10-16"])
