from s import *
W("call_b2b-just-transition-matchmaking-kozani-2034","call_b2b-just-transition-matchmaking-kozani-2034.txt","2034-07-03",[
P("Eleni Papadopoulou-Raptis","Cluster Manager","WMEIC"),P("Georgios Amanatidis","Vice-Governor for Development","Region of Western Macedonia"),
P("Wojciech Kamiński-Zieliński","Head of Unit","Silesian Technology Transfer Centre"),P("Maria Nikolaidou","National Contact Point","General Secretariat for Research and Innovation"),
P("Konstantinos Tsiakiris",None,"Enterprise Europe Network Greece")],
[O("Western Macedonia Energy & Innovation Cluster","WMEIC"),O("Region of Western Macedonia"),O("Enterprise Europe Network Greece"),O("Hellenic Org for Standardization"),
O("HELEXPO"),O("Centre for Research and Technology Hellas","CERTH"),O("CPERI"),O("University of Western Macedonia"),O("Silesian Technology Transfer Centre"),
O("General Secretariat for Research and Innovation")],
[E("West Macedonia Just Transition Matchmaking 2034","2034-10-11",None,"Kozani","Greece"),E("Site visit to the Ptolemaida hydrogen pilot plant and the former Kardia mine","2034-10-12"),
E("Just Transition Matchmaking (first, 2031)","2031",None,"Kozani","Greece"),E("Just Transition Matchmaking (second, 2032)","2032",None,"Florina","Greece"),E("Just Transition Matchmaking (2033 edition, online)","2033")],
["2034-10-11","2028","2021/2027","2034-10-12","2034-07-07","2034-09-05","2034-09-15","2034-09-26","2034-09-29/2034-10-08","2034-10-09","2031","2032","2033","2033-09","2034-12-31"])
