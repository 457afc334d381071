from h import *
F = 'g14_mielec_cluster_season_roundup.txt'
assert wd(2039,10,12)=='Wednesday' and wd(2039,10,13)=='Thursday' and wd(2039,11,28)=='Monday' and wd(2040,2,3)=='Friday' and wd(2039,12,9)=='Friday' and wd(2040,1,16)=='Monday' and wd(2040,3,12)=='Monday'
T = """SUBCARPATHIAN ADVANCED MANUFACTURING CLUSTER
Events round-up · autumn 2039
Mielec / Stalowa Wola / Rzeszów · compiled by the cluster office, 12 December 2039

[Home] [Members] [Services] [Events] [Round-ups] [Contact]   PL | EN

Dear members,
below is our usual round-up of the season's events, for those who could not be there and for those who want to pass the information on to colleagues. Photos and presentations are in the members' area. Corrections to office@samc.example.pl.

------------------------------------------------------------
1) AEROSPACE SUPPLIER DAYS, MIELEC (12–13 OCTOBER 2039)
------------------------------------------------------------
The seventh Aerospace Supplier Days gathered 310 participants and 62 exhibitors in the EURO-PARK Mielec special economic zone. Earlier editions of the series:
 - 2033, 2034 and 2035 – Mielec
 - 2036 – Rzeszów (Jasionka)
 - 2037 – Stalowa Wola
 - 2038 – Mielec
The event was opened on Wednesday 12 October by Grzegorz Szczepański-Orr, President of the Management Board of the cluster, together with Karolina Dąbrowska, Deputy Marshal of the Podkarpackie Voivodeship. A keynote by Patrick McNally, supply chain director at Collins Aerospace Ireland, set the tone: "Qualification, not price, decides who stays in the chain."
Programme highlights on day two (Thursday 13 October): 09:00 plant tour at PZL Mielec; 11:00 panel on the defence ramp-up; 13:30 B2B meetings; 17:00 closing.

------------------------------------------------------------
2) STALOWA WOLA: "STEEL MEETS COMPOSITES" WORKSHOP (21 OCTOBER 2039)
------------------------------------------------------------
A one-day workshop at the Stalowa Wola campus of the Rzeszów University of Technology (Politechnika Rzeszowska) looked at hybrid structures for military vehicles. It was run by Dr inż. Tomasz Kozieł-Bury from the university's Faculty of Mechanical Engineering and Aeronautics and Ana Filipa Correia of the Portuguese cluster AED Cluster Portugal.

------------------------------------------------------------
3) MISSION TO TOULOUSE (6–9 NOVEMBER 2039)
------------------------------------------------------------
Eleven member companies travelled to Toulouse with the Polish Investment and Trade Agency (PAIH). The group visited the Aerospace Valley cluster, the Airbus final assembly line and two tier-one suppliers. Jean-Luc Ouédraogo, international officer of Aerospace Valley, hosted the group.

------------------------------------------------------------
4) CLUSTER MANAGERS' MEETING WITH THE MARSHAL'S OFFICE (28 NOVEMBER 2039)
------------------------------------------------------------
On Monday 28 November the managers of the eight Podkarpackie clusters met the Marshal's Office in Rzeszów to discuss the regional smart specialisation strategy for 2040–2046.

Conclusions of the meeting:
 a. Key regional clusters should receive multi-year funding instead of annual calls
 b. Aviation, defence and advanced materials will stay a single smart specialisation
 c. The clusters will prepare a joint skills plan with the vocational schools by mid-2040

------------------------------------------------------------
5) NEW MEMBERS
------------------------------------------------------------
The Board admitted four new members this autumn: Hydro-Tech Dębica Sp. z o.o., the machining company Precyzja Nisko S.A., the start-up SkyDrone Labs from Jasionka and the Mielec vocational school complex, Zespół Szkół Technicznych w Mielcu. The cluster now counts 118 members.

------------------------------------------------------------
WHAT'S NEXT
------------------------------------------------------------
 * Friday 9 December 2039 – Christmas meeting of members, Mielec (already sold out)
 * Monday 16 January 2040 – Board meeting, Mielec
 * from 28 November 2039 to 3 February 2040 – call for pilot projects under the cluster's voucher scheme (deadline 3 February)
 * Monday 12 March 2040 – training "Export control for dual-use goods", Rzeszów, with the Ministry of Development and Technology
 * 2040 (date tbc) – Aerospace Supplier Days, eighth edition

Subcarpathian Advanced Manufacturing Cluster Association (SAMC) · ul. Wojska Polskiego 3, 39-300 Mielec
KRS 0000000000 · You are receiving this because you are a member contact. Unsubscribe | Privacy
"""
write(F, T)
C="Subcarpathian Advanced Manufacturing Cluster Association"
gold(F,
 [P("Grzegorz Szczepański-Orr","President of the Management Board",C),
  P("Karolina Dąbrowska","Deputy Marshal of the Podkarpackie Voivodeship",None),
  P("Patrick McNally","supply chain director","Collins Aerospace Ireland"),
  P("Tomasz Kozieł-Bury",None,"Faculty of Mechanical Engineering and Aeronautics"),
  P("Ana Filipa Correia",None,"AED Cluster Portugal"),
  P("Jean-Luc Ouédraogo","international officer","Aerospace Valley")],
 [O(C,"SAMC"), O("EURO-PARK Mielec"), O("Collins Aerospace Ireland"), O("PZL Mielec"),
  O("Rzeszów University of Technology"), O("Faculty of Mechanical Engineering and Aeronautics"),
  O("AED Cluster Portugal"), O("Polish Investment and Trade Agency","PAIH"), O("Aerospace Valley"), O("Airbus"),
  O("Marshal's Office"), O("Ministry of Development and Technology"), O("Hydro-Tech Dębica Sp. z o.o."), O("Precyzja Nisko S.A."), O("SkyDrone Labs"), O("Zespół Szkół Technicznych w Mielcu")],
 [E("Aerospace Supplier Days","2039-10-12","2039-10-13","Mielec","Poland"),
  E("Aerospace Supplier Days","2033",None,"Mielec","Poland"),
  E("Aerospace Supplier Days","2034",None,"Mielec","Poland"),
  E("Aerospace Supplier Days","2035",None,"Mielec","Poland"),
  E("Aerospace Supplier Days","2036",None,"Rzeszów","Poland"),
  E("Aerospace Supplier Days","2037",None,"Stalowa Wola","Poland"),
  E("Aerospace Supplier Days","2038",None,"Mielec","Poland"),
  E("plant tour at PZL Mielec","2039-10-13",None,"Mielec","Poland"),
  E("B2B meetings","2039-10-13",None,"Mielec","Poland"),
  E("Steel Meets Composites","2039-10-21",None,"Stalowa Wola","Poland"),
  E("Mission to Toulouse","2039-11-06","2039-11-09","Toulouse","France"),
  E("Cluster managers' meeting with the Marshal's Office","2039-11-28",None,"Rzeszów","Poland"),
  E("Christmas meeting of members","2039-12-09",None,"Mielec","Poland"),
  E("Board meeting","2040-01-16",None,"Mielec","Poland"),
  E("Export control for dual-use goods","2040-03-12",None,"Rzeszów","Poland"),
  E("Aerospace Supplier Days","2040",None,None,None)],
 ["2039-12-12","2039-10-12/2039-10-13","2033","2034","2035","2036","2037","2038","2039-10-12","2039-10-13","2039-10-21",
  "2039-11-06/2039-11-09","2039-11-28","2040/2046","2040","2039-12-09","2040-01-16","2039-11-28/2040-02-03","2040-02-03","2040-03-12","2039"],
 ["Key regional clusters should receive multi-year funding instead of annual calls",
  "Aviation, defence and advanced materials will stay a single smart specialisation",
  "The clusters will prepare a joint skills plan with the vocational schools by mid-2040"],
 pub="2039-12-12")
