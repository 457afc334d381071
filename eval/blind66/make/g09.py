from h import *
F='livorno-clusters-merger-post.txt'
T=f'''Giada Pellegrini-Nyström • 1st
Managing Director at Tuscan Blue Economy Cluster (TBEC) | Ports, logistics & offshore
3d • Edited • 🌐

Two clusters, one name: today we are officially ONE. 🌊⚓

On {wd(2036,3,3)} 3 March 2036 the extraordinary assemblies of our two associations voted, with 94% and 97% in favour, to merge into a single cluster. From today, the Livorno Port and Logistics Cluster (LPLC) and the Tuscan Offshore and Marine Energy Network (TOMEN) continue as the Tuscan Blue Economy Cluster – TBEC.

A bit of history for those who followed us over the years:
🔹 LPLC was founded in 2028 by the Port Network Authority of the Northern Tyrrhenian Sea, the Chamber of Commerce of the Maremma and the Tyrrhenian Sea and 19 logistics companies in Livorno and Piombino.
🔹 TOMEN started in 2030 in Piombino as a network of shipyards, offshore service companies and the Scuola Superiore Sant'Anna, Pisa. Its president from 2030 to 2036 was Ing. Roberto Galletti-Hayes.
🔹 Since 2033 the two clusters have shared an office in the Port Centre in Livorno and run three joint projects. Merging was the logical next step.

Why merge? Because our members asked for it. In the 2035 survey, 71% of the companies said they were members of both clusters or would like to be, and most of them found it hard to follow two calendars, two newsletters and two sets of working groups. Offshore wind in the Tyrrhenian Sea needs ports, and ports need the energy transition: it is one value chain.

What changes for members?
✅ One membership fee instead of two (members of both pay only once from 1 April 2036)
✅ Four working groups: port digitalisation, offshore wind and marine energy, shipbuilding and refitting, skills
✅ One board, one team, one newsletter

Who is who in the new cluster:
👤 President: Francesca Ruggeri-Baldacci (CEO, Darsena Toscana Terminal S.p.A.), until now president of LPLC
👤 Vice-President: Ing. Roberto Galletti-Hayes (Galletti Offshore Engineering S.r.l.), until now president of TOMEN
👤 Treasurer: Dott. Massimo Del Corona (Banca di Credito Cooperativo di Castagneto Carducci)
👤 Managing Director: yours truly 🙂
👤 Head of Projects: Dr. Nils-Erik Sandberg, who joins us from the Swedish Maritime Technology Forum in Gothenburg

A big thank-you to Lorenzo Fanucchi, who managed TOMEN for six years and has decided to return to the private sector as Operations Director at Piombino Offshore Base S.r.l. Lorenzo, the cluster would not exist without your energy!

Special thanks also to Dr. Eleonora Masini of the Regione Toscana, Directorate for Economic Development, who accompanied the merger, and to the notary Dott.ssa Carla Bientinesi for her patience with two sets of articles of association 😅

First dates in the new set-up:
📅 {wd(2036,3,26)} 26 March 2036 – first board meeting of TBEC, Livorno
📅 {wd(2036,4,16)} 16 April 2036 – welcome evening for all members at the Fortezza Vecchia, Livorno, 18:30
📅 20–22 May 2036 – TBEC at the Seafuture exhibition in La Spezia with a joint stand
📅 September 2036 – first TBEC General Assembly

Our new website tuscanblueeconomy.it goes live next week; the old LPLC and TOMEN pages will redirect there. Logo reveal in the comments 👇

#BlueEconomy #Livorno #Piombino #Clusters #Ports #OffshoreWind #Tuscany #Merger

👍❤️👏 312 • 48 comments • 21 reposts

Comments

Marco Tognetti • Head of Innovation at Port Network Authority of the Northern Tyrrhenian Sea
Congratulations to the whole team! The port authority will of course remain a member and looks forward to the digitalisation working group.
2d • Like • Reply

Sofia Lindqvist-Raffaelli • Cluster Manager at Blue Cluster Västra Götaland
Great news, Giada! Looking forward to continuing our ClusterXchange visits with the new TBEC.
2d • Like • Reply

Roberto Galletti-Hayes • Vice-President at Tuscan Blue Economy Cluster (TBEC)
Proud of this step. Six years of TOMEN now become part of something bigger. Thank you all.
2d • Like • Reply

Anna Giuliani • Communications at TBEC
Logo reveal as promised 🎨 [image]
3d • Like • Reply

See more comments
'''
write(F,T)
C='Tuscan Blue Economy Cluster'
gold(F,[P('Giada Pellegrini-Nyström','Managing Director',C),P('Roberto Galletti-Hayes','Vice-President',C),P('Francesca Ruggeri-Baldacci','President',C),
 P('Massimo Del Corona','Treasurer',C),P('Nils-Erik Sandberg','Head of Projects',C),P('Lorenzo Fanucchi','Operations Director','Piombino Offshore Base S.r.l.'),
 P('Eleonora Masini',None,'Regione Toscana'),P('Carla Bientinesi','notary',None),P('Marco Tognetti','Head of Innovation','Port Network Authority of the Northern Tyrrhenian Sea'),
 P('Sofia Lindqvist-Raffaelli','Cluster Manager','Blue Cluster Västra Götaland'),P('Anna Giuliani','Communications','TBEC')],
 [O(C,'TBEC'),O('Livorno Port and Logistics Cluster','LPLC'),O('Tuscan Offshore and Marine Energy Network','TOMEN'),O('Port Network Authority of the Northern Tyrrhenian Sea'),
  O('Chamber of Commerce of the Maremma and the Tyrrhenian Sea'),O("Scuola Superiore Sant'Anna"),O('Darsena Toscana Terminal S.p.A.'),O('Galletti Offshore Engineering S.r.l.'),
  O('Banca di Credito Cooperativo di Castagneto Carducci'),O('Swedish Maritime Technology Forum'),O('Piombino Offshore Base S.r.l.'),O('Regione Toscana'),
  O('Directorate for Economic Development'),O('Blue Cluster Västra Götaland')],
 [E('extraordinary assemblies','2036-03-03','2036-03-03',None,None),E('first board meeting of TBEC','2036-03-26','2036-03-26','Livorno','Italy'),
  E('welcome evening','2036-04-16','2036-04-16','Livorno','Italy'),E('Seafuture exhibition','2036-05-20','2036-05-22','La Spezia','Italy'),E('first TBEC General Assembly','2036-09','2036-09',None,None)],
 ['2036-03-03','2035','2028','2030','2030/2036','2033','2036-04-01','2036-03-26','2036-04-16','2036-05-20/2036-05-22','2036-09'])
