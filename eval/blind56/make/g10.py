from h import *
F = 'CMLD_staff-directory_2034-pdf.txt'
T = '''CLUSTERUL MARITIM ȘI LOGISTIC DOBROGEA                                Staff directory / Director de personal
                                                                                         Edition March 2034

Clusterul Maritim și Logistic Dobrogea (CMLD)
Dobrogea Maritime and Logistics Cluster

Staff directory and contact persons
Director de personal și persoane de contact

Valid from 1 March 2034. This directory replaces the edition of Septem-
ber 2033. The cluster secretariat is located in the Port of Constanța ad-
ministrative building, Gate 1, Incinta Port, 900900 Constanța, România.
Main phone +40 241 000 100, e-mail office@cmld.example.

1. Management / Conducere

Conf. univ. dr. ing. Mihaela-Corina STANCIU
Președinte al Consiliului Director / President of the Board
Nominated by Universitatea Maritimă din Constanța
mihaela.stanciu@cmld.example

Ing. Adrian POPESCU-NEGRU
Director executiv / Executive Director
Overall management, relations with the Ministry of Economy, Entrepreneurship
and Tourism and with the South-East Regional Development Agency (ADR
Sud-Est), Brăila.
adrian.popescu@cmld.example · +40 241 000 101

Ec. Ioana DUMITRESCU
Director economic / Finance Director
Budget, membership fees, audits, reporting for projects fi-
nanced under the Regional Programme South-East 2021–2027.
ioana.dumitrescu@cmld.example · +40 241 000 102

2. Programmes / Programe

Dr. Cristian IONESCU
Manager program „Port verde" / Green Port Programme Manager
Shore power, LNG and methanol bunkering, the decarbonisation
roadmap of the ports of Constanța, Midia and Mangalia.
cristian.ionescu@cmld.example

Elif YILMAZ-ENACHE
Manager internaționalizare / Internationalisation Manager
Black Sea and Danube cooperation, trade missions to Türkiye,
Georgia and Bulgaria; contact point for the Enterprise Europe
Network Romania.
elif.yilmaz@cmld.example · +40 241 000 110

Ing. Vasile CONSTANTINESCU
Expert logistică intermodală / Intermodal Logistics Expert
Rail and inland waterway links to the Danube, the Constanța
–Cernavodă canal, the Danube Logistics Observatory.
vasile.constantinescu@cmld.example

Andreea-Maria RUSU
Ofițer proiecte / Project Officer
Interreg NEXT Black Sea Basin and Horizon Europe proposals.
andreea.rusu@cmld.example

--- page 1 of 3 ---

CLUSTERUL MARITIM ȘI LOGISTIC DOBROGEA                                Staff directory / Director de personal
                                                                                         Edition March 2034

Mustafa ABLACHIM
Ofițer proiecte / Project Officer
Skills and training with the Constanța maritime high schools; the
"Marinar pentru o zi" open days.
mustafa.ablachim@cmld.example

3. Communication and members / Comunicare și membri

Raluca GHEORGHIU
Responsabil comunicare / Communication Officer
Newsletter, website, the annual Dobrogea Blue Economy Forum.
raluca.gheorghiu@cmld.example · +40 241 000 120

Bogdan MARINESCU
Relații cu membrii / Member Relations
Membership applications, member visits, the members' portal.
bogdan.marinescu@cmld.example

Ana-Sofia TEODORESCU (maternity leave until 31 December 2034)
Asistent administrativ / Administrative Assistant
Replaced by Diana LUCA, diana.luca@cmld.example

4. Board of Directors / Consiliul Director (2032–2036)

President: Conf. univ. dr. ing. Mihaela-Corina STANCIU (Universitatea Maritimă din Constanța)
Vicepreședinte / Vice-President: Ing. Gheorghe ANASTASIU (Constanța Shipyard Services S.A.)
Vicepreședinte / Vice-President: Ec. Daniela BĂLAN (Midia Port Logistics S.R.L.)
Trezorier / Treasurer: Ec. Florin MUNTEANU (Agro Terminal Dobrogea S.R.L.)
Members / Membri:
– Cpt. Nicolae ZAMFIR, Compania Națională „Administrația Porturilor Maritime" S.A. Constanța
– Ing. Aylin MEMET, Black Sea Towage S.R.L.
– Prof. univ. dr. Radu-Ștefan MIHĂILESCU, Universitatea „Ovidius" din Constanța
– Ing. Laurențiu DOBRE, Camera de Comerț, Industrie, Navigație și Agricultură Constanța

Censor / Auditor: Ec. Simona PETRACHE, expert contabil

5. Working groups / Grupuri de lucru

Green shipping / Transport naval verde – coordinator: Dr. Cristian IONESCU
Port digitalisation / Digitalizarea porturilor – coordinator: Ing. Oana PREDA (Portdata
Solutions S.R.L.)
Skills / Competențe – coordinator: Mustafa ABLACHIM
Danube logistics / Logistică dunăreană – coordinator: Ing. Vasile CONSTANTINESCU

--- page 2 of 3 ---

CLUSTERUL MARITIM ȘI LOGISTIC DOBROGEA                                Staff directory / Director de personal
                                                                                         Edition March 2034

6. Dates 2034 / Date 2034

General Assembly / Adunarea Generală: 24 April 2034, Constanța
Dobrogea Blue Economy Forum 2034: 12–13 June 2034, Mamaia
Member visits to Tulcea and Mangalia: September 2034

7. Notes / Note

Office hours: Monday to Friday, 08:30–16:30. For urgent matters outside office hours,
members may contact the Executive Director by phone. Invoices and payment questions go
to the Finance Director; all questions about events go to the Communication Officer.

Staff titles are given in Romanian and English. Academic and professional titles
(Conf. univ. dr. ing., Ec., Ing., Cpt.) are those used by the persons themselves.

This directory contains personal data processed on the basis of the legitimate interest
of the association and is intended for members and partners only. Please do not forward
it outside your organisation. Corrections: office@cmld.example.

Asociația Clusterul Maritim și Logistic Dobrogea · CIF 40000001 · Registered in the Register of
Associations and Foundations, Constanța Court, No. 12/2019

--- page 3 of 3 ---
'''
write(F, T)
C = 'Clusterul Maritim și Logistic Dobrogea'
U = 'Universitatea Maritimă din Constanța'
gold(F, [
 P('Mihaela-Corina STANCIU', 'President of the Board', C),
 P('Adrian POPESCU-NEGRU', 'Executive Director', C),
 P('Ioana DUMITRESCU', 'Finance Director', C),
 P('Cristian IONESCU', 'Green Port Programme Manager', C),
 P('Elif YILMAZ-ENACHE', 'Internationalisation Manager', C),
 P('Vasile CONSTANTINESCU', 'Intermodal Logistics Expert', C),
 P('Andreea-Maria RUSU', 'Project Officer', C),
 P('Mustafa ABLACHIM', 'Project Officer', C),
 P('Raluca GHEORGHIU', 'Communication Officer', C),
 P('Bogdan MARINESCU', 'Member Relations', C),
 P('Ana-Sofia TEODORESCU', 'Administrative Assistant', C),
 P('Diana LUCA', None, C),
 P('Gheorghe ANASTASIU', 'Vice-President', C),
 P('Daniela BĂLAN', 'Vice-President', C),
 P('Florin MUNTEANU', 'Treasurer', C),
 P('Nicolae ZAMFIR', None, 'Compania Națională „Administrația Porturilor Maritime" S.A. Constanța'),
 P('Aylin MEMET', None, 'Black Sea Towage S.R.L.'),
 P('Radu-Ștefan MIHĂILESCU', None, 'Universitatea „Ovidius" din Constanța'),
 P('Laurențiu DOBRE', None, 'Camera de Comerț, Industrie, Navigație și Agricultură Constanța'),
 P('Simona PETRACHE', 'Auditor', None),
 P('Oana PREDA', 'coordinator', 'Portdata Solutions S.R.L.'),
],[
 O(C, 'CMLD'), O(U), O('Ministry of Economy, Entrepreneurship and Tourism'), O('South-East Regional Development Agency', 'ADR Sud-Est'),
 O('Enterprise Europe Network Romania'), O('Danube Logistics Observatory'), O('Constanța Shipyard Services S.A.'),
 O('Midia Port Logistics S.R.L.'), O('Agro Terminal Dobrogea S.R.L.'),
 O('Compania Națională „Administrația Porturilor Maritime" S.A. Constanța'), O('Black Sea Towage S.R.L.'),
 O('Universitatea „Ovidius" din Constanța'), O('Camera de Comerț, Industrie, Navigație și Agricultură Constanța'),
 O('Portdata Solutions S.R.L.'), O('Constanța Court'),
],[
 E('General Assembly', '2034-04-24', '2034-04-24', 'Constanța', 'Romania'),
 E('Dobrogea Blue Economy Forum 2034', '2034-06-12', '2034-06-13', 'Mamaia', 'Romania'),
 E('Member visits to Tulcea and Mangalia', '2034-09', '2034-09', None, 'Romania'),
],['2034-03','2034-03-01','2033-09','2021/2027','2034-12-31','2032/2036','2034','2034-04-24','2034-06-12/2034-06-13','2034-09'])
