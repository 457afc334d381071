from h import *
F = 'shannon-aviation-cluster-working-groups.md'
T = f"""Home › Working Groups › Who is who

# Working Groups – who is who (updated {wd(2036,1,12)} 12 January 2036)

The Shannon Aviation & Aerospace Cluster (SAAC) organises its members' work in six thematic working groups. Each group has a chair from industry and a co-chair from a research or education body, elected by the group for two years (2036–2037). The cluster office provides a secretary to every group. Working groups meet at least four times a year; meetings are open to all members, and non-members can attend once as guests.

The list below was confirmed by the Board of SAAC on 8 January 2036. Changes since the last version: Ciarán Mac Giolla Phádraig replaces Dr. Niamh Fitzgerald as co-chair of the Sustainable Aviation Fuels group, and the new Space and Earth Observation group has been added.

## 1. Aircraft Leasing and Finance
- **Chair:** Siobhán Ní Bhriain, Head of Technical Asset Management, Shannon Lessors Group DAC
- **Co-chair:** Prof. Declan Hartigan, Kemmy Business School, University of Limerick
- **Secretary:** Aoife Carmody, SAAC
- Focus: end-of-life aircraft, green lease clauses, skills for technical asset managers

## 2. Maintenance, Repair and Overhaul (MRO)
- **Chair:** Marek Zieliński, Director of Operations, Atlantic Airframe Services Ltd
- **Co-chair:** Dr. Gráinne O'Sullivan-Reidy, Technological University of the Shannon: Midlands Midwest (TUS)
- **Secretary:** Eoin Kiely, SAAC
- Focus: predictive maintenance, apprenticeships, hangar capacity at Shannon Airport

## 3. Sustainable Aviation Fuels
- **Chair:** Hannah van den Broek, Business Development Manager, GreenWing Fuels Ireland Ltd
- **Co-chair:** Ciarán Mac Giolla Phádraig, Senior Researcher, Bernal Institute, University of Limerick
- **Secretary:** Aoife Carmody, SAAC
- Focus: feedstock from agriculture and forestry, certification, offtake agreements

## 4. Digital Airports and Air Mobility
- **Chair:** Tadhg Ó Conchúir, Chief Digital Officer, Shannon Group plc
- **Co-chair:** Dr. Priya Raghunathan, Lero – the Research Ireland Centre for Software
- **Secretary:** Eoin Kiely, SAAC
- Focus: drones, passenger data, cyber security of ground systems

## 5. Skills and Talent
- **Chair:** Michelle Dooley-Barrett, HR Director, Mid-West Aero Components Ltd
- **Co-chair:** Pádraig Hennessy, Limerick and Clare Education and Training Board (LCETB)
- **Secretary:** Róisín Keane, SAAC
- Focus: school outreach, women in aviation engineering, reskilling from other sectors

## 6. Space and Earth Observation (new)
- **Chair:** Dr. Lukas Berger-Ní Mhurchú, CEO, Burren Orbital Ltd
- **Co-chair:** Dr. Emer Lyons, Irish Centre for High-End Computing (ICHEC)
- **Secretary:** Róisín Keane, SAAC
- Focus: satellite data for agriculture and maritime surveillance, links with the European Space Agency business incubation centre

## Coordination

The chairs and co-chairs meet as the Working Groups Council twice a year, chaired by the cluster manager, **Dr. Fionnuala Brennan**. The council reports to the SAAC Board, whose chair is **Conor McNamara** (Shannon Group plc). Enterprise Ireland and the Shannon Chamber sit on the council as observers, represented by **Gillian Moloney** (Regional Development Executive, Enterprise Ireland) and **Derek Quinlan-Walsh** (Chief Executive, Shannon Chamber).

The first council meeting of the year takes place on {wd(2036,2,5)} 5 February 2036 at the Shannon Free Zone Innovation Hub. All working groups will present their 2036 work plans at the SAAC Members' Forum on {wd(2036,3,26)} 26 March 2036 in Limerick. The joint session of the Sustainable Aviation Fuels and MRO groups with the Hamburg Aviation cluster is planned for 14–15 May 2036 in Hamburg.

## Thanks

We thank **Dr. Niamh Fitzgerald**, who co-chaired the Sustainable Aviation Fuels group from its start in 2032 until December 2035 and who has now joined the Sustainable Energy Authority of Ireland (SEAI) as programme manager. We also thank **Brendan Ó hAodha**, who chaired the Digital Airports group in 2034–2035.

## What the groups achieved in 2035

In 2035 the six groups (then five) held 26 meetings with an average of 18 participants. The Aircraft Leasing and Finance group published a guide on green lease clauses together with the Irish aircraft leasing industry; the MRO group set up a shared apprenticeship scheme with eight member companies; and the Skills and Talent group brought 420 secondary school students to the cluster's open hangar day at Shannon Airport. The Sustainable Aviation Fuels group prepared a feasibility study for a pilot plant in County Clare, which will be presented to members in the spring. The Digital Airports group tested a drone inspection service for runway lights with two start-ups, and its members visited the innovation centre of Dublin Airport in September to see its new baggage robots and remote tower.

## How to join a working group

Members can join as many groups as they wish. Please write to the group secretary or to workinggroups@saac.ie. The terms of reference of all groups (version 2.1, adopted 3 December 2035) can be downloaded from the members' area.

---
Shannon Aviation & Aerospace Cluster CLG · Westpark, Shannon, Co. Clare, V14 · Registered in Ireland
[Privacy](#) · [Cookies](#) · [Members' area](#)
"""
write(F, T)
S = "SAAC"
gold(F, [
 P("Ciarán Mac Giolla Phádraig", "co-chair", "Bernal Institute"),
 P("Niamh Fitzgerald", "programme manager", "Sustainable Energy Authority of Ireland"),
 P("Siobhán Ní Bhriain", "Chair", "Shannon Lessors Group DAC"),
 P("Declan Hartigan", "Co-chair", "Kemmy Business School"),
 P("Aoife Carmody", "Secretary", S),
 P("Marek Zieliński", "Chair", "Atlantic Airframe Services Ltd"),
 P("Gráinne O'Sullivan-Reidy", "Co-chair", "Technological University of the Shannon: Midlands Midwest"),
 P("Eoin Kiely", "Secretary", S),
 P("Hannah van den Broek", "Chair", "GreenWing Fuels Ireland Ltd"),
 P("Tadhg Ó Conchúir", "Chair", "Shannon Group plc"),
 P("Priya Raghunathan", "Co-chair", "Lero – the Research Ireland Centre for Software"),
 P("Michelle Dooley-Barrett", "Chair", "Mid-West Aero Components Ltd"),
 P("Pádraig Hennessy", "Co-chair", "Limerick and Clare Education and Training Board"),
 P("Róisín Keane", "Secretary", S),
 P("Lukas Berger-Ní Mhurchú", "Chair", "Burren Orbital Ltd"),
 P("Emer Lyons", "Co-chair", "Irish Centre for High-End Computing"),
 P("Fionnuala Brennan", "cluster manager", S),
 P("Conor McNamara", "chair", "SAAC"),
 P("Gillian Moloney", "Regional Development Executive", "Enterprise Ireland"),
 P("Derek Quinlan-Walsh", "Chief Executive", "Shannon Chamber"),
 P("Brendan Ó hAodha", "Chair", S),
], [
 O("Shannon Aviation & Aerospace Cluster CLG", "SAAC"), O("Shannon Lessors Group DAC"), O("Kemmy Business School"),
 O("University of Limerick"), O("Atlantic Airframe Services Ltd"), O("Technological University of the Shannon: Midlands Midwest", "TUS"),
 O("GreenWing Fuels Ireland Ltd"), O("Bernal Institute"), O("Shannon Group plc"), O("Lero – the Research Ireland Centre for Software"),
 O("Mid-West Aero Components Ltd"), O("Limerick and Clare Education and Training Board", "LCETB"), O("Burren Orbital Ltd"),
 O("Irish Centre for High-End Computing", "ICHEC"), O("European Space Agency"), O("Enterprise Ireland"),
 O("Shannon Chamber"), O("Hamburg Aviation"), O("Sustainable Energy Authority of Ireland", "SEAI"),
 O("Shannon Airport"), O("Dublin Airport"),
], [
 E("Working Groups Council meeting", "2036-02-05", "2036-02-05", None, "Ireland"),
 E("open hangar day", "2035", "2035", None, None),
 E("visit to the innovation centre of Dublin Airport", "2035-09", "2035-09", "Dublin", "Ireland"),
 E("SAAC Members' Forum", "2036-03-26", "2036-03-26", "Limerick", "Ireland"),
 E("joint session of the Sustainable Aviation Fuels and MRO groups with the Hamburg Aviation cluster", "2036-05-14", "2036-05-15", "Hamburg", "Germany"),
], ["2036-01-12", "2036/2037", "2036-01-08", "2036-02-05", "2036", "2036-03-26", "2036-05-14/2036-05-15", "2032", "2035-12", "2034/2035", "2035-12-03", "2035", "2035-09"],
 pub="2036-01-12")
