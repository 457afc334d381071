exec(open('hdr.py').read())
K="Kastoria Fashion Cluster";F="Kastoria Fashion & Fur Innovation Forum"
d={"doc":"kastoria-fur-and-fashion-cluster-b2b-forum-announcement.md","source_url":None,"published_date":"2034-07-02",
"people":[P("Georgios Papadopoulos-Karras","President",K),P("Eleni Tsiara","Deputy Regional Governor of Western Macedonia"),P("Nikolaos Vlachos","President","Chamber of Kastoria"),
P("Anna-Lena van den Broek",None,"Saxion University of Applied Sciences"),P("Dimitra Kontou","cluster manager",K),P("Luca Bianchi-Ferrante",None,"Biomat Italia S.r.l."),
P("Sofia Alexiou",None,"Centre for Research and Technology Hellas"),P("Jan Novák",None,"Czech Leather Cluster"),P("Thanos Georgiou","communications officer",K)],
"organisations":[O(K,"KFC"),O("Chamber of Kastoria"),O("Region of Western Macedonia"),O("Saxion University of Applied Sciences"),O("Biomat Italia S.r.l."),O("Centre for Research and Technology Hellas","CERTH"),
O("Czech Leather Cluster"),O("Enterprise Greece"),O("University of Western Macedonia","UOWM"),O("Vocational Training Institute of Kastoria"),O("Korça Apple and Fruit Cluster"),
O("Aukštaitija Mechatronics Cluster"),O("Elche Footwear Cluster"),O("Greek Clusters Network")],
"events":[E(F+" 2034","2034-10-09","2034-10-10","Kastoria","Greece"),E(F+" (2028 edition)","2028","2028",None,None),E(F+" (2030 edition)","2030","2030",None,None),E(F+" (2032 edition)","2032","2032",None,None),
E("Parallel workshops","2034-10-09","2034-10-09","Kastoria","Greece"),E("B2B meetings","2034-10-09","2034-10-09","Kastoria","Greece"),E("Forum dinner","2034-10-09","2034-10-09","Kastoria","Greece"),
E("Kastoria Design Award ceremony","2034-10-09","2034-10-09","Kastoria","Greece"),E("Company visits","2034-10-10","2034-10-10","Kastoria, Argos Orestiko","Greece")],
"dates":["2034-10-09/2034-10-10","2034-07-02","2028","2030","2032","2033/2037","2034-09-26","2033","2034-10-09","2034-10-10","2034-10-08","2034-09-15","2034-10-01","2019"],
"key_messages":[]}
json.dump(d,open('kastoria-fur-and-fashion-cluster-b2b-forum-announcement.json','w'),ensure_ascii=False,indent=1)
