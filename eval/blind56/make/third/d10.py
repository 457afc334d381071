from w import *
C="Clusterul Maritim și Logistic Dobrogea"
W("CMLD_staff-directory_2034-pdf","CMLD_staff-directory_2034-pdf.txt",None,
[P("Mihaela-Corina STANCIU","President of the Board",C),P("Adrian POPESCU-NEGRU","Executive Director",C),P("Ioana DUMITRESCU","Finance Director",C),
 P("Cristian IONESCU","Green Port Programme Manager",C),P("Elif YILMAZ-ENACHE","Internationalisation Manager",C),P("Vasile CONSTANTINESCU","Intermodal Logistics Expert",C),
 P("Andreea-Maria RUSU","Project Officer",C),P("Mustafa ABLACHIM","Project Officer",C),P("Raluca GHEORGHIU","Communication Officer",C),P("Bogdan MARINESCU","Member Relations",C),
 P("Ana-Sofia TEODORESCU","Administrative Assistant",C),P("Diana LUCA",None,C),P("Gheorghe ANASTASIU","Vice-President",C),P("Daniela BĂLAN","Vice-President",C),
 P("Florin MUNTEANU","Treasurer",C),P("Nicolae ZAMFIR",None,"Compania Națională „Administrația Porturilor Maritime\" S.A. Constanța"),P("Aylin MEMET",None,"Black Sea Towage S.R.L."),
 P("Radu-Ștefan MIHĂILESCU",None,"Universitatea „Ovidius\" din Constanța"),P("Laurențiu DOBRE",None,"Camera de Comerț, Industrie, Navigație și Agricultură Constanța"),
 P("Simona PETRACHE","Auditor",None),P("Oana PREDA","coordinator","Portdata Solutions S.R.L.")],
[O(C,"CMLD")]+[O(x) for x in ["Universitatea Maritimă din Constanța","Ministry of Economy, Entrepreneurship and Tourism"]]+[O("South-East Regional Development Agency","ADR Sud-Est")]+
 [O(x) for x in ["Enterprise Europe Network Romania","Danube Logistics Observatory","Constanța Shipyard Services S.A.","Midia Port Logistics S.R.L.","Agro Terminal Dobrogea S.R.L.",
 "Compania Națională „Administrația Porturilor Maritime\" S.A. Constanța","Black Sea Towage S.R.L.","Universitatea „Ovidius\" din Constanța",
 "Camera de Comerț, Industrie, Navigație și Agricultură Constanța","Portdata Solutions S.R.L.","Constanța Court"]],
[E("General Assembly","2034-04-24","2034-04-24","Constanța","Romania"),E("Dobrogea Blue Economy Forum 2034","2034-06-12","2034-06-13","Mamaia","Romania"),
 E("Member visits to Tulcea and Mangalia","2034-09","2034-09","Tulcea, Mangalia","Romania")],
["2034-03","2034-03-01","2033-09","2021/2027","2034-12-31","2032/2036","2034-04-24","2034-06-12/2034-06-13","2034-09","2034"])
