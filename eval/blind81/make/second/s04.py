import sys; sys.path.insert(0,'/work/wt/blind81/eval/blind81/make/second/tools'); from w import *
K='Kurzemes Koksnes Klasteris'; L='Latvia'
W('g09_kurzeme_wood_logistics_flyer','.pdf','2035-01',[
P('Elīna Štrausa-Kronberga',None,'Pāvilostas Karkasmājas'),P('Andris Kalniņš','Cluster chair','Kurzeme Wood & Logistics Cluster'),P('Līga Ozoliņa-Freimane','Cluster manager',K),
P('Kristaps Bērziņš','Logistics coordinator',K),P('Ilze Vītola','Export manager',K),P('Mārtiņš Grīnbergs','Head of Wood Technology Lab','Ventspils University of Applied Sciences'),
P('Santa Jansone','Apprenticeship lead','Kuldīga Technical School'),P('Rolands Eglītis','Commercial director','Freeport of Ventspils'),P('Inese Kļaviņa','Senior project manager','Port of Liepāja'),
P('Oskars Dambergs','Regional representative','LIAA Kurzeme office')],
[O('Kurzeme Wood & Logistics Cluster','KWLC'),O(K),O('Investment and Development Agency of Latvia','LIAA'),O('Freeport of Ventspils'),O('Port of Liepāja'),O('Kuldīga Technical School'),
O('Ventspils University of Applied Sciences'),O('SIA Alsungas Koks'),O('Wood Technology Lab'),O('Pāvilostas Karkasmājas'),O('Grobiņas Transports'),O('Kurzemes Kravas'),O('Setra Group'),
O('SIA Kalniņš Timber'),O('LIAA Kurzeme office'),O('Kurzeme Planning Region'),O('Latvian Forest Industry Federation'),O('Latvian State Forests'),O('Liepāja University'),O('Baltic Wood Cluster Network')],
[E("Members' breakfast: timber prices and freight outlook",'2035-02-22','2035-02-22','Kuldīga',L),E('Baltic Timber Frame Forum (3rd edition)','2035-03-20','2035-03-21','Liepāja',L),
E('Study visit to Setra Group sawmills','2035-04-18','2035-04-18','Gävle','Sweden'),E('Open day at the Port of Liepāja timber terminal','2035-05-10','2035-05-10','Liepāja',L),
E('Annual General Meeting and Cluster Awards','2035-09','2035-09','Ventspils',L),E('buyer mission to Bergen',None,None,'Bergen','Norway')],
['2031','2035-02-22','2035-03-20/2035-03-21','2035-04-18','2035-05-10','2035-09','2035','2033/2037','2035-01'])
C='Clusterul Chimie Verde Vâlcea'; R='Romania'
W('g10_valcea_cluster_postare_linkedin','.txt',None,[
P('Mihaela-Cristina POPESCU-RÂMNICEANU','Manager de cluster',C),P('Ana-Maria Stoica','prefect'),P('Laurențiu Dobre','vicepreședinte','Consiliului Județean Vâlcea'),
P('Cosmin Drăgulescu',None,'Agenția pentru Dezvoltare Regională Sud-Vest Oltenia'),P('Wolfgang Haidinger','Cluster Manager','Chemistry Cluster Lower Austria'),P('Gheorghe Lazăr',None,'Universitatea din Craiova'),
P('Ionuț-Alexandru Marinescu','Director general','Vâlcea Polimer Recycling S.R.L.'),P('Elena Vasilescu-Brand','Cercetător științific gradul I','ICSI Râmnicu Vâlcea'),P('Tudor Negrea','Consultant fonduri europene'),
P('Sorina Bălan','HR Manager','Chimcomplex S.A.'),P('Petra Kainz-Hofbauer','Projektmanagerin','ecoplus'),P('Radu Ciobanu')],
[O(C),O('Chemistry Cluster Lower Austria'),O('ecoplus. Niederösterreichs Wirtschaftsagentur GmbH'),O('Consiliului Județean Vâlcea'),O('Agenția pentru Dezvoltare Regională Sud-Vest Oltenia','ADR SV Oltenia'),
O('Universitatea din Craiova'),O('ICSI Râmnicu Vâlcea – Institutul Național de Cercetare-Dezvoltare pentru Tehnologii Criogenice și Izotopice','ICSI'),O('Chimcomplex S.A.'),O('Vâlcea Polimer Recycling S.R.L.'),
O('Lab-Olt Analize S.R.L.'),O('LinkedIn Corporation')],
[E('a doua ediții a Forumului Chimiei Verzi Vâlcea','2034-10-12',None,'Râmnicu Vâlcea',R),E('semnarea acordului de cooperare','2034-10-12','2034-10-12','Râmnicu Vâlcea',R),
E('vizita tehnică','2034-10-13','2034-10-13','Râmnicu Vâlcea',R),E('misiunea noastră în Austria','2035-03-06','2035-03-08',None,'Austria'),E('European Cluster Conference')],
['2034-10-12','2028/2034','2035-03-06/2035-03-08','2034-12-15','2034-10-13','2035','2034-11-07'])
A='Upper Austrian Energy and Industry Cluster'; LK='Lubuskie Cluster for Energy and Metal Industries'
W('g11_heatloop_partner_meeting_gorzow-pdf','.txt','2034-07-31',[
P('Theresa Pichler-Aigner','project coordinator',A),P('Florian Gschwandtner','financial manager',A),P('Marek Ciesielski','cluster president',LK),P('Agata Wójtowicz-Lis','project officer',LK),
P('Hans-Jürgen zu Löwenstein',None,'Fraunhofer Institute for Factory Operation and Automation IFF'),P('Kateřina Dvořáková',None,'Moravian-Silesian Energy Cluster'),P('Gábor Szalai-Nemes',None,'Pannon Industrial Heat Cluster'),
P('Urška Kovač Žagar',None,'Slovenian Energy Efficiency Partnership'),P('Peter Hudák',None,'Bratislava Self-Governing Region'),P('Joanna Krasowska-Pietrzak',None,'Gorzów Academy of Applied Sciences'),
P('Matteo De Santis',None,'Energy Agency of Friuli Venezia Giulia'),P('Tomasz Kubiak','Director of the Department of Economy',"Marshal's Office of the Lubuskie Voivodeship"),
P('Roswitha Mayr-Bachler',None,'Joint Secretariat of Interreg Central Europe'),P('Bartosz Szymański','engineer','PGE Gorzów')],
[O(LK,'LKEM'),O('Gorzów Academy of Applied Sciences','AJP'),O(A),O('Fraunhofer Institute for Factory Operation and Automation IFF','IFF'),O('Moravian-Silesian Energy Cluster'),O('Pannon Industrial Heat Cluster'),
O('Slovenian Energy Efficiency Partnership'),O('Bratislava Self-Governing Region'),O('Energy Agency of Friuli Venezia Giulia','APE FVG'),O('Department of Economy'),O("Marshal's Office of the Lubuskie Voivodeship"),
O('Joint Secretariat of Interreg Central Europe'),O('Odlewnia Warta Sp. z o.o.'),O('Vítkovice Steel Heat s.r.o.'),O('PGE Gorzów')],
[E('3rd Partner Meeting','2034-06-13','2034-06-14','Gorzów Wielkopolski','Poland'),E('Site visits','2034-06-14','2034-06-14','Gorzów Wielkopolski','Poland'),E('round table','2034-06-14','2034-06-14','Gorzów Wielkopolski','Poland'),
E('final conference','2034-12-05','2034-12-06','Linz','Austria'),E('Energiesparmesse network day',None,None,'Linz','Austria'),E('4th Partner Meeting','2034-09-26','2034-09-27','Ostrava','Czechia')],
['2034-06-13/2034-06-14','2034-07-31','2034-06-13','2034-06-14','2034-04-30','2034-10','2034-06-02','2034-12-05/2034-12-06','2034-10-16','2034-09-26/2034-09-27','2034-09-15','2034-07-07'],
['The budget shift of EUR 18,000 in the Győr pilot is approved, subject to the agreement of the Joint Secretariat','The policy brief will be finalised by 16 October 2034 and presented at the final conference',
'The heat atlas will be released under an open licence','The 4th Partner Meeting will take place in Ostrava on 26–27 September 2034, hosted by the Moravian-Silesian Energy Cluster'])
