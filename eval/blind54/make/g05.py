from h import *
F = 'press-release_epirus-regional-innovation-council-2035.txt'
T = '''HELLENIC REPUBLIC
MINISTRY OF DEVELOPMENT
General Secretariat for Research and Innovation (GSRI)
Press Office

Athens, 3 October 2035

PRESS RELEASE

Regional Innovation Council of Epirus appointed for 2035–2039 – Professor Eleni Papathanasiou to chair, Spyros Tsoumanis vice-chair

The Deputy Minister of Development responsible for Research and Innovation, Konstantinos Drakopoulos, signed today the
ministerial decision appointing the fifteen members of the Regional Innovation Council of Epirus (RIC Epirus). The council
advises the Region of Epirus and the General Secretariat for Research and Innovation on the regional smart specialisation
strategy, on the selection of innovation clusters for support and on the follow-up of research-to-business projects in the
programming period 2028–2034 and the transition to the next period.

The members were proposed by the Regional Governor after an open call for expressions of interest that ran from 2 June to
4 July 2035 and drew 63 applications. The new council replaces the one appointed in March 2031, whose term expired on 30
September 2035.

"Epirus has a young university, a strong agri-food sector and a growing number of software companies in Ioannina and
Arta. The council brings them to one table," said Deputy Minister Drakopoulos. "I thank the outgoing chair, Professor
Dimitrios Karalis, who guided the council through its first two terms."

Composition of the Regional Innovation Council of Epirus (2035–2039)

Chair
- Eleni PAPATHANASIOU, Professor of Food Biotechnology, University of Ioannina

Vice-chair
- Spyros TSOUMANIS, Managing Director, Pamvotis Dairy Technologies S.A.

Members from research and higher education
- Georgios KOLIOPOULOS, Vice-Rector for Research and Lifelong Learning, University of Ioannina
- Dr. Maria-Eleni ZERVA, Director, Institute of Materials Science and Computing, FORTH-IMSC (Ioannina branch)
- Athanasios Bekas, Associate Professor, Department of Agriculture, University of Ioannina (Arta campus)

Members from business and clusters
- Vasiliki Ntinou, cluster manager, Epirus AgriFood Cluster (EPAC)
- Ioannis Gkikas, founder and CEO, Zagori Analytics P.C.
- Christina Lolou, Chief Technology Officer, Ionian Aquafarms S.A., Preveza
- Nikos Pappas-Zikos, President, Chamber of Ioannina
- Evangelia Mitsiou, Board member, Epirus Software Cluster (ESC), and owner of Metsovo Data Lab

Members from public administration
- Theodoros Batzios, Head of the Directorate of Development Planning, Region of Epirus
- Anna Kouvara, Managing Authority of the Regional Programme "Epirus 2028–2034"
- Panagiotis Lagos, Regional Development Fund of Epirus

Members from civil society and finance
- Sofia Raptopoulou, Chair, Women in Tech Epirus
- Christos Ziakas, Regional Director North-West Greece, Hellenic Development Bank

Secretariat
The council is supported by a secretariat at the Region of Epirus, led by Eirini Tzima (Directorate of Development
Planning). Observers of the GSRI and of the European Commission (DG REGIO) may attend meetings.

Mandate and first meeting

According to the decision, the council will:
- give an opinion on the update of the Regional Smart Specialisation Strategy by June 2036;
- review the annual report of the regional cluster programme;
- propose up to three "innovation missions" for the region;
- meet at least four times a year, in Ioannina or online.

The inaugural meeting of the council will be held on Monday 22 October 2035 at the Regional Innovation Hub in Ioannina,
followed by a public open session with cluster representatives on the afternoon of the same day. A regional innovation
forum with the participation of the Greek National Cluster Network is scheduled for February 2036 in Preveza.

Professor Papathanasiou said: "Our first task is to listen. We will visit every cluster in the region before we write a
single recommendation." Vice-chair Spyros Tsoumanis added that companies expect "fewer studies and more pilots".

The ministerial decision will be published in the Government Gazette (Series Y.O.D.D.). Members serve without pay.

Notes to editors
- The Regional Innovation Councils were set up in all thirteen regions in 2029.
- The previous council (2031–2035) issued 22 opinions and recommended the support of four regional clusters.

Press contact: Press Office, Ministry of Development, press@mindev.example, tel. +30 210 000 0000
'''
write(F, T)
RE='Region of Epirus'; UoI='University of Ioannina'
gold(F, [
 P('Eleni Papathanasiou','Chair','Regional Innovation Council of Epirus'),
 P('Spyros Tsoumanis','vice-chair','Regional Innovation Council of Epirus'),
 P('Konstantinos Drakopoulos','Deputy Minister of Development responsible for Research and Innovation','Ministry of Development'),
 P('Dimitrios Karalis',None,'Regional Innovation Council of Epirus'),
 P('Georgios KOLIOPOULOS','Vice-Rector for Research and Lifelong Learning',UoI),
 P('Maria-Eleni ZERVA','Director','FORTH-IMSC'),
 P('Athanasios Bekas','Associate Professor',UoI),
 P('Vasiliki Ntinou','cluster manager','Epirus AgriFood Cluster'),
 P('Ioannis Gkikas','founder and CEO','Zagori Analytics P.C.'),
 P('Christina Lolou','Chief Technology Officer','Ionian Aquafarms S.A.'),
 P('Nikos Pappas-Zikos','President','Chamber of Ioannina'),
 P('Evangelia Mitsiou','Board member','Epirus Software Cluster'),
 P('Theodoros Batzios','Head of the Directorate of Development Planning',RE),
 P('Anna Kouvara',None,'Managing Authority of the Regional Programme "Epirus 2028–2034"'),
 P('Panagiotis Lagos',None,'Regional Development Fund of Epirus'),
 P('Sofia Raptopoulou','Chair','Women in Tech Epirus'),
 P('Christos Ziakas','Regional Director North-West Greece','Hellenic Development Bank'),
 P('Eirini Tzima',None,RE),
],[
 O('Ministry of Development'), O('General Secretariat for Research and Innovation','GSRI'), O('Regional Innovation Council of Epirus','RIC Epirus'),
 O(RE), O(UoI), O('Pamvotis Dairy Technologies S.A.'), O('Institute of Materials Science and Computing, FORTH-IMSC','FORTH-IMSC'),
 O('Department of Agriculture'), O('Epirus AgriFood Cluster','EPAC'), O('Zagori Analytics P.C.'), O('Ionian Aquafarms S.A.'),
 O('Chamber of Ioannina'), O('Epirus Software Cluster','ESC'), O('Metsovo Data Lab'), O('Directorate of Development Planning'),
 O('Managing Authority of the Regional Programme "Epirus 2028–2034"'), O('Regional Development Fund of Epirus'),
 O('Women in Tech Epirus'), O('Hellenic Development Bank'), O('European Commission'), O('DG REGIO'), O('Greek National Cluster Network'),
],[
 E('inaugural meeting of the council','2035-10-22','2035-10-22','Ioannina','Greece'),
 E('public open session with cluster representatives','2035-10-22','2035-10-22','Ioannina','Greece'),
 E('regional innovation forum','2036-02','2036-02','Preveza','Greece'),
],['2035-10-03','2035/2039','2028/2034','2035-06-02/2035-07-04','2031-03','2035-09-30','2036-06','2035-10-22','2036-02','2029','2031/2035'],
 pub='2035-10-03')
