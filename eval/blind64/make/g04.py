from h import *
F = 'basilicata-aerospace-cluster-new-manager-press-release.txt'
T = f"""PRESS RELEASE
For immediate release

Basilicata Aerospace Cluster appoints Chiara De Stefano as Cluster Manager; Nicola Lo Russo moves to the Italian Space Agency

Matera, {wd(2035,1,15)} 15 January 2035 – The Board of Directors of the Basilicata Aerospace Cluster (Distretto Tecnologico Aerospaziale della Basilicata, DTAB) has appointed Dr. Chiara De Stefano as its new Cluster Manager with effect from 1 February 2035. She succeeds Ing. Nicola Lo Russo, who has led the cluster office in Matera since October 2028 and who will join the Italian Space Agency (ASI) in Rome as Head of the Regional Ecosystems Office on 3 March 2035.

The decision was taken unanimously at the Board meeting of 13 January 2035, chaired by the President of the cluster, Prof. Rocco Vitale of the University of Basilicata. Nicola Lo Russo will remain available to the cluster until the end of February to ensure an orderly handover.

A cluster manager with an industrial background

Chiara De Stefano (44) was born in Potenza and holds a PhD in remote sensing from the Polytechnic University of Milan. She spent eleven years in industry, first as a systems engineer at Thales Alenia Space Italia S.p.A. in Rome and later as programme manager for Earth observation ground segments at e-GEOS S.p.A., where she led the team operating the Matera ground station from 2029 to 2034. Since 2032 she has also chaired the working group on downstream services of the Italian Cluster for Aerospace Technologies (CTNA).

"Basilicata has a space centre, a university with strong Earth observation research and a group of small companies that have grown up around them. My job is to make sure those companies win contracts outside the region, especially in the new European constellations," said Chiara De Stefano. "I know the cluster from the outside as a partner. Now I look forward to working for its members."

Six years of growth under Nicola Lo Russo

Under Nicola Lo Russo the cluster grew from 19 to 47 members and opened the Matera Space Data Lab, a shared facility for processing satellite data, in 2031. He launched the annual Basilicata Space Economy Forum, whose fifth edition took place in Matera on 6–7 November 2034, and brought the cluster into two Horizon Europe projects and the European Strategic Cluster Partnership "EO4Regions".

"Nicola turned a promising network into an organisation that companies trust," said Prof. Rocco Vitale. "We are sorry to see him go, but proud that one of our own will bring the regional view into the national space agency. And we are very happy that Chiara, whom many of our members already know, has accepted the challenge."

Nicola Lo Russo said: "These six years in Matera were the best of my working life. I leave a cluster with a clear strategy, an excellent team and a new manager who knows the sector better than anyone. From my new post at ASI I will continue to work with the regional clusters, including this one."

At ASI he will coordinate the agency's cooperation with Italian regions and regional clusters and will report to the Director of Innovation and Industrial Policy, Dr. Marta Giordano-Keller.

Team and next steps

The cluster office team remains unchanged: Giuseppe Tralli (projects and funding), Annalisa Mancuso (membership and events), Dr. Fabio Santangelo (technology transfer, Matera Space Data Lab) and Teresa D'Onofrio (administration). Chiara De Stefano will present her work plan to members at the General Assembly on {wd(2035,3,20)} 20 March 2035 in Matera. The sixth Basilicata Space Economy Forum is planned for 5–6 November 2035.

The Regional Councillor for Economic Development of the Basilicata Region, Dr. Antonio Cafarelli, welcomed the appointment: "The Region has invested in the space sector for twenty years. A strong cluster manager is essential for the next Regional Smart Specialisation Strategy 2035–2041."

About the Basilicata Aerospace Cluster

The Basilicata Aerospace Cluster (DTAB) was founded in 2012 as a consortium of companies, research centres and public bodies active in space, Earth observation and aeronautics in Basilicata. Its members include Leonardo S.p.A., e-GEOS S.p.A., Telespazio S.p.A., the University of Basilicata, the National Research Council's Institute of Methodologies for Environmental Analysis (CNR-IMAA) and 38 small and medium-sized enterprises. The cluster is a member of the Italian Cluster for Aerospace Technologies (CTNA).

Press contact
Annalisa Mancuso
Membership and Events, Basilicata Aerospace Cluster
Via del Castello 12, 75100 Matera, Italy
press@dtab.it | +39 0835 000 000

###
"""
write(F, T)
D='Basilicata Aerospace Cluster'
gold(F,
 [P('Chiara De Stefano','Cluster Manager',D), P('Nicola Lo Russo','Head of the Regional Ecosystems Office','Italian Space Agency'),
  P('Rocco Vitale','President',D), P('Marta Giordano-Keller','Director of Innovation and Industrial Policy','Italian Space Agency'),
  P('Giuseppe Tralli','projects and funding',D), P('Annalisa Mancuso','Membership and Events',D),
  P('Fabio Santangelo','technology transfer, Matera Space Data Lab',D), P("Teresa D'Onofrio",'administration',D),
  P('Antonio Cafarelli','Regional Councillor for Economic Development','Basilicata Region')],
 [O(D,'DTAB'), O('Italian Space Agency','ASI'), O('University of Basilicata'),
  O('Polytechnic University of Milan'), O('Thales Alenia Space Italia S.p.A.'), O('e-GEOS S.p.A.'), O('Italian Cluster for Aerospace Technologies','CTNA'),
  O('Matera Space Data Lab'), O('Basilicata Region'), O('Leonardo S.p.A.'), O('Telespazio S.p.A.'),
  O("National Research Council's Institute of Methodologies for Environmental Analysis",'CNR-IMAA'), O('EO4Regions')],
 [E('Board meeting','2035-01-13','2035-01-13',None,None), E('Basilicata Space Economy Forum','2034-11-06','2034-11-07','Matera','Italy'),
  E('General Assembly','2035-03-20','2035-03-20','Matera','Italy'), E('sixth Basilicata Space Economy Forum','2035-11-05','2035-11-06',None,None)],
 ['2035-01-15','2035-02-01','2028-10','2035-03-03','2035-01-13','2035-02','2029/2034','2032','2031','2034-11-06/2034-11-07','2035-03-20','2035-11-05/2035-11-06','2035/2041','2012'],
 pub='2035-01-15')
