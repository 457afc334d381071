from w import w
G='Germany'; I="Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH"
w('16', pub="2035-07-02", P=[("Holger Wendlandt","Wirtschaftsminister",None),("Kerstin Albrecht-Nowak","Rektorin","Otto-von-Guericke-Universität Magdeburg"),
("Annegret Kühn-Lohmann","Geschäftsführerin","Fraunhofer-Instituts für Mikrostruktur von Werkstoffen und Systemen IMWS"),("Hans-Peter Rieckhoff","Präsident","Arbeitgeber- und Wirtschaftsverbände Sachsen-Anhalt"),
("Katja Zimmermann-Bleul","Geschäftsführerin","Clusters Chemie/Kunststoffe Mitteldeutschland"),("Martin Hrubý","Direktor","Nationalen Clusterverbands der Tschechischen Republik"),
("Birgit Ohlendorf","Leiterin","Referats Cluster- und Netzwerkpolitik"),("Claudia Wenzel-Brandt","Journalistin","MDR"),("Torsten Pilz","Geschäftsführer","MAHREG Automotive"),
("Sabine Ehrhardt","Projektleiterin Clusterpreis",I)],
O=[("Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt",None),(I,"IMG"),("Otto-von-Guericke-Universität Magdeburg",None),
("Fraunhofer-Instituts für Mikrostruktur von Werkstoffen und Systemen IMWS","IMWS"),("Arbeitgeber- und Wirtschaftsverbände Sachsen-Anhalt",None),("Clusters Chemie/Kunststoffe Mitteldeutschland",None),
("Nationalen Clusterverbands der Tschechischen Republik","NCA"),("Referats Cluster- und Netzwerkpolitik",None),("MDR",None),("HYPOS",None),("MAHREG Automotive",None),
("Klaster Motoryzacyjny Wielkopolska",None),("Ernährungswirtschaft Sachsen-Anhalt",None),("Cluster Sondermaschinen- und Anlagenbau","SMAB")],
E=[("Preisverleihung","2035-11-29",None,"Magdeburg",G),("Clusterforums Sachsen-Anhalt","2035-11-29",None,"Magdeburg",G),("Empfang","2035-11-29",None,"Magdeburg",G),
("dritten Verleihung","2034-11-23",None,None,None),("digitale Informationsveranstaltung","2035-09-03",None,None,None)],
D=["2035-07-02","2031/2035","2035-10-19","2035-09-30","2035-10-31","2035-11-29","2034-11-23","2035-09-03"])
