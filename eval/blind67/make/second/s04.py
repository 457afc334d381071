import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('sardinia-agrifood-cluster-general-assembly-minutes-2036','sardinia-agrifood-cluster-general-assembly-minutes-2036.docx',N,
[("Giovanni Battista Deiana","President","Sardinia Agrifood Cluster"),("Alessia Cocco","cluster manager","Sardinia Agrifood Cluster"),
("Roberta Zedda","Regional Councillor for Agriculture","Autonomous Region of Sardinia"),("Marc Aubertin","project officer","European Innovation Council and SMEs Executive Agency"),
("Pierpaolo Manca","auditor",N),("Salvatore Loi","treasurer",N),("Efisio Porcu",N,"Caseificio Porcu & Figli"),("Francesca Piras Melis","CEO","Cantina Su Entu"),
("Ignazio Sanna",N,"Consorzio Pecorino Sardo DOP"),("Maria Grazia Usai",N,"University of Sassari"),("Antonello Murgia-Fadda",N,"Coldiretti Sardegna"),("Sara Lai",N,"Agris Sardegna")],
[("Sardinia Agrifood Cluster",N),("Sardegna Ricerche",N),("Autonomous Region of Sardinia",N),("European Innovation Council and SMEs Executive Agency","EISMEA"),
("Mediterranean Food Clusters Network",N),("3A Arborea",N),("Nuragica Biotech S.r.l.",N),("Caseificio Porcu & Figli",N),("Cantina Su Entu",N),
("Consorzio Pecorino Sardo DOP",N),("University of Sassari",N),("Coldiretti Sardegna",N),("Agris Sardegna",N)],
[("ordinary General Assembly","2036-04-24","2036-04-24","Pula","Italy"),("Cibus fair","2035","2035","Parma","Italy"),("next General Assembly","2037","2037","Sassari","Italy"),
("members’ summer meeting","2036-06-26","2036-06-26","Bonassai","Italy")],
["2036-04-24","2035","2036","2036/2037","2030/2035","2036-06","2036/2039","2036-09-30","2037","2036-06-26"],
["The annual report and the accounts for 2035 are approved","The budget for 2036 is approved with a membership fee unchanged at 450 euros",
"Francesca Piras Melis is elected President for the term 2036–2039","The cluster joins the Mediterranean Food Clusters Network",
"The general assembly mandates the board to prepare a joint application with the Sardinian agency for the promotion of agrifood products by 30 September 2036"])
