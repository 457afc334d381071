import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('northern-ireland-agritech-mission-tohoku-report','northern-ireland-agritech-mission-tohoku-report.md','2034-11-28',
[("Siobhán McAleer-Quinn","Cluster Manager","AgriTech NI Cluster"),("Declan Ó Briain",N,"Agri-Food and Biosciences Institute"),("Ciarán Devlin","Head of Agri-Food","Invest NI"),
("Eleanor Whitcombe-Hart","Deputy Head of Mission","British Embassy Tokyo"),("Kenji Morita","agri-food trade adviser",N),
("Hiroshi Takahashi","Director-General of the Agriculture, Forestry and Fisheries Department","Miyagi Prefectural Government"),
("Yuko Sato-Iwasaki","Vice-President for Research","Tohoku University"),("Akira Endō",N,N),("Gráinne Hughes",N,"Queen's University Belfast"),
("Nigel Armstrong",N,"Ballyclare Robotics Ltd"),("Róisín Kerr",N,"Sperrin Feed Systems"),("Tomasz Wiśniewski",N,"GrassTrack Analytics")],
[("AgriTech NI Cluster",N),("Invest Northern Ireland","Invest NI"),("British Embassy Tokyo",N),("Queen's University Belfast",N),("Tohoku University",N),("Ballyclare Robotics Ltd",N),
("Sperrin Feed Systems",N),("GrassTrack Analytics",N),("Agri-Food and Biosciences Institute","AFBI"),("Japan External Trade Organization","JETRO"),("Miyagi Prefectural Government",N),
("JETRO Sendai",N),("Kurihara Nōki Co., Ltd.",N),("Tohoku Dairy Solutions K.K.",N),("Miyagi Agricultural Machinery Association",N),("Yamagata Prefectural Agricultural Research Centre",N)],
[("Northern Ireland agri-tech delegation to Tohoku","2034-11-10","2034-11-14",N,"Japan"),("welcome dinner","2034-11-10","2034-11-10","Tokyo","Japan"),
("Northern Ireland – Japan agri-tech partnership","2034-11-11","2034-11-11","Sendai","Japan"),("Site visits","2034-11-12","2034-11-12","Ōsaki","Japan"),
("B2B meetings","2034-11-13","2034-11-13","Sendai","Japan"),("networking reception","2034-11-13","2034-11-13","Sendai","Japan"),
("Balmoral Show","2035-05","2035-05",N,N)],
["2034-11-10/2034-11-14","2034-11-28","2033","2034-11-10","2034-11-11","2034-11-12","2034-11-13","2034-11-14","2035","2035-05"],
["Invite the Miyagi Agricultural Machinery Association to the Balmoral Show in May 2035 with a return delegation",
"Set up a joint call for research on robotic milking with Tohoku University and Queen's University Belfast",
"Prepare a second mission focused on food processing in autumn 2035"])
