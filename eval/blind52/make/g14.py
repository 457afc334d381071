from h import *
doc = "press-release_merger-FDC-APN_Polder-Autonomous-Systems-Cluster.txt"
T = """PRESS RELEASE – FOR IMMEDIATE RELEASE

Flevo Drone Cluster and AgriRobotics Polder Network join forces as Polder Autonomous Systems Cluster

Lelystad, 6 June 2036 – The Flevo Drone Cluster (FDC) and the AgriRobotics Polder Network (APN) will merge on 1 January 2037 into one cluster organisation: the Polder Autonomous Systems Cluster (PASC). The members of both associations approved the merger at parallel extraordinary general meetings on Wednesday 4 June 2036 in Lelystad, FDC with 92% and APN with 88% of the votes cast. The new cluster will bring together 146 companies, four knowledge institutions and three public partners working on drones, field robots and autonomous vehicles for agriculture, logistics and inspection.

Why merge?
The two networks were founded only a few kilometres apart – FDC in 2026 at Lelystad Airport, APN in 2028 in Dronten – and over the past years their members increasingly met in the same projects. Around a third of the members already belonged to both. "Our farmers want drones that talk to their robots, and our drone makers want customers on the land. Two clusters for one ecosystem no longer made sense," said Marloes van der Veen, chair of FDC.

Joint management
The new cluster will be led by a board of nine, with the current chairs as joint chairs until the first general assembly of PASC in spring 2037:
- Marloes van der Veen, currently chair of FDC and CEO of SkyField Robotics B.V., becomes co-chair of PASC;
- Hendrik-Jan ter Beek, currently chair of APN and owner of akkerbouwbedrijf Ter Beek in Biddinghuizen, becomes co-chair of PASC;
- Jolanda de Graaf-Ouali (Aeres Hogeschool Dronten) becomes treasurer.

Daily management will be in the hands of a two-person team. Sander Bosman, FDC's cluster manager since 2031, becomes managing director of PASC. Dr. Femke Huisman-Tol, programme manager of APN, becomes deputy director and head of programmes. APN's current director, Wim Kooistra, will leave at the end of 2036 to become director of innovation at Horizon Flevoland, the regional development agency (ROM). He will support the integration as an adviser until then. "After eight years I am handing over a network in good shape to a strong team," said Kooistra.

The other board members will be elected at the first PASC general assembly; until then the boards of FDC and APN will each nominate three interim members. FDC has nominated Ruud Terpstra (Lelystad Airport Businesspark), Sevda Yılmaz (DroneSafe Inspecties B.V.) and Bas Meijering (Meijering Precisielandbouw V.O.F.); APN has nominated Lotte Vermeulen (Wageningen University & Research), Koen Dijkhuizen (Kramer & Dijkhuizen Machines B.V.) and Ineke Pasma (Provincie Flevoland).

Timeline
- 4 June 2036: approval by both general meetings
- 1 September 2036: joint office opens at the Flevoland Innovation Campus, Lelystad
- 1 January 2037: legal merger; FDC and APN cease to exist as separate associations
- March 2037: first general assembly of PASC (date to be confirmed)

Support from the province
Provincial executive Hanneke Roelofs-Amrani (Economic Affairs, Provincie Flevoland) welcomed the decision: "One strong cluster is a better partner for the province, for the ROM and for Europe. We will continue our cluster support under the regional programme Flevoland 2033–2037."

The merger will be presented to the wider public at the Polder Robotics Day on 18 September 2036 on the field-lab of Wageningen University & Research in Lelystad.

About FDC
The Flevo Drone Cluster was founded in 2026 and has 71 members from the drone industry, inspection services and air-traffic management.

About APN
The AgriRobotics Polder Network was founded in 2028 and has 109 members, mainly agricultural contractors, machine builders and arable farms.

Press contact:
Noor El Idrissi, communications officer FDC/APN
+31 320 000 411 | pers@pasc.example

###
"""
PA = "Polder Autonomous Systems Cluster"
people = [
 P("Marloes van der Veen", "chair", "Flevo Drone Cluster"),
 P("Hendrik-Jan ter Beek", "chair", "AgriRobotics Polder Network"),
 P("Jolanda de Graaf-Ouali", None, "Aeres Hogeschool Dronten"),
 P("Sander Bosman", "cluster manager", "Flevo Drone Cluster"),
 P("Femke Huisman-Tol", "programme manager", "AgriRobotics Polder Network"),
 P("Wim Kooistra", "director", "AgriRobotics Polder Network"),
 P("Ruud Terpstra", None, "Lelystad Airport Businesspark"),
 P("Sevda Yılmaz", None, "DroneSafe Inspecties B.V."),
 P("Bas Meijering", None, "Meijering Precisielandbouw V.O.F."),
 P("Lotte Vermeulen", None, "Wageningen University & Research"),
 P("Koen Dijkhuizen", None, "Kramer & Dijkhuizen Machines B.V."),
 P("Ineke Pasma", None, "Provincie Flevoland"),
 P("Hanneke Roelofs-Amrani", "Provincial executive", "Provincie Flevoland"),
 P("Noor El Idrissi", "communications officer", "Flevo Drone Cluster"),
]
orgs = [O("Flevo Drone Cluster", "FDC"), O("AgriRobotics Polder Network", "APN"), O(PA, "PASC"), O("SkyField Robotics B.V."),
 O("akkerbouwbedrijf Ter Beek"), O("Aeres Hogeschool Dronten"), O("Horizon Flevoland", "ROM"), O("Lelystad Airport Businesspark"),
 O("DroneSafe Inspecties B.V."), O("Meijering Precisielandbouw V.O.F."), O("Wageningen University & Research"),
 O("Kramer & Dijkhuizen Machines B.V."), O("Provincie Flevoland")]
events = [
 E("extraordinary general meeting of FDC", "2036-06-04", "2036-06-04", "Lelystad", "Netherlands"),
 E("extraordinary general meeting of APN", "2036-06-04", "2036-06-04", "Lelystad", "Netherlands"),
 E("first general assembly of PASC", "2037-03", "2037-03", None, None),
 E("Polder Robotics Day", "2036-09-18", "2036-09-18", "Lelystad", "Netherlands"),
]
dates = ["2036-06-06", "2037-01-01", "2036-06-04", "2026", "2028", "2037", "2031", "2036", "2036-09-01", "2037-03", "2033/2037", "2036-09-18"]
save(doc, T, "2036-06-06", people, orgs, events, dates, [])
