from s import *
W('blind65_05_umbria_conference_programme','blind65_05_umbria_conference_programme.eml','2034-04-10','''
Giulia Tardioli|Events and Communication|Umbria Food Valley Cluster
Elisabetta Bonaccorsi|President|Umbria Food Valley Cluster
Marco Pasquini|Regional Councillor for Economic Development|Umbria Region
Henrike zu Salm-Reifferscheidt||Leibniz Centre for Agricultural Landscape Research
Luca Brunelli||Frantoio Brunelli S.r.l.
Ana Paula Vasconcelos||InovAgro Cluster
Jordi Puig i Ferrer||Catalan Food Cluster
Kristina Novak-Zupančič|Policy Officer|DG GROW
Matteo Orsini||University of Perugia
Sara Cappelletti||Confagricoltura Umbria
''','''
Umbria Food Valley Cluster
Centro Congressi Capitini
Umbria Region
Leibniz Centre for Agricultural Landscape Research|ZALF
Frantoio Brunelli S.r.l.
InovAgro Cluster
Catalan Food Cluster
European Commission
DG GROW
University of Perugia
Confagricoltura Umbria
Sviluppumbria
''','''
4th Umbria Food Valley Conference|2034-06-21|2034-06-22|Perugia|Italy
Visit to the Perugia University agricultural experimental farm|2034-06-21|2034-06-21|Casalina|Italy
Conference dinner|2034-06-21|2034-06-21|Perugia|Italy
B2B meetings|2034-06-22|2034-06-22|Perugia|Italy
Umbria Food Valley Conference (2031 edition)|2031|2031|Foligno|Italy
Umbria Food Valley Conference (2032 edition)|2032|2032|Terni|Italy
Umbria Food Valley Conference (2033 edition)|2033|2033|Orvieto|Italy
Umbria Jazz
''','2034-06-21/2034-06-22 2034-04-10 2034-01 2034-06-21 2034-06-22 2030/2033 2034-06-15 2034-01-17 2031 2032 2033 2034-04 2034-02-28')
