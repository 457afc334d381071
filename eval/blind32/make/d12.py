from g import write
T = """HELLENIC REPUBLIC
MINISTRY OF DEVELOPMENT
General Secretariat for Industry
Directorate for Industrial Policy and Clusters

Athens, 17/05/2034
Ref. No.: 41207/ΓΓΒ/2034

DECISION

Subject: Establishment of the Expert Group on the National Cluster Strategy 2035–2040

THE SECRETARY-GENERAL FOR INDUSTRY

Having regard to:
1. the national framework for business clusters and its implementing acts;
2. the proposal of the Directorate for Industrial Policy and Clusters of 2 May 2034;
3. the nominations received from the Hellenic Federation of Enterprises (SEV) and the Union of Hellenic Chambers of
   Commerce by 30 April 2034;

DECIDES

Article 1 – Establishment
An Expert Group on the National Cluster Strategy 2035–2040 (hereinafter "the Group") is established. The Group
shall submit a draft strategy to the Minister of Development by 31 January 2035.

Article 2 – Composition
The Group is composed of the following members:
a) Prof. Eleni Zervou-Markou, Professor of Regional Economics, University of Thessaly, as Chair;
b) Dr. Nikolaos Theodorakis, Head of the Directorate for Industrial Policy and Clusters, Ministry of Development, as
   Vice-Chair;
c) Dimitra Karagianni, Director-General, Hellenic Federation of Enterprises (SEV);
d) Georgios Tsakalidis, President, Thessaloniki Agrifood Cluster "Thermi Agro";
e) Dr. Anastasia Kyriakou, Senior Researcher, Foundation for Research and Technology – Hellas (FORTH);
f) Spyridon Ioannidis, CEO, Aigaion Marine Composites S.A.;
g) Maria-Eleni Stathopoulou, Innovation Policy Adviser, Region of Central Macedonia;
h) Konstantinos Alexiou, Managing Director, Attica Logistics Cluster (ALC).

Ms Fotini Lazaridou, official of the Directorate for Industrial Policy and Clusters, is appointed secretary of the
Group, with Mr Pavlos Georgiou as her deputy.

Article 3 – Tasks and working method
The Group meets at least once a month. Its first meeting will be held at the premises of the Ministry in Athens on
5 June 2034. It may invite experts from the European Commission (DG GROW) and the European Cluster Collaboration
Platform to its meetings.

Article 4 – Term
The term of the Group ends on 31 March 2035. Members receive no remuneration.

Article 5
This decision shall be published in the Government Gazette.

The Secretary-General for Industry
Andreas Koutsoumbas
"""
MD="Ministry of Development"; DI="Directorate for Industrial Policy and Clusters"
write("decision-expert-group-national-cluster-strategy-2034.txt", T, pub="2034-05-17",
 people=[("Eleni Zervou-Markou","Professor of Regional Economics","University of Thessaly"),
  ("Nikolaos Theodorakis","Head",DI),
  ("Dimitra Karagianni","Director-General","Hellenic Federation of Enterprises"),
  ("Georgios Tsakalidis","President","Thessaloniki Agrifood Cluster \"Thermi Agro\""),
  ("Anastasia Kyriakou","Senior Researcher","Foundation for Research and Technology – Hellas"),
  ("Spyridon Ioannidis","CEO","Aigaion Marine Composites S.A."),
  ("Maria-Eleni Stathopoulou","Innovation Policy Adviser","Region of Central Macedonia"),
  ("Konstantinos Alexiou","Managing Director","Attica Logistics Cluster"),
  ("Fotini Lazaridou","official",DI),("Pavlos Georgiou",None,None),
  ("Andreas Koutsoumbas","Secretary-General for Industry",MD)],
 orgs=[(MD,None),("General Secretariat for Industry",None),(DI,None),("Hellenic Federation of Enterprises","SEV"),
  ("Union of Hellenic Chambers of Commerce",None),("University of Thessaly",None),("Thessaloniki Agrifood Cluster \"Thermi Agro\"",None),
  ("Foundation for Research and Technology – Hellas","FORTH"),("Aigaion Marine Composites S.A.",None),("Region of Central Macedonia",None),
  ("Attica Logistics Cluster","ALC"),("European Commission",None),("DG GROW",None),("European Cluster Collaboration Platform",None)],
 events=[("first meeting","2034-06-05","2034-06-05","Athens","Greece")],
 dates=["2034-05-17","2035/2040","2034-05-02","2034-04-30","2035-01-31","2034-06-05","2035-03-31"])
