from h import *
F = 'g16_cartagena_general_assembly_minutes.txt'
assert wd(2034,6,6)=='Tuesday' and wd(2034,5,16)=='Tuesday' and wd(2034,9,12)=='Tuesday' and wd(2034,6,20)=='Tuesday'
T = """MEDITERRANEAN BLUE ECONOMY CLUSTERS NETWORK (MED-BLUE CLUSTERS) AISBL
Minutes of the 9th General Assembly

Date: Tuesday, 6 June 2034, 10:00–13:15
Place: Cartagena, Spain – Cuartel de Instrucción, Universidad Politécnica de Cartagena (UPCT)
Host: Clúster Marítimo de la Región de Murcia (CMRM)
Chair: Giorgos Papadakis-Ralli, President
Minutes: Naïma Belkacem-Serra, Secretary General
Draft circulated: 20 June 2034 · Approved by the Board: 12 September 2034

Present: 21 of 26 member organisations in person, 3 by proxy (quorum reached). List of participants in Annex 1.

1. Opening and adoption of the agenda

The President opened the meeting at 10:05 and thanked CMRM and its director, Francisco Javier Sánchez de Lara, for hosting the assembly. The agenda was adopted without changes. Joaquín Albaladejo-Pérez, Director General for Innovation of the Regional Government of Murcia, welcomed the members of the Mediterranean Blue Economy Clusters Network on behalf of the region. He recalled that the Region of Murcia had joined the network's work on aquaculture in 2031 and that the regional smart specialisation strategy now names the blue economy as one of its priorities.

2. Approval of the minutes of the 8th General Assembly (Split, 16 May 2033)

The minutes were approved unanimously.

3. Presentation of the Blue Clusters Survey 2034

Dr. Chiara Lo Presti, Vice-President of the network and director of the Sicilian Blue Growth District (Distretto Blue Sicilia), presented the results of the network's third member survey, carried out between February and April 2034 among the 26 member clusters and 410 of their member companies.

The key findings presented were:
- Offshore renewable energy and aquaculture have overtaken shipbuilding as the fastest-growing sectors among members
- 70% of member clusters now run at least one project on port decarbonisation
- Clusters in the southern and eastern Mediterranean have far less access to EU funding than those in the north
- Member companies ask for more matchmaking across the basin and fewer conferences

The members discussed the results at some length. Several clusters from the south noted that the survey confirmed what they see every day: partners from their countries are often invited into projects late, when the work plan is already written. Mehmet Öztürk-Aydın (Izmir Maritime Cluster) asked that the next survey also cover non-EU partners more fully.

4. Activity report 2033 and financial statements

The Secretary General presented the activity report. In 2033 the network held two study visits (Marseille, Piraeus), co-organised the Blue Med Forum in Valletta on 14–15 November 2033, and prepared three joint project proposals. The treasurer, Émilie Darras-Vidal (Pôle Mer Méditerranée), presented the accounts for 2033, showing a small surplus of EUR 12,400. The auditors, Hugo Carvalho and Petra Jurić, confirmed the accounts.

5. Election of the Board 2034–2037

The following members were elected to the Board for the term 2034–2037:
- President: Giorgos Papadakis-Ralli, Hellenic Blue Growth Cluster (re-elected)
- Vice-President: Chiara Lo Presti, Distretto Blue Sicilia
- Treasurer: Émilie Darras-Vidal, Pôle Mer Méditerranée
- Member: Francisco Javier Sánchez de Lara, CMRM

6. Decisions

The General Assembly decided:
1. To approve the activity report and the financial statements for 2033 and discharge the Board
2. To keep the membership fee unchanged for 2035
3. To create a working group on port decarbonisation, coordinated by Pôle Mer Méditerranée
4. To publish the Blue Clusters Survey 2034 on the network's website by 30 September 2034
5. To hold the 10th General Assembly in Koper, Slovenia, in spring 2035

7. Any other business

Members were invited to the MED-BLUE matchmaking days in Cartagena on 7 June 2034, the day after the assembly, with about 180 pre-arranged B2B meetings.

The President closed the meeting at 13:15.

Giorgos Papadakis-Ralli, President        Naïma Belkacem-Serra, Secretary General
"""
assert wd(2033,5,16)=='Monday' and wd(2033,11,14)=='Monday'
write(F, T)
M = "MEDITERRANEAN BLUE ECONOMY CLUSTERS NETWORK (MED-BLUE CLUSTERS) AISBL"
N = "Mediterranean Blue Economy Clusters Network"
gold(F,
 [P("Giorgos Papadakis-Ralli","President",N),
  P("Naïma Belkacem-Serra","Secretary General",N),
  P("Francisco Javier Sánchez de Lara","director","CMRM"),
  P("Joaquín Albaladejo-Pérez","Director General for Innovation","Regional Government of Murcia"),
  P("Chiara Lo Presti","Vice-President",N),
  P("Mehmet Öztürk-Aydın",None,"Izmir Maritime Cluster"),
  P("Émilie Darras-Vidal","treasurer",N),
  P("Hugo Carvalho","auditor",N),
  P("Petra Jurić","auditor",N)],
 [O(N,"MED-BLUE CLUSTERS"), O("Universidad Politécnica de Cartagena","UPCT"), O("Clúster Marítimo de la Región de Murcia","CMRM"),
  O("Regional Government of Murcia"), O("Sicilian Blue Growth District","Distretto Blue Sicilia"), O("Izmir Maritime Cluster"),
  O("Pôle Mer Méditerranée"), O("Hellenic Blue Growth Cluster")],
 [E("9th General Assembly","2034-06-06",None,"Cartagena","Spain"),
  E("8th General Assembly","2033-05-16",None,"Split","Croatia"),
  E("study visits","2033",None,"Marseille, Piraeus",None),
  E("Blue Med Forum","2033-11-14","2033-11-15","Valletta","Malta"),
  E("10th General Assembly","2035",None,"Koper","Slovenia"),
  E("MED-BLUE matchmaking days","2034-06-07",None,"Cartagena","Spain")],
 ["2034-06-06","2034-06-20","2034-09-12","2031","2033-05-16","2034-02/2034-04","2033","2033-11-14/2033-11-15","2034/2037","2035","2034-09-30","2034-06-07"],
 ["To approve the activity report and the financial statements for 2033 and discharge the Board",
  "To keep the membership fee unchanged for 2035",
  "To create a working group on port decarbonisation, coordinated by Pôle Mer Méditerranée",
  "To publish the Blue Clusters Survey 2034 on the network's website by 30 September 2034",
  "To hold the 10th General Assembly in Koper, Slovenia, in spring 2035",
  "Offshore renewable energy and aquaculture have overtaken shipbuilding as the fastest-growing sectors among members",
  "70% of member clusters now run at least one project on port decarbonisation",
  "Clusters in the southern and eastern Mediterranean have far less access to EU funding than those in the north",
  "Member companies ask for more matchmaking across the basin and fewer conferences"],
 pub=None)
