from g import *
C="PomOffshore Sp. z o.o."
w("PomOffshore_Annual-Report-2033_Our-team.pdf",None,
[P("Kamila Ostrowska","Communication Manager",C),P("Tomasz KOWALEWSKI","President of the Management Board",C),
 P("Agnieszka Wróbel-Nowicka","Vice-President of the Management Board",C),P("Michał Zieliński","Supply Chain Manager",C),
 P("Karolina Szymańska-Lee","Member Relations Officer",C),P("Piotr Łukasik","Local Content Analyst",C),P("Joanna Dąbrowska","Head of EU Projects",C),
 P("Erik Møller Hansen","Senior Project Manager",C),P("Natalia Kwiatkowska","Project Officer",C),P("Bartosz Nowak",None,None),
 P("Ewelina Marczak","Head of the Offshore Academy",C),P("Jakub Wiśniewski","Training Coordinator",C),P("Oliwia Grabowska","Events Assistant",C),
 P("Rafał Domański",None,"Ministry of Infrastructure"),P("Maciej Lewandowski","Chair",C),
 P("Hanna Górecka","Director","Pomorska Agencja Rozwoju Regionalnego S.A."),P("Søren Kjær","Country Manager Poland","Nordvind Service ApS")],
[O("PomOffshore Cluster"),O(C),O("Stowarzyszenie Klaster Offshore Pomorze"),O("Gdańsk University of Technology"),
 O("European Cluster Collaboration Platform","ECCP"),O("Kattegat Vind A/S"),O("Maritime University of Szczecin"),
 O("Pomeranian Vocational Training Centre","PCKZiU"),O("Ministry of Infrastructure"),O("University of Gdańsk"),
 O("Pomorska Agencja Rozwoju Regionalnego S.A.","PARR"),O("Nordvind Service ApS"),O("Offshore Academy")],
[E("Baltic Offshore Supply Chain Days"),E("matchmaking with the Danish and German clusters","2033-06-05","2033-06-06","Esbjerg","Denmark"),
 E("WindEurope 2033","2033-04-25","2033-04-27","Copenhagen","Denmark"),E("Supervisory Board meeting","2033-12-11","2033-12-11","Gdańsk","Poland"),
 E("second Baltic Offshore Supply Chain Days","2034-05-14","2034-05-15","Gdańsk","Poland")],
["2033","2027","2033-06-05/2033-06-06","2033-03-01","2033-04","2034-01","2033-04-25/2033-04-27","2033-07/2033-12","2033-02","2034-05-14/2034-05-15","2033-12-11"])
