from w import *
U="Umbria Food Valley Cluster"; I="Italy"
W("blind65_05_umbria_conference_programme","blind65_05_umbria_conference_programme.eml",
[P("Giulia Tardioli","Events and Communication",U),P("Elisabetta Bonaccorsi","President",U),P("Marco Pasquini","Regional Councillor for Economic Development","Umbria Region"),
 P("Henrike zu Salm-Reifferscheidt",None,"Leibniz Centre for Agricultural Landscape Research"),P("Luca Brunelli",None,"Frantoio Brunelli S.r.l."),
 P("Ana Paula Vasconcelos",None,"InovAgro Cluster"),P("Jordi Puig i Ferrer",None,"Catalan Food Cluster"),P("Kristina Novak-Zupančič","Policy Officer","DG GROW"),
 P("Matteo Orsini",None,"University of Perugia"),P("Sara Cappelletti",None,"Confagricoltura Umbria")],
[O(U),O("Umbria Region"),O("Leibniz Centre for Agricultural Landscape Research","ZALF"),O("Frantoio Brunelli S.r.l."),O("InovAgro Cluster"),O("Catalan Food Cluster"),
 O("European Commission"),O("DG GROW"),O("University of Perugia"),O("Confagricoltura Umbria"),O("Sviluppumbria"),O("Centro Congressi Capitini")],
[E("4th Umbria Food Valley Conference","2034-06-21","2034-06-22","Perugia",I),E("Visit to the Perugia University agricultural experimental farm at Casalina","2034-06-21",None,"Casalina",I),
 E("Conference dinner","2034-06-21",None,"Perugia",I),E("B2B meetings","2034-06-22",None,"Perugia",I),E("Umbria Jazz festival"),
 E("Umbria Food Valley Conference (2031 edition)","2031",None,"Foligno",I),E("Umbria Food Valley Conference (2032 edition)","2032",None,"Terni",I),
 E("Umbria Food Valley Conference (2033 edition)","2033",None,"Orvieto",I)],
["2034-06-21/2034-06-22","2034-04-10","2034-01","2034-06-21","2034-06-22","2030/2033","2034-06-15","2034-01-17","2031","2032","2033","2034-04","2034-02-28"],pub="2034-04-10")
