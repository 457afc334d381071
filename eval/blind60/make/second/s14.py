from w import W
MIN='Ministry for the Economy, Enterprise and Strategic Projects'
W('malta-ministry-cluster-programme-press-release',
[("Karl Vella Grech","Minister for the Economy, Enterprise and Strategic Projects",None),("Rebecca Buttigieg Farrugia","Parliamentary Secretary for EU Funds",None),
("Joseph A. Mifsud Bonnici","Permanent Secretary",MIN),("Kurt-Anne Zammit Lupi","Chief Executive Officer","Malta Enterprise"),
("Elena Grech-Sultana","Head of the Representation","Representation of the European Commission in Malta"),("Maria Attard Camilleri",None,"University of Malta"),
("Rebecca Camilleri Azzopardi","Chairperson","Malta Maritime Cluster"),("Daniel Spiteri","Cluster Manager","Malta Life Sciences Cluster"),("Marthese Xuereb","President","Gozo Agri-Food Cluster"),
("Keith Borg Cardona","Chairperson","Malta Aviation Cluster"),("Anna Ellul-Debono","Cluster Manager","Malta Digital Games Cluster"),("Jean-Claude Micallef","Coordinator","Malta Creative Industries Cluster")],
[(MIN,None),("Malta Enterprise",None),("Representation of the European Commission in Malta",None),("Malta Council for Economic and Social Development","MCESD"),("Cluster Policy Task Force",None),
("University of Malta",None),("Malta Maritime Cluster",None),("Malta Life Sciences Cluster",None),("Gozo Agri-Food Cluster",None),("Malta Aviation Cluster",None),("Malta Digital Games Cluster",None),
("Malta Creative Industries Cluster",None),("MEDCLUSTERS",None),("Clusters and Ecosystems Unit",None),("Department of Information",None),("European Cluster Excellence Initiative",None),
("Gozo Innovation Hub",None),("Government of Malta",None)],
[("launch of the National Cluster Support Scheme","2036-11-04","2036-11-04","Valletta","Malta"),("Information session","2036-11-25","2036-11-25","Gwardamanġa","Malta"),
("Information session","2036-11-27","2036-11-27","Xewkija","Malta"),("first National Cluster Conference","2033","2033",None,"Malta"),
("second edition of the National Cluster Forum","2037-05-06","2037-05-07","Valletta","Malta"),("meeting of the Mediterranean cluster policy network MEDCLUSTERS","2037-10-14","2037-10-14",None,"Malta")],
["2036-11-04","2037/2041","2035","2036-02","2037-01-15","2037-03-31","2036-11-25","2036-11-27","2033/2036","2033","2037-05-06/2037-05-07","2037-10-14","2036"], pub="2036-11-04")
