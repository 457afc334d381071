from w import *
C="Cluster Umbro per la Bioeconomia"; U="Università degli Studi di Perugia"; T="Technische Universität Graz"
W("UMBRIA-HEMP_consortium-contact-list","UMBRIA-HEMP_consortium-contact-list.txt",None,
[P("Lucia Bartolini","Director",C),P("Matteo Pellegrini","Project Manager",C),P("Sonia Fabbri","Financial Officer",C),P("Chiara Trequattrini","WP7 leader",C),
 P("Marco Guiducci","Scientific lead",U),P("Elisa Montanucci","Researcher",U),P("Giuseppe Sabatini","President of the cooperative","Canapa Valnerina Società Cooperativa Agricola"),
 P("Andreas Leitgeb","Scientific lead",T),P("Katharina Hofer-Wenzl","Postdoc",T),P("Florian Kogler","Managing Director","Hanfbau Steiermark GmbH"),
 P("Beatriz Martínez de la Calle","Head of the Biorefinery Area","Fundación CARTIF"),P("Óscar Gil Redondo","Innovation Manager","Envases Duero S.L."),
 P("Amélie Durand-Lefort","Director","Institut Technique du Chanvre"),P("Thibault Marchetti","Deputy","Institut Technique du Chanvre"),
 P("Barbara Čeh","Head of Department of Hop Research and Brewing","Kmetijski inštitut Slovenije"),P("Konstantinos Stathopoulos","CEO","Arkadia Hemp Innovations IKE"),
 P("Paola Brizi","Dirigente","Regione Umbria"),P("Reto Zimmermann-Bühler","Secretary General","Swiss Hemp Federation"),P("Hanna Lindholm-Virtanen","Chair","University of Helsinki"),
 P("Jean-Marc Ndiaye",None,"European Industrial Hemp Association"),P("Sofia Ventura",None,"Ordine degli Architetti di Perugia"),P("Piotr Zawadzki",None,"Polish Hemp Cluster"),
 P("Ignacio Robles",None,"CARTIF"),P("Henrike van der Poel",None,"European Research Executive Agency"),P("Ahmed Benali","Project Officer","European Research Executive Agency")],
[O(C,"CUB"),O(U),O("Department of Agricultural, Food and Environmental Sciences","DSA3"),O("Canapa Valnerina Società Cooperativa Agricola"),O(T,"TU Graz"),
 O("Institute of Structural Design"),O("Hanfbau Steiermark GmbH"),O("Fundación CARTIF"),O("Envases Duero S.L."),O("Institut Technique du Chanvre","ITC"),
 O("Kmetijski inštitut Slovenije"),O("Arkadia Hemp Innovations IKE"),O("Regione Umbria"),O("Direzione Sviluppo economico"),O("Servizio Innovazione"),O("Swiss Hemp Federation"),
 O("University of Helsinki"),O("European Industrial Hemp Association","EIHA"),O("Ordine degli Architetti di Perugia"),O("Polish Hemp Cluster"),O("European Research Executive Agency","REA")],
[E("Kick-off meeting","2034-10-11","2034-10-12","Perugia","Italy"),E("First General Assembly and demonstration day","2035-06-10","2035-06-11","Norcia","Italy"),
 E("Second General Assembly","2036","2036","Graz","Austria"),E("Mid-term review","2036-03","2036-03",None,None),E("Final conference","2038-06","2038-06","Brussels","Belgium")],
["2034-09-01/2038-08-31","2034-10-18","2035-02-28","2034-10-11/2034-10-12","2034-10-16","2035-06-10/2035-06-11","2036","2036-03","2038-06","2034-09","2034-11-01"])
