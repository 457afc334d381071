from h import *
F = 'g11_iasi_cluster_days_series.txt'
assert wd(2040,5,23)=='Wednesday' and wd(2040,5,24)=='Thursday' and wd(2040,4,30)=='Monday' and wd(2040,5,22)=='Tuesday' and wd(2040,3,15)=='Thursday'
T = """North-East Regional Development Agency – ADR Nord-Est
Home | About | Regional Innovation Strategy | Clusters | Events | Projects | Contact | RO | EN

>> Events >> North-East Cluster Days

NORTH-EAST CLUSTER DAYS
The annual meeting of the clusters of Romania's North-East region

Last updated: 15.03.2040

The North-East Cluster Days bring together every year the cluster organisations, universities, local authorities and companies of the six counties of the region (Bacău, Botoșani, Iași, Neamț, Suceava and Vaslui). The event was launched in 2034 by the Regional Development Agency North-East (ADR Nord-Est) as part of the regional smart specialisation strategy and has grown from a one-day seminar into a two-day forum with an exhibition and B2B meetings.

Participation is free of charge for cluster members, public authorities and students; other companies pay a fee of 150 lei. Simultaneous interpretation between Romanian and English is provided in the plenary sessions. Exhibitors can book a table in the exhibition area; priority is given to members of the region's eleven accredited clusters. Accommodation at reduced rates is available in three hotels near the venue until two weeks before the event.

7th EDITION – IAȘI, 23–24 MAY 2040
Venue: Palas Congress Hall, Iași
Theme: "Clusters for a fair digital transition"
Registration deadline: Monday 30 April 2040

Wednesday 23 May
09:30  Opening – Gabriela Vârlan-Moisescu, Director General, ADR Nord-Est
10:00  Keynote – "Digital skills in less developed regions" – Dr. Henrik Sørensen-Blom, senior economist, OECD Centre for Entrepreneurship, SMEs, Regions and Cities
11:00  Presentation of the North-East cluster map 2040 – Bogdan Ciobanu, head of the Innovation Department
12:30  Lunch and exhibition
14:00  Parallel workshops (IT&C, textiles, agri-food, health)
17:00  Cluster Excellence Awards ceremony
19:30  Networking dinner at the Casa Dosoftei

Thursday 24 May
09:00  B2B meetings (in cooperation with the Enterprise Europe Network Romania)
09:00  Company visits to members of the ICT cluster "Iași Tech Hub"
13:00  Closing and handover to the host of the 2041 edition

Speakers confirmed so far also include Irina Munteanu (President, Romanian Cluster Association – CLUSTERO), Andrei-Mihai Toma (Technical University "Gheorghe Asachi" of Iași) and Sabine Wolters-Hahn (European Commission, DG REGIO).

PAST EDITIONS
2034 – 1st edition, Piatra Neamț, one-day seminar, 90 participants
2035 – 2nd edition, Suceava, "Clusters and the Carpathian economy", 140 participants
2036 – 3rd edition, Bacău, first B2B meetings, 210 participants
2037 – 4th edition, Iași, with a Moldovan delegation from Chișinău, 260 participants
2038 – 5th edition, Botoșani, 230 participants
2039 – 6th edition, Vaslui, 16–17 May 2039, 275 participants

KEY TAKEAWAYS OF THE 6TH EDITION (VASLUI, 2039)
The organisers and the participating clusters summed up the debates of the 2039 edition in four points:
- Cluster organisations in the region should pool their services for internationalisation instead of competing for the same fairs
- The agri-food and textile clusters need digital tools adapted to micro-enterprises, not to large firms
- Universities should open their laboratories to cluster members under a single regional voucher scheme
- The region should apply together for a thematic smart specialisation partnership on textiles

DOCUMENTS
Programme 2040 (PDF, 1.2 MB) | Registration form | Photo gallery 2039 | Report 2039 (PDF)

CONTACT
Innovation Department, ADR Nord-Est
Str. Lt. Stoicescu 1, Piatra Neamț
Event coordinator: Oana-Maria Lupu, oana.lupu@adrnordest.example.ro
Press: Cristian Hârțescu

The event is co-financed by the Regional Programme North-East 2034-2040.
© ADR Nord-Est | Privacy | Cookies | Sitemap
"""
write(F, T)
A="Regional Development Agency North-East"
gold(F,
 [P("Gabriela Vârlan-Moisescu","Director General","ADR Nord-Est"),
  P("Henrik Sørensen-Blom","senior economist","OECD Centre for Entrepreneurship, SMEs, Regions and Cities"),
  P("Bogdan Ciobanu","head of the Innovation Department","ADR Nord-Est"),
  P("Irina Munteanu","President","Romanian Cluster Association"),
  P("Andrei-Mihai Toma",None,"Technical University \"Gheorghe Asachi\" of Iași"),
  P("Sabine Wolters-Hahn",None,"DG REGIO"),
  P("Oana-Maria Lupu","Event coordinator","ADR Nord-Est"),
  P("Cristian Hârțescu",None,None)],
 [O(A,"ADR Nord-Est"), O("OECD Centre for Entrepreneurship, SMEs, Regions and Cities"), O("OECD"),
  O("Enterprise Europe Network Romania"), O("Iași Tech Hub"), O("Romanian Cluster Association","CLUSTERO"),
  O("Technical University \"Gheorghe Asachi\" of Iași"), O("European Commission"), O("DG REGIO")],
 [E("North-East Cluster Days","2040-05-23","2040-05-24","Iași","Romania"),
  E("Cluster Excellence Awards ceremony","2040-05-23",None,"Iași","Romania"),
  E("Networking dinner","2040-05-23",None,"Iași","Romania"),
  E("B2B meetings","2040-05-24",None,"Iași","Romania"),
  E("Company visits to members of the ICT cluster \"Iași Tech Hub\"","2040-05-24",None,"Iași","Romania"),
  E("North-East Cluster Days","2034",None,"Piatra Neamț","Romania"),
  E("North-East Cluster Days","2035",None,"Suceava","Romania"),
  E("North-East Cluster Days","2036",None,"Bacău","Romania"),
  E("North-East Cluster Days","2037",None,"Iași","Romania"),
  E("North-East Cluster Days","2038",None,"Botoșani","Romania"),
  E("North-East Cluster Days","2039-05-16","2039-05-17","Vaslui","Romania")],
 ["2040-03-15","2034","2040-05-23/2040-05-24","2040-04-30","2040-05-23","2040-05-24","2035","2036","2037","2038","2039",
  "2039-05-16/2039-05-17","2034/2040"],
 ["Cluster organisations in the region should pool their services for internationalisation instead of competing for the same fairs",
  "The agri-food and textile clusters need digital tools adapted to micro-enterprises, not to large firms",
  "Universities should open their laboratories to cluster members under a single regional voucher scheme",
  "The region should apply together for a thematic smart specialisation partnership on textiles"],
 pub=None)
