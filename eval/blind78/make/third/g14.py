from w import *
t=open('g14.txt').read()
s=t[t.index('Les conclusions de la conférence'):t.index('Prochaines')]
km=re.findall(r'^- (.*)$',s,re.M)
F='France'; A='Ajaccio'
save('g14','2034-03-14',[
P('Ghjuvan Petru Santoni','président','Conseil exécutif de Corse'),P('Marie-Pierre Casanova-Luciani','présidente','ADEC'),
P('Laurent Delacroix-Vidal','préfet de Corse',None),P('Letizia Pieri',None,'Corsica Agrifood'),P('Antoine Filippi-Ceccaldi',None,'Mare Nostrum Innovation'),
P('Stéphane Marchetti',None,'Corsica Digitale'),P('Paul-André Susini','délégué général','Bois et Construction de Corse'),
P('Ornella Giudicelli','journaliste','Corse-Matin'),P('Francesca Ledda','directrice','Consorzio Sardegna Ricerche'),
P('Josep Maria Ferrer i Vidal','responsable des clusters',"ACCIÓ – Agence pour la compétitivité de l'entreprise de la Generalitat de Catalunya"),
P('Hélène Rastoin',None,"Région Sud Provence-Alpes-Côte d'Azur")],[
O('Collectivité de Corse'),O('Agence de développement économique de la Corse','ADEC'),O('Università di Corsica Pasquale Paoli'),O('Conseil exécutif de Corse'),
O('Corsica Agrifood'),O('Mare Nostrum Innovation'),O('Corsica Digitale'),O('Bois et Construction de Corse'),O('Corse-Matin'),O('Consorzio Sardegna Ricerche'),
O("ACCIÓ – Agence pour la compétitivité de l'entreprise de la Generalitat de Catalunya"),O("Région Sud Provence-Alpes-Côte d'Azur")],[
E('troisième Conférence régionale des clusters et filières de Corse','2034-03-09','2034-03-10',A,F),E('table ronde sur les coopérations méditerranéennes','2034-03-09',None,A,F),
E('trois ateliers','2034-03-10',None,A,F),E('précédente conférence','2032-03',None,'Bastia',F),E('comité de suivi','2034-04-25',None,'Corte',F),
E('quatrième conférence régionale','2036',None,'Bastia',F)],
['2034-03-14','2034-03-09/2034-03-10','2032-03','2034-03-09','2034/2038','2034','2034-04-25','2036'],km)
