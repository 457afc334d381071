from w import W
K='Kaunas Photonics and Laser Cluster'
W('kaunas-photonics-cluster-manager-interview',
[("Rasa Vaitkevičiūtė-Lund","cluster manager",K),("Tomas Jurgelevičius",None,None),("Vytautas Rimkus","vice-rector for innovation","KTU"),
("Mindaugas Žukauskas","chair","Lazerių Technologijos UAB"),("Jūratė Baltrušaitienė","co-chair","Center for Physical Sciences and Technology"),
("Gerd Meier zu Köcker","assessor",None),("Aistė Gedvilienė","Deputy Minister",None),("Jesper Holm-Andersen",None,"Danish Optics and Photonics Society"),
("Laura Matulionienė","chair","Ekspla Medical UAB")],
[(K,"KPLC"),("Danish Optics and Photonics Society",None),("Lithuanian Innovation Agency",None),("Kaunas University of Technology","KTU"),("Lazerių Technologijos UAB",None),
("Center for Physical Sciences and Technology","FTMC"),("European Cluster Excellence Initiative",None),("Kaunas City Municipality",None),("Ministry of Economy and Innovation",None),
("Photonics Bretagne",None),("Latvian Photonics Cluster",None),("Photonics Estonia",None),("Ekspla Medical UAB",None),("Vilnius University",None),("Copenhagen Business School",None)],
[("LASER World of PHOTONICS","2033-03","2033-03","Munich","Germany"),("Baltic Photonics Days","2033-05-12","2033-05-13","Kaunas","Lithuania"),
("Baltic Photonics Days (2029 edition)","2029","2029","Riga","Latvia")],
["2033-02-03","2031-06","2019","2032-11","2032","2032-10","2033-03","2033-05-12/2033-05-13","2029","2035","2033/2037","2033-04","2033-02-04","2033-02-05"],
["Fewer working groups with company chairs and research co-chairs make a cluster easier to use","The benchmarking process is worth more than the label it leads to","A cluster that depends on project money for more than half of its budget is not sustainable"],
pub="2033-02-03")
